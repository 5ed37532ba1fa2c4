"""The Norwegian language layer: term matching, sentences, written standard."""

from __future__ import annotations

import pytest

from planvurdering.language import detect_language, get_nlp, word_matches


@pytest.mark.parametrize(
    ("term", "form", "expected"),
    [
        ("bolig", "bolig", True),
        ("bolig", "boligene", True),
        ("bolig", "utleieboligene", True),
        ("bolig", "boligplanen", True),
        ("bolig", "bolig-", True),
        ("bolig", "boligere", False),
        ("utleiebolig", "utleieboliger", True),
        ("integrering", "integreringsarbeidet", True),
        ("innvandrer", "arbeidsinnvandrere", True),
        ("innvandring", "innvandringsbølgen", True),
        ("arbeidskraft", "arbeidskraftbehov", True),
        ("flyktning", "flyktningane", True),
        ("introduksjonsprogram", "introduksjonsprogrammet", True),
        ("lag", "lagene", True),
        ("lag", "grunnlag", False),
        ("lag", "lagerbygg", False),
        ("NAV", "NAV", True),
        ("NAV", "Nav", True),
        ("NAV", "NAV-kontoret", True),
        ("NAV", "navet", False),
        ("NAV", "Navn", False),
        ("IMDi", "IMDi-kontoret", True),
        ("Husbanken", "Husbankens", True),
        # A compound's head must be a word (or known words joined, or a bound prefix):
        ("bustad", "utleigebustadene", True),
        ("innvandrer", "arbeidsmarkedsinnvandrere", True),
        ("kulturell", "flerkulturell", True),
        ("ramme", "introduksjonsprogrammet", False),
        ("andre", "innvandrerbakgrunn", False),
        ("annet", "drikkevannet", False),
        ("arbeid", "samarbeidet", False),
        ("analyse", "næringsanalysen", True),
        ("lyse", "analysen", False),
        ("stad", "bustad", False),
        ("leiarar", "sjukepleiarar", False),
    ],
)
def test_language_word_matches_inflections_and_compounds(
    term: str, form: str, expected: bool
) -> None:
    assert word_matches(term, form) is expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Kommunen skal bl.a. søke Husbanken om startlån. Det gjelder f.eks. flyktninger.", 2),
        ("Planen gjelder fra 1. januar 2025. Den rulleres årlig.", 2),
        ("Tiltaket skal være på plass innen 2026. Ansvar: NAV.", 2),
        ("Jf. kap. 4 i planen er dette viktig, jf. også nr. 3.", 1),
        ("Hva skal vi gjøre? Vi skal bosette flere!", 2),
    ],
)
def test_language_sentences_survive_abbreviations(text: str, count: int) -> None:
    assert len(list(get_nlp()(text).sents)) == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kommunen skal ikkje berre busetje flyktningar, men gje dei bustad og arbeid.", "nn"),
        ("Kommunen skal ikke bare bosette flyktninger, men gi dem bolig og arbeid.", "nb"),
    ],
)
def test_language_detects_written_standard(text: str, expected: str) -> None:
    assert detect_language(text) == expected
