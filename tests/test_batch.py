"""Batches: the sample plans in a process pool, a corrupt file, re-runs, the county overview."""

from __future__ import annotations

import csv
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import planvurdering as pv
from planvurdering.batch import (
    BatchResult,
    assess_many,
    build_overview,
    plan_files,
    write_overview,
    write_overviews,
)
from planvurdering.cases import Case, CaseStore

PLANS = Path(__file__).resolve().parents[1] / "fixtures" / "plans"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("planer")
    for pdf in PLANS.glob("*.pdf"):
        shutil.copy(pdf, root / pdf.name)
    (root / "odelagt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")
    (root / "notater.odt").write_bytes(b"ikke en plan")
    return root


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> CaseStore:
    return CaseStore(tmp_path_factory.mktemp("saker"))


@pytest.fixture(scope="module")
def first_run(folder: Path, store: CaseStore, criteria: pv.Criteria) -> BatchResult:
    return assess_many(plan_files(folder), criteria, county="Vestland", workers=2, store=store)


def test_batch_plan_files_picks_plans_only(folder: Path) -> None:
    names = [p.name for p in plan_files(folder)]
    assert "notater.odt" not in names
    assert names == sorted(names) and len(names) == 5


def test_batch_process_pool_grades_samples_and_reports_corrupt_file(
    first_run: BatchResult, store: CaseStore
) -> None:
    assert [c.id for c in first_run.cases] == [
        "ingen_tema",
        "nynorsk",
        "sterk_bokmal",
        "svak_bokmal",
    ]
    (failure,) = first_run.failed
    assert failure.path.name == "odelagt.pdf"
    assert "odelagt.pdf" in failure.message and failure.error == "CorruptPlanError"
    assert {o.status for o in first_run.outcomes} == {"vurdert", "feilet"}
    assert sorted(c.id for c in store.cases("46")) == sorted(c.id for c in first_run.cases)
    assert all(c.county == "46" and c.assessment.statistics is not None for c in first_run.cases)


def test_batch_rerun_skips_unchanged_and_reassesses_changed(
    first_run: BatchResult, folder: Path, store: CaseStore, criteria: pv.Criteria
) -> None:
    case = store.load("46", "svak_bokmal")
    cid = next(c.id for t in case.assessment.themes.values() for c in t.criteria if c.level == 0)
    case.override(cid, 1, "Omtalt i vedlegget.", by="Kari")
    store.save(case)
    shutil.copy(PLANS / "sterk_bokmal.pdf", folder / "svak_bokmal.pdf")
    with ThreadPoolExecutor(max_workers=2) as pool:
        again = assess_many(plan_files(folder), criteria, county="46", executor=pool, store=store)
        assert pool.submit(lambda: 1).result() == 1  # a passed executor is left running
    status = {o.path.name: o.status for o in again.outcomes}
    assert status == {
        "ingen_tema.pdf": "uendret",
        "nynorsk.pdf": "uendret",
        "sterk_bokmal.pdf": "uendret",
        "svak_bokmal.pdf": "revurdert",
        "odelagt.pdf": "feilet",
    }
    revised = store.load("46", "svak_bokmal")
    assert revised.revisions[-1].score_after > revised.revisions[-1].score_before
    assert revised.revision == 3
    shutil.copy(PLANS / "svak_bokmal.pdf", folder / "svak_bokmal.pdf")


def test_batch_overview_in_every_format(first_run: BatchResult, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    paths = write_overviews(first_run.cases, tmp_path, county="46")
    assert [p.name for p in paths] == [f"oversikt-46.{f}" for f in ("csv", "xlsx", "html", "pdf")]
    rows = list(csv.DictReader(paths[0].open(encoding="utf-8")))
    assert rows[0]["sak"] == "sterk_bokmal"
    scores = [float(r["poeng"]) for r in rows]
    assert scores == sorted(scores, reverse=True) and len(rows) == 4
    assert {"bolig_nivå", "samarbeid_poeng"} <= set(rows[0])
    book = load_workbook(paths[1])
    assert book["Oversikt"].max_row == 5
    assert "Statistikk" in book.sheetnames
    html = paths[2].read_text(encoding="utf-8")
    assert "Vestland" in html and "Fjordvik kommune" in html and "level-3" in html
    assert html.index("Fjordvik kommune") < html.index("Skarvøy kommune")
    assert paths[3].read_bytes().startswith(b"%PDF")


def test_batch_overview_uses_reviewed_levels_and_escapes_html(
    first_run: BatchResult, tmp_path: Path
) -> None:
    strong = next(c for c in first_run.cases if c.id == "sterk_bokmal")
    plan = dict(strong.assessment.plan, municipality="<script>alert(1)</script>")
    case = Case.create(
        strong.assessment.model_copy(update={"plan": plan}), case_id="x", by="t", county="46"
    )
    for result in case.assessment.themes["bolig"].criteria:
        case.override(result.id, 0, "Ikke for innvandrere.", by="Kari")
    overview = build_overview([case])
    assert overview.rows[0].themes["bolig"].level == 0
    assert overview.rows[0].overridden == len(case.assessment.themes["bolig"].criteria)
    assert overview.rows[0].themes["bolig"].score == 0
    assert overview.rows[0].score < strong.assessment.score
    html = write_overview([case], tmp_path / "o.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_batch_overview_unknown_format_is_refused(first_run: BatchResult, tmp_path: Path) -> None:
    with pytest.raises(pv.RenderError, match=r"oversikt\.docx"):
        write_overview(first_run.cases, tmp_path / "oversikt.docx")


def test_batch_missing_folder_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(pv.PlanvurderingError, match="finnes-ikke"):
        plan_files(tmp_path / "finnes-ikke")
