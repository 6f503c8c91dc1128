"""`/mail config` and the helpdesk it serves: a server's default domain, helpdesk roles and
triage log, stored in SQLite, against the stand-in and the lab."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bot.helpdesk import changed_settings, triage_line
from bot.store import GuildSettings, MemoryStore, SettingsStore, SqliteStore
from diagnostics.model import Report, Verdict
from diagnostics.policy import InvalidTarget
from tests.bot.conftest import BotFactory, Harness
from tests.bot.standin import MANAGER_PERMISSIONS, Channel, Role
from tests.bot.test_bot import EPHEMERAL, assert_clean, check_options
from tests.lab import Lab


def manager_config(h: Harness, **options: Any) -> dict[str, Any]:
    return h.standin.slash("config", options, permissions=MANAGER_PERMISSIONS)


async def reply_text(h: Harness, payload: dict[str, Any]) -> tuple[int, str]:
    """The flags and the embed description of an interaction's immediate reply."""
    data = (await h.callback(payload)).payload["data"]
    return data.get("flags", 0), data["embeds"][0]["description"]


@pytest.mark.parametrize("store_kind", ["sqlite", "memory"])
async def test_store_round_trip(tmp_path: Path, store_kind: str) -> None:
    """Both stores keep a server's settings apart from another's; SQLite across instances."""
    path = str(tmp_path / "config.sqlite3")
    store: SettingsStore = SqliteStore(path) if store_kind == "sqlite" else MemoryStore()
    wanted = GuildSettings(default_domain="example.org", helpdesk_roles=(7, 8), log_channel=9)
    assert await store.get(1) == GuildSettings()
    await store.set(1, wanted)
    assert await store.get(1) == wanted and await store.get(2) == GuildSettings()
    if store_kind == "sqlite":
        await store.close()
        reopened = SqliteStore(path)
        assert await reopened.get(1) == wanted
        await reopened.close()


async def test_damaged_row_means_defaults(tmp_path: Path) -> None:
    """A row that is not JSON (a hand edit, a crash) reads as defaults, not as an error."""
    path = tmp_path / "config.sqlite3"
    store = SqliteStore(str(path))
    await store.set(5, GuildSettings(log_channel=1))
    await store.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE guild_settings SET data = '{not json' WHERE guild_id = 5")
    reopened = SqliteStore(str(path))
    assert await reopened.get(5) == GuildSettings()
    await reopened.close()


def test_changed_settings() -> None:
    """Set, toggle a role off again, clear one setting, refuse a domain that is not one."""
    start = GuildSettings()
    one = changed_settings(start, default_domain=" You@Example.ORG. ", helpdesk_role=3)
    assert one == GuildSettings(default_domain="example.org", helpdesk_roles=(3,))
    assert changed_settings(one, helpdesk_role=3).helpdesk_roles == ()
    assert changed_settings(one, clear="default_domain").default_domain is None
    assert changed_settings(one, clear="everything") == GuildSettings()
    with pytest.raises(InvalidTarget):
        changed_settings(start, default_domain="localhost")


def test_triage_line_never_shows_a_local_part() -> None:
    """The triage line: domain, command, verdict, answer; an address's local part is cut."""
    report = Report(target="alice@example.org", kind="diagnose", duration_ms=1,
                    summary="Log in as alice@example.org on port 993.",
                    verdict=Verdict.PROBLEMS)  # fmt: skip
    line = triage_line(report, command="diagnose", target="alice@example.org", agent_id=42)
    assert "alice" not in line and "example.org" in line and "<@42>" in line
    assert "\n" not in line and "/mail diagnose" in line and "PROBLEM" in line


async def test_config_round_trip_survives_a_restart(
    make_bot: BotFactory, lab: Lab, tmp_path: Path
) -> None:
    """A manager sets the default domain, a helpdesk role and the triage log; a restarted bot
    on the same file shows them back."""
    db = str(tmp_path / "config.sqlite3")
    h = await make_bot(config_db=db)
    role, channel = Role(h.standin.snowflake()), Channel(h.standin.snowflake())
    payload = await h.send(manager_config(h, default_domain="lab.test", helpdesk_role=role,
                                          log_channel=channel))  # fmt: skip
    flags, text = await reply_text(h, payload)
    assert flags & EPHEMERAL
    assert "**lab.test**" in text and f"<@&{role.id}>" in text and f"<#{channel.id}>" in text
    assert_clean(h)
    await h.bot.close()
    again = await make_bot(config_db=db)
    again.standin.guild_id = h.standin.guild_id  # the same server, seen by the restarted bot
    _, shown = await reply_text(again, await again.send(manager_config(again)))
    assert "**lab.test**" in shown and f"<@&{role.id}>" in shown and f"<#{channel.id}>" in shown


@pytest.mark.parametrize("where", ["member", "dm", "guild-user"])
async def test_config_refused_outside_a_managers_server(harness: Harness, where: str) -> None:
    """Only a manager in a server that invited the bot changes settings; nothing is stored."""
    h = harness
    if where == "member":
        payload = h.standin.slash("config", {"default_domain": "lab.test"})
    else:
        payload = h.standin.slash("config", {"default_domain": "lab.test"}, where=where,
                                  permissions=MANAGER_PERMISSIONS)  # fmt: skip
    flags, text = await reply_text(h, await h.send(payload))
    assert flags & EPHEMERAL and "server" in text
    assert await h.bot.handlers.store.get(int(h.standin.guild_id)) == GuildSettings()


async def test_default_domain_needs_no_target(
    harness: Harness, lab: Lab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a default domain, /mail diagnose without a target tests it, and /mail check takes a
    bare server name ("healthy") as a server of that domain."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    h = harness
    await h.callback(await h.send(manager_config(h, default_domain="healthy.lab.test")))
    payload = await h.send(h.standin.slash("diagnose"))
    assert (await h.final(payload)).embeds()[0]["title"] == lab.host("healthy")
    await h.callback(await h.send(manager_config(h, default_domain="lab.test")))
    options = {**check_options(lab), "host": "healthy"}
    embed = (await h.final(await h.send(h.standin.slash("check", options)))).embeds()[0]
    assert lab.host("healthy") in embed["title"] and embed["color"] == 0x2ECC71


async def test_triage_log_gets_one_line_per_diagnosis(
    harness: Harness, lab: Lab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each diagnosis posts one line in the triage channel: the domain and the verdict, never
    the address's local part; mentions inert."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    h = harness
    channel = Channel(h.standin.snowflake())
    await h.callback(await h.send(manager_config(h, log_channel=channel)))
    agent = h.standin.user("agent")
    first = await h.send(h.standin.slash("diagnose", {"target": "carol@healthy.lab.test"},
                                         user=agent))  # fmt: skip
    await h.final(first)
    second = await h.send(h.standin.slash("check", check_options(lab, port=143), user=agent))
    await h.final(second)
    posted = await h.standin.wait_for(
        lambda r: r.path == f"/channels/{channel.id}/messages", since=0
    )
    assert posted.payload["allowed_mentions"] == {"parse": []}
    lines = [m["content"] for m in h.standin.channel_messages[channel.id]]
    while len(lines) < 2:  # the second line may still be on its way
        await h.standin.wait_for(lambda r: r.path == f"/channels/{channel.id}/messages",
                                 since=len(h.standin.requests))  # fmt: skip
        lines = [m["content"] for m in h.standin.channel_messages[channel.id]]
    assert "healthy.lab.test" in lines[0] and "carol" not in lines[0]
    assert "/mail check" in lines[1] and "PROBLEM" in lines[1] and f"<@{agent['id']}>" in lines[1]
    assert all("\n" not in line for line in lines)
    assert_clean(h)


async def test_helpdesk_roles_gate_login_tests_and_skip_the_limit(
    make_bot: BotFactory, lab: Lab
) -> None:
    """With a helpdesk role set, a member without it cannot open the login form, a member with
    it can; the helpdesk runs tests past the per-person burst."""
    h = await make_bot(cooldown_seconds=60.0, burst=1)
    role = Role(h.standin.snowflake())
    await h.callback(await h.send(manager_config(h, helpdesk_role=role)))
    flags, text = await reply_text(h, await h.send(h.standin.slash("login")))
    assert flags & EPHEMERAL and "helpdesk" in text
    opened = await h.send(h.standin.slash("login", roles=(role.id,)))
    assert (await h.callback(opened)).payload["type"] == 9
    agent = h.standin.user("agent")
    for scenario in ("healthy", "expired", "selfsigned"):
        payload = h.standin.slash("check", check_options(lab, scenario), user=agent,
                                  roles=(role.id,))  # fmt: skip
        await h.send(payload)
        assert (await h.callback(payload)).payload["type"] == 5  # deferred: not limited
        await h.final(payload)


def test_a_servers_own_limit() -> None:
    """/mail config's burst and cooldown: bounded, cleared with "limits", stored as JSON, and a
    server's own limit counts in buckets of its own (tests elsewhere do not use them up)."""
    from bot.helpdesk import limit_of
    from bot.limits import Allowance, Limit, OnCooldown

    settings = changed_settings(GuildSettings(), burst=10, cooldown=30)
    assert (settings.burst, settings.cooldown_seconds) == (10, 30)
    assert GuildSettings.from_dict(settings.to_dict()) == settings
    assert GuildSettings.from_dict({"burst": 500, "cooldown_seconds": "x"}) == GuildSettings()
    for bad in ({"burst": 0}, {"cooldown": 3601}):
        with pytest.raises(InvalidTarget):
            changed_settings(GuildSettings(), **bad)
    assert changed_settings(settings, clear="limits") == GuildSettings()
    default = Limit(10.0, 1)
    assert limit_of(GuildSettings(), default, 42) == default
    assert limit_of(settings, default, None) == default  # a DM: the bot's own
    own = limit_of(settings, default, 42)
    assert own == Limit(30.0, 10, scope=42)
    now = [0.0]
    allowance = Allowance(10.0, burst=1, clock=lambda: now[0])
    allowance.take(7)  # the default bucket is spent ...
    with pytest.raises(OnCooldown):
        allowance.take(7)
    for _ in range(10):  # ... the server's own holds ten
        allowance.take(7, own)
    with pytest.raises(OnCooldown, match=r"10 tests in a row.*in 30 s"):
        allowance.take(7, own)
    allowance.take(7, limit_of(changed_settings(settings, cooldown=0), default, 42))  # no limit


async def test_a_helpdesk_raises_its_burst_for_triage(make_bot: BotFactory, lab: Lab) -> None:
    """An agent told "easy there" after one test runs five in a row once the server's managers
    set a burst of 5; the config card shows the limit."""
    h = await make_bot(cooldown_seconds=60.0, burst=1)
    agent = h.standin.user("agent")

    async def check(scenario: str) -> int:
        payload = h.standin.slash("check", check_options(lab, scenario), user=agent)
        await h.send(payload)
        reply = (await h.callback(payload)).payload
        if reply["type"] == 5:
            await h.final(payload)
        return int(reply["type"])

    assert await check("healthy") == 5
    assert await check("expired") == 4  # refused at once: the bot's burst of 1
    # (a result already given is free, so each test below asks about a server not yet asked)
    _, text = await reply_text(h, await h.send(manager_config(h, burst=5, cooldown=60)))
    assert "5 in a row" in text and "1 per 60 s" in text
    for scenario in ("expired", "selfsigned", "notls", "notyet", "wrongname"):
        assert await check(scenario) == 5, scenario
    assert await check("unknownca") == 4
