"""Retries, backoff and rate limiting: an httpx transport that wraps another one.

It sits below the auth flow, so a retry re-sends the same, already signed request. What is
retried, and when (``Retries``):

- a failure to connect (nothing was sent): any method;
- 429 (refused): any method, after ``Retry-After``;
- a timeout or dropped connection after sending, 502, 503, 504: only methods that are safe to
  repeat (GET, HEAD, OPTIONS, PUT, DELETE). For a POST the outcome is unknown: it is not
  sent again and :class:`~kashoo_ext.errors.OutcomeUnknownError` is raised (by this
  transport for connection failures; by the client's response check for 502/503/504).

Example::

    transport = RetryTransport(httpx.AsyncHTTPTransport(), retries=Retries(max_retries=5))
    async with httpx.AsyncClient(transport=transport) as http:
        ...
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from typing import Any

import attrs
import httpx

from ._logging import logger, redact_url
from .errors import (
    IDEMPOTENT_METHODS,
    NOT_SENT_ERRORS,
    ConfigurationError,
    error_from_transport,
    parse_retry_after,
)
from .ratelimit import RateLimiter

__all__ = ["Retries", "RetryTransport"]

# Failures worth another try; the rest (an invalid URL, a malformed request) would fail again.
_TRANSIENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def _non_negative(_: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if value < 0:
        raise ConfigurationError(f"Retries.{attribute.name} must be >= 0, got {value!r}")


@attrs.frozen
class Retries:
    """When and how often to retry (see the module docstring for what is safe to retry).

    The n-th retry waits a random time in ``[0, min(max_backoff, backoff * 2**n)]`` ("full
    jitter"), or what the server's ``Retry-After`` says, capped at ``max_retry_after``.

    Example::

        KashooClient(retries=Retries(max_retries=5, backoff=0.25))
        KashooClient(retries=Retries.none())  # never retry
    """

    max_retries: int = attrs.field(default=3, validator=_non_negative)
    backoff: float = attrs.field(default=0.5, validator=_non_negative)
    max_backoff: float = attrs.field(default=8.0, validator=_non_negative)
    max_retry_after: float = attrs.field(default=60.0, validator=_non_negative)
    statuses: frozenset[int] = attrs.field(default=frozenset({429, 502, 503, 504}), converter=frozenset)

    @classmethod
    def none(cls) -> Retries:
        """No retries at all."""
        return cls(max_retries=0)

    def delay(self, retry: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``retry`` (0-based)."""
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        ceiling = min(self.max_backoff, self.backoff * (2.0**retry))
        return random.uniform(0.0, ceiling)  # noqa: S311 - jitter, not cryptography


class RetryTransport(httpx.AsyncBaseTransport):
    """Wraps a transport with rate limiting, retries and DEBUG logging of every attempt.

    Example::

        RetryTransport(httpx.AsyncHTTPTransport(http2=False), rate_limiter=RateLimiter(10))
    """

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        retries: Retries | None = None,
        rate_limiter: RateLimiter | None = None,
    ) -> None:
        self._transport = transport if transport is not None else httpx.AsyncHTTPTransport()
        self._retries = retries if retries is not None else Retries()
        self._limiter = rate_limiter

    @property
    def retries(self) -> Retries:
        """The retry policy."""
        return self._retries

    @property
    def rate_limiter(self) -> RateLimiter | None:
        """The shared rate limiter, or None if rate limiting is off."""
        return self._limiter

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        policy = self._retries
        repeatable = request.method in IDEMPOTENT_METHODS
        debug = logger.isEnabledFor(logging.DEBUG)
        retry = 0
        while True:
            if self._limiter is not None:
                await self._limiter.acquire()
            started = time.perf_counter()
            try:
                response = await self._transport.handle_async_request(request)
            except httpx.TransportError as exc:
                if debug:
                    _log(request, f"failed ({type(exc).__name__})", started, retry)
                if (
                    retry >= policy.max_retries
                    or not isinstance(exc, _TRANSIENT)
                    or not (repeatable or isinstance(exc, NOT_SENT_ERRORS))
                ):
                    raise error_from_transport(exc, request) from exc
                await asyncio.sleep(policy.delay(retry))
                retry += 1
                continue
            status = response.status_code
            if debug:
                _log(request, str(status), started, retry)
            if status not in policy.statuses or retry >= policy.max_retries or not (repeatable or status == 429):
                return response
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            await response.aclose()
            await asyncio.sleep(policy.delay(retry, retry_after))
            retry += 1

    async def aclose(self) -> None:
        await self._transport.aclose()


def _log(request: httpx.Request, outcome: str, started: float, retry: int) -> None:
    logger.debug(
        "%s %s -> %s in %.1f ms (retry %d)",
        request.method,
        redact_url(request.url),
        outcome,
        (time.perf_counter() - started) * 1000.0,
        retry,
    )
