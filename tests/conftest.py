"""Shared fixtures: sandboxes running on free ports (real HTTP), for any test suite.

- `sandbox`: one per test session, with demo data (200 records), no faults, no rate limit.
  Tests that change its config must use `sandbox.configured(...)` so it is put back.
- `sandbox_factory`: starts extra sandboxes with any `running_sandbox` options; they stop
  at the end of the test.
- `demo_token_header`: an `Authorization` header value of a fresh demo login on `sandbox`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import pytest

from kashoo_sandbox.testing import RunningSandbox, running_sandbox


@pytest.fixture(scope="session")
def sandbox() -> Iterator[RunningSandbox]:
    with running_sandbox(demo=True, demo_records=200) as running:
        yield running


@pytest.fixture
def sandbox_factory() -> Iterator[Callable[..., RunningSandbox]]:
    with ExitStack() as stack:

        def start(**options: Any) -> RunningSandbox:
            return stack.enter_context(running_sandbox(**options))

        yield start


@pytest.fixture
def demo_token_header(sandbox: RunningSandbox) -> str:
    return sandbox.token_header()
