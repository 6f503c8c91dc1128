"""What a host's addresses say when taken apart: IPv4 and IPv6 reached over different networks.

A phone on a mobile network with IPv6 connects to the AAAA address first (RFC 8305 §4 sorts IPv6
ahead, RFC 6724 §6); when nothing listens there, the account "works on Wi-Fi, not on mobile". The
probe (probes/base.py) tries every address of a host, bounded; this rule compares the families.
The mirror case is IPV4_BROKEN: the A record is dead while IPv6 works, so the account works on a
phone on an IPv6 mobile network and fails on the many Wi-Fi and office networks that have only
IPv4.
"""

from __future__ import annotations

from collections.abc import Iterator

from diagnostics.findings.codes import Code
from diagnostics.model import AddressResult, Family, Finding, ProbeResult, Severity


def family_summary(addresses: tuple[AddressResult, ...]) -> dict[Family, tuple[int, int]]:
    """family -> (addresses that answered, addresses tested), for the families tested."""
    out: dict[Family, tuple[int, int]] = {}
    for a in addresses:
        if not a.tested:
            continue
        reached, tested = out.get(a.family, (0, 0))
        out[a.family] = (reached + int(a.reached), tested + 1)
    return out


def rule_addresses(result: ProbeResult) -> Iterator[Finding]:
    """IPV6_BROKEN: a warning when an IPv6 address is dead while another address answers; an
    error when the host has only IPv6 addresses and none answers (nothing reaches it then)."""
    summary = family_summary(result.addresses)
    v6 = summary.get(Family.IPV6)
    if v6 is None or v6[0] == v6[1]:
        return
    v4 = summary.get(Family.IPV4)
    if v4 is not None and v4[0] == 0:
        return  # nothing answers on either family: the connection findings say it
    dead = [a for a in result.addresses if a.family is Family.IPV6 and a.tested and not a.reached]
    working = [a.address for a in result.addresses if a.reached]
    only_v6 = v4 is None
    yield Finding(
        code=Code.IPV6_BROKEN,
        severity=Severity.ERROR if only_v6 and not working else Severity.WARNING,
        endpoint=result.endpoint,
        facts={
            k: v
            for k, v in {
                "host": result.endpoint.host,
                "port": result.endpoint.port,
                "dead": ", ".join(a.address for a in dead),
                "outcome": dead[0].outcome.value,
                "working": ", ".join(working) or None,
                "only_ipv6": only_v6,
                "ipv4": None if v4 is None else f"{v4[0]} of {v4[1]} answer",
                "ipv6": f"{v6[0]} of {v6[1]} answer",
            }.items()
            if v is not None
        },
    )


def rule_ipv4(result: ProbeResult) -> Iterator[Finding]:
    """IPV4_BROKEN: a warning when an IPv4 address is dead while an IPv6 address answers (an
    IPv4-only network reaches only the dead side). Nothing when IPv6 does not answer either:
    the connection findings say it."""
    summary = family_summary(result.addresses)
    v4, v6 = summary.get(Family.IPV4), summary.get(Family.IPV6)
    if v4 is None or v4[0] == v4[1] or v6 is None or v6[0] == 0:
        return
    dead = [a for a in result.addresses if a.family is Family.IPV4 and a.tested and not a.reached]
    working = [a.address for a in result.addresses if a.reached]
    yield Finding(
        code=Code.IPV4_BROKEN,
        severity=Severity.WARNING,
        endpoint=result.endpoint,
        facts={
            "host": result.endpoint.host,
            "port": result.endpoint.port,
            "dead": ", ".join(a.address for a in dead),
            "outcome": dead[0].outcome.value,
            "working": ", ".join(working),
            "ipv4": f"{v4[0]} of {v4[1]} answer",
            "ipv6": f"{v6[0]} of {v6[1]} answer",
        },
    )
