"""Running the sandbox and a measured export in their own processes, for the benches.

The export runs in a child process (`python -m bench.sandbox_run`) so that its peak RSS is
its own, measured from /proc, and not the bench's or the sandbox's.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from .harness import rss_kib, subprocess_server

DEMO_EMAIL, DEMO_PASSWORD = "demo@kashoo.test", "demo-password"  # the sandbox's documented demo user


class Sandbox:
    """A sandbox process: its URLs, its demo business, its control endpoints."""

    def __init__(self, root: str) -> None:
        self.root = root
        self.api = root + "/api"
        self.http = httpx.Client(base_url=root, timeout=60)
        self.business: int = self.http.get("/_sandbox/demo").json()["businessId"]

    def configure(self, **changes: Any) -> None:
        self.http.post("/_sandbox/config", json=changes).raise_for_status()

    def stats(self) -> dict[str, Any]:
        result: dict[str, Any] = self.http.get("/_sandbox/stats").json()
        return result

    def reset_stats(self) -> None:
        self.http.post("/_sandbox/reset-stats").raise_for_status()

    def statuses(self, route_prefix: str = "") -> dict[str, int]:
        """Response counts by status (and "dropped") over the routes starting with the prefix."""
        totals: dict[str, int] = {}
        for route, by_status in self.stats()["requests"].items():
            if route.startswith(route_prefix):
                for status, count in by_status.items():
                    totals[status] = totals.get(status, 0) + count
        return totals


@contextmanager
def sandbox_process(records: int, *extra: str) -> Iterator[Sandbox]:
    args = ["-m", "kashoo_sandbox", "--port", "0", "--demo", "--demo-records", str(records), *extra]
    with subprocess_server(args, "Kashoo sandbox on ", timeout=600) as root:
        sandbox = Sandbox(root)
        try:
            yield sandbox
        finally:
            sandbox.http.close()


def measured_export(
    sandbox: Sandbox, out: Path, *, page_size: int, rate_limit: float, max_retries: int = 3
) -> dict[str, Any]:
    """Run `kashoo export records` logic in a child process; return its measurements."""
    args = [
        sys.executable, "-m", "bench.sandbox_run", "--base-url", sandbox.api, "--business", str(sandbox.business),
        "--out", str(out), "--page-size", str(page_size), "--rate-limit", str(rate_limit),
        "--max-retries", str(max_retries),
    ]  # fmt: skip
    done = subprocess.run(args, capture_output=True, text=True, timeout=900, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"export child failed: {done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def exported_ids(path: Path) -> list[int]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["id"] for line in f]


async def _child(args: argparse.Namespace) -> dict[str, Any]:
    from kashoo_cli.export_command import export_records
    from kashoo_cli.exporting import ExportFile
    from kashoo_ext import KashooClient, PasswordAuth, Retries

    requests = 0

    async def count(request: httpx.Request) -> None:
        nonlocal requests
        requests += 1

    auth = PasswordAuth(DEMO_EMAIL, DEMO_PASSWORD)
    async with KashooClient(
        base_url=args.base_url,
        auth=auth,
        rate_limit=args.rate_limit or None,
        retries=Retries(max_retries=args.max_retries),
    ) as kc:
        from kashoo_api_client.api.users import get_me

        await get_me.asyncio(client=kc.api)  # log in before measuring
        kc.http.event_hooks["request"].append(count)
        rss_start, _ = rss_kib()
        export = ExportFile(Path(args.out), "jsonl", {"bench": True})
        export.start()
        started = time.monotonic()
        await export_records(
            kc, export, args.business, list_kwargs={}, record_type=None, page_size=args.page_size, show_progress=False
        )
        elapsed = time.monotonic() - started
        export.finish()
        _, rss_peak = rss_kib()
    return {
        "records": export.summary.records,
        "requests": requests,
        "elapsed": elapsed,
        "rss_start_kib": rss_start,
        "rss_peak_kib": rss_peak,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--business", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--page-size", type=int, default=100)
    parser.add_argument("--rate-limit", type=float, default=10.0)
    parser.add_argument("--max-retries", type=int, default=3)
    print(json.dumps(asyncio.run(_child(parser.parse_args()))))


if __name__ == "__main__":
    main()
