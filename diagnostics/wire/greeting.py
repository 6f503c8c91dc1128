"""What answered: the first line a server sends, classified without knowing what we expected.

A probe reads one line after connecting and asks `identify_greeting`. The answer tells a POP3
banner on the IMAP port (`+OK` where `* OK` belongs), a web or SSH server on a mail port, and TLS
records where plain text was expected (a plain-text client on an implicit-TLS port that got an
answer at all). Pure: text in, enum out; never raises.

Greetings, by the standards:
- IMAP (RFC 9051 §7.1, RFC 3501 §7.1): `* OK`, `* PREAUTH` or `* BYE`; status words are
  case-insensitive.
- POP3 (RFC 1939 §4): `+OK` or `-ERR`.
- SMTP (RFC 5321 §4.2, §3.1): `220` ready, possibly multi-line (`220-` first); `554` "no SMTP
  service here" and `421` "service not available" refuse the session.
"""

from __future__ import annotations

import re
from enum import StrEnum

__all__ = ["GreetingKind", "identify_greeting", "protocol_of"]


class GreetingKind(StrEnum):
    IMAP_OK = "imap_ok"
    IMAP_PREAUTH = "imap_preauth"
    IMAP_BYE = "imap_bye"
    POP3_OK = "pop3_ok"
    POP3_ERR = "pop3_err"
    SMTP_READY = "smtp_ready"
    SMTP_REJECT = "smtp_reject"  # 554, 421 or any other SMTP reply code in place of 220
    HTTP = "http"
    SSH = "ssh"
    TLS = "tls"  # a TLS record: handshake (0x16) or alert (0x15), version major 3
    BINARY = "binary"  # control characters: not a text protocol we know
    EMPTY = "empty"
    UNKNOWN = "unknown"


_IMAP = re.compile(r"\*[ \t]+(OK|PREAUTH|BYE)(?![A-Za-z0-9-])", re.IGNORECASE)
_POP3 = re.compile(r"([+]OK|-ERR)(?![A-Za-z0-9-])", re.IGNORECASE)
# RFC 5321 §4.2: Reply-code = %x32-35 %x30-35 %x30-39, then SP, "-" or the end of the line.
_SMTP = re.compile(r"([2-5][0-5][0-9])(?:[ -]|$)")
# TLS record header (RFC 8446 §5.1): content type 22 (handshake) or 21 (alert), then version
# 0x03 0x0N. Decoded with latin-1 or utf-8 these bytes are the characters U+0016/U+0015, U+0003.
_TLS_PREFIXES = ("\x16\x03", "\x15\x03")
# C0 controls except TAB, DEL, C1 controls, and U+FFFD (what utf-8 'replace' leaves for bytes
# that were not text).
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\ufffd]")

_PROTOCOL: dict[GreetingKind, str] = {
    GreetingKind.IMAP_OK: "imap",
    GreetingKind.IMAP_PREAUTH: "imap",
    GreetingKind.IMAP_BYE: "imap",
    GreetingKind.POP3_OK: "pop3",
    GreetingKind.POP3_ERR: "pop3",
    GreetingKind.SMTP_READY: "smtp",
    GreetingKind.SMTP_REJECT: "smtp",
    GreetingKind.HTTP: "http",
    GreetingKind.SSH: "ssh",
}


def identify_greeting(line: str) -> GreetingKind:
    """The kind of the first line a server sent (CR/LF already stripped). Never raises."""
    if line.startswith(_TLS_PREFIXES):
        return GreetingKind.TLS
    text = line.rstrip("\r\n")
    if not text.strip():
        return GreetingKind.EMPTY
    if _CONTROL.match(text):
        return GreetingKind.BINARY
    imap = _IMAP.match(text)
    if imap:
        word = imap.group(1).upper()
        if word == "OK":
            return GreetingKind.IMAP_OK
        return GreetingKind.IMAP_PREAUTH if word == "PREAUTH" else GreetingKind.IMAP_BYE
    pop3 = _POP3.match(text)
    if pop3:
        return GreetingKind.POP3_OK if pop3.group(1)[0] == "+" else GreetingKind.POP3_ERR
    smtp = _SMTP.match(text)
    if smtp:
        return GreetingKind.SMTP_READY if smtp.group(1) == "220" else GreetingKind.SMTP_REJECT
    if text.startswith("HTTP/"):
        return GreetingKind.HTTP
    if text.startswith("SSH-"):
        return GreetingKind.SSH
    if _CONTROL.search(text):
        return GreetingKind.BINARY
    return GreetingKind.UNKNOWN


def protocol_of(kind: GreetingKind) -> str | None:
    """ "imap", "pop3", "smtp", "http" or "ssh" for a kind that names a protocol, else None."""
    return _PROTOCOL.get(kind)
