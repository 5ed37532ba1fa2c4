"""Grading a plan against criteria."""

from __future__ import annotations

from .criteria import Criteria
from .models import Assessment, Plan


def assess(plan: Plan, criteria: Criteria | None = None, *, county: str | int | None = None) -> Assessment:
    """Grade ``plan``. (Scaffold: being written.)"""
    raise NotImplementedError
