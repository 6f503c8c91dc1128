"""How late our own event loop runs: so that our stall is never blamed on a server.

Theory of operation. A timeout measured on an event loop is only as good as the loop. When the
loop is busy (hundreds of diagnoses in one process: TLS handshakes, certificate parsing, XML,
rendering), a greeting that arrived in time waits in the socket until the loop looks at it, and a
timer set to fire after `T` seconds fires late. Without a witness, both read as "the server was
slow" and a healthy server is reported as filtered or silent.

The witness is a heartbeat: one callback per loop, every `INTERVAL` seconds. Each time it runs it
records how late it ran; a late beat is a stall of our own. `stalled(since)` answers "how long
was this loop unable to run anything since `since`?", counting the stall still going on (the
time since the last beat beyond one interval), so a timeout that fires in the middle of a long
stall is seen for what it is. Probes ask it when a stage times out (probes/base.py, `ours`): a
timeout that fell due during a long stall of ours may hide an answer that came in time, and is
not blamed on the server.

Cheap by design: one timer per loop (not per probe), a bounded list of recent stalls, no thread.
"""

from __future__ import annotations

import asyncio
import weakref
from collections import deque

from diagnostics.frozen import frozen

INTERVAL = 0.025  # seconds between beats; stalls shorter than this are not seen (nor matter)
HISTORY = 4096  # stalls remembered per loop; older ones fall off (a probe window is seconds)
# Below this a beat's lateness is scheduling noise, not a stall worth recording.
MIN_STALL = 0.010
# A stage timeout is "ours" when our own stall took at least this share of its window.
OURS_SHARE = 0.25


@frozen(kw_only=False)
class Stall:
    """One late heartbeat of the event loop: when it was due, and how late it ran."""

    start: float  # loop time the beat was due
    length: float  # seconds it ran late


class LoopMonitor:
    """The heartbeat of one event loop; get it with `monitor()` from inside that loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._stalls: deque[Stall] = deque(maxlen=HISTORY)
        self._due = loop.time() + INTERVAL
        self.max_stall = 0.0  # the longest stall seen since the monitor started
        self._handle = loop.call_at(self._due, self._beat)

    def _beat(self) -> None:
        now = self._loop.time()
        late = now - self._due
        if late >= MIN_STALL:
            self._stalls.append(Stall(self._due, late))
            self.max_stall = max(self.max_stall, late)
        self._due = now + INTERVAL
        self._handle = self._loop.call_at(self._due, self._beat)

    def current(self) -> float:
        """The stall going on now: how far past its time the next beat already is."""
        return max(0.0, self._loop.time() - self._due)

    def stalled(self, since: float) -> float:
        """Seconds of our own stall between loop time `since` and now, the current one too."""
        total = self.current()
        for stall in reversed(self._stalls):
            end = stall.start + stall.length
            if end <= since:
                break
            total += end - max(stall.start, since)
        return total

    def longest(self, since: float) -> float:
        """The longest single stall since `since` (the one going on included)."""
        longest = self.current()
        for stall in reversed(self._stalls):
            if stall.start + stall.length <= since:
                break
            longest = max(longest, stall.length)
        return longest

    def close(self) -> None:
        self._handle.cancel()


_MONITORS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, LoopMonitor] = (
    weakref.WeakKeyDictionary()
)


def monitor() -> LoopMonitor:
    """The running loop's monitor, started at the first call (one per loop)."""
    loop = asyncio.get_running_loop()
    found = _MONITORS.get(loop)
    if found is None or loop.is_closed():
        found = _MONITORS[loop] = LoopMonitor(loop)
    return found


# Probes talking to servers at once in one event loop: a bound on sockets and memory, not on
# CPU. Most of a probe is waiting (a silent server holds its probe for whole stage timeouts), so
# a small bound (64 until issue 16's load run) queued healthy servers' probes behind hostile ones
# until the deadline: 12-58 of 120 healthy domains came back "overloaded" at 200 concurrent
# diagnoses, with the CPU less than half busy. 1024 (about 90 diagnoses' sweeps) keeps peak RSS
# near 220 MB at 200 diagnoses (benchmarks/load.py) and far from the descriptor limit.
PROBE_SLOTS = 1024
# DNS queries in flight at once (net/resolve.py, discovery/dnsquery.py): hundreds of diagnoses
# start with a burst of thousands of queries whose answers, parsed in pure Python, would hold
# the loop for a second if they all came back together.
DNS_SLOTS = 32


class Gate:
    """A FIFO semaphore that remembers when it kept someone waiting: the time our own capacity,
    not a server, held a diagnosis back (`queued(since)`)."""

    def __init__(self, loop: asyncio.AbstractEventLoop, size: int) -> None:
        self._loop = loop
        self._free = asyncio.Semaphore(size)
        self._waiting = 0
        self._since: float | None = None  # loop time the current run of waiting began
        self._runs: deque[tuple[float, float]] = deque(maxlen=HISTORY)

    def slot(self, wait: float | None = None) -> Slot:
        return Slot(self, wait)

    async def _acquire(self) -> None:
        if not self._free.locked():
            await self._free.acquire()
            return
        self._waiting += 1
        if self._since is None:
            self._since = self._loop.time()
        try:
            await self._free.acquire()
        finally:
            self._waiting -= 1
            if self._waiting == 0 and self._since is not None:
                self._runs.append((self._since, self._loop.time()))
                self._since = None

    def _release(self) -> None:
        self._free.release()

    def queued(self, since: float) -> float:
        """Seconds since `since` during which someone waited at this gate."""
        now = self._loop.time()
        total = now - max(self._since, since) if self._since is not None else 0.0
        for start, end in reversed(self._runs):
            if end <= since:
                break
            total += end - max(start, since)
        return max(0.0, total)


class Slot:
    """`async with gate.slot():` one place at the gate; `entered` says whether it was had.

    With `wait`, the gate is advice, not a wall: after `wait` seconds in the queue the work goes
    ahead anyway, over capacity, so our queue can delay a look-up but never fail it or make it
    last without bound."""

    def __init__(self, gate: Gate, wait: float | None = None) -> None:
        self._gate = gate
        self._wait = wait
        self.entered = False
        self.waited = 0.0  # seconds this slot waited for its place

    async def __aenter__(self) -> Slot:
        asked = self._gate._loop.time()
        try:
            async with asyncio.timeout(self._wait):
                await self._gate._acquire()
            self.entered = True
        except TimeoutError:
            if self._wait is None:
                raise  # an outer deadline: the caller's
        finally:
            self.waited = self._gate._loop.time() - asked
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.entered:
            self._gate._release()


_GATES: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, Gate]] = (
    weakref.WeakKeyDictionary()
)


def _gate(name: str, size: int) -> Gate:
    loop = asyncio.get_running_loop()
    gates = _GATES.setdefault(loop, {})
    gate = gates.get(name)
    if gate is None:
        gate = gates[name] = Gate(loop, size)
    return gate


# New connections started per heartbeat interval in one loop. Hundreds of probes become ready
# together (a discovery answer names a dozen servers, 200 diagnoses get theirs at once); each
# start is a socket, a connect and, soon after, a TLS handshake in the same loop iteration, and
# the load benchmark's longest iterations were exactly such bursts (issue 16). Spread over the
# following beats they cost the same CPU without holding the loop: 40 per 25 ms is 1,600/s.
CONNECTS_PER_BEAT = 40


class Pacer:
    """At most `per_beat` starts per INTERVAL; the rest wait for a later beat (FIFO enough: a
    waiter that wakes to a full beat waits again)."""

    def __init__(self, loop: asyncio.AbstractEventLoop, per_beat: int) -> None:
        self._loop = loop
        self._per_beat = per_beat
        self._beat = -1
        self._count = 0

    async def start(self) -> float:
        """Wait for room in a beat; returns the seconds waited (our own time, not a server's)."""
        asked = self._loop.time()
        while True:
            now = self._loop.time()
            beat = int(now / INTERVAL)
            if beat != self._beat:
                self._beat, self._count = beat, 0
            if self._count < self._per_beat:
                self._count += 1
                return now - asked
            await asyncio.sleep((beat + 1) * INTERVAL - now)


_PACERS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Pacer] = weakref.WeakKeyDictionary()


async def paced_connect() -> float:
    """Wait for this loop's room to start a connection (CONNECTS_PER_BEAT); seconds waited."""
    loop = asyncio.get_running_loop()
    pacer = _PACERS.get(loop)
    if pacer is None:
        pacer = _PACERS[loop] = Pacer(loop, CONNECTS_PER_BEAT)
    return await pacer.start()


def probe_slot() -> Slot:
    """A place among the running loop's PROBE_SLOTS (the earliest waiter goes first)."""
    return _gate("probe", PROBE_SLOTS).slot()


def dns_slot(wait: float) -> Slot:
    """A place among the running loop's DNS_SLOTS, taken outside the query's own timeout and
    waited for at most `wait` seconds (then the query goes ahead anyway)."""
    return _gate("dns", DNS_SLOTS).slot(wait)


def held_back(since: float) -> float:
    """Seconds since `since` that our own capacity held work back: a stall of the loop, or DNS
    queries queued at our gate (a probe's name may have waited there). The part of a wait that
    says nothing about any server."""
    dns = _GATES.get(asyncio.get_running_loop(), {}).get("dns")
    return max(monitor().stalled(since), dns.queued(since) if dns is not None else 0.0)


def ours(window: float) -> bool:
    """Call right after a `window`-second timeout fired: could the fault be our own stall?

    Only a stall around the moment the timer fell due can hide an answer: asyncio handles the
    socket events of an iteration before its timers, but the task an answer wakes runs one
    iteration later, after a timeout that fell due in the same stall. A stall earlier in the
    wait delayed nothing the loop did not catch up on once it was free. So: was the loop
    stalled just now (still, or ending within two beats), for at least OURS_SHARE of the
    window, i.e. long enough to hide an answer that came well within the timeout?"""
    if window <= 0:
        return False
    now = asyncio.get_running_loop().time()
    return monitor().longest(now - 2 * INTERVAL) >= OURS_SHARE * window
