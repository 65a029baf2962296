"""Bad input answers 400/401/403/404 with a JSON message, never a 500, never a partial write."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from .conftest import Api


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"[1, 2",
        b'{"amount": NaN}',
        b'{"amount": Infinity}',
        b"[]",
        b'"text"',
        b"",
        b"\xff\xfe",
        b"[" * 5000 + b"]" * 5000,
    ],
)
def test_malformed_bodies(api: Api, body: bytes) -> None:
    response = api.client.post(
        f"/businesses/{api.business}/records/invoices", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["error"] == "bad_request"


@pytest.mark.parametrize(
    "body",
    [
        {"amount": "12.50"},
        {"amount": 12.5},
        {"amount": 2**70},
        {"amount": True},
        {"lineItems": "one"},
        {"lineItems": [{"rate": 10, "quantity": "two"}]},
        {"lineItems": [{"rate": 10, "taxCodes": ["NOPE"]}]},
        {"lineItems": [{"rate": 10**14, "quantity": 10**8}]},
        {"amount": 1, "date": "yesterday"},
        {"amount": 1, "date": {"year": 2026, "month": 2, "dayOfMonth": 30}},
        {"amount": 1, "contact": "Acme"},
        {"amount": 1, "contact": 2**63},
        {"amount": 1, "contact": -4},
        {"amount": 1, "account": 4999999999},
        {"amount": 1, "currency": None},
        {"amount": 1, "description": ["x"]},
        {"amount": 1, "exchangeRate": "1.3"},
        {"amount": 1, "type": "PAYCHECK"},
    ],
)
def test_wrong_types_and_unknown_ids_are_400(api: Api, body: dict[str, Any]) -> None:
    response = api.client.post(f"/businesses/{api.business}/records/invoices", json=body)
    assert response.status_code == 400, response.text
    assert set(response.json()) == {"error", "message"}


def test_nothing_is_half_written(api: Api) -> None:
    sequences = api.get(f"/businesses/{api.business}/sequences")
    # The second line item is bad: the sequence advance and anything else of that request is rolled back.
    bad = {"lineItems": [{"rate": 100}, {"rate": "x"}]}
    api.post(f"/businesses/{api.business}/records/invoices", bad, expect=400)
    assert api.get(f"/businesses/{api.business}/sequences") == sequences
    assert api.get(f"/businesses/{api.business}/records", includeRemoved="true") == []


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/records/4999999999", 404),
        ("GET", "/records/99999999999999999999999", 404),
        ("GET", "/records/abc", 404),
        ("GET", "/businesses/-1/records", 404),
        ("GET", "/no/such/path", 404),
        ("PATCH", "/users/me", 405),
        ("DELETE", "/users/me", 405),
    ],
)
def test_unknown_paths_and_ids(api: Api, method: str, path: str, status: int) -> None:
    response = api.client.request(method, path)
    assert response.status_code == status
    assert response.json()["error"] in ("not_found", "method_not_allowed")


def test_malformed_forms_and_auth_headers(api: Api) -> None:
    base = str(api.client.base_url).rstrip("/")
    garbage = httpx.post(
        base + "/authTokens", content=b"--x\r\nbroken", headers={"Content-Type": "multipart/form-data; boundary=x"}
    )
    assert garbage.status_code in (400, 401)
    assert httpx.post(base + "/authTokens", headers={"Authorization": "Basic !!!"}).status_code == 401
    assert httpx.get(base + "/users/me", headers={"Authorization": "TOKEN json:[1]"}).status_code == 401
