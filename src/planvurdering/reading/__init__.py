"""Reading plan files (PDF, DOCX, Markdown, text) into a :class:`~planvurdering.models.Plan`.

The format is told by the file's content, not its name, so a renamed file gets a
clear error. Every format is read into pages of blocks (``structure.PageContent``)
and assembled the same way, so the page-text conventions hold for all of them.
"""

from __future__ import annotations

import hashlib
import struct
import zipfile
from pathlib import Path

from ..errors import CorruptPlanError, PlanNotFoundError, PlanReadError, UnsupportedFormatError
from ..models import Plan
from .docx import read_docx
from .limits import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_CHARS_PER_PAGE,
    DEFAULT_MAX_PAGE_CONTENT,
    DEFAULT_MAX_PAGES,
    DEFAULT_MAX_SECONDS,
    Limits,
)
from .pdf import read_pdf
from .plain import read_text
from .structure import PageContent, build_plan

__all__ = ["read_plan"]

TEXT_SUFFIXES = {".txt": False, ".text": False, ".md": True, ".markdown": True}


def _sniff(path: Path, head: bytes) -> str:
    """The format of a file from its first bytes: 'pdf', 'docx', 'md' or 'txt'."""
    name = path.name
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                if "word/document.xml" in archive.namelist():
                    return "docx"
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, struct.error) as e:
            raise CorruptPlanError(
                f"Filen «{name}» ser ut som et Word-dokument, men er skadet eller avkortet.",
                path=path,
            ) from e
        raise UnsupportedFormatError(
            f"Filen «{name}» er et ZIP-arkiv, men ikke et Word-dokument (.docx). "
            "Les inn planen som PDF, DOCX, Markdown eller tekst.",
            path=path,
        )
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES and b"\x00" not in head:
        return "md" if TEXT_SUFFIXES[suffix] else "txt"
    if suffix in (".pdf", ".docx"):
        raise UnsupportedFormatError(
            f"Filen «{name}» heter {suffix}, men innholdet er ikke {suffix[1:].upper()}. "
            "Er filen omdøpt? Lagre planen som PDF, DOCX, Markdown eller tekst.",
            path=path,
        )
    raise UnsupportedFormatError(
        f"Filen «{name}» har et format planvurdering ikke leser. "
        "Bruk PDF, Word (.docx), Markdown (.md) eller tekst (.txt).",
        path=path,
    )


def _decode(data: bytes, path: Path) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnsupportedFormatError(
        f"Filen «{path.name}» er ikke lesbar tekst (verken UTF-8 eller Windows-1252).", path=path
    )


def read_plan(
    path: str | Path,
    *,
    password: str | None = None,
    strict: bool = False,
    ocr: bool = False,
    max_pages: int = DEFAULT_MAX_PAGES,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_page_content: int = DEFAULT_MAX_PAGE_CONTENT,
    max_chars_per_page: int = DEFAULT_MAX_CHARS_PER_PAGE,
    max_seconds: float = DEFAULT_MAX_SECONDS,
) -> Plan:
    """Read a plan file into a :class:`~planvurdering.models.Plan`.

    Args:
        path: A PDF, Word (.docx), Markdown (.md) or text (.txt) file.
        password: The password of an encrypted PDF.
        strict: Make problems that are otherwise warnings on the plan (a damaged
            page, pages without a text layer) errors.
        ocr: Read PDF pages without a text layer (scanned pages) by text
            recognition: ocrmypdf with Tesseract's Norwegian data (system packages
            ``ocrmypdf`` and ``tesseract-ocr-nor``). Those pages are marked
            ``Page.ocr``. Without it, a scanned file is an error that says so.
        max_pages: The most pages a file may have (checked before any page is read).
        max_bytes: The largest file size, in bytes (for .docx also the unpacked size).
        max_page_content: The most decoded bytes of drawing instructions a PDF page
            may have; a page with more (a detailed map, or a decompression bomb) is
            skipped with a warning, or an error when ``strict``.
        max_chars_per_page: Characters read per page; the rest is dropped with a warning.
        max_seconds: The longest time reading (including OCR) may take.

    Returns:
        The plan: pages with printed page labels, body text (headers and footers
        removed, hyphenation joined), headings and tables; the title, municipality
        and plan type where the document states them; sha256 and warnings.

    Raises:
        PlanNotFoundError: The file does not exist.
        UnsupportedFormatError: Not a format planvurdering reads (or a renamed file).
        CorruptPlanError: Empty, truncated or damaged, or without pages.
        EncryptedPlanError: Encrypted, and no or a wrong password.
        NoTextLayerError: Scanned pages without text (OCR needed).
        PlanTooLargeError: More pages, bytes or time than the limits.
    """
    path = Path(path)
    name = path.name
    if not path.is_file():
        if path.is_dir():
            raise PlanReadError(f"«{path}» er en mappe, ikke en planfil.", path=path)
        raise PlanNotFoundError(f"Fant ikke filen «{path}». Sjekk navnet og mappen.", path=path)
    limits = Limits(
        max_pages=max_pages,
        max_bytes=max_bytes,
        max_chars_per_page=max_chars_per_page,
        max_page_content=max_page_content,
        max_seconds=max_seconds,
    )
    try:
        size = path.stat().st_size
        limits.check_bytes(size, name)
        if size == 0:
            raise CorruptPlanError(f"Filen «{name}» er tom (0 byte).", path=path)
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            head = handle.read(4096)
            digest.update(head)
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as e:
        raise PlanReadError(f"Filen «{name}» kunne ikke åpnes: {e.strerror}.", path=path) from e
    kind = _sniff(path, head)
    warnings: list[str] = []
    title: str | None = None
    contents: list[PageContent]
    if kind == "pdf":
        contents, title = read_pdf(
            path, password=password, strict=strict, ocr=ocr, limits=limits, warnings=warnings
        )
    elif kind == "docx":
        contents = read_docx(path, limits=limits)
    else:
        text = _decode(path.read_bytes(), path)
        contents = read_text(text, markdown=kind == "md")
        limits.check_pages(len(contents), name)
    if not any(block.text.strip() for content in contents for block in content.blocks):
        warnings.append(f"Filen «{name}» inneholder ingen tekst.")
    return build_plan(
        contents, source=str(path), sha256=digest.hexdigest(), warnings=warnings, title=title
    )
