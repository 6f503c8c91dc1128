"""Fold each source's lookups into the one line per source the report shows, and order the
endpoints found so that the most trusted source comes first.

Theory of operation. A source asks several questions (autoconfig: two URLs for the domain and
more via the MX host); the report shows one `DiscoveryResult` per source: "found" when any of its
lookups found servers (their endpoints, in order, without repeats), else "error" when any failed
for a reason worth telling, else "none". Details are joined, each cut, so one line stays short.
Guesses are judged after their probes: "found" only for guessed endpoints that answered
(design.md: guesses never warn, so a guess that does not answer is simply not listed).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from diagnostics.discovery.base import SOURCES, Lookup
from diagnostics.model import DiscoveryResult, Endpoint, ProbeResult, Source, SourceStatus, Trust

MAX_DETAIL = 400
# Which source's endpoint is preferred when two work equally well. PACC first: its document is
# vouched for twice (HTTPS and a DNS digest). Then the order of draft-ietf-mailmaint-autoconfig
# §"Configuration retrieval by mail clients" (-06): the provider's own autoconfig (1.x), the
# central database (2.x, the ISPDB, also reached via the MX host: 3.x); its §"Other mechanisms"
# puts mechanisms less secure than these (SRV over plain DNS, Autodiscover) after them, and
# Thunderbird, too, asks the ISPDB before Autodiscover (mail-facts.md). Then our provider list,
# and last our own guesses.
PRIORITY = {
    s: i for i, s in enumerate(("pacc", "autoconfig", "ispdb", "srv", "autodiscover", "provider"))
}
TWIN = "starttls-twin"  # a STARTTLS probe we added beside a published plain-text entry


def key(endpoint: Endpoint) -> tuple[str, str, int, str]:
    """Endpoints are the same server setting whatever username they carry."""
    return (endpoint.protocol.value, endpoint.host.lower(), endpoint.port, endpoint.security.value)


def source_rank(sources: Iterable[str]) -> int:
    return min((PRIORITY.get(s, 6 if s == TWIN else 7) for s in sources), default=8)


def _short(text: str) -> str:
    return text if len(text) <= MAX_DETAIL else text[: MAX_DETAIL - 1] + "…"


def merge_source(source: str, lookups: Sequence[Lookup]) -> DiscoveryResult:
    found = [lk for lk in lookups if lk.status == "found"]
    errors = [lk for lk in lookups if lk.status == "error"]
    if found:
        endpoints = tuple(dict.fromkeys(e for lk in found for e in lk.endpoints))
        return DiscoveryResult(
            source=Source(source),
            status=SourceStatus.FOUND,
            detail=_short("; ".join(lk.detail for lk in found)),
            endpoints=endpoints,
            # The weakest way any of its lookups learned settings: one plain-HTTP document
            # makes the source's list as doubtful as that document.
            trust=max((lk.learned for lk in found), key=lambda t: t.rank),
        )
    chosen = errors or list(lookups)
    return DiscoveryResult(
        source=Source(source),
        status=SourceStatus.ERROR if errors else SourceStatus.NONE,
        detail=_short("; ".join(lk.detail for lk in chosen if lk.detail)),
    )


def merge(
    lookups: Sequence[Lookup],
    *,
    guess_detail: str,
    guessed: Sequence[ProbeResult],
) -> tuple[DiscoveryResult, ...]:
    """One DiscoveryResult per source asked, in the fixed order of SOURCES."""
    out: list[DiscoveryResult] = []
    for source in SOURCES:
        if source == "guess":
            working = tuple(dict.fromkeys(r.endpoint for r in guessed if r.works))
            out.append(
                DiscoveryResult(
                    source=Source.GUESS,
                    status=SourceStatus.FOUND if working else SourceStatus.NONE,
                    detail=guess_detail,
                    endpoints=working,
                    trust=Trust.GUESS if working else None,
                )
            )
            continue
        mine = [lk for lk in lookups if lk.source == source]
        if mine:
            out.append(merge_source(source, mine))
    return tuple(out)
