"""Tests of the reader's bounds: decompression bombs, huge page counts, time and characters."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pikepdf
import pytest

import planvurdering as pv
from planvurdering.errors import PlanTooLargeError

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "plans" / "sterk_bokmal.pdf"
BOMB_MB = 300
PEAK_LIMIT_MB = 400


def _deflate_repeated(unit: bytes, total: int) -> bytes:
    compressor = zlib.compressobj(9)
    chunk = unit * (1_000_000 // len(unit))
    out = [compressor.compress(chunk) for _ in range(total // len(chunk))]
    out.append(compressor.flush())
    return b"".join(out)


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Page 1 of the sample plan, then a page of path operators inflating to 300 MB.

    PDFium alone needs over 4 GB to load that page (measured: killed at a 4 GB limit).
    """
    path = tmp_path_factory.mktemp("bounds") / "bombe.pdf"
    with pikepdf.open(SAMPLE) as sample, pikepdf.new() as pdf:
        pdf.pages.append(sample.pages[0])
        pdf.add_blank_page(page_size=(595, 842))
        stream = pikepdf.Stream(pdf, _deflate_repeated(b"0 0 m 1 1 l S\n", BOMB_MB * 10**6))
        stream.Filter = pikepdf.Name.FlateDecode
        pdf.pages[1].obj.Contents = pdf.make_indirect(stream)
        pdf.save(path)
    return path


def test_reading_bomb_is_skipped_within_memory(bomb: Path) -> None:
    assert bomb.stat().st_size < 2_000_000
    script = (
        # VmHWM, not ru_maxrss: a child's ru_maxrss starts at the forking parent's peak
        # (pytest's, hundreds of MB in a full run); VmHWM belongs to this process image.
        "import json, sys, time\n"
        "def hwm():\n"
        "    for line in open('/proc/self/status'):\n"
        "        if line.startswith('VmHWM:'):\n"
        "            return int(line.split()[1])\n"
        "import planvurdering as pv\n"
        "before = hwm()\n"
        "start = time.monotonic()\n"
        "plan = pv.read_plan(sys.argv[1])\n"
        "print(json.dumps({'seconds': time.monotonic() - start, 'before': before,\n"
        "  'peak': hwm(),\n"
        "  'pages': [p.text[:40] for p in plan.pages], 'warnings': plan.warnings}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(bomb)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    peak_mb = report["peak"] / 1024
    assert peak_mb < PEAK_LIMIT_MB, report
    assert report["seconds"] < 20
    assert report["pages"][0].startswith("Fjordvik kommune")
    assert report["pages"][1] == ""
    assert any("Side 2 i «bombe.pdf»" in w and "max_page_content" in w for w in report["warnings"])


def test_reading_bomb_strict_and_raised_limit(bomb: Path) -> None:
    with pytest.raises(PlanTooLargeError, match=r"Side 2 i «bombe\.pdf».*max_page_content"):
        pv.read_plan(bomb, strict=True)


@pytest.fixture(scope="module")
def five_thousand_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bounds") / "5000.pdf"
    with pikepdf.new() as pdf:
        pdf.add_blank_page(page_size=(595, 842))
        page = pdf.pages[0].obj
        for _ in range(4999):
            pdf.pages.append(pikepdf.Page(page))
        pdf.save(path)
    return path


def test_reading_page_count_checked_before_work(five_thousand_pages: Path) -> None:
    start = time.monotonic()
    with pytest.raises(PlanTooLargeError) as info:
        pv.read_plan(five_thousand_pages)
    assert time.monotonic() - start < 2
    message = str(info.value)
    assert "«5000.pdf» har 5000 sider" in message
    assert "grensen på 2000" in message and "max_pages=" in message


def test_reading_time_limit(five_thousand_pages: Path) -> None:
    start = time.monotonic()
    with pytest.raises(PlanTooLargeError, match=r"mer enn 0\.01 sekunder.*max_seconds="):
        pv.read_plan(five_thousand_pages, max_pages=10_000, max_seconds=0.01)
    assert time.monotonic() - start < 5


def test_reading_characters_per_page_capped() -> None:
    plan = pv.read_plan(SAMPLE, max_chars_per_page=500)
    assert all(len(page.text) <= 600 for page in plan.pages)
    assert any("over 500 tegn" in warning for warning in plan.warnings)


def test_reading_form_drawn_thousands_of_times_is_skipped(tmp_path: Path) -> None:
    """A 1 KB file whose page draws a 100 KB form 1000 times (PDFium alone: 1.8 GB)."""
    path = tmp_path / "skjema.pdf"
    with pikepdf.new() as pdf:
        pdf.add_blank_page(page_size=(595, 842))
        form = pikepdf.Stream(pdf, zlib.compress(b"0 0 m 1 1 l S\n" * 7000))
        form.Filter = pikepdf.Name.FlateDecode
        form.Type, form.Subtype = pikepdf.Name.XObject, pikepdf.Name.Form
        form.BBox = [0, 0, 10, 10]
        page = pdf.pages[0].obj
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Fm0=pdf.make_indirect(form)))
        page.Contents = pdf.make_indirect(pikepdf.Stream(pdf, b"/Fm0 Do\n" * 1000))
        pdf.save(path)
    assert path.stat().st_size < 20_000
    start = time.monotonic()
    plan = pv.read_plan(path)
    assert time.monotonic() - start < 2
    assert any("Side 1 i «skjema.pdf»" in w and "max_page_content" in w for w in plan.warnings)
    # Drawn 10 times, the page is read (and is empty).
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pdf.pages[0].obj.Contents.write(b"/Fm0 Do\n" * 10)
        pdf.save(path)
    assert not any("max_page_content" in w for w in pv.read_plan(path).warnings)
