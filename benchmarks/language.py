"""Language benchmark: lemmas, parts of speech, sentences and written standard on UD Norwegian.

Measured on the UD Bokmål and Nynorsk test splits in ``shared/data/nlp`` (the
sentences that ``scripts/nlp/build_lexicon.py`` and ``train.py`` leave out of
the lexicon and the training set). Usage::

    python benchmarks/language.py [--split test|dev] [--model DIR]

1. Lemma accuracy on the gold tokens, for words (every token but punctuation,
   symbols, numbers and foreign words: UPOS PUNCT SYM NUM X) and for content
   words (NOUN PROPN VERB ADJ ADV): the form itself, simplemma alone, the
   lexicon (+ simplemma) without and with the gold part of speech, and the
   shipped pipeline (lexicon with the tagger's part of speech). Exact match,
   capitals count; punctuation lemmas lose the treebank's «$».
2. The pipeline on running text (documents of ten sentences, tokenised by the
   pipeline and aligned by spaCy): POS accuracy, lemma accuracy (all tokens)
   and sentence F, for the blank pipeline with the rule-based splitter, the
   shipped pipeline, and the trained model's own senter.
3. Written standard: share of sentences and of ten-sentence documents that
   ``detect_language`` assigns to the right standard.
4. Speed: loading the pipeline in a fresh process, and running it over about
   100 pages of text.

The exit code is 0: this is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import simplemma
import spacy
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc
from spacy.training import Example

from planvurdering.language.lemmas import STANDARDS, Standard, lemmatize
from planvurdering.language.pipeline import LEMMA_COMPONENT, detect_language, make_nlp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts" / "nlp"))

from ndt import Sentence, read_ud  # noqa: E402

MODEL_DIR = ROOT / "src" / "planvurdering" / "language" / "data" / "model"
NOT_WORDS = frozenset({"PUNCT", "SYM", "NUM", "X"})
CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV"})
DOC_SENTENCES = 10
Lemmatizer = Callable[[str, Standard, str], str]


def _docs(sentences: list[Sentence]) -> list[list[Sentence]]:
    return [sentences[i : i + DOC_SENTENCES] for i in range(0, len(sentences), DOC_SENTENCES)]


def _reference(nlp: Language, group: list[Sentence]) -> Doc:
    words: list[str] = []
    spaces: list[bool] = []
    pos: list[str] = []
    lemmas: list[str] = []
    starts: list[bool | int | None] = []
    for sentence in group:
        for i, token in enumerate(sentence.tokens):
            words.append(token.form)
            spaces.append(token.space_after)
            pos.append(token.tag)
            lemmas.append(token.lemma)
            starts.append(i == 0)
        spaces[-1] = True
    return Doc(nlp.vocab, words, spaces, pos=pos, lemmas=lemmas, sent_starts=starts)


def _pipeline_lemmas(nlp: Language, groups: list[list[Sentence]]) -> list[list[str]]:
    """The pipeline's lemmas on the gold tokens, per document."""
    out = []
    for group in groups:
        ref = _reference(nlp, group)
        doc = Doc(nlp.vocab, [t.text for t in ref], [bool(t.whitespace_) for t in ref])
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        out.append([t.lemma_ for t in doc])
    return out


def lemma_table(split: str, nlp: Language) -> None:
    methods: dict[str, Lemmatizer] = {
        "form = lemma": lambda form, lang, pos: form,
        "simplemma": lambda form, lang, pos: str(simplemma.lemmatize(form, lang=lang)),
        "lexicon + simplemma": lambda form, lang, pos: lemmatize(form, lang),
        "  … with gold POS": lambda form, lang, pos: lemmatize(form, lang, pos),
    }
    rows: dict[str, list[str]] = {name: [] for name in [*methods, "pipeline (tagger POS)"]}
    for standard in STANDARDS:
        sentences = list(read_ud(standard, split))
        tokens = [t for s in sentences for t in s.tokens]
        words = [i for i, t in enumerate(tokens) if t.tag not in NOT_WORDS]
        content = [i for i, t in enumerate(tokens) if t.tag in CONTENT]
        predicted: dict[str, list[str]] = {
            name: [fn(t.form, standard, t.tag) for t in tokens] for name, fn in methods.items()
        }
        pipeline = _pipeline_lemmas(nlp, _docs(sentences))
        predicted["pipeline (tagger POS)"] = [lemma for doc in pipeline for lemma in doc]
        for name, lemmas in predicted.items():
            for subset in (words, content):
                ok = sum(lemmas[i] == tokens[i].lemma for i in subset)
                rows[name].append(f"{100 * ok / len(subset):6.2f}")
        if standard == STANDARDS[0]:
            sizes = f"{len(words)} words, {len(content)} content words"
        else:
            sizes += f" / {len(words)} words, {len(content)} content words"
    print(f"\nLemma accuracy, UD {split}, gold tokens ({sizes})")
    print(f"{'method':28} {'nb words':>9} {'nb content':>11} {'nn words':>9} {'nn content':>11}")
    for name, cells in rows.items():
        print(f"{name:28} {cells[0]:>9} {cells[1]:>11} {cells[2]:>9} {cells[3]:>11}")


def _score(nlp: Language, groups: Iterable[list[Sentence]]) -> dict[str, float]:
    examples = []
    for group in groups:
        ref = _reference(nlp, group)
        examples.append(Example(nlp(ref.text), ref))
    scores: dict[str, float] = {}
    scores.update(Scorer.score_token_attr(examples, "pos"))
    scores.update(Scorer.score_token_attr(examples, "lemma"))
    scores.update(Scorer.score_spans(examples, "sents"))
    return scores


def pipeline_table(split: str, pipelines: dict[str, Language]) -> None:
    print(f"\nPipeline on running text, UD {split} (documents of {DOC_SENTENCES} sentences)")
    header = "".join(f"{f'{s} {m}':>10}" for s in STANDARDS for m in ("POS", "lemma", "sent F"))
    print(f"{'pipeline':34}{header}")
    for name, nlp in pipelines.items():
        cells = []
        for standard in STANDARDS:
            scores = _score(nlp, _docs(list(read_ud(standard, split))))
            for key in ("pos_acc", "lemma_acc", "sents_f"):
                value = scores.get(key)
                cells.append(f"{100 * value:10.2f}" if value is not None else f"{'–':>10}")
        print(f"{name:34}{''.join(cells)}")


def language_table(split: str) -> None:
    print(f"\nWritten standard detected, UD {split}")
    for standard in STANDARDS:
        sentences = list(read_ud(standard, split))
        texts = [" ".join(t.form for t in s.tokens) for s in sentences]
        per_sentence = sum(detect_language(t) == standard for t in texts) / len(texts)
        groups = [" ".join(texts[i : i + DOC_SENTENCES]) for i in range(0, len(texts), 10)]
        per_doc = sum(detect_language(g) == standard for g in groups) / len(groups)
        print(
            f"{standard}: {100 * per_sentence:.1f} % of {len(texts)} sentences, "
            f"{100 * per_doc:.1f} % of {len(groups)} ten-sentence documents"
        )


def speed() -> None:
    for getter in ("get_nlp", "get_tagged_nlp"):
        _speed(getter)


def _speed(getter: str) -> None:
    code = (
        "import time; t = time.perf_counter(); "
        f"from planvurdering.language.pipeline import {getter}; {getter}(); "
        "print(time.perf_counter() - t)"
    )
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(3)
    ]
    from planvurdering.language import pipeline

    nlp = getattr(pipeline, getter)()
    text = "\n\n".join(
        " ".join(t.form for t in s.tokens)
        for standard in STANDARDS
        for s in read_ud(standard, "test")
    )
    pages = len(text.split()) / 500
    paragraphs = text.split("\n\n")
    started = time.perf_counter()
    for _ in nlp.pipe(paragraphs):
        pass
    elapsed = time.perf_counter() - started
    print(
        f"\nSpeed: import + {getter}() in a fresh process {min(runs):.2f}–{max(runs):.2f} s "
        f"(3 runs); nlp.pipe over {len(paragraphs)} paragraphs, {len(text.split())} words "
        f"(≈ {pages:.0f} pages of 500 words): {elapsed:.2f} s "
        f"= {elapsed / pages * 100:.2f} s per 100 pages"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("test", "dev"), default="test")
    parser.add_argument("--model", type=Path, default=MODEL_DIR)
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()

    shipped = make_nlp(tagger=True)
    pipelines = {
        "get_nlp(): rules + lexicon": make_nlp(),
        "get_tagged_nlp(): + tagger": shipped,
    }
    if (args.model / "config.cfg").is_file():
        senter = spacy.load(args.model)
        senter.add_pipe(LEMMA_COMPONENT)
        pipelines["trained model (tagger + senter)"] = senter
    lemma_table(args.split, shipped)
    pipeline_table(args.split, pipelines)
    language_table(args.split)
    if not args.no_speed:
        speed()


if __name__ == "__main__":
    main()
