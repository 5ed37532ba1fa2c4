"""Bounds on the work a plan file may cause: file size, pages, characters."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import PlanTooLargeError

DEFAULT_MAX_PAGES = 2000
DEFAULT_MAX_BYTES = 200_000_000
DEFAULT_MAX_CHARS_PER_PAGE = 200_000
DEFAULT_MAX_OBJECTS_PER_PAGE = 20_000


@dataclass(frozen=True)
class Limits:
    """How much a plan file may make the reader do.

    Pages and bytes over the limit are an error; a page with more characters or
    drawing objects than the limit is read partly, with a warning.
    """

    max_pages: int = DEFAULT_MAX_PAGES
    max_bytes: int = DEFAULT_MAX_BYTES
    max_chars_per_page: int = DEFAULT_MAX_CHARS_PER_PAGE
    max_objects_per_page: int = DEFAULT_MAX_OBJECTS_PER_PAGE

    def check_bytes(self, size: int, name: str) -> None:
        """Raise :class:`PlanTooLargeError` when a file of ``size`` bytes is too big."""
        if size > self.max_bytes:
            raise PlanTooLargeError(
                f"Filen «{name}» er {size / 1e6:.1f} MB, mer enn grensen på "
                f"{self.max_bytes / 1e6:.1f} MB. Øk grensen med max_bytes=… om filen er riktig.",
                path=name,
            )

    def check_pages(self, pages: int, name: str) -> None:
        """Raise :class:`PlanTooLargeError` when a document of ``pages`` pages is too long."""
        if pages > self.max_pages:
            raise PlanTooLargeError(
                f"Filen «{name}» har {pages} sider, mer enn grensen på {self.max_pages}. "
                "Øk grensen med max_pages=… om filen er riktig.",
                path=name,
            )
