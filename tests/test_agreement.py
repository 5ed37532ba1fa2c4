"""Tests for planvurdering.agreement, on examples computed by hand."""

from __future__ import annotations

import random

import pytest

from planvurdering.agreement import (
    addressed_scores,
    exact_agreement,
    krippendorff_alpha,
    ordinal_alpha,
)

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
# four observers, twelve units, missing values. Published: nominal .743,
# ordinal .815, interval .849.
N = None
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
]


@pytest.mark.parametrize(
    ("metric", "published"), [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849)]
)
def test_agreement_alpha_matches_krippendorff_2011(metric: str, published: float) -> None:
    alpha = krippendorff_alpha(KRIPPENDORFF_2011, metric=metric)  # type: ignore[arg-type]
    assert alpha is not None
    assert round(alpha, 3) == published


def test_agreement_alpha_two_values_by_hand() -> None:
    # Units (0,0), (1,1), (0,1): o00=o11=2, o01=o10=1, n0=n1=3, n=6.
    # Ordinal δ²(0,1) = (6 - 3)² = 9; α = 1 - 5·18 / (2·3·3·9) = 4/9.
    assert ordinal_alpha([0, 1, 0], [0, 1, 1]) == pytest.approx(4 / 9)
    assert krippendorff_alpha([[0, 1, 0], [0, 1, 1]], metric="nominal") == pytest.approx(4 / 9)


def test_agreement_alpha_ordinal_differs_from_nominal_by_hand() -> None:
    # Units (0,0), (1,1), (2,2), (0,2): n0=3, n1=2, n2=3, n=8.
    # Ordinal: δ²(0,2) = (8 - 3)² = 25, δ²(0,1) = δ²(1,2) = 2.5² = 6.25;
    # D_o sum = 2·25 = 50, D_e sum = 2·(6·6.25 + 6·6.25 + 9·25) = 600;
    # α = 1 - 7·50/600 = 5/12. Nominal: 1 - 7·2/42 = 2/3.
    labels, library = [0, 1, 2, 0], [0, 1, 2, 2]
    assert ordinal_alpha(labels, library) == pytest.approx(5 / 12)
    assert krippendorff_alpha([labels, library], metric="nominal") == pytest.approx(2 / 3)


def test_agreement_alpha_perfect_and_undefined() -> None:
    assert ordinal_alpha([0, 1, 2, 3, 0], [0, 1, 2, 3, 0]) == pytest.approx(1.0)
    assert ordinal_alpha([0, 0, 0], [0, 0, 0]) is None  # one value: no expected disagreement
    assert ordinal_alpha([], []) is None
    assert krippendorff_alpha([[1, N], [N, 2]]) is None  # no unit has two values


def test_agreement_alpha_below_zero_for_systematic_disagreement() -> None:
    alpha = ordinal_alpha([0, 3, 0, 3], [3, 0, 3, 0])
    assert alpha is not None and alpha < 0


def test_agreement_alpha_agrees_with_krippendorff_package() -> None:
    krippendorff = pytest.importorskip("krippendorff")
    np = pytest.importorskip("numpy")
    rng = random.Random(20240501)
    for _ in range(25):
        n = rng.randint(5, 40)
        labels = [rng.choice([0, 0, 0, 1, 2, 3]) for _ in range(n)]
        library = [v if rng.random() < 0.7 else rng.randint(0, 3) for v in labels]
        if len(set(labels + library)) < 2:
            continue
        expected = krippendorff.alpha(
            reliability_data=np.array([labels, library], dtype=float),
            level_of_measurement="ordinal",
        )
        assert ordinal_alpha(labels, library) == pytest.approx(expected)


def test_agreement_addressed_scores_by_hand() -> None:
    # addressed:  label F T T T F T, library T T F T F T → tp 3, fp 1, fn 1, tn 1.
    s = addressed_scores([0, 1, 2, 3, 0, 2], [1, 1, 0, 3, 0, 2])
    assert (s.tp, s.fp, s.fn, s.tn) == (3, 1, 1, 1)
    assert s.precision == pytest.approx(3 / 4)
    assert s.recall == pytest.approx(3 / 4)
    assert s.f1 == pytest.approx(3 / 4)


def test_agreement_addressed_scores_threshold_and_asymmetry() -> None:
    s = addressed_scores([3, 3, 2, 0], [3, 2, 3, 3], threshold=3)
    assert (s.tp, s.fp, s.fn, s.tn) == (1, 2, 1, 0)
    assert s.precision == pytest.approx(1 / 3)
    assert s.recall == pytest.approx(1 / 2)
    assert s.f1 == pytest.approx(2 / 5)


def test_agreement_addressed_scores_undefined_is_none() -> None:
    s = addressed_scores([0, 0], [0, 0])
    assert s.precision is None and s.recall is None and s.f1 is None
    missed = addressed_scores([2, 0], [0, 0])
    assert missed.precision is None
    assert missed.recall == 0.0
    assert missed.f1 == 0.0


def test_agreement_exact_agreement_by_hand() -> None:
    assert exact_agreement([0, 1, 2, 3], [0, 1, 3, 3]) == pytest.approx(3 / 4)
    assert exact_agreement([], []) is None


def test_agreement_length_mismatch_is_an_error() -> None:
    with pytest.raises(ValueError):
        exact_agreement([0, 1], [0])
    with pytest.raises(ValueError):
        addressed_scores([0], [0, 1])
    with pytest.raises(ValueError):
        krippendorff_alpha([[0, 1], [0]])
