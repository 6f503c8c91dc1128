"""The verdict sentence of a report, from the answer (diagnostics/answer.py): prose, like
catalog.py, kept beside it.

"Working settings for example.com: IMAP imap.example.com port 993 with SSL/TLS, SMTP
smtp.example.com port 465 with SSL/TLS." / "Your settings fail: port 143 does not speak SSL/TLS.
Use port 993 with SSL/TLS." The setting a sentence names is always the answer's choice, the one
the settings card shows (design.md: the verdict line names the port and security the card shows).
Short enough for a phone's notification where it can be: the finding's title without facts is
used when the sentence would be too long.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diagnostics.findings.catalog import (
    SUMMARY_CHARS,
    describe,
    endpoint_phrase,
    summarize_check,
    summarize_unknown,
)
from diagnostics.findings.codes import VANTAGE, Code
from diagnostics.model import (
    Direction,
    Endpoint,
    Finding,
    Login,
    ProbeResult,
    Severity,
    Verdict,
)

if TYPE_CHECKING:
    from diagnostics.answer import Answer


def _lower_first(title: str) -> str:
    word = title.split(" ", 1)[0]
    if word[:1].isupper() and (len(word) == 1 or word[1:].islower()):
        return title[0].lower() + title[1:]
    return title


def _use(chosen: list[Endpoint]) -> str:
    return ", ".join(endpoint_phrase(e) for e in chosen)


def _unknown_reason(answer: Answer) -> str:
    """Why we could not tell, from the vantage finding that says so."""
    ours = next((f for f in answer.findings if f.code in VANTAGE), None)
    if ours is not None:
        return describe(ours).title
    if any(c.login is Login.NO_ANSWER for c in answer.choices):
        return "the server did not answer the login"
    if any(c.login is Login.NOT_TESTED for c in answer.choices):
        return "the login could not be tested"
    return "the tests did not finish in time"


def summarize_check_answer(user: Endpoint, answer: Answer, mine: ProbeResult) -> str:
    """The verdict of `check`, naming the answer's choice for the typed direction."""
    if answer.verdict is Verdict.UNKNOWN:
        return summarize_unknown(_unknown_reason(answer))
    choice = answer.choice(Direction(user.protocol.direction))
    top = next((f for f in answer.findings if f.severity is not Severity.INFO), None)
    alternative = None if choice is None else choice.endpoint
    if choice is not None and choice.endpoint.username != user.username:
        # The summary compares settings; the username change is on the card.
        alternative = Endpoint(
            protocol=choice.endpoint.protocol,
            host=choice.endpoint.host,
            port=choice.endpoint.port,
            security=choice.endpoint.security,
            username=user.username,
        )
    text = summarize_check(user=user, user_works=mine.works, top=top, alternative=alternative)
    if choice is None and not mine.works:
        text += f" No other setting of {user.host} works for {user.protocol.value.upper()}."
    elif choice is not None and choice.login is Login.VERIFIED and top is None:
        what = "token" if choice.credential == "token" else "password"
        text = text.rstrip(".") + f", and so does your {what}."
    return text


def summarize_diagnose_answer(domain: str, answer: Answer) -> str:
    """The verdict of `diagnose`, naming the answer's choices (the settings the card shows)."""
    if answer.verdict is Verdict.UNKNOWN:
        return summarize_unknown(_unknown_reason(answer))
    use = _use([c.endpoint for c in answer.choices])
    top = next((f for f in answer.findings if f.severity is not Severity.INFO), None)
    if top is None:
        if use:
            return f"Working settings for {domain}: {use}."
        return f"No working mail settings found for {domain}."
    tail = f" Working: {use}." if use else " No setting that works was found."
    if top.code == Code.INSECURE_PLAINTEXT and use:
        tail = f" Works only without encryption: {use}."
    bare = Finding(code=top.code, severity=top.severity)
    lead = "Problems found" if top.severity is Severity.ERROR else "A warning"
    candidates = [
        f"{lead} for {domain}: {_lower_first(describe(f).title)}.{tail}" for f in (top, bare)
    ]
    candidates.append(f"{lead} for {domain}: {_lower_first(describe(bare).title)}.")
    return next((c for c in candidates if len(c) <= SUMMARY_CHARS * 2), candidates[-1])
