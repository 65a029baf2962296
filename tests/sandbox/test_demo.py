"""The demo data: fast to load, deterministic, every record type, consistent books."""

from __future__ import annotations

import time
from collections import Counter, defaultdict

from kashoo_sandbox.app import open_sandbox
from kashoo_sandbox.store import Store


def _summary(store: Store, business: int) -> list[tuple[object, ...]]:
    return [
        (r["id"], r["type"], r["number"], r.get("totalDue", r.get("amount")), r.get("balanceDue"), r["date"])
        for r in store.docs("record", business)
    ]


def test_3000_records_load_fast_and_deterministically() -> None:
    start = time.perf_counter()
    sandbox = open_sandbox(demo=True, demo_records=3000)
    elapsed = time.perf_counter() - start
    assert elapsed < 3.0, elapsed
    business = sandbox.demo["businessId"] if sandbox.demo else 0
    records = sandbox.store.docs("record", business)
    assert len(records) == 3000
    types = Counter(r["type"] for r in records)
    assert set(types) == {"INVOICE", "BILL", "INVOICE_PAYMENT", "BILL_PAYMENT", "TRANSFER"}
    assert {r["currency"] for r in records} >= {"CAD", "USD", "EUR"}
    invoices = [r for r in records if r["type"] == "INVOICE"]
    assert any(r["paid"] for r in invoices) and any(0 < r["totalPaid"] < r["totalDue"] for r in invoices)
    again = open_sandbox(demo=True, demo_records=3000)
    assert _summary(again.store, business) == _summary(sandbox.store, business)


def test_demo_books_balance() -> None:
    sandbox = open_sandbox(demo=True, demo_records=500)
    business = sandbox.demo["businessId"] if sandbox.demo else 0
    per_record: defaultdict[int, int] = defaultdict(int)
    entries = sandbox.store.select("journal", ["business = ?"], [business])
    for entry in entries:
        per_record[entry["record"]] += entry["debit"] - entry["credit"]
    assert len(per_record) == 500 and set(per_record.values()) == {0}
    # Balances agree with the allocations that pay them.
    for record in sandbox.store.docs("record", business):
        if record["type"] in ("INVOICE", "BILL"):
            paid = sum(a["amount"] for a in sandbox.store.allocations_to(record["id"]))
            assert record["balanceDue"] == record["totalDue"] - paid
