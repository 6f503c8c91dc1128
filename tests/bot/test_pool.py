"""The pool of diagnosis processes: its size follows the cores, and jobs spread over it."""

from __future__ import annotations

import asyncio
import os

import pytest

from bot.worker import WORKERS_ENV, WorkerPool, pool_size

pytestmark = pytest.mark.timeout(60)


def test_pool_size_follows_the_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """One diagnosis process per core this process may run on, unless MAILMEDIC_WORKERS says."""
    monkeypatch.delenv(WORKERS_ENV, raising=False)
    assert pool_size() == len(os.sched_getaffinity(0))
    monkeypatch.setenv(WORKERS_ENV, "3")
    assert pool_size() == 3
    monkeypatch.setenv(WORKERS_ENV, "none")
    assert pool_size() == len(os.sched_getaffinity(0))


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
