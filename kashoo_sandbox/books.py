"""The accounting side: a new business's books (chart of accounts, taxes) and journal entries.

Every record posts journal entries whose debits equal its credits. The system accounts a
record posts to by default (bank, receivable, payable, sales, expenses, tax) are found by
their fixed numbers in the seeded chart.
"""

from __future__ import annotations

from typing import Any

from .store import Doc, Store

# (number, name, type, role). Accounts with a role are system accounts.
CHART: tuple[tuple[str, str, str, str | None], ...] = (
    ("1000", "Chequing", "ASSET", "bank"),
    ("1010", "Savings", "ASSET", None),
    ("1200", "Accounts Receivable", "ASSET", "receivable"),
    ("1300", "Inventory", "ASSET", None),
    ("2000", "Accounts Payable", "LIABILITY", "payable"),
    ("2200", "Sales Tax Payable", "LIABILITY", "tax"),
    ("3000", "Owner's Equity", "EQUITY", "equity"),
    ("3900", "Retained Earnings", "EQUITY", None),
    ("4000", "Sales", "INCOME", "sales"),
    ("4100", "Other Income", "INCOME", None),
    ("5000", "Cost of Goods Sold", "EXPENSE", None),
    ("6000", "General Expenses", "EXPENSE", "expense"),
    ("6100", "Office Supplies", "EXPENSE", None),
    ("6200", "Rent", "EXPENSE", None),
)
ROLE_NUMBERS = {role: number for number, _, _, role in CHART if role}
CREDIT_NORMAL = frozenset({"LIABILITY", "EQUITY", "INCOME"})

# (name, description, rate). Legacy taxes are single-rate; their composite view has `rates`.
TAXES = (("GST", "Goods and Services Tax", 0.05), ("PST", "Provincial Sales Tax", 0.07))

NUMBER_PREFIXES = {
    "INVOICE": "INV-",
    "BILL": "BILL-",
    "INVOICE_PAYMENT": "PMT-",
    "BILL_PAYMENT": "BP-",
    "TRANSFER": "TRF-",
}


def account_doc(store: Store, business: int, now: int, number: str | None, name: str, atype: str | None) -> Doc:
    return {
        "id": store.new_id(),
        "business": business,
        "name": name,
        "description": None,
        "number": number,
        "type": atype,
        "standardTerms": None,
        "removed": False,
        "readOnly": False,
        "archived": False,
        "normalBalanceCredit": atype in CREDIT_NORMAL,
        "system": False,
        "parent": None,
        "nameAndNumber": f"{number} {name}" if number else name,
        "lastModified": now,
    }


def seed_books(store: Store, business: int, now: int) -> None:
    """The chart of accounts and taxes a new business starts with."""
    accounts = []
    for number, name, atype, role in CHART:
        doc = account_doc(store, business, now, number, name, atype)
        doc["system"] = role is not None
        accounts.append(doc)
    store.put_many("account", accounts)
    tax_account = next(a["id"] for a in accounts if a["number"] == ROLE_NUMBERS["tax"])
    taxes = [
        {
            "id": store.new_id(),
            "business": business,
            "name": name,
            "description": description,
            "rate": rate,
            "compound": False,
            "recoverable": True,
            "registered": True,
            "registrationNumber": None,
            "system": True,
            "archived": False,
            "removed": False,
            "account": tax_account,
            "lastModified": now,
        }
        for name, description, rate in TAXES
    ]
    store.put_many("tax", taxes)


def default_accounts(store: Store, business: int) -> dict[str, int]:
    """role → account id of a business's system accounts (their numbers never change)."""
    key = ("default_accounts", business)
    found: dict[str, int] | None = store.cache.get(key)
    if found is None:
        by_number = {a.get("number"): a["id"] for a in store.docs("account", business, include_removed=True)}
        found = {role: by_number[n] for role, n in ROLE_NUMBERS.items() if n in by_number}
        store.cache[key] = found
    return found


def tax_codes(store: Store, business: int) -> dict[str, Doc]:
    """A business's taxes by upper-case name and by id (taxes are seeded once, never edited)."""
    key = ("tax_codes", business)
    found: dict[str, Doc] | None = store.cache.get(key)
    if found is None:
        found = {}
        for tax in store.docs("tax", business):
            found[tax["name"].upper()] = found[str(tax["id"])] = tax
        store.cache[key] = found
    return found


def composite_tax(tax: Doc) -> Doc:
    """The v2 (composite) view of a tax: its single rate as a one-item `rates` list."""
    config = {
        "id": tax["id"],
        "business": tax["business"],
        "tax": tax["id"],
        "payableAccount": tax.get("account"),
        "receivableAccount": tax.get("account"),
        "expenseAccount": None,
        "archived": False,
    }
    return {
        "id": tax["id"],
        "business": tax["business"],
        "name": tax["name"],
        "description": tax.get("description"),
        "lazyRounding": False,
        "system": tax.get("system", False),
        "removed": tax.get("removed", False),
        "archived": tax.get("archived", False),
        "canBeRegistered": True,
        "canBeRecovered": tax.get("recoverable", False),
        "registeredDefault": tax.get("registered", False),
        "recoveredDefault": tax.get("recoverable", False),
        "rates": [
            {
                "id": tax["id"],
                "tax": tax["id"],
                "rate": tax["rate"],
                "startDate": "2000-01-01",
                "endDate": None,
                "compound": tax.get("compound", False),
                "archived": False,
                "removed": False,
                "regions": [],
                "period": None,
            }
        ],
        "accounts": config,
        "configuration": [],
    }


def legacy_tax(tax: Doc) -> Doc:
    return {k: v for k, v in tax.items() if k not in ("account", "lastModified")}


# ---------------------------------------------------------------- journal entries
def journal(store: Store, record: Doc) -> list[Doc]:
    """The balanced journal entries a record posts (none for a removed one)."""
    if record.get("removed"):
        return []
    accounts = default_accounts(store, record["business"])
    rtype = record["type"]
    lines: list[tuple[int, int]] = []  # (account, signed amount: + debit, - credit)
    if rtype in ("INVOICE", "BILL"):
        sign = 1 if rtype == "INVOICE" else -1
        lines.append((accounts["receivable" if sign > 0 else "payable"], sign * record["totalDue"]))
        fallback = accounts["sales" if sign > 0 else "expense"]
        lines.extend((item.get("account") or fallback, -sign * item["amount"]) for item in record["lineItems"])
        lines.extend((accounts["tax"], -sign * tax["amount"]) for tax in record["taxes"])
    elif rtype in ("INVOICE_PAYMENT", "BILL_PAYMENT"):
        sign = 1 if rtype == "INVOICE_PAYMENT" else -1
        lines.append((record.get("account") or accounts["bank"], sign * record["amount"]))
        lines.append((accounts["receivable" if sign > 0 else "payable"], -sign * record["amount"]))
    elif rtype == "TRANSFER":
        lines.append((record.get("toAccount") or accounts["bank"], record["amount"]))
        lines.append((record.get("fromAccount") or accounts["bank"], -record["amount"]))
    return [_entry(store, record, account, amount) for account, amount in lines if amount]


def _entry(store: Store, record: Doc, account: int, amount: int) -> Doc:
    entry: dict[str, Any] = {
        "id": store.new_id(),
        "business": record["business"],
        "record": record["id"],
        "recordType": record["type"],
        "recordNumber": record.get("number"),
        "account": account,
        "contact": record.get("contact"),
        "date": record.get("date"),
        "description": record.get("description"),
        "debit": max(amount, 0),
        "credit": max(-amount, 0),
        "currency": record.get("currency"),
    }
    return entry
