"""List a business's unpaid invoices, oldest first, with what is still due.

python examples/list_unpaid_invoices.py      (configuration: see examples/_common.py)
"""

from __future__ import annotations

import asyncio
import collections

from _common import business_id

from kashoo_api_client.api.invoices import list_invoices
from kashoo_ext import KashooClient, cents_to_decimal, paginate, to_date


async def main() -> None:
    async with KashooClient.from_env() as kc:
        business = await business_id(kc)
        due: collections.Counter[str] = collections.Counter()
        count = 0
        async for invoice in paginate(
            list_invoices.asyncio_detailed, business, client=kc.api, status="unpaid", sort_column="date"
        ):
            balance = invoice.balance_due if isinstance(invoice.balance_due, int) else 0
            currency = str(invoice.currency)
            date = to_date(invoice.date).isoformat() if invoice.date else "?"
            amount = cents_to_decimal(balance)
            print(f"{date}  {invoice.number!s:<10} {invoice.contact_name!s:<28} {amount:>12,.2f} {currency}")
            due[currency] += balance
            count += 1
        totals = ", ".join(f"{cents_to_decimal(cents):,.2f} {cur}" for cur, cents in sorted(due.items()))
        print(f"{count} unpaid invoices; due: {totals or 'nothing'}")


if __name__ == "__main__":
    asyncio.run(main())
