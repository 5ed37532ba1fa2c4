"""Writing the consultation response (høringsuttalelse)."""

from __future__ import annotations

from pathlib import Path

from ..models import Assessment


def write_response(assessment: Assessment, path: str | Path, **letter: object) -> Path:
    """Write the response. (Scaffold: being written.)"""
    raise NotImplementedError
