"""An export killed halfway and resumed yields every record exactly once; MFA at the prompt."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kashoo_sandbox.testing import RunningSandbox, running_sandbox

from .conftest import Kashoo, exported_ids


@pytest.fixture(scope="module")
def slow_sandbox() -> Iterator[RunningSandbox]:
    # Latency makes the export slow enough to be killed in the middle.
    with running_sandbox(demo=True, demo_records=1500, latency_ms=25) as sb:
        yield sb


def wait_for_checkpoint(path: Path, records: int, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the export finished before it could be interrupted"
        try:
            if json.loads(path.read_text())["records"] >= records:
                return
        except (FileNotFoundError, ValueError):
            pass
        time.sleep(0.02)
    raise AssertionError("no checkpoint")


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT])
def test_an_export_killed_halfway_resumes_with_every_record_once(
    slow_sandbox: RunningSandbox, tmp_path: Path, how: signal.Signals
) -> None:
    kashoo = Kashoo(slow_sandbox, tmp_path / "config")
    kashoo.login()
    expected = set(kashoo.record_ids())
    out = tmp_path / "records.jsonl"
    args = ["export", "records", "--business", kashoo.business, "--out", out, "--page-size", 50, "--no-progress"]

    proc = kashoo.popen(*args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_for_checkpoint(out.with_name("records.jsonl.checkpoint"), 300, proc)
    proc.send_signal(how)
    _, err = proc.communicate(timeout=30)
    if how == signal.SIGINT:
        assert proc.returncode == 130
        assert "run the same command with --resume" in err and "Traceback" not in err
    else:
        assert proc.returncode == -signal.SIGKILL
    assert not out.exists(), "a partial export must not appear under the final name"
    assert out.with_name("records.jsonl.part").exists()

    again = kashoo(*args)
    assert again.exit_code == 2 and "--resume" in again.output  # a new run would clobber it: refused

    resumed = kashoo(*args, "--resume")
    assert resumed.exit_code == 0, resumed.output
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert len(ids) == len(set(ids)), "a record was written twice"
    assert set(ids) == expected, "a record is missing"
    assert not out.with_name("records.jsonl.part").exists()
    assert not out.with_name("records.jsonl.checkpoint").exists()


def test_mfa_login_asks_for_the_sms_code(slow_sandbox: RunningSandbox, tmp_path: Path) -> None:
    kashoo = Kashoo(slow_sandbox, tmp_path / "config")
    mfa = slow_sandbox.demo["mfaUser"]
    proc = kashoo.popen(
        "login",
        "--email",
        mfa["email"],
        "--password-stdin",
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None
    proc.stdin.write(mfa["password"] + "\n")
    proc.stdin.flush()
    code = None
    deadline = time.monotonic() + 20
    while code is None and time.monotonic() < deadline:
        code = slow_sandbox.last_mfa_code(mfa["email"])
        time.sleep(0.05)
    assert code, "the CLI did not have a code sent"
    out, err = proc.communicate(code + "\n", timeout=30)
    assert proc.returncode == 0, err
    assert "SMS code" in err and f"<{mfa['email']}>" in out
    assert code not in out + err.replace("SMS code: ", "")  # the code is not echoed back


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_survives_the_real_apis_quirks(tmp_path: Path, fmt: str) -> None:
    with running_sandbox(demo=True, demo_records=400, quirks="all") as quirky:
        kashoo = Kashoo(quirky, tmp_path / "config")
        kashoo.login()
        expected = set(kashoo.record_ids())
        out = tmp_path / f"records.{fmt}"
        result = kashoo("export", "records", "--business", kashoo.business, "--format", fmt, "--out", out)
        assert result.exit_code == 0, result.output
    ids = exported_ids(out)
    assert len(ids) == len(set(ids)) and set(ids) == expected


def test_records_deleted_before_a_resume_shift_nothing(slow_sandbox: RunningSandbox, tmp_path: Path) -> None:
    """Deleting already-exported records must not make the resumed export skip live ones."""
    kashoo = Kashoo(slow_sandbox, tmp_path / "config")
    kashoo.login()
    out = tmp_path / "records.jsonl"
    args = ["export", "records", "--business", kashoo.business, "--out", out, "--page-size", 50, "--no-progress"]
    proc = kashoo.popen(*args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_for_checkpoint(out.with_name("records.jsonl.checkpoint"), 300, proc)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)

    written = [json.loads(line)["id"] for line in out.with_name("records.jsonl.part").read_text().splitlines()[:300]]
    api = httpx.Client(base_url=slow_sandbox.base_url(), headers={"Authorization": slow_sandbox.token_header()})
    deleted: list[int] = []
    for record_id in written[100:]:  # the first three that can be deleted (no payments allocated)
        if len(deleted) < 3 and api.delete(f"/records/{record_id}").status_code == 204:
            deleted.append(record_id)
    assert len(deleted) == 3
    live = set(kashoo.record_ids())

    resumed = kashoo(*args, "--resume")
    assert resumed.exit_code == 0, resumed.output
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert len(ids) == len(set(ids)), "a record was written twice"
    assert live <= set(ids), f"live records missing: {sorted(live - set(ids))}"
    assert set(ids) - live == set(deleted)  # the only extras: exported before they were deleted
