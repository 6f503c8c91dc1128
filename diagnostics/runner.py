"""The orchestrator: plan the probes, run them under one deadline, build the Report.

`check()` tests the settings a person typed and sweeps the same host, so the answer can name the
setting that works. Renderers and adapters (CLI, bot) only see the Report it returns.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
from collections.abc import Mapping
from dataclasses import field, replace

from diagnostics.answer import Evidence, candidates, choose, decide
from diagnostics.discovery.mx import load_public_suffix_list
from diagnostics.finder import find_servers, parse_target
from diagnostics.findings.preparation import notes_findings, tie_preparation
from diagnostics.findings.rules import evaluate_check, rule_wrong_host
from diagnostics.findings.verdicts import summarize_check_answer
from diagnostics.frozen import frozen
from diagnostics.model import (
    Direction,
    Endpoint,
    Finding,
    Outcome,
    ProbeResult,
    Report,
    ReportKind,
    Stage,
    Trust,
)
from diagnostics.net import deadline
from diagnostics.options import DEFAULT_DEADLINE, Options, build_context
from diagnostics.policy import InvalidTarget
from diagnostics.probes import ProbeContext, probe
from diagnostics.sweep import ProgressCallback, standard_endpoints, sweep
from diagnostics.vantage import check_our_dns


async def check(
    user: Endpoint, options: Options | None = None, *, on_progress: ProgressCallback | None = None
) -> Report:
    """Test `user`'s settings and the standard ports of the same host.

    Raises InvalidTarget when the address policy refuses every address of the host (bad input,
    design.md); every network fault is in the report instead.
    """
    options = options or Options()
    credentials = options.credentials
    loop = asyncio.get_running_loop()
    started = loop.time()
    # The Public Suffix List (address_domain; options.provider_of, for the per-provider
    # connection cap) is parsed in a thread beside the first steps, as diagnose() does; only a
    # login's second attempt needs it before them.
    suffixes = asyncio.ensure_future(load_public_suffix_list())
    try:
        if credentials is not None and credentials.address_domain is None:
            await suffixes
            domain = address_domain(user.host)
            if domain is not None:
                # "bob" on imap.example.com: the second attempt tries bob@example.com.
                credentials = replace(credentials, address_domain=domain)
                options = replace(options, credentials=credentials)
        ctx = await build_context(options)
        try:
            return await _check(user, ctx, options, started, on_progress, suffixes)
        finally:
            # Nothing of the run outlives its report (net/deadline.py): resolutions still
            # running (a published host's name, cut by the deadline) are cancelled and waited
            # for.
            await ctx.resolver.close()
    finally:
        await deadline.stop(suffixes)


async def _check(
    user: Endpoint,
    ctx: ProbeContext,
    options: Options,
    started: float,
    on_progress: ProgressCallback | None,
    suffixes: asyncio.Future[None],
) -> Report:
    loop = asyncio.get_running_loop()
    credentials = options.credentials
    await _refuse_forbidden(user, ctx)
    published = asyncio.ensure_future(_published(user, ctx, suffixes))
    our_dns = asyncio.ensure_future(
        deadline.within(
            check_our_dns(
                ctx.resolver.resolver,
                timeout=ctx.timeouts.resolve,
                dns_server=options.dns,
                domain=user.host,  # the name whose lookup may fail
            ),
            ctx.deadline,  # past it, the report says what the host showed (net/deadline.py)
        )
    )
    try:
        planned = [user, *standard_endpoints(user.host, username=user.username)]
        results = await _sweep_with_login(user, planned, ctx, options, on_progress, published)
        mine = results[0]
        if mine.stage is Stage.RESOLVE:
            results = (mine,)  # the name doesn't resolve: the other ports say nothing more
        published_report = await published
        vantage: list[Finding] = []
        if mine.outcome in _DNS_DOUBT:
            _, found = await our_dns
            vantage = [found] if found is not None else []
    finally:
        # Whatever was not needed (our own DNS check when the name resolved), or everything when
        # the run was stopped: cancelled, and waited for (cancelled is not ended).
        await deadline.stop(published, our_dns)
    now = dt.datetime.now(dt.UTC)
    findings = evaluate_check(user, results, now=now, dns_server=options.dns)
    wrong_host = (
        []
        if published_report is None
        else list(rule_wrong_host(mine, published_report.endpoints, domain=published_report.domain))
    )
    answer = decide(
        Evidence(
            now=now,
            results=_unique(results),
            findings=tie_preparation((*vantage, *findings, *wrong_host, *_provider_notes(user))),
            user=user,
            published=() if published_report is None else published_report.endpoints,
            trust={} if published_report is None else published_report.trust,
            login_requested=credentials is not None,
        )
    )
    return Report(
        target=user.host,
        kind=ReportKind.CHECK,
        duration_ms=round((loop.time() - started) * 1000),
        summary=summarize_check_answer(user, answer, mine, options.lang),
        verdict=answer.verdict,
        findings=answer.findings,
        probes=_unique(results),
        recommended=answer.recommended,
        user_endpoint=user,
        choices=answer.choices,
        unverified=answer.unverified,
        lang=options.lang,
    )


# The typed name did not resolve: before blaming the name, ask whether our resolver works at all.
_DNS_DOUBT = frozenset({Outcome.DNS_NXDOMAIN, Outcome.DNS_TIMEOUT, Outcome.DNS_SERVFAIL})


async def _sweep_with_login(
    user: Endpoint,
    planned: list[Endpoint],
    ctx: ProbeContext,
    options: Options,
    on_progress: ProgressCallback | None,
    published: asyncio.Future[Published | None],
) -> tuple[ProbeResult, ...]:
    """The sweep, with the login test on the person's own settings first.

    When those fail before the login (wrong port, wrong security, no encryption), the login is
    tested once more on the setting the answer will recommend (answer.choose with what the
    domain publishes: the same decision the card shows), so the report can still say whether
    the password works there. The AuthGate in `ctx` keeps it within two attempts per server.
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
    finally:
        await deadline.stop(mine_task)  # it holds the credentials: never leave it running
    results = {e: r for e, r in zip(others, rest, strict=True)}
    results[user] = mine
    if not mine.auth_attempts and mine.stage is not Stage.RESOLVE:
        # The login did not happen on the person's settings (they fail, or are unencrypted):
        # test it on the setting the answer will recommend instead (answer.choose, the same
        # decision the report shows), so the report can still say whether the password works.
        found = await published
        picked = choose(
            Direction(user.protocol.direction),
            list(results.values()),
            user=user,
            published=() if found is None else found.endpoints,
        )
        if picked is not None and picked[0] != user:
            results[picked[0]] = await probe(picked[0], ctx)
            if picked[0] not in planned:
                planned = [*planned, picked[0]]
    return tuple(results[e] for e in planned)


def _provider_notes(user: Endpoint) -> list[Finding]:
    """PROVIDER_NOTE (PROVIDER_PREPARATION for a step) for the provider whose server the person
    typed (imap.gmail.com: Google; outlook.office365.com: Outlook.com or Microsoft 365 by the
    address), said before any login (design.md); the login's answer, when it confirms the rule,
    raises the matching authentication code on top."""
    from diagnostics.discovery.providers import match_server  # the data file, read once

    provider = match_server(user.host, user.username)
    if provider is None:
        return []
    return notes_findings(provider.quirks)


@frozen
class Published:
    """What the email domain publishes for the typed protocol, and works (for WRONG_HOST)."""

    domain: str
    endpoints: tuple[Endpoint, ...]  # best first
    trust: Mapping[tuple[str, str, int, str], Trust] = field(default_factory=dict)


async def _published(
    user: Endpoint, ctx: ProbeContext, suffixes: asyncio.Future[None]
) -> Published | None:
    """What the email domain publishes for the typed protocol (no guesses), for WRONG_HOST.

    The domain is the username's when it is an address, else the server name's best guess.
    Discovery only (finder.py), beside the sweep with the same ProbeContext — one resolver, one
    CA store, one deadline — and never a login; None when nothing can be looked up (an IP
    address, or a name that is not a domain).
    """
    await asyncio.shield(suffixes)  # address_domain reads the list (shared: not cancelled here)
    username = user.username or ""
    domain = username.rpartition("@")[2] if "@" in username else address_domain(user.host)
    if not domain or "." not in domain:
        return None
    try:
        domain, _ = parse_target(domain)
    except InvalidTarget:
        return None
    found = await find_servers(
        domain, replace(ctx, credentials=None), protocols=[user.protocol], guess=False
    )
    working = candidates(found.published(), Direction(user.protocol.direction))
    return Published(domain=domain, endpoints=tuple(working), trust=found.trust)


def address_domain(host: str) -> str | None:
    """The email domain a server name most likely serves: imap.example.com → example.com.

    A guess, used only for the second login attempt (the full address): the name loses its first
    label, unless what remains is a public suffix by the Public Suffix List (mail.example.co.uk
    → example.co.uk, but example.co.uk stays itself); an IP address serves no domain we could
    know.
    """
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass
    from diagnostics.discovery.mx import is_public_suffix  # the list parsed once, on first use

    name = host.rstrip(".").lower()
    rest = name.partition(".")[2]
    if "." not in rest or is_public_suffix(rest):
        return name
    return rest


def _unique(results: tuple[ProbeResult, ...]) -> tuple[ProbeResult, ...]:
    seen: dict[Endpoint, ProbeResult] = {}
    for r in results:
        seen.setdefault(r.endpoint, r)
    return tuple(seen.values())


async def _refuse_forbidden(user: Endpoint, ctx: ProbeContext) -> None:
    resolution = await ctx.resolver.resolve(user.host)
    if not resolution.addresses:
        return  # DNS trouble is reported as a finding, not refused as input
    reasons = [ctx.policy.refusal(a, user.port) for a in resolution.addresses]
    if all(reasons):
        raise InvalidTarget(f"{user.host} cannot be tested: {reasons[0]} (see --allow-private)")


__all__ = ["DEFAULT_DEADLINE", "Options", "build_context", "check"]
