"""One deadline for every step of a run (issue 16: "the result at most 1 s after it").

Theory of operation. A run's deadline is an event-loop time (`ProbeContext.deadline`). Two
mechanisms keep it, one inside the other:

- each step's own budget is cut to the time left (`budget`): a DNS question, a fetch or a
  guess never starts a wait that ends after the deadline, so a chain of steps, each within its
  own timeout (MX → the MX host's ISPDB → the guesses), cannot add up past it;
- whatever still runs when the deadline plus `GRACE` passes (a library that overshoots its own
  timeout, as dnspython's lifetime does, a step we forgot) is cancelled by `run_until`, which
  the orchestrator wraps around the whole discovery: the report is built from what was learnt,
  and nothing of the run is left running behind it. A probe runs under `within` the same way.

Why a task and `asyncio.wait` rather than `asyncio.timeout_at` alone: on CPython 3.11 an
`asyncio.wait_for` inside the step (aiosmtplib reads every reply with one) swallows the
cancellation when its own future completes at the same moment (CPython gh-86296, fixed in 3.12);
`asyncio.timeout_at` then never raises and the step runs on, stage after stage, past the
deadline (the 4 s overrun of issue 16). `_stop` cancels again until the step has ended.

`GRACE` is small beside the goal (1 s): the cancelled steps' clean-up (closing sockets) and the
report still fit in the rest.

Cancelled is not ended: `task.cancel()` only asks, and the task stays pending until it has run
its clean-up. So whatever a run cancels it also waits for (`stop`, `settle`), and work shielded
from the steps that asked for it (a host's resolution shared by a run's probes, probes/base.py;
a DNS question shared by every run asking it at that moment, net/coalesce.py) is cancelled and
waited for when the run closes, unless another run still wants it: when `check()` or
`diagnose()` returns, no task of the run is pending (issue 16). A thread cannot be cancelled:
`in_thread` waits for its end even when the caller is cancelled, so no executor work of the run
outlives it either.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import logging
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar

T = TypeVar("T")
P = ParamSpec("P")

# How long past the deadline the guard waits before cancelling, and then for the cancelled
# steps to end: a step cut by its own budget at the deadline returns its answer within this.
GRACE = 0.25

log = logging.getLogger(__name__)


def left(deadline: float | None) -> float | None:
    """Seconds until `deadline` (never negative), or None without one."""
    if deadline is None:
        return None
    return max(0.0, deadline - asyncio.get_running_loop().time())


def budget(deadline: float | None, own: float) -> float:
    """A step's own timeout cut to the time left before `deadline`."""
    remaining = left(deadline)
    return own if remaining is None else min(own, remaining)


def passed(deadline: float | None) -> bool:
    """The deadline has run out."""
    return left(deadline) == 0.0


async def run_until(step: Coroutine[Any, Any, None], deadline: float | None) -> bool:
    """Run `step` to its end, or until `deadline` + GRACE, then cancel it (and, through its
    TaskGroup, everything it started). True when it ended by itself, False when it was cut.
    An exception of `step` other than the cancellation is a bug and propagates."""
    task = asyncio.ensure_future(step)
    if deadline is None:
        await task
        return True
    if await _wait(task, deadline + GRACE):
        task.result()
        return True
    await _stop(task)
    return False


async def within(step: Coroutine[Any, Any, T], deadline: float | None) -> tuple[bool, T | None]:
    """(True, its result) when `step` ends by `deadline`; else it is stopped: (False, None).
    An exception of `step` is a bug and propagates."""
    task = asyncio.ensure_future(step)
    if deadline is None:
        return True, await task
    if await _wait(task, deadline):
        return True, task.result()
    await _stop(task)
    return False, None


async def _wait(task: asyncio.Future[Any], until: float) -> bool:
    """Wait for `task` until the loop time `until`; True when it is done. Cancelled itself, it
    cancels the task too (our caller gave up: so does the step)."""
    loop = asyncio.get_running_loop()
    try:
        done, _ = await asyncio.wait({task}, timeout=max(0.0, until - loop.time()))
    except asyncio.CancelledError:
        task.cancel()
        await settle(task)  # our caller ends only once the step has
        raise
    return task in done


async def stop(*tasks: asyncio.Future[Any]) -> None:
    """Cancel `tasks` and wait for them to end (at most GRACE): cancelled is not ended."""
    for task in tasks:
        task.cancel()
    await settle(*tasks)


async def settle(*tasks: asyncio.Future[Any]) -> None:
    """Wait for cancelled `tasks` to end, at most GRACE, even when our own task is cancelled
    meanwhile (the guard cancels again every 50 ms): such a cancellation is raised after the
    wait, so the caller still ends as asked, only after what it had started."""
    loop = asyncio.get_running_loop()
    end = loop.time() + GRACE
    pending = {t for t in tasks if not t.done()}
    interrupted = False
    while pending and loop.time() < end:
        try:
            _, pending = await asyncio.wait(pending, timeout=end - loop.time())
        except asyncio.CancelledError:
            interrupted = True
    for task in tasks:
        if task.done() and not task.cancelled():
            task.exception()  # seen: a step's failure after its cancellation is not news
    if pending:
        log.warning("%d cancelled step(s) of the run did not end within %g s", len(pending), GRACE)
    if interrupted:
        raise asyncio.CancelledError


async def in_thread(func: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """`asyncio.to_thread`, but a cancelled caller waits for the thread to end (at most GRACE):
    a thread cannot be stopped, and a run must not return while its work still runs there."""
    loop = asyncio.get_running_loop()
    context = contextvars.copy_context()  # as asyncio.to_thread does
    future = loop.run_in_executor(None, functools.partial(context.run, func, *args, **kwargs))
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        await settle(future)
        raise


async def _stop(task: asyncio.Future[Any]) -> None:
    """Cancel `task` until it has ended (see the module docstring), for at most GRACE."""
    loop = asyncio.get_running_loop()
    end = loop.time() + GRACE
    while not task.done() and loop.time() < end:
        task.cancel()
        await _wait(task, min(end, loop.time() + 0.05))
    if not task.done():
        # The report must not wait for it: it ends whenever its own timeout does.
        log.warning("a step of the run did not end when cancelled at the deadline")
        return
    with contextlib.suppress(asyncio.CancelledError):
        if task.exception() is not None:
            log.warning("a step stopped at the deadline failed", exc_info=task.exception())


__all__ = [
    "GRACE",
    "budget",
    "in_thread",
    "left",
    "passed",
    "run_until",
    "settle",
    "stop",
    "within",
]
