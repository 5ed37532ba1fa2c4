"""Assign the tune/held-out split of a new batch of labelled passages, deterministically.

The rule is the one in tests/data/labelled/README.md ("Split"): the batch's
passages are sorted by (language, primary theme, primary level, sha256 of the
id) — the primary theme is the one with the highest level, ties in THEME_IDS
order, passages with no theme last — and every fifth passage in that order,
starting with the third (0-based index ≡ 2 mod 5), is held out.

Run it once, on a new batch only, before the library has graded it; it rewrites
the ``split:`` lines of the named files in place and never touches a passage of
another batch, so no passage moves from tune to held-out later::

    python scripts/split_labelled.py tests/data/labelled/batch3_nb.yaml \
        tests/data/labelled/batch3_nn.yaml

``--all-tune`` marks the whole batch as tuning data (for passages from documents
the developers have already run the library on).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from planvurdering.models import THEME_IDS


def sort_key(passage: dict[str, Any]) -> tuple[str, int, int, str]:
    levels: dict[str, int] = passage.get("levels") or {}
    digest = hashlib.sha256(passage["id"].encode("utf-8")).hexdigest()
    if not levels:
        return (passage["language"], len(THEME_IDS), 0, digest)
    top = max(levels.values())
    theme = next(t for t in THEME_IDS if levels.get(t) == top)
    return (passage["language"], THEME_IDS.index(theme), top, digest)


def assign(passages: list[dict[str, Any]], *, all_tune: bool = False) -> dict[str, str]:
    """The split for every passage id of one batch."""
    ordered = sorted(passages, key=sort_key)
    return {
        p["id"]: "heldout" if not all_tune and index % 5 == 2 else "tune"
        for index, p in enumerate(ordered)
    }


def rewrite(path: Path, splits: dict[str, str]) -> int:
    """Set the ``split:`` line under each ``- id:`` of the file; returns how many changed."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    current: str | None = None
    changed = 0
    for i, line in enumerate(lines):
        match = re.match(r"- id: (\S+)", line)
        if match:
            current = match.group(1)
            continue
        split = re.match(r"(\s+)split: (\S+)", line)
        if split and current in splits:
            new = f"{split.group(1)}split: {splits[current]}\n"
            changed += new != line
            lines[i] = new
            current = None
    path.write_text("".join(lines), encoding="utf-8")
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--all-tune", action="store_true")
    args = parser.parse_args(argv)
    passages = [p for f in args.files for p in yaml.safe_load(f.read_text(encoding="utf-8"))]
    splits = assign(passages, all_tune=args.all_tune)
    for path in args.files:
        rewrite(path, splits)
    held = sum(s == "heldout" for s in splits.values())
    print(f"{len(splits)} passages: {len(splits) - held} tune, {held} held out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
