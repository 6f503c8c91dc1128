"""The verdict sentence of a report, from the answer (diagnostics/answer.py), in the reader's
language (the sentences are the catalog's `verdict.*` messages).

"Working settings for example.com: IMAP imap.example.com port 993 with SSL/TLS, SMTP
smtp.example.com port 465 with SSL/TLS." / "Your settings fail: port 143 does not speak SSL/TLS.
Use port 993 with SSL/TLS." The setting a sentence names is always the answer's choice, the one
the settings card shows (design.md: the verdict line names the port and security the card shows).
Short enough for a phone's notification where it can be: the finding's title without facts is
used when the sentence would be too long.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from diagnostics.findings.catalog import (
    SUMMARY_CHARS,
    Lang,
    describe,
    endpoint_phrase,
    lower_first,
    summarize_check,
    summarize_unknown,
)
from diagnostics.findings.codes import VANTAGE, Code
from diagnostics.findings.fill import join_list
from diagnostics.i18n import DEFAULT, Messages, messages, sentences
from diagnostics.model import (
    Choice,
    Direction,
    Endpoint,
    Finding,
    Login,
    ProbeResult,
    Severity,
    Verdict,
)


class Answered(Protocol):
    """What a verdict is said from: diagnostics.answer.Answer, or a finished Report's copy of it
    (diagnostics/translate.py says a report's verdict again in another language)."""

    @property
    def verdict(self) -> Verdict: ...

    @property
    def findings(self) -> Sequence[Finding]: ...

    @property
    def choices(self) -> Sequence[Choice]: ...

    def choice(self, direction: Direction) -> Choice | None: ...


def _m(lang: Lang) -> Messages:
    return lang if isinstance(lang, Messages) else messages(lang)


def _use(chosen: list[Endpoint], m: Messages) -> str:
    return join_list([endpoint_phrase(e, m) for e in chosen], m, last="word.list.comma")


def _unknown_reason(answer: Answered, m: Messages) -> str:
    """Why we could not tell, from the vantage finding that says so."""
    ours = next((f for f in answer.findings if f.code in VANTAGE), None)
    if ours is not None:
        return describe(ours, m).title
    if any(c.login is Login.NO_ANSWER for c in answer.choices):
        return m.text("verdict.unknown.no_login_answer")
    if any(c.login is Login.NOT_TESTED for c in answer.choices):
        return m.text("verdict.unknown.login_not_tested")
    return m.text("verdict.unknown.timeout")


def summarize_check_answer(
    user: Endpoint, answer: Answered, mine: ProbeResult, lang: Lang = DEFAULT
) -> str:
    """The verdict of `check`, naming the answer's choice for the typed direction."""
    m = _m(lang)
    if answer.verdict is Verdict.UNKNOWN:
        return summarize_unknown(_unknown_reason(answer, m), m)
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
    text = summarize_check(
        user=user, user_works=mine.works, top=top, alternative=alternative, lang=m
    )
    if choice is None and not mine.works:
        other = m.text("verdict.check.no_other").format(
            host=user.host, protocol=user.protocol.value.upper()
        )
        text = sentences(m, text, other)
    elif choice is not None and choice.login is Login.VERIFIED and top is None:
        what = "token" if choice.credential == "token" else "password"
        text = m.text(f"verdict.check.and_{what}").format(sentence=text.rstrip(".。"))
    return text


def summarize_diagnose_answer(domain: str, answer: Answered, lang: Lang = DEFAULT) -> str:
    """The verdict of `diagnose`, naming the answer's choices (the settings the card shows)."""
    m = _m(lang)
    if answer.verdict is Verdict.UNKNOWN:
        return summarize_unknown(_unknown_reason(answer, m), m)
    use = _use([c.endpoint for c in answer.choices], m)
    top = next((f for f in answer.findings if f.severity is not Severity.INFO), None)
    if top is None:
        if use:
            return m.text("verdict.diagnose.working").format(domain=domain, use=use)
        return m.text("verdict.diagnose.none").format(domain=domain)
    if top.code == Code.INSECURE_PLAINTEXT and use:
        tail = m.text("verdict.diagnose.tail.plaintext").format(use=use)
    elif use:
        tail = m.text("verdict.diagnose.tail.working").format(use=use)
    else:
        tail = m.text("verdict.diagnose.tail.none")
    bare = Finding(code=top.code, severity=top.severity)
    key = (
        "verdict.diagnose.problems"
        if top.severity is Severity.ERROR
        else "verdict.diagnose.warning"
    )

    def lead(f: Finding) -> str:
        return m.text(key).format(domain=domain, title=lower_first(describe(f, m).title, m))

    candidates = [f"{lead(f)} {tail}" for f in (top, bare)]
    candidates.append(lead(bare))
    return next((c for c in candidates if len(c) <= SUMMARY_CHARS * 2), candidates[-1])
