"""The terminal rendering of a report: 80 columns, plain text, fix first.

Layout: the verdict on line 1; the findings in the report's order (root cause first), each with
its explanation, fix, what to tell the admin and the endpoint it concerns; the settings that work
as a block to copy field by field; a compact table of the probes. `verbose` adds every probe's
TLS facts and transcript, and what each discovery source said.

Pure: the same report gives the same text. Every line fits 80 columns (display columns, so CJK
banners fit too); server text is cleaned of control characters and wrapped, or cut with an
ellipsis, never cut silently.
"""

from __future__ import annotations

from diagnostics.findings.catalog import (
    describe,
    endpoint_phrase,
    protocol_name,
    security_name,
)
from diagnostics.i18n import Messages
from diagnostics.model import (
    Choice,
    DiscoveryResult,
    Finding,
    ProbeResult,
    Report,
    Severity,
)
from diagnostics.report._common import (
    card_name,
    clean,
    clean_lines,
    display_width,
    ellipsize,
    paragraphs,
    probe_rows,
    seconds,
    settings_fields,
    severity_word,
    status_word,
    ui,
    wrap,
)

WIDTH = 80

_RESET = "\x1b[0m"
_COLOUR: dict[Severity, str] = {
    Severity.ERROR: "\x1b[1;31m",  # bold red
    Severity.WARNING: "\x1b[1;33m",  # bold yellow
    Severity.INFO: "\x1b[1;36m",  # bold cyan
}


def render_text(report: Report, *, verbose: bool = False, color: bool = False) -> str:
    """The report as terminal text, without a final newline (the caller prints it). Written in
    the report's language (`report.lang`)."""
    m = ui(report.lang)
    out = _verdict(report, m)
    for finding in report.findings:
        out.append("")
        out.extend(_finding(finding, m, color=color))
    settings = _settings(report, m)
    if settings:
        out.append("")
        out.extend(settings)
    if report.probes:
        out.append("")
        out.extend(_probe_table(report, m))
    if verbose and report.discovery:
        out.append("")
        out.extend(_discovery(report.discovery, m))
    if verbose and report.probes:
        out.append("")
        out.append(m.text("ui.report.details"))
        for index, probe in enumerate(report.probes):
            if index:
                out.append("")
            out.extend(_probe_details(probe, m))
    return "\n".join(out)


def _field(label: str, value: str, indent: int) -> list[str]:
    """`label value`, wrapped under itself: the value's lines line up after the label."""
    first = " " * indent + label + " "
    return wrap(value, WIDTH, first, " " * display_width(first))


def _verdict(report: Report, m: Messages) -> list[str]:
    word = status_word(report.verdict, m) + ":"
    return _field(word, clean(report.summary), 0)


def _finding(finding: Finding, m: Messages, *, color: bool) -> list[str]:
    described = describe(finding, m)
    word = severity_word(finding.severity, m)
    lines = wrap(clean(described.title), WIDTH, f"{word}  ", " " * (display_width(word) + 2))
    if color:
        lines[0] = _COLOUR[finding.severity] + word + _RESET + lines[0][len(word) :]
    if finding.endpoint is not None:
        lines.extend(_field(m.text("ui.report.on"), clean(endpoint_phrase(finding.endpoint, m)), 2))
    for paragraph in paragraphs(described.explanation):
        lines.extend(wrap(paragraph, WIDTH, "  ", "  "))
    fix_label = m.text("ui.report.fix")
    for index, paragraph in enumerate(paragraphs(described.fix)):
        label = fix_label if index == 0 else " " * display_width(fix_label)
        lines.extend(_field(label, paragraph, 2))
    if described.admin:
        label = m.text("ui.report.admin")
        for index, paragraph in enumerate(paragraphs(described.admin)):
            lines.extend(_field(label if index == 0 else " " * display_width(label), paragraph, 2))
    return lines


def render_settings(report: Report) -> str:
    """Only the settings card ("Settings that work"), as `mailmedic export --format card`."""
    return "\n".join(_settings(report, ui(report.lang)))


def _settings(report: Report, m: Messages) -> list[str]:
    if not report.choices:
        none = f"{m.text('ui.report.settings')}: {m.text('ui.report.none_found')}"
        return [none] if report.probes else []
    lines = [m.text("ui.report.settings")]
    for index, choice in enumerate(report.choices):
        if index:
            lines.append("")
        lines.extend(_settings_card(choice, m))
    return lines


def _settings_card(choice: Choice, m: Messages) -> list[str]:
    lines = ["  " + card_name(choice, m)]
    for label, value, typed_value, apps in settings_fields(choice, m):
        typed = m.text("ui.report.you_typed").format(value=clean(typed_value))
        shown = clean(value) + (f"  {typed}" if typed_value else "")
        lines.extend(_field(f"{label}:", shown, 4))
        if apps:
            pad = " " * (4 + display_width(label) + 2)
            lines.extend(wrap(apps, WIDTH, pad, pad))
    return lines


def _probe_table(report: Report, m: Messages) -> list[str]:
    lines = [m.text("ui.report.probes").format(duration=seconds(report.duration_ms))]
    hosts: dict[str, list[ProbeResult]] = {}
    for probe in report.probes:
        hosts.setdefault(probe.endpoint.host, []).append(probe)
    for host, probes in hosts.items():
        addresses = list(dict.fromkeys(p.address for p in probes if p.address))
        head = "  " + clean(host)
        if addresses:
            head += " " + m.text("ui.report.host_via").format(
                addresses=", ".join(clean(a) for a in addresses)
            )
        lines.append(ellipsize(head, WIDTH))
        for probe in probes:
            endpoint = probe.endpoint
            lines.append(
                f"    {protocol_name(endpoint.protocol):<5}{endpoint.port:>5}  "
                f"{_pad(security_name(endpoint.security, m), 10)}{probe.outcome.value:<24}"
                f"{probe.elapsed_ms:>7} ms"
            )
    return lines


def _pad(text: str, columns: int) -> str:
    return text + " " * max(columns - display_width(text), 0)


def _discovery(results: tuple[DiscoveryResult, ...], m: Messages) -> list[str]:
    lines = [m.text("ui.report.discovery")]
    for result in results:
        text = f"{clean(result.source)}: {clean(result.status)}"
        if result.detail:
            text += " - " + clean(result.detail)
        lines.extend(wrap(text, WIDTH, "  ", "      "))
        for endpoint in result.endpoints:
            lines.extend(wrap(clean(endpoint_phrase(endpoint, m)), WIDTH, "    ", "      "))
    return lines


def _probe_details(probe: ProbeResult, m: Messages) -> list[str]:
    lines = wrap(clean(endpoint_phrase(probe.endpoint, m)), WIDTH, "  ", "    ")
    for level, label, value in probe_rows(probe, m):
        lines.extend(_field(label, value, 4 + 2 * level))
    if probe.transcript:
        lines.append("    " + m.text("ui.report.transcript"))
        for line in probe.transcript:
            for part in clean_lines(line):
                lines.extend(wrap(part, WIDTH, "      ", "        "))
    return lines
