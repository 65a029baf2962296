"""The sandbox conforms to openapi/kashoo.yaml: schemathesis drives every operation against it.

Bounded to stay fast: few examples per operation (see the phases below). The spec declares error statuses only
through `default` responses, so any 4xx is conforming; a 5xx, a wrong content type or a
body that breaks the response schema is not.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from kashoo_sandbox.testing import RunningSandbox, running_sandbox

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "kashoo.yaml"
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def fuzzed_sandbox() -> Iterator[RunningSandbox]:
    # Its own sandbox: schemathesis creates users and records at random.
    with running_sandbox(demo=True, demo_records=50) as running:
        yield running


schema = schemathesis.openapi.from_path(SPEC)
# The coverage phase (hundreds of boundary and negative cases per operation, ~80 s in all)
# runs when asked: SANDBOX_CONFORMANCE_COVERAGE=1. By default: examples and fuzzing, in
# both positive and negative modes, a few cases per operation.
schema.config.phases.update(
    phases=["examples", "fuzzing"] + (["coverage"] if os.environ.get("SANDBOX_CONFORMANCE_COVERAGE") else [])
)


@schema.parametrize()
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_operation_conforms(case: schemathesis.Case[Any], fuzzed_sandbox: RunningSandbox) -> None:
    product = "tsa" if case.operation.path == "/records/unprocess" else "kashoo"
    headers = {"Accept": "application/json"}
    if "Authorization" not in (case.headers or {}):
        headers["Authorization"] = _header(fuzzed_sandbox, case.operation.path)
    case.call_and_validate(base_url=fuzzed_sandbox.base_url(product), headers=headers, checks=CHECKS)


_HEADERS: dict[str, str] = {}


def _header(sb: RunningSandbox, path: str) -> str:
    if path.startswith(("/subscriptions", "/chargebee")):
        return "Bearer " + str(sb.demo["subscriptionToken"])
    if "token" not in _HEADERS:
        _HEADERS["token"] = sb.token_header()
    return _HEADERS["token"]
