"""Reading the Norwegian Dependency Treebank (NDT) and the UD dev/test splits.

Shared by ``build_lexicon.py``, ``convert_ndt.py`` and ``benchmarks/language.py``.

The UD Norwegian treebanks are converted from NDT, so every UD dev/test sentence
is also an NDT sentence. ``held_out_keys`` collects the UD dev and test sentences
as keys (the word forms, lower-cased, letters and digits only, joined), and
``training_sentences`` drops every NDT sentence whose key is among them. The
loose key survives small token differences between NDT 1.0 and later UD
releases (a split or merged token, changed punctuation).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

STANDARDS = ("nb", "nn")
_NDT_FOLDER = {"nb": "nob", "nn": "nno"}
_UD_FILE = {
    "nb": "ud_norwegian_bokmaal/no_bokmaal-ud-{split}.conllu",
    "nn": "ud_norwegian_nynorsk/no_nynorsk-ud-{split}.conllu",
}


def data_dir() -> Path:
    """shared/data/nlp (override with PV_NLP_DATA)."""
    env = os.environ.get("PV_NLP_DATA")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "shared" / "data" / "nlp"
        if candidate.is_dir():
            return candidate
        candidate = parent.parent / "shared" / "data" / "nlp"
        if candidate.is_dir():
            return candidate
    raise SystemExit("Fann ikke shared/data/nlp; oppgi mappen med PV_NLP_DATA=…")


@dataclass(frozen=True)
class Token:
    """One token of a treebank sentence."""

    form: str
    lemma: str
    tag: str  # NDT: the OBT part of speech (subst, verb, <komma>, …); UD: the UPOS
    feats: str  # NDT: OBT features (appell|mask|be|ent); UD: UD features
    head: int
    deprel: str
    xpos: str = ""  # UD only: the OBT tag
    space_after: bool = True


@dataclass(frozen=True)
class Sentence:
    """A sentence with where it came from (an NDT file name or a UD sent_id)."""

    source: str
    tokens: tuple[Token, ...]
    text: str = ""

    @property
    def key(self) -> str:
        return sentence_key(t.form for t in self.tokens)


def sentence_key(forms: Iterator[str] | list[str] | tuple[str, ...]) -> str:
    """Loose identity of a sentence: its letters and digits, lower-cased."""
    return "".join(ch for ch in "".join(forms).lower() if ch.isalnum())


def _blocks(path: Path) -> Iterator[list[str]]:
    block: list[str] = []
    with path.open(encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.strip():
                block.append(line)
            elif block:
                yield block
                block = []
    if block:
        yield block


def _clean_lemma(lemma: str) -> str:
    # OBT writes punctuation lemmas as "$," and "$.": the lemma is the mark itself.
    return lemma[1:] if lemma.startswith("$") and len(lemma) > 1 else lemma


def ndt_files(standard: str) -> list[Path]:
    return sorted((data_dir() / "norne" / "ndt" / _NDT_FOLDER[standard]).glob("*.conll"))


def read_ndt(standard: str) -> Iterator[Sentence]:
    """Every NDT sentence of one written standard ("nb" or "nn")."""
    for path in ndt_files(standard):
        for block in _blocks(path):
            tokens = []
            for line in block:
                tokens.append(_token(line.split("\t")))
            yield Sentence(path.stem, tuple(tokens))


def _token(cols: list[str], *, xpos: str = "", space_after: bool = True) -> Token:
    """A token from the ten CoNLL columns (NDT and UD share the first eight)."""
    return Token(
        form=cols[1],
        lemma=_clean_lemma(cols[2]),
        tag=cols[3],
        feats=cols[5],
        head=int(cols[6]),
        deprel=cols[7],
        xpos=xpos,
        space_after=space_after,
    )


def ud_path(standard: str, split: str) -> Path:
    return data_dir() / _UD_FILE[standard].format(split=split)


def read_ud(standard: str, split: str) -> Iterator[Sentence]:
    """The UD sentences of one split ("dev" or "test")."""
    for block in _blocks(ud_path(standard, split)):
        sent_id, text = "", ""
        tokens = []
        for line in block:
            if line.startswith("# sent_id"):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("# text"):
                text = line.split("=", 1)[1].strip()
            elif not line.startswith("#"):
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue  # multiword ranges and empty nodes
                tokens.append(
                    _token(cols, xpos=cols[4], space_after="SpaceAfter=No" not in cols[9])
                )
        yield Sentence(sent_id, tuple(tokens), text)


def held_out_keys(standard: str) -> set[str]:
    """Keys of the UD dev and test sentences of one standard."""
    return {s.key for split in ("dev", "test") for s in read_ud(standard, split)}


def training_sentences(standard: str) -> Iterator[Sentence]:
    """NDT sentences that are in neither UD dev nor UD test."""
    held_out = held_out_keys(standard)
    for sentence in read_ndt(standard):
        if sentence.key not in held_out:
            yield sentence
