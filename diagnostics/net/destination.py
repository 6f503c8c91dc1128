"""How many connections one process keeps open at once to one server address and one provider.

Theory of operation. Two hundred diagnoses of addresses at one provider, in one process (the
bot, a worker), would otherwise open hundreds of connections to the same few server addresses
at once: the provider rate-limits or blocks us, and we become a load generator. So every TCP
connection (probes and HTTPS fetches alike, net/connect.py) first takes a place under two caps,
held from before the connect until its socket is closed:

- per destination address (`per_address`): connections open to one IP address;
- per registrable domain of the host name (`per_domain`, by the Public Suffix List: every
  server of gmail.com, whatever its address): a provider with many addresses is one provider.

Beyond a cap the connection waits its turn (first come, first served). The address's place is
taken first, then the domain's, always in this order: a connection may wait for its domain's
place while holding its address's, never the other way round, so no two connections can wait
for each other. Until the Public Suffix List is parsed (once per process, in a thread, at the
start of `check()` and `diagnose()`) only the address cap applies. The wait is our own time,
like a stall of our loop (net/looplag.py): connect and greeting timeouts start after it, the
run's `Waits` remember it, and a probe the deadline cut while it waited says that we were busy
(OVERLOADED, PROBE_INCOMPLETE), never that the server was slow or silent (probes/base.py).

The defaults stay within what mail providers document for one client, and what mail apps use:
- Thunderbird opens at most 5 connections per server and queues the rest (comm-central
  mailnews/imap/src/ImapIncomingServer.jsm, `maximumConnectionsNumber`: pref
  `mail.server.default.max_cached_connections`, default 5);
- Gmail allows 15 simultaneous IMAP connections per account ("Too many simultaneous
  connections", Gmail Help); Exchange's default is 16 per user (`MaxConnectionsPerUser`,
  "Set connection limits for IMAP4", Exchange Server docs); Dovecot's 10 per user and client
  address (`mail_max_userip_connections`);
- Postfix, the most common SMTP server, accepts 50 simultaneous connections from one client
  by default (`smtpd_client_connection_count_limit`, half of `default_process_limit` 100), and
  itself opens at most 20 at once to one destination (`default_destination_concurrency_limit`).
So: 10 to one address (two Thunderbirds' worth, under every per-account limit above, a fifth of
Postfix's per-client limit) and 50 to one provider (what a single Postfix accepts from one
client, spread over a provider's many servers; a lower one lets a provider's silent or slow
servers, each holding its 10 places for whole timeouts, starve its healthy ones: the load
benchmark's hostile lab hosts share the provider lab.test with the healthy ones). Settable per
process (`Options`, the bot's `MAILMEDIC_MAX_PER_HOST` and `MAILMEDIC_MAX_PER_DOMAIN`).

Caps are per event loop (one per process in the CLI, the bot and each worker); runs with other
caps count apart.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import socket
import weakref
from collections import deque
from collections.abc import Callable, Iterator

from diagnostics.frozen import frozen

MAX_PER_ADDRESS = 10
MAX_PER_DOMAIN = 50


@frozen
class Caps:
    """The connection caps of a run, and how to tell a host's provider."""

    per_address: int = MAX_PER_ADDRESS
    per_domain: int = MAX_PER_DOMAIN
    # The registrable domain of a host name, or None when it is not known yet. Given by the
    # caller (options.py: the Public Suffix List of discovery/mx.py): net/ imports nothing above.
    domain_of: Callable[[str], str | None] | None = None


class _Limit:
    """One cap's count and its queue (FIFO): a released place goes to the earliest waiter."""

    __slots__ = ("held", "size", "waiters")

    def __init__(self, size: int) -> None:
        self.size = size
        self.held = 0
        self.waiters: deque[asyncio.Future[None]] = deque()

    def free(self) -> bool:
        return self.held < self.size and not self.waiters

    async def wait(self) -> None:
        """Wait for a place handed over by `release` (the count is already ours then)."""
        future = asyncio.get_running_loop().create_future()
        self.waiters.append(future)
        try:
            await future
        except BaseException:
            if future.done() and not future.cancelled():
                self.release()  # handed over as we were cancelled: pass it on
            # A cancelled waiter stays in line: `release` skips it. Removing it here would cost
            # a scan of the line per waiter, and at a deadline thousands give up at once.
            raise

    def release(self) -> None:
        while self.waiters:
            future = self.waiters.popleft()
            if not future.done():
                future.set_result(None)  # the place goes to the waiter: `held` is unchanged
                return
        self.held -= 1


class _Limits:
    """Every cap of one event loop, dropped when idle (a bot meets thousands of addresses)."""

    def __init__(self) -> None:
        self._limits: dict[Place, _Limit] = {}

    def try_take(self, place: Place) -> bool:
        """A place at once, when one is free and nobody waits for it."""
        limit = self._limits.get(place)
        if limit is None:
            limit = self._limits[place] = _Limit(place[2])
        if not limit.free():
            return False
        limit.held += 1
        return True

    async def wait_take(self, place: Place) -> None:
        """A place, in turn (after `try_take` said none is free)."""
        limit = self._limits[place]
        try:
            await limit.wait()
        finally:
            self._drop_idle(place, limit)

    def give(self, place: Place) -> None:
        limit = self._limits.get(place)
        if limit is not None:
            limit.release()
            self._drop_idle(place, limit)

    def _drop_idle(self, place: Place, limit: _Limit) -> None:
        if limit.held <= 0 and not limit.waiters and self._limits.get(place) is limit:
            del self._limits[place]


# (kind, name, size): "address" or "domain", the address or the registrable domain, the cap.
Place = tuple[str, str, int]
_LIMITS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Limits] = weakref.WeakKeyDictionary()


def _limits() -> _Limits:
    loop = asyncio.get_running_loop()
    found = _LIMITS.get(loop)
    if found is None:
        found = _LIMITS[loop] = _Limits()
    return found


class Waits:
    """The time one probe or fetch waited in our own queues (the caps above), so it is never
    read as the server's time. Waits going on at once (a probe's addresses side by side) count
    once. `on_wait(True)` is called when a wait begins, `on_wait(False)` when it ends: a fetch
    stops its own timeout meanwhile (net/http.py)."""

    __slots__ = ("_going", "_since", "on_wait", "total")

    def __init__(self, on_wait: Callable[[bool], None] | None = None) -> None:
        self.total = 0.0
        self.on_wait = on_wait
        self._going = 0
        self._since = 0.0

    def now(self, loop: asyncio.AbstractEventLoop) -> float:
        """Seconds waited so far, the wait going on included."""
        return self.total + (loop.time() - self._since if self._going else 0.0)

    def begin(self, now: float) -> None:
        self._going += 1
        if self._going == 1:
            self._since = now
            if self.on_wait is not None:
                self.on_wait(True)

    def end(self, now: float) -> None:
        self._going -= 1
        if self._going == 0:
            self.total += now - self._since
            if self.on_wait is not None:
                self.on_wait(False)


_WAITS: contextvars.ContextVar[Waits | None] = contextvars.ContextVar("waits", default=None)


@contextlib.contextmanager
def counting(waits: Waits) -> Iterator[Waits]:
    """Count the queue waits of the current task, and of the tasks it starts, in `waits`."""
    token = _WAITS.set(waits)
    try:
        yield waits
    finally:
        _WAITS.reset(token)


class Lease:
    """A connection's places under the caps; given back once, when its socket closes."""

    __slots__ = ("_limits", "places")

    def __init__(self, limits: _Limits) -> None:
        self._limits = limits
        self.places: list[Place] = []

    def give_back(self) -> None:
        places, self.places = self.places, []
        for place in reversed(places):
            self._limits.give(place)


async def take(address: str, host: str | None, caps: Caps) -> tuple[Lease, float]:
    """Places for one connection to `address` (reached as `host`): the address's, then the
    provider's. Returns the lease and the seconds waited (our own time, counted in the task's
    `Waits` too)."""
    limits = _limits()
    loop = asyncio.get_running_loop()
    waits = _WAITS.get()
    domain = caps.domain_of(host) if host and caps.domain_of is not None else None
    places: list[Place] = [("address", address, caps.per_address)]
    if domain is not None:
        places.append(("domain", domain, caps.per_domain))
    lease = Lease(limits)
    waited = 0.0
    for place in places:
        if not limits.try_take(place):
            asked = loop.time()
            if waits is not None:
                waits.begin(asked)
            try:
                await limits.wait_take(place)
            except BaseException:
                lease.give_back()
                raise
            finally:
                waited += loop.time() - asked
                if waits is not None:
                    waits.end(loop.time())
        lease.places.append(place)
    return lease, waited


class CappedSocket(socket.socket):
    """A socket that gives its places under the caps back when it is closed, whoever closes it
    (our code, an asyncio transport, aiosmtplib), and at the latest when it is collected."""

    lease: Lease | None = None

    def hold(self, lease: Lease) -> None:
        self.lease = lease
        weakref.finalize(self, lease.give_back)

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self.lease is not None:
                self.lease.give_back()


__all__ = [
    "MAX_PER_ADDRESS",
    "MAX_PER_DOMAIN",
    "CappedSocket",
    "Caps",
    "Lease",
    "Waits",
    "counting",
    "take",
]
