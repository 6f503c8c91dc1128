"""SASL PLAIN and LOGIN encoders and the mechanism choice (RFC 4616, RFC 4954): pure functions."""

from __future__ import annotations

import base64

import pytest

from diagnostics.model import Credentials
from diagnostics.wire.sasl import choose_mechanism, decode_challenge, login_answer, plain_response


def test_plain_response_is_rfc4616() -> None:
    """PLAIN: base64 of empty authzid, NUL, user, NUL, password (UTF-8)."""
    decoded = base64.b64decode(plain_response("jö@example.com", "pw"))
    assert decoded == b"\0j\xc3\xb6@example.com\0pw"


@pytest.mark.parametrize(
    ("prompt", "step", "expected"),
    [
        ("VXNlcm5hbWU6", 0, "user"),  # "Username:"
        ("UGFzc3dvcmQ6", 1, "secret"),  # "Password:"
        ("UGFzc3dvcmQ6", 0, "secret"),  # the prompt wins over the step
        ("", 0, "user"),  # no prompt: the step decides
        ("", 1, "secret"),
        ("not base64 !!", 1, "secret"),
    ],
)
def test_login_answers_follow_the_prompt(prompt: str, step: int, expected: str) -> None:
    """LOGIN answers the username or the password as the server's prompt asks."""
    answer = login_answer(prompt, "user", "secret", step)
    assert base64.b64decode(answer).decode() == expected


def test_decode_challenge_never_raises() -> None:
    """Garbage challenges decode to an empty string."""
    assert decode_challenge("%%%") == ""
    assert decode_challenge("VXNlcm5hbWU6") == "Username:"


@pytest.mark.parametrize(
    ("offered", "chosen"),
    [
        (("LOGIN", "PLAIN", "XOAUTH2"), "PLAIN"),
        (("login",), "LOGIN"),
        (("XOAUTH2", "OAUTHBEARER"), None),
        ((), None),
        (("CRAM-MD5",), "CRAM-MD5"),
        (("PLAIN", "CRAM-MD5", "SCRAM-SHA-1"), "SCRAM-SHA-1"),
        (("SCRAM-SHA-1", "SCRAM-SHA-256", "PLAIN"), "SCRAM-SHA-256"),
        (("GSSAPI", "NTLM"), None),
        (("SCRAM-SHA-256-PLUS",), None),
    ],
)
def test_mechanism_choice(offered: tuple[str, ...], chosen: str | None) -> None:
    """The strongest password mechanism; nothing when only OAuth or unknown ones are offered."""
    assert choose_mechanism(offered) == chosen


def test_usernames_to_try() -> None:
    """The local part, then the full address; a full address alone; no domain, no second try."""
    assert Credentials(username="bob", password="x", address_domain="ex.org").usernames() == (
        "bob",
        "bob@ex.org",
    )
    assert Credentials(
        username="bob@ex.org", password="x", address_domain="ex.org"
    ).usernames() == ("bob@ex.org",)
    assert Credentials(username="bob", password="x").usernames() == ("bob",)
