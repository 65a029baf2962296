"""`python -m bench [--scale S] [--only NAME ...]`: run the benches, write bench/RESULTS.md."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import time
from pathlib import Path

from .harness import Figure, machine

BENCHES = ["parsing", "overhead", "concurrency", "export", "faults"]
RESULTS = Path(__file__).with_name("RESULTS.md")


def render(figures: list[tuple[str, Figure]], seconds: float, scale: float) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"Written by `make bench` on {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC in {seconds:.0f} s"
        + (f" (scale {scale})" if scale != 1 else "")
        + ".",
        "",
        f"Machine: {machine()}.",
        "",
        "Each figure is a ratio (or count) against a baseline measured in the same run on the same",
        "machine; times are medians of interleaved repetitions. How each is measured is in the",
        "docstring of the bench module named in the first column. Throughput against concurrency:",
        "[concurrency.svg](concurrency.svg). What profiling found and changed: [PROFILE.md](PROFILE.md).",
        "",
        "| bench | figure | value | target | met | measured |",
        "|---|---|---|---|---|---|",
    ]
    for bench, f in figures:
        met = "—" if f.met is None else ("yes" if f.met else "**no**")
        lines.append(f"| {bench} | {f.name} | {f.value} | {f.target} | {met} | {f.measured} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0, help="shrink (<1) or grow the work")
    parser.add_argument("--only", nargs="*", choices=BENCHES, help="run only these benches")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    started = time.monotonic()
    figures: list[tuple[str, Figure]] = []
    for name in args.only or BENCHES:
        print(f"bench {name} ...", flush=True)
        module = importlib.import_module(f"bench.{name}")
        for figure in module.run(args.scale, args.out.parent):
            print(f"  {figure.name}: {figure.value} (target {figure.target})", flush=True)
            figures.append((name, figure))
    args.out.write_text(render(figures, time.monotonic() - started, args.scale))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
