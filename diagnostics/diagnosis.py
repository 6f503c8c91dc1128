"""`diagnose()`: find a domain's mail servers (finder.py), test the login on the setting the
answer recommends, judge everything (findings/discovery_rules.py) and decide the answer once
(answer.py): which settings to use and which published source is broken.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence

from diagnostics.answer import Evidence, choose, decide
from diagnostics.discovery.merge import TWIN, key, merge, source_rank
from diagnostics.discovery.mx import load_public_suffix_list
from diagnostics.finder import Found, Key, display, find_servers, parse_target, readable_form
from diagnostics.findings import discovery_rules as drules
from diagnostics.findings.codes import Code, severity_of
from diagnostics.findings.pacc_rules import rule_pacc
from diagnostics.findings.preparation import tie_preparation
from diagnostics.findings.rules import order_findings, rule_after_login, rule_auth
from diagnostics.findings.verdicts import summarize_diagnose_answer
from diagnostics.model import (
    Credentials,
    Direction,
    Endpoint,
    Finding,
    Outcome,
    ProbeResult,
    Protocol,
    Report,
    ReportKind,
    Source,
    SourceStatus,
    Stage,
    Trust,
)
from diagnostics.net import deadline
from diagnostics.options import Options, build_context
from diagnostics.policy import InvalidTarget
from diagnostics.probes import ProbeContext, probe
from diagnostics.sweep import ProgressCallback
from diagnostics.vantage import check_our_dns


async def _test_login(
    ctx: ProbeContext,
    results: Sequence[ProbeResult],
    credentials: Credentials,
    published: Mapping[tuple[Protocol, str], str],
    methods: Mapping[tuple[Protocol, str], tuple[str, ...]],
) -> list[ProbeResult]:
    """The login test on the setting the answer recommends per direction (answer.choose, the
    same decision the report shows), as a mail app logs in once its settings are found. The
    username form that server's source published (`published`, filled with the address) is
    tried first, whatever the username typed; the AuthGate in `ctx` allows two attempts per
    server at most. The authentication methods it published (`methods`) choose the mechanism
    (wire/sasl.py: choose_mechanism)."""
    chosen = [
        picked[0] for direction in Direction if (picked := choose(direction, results)) is not None
    ]

    async def login(ep: Endpoint) -> ProbeResult:
        server = (ep.protocol, ep.host.lower())
        creds = dataclasses.replace(
            credentials, preferred=published.get(server), methods=methods.get(server, ())
        )
        return await probe(ep, dataclasses.replace(ctx, credentials=creds))

    return list(await asyncio.gather(*(login(e) for e in chosen)))


def _refuse_forbidden(domain: str, results: Sequence[ProbeResult]) -> None:
    """Every server found is one the address policy refuses: bad input (design.md), exit 2."""
    if results and all(r.outcome is Outcome.POLICY_REFUSED for r in results):
        reason = results[0].detail or "its servers are private or loopback addresses"
        raise InvalidTarget(f"{domain} cannot be tested: {reason} (see --allow-private)")


async def diagnose(
    target: str,
    options: Options | None = None,
    *,
    on_progress: ProgressCallback | None = None,
    protocols: Sequence[Protocol] | None = None,
    username: str | None = None,
    guess: bool = True,
) -> Report:
    """Find, probe and judge the mail servers of `target` (a domain or an email address).

    `guess=False` keeps to what the domain and its providers publish. Raises InvalidTarget for
    bad input (one line); every network fault is in the report.
    """
    options = options or Options()
    domain, address = parse_target(target)
    loop = asyncio.get_running_loop()
    started = loop.time()
    credentials = options.credentials
    if credentials is not None and credentials.address_domain is None:
        # "alice" for alice@example.com: the second attempt tries the full address.
        credentials = dataclasses.replace(credentials, address_domain=domain)
    # Discovery probes never log in: a password goes only to the server finally recommended
    # (below), never to every published or guessed host.
    ctx = await build_context(options.without_login())
    # The Public Suffix List tells which servers are one provider (options.provider_of, for
    # the per-provider connection cap): parsed in a thread beside the first look-ups.
    suffixes = asyncio.ensure_future(load_public_suffix_list())
    try:
        return await _diagnose(
            ctx,
            options,
            domain=domain,
            address=address,
            credentials=credentials,
            started=started,
            on_progress=on_progress,
            protocols=protocols,
            username=username,
            guess=guess,
        )
    finally:
        # Nothing of the run outlives its report (net/deadline.py): resolutions still running
        # are cancelled and waited for.
        await deadline.stop(suffixes)
        await ctx.resolver.close()


async def _diagnose(
    ctx: ProbeContext,
    options: Options,
    *,
    domain: str,
    address: str | None,
    credentials: Credentials | None,
    started: float,
    on_progress: ProgressCallback | None,
    protocols: Sequence[Protocol] | None,
    username: str | None,
    guess: bool,
) -> Report:
    loop = asyncio.get_running_loop()
    wanted = tuple(dict.fromkeys(protocols)) if protocols else tuple(Protocol)
    state = await find_servers(
        domain,
        ctx,
        address=address,
        protocols=wanted,
        username=username,
        concurrency=options.concurrency,
        on_progress=on_progress,
        guess=guess,
    )
    results = dict(state.results)
    _refuse_forbidden(domain, list(results.values()))
    lookups = state.lookups
    now = dt.datetime.now(dt.UTC)
    findings = _findings(state, results, domain=domain, now=now, dns_server=options.dns)
    # Among settings that work equally well: one learned securely before one anyone on the way
    # could have changed (a plain-HTTP autoconfig does not beat a DNSSEC-signed SRV record),
    # then the sources' order (discovery/merge.py PRIORITY).
    ordered = sorted(
        results.values(),
        key=lambda r: (
            not state.trust.get(key(r.endpoint), Trust.GUESS).secure,
            source_rank(state.origins.get(key(r.endpoint), [TWIN])),
        ),
    )
    published_usernames, username_words = _usernames(state.forms, domain, address)
    our_dns: Finding | None = None
    dns_doubt = any(
        lk.source == Source.MX and lk.status == SourceStatus.ERROR for lk in lookups
    ) or (results and all(r.outcome in _DNS_OUTCOMES for r in results.values()))
    if dns_doubt and not deadline.passed(ctx.deadline):
        # "Does not exist", "the domain's DNS fails": first, is our own resolver working?
        # Bounded by the deadline too: past it, the report says what the domain showed.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout_at(ctx.deadline):
                our_dns = await check_our_dns(
                    ctx.resolver.resolver,
                    timeout=deadline.budget(ctx.deadline, ctx.timeouts.resolve),
                    dns_server=options.dns,
                    domain=domain,
                )
    extra: list[Finding] = [] if our_dns is None else [our_dns]
    if credentials is not None:
        methods: dict[tuple[Protocol, str], tuple[str, ...]] = {}
        for (protocol, host, _, _), listed in state.methods.items():
            methods.setdefault((Protocol(protocol), host.lower()), listed)
        logins = await _test_login(ctx, ordered, credentials, published_usernames, methods)
        for result in logins:
            if (
                result.stage is Stage.AUTH
                or result.outcome.value.startswith("auth_")
                or result.auth_attempts
                or "auth_not_tried" in result.facts
            ):
                results[key(result.endpoint)] = result
                extra.extend(rule_auth(result))
                extra.extend(rule_after_login(result))
            else:
                # The login probe did not get as far as the login (the deadline, or the
                # server refused a second connection): the first result stands, and the
                # report says the login was not tested rather than losing a working server.
                extra.append(
                    Finding(
                        code=Code.PROBE_INCOMPLETE,
                        severity=severity_of(Code.PROBE_INCOMPLETE),
                        endpoint=result.endpoint,
                        facts={
                            "stage": Stage.AUTH.value,
                            "detail": result.detail,
                            "reason": "deadline"
                            if result.outcome is Outcome.DEADLINE
                            else "connection",
                        },
                    )
                )
        ordered = [results[key(r.endpoint)] for r in ordered]
    answer = decide(
        Evidence(
            now=now,
            results=tuple(ordered),
            findings=tie_preparation((*findings, *extra)),
            login_requested=credentials is not None,
            usernames=published_usernames,
            username_forms=username_words,
            trust=state.trust,
            named_by=state.named_by,
            directions=tuple(dict.fromkeys(Direction(p.direction) for p in wanted)),
        )
    )
    guessed = [r for k, r in results.items() if k in state.guessed]
    return Report(
        target=domain,
        kind=ReportKind.DIAGNOSE,
        duration_ms=round((loop.time() - started) * 1000),
        summary=summarize_diagnose_answer(display(domain), answer, options.lang),
        verdict=answer.verdict,
        findings=answer.findings,
        probes=tuple(ordered),
        discovery=merge(lookups, guess_detail=state.guess_detail, guessed=guessed),
        recommended=answer.recommended,
        choices=answer.choices,
        unverified=answer.unverified,
        lang=options.lang,
    )


Server = tuple[Protocol, str]
_DNS_OUTCOMES = frozenset(
    {Outcome.DNS_NXDOMAIN, Outcome.DNS_NODATA, Outcome.DNS_SERVFAIL, Outcome.DNS_TIMEOUT}
)


def _usernames(
    forms: Mapping[Key, str], domain: str, address: str | None
) -> tuple[dict[Server, str], dict[Server, str]]:
    """The username each server's source published (autoconfig/ISPDB templates), per (protocol,
    host): filled with the address when one was given (tried first at the login, shown on the
    card), and else in words for the card ("the part of your address before the @")."""
    filled: dict[Server, str] = {}
    words: dict[Server, str] = {}
    local = address.rpartition("@")[0] if address is not None else ""
    for (protocol, host, _, _), form in forms.items():
        server = (Protocol(protocol), host.lower())
        if address is not None:
            filled.setdefault(
                server,
                form.replace("%EMAILADDRESS%", address)
                .replace("%EMAILLOCALPART%", local)
                .replace("%EMAILDOMAIN%", domain),
            )
        else:
            words.setdefault(server, readable_form(form, domain))
    return filled, words


def _findings(
    state: Found,
    results: dict[Key, ProbeResult],
    *,
    domain: str,
    now: dt.datetime,
    dns_server: str | None,
) -> tuple[Finding, ...]:
    lookups = state.lookups
    missing = drules.rule_domain(lookups, domain)
    if missing:
        return tuple(missing)
    found: list[Finding] = []
    found += drules.rule_broken_documents(lookups, domain)
    found += rule_pacc(lookups, domain)
    found += drules.rule_published_endpoints(
        state.origins, results, domain=domain, now=now, dns_server=dns_server
    )
    found += drules.rule_plaintext(state.origins, results)
    found += drules.rule_disagree(state.origins, results, state.endpoints)
    found += drules.rule_provider_failures(state.origins, results, now=now, dns_server=dns_server)
    found += drules.rule_no_servers(
        lookups, results.values(), domain, dns_server=dns_server, cut=state.cut
    )
    found += drules.rule_provider_notes(lookups)
    return order_findings(found, None)


__all__ = ["diagnose", "parse_target"]
