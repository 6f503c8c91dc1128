"""Rules of `diagnose`: what the discovery and the probes of what it found say together.

Pure functions over lookups and probe results (style.md §7). Design.md's rules of evidence: a
source that publishes nothing is a status, not a finding; guesses never warn; DISCOVERY_BROKEN is
for a published record (SRV, autoconfig, ISPDB, Autodiscover) that leads to something that does
not work; DISCOVERY_DISAGREES for published sources that name different servers (guesses and our
own provider list do not count); DISCOVERY_INSECURE for settings taken from a document served
over plain HTTP. Provider quirks are PROVIDER_NOTE findings, shown whatever the probes say,
before any login.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from diagnostics.discovery.base import PUBLISHED, Broken, Lookup
from diagnostics.findings.codes import Code
from diagnostics.findings.preparation import notes_findings
from diagnostics.findings.rules import finding, rank, rule_result, usable
from diagnostics.model import Endpoint, Finding, Outcome, ProbeResult, Protocol, Security

Key = tuple[str, str, int, str]


def rule_domain(lookups: Sequence[Lookup], domain: str) -> list[Finding]:
    """DOMAIN_NOT_FOUND: the domain itself does not exist (NXDOMAIN for its MX question)."""
    if any(lk.source == "mx" and lk.domain_missing for lk in lookups):
        return [finding(Code.DOMAIN_NOT_FOUND, None, domain=domain)]
    return []


# Why a document-level DISCOVERY_BROKEN (no endpoint) is broken: the `problem` fact, which the
# catalog reads to say what is wrong. "server" is the problem of a published endpoint that fails.
PROBLEM_CERTIFICATE = "certificate"  # served with a certificate apps refuse (expired, untrusted)
PROBLEM_DOCUMENT = "document"  # served, but not readable: bad XML, the wrong format
PROBLEM_ENTRIES = "entries"  # readable, but entries are written wrongly (a broken placeholder)
PROBLEM_SERVER = "server"  # a published endpoint that does not work


def _problem(lookup: Lookup, broken: Broken) -> str:
    """What made a document unusable, from how discovery recorded it (discovery/autoconfig.py):
    a document that was read names its problems per entry and keeps its status; one that could
    not be read is an error whose detail starts with its URL; the only other unusable fetch is
    one refused for its certificate, whose detail is the TLS reason (no document, no URL)."""
    if lookup.status != "error":
        return PROBLEM_ENTRIES
    if broken.detail.lower().startswith(("https://", "http://")):
        return PROBLEM_DOCUMENT
    return PROBLEM_CERTIFICATE


def rule_broken_documents(lookups: Sequence[Lookup], domain: str) -> list[Finding]:
    """Documents served but unusable (bad XML, broken placeholders, a bad certificate), and
    documents used over plain HTTP (DISCOVERY_INSECURE, see `rule_insecure_documents`).

    One DISCOVERY_BROKEN for all of them: these have no endpoint; every detail stays in the
    facts, and `problem` says what is wrong when it is the same for all."""
    insecure = rule_insecure_documents(lookups, domain)
    broken = [(lk, b) for lk in lookups for b in lk.broken if b.endpoint is None]
    if not broken:
        return insecure
    details = list(dict.fromkeys(b.detail for _, b in broken))
    sources = list(dict.fromkeys(b.source for _, b in broken))
    problems = list(dict.fromkeys(_problem(lk, b) for lk, b in broken))
    return [
        finding(
            Code.DISCOVERY_BROKEN,
            None,
            domain=domain,
            source=sources[0],
            sources=", ".join(sources),
            problem=problems[0] if len(problems) == 1 else None,
            problems=problems,
            detail="; ".join(details),
            details=details,
        ),
        *insecure,
    ]


def rule_insecure_documents(lookups: Sequence[Lookup], domain: str) -> list[Finding]:
    """DISCOVERY_INSECURE: settings used from a document fetched over plain HTTP, Thunderbird's
    fallback when https finds nothing. Anyone on the way can change such a document and send
    the app, and the person's password, to a server of their choosing."""
    return [
        finding(Code.DISCOVERY_INSECURE, None, domain=domain, source=lk.source, detail=lk.detail)
        for lk in lookups
        if lk.extra.get("plain_http") and lk.status == "found"
    ]


# A published endpoint that fails this way is the record's fault: it names a server that does
# not exist, a port nothing listens on, or the wrong protocol or security. A certificate, TLS,
# login or firewall fault of a correctly published server is that server's own finding, which
# leads; the record is not blamed for it (design.md: root cause first).
RECORD_IS_WRONG = frozenset(
    {
        Outcome.DNS_NXDOMAIN,
        Outcome.DNS_NODATA,
        Outcome.REFUSED,
        Outcome.WRONG_PROTOCOL,
        Outcome.PROTOCOL_ERROR,
        Outcome.TLS_ON_PLAIN_PORT,
        Outcome.PLAIN_ON_TLS_PORT,
        Outcome.STARTTLS_NOT_OFFERED,
    }
)


def rule_published_endpoints(
    origins: Mapping[Key, Sequence[str]],
    results: Mapping[Key, ProbeResult],
    *,
    domain: str,
    now: dt.datetime,
    dns_server: str | None,
) -> list[Finding]:
    """DISCOVERY_BROKEN for each published endpoint the record gets wrong (`RECORD_IS_WRONG`),
    and every published endpoint's own findings (the certificate expired, ...)."""
    out: list[Finding] = []
    for k, sources in origins.items():
        published = [s for s in sources if s in PUBLISHED]
        result = results.get(k)
        if not published or result is None:
            continue
        # A record is judged on what it names; a probe our own overload cut short is ours.
        if result.outcome in RECORD_IS_WRONG and "overloaded_ms" not in result.facts:
            reason = result.detail or result.outcome.value.replace("_", " ")
            out.append(
                finding(
                    Code.DISCOVERY_BROKEN,
                    result.endpoint,
                    domain=domain,
                    source=published[0],
                    sources=", ".join(published),
                    problem=PROBLEM_SERVER,
                    detail=f"{result.endpoint.label}: {reason}",
                    outcome=result.outcome.value,
                )
            )
        out.extend(rule_result(result, now=now, dns_server=dns_server))
    return out


def rule_plaintext(
    origins: Mapping[Key, Sequence[str]], results: Mapping[Key, ProbeResult]
) -> list[Finding]:
    """A published entry without encryption where the server offers it (RFC 8314 §4.1: a mail
    app should use TLS whenever the server has it)."""
    out: list[Finding] = []
    for k, sources in origins.items():
        published = [s for s in sources if s in PUBLISHED]
        result = results.get(k)
        if not published or result is None or result.endpoint.security is not Security.NONE:
            continue
        ep = result.endpoint
        same = [
            r
            for r in results.values()
            if r.endpoint.protocol is ep.protocol and r.endpoint.host == ep.host
        ]
        secure = [r for r in same if r.works and r.endpoint.security is not Security.NONE]
        if secure:
            best = min(secure, key=lambda r: rank(r.endpoint))
            right_port, right_security = best.endpoint.port, best.endpoint.security
        elif result.starttls_offered:
            right_port, right_security = ep.port, Security.STARTTLS
        else:
            continue
        out.append(
            finding(
                Code.ENCRYPTION_NOT_USED,
                ep,
                source=published[0],
                right_port=right_port,
                right_security=right_security,
            )
        )
    return out


def _direction(protocol: Protocol) -> str:
    return protocol.direction


def rule_disagree(
    origins: Mapping[Key, Sequence[str]],
    results: Mapping[Key, ProbeResult],
    endpoints: Mapping[Key, Endpoint],
) -> list[Finding]:
    """DISCOVERY_DISAGREES, per direction: published sources naming different hosts."""
    out: list[Finding] = []
    for direction in ("incoming", "outgoing"):
        hosts: dict[str, set[str]] = {}
        for k, sources in origins.items():
            ep = endpoints.get(k)
            if ep is None or k not in results or ep.protocol.direction != direction:
                continue
            for s in sources:
                if s in PUBLISHED:
                    hosts.setdefault(s, set()).add(ep.host)
        if len(hosts) < 2 or len({frozenset(h) for h in hosts.values()}) < 2:
            continue
        mine = [
            r
            for k, r in results.items()
            if r.endpoint.protocol.direction == direction
            and any(s in PUBLISHED for s in origins.get(k, ()))
        ]
        working = usable(mine, among=mine)
        best = min(working, key=lambda r: rank(r.endpoint)) if working else None
        # The finding is about a server that loses: one that fails, or else one not recommended.
        losers = [r for r in mine if not r.works] or [
            r for r in mine if best is None or r.endpoint.host != best.endpoint.host
        ]
        subject = losers[0].endpoint if losers else None
        said = "; ".join(f"{s}: {', '.join(sorted(h))}" for s, h in sorted(hosts.items()))
        out.append(
            finding(
                Code.DISCOVERY_DISAGREES,
                subject,
                sources=", ".join(sorted(hosts)),
                right_host=None if best is None else best.endpoint.host,
                detail=said,
            )
        )
    return out


def rule_provider_notes(lookups: Iterable[Lookup]) -> list[Finding]:
    """PROVIDER_NOTE for each rule of the provider, PROVIDER_PREPARATION for each step
    (findings/preparation.py), each once."""
    return notes_findings(note for lk in lookups for note in lk.notes)


def rule_no_servers(
    lookups: Sequence[Lookup],
    results: Iterable[ProbeResult],
    domain: str,
    *,
    dns_server: str | None = None,
    cut: bool = False,
) -> list[Finding]:
    """NO_MAIL_SERVERS: the domain exists, publishes nothing for mail and no guess answers.

    `cut`: the deadline cut a lookup or the guesses, so "publishes nothing" is not known: the
    test could not finish (PROBE_INCOMPLETE, could not tell), never a fault of the domain.

    When DNS itself failed for the domain (SERVFAIL or REFUSED for its MX), "publishes nothing"
    is not known: that is DNS_FAILURE, the root cause (style.md §4: keep them apart)."""
    if any(lk.endpoints for lk in lookups if lk.source != "guess"):
        return []
    results = list(results)
    if any(r.works for r in results):
        return []
    if any("overloaded_ms" in r.facts for r in results):
        # A guess we were too busy to judge may well answer: not "no servers" (issue 16).
        return [finding(Code.OVERLOADED, None)]
    if cut:
        return [finding(Code.PROBE_INCOMPLETE, None, reason="deadline")]
    mx = next((lk for lk in lookups if lk.source == "mx"), None)
    if mx is not None and mx.status == "error" and not mx.domain_missing:
        return [
            finding(
                Code.DNS_FAILURE,
                None,
                domain=domain,
                reason="timeout" if mx.dns_timeout else "servfail",
                dns_server=dns_server,
                detail=mx.detail,
            )
        ]
    return [finding(Code.NO_MAIL_SERVERS, None, domain=domain)]


def rule_provider_failures(
    origins: Mapping[Key, Sequence[str]],
    results: Mapping[Key, ProbeResult],
    *,
    now: dt.datetime,
    dns_server: str | None,
) -> list[Finding]:
    """Servers from our provider list that fail, but only in a direction where nothing works:
    our list may be out of date, so its failures are worth saying only when nothing else is."""
    out: list[Finding] = []
    for direction in ("incoming", "outgoing"):
        mine = [r for r in results.values() if r.endpoint.protocol.direction == direction]
        if any(r.works for r in mine):
            continue
        for k, sources in origins.items():
            result = results.get(k)
            if result is None or result.endpoint.protocol.direction != direction:
                continue
            if "provider" in sources and not any(s in PUBLISHED for s in sources):
                out.extend(rule_result(result, now=now, dns_server=dns_server))
    return out
