"""`explain(text)`: a pasted error message in, its cause and fix out. No network at all.

A helpdesk agent pastes what the user's app or a bounce said. The text is searched for every
known text of `diagnostics/data/server_texts.json` (what servers say when a login fails) and
`client_texts.json` (what apps and TLS libraries show), each entry with its source. A known text
is found inside a longer paste (tags such as `a3 NO`, prefixes such as `ssl.SSLError: [SSL: ...]`,
an app's dialog around an error code, a bounce). The recognised causes become findings, the most
specific first (file order: a provider's own words before the generic code, server texts before
app texts); text nothing matches yields no error or warning finding, and the summary says so and
what to try.
"""

from __future__ import annotations

import time

from diagnostics.findings import catalog
from diagnostics.findings.auth import TextEntry, client_entries, one_line, server_entries
from diagnostics.findings.codes import severity_of
from diagnostics.model import Finding, Report, ReportKind, Severity, Verdict
from diagnostics.policy import InvalidTarget

__all__ = ["MAX_CAUSES", "MAX_TEXT_CHARS", "NOT_RECOGNISED", "explain"]

MAX_TEXT_CHARS = 20_000  # a paste longer than this is cut: bounds the regular-expression work
MAX_CAUSES = 3  # more "possible causes" than this helps nobody
TARGET_CHARS = 80
NOT_RECOGNISED = (
    "Not recognised: we don't know this message. Paste the exact error text (or the server's "
    "reply), or test the settings with `mailmedic check`."
)


def _context(text: str, start: int, end: int) -> str:
    """The line around a match: what the person will recognise as "their" error."""
    head = text.rfind("\n", 0, start) + 1
    tail = text.find("\n", end)
    line = text[head : tail if tail >= 0 else len(text)]
    return one_line(line)[: catalog.MAX_FACT_CHARS]


def _finding(entry: TextEntry, text: str, start: int, end: int, *, server: bool) -> Finding:
    facts: dict[str, object] = dict(entry.facts)
    excerpt = _context(text, start, end)
    if server:
        facts["reply"] = excerpt  # shown as 'The server said: "..."'
    facts["matched"] = excerpt
    facts["match"] = entry.id
    facts["reference"] = entry.source
    return Finding(code=entry.code, severity=severity_of(entry.code), facts=facts)


def recognise(text: str) -> tuple[Finding, ...]:
    """The recognised causes of `text`, the most specific first, one per code."""
    found: dict[str, Finding] = {}
    lines: set[int] = set()  # lines already explained: a generic code there is no second cause
    sources = ((server_entries(), True), (client_entries(), False))
    for entries, server in sources:
        for entry in entries:
            if entry.hosts or entry.code.value in found:
                continue  # a host-specific entry needs the server's name: not in a paste
            match = entry.search(text)
            if match is None:
                continue
            line = text.count("\n", 0, match.start())
            if line in lines:
                continue  # "534-5.7.9 Application-specific ...": Google's meaning, not RFC 4954's
            lines.add(line)
            found[entry.code.value] = _finding(
                entry, text, match.start(), match.end(), server=server
            )
    return tuple(found.values())[:MAX_CAUSES]


def explain(text: str) -> Report:
    """The report for a pasted error text (design.md: kind "explain", no probes).

    Raises InvalidTarget for empty input.
    """
    started = time.monotonic()
    pasted = text[:MAX_TEXT_CHARS].replace("\r\n", "\n").strip()
    if not pasted:
        raise InvalidTarget("nothing to explain: paste the error message (or use - for stdin)")
    findings = recognise(pasted)
    target = one_line(pasted)
    if len(target) > TARGET_CHARS:
        target = target[: TARGET_CHARS - 1] + "…"
    if not findings:
        summary, verdict = NOT_RECOGNISED, Verdict.UNKNOWN
    else:
        top = catalog.describe(findings[0])
        summary = top.title.rstrip(".") + "."
        if len(findings) > 1:
            summary += f" ({len(findings) - 1} more possible cause{'s' * (len(findings) > 2)})"
        problems = any(f.severity is not Severity.INFO for f in findings)
        verdict = Verdict.PROBLEMS if problems else Verdict.HEALTHY
    return Report(
        target=target,
        kind=ReportKind.EXPLAIN,
        duration_ms=round((time.monotonic() - started) * 1000),
        summary=summary,
        verdict=verdict,
        findings=findings,
    )
