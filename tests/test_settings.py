"""The person's own settings in `check`: the slow server, the username, the settings block."""

from __future__ import annotations

from diagnostics import Options, check
from diagnostics.findings import catalog
from diagnostics.findings.rules import SLOW_GREETING_MS
from diagnostics.model import Credentials, Endpoint, Protocol, Security, Verdict
from diagnostics.report import render_markdown, render_text
from tests.lab import Lab


def options(lab: Lab, credentials: Credentials | None = None) -> Options:
    return Options(
        dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=12.0, credentials=credentials
    )


async def test_slow_server_warns_with_a_longer_timeout(lab: Lab) -> None:
    """The lab's `slow` host greets after 1.5 s: SLOW_SERVER, a warning, fix: a longer timeout."""
    user = Endpoint(protocol=Protocol.IMAP, host=lab.host("slow"), port=143, security=Security.NONE)
    report = await check(user, options(lab))
    slow = next(f for f in report.findings if f.code == "SLOW_SERVER")
    assert slow.endpoint == user
    assert slow.facts["greeting_ms"] >= SLOW_GREETING_MS
    assert slow.severity.value == "warning"
    described = catalog.describe(slow)
    assert "timeout" in described.fix.lower()
    assert "1.5" in described.title or "1.6" in described.title or "seconds" in described.title
    assert report.verdict is Verdict.PROBLEMS


async def test_fast_server_is_not_slow(lab: Lab) -> None:
    """The healthy host greets at once: no SLOW_SERVER."""
    user = Endpoint(
        protocol=Protocol.IMAP, host=lab.host("healthy"), port=993, security=Security.TLS
    )
    report = await check(user, options(lab))
    assert "SLOW_SERVER" not in [f.code for f in report.findings]


async def test_settings_block_names_the_changed_fields(lab: Lab) -> None:
    """SSL/TLS on 587: the block shows the best working port, what was typed, the apps' words."""
    user = Endpoint(
        protocol=Protocol.SMTP,
        host=lab.host("healthy"),
        port=587,
        security=Security.TLS,
        username="alice@lab.test",
    )
    report = await check(user, options(lab))
    assert report.findings[0].code == "TLS_ON_PLAIN_PORT"
    text = render_text(report)
    block = text[text.index("Settings that work") :].split("\n")
    assert "    Port: 465  (you typed 587)" in block
    assert "    Security: SSL/TLS" in block  # unchanged: no "you typed"
    assert any("Outlook: Encryption method SSL/TLS" in line for line in block)
    assert all(len(line) <= 80 for line in text.split("\n"))
    md = "\n".join(render_markdown(report))
    assert "Port: **465** _(you typed 587)_" in md


async def test_settings_block_carries_the_username_that_worked(lab: Lab) -> None:
    """`alice` failed, `alice@lab.test` worked: the settings block says the full address."""
    credentials = Credentials(username="alice", password=lab.users["alice@lab.test"])
    user = Endpoint(
        protocol=Protocol.IMAP,
        host=lab.host("healthy"),
        port=993,
        security=Security.TLS,
        username="alice",
    )
    report = await check(user, options(lab, credentials))
    assert report.findings[0].code == "AUTH_USERNAME_FORMAT"
    assert report.recommended.incoming[0].username == "alice@lab.test"
    text = render_text(report)
    assert "    Username: alice@lab.test  (you typed alice)" in text.split("\n")
    assert report.summary.startswith("Your IMAP settings connect, but try your full email")
    assert "Use port" not in report.summary  # the port and security were right


async def test_provider_rules_are_said_before_any_login(lab: Lab) -> None:
    """imap.gmail.com typed: Google's known rules come as PROVIDER_NOTE (info), no login tried."""
    user = Endpoint(protocol=Protocol.IMAP, host="imap.gmail.com", port=993, security=Security.TLS)
    report = await check(user, options(lab))  # the lab's DNS: nothing leaves this machine
    notes = [f for f in report.findings if f.code == "PROVIDER_NOTE"]
    assert notes and all(f.severity.value == "info" for f in notes)
    assert "Google" in notes[0].facts["provider"]
    assert any("app password" in str(f.facts["note"]) for f in notes)
    assert report.findings.index(notes[0]) > 0  # after the error that the lab's DNS gives
