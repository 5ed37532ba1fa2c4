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
"""

from __future__ import annotations

import csv
import io
import json
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

LABEL_HEADERS = frozenset(
    {"år", "tid", "kvartal", "måned", "region", "kommunenummer", "fylkesnummer"}
)
"""Headers of columns that hold categories even when every cell is a number."""
"""The dimension of a single-header CSV's value columns."""


class Observation(BaseModel):
    """One value with its category in each dimension."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    categories: dict[str, str] = Field(title="Dimension name → category label")
    value: float | None = Field(title="None where SSB gives a missing-value symbol")


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
        Observation(categories=dict(zip(names, combo, strict=True)), value=value)
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


def _json_stat_categories(dimension: dict[str, Any], size: int) -> list[str]:
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
    return [labels.get(code, code) for code in codes]


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
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    rows = [
        r for r in csv.reader(io.StringIO(text), delimiter=delimiter) if any(c.strip() for c in r)
    ]
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
    dimensions = [headers[0][i].strip() for i in label_columns]
    for categories in column_categories.values():
        dimensions += [d for d in categories if d not in dimensions]
    observations = []
    for line, row in enumerate(body, start=header_count + 1):
        if len(row) != width:
            raise StatisticsError(
                f"Statistikkfilen «{file}», rad {line}: {len(row)} felt, overskriften har {width}.",
                path=file,
            )
        labels = {headers[0][i].strip(): row[i].strip() for i in label_columns}
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
    return SsbTable(path=str(file), dimensions=tuple(dimensions), observations=tuple(observations))


def _label_columns(header: list[str], body: list[list[str]]) -> list[int]:
    """Columns named as categories, or with a non-numeric cell (not an SSB symbol)."""
    labels = []
    for i, name in enumerate(header):
        if name.strip().casefold() in LABEL_HEADERS:
            labels.append(i)
            continue
        for row in body:
            try:
                parse_value(row[i] if i < len(row) else "")
            except ValueError:
                labels.append(i)
                break
    return labels


def _column_categories(headers: list[list[str]], column: int) -> dict[str, str]:
    if len(headers) == 1:
        return {COLUMN_DIMENSION: headers[0][column].strip()}
    categories = {}
    for header in headers:
        dimension, _, category = header[column].partition(": ")
        categories[dimension.strip()] = category.strip()
    return categories
