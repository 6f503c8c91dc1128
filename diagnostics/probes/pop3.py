"""The POP3 probe: greeting, CAPA, STLS, CAPA again, the login test, what the mailbox says after
a login that worked, QUIT (RFC 1939, RFC 2449, RFC 2595, RFC 5034).

No maintained asyncio POP3 client exists (library-notes.md): this is a small one on streams.

After the login, read-only (never RETR, TOP or DELE; QUIT deletes nothing that was not marked):
STAT (count and size), `UIDL 1` (one line, whatever the mailbox size: without UIDL "leave a copy
on the server" downloads everything again), and CAPA again, because RFC 2449 §6.5/§6.7 lets a
server announce the user's own EXPIRE and LOGIN-DELAY only once logged in ("EXPIRE 30 USER"
before).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from typing import TYPE_CHECKING

from diagnostics.model import (
    AuthStatus,
    Credentials,
    Endpoint,
    Outcome,
    ProbeResult,
    Security,
    Stage,
)
from diagnostics.net.channel import MAX_REPLY_LINES, LineChannel, ProbeFault, clean
from diagnostics.probes.base import (
    ProbeContext,
    Recorder,
    greeting_fault,
    open_channel,
    run_probe,
    upgrade,
)
from diagnostics.wire.pop3 import is_continuation, parse_capa, parse_status

# The login's modules (probes/auth.py, wire/sasl.py, wire/inactivity.py) are imported where a
# login runs: without credentials a run never needs them (start-up).
if TYPE_CHECKING:
    from diagnostics.probes.auth import Exchange, Offer


async def command(
    rec: Recorder, channel: LineChannel, text: str, *, shown: str | None = None
) -> str:
    """Send one command and return its status line."""
    timeout = rec.ctx.timeouts.command
    await channel.send(text, timeout, shown=shown)
    return await channel.read_line(timeout, what=f"answer to {text.split()[0]}")


async def capa(rec: Recorder, channel: LineChannel) -> tuple[str, ...] | None:
    """CAPA's lines, or None when the server doesn't know CAPA (RFC 2449 is optional)."""
    line = await command(rec, channel, "CAPA")
    status = parse_status(line)
    if not status.ok:
        return None
    lines: list[str] = []
    for _ in range(MAX_REPLY_LINES):
        item = await channel.read_line(rec.ctx.timeouts.command, what="end of CAPA")
        if item == ".":
            return parse_capa(lines).lines
        lines.append(item)
    raise ProbeFault(Outcome.PROTOCOL_ERROR, f"CAPA sent more than {MAX_REPLY_LINES} lines")


def auth_mechanisms(caps: tuple[str, ...]) -> tuple[str, ...]:
    """SASL mechanisms (RFC 5034), plus USER for USER/PASS (RFC 1939) when advertised."""
    parsed = parse_capa(list(caps))
    mechanisms = list(parsed.sasl_mechanisms)
    if parsed.user:
        mechanisms.append("USER")
    return tuple(mechanisms)


async def pop3_dialogue(rec: Recorder) -> None:
    channel = await open_channel(rec)
    try:
        await _dialogue(rec, channel)
    finally:
        channel.abort()


async def _dialogue(rec: Recorder, channel: LineChannel) -> None:
    loop = asyncio.get_running_loop()
    rec.enter(Stage.GREETING)
    started = loop.time()
    greeting = await channel.read_line(rec.ctx.timeouts.greeting, what="greeting")
    rec.greeting_ms = round((loop.time() - started) * 1000)
    rec.banner = clean(greeting)[:300]
    fault = greeting_fault(greeting, "pop3")
    if fault is not None:
        raise fault
    if not parse_status(greeting).ok:
        raise ProbeFault(Outcome.CLOSED, f"the server refused the connection: {greeting[:200]}")

    rec.enter(Stage.CAPABILITIES)
    caps = await capa(rec, channel)
    rec.capabilities = caps or ()
    rec.starttls_offered = None if caps is None else parse_capa(list(caps)).stls
    if rec.endpoint.security is not Security.TLS:
        rec.auth_mechanisms_plain = auth_mechanisms(rec.capabilities)
    if rec.endpoint.security is Security.STARTTLS:
        if rec.starttls_offered is False:
            raise ProbeFault(Outcome.STARTTLS_NOT_OFFERED, "the server does not offer STLS")
        # Without CAPA we can't know: try STLS anyway, as mail apps do (RFC 2595 §4).
        reply = await command(rec, channel, "STLS")
        if not parse_status(reply).ok:
            outcome = Outcome.STARTTLS_REFUSED if caps is not None else Outcome.STARTTLS_NOT_OFFERED
            raise ProbeFault(outcome, f"STLS answered: {reply[:200]}")
        rec.starttls_offered = True
        await upgrade(rec, channel)
        rec.enter(Stage.CAPABILITIES_TLS)
        caps = await capa(rec, channel)
        rec.capabilities_tls = caps or ()
    rec.auth_mechanisms = auth_mechanisms(rec.capabilities_tls or rec.capabilities)
    if rec.ctx.credentials is not None:
        current = caps if rec.endpoint.security is Security.STARTTLS else rec.capabilities
        from diagnostics.probes.auth import login

        offer = _offer(current, rec.ctx.credentials)
        await login(rec, offer, functools.partial(_attempt, rec, channel))
        if rec.outcome is Outcome.AUTH_OK:
            await _mailbox(rec, channel, current)
    with contextlib.suppress(ProbeFault):  # the verdict is in; a drop at QUIT is fine
        await command(rec, channel, "QUIT")


def _offer(caps: tuple[str, ...] | None, creds: Credentials) -> Offer:
    """The strongest SASL mechanism (RFC 5034) we can do when listed, else USER/PASS (RFC 1939)
    when listed or when the server has no CAPA at all (then USER is the only login RFC 1939
    knows); USER/PASS needs a password."""
    from diagnostics.probes.auth import Offer
    from diagnostics.wire.sasl import mechanism_plan

    if caps is None:
        return Offer(mechanism="USER" if creds.password else None, advertised=())
    parsed = parse_capa(list(caps))
    plan = mechanism_plan(
        parsed.sasl_mechanisms,
        password=bool(creds.password),
        token=creds.oauth_token is not None,
        published=creds.methods,
    )
    mechanism = plan[0] if plan else None
    if mechanism is None and parsed.user and creds.password:
        mechanism = "USER"
    # Dovecot lists neither USER nor SASL before TLS when it refuses plaintext logins, but STLS.
    refuses = mechanism is None and parsed.stls
    return Offer(
        mechanism=mechanism,
        fallbacks=plan[1:],
        advertised=parsed.sasl_mechanisms,
        refuses_plaintext=refuses,
    )


async def _attempt(rec: Recorder, channel: LineChannel, username: str, mechanism: str) -> Exchange:
    from diagnostics.probes.auth import Exchange
    from diagnostics.wire.sasl import CANCEL, MASKED, sasl_client

    creds = rec.ctx.credentials
    assert creds is not None
    timeout = rec.ctx.timeouts.command
    if mechanism == "USER":
        reply = await command(rec, channel, f"USER {username}")
        if not parse_status(reply).ok:
            return Exchange(accepted=False, reply=reply)
        reply = await command(rec, channel, f"PASS {creds.password}", shown=f"PASS {MASKED}")
        return Exchange(accepted=parse_status(reply).ok, reply=reply)
    # RFC 5034 §4: AUTH, then one answer per "+ challenge" line; "*" cancels anything more.
    # No initial response on the command: Dovecot takes it, but older servers (and RFC 1734's
    # AUTH) do not, and the exchange is the same one round trip longer.
    client = sasl_client(mechanism, username, password=creds.password, token=creds.oauth_token)
    reply = await command(rec, channel, f"AUTH {mechanism}")
    step = 0
    while is_continuation(reply):
        answer = client.respond(reply[2:])
        step += 1
        await channel.send(answer, timeout, shown=MASKED if answer != CANCEL else None)
        reply = await channel.read_line(timeout, what="answer to AUTH")
        if step > 4:
            break
    if client.problem:
        reply = f"{reply} ({client.problem})"
    return Exchange(accepted=parse_status(reply).ok, reply=reply)


async def _mailbox(rec: Recorder, channel: LineChannel, before: tuple[str, ...] | None) -> None:
    """STAT, UIDL 1, CAPA after the login; records `facts["mailbox"]`, never raises."""
    from diagnostics.wire.inactivity import inactivity_facts

    started = asyncio.get_running_loop().time()
    try:
        stat = parse_status(await command(rec, channel, "STAT"))
        count, size = _stat_numbers(stat.text) if stat.ok else (None, None)
        uidl: bool | None = None
        if count:
            uidl = parse_status(await command(rec, channel, "UIDL 1")).ok
        after = await capa(rec, channel)
    except ProbeFault as fault:
        rec.facts["mailbox_error"] = fault.detail
        return
    caps = parse_capa(list(after if after is not None else before or ()))
    if uidl is None:
        uidl = caps.uidl
    rec.facts["mailbox"] = {
        "protocol": "pop3",
        "messages": count,
        "size": size,
        "uidl": uidl,
        "expire_days": expire_days(caps.get("EXPIRE")),
        "login_delay_s": caps.login_delay,
        # RFC 1939 §3: at least 10 minutes; stated only in words, if at all (greeting, PASS).
        **inactivity_facts(
            [rec.banner or "", *(a.reply for a in rec.auth_attempts if a.status is AuthStatus.OK)]
        ),
        "elapsed_ms": round((asyncio.get_running_loop().time() - started) * 1000),
    }


def _stat_numbers(text: str) -> tuple[int | None, int | None]:
    """RFC 1939 §5 STAT: "+OK nn mm" (messages, octets)."""
    words = text.split()
    if len(words) >= 2 and all(w.isascii() and w.isdigit() and len(w) < 19 for w in words[:2]):
        return int(words[0]), int(words[1])
    return None, None


def expire_days(args: tuple[str, ...] | None) -> int | None:
    """RFC 2449 §6.7: "EXPIRE 0", "EXPIRE 30", "EXPIRE NEVER" (None: not listed, or never)."""
    if not args or not args[0].isascii() or not args[0].isdigit():
        return None
    return int(args[0])


async def probe_pop3(endpoint: Endpoint, ctx: ProbeContext) -> ProbeResult:
    return await run_probe(endpoint, ctx, pop3_dialogue)
