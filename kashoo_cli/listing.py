"""What the listing and export commands share: the business to use, the record lists, and
parsing the filters people type."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

import click

from kashoo_api_client.api.bill_payments import list_bill_payments
from kashoo_api_client.api.bills import list_bills
from kashoo_api_client.api.invoice_payments import list_invoice_payments
from kashoo_api_client.api.invoices import list_invoices
from kashoo_api_client.api.records import list_records
from kashoo_api_client.api.transfers import list_transfers
from kashoo_api_client.api.users import list_my_businesses
from kashoo_ext import ConfigurationError, KashooClient, decimal_to_cents, to_epoch_ms
from kashoo_ext.pagination import ListFunction

#: --type values and the list operation that returns only that type. The CLI prints and
#: writes the records as the API sent them, so it asks for plain JSON (no models).
RECORD_LISTS: dict[str, ListFunction[Any]] = {
    "INVOICE": list_invoices.asyncio_json,
    "BILL": list_bills.asyncio_json,
    "INVOICE_PAYMENT": list_invoice_payments.asyncio_json,
    "BILL_PAYMENT": list_bill_payments.asyncio_json,
    "TRANSFER": list_transfers.asyncio_json,
}
RECORD_TYPES = click.Choice(sorted(RECORD_LISTS), case_sensitive=False)


def records_list(record_type: str | None) -> ListFunction[Any]:
    return RECORD_LISTS[record_type.upper()] if record_type else list_records.asyncio_json


business_option = click.option(
    "--business",
    "business_id",
    type=click.IntRange(min=1),
    help="Business id (see `kashoo businesses`); may be left out if you have only one.",
)


async def resolve_business(kc: KashooClient, business_id: int | None) -> int:
    """The business to work on: the one given, or the user's only one."""
    if business_id is not None:
        return business_id
    businesses = await list_my_businesses.asyncio_json(client=kc.api) or []
    if len(businesses) == 1 and isinstance(businesses[0].get("id"), int):
        return int(businesses[0]["id"])
    names = ", ".join(f"{b.get('id')} ({b.get('name')})" for b in businesses) or "none"
    raise ConfigurationError(f"pass --business: you have {len(businesses)} businesses: {names}")


class Since(click.ParamType[int]):
    """A date (yyyy-MM-dd) or an ISO date-time, as epoch milliseconds."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        try:
            moment = dt.datetime.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date (yyyy-MM-dd) or ISO date-time", param, ctx)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        return to_epoch_ms(moment)


class Money(click.ParamType[int]):
    """An amount such as 12.50, as cents."""

    name = "AMOUNT"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        try:
            return decimal_to_cents(Decimal(str(value)))
        except (InvalidOperation, ValueError, ConfigurationError):
            self.fail(f"{value!r} is not an amount such as 12.50", param, ctx)


DATE = click.DateTime(formats=["%Y-%m-%d"])
