"""Build the municipality registers shipped with planvurdering.statistics.

Reads the SSB classification exports (Klass 131) and the Kartverket-based 2024
list in ``/work/shared/data/statistics/codelists/`` and writes two package data
files under ``src/planvurdering/statistics/data/``:

* ``kommuner.csv`` – one row per municipality and structure year (2013, 2020,
  2024): number, official name, the name's parts when it is bi- or trilingual
  (Sámi, Kven), and the county number of that year's structure (the first two
  digits of the municipality number);
* ``kommuner_2013_2024.csv`` – the crosswalk: every 2013 municipality with the
  2020 and 2024 municipality (or municipalities, when it was split) it became.

Run from the repository root::

    .venv/bin/python scripts/build_registers.py [--codelists DIR]

The result is deterministic; re-running it on the same inputs changes nothing.
"""

from __future__ import annotations

import argparse
import ast
import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CODELISTS = Path("/work/shared/data/statistics/codelists")
OUT = ROOT / "src" / "planvurdering" / "statistics" / "data"

UNKNOWN_MUNICIPALITY = "9999"


def read_klass(path: Path) -> dict[str, str]:
    """Number → name from a Klass 131 code export (ISO-8859-1, ';', quoted)."""
    with path.open(encoding="iso-8859-1", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    return {r["code"]: r["name"].strip() for r in rows if r["code"] != UNKNOWN_MUNICIPALITY}


def read_2024(path: Path) -> dict[str, str]:
    """Number → name from the 2024 list (UTF-8, ',')."""
    with path.open(encoding="utf-8", newline="") as f:
        return {r["nummer"]: r["navn"].strip() for r in csv.DictReader(f)}


def read_crosswalk_2013_2020(path: Path) -> dict[str, list[str]]:
    """2013 number → its 2020 number(s), from the wide Klass crosswalk."""
    result: dict[str, list[str]] = {}
    with path.open(encoding="iso-8859-1", newline="") as f:
        for r in csv.DictReader(f, delimiter=";"):
            targets = result.setdefault(r["kommunenummer_2013"], [])
            if r["kommunenummer_2020"] not in targets:
                targets.append(r["kommunenummer_2020"])
    return result


def read_changes_2024(path: Path) -> dict[str, list[str]]:
    """2023 number → 2024 number(s), from SSB's list of changes (a Python repr)."""
    text = path.read_text(encoding="utf-8")
    changes = ast.literal_eval(text[text.index("[") :])
    result: dict[str, list[str]] = {}
    for change in changes:
        if change["changeOccurred"] == "2024-01-01":
            targets = result.setdefault(change["oldCode"], [])
            if change["newCode"] not in targets:
                targets.append(change["newCode"])
    return result


def repair_name(name: str, candidates: list[str]) -> str:
    """Replace a name whose special letters were lost as '?' in ISO-8859-1.

    The Klass exports cannot hold Sámi letters such as š and ŋ; the later
    UTF-8 list can. A name with '?' is replaced by the candidate it matches
    letter for letter.
    """
    if "?" not in name:
        return name
    pattern = re.compile("^" + re.escape(name).replace(r"\?", ".") + "$")
    for candidate in candidates:
        if pattern.match(candidate):
            return candidate
    raise SystemExit(f"Kan ikke rette navnet «{name}»: ingen kandidat passer")


def name_parts(name: str) -> str:
    """The parts of a bi- or trilingual name, '|'-separated ('' if only one)."""
    parts = [p.strip() for p in name.split(" - ")]
    return "|".join(parts) if len(parts) > 1 else ""


def main() -> None:
    """Build the registers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codelists", type=Path, default=DEFAULT_CODELISTS)
    args = parser.parse_args()
    src: Path = args.codelists

    m2013 = read_klass(src / "klass131_kommunekoder_2013_latin1.csv")
    m2020 = read_klass(src / "klass131_kommunekoder_2020_latin1.csv")
    m2024 = read_2024(src / "kommuner_2024.csv")
    to2020 = read_crosswalk_2013_2020(
        src / "klass131_alle_kommunenummer_fra2013_til2020_wide_latin1.csv"
    )
    changes2024 = read_changes_2024(src / "ssb_klass131_kommune_changes.txt")

    def to2024(number_2020: str) -> list[str]:
        targets = changes2024.get(number_2020, [number_2020])
        missing = [t for t in targets if t not in m2024]
        if missing:
            raise SystemExit(f"{number_2020}: finner ikke {missing} i 2024-listen")
        return targets

    missing_2013 = sorted(set(m2013) - set(to2020))
    if missing_2013:
        raise SystemExit(f"2013-kommuner uten krysstabell: {missing_2013}")

    later_names = list(m2024.values())
    m2013 = {k: repair_name(v, later_names) for k, v in m2013.items()}
    m2020 = {k: repair_name(v, later_names) for k, v in m2020.items()}

    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "kommuner.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["struktur", "kommunenummer", "navn", "navnedeler", "fylkesnummer"])
        for year, register in (("2013", m2013), ("2020", m2020), ("2024", m2024)):
            for number in sorted(register):
                name = register[number]
                w.writerow([year, number, name, name_parts(name), number[:2]])

    with (OUT / "kommuner_2013_2024.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["kommunenummer_2013", "navn_2013", "kommunenummer_2020", "kommunenummer_2024"])
        for number in sorted(m2013):
            targets_2020 = to2020[number]
            targets_2024 = sorted({t for n in targets_2020 for t in to2024(n)})
            w.writerow([number, m2013[number], " ".join(targets_2020), " ".join(targets_2024)])

    print(f"Skrev {len(m2013)} + {len(m2020)} + {len(m2024)} kommuner og krysstabellen til {OUT}")


if __name__ == "__main__":
    main()
