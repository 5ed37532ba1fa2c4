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
import re
import unicodedata
from dataclasses import dataclass, field

from markupsafe import Markup

from ..criteria import load_criteria
from ..errors import CriteriaError, RenderError
from ..models import (
    LEVEL_NAMES,
    THEME_IDS,
    Assessment,
    CriterionResult,
    Evidence,
    FigureSet,
    Language,
    Localized,
    Statistics,
    ThemeResult,
)
from .chart import Bar, theme_chart
from .texts import (
    BOKMAL_MARKERS,
    ERRORS,
    LABELS_BEFORE_TEXT,
    PHRASES,
    STATISTICS_NOTES_NN,
    TIME_WORDS,
)

QUOTE_LENGTH = 300
"""Quotes longer than this (characters) are shortened, at a sentence end if one is
near, else at a word boundary, and marked with ``…``."""

QUOTES_PER_CRITERION = 2
"""How many quotes a theme section shows for each criterion it praises."""

QUOTES_PER_THEME = 4
"""How many quotes a theme section shows in all; one passage is quoted once."""

NBSP = "\u00a0"

_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_SPACES = re.compile(r"[^\S\u00a0]+")  # runs of white space, but not the non-breaking space
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_LABELS = "|".join(LABELS_BEFORE_TEXT)
_HEADING_BEFORE_LABEL = re.compile(rf"^\d+(?:\.\d+)*\.?\s+[^.:!?]{{1,80}}?\s+(?=(?:{_LABELS}):)")
_SENTENCE_END = re.compile(r"[.!?]»?(?=\s+[«(\"]?[A-ZÆØÅ0-9])")


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


def clean_text(text: str) -> str:
    """Plan text fit to typeset: on one line, without control characters, format
    characters (soft hyphens), private-use characters and noncharacters.

    Such characters have no glyph in any font; one of them makes WeasyPrint give
    the font a custom encoding that PDF text extractors cannot read, and the
    letter's text is then lost to screen readers and archives.
    """
    kept = "".join(
        c for c in text if c in "\n\t" or unicodedata.category(c) not in _DROPPED_CATEGORIES
    )
    return _SPACES.sub(" ", kept).strip()


def shorten(text: str, limit: int = QUOTE_LENGTH) -> str:
    """``text`` on one line; if longer than ``limit``, cut with ``…``.

    The cut falls after the last whole sentence that ends in the second half of
    the limit, else at the last word boundary before it.
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    ends = [m.end() for m in _SENTENCE_END.finditer(text[: limit + 1]) if m.end() >= limit // 2]
    if ends:
        return text[: ends[-1]] + " …"
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:–- ") + " …"


def lowercase_first(text: str) -> str:
    """``Kommuneplanens samfunnsdel`` → ``kommuneplanens samfunnsdel``; ``NAV`` stays."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def with_suffix(name: str, suffix: str) -> str:
    """``Fjordvik`` → ``Fjordvik kommune``; a name that has the suffix is kept."""
    name = name.strip()
    return name if name.lower().endswith(suffix) else f"{name} {suffix}"


def plan_phrase(title: str | None, type_titles: list[str], fallback: str) -> str:
    """How a sentence names the plan: ``kommuneplanens samfunnsdel 2024–2036``.

    A title that starts with its plan type's name (in either written standard)
    is used as a common noun, lower-cased; any other title is quoted after the
    type's name (``integreringsplan «Sammen i Fjordvik»``); without a title, the
    type's name; without either, ``fallback``.
    """
    type_title = type_titles[0] if type_titles else None
    if not title:
        return type_title or fallback
    title = clean_text(title)
    words = {word for name in type_titles for word in name.lower().split()}
    first = title.split()[0].lower() if title.split() else ""
    if any(title.lower().startswith(name.lower()) for name in type_titles) or first in words:
        return lowercase_first(title)
    return f"{type_title} «{title}»" if type_title else f"«{title}»"


@dataclass(frozen=True)
class Quote:
    """A short quote from the plan with its printed page number.

    ``detail`` is what a table row adds to its first cell (``ansvar: …, frist: …``).
    """

    text: str
    page: str
    section: str | None = None
    detail: str | None = None


@dataclass(frozen=True)
class Praise:
    """A criterion the plan meets at level 2 or 3, with its best quotes."""

    title: str
    level: int
    quotes: list[Quote]


@dataclass(frozen=True)
class Advice:
    """The advice for a criterion below level 3 (a paragraph of its own)."""

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
    overrides: list[str] = field(default_factory=list)
    address: list[str] = field(default_factory=list)
    contact: list[str] = field(default_factory=list)
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


def _plan_name(assessment: Assessment, language: Language, fallback: str) -> str:
    """The plan as named in a sentence (:func:`plan_phrase`); 'annen' is no type."""
    titles: list[str] = []
    if assessment.plan_type and assessment.plan_type != "annen":
        own = _plan_type_title(assessment.plan_type, language)
        other = _plan_type_title(assessment.plan_type, "nb" if language == "nn" else "nn")
        titles = [name for name in (own, other) if name]
    return plan_phrase(assessment.plan.get("title"), titles, fallback)


def _figure_row(figures: FigureSet) -> FigureRow:
    return FigureRow(
        area=figures.area,
        population=format_int(figures.population),
        immigrants=format_int(figures.immigrants),
        share=format_percent(figures.immigrants_share),
        with_children=format_int(figures.immigrants_and_children),
        with_children_share=format_percent(figures.immigrants_and_children_share),
    )


def _is_time_frame(cell: str) -> bool:
    words = cell.lower().split()
    return bool(_YEAR.search(cell)) or any(word in TIME_WORDS for word in words)


def quote_from(evidence: Evidence, t: dict[str, str]) -> Quote:
    """The passage as a readable quote.

    A table row (cells separated by ``|``) becomes its first cell with
    ``ansvar: …, frist: …`` as detail when it is a measure row of three cells
    ending in a time frame, else its cells joined with `` – ``. A numbered heading
    left in front of a ``Mål:`` line is dropped; a list item that starts in the
    middle of a sentence gets a leading ``…``; long passages are shortened.
    """
    text = clean_text(evidence.text)
    detail = None
    cells = [cell.strip() for cell in text.split("|")] if " | " in text else []
    cells = [cell for cell in cells if cell]
    if len(cells) == 3 and _is_time_frame(cells[2]):
        text = cells[0]
        detail = t["table_row_measure"].format(responsible=cells[1], deadline=cells[2])
    elif len(cells) >= 2:
        text = " – ".join(cells)
    text = _HEADING_BEFORE_LABEL.sub("", text).rstrip(" ;,")
    if text[:1].islower():
        text = "… " + text
    return Quote(
        text=shorten(text),
        page=evidence.page_label,
        section=clean_text(evidence.section) if evidence.section else None,
        detail=detail,
    )


def _best_evidence(evidence: list[Evidence]) -> list[Evidence]:
    """The passages that show a goal or a measure (level 2–3), best first."""
    ranked = sorted(evidence, key=lambda e: (-e.level, -e.confidence, e.page))
    return [e for e in ranked if e.level >= 2]


def _title(criterion: CriterionResult, language: Language, t: dict[str, str]) -> str:
    """The criterion's title, marked when an officer set its level."""
    title = criterion.title_nn if language == "nn" else criterion.title
    return f"{title} ({t['overridden']})" if criterion.override is not None else title


def _praise(criteria: list[CriterionResult], language: Language, t: dict[str, str]) -> list[Praise]:
    """The criteria at level 2–3, level 3 first, each with quotes not used before in the
    theme; at most :data:`QUOTES_PER_THEME` quotes in all."""
    ranked = sorted(
        (c for c in criteria if c.applies and c.level >= 2), key=lambda c: (-c.level, -c.weight)
    )
    used: set[str] = set()
    praise: list[Praise] = []
    for criterion in ranked:
        quotes: list[Quote] = []
        for evidence in _best_evidence(criterion.evidence):
            key = clean_text(evidence.text).casefold()
            if key in used:
                continue
            if len(quotes) >= QUOTES_PER_CRITERION or len(used) >= QUOTES_PER_THEME:
                break
            used.add(key)
            quotes.append(quote_from(evidence, t))
        praise.append(
            Praise(title=_title(criterion, language, t), level=criterion.level, quotes=quotes)
        )
    return praise


def _localize_note(note: str, language: Language) -> str | None:
    """A statistics note in ``language``; ``None`` when it cannot be given in Nynorsk."""
    note = clean_text(note)
    if language == "nb":
        return note
    for bokmal, nynorsk in STATISTICS_NOTES_NN:
        note = note.replace(bokmal, nynorsk)
    words = set(re.findall(r"\w+", note.lower()))
    return None if words & set(BOKMAL_MARKERS) else note


def _statistics_notes(stats: Statistics, language: Language, t: dict[str, str]) -> list[str]:
    """The lines under the statistics table: source, summing, the statistics' own notes,
    the largest country groups."""
    source = t["statistics_source"].format(source=clean_text(stats.source))
    if str(stats.year) not in stats.source:
        source = f"{t['statistics_year'].format(year=stats.year)} {source}"
    notes = [source]
    own = [n for n in (_localize_note(n, language) for n in stats.notes) if n]
    if stats.summed_from and not any(" er summen av " in n for n in own):
        notes.append(
            t["statistics_summed"].format(
                county=stats.county_name, parts=join_words(stats.summed_from, t["and"])
            )
        )
    notes += own
    if stats.top_countries:
        # The statistics give (country, rank); counts are shown if a caller gives counts.
        values = [value for _, value in stats.top_countries]
        # Ranks (1, 2, 3, 5 – «Andre» left out) are small and distinct; counts are not.
        if len(set(values)) == len(values) and max(values) <= MAX_RANK:
            names = [name for name, _ in sorted(stats.top_countries, key=lambda c: c[1])]
        else:
            ordered = sorted(stats.top_countries, key=lambda c: -c[1])
            names = [f"{name} ({format_int(n)})" for name, n in ordered]
        notes.append(t["statistics_top"].format(countries=join_words(names, t["and"])))
    notes += [clean_text(f.note.get(language)) for f in stats.plan_figures if f.in_line is False]
    return notes


MAX_RANK = 10
"""Country-group values up to this are the handbook's ranks, not counts."""


def _chart(sections: list[ThemeSection], language: Language, t: dict[str, str]) -> Markup:
    level_names = [LEVEL_NAMES[level][language] for level in sorted(LEVEL_NAMES)]
    return theme_chart(
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


def _summary(assessment: Assessment, sections: list[ThemeSection], t: dict[str, str]) -> list[str]:
    grade = t[f"grade_{min(3, int(assessment.score // 25))}"]
    summary = [t["summary_score"].format(grade=grade, score=format_score(assessment.score))]
    ranked = sorted(sections, key=lambda s: float(s.score), reverse=True)
    strong = [s.title for s in ranked if float(s.score) >= STRONG_SCORE][:2]
    weak = [s.title for s in reversed(ranked) if float(s.score) < WEAK_SCORE][:3]
    if strong:
        summary.append(t["summary_strong"].format(themes=_theme_names(strong, t["and"])))
    if weak:
        summary.append(t["summary_weak"].format(themes=_theme_names(weak, t["and"])))
    return summary


def _theme_names(titles: list[str], conjunction: str) -> str:
    """Theme names in a sentence, lower-cased: ``bolig og språkopplæring``; in «» when
    a name has the conjunction in it, so «frivillighet og lokal deltakelse» og «bolig»
    reads as two themes."""
    names = [lowercase_first(title) for title in titles]
    if len(names) > 1 and any(f" {conjunction} " in name for name in names):
        names = [f"«{name}»" for name in names]
    return join_words(names, conjunction)


STRONG_SCORE = 67.0
"""A theme scoring this or more is named among the plan's strengths (at most two)."""

WEAK_SCORE = 50.0
"""A theme scoring below this is named among those to strengthen (at most three)."""


def _overrides(assessment: Assessment, language: Language, t: dict[str, str]) -> list[str]:
    """One line per criterion whose level an officer set: who, when, why."""
    lines = []
    for theme in assessment.themes.values():
        for criterion in theme.criteria:
            override = criterion.override
            if override is None:
                continue
            lines.append(
                t["override_item"].format(
                    criterion=criterion.title_nn if language == "nn" else criterion.title,
                    level=criterion.level,
                    level_auto=override.level_auto,
                    by=clean_text(override.by),
                    date=format_date(override.at.date()),
                    justification=clean_text(override.justification),
                )
            )
    return lines


def _ordered_themes(assessment: Assessment) -> list[ThemeResult]:
    themes = [assessment.themes[i] for i in THEME_IDS if i in assessment.themes]
    return themes + [t_ for i, t_ in assessment.themes.items() if i not in THEME_IDS]


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
    address: list[str] | None = None,
    contact: list[str] | None = None,
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
    plan_name = _plan_name(assessment, language, t["subject"])
    subject = " – ".join([t["subject"], plan_name, municipality])
    their_date_text = format_date(their_date) or None

    themes = _ordered_themes(assessment)
    applicable = [theme for theme in themes if theme.applies]
    left_out = [theme.title.get(language) for theme in themes if not theme.applies]

    sections: list[ThemeSection] = []
    evidence_rows: list[EvidenceRow] = []
    for theme in applicable:
        criteria = [c for c in theme.criteria if c.applies]
        advice = sorted((c for c in criteria if c.level < 3), key=lambda c: (-c.weight, c.level))
        from_figures = [
            Advice(
                title=rule.id,
                text=clean_text(f"{rule.reason.get(language)} {rule.advice.get(language)}"),
            )
            for rule in (stats.advice if stats else [])
            if rule.theme == theme.id
        ]
        sections.append(
            ThemeSection(
                id=theme.id,
                title=theme.title.get(language),
                level=theme.level,
                level_name=LEVEL_NAMES[theme.level][language],
                score=format_score(theme.score),
                good=_praise(criteria, language, t),
                missing=[_title(c, language, t) for c in criteria if c.level <= 1],
                advice=[
                    *(
                        Advice(title=_title(c, language, t), text=c.advice.get(language))
                        for c in advice
                    ),
                    *from_figures,
                ],
            )
        )
        for criterion in criteria:
            title = criterion.title_nn if language == "nn" else criterion.title
            for e in sorted(criterion.evidence, key=lambda e: e.page):
                quote = quote_from(e, t)
                text = f"{quote.text} ({quote.detail})" if quote.detail else quote.text
                evidence_rows.append(
                    EvidenceRow(
                        criterion=title,
                        level=e.level,
                        page=e.page_label,
                        section=quote.section,
                        text=text,
                    )
                )

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
        national = stats.national.model_copy(update={"area": t["national_area"]})
        areas = [stats.municipality, stats.county, national]
        statistics_rows = [_figure_row(area) for area in areas if area is not None]
        statistics_notes = _statistics_notes(stats, language, t)

    if their_date_text:
        intro = t["intro_their_date"].format(
            municipality=municipality, date=their_date_text, plan=plan_name, county=county
        )
    else:
        intro = t["intro"].format(municipality=municipality, plan=plan_name, county=county)

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
        intro=intro,
        summary=_summary(assessment, sections, t),
        score=format_score(assessment.score),
        statistics_rows=statistics_rows,
        statistics_notes=statistics_notes,
        themes=sections,
        not_applicable=not_applicable,
        chart=_chart(sections, language, t),
        method=t["method_text"].format(
            library_version=assessment.library_version,
            criteria_version=assessment.criteria_version,
        ),
        levels=_levels(language),
        evidence=evidence_rows,
        notes=[clean_text(note) for note in assessment.notes],
        overrides=_overrides(assessment, language, t),
        address=list(address or []),
        contact=list(contact or []),
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
    chart: Markup = field(default_factory=Markup)
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
    for theme in _ordered_themes(assessment):
        rows = [
            ChecklistRow(
                title=_title(c, language, t),
                level=c.level,
                status=LEVEL_NAMES[c.level][language],
                found=[quote_from(e, t) for e in sorted(c.evidence, key=lambda e: e.page)],
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
    chart_sections = [
        ThemeSection(
            id=theme.id,
            title=theme.title.get(language),
            level=theme.level,
            level_name="",
            score=format_score(theme.score),
            good=[],
            missing=[],
            advice=[],
        )
        for theme in _ordered_themes(assessment)
        if theme.applies
    ]
    return Checklist(
        language=language,
        t=t,
        title=t["checklist_title"].format(plan=clean_text(plan_name or "")),
        intro=t["checklist_intro"],
        score=format_score(assessment.score),
        themes=themes,
        levels=_levels(language),
        chart=_chart(chart_sections, language, t),
    )
