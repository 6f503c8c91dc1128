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
PORT_PROTOCOL: Mapping[int, Protocol] = MappingProxyType(
    {
        **{port: protocol for protocol, port, _ in STANDARD},
        26: Protocol.SMTP,
        2525: Protocol.SMTP,
    }
)


def default_port(protocol: Protocol, *, tls: bool) -> int:
    """The usual port of `protocol` with SSL/TLS (`tls`) or with STARTTLS/none."""
    return (IMPLICIT_TLS_PORT if tls else STARTTLS_PORT)[protocol]


def default_security(port: int) -> Security:
    """What a port expects when nothing says otherwise: SSL/TLS on 993/995/465, else STARTTLS."""
    return Security.TLS if port in IMPLICIT_TLS_PORTS else Security.STARTTLS


__all__ = [
    "IMPLICIT_TLS_PORT",
    "IMPLICIT_TLS_PORTS",
    "PORT_PROTOCOL",
    "RELAY_PORT",
    "STANDARD",
    "STARTTLS_PORT",
    "SUBMISSION_PORTS",
    "default_port",
    "default_security",
]
