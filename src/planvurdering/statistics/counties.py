"""Counties (fylker) in the 2013, 2018, 2020 and 2024 structures.

The data is ``data/fylker.csv``: every county of each structure, the 2013
counties it consists of and the 2024 counties it corresponds to. A number or
name is resolved to the county it denotes, in the newest structure that has
it; :func:`current_county` maps an older county to today's (2024) county.
"""

from __future__ import annotations

import difflib
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from ..errors import StatisticsError
from ._data import normalise, read_rows

STRUCTURES: tuple[int, ...] = (2013, 2018, 2020, 2024)
"""The county structures known, oldest first."""

CURRENT_STRUCTURE = 2024
"""Today's county structure."""

_SUFFIXES = ("fylkeskommune", "fylkeskommunen", "fylke", "fylket")


class County(BaseModel):
    """A county in one structure year."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    number: str = Field(title="County number in its structure, two digits")
    name: str = Field(title="Name (Bokmål/Norwegian form)")
    structure: int = Field(title="Structure year: 2013, 2018, 2020 or 2024")
    other_names: tuple[str, ...] = Field(
        default=(), title="Sámi and Kven names and the full official name form"
    )
    parts_2013: tuple[str, ...] = Field(title="Numbers of the 2013 counties it consists of")
    today: tuple[str, ...] = Field(title="Numbers of the 2024 counties it corresponds to")

    @property
    def exists_today(self) -> bool:
        """The county is a county of today's (2024) structure."""
        return self.structure == CURRENT_STRUCTURE

    @property
    def label(self) -> str:
        """'46 Vestland'."""
        return f"{self.number} {self.name}"


@cache
def counties(structure: int = CURRENT_STRUCTURE) -> tuple[County, ...]:
    """The counties of a structure year (2013, 2018, 2020 or 2024), by number.

    Raises:
        StatisticsError: the structure year is not one of :data:`STRUCTURES`.
    """
    if structure not in STRUCTURES:
        raise StatisticsError(
            f"Ukjent fylkesinndeling {structure}. Kjente inndelinger: "
            + ", ".join(str(s) for s in STRUCTURES)
            + "."
        )
    return tuple(
        County(
            number=row["fylkesnummer"],
            name=row["navn"],
            structure=int(row["struktur"]),
            other_names=tuple(n for n in row["andre_navn"].split("|") if n),
            parts_2013=tuple(row["deler_2013"].split()),
            today=tuple(row["fylker_2024"].split()),
        )
        for row in read_rows("fylker.csv")
        if int(row["struktur"]) == structure
    )


def county_by_number(number: str, structure: int = CURRENT_STRUCTURE) -> County:
    """The county with this number in this structure year.

    Raises:
        StatisticsError: no such county.
    """
    for county in counties(structure):
        if county.number == number:
            return county
    raise StatisticsError(f"Fylkesnummer {number} finnes ikke i {structure}-inndelingen.")


@cache
def _index() -> tuple[dict[str, County], dict[str, County]]:
    """Lookup tables number → county and normalised name → county (newest wins)."""
    by_number: dict[str, County] = {}
    by_name: dict[str, County] = {}
    for structure in STRUCTURES:
        for county in counties(structure):
            by_number[county.number] = county
            for name in (county.name, *county.other_names):
                by_name[normalise(name)] = county
    return by_number, by_name


def resolve_county(county: str | int | County) -> County:
    """The county a number or name denotes, in the newest structure that has it.

    ``46``, ``"46"``, ``"Vestland"``, ``" vestland "`` and ``"Vestland fylkeskommune"``
    give 46 Vestland (2024); ``"3"`` gives 03 Oslo; ``"Hordaland"`` or ``12`` give
    12 Hordaland (2013), ``"Romsa ja Finnmárku"`` gives 54 Troms og Finnmark (2020).
    Use :func:`current_county` for today's county.

    Raises:
        StatisticsError: unknown number or name; the message lists the closest
            valid names.
    """
    if isinstance(county, County):
        return county
    by_number, by_name = _index()
    text = str(county).strip()
    if text.isdigit():
        number = text.zfill(2)
        if number in by_number:
            return by_number[number]
        valid = ", ".join(c.label for c in counties())
        raise StatisticsError(
            f"Ukjent fylkesnummer «{text}». Fylkene i dag er {valid}; "
            "eldre numre (01–20, 30, 38, 54) godtas også."
        )
    key = normalise(text, suffixes=_SUFFIXES)
    if key in by_name:
        return by_name[key]
    names = {normalise(c.name): c.name for s in STRUCTURES for c in counties(s)}
    close = difflib.get_close_matches(key, list(names), n=4, cutoff=0.5)
    hint = (
        "Mente du "
        + ", ".join(f"«{names[k]}»" for k in close[:-1])
        + (" eller " if len(close) > 1 else "")
        + f"«{names[close[-1]]}»?"
        if close
        else "Fylkene i dag er " + ", ".join(c.name for c in counties()) + "."
    )
    raise StatisticsError(f"Ukjent fylke «{text}». {hint} Oppgi fylkesnavn eller fylkesnummer.")


def current_county(county: str | int | County) -> County:
    """Today's (2024) county for a county of any structure.

    A county that was split in 2024 (Viken, Vestfold og Telemark, Troms og
    Finnmark) has no single county today and is returned as it was.
    """
    resolved = resolve_county(county)
    if resolved.exists_today or len(resolved.today) != 1:
        return resolved
    return county_by_number(resolved.today[0])
