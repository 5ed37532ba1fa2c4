"""The theme-score chart: an inline SVG with one horizontal bar per theme.

The bar's length is the theme's score (0–100); dashed lines mark the levels
0–3 of the grading scale, named below the axis. Dark bars on a light track
with black text read the same in greyscale. Every text is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

WIDTH = 640
LABEL_WIDTH = 250
VALUE_WIDTH = 70
ROW_HEIGHT = 26
BAR_HEIGHT = 14
TOP = 8
AXIS_HEIGHT = 34


@dataclass(frozen=True)
class Bar:
    """One theme in the chart."""

    label: str
    score: float
    level: int
    value_text: str


def theme_chart(bars: Sequence[Bar], level_names: Sequence[str], *, title: str) -> Markup:
    """The SVG chart for ``bars``; ``level_names`` are the names of levels 0–3.

    ``title`` is the chart's accessible description (SVG ``<title>``).
    """
    track = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    height = TOP + ROW_HEIGHT * len(bars) + AXIS_HEIGHT
    parts: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" class="chart" '
        f'font-family="DejaVu Sans, sans-serif" font-size="11">',
        f"<title>{escape(title)}</title>",
    ]
    for row, bar in enumerate(bars):
        y = TOP + row * ROW_HEIGHT
        length = track * max(0.0, min(bar.score, 100.0)) / 100
        parts += [
            f'<text x="{LABEL_WIDTH - 8}" y="{y + BAR_HEIGHT - 3}" text-anchor="end">'
            f"{escape(bar.label)}</text>",
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{track}" height="{BAR_HEIGHT}" '
            'fill="#e6e6e6"/>',
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" height="{BAR_HEIGHT}" '
            'fill="#404040"/>',
            f'<text x="{WIDTH - VALUE_WIDTH + 6}" y="{y + BAR_HEIGHT - 3}">'
            f"{escape(bar.value_text)}</text>",
        ]
    axis_y = TOP + ROW_HEIGHT * len(bars)
    for level, name in enumerate(level_names):
        x = LABEL_WIDTH + track * level / (len(level_names) - 1)
        parts += [
            f'<line x1="{x:.1f}" y1="{TOP - 4}" x2="{x:.1f}" y2="{axis_y}" stroke="#000" '
            'stroke-width="0.8" stroke-dasharray="3 2"/>',
            f'<text x="{x:.1f}" y="{axis_y + 13}" text-anchor="middle" font-weight="bold">'
            f"{level}</text>",
            f'<text x="{x:.1f}" y="{axis_y + 26}" text-anchor="middle" font-size="9">'
            f"{escape(name)}</text>",
        ]
    parts.append("</svg>")
    return Markup("\n".join(parts))
