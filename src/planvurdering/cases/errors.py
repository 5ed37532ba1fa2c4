"""Errors of the grading workflow; all are :class:`~planvurdering.errors.ReviewError`.

Class tree::

    ReviewError
    ├── CaseLockedError     the case is finished (ferdig); reopen it first
    ├── CaseConflictError   someone else saved the case since it was read
    ├── CaseFileError       a case file cannot be read, written or migrated
    └── ReviewSheetError    a review sheet (YAML) has errors; ``problems`` lists them
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ReviewError


class CaseLockedError(ReviewError):
    """The case is finished (``ferdig``) and must be reopened before it is changed."""


class CaseConflictError(ReviewError):
    """The case file changed on disk since it was read; ``rejected`` holds the unsaved version."""

    def __init__(
        self, message: str, *, path: str | Path | None = None, rejected: Path | None = None
    ) -> None:
        super().__init__(message, path=path)
        self.rejected = rejected


class CaseFileError(ReviewError):
    """A case file cannot be read, written or migrated."""


class ReviewSheetError(ReviewError):
    """A review sheet has errors; ``problems`` holds one ``file:line: message`` per error."""

    def __init__(
        self, message: str, *, path: str | Path | None = None, problems: list[str] | None = None
    ) -> None:
        super().__init__(message, path=path)
        self.problems = problems or [message]
