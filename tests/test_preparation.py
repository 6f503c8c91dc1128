"""Provider preparation steps (PROVIDER_PREPARATION): from the provider list and from
`<enable>` in autoconfig/ISPDB documents, shown before any login, each with its date and source,
and tied to the login's answer once the server has refused it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from diagnostics.diagnosis import diagnose
from diagnostics.discovery.base import ProviderNote
from diagnostics.discovery.providers import load_providers
from diagnostics.findings.codes import Code
from diagnostics.findings.preparation import note_finding, tie_preparation
from diagnostics.model import Credentials, Endpoint, Finding, Protocol, Security, Severity
from diagnostics.runner import Options
from diagnostics.wire.autoconfig import parse_autoconfig
from tests.lab import Lab

ISPDB = Path(__file__).resolve().parents[2] / "shared" / "ispdb"
IMAPS = Endpoint(protocol=Protocol.IMAP, host="imap.example.org", port=993, security=Security.TLS)


@pytest.fixture(autouse=True)
def lab_ispdb(lab: Lab, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every diagnosis here asks the lab ISPDB, never Thunderbird's."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    yield


def steps(provider_id: str) -> list[ProviderNote]:
    provider = next(p for p in load_providers() if p.id == provider_id)
    return [q for q in provider.quirks if q.step]


@pytest.mark.parametrize(
    ("provider_id", "words"),
    [
        ("gmx", "Enable IMAP in the web settings first"),
        ("webde", "Enable IMAP in the web settings first"),
        ("t-online", "separate e-mail password"),
        ("icloud", "xxxx-xxxx-xxxx-xxxx"),
    ],
)
def test_provider_list_steps_have_date_and_source(provider_id: str, words: str) -> None:
    """GMX, WEB.DE, T-Online and iCloud each carry their step, dated and with its source."""
    (step,) = steps(provider_id)
    assert words in step.note
    assert step.checked and step.checked.startswith("20")
    assert step.reference and step.reference.startswith("https://")
    found = note_finding(step)
    assert found.code is Code.PROVIDER_PREPARATION
    assert found.severity is Severity.INFO


def test_a_rule_that_is_no_step_stays_a_note() -> None:
    """Google's conditional app-password rule is a PROVIDER_NOTE, not a preparation step."""
    google = next(p for p in load_providers() if p.id == "google")
    assert {note_finding(q).code for q in google.quirks} == {Code.PROVIDER_NOTE}


def test_ispdb_enable_one_instruction_per_language_set() -> None:
    """ISPDB repeats the instruction per language: the English one is kept, once."""
    path = ISPDB / "gmx.net.xml"
    if not path.exists():
        pytest.skip("the shared ISPDB copy is not on this machine")
    config = parse_autoconfig(path.read_text())
    assert config.enable_instructions == (
        "You must allow access via POP3 & IMAP once in the e-mail settings of your account!",
    )
    assert config.enable_urls == ("https://hilfe.gmx.net/pop-imap/einschalten.html",)


def test_only_english_or_first_instruction() -> None:
    """Without an English text, the first instruction is shown."""
    doc = """<clientConfig version="1.1"><emailProvider id="x.example">
      <domain>x.example</domain>
      <incomingServer type="imap"><hostname>imap.x.example</hostname><port>993</port>
      <socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer>
      <enable visiturl="https://x.example/on"><instruction lang="pt-BR">Ative o IMAP</instruction>
      <instruction lang="de">IMAP einschalten</instruction></enable>
    </emailProvider></clientConfig>"""
    assert parse_autoconfig(doc).enable_instructions == ("Ative o IMAP",)


def _auth(code: Code) -> Finding:
    return Finding(code=code, severity=Severity.ERROR, endpoint=IMAPS, facts={"reply": "NO"})


def test_refused_login_carries_the_step() -> None:
    """AUTH_FAILED after an "enable IMAP" step carries the step, its source and date."""
    (step,) = steps("gmx")
    tied = tie_preparation([note_finding(step), _auth(Code.AUTH_FAILED)])
    failed = next(f for f in tied if f.code is Code.AUTH_FAILED)
    assert failed.facts["preparation"] == step.note
    assert failed.facts["preparation_source"] == step.reference
    assert failed.facts["preparation_checked"] == step.checked
    assert failed.facts["reply"] == "NO"


def test_an_unrelated_code_is_not_tied() -> None:
    """ACCOUNT_LOCKED is not what a missing app password produces: no step in its facts."""
    (step,) = steps("icloud")
    tied = tie_preparation([note_finding(step), _auth(Code.ACCOUNT_LOCKED)])
    locked = next(f for f in tied if f.code is Code.ACCOUNT_LOCKED)
    assert "preparation" not in locked.facts


async def test_enable_step_shown_before_login_and_tied_to_the_refusal(lab: Lab) -> None:
    """ac.lab.test's autoconfig says "switch IMAP on first"; without a password it is a
    PROVIDER_PREPARATION dated today; with a refused password, Dovecot's real AUTH_FAILED
    carries the step."""
    base = Options(dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=10.0)
    before = await diagnose("ann@ac.lab.test", base)
    (prep,) = [f for f in before.findings if f.code is Code.PROVIDER_PREPARATION]
    assert prep.facts["note"] == "Switch IMAP on in the lab web settings first."
    assert prep.facts["reference"] == "https://web.lab.test/settings"
    assert len(str(prep.facts["checked"])) == 10  # the day the document was read
    credentials = Credentials(username="ann@ac.lab.test", password="not-the-password")
    from dataclasses import replace

    after = await diagnose("ann@ac.lab.test", replace(base, credentials=credentials))
    failed = [f for f in after.findings if f.code is Code.AUTH_FAILED]
    assert failed, [f.code for f in after.findings]
    assert failed[0].facts["preparation"] == prep.facts["note"]
    assert "AUTHENTICATIONFAILED" in str(failed[0].facts.get("reply", ""))


async def test_provider_step_tied_to_the_servers_refusal(lab: Lab) -> None:
    """gmx.lab.test's MX is GMX's (mx00.gmx.net): the provider list's "enable IMAP first" step
    is shown before any login; the lab's imap.gmx.net (a real Dovecot) refuses the login as
    GMX does while IMAP is off ([AUTHENTICATIONFAILED]), and that AUTH_FAILED carries the step,
    its source and date."""
    from dataclasses import replace

    (gmx,) = steps("gmx")
    base = Options(dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=10.0)
    before = await diagnose("ann@gmx.lab.test", base)
    (prep,) = [f for f in before.findings if f.code is Code.PROVIDER_PREPARATION]
    assert prep.facts["note"] == gmx.note and prep.facts["checked"] == gmx.checked
    credentials = Credentials(username="ann@gmx.lab.test", password="not-the-password")
    after = await diagnose("ann@gmx.lab.test", replace(base, credentials=credentials))
    failed = {
        f.endpoint.host: f for f in after.findings if f.code is Code.AUTH_FAILED and f.endpoint
    }
    assert set(failed) == {"imap.gmx.net", "mail.gmx.net"}, [f.code for f in after.findings]
    assert "AUTHENTICATIONFAILED" in str(failed["imap.gmx.net"].facts["reply"])
    for refused in failed.values():
        assert refused.facts["preparation"] == gmx.note
        assert refused.facts["preparation_source"] == gmx.reference
        assert refused.facts["preparation_checked"] == gmx.checked
