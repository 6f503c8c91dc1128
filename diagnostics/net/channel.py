"""A line-oriented dialogue over asyncio streams: bounded reads, timeouts, redaction, a transcript.

Server text is hostile (style.md §10): every line is capped (`MAX_LINE`), every multi-line reply
is capped in lines by its reader, and nothing read is trusted to end. Faults surface as
`ProbeFault`, which the probe runner turns into an outcome; no other exception leaves a probe.

This is where a server's bytes become text, so this is where the run's secrets are masked
(net/redact.py): each line passes the channel's `Redactor` once, whole, before it is parsed,
recorded, cleaned or cut. Nothing read here reaches a caller unredacted.
"""

from __future__ import annotations

import asyncio
import ssl

from diagnostics.model import Outcome
from diagnostics.net.redact import Redactor

MAX_LINE = 8192  # bytes; RFC 5321 §4.5.3.1.5 allows 512 for SMTP replies, IMAP lines run longer
MAX_REPLY_LINES = 200  # a CAPA / EHLO / CAPABILITY reply longer than this is hostile
MAX_TRANSCRIPT_LINES = 300
MAX_TRANSCRIPT_LINE = 300  # characters kept of one line in the transcript


class ProbeFault(Exception):
    """A network or server fault inside a probe: becomes the probe's outcome, never escapes."""

    def __init__(self, outcome: Outcome, detail: str) -> None:
        super().__init__(detail)
        self.outcome = outcome
        self.detail = detail


def clean(text: str) -> str:
    """Control characters out: a transcript or banner must not drive a terminal."""
    if text.isprintable():
        return text  # the usual line, without a look at each character (start-up: 3 ms)
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in text)


class Transcript:
    """`C:`/`S:` lines. Secrets never enter: callers pass a masked form for AUTH lines, and
    server lines arrive redacted from where they were read (LineChannel, the SMTP probe)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.dropped = 0

    def add(self, direction: str, text: str) -> None:
        if len(self.lines) >= MAX_TRANSCRIPT_LINES:
            self.dropped += 1
            return
        line = clean(text)
        if len(line) > MAX_TRANSCRIPT_LINE:
            line = line[:MAX_TRANSCRIPT_LINE] + "…"
        self.lines.append(f"{direction}: {line}")

    def note(self, text: str) -> None:
        self.add("*", text)

    def freeze(self) -> tuple[str, ...]:
        if self.dropped:
            return (*self.lines, f"*: … {self.dropped} more lines not kept")
        return tuple(self.lines)


class LineChannel:
    def __init__(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        transcript: Transcript,
        redact: Redactor,
    ) -> None:
        self.reader = reader
        self.writer = writer
        self.transcript = transcript
        self.redact = redact

    @property
    def ssl_object(self) -> ssl.SSLObject | None:
        obj = self.writer.get_extra_info("ssl_object")
        return obj if isinstance(obj, ssl.SSLObject) else None

    async def read_line(self, timeout: float, *, what: str = "reply") -> str:
        """One line without its CRLF, redacted. Raises ProbeFault on silence, EOF or an over-long
        line (an over-long line is never decoded: no part of it reaches anyone)."""
        try:
            async with asyncio.timeout(timeout):
                raw = await self.reader.readuntil(b"\n")
        except TimeoutError:
            raise ProbeFault(Outcome.READ_TIMEOUT, f"no {what} within {timeout:g} s") from None
        except asyncio.LimitOverrunError:
            raise ProbeFault(
                Outcome.PROTOCOL_ERROR, f"the server sent a line longer than {MAX_LINE} bytes"
            ) from None
        except asyncio.IncompleteReadError as exc:
            if exc.partial:
                self.transcript.add("S", self.redact(exc.partial.decode("utf-8", "replace")))
            raise ProbeFault(
                Outcome.CLOSED, f"the server closed the connection (waiting for the {what})"
            ) from None
        except ssl.SSLError as exc:
            raise ProbeFault(
                Outcome.PROTOCOL_ERROR, f"TLS error while reading: {exc.reason or exc}"
            ) from None
        except (ConnectionError, OSError) as exc:
            raise ProbeFault(
                Outcome.CLOSED, f"the connection broke ({exc.__class__.__name__})"
            ) from None
        line = self.redact(raw.decode("utf-8", "replace").rstrip("\r\n"))
        self.transcript.add("S", line)
        return line

    async def send(self, line: str, timeout: float, *, shown: str | None = None) -> None:
        """Send one command; `shown` replaces it in the transcript (AUTH arguments masked)."""
        if any(ch in line for ch in "\r\n\0"):
            raise ValueError("command contains CR, LF or NUL")  # a bug, never server input
        self.transcript.add("C", line if shown is None else shown)
        try:
            self.writer.write(line.encode("utf-8") + b"\r\n")
            async with asyncio.timeout(timeout):
                await self.writer.drain()
        except TimeoutError:
            raise ProbeFault(Outcome.READ_TIMEOUT, "the server stopped reading") from None
        except (ConnectionError, OSError) as exc:
            raise ProbeFault(
                Outcome.CLOSED, f"the connection broke ({exc.__class__.__name__})"
            ) from None

    def pending_bytes(self) -> int:
        """Bytes received but not read yet. StreamReader has no public way to ask: this is the
        one place that reads its private buffer."""
        return len(getattr(self.reader, "_buffer", b""))

    async def start_tls(
        self, context: ssl.SSLContext, server_hostname: str, timeout: float
    ) -> None:
        """Upgrade in place (STARTTLS/STLS). TLS errors propagate for classify_tls_error()."""
        async with asyncio.timeout(timeout):
            await self.writer.start_tls(
                context, server_hostname=server_hostname, ssl_handshake_timeout=timeout
            )

    def abort(self) -> None:
        """Close at once: a probe never waits on a server to finish closing."""
        self.writer.transport.abort()
