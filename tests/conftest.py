"""Shared fixtures: the mail lab, started once per test run."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from types import FrameType

import pytest
from hypothesis import HealthCheck, settings

from tests.lab import Lab, start_lab

# Property tests judge behaviour, not speed (speed lives in benchmarks/): on a loaded 2-core
# machine a slow example must not fail a test. Each test's own @settings still applies.
settings.register_profile("mailmedic", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("mailmedic")


def _interrupt_on_sigterm() -> None:
    """Turn SIGTERM (CI timeouts, `kill`) into KeyboardInterrupt so fixture teardown runs.

    By default SIGTERM ends Python without finalizers or atexit, and the lab's daemons
    would outlive the run.
    """
    if threading.current_thread() is not threading.main_thread():
        return
    if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, handler)


@pytest.fixture(scope="session")
def lab() -> Iterator[Lab]:
    """The running lab (see tests/lab); stopped at the end of the session, even on failure."""
    _interrupt_on_sigterm()
    the_lab, stop = start_lab()
    try:
        yield the_lab
    finally:
        stop()
