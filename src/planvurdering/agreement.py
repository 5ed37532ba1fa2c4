"""Agreement between two graders of the same passages: the library and a person.

The measures used to prove the grading's accuracy (``benchmarks/accuracy.py``):

* :func:`addressed_scores` — precision, recall and F1 for "the theme is
  addressed" (level ≥ 1), with the person's labels as the truth;
* :func:`exact_agreement` — the share of units graded at exactly the same level;
* :func:`krippendorff_alpha` — Krippendorff's alpha for nominal, ordinal or
  interval data, computed from the coincidence matrix as in Krippendorff (2011),
  "Computing Krippendorff's Alpha-Reliability". Missing values (``None``) are
  allowed; units with fewer than two values are not pairable and are skipped.

A measure that is undefined for the data (no positives, no variation) is
``None``, never a made-up number.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

Metric = Literal["nominal", "ordinal", "interval"]


@dataclass(frozen=True)
class BinaryScores:
    """Counts and scores for a yes/no decision (predicted against true)."""

    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float | None:
        """Share of predicted positives that are true; ``None`` with no predictions."""
        predicted = self.tp + self.fp
        return self.tp / predicted if predicted else None

    @property
    def recall(self) -> float | None:
        """Share of true positives that were found; ``None`` with no true positives."""
        actual = self.tp + self.fn
        return self.tp / actual if actual else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall; ``None`` when undefined."""
        if self.tp + self.fp + self.fn == 0:
            return None
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


def addressed_scores(
    truth: Sequence[int], predicted: Sequence[int], *, threshold: int = 1
) -> BinaryScores:
    """Precision/recall counts for "level ≥ ``threshold``" (default: addressed)."""
    _check_same_length(truth, predicted)
    tp = fp = fn = tn = 0
    for t, p in zip(truth, predicted, strict=True):
        true_pos, pred_pos = t >= threshold, p >= threshold
        if true_pos and pred_pos:
            tp += 1
        elif pred_pos:
            fp += 1
        elif true_pos:
            fn += 1
        else:
            tn += 1
    return BinaryScores(tp=tp, fp=fp, fn=fn, tn=tn)


def exact_agreement(truth: Sequence[int], predicted: Sequence[int]) -> float | None:
    """Share of units where both graders gave the same level; ``None`` for no units."""
    _check_same_length(truth, predicted)
    if not truth:
        return None
    same = sum(1 for t, p in zip(truth, predicted, strict=True) if t == p)
    return same / len(truth)


def krippendorff_alpha(
    reliability_data: Sequence[Sequence[float | None]], *, metric: Metric = "ordinal"
) -> float | None:
    """Krippendorff's alpha for ``reliability_data[coder][unit]`` (``None`` = missing).

    Returns ``None`` when alpha is undefined: fewer than two pairable values, or
    only one value in use (no expected disagreement).
    """
    if not reliability_data:
        return None
    n_units = len(reliability_data[0])
    for row in reliability_data:
        if len(row) != n_units:
            raise ValueError("alle kodere må ha like mange enheter")

    # Coincidence matrix o[c, k]: each ordered pair of values within a unit,
    # weighted 1 / (m_u - 1), where m_u is the number of values in the unit.
    coincidences: defaultdict[tuple[float, float], float] = defaultdict(float)
    for unit in range(n_units):
        values = [row[unit] for row in reliability_data if row[unit] is not None]
        m = len(values)
        if m < 2:
            continue
        for i, c in enumerate(values):
            for j, k in enumerate(values):
                if i != j:
                    assert c is not None and k is not None
                    coincidences[(c, k)] += 1.0 / (m - 1)

    marginals: defaultdict[float, float] = defaultdict(float)
    for (c, _k), count in coincidences.items():
        marginals[c] += count
    n = sum(marginals.values())
    if n <= 1 or len(marginals) < 2:
        return None

    delta = _distance(sorted(marginals), marginals, metric)
    observed = sum(count * delta[(c, k)] for (c, k), count in coincidences.items())
    expected = sum(
        marginals[c] * marginals[k] * delta[(c, k)] for c in marginals for k in marginals
    )
    if expected == 0:
        return None
    return 1.0 - (n - 1) * observed / expected


def ordinal_alpha(labels: Sequence[int], predicted: Sequence[int]) -> float | None:
    """Ordinal Krippendorff's alpha between two complete sets of levels."""
    _check_same_length(labels, predicted)
    return krippendorff_alpha([list(labels), list(predicted)], metric="ordinal")


def _distance(
    values: list[float], marginals: dict[float, float], metric: Metric
) -> dict[tuple[float, float], float]:
    """The squared difference δ²(c, k) for every pair of values in use."""
    delta: dict[tuple[float, float], float] = {}
    for a, c in enumerate(values):
        for b, k in enumerate(values):
            if metric == "nominal":
                d = 0.0 if c == k else 1.0
            elif metric == "interval":
                d = (c - k) ** 2
            else:  # ordinal: ranks by the marginal frequencies between c and k
                lo, hi = min(a, b), max(a, b)
                between = sum(marginals[values[g]] for g in range(lo, hi + 1))
                d = (between - (marginals[c] + marginals[k]) / 2) ** 2
            delta[(c, k)] = d
    return delta


def _check_same_length(a: Sequence[int], b: Sequence[int]) -> None:
    if len(a) != len(b):
        raise ValueError(f"ulikt antall enheter: {len(a)} og {len(b)}")
