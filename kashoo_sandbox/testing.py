"""Running a sandbox from tests and tools: `with running_sandbox(**options) as sb:`.

The server runs in a background thread on a free port (uvicorn, real HTTP), so the context
manager works the same from sync and async tests. Helpers talk to the control endpoints.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from .app import open_sandbox
from .config import SandboxConfig, parse_quirks
from .routing import PRODUCT_BASES
from .server import bind, make_server
from .state import Sandbox


class RunningSandbox:
    def __init__(self, url: str, sandbox: Sandbox) -> None:
        self.url = url  # the root, e.g. http://127.0.0.1:PORT
        self.sandbox = sandbox
        self.demo: dict[str, Any] = sandbox.demo or {}
        self._http = httpx.Client(base_url=url, timeout=10)

    def base_url(self, product: str = "kashoo") -> str:
        return self.url + PRODUCT_BASES[product]

    def _control(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self._http.request(method, "/_sandbox" + path, **kwargs)
        if response.status_code == 404:
            return None
        response.raise_for_status()
        return response.json()

    def last_mfa_code(self, email: str) -> str | None:
        found = self._control("GET", "/mfa/last-code", params={"email": email})
        return None if found is None else str(found["code"])

    def stats(self) -> dict[str, Any]:
        result: dict[str, Any] = self._control("GET", "/stats")
        return result

    def reset_stats(self) -> None:
        self._control("POST", "/reset-stats")

    def config(self) -> dict[str, Any]:
        result: dict[str, Any] = self._control("GET", "/config")
        return result

    def configure(self, **changes: Any) -> dict[str, Any]:
        """Change fault_rate, post_commit_fault_rate, latency_ms, rate_limit, quirks, oauth_token_lifetime, seed."""
        if isinstance(changes.get("quirks"), str):
            changes["quirks"] = sorted(parse_quirks(changes["quirks"]))
        result: dict[str, Any] = self._control("POST", "/config", json=changes)
        return result

    @contextmanager
    def configured(self, **changes: Any) -> Iterator[RunningSandbox]:
        """Change the config for a block, then put it back as it was."""
        before = self.config()
        self.configure(**changes)
        try:
            yield self
        finally:
            self.configure(**{k: before[k] for k in changes})

    def create_user(self, email: str, password: str, **options: Any) -> dict[str, Any]:
        """A new user with their own business: options first, last, product, mfaPhone, sso, businessName."""
        result: dict[str, Any] = self._control("POST", "/users", json={"email": email, "password": password, **options})
        return result

    def login(self, email: str | None = None, password: str | None = None, product: str = "kashoo") -> dict[str, Any]:
        """The AuthToken JSON of a password login (the demo user by default)."""
        response = self._http.post(
            self.base_url(product) + "/authTokens",
            data={"email": email or self.demo["email"], "password": password or self.demo["password"]},
            headers={"Accept": "application/json"},
        )
        response.raise_for_status()
        token: dict[str, Any] = response.json()
        return token

    def token_header(self, email: str | None = None, password: str | None = None) -> str:
        """An `Authorization` value, `TOKEN json:{...}`, for a password login (the demo user by default)."""
        return "TOKEN json:" + json.dumps(self.login(email, password), separators=(",", ":"))

    def close(self) -> None:
        self._http.close()


@contextmanager
def running_sandbox(
    *,
    db: str | None = None,
    demo: bool = True,
    demo_records: int = 200,
    fault_rate: float = 0.0,
    post_commit_fault_rate: float = 0.0,
    latency_ms: int = 0,
    rate_limit: float = 0.0,
    quirks: str | Iterable[str] = (),
    seed: int | None = 1,
    oauth_token_lifetime: int = 3600,
    host: str = "127.0.0.1",
    access_log: bool = False,
) -> Iterator[RunningSandbox]:
    """A sandbox serving on a free port for the duration of the block.

    Defaults suit tests: demo data with 200 records, no rate limit (the CLI's default is 10/s),
    no faults, fault seed 1.
    """
    config = SandboxConfig(
        rate_limit=rate_limit,
        quirks=parse_quirks(quirks if isinstance(quirks, str) else list(quirks)),
        seed=seed,
        oauth_token_lifetime=oauth_token_lifetime,
    )
    config.update(
        {"fault_rate": fault_rate, "post_commit_fault_rate": post_commit_fault_rate, "latency_ms": latency_ms}
    )
    sandbox = open_sandbox(db, config, demo=demo, demo_records=demo_records)
    sock = bind(host, 0)
    port = sock.getsockname()[1]
    server = make_server(sandbox, access_log=access_log)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name=f"sandbox:{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the sandbox did not start")
        time.sleep(0.005)
    running = RunningSandbox(f"http://{host}:{port}", sandbox)
    try:
        yield running
    finally:
        running.close()
        server.should_exit = True
        thread.join(10)
        sock.close()
        sandbox.store.close()
