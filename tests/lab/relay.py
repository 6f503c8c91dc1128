"""A counting relay: listens on addresses of its own and forwards every connection, byte for
byte, to a real lab server on the same port, counting the connections open at once on the
server side. The connection-cap tests (net/destination.py) point a name at it: the real server
speaks the protocol, the relay only counts (no real server reports its pre-login connections).

Protocols rather than streams: a connection's end is counted in the very callback that sees it
(EOF or reset), before the loop turns to the next accept, as a server's own count would be.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Iterable


class CountingRelay:
    """`async with CountingRelay(target) as relay: await relay.listen(addresses, ports)`."""

    def __init__(self, target: str) -> None:
        self.target = target  # the real server's address
        self.open = 0  # client connections open now (accepted, not yet ended)
        self.peak = 0  # the most open at once
        self.accepted = 0
        self._servers: list[asyncio.Server] = []
        self._clients: set[_Client] = set()

    async def __aenter__(self) -> CountingRelay:
        return self

    async def __aexit__(self, *exc: object) -> None:
        for server in self._servers:
            server.close()
        for client in list(self._clients):
            client.end()
        for server in self._servers:
            await server.wait_closed()

    async def listen(self, addresses: Iterable[str], ports: Iterable[int]) -> None:
        loop = asyncio.get_running_loop()
        for address in addresses:
            for port in ports:
                server = await loop.create_server(
                    functools.partial(_Client, self, port), address, port
                )
                self._servers.append(server)

    def opened(self, client: _Client) -> None:
        self.accepted += 1
        self.open += 1
        self.peak = max(self.peak, self.open)
        self._clients.add(client)

    def ended(self, client: _Client) -> None:
        self.open -= 1
        self._clients.discard(client)


class _Client(asyncio.Protocol):
    """One client connection, forwarded to the real server once that connection is up."""

    def __init__(self, relay: CountingRelay, port: int) -> None:
        self.relay, self.port = relay, port
        self.transport: asyncio.Transport | None = None
        self.upstream: asyncio.Transport | None = None
        self.early: list[bytes] = []  # what the client sent before the upstream was up
        self.done = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.relay.opened(self)
        self.connecting = asyncio.get_running_loop().create_task(self._connect())

    async def _connect(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            upstream, _ = await loop.create_connection(
                lambda: _Upstream(self), self.relay.target, self.port
            )
        except OSError:
            self.end()
            return
        if self.done:
            upstream.abort()
            return
        self.upstream = upstream
        for data in self.early:
            upstream.write(data)
        self.early.clear()

    def data_received(self, data: bytes) -> None:
        if self.upstream is not None:
            self.upstream.write(data)
        else:
            self.early.append(data)

    def eof_received(self) -> bool:
        self.end()
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        self.end()

    def end(self) -> None:
        """Both sides closed at once, counted once."""
        if self.done:
            return
        self.done = True
        self.relay.ended(self)
        if self.transport is not None:
            self.transport.abort()
        if self.upstream is not None:
            self.upstream.abort()
        else:
            self.connecting.cancel()


class _Upstream(asyncio.Protocol):
    def __init__(self, client: _Client) -> None:
        self.client = client

    def data_received(self, data: bytes) -> None:
        if self.client.transport is not None and not self.client.done:
            self.client.transport.write(data)

    def eof_received(self) -> bool:
        self.client.end()
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        self.client.end()
