"""Find a domain's mail servers the way the best mail apps do, and probe what was found.

Theory of operation. Every source starts at once under the diagnosis deadline: SRV (RFC 6186),
the domain's autoconfig (two URLs), the ISPDB, Autodiscover (two URLs and its SRV record), PACC
(its document and TXT digest), MX, and the provider list by domain. The MX answer starts more
lookups (the ISPDB and provider autoconfig of the MX host's domain, the provider list by MX
pattern). Each lookup, as soon as it answers, hands its endpoints to the prober, which probes
each distinct server setting once (a published plain-text entry also gets its STARTTLS twin
probed), so nobody waits for the slowest source. When every lookup has answered, directions for
which nothing at all was found are guessed (Thunderbird's host names), and the names that exist
are probed too.

`find_servers` returns what was found and what each probe saw (`Found`); judging it is the
caller's: `diagnose()` (diagnosis.py) for a whole domain, `check()` (runner.py) for what the email
domain publishes beside the typed server, both with the same ProbeContext.

The person's email address, when given, never leaves this process: lookups use the domain only,
and the address only fills username placeholders (%EMAILADDRESS%, ...) locally.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
from collections.abc import Coroutine, Mapping, Sequence
from typing import Any, cast

import idna

from diagnostics.discovery import autoconfig, autodiscover, pacc
from diagnostics.discovery.base import DEFAULT_ISPDB_URLS, PUBLISHED, DiscoveryContext, Lookup
from diagnostics.discovery.dnsquery import query
from diagnostics.discovery.guess import guess_endpoints, guess_hosts
from diagnostics.discovery.merge import TWIN, key
from diagnostics.discovery.mx import load_public_suffix_list, lookup_mx, mx_domains
from diagnostics.discovery.providers import (
    Provider,
    match_domain,
    match_mx,
    match_server,
    provider_lookup,
)
from diagnostics.discovery.srv import lookup_srv
from diagnostics.frozen import frozen
from diagnostics.model import Endpoint, Outcome, ProbeResult, Protocol, Security, Trust
from diagnostics.net import deadline as dl
from diagnostics.net.http import HttpClient
from diagnostics.net.redact import MASK
from diagnostics.policy import InvalidTarget, validate_host
from diagnostics.probes import ProbeContext, probe
from diagnostics.probes.base import deadline_result
from diagnostics.sweep import DEFAULT_CONCURRENCY, ProbeFinished, ProgressCallback

ISPDB_ENV = "MAILMEDIC_ISPDB_URL"
# Thunderbird waits 5 s for autoconfig and 10 s for the ISPDB (mail-facts.md); within one
# deadline for everything, sources get at most this share so the probes they lead to still fit.
SOURCE_SHARE = 0.3
# Real domains publish a handful of servers; anything beyond this is noise or hostile.
MAX_ENDPOINTS_PER_SOURCE = 20
MAX_HOSTS = 12
SOURCE_TIMEOUT = 5.0

Key = tuple[str, str, int, str]
# Provider list entries on Microsoft's servers (providers.json): Autodiscover can name them.
MICROSOFT = frozenset({"microsoft365", "outlook.com"})
# Where Exchange Online tenants point autodiscover.<domain> (Microsoft 365 DNS records).
MICROSOFT_AUTODISCOVER = "autodiscover.outlook.com"


def parse_target(target: str) -> tuple[str, str | None]:
    """(ASCII domain, email address or None). InvalidTarget, one line, for anything else."""
    text = target.strip()
    if not text:
        raise InvalidTarget(key="ui.error.need_target")
    local: str | None = None
    if "@" in text:
        local, _, text = text.rpartition("@")
        if not local or any(c.isspace() for c in local) or "@" in local.strip('"'):
            raise InvalidTarget(key="ui.error.not_address", value=repr(target.strip()))
    domain = validate_host(text)
    if domain.replace(".", "").isdigit() or ":" in domain:
        raise InvalidTarget(key="ui.error.ip_address", value=repr(text))
    if "." not in domain:
        raise InvalidTarget(key="ui.error.no_dot", value=repr(text))
    return domain, None if local is None else f"{local}@{domain}"


def display(domain: str) -> str:
    """The Unicode form for sentences a person reads (xn--bcher-kva.example → bücher.example)."""
    try:
        return str(idna.decode(domain))
    except idna.IDNAError:
        return domain


def ispdb_bases() -> tuple[str, ...]:
    """The central databases asked: MAILMEDIC_ISPDB_URL (one base URL or several, separated by
    commas; tests point it at the lab), else Thunderbird's ISPDB and the public database the
    autoconfig draft names (draft-ietf-mailmaint-autoconfig-06 §"Central database")."""
    listed = [u.strip() for u in os.environ.get(ISPDB_ENV, "").split(",") if u.strip()]
    return tuple(dict.fromkeys(listed)) or DEFAULT_ISPDB_URLS


def ispdb_base() -> str:
    """The first central database asked (ispdb_bases)."""
    return ispdb_bases()[0]


class _Diagnosis:
    """The running state of one diagnosis: lookups in flight, probes in flight, what named what."""

    def __init__(
        self,
        ctx: ProbeContext,
        dctx: DiscoveryContext,
        *,
        protocols: tuple[Protocol, ...],
        username: str | None,
        concurrency: int,
        on_progress: ProgressCallback | None,
        guess: bool = True,
    ) -> None:
        self.ctx = ctx
        self.guess = guess
        self.dctx = dctx
        self.protocols = protocols
        self.username = username
        self.on_progress = on_progress
        self.gate = asyncio.Semaphore(concurrency)
        self.lookups: list[Lookup] = []
        self.pending: set[asyncio.Task[None]] = set()
        self.origins: dict[Key, list[str]] = {}
        self.trust: dict[Key, Trust] = {}  # the best way each setting was learned
        self.endpoints: dict[Key, Endpoint] = {}
        self.probes: dict[Key, asyncio.Task[ProbeResult]] = {}
        self.guessed: set[Key] = set()
        self.forms: dict[Key, str] = {}  # username templates (%EMAILADDRESS%, ...) per server
        self.methods: dict[Key, tuple[str, ...]] = {}  # published authentication, in order
        # Settings only another organisation's document named, reached through a redirect (the
        # registrable domain it led to): a login there needs consent (discovery/consent.py).
        self.named_by: dict[Key, str] = {}
        self.named_directly: set[Key] = set()
        self.providers: set[str] = set()  # provider list entries added (add_provider)
        self.guess_detail = ""
        self.done = 0
        self.group: asyncio.TaskGroup | None = None
        self.deadline = ctx.deadline
        # Every lookup started (source, what it asked), and those that answered: at the
        # deadline, the others are recorded as cut (`cut_lookups`), never silently lost.
        self.asked: dict[asyncio.Task[None], tuple[str, str]] = {}
        self.answered: set[asyncio.Task[None]] = set()
        self.cut = False  # the deadline cut a lookup or the guesses: "nothing found" is not known

    # --- lookups ---------------------------------------------------------------------------

    def spawn(
        self, lookup: Coroutine[Any, Any, Lookup | None], source: str, what: str
    ) -> asyncio.Task[None]:
        """Start a lookup of `source` asking `what` (a name or a URL, for the report)."""
        assert self.group is not None
        task = self.group.create_task(self._lookup(lookup, source, what))
        self.asked[task] = (source, what)
        self.pending.add(task)
        task.add_done_callback(self.pending.discard)
        return task

    async def _lookup(
        self, lookup: Coroutine[Any, Any, Lookup | None], source: str, what: str
    ) -> None:
        # Every lookup ends by the deadline, whatever its own timeouts add up to (a fetch's DNS
        # then its body, dnspython's overshoot, our own fair retry): net/deadline.py.
        try:
            async with asyncio.timeout_at(self.deadline):
                answer = await lookup
        except TimeoutError:
            answer = self.cut_lookup(source, what)
        task = asyncio.current_task()
        if task is not None:
            self.answered.add(cast("asyncio.Task[None]", task))
        if answer is not None:
            self.add(answer)

    def cut_lookup(self, source: str, what: str) -> Lookup | None:
        """What a lookup the deadline cut says: an error of its source, marked `deadline`."""
        self.cut = True
        if not source:
            return None  # a fallback (plain-HTTP autoconfig): its https twins say it
        return Lookup(
            source=source,
            status="error",
            detail=f"{what}: no answer before the diagnosis deadline",
            extra={"deadline": True},
        )

    def cut_lookups(self) -> None:
        """After the guard cancelled the run: every lookup that had not answered, as cut."""
        for task, (source, what) in self.asked.items():
            if task not in self.answered and (lookup := self.cut_lookup(source, what)):
                self.lookups.append(lookup)
        if self.guess and not self.guess_detail:  # every end of `_guess` says what it did
            self.cut = True
            self.guess_detail = "not tried: the deadline ran out"

    def add(self, lookup: Lookup) -> None:
        """Record a lookup's answer and start probing what it names, at once."""
        self.lookups.append(lookup)
        for k, form in lookup.extra.get("forms", {}).items():
            self.forms.setdefault(k, form)
        for k, methods in lookup.extra.get("methods", {}).items():
            self.methods.setdefault(k, methods)
        # A published document is someone else's input: a 256 KiB autoconfig or a large SRV
        # set could name thousands of servers and turn a diagnosis into a connection storm.
        named_by = lookup.extra.get("named_by")
        for ep in lookup.endpoints[:MAX_ENDPOINTS_PER_SOURCE]:
            keys = (key(ep), key(dataclasses.replace(ep, security=Security.STARTTLS)))
            for k in keys if ep.security is Security.NONE else keys[:1]:
                if isinstance(named_by, str):
                    self.named_by.setdefault(k, named_by)
                else:
                    self.named_directly.add(k)
            self.submit(ep, lookup.source, lookup.learned)
            if ep.security is Security.NONE and lookup.source in (*PUBLISHED, "provider"):
                # A plain-text entry: also try STARTTLS on the same port, so the report can say
                # that encryption works there (RFC 8314 §4.1) and recommend it instead.
                twin = dataclasses.replace(ep, security=Security.STARTTLS)
                # What we derived from an entry is no more trustworthy than the entry: the
                # twin of a plain-HTTP document's entry is learned over plain HTTP too.
                self.submit(twin, TWIN, lookup.learned)

    # --- probes ----------------------------------------------------------------------------

    def submit(self, ep: Endpoint, source: str, trust: Trust = Trust.GUESS) -> None:
        if MASK in ep.host:
            # A published name that held the password (net/redact.py): shown masked, never
            # looked up or connected to (the masked name is nobody's server).
            return
        k = key(ep)
        hosts = {h for (_, h, _, _) in self.endpoints}
        if ep.host.lower() not in hosts and len(hosts) >= MAX_HOSTS:
            return  # bounded work per diagnosis, whatever the sources publish
        if k not in self.trust or trust.rank < self.trust[k].rank:
            self.trust[k] = trust
        if source != TWIN:
            self.origins.setdefault(k, [])
            if source not in self.origins[k]:
                self.origins[k].append(source)
        self.endpoints.setdefault(k, ep)
        if ep.protocol not in self.protocols or k in self.probes:
            return
        assert self.group is not None
        self.probes[k] = self.group.create_task(self._probe(ep))

    async def _probe(self, ep: Endpoint) -> ProbeResult:
        async with self.gate:
            result = await probe(ep, self.ctx)
        self.done += 1
        if self.on_progress is not None:
            self.on_progress(ProbeFinished(result=result, done=self.done, total=len(self.probes)))
        return result

    # --- the plan --------------------------------------------------------------------------

    async def run(self) -> None:
        dctx, username = self.dctx, self.username
        # A TaskGroup: lookups and probes never raise for faults, so an exception is a bug and
        # then nothing may be left running.
        async with asyncio.TaskGroup() as group:
            self.group = group
            self.spawn(lookup_srv(dctx, username), "srv", f"SRV records of {dctx.domain}")
            secure = [
                self.spawn(
                    autoconfig.lookup_clientconfig(
                        dctx, "autoconfig", url, username=username, cert_breaks=True
                    ),
                    "autoconfig",
                    url,
                )
                for url in autoconfig.domain_urls(dctx.domain)
            ]
            self.spawn(self._autoconfig_http(secure), "", "")
            for base in dctx.ispdb_urls:
                ispdb = autoconfig.ispdb_url(base, dctx.domain)
                self.spawn(
                    autoconfig.lookup_clientconfig(
                        dctx, "ispdb", ispdb, username=username, cert_breaks=False
                    ),
                    "ispdb",
                    ispdb,
                )
            for url in autodiscover.domain_urls(dctx.domain):
                self.spawn(
                    self._microsoft(autodiscover.lookup_autodiscover(dctx, url, username=username)),
                    "autodiscover",
                    url,
                )
            self.spawn(
                self._microsoft(autodiscover.lookup_autodiscover_srv(dctx, username=username)),
                "autodiscover",
                f"_autodiscover._tcp.{dctx.domain}",
            )
            # Autodiscover v2 names no server itself (no line of its own); the guesses wait for it.
            self.spawn(self._autodiscover_json(), "", "")
            self.spawn(self._autodiscover_cname(), "", "")
            self.spawn(
                pacc.lookup_pacc(dctx, username=username), "pacc", pacc.document_url(dctx.domain)
            )
            self.spawn(self._mx(), "mx", f"MX of {dctx.domain}")
            provider = match_domain(dctx.domain)
            if provider is not None:
                self.add_provider(provider, f"the domain {dctx.domain}", None)
            if self.guess:
                group.create_task(self._guess())

    async def _autoconfig_http(self, secure: list[asyncio.Task[None]]) -> Lookup | None:
        """Thunderbird's plain-HTTP fallback for the domain's autoconfig: fetched alongside the
        https URLs (so it adds no wait), used only when https found nothing, and then flagged:
        a document over plain HTTP can be changed by anyone on the way."""
        dctx = self.dctx
        plain = await asyncio.gather(
            *(
                autoconfig.lookup_clientconfig(
                    dctx, "autoconfig", url, username=self.username, cert_breaks=False
                )
                for url in autoconfig.plain_urls(dctx.domain)
            )
        )
        await asyncio.wait(secure)
        if any(lk.source == "autoconfig" and lk.status == "found" for lk in self.lookups):
            return None
        found = next((lk for lk in plain if lk.status == "found"), None)
        if found is None:
            return None  # a fallback that finds nothing adds nothing to the report
        return dataclasses.replace(
            found,
            detail=found.detail + " (over plain HTTP: anyone on the way could change it)",
            extra={**found.extra, "plain_http": True},
            trust=Trust.HTTP,
        )

    def add_provider(self, provider: Provider, via: str, trust: Trust | None) -> None:
        """The provider list's entry as a lookup, once per provider whatever found it (the
        domain, the MX, Autodiscover): its servers are probed and its notes shown. `trust`:
        how what led to it was learned (None: our list itself, builtin)."""
        if provider.id in self.providers:
            return
        self.providers.add(provider.id)
        lookup = provider_lookup(
            provider, via=via, address=self.dctx.address, username=self.username
        )
        self.add(dataclasses.replace(lookup, trust=trust))

    def _microsoft_by_host(self, host: str, via: str, trust: Trust) -> None:
        """Microsoft 365 (or Outlook.com) recognised by a server name Autodiscover gave, whatever
        the MX says: a domain whose mailboxes moved to Exchange Online often keeps its MX at a
        filtering gateway, and only Autodiscover tells (MS-OXDSCLI; Outlook asks it first)."""
        # The address (or the domain's postmaster) tells Microsoft 365 from Outlook.com.
        provider = match_server(host, self.dctx.address or f"postmaster@{self.dctx.domain}")
        if provider is not None and provider.id in MICROSOFT:
            self.add_provider(provider, f"{via} ({host})", trust)

    async def _microsoft(self, lookup: Coroutine[Any, Any, Lookup]) -> Lookup:
        """An Autodiscover (POX) lookup, and Microsoft 365 when the servers it names are."""
        found = await lookup
        for ep in found.endpoints:
            self._microsoft_by_host(ep.host, "Autodiscover", found.learned)
        return found

    async def _autodiscover_cname(self) -> None:
        """Exchange Online: a tenant's autodiscover.<domain> is a CNAME to
        autodiscover.outlook.com (the DNS records Microsoft 365 asks a tenant to publish). That
        host's certificate does not name the tenant's domain, so the HTTPS Autodiscover fails
        (Outlook then follows the HTTP redirect), and only the DNS record tells."""
        name = f"autodiscover.{self.dctx.domain}"
        answer = await query(self.dctx.resolver, name, "CNAME", timeout=self.dctx.dns_timeout)
        trust = Trust.DNSSEC if answer.authenticated else Trust.DNS
        for record in answer.records:
            target = self.dctx.answer_name(record.target).lower()
            if target == MICROSOFT_AUTODISCOVER:
                self._microsoft_by_host("outlook.office365.com", f"CNAME {name} → {target}", trust)

    async def _autodiscover_json(self) -> None:
        """Autodiscover v2: where the mailbox's POX service is (outlook.office365.com for
        Exchange Online). Over https with a valid certificate: learned as HTTPS."""
        host = await autodiscover.lookup_autodiscover_json(self.dctx)
        if host is not None:
            self._microsoft_by_host(host, "Autodiscover v2", Trust.HTTPS)

    async def _mx(self) -> Lookup:
        dctx = self.dctx
        found = await lookup_mx(dctx)
        if not found.mx_hosts:
            return found
        matched = match_mx(found.mx_hosts)
        # What the MX record leads to is as trustworthy as the record (Thunderbird for Android).
        learned = found.learned
        for provider, host in matched:
            self.add_provider(provider, f"MX {host}", learned)
        # Thunderbird uses the lowest-preference MX host only (mail-facts.md).
        first = found.mx_hosts[0]
        if MASK in first:
            return found  # a name that held the password leads nowhere (net/redact.py)
        via = f" (via MX {first})"
        await load_public_suffix_list()
        derived = mx_domains(first, dctx.domain)
        if not matched and match_domain(dctx.domain) is None:
            # No MX pattern knows the host: the provider list by the MX host's domains, the
            # most specific first (the host minus its first label, then the registrable one).
            for other in sorted(derived, key=lambda d: -d.count(".")):
                by_domain = match_domain(other)
                if by_domain is not None:
                    self.add_provider(by_domain, f"MX {first} (the domain {other})", learned)
                    break
        for other in derived:
            for base in dctx.ispdb_urls:
                ispdb = autoconfig.ispdb_url(base, other)
                self.spawn(
                    _learned_via(
                        learned,
                        autoconfig.lookup_clientconfig(
                            dctx, "ispdb", ispdb, username=self.username, cert_breaks=False,
                            via=via,
                        ),
                    ),
                    "ispdb",
                    ispdb + via,
                )  # fmt: skip
            url = f"https://autoconfig.{other}/{autoconfig.CONFIG_PATH}"
            self.spawn(
                _learned_via(
                    learned,
                    autoconfig.lookup_clientconfig(
                        dctx, "autoconfig", url, username=self.username, cert_breaks=False, via=via
                    ),
                ),
                "autoconfig",
                url + via,
            )
        return found

    async def _guess(self) -> None:
        """Guess only what nothing else found, once every lookup has answered (Thunderbird)."""
        while self.pending:
            await asyncio.wait(set(self.pending))
        if any(lk.domain_missing for lk in self.lookups):
            self.guess_detail = "not tried: the domain does not exist"
            return
        found_directions = {
            e.protocol.direction
            for lk in self.lookups
            for e in lk.endpoints
            if e.protocol in self.protocols
        }
        wanted = [p for p in self.protocols if p.direction not in found_directions]
        if not wanted:
            self.guess_detail = "not needed: servers were found"
            return
        hosts = guess_hosts(self.dctx.domain, wanted)
        try:
            async with asyncio.timeout_at(self.deadline):
                resolutions = await asyncio.gather(*(self.ctx.resolver.resolve(h) for h in hosts))
        except TimeoutError:
            self.cut = True
            self.guess_detail = f"{', '.join(hosts)}: not tried, the deadline ran out"
            return
        existing = [h for h, r in zip(hosts, resolutions, strict=True) if r.addresses]
        timed_out = any(r.failure is Outcome.DNS_TIMEOUT for r in resolutions)
        if not existing and timed_out and not any(lk.dns_timeout for lk in self.lookups):
            # No answer is not "does not exist": under load our own resolver may be the one
            # that is late. Nothing was found, but the search could not finish. (When the
            # domain's own lookups timed out too, the rules say so: DNS_FAILURE or ours.)
            self.cut = True
        username = self.username
        for host in existing:
            for ep in guess_endpoints(host, hosts[host], username=username):
                self.guessed.add(key(ep))
                self.submit(ep, "guess")
        tried = ", ".join(hosts)
        if existing:
            self.guess_detail = f"tried {tried}; these exist: {', '.join(existing)}"
        else:
            self.guess_detail = f"none of {tried} exists"


# How a username template reads when no address was given (the report is for a person).
_FORM_WORDS = (
    ("%EMAILADDRESS%", "your email address"),
    ("%EMAILLOCALPART%", "the part of your address before the @"),
)


def readable_form(form: str, domain: str) -> str:
    """ "%EMAILLOCALPART%" -> "the part of your address before the @"."""
    if form == "%EMAILADDRESS%":
        return "your full email address"
    for token, words in _FORM_WORDS:
        if form == token:
            return words
        form = form.replace(token, f"<{words}>")
    return form.replace("%EMAILDOMAIN%", domain)


async def _learned_via(trust: Trust, lookup: Coroutine[Any, Any, Lookup]) -> Lookup:
    """A lookup reached through a DNS record (the MX): its settings are no more trustworthy
    than that record, whatever the document's own transport (Thunderbird for Android)."""
    found = await lookup
    return dataclasses.replace(found, trust=trust)


@frozen
class Found:
    """What discovery found and what each probe of it saw."""

    lookups: tuple[Lookup, ...]
    results: Mapping[Key, ProbeResult]
    origins: Mapping[Key, Sequence[str]]  # which sources named each server setting
    trust: Mapping[Key, Trust]  # how each setting was learned, the best of its sources
    endpoints: Mapping[Key, Endpoint]
    guessed: frozenset[Key]
    forms: Mapping[Key, str]  # username templates (%EMAILADDRESS%, ...) per server setting
    # The authentication methods a document published per server setting, in its order.
    methods: Mapping[Key, tuple[str, ...]]
    guess_detail: str
    cut: bool = False  # the deadline cut a lookup or the guesses (net/deadline.py)
    # Settings only a document reached through a redirect to another registrable domain named:
    # that domain, per setting (discovery/consent.py).
    named_by: Mapping[Key, str] = dataclasses.field(default_factory=dict)

    def published(self) -> list[ProbeResult]:
        """Results of what a published source (SRV, autoconfig, ISPDB, Autodiscover) or our
        provider list named: no guesses."""
        return [
            r
            for k, r in self.results.items()
            if any(s in (*PUBLISHED, "provider") for s in self.origins.get(k, ()))
        ]


async def find_servers(
    domain: str,
    ctx: ProbeContext,
    *,
    address: str | None = None,
    protocols: Sequence[Protocol] = tuple(Protocol),
    username: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    on_progress: ProgressCallback | None = None,
    guess: bool = True,
) -> Found:
    """Every source of `domain` asked, and everything they name probed, under `ctx`'s deadline.

    `ctx` must carry no credentials: discovery probes never log in (a password goes only to the
    server finally recommended, never to every published or guessed host)."""
    assert ctx.credentials is None, "discovery probes never log in"
    loop = asyncio.get_running_loop()
    remaining = (ctx.deadline - loop.time()) if ctx.deadline is not None else SOURCE_TIMEOUT
    budget = max(1.0, min(SOURCE_TIMEOUT, remaining * SOURCE_SHARE))
    async with HttpClient(
        resolver=ctx.resolver.resolver,
        policy=ctx.policy,
        tls=ctx.tls.verify,
        dns_timeout=ctx.timeouts.resolve,
        redact=ctx.redactor,
        caps=ctx.connections,
    ) as http:
        dctx = DiscoveryContext(
            domain=domain,
            address=address,
            resolver=ctx.resolver.resolver,
            http=http,
            dns_timeout=ctx.timeouts.resolve,
            http_timeout=budget,
            ispdb_urls=ispdb_bases(),
            redact=ctx.redactor,
        )
        state = _Diagnosis(
            ctx,
            dctx,
            protocols=tuple(dict.fromkeys(protocols)),
            username=username,
            concurrency=concurrency,
            on_progress=on_progress,
            guess=guess,
        )
        # The whole discovery under the guard (net/deadline.py): whatever still runs at the
        # deadline is cancelled, and what was learnt so far is the report's.
        if not await dl.run_until(state.run(), ctx.deadline):
            state.cut_lookups()
    return Found(
        lookups=tuple(state.lookups),
        results={k: _result_of(t, state.endpoints[k]) for k, t in state.probes.items()},
        origins={k: tuple(v) for k, v in state.origins.items()},
        trust=dict(state.trust),
        endpoints=dict(state.endpoints),
        guessed=frozenset(state.guessed),
        forms=dict(state.forms),
        methods=dict(state.methods),
        guess_detail=state.guess_detail,
        cut=state.cut,
        named_by={k: v for k, v in state.named_by.items() if k not in state.named_directly},
    )


def _result_of(task: asyncio.Task[ProbeResult], ep: Endpoint) -> ProbeResult:
    """A probe's result; a probe the guard cancelled at the deadline says `deadline`."""
    if task.done() and not task.cancelled():
        return task.result()
    return deadline_result(ep, elapsed_ms=0)


__all__ = [
    "Found",
    "display",
    "find_servers",
    "ispdb_base",
    "ispdb_bases",
    "parse_target",
    "readable_form",
]
