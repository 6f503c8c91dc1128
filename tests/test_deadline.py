"""The whole-diagnosis deadline holds whatever hangs (issue 16, net/deadline.py).

No wall-time assertion here (speed lives in benchmarks/load.py): each test asserts the
mechanism — the run returns when the deadline fires, the stalled step is cancelled, nothing of
the run is left running, and the report says what the deadline cut.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import pytest

from diagnostics import Options, diagnose
from diagnostics.net import deadline, looplag
from tests.lab import Lab
from tests.lab.nameservers import start_stalling_dns

STALLED_DOMAIN = "slowweb.lab.test"  # SRV names the healthy host; its autoconfig host hangs
ANSWERED = (f"_imaps._tcp.{STALLED_DOMAIN}", f"_submissions._tcp.{STALLED_DOMAIN}")


@pytest.fixture(autouse=True)
def lab_ispdb(lab: Lab, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every diagnosis here asks the lab ISPDB, never Thunderbird's."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    yield


def _stall(name: str, kind: str) -> bool:
    """Every question about the domain stalls but its SRV records and its autoconfig host
    (which leads to a web server that accepts and never answers)."""
    inside = name == STALLED_DOMAIN or name.endswith("." + STALLED_DOMAIN)
    return inside and name not in ANSWERED and not name.startswith("autoconfig.")


@pytest.fixture
async def stalling_dns(lab: Lab) -> AsyncIterator[tuple[str, object]]:
    host = lab.dns.rpartition(":")[0]
    transport, protocol, server = await start_stalling_dns(host, lab.dns, _stall)
    try:
        yield server, protocol
    finally:
        transport.close()


def _others(*ignore: set[asyncio.Task[None]]) -> set[asyncio.Task[object]]:
    """Tasks other than this test's own, the loop heartbeat's and those in `ignore`."""
    skip = set().union(*ignore)
    return {
        t
        for t in asyncio.all_tasks()
        if t is not asyncio.current_task() and t not in skip and not t.done()
    }


async def test_the_guard_cancels_a_step_that_ignores_every_timeout() -> None:
    """A step that waits for ever is cancelled when the deadline passes; nothing is left."""
    cancelled = asyncio.Event()
    never = asyncio.Event()

    async def hang() -> None:
        try:
            await never.wait()
        finally:
            cancelled.set()

    before = _others()
    at = asyncio.get_running_loop().time()  # already due: the guard fires at once
    assert await deadline.run_until(hang(), at) is False
    assert cancelled.is_set()
    assert _others() <= before  # (a task of an earlier test may end meanwhile)


async def test_a_step_that_swallows_one_cancellation_is_still_stopped() -> None:
    """CPython 3.11's wait_for can swallow a cancellation (gh-86296): `within` cancels again."""
    swallowed = 0
    never = asyncio.Event()

    async def stubborn() -> str:
        nonlocal swallowed
        while True:
            try:
                await never.wait()
            except asyncio.CancelledError:
                swallowed += 1
                if swallowed > 1:
                    raise
        return "unreachable"

    before = _others()
    finished, value = await deadline.within(stubborn(), asyncio.get_running_loop().time())
    assert (finished, value) == (False, None)
    assert swallowed == 2
    assert _others() <= before


async def test_a_step_that_ends_in_time_keeps_its_result() -> None:
    """Within the deadline the guard changes nothing: the step's own result comes back."""

    async def quick() -> str:
        return "answer"

    later = asyncio.get_running_loop().time() + 60
    assert await deadline.within(quick(), later) == (True, "answer")


async def test_stalled_dns_and_web_end_with_the_deadline_and_what_was_learnt(
    lab: Lab, stalling_dns: tuple[str, object]
) -> None:
    """DNS that never answers and a web server that never answers: the report comes back with
    the stalled sources cut by the deadline, nothing of the run still running, and no fault
    pinned on the domain for what the deadline cut."""
    server, protocol = stalling_dns
    looplag.monitor()  # the heartbeat outlives runs by design: started before the count
    before = _others()
    # A deadline shorter than a fetch's own budget (1 s at least, finder.py): the autoconfig
    # fetch can only end by the deadline, never by its own timeout.
    options = Options(dns=server, cafile=lab.cafile, allow_private=True, timeout=0.8)
    report = await diagnose(STALLED_DOMAIN, options)
    assert protocol.stalled, "the hostile resolver stalled no question"  # type: ignore[attr-defined]
    autoconfig = next(d for d in report.discovery if d.source == "autoconfig")
    assert "no answer before the diagnosis deadline" in autoconfig.detail
    codes = {f.code.value for f in report.findings}
    assert not codes & {"NO_MAIL_SERVERS", "DOMAIN_NOT_FOUND", "DISCOVERY_BROKEN"}
    forwarding: set[asyncio.Task[None]] = protocol.tasks  # type: ignore[attr-defined]
    assert _others(forwarding) <= before


async def test_nothing_found_before_the_deadline_is_not_no_servers(
    lab: Lab, stalling_dns: tuple[str, object]
) -> None:
    """When the deadline cut the look-ups and nothing was found, the answer is "could not
    finish" (PROBE_INCOMPLETE), never NO_MAIL_SERVERS or a DNS fault of the domain."""
    server, _ = stalling_dns
    options = Options(dns=server, cafile=lab.cafile, allow_private=True, timeout=0.8)
    report = await diagnose(f"nothing.{STALLED_DOMAIN}", options)
    codes = {f.code.value for f in report.findings}
    assert "PROBE_INCOMPLETE" in codes
    guess = next(d for d in report.discovery if d.source == "guess")
    assert "deadline" in guess.detail
    assert not codes & {"NO_MAIL_SERVERS", "DOMAIN_NOT_FOUND", "DNS_FAILURE"}
    assert report.verdict.value == "unknown"
