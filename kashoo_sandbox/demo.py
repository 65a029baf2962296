"""The deterministic demo: users, businesses, contacts and N records of every type.

Same seed, same data (dates are fixed in 2025, so the demo does not drift day to day).
Records go through the same build/save code as the API, in one transaction, so the demo
books are as consistent as anything created over HTTP.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from . import auth, books, records
from .businesses import create_business
from .oauth import CLIENTS
from .store import Doc, Store

DEMO_EMAIL = "demo@kashoo.test"
DEMO_PASSWORD = "demo-password"  # noqa: S105 - documented demo credentials
MFA_EMAIL = "mfa@kashoo.test"
MFA_PASSWORD = "mfa-password"  # noqa: S105
MFA_PHONE = "+15555550100"
OTHER_EMAIL = "other@kashoo.test"
OTHER_PASSWORD = "other-password"  # noqa: S105

_CUSTOMERS = (
    "Acme Corp",
    "Globex",
    "Initech",
    "Umbrella Ltd",
    "Hooli",
    "Vandelay Industries",
    "Stark Goods",
    "Wayne Supplies",
    "Tyrell Co",
    "Cyberdyne",
    "Soylent",
    "Wonka Treats",
    "Duff Brewing",
    "Pied Piper",
    "Aperture Labs",
    "Black Mesa",
    "Oceanic Air",
    "Dunder Paper",
)
_VENDORS = (
    "Office Depot",
    "City Hydro",
    "Telco Mobile",
    "Landlord Holdings",
    "Cloud Hosting Inc",
    "Courier Express",
    "Coffee Roasters",
    "Insurance Mutual",
)
_CURRENCIES = {"Globex": ("USD", 1.36), "Hooli": ("USD", 1.36), "Stark Goods": ("EUR", 1.47)}


@dataclass
class _Session:
    store: Store
    now: int


def credentials(user_id: int, business_id: int, tsa_business_id: int, mfa_user_id: int) -> dict[str, Any]:
    client_id, client = next(iter(CLIENTS.items()))
    return {
        "email": DEMO_EMAIL,
        "password": DEMO_PASSWORD,
        "userId": user_id,
        "businessId": business_id,
        "tsaBusinessId": tsa_business_id,
        "mfaUser": {"email": MFA_EMAIL, "password": MFA_PASSWORD, "phone": MFA_PHONE, "userId": mfa_user_id},
        "otherUser": {"email": OTHER_EMAIL, "password": OTHER_PASSWORD},
        "sso": {"provider": "google", "authCode": "ok-demo"},
        "oauthClient": {"clientId": client_id, "clientSecret": client.secret, "redirectUri": client.redirect_uri},
        "subscriptionToken": auth.SUBSCRIPTION_TOKEN,
    }


def load_demo(store: Store, n_records: int = 3000, seed: int = 42) -> dict[str, Any]:
    """Load the demo (unless this store already has it) and return its credentials."""
    existing = store.user_login(DEMO_EMAIL)
    if existing is not None:
        owned = sorted(store.businesses_of(existing[0]), key=lambda b: b["id"])
        mfa = store.user_login(MFA_EMAIL)
        return credentials(existing[0], owned[0]["id"], owned[1]["id"], mfa[0] if mfa else 0)
    with store.transaction():
        now = store.now_ms()
        user, business = auth.create_user(
            store,
            now,
            email=DEMO_EMAIL,
            password=DEMO_PASSWORD,
            first="Demo",
            last="User",
            sso=("google",),
            business_name="Demo Company",
        )
        tsa = create_business(store, now, user["id"], "Demo TSA Books", "tsa")
        mfa_user, _ = auth.create_user(
            store, now, email=MFA_EMAIL, password=MFA_PASSWORD, first="Mfa", last="User", mfa_phone=MFA_PHONE
        )
        store.grant(mfa_user["id"], business["id"])
        auth.create_user(store, now, email=OTHER_EMAIL, password=OTHER_PASSWORD, first="Other", last="User")
        _load_books(store, business, n_records, random.Random(seed))  # noqa: S311 - demo data
    return credentials(user["id"], business["id"], tsa["id"], mfa_user["id"])


def _contact(store: Store, business: Doc, name: str, now: int, vendor: bool) -> Doc:
    currency = _CURRENCIES.get(name, (business["currency"], 1.0))[0]
    slug = name.lower().replace(" ", "")
    doc: Doc = {
        "id": store.new_id(),
        "business": business["id"],
        "name": name,
        "currency": currency,
        "contactInformation": {"companyName": name, "email": f"billing@{slug}.example"},
        "email": f"billing@{slug}.example",
        "phoneNumbers": None,
        "address": None,
        "organization": True,
        "receivableAccount": None,
        "payableAccount": None,
        "incomeOrExpenseAccount": None,
        "defaultTaxCode": None if vendor else "GST",
        "paymentAccount": None,
        "paymentTerms": "Net 30",
        "comments": [],
        "collaborationContext": None,
        "prefix": None,
        "removed": False,
        "archived": False,
        "parent": None,
        "groups": [],
        "linkedBusiness": None,
        "lastModified": now,
    }
    store.put("contact", doc)
    return doc


def _load_books(store: Store, business: Doc, n: int, rng: random.Random) -> None:
    base = store.now_ms()
    store.now_ms()  # keep the clock ahead of every demo timestamp below
    session = _Session(store, base - n - 1)
    accounts = books.default_accounts(store, business["id"])
    savings = next(a["id"] for a in store.docs("account", business["id"]) if a["number"] == "1010")
    customers = [_contact(store, business, name, session.now, False) for name in _CUSTOMERS]
    vendors = [_contact(store, business, name, session.now, True) for name in _VENDORS]
    group = {
        "id": store.new_id(),
        "business": business["id"],
        "name": "Key customers",
        "removed": False,
        "type": "CUSTOMER",
        "contacts": [c["id"] for c in customers[:5]],
        "lastModified": session.now,
    }
    store.put("contactGroup", group)
    open_items: dict[str, list[Doc]] = {"INVOICE": [], "BILL": []}
    start = dt.date(2025, 1, 1)
    for i in range(n):
        session.now = base - n + i
        date = (start + dt.timedelta(days=i * 365 // max(n, 1))).isoformat()
        roll = rng.random()
        payment: dict[str, Any] | None = None
        if 0.65 <= roll < 0.92:
            rtype = "INVOICE_PAYMENT" if roll < 0.80 else "BILL_PAYMENT"
            payment = _payment(rng, open_items["INVOICE" if rtype == "INVOICE_PAYMENT" else "BILL"], date)
        if payment is not None:
            data = payment | {"account": accounts["bank"]}
        elif roll < 0.40 or 0.65 <= roll < 0.80:  # (also when there was nothing to pay)
            data = _invoice_like(rng, rng.choice(customers), date, True)
            rtype = "INVOICE"
        elif roll < 0.92:
            data = _invoice_like(rng, rng.choice(vendors), date, False)
            rtype = "BILL"
        else:
            rtype = "TRANSFER"
            pair = (accounts["bank"], savings) if rng.random() < 0.5 else (savings, accounts["bank"])
            data = {
                "date": date,
                "amount": rng.randrange(10_000, 500_000),
                "fromAccount": pair[0],
                "toAccount": pair[1],
                "description": "Move funds",
            }
        doc, affected = records.build(session, business, rtype, data, None)
        records.save(session, doc, affected)
        if rtype in open_items:
            open_items[rtype].append(doc)


def _invoice_like(rng: random.Random, contact: Doc, date: str, income: bool) -> dict[str, Any]:
    currency, rate = _CURRENCIES.get(contact["name"], ("CAD", 1.0))
    lines = [
        {
            "description": rng.choice(("Consulting", "Widgets", "Support plan", "Design work", "Supplies")),
            "quantity": rng.randint(1, 5),
            "rate": rng.randrange(1_000, 200_000),
            "taxCodes": ["GST"] if rng.random() < 0.6 else [],
        }
        for _ in range(rng.randint(1, 3))
    ]
    return {
        "contact": contact["id"],
        "date": date,
        "currency": currency,
        "exchangeRate": rate,
        "lineItems": lines,
        "description": f"{'Sale to' if income else 'Purchase from'} {contact['name']}",
        "memo": None if rng.random() < 0.7 else "Thank you for your business",
    }


def _payment(rng: random.Random, open_items: list[Doc], date: str) -> dict[str, Any] | None:
    """A payment of (part of) an open invoice or bill; None when nothing is open."""
    while open_items and open_items[0]["balanceDue"] <= 0:
        open_items.pop(0)
    if not open_items:
        return None
    target = open_items[rng.randrange(min(len(open_items), 10))]
    if target["balanceDue"] <= 0:
        return None
    share = target["balanceDue"] if rng.random() < 0.6 else max(1, target["balanceDue"] // 2)
    target["balanceDue"] -= share  # the stored one is updated by save(); this is the loader's view
    return {
        "contact": target["contact"],
        "date": date,
        "amount": share,
        "currency": target["currency"],
        "allocations": [{"record": target["id"], "amount": share}],
        "method": rng.choice(("cheque", "eft", "card")),
        "description": f"Payment for {target['number']}",
    }
