"""Each bench runs at a tiny size, so that `make bench` keeps working. No timing is asserted."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from bench.__main__ import BENCHES, render
from bench.harness import Figure


@pytest.mark.slow
@pytest.mark.parametrize("name", BENCHES)
def test_bench_runs_at_a_tiny_size(name: str, tmp_path: Path) -> None:
    figures = importlib.import_module(f"bench.{name}").run(0.01, tmp_path)
    assert figures and all(isinstance(f, Figure) and f.value and f.measured for f in figures)
    table = render([(name, f) for f in figures], 1.0, 0.01)
    assert all(f.name in table for f in figures)
    if name == "concurrency":
        assert (tmp_path / "concurrency.svg").read_text().startswith("<svg")
