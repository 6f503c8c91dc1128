"""The chat rendering of a report: Discord Markdown, read on a phone.

Order: the verdict; the root cause with its fix (then why, and what to tell the admin); the other
findings; the settings that work as one block to copy. No tables (they do not fit a phone);
`verbose` adds each probe's evidence in a code block. The result is a list of message chunks, each
at most `max_chars` long, split only between lines and never inside a code fence (a fence that
must continue is closed and reopened).

Every string a server, a published file or the person wrote is escaped (Markdown syntax, leading
list and heading markers) and its mentions are neutralised with a zero-width space, so a banner
saying `@everyone` cannot ping a channel even if the bot forgot to disable mentions. Text in code
blocks is not escaped (it is shown literally) but backtick runs are broken so it cannot close the
fence, and mentions are neutralised there too.

Lengths are counted in UTF-16 code units, which is never less than the code point count: Discord's
limits hold whichever of the two it counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from diagnostics.findings.catalog import describe, endpoint_phrase
from diagnostics.i18n import Messages
from diagnostics.model import (
    Choice,
    DiscoveryResult,
    Finding,
    ProbeResult,
    Report,
    Severity,
    Verdict,
)
from diagnostics.report._common import (
    ELLIPSIS,
    card_name,
    clean,
    clean_lines,
    paragraphs,
    probe_rows,
    settings_fields,
    status_word,
    ui,
)

MESSAGE_LIMIT = 2000  # Discord: characters in a message
EMBED_DESCRIPTION_LIMIT = 4096  # Discord: characters in an embed description
MIN_CHARS = 200  # below this a finding cannot be shown legibly
CODE_LINE_LIMIT = 200  # a code-block line longer than this is cut, with an ellipsis
FENCE_OPEN = "```text"
FENCE_CLOSE = "```"

_VERDICT_EMOJI: dict[Verdict, str] = {
    Verdict.HEALTHY: "✅",
    Verdict.PROBLEMS: "❌",
    Verdict.UNKNOWN: "❔",
}
_SEVERITY_EMOJI: dict[Severity, str] = {
    Severity.ERROR: "❌",
    Severity.WARNING: "⚠️",
    Severity.INFO: "ℹ️",
}

_SYNTAX = re.compile(r"([\\`*_~|>#\[\]()])")
_LEADING_MARKER = re.compile(r"^(\s*)([-+])")
_LEADING_NUMBER = re.compile(r"^(\s*\d+)([.)])")
# Discord mentions: @everyone, @here, <@id>, <@!id>, <@&id>, <#id>, </cmd:id>, <:emoji:id>, <t:..>
_EVERYONE = re.compile(r"@(?=everyone|here)", re.IGNORECASE)
_ANGLE = re.compile(r"<(?=[@#/:!&]|[at]:)")
_ZWSP = "\u200b"


def size(text: str) -> int:
    """Length as Discord may count it (UTF-16 code units; never less than code points)."""
    return len(text.encode("utf-16-le")) // 2


def neutralise_mentions(text: str) -> str:
    """Break every mention with a zero-width space so it cannot ping."""
    return _ANGLE.sub("<" + _ZWSP, _EVERYONE.sub("@" + _ZWSP, text))


def escape(text: str) -> str:
    """One line of untrusted text, safe to embed in Discord Markdown.

    Control characters are shown as `\\xNN`, Markdown syntax is backslash-escaped, a leading list
    or heading marker is escaped and mentions are neutralised.
    """
    text = _SYNTAX.sub(r"\\\1", clean(text))
    text = _LEADING_NUMBER.sub(r"\1\\\2", text)  # "1." → "1\." (a "\1" would show)
    text = _LEADING_MARKER.sub(r"\1\\\2", text)
    return neutralise_mentions(text)


def code_line(text: str) -> str:
    """One line of untrusted text for a code block: cleaned, no backtick runs, capped."""
    text = clean(text)
    if len(text) > CODE_LINE_LIMIT:
        text = text[: CODE_LINE_LIMIT - 1] + ELLIPSIS
    return neutralise_mentions(text.replace("`", "`" + _ZWSP))


def fit(raw: str, budget: int, render: Callable[[str], str] = escape) -> str:
    """`render(raw)`, with `raw` cut (with an ellipsis) until the result fits `budget`."""
    if size(render(raw)) <= budget:
        return render(raw)
    low, high = 0, len(raw)
    while low < high:  # the longest prefix that still fits
        middle = (low + high + 1) // 2
        if size(render(raw[:middle].rstrip() + ELLIPSIS)) <= budget:
            low = middle
        else:
            high = middle - 1
    return render(raw[:low].rstrip() + ELLIPSIS)


def render_markdown(
    report: Report, *, max_chars: int = MESSAGE_LIMIT, verbose: bool = False
) -> list[str]:
    """The report as Discord messages, each at most `max_chars` long, in `report.lang`."""
    if max_chars < MIN_CHARS:
        raise ValueError(f"max_chars must be at least {MIN_CHARS}, not {max_chars}")
    m = ui(report.lang)
    blocks = [[_verdict(report, m)]]
    for index, finding in enumerate(report.findings):
        block = _finding(finding, m)
        if index == 1:
            block.insert(0, f"**{m.text('ui.report.also_found')}**")
        blocks.append(block)
    settings = _settings(report, m)
    if settings:
        blocks.append(settings)
    if verbose and report.discovery:
        blocks.append(_discovery(report.discovery, m))
    if verbose:
        for index, probe in enumerate(report.probes):
            block = _probe(probe, m)
            if index == 0:
                block.insert(0, f"**{m.text('ui.report.probes_heading')}**")
            blocks.append(block)
    return _pack(blocks, max_chars)


def markdown_summary(report: Report) -> str:
    """Verdict, top finding and its fix, for an embed description (at most 4096 characters)."""
    limit = EMBED_DESCRIPTION_LIMIT
    m = ui(report.lang)
    head = _VERDICT_EMOJI[report.verdict] + f" **{status_word(report.verdict, m)}**: "
    parts = [head + fit(report.summary, 1000 - size(head))]
    if report.findings:
        finding = report.findings[0]
        described = describe(finding, m)
        emoji = _SEVERITY_EMOJI[finding.severity]
        title = " ".join(paragraphs(described.title))
        # One statement per fact: the verdict line already names the root cause as a rule.
        if not _names(report.summary, finding, title, m):
            parts.append(f"{emoji} **{fit(title, 300)}**")
        if finding.endpoint is not None and finding.endpoint != report.user_endpoint:
            # (The person's own settings are the embed's title: not said again.)
            parts.append("-# " + fit(endpoint_phrase(finding.endpoint, m), 300))
        label = f"**{m.text('ui.report.fix')}** "
        budget = limit - size("\n".join(parts)) - 1 - size(label)
        parts.append(label + fit("\n".join(paragraphs(described.fix)), budget, _escape_lines))
    else:
        parts.extend(_settings(report, m))
    text = "\n".join(parts)
    return text if size(text) <= limit else fit(text, limit, lambda s: s)


def _names(summary: str, finding: Finding, title: str, m: Messages) -> bool:
    """The verdict sentence already says the finding's title (with or without its facts)."""
    bare = describe(Finding(code=finding.code, severity=finding.severity), m).title
    lowered = summary.lower()
    return any(t and t.lower().rstrip(".") in lowered for t in (title, bare))


def _escape_lines(text: str) -> str:
    return "\n".join(escape(line) for line in text.split("\n"))


def _verdict(report: Report, m: Messages) -> str:
    emoji = _VERDICT_EMOJI[report.verdict]
    return f"{emoji} **{status_word(report.verdict, m)}**: {escape(report.summary)}"


def _finding(finding: Finding, m: Messages) -> list[str]:
    described = describe(finding, m)
    title = " ".join(paragraphs(described.title))
    lines = [f"{_SEVERITY_EMOJI[finding.severity]} **{escape(title)}**"]
    for key, text in (
        ("ui.report.fix", described.fix),
        ("ui.report.why", described.explanation),
        ("ui.report.admin", described.admin or ""),
    ):
        shown = paragraphs(text)
        if shown:
            lines.append(f"**{m.text(key)}** " + escape(shown[0]))
            lines.extend(escape(p) for p in shown[1:])
    if finding.endpoint is not None:
        lines.append("-# " + escape(endpoint_phrase(finding.endpoint, m)))
    return lines


def _settings(report: Report, m: Messages) -> list[str]:
    heading = m.text("ui.report.settings")
    if not report.choices:
        return [f"**{heading}:** {m.text('ui.report.none_found')}"] if report.probes else []
    lines = [f"**{heading}**"]
    for index, choice in enumerate(report.choices):
        if index:
            lines.append("")
        lines.extend(settings_card(choice, m))
    return lines


def settings_card(choice: Choice, lang: str | Messages = "en") -> list[str]:
    """One setting as Markdown lines: each field on its own line, what was typed beside it."""
    m = ui(lang)
    lines = [f"__{escape(card_name(choice, m))}__"]
    login_test = m.text("ui.card.login_test")
    for label, value, typed_value, apps in settings_fields(choice, m):
        line = (
            f"{label}: {escape(value)}" if label == login_test else f"{label}: **{escape(value)}**"
        )
        if typed_value:
            typed = m.text("ui.report.you_typed").format(value=escape(typed_value))
            line += f" _{typed}_"
        lines.append(line)
        if apps:
            lines.append(f"-# {escape(apps)}")
    return lines


def _discovery(results: Iterable[DiscoveryResult], m: Messages) -> list[str]:
    lines = [f"**{m.text('ui.report.discovery')}**"]
    for result in results:
        text = f"{escape(result.source)}: {escape(result.status)}"
        if result.detail:
            text += " — " + escape(result.detail)
        lines.append(text)
        lines.extend("-# " + escape(endpoint_phrase(e, m)) for e in result.endpoints)
    return lines


def _probe(probe: ProbeResult, m: Messages) -> list[str]:
    lines = [f"**{escape(endpoint_phrase(probe.endpoint, m))}**", FENCE_OPEN]
    for level, label, value in probe_rows(probe, m):
        lines.append(code_line("  " * level + (f"{label} {value}" if value else label)))
    if probe.transcript:
        lines.append(m.text("ui.report.transcript"))
    for line in probe.transcript:
        lines.extend(code_line(part) for part in clean_lines(line))
    lines.append(FENCE_CLOSE)
    return lines


def _pack(blocks: list[list[str]], limit: int) -> list[str]:
    """Blocks of lines into chunks of at most `limit`: whole blocks where they fit, else by line.

    A chunk ends only between lines; a code fence cut by a chunk end is closed there and reopened
    at the start of the next chunk.
    """
    chunks: list[str] = []
    lines: list[str] = []

    def fits(extra: list[str]) -> bool:
        return size("\n".join(lines + extra)) <= limit

    def flush() -> None:
        while lines and not lines[-1]:
            lines.pop()
        if lines:
            chunks.append("\n".join(lines))
        lines.clear()

    reopen = size(FENCE_OPEN) + size(FENCE_CLOSE) + 2  # the fence lines and their line breaks
    for block in blocks:
        gap = [""] if lines else []
        if fits(gap + block):
            lines.extend(gap + block)
            continue
        flush()
        if fits(block):
            lines.extend(block)
            continue
        fence: str | None = None
        for index, line in enumerate(block):
            if line.startswith("```"):
                if fence is None:  # an opening fence: keep it with its first line
                    following = block[index + 1 : index + 2]
                    if not fits([line, *following, FENCE_CLOSE]):
                        flush()
                    fence = line
                else:
                    fence = None
                lines.append(line)
                continue
            room = limit - (reopen if fence else 0)
            if size(line) > room:
                line = fit(line, room, lambda s: s)
            tail = [FENCE_CLOSE] if fence else []
            if not fits([line, *tail]):
                if fence:
                    lines.append(FENCE_CLOSE)
                flush()
                if fence:
                    lines.append(fence)
            lines.append(line)
    flush()
    return chunks
