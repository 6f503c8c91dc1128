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
from dataclasses import dataclass

from diagnostics.model import Outcome
from diagnostics.net import looplag

_UNREACHABLE = {errno.EHOSTUNREACH, errno.ENETUNREACH, errno.EADDRNOTAVAIL, errno.ENETDOWN}
# Our own host has no route (or no address) for that network: a machine without IPv6 meets
# every AAAA record this way. It says nothing about the server (style.md §5).
_NO_ROUTE_HERE = {errno.ENETUNREACH, errno.EADDRNOTAVAIL, errno.ENETDOWN}


@dataclass(frozen=True, slots=True)
class ConnectFailure:
    outcome: Outcome
    detail: str
    no_route: bool = False  # our side has no route to the address: not the server's fault


async def connect_socket(
    address: str, port: int, *, timeout: float
) -> socket.socket | ConnectFailure:
    """A connected non-blocking socket, or why not. Never raises for a network fault.

    The start waits for room in this loop's connection pace first (net/looplag.py), outside the
    timeout: that wait is ours, not the server's."""
    await looplag.paced_connect()
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
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
