"""Our own stalled event loop is never blamed on a server (issue 16, net/looplag.py)."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import AsyncIterator, Callable

import dns.message
import dns.rdatatype
import dns.rrset
import pytest

from diagnostics.findings.codes import Code
from diagnostics.findings.rules import rule_result
from diagnostics.model import Endpoint, Outcome, Protocol, Security
from diagnostics.net import looplag
from diagnostics.net.resolve import make_resolver, resolve_host
from diagnostics.net.tls import TlsContexts
from diagnostics.policy import AddressPolicy
from diagnostics.probes import HostResolver, ProbeContext, Timeouts, probe
from tests.lab import Lab

STAGE = 0.5  # every stage timeout of these probes
TIMEOUTS = Timeouts(connect=STAGE, greeting=STAGE, tls=STAGE, command=STAGE, resolve=1.0)


class SilentOnce:
    """An IMAP server that stays silent on its first connection (on every one with
    `always=True`) and greets on later ones. `on_first` runs when the first connection arrives
    (the tests stall the loop there)."""

    def __init__(self, on_first: Callable[[], None], always: bool = False) -> None:
        self.on_first = on_first
        self.always = always
        self.connections = 0
        self.port = 0
        self._open: list[asyncio.StreamWriter] = []

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self._open.append(writer)
        if self.connections == 1 or self.always:
            if self.connections == 1:
                self.on_first()
            await reader.read()  # silence until the client gives up
            return
        writer.write(b"* OK ready\r\n")
        while line := await reader.readline():
            tag, _, command = line.decode().strip().partition(" ")
            if command.upper().startswith("CAPABILITY"):
                writer.write(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n")
            writer.write(f"{tag} OK done\r\n".encode())
            await writer.drain()

    def close(self) -> None:
        for writer in self._open:
            writer.transport.abort()


@pytest.fixture
async def server_factory() -> AsyncIterator[Callable[..., object]]:
    servers: list[tuple[asyncio.Server, SilentOnce]] = []

    async def make(on_first: Callable[[], None], always: bool = False) -> SilentOnce:
        state = SilentOnce(on_first, always)
        server = await asyncio.start_server(state.handle, "127.0.0.1", 0)
        state.port = server.sockets[0].getsockname()[1]
        servers.append((server, state))
        return state

    yield make
    for server, state in servers:
        state.close()
        server.close()


def context(lab: Lab, deadline: float | None = None) -> ProbeContext:
    return ProbeContext(
        resolver=HostResolver(make_resolver(lab.dns, timeout=1.0), 1.0),
        tls=TlsContexts.create(lab.cafile),
        policy=AddressPolicy(allow_private=True, allow_any_port=True),
        timeouts=TIMEOUTS,
        deadline=deadline,
    )


def stall_loop() -> None:
    """Hold the event loop across the moment the stage's timer falls due, as hundreds of TLS
    handshakes and reports at once do: from 0.6 to 1.6 stage timeouts after the connection."""
    looplag.monitor()
    asyncio.get_running_loop().call_later(STAGE * 0.6, time.sleep, STAGE)


def endpoint(port: int) -> Endpoint:
    return Endpoint(protocol=Protocol.IMAP, host="127.0.0.1", port=port, security=Security.NONE)


async def test_a_timeout_during_our_own_stall_is_tried_again(lab: Lab, server_factory) -> None:
    """A server whose wait fell in our own stall is asked again, not reported silent."""
    server = await server_factory(stall_loop)
    result = await probe(endpoint(server.port), context(lab))
    assert server.connections == 2
    assert result.outcome is Outcome.OK, result.detail


async def test_a_silent_server_without_our_stall_is_still_silent(lab: Lab, server_factory) -> None:
    """Without a stall of ours a silent server is reported silent, not as our overload."""
    server = await server_factory(lambda: None, always=True)
    result = await probe(endpoint(server.port), context(lab))
    assert result.outcome is Outcome.NO_GREETING
    assert "overloaded_ms" not in result.facts


async def test_no_room_for_a_retry_says_overloaded_not_no_greeting(
    lab: Lab, server_factory
) -> None:
    """When the deadline leaves no room to ask again, the result is "could not tell" with the
    fact the rules turn into OVERLOADED, never a server fault."""
    server = await server_factory(stall_loop)
    deadline = asyncio.get_running_loop().time() + STAGE * 1.5
    result = await probe(endpoint(server.port), context(lab, deadline))
    assert result.outcome is Outcome.DEADLINE
    assert result.facts["overloaded_ms"] > 0
    codes = {f.code for f in rule_result(result, now=dt.datetime.now(dt.UTC))}
    assert Code.OVERLOADED.value in codes
    assert not codes & {Code.NO_GREETING.value, Code.PORT_FILTERED.value}


async def test_the_heartbeat_sees_a_stall() -> None:
    """The loop monitor counts a synchronous block of the loop as our own stall."""
    monitor = looplag.monitor()
    loop = asyncio.get_running_loop()
    since = loop.time()
    time.sleep(0.2)  # noqa: ASYNC251 - the stall under test: nothing may run meanwhile
    assert monitor.stalled(since) >= 0.15
    assert looplag.ours(0.4)  # a stall going on now, long enough for a 0.4 s timeout


class CountingDNS(asyncio.DatagramProtocol):
    """A DNS server on loopback that answers every A question with 127.0.0.1 and counts them."""

    def __init__(self) -> None:
        self.questions = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        query = dns.message.from_wire(data)
        self.questions += 1
        response = dns.message.make_response(query)
        if query.question[0].rdtype == dns.rdatatype.A:
            name = query.question[0].name
            response.answer.append(dns.rrset.from_text(name, 60, "IN", "A", "127.0.0.1"))
        self.transport.sendto(response.to_wire(), addr)  # type: ignore[attr-defined]


async def test_identical_questions_in_flight_share_one_query() -> None:
    """Many diagnoses asking the same name at once cost one query on the wire, not one each;
    once answered, the next question is asked again (no cache)."""
    loop = asyncio.get_running_loop()
    server = CountingDNS()
    transport, _ = await loop.create_datagram_endpoint(lambda: server, local_addr=("127.0.0.1", 0))
    port = transport.get_extra_info("sockname")[1]
    try:
        # 10 askers of A and AAAA: within our DNS gate (looplag.DNS_SLOTS), all in flight at once.
        resolvers = [make_resolver(f"127.0.0.1:{port}", timeout=2.0) for _ in range(10)]
        answers = await asyncio.gather(
            *(resolve_host(r, "same.example", timeout=2.0) for r in resolvers)
        )
        assert all(a.addresses == ("127.0.0.1",) for a in answers)
        assert server.questions == 2  # one A, one AAAA
        await resolve_host(resolvers[0], "same.example", timeout=2.0)
        assert server.questions == 4
    finally:
        transport.close()


async def test_a_probe_our_capacity_held_back_past_the_deadline_says_overloaded(lab: Lab) -> None:
    """A probe that waited for one of our probe slots until the deadline is "not judged, we were
    overloaded", returned at the deadline, never a fault of the server."""
    held = [looplag.probe_slot() for _ in range(looplag.PROBE_SLOTS)]
    for slot in held:
        await slot.__aenter__()
    try:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 0.3
        host = Endpoint(
            protocol=Protocol.IMAP, host=lab.host("healthy"), port=993, security=Security.TLS
        )
        result = await probe(host, context(lab, deadline))
        assert loop.time() < deadline + 1.0  # the deadline holds
    finally:
        for slot in held:
            await slot.__aexit__(None, None, None)
    assert result.outcome is Outcome.DEADLINE
    assert "overloaded_ms" in result.facts
    codes = {f.code for f in rule_result(result, now=dt.datetime.now(dt.UTC))}
    assert Code.OVERLOADED.value in codes


class SilentWebOnce(SilentOnce):
    """A web server silent on its first connection (every one with `always=True`), answering a
    small document on later ones."""

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self._open.append(writer)
        await reader.readuntil(b"\r\n\r\n")
        if self.connections == 1 or self.always:
            if self.connections == 1:
                self.on_first()
            await reader.read()  # silence until the client gives up
            return
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
        await writer.drain()
        writer.close()


@pytest.mark.parametrize("stalled", [True, False])
async def test_a_fetch_whose_timeout_fell_in_our_stall_is_made_again(stalled: bool) -> None:
    """A web server whose answer time fell in our own stall is asked again and its document
    read; a web server that is silent without any stall of ours is still "no answer"."""
    from diagnostics.net.http import HttpClient

    state = SilentWebOnce(stall_loop if stalled else lambda: None, always=not stalled)
    server = await asyncio.start_server(state.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    policy = AddressPolicy(allow_private=True, allow_any_port=True)
    try:
        async with HttpClient(resolver=None, policy=policy, tls=None) as http:  # type: ignore[arg-type]
            got = await http.fetch(f"http://127.0.0.1:{port}/doc", timeout=STAGE)
    finally:
        state.close()
        server.close()
    if stalled:
        assert (got.kind, got.body, state.connections) == ("ok", b"ok", 2), got
    else:
        assert got.kind == "timeout" and state.connections == 1, got
