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
    """family -> (addresses where a mail app gets as far as the login, addresses judged), for the
    families tested. An address that answers with a certificate for another name, a failing TLS
    handshake or a broken greeting fails a phone on that family as surely as a refusal does."""
    out: dict[Family, tuple[int, int]] = {}
    for a in addresses:
        if not (a.works or a.failed):
            continue  # not tested (policy, no route here), or cut by our own deadline
        working, judged = out.get(a.family, (0, 0))
        out[a.family] = (working + int(a.works), judged + 1)
    return out


def _failure_facts(failed: list[AddressResult]) -> dict[str, str]:
    """How the failing addresses failed: the first one's outcome, and when a server answered
    there (a fault, not silence), `fault` and its reason (IPV6_BROKEN~fails words)."""
    facts = {"dead": ", ".join(a.address for a in failed), "outcome": failed[0].outcome.value}
    answered = next((a for a in failed if a.fault), None)
    if answered is not None:
        facts["outcome"] = answered.outcome.value
        facts["fault"] = answered.outcome.value
        if answered.detail:
            facts["reason"] = answered.detail
    return facts


def rule_addresses(result: ProbeResult) -> Iterator[Finding]:
    """IPV6_BROKEN: a warning when an IPv6 address fails (dead, or a fault before the login)
    while another address works; an error when the host has only IPv6 addresses and none
    answers (nothing reaches it then)."""
    summary = family_summary(result.addresses)
    v6 = summary.get(Family.IPV6)
    if v6 is None or v6[0] == v6[1]:
        return
    v4 = summary.get(Family.IPV4)
    if v4 is not None and v4[0] == 0:
        return  # nothing works on either family: the connection findings say it
    failed = [a for a in result.addresses if a.family is Family.IPV6 and a.failed]
    working = [a.address for a in result.addresses if a.works]
    only_v6 = v4 is None
    if only_v6 and not working and any(a.fault for a in failed):
        return  # one server, failing the same way everywhere: its own finding says why
    yield Finding(
        code=Code.IPV6_BROKEN,
        severity=Severity.ERROR if only_v6 and not working else Severity.WARNING,
        endpoint=result.endpoint,
        facts={
            k: v
            for k, v in {
                "host": result.endpoint.host,
                "port": result.endpoint.port,
                **_failure_facts(failed),
                "working": ", ".join(working) or None,
                "only_ipv6": only_v6,
                "ipv4": None if v4 is None else f"{v4[0]} of {v4[1]} work",
                "ipv6": f"{v6[0]} of {v6[1]} work",
            }.items()
            if v is not None
        },
    )


def rule_ipv4(result: ProbeResult) -> Iterator[Finding]:
    """IPV4_BROKEN: a warning when an IPv4 address fails (dead, or a fault before the login)
    while an IPv6 address works (an IPv4-only network reaches only the failing side). Nothing
    when IPv6 does not work either: the connection findings say it."""
    summary = family_summary(result.addresses)
    v4, v6 = summary.get(Family.IPV4), summary.get(Family.IPV6)
    if v4 is None or v4[0] == v4[1] or v6 is None or v6[0] == 0:
        return
    failed = [a for a in result.addresses if a.family is Family.IPV4 and a.failed]
    working = [a.address for a in result.addresses if a.works]
    yield Finding(
        code=Code.IPV4_BROKEN,
        severity=Severity.WARNING,
        endpoint=result.endpoint,
        facts={
            "host": result.endpoint.host,
            "port": result.endpoint.port,
            **_failure_facts(failed),
            "working": ", ".join(working),
            "ipv4": f"{v4[0]} of {v4[1]} work",
            "ipv6": f"{v6[0]} of {v6[1]} work",
        },
    )
