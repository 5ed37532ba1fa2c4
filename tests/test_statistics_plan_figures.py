"""Figures quoted in a plan, found in Bokmål and Nynorsk and checked against the statistics."""

from __future__ import annotations

from pathlib import Path

import pytest

from planvurdering.models import Plan, Statistics
from planvurdering.statistics import check_plan_figures, statistics_for

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "statistics"
SOURCE = [
    FIXTURES / "09817_vestland_2023_2024.json",
    FIXTURES / "07459_folkemengde_vestland_utf8.csv",
]


@pytest.fixture(scope="module")
def stryn() -> Statistics:
    # Stryn 2024 (invented figures): 7 202 inhabitants, 741 immigrants, 10.3 %
    stats = statistics_for(municipality="Stryn", source=SOURCE)
    assert stats is not None
    return stats


@pytest.mark.parametrize(
    ("sentence", "figure", "subject", "area", "in_line"),
    [
        ("Innvandrere utgjør 10 % av befolkningen.", 10, "immigrants_share", "municipality", True),
        ("Innvandrere utgjør 7 % av befolkningen.", 7, "immigrants_share", "municipality", False),
        ("10,3 prosent av innbyggjarane er innvandrarar.", 10.3, "immigrants_share",
         "municipality", True),
        ("Delen innvandrarar i kommunen er 9,5 prosent.", 9.5, "immigrants_share",
         "municipality", True),
        ("Andelen innvandrere i fylket er 12,4 %.", 12.4, "immigrants_share", "county", True),
        ("I heile landet utgjer innvandrarar 16,8 prosent av folketalet.", 16.8,
         "immigrants_share", "national", True),
        ("Kommunen har om lag 700 innvandrere.", 700, "immigrants", "municipality", True),
        ("Kommunen har 700 innvandrere.", 700, "immigrants", "municipality", False),
        ("Det bur om lag 750 innvandrarar i kommunen.", 750, "immigrants", "municipality", True),
        ("Folketalet er 7 202.", 7202, "population", "municipality", True),
        ("Kommunen har 7 950 innbyggere.", 7950, "population", "municipality", False),
        ("Befolkningen var på om lag 7 200 personer.", 7200, "population", "municipality", True),
    ],
)  # fmt: skip
def test_statistics_plan_figures_found_and_compared(
    stryn: Statistics, sentence: str, figure: float, subject: str, area: str, in_line: bool
) -> None:
    (found,) = check_plan_figures([(3, sentence)], stryn)
    assert (found.page, found.sentence, found.figure) == (3, sentence, figure)
    assert (found.subject, found.area, found.in_line) == (subject, area, in_line)
    assert found.statistics_year == 2024


@pytest.mark.parametrize(
    "sentence",
    [
        "Sysselsettingen blant innvandrere er 65 %.",
        "Innvandrere fra Polen utgjør 3 % av befolkningen.",
        "I 2024 kom 12 nye flyktninger til kommunen.",
        "Om lag 20 % av innbyggerne er over 67 år.",
        "Kommunen skal bosette 15 flyktninger i 2025.",
    ],
)
def test_statistics_plan_figures_other_figures_are_left_alone(
    stryn: Statistics, sentence: str
) -> None:
    assert check_plan_figures([(1, sentence)], stryn) == []


def test_statistics_plan_figures_several_in_one_sentence_get_their_own_area(
    stryn: Statistics,
) -> None:
    text = "Innvandrere utgjør 10 % av befolkningen i Stryn, mot 12 % i fylket og 17 % i landet."
    found = check_plan_figures([(1, text)], stryn)
    assert [(f.figure, f.area, f.in_line) for f in found] == [
        (10, "municipality", True),
        (12, "county", True),
        (17, "national", True),
    ]


def test_statistics_plan_figures_note_names_both_years(stryn: Statistics) -> None:
    (found,) = check_plan_figures(
        [(2, "Per 1.1.2019 utgjorde innvandrere 7 % av befolkningen.")], stryn
    )
    assert found.plan_year == 2019 and found.in_line is False
    assert found.note.nb == (
        "Planen oppgir 7 %, men andelen innvandrere i Stryn var 10,3 % per 1. januar 2024. "
        "Fylkeskommunen rår kommunen til å oppdatere tallet. "
        "Planen viser til 2019, statistikken gjelder 2024."
    )
    assert found.note.nn.startswith("Planen oppgir 7 %, men delen innvandrarar i Stryn var 10,3 %")


def test_statistics_plan_figures_without_municipal_figures_compare_nothing() -> None:
    stats = statistics_for("46")  # the handbook has no municipal figures
    assert stats is not None
    (found,) = check_plan_figures([(1, "Innvandrere utgjør 7 % av befolkningen.")], stats)
    assert found.in_line is None and found.statistics_value is None
    assert "Statistikken har ikke andelen innvandrere i kommunen" in found.note.nb


def test_statistics_plan_figures_via_statistics_for_with_a_plan() -> None:
    plan = Plan.from_text(
        "Kommunen har om lag 740 innvandrarar.\n\nInnvandrarane utgjer 10 prosent av befolkninga."
    )
    stats = statistics_for(municipality="Stryn", source=SOURCE, plan=plan)
    assert stats is not None
    assert [(f.subject, f.in_line) for f in stats.plan_figures] == [
        ("immigrants", True),
        ("immigrants_share", True),
    ]
