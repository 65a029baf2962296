"""Real-world quirks, switched on per sandbox: mixed date and timestamp shapes, undocumented
record types, HTML and plain-text error bodies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from kashoo_sandbox.testing import RunningSandbox


def _records(sb: RunningSandbox) -> list[dict[str, Any]]:
    response = httpx.get(
        sb.base_url() + f"/businesses/{sb.demo['businessId']}/records",
        params={"limit": 200},
        headers={"Authorization": sb.token_header()},
    )
    assert response.status_code == 200
    result: list[dict[str, Any]] = response.json()
    return result


def test_without_quirks_shapes_are_uniform(sandbox: RunningSandbox) -> None:
    records = _records(sandbox)
    assert all(isinstance(r["date"], dict) and isinstance(r["creation"], str) for r in records)
    assert all(isinstance(r["lastModified"], int) for r in records)
    assert {r["type"] for r in records} <= {"INVOICE", "BILL", "INVOICE_PAYMENT", "BILL_PAYMENT", "TRANSFER"}


def test_date_and_timestamp_quirks_mix_shapes(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    sb = sandbox_factory(quirks="string-dates,mixed-timestamps")
    records = _records(sb)
    date_shapes = {type(r["date"]) for r in records}
    assert date_shapes == {dict, str}
    assert all(r["date"] == r["date"] if isinstance(r["date"], dict) else len(r["date"]) == 10 for r in records)
    assert {type(r["creation"]) for r in records} == {int, str}
    assert {type(r["lastModified"]) for r in records} == {int, str}
    # One record always looks the same.
    first = records[0]
    again = httpx.get(sb.base_url() + f"/records/{first['id']}", headers={"Authorization": sb.token_header()}).json()
    assert again == first


def test_odd_types_quirk(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    sb = sandbox_factory(quirks=["odd-types"])
    types = {r["type"] for r in _records(sb)}
    assert "CREDIT_NOTE" in types and types & {"invoice", "bill", "invoicePayment", "billPayment", "transfer"}
    assert types & {"INVOICE", "BILL"}  # most are still documented ones


def test_html_errors_quirk(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    sb = sandbox_factory(quirks="html-errors")
    bodies = [httpx.get(sb.base_url() + "/users/me") for _ in range(2)]
    assert all(r.status_code == 401 for r in bodies)
    kinds = {r.headers["content-type"].split(";")[0] for r in bodies}
    assert kinds == {"text/html", "text/plain"}
    assert any("<html>" in r.text for r in bodies)
    sb.configure(quirks=[])
    assert httpx.get(sb.base_url() + "/users/me").json()["error"] == "unauthorized"


def test_all_quirks_and_config_round_trip(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    sb = sandbox_factory(demo_records=20)
    assert sb.configure(quirks="all")["quirks"] == ["html-errors", "mixed-timestamps", "odd-types", "string-dates"]
    assert sb.config()["quirks"] == ["html-errors", "mixed-timestamps", "odd-types", "string-dates"]
