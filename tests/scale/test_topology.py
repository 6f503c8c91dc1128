"""The topology of deploy/compose.yaml, end to end: `python -m deploy.local` runs its services as
processes (redis-server, two bot processes for shards 0 and 1 of 2 that only enqueue, two
`mailmedic worker`s) against the Discord stand-in and the lab.

Here the file's structure is checked (test_compose_file) and deploy.local, which reads that same
file, is what runs; test_compose.py runs the file itself in containers (podman-compose)."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import yaml

from tests.bot.standin import MANAGER_PERMISSIONS, Recorded, StandIn
from tests.lab import Lab
from tests.scale.conftest import Listener

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789"
INTERVAL = 0.5  # MAILMEDIC_IDENTIFY_INTERVAL: the IDENTIFY slot of a bucket
BURST = 2


def test_compose_file() -> None:
    """Redis, two bots with shards 0 and 1 of the same count that only enqueue, two workers with
    ids of their own; every mailmedic service on the same REDIS_URL, with a health check."""
    compose = yaml.safe_load((ROOT / "deploy" / "compose.yaml").read_text())
    services = compose["services"]
    assert set(services) == {"redis", "bot-0", "bot-1", "worker-1", "worker-2"}
    redis = services["redis"]
    assert redis["image"].startswith("redis")
    assert redis["command"][:1] == ["redis-server"] and "--save" in redis["command"]
    assert "ports" not in redis  # never published: Redis is the bots' private state
    shards = set()
    for name in ("bot-0", "bot-1"):
        bot = services[name]
        env = bot["environment"]
        assert bot["entrypoint"] == ["mailmedic-bot"]
        assert env["MAILMEDIC_WORKERS"] == "0" and env["MAILMEDIC_SHARD_COUNT"] == "2"
        assert env["DISCORD_TOKEN"].startswith("${DISCORD_TOKEN")
        shards.add(env["MAILMEDIC_SHARD_IDS"])
        assert bot["depends_on"]["redis"]["condition"] == "service_healthy"
    assert shards == {"0", "1"}
    ids = set()
    for name in ("worker-1", "worker-2"):
        worker = services[name]
        assert worker["entrypoint"] == ["mailmedic", "worker"]
        assert "DISCORD_TOKEN" not in worker["environment"]  # a worker never talks to Discord
        ids.add(worker["environment"]["MAILMEDIC_WORKER_ID"])
    assert len(ids) == 2
    urls = {services[n]["environment"]["REDIS_URL"] for n in services if n != "redis"}
    assert urls == {"redis://redis:6379/0"}
    for name in services:
        if name != "redis":
            port = services[name]["environment"]["MAILMEDIC_HEALTH_PORT"]
            assert f":{port}/healthz" in " ".join(services[name]["healthcheck"]["test"])


class Output:
    """deploy.local's standard output, line by line; tests wait for lines, never for time."""

    def __init__(self, stream: asyncio.StreamReader) -> None:
        self.lines: list[str] = []
        self._changed = asyncio.Event()
        self._task = asyncio.get_running_loop().create_task(self._read(stream))

    async def _read(self, stream: asyncio.StreamReader) -> None:
        while line := await stream.readline():
            self.lines.append(line.decode(errors="replace").rstrip())
            self._changed.set()
        self._changed.set()

    async def wait_for(self, wanted: Callable[[str], bool], timeout: float = 60) -> str:
        try:
            return await self._wait_for(wanted, timeout)
        except TimeoutError:
            raise AssertionError("not seen:\n" + "\n".join(self.lines[-40:])) from None

    async def _wait_for(self, wanted: Callable[[str], bool], timeout: float) -> str:
        async with asyncio.timeout(timeout):
            seen = 0
            while True:
                for line in self.lines[seen:]:
                    if wanted(line):
                        return line
                seen = len(self.lines)
                if self._task.done():
                    raise AssertionError("deploy.local ended:\n" + "\n".join(self.lines[-40:]))
                self._changed.clear()
                await self._changed.wait()


@pytest.fixture
async def topology(lab: Lab) -> AsyncIterator[tuple[StandIn, Output, dict[str, Any]]]:
    standin = StandIn()
    await standin.start()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MAILMEDIC_", "REDIS_"))}
    settings = {
        "MAILMEDIC_TEST_DISCORD": f"http://127.0.0.1:{standin.port}", "MAILMEDIC_DNS": lab.dns,
        "MAILMEDIC_CAFILE": lab.cafile, "MAILMEDIC_ALLOW_PRIVATE": "1", "MAILMEDIC_TIMEOUT": "5",
        "MAILMEDIC_IDENTIFY_INTERVAL": str(INTERVAL), "MAILMEDIC_COOLDOWN_SECONDS": "60",
        "MAILMEDIC_BURST": str(BURST), "MAILMEDIC_EDIT_INTERVAL": "0.05",
    }  # fmt: skip
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "deploy.local", "--bot-module", "tests.bot.launch",
        *[f"--env={k}={v}" for k, v in settings.items()], cwd=ROOT,
        env={**env, "PYTHONPATH": str(ROOT), "DISCORD_TOKEN": TOKEN},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    assert process.stdout is not None
    out = Output(process.stdout)
    try:
        running = await out.wait_for(lambda line: line.startswith("deploy.local: running"))
        summary = json.loads(running.split("running ", 1)[1])
        yield standin, out, summary
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        try:
            status = await asyncio.wait_for(process.wait(), 30)
        finally:
            if process.returncode is None:
                process.kill()
            await standin.stop()
    assert status == 0, "\n".join(out.lines[-40:])


async def final(standin: StandIn, payload: dict[str, Any]) -> dict[str, Any]:
    path = f"/webhooks/{standin.app_id}/{payload['token']}/messages/@original"

    def done(rec: Recorded) -> bool:
        embeds = rec.embeds()
        title = (embeds[0].get("title") or "") if embeds else ""
        return rec.path == path and rec.method == "PATCH" and bool(embeds) and "⏳" not in title

    embeds: list[dict[str, Any]] = (await standin.wait_for(done)).embeds()
    return embeds[0]


async def callback(standin: StandIn, payload: dict[str, Any]) -> dict[str, Any]:
    path = f"/interactions/{payload['id']}/{payload['token']}/callback"
    body: dict[str, Any] = (await standin.wait_for(lambda r: r.path == path)).payload
    return body


async def test_two_bots_and_two_workers_act_as_one_bot(
    topology: tuple[StandIn, Output, dict[str, Any]], lab: Lab
) -> None:
    """Shards 0 and 1 in two processes identify in separate slots of the one bucket, share one
    cache (no new probe reaches the lab for the second ask), one rate limit and one /mail
    config; each process logs its shard or worker id and answers /healthz."""
    standin, out, summary = topology
    try:
        await asyncio.wait_for(standin.wait_shards({0, 1}), 60)
    except TimeoutError:
        raise AssertionError("\n".join(out.lines[-40:])) from None
    for shard, service in ((0, "bot-0"), (1, "bot-1")):
        await out.wait_for(lambda line, s=shard, n=service: line.startswith(f"{n} |")
                           and f"shard {s} ready" in line)  # fmt: skip
    for name in ("worker-1", "worker-2"):
        await out.wait_for(lambda line, n=name: line.startswith(f"{n} |") and " ready: " in line)

    # IDENTIFY: max_concurrency 1, so one bucket: the second shard waited for the next slot.
    (first_at, _), (second_at, _) = sorted(standin.identified_at)[:2]
    assert {s for _, s in standin.identified_at} == {0, 1}
    assert second_at - first_at >= INTERVAL * 0.9

    # Every process says who it is on each line, and answers its supervisor.
    assert any(line.startswith("bot-0 |") and "shards=0 " in line for line in out.lines)
    assert any(line.startswith("bot-1 |") and "shards=1 " in line for line in out.lines)
    assert any(line.startswith("worker-2 |") and "worker=worker-2" in line for line in out.lines)
    async with aiohttp.ClientSession() as session:
        for name in ("bot-0", "bot-1", "worker-1", "worker-2"):
            url = f"http://127.0.0.1:{summary[name]['health_port']}/healthz"
            async with session.get(url) as response:
                body = await response.json(content_type=None)
                assert response.status == 200 and body["ok"], (name, body)

    # One cache: the second process answers from it, and the lab sees no new connection.
    proxy = Listener(upstream=(lab.address("healthy"), 993))
    await proxy.start()
    try:
        target = {"protocol": "imap", "host": "127.0.0.1", "port": proxy.port, "security": "tls"}
        first = await standin.dispatch(standin.slash("check", target), shard=0)
        first_embed = await final(standin, first)
        seen = proxy.connections
        assert seen >= 1
        second = await standin.dispatch(standin.slash("check", target), shard=1)
        second_embed = await final(standin, second)
        assert proxy.connections == seen
        assert second_embed["description"] == first_embed["description"]
    finally:
        await proxy.stop()

    # One rate limit: the burst spent through shard 0 holds in shard 1.
    person = standin.user("impatient")
    for n in range(BURST):
        asked = standin.slash("diagnose", {"target": f"nothere{n}.lab.test"}, user=person)
        await standin.dispatch(asked, shard=0)
        assert (await callback(standin, asked))["type"] == 5
    refused = standin.slash("diagnose", {"target": "nothere9.lab.test"}, user=person)
    await standin.dispatch(refused, shard=1)
    reply = await callback(standin, refused)
    assert reply["type"] == 4
    assert f"{BURST} tests in a row" in reply["data"]["embeds"][0]["description"]

    # One /mail config: set through shard 0, shown by shard 1.
    setting = standin.slash("config", {"default_domain": "lab.test"},
                            permissions=MANAGER_PERMISSIONS)  # fmt: skip
    await standin.dispatch(setting, shard=0)
    assert "**lab.test**" in (await callback(standin, setting))["data"]["embeds"][0]["description"]
    showing = standin.slash("config", {}, permissions=MANAGER_PERMISSIONS)
    await standin.dispatch(showing, shard=1)
    assert "**lab.test**" in (await callback(standin, showing))["data"]["embeds"][0]["description"]
