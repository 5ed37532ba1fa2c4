"""The spaCy pipeline for Norwegian plan text.

``get_nlp()`` builds it once per process:

* spaCy's Norwegian Bokmål tokenizer, with plan abbreviations as special cases
  (it keeps «bl.a.», «f.eks.», «IMDi-kontoret» whole, and serves Nynorsk text as
  well);
* a sentence splitter that knows plan abbreviations (``pv_sentences``);
* a lemmatizer (``pv_lemmatizer``) that sets ``token.lemma_`` from
  :func:`~planvurdering.language.lemmas.lemmatize`, in the written standard of
  each paragraph (:func:`paragraph_languages`), or the one the caller gives:
  ``nlp.pipe(texts, component_cfg={"pv_lemmatizer": {"language": "nn"}})``.

``get_tagged_nlp()`` adds, in front, the tagger trained on the Norwegian
Dependency Treebank (Bokmål and Nynorsk together; ``data/model/``, built by
``scripts/nlp/train.py``): a tok2vec and a morphologizer that set
``token.pos_`` (UD tags), which the lemmatizer then uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib.resources import as_file, files

import spacy
from simplemma import is_known
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from .lemmas import STANDARDS, Standard, lemmatize, lexicon
from .norwegian import ABBREVIATIONS, BOKMAL_MARKERS, NYNORSK_MARKERS

SENTENCE_COMPONENT = "pv_sentences"
LEMMA_COMPONENT = "pv_lemmatizer"
# The trained components that make_nlp keeps; the model's own senter is left out
# because pv_sentences decides sentence starts (see docs/language.md).
TRAINED_COMPONENTS = ("tok2vec", "morphologizer")
LANGUAGE_ATTR = "pv_language"
if not Doc.has_extension(LANGUAGE_ATTR):
    Doc.set_extension(LANGUAGE_ATTR, default=None)

# A marker word (ikkje/ikke, frå/fra …) counts as much as this many words that
# only one of the two treebank lexicons knows.
MARKER_WEIGHT = 3
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


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


def language_scores(text: str) -> tuple[int, int]:
    """Evidence for (Bokmål, Nynorsk) in ``text``.

    A marker word of either standard (``norwegian.BOKMAL_MARKERS`` /
    ``NYNORSK_MARKERS``) weighs ``MARKER_WEIGHT``; a word that only one of the
    two treebank lexicons knows («bustadene», «boligene») weighs 1.
    """
    nb_lex, nn_lex = lexicon("nb").lemma, lexicon("nn").lemma
    nb = nn = 0
    for match in _WORD.finditer(text):
        word = match.group().lower()
        if word in NYNORSK_MARKERS:
            nn += MARKER_WEIGHT
        elif word in BOKMAL_MARKERS:
            nb += MARKER_WEIGHT
        else:
            in_nb, in_nn = word in nb_lex, word in nn_lex
            nb += in_nb and not in_nn
            nn += in_nn and not in_nb
    return nb, nn


def detect_language(text: str, default: Standard = "nb") -> Standard:
    """'nb' or 'nn': the written standard that ``text`` is (mostly) in.

    ``default`` when the text gives no evidence either way (a heading such as
    «Tiltak»).
    """
    nb, nn = language_scores(text)
    if nb == nn:
        return default
    return "nn" if nn > nb else "nb"


def paragraph_languages(text: str) -> list[tuple[int, int, Standard]]:
    """The paragraphs of ``text`` (split at blank lines) with their written standard.

    Each item is ``(start, end, language)`` in character offsets. A paragraph
    without evidence either way takes the standard of the whole text, so a
    plan that mixes Bokmål and Nynorsk gets each paragraph's own.
    """
    overall = detect_language(text)
    paragraphs: list[tuple[int, int, Standard]] = []
    start = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk is not None else len(text)
        if text[start:end].strip():
            paragraphs.append((start, end, detect_language(text[start:end], overall)))
        if brk is not None:
            start = brk.end()
    return paragraphs


class Lemmatizer:
    """Sets ``token.lemma_`` from the treebank lexicon (and simplemma), per written standard.

    The written standard is the ``language`` given to the call (or through
    ``component_cfg``), else each paragraph's own (``paragraph_languages``).
    The doc's dominant standard goes to ``doc._.pv_language``. A part of speech
    set by the trained tagger picks the lemma of homographs.
    """

    def __call__(self, doc: Doc, language: Standard | None = None) -> Doc:
        if language is not None and language not in STANDARDS:
            raise ValueError(f"Ukjent målform «{language}»: bruk «nb» eller «nn».")
        spans = (
            [(0, len(doc.text), language)]
            if language is not None
            else paragraph_languages(doc.text) or [(0, len(doc.text), "nb")]
        )
        doc._.set(LANGUAGE_ATTR, language or detect_language(doc.text))
        i = 0
        for token in doc:
            while i < len(spans) - 1 and token.idx >= spans[i + 1][0]:
                i += 1
            if token.is_space:
                continue
            pos = token.pos_ or None
            token.lemma_ = lemmatize(token.text, spans[i][2], pos)
        return doc

    def pipe(
        self, docs: Iterable[Doc], batch_size: int = 1000, language: Standard | None = None
    ) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc, language)


@Language.factory(LEMMA_COMPONENT)
def make_lemmatizer(nlp: Language, name: str) -> Lemmatizer:
    """The ``pv_lemmatizer`` component (see :class:`Lemmatizer`)."""
    return Lemmatizer()


def _load_trained() -> Language | None:
    """The shipped tagger model (``data/model``), or None when it is not there."""
    resource = files("planvurdering.language") / "data" / "model"
    if not resource.joinpath("config.cfg").is_file():
        return None
    with as_file(resource) as path:
        loaded = spacy.load(path, exclude=["senter"])
    for name in list(loaded.pipe_names):
        if name not in TRAINED_COMPONENTS:
            loaded.remove_pipe(name)
    return loaded


def make_nlp(tagger: bool = False) -> Language:
    """A fresh pipeline: tokenizer, sentences, lemmas; with ``tagger`` the trained tagger too.

    The tagger (``data/model``, if shipped) sets ``token.pos_`` and lets the
    lemmatizer tell homographs apart, at about four times the cost per page;
    without the model ``tagger=True`` gives the blank pipeline.
    """
    nlp = (_load_trained() if tagger else None) or spacy.blank("nb")
    for abbreviation in ABBREVIATIONS:
        for form in {abbreviation, abbreviation[:1].upper() + abbreviation[1:]}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])  # type: ignore[union-attr]
    nlp.add_pipe(SENTENCE_COMPONENT)
    nlp.add_pipe(LEMMA_COMPONENT)
    return nlp


def _load_lexicons() -> None:
    """Load both lexicons and simplemma's dictionaries now rather than mid-plan."""
    for standard in STANDARDS:
        lexicon(standard)
        is_known("planvurdering", lang=standard)


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared pipeline for grading, built once per process (lexicons loaded with it).

    No tagger: a 100-page plan goes through in well under a second.
    """
    _load_lexicons()
    return make_nlp()


@lru_cache(maxsize=1)
def get_tagged_nlp() -> Language:
    """The shared pipeline with the trained tagger (parts of speech), built once per process."""
    _load_lexicons()
    return make_nlp(tagger=True)
