"""A login pasted by mistake inside a transcript never reaches a report (paste/secrets.py)."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest

from diagnostics import explain
from diagnostics.paste.evaluation import samples
from diagnostics.paste.secrets import MASK, mask_credentials
from diagnostics.report import render_json, render_markdown, render_text

SECRET = "Tr0ub4dor&3x"
PLAIN = base64.b64encode(f"\0bob@example.com\0{SECRET}".encode()).decode()
LOGIN = base64.b64encode(SECRET.encode()).decode()
XOAUTH = base64.b64encode(f"user=bob@example.com\1auth=Bearer {SECRET}\1\1".encode()).decode()

TRANSCRIPTS = [
    (f"250 HELP\nAUTH PLAIN {PLAIN}\n500 5.5.1 Command unrecognized: \"AUTH PLAIN {PLAIN}\"",
     "AUTH_NOT_OFFERED"),
    ("C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: Ym9iQGV4YW1wbGUuY29t\nS: 334 UGFzc3dvcmQ6\n"
     f"C: {LOGIN}\nS: 535 5.7.8 Authentication credentials invalid", "AUTH_FAILED"),
    (f"AUTH XOAUTH2 {XOAUTH}\n535-5.7.8 Username and Password not accepted.", None),
    (f'a1 LOGIN bob@example.com "{SECRET}"\na1 NO [AUTHENTICATIONFAILED] Invalid credentials',
     None),
    (f"USER bob\nPASS {SECRET}\n-ERR [AUTH] Authentication failed", "AUTH_FAILED"),
    (f"smtp://bob:{SECRET}@smtp.example.com:587: Connection refused", "PORT_CLOSED"),
    (f"MAIL_PASSWORD={SECRET}\nSMTP Error: Could not authenticate.", None),
    (f"Authorization: Basic {LOGIN}\nHTTP 401 Unauthorized", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "code"), TRANSCRIPTS)
def test_no_report_holds_the_pasted_secret(text: str, code: str | None) -> None:
    """Text, Markdown and JSON (verbose too) hold neither the password nor its base64 forms,
    and the transcript is still recognised as it was."""
    report = explain(text)
    rendered = [
        render_text(report),
        render_text(report, verbose=True),
        render_markdown(report),
        json.dumps(render_json(report)),
    ]
    for form in (SECRET, PLAIN, LOGIN, XOAUTH, SECRET.replace("&", "\\u0026")):
        assert all(form not in out for out in rendered), form
    if code is not None:
        assert report.findings[0].code.value == code


def test_the_transcript_around_the_secret_is_kept() -> None:
    """Only the credential is masked: the commands and replies still read."""
    masked = mask_credentials(f"USER bob\nPASS {SECRET}\n-ERR [AUTH] Authentication failed")
    assert masked == "USER bob\nPASS ****\n-ERR [AUTH] Authentication failed"


@pytest.mark.parametrize(
    "text",
    [
        "250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER",  # an EHLO keyword list
        "DEBUG SMTP: AUTH LOGIN failed",
        "Password: incorrect",
        "Wrong password: please try again",
        'Login to server imap.example.com with username "bob" failed.',
        "IMAP LOGIN failed: NO Login failed.",
        "You must pass the test before the token: it expires",
        "Empty login or password",  # GLPI: a sentence, no "tag LOGIN user password" command
    ],
)
def test_ordinary_texts_are_not_masked(text: str) -> None:
    assert mask_credentials(text) == text


def test_no_held_out_or_corpus_text_is_masked() -> None:
    """The apps' strings, server texts and every held-out set hold no credential: masking leaves
    all of them as they are (it would otherwise change what is measured)."""
    texts = [s.text for s in samples()]
    for path in (Path(__file__).parent.parent / "benchmarks" / "data").glob("*.json"):
        for entry in json.loads(path.read_text("utf-8"))["entries"]:
            texts += [entry["text"]] if "text" in entry else list(entry["texts"].values())
    assert len(texts) > 3000
    assert [t for t in texts if _own_masks(mask_credentials(t)) != _own_masks(t)] == []


def _own_masks(text: str) -> str:
    """`text` with each run of asterisks as the mask: a paste that masked its password itself
    ("1 LOGIN user *********") has it masked again, which changes nothing measured."""
    return re.sub(r"\*{3,}", MASK, text)


@pytest.mark.parametrize(
    "text",
    [
        # A user name that starts like a word of a sentence is still a user name; imaplib's
        # debug output quotes the command as bytes.
        "a1 LOGIN i.nowak@firma.pl Haslo2024!",
        'C: A1 LOGIN o.smith "Haslo2024!"',
        "a1 LOGIN e.rossi Haslo2024!",
        "a1 LOGIN data@example.com Haslo2024!",
        "  29:49.61 > b'IHLJ1 LOGIN bob@example.com \"Haslo2024!\"'",
    ],
)
def test_an_imap_login_whose_user_looks_like_a_word_is_masked(text: str) -> None:
    assert "Haslo2024" not in mask_credentials(text)


def test_a_password_of_asterisks_is_masked_too() -> None:
    """A paste's own mask is masked again: "*********" could be the password itself."""
    masked = mask_credentials('1 LOGIN "alice@example.com" *********\n1 NO [AUTHENTICATIONFAILED]')
    assert masked == '1 LOGIN "alice@example.com" ' + MASK + "\n1 NO [AUTHENTICATIONFAILED]"
    assert "<secret>" not in mask_credentials('a1 LOGIN "alice@example.com" <secret>')


def test_a_sentence_about_login_is_left_but_a_login_is_masked() -> None:
    """Words about the command ("No login methods supported!") are no credentials; a LOGIN
    command whose user name happens to be such a word still loses its password."""
    assert mask_credentials("No login methods supported!") == "No login methods supported!"
    assert mask_credentials("x1 NO LOGIN is disabled") == "x1 NO LOGIN is disabled"
    assert "hunter2" not in mask_credentials("a1 LOGIN disabled hunter2")
    assert "hunter2" not in mask_credentials("a1 LOGIN methods hunter2")
