"""POP3 reply grammar: status lines, response codes and CAPA (RFC 1939, RFC 2449, RFC 3206).

Pure functions from decoded lines (CR/LF stripped) to frozen values; never raises on server text.
`parse_status` is total: a line that is neither `+OK` nor `-ERR` comes back with `valid=False` and
`ok=False`, so a probe that only asks "did it work?" treats garbage as a failure and can still
tell it apart for the report.

Grammar used:
- RFC 1939 §3: status indicators `+OK` and `-ERR`, then text; multi-line replies end with a line
  holding a single "."; a line that starts with "." is sent with the dot doubled ("dot-stuffed").
- RFC 2449 §8: `-ERR [IN-USE] ...`: resp-code = "[" resp-level *("/" resp-level) "]", where
  resp-level = 1*<upper-case letter, digit or hyphen>. Codes: IN-USE, LOGIN-DELAY (RFC 2449),
  SYS/TEMP, SYS/PERM, AUTH (RFC 3206).
- RFC 2449 §5, §6: CAPA lists one capability a line, a tag and its arguments:
  `SASL PLAIN LOGIN`, `STLS` (RFC 2595), `USER`, `IMPLEMENTATION ...`, `LOGIN-DELAY 900`,
  `RESP-CODES`, `AUTH-RESP-CODE`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from diagnostics.frozen import frozen

__all__ = [
    "Pop3Capabilities",
    "Pop3Code",
    "Pop3Status",
    "is_continuation",
    "parse_capa",
    "parse_status",
    "unstuff",
]

MAX_CAPA_LINES = 256

_STATUS = re.compile(r"([+]OK|-ERR)(?=[ \t\[]|$)[ \t]*(.*)$", re.IGNORECASE | re.S)
_CODE = re.compile(r"\[([A-Za-z0-9-]+(?:/[A-Za-z0-9-]+)*)\][ \t]*(.*)$", re.S)
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


class Pop3Code(StrEnum):
    """Extended response codes (RFC 2449 §8, RFC 3206)."""

    AUTH = "AUTH"  # RFC 3206: the credentials (or the way they were sent) are refused
    SYS_TEMP = "SYS/TEMP"  # RFC 3206: a temporary server fault; try later
    SYS_PERM = "SYS/PERM"  # RFC 3206: a lasting server fault; tell the admin
    IN_USE = "IN-USE"  # RFC 2449: the mailbox is locked by another session
    LOGIN_DELAY = "LOGIN-DELAY"  # RFC 2449: logged in too soon after the last login


@frozen
class Pop3Status:
    """A status line: `-ERR [AUTH] Authentication failed.` → ok False, code "AUTH"."""

    ok: bool
    code: str | None  # upper-cased, levels joined by "/", e.g. "SYS/TEMP"
    text: str
    valid: bool = True  # False: the line was neither +OK nor -ERR (text is the whole line)


@frozen
class Pop3Capabilities:
    """CAPA's lines, un-stuffed and trimmed, in the order sent (RFC 2449 §5)."""

    lines: tuple[str, ...] = ()

    def get(self, name: str) -> tuple[str, ...] | None:
        """The arguments of capability `name` (case-insensitive), or None when not listed."""
        wanted = name.upper()
        for line in self.lines:
            parts = line.split()
            if parts and parts[0].upper() == wanted:
                return tuple(parts[1:])
        return None

    def has(self, name: str) -> bool:
        return self.get(name) is not None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(parts[0].upper() for parts in map(str.split, self.lines) if parts)

    @property
    def stls(self) -> bool:
        """RFC 2595 §4: STARTTLS for POP3 is the STLS command."""
        return self.has("STLS")

    @property
    def user(self) -> bool:
        """RFC 2449 §6.8: USER/PASS login is offered (now, on this connection)."""
        return self.has("USER")

    @property
    def sasl_mechanisms(self) -> tuple[str, ...]:
        """RFC 2449 §6.3, RFC 5034: `SASL PLAIN LOGIN` → ("PLAIN", "LOGIN")."""
        return tuple(dict.fromkeys(m.upper() for m in self.get("SASL") or ()))

    @property
    def implementation(self) -> str | None:
        """RFC 2449 §6.9: the server's own words about itself, as sent."""
        for line in self.lines:
            parts = line.split(None, 1)
            if parts and parts[0].upper() == "IMPLEMENTATION":
                return parts[1].strip() if len(parts) > 1 else None
        return None

    @property
    def top(self) -> bool:
        return self.has("TOP")

    @property
    def uidl(self) -> bool:
        return self.has("UIDL")

    @property
    def pipelining(self) -> bool:
        return self.has("PIPELINING")

    @property
    def resp_codes(self) -> bool:
        return self.has("RESP-CODES")

    @property
    def auth_resp_code(self) -> bool:
        """RFC 3206 §6: the server sends [AUTH] and [SYS/...] codes on login failures."""
        return self.has("AUTH-RESP-CODE")

    @property
    def login_delay(self) -> int | None:
        """RFC 2449 §6.5: minimum seconds between logins, when announced."""
        args = self.get("LOGIN-DELAY")
        if not args or not args[0].isascii() or not args[0].isdigit():
            return None
        return int(args[0])


def unstuff(line: str) -> str:
    """RFC 1939 §3: drop the leading "." a multi-line reply adds to lines that start with ".".

    A line that is just "." is the terminator and comes back unchanged.
    """
    if line.startswith(".") and len(line) > 1:
        return line[1:]
    return line


def is_continuation(line: str) -> bool:
    """A SASL challenge line `+ base64` (RFC 5034 §4) rather than a status."""
    return line == "+" or line.startswith("+ ")


def parse_status(line: str) -> Pop3Status:
    """The `+OK`/`-ERR` status of a line, with its response code. Never raises."""
    text = line.rstrip("\r\n")
    match = _STATUS.match(text)
    if match is None:
        return Pop3Status(ok=False, code=None, text=text.strip(), valid=False)
    ok = match.group(1)[0] == "+"
    rest = match.group(2)
    code_match = _CODE.match(rest)
    if code_match is None:
        return Pop3Status(ok=ok, code=None, text=rest.strip())
    return Pop3Status(ok=ok, code=code_match.group(1).upper(), text=code_match.group(2).strip())


def parse_capa(lines: Iterable[str]) -> Pop3Capabilities:
    """The capabilities from CAPA's reply lines. Never raises.

    Takes the lines between `+OK` and `.`; a leading `+OK` line is skipped and a `.` line ends the
    list, so the whole reply works too. Lines may be dot-stuffed or not: a capability never starts
    with ".", so stuffing is undone and a line still starting with "." is dropped. Blank lines and
    lines with control characters are dropped.
    """
    out: list[str] = []
    for index, raw in enumerate(lines):
        line = raw.rstrip("\r\n")
        if line == ".":
            break
        if index == 0 and parse_status(line).valid:
            continue
        line = unstuff(line).strip()
        if not line or line.startswith(".") or _CONTROL.search(line):
            continue
        out.append(line)
        if len(out) >= MAX_CAPA_LINES:
            break
    return Pop3Capabilities(lines=tuple(out))
