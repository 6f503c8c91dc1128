"""Connections open at once per server address and per provider stay within their caps, and
the queue never turns into a verdict against the server (issue 16, net/destination.py).

The real lab Dovecot and Postfix answer through a counting relay on addresses of its own
(tests/lab/relay.py): a resolver of the test's own points healthy.lab.test at the relay, so the
certificate still matches, and the relay counts the connections on the server side.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from diagnostics import Options, check, diagnose
from diagnostics.model import Endpoint, Protocol, Report, Security
from diagnostics.net import destination
from diagnostics.options import provider_of
from diagnostics.ports import STANDARD
from tests.lab import Lab
from tests.lab.layout import slot_address
from tests.lab.nameservers import start_stalling_dns
from tests.lab.relay import CountingRelay

HOST = "healthy.lab.test"
USER = Endpoint(protocol=Protocol.IMAP, host=HOST, port=993, security=Security.TLS)
PORTS = sorted({port for _, port, _ in STANDARD})  # every port a check sweeps
# Findings that blame the server for time that may have been ours (a wait for a slot).
SERVER_TIMING = {"PORT_FILTERED", "NO_GREETING", "SLOW_SERVER", "CONNECTION_CLOSED"}


@pytest.fixture
async def relay(lab: Lab) -> AsyncIterator[tuple[CountingRelay, list[str]]]:
    """A counting relay on two addresses of its own in front of the healthy lab host."""
    addresses = [slot_address("127.0.70.1", lab.slot), slot_address("127.0.70.2", lab.slot)]
    async with CountingRelay(lab.addresses["healthy"]) as counting:
        await counting.listen(addresses, PORTS)
        yield counting, addresses


async def _dns(lab: Lab, addresses: list[str]) -> tuple[asyncio.DatagramTransport, str]:
    """A resolver that answers healthy.lab.test with `addresses`, and forwards the rest."""
    transport, _, server = await start_stalling_dns(
        lab.dns.rpartition(":")[0],
        lab.dns,
        lambda name, kind: False,
        answers={(HOST, "A"): tuple(addresses)},
    )
    return transport, server


def _answer(report: Report) -> tuple[str, tuple[str, ...]]:
    return report.verdict.value, tuple(sorted(f.code.value for f in report.findings))


async def _burst(
    lab: Lab,
    relay: tuple[CountingRelay, list[str]],
    addresses: list[str],
    count: int,
    *,
    max_per_host: int,
    max_per_domain: int = destination.MAX_PER_DOMAIN,
) -> tuple[tuple[str, tuple[str, ...]], set[tuple[str, tuple[str, ...]]], int]:
    """One check alone, then `count` at once with the host on `addresses` and the caps set: the
    lone answer, the set of the burst's answers, and the most connections the relay saw at once
    during the burst."""
    counting, _ = relay
    transport, server = await _dns(lab, addresses)
    try:
        options = Options(
            dns=server,
            cafile=lab.cafile,
            allow_private=True,
            timeout=30,
            max_per_host=max_per_host,
            max_per_domain=max_per_domain,
        )
        alone = _answer(await check(USER, options))
        counting.peak = 0
        reports = await asyncio.gather(*(check(USER, options) for _ in range(count)))
    finally:
        transport.close()
    return alone, {_answer(r) for r in reports}, counting.peak


async def test_many_checks_stay_within_the_address_cap_and_keep_their_verdict(
    lab: Lab, relay: tuple[CountingRelay, list[str]]
) -> None:
    """Twenty checks of one host at once open at most `max_per_host` connections to its
    address (counted by the server side), the cap is reached (so the others queued), and
    every check gives the verdict one check alone gives."""
    _, addresses = relay
    alone, answers, peak = await _burst(lab, relay, addresses[:1], 20, max_per_host=3)
    assert peak == 3
    assert answers == {alone}
    assert "OVERLOADED" not in alone[1]


async def test_the_provider_cap_spans_every_address_of_the_provider(
    lab: Lab, relay: tuple[CountingRelay, list[str]]
) -> None:
    """With the host on two addresses (each probe tries both), connections to the provider
    (lab.test) stay within `max_per_domain` across the two, and the verdicts stay those of a
    check alone."""
    _, addresses = relay
    alone, answers, peak = await _burst(
        lab, relay, addresses, 10, max_per_host=10, max_per_domain=4
    )
    assert peak == 4
    assert answers == {alone}


async def test_a_probe_cut_while_it_waits_for_a_slot_blames_us_not_the_server(
    lab: Lab, relay: tuple[CountingRelay, list[str]]
) -> None:
    """Every place to the address taken by someone else until the deadline: the check says
    we could not finish (OVERLOADED, PROBE_INCOMPLETE), never that the server is silent,
    filtered or slow, and no connection reached the server."""
    counting, addresses = relay
    transport, server = await _dns(lab, addresses[:1])
    options = Options(
        dns=server, cafile=lab.cafile, allow_private=True, timeout=1.5, max_per_host=2
    )
    caps = destination.Caps(per_address=2, per_domain=options.max_per_domain, domain_of=provider_of)
    held = [await destination.take(addresses[0], HOST, caps) for _ in range(2)]
    try:
        report = await check(USER, options)
    finally:
        for lease, _ in held:
            lease.give_back()
        transport.close()
    codes = {f.code.value for f in report.findings}
    assert counting.accepted == 0
    assert "OVERLOADED" in codes
    assert not codes & SERVER_TIMING
    assert report.verdict.value == "unknown"
    assert report.probes[0].outcome.value == "deadline"


def test_the_bot_reads_its_caps_from_the_environment() -> None:
    """MAILMEDIC_MAX_PER_HOST and MAILMEDIC_MAX_PER_DOMAIN reach every diagnosis's Options."""
    from bot.config import Config

    config = Config.load({"MAILMEDIC_MAX_PER_HOST": "4", "MAILMEDIC_MAX_PER_DOMAIN": "9"}, None)
    options = config.options()
    assert (options.max_per_host, options.max_per_domain) == (4, 9)
    defaults = Config.load({}, None).options()
    assert (defaults.max_per_host, defaults.max_per_domain) == (
        destination.MAX_PER_ADDRESS,
        destination.MAX_PER_DOMAIN,
    )


def test_a_cap_that_is_not_a_number_is_bad_input() -> None:
    """`mailmedic` (a worker too) with MAILMEDIC_MAX_PER_HOST=abc: one line, exit 2."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "MAILMEDIC_MAX_PER_HOST": "abc"}
    done = subprocess.run(
        [sys.executable, "-m", "diagnostics", "check", "--protocol", "imap", "--host",
         HOST, "--port", "993", "--security", "tls"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "MAILMEDIC_MAX_PER_HOST" in done.stderr


async def test_a_fetch_waiting_for_its_turn_is_not_a_source_that_timed_out(lab: Lab) -> None:
    """The web server's places all taken until the deadline: the domain's autoconfig is
    reported as cut by the deadline (could not tell), never as a source that did not answer
    in time: its own timeout stood still while it waited for its turn."""
    options = Options(dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=3, max_per_host=2)
    caps = destination.Caps(per_address=2)  # the web server's address only
    held = [await destination.take(lab.addresses["web"], None, caps) for _ in range(2)]
    try:
        report = await diagnose("ac.lab.test", options, guess=False)
    finally:
        for lease, _ in held:
            lease.give_back()
    autoconfig = [d for d in report.discovery if d.source == "autoconfig"]
    assert autoconfig and all("no answer before the diagnosis deadline" in d.detail
                              for d in autoconfig)  # fmt: skip
    assert "DISCOVERY_BROKEN" not in {f.code.value for f in report.findings}


async def test_a_waiter_that_gives_up_passes_its_turn_on() -> None:
    """With one place: a waiter cancelled before, or just as, the place is handed to it passes
    it to the next in line, and once all are done nothing is held."""
    caps = destination.Caps(per_address=1)
    first, _ = await destination.take("192.0.2.1", None, caps)
    gives_up = asyncio.ensure_future(destination.take("192.0.2.1", None, caps))
    handed_then_cancelled = asyncio.ensure_future(destination.take("192.0.2.1", None, caps))
    last = asyncio.ensure_future(destination.take("192.0.2.1", None, caps))
    await asyncio.sleep(0)  # all three in line
    gives_up.cancel()
    await asyncio.gather(gives_up, return_exceptions=True)
    first.give_back()  # the place goes to the next waiter still in line...
    handed_then_cancelled.cancel()  # ...which is cancelled before it could run
    await asyncio.gather(handed_then_cancelled, return_exceptions=True)
    lease, waited = await asyncio.wait_for(last, 5)
    assert waited > 0
    lease.give_back()
    again, waited = await destination.take("192.0.2.1", None, caps)
    assert waited == 0.0  # nothing held any more: taken at once
    again.give_back()
