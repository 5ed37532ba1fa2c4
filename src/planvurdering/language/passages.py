"""Splitting a plan's pages into passages: headings, paragraphs, list items, table rows.

The reader puts each paragraph in its own block (blank line between), each
list item on a line of its own («- », «• »), and each table row as a line of
cells joined by « | ». A passage remembers the section it stands under and, for
list items and table rows, the lead-in or header row that introduces it: a
measure in a list whose lead-in names the partners has those partners.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Heading, Page

_BULLET_RE = re.compile(r"^\s*(?:[-•–*▪●○◦]|\d{1,2}[.)]|[a-zæøå][.)])\s+")
_NUMBERED_HEADING_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+([A-ZÆØÅ].{1,90})$")


@dataclass
class Passage:
    """A unit of plan text with its place in the document."""

    page: Page
    text: str
    kind: str
    """'heading', 'paragraph', 'item' or 'row'."""
    section: tuple[str, ...] = ()
    """The heading path above it, outermost first."""
    lead_in: Passage | None = None
    """The paragraph introducing a list item, or the header row of a table row."""
    headings: list[Passage] = field(default_factory=list)
    """The heading passages of ``section``."""

    @property
    def section_text(self) -> str | None:
        """'4 Levekår › 4.3 Bolig', or None outside any section."""
        return " › ".join(self.section) if self.section else None


def _heading_level(line: str, known: dict[str, Heading]) -> int | None:
    stripped = line.strip()
    heading = known.get(stripped.lower())
    if heading is not None:
        return heading.level
    match = _NUMBERED_HEADING_RE.match(stripped)
    if match and not stripped.endswith((".", ",", ";")) and len(stripped.split()) <= 12:
        return match.group(1).count(".") + 1
    return None


def split_passages(pages: list[Page]) -> list[Passage]:
    """All passages of ``pages`` in reading order."""
    passages: list[Passage] = []
    stack: list[tuple[int, Passage]] = []
    for page in pages:
        known = {h.display.lower(): h for h in page.headings}
        known.update({h.title.lower(): h for h in page.headings})
        for block in re.split(r"\n\s*\n", page.text):
            lines = [line.rstrip() for line in block.split("\n") if line.strip()]
            paragraph: list[str] = []
            lead_in: Passage | None = None
            header_row: Passage | None = None

            def context() -> tuple[tuple[str, ...], list[Passage]]:
                return tuple(p.text for _, p in stack), [p for _, p in stack]

            def flush() -> None:
                nonlocal paragraph, lead_in
                if paragraph:
                    section, headings = context()
                    passage = Passage(page, " ".join(paragraph), "paragraph", section, None, headings)
                    passages.append(passage)
                    lead_in = passage
                    paragraph = []

            for line in lines:
                level = _heading_level(line, known)
                if level is not None and not paragraph:
                    while stack and stack[-1][0] >= level:
                        stack.pop()
                    passage = Passage(page, line.strip(), "heading")
                    passage.section, passage.headings = context()
                    passages.append(passage)
                    stack.append((level, passage))
                    lead_in = None
                    header_row = None
                    continue
                if " | " in line or line.strip().startswith("|"):
                    flush()
                    cells = [c.strip() for c in line.strip().strip("|").split("|")]
                    text = " | ".join(c for c in cells if c)
                    if not text:
                        continue
                    section, headings = context()
                    row = Passage(page, text, "row", section, header_row or lead_in, headings)
                    passages.append(row)
                    if header_row is None:
                        header_row = row
                    continue
                bullet = _BULLET_RE.match(line)
                if bullet:
                    flush()
                    section, headings = context()
                    item = line[bullet.end() :].strip()
                    passages.append(Passage(page, item, "item", section, lead_in, headings))
                    continue
                if paragraph and paragraph[-1].endswith("-") and line[:1].islower():
                    paragraph[-1] = paragraph[-1][:-1] + line.strip()
                else:
                    paragraph.append(line.strip())
            flush()
    return passages
