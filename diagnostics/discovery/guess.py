"""Host-name guesses, as Thunderbird makes them when nothing is published (mail-facts.md).

Incoming: imap.<d> (IMAP only), pop3.<d> and pop.<d> (POP3 only), mail.<d> and <d>; outgoing:
smtp.<d>, mail.<d> and <d>. Every standard port and security of each (implicit TLS before
STARTTLS before none, RFC 8314). Only names that exist are probed. Guesses never warn: a guessed
name that does not answer is not a finding (design.md).
"""

from __future__ import annotations

from collections.abc import Iterable

from diagnostics.model import Endpoint, Protocol
from diagnostics.sweep import standard_endpoints

INCOMING: tuple[tuple[str, tuple[Protocol, ...]], ...] = (
    ("imap.", (Protocol.IMAP,)),
    ("pop3.", (Protocol.POP3,)),
    ("pop.", (Protocol.POP3,)),
    ("mail.", (Protocol.IMAP, Protocol.POP3)),
    ("", (Protocol.IMAP, Protocol.POP3)),
)
OUTGOING: tuple[str, ...] = ("smtp.", "mail.", "")


def guess_hosts(domain: str, protocols: Iterable[Protocol]) -> dict[str, tuple[Protocol, ...]]:
    """host -> the protocols guessed on it, in Thunderbird's order."""
    wanted = set(protocols)
    hosts: dict[str, list[Protocol]] = {}
    for prefix, kinds in INCOMING:
        for p in kinds:
            if p in wanted:
                hosts.setdefault(prefix + domain, []).append(p)
    if Protocol.SMTP in wanted:
        for prefix in OUTGOING:
            hosts.setdefault(prefix + domain, []).append(Protocol.SMTP)
    return {h: tuple(ps) for h, ps in hosts.items()}


def guess_endpoints(
    host: str, protocols: Iterable[Protocol], *, username: str | None
) -> list[Endpoint]:
    return standard_endpoints(host, protocols=protocols, username=username)
