"""Figures a plan quotes about immigrants and population, checked against the statistics.

:func:`check_plan_figures` finds sentences such as «innvandrere utgjør 7 % av
befolkningen», «7,2 prosent av innbyggjarane er innvandrarar», «om lag 1 200
innvandrere» or «folketalet er 5 432» in Bokmål and Nynorsk, and compares each
figure with the statistics for the same area (the municipality unless the
sentence speaks of the county or the country) and subject.

Tolerances: a share is in line within :data:`SHARE_TOLERANCE` percentage
points; a count within :data:`COUNT_TOLERANCE` of the statistics' value, or
:data:`APPROXIMATE_TOLERANCE` when the plan says «om lag», «ca.», «rundt» ….
The phrasing lives in the regular expressions below, apart from the logic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..models import FigureSet, Localized, PlanFigure, PlanFigureSubject, Statistics

SHARE_TOLERANCE = 1.0
"""Percentage points a quoted share may differ from the statistics and still be in line."""

COUNT_TOLERANCE = 0.05
"""Relative difference allowed for a count given exactly."""

APPROXIMATE_TOLERANCE = 0.10
"""Relative difference allowed for a count given as approximate («om lag 1 200»)."""

_NUMBER = re.compile(
    r"(?<![\w,.])(?P<int>\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)(?:[,](?P<dec>\d+))?"
    r"(?P<pct>\s*(?:%|prosent\b|pst\b\.?))?(?![\w])"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ«\"])|\n\s*\n|\n(?=\s*[-•*–]\s)")
_IMMIGRANT_WORD = re.compile(r"(?<!\w)(innvandr\w*)", re.IGNORECASE)
_WITH_CHILDREN = re.compile(
    r"norskfødte|norskfødde|innvandrerbakgrunn|innvandrarbakgrunn", re.IGNORECASE
)
_OF_POPULATION = re.compile(
    r"befolkning|innbygg|folketal|folkemengd|andel|delen\b|del av|utgjør|utgjer|prosent av",
    re.IGNORECASE,
)
_NOT_POPULATION_SHARE = re.compile(
    r"sysselset|arbeidsledig|ledighet|i arbeid|deltak|introduksjonsprogram|fullfør|vekst|økning"
    r"|auke|nedgang|endring|(?<!\w)(fra|frå)\s+[A-ZÆØÅ]",
    re.IGNORECASE,
)
_COUNT_AFTER = {
    "immigrants_and_children": re.compile(
        r"^\s*(personer|innbyggere|innbyggjarar|innbyggarar|menneske\w*)\s+med\s+"
        r"innvandr\w*bakgrunn|^\s*innvandr\w*\s+og\s+norskfød",
        re.IGNORECASE,
    ),
    "immigrants": re.compile(r"^\s*innvandr(ere|arar|erne|arane)\b", re.IGNORECASE),
    "population": re.compile(r"^\s*(innbyggere|innbyggjarar|innbyggarar)\b", re.IGNORECASE),
}
_COUNT_BEFORE = {
    "population": re.compile(
        r"(folketall|folketal|innbyggertall|innbyggjartal|befolkning|folkemengd)\w*\s+"
        r"(er|var|på|utgjør|utgjer|har vore|har vært)\s+(\S+\s+){0,3}$",
        re.IGNORECASE,
    ),
    "immigrants": re.compile(
        r"(antall|antallet|talet på|tallet på)\s+innvandr(ere|arar)\s+(er|var|på)\s+(\S+\s+){0,3}$",
        re.IGNORECASE,
    ),
}
_APPROXIMATE = re.compile(
    r"(om lag|omlag|ca\.?|cirka|omtrent|rundt|nær|nærare|nærmere|drøyt|drygt|vel|knapt|nesten|"
    r"over|under|i underkant av|i overkant av)\s*$",
    re.IGNORECASE,
)
_NATIONAL = re.compile(
    r"\b(landet|norge|noreg|nasjonal\w*|landsbasis|landsgjennomsnitt\w*)\b", re.I
)
_COUNTY = re.compile(r"\b(fylket|fylke|fylkes\w*)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d,])((?:19|20)\d{2})(?![\d,])")

_SUBJECT_NAMES: dict[str, tuple[str, str]] = {
    "immigrants_share": ("andelen innvandrere", "delen innvandrarar"),
    "immigrants_and_children_share": (
        "andelen innvandrere og norskfødte med innvandrerforeldre",
        "delen innvandrarar og norskfødde med innvandrarforeldre",
    ),
    "immigrants": ("antallet innvandrere", "talet på innvandrarar"),
    "immigrants_and_children": (
        "antallet innvandrere og norskfødte med innvandrerforeldre",
        "talet på innvandrarar og norskfødde med innvandrarforeldre",
    ),
    "population": ("folketallet", "folketalet"),
}


_AreaKind = Literal["municipality", "county", "national"]


@dataclass(frozen=True)
class _Found:
    figure: float
    subject: PlanFigureSubject
    approximate: bool
    start: int
    end: int


def check_plan_figures(
    text_pages: list[tuple[int, str]], statistics: Statistics
) -> list[PlanFigure]:
    """The immigrant and population figures the plan quotes, compared with ``statistics``.

    Args:
        text_pages: (physical page number, page text) for each page of the plan.
        statistics: the statistics the assessment carries (one year).

    Returns:
        One :class:`~planvurdering.models.PlanFigure` per figure found, in page
        order: the sentence, the figure, its subject and area, the statistics'
        value, whether it is in line, and a note in Bokmål and Nynorsk.
    """
    found: list[PlanFigure] = []
    for page, text in text_pages:
        for sentence in _sentences(text):
            matches = _figures(sentence)
            for i, match in enumerate(matches):
                after = sentence[match.end : matches[i + 1].start if i + 1 < len(matches) else None]
                before = sentence[matches[i - 1].end if i else 0 : match.start]
                area = _area(after, before, statistics)
                found.append(_compare(page, sentence, match, area, statistics))
    return found


def _sentences(text: str) -> list[str]:
    parts = _SENTENCE_END.split(text)
    return [" ".join(p.split()) for p in parts if p and p.strip()]


def _figures(sentence: str) -> list[_Found]:
    found = []
    for number in _NUMBER.finditer(sentence):
        value = float(re.sub(r"[ \u00a0.]", "", number["int"]) + "." + (number["dec"] or "0"))
        before = sentence[: number.start()]
        approximate = bool(_APPROXIMATE.search(before))
        subject = _subject(sentence, number, before)
        if subject is not None:
            found.append(_Found(value, subject, approximate, number.start(), number.end()))
    return found


def _subject(sentence: str, number: re.Match[str], before: str) -> PlanFigureSubject | None:
    if number["pct"]:
        if not _IMMIGRANT_WORD.search(sentence) or not _OF_POPULATION.search(sentence):
            return None
        if _NOT_POPULATION_SHARE.search(sentence):
            return None
        with_children = _WITH_CHILDREN.search(sentence)
        return "immigrants_and_children_share" if with_children else "immigrants_share"
    if number["dec"] is None and _YEAR.fullmatch(number["int"]):
        return None
    after = sentence[number.end() :]
    for subject, pattern in _COUNT_AFTER.items():
        if pattern.search(after):
            return subject  # type: ignore[return-value]
    for subject, pattern in _COUNT_BEFORE.items():
        if pattern.search(before):
            return subject  # type: ignore[return-value]
    return None


def _area(after: str, before: str, stats: Statistics) -> _AreaKind:
    """'national', 'county' or 'municipality': what the words around the figure speak of."""
    county_name = re.compile(re.escape(stats.county_name), re.IGNORECASE)
    for segment in (after, before):
        if _NATIONAL.search(segment):
            return "national"
        if _COUNTY.search(segment) or county_name.search(segment):
            return "county"
    return "municipality"


def _compare(
    page: int, sentence: str, found: _Found, area: _AreaKind, stats: Statistics
) -> PlanFigure:
    figures: FigureSet | None = {
        "national": stats.national,
        "county": stats.county,
        "municipality": stats.municipality,
    }[area]
    value = getattr(figures, found.subject) if figures is not None else None
    share = found.subject.endswith("_share")
    years = [int(y) for y in _YEAR.findall(sentence)]
    plan_year = years[0] if years else None
    in_line: bool | None = None
    if value is not None:
        if share:
            in_line = abs(found.figure - value) <= SHARE_TOLERANCE
        else:
            tolerance = APPROXIMATE_TOLERANCE if found.approximate else COUNT_TOLERANCE
            in_line = abs(found.figure - value) <= tolerance * value
    return PlanFigure(
        page=page,
        sentence=sentence,
        figure=found.figure,
        subject=found.subject,
        area=area,
        plan_year=plan_year,
        statistics_value=value,
        statistics_year=stats.year,
        in_line=in_line,
        note=_note(found, share, value, in_line, plan_year, figures, stats),
    )


def _note(
    found: _Found,
    share: bool,
    value: float | None,
    in_line: bool | None,
    plan_year: int | None,
    figures: FigureSet | None,
    stats: Statistics,
) -> Localized:
    what_nb, what_nn = _SUBJECT_NAMES[found.subject]
    where_nb = where_nn = figures.area if figures is not None else "kommunen"
    if figures is stats.national:
        where_nb, where_nn = "hele landet", "heile landet"
    quoted = _format(found.figure, share)
    if value is None:
        return Localized(
            nb=f"Planen oppgir {quoted}. Statistikken har ikke {what_nb} i {where_nb} "
            "å sammenligne med.",
            nn=f"Planen oppgir {quoted}. Statistikken har ikkje {what_nn} i {where_nn} "
            "å samanlikne med.",
        )
    actual = f"{_format(value, share)} per 1. januar {stats.year}"
    if in_line:
        nb = f"Planen oppgir {quoted}; {what_nb} i {where_nb} var {actual}. Det stemmer."
        nn = f"Planen oppgir {quoted}; {what_nn} i {where_nn} var {actual}. Det stemmer."
    else:
        nb = (
            f"Planen oppgir {quoted}, men {what_nb} i {where_nb} var {actual}. "
            "Fylkeskommunen rår kommunen til å oppdatere tallet."
        )
        nn = (
            f"Planen oppgir {quoted}, men {what_nn} i {where_nn} var {actual}. "
            "Fylkeskommunen rår kommunen til å oppdatere talet."
        )
    if plan_year is not None and plan_year != stats.year:
        nb += f" Planen viser til {plan_year}, statistikken gjelder {stats.year}."
        nn += f" Planen viser til {plan_year}, statistikken gjeld {stats.year}."
    return Localized(nb=nb, nn=nn)


def _format(value: float, share: bool) -> str:
    """7.2 → '7,2 %'; 1200 → '1 200'."""
    if share:
        return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",") + " %"
    return f"{round(value):,}".replace(",", " ")
