"""The spaCy pipeline: lemmas on tokens, written standard per paragraph, loading once."""

from __future__ import annotations

from importlib.resources import files

import pytest
from spacy.language import Language

from planvurdering.language.pipeline import (
    LANGUAGE_ATTR,
    LEMMA_COMPONENT,
    SENTENCE_COMPONENT,
    detect_language,
    get_nlp,
    get_tagged_nlp,
    paragraph_languages,
)

MODEL_SHIPPED = (files("planvurdering.language") / "data" / "model" / "config.cfg").is_file()


@pytest.fixture(scope="session")
def nlp() -> Language:
    return get_nlp()


def _lemmas(nlp: Language, text: str) -> dict[str, str]:
    return {t.text: t.lemma_ for t in nlp(text)}


def test_pipeline_sets_lemmas_bokmal(nlp: Language) -> None:
    lemmas = _lemmas(nlp, "Kommunen skal bosette flere flyktninger og bygge utleieboligene.")
    assert lemmas["Kommunen"] == "kommune"
    assert lemmas["flyktninger"] == "flyktning"
    assert lemmas["utleieboligene"] == "utleiebolig"
    assert lemmas["skal"] == "skulle"


def test_pipeline_sets_lemmas_nynorsk(nlp: Language) -> None:
    doc = nlp("Kommunen skal ikkje berre busetje innvandrarar, men gje dei utleigebustadene.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert doc._.get(LANGUAGE_ATTR) == "nn"
    assert lemmas["innvandrarar"] == "innvandrar"
    assert lemmas["utleigebustadene"] == "utleigebustad"


def test_pipeline_mixed_plan_lemmatises_each_paragraph_in_its_standard(nlp: Language) -> None:
    text = (
        "Kommunen skal ikke bare bosette flyktninger, men også gi dem bolig.\n\n"
        "Kommunen skal ikkje berre busetje innvandrarar, men òg gje dei bustad."
    )
    assert [lang for _, _, lang in paragraph_languages(text)] == ["nb", "nn"]
    lemmas = _lemmas(nlp, text)
    assert lemmas["flyktninger"] == "flyktning"
    assert lemmas["innvandrarar"] == "innvandrar"


def test_pipeline_language_given_by_caller(nlp: Language) -> None:
    # «Tiltak» alone says nothing about the standard; the plan's standard is passed on.
    (doc,) = nlp.pipe(
        ["Tiltak for eig bustad"], component_cfg={LEMMA_COMPONENT: {"language": "nn"}}
    )
    assert doc._.get(LANGUAGE_ATTR) == "nn"
    assert [t.lemma_ for t in doc][2] == "eige"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kommunen skal ikkje berre busetje flyktningar, men gje dei bustad og arbeid.", "nn"),
        ("Kommunen skal ikke bare bosette flyktninger, men gi dem bolig og arbeid.", "nb"),
        ("Vi vil styrke norskopplæringen for innvandrere.", "nb"),
        ("Vi vil styrkje norskopplæringa for innvandrarane.", "nn"),
    ],
)
def test_pipeline_detects_written_standard(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_pipeline_no_evidence_gives_default() -> None:
    assert detect_language("Tiltak", default="nn") == "nn"
    assert detect_language("Tiltak") == "nb"


def test_pipeline_paragraphs_without_evidence_take_the_text_standard() -> None:
    text = "Bustad\n\nKommunen skal ikkje berre busetje flyktningar.\n\n  \n\nTiltak"
    paragraphs = paragraph_languages(text)
    assert [text[s:e] for s, e, _ in paragraphs] == [
        "Bustad",
        "Kommunen skal ikkje berre busetje flyktningar.",
        "Tiltak",
    ]
    assert {lang for _, _, lang in paragraphs} == {"nn"}


@pytest.mark.parametrize(
    "text",
    [
        "Kommunen skal bl.a. søke Husbanken om startlån, jf. kap. 4, ca. 20 nr. i året.",
        "Kommunen skal m.a. busetje fleire, t.d. flyktningar, jf. pkt. 3.",
    ],
)
def test_pipeline_abbreviations_stay_whole_in_one_sentence(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert len(list(doc.sents)) == 1
    abbreviations = [t for t in doc if t.text.endswith(".") and len(t) > 1]
    assert len(abbreviations) >= 3
    assert all(t.lemma_ == t.text for t in abbreviations if not t.is_alpha)


def test_pipeline_loads_once(nlp: Language) -> None:
    assert get_nlp() is nlp
    assert get_nlp.cache_info().currsize == 1
    assert nlp.pipe_names == [SENTENCE_COMPONENT, LEMMA_COMPONENT]


@pytest.mark.skipif(not MODEL_SHIPPED, reason="the trained tagger is not shipped")
def test_pipeline_trained_tagger_sets_parts_of_speech() -> None:
    tagged = get_tagged_nlp()
    assert get_tagged_nlp() is tagged
    assert "morphologizer" in tagged.pipe_names
    assert "senter" not in tagged.pipe_names
    doc = tagged("Kommunen skal bosette flere flyktninger i år. De lover mye.")
    pos = {t.text: t.pos_ for t in doc}
    assert {t.text: t.lemma_ for t in doc}["lover"] == "love"
    assert pos["Kommunen"] == "NOUN"
    assert pos["skal"] == "AUX"
    assert pos["bosette"] == "VERB"
    assert pos["flyktninger"] == "NOUN"
