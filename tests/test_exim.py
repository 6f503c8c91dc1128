"""The send test that sends nothing against Exim 4 (tests/lab/exim.py): a second SMTP
implementation beside Postfix, with its own words, its own AUTH drivers and send-as checked at
MAIL FROM rather than at RCPT TO."""

from __future__ import annotations

from pathlib import Path

from diagnostics import check
from diagnostics.findings.codes import Code
from diagnostics.findings.mailbox_rules import rule_after_login
from diagnostics.model import AuthStatus, Endpoint, Outcome, Protocol, Security
from tests.lab import Lab
from tests.lab.exim import SIZE_LIMIT
from tests.test_after_login import creds
from tests.test_auth import check_options, login
from tests.test_auth import creds as wrong_creds

S = Protocol.SMTP
TLS, STARTTLS = Security.TLS, Security.STARTTLS


def client_lines(transcript: tuple[str, ...] | list[str]) -> list[str]:
    return [line for line in transcript if line.startswith("C: ")]


async def test_exim_greets_as_exim_and_offers_auth_only_after_tls(lab: Lab) -> None:
    """587: Exim's own banner, STARTTLS before AUTH, PLAIN LOGIN CRAM-MD5 after it."""
    result = await login(lab, "exim", S, 587, STARTTLS, creds(lab, "alice@lab.test"))
    assert "ESMTP Exim 4" in (result.banner or "")
    assert result.auth_mechanisms_plain == ()
    assert set(result.auth_mechanisms) == {"PLAIN", "LOGIN", "CRAM-MD5"}
    assert result.outcome is Outcome.AUTH_OK


async def test_exim_send_test_sends_nothing_and_reports_its_size_limit(lab: Lab) -> None:
    """alice on 465: CRAM-MD5 login, MAIL FROM/RCPT TO accepted, RSET, never DATA; SIZE_LIMIT
    from Exim's message_size_limit (10 MiB)."""
    result = await login(lab, "exim", S, 465, TLS, creds(lab, "alice@lab.test"))
    assert result.outcome is Outcome.AUTH_OK
    assert result.auth_attempts[-1].mechanism == "CRAM-MD5"
    sending = result.facts["sending"]
    assert sending["sender_accepted"] is True and sending["recipient_accepted"] is True
    assert sending["size_limit"] == SIZE_LIMIT and sending["smtputf8"] is True
    sent = client_lines(result.transcript)
    assert "C: MAIL FROM:<alice@lab.test> SIZE=1024" in sent and "C: RSET" in sent
    assert not any(line.startswith(("C: DATA", "C: BDAT")) for line in sent)
    found = {f.code: f for f in rule_after_login(result)}
    assert set(found) == {Code.SIZE_LIMIT}
    assert found[Code.SIZE_LIMIT].facts == {"size_mb": 10.0, "attachment_mb": 7.2}


async def test_exim_refuses_the_sender_at_mail_from(lab: Lab) -> None:
    """Exim's MAIL ACL refuses an address the login does not own: SENDER_REFUSED from the MAIL
    reply itself, and no RCPT TO is sent."""
    result = await login(lab, "exim", S, 465, TLS, creds(lab, "noowner@lab.test"))
    assert result.outcome is Outcome.AUTH_OK
    sending = result.facts["sending"]
    assert sending["sender_accepted"] is False and "recipient_accepted" not in sending
    assert not any(line.startswith("C: RCPT") for line in client_lines(result.transcript))
    found = {f.code: f for f in rule_after_login(result)}
    assert found[Code.SENDER_REFUSED].facts["sender"] == "noowner@lab.test"
    assert found[Code.SENDER_REFUSED].facts["reply"].startswith("550 ")
    assert Code.RELAY_REFUSED not in found


async def test_exim_mx_port_refuses_to_relay_after_login(lab: Lab) -> None:
    """Port 25 of Exim relays for nobody, logged in or not: RELAY_REFUSED in Exim's words."""
    endpoint = Endpoint(protocol=S, host=lab.host("exim"), port=25, security=STARTTLS)
    report = await check(endpoint, check_options(lab, creds(lab, "alice@lab.test")))
    found = {f.code: f for f in report.findings}
    assert "550 relay not permitted" in found[Code.RELAY_REFUSED].facts["reply"]
    assert report.exit_code == 1


async def test_exim_wrong_password_is_auth_failed_in_exims_words(lab: Lab) -> None:
    """A wrong password: Exim's "535 Incorrect authentication data" is AUTH_FAILED, and no
    send test follows a refused login."""
    result = await login(lab, "exim", S, 465, TLS, wrong_creds(lab, wrong=True))
    assert result.outcome is Outcome.AUTH_FAILED
    attempt = result.auth_attempts[-1]
    assert attempt.status is AuthStatus.REJECTED and attempt.code == Code.AUTH_FAILED.value
    assert "Incorrect authentication data" in attempt.reply
    assert "sending" not in result.facts


async def test_exim_spool_holds_no_message_after_the_send_tests(lab: Lab) -> None:
    """After send tests on every port, Exim's spool has no message: nothing was accepted."""
    for port, security in ((465, TLS), (587, STARTTLS), (25, STARTTLS)):
        result = await login(lab, "exim", S, port, security, creds(lab, "alice@lab.test"))
        assert result.outcome is Outcome.AUTH_OK and "sending" in result.facts
    spool = Path(lab.lab_dir) / "exim" / "spool"
    assert spool.is_dir()
    queued = [p for p in spool.rglob("*") if p.is_file() and p.parent.name == "input"]
    assert queued == []
    log = (Path(lab.lab_dir) / "exim" / "log" / "mainlog").read_text()
    assert "<=" not in log  # Exim logs each accepted message with "<="
