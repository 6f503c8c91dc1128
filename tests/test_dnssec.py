"""DNSSEC validated by mailmedic itself (diagnostics/net/dnssec.py, dnspython) against a trust
anchor: a zone signed at lab start by dnspython and served by an authoritative stand-in that sets
no AD bit (tests/lab/nameservers.py), and the same zone with a record forged after signing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import dns.name
import dns.zone
import pytest

from diagnostics.cli import main
from diagnostics.diagnosis import diagnose
from diagnostics.model import Direction, Report, Source, Trust
from diagnostics.net.dnssec import parse_anchors
from diagnostics.runner import Options
from tests.lab import Lab


@pytest.fixture(autouse=True)
def lab_ispdb(lab: Lab, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every diagnosis here asks the lab ISPDB, never Thunderbird's."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    yield


async def run(lab: Lab, target: str, dns: str, anchors: str | None) -> Report:
    options = Options(
        dns=dns, cafile=lab.cafile, allow_private=True, timeout=10.0, dnssec_anchors=anchors
    )
    return await diagnose(target, options)


def srv_trust(report: Report) -> Trust | None:
    (line,) = [d for d in report.discovery if d.source is Source.SRV]
    return line.trust


async def test_signed_records_validated_against_the_anchor(
    lab: Lab, signed_dns: str, anchors: str
) -> None:
    """With the anchor, the signed SRV records validate: the settings are learned by DNSSEC,
    though the server sets no AD bit."""
    report = await run(lab, "dnssec.lab.test", signed_dns, anchors)
    assert srv_trust(report) is Trust.DNSSEC
    choice = report.choice(Direction.INCOMING)
    assert choice is not None and choice.trust is Trust.DNSSEC


async def test_without_the_anchor_it_is_plain_dns(lab: Lab, signed_dns: str) -> None:
    """The same answers without an anchor: plain DNS (nothing here trusts the AD bit)."""
    report = await run(lab, "dnssec.lab.test", signed_dns, None)
    assert srv_trust(report) is Trust.DNS


async def test_a_forged_record_does_not_validate(lab: Lab, signed_dns: str, anchors: str) -> None:
    """dnssecbad's IMAP SRV record was changed after signing: its signature fails, so what it
    names is plain DNS, never DNSSEC."""
    report = await run(lab, "dnssecbad.lab.test", signed_dns, anchors)
    (line,) = [d for d in report.discovery if d.source is Source.SRV]
    assert any(e.host == "mail.lab.test" for e in line.endpoints)
    assert line.trust is Trust.DNS


@pytest.mark.parametrize(
    "text",
    ["", "dnssec.lab.test. IN A 127.0.0.1", "dnssec.lab.test. IN DS 1 2 3 zz-not-hex"],
)
def test_bad_anchor_text(text: str) -> None:
    """No DS/DNSKEY record, another type, or a bad DS: a one-line error."""
    with pytest.raises(ValueError):
        parse_anchors(text)


def test_cli_refuses_a_bad_anchor_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--dnssec-anchors` with a file that holds no anchor: exit 2, one line, no traceback."""
    bad = tmp_path / "anchors"
    bad.write_text("not an anchor\n")
    code = main(["diagnose", "example.com", "--dnssec-anchors", str(bad)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "--dnssec-anchors" in err and "Traceback" not in err


def test_an_answer_reached_through_a_cname_is_not_validated(
    zones: tuple[dict[str, dns.zone.Zone], str],
) -> None:
    """An unsigned name that CNAMEs into an anchored zone: the chain's end carries valid
    signatures (the same answer asked directly validates), yet reached through the CNAME it
    does not count as validated."""
    import dns.message
    import dns.rdataclass
    import dns.rdatatype
    import dns.resolver
    import dns.rrset

    from diagnostics.net.dnssec import verify
    from tests.lab.nameservers import signed_answer

    zone = next(name for name in zones[0] if name.startswith("dnssec."))
    anchors = parse_anchors(zones[1])
    target = f"_imaps._tcp.{zone}."

    def ask(name: str, rdtype: str, response: dns.message.Message) -> dns.resolver.Answer:
        received = dns.message.from_wire(response.to_wire())  # as a resolver receives it
        return dns.resolver.Answer(
            dns.name.from_text(name), dns.rdatatype.from_text(rdtype), dns.rdataclass.IN, received
        )

    query = dns.message.make_query(target, "SRV", want_dnssec=True)
    signed = signed_answer(query, zones[0])
    keys_query = dns.message.make_query(f"{zone}.", "DNSKEY", want_dnssec=True)
    keys_response = signed_answer(keys_query, zones[0])
    assert signed is not None and keys_response is not None
    keys = ask(f"{zone}.", "DNSKEY", keys_response)
    assert verify(ask(target, "SRV", signed), keys, anchors)  # asked directly: validated
    attacker = "_imaps._tcp.attacker.example."
    chained = dns.message.make_response(dns.message.make_query(attacker, "SRV"))
    chained.answer = [
        dns.rrset.from_text(attacker, 300, "IN", "CNAME", target),
        *signed.answer,
    ]
    via = ask(attacker, "SRV", chained)
    assert via.rrset is not None and via.rrset.name == dns.name.from_text(target)
    assert verify(via, keys, anchors) is False
