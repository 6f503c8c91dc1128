"""The renderers: golden files for whole outputs, and properties every output must keep.

Regenerate the golden files after a deliberate change with `MAILMEDIC_UPDATE_GOLDEN=1 pytest
tests/test_report.py`, then read the diff before committing it.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diagnostics.findings.catalog import describe
from diagnostics.findings.codes import Code
from diagnostics.model import (
    Endpoint,
    Finding,
    ProbeResult,
    Protocol,
    Recommended,
    Report,
    Security,
    Severity,
)
from diagnostics.report import markdown_summary, render_json, render_markdown, render_text
from diagnostics.report._common import display_width, wrap
from diagnostics.report.markdown import escape
from tests.fixtures.reports import REPORTS, cert_expired, every_code, hostile

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("MAILMEDIC_UPDATE_GOLDEN") == "1"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
ALL = {**REPORTS, "every_code": every_code}


def check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(actual + "\n", encoding="utf-8")
        return
    assert path.exists(), f"{path} is missing: run with MAILMEDIC_UPDATE_GOLDEN=1"
    assert actual + "\n" == path.read_text(encoding="utf-8")


def joined_chunks(chunks: list[str]) -> str:
    return "\n".join(
        f"%%%% chunk {i}/{len(chunks)}, {len(c)} chars %%%%\n{c}" for i, c in enumerate(chunks, 1)
    )


def columns(line: str) -> int:
    return display_width(ANSI.sub("", line))


def squash(text: str) -> str:
    return " ".join(text.split())


# --- golden files ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_text_golden(name: str) -> None:
    """The terminal text of each fixture report matches its golden file."""
    check_golden(f"{name}.txt", render_text(REPORTS[name]()))


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_text_verbose_golden(name: str) -> None:
    """The verbose terminal text (TLS facts, transcripts) matches its golden file."""
    check_golden(f"{name}.verbose.txt", render_text(REPORTS[name](), verbose=True))


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_markdown_golden(name: str) -> None:
    """The chat chunks of each fixture report match their golden file."""
    check_golden(f"{name}.md", joined_chunks(render_markdown(REPORTS[name]())))


@pytest.mark.parametrize("name", ["cert_expired", "hostile"])
def test_markdown_verbose_golden(name: str) -> None:
    """The verbose chat chunks (evidence in code blocks) match their golden file."""
    check_golden(
        f"{name}.verbose.md", joined_chunks(render_markdown(REPORTS[name](), verbose=True))
    )


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_markdown_summary_golden(name: str) -> None:
    """The embed summary of each fixture report matches its golden file."""
    check_golden(f"{name}.summary.md", markdown_summary(REPORTS[name]()))


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_json_golden(name: str) -> None:
    """The JSON of each fixture report matches its golden file."""
    check_golden(f"{name}.json", render_json(REPORTS[name]()))


# --- text ------------------------------------------------------------------------------------


@pytest.mark.parametrize("verbose", [False, True])
@pytest.mark.parametrize("name", sorted(ALL))
def test_text_fits_80_columns(name: str, verbose: bool) -> None:
    """Every line of the terminal text fits 80 display columns."""
    for line in render_text(ALL[name](), verbose=verbose, color=True).split("\n"):
        assert columns(line) <= 80, line


@pytest.mark.parametrize("name", sorted(ALL))
def test_text_first_line_is_the_verdict(name: str) -> None:
    """Line 1 is the status word and the start of the summary."""
    report = ALL[name]()
    first = render_text(report).split("\n")[0]
    word = {"healthy": "OK:", "problems": "PROBLEM:", "unknown": "UNKNOWN:"}[report.verdict]
    assert first.startswith(word + " " + report.summary.split()[0])


@pytest.mark.parametrize("verbose", [False, True])
@pytest.mark.parametrize("name", sorted(ALL))
def test_text_has_no_control_characters(name: str, verbose: bool) -> None:
    """Without colour the text holds no control character but line breaks."""
    text = render_text(ALL[name](), verbose=verbose)
    bad = [c for c in text if c != "\n" and unicodedata.category(c) == "Cc"]
    assert not bad
    assert "\u202e" not in text


def test_text_colour_only_on_severity_markers() -> None:
    """`color=True` wraps the severity markers in ANSI colours and changes nothing else."""
    report = cert_expired()
    plain, coloured = render_text(report), render_text(report, color=True)
    assert ANSI.sub("", coloured) == plain
    assert re.findall(r"\x1b\[[0-9;]*m(\w+)\x1b\[0m", coloured) == ["ERROR", "WARNING"]


def test_text_hostile_server_cannot_drive_the_terminal() -> None:
    """An ANSI escape and a bidi override from the server are shown, escaped, not obeyed."""
    text = render_text(hostile(), verbose=True)
    assert "\x1b" not in text
    assert "\\x1b[31mred" in text
    assert "\\u202eevil" in text


def test_text_long_server_line_is_wrapped_not_lost() -> None:
    """A 300-character server line is wrapped whole in verbose output, nothing dropped."""
    text = render_text(hostile(), verbose=True)
    assert "x" * 150 in text.replace("\n", "").replace(" ", "")
    assert "y" * 149 in text.replace("\n", "").replace(" ", "")


def test_text_settings_block() -> None:
    """The settings that work come as lines to copy field by field."""
    text = render_text(cert_expired())
    block = text[text.index("Settings that work") :]
    for line in (
        "  Incoming server (IMAP)",
        "    Server: mail.example.com",
        "    Port: 143  (you typed 993)",
        "    Security: STARTTLS  (you typed SSL/TLS)",
        "              iPhone: Use SSL on · Outlook: Encryption method STARTTLS",
        "    Username: alice@example.com",
        "  Outgoing server (SMTP)",
        "    Port: 587",
    ):
        assert line in block.split("\n")


def test_text_probe_table_names_each_address_once_per_host() -> None:
    """The probe table says `via ADDRESS` once per host, one line per probe."""
    text = render_text(cert_expired())
    assert text.count("via 192.0.2.10") == 1
    assert "  mail.example.com via 192.0.2.10" in text.split("\n")
    assert text.count("cert_invalid") == 1


def test_text_explain_has_no_probe_or_settings_sections() -> None:
    """An explain report (no probes) shows findings only."""
    text = render_text(REPORTS["explain"](), verbose=True)
    assert "Probes" not in text
    assert "Settings that work" not in text


def test_wrap_breaks_wide_characters_by_columns() -> None:
    """The wrapper counts CJK characters as two columns and never drops a character."""
    text = "全角" * 60
    lines = wrap(text, 20, "  ", "  ")
    assert all(display_width(line) <= 20 for line in lines)
    assert "".join(line.strip() for line in lines) == text


# --- Markdown --------------------------------------------------------------------------------

MENTION = re.compile(r"@(everyone|here)|<@|<#|<@&|</|<a?:|<t:", re.IGNORECASE)


def fences_balanced(chunk: str) -> bool:
    return sum(1 for line in chunk.split("\n") if line.startswith("```")) % 2 == 0


@pytest.mark.parametrize("verbose", [False, True])
@pytest.mark.parametrize("max_chars", [200, 500, 2000])
@pytest.mark.parametrize("name", sorted(ALL))
def test_markdown_chunks_fit_and_fences_close(name: str, max_chars: int, verbose: bool) -> None:
    """Every chunk is at most `max_chars` long and opens and closes its own code fences."""
    chunks = render_markdown(ALL[name](), max_chars=max_chars, verbose=verbose)
    assert chunks
    for chunk in chunks:
        assert len(chunk) <= max_chars
        assert len(chunk.encode("utf-16-le")) // 2 <= max_chars
        assert fences_balanced(chunk)
        assert chunk.strip() == chunk


@pytest.mark.parametrize("verbose", [False, True])
@pytest.mark.parametrize("name", sorted(ALL))
def test_markdown_splits_only_between_lines(name: str, verbose: bool) -> None:
    """Chunks are cut only between lines: each line is a line of the unsplit rendering."""
    report = ALL[name]()
    whole = render_markdown(report, max_chars=1_000_000, verbose=verbose)
    assert len(whole) == 1
    lines = set(whole[0].split("\n"))
    for chunk in render_markdown(report, max_chars=1000, verbose=verbose):
        assert set(chunk.split("\n")) <= lines


def test_markdown_many_findings_use_several_chunks_in_order() -> None:
    """Forty findings become several messages, the verdict first, findings in report order."""
    report = REPORTS["many_findings"]()
    chunks = render_markdown(report)
    assert len(chunks) > 1
    assert chunks[0].startswith("❌ **PROBLEM**")
    text = "\n".join(chunks)
    titles = [escape(squash(describe(f).title)) for f in report.findings]
    positions = [text.index(t) for t in dict.fromkeys(titles)]
    assert positions == sorted(positions)
    assert text.rindex("**Settings that work**") > positions[-1]


@pytest.mark.parametrize("verbose", [False, True])
@pytest.mark.parametrize("name", sorted(ALL))
def test_markdown_cannot_ping(name: str, verbose: bool) -> None:
    """No chunk and no summary holds a live @everyone, @here or <@…>/<#…> mention."""
    report = ALL[name]()
    for chunk in [*render_markdown(report, verbose=verbose), markdown_summary(report)]:
        assert not MENTION.search(chunk), chunk


def test_markdown_escapes_hostile_text() -> None:
    """Markdown in server and user text is escaped: no bold, links, quotes or headings."""
    report = hostile()
    text = "\n".join(render_markdown(report))
    assert "**bold**" not in text
    assert "\\*\\*bold\\*\\*" in text
    assert "bob\\_\\*smith\\*@example.com" in text
    assert "\x1b" not in text
    assert "[click]" not in text


def test_markdown_code_blocks_cannot_be_closed_by_the_server() -> None:
    """A server's backticks inside a code block cannot end the fence early."""
    for chunk in render_markdown(hostile(), verbose=True, max_chars=500):
        inner = [line for line in chunk.split("\n") if not line.startswith("```")]
        assert not any("```" in line for line in inner)


def test_markdown_leading_markers_escaped() -> None:
    """A leading `-`, `#`, `>` or `1.` in untrusted text cannot make a list, heading or quote."""
    assert escape("- item") == "\\- item"
    assert escape("# head") == "\\# head"
    assert escape("> quote") == "\\> quote"
    assert escape("1. one") == "1\\. one"
    assert escape("<@123> @here") == "<\u200b@123\\> @\u200bhere"


def test_markdown_verdict_then_root_cause_fix_first() -> None:
    """The verdict leads, then the root cause with its fix before its explanation."""
    report = cert_expired()
    chunk = render_markdown(report)[0]
    lines = chunk.split("\n")
    assert lines[0].startswith("❌ **PROBLEM**: ")
    described = describe(report.findings[0])
    assert lines[2] == f"❌ **{escape(squash(described.title))}**"
    assert lines[3].startswith("**Fix:** ")
    assert "|" not in chunk.replace("\\|", "")  # no tables


def test_markdown_summary_fits_an_embed() -> None:
    """The summary is at most 4096 characters, even for a huge report."""
    for make in ALL.values():
        report = make()
        summary = markdown_summary(report)
        assert len(summary) <= 4096
        if report.findings:
            assert "**Fix:** " in summary


def test_markdown_rejects_tiny_limit() -> None:
    """A chunk limit too small to show a finding is a programming error."""
    with pytest.raises(ValueError):
        render_markdown(cert_expired(), max_chars=50)


# --- JSON ------------------------------------------------------------------------------------

REPORT_KEYS = [
    "schema",
    "lang",  # issue 13: the language of the texts
    "target",
    "kind",
    "duration_ms",
    "summary",
    "verdict",
    "user",
    "discovery",
    "probes",
    "findings",
    "recommended",
    "answer",  # the one decision every renderer shows (diagnostics/answer.py)
]
ANSWER_KEYS = ["verdict", "root", "choices", "unverified"]
CHOICE_KEYS = [
    "direction",
    "endpoint",
    "reason",
    "login",
    "encrypted",
    "username_source",
    "username_form",
    "changes",
]
FINDING_KEYS = ["code", "severity", "title", "explanation", "fix", "admin", "endpoint", "facts"]
ENDPOINT_KEYS = ["protocol", "host", "port", "security", "username"]
PROBE_DESIGN_KEYS = {
    *ENDPOINT_KEYS,
    "outcome",
    "stage",
    "elapsed_ms",
    "address",
    "banner",
    "capabilities",
    "auth_mechanisms",
    "tls",
    "transcript",
}
TLS_KEYS = {"version", "cipher", "verified", "verify_error", "cert"}
CERT_KEYS = {"subject", "issuer", "not_before", "not_after", "names"}


@pytest.mark.parametrize("name", sorted(ALL))
def test_json_has_every_design_key_in_order(name: str) -> None:
    """The JSON has the schema-1 keys of design.md, in its order."""
    data = json.loads(render_json(ALL[name]()))
    assert list(data) == REPORT_KEYS
    assert data["schema"] == 1
    for finding in data["findings"]:
        assert list(finding) == FINDING_KEYS
        if finding["endpoint"] is not None:
            assert list(finding["endpoint"]) == ENDPOINT_KEYS
    for probe in data["probes"]:
        assert set(probe) >= PROBE_DESIGN_KEYS
        assert list(probe)[:5] == ENDPOINT_KEYS
        if probe["tls"] is not None:
            assert set(probe["tls"]) >= TLS_KEYS
            if probe["tls"]["cert"] is not None:
                assert set(probe["tls"]["cert"]) >= CERT_KEYS
    for discovery in data["discovery"]:
        assert list(discovery) == ["source", "status", "detail", "endpoints"]
    assert list(data["recommended"]) == ["incoming", "outgoing"]
    assert list(data["answer"]) == ANSWER_KEYS
    for choice in data["answer"]["choices"]:
        assert list(choice) == CHOICE_KEYS


@pytest.mark.parametrize("name", sorted(ALL))
def test_json_round_trips_to_the_report(name: str) -> None:
    """The JSON parses back to `Report.to_dict()` plus each finding's catalog prose."""
    report = ALL[name]()
    data = json.loads(render_json(report))
    expected = report.to_dict()
    for finding, original in zip(expected["findings"], report.findings, strict=True):
        described = describe(original)
        finding.update(
            title=described.title,
            explanation=described.explanation,
            fix=described.fix,
            admin=described.admin,
        )
    assert data == json.loads(json.dumps(expected))
    assert render_json(report) == render_json(report)


def test_json_without_transcripts() -> None:
    """`transcripts=False` leaves the transcripts out and nothing else."""
    report = cert_expired()
    data = json.loads(render_json(report, transcripts=False))
    assert all("transcript" not in probe for probe in data["probes"])
    full = json.loads(render_json(report))
    for probe in full["probes"]:
        del probe["transcript"]
    assert data == full


def test_json_escapes_terminal_controls() -> None:
    """Control characters and bidi overrides are `\\u` escapes in the JSON text, not raw."""
    text = render_json(hostile())
    assert "\x1b" not in text and "\x9b" not in text and "\u202e" not in text
    assert "\\u001b" in text and "\\u009b" in text and "\\u202e" in text
    assert json.loads(text)["probes"][0]["banner"] == hostile().probes[0].banner


def test_json_serialises_rich_facts() -> None:
    """Dates, enums and endpoints in facts come out as the model writes them."""
    import datetime as dt

    report = dataclasses.replace(
        cert_expired(),
        findings=(
            Finding(
                code=Code.CERT_EXPIRED,
                severity=Severity.ERROR,
                facts={
                    "not_after": dt.datetime(2025, 3, 1, tzinfo=dt.UTC),
                    "security": Security.TLS,
                    "other": Endpoint(
                        protocol=Protocol.IMAP, host="h", port=1, security=Security.NONE
                    ),
                },
            ),
        ),
    )
    facts = json.loads(render_json(report))["findings"][0]["facts"]
    assert facts["not_after"] == "2025-03-01T00:00:00Z"
    assert facts["security"] == "tls"
    assert facts["other"]["host"] == "h"


# --- every code, every renderer --------------------------------------------------------------


@pytest.mark.parametrize("code", list(Code))
def test_every_code_renders_everywhere(code: Code) -> None:
    """Each code renders through text, Markdown and JSON without error, its title present."""
    report = dataclasses.replace(
        every_code(),
        findings=tuple(f for f in every_code().findings if f.code == code),
    )
    title = squash(describe(report.findings[0]).title)
    assert title
    assert title in squash(render_text(report, verbose=True))
    assert escape(title) in "\n".join(render_markdown(report, verbose=True))
    assert escape(title) in markdown_summary(report)
    assert (
        json.loads(render_json(report))["findings"][0]["title"]
        == describe(report.findings[0]).title
    )


# --- properties over generated hostile text ---------------------------------------------------

hostile_text = st.lists(
    st.one_of(
        st.text(st.characters(codec="utf-8"), max_size=20),
        st.sampled_from(["@everyone", "@here", "<@1>", "<#2>", "<@&3>", "```", "\x1b[", "\u202e"]),
        st.sampled_from(["全", "é", "\u0301", "\t", "\n", "\r", "-", "#", ">", "*", "_", "\\"]),
        st.just("z" * 120),
    ),
    max_size=30,
).map("".join)


def report_with(text: str) -> Report:
    base = hostile()
    probe = base.probes[0]
    endpoint = dataclasses.replace(probe.endpoint, host=text[:80] or "x", username=text[:40])
    probe = dataclasses.replace(
        probe,
        endpoint=endpoint,
        banner=text,
        detail=text,
        transcript=("S: " + text, "C: " + text[::-1]),
    )
    finding = Finding(
        code=Code.AUTH_FAILED,
        severity=Severity.ERROR,
        endpoint=endpoint,
        facts={"reply": text, "banner": text, "subject": text},
    )
    return dataclasses.replace(
        base,
        summary="Server said: " + text,
        findings=(finding,),
        probes=(probe,),
        recommended=Recommended(incoming=(endpoint,)),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text)
def test_generated_hostile_text_keeps_every_promise(text: str) -> None:
    """For any server text: 80 columns, no control characters, chunks fit, no pings, valid JSON."""
    report = report_with(text)
    for verbose in (False, True):
        rendered = render_text(report, verbose=verbose)
        for line in rendered.split("\n"):
            assert columns(line) <= 80, line
        assert not [c for c in rendered if c != "\n" and unicodedata.category(c) == "Cc"]
        for chunk in render_markdown(report, max_chars=300, verbose=verbose):
            assert len(chunk.encode("utf-16-le")) // 2 <= 300
            assert fences_balanced(chunk)
            assert not MENTION.search(chunk), chunk
    assert not MENTION.search(markdown_summary(report))
    assert json.loads(render_json(report))["probes"][0]["banner"] == text


def test_probe_results_are_never_mutated() -> None:
    """Rendering does not change the report (renderers are pure)."""
    report = hostile()
    before = repr(report)
    render_text(report, verbose=True, color=True)
    render_markdown(report, verbose=True)
    markdown_summary(report)
    render_json(report)
    assert repr(report) == before
    assert isinstance(report.probes[0], ProbeResult)
