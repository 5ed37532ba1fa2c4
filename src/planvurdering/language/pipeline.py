"""The spaCy pipeline for Norwegian plan text.

``get_nlp()`` builds it once per process: spaCy's Norwegian Bokmål tokenizer
(it keeps «bl.a.», «f.eks.», «IMDi-kontoret» whole, and serves Nynorsk text as
well) and a sentence splitter that knows plan abbreviations.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from .norwegian import ABBREVIATIONS, BOKMAL_MARKERS, NYNORSK_MARKERS

SENTENCE_COMPONENT = "pv_sentences"


def _ends_sentence(text: str) -> bool:
    if text in {".", "!", "?", "…"}:
        return True
    if text.lower() in ABBREVIATIONS:
        return False
    # "2026." at the end of a sentence; "1." before a month is caught by the next token.
    return len(text) > 1 and text.endswith(".") and text[:-1].replace(".", "").isalnum()


@Language.component(SENTENCE_COMPONENT)
def split_sentences(doc: Doc) -> Doc:
    """Mark sentence starts: after . ! ? … when the next word starts a sentence."""
    for i, token in enumerate(doc):
        if i == 0:
            token.is_sent_start = True
            continue
        prev = doc[i - 1]
        if _ends_sentence(prev.text):
            first = token.text[:1]
            starts = first.isupper() or first.isdigit() or first in '«"(–-•'
            # "1. januar", "kap. 4" and numbered lists like "3. Tiltak" stay whole.
            if prev.text[:-1].isdigit() and not first.isupper():
                starts = False
            token.is_sent_start = starts
        else:
            token.is_sent_start = False
    return doc


def make_nlp() -> Language:
    """A fresh pipeline (tokenizer + sentence splitter)."""
    nlp = spacy.blank("nb")
    for abbreviation in ABBREVIATIONS:
        for form in {abbreviation, abbreviation[:1].upper() + abbreviation[1:]}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])  # type: ignore[union-attr]
    nlp.add_pipe(SENTENCE_COMPONENT)
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared pipeline, built once per process."""
    return make_nlp()


def detect_language(text: str) -> str:
    """'nb' or 'nn': the written standard that ``text`` is (mostly) in."""
    words = [w.strip('.,;:!?()«»"').lower() for w in text.split()]
    nn = sum(1 for w in words if w in NYNORSK_MARKERS)
    nb = sum(1 for w in words if w in BOKMAL_MARKERS)
    return "nn" if nn > nb else "nb"
