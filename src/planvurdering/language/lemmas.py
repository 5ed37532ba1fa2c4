"""Lemmas for Bokmål and Nynorsk words: a treebank lexicon first, simplemma second.

``lemmatize("flyktningane", "nn")`` gives «flyktning». The steps, first hit wins:

1. the plan-vocabulary table ``data/plan-lemmas.tsv`` (a few hand-checked words
   where the treebank's lemma is not the one the grading needs: «bosatt» →
   «bosette»);
2. the form→lemma lexicon of the written standard, built from the Norwegian
   Dependency Treebank by ``scripts/nlp/build_lexicon.py``
   (``data/lemmas-nb.tsv.gz``, ``data/lemmas-nn.tsv.gz``); with a part of speech
   (UPOS, e.g. from the trained tagger) the lemma for that part of speech;
3. words that simplemma has in its own dictionary;
4. compounds: the longest tail of the word that the lexicon knows as a noun,
   adjective or verb is lemmatised (as a noun when no part of speech is given)
   and the head kept
   («utleigebustadene» → «utleige» + «bustad»);
5. simplemma's guess, which returns the word itself when it has none.

Everything is loaded lazily, once per process, and answers are cached.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Literal

import simplemma

Standard = Literal["nb", "nn"]
STANDARDS: tuple[Standard, ...] = ("nb", "nn")

# A compound's tail must be at least this long, its head at least this long
# (unless the head ends in a hyphen: «NAV-kontoret»).
MIN_TAIL = 4
MIN_HEAD = 3
_COMPOUND_TAIL_POS = frozenset({"NOUN", "ADJ", "VERB"})


@dataclass(frozen=True)
class Lexicon:
    """Form→lemma entries of one written standard.

    Forms are lower-cased, except proper nouns, which are written as in the text.
    """

    lemma: dict[str, str]
    pos: dict[str, str]
    by_pos: dict[tuple[str, str], str]

    def lookup(self, key: str, pos: str | None) -> str | None:
        """The lemma of form ``key`` (for ``pos`` where it differs), or None."""
        if pos is not None:
            special = self.by_pos.get((key, pos))
            if special is not None:
                return special
        return self.lemma.get(key)

    def find(self, form: str, pos: str | None) -> str | None:
        """The lemma of ``form``, or None.

        A capitalised form is looked up lower-cased first (a sentence start),
        then as written (a proper noun); a proper noun (``pos`` PROPN) only as written.
        """
        lower = form.lower()
        if form == lower:
            return self.lookup(lower, pos)
        if pos == "PROPN":
            return self.lookup(form, pos)
        found = self.lookup(lower, pos)
        return found if found is not None else self.lookup(form, pos)


def _data_text(name: str) -> str:
    resource = files("planvurdering.language") / "data" / name
    data = resource.read_bytes()
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    return data.decode("utf-8")


def _parse(text: str) -> Lexicon:
    lemma: dict[str, str] = {}
    pos: dict[str, str] = {}
    by_pos: dict[tuple[str, str], str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        form, lem, upos = line.split("\t")
        if form in lemma:
            by_pos[(form, upos)] = lem
        else:
            lemma[form] = lem
            pos[form] = upos
    return Lexicon(lemma, pos, by_pos)


@cache
def lexicon(language: Standard) -> Lexicon:
    """The treebank lexicon of ``language`` ("nb" or "nn"), loaded once."""
    if language not in STANDARDS:
        raise ValueError(f"Ukjent målform «{language}»: bruk «nb» eller «nn».")
    return _parse(_data_text(f"lemmas-{language}.tsv.gz"))


@lru_cache(maxsize=1)
def _plan_lemmas() -> dict[tuple[str, str], str]:
    """The hand-checked plan vocabulary: (language, form) → lemma."""
    table: dict[tuple[str, str], str] = {}
    for line in _data_text("plan-lemmas.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            languages, form, lemma = line.split("\t")
            for language in languages.split(","):
                table[(language, form)] = lemma
    return table


def _compound(form: str, language: Standard, pos: str | None) -> str | None:
    """Lemma of an unknown compound from its longest known tail, or None.

    The head is kept as written («NAV-kontoret» → «NAV-kontor»), lower-cased
    only when the part of speech says it is a common word.
    """
    lex = lexicon(language)
    key = form.lower()
    for start in range(1, len(key) - MIN_TAIL + 1):
        head, tail = form[:start], key[start:]
        if pos is not None and not any(ch.isupper() for ch in head[1:]):
            head = head.lower()
        if len(head) < MIN_HEAD and not head.endswith("-"):
            continue
        if not tail[:1].isalpha():
            continue
        if lex.pos.get(tail) not in _COMPOUND_TAIL_POS and (tail, "NOUN") not in lex.by_pos:
            continue
        # Without a part of speech a compound is read as a noun («kveldskursa»).
        lemma = lex.lookup(tail, pos or "NOUN")
        if lemma is not None and lemma == lemma.lower():
            return head + lemma
    return None


def _simplemma(form: str, language: Standard) -> tuple[str, bool]:
    """simplemma's lemma and whether simplemma knows the word."""
    known = bool(simplemma.is_known(form, lang=language))
    return simplemma.lemmatize(form, lang=language), known


@lru_cache(maxsize=200_000)
def lemmatize(form: str, language: Standard, pos: str | None = None) -> str:
    """The lemma of word ``form`` in written standard ``language`` ("nb" or "nn").

    ``pos`` is a UD part of speech (``NOUN``, ``VERB`` …) when one is known; it
    picks between homographs («bygde» verb/noun) and keeps proper nouns
    (``PROPN``) as written when the lexicon does not know them. Words without
    letters come back unchanged. Raises ``ValueError`` for another ``language``.
    """
    lex = lexicon(language)
    if not any(ch.isalpha() for ch in form):
        return form
    planned = _plan_lemmas().get((language, form.lower()))
    if planned is not None:
        return planned
    found = lex.find(form, pos)
    if found is not None:
        return found
    if pos == "PROPN":
        return form
    guess, known = _simplemma(form, language)
    if known:
        return guess
    compound = _compound(form, language, pos)
    if compound is not None:
        return compound
    return guess


@lru_cache(maxsize=50_000)
def is_known_word(word: str, *, treebank_only: bool = False) -> bool:
    """Whether ``word`` (lower case) is a word form or lemma of Bokmål or Nynorsk
    that the treebank lexicons (or, unless ``treebank_only``, simplemma) know."""
    for language in STANDARDS:
        lex = lexicon(language)
        if word in lex.lemma or word in _lemma_set(language):
            return True
    return not treebank_only and any(simplemma.is_known(word, lang=lang) for lang in STANDARDS)


@cache
def _lemma_set(language: Standard) -> frozenset[str]:
    return frozenset(lexicon(language).lemma.values())
