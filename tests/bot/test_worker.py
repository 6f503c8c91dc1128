"""The diagnosis process: every job ends (result, error or timeout), and the worker goes on.

Jobs come from tests/bot/worker_jobs.py, named the way the bot names library functions. Each
test is bounded by pytest-timeout: before the fix, a job whose exception did not unpickle in the
parent waited for ever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.worker import ProcessWorker, WorkerError, portable
from diagnostics.model import Outcome
from diagnostics.net.channel import ProbeFault
from diagnostics.policy import InvalidTarget
from diagnostics.runner import Options

JOBS = "tests.bot.worker_jobs"
NAMES = ("echo", "probe_fault", "fault_group", "invalid", "fault_as_result", "hang", "niceness")

pytestmark = pytest.mark.timeout(60)


async def echo(worker: ProcessWorker, value: str) -> object:
    """A job that returns its argument (not a Report: typed as what it is)."""
    result: object = await worker.run("echo", value)
    return result


@pytest.fixture
async def worker() -> AsyncIterator[ProcessWorker]:
    worker = ProcessWorker(functions={name: (JOBS, name) for name in NAMES}, margin=0.5)
    try:
        yield worker
    finally:
        worker.close()


async def test_diagnoses_run_at_a_lower_priority_than_the_gateway(worker: ProcessWorker) -> None:
    """The diagnosis process runs CHILD_NICENESS below the bot's own (a busy pool must not
    starve the gateway's loop of the CPU)."""
    import os

    from bot.worker import CHILD_NICENESS

    child = await worker.run("niceness")
    assert child == min(19, os.nice(0) + CHILD_NICENESS)


async def test_unpicklable_exception_fails_the_job_and_the_worker_goes_on(
    worker: ProcessWorker,
) -> None:
    """ProbeFault (two constructor arguments) arrives as a WorkerError naming it."""
    assert await echo(worker, "warm") == "warm"
    with pytest.raises(WorkerError, match=r"ProbeFault: the server went quiet") as caught:
        await worker.run("probe_fault")
    assert isinstance(caught.value, RuntimeError)
    assert any("In the diagnosis process" in note for note in caught.value.__notes__)
    assert await echo(worker, "next") == "next"


async def test_exception_group_holding_an_unpicklable_exception(worker: ProcessWorker) -> None:
    with pytest.raises(WorkerError, match=r"ExceptionGroup: probes failed"):
        await worker.run("fault_group")
    assert await echo(worker, "next") == "next"


async def test_picklable_exceptions_keep_their_type(worker: ProcessWorker) -> None:
    """InvalidTarget must reach the bot's funnel as itself ("I can't test that")."""
    with pytest.raises(InvalidTarget, match="not a host name"):
        await worker.run("invalid")


async def test_unreadable_result_fails_the_job_and_the_reader_goes_on(
    worker: ProcessWorker,
) -> None:
    """A result that pickles in the child but not back in the parent: the reader survives."""
    with pytest.raises(WorkerError, match="could not be read"):
        await worker.run("fault_as_result")
    assert await echo(worker, "next") == "next"


async def test_only_listed_functions_run(worker: ProcessWorker) -> None:
    with pytest.raises(ValueError, match="not a function"):
        await worker.run("os.system")


async def test_a_job_past_its_deadline_fails_and_is_cancelled(worker: ProcessWorker) -> None:
    """Deadline (Options.timeout) plus the margin, then WorkerError; the child goes on."""
    assert await echo(worker, "warm") == "warm"  # the child's start is not timed here
    with pytest.raises(WorkerError, match=r"no result for hang within 0\.7 s"):
        await worker.run("hang", Options(timeout=0.2))
    assert await echo(worker, "next") == "next"


def test_portable_keeps_what_unpickles_and_names_what_does_not() -> None:
    error = ValueError("plain")
    assert portable(error) is error
    fault = ProbeFault(Outcome.TIMEOUT, "quiet")
    fault.add_note("a note")
    converted = portable(fault)
    assert isinstance(converted, WorkerError)
    assert str(converted) == "diagnostics.net.channel.ProbeFault: quiet"
    assert converted.__notes__ == ["a note"]
