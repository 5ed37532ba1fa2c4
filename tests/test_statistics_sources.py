"""SSB exports on disk: the real Telemark files, the fixtures, StatisticsSource, statistics_for."""

from __future__ import annotations

from pathlib import Path

import pytest

from _shared import SHARED
from planvurdering.errors import StatisticsError
from planvurdering.statistics import StatisticsSource, read_ssb_table, statistics_for

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "statistics"
TELEMARK = SHARED / "data" / "statistics" / "telemark_fk"
needs_telemark = pytest.mark.skipif(not TELEMARK.exists(), reason="delte data mangler")

JSON_09817 = FIXTURES / "09817_vestland_2023_2024.json"
CSV_09817 = FIXTURES / "09817_vestland_2023_2024_latin1.csv"
POPULATION = FIXTURES / "07459_folkemengde_vestland_utf8.csv"

# ------------------------------------------------------------------ the real Telemark files


@needs_telemark
@pytest.mark.parametrize(
    ("name", "dimensions", "count", "sample", "value"),
    [
        ("andel_innvandrere_bosatt_09817.csv", ("Region", "Label", "kolonne", "år"), 19,
         {"Region": "Skien", "år": "2026"}, 16),
        ("andel_innvandrere_vestfold_telemark_2020struktur.csv", ("Kommune", "Label", "kolonne"),
         23, {"Kommune": "Færder"}, 12),
        ("andel_arbeidsinnvandrere.csv", ("Region", "Label", "kolonne", "år"), 19,
         {"Region": "Kviteseid", "år": "2025"}, 24),
        ("andel_flyktninger.csv", ("Region", "Label", "kolonne", "år"), 19,
         {"Region": "Hjartdal"}, 68),
        ("andel_sysselsatte_innvandrere.csv", ("Kommune", "Label", "kolonne", "år"), 17,
         {"Kommune": "Siljan"}, 68.9),
        ("anmodninger_og_faktisk_bosetting.csv", ("Kommune", "År", "Kategori", "kolonne"), 1662,
         {"Kommune": "Bamble", "År": "1995-01-01", "Kategori": "Anmodning om bosetting"}, 20),
        ("botid.csv",
         ("Kommunenummer", "Kommune", "Botid i Norge", "År", "Verdensregion", "kolonne"), 204,
         {"Kommunenummer": "4014", "Botid i Norge": "5-9 år", "Verdensregion": "Alle"}, 213),
        ("deltakere_introduksjonsprogrammet.csv", ("År", "kolonne"), 21,
         {"År": "2024-01-01"}, 1201),
        ("etter_introduksjonsprogram.csv", ("Fylke", "kolonne", "år"), 12,
         {"Fylke": "Vestfold og Telemark", "år": "2024"}, 70),
        ("folketall.csv", ("region", "statistikkvariabel", "år", "kolonne"), 340,
         {"region": "Porsgrunn", "år": "2013"}, 35392),
        ("innvandringsgrunn_telemark_long.csv",
         ("Kommunenummer", "Kommune", "Kjønn", "År", "Innvandringsgrunn", "Enhet", "kolonne"),
         12744, {"Kommunenummer": "4003", "Kjønn": "Menn", "År": "2025",
                 "Innvandringsgrunn": "Alle", "Enhet": "Personer"}, 4471),
        ("sysselsatte_etter_botid_og_landbakgrunn.csv",
         ("Botid i Norge (2025)", "kolonne", "år"), 6,
         {"Botid i Norge (2025)": "0-4 år",
          "kolonne": "Gruppe 2-land (Asia, Afrika, Latin-Amerika osv.)"},
         33.2),
    ],
)  # fmt: skip
def test_statistics_sources_real_telemark_files_load_as_typed_tables(
    name: str, dimensions: tuple[str, ...], count: int, sample: dict[str, str], value: float
) -> None:
    table = read_ssb_table(TELEMARK / name)
    assert table.dimensions == dimensions
    assert len(table.observations) == count
    (found,) = table.select(**sample)
    assert found.value == value


@needs_telemark
def test_statistics_sources_numeric_code_column_is_a_category_not_a_value() -> None:
    table = read_ssb_table(TELEMARK / "botid.csv")
    assert table.region_dimensions == ("Kommunenummer", "Kommune")
    assert table.time_dimension == "År" and table.years() == [2026]
    assert {o.categories["kolonne"] for o in table.observations} == {"Antall"}
    assert all(len(o.categories["Kommunenummer"]) == 4 for o in table.observations)


def test_statistics_sources_municipality_numbers_are_found_by_their_shape() -> None:
    table = read_ssb_table(FIXTURES / "kommunenummer_uten_navn.csv")
    assert table.dimensions == ("Nr", "Kommune", "År", "kolonne")
    (sogndal,) = table.select(Nr="4640")
    assert sogndal.value == 1234


@needs_telemark
def test_statistics_sources_year_named_only_in_header_becomes_the_year() -> None:
    assert read_ssb_table(TELEMARK / "andel_innvandrere_bosatt_09817.csv").years() == [2026]
    no_year = read_ssb_table(TELEMARK / "andel_innvandrere_vestfold_telemark_2020struktur.csv")
    assert no_year.time_dimension is None and no_year.years() == []


@needs_telemark
def test_statistics_sources_pxweb_export_years_and_regions() -> None:
    table = read_ssb_table(TELEMARK / "ssb_pxweb_innvandringsgrunn_alle_kommuner_latin1.csv")
    assert table.years() == list(range(2006, 2022))
    assert table.region_dimensions == ("Region",)


# ------------------------------------------------------------------ the 09817 fixtures


def test_statistics_sources_json_stat_keeps_category_codes() -> None:
    table = read_ssb_table(JSON_09817)
    first = table.observations[0]
    assert first.codes["region"] == "0" and first.categories["region"] == "Hele landet"
    assert table.years() == [2023, 2024]
    missing = table.select(
        region="Stryn",
        innvandringskategori="Norskfødte med innvandrerforeldre",
        landbakgrunn="Alle land",
        statistikkvariabel="Personer",
        år="2024",
    )
    assert [o.value for o in missing] == [None]


def test_statistics_sources_csv_with_title_row_and_year_columns() -> None:
    table = read_ssb_table(CSV_09817)
    assert table.label is not None and table.label.startswith("09817: Innvandrere")
    assert table.years() == [2023, 2024]
    (vestland,) = table.select(
        region="46 Vestland",
        innvandringskategori="Innvandrere",
        landbakgrunn="Alle land",
        statistikkvariabel="Prosent av befolkningen",
        år="2024",
    )
    assert vestland.value == 12.4


def test_statistics_sources_json_stat_and_csv_give_the_same_figures() -> None:
    from_json = statistics_for(municipality="Stryn", source=JSON_09817)
    from_csv = statistics_for(municipality="Stryn", source=CSV_09817)
    assert from_json is not None and from_csv is not None
    assert from_json.model_dump(exclude={"source"}) == from_csv.model_dump(exclude={"source"})


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("feil_ikke_json.json", "ikke gyldig JSON-stat 2.0"),
        ("feil_storrelse.json", "«value» har 3 verdier, men dimensjonene gir 4"),
        ("feil_kolonnetall.csv", "rad 3: 2 felt, overskriften har 3"),
        ("feil_regneark.csv", "er ikke en tekstfil"),
    ],
)
def test_statistics_sources_malformed_file_gets_a_clear_error(name: str, message: str) -> None:
    with pytest.raises(StatisticsError) as info:
        read_ssb_table(FIXTURES / name)
    assert message in str(info.value) and name in str(info.value)


@needs_telemark
def test_statistics_sources_file_without_population_figures_is_refused() -> None:
    with pytest.raises(StatisticsError, match="har ingen tall for befolkning eller innvandrere"):
        StatisticsSource.read(TELEMARK / "andel_sysselsatte_innvandrere.csv")


# ------------------------------------------------------------------ statistics_for


def test_statistics_sources_default_is_the_handbook_2013() -> None:
    stats = statistics_for("46")
    assert stats is not None
    assert (stats.year, stats.county.population, stats.summed_from) == (
        2013,
        606_835,
        ["Hordaland", "Sogn og Fjordane"],
    )
    assert stats.municipality is None
    assert statistics_for() is None


def test_statistics_sources_municipality_alone_gives_its_county() -> None:
    for asked in ("3326", "Hemsedal"):
        stats = statistics_for(municipality=asked)
        assert stats is not None
        assert (stats.county_number, stats.county_name) == ("33", "Buskerud")
        assert stats.municipality_number == "3326"
        assert stats.municipality is not None and stats.municipality.population is None
        assert "Heftet har ikke tall for enkeltkommuner" in stats.notes[-1]


def test_statistics_sources_ssb_source_latest_year() -> None:
    stats = statistics_for(municipality="Stryn", source=[JSON_09817, POPULATION])
    assert stats is not None
    assert (stats.county_number, stats.year) == ("46", 2024)
    assert stats.source == (
        "SSB, statistikkbanken, tabell 07459, 09817 "
        "(fil «09817_vestland_2023_2024.json», «07459_folkemengde_vestland_utf8.csv»)"
    )
    county = stats.county
    assert (county.population, county.immigrants, county.immigrants_share) == (
        647_302,
        80_215,
        12.4,
    )
    assert county.immigrants_and_children == 80_215 + 14_950
    assert county.immigrants_and_children_share == round(100 * 95_165 / 647_302, 1)
    assert stats.national.immigrants_share == 16.8
    assert stats.municipality is not None
    assert (stats.municipality.area, stats.municipality.immigrants) == ("Stryn", 741)
    # Norwegian-born children in Stryn 2024 are «..»: missing, so the sum is missing too
    assert stats.municipality.immigrants_and_children is None
    assert stats.top_countries == [("Polen", 1), ("Litauen", 2), ("Syria", 3), ("Eritrea", 4)]


def test_statistics_sources_given_year_and_unknown_year() -> None:
    stats = statistics_for("Vestland", municipality="4640", source=JSON_09817, year=2023)
    assert stats is not None and stats.year == 2023
    assert stats.municipality is not None and stats.municipality.immigrants == 1235
    with pytest.raises(StatisticsError, match="har ikke tall for 2019, bare for 2023, 2024"):
        statistics_for("46", source=JSON_09817, year=2019)


@needs_telemark
def test_statistics_sources_real_09817_export_for_a_telemark_municipality() -> None:
    stats = statistics_for(
        municipality="Skien", source=TELEMARK / "andel_innvandrere_bosatt_09817.csv"
    )
    assert stats is not None
    assert (stats.county_name, stats.year) == ("Telemark", 2026)
    assert stats.county.immigrants_share == 14
    assert stats.national.immigrants_share == 18
    assert stats.municipality is not None and stats.municipality.immigrants_share == 16
    assert "tabell 09817" in stats.source


@needs_telemark
def test_statistics_sources_county_summed_from_municipalities_when_missing() -> None:
    stats = statistics_for("Telemark", source=TELEMARK / "folketall.csv", year=2024)
    assert stats is not None
    table = read_ssb_table(TELEMARK / "folketall.csv")
    expected = sum(o.value or 0 for o in table.select(år="2024"))
    assert stats.county.population == expected > 150_000
    assert any("summen av de 17 kommunene" in n for n in stats.notes)


@needs_telemark
def test_statistics_sources_file_without_year_needs_year() -> None:
    source = TELEMARK / "andel_innvandrere_vestfold_telemark_2020struktur.csv"
    with pytest.raises(StatisticsError, match="Oppgi året med year="):
        statistics_for("Telemark", source=source)
    stats = statistics_for(municipality="Færder", source=source, year=2023)
    assert stats is not None and stats.municipality is not None
    assert (stats.county_name, stats.municipality.immigrants_share) == ("Vestfold", 12)
