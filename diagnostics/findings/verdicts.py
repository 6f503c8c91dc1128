"""The verdict sentence of `diagnose` (prose, like catalog.py; kept beside it so the catalog's
owner and this module's can work at the same time).

"Working settings for example.com: IMAP imap.example.com port 993 with SSL/TLS, SMTP
smtp.example.com port 465 with SSL/TLS." / "Problems found for example.com: the published SRV
record leads to a broken server. Use IMAP ... ." Short enough for a phone's notification where it
can be: the finding's title without facts is used when the sentence would be too long.
"""

from __future__ import annotations

from diagnostics.findings.catalog import SUMMARY_CHARS, describe, endpoint_phrase
from diagnostics.model import Endpoint, Finding, Recommended, Severity, Verdict


def _lower_first(title: str) -> str:
    word = title.split(" ", 1)[0]
    if word[:1].isupper() and (len(word) == 1 or word[1:].islower()):
        return title[0].lower() + title[1:]
    return title


def _use(recommended: Recommended) -> str:
    chosen: list[Endpoint] = []
    if recommended.incoming:
        chosen.append(recommended.incoming[0])
    if recommended.outgoing:
        chosen.append(recommended.outgoing[0])
    return ", ".join(endpoint_phrase(e) for e in chosen)


def summarize_diagnose(
    *,
    domain: str,
    verdict: Verdict,
    findings: tuple[Finding, ...],
    recommended: Recommended,
    unknown_reason: str | None = None,
) -> str:
    use = _use(recommended)
    if verdict is Verdict.UNKNOWN:
        reason = unknown_reason or "the tests did not finish"
        return f"Could not tell: {reason}."
    top = next((f for f in findings if f.severity is not Severity.INFO), None)
    if top is None:
        if use:
            return f"Working settings for {domain}: {use}."
        return f"No working mail settings found for {domain}."
    tail = f" Working: {use}." if use else ""
    bare = Finding(code=top.code, severity=top.severity)
    lead = "Problems found" if top.severity is Severity.ERROR else "A warning"
    candidates = [
        f"{lead} for {domain}: {_lower_first(describe(f).title)}.{tail}" for f in (top, bare)
    ]
    candidates.append(f"{lead} for {domain}: {_lower_first(describe(bare).title)}.")
    return next((c for c in candidates if len(c) <= SUMMARY_CHARS * 2), candidates[-1])
