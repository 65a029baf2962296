"""`kashoo export records`: stream every record to a file, resumably (see exporting.py)."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from typing import Any

import click
import httpx
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from kashoo_api_client.api.businesses import get_business
from kashoo_ext import KashooClient, pages

from .errors import run
from .exporting import FORMATS, ExportFile, Format
from .listing import RECORD_TYPES, Since, business_option, records_list, resolve_business
from .session import Options, logged_in


class RequestCounter:
    """Counts the API requests the client sends (an httpx request hook), for the progress bar."""

    def __init__(self) -> None:
        self.count = 0

    async def __call__(self, request: httpx.Request) -> None:
        self.count += 1


def _progress(enabled: bool) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.completed:>9,} records"),
        TextColumn("{task.fields[records_per_s]:>7,.0f} records/s"),
        TextColumn("{task.fields[requests_per_s]:>5.1f} requests/s"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        disable=not enabled,
        transient=False,
    )


async def export_records(
    kc: KashooClient,
    export: ExportFile,
    business: int,
    *,
    list_kwargs: dict[str, Any],
    record_type: str | None,
    page_size: int,
    show_progress: bool,
    include_removed: bool = False,
) -> None:
    """Page through the records into `export`. Deletes are soft, so the list is paged with the
    removed records included: a record deleted meanwhile keeps its place and the offsets of the
    others do not move. Removed records are then dropped here unless they were asked for."""
    counter = RequestCounter()
    kc.http.event_hooks["request"].append(counter)
    started = time.monotonic()
    already = export.summary.records
    with _progress(show_progress) as progress:
        task = progress.add_task("export", total=None, completed=already, records_per_s=0.0, requests_per_s=0.0)
        async with contextlib.aclosing(
            pages(
                records_list(record_type),
                business,
                client=kc.api,
                page_size=page_size,
                # On resume, one page back: the ids already written are skipped anyway.
                start=max(0, export.offset - page_size) if already else export.offset,
                prefetch=1,
                include_removed=True,
                **list_kwargs,
            )
        ) as it:
            async for page in it:
                items = page.items if include_removed else [r for r in page.items if not r.get("removed")]
                export.write_page(items, next_offset=page.offset + page.limit)
                elapsed = max(time.monotonic() - started, 1e-6)
                progress.update(
                    task,
                    completed=export.summary.records,
                    records_per_s=(export.summary.records - already) / elapsed,
                    requests_per_s=counter.count / elapsed,
                )


@click.group("export")
def export_group() -> None:
    """Export data to files."""


@export_group.command("records")
@business_option
@click.option("--since", type=Since(), help="Only records modified since this date or ISO date-time.")
@click.option("--type", "record_type", type=RECORD_TYPES, help="Only records of this type.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    required=True,
    help="The file to write (it appears only once the export is complete).",
)
@click.option("--resume", is_flag=True, help="Continue an interrupted export of the same options.")
@click.option("--include-removed", is_flag=True, help="Include deleted records (marked removed).")
@click.option("--page-size", type=click.IntRange(1, 1000), default=100, show_default=True)
@click.option("--progress/--no-progress", default=True, show_default=True, help="Show the progress bar on stderr.")
@click.pass_obj
def export_records_command(
    options: Options,
    business_id: int | None,
    since: int | None,
    record_type: str | None,
    fmt: Format,
    out: Path,
    resume: bool,
    include_removed: bool,
    page_size: int,
    progress: bool,
) -> None:
    """Stream every record of a business to a JSONL or CSV file, with a summary at the end.

    Memory stays flat however many records there are. If the export is interrupted, run the
    same command with --resume: it continues from its last checkpoint, and the finished file
    holds every record exactly once.
    """
    list_kwargs: dict[str, Any] = {}
    if since is not None:
        list_kwargs["modified_since"] = since

    async def go() -> None:
        ExportFile(out, fmt, {}).check_destination()  # before any request
        async with logged_in(options) as kc:
            business = await resolve_business(kc, business_id)
            await get_business.asyncio(business, client=kc.api)  # unknown business: fail before any file
            query = {
                "business": business,
                "since": since,
                "type": record_type,
                "include_removed": include_removed,
                "page_size": page_size,
                "base_url": kc.base_url,
            }
            export = ExportFile(out, fmt, query)
            if resume:
                export.resume()
            else:
                export.start()
            try:
                await export_records(
                    kc,
                    export,
                    business,
                    list_kwargs=list_kwargs,
                    record_type=record_type,
                    page_size=page_size,
                    show_progress=progress,
                    include_removed=include_removed,
                )
            except BaseException:
                if export.summary.records == 0 and not resume:
                    export.discard()
                else:
                    export.close()
                    click.echo(
                        f"kashoo: export stopped after {export.summary.records:,} records; "
                        "run the same command with --resume to continue",
                        err=True,
                    )
                raise
            export.finish()
            click.echo(f"Exported to {out}: " + "\n".join(export.summary.lines()))

    run(go())
