"""The whole-diagnosis deadline holds whatever hangs (issue 16, net/deadline.py).

No wall-time assertion here (speed lives in benchmarks/load.py): each test asserts the
mechanism — the run returns when the deadline fires, the stalled step is cancelled, nothing of
the run is left running, and the report says what the deadline cut.
"""

from __future__ import annotations

import asyncio
import dataclasses
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pytest

from diagnostics import Options, check, diagnose
from diagnostics.model import Endpoint, Protocol, Security, Verdict
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


class CountingExecutor(ThreadPoolExecutor):
    """The loop's default executor (asyncio.to_thread, getaddrinfo, run_in_executor(None)),
    counting the work items submitted and not yet finished."""

    def __init__(self) -> None:
        super().__init__(max_workers=4, thread_name_prefix="counted")
        self._lock = threading.Lock()
        self.running = 0

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        with self._lock:
            self.running += 1
        future = super().submit(fn, *args, **kwargs)
        future.add_done_callback(self._finished)
        return future

    def _finished(self, _: Future[Any]) -> None:
        with self._lock:
            self.running -= 1


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


async def test_check_leaves_no_resolution_running_and_keeps_its_answer(
    lab: Lab, stalling_dns: tuple[str, object]
) -> None:
    """check() beside a look-up of the email domain whose DNS stalls: when it returns, no task
    of the run is pending (the shared DNS questions included) and no executor work is still
    running, and the typed settings that work are still reported as working."""
    server, protocol = stalling_dns
    counting = _counting_executor()
    looplag.monitor()  # the heartbeat outlives runs by design: started before the count
    before = _others()
    user = Endpoint(
        protocol=Protocol.IMAP,
        host="healthy.lab.test",
        port=993,
        security=Security.TLS,
        username=f"alice@{STALLED_DOMAIN}",  # WRONG_HOST asks what this domain publishes
    )
    options = Options(dns=server, cafile=lab.cafile, allow_private=True, timeout=0.8)
    report = await check(user, options)
    assert protocol.stalled, "the hostile resolver stalled no question"  # type: ignore[attr-defined]
    forwarding: set[asyncio.Task[None]] = protocol.tasks  # type: ignore[attr-defined]
    assert _others(forwarding) <= before
    assert counting.running == 0
    assert report.verdict is Verdict.HEALTHY
    assert report.probes[0].outcome.value == "ok"


async def test_diagnose_cut_in_its_guesses_leaves_no_resolution_running(
    lab: Lab, stalling_dns: tuple[str, object]
) -> None:
    """diagnose() whose every look-up stalls, so that its guesses' names are still being
    resolved when the deadline falls: when it returns, nothing of the run is pending and no
    executor work is still running, and the answer is "could not finish"."""
    server, protocol = stalling_dns
    counting = _counting_executor()
    looplag.monitor()
    before = _others()
    options = Options(dns=server, cafile=lab.cafile, allow_private=True, timeout=0.8)
    report = await diagnose(f"nothing.{STALLED_DOMAIN}", options)
    forwarding: set[asyncio.Task[None]] = protocol.tasks  # type: ignore[attr-defined]
    assert _others(forwarding) <= before
    assert counting.running == 0
    assert "PROBE_INCOMPLETE" in {f.code.value for f in report.findings}


async def test_check_stops_its_own_dns_check_and_keeps_its_answer(lab: Lab) -> None:
    """check() of a typed address while our resolver never answers about the root: the check
    of our own DNS, started beside the sweep and not needed once the address answers, is
    stopped with the run (its shared DNS questions too), and the answer is the one a working
    resolver gives."""
    host = lab.dns.rpartition(":")[0]
    transport, protocol, server = await start_stalling_dns(
        host, lab.dns, lambda name, kind: name == ""
    )
    try:
        address = lab.addresses["healthy"]
        user = Endpoint(protocol=Protocol.IMAP, host=address, port=993, security=Security.TLS)
        options = Options(dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=6)
        expected = await check(user, options)
        counting = _counting_executor()
        looplag.monitor()
        before = _others()
        report = await check(user, dataclasses.replace(options, dns=server))
        assert ("", "NS") in protocol.stalled
        assert _others(protocol.tasks) <= before
        assert counting.running == 0
        assert report.verdict is expected.verdict
        assert [f.code for f in report.findings] == [f.code for f in expected.findings]
    finally:
        transport.close()


def _counting_executor() -> CountingExecutor:
    """A counting default executor on the running loop (the test's own)."""
    counting = CountingExecutor()
    asyncio.get_running_loop().set_default_executor(counting)
    return counting


async def test_a_shorter_askers_query_does_not_cut_a_longer_asker_short(lab: Lab) -> None:
    """Two runs ask the same question at once, one with half a second, one with five: when
    the shared query times out on the first one's lifetime (the resolver held the question),
    the second asks again for the rest of its own and gets the answer the resolver then gives."""
    import dns.exception

    from diagnostics.net.resolve import make_resolver

    held = {"on": True}
    host = lab.dns.rpartition(":")[0]
    transport, _, server = await start_stalling_dns(
        host, lab.dns, lambda name, kind: held["on"] and name == "healthy.lab.test"
    )
    try:
        short, long = make_resolver(server, timeout=0.5), make_resolver(server, timeout=5.0)
        first = asyncio.ensure_future(short.resolve("healthy.lab.test", "A", lifetime=0.5))
        second = asyncio.ensure_future(long.resolve("healthy.lab.test", "A", lifetime=5.0))
        with pytest.raises(dns.exception.Timeout):
            await first
        held["on"] = False  # the resolver answers from now on
        answer = await second
        assert [r.address for r in answer] == [lab.address("healthy")]
    finally:
        transport.close()
