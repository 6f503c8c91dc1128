"""The SMTP probe on aiosmtplib: greeting, EHLO, STARTTLS, EHLO again, AUTH (RFC 4954), the send
test that sends nothing, QUIT.

The send test, only after a login that worked and only with an address to send as: `MAIL
FROM:<address>` (with `SIZE=` when the server offers SIZE, RFC 1870, and `SMTPUTF8` for a
non-ASCII address, RFC 6531), `RCPT TO:<the same address>`, then `RSET` (RFC 5321 §4.1.1.5: the
transaction is dropped). Never DATA: no message can be sent. It tells whether this login may
send as that address (send-as) and whether the server relays for it.

aiosmtplib does this job well (library-notes.md): we hand it a socket already connected to the
address the policy checked, with `hostname=` for SNI and the certificate. Its exceptions are
mapped here, once, to outcomes; note that a certificate refused during STARTTLS arrives as a raw
`ssl.SSLCertVerificationError`, while one refused on connect comes wrapped in SMTPConnectError.

aiosmtplib reads the server's lines itself, so its replies (and the server text inside its
exceptions) are where server text enters the process here: each passes the run's Redactor in
`_redacted` / `_fault_from` before anything reads it, and the EHLO keywords are parsed from the
redacted reply, never from the client's own (unredacted) `esmtp_extensions`.
"""

from __future__ import annotations

import asyncio
import functools
import ssl
from typing import TYPE_CHECKING

import aiosmtplib
from aiosmtplib.esmtp import parse_esmtp_extensions

from diagnostics.model import AuthStatus, Endpoint, Outcome, ProbeResult, Security, Stage
from diagnostics.net.channel import ProbeFault, clean
from diagnostics.net.tls import classify_tls_error
from diagnostics.probes.base import (
    ProbeContext,
    Recorder,
    TlsFault,
    greeting_fault,
    open_socket,
    run_probe,
)

# The login's modules (probes/auth.py, wire/sasl.py) are imported where a login runs:
# without credentials a run never needs them (start-up).
if TYPE_CHECKING:
    from diagnostics.probes.auth import Exchange

SMTP_AUTH_OK = 235  # RFC 4954 §6
SMTP_CONTINUE = 334  # RFC 4954 §4: a server challenge follows


def _redacted(rec: Recorder, response: aiosmtplib.SMTPResponse) -> aiosmtplib.SMTPResponse:
    """The reply as the rest of the probe may see it: the run's secrets masked, then recorded."""
    reply = aiosmtplib.SMTPResponse(response.code, rec.redact(response.message))
    lines = reply.message.splitlines() or [""]
    for i, line in enumerate(lines):
        sep = "-" if i < len(lines) - 1 else " "
        rec.transcript.add("S", f"{reply.code}{sep}{line}")
    return reply


def _extensions(ehlo: aiosmtplib.SMTPResponse) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """EHLO keywords with their parameters, and the AUTH mechanisms, of a redacted reply."""
    extensions, methods = parse_esmtp_extensions(ehlo.message)
    keywords = tuple(f"{name.upper()} {params}".strip() for name, params in extensions.items())
    return keywords, tuple(dict.fromkeys(m.upper() for m in methods))


def _fault_from(exc: BaseException, rec: Recorder) -> ProbeFault:
    """aiosmtplib's exceptions → outcomes; the most specific first (style.md §4). Their
    messages hold server text: redacted before use."""
    say = rec.redact
    if isinstance(exc, ssl.SSLError | ssl.CertificateError):
        return TlsFault(classify_tls_error(exc))
    if isinstance(exc, aiosmtplib.SMTPConnectTimeoutError | aiosmtplib.SMTPTimeoutError):
        what = "greeting" if rec.stage is Stage.GREETING else "answer"
        return ProbeFault(Outcome.READ_TIMEOUT, f"no {what} within the time allowed")
    if isinstance(exc, aiosmtplib.SMTPConnectResponseError):
        return ProbeFault(
            Outcome.CLOSED, f"the server refused the session: {exc.code} {say(exc.message)}"
        )
    if isinstance(exc, aiosmtplib.SMTPConnectError):
        cause = exc.__cause__
        if isinstance(cause, ssl.SSLError | ConnectionError | TimeoutError):
            return TlsFault(classify_tls_error(cause))
        return ProbeFault(Outcome.CLOSED, f"connection failed: {say(exc.message)}")
    if isinstance(exc, aiosmtplib.SMTPServerDisconnected):
        return ProbeFault(Outcome.CLOSED, f"the server closed the connection ({say(str(exc))})")
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        text = say(str(exc.message))
        if exc.code == -1:
            # "Malformed SMTP response line: * OK ..." — another protocol, or garbage.
            line = text.split(": ", 1)[1] if "response line: " in text else text
            fault = greeting_fault(line, "smtp")
            if fault is not None:
                return fault
            return ProbeFault(Outcome.PROTOCOL_ERROR, text[:200])
        return ProbeFault(Outcome.PROTOCOL_ERROR, f"{exc.code} {text[:200]}")
    if isinstance(exc, ConnectionError | OSError):
        return ProbeFault(Outcome.CLOSED, f"the connection broke ({exc.__class__.__name__})")
    if isinstance(exc, aiosmtplib.SMTPException):
        return ProbeFault(Outcome.PROTOCOL_ERROR, say(str(exc))[:200])
    raise exc


async def smtp_dialogue(rec: Recorder) -> None:
    sock = await open_socket(rec)
    implicit = rec.endpoint.security is Security.TLS
    timeouts = rec.ctx.timeouts
    client = aiosmtplib.SMTP(
        hostname=rec.endpoint.host,
        sock=sock,
        use_tls=implicit,
        start_tls=False,
        tls_context=rec.tls_context,
        local_hostname=rec.ctx.ehlo_name,  # the default calls getfqdn() in a thread
        timeout=timeouts.greeting + (timeouts.tls if implicit else 0.0),
    )
    loop = asyncio.get_running_loop()
    try:
        rec.enter(Stage.TLS if implicit else Stage.GREETING)
        started = loop.time()
        try:
            greeting = _redacted(rec, await client.connect())
        except Exception as exc:
            raise _fault_from(exc, rec) from None
        if implicit:
            rec.record_tls(client.get_transport_info("ssl_object"))
            rec.transcript.note(f"TLS {rec.tls.version if rec.tls else '?'} established")
            rec.enter(Stage.GREETING)
        rec.greeting_ms = round((loop.time() - started) * 1000)
        rec.banner = clean(
            f"{greeting.code} {greeting.message.splitlines()[0] if greeting.message else ''}"
        )[:300]
        await _session(rec, client, loop)
    finally:
        transport = client.transport
        client.close()
        if isinstance(transport, asyncio.Transport):
            transport.abort()


async def _session(rec: Recorder, client: aiosmtplib.SMTP, loop: asyncio.AbstractEventLoop) -> None:
    timeout = rec.ctx.timeouts.command
    rec.enter(Stage.CAPABILITIES)
    try:
        rec.transcript.add("C", f"EHLO {rec.ctx.ehlo_name}")
        reply = _redacted(rec, await client.ehlo(timeout=timeout))
    except Exception as exc:
        raise _fault_from(exc, rec) from None
    rec.capabilities, methods = _extensions(reply)
    rec.starttls_offered = client.supports_extension("starttls")
    if rec.endpoint.security is not Security.TLS:
        rec.auth_mechanisms_plain = methods
    if rec.endpoint.security is Security.STARTTLS:
        if not rec.starttls_offered:
            raise ProbeFault(Outcome.STARTTLS_NOT_OFFERED, "the server does not offer STARTTLS")
        rec.enter(Stage.STARTTLS)
        rec.transcript.add("C", "STARTTLS")
        try:
            reply = await client.starttls(
                tls_context=rec.tls_context, server_hostname=rec.endpoint.host, timeout=timeout
            )
        except aiosmtplib.SMTPResponseException as exc:
            refusal = _redacted(rec, aiosmtplib.SMTPResponse(exc.code, exc.message))
            raise ProbeFault(
                Outcome.STARTTLS_REFUSED, f"STARTTLS answered {refusal.code} {refusal.message}"
            ) from None
        except Exception as exc:
            raise _fault_from(exc, rec) from None
        _redacted(rec, reply)
        rec.record_tls(client.get_transport_info("ssl_object"))
        rec.transcript.note(f"TLS {rec.tls.version if rec.tls else '?'} established")
        rec.enter(Stage.CAPABILITIES_TLS)
        try:
            rec.transcript.add("C", f"EHLO {rec.ctx.ehlo_name}")
            reply = _redacted(rec, await client.ehlo(timeout=timeout))
        except Exception as exc:
            raise _fault_from(exc, rec) from None
        rec.capabilities_tls, methods = _extensions(reply)
    rec.auth_mechanisms = methods
    creds = rec.ctx.credentials
    if creds is not None:
        from diagnostics.probes.auth import Offer, login
        from diagnostics.wire.sasl import mechanism_plan

        plan = mechanism_plan(
            methods,
            password=bool(creds.password),
            token=creds.oauth_token is not None,
            published=creds.methods,
        )
        offer = Offer(
            mechanism=plan[0] if plan else None,
            fallbacks=plan[1:],
            advertised=methods,
            # RFC 3207 §4, Postfix smtpd_tls_auth_only: AUTH appears only after STARTTLS.
            refuses_plaintext=rec.tls is None and not methods and bool(rec.starttls_offered),
        )
        await login(rec, offer, functools.partial(_attempt, rec, client))
        if rec.outcome is Outcome.AUTH_OK:
            await _send_test(rec, client)
    try:
        rec.transcript.add("C", "QUIT")
        _redacted(rec, await client.quit(timeout=timeout))
    except Exception:
        pass


async def _command(
    rec: Recorder, client: aiosmtplib.SMTP, args: tuple[bytes, ...], shown: str
) -> aiosmtplib.SMTPResponse:
    rec.transcript.add("C", shown)
    try:
        response = await client.execute_command(*args, timeout=rec.ctx.timeouts.command)
    except Exception as exc:
        raise _fault_from(exc, rec) from None
    return _redacted(rec, response)


async def _attempt(
    rec: Recorder, client: aiosmtplib.SMTP, username: str, mechanism: str
) -> Exchange:
    """One AUTH exchange (RFC 4954 §4), continuations included; never raises for a 5xx.

    Not aiosmtplib's `login()`: it tries every method in turn (more attempts than we allow) and
    hides the server's words in an exception; here each line is shown masked in the transcript.
    """
    from diagnostics.probes.auth import Exchange
    from diagnostics.wire.sasl import CANCEL, MASKED, sasl_client

    creds = rec.ctx.credentials
    assert creds is not None
    sasl = sasl_client(mechanism, username, password=creds.password, token=creds.oauth_token)
    # RFC 4954 §4: the initial response rides on AUTH ("=" when empty).
    initial = sasl.initial()
    if initial is not None:
        args: tuple[bytes, ...] = (b"AUTH", mechanism.encode(), (initial or "=").encode())
        response = await _command(rec, client, args, f"AUTH {mechanism} {MASKED}")
    else:
        response = await _command(rec, client, (b"AUTH", mechanism.encode()), f"AUTH {mechanism}")
    step = 0
    while response.code == SMTP_CONTINUE and step < 4:
        answer = sasl.respond(response.message)
        step += 1
        response = await _command(
            rec, client, (answer.encode(),), MASKED if answer != CANCEL else CANCEL
        )
    reply = f"{response.code} {response.message}"
    if sasl.problem:
        reply = f"{reply} ({sasl.problem})"
    return Exchange(accepted=response.code == SMTP_AUTH_OK, reply=reply, smtp_code=response.code)


SMTP_OK = 250  # RFC 5321 §4.2.2
TEST_SIZE = 1024  # the size we declare: a short message


def _keyword(keywords: tuple[str, ...], name: str) -> str | None:
    """The parameters of an EHLO keyword ("" when it has none), or None when not offered."""
    for item in keywords:
        word, _, params = item.partition(" ")
        if word.upper() == name:
            return params.strip()
    return None


def _sender(rec: Recorder) -> str | None:
    """The address to send as: the login that worked, when it is an address."""
    worked = next((a.username for a in rec.auth_attempts if a.status is AuthStatus.OK), None)
    return worked if worked and "@" in worked else None


async def _send_test(rec: Recorder, client: aiosmtplib.SMTP) -> None:
    """MAIL FROM, RCPT TO, RSET; records `facts["sending"]`, never raises, never DATA."""
    started = asyncio.get_running_loop().time()
    keywords = rec.capabilities_tls or rec.capabilities
    size = _keyword(keywords, "SIZE")
    facts: dict[str, object] = {
        "size_limit": int(size) if size and size.isascii() and size.isdigit() else None,
        "8bitmime": _keyword(keywords, "8BITMIME") is not None,
        "smtputf8": _keyword(keywords, "SMTPUTF8") is not None,
        "data_sent": False,
    }
    sender = _sender(rec)
    facts["sender"] = sender
    if sender is None or any(c in sender for c in "<> \t"):
        rec.facts["sending"] = facts
        return
    params: list[str] = []
    if size is not None:
        params.append(f"SIZE={TEST_SIZE}")
    if not sender.isascii():
        if not facts["smtputf8"]:
            facts["sender_accepted"] = None  # untestable: the address needs SMTPUTF8
            rec.facts["sending"] = facts
            return
        params.append("SMTPUTF8")
    try:
        mail = await _command(
            rec, client, (f"MAIL FROM:<{sender}>".encode(), *(p.encode() for p in params)),
            " ".join([f"MAIL FROM:<{sender}>", *params]),
        )  # fmt: skip
        facts["sender_accepted"] = mail.code == SMTP_OK
        facts["sender_reply"] = clean(f"{mail.code} {mail.message}")[:300]
        if mail.code == SMTP_OK:
            rcpt = await _command(
                rec, client, (f"RCPT TO:<{sender}>".encode(),), f"RCPT TO:<{sender}>"
            )
            facts["recipient_accepted"] = rcpt.code in (SMTP_OK, 251)
            facts["recipient_reply"] = clean(f"{rcpt.code} {rcpt.message}")[:300]
        await _command(rec, client, (b"RSET",), "RSET")
    except ProbeFault as fault:
        facts["error"] = fault.detail
    facts["elapsed_ms"] = round((asyncio.get_running_loop().time() - started) * 1000)
    rec.facts["sending"] = facts


async def probe_smtp(endpoint: Endpoint, ctx: ProbeContext) -> ProbeResult:
    return await run_probe(endpoint, ctx, smtp_dialogue)
