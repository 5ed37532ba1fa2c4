"""Scores and levels: from criteria to themes to the plan (DOMAIN.md §3, docs/json.md).

A theme's level is the highest level among its criteria; its score is the
weighted mean of the levels of the criteria that apply, scaled to 0–100
(level 3 = 100); the plan's score is the weighted mean of the scores of the
themes that apply. Means are rounded to one decimal, as :func:`planvurdering.assess`
does, so re-scoring an untouched assessment gives the same numbers.
"""

from __future__ import annotations

from collections.abc import Iterable

from .models import Assessment, CriterionResult, ThemeResult


def weighted_mean(pairs: list[tuple[float, float]]) -> float:
    """The mean of ``(weight, value)`` pairs, rounded to one decimal; 0 when no weight."""
    total = sum(weight for weight, _ in pairs)
    return round(sum(weight * value for weight, value in pairs) / total, 1) if total else 0.0


def theme_level(criteria: Iterable[CriterionResult]) -> int:
    """A theme's level: the highest level among its criteria."""
    return max((c.level for c in criteria), default=0)


def theme_score(criteria: Iterable[CriterionResult]) -> float:
    """A theme's score 0–100: the weighted mean level of the criteria that apply."""
    return weighted_mean([(c.weight, c.level / 3 * 100) for c in criteria if c.applies])


def plan_score(themes: Iterable[ThemeResult]) -> float:
    """The plan's score 0–100: the weighted mean score of the themes that apply."""
    return weighted_mean([(t.weight, t.score) for t in themes if t.applies])


def rescore_theme(theme: ThemeResult) -> ThemeResult:
    """``theme`` with its level and score recomputed from its criteria."""
    return theme.model_copy(
        update={
            "level": theme_level(theme.criteria),
            "score": theme_score(theme.criteria),
            "applies": any(c.applies for c in theme.criteria),
        }
    )


def rescore(assessment: Assessment) -> Assessment:
    """``assessment`` with theme levels, theme scores and the plan score recomputed."""
    themes = {theme_id: rescore_theme(theme) for theme_id, theme in assessment.themes.items()}
    score = plan_score(themes.values())
    return assessment.model_copy(update={"themes": themes, "score": score})
