"""`mailmedic worker`: run queued diagnoses (a bot with MAILMEDIC_WORKERS=0 enqueues them).

Why arq (0.28) rather than taskiq + taskiq-redis: arq is one small asyncio library on redis-py
that already does the three things this queue must get right, each a documented option:
`_expires` (a job not started by its deadline is dropped, never run), `max_tries` with the
in-progress key (a job whose worker died is run once more by another worker after that key
expires), and `job_timeout` (a try never outlives its deadline). taskiq would need a broker, a
result backend and middlewares chosen and wired for the same, and its simple Redis list broker
loses a job whose worker dies (no acknowledgement). arq's cost is polling: a worker asks for new
jobs every `poll_delay` seconds, and that delay would be the queue's latency. So `WakingWorker`
also listens on a pub/sub channel the bots PUBLISH to after each enqueue, and polls at once; the
poll stays, every POLL_DELAY, for a wake-up lost with a dropped connection (benchmarks/scale.py
measures the overhead per job).

Theory of operation. A job is a `protocol.Job`. The worker checks its deadline (dropped, and the
flight told so, when it has passed), runs `check()` or `diagnose()` with the worker's own Options
(its DNS server, CA file and policy, from its flags and environment) under the job's remaining
time, publishes each progress event to the job's flight and ends it with the report (which also
fills the shared cache), or with a failure. Results are not kept by arq (`keep_result=0`): the
flight's channel carries them. A try runs at most the worker's timeout plus `grace`; a dead
worker's job is retried one second after that (arq's own margin is 10 s: too slow for a person
waiting), and only once (`max_tries=2`); the bot stops waiting at the job's deadline.

No password is ever queued: login tests run in the bot process that received them.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
import socket
import time
from typing import Any

from arq.connections import ArqRedis
from arq.worker import Worker, func
from redis.exceptions import RedisError

from diagnostics.options import Options
from diagnostics.policy import InvalidTarget
from diagnostics.scale.flights import Publisher, failure_reason
from diagnostics.scale.health import HealthServer
from diagnostics.scale.hub import connect
from diagnostics.scale.protocol import JOB_FUNCTION, QUEUE_NAME, WAKE_CHANNEL, Job

log = logging.getLogger(__name__)

GRACE = 5.0  # seconds a try may run past its diagnosis deadline (MAILMEDIC_JOB_GRACE)
POLL_DELAY = 0.5  # seconds between looks at the queue when no wake-up comes (arq's default)
MIN_LEFT = 1.0  # a job with less time left than this is dropped: no diagnosis fits in it
NICE = 10  # the worker's scheduling priority below the bots' (nice(2))
MAX_TRIES = 2  # run once, and once more when the worker died during the first try


def worker_id() -> str:
    """MAILMEDIC_WORKER_ID, else host-pid: each worker's log lines say which it is."""
    named = os.environ.get("MAILMEDIC_WORKER_ID", "").strip()
    return named or f"{socket.gethostname()}-{os.getpid()}"


async def run_diagnosis(ctx: dict[str, Any], job: Job) -> str:
    """arq's job function: "done", "failed" or "expired" (kept nowhere: keep_result=0)."""
    redis: ArqRedis = ctx["redis"]
    options: Options = ctx["options"]
    left = job.deadline - time.time()
    publisher = Publisher(redis, job.flight, max(1, int(left * 1000)))
    if left < MIN_LEFT:
        log.info("job %s dropped unrun: its deadline passed %.1f s ago", ctx["job_id"], -left)
        await publisher.fail("expired")
        return "expired"
    log.info("job %s try %d: %s %s", ctx["job_id"], ctx["job_try"], job.kind, job.target)
    run_options = dataclasses.replace(options, timeout=max(MIN_LEFT, min(job.timeout, left - 0.5)))
    try:
        if job.kind == "check":
            from diagnostics.runner import check

            assert job.endpoint is not None
            report = await check(job.endpoint, run_options, on_progress=publisher.progress)
        else:
            from diagnostics.diagnosis import diagnose

            report = await diagnose(job.target, run_options, on_progress=publisher.progress)
    except InvalidTarget as exc:  # bad input: the bot tells the person, as for a local run
        await publisher.fail(failure_reason(exc))
        return "failed"
    except Exception as exc:
        log.error("job %s failed", ctx["job_id"], exc_info=exc)
        await publisher.fail(failure_reason(exc))
        return "failed"
    await publisher.finish(report, job.cache_ms)
    return "done"


class WakingWorker(Worker):
    """arq's Worker, which also polls as soon as a bot says it enqueued a job.

    `main` is arq 0.28's `Worker.main` for a worker given its pool and run without burst mode
    (arq/worker.py: on_startup, then `_poll_iteration` every poll_delay), with the sleep
    between polls cut short by a message on WAKE_CHANNEL. A wake-up that comes while a poll
    runs leaves the event set: the next poll follows at once, so no job waits for the delay."""

    async def main(self) -> None:
        self.ctx["redis"] = self.pool
        if self.on_startup:
            await self.on_startup(self.ctx)
        woken = asyncio.Event()
        listener = asyncio.get_running_loop().create_task(self._listen(woken))
        lost = False
        try:
            while True:
                try:
                    await self._poll_iteration()
                except (RedisError, OSError) as exc:
                    # Redis restarting or gone: say so once, keep trying; /healthz says 503.
                    if not lost:
                        log.warning("Redis unreachable (%s); retrying", exc.__class__.__name__)
                    lost = True
                    await asyncio.sleep(min(1.0, self.poll_delay_s))
                    continue
                if lost:
                    log.info("Redis reachable again")
                    lost = False
                try:
                    async with asyncio.timeout(self.poll_delay_s):
                        await woken.wait()
                except TimeoutError:
                    pass
                woken.clear()
        finally:
            listener.cancel()

    async def _listen(self, woken: asyncio.Event) -> None:
        while True:
            pubsub: Any = self.pool.pubsub()
            try:
                await pubsub.subscribe(WAKE_CHANNEL)
                while True:
                    message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=1)
                    if message is not None:
                        woken.set()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # Redis restarting: the poll goes on meanwhile
                log.warning("wake-ups lost (Redis: %s); polling", exc.__class__.__name__)
                await asyncio.sleep(self.poll_delay_s)
            finally:
                with contextlib.suppress(Exception):
                    await pubsub.aclose()


def build_worker(
    client: ArqRedis, options: Options, *, jobs: int, grace: float = GRACE,
    poll_delay: float = POLL_DELAY, handle_signals: bool = True,
) -> Worker:  # fmt: skip
    try_timeout = options.timeout + grace
    worker = WakingWorker(
        functions=[func(run_diagnosis, name=JOB_FUNCTION, max_tries=MAX_TRIES)],
        queue_name=QUEUE_NAME,
        redis_pool=client,
        max_jobs=jobs,
        job_timeout=try_timeout,
        keep_result=0,
        poll_delay=poll_delay,
        max_tries=MAX_TRIES,
        ctx={"options": options},
        handle_signals=handle_signals,
        health_check_interval=10,
        log_results=False,
    )
    # arq keeps a job "in progress" for its timeout + 10 s; then another worker may retry it.
    worker.in_progress_timeout_s = try_timeout + 1.0
    return worker


async def serve(
    url: str, options: Options, *, jobs: int, health_port: int | None, grace: float = GRACE
) -> int:
    """Run until SIGTERM/SIGINT; 3 when Redis cannot be reached at start."""
    # Probing is batch work; a deferral is due within 3 s (we aim at 100 ms): on a machine it
    # shares with bot processes, the gateway loops get a core first. Alone, nice changes nothing.
    with contextlib.suppress(OSError):
        os.nice(NICE)
    plain = connect(url)
    try:
        await plain.ping()
    except Exception as exc:
        await plain.aclose()
        raise ConnectionError(f"cannot reach Redis ({exc.__class__.__name__})") from None
    client = ArqRedis(pool_or_conn=plain.connection_pool, default_queue_name=QUEUE_NAME)
    worker = build_worker(client, options, jobs=jobs, grace=grace)
    health: HealthServer | None = None
    if health_port is not None:

        async def alive() -> tuple[bool, str]:
            try:
                await client.ping()
            except Exception as exc:
                return False, f"Redis: {exc.__class__.__name__}"
            return True, f"{worker.jobs_complete} done, {len(worker.tasks)} running"

        health = HealthServer(alive, role=f"worker {worker_id()}", port=health_port)
        await health.start()
    log.info("worker %s ready: up to %d diagnoses at once, timeout %g s", worker_id(), jobs,
             options.timeout)  # fmt: skip
    try:
        await worker.async_run()
    except asyncio.CancelledError:
        pass  # SIGTERM/SIGINT: arq cancelled its main task; running jobs are retried elsewhere
    finally:
        await worker.close()
        if health is not None:
            await health.stop()
        await plain.aclose()
    return 0


__all__ = ["GRACE", "MAX_TRIES", "build_worker", "run_diagnosis", "serve", "worker_id"]
