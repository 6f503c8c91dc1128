"""Probes against the real lab: Dovecot, Postfix, dnsmasq and the odd asyncio servers."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable

import pytest

from diagnostics.model import CertProblem, Endpoint, Outcome, ProbeResult, Protocol, Security, Stage
from diagnostics.net.resolve import make_resolver
from diagnostics.net.tls import TlsContexts
from diagnostics.policy import AddressPolicy
from diagnostics.probes import HostResolver, ProbeContext, Timeouts, probe
from tests.lab import Lab

I, P, S = Protocol.IMAP, Protocol.POP3, Protocol.SMTP
NONE, STARTTLS, TLS = Security.NONE, Security.STARTTLS, Security.TLS

FAST = Timeouts(connect=1.5, greeting=1.5, tls=2.0, command=2.0, resolve=2.0)


def make_ctx(
    lab: Lab,
    *,
    dns: str | None = None,
    allow_private: bool = True,
    timeouts: Timeouts = FAST,
    deadline: float | None = None,
) -> ProbeContext:
    resolver = make_resolver(dns or lab.dns, timeout=timeouts.resolve)
    return ProbeContext(
        resolver=HostResolver(resolver, timeouts.resolve),
        tls=TlsContexts.create(lab.cafile),
        policy=AddressPolicy(allow_private=allow_private, allow_any_port=allow_private),
        timeouts=timeouts,
        deadline=deadline,
    )


@pytest.fixture(scope="session")
def ctx(lab: Lab) -> ProbeContext:
    return make_ctx(lab)


Run = Callable[..., "asyncio.Future[ProbeResult]"]


@pytest.fixture
def run(lab: Lab, ctx: ProbeContext) -> Callable[[str, Protocol, int, Security], object]:
    async def _run(scenario: str, protocol: Protocol, port: int, security: Security) -> ProbeResult:
        endpoint = Endpoint(
            protocol=protocol, host=lab.host(scenario), port=port, security=security
        )
        return await probe(endpoint, ctx)

    return _run


# ----- healthy servers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("protocol", "port", "security"),
    [
        (I, 993, TLS),
        (I, 143, STARTTLS),
        (P, 995, TLS),
        (P, 110, STARTTLS),
        (S, 465, TLS),
        (S, 587, STARTTLS),
        (S, 25, STARTTLS),
    ],
)
async def test_healthy_encrypted_endpoints_work(run, lab: Lab, protocol, port, security) -> None:
    """Every encrypted standard endpoint of the healthy host works with a verified certificate."""
    result = await run("healthy", protocol, port, security)
    assert result.outcome is Outcome.OK, result.detail
    assert result.stage is Stage.DONE
    assert result.address == lab.address("healthy")
    assert result.tls is not None and result.tls.verified
    assert result.tls.version in ("TLSv1.2", "TLSv1.3")
    assert result.tls.cert is not None and lab.host("healthy") in result.tls.cert.names
    assert result.banner
    assert any(line.startswith("C: ") for line in result.transcript)
    assert any(line.startswith("S: ") for line in result.transcript)


async def test_imap_capabilities_before_and_after_starttls(run) -> None:
    """IMAP 143: STARTTLS and LOGINDISABLED before TLS; AUTH=PLAIN and no LOGINDISABLED after."""
    result = await run("healthy", I, 143, STARTTLS)
    assert "STARTTLS" in result.capabilities
    assert "LOGINDISABLED" in result.capabilities
    assert result.starttls_offered is True
    assert "LOGINDISABLED" not in result.capabilities_tls
    assert "PLAIN" in result.auth_mechanisms
    assert [t.stage for t in result.timings][:3] == [
        Stage.CONNECT,
        Stage.GREETING,
        Stage.CAPABILITIES,
    ]


async def test_pop3_capa_before_and_after_stls(run) -> None:
    """POP3 110: STLS advertised in CAPA; SASL PLAIN after TLS."""
    result = await run("healthy", P, 110, STARTTLS)
    assert any(c.upper() == "STLS" for c in result.capabilities)
    assert result.starttls_offered is True
    assert "PLAIN" in result.auth_mechanisms


async def test_smtp_submission_hides_auth_until_tls(run) -> None:
    """Postfix 587: no AUTH before STARTTLS (smtpd_tls_auth_only), PLAIN after."""
    result = await run("healthy", S, 587, STARTTLS)
    assert result.auth_mechanisms_plain == ()
    assert "PLAIN" in result.auth_mechanisms
    assert any(c.startswith("STARTTLS") for c in result.capabilities)
    assert any(c.startswith("SIZE") for c in result.capabilities_tls)


# ----- TCP ---------------------------------------------------------------------------------------


async def test_closed_port_is_refused(run) -> None:
    """Nothing listening: refused at the connect stage."""
    result = await run("closed", I, 993, TLS)
    assert result.outcome is Outcome.REFUSED
    assert result.stage is Stage.CONNECT


async def test_filtered_port_times_out(run) -> None:
    """A dropped SYN: timeout at the connect stage, other ports of the host still work."""
    result = await run("filtered", I, 993, TLS)
    assert result.outcome is Outcome.TIMEOUT
    assert result.stage is Stage.CONNECT
    other = await run("filtered", P, 995, TLS)
    assert other.outcome is Outcome.OK, other.detail


async def test_unreachable_host(run, lab: Lab) -> None:
    """An ICMP host-unreachable answer is told apart from a timeout."""
    try:
        lab.host("unreachable")
    except Exception as exc:
        pytest.fail(f"the lab has no unreachable host: {exc}")
    result = await run("unreachable", I, 993, TLS)
    assert result.outcome is Outcome.UNREACHABLE


# ----- greetings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("protocol", "port"), [(I, 143), (P, 110), (S, 587)])
async def test_silent_server_no_greeting(run, protocol, port) -> None:
    """Connects, then silence: no_greeting, not plain_on_tls_port."""
    result = await run("silent", protocol, port, NONE)
    assert result.outcome is Outcome.NO_GREETING
    assert result.stage is Stage.GREETING


@pytest.mark.parametrize(("protocol", "port"), [(I, 993), (S, 465)])
async def test_silent_server_on_tls_port(run, protocol, port) -> None:
    """Silence during the TLS handshake is reported as no greeting, not as a TLS fault."""
    result = await run("silent", protocol, port, TLS)
    assert result.outcome is Outcome.NO_GREETING


@pytest.mark.parametrize(
    ("protocol", "port", "security"),
    [(I, 993, NONE), (I, 993, STARTTLS), (P, 995, NONE), (S, 465, STARTTLS), (S, 465, NONE)],
)
async def test_plain_text_to_implicit_tls_port(run, protocol, port, security) -> None:
    """Plain text sent to an implicit-TLS port is recognised as such."""
    result = await run("healthy", protocol, port, security)
    assert result.outcome is Outcome.PLAIN_ON_TLS_PORT, result.detail


@pytest.mark.parametrize(
    ("protocol", "port", "greeting"),
    [(I, 143, "* OK"), (P, 110, "+OK"), (S, 587, "220"), (S, 25, "220")],
)
async def test_tls_to_plain_port(run, protocol, port, greeting) -> None:
    """TLS spoken to a plain-text port is recognised, with what the port says in plain text."""
    result = await run("healthy", protocol, port, TLS)
    assert result.outcome is Outcome.TLS_ON_PLAIN_PORT, result.detail
    assert result.banner is not None and result.banner.startswith(greeting)


@pytest.mark.parametrize(
    ("protocol", "port", "security", "found"),
    [(I, 143, NONE, "POP3"), (P, 110, NONE, "SMTP"), (S, 587, NONE, "IMAP"), (I, 993, TLS, "POP3")],
)
async def test_wrong_protocol(run, protocol, port, security, found) -> None:
    """Another mail protocol answering is named, over plain text and over TLS."""
    result = await run("wrongproto", protocol, port, security)
    assert result.outcome is Outcome.WRONG_PROTOCOL, result.detail
    assert result.detail is not None and result.detail.startswith(found)


@pytest.mark.parametrize(("protocol", "port"), [(I, 143), (P, 110), (S, 587), (S, 25)])
async def test_garbage_is_a_protocol_error(run, protocol, port) -> None:
    """An over-long line or binary junk ends as protocol_error, within the read cap."""
    result = await run("garbage", protocol, port, NONE)
    assert result.outcome is Outcome.PROTOCOL_ERROR, result.detail
    assert all(len(line) < 400 for line in result.transcript)


# ----- STARTTLS ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("protocol", "port"), [(I, 143), (P, 110), (S, 587)])
async def test_starttls_not_offered(run, protocol, port) -> None:
    """A server without TLS: starttls_not_offered at the capabilities stage."""
    result = await run("notls", protocol, port, STARTTLS)
    assert result.outcome is Outcome.STARTTLS_NOT_OFFERED, result.detail
    assert result.starttls_offered is False


async def _refusing_imap(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(b"* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n")
    while line := await reader.readline():
        tag, _, command = line.decode().strip().partition(" ")
        if command.upper() == "CAPABILITY":
            writer.write(f"* CAPABILITY IMAP4rev1 STARTTLS\r\n{tag} OK done\r\n".encode())
        elif command.upper() == "STARTTLS":
            writer.write(f"{tag} NO [UNAVAILABLE] TLS is not configured\r\n".encode())
        else:
            writer.write(f"{tag} OK bye\r\n".encode())
        await writer.drain()
    writer.close()


@pytest.fixture
async def refusing_server() -> AsyncIterator[tuple[str, int]]:
    """An IMAP server that offers STARTTLS and then refuses it (no real server does this)."""
    server = await asyncio.start_server(_refusing_imap, "127.0.40.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        yield "127.0.40.1", port


async def test_starttls_refused(lab: Lab, refusing_server) -> None:
    """STARTTLS offered, then answered NO: starttls_refused at the STARTTLS stage."""
    address, port = refusing_server
    ctx = make_ctx(lab)
    endpoint = Endpoint(protocol=I, host=address, port=port, security=STARTTLS)
    result = await probe(endpoint, ctx)
    assert result.outcome is Outcome.STARTTLS_REFUSED
    assert result.starttls_offered is True
    assert "NO" in (result.detail or "")


# ----- certificates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scenario", "problem", "code"),
    [
        ("expired", CertProblem.EXPIRED, 10),
        ("notyet", CertProblem.NOT_YET_VALID, 9),
        ("wrongname", CertProblem.HOSTNAME_MISMATCH, 62),
        ("selfsigned", CertProblem.SELF_SIGNED, 18),
        ("unknownca", CertProblem.UNTRUSTED, 20),
    ],
)
@pytest.mark.parametrize(
    ("protocol", "port", "security"),
    [(I, 993, TLS), (I, 143, STARTTLS), (P, 995, TLS), (S, 465, TLS), (S, 587, STARTTLS)],
)
async def test_certificate_problems(run, scenario, problem, code, protocol, port, security) -> None:
    """A refused certificate: its reason and its facts, and what the server offers after TLS."""
    result = await run(scenario, protocol, port, security)
    assert result.outcome is Outcome.CERT_INVALID, result.detail
    tls = result.tls
    assert tls is not None and not tls.verified
    assert tls.problems[0] is problem
    assert tls.verify_code == code
    assert tls.cert is not None and tls.cert.not_after > tls.cert.not_before
    assert tls.version in ("TLSv1.2", "TLSv1.3")
    # The second, unverified pass still reached the capabilities after TLS.
    assert result.auth_mechanisms, result.transcript


async def test_expiring_certificate_still_verifies(run) -> None:
    """A certificate that expires in a few days is valid today."""
    result = await run("expiring", I, 993, TLS)
    assert result.outcome is Outcome.OK
    assert result.tls is not None and result.tls.verified


@pytest.mark.parametrize(("protocol", "port"), [(I, 993), (P, 995), (S, 465)])
async def test_tls10_only_server_is_outdated(run, protocol, port) -> None:
    """A TLS 1.0/1.1-only server is recognised as outdated, with the version it speaks."""
    result = await run("tls10", protocol, port, TLS)
    assert result.outcome is Outcome.TLS_VERSION_UNSUPPORTED, result.detail
    assert result.tls is not None and result.tls.version in ("TLSv1", "TLSv1.1")


# ----- DNS and policy ----------------------------------------------------------------------------


async def test_dns_outcomes(lab: Lab) -> None:
    """NXDOMAIN, no address, SERVFAIL, REFUSED and silence stay apart."""
    ctx = make_ctx(lab)
    broken = make_ctx(lab, dns=lab.broken_dns, timeouts=Timeouts(resolve=1.0))
    cases = [
        (ctx, f"nope.{lab.domain}", Outcome.DNS_NXDOMAIN),
        (ctx, f"nodata.{lab.domain}", Outcome.DNS_NODATA),
        (broken, f"servfail.{lab.domain}", Outcome.DNS_SERVFAIL),
        (broken, f"refused.{lab.domain}", Outcome.DNS_SERVFAIL),
        (broken, f"timeout.{lab.domain}", Outcome.DNS_TIMEOUT),
    ]
    for context, host, outcome in cases:
        result = await probe(Endpoint(protocol=I, host=host, port=993, security=TLS), context)
        assert result.outcome is outcome, (host, result.detail)
        assert result.stage is Stage.RESOLVE


async def test_policy_refuses_loopback_after_dns(lab: Lab) -> None:
    """Without the lab switch, a name resolving to loopback is refused before any connection."""
    ctx = make_ctx(lab, allow_private=False)
    result = await probe(
        Endpoint(protocol=I, host=lab.host("healthy"), port=993, security=TLS), ctx
    )
    assert result.outcome is Outcome.POLICY_REFUSED
    assert result.address == lab.address("healthy")
    assert result.transcript == ()


async def test_deadline_reports_unfinished_probe(lab: Lab) -> None:
    """A probe still running at the deadline ends as `deadline`, without hanging."""
    loop = asyncio.get_running_loop()
    ctx = make_ctx(
        lab, timeouts=Timeouts(connect=5, greeting=5, tls=5, command=5), deadline=loop.time() + 0.5
    )
    result = await probe(
        Endpoint(protocol=I, host=lab.host("silent"), port=143, security=NONE), ctx
    )
    assert result.outcome is Outcome.DEADLINE
    assert result.elapsed_ms < 2000


# ----- behaviour no lab server produces ------------------------------------------------------


async def _greet_then_silence(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(b"* OK IMAP4rev1 ready\r\n")
    await writer.drain()
    await reader.read()  # never answers; waits for the client to go
    writer.close()


async def _bye(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(b"* BYE Too many connections from your address\r\n")
    await writer.drain()
    writer.close()


async def _imap_ok(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(b"* OK ready\r\n")
    while line := await reader.readline():
        tag = line.split(b" ", 1)[0]
        if b"CAPABILITY" in line.upper():
            writer.write(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n")
        writer.write(tag + b" OK done\r\n")
        await writer.drain()
    writer.close()


@pytest.fixture
async def odd_server() -> AsyncIterator[Callable[..., object]]:
    """Start small IMAP servers with a chosen behaviour; all closed at the end."""
    servers: list[asyncio.Server] = []

    async def start(handler: Callable[..., object], address: str = "127.0.40.5") -> int:
        server = await asyncio.start_server(handler, address, 0)  # type: ignore[arg-type]
        servers.append(server)
        return int(server.sockets[0].getsockname()[1])

    yield start
    for server in servers:
        server.close()
        await server.wait_closed()


async def test_silence_after_greeting_is_a_read_timeout(lab: Lab, odd_server) -> None:
    """A greeting, then no answer to CAPABILITY: read_timeout at the capabilities stage."""
    port = await odd_server(_greet_then_silence)
    endpoint = Endpoint(protocol=I, host="127.0.40.5", port=port, security=NONE)
    result = await probe(endpoint, make_ctx(lab))
    assert result.outcome is Outcome.READ_TIMEOUT
    assert result.stage is Stage.CAPABILITIES
    assert result.banner == "* OK IMAP4rev1 ready"


async def test_bye_greeting_is_closed(lab: Lab, odd_server) -> None:
    """A server that greets with BYE refused the session: closed, with its text."""
    port = await odd_server(_bye)
    endpoint = Endpoint(protocol=I, host="127.0.40.5", port=port, security=NONE)
    result = await probe(endpoint, make_ctx(lab))
    assert result.outcome is Outcome.CLOSED
    assert "Too many connections" in (result.detail or "")


async def test_ipv6_literal(lab: Lab, odd_server) -> None:
    """An IPv6 address literal is connected to over IPv6."""
    port = await odd_server(_imap_ok, "::1")
    endpoint = Endpoint(protocol=I, host="::1", port=port, security=NONE)
    result = await probe(endpoint, make_ctx(lab))
    assert result.outcome is Outcome.OK, result.detail
    assert result.address == "::1"
    assert "PLAIN" in result.auth_mechanisms


async def _injecting_imap(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(b"* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n")
    while line := await reader.readline():
        tag, _, command = line.decode().strip().partition(" ")
        if command.upper() == "STARTTLS":
            # The go-ahead and, in the same plain-text write, what a man in the middle adds.
            writer.write(f"{tag} OK go\r\n* CAPABILITY INJECTED\r\na9 OK fake\r\n".encode())
        elif command.upper() == "CAPABILITY":
            writer.write(f"* CAPABILITY IMAP4rev1 STARTTLS\r\n{tag} OK\r\n".encode())
        await writer.drain()
    writer.close()


async def test_text_after_starttls_go_ahead_is_refused(lab: Lab, odd_server) -> None:
    """Plain text queued behind STARTTLS's OK is never read as if it came over TLS."""
    port = await odd_server(_injecting_imap)
    endpoint = Endpoint(protocol=I, host="127.0.40.5", port=port, security=STARTTLS)
    result = await probe(endpoint, make_ctx(lab))
    assert result.outcome is Outcome.PROTOCOL_ERROR
    assert result.stage is Stage.STARTTLS
    assert "INJECTED" not in result.capabilities_tls


def test_unparseable_certificate_gives_no_facts_not_a_crash() -> None:
    """A certificate cryptography can't parse yields None, so a probe never raises on it."""
    from diagnostics.net.tls import parse_certificate

    assert parse_certificate(b"\x30\x03\x02\x01\x00") is None


async def test_aaaa_records(lab: Lab, odd_server) -> None:
    """A and AAAA both resolve through the lab DNS; IPv4 first, IPv6 used when it is all."""
    from diagnostics.net.resolve import resolve_host

    resolver = make_resolver(lab.dns, timeout=2.0)
    dual = await resolve_host(resolver, f"dual.{lab.domain}", timeout=2.0)
    assert dual.addresses == (lab.address("healthy"), "::1")
    port = await odd_server(_imap_ok, "::1")
    endpoint = Endpoint(protocol=I, host=f"v6only.{lab.domain}", port=port, security=NONE)
    result = await probe(endpoint, make_ctx(lab))
    assert result.outcome is Outcome.OK, result.detail
    assert result.address == "::1"
