"""A client-side rate limiter: an async token bucket shared by every task of one client.

Example::

    limiter = RateLimiter(rate=10)  # 10 requests per second, bursts of up to 10
    await limiter.acquire()         # returns at once, or sleeps exactly until a slot is free
"""

from __future__ import annotations

import asyncio
import time

from .errors import ConfigurationError

__all__ = ["RateLimiter"]


class RateLimiter:
    """An async token bucket: ``rate`` requests per second on average, ``burst`` at once.

    Each caller reserves the next free slot and sleeps once until it comes, so there is no
    busy waiting and no lock (nothing awaits between reading and updating the bucket) and
    waiters are served in arrival order. The Kashoo API is reported to allow about
    10 requests per second per client, hence the default.

    Example::

        limiter = RateLimiter(rate=5, burst=1)
        for _ in range(10):
            await limiter.acquire()  # about 2 seconds in all
    """

    __slots__ = ("_burst", "_interval", "_rate", "_tokens", "_updated")

    def __init__(self, rate: float = 10.0, burst: float | None = None) -> None:
        if not rate > 0:
            raise ConfigurationError(f"rate must be > 0 requests per second, got {rate!r}")
        burst = rate if burst is None else burst
        if not burst >= 1:
            raise ConfigurationError(f"burst must be >= 1, got {burst!r}")
        self._rate = float(rate)
        self._interval = 1.0 / self._rate
        self._burst = float(burst)
        self._tokens = self._burst
        self._updated = time.monotonic()

    @property
    def rate(self) -> float:
        """Requests per second."""
        return self._rate

    async def acquire(self) -> None:
        """Wait until one request may be sent."""
        now = time.monotonic()
        tokens = min(self._burst, self._tokens + (now - self._updated) * self._rate)
        self._updated = now
        # Going below zero reserves a future slot: the debt is this caller's wait.
        self._tokens = left = tokens - 1.0
        if left >= 0:
            return
        try:
            await asyncio.sleep(-left * self._interval)
        except asyncio.CancelledError:
            self._tokens += 1.0  # give the unused slot back
            raise

    def __repr__(self) -> str:
        return f"RateLimiter(rate={self._rate:g}, burst={self._burst:g})"
