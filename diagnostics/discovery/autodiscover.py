"""Microsoft Autodiscover (POX), as Outlook and Thunderbird ask it (mail-facts.md).

POST to `https://autodiscover.<d>/autodiscover/autodiscover.xml` and
`https://<d>/autodiscover/autodiscover.xml`, and to the target of the `_autodiscover._tcp` SRV
record. The request names a stand-in mailbox at the domain (`postmaster@<d>`, which RFC 5321
§4.5.1 requires to exist), never the person's address, and carries no credentials: a 401 is
recorded as "needs a login", not as an error. Redirects must stay inside the domain (another base
domain needs the person's consent, which a report cannot give).
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable

from diagnostics.discovery.autoconfig import fetch_failure
from diagnostics.discovery.base import Broken, DiscoveryContext, Lookup, endpoint
from diagnostics.discovery.dnsquery import absent, query
from diagnostics.discovery.srv import order_srv
from diagnostics.model import Outcome, Trust
from diagnostics.net.redact import MASK
from diagnostics.wire.autodiscover import (
    AutodiscoverError,
    parse_autodiscover,
    parse_autodiscover_json,
    request_body,
)
from diagnostics.wire.hostname import HostnameError, parse_server_name, shown

PATH = "autodiscover/autodiscover.xml"
MAX_REDIRECTS = 2  # RedirectAddr/RedirectUrl answers followed (as Thunderbird)
# Thunderbird sends exactly this content type; some servers refuse anything else.
HEADERS = {"Content-Type": "text/xml; charset=utf-8"}


def domain_urls(domain: str) -> list[str]:
    return [f"https://autodiscover.{domain}/{PATH}", f"https://{domain}/{PATH}"]


def _inside(domain: str) -> Callable[[str], bool]:
    def check(host: str) -> bool:
        host = host.lower().rstrip(".")
        return host == domain or host.endswith("." + domain)

    return check


async def lookup_autodiscover(
    dctx: DiscoveryContext,
    url: str,
    *,
    username: str | None,
    site: str | None = None,
    mailbox: str | None = None,
    hops: int = 0,
    deadline: float | None = None,
) -> Lookup:
    """POST the request to `url`; follow RedirectUrl/RedirectAddr answers at most
    MAX_REDIRECTS times, inside `site`, all within one http timeout."""
    site = site or dctx.domain
    mailbox = mailbox or f"postmaster@{dctx.domain}"
    loop = asyncio.get_running_loop()
    deadline = deadline if deadline is not None else loop.time() + dctx.http_timeout
    remaining = deadline - loop.time()
    if remaining <= 0:
        return Lookup(source="autodiscover", status="error", detail=f"{url}: no time left")
    fetched = await dctx.http.fetch(
        url,
        method="POST",
        data=request_body(mailbox),
        headers=HEADERS,
        timeout=remaining,
        allowed_hosts=_inside(site),
    )
    if not fetched.ok:
        return fetch_failure("autodiscover", fetched, cert_breaks=True)
    try:
        answer = parse_autodiscover(fetched.body, redact=dctx.redact, known=(dctx.domain,))
    except AutodiscoverError as exc:
        head = fetched.body[:4096].lstrip().lower()
        if head.startswith(b"<?xml") or b"<autodiscover" in head:
            return Lookup(
                source="autodiscover",
                status="error",
                detail=f"{fetched.url}: {exc}",
                broken=(Broken(source="autodiscover", detail=f"{fetched.url}: {exc}"),),
            )
        return Lookup(
            source="autodiscover",
            status="none",
            detail=f"{fetched.url}: not an Autodiscover response",
        )
    if answer.error:
        return Lookup(
            source="autodiscover", status="none", detail=f"{fetched.url}: says {answer.error!r}"
        )
    if answer.redirect_addr or answer.redirect_url:
        target = answer.redirect_addr or answer.redirect_url or ""
        follow = _redirect(target, answer.redirect_url is not None, site, hops)
        if isinstance(follow, str):
            return Lookup(
                source="autodiscover",
                status="none",
                detail=f"{fetched.url}: redirects to {shown(target)} ({follow})",
            )
        next_url, next_mailbox = follow
        return await lookup_autodiscover(
            dctx,
            next_url or fetched.url,
            username=username,
            site=site,
            mailbox=next_mailbox or mailbox,
            hops=hops + 1,
            deadline=deadline,
        )
    endpoints = tuple(
        endpoint(s.protocol, s.hostname, s.port, s.security, username or s.login_name)
        for s in answer.servers
    )
    # Entries naming something that cannot be a server (wire/hostname.py): the response is
    # broken there, and those names are never looked up.
    broken = tuple(
        Broken(source="autodiscover", detail=f"{fetched.url}: {p}") for p in answer.problems
    )
    if not endpoints:
        return Lookup(
            source="autodiscover",
            status="none",
            detail=f"{fetched.url}: names no IMAP, POP3 or SMTP server",
            broken=broken,
        )
    return Lookup(
        source="autodiscover",
        status="found",
        detail=f"{fetched.url}: {len(endpoints)} server(s)",
        endpoints=endpoints,
        broken=broken,
    )


def _redirect(
    target: str, is_url: bool, site: str, hops: int
) -> tuple[str | None, str | None] | str:
    """(next URL, next mailbox) to follow, or why not (Thunderbird: at most twice; another
    domain needs the person's consent, which a report cannot give)."""
    if hops >= MAX_REDIRECTS:
        return f"not followed: more than {MAX_REDIRECTS} redirects"
    inside = _inside(site)
    if is_url:
        if target.strip().partition(":")[0].lower() != "https":
            return "not followed: only https"
        raw = url_host(target)
        if raw is None:
            return "not followed: not a URL"
        try:
            host = parse_server_name(raw)
        except HostnameError as exc:
            return f"not followed: {exc}"
        if not inside(host):
            return f"not followed: another domain ({host})"
        return target, None
    domain = target.rpartition("@")[2]
    if "@" not in target:
        return f"not followed: another domain ({shown(target)})"
    try:
        domain = parse_server_name(domain)
    except HostnameError as exc:
        return f"not followed: {exc}"
    if not inside(domain):
        return f"not followed: another domain ({domain})"
    return None, target


async def lookup_autodiscover_srv(dctx: DiscoveryContext, *, username: str | None) -> Lookup:
    """`_autodiscover._tcp.<d>` SRV → the Autodiscover URL on its target (RFC 2782 order)."""
    name = f"_autodiscover._tcp.{dctx.domain}"
    answer = await query(dctx.resolver, name, "SRV", timeout=dctx.dns_timeout)
    if answer.failure is not None:
        return Lookup(
            source="autodiscover",
            status="none" if absent(answer.failure) else "error",
            detail=answer.detail,
            dns_timeout=answer.failure is Outcome.DNS_TIMEOUT,
        )
    records = order_srv(
        [
            (int(r.priority), int(r.weight), int(r.port), dctx.answer_name(r.target))
            for r in answer.records
        ]
    )
    usable = [(port, target) for *_, port, target in records if target not in ("", ".")]
    if not usable:
        return Lookup(source="autodiscover", status="none", detail=f"{name}: not offered")
    port, target = usable[0]
    if MASK not in target:
        try:
            target = parse_server_name(target)
        except HostnameError as exc:
            return Lookup(
                source="autodiscover",
                status="none",
                detail=f"{name}: {exc}",
                broken=(Broken(source="autodiscover", detail=f"{name}: {exc}"),),
            )
    if MASK in target:
        # A target that held the password (net/redact.py) is nobody's server: not fetched.
        return Lookup(
            source="autodiscover", status="error", detail=f"{name} → {target}: not followed"
        )
    authority = target if port == 443 else f"{target}:{port}"
    found = await lookup_autodiscover(
        dctx, f"https://{authority}/{PATH}", username=username, site=target.lower()
    )
    # The document came over HTTPS, but the name of its server came from the SRV record: the
    # settings are as trustworthy as that record.
    return dataclasses.replace(found, trust=Trust.DNSSEC if answer.authenticated else Trust.DNS)


JSON_PATH = "autodiscover/autodiscover.json"


def json_url(domain: str) -> str:
    """Autodiscover v2 on the domain's own Autodiscover host, for the stand-in mailbox."""
    return f"https://autodiscover.{domain}/{JSON_PATH}?Email=postmaster@{domain}&Protocol=AutodiscoverV1"


async def lookup_autodiscover_json(dctx: DiscoveryContext) -> str | None:
    """The host of the POX service that Autodiscover v2 names (outlook.office365.com for a
    mailbox in Exchange Online), or None. It names no mail server itself, so it is not a source
    of its own in the report: finder.py uses the host to recognise Microsoft 365."""
    fetched = await dctx.http.fetch(
        json_url(dctx.domain),
        timeout=dctx.http_timeout,
        headers={"Accept": "application/json"},
        allowed_hosts=_inside(dctx.domain),
    )
    if not fetched.ok:
        return None
    try:
        url = parse_autodiscover_json(fetched.body, redact=dctx.redact, known=(dctx.domain,))
    except AutodiscoverError:
        return None
    host = url_host(url)
    try:
        return None if host is None else parse_server_name(host)
    except HostnameError:
        return None  # names no server we could recognise


def url_host(url: str) -> str | None:
    """The host of a URL a server sent, lower-cased, or None when it has none or is not a URL
    at all ("https://[x/", a port over 65535: hostile text must not end the diagnosis)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        host, _ = parts.hostname, parts.port  # .port raises for a port out of range
    except ValueError:
        return None
    return host.rstrip(".") if host else None
