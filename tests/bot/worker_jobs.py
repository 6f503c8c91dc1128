"""Jobs for tests/bot/test_worker.py, imported by name in the diagnosis process."""

from __future__ import annotations

import asyncio
from typing import Any

from diagnostics.model import Outcome
from diagnostics.net.channel import ProbeFault
from diagnostics.policy import InvalidTarget


async def echo(value: Any, *args: Any, on_progress: Any = None) -> Any:
    return value


async def probe_fault(*args: Any, on_progress: Any = None) -> Any:
    # Pickles, but does not unpickle: ProbeFault's __init__ takes (outcome, detail).
    raise ProbeFault(Outcome.TIMEOUT, "the server went quiet")


async def fault_group(*args: Any, on_progress: Any = None) -> Any:
    raise ExceptionGroup("probes failed", [ProbeFault(Outcome.TIMEOUT, "quiet"), ValueError("x")])


async def invalid(*args: Any, on_progress: Any = None) -> Any:
    raise InvalidTarget("that is not a host name")


async def fault_as_result(*args: Any, on_progress: Any = None) -> Any:
    # A "report" that pickles in the child but does not unpickle in the parent.
    return ProbeFault(Outcome.TIMEOUT, "returned, not raised")


async def niceness(*args: Any, on_progress: Any = None) -> Any:
    import os

    return os.nice(0)


async def hang(*args: Any, on_progress: Any = None) -> Any:
    await asyncio.Event().wait()
