"""Records and the books over real HTTP: invoices, bills, payments, transfers, allocations,
balances, journal entries, sequences, soft delete, batch update, unprocess, send."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import httpx

from kashoo_sandbox.testing import RunningSandbox

from .conftest import Api, make_api


def _invoice(api: Api, contact: int, **fields: Any) -> dict[str, Any]:
    body = {"contact": contact, "date": "2026-03-01", "lineItems": [{"description": "Work", "quantity": 2, "rate": 5000,
            "taxCodes": ["GST"]}]} | fields  # fmt: skip
    result: dict[str, Any] = api.post(f"/businesses/{api.business}/records/invoices", body)
    return result


def _journal_balances(entries: list[dict[str, Any]]) -> dict[int, int]:
    per_record: dict[int, int] = defaultdict(int)
    for entry in entries:
        per_record[entry["record"]] += entry["debit"] - entry["credit"]
    return per_record


def test_invoice_totals_taxes_sequence_and_round_trip(api: Api) -> None:
    customer = api.contact("Acme")
    invoice = _invoice(api, customer["id"])
    assert invoice["type"] == "INVOICE" and invoice["id"] > 2**32
    assert invoice["number"] == "INV-0001"
    assert invoice["totalBeforeTaxes"] == 10000
    assert invoice["taxes"][0]["name"] == "GST" and invoice["taxes"][0]["amount"] == 500
    assert invoice["totalDue"] == invoice["balanceDue"] == invoice["amount"] == 10500
    assert invoice["paid"] is False and invoice["contactName"] == "Acme"
    assert invoice["date"]["year"] == 2026 and invoice["date"]["monthEnum"] == "MARCH"  # a TransferDate
    assert invoice["dueDate"]["month"] == 3 and invoice["dueDate"]["dayOfMonth"] == 31  # 30 days later
    assert isinstance(invoice["lastModified"], int) and isinstance(invoice["creation"], str)
    sequences = {s["type"]: s["number"] for s in api.get(f"/businesses/{api.business}/sequences")}
    assert sequences["INVOICE"] == "INV-0002" and sequences["BILL"] == "BILL-0001"
    assert _invoice(api, customer["id"])["number"] == "INV-0002"
    got = api.get(f"/businesses/{api.business}/records/invoices/{invoice['id']}")
    assert got == api.get(f"/records/{invoice['id']}") == invoice


def test_update_changes_totals_and_last_modified(api: Api) -> None:
    invoice = _invoice(api, api.contact("Acme")["id"])
    path = f"/businesses/{api.business}/records/invoices/{invoice['id']}"
    updated = api.put(path, {"memo": "rush", "lineItems": [{"description": "More", "rate": 30000}]})
    assert updated["memo"] == "rush" and updated["totalDue"] == 30000 and updated["taxes"] == []
    assert updated["lastModified"] > invoice["lastModified"] and updated["number"] == invoice["number"]
    assert api.put(f"/records/{invoice['id']}", {"description": "via records"})["description"] == "via records"
    api.put(path, {"type": "BILL"}, expect=400)
    api.put(path, {"id": invoice["id"] + 1}, expect=400)


def test_legacy_create_bodies_are_accepted(api: Api) -> None:
    vendor = api.contact("Hydro")
    bill = api.post(
        f"/businesses/{api.business}/records/bills",
        {"type": "bill", "contact": vendor["id"], "date": "2026-02-03", "amount": 1234},
    )
    assert bill["type"] == "BILL" and bill["totalDue"] == 1234 and bill["date"]["dayOfMonth"] == 3
    transfer_date = {"year": 2026, "month": 2, "dayOfMonth": 28}
    bill2 = api.post(f"/businesses/{api.business}/records/bills", {"contact": vendor["id"], "date": transfer_date,
                                                                     "amount": 10})  # fmt: skip
    assert bill2["date"]["lastDayOfMonth"] is True
    payment = api.post(
        f"/businesses/{api.business}/records/billPayments",
        {"type": "billPayment", "contact": vendor["id"], "date": "2026-02-10",
         "allocations": [{"record": bill["id"], "amount": 1234}]},
    )  # fmt: skip
    assert payment["type"] == "BILL_PAYMENT" and payment["amount"] == 1234 and payment["unallocatedAmount"] == 0
    api.post(f"/businesses/{api.business}/records/bills", {"type": "invoice", "amount": 5}, expect=400)
    api.post(f"/businesses/{api.business}/records/bills", {"amount": 5, "date": "2026-13-01"}, expect=400)


def test_payments_allocate_and_balances_follow(api: Api) -> None:
    customer = api.contact("Acme")
    invoice = _invoice(api, customer["id"])  # 10500 due
    base = f"/businesses/{api.business}/records/invoicePayments"
    first = api.post(
        base, {"date": "2026-03-05", "amount": 4000, "allocations": [{"record": invoice["id"], "amount": 4000}]}
    )
    assert first["contact"] == customer["id"]  # taken from the invoice paid
    after_first = api.get(f"/records/{invoice['id']}")
    assert after_first["balanceDue"] == 6500 and after_first["paid"] is False
    assert after_first["allocations"][0]["payment"] == first["id"]
    assert after_first["lastModified"] > invoice["lastModified"]
    # More than the balance, or more than the payment, is refused (and nothing changes).
    api.post(base, {"amount": 9000, "allocations": [{"record": invoice["id"], "amount": 9000}]}, expect=400)
    api.post(base, {"amount": 100, "allocations": [{"record": invoice["id"], "amount": 200}]}, expect=400)
    second = api.post(base, {"amount": 7000, "allocations": [{"record": invoice["id"], "amount": 6500}]})
    assert second["unallocatedAmount"] == 500
    paid = api.get(f"/records/{invoice['id']}")
    assert paid["balanceDue"] == 0 and paid["paid"] is True and paid["totalPaid"] == 10500
    statuses = {r["id"] for r in api.get(f"/businesses/{api.business}/records/invoices", status="paid")}
    assert invoice["id"] in statuses
    # An invoice with payments cannot be deleted; deleting a payment reopens the invoice.
    api.request("DELETE", f"/records/{invoice['id']}", expect=400)
    api.request("DELETE", f"/records/{second['id']}", expect=204)
    reopened = api.get(f"/records/{invoice['id']}")
    assert reopened["balanceDue"] == 6500 and reopened["paid"] is False
    # Changing an allocation through an update moves the balance too.
    api.put(f"/records/{first['id']}", {"allocations": [{"record": invoice["id"], "amount": 1000}]})
    assert api.get(f"/records/{invoice['id']}")["balanceDue"] == 9500


def test_bill_payments_must_pay_bills_of_their_contact(api: Api) -> None:
    hydro, telco = api.contact("Hydro"), api.contact("Telco")
    bill = api.post(f"/businesses/{api.business}/records/bills", {"contact": hydro["id"], "amount": 800})
    base = f"/businesses/{api.business}/records/billPayments"
    api.post(base, {"contact": telco["id"], "amount": 800, "allocations": [{"record": bill["id"], "amount": 800}]},
             expect=400)  # fmt: skip
    invoice = _invoice(api, hydro["id"])
    api.post(base, {"contact": hydro["id"], "amount": 5, "allocations": [{"record": invoice["id"], "amount": 5}]},
             expect=400)  # an invoice is not a bill  # fmt: skip
    paid = api.post(
        base, {"contact": hydro["id"], "amount": 800, "allocations": [{"record": bill["id"], "amount": 800}]}
    )
    assert paid["allocations"][0]["record"] == bill["id"]
    assert api.get(f"/records/{bill['id']}")["paid"] is True


def test_transfers_and_journal_entries_balance(api: Api) -> None:
    bank, savings = api.account("1000"), api.account("1010")
    transfer = api.post(
        f"/businesses/{api.business}/records/transfers",
        {"fromAccount": bank, "toAccount": savings, "amount": 2500, "date": "2026-04-01"},
    )
    assert transfer["type"] == "TRANSFER" and transfer["number"] == "TRF-0001"
    assert [t["id"] for t in api.get(f"/businesses/{api.business}/records/transfers")] == [transfer["id"]]
    api.post(f"/businesses/{api.business}/records/transfers", {"fromAccount": bank, "toAccount": bank, "amount": 1},
             expect=400)  # fmt: skip
    customer = api.contact("Acme")
    invoice = _invoice(api, customer["id"])
    api.post(f"/businesses/{api.business}/records/invoicePayments",
             {"amount": 10500, "allocations": [{"record": invoice["id"], "amount": 10500}]})  # fmt: skip
    entries = []
    for number in ("1000", "1010", "1200", "2200", "4000"):
        entries += api.get(f"/accounts/{api.account(number)}/journalEntries")
    assert entries and all(balance == 0 for balance in _journal_balances(entries).values())
    savings_entries = api.get(f"/accounts/{savings}/journalEntries")
    assert [(e["debit"], e["credit"]) for e in savings_entries] == [(2500, 0)]
    by_contact = api.get(f"/contacts/{customer['id']}/journalEntries")
    assert {e["record"] for e in by_contact} >= {invoice["id"]}
    receivable = api.get(f"/accounts/{api.account('1200')}/contactJournalEntries", contactId=customer["id"])
    assert sum(e["debit"] - e["credit"] for e in receivable) == 0  # invoiced, then paid in full
    assert api.get(f"/accounts/{api.account('1200')}/journalEntries", amountGe=10000, amountLe=10500)


def test_soft_delete_hides_unless_include_removed(api: Api) -> None:
    invoice = _invoice(api, api.contact("Acme")["id"])
    assert api.request("DELETE", f"/records/{invoice['id']}", expect=204) is None
    assert api.get(f"/businesses/{api.business}/records") == []
    removed = api.get(f"/businesses/{api.business}/records", includeRemoved="true")
    assert [r["id"] for r in removed] == [invoice["id"]] and removed[0]["removed"] is True
    assert api.get(f"/records/{invoice['id']}")["removed"] is True
    assert api.get(f"/accounts/{api.account('1200')}/journalEntries") == []  # out of the books
    api.request("DELETE", f"/records/{invoice['id']}", expect=204)  # idempotent


def test_typed_paths_only_serve_their_type(sandbox: RunningSandbox, api: Api) -> None:
    bill = api.post(f"/businesses/{api.business}/records/bills", {"amount": 5})
    api.get(f"/businesses/{api.business}/records/invoices/{bill['id']}", expect=404)
    assert api.get(f"/businesses/{api.business}/records/bills/{bill['id']}")["id"] == bill["id"]
    other = make_api(sandbox)
    api.get(f"/businesses/{other.business}/records/bills/{bill['id']}", expect=403)
    other.get(f"/businesses/{other.business}/records/bills/{bill['id']}", expect=404)  # not in that business
    other.client.close()


def test_batch_update_is_all_of_one_business(sandbox: RunningSandbox, api: Api) -> None:
    contact = api.contact("Acme")
    first, second = _invoice(api, contact["id"]), _invoice(api, contact["id"])
    updated = api.put("/records/batch", [{"id": first["id"], "memo": "a"}, {"id": second["id"], "memo": "b"}])
    assert [(r["id"], r["memo"]) for r in updated] == [(first["id"], "a"), (second["id"], "b")]
    demo_record = httpx.get(
        sandbox.base_url() + f"/businesses/{sandbox.demo['businessId']}/records",
        params={"limit": 1},
        headers={"Authorization": sandbox.token_header()},
    ).json()[0]
    # Another user's record: 403, and the first item is not half-applied.
    api.put("/records/batch", [{"id": first["id"], "memo": "x"}, {"id": demo_record["id"]}], expect=403)
    assert api.get(f"/records/{first['id']}")["memo"] == "a"
    api.put("/records/batch", [{"memo": "no id"}], expect=400)
    api.put("/records/batch", {"id": first["id"]}, expect=400)
    # Two businesses of one user in one batch: 400.
    demo = httpx.Client(base_url=sandbox.base_url(), headers={"Authorization": sandbox.token_header()})
    tsa_bill = demo.post(f"/businesses/{sandbox.demo['tsaBusinessId']}/records/bills", json={"amount": 3}).json()
    mixed = demo.put("/records/batch", json=[{"id": demo_record["id"]}, {"id": tsa_bill["id"]}])
    assert mixed.status_code == 400
    demo.close()


def test_unprocess_is_trulysmall_only(sandbox: RunningSandbox) -> None:
    tsa = make_api(sandbox, product="tsa")
    invoice = _invoice(tsa, tsa.contact("Acme")["id"])
    back = tsa.post("/records/unprocess", [{"id": invoice["id"]}])
    assert back[0]["inbox"] is True
    kashoo = httpx.post(
        sandbox.base_url("kashoo") + "/records/unprocess",
        json=[{"id": invoice["id"]}],
        headers=dict(tsa.client.headers),
    )
    assert kashoo.status_code == 404
    tsa.client.close()


def test_send_invoice_and_preview(api: Api) -> None:
    customer = api.contact("Acme", email="ap@acme.example")
    invoice = _invoice(api, customer["id"])
    preview = api.request("POST", f"/records/{invoice['id']}/send", data={"preview": "true", "message": "Hi <b>"})
    assert preview["sent"] is False and preview["to"] == "ap@acme.example" and "Hi &lt;b&gt;" in preview["body"]
    assert "sent" not in api.get(f"/records/{invoice['id']}")
    sent = api.request("POST", f"/records/{invoice['id']}/send", data={"to": "boss@acme.example"})
    assert sent["sent"] is True and sent["to"] == "boss@acme.example"
    assert api.get(f"/records/{invoice['id']}")["sent"] is True
    bill = api.post(f"/businesses/{api.business}/records/bills", {"amount": 5})
    api.request("POST", f"/records/{bill['id']}/send", expect=400, data={"to": "x@y.z"})
