"""The pool of diagnosis processes: its size follows the cores, and jobs spread over it."""

from __future__ import annotations

import asyncio
import os

import pytest

from bot.worker import WORKERS_ENV, WorkerPool, _paced, pool_size

pytestmark = pytest.mark.timeout(60)


def test_pool_size_follows_the_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """One diagnosis process per core this process may run on, unless MAILMEDIC_WORKERS says."""
    monkeypatch.delenv(WORKERS_ENV, raising=False)
    assert pool_size() == len(os.sched_getaffinity(0))
    monkeypatch.setenv(WORKERS_ENV, "3")
    assert pool_size() == 3
    monkeypatch.setenv(WORKERS_ENV, "none")
    assert pool_size() == len(os.sched_getaffinity(0))
    monkeypatch.setenv(WORKERS_ENV, "0")  # queue-only (README "Running at scale"): logins only
    assert pool_size() == 1


async def test_jobs_in_flight_go_to_different_processes() -> None:
    """Two jobs at once run in two children; a later job reuses a started child."""
    pool = WorkerPool(2, functions={"pid": ("tests.bot.pool_jobs", "pid")})
    try:
        first, second = await asyncio.gather(pool.run("pid"), pool.run("pid"))
        assert first != second
        assert os.getpid() not in (first, second)
        assert await pool.run("pid") in (first, second)
    finally:
        pool.close()


async def test_results_enter_the_gateway_loop_one_per_iteration() -> None:
    """A burst of finished diagnoses is handed to the loop one per iteration, in order, so the
    loop's timers run between them."""
    loop = asyncio.get_running_loop()
    seen: list[int] = []
    for index in range(3):
        _paced(loop, seen.append, index)
    assert seen == []
    for expected in ([0], [0, 1], [0, 1, 2]):
        await asyncio.sleep(0)  # one iteration of the loop: the thing under test
        assert seen == expected
