"""`check()` end to end against the lab: each finding code from a real scenario, in its place."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from diagnostics import Options, check
from diagnostics.findings import catalog
from diagnostics.model import Endpoint, Field, Protocol, Report, Security, Verdict
from tests.lab import Lab

I, P, S = Protocol.IMAP, Protocol.POP3, Protocol.SMTP
NONE, STARTTLS, TLS = Security.NONE, Security.STARTTLS, Security.TLS


def options(lab: Lab, *, dns: str | None = None, timeout: float = 12.0) -> Options:
    return Options(dns=dns or lab.dns, cafile=lab.cafile, allow_private=True, timeout=timeout)


async def run_check(
    lab: Lab, scenario: str, protocol: Protocol, port: int, security: Security, **kw: object
) -> Report:
    host = lab.host(scenario) if "." not in scenario else scenario
    endpoint = Endpoint(protocol=protocol, host=host, port=port, security=security)
    return await check(endpoint, options(lab, **kw))  # type: ignore[arg-type]


def codes(report: Report) -> list[str]:
    return [f.code for f in report.findings]


def fix_of(report: Report, code: str) -> str:
    found = next(f for f in report.findings if f.code == code)
    return catalog.describe(found).fix


async def test_healthy_settings_have_no_problem(lab: Lab) -> None:
    """IMAP 993 SSL/TLS on the healthy host: no error or warning, own settings recommended first."""
    report = await run_check(lab, "healthy", I, 993, TLS)
    assert report.verdict is Verdict.HEALTHY
    assert [f for f in report.findings if f.severity.value != "info"] == []
    assert report.recommended.incoming[0] == report.user_endpoint
    assert report.recommended.outgoing[0].port == 465
    assert report.exit_code == 0


async def test_starttls_settings_get_an_implicit_tls_hint_only(lab: Lab) -> None:
    """IMAP 143 STARTTLS works: only the RFC 8314 info, exit 0."""
    report = await run_check(lab, "healthy", I, 143, STARTTLS)
    assert codes(report) == ["USE_IMPLICIT_TLS"]
    assert report.findings[0].facts["right_port"] == 993
    assert report.verdict is Verdict.HEALTHY
    assert report.recommended.incoming[0].port == 143


@pytest.mark.parametrize(
    ("scenario", "protocol", "port", "security", "first", "also", "field"),
    [
        ("closed", I, 993, TLS, "PORT_CLOSED", [], None),
        ("unreachable", I, 993, TLS, "HOST_UNREACHABLE", [], None),
        ("filtered", I, 993, TLS, "PORT_FILTERED", ["WRONG_PORT"], "port"),
        ("silent", I, 143, NONE, "NO_GREETING", [], None),
        ("wrongproto", I, 143, NONE, "WRONG_PROTOCOL", [], None),
        ("healthy", I, 995, TLS, "WRONG_PROTOCOL", ["WRONG_PORT"], "port"),
        ("healthy", I, 143, TLS, "TLS_ON_PLAIN_PORT", ["WRONG_SECURITY_FOR_PORT"], "security"),
        ("healthy", I, 993, NONE, "PLAIN_ON_TLS_PORT", ["WRONG_SECURITY_FOR_PORT"], "security"),
        ("healthy", S, 465, STARTTLS, "PLAIN_ON_TLS_PORT", ["WRONG_SECURITY_FOR_PORT"], "security"),
        ("healthy", S, 587, TLS, "TLS_ON_PLAIN_PORT", ["WRONG_SECURITY_FOR_PORT"], "security"),
        ("notls", I, 143, STARTTLS, "STARTTLS_NOT_OFFERED", [], None),
        ("tls10", I, 993, TLS, "TLS_OUTDATED", [], None),
        ("expired", I, 993, TLS, "CERT_EXPIRED", [], None),
        ("notyet", I, 993, TLS, "CERT_NOT_YET_VALID", [], None),
        ("wrongname", I, 993, TLS, "CERT_HOSTNAME_MISMATCH", [], None),
        ("selfsigned", I, 993, TLS, "CERT_SELF_SIGNED", [], None),
        ("unknownca", I, 993, TLS, "CERT_UNTRUSTED", [], None),
        ("healthy", S, 25, STARTTLS, "SMTP_PORT_25_FOR_SUBMISSION", [], "port"),
        ("nope.lab.test", I, 993, TLS, "HOST_NOT_FOUND", [], None),
    ],
)
async def test_errors_root_cause_first(
    lab: Lab, scenario, protocol, port, security, first, also, field
) -> None:
    """Each scenario's root cause leads, about the typed endpoint; the settings findings that
    only restate it are folded into it (one statement per fact), and its fix names the field."""
    report = await run_check(lab, scenario, protocol, port, security)
    assert codes(report)[0] == first, codes(report)
    assert report.findings[0].endpoint == report.user_endpoint
    assert report.findings[0].severity.value == "error"
    assert report.findings[0].facts.get("consequences", []) == also
    for code in also:
        assert code not in codes(report), codes(report)
    if field is not None:
        assert field in fix_of(report, first).lower()
    assert report.verdict is Verdict.PROBLEMS
    assert report.exit_code == 1


async def test_wrong_security_names_the_working_value(lab: Lab) -> None:
    """SSL/TLS on 143: the fix names STARTTLS, the value that works on that port."""
    report = await run_check(lab, "healthy", I, 143, TLS)
    root = report.findings[0]
    choice = report.choices[0]
    # One answer: the root's fix, the summary and the card name the same setting.
    assert (choice.endpoint.port, choice.endpoint.security) == (993, Security.TLS)
    assert (root.facts["right_port"], root.facts["right_security"]) == (993, Security.TLS)
    assert "port to 993" in catalog.describe(root).fix
    assert "Use port 993 with SSL/TLS" in report.summary
    assert report.recommended.incoming[0].port == 993


async def test_filtered_port_suggests_the_port_that_works(lab: Lab) -> None:
    """993 filtered, 143 STARTTLS works: WRONG_PORT names 143 and STARTTLS."""
    report = await run_check(lab, "filtered", I, 993, TLS)
    root = report.findings[0]
    assert root.code == "PORT_FILTERED" and root.facts["consequences"] == ["WRONG_PORT"]
    assert root.facts["right_port"] == 143
    assert root.facts["right_security"] == "starttls"
    fix = catalog.describe(root).fix
    assert "port to 143" in fix and "465" not in fix and "587" not in fix
    assert "143" in report.summary
    # The typed protocol is kept: IMAP 143 STARTTLS, not POP3 995 (issue: the card showed POP3).
    card = report.choices[0]
    assert card.endpoint.protocol is I and card.endpoint.port == 143
    assert card.typed(Field.PORT) == "993"


async def test_certificate_error_does_not_send_person_elsewhere(lab: Lab) -> None:
    """When every port has the same expired certificate, the certificate is the only error."""
    report = await run_check(lab, "expired", I, 993, TLS)
    assert "WRONG_PORT" not in codes(report)
    expired = report.findings[0]
    assert expired.facts["days"] >= 29
    assert catalog.describe(expired).admin


@pytest.mark.parametrize(
    ("scenario", "protocol", "port", "security", "code"),
    [
        ("notls", I, 143, NONE, "INSECURE_PLAINTEXT"),
        ("healthy", I, 143, NONE, "ENCRYPTION_NOT_USED"),
        ("expiring", I, 993, TLS, "CERT_EXPIRING_SOON"),
    ],
)
async def test_warnings(lab: Lab, scenario, protocol, port, security, code) -> None:
    """Working settings with a weakness: a warning, exit 1, the settings still recommended."""
    report = await run_check(lab, scenario, protocol, port, security)
    assert codes(report)[0] == code, codes(report)
    assert report.findings[0].severity.value == "warning"
    assert report.verdict is Verdict.PROBLEMS
    assert report.recommended.incoming, report.probes


async def test_encryption_not_used_recommends_encrypted_settings(lab: Lab) -> None:
    """None on 143 works, but the recommendation is SSL/TLS on 993, not the person's plain text."""
    report = await run_check(lab, "healthy", I, 143, NONE)
    assert report.recommended.incoming[0].security is TLS
    assert report.findings[0].facts["right_security"] == "tls"


async def test_dns_failure(lab: Lab) -> None:
    """A DNS server answering SERVFAIL: DNS_FAILURE, not "host not found"."""
    report = await run_check(lab, "servfail.lab.test", I, 993, TLS, dns=lab.broken_dns)
    assert codes(report) == ["DNS_FAILURE"]
    assert report.findings[0].facts["reason"] == "servfail"
    assert len(report.probes) == 1


async def _alert_server(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await reader.read(5)  # the ClientHello's record header
    writer.write(bytes([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28]))  # fatal handshake_failure
    await writer.drain()
    writer.close()


@pytest.fixture
async def alert_server() -> AsyncIterator[int]:
    """A TLS port that answers every ClientHello with a fatal alert (no real server to hand)."""
    server = await asyncio.start_server(_alert_server, "127.0.40.2", 0)
    async with server:
        yield server.sockets[0].getsockname()[1]


async def test_tls_handshake_failed(lab: Lab, alert_server: int) -> None:
    """A handshake refused with an alert, with TLS 1.0 too: TLS_HANDSHAKE_FAILED."""
    report = await run_check(lab, "127.0.40.2", I, alert_server, TLS)
    assert codes(report)[0] == "TLS_HANDSHAKE_FAILED"


async def _refusing_imap(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(b"* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n")
    while line := await reader.readline():
        tag, _, command = line.decode().strip().partition(" ")
        if command.upper() == "STARTTLS":
            writer.write(f"{tag} BAD TLS support is broken here\r\n".encode())
        elif command.upper() == "CAPABILITY":
            writer.write(f"* CAPABILITY IMAP4rev1 STARTTLS\r\n{tag} OK\r\n".encode())
        else:
            writer.write(f"{tag} OK\r\n".encode())
        await writer.drain()
    writer.close()


@pytest.fixture
async def refusing_server() -> AsyncIterator[int]:
    """IMAP that offers STARTTLS and then refuses it."""
    server = await asyncio.start_server(_refusing_imap, "127.0.40.3", 0)
    async with server:
        yield server.sockets[0].getsockname()[1]


async def test_starttls_failed(lab: Lab, refusing_server: int) -> None:
    """STARTTLS offered then refused: STARTTLS_FAILED with the server's answer in the facts."""
    report = await run_check(lab, "127.0.40.3", I, refusing_server, STARTTLS)
    assert codes(report)[0] == "STARTTLS_FAILED"
    assert "BAD" in report.findings[0].facts["reply"]


async def test_every_probe_reported_once(lab: Lab) -> None:
    """The report lists the typed endpoint first and each standard endpoint once."""
    report = await run_check(lab, "healthy", I, 993, TLS)
    endpoints = [p.endpoint for p in report.probes]
    assert endpoints[0] == report.user_endpoint
    assert len(endpoints) == len(set(endpoints)) == 11


async def _bye(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(b"* BYE Server shutting down\r\n")
    await writer.drain()
    writer.close()


@pytest.fixture
async def bye_server() -> AsyncIterator[int]:
    """IMAP that greets with BYE and hangs up."""
    server = await asyncio.start_server(_bye, "127.0.40.4", 0)
    async with server:
        yield server.sockets[0].getsockname()[1]


async def test_connection_closed(lab: Lab, bye_server: int) -> None:
    """A server that hangs up at once: CONNECTION_CLOSED with what it said."""
    report = await run_check(lab, "127.0.40.4", I, bye_server, NONE)
    assert codes(report)[0] == "CONNECTION_CLOSED"
    assert "shutting down" in report.findings[0].facts["detail"]
