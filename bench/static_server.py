"""The fastest loopback HTTP/1.1 server we can write: one fixed JSON body, keep-alive.

The per-call overhead bench talks to it so that the server costs as little as possible and
the client's own overhead is what the ratio shows. Prints `listening <url>` when ready.
"""

from __future__ import annotations

import argparse
import asyncio

from .harness import records_page


class FixedResponse(asyncio.Protocol):
    def __init__(self, response: bytes) -> None:
        self.response = response
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        # Requests are bodiless GETs: each ends at the blank line.
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) != -1:
            self.buffer = self.buffer[end + 4 :]
            assert self.transport is not None
            self.transport.write(self.response)


async def serve(port: int, page_size: int) -> None:
    body = records_page(page_size)
    head = (
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n"
    )
    response = head.encode() + body
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: FixedResponse(response), "127.0.0.1", port)
    bound = server.sockets[0].getsockname()[1]
    print(f"listening http://127.0.0.1:{bound}", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--page-size", type=int, default=100)
    args = parser.parse_args()
    asyncio.run(serve(args.port, args.page_size))


if __name__ == "__main__":
    main()
