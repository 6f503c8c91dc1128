"""TCP connections to an address the policy allows, with the failure told apart.

We connect a socket ourselves (not `open_connection(host, ...)`) so the TCP stage is classified on
its own (refused, filtered, unreachable) before any TLS, and so the socket can be handed to
aiosmtplib or wrapped in TLS with the host name for SNI while the connection goes to the address
we checked.
"""

from __future__ import annotations

import asyncio
import errno
import socket
import ssl

from diagnostics.frozen import frozen
from diagnostics.model import Outcome
from diagnostics.net import looplag
from diagnostics.net.destination import CappedSocket, Caps, take

_UNREACHABLE = {errno.EHOSTUNREACH, errno.ENETUNREACH, errno.EADDRNOTAVAIL, errno.ENETDOWN}
# Our own host has no route (or no address) for that network: a machine without IPv6 meets
# every AAAA record this way. It says nothing about the server (style.md §5).
_NO_ROUTE_HERE = {errno.ENETUNREACH, errno.EADDRNOTAVAIL, errno.ENETDOWN}


@frozen(kw_only=False)
class ConnectFailure:
    """Why a TCP connection did not open, as an outcome and its detail."""

    outcome: Outcome
    detail: str
    no_route: bool = False  # our side has no route to the address: not the server's fault


async def connect_socket(
    address: str, port: int, *, timeout: float, host: str | None = None, caps: Caps | None = None
) -> socket.socket | ConnectFailure:
    """A connected non-blocking socket, or why not. Never raises for a network fault.

    With `caps`, the connection first takes its places under the per-address and per-provider
    caps (net/destination.py, `host` tells the provider), held until the socket is closed. Then
    it waits for room in this loop's connection pace (net/looplag.py). Both waits come before
    the timeout starts: they are ours, not the server's."""
    lease = None if caps is None else (await take(address, host, caps))[0]
    try:
        await looplag.paced_connect()
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        sock = CappedSocket(family, socket.SOCK_STREAM)
    except BaseException:
        if lease is not None:
            lease.give_back()
        raise
    if lease is not None:
        sock.hold(lease)
    sock.setblocking(False)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(timeout):
            await loop.sock_connect(sock, (address, port))
    except TimeoutError:
        sock.close()
        return ConnectFailure(
            Outcome.TIMEOUT, f"no answer from {address} port {port} within {timeout:g} s"
        )
    except ConnectionRefusedError:
        sock.close()
        return ConnectFailure(Outcome.REFUSED, f"{address} refused port {port}")
    except OSError as exc:
        sock.close()
        if exc.errno in _UNREACHABLE:
            return ConnectFailure(
                Outcome.UNREACHABLE,
                f"{address} is unreachable ({exc.strerror})",
                no_route=exc.errno in _NO_ROUTE_HERE,
            )
        return ConnectFailure(Outcome.UNREACHABLE, f"cannot connect to {address}: {exc}")
    except BaseException:
        sock.close()
        raise
    return sock


async def open_stream(
    sock: socket.socket,
    context: ssl.SSLContext | None,
    host: str,
    *,
    timeout: float | None,
    limit: int,
) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """Streams over a connected socket; with `context`, after a TLS handshake (SNI `host`)
    within `timeout`. TLS errors propagate (net/tls.py classifies them); the socket is closed
    on any failure.

    Plain streams first, then the handshake on them (StreamWriter.start_tls), so that a failed
    or cancelled handshake leaves a transport we hold and abort. `open_connection(ssl=...)`
    hides it: cancelled after the handshake, its TLS transport starts a graceful shutdown that
    keeps the raw transport reading its descriptor for up to 30 s; closing the socket under it
    hands the descriptor number to the next socket, which asyncio then refuses ("File
    descriptor N is used by transport", a crash under load: issue 16)."""
    try:
        reader, writer = await asyncio.open_connection(sock=sock, limit=limit)
    except BaseException:
        sock.close()  # the plain transport, if any, is closing already: nothing reads the fd
        raise
    if context is None:
        return reader, writer
    try:
        async with asyncio.timeout(timeout):
            await writer.start_tls(context, server_hostname=host, ssl_handshake_timeout=timeout)
    except BaseException:
        writer.transport.abort()  # closes the socket with its transport, at once
        raise
    return reader, writer
