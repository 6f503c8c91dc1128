"""SMTP reply grammar: multi-line replies, enhanced status codes and EHLO keywords.

Pure functions from decoded lines (CR/LF stripped) to frozen values. `parse_reply_lines` and
`parse_ehlo` raise `ReplyFormatError` (a ValueError) on text that is not an SMTP reply; nothing
else, whatever the server sent.

Grammar used:
- RFC 5321 §4.2: Reply-line = *( Reply-code "-" [ textstring ] CRLF )
                              Reply-code [ SP textstring ] CRLF
  Reply-code = %x32-35 %x30-35 %x30-39; every line of one reply carries the same code.
- RFC 3463 / RFC 2034: with ENHANCEDSTATUSCODES each line's text starts with an enhanced status
  `class.subject.detail` whose class equals the reply code's first digit: `535 5.7.8 ...`.
- RFC 5321 §4.1.1.1: ehlo-ok-rsp = "250" SP Domain [SP ehlo-greet] followed by one
  ehlo-line per extension: ehlo-keyword *( SP ehlo-param ), keyword = (ALPHA / DIGIT)
  *(ALPHA / DIGIT / "-"). Some servers also send the pre-standard `AUTH=PLAIN LOGIN` line
  (for Outlook Express; Postfix's `broken_sasl_auth_clients`): we read it as AUTH.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from types import MappingProxyType

__all__ = [
    "EhloInfo",
    "ReplyCode",
    "ReplyFormatError",
    "SmtpReply",
    "enhanced_status",
    "is_final_line",
    "parse_ehlo",
    "parse_reply_lines",
]

MAX_EXTENSIONS = 128


class ReplyFormatError(ValueError):
    """The text is not a well-formed SMTP reply (RFC 5321 §4.2)."""


class ReplyCode(IntEnum):
    """Reply codes a diagnosis meets, named by meaning (RFC 5321 §4.2.2-4.2.3 unless noted)."""

    SYSTEM_STATUS = 211
    HELP = 214
    READY = 220  # the greeting: service ready
    CLOSING = 221  # answer to QUIT
    AUTH_SUCCEEDED = 235  # RFC 4954 §6: 235 2.7.0
    OK = 250
    USER_NOT_LOCAL_WILL_FORWARD = 251
    CANNOT_VERIFY = 252
    AUTH_CONTINUE = 334  # RFC 4954 §4: a SASL challenge follows
    START_MAIL_INPUT = 354
    SERVICE_UNAVAILABLE = 421  # also a greeting that refuses the session
    PASSWORD_TRANSITION = 432  # RFC 4954 §6: 432 4.7.12, a password transition is needed
    MAILBOX_BUSY = 450
    LOCAL_ERROR = 451
    INSUFFICIENT_STORAGE = 452
    # RFC 4954 §6: 454 4.7.0 temporary authentication failure; RFC 3207 §4: 454 TLS not
    # available for a temporary reason (answer to STARTTLS).
    TEMP_AUTH_FAILURE = 454
    SYNTAX_ERROR = 500  # also an AUTH line too long (RFC 4954 §4)
    PARAMETER_SYNTAX_ERROR = 501
    NOT_IMPLEMENTED = 502  # e.g. EHLO on an HELO-only server, or AUTH not offered
    BAD_SEQUENCE = 503  # e.g. AUTH after a successful AUTH
    PARAMETER_NOT_IMPLEMENTED = 504  # RFC 4954 §4: unknown AUTH mechanism
    # RFC 3207 §4: 530 5.7.0 "Must issue a STARTTLS command first"; RFC 4954 §6: 530 5.7.0
    # authentication required.
    AUTH_REQUIRED = 530
    MECHANISM_TOO_WEAK = 534  # RFC 4954 §6: 534 5.7.9 (Google: "Application-specific password")
    AUTH_INVALID = 535  # RFC 4954 §6: 535 5.7.8 authentication credentials invalid
    ENCRYPTION_REQUIRED = 538  # RFC 4954 §6: 538 5.7.11 encryption required for this mechanism
    MAILBOX_UNAVAILABLE = 550  # also Microsoft's 550 5.7.30 "Basic authentication is not supported"
    USER_NOT_LOCAL = 551
    EXCEEDED_STORAGE = 552
    MAILBOX_NAME_NOT_ALLOWED = 553
    # As a greeting, "no SMTP service here" (RFC 5321 §3.1); later, "transaction failed".
    TRANSACTION_FAILED = 554


_LINE = re.compile(r"([2-5][0-5][0-9])(?:([ -])(.*))?$", re.S)
_CONTINUATION = re.compile(r"[0-9]{3}-")
_ENHANCED = re.compile(r"[ \t]*([245])\.([0-9]{1,3})\.([0-9]{1,3})(?=[ \t]|$)")
_KEYWORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")
_OBSOLETE_AUTH = re.compile(r"AUTH=(.*)$", re.IGNORECASE | re.S)


def enhanced_status(text: str, code: int | None = None) -> str | None:
    """The enhanced status code at the start of a reply text (`5.7.8`), or None.

    With `code`, its class must match the reply code's first digit (RFC 3463 §2).
    """
    match = _ENHANCED.match(text)
    if match is None:
        return None
    if code is not None and match.group(1) != str(code)[0]:
        return None
    return ".".join(match.groups())


def _strip_enhanced(text: str) -> str:
    match = _ENHANCED.match(text)
    return text[match.end() :] if match else text


@dataclass(frozen=True, slots=True, kw_only=True)
class SmtpReply:
    """One reply: its code, the enhanced status of its first line, and each line's text."""

    code: int
    enhanced: str | None = None
    lines: tuple[str, ...] = ("",)  # the text after "NNN-"/"NNN ", enhanced status included

    @property
    def text(self) -> str:
        """The lines' text as sent, joined by newlines."""
        return "\n".join(self.lines)

    @property
    def message(self) -> str:
        """The text as one line: enhanced status codes dropped, whitespace squeezed."""
        words = " ".join(_strip_enhanced(line) for line in self.lines).split()
        return " ".join(words)

    @property
    def meaning(self) -> ReplyCode | None:
        try:
            return ReplyCode(self.code)
        except ValueError:
            return None

    @property
    def positive(self) -> bool:
        return 200 <= self.code < 300

    @property
    def intermediate(self) -> bool:
        return 300 <= self.code < 400

    @property
    def transient(self) -> bool:
        """4yz: try again later (RFC 5321 §4.2.1)."""
        return 400 <= self.code < 500

    @property
    def permanent(self) -> bool:
        """5yz: do not repeat as is (RFC 5321 §4.2.1)."""
        return 500 <= self.code < 600


def is_final_line(line: str) -> bool:
    """False for a continuation line (`250-...`), True for anything else.

    Anything that is not a continuation ends the reply, so a reader never waits for more after
    garbage; `parse_reply_lines` then says whether the whole was well-formed.
    """
    return _CONTINUATION.match(line) is None


def parse_reply_lines(lines: str | Iterable[str]) -> SmtpReply:
    """One complete reply from its lines (or its text); raises ReplyFormatError if malformed.

    Every line must carry the same code; every line but the last uses "-", the last " " or
    nothing after the code.
    """
    items = (
        lines.splitlines() if isinstance(lines, str) else [line.rstrip("\r\n") for line in lines]
    )
    if not items:
        raise ReplyFormatError("an empty reply")
    code: str | None = None
    texts: list[str] = []
    last = len(items) - 1
    for index, line in enumerate(items):
        match = _LINE.match(line)
        if match is None:
            raise ReplyFormatError(f"not an SMTP reply line: {line[:80]!r}")
        this_code, separator, text = match.group(1), match.group(2), match.group(3)
        if code is None:
            code = this_code
        elif this_code != code:
            raise ReplyFormatError(f"reply code {this_code} inside a {code} reply")
        continuation = separator == "-"
        if continuation and index == last:
            raise ReplyFormatError("the reply ends with a continuation line")
        if not continuation and index != last:
            raise ReplyFormatError("lines follow the reply's final line")
        texts.append(text or "")
    assert code is not None
    number = int(code)
    return SmtpReply(code=number, enhanced=enhanced_status(texts[0], number), lines=tuple(texts))


@dataclass(frozen=True, slots=True, kw_only=True)
class EhloInfo:
    """A successful EHLO reply: the server's name and its extensions (RFC 5321 §4.1.1.1)."""

    hostname: str
    greeting: str = ""  # the rest of the first line, as sent
    # upper-case keyword → its parameters as sent ("" when none), in the order sent
    extensions: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def has(self, name: str) -> bool:
        return name.upper() in self.extensions

    @property
    def starttls(self) -> bool:
        """RFC 3207: STARTTLS is offered (on this connection)."""
        return self.has("STARTTLS")

    @property
    def auth_mechanisms(self) -> tuple[str, ...]:
        """RFC 4954 §3: `AUTH PLAIN LOGIN` (or the old `AUTH=PLAIN LOGIN`) → ("PLAIN", "LOGIN")."""
        return tuple(dict.fromkeys(m.upper() for m in self.extensions.get("AUTH", "").split()))

    @property
    def size(self) -> int | None:
        """RFC 1870: the message size limit in bytes; 0 means no fixed limit; None if unsaid."""
        if "SIZE" not in self.extensions:
            return None
        value = self.extensions["SIZE"].strip()
        if not value:
            return 0
        if value.isascii() and value.isdigit():
            return int(value)
        return None

    @property
    def pipelining(self) -> bool:
        return self.has("PIPELINING")

    @property
    def smtputf8(self) -> bool:
        return self.has("SMTPUTF8")

    @property
    def chunking(self) -> bool:
        return self.has("CHUNKING")

    @property
    def eightbitmime(self) -> bool:
        return self.has("8BITMIME")

    @property
    def enhanced_status_codes(self) -> bool:
        return self.has("ENHANCEDSTATUSCODES")

    @property
    def dsn(self) -> bool:
        return self.has("DSN")


def parse_ehlo(reply: SmtpReply | str | Iterable[str]) -> EhloInfo:
    """The server name and extensions of an EHLO reply; ReplyFormatError unless it is a 250."""
    if not isinstance(reply, SmtpReply):
        reply = parse_reply_lines(reply)
    if reply.code != ReplyCode.OK:
        raise ReplyFormatError(f"EHLO was answered with {reply.code}, not 250")
    first = reply.lines[0].strip().split(None, 1)
    hostname = first[0] if first else ""
    greeting = first[1] if len(first) > 1 else ""
    extensions: dict[str, str] = {}
    auth: list[str] | None = None
    for line in reply.lines[1:]:
        if len(extensions) >= MAX_EXTENSIONS:
            break
        parts = line.strip().split(None, 1)
        if not parts:
            continue
        keyword, params = parts[0], (parts[1] if len(parts) > 1 else "")
        obsolete = _OBSOLETE_AUTH.match(keyword)
        if obsolete is not None:
            keyword, params = "AUTH", f"{obsolete.group(1)} {params}"
        if not _KEYWORD.fullmatch(keyword):
            continue
        keyword = keyword.upper()
        if keyword == "AUTH":
            extensions.setdefault("AUTH", "")  # keeps its place in the order sent
            auth = (auth or []) + params.split()
            continue
        extensions.setdefault(keyword, " ".join(params.split()))
    if auth is not None:
        extensions["AUTH"] = " ".join(dict.fromkeys(auth))
    return EhloInfo(hostname=hostname, greeting=greeting, extensions=MappingProxyType(extensions))
