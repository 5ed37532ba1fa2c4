"""Bounds on the work a plan file may cause: file size, pages, content, characters, time."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ..errors import PlanTooLargeError

DEFAULT_MAX_PAGES = 2000
DEFAULT_MAX_BYTES = 200_000_000
DEFAULT_MAX_CHARS_PER_PAGE = 200_000
DEFAULT_MAX_OBJECTS_PER_PAGE = 20_000
DEFAULT_MAX_PAGE_CONTENT = 10_000_000
"""Decoded bytes of drawing instructions per page. PDFium needs about 20 bytes of
memory per byte of content, so 10 MB keeps a page well under 300 MB; a page of
text needs some tens of kilobytes, a detailed map a few megabytes."""
DEFAULT_MAX_SECONDS = 600.0


@dataclass(frozen=True)
class Limits:
    """How much a plan file may make the reader do.

    Pages, bytes and time over the limit are an error; a page with more
    characters or drawing objects than the limit is read partly, and a page with
    more content than ``max_page_content`` is skipped, each with a warning.
    """

    max_pages: int = DEFAULT_MAX_PAGES
    max_bytes: int = DEFAULT_MAX_BYTES
    max_chars_per_page: int = DEFAULT_MAX_CHARS_PER_PAGE
    max_objects_per_page: int = DEFAULT_MAX_OBJECTS_PER_PAGE
    max_page_content: int = DEFAULT_MAX_PAGE_CONTENT
    max_seconds: float = DEFAULT_MAX_SECONDS
    started: float = field(default_factory=time.monotonic)

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

    def check_time(self, name: str, page: int | None = None) -> None:
        """Raise :class:`PlanTooLargeError` when reading has taken longer than allowed."""
        if time.monotonic() - self.started > self.max_seconds:
            where = f" (stoppet ved side {page})" if page else ""
            raise PlanTooLargeError(
                f"Innlesingen av «{name}» tok mer enn {self.max_seconds:g} sekunder{where}. "
                "Øk grensen med max_seconds=… om filen er riktig.",
                path=name,
            )

    def page_content_message(self, name: str, page: int) -> str:
        """The warning for a page whose content is over ``max_page_content``."""
        return (
            f"Side {page} i «{name}» har mer enn {self.max_page_content / 1e6:g} MB "
            "tegneinstruksjoner (et detaljert kart eller en skadet side) og ble hoppet over. "
            "Øk grensen med max_page_content=… om siden skal leses."
        )
