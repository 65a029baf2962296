"""Injected faults, latency and the rate limit, each kind, on sandboxes of their own."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable

import httpx
import pytest

from kashoo_sandbox.testing import RunningSandbox


def _client(sb: RunningSandbox) -> httpx.Client:
    return httpx.Client(base_url=sb.base_url(), headers={"Authorization": sb.token_header()}, timeout=5)


def _outcome(client: httpx.Client, path: str) -> str:
    try:
        response = client.get(path)
    except (httpx.RemoteProtocolError, httpx.ReadError) as error:
        return type(error).__name__
    if response.status_code in (429, 503):
        assert response.headers["Retry-After"] == "1"
        assert response.json()["error"] == "injected_fault"
    return str(response.status_code)


def test_fault_rate_mixes_429_503_and_dropped_connections(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    sb = sandbox_factory(demo_records=0)
    client = _client(sb)  # logged in before the faults start
    sb.configure(fault_rate=1.0, seed=7)
    outcomes = Counter(_outcome(client, "/users/me") for _ in range(30))
    assert set(outcomes) == {"429", "503", "RemoteProtocolError"}, outcomes
    # Control endpoints are never faulted; stats count the faults by route and status.
    stats = sb.stats()["requests"]["GET /users/me"]
    assert stats == {"429": outcomes["429"], "503": outcomes["503"], "dropped": outcomes["RemoteProtocolError"]}
    # The same seed gives the same sequence.
    sb.configure(seed=7)
    assert Counter(_outcome(client, "/users/me") for _ in range(30)) == outcomes
    sb.configure(fault_rate=0.0)
    assert client.get("/users/me").status_code == 200
    client.close()


def test_a_share_of_requests_fail(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    sb = sandbox_factory(demo_records=0)
    client = _client(sb)
    sb.configure(fault_rate=0.2, seed=3)
    outcomes = Counter(_outcome(client, "/users/me") for _ in range(200))
    assert 20 <= 200 - outcomes["200"] <= 60, outcomes
    client.close()


def test_post_commit_faults_store_the_write_then_answer_503(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    sb = sandbox_factory(demo_records=0)
    client = _client(sb)  # (a login is a write too)
    sb.configure(post_commit_fault_rate=1.0)
    business = sb.demo["businessId"]
    response = client.post(f"/businesses/{business}/records/bills", json={"amount": 777, "memo": "post-commit"})
    assert response.status_code == 503 and response.headers["Retry-After"] == "1"
    assert client.get(f"/businesses/{business}/records").json()[0]["memo"] == "post-commit"  # reads pass
    bad = client.post(f"/businesses/{business}/records/bills", json={"amount": "x"})
    assert bad.status_code == 400  # a failed write answers its own error
    client.close()


def test_latency(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    sb = sandbox_factory(demo_records=0, latency_ms=150)
    client = _client(sb)
    start = time.perf_counter()
    assert client.get("/users/me").status_code == 200
    assert time.perf_counter() - start >= 0.15
    start = time.perf_counter()
    assert httpx.get(sb.url + "/_sandbox/health").status_code == 200
    assert time.perf_counter() - start < 0.15  # control endpoints are not delayed
    client.close()


def test_rate_limit_per_token(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    sb = sandbox_factory(demo_records=0, rate_limit=5)
    first, second = _client(sb), _client(sb)
    statuses = [first.get("/users/me") for _ in range(8)]
    limited = [r for r in statuses if r.status_code == 429]
    assert [r.status_code for r in statuses[:4]] == [200] * 4 and limited
    assert int(limited[0].headers["Retry-After"]) >= 1 and limited[0].json()["error"] == "rate_limited"
    assert second.get("/users/me").status_code == 200  # another token has its own budget
    time.sleep(0.45)
    assert first.get("/users/me").status_code == 200  # refilled
    with sb.configured(rate_limit=0):
        assert all(first.get("/users/me").status_code == 200 for _ in range(20))
    first.close()
    second.close()


@pytest.mark.parametrize("bad", [{"fault_rate": 2}, {"quirks": ["nope"]}, {"latency_ms": -1}, {"colour": "red"}])
def test_bad_config_is_refused(sandbox: RunningSandbox, bad: dict[str, object]) -> None:
    before = sandbox.config()
    response = httpx.post(sandbox.url + "/_sandbox/config", json=bad)
    assert response.status_code == 400
    assert sandbox.config() == before
