"""List filters and paging, exactly as documented, on the demo books and on fresh ones."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Api


def _all_pages(api: Api, path: str, limit: int, **params: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    while True:
        page = api.get(path, offset=len(items), limit=limit, **params)
        items += page
        if len(page) < limit:
            return items


def test_paging_is_stable_and_complete(demo_api: Api) -> None:
    path = f"/businesses/{demo_api.business}/records"
    records = _all_pages(demo_api, path, 37)
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) == 200 and ids == sorted(ids)  # default order: by id
    assert len(demo_api.get(path)) == 50  # documented default limit
    assert {r["type"] for r in records} == {"INVOICE", "BILL", "INVOICE_PAYMENT", "BILL_PAYMENT", "TRANSFER"}
    assert [r["id"] for r in demo_api.get(path, offset=190, limit=50)] == ids[190:]


def test_date_amount_search_contact_and_exclude_filters(demo_api: Api) -> None:
    path = f"/businesses/{demo_api.business}/records"
    every = _all_pages(demo_api, path, 100)
    march = demo_api.get(path, startDate="2025-03-01", endDate="2025-03-31", limit=500)
    assert march and all(r["date"]["year"] == 2025 and r["date"]["month"] == 3 for r in march)
    assert len(march) == sum(1 for r in every if (r["date"]["year"], r["date"]["month"]) == (2025, 3))
    big = demo_api.get(path, amountGe=100_000, amountLe=200_000, limit=500)
    assert big and all(100_000 <= r["amount"] <= 200_000 for r in big)
    acme = demo_api.get(path, search="acme corp", limit=500)
    assert acme and all("Acme Corp" in (r["description"] or "") + (r["contactName"] or "") for r in acme)
    contact = acme[0]["contact"]
    assert all(r["contact"] == contact for r in demo_api.get(path, contactId=contact, limit=500))
    kept = demo_api.get(path, exclude="INVOICE,billPayment,TRANSFER", limit=500)
    assert kept and {r["type"] for r in kept} <= {"BILL", "INVOICE_PAYMENT"}


def test_status_filters(demo_api: Api) -> None:
    path = f"/businesses/{demo_api.business}/records/invoices"
    paid = demo_api.get(path, status="paid", limit=500)
    unpaid = demo_api.get(path, status="unpaid", limit=500)
    total = len(demo_api.get(path, limit=500))
    assert paid and unpaid and len(paid) + len(unpaid) == total
    assert all(r["paid"] and r["balanceDue"] <= 0 for r in paid)
    assert all(not r["paid"] and r["balanceDue"] > 0 for r in unpaid)
    partly = [r for r in unpaid if r["totalPaid"] > 0]
    assert partly, "the demo has partly paid invoices"
    # Demo dates are in 2025: unpaid ones are overdue today, and none were overdue early in 2025.
    assert len(demo_api.get(path, status="overdue", limit=500)) == len(unpaid)
    assert demo_api.get(path, status="overdue", asOfDate="2025-01-15", limit=500) == []


def test_sorting(demo_api: Api) -> None:
    path = f"/businesses/{demo_api.business}/records/bills"
    by_amount = demo_api.get(path, sortColumn="amount", sortOrder="desc", limit=500)
    amounts = [r["amount"] for r in by_amount]
    assert amounts == sorted(amounts, reverse=True)
    by_date = demo_api.get(path, sortColumn="date", sortOrder="asc", limit=500)
    dates = [(r["date"]["year"], r["date"]["month"], r["date"]["dayOfMonth"]) for r in by_date]
    assert dates == sorted(dates)


def test_include_removed_and_modified_since(api: Api) -> None:
    path = f"/businesses/{api.business}/records"
    made = [api.post(f"/businesses/{api.business}/records/bills", {"amount": 100 * (i + 1)}) for i in range(4)]
    stamps = [r["lastModified"] for r in made]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4  # strictly increasing across writes
    since = api.get(path, modifiedSince=stamps[2])
    assert [r["id"] for r in since] == [made[2]["id"], made[3]["id"]]  # lastModified >= modifiedSince
    api.request("DELETE", f"/records/{made[0]['id']}", expect=204)
    assert [r["id"] for r in api.get(path)] == [r["id"] for r in made[1:]]
    removed = api.get(path, includeRemoved="true", modifiedSince=stamps[3] + 1)
    assert [(r["id"], r["removed"]) for r in removed] == [(made[0]["id"], True)]


def test_contacts_and_accounts_lists(api: Api) -> None:
    for name in ("Zeta", "Alpha", "Mid"):
        api.contact(name, email=f"{name.lower()}@example.test")
    contacts = api.get(f"/businesses/{api.business}/contacts")
    assert [c["name"] for c in contacts] == ["Zeta", "Alpha", "Mid"]
    assert [c["name"] for c in api.get(f"/businesses/{api.business}/contacts", search="alpha@")] == ["Alpha"]
    assert len(api.get(f"/businesses/{api.business}/contacts", limit=2)) == 2
    accounts = api.get(f"/businesses/{api.business}/accounts")  # limit 0 = everything
    assert len(accounts) == 14 and len(api.get(f"/businesses/{api.business}/accounts", limit=5, offset=10)) == 4


@pytest.mark.parametrize(
    "params",
    [{"limit": "-1"}, {"offset": "x"}, {"startDate": "2025-02-30"}, {"endDate": "03/01/2025"},
     {"amountGe": "1.5"}, {"status": "late"}, {"sortColumn": "password"}, {"sortOrder": "up"},
     {"includeRemoved": "maybe"}, {"modifiedSince": "yesterday"}, {"contactId": "abc"}],
)  # fmt: skip
def test_bad_list_parameters_are_400(api: Api, params: dict[str, str]) -> None:
    response = api.client.get(f"/businesses/{api.business}/records", params=params)
    assert response.status_code == 400 and response.json()["error"] == "bad_request"
