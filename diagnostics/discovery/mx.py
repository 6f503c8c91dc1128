"""MX records: who receives the domain's mail. Not settings for a mail app, but the clue that
finds a hosted domain's provider (the ISPDB and provider autoconfig of the MX host's domain, as
Thunderbird does, and our provider list), and the proof that the domain exists.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from diagnostics.discovery.base import DiscoveryContext, Lookup
from diagnostics.discovery.dnsquery import query
from diagnostics.model import Outcome, Trust

if TYPE_CHECKING:
    from publicsuffixlist import PublicSuffixList


@functools.cache
def public_suffix_list() -> PublicSuffixList:
    """The Public Suffix List as shipped inside the `publicsuffixlist` package (dated in its
    version, e.g. 1.1.2.20261023): read once, never fetched. Parsing it takes ~0.1 s, so it is
    imported here, on first use, and `import diagnostics` stays fast; async callers load it in
    a thread (`load_public_suffix_list`)."""
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()


async def load_public_suffix_list() -> None:
    """Parse the list off the event loop, once, before the first `registrable_domain`: in a
    thread the run waits for even when it is stopped (net/deadline.py: in_thread)."""
    if public_suffix_list.cache_info().currsize:
        return  # parsed already: no thread needed
    from diagnostics.net.deadline import in_thread

    await in_thread(public_suffix_list)


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
        (int(r.preference), dctx.answer_name(r.exchange).lower()) for r in answer.records
    )
    hosts = tuple(dict.fromkeys(h for _, h in records if h not in ("", ".")))
    if not hosts:
        # RFC 7505: a "null MX" (preference 0, target ".") says the domain accepts no mail.
        return Lookup(source="mx", status="none", detail=f"{dctx.domain} accepts no mail (null MX)")
    return Lookup(
        source="mx",
        status="found",
        detail="MX " + ", ".join(hosts),
        mx_hosts=hosts,
        trust=Trust.DNSSEC if answer.authenticated else Trust.DNS,
    )


def registrable_domain(host: str) -> str:
    """The registrable domain by the Public Suffix List, as Thunderbird's `getBaseDomainFromHost`:
    example.co.uk for mx.example.co.uk, example.github.io for mx.example.github.io (its private
    section counts too). A name that is itself a public suffix is returned as it is."""
    name = host.rstrip(".").lower()
    return public_suffix_list().privatesuffix(name) or name


def mx_domains(mx_host: str, email_domain: str) -> list[str]:
    """Where Thunderbird looks for a hosted domain's settings (mail-facts.md): the MX host's
    registrable domain, and the MX host minus its first label; never the email domain itself."""
    candidates = [registrable_domain(mx_host)]
    labels = mx_host.split(".")
    if len(labels) > 2:
        candidates.append(".".join(labels[1:]))
    email_domain = email_domain.lower()
    psl = public_suffix_list()
    return [
        d
        for d in dict.fromkeys(candidates)
        if d != email_domain and "." in d and not psl.is_public(d)
    ]
