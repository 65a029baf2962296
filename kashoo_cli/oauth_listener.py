"""A one-shot local HTTP listener for the OAuth2 redirect of `kashoo login --oauth`."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import httpx

from kashoo_ext import ConfigurationError

PAGE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n\r\n"
    b"<!doctype html><title>Kashoo</title><p>Logged in. You can close this window.</p>"
)
NOT_HERE = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"


@contextlib.asynccontextmanager
async def redirect_listener(redirect_uri: str) -> AsyncIterator[asyncio.Future[str]]:
    """Listen where `redirect_uri` points (a loopback http URL); the future gets the full
    callback URL (with ``code`` and ``state``) of the first request to its path."""
    url = httpx.URL(redirect_uri)
    if url.scheme != "http" or url.host not in ("127.0.0.1", "localhost", "::1") or not url.port:
        raise ConfigurationError(
            f"--redirect-uri must be a loopback http URL with a port, such as "
            f"http://127.0.0.1:8976/callback, got {redirect_uri!r}"
        )
    arrived: asyncio.Future[str] = asyncio.get_running_loop().create_future()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request_line = (await reader.readline()).decode("latin-1").split()
            while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                pass  # headers: nothing in them matters
            target = request_line[1] if len(request_line) >= 2 else ""
            if target.split("?", 1)[0] == url.path and not arrived.done():
                arrived.set_result(str(url.copy_with(raw_path=target.encode("latin-1"))))
                writer.write(PAGE)
            else:
                writer.write(NOT_HERE)
            await writer.drain()
        finally:
            writer.close()

    try:
        server = await asyncio.start_server(handle, url.host, url.port)
    except OSError as error:
        raise ConfigurationError(f"cannot listen on {url.host}:{url.port} for the redirect: {error.strerror}") from None
    async with server:
        yield arrived
