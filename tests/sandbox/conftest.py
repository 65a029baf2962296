"""Fixtures of the sandbox's own tests: API clients on the shared session sandbox."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from kashoo_sandbox.testing import RunningSandbox

from .spec_check import assert_conforms


@dataclass
class Api:
    """A client logged in as one user, on one product base, checking answers against the spec."""

    client: httpx.Client
    business: int
    user: int
    email: str
    password: str

    def request(self, method: str, path: str, expect: int = 200, check: bool = True, **kwargs: Any) -> Any:
        response = self.client.request(method, path, **kwargs)
        assert response.status_code == expect, (method, path, response.status_code, response.text[:500])
        if expect == 200 and check:
            assert_conforms(response, method, path)
        return response.json() if response.content and "json" in response.headers.get("content-type", "") else None

    def get(self, path: str, expect: int = 200, **params: Any) -> Any:
        return self.request("GET", path, expect, params=params)

    def post(self, path: str, body: Any, expect: int = 200) -> Any:
        return self.request("POST", path, expect, json=body)

    def put(self, path: str, body: Any, expect: int = 200) -> Any:
        return self.request("PUT", path, expect, json=body)

    def account(self, number: str) -> int:
        accounts = self.get(f"/businesses/{self.business}/accounts")
        return int(next(a["id"] for a in accounts if a["number"] == number))

    def contact(self, name: str, **fields: Any) -> dict[str, Any]:
        result: dict[str, Any] = self.post(f"/businesses/{self.business}/contacts", {"name": name, **fields})
        return result


def make_api(sb: RunningSandbox, product: str = "kashoo", **user_options: Any) -> Api:
    email = f"user-{uuid.uuid4().hex[:12]}@example.test"
    password = "pw-" + uuid.uuid4().hex[:8]
    ids = sb.create_user(email, password, **user_options)
    client = httpx.Client(
        base_url=sb.base_url(product), headers={"Authorization": sb.token_header(email, password)}, timeout=10
    )
    return Api(client, ids["businessId"], ids["userId"], email, password)


@pytest.fixture
def api(sandbox: RunningSandbox) -> Iterator[Api]:
    """A fresh user with their own business (nothing else in it) on the shared sandbox."""
    fresh = make_api(sandbox)
    yield fresh
    fresh.client.close()


@pytest.fixture
def demo_api(sandbox: RunningSandbox) -> Iterator[Api]:
    """The demo user, on the demo business (read-only use: other tests share it)."""
    client = httpx.Client(base_url=sandbox.base_url(), headers={"Authorization": sandbox.token_header()}, timeout=10)
    demo = sandbox.demo
    yield Api(client, demo["businessId"], demo["userId"], demo["email"], demo["password"])
    client.close()
