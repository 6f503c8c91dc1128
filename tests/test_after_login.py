"""After a login that worked, against the lab's real Dovecot and Postfix: the mailbox (quota,
special-use folders, namespace, push), POP3's facts and the send test that sends nothing; and
that no mailbox is ever changed by a diagnosis."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from diagnostics import check
from diagnostics.findings.codes import Code
from diagnostics.findings.mailbox_rules import rule_after_login
from diagnostics.model import Credentials, Endpoint, Outcome, Protocol, Security
from tests.lab import Lab
from tests.test_auth import check_options, login

I, P, S = Protocol.IMAP, Protocol.POP3, Protocol.SMTP
TLS = Security.TLS


def creds(lab: Lab, user: str) -> Credentials:
    return Credentials(username=user, password=lab.users[user])


async def imap_box(lab: Lab, user: str) -> dict[str, object]:
    result = await login(lab, "healthy", I, 993, TLS, creds(lab, user))
    assert result.outcome is Outcome.AUTH_OK, result.transcript
    box = result.facts["mailbox"]
    assert isinstance(box, dict)
    return box


async def test_imap_mailbox_facts_with_special_use(lab: Lab) -> None:
    """alice: 3 messages, Sent/Drafts/Trash/Junk marked, no prefix, IDLE, read-only EXAMINE."""
    box = await imap_box(lab, "alice@lab.test")
    assert box["messages"] == 3 and box["read_only"] is True
    assert box["special_use"] == {
        "\\Sent": "Sent",
        "\\Drafts": "Drafts",
        "\\Trash": "Trash",
        "\\Junk": "Junk",
    }
    assert box["namespace_prefix"] == "" and box["delimiter"] == "."
    assert box["idle"] is True and box["quota_supported"] is True


async def test_no_special_use_folders_warns(lab: Lab) -> None:
    """A user without folders: SPECIAL_FOLDERS_MISSING names Sent, Drafts and Trash."""
    result = await login(lab, "healthy", I, 993, TLS, creds(lab, "nofolders@lab.test"))
    codes = {f.code: f for f in rule_after_login(result)}
    assert codes[Code.SPECIAL_FOLDERS_MISSING].facts["missing"] == "Sent, Drafts, Trash"
    assert Code.MAILBOX_FULL not in codes and Code.MAILBOX_NEARLY_FULL not in codes


@pytest.mark.parametrize(
    ("user", "code", "percent"),
    [
        ("full@lab.test", Code.MAILBOX_FULL, 100),
        ("nearly@lab.test", Code.MAILBOX_NEARLY_FULL, 95),
    ],
)
async def test_quota_findings(lab: Lab, user: str, code: Code, percent: int) -> None:
    """Dovecot's quota (RFC 9208 GETQUOTAROOT): 100 % is full, 95 % nearly full."""
    endpoint = Endpoint(protocol=I, host=lab.host("healthy"), port=993, security=TLS)
    report = await check(endpoint, check_options(lab, creds(lab, user)))
    found = {f.code: f for f in report.findings}
    assert found[code].facts["percent"] == percent
    other = Code.MAILBOX_NEARLY_FULL if code is Code.MAILBOX_FULL else Code.MAILBOX_FULL
    assert other not in found
    assert report.exit_code == 1


async def test_alice_has_no_mailbox_findings(lab: Lab) -> None:
    """A healthy mailbox (quota far from full, folders marked, IDLE) gives no finding."""
    result = await login(lab, "healthy", I, 993, TLS, creds(lab, "alice@lab.test"))
    assert list(rule_after_login(result)) == []


async def test_no_mailbox_facts_without_a_working_login(lab: Lab) -> None:
    """A refused login runs nothing after it."""
    wrong = Credentials(username="alice@lab.test", password="not-it-4Tq")
    result = await login(lab, "healthy", I, 993, TLS, wrong)
    assert result.outcome is Outcome.AUTH_FAILED
    assert "mailbox" not in result.facts
    assert not any("EXAMINE" in line for line in result.transcript)


def snapshot(home: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """Every message of a Maildir, all folders: (folder, unique name) -> (SHA-256, flags).

    Keyed by the Maildir unique name (before ":2,"), not by new/ or cur/: Dovecot's POP3 moves
    a new message to cur/ at any login (a mail app's too), which changes neither the message nor
    its flags. Dovecot's own index and cache files (dovecot.*) are its bookkeeping, not mail.
    """
    messages: dict[tuple[str, str], tuple[str, str]] = {}
    for path in sorted(home.rglob("*")):
        if path.is_file() and path.parent.name in ("cur", "new", "tmp"):
            unique, _, flags = path.name.partition(":2,")
            folder = str(path.parent.parent.relative_to(home))
            messages[(folder, unique)] = (hashlib.sha256(path.read_bytes()).hexdigest(), flags)
    folders = {(str(p.relative_to(home)), "") for p in home.glob(".*") if p.is_dir()}
    return messages | {key: ("folder", "") for key in folders}


async def test_a_diagnosis_with_login_changes_no_mailbox(lab: Lab) -> None:
    """IMAP, POP3 and SMTP checks with a login leave every message of alice (content, flags:
    nothing seen, nothing deleted) and every folder as it was, a fresh unseen one included."""
    home = Path(lab.lab_dir) / "mail" / "alice@lab.test"
    fresh = home / "new" / "1800000000.M1P1.lab-unchanged"
    fresh.write_bytes(b"From: x@lab.test\r\nSubject: unseen\r\n\r\nhello\r\n")
    fresh.chmod(0o666)
    before = snapshot(home)
    credentials = creds(lab, "alice@lab.test")
    for protocol, port in ((I, 993), (P, 995), (S, 465)):
        endpoint = Endpoint(protocol=protocol, host=lab.host("healthy"), port=port, security=TLS)
        report = await check(endpoint, check_options(lab, credentials))
        assert report.probes[0].outcome is Outcome.AUTH_OK
    assert snapshot(home) == before


async def test_pop3_facts_from_dovecot(lab: Lab) -> None:
    """Dovecot POP3 after login: STAT's count and size, UIDL, no EXPIRE or LOGIN-DELAY."""
    result = await login(lab, "healthy", P, 995, TLS, creds(lab, "alice@lab.test"))
    assert result.outcome is Outcome.AUTH_OK
    box = result.facts["mailbox"]
    assert box["messages"] >= 3 and box["size"] >= 3 * 1024
    assert box["uidl"] is True
    assert box["expire_days"] is None and box["login_delay_s"] is None
    assert list(rule_after_login(result)) == []
    assert not any(c in line for line in result.transcript for c in ("RETR", "DELE", "TOP "))


async def test_pop3_expire_zero_and_login_delay(lab: Lab) -> None:
    """EXPIRE 0 is POP3_SERVER_DELETES (w), LOGIN-DELAY 900 is POP3_LOGIN_DELAY of 15 min (i)."""
    result = await login(lab, "pop3policy", P, 995, TLS, creds(lab, "alice@lab.test"))
    assert result.outcome is Outcome.AUTH_OK, result.transcript
    found = {f.code: f for f in rule_after_login(result)}
    assert found[Code.POP3_SERVER_DELETES].facts["expire_days"] == 0
    assert found[Code.POP3_LOGIN_DELAY].facts["delay_minutes"] == 15
    assert result.facts["mailbox"]["messages"] == 2


async def test_send_test_sends_nothing_and_reports_the_size_limit(lab: Lab) -> None:
    """alice may send as herself: MAIL FROM with SIZE, RCPT TO, RSET, never DATA; SIZE_LIMIT."""
    result = await login(lab, "healthy", S, 465, TLS, creds(lab, "alice@lab.test"))
    assert result.outcome is Outcome.AUTH_OK
    sending = result.facts["sending"]
    assert sending["sender_accepted"] is True and sending["recipient_accepted"] is True
    assert sending["size_limit"] == 26214400 and sending["smtputf8"] is True
    sent = [line for line in result.transcript if line.startswith("C: ")]
    assert "C: MAIL FROM:<alice@lab.test> SIZE=1024" in sent
    assert "C: RCPT TO:<alice@lab.test>" in sent and "C: RSET" in sent
    assert not any(line.startswith("C: DATA") or line.startswith("C: BDAT") for line in sent)
    found = {f.code: f for f in rule_after_login(result)}
    assert set(found) == {Code.SIZE_LIMIT}
    assert found[Code.SIZE_LIMIT].facts == {"size_mb": 25.0, "attachment_mb": 18.2}


async def test_sender_not_owned_by_the_login_is_refused(lab: Lab) -> None:
    """Postfix reject_sender_login_mismatch: SENDER_REFUSED with the server's words."""
    result = await login(lab, "healthy", S, 465, TLS, creds(lab, "noowner@lab.test"))
    found = {f.code: f for f in rule_after_login(result)}
    assert found[Code.SENDER_REFUSED].facts["sender"] == "noowner@lab.test"
    assert "not owned" in found[Code.SENDER_REFUSED].facts["reply"]
    assert Code.RELAY_REFUSED not in found


async def test_relay_refused_after_login(lab: Lab) -> None:
    """A Postfix that relays for nobody: RELAY_REFUSED after a working CRAM-MD5 login."""
    endpoint = Endpoint(protocol=S, host=lab.host("cram"), port=465, security=TLS)
    report = await check(endpoint, check_options(lab, creds(lab, "alice@lab.test")))
    found = {f.code: f for f in report.findings}
    assert "Relay access denied" in found[Code.RELAY_REFUSED].facts["reply"]
    assert report.exit_code == 1


async def test_json_has_mailbox_and_sending_blocks(lab: Lab) -> None:
    """A login check's JSON carries `mailbox` (IMAP) or `sending` (SMTP) blocks, not duplicated
    in the probe's facts; without a login neither appears."""
    imap = Endpoint(protocol=I, host=lab.host("healthy"), port=993, security=TLS)
    data = (await check(imap, check_options(lab, creds(lab, "nearly@lab.test")))).to_dict()
    assert data["mailbox"]["endpoint"]["port"] == 993
    assert data["mailbox"]["quota"][0]["percent"] == 95.0
    assert data["mailbox"]["special_use"] == {}
    assert "mailbox" in data["probes"][0] and "mailbox" not in data["probes"][0]["facts"]
    assert "sending" not in data
    smtp = Endpoint(protocol=S, host=lab.host("healthy"), port=465, security=TLS)
    data = (await check(smtp, check_options(lab, creds(lab, "alice@lab.test")))).to_dict()
    assert data["sending"]["sender_accepted"] is True and data["sending"]["data_sent"] is False
    assert "mailbox" not in data
    options = check_options(lab, creds(lab, "alice@lab.test")).without_login()
    data = (await check(imap, options)).to_dict()
    assert "mailbox" not in data and "sending" not in data


async def test_inbox_prefix_namespace(lab: Lab) -> None:
    """A Dovecot laid out like Courier: NAMESPACE gives "INBOX.", folders sit below it."""
    result = await login(lab, "scram1", I, 993, TLS, creds(lab, "alice@lab.test"))
    assert result.outcome is Outcome.AUTH_OK, result.transcript
    box = result.facts["mailbox"]
    assert box["namespace_prefix"] == "INBOX." and box["delimiter"] == "."
    assert box["special_use"]["\\Sent"] == "INBOX.Sent"
