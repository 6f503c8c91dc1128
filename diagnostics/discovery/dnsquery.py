"""DNS questions of discovery (SRV, MX), through dnspython to the chosen server (`--dns`).

NXDOMAIN, no data, SERVFAIL/REFUSED and timeouts stay apart (style.md §4): "the domain does not
exist" and "our DNS server did not answer" lead to very different reports.
"""

from __future__ import annotations

from typing import Any

import dns.exception
import dns.flags
import dns.rdatatype
import dns.resolver

from diagnostics.frozen import frozen
from diagnostics.model import Outcome
from diagnostics.net.resolve import ask


@frozen
class Answer:
    """One DNS question answered: the records, or the failure and its detail."""

    records: tuple[Any, ...] = ()  # dnspython rdata objects
    failure: Outcome | None = None
    detail: str = ""
    # The answer is DNSSEC-validated: the AD bit (RFC 4035 §3.2.3) of a resolver we trust
    # (RFC 6840 §5.7 and §5.9; net/resolve.py asks only those), or our own validation.
    authenticated: bool = False


async def query(resolver: Any, name: str, rdtype: str, *, timeout: float) -> Answer:
    try:
        # Bounded, and timed fairly under load (net/resolve.py: ask).
        answer = await ask(resolver, name, dns.rdatatype.from_text(rdtype), timeout)
    except dns.resolver.NXDOMAIN:
        return Answer(failure=Outcome.DNS_NXDOMAIN, detail=f"{name} does not exist (NXDOMAIN)")
    except dns.resolver.NoAnswer:
        return Answer(failure=Outcome.DNS_NODATA, detail=f"{name} has no {rdtype} record")
    except dns.resolver.NoNameservers:
        return Answer(
            failure=Outcome.DNS_SERVFAIL, detail=f"the DNS server could not answer for {name}"
        )
    except (TimeoutError, dns.exception.Timeout):
        return Answer(
            failure=Outcome.DNS_TIMEOUT, detail=f"the DNS server did not answer for {name}"
        )
    except dns.exception.DNSException as exc:
        return Answer(failure=Outcome.DNS_SERVFAIL, detail=f"DNS error for {name}: {exc}")
    # AD believed only when we asked for it, and we ask only a resolver we may believe
    # (net/resolve.py: ad_trusted, RFC 6840 §5.9): an AD bit set by anyone else is ignored.
    asked = bool((resolver.flags or 0) & dns.flags.AD)
    authenticated = asked and bool(answer.response.flags & dns.flags.AD)
    if not authenticated and getattr(resolver, "dnssec_anchors", None):
        # Validated here against the configured trust anchors (net/dnssec.py), when the
        # resolver does not validate itself.
        from diagnostics.net.dnssec import validated

        authenticated = await validated(resolver, answer, timeout=timeout)
    return Answer(records=tuple(answer), authenticated=authenticated)


def absent(failure: Outcome | None) -> bool:
    """NXDOMAIN or no data: the name publishes nothing (a status "none", not an error)."""
    return failure in (Outcome.DNS_NXDOMAIN, Outcome.DNS_NODATA)
