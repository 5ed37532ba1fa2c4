"""Shared fixtures: the default criteria (loaded once) and the sample plans."""

from __future__ import annotations

from pathlib import Path

import pytest

import planvurdering as pv

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


@pytest.fixture(scope="session")
def criteria() -> pv.Criteria:
    """The shipped default catalogue."""
    return pv.load_criteria()
