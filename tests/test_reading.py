"""Tests of planvurdering.reading: read_plan on PDF, Markdown and text files."""

from __future__ import annotations

import base64
from pathlib import Path

import pikepdf
import pytest

import planvurdering as pv
from _shared import SHARED
from planvurdering.errors import (
    CorruptPlanError,
    EncryptedPlanError,
    NoTextLayerError,
    PlanNotFoundError,
    PlanTooLargeError,
    UnsupportedFormatError,
)
from planvurdering.reading.text import join_lines, page_number_in

TELEMARK = SHARED / "data" / "plans" / "telemark_regional_plan_folkehelse_2018-2030.pdf"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg=="
)

SAMPLE_HTML = """<html lang="nb"><head><style>
@page { size: A4; margin: 2cm;
  @top-center { content: "Kommuneplanens samfunnsdel 2024–2036"; font-size: 9pt }
  @bottom-center { content: "Side " counter(page); font-size: 9pt } }
body { font-family: DejaVu Serif; font-size: 11pt }
h1 { font-size: 22pt } h2 { font-size: 16pt } h3 { font-size: 13pt }
.cols { columns: 2; column-gap: 1cm; text-align: justify; hyphens: auto }
table { border-collapse: collapse } td, th { border: 1px solid black; padding: 3px }
</style></head><body>
<h1>Fjordvik kommune</h1>
<p>Kommuneplanens samfunnsdel 2024–2036</p>
<h2>1 Innledning</h2>
<p>Kommunen vil styrke samarbeidet med IMDi-kontoret og bolig- og tjenesteområdet.</p>
<ul><li>Første punkt om bosetting</li><li>Andre punkt om språkopplæring</li></ul>
<h2 style="page-break-before: always">4 Bolig og stedsutvikling</h2>
<h3>4.3 Boligsosialt arbeid</h3>
<table><tr><th>Tiltak</th><th>Ansvar</th><th>Frist</th></tr>
<tr><td>Startlån til førstegangskjøpere</td><td>NAV</td><td>2025</td></tr>
<tr><td>Flere utleieboliger</td><td>Eiendom</td><td>2026</td></tr></table>
<div class="cols"><p>VENSTRE """
SAMPLE_HTML += "Frivillighetsarbeidet i kommunen skal gi nye innbyggere muligheter. " * 14
SAMPLE_HTML += "</p><p>HØYRE " + "Boligpolitikken skal sikre at flere kan eie sin egen bolig. " * 14
SAMPLE_HTML += "</p></div></body></html>"


@pytest.fixture(scope="session")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Small test files: a sample plan PDF and broken variants of it."""
    from weasyprint import HTML

    folder = tmp_path_factory.mktemp("reading")
    sample = folder / "plan.pdf"
    HTML(string=SAMPLE_HTML).write_pdf(sample)
    data = sample.read_bytes()
    (folder / "truncated.pdf").write_bytes(data[: len(data) // 3])
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "renamed.pdf").write_bytes(b"Dette er bare tekst, ikke en PDF.\n")
    (folder / "plan.xlsx").write_bytes(b"\x00\x01binary")
    with pikepdf.open(sample) as pdf:
        pdf.save(
            folder / "encrypted.pdf", encryption=pikepdf.Encryption(owner="eier", user="hemmelig")
        )
    image = "data:image/png;base64," + base64.b64encode(PNG).decode()
    scanned_html = f'<img src="{image}" style="width:15cm;height:20cm">'
    HTML(string=scanned_html).write_pdf(folder / "scanned.pdf")
    mixed_html = (
        SAMPLE_HTML.split("<body>")[0]
        + '<body><p>Side med tekst om integrering.</p><div style="page-break-before: always">'
        + f'<img src="{image}" style="width:15cm;height:20cm"></div></body></html>'
    )
    HTML(string=mixed_html).write_pdf(folder / "mixed.pdf")
    return {path.name: path for path in folder.iterdir()}


@pytest.fixture(scope="session")
def sample(files: dict[str, Path]) -> pv.Plan:
    return pv.read_plan(files["plan.pdf"])


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["mulig-", "heter"], "muligheter"),
        (["frivillighets-", "planer"], "frivillighetsplaner"),
        (["arbeidsli\u2010", "vet"], "arbeidslivet"),
        (["språk\u00ad", "opplæring"], "språkopplæring"),
        (["Nord-", "Trøndelag"], "Nord-Trøndelag"),
        (["IMDi-", "kontoret"], "IMDi-kontoret"),
        (["bolig-", "og tjenesteområdet"], "bolig- og tjenesteområdet"),
        (["2024–", "2036"], "2024–2036"),
        (["kommunen skal", "bosette"], "kommunen skal bosette"),
        (["mulig\ufffe", "heter"], "muligheter"),
    ],
)
def test_reading_join_lines_hyphenation(lines: list[str], expected: str) -> None:
    assert join_lines(lines) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Side 4", 4),
        ("side 12 av 40", 12),
        ("7", 7),
        ("5 – Folkehelseutfordringer i Telemark", 5),
        ("Kommuneplanens samfunnsdel | 23", 23),
        ("- 9 -", 9),
        ("Kommuneplanens samfunnsdel 2024–2036", None),
        ("Bolig og stedsutvikling", None),
    ],
)
def test_reading_page_number_in_footer(line: str, expected: int | None) -> None:
    assert page_number_in(line) == expected


def test_reading_pdf_removes_running_header_and_footer(sample: pv.Plan) -> None:
    assert len(sample.pages) >= 2
    for page in sample.pages:
        assert "Side " + page.label not in page.text
    # The header text also occurs once on the title page as body text, not on page 2.
    assert "Kommuneplanens samfunnsdel 2024–2036" not in sample.pages[1].text
    assert sample.pages[0].text.count("Kommuneplanens samfunnsdel 2024–2036") == 1


def test_reading_pdf_labels_from_footer(sample: pv.Plan) -> None:
    assert [page.label for page in sample.pages] == [str(p.number) for p in sample.pages]


def test_reading_pdf_headings_and_sections(sample: pv.Plan) -> None:
    headings = {h.display: h for page in sample.pages for h in page.headings}
    assert headings["4.3 Boligsosialt arbeid"].level == 2
    assert headings["4.3 Boligsosialt arbeid"].page == 2
    assert headings["4 Bolig og stedsutvikling"].level == 1
    assert "\n\n4.3 Boligsosialt arbeid\n\n" in sample.pages[1].text


def test_reading_pdf_metadata(sample: pv.Plan, files: dict[str, Path]) -> None:
    assert sample.municipality == "Fjordvik kommune"
    assert sample.plan_type == "samfunnsdel"
    assert sample.title == "Kommuneplanens samfunnsdel 2024–2036"
    assert sample.source == str(files["plan.pdf"])
    assert sample.sha256 is not None and len(sample.sha256) == 64


def test_reading_pdf_keeps_real_hyphens(sample: pv.Plan) -> None:
    assert "IMDi-kontoret og bolig- og tjenesteområdet" in sample.pages[0].text


def test_reading_pdf_bullets_on_own_lines(sample: pv.Plan) -> None:
    assert "\n• Første punkt om bosetting\n• Andre punkt om språkopplæring" in sample.pages[0].text


def test_reading_pdf_table_rows_and_text(sample: pv.Plan) -> None:
    tables = sample.pages[1].tables
    assert len(tables) == 1
    assert tables[0].rows[0] == ["Tiltak", "Ansvar", "Frist"]
    assert tables[0].rows[1] == ["Startlån til førstegangskjøpere", "NAV", "2025"]
    assert "Startlån til førstegangskjøpere | NAV | 2025" in sample.pages[1].text


def test_reading_pdf_two_columns_in_column_order(sample: pv.Plan) -> None:
    text = sample.pages[1].text + "\n\n" + "\n\n".join(p.text for p in sample.pages[2:])
    left, right = text.index("VENSTRE"), text.index("HØYRE")
    assert left < right
    left_text = text[left:right]
    assert "Boligpolitikken" not in left_text
    assert left_text.count("Frivillighetsarbeidet") >= 10
    assert "mulig‐" not in text and "muligheter" in text


def test_reading_telemark_real_pdf() -> None:
    plan = pv.read_plan(TELEMARK)
    assert len(plan.pages) == 23
    assert [p.label for p in plan.pages[:6]] == ["1", "2", "3", "4", "5", "6"]
    page7 = plan.pages[6]
    assert [h.title for h in page7.headings][:1] == ["Demografi"]
    assert plan.title == "Regional plan for folkehelse i Telemark 2018–2030"
    assert plan.plan_type == "annen"  # a regional plan: no municipal plan type
    # Footers such as «5 – Folkehelseutfordringer i Telemark» are gone from the body text.
    assert "5 – Folkehelseutfordringer i Telemark" not in plan.pages[4].text
    assert "forankres i planverk" in plan.pages[10].text


@pytest.mark.parametrize(
    ("name", "error", "phrase"),
    [
        ("empty.pdf", CorruptPlanError, "er tom"),
        ("truncated.pdf", CorruptPlanError, "skadet eller avkortet"),
        ("renamed.pdf", UnsupportedFormatError, "omdøpt"),
        ("plan.xlsx", UnsupportedFormatError, "format"),
        ("encrypted.pdf", EncryptedPlanError, "Oppgi passordet med password="),
        ("scanned.pdf", NoTextLayerError, "OCR"),
    ],
)
def test_reading_bad_files_raise_norwegian_errors(
    files: dict[str, Path], name: str, error: type[Exception], phrase: str
) -> None:
    with pytest.raises(error) as info:
        pv.read_plan(files[name])
    assert f"«{name}»" in str(info.value)
    assert phrase in str(info.value)


def test_reading_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PlanNotFoundError, match="Fant ikke filen"):
        pv.read_plan(tmp_path / "finnes-ikke.pdf")


def test_reading_encrypted_with_password(files: dict[str, Path]) -> None:
    plan = pv.read_plan(files["encrypted.pdf"], password="hemmelig")
    assert plan.municipality == "Fjordvik kommune"
    with pytest.raises(EncryptedPlanError, match="feil"):
        pv.read_plan(files["encrypted.pdf"], password="galt")


def test_reading_mixed_scanned_pages_warn(files: dict[str, Path]) -> None:
    plan = pv.read_plan(files["mixed.pdf"])
    assert "integrering" in plan.pages[0].text
    assert any("Sidene 2" in warning and "OCR" in warning for warning in plan.warnings)
    with pytest.raises(NoTextLayerError) as info:
        pv.read_plan(files["mixed.pdf"], strict=True)
    assert info.value.pages == [2]


def test_reading_limits(files: dict[str, Path]) -> None:
    with pytest.raises(PlanTooLargeError, match="max_pages"):
        pv.read_plan(files["plan.pdf"], max_pages=1)
    with pytest.raises(PlanTooLargeError, match="max_bytes"):
        pv.read_plan(files["plan.pdf"], max_bytes=100)


def test_reading_markdown(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(
        "# Strategisk næringsplan for Fjordvik kommune\n\n"
        "## 2.1 Arbeidskraft\n\nKommunen skal kartlegge\nbehovet for arbeids-\nkraft.\n\n"
        "- praksisplasser\n- lærlingeplasser\n\n"
        "| Tiltak | Ansvar |\n|---|---|\n| Jobbsjansen | NAV |\n",
        encoding="utf-8",
    )
    plan = pv.read_plan(path)
    page = plan.pages[0]
    assert plan.plan_type == "naeringsplan"
    assert plan.municipality == "Fjordvik kommune"
    assert [h.display for h in page.headings] == [
        "Strategisk næringsplan for Fjordvik kommune",
        "2.1 Arbeidskraft",
    ]
    assert "Kommunen skal kartlegge behovet for arbeidskraft." in page.text
    assert "• praksisplasser\n• lærlingeplasser" not in page.text
    assert "- praksisplasser\n- lærlingeplasser" in page.text
    assert page.tables[0].rows == [["Tiltak", "Ansvar"], ["Jobbsjansen", "NAV"]]
    assert "Jobbsjansen | NAV" in page.text


def test_reading_text_file_pages_and_encoding(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(
        "Boligsosial handlingsplan\n\nVi vil bygge boliger.\fSide to.".encode("cp1252")
    )
    plan = pv.read_plan(path)
    assert [page.text for page in plan.pages] == [
        "Boligsosial handlingsplan\n\nVi vil bygge boliger.",
        "Side to.",
    ]
    assert plan.plan_type == "boligsosial_handlingsplan"


def test_reading_heading_levels_made_consecutive(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(
        "## Integreringsplan\n\nTekst.\n\n### Mål\n\nTekst.\n\n##### Delmål\n\nTekst.\n\n"
        "### Tiltak\n\nTekst.\n\n## 5 Oppfølging\n\nTekst.\n\n### 5.1.2 Rapportering\n\nTekst.\n",
        encoding="utf-8",
    )
    headings = pv.read_plan(path).pages[0].headings
    assert [(h.display, h.level) for h in headings] == [
        ("Integreringsplan", 1),
        ("Mål", 2),
        ("Delmål", 3),
        ("Tiltak", 2),
        ("5 Oppfølging", 1),
        ("5.1.2 Rapportering", 2),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The type is named on page 2 only, often: found beyond the title area.
        ("Fjordvik kommune\n\n" + "Innledning. " * 80 + "\fDenne integreringsplanen "
         "gjelder 2024–2028. Integreringsplanen skal rulleres.", "integreringsplan"),
        # Named once in passing beyond the title area: a reference, not the type.
        ("Fjordvik kommune\n\n" + "Innledning. " * 80 + "\fSe kommuneplanens samfunnsdel.",
         None),
        # A title naming a plan of no known type stays «annen».
        ("Kommunedelplan for veg og vatn\n\nJf. kommuneplanens samfunnsdel.", "annen"),
    ],
)  # fmt: skip
def test_reading_plan_type_beyond_title_area(
    tmp_path: Path, text: str, expected: str | None
) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    assert pv.read_plan(path).plan_type == expected


def test_reading_pdf_bold_lead_in_is_not_a_heading() -> None:
    """«**Mål:** Alle voksne …» starts bold but is a paragraph; its hyphenation is joined."""
    plan = pv.read_plan(Path(__file__).resolve().parents[1] / "fixtures/plans/sterk_bokmal.pdf")
    headings = [h.display for page in plan.pages for h in page.headings]
    assert not any(h.startswith(("Mål:", "Fjordvik – rom for alle")) for h in headings)
    assert "Mål: Alle voksne innvandrere skal få et norskopplæringstilbud som passer deres " \
        "arbeidssituasjon og bakgrunn." in plan.text  # fmt: skip
    assert "\ufffe" not in plan.text
