"""What people paste most, written here from the common shape of each text (mail apps' dialogs in
the nine languages, libraries' exceptions, providers' replies): each leads with one of the causes
its text can mean (issue 10). Not copied from a held-out set: tests/fixtures/common_pastes.tsv,
one text per line, then a tab and the causes it may lead with, separated by "|"."""

from __future__ import annotations

from pathlib import Path

import pytest

from diagnostics import explain

LINES = (Path(__file__).parent / "fixtures" / "common_pastes.tsv").read_text("utf-8").splitlines()
CASES = [tuple(line.split("\t")) for line in LINES if line.strip()]


@pytest.mark.parametrize(("text", "causes"), CASES, ids=[f"line{i + 1}" for i in range(len(CASES))])
def test_common_texts_lead_with_their_cause(text: str, causes: str) -> None:
    findings = explain(text).findings
    assert findings and findings[0].code.value in causes.split("|"), [
        f.code.value for f in findings
    ]


LONG = Path(__file__).parent / "fixtures" / "long_pastes"
# Whole pastes as people post them (a debug log, a traceback, a dialog with its fields), written
# here: the cause leads, whatever noise is around it; where the paste names the server, port
# and security, they are the settings to check.
LONG_CASES = {
    "phpmailer-debug-auth": ("AUTH_FAILED", None),
    "python-ssl-on-587": ("TLS_ON_PLAIN_PORT", None),
    "nodemailer-gmail-eauth": ("APP_PASSWORD_REQUIRED", None),
    "outlook-test-settings-relay": ("AUTH_NOT_OFFERED", None),
    "dotnet-timeout": ("PORT_FILTERED", None),
    "symfony-unknown-host": ("HOST_NOT_FOUND", None),
    "thunderbird-send-as": ("SENDER_REFUSED", None),
    "node-cert-expired": ("CERT_EXPIRED", ("imap", "imap.example.com", 993, "tls")),
    "ios-not-responding": ("PORT_FILTERED", ("imap", "imap.example.com", 143, "none")),
    "imaplib-auth-failed": ("AUTH_FAILED", None),
    "outlook-de-0x800ccc0e": ("PORT_FILTERED", ("pop3", "pop.example.com", 110, "none")),
    "outlook-de-0x800ccc0f-reply": (
        "APP_PASSWORD_REQUIRED",
        ("pop3", "pop.example.com", 995, "tls"),
    ),
    "k9-hostname-mismatch": ("CERT_HOSTNAME_MISMATCH", ("imap", "imap.example.com", 993, "tls")),
    "mailkit-disconnected": ("CONNECTION_CLOSED", None),
    "lettre-web-login": ("WEB_LOGIN_REQUIRED", None),
    "outlook-ja-0x800ccc0e": ("PORT_FILTERED", ("pop3", "pop.example.com", 995, "tls")),
    "outlook-nl-0x800ccc0e": ("PORT_FILTERED", ("pop3", "pop.example.com", 110, "none")),
}


def test_every_long_paste_is_listed() -> None:
    assert {p.stem for p in LONG.glob("*.txt")} == set(LONG_CASES)


@pytest.mark.parametrize("name", sorted(LONG_CASES))
def test_long_pastes_lead_with_their_cause(name: str) -> None:
    code, endpoint = LONG_CASES[name]
    report = explain((LONG / f"{name}.txt").read_text("utf-8"))
    assert report.findings and report.findings[0].code.value == code
    if endpoint is not None:
        found = report.user_endpoint
        assert found is not None
        assert (found.protocol.value, found.host, found.port, found.security.value) == endpoint
