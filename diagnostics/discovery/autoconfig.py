"""Mozilla autoconfig and the ISPDB (clientConfig v1.1), as Thunderbird looks for them.

The domain's own documents: `https://autoconfig.<d>/mail/config-v1.1.xml` and
`https://<d>/.well-known/autoconfig/mail/config-v1.1.xml`; the ISPDB at `<base><d>`; and, for a
domain hosted elsewhere, the ISPDB and provider autoconfig of the MX host's domain
(mail-facts.md). Thunderbird appends `?emailaddress=`; we don't: the domain is enough, and the
person's address is sent to nobody. Plain HTTP is Thunderbird's fallback: diagnose.py uses it
only when https found nothing, and says so.

What is "broken" (DISCOVERY_BROKEN) and what is merely "none": a document that is served but
cannot be used (bad XML, broken placeholders, a certificate that is expired or untrusted) is
broken; a name that does not exist, a 404, or a web page that is not a clientConfig is none. A
certificate that does not match `autoconfig.<d>` is an error but not a finding: wildcard DNS
sends that name to the domain's web server in countless domains, and apps then move on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from diagnostics.discovery.base import Broken, DiscoveryContext, Lookup, ProviderNote, endpoint
from diagnostics.discovery.dnsquery import absent
from diagnostics.discovery.merge import key
from diagnostics.model import CertProblem, Endpoint, Outcome
from diagnostics.net.http import FetchResult
from diagnostics.net.redact import Redactor

if TYPE_CHECKING:  # the parser is imported by config_lookup: most runs fetch no document
    from diagnostics.wire.autoconfig import ClientConfig

CONFIG_PATH = "mail/config-v1.1.xml"


def domain_urls(domain: str) -> list[str]:
    return [
        f"https://autoconfig.{domain}/{CONFIG_PATH}",
        f"https://{domain}/.well-known/autoconfig/{CONFIG_PATH}",
    ]


def plain_urls(domain: str) -> list[str]:
    """Thunderbird's fallback (mail-facts.md): the same two documents over plain HTTP."""
    return [u.replace("https://", "http://", 1) for u in domain_urls(domain)]


def ispdb_url(base: str, domain: str) -> str:
    """The ISPDB document for `domain`: `{domain}` in the base is filled in, else appended."""
    if "{domain}" in base:
        return base.replace("{domain}", domain)
    return base.rstrip("/") + "/" + domain


def endpoints_from_config(
    config: ClientConfig, *, address: str | None, username: str | None
) -> list[Endpoint]:
    from diagnostics.wire.autoconfig import expand_username

    return [
        endpoint(
            s.protocol,
            s.hostname,
            s.port,
            s.security,
            username or expand_username(s.username, address),
        )
        for s in config.servers
    ]


def fetch_failure(source: str, fetched: FetchResult, *, cert_breaks: bool) -> Lookup:
    """A fetch that brought no document: none (nothing published) or error (with a reason)."""
    where = fetched.url
    if fetched.kind == "dns" and absent(fetched.dns_failure):
        return Lookup(source=source, status="none", detail=f"{where}: {fetched.reason}")
    if fetched.kind == "status" and fetched.status is not None and 400 <= fetched.status < 500:
        if fetched.status == 401:
            return Lookup(source=source, status="none", detail=f"{where}: needs a login (HTTP 401)")
        return Lookup(source=source, status="none", detail=f"{where}: HTTP {fetched.status}")
    broken: tuple[Broken, ...] = ()
    if (
        fetched.kind == "cert"
        and cert_breaks
        and fetched.cert_problem is not CertProblem.HOSTNAME_MISMATCH
    ):
        broken = (Broken(source=source, detail=fetched.reason),)
    return Lookup(
        source=source,
        status="error",
        detail=f"{where}: {fetched.reason}",
        broken=broken,
        dns_timeout=fetched.dns_failure is Outcome.DNS_TIMEOUT,
    )


def oauth_only_note(name: str, reference: str) -> ProviderNote:
    """A published document that allows no password at all (autoconfig, PACC)."""
    return ProviderNote(
        provider=name,
        note=f"{name} accepts only OAuth2 sign-in: use a mail app that signs in with "
        f"{name} (a typed password will not work).",
        kind="oauth_only",
        reference=reference,
    )


def config_lookup(
    source: str,
    url: str,
    body: bytes,
    *,
    address: str | None,
    username: str | None,
    via: str = "",
    redact: Redactor | None = None,
    known: tuple[str, ...] = (),
) -> Lookup:
    """A fetched document judged: found with endpoints, none, or broken. `body` is the raw
    document; its values are masked with the run's secrets as it is parsed (wire/safexml.py)."""
    # Here, not at the top: the parser and its dataclasses cost start-up about 2 ms, and a
    # diagnosis whose sources return no document never needs them (`benchmarks.startup`).
    from diagnostics.wire.autoconfig import AutoconfigError, looks_like_autoconfig, parse_autoconfig

    where = f"{url}{via}"
    try:
        config = parse_autoconfig(body, redact=redact, known=known)
    except AutoconfigError as exc:
        if looks_like_autoconfig(body):
            return Lookup(
                source=source,
                status="error",
                detail=f"{where}: {exc}",
                broken=(Broken(source=source, detail=f"{url}: {exc}"),),
            )
        return Lookup(source=source, status="none", detail=f"{where}: not an autoconfig document")
    endpoints = endpoints_from_config(config, address=address, username=username)
    name = config.display_name or config.provider_id or "the provider"
    broken = tuple(Broken(source=source, detail=f"{url}: {p}") for p in config.problems)
    notes = [
        # `<enable visiturl><instruction>`: a step before any login. Its date is the day the
        # document was read, its source the page it names (or the document itself).
        ProviderNote(
            provider=name,
            note=text,
            kind="enable",
            reference=config.enable_urls[0] if config.enable_urls else url,
            checked=dt.datetime.now(dt.UTC).date().isoformat(),
            step=True,
        )
        for text in config.enable_instructions
    ]
    methods = [s.authentication for s in config.servers]
    if methods and all(m and all(a.lower() == "oauth2" for a in m) for m in methods):
        # The document allows no password at all: say so before anyone types one.
        notes.append(oauth_only_note(name, url))
    # The username form per server, for the report when no address was given.
    forms = {
        key(ep): s.username
        for ep, s in zip(endpoints, config.servers, strict=True)
        if s.username and "%" in s.username
    }
    # The authentication methods per server, in the document's order (the login test's order).
    auth = {
        key(ep): s.authentication
        for ep, s in zip(endpoints, config.servers, strict=True)
        if s.authentication
    }
    if not endpoints:
        return Lookup(
            source=source,
            status="none",
            detail=f"{where}: lists no IMAP, POP3 or SMTP server",
            broken=broken,
            notes=tuple(notes),
        )
    docs = f" (help: {config.documentation[0]})" if config.documentation else ""
    return Lookup(
        source=source,
        status="found",
        detail=f"{where}: {name}{docs}",
        endpoints=tuple(endpoints),
        broken=broken,
        notes=tuple(notes),
        extra={"forms": forms, "methods": auth},
    )


async def lookup_clientconfig(
    dctx: DiscoveryContext,
    source: str,
    url: str,
    *,
    username: str | None,
    cert_breaks: bool,
    via: str = "",
) -> Lookup:
    fetched = await dctx.http.fetch(url, timeout=dctx.http_timeout)
    if not fetched.ok:
        failed = fetch_failure(source, fetched, cert_breaks=cert_breaks)
        if via:
            return Lookup(
                source=failed.source,
                status=failed.status,
                detail=failed.detail + via,
                broken=failed.broken,
                dns_timeout=failed.dns_timeout,
            )
        return failed
    found = config_lookup(
        source,
        fetched.url,
        fetched.body,
        address=dctx.address,
        username=username,
        via=via,
        redact=dctx.redact,
        known=(dctx.domain,),
    )
    site = None
    if found.endpoints and _host(fetched.url) != _host(url):
        from diagnostics.discovery.mx import load_public_suffix_list

        await load_public_suffix_list()  # off the event loop, once (registrable_domain)
        site = _redirected_to(url, fetched.url)
    if site is not None:
        # Another organisation's document named these servers (Thunderbird asks before it
        # follows a redirect to another domain): a login there needs the person's consent
        # (discovery/consent.py), whatever the transport's trust.
        return dataclasses.replace(
            found,
            detail=f"{found.detail} (redirected to {site})",
            extra={**found.extra, "named_by": site},
        )
    return found


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _redirected_to(asked: str, final: str) -> str | None:
    """The registrable domain a redirect led to, when it is not the asked URL's; else None."""
    from diagnostics.discovery.mx import registrable_domain

    start, end = _host(asked), _host(final)
    if not end or end == start:
        return None
    site = registrable_domain(end)
    return None if site == registrable_domain(start) else site
