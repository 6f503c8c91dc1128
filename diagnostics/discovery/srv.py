"""DNS SRV records for mail clients (RFC 6186, RFC 8314 §5.1).

`_imaps._tcp`, `_pop3s._tcp` and `_submissions._tcp` announce implicit TLS; `_imap._tcp`,
`_pop3._tcp` and `_submission._tcp` STARTTLS (RFC 6186 §3: a client should negotiate TLS on
them; we never recommend plain text from an SRV record). A target of "." means "not offered
here" (RFC 6186 §3.4, RFC 2782). Lowest priority first; within a priority, the higher weight
first (RFC 2782 picks by weighted chance; a report wants a stable order).
"""

from __future__ import annotations

import asyncio

from diagnostics.discovery.base import Broken, DiscoveryContext, Lookup, endpoint
from diagnostics.discovery.dnsquery import absent, query
from diagnostics.model import Endpoint, Outcome, Protocol, Security, Trust
from diagnostics.net.redact import MASK
from diagnostics.wire.hostname import HostnameError, parse_server_name

# Service label -> (protocol, security). Implicit TLS first: RFC 8314 §5.1 says a client should
# prefer it when both are published.
SERVICES: tuple[tuple[str, Protocol, Security], ...] = (
    ("_imaps._tcp", Protocol.IMAP, Security.TLS),
    ("_imap._tcp", Protocol.IMAP, Security.STARTTLS),
    ("_pop3s._tcp", Protocol.POP3, Security.TLS),
    ("_pop3._tcp", Protocol.POP3, Security.STARTTLS),
    ("_submissions._tcp", Protocol.SMTP, Security.TLS),
    ("_submission._tcp", Protocol.SMTP, Security.STARTTLS),
)


def order_srv(records: list[tuple[int, int, int, str]]) -> list[tuple[int, int, int, str]]:
    """(priority, weight, port, target) sorted: lowest priority, then highest weight (RFC 2782)."""
    return sorted(records, key=lambda r: (r[0], -r[1], r[3]))


async def lookup_srv(dctx: DiscoveryContext, username: str | None = None) -> Lookup:
    answers = await asyncio.gather(
        *(
            query(dctx.resolver, f"{label}.{dctx.domain}", "SRV", timeout=dctx.dns_timeout)
            for label, _, _ in SERVICES
        )
    )
    endpoints: list[Endpoint] = []
    said: list[str] = []
    broken: list[Broken] = []
    errors: list[str] = []
    timeout = False
    for (label, protocol, security), answer in zip(SERVICES, answers, strict=True):
        if answer.failure is not None:
            if not absent(answer.failure):
                errors.append(answer.detail)
                timeout = timeout or answer.failure is Outcome.DNS_TIMEOUT
            continue
        records = order_srv(
            [
                (int(r.priority), int(r.weight), int(r.port), dctx.answer_name(r.target))
                for r in answer.records
            ]
        )
        if all(target in ("", ".") for *_, target in records):
            said.append(f"{label}: not offered")
            continue
        for _, _, port, target in records:
            if target in ("", "."):
                continue
            if MASK not in target:  # a masked name is shown, never looked up (finder.py)
                try:
                    target = parse_server_name(target)
                except HostnameError as exc:
                    # dnspython escapes odd bytes (\226...): no server has such a name.
                    broken.append(Broken(source="srv", detail=f"{label}.{dctx.domain}: {exc}"))
                    continue
            endpoints.append(endpoint(protocol, target, port, security, username))
            said.append(f"{label} → {target}:{port}")
    if endpoints:
        used = [a for a in answers if a.failure is None]
        signed = all(a.authenticated for a in used)
        return Lookup(
            source="srv",
            status="found",
            detail="; ".join(said) + (" (DNSSEC)" if signed else ""),
            endpoints=tuple(endpoints),
            broken=tuple(broken),
            trust=Trust.DNSSEC if signed else Trust.DNS,
        )
    if broken:
        # Records that name only what cannot be a server: published, and broken.
        detail = "; ".join(b.detail for b in broken)
        return Lookup(source="srv", status="none", detail=detail, broken=tuple(broken))
    if errors:
        return Lookup(source="srv", status="error", detail=errors[0], dns_timeout=timeout)
    detail = "; ".join(said) if said else "no SRV records for mail (RFC 6186)"
    return Lookup(source="srv", status="none", detail=detail)
