"""Name resolution through dnspython, never the system resolver.

The system resolver can't be pointed at a lab and lets a name rebind to a private address after a
check; dnspython lets every query go to the server the person chose (`--dns`) and keeps NXDOMAIN,
no data, SERVFAIL/REFUSED and timeouts apart (style.md §4), all the way to the findings.
"""

from __future__ import annotations

import asyncio
import ipaddress
from typing import Any

import dns.asyncresolver
import dns.exception
import dns.flags
import dns.rdatatype
import dns.resolver

from diagnostics.frozen import frozen
from diagnostics.model import Outcome
from diagnostics.net import looplag
from diagnostics.net.coalesce import CoalescingResolver
from diagnostics.policy import InvalidTarget


@frozen
class Resolution:
    """The addresses of a name, or why there are none (an Outcome of the dns_* family)."""

    name: str
    addresses: tuple[str, ...] = ()
    failure: Outcome | None = None
    detail: str = ""


def parse_dns_server(raw: str) -> tuple[str, int]:
    """`HOST[:PORT]`, `[v6]:PORT` or a bare IPv6 address -> (address, port)."""
    text = raw.strip()
    port = 53
    if text.startswith("["):
        host, bracket, rest = text[1:].partition("]")
        if not bracket or (rest and not rest.startswith(":")):
            raise InvalidTarget(
                f"--dns {raw!r}: write an IPv6 server as [ADDRESS] or [ADDRESS]:PORT"
            )
        if rest:
            port = _port(rest[1:], raw)
    elif text.count(":") == 1:
        host, _, port_text = text.partition(":")
        port = _port(port_text, raw)
    else:
        host = text
    try:
        return str(ipaddress.ip_address(host)), port
    except ValueError:
        raise InvalidTarget(f"--dns {raw!r}: give the DNS server as an IP address") from None


def _port(text: str, raw: str) -> int:
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= 65535:
        raise InvalidTarget(f"--dns {raw!r}: the port must be 1-65535")
    return int(text)


def ad_trusted(nameservers: list[str], *, trust_ad: bool = False) -> bool:
    """Whether the AD bit of these DNS servers' answers may be believed. RFC 4035 §4.9.3 and
    RFC 6840 §5.9: a stub resolver may trust AD only from a validating resolver it trusts, over
    a channel nobody on the way can change: a resolver on this machine (loopback), or one the
    person explicitly vouched for (`--dns-trust-ad`). Anyone else's AD bit, over plain UDP,
    could be a spoofed answer's."""
    if trust_ad:
        return True

    def loopback(server: str) -> bool:
        try:
            return ipaddress.ip_address(server).is_loopback
        except ValueError:
            return False  # a DNS-over-HTTPS URL or a name: not ours to vouch for

    return bool(nameservers) and all(loopback(str(n)) for n in nameservers)


def make_resolver(
    server: str | None,
    *,
    timeout: float = 3.0,
    dnssec_anchors: Any = None,
    trust_ad: bool = False,
) -> dns.asyncresolver.Resolver:
    """A resolver for `server` (HOST[:PORT]); without one, the nameservers of /etc/resolv.conf.
    With trust anchors (net/dnssec.py) queries ask for DNSSEC records and discovery validates
    answers of the anchored zones itself. AD is asked for (and believed, discovery/dnsquery.py)
    only from a resolver `ad_trusted` accepts; `trust_ad` vouches for any."""
    if server is None:
        resolver = CoalescingResolver(configure=True)
    else:
        address, port = parse_dns_server(server)
        resolver = CoalescingResolver(configure=False)
        resolver.nameservers = [address]
        resolver.port = port
    resolver.cache = None
    # RFC 6840 §5.7: a query with AD set asks a validating resolver to say whether it validated
    # the answer (the AD bit of the response), which tells DNSSEC-signed settings apart. Asked
    # only of a resolver whose answer we may believe (ad_trusted): the flag is the policy.
    trusted = ad_trusted([str(n) for n in resolver.nameservers], trust_ad=trust_ad)
    resolver.flags = dns.flags.RD | (dns.flags.AD if trusted else 0)
    resolver.timeout = timeout
    resolver.lifetime = timeout
    if dnssec_anchors:
        # RFC 4035 §3.2.1: DO asks for the RRSIGs; 1232 bytes is the DNS flag day 2020 size.
        resolver.use_edns(0, dns.flags.DO, 1232)
        resolver.dnssec_anchors = dnssec_anchors
    return resolver


async def ask(
    resolver: dns.asyncresolver.Resolver,
    name: str,
    rdtype: dns.rdatatype.RdataType,
    timeout: float,
) -> dns.resolver.Answer:
    """`resolver.resolve(name, rdtype)` within `timeout`, timed fairly (issue 16).

    Our own queue first (net/looplag.py), outside the timeout: waiting there is not the DNS
    server's time (at most half a timeout). dnspython's lifetime is not a hard cap (its backoff
    can overshoot): bounded here. A timeout that fell due while our own loop was stalled may
    hide an answer that came in time: asked once more, so a look-up ends within 3 timeouts.
    Raises what dnspython raises, and TimeoutError."""
    for again in (True, False):
        try:
            async with looplag.dns_slot(wait=timeout / 2), asyncio.timeout(timeout):
                return await resolver.resolve(name, rdtype, search=False, lifetime=timeout)
        except (TimeoutError, dns.exception.Timeout):
            if not (again and looplag.ours(timeout)):
                raise
    raise AssertionError("unreachable")


async def _query(
    resolver: dns.asyncresolver.Resolver, name: str, rdtype: dns.rdatatype.RdataType, timeout: float
) -> tuple[tuple[str, ...], Outcome | None, str]:
    try:
        answer = await ask(resolver, name, rdtype, timeout)
    except dns.resolver.NXDOMAIN:
        return (), Outcome.DNS_NXDOMAIN, f"{name} does not exist (NXDOMAIN)"
    except dns.resolver.NoAnswer:
        return (), Outcome.DNS_NODATA, f"{name} has no {rdtype.name} record"
    except dns.resolver.NoNameservers as exc:
        return (), Outcome.DNS_SERVFAIL, _servfail_detail(name, exc)
    except (TimeoutError, dns.exception.Timeout):
        return (), Outcome.DNS_TIMEOUT, f"the DNS server did not answer for {name}"
    except dns.exception.DNSException as exc:
        return (), Outcome.DNS_SERVFAIL, f"DNS error for {name}: {exc}"
    return tuple(rr.to_text() for rr in answer), None, ""


def _servfail_detail(name: str, exc: dns.resolver.NoNameservers) -> str:
    errors = exc.kwargs.get("errors") or []
    texts = {str(err[3]) for err in errors if len(err) > 3}
    what = "refused or failed" if not texts else ", ".join(sorted(texts))
    return f"the DNS server could not answer for {name} ({what})"


# The order a failure is reported in when A and AAAA disagree: the most telling first.
_FAILURE_RANK = {
    Outcome.DNS_NXDOMAIN: 0,
    Outcome.DNS_SERVFAIL: 1,
    Outcome.DNS_TIMEOUT: 2,
    Outcome.DNS_NODATA: 3,
}


async def resolve_host(
    resolver: dns.asyncresolver.Resolver, name: str, *, timeout: float
) -> Resolution:
    """A and AAAA at once; IPv4 first (loopback labs and most mail hosts are reached on v4)."""
    try:
        return Resolution(name=name, addresses=(str(ipaddress.ip_address(name)),))
    except ValueError:
        pass
    (v4, f4, d4), (v6, f6, d6) = await asyncio.gather(
        _query(resolver, name, dns.rdatatype.A, timeout),
        _query(resolver, name, dns.rdatatype.AAAA, timeout),
    )
    addresses = v4 + v6
    if addresses:
        return Resolution(name=name, addresses=addresses)
    failures = [(f, d) for f, d in ((f4, d4), (f6, d6)) if f is not None]
    failure, detail = min(failures, key=lambda fd: _FAILURE_RANK.get(fd[0], 9))
    if failure is Outcome.DNS_NODATA:
        detail = f"{name} exists but has no address (A or AAAA) record"
    return Resolution(name=name, failure=failure, detail=detail)
