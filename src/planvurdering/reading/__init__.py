"""Reading plan files (PDF, DOCX, Markdown, text) into a :class:`~planvurdering.models.Plan`."""

from __future__ import annotations

from pathlib import Path

from ..models import Plan


def read_plan(path: str | Path, *, password: str | None = None, strict: bool = False) -> Plan:
    """Read a plan file. (Scaffold: being written.)"""
    raise NotImplementedError
