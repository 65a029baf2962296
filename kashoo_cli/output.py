"""Printing results: an aligned table for people, JSON for scripts."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import click

from kashoo_ext import to_date


def cell(value: Any) -> str:
    """One value as a table shows it: dates as yyyy-MM-dd, nothing for missing values."""
    if value is None:
        return ""
    if isinstance(value, dict) and "year" in value:
        try:
            return to_date(value).isoformat()
        except (TypeError, ValueError):
            return str(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def emit(rows: Iterable[dict[str, Any]], columns: Sequence[str], *, as_json: bool) -> None:
    """Print rows (JSON dicts as the API sent them) as a table of `columns`, or as JSON."""
    if as_json:
        click.echo(json.dumps(list(rows), indent=2, ensure_ascii=False))
        return
    table = [[cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in table)]) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for r in table:
        click.echo("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
    if not table:
        click.echo("(none)", err=True)
