"""A login with a bearer token (XOAUTH2, OAUTHBEARER) is spoken of as a token, never as a
password: in the findings, the verdict and the settings card, against the lab's real Dovecot
oauth2 passdb; and every token variant of the catalog renders without facts."""

from __future__ import annotations

import re

import pytest

from diagnostics import check
from diagnostics.findings.catalog import describe
from diagnostics.findings.codes import Code, severity_of
from diagnostics.i18n import messages
from diagnostics.model import Endpoint, Finding, Protocol, Report, Security
from diagnostics.report.text import render_text
from tests.lab import Lab
from tests.test_auth import check_options
from tests.test_sasl_lab import password, token

I = Protocol.IMAP
TLS = Security.TLS
PASSWORD = re.compile(r"password", re.IGNORECASE)
# The codes with a token variant: the catalog's keys say which (`AUTH_FAILED~token.title.1.1`).
TOKEN_CODES = sorted({Code(k.split("~")[0]) for k in messages().all_keys() if "~token." in k})


def imap(lab: Lab, scenario: str) -> Endpoint:
    return Endpoint(protocol=I, host=lab.host(scenario), port=993, security=TLS)


def words(report: Report) -> str:
    """Everything the person reads: the verdict, each finding in words, the text report."""
    described = [describe(f) for f in report.findings]
    parts = [report.summary, render_text(report)]
    parts += [f"{d.title} {d.explanation} {d.fix}" for d in described]
    return "\n".join(parts)


async def test_a_refused_token_is_not_called_a_wrong_password(lab: Lab) -> None:
    """Dovecot's oauth2 passdb refuses the token: AUTH_FAILED with credential=token, and the
    words say the token may have expired or lack the mail scope."""
    report = await check(imap(lab, "scram"), check_options(lab, token(lab, wrong=True)))
    found = {f.code: f for f in report.findings}
    assert found[Code.AUTH_FAILED].facts["credential"] == "token"
    text = words(report)
    assert not PASSWORD.search(text), text
    assert "expired" in describe(found[Code.AUTH_FAILED]).explanation
    assert "token" in report.summary


async def test_a_working_token_says_token_on_the_verdict_and_the_card(lab: Lab) -> None:
    """A token that works: "and so does your token", the card's login line, JSON credential."""
    report = await check(imap(lab, "scram"), check_options(lab, token(lab)))
    assert report.summary.endswith("and so does your token."), report.summary
    assert not PASSWORD.search(words(report))
    assert "accepted this username and your token" in render_text(report)
    assert report.to_dict()["answer"]["choices"][0]["credential"] == "token"


async def test_a_password_login_still_says_password(lab: Lab) -> None:
    """The same server with a password: the words of a password login, no credential fact."""
    report = await check(imap(lab, "scram"), check_options(lab, password(lab)))
    assert report.summary.endswith("and so does your password.")
    assert "credential" not in report.to_dict()["answer"]["choices"][0]


async def test_a_token_for_a_server_without_oauth_says_so(lab: Lab) -> None:
    """CRAM-MD5 only and a token: could not tell, in words about a token."""
    report = await check(imap(lab, "cram"), check_options(lab, token(lab)))
    finding = next(f for f in report.findings if f.code is Code.AUTH_MECHANISM_UNTESTABLE)
    assert finding.facts["credential"] == "token"
    described = describe(finding)
    assert "token" in described.explanation and not PASSWORD.search(described.explanation)
    assert report.exit_code == 3


@pytest.mark.parametrize("code", TOKEN_CODES)
def test_token_variants_render_without_other_facts(code: Code) -> None:
    """Each token variant fills without any fact but `credential`, and its title and
    explanation never say "password"."""
    described = describe(
        Finding(code=code, severity=severity_of(code), facts={"credential": "token"})
    )
    for text in (described.title, described.explanation, described.fix):
        assert text and "{" not in text
    assert not PASSWORD.search(described.title + described.explanation)
