"""Text clean-up shared by all formats: hyphenation, bullets, page numbers.

Conventions of :attr:`planvurdering.models.Page.text` (the grading relies on
them): paragraphs are separated by a blank line, the lines of a paragraph are
joined with a space, words hyphenated at a line end are joined, and bullet
items stand on their own line starting with ``"• "`` or ``"- "``.
"""

from __future__ import annotations

import re

SOFT_HYPHEN = "\u00ad"
PDFIUM_HYPHEN = "\ufffe"
"""PDFium's mark for a hyphen at a line end that it joined to the next line."""

LINE_END_HYPHENS = ("-", "\u2010", "\u2011", SOFT_HYPHEN)
"""Characters that may end a line inside a hyphenated word (not en or em dashes)."""

CONJUNCTIONS = frozenset(
    {"og", "eller", "samt", "som", "enn", "and", "or", "el.", "og/eller", "til", "&"}
)
"""Words after which «bolig- og tjenesteområdet» keeps its hyphen and its space."""

BULLET_CHARS = "•●▪■◦○‣∙·\uf0b7\uf0a7\uf076\uf0d8\uf0fc"
DASH_BULLETS = "-–—"

_BULLET_RE = re.compile(rf"^\s*([{BULLET_CHARS}]|[{DASH_BULLETS}](?=\s)|o(?=\s))\s*")
_NUMBERED_ITEM_RE = re.compile(r"^\s*(\d{1,2}|[a-z])[.)]\s+")
_WS_RE = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffd\uffff]")


def clean(text: str) -> str:
    """Collapse runs of spaces and remove control characters (not newlines)."""
    return _WS_RE.sub(" ", _CONTROL_RE.sub("", text)).strip()


def bullet_item(line: str) -> str | None:
    """``"• tekst"`` or ``"- tekst"`` when ``line`` starts with a bullet, else None."""
    match = _BULLET_RE.match(line)
    if not match:
        return None
    rest = line[match.end() :].strip()
    if not rest:
        return None
    marker = "- " if match.group(1) in DASH_BULLETS else "• "
    return marker + rest


def is_bullet_marker(text: str) -> bool:
    """Whether ``text`` is a bullet marker on its own (drawn apart from its item)."""
    stripped = text.strip()
    return len(stripped) == 1 and (stripped in BULLET_CHARS or stripped in DASH_BULLETS)


def marker_prefix(marker: str) -> str:
    """The normalised prefix for a bullet ``marker``: ``"- "`` for dashes, else ``"• "``."""
    return "- " if marker.strip() in DASH_BULLETS else "• "


def is_list_item(line: str) -> bool:
    """Whether ``line`` starts a list item (bullet or ``1)``/``a.`` numbering)."""
    return bool(_BULLET_RE.match(line) or _NUMBERED_ITEM_RE.match(line))


def _keeps_hyphen(before: str, after: str) -> bool:
    """Whether a hyphen between ``before`` and ``after`` at a line end is a real one."""
    word = before.rsplit(" ", 1)[-1].rsplit("-", 1)[-1]
    following = after.split(" ", 1)[0]
    if not word or not following:
        return True
    if following.lower() in CONJUNCTIONS:
        return True
    if following[0].isupper() or following[0].isdigit() or word[-1].isdigit():
        return True
    # Abbreviations and names before a hyphen: «IMDi-kontoret», «EØS-borger», «NAV-».
    return any(char.isupper() for char in word[1:])


def join_lines(lines: list[str]) -> str:
    """Join the lines of one paragraph into one line.

    A word hyphenated at a line end is joined («mulig-»/«heter» → «muligheter»);
    a real hyphen is kept («Nord-»/«Trøndelag» → «Nord-Trøndelag», «bolig-»/«og»
    → «bolig- og»), and so are dashes («2024–»/«2036» → «2024–2036»).
    """
    pieces = [piece for raw in lines for piece in _split_pdfium(raw)]
    out = ""
    for piece in pieces:
        line = clean(piece)
        if not line:
            continue
        if not out:
            out = line
            continue
        last, stem = out[-1], out[:-1]
        if last in (SOFT_HYPHEN, "\u2010", "\u2011"):
            # Inserted by hyphenation: join, unless a capital shows a real compound.
            out = stem + ("-" if line[0].isupper() else "") + line
        elif last in ("-", PDFIUM_HYPHEN):
            if _keeps_hyphen(stem, line):
                following = line.split(" ", 1)[0]
                out = stem + ("- " if following.lower() in CONJUNCTIONS else "-") + line
            else:
                out = stem + line
        elif last in "–—/" and not out.endswith((" –", " —")):
            out = out + line
        else:
            out = out + " " + line
    return out.replace(SOFT_HYPHEN, "").replace(PDFIUM_HYPHEN, "-")


def _split_pdfium(raw: str) -> list[str]:
    """Split a PDFium line at its joined-hyphen marks, keeping the mark on the first part."""
    if PDFIUM_HYPHEN not in raw:
        return [raw]
    parts = raw.split(PDFIUM_HYPHEN)
    return [part + PDFIUM_HYPHEN for part in parts[:-1]] + [parts[-1]]


_PAGE_NUMBER_PATTERNS = (
    re.compile(r"^(?:side|s\.|page|sida)?\s*(\d{1,4})(?:\s*(?:av|/|of)\s*\d{1,4})?$", re.I),
    re.compile(r"^[-–—(]\s*(\d{1,4})\s*[-–—)]$"),
    re.compile(r"^(\d{1,4})\s*[|–—-]\s+\D.*$"),
    re.compile(r"^\D.*\s[|–—-]\s*(?:side\s*)?(\d{1,4})$", re.I),
    re.compile(r"^\D.*\S\s{2,}(\d{1,4})$"),
    re.compile(r"^.*\bside\s+(\d{1,4})(?:\s*(?:av|/)\s*\d{1,4})?$", re.I),
)


def page_number_in(line: str) -> int | None:
    """The page number printed in a header or footer line, e.g. «Side 4 av 20» → 4."""
    text = line.strip()
    for pattern in _PAGE_NUMBER_PATTERNS:
        match = pattern.match(text)
        if match:
            number = int(match.group(1))
            return number if number > 0 else None
    return None


_DIGITS_RE = re.compile(r"\d+")


_DASHES_RE = re.compile(r"[\u2010-\u2015\u2212-]")


def repetition_key(line: str) -> str:
    """A key under which running headers and footers repeat (digits masked, case folded,
    dashes alike, so that an OCR page's «2024-2036» repeats «2024–2036»)."""
    return _DASHES_RE.sub("-", _DIGITS_RE.sub("#", clean(line).casefold()))
