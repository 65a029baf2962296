"""Per-call overhead: one records page through kashoo_ext vs raw httpx + json.loads.

Both talk to the same loopback server (bench/static_server.py, the cheapest server there
is, so the client's cost is what shows) and get the same 100-record payload. The kashoo_ext
client has its whole stack on: product guard, auth flow (a first-party token header), typed
error check, retry transport; the rate limiter is off (it would measure the limit, not the
overhead). Parsing into models is measured separately (bench/parsing.py); the full
generated call with models is reported here for information.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx

from kashoo_api_client.api.records import list_records
from kashoo_ext import KashooClient, TokenAuth

from .harness import Figure, interleaved_medians, subprocess_server

TOKEN = {"authenticationCode": "bench", "expiryDate": 4_102_444_800_000, "myUserId": 5_000_000_001}
BUSINESS = 5_000_000_001
PARAMS = {"offset": 0, "limit": 100}


def _subject(runner: asyncio.Runner, call: Callable[[], Awaitable[object]], calls: int) -> Callable[[], float]:
    async def batch() -> float:
        loop = asyncio.get_running_loop()
        started = loop.time()
        for _ in range(calls):
            await call()
        return (loop.time() - started) / calls

    return lambda: runner.run(batch())


def run(scale: float, out_dir: Path) -> list[Figure]:
    calls = max(5, int(60 * scale))
    with subprocess_server(["-m", "bench.static_server"], "listening ") as url, asyncio.Runner() as runner:
        raw = httpx.AsyncClient(base_url=f"{url}/api")
        kc = KashooClient(base_url=f"{url}/api", auth=TokenAuth(TOKEN), rate_limit=None)
        runner.run(kc.__aenter__())
        ext_http = kc.api.get_async_httpx_client()
        path = f"/businesses/{BUSINESS}/records"

        async def raw_call() -> object:
            return json.loads((await raw.get(path, params=PARAMS)).content)

        async def ext_call() -> object:
            return json.loads((await ext_http.get(path, params=PARAMS)).content)

        async def generated_call() -> object:
            return await list_records.asyncio(BUSINESS, client=kc.api, offset=0, limit=100)

        for warm in (raw_call, ext_call, generated_call):
            runner.run(warm())
        repeats = max(4, int(31 * scale))
        # Two separate sets: the allocation-heavy model building must not sit between the two
        # subjects of the headline ratio.
        times = interleaved_medians(
            {"raw": _subject(runner, raw_call, calls), "ext": _subject(runner, ext_call, calls)}, repeats
        )
        with_models = interleaved_medians(
            {"raw": _subject(runner, raw_call, calls), "models": _subject(runner, generated_call, calls)}, repeats
        )
        runner.run(kc.__aexit__(None, None, None))
        runner.run(raw.aclose())
    ratio = times["ext"] / times["raw"]
    return [
        Figure(
            name="per-call overhead: one records page through kashoo_ext vs raw httpx + json.loads",
            value=f"{ratio:.2f}x",
            measured=(
                f"raw httpx.AsyncClient + json.loads {times['raw'] * 1e3:.3f} ms/call; "
                f"KashooClient stack + json.loads {times['ext'] * 1e3:.3f} ms/call "
                f"({calls} sequential calls per repetition)"
            ),
            target="<= 1.15x",
            met=ratio <= 1.15,
        ),
        Figure(
            name="per-call, for information: the generated list_records.asyncio (models included) vs raw",
            value=f"{with_models['models'] / with_models['raw']:.2f}x",
            measured=f"{with_models['models'] * 1e3:.3f} ms/call vs {with_models['raw'] * 1e3:.3f} ms/call",
            target="(reported)",
            met=None,
        ),
    ]
