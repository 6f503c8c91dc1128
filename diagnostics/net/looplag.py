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
stall is seen for what it is. Probes ask it when a stage times out (probes/base.py): a timeout
whose window was mostly our own stall is not the server's fault.

Cheap by design: one timer per loop (not per probe), a bounded list of recent stalls, no thread.
"""

from __future__ import annotations

import asyncio
import weakref
from collections import deque
from dataclasses import dataclass

INTERVAL = 0.025  # seconds between beats; stalls shorter than this are not seen (nor matter)
HISTORY = 4096  # stalls remembered per loop; older ones fall off (a probe window is seconds)
# Below this a beat's lateness is scheduling noise, not a stall worth recording.
MIN_STALL = 0.010
# A stage timeout is "ours" when our own stall took at least this share of its window.
OURS_SHARE = 0.25


@dataclass(frozen=True, slots=True)
class Stall:
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


def ours(since: float, window: float) -> bool:
    """Was a `window`-second wait that began at `since` mostly our own stall?"""
    if window <= 0:
        return False
    return monitor().stalled(since) >= OURS_SHARE * window
