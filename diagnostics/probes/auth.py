"""The login test every probe shares: when a password may be sent, and how often.

Theory of operation. A probe that reached the authenticated-state door (greeting, capabilities,
TLS as the settings ask) calls `login(rec, offer, attempt)` with what the server offers and a
protocol-specific `attempt(username, mechanism)` that performs one exchange. Here:

1. What is knowable without a password comes first, and nothing is sent then: the connection is
   not encrypted (unless `allow_plaintext_auth`) or its certificate was not verified; IMAP
   LOGINDISABLED or AUTH offered only after STARTTLS (PLAINTEXT_AUTH_DISABLED, RFC 9051 §6.2.3,
   RFC 3207 §4); only XOAUTH2/OAUTHBEARER offered and no token given (OAUTH_REQUIRED: no
   password will ever work); only mechanisms we cannot test, such as GSSAPI or NTLM
   (AUTH_MECHANISM_UNTESTABLE: could not tell, never "no login offered"); nothing offered at all
   (AUTH_NOT_OFFERED, RFC 4954 §3).
2. Then at most two attempts per server and diagnosis (AuthGate): the username as given, and the
   full address when only the local part was given and the first answer was a plain "failed".
   When the server fails the login method itself, or its own system (an unsupported mechanism,
   a temporary failure: findings/auth.py `method_failed`), the next of the published methods
   the server announces takes the second attempt instead (draft-ietf-mailmaint-autoconfig-06
   §"Authentication verification and fallback"); never one that sends the password unencrypted.
   Any other answer is definitive (an app password is needed, the protocol is off, ...) and ends
   the test, as does success. Logins to one host run one at a time, so a second probe of the same
   host reuses what the first learnt and never repeats a refused password.

The password itself only reaches the `attempt` callbacks; the transcript gets `****` and the
attempt record gets the username, the mechanism and the server's answer.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from diagnostics.findings.auth import DEFINITIVE, classify_auth_reply, method_failed
from diagnostics.findings.codes import Code
from diagnostics.frozen import frozen
from diagnostics.model import AuthAttempt, AuthStatus, Outcome, Stage
from diagnostics.net.channel import ProbeFault, clean
from diagnostics.probes.base import AuthGate, Recorder
from diagnostics.wire.sasl import OAUTH_ONLY, published_method

__all__ = ["Exchange", "Offer", "login"]

MAX_REPLY_CHARS = 300
# The mechanisms that put the password itself on the wire (SCRAM and CRAM-MD5 send a proof).
SENDS_PASSWORD = frozenset({"PLAIN", "LOGIN", "LOGIN-CMD", "USER"})


@frozen
class Offer:
    """What the server offers for a login on this connection, as the probe saw it."""

    # What we would use: a SASL mechanism of wire/sasl.py, LOGIN-CMD (IMAP), USER (POP3).
    mechanism: str | None
    # Further mechanisms of the published methods, in the document's order, each one the server
    # announces: tried only when the server fails the one before for a reason of its own.
    fallbacks: tuple[str, ...] = ()
    advertised: tuple[str, ...]  # the SASL mechanisms listed (for the OAuth-only check)
    refuses_plaintext: bool = False  # LOGINDISABLED, or AUTH only after STARTTLS


@frozen
class Exchange:
    """One exchange's end: accepted or not, and the server's words (and SMTP code)."""

    accepted: bool
    reply: str
    smtp_code: int | None = None
    status: str = ""  # IMAP: the tagged status (OK, NO, BAD), untagged lines apart


Attempt = Callable[[str, str], Awaitable[Exchange]]


def _not_tried(rec: Recorder, reason: str, code: Code | None, detail: str) -> None:
    rec.facts["auth_not_tried"] = reason
    if code is not None:
        rec.facts["auth_code"] = code.value
    rec.transcript.note(f"login not tried: {detail}")
    rec.outcome = Outcome.AUTH_UNAVAILABLE


def _preflight(rec: Recorder, offer: Offer) -> bool:
    """Say what is knowable without a password; True when a password may be sent."""
    encrypted = rec.tls is not None
    if encrypted and not rec.verifying:
        # A certificate we could not verify: whoever answered may not be the server. The
        # certificate finding says why; the password stays with us.
        _not_tried(rec, "certificate", None, "the certificate was not verified")
        return False
    oauth_only = bool(offer.advertised) and all(m.upper() in OAUTH_ONLY for m in offer.advertised)
    if offer.mechanism is None:
        if not encrypted and offer.refuses_plaintext:
            _not_tried(
                rec,
                "plaintext_refused",
                Code.PLAINTEXT_AUTH_DISABLED,
                "the server takes no password before encryption",
            )
        elif oauth_only and not (rec.ctx.credentials and rec.ctx.credentials.oauth_token):
            _not_tried(
                rec, "oauth_only", Code.OAUTH_REQUIRED, "only OAuth sign-in (no password) offered"
            )
        elif offer.advertised:
            # Offered, but nothing we can do with what we were given: our limit, not the
            # server's fault (GSSAPI needs Kerberos, NTLM a domain; a token needs OAuth).
            _not_tried(
                rec,
                "untestable",
                Code.AUTH_MECHANISM_UNTESTABLE,
                "only " + ", ".join(offer.advertised) + " offered, which we cannot test",
            )
        else:
            _not_tried(rec, "not_offered", Code.AUTH_NOT_OFFERED, "no login method offered")
        return False
    if not encrypted and not rec.ctx.allow_plaintext_auth:
        _not_tried(
            rec,
            "unencrypted",
            None,
            "the connection is not encrypted (see --allow-plaintext-auth)",
        )
        return False
    return True


async def login(rec: Recorder, offer: Offer, attempt: Attempt) -> None:
    """The login test of one connection; records attempts and sets `rec.outcome`."""
    credentials = rec.ctx.credentials
    if credentials is None:
        return
    rec.enter(Stage.AUTH)
    # What the login is tried with, for the findings' words: a token is not a password.
    uses_token = offer.mechanism in OAUTH_ONLY if offer.mechanism else not credentials.password
    if credentials.oauth_token and uses_token:
        rec.facts["credential"] = "token"
    if not _preflight(rec, offer):
        return
    gate = rec.ctx.auth_gate or AuthGate()
    host = rec.endpoint.host.lower()
    server = (host, rec.endpoint.protocol.value)
    async with gate.lock(host):
        if server in gate.settled or host in gate.refused:
            where = gate.refused.get(host)
            rec.facts["auth_not_tried"] = "tested_elsewhere"
            rec.transcript.note(
                "login not tried again: "
                + (f"the password was already refused on {where}" if where else "already tested")
            )
            return
        usernames = list(credentials.usernames())
        known = gate.username_ok.get(host)
        if known is not None:
            usernames = [known]
        encrypted = rec.tls is not None
        # Never fall back to sending the password itself over an unencrypted connection.
        mechanisms = [offer.mechanism or "PLAIN"] + [
            m for m in offer.fallbacks if encrypted or m not in SENDS_PASSWORD
        ]
        last: AuthAttempt | None = None
        which, method = 0, 0  # the username and the mechanism of the next attempt
        while which < len(usernames) and method < len(mechanisms):
            if gate.attempts.get(server, 0) >= gate.limit:
                break
            gate.attempts[server] = gate.attempts.get(server, 0) + 1
            username, mechanism = usernames[which], mechanisms[method]
            if not encrypted and mechanism in SENDS_PASSWORD:
                rec.facts["password_sent_in_clear"] = True
            try:
                exchange = await attempt(username, mechanism)
            except ProbeFault as fault:
                last = AuthAttempt(
                    username=username,
                    mechanism=mechanism,
                    status=AuthStatus.BROKEN,
                    reply=clean(fault.detail)[:MAX_REPLY_CHARS],
                    encrypted=encrypted,
                )
                rec.auth_attempts.append(last)
                break
            # Redacted again: a SASL client's note holds decoded server text (an OAuth error).
            reply = clean(rec.redact(exchange.reply))[:MAX_REPLY_CHARS]
            if exchange.accepted:
                last = AuthAttempt(
                    username=username,
                    mechanism=mechanism,
                    status=AuthStatus.OK,
                    reply=reply,
                    encrypted=encrypted,
                )
                rec.auth_attempts.append(last)
                gate.username_ok[host] = username
                break
            protocol = rec.endpoint.protocol.value
            verdict = classify_auth_reply(
                exchange.reply, protocol=protocol, host=host, smtp_code=exchange.smtp_code
            )
            last = AuthAttempt(
                username=username,
                mechanism=mechanism,
                status=AuthStatus.REJECTED,
                reply=reply,
                encrypted=encrypted,
                code=verdict.code.value,
                match=None if verdict.entry is None else verdict.entry.id,
            )
            rec.auth_attempts.append(last)
            if method + 1 < len(mechanisms) and method_failed(
                verdict,
                exchange.reply,
                protocol=protocol,
                smtp_code=exchange.smtp_code,
                imap_status=exchange.status,
            ):
                # draft-ietf-mailmaint-autoconfig-06 §"Authentication verification and
                # fallback": the method itself (or the server's system) failed, not the
                # password: the next published method, same username, within the two attempts.
                method += 1
                published = rec.ctx.credentials.methods if rec.ctx.credentials else ()
                rec.facts["auth_fallback"] = {
                    "failed": mechanism,
                    "failed_method": published_method(mechanism, published),
                    "reply": reply,
                    "code": verdict.code.value,
                    "next": mechanisms[method],
                    "next_method": published_method(mechanisms[method], published),
                }
                rec.transcript.note(
                    f"{mechanism} failed on the server's side: trying {mechanisms[method]}, "
                    "the next published authentication method"
                )
                continue
            if verdict.code in DEFINITIVE:
                break
            which += 1
        if last is None:
            # Every attempt this server allows was used by another probe of this diagnosis.
            rec.facts["auth_not_tried"] = "login_limit"
            rec.transcript.note("login not tried: the login limit for this server was reached")
            return
        if last.status is AuthStatus.OK:
            rec.outcome = Outcome.AUTH_OK
            gate.settled[server] = "ok"
        elif last.status is AuthStatus.REJECTED:
            rec.outcome = Outcome.AUTH_FAILED
            gate.settled[server] = last.code or Code.AUTH_FAILED.value
            if last.code == Code.AUTH_FAILED.value:
                gate.refused[host] = rec.endpoint.label
        else:
            rec.outcome = Outcome.AUTH_UNAVAILABLE
            rec.facts["auth_not_tried"] = "broken"
            gate.settled[server] = "broken"
