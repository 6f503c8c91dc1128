"""The bot's shared state against a real redis-server: each piece seen from two separate clients
(as two processes would hold them), and a queued job whose deadline has passed."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import pytest

from bot.config import Config
from bot.limits import OnCooldown
from bot.shared import SharedState
from bot.store import GuildSettings
from deploy.local import RedisProcess
from diagnostics import explain
from diagnostics.model import Endpoint, Outcome, ProbeResult, Protocol, Report, Security, Stage
from diagnostics.options import Options
from diagnostics.scale.hub import Hub, next_message
from diagnostics.scale.protocol import Failed, FlightKeys, Job, flight_id, parse_message
from diagnostics.scale.worker import run_diagnosis
from diagnostics.sweep import ProbeFinished
from tests.scale.conftest import Listener


def state(server: RedisProcess, **overrides: object) -> SharedState:
    values: dict[str, object] = {"redis_url": server.url, "cooldown_seconds": 60.0, "burst": 2}
    values.update(overrides)
    return SharedState(Config(**values))  # type: ignore[arg-type]


async def test_allowance_is_one_bucket_for_every_process(redis_server: RedisProcess) -> None:
    """Two tests spent through one client leave none for the other; another person is free."""
    a, b = state(redis_server), state(redis_server)
    try:
        await a.allowance.take(7)
        await b.allowance.take(7)
        with pytest.raises(OnCooldown) as info:
            await a.allowance.take(7)
        assert 50 < info.value.retry_after <= 60  # one token per 60 s, barely started refilling
        await b.allowance.take(8)
    finally:
        await a.close()
        await b.close()


async def test_settings_written_by_one_are_read_by_the_other(redis_server: RedisProcess) -> None:
    """/mail config through one client is what the other reads; an unknown guild has defaults."""
    a, b = state(redis_server), state(redis_server)
    try:
        chosen = GuildSettings(default_domain="example.org", helpdesk_roles=(5, 6), log_channel=9)
        await a.store.set(42, chosen)
        assert await b.store.get(42) == chosen
        assert await b.store.get(43) == GuildSettings()
    finally:
        await a.close()
        await b.close()


async def test_identify_slot_is_held_across_clients(redis_server: RedisProcess) -> None:
    """The second IDENTIFY of a bucket waits out the first one's slot; another bucket does not."""
    a, b = state(redis_server), state(redis_server)
    try:
        assert await a.identify.wait(0, 0.4, who="shard 0", limit=5) < 0.1
        waited = await b.identify.wait(0, 0.4, who="shard 2", limit=5)
        assert waited >= 0.3
        assert await b.identify.wait(1, 0.4, who="shard 1", limit=5) < 0.1
    finally:
        await a.close()
        await b.close()


async def test_a_running_diagnosis_is_joined_from_another_client(
    redis_server: RedisProcess,
) -> None:
    """The joiner gets the owner's events so far, the rest as they come and the owner's report;
    its own start never runs, and a later ask is served from the cache."""
    a, b = state(redis_server, cache_seconds=60.0), state(redis_server, cache_seconds=60.0)
    keys = FlightKeys.of(flight_id("diagnose", "example.org"))
    go_on = asyncio.Event()
    report = explain("535 5.7.8 Error: authentication failed")
    endpoint = Endpoint(protocol=Protocol.IMAP, host="h.test", port=993, security=Security.TLS)
    events = [
        ProbeFinished(
            result=ProbeResult(
                endpoint=endpoint, outcome=Outcome.TIMEOUT, stage=Stage.CONNECT, elapsed_ms=i
            ),
            done=i,
            total=3,
        )
        for i in (1, 2, 3)
    ]
    first_event_out = asyncio.Event()

    async def owner_start(keys: FlightKeys, progress: Callable[[ProbeFinished], None]) -> Report:
        progress(events[0])
        progress(events[1])
        first_event_out.set()
        await go_on.wait()
        progress(events[2])
        return report

    async def never(keys: FlightKeys, progress: object) -> Report:
        raise AssertionError("the joiner started a run of its own")

    seen: list[ProbeFinished] = []
    try:
        owner = asyncio.ensure_future(a.flights.run(keys, owner_start, deadline=10))
        await first_event_out.wait()
        assert await b.flights.shared(keys)
        joined = asyncio.Event()

        def progress(event: ProbeFinished) -> None:
            seen.append(event)
            if len(seen) == 2:
                joined.set()  # the two events published before it joined: replayed

        joiner = asyncio.ensure_future(
            b.flights.run(keys, never, deadline=10, on_progress=progress)
        )
        await joined.wait()
        go_on.set()
        (got_a, how_a), (got_b, how_b) = await asyncio.gather(owner, joiner)
        assert (how_a, how_b) == ("ran", "joined")
        assert got_b == got_a == report
        assert [e.done for e in seen] == [1, 2, 3]  # replayed, then streamed, none twice
        assert await b.flights.run(keys, never, deadline=10) == (report, "cached")
    finally:
        await a.close()
        await b.close()


async def test_an_expired_job_is_dropped_unrun(
    redis_server: RedisProcess, silent: Listener
) -> None:
    """A job picked up after its deadline tells its flight "expired" and probes nothing."""
    shared = state(redis_server)
    endpoint = Endpoint(
        protocol=Protocol.IMAP, host="127.0.0.1", port=silent.port, security=Security.TLS
    )
    keys = FlightKeys.of(flight_id("check", endpoint))
    job = Job(kind="check", target="127.0.0.1", endpoint=endpoint, timeout=5.0,
              deadline=time.time() - 1, flight=keys, cache_ms=0)  # fmt: skip
    hub = Hub(shared.client)
    try:
        async with hub.subscribe(keys.channel) as queue:
            ctx = {"redis": shared.client, "options": Options(allow_private=True),
                   "job_id": "j1", "job_try": 1}  # fmt: skip
            assert await run_diagnosis(ctx, job) == "expired"
            data = await next_message(queue, 5)
        assert data is not None and parse_message(data) == Failed("expired")
        assert silent.connections == 0
    finally:
        await hub.close()
        await shared.close()
