"""A pasted login refusal at a big provider whose own rules say why (issue 10).

Outlook.com takes no typed password from mail apps since 2024-09-16, Microsoft 365 none for IMAP
and POP since 2022-10-01; Google, Yahoo, AOL, iCloud and Fastmail take only a password they
generated for the app (data/providers.json, each rule with its date and source). So a "login
failed" that names such a provider's server, or, when no other server is named, an address at
its domain, means the rule first and a mistyped password second, as the live diagnosis ties the
same rule to the refusal it sees (findings/preparation.py).
"""

from __future__ import annotations

import re

from diagnostics.discovery.providers import Provider, load_providers, match_server
from diagnostics.findings import catalog
from diagnostics.findings.codes import Code, severity_of
from diagnostics.findings.preparation import REFUSED_PASSWORD_MEANS
from diagnostics.model import Finding, Protocol
from diagnostics.paste.interception import HOST

__all__ = ["on_provider_dns", "on_provider_rule"]

_ADDRESS = re.compile(r"[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,63})(?![\w-])", re.IGNORECASE)
_PROTOCOL_WORDS = {
    Protocol.IMAP: re.compile(r"\bimap", re.IGNORECASE),
    Protocol.POP3: re.compile(r"\bpop3?\b", re.IGNORECASE),
    Protocol.SMTP: re.compile(r"\bsmtp", re.IGNORECASE),
}
_SCAN = 4000
_OTHER_STEPS = frozenset({"enable", "enable_imap", "separate_password"})
_WITH_SPACE = re.compile(r"^[ \t\u00a0]+['\"\]]")  # a quoted or bracketed name ends in a space


# A provider's mail servers by name: those in its list, and its domains' service names
# ("imap-mail.outlook.com", "pop.gmail.com"). Not any host under them: Exchange Online's replies
# name its own machines under outlook.com (AM0PR02CA0123.eurprd02.prod.outlook.com), for
# Microsoft 365 tenants as much as for Outlook.com.
_SERVICE = re.compile(r"(?:imap|pop3?|smtp|mail)(?:-mail)?")


def _serving(host: str) -> Provider | None:
    for provider in load_providers():
        if any(s.host.lower() == host for s in provider.servers):
            return provider
    label, _, parent = host.partition(".")
    if _SERVICE.fullmatch(label):
        return next((p for p in load_providers() if parent in p.domains), None)
    return None


def _named(text: str) -> tuple[str | None, Provider] | None:
    """The provider whose server the text names (with the address, which tells Microsoft 365
    from Outlook.com on a shared server), or whose domain its only address is at."""
    head = text[:_SCAN]
    address = next(iter(_ADDRESS.finditer(head)), None)
    username = address.group(0) if address else None
    for match in HOST.finditer(head):
        host = match.group(1).lower().rstrip(".")
        provider = _serving(host)
        if provider is not None:
            return host, match_server(host, username) or provider
    if address is None or any(HOST.finditer(head)):
        return None  # no address, or the text names a server of its own
    domain = address.group(1).lower()
    found = next((p for p in load_providers() if domain in p.domains), None)
    return None if found is None else (None, found)


def _protocols(host: str | None, provider: Provider, text: str) -> set[str]:
    served = {s.protocol.value for s in provider.servers if host and s.host.lower() == host}
    return served or {p.value for p, words in _PROTOCOL_WORDS.items() if words.search(text)}


def on_provider_rule(findings: tuple[Finding, ...], text: str) -> tuple[Finding, ...] | None:
    """The provider rule's cause first, the refusal second; None when no rule explains it."""
    if not findings or findings[0].code is not Code.AUTH_FAILED:
        return None
    named = _named(text)
    if named is None:
        return None
    host, provider = named
    protocols = _protocols(host, provider, text)
    # The provider's rules in its order: a step of another kind first (Zoho's and Yandex's
    # "enable IMAP", T-Online's separate password) is as likely, and the refusal stays the lead.
    rule = next(
        (
            q
            for q in provider.quirks
            if (q.kind in REFUSED_PASSWORD_MEANS or q.kind in _OTHER_STEPS)
            and (not q.protocols or protocols & set(q.protocols))
        ),
        None,
    )
    if rule is None or rule.kind not in REFUSED_PASSWORD_MEANS:
        return None
    code = REFUSED_PASSWORD_MEANS[rule.kind]
    facts: dict[str, object] = {
        "provider": provider.name.split(" (", 1)[0],
        "note": rule.note,
        "matched": (host or provider.name)[: catalog.MAX_FACT_CHARS],
        "match": "provider-rule",
        "reference": rule.reference or "data/providers.json",
    }
    if host is not None:
        facts["host"] = host
    if rule.since:
        facts["since"] = rule.since
    lead = Finding(code=code, severity=severity_of(code), facts=facts)
    return (lead, *(f for f in findings if f.code is not code))


def on_provider_dns(findings: tuple[Finding, ...], text: str) -> tuple[Finding, ...] | None:
    """DNS_FAILURE first when the name "not found" is a big provider's own server name, which
    exists (providers.json): the device's resolver or its connection failed, not the name."""
    if not findings or findings[0].code is not Code.HOST_NOT_FOUND:
        return None
    for match in HOST.finditer(text[:_SCAN]):
        host = match.group(1).lower().rstrip(".")
        provider = next(
            (p for p in load_providers() if any(s.host.lower() == host for s in p.servers)), None
        )
        if provider is not None:
            if _WITH_SPACE.search(text[match.end() : match.end() + 8]):
                return None  # 'smtp.gmail.com ': typed with a space, a name that does not exist
            code = Code.DNS_FAILURE
            facts: dict[str, object] = {
                "existing_host": host,
                "provider": provider.name.split(" (", 1)[0],
                "matched": host,
                "match": "provider-host-exists",
                "reference": "data/providers.json: the provider's own server name",
            }
            lead = Finding(code=code, severity=severity_of(code), facts=facts)
            return (lead, *(f for f in findings if f.code is not code))
    return None
