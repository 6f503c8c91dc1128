"""Pure tier: the after-login parsers (wire/imap_mailbox.py, probes' fact builders) and the
mailbox rules on literal transcripts and facts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from diagnostics.findings.codes import Code
from diagnostics.findings.mailbox_rules import rule_after_login, size_text
from diagnostics.model import Endpoint, Outcome, ProbeResult, Protocol, Security, Stage
from diagnostics.probes.imap import mailbox_facts
from diagnostics.probes.pop3 import expire_days
from diagnostics.wire.imap_mailbox import parse_exists, parse_list, parse_namespace, parse_quota
from diagnostics.wire.inactivity import parse_inactivity_limit

EP = Endpoint(protocol=Protocol.IMAP, host="mail.example.com", port=993, security=Security.TLS)


def result(**facts: object) -> ProbeResult:
    return ProbeResult(
        endpoint=EP, outcome=Outcome.AUTH_OK, stage=Stage.DONE, elapsed_ms=1, facts=facts
    )


def test_list_lines() -> None:
    """LIST: attributes, quoted or NIL delimiter, quoted names with escapes; literals skipped."""
    sent = parse_list(r'* LIST (\HasNoChildren \Sent) "." "Sent Items"')
    assert sent is not None and sent.name == "Sent Items" and sent.special_use == ("\\Sent",)
    inbox = parse_list(r"* LIST (\HasChildren) NIL INBOX")
    assert inbox is not None and inbox.delimiter is None and inbox.special_use == ()
    quoted = parse_list(r'* LIST () "/" "a \"b\""')
    assert quoted is not None and quoted.name == 'a "b"'
    assert parse_list(r'* LIST () "/" {5}') is None
    assert parse_list("* OK nothing") is None


def test_namespace_prefix() -> None:
    """NAMESPACE: Courier's and Cyrus's "INBOX." prefix, Dovecot's empty one; garbage is None."""
    assert parse_namespace('* NAMESPACE (("INBOX." ".")) NIL NIL') == ("INBOX.", ".")
    assert parse_namespace('* NAMESPACE (("" "/")) NIL (("#shared/" "/"))') == ("", "/")
    assert parse_namespace("* NAMESPACE NIL NIL NIL") is None
    assert parse_namespace("* LIST () NIL x") is None


def test_quota_lines() -> None:
    """QUOTA: every resource triple; a limit of 0 has no percentage; junk gives ()."""
    storage, messages = parse_quota('* QUOTA "" (STORAGE 900 1000 MESSAGE 0 0)')
    assert storage.percent == 90.0 and messages.percent is None
    assert parse_quota("* QUOTA x (STORAGE a b)") == ()
    assert parse_quota("* QUOTAROOT INBOX x") == ()
    assert parse_exists("* 12 EXISTS") == 12 and parse_exists("* 12 RECENT") is None


def test_mailbox_facts_from_replies() -> None:
    """The after-login replies of a Courier-like server become the mailbox facts."""
    facts = mailbox_facts(
        [
            "* CAPABILITY IMAP4rev1 NAMESPACE QUOTA",
            '* NAMESPACE (("INBOX." ".")) NIL NIL',
            r'* LIST (\HasNoChildren) "." "INBOX.Sent"',
            r'* LIST (\HasNoChildren \Trash) "." "INBOX.Trash"',
            '* QUOTA "ROOT" (STORAGE 512 1024)',
            "* 4 EXISTS",
        ],
        {"EXAMINE INBOX": "OK [READ-ONLY] done"},
    )
    assert facts["namespace_prefix"] == "INBOX." and facts["messages"] == 4
    assert facts["special_use"] == {"\\Trash": "INBOX.Trash"}
    assert facts["idle"] is False and facts["read_only"] is True
    codes = {f.code for f in rule_after_login(result(mailbox=facts))}
    assert codes == {Code.SPECIAL_FOLDERS_MISSING, Code.NO_PUSH}


def test_quota_thresholds() -> None:
    """89.9 % is nothing, 90 % nearly full, 100 % full; the fullest resource counts."""

    def codes(*percents: float) -> set[Code]:
        quota = [{"resource": "STORAGE", "usage": p, "limit": 100, "percent": p} for p in percents]
        box = {"protocol": "imap", "quota": quota, "special_use": {
            "\\Sent": "S", "\\Drafts": "D", "\\Trash": "T"}, "idle": True}  # fmt: skip
        return {f.code for f in rule_after_login(result(mailbox=box))}

    assert codes(89.9) == set()
    assert codes(90.0) == {Code.MAILBOX_NEARLY_FULL}
    assert codes(50.0, 100.0) == {Code.MAILBOX_FULL}


def test_pop3_expire_and_delay() -> None:
    """EXPIRE 0 / 31 warn, 90 and NEVER do not; LOGIN-DELAY rounds up to minutes."""
    assert (
        expire_days(("0",)) == 0 and expire_days(("NEVER",)) is None and expire_days(None) is None
    )

    def codes(expire: int | None, delay: int | None) -> set[Code]:
        box = {"protocol": "pop3", "expire_days": expire, "login_delay_s": delay}
        return {f.code for f in rule_after_login(result(mailbox=box))}

    assert codes(0, None) == {Code.POP3_SERVER_DELETES}
    assert codes(31, None) == {Code.POP3_SERVER_DELETES}
    assert codes(90, 61) == {Code.POP3_LOGIN_DELAY}


def test_smtp_refusals() -> None:
    """A refused MAIL FROM or a sender refusal at RCPT is SENDER_REFUSED; a relay one
    RELAY_REFUSED; any other RCPT refusal is only a fact."""

    def codes(**sending: object) -> set[Code]:
        return {f.code for f in rule_after_login(result(sending={"sender": "a@b.c", **sending}))}

    assert codes(sender_accepted=False, sender_reply="553 5.7.1 no") == {Code.SENDER_REFUSED}
    refused = {"sender_accepted": True, "recipient_accepted": False}
    sender = "550 5.7.1 Sender address rejected"
    assert codes(**refused, recipient_reply=sender) == {Code.SENDER_REFUSED}
    relay = "554 5.7.1 <a@b.c>: Relay access denied"
    assert codes(**refused, recipient_reply=relay) == {Code.RELAY_REFUSED}
    assert codes(**refused, recipient_reply="452 4.2.2 Mailbox full") == set()


def test_size_text() -> None:
    """Quota sizes as people read them."""
    assert size_text(10) == "10 KB" and size_text(1536) == "1.5 MB"
    assert size_text(2 * 1024 * 1024) == "2 GB"


@given(st.text(max_size=300))
def test_after_login_parsers_never_raise(line: str) -> None:
    """Hostile lines: every parser and the fact builder return a value, never raise."""
    parse_list(line)
    parse_namespace(line)
    parse_quota(line)
    parse_exists(line)
    limit = parse_inactivity_limit([line])
    assert limit is None or 0 < limit.seconds <= 7 * 24 * 3600
    facts = mailbox_facts([line, "* " + line], {"EXAMINE INBOX": line}, said_before=[line])
    list(rule_after_login(result(mailbox=facts)))
