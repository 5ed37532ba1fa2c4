"""Advice that follows from the statistics: the rules file and statistical_advice."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from _shared import SHARED
from planvurdering.errors import StatisticsError
from planvurdering.models import THEME_IDS
from planvurdering.statistics import load_advice_rules, statistical_advice, statistics_for
from planvurdering.statistics.advice import AdviceRules

HANDBOOK = SHARED / "handbook" / "000_d97219130200de60.txt"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "statistics"


def _normalise(text: str) -> str:
    joined = re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1\2", text)
    return " ".join(joined.split())


@pytest.fixture(scope="module")
def rules() -> AdviceRules:
    return load_advice_rules()


@pytest.fixture(scope="module")
def handbook() -> str:
    if not HANDBOOK.is_file():
        pytest.skip(f"håndboka finnes ikke her: {HANDBOOK}")
    return _normalise(HANDBOOK.read_text(encoding="utf-8"))


def test_statistics_advice_quotes_and_sections_are_in_the_handbook(
    rules: AdviceRules, handbook: str
) -> None:
    assert [r.id for r in rules.rules if _normalise(r.handbook.quote) not in handbook] == []
    assert [r.id for r in rules.rules if _normalise(r.handbook.section) not in handbook] == []


def test_statistics_advice_rules_cover_the_three_situations(rules: AdviceRules) -> None:
    assert {r.theme for r in rules.rules} <= set(THEME_IDS)
    themes = {r.id: r.theme for r in rules.rules}
    assert themes["eos_arbeidsinnvandring.sprak"] == "sprak"
    assert themes["eos_arbeidsinnvandring.arbeidsgiver"] == "arbeidsgiver"
    assert themes["flyktninger.bolig"] == "bolig"
    assert themes["andel_under_landet.demografi"] == "demografi"
    assert all(r.advice.nb != r.advice.nn for r in rules.rules)
    nynorsk = " ".join(r.advice.nn for r in rules.rules)
    assert not re.search(r"\b(ikke|bolig|innvandrere|flyktninger|eksempel)\b", nynorsk)


@pytest.mark.parametrize(
    ("county", "expected", "absent"),
    [
        # 2013: Telemark's groups are Polen, Somalia, Irak …; share 9.0 % < 11.7 %
        ("08", ["eos_arbeidsinnvandring.sprak", "flyktninger.bolig", "flyktninger.bosetting",
                "flyktninger.introduksjonsprogram", "andel_under_landet.demografi"], []),
        # Oslo: 23.3 % is above the national share; Somalia is only fourth
        ("03", ["eos_arbeidsinnvandring.sprak"], ["andel_under_landet.demografi",
                                                    "flyktninger.bolig"]),
        # Rogaland: Polen, Litauen, Tyskland; 12.8 % is above 11.7 %
        ("11", ["eos_arbeidsinnvandring.arbeidsgiver"],
         ["flyktninger.bolig", "andel_under_landet.demografi"]),
        # Akershus: 13.2 % is above the national share
        ("32", [], ["andel_under_landet.demografi"]),
    ],
)  # fmt: skip
def test_statistics_advice_follows_the_numbers(
    county: str, expected: list[str], absent: list[str]
) -> None:
    stats = statistics_for(county)
    assert stats is not None
    ids = [a.id for a in stats.advice]
    assert [i for i in expected if i not in ids] == []
    assert [i for i in absent if i in ids] == []


def test_statistics_advice_reason_names_the_figures() -> None:
    stats = statistics_for("Vestland")
    assert stats is not None
    by_id = {a.id: a for a in stats.advice}
    share = by_id["andel_under_landet.demografi"]
    assert share.reason.nb == (
        "Innvandrerne utgjør 9,8 % av befolkningen i Vestland, mot 11,7 % i hele landet (2013)."
    )
    assert share.reason.nn == (
        "Innvandrarane utgjer 9,8 % av folketalet i Vestland, mot 11,7 % i heile landet (2013)."
    )
    assert "(Polen og Litauen)" in by_id["eos_arbeidsinnvandring.sprak"].reason.nb
    assert share.handbook_section == "Innvandring er en ressurs for regional utvikling"


def test_statistics_advice_without_figures_gives_no_advice_on_them() -> None:
    stats = statistics_for("46")
    assert stats is not None
    bare = stats.model_copy(
        update={"top_countries": [], "national": stats.national.model_copy(
            update={"immigrants_share": None})}
    )  # fmt: skip
    assert statistical_advice(bare) == []


def test_statistics_advice_from_an_ssb_source() -> None:
    stats = statistics_for("46", source=FIXTURES / "09817_vestland_2023_2024.json")
    assert stats is not None
    ids = [a.id for a in stats.advice]
    assert "flyktninger.bolig" in ids  # Syria third in the (invented) 2024 figures
    assert "andel_under_landet.demografi" in ids


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("version: 1\nrules:\n  - id: x.y\n    theme: bolig\n    when: {}\n", "vilkåret må ha"),
        (
            "version: 1\nrules:\n  - id: x.y\n    theme: bolig\n"
            "    when: {top_countries_any_of: nordisk}\n"
            "    reason: {nb: aaaa, nn: aaaa}\n    advice: {nb: aaaa, nn: aaaa}\n"
            "    handbook: {section: abcd, quote: abcdefghijkl}\n",
            "landgruppen «nordisk»",
        ),
        ("version: [\n", "ikke gyldig YAML"),
    ],
)
def test_statistics_advice_broken_rules_file_names_the_file(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "regler.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(StatisticsError) as info:
        load_advice_rules(path)
    assert message in str(info.value) and "regler.yaml" in str(info.value)
