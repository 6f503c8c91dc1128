"""Credentials a person pasted by mistake, masked before anything reads the paste.

A transcript copied from a log or a debug window carries the login: SMTP's `AUTH PLAIN <base64>`
and the base64 lines answering `334` challenges (RFC 4954 §4, RFC 4616), IMAP's `LOGIN user
password` and `AUTHENTICATE` continuations (RFC 9051 §6.2), POP3's `PASS` (RFC 1939 §7), a URL's
`user:password@` (RFC 3986 §3.2.1), `password=` in a query or a config line, an `Authorization`
header. `explain` echoes what it matched (the report's target, "The server said: ..."), and the
bot posts the report in a channel: so the paste is masked once, where it enters `explain`, and
nothing downstream ever sees the secret. What is masked is only the credential's value: the
command around it stays, so the transcript still reads (and is still recognised) as one.
"""

from __future__ import annotations

import base64
import binascii
import re

from diagnostics.net.redact import MASK

__all__ = ["mask_credentials"]

# A line's prefix in a transcript or log: "C: ", ">>> ", "10:00:01 SEND: ", "-> ".
_PREFIX = r"(?:[^\n]{0,40}?(?:C:|S:|>>?|->|<-|send:|sent:|client:)[ \t]*)?"
_SASL = re.compile(
    r"(?im)(\b(?:AUTH|AUTHENTICATE)[ \t]+"
    r"(?:PLAIN|LOGIN|XOAUTH2|OAUTHBEARER|CRAM-MD5|DIGEST-MD5|NTLM)[ \t]+)([A-Za-z0-9+/]{4,}={0,2})"
    r"(?![\w+/=])"
)
# A base64 line answering a 334 challenge (SMTP) or a "+" continuation (IMAP): the next line.
_CHALLENGE = re.compile(
    r"(?m)^[^\n]{0,40}?(?:\b334\b|^\+|\s\+)(?: [^\n]*)?\n"
    r"([^\n]{0,40}?)([A-Za-z0-9+/]{6,}={0,2})[ \t]*$"
)
# "a1 LOGIN user password" ending its line (RFC 9051 §6.2.3): a tag, the command, two strings.
# Prose is no command: "Empty login or password" has a word of a sentence where the user name is
# (a word alone: "e.rossi" or "data@example.com" is a user name). imaplib's debug output quotes
# the command as bytes: "> b'IHLJ1 LOGIN bob "pw"'".
_IMAP_LOGIN = re.compile(
    r"(?im)(^" + _PREFIX + r"(?:b['\"])?[A-Za-z0-9.]{1,12}[ \t]+LOGIN[ \t]+"
    r"(?!(?:or|and|to|for|with|of|failed|name|attempt|details|credentials|data|error|oder|und|ou|"
    r"et|o|y|e|en|lub|i)[ \t])"
    # Nor a sentence about the command: "No login methods supported!", "LOGIN is disabled".
    r"(?!(?:(?:methods?|mechanisms?|types?)[ \t]+(?:supported|available|allowed|offered)|"
    r"(?:is|was)[ \t]+(?:disabled|not)|not[ \t]+(?:supported|allowed|available))\b)"
    r'(?:"(?:[^"\\\n]|\\.)*"|\S+)[ \t]+)'
    r'("(?:[^"\\\n]|\\.)*"|\S+)[ \t]*$'
)
# "PASS secret" (RFC 1939 §7): the command, upper-case as clients send it, at a line's start.
_POP3_PASS = re.compile(r"(?m)(^" + _PREFIX + r"PASS[ \t]+)(\S[^\n]*)")
# A scheme is short (RFC 3986 §3.1; the registered ones are under 40 characters): unbounded, a
# 20,000-character run of letters and dots is tried from each of its words (seconds, not ms).
_USERINFO = re.compile(r"(?i)(\b[a-z][a-z0-9+.-]{0,39}://[^\s/:@]+:)([^\s/@]+)(@)")
_ASSIGNED = re.compile(
    r"(?i)((?<![a-z])(?:password|passwd|pass|pwd|passwort|kennwort|senha|contraseña|wachtwoord|"
    r"hasło|access_token|refresh_token|client_secret|token)[ \t]*[=:][ \t]*)"
    r"(\"[^\"\n]*\"|'[^'\n]*'|[^\s;,]+)(?=[\s;,]|$)"
)
_AUTHORIZATION = re.compile(r"(?i)(\bAuthorization:\s*(?:Basic|Bearer)\s+)(\S+)")
# "Password: incorrect" is no credential: an assignment with a colon is masked only when its
# value is one token ending the line ("password: Tr0ub4dor&3"), never a word of a sentence.
_WORDS = re.compile(
    r"(?i)^(?:incorrect|invalid|wrong|required|expired|falsch|incorrecto|errato)\W*$"
)


def _keep_command(match: re.Match[str]) -> str:
    return match.group(1) + MASK


def _is_sasl(token: str) -> bool:
    """Whether `token` is a SASL response: base64 (RFC 4648 §4, padded) of text, where PLAIN's
    NUL and XOAUTH2's ^A separate the fields. An EHLO keyword list ("AUTH LOGIN PLAIN XOAUTH2")
    or a log's words ("AUTH LOGIN failed") are no base64 of text."""
    if len(token) % 4:
        return False
    try:
        decoded = base64.b64decode(token, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return False
    return bool(decoded) and all(c.isprintable() or c in "\0\1" for c in decoded)


def _sasl(match: re.Match[str]) -> str:
    return match.group(1) + MASK if _is_sasl(match.group(2)) else match.group(0)


def _assigned(match: re.Match[str]) -> str:
    value = match.group(2)
    if ":" in match.group(1) and "=" not in match.group(1):
        rest = match.string[match.end() :].split("\n", 1)[0]
        if rest.strip() or _WORDS.match(value) or value == MASK:
            return match.group(0)
    return match.group(1) + MASK


def _challenge(match: re.Match[str]) -> str:
    if not _is_sasl(match.group(2)):
        return match.group(0)
    start, end = match.span(2)
    return match.string[match.start() : start] + MASK + match.string[end : match.end()]


def mask_credentials(text: str) -> str:
    """`text` with the credentials of a pasted transcript, URL or config masked."""
    text = _SASL.sub(_sasl, text)
    text = _CHALLENGE.sub(_challenge, text)
    text = _IMAP_LOGIN.sub(_keep_command, text)
    text = _POP3_PASS.sub(_keep_command, text)
    text = _USERINFO.sub(lambda m: m.group(1) + MASK + m.group(3), text)
    text = _AUTHORIZATION.sub(_keep_command, text)
    return _ASSIGNED.sub(_assigned, text)
