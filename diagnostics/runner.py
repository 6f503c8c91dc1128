"""The orchestrator: plan the probes, run them under one deadline, build the Report.

`check()` tests the settings a person typed and sweeps the same host, so the answer can name the
setting that works. Renderers and adapters (CLI, bot) only see the Report it returns.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass

from diagnostics.findings import catalog
from diagnostics.findings.rules import evaluate_check, recommend
from diagnostics.model import Endpoint, Finding, Outcome, ProbeResult, Report, Severity, Verdict
from diagnostics.net.resolve import make_resolver
from diagnostics.net.tls import TlsContexts
from diagnostics.policy import AddressPolicy, InvalidTarget
from diagnostics.probes import HostResolver, ProbeContext, Timeouts
from diagnostics.sweep import DEFAULT_CONCURRENCY, ProgressCallback, standard_endpoints, sweep

DEFAULT_DEADLINE = 20.0  # seconds for a whole command (design.md: --timeout default 20)


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    dns: str | None = None  # HOST[:PORT] of the DNS server every query goes to
    cafile: str | None = None  # extra trust anchors for every TLS connection
    allow_private: bool = False  # lab / internal helpdesk: private and loopback targets allowed
    timeout: float = DEFAULT_DEADLINE  # the deadline of the whole diagnosis
    concurrency: int = DEFAULT_CONCURRENCY


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
    )


async def check(
    user: Endpoint, options: Options | None = None, *, on_progress: ProgressCallback | None = None
) -> Report:
    """Test `user`'s settings and the standard ports of the same host.

    Raises InvalidTarget when the address policy refuses every address of the host (bad input,
    design.md); every network fault is in the report instead.
    """
    options = options or Options()
    loop = asyncio.get_running_loop()
    started = loop.time()
    ctx = await build_context(options)
    await _refuse_forbidden(user, ctx)
    planned = [user, *standard_endpoints(user.host, username=user.username)]
    results = await sweep(planned, ctx, concurrency=options.concurrency, on_progress=on_progress)
    mine = results[0]
    if mine.stage.value == "resolve":
        results = (mine,)  # the name doesn't resolve: the other ports say nothing more
    findings = evaluate_check(user, results, now=dt.datetime.now(dt.UTC), dns_server=options.dns)
    recommended = recommend(user, results)
    alternative = next(
        (e for e in (*recommended.incoming, *recommended.outgoing) if e.protocol is user.protocol),
        None,
    )
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
