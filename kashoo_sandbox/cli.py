"""Command line: python -m kashoo_sandbox --port P [--db FILE] [--demo] [--quirks all] [--fault-rate R] ..."""

from __future__ import annotations

import argparse
import json
import sys

from .app import open_sandbox
from .config import SandboxConfig, parse_quirks
from .errors import ApiError
from .routing import PRODUCT_BASES
from .server import bind, make_server


def parser(prog: str = "python -m kashoo_sandbox") -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=prog, description="A stateful local Kashoo/TrulySmall API.")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8975, help="0 picks a free port (printed)")
    p.add_argument("--db", help="SQLite file (default: in memory, lost on exit)")
    p.add_argument("--demo", action="store_true", help="load the demo user, businesses and records")
    p.add_argument("--demo-records", type=int, default=3000)
    p.add_argument(
        "--quirks", default="", help="comma list or 'all': string-dates, mixed-timestamps, odd-types, html-errors"
    )
    p.add_argument("--fault-rate", type=float, default=0.0, help="share of API requests failing with 429/503/drop")
    p.add_argument(
        "--post-commit-fault-rate", type=float, default=0.0, help="share of writes answered 503 after commit"
    )
    p.add_argument("--latency-ms", type=int, default=0)
    p.add_argument("--rate-limit", type=float, default=10.0, help="requests per second per token; 0 = off")
    p.add_argument("--seed", type=int, help="seed for fault injection (reproducible runs)")
    p.add_argument("--oauth-token-lifetime", type=int, default=3600, help="OAuth access-token lifetime (s)")
    p.add_argument("--access-log", action="store_true", help="log every request (off by default)")
    p.add_argument("--log-level", default="warning")
    return p


def main(argv: list[str] | None = None, prog: str = "python -m kashoo_sandbox") -> None:
    args = parser(prog).parse_args(argv)
    try:
        config = SandboxConfig(
            rate_limit=args.rate_limit,
            quirks=parse_quirks(args.quirks),
            seed=args.seed,
            oauth_token_lifetime=args.oauth_token_lifetime,
        )
        config.update(
            {
                "fault_rate": args.fault_rate,
                "post_commit_fault_rate": args.post_commit_fault_rate,
                "latency_ms": args.latency_ms,
            }
        )
    except ApiError as error:
        sys.exit(f"error: {error.message}")
    sandbox = open_sandbox(args.db, config, demo=args.demo, demo_records=args.demo_records)
    sock = bind(args.host, args.port)
    host, port = sock.getsockname()[:2]
    root = f"http://{'[' + host + ']' if ':' in host else host}:{port}"
    print(f"Kashoo sandbox on {root}")
    for product, base in PRODUCT_BASES.items():
        print(f"  {product:7} {root}{base}")
    if sandbox.demo:
        print(f"  demo credentials: {json.dumps(sandbox.demo)}")
    sys.stdout.flush()
    make_server(sandbox, access_log=args.access_log, log_level=args.log_level).run(sockets=[sock])
    sandbox.store.close()
