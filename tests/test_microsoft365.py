"""Microsoft 365 or Outlook.com: told apart by the MX record (and, for a typed
outlook.office365.com, by the address), each with what the person must do, dated and sourced."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from diagnostics.diagnosis import diagnose
from diagnostics.discovery.providers import match_server
from diagnostics.findings.codes import Code
from diagnostics.findings.preparation import tie_preparation
from diagnostics.model import Endpoint, Finding, Protocol, Report, Security, Severity
from diagnostics.runner import Options, check
from tests.lab import Lab
from tests.lab.discovery import PROVIDER_MX


@pytest.fixture(autouse=True)
def lab_ispdb(lab: Lab, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every diagnosis here asks the lab ISPDB, never Thunderbird's."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    yield


def domain_of(provider_id: str) -> str:
    return next(d for d, (_, pid) in PROVIDER_MX.items() if pid == provider_id)


def steps(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.code is Code.PROVIDER_PREPARATION]


def options(lab: Lab) -> Options:
    return Options(dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=10.0)


async def test_tenant_mx_is_microsoft_365_with_oauth_and_smtp_auth_dates(lab: Lab) -> None:
    """MX *.mail.protection.outlook.com: Microsoft 365's OAuth step first, and the SMTP AUTH
    retirement (end of December 2026) as a dated, sourced note."""
    report = await diagnose(domain_of("microsoft365"), options(lab))
    (step,) = steps(report)
    assert step.facts["provider"] == "Microsoft 365 (Exchange Online)"
    assert "signs in with Microsoft" in str(step.facts["note"])
    assert step.facts["since"] == "2022-10-01"
    notes = {f.facts["quirk"]: f for f in report.findings if f.code is Code.PROVIDER_NOTE}
    retired = notes["smtp_basic_auth_retired"]
    assert retired.facts["since"] == "2026-12-31"
    assert str(retired.facts["reference"]).startswith("https://learn.microsoft.com/")
    assert "MC786329" in str(retired.facts["note"])


async def test_consumer_mx_is_outlook_com(lab: Lab) -> None:
    """MX *.olc.protection.outlook.com: Outlook.com's step (no password since 2024-09-16),
    and none of Microsoft 365's tenant notes."""
    report = await diagnose(domain_of("outlook.com"), options(lab))
    (step,) = steps(report)
    assert step.facts["since"] == "2024-09-16"
    assert "Outlook.com" in str(step.facts["note"])
    quirks = {f.facts.get("quirk") for f in report.findings if f.code is Code.PROVIDER_NOTE}
    assert "smtp_basic_auth_retired" not in quirks


def test_typed_office365_server_told_apart_by_the_address() -> None:
    """outlook.office365.com with a hotmail.com address is Outlook.com, with any other domain a
    Microsoft 365 tenant."""
    consumer = match_server("outlook.office365.com", "ann@hotmail.com")
    tenant = match_server("outlook.office365.com", "ann@contoso.example")
    assert consumer is not None and consumer.id == "outlook.com"
    assert tenant is not None and tenant.id == "microsoft365"


async def test_check_of_office365_shows_the_tenant_step(lab: Lab) -> None:
    """check on outlook.office365.com for a company address: Microsoft 365's step, shown
    before any login (nothing there answers from the closed lab network)."""
    user = Endpoint(
        protocol=Protocol.IMAP,
        host="outlook.office365.com",
        port=993,
        security=Security.TLS,
        username="ann@contoso.example",
    )
    report = await check(user, options(lab))
    (step,) = steps(report)
    assert step.severity is Severity.INFO
    assert step.facts["since"] == "2022-10-01"


def test_oauth_step_is_tied_to_a_refused_basic_login() -> None:
    """Microsoft's "basic authentication is disabled" (OAUTH_REQUIRED) carries the OAuth step."""
    from diagnostics.discovery.providers import load_providers
    from diagnostics.findings.preparation import note_finding

    m365 = next(p for p in load_providers() if p.id == "microsoft365")
    (step,) = [note_finding(q) for q in m365.quirks if q.step]
    smtp = Endpoint(
        protocol=Protocol.SMTP, host="smtp.office365.com", port=587, security=Security.STARTTLS
    )
    refused = Finding(
        code=Code.OAUTH_REQUIRED,
        severity=Severity.ERROR,
        endpoint=smtp,
        facts={
            "reply": "535 5.7.139 Authentication unsuccessful, basic authentication is disabled."
        },
    )
    tied = tie_preparation([step, refused])
    assert tied[1].facts["preparation"] == step.facts["note"]


def provider_line(report: Report) -> str:
    (line,) = [d for d in report.discovery if d.source.value == "provider"]
    return line.detail


@pytest.mark.parametrize(
    ("domain", "via"),
    [
        ("adm365.lab.test", "Autodiscover (outlook.office365.com)"),  # POX names Microsoft's
        ("adjson.lab.test", "Autodiscover v2 (outlook.office365.com)"),  # the JSON v2 answer
    ],
)
async def test_autodiscover_tells_microsoft_365_when_the_mx_does_not(
    lab: Lab, domain: str, via: str
) -> None:
    """The MX is the lab's own, not Microsoft's; Autodiscover (POX or v2) points at
    outlook.office365.com: Microsoft 365 is recognised, with the OAuth step and the dated SMTP
    AUTH note the MX path gives, each once."""
    report = await diagnose(domain, options(lab))
    assert "Microsoft 365" in provider_line(report) and via in provider_line(report)
    (step,) = steps(report)
    assert step.facts["provider"] == "Microsoft 365 (Exchange Online)"
    assert step.facts["since"] == "2022-10-01"
    quirks = [f.facts["quirk"] for f in report.findings if f.code is Code.PROVIDER_NOTE]
    assert quirks.count("smtp_basic_auth_retired") == 1


async def test_autodiscover_of_other_servers_is_not_microsoft(lab: Lab) -> None:
    """ad.lab.test's Autodiscover names the lab's own servers: no provider is recognised."""
    report = await diagnose("ad.lab.test", options(lab))
    assert [d for d in report.discovery if d.source.value == "provider"] == []
    assert steps(report) == []


async def test_mx_and_autodiscover_both_microsoft_add_it_once(lab: Lab) -> None:
    """A tenant found by its MX is not added again by another path: one OAuth step."""
    report = await diagnose(domain_of("microsoft365"), options(lab))
    assert len(steps(report)) == 1


def test_autodiscover_v2_answers() -> None:
    """A v2 answer gives its POX URL; an error answer or a non-https URL is an error."""
    from diagnostics.wire.autodiscover import AutodiscoverError, parse_autodiscover_json

    ok = b'{"Protocol":"AutodiscoverV1","Url":"https://outlook.office365.com/autodiscover/autodiscover.xml"}'
    assert parse_autodiscover_json(ok).startswith("https://outlook.office365.com/")
    for bad in (
        b'{"ErrorCode":"InternalServerError","ErrorMessage":"Failed to find mailbox"}',
        b'{"Protocol":"AutodiscoverV1","Url":"http://mail.example.com/x"}',
        b"<html>not json</html>",
    ):
        with pytest.raises(AutodiscoverError):
            parse_autodiscover_json(bad)


def test_a_hostile_v2_url_is_no_host() -> None:
    """A v2 answer's URL that is not a URL at all gives no host instead of ending the diagnosis."""
    from diagnostics.discovery.autodiscover import url_host

    assert url_host("https://Outlook.Office365.com./autodiscover/x") == "outlook.office365.com"
    for hostile in ("https://[x/", "https://mail.example.com:99999/", "https:///nohost"):
        assert url_host(hostile) is None, hostile
