"""What every probe shares: its context, a recorder of stages, and the runner around a dialogue.

Theory of operation. `run_probe(endpoint, ctx, dialogue)` resolves the host, checks the address
policy on the address it will connect to, and runs the protocol's dialogue once with a verifying
TLS context. Faults inside a dialogue are `ProbeFault`s; the runner turns them into the result's
outcome, so a probe never raises for a network or server fault (style.md §3). Three follow-ups
turn a generic failure into the specific one a person can act on:

- the certificate was refused → the dialogue runs again without verification, to record the
  certificate and what the server offers after TLS (the outcome stays `cert_invalid`);
- the handshake failed otherwise → once more with TLS 1.0/1.1 allowed: if that works the server is
  outdated (RFC 8996), not broken;
- plain text met silence → a TLS handshake on a fresh connection: if the port answers TLS, the
  settings say "None"/"STARTTLS" for an implicit-TLS port (`plain_on_tls_port`);
- implicit TLS met plain text → the plain greeting is read on a fresh connection, so the report
  can say what the port really speaks (`tls_on_plain_port`).
The whole probe also runs under the diagnosis deadline: past it the result says `deadline`, with
the stage it had reached.

Every address. A host's other A and AAAA addresses (at most 4 per family) get the same dialogue
at the same time, without a login and without the follow-ups; each answer is an `AddressResult`
on the result (`addresses`), so a dead AAAA record shows (findings/addresses.py: IPV6_BROKEN).
The address policy is checked on each address before it is connected to.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import field, replace
from typing import Any

from diagnostics.frozen import frozen
from diagnostics.model import (
    UNREACHED,
    AddressResult,
    AuthAttempt,
    CertProblem,
    Credentials,
    Endpoint,
    Family,
    Outcome,
    ProbeResult,
    Security,
    Stage,
    StageTiming,
    TlsFacts,
)
from diagnostics.net import deadline, looplag
from diagnostics.net.channel import MAX_LINE, LineChannel, ProbeFault, Transcript, clean
from diagnostics.net.connect import ConnectFailure, connect_socket
from diagnostics.net.connect import open_stream as open_tls_stream
from diagnostics.net.destination import Caps, Waits, counting
from diagnostics.net.redact import Redactor
from diagnostics.net.resolve import Resolution, resolve_host
from diagnostics.net.tls import (
    OUTDATED_VERSIONS,
    TlsContexts,
    TlsFailure,
    certificate_problems,
    classify_tls_error,
    tls_facts,
)
from diagnostics.policy import AddressPolicy
from diagnostics.wire.greeting import GreetingKind, identify_greeting, protocol_of

# Thunderbird gives a server 10 s to connect and answer (mail-facts.md); we use half of the
# diagnosis deadline's share so a sweep still ends in time.
DEFAULT_STAGE_TIMEOUT = 5.0
EHLO_NAME = "mailmedic.invalid"  # RFC 2606 reserved: says "this is a test client"


# A first address whose probe ended at one of these stages never answered as a mail server.
_NOT_ANSWERED = frozenset({Stage.RESOLVE, Stage.CONNECT, Stage.TLS, Stage.GREETING})


@frozen
class Timeouts:
    """The time limit of each probe stage, in seconds."""

    connect: float = DEFAULT_STAGE_TIMEOUT
    greeting: float = DEFAULT_STAGE_TIMEOUT
    tls: float = DEFAULT_STAGE_TIMEOUT
    command: float = DEFAULT_STAGE_TIMEOUT
    resolve: float = 3.0

    @classmethod
    def for_deadline(cls, total: float) -> Timeouts:
        """Per-stage timeouts from the whole command's deadline (design.md: `--timeout`)."""
        stage = max(0.5, min(10.0, total / 4))
        return cls(connect=stage, greeting=stage, tls=stage, command=stage, resolve=min(3.0, stage))


class HostResolver:
    """Resolves each host once per diagnosis, however many probes ask for it.

    `close()` at the end of the run cancels the resolutions still running and waits for them,
    and ends the run's DNS questions (net/coalesce.py), so nothing of the run outlives its
    report (net/deadline.py)."""

    def __init__(self, resolver: Any, timeout: float) -> None:
        self._resolver = resolver
        self._timeout = timeout
        self._pending: dict[str, asyncio.Future[Resolution]] = {}

    async def resolve(self, host: str) -> Resolution:
        future = self._pending.get(host)
        if future is None:
            future = asyncio.ensure_future(
                resolve_host(self._resolver, host, timeout=self._timeout)
            )
            self._pending[host] = future
        return await asyncio.shield(future)

    async def close(self) -> None:
        """At the end of a run: resolutions nobody waits for any more (shielded from the probe
        the deadline stopped) are cancelled and waited for, and so are the run's questions
        still in flight."""
        running = [f for f in self._pending.values() if not f.done()]
        self._pending = {h: f for h, f in self._pending.items() if f.done()}
        await deadline.stop(*running)
        close = getattr(self._resolver, "close", None)
        if close is not None:
            await close()

    @property
    def resolver(self) -> Any:
        return self._resolver


@frozen
class ProbeContext:
    """What every probe of one run shares: resolver, TLS contexts, policy and limits."""

    resolver: HostResolver
    tls: TlsContexts
    policy: AddressPolicy = field(default_factory=AddressPolicy)
    timeouts: Timeouts = field(default_factory=Timeouts)
    deadline: float | None = None  # event-loop time by which every probe ends
    ehlo_name: str = EHLO_NAME
    # A login test (probes/auth.py): only with credentials; the gate bounds attempts per server.
    credentials: Credentials | None = None
    # The run's secrets, for every probe of the run: a probe without credentials (the sweep's
    # other ports, discovery) still meets a server that learnt the password (net/redact.py).
    redactor: Redactor = field(default_factory=Redactor)
    allow_plaintext_auth: bool = False  # --allow-plaintext-auth: a password may cross in clear
    auth_gate: AuthGate | None = None
    # Connections open at once per server address and per provider, across the process
    # (net/destination.py); None: no cap (a test's own context).
    connections: Caps | None = None


class AuthGate:
    """Login attempts of one diagnosis, shared by its probes (design.md: nobody is locked out).

    Per server (host and protocol) at most `limit` attempts, and none after the first definitive
    answer; per host, logins run one at a time, so a later probe learns from an earlier one (the
    username form that worked, or that the password was refused) instead of trying again.
    """

    def __init__(self, limit: int = 2) -> None:
        self.limit = limit
        self._locks: dict[str, asyncio.Lock] = {}
        self.attempts: dict[tuple[str, str], int] = {}
        self.settled: dict[tuple[str, str], str] = {}  # server -> "ok" or the refusing code
        self.username_ok: dict[str, str] = {}  # host -> the username form that worked
        self.refused: dict[str, str] = {}  # host -> label of the endpoint that refused the password

    def lock(self, host: str) -> asyncio.Lock:
        return self._locks.setdefault(host.lower(), asyncio.Lock())


class TlsFault(ProbeFault):
    def __init__(self, failure: TlsFailure) -> None:
        super().__init__(failure.outcome, failure.detail)
        self.failure = failure


class Recorder:
    """Mutable scratch pad of one attempt; frozen into a ProbeResult at the end."""

    def __init__(self, endpoint: Endpoint, ctx: ProbeContext, tls_context: ssl.SSLContext) -> None:
        self.endpoint = endpoint
        self.ctx = ctx
        self.tls_context = tls_context
        self.verifying = tls_context is ctx.tls.verify
        loop = asyncio.get_running_loop()
        self._loop = loop
        self.started = loop.time()
        self._stage_started = self.started
        self.stage = Stage.CONNECT
        self.timings: list[StageTiming] = []
        # Server text is redacted where it is read (LineChannel, the SMTP probe's replies).
        self.redact = ctx.redactor
        self.transcript = Transcript()
        self.address: str | None = None
        self.banner: str | None = None
        self.capabilities: tuple[str, ...] = ()
        self.capabilities_tls: tuple[str, ...] = ()
        self.auth_mechanisms: tuple[str, ...] = ()
        self.auth_mechanisms_plain: tuple[str, ...] = ()
        self.starttls_offered: bool | None = None
        self.tls: TlsFacts | None = None
        self.greeting_ms: int | None = None
        self.facts: dict[str, Any] = {}
        self.outcome = Outcome.OK  # a login test sets auth_ok / auth_failed / auth_unavailable
        self.auth_attempts: list[AuthAttempt] = []

    def enter(self, stage: Stage) -> None:
        now = self._loop.time()
        self.timings.append(
            StageTiming(stage=self.stage, elapsed_ms=_ms(now - self._stage_started))
        )
        self.stage = stage
        self._stage_started = now

    def record_tls(self, sslobj: Any) -> None:
        self.tls = tls_facts(
            sslobj, self.endpoint.host, verified=self.verifying, redact=self.redact
        )

    def result(self, outcome: Outcome, detail: str | None = None) -> ProbeResult:
        return ProbeResult(
            endpoint=self.endpoint,
            outcome=outcome,
            stage=self.stage,
            elapsed_ms=_ms(self._loop.time() - self.started),
            address=self.address,
            detail=None if detail is None else clean(detail)[:500],
            banner=self.banner,
            capabilities=self.capabilities,
            capabilities_tls=self.capabilities_tls,
            auth_mechanisms=self.auth_mechanisms,
            auth_mechanisms_plain=self.auth_mechanisms_plain,
            starttls_offered=self.starttls_offered,
            tls=self.tls,
            greeting_ms=self.greeting_ms,
            timings=tuple(self.timings),
            transcript=self.transcript.freeze(),
            facts=dict(self.facts),
            auth_attempts=tuple(self.auth_attempts),
        )


def _ms(seconds: float) -> int:
    return max(0, round(seconds * 1000))


Dialogue = Callable[[Recorder], Awaitable[None]]


async def open_socket(rec: Recorder) -> socket.socket:
    """Stage CONNECT: a TCP connection to the address the runner chose."""
    assert rec.address is not None
    rec.transcript.note(f"connecting to {rec.address} port {rec.endpoint.port}")
    sock = await connect_socket(
        rec.address,
        rec.endpoint.port,
        timeout=rec.ctx.timeouts.connect,
        host=rec.endpoint.host,
        caps=rec.ctx.connections,
    )
    if isinstance(sock, ConnectFailure):
        if sock.no_route:
            rec.facts["no_route"] = True  # our network, not the server (AddressResult.tested)
        raise ProbeFault(sock.outcome, sock.detail)
    return sock


async def open_channel(rec: Recorder) -> LineChannel:
    """Connect, and for implicit TLS (RFC 8314 §3) do the handshake before any protocol byte."""
    sock = await open_socket(rec)
    implicit = rec.endpoint.security is Security.TLS
    if implicit:
        rec.enter(Stage.TLS)
    try:
        reader, writer = await open_stream(
            sock,
            rec.tls_context if implicit else None,
            rec.endpoint.host,
            rec.ctx.timeouts.tls,
        )
    except Exception as exc:
        raise TlsFault(classify_tls_error(exc)) from None  # open_stream closed the socket
    channel = LineChannel(reader, writer, rec.transcript, rec.redact)
    if implicit:
        rec.record_tls(channel.ssl_object)
        rec.transcript.note(f"TLS {rec.tls.version if rec.tls else '?'} established")
    return channel


async def open_stream(
    sock: socket.socket, context: ssl.SSLContext | None, host: str, timeout: float
) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """Streams over the socket, implicit TLS first when `context` is given (net/connect.py);
    the socket is closed on failure."""
    return await open_tls_stream(sock, context, host, timeout=timeout, limit=MAX_LINE)


async def upgrade(rec: Recorder, channel: LineChannel) -> None:
    """STARTTLS's handshake (RFC 3207, RFC 2595, RFC 9051 §6.2.1) over the open channel."""
    rec.enter(Stage.STARTTLS)
    if channel.pending_bytes():
        # RFC 3207 §4 / RFC 2595 §3.1: nothing may follow the go-ahead in plain text. Bytes
        # already waiting were sent before encryption and would be read as if they came over
        # TLS: a man in the middle injecting capabilities or a fake OK (CVE-2011-0411 class).
        raise ProbeFault(
            Outcome.PROTOCOL_ERROR, "the server sent more text after agreeing to STARTTLS"
        )
    try:
        await channel.start_tls(rec.tls_context, rec.endpoint.host, rec.ctx.timeouts.tls)
    except Exception as exc:
        raise TlsFault(classify_tls_error(exc)) from None
    rec.record_tls(channel.ssl_object)
    rec.transcript.note(f"TLS {rec.tls.version if rec.tls else '?'} established")


def greeting_fault(line: str, expected: str) -> ProbeFault | None:
    """The wrong protocol or garbage where `expected`'s greeting should be, or None if fine."""
    kind = identify_greeting(line)
    found = protocol_of(kind)
    if found == expected:
        return None
    if found is not None:
        return ProbeFault(Outcome.WRONG_PROTOCOL, f"{found.upper()} answered: {line[:200]}")
    if kind is GreetingKind.EMPTY:
        return ProbeFault(Outcome.PROTOCOL_ERROR, "the server sent an empty line as greeting")
    return ProbeFault(Outcome.PROTOCOL_ERROR, f"not a mail server greeting: {line[:200]}")


async def run_probe(endpoint: Endpoint, ctx: ProbeContext, dialogue: Dialogue) -> ProbeResult:
    """Never raises for a network or server fault; see the module docstring."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    slot = looplag.probe_slot()  # our own capacity: waiting here times nothing of the server's
    waits = Waits()  # the connections' turns under the caps (net/destination.py): ours too

    async def whole() -> ProbeResult:
        with counting(waits):
            async with slot:
                return await _run(endpoint, ctx, dialogue)

    # Stopped at the deadline even when a library swallows one cancellation (net/deadline.py).
    finished, answer = await deadline.within(whole(), ctx.deadline)
    if finished and answer is not None:
        return answer
    result = deadline_result(endpoint, elapsed_ms=_ms(loop.time() - started))
    held = (
        loop.time() - started
        if not slot.entered
        else slot.waited + max(looplag.held_back(started), waits.now(loop))
    )
    if held >= looplag.OURS_SHARE * (loop.time() - started):
        # The deadline passed while our own capacity (a queue, a stall) held the probe back.
        result = replace(result, facts={"overloaded_ms": _ms(held)})
    return result


def deadline_result(endpoint: Endpoint, *, elapsed_ms: int) -> ProbeResult:
    """A probe the diagnosis deadline stopped (or that never got to start before it)."""
    return ProbeResult(
        endpoint=endpoint,
        outcome=Outcome.DEADLINE,
        stage=Stage.CONNECT,
        elapsed_ms=elapsed_ms,
        detail="the diagnosis deadline ran out before this test finished",
    )


async def _run(endpoint: Endpoint, ctx: ProbeContext, dialogue: Dialogue) -> ProbeResult:
    loop = asyncio.get_running_loop()
    started = loop.time()
    resolution = await ctx.resolver.resolve(endpoint.host)
    if resolution.failure is not None:
        return ProbeResult(
            endpoint=endpoint,
            outcome=resolution.failure,
            stage=Stage.RESOLVE,
            elapsed_ms=_ms(loop.time() - started),
            detail=resolution.detail,
        )
    refusals = [ctx.policy.refusal(a, endpoint.port) for a in resolution.addresses]
    allowed = [a for a, why in zip(resolution.addresses, refusals, strict=True) if why is None]
    if not allowed:
        return ProbeResult(
            endpoint=endpoint,
            outcome=Outcome.POLICY_REFUSED,
            stage=Stage.RESOLVE,
            elapsed_ms=_ms(loop.time() - started),
            address=resolution.addresses[0],
            detail=f"not probed: {refusals[0]}",
        )
    primary, *others = addresses_to_try(allowed)
    result, extra = await asyncio.gather(
        _probe_address(endpoint, ctx, primary, dialogue),
        asyncio.gather(*(_check_address(endpoint, ctx, a, dialogue) for a in others)),
    )
    failed_first: AddressResult | None = None
    # The address to fall back to: one that works, else one where at least a server answers.
    reached = next((a for a in extra if a.works), None) or next(
        (a for a in extra if a.reached), None
    )
    # Only a first address that never got as far as a greeting is dead: a server that greeted
    # and then dropped (at STARTTLS, at the login) answered, and its fault is its own.
    if result.outcome in UNREACHED and result.stage in _NOT_ANSWERED and reached is not None:
        # The first address is dead but another answers (a dead A record beside a working
        # AAAA: IPV4_BROKEN). Apps try the next address (RFC 8305 §6), so the full probe, and
        # the login, run on the one that answers; the dead one stays in the list.
        failed_first = _address_result(result)
        result = await _probe_address(endpoint, ctx, reached.address, dialogue)
        extra = [a for a in extra if a is not reached]
    result = replace(result, elapsed_ms=_ms(loop.time() - started))
    single = len(resolution.addresses) == 1
    if single and (Family.of(primary) is Family.IPV4 or resolution.name == primary):
        # One IPv4 address, or an address literal: nothing to compare. A host name with a
        # single AAAA keeps its list: an IPv6-only host that fails is IPV6_BROKEN.
        return result
    refused = [
        AddressResult(
            address=a,
            family=Family.of(a),
            outcome=Outcome.POLICY_REFUSED,
            stage=Stage.RESOLVE,
            elapsed_ms=0,
            detail=why,
        )
        for a, why in zip(resolution.addresses, refusals, strict=True)
        if why is not None
    ]
    first = () if failed_first is None else (failed_first,)
    return replace(result, addresses=(_address_result(result), *first, *extra, *refused))


# Every A and AAAA address is tried (a dead AAAA record is the classic "works on Wi-Fi, fails on
# mobile": phones on IPv6 networks connect to it first, RFC 8305), bounded so a host with a
# long list cannot multiply the sweep.
MAX_ADDRESSES_PER_FAMILY = 4


def addresses_to_try(addresses: list[str]) -> list[str]:
    """The first address (the one the full probe uses) and up to 4 per family in all."""
    kept: list[str] = []
    count = {Family.IPV4: 0, Family.IPV6: 0}
    for address in addresses:
        family = Family.of(address)
        if count[family] < MAX_ADDRESSES_PER_FAMILY:
            count[family] += 1
            kept.append(address)
    return kept


def _address_result(result: ProbeResult) -> AddressResult:
    assert result.address is not None
    return AddressResult(
        address=result.address,
        family=Family.of(result.address),
        outcome=result.outcome,
        stage=result.stage,
        elapsed_ms=result.elapsed_ms,
        detail=result.detail,
        no_route=bool(result.facts.get("no_route")),
    )


async def _check_address(
    endpoint: Endpoint, ctx: ProbeContext, address: str, dialogue: Dialogue
) -> AddressResult:
    """The dialogue once more on another address of the host, without a login: the password is
    tested once, on the first address, and an account is never locked by our repeats."""
    quiet = replace(ctx, credentials=None, auth_gate=None)
    result, _ = await _fair_attempt(endpoint, quiet, address, dialogue)
    if result.outcome is Outcome.READ_TIMEOUT and result.stage in (Stage.TLS, Stage.GREETING):
        result = replace(result, outcome=Outcome.NO_GREETING)
    return _address_result(result)


async def _probe_address(
    endpoint: Endpoint, ctx: ProbeContext, address: str, dialogue: Dialogue
) -> ProbeResult:
    """The full probe of one address, with the follow-ups of the module docstring."""
    first = await _fair_attempt(endpoint, ctx, address, dialogue)
    result, failure = first
    if failure is not None and failure.outcome is Outcome.CERT_INVALID:
        result = await _with_unverified_certificate(
            endpoint, ctx, address, dialogue, result, failure
        )
    elif failure is not None and failure.retry_legacy:
        result = await _with_legacy_tls(endpoint, ctx, address, dialogue, result)
    elif result.outcome is Outcome.TLS_ON_PLAIN_PORT:
        result = await _with_plain_greeting(ctx, address, result)
    elif result.outcome is Outcome.READ_TIMEOUT and result.stage in (Stage.TLS, Stage.GREETING):
        if endpoint.security is Security.TLS:
            result = replace(result, outcome=Outcome.NO_GREETING)
        else:
            result = await _silence_or_tls(ctx, address, result)
    return result


async def _attempt(
    endpoint: Endpoint,
    ctx: ProbeContext,
    tls_context: ssl.SSLContext,
    address: str,
    dialogue: Dialogue,
) -> tuple[ProbeResult, TlsFailure | None]:
    rec = Recorder(endpoint, ctx, tls_context)
    rec.address = address
    try:
        await dialogue(rec)
    except TlsFault as fault:
        return rec.result(fault.outcome, fault.detail), fault.failure
    except ProbeFault as fault:
        # Silence at the greeting stays read_timeout here: _run tells no_greeting apart from
        # plain_on_tls_port.
        return rec.result(fault.outcome, fault.detail), None
    rec.enter(Stage.DONE)
    return rec.result(rec.outcome), None


# --- Our own stall is not the server's silence (issue 16; net/looplag.py) ---------------------
# Outcomes that only say "nothing came in time": under a stalled loop they may be ours.
_TIMED_OUT = frozenset({Outcome.TIMEOUT, Outcome.READ_TIMEOUT, Outcome.NO_GREETING})


async def _fair_attempt(
    endpoint: Endpoint, ctx: ProbeContext, address: str, dialogue: Dialogue
) -> tuple[ProbeResult, TlsFailure | None]:
    """The first attempt, timed fairly: when a stage's timer fell due while our own event loop
    was stalled (looplag.ours), the server is not blamed. The attempt runs once more
    if the deadline leaves room for a full stage; if that one is also starved (or there is no
    room), the result says we could not tell (`deadline`) with the fact `overloaded_ms`, which
    the rules turn into OVERLOADED. A stall that did not end in a timeout changes nothing."""
    loop = asyncio.get_running_loop()
    looplag.monitor()  # the heartbeat must run during the wait, not start after it
    window = ctx.timeouts.connect  # every stage gets the same timeout (Timeouts.for_deadline)
    for retry in (True, False):
        since = loop.time()
        result, failure = await _attempt(endpoint, ctx, ctx.tls.verify, address, dialogue)
        if result.outcome not in _TIMED_OUT or not looplag.ours(window):
            return _without_our_stall(result, looplag.monitor().stalled(since)), failure
        stalled = looplag.held_back(since)
        room = ctx.deadline is None or ctx.deadline - loop.time() > window
        if not (retry and room):
            break
    return (
        replace(
            result,
            outcome=Outcome.DEADLINE,
            detail=(
                f"not judged: our own process was too busy ({_ms(stalled)} ms stalled) to time "
                f"the server fairly; it had {result.outcome.value} at stage {result.stage.value}"
            ),
            facts={**result.facts, "overloaded_ms": _ms(stalled)},
        ),
        None,
    )


def _without_our_stall(result: ProbeResult, stalled: float) -> ProbeResult:
    """The greeting time less our own stall during the attempt: a server that answered at once
    while our loop was busy is not slow (SLOW_SERVER reads `greeting_ms`)."""
    if result.greeting_ms is None or stalled <= 0:
        return result
    return replace(result, greeting_ms=max(0, result.greeting_ms - _ms(stalled)))


async def _with_unverified_certificate(
    endpoint: Endpoint,
    ctx: ProbeContext,
    address: str,
    dialogue: Dialogue,
    first: ProbeResult,
    failure: TlsFailure,
) -> ProbeResult:
    second, _ = await _attempt(endpoint, ctx, ctx.tls.insecure, address, dialogue)
    transcript = (
        *first.transcript,
        "*: repeating without certificate verification, to read the certificate",
        *second.transcript,
    )
    tls = second.tls or first.tls
    if tls is not None:
        # The names as sent were judged in the unverified pass (tls.problems); tls.cert holds
        # them masked (net/redact.py), which must not turn into a name mismatch.
        problems = certificate_problems(
            tls.cert,
            endpoint.host,
            failure.verify_code,
            names_match=CertProblem.HOSTNAME_MISMATCH not in tls.problems,
        )
        tls = replace(
            tls,
            verified=False,
            verify_code=failure.verify_code,
            verify_message=failure.verify_message,
            problems=problems,
        )
    else:
        tls = TlsFacts(
            version=None,
            cipher=None,
            verified=False,
            verify_code=failure.verify_code,
            verify_message=failure.verify_message,
            problems=certificate_problems(None, endpoint.host, failure.verify_code),
        )
    # What the server offers after TLS comes from the second pass; the verdict from the first.
    return replace(
        second,
        outcome=Outcome.CERT_INVALID,
        stage=first.stage,
        detail=first.detail,
        tls=tls,
        transcript=transcript,
        timings=first.timings,
        greeting_ms=second.greeting_ms or first.greeting_ms,
        banner=second.banner or first.banner,
    )


async def _with_legacy_tls(
    endpoint: Endpoint, ctx: ProbeContext, address: str, dialogue: Dialogue, first: ProbeResult
) -> ProbeResult:
    legacy, _ = await _attempt(endpoint, ctx, ctx.tls.legacy, address, dialogue)
    version = legacy.tls.version if legacy.tls else None
    if version not in OUTDATED_VERSIONS:
        return first
    transcript = (
        *first.transcript,
        "*: repeating with TLS 1.0/1.1 allowed",
        *legacy.transcript,
    )
    return replace(
        legacy,
        outcome=Outcome.TLS_VERSION_UNSUPPORTED,
        stage=first.stage,
        detail=f"the server only speaks {version}, which current mail apps refuse (RFC 8996)",
        transcript=transcript,
    )


async def _silence_or_tls(ctx: ProbeContext, address: str, first: ProbeResult) -> ProbeResult:
    """Plain text met silence: is this an implicit-TLS port waiting for our handshake?"""
    endpoint = first.endpoint
    version = await speaks_tls(ctx, address, endpoint.port, endpoint.host)
    if version is None:
        return replace(first, outcome=Outcome.NO_GREETING)
    return replace(
        first,
        outcome=Outcome.PLAIN_ON_TLS_PORT,
        detail=f"port {endpoint.port} waits for a TLS handshake ({version}) before any text",
        transcript=(
            *first.transcript,
            f"*: a TLS handshake on port {endpoint.port} works ({version})",
        ),
    )


async def speaks_tls(ctx: ProbeContext, address: str, port: int, host: str) -> str | None:
    """The TLS version a port answers with, or None. Certificates don't matter here."""
    sock = await connect_socket(
        address, port, timeout=ctx.timeouts.connect, host=host, caps=ctx.connections
    )
    if isinstance(sock, ConnectFailure):
        return None
    timeout = min(ctx.timeouts.tls, 3.0)
    try:
        _, writer = await open_stream(sock, ctx.tls.legacy, host, timeout)
    except Exception:  # any failure means "no": the first attempt's outcome stands
        return None  # (open_stream closed the socket)
    obj = writer.get_extra_info("ssl_object")
    version = obj.version() if obj is not None else None
    writer.transport.abort()
    return str(version) if version else None


async def _with_plain_greeting(ctx: ProbeContext, address: str, first: ProbeResult) -> ProbeResult:
    """Implicit TLS met plain text: read what the port says in plain text, for the report."""
    endpoint = first.endpoint
    sock = await connect_socket(
        address,
        endpoint.port,
        timeout=ctx.timeouts.connect,
        host=endpoint.host,
        caps=ctx.connections,
    )
    if isinstance(sock, ConnectFailure):
        return first
    reader, writer = await asyncio.open_connection(sock=sock, limit=MAX_LINE)
    try:
        async with asyncio.timeout(min(ctx.timeouts.greeting, 3.0)):
            raw = await reader.readuntil(b"\n")
    except (TimeoutError, asyncio.LimitOverrunError, asyncio.IncompleteReadError, OSError):
        return first
    finally:
        writer.transport.abort()
    line = clean(ctx.redactor(raw.decode("utf-8", "replace").rstrip("\r\n")))[:300]
    found = protocol_of(identify_greeting(line))
    return replace(
        first,
        banner=line,
        facts={**first.facts, "plain_protocol": found} if found else first.facts,
        transcript=(*first.transcript, f"*: in plain text port {endpoint.port} says: {line}"),
    )
