"""Reading PDF plans with PDFium (pypdfium2): lines, columns, tables, labels.

PDFium gives the text of a page in content order with its line breaks; this
module asks it for the boxes and fonts of whole lines (not of every character,
which is slow), splits lines at wide gaps, finds tables from ruling lines, puts
two-column pages in column order, drops running headers and footers, and reads
the printed page numbers.
"""

from __future__ import annotations

import ctypes
import itertools
import math
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..errors import (
    CorruptPlanError,
    EncryptedPlanError,
    NoTextLayerError,
    PlanReadError,
    PlanTooLargeError,
)
from .content import page_content_sizes
from .limits import Limits
from .ocr import recognised_copy
from .structure import Block, PageContent, table_text
from .text import (
    PDFIUM_HYPHEN,
    bullet_item,
    is_bullet_marker,
    is_list_item,
    join_lines,
    marker_prefix,
    page_number_in,
    repetition_key,
)

MARGIN_BAND = 0.1
"""Share of the page height at top and bottom where headers and footers live."""
HEADING_SIZE_RATIO = 1.15
"""A line this much larger than the body text is a heading."""
MAX_RULINGS = 3000
"""Pages with more line segments than this (maps, charts) are not searched for tables."""
MAX_COORDINATE = 100_000.0
"""Points; PDF pages are at most 14 400 points wide. Text placed further out is dropped."""
_OCR_HEADING_RE = re.compile(r"^\d{1,2}(\.\d{1,2}){0,3}\.?\s+[A-ZÆØÅ]")
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demibold", "demi")


@dataclass
class Line:
    """A line of text with its box (PDF points, y upwards) and font."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    bold: bool
    row: int = -1
    baseline: float = 0.0
    table: Block | None = None
    flow: int = 0

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 1.0)

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass
class RawPage:
    """A page's lines before headers, footers and paragraphs are settled."""

    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    label: str | None = None
    image_area: float = 0.0
    chars: int = 0
    ocr: bool = False

    @property
    def looks_scanned(self) -> bool:
        """An image covers a third of the page and there is (next to) no text outside the
        header and footer bands."""
        top, bottom = self.height * (1 - MARGIN_BAND), self.height * MARGIN_BAND
        body = sum(len(line.text) for line in self.lines if line.y0 < top and line.y1 > bottom)
        return self.image_area >= 0.3 * self.width * self.height and body < 20


# ------------------------------------------------------------------ opening


def open_pdf(path: Path, password: str | None) -> pdfium.PdfDocument:
    """Open a PDF with PDFium, turning its errors into planvurdering errors."""
    name = path.name
    try:
        return pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as e:
        code = getattr(e, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            if password:
                raise EncryptedPlanError(
                    f"Filen «{name}» er kryptert, og passordet som ble oppgitt, er feil.",
                    path=path,
                ) from e
            raise EncryptedPlanError(
                f"Filen «{name}» er kryptert. Oppgi passordet med password=…", path=path
            ) from e
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise EncryptedPlanError(
                f"Filen «{name}» er beskyttet med en sikkerhetsordning som ikke støttes. "
                "Lagre den som en ubeskyttet PDF og prøv igjen.",
                path=path,
            ) from e
        raise CorruptPlanError(
            f"Filen «{name}» er skadet eller avkortet og kan ikke leses som PDF ({e}). "
            "Lagre eller eksporter PDF-en på nytt.",
            path=path,
        ) from e


def page_labels(pdf: pdfium.PdfDocument, count: int) -> list[str | None]:
    """The page labels of the catalog (``/PageLabels``), None where there is none."""
    labels: list[str | None] = []
    for index in range(count):
        size = pdfium_c.FPDF_GetPageLabel(pdf.raw, index, None, 0)
        if size <= 2:
            labels.append(None)
            continue
        buffer = ctypes.create_string_buffer(size)
        pdfium_c.FPDF_GetPageLabel(pdf.raw, index, buffer, size)
        label = buffer.raw[: size - 2].decode("utf-16-le", errors="ignore").strip()
        labels.append(label or None)
    return labels


# ------------------------------------------------------------------ lines


class _Fonts:
    """Font facts per character index, with boldness cached by font name."""

    def __init__(self) -> None:
        self._bold: dict[bytes, bool] = {}
        self._buffer = ctypes.create_string_buffer(256)
        self._flags = ctypes.c_int()
        self._matrix = pdfium_c.FS_MATRIX()

    def size_and_bold(self, textpage: ctypes.c_void_p, index: int) -> tuple[float, bool]:
        size = float(pdfium_c.FPDFText_GetFontSize(textpage, index))
        if pdfium_c.FPDFText_GetMatrix(textpage, index, ctypes.byref(self._matrix)):
            # The font size times the text matrix's vertical scale: the size on the page.
            scale = math.hypot(self._matrix.c, self._matrix.d)
            if scale > 0:
                size *= scale
        n = pdfium_c.FPDFText_GetFontInfo(
            textpage, index, self._buffer, 256, ctypes.byref(self._flags)
        )
        name = self._buffer.value if n else b""
        bold = self._bold.get(name)
        if bold is None:
            lowered = name.decode("latin-1").lower()
            weight = pdfium_c.FPDFText_GetFontWeight(textpage, index)
            bold = (
                any(word in lowered for word in _BOLD_NAMES)
                or weight >= 600
                or bool(self._flags.value & 0x40000)
            )
            self._bold[name] = bold
        return size, bold


_L, _B, _R, _T, _X, _Y = (ctypes.c_double() for _ in range(6))


def _rects(textpage: ctypes.c_void_p, start: int, count: int) -> list[tuple[float, ...]]:
    n = pdfium_c.FPDFText_CountRects(textpage, start, count)
    rects: list[tuple[float, ...]] = []
    for k in range(max(n, 0)):
        if pdfium_c.FPDFText_GetRect(textpage, k, _L, _T, _R, _B):
            rects.append((_L.value, _B.value, _R.value, _T.value))
    return rects


def _char_box(textpage: ctypes.c_void_p, index: int) -> tuple[float, float, float, float] | None:
    if not pdfium_c.FPDFText_GetCharBox(textpage, index, _L, _R, _B, _T):
        return None
    return (_L.value, _B.value, _R.value, _T.value)


def _split_at_gaps(
    textpage: ctypes.c_void_p, text: str, start: int, gap: float
) -> list[tuple[int, int]]:
    """Index ranges of ``text`` (relative) separated by horizontal gaps wider than ``gap``."""
    pieces: list[tuple[int, int]] = []
    piece_start = 0
    previous_right: float | None = None
    for offset, char in enumerate(text):
        if char.isspace():
            continue
        box = _char_box(textpage, start + offset)
        if box is None:
            continue
        if previous_right is not None and box[0] - previous_right > gap:
            pieces.append((piece_start, offset))
            piece_start = offset
        previous_right = box[2]
    pieces.append((piece_start, len(text)))
    return pieces


def _make_line(
    textpage: ctypes.c_void_p, fonts: _Fonts, text: str, start: int, row: int
) -> Line | None:
    stripped = text.strip()
    if not stripped:
        return None
    rects = _rects(textpage, start, len(text))
    if not rects:
        return None
    first = start + (len(text) - len(text.lstrip()))
    size, bold = fonts.size_and_bold(textpage, first)
    last = start + len(text.rstrip().rstrip(PDFIUM_HYPHEN)) - 1
    if bold and last > first:
        # A bold lead-in («**Mål:** Alle …») does not make the line bold.
        bold = fonts.size_and_bold(textpage, last)[1]
    _X.value = _Y.value = 0.0
    pdfium_c.FPDFText_GetCharOrigin(textpage, first, _X, _Y)
    line = Line(
        text=stripped,
        x0=min(r[0] for r in rects),
        y0=min(r[1] for r in rects),
        x1=max(r[2] for r in rects),
        y1=max(r[3] for r in rects),
        size=size,
        bold=bold,
        row=row,
        baseline=_Y.value or min(r[1] for r in rects),
    )
    numbers = (line.x0, line.y0, line.x1, line.y1, line.size, line.baseline)
    if not all(math.isfinite(n) and abs(n) <= MAX_COORDINATE for n in numbers):
        return None  # a damaged text matrix: the layout code would work on nonsense
    return line


def extract_lines(textpage: pdfium.PdfTextPage, limits: Limits) -> tuple[list[Line], int, bool]:
    """The lines of a page in content order; the character count; whether it was cut."""
    handle = textpage.raw
    count = pdfium_c.FPDFText_CountChars(handle)
    if count <= 0:
        return [], 0, False
    truncated = count > limits.max_chars_per_page
    text = textpage.get_text_range(0, min(count, limits.max_chars_per_page))
    fonts = _Fonts()
    lines: list[Line] = []
    offset = 0
    row = 0
    for raw_line in text.split("\r\n"):
        line_start = offset
        offset += len(raw_line) + 2
        segment_start = 0
        for part in raw_line.split(PDFIUM_HYPHEN):
            # PDFium joins a line ending in a hyphen to the next; keep them two lines.
            end = segment_start + len(part)
            marked = raw_line[segment_start:end] + (PDFIUM_HYPHEN if end < len(raw_line) else "")
            lines.extend(_line_pieces(handle, fonts, marked, line_start + segment_start, row))
            row += 1
            segment_start = end + 1
    return lines, count, truncated


def _line_pieces(
    handle: ctypes.c_void_p, fonts: _Fonts, text: str, start: int, row: int
) -> list[Line]:
    line = _make_line(handle, fonts, text, start, row)
    if line is None:
        return []
    rects = _rects(handle, start, len(text))
    gap = max(2.0 * line.height, 12.0)
    wide = any(b[0] - a[2] > gap for a, b in itertools.pairwise(rects))
    if not wide:
        return [line]
    pieces = []
    for begin, end in _split_at_gaps(handle, text, start, gap):
        piece = _make_line(handle, fonts, text[begin:end], start + begin, row)
        if piece is not None:
            pieces.append(piece)
    return pieces


# ------------------------------------------------------------------ tables


@dataclass
class _Segment:
    horizontal: bool
    pos: float
    low: float
    high: float


def scan_objects(page: pdfium.PdfPage, limits: Limits) -> tuple[list[_Segment], float]:
    """Thin path objects (table rulings) and the area of the largest image on a page."""
    segments: list[_Segment] = []
    image_area = 0.0
    count = min(pdfium_c.FPDFPage_CountObjects(page.raw), limits.max_objects_per_page)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for index in range(count):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, index)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind not in (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_PATH):
            continue
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH and len(segments) > MAX_RULINGS:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        width, height = right.value - left.value, top.value - bottom.value
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            image_area = max(image_area, width * height)
            continue
        if height <= 3 and width >= 8:
            segments.append(_Segment(True, (bottom.value + top.value) / 2, left.value, right.value))
        elif width <= 3 and height >= 8:
            segments.append(
                _Segment(False, (left.value + right.value) / 2, bottom.value, top.value)
            )
    return segments, image_area


def _cluster(values: list[float], tolerance: float = 3.0) -> list[float]:
    result: list[float] = []
    for value in sorted(values):
        if not result or value - result[-1] > tolerance:
            result.append(value)
    return result


def _components(segments: list[_Segment]) -> list[list[_Segment]]:
    parent = list(range(len(segments)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    tol = 2.5
    horizontals = [i for i, s in enumerate(segments) if s.horizontal]
    verticals = [i for i, s in enumerate(segments) if not s.horizontal]
    for i in horizontals:
        h = segments[i]
        for j in verticals:
            v = segments[j]
            if h.low - tol <= v.pos <= h.high + tol and v.low - tol <= h.pos <= v.high + tol:
                parent[find(i)] = find(j)
    groups: dict[int, list[_Segment]] = {}
    for i, segment in enumerate(segments):
        groups.setdefault(find(i), []).append(segment)
    return list(groups.values())


def find_tables(
    textpage: pdfium.PdfTextPage, segments: list[_Segment]
) -> list[tuple[tuple[float, float, float, float], list[list[str]]]]:
    """Ruled tables on a page: their box and their rows of cell texts."""
    tables = []
    for group in _components(segments):
        ys = _cluster([s.pos for s in group if s.horizontal])
        xs = _cluster([s.pos for s in group if not s.horizontal])
        if len(ys) < 2 or len(xs) < 3 or (len(ys) - 1) * (len(xs) - 1) > 5000:
            continue
        rows: list[list[str]] = []
        for top, bottom in zip(reversed(ys), list(reversed(ys))[1:], strict=False):
            cells = []
            for left, right in itertools.pairwise(xs):
                raw = textpage.get_text_bounded(left + 0.5, bottom + 0.5, right - 0.5, top - 0.5)
                cells.append(join_lines(raw.replace("\r\n", "\n").split("\n")))
            if any(cells):
                rows.append(cells)
        if rows and sum(1 for row in rows if sum(1 for cell in row if cell) >= 2) >= 1:
            tables.append(((xs[0], ys[0], xs[-1], ys[-1]), rows))
    return tables


# ------------------------------------------------------------------ reading order


def attach_bullets(lines: list[Line]) -> list[Line]:
    """Put bullet markers drawn apart from their item in front of the item's text."""
    markers = [line for line in lines if is_bullet_marker(line.text)]
    if not markers:
        return lines
    taken: set[int] = set()
    for marker in markers:
        candidates = [
            line
            for line in lines
            if not is_bullet_marker(line.text)
            and id(line) not in taken
            and abs(line.cy - marker.cy) < 0.6 * max(line.height, marker.height)
            and marker.x1 - 1 <= line.x0 <= marker.x1 + 40
        ]
        if candidates:
            target = min(candidates, key=lambda line: line.x0)
            target.text = marker_prefix(marker.text) + target.text
            target.x0 = marker.x0
            taken.add(id(target))
    return [line for line in lines if not is_bullet_marker(line.text)]


def _gutters(lines: list[Line]) -> list[tuple[float, float]]:
    """Vertical strips between columns: crossed by no column line, with text on both sides.

    Only lines narrower than 60 % of the text width count (wide lines span the
    columns), and each side needs three lines of some length (not table cells).
    """
    if len(lines) < 6:
        return []
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    span = right - left
    if span < 100:
        return []
    narrow = [line for line in lines if line.x1 - line.x0 < 0.6 * span]
    step = 2.0
    bins = int(span / step) + 2
    coverage = [0] * (bins + 1)
    for line in narrow:
        coverage[int((line.x0 - left) / step)] += 1
        coverage[int((line.x1 - left) / step) + 1] -= 1
    allowed = len(narrow) // 20
    gutters: list[tuple[float, float]] = []
    running = 0
    run_start: int | None = None
    for index in range(bins):
        running += coverage[index]
        low = running <= allowed
        if low and run_start is None:
            run_start = index
        elif not low and run_start is not None:
            g0, g1 = left + run_start * step, left + index * step
            if g1 - g0 >= 6 and g0 > left + 0.15 * span and g1 < right - 0.15 * span:
                on_left = sum(1 for ln in narrow if ln.x1 <= g0 + step and len(ln.text) >= 15)
                on_right = sum(1 for ln in narrow if ln.x0 >= g1 - step and len(ln.text) >= 15)
                if on_left >= 3 and on_right >= 3:
                    gutters.append((g0, g1))
            run_start = None
    return gutters


def reading_order(lines: list[Line]) -> list[Line]:
    """Lines in reading order with ``flow`` set: columns top to bottom, left to right.

    Without columns the content order is kept, and the pieces of one line that was
    split at wide gaps (a table row without rulings) are joined with ``" | "``.
    """
    text_lines = [line for line in lines if line.table is None]
    gutters = _gutters(text_lines)
    if not gutters:
        merged: list[Line] = []
        for line in lines:
            previous = merged[-1] if merged else None
            if (
                previous is not None
                and line.table is None
                and previous.table is None
                and line.row == previous.row
                and line.row >= 0
            ):
                previous.text += " | " + line.text
                previous.x1 = max(previous.x1, line.x1)
                continue
            merged.append(line)
        return merged

    def column(line: Line) -> int | None:
        for g0, g1 in gutters:
            if line.x0 < g0 and line.x1 > g1:
                return None
        return sum(1 for g0, _ in gutters if line.x0 >= g0)

    ordered: list[Line] = []
    band: dict[int, list[Line]] = {}
    flow = 0

    def flush() -> None:
        nonlocal flow
        for key in sorted(band):
            flow += 1
            for line in band[key]:
                line.flow = flow
                ordered.append(line)
        band.clear()

    for line in sorted(lines, key=lambda line: (-round(line.y1), line.x0)):
        col = column(line)
        if col is None:
            flush()
            flow += 1
            line.flow = flow
            ordered.append(line)
        else:
            band.setdefault(col, []).append(line)
    flush()
    return ordered


# ------------------------------------------------------------------ paragraphs


@dataclass
class _Paragraph:
    lines: list[Line]
    is_list: bool

    @property
    def size(self) -> float:
        return max(line.size for line in self.lines)


def _line_pitch(lines: list[Line]) -> float:
    """The usual distance between baselines of consecutive lines in a paragraph."""
    pitches = sorted(
        a.baseline - b.baseline
        for a, b in itertools.pairwise(lines)
        if a.flow == b.flow and 0.8 * a.size < a.baseline - b.baseline < 2.5 * a.size
    )
    return pitches[len(pitches) // 2] if pitches else 0.0


def _breaks(current: _Paragraph, line: Line, body_right: float, pitch: float) -> bool:
    previous = current.lines[-1]
    if line.table is not None or previous.table is not None:
        return True
    if line.flow != previous.flow:
        # A sentence running on into the next column stays one paragraph.
        return not (
            line.text[:1].islower()
            and (
                previous.text[-1:].isalpha()
                or previous.text.endswith(("-", "\u2010", ",", PDFIUM_HYPHEN))
            )
            and line.bold == previous.bold
            and abs(line.size - previous.size) < 0.5
        )
    if previous.text.endswith(PDFIUM_HYPHEN) and line.text[:1].islower():
        return False  # the rest of a word PDFium marked as hyphenated at the line end
    if is_list_item(line.text):
        return not current.is_list
    if current.is_list and line.x0 < previous.x0 - 2 and not is_list_item(previous.text):
        return True
    if current.is_list and line.x0 <= current.lines[-1].x0 + 2 and is_list_item(previous.text):
        return True
    if abs(line.size - previous.size) > 0.12 * max(line.size, previous.size):
        return True
    if line.bold != previous.bold:
        return True
    if line.y0 > previous.y1 or line.x0 > previous.x1 or line.x1 < previous.x0:
        return True
    distance = previous.baseline - line.baseline
    usual = pitch if 0.8 * line.size < pitch < 2.5 * line.size else 1.25 * line.size
    if distance > usual + 0.35 * line.size:
        return True
    return previous.text.endswith((".", "!", "?", ":")) and previous.x1 < body_right - 0.2 * (
        body_right - previous.x0
    )


def paragraphs(lines: list[Line]) -> list[_Paragraph]:
    """Group lines in reading order into paragraphs, lists and tables."""
    right_by_flow: dict[int, float] = {}
    for line in lines:
        right_by_flow[line.flow] = max(right_by_flow.get(line.flow, 0.0), line.x1)
    pitch = _line_pitch(lines)
    result: list[_Paragraph] = []
    for line in lines:
        if result and not _breaks(result[-1], line, right_by_flow[line.flow], pitch):
            result[-1].lines.append(line)
        else:
            result.append(_Paragraph([line], is_list_item(line.text)))
    return result


def _list_text(lines: list[Line]) -> str:
    items: list[list[str]] = []
    for line in lines:
        if is_list_item(line.text) or not items:
            items.append([bullet_item(line.text) or line.text])
        else:
            items[-1].append(line.text)
    return "\n".join(join_lines(item) for item in items)


def _is_heading(paragraph: _Paragraph, body_size: float, ocr: bool = False) -> bool:
    text = join_lines([line.text for line in paragraph.lines])
    if (
        paragraph.is_list
        or paragraph.lines[0].table is not None
        or len(paragraph.lines) > 3
        or not 2 <= len(text) <= 160
        or not any(char.isalpha() for char in text)
        or text[0].islower()
        or text.endswith((",", ";"))
        or "...." in text
    ):
        return False
    if paragraph.size >= HEADING_SIZE_RATIO * body_size:
        return True
    if ocr:
        # OCR knows no bold: a short numbered line («4.3 Bolig») is a heading.
        return (
            len(paragraph.lines) == 1
            and len(text) <= 100
            and not text.endswith(".")
            and bool(_OCR_HEADING_RE.match(text))
        )
    return (
        all(line.bold for line in paragraph.lines)
        and paragraph.size >= 0.95 * body_size
        and len(text) <= 100
        and not text.endswith(".")
    )


# ------------------------------------------------------------------ the document


def _band_lines(page: RawPage) -> list[Line]:
    top = page.height * (1 - MARGIN_BAND)
    bottom = page.height * MARGIN_BAND
    return [
        line for line in page.lines if line.table is None and (line.y0 >= top or line.y1 <= bottom)
    ]


def remove_headers_and_footers(pages: list[RawPage]) -> list[int | None]:
    """Drop running headers, footers and page numbers; return the printed page numbers."""
    with_text = [page for page in pages if page.lines]
    counts: Counter[str] = Counter()
    for page in with_text:
        counts.update({repetition_key(line.text) for line in _band_lines(page)})
    repeated = max(2, math.ceil(0.2 * len(with_text)))
    printed: list[int | None] = []
    for page in pages:
        number: int | None = None
        drop: set[int] = set()
        for line in _band_lines(page):
            found = page_number_in(line.text)
            if found is not None and number is None:
                number = found
            if found is not None or counts[repetition_key(line.text)] >= repeated:
                drop.add(id(line))
        page.lines = [line for line in page.lines if id(line) not in drop]
        printed.append(number)
    return printed


def settle_labels(pages: list[RawPage], printed: list[int | None]) -> list[str]:
    """Each page's label: the PDF page label, else a consistent printed number, else physical."""
    offsets = Counter(
        number - page.number for page, number in zip(pages, printed, strict=True) if number
    )
    trusted = {offset for offset, n in offsets.items() if n >= 2 or len(pages) == 1}
    dominant = offsets.most_common(1)[0][0] if offsets else 0
    infer = dominant in trusted and offsets[dominant] * 2 >= sum(offsets.values())
    labels = []
    for page, number in zip(pages, printed, strict=True):
        if page.label:
            labels.append(page.label)
        elif number and number - page.number in trusted:
            labels.append(str(number))
        elif infer and page.number + dominant >= 1:
            labels.append(str(page.number + dominant))
        else:
            labels.append(str(page.number))
    return labels


def _body_size(pages: list[RawPage]) -> float:
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            sizes[round(line.size * 2) / 2] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def page_contents(pages: list[RawPage], labels: list[str]) -> tuple[list[PageContent], str | None]:
    """Blocks per page in reading order, and the title (largest heading on the first page)."""
    body = _body_size(pages)
    laid_out = [paragraphs(reading_order(attach_bullets(page.lines))) for page in pages]
    heading_sizes = sorted(
        {
            round(p.size)
            for page in laid_out
            for p in page
            if _is_heading(p, body) and p.size >= HEADING_SIZE_RATIO * body
        },
        reverse=True,
    )
    contents: list[PageContent] = []
    title: str | None = None
    for page, label, paras in zip(pages, labels, laid_out, strict=True):
        blocks: list[Block] = []
        for para in paras:
            first = para.lines[0]
            if first.table is not None:
                blocks.append(first.table)
            elif para.is_list:
                blocks.append(Block("list", _list_text(para.lines)))
            elif _is_heading(para, body, page.ocr):
                size = round(para.size)
                level = heading_sizes.index(size) + 1 if size in heading_sizes else None
                text = join_lines([line.text for line in para.lines])
                blocks.append(Block("heading", text, level=level or len(heading_sizes) + 1))
            else:
                blocks.append(Block("paragraph", join_lines([line.text for line in para.lines])))
        if title is None and blocks and not any(content.blocks for content in contents):
            headings = [
                (p.size, b.text) for p, b in zip(paras, blocks, strict=True) if b.kind == "heading"
            ]
            if headings:
                title = max(headings, key=lambda item: item[0])[1]
        contents.append(PageContent(number=page.number, label=label, blocks=blocks, ocr=page.ocr))
    used = sorted({b.level or 1 for c in contents for b in c.blocks if b.kind == "heading"})
    for content in contents:
        for block in content.blocks:
            if block.kind == "heading":
                block.level = used.index(block.level or 1) + 1
    return contents, title


def _describe_pages(numbers: list[int]) -> str:
    ranges: list[str] = []
    start = previous = numbers[0]
    for number in [*numbers[1:], -1]:
        if number == previous + 1:
            previous = number
            continue
        ranges.append(str(start) if start == previous else f"{start}–{previous}")
        start = previous = number
    return ", ".join(ranges)


def read_pdf(
    path: Path,
    *,
    password: str | None,
    strict: bool,
    ocr: bool,
    limits: Limits,
    warnings: list[str],
) -> tuple[list[PageContent], str | None]:
    """Read a PDF into pages of blocks, and the title found on its first page.

    The page count is checked first, then the size of each page's content (a page
    over the limit is skipped with a warning, or an error when ``strict``), and the
    time after every page. With ``ocr``, pages without a text layer are read by OCR.
    """
    name = path.name
    pdf = open_pdf(path, password)
    try:
        count = len(pdf)
        if count == 0:
            raise CorruptPlanError(f"Filen «{name}» har ingen sider.", path=path)
        limits.check_pages(count, name)
        sizes = page_content_sizes(path, password, limits.max_page_content)
        labels = page_labels(pdf, count)
        pages: list[RawPage] = []
        for index in range(count):
            limits.check_time(name, index + 1)
            size = sizes[index] if sizes and index < len(sizes) else 0
            if size > limits.max_page_content:
                message = limits.page_content_message(name, index + 1)
                if strict:
                    raise PlanTooLargeError(message, path=path)
                warnings.append(message)
                pages.append(RawPage(index + 1, 1.0, 1.0, label=labels[index]))
                continue
            pages.append(_read_page(pdf, index, labels[index], path, strict, limits, warnings))
        scanned = [page.number for page in pages if page.looks_scanned]
        if scanned and ocr:
            _recognise(pdf, pages, scanned, path, strict, limits, warnings)
            scanned = [page.number for page in pages if page.looks_scanned]
    finally:
        pdf.close()
    printed = remove_headers_and_footers(pages)
    if scanned:
        _report_scanned(path, pages, scanned, strict=strict, ocr=ocr, warnings=warnings)
    return page_contents(pages, settle_labels(pages, printed))


def _recognise(
    pdf: pdfium.PdfDocument,
    pages: list[RawPage],
    scanned: list[int],
    path: Path,
    strict: bool,
    limits: Limits,
    warnings: list[str],
) -> None:
    """Replace the scanned pages' (empty) lines by the text OCR finds on them."""
    remaining = limits.max_seconds - (time.monotonic() - limits.started)
    with recognised_copy(
        pdf, [number - 1 for number in scanned], path=path, timeout=max(remaining, 1.0)
    ) as recognised:
        for index, number in enumerate(scanned):
            page = _read_page(
                recognised, index, None, path, strict, limits, warnings, number=number
            )
            original = pages[number - 1]
            original.lines, original.chars, original.ocr = page.lines, page.chars, True
            if original.lines:
                original.image_area = 0.0
    warnings.append(
        f"Sidene {_describe_pages(scanned)} i «{path.name}» er lest med tekstgjenkjenning "
        "(OCR); sitater derfra bør kontrolleres mot originalen."
    )


OCR_ADVICE = (
    "Slå på tekstgjenkjenning (OCR) med read_plan(…, ocr=True) eller --ocr på kommandolinjen "
    "(krever ocrmypdf og tesseract-ocr-nor)."
)


def _report_scanned(
    path: Path,
    pages: list[RawPage],
    scanned: list[int],
    *,
    strict: bool,
    ocr: bool,
    warnings: list[str],
) -> None:
    described = _describe_pages(scanned)
    advice = (
        "Tekstgjenkjenningen (OCR) fant ingen tekst der; sjekk skannekvaliteten."
        if ocr
        else OCR_ADVICE
    )
    if all(page.looks_scanned or not page.lines for page in pages):
        raise NoTextLayerError(
            f"Filen «{path.name}» har ikke tekstlag (skannet?) på sidene {described}. {advice}",
            path=path,
            pages=scanned,
        )
    message = f"Sidene {described} i «{path.name}» har ikke tekstlag og ble ikke lest. {advice}"
    if strict:
        raise NoTextLayerError(message, path=path, pages=scanned)
    warnings.append(message)


def _read_page(
    pdf: pdfium.PdfDocument,
    index: int,
    label: str | None,
    path: Path,
    strict: bool,
    limits: Limits,
    warnings: list[str],
    *,
    number: int | None = None,
) -> RawPage:
    """Page ``index`` of ``pdf`` as lines; ``number`` is its page number in the plan."""
    number = number or index + 1
    try:
        page = pdf[index]
    except pdfium.PdfiumError as e:
        message = f"Side {number} i «{path.name}» er skadet og ble hoppet over."
        if strict:
            raise CorruptPlanError(message, path=path) from e
        warnings.append(message)
        return RawPage(number, 1.0, 1.0, label=label)
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            lines, chars, truncated = extract_lines(textpage, limits)
            segments, image_area = scan_objects(page, limits)
            if truncated:
                warnings.append(
                    f"Side {number} i «{path.name}» har over {limits.max_chars_per_page} tegn; "
                    "bare de første ble lest."
                )
            if len([s for s in segments if s.horizontal]) >= 2:
                lines = _place_tables(textpage, segments, lines)
        finally:
            textpage.close()
    except pdfium.PdfiumError as e:
        raise PlanReadError(
            f"Side {number} i «{path.name}» kunne ikke leses: {e}", path=path
        ) from e
    finally:
        page.close()
    return RawPage(number, width, height, lines, label=label, image_area=image_area, chars=chars)


def _place_tables(
    textpage: pdfium.PdfTextPage, segments: list[_Segment], lines: list[Line]
) -> list[Line]:
    """Replace the lines inside ruled tables by one table line each, where the table is."""
    for (x0, y0, x1, y1), rows in find_tables(textpage, segments):
        inside = [
            line
            for line in lines
            if x0 - 2 <= (line.x0 + line.x1) / 2 <= x1 + 2 and y0 - 2 <= line.cy <= y1 + 2
        ]
        if not inside:
            continue
        position = lines.index(inside[0])
        keep = [line for line in lines if all(line is not other for other in inside)]
        block = Block("table", table_text(rows), rows=rows)
        table_line = Line("", x0, y0, x1, y1, inside[0].size, False, table=block)
        keep.insert(min(position, len(keep)), table_line)
        lines = keep
    return lines
