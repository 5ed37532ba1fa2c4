"""Build the form→lemma lexicons (Bokmål, Nynorsk) from the Norwegian Dependency Treebank.

Usage (from the repository root)::

    .venv/bin/python scripts/nlp/build_lexicon.py [--out src/planvurdering/language/data]

Reads the NDT sentences that are not in UD dev or test (``ndt.training_sentences``:
a UD sentence is matched to NDT by its letters and digits, lower-cased), counts
(form, part of speech, lemma) triples and writes ``lemmas-nb.tsv.gz`` and
``lemmas-nn.tsv.gz``. Only form–lemma–tag triples are shipped, no sentences.

File format (UTF-8, gzip, one line per entry, tab-separated)::

    form  lemma  UPOS

``form`` is lower-cased unless it was a proper noun (then it is written as in
the text, and a lower-case entry may exist beside it). The first line of a
form is its most frequent lemma (used when the part of speech is unknown);
further lines of the same form give the lemma for another part of speech
where it differs. Punctuation and
numbers are left out.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from convert_ndt import to_upos
from ndt import STANDARDS, training_sentences

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "src" / "planvurdering" / "language" / "data"
_SKIP_POS = frozenset({"PUNCT", "SYM", "NUM", "X"})


def lexicon_lines(standard: str) -> tuple[list[str], int]:
    """The lexicon's lines for one standard, and the number of sentences read."""
    counts: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    n = 0
    for sentence in training_sentences(standard):
        n += 1
        for i, token in enumerate(sentence.tokens):
            upos = to_upos(sentence, i)
            if upos in _SKIP_POS or not any(c.isalpha() for c in token.form):
                continue
            lemma = token.lemma
            if upos != "PROPN" and lemma[:1].isupper() and lemma[1:] == lemma[1:].lower():
                lemma = lemma.lower()  # a sentence-initial common word
            # Proper nouns («Regjeringen», «Dag») keep their capitals as a separate entry.
            proper = upos == "PROPN" or lemma != lemma.lower()
            counts[token.form if proper else token.form.lower()][(lemma, upos)] += 1
    lines: list[str] = []
    for form in sorted(counts):
        by_pair = counts[form]
        by_lemma: Counter[str] = Counter()
        for (lemma, _), c in by_pair.items():
            by_lemma[lemma] += c
        default = by_lemma.most_common(1)[0][0]
        default_pos = max((c, p) for (lm, p), c in by_pair.items() if lm == default)[1]
        lines.append(f"{form}\t{default}\t{default_pos}")
        best_per_pos: dict[str, tuple[int, str]] = {}
        for (lemma, upos), c in by_pair.items():
            if c > best_per_pos.get(upos, (0, ""))[0]:
                best_per_pos[upos] = (c, lemma)
        for upos in sorted(best_per_pos):
            lemma = best_per_pos[upos][1]
            if upos != default_pos and lemma != default:
                lines.append(f"{form}\t{lemma}\t{upos}")
    return lines, n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for standard in STANDARDS:
        lines, n = lexicon_lines(standard)
        path = args.out / f"lemmas-{standard}.tsv.gz"
        # mtime=0: the same treebank gives the same bytes.
        with (
            open(path, "wb") as raw,
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f,
        ):
            f.write(("\n".join(lines) + "\n").encode("utf-8"))
        print(f"{path.name}: {len(lines)} linjer fra {n} setninger, {path.stat().st_size} byte")


if __name__ == "__main__":
    main()
