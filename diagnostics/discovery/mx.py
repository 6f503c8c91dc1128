"""MX records: who receives the domain's mail. Not settings for a mail app, but the clue that
finds a hosted domain's provider (the ISPDB and provider autoconfig of the MX host's domain, as
Thunderbird does, and our provider list), and the proof that the domain exists.
"""

from __future__ import annotations

from diagnostics.discovery.base import DiscoveryContext, Lookup
from diagnostics.discovery.dnsquery import query
from diagnostics.model import Outcome

# Second-level labels under which registrations happen (co.uk, com.au, ...). A full public
# suffix list is not shipped; this covers the mail hosts seen in the ISPDB and provider data.
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "ac", "gov", "edu", "ne", "or"})


async def lookup_mx(dctx: DiscoveryContext) -> Lookup:
    answer = await query(dctx.resolver, dctx.domain, "MX", timeout=dctx.dns_timeout)
    if answer.failure is Outcome.DNS_NXDOMAIN:
        return Lookup(source="mx", status="error", detail=answer.detail, domain_missing=True)
    if answer.failure is Outcome.DNS_NODATA:
        return Lookup(source="mx", status="none", detail=f"{dctx.domain} has no MX record")
    if answer.failure is not None:
        return Lookup(
            source="mx",
            status="error",
            detail=answer.detail,
            dns_timeout=answer.failure is Outcome.DNS_TIMEOUT,
        )
    records = sorted(
        (int(r.preference), r.exchange.to_text().rstrip(".").lower()) for r in answer.records
    )
    hosts = tuple(dict.fromkeys(h for _, h in records if h not in ("", ".")))
    if not hosts:
        # RFC 7505: a "null MX" (preference 0, target ".") says the domain accepts no mail.
        return Lookup(source="mx", status="none", detail=f"{dctx.domain} accepts no mail (null MX)")
    return Lookup(source="mx", status="found", detail="MX " + ", ".join(hosts), mx_hosts=hosts)


def registrable_domain(host: str) -> str:
    """An approximation of the registrable domain: example.co.uk for mx.example.co.uk."""
    labels = host.rstrip(".").lower().split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def mx_domains(mx_host: str, email_domain: str) -> list[str]:
    """Where Thunderbird looks for a hosted domain's settings (mail-facts.md): the MX host's
    registrable domain, and the MX host minus its first label; never the email domain itself."""
    candidates = [registrable_domain(mx_host)]
    labels = mx_host.split(".")
    if len(labels) > 2:
        candidates.append(".".join(labels[1:]))
    email_domain = email_domain.lower()
    return [d for d in dict.fromkeys(candidates) if d != email_domain and "." in d]
