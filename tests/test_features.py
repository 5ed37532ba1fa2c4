"""Step definitions for the Norwegian criteria features in ``features/``.

The steps are few and generic so that a criteria maintainer can add scenarios
without writing Python:

* ``Gitt standardkatalogen med kriterier``
* ``Gitt en plan med teksten "<tekst>"`` (one line, for a Scenariomal)
* ``Gitt en plan med teksten:`` followed by a docstring (a longer plan text)
* ``Gitt en plan med teksten under overskriften "<overskrift>":`` and a docstring
* ``Gitt en plan med tiltakstabellen:`` followed by a table (first row the header)
* ``Når planen vurderes``
* ``Så får kriteriet «<id>» nivå <n>``
* ``Så får temaet «<tema>» nivå <n>``
* ``Og bevisene for «<id>» nevner "<ord>"``

Besides running the scenarios, the module checks that the features and the
catalogue agree: every criterion has scenarios for level 0, level 1 or 2 and
level 3 in both written standards with a negated sentence, and no scenario
names a criterion that does not exist.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

import planvurdering as pv
from planvurdering.criteria import Criteria
from planvurdering.criteria_docs import FeatureExample, criterion_ids_in_features, feature_examples
from planvurdering.models import THEME_IDS, Assessment, CriterionResult, Heading, Page, Plan, Table

FEATURES_DIR = Path(__file__).resolve().parents[1] / "features"

scenarios(".")

# The catalogue is loaded once per session by the ``criteria`` fixture in conftest.py.


# ------------------------------------------------------------------------ steps


@given("standardkatalogen med kriterier")
def _catalogue(criteria: Criteria) -> None:
    assert len(criteria) > 0


@given(parsers.parse('en plan med teksten "{text}"'), target_fixture="plan")
def _plan_one_line(text: str) -> Plan:
    return Plan.from_text(text)


@given("en plan med teksten:", target_fixture="plan")
def _plan_docstring(docstring: str) -> Plan:
    return Plan.from_text(docstring)


@given(parsers.parse('en plan med teksten under overskriften "{heading}":'), target_fixture="plan")
def _plan_under_heading(heading: str, docstring: str) -> Plan:
    text = f"{heading}\n{docstring}"
    page = Page(
        number=1,
        label="1",
        text=text,
        headings=[Heading(title=heading, level=1, page=1)],
    )
    return Plan(pages=[page])


@given("en plan med tiltakstabellen:", target_fixture="plan")
def _plan_action_table(datatable: list[list[str]]) -> Plan:
    text = "\n".join("  ".join(row) for row in datatable)
    page = Page(number=1, label="1", text=text, tables=[Table(page=1, rows=datatable)])
    return Plan(pages=[page])


@when("planen vurderes", target_fixture="result")
def _assess(plan: Plan, criteria: Criteria) -> Assessment:
    return pv.assess(plan, criteria)


def _criterion_result(result: Assessment, criterion_id: str) -> CriterionResult:
    theme = criterion_id.split(".", 1)[0]
    assert theme in result.themes, f"temaet «{theme}» mangler i resultatet"
    for criterion in result.themes[theme].criteria:
        if criterion.id == criterion_id:
            return criterion
    raise AssertionError(f"kriteriet «{criterion_id}» mangler i resultatet")


def _describe(criterion: CriterionResult) -> str:
    lines = [f"«{criterion.id}» fikk nivå {criterion.level}; bevis:"]
    lines += [
        f"  nivå {e.level}: {e.text!r} (treff {e.matched}, signal {e.cues})"
        for e in criterion.evidence
    ]
    return "\n".join(lines)


@then(parsers.parse("får kriteriet «{criterion_id}» nivå {level:d}"))
def _criterion_level(result: Assessment, criterion_id: str, level: int) -> None:
    criterion = _criterion_result(result, criterion_id)
    assert criterion.level == level, _describe(criterion)
    if level > 0:
        assert criterion.evidence, f"«{criterion_id}» har nivå {level} uten bevis"


@then(parsers.parse("får temaet «{theme}» nivå {level:d}"))
def _theme_level(result: Assessment, theme: str, level: int) -> None:
    assert theme in result.themes, f"temaet «{theme}» mangler i resultatet"
    got = result.themes[theme]
    details = "\n".join(_describe(c) for c in got.criteria if c.level > 0)
    assert got.level == level, f"temaet «{theme}» fikk nivå {got.level}\n{details}"


@then(parsers.parse('bevisene for «{criterion_id}» nevner "{word}"'))
def _evidence_mentions(result: Assessment, criterion_id: str, word: str) -> None:
    criterion = _criterion_result(result, criterion_id)
    matched = [m for e in criterion.evidence for m in e.matched]
    assert any(word.lower() in m.lower() for m in matched), _describe(criterion)


# ------------------------------------------------------- features vs. catalogue

_NEGATION = re.compile(r"\b(ikke|ikkje|ingen|mangler|manglar|inga|ikkje noko)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def examples() -> list[FeatureExample]:
    return feature_examples(FEATURES_DIR)


def test_features_name_only_known_criteria(criteria: Criteria) -> None:
    known = {c.id for c in criteria}
    named = criterion_ids_in_features(FEATURES_DIR)
    assert named, "fant ingen kriterier nevnt i features/"
    assert sorted(named - known) == []


def test_features_every_criterion_has_scenarios(criteria: Criteria) -> None:
    named = criterion_ids_in_features(FEATURES_DIR)
    assert sorted({c.id for c in criteria} - named) == []


def test_features_every_theme_has_a_feature_file(criteria: Criteria) -> None:
    themes = {c.theme for c in criteria}
    files = {p.stem for p in FEATURES_DIR.glob("*.feature")}
    assert sorted(themes - files) == []


@pytest.mark.parametrize("theme", THEME_IDS)
def test_features_file_is_norwegian_gherkin(theme: str) -> None:
    lines = (FEATURES_DIR / f"{theme}.feature").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# language: no"
    assert lines[1].startswith("Egenskap: ")
    assert lines[2].strip(), "the feature opens with the handbook's reason in prose"


def test_features_every_criterion_pins_down_all_levels(
    criteria: Criteria, examples: list[FeatureExample]
) -> None:
    missing = []
    for criterion in criteria:
        own = [e for e in examples if e.criterion_id == criterion.id]
        levels = {e.level for e in own}
        if 0 not in levels:
            missing.append(f"{criterion.id}: nivå 0")
        if not levels & {1, 2}:
            missing.append(f"{criterion.id}: nivå 1 eller 2")
        if 3 not in levels:
            missing.append(f"{criterion.id}: nivå 3")
        if {e.language for e in own if e.level > 0} != {"nb", "nn"}:
            missing.append(f"{criterion.id}: funn på både bokmål og nynorsk")
        if not any(e.level == 0 and _NEGATION.search(e.text) for e in own):
            missing.append(f"{criterion.id}: en nektet setning med nivå 0")
    assert missing == []
