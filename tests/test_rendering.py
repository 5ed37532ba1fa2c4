"""Tests for planvurdering.rendering: the consultation response (høringsuttalelse).

The assessments are built directly from the models, so these tests do not depend
on the reader, the grading or the statistics. Rendering a PDF takes a few
seconds, so each letter is rendered once per module and shared.
"""

from __future__ import annotations

import datetime
import json
import re
import time
from pathlib import Path

import pdfplumber
import pikepdf
import pytest

import planvurdering as pv
from planvurdering.errors import RenderError
from planvurdering.models import (
    LEVEL_NAMES,
    Assessment,
    CriterionResult,
    Evidence,
    FigureSet,
    Localized,
    Statistics,
    ThemeResult,
)
from planvurdering.rendering import write_self_assessment
from planvurdering.rendering.context import format_int, format_percent, shorten
from planvurdering.rendering.fetcher import FetchRefusedError, SafeURLFetcher
from planvurdering.rendering.response import package_folder
from planvurdering.rendering.texts import PHRASES

DATE = datetime.date(2024, 3, 15)
EVIL = '<script>alert(1)</script> <img src="file:///etc/passwd">'
HOUSING_QUOTE = "Kommunen skal innen 2026 utarbeide en boligsosial handlingsplan"


def _criterion(
    cid: str, title: str, title_nn: str, level: int, evidence: list[Evidence] | None = None
) -> CriterionResult:
    return CriterionResult(
        id=cid,
        title=title,
        title_nn=title_nn,
        level=level,
        weight=1.0,
        evidence=evidence or [],
        advice=Localized(
            nb=f"Råd på bokmål om {title.lower()}.", nn=f"Råd på nynorsk om {title_nn}."
        ),
    )


def _evidence(text: str, page: int, label: str, level: int, matched: str) -> Evidence:
    return Evidence(
        page=page, page_label=label, section="4 Tiltak", text=text, matched=[matched], level=level
    )


def _theme(
    tid: str, nb: str, nn: str, criteria: list[CriterionResult], *, applies: bool = True
) -> ThemeResult:
    level = max((c.level for c in criteria), default=0)
    score = 100 * sum(c.level for c in criteria) / (3 * len(criteria)) if criteria else 0
    return ThemeResult(
        id=tid,
        title=Localized(nb=nb, nn=nn),
        weight=1.0,
        applies=applies,
        level=level,
        score=score,
        criteria=criteria,
    )


def make_strong() -> Assessment:
    """A good plan: evidence on several themes, county + national statistics, summed."""
    themes = {
        "demografi": _theme(
            "demografi",
            "Demografi og kunnskapsgrunnlag",
            "Demografi og kunnskapsgrunnlag",
            [
                _criterion(
                    "demografi.framskriving",
                    "Befolkningsframskriving med innvandring",
                    "Folketalsframskriving med innvandring",
                    3,
                    [
                        _evidence(
                            "Innvandrere sto for 80 prosent av folketallsveksten, og "
                            "kommunalsjefen skal oppdatere analysen hvert år.",
                            6,
                            "4",
                            3,
                            "innvandrere",
                        )
                    ],
                ),
                _criterion("demografi.ssb", "Bruk av SSB-statistikk", "Bruk av SSB-statistikk", 1),
            ],
        ),
        "bolig": _theme(
            "bolig",
            "Bolig",
            "Bustad",
            [
                _criterion(
                    "bolig.plan",
                    "Boligsosial handlingsplan",
                    "Bustadsosial handlingsplan",
                    3,
                    [
                        _evidence(
                            HOUSING_QUOTE + " med innvandrere som målgruppe.",
                            14,
                            "12",
                            3,
                            "boligsosial handlingsplan",
                        ),
                        _evidence(EVIL, 15, "13", 1, "boligplan"),
                    ],
                ),
                _criterion(
                    "bolig.husbanken", "Husbankens ordninger", "Ordningane til Husbanken", 0
                ),
            ],
        ),
        "sprak": _theme(
            "sprak",
            "Språkopplæring",
            "Språkopplæring",
            [
                _criterion(
                    "sprak.kveld",
                    "Kveldskurs og nettbasert opplæring",
                    "Kveldskurs og nettbasert opplæring",
                    2,
                    [
                        _evidence(
                            "Kommunen vil tilby kveldskurs i norsk for arbeidsinnvandrere.",
                            20,
                            "18",
                            2,
                            "kveldskurs",
                        )
                    ],
                )
            ],
        ),
        "arbeidsgiver": _theme(
            "arbeidsgiver",
            "Arbeidsgivere og næringsliv",
            "Arbeidsgjevarar og næringsliv",
            [_criterion("arbeidsgiver.nav", "Samarbeid med NAV", "Samarbeid med NAV", 1)],
        ),
        "frivillighet": _theme(
            "frivillighet",
            "Frivillighet og lokal deltakelse",
            "Frivilligheit og lokal deltaking",
            [_criterion("frivillighet.velkomst", "Velkomstpakke", "Velkomstpakke", 0)],
        ),
        "inkluderende_arbeidsgiver": _theme(
            "inkluderende_arbeidsgiver",
            "Kommunen som inkluderende arbeidsgiver",
            "Kommunen som inkluderande arbeidsgjevar",
            [
                _criterion(
                    "inkluderende_arbeidsgiver.rekruttering", "Rekruttering", "Rekruttering", 2
                )
            ],
        ),
        "samarbeid": _theme(
            "samarbeid",
            "Samarbeid på tvers",
            "Samarbeid på tvers",
            [_criterion("samarbeid.imdi", "Samarbeid med IMDi", "Samarbeid med IMDi", 0)],
            applies=False,
        ),
    }
    statistics = Statistics(
        county_number="46",
        county_name="Vestland",
        year=2013,
        source="SSB, tabell 1 i «Innvandring som ressurs for Norge»",
        county=FigureSet(
            area="Vestland",
            population=599_999,
            immigrants=54_321,
            immigrants_share=9.05,
            immigrants_and_children=61_234,
            immigrants_and_children_share=10.21,
        ),
        national=FigureSet(
            area="Hele landet",
            population=5_051_275,
            immigrants=593_321,
            immigrants_share=11.75,
            immigrants_and_children=710_465,
            immigrants_and_children_share=14.07,
        ),
        summed_from=["Hordaland", "Sogn og Fjordane"],
        notes=[
            "Tallene for Vestland er summen av Hordaland og Sogn og Fjordane per 1. januar "
            "2013. Summen er en tilnærming, fordi enkelte kommuner har skiftet fylke siden: "
            "Hornindal (fra Sogn og Fjordane til Møre og Romsdal)."
        ],
        top_countries=[("Polen", 1), ("Litauen", 2)],
    )
    return Assessment(
        plan={
            "title": "Kommuneplanens samfunnsdel 2024–2036",
            "municipality": "Fjordvik",
            "plan_type": "samfunnsdel",
        },
        criteria_version="2026.1",
        library_version="0.1.0",
        plan_type="samfunnsdel",
        score=58.3,
        themes=themes,
        statistics=statistics,
        notes=["Saksbehandler har overstyrt nivået for bolig.plan."],
    )


def make_weak() -> Assessment:
    """A plan that says nothing: every level 0, no statistics."""
    themes = {
        "bolig": _theme(
            "bolig",
            "Bolig",
            "Bustad",
            [_criterion("bolig.husbanken", "Husbankens ordninger", "Ordningane til Husbanken", 0)],
        ),
        "sprak": _theme(
            "sprak",
            "Språkopplæring",
            "Språkopplæring",
            [_criterion("sprak.kveld", "Kveldskurs", "Kveldskurs", 0)],
        ),
    }
    return Assessment(
        plan={"title": "Planstrategi 2024–2027", "municipality": "Fjellby kommune"},
        criteria_version="2026.1",
        library_version="0.1.0",
        plan_type="planstrategi",
        score=0,
        themes=themes,
        statistics=None,
    )


@pytest.fixture(scope="module")
def strong() -> Assessment:
    return make_strong()


@pytest.fixture(scope="module")
def weak() -> Assessment:
    return make_weak()


LETTER = {
    "case_ref": "2024/1234",
    "their_ref": "23/456",
    "their_date": datetime.date(2024, 2, 1),
    "officer": "Kari Nordmann",
    "officer_title": "rådgiver",
    "date": DATE,
}


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("rendering")


@pytest.fixture(scope="module")
def strong_pdf(strong: Assessment, out_dir: Path) -> tuple[Path, float]:
    start = time.perf_counter()
    path = pv.write_response(strong, out_dir / "hoeringsuttalelse.pdf", **LETTER)  # type: ignore[arg-type]
    return path, time.perf_counter() - start


@pytest.fixture(scope="module")
def strong_text(strong_pdf: tuple[Path, float]) -> str:
    with pdfplumber.open(strong_pdf[0]) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@pytest.fixture(scope="module")
def nynorsk_text(strong: Assessment, out_dir: Path) -> str:
    path = pv.write_response(
        strong,
        out_dir / "hoyringsuttale.pdf",
        language="nn",
        **LETTER,  # type: ignore[arg-type]
    )
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@pytest.fixture(scope="module")
def strong_html(strong: Assessment, out_dir: Path) -> str:
    path = pv.write_response(strong, out_dir / "svar.html", format="html", **LETTER)  # type: ignore[arg-type]
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def strong_md(strong: Assessment, out_dir: Path) -> str:
    path = pv.write_response(strong, out_dir / "svar.md", format="md", **LETTER)  # type: ignore[arg-type]
    return path.read_text(encoding="utf-8")


def _flat(text: str) -> str:
    """Text with line breaks and hyphenation at line ends undone, for searching."""
    return " ".join(re.sub(r"(\w)[-\u2010\u00ad]\n(\w)", r"\1\2", text).split())


# ----------------------------------------------------------------- the PDF file


def test_rendering_pdf_is_tagged_pdfa_with_language(strong_pdf: tuple[Path, float]) -> None:
    with pikepdf.open(strong_pdf[0]) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "3"
        assert meta["pdfaid:conformance"] == "A"
        assert "/StructTreeRoot" in pdf.Root
        assert len(pdf.Root.StructTreeRoot.K) > 0
        assert bool(pdf.Root.MarkInfo.Marked)
        assert str(pdf.Root.Lang) == "nb"
        assert "Høringsuttalelse" in str(pdf.docinfo.get("/Title"))


def test_rendering_pdf_embeds_assessment_json(
    strong: Assessment, strong_pdf: tuple[Path, float]
) -> None:
    with pikepdf.open(strong_pdf[0]) as pdf:
        assert list(pdf.attachments) == ["vurdering.json"]
        spec = pdf.attachments["vurdering.json"]
        data = spec.get_file().read_bytes()
        assert str(spec.obj.AFRelationship) == "/Data"
    assert Assessment.from_json(data) == strong
    assert json.loads(data)["criteria_version"] == "2026.1"


def test_rendering_pdf_embeds_the_shipped_fonts(strong_pdf: tuple[Path, float]) -> None:
    names = set()
    with pikepdf.open(strong_pdf[0]) as pdf:
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                descriptor = font.DescendantFonts[0].FontDescriptor
                assert "/FontFile2" in descriptor, font.BaseFont
                names.add(str(font.BaseFont).split("+")[-1])
    assert names >= {"DejaVu-Sans", "DejaVu-Sans-Bold"}


def test_rendering_pdf_is_fast_enough(strong_pdf: tuple[Path, float]) -> None:
    seconds = strong_pdf[1]
    print(f"write_response (PDF, strong assessment): {seconds:.2f} s")
    assert seconds < 30


# ------------------------------------------------------------- the letter's text


@pytest.mark.parametrize(
    "phrase",
    [
        "Vestland fylkeskommune",
        "Vår dato 15.03.2024",
        "Vår referanse 2024/1234",
        "Deres dato 01.02.2024",
        "Deres referanse 23/456",
        "Saksbehandler Kari Nordmann",
        "Høringsuttalelse – kommuneplanens samfunnsdel 2024–2036 – Fjordvik kommune",
        "Vi viser til brev fra Fjordvik kommune datert 01.02.2024 om høring av kommuneplanens "
        "samfunnsdel 2024–2036. Vestland fylkeskommune har vurdert",
        "Sammendrag",
        "Planen får 58 av 100 poeng",
        "i stor grad",
        "Innvandring i fylket",
        "Vurdering tema for tema",
        "Oversikt over temaene",
        "Med hilsen Kari Nordmann rådgiver Vestland fylkeskommune",
        "Dokumentet er elektronisk godkjent og har derfor ingen signatur.",
        "Vedlegg: metode og belegg",
        "kriteriekatalogen versjon 2026.1",
        "planvurdering (versjon 0.1.0)",
        "Saksbehandler har overstyrt nivået for bolig.plan.",
    ],
)
def test_rendering_pdf_has_letter_parts(strong_text: str, phrase: str) -> None:
    assert phrase in _flat(strong_text)


@pytest.mark.parametrize(
    "phrase",
    [
        "Vestland 599 999 54 321 9,1 % 61 234 10,2 %",
        "5 051 275 593 321 11,8 %",
        "Tall per 1. januar 2013. Kilde: SSB",
        "Tallene for Vestland er summen av Hordaland og Sogn og Fjordane per 1. januar 2013.",
        "Summen er en tilnærming",
        "Hornindal (fra Sogn og Fjordane til Møre og Romsdal)",
        "De største landgruppene i fylket er, i rekkefølge: Polen og Litauen.",
    ],
)
def test_rendering_pdf_has_statistics(strong_text: str, phrase: str) -> None:
    assert phrase in _flat(strong_text)


def test_rendering_pdf_quotes_plan_with_page(strong_text: str) -> None:
    flat = _flat(strong_text)
    assert f"«{HOUSING_QUOTE} med innvandrere som målgruppe.» (s. 12)" in flat


def test_rendering_pdf_has_page_numbers(strong_text: str, strong_pdf: tuple[Path, float]) -> None:
    with pdfplumber.open(strong_pdf[0]) as pdf:
        pages = len(pdf.pages)
        last = pdf.pages[-1].extract_text() or ""
    assert pages >= 2
    assert f"Side 1 av {pages}" in strong_text
    assert f"Side {pages} av {pages}" in last


def test_rendering_theme_not_applicable_is_left_out_with_reason(strong_text: str) -> None:
    flat = _flat(strong_text)
    assert (
        "Temaet «Samarbeid på tvers» er ikke vurdert, fordi det ikke gjelder for "
        "kommuneplanens samfunnsdel" in flat
    )
    assert "Råd på bokmål om samarbeid med imdi" not in flat


def test_rendering_theme_lists_missing_criteria_and_advice(strong_text: str) -> None:
    flat = _flat(strong_text)
    bolig = flat[flat.index("Bolig Nivå: 3") : flat.index("Språkopplæring Nivå")]
    assert "Det planen gjør godt • Boligsosial handlingsplan" in bolig
    assert "Det som mangler • Husbankens ordninger" in bolig
    assert "Våre råd Råd på bokmål om husbankens ordninger." in bolig
    # level 3 criteria need no advice
    assert "Råd på bokmål om boligsosial handlingsplan" not in bolig


def test_rendering_nynorsk_letter_is_all_nynorsk(nynorsk_text: str) -> None:
    flat = _flat(nynorsk_text)
    for phrase in [
        "Høyringsuttale – kommuneplanens samfunnsdel 2024–2036 – Fjordvik kommune",
        "Vi viser til brev frå Fjordvik kommune datert 01.02.2024 om høyring av kommuneplanens",
        "Tala for Vestland er summen av Hordaland og Sogn og Fjordane",
        "Summen er ei tilnærming, fordi enkelte kommunar har skifta fylke sidan",
        "Dei største landgruppene i fylket er, i rekkjefølgje: Polen og Litauen.",
        "Dykkar referanse 23/456",
        "Sakshandsamar Kari Nordmann",
        "Samandrag",
        "Med helsing",
        "Dokumentet er elektronisk godkjent og har difor ingen signatur.",
        "Bustad",
        "Det som manglar • Ordningane til Husbanken Råda våre Råd på nynorsk om Ordningane",
        "Tal per 1. januar 2013. Kjelde:",
        "ikkje omtalt",
    ]:
        assert phrase in flat, phrase
    for bokmal in [
        "Høringsuttalelse",
        "Med hilsen",
        "derfor",
        "Deres",
        "Saksbehandler Kari",
        "ikke ",
        "Tallene",
        " fra ",
        "kommuner ",
    ]:
        assert bokmal not in flat, bokmal


def test_rendering_phrases_have_same_keys_in_both_languages() -> None:
    assert PHRASES["nb"].keys() == PHRASES["nn"].keys()
    assert all(PHRASES["nn"].values())


def test_rendering_weak_plan_without_statistics(weak: Assessment, out_dir: Path) -> None:
    path = pv.write_response(
        weak, out_dir / "svak.pdf", county="Testfylke fylkeskommune", date=DATE
    )
    with pdfplumber.open(path) as pdf:
        flat = _flat("\n".join(page.extract_text() or "" for page in pdf.pages))
    assert "Fjellby kommune" in flat
    assert "kommune kommune" not in flat
    assert "i liten grad" in flat and "Planen får 0 av 100 poeng" in flat
    assert "Vi har ikke statistikk for fylket i denne vurderingen." in flat
    assert "Planen har ingen belegg for noe kriterium." in flat
    assert "Vi fant ingen mål eller tiltak for dette temaet i planen." in flat
    assert "Våre råd Råd på bokmål om husbankens ordninger." in flat
    assert "Planen er sterkest" not in flat
    assert "Høringsuttalelse – planstrategi 2024–2027 – Fjellby kommune" in flat


def test_rendering_weak_plan_needs_county(weak: Assessment, out_dir: Path) -> None:
    with pytest.raises(RenderError, match="county="):
        pv.write_response(weak, out_dir / "uten_fylke.md", format="md")
    assert not (out_dir / "uten_fylke.md").exists()


# --------------------------------------------------------------- HTML and Markdown


def test_rendering_html_has_language_chart_and_tables(strong_html: str) -> None:
    assert '<html lang="nb">' in strong_html
    assert strong_html.count('fill="#404040"') == 6  # one bar per applicable theme
    assert "<title>Stolpediagram" in strong_html
    assert "5\u00a0051\u00a0275" in strong_html
    assert "@font-face" not in strong_html


def test_rendering_markdown_for_case_systems(strong_md: str) -> None:
    assert strong_md.startswith("# Høringsuttalelse – kommuneplanens samfunnsdel")
    assert "## Sammendrag" in strong_md
    assert "| Vestland | 599\u00a0999 | 54\u00a0321 | 9,1\u00a0% |" in strong_md
    assert f"> «{HOUSING_QUOTE} med innvandrere som målgruppe.» (s. 12)" in strong_md
    assert "<svg" not in strong_md
    assert "<script>" not in strong_md and "<img" not in strong_md
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in strong_md


# ---------------------------------------------------------------------- safety


def test_rendering_escapes_plan_text(strong_html: str, strong_text: str) -> None:
    assert "<script>" not in strong_html
    assert '<img src="file:///etc/passwd">' not in strong_html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in strong_html
    assert '<script>alert(1)</script> <img src="file:///etc/passwd">' in _flat(strong_text)


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://example.com/logo.png", False),
        ("https://example.com/style.css", False),
        ("ftp://example.com/x", False),
        ("file:///etc/passwd", False),
        ("file://evil.example.com/share/x.css", False),
        ("data:text/css,p{}", True),
    ],
)
def test_rendering_fetcher_refuses_network_and_foreign_files(url: str, allowed: bool) -> None:
    fetcher = SafeURLFetcher([package_folder("templates"), package_folder("fonts")])
    assert fetcher.allows(url) is allowed
    if not allowed:
        with pytest.raises(FetchRefusedError):
            fetcher.fetch(url)


def test_rendering_fetcher_serves_fonts_templates_and_logo(tmp_path: Path) -> None:
    logo = tmp_path / "logo.svg"
    logo.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    fetcher = SafeURLFetcher([package_folder("templates"), package_folder("fonts")], [logo])
    assert fetcher.allows((package_folder("fonts") / "DejaVuSans.ttf").as_uri())
    assert fetcher.allows((package_folder("templates") / "response.css").as_uri())
    assert fetcher.allows(logo.as_uri())
    assert not fetcher.allows((tmp_path / "other.svg").as_uri())
    escape = package_folder("templates").as_uri() + "/../../models.py"
    assert not fetcher.allows(escape)


def test_rendering_custom_template_cannot_fetch_outside(
    strong: Assessment, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from weasyprint.urls import URLFetcher

    fetched: list[str] = []
    original = URLFetcher.fetch

    def spy(self: URLFetcher, url: str, headers: object = None) -> object:
        fetched.append(url)
        return original(self, url, headers)

    monkeypatch.setattr(URLFetcher, "fetch", spy)
    templates = tmp_path / "mal"
    templates.mkdir()
    (templates / "response.css").write_text(
        '@import url("file:///etc/passwd");\n'
        "body { background: url(http://127.0.0.1:9/bakgrunn.png); }\n"
        ".sender { background: url(egen.svg); }\n",
        encoding="utf-8",
    )
    (templates / "egen.svg").write_text(
        "<svg xmlns='http://www.w3.org/2000/svg' width='4' height='4'/>", encoding="utf-8"
    )
    path = pv.write_response(strong, tmp_path / "egen.pdf", template_dir=templates, date=DATE)
    assert path.stat().st_size > 1000
    assert fetched, "the spy saw no fetch at all"
    assert all(url.startswith("file://") for url in fetched), fetched
    assert not any("passwd" in url for url in fetched)
    assert any(url.endswith("egen.svg") for url in fetched)


def test_rendering_custom_template_and_logo(strong: Assessment, tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 20), (0, 0, 0)).save(logo)
    templates = tmp_path / "mal"
    templates.mkdir()
    (templates / "response.md.j2").write_text(
        "EGEN MAL for {{ letter.county }}: {{ letter.subject }}\n", encoding="utf-8"
    )
    md = pv.write_response(strong, tmp_path / "svar.md", format="md", template_dir=templates)
    assert md.read_text(encoding="utf-8").startswith("EGEN MAL for Vestland fylkeskommune:")
    html = pv.write_response(strong, tmp_path / "svar.html", format="html", logo=logo)
    assert '<img class="logo" src="data:image/png;base64,' in html.read_text(encoding="utf-8")
    pdf_path = pv.write_response(strong, tmp_path / "logo.pdf", logo=logo)
    with pikepdf.open(pdf_path) as pdf:
        images = [
            x for x in pdf.pages[0].Resources.XObject.values() if x.get("/Subtype") == "/Image"
        ]
    assert images


# ---------------------------------------------------------------------- errors


def test_rendering_missing_folder_is_render_error(strong: Assessment, tmp_path: Path) -> None:
    target = tmp_path / "finnes_ikke" / "svar.pdf"
    with pytest.raises(RenderError, match="finnes ikke") as info:
        pv.write_response(strong, target)
    assert str(tmp_path / "finnes_ikke") in str(info.value)


def test_rendering_unwritable_target_is_render_error(strong: Assessment, tmp_path: Path) -> None:
    target = tmp_path / "er_en_mappe"
    target.mkdir()
    with pytest.raises(RenderError, match="er_en_mappe") as info:
        pv.write_response(strong, target, format="md")
    assert isinstance(info.value.__cause__, OSError)
    assert [p.name for p in tmp_path.iterdir()] == ["er_en_mappe"]


def test_rendering_weasyprint_failure_keeps_old_file(
    strong: Assessment, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import weasyprint

    target = tmp_path / "svar.pdf"
    target.write_bytes(b"gammel")

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("knekt")

    monkeypatch.setattr(weasyprint.HTML, "write_pdf", broken)
    with pytest.raises(RenderError, match="WeasyPrint kunne ikke lage PDF-filen") as info:
        pv.write_response(strong, target)
    assert isinstance(info.value.__cause__, ValueError)
    assert str(target) in str(info.value)
    assert target.read_bytes() == b"gammel"
    assert [p.name for p in tmp_path.iterdir()] == ["svar.pdf"]


@pytest.mark.parametrize(
    ("options", "message"),
    [({"format": "docx"}, "Ukjent format «docx»"), ({"language": "en"}, "Ukjent målform «en»")],
)
def test_rendering_bad_format_or_language_is_render_error(
    strong: Assessment, tmp_path: Path, options: dict[str, str], message: str
) -> None:
    with pytest.raises(RenderError, match=message):
        pv.write_response(strong, tmp_path / "svar.x", **options)  # type: ignore[arg-type]
    assert not any(tmp_path.iterdir())


def test_rendering_broken_template_is_render_error(strong: Assessment, tmp_path: Path) -> None:
    templates = tmp_path / "mal"
    templates.mkdir()
    (templates / "response.md.j2").write_text("{% for x in %}", encoding="utf-8")
    with pytest.raises(RenderError, match=r"response\.md\.j2"):
        pv.write_response(strong, tmp_path / "svar.md", format="md", template_dir=templates)


# ------------------------------------------------------------------- formatting


@pytest.mark.parametrize(
    ("value", "text"), [(5_051_275, "5\u00a0051\u00a0275"), (999, "999"), (None, "–")]
)
def test_rendering_format_int(value: int | None, text: str) -> None:
    assert format_int(value) == text


@pytest.mark.parametrize(
    ("value", "text"), [(11.745, "11,7\u00a0%"), (9.05, "9,1\u00a0%"), (None, "–")]
)
def test_rendering_format_percent(value: float | None, text: str) -> None:
    assert format_percent(value) == text


def test_rendering_shorten_cuts_long_quotes_at_word() -> None:
    text = "ord " * 200
    short = shorten(text, 50)
    assert len(short) <= 52 and short.endswith(" …") and "  " not in short
    assert shorten("  kort\n tekst ") == "kort tekst"


def test_rendering_level_names_in_method(strong_text: str) -> None:
    flat = _flat(strong_text)
    for level, names in LEVEL_NAMES.items():
        assert f"{level} – {names['nb']}:" in flat


# ------------------------------------------------------------- self-assessment


def test_rendering_self_assessment_checklist(strong: Assessment, out_dir: Path) -> None:
    path = write_self_assessment(strong, out_dir / "sjekkliste.pdf")
    with pdfplumber.open(path) as pdf:
        flat = _flat("\n".join(page.extract_text() or "" for page in pdf.pages))
    with pikepdf.open(path) as pdf:
        assert pdf.open_metadata()["pdfaid:part"] == "3"
        assert list(pdf.attachments) == ["vurdering.json"]
    assert "Egenvurdering – Kommuneplanens samfunnsdel 2024–2036" in flat
    assert re.search(r"Husbankens .{0,40}Ingenting funnet\.", flat)  # a row; cells wrap
    assert "Råd på bokmål om velkomstpakke." in flat
    assert "(s. 12)" in flat
    assert "Gjelder ikke for denne plantypen." in flat  # samarbeid


def test_rendering_self_assessment_markdown_nynorsk(strong: Assessment, out_dir: Path) -> None:
    text = write_self_assessment(
        strong, out_dir / "sjekkliste.md", format="md", language="nn"
    ).read_text(encoding="utf-8")
    assert text.startswith("# Eigenvurdering – Kommuneplanens samfunnsdel 2024–2036")
    assert "- [ ] **Ordningane til Husbanken** – Status: 0 – ikkje omtalt" in text
    assert "- [x] **Bustadsosial handlingsplan**" in text
    assert "Kva de kan leggje til: Råd på nynorsk om Ordningane til Husbanken." in text
    assert "Egenvurdering" not in text and "Gjelder" not in text
