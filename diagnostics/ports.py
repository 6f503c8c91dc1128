"""Which port goes with which protocol and security: the one table every part reads.

RFC 8314 §3.3 (implicit TLS: 993 IMAP, 995 POP3, 465 submission), RFC 6409 and RFC 3207 (587
submission with STARTTLS), RFC 9051/RFC 2595 (143 IMAP, 110 POP3, STARTTLS/STLS), RFC 5321 (25:
servers passing mail to each other, not mail apps). 26 and 2525 are submission ports some hosts
open where 25/587 are blocked; they are read in pasted text, never swept.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from diagnostics.model import Protocol, Security

# The combinations a mail app may be set to, in the order the sweep tries them.
STANDARD: tuple[tuple[Protocol, int, Security], ...] = (
    (Protocol.IMAP, 993, Security.TLS),
    (Protocol.IMAP, 143, Security.STARTTLS),
    (Protocol.IMAP, 143, Security.NONE),
    (Protocol.POP3, 995, Security.TLS),
    (Protocol.POP3, 110, Security.STARTTLS),
    (Protocol.POP3, 110, Security.NONE),
    (Protocol.SMTP, 465, Security.TLS),
    (Protocol.SMTP, 587, Security.STARTTLS),
    (Protocol.SMTP, 587, Security.NONE),
    (Protocol.SMTP, 25, Security.STARTTLS),
    (Protocol.SMTP, 25, Security.NONE),
)
IMPLICIT_TLS_PORT: Mapping[Protocol, int] = MappingProxyType(
    {Protocol.IMAP: 993, Protocol.POP3: 995, Protocol.SMTP: 465}
)
STARTTLS_PORT: Mapping[Protocol, int] = MappingProxyType(
    {Protocol.IMAP: 143, Protocol.POP3: 110, Protocol.SMTP: 587}
)
IMPLICIT_TLS_PORTS = frozenset(IMPLICIT_TLS_PORT.values())
SUBMISSION_PORTS = frozenset({587, 465})  # 25 is for server-to-server relay
RELAY_PORT = 25
# The ports that greet in plain text first, then offer STARTTLS (RFC 5321 §3.1, RFC 6409,
# RFC 9051 §7.1, RFC 1939 §4): TLS from the first byte fails there.
PLAIN_FIRST_PORTS = frozenset(STARTTLS_PORT.values()) | {RELAY_PORT}
PORT_PROTOCOL: Mapping[int, Protocol] = MappingProxyType(
    {
        **{port: protocol for protocol, port, _ in STANDARD},
        26: Protocol.SMTP,
        2525: Protocol.SMTP,
    }
)


# Other ports mail servers and the mail tools beside them listen on: alternative submission ports
# (26, 2525, 2526; Amazon SES's 2465 and 2587, Mailjet's 588, SMTP2GO's 8025 and 8465), LMTP's
# 24 (RFC 2033, a server's own delivery), local bridges and test servers
# (Proton Mail Bridge's 1025 and 1143, DavMail's 1025, 1110 and 1143, MailHog's and Mailpit's
# 1025, GreenMail's 3025 to 3995), a content filter's return (10025), ManageSieve (RFC 5804:
# 4190), and Exchange's web and RPC ports Outlook uses (80, 443, 135).
OTHER_MAIL_PORTS = frozenset(
    {24, 26, 80, 135, 443, 588, 1025, 1110, 1143, 2465, 2525, 2526, 2587}
    | {3025, 3110, 3143, 3465, 3993, 3995, 4190, 8025, 8465, 10025}
)


def _one_keystroke(typed: str, meant: str) -> bool:
    """Whether `typed` is `meant` with one digit added, dropped or changed, or two neighbours
    swapped (Damerau's single edits)."""
    if typed == meant or abs(len(typed) - len(meant)) > 1:
        return False
    if len(typed) == len(meant):
        diff = [i for i, (a, b) in enumerate(zip(typed, meant, strict=True)) if a != b]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and typed[diff[0]] == meant[diff[1]]
        return len(diff) == 1 or (swapped and typed[diff[1]] == meant[diff[0]])
    short, long = sorted((typed, meant), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def mistyped(port: int, protocol: Protocol | None = None) -> int | None:
    """The standard mail port (of `protocol`, when known) that `port` is one keystroke from
    (588 for 587, 9933 for 993), or None: `port` is a mail port itself, or near none."""
    if port in PORT_PROTOCOL or port in OTHER_MAIL_PORTS:
        return None
    near = (
        p for q, p, _ in STANDARD if protocol in (None, q) and _one_keystroke(str(port), str(p))
    )
    return next(near, None)


def unusual(port: int) -> bool:
    """Whether no mail server listens on `port`: not a mail port, and a well-known port (under
    1024, where IANA assigns each to one service) or one keystroke from a mail port."""
    if port in PORT_PROTOCOL or port in OTHER_MAIL_PORTS:
        return False
    return port < 1024 or mistyped(port) is not None


def default_port(protocol: Protocol, *, tls: bool) -> int:
    """The usual port of `protocol` with SSL/TLS (`tls`) or with STARTTLS/none."""
    return (IMPLICIT_TLS_PORT if tls else STARTTLS_PORT)[protocol]


def default_security(port: int) -> Security:
    """What a port expects when nothing says otherwise: SSL/TLS on 993/995/465, else STARTTLS."""
    return Security.TLS if port in IMPLICIT_TLS_PORTS else Security.STARTTLS


__all__ = [
    "IMPLICIT_TLS_PORT",
    "IMPLICIT_TLS_PORTS",
    "OTHER_MAIL_PORTS",
    "PLAIN_FIRST_PORTS",
    "PORT_PROTOCOL",
    "RELAY_PORT",
    "STANDARD",
    "STARTTLS_PORT",
    "SUBMISSION_PORTS",
    "default_port",
    "default_security",
    "mistyped",
    "unusual",
]
