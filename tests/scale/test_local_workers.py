"""REDIS_URL with the default in-process workers: each bot process probes itself, and still
shares its cache with the others. And the settings that choose the mode."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import Config, ConfigError
from bot.service import Diagnoser
from deploy.local import RedisProcess
from diagnostics.model import Endpoint, Protocol, Security
from tests.bot.conftest import BotFactory
from tests.lab import Lab
from tests.scale.conftest import ROOT, Listener


async def test_the_bot_and_another_process_share_one_cache(
    make_bot: BotFactory, redis_server: RedisProcess, lab: Lab
) -> None:
    """The bot probes in its own diagnosis process (through a counting proxy to the lab's
    Dovecot); another Diagnoser, on its own Redis connection as another process would be, gets
    the same report from the shared cache, and no new connection reaches the lab."""
    proxy = Listener(upstream=(lab.address("healthy"), 993))
    await proxy.start()
    h = await make_bot(redis_url=redis_server.url)
    other = Diagnoser(h.bot.config)
    try:
        target = {"protocol": "imap", "host": "127.0.0.1", "port": proxy.port, "security": "tls"}
        first = await h.send(h.standin.slash("check", target))
        assert not (await h.final(first)).embeds()[0]["description"].startswith("Sorry")
        seen = proxy.connections
        assert seen >= 1 and h.diagnoser.started == 1
        endpoint = Endpoint(protocol=Protocol.IMAP, host="127.0.0.1", port=proxy.port,
                            security=Security.TLS)  # fmt: skip
        report, how = await other.check(endpoint, guild_key=1)
        assert how == "cached" and other.started == 0 and proxy.connections == seen
        assert report.summary and report.target == "127.0.0.1"
    finally:
        await other.close()
        await proxy.stop()


def test_queue_only_needs_redis() -> None:
    """MAILMEDIC_WORKERS=0 without REDIS_URL, or a URL of another scheme: one clear error."""
    with pytest.raises(ConfigError, match="needs REDIS_URL"):
        Config.load({"MAILMEDIC_WORKERS": "0"}, dotenv=None)
    with pytest.raises(ConfigError, match="redis://"):
        Config.load({"REDIS_URL": "http://127.0.0.1:6379"}, dotenv=None)
    config = Config.load({"MAILMEDIC_WORKERS": "0", "REDIS_URL": "redis://h:1/0"}, dotenv=None)
    assert config.enqueue_only and config.redis_url == "redis://h:1/0"
    assert Config.load({}, dotenv=None).redis_url is None  # the default shares nothing


def test_no_workers_flag_needs_redis(tmp_path: Path) -> None:
    """`python -m bot --no-workers` without REDIS_URL: one line naming REDIS_URL, exit 2."""
    env = {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(ROOT),
        "DISCORD_TOKEN": "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789",
    }
    proc = subprocess.run([sys.executable, "-m", "bot", "--no-workers"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.count("\n") == 1 and "needs REDIS_URL" in proc.stderr, proc.stderr
