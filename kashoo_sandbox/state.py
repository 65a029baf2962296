"""The state one sandbox process shares between its middleware, handlers and control endpoints."""

from __future__ import annotations

import random
from collections import defaultdict
from typing import Any

from .config import SandboxConfig
from .quirks import ErrorRenderer
from .store import Store


class Stats:
    """Request counts by "METHOD /route/template" and status (CONTRACT.md, /_sandbox/stats)."""

    def __init__(self) -> None:
        self.counts: defaultdict[str, defaultdict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.total = 0

    def reset(self) -> None:
        self.counts.clear()
        self.total = 0

    def count(self, route: str, status: str) -> None:
        self.counts[route][status] += 1
        self.total += 1

    def to_json(self) -> dict[str, Any]:
        return {"total": self.total, "requests": {k: dict(v) for k, v in sorted(self.counts.items())}}


class Sandbox:
    def __init__(self, store: Store, config: SandboxConfig) -> None:
        self.store = store
        self.config = config
        self.rng = random.Random(config.seed)  # noqa: S311 - faults, not security
        self.errors = ErrorRenderer()
        self.stats = Stats()
        # The last MFA code sent to each email, for tests (GET /_sandbox/mfa/last-code).
        self.mfa_codes: dict[str, str] = {}
        self.demo: dict[str, Any] | None = None

    def reseed(self) -> None:
        self.rng.seed(self.config.seed)
