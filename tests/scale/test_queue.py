"""Diagnoses through the queue: the real bot (MAILMEDIC_WORKERS=0) against the Discord stand-in,
`mailmedic worker` processes, a real redis-server; workers and Redis killed on purpose."""

from __future__ import annotations

from typing import Any

from deploy.local import RedisProcess
from tests.bot.conftest import BotFactory
from tests.scale.conftest import Listener, Worker, start_worker

TIMEOUT = 2.0  # the diagnosis deadline: a silent server holds each try this long
GRACE = 0.5  # MAILMEDIC_JOB_GRACE: a try's time past it; a dead worker's job is retried after
WORKER_ENV = {"MAILMEDIC_TIMEOUT": str(TIMEOUT), "MAILMEDIC_JOB_GRACE": str(GRACE),
              "MAILMEDIC_ALLOW_PRIVATE": "1"}  # fmt: skip


def silent_check(silent: Listener) -> dict[str, Any]:
    return {"protocol": "imap", "host": "127.0.0.1", "port": silent.port, "security": "tls"}


def is_apology(embed: dict[str, Any]) -> bool:
    return str(embed.get("description", "")).startswith("Sorry, something went wrong")


async def queued_bot(make_bot: BotFactory, server: RedisProcess) -> Any:
    return await make_bot(redis_url=server.url, enqueue_only=True, timeout=TIMEOUT,
                          job_grace=GRACE, cache_seconds=0.0)  # fmt: skip


async def test_a_job_runs_on_a_worker(
    make_bot: BotFactory, redis_server: RedisProcess, silent: Listener, workers: list[Worker]
) -> None:
    """The bot only enqueues: the worker probes, its progress edits the reply, the result ends
    it; the worker's log lines carry its id."""
    workers.append(await start_worker(redis_server.url, "w-one", WORKER_ENV))
    h = await queued_bot(make_bot, redis_server)
    payload = await h.send(h.standin.slash("check", silent_check(silent)))
    assert (await h.callback(payload)).payload["type"] == 5  # deferred at once
    final = (await h.final(payload)).embeds()[0]
    assert not is_apology(final), final
    assert silent.connections >= 1
    edits = h.standin.for_token(payload["token"])
    assert any((r.embeds() or [{}])[0].get("title", "").startswith("⏳") for r in edits)
    assert any("worker=w-one" in line and "try 1" in line for line in workers[0].lines)


async def test_a_worker_killed_mid_job_is_replaced_once(
    make_bot: BotFactory, redis_server: RedisProcess, silent: Listener, workers: list[Worker]
) -> None:
    """SIGKILL to the worker while its job probes: another worker runs the job again (try 2)
    once the dead one's claim expires, and the person gets the result, not an apology."""
    first = await start_worker(redis_server.url, "w-first", WORKER_ENV)
    workers.append(first)
    h = await queued_bot(make_bot, redis_server)
    payload = await h.send(h.standin.slash("check", silent_check(silent)))
    await silent.connected.wait()  # the job is running on the first worker
    first.kill()
    await first.process.wait()
    connections = silent.connections
    workers.append(await start_worker(redis_server.url, "w-second", WORKER_ENV))
    final = (await h.final(payload)).embeds()[0]
    assert not is_apology(final), final
    assert silent.connections > connections  # probed again, by the second worker
    assert any("try 2" in line for line in workers[1].lines)


async def test_a_worker_killed_with_none_to_replace_it_fails_cleanly(
    make_bot: BotFactory, redis_server: RedisProcess, silent: Listener, workers: list[Worker]
) -> None:
    """SIGKILL to the only worker: at the job's deadline the person gets an apology with an
    error id, and the bot is free again (nothing waits for ever)."""
    only = await start_worker(redis_server.url, "w-only", WORKER_ENV)
    workers.append(only)
    h = await queued_bot(make_bot, redis_server)
    payload = await h.send(h.standin.slash("check", silent_check(silent)))
    await silent.connected.wait()
    only.kill()
    final = (await h.final(payload)).embeds()[0]
    assert is_apology(final), final
    assert h.diagnoser.gate.running == 0


async def test_redis_going_away_mid_run_is_an_error_reply(
    make_bot: BotFactory, redis_server: RedisProcess, silent: Listener, workers: list[Worker]
) -> None:
    """Redis killed while a worker runs the job and the bot waits for it: an apology with an
    error id at once (the bot's pub/sub connection fails), not a wait for the deadline."""
    workers.append(await start_worker(redis_server.url, "w-doomed", WORKER_ENV))
    h = await queued_bot(make_bot, redis_server)
    payload = await h.send(h.standin.slash("check", silent_check(silent)))
    await silent.connected.wait()  # enqueued, picked up, probing: the bot listens for the end
    redis_server.kill()
    final = (await h.final(payload)).embeds()[0]
    assert is_apology(final), final


async def test_bad_input_found_by_the_worker_is_said_as_such(
    make_bot: BotFactory, redis_server: RedisProcess, silent: Listener, workers: list[Worker]
) -> None:
    """A worker whose policy refuses private targets (and ports that are not mail ports): the
    person reads why ("I can't test that"), as from a bot that ran it, not an apology; nothing
    was probed."""
    strict = {k: v for k, v in WORKER_ENV.items() if k != "MAILMEDIC_ALLOW_PRIVATE"}
    workers.append(await start_worker(redis_server.url, "w-strict", strict))
    h = await queued_bot(make_bot, redis_server)
    payload = await h.send(h.standin.slash("check", silent_check(silent)))
    text = str((await h.final(payload)).embeds()[0]["description"])
    assert text.startswith("I can't test that:") and "cannot be tested" in text, text
    assert silent.connections == 0
