"""CLI tests drive the real `kashoo` command against a sandbox of their own."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from kashoo_cli.app import cli
from kashoo_sandbox.testing import RunningSandbox, running_sandbox


@pytest.fixture(scope="module")
def cli_sandbox() -> Iterator[RunningSandbox]:
    with running_sandbox(demo=True, demo_records=250) as sb:
        yield sb


class Kashoo:
    """Runs `kashoo` in-process (CliRunner) or as a real process, with its own config dir."""

    def __init__(self, sandbox: RunningSandbox, config_dir: Path) -> None:
        self.sandbox = sandbox
        self.env = {
            "KASHOO_CONFIG_DIR": str(config_dir),
            "KASHOO_BASE_URL": sandbox.base_url("kashoo"),
            "KASHOO_RATE_LIMIT": "0",
            "KASHOO_EMAIL": "",
            "KASHOO_PASSWORD": "",
            "KASHOO_TOKEN": "",
            "KASHOO_ACCESS_TOKEN": "",
            "KASHOO_PRODUCT": "",
        }
        self.business = sandbox.demo["businessId"]

    def __call__(self, *args: Any, input: str | None = None) -> Result:
        runner = CliRunner()
        return runner.invoke(cli, [str(a) for a in args], input=input, env=self.env, catch_exceptions=False)

    def login(self) -> Result:
        result = self("login", "--email", self.sandbox.demo["email"], "--password-stdin", input="demo-password\n")
        assert result.exit_code == 0, result.output
        return result

    def record_ids(self) -> list[int]:
        """The ids of every record of the demo business, as `kashoo records --json` lists them."""
        result = self("records", "--business", self.business, "--max", 1_000_000, "--json")
        assert result.exit_code == 0, result.output
        return [r["id"] for r in json.loads(result.output)]

    def popen(self, *args: Any, **kwargs: Any) -> subprocess.Popen[str]:
        env = {**os.environ, **self.env}
        return subprocess.Popen([sys.executable, "-m", "kashoo_cli", *map(str, args)], env=env, text=True, **kwargs)


def exported_ids(path: Path) -> list[int]:
    """The record ids in an export file (JSONL or CSV, by its suffix), in file order."""
    if path.suffix == ".csv":
        with open(path, newline="") as f:
            return [int(row["id"]) for row in csv.DictReader(f)]
    return [json.loads(line)["id"] for line in path.read_text().splitlines()]


@pytest.fixture
def kashoo(cli_sandbox: RunningSandbox, tmp_path: Path) -> Kashoo:
    return Kashoo(cli_sandbox, tmp_path / "config")
