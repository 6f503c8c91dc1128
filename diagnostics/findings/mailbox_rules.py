"""What a working login shows about the account: the mailbox (IMAP, POP3) and sending (SMTP).

Pure rules over the facts the probes record after a login that worked (`facts["mailbox"]`,
probes/imap.py and probes/pop3.py; `facts["sending"]`, probes/smtp.py). Policy lives in the named
constants below.

- Quota (RFC 9208 §5): the fullest resource counts; 100 % is MAILBOX_FULL ("cannot receive"),
  `NEARLY_FULL_PERCENT` or more MAILBOX_NEARLY_FULL.
- Special-use (RFC 6154): without \\Sent, \\Drafts and \\Trash marked, apps guess the folders.
- IDLE (RFC 2177) missing: NO_PUSH (info); IDLE offered but a stated inactivity limit shorter
  than the apps' 29-minute renewal (wire/inactivity.py): NO_PUSH with `inactivity_minutes`.
- POP3 EXPIRE (RFC 2449 §6.7): 0 or at most `SHORT_EXPIRE_DAYS` defeats "leave a copy on the
  server"; LOGIN-DELAY (§6.8) limits how often an app may check.
- SMTP, the send test that sends nothing (MAIL FROM, RCPT TO, RSET; never DATA): a refused sender
  after a working login is SENDER_REFUSED; a refused recipient (the login's own address) is read
  with the reply tables (findings/auth.py `classify_refusal`): a send-as text SENDER_REFUSED, a
  relay text (Postfix's "Relay access denied", Exim's "relay not permitted") RELAY_REFUSED, a
  text about the mailbox or a limit nothing; unknown words by `_SENDER` / `_RELAY` (RFC 3463
  5.1.7/5.1.8, 5.7.1). SIZE (RFC 1870) is SIZE_LIMIT (info).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from typing import Any

from diagnostics.findings.auth import classify_refusal
from diagnostics.findings.codes import Code, severity_of
from diagnostics.model import Endpoint, Finding, ProbeResult

__all__ = ["IDLE_RENEW_S", "NEARLY_FULL_PERCENT", "SHORT_EXPIRE_DAYS", "rule_after_login"]

NEARLY_FULL_PERCENT = 90.0
SHORT_EXPIRE_DAYS = 31  # a month: mail another device has not fetched by then is gone
# RFC 2177 §3: clients re-issue IDLE at least every 29 minutes (RFC 9051 §5.4: servers wait 30).
IDLE_RENEW_S = 29 * 60
SPECIAL_FOLDERS = (("\\Sent", "Sent"), ("\\Drafts", "Drafts"), ("\\Trash", "Trash"))
# A message carries its attachments base64-encoded (RFC 2045 §6.8): 4/3, plus line ends and
# headers; mail apps and providers use about 1.37.
ENCODING_OVERHEAD = 1.37
_RELAY = re.compile(r"\brelay|\b5\.7\.1\b", re.IGNORECASE)
# Postfix checks the sender only at RCPT (smtpd_delay_reject): a refusal there that names the
# sender ("Sender address rejected: not owned by user", RFC 3463 5.1.7/5.1.8) is about send-as.
_SENDER = re.compile(r"\bsender\b|\b5\.1\.[78]\b|not owned", re.IGNORECASE)


def _finding(code: Code, endpoint: Endpoint, **facts: object) -> Finding:
    return Finding(
        code=code,
        severity=severity_of(code),
        endpoint=endpoint,
        facts={k: v for k, v in facts.items() if v is not None},
    )


def size_text(kib: float) -> str:
    """A size in KiB as people read it: "850 KB", "1.5 MB", "2 GB"."""
    for unit, scale in (("GB", 1024 * 1024), ("MB", 1024)):
        if kib >= scale:
            value = round(kib / scale, 1)
            return f"{value:g} {unit}"
    return f"{round(kib):d} KB"


def _imap(ep: Endpoint, box: Mapping[str, Any]) -> Iterator[Finding]:
    quota = [q for q in box.get("quota") or () if q.get("percent") is not None]
    if quota:
        fullest = max(quota, key=lambda q: float(q["percent"]))
        percent = float(fullest["percent"])
        storage = fullest["resource"] == "STORAGE"
        facts: dict[str, object] = {
            "percent": int(percent),
            "resource": fullest["resource"],
            "used_size": size_text(fullest["usage"]) if storage else None,
            "limit_size": size_text(fullest["limit"]) if storage else None,
        }
        if percent >= 100.0:
            yield _finding(Code.MAILBOX_FULL, ep, **facts)
        elif percent >= NEARLY_FULL_PERCENT:
            yield _finding(Code.MAILBOX_NEARLY_FULL, ep, **facts)
    special = box.get("special_use") or {}
    missing = [name for use, name in SPECIAL_FOLDERS if use not in special]
    if missing:
        yield _finding(
            Code.SPECIAL_FOLDERS_MISSING,
            ep,
            missing=", ".join(missing),
            folders=", ".join(box.get("folders") or ()) or None,
        )
    limit = box.get("inactivity_limit_s")
    if box.get("idle") is False:
        yield _finding(Code.NO_PUSH, ep)
    elif box.get("idle") is True and isinstance(limit, int) and 0 < limit < IDLE_RENEW_S:
        # Push is offered, but the stated limit ends an IDLE before the app renews it.
        yield _finding(
            Code.NO_PUSH,
            ep,
            inactivity_minutes=max(1, limit // 60),
            reply=box.get("inactivity_said"),
        )


def _pop3(ep: Endpoint, box: Mapping[str, Any]) -> Iterator[Finding]:
    expire = box.get("expire_days")
    if isinstance(expire, int) and expire <= SHORT_EXPIRE_DAYS:
        when = "once downloaded" if expire == 0 else f"after {expire} days"
        yield _finding(Code.POP3_SERVER_DELETES, ep, expire_days=expire, expire_text=when)
    delay = box.get("login_delay_s")
    if isinstance(delay, int) and delay > 0:
        yield _finding(Code.POP3_LOGIN_DELAY, ep, delay_minutes=math.ceil(delay / 60))


def _rcpt_refusal(reply: str, host: str) -> Code | None:
    """What a refused RCPT TO (to the login's own address) says about sending: the reply tables'
    meaning (a send-as refusal: SENDER_REFUSED; a relay refusal, AUTH_NOT_OFFERED in a paste:
    RELAY_REFUSED after a working login), else the words and codes of `_SENDER` and `_RELAY`."""
    entry = classify_refusal(reply, host=host)
    if entry is not None and entry.code in (Code.SENDER_REFUSED, Code.ACCOUNT_LOCKED):
        return Code.SENDER_REFUSED  # this login may not send (as this sender, or at all)
    if entry is not None and entry.code is Code.AUTH_NOT_OFFERED:
        return Code.RELAY_REFUSED
    if entry is not None and not (entry.generic and entry.code is Code.RECIPIENT_UNKNOWN):
        return None  # the recipient's mailbox, a limit, a blocklist: not this login's sending
    # Nothing, or only X.1.X's generic meaning (RFC 3463 §3.2: address status, the sender's as
    # well as the recipient's, "550 5.1.0 Sender denied"): the words decide.
    if _SENDER.search(reply):
        return Code.SENDER_REFUSED
    if _RELAY.search(reply):
        return Code.RELAY_REFUSED
    return None


def _smtp(ep: Endpoint, sending: Mapping[str, Any]) -> Iterator[Finding]:
    sender = sending.get("sender")
    rcpt_reply = str(sending.get("recipient_reply") or "")
    if sending.get("sender_accepted") is False:
        yield _finding(Code.SENDER_REFUSED, ep, sender=sender, reply=sending.get("sender_reply"))
    elif sending.get("recipient_accepted") is False:
        refusal = _rcpt_refusal(rcpt_reply, ep.host)
        if refusal is Code.SENDER_REFUSED:
            yield _finding(Code.SENDER_REFUSED, ep, sender=sender, reply=rcpt_reply)
        elif refusal is Code.RELAY_REFUSED:
            yield _finding(Code.RELAY_REFUSED, ep, recipient=sender, reply=rcpt_reply)
    size = sending.get("size_limit")
    if isinstance(size, int) and size > 0:
        yield _finding(
            Code.SIZE_LIMIT,
            ep,
            size_mb=round(size / 1_048_576, 1),
            attachment_mb=math.floor(size / ENCODING_OVERHEAD / 1_048_576 * 10) / 10,
        )


def rule_after_login(result: ProbeResult) -> Iterator[Finding]:
    """The findings of what a probe saw after its login worked (nothing otherwise)."""
    ep = result.endpoint
    box = result.facts.get("mailbox")
    if isinstance(box, Mapping):
        if box.get("protocol") == "imap":
            yield from _imap(ep, box)
        elif box.get("protocol") == "pop3":
            yield from _pop3(ep, box)
    sending = result.facts.get("sending")
    if isinstance(sending, Mapping):
        yield from _smtp(ep, sending)
