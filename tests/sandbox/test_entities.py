"""Businesses' other collections: contacts, contact groups, accounts, taxes, sequences, plans,
contract invoices, and inventory (Kashoo classic only)."""

from __future__ import annotations

import httpx

from kashoo_sandbox.testing import RunningSandbox

from .conftest import Api, make_api
from .spec_check import assert_schema


def test_contacts_create_get_update(api: Api) -> None:
    contact = api.contact("Acme", contactInformation={"firstName": "Wile", "email": "wile@acme.example"})
    assert contact["business"] == api.business and contact["currency"] == "CAD" and contact["groups"] == []
    assert api.get(f"/contacts/{contact['id']}") == contact
    updated = api.put(
        f"/contacts/{contact['id']}", {"email": "ap@acme.example", "receivableAccount": api.account("1200")}
    )
    assert updated["email"] == "ap@acme.example" and updated["lastModified"] > contact["lastModified"]
    named = api.post(f"/businesses/{api.business}/contacts", {"contactInformation": {"companyName": "Globex"}})
    assert named["name"] == "Globex"
    api.post(f"/businesses/{api.business}/contacts", {"email": "no-name@example.test"}, expect=400)
    api.put(f"/contacts/{contact['id']}", {"name": None}, expect=400)
    api.put(f"/contacts/{contact['id']}", {"payableAccount": 4999999999}, expect=400)
    api.get("/contacts/4999999999", expect=404)


def test_contact_groups(api: Api) -> None:
    a, b = api.contact("A"), api.contact("B")
    group = api.post(f"/businesses/{api.business}/contactGroups", {"name": "VIP", "contacts": [a["id"], b["id"]]})
    assert group["contacts"] == [a["id"], b["id"]]
    assert api.get(f"/businesses/{api.business}/contactGroups") == [group]
    api.post(f"/businesses/{api.business}/contactGroups", {"name": ""}, expect=400)
    api.post(f"/businesses/{api.business}/contactGroups", {"name": "X", "contacts": [123]}, expect=400)
    assert api.put(f"/contacts/{a['id']}", {"groups": [group["id"]]})["groups"] == [group["id"]]


def test_seeded_chart_and_account_crud(api: Api) -> None:
    accounts = api.get(f"/businesses/{api.business}/accounts")
    types = {a["number"]: a["type"] for a in accounts}
    assert types["1000"] == "ASSET" and types["1200"] == "ASSET" and types["2000"] == "LIABILITY"
    assert types["2200"] == "LIABILITY" and types["3000"] == "EQUITY" and types["4000"] == "INCOME"
    assert types["6000"] == "EXPENSE"
    created = api.post(f"/businesses/{api.business}/accounts", {"name": "Travel", "number": "6300", "type": "EXPENSE"})
    assert created["nameAndNumber"] == "6300 Travel" and created["system"] is False
    assert api.get(f"/accounts/{created['id']}") == created
    archived = api.put(f"/accounts/{created['id']}", {"archived": True, "name": "Trips"})
    assert archived["nameAndNumber"] == "6300 Trips"
    assert created["id"] not in {a["id"] for a in api.get(f"/businesses/{api.business}/accounts")}
    assert created["id"] in {a["id"] for a in api.get(f"/businesses/{api.business}/accounts", archived="true")}
    # System accounts keep their number.
    bank = api.account("1000")
    assert api.put(f"/accounts/{bank}", {"number": "9999", "name": "Main bank"})["number"] == "1000"
    api.post(f"/businesses/{api.business}/accounts", {"number": "1"}, expect=400)


def test_taxes_sequences_plans_and_contract_invoices(api: Api) -> None:
    legacy = api.get(f"/businesses/{api.business}/taxes")
    assert {t["name"]: t["rate"] for t in legacy} == {"GST": 0.05, "PST": 0.07}
    assert all("rates" not in t for t in legacy)
    # The spec's item schema there is oneOf [TaxCompositeInfo, LegacyTaxInfo], and a composite tax is
    # valid under both (LegacyTaxInfo neither requires nor forbids anything), so check the items one by one.
    composite = api.request("GET", f"/businesses/{api.business}/taxes", check=False, params={"version": 2})
    for tax in composite:
        assert_schema(tax, "TaxCompositeInfo")
    assert composite == api.get(f"/businesses/{api.business}/taxes/composite")
    assert all(t["rates"][0]["rate"] == t2["rate"] for t, t2 in zip(composite, legacy, strict=True))
    sequences = api.get(f"/businesses/{api.business}/sequences")
    assert {s["type"] for s in sequences} == {"INVOICE", "BILL", "INVOICE_PAYMENT", "BILL_PAYMENT", "TRANSFER"}
    plans = api.get(f"/businesses/{api.business}/plans", inviteCode="FRIEND")
    assert any(p["free"] for p in plans) and all(p["id"] > 2**32 for p in plans)
    contract = api.get(f"/businesses/{api.business}/contract/invoices")
    assert len(contract) == 6 and all(c["business"] == api.business for c in contract)
    assert len(api.get(f"/businesses/{api.business}/contract/invoices", limit=2, offset=1)) == 2
    first = contract[0]["date"]
    day = f"{first['year']:04d}-{first['month']:02d}-{first['dayOfMonth']:02d}"
    assert len(api.get(f"/businesses/{api.business}/contract/invoices", startDate=day, endDate=day)) == 1


def test_inventory_is_kashoo_only(sandbox: RunningSandbox, api: Api) -> None:
    base = f"/businesses/{api.business}/inventory"
    item = api.post(base, {"name": "Widget", "sku": "W-1", "defaultSellRate": 12.5, "tracked": True})
    assert item["links"][0]["href"].endswith(f"{base}/{item['id']}")
    assert api.get(f"{base}/{item['id']}") == item
    assert api.put(f"{base}/{item['id']}", {"sku": "W-2"})["sku"] == "W-2"
    assert api.get(base)[0]["id"] == item["id"]
    removed = api.request("DELETE", f"{base}/{item['id']}")
    assert removed["removed"] is True and api.get(base) == []
    api.post(base, {"sku": "no name"}, expect=400)
    # The same paths under TrulySmall do not exist.
    tsa = httpx.get(sandbox.base_url("tsa") + base, headers=dict(api.client.headers))
    assert tsa.status_code == 404 and tsa.json()["error"] == "not_found"
    # An invoice line can name an inventory item of the business.
    other = make_api(sandbox)
    line = {"description": "Widget", "rate": 100, "inventoryItem": item["id"]}
    assert api.post(f"/businesses/{api.business}/records/invoices", {"lineItems": [line]})["totalDue"] == 100
    other.post(f"/businesses/{other.business}/records/invoices", {"lineItems": [line]}, expect=400)
    other.client.close()
