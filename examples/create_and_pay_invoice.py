"""Create an invoice for a customer, then record a payment that settles it.

    python examples/create_and_pay_invoice.py    (configuration: see examples/_common.py)

The invoice and the payment are POSTs: kashoo_ext never re-sends them on its own after a
failure that may have reached the server (it raises OutcomeUnknownError instead), so a
flaky network cannot create the invoice twice.
"""

from __future__ import annotations

import asyncio
import datetime as dt

from _common import business_id

from kashoo_api_client.api.accounts import list_accounts
from kashoo_api_client.api.contacts import list_contacts
from kashoo_api_client.api.invoice_payments import create_invoice_payment
from kashoo_api_client.api.invoices import create_invoice, get_invoice
from kashoo_api_client.models import (
    AccountInfo,
    InvoiceInfo,
    InvoicePaymentInfo,
    LineItemInfo,
    PaymentAllocationOut,
    RecordType,
)
from kashoo_ext import ConfigurationError, KashooClient, cents_to_decimal, paginate


async def account_named(kc: KashooClient, business: int, name: str) -> AccountInfo:
    async for account in paginate(list_accounts.asyncio_detailed, business, client=kc.api):
        if account.name == name:
            return account
    raise ConfigurationError(f"business {business} has no account named {name!r}")


async def main() -> None:
    async with KashooClient.from_env() as kc:
        business = await business_id(kc)
        customers = await list_contacts.asyncio(business, client=kc.api, limit=1) or []
        if not customers:
            raise ConfigurationError(f"business {business} has no contacts")
        customer = customers[0]
        sales = await account_named(kc, business, "Sales")
        bank = await account_named(kc, business, "Chequing")

        invoice = await create_invoice.asyncio(
            business,
            client=kc.api,
            body=InvoiceInfo(
                type_=RecordType.INVOICE,
                contact=customer.id,
                currency=customer.currency,
                date=dt.date.today(),
                due_date=dt.date.today() + dt.timedelta(days=30),
                description="Consulting, November",
                line_items=[
                    LineItemInfo(description="Consulting", quantity=3, rate=12_500, amount=37_500, account=sales.id)
                ],
            ),
        )
        assert invoice is not None and isinstance(invoice.id, int) and isinstance(invoice.total_due, int)
        total = cents_to_decimal(invoice.total_due)
        print(f"created invoice {invoice.number} for {customer.name}: {total:,.2f} {invoice.currency}, unpaid")

        await create_invoice_payment.asyncio(
            business,
            client=kc.api,
            body=InvoicePaymentInfo(
                type_=RecordType.INVOICE_PAYMENT,
                contact=customer.id,
                currency=invoice.currency,
                date=dt.date.today(),
                account=bank.id,
                amount=invoice.total_due,
                allocations=[PaymentAllocationOut(record=invoice.id, amount=invoice.total_due)],
            ),
        )
        settled = await get_invoice.asyncio(business, invoice.id, client=kc.api)
        assert settled is not None
        balance = cents_to_decimal(settled.balance_due or 0)
        print(f"paid: invoice {settled.number} balance due {balance:,.2f}, paid={settled.paid}")


if __name__ == "__main__":
    asyncio.run(main())
