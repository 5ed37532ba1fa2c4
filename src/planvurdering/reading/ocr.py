"""Text recognition (OCR) of scanned PDF pages with ocrmypdf and Tesseract.

Only the pages without a text layer are copied into a temporary PDF, which
ocrmypdf gives an invisible text layer (Tesseract with Norwegian language data,
``nor``, which covers Bokmål and Nynorsk). The PDF reader then reads that
layer like any other, so headings, paragraphs, headers and footers are found the
same way; the pages are marked ``ocr`` so that evidence from them is flagged.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import pypdfium2 as pdfium

from ..errors import NoTextLayerError, PlanTooLargeError

OCR_LANGUAGE = "nor"
"""Tesseract's Norwegian model (Debian package ``tesseract-ocr-nor``)."""
INSTALL_ADVICE = (
    "Installer ocrmypdf og Tesseract med norsk språkdata (Debian/Ubuntu: "
    "«sudo apt-get install ocrmypdf tesseract-ocr-nor», macOS: «brew install ocrmypdf "
    "tesseract-lang») og prøv igjen, eller kjør OCR på filen selv og les den nye filen."
)
_MISSING_DEPENDENCY = 3


@lru_cache(maxsize=4)
def _tesseract_languages(tesseract: str) -> frozenset[str]:
    try:
        result = subprocess.run(
            [tesseract, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(result.stdout.split())


def missing_tools() -> list[str]:
    """What is missing for OCR: programs and language data (empty when all is there)."""
    missing = [tool for tool in ("ocrmypdf", "tesseract") if shutil.which(tool) is None]
    tesseract = shutil.which("tesseract")
    if tesseract and OCR_LANGUAGE not in _tesseract_languages(tesseract):
        missing.append("norsk språkdata for Tesseract (tesseract-ocr-nor)")
    return missing


def _run(command: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    """Run ``command`` in its own process group, killing the whole group on timeout."""
    # Tesseract's own threads spin against ocrmypdf's page workers on a busy machine
    # (measured: 3 s → 30 s for a page); one thread per page is steadier.
    environment = {"OMP_THREAD_LIMIT": "1", **os.environ}
    with subprocess.Popen(
        command,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    ) as process:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise
        return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


@contextmanager
def recognised_copy(
    pdf: pdfium.PdfDocument, indices: list[int], *, path: Path, timeout: float
) -> Iterator[pdfium.PdfDocument]:
    """A PDF of the pages ``indices`` of ``pdf`` with a text layer from OCR.

    Raises:
        NoTextLayerError: ocrmypdf, Tesseract or its Norwegian data is missing, or
            OCR failed.
        PlanTooLargeError: OCR took longer than ``timeout`` seconds.
    """
    name = path.name
    pages = [index + 1 for index in indices]
    missing = missing_tools()
    if missing:
        raise NoTextLayerError(
            f"Filen «{name}» har sider uten tekstlag, og tekstgjenkjenning (OCR) trenger "
            f"{' og '.join(missing)}, som ikke er installert. {INSTALL_ADVICE}",
            path=path,
            pages=pages,
        )
    with tempfile.TemporaryDirectory(prefix="planvurdering-ocr-") as folder:
        source, target = Path(folder) / "skannet.pdf", Path(folder) / "ocr.pdf"
        subset = pdfium.PdfDocument.new()
        try:
            subset.import_pages(pdf, indices)
            subset.save(source)
        finally:
            subset.close()
        command = [
            str(shutil.which("ocrmypdf")),
            *("--language", OCR_LANGUAGE, "--force-ocr", "--output-type", "pdf"),
            *("--optimize", "0", "--quiet"),
            *("--tesseract-timeout", f"{max(timeout / max(len(indices), 1), 10):.0f}"),
            str(source),
            str(target),
        ]
        try:
            result = _run(command, timeout)
        except subprocess.TimeoutExpired as e:
            raise PlanTooLargeError(
                f"Tekstgjenkjenningen (OCR) av {len(pages)} sider i «{name}» tok mer enn "
                f"{timeout:g} sekunder og ble stoppet. Øk grensen med max_seconds=…",
                path=path,
            ) from e
        except OSError as e:
            raise NoTextLayerError(
                f"Tekstgjenkjenning (OCR) av «{name}» kunne ikke startes: {e}. {INSTALL_ADVICE}",
                path=path,
                pages=pages,
            ) from e
        if result.returncode != 0 or not target.is_file():
            detail = (result.stderr.strip().splitlines() or ["ukjent feil"])[-1]
            advice = (
                INSTALL_ADVICE
                if result.returncode == _MISSING_DEPENDENCY
                else "Kjør OCR på filen selv (for eksempel med ocrmypdf) og les den nye filen."
            )
            raise NoTextLayerError(
                f"Tekstgjenkjenning (OCR) av «{name}» mislyktes (ocrmypdf avsluttet med kode "
                f"{result.returncode}: {detail}). {advice}",
                path=path,
                pages=pages,
            )
        recognised = pdfium.PdfDocument(str(target))
        try:
            yield recognised
        finally:
            recognised.close()
