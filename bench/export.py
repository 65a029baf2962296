"""Export: 100,000 records from the sandbox at a 10 requests/s budget.

The sandbox enforces 10 requests/s per token (as the real API is reported to) and the client
keeps to the same budget with its own limiter. Measured: the share of the budget the export
uses (requests sent / requests a 10/s token bucket with a burst of 10 allows in that time),
the 429s the server had to send (the client's limiter should make that 0), and the export
process's peak RSS growth while it streams to a file.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from .harness import Figure
from .sandbox_run import exported_ids, measured_export, sandbox_process

BUDGET = 10.0


def run(scale: float, out_dir: Path) -> list[Figure]:
    records = max(500, int(100_000 * scale))
    page_size = 250
    with sandbox_process(records, "--rate-limit", str(BUDGET)) as sandbox, tempfile.TemporaryDirectory() as tmp:
        sandbox.reset_stats()
        out = Path(tmp) / "records.jsonl"
        result = measured_export(sandbox, out, page_size=page_size, rate_limit=BUDGET)
        statuses = sandbox.statuses("GET /businesses/{business_id}/records")
        ids = exported_ids(out)
    pages = result["requests"]
    # What a 10/s token bucket (burst 10, the server's too) allows in that time.
    allowed = BUDGET + BUDGET * result["elapsed"]
    share = pages / allowed
    growth_mb = (result["rss_peak_kib"] - result["rss_start_kib"]) / 1024
    too_many = statuses.get("429", 0)
    complete = len(ids) == len(set(ids)) == records
    return [
        Figure(
            name=f"export: share of the {BUDGET:g} requests/s budget used ({records:,} records)",
            value=f"{share:.1%}",
            measured=(
                f"{pages} requests of {page_size} records in {result['elapsed']:.1f} s, of {allowed:.0f} the "
                f"budget allows (burst 10 + 10/s); {result['records']:,} records written"
                + ("" if complete else " (INCOMPLETE or duplicated!)")
            ),
            target=">= 95 %",
            met=share >= 0.95 and complete,
        ),
        Figure(
            name="export: 429s the client caused (server-side limit 10/s per token)",
            value=str(too_many),
            measured=f"responses to the list requests by status: {dict(sorted(statuses.items()))}",
            target="0",
            met=too_many == 0,
        ),
        Figure(
            name="export: peak RSS growth of the exporting process",
            value=f"{growth_mb:.1f} MB",
            measured=(
                f"RSS {result['rss_start_kib'] / 1024:.1f} MB after login, peak {result['rss_peak_kib'] / 1024:.1f} MB "
                f"while streaming {result['records']:,} records to JSONL"
            ),
            target="<= 50 MB",
            met=growth_mb <= 50,
        ),
    ]
