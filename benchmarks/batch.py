"""Batch throughput: plans per minute for 20 sample plans at 1 and 2 worker processes.

Copies the four fixture plans five times each into a temporary folder and runs
:func:`planvurdering.batch.assess_many` with a fresh process pool (so the time
includes starting the workers and loading the language pipeline in each), without
a case store. Run: ``.venv/bin/python benchmarks/batch.py [--plans 20] [--workers 1 2]``.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

import planvurdering as pv
from planvurdering.batch import assess_many

PLANS = Path(__file__).resolve().parents[1] / "fixtures" / "plans"


def main() -> None:
    """Print plans per minute for each worker count."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=20)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    criteria = pv.load_criteria()
    samples = sorted(PLANS.glob("*.pdf"))
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for n in range(args.plans):
            source = samples[n % len(samples)]
            target = Path(folder) / f"{source.stem}_{n:02d}.pdf"
            shutil.copy(source, target)
            paths.append(target)
        for workers in args.workers:
            started = time.perf_counter()
            result = assess_many(paths, criteria, county="46", workers=workers)
            elapsed = time.perf_counter() - started
            assert not result.failed, result.failed
            print(
                f"{workers} prosess(er): {len(paths)} planer på {elapsed:.1f} s = "
                f"{len(paths) / elapsed * 60:.0f} planer per minutt"
            )


if __name__ == "__main__":
    main()
