"""The letter's content, resolved to one written standard, ready for a template.

:func:`build_letter` turns an :class:`~planvurdering.models.Assessment` and the
letter details into a :class:`Letter`: every text is already in Bokmål or
Nynorsk, every number already formatted the Norwegian way (``12 345``,
``11,7 %``). Templates only lay it out, so the PDF, HTML and Markdown outputs
say the same thing.
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass

from markupsafe import Markup

from ..criteria import load_criteria
from ..errors import CriteriaError, RenderError
from ..models import (
    LEVEL_NAMES,
    THEME_IDS,
    Assessment,
    Evidence,
    FigureSet,
    Language,
    Localized,
)
from .chart import Bar, theme_chart
from .texts import ERRORS, PHRASES

QUOTE_LENGTH = 300
"""Quotes longer than this (characters) are shortened at a word boundary."""

QUOTES_PER_CRITERION = 2
"""How many quotes a theme section shows for each criterion it praises."""

NBSP = "\u00a0"


def format_int(value: int | None) -> str:
    """``5051275`` → ``5 051 275`` (non-breaking spaces); ``None`` → ``–``."""
    if value is None:
        return "–"
    return f"{value:,}".replace(",", NBSP)


def format_percent(value: float | None, decimals: int = 1) -> str:
    """``11.745`` → ``11,7 %`` (decimal comma, non-breaking space); ``None`` → ``–``."""
    if value is None:
        return "–"
    return f"{value:.{decimals}f}".replace(".", ",") + f"{NBSP}%"


def format_score(value: float) -> str:
    """A 0–100 score as a whole number."""
    return f"{value:.0f}"


def format_date(value: str | datetime.date | None) -> str:
    """A date as ``dd.mm.åååå``; strings are kept as given."""
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.strftime("%d.%m.%Y")
    return value


def join_words(items: list[str], conjunction: str) -> str:
    """``["a", "b", "c"]`` → ``a, b og c``."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def shorten(text: str, limit: int = QUOTE_LENGTH) -> str:
    """``text`` on one line, cut at a word boundary before ``limit`` with ``…``."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:–- ") + " …"


def with_suffix(name: str, suffix: str) -> str:
    """``Fjordvik`` → ``Fjordvik kommune``; a name that has the suffix is kept."""
    name = name.strip()
    return name if name.lower().endswith(suffix) else f"{name} {suffix}"


@dataclass(frozen=True)
class Quote:
    """A short quote from the plan with its printed page number."""

    text: str
    page: str
    section: str | None = None


@dataclass(frozen=True)
class Praise:
    """A criterion the plan meets at level 2 or 3, with its best quotes."""

    title: str
    level: int
    quotes: list[Quote]


@dataclass(frozen=True)
class Advice:
    """The advice for a criterion below level 3."""

    title: str
    text: str


@dataclass(frozen=True)
class ThemeSection:
    """One theme's section of the letter."""

    id: str
    title: str
    level: int
    level_name: str
    score: str
    good: list[Praise]
    missing: list[str]
    advice: list[Advice]


@dataclass(frozen=True)
class FigureRow:
    """One row of the statistics table."""

    area: str
    population: str
    immigrants: str
    share: str
    with_children: str
    with_children_share: str


@dataclass(frozen=True)
class EvidenceRow:
    """One row of the appendix's evidence list."""

    criterion: str
    level: int
    page: str
    section: str | None
    text: str


@dataclass(frozen=True)
class Letter:
    """Everything a response template needs, in one written standard."""

    language: Language
    t: dict[str, str]
    county: str
    municipality: str
    subject: str
    plan_name: str
    our_date: str
    case_ref: str | None
    their_date: str | None
    their_ref: str | None
    officer: str | None
    officer_title: str | None
    intro: str
    summary: list[str]
    score: str
    statistics_rows: list[FigureRow]
    statistics_notes: list[str]
    themes: list[ThemeSection]
    not_applicable: str | None
    chart: Markup
    method: str
    levels: list[tuple[int, str, str]]
    evidence: list[EvidenceRow]
    notes: list[str]
    logo_url: str | None = None
    fonts_url: str | None = None


@functools.cache
def _plan_type_titles() -> dict[str, Localized]:
    """The plan types' names from the default criteria catalogue (read once)."""
    try:
        return {name: info.title for name, info in load_criteria().plan_types.items()}
    except CriteriaError:
        return {}


def _plan_type_title(plan_type: str | None, language: Language) -> str | None:
    """The plan type's name, e.g. 'kommuneplanens samfunnsdel'; its id if unknown."""
    if plan_type is None:
        return None
    title = _plan_type_titles().get(plan_type)
    return title.get(language) if title else plan_type.replace("_", " ")


def _figure_row(figures: FigureSet) -> FigureRow:
    return FigureRow(
        area=figures.area,
        population=format_int(figures.population),
        immigrants=format_int(figures.immigrants),
        share=format_percent(figures.immigrants_share),
        with_children=format_int(figures.immigrants_and_children),
        with_children_share=format_percent(figures.immigrants_and_children_share),
    )


def _quote(evidence: Evidence) -> Quote:
    return Quote(text=shorten(evidence.text), page=evidence.page_label, section=evidence.section)


def _best_evidence(evidence: list[Evidence]) -> list[Evidence]:
    """The passages that show a goal or a measure (level 2–3), best first."""
    ranked = sorted(evidence, key=lambda e: (-e.level, -e.confidence, e.page))
    return [e for e in ranked if e.level >= 2][:QUOTES_PER_CRITERION]


def build_letter(
    assessment: Assessment,
    *,
    language: Language,
    municipality: str | None,
    county: str | None,
    case_ref: str | None,
    their_ref: str | None,
    their_date: str | datetime.date | None,
    officer: str | None,
    officer_title: str | None,
    date: datetime.date | None,
) -> Letter:
    """The content of the response to ``assessment`` in ``language``.

    Raises :class:`~planvurdering.errors.RenderError` when the county or the
    municipality is neither given nor known from the assessment.
    """
    t = PHRASES[language]
    stats = assessment.statistics

    if county is None:
        if stats is None:
            raise RenderError(ERRORS["no_county"])
        county = with_suffix(stats.county_name, t["county_suffix"])
    municipality = municipality or assessment.plan.get("municipality")
    if not municipality:
        raise RenderError(ERRORS["no_municipality"])
    municipality = with_suffix(municipality, t["municipality_suffix"])

    plan_type = _plan_type_title(assessment.plan_type, language)
    plan_name = assessment.plan.get("title") or plan_type or t["subject"]
    subject = " – ".join([t["subject"], plan_name, municipality])
    their_date_text = format_date(their_date) or None

    themes = [assessment.themes[i] for i in THEME_IDS if i in assessment.themes]
    themes += [t_ for i, t_ in assessment.themes.items() if i not in THEME_IDS]
    applicable = [theme for theme in themes if theme.applies]
    left_out = [theme.title.get(language) for theme in themes if not theme.applies]

    sections: list[ThemeSection] = []
    evidence_rows: list[EvidenceRow] = []
    for theme in applicable:
        good: list[Praise] = []
        missing: list[str] = []
        advice: list[Advice] = []
        for criterion in theme.criteria:
            if not criterion.applies:
                continue
            title = criterion.title_nn if language == "nn" else criterion.title
            if criterion.level >= 2:
                quotes = [_quote(e) for e in _best_evidence(criterion.evidence)]
                good.append(Praise(title=title, level=criterion.level, quotes=quotes))
            if criterion.level <= 1:
                missing.append(title)
            if criterion.level < 3:
                advice.append(Advice(title=title, text=criterion.advice.get(language)))
            evidence_rows += [
                EvidenceRow(
                    criterion=title,
                    level=e.level,
                    page=e.page_label,
                    section=e.section,
                    text=" ".join(e.text.split()),
                )
                for e in sorted(criterion.evidence, key=lambda e: e.page)
            ]
        sections.append(
            ThemeSection(
                id=theme.id,
                title=theme.title.get(language),
                level=theme.level,
                level_name=LEVEL_NAMES[theme.level][language],
                score=format_score(theme.score),
                good=good,
                missing=missing,
                advice=advice,
            )
        )

    grade = t[f"grade_{min(3, int(assessment.score // 25))}"]
    summary = [t["summary_score"].format(grade=grade, score=format_score(assessment.score))]
    if sections:
        ranked = sorted(sections, key=lambda s: float(s.score), reverse=True)
        strong = [f"«{s.title}»" for s in ranked if s.level >= 2][:2]
        weak = [f"«{s.title}»" for s in reversed(ranked) if s.level <= 1][:3]
        if strong:
            summary.append(t["summary_strong"].format(themes=join_words(strong, t["and"])))
        if weak:
            summary.append(t["summary_weak"].format(themes=join_words(weak, t["and"])))

    not_applicable = None
    if left_out:
        key = "not_applicable_one" if len(left_out) == 1 else "not_applicable"
        not_applicable = t[key].format(
            themes=join_words([f"«{name}»" for name in left_out], t["and"]),
            plan_type=plan_type or plan_name,
        )

    statistics_rows: list[FigureRow] = []
    statistics_notes: list[str] = []
    if stats is not None:
        statistics_rows = [_figure_row(stats.county), _figure_row(stats.national)]
        statistics_notes.append(t["statistics_source"].format(year=stats.year, source=stats.source))
        if stats.summed_from:
            statistics_notes.append(
                t["statistics_summed"].format(
                    county=stats.county_name, parts=join_words(stats.summed_from, t["and"])
                )
            )
        statistics_notes += stats.notes
        if stats.top_countries:
            countries = [f"{name} ({format_int(n)})" for name, n in stats.top_countries]
            statistics_notes.append(t["statistics_top"].format(countries=", ".join(countries)))

    level_names = [LEVEL_NAMES[level][language] for level in sorted(LEVEL_NAMES)]
    chart = theme_chart(
        [
            Bar(
                label=s.title,
                score=float(s.score),
                level=s.level,
                value_text=f"{s.level} ({s.score})",
            )
            for s in sections
        ],
        level_names,
        title=t["chart_label"],
    )

    return Letter(
        language=language,
        t=t,
        county=county,
        municipality=municipality,
        subject=subject,
        plan_name=plan_name,
        our_date=format_date(date or datetime.date.today()),
        case_ref=case_ref,
        their_date=their_date_text,
        their_ref=their_ref,
        officer=officer,
        officer_title=officer_title,
        intro=t["intro"].format(
            municipality=municipality,
            plan=plan_name,
            county=county,
            their_date=t["intro_their_date"].format(date=their_date_text)
            if their_date_text
            else "",
        ),
        summary=summary,
        score=format_score(assessment.score),
        statistics_rows=statistics_rows,
        statistics_notes=statistics_notes,
        themes=sections,
        not_applicable=not_applicable,
        chart=chart,
        method=t["method_text"].format(
            library_version=assessment.library_version,
            criteria_version=assessment.criteria_version,
        ),
        levels=_levels(language),
        evidence=evidence_rows,
        notes=list(assessment.notes),
    )


@dataclass(frozen=True)
class ChecklistRow:
    """One criterion in the self-assessment checklist."""

    title: str
    level: int
    status: str
    found: list[Quote]
    to_add: str | None


@dataclass(frozen=True)
class ChecklistTheme:
    """One theme in the self-assessment checklist."""

    title: str
    level: int
    level_name: str
    score: str
    applies: bool
    rows: list[ChecklistRow]


@dataclass(frozen=True)
class Checklist:
    """Everything a self-assessment template needs, in one written standard."""

    language: Language
    t: dict[str, str]
    title: str
    intro: str
    score: str
    themes: list[ChecklistTheme]
    levels: list[tuple[int, str, str]]
    logo_url: str | None = None
    fonts_url: str | None = None


def _levels(language: Language) -> list[tuple[int, str, str]]:
    t = PHRASES[language]
    return [
        (level, LEVEL_NAMES[level][language], t[f"level_{level}"]) for level in sorted(LEVEL_NAMES)
    ]


def build_checklist(assessment: Assessment, *, language: Language) -> Checklist:
    """The self-assessment checklist (sjekkliste) for ``assessment`` in ``language``."""
    t = PHRASES[language]
    plan_name = assessment.plan.get("title") or _plan_type_title(assessment.plan_type, language)
    themes: list[ChecklistTheme] = []
    for theme_id in [*THEME_IDS, *(i for i in assessment.themes if i not in THEME_IDS)]:
        theme = assessment.themes.get(theme_id)
        if theme is None:
            continue
        rows = [
            ChecklistRow(
                title=c.title_nn if language == "nn" else c.title,
                level=c.level,
                status=LEVEL_NAMES[c.level][language],
                found=[_quote(e) for e in sorted(c.evidence, key=lambda e: e.page)],
                to_add=c.advice.get(language) if c.level < 3 else None,
            )
            for c in theme.criteria
            if c.applies
        ]
        themes.append(
            ChecklistTheme(
                title=theme.title.get(language),
                level=theme.level,
                level_name=LEVEL_NAMES[theme.level][language],
                score=format_score(theme.score),
                applies=theme.applies,
                rows=rows,
            )
        )
    return Checklist(
        language=language,
        t=t,
        title=t["checklist_title"].format(plan=plan_name or ""),
        intro=t["checklist_intro"],
        score=format_score(assessment.score),
        themes=themes,
        levels=_levels(language),
    )
