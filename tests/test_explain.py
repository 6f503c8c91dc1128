"""`explain`: pasted error texts to causes and fixes, from the data files, without any network."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from diagnostics import explain
from diagnostics.explanation import NOT_RECOGNISED
from diagnostics.findings import catalog
from diagnostics.findings.auth import client_entries, server_entries
from diagnostics.model import Severity, Verdict
from diagnostics.policy import InvalidTarget
from diagnostics.report import render_json, render_markdown, render_text

MAILMEDIC = str(Path(sys.executable).with_name("mailmedic"))

EXAMPLES = [
    (entry.id, example, entry.code.value)
    for entry in (*server_entries(), *client_entries())
    if not entry.hosts
    for example in entry.examples
]


@pytest.mark.parametrize(("entry_id", "text", "code"), EXAMPLES)
def test_every_example_is_explained(entry_id: str, text: str, code: str) -> None:
    """Each data-file example leads to its entry's code, with a fix and the source kept."""
    report = explain(text)
    assert report.kind == "explain" and report.probes == ()
    lead = report.findings[0]
    assert lead.code == code, (entry_id, [f.code for f in report.findings])
    assert lead.facts["reference"]
    assert catalog.describe(lead).fix
    assert report.verdict is not Verdict.UNKNOWN


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("[SSL: WRONG_VERSION_NUMBER] wrong version number", "TLS_ON_PLAIN_PORT"),
        ("Trust anchor for certification path not found.", "CERT_UNTRUSTED"),
        ('Login to server imap.example.com with username "bob" failed.', "AUTH_FAILED"),
        ("Sending reported error (0x800CCC0E): cannot connect", "PORT_FILTERED"),
        ("Receiving reported error (0x800CCC0F)", "CONNECTION_CLOSED"),
        ("Receiving reported error (0x800CCC92): rejected your login", "AUTH_FAILED"),
        ("Sending reported error (0x800CCC78)", "AUTH_NOT_OFFERED"),
        ("Cannot Verify Server Identity", "CERT_UNTRUSTED"),
        ("+OK Dovecot ready.", "WRONG_PROTOCOL"),
        ("554 5.7.1 <bob@example.org>: Relay access denied", "AUTH_NOT_OFFERED"),
        ("530 5.7.0 Must issue a STARTTLS command first", "PLAINTEXT_AUTH_DISABLED"),
    ],
)
def test_issue_texts(text: str, code: str) -> None:
    """The texts issue 5 names are each recognised as the cause a person can act on."""
    assert explain(text).findings[0].code == code


@pytest.mark.parametrize(
    "text",
    [
        "a3 NO [AUTHENTICATIONFAILED] Authentication failed.",
        "Your message could not be sent.\n\nThe server responded:\n"
        "535 5.7.8 Error: authentication failed: authentication failure\n\nOK",
        "Mail error: [2026-11-25 10:01] IMAP: * NO [AUTHENTICATIONFAILED] Authentication failed",
    ],
)
def test_known_text_inside_a_longer_paste(text: str) -> None:
    """Tags, prefixes and a dialog around the text: still recognised, the line quoted."""
    report = explain(text)
    lead = report.findings[0]
    assert lead.code == "AUTH_FAILED"
    assert "\n" not in lead.facts["reply"] and "uthentication failed" in lead.facts["reply"]


def test_wrong_protocol_names_pop3() -> None:
    """`+OK` pasted from an IMAP account: the finding says POP3 answered."""
    lead = explain("+OK POP3 server ready").findings[0]
    assert lead.facts["found"] == "POP3"
    assert "POP3" in catalog.describe(lead).title


def test_unknown_text_is_honest() -> None:
    """Text nothing matches: no error or warning, summary says so and what to try, exit 3."""
    report = explain("The quick brown fox jumps over the lazy dog")
    assert report.summary == NOT_RECOGNISED
    assert not [f for f in report.findings if f.severity is not Severity.INFO]
    assert report.verdict is Verdict.UNKNOWN
    assert "mailmedic check" in report.summary


def test_empty_text_is_bad_input() -> None:
    """Nothing pasted: InvalidTarget (exit 2 on the command line)."""
    with pytest.raises(InvalidTarget):
        explain("  \n ")


def test_several_causes_most_specific_first() -> None:
    """A paste with a provider text and a generic code: the provider's meaning leads."""
    text = (
        "535 5.7.8 Error\n534-5.7.9 Application-specific password required. "
        "https://support.google.com/mail/?p=InvalidSecondFactor"
    )
    report = explain(text)
    assert [f.code for f in report.findings][:2] == ["APP_PASSWORD_REQUIRED", "AUTH_FAILED"]
    assert "more possible cause" in report.summary


def test_explain_renders_in_every_format() -> None:
    """An explain report renders as text, Markdown and JSON; hostile paste text stays inert."""
    report = explain("a1 NO [AUTHENTICATIONFAILED] @everyone \x1b[31m failed")
    text = render_text(report)
    assert "\x1b" not in text and text.splitlines()[0]
    chunks = render_markdown(report)
    assert chunks and all("@everyone" not in c for c in chunks)
    data = json.loads(render_json(report))
    assert data["kind"] == "explain" and data["probes"] == []


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILMEDIC_")}
    return subprocess.run(
        [MAILMEDIC, "explain", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=30,
        env=env,
        check=False,
    )


def test_cli_reads_stdin_with_dash() -> None:
    """`mailmedic explain -` takes a paste starting with -ERR from stdin: exit 1, JSON."""
    proc = _cli("-", "--json", stdin="-ERR [AUTH] Authentication failed.\n")
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    assert data["kind"] == "explain" and data["findings"][0]["code"] == "AUTH_FAILED"


def test_cli_words_and_unknown_exit_code() -> None:
    """Words as arguments; unknown text exits 3 with the not-recognised summary first."""
    proc = _cli("530", "5.7.0", "Must", "issue", "a", "STARTTLS", "command", "first")
    assert proc.returncode == 1 and "STARTTLS" in proc.stdout
    proc = _cli("nothing we know")
    assert proc.returncode == 3
    assert "Not recognised" in proc.stdout.splitlines()[0]


def test_golden_fixture_matches_the_real_explain() -> None:
    """The explain report of tests/fixtures (golden files) is what explain() gives for its text."""
    from tests.fixtures.reports import explain as fixture

    expected = fixture()
    report = explain(expected.findings[0].facts["reply"])
    assert [f.code for f in report.findings] == [f.code for f in expected.findings]
    assert report.summary == expected.summary
