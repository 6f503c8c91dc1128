"""What every discovery source shares: its context, and the value one lookup answers with.

A *lookup* is one question to one source (one DNS name, one URL). A source such as autoconfig
asks several (two URLs for the domain, more via the MX host); `merge` folds a source's lookups
into the one `DiscoveryResult` the report shows. Lookups never raise for a network or server
fault: every fault is a status with a reason (style.md §3).
"""

from __future__ import annotations

from dataclasses import field
from typing import Any

from diagnostics.frozen import frozen
from diagnostics.model import Endpoint, Protocol, Security, Trust
from diagnostics.net.redact import Redactor, redact_name

SOURCES = ("srv", "autoconfig", "ispdb", "autodiscover", "pacc", "mx", "provider", "guess")
# Sources the domain (or its hoster) publishes itself: these may be "broken" or "disagree".
# The provider list is our own knowledge and guesses are ours too (design.md: guesses never warn).
PUBLISHED = frozenset({"srv", "autoconfig", "ispdb", "autodiscover", "pacc"})
# How each source learns its settings unless the lookup says otherwise (over plain HTTP, via an
# MX record, with DNSSEC): HTTPS documents are checked against their certificate (net/http.py).
DEFAULT_TRUST = {
    "srv": Trust.DNS,
    "mx": Trust.DNS,
    "autoconfig": Trust.HTTPS,
    "ispdb": Trust.HTTPS,
    "autodiscover": Trust.HTTPS,
    "pacc": Trust.HTTPS_DNS,
    "provider": Trust.BUILTIN,
    "guess": Trust.GUESS,
}

DEFAULT_ISPDB_URL = "https://autoconfig.thunderbird.net/v1.1/"
# The public central database of draft-ietf-mailmaint-autoconfig-06 §"Central database" (step
# 2.1, `%ISPDB%%EMAILDOMAIN%`, and via the MX host steps 3.3 and 3.4), which the draft's clients
# ask; Thunderbird asks its own. Both are asked, so the report sees what either kind of app sees.
CENTRAL_DATABASE_URL = "https://v1.ispdb.net/"
DEFAULT_ISPDB_URLS = (DEFAULT_ISPDB_URL, CENTRAL_DATABASE_URL)


@frozen
class Broken:
    """A published record that leads nowhere usable: material for DISCOVERY_BROKEN."""

    source: str
    detail: str
    endpoint: Endpoint | None = None


@frozen
class ProviderNote:
    """A known rule of a provider, shown before any login is tried (PROVIDER_NOTE)."""

    provider: str
    note: str
    kind: str = ""
    checked: str | None = None
    reference: str | None = None
    since: str | None = None
    # A step the provider requires before any app can log in (enable IMAP, make the separate
    # mail password): PROVIDER_PREPARATION, tied to the login's answer (findings/preparation.py).
    step: bool = False
    # The protocols the rule is about ("imap", "pop3", "smtp"); empty: every one.
    protocols: tuple[str, ...] = ()


@frozen
class Lookup:
    """One source's outcome (found, none or error) with what it learned on the way."""

    source: str  # one of SOURCES
    status: str  # found|none|error
    detail: str = ""
    endpoints: tuple[Endpoint, ...] = ()
    broken: tuple[Broken, ...] = ()
    notes: tuple[ProviderNote, ...] = ()
    mx_hosts: tuple[str, ...] = ()  # mx: targets, lowest preference first
    domain_missing: bool = False  # mx: the domain itself does not exist (NXDOMAIN)
    dns_timeout: bool = False  # our DNS server did not answer (could-not-tell material)
    extra: dict[str, Any] = field(default_factory=dict)
    trust: Trust | None = None  # how its settings were learned; None: the source's usual way

    @property
    def learned(self) -> Trust:
        """The trust of what this lookup found (finder.py records it per setting)."""
        return self.trust or DEFAULT_TRUST.get(self.source, Trust.DNS)


@frozen
class DiscoveryContext:
    """What a lookup needs. `address` (the person's email address, if given) is only used here,
    locally, to fill username placeholders: no lookup ever sends it anywhere."""

    domain: str  # ASCII (IDNA) form
    address: str | None
    resolver: Any  # dns.asyncresolver.Resolver
    http: Any  # diagnostics.net.http.HttpClient
    dns_timeout: float
    http_timeout: float
    ispdb_urls: tuple[str, ...] = DEFAULT_ISPDB_URLS  # central databases, each asked
    # The run's secrets (net/redact.py): names a zone publishes (SRV and MX targets) are server
    # text too, masked where they enter (`answer_name`).
    redact: Redactor = field(default_factory=Redactor)

    def answer_name(self, name: Any) -> str:
        """A name from a DNS answer (a dnspython Name), as text, masked (net/redact.py)."""
        text: str = name.to_text().rstrip(".")
        return redact_name(self.redact, text, (self.domain,))


def endpoint(
    protocol: Protocol, host: str, port: int, security: Security, username: str | None = None
) -> Endpoint:
    return Endpoint(
        protocol=protocol,
        host=host.rstrip(".").lower(),
        port=port,
        security=security,
        username=username,
    )
