"""Population and immigrant figures from SSB exports on disk: :class:`StatisticsSource`.

A source is one or more files read with :func:`~.ssb.read_ssb_table` (for
example table 09817, and a population table such as 07459) and interpreted as
figures per area and year:

* the **area** of an observation comes from its region dimensions: a code
  (``4640``, ``K3001``, ``46``, ``0``), a code with name (``4640 Sogndal``) or a
  name (``Sogndal``, ``Telemark``, ``Hele landet``) — resolved against the
  municipality and county registers;
* the **year** from the time dimension (``2024``, ``2026-01-01``);
* **what** the value is from the labels of the other dimensions, with the
  table's title and the file name as context: immigrants, Norwegian-born to
  immigrant parents, both, or the population; a count, or a per-cent share of
  the population. Values broken down by anything else (sex, age, reason for
  immigration …) count only in their total category («Alle», «I alt»), and a
  ``landbakgrunn`` dimension gives immigrants by country background.

Values that are shares of something other than the population (employment
rates, shares of refugees among immigrants) are left out rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..errors import StatisticsError
from ._data import normalise
from .counties import County, current_county, resolve_county
from .municipalities import Municipality, resolve_municipality
from .ssb import REGION_HEADER, TIME_HEADER, Observation, SsbTable, read_ssb_table, year_of

AreaKind = Literal["national", "county", "municipality"]

Measure = Literal[
    "population",
    "immigrants",
    "children",
    "immigrants_and_children",
    "immigrants_share",
    "children_share",
    "immigrants_and_children_share",
]
"""What a value is: a count (``children``: Norwegian-born to immigrant parents) or a share."""

NATIONAL_NAMES = frozenset({"hele landet", "norge", "landet", "i alt", "riket"})
"""Region names that mean the whole country."""

_NAME_DIMENSION = re.compile(r"^(navn|label|regionnavn)$", re.IGNORECASE)
_COUNTRY_DIMENSION = re.compile(r"^(landbakgrunn|land|fødeland|statsborgerskap)\b", re.IGNORECASE)
_MEASURE_DIMENSION = re.compile(
    r"^(statistikkvariabel|contentscode|kolonne|enhet|måleenhet|innvandringskategori|innvandrkat"
    r"|variabel|kategori|statistikk)\b",
    re.IGNORECASE,
)
_TOTAL = re.compile(r"^(alle|i alt|totalt?|begge kjønn|hele verden|0-\d+ år|999)\b", re.IGNORECASE)
_CODED = re.compile(r"^(?:[KF]-?)?(\d{1,4})(?:\s+(.+))?$")
_SHARE = re.compile(r"prosent|andel|%")
_SHARE_OF_POPULATION = re.compile(r"befolkning|innbygg|andel|folkemengd")
_DENOMINATOR = re.compile(
    r"(prosent|andel|del)\s+(av|i|blant)\s+(hele\s+)?(befolkningen|innbyggerne|innbyggjarane|"
    r"folkemengden|folketalet)"
)
_BOTH = re.compile(r"innvandrere og norskfødte|innvandrarar og norskfødde|innvandrerbakgrunn")
_CHILDREN = re.compile(r"norskfødte med innvandrerforeldre|norskfødde med innvandrarforeldre")
_IMMIGRANTS = re.compile(r"(?<!\w)innvandr(ere|arar|erne|arane|er|ar)?(?!\w)|innvandrerbefolkning")
_POPULATION = re.compile(r"befolkning|folkemengd|folketal|innbygg")
_RATE = re.compile(
    r"sysselsat|arbeidsledig|flyktning|arbeidsinnvandr|familieinnvandr|botid|innvandringsgrunn|deltak"
    r"|introduksjon|bosetting|utdanning|inntekt"
)
_TABLE_NUMBER = re.compile(r"(?<!\d)(\d{5})(?!\d)")


class Area(BaseModel):
    """A region as a statistics file names it, resolved against the registers."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: AreaKind
    number: str | None = Field(default=None, title="Municipality or county number, as resolved")
    name: str
    today: tuple[str, ...] = Field(
        default=(), title="Today's (2024) municipality or county numbers it corresponds to"
    )


class AreaFigures(BaseModel):
    """The figures for one area and year."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    area: Area
    year: int | None = Field(title="None when the file does not say")
    values: dict[str, float] = Field(title="Measure → value (see :data:`Measure`)")
    countries: tuple[tuple[str, float], ...] = Field(
        default=(), title="Immigrants by country background, largest first"
    )

    def get(self, measure: Measure) -> float | None:
        """A measure's value, derived where the file gives its parts.

        Immigrants plus Norwegian-born children are summed when only the parts
        are given; shares are computed from counts and the population when the
        file gives no share (else summed from the parts' shares).
        """
        if measure in self.values:
            return self.values[measure]
        if measure == "immigrants_and_children":
            parts = [self.values.get("immigrants"), self.values.get("children")]
            return None if None in parts else sum(p for p in parts if p is not None)
        if measure.endswith("_share"):
            count = self.get(measure.removesuffix("_share"))  # type: ignore[arg-type]
            population = self.values.get("population")
            if count is not None and population:
                return round(100 * count / population, 1)
            if measure == "immigrants_and_children_share":
                shares = [self.values.get("immigrants_share"), self.values.get("children_share")]
                if None not in shares:
                    return round(sum(s for s in shares if s is not None), 1)
        return None


class StatisticsSource(BaseModel):
    """Figures per area and year from one or more SSB exports (see the module docs)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    paths: tuple[str, ...]
    label: str = Field(title="Source line for the response: SSB, table number, file names")
    figures: tuple[AreaFigures, ...]
    notes: tuple[str, ...] = Field(default=(), title="Regions that could not be placed, etc.")

    @classmethod
    def read(cls, *paths: str | Path) -> StatisticsSource:
        """Read SSB exports (JSON-stat 2.0 or CSV) as a source of figures.

        Raises:
            StatisticsError: a file cannot be read, or holds no region with
                population or immigrant figures; the message names the file.
        """
        if not paths:
            raise StatisticsError("Oppgi minst én statistikkfil.")
        tables = [read_ssb_table(p) for p in paths]
        collected: dict[tuple[Area, int | None], dict[str, float]] = {}
        countries: dict[tuple[Area, int | None], dict[str, float]] = {}
        unplaced: set[str] = set()
        for table in tables:
            found = _collect(table, collected, countries, unplaced)
            if not found:
                raise StatisticsError(
                    f"Statistikkfilen «{table.path}» har ingen tall for befolkning eller "
                    "innvandrere per region som planvurdering kjenner igjen (for eksempel tabell "
                    "09817 med region, innvandringskategori, statistikkvariabel og år).",
                    path=table.path,
                )
        figures = tuple(
            AreaFigures(
                area=area,
                year=year,
                values=values,
                countries=tuple(
                    sorted(countries.get((area, year), {}).items(), key=lambda c: -c[1])
                ),
            )
            for (area, year), values in collected.items()
        )
        notes = (
            (
                "Fant ikke disse regionene i kommune- eller fylkesregisteret: "
                + ", ".join(sorted(unplaced))
                + ".",
            )
            if unplaced
            else ()
        )
        return cls(
            paths=tuple(str(p) for p in paths),
            label=_label(tables),
            figures=figures,
            notes=notes,
        )

    def years(self) -> list[int]:
        """The years the source has figures for, oldest first."""
        return sorted({f.year for f in self.figures if f.year is not None})

    def national(self, year: int | None) -> AreaFigures | None:
        """The whole country's figures for the year."""
        return next((f for f in self.figures if f.area.kind == "national" and f.year == year), None)

    def county(self, county: County, year: int | None) -> AreaFigures | None:
        """The county's own row for the year (in any county structure that matches)."""
        wanted = current_county(county)
        for f in self.figures:
            if f.area.kind == "county" and f.year == year and f.area.today == wanted.today:
                return f
        return None

    def municipality(self, municipality: Municipality, year: int | None) -> AreaFigures | None:
        """The municipality's row for the year (same number, or the same municipality today)."""
        for f in self.figures:
            if f.area.kind != "municipality" or f.year != year:
                continue
            if f.area.number == municipality.number or f.area.today == municipality.today:
                return f
        return None

    def municipalities_in(self, county: County, year: int | None) -> list[AreaFigures]:
        """The rows of municipalities that lie in the county today, for the year."""
        wanted = set(current_county(county).today)
        return [
            f
            for f in self.figures
            if f.area.kind == "municipality"
            and f.year == year
            and {n[:2] for n in f.area.today} <= wanted
        ]


def _label(tables: list[SsbTable]) -> str:
    numbers = sorted(
        {m for t in tables for m in _TABLE_NUMBER.findall(f"{t.label or ''} {Path(t.path).name}")}
    )
    names = ", ".join(f"«{Path(t.path).name}»" for t in tables)
    table = f", tabell {', '.join(numbers)}" if numbers else ""
    return f"SSB, statistikkbanken{table} (fil {names})"


def _collect(
    table: SsbTable,
    collected: dict[tuple[Area, int | None], dict[str, float]],
    countries: dict[tuple[Area, int | None], dict[str, float]],
    unplaced: set[str],
) -> int:
    """Add the table's usable values to ``collected``/``countries``; return how many."""
    regions = [d for d in table.dimensions if REGION_HEADER.match(d) or _NAME_DIMENSION.match(d)]
    if not regions:
        return 0
    time = table.time_dimension
    country = next((d for d in table.dimensions if _COUNTRY_DIMENSION.match(d)), None)
    measures = [d for d in table.dimensions if _MEASURE_DIMENSION.match(d)]
    filters = [
        d
        for d in table.dimensions
        if d not in regions
        and d != time
        and d != country
        and d not in measures
        and not TIME_HEADER.match(d)
    ]
    context = f"{table.label or ''} {Path(table.path).stem.replace('_', ' ')}".casefold()
    count = 0
    for observation in table.observations:
        if observation.value is None:
            continue
        if any(not _TOTAL.match(observation.categories.get(d, "")) for d in filters):
            continue
        measure = _measure(" ".join(observation.categories[d] for d in measures), context)
        if measure is None:
            continue
        texts = _region_texts(observation, regions)
        area = _area(texts)
        if area is None:
            unplaced.add(texts[0] if texts else "?")
            continue
        year = year_of(observation.categories[time]) if time else None
        key = (area, year)
        land = observation.categories.get(country, "") if country else ""
        if country and land and not _TOTAL.match(land):
            if measure in ("immigrants", "immigrants_and_children"):
                countries.setdefault(key, {}).setdefault(land, observation.value)
                count += 1
            continue
        collected.setdefault(key, {}).setdefault(measure, observation.value)
        count += 1
    return count


def _region_texts(observation: Observation, regions: list[str]) -> tuple[str, ...]:
    """Codes first, then labels: the texts that may identify the region."""
    codes = [observation.codes[d] for d in regions if d in observation.codes]
    labels = [observation.categories[d] for d in regions]
    return tuple(t.strip() for t in (*codes, *labels) if t.strip())


def _measure(own: str, context: str) -> Measure | None:
    """What a value is, from its own labels, with the table title/file name as fallback."""
    own = own.casefold()
    if _RATE.search(own) or _RATE.search(context):
        return None
    share = bool(_SHARE.search(own))
    if share and not _SHARE_OF_POPULATION.search(own):
        return None
    subject = _subject(_DENOMINATOR.sub(" ", own))
    if subject is None or subject == "population":
        # «Personer» alone says nothing: the table's title or file name may name the group.
        in_context = _subject(_DENOMINATOR.sub(" ", context))
        if subject is None or in_context not in (None, "population"):
            subject = in_context
    if subject is None or (share and subject == "population"):
        return None
    return f"{subject}_share" if share else subject  # type: ignore[return-value]


def _subject(
    text: str,
) -> Literal["population", "immigrants", "children", "immigrants_and_children"] | None:
    if _BOTH.search(text):
        return "immigrants_and_children"
    if _CHILDREN.search(text):
        return "children"
    if _IMMIGRANTS.search(text):
        return "immigrants"
    if _POPULATION.search(text):
        return "population"
    return None


@cache
def _area(texts: tuple[str, ...]) -> Area | None:
    """The area the texts name: a code, 'code name', or a name; None if not found."""
    for text in texts:
        match = _CODED.match(text)
        if match is None:
            continue
        number = match[1]
        if not number.strip("0"):
            return Area(kind="national", number=None, name="Hele landet")
        if len(number) in (3, 4):
            found = _municipality(number.zfill(4))
            if found is not None:
                return found
        elif len(number) <= 2:
            found = _county(number.zfill(2))
            if found is not None:
                return found
    for text in texts:
        name = _CODED.match(text)
        plain = name[2] if name and name[2] else text
        if _CODED.match(plain):
            continue
        if normalise(plain) in NATIONAL_NAMES:
            return Area(kind="national", number=None, name="Hele landet")
        found = _municipality(plain) or _county(plain)
        if found is not None:
            return found
    return None


def _municipality(key: str) -> Area | None:
    try:
        m = resolve_municipality(key)
    except StatisticsError:
        return None
    return Area(kind="municipality", number=m.number, name=m.name, today=m.today)


def _county(key: str) -> Area | None:
    try:
        c = resolve_county(key)
    except StatisticsError:
        return None
    return Area(kind="county", number=c.number, name=c.name, today=current_county(c).today)


def as_source(source: str | Path | StatisticsSource | Iterable[str | Path]) -> StatisticsSource:
    """A :class:`StatisticsSource` from a path, several paths, or a source as it is."""
    if isinstance(source, StatisticsSource):
        return source
    if isinstance(source, str | Path):
        return StatisticsSource.read(source)
    return StatisticsSource.read(*source)
