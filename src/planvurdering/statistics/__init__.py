"""County statistics: the handbook's 2013 figures, in today's county structure.

:func:`county_statistics` answers for a county given by number or name, in any
of the 2013, 2018, 2020 or 2024 structures. A county that no longer exists is
answered as today's county it became part of; a county made of several 2013
counties gets their figures summed, with notes for the response that say so
and name the municipalities that have changed county since (the sums are
approximations).
"""

from __future__ import annotations

from ..errors import StatisticsError
from ..models import FigureSet, Statistics
from .counties import (
    STRUCTURES,
    County,
    counties,
    county_by_number,
    current_county,
    resolve_county,
)
from .handbook import (
    HANDBOOK_SOURCE,
    HANDBOOK_YEAR,
    RESIDUAL_GROUP,
    country_groups,
    county_population,
    national_population,
)
from .municipalities import Municipality, county_moves, resolve_municipality
from .ssb import SsbTable, read_ssb_table

__all__ = [
    "County",
    "Municipality",
    "SsbTable",
    "counties",
    "county_statistics",
    "read_ssb_table",
    "resolve_county",
    "resolve_municipality",
]

NATIONAL_AREA = "Hele landet"


def county_statistics(county: str | int, *, year: int | None = None) -> Statistics:
    """The county's population and immigrant figures beside the national ones.

    Args:
        county: county number (``46``, ``"46"``, ``"3"``) or name (``"Vestland"``,
            ``"Hordaland"``, ``"Troms og Finnmark"``, ``"Romsa"``), case- and
            whitespace-insensitive, in the 2013, 2018, 2020 or 2024 structure.
        year: the year of the figures (1 January); only the handbook's 2013
            figures are built in, which are also the default.

    Returns:
        Statistics for today's county (Hordaland → 46 Vestland). A county that
        was split in 2024 (Viken, Vestfold og Telemark, Troms og Finnmark) is
        answered as it was. Figures of merged counties are summed from the 2013
        counties and listed in ``summed_from``; ``notes`` explain this in
        Norwegian for the response.

    Raises:
        StatisticsError: unknown county, or a year without built-in figures.
    """
    if year is not None and year != HANDBOOK_YEAR:
        raise StatisticsError(
            f"Det finnes bare innebygde fylkestall per 1. januar {HANDBOOK_YEAR}, ikke for "
            f"{year}. Utelat year=… for å bruke tallene fra {HANDBOOK_YEAR}."
        )
    asked = resolve_county(county)
    target = current_county(asked)
    parts = [county_population(number) for number in target.parts_2013]
    national = national_population()
    population = sum(p.population for p in parts)
    immigrants = sum(p.immigrants for p in parts)
    with_children = sum(p.immigrants_and_children for p in parts)
    figures = FigureSet(
        area=target.name,
        population=population,
        immigrants=immigrants,
        immigrants_share=_share(immigrants, population),
        immigrants_and_children=with_children,
        immigrants_and_children_share=_share(with_children, population),
    )
    top, top_notes = _top_countries(target)
    return Statistics(
        county_number=target.number,
        county_name=target.name,
        year=HANDBOOK_YEAR,
        source=HANDBOOK_SOURCE,
        county=figures,
        national=FigureSet(
            area=NATIONAL_AREA,
            population=national.population,
            immigrants=national.immigrants,
            immigrants_share=national.immigrants_share,
            immigrants_and_children=national.immigrants_and_children,
            immigrants_and_children_share=national.immigrants_and_children_share,
        ),
        summed_from=[p.name for p in parts] if len(parts) > 1 else [],
        notes=[*_structure_notes(asked, target, [p.name for p in parts]), *top_notes],
        top_countries=top,
    )


def _share(part: int, whole: int) -> float:
    """Per cent, one decimal."""
    return round(100 * part / whole, 1)


def _join(items: list[str]) -> str:
    """'a', 'a og b', 'a, b og c'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1]


def _structure_notes(asked: County, target: County, part_names: list[str]) -> list[str]:
    """Norwegian sentences on renamed, merged, split and moved counties."""
    notes: list[str] = []
    date = f"1. januar {HANDBOOK_YEAR}"
    if asked != target:
        notes.append(
            f"{asked.name} (fylkesnummer {asked.number}) er fra {_abolished(asked)} en del av "
            f"{target.name} (fylkesnummer {target.number}), og tallene gjelder {target.name}."
        )
    if not target.exists_today:
        today = _join([county_by_number(n).label for n in target.today])
        notes.append(
            f"{target.name} ble delt 1. januar 2024 i {today}; tallene gjelder {target.name} "
            f"slik fylket var {target.structure}–2023."
        )
    moves = _moves_text(target)
    if len(part_names) > 1:
        sentence = f"Tallene for {target.name} er summen av {_join(part_names)} per {date}."
        if moves:
            sentence += (
                " Summen er en tilnærming, fordi enkelte kommuner har skiftet fylke siden: "
                + moves
                + "."
            )
        notes.append(sentence)
    elif moves:
        notes.append(
            f"Tallene gjelder {part_names[0]} med grensene per {date} og er en tilnærming, "
            f"fordi enkelte kommuner har skiftet fylke siden: {moves}."
        )
    return notes


def _abolished(county: County) -> int:
    """The first structure year in which the county no longer exists."""
    return next(s for s in STRUCTURES if s > county.structure and county not in counties(s))


def _moves_text(target: County) -> str:
    """'Hornindal (fra Sogn og Fjordane til Møre og Romsdal), …' for moves touching target."""
    texts = []
    for move in county_moves():
        moved_in = move.county_2013 not in target.parts_2013 and any(
            c in target.today for c in move.counties_today
        )
        moved_out = move.county_2013 in target.parts_2013 and any(
            c not in target.today for c in move.counties_today
        )
        if moved_in or moved_out:
            origin = county_by_number(move.county_2013, 2013).name
            destination = _join([county_by_number(c).name for c in move.counties_today])
            texts.append(f"{move.name} (fra {origin} til {destination})")
    return _join(texts) if texts else ""


def _top_countries(target: County) -> tuple[list[tuple[str, int]], list[str]]:
    """Table 2's country groups for the county, as (country, rank), and notes.

    The table gives ranks, not counts, so the lists of merged counties cannot be
    summed: the list of the part with most immigrants is used, and the notes
    give the other parts' lists.
    """
    groups = country_groups()
    parts = sorted(target.parts_2013, key=lambda n: county_population(n).immigrants, reverse=True)
    main = groups[parts[0]]
    top = [(g, rank) for rank, g in enumerate(main.groups, start=1) if g != RESIDUAL_GROUP]
    notes = []
    if len(parts) > 1:
        others = "; ".join(
            f"i {groups[n].name}: " + ", ".join(g for g in groups[n].groups if g != RESIDUAL_GROUP)
            for n in parts[1:]
        )
        notes.append(
            f"De største landgruppene er oppgitt for {main.name}, den største delen av "
            f"{target.name} ({others}). Heftet gir bare rekkefølgen, ikke antall, så listene "
            "kan ikke summeres."
        )
    return top, notes
