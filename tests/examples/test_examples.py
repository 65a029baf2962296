"""The examples run as users would run them: as scripts, against a sandbox."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kashoo_sandbox.testing import RunningSandbox, running_sandbox

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def example_sandbox() -> Iterator[RunningSandbox]:
    with running_sandbox(demo=True, demo_records=150) as sb:
        yield sb


def run_example(sandbox: RunningSandbox, name: str, *args: str) -> str:
    env = {
        **os.environ,
        "KASHOO_BASE_URL": sandbox.base_url("kashoo"),
        "KASHOO_EMAIL": sandbox.demo["email"],
        "KASHOO_PASSWORD": sandbox.demo["password"],
        "KASHOO_BUSINESS_ID": str(sandbox.demo["businessId"]),
        "KASHOO_RATE_LIMIT": "0",
    }
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_mock_quickstart() -> None:
    result = subprocess.run([sys.executable, str(EXAMPLES / "mock_quickstart.py")], capture_output=True, text=True)
    assert result.returncode == 0 and "3 records" in result.stdout and "CREDIT_NOTE" in result.stdout


def test_list_unpaid_invoices(example_sandbox: RunningSandbox) -> None:
    out = run_example(example_sandbox, "list_unpaid_invoices.py")
    lines = out.strip().splitlines()
    count = int(lines[-1].split()[0])
    assert count > 0 and len(lines) == count + 1 and "unpaid invoices; due:" in lines[-1]


def test_create_and_pay_invoice(example_sandbox: RunningSandbox) -> None:
    out = run_example(example_sandbox, "create_and_pay_invoice.py")
    assert "created invoice INV-" in out and "375.00" in out
    assert "balance due 0.00, paid=True" in out


def test_sync_to_sqlite_is_incremental_and_safe_to_rerun(example_sandbox: RunningSandbox, tmp_path: Path) -> None:
    db_path = tmp_path / "copy.sqlite3"
    run_example(example_sandbox, "sync_to_sqlite.py", str(db_path))
    business = example_sandbox.demo["businessId"]
    header = {"Authorization": example_sandbox.token_header()}
    api = httpx.Client(base_url=example_sandbox.base_url(), headers=header)
    listed = api.get(f"/businesses/{business}/records", params={"limit": 100000, "includeRemoved": True}).json()
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT count(*) FROM records").fetchone()[0] == len(listed)

    # A re-run asks only for changes: at most the records of the one-second overlap before the
    # newest change come again, and upserting them changes nothing.
    again = run_example(example_sandbox, "sync_to_sqlite.py", str(db_path))
    assert int(again.split()[1]) < 10 and "changes since the last run" in again
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT count(*) FROM records").fetchone()[0] == len(listed)

    target = listed[0]
    deleted = api.delete(f"/records/{target['id']}")
    assert deleted.status_code == 204
    out = run_example(example_sandbox, "sync_to_sqlite.py", str(db_path))
    assert 1 <= int(out.split()[1]) < 10  # the deletion, and again the overlap's few
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT removed FROM records WHERE id = ?", (target["id"],)).fetchone() == (1,)
        assert db.execute("SELECT count(*) FROM records").fetchone()[0] == len(listed)
