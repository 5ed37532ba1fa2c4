"""Convert the NDT training sentences to CoNLL-U with UD part-of-speech tags.

Usage::

    python scripts/nlp/convert_ndt.py OUT_DIR [--per-standard N] [--seed 0]

Writes ``OUT_DIR/train.conllu`` (NDT Bokmål and Nynorsk sentences that are not
in UD dev or test, see ``ndt.training_sentences``), ``OUT_DIR/dev.conllu`` (a
slice of the UD dev splits, both standards) and ``OUT_DIR/test-nb.conllu`` /
``test-nn.conllu`` (the UD test splits). ``spacy convert`` turns them into
``.spacy`` files (``train.py`` does it).

The Oslo-Bergen tag (column 4 of NDT) becomes the UPOS by ``to_upos``; the OBT
tag goes to XPOS, features are left out (they are OBT, not UD), the lemma is
kept, heads and relations are replaced by a flat tree (no parser is trained;
spaCy takes the sentence boundaries from the trees). Rules were
checked against the UD dev splits (``--check``), never the test splits.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ndt import STANDARDS, Sentence, read_ndt, read_ud, training_sentences

DOC_SENTENCES = 10  # sentences per training document (``spacy convert -n``)

_SIMPLE = {
    "adj": "ADJ",
    "adv": "ADV",
    "konj": "CCONJ",
    "sbu": "SCONJ",
    "inf-merke": "PART",
    "pron": "PRON",
    "interj": "INTJ",
    "symb": "SYM",
    "ukjent": "X",
    "clb": "PUNCT",
}
# Verbs that UD tags AUX when they govern a verb or a predicative (NDT INFV, SPRED).
_AUXILIARIES = frozenset(
    "være vere bli verte ha kunne kunna skulle skula ville vilja vilje måtte måtta burde "
    "bør få".split()
)
_COPULAS = frozenset({"være", "vere"})
_PLACE_ADVERBS = frozenset({"her", "der"})
_NEGATIONS = frozenset({"ikke", "ikkje", "ei"})
_CARDINALS = frozenset(
    """
    null to tre fire fem seks sju syv åtte ni ti elleve tolv tretten fjorten femten seksten
    sytten atten nitten tjue tjuge tretti tretti førti femti seksti sytti åtti nitti hundre
    tusen million millionar millioner milliard milliardar milliarder halvannen halvanna
    én éin eneste einaste
    """.split()
)


def to_upos(sentence: Sentence, index: int) -> str:
    """The UD part of speech of token ``index`` (0-based) of an NDT sentence."""
    token = sentence.tokens[index]
    tag, lemma = token.tag, token.lemma.lower()
    if tag.startswith("<"):
        return "PUNCT"
    if tag in _SIMPLE:
        if tag == "adv" and lemma in _NEGATIONS:
            return "PART"
        return _SIMPLE[tag]
    if tag == "subst":
        return "PROPN" if "prop" in token.feats.split("|") else "NOUN"
    dependents = [t.deprel for t in sentence.tokens if t.head == index + 1]
    if tag == "verb":
        if lemma in _COPULAS and any(d in {"SPRED", "INFV", "FSUBJ"} for d in dependents):
            return "AUX"
        if lemma in _AUXILIARIES and any(d in {"INFV", "SPRED"} for d in dependents):
            return "AUX"
        return "VERB"
    if tag == "prep":
        return "ADP" if dependents and lemma not in _PLACE_ADVERBS else "ADV"
    if tag == "det":
        feats = token.feats.split("|")
        if "poss" in feats:
            return "PRON"
        if "kvant" in feats and (any(c.isdigit() for c in lemma) or lemma in _CARDINALS):
            return "NUM"
        return "DET"
    return "X"


def conllu(sentences: Iterable[Sentence], standard: str, from_ndt: bool) -> str:
    """CoNLL-U text; each sentence records its written standard in a comment."""
    out: list[str] = []
    for n, sentence in enumerate(sentences):
        out.append(f"# sent_id = {sentence.source}-{n}")
        out.append(f"# standard = {standard}")
        for i, token in enumerate(sentence.tokens):
            upos = to_upos(sentence, i) if from_ndt else token.tag
            xpos = token.tag if from_ndt else token.xpos
            misc = "_" if token.space_after else "SpaceAfter=No"
            # A flat tree (the first token the root): spaCy reads sentence
            # boundaries from the heads, and no parser is trained.
            head, deprel = ("0", "root") if i == 0 else ("1", "dep")
            cols = [str(i + 1), token.form, token.lemma, upos, xpos, "_", head, deprel, "_", misc]
            out.append("\t".join(cols))
        out.append("")
    return "\n".join(out) + "\n"


def check_mapping() -> None:
    """How often ``to_upos`` agrees with UD on the UD dev sentences (found in NDT)."""
    for standard in STANDARDS:
        by_key = {s.key: s for s in read_ndt(standard)}
        agree = total = 0
        errors: Counter[tuple[str, str, str]] = Counter()
        for ud in read_ud(standard, "dev"):
            ndt = by_key.get(ud.key)
            if ndt is None or len(ndt.tokens) != len(ud.tokens):
                continue
            for i, gold in enumerate(ud.tokens):
                mine = to_upos(ndt, i)
                total += 1
                agree += mine == gold.tag
                if mine != gold.tag:
                    errors[(mine, gold.tag, ndt.tokens[i].lemma)] += 1
        print(f"{standard}: to_upos = UD UPOS for {agree / total:.2%} of {total} dev tokens")
        print("  most common differences (mine, UD, lemma):", errors.most_common(12))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--per-standard", type=int, default=0, help="sentences per standard")
    parser.add_argument("--dev-per-standard", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--check", action="store_true", help="check to_upos on UD dev")
    args = parser.parse_args()
    if args.check:
        check_mapping()
        return
    if args.out is None:
        parser.error("OUT_DIR mangler")
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    train, dev = [], []
    for standard in STANDARDS:
        # Contiguous runs of ten sentences stay together (the sentence splitter learns
        # from neighbours); the runs are shuffled and the first ones kept.
        every = list(training_sentences(standard))
        runs = [every[i : i + DOC_SENTENCES] for i in range(0, len(every), DOC_SENTENCES)]
        rng.shuffle(runs)
        sentences = [s for run in runs for s in run]
        if args.per_standard:
            sentences = sentences[: args.per_standard]
        train.append(conllu(sentences, standard, from_ndt=True))
        dev_sentences = list(read_ud(standard, "dev"))[: args.dev_per_standard]
        dev.append(conllu(dev_sentences, standard, from_ndt=False))
        test = conllu(read_ud(standard, "test"), standard, from_ndt=False)
        (args.out / f"test-{standard}.conllu").write_text(test, encoding="utf-8")
        print(f"{standard}: {len(sentences)} treningssetninger")
    (args.out / "train.conllu").write_text("".join(train), encoding="utf-8")
    (args.out / "dev.conllu").write_text("".join(dev), encoding="utf-8")


if __name__ == "__main__":
    main()
