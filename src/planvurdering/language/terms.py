"""Matching criteria terms in Norwegian text: inflections, compounds, both standards.

A term is written as a lemma or a phrase of lemmas (``bolig``, ``tilskudd til
utleiebolig``). A token matches a term word when it is the word with an
inflectional ending (``boligene``), a compound that ends in it (``utleieboliger``)
or starts with it, with a linking ``-s-``/``-e-`` (``boligplanen``,
``integreringsarbeidet``), or a hyphenated compound (``IMDi-kontoret``). A word
with capitals (``NAV``, ``IMDi``) matches case-sensitively. Short words match
only as whole words, so ``lag`` does not find «grunnlag».

The per-form decisions are cached, so a long plan costs one look-up per distinct
word form. Phrases are matched with spaCy's :class:`~spacy.matcher.Matcher` over
a token extension that holds the term words each token matches.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from .lemmas import is_known_word
from .norwegian import (
    BOUND_PREFIXES,
    E_DROP_ENDINGS,
    FUNCTION_WORDS,
    INFLECTION_SUFFIXES,
    INSEPARABLE_PREFIXES,
    LINKING,
    MIN_COMPOUND_HEAD,
    MIN_COMPOUND_TAIL,
    MIN_HEAD_TERM,
    SHORT_COMPOUND_TAILS,
)

TERM_WORDS_ATTR = "pv_term_words"
if not Token.has_extension(TERM_WORDS_ATTR):
    Token.set_extension(TERM_WORDS_ATTR, default=())

_SUFFIXES = frozenset(INFLECTION_SUFFIXES)
_NAME_ENDINGS = frozenset({"", "s", "en", "ens", "et", "ets", "a"})
_TAIL_LINKS = tuple(link for link in LINKING if link)


def _is_ending(word: str, rest: str) -> bool:
    """Whether ``rest`` is an inflectional ending of ``word`` (with a doubled
    final consonant: «program» → «programmet», «medlem» → «medlemmer»)."""
    if rest in _SUFFIXES or rest.startswith("-"):
        return True
    return (
        len(rest) > 1
        and rest[0] == word[-1]
        and rest[0] not in "aeiouyæøå"
        and (rest[1:] in _SUFFIXES)
    )


def _is_tail(word: str, rest: str) -> bool:
    """Whether ``rest`` (what follows a term word in a token) keeps the match."""
    if _is_ending(word, rest):
        return True
    candidates = [rest] + [rest[len(link) :] for link in _TAIL_LINKS if rest.startswith(link)]
    return any(
        (len(c) >= MIN_COMPOUND_TAIL and c.isalpha()) or c in SHORT_COMPOUND_TAILS
        for c in candidates
    )


@lru_cache(maxsize=50_000)
def plausible_head(prefix: str) -> bool:
    """Whether ``prefix`` can stand before a term word in a compound: a known word
    (with a linking -s-/-e-), a bound prefix («fleir-»), or known words joined
    («arbeidsmarkeds-»). «introduksjonsprog» (in «introduksjonsprogrammet») is not,
    so «ramme» is not found there; nor «drikkev» + «annet», «innv» + «andre».
    """
    head = prefix.rsplit("-", 1)[-1]
    if head == "" or head in BOUND_PREFIXES:
        return True
    return _known_parts(head, 0)


def _word(part: str, *, inner: bool = False) -> bool:
    """A compound part: a known word of four letters or more, or a three-letter word
    of the treebank («sju», «hus»); two letters are too easily a word by chance.
    A part found by splitting a head further (``inner``) must be in the treebank's
    modern vocabulary: simplemma's dictionary knows old forms like «sprog», which
    would read «introduksjonsprog» as «introduksjon» + «sprog»."""
    if len(part) >= 4 and not inner:
        return is_known_word(part)
    return len(part) >= 3 and is_known_word(part, treebank_only=True)


def _known_parts(head: str, depth: int) -> bool:
    candidates = [head] + [head[: -len(link)] for link in _TAIL_LINKS if head.endswith(link)]
    if any(_word(c, inner=depth > 0) for c in candidates):
        return True
    if depth >= 2:
        return False
    for cut in range(3, len(head) - 2):
        first, rest = head[:cut], head[cut:]
        firsts = [first] + [first[: -len(link)] for link in _TAIL_LINKS if first.endswith(link)]
        if (first in BOUND_PREFIXES or any(_word(f, inner=True) for f in firsts)) and (
            _known_parts(rest, depth + 1)
        ):
            return True
    return False


def _inside_longer_word(prefix: str, word: str) -> bool:
    """Whether the compound's last part is a longer word that merely ends in ``word``
    after an inseparable prefix: «familie|gjenforening» holds «gjenforening», not
    «forening»."""
    return any(
        prefix.endswith(bound) and len(prefix) > len(bound) and is_known_word(bound + word)
        for bound in INSEPARABLE_PREFIXES
    )


def _found_at(word: str, text: str, *, short: bool, case_sensitive: bool) -> bool:
    start = text.find(word)
    while start != -1:
        prefix, rest = text[:start], text[start + len(word) :]
        if prefix == "" or (
            not short
            and not case_sensitive
            and (prefix.endswith("-") or len(prefix) >= MIN_COMPOUND_HEAD)
            and plausible_head(prefix)
            and not _inside_longer_word(prefix, word)
        ):
            if case_sensitive:
                # Names take a genitive or a definite ending only: «NAVs», «Husbankens».
                if rest in _NAME_ENDINGS or rest.startswith("-"):
                    return True
            elif short:
                if _is_ending(word, rest):
                    return True
            elif _is_tail(word, rest):
                return True
        start = text.find(word, start + 1)
    return False


def word_matches(word: str, form: str) -> bool:
    """Whether token ``form`` contains term ``word`` as a word, inflection or compound part.

    ``word`` is lower case for ordinary words; a word with capitals (a name or an
    acronym) matches only a capitalised form, whole or before a hyphen.
    """
    if word in FUNCTION_WORDS:
        # Words of a function-word phrase («sammen med») match only whole: not «samanheng».
        return form.lower() == word
    case_sensitive = word != word.lower()
    if case_sensitive:
        # Names and acronyms: capitalised in the text ("NAV", "Nav", "Nav-kontoret"),
        # never a lower-case common word ("navet").
        if not form[:1].isupper():
            return False
        word = word.lower()
    text = form.lower()
    if text == word:
        return True
    short = len(word) < MIN_HEAD_TERM
    if _found_at(word, text, short=short, case_sensitive=case_sensitive):
        return True
    # Nynorsk plurals drop a final -e: «ektefelle» → «ektefellar», «nabokommunane».
    if word.endswith("e") and not short and not case_sensitive:
        stem = word[:-1]
        start = text.find(stem)
        while start != -1:
            prefix, rest = text[:start], text[start + len(stem) :]
            if (prefix == "" or len(prefix) >= MIN_COMPOUND_HEAD) and rest in E_DROP_ENDINGS:
                return True
            start = text.find(stem, start + 1)
    return False


@dataclass(frozen=True)
class TermMatch:
    """A term found in a document span."""

    key: str
    """The term as written in the criteria."""
    start: int
    end: int
    text: str


class TermIndex:
    """All terms of a catalogue, compiled for fast matching over spaCy docs.

    One-word terms are read straight off the token annotation; phrases go
    through spaCy's :class:`~spacy.matcher.Matcher` (one per first word), run
    only on short windows that hold all of a phrase's content words.

    Args:
        vocab: the pipeline's vocabulary.
        terms: the term strings; each becomes a match key.
    """

    def __init__(self, vocab: Vocab, terms: Iterable[str]) -> None:
        self._vocab = vocab
        self._words: dict[str, int] = {}
        self._by_trigram: dict[str, list[str]] = defaultdict(list)
        self._cache: dict[str, tuple[int, ...]] = {}
        self._short: dict[str, str] = {}
        self._single: dict[int, list[str]] = defaultdict(list)
        # Phrases by their first content word: one Matcher each, and the content
        # words a window must hold before that Matcher is worth running.
        self._matchers: dict[int, Matcher] = {}
        self._needs: dict[int, list[frozenset[int]]] = defaultdict(list)
        self._longest = 1
        self._lead = 0
        self.keys: list[str] = []
        for term in dict.fromkeys(t.strip() for t in terms if t.strip()):
            words = term.split()
            pattern: list[dict[str, Any]] = []
            content: list[int] = []
            # A phrase of function words only («sammen med») is matched word for word.
            only_function_words = all(w.lower() in FUNCTION_WORDS for w in words)
            for raw in words:
                word = raw if raw != raw.lower() else raw.lower()
                if pattern and content:
                    # One word may stand between a phrase's words: «mangel på egnede boliger»,
                    # and a number before it: «tatt imot 45 ukrainske flyktninger».
                    pattern.append({"LIKE_NUM": True, "OP": "?"})
                    pattern.append({"IS_PUNCT": False, "OP": "?"})
                if word.lower() in FUNCTION_WORDS and len(words) > 1 and not only_function_words:
                    pattern.append({"LOWER": word.lower()})
                    continue
                wid = self._word_id(word)
                content.append(wid)
                pattern.append({"_": {TERM_WORDS_ATTR: {"INTERSECTS": [wid]}}})
            if not content:
                continue
            if len(words) == 1:
                self._single[content[0]].append(term)
            else:
                first = content[0]
                self._needs[first].append(frozenset(content))
                self._longest = max(self._longest, len(pattern))
                # Function words before the first content word («på tvers av …»).
                leading = pattern.index(next(p for p in pattern if "_" in p))
                self._lead = max(self._lead, leading)
                self._matchers.setdefault(first, Matcher(vocab)).add(term, [pattern])
            self.keys.append(term)

    def _word_id(self, word: str) -> int:
        if word not in self._words:
            self._words[word] = len(self._words)
            self._by_trigram[word.lower()[:3]].append(word)
            if len(word) < 3:
                self._short[word.lower()] = word
        return self._words[word]

    def _words_in(self, form: str) -> tuple[int, ...]:
        cached = self._cache.get(form)
        if cached is not None:
            return cached
        lower = form.lower()
        found: list[int] = []
        seen: set[str] = set()
        short = self._short.get(lower)
        if short is not None and word_matches(short, form):
            seen.add(short)
            found.append(self._words[short])
        for i in range(max(len(lower) - 2, 1)):
            for word in self._by_trigram.get(lower[i : i + 3], ()):
                if word not in seen and word_matches(word, form):
                    seen.add(word)
                    found.append(self._words[word])
        result = tuple(sorted(found))
        if len(self._cache) < 200_000:
            self._cache[form] = result
        return result

    def find(self, doc: Doc) -> list[TermMatch]:
        """Annotate ``doc`` and return its terms, in order of position."""
        matches: list[TermMatch] = []
        annotation: dict[int, tuple[int, ...]] = {}
        for token in doc:
            if not (token.is_alpha or "-" in token.text):
                continue
            wids = self._words_in(token.text)
            lemma = token.lemma_
            if lemma and lemma.lower() != token.text.lower():
                # Irregular forms reach their term through the lemma («bosatt» → «bosette»).
                wids = tuple(sorted(set(wids) | set(self._words_in(lemma))))
            if not wids:
                continue
            token._.set(TERM_WORDS_ATTR, wids)
            annotation[token.i] = wids
            for wid in wids:
                for term in self._single.get(wid, ()):
                    matches.append(TermMatch(term, token.i, token.i + 1, token.text))
        matches += self._phrases(doc, annotation)
        return sorted(set(matches), key=lambda m: (m.start, -m.end, m.key))

    def _phrases(self, doc: Doc, annotation: dict[int, tuple[int, ...]]) -> list[TermMatch]:
        """Phrase matches: the Matcher of a first word runs only on a window that
        holds every content word of one of its phrases."""
        found: list[TermMatch] = []
        strings = doc.vocab.strings
        for i, wids in annotation.items():
            firsts = [wid for wid in wids if wid in self._matchers]
            if not firsts:
                continue
            begin = max(i - self._lead, 0)
            end = min(i + self._longest, len(doc))
            present: set[int] = set()
            for j in range(begin, end):
                present.update(annotation.get(j, ()))
            for first in firsts:
                if not any(need <= present for need in self._needs[first]):
                    continue
                found += [
                    TermMatch(strings[mid], begin + s, begin + e, doc[begin + s : begin + e].text)
                    for mid, s, e in self._matchers[first](doc[begin:end])
                ]
        return found
