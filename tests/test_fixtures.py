"""The sample plans in fixtures/: sources, generated PDFs and their expected grading.

fixtures/generate.py turns each fixtures/source/<name>.md into fixtures/plans/<name>.pdf;
fixtures/expected.yaml records what a county officer grading by the codebook gives each
plan. These tests check that the PDFs carry their sources (text, hyphenation, running
header and footer, tables, two-column pages), that they are up to date and
reproducible, and that the library grades them as expected.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pdfplumber
import pytest
import yaml

if TYPE_CHECKING:
    from planvurdering import Assessment

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load(
    (FIXTURES / "expected.yaml").read_text(encoding="utf-8")
)["plans"]
PLANS = sorted(EXPECTED)
THEMES = [(name, theme) for name in PLANS for theme in EXPECTED[name]["themes"]]
"""(plan, theme) pairs; the library is imported only where it is used, so the checks of
the files themselves run even while the library does not import."""
WORD = r"[^\W\d_]"
"""A letter, in any alphabet (æ, ø, å included)."""


@cache
def load_generator() -> ModuleType:
    """fixtures/generate.py as a module (fixtures/ is not a package)."""
    name = "planvurdering_fixtures_generate"
    spec = importlib.util.spec_from_file_location(name, FIXTURES / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@cache
def source_words(name: str) -> frozenset[str]:
    """Every word of a source, with and without its inner hyphens ("leie-til-eie")."""
    text = (FIXTURES / EXPECTED[name]["source"]).read_text(encoding="utf-8")
    return frozenset(re.findall(rf"{WORD}+(?:-{WORD}+)*", text))


def join_hyphenation(text: str, words: frozenset[str]) -> str:
    """Join "sam-\\nfunn" to "samfunn" when that is a word of the source; keep real hyphens."""

    def join(match: re.Match[str]) -> str:
        head, tail = match.group(1), match.group(2)
        if head + tail in words:
            return head + tail
        if f"{head}-{tail}" in words:
            return f"{head}-{tail}"
        return f"{head}- {tail}"

    return re.sub(rf"({WORD}+)-\n({WORD}+)", join, text)


@cache
def pdf_pages(name: str) -> tuple[str, ...]:
    """Each page's text in reading order (content-stream order, so columns stay apart)."""
    with pdfplumber.open(FIXTURES / EXPECTED[name]["pdf"]) as pdf:
        return tuple(page.extract_text(use_text_flow=True) for page in pdf.pages)


@cache
def pdf_text(name: str) -> str:
    """The whole PDF as one line of text: hyphenation joined, whitespace collapsed."""
    text = join_hyphenation("\n".join(pdf_pages(name)), source_words(name))
    return " ".join(text.split())


def hyphenated_breaks(name: str) -> list[str]:
    """Words that the PDF breaks at a line end with a hyphen that the source does not have."""
    words = source_words(name)
    breaks = re.findall(rf"({WORD}+)-\n({WORD}+)", "\n".join(pdf_pages(name)))
    return [head + tail for head, tail in breaks if head + tail in words]


@cache
def assessment(name: str) -> Assessment:
    """The library's grading of one sample plan."""
    import planvurdering as pv

    plan = pv.read_plan(FIXTURES / EXPECTED[name]["pdf"])
    return pv.assess(plan, pv.load_criteria())


def test_fixtures_every_pdf_has_a_source_and_vice_versa() -> None:
    sources = {path.stem for path in (FIXTURES / "source").glob("*.md")}
    pdfs = {path.stem for path in (FIXTURES / "plans").glob("*.pdf")}
    assert sources, "fixtures/source/ has no sources"
    assert sources == pdfs
    assert set(PLANS) == sources


@pytest.mark.parametrize("name", PLANS)
def test_fixtures_front_matter_matches_expected(name: str) -> None:
    source = load_generator().read_source(FIXTURES / EXPECTED[name]["source"])
    for key in ("title", "municipality", "plan_type", "language"):
        assert source.meta[key] == EXPECTED[name][key], key


@pytest.mark.parametrize("name", PLANS)
def test_fixtures_expected_quotes_the_source(name: str) -> None:
    source = (FIXTURES / EXPECTED[name]["source"]).read_text(encoding="utf-8")
    flat = " ".join(source.replace("**", "").split())
    quotes = list(EXPECTED[name]["key_sentences"])
    quotes += [t["evidence"] for t in EXPECTED[name]["themes"].values() if "evidence" in t]
    assert len(EXPECTED[name]["key_sentences"]) >= 2
    for quote in quotes:
        assert quote in flat, quote


@pytest.mark.parametrize("name", PLANS)
def test_fixtures_expected_grades_every_theme_with_evidence(name: str) -> None:
    from planvurdering.models import THEME_IDS

    themes = EXPECTED[name]["themes"]
    assert set(themes) == set(THEME_IDS)
    for theme, grade in themes.items():
        assert grade["level"] in (0, 1, 2, 3), theme
        assert ("evidence" in grade) == (grade["level"] > 0), theme
        assert grade["why"].strip(), theme


@pytest.mark.parametrize("name", PLANS)
def test_fixtures_pdf_contains_key_sentences(name: str) -> None:
    text = pdf_text(name)
    for sentence in EXPECTED[name]["key_sentences"]:
        assert sentence in text, sentence


@pytest.mark.parametrize("name", PLANS)
def test_fixtures_pdf_is_hyphenated(name: str) -> None:
    broken = hyphenated_breaks(name)
    assert len(broken) >= 3, broken


@pytest.mark.parametrize("name", PLANS)
def test_fixtures_pdf_has_header_and_footer_on_every_page(name: str) -> None:
    header = f"{EXPECTED[name]['municipality']} – {EXPECTED[name]['title']}"
    with pdfplumber.open(FIXTURES / EXPECTED[name]["pdf"]) as pdf:
        assert 4 <= len(pdf.pages) <= 10
        for page in pdf.pages:
            band = 20 * 72 / 25.4  # the top and bottom 20 mm
            top = page.crop((0, 0, page.width, band)).extract_text()
            bottom = page.crop((0, page.height - band, page.width, page.height)).extract_text()
            assert top.strip() == header, page.page_number
            assert bottom.strip() == f"Side {page.page_number}"


@pytest.mark.parametrize("name", PLANS)
def test_fixtures_pdf_has_tables_and_a_two_column_page(name: str) -> None:
    source = (FIXTURES / EXPECTED[name]["source"]).read_text(encoding="utf-8")
    source_heads = [
        [cell.strip() for cell in head.strip("|").split("|")]
        for head in re.findall(r"^(\|.*\|)\n\|[-| :]+\|$", source, re.MULTILINE)
    ]
    words = source_words(name)
    with pdfplumber.open(FIXTURES / EXPECTED[name]["pdf"]) as pdf:
        heads = [
            [join_hyphenation(cell or "", words).replace("\n", " ") for cell in table[0]]
            for page in pdf.pages
            for table in page.extract_tables()
        ]
        two_column = [page.page_number for page in pdf.pages if is_two_column(page)]
    assert source_heads
    for head in source_heads:
        assert head in heads
    assert two_column


def is_two_column(page: Any) -> bool:
    """At least ten lines of text stand side by side with a gutter at the page's middle."""
    middle = page.width / 2
    words = page.extract_words()
    crossing = [w["top"] for w in words if w["x0"] < middle < w["x1"]]
    left = {round(w["top"]) for w in words if w["x1"] < middle - 5}
    right = [w["top"] for w in words if w["x0"] > middle + 5]
    beside = [
        top
        for top in left
        if any(abs(top - other) < 12 for other in right)
        and not any(abs(top - other) < 3 for other in crossing)
    ]
    return len(beside) >= 10


@pytest.mark.parametrize("name", PLANS)
def test_fixtures_pdf_is_small(name: str) -> None:
    assert (FIXTURES / EXPECTED[name]["pdf"]).stat().st_size < 200_000


@pytest.mark.parametrize("name", PLANS)
def test_fixtures_pdf_is_up_to_date_with_source(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regenerating gives the committed PDF's text: nobody edited a source and forgot `make
    fixtures`. Two runs give identical bytes."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")  # restored after the test
    generate = load_generator()
    source = generate.read_source(FIXTURES / EXPECTED[name]["source"])
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    generate.build(source, first)
    generate.build(source, second)
    assert first.read_bytes() == second.read_bytes()
    with pdfplumber.open(first) as pdf:
        rebuilt = tuple(page.extract_text(use_text_flow=True) for page in pdf.pages)
    assert rebuilt == pdf_pages(name)


@pytest.mark.parametrize(("name", "theme"), THEMES)
def test_fixtures_theme_level_matches_expected(name: str, theme: str) -> None:
    result = assessment(name)
    expected = EXPECTED[name]["themes"][theme]
    assert result.themes[theme].level == expected["level"], expected["why"]


@pytest.mark.parametrize("name", PLANS)
def test_fixtures_reader_finds_municipality_and_plan_type(name: str) -> None:
    result = assessment(name)
    assert result.plan["municipality"] == EXPECTED[name]["municipality"]
    assert result.plan_type == EXPECTED[name]["plan_type"]
