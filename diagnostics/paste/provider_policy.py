"""A pasted failure at a big provider that the provider's own facts explain (issue 10).

Its rules (data/providers.json, each with its date and source): Outlook.com takes no typed
password from mail apps since 2024-09-16, Microsoft 365 none for IMAP and POP since 2022-10-01;
Google, Yahoo, AOL, iCloud and Fastmail take only a password they generated for the app. So a
"login failed" that is about such a provider's server, or, when the paste names no server, made
with an address at its domain, means the rule first and a mistyped password second, as the live
diagnosis ties the same rule to the refusal it sees (findings/preparation.py). And its servers'
names exist: one that "does not exist" on the person's device was not looked up there.
"""

from __future__ import annotations

import re

from diagnostics.discovery.providers import Provider, match_domain, match_server, serving_provider
from diagnostics.findings import catalog
from diagnostics.findings.codes import Code
from diagnostics.findings.preparation import CONFIRMED_BY, REFUSED_PASSWORD_MEANS
from diagnostics.model import Finding
from diagnostics.paste.dialog import MAX_SCAN, Dialog
from diagnostics.paste.leads import first_host, lead_with, login_address, protocols_named

__all__ = ["on_provider_dns", "on_provider_rule"]

# The provider's steps that a refused password may mean as much as its rule does (Zoho's and
# Yandex's "enable IMAP first", T-Online's separate password): with one first, the refusal leads.
_OTHER_STEPS = frozenset(CONFIRMED_BY) - frozenset(REFUSED_PASSWORD_MEANS)
# A quoted or bracketed name ending in a space: "'smtp.gmail.com '", "smtp.gmail.com ]".
_WITH_SPACE = re.compile(r"[\w.-]+[ \t\u00a0]+['\"\]]")


def _named(dialog: Dialog) -> tuple[str | None, int | None, Provider] | None:
    """The provider the refused login is at: its server, or its domain in the login address
    when the paste names no server at all."""
    address = login_address(dialog)
    named = first_host(dialog)
    if named is not None:
        provider = serving_provider(named[0], address)
        return None if provider is None else (named[0], named[1], provider)
    domain = (address or "").rpartition("@")[2]
    found = match_domain(domain) if domain else None
    return None if found is None else (None, None, found)


def on_provider_rule(findings: tuple[Finding, ...], dialog: Dialog) -> tuple[Finding, ...] | None:
    """The provider rule's cause first, the refusal second; None when no rule explains it."""
    if not findings or findings[0].code is not Code.AUTH_FAILED:
        return None
    named = _named(dialog)
    if named is None:
        return None
    host, port, provider = named
    shown = {p.value for p in protocols_named(dialog, port)}
    if not shown and host is not None:
        shown = {s.protocol.value for s in provider.servers if s.host.lower() == host}
    rule = next(
        (
            q
            for q in provider.quirks
            if (q.kind in REFUSED_PASSWORD_MEANS or q.kind in _OTHER_STEPS)
            # A rule about some protocols only, when the paste shows no other: "sending fails"
            # beside "IMAP works" is not Microsoft 365's IMAP rule.
            and (not q.protocols or (bool(shown) and shown <= set(q.protocols)))
        ),
        None,
    )
    if rule is None or rule.kind not in REFUSED_PASSWORD_MEANS:
        return None
    facts: dict[str, object] = {
        "provider": provider.short_name,
        "provider_rule": rule.kind,
        "note": rule.note,
        "matched": (host or provider.name)[: catalog.MAX_FACT_CHARS],
        "match": "provider-rule",
        "reference": rule.reference or "data/providers.json",
    }
    if host is not None:
        facts["host"] = host
    if rule.since:
        facts["since"] = rule.since
    return lead_with(REFUSED_PASSWORD_MEANS[rule.kind], facts, findings)


def on_provider_dns(findings: tuple[Finding, ...], dialog: Dialog) -> tuple[Finding, ...] | None:
    """DNS_FAILURE's resolver variant in place of "not found" when the name is one of a big
    provider's listed servers, which exist: the device's lookup failed, not the name. Listed
    ones only (`match_server`): a service name under its domains ("mail.gmail.com") may not."""
    if not findings or findings[0].code is not Code.HOST_NOT_FOUND:
        return None
    named = first_host(dialog)
    provider = None if named is None else match_server(named[0], login_address(dialog))
    if named is None or provider is None:
        return None
    host = named[0]
    rest = dialog.rest[:MAX_SCAN]
    if dialog.host_spaced or any(host in m.group(0).lower() for m in _WITH_SPACE.finditer(rest)):
        return None  # 'smtp.gmail.com ': typed with a space, a name that does not exist
    facts: dict[str, object] = {
        "existing_host": host,
        "provider": provider.short_name,
        "matched": host,
        "match": "provider-host-exists",
        "reference": "data/providers.json: the provider's own server name",
    }
    # "The name does not exist" is the opposite of what the lead says: it goes.
    return lead_with(Code.DNS_FAILURE, facts, findings, replacing=frozenset({Code.HOST_NOT_FOUND}))
