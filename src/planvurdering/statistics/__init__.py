"""County statistics: the handbook's 2013 figures, in today's county structure.

:func:`county_statistics` answers for a county given by number or name, in any
of the 2013, 2018, 2020 or 2024 structures. A county that no longer exists is
answered as today's county it became part of; a county made of several 2013
counties gets their figures summed, with notes for the response that say so
and name the municipalities that have changed county since (the sums are
approximations).

:func:`statistics_for` is what :func:`planvurdering.assess` calls: the handbook's
figures by default, or a county's and municipality's figures from SSB exports
on disk (:class:`StatisticsSource`), with the advice that follows from the
numbers (:func:`statistical_advice`) and, given a plan, the figures the plan
quotes checked against them (:func:`check_plan_figures`).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..errors import StatisticsError
from ..models import FigureSet, Plan, Statistics
from .advice import AdviceRule, load_advice_rules, statistical_advice
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
from .plan_figures import check_plan_figures
from .source import AreaFigures, StatisticsSource, as_source
from .ssb import SsbTable, read_ssb_table

__all__ = [
    "AdviceRule",
    "County",
    "Municipality",
    "SsbTable",
    "StatisticsSource",
    "check_plan_figures",
    "counties",
    "county_statistics",
    "load_advice_rules",
    "read_ssb_table",
    "resolve_county",
    "resolve_municipality",
    "statistical_advice",
    "statistics_for",
]

NATIONAL_AREA = "Hele landet"


def county_statistics(county: str | int | County, *, year: int | None = None) -> Statistics:
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


def statistics_for(
    county: str | int | None = None,
    *,
    municipality: str | int | None = None,
    source: str | Path | StatisticsSource | Iterable[str | Path] | None = None,
    year: int | None = None,
    plan: Plan | None = None,
) -> Statistics | None:
    """The statistics to place beside an assessment, with advice and plan figures.

    Args:
        county: county number or name in any structure; ``None`` takes the
            municipality's county (today's).
        municipality: municipality number or name (``"3326"``, ``"Hemsedal"``,
            ``"Herøy (Nordland)"``); its figures are added where the source has them.
        source: SSB export(s) on disk — a path, several paths or a
            :class:`StatisticsSource`; ``None`` uses the handbook's 2013 figures.
        year: the year of the figures; default: the source's latest year (2013
            for the handbook).
        plan: the plan; figures it quotes are checked (``plan_figures``).

    Returns:
        The :class:`~planvurdering.models.Statistics` with ``advice`` (and
        ``plan_figures`` when a plan is given), or ``None`` when neither county
        nor municipality is given.

    Raises:
        StatisticsError: unknown county or municipality, an unreadable source,
            or a year the source has no figures for.
    """
    found = resolve_municipality(municipality) if municipality is not None else None
    if county is None and found is None:
        return None
    asked: str | int | County = county if county is not None else found.county  # type: ignore[union-attr]
    if source is None:
        stats = county_statistics(asked, year=year)
        if found is not None:
            stats = stats.model_copy(
                update={
                    "municipality_number": found.number,
                    "municipality": FigureSet(area=found.name),
                    "notes": [
                        *stats.notes,
                        f"Heftet har ikke tall for enkeltkommuner; {found.name} står derfor "
                        "uten egne tall. Oppgi en eksport fra SSBs statistikkbank (tabell 09817) "
                        "for kommunens tall.",
                    ],
                }
            )
    else:
        stats = _from_source(as_source(source), current_county(asked), found, year)
    stats = stats.model_copy(update={"advice": statistical_advice(stats)})
    if plan is not None:
        pages = [(page.number, page.text) for page in plan.pages]
        stats = stats.model_copy(update={"plan_figures": check_plan_figures(pages, stats)})
    return stats


def _from_source(
    source: StatisticsSource, county: County, municipality: Municipality | None, year: int | None
) -> Statistics:
    """Statistics for the county (and municipality) from an SSB source."""
    years = source.years()
    if year is None:
        if not years:
            raise StatisticsError(
                f"Statistikkfilen {source.label} sier ikke hvilket år tallene gjelder. "
                "Oppgi året med year=…"
            )
        year = years[-1]
    elif years and year not in years:
        raise StatisticsError(
            f"{source.label} har ikke tall for {year}, bare for "
            + ", ".join(str(y) for y in years)
            + "."
        )
    key = year if years else None
    notes = list(source.notes)
    county_row = source.county(county, key)
    if county_row is not None:
        county_figures = _figure_set(county.name, county_row)
    else:
        parts = source.municipalities_in(county, key)
        county_figures = _summed(county.name, parts)
        if parts:
            notes.append(
                f"Filen har ikke egne tall for {county.name}; tallene er summen av de "
                f"{len(parts)} kommunene i fylket som filen har tall for."
            )
        else:
            notes.append(f"Filen har ikke tall for {county.name} for {year}.")
    national_row = source.national(key)
    if national_row is None:
        notes.append(f"Filen har ikke tall for hele landet for {year}.")
    municipality_figures = None
    if municipality is not None:
        row = source.municipality(municipality, key)
        municipality_figures = (
            _figure_set(municipality.name, row) if row else FigureSet(area=municipality.name)
        )
        if row is None:
            notes.append(f"Filen har ikke tall for {municipality.name} for {year}.")
    top = [
        (name, rank)
        for rank, (name, _) in enumerate(county_row.countries[:5] if county_row else (), start=1)
    ]
    return Statistics(
        county_number=county.number,
        county_name=county.name,
        year=year,
        source=source.label,
        county=county_figures,
        national=_figure_set(NATIONAL_AREA, national_row)
        if national_row
        else FigureSet(area=NATIONAL_AREA),
        notes=notes,
        top_countries=top,
        municipality_number=municipality.number if municipality else None,
        municipality=municipality_figures,
    )


def _figure_set(area: str, row: AreaFigures) -> FigureSet:
    return FigureSet(
        area=area,
        population=_int(row.get("population")),
        immigrants=_int(row.get("immigrants")),
        immigrants_share=row.get("immigrants_share"),
        immigrants_and_children=_int(row.get("immigrants_and_children")),
        immigrants_and_children_share=row.get("immigrants_and_children_share"),
    )


def _summed(area: str, rows: list[AreaFigures]) -> FigureSet:
    """Counts summed over municipalities (only where every one has them); shares recomputed."""

    def total(measure: str) -> int | None:
        values = [r.get(measure) for r in rows]  # type: ignore[arg-type]
        if not values or None in values:
            return None
        return round(sum(v for v in values if v is not None))

    population = total("population")
    immigrants = total("immigrants")
    with_children = total("immigrants_and_children")
    return FigureSet(
        area=area,
        population=population,
        immigrants=immigrants,
        immigrants_share=_share(immigrants, population) if immigrants and population else None,
        immigrants_and_children=with_children,
        immigrants_and_children_share=_share(with_children, population)
        if with_children and population
        else None,
    )


def _int(value: float | None) -> int | None:
    return None if value is None else round(value)
