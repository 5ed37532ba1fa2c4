"""A URL fetcher for WeasyPrint that never leaves the template and font folders.

WeasyPrint loads stylesheets, fonts and images through a *URL fetcher*. The
default one follows any ``http(s)://`` or ``file://`` address it meets, so a
template (or, if escaping ever failed, a plan's text) could make the library
read ``/etc/passwd`` or call a web server. :class:`SafeURLFetcher` only serves
files below the folders it is given, the logo, and ``data:`` URLs (which carry
their content with them).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

from weasyprint.urls import URLFetcher, URLFetcherResponse

from .texts import ERRORS


class FetchRefusedError(ValueError):
    """A template asked for a resource outside the allowed folders."""


class SafeURLFetcher(URLFetcher):  # type: ignore[misc]
    """Serve ``file:`` URLs inside ``folders`` (and the ``files``) and ``data:`` URLs only.

    Anything else raises :class:`FetchRefusedError`, which WeasyPrint reports as
    a warning and then renders without the resource.
    """

    def __init__(self, folders: Iterable[Path], files: Iterable[Path] = ()) -> None:
        super().__init__(allowed_protocols=("file", "data"), allow_redirects=False)
        self.folders = [folder.resolve() for folder in folders]
        self.files = {file.resolve() for file in files}

    def allows(self, url: str) -> bool:
        """Whether ``url`` may be fetched."""
        parts = urlsplit(url)
        if parts.scheme == "data":
            return True
        if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
            return False
        path = Path(url2pathname(parts.path)).resolve()
        return path in self.files or any(path.is_relative_to(folder) for folder in self.folders)

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        """Fetch ``url`` if :meth:`allows` says so; raise :class:`FetchRefusedError` if not."""
        if not self.allows(url):
            raise FetchRefusedError(ERRORS["fetch_refused"].format(url=url))
        return super().fetch(url, headers)
