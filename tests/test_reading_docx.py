"""Tests of reading Word drafts (.docx): headings, lists, tables, pages, damaged files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK

import planvurdering as pv
from planvurdering.errors import CorruptPlanError, PlanTooLargeError, UnsupportedFormatError

BOKMAL = {
    "title": "Kommuneplanens samfunnsdel 2024–2036",
    "municipality": "Fjordvik kommune",
    "chapter": "4 Satsingsområder",
    "section": "4.2 Bolig",
    "subsection": "Boligsosialt arbeid",
    "paragraph": "Kommunen skal hjelpe flere innvandrere til å eie egen bolig.",
    "items": ["Startlån til førstegangskjøpere", "Flere utleieboliger i sentrum"],
    "table": [["Tiltak", "Ansvar", "Frist"], ["Leie-til-eie", "Tildelingskontoret", "2026"]],
}
NYNORSK = {
    "title": "Kommuneplanen sin samfunnsdel 2024–2036",
    "municipality": "Fjellbygd kommune",
    "chapter": "4 Satsingsområde",
    "section": "4.2 Bustad",
    "subsection": "Bustadsosialt arbeid",
    "paragraph": "Kommunen skal hjelpe fleire innvandrarar til å eige eigen bustad.",
    "items": ["Startlån til førstegongskjøparar", "Fleire utleigebustader i sentrum"],
    "table": [["Tiltak", "Ansvar", "Frist"], ["Leige-til-eige", "Tildelingskontoret", "2026"]],
}


def _write_plan(path: Path, text: dict[str, object]) -> Path:
    document = docx.Document()
    document.add_paragraph(str(text["municipality"]))
    document.add_heading(str(text["title"]), level=0)
    document.add_heading(str(text["chapter"]), level=1)
    document.add_heading(str(text["section"]), level=2)
    # Level 4 straight after level 2: a jump the reader makes consecutive.
    document.add_heading(str(text["subsection"]), level=4)
    document.add_paragraph(str(text["paragraph"]))
    for item in text["items"]:  # type: ignore[attr-defined]
        document.add_paragraph(item, style="List Bullet")
    rows = text["table"]
    table = document.add_table(rows=len(rows), cols=3)  # type: ignore[arg-type]
    for row, values in zip(table.rows, rows, strict=True):  # type: ignore[call-overload]
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_paragraph("Tekst etter tabellen.")
    document.save(str(path))
    return path


@pytest.mark.parametrize(
    ("text", "plan_type"), [(BOKMAL, "samfunnsdel"), (NYNORSK, "samfunnsdel")], ids=["nb", "nn"]
)
def test_reading_docx_structure(tmp_path: Path, text: dict[str, object], plan_type: str) -> None:
    plan = pv.read_plan(_write_plan(tmp_path / "utkast.docx", text))
    assert len(plan.pages) == 1
    page = plan.pages[0]
    assert page.label == "1"
    assert plan.title == text["title"]
    assert plan.municipality == text["municipality"]
    assert plan.plan_type == plan_type
    assert [(h.display, h.level) for h in page.headings] == [
        (text["title"], 1),
        (text["chapter"], 1),
        (text["section"], 2),
        (text["subsection"], 3),
    ]
    items = text["items"]
    assert f"\n\n- {items[0]}\n- {items[1]}\n\n" in page.text  # type: ignore[index]
    assert page.tables[0].rows == text["table"]
    row = text["table"][1]  # type: ignore[index]
    assert " | ".join(row) in page.text
    assert page.text.index(str(text["paragraph"])) < page.text.index(" | ".join(row))
    assert page.text.endswith("Tekst etter tabellen.")


def test_reading_docx_page_breaks_and_numbered_lists(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Integreringsplan for Fjordvik kommune", level=1)
    document.add_paragraph("Første side.").add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("Andre side med arbeids\u00adinnvandrere.")
    document.add_paragraph("Første tiltak", style="List Number")
    document.add_paragraph("Andre tiltak", style="List Number")
    later = document.add_paragraph("Tredje side.")
    later.paragraph_format.page_break_before = True
    path = tmp_path / "sider.docx"
    document.save(str(path))
    plan = pv.read_plan(path)
    assert [page.label for page in plan.pages] == ["1", "2", "3"]
    assert plan.pages[0].text.endswith("Første side.")
    assert "arbeidsinnvandrere" in plan.pages[1].text
    assert "1. Første tiltak\n2. Andre tiltak" in plan.pages[1].text
    assert plan.pages[2].text == "Tredje side."
    assert plan.plan_type == "integreringsplan"


def test_reading_docx_norwegian_style_names(tmp_path: Path) -> None:
    """Headings from a Norwegian template: styles named «Overskrift 1/2»."""
    document = docx.Document()
    for level in (1, 2):
        document.styles[f"Heading {level}"].name = f"Overskrift {level}"
    document.add_paragraph("Boligsosial handlingsplan", style=f"Overskrift {1}")
    document.add_paragraph("Mål", style="Overskrift 2")
    document.add_paragraph("Alle skal bo godt.")
    path = tmp_path / "overskrift.docx"
    document.save(str(path))
    plan = pv.read_plan(path)
    assert [(h.title, h.level) for h in plan.pages[0].headings] == [
        ("Boligsosial handlingsplan", 1),
        ("Mål", 2),
    ]


def test_reading_docx_damaged_files(tmp_path: Path) -> None:
    good = _write_plan(tmp_path / "god.docx", BOKMAL)
    data = good.read_bytes()
    truncated = tmp_path / "avkortet.docx"
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptPlanError, match=r"«avkortet\.docx».*skadet"):
        pv.read_plan(truncated)
    broken_xml = tmp_path / "ødelagt.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(broken_xml, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/document.xml":
                content = content[: len(content) // 2]
            target.writestr(item, content)
    with pytest.raises(CorruptPlanError, match=r"«ødelagt\.docx» er et skadet Word-dokument"):
        pv.read_plan(broken_xml)
    renamed = tmp_path / "plan.docx"
    renamed.write_bytes(b"Bare tekst, ikke Word.\n")
    with pytest.raises(UnsupportedFormatError, match=r"«plan\.docx».*omdøpt"):
        pv.read_plan(renamed)
    not_word = tmp_path / "arkiv.docx"
    with zipfile.ZipFile(not_word, "w") as archive:
        archive.writestr("data.txt", "hei")
    with pytest.raises(UnsupportedFormatError, match="ikke et Word-dokument"):
        pv.read_plan(not_word)


def test_reading_docx_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bombe.docx"
    good = _write_plan(tmp_path / "god.docx", BOKMAL)
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            out.writestr(item.filename, source.read(item.filename))
        out.writestr("word/media/padding.bin", b"\0" * 50_000_000)
    assert path.stat().st_size < 1_000_000
    with pytest.raises(PlanTooLargeError, match="max_bytes"):
        pv.read_plan(path, max_bytes=20_000_000)
