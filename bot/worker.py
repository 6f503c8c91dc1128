"""Diagnoses run in a separate process, so the gateway's event loop answers within milliseconds.

Theory of operation. On a fast network a diagnosis is CPU work (TLS handshakes, certificate
parsing, a dozen probes). Fifty of them on the gateway's loop delayed deferrals by seconds; on a
second thread of the same process, the interpreter lock still put p99 over 100 ms
(benchmarks/bot_latency.py measured both). So the library runs in one child process ("spawn":
the bot has threads, fork would copy their locks), started on first use and shared by every
bot in the process. A `WorkerPool` runs one such child per core (`pool_size`) and sends each job
to the least busy one.

The pipe carries pickled tuples. Parent → child: ("run", job, function name, args, kwargs,
MAILMEDIC_* environment) and ("cancel", job). Child → parent: ("progress", job, ProbeFinished),
("done", job, Report), ("error", job, exception with the child's traceback as a note). An
exception crosses as itself only when it survives a pickle round trip in the child (InvalidTarget
must reach the bot's funnel as InvalidTarget); one that would not unpickle (ProbeFault takes two
constructor arguments, and so does an ExceptionGroup holding one) crosses as a `WorkerError`
naming its type and message. A reader thread in each process turns pipe messages into calls on
the right event loop. Only names of public library functions cross, never code. A login's
Credentials cross the local pipe inside Options (never logged; their repr is masked).

Nothing may leave a job waiting for ever: if a message still fails to unpickle in the parent,
every job in flight fails with a WorkerError and the reader goes on; if the child dies, every job
in flight fails with WorkerDied and the next job starts a new child; and a job whose result has
not come back by its diagnosis deadline (Options.timeout) plus `MARGIN` fails with a WorkerError
and is cancelled in the child. The bot's error funnel answers all three with an error id.
"""

from __future__ import annotations

import asyncio
import atexit
import collections
import contextlib
import functools
import importlib
import itertools
import logging
import multiprocessing
import os
import pickle
import threading
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from bot.limits import Progress
from diagnostics.model import Report

log = logging.getLogger(__name__)

# The public library functions a job may name (design.md: the bot calls only the public API).
FUNCTIONS = {
    "check": ("diagnostics.runner", "check"),
    "diagnose": ("diagnostics.diagnosis", "diagnose"),
}


# Seconds a job may run past its diagnosis deadline before the parent stops waiting: the child's
# start (spawn and imports) and the report's assembly happen outside the deadline.
MARGIN = 30.0


class WorkerError(RuntimeError):
    """A job failed in the diagnosis process in a way that cannot be re-raised as it was."""


class WorkerDied(WorkerError):
    """The diagnosis process ended while this job was in flight."""


def portable(exc: BaseException) -> BaseException:
    """`exc` if it unpickles again (in this process, so in the parent too), else a WorkerError
    with its type, message and notes: an exception that pickles but does not unpickle (an
    __init__ with more than one argument) would otherwise break the parent's reader."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        kind = type(exc)
        error = WorkerError(f"{kind.__module__}.{kind.__qualname__}: {exc}")
        for note in getattr(exc, "__notes__", None) or ():
            error.add_note(str(note))
        return error
    return exc


# --- the child ----------------------------------------------------------------------------------


# How much lower the diagnosis processes run than the gateway's (nice(2) increments). A pool has
# one child per core, so with every child busy the gateway's process got a third of a core or
# less, and its loop lagged 140-200 ms at p99 with 200 diagnoses in flight
# (`python -m benchmarks.bot_latency --in-flight 200`): Discord drops an interaction that is not
# acknowledged within 3 s and a shard whose heartbeat is late. Lower priority costs a diagnosis
# only time, and time it cannot mistake for a slow server: a timeout that fell due while our own
# process waited for the CPU is ours (net/looplag.py), never the server's.
CHILD_NICENESS = 10


def _child_main(conn: Connection, functions: dict[str, tuple[str, str]] | None = None) -> None:
    with contextlib.suppress(OSError, AttributeError):  # no nice(2) here: same priority
        os.nice(CHILD_NICENESS)
    asyncio.run(_child(conn, FUNCTIONS if functions is None else functions))


async def _child(conn: Connection, functions: dict[str, tuple[str, str]]) -> None:
    loop = asyncio.get_running_loop()
    inbox: asyncio.Queue[tuple[Any, ...] | None] = asyncio.Queue()
    send_lock = threading.Lock()
    tasks: dict[int, asyncio.Task[None]] = {}

    def send(message: tuple[Any, ...]) -> None:
        with send_lock:
            conn.send(message)

    def reader() -> None:
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError):
                loop.call_soon_threadsafe(inbox.put_nowait, None)
                return
            loop.call_soon_threadsafe(inbox.put_nowait, message)

    async def run(job: int, name: str, args: tuple[Any, ...], kwargs: dict[str, Any],
                  env: dict[str, str]) -> None:  # fmt: skip
        # The parent's MAILMEDIC_* settings as they are now (e.g. MAILMEDIC_ISPDB_URL, read by
        # the library at call time), not as they were when this process started.
        for key in [k for k in os.environ if k.startswith("MAILMEDIC_") and k not in env]:
            del os.environ[key]
        os.environ.update(env)
        try:
            module, attribute = functions[name]
            function = getattr(importlib.import_module(module), attribute)
            report = await function(
                *args, on_progress=lambda event: send(("progress", job, event)), **kwargs
            )
            send(("done", job, report))
        except asyncio.CancelledError:
            pass
        except Exception as exc:
            exc.add_note("In the diagnosis process:\n" + traceback.format_exc().rstrip())
            try:
                send(("error", job, portable(exc)))
            except Exception:  # a report or an exception that does not pickle
                send(("error", job, WorkerError(traceback.format_exc())))
        finally:
            tasks.pop(job, None)

    threading.Thread(target=reader, name="mailmedic-pipe", daemon=True).start()
    while (message := await inbox.get()) is not None:
        kind, job = message[0], message[1]
        if kind == "run":
            tasks[job] = loop.create_task(run(job, *message[2:]))
        elif kind == "cancel" and job in tasks:
            tasks[job].cancel()
    for task in tasks.values():
        task.cancel()


# --- the parent ---------------------------------------------------------------------------------


class _Job:
    __slots__ = ("future", "loop", "progress")

    def __init__(
        self, loop: asyncio.AbstractEventLoop, future: asyncio.Future[Report], progress: Progress
    ) -> None:
        self.loop = loop
        self.future = future
        self.progress = progress


class ProcessWorker:
    """Runs library functions by name in one child process; safe to share between bots."""

    def __init__(
        self, *, functions: dict[str, tuple[str, str]] | None = None, margin: float = MARGIN
    ) -> None:
        """`functions`: the names a job may call (default FUNCTIONS; tests add their own);
        `margin`: seconds past a job's diagnosis deadline before waiting for it stops."""
        self._functions = dict(FUNCTIONS if functions is None else functions)
        self._margin = margin
        self._lock = threading.Lock()
        self._conn: Connection | None = None
        self._process: multiprocessing.process.BaseProcess | None = None
        self._jobs: dict[int, _Job] = {}
        self._ids = itertools.count(1)

    @property
    def in_flight(self) -> int:
        """Jobs sent and not yet answered (WorkerPool sends the next job to the least busy)."""
        return len(self._jobs)

    def _ensure(self) -> Connection:
        with self._lock:
            if self._conn is not None and self._process is not None and self._process.is_alive():
                return self._conn
            context = multiprocessing.get_context("spawn")
            parent, child = context.Pipe()
            process = context.Process(
                target=_child_main,
                args=(child, self._functions),
                name="mailmedic-diagnoses",
                daemon=True,
            )
            process.start()
            child.close()
            self._conn, self._process = parent, process
            threading.Thread(
                target=self._reader, args=(parent,), name="mailmedic-results", daemon=True
            ).start()
            log.info("diagnosis process %s started", process.pid)
            return parent

    def _send(self, message: tuple[Any, ...]) -> None:
        conn = self._ensure()
        with self._lock:
            conn.send(message)

    def _reader(self, conn: Connection) -> None:
        while True:
            try:
                kind, job_id, value = conn.recv()
            except (EOFError, OSError):
                break
            except Exception as exc:  # a message that does not unpickle: whose job, unknown
                log.error("unreadable message from the diagnosis process", exc_info=exc)
                reason = f"a message from the diagnosis process could not be read ({exc!r})"
                self._fail_all(conn, functools.partial(WorkerError, reason))
                continue
            job = self._jobs.get(job_id)
            if job is None:
                continue
            try:
                if kind == "progress":
                    job.loop.call_soon_threadsafe(_paced, job.loop, job.progress, value)
                elif kind == "done":
                    job.loop.call_soon_threadsafe(
                        _paced, job.loop, _resolve, job.future, value, None
                    )
                else:
                    job.loop.call_soon_threadsafe(
                        _paced, job.loop, _resolve, job.future, None, value
                    )
            except RuntimeError:  # the job's event loop is closed: nobody waits for it
                continue
        with self._lock:
            if self._conn is conn:
                self._conn = None
        self._fail_all(None, lambda: WorkerDied("the diagnosis process ended unexpectedly"))

    def _fail_all(self, conn: Connection | None, error: Callable[[], BaseException]) -> None:
        """Every job in flight fails with a fresh `error()`; with `conn`, cancelled in the child."""
        with self._lock:
            lost = [(i, j) for i, j in list(self._jobs.items()) if not j.future.done()]
        for job_id, job in lost:
            with contextlib.suppress(RuntimeError):  # a closed event loop: nobody waits
                job.loop.call_soon_threadsafe(_resolve, job.future, None, error())
            if conn is not None:
                self._cancel(job_id)

    async def run(
        self,
        name: str,
        *args: Any,
        on_progress: Progress | None = None,
        **kwargs: Any,
    ) -> Report:
        """`await name(*args, on_progress=..., **kwargs)` in the child; progress on this loop.

        Waits at most the diagnosis deadline (the Options among the arguments) plus the margin;
        then WorkerError, and the job is cancelled in the child."""
        if name not in self._functions:
            raise ValueError(f"{name!r} is not a function the diagnosis process runs")
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Report] = loop.create_future()
        job_id = next(self._ids)
        self._jobs[job_id] = _Job(loop, future, on_progress or (lambda event: None))
        env = {k: v for k, v in os.environ.items() if k.startswith("MAILMEDIC_")}
        try:
            self._send(("run", job_id, name, args, kwargs, env))
            limit = _deadline(args, kwargs) + self._margin
            scope = asyncio.timeout(limit)
            try:
                async with scope:
                    return await future
            except TimeoutError:
                if not scope.expired():
                    raise  # the job's own TimeoutError, not ours
                self._cancel(job_id)
                raise WorkerError(
                    f"the diagnosis process gave no result for {name} within {limit:g} s"
                ) from None
        except asyncio.CancelledError:
            self._cancel(job_id)
            raise
        finally:
            self._jobs.pop(job_id, None)

    def _cancel(self, job_id: int) -> None:
        """Best effort: the job stops in the child (never starts a child to say so)."""
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(Exception):
                    self._conn.send(("cancel", job_id))

    def close(self) -> None:
        with self._lock:
            conn, process = self._conn, self._process
            self._conn = self._process = None
        if conn is not None:
            conn.close()
        if process is not None:
            process.join(timeout=2)
            if process.is_alive():
                process.kill()
                process.join(timeout=2)


# --- Delivery into the gateway's loop, one message per loop iteration ---------------------------
# Diagnoses that share a deadline end together: a hundred reports can arrive within a few
# milliseconds, and each wakes a task that renders and sends a reply. Run all in one iteration
# of the loop and every timer (heartbeats, the next interaction's deferral) waits for the lot
# (benchmarks/bot_latency.py saw 0.6 s). So messages queue per loop and are handed over one per
# iteration: the woken task runs in the next iteration, with the loop's timers between.
_QUEUES: dict[
    asyncio.AbstractEventLoop, collections.deque[tuple[Callable[..., None], tuple[Any, ...]]]
] = {}


def _paced(loop: asyncio.AbstractEventLoop, fn: Callable[..., None], *args: Any) -> None:
    """On `loop`: queue `fn(*args)`; the queue is drained one call per loop iteration."""
    queue = _QUEUES.get(loop)
    if queue is None:
        queue = _QUEUES[loop] = collections.deque()
    queue.append((fn, args))
    if len(queue) == 1:
        loop.call_soon(_drain, loop)


def _drain(loop: asyncio.AbstractEventLoop) -> None:
    queue = _QUEUES[loop]
    fn, args = queue.popleft()
    try:
        fn(*args)
    finally:
        if queue:
            loop.call_soon(_drain, loop)  # the next iteration: timers that fell due run first
        else:
            del _QUEUES[loop]


def _resolve(
    future: asyncio.Future[Report], value: Report | None, error: BaseException | None
) -> None:
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    else:
        assert value is not None
        future.set_result(value)


def _deadline(args: tuple[Any, ...], kwargs: dict[str, Any]) -> float:
    """The diagnosis deadline of a job: its Options' timeout, else the library's default."""
    from diagnostics.runner import DEFAULT_DEADLINE, Options

    for value in (*args, *kwargs.values()):
        if isinstance(value, Options):
            return float(value.timeout)
    return DEFAULT_DEADLINE


WORKERS_ENV = "MAILMEDIC_WORKERS"


def pool_size() -> int:
    """How many diagnosis processes: MAILMEDIC_WORKERS, else one per core this process may use.

    A diagnosis on a fast network is CPU work; one process per core lets every core work, and
    the gateway's loop, idle between interactions, still gets the CPU within milliseconds (the
    scheduler favours a process that sleeps; benchmarks/bot_latency.py measures it)."""
    raw = os.environ.get(WORKERS_ENV, "").strip()
    if raw:
        try:
            wanted = int(raw)
        except ValueError:
            wanted = -1
        if wanted >= 1:
            return min(wanted, 64)
        if wanted == 0:  # queue-only (diagnostics/scale): this pool runs only login tests
            return 1
        log.warning("%s=%r is not a positive number: using the cores", WORKERS_ENV, raw)
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, cores)


class WorkerPool:
    """Several `ProcessWorker`s; each job goes to the one with the fewest jobs in flight.

    Each child is started at its first job, so a pool costs nothing until it is used."""

    def __init__(self, size: int | None = None, **worker_options: Any) -> None:
        self.size = size or pool_size()
        self._workers = [ProcessWorker(**worker_options) for _ in range(self.size)]

    async def run(
        self, name: str, *args: Any, on_progress: Progress | None = None, **kwargs: Any
    ) -> Report:
        worker = min(self._workers, key=lambda w: w.in_flight)
        return await worker.run(name, *args, on_progress=on_progress, **kwargs)

    def close(self) -> None:
        for worker in self._workers:
            worker.close()


_SHARED: WorkerPool | None = None


def shared_worker() -> WorkerPool:
    """The process-wide pool (children started on first use, stopped at exit)."""
    global _SHARED
    if _SHARED is None:
        _SHARED = WorkerPool()
        atexit.register(_SHARED.close)
    return _SHARED
