"""Fixtures for the bot tests: the Discord stand-in and the real bot logged in to it.

`make_bot(**config)` starts a StandIn on loopback, points discord.py at it, and starts the real
`MailBot` (AutoShardedBot) with a Config aimed at the lab; the pair is torn down after the test.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest

from bot.app import MailBot, create_bot
from bot.config import Config
from bot.service import Diagnoser, Library
from tests.bot.standin import Recorded, StandIn
from tests.lab import Lab

TOKEN = "test-token.not-a-secret"


@dataclass
class Harness:
    standin: StandIn
    bot: MailBot

    @property
    def diagnoser(self) -> Diagnoser:
        return self.bot.diagnoser

    async def send(self, payload: dict[str, Any]) -> dict[str, Any]:
        return await self.standin.dispatch(payload)

    async def callback(self, payload: dict[str, Any]) -> Recorded:
        """The interaction's first response (a deferral, a message or a modal)."""
        path = f"/interactions/{payload['id']}/{payload['token']}/callback"
        return await self.standin.wait_for(lambda r: r.path == path)

    async def final(self, payload: dict[str, Any]) -> Recorded:
        """The last edit of the interaction's reply: the result (or a notice), not progress."""
        path = f"/webhooks/{self.standin.app_id}/{payload['token']}/messages/@original"

        def done(rec: Recorded) -> bool:
            if rec.path != path or rec.method != "PATCH":
                return False
            embeds = rec.embeds()
            return bool(embeds) and not (embeds[0].get("title") or "").startswith("⏳")

        return await self.standin.wait_for(done)

    def original(self, payload: dict[str, Any]) -> dict[str, Any]:
        return self.standin.messages[self.standin.originals[payload["token"]]]


BotFactory = Callable[..., Awaitable[Harness]]


def library(**functions: Any) -> Library:
    """The real library with some functions replaced (injected ones run on the test's loop)."""
    return dataclasses.replace(Library.default(), **functions)


def lab_config(lab: Lab, **overrides: Any) -> Config:
    base = Config(
        token=TOKEN,
        dns=lab.dns,
        cafile=lab.cafile,
        allow_private=True,
        timeout=10.0,
        cooldown_seconds=0.0,
        edit_interval=0.05,
        cache_seconds=60.0,
        max_concurrent=50,
        max_per_guild=50,
        config_db=":memory:",  # a test never leaves a settings file in the working directory
    )
    return dataclasses.replace(base, **overrides)


@pytest.fixture
async def make_bot(lab: Lab) -> AsyncIterator[BotFactory]:
    """Start the stand-in and the bot: `await make_bot(library=..., **config_overrides)`."""
    started: list[tuple[StandIn, MailBot, asyncio.Task[None], Callable[[], None]]] = []

    async def factory(
        library: Library | None = None,
        config: Config | None = None,
        client: dict[str, Any] | None = None,
        **overrides: Any,
    ) -> Harness:
        standin = StandIn()
        await standin.start()
        restore = standin.point_discord_py_here()
        cfg = config or lab_config(lab, **overrides)
        diagnoser = Diagnoser(cfg, library)
        bot = create_bot(cfg, diagnoser, guild_ready_timeout=0.01, **(client or {}))
        task = asyncio.get_running_loop().create_task(bot.start(TOKEN))
        started.append((standin, bot, task, restore))
        ready = asyncio.ensure_future(bot.wait_until_ready())
        done, _ = await asyncio.wait({task, ready}, timeout=15, return_when="FIRST_COMPLETED")
        if ready not in done:
            ready.cancel()
            if task.done():
                task.result()  # the start-up error
            raise TimeoutError("the bot did not become ready against the stand-in")
        return Harness(standin=standin, bot=bot)

    yield factory
    for standin, bot, task, restore in reversed(started):
        await bot.close()
        await asyncio.wait({task}, timeout=5)
        await standin.stop()
        restore()


@pytest.fixture
async def harness(make_bot: BotFactory) -> Harness:
    """The bot with the default test configuration (lab mode, no cooldown)."""
    return await make_bot()
