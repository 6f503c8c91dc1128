"""Our own vantage point: is the DNS server we ask working at all?

Before a report says "the domain does not exist" or "the domain's DNS fails", the resolver that
gave that answer is asked about the root of the DNS (`. NS`), which every working resolver knows,
and about the domain itself. It is ours to blame, not the domain's, when it says the root does
not exist (NXDOMAIN), when it does not answer even that, or when it REFUSES the question about
the domain (a recursive resolver refuses a client it does not serve: that is about us, never
about the domain). The report then says "our DNS server is not working" once, and "could not
tell" (design.md: our own vantage point is told apart from the domain, once, not per probe).

For a domain whose top-level domain the Public Suffix List knows (com, de, ...), the TLD is
asked too: a resolver that says `com.` does not exist is broken even if it answers the root.

SERVFAIL or REFUSED for the root alone proves nothing: an authoritative-only server used as
`--dns` (a lab, an internal zone) refuses questions outside its zones and still answers for its
own. A resolver that answers the root but times out on the domain has said nothing about us:
the domain's own servers may be the slow ones.
"""

from __future__ import annotations

import asyncio
from enum import StrEnum
from typing import Any

import dns.exception
import dns.rcode
import dns.rdatatype
import dns.resolver

from diagnostics.findings.codes import Code
from diagnostics.findings.rules import finding
from diagnostics.model import Finding
from diagnostics.net import deadline

ROOT = "."


class Answered(StrEnum):
    YES = "yes"
    NXDOMAIN = "nxdomain"
    NODATA = "nodata"
    REFUSED = "refused"  # every server asked answered REFUSED
    SERVFAIL = "servfail"
    TIMEOUT = "timeout"


async def ask(resolver: Any, name: str, rdtype: str, *, timeout: float) -> Answered:
    """How our resolver answered one question; REFUSED kept apart from SERVFAIL (dnspython
    folds both into NoNameservers: its `errors` keep each server's reply)."""
    try:
        async with asyncio.timeout(timeout):
            await resolver.resolve(
                name, dns.rdatatype.from_text(rdtype), search=False, lifetime=timeout
            )
    except dns.resolver.NXDOMAIN:
        return Answered.NXDOMAIN
    except dns.resolver.NoAnswer:
        return Answered.NODATA
    except dns.resolver.NoNameservers as exc:
        errors = exc.kwargs.get("errors") or []
        replies = [err[4] for err in errors if len(err) > 4 and hasattr(err[4], "rcode")]
        if replies and all(r.rcode() == dns.rcode.REFUSED for r in replies):
            return Answered.REFUSED
        return Answered.SERVFAIL
    except (TimeoutError, dns.exception.Timeout):
        return Answered.TIMEOUT
    except dns.exception.DNSException:
        return Answered.SERVFAIL
    return Answered.YES


async def check_our_dns(
    resolver: Any,
    *,
    timeout: float,
    dns_server: str | None,
    domain: str | None = None,
) -> Finding | None:
    """OUR_DNS_FAILURE when our resolver cannot even answer for the root, or refuses to answer
    about the domain; else None."""
    tld = domain.rstrip(".").rpartition(".")[2].lower() if domain else ""
    # In a thread the run waits for, even when it is stopped (net/deadline.py: in_thread).
    known_tld = bool(tld) and await deadline.in_thread(is_delegated_tld, tld)
    root, about_domain, about_tld = await asyncio.gather(
        ask(resolver, ROOT, "NS", timeout=timeout),
        ask(resolver, domain, "SOA", timeout=timeout) if domain else _nothing(),
        ask(resolver, tld + ".", "SOA", timeout=timeout) if known_tld else _nothing(),
    )
    if root is Answered.NXDOMAIN or root is Answered.TIMEOUT:
        problem = root.value
    elif about_tld is Answered.NXDOMAIN:
        # A top-level domain the Public Suffix List knows (com, de, ...) "does not exist":
        # our resolver is wrong, and so would be "check the spelling of gmail.com".
        problem = "nxdomain_tld"
    elif about_domain is Answered.REFUSED:
        problem = "refused"
    else:
        return None
    return finding(
        Code.OUR_DNS_FAILURE,
        None,
        problem=problem,
        dns_server=dns_server,
        domain=domain,
        tld=tld if problem == "nxdomain_tld" else None,
    )


def is_delegated_tld(tld: str) -> bool:
    """`com`, `de`, `xn--p1ai` are; `con`, `test`, `example`, `invalid` are not (RFC 6761
    reserves the last ones: a resolver rightly says they do not exist). The Public Suffix List
    shipped with `publicsuffixlist`, without its "*" default rule: a name it knows is a real,
    delegated suffix."""
    from diagnostics.discovery.mx import is_known_suffix

    return is_known_suffix(tld)


async def _nothing() -> Answered:
    return Answered.YES


__all__ = ["Answered", "ask", "check_our_dns"]
