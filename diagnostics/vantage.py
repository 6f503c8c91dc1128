"""Our own vantage point: is the DNS server we ask working at all?

Before a report says "the domain does not exist" or "the domain's DNS fails", the resolver that
gave that answer is asked about the root of the DNS (`. NS`), which every working resolver knows.
A resolver that says the root does not exist (NXDOMAIN), or does not answer even that, is ours to
blame, not the domain: the report then says "our DNS server is not working" once, and "could not
tell" (design.md: our own vantage point is told apart from the domain, once, not per probe).

SERVFAIL or REFUSED for the root proves nothing: an authoritative-only server used as `--dns` (a
lab, an internal zone) refuses questions outside its zones and still answers for its own.
"""

from __future__ import annotations

from typing import Any

from diagnostics.discovery.dnsquery import query
from diagnostics.findings.codes import Code
from diagnostics.findings.rules import finding
from diagnostics.model import Finding, Outcome

ROOT = "."


async def check_our_dns(
    resolver: Any,
    *,
    timeout: float,
    dns_server: str | None,
    domain: str | None = None,
    timed_out: bool = False,
) -> Finding | None:
    """OUR_DNS_FAILURE when our resolver cannot even answer for the root, or did not answer in
    time for the domain (`timed_out`: a resolver that is silent has not answered anything about
    the domain, so nothing can be said about it); else None."""
    answer = await query(resolver, ROOT, "NS", timeout=timeout)
    if answer.failure is Outcome.DNS_NXDOMAIN:
        problem = "nxdomain"
    elif answer.failure is Outcome.DNS_TIMEOUT:
        problem = "timeout"
    elif timed_out:
        problem = "slow"
    else:
        return None
    return finding(
        Code.OUR_DNS_FAILURE, None, problem=problem, dns_server=dns_server, domain=domain
    )


__all__ = ["check_our_dns"]
