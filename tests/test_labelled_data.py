"""Validates the labelled accuracy set (tests/data/labelled/) and the benchmark's bookkeeping.

The data files are the ground truth the library is measured against
(benchmarks/accuracy.py); these tests keep them well-formed and balanced.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from planvurdering.models import THEME_IDS

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(__file__).resolve().parent / "data" / "labelled"
FIELDS = {"id", "language", "split", "source_style", "text", "levels", "note"}


def _load() -> list[dict[str, Any]]:
    passages: list[dict[str, Any]] = []
    for path in sorted(DATA_DIR.glob("*.yaml")):
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(entries, list), f"{path.name}: expected a list of passages"
        for entry in entries:
            passages.append({**entry, "_file": path.stem})
    return passages


PASSAGES = _load()


@pytest.fixture(scope="module")
def accuracy() -> ModuleType:
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["accuracy"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("passage", PASSAGES, ids=lambda p: str(p.get("id")))
def test_labelled_data_schema(passage: dict[str, Any]) -> None:
    assert set(passage) - {"_file"} == FIELDS
    assert passage["language"] in ("nb", "nn")
    if passage["_file"] in ("nb", "nn"):
        # The first batch: one file per written standard.
        assert passage["language"] == passage["_file"], "one file per language"
    # Ids: "nb-001", or with the batch's prefix: "b2-nn-014".
    assert re.fullmatch(rf"(b\d+-)?{passage['language']}-\d{{3}}", passage["id"])
    batch = _batch(passage["_file"])
    if batch != "first":
        assert passage["id"].startswith(f"b{batch.removeprefix('batch')}-"), "id names its batch"
    assert passage["split"] in ("tune", "heldout")
    assert isinstance(passage["source_style"], str) and passage["source_style"].strip()
    assert isinstance(passage["text"], str) and len(passage["text"].split()) >= 5
    assert passage["text"] == passage["text"].strip()
    assert isinstance(passage["note"], str) and passage["note"].strip()
    assert "\n" not in passage["note"]
    levels = passage["levels"]
    assert isinstance(levels, dict)
    for theme, level in levels.items():
        assert theme in THEME_IDS, f"unknown theme {theme!r}"
        assert level in (1, 2, 3), "list only themes above 0, with an int level 1–3"


def test_labelled_data_ids_and_texts_unique() -> None:
    ids = Counter(p["id"] for p in PASSAGES)
    assert [i for i, n in ids.items() if n > 1] == []
    texts = Counter(" ".join(p["text"].split()) for p in PASSAGES)
    assert [t[:60] for t, n in texts.items() if n > 1] == []


def test_labelled_data_size_and_language_shares() -> None:
    n = len(PASSAGES)
    languages = Counter(p["language"] for p in PASSAGES)
    assert n >= 120
    assert languages["nb"] / n >= 0.5
    assert languages["nn"] / n >= 0.25


# Held-out share per batch: the first batch keeps a fifth, the second (written later,
# by another labeller, to make the held-out measurement larger) a half, the third a
# fifth again (scripts/split_labelled.py); the fourth (excerpts of the real plans in
# shared/data, which the developers had run the library on) is tuning data only; the
# fifth, written blind, is held out whole; the sixth to tenth,
# written after it, are tuning data; the eleventh, written last and blind, is held out whole.
HELDOUT_SHARES = {
    "first": (0.18, 0.22),
    "batch2": (0.5, 0.5),
    "batch3": (0.18, 0.22),
    "batch4": (0.0, 0.0),
    "batch5": (1.0, 1.0),
    "batch6": (0.0, 0.0),
    "batch7": (0.0, 0.0),
    "batch8": (0.0, 0.0),
    "batch9": (0.0, 0.0),
    "batch10": (0.0, 0.0),
    "batch11": (1.0, 1.0),
    "batch12": (0.0, 0.0),
    "batch13": (0.0, 0.0),
    "batch14": (0.0, 0.0),
    "batch15": (1.0, 1.0),
    "batch16": (0.0, 0.0),
    "batch17": (0.0, 0.0),
    "batch18": (0.0, 0.0),
    "batch19": (1.0, 1.0),
    "batch20": (0.0, 0.0),
    "batch21": (0.0, 0.0),
    "batch22": (1.0, 1.0),
    "batch23": (0.0, 0.0),
    "batch24": (0.0, 0.0),
    "batch25": (1.0, 1.0),
    "batch26": (0.0, 0.0),
    "batch27": (0.0, 0.0),
}


def _batch(file_stem: str) -> str:
    """«nb»/«nn» → first; «batch3_nb» → batch3."""
    return "first" if file_stem in ("nb", "nn") else file_stem.split("_")[0]


def test_labelled_data_heldout_share_per_batch() -> None:
    batches: dict[str, list[dict[str, Any]]] = {}
    for p in PASSAGES:
        batches.setdefault(_batch(p["_file"]), []).append(p)
    assert set(batches) <= set(HELDOUT_SHARES)
    for batch, passages in batches.items():
        low, high = HELDOUT_SHARES[batch]
        share = sum(p["split"] == "heldout" for p in passages) / len(passages)
        assert low <= share <= high, batch


def test_labelled_data_splits_are_stratified() -> None:
    splits = {s: [p for p in PASSAGES if p["split"] == s] for s in ("tune", "heldout")}
    for name, passages in splits.items():
        assert {p["language"] for p in passages} == {"nb", "nn"}, name
        addressed = {t for p in passages for t in p["levels"]}
        assert addressed == set(THEME_IDS), f"{name} lacks {set(THEME_IDS) - addressed}"
        assert any(not p["levels"] for p in passages), f"{name} has no negatives"


def test_labelled_data_every_theme_at_every_level() -> None:
    cells = Counter((t, lv) for p in PASSAGES for t, lv in p["levels"].items())
    for theme in THEME_IDS:
        for level in (1, 2, 3):
            assert cells[(theme, level)] >= 3, f"{theme} has {cells[(theme, level)]} at {level}"
        # level 0 with realistic negatives: most passages do not address a given theme
        zeros = sum(1 for p in PASSAGES if theme not in p["levels"])
        assert zeros >= len(PASSAGES) / 2


def test_labelled_data_mostly_single_theme_with_many_negatives() -> None:
    per_passage = Counter(len(p["levels"]) for p in PASSAGES)
    n = len(PASSAGES)
    assert per_passage[0] / n >= 0.2, "too few negatives"
    assert (per_passage[0] + per_passage[1]) / n >= 0.6, "most passages: one theme or none"
    assert per_passage[2] + per_passage[3] >= 10, "some passages about two or three themes"
    assert max(per_passage) <= 4, "a passage, not a whole plan"


def test_labelled_data_covers_the_required_hard_cases() -> None:
    texts = {p["id"]: p["text"].lower() for p in PASSAGES}

    def ids_with(*needles: str) -> set[str]:
        return {i for i, t in texts.items() if any(n in t for n in needles)}

    levels = {p["id"]: p["levels"] for p in PASSAGES}
    # negations in both written standards, some of them graded 0
    assert any(not levels[i] for i in ids_with(" ikke ", " ingen "))
    assert any(not levels[i] for i in ids_with(" ikkje "))
    # action tables written as text rows
    assert len(ids_with(" | ansvar | ")) >= 8
    # "Plan for integrering" among plans to be made is demografi 2 at most
    plan_lists = ids_with("plan for integrering (", "plan for integrering |")
    assert plan_lists and all(levels[i].get("demografi", 0) <= 2 for i in plan_lists)
    # "integrert i bebyggelsen/busetnaden" is not integration
    for i in ids_with("integrert i bebyggelsen", "integrert i eksisterande busetnad"):
        assert not levels[i]


def test_labelled_data_benchmark_loads_every_passage(accuracy: ModuleType) -> None:
    loaded = accuracy.load_passages()
    assert [p.id for p in loaded] == [p["id"] for p in PASSAGES]
    assert all(
        p.level(t) == q["levels"].get(t, 0)
        for p, q in zip(loaded, PASSAGES, strict=True)
        for t in THEME_IDS
    )


def test_labelled_data_benchmark_perfect_grader(accuracy: ModuleType) -> None:
    passages = accuracy.load_passages()
    by_text = {p.text: dict(p.levels) for p in passages}
    grading = accuracy.grade_passages(passages, lambda text: by_text[text])
    for split in ("tune", "heldout"):
        report = accuracy.split_report(passages, grading, split)
        assert report["graded"] == report["passages"] > 0
        assert report["overall"]["exact"] == 1.0
        assert report["overall"]["f1"] == 1.0
        assert report["overall"]["alpha"] == pytest.approx(1.0)
    assert accuracy.disagreements(passages, grading) == []


def test_labelled_data_benchmark_never_shows_heldout(accuracy: ModuleType) -> None:
    passages = accuracy.load_passages()
    grading = accuracy.grade_passages(passages, lambda text: {t: 3 for t in THEME_IDS})
    rows = accuracy.disagreements(passages, grading)
    heldout = {p.id for p in passages if p.split == "heldout"}
    assert rows and not heldout & {r["id"] for r in rows}
    report = accuracy.split_report(passages, grading, "tune")
    assert report["overall"]["recall"] == 1.0
    assert report["overall"]["precision"] < 0.5


def test_labelled_data_benchmark_survives_missing_engine(
    accuracy: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def not_ready() -> Any:
        raise NotImplementedError("assess")

    monkeypatch.setattr(accuracy, "library_grader", not_ready)
    assert accuracy.main([]) == 0
    assert "not implemented" in capsys.readouterr().out


def test_labelled_data_benchmark_records_failing_passages(accuracy: ModuleType) -> None:
    passages = accuracy.load_passages()[:3]

    def flaky(text: str) -> dict[str, int]:
        if text == passages[1].text:
            raise ValueError("boom")
        return {}

    grading = accuracy.grade_passages(passages, flaky)
    assert set(grading.failed) == {passages[1].id}
    assert len(grading.levels) == 2


def test_labelled_data_benchmark_pseudo_plans(accuracy: ModuleType) -> None:
    passages = accuracy.load_passages()
    tune = [p for p in passages if p.split == "tune"]
    plans = accuracy.pseudo_plans(tune, 10)
    assert plans == accuracy.pseudo_plans(tune, 10), "deterministic"
    assert len(plans) == len(tune) // 10 and all(len(plan) == 10 for plan in plans)
    assert len({p.id for plan in plans for p in plan}) == 10 * len(plans)
    # A perfect grader of whole plans gives each theme the highest level of its passages.
    by_text = {p.text: p for p in tune}

    def perfect(text: str) -> dict[str, int]:
        parts = [by_text[t] for t in text.split("\n\n") if t in by_text]
        return {t: max(p.level(t) for p in parts) for t in THEME_IDS}

    report = accuracy.plan_report(passages, "tune", 10, perfect)
    assert report["overall"]["exact"] == 1.0
    # … and one that says «nothing» everywhere misses every addressed theme.
    empty = accuracy.plan_report(passages, "tune", 10, lambda text: {})
    assert empty["overall"]["recall"] == 0.0
