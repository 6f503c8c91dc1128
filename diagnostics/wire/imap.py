"""IMAP reply grammar: capabilities, status responses and response codes (RFC 9051, RFC 3501).

Pure functions from one decoded line (CR/LF stripped) to frozen values. The probe holds the
socket; this module only reads text. Nothing here raises on server text: a line that is not what
was asked for gives an empty tuple or None. `quote_string` is the one function that raises, on
input of ours that cannot be sent as a quoted string.

Grammar used (RFC 9051 §9, the same in RFC 3501 §9):
    response-tagged = tag SP resp-cond-state CRLF
    resp-cond-state = ("OK" / "NO" / "BAD") SP resp-text
    resp-text       = ["[" resp-text-code "]" SP] [text]
    resp-text-code  = ... / "CAPABILITY" SP capability-list / atom [SP 1*<any TEXT-CHAR except "]">]
    capability-data = "CAPABILITY" *(SP capability) SP "IMAP4rev1" *(SP capability)
Status words and capability names are case-insensitive; we upper-case them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from diagnostics.frozen import frozen

__all__ = [
    "ImapCapabilities",
    "ImapCode",
    "ImapStatus",
    "ResponseCode",
    "TaggedStatus",
    "capabilities_from_greeting",
    "capabilities_in",
    "parse_capability_line",
    "parse_response_code",
    "parse_tagged",
    "parse_untagged_status",
    "quote_string",
]

# A server sending more capabilities than this is not telling us anything useful.
MAX_CAPABILITIES = 256


class ImapStatus(StrEnum):
    OK = "OK"
    NO = "NO"
    BAD = "BAD"
    PREAUTH = "PREAUTH"  # untagged only (greeting)
    BYE = "BYE"  # untagged only


class ImapCode(StrEnum):
    """Response codes a diagnosis meets (RFC 9051 §7.1, RFC 5530). Servers may send others."""

    ALERT = "ALERT"
    CAPABILITY = "CAPABILITY"
    PRIVACYREQUIRED = "PRIVACYREQUIRED"  # RFC 5530: needs TLS first (Dovecot, plaintext login)
    AUTHENTICATIONFAILED = "AUTHENTICATIONFAILED"  # RFC 5530: wrong user name or password
    AUTHORIZATIONFAILED = "AUTHORIZATIONFAILED"
    UNAVAILABLE = "UNAVAILABLE"  # RFC 5530: temporary, e.g. the user database is down
    EXPIRED = "EXPIRED"  # RFC 5530: the password or account has expired
    CONTACTADMIN = "CONTACTADMIN"
    NOPERM = "NOPERM"
    INUSE = "INUSE"
    LIMIT = "LIMIT"
    OVERQUOTA = "OVERQUOTA"
    CLIENTBUG = "CLIENTBUG"
    SERVERBUG = "SERVERBUG"
    CANNOT = "CANNOT"


_ATOM = re.compile(r'[^\x00-\x20\x7f(){%*"\\\]]+')
_CAPABILITY_LINE = re.compile(r"\*[ \t]+CAPABILITY(?:[ \t]+(.*))?$", re.IGNORECASE)
_CODE = re.compile(r"[ \t]*\[([^\x00-\x20\x7f(){%*\"\\\]]+)(?:[ \t]([^\]]*))?\][ \t]?(.*)$", re.S)
_STATUS = re.compile(r"(OK|NO|BAD|PREAUTH|BYE)(?:[ \t]+(.*)|$)", re.IGNORECASE | re.S)


@frozen
class ResponseCode:
    """`[NAME argument]` from a status response; `name` upper-cased, `argument` as sent."""

    name: str
    argument: str | None = None


@frozen
class TaggedStatus:
    """A status response: `a1 NO [AUTHENTICATIONFAILED] Authentication failed.`

    `tag` is "*" for an untagged status (`* BAD [ALERT] ...`, `* BYE ...`).
    """

    tag: str
    status: ImapStatus
    code: ResponseCode | None
    text: str

    @property
    def ok(self) -> bool:
        return self.status is ImapStatus.OK

    @property
    def code_name(self) -> str | None:
        return None if self.code is None else self.code.name


@frozen
class ImapCapabilities:
    """A server's capability list (RFC 9051 §7.2.2), names upper-cased, in the order sent."""

    atoms: tuple[str, ...] = ()

    @classmethod
    def from_atoms(cls, atoms: Iterable[str]) -> ImapCapabilities:
        return cls(atoms=_clean_atoms(atoms))

    def has(self, name: str) -> bool:
        return name.upper() in self.atoms

    @property
    def starttls(self) -> bool:
        return self.has("STARTTLS")

    @property
    def logindisabled(self) -> bool:
        """RFC 9051 §6.2.3: LOGIN is refused (until TLS), so a password must not be sent yet."""
        return self.has("LOGINDISABLED")

    @property
    def auth_mechanisms(self) -> tuple[str, ...]:
        """SASL mechanisms from `AUTH=` capabilities (RFC 9051 §6.2.2), e.g. ("PLAIN", "LOGIN")."""
        return tuple(a[5:] for a in self.atoms if a.startswith("AUTH=") and len(a) > 5)

    @property
    def imap4rev1(self) -> bool:
        return self.has("IMAP4REV1")

    @property
    def imap4rev2(self) -> bool:
        return self.has("IMAP4REV2")

    @property
    def idle(self) -> bool:
        return self.has("IDLE")

    @property
    def sasl_ir(self) -> bool:
        return self.has("SASL-IR")


def _clean_atoms(atoms: Iterable[str]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for atom in atoms:
        if len(out) >= MAX_CAPABILITIES:
            break
        if _ATOM.fullmatch(atom):
            out[atom.upper()] = None
    return tuple(out)


def _atoms_of(text: str) -> tuple[str, ...]:
    return _clean_atoms(text.split())


def parse_capability_line(line: str) -> tuple[str, ...]:
    """The capabilities of a `* CAPABILITY ...` line, upper-cased; () for any other line."""
    match = _CAPABILITY_LINE.match(line.rstrip("\r\n"))
    if match is None:
        return ()
    return _atoms_of(match.group(1) or "")


def parse_response_code(text: str) -> ResponseCode | None:
    """The `[CODE argument]` at the start of a resp-text, or None when there is none."""
    match = _CODE.match(text)
    if match is None:
        return None
    argument = (match.group(2) or "").strip()
    return ResponseCode(name=match.group(1).upper(), argument=argument or None)


def _resp_text(text: str) -> tuple[ResponseCode | None, str]:
    match = _CODE.match(text)
    if match is None:
        return None, text.strip()
    code = parse_response_code(text)
    return code, match.group(3).strip()


def capabilities_from_greeting(line: str) -> tuple[str, ...]:
    """The `[CAPABILITY ...]` response code of a greeting or an OK response; () when absent.

    `* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready` → ("IMAP4REV1", "STARTTLS",
    "LOGINDISABLED"). RFC 9051 §7.1: servers may send their capabilities this way to save a
    round trip.
    """
    text = line.rstrip("\r\n")
    status = parse_untagged_status(text)
    if status is None:
        # A tagged `a1 OK [CAPABILITY ...] Logged in` carries them too.
        tag, _, rest = text.partition(" ")
        if not tag:
            return ()
        status = _status_of(tag, rest)
    if status is None or status.code is None or status.code.name != ImapCode.CAPABILITY:
        return ()
    return _atoms_of(status.code.argument or "")


def _status_of(tag: str, rest: str) -> TaggedStatus | None:
    match = _STATUS.match(rest)
    if match is None:
        return None
    code, text = _resp_text(match.group(2) or "")
    return TaggedStatus(tag=tag, status=ImapStatus(match.group(1).upper()), code=code, text=text)


def parse_tagged(line: str, tag: str) -> TaggedStatus | None:
    """The tagged status `tag OK|NO|BAD [code] text`, or None for any other line.

    Tags are compared exactly: servers echo the client's tag.
    """
    text = line.rstrip("\r\n")
    prefix = tag + " "
    if not tag or not text.startswith(prefix):
        return None
    status = _status_of(tag, text[len(prefix) :].lstrip(" "))
    if status is None or status.status not in (ImapStatus.OK, ImapStatus.NO, ImapStatus.BAD):
        return None
    return status


def parse_untagged_status(line: str) -> TaggedStatus | None:
    """An untagged status `* OK|NO|BAD|PREAUTH|BYE [code] text` (tag "*"), or None."""
    text = line.rstrip("\r\n")
    if not text.startswith("*"):
        return None
    rest = text[1:]
    if not rest.startswith((" ", "\t")):
        return None
    return _status_of("*", rest.lstrip(" \t"))


def capabilities_in(lines: Iterable[str]) -> ImapCapabilities:
    """All capabilities announced in a run of response lines: CAPABILITY data and codes."""
    atoms: list[str] = []
    for line in lines:
        atoms.extend(parse_capability_line(line) or capabilities_from_greeting(line))
    return ImapCapabilities.from_atoms(atoms)


def quote_string(value: str) -> str:
    """`value` as an IMAP quoted string (RFC 3501 §4.3, RFC 9051 §4.3): `"a\\"b"`.

    Backslash and double quote are escaped. CR, LF and NUL cannot appear in a quoted string
    (they would end the command: an injection); they raise ValueError — send a literal instead.
    Non-ASCII text is left as is: RFC 9051 (and UTF8=ACCEPT) allow UTF-8 in quoted strings; an
    IMAP4rev1-only server may need a literal for it.
    """
    if any(c in value for c in "\r\n\x00"):
        raise ValueError("CR, LF and NUL cannot be sent in an IMAP quoted string")
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
