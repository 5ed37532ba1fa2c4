"""The four SSB tables printed in «Innvandring som ressurs for Norge» (2013).

Transcribed into ``data/tabell*.csv`` (each with a ``.source.txt`` sidecar) and
loaded here into typed models. The numbers are carried exactly as printed:
table 4 does not add up in the source, and :func:`discrepancies` lists where.
"""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from ._data import read_rows

HANDBOOK_YEAR = 2013
"""The date of the handbook's population figures: 1 January of this year."""

HANDBOOK_SOURCE = (
    "SSB, befolkningsstatistikk per 1. januar 2013 (tabell i «Innvandring som ressurs for Norge»)"
)
"""The source line for figures from table 1."""

RESIDUAL_GROUP = "Andre"
"""Table 2's residual class of many smaller countries: not a country."""


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CountyPopulation(_Frozen):
    """Table 1: one row (a 2013 county, or the national total)."""

    number: str | None = Field(title="2013 county number; None for the national total")
    name: str
    population: int
    immigrants: int
    immigrants_share: float = Field(title="Per cent, as printed")
    immigrants_and_children: int = Field(title="Immigrants and Norwegian-born to immigrant parents")
    immigrants_and_children_share: float = Field(title="Per cent, as printed")


class CountryGroups(_Frozen):
    """Table 2: a 2013 county's five largest country groups, largest first."""

    number: str
    name: str
    groups: tuple[str, ...] = Field(title="Country groups; 'Andre' is a residual class")


class PrintedTable(_Frozen):
    """A table of numbers as printed: row labels, column keys, cells (None = empty)."""

    title: str
    unit: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[float | None, ...]], ...]

    def cell(self, row: str, column: str) -> float | None:
        """The value at a row label and column key.

        Raises:
            KeyError: no such row or column.
        """
        values = dict(self.rows)[row]
        return values[self.columns.index(column)]


class Discrepancy(_Frozen):
    """A row or column of a printed table whose parts do not sum to its total."""

    kind: str = Field(title="'rad' or 'kolonne'")
    label: str = Field(title="Row label or column key")
    parts_sum: float
    printed_total: float

    @property
    def difference(self) -> float:
        """Sum of the parts minus the printed total."""
        return self.parts_sum - self.printed_total


@cache
def population_table() -> tuple[CountyPopulation, ...]:
    """Table 1: population and immigrants per 2013 county; the first row is 'I alt'."""
    return tuple(
        CountyPopulation(
            number=row["fylkesnummer"] or None,
            name=row["fylke"],
            population=int(row["folkemengde"]),
            immigrants=int(row["innvandrere"]),
            immigrants_share=float(row["innvandrere_prosent"]),
            immigrants_and_children=int(row["innvandrere_og_norskfodte"]),
            immigrants_and_children_share=float(row["innvandrere_og_norskfodte_prosent"]),
        )
        for row in read_rows("tabell1_befolkning_2013.csv")
    )


def national_population() -> CountyPopulation:
    """Table 1's national total ('I alt')."""
    return next(row for row in population_table() if row.number is None)


def county_population(number_2013: str) -> CountyPopulation:
    """Table 1's row for a 2013 county number.

    Raises:
        KeyError: not a 2013 county number.
    """
    for row in population_table():
        if row.number == number_2013:
            return row
    raise KeyError(number_2013)


@cache
def country_groups() -> dict[str, CountryGroups]:
    """Table 2: 2013 county number → its five largest country groups."""
    return {
        row["fylkesnummer"]: CountryGroups(
            number=row["fylkesnummer"],
            name=row["fylke"],
            groups=tuple(row[f"nr_{i}"] for i in range(1, 6)),
        )
        for row in read_rows("tabell2_landgrupper_2013.csv")
    }


def _printed(name: str, title: str, unit: str, label: str) -> PrintedTable:
    rows = read_rows(name)
    columns = tuple(k for k in rows[0] if k != label)
    return PrintedTable(
        title=title,
        unit=unit,
        columns=columns,
        rows=tuple(
            (row[label], tuple(float(row[c]) if row[c] else None for c in columns)) for row in rows
        ),
    )


@cache
def net_immigration() -> PrintedTable:
    """Table 3: net immigration 1.1.2003–1.1.2013, per cent, region × region type.

    Empty cells (a region type that does not occur in the region) are None.
    """
    return _printed(
        "tabell3_nettoinnvandring_2003_2013.csv",
        "Nettoinnvandring i prosent i perioden 1.1.2003–1.1.2013",
        "prosent",
        "region",
    )


@cache
def employment_growth() -> PrintedTable:
    """Table 4: growth in employed immigrants Q4 2008–Q4 2011, industry × region type.

    Carried as printed; it does not add up (see :func:`discrepancies`).
    """
    return _printed(
        "tabell4_sysselsatte_innvandrere_2008_2011.csv",
        "Vekst i tallet på sysselsatte innvandrere etter næringer og regiontyper "
        "frå fjerde kvartal 2008 til fjerde kvartal 2011",
        "personer",
        "naering",
    )


def discrepancies(table: PrintedTable) -> list[Discrepancy]:
    """Rows and columns of a printed table whose parts do not sum to the printed total.

    The last column is taken as the row totals and the last row as the column
    totals. Meant for tables of counts (table 4); percentages (table 3) do not add.
    """
    found: list[Discrepancy] = []
    body, (_, total_row) = table.rows[:-1], table.rows[-1]
    for label, values in table.rows:
        parts, total = values[:-1], values[-1]
        if total is not None and abs(sum(v or 0 for v in parts) - total) > 1e-9:
            found.append(
                Discrepancy(
                    kind="rad",
                    label=label,
                    parts_sum=sum(v or 0 for v in parts),
                    printed_total=total,
                )
            )
    for i, column in enumerate(table.columns):
        total = total_row[i]
        column_sum = sum(values[i] or 0 for _, values in body)
        if total is not None and abs(column_sum - total) > 1e-9:
            found.append(
                Discrepancy(kind="kolonne", label=column, parts_sum=column_sum, printed_total=total)
            )
    return found
