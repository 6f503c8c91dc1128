"""The bot as a user-installable app: commands in DMs, group DMs and servers that never invited
it, against the stand-in with the payloads Discord sends there (`user` instead of `member`,
context 1/2, authorizing_integration_owners of a user install)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from diagnostics.model import Endpoint, Report
from diagnostics.runner import check as real_check
from tests.bot.conftest import BotFactory, Harness, library
from tests.bot.standin import MAX_USER_FOLLOWUPS, custom_ids
from tests.bot.test_bot import EPHEMERAL, assert_clean, check_options
from tests.lab import Lab


def within_followups(h: Harness) -> None:
    """No interaction of a user install got more follow-ups than Discord allows."""
    for token in h.standin.user_installed:
        assert h.standin.followups.get(token, 0) <= MAX_USER_FOLLOWUPS


async def test_commands_declare_every_install_and_context(make_bot: BotFactory) -> None:
    """The synced commands may be installed by a server or a person (integration types 0, 1)
    and used in servers, DMs and group DMs (contexts 0, 1, 2)."""
    h = await make_bot(guild_id=4242)
    (put,) = [r for r in h.standin.requests if r.method == "PUT"]
    for command in put.payload:
        assert sorted(command["integration_types"]) == [0, 1], command["name"]
        assert sorted(command["contexts"]) == [0, 1, 2], command["name"]


@pytest.mark.parametrize("where", ["dm", "group", "guild-user"])
async def test_check_where_the_bot_was_not_invited(harness: Harness, lab: Lab, where: str) -> None:
    """/mail check in a DM, a group DM and a server that only the person installed it for:
    deferred, answered with the result and its buttons, a Details click works."""
    h = harness
    payload = await h.send(h.standin.slash("check", check_options(lab, port=143), where=where))
    assert (await h.callback(payload)).payload == {"type": 5}
    embed = (await h.final(payload)).embeds()[0]
    assert embed["color"] == 0xE74C3C and "port 993" in embed["description"]
    message = h.original(payload)
    click = await h.send(h.standin.button(message["id"], custom_ids(message)["Details"],
                                          where=where))  # fmt: skip
    assert (await h.callback(click)).files
    within_followups(h)
    assert_clean(h)


async def test_menu_and_post_in_a_server_that_did_not_invite(harness: Harness, lab: Lab) -> None:
    """The message menu of a user install in a foreign server: private answer, then posted."""
    h = harness
    text = f"my phone can't reach {lab.host('healthy')} port 143 with SSL"
    payload = await h.send(h.standin.message_command(text, where="guild-user"))
    assert (await h.callback(payload)).payload == {"type": 5, "data": {"flags": EPHEMERAL}}
    await h.final(payload)
    message = h.original(payload)
    post = await h.send(h.standin.button(message["id"], custom_ids(message)["Post in channel"],
                                         where="guild-user"))  # fmt: skip
    public: Any = (await h.callback(post)).payload
    assert public["type"] == 4 and not public["data"].get("flags", 0) & EPHEMERAL
    within_followups(h)
    assert_clean(h)


async def test_dm_users_have_their_own_concurrency_bucket(make_bot: BotFactory, lab: Lab) -> None:
    """Two people in DMs are not one "server": while one's test runs, the other's still starts."""
    release = asyncio.Event()

    async def held_check(endpoint: Endpoint, options: Any = None, *, on_progress: Any = None
                         ) -> Report:  # fmt: skip
        if endpoint.host == lab.host("healthy"):
            await release.wait()
        return await real_check(endpoint, options, on_progress=on_progress)

    h = await make_bot(library=library(check=held_check), max_per_guild=1)
    first = await h.send(h.standin.slash("check", check_options(lab), where="dm"))
    await h.callback(first)
    second = await h.send(h.standin.slash("check", check_options(lab, "expired"), where="dm"))
    assert (await h.final(second)).embeds()[0]["color"] == 0xE74C3C  # not "already has 1 test"
    release.set()
    assert (await h.final(first)).embeds()[0]["color"] == 0x2ECC71
