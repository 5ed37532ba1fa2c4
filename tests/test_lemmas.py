"""Lemmas for Bokmål and Nynorsk: the treebank lexicon, simplemma and compounds."""

from __future__ import annotations

import pytest
import simplemma

from planvurdering.language.lemmas import lemmatize, lexicon


@pytest.mark.parametrize(
    ("form", "language", "lemma"),
    [
        ("innvandrarar", "nn", "innvandrar"),
        ("busett", "nn", "busetje"),
        ("bosatt", "nb", "bosette"),
        ("ektefellar", "nn", "ektefelle"),
        ("nabokommunane", "nn", "nabokommune"),
        ("vennefamiliar", "nn", "vennefamilie"),
        ("eig", "nn", "eige"),
        ("kompetansen", "nn", "kompetanse"),
        ("kompetansen", "nb", "kompetanse"),
        ("boligene", "nb", "bolig"),
        ("bustadene", "nn", "bustad"),
        ("flyktningane", "nn", "flyktning"),
        ("flyktningene", "nb", "flyktning"),
        ("innvandrerne", "nb", "innvandrer"),
        ("tiltaka", "nn", "tiltak"),
        ("Kommunen", "nb", "kommune"),
        ("utleigebustadene", "nn", "utleigebustad"),
        ("praksisplassane", "nn", "praksisplass"),
        ("introduksjonsprogrammet", "nb", "introduksjonsprogram"),
        ("NAV-kontoret", "nb", "NAV-kontor"),
    ],
)
def test_lemmas_plan_vocabulary(form: str, language: str, lemma: str) -> None:
    assert lemmatize(form, language, None) == lemma  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("form", "pos", "lemma"),
    [("lover", "NOUN", "lov"), ("lover", "VERB", "love"), ("arbeidet", "VERB", "arbeide")],
)
def test_lemmas_part_of_speech_picks_homograph(form: str, pos: str, lemma: str) -> None:
    assert lemmatize(form, "nb", pos) == lemma


def test_lemmas_lexicon_comes_before_simplemma() -> None:
    # simplemma reads «eig» as a form of «eiga»; the Nynorsk treebank says «eige».
    assert simplemma.lemmatize("eig", lang="nn") != "eige"
    assert lemmatize("eig", "nn") == "eige"


def test_lemmas_fall_back_to_simplemma_for_words_not_in_the_treebank() -> None:
    assert "ektefellar" not in lexicon("nn").lemma
    assert lemmatize("ektefellar", "nn") == simplemma.lemmatize("ektefellar", lang="nn")


@pytest.mark.parametrize("form", ["xqzvrt", "2026", "§", "–", "12,5"])
def test_lemmas_unknown_words_and_non_words_stay_as_written(form: str) -> None:
    assert lemmatize(form, "nb") == form
    assert lemmatize(form, "nn") == form


def test_lemmas_proper_noun_keeps_capitals() -> None:
    assert lemmatize("Oslo", "nb") == "Oslo"
    assert lemmatize("Fjordvik", "nn", "PROPN") == "Fjordvik"


def test_lemmas_standards_differ() -> None:
    # The Bokmål and Nynorsk lexicons are separate tables.
    assert lemmatize("bygde", "nb", "VERB") == "bygge"
    assert lemmatize("bygde", "nn", "VERB") == "byggje"


def test_lemmas_reject_unknown_written_standard() -> None:
    with pytest.raises(ValueError, match="målform"):
        lemmatize("bolig", "sv")  # type: ignore[arg-type]


def test_lemmas_lexicon_loaded_once() -> None:
    assert lexicon("nb") is lexicon("nb")
    assert len(lexicon("nb").lemma) > 20_000
    assert len(lexicon("nn").lemma) > 20_000
