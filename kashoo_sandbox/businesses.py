"""Businesses and what hangs off one that is not an entity of its own: taxes, sequences, plans."""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import access, books, listing
from .routing import Ctx
from .store import Doc, Store

# Plans are the same for every business; fixed ids, above 2^32 like all ids.
PLANS: tuple[Doc, ...] = tuple(
    {
        "id": 9_000_000_000 + i,
        "name": name,
        "description": f"The {name} plan",
        "currency": "CAD",
        "monthlyPrice": monthly,
        "annualPrice": monthly * 10,
        "taxCode": "GST",
        "upgradePaymentAmount": None,
        "selectable": True,
        "externalDescription": None,
        "numOfAdditionalUsers": users,
        "expiryDays": None,
        "free": monthly == 0,
        "freeTrial": monthly == 0,
        "paymentProcessorType": "NONE" if monthly == 0 else "BEANSTREAM",
        "delayOfInitialPaymentInDays": None,
    }
    for i, (name, monthly, users) in enumerate((("Free", 0, 0), ("Starter", 1900, 1), ("Pro", 3900, 5)), 1)
)
PLAN_FOR_CONTRACTS = PLANS[1]


def create_business(store: Store, now: int, owner: int, name: str, product: str, currency: str = "CAD") -> Doc:
    """A business with its books, owned (granted) by `owner`."""
    doc: Doc = {
        "id": store.new_id(),
        "name": name,
        "currency": currency,
        "country": "CA",
        "provinceOrState": "BC",
        "product": product,
        "removed": False,
        "creation": now,
        "lastModified": now,
    }
    store.put("business", doc)
    store.grant(owner, doc["id"])
    books.seed_books(store, doc["id"], now)
    store.put_many("contract_invoice", _contract_invoices(store, doc["id"], now))
    return doc


def _contract_invoices(store: Store, business: int, now: int) -> list[Doc]:
    """The last six monthly invoices of the business's contract with Kashoo."""
    month = dt.datetime.fromtimestamp(now / 1000, tz=dt.UTC).date().replace(day=1)
    result = []
    for _ in range(6):
        month = (month - dt.timedelta(days=1)).replace(day=1)
        result.append(
            {
                "id": store.new_id(),
                "business": business,
                "plan": PLAN_FOR_CONTRACTS["id"],
                "date": month.isoformat(),
                "description": f"{PLAN_FOR_CONTRACTS['name']} plan, {month:%B %Y}",
                "amount": PLAN_FOR_CONTRACTS["monthlyPrice"],
                "currency": "CAD",
                "paid": True,
                "lastModified": now,
            }
        )
    return sorted(result, key=lambda d: d["id"])


def show(ctx: Ctx, doc: Doc) -> Doc:
    return {**doc, "links": [{"rel": "self", "href": f"{ctx.base_url}/businesses/{doc['id']}", "type": "GET"}]}


# ---------------------------------------------------------------- handlers
def get_business(ctx: Ctx) -> Doc:
    return show(ctx, access.path_business(ctx))


def my_businesses(ctx: Ctx) -> list[Doc]:
    return [show(ctx, d) for d in ctx.store.businesses_of(ctx.user_id)]


def _taxes(ctx: Ctx) -> list[Doc]:
    return ctx.store.docs("tax", access.path_business(ctx)["id"])


def list_taxes(ctx: Ctx) -> list[Doc]:
    composite = ctx.query_int("version", None) == 2
    return [books.composite_tax(t) if composite else books.legacy_tax(t) for t in _taxes(ctx)]


def list_composite_taxes(ctx: Ctx) -> list[Doc]:
    return [books.composite_tax(t) for t in _taxes(ctx)]


def list_sequences(ctx: Ctx) -> list[Doc]:
    business = access.path_business(ctx)["id"]
    return [
        {"type": rtype, "number": f"{prefix}{ctx.store.next_number(business, rtype, advance=False):04d}"}
        for rtype, prefix in books.NUMBER_PREFIXES.items()
    ]


def list_plans(ctx: Ctx) -> list[Doc]:
    access.path_business(ctx)
    return [dict(p) for p in PLANS]


def list_contract_invoices(ctx: Ctx) -> list[Any]:
    business = access.path_business(ctx)["id"]
    page = listing.page(ctx, 50)
    page.add("kind = 'contract_invoice'")
    page.add("business = ?", business)
    listing.date_range(ctx, page)
    return ctx.store.select("docs", page.where, page.params, page.order, page.limit, page.offset)
