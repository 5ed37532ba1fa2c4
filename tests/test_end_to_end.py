"""The whole path, as `make demo` runs it: plan PDF → grading → statistics → response PDF."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

import planvurdering as pv

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "fixtures" / "plans" / "sterk_bokmal.pdf"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Run the demo's command line on the strong sample plan."""
    out = tmp_path_factory.mktemp("demo")
    paths = {
        "pdf": out / "hoeringsuttalelse.pdf",
        "json": out / "vurdering.json",
        "self": out / "egenvurdering.pdf",
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from planvurdering.cli import main; main()",
            "assess",
            str(PLAN),
            "--county",
            "46",
            "--case-ref",
            "2024/1234",
            "--out",
            str(paths["pdf"]),
            "--self-assessment",
            str(paths["self"]),
            "--json",
            str(paths["json"]),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return paths


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_end_to_end_response_carries_municipality_statistics_themes_and_quotes(
    demo: dict[str, Path],
) -> None:
    assessment = pv.Assessment.from_json(demo["json"].read_text(encoding="utf-8"))
    text = _pdf_text(demo["pdf"])
    flat = re.sub(r"\s+", " ", text)

    assert "Fjordvik kommune" in flat
    assert "Vestland fylkeskommune" in flat
    assert "2024/1234" in flat

    stats = assessment.statistics
    assert stats is not None
    assert stats.county.population == 606_835  # Hordaland + Sogn og Fjordane, 2013
    share = f"{stats.county.immigrants_share:.1f}".replace(".", ",")
    assert f"{share} %" in flat
    assert "606 835" in flat

    for theme in assessment.themes.values():
        if theme.applies:
            assert theme.title.nb in flat

    # At least one quoted piece of evidence, with the page it stands on.
    quoted = [
        piece
        for theme in assessment.themes.values()
        for criterion in theme.criteria
        for piece in criterion.evidence
        if piece.level >= 2
    ]
    assert quoted
    found = [
        piece
        for piece in quoted
        if re.sub(r"\s+", " ", piece.text)[:40] in flat and f"s. {piece.page_label}" in flat
    ]
    assert found, "no evidence quote with its page number in the letter"


def test_end_to_end_strong_plan_addresses_every_theme(demo: dict[str, Path]) -> None:
    data = json.loads(demo["json"].read_text(encoding="utf-8"))
    assert data["plan"]["municipality"] == "Fjordvik kommune"
    assert data["plan"]["plan_type"] == "samfunnsdel"
    for theme_id in ("demografi", "bolig", "sprak", "arbeidsgiver", "frivillighet"):
        assert data["themes"][theme_id]["level"] == 3
    assert 0 <= data["score"] <= 100


def test_end_to_end_self_assessment_is_a_checklist(demo: dict[str, Path]) -> None:
    assessment = pv.Assessment.from_json(demo["json"].read_text(encoding="utf-8"))
    text = re.sub(r"\s+", " ", _pdf_text(demo["self"]))
    assert text.startswith("Egenvurdering")
    for theme in assessment.themes.values():
        assert theme.title.nb in text
    criteria = [c for t in assessment.themes.values() for c in t.criteria]
    # Each criterion gets a status row; those short of a measure get what to add.
    assert text.count("Ingenting") >= sum(c.level == 3 for c in criteria) > 0
    if any(c.level < 3 for c in criteria):
        assert "Fylkeskommunen rår" in text
