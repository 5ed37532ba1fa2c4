"""Reading the package's statistics data files and normalising names."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from functools import cache
from importlib import resources

from ..errors import StatisticsError

_DASHES = re.compile(r"[‐‑‒–—]")
_SPACED_DASH = re.compile(r"\s+-\s*|\s*-\s+")
_SPACE = re.compile(r"\s+")


@cache
def read_rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of the package data file ``data/<name>`` (UTF-8 CSV) as dicts."""
    try:
        text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise StatisticsError(
            f"Datafilen «{name}» i planvurdering mangler eller er skadet: {e}. "
            "Installer pakken på nytt.",
            path=name,
        ) from e
    return tuple(csv.DictReader(io.StringIO(text)))


def normalise(text: str, *, suffixes: tuple[str, ...] = ()) -> str:
    """A name as a lookup key: NFC, case-folded, single spaces, ' - ' between name forms.

    A trailing word in ``suffixes`` (such as "fylke", "kommune") is removed.
    """
    key = _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()
    key = _SPACED_DASH.sub(" - ", _DASHES.sub("-", key))
    for suffix in suffixes:
        if key.endswith(" " + suffix):
            key = key[: -len(suffix) - 1].strip()
    return key
