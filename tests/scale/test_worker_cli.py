"""`mailmedic worker` as a person or a supervisor meets it: bad input, no Redis, /healthz."""

from __future__ import annotations

import subprocess
import sys

import aiohttp
import pytest

from deploy.local import RedisProcess, free_port
from tests.scale.conftest import ROOT, Worker, start_worker


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        ([], "give --redis URL or set REDIS_URL"),
        (["--redis", "http://127.0.0.1:1"], "must start with redis://"),
        (["--redis", "redis://127.0.0.1:1", "--jobs", "0"], "--jobs 0"),
        (["--redis", "redis://127.0.0.1:1", "--timeout", "0.1"], "--timeout"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(argv: list[str], says: str) -> None:
    """Each refusal: one line on stderr naming what to change, exit 2, no traceback."""
    proc = subprocess.run([sys.executable, "-m", "diagnostics", "worker", *argv], cwd=ROOT,
                          env={"PATH": "/usr/bin:/bin"}, capture_output=True, text=True,
                          timeout=60, check=False)  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.count("\n") == 1 and says in proc.stderr, proc.stderr


def test_no_redis_is_one_line_and_exit_3() -> None:
    """A Redis nobody runs: one line saying so, exit 3 (as the bot for an unreachable Discord)."""
    url = f"redis://127.0.0.1:{free_port()}/0"
    proc = subprocess.run([sys.executable, "-m", "diagnostics", "worker", "--redis", url],
                          cwd=ROOT, env={"PATH": "/usr/bin:/bin"}, capture_output=True,
                          text=True, timeout=60, check=False)  # fmt: skip
    assert proc.returncode == 3, proc.stderr
    assert proc.stderr == "mailmedic: worker: cannot reach Redis (ConnectionError)\n"


async def test_healthz_follows_redis(redis_server: RedisProcess, workers: list[Worker]) -> None:
    """/healthz: 200 while Redis answers; Redis killed: 503 naming Redis, the worker still up."""
    port = free_port()
    worker = await start_worker(redis_server.url, "w-health", {"MAILMEDIC_HEALTH_PORT": str(port)})
    workers.append(worker)
    url = f"http://127.0.0.1:{port}/healthz"
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            body = await response.json()
            assert response.status == 200 and body["ok"] and body["role"] == "worker w-health"
        assert redis_server.process is not None
        redis_server.kill()
        await redis_server.process.wait()
        async with session.get(url) as response:
            body = await response.json()
            assert response.status == 503 and not body["ok"] and "Redis" in body["detail"]
    assert worker.process.returncode is None
