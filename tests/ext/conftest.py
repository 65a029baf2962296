"""Fixtures for the kashoo_ext tests (the sandbox fixtures live in tests/conftest.py)."""

from __future__ import annotations

import pytest

from .fakes import FakeKashoo


@pytest.fixture
def fake() -> FakeKashoo:
    return FakeKashoo()
