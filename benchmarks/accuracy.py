"""Accuracy benchmark: the library's theme levels against hand-labelled passages.

Each passage in ``tests/data/labelled/*.yaml`` was labelled by CODEBOOK.md with
the level (0–3) it deserves per theme. This script grades every passage with
the library and prints, per theme and overall, for the tuning and held-out
splits separately:

* P, R, F1 — precision, recall and F1 for "addressed" (level ≥ 1), labels as truth;
* exact    — share of passages where library and label give the same level;
* alpha    — Krippendorff's ordinal alpha between library and labels.

"overall" pools every (passage, theme) pair. A dash means the measure is
undefined (e.g. no positives). Usage::

    python benchmarks/accuracy.py [--split tune|heldout|all] [--show-errors] [--json] [--data DIR]
                                  [--plans N]

``--plans N`` also reads the passages of each split as pseudo-plans of N
shuffled passages (the plan's true level for a theme is the highest of its
passages'), since the grading is used on whole plans.

``--show-errors`` prints the tuning passages where library and label disagree;
held-out texts are never printed. The exit code is 0: this is a measurement,
not a test.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from planvurdering.agreement import addressed_scores, exact_agreement, ordinal_alpha
from planvurdering.models import THEME_IDS

DATA_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "labelled"
SPLITS = ("tune", "heldout")

Levels = dict[str, int]


@dataclass(frozen=True)
class Passage:
    """One labelled passage (see tests/data/labelled/README.md)."""

    id: str
    language: str
    split: str
    source_style: str
    text: str
    levels: Levels
    note: str = ""

    def level(self, theme: str) -> int:
        """The labelled level for ``theme`` (0 when not listed)."""
        return self.levels.get(theme, 0)


@dataclass
class Grading:
    """The library's levels per passage id, and the passages it failed on."""

    levels: dict[str, Levels] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    not_implemented: str | None = None


def load_passages(directory: Path = DATA_DIR) -> list[Passage]:
    """All labelled passages, file by file in name order."""
    passages: list[Passage] = []
    for path in sorted(directory.glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            passages.append(
                Passage(
                    id=entry["id"],
                    language=entry["language"],
                    split=entry["split"],
                    source_style=entry["source_style"],
                    text=entry["text"],
                    levels={t: int(v) for t, v in (entry.get("levels") or {}).items()},
                    note=entry.get("note") or "",
                )
            )
    return passages


def library_grader() -> Callable[[str], Levels]:
    """A function text → {theme: level} using the library (criteria loaded once)."""
    import planvurdering as pv

    criteria = pv.load_criteria()

    def grade(text: str) -> Levels:
        assessment = pv.assess(pv.Plan.from_text(text), criteria)
        themes = assessment.themes
        return {t: themes[t].level for t in THEME_IDS if t in themes}

    return grade


def grade_passages(passages: Sequence[Passage], grader: Callable[[str], Levels]) -> Grading:
    """Grade every passage; a failing passage is recorded, not fatal."""
    grading = Grading()
    for passage in passages:
        try:
            grading.levels[passage.id] = grader(passage.text)
        except NotImplementedError as e:
            grading.not_implemented = str(e) or "NotImplementedError"
            return grading
        except Exception as e:  # a measurement reports failures, it does not stop
            grading.failed[passage.id] = f"{type(e).__name__}: {e}"
    return grading


def scores(labels: Sequence[int], predicted: Sequence[int]) -> dict[str, Any]:
    """The benchmark's measures for one list of (label, library) levels."""
    binary = addressed_scores(labels, predicted)
    return {
        "n": len(labels),
        "positives": binary.tp + binary.fn,
        "precision": binary.precision,
        "recall": binary.recall,
        "f1": binary.f1,
        "exact": exact_agreement(labels, predicted),
        "alpha": ordinal_alpha(labels, predicted),
    }


def split_report(passages: Sequence[Passage], grading: Grading, split: str) -> dict[str, Any]:
    """Per-theme and pooled measures for the graded passages of one split."""
    in_split = [p for p in passages if p.split == split]
    graded = [p for p in in_split if p.id in grading.levels]
    return {
        "passages": len(in_split),
        "graded": len(graded),
        "failed": sorted(p.id for p in in_split if p.id in grading.failed),
        **theme_scores([dict(p.levels) for p in graded], [grading.levels[p.id] for p in graded]),
    }


def theme_scores(truth: Sequence[Levels], predicted: Sequence[Levels]) -> dict[str, Any]:
    """Per-theme and pooled measures for paired levels (a theme not given is 0)."""
    themes: dict[str, Any] = {}
    all_labels: list[int] = []
    all_predicted: list[int] = []
    for theme in THEME_IDS:
        labels = [t.get(theme, 0) for t in truth]
        got = [p.get(theme, 0) for p in predicted]
        themes[theme] = scores(labels, got)
        all_labels += labels
        all_predicted += got
    return {"themes": themes, "overall": scores(all_labels, all_predicted)}


def pseudo_plans(passages: Sequence[Passage], size: int, seed: int = 7) -> list[list[Passage]]:
    """The passages of one split in shuffled groups of ``size``: each group read as one
    plan whose true level per theme is the highest of its passages' (CODEBOOK: a
    theme's level is the highest any passage reaches). Deterministic for a seed."""
    shuffled = sorted(passages, key=lambda p: p.id)
    random.Random(seed).shuffle(shuffled)
    return [shuffled[i : i + size] for i in range(0, len(shuffled) - size + 1, size)]


def plan_report(
    passages: Sequence[Passage], split: str, size: int, grader: Callable[[str], Levels]
) -> dict[str, Any]:
    """Theme agreement on pseudo-plans made of ``size`` passages of ``split`` each."""
    plans = pseudo_plans([p for p in passages if p.split == split], size)
    truth = [{t: max(p.level(t) for p in plan) for t in THEME_IDS} for plan in plans]
    graded = [grader("\n\n".join(p.text for p in plan)) for plan in plans]
    return {
        "passages": len(plans),
        "graded": len(plans),
        "failed": [],
        **theme_scores(truth, graded),
    }


def disagreements(passages: Sequence[Passage], grading: Grading) -> list[dict[str, Any]]:
    """Tuning passages where library and label differ. Held-out passages never appear."""
    rows: list[dict[str, Any]] = []
    for p in passages:
        if p.split != "tune" or p.id not in grading.levels:
            continue
        got = grading.levels[p.id]
        diff = {
            t: {"label": p.level(t), "library": got.get(t, 0)}
            for t in THEME_IDS
            if p.level(t) != got.get(t, 0)
        }
        if diff:
            rows.append({"id": p.id, "themes": diff, "note": p.note, "text": p.text})
    return rows


def _fmt(value: float | None) -> str:
    return "    –" if value is None else f"{value:5.2f}"


def format_table(split: str, report: dict[str, Any]) -> str:
    """A compact text table for one split."""
    head = f"{'theme':<26}{'n':>4}{'pos':>5}{'P':>6}{'R':>6}{'F1':>6}{'exact':>7}{'alpha':>7}"
    lines = [
        f"== {split}: {report['graded']} of {report['passages']} "
        f"{'pseudo-plans' if 'plans of' in split else 'passages'} graded"
        + (f", {len(report['failed'])} failed" if report["failed"] else ""),
        head,
        "-" * len(head),
    ]
    rows = [*report["themes"].items(), ("overall", report["overall"])]
    for name, s in rows:
        lines.append(
            f"{name:<26}{s['n']:>4}{s['positives']:>5} {_fmt(s['precision'])} {_fmt(s['recall'])}"
            f" {_fmt(s['f1'])}  {_fmt(s['exact'])}  {_fmt(s['alpha'])}"
        )
    return "\n".join(lines)


def format_errors(rows: Sequence[dict[str, Any]]) -> str:
    """The disagreements, one block per passage."""
    out = [f"== disagreements on the tuning split: {len(rows)} passages"]
    for row in rows:
        diffs = ", ".join(
            f"{t} label {d['label']} / library {d['library']}" for t, d in row["themes"].items()
        )
        out.append(f"\n{row['id']}: {diffs}")
        if row["note"]:
            out.append(f"  note: {row['note']}")
        out.append(textwrap.indent(row["text"], "  | "))
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=[*SPLITS, "all"], default=None)
    parser.add_argument(
        "--show-errors",
        action="store_true",
        help="print tuning passages where library and label disagree (never held-out ones)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="folder of labelled YAML files")
    parser.add_argument(
        "--plans",
        type=int,
        default=0,
        metavar="N",
        help="also grade pseudo-plans of N shuffled passages each (a plan's level is the max)",
    )
    args = parser.parse_args(argv)

    passages = load_passages(args.data)
    splits = SPLITS if args.split is None else (args.split,)
    if args.split == "all":
        passages = [Passage(**{**p.__dict__, "split": "all"}) for p in passages]

    try:
        grader = library_grader()
    except NotImplementedError as e:
        grading = Grading(not_implemented=str(e) or "NotImplementedError")
    else:
        grading = grade_passages(passages, grader)

    if grading.not_implemented is not None:
        message = f"the grading engine is not implemented yet ({grading.not_implemented})"
        if args.json:
            print(json.dumps({"error": message, "passages": len(passages)}, ensure_ascii=False))
        else:
            print(f"accuracy: {message}; {len(passages)} labelled passages not graded")
        return 0

    reports = {s: split_report(passages, grading, s) for s in splits}
    if args.plans > 1:
        for s in splits:
            reports[f"{s}, plans of {args.plans}"] = plan_report(passages, s, args.plans, grader)
    errors = disagreements(passages, grading) if args.show_errors else None
    if args.json:
        result: dict[str, Any] = {"splits": reports, "failed": grading.failed}
        if errors is not None:
            result["disagreements"] = errors
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0

    print("\n\n".join(format_table(s, r) for s, r in reports.items()))
    if grading.failed:
        print(f"\n{len(grading.failed)} passages failed:")
        for pid, why in sorted(grading.failed.items()):
            print(f"  {pid}: {why}")
    if errors is not None:
        if args.split == "heldout":
            print("\n--show-errors only covers the tuning split; held-out texts are never shown.")
        elif args.split == "all":
            print("\n--show-errors needs the tuning split (--split tune or no --split).")
        else:
            print("\n" + format_errors(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
