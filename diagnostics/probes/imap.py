"""The IMAP probe: greeting, CAPABILITY, STARTTLS, CAPABILITY again, the login test, what the
mailbox looks like after a login that worked, LOGOUT.

Own client on asyncio streams, not aioimaplib: aioimaplib keeps no greeting, has no STARTTLS, and
hangs for ever on a POP3 greeting on the IMAP port (library-notes.md; iroco-co/aioimaplib#128) —
exactly the servers a diagnosis meets. The authenticated stage stays on this stream too:
aioimaplib cannot adopt a connection that is already logged in (its protocol reads the greeting
itself in `connection_made`, and has no public way to start in the AUTH state), and a second
connection would mean a second login — one more of the two attempts (AuthGate) and one more "new
sign-in" notice to the person. Five read-only commands are too few to gain from a library.

After the login (RFC 9051 §5.5 lets a client send several commands at once; none of these depends
on another): CAPABILITY (servers add QUOTA, SPECIAL-USE, IDLE once logged in), NAMESPACE
(RFC 2342: the "INBOX." prefix), LIST "" "*" (RFC 6154 special-use attributes come with a plain
LIST), GETQUOTAROOT INBOX (RFC 9208) and EXAMINE INBOX (read-only, RFC 9051 §6.3.3: nothing is
marked seen or expunged; LOGOUT never expunges). One round trip, and a fault there never changes
the login's verdict.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import itertools
from collections.abc import Sequence
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
from diagnostics.wire.greeting import GreetingKind, identify_greeting
from diagnostics.wire.imap import (
    capabilities_from_greeting,
    parse_capability_line,
    parse_tagged,
    parse_untagged_status,
    quote_string,
)

# The login's modules (probes/auth.py, wire/sasl.py, wire/imap_mailbox.py, wire/inactivity.py)
# are imported where a login runs: without credentials a run never needs them (start-up).
if TYPE_CHECKING:
    from diagnostics.probes.auth import Exchange, Offer
    from diagnostics.wire.imap_mailbox import Folder, QuotaResource
    from diagnostics.wire.sasl import SaslClient


class ImapSession:
    """Tags and tagged replies for one connection (RFC 9051 §2.2.1)."""

    def __init__(self, rec: Recorder, channel: LineChannel) -> None:
        self.rec = rec
        self.channel = channel
        self._tags = (f"a{n}" for n in itertools.count(1))

    def next_tag(self) -> str:
        return next(self._tags)

    async def command(self, text: str, *, shown: str | None = None) -> tuple[str, list[str]]:
        """Send `TAG text`; return the tagged status word and the untagged lines before it."""
        tag = next(self._tags)
        timeout = self.rec.ctx.timeouts.command
        await self.channel.send(
            f"{tag} {text}", timeout, shown=None if shown is None else f"{tag} {shown}"
        )
        untagged: list[str] = []
        for _ in range(MAX_REPLY_LINES):
            line = await self.channel.read_line(timeout, what=f"answer to {text.split()[0]}")
            status = parse_tagged(line, tag)
            if status is not None:
                return status.status.upper(), untagged
            if line.startswith("* ") or line.startswith("+"):
                untagged.append(line)
                continue
            raise ProbeFault(Outcome.PROTOCOL_ERROR, f"not an IMAP reply: {line[:200]}")
        raise ProbeFault(Outcome.PROTOCOL_ERROR, f"more than {MAX_REPLY_LINES} lines in one reply")

    async def exchange(self, text: str, shown: str | None, client: SaslClient | None) -> Exchange:
        """A login command and its SASL continuations (RFC 9051 §6.2.2); never raises for a NO.

        `client` turns each `+ challenge` into our (secret) answer, and cancels past its last
        step; the transcript shows `****` for each. The reply kept for classification is the
        tagged line plus any untagged ALERT or BAD before it (Dovecot warns that way when a
        password came in clear), and what the client noticed (an OAuth error status).
        """
        from diagnostics.probes.auth import Exchange
        from diagnostics.wire.sasl import CANCEL, MASKED

        tag = next(self._tags)
        timeout = self.rec.ctx.timeouts.command
        await self.channel.send(
            f"{tag} {text}", timeout, shown=None if shown is None else f"{tag} {shown}"
        )
        notes: list[str] = []
        for _ in range(MAX_REPLY_LINES):
            line = await self.channel.read_line(timeout, what=f"answer to {text.split()[0]}")
            status = parse_tagged(line, tag)
            if status is not None:
                problem = None if client is None else client.problem
                words = " ".join(
                    [*notes, line[len(tag) + 1 :], *([f"({problem})"] * bool(problem))]
                )
                return Exchange(accepted=status.ok, reply=words, status=status.status)
            if line == "+" or line.startswith("+ "):
                answer = CANCEL if client is None else client.respond(line[2:])
                await self.channel.send(answer, timeout, shown=None if answer == CANCEL else MASKED)
                continue
            untagged = parse_untagged_status(line)
            if untagged is not None and (untagged.status != "OK" or untagged.code_name == "ALERT"):
                notes.append(line)
            elif not line.startswith("* "):
                raise ProbeFault(Outcome.PROTOCOL_ERROR, f"not an IMAP reply: {line[:200]}")
        raise ProbeFault(Outcome.PROTOCOL_ERROR, f"more than {MAX_REPLY_LINES} lines in one reply")

    async def capability(self) -> tuple[str, ...]:
        status, lines = await self.command("CAPABILITY")
        if status != "OK":
            raise ProbeFault(Outcome.PROTOCOL_ERROR, f"CAPABILITY failed: {status}")
        caps: list[str] = []
        for line in lines:
            caps.extend(parse_capability_line(line))
        return tuple(dict.fromkeys(caps))


def auth_mechanisms(caps: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(c[5:] for c in caps if c.startswith("AUTH="))


async def imap_dialogue(rec: Recorder) -> None:
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
    fault = greeting_fault(greeting, "imap")
    if fault is not None:
        raise fault
    if identify_greeting(greeting) is GreetingKind.IMAP_BYE:
        raise ProbeFault(Outcome.CLOSED, f"the server refused the connection: {greeting[:200]}")

    session = ImapSession(rec, channel)
    rec.enter(Stage.CAPABILITIES)
    caps = await session.capability() or capabilities_from_greeting(greeting)
    rec.capabilities = caps
    rec.starttls_offered = "STARTTLS" in caps
    if rec.endpoint.security is not Security.TLS:
        rec.auth_mechanisms_plain = auth_mechanisms(caps)
    if rec.endpoint.security is Security.STARTTLS:
        if not rec.starttls_offered:
            raise ProbeFault(Outcome.STARTTLS_NOT_OFFERED, "the server does not offer STARTTLS")
        status, _ = await session.command("STARTTLS")
        if status != "OK":
            raise ProbeFault(Outcome.STARTTLS_REFUSED, f"STARTTLS answered {status}")
        await upgrade(rec, channel)
        rec.enter(Stage.CAPABILITIES_TLS)
        # RFC 9051 §6.2.1: capabilities may change after TLS; forget the old list.
        caps = await session.capability()
        rec.capabilities_tls = caps
    rec.auth_mechanisms = auth_mechanisms(caps)
    if rec.ctx.credentials is not None:
        from diagnostics.probes.auth import login

        offer = _offer(caps, rec.ctx.credentials)
        await login(rec, offer, functools.partial(_attempt, session, caps))
        if rec.outcome is Outcome.AUTH_OK:
            await _mailbox(rec, session)
    await _logout(session)


def _offer(caps: tuple[str, ...], creds: Credentials) -> Offer:
    """The strongest AUTHENTICATE mechanism we can do, else the LOGIN command (a password, and
    no LOGINDISABLED)."""
    from diagnostics.probes.auth import Offer
    from diagnostics.wire.sasl import mechanism_plan

    advertised = auth_mechanisms(caps)
    plan = mechanism_plan(
        advertised,
        password=bool(creds.password),
        token=creds.oauth_token is not None,
        published=creds.methods,
    )
    mechanism = plan[0] if plan else None
    disabled = "LOGINDISABLED" in caps
    if mechanism is None and not disabled and creds.password:
        mechanism = "LOGIN-CMD"
    return Offer(
        mechanism=mechanism, fallbacks=plan[1:], advertised=advertised, refuses_plaintext=disabled
    )


async def _attempt(
    session: ImapSession, caps: tuple[str, ...], username: str, mechanism: str
) -> Exchange:
    from diagnostics.wire.sasl import MASKED, sasl_client

    creds = session.rec.ctx.credentials
    assert creds is not None
    if mechanism == "LOGIN-CMD":
        # RFC 9051 §6.2.3: LOGIN with quoted strings (a name with a space or quote needs them).
        user = quote_string(username)
        return await session.exchange(
            f"LOGIN {user} {quote_string(creds.password)}", f"LOGIN {user} {MASKED}", None
        )
    client = sasl_client(mechanism, username, password=creds.password, token=creds.oauth_token)
    command = f"AUTHENTICATE {mechanism}"
    initial = client.initial() if "SASL-IR" in caps else None
    if initial is not None:  # RFC 4959: the first response rides on the command
        # RFC 4959 §3: an empty initial response is sent as "=".
        return await session.exchange(f"{command} {initial or '='}", f"{command} {MASKED}", client)
    return await session.exchange(command, None, client)


AFTER_LOGIN = ("CAPABILITY", "NAMESPACE", 'LIST "" "*"', "GETQUOTAROOT INBOX", "EXAMINE INBOX")
MAX_MAILBOX_LINES = 2000  # a LIST of more folders than this is cut (folder_count says so)
MAX_FOLDERS_SHOWN = 50
MAX_NAME_CHARS = 120  # folder names are server text: cut before they reach a report


async def _mailbox(rec: Recorder, session: ImapSession) -> None:
    """The read-only commands after a login; records `facts["mailbox"]`, never raises."""
    timeout = rec.ctx.timeouts.command
    started = asyncio.get_running_loop().time()
    tags: dict[str, str] = {}
    untagged: list[str] = []
    try:
        async with asyncio.timeout(2 * timeout):
            for text in AFTER_LOGIN:
                tag = session.next_tag()
                tags[tag] = text
                await session.channel.send(f"{tag} {text}", timeout)
            done: dict[str, str] = {}
            for _ in range(MAX_MAILBOX_LINES):
                if len(done) == len(tags):
                    break
                line = await session.channel.read_line(timeout, what="answer after the login")
                tag, _, rest = line.partition(" ")
                if tag in tags:
                    done[tags[tag]] = rest
                elif line.startswith("* "):
                    untagged.append(line)
    except (ProbeFault, TimeoutError) as fault:
        rec.facts["mailbox_error"] = getattr(fault, "detail", "no answer in time")
        return
    elapsed = round((asyncio.get_running_loop().time() - started) * 1000)
    # Where a server may state its inactivity limit in words (wire/inactivity.py): the
    # greeting, the login's OK, and the OK lines after it.
    said = [rec.banner or "", *(a.reply for a in rec.auth_attempts if a.status is AuthStatus.OK)]
    facts = mailbox_facts(untagged, done, said_before=said)
    rec.facts["mailbox"] = {**facts, "elapsed_ms": elapsed}


def mailbox_facts(
    untagged: list[str], done: dict[str, str], *, said_before: Sequence[str] = ()
) -> dict[str, object]:
    """The facts of the after-login replies (pure): folders, namespace, quota, push, UTF-8,
    the inactivity limit where the server states it."""
    from diagnostics.wire.imap_mailbox import parse_exists, parse_list, parse_namespace, parse_quota
    from diagnostics.wire.inactivity import inactivity_facts

    caps: list[str] = []
    folders: list[Folder] = []
    namespace: tuple[str, str | None] | None = None
    quota: list[QuotaResource] = []
    messages: int | None = None
    for line in untagged:
        if line.upper().startswith("* CAPABILITY "):
            caps.extend(parse_capability_line(line))
        elif (folder := parse_list(line)) is not None:
            folders.append(folder)
        elif (found := parse_namespace(line)) is not None:
            namespace = namespace or found
        elif resources := parse_quota(line):
            quota.extend(resources)
        elif (count := parse_exists(line)) is not None:
            messages = count
    special: dict[str, str] = {}
    for folder in folders:
        for use in folder.special_use:
            special.setdefault(use, clean(folder.name)[:MAX_NAME_CHARS])
    examine = done.get("EXAMINE INBOX", "")
    return {
        "protocol": "imap",
        "messages": messages,
        "read_only": "[READ-ONLY]" in examine.upper(),
        "folder_count": len(folders),
        "folders": [clean(f.name)[:MAX_NAME_CHARS] for f in folders[:MAX_FOLDERS_SHOWN]],
        "special_use": special,
        "special_use_supported": "SPECIAL-USE" in caps,
        "namespace_prefix": None if namespace is None else namespace[0],
        "delimiter": None if namespace is None else namespace[1],
        "quota": [
            {
                "root": q.root,
                "resource": q.resource,
                "usage": q.usage,
                "limit": q.limit,
                "percent": None if q.percent is None else round(q.percent, 1),
            }
            for q in quota
        ],
        "quota_supported": any(c == "QUOTA" or c.startswith("QUOTA=") for c in caps),
        "idle": "IDLE" in caps,
        "utf8_accept": "UTF8=ACCEPT" in caps,
        **inactivity_facts([*said_before, *untagged, *done.values()]),
    }


async def _logout(session: ImapSession) -> None:
    # The probe's verdict is in; a server that drops the line at LOGOUT is fine.
    with contextlib.suppress(ProbeFault):
        await session.command("LOGOUT")


async def probe_imap(endpoint: Endpoint, ctx: ProbeContext) -> ProbeResult:
    return await run_probe(endpoint, ctx, imap_dialogue)
