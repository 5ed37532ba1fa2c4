"""Municipalities (kommuner) in the 2013, 2020 and 2024 structures.

The registers ``data/kommuner.csv`` and ``data/kommuner_2013_2024.csv`` are
built by ``scripts/build_registers.py`` from SSB's classification 131. The
first two digits of a municipality number are its county in that year's
structure.
"""

from __future__ import annotations

import difflib
import re
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from ..errors import StatisticsError
from ._data import normalise, read_rows
from .counties import County, county_by_number, current_county, resolve_county

MUNICIPALITY_STRUCTURES: tuple[int, ...] = (2013, 2020, 2024)
"""The structure years the municipality register covers, oldest first."""

_QUALIFIED = re.compile(r"^(?P<name>.+?)\s*\((?P<county>[^)]+)\)$")


class Municipality(BaseModel):
    """A municipality in one structure year, with its county today."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    number: str = Field(title="Municipality number in its structure, four digits")
    name: str = Field(title="Official name (bi- and trilingual names in full)")
    structure: int = Field(title="Structure year: 2013, 2020 or 2024")
    name_parts: tuple[str, ...] = Field(default=(), title="Parts of a bi-/trilingual name")
    county_then: str = Field(title="County number in the same structure (first two digits)")
    today: tuple[str, ...] = Field(title="Numbers of the 2024 municipalities it is part of")
    county: County = Field(title="The county it belongs to today (2024)")


class CountyMove(BaseModel):
    """A 2013 municipality whose area lies in another county today."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    number_2013: str
    name: str
    county_2013: str = Field(title="2013 county number")
    counties_today: tuple[str, ...] = Field(title="2024 county numbers it lies in")


@cache
def _crosswalk() -> dict[str, tuple[str, ...]]:
    """2013 and 2020 numbers → 2024 numbers."""
    result: dict[str, tuple[str, ...]] = {}
    for row in read_rows("kommuner_2013_2024.csv"):
        result[row["kommunenummer_2013"]] = tuple(row["kommunenummer_2024"].split())
    return result


@cache
def municipalities(structure: int = 2024) -> tuple[Municipality, ...]:
    """Every municipality of a structure year (2013, 2020 or 2024), by number.

    Raises:
        StatisticsError: the structure year is not one of :data:`MUNICIPALITY_STRUCTURES`.
    """
    if structure not in MUNICIPALITY_STRUCTURES:
        years = ", ".join(str(s) for s in MUNICIPALITY_STRUCTURES)
        raise StatisticsError(
            f"Kommuneregisteret finnes for {years}, ikke for {structure}.",
        )
    rows = [r for r in read_rows("kommuner.csv") if int(r["struktur"]) == structure]
    numbers_2024 = {
        r["kommunenummer"] for r in read_rows("kommuner.csv") if r["struktur"] == "2024"
    }
    crosswalk = _crosswalk()
    via_2020 = _from_2020(crosswalk)
    result = []
    for row in rows:
        number = row["kommunenummer"]
        if structure == 2024:
            today: tuple[str, ...] = (number,)
        elif structure == 2013:
            today = crosswalk[number]
        else:
            today = via_2020.get(number, (number,) if number in numbers_2024 else ())
        counties_today = {t[:2] for t in today}
        county = (
            county_by_number(counties_today.pop())
            if len(counties_today) == 1
            else current_county(county_by_number(number[:2], structure))
        )
        result.append(
            Municipality(
                number=number,
                name=row["navn"],
                structure=structure,
                name_parts=tuple(p for p in row["navnedeler"].split("|") if p),
                county_then=number[:2],
                today=today,
                county=county,
            )
        )
    return tuple(result)


def _from_2020(crosswalk: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """2020 numbers → 2024 numbers, derived from the 2013 → 2020/2024 crosswalk."""
    result: dict[str, set[str]] = {}
    for row in read_rows("kommuner_2013_2024.csv"):
        for number_2020 in row["kommunenummer_2020"].split():
            result.setdefault(number_2020, set()).update(crosswalk[row["kommunenummer_2013"]])
    return {k: tuple(sorted(v)) for k, v in result.items()}


def resolve_municipality(municipality: str | int, *, structure: int | None = None) -> Municipality:
    """The municipality a number or name denotes, with its county today.

    Numbers and names are looked up in the newest structure first (2024, 2020,
    2013) unless ``structure`` is given: ``"3326"`` and ``"Hemsedal"`` give
    3326 Hemsedal in Buskerud; ``"Hornindal"`` gives 1444 Hornindal (2013), today
    part of 1577 Volda in Møre og Romsdal. Bi- and trilingual names match on any
    part (``"Tråante"``, ``"Kautokeino"``); a name shared by several
    municipalities needs its county: ``"Herøy (Nordland)"``.

    Raises:
        StatisticsError: unknown or ambiguous number or name.
    """
    text = str(municipality).strip()
    years = (structure,) if structure else tuple(reversed(MUNICIPALITY_STRUCTURES))
    if text.isdigit():
        number = text.zfill(4)
        for year in years:
            for m in municipalities(year):
                if m.number == number:
                    return m
        raise StatisticsError(
            f"Ukjent kommunenummer «{text}». Kommunenummer har fire sifre; de to første er "
            "fylkesnummeret (for eksempel 3326 Hemsedal eller 4640 Sogndal)."
        )
    key = normalise(text, suffixes=("kommune", "kommunen", "kommuna"))
    county_key: str | None = None
    qualified = _QUALIFIED.match(key)
    for year in years:
        found = _by_name(year, key)
        if not found and qualified:
            county_key = qualified["county"]
            found = _by_name(year, qualified["name"])
        if county_key is not None:
            wanted = resolve_county(county_key)
            found = [
                m
                for m in found
                if m.county.number in wanted.today or m.county_then == wanted.number
            ]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            options = ", ".join(f"{m.number} {m.name} ({m.county.name})" for m in found)
            raise StatisticsError(
                f"Kommunenavnet «{text}» er tvetydig: {options}. Oppgi kommunenummeret eller "
                f"fylket i parentes, for eksempel «{found[0].name} ({found[0].county.name})»."
            )
    raise StatisticsError(f"Ukjent kommune «{text}». {_suggest(key)}")


def _by_name(structure: int, key: str) -> list[Municipality]:
    found = []
    for m in municipalities(structure):
        name_key = normalise(m.name)
        plain = _QUALIFIED.match(name_key)
        keys = {name_key, *(normalise(p) for p in m.name_parts)}
        if plain:
            keys.add(plain["name"])
        if key in keys:
            found.append(m)
    return found


def _suggest(key: str) -> str:
    names = sorted({m.name for year in MUNICIPALITY_STRUCTURES for m in municipalities(year)})
    close = difflib.get_close_matches(key, [normalise(n) for n in names], n=4, cutoff=0.6)
    by_key = {normalise(n): n for n in names}
    if not close:
        return "Oppgi kommunenavn eller firesifret kommunenummer."
    return "Mente du " + " eller ".join(f"«{by_key[k]}»" for k in close) + "?"


@cache
def county_moves() -> tuple[CountyMove, ...]:
    """The 2013 municipalities whose area lies (partly) in another county today.

    Compares each 2013 municipality's 2013 county with the 2024 county of the
    municipalities it became, mapping the 2013 county to today's structure.
    """
    moves = []
    for m in municipalities(2013):
        home = county_by_number(m.county_then, 2013).today
        counties_today = tuple(sorted({t[:2] for t in m.today}))
        if any(c not in home for c in counties_today):
            moves.append(
                CountyMove(
                    number_2013=m.number,
                    name=m.name,
                    county_2013=m.county_then,
                    counties_today=counties_today,
                )
            )
    return tuple(moves)


@cache
def municipality_names() -> frozenset[str]:
    """The names of every municipality in the register (2013, 2020, 2024), each part of a
    bi- or trilingual name on its own, without a county in brackets: what a plan calls a
    neighbour it cooperates with («saman med Ullensvang, Eidfjord og Ulvik»). Names of
    three letters or fewer («Nes», «Ski», «Os») are left out: too often other words."""
    names: set[str] = set()
    for structure in MUNICIPALITY_STRUCTURES:
        for municipality in municipalities(structure):
            for part in municipality.name_parts or (municipality.name,):
                name = _QUALIFIED.sub(r"\g<name>", part).strip()
                if len(name) > 3:
                    names.add(name)
    return frozenset(names)
