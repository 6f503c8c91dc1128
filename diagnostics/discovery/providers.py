"""The provider knowledge base (`diagnostics/data/providers.json`): servers, username form and
quirks of the big providers, matched by the email domain and by MX host patterns (a domain whose
MX is `*.mail.protection.outlook.com` is on Microsoft 365, whatever its name).

Each quirk carries the date its source was last read and the source itself, so a stale fact can
be found and checked again. Quirks become PROVIDER_NOTE findings, shown before any login.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from diagnostics import datafile
from diagnostics.discovery.base import Lookup, ProviderNote, endpoint
from diagnostics.discovery.merge import key
from diagnostics.frozen import frozen
from diagnostics.model import Endpoint, Protocol, Security


@frozen
class ProviderServer:
    """One server of a known provider (data/providers.json)."""

    protocol: Protocol
    host: str
    port: int
    security: Security
    username: str | None = None  # overrides the provider's username form


@frozen
class Provider:
    """A known provider: its domains, MX hosts, username form, servers and quirks."""

    id: str
    name: str
    domains: tuple[str, ...]
    mx: tuple[str, ...]
    username: str
    servers: tuple[ProviderServer, ...]
    quirks: tuple[ProviderNote, ...]

    @property
    def short_name(self) -> str:
        """The name without its products in brackets: "Google", not "Google (Gmail / ...)"."""
        return self.name.split(" (", 1)[0]

    def matches_mx(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        for pattern in self.mx:
            if pattern.startswith("*."):
                if host.endswith(pattern[1:]):
                    return True
            elif host == pattern:
                return True
        return False


def _provider(raw: dict[str, Any]) -> Provider:
    name = str(raw["name"])
    return Provider(
        id=str(raw["id"]),
        name=name,
        domains=tuple(str(d).lower() for d in raw.get("domains", ())),
        mx=tuple(str(p).lower() for p in raw.get("mx", ())),
        username=str(raw.get("username", "%EMAILADDRESS%")),
        servers=tuple(
            ProviderServer(
                protocol=Protocol(s["protocol"]),
                host=str(s["host"]),
                port=int(s["port"]),
                security=Security(s["security"]),
                username=s.get("username"),
            )
            for s in raw.get("servers", ())
        ),
        quirks=tuple(
            ProviderNote(
                provider=name,
                note=str(q["note"]),
                kind=str(q.get("kind", "")),
                checked=str(q["checked"]),
                reference=str(q["source"]),
                since=q.get("since"),
                step=bool(q.get("step", False)),
                protocols=tuple(str(x) for x in q.get("protocols", ())),
            )
            for q in raw.get("quirks", ())
        ),
    )


@functools.cache
def load_providers() -> tuple[Provider, ...]:
    """The shipped knowledge base (read once per process)."""
    text = datafile.read_text("providers.json")
    return tuple(_provider(p) for p in json.loads(text)["providers"])


def match_domain(domain: str) -> Provider | None:
    domain = domain.lower()
    return next((p for p in load_providers() if domain in p.domains), None)


def match_mx(hosts: tuple[str, ...]) -> list[tuple[Provider, str]]:
    """(provider, the MX host that matched), in MX preference order, each provider once."""
    found: dict[str, tuple[Provider, str]] = {}
    for host in hosts:
        for provider in load_providers():
            if provider.id not in found and provider.matches_mx(host):
                found[provider.id] = (provider, host)
    return list(found.values())


def provider_endpoints(
    provider: Provider, *, address: str | None, username: str | None
) -> list[Endpoint]:
    from diagnostics.wire.autoconfig import expand_username  # only for a known provider

    return [
        endpoint(
            s.protocol,
            s.host,
            s.port,
            s.security,
            username or expand_username(s.username or provider.username, address),
        )
        for s in provider.servers
    ]


def provider_lookup(
    provider: Provider, *, via: str, address: str | None, username: str | None
) -> Lookup:
    endpoints = provider_endpoints(provider, address=address, username=username)
    forms = {
        key(ep): s.username or provider.username
        for ep, s in zip(endpoints, provider.servers, strict=True)
    }
    return Lookup(
        source="provider",
        status="found",
        detail=f"{provider.name} (matched by {via})",
        endpoints=tuple(endpoints),
        notes=provider.quirks,
        extra={"provider": provider.id, "forms": forms},
    )


def match_server(host: str, username: str | None = None) -> Provider | None:
    """The provider whose server the person typed. Microsoft 365 and Outlook.com share
    outlook.office365.com: the address's domain tells them apart (hotmail.com, outlook.com, ...
    are Outlook.com; any other domain on that server is a Microsoft 365 tenant)."""
    host = host.lower().rstrip(".")
    serving = [p for p in load_providers() if any(s.host.lower() == host for s in p.servers)]
    domain = (username or "").rpartition("@")[2].lower()
    by_domain = next((p for p in serving if domain and domain in p.domains), None)
    return by_domain or next(iter(serving), None)


# A provider's mail servers by name, beyond its list: its mail domains' service names
# ("imap-mail.outlook.com", "pop.gmail.com"). Not any host under them: Exchange Online's replies
# name its own machines under outlook.com (AM0PR02CA0123.eurprd02.prod.outlook.com) for
# Microsoft 365 tenants as much as for Outlook.com, and a provider's hosting (vps.ovh.net,
# secureserver.net) serves its customers' own certificates.
_SERVICE_LABEL = re.compile(r"(?:imap|pop3?|smtp|mail)(?:-mail)?")


def serving_provider(host: str, username: str | None = None) -> Provider | None:
    """The provider whose mail server `host` is: one of its listed servers (the address tells
    Microsoft 365 from Outlook.com, `match_server`) or a service name under its mail domains."""
    host = host.lower().rstrip(".")
    listed = match_server(host, username)
    if listed is not None:
        return listed
    label, _, parent = host.partition(".")
    return match_domain(parent) if _SERVICE_LABEL.fullmatch(label) else None
