"""The password canary: every path that takes a password, searched for it everywhere it could leak.

Each path runs the real command (`mailmedic check`, in-process so that logging at DEBUG is
captured) with a known password, against the lab's Dovecot and Postfix and against text servers
that offer each login method (SASL PLAIN, SASL LOGIN, IMAP LOGIN, POP3 USER/PASS). Then standard
output and error, the JSON, the verbose text and Markdown, every log record at DEBUG, the
reports' repr and the exception texts are searched for the password as it is, and for it inside
any base64 token (SASL PLAIN and LOGIN send it base64-encoded).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import io
import logging
import re
from collections.abc import AsyncIterator

import pytest

from diagnostics import Options, check
from diagnostics.cli import main
from diagnostics.model import Credentials, Endpoint, Protocol, Security
from diagnostics.report import render_json, render_markdown, render_text
from tests.lab import Lab
from tests.textservers import TextServers, running_text_servers

CANARY = "Canary-Pw-9fK2#x"
_B64 = re.compile(r"[A-Za-z0-9+/]{6,}={0,2}")


def leaks(text: str, password: str) -> list[str]:
    """Where `password` shows in `text`: as is, or inside a base64 token (any alignment)."""
    found = [text[i - 20 : i + 40] for i in [text.find(password)] if i >= 0]
    secret = password.encode()
    for token in _B64.findall(text):
        for start in range(4):
            chunk = token[start:]
            chunk = chunk[: len(chunk) - len(chunk) % 4]
            try:
                decoded = base64.b64decode(chunk)
            except (binascii.Error, ValueError):
                continue
            # A password inside a longer PLAIN message can straddle 3-byte groups: compare the
            # middle of the secret, which survives any alignment.
            if secret in decoded or (len(secret) > 6 and secret[2:-2] in decoded):
                found.append(token)
    return found


def test_leak_detector_finds_base64_forms() -> None:
    """The detector itself: the SASL PLAIN and LOGIN encodings of the canary are found."""
    plain = base64.b64encode(b"\0alice\0" + CANARY.encode()).decode()
    login = base64.b64encode(CANARY.encode()).decode()
    assert leaks(f"C: AUTH PLAIN {plain}", CANARY)
    assert leaks(f"C: {login}", CANARY)
    assert leaks(f"x {CANARY} y", CANARY)
    assert not leaks("C: AUTH PLAIN ****", CANARY)


MECHANISMS = {
    "plain": ("PLAIN", "LOGIN"),  # SASL PLAIN is chosen
    "login": ("LOGIN",),  # SASL LOGIN, two continuations
    "bare": (),  # IMAP LOGIN command, POP3 USER/PASS, SMTP without AUTH
}


@pytest.fixture(scope="module")
async def text_servers(
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[dict[str, TextServers]]:
    """Text servers offering each login method, one address each."""
    base = tmp_path_factory.mktemp("mechanisms")
    async with running_text_servers(base, MECHANISMS, first=2) as servers:
        yield servers


async def run_cli(
    argv: list[str],
    password: str,
    *,
    via: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> tuple[int, str]:
    """`mailmedic ARGV` in a thread (the test servers keep running on this loop)."""
    if via == "stdin":
        monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
        argv = [*argv, "--password-stdin"]
    else:
        monkeypatch.setenv("MAILMEDIC_PASSWORD", password)
    code = await asyncio.to_thread(main, argv)
    out = capsys.readouterr()
    monkeypatch.delenv("MAILMEDIC_PASSWORD", raising=False)
    return code, out.out + out.err


def check_args(protocol: str, host: str, port: int, security: str, user: str) -> list[str]:
    return [
        "check", "--protocol", protocol, "--host", host, "--port", str(port),
        "--security", security, "--user", user, "--allow-private",
    ]  # fmt: skip


async def every_output(
    argv: list[str],
    endpoint: Endpoint,
    options: Options,
    password: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> str:
    """All a path can show: CLI text (verbose), CLI JSON, and every renderer of the report."""
    texts: list[str] = []
    for extra, via in ((["--verbose"], "stdin"), (["--json"], "env")):
        code, said = await run_cli(
            argv + extra, password, via=via, monkeypatch=monkeypatch, capsys=capsys
        )
        assert code in (0, 1), said
        texts.append(said)
    report = await check(endpoint, options)
    texts += [
        render_json(report),
        render_text(report, verbose=True),
        *render_markdown(report, verbose=True),
        repr(report),
        repr(options),
        str(options.credentials),
    ]
    return "\n".join(texts)


LAB_PATHS = [
    # scenario, protocol, port, security, user, right password, plain text allowed
    ("healthy", "imap", 993, "tls", "alice", True, False),  # two attempts, the 2nd works
    ("healthy", "imap", 143, "starttls", "alice@lab.test", False, False),
    ("healthy", "pop3", 995, "tls", "bob", True, False),
    ("healthy", "pop3", 110, "starttls", "bob", False, False),
    ("healthy", "smtp", 465, "tls", "alice@lab.test", True, False),
    ("healthy", "smtp", 587, "starttls", "alice", False, False),
    ("notls", "imap", 143, "none", "alice@lab.test", True, True),  # in clear, allowed
    ("notls", "pop3", 110, "none", "alice@lab.test", False, True),
    ("notls", "smtp", 587, "none", "bob", True, True),
    ("healthy", "imap", 143, "none", "alice@lab.test", True, False),  # LOGINDISABLED
]


@pytest.mark.parametrize(
    ("scenario", "protocol", "port", "security", "user", "right", "plaintext"), LAB_PATHS
)
async def test_no_password_anywhere_lab(
    lab: Lab,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    scenario: str,
    protocol: str,
    port: int,
    security: str,
    user: str,
    right: bool,
    plaintext: bool,
) -> None:
    """Real Dovecot/Postfix, right or wrong password: the password shows nowhere, logs included."""
    caplog.set_level(logging.DEBUG)
    password = lab.users.get(user) or lab.users["alice@lab.test"] if right else CANARY
    argv = check_args(protocol, lab.host(scenario), port, security, user)
    argv += ["--dns", lab.dns, "--cafile", lab.cafile]
    if plaintext:
        argv.append("--allow-plaintext-auth")
    endpoint = Endpoint(
        protocol=Protocol(protocol),
        host=lab.host(scenario),
        port=port,
        security=Security(security),
        username=user,
    )
    options = Options(
        dns=lab.dns,
        cafile=lab.cafile,
        allow_private=True,
        timeout=12.0,
        credentials=Credentials(username=user, password=password),
        allow_plaintext_auth=plaintext,
    )
    said = await every_output(argv, endpoint, options, password, monkeypatch, capsys)
    logged = "\n".join(r.getMessage() + repr(r.args) for r in caplog.records)
    assert not leaks(said, password)
    assert not leaks(logged, password)
    assert lab.host(scenario) in said  # the outputs were really searched


@pytest.mark.parametrize("protocol", ["imap", "pop3", "smtp"])
@pytest.mark.parametrize("servers", list(MECHANISMS))
async def test_no_password_anywhere_text_servers(
    text_servers: dict[str, TextServers],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    protocol: str,
    servers: str,
) -> None:
    """Every login method (PLAIN, LOGIN, IMAP LOGIN, USER/PASS): no canary anywhere."""
    caplog.set_level(logging.DEBUG)
    texts = text_servers[servers]
    user = "google-bad-credentials-smtp#0" if protocol == "smtp" else "rfc3206-auth#0"
    if protocol == "imap":
        user = "dovecot-auth-failed-imap#0"
    argv = check_args(protocol, texts.address, texts.ports[protocol], "tls", user)
    argv += ["--cafile", texts.cafile]
    endpoint = Endpoint(
        protocol=Protocol(protocol),
        host=texts.address,
        port=texts.ports[protocol],
        security=Security.TLS,
        username=user,
    )
    options = Options(
        cafile=texts.cafile,
        allow_private=True,
        timeout=8.0,
        credentials=Credentials(username=user, password=CANARY),
    )
    said = await every_output(argv, endpoint, options, CANARY, monkeypatch, capsys)
    logged = "\n".join(r.getMessage() + repr(r.args) for r in caplog.records)
    assert not leaks(said, CANARY)
    assert not leaks(logged, CANARY)
    if servers == "bare" and protocol == "smtp":
        assert "AUTH_NOT_OFFERED" in said
    else:
        assert texts.seen.count(user) >= 3  # the password really went out, three times


def test_bad_password_input_is_refused_without_echo(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A password with a NUL, or one without --user: exit 2, one line, no password in it."""
    monkeypatch.setattr("sys.stdin", io.StringIO(CANARY + "\0tail\n"))
    argv = ["check", "--protocol", "imap", "--host", "mail.example.com", "--port", "993"]
    code = main([*argv, "--security", "tls", "--user", "alice", "--password-stdin"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert "password" in err and not leaks(err, CANARY)
    monkeypatch.setenv("MAILMEDIC_PASSWORD", CANARY)
    code = main([*argv, "--security", "tls"])
    err = capsys.readouterr().err
    assert code == 2 and "--user" in err and not leaks(err, CANARY)


def test_credentials_never_show_the_password() -> None:
    """repr, str, f-strings and the ValueError of bad input all hide the password."""
    c = Credentials(username="alice", password=CANARY)
    for text in (repr(c), str(c), f"{c}", f"{c!r}", repr(Options(credentials=c))):
        assert CANARY not in text
    with pytest.raises(ValueError) as info:
        Credentials(username="alice", password=CANARY + "\r\n")
    assert CANARY not in str(info.value) and CANARY not in repr(info.value)
