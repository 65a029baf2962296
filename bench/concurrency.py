"""Concurrency: 1,000 concurrent calls sharing one OAuth2 token that has just expired.

Against the sandbox (rate limit off), 1,000 `get_me` calls start at once through a
KashooClient whose OAuth2 access token is expired. Measured: how many token refreshes reach
the token endpoint (exactly one: the others wait for it), and the p50/p99 latency of the
calls against the same 1,000 concurrent calls sent with raw httpx and a fixed Bearer header
(no auth layer). Both decode the JSON and build no models (`get_me.asyncio_json`), and both
use httpx's default pool (100 connections). A sweep over
1 to 1,000 concurrent calls (about 1,000 calls per point, in batches) gives the throughput
plot, bench/concurrency.svg.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import statistics
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx

from kashoo_api_client.api.users import get_me
from kashoo_ext import KashooClient, MemoryTokenStore, OAuth2Auth, OAuth2Tokens

from .harness import Figure
from .plot import line_chart
from .sandbox_run import DEMO_EMAIL, DEMO_PASSWORD, Sandbox, sandbox_process

# Both clients wait as long as it takes for one of their 100 pooled connections.
TIMEOUT = httpx.Timeout(120.0)
CLIENT_ID, CLIENT_SECRET = "sandbox-client", "sandbox-secret"  # the sandbox's documented demo client
REDIRECT_URI = "http://127.0.0.1:8976/callback"
PLOT = "concurrency.svg"


async def authorized_tokens(sandbox: Sandbox) -> OAuth2Tokens:
    """The OAuth2 code flow as a browser would do it, then the code exchange through kashoo_ext."""
    auth = OAuth2Auth(CLIENT_ID, CLIENT_SECRET, redirect_uri=REDIRECT_URI)
    async with KashooClient(base_url=sandbox.api, auth=auth, rate_limit=None) as kc:
        request = kc.authorization_request()
        async with httpx.AsyncClient() as browser:
            params = dict(httpx.URL(request.url).params)
            form = {**params, "email": DEMO_EMAIL, "password": DEMO_PASSWORD}
            approved = await browser.post(request.url.split("?")[0], data=form)
        return await kc.complete_authorization(approved.headers["location"], expected_state=request.state)


async def timed_calls(call: Callable[[], Awaitable[object]], n: int) -> tuple[list[float], float]:
    """Start n calls at once; each call's latency, and the wall time of the whole batch."""

    async def one() -> float:
        started = time.perf_counter()
        await call()
        return time.perf_counter() - started

    started = time.perf_counter()
    latencies = await asyncio.gather(*(one() for _ in range(n)))
    return list(latencies), time.perf_counter() - started


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


async def measure(sandbox: Sandbox, calls: int, sweep: list[int]) -> dict[str, object]:
    fresh = await authorized_tokens(sandbox)
    expired = OAuth2Tokens(
        access_token=fresh.access_token,
        refresh_token=fresh.refresh_token,
        expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1),
    )
    store = MemoryTokenStore(expired)
    auth = OAuth2Auth(CLIENT_ID, CLIENT_SECRET, redirect_uri=REDIRECT_URI, store=store)
    async with KashooClient(base_url=sandbox.api, auth=auth, rate_limit=None, timeout=TIMEOUT) as kc:
        sandbox.reset_stats()

        async def via_ext() -> object:
            # The generated call without model building: the raw side builds none either.
            return await get_me.asyncio_json(client=kc.api)

        ext_latencies, _ = await timed_calls(via_ext, calls)
        refreshes = sum(sandbox.stats()["requests"].get("POST /oauth2/token", {}).values())
        tokens = auth.tokens
        assert tokens is not None
        async with httpx.AsyncClient(
            base_url=sandbox.api, headers={"Authorization": f"Bearer {tokens.access_token}"}, timeout=TIMEOUT
        ) as raw:

            async def via_raw() -> object:
                response = await raw.get("/users/me")
                return response.json()

            await timed_calls(via_raw, 10)  # warm the pool like the ext client's
            raw_latencies, _ = await timed_calls(via_raw, calls)
            throughput: dict[str, list[float]] = {"kashoo_ext": [], "raw httpx": []}
            for n in sweep:
                # About `calls` calls per point, in batches of n, the two clients batch by batch.
                walls = {"kashoo_ext": 0.0, "raw httpx": 0.0}
                batches = max(1, calls // n)
                for _ in range(batches):
                    for name, call in (("kashoo_ext", via_ext), ("raw httpx", via_raw)):
                        _, wall = await timed_calls(call, n)
                        walls[name] += wall
                for name, wall in walls.items():
                    throughput[name].append(batches * n / wall)
    return {"refreshes": refreshes, "ext": ext_latencies, "raw": raw_latencies, "throughput": throughput}


def run(scale: float, out_dir: Path) -> list[Figure]:
    calls = max(50, int(1000 * scale))
    sweep = [n for n in (1, 10, 100, 1000) if n <= calls]
    with sandbox_process(20, "--rate-limit", "0") as sandbox:
        result = asyncio.run(measure(sandbox, calls, sweep))
    ext, raw = result["ext"], result["raw"]
    assert isinstance(ext, list) and isinstance(raw, list)
    throughput = result["throughput"]
    assert isinstance(throughput, dict)
    (out_dir / PLOT).write_text(
        line_chart(
            "get_me throughput against concurrency (loopback sandbox)",
            "concurrent calls",
            "calls per second",
            sweep,
            throughput,
        )
    )
    p50 = percentile(ext, 50) / percentile(raw, 50)
    p99 = percentile(ext, 99) / percentile(raw, 99)
    return [
        Figure(
            name=f"concurrency: token refreshes for {calls:,} concurrent calls on an expired OAuth2 token",
            value=str(result["refreshes"]),
            measured=f"POST /oauth2/token requests seen by the sandbox; all {len(ext):,} calls succeeded",
            target="exactly 1",
            met=result["refreshes"] == 1,
        ),
        Figure(
            name="concurrency: p50 / p99 latency with the auth layer vs raw httpx with a fixed header",
            value=f"{p50:.2f}x / {p99:.2f}x",
            measured=(
                f"kashoo_ext p50 {percentile(ext, 50) * 1e3:.0f} ms, p99 {percentile(ext, 99) * 1e3:.0f} ms "
                f"(including the one refresh); raw p50 {percentile(raw, 50) * 1e3:.0f} ms, "
                f"p99 {percentile(raw, 99) * 1e3:.0f} ms. Throughput sweep: see concurrency.svg"
            ),
            target="(reported)",
            met=None,
        ),
    ]
