"""MX-derived providers as Thunderbird finds them: the MX host's registrable domain by the
Public Suffix List, and the host minus its first label, in the ISPDB and the provider list."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from diagnostics.diagnosis import diagnose
from diagnostics.discovery.mx import mx_domains, public_suffix_list, registrable_domain
from diagnostics.discovery.providers import load_providers
from diagnostics.runner import Options, address_domain
from tests.lab import Lab
from tests.lab.discovery import PROVIDER_MX, PROVIDER_MX_DOMAIN


@pytest.fixture(autouse=True)
def lab_ispdb(lab: Lab, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every diagnosis here asks the lab ISPDB, never Thunderbird's."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    yield


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("mx1.mail.example.co.uk", "example.co.uk"),
        ("a.b.example.com.au", "example.com.au"),  # not in the old two-letter rule's reach
        ("mx.example.github.io", "example.github.io"),  # the list's private section
        ("mx1.example.co.jp", "example.co.jp"),
        ("x.mail.protection.outlook.com", "outlook.com"),
        ("mx1.mailhost.lab.test", "lab.test"),  # unlisted TLD: the list's default rule "*"
    ],
)
def test_registrable_domain_by_the_public_suffix_list(host: str, expected: str) -> None:
    """The registrable domain follows the Public Suffix List, not a built-in guess."""
    assert registrable_domain(host) == expected


def test_mx_domains_never_a_public_suffix() -> None:
    """mx.example.co.uk yields example.co.uk once, never the public suffix co.uk."""
    assert mx_domains("mx.example.co.uk", "other.org") == ["example.co.uk"]
    assert mx_domains("mx.example.com.au", "example.com.au") == []


@pytest.mark.parametrize("domain", list(PROVIDER_MX_DOMAIN))
async def test_provider_found_by_the_mx_hosts_domain(lab: Lab, domain: str) -> None:
    """An MX host no pattern knows names the provider whose domain it is in."""
    mx_host, provider_id, matched = PROVIDER_MX_DOMAIN[domain]
    provider = next(p for p in load_providers() if p.id == provider_id)
    options = Options(dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=10.0)
    report = await diagnose(domain, options)
    found = next(d for d in report.discovery if d.source == "provider")
    assert found.status == "found"
    assert found.detail == f"{provider.name} (matched by MX {mx_host} (the domain {matched}))"
    notes = [f.facts["note"] for f in report.findings if f.code == "PROVIDER_NOTE"]
    assert notes == [q.note for q in provider.quirks]


async def test_microsoft_365_is_not_outlook_com(lab: Lab) -> None:
    """An MX under mail.protection.outlook.com is Microsoft 365, never the consumer Outlook.com
    that the registrable domain outlook.com alone would name."""
    (m365,) = (d for d, (_, pid) in PROVIDER_MX.items() if pid == "microsoft365")
    options = Options(dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=10.0)
    report = await diagnose(m365, options)
    providers = [d.detail for d in report.discovery if d.source == "provider"]
    assert len(providers) == 1
    assert providers[0].startswith("Microsoft 365")


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("imap.example.com", "example.com"),
        ("mail.example.co.uk", "example.co.uk"),
        ("example.co.uk", "example.co.uk"),  # the old rule gave the public suffix co.uk
        ("192.0.2.1", None),
    ],
)
def test_address_domain_never_a_public_suffix(host: str, expected: str | None) -> None:
    """The domain guessed from a typed server name (for the full-address login) is never a
    public suffix."""
    assert address_domain(host) == expected


def _reference_cases() -> list[str]:
    """Names to ask: the list's own test file (publicsuffix.org's test_psl.txt, shipped with the
    library), and for every rule its name, one label below and two (wildcards, exceptions and
    IDN rules included)."""
    from publicsuffixlist import PSLFILE

    names = re.findall(
        r"checkPublicSuffix\('([^']*)'", Path(PSLFILE).with_name("test_psl.txt").read_text("utf-8")
    )
    for line in Path(PSLFILE).read_text("utf-8").splitlines():
        if line and not line.startswith("//"):
            base = line.split()[0].lstrip("!*.")
            names += [base, f"x.{base}", f"mx.x.{base}"]
    return names


def test_suffix_rules_answer_as_the_whole_list_does() -> None:
    """mx.py asks `publicsuffixlist` with only the rules a name can match; every answer equals
    the one of the library's parse of the whole list (a rule left out of the subset, a wrong
    wildcard or exception line, would change some of these ~30,000 answers)."""
    from publicsuffixlist import PublicSuffixList

    whole = PublicSuffixList(accept_encoded_idn=False)
    ours = public_suffix_list()
    names = _reference_cases()
    assert len(names) > 30000
    for name in names:
        lowered = name.lower()
        assert ours.privatesuffix(lowered) == whole.privatesuffix(lowered), name
        for unknown in (True, False):
            assert ours.is_public(lowered, accept_unknown=unknown) == whole.is_public(
                lowered, accept_unknown=unknown
            ), name
            assert ours.publicsuffix(lowered, accept_unknown=unknown) == whole.publicsuffix(
                lowered, accept_unknown=unknown
            ), name
