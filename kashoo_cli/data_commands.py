"""`kashoo businesses | accounts | contacts | records` and `kashoo import ofx`."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import click

from kashoo_api_client.api.accounts import list_accounts
from kashoo_api_client.api.contacts import list_contacts
from kashoo_api_client.api.records import import_records
from kashoo_api_client.api.users import list_my_businesses
from kashoo_api_client.models import ImportRecordsRequest
from kashoo_api_client.types import UNSET, File
from kashoo_ext import ValidationError, paginate

from .errors import run
from .listing import DATE, RECORD_TYPES, Money, Since, business_option, records_list, resolve_business
from .output import emit
from .session import Options, logged_in

json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON (as the API sent it), not a table.")
max_option = click.option(
    "--max", "max_rows", type=click.IntRange(min=1), default=None, help="Stop after this many rows."
)
RECORD_COLUMNS = ("id", "type", "number", "date", "contactName", "currency", "totalDue", "amount", "description")


async def _rows(fn: Any, business: int, kc: Any, max_rows: int | None, **filters: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    async for item in paginate(fn, business, client=kc.api, **filters):
        rows.append(item)
        if max_rows is not None and len(rows) >= max_rows:
            break
    return rows


@click.command()
@json_option
@click.pass_obj
def businesses(options: Options, as_json: bool) -> None:
    """The businesses you can reach."""

    async def go() -> None:
        async with logged_in(options) as kc:
            found = await list_my_businesses.asyncio_json(client=kc.api) or []
            emit(found, ("id", "name", "currency", "country"), as_json=as_json)

    run(go())


@click.command()
@business_option
@click.option("--archived", is_flag=True, help="Include archived accounts.")
@json_option
@max_option
@click.pass_obj
def accounts(options: Options, business_id: int | None, archived: bool, as_json: bool, max_rows: int | None) -> None:
    """A business's chart of accounts."""

    async def go() -> None:
        async with logged_in(options) as kc:
            business = await resolve_business(kc, business_id)
            rows = await _rows(list_accounts.asyncio_json, business, kc, max_rows, archived=True if archived else UNSET)
            emit(rows, ("id", "number", "name", "type", "archived"), as_json=as_json)

    run(go())


@click.command()
@business_option
@click.option("--search", help="Only contacts matching this text.")
@json_option
@max_option
@click.pass_obj
def contacts(
    options: Options, business_id: int | None, search: str | None, as_json: bool, max_rows: int | None
) -> None:
    """A business's customers and vendors."""

    async def go() -> None:
        async with logged_in(options) as kc:
            business = await resolve_business(kc, business_id)
            rows = await _rows(list_contacts.asyncio_json, business, kc, max_rows, search=search or UNSET)
            emit(rows, ("id", "name", "email", "currency"), as_json=as_json)

    run(go())


@click.command()
@business_option
@click.option("--type", "record_type", type=RECORD_TYPES, help="Only records of this type.")
@click.option("--start-date", type=DATE, help="Only records on or after this date (yyyy-MM-dd).")
@click.option("--end-date", type=DATE, help="Only records on or before this date (yyyy-MM-dd).")
@click.option("--search", help="Only records matching this text.")
@click.option("--status", type=click.Choice(["paid", "unpaid", "overdue"]), help="Invoices and bills by status.")
@click.option("--contact", "contact_id", type=click.IntRange(min=1), help="Only records of this contact id.")
@click.option("--amount-ge", type=Money(), help="Only amounts >= this (e.g. 100.00).")
@click.option("--amount-le", type=Money(), help="Only amounts <= this.")
@click.option("--since", type=Since(), help="Only records modified since this date or ISO date-time.")
@click.option("--include-removed", is_flag=True, help="Include deleted records.")
@json_option
@click.option("--max", "max_rows", type=click.IntRange(min=1), default=50, show_default=True, help="Stop after N.")
@click.pass_obj
def records(
    options: Options,
    business_id: int | None,
    record_type: str | None,
    start_date: dt.datetime | None,
    end_date: dt.datetime | None,
    search: str | None,
    status: str | None,
    contact_id: int | None,
    amount_ge: int | None,
    amount_le: int | None,
    since: int | None,
    include_removed: bool,
    as_json: bool,
    max_rows: int,
) -> None:
    """A business's records (invoices, bills, payments, transfers, ...), with the API's filters."""
    filters: dict[str, Any] = {
        "start_date": start_date.date() if start_date else None,
        "end_date": end_date.date() if end_date else None,
        "search": search,
        "amount_ge": amount_ge,
        "amount_le": amount_le,
        "modified_since": since,
        "contact_id": contact_id,
        "include_removed": True if include_removed else None,
    }
    if status and record_type in (None, "INVOICE", "BILL"):
        filters["status"] = status
    elif status:
        raise click.UsageError("--status applies to invoices and bills only")
    filters = {k: v for k, v in filters.items() if v is not None}

    async def go() -> None:
        async with logged_in(options) as kc:
            business = await resolve_business(kc, business_id)
            rows = await _rows(records_list(record_type), business, kc, max_rows, **filters)
            emit(rows, RECORD_COLUMNS, as_json=as_json)

    run(go())


@click.group("import")
def import_group() -> None:
    """Import records from files."""


@import_group.command("ofx")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, readable=True, path_type=Path))
@business_option
@click.option("--account", "account_id", type=click.IntRange(min=1), required=True, help="The bank account they go to.")
@click.option("--preview", is_flag=True, help="Only show what would be imported; store nothing.")
@json_option
@click.pass_obj
def import_ofx(
    options: Options, file: Path, business_id: int | None, account_id: int, preview: bool, as_json: bool
) -> None:
    """Import a bank statement (OFX or QBO file) as records."""
    payload = file.read_bytes()
    if b"<OFX>" not in payload.upper():
        raise click.BadParameter(f"{file} is not an OFX or QBO file (no <OFX> element)", param_hint="FILE")

    async def go() -> None:
        async with logged_in(options) as kc:
            business = await resolve_business(kc, business_id)
            body = ImportRecordsRequest(
                file=File(payload=io.BytesIO(payload), file_name=file.name, mime_type="application/x-ofx"),
                filename=file.name,
                account=account_id,
                preview=preview,
            )
            # A POST is never re-sent blindly: if this fails midway the import may have happened.
            imported = await import_records.asyncio(business, client=kc.api, body=body)
            if imported is None:
                raise ValidationError("the import returned no records")
            emit([r.to_dict() for r in imported], RECORD_COLUMNS, as_json=as_json)
            if not as_json:
                verb = "would be imported (preview: nothing stored)" if preview else "imported"
                click.echo(f"{len(imported)} records {verb}", err=True)

    run(go())
