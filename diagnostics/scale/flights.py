"""One diagnosis per target across every process, and its report reused (protocol.py's keys).

`Flights.run(ident, start, ...)`:

1. a cached report (mailmedic:done:<id>) → ("cached");
2. else take the flight (SET NX, expiring at the run's deadline): we run it with `start`,
   publishing each progress event and the end through the scripts of protocol.py → ("ran");
3. else someone runs it: subscribe to its channel, replay its events so far, stream the rest, take
   its report from the "done" message → ("joined"). If the flight ends without a report (its
   owner died: the key expired), go round again and run it ourselves; the whole wait is bounded
   by `deadline` seconds, then `FlightTimeout`.

With a queue (`start` enqueues and the worker publishes), the owner waits on the channel exactly
as a joiner does; `start` then returns None. Redis failing mid-run ends the run with the
connection error (the bot's funnel answers it), never a wait without end.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

import redis.asyncio as aioredis

from diagnostics.model import Report
from diagnostics.policy import InvalidTarget
from diagnostics.scale.hub import Hub, next_message
from diagnostics.scale.protocol import (
    FAIL_LUA,
    FINISH_LUA,
    PROGRESS_LUA,
    Failed,
    Finished,
    FlightKeys,
    Progressed,
    dump,
    load_event,
    load_report,
    parse_message,
)
from diagnostics.sweep import ProbeFinished

log = logging.getLogger(__name__)
Progress = Callable[[ProbeFinished], None]
# start(keys, publish) runs the diagnosis: locally (publish is its on_progress; returns the
# report) or through the queue (returns None: the worker publishes, we wait on the channel).
Start = Callable[[FlightKeys, Progress], Awaitable[Report | None]]


RECHECK = 5.0  # seconds between a waiter's looks at its flight's key while nothing comes


INVALID = "invalid:"  # a Failed reason that is bad input: its message follows


def failure_reason(exc: BaseException) -> str:
    """What a flight's waiters are told: InvalidTarget's message (bad input, said to the person,
    never a secret), else only the exception's type (its message may hold anything)."""
    if isinstance(exc, InvalidTarget):
        return f"{INVALID}{exc}"
    return exc.__class__.__name__


class FlightTimeout(TimeoutError):
    """No report came back for a shared run within its deadline."""


class FlightFailed(RuntimeError):
    """The process that ran the diagnosis reported a failure (its reason, no secret)."""


class Publisher:
    """The owner's side: progress events in order, then the end.

    One task drains the events; whatever queued up meanwhile goes in one script call (a sweep's
    probes often end together), and the events still queued at the end go with the end's own
    script: one round trip, never one per event before the report."""

    def __init__(self, client: aioredis.Redis, keys: FlightKeys, ttl_ms: int) -> None:
        self._client = client
        self._keys = keys
        self._ttl_ms = ttl_ms
        self._progress = client.register_script(PROGRESS_LUA)
        self._queue: asyncio.Queue[ProbeFinished | None] = asyncio.Queue()
        self._task = asyncio.get_running_loop().create_task(self._drain())
        self._broken = False

    def progress(self, event: ProbeFinished) -> None:
        self._queue.put_nowait(event)

    def _queued(self) -> tuple[list[bytes], bool]:
        """The events queued now (dumped), and whether the end marker came after them."""
        events: list[bytes] = []
        while not self._queue.empty():
            item = self._queue.get_nowait()
            if item is None:
                return events, True
            events.append(dump(item))
        return events, False

    async def _drain(self) -> None:
        """Publish events until the end marker; what is queued behind it is the end's."""
        while True:
            first = await self._queue.get()
            if first is None:
                return
            events, ended = self._queued()
            if not self._broken:
                try:
                    keys = [self._keys.events, self._keys.channel]
                    await self._progress(keys=keys, args=[self._ttl_ms, dump(first), *events])
                except Exception as exc:  # progress is a courtesy: the run goes on without it
                    self._broken = True
                    log.warning("progress not shared (Redis: %s)", exc.__class__.__name__)
            if ended:
                return

    async def _end(self, script: str, keys: list[str], args: list[Any]) -> None:
        self._queue.put_nowait(None)
        await self._task
        left, _ = self._queued()
        events = [] if self._broken else left
        await self._client.register_script(script)(keys=keys, args=[*args, self._ttl_ms, *events])

    async def finish(self, report: Report, cache_ms: int) -> None:
        keys = [self._keys.done, self._keys.channel, self._keys.flight, self._keys.events]
        await self._end(FINISH_LUA, keys, [dump(report), cache_ms])

    async def fail(self, reason: str) -> None:
        keys = [self._keys.channel, self._keys.flight, self._keys.events]
        await self._end(FAIL_LUA, keys, [reason])

    async def close(self) -> None:
        """No end to publish (a queued run: the worker publishes it)."""
        self._queue.put_nowait(None)
        await self._task


class Flights:
    def __init__(self, client: aioredis.Redis, hub: Hub, *, cache_seconds: float) -> None:
        self.client = client
        self.hub = hub
        self.cache_ms = int(cache_seconds * 1000)
        self.started = 0  # runs this process started (tests and logs)

    async def cached(self, keys: FlightKeys) -> Report | None:
        data = await self.client.get(keys.done)
        if data is None:
            return None
        try:
            return load_report(data)
        except Exception:  # a value of another version: as if not cached
            return None

    async def shared(self, keys: FlightKeys) -> bool:
        """A request now would be answered by a finished or running diagnosis."""
        return bool(await self.client.exists(keys.done, keys.flight))

    async def run(
        self,
        keys: FlightKeys,
        start: Start,
        *,
        deadline: float,
        on_progress: Progress | None = None,
        fresh: bool = False,
        admit: Callable[[], Callable[[], None]] | None = None,
    ) -> tuple[Report, str]:
        """(report, how): how is "cached", "joined" or "ran". `admit` is called only before this
        process would start the run; it may raise (a limit) and returns the release function."""
        loop = asyncio.get_running_loop()
        ends = loop.time() + deadline
        notify = on_progress or (lambda event: None)
        while True:
            if not fresh:
                report = await self.cached(keys)
                if report is not None:
                    return report, "cached"
            left = ends - loop.time()
            if left <= 0:
                raise FlightTimeout(f"no report within {deadline:g} s")
            token = secrets.token_hex(8)
            release = None
            if admit is not None and not await self.client.exists(keys.flight):
                release = admit()  # we would start it: the caps apply (a joiner takes no slot)
            try:
                owner = await self.client.set(
                    keys.flight, token, nx=True, px=max(1, int(left * 1000))
                )
                if owner:
                    return await self._own(keys, start, notify, left), "ran"
            finally:
                if release is not None:
                    release()
            report = await self._join(keys, notify, left)
            if report is not None:
                return report, "joined"
            fresh = False  # the owner died: a report may have been cached meanwhile, else run

    async def _own(self, keys: FlightKeys, start: Start, notify: Progress, left: float) -> Report:
        self.started += 1
        # Subscribe before starting: a queued job may finish before we would have listened.
        async with self.hub.subscribe(keys.channel) as queue:
            publisher = Publisher(self.client, keys, int(left * 1000))

            def progress(event: ProbeFinished) -> None:
                notify(event)
                publisher.progress(event)

            try:
                report = await start(keys, progress)
            except BaseException as exc:
                await asyncio.shield(_quietly(publisher.fail(failure_reason(exc))))
                raise
            if report is not None:
                await publisher.finish(report, self.cache_ms)
                return report
            await publisher.close()  # queued: the worker publishes, we listen like a joiner
            outcome = await self._listen(queue, keys, notify, left, replayed=0)
            if outcome is None:
                raise FlightTimeout(f"the queued diagnosis gave no report within {left:.0f} s")
            return outcome

    async def _join(self, keys: FlightKeys, notify: Progress, left: float) -> Report | None:
        async with self.hub.subscribe(keys.channel) as queue:
            # Subscribed: whatever happens from now on reaches the queue. Then the past.
            report = await self.cached(keys)
            if report is not None:
                return report
            if not await self.client.exists(keys.flight):
                return None  # ended (without a cache) or died: the caller decides
            replayed = 0
            for data in await self.client.lrange(keys.events, 0, -1):  # type: ignore[misc]
                replayed += 1
                notify(load_event(data))
            ttl = await self.client.pttl(keys.flight)
            wait = min(left, ttl / 1000 + 0.5) if ttl > 0 else left
            return await self._listen(queue, keys, notify, wait, replayed=replayed)

    async def _listen(
        self,
        queue: asyncio.Queue[bytes | BaseException],
        keys: FlightKeys,
        notify: Progress,
        wait: float,
        *,
        replayed: int,
    ) -> Report | None:
        """Stream the channel until its end; None when the flight vanished without one."""
        loop = asyncio.get_running_loop()
        ends = loop.time() + wait
        while True:
            # Wake now and then to see whether the flight ended unheard (a message lost while
            # the pub/sub connection was re-made): then the cache says how it ended.
            data = await next_message(queue, min(RECHECK, ends - loop.time()))
            if data is None:
                if loop.time() >= ends:
                    raise FlightTimeout(f"no report within {wait:.0f} s")
                if not await self.client.exists(keys.flight):
                    return await self.cached(keys)
                continue
            message = parse_message(data)
            if isinstance(message, Progressed):
                if message.seq > replayed:
                    replayed = message.seq
                    notify(message.event)
            elif isinstance(message, Finished):
                return message.report
            elif isinstance(message, Failed):
                if message.reason.startswith(INVALID):
                    # Bad input found by whoever ran it: the person is told, as for a local run.
                    raise InvalidTarget(message.reason.removeprefix(INVALID))
                raise FlightFailed(message.reason or "the diagnosis failed in another process")


async def _quietly(step: Awaitable[object]) -> None:
    try:
        await step
    except Exception as exc:
        log.warning("could not publish the end of a run (Redis: %s)", exc.__class__.__name__)


__all__ = ["FlightFailed", "FlightTimeout", "Flights", "Publisher", "Start", "failure_reason"]
