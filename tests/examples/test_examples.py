"""The examples run as users would run them: as scripts, against a sandbox."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
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


def test_sync_to_sqlite_is_incremental_and_safe_to_rerun(tmp_path: Path) -> None:
    with running_sandbox(demo=True, demo_records=80) as sandbox:
        db_path = tmp_path / "copy.sqlite3"
        first = run_example(sandbox, "sync_to_sqlite.py", str(db_path))
        business = sandbox.demo["businessId"]
        api = httpx.Client(base_url=sandbox.base_url(), headers={"Authorization": sandbox.token_header()})
        listed = api.get(f"/businesses/{business}/records", params={"limit": 100000, "includeRemoved": True}).json()
        assert f"synced {len(listed)} records (first run)" in first

        time.sleep(1.1)  # the change below is more than the sync's one-second overlap after the load
        target = listed[0]
        assert api.delete(f"/records/{target['id']}").status_code == 204
        second = run_example(sandbox, "sync_to_sqlite.py", str(db_path))
        assert "changes since the last run" in second  # includes the deletion (and the load's overlap)
        third = run_example(sandbox, "sync_to_sqlite.py", str(db_path))
        # Nothing changed since: only what lies within the overlap of the newest change comes again.
        assert "synced 1 changes since the last run" in third

        with sqlite3.connect(db_path) as db:
            assert db.execute("SELECT removed FROM records WHERE id = ?", (target["id"],)).fetchone() == (1,)
            assert db.execute("SELECT count(*) FROM records").fetchone()[0] == len(listed)
