"""One DNS query on the wire for identical questions asked at the same moment.

Theory of operation. Many diagnoses in one process often ask the same question at once (a
support channel during a provider's outage: everybody asks about the same domain; a sweep's
eleven probes of one host). dnspython parses every answer in pure Python, about a third of a
millisecond each, and that CPU is what queues up behind a burst (issue 16). While a question
(server, port, name, type, class) is in flight, later askers wait for the same answer instead
of sending their own. Nothing is kept once the answer is in: this is not a cache, TTLs play no
part, and a later question is asked again (the same coalescing a stub resolver or dnsmasq
does for queries in flight).

Each asker keeps its own timeout (the caller's `asyncio.timeout`): the shared query runs as its
own task, bounded by the resolver's lifetime, and an asker that gives up does not cancel it for
the others. When the last asker gives up (its timeout, its run's deadline), nobody wants the
answer any more: the query is cancelled, and that asker leaves only once it has ended, so a
finished run leaves no query of its own in flight (net/deadline.py).
"""

from __future__ import annotations

import asyncio
import functools
import weakref
from typing import Any

import dns.asyncresolver
import dns.resolver

from diagnostics.net import deadline

# Beyond dnspython's lifetime (not a hard cap: its backoff can overshoot), the shared task ends.
SLACK = 1.0


class _Flight:
    """One query in flight and how many askers wait for it."""

    __slots__ = ("askers", "task")

    def __init__(self, task: asyncio.Task[dns.resolver.Answer]) -> None:
        self.task = task
        self.askers = 0


Flying = dict[tuple[Any, ...], _Flight]
# Per event loop, shared by every resolver of that loop (one per diagnosis): the key names the
# server and port, so resolvers pointed at different servers never share an answer.
_FLYING: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Flying] = weakref.WeakKeyDictionary()


def _land(flying: Flying, key: tuple[Any, ...], flight: _Flight, *_: object) -> None:
    """The question is no longer in flight (answered, or given up by every asker)."""
    if flying.get(key) is flight:
        del flying[key]


def _settle(task: asyncio.Task[dns.resolver.Answer]) -> None:
    # The answer may outlive every asker (each has its own timeout): mark its error as seen.
    if not task.cancelled():
        task.exception()


class CoalescingResolver(dns.asyncresolver.Resolver):
    """dnspython's async resolver; identical questions in flight share one query."""

    # Trust anchors for dnspython's own DNSSEC validation (net/dnssec.py), set by make_resolver.
    dnssec_anchors: Any = None

    async def resolve(  # type: ignore[override]
        self, qname: Any, rdtype: Any = "A", rdclass: Any = "IN", **kwargs: Any
    ) -> dns.resolver.Answer:
        lifetime = kwargs.get("lifetime") or self.lifetime
        key = (
            str(qname).lower().rstrip("."),
            str(rdtype),
            str(rdclass),
            tuple(str(n) for n in self.nameservers),
            self.port,
            self.ednsflags,  # with DO (DNSSEC records) or without: not the same answer
            tuple(sorted((k, str(v)) for k, v in kwargs.items() if k != "lifetime")),
        )
        flying = _FLYING.setdefault(asyncio.get_running_loop(), {})
        flight = flying.get(key)
        if flight is None:
            task = asyncio.ensure_future(self._ask(qname, rdtype, rdclass, lifetime, kwargs))
            flight = flying[key] = _Flight(task)
            task.add_done_callback(functools.partial(_land, flying, key, flight))
            task.add_done_callback(_settle)
        flight.askers += 1
        try:
            return await asyncio.shield(flight.task)
        finally:
            flight.askers -= 1
            if flight.askers == 0 and not flight.task.done():
                # The last asker gave up: nobody wants the answer. A later asker starts afresh.
                _land(flying, key, flight)
                await deadline.stop(flight.task)

    async def _ask(
        self, qname: Any, rdtype: Any, rdclass: Any, lifetime: float, kwargs: dict[str, Any]
    ) -> dns.resolver.Answer:
        async with asyncio.timeout(lifetime + SLACK):
            return await super().resolve(qname, rdtype, rdclass, **kwargs)
