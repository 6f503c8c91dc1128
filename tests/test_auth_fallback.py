"""The autoconfig draft's authentication fallback (draft-ietf-mailmaint-autoconfig-06
§"Authentication verification and fallback") against the lab's real Dovecot and Postfix: the
"authfallback" Dovecot and the "eximfallback" Exim announce CRAM-MD5 and PLAIN, and the
password database behind CRAM-MD5 fails (Dovecot: NO [UNAVAILABLE], -ERR [SYS/TEMP]; Exim: 435)."""

from __future__ import annotations

import pytest

from diagnostics import diagnose
from diagnostics.findings.codes import Code
from diagnostics.model import AuthStatus, Credentials, Outcome, Protocol, Security
from diagnostics.options import Options
from diagnostics.report.text import render_text
from diagnostics.wire.sasl import mechanism_plan
from tests.lab import Lab
from tests.test_auth import WRONG, login

I, P, S = Protocol.IMAP, Protocol.POP3, Protocol.SMTP
TLS = Security.TLS
USER = "alice@lab.test"
# The order of the lab's authfallback.lab.test document (tests/lab/discovery.py).
PUBLISHED = ("password-encrypted", "password-cleartext")


def credentials(lab: Lab, *, wrong: bool = False, user: str = USER) -> Credentials:
    return Credentials(
        username=user,
        password=WRONG if wrong else lab.users[USER],
        address_domain=lab.domain,
        methods=PUBLISHED,
    )


def test_the_plan_follows_the_published_order_and_what_is_announced() -> None:
    """One mechanism per published method, in the document's order, only those the server
    announces; without a published method, the strongest offered alone."""
    assert mechanism_plan(("PLAIN", "CRAM-MD5"), published=PUBLISHED) == ("CRAM-MD5", "PLAIN")
    assert mechanism_plan(("PLAIN", "LOGIN"), published=PUBLISHED) == ("PLAIN",)
    assert mechanism_plan(("PLAIN", "CRAM-MD5")) == ("CRAM-MD5",)
    assert mechanism_plan(("XOAUTH2", "PLAIN"), published=("OAuth2", "password-cleartext")) == (
        "PLAIN",
    )


@pytest.mark.parametrize(
    ("scenario", "protocol", "port"),
    [("authfallback", I, 993), ("authfallback", P, 995), ("eximfallback", S, 465)],
)
async def test_a_method_the_server_fails_falls_back_to_the_next(
    lab: Lab, scenario: str, protocol: Protocol, port: int
) -> None:
    """CRAM-MD5 (password-encrypted, listed first) fails on the server's side; the second and
    last attempt uses PLAIN (password-cleartext, listed next), same username, and logs in."""
    result = await login(lab, scenario, protocol, port, TLS, credentials(lab))
    attempts = [(a.mechanism, a.status, a.code) for a in result.auth_attempts]
    assert attempts == [
        ("CRAM-MD5", AuthStatus.REJECTED, Code.AUTH_TEMPORARY_FAILURE.value),
        ("PLAIN", AuthStatus.OK, None),
    ], result.transcript
    assert {a.username for a in result.auth_attempts} == {USER}
    assert result.outcome is Outcome.AUTH_OK
    fallback = result.facts["auth_fallback"]
    assert fallback["failed_method"] == "password-encrypted"
    assert fallback["next_method"] == "password-cleartext"
    assert fallback["code"] == Code.AUTH_TEMPORARY_FAILURE.value
    assert fallback["reply"] == result.auth_attempts[0].reply


async def test_a_wrong_password_never_falls_back(lab: Lab) -> None:
    """The scram Dovecot can do every method: a wrong password there is a credentials answer
    ([AUTHENTICATIONFAILED]), and the second method is not tried."""
    result = await login(lab, "scram", I, 993, TLS, credentials(lab, wrong=True))
    assert [a.mechanism for a in result.auth_attempts] == ["SCRAM-SHA-256"]
    assert result.auth_attempts[0].code == Code.AUTH_FAILED.value
    assert "auth_fallback" not in result.facts
    assert result.outcome is Outcome.AUTH_FAILED


async def test_postfix_words_the_failure_as_a_wrong_password(lab: Lab) -> None:
    """Postfix 3.7 through the authfallback Dovecot's socket answers the failing CRAM-MD5 with
    535 5.7.8, a wrong password's words: the server's words decide, so no fallback."""
    result = await login(lab, "authfallback", S, 465, TLS, credentials(lab))
    assert [(a.mechanism, a.code) for a in result.auth_attempts] == [
        ("CRAM-MD5", Code.AUTH_FAILED.value)
    ], result.transcript
    assert result.auth_attempts[0].reply.startswith("535 5.7.8")
    assert "auth_fallback" not in result.facts


async def test_the_fallback_never_sends_the_password_unencrypted(lab: Lab) -> None:
    """authfallback on 143 without TLS, plaintext logins allowed: CRAM-MD5 (a proof, not the
    password) fails on the server's side, and PLAIN, announced there too, is not tried."""
    result = await login(
        lab, "authfallback", I, 143, Security.NONE, credentials(lab), plaintext=True
    )
    assert "AUTH=PLAIN" in result.capabilities, result.capabilities
    assert [a.mechanism for a in result.auth_attempts] == ["CRAM-MD5"], result.transcript
    assert "auth_fallback" not in result.facts
    assert not result.facts.get("password_sent_in_clear")


async def test_the_fallback_stays_within_two_attempts(lab: Lab) -> None:
    """A bare local part on authfallback: CRAM-MD5 fails on the server, PLAIN takes the second
    attempt; the full address is not tried a third time."""
    creds = credentials(lab, wrong=True, user="alice")
    result = await login(lab, "authfallback", I, 993, TLS, creds)
    assert [(a.username, a.mechanism) for a in result.auth_attempts] == [
        ("alice", "CRAM-MD5"),
        ("alice", "PLAIN"),
    ]
    assert result.outcome is Outcome.AUTH_FAILED


async def test_diagnose_reports_the_fallback_and_the_working_method(
    lab: Lab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """authfallback.lab.test publishes password-encrypted, then password-cleartext: the login
    works with the second, the report says which method failed and why, and the card's
    Authentication method is the one that worked."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    opts = Options(
        dns=lab.dns,
        cafile=lab.cafile,
        allow_private=True,
        timeout=12.0,
        credentials=Credentials(username=USER, password=lab.users[USER]),
    )
    report = await diagnose(f"authfallback.{lab.domain}", opts)
    fallbacks = [f for f in report.findings if f.code is Code.AUTH_METHOD_FALLBACK]
    assert {f.endpoint.protocol for f in fallbacks if f.endpoint} == {I, S}, report.summary
    for f in fallbacks:
        assert f.facts["mechanism"] == "CRAM-MD5" and f.facts["worked"] == "PLAIN"
        assert f.facts["reply"] and f.facts["method"] == "password-encrypted"
    assert {c.auth_method for c in report.choices} == {"password-cleartext"}
    text = render_text(report)
    assert "Authentication method" in text and "Normal password" in text


@pytest.mark.parametrize(
    ("protocol", "reply", "smtp_code", "imap_status"),
    [
        ("smtp", "421 4.7.0 Too many failed authentications, closing", 421, ""),
        ("smtp", "454 4.7.0 Too many login attempts, please try again later.", 454, ""),
        ("imap", "NO [UNAVAILABLE] Too many login failures", None, "NO"),
        (
            "imap",
            "* BAD [ALERT] Plaintext authentication is discouraged NO [AUTHENTICATIONFAILED]"
            " Authentication failed.",
            None,
            "NO",
        ),
    ],
)
def test_no_fallback_after_a_closing_or_throttling_answer(
    protocol: str, reply: str, smtp_code: int | None, imap_status: str
) -> None:
    """A server closing the connection (421), throttling the account ("too many"), or an
    untagged BAD before a tagged NO: the next method would meet a closed connection, one more
    refused attempt, or the same wrong password (review)."""
    from diagnostics.findings.auth import classify_auth_reply, method_failed

    verdict = classify_auth_reply(reply, protocol=protocol, smtp_code=smtp_code)
    assert not method_failed(
        verdict, reply, protocol=protocol, smtp_code=smtp_code, imap_status=imap_status
    )


def test_a_tagged_bad_to_authenticate_is_a_method_failure() -> None:
    """RFC 9051 §6.2.2: BAD to AUTHENTICATE refuses the mechanism, even after untagged lines."""
    from diagnostics.findings.auth import classify_auth_reply, method_failed

    reply = "* OK [ALERT] Welcome BAD Unsupported authentication mechanism"
    verdict = classify_auth_reply(reply, protocol="imap")
    assert method_failed(verdict, reply, protocol="imap", imap_status="BAD")
