"""Tests for planvurdering.statistics: the handbook's tables, counties, municipalities."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import planvurdering as pv
from _shared import SHARED
from planvurdering.errors import StatisticsError
from planvurdering.models import Statistics
from planvurdering.statistics import resolve_county, resolve_municipality
from planvurdering.statistics.counties import STRUCTURES, counties, current_county
from planvurdering.statistics.handbook import (
    RESIDUAL_GROUP,
    country_groups,
    discrepancies,
    employment_growth,
    net_immigration,
    population_table,
)
from planvurdering.statistics.municipalities import county_moves, municipalities
from planvurdering.statistics.ssb import parse_value, read_ssb_table

# ------------------------------------------------------------------ table 1


def test_statistics_population_table_columns_sum_to_national_total() -> None:
    rows = population_table()
    total, counties_2013 = rows[0], rows[1:]
    assert total.name == "I alt" and len(counties_2013) == 19
    assert sum(r.population for r in counties_2013) == total.population == 5_051_275
    assert sum(r.immigrants for r in counties_2013) == total.immigrants == 593_321
    assert (
        sum(r.immigrants_and_children for r in counties_2013)
        == total.immigrants_and_children
        == 710_465
    )


@pytest.mark.parametrize("row", population_table(), ids=lambda r: r.name)
def test_statistics_population_table_percentages_match_counts(row: object) -> None:
    from planvurdering.statistics.handbook import CountyPopulation

    assert isinstance(row, CountyPopulation)
    assert round(100 * row.immigrants / row.population, 1) == row.immigrants_share
    assert (
        round(100 * row.immigrants_and_children / row.population, 1)
        == row.immigrants_and_children_share
    )


# ------------------------------------------------------------------ county_statistics


def test_statistics_vestland_is_hordaland_plus_sogn_og_fjordane() -> None:
    stats = pv.county_statistics("46")
    assert isinstance(stats, Statistics)
    assert (stats.county_number, stats.county_name, stats.year) == ("46", "Vestland", 2013)
    assert stats.county.population == 498_135 + 108_700 == 606_835
    assert stats.county.immigrants == 50_607 + 8_850
    assert stats.county.immigrants_share == 9.8
    assert stats.county.immigrants_and_children == 57_732 + 9_688
    assert stats.county.immigrants_and_children_share == 11.1
    assert stats.summed_from == ["Hordaland", "Sogn og Fjordane"]
    assert stats.source.startswith("SSB, befolkningsstatistikk per 1. januar 2013")
    assert "Innvandring som ressurs for Norge" in stats.source


def test_statistics_national_figures() -> None:
    national = pv.county_statistics(46).national
    assert national.area == "Hele landet"
    assert (national.population, national.immigrants, national.immigrants_share) == (
        5_051_275,
        593_321,
        11.7,
    )
    assert (national.immigrants_and_children, national.immigrants_and_children_share) == (
        710_465,
        14.1,
    )


def test_statistics_summed_county_has_note_on_sum_and_moved_municipality() -> None:
    notes = pv.county_statistics("Vestland").notes
    assert notes[0].startswith(
        "Tallene for Vestland er summen av Hordaland og Sogn og Fjordane per 1. januar 2013. "
        "Summen er en tilnærming, fordi enkelte kommuner har skiftet fylke siden"
    )
    assert "Hornindal (fra Sogn og Fjordane til Møre og Romsdal)" in notes[0]


@pytest.mark.parametrize(
    ("asked", "number", "name"),
    [
        ("46", "46", "Vestland"),
        (46, "46", "Vestland"),
        ("Vestland", "46", "Vestland"),
        ("  vestland ", "46", "Vestland"),
        ("VESTLAND fylkeskommune", "46", "Vestland"),
        ("Hordaland", "46", "Vestland"),
        ("12", "46", "Vestland"),
        ("3", "03", "Oslo"),
        ("03", "03", "Oslo"),
        ("Sør-Trøndelag", "50", "Trøndelag"),
        ("Trööndelage", "50", "Trøndelag"),
        ("Hedmark", "34", "Innlandet"),
        ("Aust-Agder", "42", "Agder"),
        ("Romsa", "55", "Troms"),
        ("Finnmárku", "56", "Finnmark"),
        ("Nordland - Nordlánnda", "18", "Nordland"),
        ("Østfold", "31", "Østfold"),
        ("01", "31", "Østfold"),
        ("Troms og Finnmark", "54", "Troms og Finnmark"),
        ("Romsa ja Finnmárku", "54", "Troms og Finnmark"),
        ("Viken", "30", "Viken"),
        ("38", "38", "Vestfold og Telemark"),
    ],
)
def test_statistics_county_given_as_number_or_name(
    asked: str | int, number: str, name: str
) -> None:
    stats = pv.county_statistics(asked)
    assert (stats.county_number, stats.county_name, stats.county.area) == (number, name, name)


@pytest.mark.parametrize(
    ("asked", "summed_from", "population"),
    [
        ("50", ["Sør-Trøndelag", "Nord-Trøndelag"], 302_755 + 134_443),
        ("34", ["Hedmark", "Oppland"], 193_719 + 187_254),
        ("42", ["Aust-Agder", "Vest-Agder"], 112_772 + 176_353),
        ("Troms og Finnmark", ["Troms", "Finnmark"], 160_418 + 74_534),
        ("Viken", ["Østfold", "Akershus", "Buskerud"], 282_000 + 566_399 + 269_003),
        ("03", [], 623_966),
        ("56", [], 74_534),
    ],
)
def test_statistics_merged_counties_are_summed(
    asked: str, summed_from: list[str], population: int
) -> None:
    stats = pv.county_statistics(asked)
    assert stats.summed_from == summed_from
    assert stats.county.population == population


@pytest.mark.parametrize(
    ("asked", "expected_in_notes", "absent"),
    [
        ("Hordaland", ["Hordaland (fylkesnummer 12) er fra 2020 en del av Vestland"], []),
        ("Sør-Trøndelag", ["er fra 2018 en del av Trøndelag", "Halsa (fra Møre og Romsdal"], []),
        (
            "15",
            ["Hornindal (fra Sogn og Fjordane", "Halsa (fra Møre og Romsdal til Trøndelag)"],
            [],
        ),
        ("18", ["Tjeldsund (fra Nordland til Troms)"], []),
        ("55", ["Tjeldsund (fra Nordland til Troms)"], []),
        ("32", ["Jevnaker (fra Oppland til Akershus)", "Lunner (fra Oppland til Akershus)"], []),
        ("34", ["Jevnaker (fra Oppland til Akershus)"], []),
        (
            "Viken",
            ["ble delt 1. januar 2024 i 31 Østfold, 32 Akershus og 33 Buskerud"],
            ["Rømskog"],
        ),
        ("03", [], ["tilnærming", "summen"]),
        ("11", [], ["tilnærming"]),
    ],
)
def test_statistics_notes_on_structure_and_boundary_changes(
    asked: str, expected_in_notes: list[str], absent: list[str]
) -> None:
    text = " ".join(pv.county_statistics(asked).notes)
    for phrase in expected_in_notes:
        assert phrase in text
    for phrase in absent:
        assert phrase not in text


def test_statistics_top_countries_exclude_residual_group_and_keep_printed_rank() -> None:
    assert pv.county_statistics("Nordland").top_countries == [
        ("Polen", 1),
        ("Somalia", 3),
        ("Sverige", 4),
        ("Litauen", 5),
    ]
    assert pv.county_statistics("03").top_countries[0] == ("Pakistan", 1)


def test_statistics_top_countries_of_merged_county_come_from_largest_part() -> None:
    stats = pv.county_statistics("46")
    assert [c for c, _ in stats.top_countries] == [
        "Polen",
        "Litauen",
        "Tyskland",
        "Irak",
        "Somalia",
    ]
    note = stats.notes[-1]
    assert "i Sogn og Fjordane: Polen, Litauen, Tyskland, Nederland" in note
    assert "kan ikke summeres" in note


@pytest.mark.parametrize(
    ("asked", "suggestions"),
    [
        ("Hordland", ["«Hordaland»", "«Nordland»"]),
        ("Vestlandet", ["«Vestland»"]),
        ("Trondelag", ["«Trøndelag»"]),
        ("13", ["46 Vestland", "03 Oslo"]),
        ("99", ["Fylkene i dag er"]),
    ],
)
def test_statistics_unknown_county_lists_closest_names(asked: str, suggestions: list[str]) -> None:
    with pytest.raises(StatisticsError) as info:
        pv.county_statistics(asked)
    assert f"«{asked}»" in str(info.value)
    for suggestion in suggestions:
        assert suggestion in str(info.value)


def test_statistics_other_years_are_refused_in_norwegian() -> None:
    assert pv.county_statistics("46", year=2013).year == 2013
    with pytest.raises(StatisticsError, match=r"bare innebygde fylkestall per 1\. januar 2013"):
        pv.county_statistics("46", year=2024)


# ------------------------------------------------------------------ county structures


@pytest.mark.parametrize(("structure", "count"), [(2013, 19), (2018, 18), (2020, 11), (2024, 15)])
def test_statistics_county_structures_have_the_right_number_of_counties(
    structure: int, count: int
) -> None:
    assert len(counties(structure)) == count


def test_statistics_2024_structure_matches_official_codelist() -> None:
    assert [(c.number, c.name) for c in counties(2024)] == [
        ("03", "Oslo"), ("11", "Rogaland"), ("15", "Møre og Romsdal"), ("18", "Nordland"),
        ("31", "Østfold"), ("32", "Akershus"), ("33", "Buskerud"), ("34", "Innlandet"),
        ("39", "Vestfold"), ("40", "Telemark"), ("42", "Agder"), ("46", "Vestland"),
        ("50", "Trøndelag"), ("55", "Troms"), ("56", "Finnmark"),
    ]  # fmt: skip


@pytest.mark.parametrize("structure", STRUCTURES)
def test_statistics_every_structure_covers_each_2013_county_once(structure: int) -> None:
    parts = [p for c in counties(structure) for p in c.parts_2013]
    assert sorted(parts) == sorted(c.number for c in counties(2013))


def test_statistics_resolve_county_returns_the_county_as_asked() -> None:
    hordaland = resolve_county("hordaland")
    assert (hordaland.number, hordaland.structure, hordaland.parts_2013) == ("12", 2018, ("12",))
    assert current_county(hordaland).label == "46 Vestland"
    vestland = resolve_county(46)
    assert vestland.parts_2013 == ("12", "14") and vestland.exists_today


# ------------------------------------------------------------------ municipalities


@pytest.mark.parametrize(
    ("asked", "number", "name", "county"),
    [
        ("3326", "3326", "Hemsedal", "33 Buskerud"),
        ("Hemsedal", "3326", "Hemsedal", "33 Buskerud"),
        ("hemsedal kommune", "3326", "Hemsedal", "33 Buskerud"),
        ("0618", "0618", "Hemsedal", "33 Buskerud"),
        ("4651", "4651", "Stryn", "46 Vestland"),
        ("Hornindal", "1444", "Hornindal", "15 Møre og Romsdal"),
        ("Halsa", "1571", "Halsa", "50 Trøndelag"),
        ("Tråante", "5001", "Trondheim - Tråante", "50 Trøndelag"),
        ("Kautokeino", "5612", "Guovdageaidnu - Kautokeino", "56 Finnmark"),
        ("Kárášjohka", "5610", "Kárášjohka - Karasjok", "56 Finnmark"),
        ("Herøy (Nordland)", "1818", "Herøy", "18 Nordland"),
        ("Våler (Innlandet)", "3419", "Våler", "34 Innlandet"),
        ("301", "0301", "Oslo", "03 Oslo"),
    ],
)
def test_statistics_resolve_municipality(asked: str, number: str, name: str, county: str) -> None:
    municipality = resolve_municipality(asked)
    assert (municipality.number, municipality.name, municipality.county.label) == (
        number,
        name,
        county,
    )


def test_statistics_old_municipality_knows_what_it_became() -> None:
    hornindal = resolve_municipality("Hornindal")
    assert (hornindal.structure, hornindal.county_then, hornindal.today) == (2013, "14", ("1577",))


@pytest.mark.parametrize(
    ("asked", "message"),
    [
        ("Herøy", "tvetydig: 1515 Herøy (Møre og Romsdal), 1818 Herøy (Nordland)"),
        ("Bergn", "Mente du «Bergen»"),
        ("9876", "Ukjent kommunenummer «9876»"),
    ],
)
def test_statistics_bad_municipality_gives_norwegian_error(asked: str, message: str) -> None:
    with pytest.raises(StatisticsError, match=re.escape(message)):
        resolve_municipality(asked)


@pytest.mark.parametrize(("structure", "count"), [(2013, 428), (2020, 356), (2024, 357)])
def test_statistics_municipality_registers_are_complete(structure: int, count: int) -> None:
    registered = municipalities(structure)
    assert len(registered) == count
    assert all(m.county_then == m.number[:2] for m in registered)
    assert not [m.name for m in registered if "?" in m.name]


def test_statistics_every_2013_municipality_maps_to_2024() -> None:
    numbers_2024 = {m.number for m in municipalities(2024)}
    for m in municipalities(2013):
        assert m.today and set(m.today) <= numbers_2024, m.number


def test_statistics_county_moves_are_the_known_boundary_changes() -> None:
    moved = {(m.name, m.county_2013, m.counties_today) for m in county_moves()}
    assert moved == {
        ("Rømskog", "01", ("32",)),
        ("Jevnaker", "05", ("32",)),
        ("Lunner", "05", ("32",)),
        ("Røyken", "06", ("32",)),
        ("Hurum", "06", ("32",)),
        ("Svelvik", "07", ("33",)),
        ("Hornindal", "14", ("15",)),
        ("Rindal", "15", ("50",)),
        ("Halsa", "15", ("50",)),
        ("Tjeldsund", "18", ("55",)),
    }


# ------------------------------------------------------------------ tables 2–4


def test_statistics_country_groups_table() -> None:
    groups = country_groups()
    assert len(groups) == 19
    assert all(len(g.groups) == 5 for g in groups.values())
    assert groups["20"].groups == ("Russland", "Finland", "Litauen", RESIDUAL_GROUP, "Polen")
    largest = [g.groups[0] for g in groups.values()]
    assert [n for n, g in groups.items() if g.groups[0] != "Polen"] == ["03", "20"]
    assert largest.count("Polen") == 17


def test_statistics_net_immigration_table_keeps_empty_cells_empty() -> None:
    table = net_immigration()
    assert table.columns[-1] == "totalt" and len(table.rows) == 8
    assert table.cell("Øst-Viken", "smasenterregioner") is None
    assert table.cell("Trøndelag", "mellomstore_byregioner") is None
    assert table.cell("Vest-Viken", "smasenterregioner") == 11.9
    assert table.cell("Totalt", "totalt") == 6.8
    empty = sum(v is None for _, values in table.rows for v in values)
    assert empty == 7


def test_statistics_employment_table_discrepancies() -> None:
    table = employment_growth()
    assert len(table.rows) == 18 and table.cell("I alt", "totalt") == 66_150
    found = {(d.kind, d.label, int(d.difference)) for d in discrepancies(table)}
    assert found == {
        ("rad", "Jordbruk, skogbruk og fiske", 1),
        ("rad", "Utvinning og bergverksdrift", -40),
        ("rad", "Industri", 192),
        ("rad", "Elektrisitet, vatn, avløp, renovasjon", 2),
        ("rad", "Byggje- og anleggsverksemd", 13),
        ("rad", "Varehandel, reparasjon av motorvogner", -1),
        ("rad", "Transport og lagring", -1),
        ("rad", "Overnatting- og serveringsverksemd", -41),
        ("rad", "Drift av fast eigedom, teknisk tenesteyting", 8),
        ("rad", "Forretningsmessig tenesteyting", 27),
        ("rad", "Off.adm., forsvar, sosialforsikr.", 3),
        ("rad", "Undervisning", 5),
        ("rad", "Anna privat tenesteyting, internasj. org.", 1),
        ("rad", "Anna/ukjend", 106),
        ("rad", "I alt", 275),
    }


# ------------------------------------------------------------------ SSB files

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "statistics"
TELEMARK = SHARED / "data" / "statistics" / "telemark_fk"


def test_statistics_reads_json_stat_with_missing_value() -> None:
    table = read_ssb_table(FIXTURES / "09817_utdrag.json")
    assert table.dimensions == ("region", "innvandringskategori", "statistikkvariabel", "år")
    assert len(table.observations) == 4
    (sogndal,) = table.select(region="Sogndal", statistikkvariabel="Personer")
    assert sogndal.value == 1234
    (stryn_share,) = table.select(region="Stryn", statistikkvariabel="Prosent av befolkningen")
    assert stryn_share.value is None


@pytest.mark.parametrize("name", ["09817_utdrag_utf8.csv", "09817_utdrag_latin1.csv"])
def test_statistics_reads_ssb_csv_in_both_encodings(name: str) -> None:
    table = read_ssb_table(FIXTURES / name)
    assert table.dimensions == ("region", "statistikkvariabel", "år", "kolonne")
    values = {
        (o.categories["region"], o.categories["statistikkvariabel"]): o.value
        for o in table.observations
    }
    assert values == {
        ("4640 Sogndal", "Personer"): 1234,
        ("4640 Sogndal", "Prosent"): 10.5,
        ("4651 Stryn", "Personer"): 987,
        ("4651 Stryn", "Prosent"): None,
        ("4602 Kinn", "Personer"): 0,
    }


@pytest.mark.parametrize(
    ("text", "value"),
    [("1 234", 1234), ("10,5", 10.5), ("-3", -3), (".", None), ("..", None), (":", None),
     ("-", 0), ("12.5", 12.5)],
)  # fmt: skip
def test_statistics_parse_value(text: str, value: float | None) -> None:
    assert parse_value(text) == value


@pytest.mark.skipif(not TELEMARK.exists(), reason="delte data mangler")
def test_statistics_reads_raw_pxweb_export_with_multirow_header() -> None:
    table = read_ssb_table(TELEMARK / "ssb_pxweb_innvandringsgrunn_alle_kommuner_latin1.csv")
    assert table.dimensions == ("Region", "Navn", "Innvandringsgrunn", "Kjønn", "Enhet", "År")
    (halden,) = table.select(
        Region="K3001", Innvandringsgrunn="Alle", Kjønn="Kvinner", Enhet="Personer", År="2006"
    )
    assert halden.value == 992
    (moss_2020,) = table.select(
        Region="K0104", Innvandringsgrunn="Alle", Kjønn="Kvinner", Enhet="Personer", År="2020"
    )
    assert moss_2020.value is None


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("feil_tekst_i_tallkolonne.csv", "ser ikke ut som en eksport"),
        ("feil_jsonstat.json", "ikke gyldig JSON-stat 2.0"),
        ("finnes_ikke.csv", "Kan ikke lese statistikkfilen"),
    ],
)
def test_statistics_malformed_ssb_file_names_the_file(name: str, message: str) -> None:
    with pytest.raises(StatisticsError) as info:
        read_ssb_table(FIXTURES / name)
    assert message in str(info.value)
    assert name in str(info.value)
