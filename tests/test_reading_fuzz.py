"""Fuzzing the reader with mutated real files: it returns a Plan or raises a PlanvurderingError.

Each case flips, truncates, inserts or overwrites bytes of a sample plan (the
fixture PDFs, the Telemark regional plan, a generated .docx) and must finish
within ``CASE_SECONDS``; a hang aborts the test run with a traceback
(faulthandler). ``make test`` runs 50 deterministic examples; a longer run::

    PLANVURDERING_FUZZ_EXAMPLES=2000 PLANVURDERING_FUZZ_SEED=7 \
        .venv/bin/pytest tests/test_reading_fuzz.py

(without ``PLANVURDERING_FUZZ_SEED`` the examples are always the same).

A file that made the reader fail another way is saved in
``tests/data/reading/crashers/`` (set ``PLANVURDERING_FUZZ_SAVE=1``) and replayed
by :func:`test_reading_fuzz_crashers_replay`.
"""

from __future__ import annotations

import faulthandler
import hashlib
import os
import time
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

import planvurdering as pv
from _shared import SHARED
from planvurdering.errors import PlanvurderingError

ROOT = Path(__file__).resolve().parents[1]
SEEDS = [
    *sorted((ROOT / "fixtures" / "plans").glob("*.pdf")),
    SHARED / "data" / "plans" / "telemark_regional_plan_folkehelse_2018-2030.pdf",
]
CRASHERS = ROOT / "tests" / "data" / "reading" / "crashers"
EXAMPLES = int(os.environ.get("PLANVURDERING_FUZZ_EXAMPLES", "50"))
SEED = os.environ.get("PLANVURDERING_FUZZ_SEED")
CASE_SECONDS = 20.0
HANG_SECONDS = 120.0


def _docx_seed() -> bytes:
    path = ROOT / "tests" / "data" / "reading" / "seed.docx"
    if not path.is_file():
        document = docx.Document()
        document.add_heading("Integreringsplan for Fjordvik kommune", level=1)
        document.add_paragraph("Kommunen skal bosette flyktninger.")
        document.add_paragraph("Norskopplæring på kveldstid", style="List Bullet")
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "Tiltak", "Ansvar"
        table.cell(1, 0).text, table.cell(1, 1).text = "Fadderordning", "Frivilligsentralen"
        document.save(str(path))
    return path.read_bytes()


SEED_BYTES = [path.read_bytes() for path in SEEDS if path.is_file()] + [_docx_seed()]
SUFFIXES = [".pdf"] * (len(SEED_BYTES) - 1) + [".docx"]

mutation = st.tuples(
    st.sampled_from(["flip", "truncate", "insert", "overwrite", "delete"]),
    st.floats(min_value=0, max_value=1, allow_nan=False),
    st.binary(min_size=1, max_size=64),
)


def mutate(data: bytes, mutations: list[tuple[str, float, bytes]]) -> bytes:
    """Apply the mutations in order; positions are fractions of the current length."""
    out = bytearray(data)
    for kind, where, payload in mutations:
        at = min(int(where * len(out)), max(len(out) - 1, 0))
        if kind == "flip" and out:
            out[at] ^= payload[0] or 0xFF
        elif kind == "truncate":
            del out[at:]
        elif kind == "insert":
            out[at:at] = payload
        elif kind == "overwrite":
            out[at : at + len(payload)] = payload
        elif kind == "delete":
            del out[at : at + len(payload)]
    return bytes(out)


def read_within_bounds(path: Path) -> None:
    """Read ``path``; only a Plan or a PlanvurderingError may come out, in time."""
    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)
    start = time.monotonic()
    try:
        result = pv.read_plan(path, max_seconds=CASE_SECONDS)
        assert isinstance(result, pv.Plan)
    except PlanvurderingError as e:
        assert e.message and "«" in e.message
    except Exception:
        if os.environ.get("PLANVURDERING_FUZZ_SAVE"):
            data = path.read_bytes()
            name = hashlib.sha256(data).hexdigest()[:16] + path.suffix
            (CRASHERS / name).write_bytes(data)
        raise
    finally:
        faulthandler.cancel_dump_traceback_later()
    # Generous: the machine is shared; a real hang is caught by the faulthandler above.
    assert time.monotonic() - start < 3 * CASE_SECONDS


@seed(int(SEED or 0))
@settings(
    max_examples=EXAMPLES,
    derandomize=SEED is None,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    seed=st.integers(min_value=0, max_value=len(SEED_BYTES) - 1),
    mutations=st.lists(mutation, min_size=1, max_size=8),
)
def test_reading_fuzz_mutated_files(
    tmp_path: Path, seed: int, mutations: list[tuple[str, float, bytes]]
) -> None:
    path = tmp_path / f"mutert{SUFFIXES[seed]}"
    path.write_bytes(mutate(SEED_BYTES[seed], mutations))
    read_within_bounds(path)


@pytest.mark.parametrize(
    "path", sorted(CRASHERS.glob("*.*")) or [None], ids=lambda p: p.name if p else "ingen"
)
def test_reading_fuzz_crashers_replay(path: Path | None) -> None:
    if path is None:
        pytest.skip("ingen lagrede krasjfiler")
    read_within_bounds(path)
