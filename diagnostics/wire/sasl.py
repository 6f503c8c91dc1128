"""SASL PLAIN and LOGIN: the base64 lines a client sends, and which mechanism to use.

Pure functions, no I/O. The probes send what these return and pass a masked form to the
transcript (`MASKED`): the encoded lines carry the password (base64 is not encryption).

- RFC 4616 §2: PLAIN's message is `[authzid] NUL authcid NUL passwd`, UTF-8, base64 on the wire
  (RFC 4954 §4 for SMTP, RFC 9051 §6.2.2 / RFC 4959 SASL-IR for IMAP, RFC 5034 §4 for POP3).
- LOGIN (draft-murchison-sasl-login): the server asks "Username:" then "Password:" in base64
  continuations; the client answers each with a base64 line.
- An empty challenge continuation is `+ ` (IMAP, POP3) or `334 ` (SMTP); `*` cancels an exchange.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable

__all__ = [
    "CANCEL",
    "MASKED",
    "OAUTH_ONLY",
    "PASSWORD_MECHANISMS",
    "choose_mechanism",
    "decode_challenge",
    "encode",
    "login_answer",
    "plain_response",
]

MASKED = "****"  # what the transcript shows instead of a credential
CANCEL = "*"  # RFC 4954 §4, RFC 9051 §6.2.2: the client cancels the exchange
# Our preference among what the server offers: PLAIN is one round trip and universal.
PASSWORD_MECHANISMS = ("PLAIN", "LOGIN")
# Mechanisms that take a token from the provider's sign-in page, never a password.
OAUTH_ONLY = frozenset({"XOAUTH2", "OAUTHBEARER", "XOAUTH"})


def encode(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def plain_response(username: str, password: str) -> str:
    """RFC 4616 §2 PLAIN message (empty authzid), base64-encoded."""
    return encode(f"\0{username}\0{password}")


def decode_challenge(text: str) -> str:
    """A base64 server challenge as text ("Username:"); "" when it is empty or not base64."""
    try:
        return base64.b64decode(text.strip(), validate=True).decode("utf-8", "replace")
    except (binascii.Error, ValueError):
        return ""


def login_answer(challenge: str, username: str, password: str, step: int) -> str:
    """LOGIN's answer to one challenge: the username first, then the password.

    Servers ask "Username:" and "Password:" (some "User Name" or nothing at all): the prompt
    decides when it names one of them, else the step does (0 → username, then password).
    """
    prompt = decode_challenge(challenge).lower()
    if "pass" in prompt:
        return encode(password)
    if "user" in prompt:
        return encode(username)
    return encode(username if step == 0 else password)


def choose_mechanism(offered: Iterable[str]) -> str | None:
    """The SASL mechanism we use among those `offered`, or None when none takes a password."""
    names = {m.upper() for m in offered}
    return next((m for m in PASSWORD_MECHANISMS if m in names), None)
