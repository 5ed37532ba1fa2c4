"""Cases: review with overrides, history, the lock, the store, the review sheet, revised plans."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import planvurdering as pv
from planvurdering.cases import (
    Case,
    CaseConflictError,
    CaseFileError,
    CaseLockedError,
    CaseStore,
    ReviewSheetError,
    apply_sheet,
    export_sheet,
    load_case,
    rescore,
    save_case,
    write_sheet,
)
from planvurdering.scoring import weighted_mean

PLANS = Path(__file__).resolve().parents[1] / "fixtures" / "plans"
OFFICER = "Kari Nordmann"


@pytest.fixture(scope="module")
def strong(criteria: pv.Criteria) -> pv.Assessment:
    return pv.assess(pv.read_plan(PLANS / "sterk_bokmal.pdf"), criteria, county="46")


@pytest.fixture(scope="module")
def weak(criteria: pv.Criteria) -> pv.Assessment:
    return pv.assess(pv.read_plan(PLANS / "svak_bokmal.pdf"), criteria, county="46")


@pytest.fixture
def case(strong: pv.Assessment) -> Case:
    return Case.create(strong, case_id="fjordvik", by="planvurdering", county="46")


def _first(assessment: pv.Assessment, level: int) -> str:
    return next(c.id for t in assessment.themes.values() for c in t.criteria if c.level == level)


def test_cases_reviewed_assessment_without_review_equals_automatic(case: Case) -> None:
    assert case.reviewed_assessment() == case.assessment
    assert rescore(case.assessment) == case.assessment


@pytest.mark.parametrize("justification", ["", "   "])
def test_cases_override_without_justification_is_refused(case: Case, justification: str) -> None:
    cid = _first(case.assessment, 3)
    with pytest.raises(pv.ReviewError, match="begrunnelse"):
        case.override(cid, 1, justification, by=OFFICER)
    assert case.review.overrides == {}
    assert case.status == "vurdert"


@pytest.mark.parametrize("level", [-1, 4, True])
def test_cases_override_level_outside_scale_is_refused(case: Case, level: int) -> None:
    with pytest.raises(pv.ReviewError, match="0–3"):
        case.override(_first(case.assessment, 3), level, "Grunn", by=OFFICER)


def test_cases_override_with_justification_rescores(case: Case) -> None:
    cid = _first(case.assessment, 3)
    theme_id = cid.split(".")[0]
    case.override(cid, 0, "Tiltaket gjelder ikke innvandrere.", by=OFFICER)
    reviewed = case.reviewed_assessment()
    result = next(c for c in reviewed.themes[theme_id].criteria if c.id == cid)
    assert result.level == 0
    assert result.override is not None
    assert result.override.level_auto == 3
    assert result.override.by == OFFICER
    theme = reviewed.themes[theme_id]
    expected = weighted_mean([(c.weight, c.level / 3 * 100) for c in theme.criteria if c.applies])
    assert theme.score == expected < case.assessment.themes[theme_id].score
    assert reviewed.score < case.assessment.score
    # The automatic assessment is untouched, and the JSON form reads back.
    assert next(c for c in case.assessment.themes[theme_id].criteria if c.id == cid).level == 3
    assert pv.Assessment.from_json(reviewed.to_json()) == reviewed
    assert case.status == "under_gjennomgang"


def test_cases_history_records_who_when_old_and_new(case: Case) -> None:
    cid = _first(case.assessment, 3)
    case.override(cid, 2, "Bare en intensjon.", by=OFFICER)
    case.accept(_first(case.assessment, 1), by="Ola")
    case.comment("Bra kunnskapsgrunnlag.", theme="demografi", by=OFFICER)
    actions = [(e.action, e.by, e.target, e.old, e.new) for e in case.history]
    assert actions[0][:2] == ("opprettet", "planvurdering")
    assert ("status", OFFICER, None, "vurdert", "under_gjennomgang") in actions
    assert ("overstyrt", OFFICER, cid, 3, 2) in actions
    assert actions[-1] == ("kommentar", OFFICER, "demografi", None, "Bra kunnskapsgrunnlag.")
    assert all(e.at.tzinfo is not None for e in case.history)


def test_cases_locked_case_needs_reopen(case: Case) -> None:
    case.finish(by=OFFICER)
    with pytest.raises(CaseLockedError, match="låst"):
        case.override(_first(case.assessment, 3), 1, "Grunn", by=OFFICER)
    with pytest.raises(CaseLockedError):
        case.comment("Noe", by=OFFICER)
    with pytest.raises(pv.ReviewError, match="begrunnelse"):
        case.reopen(by=OFFICER, reason=" ")
    case.reopen(by=OFFICER, reason="Kommunen sendte et vedlegg.")
    assert case.status == "under_gjennomgang"
    assert case.history[-1].action == "gjenåpnet"
    assert case.history[-1].note == "Kommunen sendte et vedlegg."
    case.override(_first(case.assessment, 3), 1, "Grunn", by=OFFICER)


def test_cases_store_round_trip_is_stable(case: Case, tmp_path: Path) -> None:
    store = CaseStore(tmp_path)
    case.override(_first(case.assessment, 3), 2, "Grunn", by=OFFICER)
    path = store.save(case)
    assert path == tmp_path / "46" / "fjordvik.json"
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["schema_version"] == 1 and data["revision"] == 1
    assert list(data) == sorted(data)
    assert text.startswith('{\n  "assessment"')
    again = store.load("46", "fjordvik")
    assert again.reviewed_assessment() == case.reviewed_assessment()
    assert list(again.assessment.themes) == list(case.assessment.themes)
    save_case(again)
    assert load_case(path).revision == 2


def test_cases_conflicting_write_keeps_both_versions(case: Case, tmp_path: Path) -> None:
    path = save_case(case, tmp_path / "sak.json")
    first, second = load_case(path), load_case(path)
    cid = _first(case.assessment, 3)
    first.override(cid, 2, "Kari sin vurdering.", by="Kari")
    second.override(cid, 1, "Ola sin vurdering.", by="Ola")
    save_case(first)
    with pytest.raises(CaseConflictError, match="endret av noen andre") as caught:
        save_case(second)
    rejected = caught.value.rejected
    assert rejected is not None and rejected.name.startswith("sak.konflikt-")
    assert str(rejected) in str(caught.value)
    assert load_case(path).review.overrides[cid].by == "Kari"
    assert load_case(rejected).review.overrides[cid].by == "Ola"


@pytest.mark.parametrize("broken", ["replace", "fsync"])
def test_cases_interrupted_write_leaves_old_case(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, broken: str
) -> None:
    path = save_case(case, tmp_path / "sak.json")
    before = path.read_bytes()
    case.override(_first(case.assessment, 3), 0, "Grunn", by=OFFICER)

    def crash(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, broken, crash)
    with pytest.raises(CaseFileError, match="forrige versjonen er urørt"):
        save_case(case)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == [
        "sak.json"
    ]


def test_cases_version_0_file_is_migrated(strong: pv.Assessment, tmp_path: Path) -> None:
    cid = _first(strong, 3)
    old = {
        "sha256": strong.plan["sha256"],
        "source": "planer/fjordvik.pdf",
        "county": "46",
        "status": "vurdert",
        "assessment": json.loads(strong.to_json()),
        "overrides": [
            {
                "criterion": cid,
                "level": 1,
                "reason": "Gammel begrunnelse.",
                "by": "Per",
                "at": "2023-05-02T10:00:00+00:00",
            }
        ],
    }
    path = tmp_path / "fjordvik.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    case = load_case(path)
    assert case.schema_version == 1
    assert case.id == "fjordvik"
    assert case.level(cid) == 1
    assert case.review.overrides[cid].level_auto == 3
    assert case.history[0].action == "migrert"
    save_case(case)
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 1


def test_cases_newer_schema_is_refused(case: Case, tmp_path: Path) -> None:
    data = json.loads(case.model_dump_json())
    data["schema_version"] = 99
    path = tmp_path / "ny.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CaseFileError, match=r"ny\.json.*skjemaversjon 99"):
        load_case(path)


def _set(text: str, cid: str, key: str, value: str) -> str:
    lines = text.splitlines()
    start = lines.index(f"      {cid}:")
    for n in range(start + 1, start + 4):
        if lines[n].strip().startswith(f"{key}:"):
            lines[n] = f"        {key}: {value}"
            return "\n".join(lines) + "\n"
    raise AssertionError(f"{cid}.{key} not in the sheet")


def test_cases_review_sheet_round_trip(case: Case, tmp_path: Path) -> None:
    sheet = write_sheet(case, tmp_path / "ark.yaml")
    text = sheet.read_text(encoding="utf-8")
    assert "# Belegg s." in text and "nivå: 3" in text
    changed, accepted = _first(case.assessment, 3), _first(case.assessment, 1)
    text = text.replace('saksbehandler: ""', f'saksbehandler: "{OFFICER}"', 1)
    text = text.replace('kommentar: ""', 'kommentar: "Godt arbeid."', 1)
    text = _set(text, changed, "nivå", "1")
    text = _set(text, changed, "begrunnelse", '"Bare nevnt i en tabell."')
    text = _set(text, accepted, "godkjent", "true")
    sheet.write_text(text, encoding="utf-8")
    changes = apply_sheet(case, sheet)
    assert len(changes) == 3
    assert case.level(changed) == 1
    assert case.review.overrides[changed].justification == "Bare nevnt i en tabell."
    assert case.review.overrides[changed].by == OFFICER
    assert accepted in case.review.accepted
    assert case.comments_on("plan")[0].text == "Godt arbeid."
    # Exported again, the sheet shows the override and applying it changes nothing.
    again = export_sheet(case)
    assert f"Overstyrt av {OFFICER}" in again
    (tmp_path / "ark2.yaml").write_text(again.replace('saksbehandler: ""', 'saksbehandler: "K"'))
    assert apply_sheet(case, tmp_path / "ark2.yaml") == []


def test_cases_review_sheet_errors_name_file_and_line(case: Case, tmp_path: Path) -> None:
    text = export_sheet(case).replace('saksbehandler: ""', 'saksbehandler: "Kari"', 1)
    bad_level, no_reason = "bolig.husbanken", _first(case.assessment, 3)
    assert bad_level != no_reason
    text = _set(text, bad_level, "nivå", "5")
    text = _set(text, no_reason, "nivå", "0")
    lines = text.splitlines()
    line_bad = lines.index(f"      {bad_level}:") + 2
    line_missing = lines.index(f"      {no_reason}:") + 2
    sheet = tmp_path / "ark.yaml"
    sheet.write_text(text, encoding="utf-8")
    before = case.model_copy(deep=True)
    with pytest.raises(ReviewSheetError) as caught:
        apply_sheet(case, sheet)
    problems = caught.value.problems
    assert f"ark.yaml:{line_bad}: kriteriet «bolig.husbanken»: nivå må være 0–3" in problems
    assert any(
        p.startswith(f"ark.yaml:{line_missing}: kriteriet «{no_reason}»")
        and "begrunnelse mangler" in p
        for p in problems
    )
    assert case == before


def test_cases_review_sheet_broken_yaml_names_line(case: Case, tmp_path: Path) -> None:
    sheet = tmp_path / "ark.yaml"
    sheet.write_text('sak: "fjordvik"\nrevisjon: 0\ntemaer: [\n', encoding="utf-8")
    with pytest.raises(ReviewSheetError, match=r"ark\.yaml:\d+: arket er ikke gyldig YAML"):
        apply_sheet(case, sheet)


TEXT_V1 = (
    "Kommuneplanens samfunnsdel\n\n"
    "Innvandring har stått for hele befolkningsveksten i kommunen.\n\n"
    "Kommunen skal bosette 15 flyktninger årlig."
)
TEXT_V2 = (
    TEXT_V1 + "\n\nVoksenopplæringen skal tilby norskopplæring på kveld for arbeidsinnvandrere "
    "fra 2025, med eget budsjett."
)


def test_cases_reassess_carries_override_where_evidence_holds(criteria: pv.Criteria) -> None:
    v1 = pv.assess(pv.Plan.from_text(TEXT_V1, sha256="a" * 64), criteria)
    v2 = pv.assess(pv.Plan.from_text(TEXT_V2, sha256="b" * 64), criteria)
    cid = next(c.id for t in v1.themes.values() for c in t.criteria if c.level > 0)
    case = Case.create(v1, case_id="sak", by="planvurdering")
    case.override(cid, 3, "Tiltaket står i handlingsdelen.", by=OFFICER)
    revision = case.reassess(v2, by=OFFICER)
    assert revision.overrides[0].carried
    assert case.level(cid) == 3
    assert revision.flagged() == []
    assert revision.sha256_before == "a" * 64 and revision.sha256_after == "b" * 64
    improved = revision.criteria_with("bedre")
    assert any(c.theme == "sprak" for c in improved)
    assert cid not in {c.id for c in improved}
    assert improved[0].added_evidence
    assert any(t.id == "sprak" for t in revision.themes_with("bedre"))
    assert revision.taken_in("nb")
    assert case.history[-1].action == "revurdert"


def test_cases_reassess_flags_override_where_evidence_changed(
    case: Case, strong: pv.Assessment, weak: pv.Assessment
) -> None:
    weak_levels = {c.id: c.level for t in weak.themes.values() for c in t.criteria}
    cid = next(
        c.id for t in strong.themes.values() for c in t.criteria if weak_levels[c.id] < c.level
    )
    case.override(cid, 2, "Vurdert manuelt.", by=OFFICER)
    revision = case.reassess(weak, by=OFFICER)
    assert revision.flagged() == [cid]
    assert cid not in case.review.overrides
    assert case.review.fresh_look[cid].override.justification == "Vurdert manuelt."
    assert case.level(cid) == weak_levels[cid]
    assert revision.criteria_with("svakere")
    with pytest.raises(pv.ReviewError, match="ses på nytt"):
        case.finish(by=OFFICER)
    case.accept(cid, by=OFFICER)
    case.finish(by=OFFICER)
    assert case.locked
    with pytest.raises(CaseLockedError):
        case.reassess(strong, by=OFFICER)
