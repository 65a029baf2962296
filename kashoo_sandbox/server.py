"""Serving a sandbox with uvicorn: on a socket we bind ourselves, so port 0 picks a free port."""

from __future__ import annotations

import logging
import socket

import uvicorn

from .app import create_app
from .state import Sandbox


class _QuietDrops(logging.Filter):
    """Injected dropped connections are on purpose; uvicorn need not report them."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "ASGI callable returned without" not in record.getMessage()


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY on accepted sockets only when proto says TCP, and
    # without it every small response waits ~40 ms for a delayed ACK (Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.setblocking(False)
    return sock


def make_server(sandbox: Sandbox, *, access_log: bool = False, log_level: str = "warning") -> uvicorn.Server:
    """A uvicorn server for the sandbox. Access logs are off by default: URLs are logged there,
    and although the sandbox never puts secrets in URLs, a client might (e.g. ?token=)."""
    logging.getLogger("uvicorn.error").addFilter(_QuietDrops())
    config = uvicorn.Config(
        create_app(sandbox), log_level=log_level, access_log=access_log, lifespan="off", timeout_graceful_shutdown=1
    )
    return uvicorn.Server(config)
