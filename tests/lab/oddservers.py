"""Misbehaving servers written in asyncio: silent, wrong protocol, garbage, old TLS, slow, and a
host that repeats back the passwords it was given.

They run on an event loop of their own in a background thread, so the lab works the same from
a sync pytest fixture, from async tests on pytest-asyncio's loop and from `python -m tests.lab`.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import logging
import socket
import ssl
import threading
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

from .certs import LabCerts
from .layout import fqdn
from .nameservers import MODES, start_broken_dns

log = logging.getLogger("mailmedic.lab")

T = TypeVar("T")
Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]

GARBAGE_SIZE = 200 * 1024
# How long a server that never closes by itself keeps an idle client, so a forgotten client
# cannot pin a task for the rest of a long benchmark run.
IDLE_LIMIT = 300.0


def tls10_server_context(certfile: Path, keyfile: Path) -> ssl.SSLContext:
    """A server that speaks only TLS 1.0 and 1.1, as very old mail servers do."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    with warnings.catch_warnings():
        # Python deprecates naming these versions; here they are the point.
        warnings.simplefilter("ignore", DeprecationWarning)
        ctx.minimum_version = ssl.TLSVersion.TLSv1
        ctx.maximum_version = ssl.TLSVersion.TLSv1_1
    # SECLEVEL=0: OpenSSL 3 refuses the SHA-1 signatures of TLS 1.0/1.1 at any higher level.
    ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
    ctx.load_cert_chain(certfile, keyfile)
    return ctx


def server_context(certfile: Path, keyfile: Path) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certfile, keyfile)
    return ctx


async def _send(writer: asyncio.StreamWriter, text: str) -> None:
    writer.write(text.encode())
    await writer.drain()


async def _lines(reader: asyncio.StreamReader) -> AsyncIterator[str]:
    """Command lines until EOF or the idle limit; an over-long line ends the session."""
    while True:
        try:
            line = await asyncio.wait_for(reader.readline(), IDLE_LIMIT)
        except (TimeoutError, ValueError, asyncio.LimitOverrunError):
            return
        if not line:
            return
        yield line.decode("latin-1").strip()


async def _drain_until_eof(reader: asyncio.StreamReader) -> None:
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(IDLE_LIMIT):
            while await reader.read(65536):
                pass


# --- minimal protocol servers ---------------------------------------------------------------


def imap_handler(
    greeting: str = "* OK IMAP ready",
    capabilities: str = "IMAP4rev1 AUTH=PLAIN",
    delay: float = 0.0,
) -> Handler:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(delay)
        await _send(writer, greeting + "\r\n")
        async for line in _lines(reader):
            tag, _, rest = line.partition(" ")
            command = rest.split(" ", 1)[0].upper()
            if command == "CAPABILITY":
                await _send(writer, f"* CAPABILITY {capabilities}\r\n{tag} OK CAPABILITY done\r\n")
            elif command == "NOOP":
                await _send(writer, f"{tag} OK NOOP done\r\n")
            elif command == "LOGOUT":
                await _send(writer, f"* BYE Logging out\r\n{tag} OK LOGOUT done\r\n")
                return
            else:
                await _send(writer, f"{tag or '*'} BAD Error in IMAP command\r\n")

    return handle


def pop3_handler(greeting: str = "+OK POP3 ready", delay: float = 0.0) -> Handler:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(delay)
        await _send(writer, greeting + "\r\n")
        async for line in _lines(reader):
            command = line.split(" ", 1)[0].upper()
            if command == "CAPA":
                await _send(writer, "+OK\r\nUSER\r\nSASL PLAIN\r\n.\r\n")
            elif command == "NOOP":
                await _send(writer, "+OK\r\n")
            elif command == "QUIT":
                await _send(writer, "+OK Bye\r\n")
                return
            else:
                await _send(writer, "-ERR Unknown command\r\n")

    return handle


def smtp_handler(host: str) -> Handler:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _send(writer, f"220 {host} ESMTP\r\n")
        async for line in _lines(reader):
            command = line.split(" ", 1)[0].upper()
            if command == "EHLO":
                await _send(
                    writer,
                    f"250-{host}\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n"
                    "250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n",
                )
            elif command == "HELO":
                await _send(writer, f"250 {host}\r\n")
            elif command in ("NOOP", "RSET"):
                await _send(writer, "250 2.0.0 Ok\r\n")
            elif command == "QUIT":
                await _send(writer, "221 2.0.0 Bye\r\n")
                return
            else:
                await _send(writer, "502 5.5.2 Error: command not recognized\r\n")

    return handle


# --- deliberately broken servers ------------------------------------------------------------


async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Accept and say nothing until the client gives up."""
    await _drain_until_eof(reader)


async def pop3_everywhere(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """A POP3 greeting on the IMAP port, and -ERR to whatever an IMAP client says."""
    await _send(writer, "+OK POP3 server ready\r\n")
    async for _ in _lines(reader):
        await _send(writer, "-ERR Unknown command\r\n")


async def long_line(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """200 KB without a newline: a client that reads lines without a cap never returns."""
    pattern = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 garbage "
    writer.write((pattern * (GARBAGE_SIZE // len(pattern) + 1))[:GARBAGE_SIZE])
    await writer.drain()
    await _drain_until_eof(reader)


async def binary_junk(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Binary bytes, a newline, then hang up."""
    writer.write(b"\x00\xff\xfe\x80\x81\x1b[2J\x00\x00junk\xc3\x28\x07\r\n")
    await writer.drain()


# --- a host that repeats passwords (issue 16) ------------------------------------------------
#
# Every port of the "echo" host shares one EchoMemory: a password sent to any of them in a login
# (IMAP LOGIN / AUTHENTICATE PLAIN, POP3 PASS / AUTH PLAIN, SMTP AUTH PLAIN / LOGIN) is learnt,
# and from then on every port repeats every learnt password in each form `echo_forms` lists: as
# IMAP capabilities and AUTH= mechanisms, as POP3 CAPA lines and SASL mechanisms, as EHLO
# keywords and AUTH mechanisms, and after ECHO_PAD characters of padding in every login refusal.
# So the other probes of a sweep, which send no password, still meet it.

ECHO_PAD = 320  # more than any cut of a reply (MAX_REPLY_CHARS is 300): a cut keeps a prefix
MAX_LEARNT = 16


class EchoMemory:
    """The passwords one hostile host has learnt from logins on any of its ports."""

    def __init__(self) -> None:
        self.passwords: list[str] = []

    def learn(self, password: str) -> None:
        if password and password not in self.passwords and len(self.passwords) < MAX_LEARNT:
            self.passwords.append(password)

    def forms(self) -> list[str]:
        return [form for password in self.passwords for form in echo_forms(password)]


def echo_forms(password: str) -> list[str]:
    """How the host repeats a password: as is (tab, NBSP and all), upper- and lower-cased,
    base64 at each of the three alignments, and escaped the two ways a log line escapes."""
    raw = password.encode()
    return [
        password,
        password.upper(),
        password.lower(),
        *(base64.b64encode(pad + raw).decode() for pad in (b"", b"x", b"xy")),
        password.encode("unicode_escape").decode(),  # \t, \xa0
        "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in password),
    ]


def _refusal(memory: EchoMemory) -> str:
    """Padding, then every learnt password: a reply cut to 300 characters keeps a prefix."""
    return "-" * ECHO_PAD + " " + " ".join(memory.forms())


def _plain_password(token: str) -> str | None:
    """The password of a SASL PLAIN response (RFC 4616: authzid NUL authcid NUL passwd)."""
    try:
        parts = base64.b64decode(token.strip(), validate=True).split(b"\0")
    except (binascii.Error, ValueError):
        return None
    return parts[2].decode("utf-8", "replace") if len(parts) == 3 else None


def _b64text(token: str) -> str:
    try:
        return base64.b64decode(token.strip(), validate=True).decode("utf-8", "replace")
    except (binascii.Error, ValueError):
        return ""


def _utf8(line: str) -> str:
    return line.encode("latin-1").decode("utf-8", "replace")  # _lines() decodes as latin-1


async def _next(reader: asyncio.StreamReader) -> str:
    async for line in _lines(reader):
        return line
    return ""


def echo_imap(memory: EchoMemory, tls: ssl.SSLContext | None) -> Handler:
    """IMAP that lists the learnt passwords as capabilities; STARTTLS when `tls` is given."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _send(writer, "* OK echo IMAP ready\r\n")
        encrypted = tls is None
        async for line in _lines(reader):
            tag, _, rest = line.partition(" ")
            command, _, args = rest.partition(" ")
            command = command.upper()
            if command == "CAPABILITY":
                forms = memory.forms()
                caps = ["IMAP4rev1", "SASL-IR", "AUTH=PLAIN", *forms]
                caps += [f"AUTH={form}" for form in forms]
                if not encrypted:
                    caps.append("STARTTLS")
                await _send(writer, f"* CAPABILITY {' '.join(caps)}\r\n{tag} OK done\r\n")
            elif command == "STARTTLS" and tls is not None and not encrypted:
                await _send(writer, f"{tag} OK Begin TLS\r\n")
                await writer.start_tls(tls)
                encrypted = True
            elif command == "AUTHENTICATE":
                mechanism, _, initial = args.partition(" ")
                if not initial:
                    await _send(writer, "+ \r\n")
                    initial = await _next(reader)
                learnt = _plain_password(initial) if mechanism.upper() == "PLAIN" else None
                memory.learn(learnt or "")
                await _send(writer, f"{tag} NO [AUTHENTICATIONFAILED] {_refusal(memory)}\r\n")
            elif command == "LOGIN":
                quoted = _utf8(args).rsplit(" ", 1)[-1].strip('"')
                memory.learn(quoted.replace('\\"', '"').replace("\\\\", "\\"))
                await _send(writer, f"{tag} NO [AUTHENTICATIONFAILED] {_refusal(memory)}\r\n")
            elif command == "LOGOUT":
                await _send(writer, f"* BYE bye\r\n{tag} OK done\r\n")
                return
            else:
                await _send(writer, f"{tag or '*'} BAD unknown command\r\n")

    return handle


def echo_pop3(memory: EchoMemory, tls: ssl.SSLContext | None) -> Handler:
    """POP3 that lists the learnt passwords as CAPA lines and SASL mechanisms."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _send(writer, "+OK echo POP3 ready\r\n")
        encrypted = tls is None
        async for line in _lines(reader):
            command, _, args = line.partition(" ")
            command = command.upper()
            if command == "CAPA":
                forms = memory.forms()
                lines = ["USER", "SASL PLAIN " + " ".join(forms), *forms]
                if not encrypted:
                    lines.append("STLS")
                await _send(writer, "+OK\r\n" + "".join(f"{x}\r\n" for x in lines) + ".\r\n")
            elif command == "STLS" and tls is not None and not encrypted:
                await _send(writer, "+OK Begin TLS\r\n")
                await writer.start_tls(tls)
                encrypted = True
            elif command == "USER":
                await _send(writer, "+OK\r\n")
            elif command == "PASS":
                memory.learn(_utf8(args))
                await _send(writer, f"-ERR [AUTH] {_refusal(memory)}\r\n")
            elif command == "AUTH":
                mechanism, _, initial = args.partition(" ")
                if not initial:
                    await _send(writer, "+ \r\n")
                    initial = await _next(reader)
                learnt = _plain_password(initial) if mechanism.upper() == "PLAIN" else None
                memory.learn(learnt or "")
                await _send(writer, f"-ERR [AUTH] {_refusal(memory)}\r\n")
            elif command == "QUIT":
                await _send(writer, "+OK bye\r\n")
                return
            else:
                await _send(writer, "-ERR unknown command\r\n")

    return handle


def echo_smtp(host: str, memory: EchoMemory, tls: ssl.SSLContext | None) -> Handler:
    """ESMTP that lists the learnt passwords as EHLO keywords and AUTH mechanisms."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _send(writer, f"220 {host} ESMTP echo\r\n")
        encrypted = tls is None
        async for line in _lines(reader):
            command, _, args = line.partition(" ")
            command = command.upper()
            if command == "EHLO":
                forms = memory.forms()
                lines = [host, "PIPELINING", "AUTH PLAIN LOGIN " + " ".join(forms), *forms]
                if not encrypted:
                    lines.append("STARTTLS")
                lines.append("8BITMIME")
                text = "".join(f"250-{x}\r\n" for x in lines[:-1]) + f"250 {lines[-1]}\r\n"
                await _send(writer, text)
            elif command == "STARTTLS" and tls is not None and not encrypted:
                await _send(writer, "220 2.0.0 Ready to start TLS\r\n")
                await writer.start_tls(tls)
                encrypted = True
            elif command == "AUTH":
                mechanism, _, initial = args.partition(" ")
                if mechanism.upper() == "LOGIN":
                    await _send(writer, "334 VXNlcm5hbWU6\r\n")
                    await _next(reader)
                    await _send(writer, "334 UGFzc3dvcmQ6\r\n")
                    memory.learn(_b64text(await _next(reader)))
                else:
                    if not initial:
                        await _send(writer, "334 \r\n")
                        initial = await _next(reader)
                    memory.learn(_plain_password(initial) or "")
                await _send(writer, f"535 5.7.8 {_refusal(memory)}\r\n")
            elif command in ("NOOP", "RSET", "HELO"):
                await _send(writer, "250 2.0.0 Ok\r\n")
            elif command == "QUIT":
                await _send(writer, "221 2.0.0 Bye\r\n")
                return
            else:
                await _send(writer, "502 5.5.2 Error: command not recognized\r\n")

    return handle


# --- the loop thread ------------------------------------------------------------------------


class OddServers:
    """Runs the asyncio servers of the lab on a private event loop in a daemon thread."""

    def __init__(self, log_file: Path) -> None:
        self.loop = asyncio.new_event_loop()
        self.loop.set_exception_handler(self._on_loop_error)
        self._thread = threading.Thread(target=self._run, name="mailmedic-lab", daemon=True)
        self._servers: list[asyncio.Server] = []
        self._transports: list[asyncio.BaseTransport] = []
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._blocker: list[socket.socket] = []
        self._log_file = log_file
        self.echo = EchoMemory()  # shared by every port of the "echo" host
        self.users: dict[str, str] = {}  # the lab's logins, for servers that check passwords
        self._handler = logging.FileHandler(log_file)
        self._handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        log.addHandler(self._handler)
        log.setLevel(logging.INFO)
        # The lab's chatter (TLS handshakes that clients abort on purpose) stays in its log file.
        log.propagate = False

    def _on_loop_error(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        log.info("loop: %s %r", context.get("message"), context.get("exception"))

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    def call(self, coro: Coroutine[Any, Any, T], timeout: float = 10.0) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def start(self, address: dict[str, str], certs: LabCerts, broken_dns: tuple[str, int]) -> None:
        self._thread.start()
        self.call(self._start(address, certs, broken_dns))

    def _track(self, name: str, handler: Handler) -> Callable[..., Awaitable[None]]:
        """Wrap a handler: log it, keep it cancellable, never let it leak an exception."""

        async def wrapped(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            task = asyncio.current_task()
            assert task is not None
            self._tasks.add(task)
            self._writers.add(writer)
            log.info("%s: connection from %s", name, writer.get_extra_info("peername"))
            try:
                await handler(reader, writer)
            except (ConnectionError, asyncio.CancelledError, ssl.SSLError, TimeoutError):
                pass
            except Exception:
                log.exception("%s: handler failed", name)
            finally:
                self._writers.discard(writer)
                self._tasks.discard(task)
                writer.close()
                # A client that stopped reading would keep unsent bytes (garbage) and a TLS
                # close_notify pending forever: give up after a moment and drop the socket.
                try:
                    await asyncio.wait_for(writer.wait_closed(), 1.0)
                except BaseException:
                    writer.transport.abort()

        return wrapped

    async def _serve(
        self, name: str, host: str, port: int, handler: Handler, tls: ssl.SSLContext | None = None
    ) -> None:
        server = await asyncio.start_server(
            self._track(f"{name}:{port}", handler),
            host,
            port,
            ssl=tls,
            reuse_address=True,
            ssl_handshake_timeout=10.0 if tls else None,
        )
        self._servers.append(server)

    async def _start(
        self, address: dict[str, str], certs: LabCerts, broken_dns: tuple[str, int]
    ) -> None:
        host, port = broken_dns
        # REFUSED/SERVFAIL/silence by name on the port given; a resolver that answers NXDOMAIN
        # for every name (the root too) one port up; one that never answers two ports up.
        for offset, mode in enumerate(MODES):
            transport, server = await start_broken_dns(host, port + offset, mode)
            self._transports.append(transport)
            self._servers.append(server)

        ip = address["silent"]
        for port in (143, 993, 110, 995, 25, 587, 465):
            await self._serve("silent", ip, port, silent)

        ip, host = address["wrongproto"], fqdn("wrongproto")
        wp = certs.servers["wrongproto"]
        await self._serve("wrongproto", ip, 143, pop3_everywhere)
        await self._serve("wrongproto", ip, 110, smtp_handler(host))
        for port in (25, 587):
            await self._serve(
                "wrongproto", ip, port, imap_handler("* OK [CAPABILITY IMAP4rev1] ready")
            )
        await self._serve(
            "wrongproto",
            ip,
            993,
            pop3_handler("+OK POP3 server ready"),
            server_context(wp.chain, wp.key),
        )

        ip = address["garbage"]
        for port in (143, 110, 587):
            await self._serve("garbage", ip, port, long_line)
        await self._serve("garbage", ip, 25, binary_junk)

        ip, host = address["tls10"], fqdn("tls10")
        old = certs.servers["tls10"]
        ctx = tls10_server_context(old.chain, old.key)
        await self._serve("tls10", ip, 993, imap_handler(), ctx)
        await self._serve("tls10", ip, 995, pop3_handler(), ctx)
        await self._serve("tls10", ip, 465, smtp_handler(host), ctx)

        ip = address["slow"]
        await self._serve("slow", ip, 143, imap_handler(delay=1.5))
        await self._serve("slow", ip, 110, pop3_handler(delay=1.5))

        ip, host = address["echo"], fqdn("echo")
        files = certs.servers["echo"]
        tls = server_context(files.chain, files.key)
        memory = self.echo
        await self._serve("echo", ip, 143, echo_imap(memory, tls))
        await self._serve("echo", ip, 993, echo_imap(memory, None), tls)
        await self._serve("echo", ip, 110, echo_pop3(memory, tls))
        await self._serve("echo", ip, 995, echo_pop3(memory, None), tls)
        for port in (25, 587):
            await self._serve("echo", ip, port, echo_smtp(host, memory, tls))
        await self._serve("echo", ip, 465, echo_smtp(host, memory, None), tls)

        # EXPIRE 0 and LOGIN-DELAY, which Dovecot cannot announce (tests/lab/pop3policy.py).
        from .pop3policy import digest_only_pop3, policy_pop3

        files = certs.servers["pop3policy"]
        await self._serve(
            "pop3policy",
            address["pop3policy"],
            995,
            policy_pop3(self.users),
            server_context(files.chain, files.key),
        )
        files = certs.servers["pop3digest"]
        await self._serve(
            "pop3digest",
            address["pop3digest"],
            995,
            digest_only_pop3(),
            server_context(files.chain, files.key),
        )

    def block_port(self, host: str, port: int) -> None:
        """Make host:port drop SYNs without a firewall: a full listen queue that nobody drains.

        With listen(0) Linux queues exactly one connection; once our own filler connection
        occupies that place, further SYNs are dropped and a client's connect times out.
        """
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
        listener.listen(0)
        filler = socket.create_connection((host, port), timeout=2.0)
        self._blocker += [listener, filler]

    async def _stop(self) -> None:
        for server in self._servers:
            server.close()
        for transport in self._transports:
            transport.close()
        # Abort, not close: a graceful close waits for clients that may never read again.
        for writer in list(self._writers):
            writer.transport.abort()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=2.0)
        for server in self._servers:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), 2.0)

    def stop(self) -> None:
        for sock in self._blocker:
            sock.close()
        self._blocker.clear()
        if self._thread.is_alive():
            try:
                self.call(self._stop(), timeout=5.0)
            finally:
                self.loop.call_soon_threadsafe(self.loop.stop)
                self._thread.join(5.0)
        if not self.loop.is_running():
            self.loop.close()
        log.removeHandler(self._handler)
        self._handler.close()
