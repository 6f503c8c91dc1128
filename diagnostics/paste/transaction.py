"""A paste that shows a refused sender before a refused recipient: the sender is the cause.

An SMTP transaction names its sender (MAIL FROM) before any recipient (RCPT TO, RFC 5321
§3.3), and a server that refuses the sender refuses the transaction: what the app then reports
for the recipients ("550 Requested action not taken: mailbox unavailable", "503 need MAIL
command") follows from the first refusal and is no second fault. So when the paste's sender
refusal comes first, it leads; a recipient refused first (the sender accepted) keeps its lead.
"""

from __future__ import annotations

import re

from diagnostics.findings.codes import Code, severity_of
from diagnostics.model import Finding
from diagnostics.paste.dialog import MAX_SCAN, Dialog
from diagnostics.paste.text import fold

__all__ = ["on_sender_first"]

# The command a relay's log or bounce says the reply answered: Postfix's "(in reply to MAIL FROM
# command)", Exim's "SMTP error from remote mail server after MAIL FROM:<...>". A mailbox
# "unavailable" there is the sender's (RFC 5321 §3.3, §4.2.2: 550 to MAIL FROM refuses it).
_AT_MAIL_FROM = re.compile(r"\(in reply to MAIL FROM command\)|\bafter MAIL FROM\b", re.IGNORECASE)
_AT_RCPT_TO = re.compile(r"\(in reply to RCPT TO command\)|\bafter RCPT TO\b", re.IGNORECASE)


def on_sender_first(findings: tuple[Finding, ...], dialog: Dialog) -> tuple[Finding, ...] | None:
    """SENDER_REFUSED first when the recipient's refusal that leads comes after it in the
    paste, or was the answer to MAIL FROM; None otherwise."""
    if not findings or findings[0].code is not Code.RECIPIENT_UNKNOWN:
        return None
    sender = next((f for f in findings if f.code is Code.SENDER_REFUSED), None)
    rest = dialog.rest[:MAX_SCAN]
    if _AT_MAIL_FROM.search(rest) and not _AT_RCPT_TO.search(rest):
        if sender is None:
            code = Code.SENDER_REFUSED
            sender = Finding(code=code, severity=severity_of(code), facts=findings[0].facts)
            return (sender, *findings[1:])
        return (sender, *(f for f in findings if f is not sender))
    if sender is None:
        return None
    at_sender, at_recipient = (_at(rest, f) for f in (sender, findings[0]))
    if at_sender is None or at_recipient is None or at_sender >= at_recipient:
        return None
    return (sender, *(f for f in findings if f is not sender))


def _at(text: str, finding: Finding) -> int | None:
    """Where the words a finding was read from start in the paste."""
    matched = finding.facts.get("matched")
    if not isinstance(matched, str) or not matched:
        return None
    # The lexicon's findings keep their sentence folded ("straße" as "strasse"), the others the
    # paste's own words: both are looked for folded, in the folded paste, so that the offsets
    # compared are in one text.
    at = fold(text).find(fold(matched))
    return at if at >= 0 else None
