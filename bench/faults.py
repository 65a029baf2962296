"""Faults: an export while the sandbox injects 5 % faults (429, 503, dropped connections).

The same export runs twice against one sandbox, first with no faults (the baseline), then
with 5 % of API requests failing. Measured: records lost and duplicated (against the ids of
the baseline export), retries spent (the faulted responses the client had to repeat), and the
time overhead against the baseline. Faulted 429/503 answers carry Retry-After: 1, which the
client honours, so each fault costs about a second: that is the overhead's main part.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from .harness import Figure
from .sandbox_run import exported_ids, measured_export, sandbox_process

FAULT_RATE = 0.05


def run(scale: float, out_dir: Path) -> list[Figure]:
    records = max(500, int(20_000 * scale))
    page_size = 100
    with sandbox_process(records, "--rate-limit", "0", "--seed", "7") as sandbox, tempfile.TemporaryDirectory() as tmp:
        clean = measured_export(sandbox, Path(tmp) / "clean.jsonl", page_size=page_size, rate_limit=0)
        expected = exported_ids(Path(tmp) / "clean.jsonl")
        sandbox.configure(fault_rate=FAULT_RATE)
        sandbox.reset_stats()
        faulted = measured_export(
            sandbox, Path(tmp) / "faulted.jsonl", page_size=page_size, rate_limit=0, max_retries=6
        )
        statuses = sandbox.statuses("GET /businesses/{business_id}/records")
        got = exported_ids(Path(tmp) / "faulted.jsonl")
    lost = len(set(expected) - set(got))
    duplicated = len(got) - len(set(got))
    faults = sum(count for status, count in statuses.items() if status in ("429", "503", "dropped"))
    overhead = faulted["elapsed"] / clean["elapsed"]
    return [
        Figure(
            name=f"faults: records lost / duplicated under {FAULT_RATE:.0%} injected faults ({records:,} records)",
            value=f"{lost} / {duplicated}",
            measured=f"{len(got):,} records exported vs {len(expected):,} without faults",
            target="0 / 0",
            met=lost == 0 and duplicated == 0 and len(expected) == records,
        ),
        Figure(
            name="faults: retries spent",
            value=str(faults),
            measured=(
                f"{faulted['requests']} list requests sent for {len(expected) // page_size + 1} pages; "
                f"server answers by status: {dict(sorted(statuses.items()))}"
            ),
            target="(reported)",
            met=None,
        ),
        Figure(
            name="faults: export time with faults vs without",
            value=f"{overhead:.2f}x",
            measured=f"{faulted['elapsed']:.1f} s vs {clean['elapsed']:.1f} s (a 429/503 waits its Retry-After: 1 s)",
            target="(reported)",
            met=None,
        ),
    ]
