"""Reading Word drafts (.docx) with python-docx.

A .docx has no pages of its own: the document is one page, split where the
author put an explicit page break (a page-break character, «sideskift før» on a
paragraph, or a section break that starts a new page). Headings come from the
paragraph styles (Heading 1 / Overskrift 1 …, Title / Tittel, or an outline
level), list paragraphs become ``"- "`` items (``"1. "`` when numbered), and
tables become blocks of ``" | "`` rows, as in the PDF reader.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import CorruptPlanError, PlanTooLargeError, UnsupportedFormatError
from .limits import Limits
from .structure import Block, PageContent, table_text
from .text import SOFT_HYPHEN, bullet_item, clean, join_lines

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC, _R = W + "p", W + "tbl", W + "tr", W + "tc", W + "r"
_HEADING_STYLE_RE = re.compile(r"^(?:heading|overskrift)\s*(\d)$", re.I)
_TITLE_STYLES = frozenset({"title", "tittel"})
_LIST_STYLE_RE = re.compile(r"^(list|liste)", re.I)
_MAX_STYLE_DEPTH = 10
_DAMAGE = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    KeyError,
    IndexError,
    AttributeError,
    TypeError,
    NotImplementedError,  # a ZIP member packed with an unknown method
    RuntimeError,  # an encrypted ZIP member
    struct.error,
)
"""What python-docx, zipfile and lxml raise on a damaged package."""
PAGE_BREAK = "\f"
"""Marks an explicit page break inside a paragraph's text."""


def _xml_parts_size(path: Path) -> int:
    with zipfile.ZipFile(path) as archive:
        return sum(info.file_size for info in archive.infolist())


class _Styles:
    """Heading levels and list kinds of the document's paragraph styles, by style id."""

    def __init__(self, document: Any) -> None:
        self._by_id: dict[str, Any] = {}
        for style in document.styles:
            style_id = style.style_id
            if style_id:
                self._by_id[style_id] = style

    def _chain(self, style_id: str | None) -> Iterator[Any]:
        style = self._by_id.get(style_id or "")
        for _ in range(_MAX_STYLE_DEPTH):
            if style is None:
                return
            yield style
            style = getattr(style, "base_style", None)

    def heading_level(self, style_id: str | None) -> int | None:
        for style in self._chain(style_id):
            name = (style.name or "").strip()
            match = _HEADING_STYLE_RE.match(name)
            if match:
                return max(1, int(match.group(1)))
            if name.casefold() in _TITLE_STYLES:
                return 1
            outline = _outline_level(style.element.find(W + "pPr"))
            if outline is not None:
                return outline
        return None

    def numbering(self, style_id: str | None) -> tuple[str, int] | None:
        """The (numId, ilvl) a style gives its paragraphs, if it makes them list items."""
        for style in self._chain(style_id):
            found = _num_pr(style.element.find(W + "pPr"))
            if found:
                return found
        return None

    def is_list_style(self, style_id: str | None) -> bool:
        return any(_LIST_STYLE_RE.match(style.name or "") for style in self._chain(style_id))


def _val(element: Any, tag: str) -> str | None:
    child = element.find(W + tag) if element is not None else None
    return child.get(W + "val") if child is not None else None


def _flag(element: Any, tag: str) -> bool:
    """An on/off property such as ``<w:pageBreakBefore/>`` (on unless its value says off)."""
    child = element.find(W + tag) if element is not None else None
    return child is not None and child.get(W + "val") not in ("0", "false", "off")


def _outline_level(ppr: Any) -> int | None:
    value = _val(ppr, "outlineLvl")
    if value is None or not value.isdigit():
        return None
    level = int(value)
    return level + 1 if level < 9 else None


def _num_pr(ppr: Any) -> tuple[str, int] | None:
    num_pr = ppr.find(W + "numPr") if ppr is not None else None
    if num_pr is None:
        return None
    num_id = _val(num_pr, "numId")
    level = _val(num_pr, "ilvl")
    if not num_id or num_id == "0":
        return None
    return num_id, int(level) if level and level.isdigit() else 0


class _Numbering:
    """Whether a list (numId, ilvl) is bulleted or numbered, and its running counters."""

    def __init__(self, document: Any) -> None:
        self._formats: dict[tuple[str, int], str] = {}
        self._counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, str]] = {}
        for element in root.findall(W + "abstractNum"):
            levels = {}
            for lvl in element.findall(W + "lvl"):
                index = lvl.get(W + "ilvl") or "0"
                if index.isdigit():
                    levels[int(index)] = _val(lvl, "numFmt") or "bullet"
            abstract[element.get(W + "abstractNumId") or ""] = levels
        for num in root.findall(W + "num"):
            levels = abstract.get(_val(num, "abstractNumId") or "", {})
            for index, fmt in levels.items():
                self._formats[(num.get(W + "numId") or "", index)] = fmt

    def prefix(self, num_id: str, level: int) -> str:
        if self._formats.get((num_id, level), "bullet") in ("bullet", "none"):
            return "- "
        counters = self._counters.setdefault(num_id, [0] * 9)
        level = min(level, 8)
        counters[level] += 1
        counters[level + 1 :] = [0] * (8 - level)
        return f"{counters[level]}. "


def _run_text(run: Any) -> str:
    parts: list[str] = []
    for child in run:
        tag = child.tag
        if tag == W + "t":
            parts.append(child.text or "")
        elif tag == W + "tab":
            parts.append(" ")
        elif tag in (W + "br", W + "cr"):
            parts.append(PAGE_BREAK if child.get(W + "type") == "page" else "\n")
        elif tag == W + "noBreakHyphen":
            parts.append("-")
        elif tag == W + "softHyphen":
            parts.append(SOFT_HYPHEN)
    return "".join(parts)


def paragraph_text(paragraph: Any) -> str:
    """The text of a ``w:p`` element: runs, hyperlinks and insertions, not deletions."""
    parts: list[str] = []
    for element in paragraph.iter(_R):
        ancestor = element.getparent()
        if ancestor is not None and ancestor.tag in (W + "del", W + "moveFrom"):
            continue
        parts.append(_run_text(element))
    return "".join(parts)


def _cell_text(cell: Any) -> str:
    return " ".join(
        text for p in cell.iter(_P) if (text := join_lines(paragraph_text(p).split("\n")))
    )


def _table_rows(table: Any) -> list[list[str]]:
    rows = []
    for row in table.iterchildren(_TR):
        cells = [_cell_text(cell) for cell in row.iterchildren(_TC)]
        if any(cells):
            rows.append(cells)
    return rows


class _Pages:
    """Collects blocks into pages, with list items gathered into list blocks."""

    def __init__(self) -> None:
        self.pages: list[list[Block]] = [[]]
        self._items: list[str] = []

    def _flush_list(self) -> None:
        if self._items:
            self.pages[-1].append(Block("list", "\n".join(self._items)))
            self._items = []

    def new_page(self) -> None:
        self._flush_list()
        if self.pages[-1]:
            self.pages.append([])

    def add(self, block: Block) -> None:
        self._flush_list()
        self.pages[-1].append(block)

    def add_item(self, text: str) -> None:
        self._items.append(text)


def _read_body(document: Any, pages: _Pages) -> None:
    styles = _Styles(document)
    numbering = _Numbering(document)
    body = document.element.body
    for element in body.iterchildren():
        if element.tag == _TBL:
            rows = _table_rows(element)
            if any(sum(1 for cell in row if cell) >= 2 for row in rows):
                pages.add(Block("table", table_text(rows), rows=rows))
            else:
                for row in rows:
                    for cell in row:
                        if cell:
                            pages.add(Block("paragraph", cell))
            continue
        if element.tag != _P:
            continue
        ppr = element.find(W + "pPr")
        if _flag(ppr, "pageBreakBefore"):
            pages.new_page()
        style_id = _val(ppr, "pStyle")
        for index, piece in enumerate(paragraph_text(element).split(PAGE_BREAK)):
            if index:
                pages.new_page()
            _add_paragraph(piece, ppr, style_id, styles, numbering, pages)
        section = ppr.find(W + "sectPr") if ppr is not None else None
        if section is not None and _val(section, "type") not in ("continuous",):
            pages.new_page()


def _add_paragraph(
    raw: str,
    ppr: Any,
    style_id: str | None,
    styles: _Styles,
    numbering: _Numbering,
    pages: _Pages,
) -> None:
    text = join_lines(raw.split("\n"))
    if not text:
        return
    level = _outline_level(ppr) or styles.heading_level(style_id)
    if level is not None and len(text) <= 300:
        pages.add(Block("heading", text, level=level))
        return
    numbered = _num_pr(ppr) or styles.numbering(style_id)
    if numbered:
        pages.add_item(numbering.prefix(*numbered) + text)
    elif bullet_item(text):
        pages.add_item(bullet_item(text) or text)
    elif styles.is_list_style(style_id):
        pages.add_item("- " + text)
    else:
        pages.add(Block("paragraph", clean(text)))


def read_docx(path: Path, *, limits: Limits) -> list[PageContent]:
    """Pages of blocks of a Word document (one page unless it has explicit page breaks).

    Raises:
        CorruptPlanError: The file is a damaged Word document.
        UnsupportedFormatError: A Word template, macro document or other Office file.
        PlanTooLargeError: The document unpacks to more than ``limits.max_bytes``,
            or has more pages than ``limits.max_pages``.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    name = path.name
    try:
        unpacked = _xml_parts_size(path)
    except _DAMAGE as e:
        raise CorruptPlanError(
            f"Filen «{name}» ser ut som et Word-dokument, men er skadet eller avkortet. "
            "Åpne den i Word og lagre den på nytt.",
            path=path,
        ) from e
    if unpacked > limits.max_bytes:
        raise PlanTooLargeError(
            f"Word-dokumentet «{name}» pakker seg ut til {unpacked / 1e6:.0f} MB, mer enn "
            f"grensen på {limits.max_bytes / 1e6:.0f} MB. Øk grensen med max_bytes=… om "
            "filen er riktig.",
            path=path,
        )
    try:
        document = docx.Document(str(path))
    except ValueError as e:
        if "content type" in str(e):
            raise UnsupportedFormatError(
                f"Filen «{name}» er ikke et vanlig Word-dokument (.docx), men for eksempel "
                "en mal eller et dokument med makroer. Lagre det som .docx eller PDF.",
                path=path,
            ) from e
        raise _corrupt(name, path) from e
    except (PackageNotFoundError, SyntaxError, *_DAMAGE) as e:  # SyntaxError: lxml's
        raise _corrupt(name, path) from e
    pages = _Pages()
    try:
        _read_body(document, pages)
    except (ValueError, *_DAMAGE) as e:
        raise _corrupt(name, path) from e
    pages.new_page()
    contents = [
        PageContent(number=i, label=str(i), blocks=blocks)
        for i, blocks in enumerate(pages.pages, start=1)
        if blocks or i == 1
    ]
    limits.check_pages(len(contents), name)
    return contents


def _corrupt(name: str, path: Path) -> CorruptPlanError:
    return CorruptPlanError(
        f"Filen «{name}» er et skadet Word-dokument og kan ikke leses. "
        "Åpne den i Word og lagre den på nytt, eller lagre planen som PDF.",
        path=path,
    )
