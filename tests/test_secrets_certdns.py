"""Certificates and DNS answers are server text too: a password in them reaches no output.

A hostile server chooses its certificate's subject and names; a hostile zone chooses its SRV and
MX targets. Each test puts the password there — a certificate issued by the lab's CA at test
time whose organization and a SAN hold it, a resolver whose SRV and MX answers name it — and
searches the CLI's text, verbose and JSON output, every renderer of the library's report and
every log record at DEBUG for any 4-character run of it (tests/test_secrets_hostile.py's
detector). mailmedic does not read TXT records or follow CNAMEs itself (dnspython resolves
CNAME chains to addresses), so SRV and MX are the DNS names a zone can put in a report.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from diagnostics import Options, check, diagnose
from diagnostics.model import Credentials, Endpoint, Protocol, Security
from diagnostics.net.redact import MASK, Redactor, redact_name
from tests.lab import Lab
from tests.lab.certs import issue
from tests.lab.nameservers import start_stalling_dns
from tests.test_secrets import run_cli
from tests.test_secrets_hostile import PASSWORDS, logged, renderings, strict_leaks

PASSWORD = PASSWORDS["printable"]  # "#" and "-" are fine in a DNS label and a SAN
USER = "alice@lab.test"


class TinyImap:
    """An IMAP server on implicit TLS that greets, lists AUTH=PLAIN and refuses every login:
    only its certificate matters here."""

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"* OK ready\r\n")
        try:
            while line := await reader.readline():
                tag, _, command = line.decode("ascii", "replace").strip().partition(" ")
                if command.upper().startswith("CAPABILITY"):
                    writer.write(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n")
                    writer.write(f"{tag} OK done\r\n".encode())
                elif command.upper().startswith("LOGOUT"):
                    writer.write(f"* BYE\r\n{tag} OK bye\r\n".encode())
                    break
                else:
                    writer.write(f"{tag} NO [AUTHENTICATIONFAILED] no\r\n".encode())
                await writer.drain()
        except (ConnectionError, ssl.SSLError):
            pass
        finally:
            writer.close()


async def serve(lab: Lab, tmp: Path, *, names: tuple[str, ...], addresses: tuple[str, ...]) -> int:
    """A TinyImap on 127.0.0.1 with a fresh lab certificate; returns its port."""
    chain, key = issue(
        Path(lab.lab_dir) / "certs",
        tmp,
        names=names,
        addresses=addresses,
        organization=f"Hostile {PASSWORD} Ltd",
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(chain, key)
    server = await asyncio.start_server(TinyImap().handle, "127.0.0.1", 0, ssl=context)
    SERVERS.append(server)
    return int(server.sockets[0].getsockname()[1])


SERVERS: list[asyncio.Server] = []


@pytest.fixture(autouse=True)
async def close_servers() -> AsyncIterator[None]:
    yield
    while SERVERS:
        SERVERS.pop().close()


async def every_check_output(
    lab: Lab,
    port: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> tuple[str, object]:
    argv = [
        "check", "--protocol", "imap", "--host", "127.0.0.1", "--port", str(port),
        "--security", "tls", "--user", USER, "--allow-private",
        "--dns", lab.dns, "--cafile", lab.cafile, "--timeout", "6",
    ]  # fmt: skip
    texts = []
    for extra, via in (([], "env"), (["--verbose"], "stdin"), (["--json"], "env")):
        _, said = await run_cli(
            argv + extra, PASSWORD, via=via, monkeypatch=monkeypatch, capsys=capsys
        )
        texts.append(said)
    endpoint = Endpoint(
        protocol=Protocol.IMAP, host="127.0.0.1", port=port, security=Security.TLS, username=USER
    )
    options = Options(
        dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=6.0,
        credentials=Credentials(username=USER, password=PASSWORD),
    )  # fmt: skip
    report = await check(endpoint, options)
    return "\n".join([*texts, *renderings(report)]), report


async def test_a_certificate_carrying_the_password_shows_it_nowhere(
    lab: Lab,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A valid lab certificate whose organization and one SAN hold the password: the subject,
    the issuer and the names are masked in every output, and the certificate still verifies."""
    caplog.set_level(logging.DEBUG)
    port = await serve(lab, tmp_path, names=(f"{PASSWORD}.evil.test",), addresses=("127.0.0.1",))
    said, report = await every_check_output(lab, port, monkeypatch, capsys)
    assert not strict_leaks(said, PASSWORD)
    assert not strict_leaks(logged(caplog), PASSWORD)
    mine = report.probes[0]  # type: ignore[attr-defined]
    assert mine.tls is not None and mine.tls.verified  # the masking did not break the check
    assert MASK in mine.tls.cert.subject and f"{MASK}.evil.test" in mine.tls.cert.names


async def test_a_mismatched_certificate_is_judged_on_its_names_as_sent(
    lab: Lab,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A certificate for the wrong name, one of them the password: CERT_HOSTNAME_MISMATCH with
    the names masked in its facts and in every output."""
    caplog.set_level(logging.DEBUG)
    port = await serve(
        lab, tmp_path, names=(f"{PASSWORD}.evil.test", "other.evil.test"), addresses=()
    )
    said, report = await every_check_output(lab, port, monkeypatch, capsys)
    assert not strict_leaks(said, PASSWORD)
    assert not strict_leaks(logged(caplog), PASSWORD)
    found = [f for f in report.findings if f.code.value == "CERT_HOSTNAME_MISMATCH"]  # type: ignore[attr-defined]
    assert found and MASK in str(found[0].facts)


async def test_a_masked_name_never_hides_the_persons_own_domain() -> None:
    """A password sharing a word with the domain typed (example123, example.com) does not mask
    the domain's own labels of a published name: the probe still goes to imap.example.com."""
    redact = Redactor("example123")
    assert redact_name(redact, "imap.example.com", ("example.com",)) == "imap.example.com"
    assert redact_name(redact, "example123.evil.test", ("example.com",)) == f"{MASK}.evil.test"


CANARY = "canary.lab.test"


@pytest.fixture
async def hostile_zone(lab: Lab) -> AsyncIterator[tuple[str, object]]:
    """A resolver whose SRV and MX answers for canary.lab.test name hosts after the password;
    every other question goes to the lab's dnsmasq."""
    target = f"{PASSWORD}.evil.test."
    answers = {
        (f"_imaps._tcp.{CANARY}", "SRV"): (f"0 1 993 {target}",),
        (f"_submission._tcp.{CANARY}", "SRV"): (f"0 1 587 mail.{target}",),
        (f"_autodiscover._tcp.{CANARY}", "SRV"): (f"0 1 443 ad.{target}",),
        (CANARY, "MX"): (f"10 mx.{target}",),
    }
    host = lab.dns.rpartition(":")[0]
    transport, protocol, server = await start_stalling_dns(
        host, lab.dns, lambda n, k: False, answers
    )
    try:
        yield server, protocol
    finally:
        transport.close()


async def test_dns_answers_carrying_the_password_show_it_nowhere(
    lab: Lab,
    hostile_zone: tuple[str, object],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """SRV (mail and Autodiscover) and MX targets named after the password: masked in every
    output and log, and never looked up or connected to."""
    server, protocol = hostile_zone
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    caplog.set_level(logging.DEBUG)
    address = f"alice@{CANARY}"
    argv = ["diagnose", address, "--allow-private", "--dns", server,
            "--cafile", lab.cafile, "--timeout", "6", "--user", address]  # fmt: skip
    texts = []
    for extra, via in (([], "env"), (["--verbose"], "stdin"), (["--json"], "env")):
        _, said = await run_cli(
            argv + extra, PASSWORD, via=via, monkeypatch=monkeypatch, capsys=capsys
        )
        texts.append(said)
    options = Options(
        dns=server, cafile=lab.cafile, allow_private=True, timeout=6.0,
        credentials=Credentials(username=address, password=PASSWORD),
    )  # fmt: skip
    report = await diagnose(address, options)
    said = "\n".join([*texts, *renderings(report)])
    assert not strict_leaks(said, PASSWORD)
    assert not strict_leaks(logged(caplog), PASSWORD)
    srv = next(d for d in report.discovery if d.source == "srv")
    assert f"{MASK}.evil.test" in srv.detail  # the record is shown, masked
    mx = next(d for d in report.discovery if d.source == "mx")
    assert MASK in mx.detail
    assert not any(MASK in p.endpoint.host for p in report.probes)  # nothing probed by it
    asked = [name for name, _ in protocol.asked]  # type: ignore[attr-defined]
    assert asked and not [n for n in asked if "evil.test" in n]  # nor ever looked up
