"""From blocks of text to a :class:`~planvurdering.models.Plan`: headings, title,
municipality and plan type.

Every format (PDF, DOCX, Markdown, text) is first read into :class:`PageContent`
— a page of blocks (headings, paragraphs, lists, tables) in reading order — and
then assembled here, so the page-text conventions hold for all of them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from ..criteria import load_criteria
from ..errors import CriteriaError
from ..models import Heading, Page, Plan, Table

BlockKind = Literal["heading", "paragraph", "list", "table"]

_NUMBERED_HEADING_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(\S.*)$")
_MUNICIPALITY_RE = re.compile(
    r"\b((?:[A-ZÆØÅ][a-zæøåéüö]+[- ])?[A-ZÆØÅ][a-zæøåéüö]+(?:-[A-ZÆØÅ][a-zæøåéüö]+)?)"
    r" (kommune)\b"
)
_NOT_MUNICIPALITY = frozenset(
    {
        "Alle", "Annen", "Anna", "Den", "Denne", "Dette", "Din", "Ein", "En", "Eigen", "Egen",
        "Hver", "Kvar", "Nabo", "Samme", "Same", "Vår", "Vertskommune", "Ny", "Nye", "Hele",
        "Heile", "Aktuell", "Og", "For", "I", "Til", "Fra", "Frå", "Ved", "Som", "Med",
    }
)  # fmt: skip
TITLE_AREA = 600
"""How many characters from the start count as the title page's heading area."""
FRONT_PAGES = 3
"""How many pages from the start are searched for the title, municipality and plan type."""


@dataclass
class Block:
    """A unit of a page in reading order.

    ``text`` of a list holds its items one a line (``"• …"``); of a table, its
    rows with cells joined by ``" | "``.
    """

    kind: BlockKind
    text: str
    level: int | None = None
    rows: list[list[str]] | None = None


@dataclass
class PageContent:
    """A page read from any format, before assembly into a :class:`Page`."""

    number: int
    label: str
    blocks: list[Block] = field(default_factory=list)
    ocr: bool = False


def table_text(rows: list[list[str]]) -> str:
    """A table's rows as text lines, cells joined by ``" | "``."""
    return "\n".join(" | ".join(cell for cell in row) for row in rows if any(row))


def make_heading(text: str, level: int | None, page: int) -> Heading:
    """A :class:`Heading` from its text; numbering such as «4.3» sets the level."""
    match = _NUMBERED_HEADING_RE.match(text)
    if match and match.group(2)[0].isalpha():
        number = match.group(1)
        return Heading(number=number, title=match.group(2), level=number.count(".") + 1, page=page)
    return Heading(title=text, level=max(1, level or 1), page=page)


def build_page(content: PageContent) -> Page:
    """Assemble a :class:`Page` from its blocks."""
    headings: list[Heading] = []
    tables: list[Table] = []
    parts: list[str] = []
    for block in content.blocks:
        if not block.text.strip():
            continue
        if block.kind == "heading":
            headings.append(make_heading(block.text, block.level, content.number))
        elif block.kind == "table" and block.rows:
            tables.append(Table(page=content.number, rows=block.rows))
        parts.append(block.text)
    return Page(
        number=content.number,
        label=content.label,
        text="\n\n".join(parts),
        ocr=content.ocr,
        headings=headings,
        tables=tables,
    )


def normalise_levels(headings: list[Heading]) -> None:
    """Make heading levels consecutive depths of a tree, in document order.

    Levels that jump (2, 3, 5, or a first heading at level 3) become depths
    (1, 2, 3): a heading's depth is one more than that of the nearest heading
    before it with a smaller level.
    """
    open_levels: list[int] = []
    for heading in headings:
        level = heading.level
        while open_levels and open_levels[-1] >= level:
            open_levels.pop()
        open_levels.append(level)
        heading.level = len(open_levels)


@lru_cache(maxsize=1)
def _plan_type_phrases() -> tuple[tuple[str, tuple[str, ...]], ...]:
    criteria = load_criteria()
    return tuple(
        (plan_type, tuple(phrase.casefold() for phrase in info.detect))
        for plan_type, info in criteria.plan_types.items()
    )


def _count_phrases(text: str, phrases: tuple[str, ...]) -> int:
    folded = text.casefold()
    return sum(len(re.findall(r"(?<![\wæøå])" + re.escape(phrase), folded)) for phrase in phrases)


def _count_mentions(text: str, phrases: tuple[str, ...]) -> int:
    """Mentions of any of ``phrases``, each place once («kommuneplanens samfunnsdel» is one)."""
    if not phrases:
        return 0
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return len(re.findall(r"(?<![\wæøå])(?:" + alternatives + ")", text.casefold()))


def detect_plan_type(title: str | None, front_text: str) -> str | None:
    """The plan type id whose ``detect`` phrases the title (else the first pages) state.

    The title counts first, then the title area (the first ``TITLE_AREA``
    characters), then the rest of the first pages, where the type must be named
    at least twice and twice as often as any other (so that a plan named in
    passing, «jf. kommuneplanens samfunnsdel», does not decide it). A title that
    names a plan of no known type gives ``annen``. None when no phrase is found or
    two types are equally likely.
    """
    types = _plan_type_phrases()
    title_names_a_plan = bool(title and re.search(r"plan|strategi|melding", title.casefold()))
    areas = (title or "", front_text[:TITLE_AREA], front_text[TITLE_AREA:])
    for index, text in enumerate(areas):
        if index == 1 and title_names_a_plan:
            # The title says what plan this is («Kommunedelplan for veg og vatn»); other plans
            # named on the first page are references, not its type.
            return "annen" if any(t == "annen" for t, _ in types) else None
        count = _count_mentions if index == 2 else _count_phrases
        counts = Counter(
            {plan_type: n for plan_type, phrases in types if (n := count(text, phrases))}
        )
        ranked = counts.most_common(2)
        if not ranked:
            continue
        if index == 2:
            runner_up = ranked[1][1] if len(ranked) == 2 else 0
            return ranked[0][0] if ranked[0][1] >= max(2, 2 * runner_up) else None
        if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]
    return None


def detect_municipality(title: str | None, front_text: str) -> str | None:
    """«Fjordvik kommune» as the title or the first pages name it, else None."""
    for text in (title or "", front_text[:TITLE_AREA], front_text):
        names = Counter(
            f"{match.group(1)} {match.group(2)}"
            for match in _MUNICIPALITY_RE.finditer(text)
            if match.group(1).split()[0].split("-")[0] not in _NOT_MUNICIPALITY
        )
        if names:
            return names.most_common(1)[0][0]
    return None


def detect_title(pages: list[Page]) -> str | None:
    """The first heading of the first page with text, else its first line."""
    for page in pages[:FRONT_PAGES]:
        if page.headings:
            return page.headings[0].display
        first = page.text.strip().split("\n", 1)[0].strip()
        if first:
            return first[:200]
    return None


def _title_after(pages: list[Page], name: str) -> str | None:
    """The plan's own title when the largest heading only names the municipality."""
    for page in pages[:1]:
        blocks = [block.strip() for block in page.text.split("\n\n") if block.strip()]
        for index, block in enumerate(blocks[:-1]):
            following = blocks[index + 1]
            if block == name.strip() and len(following) <= 150 and "\n" not in following:
                return following
    return None


def build_plan(
    contents: list[PageContent],
    *,
    source: str | None,
    sha256: str | None,
    warnings: list[str],
    title: str | None = None,
) -> Plan:
    """Assemble the :class:`Plan`: pages, then title, municipality and plan type."""
    pages = [build_page(content) for content in contents]
    normalise_levels([heading for page in pages for heading in page.headings])
    title = title or detect_title(pages)
    if title and _MUNICIPALITY_RE.fullmatch(title.strip()):
        title = _title_after(pages, title) or title
    front_text = "\n\n".join(page.text for page in pages[:FRONT_PAGES])
    try:
        plan_type = detect_plan_type(title, front_text)
    except CriteriaError as e:
        plan_type = None
        warnings.append(f"Plantypen ble ikke bestemt fordi kriteriekatalogen ikke kunne leses: {e}")
    return Plan(
        source=source,
        sha256=sha256,
        title=title,
        municipality=detect_municipality(title, front_text),
        plan_type=plan_type,
        pages=pages,
        warnings=warnings,
    )
