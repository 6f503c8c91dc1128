"""What keeps one busy support channel from turning the bot into a port scanner, or a queue.

- `Allowance`: a token bucket per person: a burst of `burst` tests in a row (a helpdesk agent
  triaging a queue runs several in a minute), then one every `seconds` (asking faster than that
  gets a friendly wait). A result served from the cache, or joined while it runs, costs nothing.
- `Gate`: caps on diagnoses running at once, per guild and for the whole process; a request over
  a cap is refused at once with a friendly reply rather than queued behind a 20 s diagnosis.
- `SharedRuns`: a short-lived cache per target. Ten people asking about one domain cause one
  diagnosis: a finished report is reused for `ttl` seconds, and a request that arrives while the
  same diagnosis runs joins it (its progress events are replayed to the newcomer, then streamed).
  Runs with credentials are never shared (the caller does not use this for them).

Everything is single-threaded asyncio state: no locks needed, and no awaits between a check and
its update.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from diagnostics.frozen import frozen
from diagnostics.sweep import ProbeFinished

Clock = Callable[[], float]
Progress = Callable[[ProbeFinished], None]
T = TypeVar("T")


class LimitHit(Exception):
    """A limit refused the request; the message is what the person is told."""


class OnCooldown(LimitHit):
    def __init__(self, retry_after: float, burst: int) -> None:
        self.retry_after = retry_after
        self.burst = burst
        self.seconds = seconds = max(1, round(retry_after + 0.49))
        super().__init__(
            f"Easy there: that's {burst} test{'s' if burst != 1 else ''} in a row. "
            f"You can start another in {seconds} s. "
            "(Results for the same server are shared, so asking again gives the same answer.)"
        )


class Busy(LimitHit):
    def __init__(self, message: str, per_guild: int | None = None) -> None:
        super().__init__(message)
        self.per_guild = per_guild  # the guild's cap when it is the guild that is full


@frozen(kw_only=False)
class Limit:
    """A token bucket's shape: `burst` tests in a row, then one every `seconds` (0: no limit).
    `scope` keeps buckets of different shapes apart: a server with its own limit (set with
    /mail config) has buckets of its own; 0 is the bot's default."""

    seconds: float
    burst: int
    scope: int = 0


class Allowance:
    """A token bucket per person: `burst` tests at once, then one more every `seconds`.

    A person's bucket holds at most `burst` tokens and refills at one token per `seconds`; a test
    takes one. `seconds <= 0` switches the limit off. Exempt people (helpdesk roles) never take.
    A `Limit` given to `take` replaces the default shape for that call (a server's own limit).
    """

    def __init__(self, seconds: float, burst: int = 5, clock: Clock = time.monotonic) -> None:
        self.seconds = seconds
        self.burst = max(1, burst)
        self._clock = clock
        # (scope, user) -> (tokens, at, when the bucket is full again)
        self._buckets: dict[tuple[int, int], tuple[float, float, float]] = {}

    @property
    def default(self) -> Limit:
        return Limit(self.seconds, self.burst)

    def tokens(self, user_id: int, limit: Limit | None = None) -> float:
        """The tests `user_id` may start now (fractions: the next one is on its way)."""
        shape = limit or self.default
        burst = max(1, shape.burst)
        if shape.seconds <= 0:
            return float(burst)
        now = self._clock()
        tokens, at, _ = self._buckets.get((shape.scope, user_id), (float(burst), now, now))
        return min(float(burst), tokens + (now - at) / shape.seconds)

    def take(self, user_id: int, limit: Limit | None = None) -> None:
        """Spend one test, or raise OnCooldown with the seconds until the next one."""
        shape = limit or self.default
        if shape.seconds <= 0:
            return
        tokens = self.tokens(user_id, shape)
        if tokens < 1:
            raise OnCooldown((1 - tokens) * shape.seconds, max(1, shape.burst))
        now = self._clock()
        full_at = now + (max(1, shape.burst) - (tokens - 1)) * shape.seconds
        self._buckets[(shape.scope, user_id)] = (tokens - 1, now, full_at)
        if len(self._buckets) > 10_000:  # forget people whose bucket is full again
            self._buckets = {key: b for key, b in self._buckets.items() if b[2] > now}


class Gate:
    """Concurrency caps: `max_total` runs at once, `max_per_guild` per guild (or DM user)."""

    def __init__(self, max_total: int, max_per_guild: int) -> None:
        self.max_total = max_total
        self.max_per_guild = max_per_guild
        self.running = 0
        self._per_guild: dict[int, int] = {}

    def admit(self, guild_key: int) -> Callable[[], None]:
        """Take a slot or raise Busy; returns the function that gives the slot back."""
        if self.running >= self.max_total:
            raise Busy(
                "I'm running as many tests as I can right now. Please try again in a minute."
            )
        if self._per_guild.get(guild_key, 0) >= self.max_per_guild:
            raise Busy(
                f"This server already has {self.max_per_guild} "
                f"test{'s' if self.max_per_guild != 1 else ''} running. "
                "Please try again when one of them has finished.",
                per_guild=self.max_per_guild,
            )
        self.running += 1
        self._per_guild[guild_key] = self._per_guild.get(guild_key, 0) + 1
        released = False

        def release() -> None:
            nonlocal released
            if released:
                return
            released = True
            self.running -= 1
            left = self._per_guild[guild_key] - 1
            if left:
                self._per_guild[guild_key] = left
            else:
                del self._per_guild[guild_key]

        return release


@dataclass
class _Flight(Generic[T]):
    task: asyncio.Task[T]
    listeners: list[Progress] = field(default_factory=list)
    seen: list[ProbeFinished] = field(default_factory=list)

    def progress(self, event: ProbeFinished) -> None:
        self.seen.append(event)
        for listener in list(self.listeners):
            listener(event)


class SharedRuns(Generic[T]):
    """One run per key at a time, and its result reused for `ttl` seconds."""

    def __init__(self, ttl: float, clock: Clock = time.monotonic) -> None:
        self.ttl = ttl
        self._clock = clock
        self._done: dict[Hashable, tuple[float, T]] = {}
        self._flights: dict[Hashable, _Flight[T]] = {}
        self.started = 0  # runs actually started (for tests and logs)

    def shared(self, key: Hashable) -> bool:
        """A request for `key` now would reuse a finished result or join a running one."""
        return key in self._flights or self.cached(key) is not None

    def cached(self, key: Hashable) -> T | None:
        hit = self._done.get(key)
        if hit is None:
            return None
        expires, value = hit
        if self._clock() >= expires:
            del self._done[key]
            return None
        return value

    async def run(
        self,
        key: Hashable,
        start: Callable[[Progress], Awaitable[T]],
        *,
        on_progress: Progress | None = None,
        admit: Callable[[], Callable[[], None]] | None = None,
        fresh: bool = False,
    ) -> tuple[T, str]:
        """(result, how) where how is "cached", "joined" or "ran".

        `fresh` skips the finished-result cache (Run again) but still joins a running flight.
        `admit` is called only when a new run must start; it may raise (a limit) and returns the
        release function.
        """
        if not fresh:
            value = self.cached(key)
            if value is not None:
                return value, "cached"
        flight = self._flights.get(key)
        how = "joined"
        if flight is None:
            release = admit() if admit is not None else None
            flight = self._start(key, start, release)
            how = "ran"
        if on_progress is not None:
            for event in flight.seen:
                on_progress(event)
            flight.listeners.append(on_progress)
        try:
            # shield: one requester giving up must not cancel the run the others wait for
            value = await asyncio.shield(flight.task)
        finally:
            if on_progress is not None and on_progress in flight.listeners:
                flight.listeners.remove(on_progress)
        return value, how

    def _start(
        self,
        key: Hashable,
        start: Callable[[Progress], Awaitable[T]],
        release: Callable[[], None] | None,
    ) -> _Flight[T]:
        self.started += 1

        async def body() -> T:
            try:
                value = await start(flight.progress)
            finally:
                self._flights.pop(key, None)
                if release is not None:
                    release()
            if self.ttl > 0:
                self._done[key] = (self._clock() + self.ttl, value)
                self._prune()
            return value

        flight: _Flight[T] = _Flight(task=asyncio.get_running_loop().create_task(body()))
        # Every waiter may have gone (cancelled): still mark the error as seen.
        flight.task.add_done_callback(lambda t: t.cancelled() or t.exception())
        self._flights[key] = flight
        return flight

    def _prune(self) -> None:
        if len(self._done) > 1000:
            now = self._clock()
            self._done = {k: v for k, v in self._done.items() if v[0] > now}
