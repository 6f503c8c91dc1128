"""Servers that echo a command back must not carry the password into any report."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncIterator

import pytest

from diagnostics import Options, check
from diagnostics.model import Credentials, Endpoint, Protocol, Security
from diagnostics.net.redact import MASK, Redactor
from diagnostics.report import render_json, render_markdown, render_text
from tests.lab import Lab
from tests.test_secrets import leaks

PASSWORD = 'Echo"Pw\\9fK2#x'


async def _pop3_echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(b"+OK echo POP3\r\n")
    while line := await reader.readline():
        command = line.decode("utf-8", "replace").strip()
        if command.upper() == "CAPA":
            writer.write(b"+OK\r\nUSER\r\n.\r\n")
        elif command.upper().startswith("USER"):
            writer.write(b"+OK\r\n")
        elif command.upper() == "QUIT":
            writer.write(b"+OK bye\r\n")
        else:  # PASS and anything else: echoed, as some broken servers do
            writer.write(f"-ERR bad command: {command}\r\n".encode())
        await writer.drain()
    writer.close()


async def _imap_echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(b"* OK echo IMAP\r\n")
    while line := await reader.readline():
        text = line.decode("utf-8", "replace").strip()
        tag, _, command = text.partition(" ")
        if command.upper() == "CAPABILITY":
            writer.write(f"* CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR\r\n{tag} OK\r\n".encode())
        elif command.upper().startswith("AUTHENTICATE"):
            writer.write(f"{tag} NO [AUTHENTICATIONFAILED] you said {command}\r\n".encode())
        else:
            writer.write(f"{tag} BAD unknown: {command}\r\n".encode())
        await writer.drain()
    writer.close()


@pytest.fixture
async def echo_servers() -> AsyncIterator[dict[str, int]]:
    """A POP3 and an IMAP server on loopback that repeat what the client sent."""
    pop3 = await asyncio.start_server(_pop3_echo, "127.0.40.6", 0)
    imap = await asyncio.start_server(_imap_echo, "127.0.40.6", 0)
    async with pop3, imap:
        yield {
            "pop3": pop3.sockets[0].getsockname()[1],
            "imap": imap.sockets[0].getsockname()[1],
        }


@pytest.mark.parametrize("protocol", ["pop3", "imap"])
async def test_echoed_password_is_masked(
    lab: Lab, echo_servers: dict[str, int], protocol: str
) -> None:
    """PASS echoed in clear, or AUTHENTICATE PLAIN's base64 echoed: masked everywhere."""
    endpoint = Endpoint(
        protocol=Protocol(protocol),
        host="127.0.40.6",
        port=echo_servers[protocol],
        security=Security.NONE,
        username="alice@example.com",
    )
    options = Options(
        dns=lab.dns,
        allow_private=True,
        timeout=8.0,
        credentials=Credentials(username="alice@example.com", password=PASSWORD),
        allow_plaintext_auth=True,
    )
    report = await check(endpoint, options)
    said = "\n".join(
        [render_json(report), render_text(report, verbose=True), *render_markdown(report)]
    )
    assert MASK in said  # the echo really came back, and was masked
    assert not leaks(said, PASSWORD)


def test_redactor_forms() -> None:
    """Raw, IMAP-quoted and base64 (PLAIN at any alignment, LOGIN) forms are all masked."""
    redact = Redactor(PASSWORD)
    quoted = PASSWORD.replace("\\", "\\\\").replace('"', '\\"')
    plain = base64.b64encode(f"\0alice\0{PASSWORD}".encode()).decode()
    login = base64.b64encode(PASSWORD.encode()).decode()
    for text in (PASSWORD, quoted, plain, login, "x" + plain[3:]):
        assert not leaks(redact(f"S: echo {text} end"), PASSWORD), text
    assert redact("nothing secret here") == "nothing secret here"
    assert Redactor(None)("keeps " + PASSWORD) == "keeps " + PASSWORD


def test_redactor_every_echo_form() -> None:
    """Case-folded, escaped, base64 at each alignment, and a 4-character cut: all masked."""
    secret = "Tq8\tWz\u00a0Jv3-Ky"
    redact = Redactor(secret)
    raw = secret.encode()
    forms = [
        secret, secret.upper(), secret.lower(), secret.casefold(),
        "Tq8\\x09Wz\\xa0Jv3-Ky", "Tq8\\tWz\\xa0Jv3-Ky", "Tq8\\u0009Wz\\u00a0Jv3-Ky",
        "Tq8%09Wz%C2%A0Jv3-Ky", "tq8%09wz",
        *(base64.b64encode(pad + raw).decode() for pad in (b"", b"x", b"xy")),
        base64.b64encode(b"\0alice\0" + raw).decode(),
        "Jv3-", "TQ8\tw",  # a cut, case-folded
    ]  # fmt: skip
    for form in forms:
        said = redact(f"* CAPABILITY IMAP4rev1 {form} STARTTLS")
        assert said == "* CAPABILITY IMAP4rev1 **** STARTTLS", (form, said)


def test_redactor_padded_reply_is_masked_before_any_cut() -> None:
    """A reply padded past 300 characters and then the password: masked, wherever it is cut."""
    redact = Redactor("Kq7#vZ9w-Xj2")
    said = redact("NO [AUTHENTICATIONFAILED] " + "-" * 320 + " Kq7#vZ9w-Xj2")
    assert said.endswith(" ****") and "Kq7#" not in said
    assert redact("NO " + "A" * 297 + "Kq7#v") == "NO " + "A" * 297 + "****"


def test_redactor_keeps_the_servers_own_words() -> None:
    """A fragment that is a protocol keyword or a common reply word stays: no echo there."""
    redact = Redactor("Imap-Password9")
    assert redact("* CAPABILITY IMAP4rev1 IMAP STARTTLS") == "* CAPABILITY IMAP4rev1 IMAP STARTTLS"
    assert redact("-ERR Username and Password not accepted") == (
        "-ERR Username and Password not accepted"
    )
    assert redact("x imap-password9 y") == "x **** y"  # the whole password always goes
    assert redact("x Pasw-Imp") == "x Pasw-Imp"  # no 4 consecutive characters of it
    assert redact("x sword9") == "x ****"  # a run that is no word of the servers'
