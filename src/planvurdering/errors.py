"""Exceptions raised by planvurdering.

Every error a user can cause is a subclass of :class:`PlanvurderingError`, with a
message in Norwegian Bokmål that names the file (or the input) and says what to
do. The exception of the dependency that detected the problem (pdfminer, YAML,
WeasyPrint, pydantic …) is kept as ``__cause__``; it never reaches the user as a
bare traceback.

Class tree::

    PlanvurderingError
    ├── PlanReadError            a plan file cannot be read
    │   ├── PlanNotFoundError        the file does not exist
    │   ├── UnsupportedFormatError   not a PDF/DOCX/MD/TXT (or a renamed file)
    │   ├── CorruptPlanError         empty, truncated or damaged
    │   ├── EncryptedPlanError       password protected
    │   ├── NoTextLayerError         scanned pages, no text (OCR needed)
    │   └── PlanTooLargeError        over the configured page/size limits
    ├── CriteriaError            a criteria catalogue is invalid
    ├── StatisticsError          unknown county, bad statistics file
    ├── ReviewError              an invalid review or case operation
    └── RenderError              the response could not be written
"""

from __future__ import annotations

from pathlib import Path


class PlanvurderingError(Exception):
    """Base class of every error planvurdering raises on bad input."""

    def __init__(self, message: str, *, path: str | Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None

    def __str__(self) -> str:
        return self.message


class PlanReadError(PlanvurderingError):
    """A plan file could not be read."""


class PlanNotFoundError(PlanReadError):
    """The plan file does not exist."""


class UnsupportedFormatError(PlanReadError):
    """The file is not a format planvurdering reads."""


class CorruptPlanError(PlanReadError):
    """The file is empty, truncated or damaged."""


class EncryptedPlanError(PlanReadError):
    """The file is encrypted and no (correct) password was given."""


class NoTextLayerError(PlanReadError):
    """The file (or some of its pages) has no text layer."""

    def __init__(
        self, message: str, *, path: str | Path | None = None, pages: list[int] | None = None
    ) -> None:
        super().__init__(message, path=path)
        self.pages = pages or []


class PlanTooLargeError(PlanReadError):
    """The file exceeds the configured limits."""


class CriteriaError(PlanvurderingError):
    """A criteria file or catalogue is invalid.

    ``problems`` holds one line per problem, each naming file, line and field.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        problems: list[str] | None = None,
    ) -> None:
        super().__init__(message, path=path)
        self.line = line
        self.problems = problems or [message]


class StatisticsError(PlanvurderingError):
    """Unknown county or municipality, or a statistics file that cannot be read."""


class ReviewError(PlanvurderingError):
    """An invalid review or case operation."""


class RenderError(PlanvurderingError):
    """The response or report could not be written."""
