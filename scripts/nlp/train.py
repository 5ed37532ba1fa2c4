"""Train planvurdering's Norwegian tagger and sentence splitter and ship it as package data.

Usage (from the repository root, outside CI; about 15 minutes on one core)::

    .venv/bin/python scripts/nlp/train.py [--work /tmp/pv-nlp] [--minutes 14]
                                          [--per-standard 0] [--no-install]

1. ``convert_ndt.py`` writes the NDT training sentences (UD dev/test left out)
   and the UD dev/test splits as CoNLL-U;
2. ``spacy convert`` makes ``.spacy`` files of ten sentences per document;
3. ``spacy train scripts/nlp/config.cfg`` on one thread, stopped after
   ``--minutes`` at the latest (spaCy saves the best model at every evaluation);
4. the best model is copied to ``src/planvurdering/language/data/model/``,
   which ``pipeline.make_nlp`` loads when it is there.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
MODEL_DIR = ROOT / "src" / "planvurdering" / "language" / "data" / "model"
SPLITS = ("train", "dev", "test-nb", "test-nn")


def run(args: list[str], **kwargs: object) -> None:
    print("$", " ".join(args), flush=True)
    subprocess.run(args, check=True, **kwargs)  # type: ignore[call-overload]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/pv-nlp"))
    parser.add_argument("--minutes", type=float, default=14.0)
    parser.add_argument("--per-standard", type=int, default=0, help="0: all training sentences")
    parser.add_argument("--no-install", action="store_true", help="do not copy into the package")
    args = parser.parse_args()

    py = sys.executable
    corpus = args.work / "corpus"
    run([py, str(HERE / "convert_ndt.py"), str(corpus), "--per-standard", str(args.per_standard)])
    for split in SPLITS:
        run(
            [
                py,
                "-m",
                "spacy",
                "convert",
                str(corpus / f"{split}.conllu"),
                str(corpus),
                "--converter",
                "conllu",
                "-n",
                "10",
            ]
        )

    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    output = args.work / "output"
    started = time.monotonic()
    try:
        run(
            [
                py,
                "-m",
                "spacy",
                "train",
                str(HERE / "config.cfg"),
                "--output",
                str(output),
                "--paths.train",
                str(corpus / "train.spacy"),
                "--paths.dev",
                str(corpus / "dev.spacy"),
            ],
            env=env,
            timeout=args.minutes * 60,
        )
    except subprocess.TimeoutExpired:
        print(f"Stoppet etter {args.minutes} minutter; bruker den beste modellen så langt.")
    print(f"Trening: {time.monotonic() - started:.0f} s")
    best = output / "model-best"
    if not best.is_dir():
        raise SystemExit("Ingen modell ble lagret (model-best mangler).")
    if not args.no_install:
        shutil.rmtree(MODEL_DIR, ignore_errors=True)
        shutil.copytree(best, MODEL_DIR)
        size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
        print(f"Modellen er kopiert til {MODEL_DIR} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
