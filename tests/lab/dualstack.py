"""Dual-stack hosts: IPv6 addresses of their own, in a network namespace, for IPV6_BROKEN.

Theory of operation. Loopback has one IPv6 address (::1), which every lab slot and test shares;
a dead-versus-working AAAA record needs addresses of its own. `start_dualstack(slot)` makes a
network namespace and a veth pair with unique-local addresses (RFC 4193, fd00::/8):

    this namespace                         namespace mailmedic-v6-<slot>
    mmv6-<slot>h  fd00:6d6d:<slot>::1  <-veth->  mmv6-<slot>n  fd00:6d6d:<slot>::2

On ::1 of the pair (our side) a byte relay forwards every mail port to the healthy scenario's
real Dovecot and Postfix, so the IPv6 side is the same real server; on ::2 (inside the
namespace) nothing listens, so a connection is refused, like the AAAA record of a host whose
mail server binds IPv4 only. The lab DNS (nameservers.py) names them:

    dualstack.lab.test    A healthy, AAAA ...::1   both families answer
    v6dead.lab.test       A healthy, AAAA ...::2   IPv6 refused: IPV6_BROKEN (warning)
    v6onlydead.lab.test             AAAA ...::2    nothing answers: IPV6_BROKEN (error)
    v6noroute.lab.test    A healthy, AAAA fd00:6d6e:<slot>::1, which a `throw` route makes
                          unroutable from here: our vantage point, never IPV6_BROKEN
    v4dead.lab.test       A closed (refused), AAAA ...::1: IPV4_BROKEN (the mirror case)
    v6badcert.lab.test    A healthy, AAAA ...::3, our side too, relayed to the "wrongname"
                          Dovecot and Postfix: IPv6 answers with a certificate for another
                          name (IPV6_BROKEN, the fault named)

Nothing leaves the machine: the pair is a cable between two namespaces of this kernel. `stop()`
deletes the namespace (which removes both ends of the pair) and closes the relay; a leftover of a
killed run is deleted before the next start.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import ipaddress
import socket
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from .procs import LabStartError

MAIL_PORTS = (143, 993, 110, 995, 25, 587, 465)
PREFIX = "fd00:6d6d"


def _canonical(address: str) -> str:
    """RFC 5952 text, as sockets and reports print it (fd00:6d6d:0::1 is fd00:6d6d::1)."""
    return str(ipaddress.IPv6Address(address))


def working_v6(slot: int) -> str:
    return _canonical(f"{PREFIX}:{slot}::1")


def dead_v6(slot: int) -> str:
    return _canonical(f"{PREFIX}:{slot}::2")


def badcert_v6(slot: int) -> str:
    """Our side of the pair as well: relayed to the servers whose certificate names another
    host (the "wrongname" scenario)."""
    return _canonical(f"{PREFIX}:{slot}::3")


def noroute_v6(slot: int) -> str:
    """An address our host has no route to (a `throw` route: ENETUNREACH), like any AAAA seen
    from a machine without IPv6."""
    return _canonical(f"{NOROUTE_PREFIX}:{slot}::1")


NOROUTE_PREFIX = "fd00:6d6e"


def _noroute_net(slot: int) -> str:
    return f"{NOROUTE_PREFIX}:{slot}::/48"


def dns_lines(slot: int, healthy: str, closed: str) -> list[str]:
    """dnsmasq records of the dual-stack hosts (see the module docstring); `closed` is an IPv4
    address where nothing listens (the "closed" scenario)."""
    return [
        f"host-record=v6badcert.lab.test,{healthy},{badcert_v6(slot)}",
        f"host-record=dualstack.lab.test,{healthy},{working_v6(slot)}",
        f"host-record=v4dead.lab.test,{closed},{working_v6(slot)}",
        f"host-record=v6dead.lab.test,{healthy},{dead_v6(slot)}",
        f"host-record=v6onlydead.lab.test,{dead_v6(slot)}",
        f"host-record=v6noroute.lab.test,{healthy},{noroute_v6(slot)}",
        # A domain whose SRV records (RFC 6186) publish the host with the dead AAAA.
        "srv-host=_imaps._tcp.srvv6.lab.test,v6dead.lab.test,993,0,10",
        "srv-host=_submissions._tcp.srvv6.lab.test,v6dead.lab.test,465,0,10",
        "mx-host=srvv6.lab.test,v6dead.lab.test,10",
    ]


# The healthy certificate names these too (tests/lab/certs.py): the relay reaches its servers.
CERT_NAMES = (
    "dualstack.lab.test",
    "v6dead.lab.test",
    "v6onlydead.lab.test",
    "v6noroute.lab.test",
    "v4dead.lab.test",
    "v6badcert.lab.test",
)


@dataclass(frozen=True)
class DualStack:
    working: str  # our side of the pair: relayed to the healthy servers
    dead: str  # the namespace's side: nothing listens
    badcert: str  # our side too: relayed to servers with a certificate for another name
    stop: Callable[[], None]


def _names(slot: int) -> tuple[str, str, str]:
    return f"mailmedic-v6-{slot}", f"mmv6-{slot}h", f"mmv6-{slot}n"


def _ip(*args: str) -> None:
    done = subprocess.run(["ip", *args], capture_output=True, text=True, timeout=10, check=False)
    if done.returncode != 0:
        raise LabStartError(f"lab: dual-stack: `ip {' '.join(args)}` failed: {done.stderr.strip()}")


def remove_namespace(slot: int) -> None:
    namespace, host_end, _ = _names(slot)
    subprocess.run(["ip", "netns", "del", namespace], capture_output=True, timeout=10, check=False)
    subprocess.run(["ip", "link", "del", host_end], capture_output=True, timeout=10, check=False)
    subprocess.run(
        ["ip", "-6", "route", "del", "throw", _noroute_net(slot)],
        capture_output=True,
        timeout=10,
        check=False,
    )


def _make_namespace(slot: int) -> None:
    namespace, host_end, ns_end = _names(slot)
    remove_namespace(slot)  # a leftover of a killed run
    _ip("netns", "add", namespace)
    _ip("link", "add", host_end, "type", "veth", "peer", "name", ns_end)
    _ip("link", "set", ns_end, "netns", namespace)
    # nodad: the address is usable at once instead of "tentative" for a second (RFC 4862 §5.4).
    _ip("addr", "add", f"{working_v6(slot)}/64", "dev", host_end, "nodad")
    _ip("addr", "add", f"{badcert_v6(slot)}/64", "dev", host_end, "nodad")
    _ip("link", "set", host_end, "up")
    _ip("-n", namespace, "addr", "add", f"{dead_v6(slot)}/64", "dev", ns_end, "nodad")
    _ip("-n", namespace, "link", "set", ns_end, "up")
    _ip("-n", namespace, "link", "set", "lo", "up")
    _ip("-6", "route", "add", "throw", _noroute_net(slot))


def _wait_refused(address: str, port: int, deadline: float) -> None:
    """The namespace answers (a refusal) once the pair's link is up."""
    last = ""
    while time.monotonic() < deadline:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as sock:
            sock.settimeout(0.5)
            code = sock.connect_ex((address, port))
        if code == errno.ECONNREFUSED:
            return
        last = errno.errorcode.get(code, str(code))
        time.sleep(0.02)
    raise LabStartError(f"lab: dual-stack: {address} port {port} never answered ({last})")


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        with contextlib.suppress(Exception):
            writer.close()


async def _relay_one(
    target: tuple[str, int], reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    try:
        up_reader, up_writer = await asyncio.open_connection(*target)
    except OSError:
        writer.close()
        return
    await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))


class _Relay:
    """Forwards [working]:PORT to healthy:PORT for every mail port, on a loop in a thread (the
    CLI tests run their own event loop, and the relay must answer them too)."""

    def __init__(self, listen: str, upstream: str) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._servers: list[asyncio.Server] = []
        self._listen, self._upstream = listen, upstream

    async def _start(self) -> None:
        for port in MAIL_PORTS:
            target = (self._upstream, port)
            server = await asyncio.start_server(
                lambda r, w, t=target: _relay_one(t, r, w), self._listen, port
            )
            self._servers.append(server)

    def start(self) -> None:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self.loop).result(10)

    async def _close(self) -> None:
        for server in self._servers:
            server.close()
        for task in asyncio.all_tasks():
            if task is not asyncio.current_task():
                task.cancel()

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(self._close(), self.loop).result(5)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5)


def start_dualstack(slot: int, healthy: str, wrongname: str, *, timeout: float = 10.0) -> DualStack:
    """Make the namespace and the relays (to `healthy`'s servers and to `wrongname`'s); `stop`
    removes them (call it in a finally)."""
    relays: list[_Relay] = []

    def stop() -> None:
        for relay in relays:
            relay.stop()
        remove_namespace(slot)

    try:
        _make_namespace(slot)
        _wait_refused(dead_v6(slot), 993, time.monotonic() + timeout)
        for listen, upstream in ((working_v6(slot), healthy), (badcert_v6(slot), wrongname)):
            relays.append(_Relay(listen, upstream))
            relays[-1].start()
    except BaseException:
        stop()
        raise
    return DualStack(
        working=working_v6(slot), dead=dead_v6(slot), badcert=badcert_v6(slot), stop=stop
    )
