"""`diagnose()` and `mailmedic diagnose` end to end against the lab's discovery domains
(tests/lab/discovery.py): each source, each failure mode, disagreement, provider rules."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from diagnostics.cli import main
from diagnostics.diagnosis import diagnose, parse_target
from diagnostics.discovery.providers import load_providers
from diagnostics.model import DiscoveryResult, Protocol, Report, Security, Verdict
from diagnostics.policy import InvalidTarget
from diagnostics.runner import Options
from diagnostics.sweep import ProbeFinished
from tests.lab import Lab
from tests.lab.discovery import PROVIDER_MX

TLS, STARTTLS = Security.TLS, Security.STARTTLS


@pytest.fixture(autouse=True)
def lab_ispdb(lab: Lab, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every diagnosis here asks the lab ISPDB, never Thunderbird's."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    yield


def options(lab: Lab, *, timeout: float = 10.0, dns: str | None = None) -> Options:
    return Options(dns=dns or lab.dns, cafile=lab.cafile, allow_private=True, timeout=timeout)


async def run(lab: Lab, target: str, **kw: object) -> Report:
    return await diagnose(target, options(lab), **kw)  # type: ignore[arg-type]


def source(report: Report, name: str) -> DiscoveryResult:
    return next(d for d in report.discovery if d.source == name)


def codes(report: Report) -> list[str]:
    return [f.code for f in report.findings]


def first(endpoints: tuple[object, ...]) -> tuple[str, int, Security] | None:
    if not endpoints:
        return None
    e = endpoints[0]
    return (e.host, e.port, e.security)  # type: ignore[attr-defined]


H = "healthy.lab.test"
M = "mail.lab.test"

# domain -> (source that finds it, best incoming, best outgoing, codes other than PROVIDER_NOTE)
CASES = {
    "srv.lab.test": ("srv", (H, 993, TLS), (H, 465, TLS), []),
    "ac.lab.test": ("autoconfig", (H, 993, TLS), (H, 465, TLS), []),
    "wk.lab.test": ("autoconfig", (M, 993, TLS), (M, 587, STARTTLS), []),
    "ad.lab.test": ("autodiscover", (H, 993, TLS), (H, 587, STARTTLS), []),
    "adsrv.lab.test": ("autodiscover", (H, 993, TLS), (H, 465, TLS), []),
    "addomain.lab.test": ("autodiscover", (H, 993, TLS), (H, 587, STARTTLS), []),
    "adredir.lab.test": ("autodiscover", (H, 993, TLS), (H, 587, STARTTLS), []),
    "listed.lab.test": ("ispdb", (H, 993, TLS), (H, 465, TLS), []),
    "hosted.lab.test": ("ispdb", (M, 993, TLS), (M, 465, TLS), []),
    "lab.test": ("guess", (M, 993, TLS), (M, 465, TLS), []),
    "bücher.lab.test": ("guess", ("xn--bcher-kva.lab.test", 993, TLS), None, []),
    "plain.lab.test": (
        "autoconfig",
        (H, 143, STARTTLS),
        (H, 587, STARTTLS),
        ["ENCRYPTION_NOT_USED", "ENCRYPTION_NOT_USED"],
    ),
    # One statement per fact: the broken record's server fault (a closed port, a name that
    # does not exist) is said by DISCOVERY_BROKEN, not again beside it.
    "srvbroken.lab.test": ("srv", None, (H, 465, TLS), ["DISCOVERY_BROKEN"]),
    "stale.lab.test": (
        "srv",
        (H, 993, TLS),
        (H, 465, TLS),
        ["DISCOVERY_BROKEN", "DISCOVERY_DISAGREES"],
    ),
    "placeholder.lab.test": ("autoconfig", (H, 993, TLS), (H, 465, TLS), ["DISCOVERY_BROKEN"]),
    # Nothing for sending: said (a broken autoconfig document does not explain that).
    "expiredweb.lab.test": ("srv", (H, 993, TLS), None, ["DISCOVERY_BROKEN", "NO_MAIL_SERVERS"]),
    "badxml.lab.test": (None, None, None, ["DISCOVERY_BROKEN", "NO_MAIL_SERVERS"]),
    "httponly.lab.test": ("autoconfig", (H, 993, TLS), (H, 465, TLS), ["DISCOVERY_INSECURE"]),
    "empty.lab.test": (None, None, None, ["NO_MAIL_SERVERS"]),
    "nosuch.lab.test": (None, None, None, ["DOMAIN_NOT_FOUND"]),
}


@pytest.mark.parametrize("domain", list(CASES))
async def test_every_lab_domain_is_found_and_ranked(lab: Lab, domain: str) -> None:
    """Each lab domain: the source that finds it, the best server per direction, the findings."""
    found_by, incoming, outgoing, expected = CASES[domain]
    report = await run(lab, domain)
    assert report.kind == "diagnose"
    if found_by is not None:
        assert source(report, found_by).status == "found"
    assert first(report.recommended.incoming) == incoming
    if outgoing is not None or domain != "bücher.lab.test":
        assert first(report.recommended.outgoing) == outgoing
    assert [
        c for c in codes(report) if c not in ("PROVIDER_NOTE", "PROVIDER_PREPARATION")
    ] == expected
    problems = any(f.severity.value != "info" for f in report.findings)
    assert report.verdict is (Verdict.PROBLEMS if problems else Verdict.HEALTHY)
    assert [d.source for d in report.discovery][:6] == [
        "srv",
        "autoconfig",
        "ispdb",
        "autodiscover",
        "pacc",
        "mx",
    ]


async def test_srv_not_offered_and_order(lab: Lab) -> None:
    """RFC 6186 '.' targets are 'not offered' and never probed; implicit TLS ranks first."""
    report = await run(lab, "srv.lab.test")
    srv = source(report, "srv")
    assert "_pop3s._tcp: not offered" in srv.detail
    assert all(p.endpoint.protocol is not Protocol.POP3 for p in report.probes)
    assert [(e.port, e.security) for e in report.recommended.incoming] == [
        (993, TLS),
        (143, STARTTLS),
    ]
    assert source(report, "guess").detail.startswith("not needed")


async def test_srv_pointing_at_a_closed_port_is_broken(lab: Lab) -> None:
    """DISCOVERY_BROKEN names the SRV record, the endpoint and why (the port is closed), once."""
    report = await run(lab, "srvbroken.lab.test")
    broken = report.findings[0]
    assert broken.code == "DISCOVERY_BROKEN"
    assert broken.facts["source"] == "srv"
    assert broken.facts["problem"] == "server"
    assert broken.facts["outcome"] == "refused"
    assert broken.endpoint is not None and broken.endpoint.host == "closed.lab.test"
    assert "PORT_CLOSED" not in codes(report)


async def test_stale_autoconfig_disagrees_with_srv(lab: Lab) -> None:
    """Sources disagree: the finding says which server works (the SRV one)."""
    report = await run(lab, "stale.lab.test")
    disagree = next(f for f in report.findings if f.code == "DISCOVERY_DISAGREES")
    assert disagree.facts["sources"] == "autoconfig, srv"
    assert disagree.facts["right_host"] == H
    assert disagree.endpoint is not None and disagree.endpoint.host == "oldmail.stale.lab.test"
    broken = next(f for f in report.findings if f.code == "DISCOVERY_BROKEN")
    assert broken.facts["source"] == "autoconfig"


async def test_broken_placeholder_is_reported_and_repaired(lab: Lab) -> None:
    """'%EMAILADDRESS' (no closing %) is reported; the username is still filled correctly."""
    report = await run(lab, "ann@placeholder.lab.test")
    broken = report.findings[0]
    assert broken.code == "DISCOVERY_BROKEN" and broken.endpoint is None
    assert (broken.facts["source"], broken.facts["problem"]) == ("autoconfig", "entries")
    assert "broken placeholder '%EMAILADDRESS'" in str(broken.facts["detail"])
    assert report.recommended.incoming[0].username == "ann@placeholder.lab.test"


async def test_bad_xml_and_expired_certificate_are_broken(lab: Lab) -> None:
    """Bad XML and an expired certificate on autoconfig.<d> are DISCOVERY_BROKEN with a reason."""
    bad = await run(lab, "badxml.lab.test")
    assert bad.findings[0].facts["problem"] == "document"
    assert "bad XML" in str(bad.findings[0].facts["detail"])
    assert source(bad, "autoconfig").status == "error"
    expired = await run(lab, "expiredweb.lab.test")
    assert expired.findings[0].facts["problem"] == "certificate"
    assert "expired" in str(expired.findings[0].facts["detail"])
    assert source(expired, "autoconfig").status == "error"


async def test_plain_autoconfig_entries_are_flagged_not_recommended(lab: Lab) -> None:
    """A published plain-text entry where STARTTLS works: a warning, and STARTTLS recommended."""
    report = await run(lab, "plain.lab.test")
    flagged = [f for f in report.findings if f.code == "ENCRYPTION_NOT_USED"]
    assert {(f.endpoint.port, f.facts["right_security"]) for f in flagged if f.endpoint} == {
        (143, STARTTLS),
        (587, STARTTLS),
    }
    assert {f.facts["source"] for f in flagged} == {"autoconfig"}
    assert all(e.security is not Security.NONE for e in report.recommended.incoming)


async def test_autodiscover_401_needs_a_login(lab: Lab) -> None:
    """A 401 from Autodiscover is 'needs a login', a status and not a finding."""
    report = await run(lab, "adlogin.lab.test")
    ad = source(report, "autodiscover")
    assert ad.status == "none"
    assert "needs a login (HTTP 401)" in ad.detail
    assert codes(report) == ["NO_MAIL_SERVERS"]


async def test_plain_http_fallback_is_used_and_flagged(lab: Lab) -> None:
    """httponly.lab.test serves autoconfig over plain HTTP only (its https name gets the web
    host's certificate: a mismatch, not a finding): used as Thunderbird does, and a warning."""
    report = await run(lab, "httponly.lab.test")
    ac = source(report, "autoconfig")
    assert ac.status == "found"
    assert "http://autoconfig.httponly.lab.test/" in ac.detail
    assert "plain HTTP" in ac.detail
    assert first(report.recommended.incoming) == (H, 993, TLS)
    assert "DISCOVERY_BROKEN" not in codes(report)
    insecure = next(f for f in report.findings if f.code == "DISCOVERY_INSECURE")
    assert insecure.severity.value == "warning" and insecure.endpoint is None
    assert (insecure.facts["source"], insecure.facts["domain"]) == (
        "autoconfig",
        "httponly.lab.test",
    )
    assert "http://autoconfig.httponly.lab.test/" in str(insecure.facts["detail"])
    assert report.verdict is Verdict.PROBLEMS


async def test_plain_http_is_not_used_when_https_works(lab: Lab) -> None:
    """With a document over https, the plain-HTTP fallback is neither reported nor a finding."""
    report = await run(lab, "ac.lab.test")
    assert "http://" not in source(report, "autoconfig").detail
    assert "DISCOVERY_INSECURE" not in codes(report)


async def test_autodiscover_redirects(lab: Lab) -> None:
    """A RedirectUrl inside the domain is followed; a RedirectAddr to another domain is not."""
    followed = await run(lab, "adredir.lab.test")
    assert "step2.xml" in source(followed, "autodiscover").detail
    away = await run(lab, "adaway.lab.test")
    detail = source(away, "autodiscover").detail
    assert source(away, "autodiscover").status == "none"
    assert "not followed: another domain (elsewhere.example)" in detail


async def test_redirect_to_http_is_an_error_status(lab: Lab) -> None:
    """An autoconfig redirect to plain HTTP is not followed: an error status, no finding."""
    report = await run(lab, "redirect.lab.test")
    ac = source(report, "autoconfig")
    assert ac.status == "error" and "only https" in ac.detail
    assert "DISCOVERY_BROKEN" not in codes(report)
    assert "DISCOVERY_INSECURE" not in codes(report)  # nothing was used over plain HTTP


async def test_autoconfig_usernames_and_enable_note(lab: Lab) -> None:
    """%EMAILLOCALPART% fills from the address; the document's enable instruction is a note."""
    wk = await run(lab, "bob@wk.lab.test")
    assert wk.recommended.incoming[0].username == "bob"
    ac = await run(lab, "ann@ac.lab.test")
    note = next(f for f in ac.findings if f.code == "PROVIDER_PREPARATION")
    assert note.facts["note"] == "Switch IMAP on in the lab web settings first."
    assert ac.verdict is Verdict.HEALTHY


async def test_username_form_without_an_address(lab: Lab) -> None:
    """For a bare domain the published username form is shown in words (on the card, not as a
    username), never probed with."""
    ac = await run(lab, "ac.lab.test")
    assert ac.choices[0].username_form == "your full email address"
    assert ac.recommended.incoming[0].username is None
    wk = await run(lab, "wk.lab.test")
    assert wk.choices[0].username_form == "the part of your address before the @"
    assert all(p.endpoint.username is None for p in wk.probes)


async def test_guesses_never_warn(lab: Lab) -> None:
    """lab.test publishes nothing: guesses find mail.lab.test, and the failing guesses (plain
    text, non-existent names) make no finding."""
    report = await run(lab, "alice@lab.test")
    assert report.findings == ()
    assert report.verdict is Verdict.HEALTHY
    guess = source(report, "guess")
    assert guess.status == "found" and "these exist: mail.lab.test" in guess.detail
    assert report.recommended.incoming[0].username is None


@pytest.mark.parametrize("domain", list(PROVIDER_MX))
async def test_provider_rules_by_mx(lab: Lab, domain: str) -> None:
    """An MX matching a provider's pattern names the provider and shows its quirks as notes."""
    mx_host, provider_id = PROVIDER_MX[domain]
    provider = next(p for p in load_providers() if p.id == provider_id)
    report = await run(lab, domain)
    found = source(report, "provider")
    assert found.status == "found"
    assert found.detail == f"{provider.name} (matched by MX {mx_host})"
    notes = [f for f in report.findings if f.code in ("PROVIDER_NOTE", "PROVIDER_PREPARATION")]
    assert sorted(n.facts["note"] for n in notes) == sorted(q.note for q in provider.quirks)
    steps = {n.facts["note"] for n in notes if n.code == "PROVIDER_PREPARATION"}
    assert steps == {q.note for q in provider.quirks if q.step}
    assert all(n.facts["checked"] and n.facts["reference"] for n in notes)
    assert report.findings[-len(notes) :] == tuple(notes)  # notes come last (info, provider)


async def test_provider_rules_by_domain(lab: Lab) -> None:
    """gmail.com is Google by its name alone, even when its DNS cannot be seen from here."""
    report = await run(lab, "ann@gmail.com")
    assert source(report, "provider").detail.endswith("(matched by the domain gmail.com)")
    assert source(report, "provider").endpoints[0].username == "ann@gmail.com"
    assert [f.facts["quirk"] for f in report.findings if f.code == "PROVIDER_NOTE"] == [
        "app_password",
        "oauth_only",
    ]
    assert "NO_MAIL_SERVERS" not in codes(report)


async def test_sources_do_not_wait_for_the_slowest(lab: Lab) -> None:
    """slowweb's autoconfig hangs until its timeout; the SRV servers are probed meanwhile."""
    loop = asyncio.get_running_loop()
    seen: list[float] = []

    def progress(event: ProbeFinished) -> None:
        seen.append(loop.time())

    started = loop.time()
    report = await diagnose("slowweb.lab.test", options(lab), on_progress=progress)
    ended = loop.time()
    assert source(report, "autoconfig").status == "error"
    assert "no answer within" in source(report, "autoconfig").detail
    assert ended - started >= 2.5  # the hanging source really held the diagnosis open
    assert len(seen) == 2 and max(seen) - started < 1.5  # both probes done long before
    assert report.verdict is Verdict.HEALTHY


async def test_the_address_is_sent_to_nobody(lab: Lab) -> None:
    """The local part never reaches the lab DNS server or the web server."""
    await run(lab, "very-secret-person@ac.lab.test")
    await run(lab, "very-secret-person@ad.lab.test")
    logs = [
        Path(lab.lab_dir) / "dnsmasq" / "dnsmasq.log",
        Path(lab.lab_dir) / "nginx" / "logs" / "access.log",
    ]
    assert "autodiscover.ad.lab.test" in logs[0].read_text()  # the logs do record queries
    for log in logs:
        assert "very-secret-person" not in log.read_text()


async def test_protocol_filter_and_username(lab: Lab) -> None:
    """--protocol limits probes and recommendations; --user is the username shown."""
    report = await run(lab, "ac.lab.test", protocols=[Protocol.IMAP], username="u1")
    assert {p.endpoint.protocol for p in report.probes} == {Protocol.IMAP}
    assert report.recommended.outgoing == ()
    assert report.recommended.incoming[0].username == "u1"


async def test_dns_timeout_is_could_not_tell(lab: Lab) -> None:
    """Our DNS server does not answer: verdict unknown (exit 3), not a problem of the domain."""
    report = await diagnose("timeout.lab.test", options(lab, timeout=4, dns=lab.broken_dns))
    assert report.verdict is Verdict.UNKNOWN
    assert report.exit_code == 3
    assert report.summary.startswith("Could not tell")


async def test_refusing_dns_server_is_ours_not_no_servers(lab: Lab) -> None:
    """Every query REFUSED: the sources say error with the reason; our resolver refusing us is
    our side (OUR_DNS_FAILURE, could not tell), never NO_MAIL_SERVERS or the domain's DNS."""
    report = await diagnose("refused.lab.test", options(lab, timeout=4, dns=lab.broken_dns))
    assert source(report, "srv").status == "error"
    assert "could not answer" in source(report, "mx").detail
    assert codes(report) == ["OUR_DNS_FAILURE"]
    assert report.findings[0].facts["problem"] == "refused"
    assert report.findings[0].facts["dns_server"] == lab.broken_dns
    assert report.verdict is Verdict.UNKNOWN


async def test_servfail_for_the_domain_is_the_domains_dns(lab: Lab) -> None:
    """SERVFAIL for the domain while our resolver works otherwise: the domain's DNS fails."""
    report = await diagnose("servfail.lab.test", options(lab, timeout=4, dns=lab.broken_dns))
    assert codes(report) == ["DNS_FAILURE"]
    assert report.verdict is Verdict.PROBLEMS


async def test_private_servers_without_allow_private_are_bad_input(lab: Lab) -> None:
    """Every server found is loopback and --allow-private is off: InvalidTarget (exit 2)."""
    strict = Options(dns=lab.dns, cafile=lab.cafile, allow_private=False, timeout=6)
    with pytest.raises(InvalidTarget, match="allow-private"):
        await diagnose("srv.lab.test", strict, protocols=[Protocol.IMAP])


@pytest.mark.parametrize(
    "bad", ["", "   ", "user@", "@example.com", "1.2.3.4", "a b.example", "localhost", "x@[::1]"]
)
def test_bad_targets_are_invalid(bad: str) -> None:
    """Bad input raises InvalidTarget with a one-line message."""
    with pytest.raises(InvalidTarget) as exc:
        parse_target(bad)
    assert "\n" not in str(exc.value)


async def test_idn_summary_reads_in_unicode(lab: Lab) -> None:
    """An IDN domain is looked up in its ASCII form and named in Unicode in the summary."""
    report = await run(lab, "bücher.lab.test")
    assert report.target == "xn--bcher-kva.lab.test"
    assert "bücher.lab.test" in report.summary


def test_targets_are_normalised() -> None:
    """IDN domains become their ASCII form; an address keeps its local part, locally."""
    assert parse_target("Bücher.Lab.Test") == ("xn--bcher-kva.lab.test", None)
    assert parse_target(" Ann@Example.COM ") == ("example.com", "Ann@example.com")


def test_cli_diagnose_json(lab: Lab, capsys: pytest.CaptureFixture[str]) -> None:
    """`mailmedic diagnose --json`: schema 1, kind diagnose, exit 0 for a healthy domain."""
    common = ["--dns", lab.dns, "--cafile", lab.cafile, "--allow-private", "--timeout", "10"]
    code = main(["diagnose", "srv.lab.test", "--json", "--protocol", "imap", *common])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (report["schema"], report["kind"]) == (1, "diagnose")
    assert report["recommended"]["incoming"][0]["port"] == 993
    assert {p["protocol"] for p in report["probes"]} == {"imap"}
    assert report["discovery"][0]["source"] == "srv"


def test_cli_diagnose_exit_codes(lab: Lab, capsys: pytest.CaptureFixture[str]) -> None:
    """Exit 1 when a published record is broken; exit 2 with one line for bad input."""
    common = ["--dns", lab.dns, "--cafile", lab.cafile, "--allow-private", "--timeout", "10"]
    assert main(["diagnose", "srvbroken.lab.test", *common]) == 1
    assert "SRV record" in capsys.readouterr().out
    assert main(["diagnose", "not a domain", *common]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mailmedic: ") and err.count("\n") == 1
    assert main(["diagnose", "srv.lab.test", "--protocol", "http", *common]) == 2
