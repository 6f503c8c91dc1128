"""Keep a password out of everything a server sends back.

Our own AUTH lines are masked where they are written, but a server may echo a command back
("-ERR bad command: PASS ...", Sendmail's "Command unrecognized: ..."), and what it echoes may be
the password itself, IMAP-quoted, or base64 inside a SASL response (RFC 4616 PLAIN, LOGIN). So
every server line, detail and reply of a probe that holds a password passes through `Redactor`.
"""

from __future__ import annotations

import base64
import binascii
import re

MASK = "****"
_BASE64_TOKEN = re.compile(r"[A-Za-z0-9+/]{8,}={0,2}")


class Redactor:
    """Replaces a password (as is, quoted, or inside a base64 token) with `MASK`."""

    def __init__(self, password: str | None) -> None:
        self._secret = password or ""
        self._raw = self._secret.encode("utf-8", "surrogateescape") if self._secret else b""
        # IMAP quoting (RFC 9051 §4.3) escapes \ and ": the echoed form may be the quoted one.
        self._forms = (
            tuple(
                dict.fromkeys(
                    (self._secret, self._secret.replace("\\", "\\\\").replace('"', '\\"'))
                )
            )
            if self._secret
            else ()
        )

    def __bool__(self) -> bool:
        return bool(self._secret)

    def __call__(self, text: str) -> str:
        if not self._secret or not text:
            return text
        for form in self._forms:
            text = text.replace(form, MASK)
        return _BASE64_TOKEN.sub(self._token, text)

    def _token(self, match: re.Match[str]) -> str:
        token = match.group(0)
        for start in range(4):  # an echo may start the token mid-group
            chunk = token[start:]
            chunk = chunk[: len(chunk) - len(chunk) % 4]
            try:
                decoded = base64.b64decode(chunk, validate=False)
            except (binascii.Error, ValueError):
                continue
            # Inside a longer PLAIN message the password can straddle 3-byte groups: the
            # middle of the secret survives any alignment.
            core = self._raw[2:-2] if len(self._raw) > 6 else self._raw
            if core and core in decoded:
                return MASK
        return token
