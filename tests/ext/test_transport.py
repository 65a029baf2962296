"""Retries, backoff, Retry-After, what is safe to repeat, and the rate limiter."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import httpx
import pytest

from kashoo_api_client.api.invoices import create_invoice
from kashoo_api_client.api.records import list_records
from kashoo_api_client.models.invoice_info import InvoiceInfo
from kashoo_ext import (
    BearerAuth,
    NetworkError,
    OutcomeUnknownError,
    RateLimiter,
    RateLimitError,
    Retries,
    RetryTransport,
    ServerError,
    TimeoutError,
)
from kashoo_ext.errors import parse_retry_after

from .fakes import BUSINESS_ID, FakeKashoo


def _sequence(*outcomes: int | type[Exception]) -> Callable[[httpx.Request], httpx.Response]:
    """A handler answering the given statuses / raising the given errors in turn, then 200."""
    pending = list(outcomes)

    def handle(request: httpx.Request) -> httpx.Response:
        outcome = pending.pop(0) if pending else 200
        if isinstance(outcome, type):
            raise outcome("injected", request=request)  # type: ignore[call-arg]
        return httpx.Response(outcome, json=[] if outcome == 200 else {"error": "x"}, headers={"Retry-After": "0"})

    return handle


def _transport(
    handler: Callable[[httpx.Request], httpx.Response], calls: list[str], **kwargs: object
) -> RetryTransport:
    def counting(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return handler(request)

    policy = Retries(max_retries=3, backoff=0.0001, max_backoff=0.001, max_retry_after=0.001)
    return RetryTransport(httpx.MockTransport(counting), retries=policy, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "failure", [429, 502, 503, 504, httpx.ConnectError, httpx.ReadTimeout, httpx.RemoteProtocolError]
)
async def test_get_is_retried_on_every_transient_failure(failure: int | type[Exception]) -> None:
    calls: list[str] = []
    async with httpx.AsyncClient(transport=_transport(_sequence(failure, failure), calls)) as http:
        response = await http.get("https://h/x")
    assert response.status_code == 200 and calls == ["GET"] * 3


@pytest.mark.parametrize("failure", [429, httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
async def test_post_is_retried_when_it_was_refused_or_never_sent(failure: int | type[Exception]) -> None:
    calls: list[str] = []
    async with httpx.AsyncClient(transport=_transport(_sequence(failure), calls)) as http:
        response = await http.post("https://h/x", json={})
    assert response.status_code == 200 and calls == ["POST", "POST"]


@pytest.mark.parametrize("failure", [httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteTimeout])
async def test_post_is_not_resent_after_a_failure_once_sent(failure: type[Exception]) -> None:
    calls: list[str] = []
    async with httpx.AsyncClient(transport=_transport(_sequence(failure), calls)) as http:
        with pytest.raises(OutcomeUnknownError, match="may or may not have taken effect") as caught:
            await http.post("https://h/x?access_token=s3cr3t", json={})
    assert calls == ["POST"]
    assert "s3cr3t" not in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.TransportError)


@pytest.mark.parametrize("status", [502, 503, 504])
async def test_post_answered_5xx_through_the_client_is_outcome_unknown(fake: FakeKashoo, status: int) -> None:
    fake.fault = lambda request: httpx.Response(status, text="busy") if request.method == "POST" else None
    async with fake.client(auth=BearerAuth("t")) as kc:
        with pytest.raises(OutcomeUnknownError) as caught:
            await create_invoice.asyncio(BUSINESS_ID, client=kc.api, body=InvoiceInfo())
    assert fake.count("POST", "/records/invoices") == 1
    assert caught.value.status == status


async def test_create_stored_then_answered_503_is_not_duplicated(fake: FakeKashoo) -> None:
    """Acceptance: a create answered 503 after the server stored it."""
    fake.issue_access_token()
    token = next(iter(fake.access_tokens))
    fake.post_commit_fault_rate = 1.0
    async with fake.client(auth=BearerAuth(token)) as kc:
        with pytest.raises(OutcomeUnknownError, match="it was not sent again"):
            await create_invoice.asyncio(BUSINESS_ID, client=kc.api, body=InvoiceInfo(description="one"))
        fake.post_commit_fault_rate = 0.0
        stored = await list_records.asyncio(BUSINESS_ID, client=kc.api)
    assert stored is not None and [r.description for r in stored] == ["one"]  # exactly one, no duplicate
    assert [e[0] for e in fake.events].count("created") == 1


async def test_retries_are_bounded_then_typed_errors() -> None:
    calls: list[str] = []
    async with httpx.AsyncClient(transport=_transport(_sequence(*[httpx.ConnectError] * 9), calls)) as http:
        with pytest.raises(NetworkError):
            await http.get("https://h/x")
    assert len(calls) == 4
    calls.clear()
    async with httpx.AsyncClient(transport=_transport(_sequence(*[httpx.ReadTimeout] * 9), calls)) as http:
        with pytest.raises(TimeoutError) as caught:
            await http.get("https://h/x")
    assert isinstance(caught.value, NetworkError) and len(calls) == 4


async def test_exhausted_429_and_503_become_typed_errors(fake: FakeKashoo) -> None:
    fake.fault = lambda request: httpx.Response(429, json={"error": "slow_down"}, headers={"Retry-After": "7"})
    async with fake.client(auth=BearerAuth("t"), retries=Retries(max_retries=2, max_retry_after=0.001)) as kc:
        with pytest.raises(RateLimitError) as caught:
            await list_records.asyncio(BUSINESS_ID, client=kc.api)
    assert caught.value.retry_after == 7.0 and caught.value.code == "slow_down"
    assert len(fake.requests) == 3
    fake.fault = lambda request: httpx.Response(503, text="down")
    async with fake.client(auth=BearerAuth("t"), retries=0) as kc:
        with pytest.raises(ServerError):
            await list_records.asyncio(BUSINESS_ID, client=kc.api)


async def test_retry_after_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(asyncio, "sleep", fake_sleep)
    pending = [("429", "2"), ("503", "Wed, 21 Oct 2015 07:28:00 GMT"), ("503", None)]

    def handle(request: httpx.Request) -> httpx.Response:
        if not pending:
            return httpx.Response(200)
        status, after = pending.pop(0)
        return httpx.Response(int(status), headers={"Retry-After": after} if after else {})

    policy = Retries(max_retries=5, backoff=0.5, max_backoff=8)
    async with httpx.AsyncClient(transport=RetryTransport(httpx.MockTransport(handle), retries=policy)) as http:
        assert (await http.get("https://h/")).status_code == 200
    assert slept[0] == 2.0  # delta-seconds
    assert slept[1] == 0.0  # an HTTP date in the past
    assert 0.0 <= slept[2] <= 2.0  # no header: full jitter in [0, 0.5 * 2**2]


def test_backoff_is_exponential_with_full_jitter_and_capped() -> None:
    policy = Retries(backoff=1.0, max_backoff=5.0, max_retry_after=30)
    samples = [policy.delay(3) for _ in range(500)]
    assert all(0 <= s <= 5.0 for s in samples) and max(samples) > 4.0 and min(samples) < 1.0
    assert policy.delay(0, retry_after=120) == 30
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


async def test_rate_limiter_spaces_requests_without_busy_waiting() -> None:
    limiter = RateLimiter(rate=200, burst=5)
    started = time.perf_counter()
    await asyncio.gather(*(limiter.acquire() for _ in range(25)))
    elapsed = time.perf_counter() - started
    # 5 at once, then 20 at 200/s = 0.1 s
    assert 0.08 <= elapsed < 0.5


async def test_rate_limiter_is_shared_by_all_tasks_of_a_client(fake: FakeKashoo) -> None:
    fake.issue_access_token()
    token = next(iter(fake.access_tokens))
    async with fake.client(auth=BearerAuth(token), rate_limit=RateLimiter(rate=200, burst=1)) as kc:
        started = time.perf_counter()
        await asyncio.gather(*(list_records.asyncio(BUSINESS_ID, client=kc.api) for _ in range(30)))
        elapsed = time.perf_counter() - started
    assert elapsed >= 0.14  # 29 intervals of 5 ms across 30 concurrent tasks


def test_rate_limiter_validates() -> None:
    with pytest.raises(ValueError, match="rate must be > 0"):
        RateLimiter(0)
