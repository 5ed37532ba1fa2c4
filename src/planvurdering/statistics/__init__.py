"""County statistics."""

from __future__ import annotations

from ..models import Statistics


def county_statistics(county: str | int) -> Statistics:
    """The county's statistics. (Scaffold: being written.)"""
    raise NotImplementedError
