"""The outermost ASGI layer for API requests: stats, latency, rate limit and injected faults.

It wraps the whole app (not as Starlette middleware) so that it holds uvicorn's own `send`,
through which a dropped connection closes the socket without any response. Control
endpoints under /_sandbox/ pass straight through (CONTRACT.md "Faults and limits").
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Sequence

from starlette.routing import Match, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import ApiError
from .routing import PRODUCT_BASES
from .state import Sandbox

_API_PREFIXES = tuple(base + "/" for base in PRODUCT_BASES.values())
_WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class FaultLayer:
    def __init__(self, app: ASGIApp, sandbox: Sandbox, templates: Sequence[tuple[Route, str]]) -> None:
        self.app = app
        self.sandbox = sandbox
        self.templates = templates
        self.buckets: dict[str, tuple[float, float]] = {}  # key → (tokens, time of last refill)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(_API_PREFIXES):
            await self.app(scope, receive, send)
            return
        status = ["dropped"]

        async def counting_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = str(message["status"])
            await send(message)

        try:
            await self._handle(scope, receive, counting_send, send)
        finally:
            self.sandbox.stats.count(self._template(scope), status[0])

    async def _handle(self, scope: Scope, receive: Receive, send: Send, raw_send: Send) -> None:
        config = self.sandbox.config
        rng = self.sandbox.rng
        if config.latency_ms:
            await asyncio.sleep(config.latency_ms / 1000)
        wait = self._rate_limited(scope, config.rate_limit)
        if wait:
            await self._error(
                scope, receive, send, ApiError(429, "rate_limited", "Too many requests.", {"Retry-After": str(wait)})
            )
            return
        if config.fault_rate and rng.random() < config.fault_rate:
            kind = rng.choice(("429", "503", "drop"))
            if kind == "drop":
                await _drop(raw_send)
                return
            error = ApiError(int(kind), "injected_fault", "Injected fault: try again.", {"Retry-After": "1"})
            await self._error(scope, receive, send, error)
            return
        if (
            scope["method"] in _WRITES
            and config.post_commit_fault_rate
            and rng.random() < config.post_commit_fault_rate
        ):
            await self.app(scope, receive, self._after_commit(scope, receive, send))
            return
        await self.app(scope, receive, send)

    def _after_commit(self, scope: Scope, receive: Receive, send: Send) -> Send:
        """A send that lets the write commit, then answers 503 instead of its success."""
        replaced = [False]

        async def replacing_send(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] < 400:
                replaced[0] = True
                error = ApiError(503, "injected_fault", "Injected fault after the write.", {"Retry-After": "1"})
                await self._error(scope, receive, send, error)
            elif not replaced[0]:
                await send(message)

        return replacing_send

    async def _error(self, scope: Scope, receive: Receive, send: Send, error: ApiError) -> None:
        response = self.sandbox.errors.render(error, self.sandbox.config.quirks)
        await response(scope, receive, send)

    def _rate_limited(self, scope: Scope, rate: float) -> int:
        """0 if the request may go, else the seconds to wait (a token bucket per credential)."""
        if not rate:
            return 0
        headers = dict(scope["headers"])
        client = scope.get("client") or ("", 0)
        key = headers.get(b"authorization", b"").decode("latin-1") or f"ip:{client[0]}"
        now = time.monotonic()
        tokens, last = self.buckets.get(key, (rate, now))
        tokens = min(max(rate, 1.0), tokens + (now - last) * rate)
        if tokens < 1:
            self.buckets[key] = (tokens, now)
            return max(1, math.ceil((1 - tokens) / rate))
        self.buckets[key] = (tokens - 1, now)
        return 0

    def _template(self, scope: Scope) -> str:
        for route, template in self.templates:
            match, _ = route.matches(scope)
            if match == Match.FULL:
                return template
        return f"{scope['method']} (no route)"


async def _drop(send: Send) -> None:
    """Close the connection without a response (the client sees the server disconnect)."""
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is None:  # not under uvicorn: the closest thing is an aborted request
        raise ConnectionAbortedError("injected dropped connection")
    transport.close()
    await asyncio.sleep(0)  # let the server see the connection is gone, so it sends no 500 either
