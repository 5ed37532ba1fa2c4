"""Reading plans written as plain text (.txt) or Markdown (.md).

Blank lines separate paragraphs; Markdown ``#`` headings, ``-``/``*`` bullets and
``|`` tables are recognised. A form feed (``\\f``) starts a new page.
"""

from __future__ import annotations

import re

from .structure import Block, PageContent
from .text import bullet_item, clean, is_list_item, join_lines

_MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_RULE_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_MD_EMPHASIS_RE = re.compile(r"(\*\*|__)(.+?)\1")
_MD_BULLET_RE = re.compile(r"^\s*[*+]\s+")
_TEXT_HEADING_RE = re.compile(r"^\s*\d{1,2}(\.\d{1,2})*\.?\s+[A-ZÆØÅ][^.!?]{1,100}$")


def _table_rows(lines: list[str]) -> list[list[str]]:
    rows = []
    for line in lines:
        if _MD_RULE_RE.match(line):
            continue
        cells = [clean(cell) for cell in line.strip().strip("|").split("|")]
        rows.append(cells)
    return rows


def _paragraph_blocks(chunk: list[str], markdown: bool) -> list[Block]:
    blocks: list[Block] = []
    buffer: list[str] = []
    items: list[list[str]] = []

    def flush() -> None:
        if buffer:
            blocks.append(Block("paragraph", join_lines(buffer)))
            buffer.clear()
        if items:
            blocks.append(Block("list", "\n".join(join_lines(item) for item in items)))
            items.clear()

    for raw in chunk:
        line = _MD_EMPHASIS_RE.sub(r"\2", raw) if markdown else raw
        if markdown:
            line = _MD_BULLET_RE.sub("• ", line)
        if is_list_item(line):
            if buffer:
                flush()
            items.append([bullet_item(line) or line.strip()])
        elif items and raw.startswith((" ", "\t")):
            items[-1].append(line)
        else:
            if items:
                flush()
            buffer.append(line)
    flush()
    return blocks


def text_blocks(text: str, *, markdown: bool) -> list[Block]:
    """The blocks of one page of text or Markdown."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [line.rstrip() for line in chunk.split("\n") if line.strip()]
        if not lines:
            continue
        heading = _MD_HEADING_RE.match(lines[0]) if markdown else None
        if not markdown and len(lines) == 1 and _TEXT_HEADING_RE.match(lines[0]):
            blocks.append(Block("heading", clean(lines[0])))
            continue
        if heading:
            blocks.append(Block("heading", clean(heading.group(2)), level=len(heading.group(1))))
            lines = lines[1:]
            if not lines:
                continue
        if markdown and all(line.lstrip().startswith("|") for line in lines) and len(lines) >= 2:
            rows = _table_rows(lines)
            blocks.append(Block("table", "\n".join(" | ".join(r) for r in rows), rows=rows))
            continue
        blocks.extend(_paragraph_blocks(lines, markdown))
    return blocks


def read_text(text: str, *, markdown: bool) -> list[PageContent]:
    """Pages of a text or Markdown plan (form feeds separate pages)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if markdown:
        # A Markdown heading always starts a block of its own.
        text = re.sub(r"(?m)^(#{1,6}\s)", r"\n\1", text)
        text = re.sub(r"(?m)^(#{1,6}\s.*)$", r"\1\n", text)
    pages = text.split("\f")
    return [
        PageContent(number=i, label=str(i), blocks=text_blocks(page, markdown=markdown))
        for i, page in enumerate(pages, start=1)
    ]
