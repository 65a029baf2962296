"""A small dependency-free SVG line chart (the bench writes one; no plotting library needed)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from xml.sax.saxutils import escape

COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd")


def line_chart(
    title: str,
    x_label: str,
    y_label: str,
    xs: Sequence[float],
    series: dict[str, Sequence[float]],
    *,
    log_x: bool = True,
) -> str:
    width, height, left, right, top, bottom = 640, 380, 70, 170, 40, 50
    plot_w, plot_h = width - left - right, height - top - bottom

    def fx(x: float) -> float:
        lo, hi = (math.log10(xs[0]), math.log10(xs[-1])) if log_x else (xs[0], xs[-1])
        value = math.log10(x) if log_x else x
        return left + (value - lo) / ((hi - lo) or 1) * plot_w

    y_max = max(max(values) for values in series.values()) * 1.1 or 1

    def fy(y: float) -> float:
        return top + plot_h - y / y_max * plot_h

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" '
        'font-size="12">',
        '<rect width="100%" height="100%" fill="white"/>',
        f'<text x="{width / 2}" y="22" text-anchor="middle" font-size="14">{escape(title)}</text>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="black"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="black"/>',
        f'<text x="{left + plot_w / 2}" y="{height - 10}" text-anchor="middle">{escape(x_label)}</text>',
        f'<text x="16" y="{top + plot_h / 2}" text-anchor="middle" transform="rotate(-90 16 {top + plot_h / 2})">'
        f"{escape(y_label)}</text>",
    ]
    for x in xs:
        parts.append(f'<text x="{fx(x)}" y="{top + plot_h + 16}" text-anchor="middle">{x:g}</text>')
    for i in range(5):
        y = y_max * i / 4
        parts.append(f'<text x="{left - 6}" y="{fy(y) + 4}" text-anchor="end">{y:,.0f}</text>')
        parts.append(f'<line x1="{left}" y1="{fy(y)}" x2="{left + plot_w}" y2="{fy(y)}" stroke="#ddd"/>')
    for n, (name, values) in enumerate(series.items()):
        colour = COLOURS[n % len(COLOURS)]
        points = " ".join(f"{fx(x):.1f},{fy(y):.1f}" for x, y in zip(xs, values, strict=True))
        parts.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for x, y in zip(xs, values, strict=True):
            parts.append(f'<circle cx="{fx(x):.1f}" cy="{fy(y):.1f}" r="3" fill="{colour}"/>')
        legend_y = top + 16 + n * 18
        parts.append(f'<rect x="{left + plot_w + 14}" y="{legend_y - 9}" width="12" height="12" fill="{colour}"/>')
        parts.append(f'<text x="{left + plot_w + 32}" y="{legend_y + 1}">{escape(name)}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
