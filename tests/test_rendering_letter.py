"""Tests for the letter as a county would send it: quotes, advice, names, profile,
Markdown safety, PDF/A metadata, the chart and the previews (issue 7).

Most tests check the content built by :func:`build_letter` (fast); a few render
a PDF once per module.
"""

from __future__ import annotations

import datetime
import re
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from PIL import Image

import planvurdering as pv
from planvurdering.errors import RenderError
from planvurdering.models import (
    Assessment,
    CriterionResult,
    Evidence,
    FigureSet,
    Localized,
    Override,
    StatisticalAdvice,
)
from planvurdering.rendering.context import (
    QUOTES_PER_THEME,
    build_letter,
    clean_text,
    plan_phrase,
    quote_from,
    shorten,
)
from planvurdering.rendering.profile import load_profile
from planvurdering.rendering.response import escape_markdown
from planvurdering.rendering.texts import PHRASES
from test_rendering import DATE, _criterion, _evidence, _flat, make_strong

ROOT = Path(__file__).resolve().parent.parent
T = PHRASES["nb"]
NONCHARACTER = "\ufffe"  # what the PDF reader leaves for a soft hyphen at a line end
SHARED = "Kommunen skal innen 2025 ansette en koordinator for integrering med ansvar for NAV."


def _letter(assessment: Assessment, **options: object) -> object:
    arguments: dict[str, object] = {
        "language": "nb",
        "municipality": None,
        "county": None,
        "case_ref": None,
        "their_ref": None,
        "their_date": None,
        "officer": None,
        "officer_title": None,
        "date": DATE,
    }
    arguments.update(options)
    return build_letter(assessment, **arguments)  # type: ignore[arg-type]


def _with_demografi(*criteria: CriterionResult) -> Assessment:
    assessment = make_strong()
    assessment.themes["demografi"].criteria = list(criteria)
    return assessment


# ------------------------------------------------------------------ quotes


@pytest.mark.parametrize(
    ("text", "quote", "detail"),
    [
        (
            "Kveldskurs i norsk | Fjordvik læringssenter | 2024",
            "Kveldskurs i norsk",
            "ansvar: Fjordvik læringssenter, frist: 2024",
        ),
        (
            "Leie-til-eie for familier | Tildelingskontoret | løpende",
            "Leie-til-eie for familier",
            "ansvar: Tildelingskontoret, frist: løpende",
        ),
        ("År | Innbyggere | Innvandrere | Andel", "År – Innbyggere – Innvandrere – Andel", None),
        (
            "4.1 Befolkning og kunnskap Mål: Fjordvik skal vokse.",
            "Mål: Fjordvik skal vokse.",
            None,
        ),
        ("skaffe minst 30 praksisplasser i året;", "… skaffe minst 30 praksisplasser i året", None),
        (
            f"Mål: et tilbud som passer deres ar{NONCHARACTER}beid.",
            "Mål: et tilbud som passer deres arbeid.",
            None,
        ),
        ("NAV-kontoret skal  ha\nkveldsåpent.", "NAV-kontoret skal ha kveldsåpent.", None),
    ],
)
def test_rendering_quote_from_reads_as_a_phrase(text: str, quote: str, detail: str | None) -> None:
    result = quote_from(Evidence(page=3, page_label="3", text=text, matched=["x"], level=3), T)
    assert (result.text, result.detail) == (quote, detail)
    assert "|" not in result.text


def test_rendering_shorten_keeps_whole_sentences() -> None:
    first = "Kommunen skal bygge tjue nye utleieboliger i sentrum innen 2027. " * 3
    text = first + "Dette blir en svært lang setning " + "med mange ord " * 30 + "til slutt."
    short = shorten(text)
    assert short.endswith("2027. …")
    assert len(short) <= 302
    assert shorten("Kort setning.") == "Kort setning."
    no_stop = "ord " * 100
    assert shorten(no_stop).endswith("ord …")


def test_rendering_clean_text_drops_characters_without_glyph() -> None:
    assert clean_text(f"ar{NONCHARACTER}beid\u00adsliv \x07ok\ue000") == "arbeidsliv ok"
    assert clean_text("Nord-Trøndelag\u00a02024") == "Nord-Trøndelag\u00a02024"


def test_rendering_praise_quotes_each_passage_once_per_theme() -> None:
    shared = _evidence(SHARED, 4, "4", 3, "koordinator")
    others = [
        _evidence(f"Kommunen skal innen 2026 gjøre tiltak {i}.", 5, "5", 3, "x") for i in "12"
    ]
    assessment = _with_demografi(
        _criterion("a.en", "Første", "Første", 3, [shared, others[0]]),
        _criterion("a.to", "Andre", "Andre", 3, [shared, others[1]]),
        _criterion("a.tre", "Tredje", "Tredje", 2, [shared, *others]),
    )
    section = _letter(assessment).themes[0]  # type: ignore[attr-defined]
    quotes = [q.text for praise in section.good for q in praise.quotes]
    assert quotes.count(SHARED) == 1
    assert len(quotes) == len(set(quotes)) == 3 <= QUOTES_PER_THEME
    assert [p.title for p in section.good] == ["Første", "Andre", "Tredje"]  # level 3 first


def test_rendering_praise_is_capped_per_theme() -> None:
    criteria = [
        _criterion(
            f"a.{i}",
            f"Kriterium {i}",
            f"Kriterium {i}",
            3,
            [_evidence(f"Kommunen skal innen 2026 gjøre {i}{j}.", 5, "5", 3, "x") for j in "ab"],
        )
        for i in "abcd"
    ]
    section = _letter(_with_demografi(*criteria)).themes[0]  # type: ignore[attr-defined]
    assert sum(len(p.quotes) for p in section.good) == QUOTES_PER_THEME


# ------------------------------------------------------------------ advice


def test_rendering_advice_only_applying_below_3_by_weight() -> None:
    light = _criterion("a.lett", "Lett", "Lett", 1)
    heavy = _criterion("a.tung", "Tung", "Tung", 2).model_copy(update={"weight": 2.0})
    done = _criterion("a.ferdig", "Ferdig", "Ferdig", 3)
    skipped = _criterion("a.ikke", "Gjelder ikke", "Gjeld ikkje", 0).model_copy(
        update={"applies": False}
    )
    section = _letter(_with_demografi(light, heavy, done, skipped)).themes[0]  # type: ignore[attr-defined]
    assert [a.title for a in section.advice] == ["Tung", "Lett"]
    assert all(a.text.startswith("Råd på bokmål") for a in section.advice)


# ------------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("title", "types", "phrase"),
    [
        (
            "Kommuneplanens samfunnsdel 2024–2036",
            ["kommuneplanens samfunnsdel"],
            "kommuneplanens samfunnsdel 2024–2036",
        ),
        (
            "Kommuneplanens samfunnsdel 2024–2036",
            ["kommuneplanen sin samfunnsdel", "kommuneplanens samfunnsdel"],
            "kommuneplanens samfunnsdel 2024–2036",
        ),
        ("Planstrategi 2024–2027", ["kommunal planstrategi"], "planstrategi 2024–2027"),
        ("Sammen i Fjordvik", ["integreringsplan"], "integreringsplan «Sammen i Fjordvik»"),
        ("Sammen i Fjordvik", [], "«Sammen i Fjordvik»"),
        (None, ["boligsosial handlingsplan"], "boligsosial handlingsplan"),
        (None, [], "Høringsuttalelse"),
    ],
)
def test_rendering_plan_phrase(title: str | None, types: list[str], phrase: str) -> None:
    assert plan_phrase(title, types, "Høringsuttalelse") == phrase


def test_rendering_intro_without_their_date_names_plan_and_municipality() -> None:
    letter = _letter(make_strong())
    assert letter.intro.startswith(  # type: ignore[attr-defined]
        "Vi viser til høringen av kommuneplanens samfunnsdel 2024–2036 for Fjordvik kommune. "
        "Vestland fylkeskommune har vurdert"
    )
    nn = _letter(make_strong(), language="nn")
    assert nn.intro.startswith("Vi viser til høyringa av kommuneplanens samfunnsdel")  # type: ignore[attr-defined]
    assert "gjev med dette høyringsuttalen sin." in nn.intro  # type: ignore[attr-defined]


def test_rendering_summary_names_strong_and_weak_themes_in_lower_case() -> None:
    summary = " ".join(_letter(make_strong()).summary)  # type: ignore[attr-defined]
    assert "Planen er sterkest på demografi og kunnskapsgrunnlag" not in summary  # ambiguous
    assert "Planen er sterkest på «demografi og kunnskapsgrunnlag» og «språkopplæring»." in summary
    assert (
        "styrker planen når det gjelder «frivillighet og lokal deltakelse» og «arbeidsgivere og "
        "næringsliv»." in summary
    )
    weak = make_strong()
    for theme in weak.themes.values():
        theme.score = 10.0 if theme.id in ("bolig", "sprak") else 60.0
    assert "når det gjelder språkopplæring og bolig." in " ".join(_letter(weak).summary)  # type: ignore[attr-defined]


def test_rendering_statistics_notes_that_cannot_be_nynorsk_are_left_out() -> None:
    assessment = make_strong()
    assert assessment.statistics is not None
    assessment.statistics.notes.append("Dette er bare en merknad som ikke kan oversettes.")
    nn = " ".join(_letter(assessment, language="nn").statistics_notes)  # type: ignore[attr-defined]
    assert "oversettes" not in nn
    assert "Tala for Vestland er summen av" in nn
    nb = " ".join(_letter(assessment).statistics_notes)  # type: ignore[attr-defined]
    assert "oversettes" in nb
    assert nb.count("er summen av") == 1  # the statistics' own note, not a second one


def test_rendering_municipality_figures_and_statistical_advice() -> None:
    assessment = make_strong()
    assert assessment.statistics is not None
    assessment.statistics.municipality = FigureSet(
        area="Fjordvik", population=4_321, immigrants=321, immigrants_share=7.43
    )
    assessment.statistics.advice = [
        StatisticalAdvice(
            id="eos.sprak",
            theme="sprak",
            reason=Localized(nb="Mange kommer fra EØS.", nn="Mange kjem frå EØS."),
            advice=Localized(nb="Tilby kveldskurs.", nn="Tilby kveldskurs."),
            handbook_section="Språk",
            handbook_quote="…",
        )
    ]
    letter = _letter(assessment)
    rows = [(r.area, r.population, r.share) for r in letter.statistics_rows]  # type: ignore[attr-defined]
    assert rows[0] == ("Fjordvik", "4\u00a0321", "7,4\u00a0%")
    assert [r[0] for r in rows[1:]] == ["Vestland", "Hele landet"]
    sprak = next(s for s in letter.themes if s.id == "sprak")  # type: ignore[attr-defined]
    assert sprak.advice[-1].text == "Mange kommer fra EØS. Tilby kveldskurs."


# ------------------------------------------------------------------ overrides


def test_rendering_overridden_levels_are_marked() -> None:
    assessment = make_strong()
    criterion = assessment.themes["bolig"].criteria[0]
    criterion.override = Override(
        level_auto=1,
        by="Kari Nordmann",
        at=datetime.datetime(2024, 3, 14, 10, 30),
        justification="Tiltaket står i handlingsdelen.",
    )
    letter = _letter(assessment)
    bolig = next(s for s in letter.themes if s.id == "bolig")  # type: ignore[attr-defined]
    assert bolig.good[0].title == "Boligsosial handlingsplan (nivå satt av saksbehandler)"
    assert letter.overrides == [  # type: ignore[attr-defined]
        "Boligsosial handlingsplan: nivå 3 (automatisk vurdering: 1), satt av Kari Nordmann "
        "14.03.2024. Begrunnelse: Tiltaket står i handlingsdelen."
    ]
    assert _letter(make_strong()).overrides == []  # type: ignore[attr-defined]


# ------------------------------------------------------------------ Markdown


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ('<img src="x" onerror="y">', '&lt;img src="x" onerror="y"&gt;'),
        ("A & B", "A &amp; B"),
        (
            "*fet* _kursiv_ `kode` [lenke](http://x) a|b ~~s~~",
            r"\*fet\* \_kursiv\_ \`kode\` "
            r"\[lenke\](http://x) a\|b \~\~s\~\~",
        ),
        ("# Overskrift", r"\# Overskrift"),
        ("- punkt", r"\- punkt"),
        ("1. januar", r"1\. januar"),
        ("linje\nto", "linje to"),
        ("5\u00a0051\u00a0275", "5\u00a0051\u00a0275"),
    ],
)
def test_rendering_escape_markdown(text: str, escaped: str) -> None:
    assert escape_markdown(text) == escaped


def test_rendering_markdown_escapes_plan_text(tmp_path: Path) -> None:
    assessment = make_strong()
    evil = (
        "Kommunen skal innen 2025 <img src=x onerror=alert(1)> lage **planer** [her](javascript:x)."
    )
    assessment.themes["sprak"].criteria[0].evidence[0].text = evil
    text = pv.write_response(assessment, tmp_path / "svar.md", format="md", date=DATE).read_text(
        encoding="utf-8"
    )
    assert "<img" not in text and "[her](javascript" not in text and "**planer**" not in text
    assert r"&lt;img src=x onerror=alert(1)&gt; lage \*\*planer\*\* \[her\]" in text


# ------------------------------------------------------------------ profile


PROFILE_YAML = """\
county: Vestland fylkeskommune
address: Postboks 7900, 5020 Bergen
email: post@vlfk.no
officer: Kari Nordmann
officer_title: rådgiver
language: nn
"""

PROFILE_TOML = """\
county = "Agder fylkeskommune"
address = ["Postboks 788 Stoa", "4809 Arendal"]
officer = "Ola Nordmann"
"""


def test_rendering_profile_sets_letterhead(tmp_path: Path) -> None:
    profile = tmp_path / "fylke.yaml"
    profile.write_text(PROFILE_YAML, encoding="utf-8")
    text = pv.write_response(
        make_strong(), tmp_path / "svar.md", format="md", profile=profile, date=DATE
    ).read_text(encoding="utf-8")
    assert text.startswith("# Høyringsuttale")  # the profile's language
    assert "Postboks 7900, 5020 Bergen, E-post: post@vlfk.no" in text
    assert "| Sakshandsamar | Kari Nordmann |" in text
    assert "Kari Nordmann\nrådgiver\nVestland fylkeskommune" in text


def test_rendering_arguments_win_over_profile(tmp_path: Path) -> None:
    profile = tmp_path / "fylke.toml"
    profile.write_text(PROFILE_TOML, encoding="utf-8")
    text = pv.write_response(
        make_strong(),
        tmp_path / "svar.md",
        format="md",
        profile=profile,
        officer="Per Saksbehandler",
        language="nb",
        date=DATE,
    ).read_text(encoding="utf-8")
    assert "**Agder fylkeskommune**" in text and "Postboks 788 Stoa, 4809 Arendal" in text
    assert "| Saksbehandler | Per Saksbehandler |" in text and "Ola" not in text


def test_rendering_profile_logo_and_templates_are_relative_to_it(tmp_path: Path) -> None:
    (tmp_path / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", "utf-8")
    (tmp_path / "mal").mkdir()
    profile = tmp_path / "fylke.yml"
    profile.write_text("logo: logo.svg\ntemplate_dir: mal\n", encoding="utf-8")
    loaded = load_profile(profile)
    assert loaded.logo == tmp_path / "logo.svg"
    assert loaded.template_dir == tmp_path / "mal"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("fylke.yaml", "county: Vestland\nfarge: blå\n", r"feltet «farge»: ukjent felt"),
        ("fylke.yaml", "language: en\n", r"feltet «language»"),
        ("fylke.yaml", "officer: [1, 2]\n", r"feltet «officer»"),
        ("fylke.yaml", "logo: finnes_ikke.png\n", r"feltet «logo»: filen .*finnes_ikke\.png"),
        ("fylke.yaml", "county: [\n", "har feil syntaks"),
        ("fylke.toml", "county = \n", "har feil syntaks"),
        ("fylke.yaml", "- bare\n- en liste\n", "må bestå av felt"),
        ("fylke.json", "{}", "YAML-fil"),
    ],
)
def test_rendering_bad_profile_names_file_and_field(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    profile = tmp_path / name
    profile.write_text(content, encoding="utf-8")
    with pytest.raises(RenderError, match=message) as info:
        pv.write_response(make_strong(), tmp_path / "svar.md", format="md", profile=profile)
    assert name in str(info.value)
    assert not (tmp_path / "svar.md").exists()


def test_rendering_missing_profile_is_render_error(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match=r"finnes_ikke\.yaml"):
        load_profile(tmp_path / "finnes_ikke.yaml")


# ------------------------------------------------------------------ PDF


@pytest.fixture(scope="module")
def nynorsk_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Nynorsk letter whose plan text carries a noncharacter (as the reader leaves it)."""
    assessment = make_strong()
    evidence = assessment.themes["sprak"].criteria[0].evidence[0]
    evidence.text = f"Kommunen vil tilby kveldskurs i norsk for ar{NONCHARACTER}beidsinnvandrere."
    folder = tmp_path_factory.mktemp("letter")
    return pv.write_response(
        assessment, folder / "hoyringsuttale.pdf", language="nn", date=DATE, officer="Kari"
    )


def test_rendering_noncharacter_does_not_hide_text(nynorsk_pdf: Path) -> None:
    """Regression: one glyphless character made the regular font unreadable to extractors,
    so the intro, the statistics numbers and the advice vanished from the PDF's text."""
    with pikepdf.open(nynorsk_pdf) as pdf:
        encodings = {
            str(font.get("/Encoding"))
            for page in pdf.pages
            for font in page.Resources.Font.values()
        }
    assert encodings == {"/Identity-H"}
    with pdfplumber.open(nynorsk_pdf) as pdf:
        text = _flat("\n".join(page.extract_text() or "" for page in pdf.pages))
    assert "Vi viser til høyringa av kommuneplanens samfunnsdel" in text
    assert "Vestland 599 999 54 321 9,1 % 61 234 10,2 %" in text
    assert "Heile landet 5 051 275 593 321" in text
    assert "tilby kveldskurs i norsk for arbeidsinnvandrarar" not in text  # not translated
    assert "for arbeidsinnvandrere" in text


def test_rendering_table_headers_are_not_hyphenated(nynorsk_pdf: Path) -> None:
    with pdfplumber.open(nynorsk_pdf) as pdf:
        first = pdf.pages[0].extract_text() or ""
    table = first[first.index("Område") : first.index("Heile landet") + 12]
    assert "\u2010" not in table and "-\n" not in table
    assert "Innvandrarar" in table and "Heile landet" in table


def test_rendering_nynorsk_pdf_metadata(nynorsk_pdf: Path) -> None:
    with pikepdf.open(nynorsk_pdf) as pdf:
        meta = pdf.open_metadata()
        assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("3", "A")
        assert str(pdf.Root.Lang) == "nn"
        title = str(pdf.docinfo["/Title"])
        assert title.startswith("Høyringsuttale – kommuneplanens samfunnsdel 2024–2036")
        assert "Høyringsuttale" in str(meta.get("dc:title"))


def test_rendering_chart_is_greyscale_with_contrast() -> None:
    chart = str(_letter(make_strong()).chart)  # type: ignore[attr-defined]
    fills = set(re.findall(r'fill="#([0-9a-f]{6})"', chart))
    assert fills, chart[:200]

    def luminance(colour: str) -> int:
        r, g, b = (int(colour[i : i + 2], 16) for i in (0, 2, 4))
        assert r == g == b, colour  # grey: reads the same printed in black and white
        return r

    assert max(map(luminance, fills)) - min(map(luminance, fills)) >= 128


def test_rendering_self_assessment_has_chart(tmp_path: Path) -> None:
    html = pv.write_self_assessment(make_strong(), tmp_path / "sjekk.html", format="html")
    text = html.read_text(encoding="utf-8")
    assert "<svg" in text and text.count('fill="#404040"') == 6


def test_rendering_previews_are_non_blank_pngs(nynorsk_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "previews"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "render_previews.py"),
            str(nynorsk_pdf),
            "--out",
            str(out),
            "--pages",
            "2",
            "--dpi",
            "30",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    pngs = sorted(out.glob("*.png"))
    assert [p.name for p in pngs] == ["hoyringsuttale-1.png", "hoyringsuttale-2.png"]
    for png in pngs:
        with Image.open(png) as image:
            lo, hi = image.convert("L").getextrema()
        assert lo < 128 < hi == 255, png  # dark text on a white page


def test_rendering_previews_missing_pdf_exits_2(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "render_previews.py"), str(tmp_path / "x.pdf")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2 and "x.pdf" in result.stderr


def test_rendering_letter_country_ranks_keep_their_order(tmp_path: Path) -> None:
    # Regression: ranks with a gap (1, 2, 3, 5 – «Andre» is left out) were taken for
    # counts and printed in reverse, «Litauen (5), Somalia (3), …».
    import planvurdering as pv

    result = pv.assess(
        pv.Plan.from_text("Kommunen skal bosette flyktninger.", municipality="Lindvang kommune"),
        county="Innlandet",
    )
    assert result.statistics is not None
    assert [rank for _, rank in result.statistics.top_countries] == [1, 2, 3, 5]
    out = pv.write_response(result, tmp_path / "svar.md", format="md")
    text = out.read_text(encoding="utf-8")
    assert "Polen, Sverige, Somalia og Litauen" in text
    assert "(5)" not in text
