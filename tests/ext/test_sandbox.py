"""The acceptance scenarios against the real sandbox over loopback (kashoo_sandbox.testing)."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kashoo_api_client.api.inventory import list_inventory_items
from kashoo_api_client.api.invoices import create_invoice, list_invoices
from kashoo_api_client.api.records import list_records
from kashoo_api_client.api.users import get_me
from kashoo_api_client.models.invoice_info import InvoiceInfo
from kashoo_ext import (
    FileTokenStore,
    KashooClient,
    OAuth2Auth,
    OAuth2Tokens,
    OutcomeUnknownError,
    PasswordAuth,
    Product,
    ProductNotSupportedError,
    Retries,
    SsoAuth,
    paginate,
)

testing = pytest.importorskip("kashoo_sandbox.testing", reason="the sandbox (kashoo_sandbox) is not installed")

FAST = Retries(max_retries=8, backoff=0.001, max_backoff=0.01, max_retry_after=0.01)
RECORDS = 3000


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Any]:
    with testing.running_sandbox(demo_records=RECORDS) as running:
        yield running


def _client(sandbox: Any, product: str = "kashoo", **kwargs: Any) -> KashooClient:
    kwargs.setdefault("auth", PasswordAuth(sandbox.demo["email"], sandbox.demo["password"]))
    kwargs.setdefault("retries", FAST)
    kwargs.setdefault("rate_limit", None)
    return KashooClient(product=product, base_url=sandbox.base_url(product), **kwargs)


def _count(stats: dict[str, Any], route: str, status: str | None = None) -> int:
    by_status = stats["requests"].get(route, {})
    return sum(n for s, n in by_status.items() if status is None or s == status)


async def test_paging_thousands_with_5_percent_faults(sandbox: Any) -> None:
    business = sandbox.demo["businessId"]
    async with _client(sandbox) as kc:
        expected = [r.id async for r in paginate(list_records.asyncio_detailed, business, client=kc.api)]
        assert len(expected) >= RECORDS
        sandbox.reset_stats()
        with sandbox.configured(fault_rate=0.05):
            got = [r.id async for r in paginate(list_records.asyncio_detailed, business, client=kc.api, prefetch=2)]
    assert len(got) == len(set(got))  # every id once
    assert set(got) == set(expected)  # none missing
    stats = sandbox.stats()["requests"]["GET /businesses/{business_id}/records"]
    assert stats.get("429", 0) + stats.get("503", 0) > 0  # faults really happened


async def test_create_answered_503_after_commit_is_not_duplicated(sandbox: Any) -> None:
    business = sandbox.demo["businessId"]
    marker = f"itest-{uuid.uuid4()}"
    async with _client(sandbox) as kc:
        await get_me.asyncio(client=kc.api)  # log in before the faults start
        sandbox.reset_stats()
        body = InvoiceInfo.from_dict({"description": marker, "amount": 1234})
        with (
            sandbox.configured(post_commit_fault_rate=1.0),
            pytest.raises(OutcomeUnknownError, match="may or may not have taken effect"),
        ):
            await create_invoice.asyncio(business, client=kc.api, body=body)
        assert _count(sandbox.stats(), "POST /businesses/{business_id}/records/invoices") == 1
        invoices = paginate(list_invoices.asyncio_detailed, business, client=kc.api)
        found = [r async for r in invoices if r.description == marker]
    assert len(found) == 1  # it was stored, once


async def test_inventory_on_trulysmall_sends_nothing(sandbox: Any) -> None:
    sandbox.reset_stats()
    async with _client(sandbox, product=Product.TSA.value) as kc:
        with pytest.raises(ProductNotSupportedError):
            await list_inventory_items.asyncio(sandbox.demo["tsaBusinessId"], client=kc.api)
    assert sandbox.stats()["total"] == 0


async def test_mfa_login(sandbox: Any) -> None:
    user = sandbox.demo["mfaUser"]

    async def code() -> str:
        found = await asyncio.to_thread(sandbox.last_mfa_code, user["email"])
        assert found is not None
        return str(found)

    async with _client(sandbox, auth=PasswordAuth(user["email"], user["password"], mfa_callback=code)) as kc:
        me = await get_me.asyncio(client=kc.api)
    assert me is not None and me.id == user["userId"]


async def test_sso_login(sandbox: Any) -> None:
    sso = sandbox.demo["sso"]
    async with _client(sandbox, auth=SsoAuth(sso["provider"], sso["authCode"])) as kc:
        me = await get_me.asyncio(client=kc.api)
    assert me is not None and me.id == sandbox.demo["userId"]


class _RecordingStore(FileTokenStore):
    def __init__(self, path: Path, events: list[tuple[str, str]]) -> None:
        super().__init__(path)
        self.events = events

    async def save(self, tokens: OAuth2Tokens) -> None:
        await super().save(tokens)
        self.events.append(("saved", tokens.access_token))


class _RecordingTransport(httpx.AsyncBaseTransport):
    def __init__(self, events: list[tuple[str, str]]) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.events = events

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.events.append(("sent", request.headers.get("authorization", "")))
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


async def _authorize(kc: KashooClient, sandbox: Any) -> OAuth2Tokens:
    """The browser's part: the sandbox's HTML form, posted with the demo user's password."""
    request = kc.authorization_request()
    params = dict(httpx.URL(request.url).params)
    async with httpx.AsyncClient() as browser:
        page = await browser.get(request.url)
        assert page.status_code == 200 and "<form" in page.text
        form = {**params, "email": sandbox.demo["email"], "password": sandbox.demo["password"], "approve": "yes"}
        answer = await browser.post(kc.base_url + "/oauth2/authorize", data=form)
    assert answer.status_code == 302
    return await kc.complete_authorization(answer.headers["location"], expected_state=request.state)


async def test_oauth_refresh_with_rotation(sandbox: Any, tmp_path: Path) -> None:
    events: list[tuple[str, str]] = []
    client = sandbox.demo["oauthClient"]
    store = _RecordingStore(tmp_path / "tokens.json", events)

    def oauth() -> OAuth2Auth:
        return OAuth2Auth(client["clientId"], client["clientSecret"], redirect_uri=client["redirectUri"], store=store)

    async with _client(sandbox, auth=oauth()) as kc:
        first = await _authorize(kc, sandbox)
    # A later run finds the access token expired (by the clock; the server would still take it).
    await store.save(OAuth2Tokens(first.access_token, first.refresh_token, dt.datetime.now(dt.UTC)))
    sandbox.reset_stats()
    events.clear()
    async with _client(sandbox, auth=oauth(), transport=_RecordingTransport(events)) as kc:
        results = await asyncio.gather(*(get_me.asyncio(client=kc.api) for _ in range(100)))
    assert all(me is not None and me.id == sandbox.demo["userId"] for me in results)
    assert _count(sandbox.stats(), "POST /oauth2/token") == 1
    fresh = await store.load()
    assert fresh is not None and fresh.refresh_token != first.refresh_token
    assert events.index(("saved", fresh.access_token)) < events.index(("sent", f"Bearer {fresh.access_token}"))
    # The old refresh token was rotated away.
    async with httpx.AsyncClient() as raw:
        answer = await raw.post(
            sandbox.base_url() + "/oauth2/token",
            auth=(client["clientId"], client["clientSecret"]),
            data={"grant_type": "refresh_token", "refresh_token": first.refresh_token or ""},
        )
    assert answer.status_code == 400 and answer.json()["error"] == "invalid_grant"
