"""Durability: what was acknowledged survives a restart on the same --db file, even a kill -9.
Also the command line: port 0 picks a free port and prints it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from kashoo_sandbox.testing import running_sandbox

ROOT = Path(__file__).resolve().parents[2]


def test_restart_on_the_same_file_keeps_everything(tmp_path: Path) -> None:
    db = str(tmp_path / "books.sqlite3")
    with running_sandbox(db=db, demo_records=30) as sb:
        client = httpx.Client(base_url=sb.base_url(), headers={"Authorization": sb.token_header()})
        business = sb.demo["businessId"]
        bill = client.post(f"/businesses/{business}/records/bills", json={"amount": 4321, "memo": "kept"}).json()
        before = _without_links(client.get(f"/businesses/{business}/records", params={"limit": 500}).json())
        token = sb.login()
        client.close()
    with running_sandbox(db=db, demo_records=30) as sb:  # same demo, not loaded twice
        header = "TOKEN uuid:" + token["authenticationCode"]  # tokens survive too
        client = httpx.Client(base_url=sb.base_url(), headers={"Authorization": header})
        assert client.get(f"/records/{bill['id']}").json()["memo"] == "kept"
        after = client.get(f"/businesses/{business}/records", params={"limit": 500}).json()
        assert _without_links(after) == before  # (links name the new port)
        newer = client.post(f"/businesses/{business}/records/bills", json={"amount": 1}).json()
        assert newer["id"] > bill["id"] and newer["lastModified"] > bill["lastModified"]
        assert newer["number"] == f"BILL-{int(bill['number'][5:]) + 1:04d}"
        client.close()


def _without_links(items: list[dict[str, object]]) -> list[dict[str, object]]:
    return [{k: v for k, v in item.items() if k != "links"} for item in items]


def _start_cli(*args: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "kashoo_sandbox", "--port", "0", "--rate-limit", "0", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith("Kashoo sandbox on http://127.0.0.1:"), line
    root = line.split(" on ")[1].strip()
    for _ in range(200):  # the socket is bound before the line is printed; wait for uvicorn to serve
        try:
            if httpx.get(root + "/_sandbox/health").status_code == 200:
                break
        except httpx.TransportError:
            pass
    return process, root


def test_cli_survives_kill_9_with_a_db_file(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite3")
    process, root = _start_cli("--db", db, "--demo", "--demo-records", "10")
    try:
        login = httpx.post(root + "/api/authTokens", data={"email": "demo@kashoo.test", "password": "demo-password"},
                           headers={"Accept": "application/json"})  # fmt: skip
        header = {"Authorization": "TOKEN json:" + json.dumps(login.json())}
        businesses = httpx.get(root + "/tsa/api/users/me/businesses", headers=header).json()
        business = businesses[0]["id"]
        acknowledged = [
            httpx.post(
                root + f"/api/businesses/{business}/records/bills", json={"amount": i + 1}, headers=header
            ).json()
            for i in range(5)
        ]
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    process, root = _start_cli("--db", db)
    try:
        for bill in acknowledged:
            got = httpx.get(root + f"/api/records/{bill['id']}", headers=header)
            assert got.status_code == 200 and got.json()["amount"] == bill["amount"]
    finally:
        process.terminate()
        process.wait(10)
