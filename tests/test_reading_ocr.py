"""Tests of OCR: scanned pages of a generated plan read with ocrmypdf and Tesseract (nor).

The scanned fixtures are made here from ``fixtures/plans/sterk_bokmal.pdf``: its
pages are rendered to greyscale images (pypdfium2) and saved as an image-only PDF
(Pillow), the way a scanner would deliver them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

import planvurdering as pv
from planvurdering.errors import NoTextLayerError
from planvurdering.reading.ocr import missing_tools

SOURCE = Path(__file__).resolve().parents[1] / "fixtures" / "plans" / "sterk_bokmal.pdf"
DPI = 200
SENTENCES = {
    1: "Kommuneplanens samfunnsdel er kommunens overordnede styringsdokument.",
    2: "Innvandring har stått for hele befolkningsveksten i Fjordvik de siste ti årene, "
    "og uten innvandring ville folketallet ha gått ned.",
}

needs_ocr = pytest.mark.skipif(
    bool(missing_tools()), reason="ocrmypdf/tesseract-ocr-nor mangler (make system-libs)"
)


def scan(source: Path, target: Path, pages: list[int]) -> Path:
    """An image-only PDF of ``pages`` (0-based) of ``source``, as a scanner makes it."""
    pdf = pdfium.PdfDocument(source)
    try:
        images = [pdf[i].render(scale=DPI / 72).to_pil().convert("L") for i in pages]
    finally:
        pdf.close()
    images[0].save(target, save_all=True, append_images=images[1:], resolution=DPI)
    return target


def share_of_words(sentence: str, text: str) -> float:
    """The share of the sentence's words that occur in ``text`` (OCR makes small errors)."""
    words = re.findall(r"\w+", sentence.casefold())
    found = set(re.findall(r"\w+", text.casefold()))
    return sum(word in found for word in words) / len(words)


@pytest.fixture(scope="session")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return scan(SOURCE, tmp_path_factory.mktemp("ocr") / "skannet.pdf", [0, 1])


@pytest.fixture(scope="session")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Page 1 with its text layer, page 2 scanned."""
    folder = tmp_path_factory.mktemp("ocr-mixed")
    image_pages = pdfium.PdfDocument(scan(SOURCE, folder / "side2.pdf", [1]))
    original = pdfium.PdfDocument(SOURCE)
    combined = pdfium.PdfDocument.new()
    combined.import_pages(original, [0])
    combined.import_pages(image_pages, [0])
    target = folder / "blandet.pdf"
    combined.save(target)
    for document in (combined, original, image_pages):
        document.close()
    return target


def test_reading_scanned_without_ocr_says_how_to_turn_it_on(scanned: Path) -> None:
    with pytest.raises(NoTextLayerError) as info:
        pv.read_plan(scanned)
    assert "«skannet.pdf»" in str(info.value)
    assert "ocr=True" in str(info.value)
    assert info.value.pages == [1, 2]


def test_reading_ocr_missing_tools_say_what_to_install(
    scanned: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("planvurdering.reading.ocr.shutil.which", lambda name: None)
    with pytest.raises(NoTextLayerError) as info:
        pv.read_plan(scanned, ocr=True)
    message = str(info.value)
    assert "«skannet.pdf»" in message
    assert "ocrmypdf" in message and "tesseract-ocr-nor" in message and "apt-get" in message


@needs_ocr
def test_reading_ocr_scanned_plan(scanned: Path) -> None:
    plan = pv.read_plan(scanned, ocr=True)
    assert [page.ocr for page in plan.pages] == [True, True]
    for number, sentence in SENTENCES.items():
        assert share_of_words(sentence, plan.pages[number - 1].text) >= 0.9
    assert "folketallet" in plan.pages[1].text  # «folketal-/let» joined
    assert plan.municipality == "Fjordvik kommune"
    assert plan.plan_type == "samfunnsdel"
    headings = [h.display for page in plan.pages for h in page.headings]
    assert "1 Innledning" in headings and "2.1 Befolkningsutvikling" in headings
    assert any("OCR" in warning and "kontrolleres" in warning for warning in plan.warnings)
    # Running header and footer are removed from OCR pages too.
    assert "Side 2" not in plan.pages[1].text


@needs_ocr
def test_reading_ocr_mixed_reads_text_pages_directly(mixed: Path) -> None:
    plan = pv.read_plan(mixed, ocr=True)
    assert [page.ocr for page in plan.pages] == [False, True]
    direct = pv.read_plan(SOURCE).pages[0].text
    assert plan.pages[0].text == direct  # the text layer, not OCR («–», «§» intact)
    assert "§ 11-2" in plan.pages[0].text
    assert share_of_words(SENTENCES[2], plan.pages[1].text) >= 0.9
    assert any("Sidene 2 " in warning and "OCR" in warning for warning in plan.warnings)
