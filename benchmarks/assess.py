"""Speed of grading: loading the pipeline and assessing a 100-page plan.

Prints, in one run:

* the time to load the criteria and the language pipeline (target < 2 s);
* the time to assess a 100-page plan whose text is built from the sample plans
  (target < 1 s once loaded), against a baseline measured in the same run: a
  bare regular-expression scan for every criterion term over the same text
  (the context-free keyword search the codebook warns about);
* the time of ``assess`` on the strong sample plan alone.

Run: ``.venv/bin/python benchmarks/assess.py`` (or ``make benchmarks``).
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLANS = ROOT / "fixtures" / "plans"
PAGES = 100
RUNS = 3


def _load_time() -> float:
    """Seconds to import the library, load the criteria and build the pipeline (fresh process)."""
    code = (
        "import time; t = time.perf_counter(); import planvurdering as pv; "
        "from planvurdering.language import get_nlp; pv.load_criteria(); get_nlp(); "
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def _best(func: object, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        func()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    import planvurdering as pv
    from planvurdering.models import Page, Plan

    load = statistics.median(_load_time() for _ in range(3))
    criteria = pv.load_criteria()
    sources = [pv.read_plan(path) for path in sorted(PLANS.glob("*.pdf"))]
    texts = [page.text for plan in sources for page in plan.pages]
    big = Plan(
        pages=[
            Page(number=i + 1, label=str(i + 1), text=texts[i % len(texts)]) for i in range(PAGES)
        ]
    )
    pv.assess(big, criteria)  # warm the term cache, as a batch would be after its first plan

    terms = sorted({t for c in criteria for t in c.terms.all()}, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)

    def keyword_scan() -> int:
        return sum(1 for _ in pattern.finditer(big.text))

    assess_big = _best(lambda: pv.assess(big, criteria))
    baseline = _best(keyword_scan)
    strong = pv.read_plan(PLANS / "sterk_bokmal.pdf")
    assess_strong = _best(lambda: pv.assess(strong, criteria))

    words = len(big.text.split())
    print(f"load (import + criteria + pipeline, fresh process): {load:.2f} s  (target < 2 s)")
    print(f"assess, {PAGES}-page plan ({words} words):          {assess_big:.3f} s  (target < 1 s)")
    print(f"baseline keyword regex scan, same text:             {baseline:.3f} s")
    print(f"ratio assess / keyword scan:                        {assess_big / baseline:.1f}x")
    label = f"assess, sterk_bokmal.pdf ({len(strong.pages)} pages):"
    print(f"{label:<52}{assess_strong:.3f} s")
    return 0 if assess_big < 1.0 and load < 2.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
