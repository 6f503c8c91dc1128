"""No password reaches Redis: a login test on a queue-only bot runs in the bot's own process,
and every command any client sent to Redis meanwhile (MONITOR) is searched for the password."""

from __future__ import annotations

import asyncio
import shutil

import pytest

from deploy.local import RedisProcess
from tests.bot.conftest import BotFactory
from tests.lab import Lab
from tests.test_secrets_hostile import PASSWORDS, USER, strict_leaks, teach

PASSWORD_FIELD = "Password or app password"
SERVER_FIELD = "Server (empty: find it from the address)"


@pytest.mark.parametrize("server", ["echo", ""])
async def test_a_login_on_a_queue_only_bot_never_reaches_redis(
    make_bot: BotFactory, lab: Lab, redis_server: RedisProcess, monkeypatch: pytest.MonkeyPatch,
    server: str,
) -> None:  # fmt: skip
    """/mail login with the server typed (a check) or found from the address (the diagnosis
    before the login, which the echo host answers with the password it knows, stays in this
    process too): the password is in no command Redis received, keys and channels alike."""
    password = PASSWORDS["printable"]
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    await teach(lab, password)
    cli = shutil.which("redis-cli")
    assert cli is not None  # Debian's redis-server package brings redis-tools
    monitor = await asyncio.create_subprocess_exec(
        cli, "-p", str(redis_server.port), "monitor", stdout=asyncio.subprocess.PIPE
    )
    assert monitor.stdout is not None
    assert b"OK" in await asyncio.wait_for(monitor.stdout.readline(), 10)  # monitoring now
    h = await make_bot(redis_url=redis_server.url, enqueue_only=True, cache_seconds=0.0)
    modal = (await h.callback(await h.send(h.standin.slash("login")))).payload
    values = {"Email address (or username)": USER, PASSWORD_FIELD: password,
              SERVER_FIELD: lab.host(server) if server else ""}  # fmt: skip
    submit = await h.send(h.standin.modal_submit(modal["data"], values))
    await h.callback(submit)
    final = (await h.final(submit)).embeds()[0]
    redis_server.kill()  # monitor's stream ends with the server
    seen = (await asyncio.wait_for(monitor.stdout.read(), 10)).decode("utf-8", "replace")
    await monitor.wait()
    assert '"GET"' in seen or '"get"' in seen.lower()  # the bot did talk to this Redis
    assert not str(final.get("description", "")).startswith("Sorry"), final
    assert not strict_leaks(seen, password)
