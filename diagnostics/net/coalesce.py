"""One DNS query on the wire for identical questions asked at the same moment.

Theory of operation. Many diagnoses in one process often ask the same question at once (a
support channel during a provider's outage: everybody asks about the same domain; a sweep's
eleven probes of one host). dnspython parses every answer in pure Python, about a third of a
millisecond each, and that CPU is what queues up behind a burst (issue 16). While a question
(server, port, name, type, class) is in flight, later askers wait for the same answer instead
of sending their own. Nothing is kept once the answer is in: this is not a cache, TTLs play no
part, and a later question is asked again (the same coalescing a stub resolver or dnsmasq
does for queries in flight).

Each asker keeps its own timeout (the caller's `asyncio.timeout`) and its own lifetime: the
shared query runs as its own task, bounded by the lifetime of the asker that started it; a later
asker with a longer lifetime (a budget-cut look-up of our own DNS beside a sweep's short one)
whose shared query timed out while its own lifetime still runs asks again, alone, for what is
left of it, so a shorter asker never cuts a longer one short. An asker that gives up does not
cancel the query for the others, nor for itself: an asker whose timeout fell due while our own
loop was stalled asks again (net/resolve.py: ask) and joins the same query, whose answer may be
waiting in its socket.
Each resolver (one per run) owns the questions it asked; at the end of the run (`close()`) a
question no other run still owns is cancelled and waited for, so a finished run leaves no query
of its own in flight (net/deadline.py).
"""

from __future__ import annotations

import asyncio
import functools
import weakref
from typing import Any

import dns.asyncresolver
import dns.exception
import dns.resolver

from diagnostics.net import deadline

# Beyond dnspython's lifetime (not a hard cap: its backoff can overshoot), the shared task ends.
SLACK = 1.0
# A shared query timed out with at least this much of an asker's own lifetime left: it asks again.
ASK_AGAIN = 0.25


class _Flight:
    """One query in flight, where it is listed, and the resolvers (runs) that asked it."""

    __slots__ = ("flying", "key", "owners", "task")

    def __init__(
        self, flying: Flying, key: tuple[Any, ...], task: asyncio.Task[dns.resolver.Answer]
    ) -> None:
        self.flying = flying
        self.key = key
        self.task = task
        self.owners: set[CoalescingResolver] = set()

    def land(self, *_: object) -> None:
        """No longer in flight (answered, or given up by every run that asked)."""
        if self.flying.get(self.key) is self:
            del self.flying[self.key]


Flying = dict[tuple[Any, ...], _Flight]
# Per event loop, shared by every resolver of that loop (one per diagnosis): the key names the
# server and port, so resolvers pointed at different servers never share an answer.
_FLYING: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Flying] = weakref.WeakKeyDictionary()


def _settle(task: asyncio.Task[dns.resolver.Answer]) -> None:
    # The answer may outlive every asker (each has its own timeout): mark its error as seen.
    if not task.cancelled():
        task.exception()


class CoalescingResolver(dns.asyncresolver.Resolver):
    """dnspython's async resolver; identical questions in flight share one query."""

    # Trust anchors for dnspython's own DNSSEC validation (net/dnssec.py), set by make_resolver.
    dnssec_anchors: Any = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._flights: set[_Flight] = set()  # questions this run asked, still in flight

    async def resolve(  # type: ignore[override]
        self, qname: Any, rdtype: Any = "A", rdclass: Any = "IN", **kwargs: Any
    ) -> dns.resolver.Answer:
        loop = asyncio.get_running_loop()
        lifetime = kwargs.get("lifetime") or self.lifetime
        ends = loop.time() + lifetime
        while True:
            try:
                return await self._shared(qname, rdtype, rdclass, lifetime, kwargs)
            except (dns.exception.Timeout, TimeoutError):
                left = ends - loop.time()
                if left < ASK_AGAIN:
                    raise
                # Another asker's shorter lifetime ended the shared query: ask for the rest
                # of ours (a fresh query, which the question's later askers join).
                lifetime = left
                kwargs = {**kwargs, "lifetime": left}

    async def _shared(
        self, qname: Any, rdtype: Any, rdclass: Any, lifetime: float, kwargs: dict[str, Any]
    ) -> dns.resolver.Answer:
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
            flight = flying[key] = _Flight(flying, key, task)
            task.add_done_callback(flight.land)
            task.add_done_callback(_settle)
        if self not in flight.owners:
            flight.owners.add(self)
            self._flights.add(flight)
            flight.task.add_done_callback(functools.partial(self._landed, flight))
        return await asyncio.shield(flight.task)

    def _landed(self, flight: _Flight, *_: object) -> None:
        self._flights.discard(flight)

    async def close(self) -> None:
        """The end of this resolver's run: its questions in flight that no other run asked are
        cancelled and waited for (net/deadline.py); the others go on for their runs."""
        given_up = []
        for flight in list(self._flights):
            flight.owners.discard(self)
            if not flight.owners and not flight.task.done():
                flight.land()  # a later asker starts afresh
                given_up.append(flight.task)
        self._flights.clear()
        await deadline.stop(*given_up)

    async def _ask(
        self, qname: Any, rdtype: Any, rdclass: Any, lifetime: float, kwargs: dict[str, Any]
    ) -> dns.resolver.Answer:
        async with asyncio.timeout(lifetime + SLACK):
            return await super().resolve(qname, rdtype, rdclass, **kwargs)
