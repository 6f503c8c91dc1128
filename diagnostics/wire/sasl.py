"""SASL clients for every mechanism a mail app uses, and which one to use.

Pure code, no I/O. A probe asks `sasl_client(mechanism, ...)` for a client, sends its `initial()`
response on the AUTH command when the protocol allows one (IMAP SASL-IR, RFC 4959; SMTP, RFC 4954
§4; POP3, RFC 5034 §4), then hands each server challenge (the base64 text after `+ ` or `334 `)
to `respond()` and sends what it returns. Every line a client returns is a credential or derived
from one: the transcript shows `MASKED` instead.

- PLAIN (RFC 4616 §2): `[authzid] NUL authcid NUL passwd`, UTF-8, base64.
- LOGIN (draft-murchison-sasl-login): the server asks "Username:" then "Password:".
- CRAM-MD5 (RFC 2195): the answer is `user SP hex(HMAC-MD5(password, challenge))`. That is one
  keyed hash of the standard library's `hmac` module, no protocol state to get wrong, so no
  library is needed (none on PyPI is maintained for it alone).
- SCRAM-SHA-1 / SCRAM-SHA-256 (RFC 5802, RFC 7677) through `scramp`: nonces, SASLprep, the salted
  proof and the check of the server's signature are easy to get subtly wrong by hand. Channel
  binding (the -PLUS variants) is not used: a server that offers SCRAM offers it without too.
- XOAUTH2 (Google's and Microsoft's documentation) and OAUTHBEARER (RFC 7628 §3.1) carry a bearer
  token instead of a password. A refused token is answered with a `+ base64(JSON)` error
  challenge; the client then sends an empty line (XOAUTH2) or `^A` (RFC 7628 §3.2.3) to get the
  final NO, whose words we classify.
- An empty challenge continuation is `+ ` (IMAP, POP3) or `334 ` (SMTP); `*` cancels an exchange.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import scramp

__all__ = [
    "CANCEL",
    "MASKED",
    "OAUTH_MECHANISMS",
    "OAUTH_ONLY",
    "PASSWORD_MECHANISMS",
    "SaslClient",
    "choose_mechanism",
    "decode_challenge",
    "encode",
    "login_answer",
    "mechanism_plan",
    "plain_response",
    "published_method",
    "sasl_client",
]

MASKED = "****"  # what the transcript shows instead of a credential
CANCEL = "*"  # RFC 4954 §4, RFC 9051 §6.2.2: the client cancels the exchange
# Our preference among what the server offers, strongest first: SCRAM proves the password without
# sending it and checks the server knows it too; CRAM-MD5 does not send it either; PLAIN and
# LOGIN send it (inside TLS). A mail app set to "encrypted password" (Thunderbird) uses the first
# three, "normal password" the last two.
PASSWORD_MECHANISMS = ("SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "PLAIN", "LOGIN")
# Mechanisms that take a token from the provider's sign-in page, never a password; RFC 7628's
# OAUTHBEARER first, Google's and Microsoft's XOAUTH2 after it.
OAUTH_MECHANISMS = ("OAUTHBEARER", "XOAUTH2")
OAUTH_ONLY = frozenset({*OAUTH_MECHANISMS, "XOAUTH"})
# A client answers at most this many challenges; then it cancels (SCRAM needs 2, LOGIN 2).
MAX_STEPS = 3
MAX_ERROR_CHARS = 200


def encode(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def plain_response(username: str, password: str) -> str:
    """RFC 4616 §2 PLAIN message (empty authzid), base64-encoded."""
    return encode(f"\0{username}\0{password}")


def _decode_bytes(text: str) -> bytes | None:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None


def decode_challenge(text: str) -> str:
    """A base64 server challenge as text ("Username:"); "" when it is empty or not base64."""
    raw = _decode_bytes(text)
    return "" if raw is None else raw.decode("utf-8", "replace")


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


# The `<authentication>` values of autoconfig and the ISPDB (draft-ietf-mailmaint-autoconfig-06
# §"authentication" of TCP-based protocols) and the SASL mechanisms each stands for.
PUBLISHED_METHODS: dict[str, tuple[str, ...]] = {
    "password-cleartext": ("PLAIN", "LOGIN"),
    "password-encrypted": ("SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5"),
    "oauth2": OAUTH_MECHANISMS,
    "oauth": OAUTH_MECHANISMS,
}


def mechanism_plan(
    offered: Iterable[str],
    *,
    password: bool = True,
    token: bool = False,
    published: Iterable[str] = (),
) -> tuple[str, ...]:
    """The SASL mechanisms to log in with among those `offered`, in order; empty when we can use
    none of them.

    The methods the server's published settings list (`published`, autoconfig's
    `<authentication>` elements) come first, in their order, one mechanism each (the strongest
    of that method the server announces): the draft's "Multiple authentication alternatives"
    has the client use the first one it can, skipping one it has not the means for (OAuth
    without a token), as a mail app set up from that document does; its "Authentication
    verification and fallback" (draft-ietf-mailmaint-autoconfig-06 §auth-verification) has it
    use the next one when the server fails the method itself (probes/auth.py). A server that
    advertises SCRAM beside PLAIN while its document says "password-cleartext" may have SCRAM
    switched on but unusable (hashed passwords): logging in with SCRAM there would blame the
    password for the server's setup. Without a published method that fits: with a bearer token
    the OAuth mechanisms first (what the person asked us to test); with a password the
    strongest password mechanism, alone.
    """
    names = {m.upper() for m in offered}
    usable = {*(OAUTH_MECHANISMS if token else ()), *(PASSWORD_MECHANISMS if password else ())}
    plan: list[str] = []
    for method in published:
        for mechanism in PUBLISHED_METHODS.get(method.strip().lower(), ()):
            if mechanism in names and mechanism in usable:
                plan.append(mechanism)
                break
    if plan:
        return tuple(dict.fromkeys(plan))
    order = (*(OAUTH_MECHANISMS if token else ()), *(PASSWORD_MECHANISMS if password else ()))
    return tuple(m for m in order if m in names)[:1]


def choose_mechanism(
    offered: Iterable[str],
    *,
    password: bool = True,
    token: bool = False,
    published: Iterable[str] = (),
) -> str | None:
    """The SASL mechanism we log in with first (mechanism_plan), or None."""
    plan = mechanism_plan(offered, password=password, token=token, published=published)
    return plan[0] if plan else None


def published_method(mechanism: str, published: Iterable[str] = ()) -> str | None:
    """The autoconfig `<authentication>` value a SASL mechanism stands for ("CRAM-MD5" ->
    "password-encrypted"), the published spelling first; None for LOGIN-CMD, USER, ..."""
    name = mechanism.upper()
    for method in (*published, *PUBLISHED_METHODS):
        if name in PUBLISHED_METHODS.get(method.strip().lower(), ()):
            return "oauth2" if method.strip().lower() == "oauth" else method.strip().lower()
    return None


class SaslClient:
    """One SASL exchange from the client's side; see the module docstring for the flow."""

    mechanism = ""

    def __init__(self) -> None:
        self._first: str | None = None
        self._first_made = False
        self.sent_first = False
        self.steps = 0
        # Why the exchange could not finish as it should, in our words or the server's (an
        # OAuth error status, a SCRAM server signature that does not match): for the report.
        self.problem: str | None = None

    def first_message(self) -> str | None:
        """The client's first message, base64; None when the server speaks first."""
        if not self._first_made:
            self._first = self._make_first()
            self._first_made = True
        return self._first

    def _make_first(self) -> str | None:
        return None

    def initial(self) -> str | None:
        """The initial response to send on the AUTH command itself (when the protocol may)."""
        first = self.first_message()
        if first is not None:
            self.sent_first = True
        return first

    def respond(self, challenge: str) -> str:
        """Our answer (base64, "" or CANCEL) to one server challenge (its base64 text)."""
        self.steps += 1
        if self.steps > MAX_STEPS:
            return CANCEL
        if not self.sent_first and self.first_message() is not None:
            # The server asked with an empty challenge for what could have been an initial
            # response (IMAP without SASL-IR).
            self.sent_first = True
            return self.first_message() or ""
        return self._answer(challenge)

    def _answer(self, challenge: str) -> str:
        return CANCEL


class _Plain(SaslClient):
    mechanism = "PLAIN"

    def __init__(self, username: str, password: str) -> None:
        super().__init__()
        self._response = plain_response(username, password)
        self._resent = False

    def _make_first(self) -> str:
        return self._response

    def _answer(self, challenge: str) -> str:
        # A server that wants the response again after an empty challenge: once.
        if self._resent:
            return CANCEL
        self._resent = True
        return self._response


class _Login(SaslClient):
    mechanism = "LOGIN"

    def __init__(self, username: str, password: str) -> None:
        super().__init__()
        self._username, self._password = username, password
        self._step = 0

    def _answer(self, challenge: str) -> str:
        if self._step >= 2:
            return CANCEL
        answer = login_answer(challenge, self._username, self._password, self._step)
        self._step += 1
        return answer


class _CramMd5(SaslClient):
    mechanism = "CRAM-MD5"

    def __init__(self, username: str, password: str) -> None:
        super().__init__()
        self._username, self._password = username, password
        self._done = False

    def _answer(self, challenge: str) -> str:
        raw = _decode_bytes(challenge)
        if self._done or not raw:
            self.problem = self.problem or "the server's CRAM-MD5 challenge is not base64"
            return CANCEL
        self._done = True
        digest = hmac.new(self._password.encode("utf-8"), raw, hashlib.md5).hexdigest()
        return encode(f"{self._username} {digest}")


class _Scram(SaslClient):
    def __init__(self, mechanism: str, username: str, password: str) -> None:
        super().__init__()
        self.mechanism = mechanism
        # scramp (with asn1crypto) costs ~17 ms to import: only a SCRAM login pays for it,
        # not every probe that reads a capability list (issue 16, start-up).
        import scramp

        self._client: scramp.ScramClient = scramp.ScramClient([mechanism], username, password)
        self._stage = 0

    def _make_first(self) -> str:
        return encode(self._client.get_client_first())

    def _answer(self, challenge: str) -> str:
        text = decode_challenge(challenge)
        try:
            if self._stage == 0:
                self._stage = 1
                self._client.set_server_first(text)
                return encode(self._client.get_client_final())
            if self._stage == 1:
                self._stage = 2
                # RFC 5802 §3: the server proves it knows the password too; a server-final
                # message with e= is the server's refusal (wrong password).
                self._client.set_server_final(text)
                return ""
        except Exception as exc:  # scramp.ScramException; imported lazily (see __init__)
            import scramp

            if not isinstance(exc, scramp.ScramException):
                raise
            self.problem = _scram_problem(text, exc)
        return CANCEL


def _scram_problem(text: str, exc: Exception) -> str:
    if text.startswith("e="):
        return f"the server refused the proof ({text[2:][:MAX_ERROR_CHARS]})"
    if text.startswith("v="):
        return "the server's SCRAM signature does not match: it does not know the password"
    return f"the server's SCRAM message was not understood ({str(exc)[:MAX_ERROR_CHARS]})"


class _Bearer(SaslClient):
    def __init__(self, mechanism: str, username: str, token: str) -> None:
        super().__init__()
        self.mechanism = mechanism
        self._username, self._token = username, token
        self._error_seen = False

    def _make_first(self) -> str:
        if self.mechanism == "XOAUTH2":
            return encode(f"user={self._username}\x01auth=Bearer {self._token}\x01\x01")
        # RFC 7628 §3.1: gs2 header with the authorization identity, then key=value pairs.
        user = self._username.replace("=", "=3D").replace(",", "=2C")
        return encode(f"n,a={user},\x01auth=Bearer {self._token}\x01\x01")

    def _answer(self, challenge: str) -> str:
        if self._error_seen:
            return CANCEL
        self._error_seen = True
        self.problem = oauth_error(decode_challenge(challenge))
        # RFC 7628 §3.2.3: acknowledge the error to receive the final failure reply.
        return encode("\x01") if self.mechanism == "OAUTHBEARER" else ""


def oauth_error(text: str) -> str:
    """The status of an OAuth error challenge (RFC 7628 §3.2.2 JSON), short and plain."""
    try:
        data = json.loads(text)
    except ValueError:
        return text[:MAX_ERROR_CHARS] or "the server refused the token"
    if not isinstance(data, dict):
        return "the server refused the token"
    status = data.get("status")
    return f"the server refused the token (status {str(status)[:40]})"


def sasl_client(
    mechanism: str, username: str, *, password: str = "", token: str | None = None
) -> SaslClient:
    """A fresh client for one exchange of `mechanism` (one of PASSWORD_ or OAUTH_MECHANISMS)."""
    name = mechanism.upper()
    if name in OAUTH_MECHANISMS:
        if token is None:
            raise ValueError(f"{name} needs a bearer token")
        return _Bearer(name, username, token)
    if name == "PLAIN":
        return _Plain(username, password)
    if name == "LOGIN":
        return _Login(username, password)
    if name == "CRAM-MD5":
        return _CramMd5(username, password)
    if name in ("SCRAM-SHA-1", "SCRAM-SHA-256"):
        return _Scram(name, username, password)
    raise ValueError(f"no SASL client for {mechanism}")
