"""One answer you can trust, against the real lab: each case the answer once got wrong (a false
OK, a card that contradicts the verdict, a fix that suggests what failed) now gives the right
answer, and the verdict line, the root's fix and the settings card agree."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from diagnostics import Options, check
from diagnostics.diagnosis import diagnose
from diagnostics.findings import catalog
from diagnostics.model import (
    Credentials,
    Direction,
    Endpoint,
    Field,
    Login,
    Protocol,
    Reason,
    Report,
    Security,
    Verdict,
)
from diagnostics.report import render_text
from tests.lab import Lab
from tests.textservers import STALL, TextServers, running_text_servers

I, S = Protocol.IMAP, Protocol.SMTP
NONE, STARTTLS, TLS = Security.NONE, Security.STARTTLS, Security.TLS


@pytest.fixture(autouse=True)
def lab_ispdb(lab: Lab, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every diagnosis here asks the lab ISPDB, never Thunderbird's."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    yield


def options(lab: Lab, **kw: object) -> Options:
    base: dict[str, object] = {
        "dns": lab.dns,
        "cafile": lab.cafile,
        "allow_private": True,
        "timeout": 10.0,
    }
    base.update(kw)
    return Options(**base)  # type: ignore[arg-type]


async def run_check(
    lab: Lab, scenario: str, protocol: Protocol, port: int, security: Security, **kw: object
) -> Report:
    user = Endpoint(protocol=protocol, host=lab.host(scenario), port=port, security=security)
    return await check(user, options(lab, **kw))


def codes(report: Report) -> list[str]:
    return [f.code for f in report.findings]


def fixes(report: Report) -> str:
    return "\n".join(catalog.describe(f).fix for f in report.findings)


async def test_no_tls_anywhere_is_not_ok(lab: Lab) -> None:
    """diagnose of a domain whose servers speak no TLS at all: a warning naming the risk, exit
    1, the plain-text settings shown as such (it was OK, exit 0, with no warning)."""
    report = await diagnose("notls.lab.test", options(lab))
    assert report.verdict is Verdict.PROBLEMS and report.exit_code == 1
    assert codes(report)[0] == "INSECURE_PLAINTEXT"
    assert codes(report).count("INSECURE_PLAINTEXT") == 1  # one server, one statement
    assert [c.endpoint.security for c in report.choices] == [NONE, NONE]
    assert "without encryption" in report.summary
    assert "without encryption" in render_text(report)


async def test_no_tls_with_a_password_says_the_login_was_not_tested(lab: Lab) -> None:
    """The login is never sent in clear: the card says it was not verified, and it is not OK."""
    credentials = Credentials(username="alice@lab.test", password=lab.users["alice@lab.test"])
    report = await diagnose("alice@notls.lab.test", options(lab, credentials=credentials))
    assert report.verdict is Verdict.PROBLEMS
    assert all(c.login is Login.NOT_TESTED for c in report.choices)
    assert "Login test: not verified" in render_text(report)


@pytest.mark.parametrize(
    ("domain", "code"),
    [("expired.lab.test", "CERT_EXPIRED"), ("wrongname.lab.test", "CERT_HOSTNAME_MISMATCH")],
)
async def test_every_guess_failing_certificates_is_not_ok(lab: Lab, domain: str, code: str) -> None:
    """Every guessed server fails certificate verification: the certificate leads, nothing is
    recommended (not even the plain-text ports that answer), exit 1 (it was OK, exit 0)."""
    report = await diagnose(domain, options(lab))
    assert report.verdict is Verdict.PROBLEMS and report.exit_code == 1
    assert codes(report)[0] == code
    assert codes(report).count(code) == 1  # one certificate, said once
    assert report.choices == ()
    assert report.recommended.incoming == () and report.recommended.outgoing == ()
    assert catalog.describe(report.findings[0]).admin
    assert "No setting that works" in report.summary


async def test_filtered_port_keeps_the_protocol_and_the_fix(lab: Lab) -> None:
    """IMAP 993 filtered, 143 STARTTLS works: the card shows IMAP 143 (not POP3 995), the fix
    names 143 and nothing else, and no finding calls 993 "wrong" (it is blocked)."""
    report = await run_check(lab, "filtered", I, 993, TLS)
    choice = report.choice(Direction.INCOMING)
    assert choice is not None and choice.reason is Reason.SAME_PROTOCOL
    assert (choice.endpoint.protocol, choice.endpoint.port) == (I, 143)
    assert choice.endpoint.security is STARTTLS
    assert "WRONG_PORT" not in codes(report)
    fix = catalog.describe(report.findings[0]).fix
    assert "port to 143" in fix and "465" not in fix and "587" not in fix
    assert "port 143 with STARTTLS" in report.summary
    text = render_text(report)
    assert "Incoming server (IMAP)" in text and "Incoming server (POP3)" not in text
    assert "Port: 143  (you typed 993)" in text


async def test_no_tls_server_typed_with_ssl(lab: Lab) -> None:
    """notls 143 with SSL/TLS: the verdict, the fix and the card name the same setting (143
    without encryption, with the warning); nothing suggests STARTTLS or 993, which failed."""
    report = await run_check(lab, "notls", I, 143, TLS)
    choice = report.choice(Direction.INCOMING)
    assert choice is not None
    assert (choice.endpoint.port, choice.endpoint.security) == (143, NONE)
    assert "port 143 without encryption" in report.summary
    assert "INSECURE_PLAINTEXT" in codes(report)
    all_fixes = fixes(report)
    assert "security to None" in all_fixes
    assert "STARTTLS" not in all_fixes and "993" not in all_fixes
    assert choice.typed(Field.SECURITY) == "tls"


async def test_broken_tls_everywhere_recommends_nothing_unencrypted(lab: Lab) -> None:
    """A server whose TLS fails on every port (TLS 1.1 only): nothing is recommended for that
    direction, never "use port 587 without encryption"; the admin is told what to fix."""
    report = await run_check(lab, "tls10", S, 465, TLS)
    assert report.verdict is Verdict.PROBLEMS
    assert report.choice(Direction.OUTGOING) is None
    assert "without encryption" not in report.summary
    assert codes(report)[0] == "TLS_OUTDATED"
    root = catalog.describe(report.findings[0])
    assert "nothing to change in your mail app" in root.fix and root.admin


@pytest.fixture(scope="module")
async def stalling(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[TextServers]:
    """An IMAP server (implicit TLS) that takes the login and never answers it."""
    base = tmp_path_factory.mktemp("stall")
    async with running_text_servers(base, {"stall": ("PLAIN",)}, first=30) as servers:
        yield servers["stall"]


async def test_unanswered_login_is_could_not_tell(stalling: TextServers) -> None:
    """A login the server never answers: "could not tell" (exit 3), AUTH_NO_ANSWER, and the card
    does not present the username as verified (it was OK, "your settings work")."""
    user = Endpoint(
        protocol=I, host=stalling.address, port=stalling.ports["imap"], security=TLS, username=STALL
    )
    credentials = Credentials(username=STALL, password="stall-password-1")
    report = await check(
        user,
        Options(cafile=stalling.cafile, allow_private=True, timeout=6.0, credentials=credentials),
    )
    assert report.verdict is Verdict.UNKNOWN and report.exit_code == 3
    assert codes(report)[0] == "AUTH_NO_ANSWER"
    choice = report.choice(Direction.INCOMING)
    assert choice is not None and choice.login is Login.NO_ANSWER
    assert "work" not in report.summary.lower()
    assert "not verified" in render_text(report)


async def test_published_username_form_is_tried_first(lab: Lab) -> None:
    """wk.lab.test's autoconfig says %EMAILLOCALPART%: the first attempt is the local part, and
    it works (the lab's `bob`); the full address is not tried and not recommended."""
    credentials = Credentials(username="bob@wk.lab.test", password=lab.users["bob"])
    # As the CLI and the bot call it: the username typed (or defaulted to) is the address.
    report = await diagnose(
        "bob@wk.lab.test", options(lab, credentials=credentials), username="bob@wk.lab.test"
    )
    tried = [a.username for p in report.probes for a in p.auth_attempts]
    assert tried and all(u == "bob" for u in tried)
    incoming = report.choice(Direction.INCOMING)
    assert incoming is not None and incoming.login is Login.VERIFIED
    assert incoming.endpoint.username == "bob"
    assert "AUTH_USERNAME_FORMAT" not in codes(report)
    assert report.verdict is Verdict.HEALTHY, codes(report)


async def test_published_username_form_without_an_address(lab: Lab) -> None:
    """Without an address the card says the form in words, and no prose is put where a
    username goes (JSON `endpoint.username` stays null; the bot's login form is not filled
    with it)."""
    report = await diagnose("wk.lab.test", options(lab))
    incoming = report.choice(Direction.INCOMING)
    assert incoming is not None and incoming.endpoint.username is None
    assert incoming.username_form == "the part of your address before the @"
    assert "Username: the part of your address before the @" in render_text(report)


async def test_published_username_form_with_the_email_domain(lab: Lab) -> None:
    """domform.lab.test's autoconfig says %EMAILLOCALPART%.%EMAILDOMAIN% (IIJmio's form): the
    first attempt is carol.domform.lab.test, it works, and the card shows it; without an
    address the card says the form in words, the domain filled in."""
    from tests.lab.discovery import DOMFORM_USER

    credentials = Credentials(username="carol@domform.lab.test", password=lab.users[DOMFORM_USER])
    report = await diagnose(
        "carol@domform.lab.test",
        options(lab, credentials=credentials),
        username="carol@domform.lab.test",
    )
    tried = [a.username for p in report.probes for a in p.auth_attempts]
    assert tried and all(u == DOMFORM_USER for u in tried), tried
    incoming = report.choice(Direction.INCOMING)
    assert incoming is not None and incoming.login is Login.VERIFIED
    assert f"Username: {DOMFORM_USER}" in render_text(report)
    bare = (await diagnose("domform.lab.test", options(lab))).choice(Direction.INCOMING)
    assert bare is not None and bare.endpoint.username is None
    assert bare.username_form == "<the part of your address before the @>.domform.lab.test"


async def test_lying_dns_server_is_ours_not_the_domain(lab: Lab) -> None:
    """Our DNS server answers NXDOMAIN even for the root: "our DNS server is not working",
    could not tell (exit 3), not "check the spelling of the domain"."""
    report = await diagnose("gmail.com", options(lab, dns=lab.lying_dns, timeout=6.0))
    # Google's own rules (PROVIDER_NOTE, from our list, no DNS needed) still stand.
    assert [c for c in codes(report) if c != "PROVIDER_NOTE"] == ["OUR_DNS_FAILURE"]
    assert report.verdict is Verdict.UNKNOWN and report.exit_code == 3
    assert "spelling" not in fixes(report)
    assert "Our DNS server is not working" in report.summary


async def test_resolver_denying_the_tld_is_ours(lab: Lab) -> None:
    """Our resolver answers the root but says `com.` does not exist: ours too, not "check the
    spelling of gmail.com" (the Public Suffix List says com is a real TLD)."""
    report = await diagnose("gmail.com", options(lab, dns=lab.rootonly_dns, timeout=6.0))
    assert [c for c in codes(report) if c != "PROVIDER_NOTE"] == ["OUR_DNS_FAILURE"]
    assert report.findings[0].facts["problem"] == "nxdomain_tld"
    assert report.verdict is Verdict.UNKNOWN


async def test_a_typo_in_the_tld_is_still_the_domain(lab: Lab) -> None:
    """gmail.con: our resolver answers, `con` is no TLD: the domain does not exist (a typo)."""
    report = await diagnose("gmail.con", options(lab, dns=lab.rootonly_dns, timeout=6.0))
    assert codes(report) == ["DOMAIN_NOT_FOUND"]
    assert report.verdict is Verdict.PROBLEMS


async def test_dead_dns_server_is_said_once(lab: Lab) -> None:
    """A --dns server that never answers: one OUR_DNS_FAILURE, not a DNS_FAILURE per lookup
    blaming the domain's DNS; exit 3."""
    report = await diagnose("example.com", options(lab, dns=lab.silent_dns, timeout=5.0))
    assert codes(report) == ["OUR_DNS_FAILURE"]
    assert report.findings[0].facts["problem"] == "timeout"
    assert report.verdict is Verdict.UNKNOWN


async def test_lying_dns_server_in_check(lab: Lab) -> None:
    """check of a server name our lying resolver says does not exist: ours, not a typo."""
    user = Endpoint(protocol=I, host="imap.gmail.com", port=993, security=TLS)
    report = await check(user, options(lab, dns=lab.lying_dns, timeout=6.0))
    assert [c for c in codes(report) if c != "PROVIDER_NOTE"] == ["OUR_DNS_FAILURE"]
    assert report.verdict is Verdict.UNKNOWN


async def test_correct_srv_record_to_an_expired_certificate(lab: Lab) -> None:
    """A published SRV record that correctly names a server with an expired certificate: the
    certificate leads and the record is not blamed."""
    report = await diagnose("srvexpired.lab.test", options(lab))
    assert codes(report)[0] == "CERT_EXPIRED"
    assert "DISCOVERY_BROKEN" not in codes(report)
    assert report.verdict is Verdict.PROBLEMS


async def test_login_limit_is_not_time_running_out(lab: Lab, tmp_path: Path) -> None:
    """A login skipped on purpose (the two attempts of that server were used) says so, never
    "time ran out"."""
    from diagnostics.findings.rules import rule_auth
    from diagnostics.probes import probe
    from tests.test_auth import login_ctx

    credentials = Credentials(username="alice@lab.test", password=lab.users["alice@lab.test"])
    ctx = login_ctx(lab, credentials)
    assert ctx.auth_gate is not None
    host = lab.host("healthy")
    ctx.auth_gate.attempts[(host.lower(), "imap")] = 2
    result = await probe(Endpoint(protocol=I, host=host, port=993, security=TLS), ctx)
    assert result.auth_attempts == ()
    (found,) = list(rule_auth(result))
    assert found.code == "PROBE_INCOMPLETE" and found.facts["reason"] == "login_limit"
    described = catalog.describe(found)
    assert "time ran out" not in described.explanation
    assert "two logins" in described.explanation


async def test_login_refused_on_port_25_is_not_claimed_for_465(lab: Lab) -> None:
    """SMTP 25 with a wrong password: port 25 is said to be the wrong port (with its fix), the
    refusal stays on port 25, and the 465 card says the login was not tested there."""
    credentials = Credentials(username="alice@lab.test", password="not-the-password-7Qx")
    report = await run_check(lab, "healthy", S, 25, STARTTLS, credentials=credentials)
    assert codes(report)[0] == "SMTP_PORT_25_FOR_SUBMISSION"
    assert "port to 465" in catalog.describe(report.findings[0]).fix
    choice = report.choice(Direction.OUTGOING)
    assert choice is not None and choice.endpoint.port == 465
    # The password was refused on 25 and not sent again (one answer per server): the 465 card
    # does not claim a result it never saw.
    assert choice.login is Login.NOT_TESTED
    refused = next(f for f in report.findings if f.code == "AUTH_FAILED")
    assert refused.endpoint is not None and refused.endpoint.port == 25


async def test_verified_username_on_every_card(lab: Lab) -> None:
    """`alice` failed and `alice@lab.test` worked on IMAP: both cards carry the verified
    username, as AUTH_USERNAME_FORMAT's fix says."""
    credentials = Credentials(
        username="alice", password=lab.users["alice@lab.test"], address_domain="lab.test"
    )
    user = Endpoint(protocol=I, host=lab.host("healthy"), port=993, security=TLS, username="alice")
    report = await check(user, options(lab, credentials=credentials))
    assert codes(report)[0] == "AUTH_USERNAME_FORMAT"
    assert [c.endpoint.username for c in report.choices] == ["alice@lab.test"] * 2


async def test_login_goes_to_the_published_server_the_card_shows(lab: Lab) -> None:
    """The typed server is dead and the domain publishes healthy.lab.test: the login is tested
    there, on the setting the card shows, and verified."""
    credentials = Credentials(username="alice@lab.test", password=lab.users["alice@lab.test"])
    user = Endpoint(
        protocol=I, host=lab.host("closed"), port=993, security=TLS, username="alice@srv.lab.test"
    )
    report = await check(user, options(lab, credentials=credentials))
    choice = report.choice(Direction.INCOMING)
    assert choice is not None and choice.reason is Reason.PUBLISHED
    assert choice.endpoint.host == lab.host("healthy")
    assert choice.login is Login.VERIFIED


async def test_silent_resolver_for_one_name_is_not_blamed_on_us(lab: Lab) -> None:
    """Our resolver answers (the root) but never for the domain: could not tell, and said as
    the domain's lookup timing out, not "our DNS server is not working"."""
    report = await diagnose("timeout.lab.test", options(lab, timeout=4, dns=lab.broken_dns))
    assert "OUR_DNS_FAILURE" not in codes(report)
    assert codes(report) == ["DNS_FAILURE"]
    assert report.verdict is Verdict.UNKNOWN
