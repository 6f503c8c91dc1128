"""Shared fixtures: the mail lab, started once per test run."""

from __future__ import annotations

import signal
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import FrameType

import dns.zone
import pytest
from hypothesis import HealthCheck, settings

from tests.lab import Lab, start_lab
from tests.lab.nameservers import signed_zones, start_signed_dns

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


# --- the lab's DNSSEC-signed zones (tests/test_dnssec.py, tests/bot/test_dnssec_bot.py) ----------


@pytest.fixture(scope="module")
def zones() -> tuple[dict[str, dns.zone.Zone], str]:
    """The signed zones and their trust anchors (DS records), made once."""
    return signed_zones()


@pytest.fixture
def anchors(zones: tuple[dict[str, dns.zone.Zone], str], tmp_path: Path) -> str:
    path = tmp_path / "anchors"
    path.write_text(zones[1])
    return str(path)


@pytest.fixture
async def signed_dns(lab: Lab, zones: tuple[dict[str, dns.zone.Zone], str]) -> AsyncIterator[str]:
    """HOST:PORT of the authoritative stand-in for the signed zones, in front of dnsmasq."""
    transport, server = await start_signed_dns(lab.dns.rpartition(":")[0], lab.dns, zones[0])
    try:
        yield server
    finally:
        transport.close()
