"""What draft-ietf-mailmaint-autoconfig (-06) asks beyond Thunderbird: its central database
(§"Central database", https://v1.ispdb.net/) and its order of sources (§"Configuration retrieval
by mail clients", §"Other mechanisms"), against the lab's nginx and dnsmasq."""

from __future__ import annotations

import pytest

from diagnostics.diagnosis import diagnose
from diagnostics.discovery.base import CENTRAL_DATABASE_URL, DEFAULT_ISPDB_URL
from diagnostics.discovery.merge import source_rank
from diagnostics.finder import ispdb_bases
from diagnostics.model import Direction, Report, Source, SourceStatus
from diagnostics.runner import Options
from tests.lab import Lab
from tests.lab.discovery import CENTRAL_PATH, HEALTHY, WEB


def test_both_central_databases_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unset, Thunderbird's ISPDB and the draft's https://v1.ispdb.net/ are both asked; set, the
    comma-separated list, in order and without repeats."""
    monkeypatch.delenv("MAILMEDIC_ISPDB_URL", raising=False)
    assert ispdb_bases() == (DEFAULT_ISPDB_URL, CENTRAL_DATABASE_URL)
    assert CENTRAL_DATABASE_URL == "https://v1.ispdb.net/"
    monkeypatch.setenv(
        "MAILMEDIC_ISPDB_URL", " https://a.test/v1.1/ ,https://b.test/,https://a.test/v1.1/"
    )
    assert ispdb_bases() == ("https://a.test/v1.1/", "https://b.test/")


def test_source_order_follows_the_draft() -> None:
    """PACC first; then the provider's autoconfig (1.x), the central database (2.x), and only
    then what §"Other mechanisms" calls less secure: SRV over DNS, Autodiscover; then our list."""
    order = ["pacc", "autoconfig", "ispdb", "srv", "autodiscover", "provider", "guess"]
    ranks = [source_rank([s]) for s in order]
    assert ranks == sorted(ranks) and len(set(ranks)) == len(ranks)


def options(lab: Lab) -> Options:
    return Options(dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=10.0)


def ispdb(report: Report) -> SourceStatus:
    (line,) = [d for d in report.discovery if d.source is Source.ISPDB]
    return line.status


async def test_the_second_central_database_is_asked(
    lab: Lab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """centraldb.lab.test is known only to the second database: found when both are asked."""
    second = f"https://{WEB}{CENTRAL_PATH}"
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    assert ispdb(await diagnose("centraldb.lab.test", options(lab))) is not SourceStatus.FOUND
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", f"{lab.ispdb_url},{second}")
    report = await diagnose("centraldb.lab.test", options(lab))
    assert ispdb(report) is SourceStatus.FOUND
    choice = report.choice(Direction.INCOMING)
    assert choice is not None and choice.endpoint.host == HEALTHY


async def test_the_central_database_outranks_autodiscover(
    lab: Lab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ispdbad.lab.test: the ISPDB names healthy.lab.test, Autodiscover mail.lab.test, both
    work; the ISPDB's server is recommended (draft §retrieval, and Thunderbird's order too)."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    report = await diagnose("ispdbad.lab.test", options(lab))
    hosts = {d.source: {e.host for e in d.endpoints} for d in report.discovery}
    assert hosts[Source.ISPDB] == {HEALTHY} and hosts[Source.AUTODISCOVER] == {"mail.lab.test"}
    for direction in (Direction.INCOMING, Direction.OUTGOING):
        choice = report.choice(direction)
        assert choice is not None and choice.endpoint.host == HEALTHY, report.summary


@pytest.mark.parametrize(
    ("published", "token", "expected"),
    [
        ((), False, "SCRAM-SHA-256"),  # nothing published: the strongest offered
        (("password-cleartext",), False, "PLAIN"),  # what the document says, first
        (("OAuth2", "password-cleartext"), False, "PLAIN"),  # no token: OAuth2 is skipped
        (("OAuth2", "password-cleartext"), True, "OAUTHBEARER"),
        (("password-encrypted", "password-cleartext"), False, "SCRAM-SHA-256"),
        (("GSSAPI", "NTLM"), False, "SCRAM-SHA-256"),  # nothing usable: the usual order
    ],
)
def test_published_methods_choose_the_mechanism(
    published: tuple[str, ...], token: bool, expected: str
) -> None:
    """The document's `<authentication>` order decides (draft §auth-alternatives): the first
    method the server offers and we have the means for; else the strongest offered."""
    from diagnostics.wire.sasl import choose_mechanism

    offered = ("PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-256", "OAUTHBEARER")
    assert choose_mechanism(offered, token=token, published=published) == expected


async def test_login_follows_the_published_order(lab: Lab, monkeypatch: pytest.MonkeyPatch) -> None:
    """authorder.lab.test lists OAuth2, then password-cleartext, for a server offering
    SCRAM-SHA-256 too: with a password the login uses PLAIN, as an app set up from that
    document does, and succeeds."""
    from diagnostics.model import Credentials, Outcome, Protocol

    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    user = "alice@lab.test"
    opts = Options(
        dns=lab.dns,
        cafile=lab.cafile,
        allow_private=True,
        timeout=10.0,
        credentials=Credentials(username=user, password=lab.users[user]),
    )
    report = await diagnose("authorder.lab.test", opts)
    logins = {p.endpoint.protocol: p for p in report.probes if p.auth_attempts}
    assert set(logins) == {Protocol.IMAP, Protocol.SMTP}, report.summary
    for result in logins.values():
        assert [a.mechanism for a in result.auth_attempts] == ["PLAIN"]
        assert result.outcome is Outcome.AUTH_OK, result.transcript
