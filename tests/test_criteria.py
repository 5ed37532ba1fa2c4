"""The criteria catalogue: the shipped YAML, the loader's errors and user catalogues."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

import planvurdering as pv
from _shared import SHARED
from planvurdering.criteria import Criteria
from planvurdering.criteria_docs import render_criteria_docs
from planvurdering.models import THEME_IDS

ROOT = Path(__file__).resolve().parents[1]
BROKEN = Path(__file__).resolve().parent / "data" / "criteria_broken"
HANDBOOK = SHARED / "handbook" / "000_d97219130200de60.txt"
MAIN_THEMES = [t for t in THEME_IDS if t != "samarbeid"]


def _normalise(text: str) -> str:
    """Join line-end hyphenation («mulig-\\nheter» → «muligheter») and collapse whitespace."""
    joined = re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1\2", text)
    return " ".join(joined.split())


@pytest.fixture(scope="module")
def handbook() -> str:
    if not HANDBOOK.is_file():
        pytest.skip(f"håndboka finnes ikke her: {HANDBOOK}")
    return _normalise(HANDBOOK.read_text(encoding="utf-8"))


# ------------------------------------------------------------- shipped catalogue


def test_criteria_catalogue_size(criteria: Criteria) -> None:
    per_theme = Counter(c.theme for c in criteria)
    assert len(criteria) >= 26
    assert {t: per_theme[t] for t in MAIN_THEMES if per_theme[t] < 4} == {}
    assert per_theme["samarbeid"] >= 1


def test_criteria_ids_are_unique_and_prefixed(criteria: Criteria) -> None:
    ids = [c.id for c in criteria]
    assert len(ids) == len(set(ids))
    assert [i for i in ids if not i.startswith(i.split(".")[0] + ".")] == []


def test_criteria_quotes_are_verbatim_in_the_handbook(criteria: Criteria, handbook: str) -> None:
    missing = [c.id for c in criteria if _normalise(c.handbook.quote) not in handbook]
    assert missing == []


def test_criteria_sections_are_headings_in_the_handbook(criteria: Criteria, handbook: str) -> None:
    missing = [c.id for c in criteria if _normalise(c.handbook.section) not in handbook]
    assert missing == []


def test_criteria_quotes_are_distinct(criteria: Criteria) -> None:
    quotes = Counter(_normalise(c.handbook.quote) for c in criteria)
    assert [q for q, n in quotes.items() if n > 1] == []


def test_criteria_advice_is_in_the_county_voice(criteria: Criteria) -> None:
    wrong = [
        c.id
        for c in criteria
        if not c.advice.nb.startswith("Fylkeskommunen rår kommunen til å")
        or not c.advice.nn.startswith("Fylkeskommunen rår kommunen til å")
    ]
    assert wrong == []


_BOKMAL_IN_NYNORSK = re.compile(
    r"\b(ikke|bolig\w*|innvandrere|innvandrerne|frivillighet|bosetting|hvordan|"
    r"hvor|hvem|mulig|gjøre|sørge|tilbud|tilskudd|også blir)\b"
)


def test_criteria_nynorsk_texts_have_no_common_bokmal_forms(criteria: Criteria) -> None:
    found = {}
    for c in criteria:
        for text in (c.title.nn, c.description.nn, c.advice.nn):
            hits = _BOKMAL_IN_NYNORSK.findall(text)
            if hits:
                found[c.id] = hits
    assert found == {}


def test_criteria_context_groups_resolve(criteria: Criteria) -> None:
    unknown = {g for c in criteria for g in c.context if g not in criteria.term_groups}
    assert unknown == set()


@pytest.mark.parametrize("theme", ["bolig", "arbeidsgiver", "frivillighet"])
def test_criteria_themes_prone_to_false_positives_mostly_need_newcomers(
    criteria: Criteria, theme: str
) -> None:
    members = criteria.by_theme(theme)
    with_context = [c for c in members if c.context]
    assert len(with_context) * 2 >= len(members)


def test_criteria_terms_are_lemmas_not_inflections(criteria: Criteria) -> None:
    # An inflected form beside its lemma is redundant: the matcher covers it.
    redundant = []
    for c in criteria:
        for terms in (c.terms.nb, c.terms.nn):
            lower = {t.lower() for t in terms}
            for t in lower:
                for ending in ("en", "ene", "er", "et", "a", "ane", "ar"):
                    if t.endswith(ending) and t[: -len(ending)] in lower:
                        redundant.append((c.id, t))
    assert redundant == []


# ------------------------------------------------------------------ broken files


def _error(folder: str) -> pv.CriteriaError:
    with pytest.raises(pv.CriteriaError) as info:
        pv.load_criteria(BROKEN / folder)
    return info.value


def _line_with(path: Path, marker: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if marker in line:
            return number
    raise AssertionError(f"{marker!r} finnes ikke i {path}")


@pytest.mark.parametrize(
    ("folder", "marker", "expected"),
    [
        ("bad_syntax", "title: [ikke lukket", "ugyldig YAML"),
        (
            "missing_field",
            "- id: bolig.husbanken",
            "kriteriet «bolig.husbanken»: feltet «advice» mangler",
        ),
        (
            "wrong_type",
            "weight: tung",
            "kriteriet «bolig.husbanken»: feltet «weight» må være et tall",
        ),
        ("zero_weight", "weight: 0", "feltet «weight» må være et tall større enn 0"),
        ("yaml_bomb", "lol2:", "ankere og alias (&/*) er ikke tillatt"),
        ("python_object", "!!python/object", "python/object/apply:os.system» er ikke tillatt"),
        ("unknown_theme", "theme: boliger", "feltet «theme» har ukjent tema «boliger»"),
        (
            "unknown_context",
            "- id: bolig.husbanken",
            "feltet «context» viser til ukjent termgruppe «nykomlinger»",
        ),
    ],
)
def test_criteria_broken_file_names_file_line_and_field(
    folder: str, marker: str, expected: str
) -> None:
    error = _error(folder)
    path = BROKEN / folder / "bolig.yaml"
    line = _line_with(path, marker)
    assert f"{path}:{line}: " in str(error)
    assert expected in str(error)
    assert error.problems


def test_criteria_duplicate_id_names_both_places() -> None:
    path = BROKEN / "duplicate_id" / "bolig.yaml"
    error = _error("duplicate_id")
    lines = [
        n
        for n, text in enumerate(path.read_text().splitlines(), 1)
        if "- id: bolig.husbanken" in text
    ]
    assert f"{path}:{lines[1]}: kriteriet «bolig.husbanken»" in str(error)
    assert f"{path}:{lines[0]} (duplikat)" in str(error)


@pytest.mark.parametrize(
    ("folder", "cause"),
    [
        ("bad_syntax", "yaml.parser.ParserError"),
        ("yaml_bomb", "yaml.constructor.ConstructorError"),
        ("python_object", "yaml.constructor.ConstructorError"),
        ("wrong_type", "pydantic_core._pydantic_core.ValidationError"),
    ],
)
def test_criteria_broken_file_keeps_the_cause(folder: str, cause: str) -> None:
    error = _error(folder)
    got = type(error.__cause__)
    assert f"{got.__module__}.{got.__qualname__}" == cause


def test_criteria_python_object_tag_is_never_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "laget"
    folder = tmp_path / "kat"
    folder.mkdir()
    (folder / "catalogue.yaml").write_text(
        (BROKEN / "python_object" / "catalogue.yaml").read_text()
    )
    (folder / "bolig.yaml").write_text(
        (BROKEN / "python_object" / "bolig.yaml")
        .read_text()
        .replace('["echo hei"]', f'["touch {marker}"]')
    )
    with pytest.raises(pv.CriteriaError):
        pv.load_criteria(folder)
    assert not marker.exists()


def test_criteria_missing_folder_is_a_norwegian_error(tmp_path: Path) -> None:
    with pytest.raises(pv.CriteriaError, match="Fant ikke kriteriemappen"):
        pv.load_criteria(tmp_path / "finnes_ikke")


# ---------------------------------------------------------------- user catalogues

_USER_CRITERION = """\
theme: bolig
criteria:
  - id: {cid}
    title: {{nb: "{title}", nn: "{title}"}}
    description: {{nb: "Lokal variant.", nn: "Lokal variant."}}
    handbook:
      section: "4. Bedre tilgang på bolig"
      quote: "Tilgang på boliger er en flaskehals for mange kommuner."
    weight: 2.0
    terms: {{nb: [leiebolig], nn: [leigebustad]}}
    context: [{context}]
    advice:
      nb: "Fylkeskommunen rår kommunen til å se på dette."
      nn: "Fylkeskommunen rår kommunen til å sjå på dette."
"""


def _user_folder(tmp_path: Path, *, cid: str, context: str, replace: str = "[]") -> Path:
    folder = tmp_path / "fylket"
    folder.mkdir()
    (folder / "catalogue.yaml").write_text(
        f'version: "vestland-1"\nextends: default\nreplace: {replace}\n'
        "term_groups:\n  arbeidsfolk: {nb: [sesongarbeider], nn: [sesongarbeidar]}\n",
        encoding="utf-8",
    )
    (folder / "bolig_lokal.yaml").write_text(
        _USER_CRITERION.format(cid=cid, title="Lokal boligtest", context=context),
        encoding="utf-8",
    )
    return folder


def test_criteria_user_folder_extends_default_adds_and_replaces(
    tmp_path: Path, criteria: Criteria
) -> None:
    folder = _user_folder(
        tmp_path, cid="bolig.sesongarbeidere", context="arbeidsfolk", replace="[bolig.husbanken]"
    )
    loaded = pv.load_criteria(folder)
    ids = {c.id for c in loaded}
    assert "bolig.sesongarbeidere" in ids
    assert "bolig.husbanken" not in ids
    assert len(loaded) == len(criteria)
    assert loaded.version == f"{criteria.version}+vestland-1"
    assert "arbeidsfolk" in loaded.term_groups and "nykommere" in loaded.term_groups


def test_criteria_user_folder_same_id_overrides_default(tmp_path: Path, criteria: Criteria) -> None:
    loaded = pv.load_criteria(_user_folder(tmp_path, cid="bolig.eie", context="nykommere"))
    assert loaded.get("bolig.eie").title.nb == "Lokal boligtest"
    assert len(loaded) == len(criteria)


def test_criteria_user_folder_with_unresolved_context(tmp_path: Path) -> None:
    folder = _user_folder(tmp_path, cid="bolig.lokal", context="sesongfolk")
    with pytest.raises(pv.CriteriaError) as info:
        pv.load_criteria(folder)
    message = str(info.value)
    assert f"{folder / 'bolig_lokal.yaml'}:3: kriteriet «bolig.lokal»" in message
    assert "ukjent termgruppe «sesongfolk»" in message


# ------------------------------------------------------------------------- docs


def test_criteria_docs_are_up_to_date(criteria: Criteria) -> None:
    expected = render_criteria_docs(criteria, ROOT / "features")
    current = (ROOT / "docs" / "criteria.md").read_text(encoding="utf-8")
    assert current == expected, (
        "docs/criteria.md er utdatert: kjør «planvurdering criteria docs» og legg inn resultatet"
    )


def test_criteria_docs_show_every_criterion_and_its_examples(criteria: Criteria) -> None:
    page = render_criteria_docs(criteria, ROOT / "features")
    assert [c.id for c in criteria if f"`{c.id}`" not in page] == []
    assert "ingen scenarier ennå" not in page
    assert page.count("| nivå | målform | plantekst |") == len(criteria)
