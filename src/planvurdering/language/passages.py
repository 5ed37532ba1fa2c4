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
from .norwegian import FUNCTION_WORDS

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


UNNUMBERED_HEADING_LEVEL = 9
"""Below any numbered heading: an unnumbered one only replaces the previous one."""


def _unnumbered_heading_level(line: str) -> int | None:
    """A short line without closing punctuation that opens a block, with text after
    it («Voksenopplæringen (VO)», «Evaluering av førre samfunnsdel (2014–2024)»):
    a heading the reader did not mark (plain text, a heading in body type)."""
    stripped = line.strip()
    if (
        not stripped[:1].isupper()
        or stripped.endswith((".", ",", ";", ":", "-", "!", "?"))
        or len(stripped) > 70
        or len(stripped.split()) > 9
        or " | " in stripped
        or _BULLET_RE.match(line)
    ):
        return None
    words = [w.strip("()«»,").lower() for w in stripped.split()]
    if words[-1] in FUNCTION_WORDS or set(words) & _FINITE_VERBS:
        # «Kommunen skal i planperioden styrke samarbeidet med» is a wrapped line.
        return None
    return UNNUMBERED_HEADING_LEVEL


_FINITE_VERBS = frozenset(
    "skal vil har er kan må bør blir vert var hadde ble vart gir gjev får fekk fikk".split()
)


class _Splitter:
    """Walks the pages, keeping the heading stack and the current lead-in."""

    def __init__(self) -> None:
        self.passages: list[Passage] = []
        self.stack: list[tuple[int, Passage]] = []
        self.paragraph: list[str] = []
        self.lead_in: Passage | None = None
        self.header_row: Passage | None = None

    def _add(self, page: Page, text: str, kind: str, lead_in: Passage | None = None) -> Passage:
        section = tuple(p.text for _, p in self.stack)
        headings = [p for _, p in self.stack]
        passage = Passage(page, text, kind, section, lead_in, headings)
        self.passages.append(passage)
        return passage

    def flush(self, page: Page) -> None:
        if self.paragraph:
            self.lead_in = self._add(page, " ".join(self.paragraph), "paragraph")
            self.paragraph = []

    def heading(self, page: Page, line: str, level: int) -> None:
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        self.stack.append((level, self._add(page, line.strip(), "heading")))
        self.lead_in = None
        self.header_row = None

    def row(self, page: Page, line: str) -> None:
        self.flush(page)
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        text = " | ".join(c for c in cells if c)
        if text:
            row = self._add(page, text, "row", self.header_row or self.lead_in)
            if self.header_row is None:
                self.header_row = row

    def item(self, page: Page, text: str) -> None:
        self.flush(page)
        self._add(page, text, "item", self.lead_in)

    def line(self, page: Page, line: str) -> None:
        if self.paragraph and self.paragraph[-1].endswith("-") and line[:1].islower():
            self.paragraph[-1] = self.paragraph[-1][:-1] + line.strip()
        else:
            self.paragraph.append(line.strip())

    def block(self, page: Page, block: str, known: dict[str, Heading]) -> None:
        self.lead_in = None
        self.header_row = None
        lines = [line.rstrip() for line in block.split("\n") if line.strip()]
        for n, line in enumerate(lines):
            level = _heading_level(line, known)
            bullet = _BULLET_RE.match(line)
            if (
                level is None
                and n + 1 < len(lines)
                and (lines[n + 1].strip()[:1].isupper() or _BULLET_RE.match(lines[n + 1]))
                and (not self.paragraph or self.paragraph[-1].endswith((".", "!", "?", ":")))
            ):
                level = _unnumbered_heading_level(line)
                if level is not None:
                    self.flush(page)
            if level is not None and not self.paragraph:
                self.heading(page, line, level)
            elif " | " in line or line.strip().startswith("|"):
                self.row(page, line)
            elif bullet:
                self.item(page, line[bullet.end() :].strip())
            else:
                self.line(page, line)
        self.flush(page)


def split_passages(pages: list[Page]) -> list[Passage]:
    """All passages of ``pages`` in reading order."""
    splitter = _Splitter()
    for page in pages:
        known = {h.display.lower(): h for h in page.headings}
        known.update({h.title.lower(): h for h in page.headings})
        for block in re.split(r"\n\s*\n", page.text):
            splitter.block(page, block, known)
    return splitter.passages
