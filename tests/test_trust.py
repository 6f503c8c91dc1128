"""Trust: every discovered setting says how it was learned (HTTPS, DNSSEC, our provider list,
typed, guessed, or plain DNS/HTTP), the answer's choice carries it, and the card marks a setting
learned insecurely — against the lab's DNS, nginx and a validating-resolver stand-in."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator

import pytest

from diagnostics.diagnosis import diagnose
from diagnostics.model import Direction, Endpoint, Protocol, Report, Security, Trust
from diagnostics.report._common import settings_fields
from diagnostics.runner import Options, check
from tests.lab import Lab
from tests.lab.discovery import SIGNED_ZONE
from tests.lab.nameservers import start_validating_dns


@pytest.fixture(autouse=True)
def lab_ispdb(lab: Lab, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every diagnosis here asks the lab ISPDB, never Thunderbird's."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    yield


@pytest.fixture
async def validating_dns(lab: Lab) -> AsyncIterator[str]:
    """HOST:PORT of a resolver that validates the signed zone (AD bit), in front of dnsmasq."""
    host = lab.dns.rpartition(":")[0]
    transport, server = await start_validating_dns(host, lab.dns, (SIGNED_ZONE,))
    try:
        yield server
    finally:
        transport.close()


async def run(lab: Lab, target: str, dns: str | None = None) -> Report:
    options = Options(dns=dns or lab.dns, cafile=lab.cafile, allow_private=True, timeout=10.0)
    return await diagnose(target, options)


def trust(report: Report, direction: Direction = Direction.INCOMING) -> Trust | None:
    choice = report.choice(direction)
    assert choice is not None, report.summary
    return choice.trust


@pytest.mark.parametrize(
    ("domain", "expected"),
    [
        ("srv.lab.test", Trust.DNS),  # RFC 6186 SRV over plain DNS
        ("ac.lab.test", Trust.HTTPS),  # autoconfig over HTTPS, certificate valid
        ("httponly.lab.test", Trust.HTTP),  # autoconfig over plain HTTP only
        ("hosted.lab.test", Trust.DNS),  # the ISPDB over HTTPS, but found through the MX
        ("lab.test", Trust.GUESS),  # mail.lab.test, guessed under the person's domain
    ],
)
async def test_each_source_says_how_it_learned(lab: Lab, domain: str, expected: Trust) -> None:
    """The chosen incoming setting carries the trust of its best origin."""
    report = await run(lab, domain)
    assert trust(report) is expected
    data = json.loads(json.dumps(report.to_dict()))
    incoming = next(c for c in data["answer"]["choices"] if c["direction"] == "incoming")
    assert incoming["trust"] == expected.value
    found = [d for d in data["discovery"] if d["status"] == "found"]
    assert found and all(d["trust"] in {t.value for t in Trust} for d in found)


async def test_dnssec_validated_srv_is_trusted(lab: Lab, validating_dns: str) -> None:
    """Through a validating resolver, the signed zone's SRV settings are DNSSEC-learned; the
    same records of an unsigned zone through it stay plain DNS."""
    signed = await run(lab, SIGNED_ZONE, dns=validating_dns)
    assert trust(signed) is Trust.DNSSEC
    assert trust(signed, Direction.OUTGOING) is Trust.DNSSEC
    srv = next(d for d in signed.discovery if d.source == "srv")
    assert srv.detail.endswith("(DNSSEC)")
    unsigned = await run(lab, "srv.lab.test", dns=validating_dns)
    assert trust(unsigned) is Trust.DNS


async def test_card_marks_settings_learned_insecurely(lab: Lab) -> None:
    """Plain DNS: the card says so; HTTPS: no such line."""
    plain = (await run(lab, "srv.lab.test")).choice(Direction.INCOMING)
    secure = (await run(lab, "ac.lab.test")).choice(Direction.INCOMING)
    assert plain is not None and secure is not None
    learned = [f for f in settings_fields(plain) if f[0] == "Learned"]
    assert learned and "plain DNS" in learned[0][1]
    assert not [f for f in settings_fields(secure) if f[0] == "Learned"]


async def test_typed_settings_are_the_persons_own(lab: Lab) -> None:
    """check: the typed host's setting is Trust.TYPED, not marked on the card."""
    user = Endpoint(
        protocol=Protocol.IMAP, host=lab.host("healthy"), port=993, security=Security.TLS
    )
    options = Options(dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=10.0)
    report = await check(user, options)
    choice = report.choice(Direction.INCOMING)
    assert choice is not None and choice.trust is Trust.TYPED
    assert not [f for f in settings_fields(choice) if f[0] == "Learned"]


async def test_another_organisations_server_through_plain_dns_needs_consent(lab: Lab) -> None:
    """outsourced.lab.test's MX is at hoster.test, whose ISPDB entry names imap.hoster.test:
    learned through plain DNS and of another organisation, so a login there asks first; the
    lab's own SRV servers (healthy.lab.test for srv.lab.test) do not."""
    from diagnostics.discovery.consent import hosts_needing_consent

    outsourced = await run(lab, "ann@outsourced.lab.test")
    assert trust(outsourced) is Trust.DNS
    assert hosts_needing_consent(outsourced.choices, "ann@outsourced.lab.test") == (
        "imap.hoster.test",
        "smtp.hoster.test",
    )
    same_org = await run(lab, "ann@srv.lab.test")
    assert hosts_needing_consent(same_org.choices, "ann@srv.lab.test") == ()


async def test_a_redirect_to_another_domain_needs_consent(lab: Lab) -> None:
    """redirother.lab.test's autoconfig redirects (HTTPS all the way) to hoster.test's own
    document, which names imap.hoster.test: learned over HTTPS, but another domain named it
    through a redirect, so a login there asks first; the same document on the person's own
    domain (ac.lab.test) does not."""
    from diagnostics.discovery.consent import hosts_needing_consent, redirected_by

    address = "ann@redirother.lab.test"
    report = await run(lab, address)
    choice = report.choice(Direction.INCOMING)
    assert choice is not None and choice.endpoint.host == "imap.hoster.test", report.summary
    assert choice.trust is Trust.HTTPS and choice.named_by == "hoster.test"
    assert "(redirected to hoster.test)" in next(
        d.detail for d in report.discovery if d.source.value == "autoconfig"
    )
    hosts = hosts_needing_consent(report.choices, address)
    assert hosts == ("imap.hoster.test", "smtp.hoster.test")
    assert redirected_by(report.choices, hosts) == "hoster.test"
    own = await run(lab, "ann@ac.lab.test")
    assert all(c.named_by is None for c in own.choices)
    assert hosts_needing_consent(own.choices, "ann@ac.lab.test") == ()


async def test_starttls_twin_of_a_plain_http_entry_is_learned_over_plain_http(lab: Lab) -> None:
    """httptwin.lab.test's plain-HTTP autoconfig names the hoster's 143 and 587 without
    encryption: the STARTTLS twins the answer recommends are learned over plain HTTP, so the
    card says so and a login there (another organisation's server) asks first."""
    from diagnostics.discovery.consent import hosts_needing_consent

    address = "ann@httptwin.lab.test"
    report = await run(lab, address)
    incoming, outgoing = report.choice(Direction.INCOMING), report.choice(Direction.OUTGOING)
    assert incoming is not None and outgoing is not None, report.summary
    assert (incoming.endpoint.port, incoming.endpoint.security) == (143, Security.STARTTLS)
    assert (outgoing.endpoint.port, outgoing.endpoint.security) == (587, Security.STARTTLS)
    assert incoming.trust is Trust.HTTP and outgoing.trust is Trust.HTTP
    learned = [f for f in settings_fields(incoming) if f[0] == "Learned"]
    assert learned and "plain HTTP" in learned[0][1]
    assert hosts_needing_consent(report.choices, address) == (
        "imap.hoster.test",
        "smtp.hoster.test",
    )


@pytest.fixture
async def remote_ad_dns(lab: Lab) -> AsyncIterator[str]:
    """HOST:PORT of a resolver NOT on a loopback address (our end of the dual-stack veth pair,
    tests/lab/dualstack.py) that sets the AD bit on every answer of the signed zone, asked or
    not: what a spoofed answer on the way, or a resolver nobody vouched for, looks like."""
    from tests.lab.dualstack import start_dualstack

    stack = start_dualstack(lab.slot, lab.address("healthy"), lab.address("wrongname"))
    try:
        transport, server = await start_validating_dns(
            stack.working, lab.dns, (SIGNED_ZONE,), always_ad=True
        )
        try:
            yield server
        finally:
            transport.close()
    finally:
        stack.stop()


async def test_ad_bit_of_a_resolver_elsewhere_is_not_believed(lab: Lab, remote_ad_dns: str) -> None:
    """RFC 6840 §5.9: the AD bit of a resolver off this machine, over plain UDP, does not make
    the signed zone's SRV settings DNSSEC-learned; they stay plain DNS (and need consent)."""
    assert not remote_ad_dns.startswith("127.")
    report = await run(lab, SIGNED_ZONE, dns=remote_ad_dns)
    assert trust(report) is Trust.DNS
    assert trust(report, Direction.OUTGOING) is Trust.DNS
    srv = next(d for d in report.discovery if d.source == "srv")
    assert "(DNSSEC)" not in srv.detail


async def test_dns_trust_ad_vouches_for_a_resolver_elsewhere(lab: Lab, remote_ad_dns: str) -> None:
    """With dns_trust_ad (--dns-trust-ad, MAILMEDIC_DNS_TRUST_AD) the person vouches for that
    resolver: its AD bit makes the signed zone's settings DNSSEC-learned."""
    options = Options(
        dns=remote_ad_dns, dns_trust_ad=True, cafile=lab.cafile, allow_private=True, timeout=10.0
    )
    report = await diagnose(SIGNED_ZONE, options)
    assert trust(report) is Trust.DNSSEC
    assert trust(report, Direction.OUTGOING) is Trust.DNSSEC


def test_ad_trust_policy() -> None:
    """AD is believed from loopback resolvers (IPv4 and IPv6) only, unless vouched for."""
    from diagnostics.net.resolve import ad_trusted

    assert ad_trusted(["127.0.0.53"]) and ad_trusted(["::1"])
    assert not ad_trusted(["192.0.2.53"]) and not ad_trusted(["fd00::1"])
    assert not ad_trusted(["127.0.0.1", "192.0.2.53"])  # one resolver elsewhere is enough
    assert not ad_trusted([])
    assert ad_trusted(["192.0.2.53"], trust_ad=True)


def test_dns_trust_ad_switch_reaches_the_options(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--dns-trust-ad`, MAILMEDIC_DNS_TRUST_AD (CLI and bot) set Options.dns_trust_ad; off by
    default."""
    from bot.config import Config
    from diagnostics.cli import build_parser
    from diagnostics.cli.common import options_from

    monkeypatch.delenv("MAILMEDIC_DNS_TRUST_AD", raising=False)
    parser = build_parser()
    plain = parser.parse_args(["diagnose", "example.com", "--dns", "192.0.2.53"])
    vouched = parser.parse_args(
        ["diagnose", "example.com", "--dns", "192.0.2.53", "--dns-trust-ad"]
    )
    assert not options_from(plain).dns_trust_ad and options_from(vouched).dns_trust_ad
    monkeypatch.setenv("MAILMEDIC_DNS_TRUST_AD", "true")
    assert options_from(plain).dns_trust_ad
    assert Config.load({"MAILMEDIC_DNS_TRUST_AD": "true"}, dotenv=None).options().dns_trust_ad
    assert not Config.load({}, dotenv=None).options().dns_trust_ad
