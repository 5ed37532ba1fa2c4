"""What changed between two versions of a plan: per criterion and per theme.

A :class:`Revision` is made when a case is reassessed with a revised plan
(:meth:`planvurdering.cases.Case.reassess`). It compares the reviewed levels
before and after, lists the evidence that is new in the revised plan (so the
response can say «Vi ser at kommunen har tatt inn …»), and tells which of the
officer's overrides were carried over and which need a fresh look.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models import Assessment, CriterionResult, Evidence, Language, Localized

Change = Literal["bedre", "svakere", "uendret", "ny", "fjernet"]
"""How a criterion or theme moved: improved, weaker, unchanged, new, gone."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CriterionChange(_Model):
    """One criterion before and after the revision (reviewed levels)."""

    id: str
    theme: str
    title: Localized
    level_before: int | None = Field(ge=0, le=3, title="None: the criterion is new")
    level_after: int | None = Field(ge=0, le=3, title="None: the criterion is gone")
    change: Change
    added_evidence: list[Evidence] = Field(
        default_factory=list, title="Evidence in the revised plan that the earlier one lacked"
    )


class ThemeChange(_Model):
    """One theme before and after the revision."""

    id: str
    title: Localized
    level_before: int | None = Field(ge=0, le=3)
    level_after: int | None = Field(ge=0, le=3)
    score_before: float | None = None
    score_after: float | None = None
    change: Change


class CarriedOverride(_Model):
    """What became of an officer's override when the plan was revised."""

    criterion: str
    level: int = Field(ge=0, le=3, title="The overridden level")
    carried: bool = Field(title="Kept; False: dropped and flagged for a fresh look")
    reason: str = Field(title="Why, in Norwegian")


class Revision(_Model):
    """The differences between a case's plan and its revised version."""

    at: datetime
    by: str
    sha256_before: str | None
    sha256_after: str | None
    source_after: str | None = None
    criteria_version_before: str
    criteria_version_after: str
    score_before: float
    score_after: float
    criteria: list[CriterionChange]
    themes: list[ThemeChange]
    overrides: list[CarriedOverride] = Field(default_factory=list)

    def criteria_with(self, change: Change) -> list[CriterionChange]:
        """The criteria that moved in the given way (e.g. ``"bedre"``)."""
        return [c for c in self.criteria if c.change == change]

    def themes_with(self, change: Change) -> list[ThemeChange]:
        """The themes that moved in the given way."""
        return [t for t in self.themes if t.change == change]

    def taken_in(self, language: Language = "nb") -> list[str]:
        """Titles of the criteria the revised plan now treats better, for «Vi ser at kommunen …»."""
        return [c.title.get(language) for c in self.criteria_with("bedre")]

    def flagged(self) -> list[str]:
        """Ids of the criteria whose override was not carried over."""
        return [o.criterion for o in self.overrides if not o.carried]


def _change(before: float | None, after: float | None) -> Change:
    if before is None:
        return "ny"
    if after is None:
        return "fjernet"
    return "bedre" if after > before else "svakere" if after < before else "uendret"


def _criteria(assessment: Assessment) -> dict[str, tuple[str, CriterionResult]]:
    return {c.id: (t.id, c) for t in assessment.themes.values() for c in t.criteria}


def compare(
    before: Assessment, after: Assessment
) -> tuple[list[CriterionChange], list[ThemeChange]]:
    """Per-criterion and per-theme changes from ``before`` to ``after`` (in ``after``'s order)."""
    old, new = _criteria(before), _criteria(after)
    criteria: list[CriterionChange] = []
    for cid in [*new, *(c for c in old if c not in new)]:
        theme, result = new[cid] if cid in new else old[cid]
        previous = old[cid][1] if cid in old else None
        current = new[cid][1] if cid in new else None
        seen = {e.text for e in previous.evidence} if previous else set()
        criteria.append(
            CriterionChange(
                id=cid,
                theme=theme,
                title=Localized(nb=result.title, nn=result.title_nn),
                level_before=previous.level if previous else None,
                level_after=current.level if current else None,
                change=_change(
                    previous.level if previous else None, current.level if current else None
                ),
                added_evidence=[e for e in current.evidence if e.text not in seen]
                if current
                else [],
            )
        )
    themes: list[ThemeChange] = []
    for tid in [*after.themes, *(t for t in before.themes if t not in after.themes)]:
        b, a = before.themes.get(tid), after.themes.get(tid)
        info = a or b
        assert info is not None
        themes.append(
            ThemeChange(
                id=tid,
                title=info.title,
                level_before=b.level if b else None,
                level_after=a.level if a else None,
                score_before=b.score if b else None,
                score_after=a.score if a else None,
                change=_change(b.score if b else None, a.score if a else None),
            )
        )
    return criteria, themes
