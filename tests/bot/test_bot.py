"""The real discord.py client, end to end, against the loopback stand-in and the real lab."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.config import Config
from bot.logs import configure_logging
from diagnostics.model import Endpoint, Finding, Protocol, Report, Security, Severity, Verdict
from diagnostics.runner import check as real_check
from tests.bot.conftest import BotFactory, Harness, lab_config, library
from tests.bot.standin import Recorded, custom_ids
from tests.lab import Lab

EPHEMERAL = 64
PASSWORD_FIELD = "Password or app password"


def check_options(lab: Lab, scenario: str = "healthy", port: int = 993, security: str = "tls",
                  protocol: str = "imap") -> dict[str, Any]:  # fmt: skip
    return {"protocol": protocol, "host": lab.host(scenario), "port": port, "security": security}


def message_payloads(h: Harness) -> list[dict[str, Any]]:
    out = []
    for rec in h.standin.requests:
        data = rec.message_data()
        if data and rec.method in ("POST", "PATCH") and ("embeds" in data or "content" in data):
            out.append(data)
    return out


def assert_clean(h: Harness) -> None:
    """Nothing Discord would reject, and mentions disabled on every message the bot sent."""
    assert h.standin.violations == []
    for data in message_payloads(h):
        assert data.get("allowed_mentions") == {"parse": []}, data


async def test_check_defers_edits_and_replies(harness: Harness, lab: Lab) -> None:
    """/mail check: deferral at once, progress edits, a green final embed with three buttons."""
    h = harness
    payload = await h.send(h.standin.slash("check", check_options(lab)))
    deferral = await h.callback(payload)
    assert deferral.payload == {"type": 5}  # public "thinking…"
    assert deferral.at - h.standin.dispatched_at[payload["id"]] < 0.25
    final = await h.final(payload)
    embed = final.embeds()[0]
    assert embed["color"] == 0x2ECC71
    assert embed["description"].startswith("✅ **OK**")
    assert lab.host("healthy") in embed["title"]
    assert set(custom_ids(h.original(payload))) == {"Details", "Run again", "Test login"}
    edits = [r for r in h.standin.for_token(payload["token"]) if r.method == "PATCH"]
    progress = [r for r in edits if r.embeds()[0]["title"].startswith("⏳")]
    assert progress, "no progress edit before the result"
    for rec in progress:  # one line in plain words
        line = rec.embeds()[0]["description"]
        assert line.startswith("Checked ") and "\n" not in line and "None" not in line, line
    assert edits[-1] is final
    assert_clean(h)


async def test_check_problem_leads_with_fix(harness: Harness, lab: Lab) -> None:
    """SSL/TLS on port 143: a red embed whose description gives the fix first, naming the
    setting the card shows, with what the person typed beside it; each fact said once."""
    h = harness
    payload = await h.send(h.standin.slash("check", check_options(lab, port=143)))
    embed = (await h.final(payload)).embeds()[0]
    assert embed["color"] == 0xE74C3C
    first, *rest = embed["description"].split("\n")
    assert first.startswith("❌ **PROBLEM**") and "port 993 with SSL/TLS" in first
    assert any(line.startswith("**Fix:**") and "port to 993" in line for line in rest)
    # The root's title is in the verdict line: not repeated under it.
    assert sum("does not speak SSL/TLS" in line for line in embed["description"].split("\n")) == 1
    card = next(f for f in embed["fields"] if f["name"].startswith("Incoming server (IMAP)"))
    assert "Port: **993** _(you typed 143)_" in card["value"]
    assert not any(f["name"] == "Also found" for f in embed["fields"])
    assert_clean(h)


async def test_refused_private_target(make_bot: BotFactory, lab: Lab) -> None:
    """Without lab mode a host on a loopback address is refused with a clear reply, no probe."""
    h = await make_bot(allow_private=False)
    payload = await h.send(h.standin.slash("check", check_options(lab)))
    final = await h.final(payload)
    text = final.embeds()[0]["description"]
    assert text.startswith("I can't test that:") and "loopback" in text
    assert "--allow-private" not in text
    assert not final.payload.get("components")
    assert_clean(h)


async def test_cooldown(make_bot: BotFactory, lab: Lab) -> None:
    """Past the burst, the same person asking again at once gets a friendly ephemeral wait."""
    h = await make_bot(cooldown_seconds=60.0, burst=1)
    person = h.standin.user("impatient")
    first = await h.send(h.standin.slash("check", check_options(lab), user=person))
    await h.final(first)
    second = await h.send(h.standin.slash("check", check_options(lab, port=143), user=person))
    reply = await h.callback(second)
    assert reply.payload["type"] == 4
    data = reply.payload["data"]
    assert data["flags"] & EPHEMERAL
    assert "another in" in data["embeds"][0]["description"]
    assert h.diagnoser.runs.started == 1


async def test_helpdesk_triage_several_tests_in_a_row(
    make_bot: BotFactory, lab: Lab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An agent triaging a queue runs five tests in a row on different servers, none refused;
    a sixth new one waits; a result already cached costs nothing and is still answered."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    h = await make_bot(cooldown_seconds=10.0, burst=5)
    agent = h.standin.user("agent")
    queue = [
        h.standin.slash("diagnose", {"target": "alice@healthy.lab.test"}, user=agent),
        h.standin.slash("check", check_options(lab), user=agent),
        h.standin.slash("check", check_options(lab, "expired"), user=agent),
        h.standin.slash("check", check_options(lab, port=143), user=agent),
        h.standin.slash("check", check_options(lab, "notls", 143, "starttls"), user=agent),
    ]
    for payload in queue:
        await h.send(payload)
        assert (await h.callback(payload)).payload["type"] == 5  # deferred: it runs
        embed = (await h.final(payload)).embeds()[0]
        assert "Easy there" not in embed.get("description", ""), embed
    assert h.diagnoser.runs.started == 5
    sixth = await h.send(h.standin.slash("check", check_options(lab, "selfsigned"), user=agent))
    refused = (await h.callback(sixth)).payload
    assert refused["type"] == 4
    assert "5 tests in a row" in refused["data"]["embeds"][0]["description"]
    again = await h.send(h.standin.slash("check", check_options(lab), user=agent))
    assert (await h.callback(again)).payload["type"] == 5  # cached: not counted, not refused
    assert (await h.final(again)).embeds()[0]["color"] == 0x2ECC71
    assert h.diagnoser.runs.started == 5


async def test_cache_ten_people_one_diagnosis(harness: Harness, lab: Lab) -> None:
    """Ten people asking about one target at once share one run; a later one hits the cache."""
    h = harness
    payloads = [h.standin.slash("check", check_options(lab, "expired")) for _ in range(10)]
    for payload in payloads:
        await h.send(payload)
    finals = [await h.final(p) for p in payloads]
    late = await h.send(h.standin.slash("check", check_options(lab, "expired")))
    finals.append(await h.final(late))
    assert h.diagnoser.runs.started == 1
    descriptions = {f.embeds()[0]["description"] for f in finals}
    assert len(descriptions) == 1 and "PROBLEM" in descriptions.pop()
    assert_clean(h)


async def test_concurrency_cap_per_guild(make_bot: BotFactory, lab: Lab) -> None:
    """Over the per-guild cap, a new diagnosis is refused politely while the first one runs."""
    release = asyncio.Event()

    async def slow_check(endpoint: Endpoint, options: Any = None, *, on_progress: Any = None
                         ) -> Report:  # fmt: skip
        await release.wait()
        return await real_check(endpoint, options, on_progress=on_progress)

    h = await make_bot(library=library(check=slow_check), max_per_guild=1)
    first = await h.send(h.standin.slash("check", check_options(lab)))
    await h.callback(first)
    second = await h.send(h.standin.slash("check", check_options(lab, "expired")))
    busy = await h.final(second)
    assert "already has 1 test running" in busy.embeds()[0]["description"]
    release.set()
    assert (await h.final(first)).embeds()[0]["color"] == 0x2ECC71


async def test_error_inside_command(make_bot: BotFactory, lab: Lab,
                                    caplog: pytest.LogCaptureFixture) -> None:  # fmt: skip
    """A bug inside a command: a short apology with an error id, and the traceback in the log."""

    async def broken(endpoint: Endpoint, options: Any = None, *, on_progress: Any = None
                     ) -> Report:  # fmt: skip
        raise RuntimeError("boom in the library")

    h = await make_bot(library=library(check=broken))
    caplog.set_level(logging.INFO)
    payload = await h.send(h.standin.slash("check", check_options(lab)))
    text = (await h.final(payload)).embeds()[0]["description"]
    assert text.startswith("Sorry, something went wrong")
    error_id = text.rsplit("`", 2)[-2]
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert any(error_id in r.getMessage() and r.exc_info for r in errors)
    assert "boom in the library" not in text
    line = next(r.getMessage() for r in caplog.records if r.name == "bot.interaction")
    assert "outcome=error" in line and f"error_id={error_id}" in line


def huge_report(lab: Lab) -> Report:
    endpoint = Endpoint(
        protocol=Protocol.IMAP, host=lab.host("healthy"), port=993, security=Security.TLS
    )
    reply = "@everyone <@123> " + "x" * 3000
    findings = tuple(
        Finding(code=code, severity=Severity.ERROR, endpoint=endpoint, facts={"reply": reply})
        for code in ["AUTH_FAILED", "PORT_CLOSED", "CERT_EXPIRED", "NO_GREETING"] * 10
    )
    return Report(target=endpoint.host, kind="check", duration_ms=1234, summary="s" * 5000,
                  verdict=Verdict.PROBLEMS, findings=findings, user_endpoint=endpoint)  # fmt: skip


async def test_embed_that_would_exceed_limits(make_bot: BotFactory, lab: Lab) -> None:
    """A report far over Discord's limits still goes out as one valid embed; mentions inert."""
    report = huge_report(lab)

    async def enormous(endpoint: Endpoint, options: Any = None, *, on_progress: Any = None
                       ) -> Report:  # fmt: skip
        return report

    h = await make_bot(library=library(check=enormous))
    payload = await h.send(h.standin.slash("check", check_options(lab)))
    final = await h.final(payload)
    embed = final.embeds()[0]
    assert embed["color"] == 0xE74C3C and "Also found" in json.dumps(embed)
    assert "@everyone" not in json.dumps(embed)
    assert_clean(h)  # the stand-in rejects what Discord would


async def test_login_modal_never_sends_the_password(
    make_bot: BotFactory, lab: Lab, caplog: pytest.LogCaptureFixture
) -> None:
    """/mail login: a modal, an ephemeral result, and the password in no request nor log line."""
    root = logging.getLogger()
    saved = (root.level, {n: logging.getLogger(n).level for n in ("discord", "bot")})
    configure_logging("DEBUG", handler=logging.NullHandler())
    caplog.set_level(logging.DEBUG)
    try:
        h = await make_bot()
        address, password = "alice@lab.test", lab.users["alice@lab.test"]
        opened = await h.send(h.standin.slash("login"))
        modal = (await h.callback(opened)).payload
        assert modal["type"] == 9
        values = {
            "Email address (or username)": address,
            PASSWORD_FIELD: password,
            "Server (empty: find it from the address)": lab.host("healthy"),
            "Port and security (empty: 993 SSL/TLS)": "993",
        }
        submit = await h.send(h.standin.modal_submit(modal["data"], values))
        deferral = await h.callback(submit)
        assert deferral.payload == {"type": 5, "data": {"flags": EPHEMERAL}}
        embed = (await h.final(submit)).embeds()[0]
        assert embed["color"] == 0x2ECC71, embed
        message = h.original(submit)
        details = await h.send(h.standin.button(message["id"], custom_ids(message)["Details"]))
        assert (await h.callback(details)).files  # the full report, login transcript included
        assert logging.getLogger("discord.gateway").getEffectiveLevel() >= logging.INFO
    finally:
        root.setLevel(saved[0])
        for name, level in saved[1].items():
            logging.getLogger(name).setLevel(level)
    secret = password.encode()
    assert all(secret not in rec.raw for rec in h.standin.requests)
    assert all(secret not in json.dumps(m).encode() for m in h.standin.messages.values())
    assert password not in caplog.text
    assert "login" in caplog.text  # the interaction line is there, without the secret


async def test_wrong_password_is_explained_privately(harness: Harness, lab: Lab) -> None:
    """A rejected login: an ephemeral red answer naming the login as the problem."""
    h = harness
    opened = await h.send(h.standin.slash("login"))
    modal = (await h.callback(opened)).payload["data"]
    values = {"Email address (or username)": "alice@lab.test", PASSWORD_FIELD: "wrong-password",
              "Server (empty: find it from the address)": lab.host("healthy")}  # fmt: skip
    submit = await h.send(h.standin.modal_submit(modal, values))
    assert (await h.callback(submit)).payload["data"]["flags"] & EPHEMERAL
    embed = (await h.final(submit)).embeds()[0]
    assert embed["color"] == 0xE74C3C
    assert b"wrong-password" not in b"".join(r.raw for r in h.standin.requests)


async def test_details_button_sends_the_report_file(harness: Harness, lab: Lab) -> None:
    """Details: an ephemeral reply with the whole report attached as a Markdown file whose
    lines are not hard-wrapped (a phone reflows them), with the dialogue in code blocks."""
    h = harness
    payload = await h.send(h.standin.slash("check", check_options(lab, "expired")))
    await h.final(payload)
    message = h.original(payload)
    click = await h.send(h.standin.button(message["id"], custom_ids(message)["Details"]))
    reply = await h.callback(click)
    assert reply.payload["data"]["flags"] & EPHEMERAL
    ((name, data),) = reply.files.values()
    assert name.endswith(".md") and lab.host("expired").encode() in data
    assert b"```text" in data and b"C: " in data
    paragraph = max(data.decode().split("\n"), key=len)
    assert len(paragraph) > 100  # an explanation on one line, not cut at 80 columns


async def test_run_again_and_test_login_buttons(harness: Harness, lab: Lab) -> None:
    """Run again runs a fresh diagnosis in a new reply; Test login opens a pre-filled modal."""
    h = harness
    payload = await h.send(h.standin.slash("check", check_options(lab)))
    await h.final(payload)
    message = h.original(payload)
    again = await h.send(h.standin.button(message["id"], custom_ids(message)["Run again"]))
    assert (await h.callback(again)).payload == {"type": 5}
    assert (await h.final(again)).embeds()[0]["color"] == 0x2ECC71
    assert h.diagnoser.runs.started == 2
    login = await h.send(h.standin.button(message["id"], custom_ids(message)["Test login"]))
    modal = (await h.callback(login)).payload
    assert modal["type"] == 9
    inputs = {c["label"]: c for row in modal["data"]["components"]
              for c in row.get("components") or [row.get("component")]}  # fmt: skip
    assert inputs["Server (empty: find it from the address)"]["value"] == lab.host("healthy")
    assert inputs["Port and security (empty: 993 SSL/TLS)"]["value"] == "993 SSL/TLS"
    assert "value" not in inputs[PASSWORD_FIELD]


async def test_view_times_out_cleanly(make_bot: BotFactory, lab: Lab) -> None:
    """When the view times out, the buttons are removed from the reply."""
    h = await make_bot(view_timeout=0.5)
    payload = await h.send(h.standin.slash("check", check_options(lab)))
    final = await h.final(payload)
    path = final.path

    def cleared(rec: Recorded) -> bool:
        return rec.path == path and rec is not final and rec.payload.get("components") == []

    await h.standin.wait_for(cleared)


async def test_context_menu_check_and_post(harness: Harness, lab: Lab) -> None:
    """The message menu reads settings out of a message, answers the agent privately, can post."""
    h = harness
    text = f"Hi, my iPhone can't get mail from {lab.host('healthy')}, port 143, SSL. Help!"
    payload = await h.send(h.standin.message_command(text))
    assert (await h.callback(payload)).payload == {"type": 5, "data": {"flags": EPHEMERAL}}
    embed = (await h.final(payload)).embeds()[0]
    assert "port 143" in embed["title"] and embed["color"] == 0xE74C3C
    message = h.original(payload)
    post = await h.send(h.standin.button(message["id"], custom_ids(message)["Post in channel"]))
    public = await h.callback(post)
    data = public.payload["data"]
    assert public.payload["type"] == 4 and not data.get("flags", 0) & EPHEMERAL
    assert data["embeds"][0]["description"] == embed["description"]
    assert_clean(h)


async def test_help(harness: Harness) -> None:
    """/mail help: a short ephemeral guide in Components V2, inside the limits."""
    h = harness
    payload = await h.send(h.standin.slash("help"))
    reply = await h.callback(payload)
    data = reply.payload["data"]
    assert data["flags"] & EPHEMERAL and data["flags"] & 1 << 15  # Components V2
    assert not data.get("embeds") and not data.get("content")
    text = json.dumps(data["components"], ensure_ascii=False)
    assert "STARTTLS" in text
    assert "long-press a message → Apps" in text and "right-click" in text  # phone, then desktop
    assert_clean(h)


async def test_host_autocomplete(harness: Harness) -> None:
    """The host option suggests known providers' servers."""
    h = harness
    payload = await h.send(h.standin.autocomplete("check", {"protocol": "imap", "host": "gmail"},
                                                  "host"))  # fmt: skip
    reply = await h.callback(payload)
    assert reply.payload["type"] == 8
    values = [c["value"] for c in reply.payload["data"]["choices"]]
    assert "imap.gmail.com" in values


async def test_diagnose(harness: Harness, lab: Lab, monkeypatch: pytest.MonkeyPatch) -> None:
    """/mail diagnose: discovery and probes against the lab, then a result with its buttons."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)  # the lab's, not the internet's
    h = harness
    payload = await h.send(h.standin.slash("diagnose", {"target": "alice@healthy.lab.test"}))
    assert (await h.callback(payload)).payload == {"type": 5}
    embed = (await h.final(payload)).embeds()[0]
    assert embed["title"] == lab.host("healthy")
    assert "Details" in custom_ids(h.original(payload))
    assert_clean(h)


async def test_settings(harness: Harness, lab: Lab, monkeypatch: pytest.MonkeyPatch) -> None:
    """/mail settings: the settings card, one field per server, with the username the
    provider's published settings (here the lab ISPDB) give for the address."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    h = harness
    payload = await h.send(h.standin.slash("settings", {"address": "alice@listed.lab.test"}))
    embed = (await h.final(payload)).embeds()[0]
    assert embed["title"].startswith("Mail settings for")
    incoming = next(f for f in embed["fields"] if f["name"].startswith("Incoming server"))
    assert "Username: **alice@listed.lab.test**" in incoming["value"]
    assert_clean(h)


async def test_explain(harness: Harness) -> None:
    """/mail explain text: cause and fix at once, no network; without text it opens a form."""
    h = harness
    text = "-ERR [AUTH] Authentication failed."
    payload = await h.send(h.standin.slash("explain", {"text": text}))
    reply = await h.callback(payload)
    assert reply.payload["type"] == 4
    assert reply.payload["data"]["embeds"][0]["description"]
    opened = await h.send(h.standin.slash("explain"))
    modal = (await h.callback(opened)).payload
    assert modal["type"] == 9
    submit = await h.send(h.standin.modal_submit(
        modal["data"], {"The error message, exactly as shown": text}))  # fmt: skip
    assert (await h.callback(submit)).payload["type"] == 4
    assert_clean(h)


async def test_commands_synced_to_dev_guild_only(make_bot: BotFactory, lab: Lab) -> None:
    """DISCORD_GUILD_ID syncs the commands to that guild at start, never globally."""
    h = await make_bot(guild_id=4242)
    puts = [r for r in h.standin.requests if r.method == "PUT"]
    assert [r.path for r in puts] == [f"/applications/{h.standin.app_id}/guilds/4242/commands"]
    names = {c["name"] for c in puts[0].payload}
    assert names == {"mail", "Diagnose email problem"}


async def test_no_sync_at_plain_start(harness: Harness) -> None:
    """A plain start syncs nothing (commands are synced on request)."""
    assert not [r for r in harness.standin.requests if r.method == "PUT"]


async def test_sync_subcommand(make_bot: BotFactory, lab: Lab) -> None:
    """`python -m bot sync` logs in over HTTP and syncs the commands globally, once."""
    from bot.__main__ import sync_only

    h = await make_bot()
    assert await sync_only(lab_config(lab), None) == 0
    puts = [r for r in h.standin.requests if r.method == "PUT"]
    assert [r.path for r in puts] == [f"/applications/{h.standin.app_id}/commands"]
    mail = next(c for c in puts[0].payload if c["name"] == "mail")
    subs = {o["name"] for o in mail["options"]}
    assert subs == {"diagnose", "check", "login", "explain", "settings", "config", "help"}
    check = next(o for o in mail["options"] if o["name"] == "check")
    assert all(o["name"] != "password" for o in check["options"])


async def test_sharding_from_environment(make_bot: BotFactory, lab: Lab) -> None:
    """MAILMEDIC_SHARD_IDS/COUNT: the process identifies as its shard, in its slot, unasked."""
    config = Config.load(
        {"DISCORD_TOKEN": "x", "MAILMEDIC_SHARD_IDS": "1", "MAILMEDIC_SHARD_COUNT": "3"},
        dotenv=None,
    )
    loop = asyncio.get_running_loop()
    started = loop.time()
    h = await make_bot(
        shard_ids=config.shard_ids,
        shard_count=config.shard_count,
        client={"identify_interval": 0.3},
    )
    assert [i["shard"] for i in h.standin.identifies] == [[1, 3]]
    assert loop.time() - started >= 0.3  # shard 1 identifies in its own slot
    assert not [r for r in h.standin.requests if r.path == "/gateway/bot"]


def test_sync_without_token_explains(tmp_path: Path) -> None:
    """`python -m bot sync` without DISCORD_TOKEN says how to get one and exits non-zero (the
    plain `python -m bot` runs in console mode instead: tests/bot/test_console.py)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "MAILMEDIC_"))}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    proc = subprocess.run([sys.executable, "-m", "bot", "sync"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert proc.returncode != 0
    assert "DISCORD_TOKEN" in proc.stderr and "Reset Token" in proc.stderr
    assert "applications.commands" in proc.stderr


async def test_context_menu_explains_an_error_text(harness: Harness) -> None:
    """The message menu on a pasted error explains it privately, with a Post button."""
    h = harness
    payload = await h.send(
        h.standin.message_command("Outlook says: 535 5.7.8 Error: authentication failed")
    )
    reply = await h.callback(payload)
    data = reply.payload["data"]
    assert reply.payload["type"] == 4 and data["flags"] & EPHEMERAL
    assert data["embeds"][0]["title"] == "Error message explained"
    labels = {c["label"] for row in data["components"] for c in row["components"]}
    assert labels == {"Details", "Post in channel"}
    assert_clean(h)


async def test_context_menu_diagnoses_an_address(
    harness: Harness, lab: Lab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The message menu on a message naming an address runs a diagnosis for the agent."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    h = harness
    payload = await h.send(h.standin.message_command("hi, bob@healthy.lab.test here"))
    assert (await h.callback(payload)).payload == {"type": 5, "data": {"flags": EPHEMERAL}}
    assert (await h.final(payload)).embeds()[0]["title"] == lab.host("healthy")


async def test_progress_edits_are_throttled(make_bot: BotFactory, lab: Lab) -> None:
    """With a long edit interval, one progress edit goes out and then only the result."""
    h = await make_bot(edit_interval=60.0)
    payload = await h.send(h.standin.slash("check", check_options(lab, "notls", 143, "starttls")))
    final = await h.final(payload)
    edits = [r for r in h.standin.for_token(payload["token"]) if r.method == "PATCH"]
    assert len(edits) == 2 and edits[-1] is final


async def test_login_without_server_discovers_it(
    harness: Harness, lab: Lab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The login modal with only address and password finds the servers, then logs in."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    h = harness
    opened = await h.send(h.standin.slash("login"))
    modal = (await h.callback(opened)).payload["data"]
    password = "not-the-password-42"
    values = {"Email address (or username)": "alice@healthy.lab.test", PASSWORD_FIELD: password}
    submit = await h.send(h.standin.modal_submit(modal, values))
    assert (await h.callback(submit)).payload == {"type": 5, "data": {"flags": EPHEMERAL}}
    embed = (await h.final(submit)).embeds()[0]
    assert embed["title"] == lab.host("healthy")
    assert password.encode() not in b"".join(r.raw for r in h.standin.requests)


async def test_explained_dialog_offers_to_test_its_settings(harness: Harness, lab: Lab) -> None:
    """/mail explain on an Outlook dialog: a "Test these settings" button checks them."""
    h = harness
    host = lab.host("healthy")
    text = (
        "Your server has unexpectedly terminated the connection. Account: 'a', "
        f"Server: '{host}', Protocol: POP3, Server Response: '+OK', Port: 995, "
        "Secure(SSL): Yes, Error Number: 0x800CCC0F"
    )
    payload = await h.send(h.standin.slash("explain", {"text": text}))
    reply = await h.callback(payload)
    assert reply.payload["type"] == 4
    message = h.original(payload)
    ids = custom_ids(message)
    assert "Test these settings" in ids and "Test login" not in ids
    click = await h.send(h.standin.button(message["id"], ids["Test these settings"]))
    assert (await h.callback(click)).payload["type"] == 5
    embed = (await h.final(click)).embeds()[0]
    assert host in embed["title"] and embed["color"] == 0x2ECC71, embed
    assert h.diagnoser.runs.started == 1
    assert_clean(h)


async def test_explained_text_without_settings_has_no_test_button(harness: Harness) -> None:
    """A paste naming no server gets no "Test these settings" button."""
    h = harness
    payload = await h.send(h.standin.slash("explain", {"text": "Authentication failed"}))
    await h.callback(payload)
    assert "Test these settings" not in custom_ids(h.original(payload))


async def test_unknown_paste_points_to_the_slash_command(harness: Harness) -> None:
    """A paste nobody knows: the advice names `/mail check`, never the command line."""
    h = harness
    payload = await h.send(h.standin.slash("explain", {"text": "the frobnicator is sad today"}))
    description = (await h.callback(payload)).payload["data"]["embeds"][0]["description"]
    assert "/mail check" in description and "mailmedic check" not in description
