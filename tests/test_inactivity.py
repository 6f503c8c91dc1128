"""The inactivity limit a server states in words (diagnostics/wire/inactivity.py): parsed from
greetings and OK lines, reported in the mailbox block, and — shorter than the 29 minutes after
which mail apps renew IDLE — a NO_PUSH that explains push dropping; against a real Dovecot whose
login_greeting states 10 minutes."""

from __future__ import annotations

import pytest

from diagnostics import check
from diagnostics.findings.catalog import describe
from diagnostics.findings.codes import Code
from diagnostics.findings.mailbox_rules import rule_after_login
from diagnostics.model import Endpoint, Outcome, ProbeResult, Protocol, Security, Stage
from diagnostics.wire.inactivity import parse_inactivity_limit
from tests.lab import Lab
from tests.test_after_login import creds
from tests.test_auth import check_options, login

I, P = Protocol.IMAP, Protocol.POP3
TLS = Security.TLS


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("* OK [CAPABILITY IMAP4rev1 IDLE] Idle connections are closed after 10 minutes.", 600),
        ("+OK POP3 ready, autologout 15 min", 900),
        ("* OK [ALERT] Sessions end after 30 minutes of inactivity", 1800),
        ("* OK inactivity timeout: 300 s", 300),
        ("* OK idle limit 2 hours", 7200),
    ],
)
def test_stated_limits_are_read(text: str, seconds: int) -> None:
    """Each way of stating a limit gives its length in seconds and keeps the words."""
    limit = parse_inactivity_limit([text])
    assert limit is not None and limit.seconds == seconds and limit.said == text


@pytest.mark.parametrize(
    "text",
    [
        "* OK [CAPABILITY IMAP4rev1 SASL-IR IDLE] Dovecot (Debian) ready.",
        "* BYE Autologout; idle for too long",  # UW IMAP: said at the end, no length
        "* OK idle 5 messages waiting",
        "* OK 10 minutes ago",
    ],
)
def test_texts_without_a_limit(text: str) -> None:
    """No number with a time unit near an inactivity word: no limit."""
    assert parse_inactivity_limit([text]) is None


def _imap_result(box: dict[str, object]) -> ProbeResult:
    ep = Endpoint(protocol=I, host="mail.example.com", port=993, security=TLS)
    return ProbeResult(
        endpoint=ep, outcome=Outcome.AUTH_OK, stage=Stage.DONE, elapsed_ms=1, facts={"mailbox": box}
    )


def test_push_drops_only_below_the_apps_renewal() -> None:
    """IDLE with a stated 10 minutes: NO_PUSH with inactivity_minutes; 30 minutes: nothing."""
    special = {"\\Sent": "Sent", "\\Drafts": "Drafts", "\\Trash": "Trash"}
    short = {
        "protocol": "imap",
        "special_use": special,
        "idle": True,
        "inactivity_limit_s": 600,
        "inactivity_said": "x",
    }
    found = list(rule_after_login(_imap_result(short)))
    assert [(f.code, f.facts.get("inactivity_minutes")) for f in found] == [(Code.NO_PUSH, 10)]
    long = {**short, "inactivity_limit_s": 1800}
    assert list(rule_after_login(_imap_result(long))) == []
    none = {**short, "idle": False}
    assert [f.facts for f in rule_after_login(_imap_result(none))] == [{}]


async def test_a_dovecot_greeting_with_10_minutes_drops_push(lab: Lab) -> None:
    """IMAP: the greeting's 10 minutes reach the JSON mailbox block and a NO_PUSH that says
    push may drop, quoting the server."""
    endpoint = Endpoint(protocol=I, host=lab.host("shortidle"), port=993, security=TLS)
    report = await check(endpoint, check_options(lab, creds(lab, "alice@lab.test")))
    data = report.to_dict()
    assert data["mailbox"]["inactivity_limit_s"] == 600
    assert "closed after 10 minutes" in data["mailbox"]["inactivity_said"]
    finding = next(f for f in report.findings if f.code is Code.NO_PUSH)
    assert finding.facts["inactivity_minutes"] == 10
    described = describe(finding)
    assert "push may drop" in described.title and "10 minutes" in described.title
    assert "closed after 10 minutes" in described.explanation
    assert report.exit_code == 0  # info: the account works


async def test_pop3_states_the_limit_as_a_fact_only(lab: Lab) -> None:
    """POP3 on the same Dovecot: the limit is in the mailbox facts; no push, no finding."""
    result = await login(lab, "shortidle", P, 995, TLS, creds(lab, "alice@lab.test"))
    assert result.facts["mailbox"]["inactivity_limit_s"] == 600
    assert Code.NO_PUSH not in {f.code for f in rule_after_login(result)}


async def test_a_server_that_states_nothing_has_no_limit(lab: Lab) -> None:
    """The healthy Dovecot states no limit: None in the block, no push finding."""
    result = await login(lab, "healthy", I, 993, TLS, creds(lab, "alice@lab.test"))
    assert result.facts["mailbox"]["inactivity_limit_s"] is None
    assert Code.NO_PUSH not in {f.code for f in rule_after_login(result)}
