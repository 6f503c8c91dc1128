"""PACC (draft-ietf-mailmaint-pacc) as a discovery source: the document and its DNS digest.

Theory of operation. Both questions go out at once: the document at
`https://ua-auto-config.<d>/.well-known/user-agent-configuration.json` (wire/pacc.py) and the
TXT record at `_ua-auto-config.<d>`. The draft's client uses the document only when a published
SHA-256 digest matches its exact bytes, so the states are:

    nothing served, no record      none     (the domain does not publish PACC: not a finding;
                                            a certificate refused on a catch-all host too)
    nothing served, a record       error    (a record left behind: apps find nothing to use)
    no record, not a PACC document none     (a catch-all web server: the domain publishes none)
    served, certificate refused    error    DISCOVERY_BROKEN (problem "certificate"), as autoconfig
    served, no valid record        error    PACC_BROKEN (problem "no_record")
    served, digest differs         error    PACC_BROKEN (problem "mismatch")
    digest matches, not a document error    PACC_BROKEN (problem "document")
    digest matches, servers        found    trust "https+dns-digest"
    our DNS fails for the record   error    (could not tell: no finding)

A PACC document names no username form, and the person's address is sent to nobody.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from diagnostics.discovery.autoconfig import fetch_failure, oauth_only_note
from diagnostics.discovery.base import DiscoveryContext, Lookup, ProviderNote, endpoint
from diagnostics.discovery.dnsquery import Answer, absent, query
from diagnostics.model import Outcome, Trust
from diagnostics.wire.pacc import (
    MAX_DOCUMENT,
    WELL_KNOWN,
    PaccError,
    digest_record,
    matches,
    parse_digest_record,
    parse_pacc,
)

SOURCE = "pacc"
# PACC_BROKEN's `problem` fact (findings/pacc_rules.py)
NO_RECORD = "no_record"
MISMATCH = "mismatch"
DOCUMENT = "document"


def document_url(domain: str) -> str:
    return f"https://ua-auto-config.{domain}/{WELL_KNOWN}"


def record_name(domain: str) -> str:
    return f"_ua-auto-config.{domain}"


def _inside(domain: str) -> Callable[[str], bool]:
    """Redirects stay inside the domain: the digest vouches for the domain's own document."""

    def check(host: str) -> bool:
        host = host.lower().rstrip(".")
        return host == domain or host.endswith("." + domain)

    return check


def _digests(answer: Answer) -> list[bytes]:
    """Every valid UAAC1 digest of the TXT set (a record's strings are joined: RFC 7208 §3.3
    does the same for SPF, and the draft's implementations for PACC)."""
    out: list[bytes] = []
    for rdata in answer.records:
        try:
            text = b"".join(rdata.strings).decode("ascii")
        except (AttributeError, UnicodeDecodeError):
            continue
        digest = parse_digest_record(text)
        if digest is not None:
            out.append(digest)
    return out


async def lookup_pacc(dctx: DiscoveryContext, *, username: str | None) -> Lookup:
    url = document_url(dctx.domain)
    name = record_name(dctx.domain)
    fetched, txt = await asyncio.gather(
        dctx.http.fetch(
            url,
            timeout=dctx.http_timeout,
            max_bytes=MAX_DOCUMENT,
            allowed_hosts=_inside(dctx.domain),
        ),
        query(dctx.resolver, name, "TXT", timeout=dctx.dns_timeout),
    )
    digests = _digests(txt) if txt.failure is None else []
    if not fetched.ok:
        # A certificate refused breaks only a document the domain vouches for: a client uses
        # the document only when a digest is published, so with no record at all the host is a
        # catch-all web server (a wildcard name, its certificate expired), not a broken PACC.
        failed = fetch_failure(SOURCE, fetched, cert_breaks=bool(digests))
        if failed.status == "none" and digests:
            return Lookup(
                source=SOURCE,
                status="error",
                detail=f"{name} publishes a digest, but {failed.detail}",
            )
        if failed.status == "error" and not digests and absent(txt.failure):
            return Lookup(
                source=SOURCE,
                status="none",
                detail=f"{failed.detail}; {name} has no v=UAAC1 record: no PACC published",
                dns_timeout=failed.dns_timeout,
            )
        return failed
    if txt.failure is not None and not absent(txt.failure):
        # Our DNS server, or the domain's, did not answer: the document cannot be checked.
        return Lookup(
            source=SOURCE,
            status="error",
            detail=f"{fetched.url}: not verified ({txt.detail})",
            dns_timeout=txt.failure is Outcome.DNS_TIMEOUT,
        )
    if not digests:
        try:
            parse_pacc(fetched.body, redact=dctx.redact, known=(dctx.domain,))
        except PaccError:
            # No record and no PACC document: a web server that answers every path (a wildcard
            # name, a catch-all page) in a domain that publishes no PACC at all.
            return Lookup(
                source=SOURCE, status="none", detail=f"{fetched.url}: not a PACC document"
            )
        why = txt.detail if txt.failure is not None else f"{name} has no v=UAAC1 record"
        return _broken(
            NO_RECORD, f"{fetched.url}: not verified ({why})", name, digest_record(fetched.body)
        )
    if not matches(fetched.body, digests):
        return _broken(
            MISMATCH,
            f"{fetched.url}: its SHA-256 digest is not the one {name} publishes",
            name,
            digest_record(fetched.body),
        )
    try:
        config = parse_pacc(fetched.body, redact=dctx.redact, known=(dctx.domain,))
    except PaccError as exc:
        return _broken(DOCUMENT, f"{fetched.url}: {exc}", name)
    provider = config.provider or "the provider"
    notes: tuple[ProviderNote, ...] = ()
    if config.password is False:
        notes = (oauth_only_note(provider, fetched.url),)
    endpoints = tuple(
        endpoint(s.protocol, s.hostname, s.port, s.security, username) for s in config.servers
    )
    if not endpoints:
        return Lookup(
            source=SOURCE,
            status="none",
            detail=f"{fetched.url}: names no IMAP, POP3 or submission server",
            notes=notes,
        )
    docs = f" (help: {config.documentation})" if config.documentation else ""
    return Lookup(
        source=SOURCE,
        status="found",
        detail=f"{fetched.url}: {provider}{docs}, verified by {name}",
        endpoints=endpoints,
        notes=notes,
        trust=Trust.HTTPS_DNS,
    )


def _broken(problem: str, detail: str, record: str, expected: str | None = None) -> Lookup:
    """A served document apps must not use: PACC_BROKEN's material (findings/pacc_rules.py),
    with the record that would vouch for the document as it is served now."""
    return Lookup(
        source=SOURCE,
        status="error",
        detail=detail,
        extra={"pacc_problem": problem, "pacc_record": record, "pacc_expected": expected},
    )
