"""What every bench shares: timing by interleaved repetitions, the payload, the machine."""

from __future__ import annotations

import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib.metadata import version
from pathlib import Path
from typing import Any

import attrs


@attrs.frozen
class Figure:
    """One line of RESULTS.md."""

    name: str
    value: str  # the figure itself, e.g. "1.07x" or "0 of 100,000"
    measured: str  # what was measured, with the absolute numbers behind the figure
    target: str
    met: bool | None  # None: reported, no target


def interleaved_medians(subjects: dict[str, Callable[[], float]], repeats: int) -> dict[str, float]:
    """Run each subject `repeats` times, interleaved, and return each one's median.

    A subject returns the time it measured for one repetition (seconds per unit of work).
    Interleaving spreads machine noise (the other core, frequency changes) over all
    subjects instead of letting it land on whichever ran during the noisy second.
    """
    samples: dict[str, list[float]] = {name: [] for name in subjects}
    order = list(subjects.items())
    for round_ in range(repeats):
        # Every other round in reverse (A B, B A, ...): whatever a subject leaves behind (caches,
        # heap fragmentation) falls on each of the others equally often.
        for name, run in order if round_ % 2 == 0 else reversed(order):
            # Collect the garbage of the previous subject first, so that each subject pays for
            # its own collections only (a subject that allocates a lot, such as model building,
            # otherwise slows down whichever subject runs after it).
            gc.collect()
            samples[name].append(run())
    return {name: statistics.median(values) for name, values in samples.items()}


def per_call(fn: Callable[[], Any], calls: int) -> Callable[[], float]:
    """A subject that times `calls` calls of a synchronous function (CPU-bound work)."""

    def run() -> float:
        started = time.perf_counter()
        for _ in range(calls):
            fn()
        return (time.perf_counter() - started) / calls

    return run


def record(i: int, business: int = 5_000_000_001) -> dict[str, Any]:
    """One record as the API sends it: every documented field, a TransferDate, ms and ISO."""
    return {
        "id": 5_000_000_000 + i,
        "business": business,
        "description": f"Invoice {i} for consulting",
        "memo": None,
        "exchangeRate": 1.0,
        "contact": 5_000_000_100 + i % 50,
        "currency": "CAD",
        "account": 5_000_000_200,
        "date": {
            "year": 2024,
            "month": 1 + i % 12,
            "dayOfMonth": 1 + i % 28,
            "lastDayOfMonth": False,
            "maxDayOfMonth": 31,
            "firstDayOfMonth": False,
            "monthEnum": "JANUARY",
            "past": True,
            "future": False,
            "dayOfYear": 10,
            "leapYear": True,
        },
        "collaborationContext": None,
        "number": f"INV-{i:05d}",
        "contactName": "Acme Supplies",
        "removed": False,
        "readOnly": False,
        "homeCurrency": "CAD",
        "project": None,
        "projectName": None,
        "creation": "2024-05-29T16:20:47Z",
        "lastModified": 1_716_999_647_879 + i,
        "inboxReference": None,
        "foreignCurrency": False,
        "recordAttachments": [],
        "allowZeroAmounts": False,
        "type": "INVOICE",
        "links": [{"rel": "self", "href": f"/records/{5_000_000_000 + i}", "type": "application/json"}],
        "amount": 12_345,
        "totalDue": 12_345,
        "balanceDue": 0,
        "paid": True,
    }


def records_page(size: int = 100) -> bytes:
    return json.dumps([record(i) for i in range(size)]).encode()


def rss_kib() -> tuple[int, int]:
    """(current RSS, peak RSS) of this process in KiB, from /proc (Linux)."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0])
    return fields["VmRSS"], fields["VmHWM"]


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    packages = ", ".join(f"{name} {version(name)}" for name in ("httpx", "attrs", "uvicorn", "starlette"))
    return (
        f"{cpu}, {os.cpu_count()} cores, {mem_gib:.0f} GiB; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; {packages}"
    )


@contextmanager
def subprocess_server(args: list[str], ready_prefix: str, timeout: float = 30.0) -> Iterator[str]:
    """Start a server process that prints `<ready_prefix><url>` when it listens; yield the url."""
    proc = subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                raise RuntimeError(f"server {args} exited with {proc.wait()}")
            if line.startswith(ready_prefix):
                yield line[len(ready_prefix) :].strip()
                return
        raise RuntimeError(f"server {args} did not start in {timeout} s")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
