"""The bot's pure parts: configuration, limits, message reading, embeds within Discord's limits."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from pathlib import Path

import discord
import pytest

from bot.config import Config, ConfigError, read_dotenv
from bot.extract import extract
from bot.layouts import HelpLayout
from bot.limits import Allowance, Busy, Gate, OnCooldown, SharedRuns
from bot.logs import configure_logging, log_interaction
from bot.progress import progress_line
from bot.render import embed_size, fit_embed, progress_embed, result_embed
from bot.worker import ProcessWorker, WorkerDied
from diagnostics.i18n import messages
from diagnostics.model import (
    Endpoint,
    Finding,
    Outcome,
    ProbeResult,
    Protocol,
    Report,
    Security,
    Severity,
    Stage,
    Verdict,
)
from diagnostics.policy import InvalidTarget
from diagnostics.runner import Options
from diagnostics.sweep import ProbeFinished
from tests.bot.standin import limit_violations
from tests.lab import Lab


def test_env_overrides_dotenv(tmp_path: Path) -> None:
    """The environment wins over .env; empty values count as unset; quotes are stripped."""
    dotenv = tmp_path / ".env"
    dotenv.write_text(
        "# comment\nDISCORD_TOKEN='from-file'\nDISCORD_GUILD_ID=\nexport MAILMEDIC_TIMEOUT=30\n"
    )
    config = Config.load({"MAILMEDIC_TIMEOUT": "12"}, dotenv=dotenv)
    assert config.token == "from-file" and config.guild_id is None and config.timeout == 12
    assert read_dotenv(tmp_path / "missing") == {}


def test_example_env_file_loads() -> None:
    """.env.example as shipped is a valid configuration (without a token)."""
    example = Path(__file__).resolve().parents[2] / ".env.example"
    config = Config.load({}, dotenv=example)
    assert config.token is None and config.cooldown_seconds == 10 and config.max_per_guild == 3


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"MAILMEDIC_SHARD_IDS": "0,1"}, "needs MAILMEDIC_SHARD_COUNT"),
        ({"MAILMEDIC_SHARD_IDS": "4", "MAILMEDIC_SHARD_COUNT": "2"}, "outside 0-1"),
        ({"MAILMEDIC_TIMEOUT": "soon"}, "not a number"),
        ({"MAILMEDIC_ALLOW_PRIVATE": "maybe"}, "true or false"),
        ({"MAILMEDIC_LOG_LEVEL": "LOUD"}, "MAILMEDIC_LOG_LEVEL"),
        ({"MAILMEDIC_VIEW_TIMEOUT": "3600"}, "15 minutes"),
    ],
)
def test_bad_configuration_names_the_key(env: dict[str, str], message: str) -> None:
    """A value that cannot be used is refused with the key's name."""
    with pytest.raises(ConfigError, match=message):
        Config.load(env, dotenv=None)


def test_allowance_and_gate() -> None:
    """A burst per person, then one per window; caps per guild and overall; slots come back."""
    now = [100.0]
    allowance = Allowance(10, burst=3, clock=lambda: now[0])
    for _ in range(3):
        allowance.take(1)
    with pytest.raises(OnCooldown, match=r"3 tests in a row.*in 10 s"):
        allowance.take(1)
    allowance.take(2)  # another person has a bucket of their own
    now[0] += 4
    with pytest.raises(OnCooldown, match="in 6 s"):
        allowance.take(1)
    now[0] += 6
    allowance.take(1)  # one token refilled
    with pytest.raises(OnCooldown):
        allowance.take(1)
    now[0] += 1000
    assert allowance.tokens(1) == 3  # the bucket never holds more than the burst
    gate = Gate(max_total=2, max_per_guild=1)
    release = gate.admit(7)
    with pytest.raises(Busy, match="already has 1 test running"):
        gate.admit(7)
    gate.admit(8)
    with pytest.raises(Busy, match="as many tests as I can"):
        gate.admit(9)
    release()
    release()  # twice is harmless
    assert gate.running == 1


async def test_shared_runs_join_cache_and_expire() -> None:
    """Concurrent identical requests share one run; the result is reused until it expires."""
    now = [0.0]
    runs: SharedRuns[str] = SharedRuns(ttl=60, clock=lambda: now[0])
    gate = asyncio.Event()

    async def work(progress: object) -> str:
        await gate.wait()
        return "report"

    first = asyncio.ensure_future(runs.run("k", work))
    second = asyncio.ensure_future(runs.run("k", work))
    await asyncio.sleep(0)
    gate.set()
    assert await first == ("report", "ran") and await second == ("report", "joined")
    assert await runs.run("k", work) == ("report", "cached")
    now[0] = 61
    assert (await runs.run("k", work))[1] == "ran"
    assert runs.started == 2


@pytest.mark.parametrize(
    ("text", "kind", "what"),
    [
        ("my phone says imap.example.com 143 SSL fails", "check", "imap.example.com"),
        ("smtp.example.org port 465", "check", "smtp.example.org"),
        ("-ERR [AUTH] Authentication failed.", "explain", None),
        ("can someone check jane@example.com please", "diagnose", "jane@example.com"),
        ("mail for example.net stopped", "diagnose", "example.net"),
        ("hello", "explain", None),
    ],
)
def test_extract_reads_support_messages(text: str, kind: str, what: str | None) -> None:
    """The context menu finds settings, an error text, an address or a domain."""
    found = extract(text)
    assert found is not None and found.kind == kind
    if kind == "check":
        assert found.endpoint is not None and found.endpoint.host == what
    elif kind == "diagnose":
        assert found.target == what
    assert extract("   ") is None


def test_settings_read_from_message() -> None:
    """Port and words give protocol and security; the port alone implies them."""
    found = extract("imap.example.com 143 SSL")
    assert found is not None and found.endpoint is not None
    assert found.endpoint.protocol is Protocol.IMAP and found.endpoint.security is Security.TLS
    plain = extract("server mail.example.com:587")
    assert plain is not None and plain.endpoint is not None
    assert plain.endpoint.protocol is Protocol.SMTP
    assert plain.endpoint.security is Security.STARTTLS


def test_embed_that_would_exceed_limits_is_cut() -> None:
    """A report far over every limit renders to an embed Discord accepts, mentions broken."""
    endpoint = Endpoint(
        protocol=Protocol.IMAP,
        host="mail.example.com",
        port=993,
        security=Security.TLS,
        username="@everyone " * 50,
    )
    findings = tuple(
        Finding(
            code=code,
            severity=Severity.ERROR,
            endpoint=endpoint,
            facts={"reply": "<@&1> " + "z" * 5000},
        )
        for code in ("AUTH_FAILED", "CERT_EXPIRED", "PORT_CLOSED") * 20
    )
    report = Report(
        target="x" * 500,
        kind="check",
        duration_ms=5,
        summary="@here " * 2000,
        verdict=Verdict.PROBLEMS,
        findings=findings,
        user_endpoint=endpoint,
    )
    embed = result_embed(report)
    assert embed_size(embed) <= 6000
    assert limit_violations({"embeds": [embed.to_dict()]}) == []
    assert "@here" not in (embed.description or "")
    raw = discord.Embed(title="t" * 300, description="d" * 5000)
    for index in range(30):
        raw.add_field(name=f"n{index}", value="v" * 2000)
    assert limit_violations({"embeds": [fit_embed(raw).to_dict()]}) == []
    help_message = {"flags": 1 << 15, "components": HelpLayout().to_components()}
    assert limit_violations(help_message) == []
    assert limit_violations({**help_message, "embeds": [raw.to_dict()]}) != []  # V2: no embeds


def test_discord_loggers_never_debug(caplog: pytest.LogCaptureFixture) -> None:
    """MAILMEDIC_LOG_LEVEL=DEBUG leaves discord.py's loggers at INFO; the line is one line."""
    saved = {n: logging.getLogger(n).level for n in ("", "bot", "diagnostics", "discord")}
    try:
        configure_logging("DEBUG", handler=logging.NullHandler())
        assert logging.getLogger("bot").getEffectiveLevel() == logging.DEBUG
        assert logging.getLogger("discord.gateway").getEffectiveLevel() == logging.INFO
        caplog.set_level(logging.INFO, logger="bot.interaction")
        log_interaction(command="check", target="a b", outcome="ok", error_id=None)
        assert (
            caplog.records[-1].getMessage() == 'interaction command=check target="a b" outcome=ok'
        )
    finally:
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)


async def test_worker_process_runs_reports_and_survives_a_crash(lab: Lab) -> None:
    """Diagnoses run in the child process; if it dies, jobs fail and the next one respawns it."""
    worker = ProcessWorker()
    options = Options(dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=10)
    healthy = Endpoint(
        protocol=Protocol.IMAP, host=lab.host("healthy"), port=993, security=Security.TLS
    )
    filtered = Endpoint(
        protocol=Protocol.IMAP, host=lab.host("filtered"), port=993, security=Security.TLS
    )
    try:
        events: list[ProbeFinished] = []
        report = await worker.run("check", healthy, options, on_progress=events.append)
        assert report.verdict is Verdict.HEALTHY and events and events[-1].done == events[-1].total
        with pytest.raises(InvalidTarget):
            await worker.run("check", healthy, Options(dns=lab.dns, timeout=5))
        slow = asyncio.ensure_future(worker.run("check", filtered, options))
        first = asyncio.Event()
        probe = asyncio.ensure_future(
            worker.run("check", healthy, options, on_progress=lambda e: first.set())
        )
        await first.wait()  # the child is up and working
        assert worker._process is not None
        worker._process.kill()
        with pytest.raises(WorkerDied):
            await slow
        await asyncio.gather(probe, return_exceptions=True)
        again = await worker.run("check", healthy, options)
        assert again.verdict is Verdict.HEALTHY
    finally:
        worker.close()


def _finished(endpoint: Endpoint, outcome: Outcome, done: int, total: int = 11) -> ProbeFinished:
    result = ProbeResult(endpoint=endpoint, outcome=outcome, stage=Stage.CONNECT, elapsed_ms=5)
    return ProbeFinished(result=result, done=done, total=total)


def test_progress_is_one_plain_line() -> None:
    """Progress: one sentence with the count and the latest named check; port 25 never named,
    no outcome code, no "None"; every outcome has its words."""
    assert all(messages().has(f"ui.progress.outcome.{o.value}") for o in Outcome)
    imap = Endpoint(
        protocol=Protocol.IMAP, host="imap.example.org", port=993, security=Security.TLS
    )
    relay = Endpoint(protocol=Protocol.SMTP, host="imap.example.org", port=25,
                     security=Security.NONE)  # fmt: skip
    events = [_finished(imap, Outcome.TIMEOUT, 6), _finished(relay, Outcome.REFUSED, 7)]
    assert progress_line(events) == "Checked 7 of 11 — IMAP 993 SSL/TLS is not answering"
    assert progress_line([events[1]]) == "Checked 7 of 11"
    assert progress_line([]) == "Starting…"
    plain = dataclasses.replace(imap, port=143, security=Security.NONE, host="mail.example.org")
    line = progress_line([*events, _finished(plain, Outcome.TLS_ON_PLAIN_PORT, 8)])
    assert line.endswith("IMAP 143 without encryption on mail.example.org does not speak SSL/TLS"
                         " on this port")  # fmt: skip
    for outcome in Outcome:
        line = progress_line([_finished(plain, outcome, 1)])
        assert "None" not in line and "_" not in line and "\n" not in line  # no code
    embed = progress_embed("example.org", events)
    assert embed.description is not None and "\n" not in embed.description


def test_result_says_each_fact_once() -> None:
    """The same warning about both directions is not listed again under "Also found", and the
    endpoint line under the verdict is left out when it is the embed's title."""
    imap = Endpoint(protocol=Protocol.IMAP, host="plain.example.org", port=143,
                    security=Security.NONE)  # fmt: skip
    smtp = dataclasses.replace(imap, protocol=Protocol.SMTP, port=587)
    findings = tuple(
        Finding(code="INSECURE_PLAINTEXT", severity=Severity.WARNING, endpoint=e, facts={})
        for e in (imap, smtp)
    )
    report = Report(target=imap.host, kind="check", duration_ms=5, summary="Works, unencrypted.",
                    verdict=Verdict.PROBLEMS, findings=findings, user_endpoint=imap)  # fmt: skip
    embed = result_embed(report)
    assert not any(f.name == "Also found" for f in embed.fields)
    assert embed.title and embed.description
    assert f"-# {embed.title}" not in embed.description.split("\n")
