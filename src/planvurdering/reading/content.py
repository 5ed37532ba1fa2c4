"""How much content each page of a PDF holds, measured before PDFium parses it.

PDFium inflates a page's content streams and builds an object for every drawing
instruction when it loads the page, about 20 bytes of memory per byte of
content, and it parses a form XObject again each time the page draws it. A
small file can therefore make it take gigabytes: a content stream that inflates
to hundreds of megabytes (a decompression bomb), or a form drawn thousands of
times (measured: a 1 KB file, 1.8 GB). This module inflates each page's streams
with pikepdf and zlib in bounded chunks, counting bytes and ``/Name Do``
operators without keeping the content, and stops at the limit.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pikepdf

_CHUNK = 1 << 20
_MAX_FORM_DEPTH = 8
_MAX_PARENTS = 64
_CHEAP_RATIO = 100
"""Streams in other encodings are decoded whole only when their raw size times this
stays under the limit (LZW and run-length can also inflate many times over)."""
_DO_RE = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do\b")
_OVERLAP = 256


def _filters(stream: pikepdf.Object) -> list[str]:
    value = stream.get("/Filter")
    if value is None:
        return []
    if isinstance(value, pikepdf.Array):
        return [str(item) for item in value]
    return [str(value)]


def _decoded_chunks(stream: pikepdf.Object, budget: int) -> tuple[list[bytes] | None, int]:
    """The decoded content in chunks (None once over ``budget``), and its size so far."""
    filters = _filters(stream)
    raw = stream.read_raw_bytes()
    if not filters:
        return [raw], len(raw)
    if filters in (["/FlateDecode"], ["/Fl"]):
        return None, 0  # inflated by the caller, chunk by chunk
    if len(raw) * _CHEAP_RATIO > budget:
        return None, budget + 1
    try:
        data = stream.read_bytes()
    except pikepdf.PdfError:
        data = raw
    return [data], len(data)


def _scan(stream: pikepdf.Object, budget: int) -> tuple[int, Counter[bytes]]:
    """The decoded size of ``stream`` (over ``budget`` once over it) and the names it draws."""
    uses: Counter[bytes] = Counter()
    chunks, size = _decoded_chunks(stream, budget)
    if chunks is not None or size > budget:
        for chunk in chunks or []:
            uses.update(match.group(1) for match in _DO_RE.finditer(chunk))
        return size, uses
    inflater = zlib.decompressobj()
    data = stream.read_raw_bytes()
    tail = b""
    try:
        while data and size <= budget:
            chunk = inflater.decompress(data, _CHUNK)
            data = inflater.unconsumed_tail
            if not chunk:
                break
            size += len(chunk)
            window = tail + chunk
            start = len(tail)
            # A match that ends inside the old tail was counted with the previous chunk.
            uses.update(m.group(1) for m in _DO_RE.finditer(window) if m.end() > start)
            tail = window[-_OVERLAP:]
    except zlib.error:
        pass  # PDFium reads what it can of a damaged stream; so may we.
    return size, uses


def _forms(resources: pikepdf.Object | None) -> dict[bytes, pikepdf.Object]:
    if not isinstance(resources, pikepdf.Dictionary):
        return {}
    xobjects = resources.get("/XObject")
    if not isinstance(xobjects, pikepdf.Dictionary):
        return {}
    return {
        str(name)[1:].encode("latin-1", "replace"): xobject
        for name, xobject in xobjects.items()
        if isinstance(xobject, pikepdf.Stream) and xobject.get("/Subtype") == "/Form"
    }


def _cost(
    streams: Sequence[pikepdf.Object],
    resources: pikepdf.Object | None,
    budget: int,
    depth: int,
    known: dict[tuple[int, int], int],
) -> int:
    """Bytes PDFium parses for ``streams``: their own, plus each drawn form's, per drawing."""
    total = 0
    uses: Counter[bytes] = Counter()
    for stream in streams:
        size, drawn = _scan(stream, budget - total)
        total += size
        uses.update(drawn)
        if total > budget:
            return total
    if depth >= _MAX_FORM_DEPTH:
        return total
    forms = _forms(resources)
    for name, times in uses.items():
        form = forms.get(name)
        if form is None:
            continue
        key = form.objgen
        cost = known.get(key) if key != (0, 0) else None
        if cost is None:
            inner = form.get("/Resources")
            cost = _cost(
                [form], inner if inner is not None else resources, budget, depth + 1, known
            )
            known[key] = cost
        total += times * cost
        if total > budget:
            return total
    return total


def _page_resources(page: pikepdf.Object) -> pikepdf.Object | None:
    node: pikepdf.Object | None = page
    for _ in range(_MAX_PARENTS):
        if not isinstance(node, pikepdf.Dictionary):
            return None
        resources = node.get("/Resources")
        if resources is not None:
            return resources
        node = node.get("/Parent")
    return None


def page_content_sizes(path: Path, password: str | None, budget: int) -> list[int] | None:
    """Per page, the bytes of content PDFium would parse (a number over ``budget`` once over).

    None when pikepdf cannot parse the file: PDFium is more lenient with some
    damage, and the other limits still hold.
    """
    try:
        with pikepdf.open(path, password=password or "") as pdf:
            sizes = []
            known: dict[tuple[int, int], int] = {}
            for page in pdf.pages:
                contents = page.obj.get("/Contents")
                if isinstance(contents, pikepdf.Stream):
                    streams = [contents]
                elif isinstance(contents, pikepdf.Array):
                    streams = [item for item in contents if isinstance(item, pikepdf.Stream)]
                else:
                    streams = []
                sizes.append(_cost(streams, _page_resources(page.obj), budget, 0, known))
            return sizes
    except (pikepdf.PdfError, pikepdf.PasswordError, ValueError, TypeError, RecursionError):
        return None
