"""Reading exports from SSB's statistics bank (statistikkbanken) from disk.

Two formats are read into one long table of observations (one value with the
category of each dimension):

* JSON-stat 2.0 (``.json``): a ``dataset`` with ``id``, ``size``, ``dimension``
  and ``value`` (a list, or an object for sparse values);
* SSB's CSV: ';'- or ','-separated, decimal comma or point, quoted or not,
  UTF-8 (with or without BOM) or ISO-8859-1. A multi-row header of
  ``"Dimensjon: kategori"`` cells (the PX-Web export) is unfolded into
  dimensions; with a single header row, each value column becomes a category
  of the dimension ``kolonne``.

SSB's symbols for values that cannot be given (".", "..", "...", ":") are
missing (None), never zero; "-" is SSB's symbol for zero ("null").

A single-header CSV is told apart from its value columns by name (``År``,
``Region``, ``Kommunenummer``, ``Fylke`` …) and by content: a column of text, or
of four-digit municipality numbers, holds categories. Where a file has no year
column but its headers name a year («Andel bosatt 2026»), that year becomes the
dimension ``år``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from itertools import product
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..errors import StatisticsError

MISSING_SYMBOLS = frozenset({".", "..", "...", ":"})
"""SSB's symbols for a value that is missing, confidential or not applicable."""

ZERO_SYMBOL = "-"
"""SSB's symbol for 'nothing to report' (zero)."""

COLUMN_DIMENSION = "kolonne"
"""The dimension of a single-header CSV's value columns."""

YEAR_DIMENSION = "år"
"""The dimension added when the year is named only in a header («Andel 2025»)."""

TIME_HEADER = re.compile(
    r"^(år|aar|årstal+|tid|time|year|kvartal|måned|periode|dato|date|tidspunkt)\b", re.IGNORECASE
)
"""Headers of columns (or JSON-stat dimensions) that hold the time."""

REGION_HEADER = re.compile(
    r"^(region|kommune\w*|kommnr|komnr|knr|fylke\w*|fnr|område|geografi|bydel\w*)\b",
    re.IGNORECASE,
)
"""Headers of columns (or dimensions) that hold regions, by name or number."""

_OTHER_LABEL_HEADER = re.compile(r"^(navn|label|kode|code)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_FOUR_DIGITS = re.compile(r"^\d{4}$")
_TEXT_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f]")


class Observation(BaseModel):
    """One value with its category in each dimension."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    categories: dict[str, str] = Field(title="Dimension name → category label")
    value: float | None = Field(title="None where SSB gives a missing-value symbol")
    codes: dict[str, str] = Field(
        default_factory=dict, title="Dimension name → category code, where the file gives codes"
    )


class SsbTable(BaseModel):
    """A statistics-bank export as a long table."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    path: str
    label: str | None = None
    dimensions: tuple[str, ...]
    observations: tuple[Observation, ...]

    def select(self, **categories: str) -> list[Observation]:
        """The observations whose categories match all the given ones."""
        return [
            o
            for o in self.observations
            if all(o.categories.get(k) == v for k, v in categories.items())
        ]

    @property
    def time_dimension(self) -> str | None:
        """The dimension that holds the time (år, tid, kvartal …), if any."""
        return next((d for d in self.dimensions if TIME_HEADER.match(d.strip())), None)

    @property
    def region_dimensions(self) -> tuple[str, ...]:
        """The dimensions that name regions (region, kommunenummer, kommune, fylke …)."""
        return tuple(d for d in self.dimensions if REGION_HEADER.match(d.strip()))

    def years(self) -> list[int]:
        """The years the table covers, oldest first (from the time dimension)."""
        time = self.time_dimension
        if time is None:
            return []
        found = {year_of(o.categories.get(time, "")) for o in self.observations}
        return sorted(y for y in found if y is not None)


def year_of(category: str) -> int | None:
    """The year of a time category: '2024', '2026-01-01', '2024K4', '2024M01' → 2024."""
    match = _YEAR.match(category.strip())
    return int(match[1]) if match else None


def read_ssb_table(path: str | Path) -> SsbTable:
    """Read a JSON-stat 2.0 or CSV export from SSB's statistics bank.

    Raises:
        StatisticsError: the file is missing, cannot be decoded or is not a
            statistics-bank export; the message names the file.
    """
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as e:
        raise StatisticsError(
            f"Kan ikke lese statistikkfilen «{file}»: {e.strerror}.", path=file
        ) from e
    if not data.strip():
        raise StatisticsError(f"Statistikkfilen «{file}» er tom.", path=file)
    if _TEXT_BYTES.search(data[:4096]):
        raise StatisticsError(
            f"Statistikkfilen «{file}» er ikke en tekstfil (kanskje et regneark eller en PDF). "
            "Last ned tabellen fra statistikkbanken som CSV eller JSON-stat 2.0.",
            path=file,
        )
    if file.suffix.lower() == ".json" or data.lstrip()[:1] == b"{":
        return _read_json_stat(file, data)
    return _read_csv(file, _decode(file, data))


def parse_value(text: str) -> float | None:
    """A cell as a number: decimal comma or point, spaces as thousands separators.

    Raises:
        ValueError: not a number nor an SSB symbol.
    """
    cell = text.strip().replace("\u00a0", "").replace(" ", "")
    if cell in MISSING_SYMBOLS or cell == "":
        return None
    if cell == ZERO_SYMBOL:
        return 0.0
    return float(cell.replace(",", "."))


def _decode(file: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("iso-8859-1")


def _read_json_stat(file: Path, data: bytes) -> SsbTable:
    try:
        doc = json.loads(data)
        if doc.get("class") != "dataset" or not str(doc.get("version", "")).startswith("2"):
            raise ValueError("ikke et JSON-stat 2.0-datasett (class «dataset», version «2.0»)")
        ids: list[str] = doc["id"]
        sizes: list[int] = doc["size"]
        if len(ids) != len(sizes):
            raise ValueError("«id» og «size» har ulik lengde")
        axes = [
            _json_stat_categories(doc["dimension"][d], size)
            for d, size in zip(ids, sizes, strict=True)
        ]
        names = [doc["dimension"][d].get("label", d) for d in ids]
        values = _json_stat_values(doc["value"], _count(sizes))
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        raise StatisticsError(
            f"Statistikkfilen «{file}» er ikke gyldig JSON-stat 2.0: {e}.", path=file
        ) from e
    observations = tuple(
        Observation(
            categories={n: label for n, (_, label) in zip(names, combo, strict=True)},
            codes={n: code for n, (code, _) in zip(names, combo, strict=True)},
            value=value,
        )
        for combo, value in zip(product(*axes), values, strict=True)
    )
    return SsbTable(
        path=str(file), label=doc.get("label"), dimensions=tuple(names), observations=observations
    )


def _count(sizes: list[int]) -> int:
    total = 1
    for size in sizes:
        total *= size
    return total


def _json_stat_categories(dimension: dict[str, Any], size: int) -> list[tuple[str, str]]:
    """The (code, label) of each category, in index order."""
    category = dimension["category"]
    index = category.get("index")
    labels: dict[str, str] = category.get("label", {})
    if index is None:
        codes = list(labels)
    elif isinstance(index, list):
        codes = index
    else:
        codes = sorted(index, key=index.__getitem__)
    if len(codes) != size:
        raise ValueError(
            f"dimensjonen «{dimension.get('label')}» har {len(codes)} kategorier, "
            f"men «size» sier {size}"
        )
    return [(str(code), str(labels.get(code, code))) for code in codes]


def _json_stat_values(raw: list[Any] | dict[str, Any], count: int) -> list[float | None]:
    if isinstance(raw, dict):
        values: list[float | None] = [None] * count
        for key, value in raw.items():
            values[int(key)] = None if value is None else float(value)
        return values
    if len(raw) != count:
        raise ValueError(f"«value» har {len(raw)} verdier, men dimensjonene gir {count}")
    return [None if v is None else float(v) for v in raw]


def _read_csv(file: Path, text: str) -> SsbTable:
    delimiter = _delimiter(text)
    rows = [
        r for r in csv.reader(io.StringIO(text), delimiter=delimiter) if any(c.strip() for c in r)
    ]
    title = None
    if len(rows) > 2 and len(rows[0]) == 1 and len(rows[1]) > 1:
        title, rows = rows[0][0].strip(), rows[1:]
    if len(rows) < 2:
        raise StatisticsError(f"Statistikkfilen «{file}» har ingen datarader.", path=file)
    header_count = 1
    while header_count < len(rows) and not rows[header_count][0].strip():
        header_count += 1
    headers, body = rows[:header_count], rows[header_count:]
    width = len(headers[0])
    if header_count > 1:
        label_columns = [i for i, cell in enumerate(headers[0]) if ": " not in cell]
    else:
        label_columns = _label_columns(headers[0], body)
    value_columns = [i for i in range(width) if i not in label_columns]
    if not value_columns or not label_columns:
        raise StatisticsError(
            f"Statistikkfilen «{file}» ser ikke ut som en eksport fra statistikkbanken: "
            "fant ikke både tekstkolonner og tallkolonner.",
            path=file,
        )
    column_categories = {i: _column_categories(headers, i) for i in value_columns}
    label_names = [headers[0][i].strip() for i in label_columns]
    _add_header_year(label_names, column_categories)
    dimensions = list(label_names)
    for categories in column_categories.values():
        dimensions += [d for d in categories if d not in dimensions]
    observations = []
    for line, row in enumerate(body, start=header_count + 1):
        if len(row) != width:
            raise StatisticsError(
                f"Statistikkfilen «{file}», rad {line}: {len(row)} felt, overskriften har {width}.",
                path=file,
            )
        labels = {name: row[i].strip() for name, i in zip(label_names, label_columns, strict=True)}
        for i in value_columns:
            try:
                value = parse_value(row[i])
            except ValueError as e:
                raise StatisticsError(
                    f"Statistikkfilen «{file}», rad {line}, kolonne «{headers[-1][i]}»: "
                    f"«{row[i]}» er ikke et tall.",
                    path=file,
                ) from e
            observations.append(
                Observation(categories={**labels, **column_categories[i]}, value=value)
            )
    return SsbTable(
        path=str(file), label=title, dimensions=tuple(dimensions), observations=tuple(observations)
    )


def _delimiter(text: str) -> str:
    """';', ',' or tab: the one that splits the first lines into the most fields (';' on ties).

    A title line above the header and decimal commas inside quoted cells do not
    mislead it, as they would a count on the first line.
    """
    lines = [line for line in text.splitlines()[:30] if line.strip()]

    def usual_width(delimiter: str) -> int:
        widths = Counter(len(row) for row in csv.reader(lines, delimiter=delimiter))
        return widths.most_common(1)[0][0] if widths else 0

    return max((";", ",", "\t"), key=usual_width)


def _label_columns(header: list[str], body: list[list[str]]) -> list[int]:
    """Columns of categories: named as such, or holding text or municipality numbers."""
    labels = []
    for i, name in enumerate(header):
        cells = [row[i].strip() for row in body if i < len(row) and row[i].strip()]
        named = TIME_HEADER.match(name.strip()) or REGION_HEADER.match(name.strip())
        if named or _OTHER_LABEL_HEADER.match(name.strip()) or _municipality_numbers(cells):
            labels.append(i)
            continue
        for cell in cells:
            try:
                parse_value(cell)
            except ValueError:
                labels.append(i)
                break
    return labels


def _municipality_numbers(cells: list[str]) -> bool:
    """Every cell is a four-digit number that is (or was) a municipality number."""
    if not cells or not all(_FOUR_DIGITS.match(c) for c in cells):
        return False
    from .municipalities import MUNICIPALITY_STRUCTURES, municipalities

    known = {m.number for s in MUNICIPALITY_STRUCTURES for m in municipalities(s)}
    return all(c in known for c in cells)


def _add_header_year(label_names: list[str], columns: dict[int, dict[str, str]]) -> None:
    """Without a time column, take the year a header names («Andel 2025») as dimension «år»."""
    if any(TIME_HEADER.match(n) for n in label_names) or any(
        TIME_HEADER.match(d) for c in columns.values() for d in c
    ):
        return
    by_column = {i: _YEAR.findall(" ".join(c.values())) for i, c in columns.items()}
    if all(len(years) == 1 for years in by_column.values()):
        for i, years in by_column.items():
            columns[i][YEAR_DIMENSION] = years[0]
        return
    in_labels = sorted({y for n in label_names for y in _YEAR.findall(n)})
    if len(in_labels) == 1:
        for categories in columns.values():
            categories[YEAR_DIMENSION] = in_labels[0]


def _column_categories(headers: list[list[str]], column: int) -> dict[str, str]:
    if len(headers) == 1:
        return {COLUMN_DIMENSION: headers[0][column].strip()}
    categories = {}
    for header in headers:
        dimension, _, category = header[column].partition(": ")
        categories[dimension.strip()] = category.strip()
    return categories
