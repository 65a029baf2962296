"""Records (invoices, bills, payments, transfers): one generic implementation for every collection.

A record is validated and completed by `build` (totals, taxes, balances, allocations, number),
then written by `save` with its journal entries and the balances of the invoices or bills its
allocations touch, all in the request's transaction.
"""

from __future__ import annotations

import html
import math
from functools import partial
from typing import Any, Protocol

from . import access, books, fields, listing
from .errors import bad_request, not_found
from .routing import Ctx, Handler
from .store import Doc, Store
from .values import add_days, cents, is_int, number, today

COLLECTIONS = {
    "invoices": "INVOICE",
    "bills": "BILL",
    "invoicePayments": "INVOICE_PAYMENT",
    "billPayments": "BILL_PAYMENT",
    "transfers": "TRANSFER",
}
TYPES = tuple(COLLECTIONS.values())
# Old clients create records with lowercase legacy types.
TYPE_ALIASES = {t: t for t in TYPES} | {
    "invoice": "INVOICE",
    "bill": "BILL",
    "invoicePayment": "INVOICE_PAYMENT",
    "payment": "INVOICE_PAYMENT",
    "billPayment": "BILL_PAYMENT",
    "transfer": "TRANSFER",
}
PAYMENT_TARGETS = {"INVOICE_PAYMENT": "INVOICE", "BILL_PAYMENT": "BILL"}
MAX_LINES = 1000

_BASE_SPEC: fields.FieldSpec = {
    "description": "str?",
    "memo": "str?",
    "exchangeRate": "num?",
    "contact": "ref:contact?",
    "currency": "str",
    "account": "ref:account?",
    "date": "date",
    "collaborationContext": "int?",
    "number": "str?",
    "removed": "bool",
    "readOnly": "bool",
    "project": "int?",
    "projectName": "str?",
    "inboxReference": "str?",
    "allowZeroAmounts": "bool",
    "inbox": "bool",
}
_SPECS: dict[str, fields.FieldSpec] = {
    "INVOICE": _BASE_SPEC
    | {
        "terms": "str?",
        "dueDate": "date",
        "poNumber": "str?",
        "exchangePayment": "bool",
        "keepInOriginalCurrency": "bool",
    },
    "BILL": {},
    "INVOICE_PAYMENT": _BASE_SPEC | {"creditAccount": "ref:account?", "method": "str?", "byCheck": "bool"},
    "BILL_PAYMENT": {},
    "TRANSFER": _BASE_SPEC | {"fromAccount": "ref:account?", "toAccount": "ref:account?"},
}
_SPECS["BILL"] = _SPECS["INVOICE"]
_SPECS["BILL_PAYMENT"] = _SPECS["INVOICE_PAYMENT"]
# Computed by the server, or read from the body by the type's own rules below.
_SERVER = frozenset(
    {
        "id",
        "business",
        "type",
        "creation",
        "lastModified",
        "links",
        "contactName",
        "homeCurrency",
        "foreignCurrency",
        "recordAttachments",
        "allocations",
        "taxes",
        "totalDue",
        "balanceDue",
        "paid",
        "balanceDueFormatted",
        "totalDueFormatted",
        "totalBeforeTaxes",
        "taxAmounts",
        "totalLocalDue",
        "paidInvoice",
        "totalPaidImmediately",
        "totalPaidLater",
        "totalPaid",
        "income",
        "unallocatedAmount",
        "checks",
        "amount",
        "lineItems",
    }
)


def record_type(value: Any, expected: str | None) -> str:
    """The canonical type of a body's `type` (legacy spellings accepted); must match `expected`."""
    if value is None and expected:
        return expected
    rtype = TYPE_ALIASES.get(value) if isinstance(value, str) else None
    if rtype is None:
        raise bad_request(f"type must be one of {', '.join(TYPES)}")
    if expected and rtype != expected:
        raise bad_request(f"type {value} does not belong here (expected {expected})")
    return rtype


class Session(Protocol):
    """What building and saving records needs: a request's Ctx, or the demo loader's stand-in."""

    @property
    def store(self) -> Store: ...

    @property
    def now(self) -> int: ...


# ---------------------------------------------------------------- building a record
def build(ctx: Session, business: Doc, rtype: str, data: dict[str, Any], old: Doc | None) -> tuple[Doc, set[int]]:
    """The record to store, and the ids of the invoices/bills whose balances it changes."""
    bid = business["id"]
    if old is None:
        doc: Doc = {
            "id": ctx.store.new_id(),
            "business": bid,
            "type": rtype,
            "description": None,
            "memo": None,
            "contact": None,
            "account": None,
            "number": None,
            "removed": False,
            "readOnly": False,
            "inboxReference": None,
            "recordAttachments": [],
            "creation": ctx.now,
            "allowZeroAmounts": False,
        }
    else:
        doc = dict(old)
    fields.apply(ctx.store, bid, _SPECS[rtype], data, doc, _SERVER)
    if doc.get("date") is None:
        doc["date"] = today()
    home = business.get("currency", "CAD")
    doc["currency"] = doc.get("currency") or home
    doc["homeCurrency"] = home
    doc["foreignCurrency"] = doc["currency"] != home
    if doc.get("exchangeRate") is None:
        doc["exchangeRate"] = 1.0
    if old is None:
        sequence = ctx.store.next_number(bid, rtype, advance=True)
        doc["number"] = doc.get("number") or f"{books.NUMBER_PREFIXES[rtype]}{sequence:04d}"
    affected: set[int] = set()
    if rtype in ("INVOICE", "BILL"):
        _invoice_like(ctx, doc, data, old)
    elif rtype in PAYMENT_TARGETS:
        affected = _payment(ctx, doc, data, old)
    else:
        _transfer(doc, data, old)
    doc["contactName"] = ctx.store.field(doc["contact"], "name") if doc.get("contact") else None
    return doc, affected


def _invoice_like(ctx: Session, doc: Doc, data: dict[str, Any], old: Doc | None) -> None:
    doc["lineItems"] = _line_items(ctx, doc, data, old)
    rates = books.tax_codes(ctx.store, doc["business"])
    totals: dict[int, int] = {}
    for item in doc["lineItems"]:
        for code in item["taxCodes"]:
            tax = rates.get(code.upper())
            if tax is None:
                raise bad_request(f"unknown tax code {code!r}")
            totals[tax["id"]] = totals.get(tax["id"], 0) + math.floor(item["amount"] * tax["rate"] + 0.5)
    by_id = {t["id"]: t for t in rates.values()}
    doc["taxes"] = [
        {"tax": t, "taxCode": by_id[t]["name"], "name": by_id[t]["name"], "rate": by_id[t]["rate"], "amount": a}
        for t, a in totals.items()
    ]
    doc["taxAmounts"] = [{"tax": t, "name": by_id[t]["name"], "amount": a} for t, a in totals.items()]
    before = sum(item["amount"] for item in doc["lineItems"])
    doc["totalBeforeTaxes"] = before
    doc["totalDue"] = doc["amount"] = cents(before + sum(totals.values()), "total")
    doc["totalLocalDue"] = math.floor(doc["totalDue"] * doc["exchangeRate"] + 0.5)
    doc["income"] = doc["type"] == "INVOICE"
    doc.setdefault("terms", None)
    doc.setdefault("poNumber", None)
    doc.setdefault("exchangePayment", False)
    doc.setdefault("keepInOriginalCurrency", False)
    if doc.get("dueDate") is None:
        doc["dueDate"] = add_days(doc["date"], 30)
    apply_balance(doc, ctx.store.allocations_to(doc["id"]) if old else [])


def apply_balance(doc: Doc, allocations: list[Doc]) -> None:
    """An invoice's or bill's balance, from the payments allocated to it."""
    paid = sum(a["amount"] for a in allocations)
    if paid > doc["totalDue"] and doc["totalDue"] >= 0:
        raise bad_request(f"the total ({doc['totalDue']}) would be less than what was paid ({paid})")
    doc["allocations"] = allocations
    doc["totalPaid"] = doc["totalPaidLater"] = paid
    doc["totalPaidImmediately"] = 0
    doc["balanceDue"] = doc["totalDue"] - paid
    doc["paid"] = doc["paidInvoice"] = doc["balanceDue"] <= 0
    doc["totalDueFormatted"] = _money(doc["totalDue"], doc["currency"])
    doc["balanceDueFormatted"] = _money(doc["balanceDue"], doc["currency"])


def _money(amount: int, currency: str) -> str:
    return f"{'-' if amount < 0 else ''}{currency} {abs(amount) // 100:,}.{abs(amount) % 100:02d}"


def _line_items(ctx: Session, doc: Doc, data: dict[str, Any], old: Doc | None) -> list[Doc]:
    if "lineItems" in data:
        raw = data["lineItems"]
        if not isinstance(raw, list) or not all(isinstance(i, dict) for i in raw) or len(raw) > MAX_LINES:
            raise bad_request("lineItems must be a list of objects")
    elif "amount" in data or "totalDue" in data or old is None:
        amount = data.get("amount", data.get("totalDue"))
        if amount is None:
            raise bad_request("an invoice or bill needs lineItems or an amount")
        first = old["lineItems"][0] if old and old["lineItems"] else {}
        raw = [
            {
                **first,
                "description": first.get("description", doc.get("description")),
                "quantity": 1,
                "rate": amount,
                "amount": amount,
                "taxCodes": first.get("taxCodes", []),
            }
        ]
    else:
        return list(old["lineItems"])
    bid = doc["business"]
    items = []
    for item in raw:
        line = dict(item)
        line["id"] = item["id"] if is_int(item.get("id")) else ctx.store.new_id()
        for key, code in (
            ("description", "str?"),
            ("account", "ref:account?"),
            ("inventoryItem", "ref:inventory?"),
            ("taxCodes", "strs?"),  # missing or null: no taxes (normalised below)
        ):
            line[key] = fields.check(ctx.store, bid, f"lineItems.{key}", code, item.get(key))
        line["taxCodes"] = line["taxCodes"] or []
        quantity = number(item.get("quantity", 1), "lineItems.quantity")
        line["quantity"] = quantity
        if is_int(item.get("amount")):
            line["amount"] = cents(item["amount"], "lineItems.amount")
            line["rate"] = cents(item["rate"], "lineItems.rate") if "rate" in item else line["amount"]
        elif "rate" in item:
            line["rate"] = cents(item["rate"], "lineItems.rate")
            line["amount"] = cents(math.floor(quantity * line["rate"] + 0.5), "lineItems.amount")
        else:
            raise bad_request("each line item needs a rate or an amount (cents)")
        items.append(line)
    return items


def _payment(ctx: Session, doc: Doc, data: dict[str, Any], old: Doc | None) -> set[int]:
    target_type = PAYMENT_TARGETS[doc["type"]]
    amount = cents(data["amount"], "amount", allow_negative=False) if data.get("amount") is not None else None
    if amount is None and old is not None:
        amount = old["amount"]
    raw = data["allocations"] if "allocations" in data else (old or {}).get("allocations", [])
    if not isinstance(raw, list) or not all(isinstance(a, dict) for a in raw) or len(raw) > MAX_LINES:
        raise bad_request("allocations must be a list of objects")
    previous = {a["record"]: a for a in (old or {}).get("allocations", [])}
    allocations: list[Doc] = []
    targets: list[Doc] = []
    for item in raw:
        target_id = fields.ref(ctx.store, doc["business"], "allocations.record", "record", item.get("record"))
        target = ctx.store.get(target_id, "record")
        assert target is not None
        if target["type"] != target_type or target.get("removed"):
            raise bad_request(f"allocations.record {target_id} is not a {target_type.lower()} of this business")
        if any(a["record"] == target_id for a in allocations):
            raise bad_request(f"record {target_id} is allocated twice")
        share = cents(item.get("amount"), "allocations.amount", allow_negative=False)
        available = target["balanceDue"] + (previous[target_id]["amount"] if target_id in previous else 0)
        if share == 0 or share > available:
            raise bad_request(f"allocation to {target_id} must be between 1 and its balance due ({available})")
        allocation_id = previous[target_id]["id"] if target_id in previous else ctx.store.new_id()
        allocations.append({"id": allocation_id, "record": target_id, "amount": share})
        targets.append(target)
    if doc.get("contact") is None and targets:
        doc["contact"] = targets[0].get("contact")
    if doc["type"] == "BILL_PAYMENT":
        for target in targets:
            if target.get("contact") != doc.get("contact"):
                raise bad_request(f"bill {target['id']} is not a bill of this payment's contact")
    allocated = sum(a["amount"] for a in allocations)
    if amount is None:
        if not allocations:
            raise bad_request("a payment needs an amount or allocations")
        amount = allocated
    if allocated > amount:
        raise bad_request(f"allocations ({allocated}) exceed the payment amount ({amount})")
    doc["amount"] = amount
    doc["allocations"] = allocations
    doc["unallocatedAmount"] = amount - allocated
    doc.setdefault("creditAccount", None)
    doc.setdefault("method", None)
    doc.setdefault("byCheck", False)
    if doc["type"] == "BILL_PAYMENT":
        doc.setdefault("checks", [])
    return set(previous) | {a["record"] for a in allocations}


def _transfer(doc: Doc, data: dict[str, Any], old: Doc | None) -> None:
    if data.get("amount") is not None or old is None:
        doc["amount"] = cents(data.get("amount"), "amount", allow_negative=False)
    if not doc.get("fromAccount") or not doc.get("toAccount"):
        raise bad_request("a transfer needs fromAccount and toAccount")
    if doc["fromAccount"] == doc["toAccount"]:
        raise bad_request("a transfer needs two different accounts")


def save(ctx: Session, doc: Doc, affected: set[int]) -> Doc:
    """Write a record, its journal entries and allocations, and the balances they change."""
    store = ctx.store
    if doc.get("removed") and doc["type"] in ("INVOICE", "BILL") and store.allocations_to(doc["id"]):
        raise bad_request("this record has payments allocated to it; remove those first")
    new = "lastModified" not in doc
    doc["lastModified"] = ctx.now
    store.put("record", doc)
    if doc["type"] in PAYMENT_TARGETS:
        store.replace_allocations(doc, [] if doc.get("removed") else doc["allocations"])
    store.replace_journal(doc["id"], books.journal(store, doc), ctx.now, new=new)
    for target_id in sorted(affected):
        target = store.get(target_id, "record")
        if target is not None:
            apply_balance(target, store.allocations_to(target_id))
            target["lastModified"] = ctx.now
            store.put("record", target)
    return doc


def show(ctx: Ctx, doc: Doc) -> Doc:
    return {**doc, "links": [{"rel": "self", "href": f"{ctx.base_url}/records/{doc['id']}", "type": "GET"}]}


# ---------------------------------------------------------------- handlers
def list_records(rtype: str | None, ctx: Ctx) -> list[Doc]:
    business = access.path_business(ctx)["id"]
    page = listing.page(ctx, 50, listing.DOC_SORTS)
    page.add("kind = 'record'")
    page.add("business = ?", business)
    if rtype:
        page.add("type = ?", rtype)
    excluded = {TYPE_ALIASES.get(t.strip(), t.strip().upper()) for t in (ctx.query("exclude") or "").split(",")}
    excluded.discard("")
    if excluded:
        page.add(f"type NOT IN ({','.join('?' * len(excluded))})", *sorted(excluded))
    for add_filter in (
        listing.date_range,
        listing.search,
        listing.amounts,
        listing.status,
        listing.removed_and_modified,
        listing.contact,
    ):
        add_filter(ctx, page)
    docs = ctx.store.select("docs", page.where, page.params, page.order, page.limit, page.offset)
    return [show(ctx, d) for d in docs]


def create(rtype: str, ctx: Ctx) -> Doc:
    business = access.path_business(ctx)
    data = ctx.json_object()
    record_type(data.get("type"), rtype)
    doc, affected = build(ctx, business, rtype, data, None)
    return show(ctx, save(ctx, doc, affected))


def _load(ctx: Ctx, rtype: str | None) -> Doc:
    record_id = ctx.path_id("record_id")
    if rtype is None:
        return access.owned(ctx, record_id, "record", "record")
    doc = access.in_business(ctx, ctx.path_id("business_id"), record_id, "record", "record")
    if doc["type"] != rtype:
        raise not_found(rtype.lower().replace("_", " "))
    return doc


def _update(ctx: Ctx, old: Doc, data: dict[str, Any]) -> Doc:
    if data.get("id") not in (None, old["id"]):
        raise bad_request("id in the body does not match the record")
    record_type(data.get("type"), old["type"])
    business = ctx.store.get(old["business"], "business")
    assert business is not None
    doc, affected = build(ctx, business, old["type"], data, old)
    return save(ctx, doc, affected)


def get(rtype: str | None, ctx: Ctx) -> Doc:
    return show(ctx, _load(ctx, rtype))


def update(rtype: str | None, ctx: Ctx) -> Doc:
    old = _load(ctx, rtype)
    return show(ctx, _update(ctx, old, ctx.json_object()))


def delete(rtype: str | None, ctx: Ctx) -> None:
    """Soft delete: the record stays, `removed: true`, hidden from lists unless includeRemoved."""
    old = _load(ctx, rtype)
    if not old.get("removed"):
        _update(ctx, old, {"removed": True})


def _batch(ctx: Ctx) -> list[tuple[Doc, dict[str, Any]]]:
    """The records a batch names (with their bodies): all of one business, or 400."""
    items = ctx.json_list()
    if len(items) > 10_000:
        raise bad_request("at most 10000 records per batch")
    result: list[tuple[Doc, dict[str, Any]]] = []
    for item in items:
        if not isinstance(item, dict) or not is_int(item.get("id")) or not 0 < item["id"] < 2**63:
            raise bad_request("each record of a batch must be an object with an id")
        result.append((access.owned(ctx, item["id"], "record", "record"), item))
    if len({doc["business"] for doc, _ in result}) > 1:
        raise bad_request("all records of a batch must belong to the same business")
    return result


def batch_update(ctx: Ctx) -> list[Doc]:
    # One at a time, in order, like the books engine; later items see earlier ones' effects.
    return [
        show(ctx, _update(ctx, access.owned(ctx, doc["id"], "record", "record"), item)) for doc, item in _batch(ctx)
    ]


def unprocess(ctx: Ctx) -> list[Doc]:
    """Back to the inbox (TrulySmall): the records are marked `inbox: true`."""
    return [show(ctx, _update(ctx, doc, {"inbox": True})) for doc, _ in _batch(ctx)]


def send_invoice(ctx: Ctx) -> Doc:
    doc = access.owned(ctx, ctx.path_id("record_id"), "record", "record")
    if doc["type"] != "INVOICE":
        raise bad_request("only invoices can be sent")
    form = ctx.form
    to = form.get("to")
    if not to:
        contact = ctx.store.get(doc["contact"], "contact") if doc.get("contact") else None
        to = (contact or {}).get("email") or ((contact or {}).get("contactInformation") or {}).get("email")
    if not to:
        raise bad_request("no recipient: give `to`, or set the contact's email")
    preview = form.get("preview", "").lower() in ("true", "1", "yes")
    subject = f"Invoice {doc.get('number') or doc['id']}"
    message = form.get("message") or "Please find your invoice attached."
    body = (
        f"<html><body><p>{html.escape(message)}</p><p>{subject}: amount due "
        f"{doc['balanceDueFormatted']}, due {doc['dueDate']}.</p></body></html>"
    )
    if not preview:
        sent = dict(doc, sent=True, lastSentTo=to)
        sent["lastModified"] = ctx.now
        ctx.store.put("record", sent)
    return {"sent": not preview, "to": to, "subject": subject, "body": body}


def handlers(rtype: str | None) -> dict[str, Handler]:
    result: dict[str, Handler] = {
        "list": partial(list_records, rtype),
        "get": partial(get, rtype),
        "update": partial(update, rtype),
        "delete": partial(delete, rtype),
    }
    if rtype:
        result["create"] = partial(create, rtype)
    return result
