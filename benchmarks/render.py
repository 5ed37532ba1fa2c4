"""How long write_response takes for the strong sample plan, against a baseline.

    python benchmarks/render.py [--runs 3]

Reads fixtures/plans/sterk_bokmal.pdf, assesses it for county 46 once, then
times write_response (PDF/A-3a with the JSON attached) over a few runs. The
baseline, timed the same way in the same process, is WeasyPrint writing a
trivial one-page HTML to PDF: the ratio says how much the letter costs beyond
WeasyPrint's own start-up, on whatever machine runs it. Target: under 3 s.
Exits with 1 when the mean is over the target.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import weasyprint

import planvurdering as pv

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "fixtures" / "plans" / "sterk_bokmal.pdf"
TARGET_SECONDS = 3.0


def _time(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    assessment = pv.assess(pv.read_plan(PLAN), pv.load_criteria(), county="46")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        html = "<html lang='nb'><body><p>Hei.</p></body></html>"
        # One warm-up of each, so imports and font loading are not timed.
        weasyprint.HTML(string=html).write_pdf(out / "baseline.pdf")
        pv.write_response(assessment, out / "warmup.pdf", municipality="Fjordvik kommune")

        baseline = _time(lambda: weasyprint.HTML(string=html).write_pdf(out / "b.pdf"), args.runs)
        letter = _time(
            lambda: pv.write_response(
                assessment, out / "hoeringsuttalelse.pdf", municipality="Fjordvik kommune"
            ),
            args.runs,
        )
        checklist = _time(
            lambda: pv.write_self_assessment(assessment, out / "egenvurdering.pdf"), args.runs
        )

    mean_base = statistics.mean(baseline)
    mean_letter = statistics.mean(letter)
    print(f"baseline (WeasyPrint, one-page HTML): {mean_base:.3f} s (mean of {args.runs})")
    print(
        f"write_response (sterk_bokmal.pdf, PDF/A-3a): {mean_letter:.3f} s "
        f"(min {min(letter):.3f}, {mean_letter / mean_base:.1f} x baseline)"
    )
    print(f"write_self_assessment: {statistics.mean(checklist):.3f} s")
    verdict = "OK" if mean_letter < TARGET_SECONDS else "FOR TREGT"
    print(f"target < {TARGET_SECONDS:.1f} s: {verdict}")
    return 0 if mean_letter < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
