"""The echo host: a server that learnt the password repeats it in every form; no output shows it.

The lab's "echo" host (tests/lab/oddservers.py) learns a password from any login on any of its
ports and then repeats it on all of them: as IMAP/POP3 capabilities and SASL mechanisms, as EHLO
keywords, upper- and lower-cased, base64 at each alignment, escaped, and after 320 characters of
padding in every login refusal. Each test first gives it the password with one login (as a login
on another port would), then runs `check` or `diagnose` — the CLI in text, verbose and JSON, the
library's report through every renderer, and the bot's requests to the Discord stand-in — and
searches all of it, with every log record at DEBUG and every exception text, for any run of 4 or
more characters of the password in any of those forms.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import re
import traceback
from collections.abc import Iterator
from dataclasses import replace
from urllib.parse import quote

import pytest

from diagnostics import Options, check, diagnose
from diagnostics.model import Credentials, Endpoint, Protocol, Security
from diagnostics.net.redact import MASK
from diagnostics.probes import probe
from diagnostics.report import render_json, render_markdown, render_text
from diagnostics.runner import build_context
from tests.lab import Lab
from tests.lab.oddservers import echo_forms
from tests.test_secrets import run_cli

# Random-looking, so that no run of 4 of their characters occurs in an honest output.
PASSWORDS = {
    "printable": "Kq7#vZ9w-Xj2",
    "control": "Tq8\tWz\u00a0Jv3-Ky",  # a tab and a no-break space, which clean() escapes
}
USER = "alice@echo.lab.test"


def fragments(password: str) -> set[str]:
    """Every 4-character run of every form a server (or our own escaping) may show; in an
    escaped form, runs with at least 2 of the password's own characters (`%C2%` or `\\x09`
    alone says nothing about it)."""
    escapes = {
        "as is": lambda ch: ch,
        "clean": lambda ch: " " if ch == "\t" else ch if ch.isprintable() else f"\\x{ord(ch):02x}",
        "hex": lambda ch: ch if ch.isprintable() else f"\\x{ord(ch):02x}",
        "python": lambda ch: ch if ch.isprintable() else ch.encode("unicode_escape").decode(),
        "url": lambda ch: quote(ch, safe=""),
    }
    out = set()
    for variant in {password, password.casefold(), password.upper()}:
        for escape in escapes.values():
            chars: list[tuple[str, bool]] = []
            for ch in variant:
                piece = escape(ch)
                chars += [(c, piece == ch) for c in piece]
            for i in range(len(chars) - 3):
                window = chars[i : i + 4]
                if sum(own for _, own in window) >= 2:
                    out.add("".join(c for c, _ in window).casefold())
    return out


def strict_leaks(text: str, password: str) -> list[str]:
    """Where any 4-character run of the password, in any form or base64, shows in `text`."""
    folded = text.casefold()
    found = [
        folded[max(0, i - 20) : i + 24] for f in fragments(password) if (i := folded.find(f)) >= 0
    ]
    secret = password.encode()
    grams = {secret[i : i + 4].lower() for i in range(len(secret) - 3)}
    for token in _base64_tokens(text):
        for start in range(4):
            chunk = token[start:]
            chunk = chunk[: len(chunk) - len(chunk) % 4]
            try:
                decoded = base64.b64decode(chunk).lower()
            except ValueError:
                continue
            if any(decoded[i : i + 4] in grams for i in range(len(decoded) - 3)):
                found.append(token)
    return found


def _base64_tokens(text: str) -> Iterator[str]:
    yield from re.findall(r"[A-Za-z0-9+/]{6,}={0,2}", text)


def test_detector_finds_every_echo_form() -> None:
    """The detector itself: each form the echo host sends, and a 4-character cut, is found."""
    for password in PASSWORDS.values():
        for form in echo_forms(password):
            assert strict_leaks(f"S: x {form} y", password), form
        assert strict_leaks(f"cut {password[:4]}", password)
        assert not strict_leaks("S: * CAPABILITY IMAP4rev1 **** echo.lab.test", password)


async def teach(lab: Lab, password: str) -> None:
    """One login on the echo host's IMAP port: from now on all its ports repeat the password."""
    endpoint = Endpoint(
        protocol=Protocol.IMAP, host=lab.host("echo"), port=993, security=Security.TLS,
        username=USER,
    )  # fmt: skip
    options = Options(
        dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=8.0,
        credentials=Credentials(username=USER, password=password),
    )  # fmt: skip
    report = await check(endpoint, options)
    assert report.probes[0].auth_attempts  # the password really went to the server
    # It has learnt it: another port, asked without a login, lists more than its own four.
    context = await build_context(options.without_login())
    other = await probe(replace(endpoint, port=143, security=Security.STARTTLS), context)
    line = next(line for line in other.transcript if "CAPABILITY IMAP4rev1" in line)
    assert len(line.split()) > 7  # "S: * CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN STARTTLS"


def logged(caplog: pytest.LogCaptureFixture) -> str:
    """Every record at DEBUG: message, arguments and any exception with its traceback."""
    parts = []
    for r in caplog.records:
        parts.append(r.getMessage() + repr(r.args))
        if r.exc_info and r.exc_info[1] is not None:
            parts.append("".join(traceback.format_exception(r.exc_info[1])))
    return "\n".join(parts)


def renderings(report: object) -> list[str]:
    from diagnostics.model import Report

    assert isinstance(report, Report)
    details = [p.detail or "" for p in report.probes]
    return [
        render_json(report),
        render_text(report, verbose=True),
        *render_markdown(report, verbose=True),
        repr(report),
        *details,
    ]


CHECKS = [("imap", 993, "tls"), ("pop3", 995, "tls"), ("smtp", 465, "tls")]


@pytest.mark.parametrize("kind", list(PASSWORDS))
@pytest.mark.parametrize(("protocol", "port", "security"), CHECKS)
async def test_check_echo_host_leaks_nothing(
    lab: Lab,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    kind: str,
    protocol: str,
    port: int,
    security: str,
) -> None:
    """`check` on the echo host: its other ports (tested without a login) repeat the password as
    capabilities, EHLO keywords and mechanisms; its login port after padding: nothing shows."""
    password = PASSWORDS[kind]
    await teach(lab, password)
    caplog.set_level(logging.DEBUG)
    argv = [
        "check", "--protocol", protocol, "--host", lab.host("echo"), "--port", str(port),
        "--security", security, "--user", USER, "--allow-private",
        "--dns", lab.dns, "--cafile", lab.cafile,
    ]  # fmt: skip
    texts = []
    for extra, via in (([], "env"), (["--verbose"], "stdin"), (["--json"], "env")):
        code, said = await run_cli(
            argv + extra, password, via=via, monkeypatch=monkeypatch, capsys=capsys
        )
        assert code == 1, said  # the login is refused
        texts.append(said)
    endpoint = Endpoint(
        protocol=Protocol(protocol), host=lab.host("echo"), port=port,
        security=Security(security), username=USER,
    )  # fmt: skip
    options = Options(
        dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=8.0,
        credentials=Credentials(username=USER, password=password),
    )  # fmt: skip
    report = await check(endpoint, options)
    texts += renderings(report)
    said = "\n".join(texts)
    assert not strict_leaks(said, password)
    assert not strict_leaks(logged(caplog), password)
    others = [p for p in report.probes if p.endpoint != endpoint and p.capabilities]
    assert len(others) >= 4  # the anonymous probes really read the echoing capabilities
    assert all(MASK in "\n".join(p.transcript) for p in others)
    assert report.probes[0].auth_attempts  # the login port answered with its padded echo


@pytest.mark.parametrize("kind", list(PASSWORDS))
async def test_diagnose_echo_host_leaks_nothing(
    lab: Lab,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    kind: str,
) -> None:
    """`diagnose alice@echo.lab.test`: discovery's probes (no login) and the login probe meet the
    echoed password on IMAP, POP3 and SMTP; nothing shows in any output or log."""
    password = PASSWORDS[kind]
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    await teach(lab, password)
    caplog.set_level(logging.DEBUG)
    argv = ["diagnose", USER, "--allow-private", "--dns", lab.dns, "--cafile", lab.cafile,
            "--timeout", "10", "--user", USER]  # fmt: skip
    texts = []
    for extra, via in (([], "env"), (["--verbose"], "stdin"), (["--json"], "env")):
        code, said = await run_cli(
            argv + extra, password, via=via, monkeypatch=monkeypatch, capsys=capsys
        )
        assert code in (1, 3), said
        texts.append(said)
    options = Options(
        dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=10.0,
        credentials=Credentials(username=USER, password=password),
    )  # fmt: skip
    report = await diagnose(USER, options)
    texts += renderings(report)
    said = "\n".join(texts)
    assert not strict_leaks(said, password)
    assert not strict_leaks(logged(caplog), password)
    seen = {p.endpoint.protocol for p in report.probes if MASK in "\n".join(p.transcript)}
    assert seen == set(Protocol)  # every protocol's echo really came back, masked


@pytest.mark.parametrize("kind", list(PASSWORDS))
async def test_server_text_in_exceptions_is_masked(kind: str) -> None:
    """aiosmtplib's exceptions carry the server's words: the probe's fault detail is redacted,
    with no login on this probe (only the run knows the password)."""
    import aiosmtplib

    from diagnostics.probes.base import Recorder
    from diagnostics.probes.smtp import _fault_from

    password = PASSWORDS[kind]
    ctx = await build_context(Options(secrets=(password,)))
    endpoint = Endpoint(protocol=Protocol.SMTP, host="mail.example.test", port=587,
                        security=Security.STARTTLS)  # fmt: skip
    rec = Recorder(endpoint, ctx, ctx.tls.verify)
    raised = [
        aiosmtplib.SMTPResponseException(-1, f"Malformed SMTP response line: {password}"),
        aiosmtplib.SMTPResponseException(554, "-" * 190 + password.upper()),  # cut at 200
        aiosmtplib.SMTPConnectResponseError(
            554, base64.b64encode(b"x" + password.encode()).decode()
        ),
        aiosmtplib.SMTPServerDisconnected(f"gone {password.encode('unicode_escape').decode()}"),
    ]
    for exc in raised:
        fault = _fault_from(exc, rec)
        shown = f"{fault} {fault.detail!r} {fault.args!r}"
        assert not strict_leaks(shown, password), (exc, shown)
        assert MASK in shown


async def test_web_documents_and_redirects_are_masked() -> None:
    """A web server of a host that learnt the password: its autoconfig document (the password
    as username, display name, in base64) is parsed from its raw bytes and every value comes
    out masked, a redirect carrying it arrives masked, and the bytes of a document are never
    changed (latin-1 included)."""
    from aiohttp import web

    from diagnostics.net.http import HttpClient
    from diagnostics.net.redact import Redactor
    from diagnostics.net.tls import TlsContexts
    from diagnostics.policy import AddressPolicy
    from diagnostics.wire.autoconfig import parse_autoconfig
    from tests.lab.discovery import clientconfig

    password = PASSWORDS["control"]
    document = clientconfig(
        [("imap", "imap.example.test", 993, "SSL", password)],
        extra=f"<displayName>{password.upper()}</displayName><!-- {echo_forms(password)[4]} -->",
    ).encode()
    plain = "<clientConfig>caf\xe9</clientConfig>".encode("latin-1")

    async def handle(request: web.Request) -> web.StreamResponse:
        if request.path == "/hop":
            raise web.HTTPFound(f"/doc?pw={password[5:]}")
        return web.Response(body=plain if request.path == "/plain" else document)

    app = web.Application()
    app.router.add_get("/{tail:.*}", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.40.8", 0)
    await site.start()
    port = runner.addresses[0][1]
    contexts = await asyncio.to_thread(TlsContexts.create, None)
    policy = AddressPolicy(allow_private=True, allow_any_port=True)
    try:
        async with HttpClient(
            resolver=None, policy=policy, tls=contexts.verify, redact=Redactor(password)
        ) as http:
            got = await http.fetch(f"http://127.0.40.8:{port}/doc", timeout=5)
            hop = await http.fetch(f"http://127.0.40.8:{port}/hop", timeout=5)
            untouched = await http.fetch(f"http://127.0.40.8:{port}/plain", timeout=5)
    finally:
        await runner.cleanup()
    config = parse_autoconfig(got.body, redact=Redactor(password), known=("lab.test",))
    shown = repr(config) + " ".join(hop.redirects) + hop.reason
    assert not strict_leaks(shown, password), shown
    assert config.servers and MASK in (config.servers[0].username or "")
    assert config.servers[0].hostname == "imap.example.test" and config.servers[0].port == 993
    assert MASK in hop.redirects[0]
    assert got.body == document and untouched.body == plain
