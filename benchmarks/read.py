"""Reading benchmark: speed, memory and fidelity of read_plan on a realistic 100-page plan.

Generates (deterministically, WeasyPrint from Norwegian HTML) a 100-page plan
with numbered headings on three levels, two-column chapters, ruled tables,
running headers and footers with page numbers, and automatic hyphenation, into
a temporary folder, then prints:

* pages per second for ``read_plan``, a bare pypdfium2 text loop and a bare
  pdfplumber ``extract_text`` loop on the same file, and the ratios
  (targets: read_plan within 5× of pypdfium2, at least 5× faster than pdfplumber);
* the peak memory (RSS) of a fresh process reading the file (target < 500 MB);
* fidelity: headings found against headings written, words hyphenated in the PDF
  that come back whole, and no header/footer left in the body text.

Usage::

    python benchmarks/read.py [--pages 100] [--json]

The exit code is 0 when every target is met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HEADER = "Kommuneplanens samfunnsdel 2024–2036 – Fjordvik kommune"
LONG_WORDS = [
    "introduksjonsprogrammet",
    "integreringsarbeidet",
    "arbeidsinnvandrerne",
    "språkopplæringstilbudet",
    "befolkningsframskrivingen",
    "kompetansekartleggingen",
    "frivillighetssentralene",
    "kvalifiseringsprogrammet",
    "utleieboligene",
    "boligsosiale",
]
WORDS = (
    "kommunen skal arbeide for at nye innbyggere får bolig arbeid og et godt tilbud om "
    "norskopplæring samarbeidet med NAV og næringslivet styrkes gjennom praksisplasser og "
    "lærlingeplasser frivillige lag og foreninger er viktige møteplasser i lokalsamfunnet "
    "Husbanken startlån bostøtte tilskudd planperioden mål strategi tiltak ansvar frist"
).split()
TOPICS = [
    "Befolkning og demografi",
    "Bolig og stedsutvikling",
    "Norskopplæring og kvalifisering",
    "Arbeid og næringsliv",
    "Frivillighet og møteplasser",
    "Kommunen som arbeidsgiver",
    "Samarbeid om integrering",
    "Folkehelse og levekår",
]
CSS = f"""
@page {{ size: A4; margin: 22mm 20mm;
  @top-center {{ content: "{HEADER}"; font: 8.5pt 'DejaVu Sans'; }}
  @bottom-center {{ content: "Side " counter(page) " av " counter(pages);
    font: 8.5pt 'DejaVu Sans'; }} }}
html {{ font: 10.5pt/1.35 'DejaVu Serif'; }}
p, li, td {{ text-align: justify; hyphens: auto; }}
h1 {{ font: bold 22pt 'DejaVu Sans'; }} h2 {{ font: bold 15pt 'DejaVu Sans'; break-before: page; }}
h3 {{ font: bold 12pt 'DejaVu Sans'; }} h4 {{ font: bold 10.5pt 'DejaVu Sans'; }}
.cols {{ columns: 2; column-gap: 7mm; }}
table {{ border-collapse: collapse; width: 100%; font-size: 9pt; margin: 2mm 0 4mm 0; }}
td, th {{ border: 0.5pt solid #555; padding: 1.2mm; vertical-align: top; }}
"""


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(10, 22))]
    words.insert(rng.randint(1, len(words) - 1), rng.choice(LONG_WORDS))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def _paragraph(rng: random.Random, sentences: int) -> str:
    return "<p>" + " ".join(_sentence(rng) for _ in range(sentences)) + "</p>"


def plan_html(pages: int, seed: int = 2024) -> tuple[str, list[str]]:
    """The HTML of a plan of about ``pages`` pages, and the headings it has (in order)."""
    rng = random.Random(seed)
    headings = ["Kommuneplanens samfunnsdel 2024–2036"]
    body = [f"<h1>{headings[0]}</h1>", _paragraph(rng, 4)]
    chapters = max(1, pages // 4)
    for chapter in range(1, chapters + 1):
        title = f"{chapter} {TOPICS[(chapter - 1) % len(TOPICS)]}"
        headings.append(title)
        body.append(f"<h2>{title}</h2>")
        body.append(_paragraph(rng, 5))
        for section in range(1, 4):
            title = f"{chapter}.{section} {rng.choice(TOPICS)}"
            headings.append(title)
            body.append(f"<h3>{title}</h3>")
            if section == 2:
                body.append('<div class="cols">' + _paragraph(rng, 14) + _paragraph(rng, 14))
                body.append("</div>")
            else:
                body.append(_paragraph(rng, 9))
            if section == 3:
                sub = f"{chapter}.{section}.1 Tiltak"
                headings.append(sub)
                rows = "".join(
                    f"<tr><td>{_sentence(rng)}</td><td>{rng.choice(['NAV', 'Eiendom'])}</td>"
                    f"<td>{2024 + rng.randint(0, 6)}</td></tr>"
                    for _ in range(4)
                )
                body.append(
                    f"<h4>{sub}</h4><table><tr><th>Tiltak</th><th>Ansvar</th><th>Frist</th>"
                    f"</tr>{rows}</table>"
                )
    html = (
        f'<html lang="nb"><head><meta charset="utf-8"><style>{CSS}</style></head><body>'
        + "\n".join(body)
        + "</body></html>"
    )
    return html, headings


def generate(folder: Path, pages: int) -> tuple[Path, list[str]]:
    """Write the plan PDF, trimming chapters until it has at most ``pages`` pages."""
    from weasyprint import HTML

    target = folder / "plan.pdf"
    estimate = pages
    best: tuple[int, Any, list[str]] | None = None
    for _ in range(5):
        html, headings = plan_html(estimate)
        document = HTML(string=html).render()
        produced = len(document.pages)
        if produced <= pages and (best is None or produced > best[0]):
            best = (produced, document, headings)
        if pages - 4 <= produced <= pages:
            break
        estimate = max(4, round(estimate * pages / produced) - (produced > pages))
    if best is None:
        raise SystemExit(f"Fant ingen plan med høyst {pages} sider.")
    best[1].write_pdf(target)
    return target, best[2]


def _best_of(runs: int, work: Callable[[], int]) -> tuple[float, int]:
    best = float("inf")
    pages = 0
    for _ in range(runs):
        start = time.perf_counter()
        pages = work()
        best = min(best, time.perf_counter() - start)
    return best, pages


def bare_pdfium(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    for index in range(len(pdf)):
        page = pdf[index]
        textpage = page.get_textpage()
        textpage.get_text_range()
        textpage.close()
        page.close()
    count = len(pdf)
    pdf.close()
    return count


def bare_pdfplumber(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
        return len(pdf.pages)


def read_with_library(path: Path) -> int:
    from planvurdering import read_plan

    return len(read_plan(path).pages)


def peak_memory(path: Path) -> dict[str, float]:
    """Peak RSS (MB) of a fresh process after importing planvurdering and after reading."""
    script = (
        # VmHWM, not ru_maxrss, which a child inherits from the forking parent's peak.
        "import json, sys\n"
        "def hwm():\n"
        "    for line in open('/proc/self/status'):\n"
        "        if line.startswith('VmHWM:'):\n"
        "            return int(line.split()[1])\n"
        "import planvurdering as pv\n"
        "imported = hwm()\n"
        "pv.read_plan(sys.argv[1])\n"
        "peak = hwm()\n"
        "print(json.dumps({'imported': imported / 1024, 'peak': peak / 1024}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
    )
    data: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def fidelity(path: Path, headings: list[str]) -> dict[str, Any]:
    """Headings found, hyphenated words rejoined, headers and footers gone."""
    import pypdfium2 as pdfium

    from planvurdering import read_plan

    plan = read_plan(path)
    pdf = pdfium.PdfDocument(str(path))
    raw = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    pdf.close()
    # Words split at a line end: «integrerings‐\r\narbeidet» (U+2010, \ufffe or «-»).
    split = re.findall(r"(\w+)[\ufffe\u2010\u00ad-]\r\n(\w+)", raw)
    hyphenated = [a + b for a, b in split if (a + b).casefold() in LONG_WORDS]
    text = plan.text
    found_words = set(re.findall(r"\w+", text.casefold()))
    found = {h.display for page in plan.pages for h in page.headings}
    return {
        "headings_written": len(headings),
        "headings_found": sum(1 for h in headings if h in found),
        "extra_headings": len(found - set(headings)),
        "hyphenated_in_pdf": len(hyphenated),
        "hyphenated_rejoined": sum(1 for word in hyphenated if word.casefold() in found_words),
        "header_left": text.count(HEADER),
        "footer_left": len(re.findall(r"Side \d+ av \d+", text)),
        "tables": sum(len(page.tables) for page in plan.pages),
        "labels_match": all(page.label == str(page.number) for page in plan.pages),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="planvurdering-bench-") as folder:
        path, headings = generate(Path(folder), args.pages)
        read_with_library(path)  # warm up: imports, criteria for the plan type
        ours, pages = _best_of(args.runs, lambda: read_with_library(path))
        pdfium_s, _ = _best_of(args.runs, lambda: bare_pdfium(path))
        plumber_s, _ = _best_of(1, lambda: bare_pdfplumber(path))
        memory = peak_memory(path)
        checks = fidelity(path, headings)
    result = {
        "pages": pages,
        "read_plan_pages_per_s": pages / ours,
        "pypdfium2_pages_per_s": pages / pdfium_s,
        "pdfplumber_pages_per_s": pages / plumber_s,
        "read_plan_vs_pypdfium2": ours / pdfium_s,
        "pdfplumber_vs_read_plan": plumber_s / ours,
        "peak_rss_mb": memory["peak"],
        "rss_after_import_mb": memory["imported"],
        "this_process_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        **checks,
    }
    targets = {
        "read_plan within 5× of pypdfium2": result["read_plan_vs_pypdfium2"] <= 5,
        "read_plan ≥ 5× faster than pdfplumber": result["pdfplumber_vs_read_plan"] >= 5,
        "peak memory < 500 MB": result["peak_rss_mb"] < 500,
        "all headings found": checks["headings_found"] == checks["headings_written"],
        "hyphenated words rejoined": checks["hyphenated_in_pdf"] > 0
        and checks["hyphenated_rejoined"] == checks["hyphenated_in_pdf"],
        "headers/footers removed": checks["header_left"] == 0 and checks["footer_left"] == 0,
    }
    if args.json:
        print(json.dumps({**result, "targets": targets}, ensure_ascii=False, indent=2))
    else:
        print(f"{pages} pages, best of {args.runs}")
        print(f"  read_plan   {result['read_plan_pages_per_s']:8.1f} pages/s")
        print(f"  pypdfium2   {result['pypdfium2_pages_per_s']:8.1f} pages/s (bare text loop)")
        print(f"  pdfplumber  {result['pdfplumber_pages_per_s']:8.1f} pages/s (extract_text)")
        print(f"  read_plan / pypdfium2 time: {result['read_plan_vs_pypdfium2']:.1f}×")
        print(f"  pdfplumber / read_plan time: {result['pdfplumber_vs_read_plan']:.1f}×")
        print(
            f"  peak RSS reading: {result['peak_rss_mb']:.0f} MB "
            f"(after import {result['rss_after_import_mb']:.0f} MB)"
        )
        print(
            f"  headings {checks['headings_found']}/{checks['headings_written']} "
            f"(+{checks['extra_headings']} extra), hyphenated words rejoined "
            f"{checks['hyphenated_rejoined']}/{checks['hyphenated_in_pdf']}, tables "
            f"{checks['tables']}, header/footer left {checks['header_left']}/"
            f"{checks['footer_left']}, labels match {checks['labels_match']}"
        )
        for name, ok in targets.items():
            print(f"  [{'ok' if ok else 'MISSED'}] {name}")
    return 0 if all(targets.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
