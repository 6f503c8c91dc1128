"""The orchestrator: plan the probes, run them under one deadline, build the Report.

`check()` tests the settings a person typed and sweeps the same host, so the answer can name the
setting that works. Renderers and adapters (CLI, bot) only see the Report it returns.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
from dataclasses import dataclass, field, replace

from diagnostics.findings import catalog
from diagnostics.findings.codes import Code, severity_of
from diagnostics.findings.rules import (
    best,
    evaluate_check,
    order_findings,
    recommend,
    rule_wrong_host,
)
from diagnostics.model import (
    Credentials,
    Endpoint,
    Finding,
    Outcome,
    ProbeResult,
    Recommended,
    Report,
    Severity,
    Stage,
    Verdict,
)
from diagnostics.net.redact import Redactor
from diagnostics.net.resolve import make_resolver
from diagnostics.net.tls import TlsContexts
from diagnostics.policy import AddressPolicy, InvalidTarget
from diagnostics.probes import HostResolver, ProbeContext, Timeouts, probe
from diagnostics.probes.base import AuthGate
from diagnostics.sweep import DEFAULT_CONCURRENCY, ProgressCallback, standard_endpoints, sweep

DEFAULT_DEADLINE = 20.0  # seconds for a whole command (design.md: --timeout default 20)


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    dns: str | None = None  # HOST[:PORT] of the DNS server every query goes to
    cafile: str | None = None  # extra trust anchors for every TLS connection
    allow_private: bool = False  # lab / internal helpdesk: private and loopback targets allowed
    timeout: float = DEFAULT_DEADLINE  # the deadline of the whole diagnosis
    concurrency: int = DEFAULT_CONCURRENCY
    # A login test. The password reaches the probes through the ProbeContext only; Credentials
    # masks it in repr(), and so does this field (Options may well end up in a log line).
    credentials: Credentials | None = field(default=None, repr=False)
    allow_plaintext_auth: bool = False  # a password may cross unencrypted (the report warns)
    # Passwords masked in every server text even when this run does not log in (net/redact.py):
    # `without_login()` moves the password here, so a run that withholds it still redacts it.
    secrets: tuple[str, ...] = field(default=(), repr=False)

    def without_login(self) -> Options:
        """The same run without a login test; the password stays known, for redaction."""
        kept = (self.credentials.password,) if self.credentials else ()
        return replace(self, credentials=None, secrets=(*self.secrets, *kept))


async def build_context(options: Options) -> ProbeContext:
    timeouts = Timeouts.for_deadline(options.timeout)
    # Loading CA stores blocks the loop for tens of ms: do it in a thread (library-notes.md).
    contexts = await asyncio.to_thread(TlsContexts.create, options.cafile)
    resolver = make_resolver(options.dns, timeout=timeouts.resolve)
    loop = asyncio.get_running_loop()
    return ProbeContext(
        resolver=HostResolver(resolver, timeouts.resolve),
        tls=contexts,
        policy=AddressPolicy(
            allow_private=options.allow_private, allow_any_port=options.allow_private
        ),
        timeouts=timeouts,
        deadline=loop.time() + options.timeout,
        credentials=options.credentials,
        redactor=Redactor(
            *options.secrets, options.credentials.password if options.credentials else None
        ),
        allow_plaintext_auth=options.allow_plaintext_auth,
        auth_gate=AuthGate(),
    )


async def check(
    user: Endpoint, options: Options | None = None, *, on_progress: ProgressCallback | None = None
) -> Report:
    """Test `user`'s settings and the standard ports of the same host.

    Raises InvalidTarget when the address policy refuses every address of the host (bad input,
    design.md); every network fault is in the report instead.
    """
    options = options or Options()
    credentials = options.credentials
    domain = address_domain(user.host)
    if credentials is not None and credentials.address_domain is None and domain is not None:
        # "bob" on imap.example.com: the second attempt tries bob@example.com.
        options = replace(options, credentials=replace(credentials, address_domain=domain))
    loop = asyncio.get_running_loop()
    started = loop.time()
    ctx = await build_context(options)
    await _refuse_forbidden(user, ctx)
    published = asyncio.ensure_future(_published(user, options))
    planned = [user, *standard_endpoints(user.host, username=user.username)]
    try:
        results = await _sweep_with_login(user, planned, ctx, options, on_progress)
    except BaseException:
        published.cancel()
        raise
    mine = results[0]
    if mine.stage.value == "resolve":
        results = (mine,)  # the name doesn't resolve: the other ports say nothing more
    published_report = await published
    findings = evaluate_check(user, results, now=dt.datetime.now(dt.UTC), dns_server=options.dns)
    wrong_host = list(rule_wrong_host(mine, published_report))
    findings = order_findings((*findings, *wrong_host, *_provider_notes(user)), user)
    by_settings = recommend(user, results)
    if wrong_host and published_report is not None:
        by_settings = _published_first(by_settings, published_report.recommended, user)
    # The summary's "use port ..." compares settings, not usernames: take it before the username
    # that worked replaces the typed one in the settings block.
    alternative = next(
        (e for e in (*by_settings.incoming, *by_settings.outgoing) if e.protocol is user.protocol),
        None,
    )
    recommended = with_right_username(by_settings, findings)
    verdict = _verdict(mine, findings)
    top = findings[0] if findings else None
    summary = (
        catalog.summarize_unknown(mine.detail or "the test did not finish")
        if verdict is Verdict.UNKNOWN
        else catalog.summarize_check(
            user=user, user_works=mine.works, top=top, alternative=alternative
        )
    )
    return Report(
        target=user.host,
        kind="check",
        duration_ms=round((loop.time() - started) * 1000),
        summary=summary,
        verdict=verdict,
        findings=findings,
        probes=_unique(results),
        recommended=recommended,
        user_endpoint=user,
    )


async def _sweep_with_login(
    user: Endpoint,
    planned: list[Endpoint],
    ctx: ProbeContext,
    options: Options,
    on_progress: ProgressCallback | None,
) -> tuple[ProbeResult, ...]:
    """The sweep, with the login test on the person's own settings only.

    When those fail before the login (wrong port, wrong security), the login is tested once more
    on the best working alternative of the same protocol, so the report can still say whether the
    password works. The AuthGate in `ctx` keeps it within two attempts per server.
    """
    if ctx.credentials is None:
        return await sweep(planned, ctx, concurrency=options.concurrency, on_progress=on_progress)
    others = [e for e in planned if e != user]
    anonymous = replace(ctx, credentials=None)
    mine_task = asyncio.ensure_future(probe(user, ctx))
    try:
        rest = await sweep(
            others, anonymous, concurrency=options.concurrency, on_progress=on_progress
        )
        mine = await mine_task
    except BaseException:
        mine_task.cancel()  # it holds the credentials: never leave it running
        raise
    results = {e: r for e, r in zip(others, rest, strict=True)}
    results[user] = mine
    if not mine.works and mine.stage is not Stage.RESOLVE:
        scope = [r for r in results.values() if r.endpoint.protocol is user.protocol]
        alternative = best(
            (r for r in scope if r.endpoint != user and r.outcome is Outcome.OK), among=scope
        )
        if alternative is not None:
            results[alternative.endpoint] = await probe(alternative.endpoint, ctx)
    return tuple(results[e] for e in planned)


def _provider_notes(user: Endpoint) -> list[Finding]:
    """PROVIDER_NOTE for the provider whose server the person typed (imap.gmail.com: Google),
    said before any login (design.md); the login's answer, when it confirms the rule, raises the
    matching authentication code on top."""
    from diagnostics.discovery.providers import load_providers  # the data file, read once

    host = user.host.lower().rstrip(".")
    provider = next(
        (p for p in load_providers() if any(s.host.lower() == host for s in p.servers)), None
    )
    if provider is None:
        return []
    return [
        Finding(
            code=Code.PROVIDER_NOTE.value,
            severity=severity_of(Code.PROVIDER_NOTE),
            facts={
                k: v
                for k, v in {
                    "provider": provider.name,
                    "note": note.note,
                    "quirk": note.kind or None,
                    "checked": note.checked,
                    "reference": note.reference,
                }.items()
                if v is not None
            },
        )
        for note in provider.quirks
    ]


def with_right_username(recommended: Recommended, findings: tuple[Finding, ...]) -> Recommended:
    """The username that worked in the login test goes into the settings block (design.md)."""
    right = next(
        (f.facts.get("right_username") for f in findings if f.code == "AUTH_USERNAME_FORMAT"),
        None,
    )
    if not isinstance(right, str):
        return recommended

    def fix(endpoints: tuple[Endpoint, ...]) -> tuple[Endpoint, ...]:
        # The same account on every server of the domain: the username that worked, everywhere.
        return tuple(replace(e, username=right) for e in endpoints)

    return Recommended(incoming=fix(recommended.incoming), outgoing=fix(recommended.outgoing))


async def _published(user: Endpoint, options: Options) -> Report | None:
    """What the email domain publishes for the typed protocol (no guesses), for WRONG_HOST.

    The domain is the username's when it is an address, else the server name's best guess.
    Runs beside the sweep under the same deadline; never logs in; None when nothing can be
    looked up (an IP address, or a domain the address policy refuses).
    """
    from diagnostics.diagnosis import diagnose  # diagnosis imports this module

    username = user.username or ""
    domain = username.rpartition("@")[2] if "@" in username else address_domain(user.host)
    if not domain or "." not in domain:
        return None
    try:
        return await diagnose(
            domain,
            options.without_login(),
            protocols=[user.protocol],
            guess=False,
        )
    except InvalidTarget:
        return None


def _published_first(own: Recommended, published: Recommended, user: Endpoint) -> Recommended:
    """When the typed server is the wrong one, the published settings lead that direction."""
    if user.protocol.direction == "incoming":
        return replace(own, incoming=(*published.incoming, *own.incoming))
    return replace(own, outgoing=(*published.outgoing, *own.outgoing))


def address_domain(host: str) -> str | None:
    """The email domain a server name most likely serves: imap.example.com → example.com.

    A guess, used only for the second login attempt (the full address): a name with three or
    more labels loses its first one; anything shorter is taken as the domain itself; an IP
    address serves no domain we could know.
    """
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass
    labels = host.rstrip(".").split(".")
    return ".".join(labels[1:]) if len(labels) >= 3 else ".".join(labels)


def _unique(results: tuple[ProbeResult, ...]) -> tuple[ProbeResult, ...]:
    seen: dict[Endpoint, ProbeResult] = {}
    for r in results:
        seen.setdefault(r.endpoint, r)
    return tuple(seen.values())


def _verdict(mine: ProbeResult, findings: tuple[Finding, ...]) -> Verdict:
    # "Could not tell" (exit 3) is for our side: the deadline ran out, or our DNS server didn't
    # answer at all. Everything the server itself did wrong is a problem (exit 1).
    if mine.outcome in (Outcome.DEADLINE, Outcome.DNS_TIMEOUT):
        return Verdict.UNKNOWN
    if any(f.severity in (Severity.ERROR, Severity.WARNING) for f in findings):
        return Verdict.PROBLEMS
    return Verdict.HEALTHY


async def _refuse_forbidden(user: Endpoint, ctx: ProbeContext) -> None:
    resolution = await ctx.resolver.resolve(user.host)
    if not resolution.addresses:
        return  # DNS trouble is reported as a finding, not refused as input
    reasons = [ctx.policy.refusal(a, user.port) for a in resolution.addresses]
    if all(reasons):
        raise InvalidTarget(f"{user.host} cannot be tested: {reasons[0]} (see --allow-private)")


__all__ = ["Options", "build_context", "check"]
