"""PNG previews of the first pages of rendered PDFs (response and self-assessment).

    python scripts/render_previews.py out/hoeringsuttalelse.pdf out/egenvurdering.pdf \
        --out out/previews --pages 2 --dpi 60

writes ``out/previews/hoeringsuttalelse-1.png``, ``…-2.png``, ``egenvurdering-1.png`` …
with ``pdftoppm`` (poppler-utils; ``scripts/ensure-system-libs.sh`` installs it),
so a reviewer can look at the letters without opening a PDF viewer. Prints the
files written; exits with 2 and a Norwegian message when a PDF or pdftoppm is
missing.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path


def render_previews(pdf: Path, out_dir: Path, *, pages: int = 1, dpi: int = 60) -> list[Path]:
    """Render the first ``pages`` pages of ``pdf`` as ``out_dir/<stem>-<n>.png``."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise FileNotFoundError(
            "pdftoppm finnes ikke. Installer poppler-utils (scripts/ensure-system-libs.sh)."
        )
    if not pdf.is_file():
        raise FileNotFoundError(f"PDF-filen «{pdf}» finnes ikke.")
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob(f"{pdf.stem}-*.png"):
        old.unlink()
    prefix = out_dir / pdf.stem
    subprocess.run(
        [pdftoppm, "-png", "-r", str(dpi), "-f", "1", "-l", str(pages), str(pdf), str(prefix)],
        check=True,
        capture_output=True,
    )
    # pdftoppm pads page numbers to the width of the page count: -1, -01 or -001.
    written = sorted(out_dir.glob(f"{pdf.stem}-*.png"))
    renamed = []
    for path in written:
        number = int(path.stem.rsplit("-", 1)[1])
        target = out_dir / f"{pdf.stem}-{number}.png"
        path.rename(target)
        renamed.append(target)
    return sorted(renamed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdfs", nargs="+", type=Path, help="PDF-filer å forhåndsvise")
    parser.add_argument("--out", type=Path, default=Path("out/previews"), help="målmappe")
    parser.add_argument("--pages", type=int, default=1, help="antall sider per PDF")
    parser.add_argument("--dpi", type=int, default=60, help="oppløsning")
    args = parser.parse_args(argv)
    try:
        for pdf in args.pdfs:
            for path in render_previews(pdf, args.out, pages=args.pages, dpi=args.dpi):
                print(path)
    except (FileNotFoundError, subprocess.CalledProcessError) as e:
        print(f"render_previews: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
