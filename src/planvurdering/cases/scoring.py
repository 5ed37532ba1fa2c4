"""Re-scoring an assessment after its criterion levels changed (docs/json.md).

A theme's level is the highest level among its criteria; its score is the
weighted mean of the levels of the criteria that apply, scaled to 0–100
(level 3 = 100); the plan's score is the weighted mean of the scores of the
themes that apply. Means are rounded to one decimal, as :func:`planvurdering.assess`
does, so re-scoring an untouched assessment gives the same numbers.
"""

from __future__ import annotations

from ..models import Assessment, ThemeResult


def weighted_mean(pairs: list[tuple[float, float]]) -> float:
    """The mean of ``(weight, value)`` pairs, rounded to one decimal; 0 when no weight."""
    total = sum(weight for weight, _ in pairs)
    return round(sum(weight * value for weight, value in pairs) / total, 1) if total else 0.0


def rescore_theme(theme: ThemeResult) -> ThemeResult:
    """``theme`` with its level and score recomputed from its criteria."""
    applicable = [c for c in theme.criteria if c.applies]
    return theme.model_copy(
        update={
            "level": max((c.level for c in theme.criteria), default=0),
            "score": weighted_mean([(c.weight, c.level / 3 * 100) for c in applicable]),
            "applies": bool(applicable),
        }
    )


def rescore(assessment: Assessment) -> Assessment:
    """``assessment`` with theme levels, theme scores and the plan score recomputed."""
    themes = {theme_id: rescore_theme(theme) for theme_id, theme in assessment.themes.items()}
    score = weighted_mean([(t.weight, t.score) for t in themes.values() if t.applies])
    return assessment.model_copy(update={"themes": themes, "score": score})
