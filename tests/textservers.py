"""Small IMAP, POP3 and SMTP servers that answer every login with a provider's exact text.

No real server will say "Application-specific password required" on request, so these do: each
speaks just enough of its protocol over implicit TLS (a trustme CA, a certificate for the
listening address) for the real probes to reach AUTH, then answers the login with the text of
the data-file entry named by the username: `google-app-password-smtp#0` gets the first example
of that entry. They never echo what the client sent, and keep the usernames they saw.

`mechanisms` chooses what they offer: ("PLAIN", "LOGIN") by default; ("LOGIN",) for SASL LOGIN
with its two continuations; () for IMAP's LOGIN command and POP3's USER/PASS (and no SMTP AUTH).

A login as `send#<entry-id>#<index>@lab.test` works on the SMTP server instead; its MAIL FROM is
accepted and its RCPT TO answered with that example of the reply tables (server_texts.json or
bounce_texts.json): the probe's send test meets a server's refusal of the recipient.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import re
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import trustme

from diagnostics.findings.auth import TextEntry, reply_entries, server_entries

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]
_TAG = re.compile(r"^[A-Za-z0-9]+ (?=(OK|NO|BAD)\b)")


STALL = "stall"  # the username that gets no answer at all: the server stalls after the login
SEND = "send#"  # the usernames whose login works and whose RCPT TO gets the named entry's text


class Stall(Exception):
    """The login is never answered: the handler waits until the client gives up."""


def example_for(username: str) -> str:
    """The example text an `entry-id#index` username asks for (STALL: no answer, ever)."""
    if username.partition("@")[0] == STALL:
        raise Stall
    entry_id, _, index = username.partition("#")
    entry: TextEntry = next(e for e in server_entries() if e.id == entry_id)
    return entry.examples[int(index or 0)]


def refusal_for(address: str) -> str:
    """The example a `send#entry-id#index@domain` sender's RCPT TO is answered with, as one
    reply line ("550-a 550-b" pasted on one line is sent as "550 a 550-b")."""
    entry_id, _, index = address.removeprefix(SEND).partition("@")[0].partition("#")
    entry = next(e for e in reply_entries() if e.id == entry_id)
    return re.sub(r"^(\d{3})-", r"\1 ", entry.examples[int(index or 0)])


def _plain_username(response: str) -> str:
    """The authcid of an RFC 4616 PLAIN response (base64 of authzid NUL authcid NUL passwd)."""
    try:
        parts = base64.b64decode(response.strip()).split(b"\0")
    except ValueError:
        return ""
    return parts[1].decode("utf-8", "replace") if len(parts) == 3 else ""


async def _line(reader: asyncio.StreamReader) -> str:
    raw = await asyncio.wait_for(reader.readline(), 10)
    if not raw:
        raise ConnectionResetError
    return raw.decode("utf-8", "replace").rstrip("\r\n")


async def _send(writer: asyncio.StreamWriter, *lines: str) -> None:
    writer.write("".join(line + "\r\n" for line in lines).encode())
    await writer.drain()


@dataclass
class TextServers:
    address: str
    directory: Path
    ports: dict[str, int] = field(default_factory=dict)
    seen: list[str] = field(default_factory=list)  # usernames that tried to log in
    cafile: str = ""
    mechanisms: tuple[str, ...] = ("PLAIN", "LOGIN")
    _servers: list[asyncio.Server] = field(default_factory=list)

    async def start(self) -> None:
        ca = trustme.CA()
        cert = ca.issue_cert(self.address)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        cert.configure_cert(context)
        path = self.directory / "textservers-ca.pem"
        ca.cert_pem.write_to_path(str(path))
        self.cafile = str(path)
        for name, handler in (("imap", self._imap), ("pop3", self._pop3), ("smtp", self._smtp)):
            server = await asyncio.start_server(self._guard(handler), self.address, 0, ssl=context)
            self._servers.append(server)
            self.ports[name] = server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        for server in self._servers:
            server.close()
            await server.wait_closed()

    def _guard(self, handler: Handler) -> Handler:
        async def run(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            try:
                with contextlib.suppress(ConnectionError, TimeoutError, ssl.SSLError, OSError):
                    await handler(reader, writer)
            except Stall:
                with contextlib.suppress(ConnectionError, ssl.SSLError, OSError):
                    await reader.read()  # until the client hangs up
            writer.close()

        return run

    async def _imap(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        caps = " ".join(["IMAP4rev1", *(f"AUTH={m}" for m in self.mechanisms), "SASL-IR"])
        await _send(writer, f"* OK [CAPABILITY {caps}] text server ready")
        while True:
            tag, _, rest = (await _line(reader)).partition(" ")
            verb, _, args = rest.partition(" ")
            verb = verb.upper()
            if verb == "CAPABILITY":
                await _send(writer, f"* CAPABILITY {caps}", f"{tag} OK done")
            elif verb == "LOGOUT":
                await _send(writer, "* BYE bye", f"{tag} OK done")
                return
            elif verb in ("AUTHENTICATE", "LOGIN"):
                if verb == "LOGIN":  # LOGIN "user" "password" (RFC 9051 §6.2.3)
                    user = args[1:].split('"', 1)[0]
                elif args.upper().startswith("LOGIN"):
                    user = await self._sasl_login(reader, writer, "+ ")
                else:
                    _, _, initial = args.partition(" ")
                    if not initial:
                        await _send(writer, "+ ")
                        initial = await _line(reader)
                    user = _plain_username(initial)
                self.seen.append(user)
                text = example_for(user)
                if text.startswith("* "):  # an untagged warning before the tagged NO
                    await _send(writer, text, f"{tag} NO Authentication failed.")
                else:
                    await _send(writer, f"{tag} {_TAG.sub('', text)}")
            else:
                await _send(writer, f"{tag} BAD unknown command")

    async def _pop3(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _send(writer, "+OK text server ready")
        while True:
            command = await _line(reader)
            verb = command.split(" ", 1)[0].upper()
            if verb == "CAPA":
                sasl = ["SASL " + " ".join(self.mechanisms)] if self.mechanisms else []
                await _send(writer, "+OK", *sasl, "USER", ".")
            elif verb == "USER":
                user = command[5:]
                await _send(writer, "+OK send PASS")
                await _line(reader)
                self.seen.append(user)
                await _send(writer, example_for(user))
            elif verb == "QUIT":
                await _send(writer, "+OK bye")
                return
            elif verb == "AUTH" and command.upper().endswith("LOGIN"):
                user = await self._sasl_login(reader, writer, "+ ")
                self.seen.append(user)
                await _send(writer, example_for(user))
            elif verb == "AUTH":
                await _send(writer, "+ ")  # RFC 5034 §4: an empty challenge
                user = _plain_username(await _line(reader))
                self.seen.append(user)
                await _send(writer, example_for(user))
            else:
                await _send(writer, "-ERR unknown command")

    async def _smtp(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _send(writer, "220 text.invalid ESMTP text server")
        while True:
            command = await _line(reader)
            verb, _, args = command.partition(" ")
            verb = verb.upper()
            if verb in ("EHLO", "HELO"):
                auth = ["250 AUTH " + " ".join(self.mechanisms)] if self.mechanisms else []
                await _send(writer, "250-text.invalid" if auth else "250 text.invalid", *auth)
            elif verb == "QUIT":
                await _send(writer, "221 bye")
                return
            elif verb == "AUTH" and not self.mechanisms:
                await _send(writer, "503 5.5.1 AUTH not offered")
            elif verb == "AUTH" and args.upper().startswith("LOGIN"):
                user = await self._sasl_login(reader, writer, "334 ")
                self.seen.append(user)
                await _send(writer, self._smtp_auth_reply(user))
            elif verb == "AUTH":
                _, _, initial = args.partition(" ")
                user = _plain_username(initial)
                self.seen.append(user)
                await _send(writer, self._smtp_auth_reply(user))
            elif verb == "MAIL":
                await _send(writer, "250 2.1.0 Ok")
            elif verb == "RCPT":
                address = args.partition("<")[2].partition(">")[0]
                await _send(writer, refusal_for(address))
            elif verb == "RSET":
                await _send(writer, "250 2.0.0 Ok")
            else:
                await _send(writer, "502 5.5.2 unknown command")

    @staticmethod
    def _smtp_auth_reply(user: str) -> str:
        if user.startswith(SEND):
            return "235 2.7.0 Authentication successful"
        # A one-line paste of a multi-line reply ("534-5.7.9 ..."): send it as the last line,
        # or the client would wait for the rest.
        return re.sub(r"^(\d{3})-", r"\1 ", example_for(user))

    async def _sasl_login(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, prompt: str
    ) -> str:
        """SASL LOGIN's two continuations; returns the username (the password is dropped)."""
        await _send(writer, prompt + base64.b64encode(b"Username:").decode())
        user = base64.b64decode(await _line(reader)).decode("utf-8", "replace")
        await _send(writer, prompt + base64.b64encode(b"Password:").decode())
        await _line(reader)
        return user


@contextlib.asynccontextmanager
async def running_text_servers(
    base: Path, mechanisms: Mapping[str, tuple[str, ...]], *, first: int
) -> AsyncIterator[dict[str, TextServers]]:
    """One set of text servers per name, each on its own address 127.0.41.<first + i>, all
    stopped afterwards (also those started before one failed to start)."""
    servers = {
        name: TextServers(address=f"127.0.41.{first + i}", directory=base / name, mechanisms=m)
        for i, (name, m) in enumerate(mechanisms.items())
    }
    started: list[TextServers] = []
    try:
        for one in servers.values():
            one.directory.mkdir(parents=True, exist_ok=True)
            started.append(one)
            await one.start()
        yield servers
    finally:
        for one in started:
            await one.stop()
