"""Every address of a host, IPv4 and IPv6 apart: dual-stack lab hosts in a network namespace
(tests/lab/dualstack.py) in front of the real Dovecot and Postfix."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from diagnostics.cli import main
from diagnostics.findings.codes import Code
from diagnostics.findings.rules import rule_result
from diagnostics.model import (
    Direction,
    Endpoint,
    Family,
    Outcome,
    Protocol,
    Security,
    Severity,
)
from diagnostics.probes import probe
from diagnostics.probes.base import addresses_to_try
from tests.lab import Lab
from tests.lab.dualstack import DualStack, start_dualstack
from tests.test_probes import make_ctx

IMAP, SMTP = Protocol.IMAP, Protocol.SMTP
TLS = Security.TLS


@pytest.fixture(scope="module")
def dualstack(lab: Lab) -> Iterator[DualStack]:
    """The namespace and its relay, removed at the end even when a test fails."""
    stack = start_dualstack(lab.slot, lab.address("healthy"), lab.address("wrongname"))
    try:
        yield stack
    finally:
        stack.stop()


def ipv6_findings(result: object) -> list[object]:
    import datetime as dt

    return [
        f
        for f in rule_result(result, now=dt.datetime.now(dt.UTC))  # type: ignore[arg-type]
        if f.code is Code.IPV6_BROKEN
    ]


async def test_both_families_answer(lab: Lab, dualstack: DualStack) -> None:
    """A host whose A and AAAA both reach the server: each address listed, no IPV6_BROKEN."""
    endpoint = Endpoint(protocol=IMAP, host="dualstack.lab.test", port=993, security=TLS)
    result = await probe(endpoint, make_ctx(lab))
    assert result.outcome is Outcome.OK, result.detail
    assert [(a.address, a.family, a.outcome) for a in result.addresses] == [
        (lab.address("healthy"), Family.IPV4, Outcome.OK),
        (dualstack.working, Family.IPV6, Outcome.OK),
    ]
    assert ipv6_findings(result) == []


@pytest.mark.parametrize(("protocol", "port"), [(IMAP, 993), (SMTP, 465), (Protocol.POP3, 995)])
async def test_dead_aaaa_is_ipv6_broken(
    lab: Lab, dualstack: DualStack, protocol: Protocol, port: int
) -> None:
    """IPv4 answers, the AAAA address refuses: the probe works and IPV6_BROKEN warns."""
    endpoint = Endpoint(protocol=protocol, host="v6dead.lab.test", port=port, security=TLS)
    result = await probe(endpoint, make_ctx(lab))
    assert result.outcome is Outcome.OK, result.detail
    by_family = {a.family: a for a in result.addresses}
    assert by_family[Family.IPV4].outcome is Outcome.OK
    assert by_family[Family.IPV6].outcome is Outcome.REFUSED
    assert by_family[Family.IPV6].address == dualstack.dead
    (found,) = ipv6_findings(result)
    assert found.severity is Severity.WARNING  # type: ignore[attr-defined]
    assert found.facts["dead"] == dualstack.dead  # type: ignore[attr-defined]
    assert found.facts["working"] == lab.address("healthy")  # type: ignore[attr-defined]


async def test_ipv6_only_host_that_refuses_is_an_error(lab: Lab, dualstack: DualStack) -> None:
    """A host with only a dead AAAA record: IPV6_BROKEN is an error (nothing reaches it)."""
    endpoint = Endpoint(protocol=IMAP, host="v6onlydead.lab.test", port=993, security=TLS)
    result = await probe(endpoint, make_ctx(lab))
    assert result.outcome is Outcome.REFUSED
    assert result.address == dualstack.dead
    (found,) = ipv6_findings(result)
    assert found.severity is Severity.ERROR  # type: ignore[attr-defined]
    assert found.facts["only_ipv6"] is True  # type: ignore[attr-defined]


async def test_login_is_tried_on_one_address_only(lab: Lab, dualstack: DualStack) -> None:
    """With a password, the login runs on the first address; the others are checked without."""
    from diagnostics.model import Credentials
    from diagnostics.probes.base import AuthGate

    user, password = "bob", lab.users["bob"]
    ctx = make_ctx(lab)
    from dataclasses import replace

    ctx = replace(
        ctx, credentials=Credentials(username=user, password=password), auth_gate=AuthGate()
    )
    endpoint = Endpoint(protocol=IMAP, host="dualstack.lab.test", port=993, security=TLS)
    result = await probe(endpoint, ctx)
    assert result.outcome is Outcome.AUTH_OK, result.detail
    assert len(result.auth_attempts) == 1
    assert [a.outcome for a in result.addresses] == [Outcome.AUTH_OK, Outcome.OK]


def test_addresses_are_bounded_per_family() -> None:
    """At most four addresses of each family are tried, in the resolver's order."""
    v4 = [f"192.0.2.{i}" for i in range(1, 7)]
    v6 = [f"2001:db8::{i}" for i in range(1, 7)]
    kept = addresses_to_try(v4 + v6)
    assert kept == v4[:4] + v6[:4]


async def test_a_host_with_many_addresses_is_probed_on_four(lab: Lab) -> None:
    """manyaddr.lab.test has six A records (the healthy server's and five where nothing
    listens): four distinct addresses of them are tried, each reported on its own."""
    from tests.lab.discovery import many_addresses

    records = set(many_addresses(lab.address("healthy")))
    endpoint = Endpoint(protocol=IMAP, host="manyaddr.lab.test", port=993, security=TLS)
    result = await probe(endpoint, make_ctx(lab))
    tried = [a.address for a in result.addresses]
    assert len(tried) == 4 and len(set(tried)) == 4, tried
    assert set(tried) <= records
    assert all(a.family is Family.IPV4 for a in result.addresses)
    refused = [a for a in result.addresses if a.address != lab.address("healthy")]
    assert refused and all(a.outcome is Outcome.REFUSED for a in refused), result.addresses


def check_argv(lab: Lab, host: str) -> list[str]:
    """`mailmedic check` of IMAP 993 SSL/TLS on `host`, against the lab."""
    return ["check", "--protocol", "imap", "--host", host, "--port", "993", "--security", "tls",
            "--dns", lab.dns, "--cafile", lab.cafile, "--allow-private"]  # fmt: skip


def test_cli_json_reports_each_address_and_the_warning(
    lab: Lab, dualstack: DualStack, capsys: pytest.CaptureFixture[str]
) -> None:
    """`mailmedic check --json` on the dead-AAAA host lists both addresses and IPV6_BROKEN."""
    code = main([*check_argv(lab, "v6dead.lab.test"), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    codes = [f["code"] for f in report["findings"]]
    assert "IPV6_BROKEN" in codes
    mine = next(p for p in report["probes"] if p["port"] == 993 and p["protocol"] == "imap")
    assert {a["family"]: a["outcome"] for a in mine["addresses"]} == {
        "ipv4": "ok",
        "ipv6": "refused",
    }


async def test_no_ipv6_route_here_is_not_the_servers_fault(lab: Lab, dualstack: DualStack) -> None:
    """An AAAA our own network cannot reach (ENETUNREACH, a machine without IPv6) is listed as
    no_route and raises no IPV6_BROKEN: our vantage point, not the server (style.md §5)."""
    endpoint = Endpoint(protocol=IMAP, host="v6noroute.lab.test", port=993, security=TLS)
    result = await probe(endpoint, make_ctx(lab))
    assert result.outcome is Outcome.OK, result.detail
    v6 = next(a for a in result.addresses if a.family is Family.IPV6)
    assert v6.outcome is Outcome.UNREACHABLE
    assert v6.no_route and not v6.tested
    assert ipv6_findings(result) == []


async def test_diagnose_warns_about_the_published_hosts_dead_aaaa(
    lab: Lab, dualstack: DualStack
) -> None:
    """srvv6.lab.test's SRV records name v6dead.lab.test: the diagnosis recommends it (IPv4
    works) and warns, once per published server, that its IPv6 is broken."""
    from diagnostics.diagnosis import diagnose
    from diagnostics.runner import Options

    options = Options(dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=10.0)
    report = await diagnose("srvv6.lab.test", options)
    broken = [f for f in report.findings if f.code is Code.IPV6_BROKEN]
    assert {(f.endpoint.protocol, f.endpoint.port) for f in broken if f.endpoint} == {
        (IMAP, 993),
        (SMTP, 465),
    }
    assert all(f.severity is Severity.WARNING for f in broken)
    incoming = report.choice(Direction.INCOMING)
    assert incoming is not None and incoming.endpoint.host == "v6dead.lab.test"


def ipv4_findings(result: object) -> list[object]:
    import datetime as dt

    return [
        f
        for f in rule_result(result, now=dt.datetime.now(dt.UTC))  # type: ignore[arg-type]
        if f.code is Code.IPV4_BROKEN
    ]


@pytest.mark.parametrize(("protocol", "port"), [(IMAP, 993), (SMTP, 465)])
async def test_dead_a_record_is_ipv4_broken(
    lab: Lab, dualstack: DualStack, protocol: Protocol, port: int
) -> None:
    """The mirror case: the A address refuses, the AAAA one answers. The probe works (over
    IPv6), IPV4_BROKEN warns naming both sides, and IPV6_BROKEN stays silent."""
    endpoint = Endpoint(protocol=protocol, host="v4dead.lab.test", port=port, security=TLS)
    result = await probe(endpoint, make_ctx(lab))
    assert result.outcome is Outcome.OK, result.detail
    by_family = {a.family: a for a in result.addresses}
    assert by_family[Family.IPV4].outcome is Outcome.REFUSED
    assert by_family[Family.IPV6].outcome is Outcome.OK
    (found,) = ipv4_findings(result)
    assert found.severity is Severity.WARNING  # type: ignore[attr-defined]
    assert found.facts["dead"] == lab.address("closed")  # type: ignore[attr-defined]
    assert found.facts["working"] == dualstack.working  # type: ignore[attr-defined]
    assert ipv6_findings(result) == []


async def test_healthy_dual_stack_and_dead_aaaa_are_not_ipv4_broken(
    lab: Lab, dualstack: DualStack
) -> None:
    """Both families working, or only IPv6 dead: no IPV4_BROKEN."""
    for host in ("dualstack.lab.test", "v6dead.lab.test"):
        endpoint = Endpoint(protocol=IMAP, host=host, port=993, security=TLS)
        result = await probe(endpoint, make_ctx(lab))
        assert ipv4_findings(result) == [], host


def test_cli_text_says_ipv4_is_broken(
    lab: Lab, dualstack: DualStack, capsys: pytest.CaptureFixture[str]
) -> None:
    """`mailmedic check` on the dead-A host exits 1 and says networks without IPv6 fail."""
    code = main(check_argv(lab, "v4dead.lab.test"))
    out = capsys.readouterr().out
    assert code == 1, out
    assert "networks without IPv6 fail" in out


async def test_ipv6_with_a_certificate_for_another_name_is_ipv6_broken(
    lab: Lab, dualstack: DualStack
) -> None:
    """v6badcert.lab.test's AAAA side answers with a certificate for another name: that address
    fails a phone on IPv6 as surely as a refusal, so IPV6_BROKEN warns and names the fault."""
    endpoint = Endpoint(protocol=IMAP, host="v6badcert.lab.test", port=993, security=TLS)
    result = await probe(endpoint, make_ctx(lab))
    assert result.outcome is Outcome.OK, result.detail  # over IPv4, as an app on Wi-Fi
    by_family = {a.family: a for a in result.addresses}
    assert by_family[Family.IPV6].outcome is Outcome.CERT_INVALID
    (found,) = ipv6_findings(result)
    assert found.severity is Severity.WARNING  # type: ignore[attr-defined]
    facts = found.facts  # type: ignore[attr-defined]
    assert facts["dead"] == dualstack.badcert and facts["fault"] == "cert_invalid"
    assert "v6badcert.lab.test" in facts["reason"] or "mismatch" in facts["reason"].lower()
    assert facts["working"] == lab.address("healthy")


def test_cli_text_names_the_ipv6_certificate_fault(
    lab: Lab, dualstack: DualStack, capsys: pytest.CaptureFixture[str]
) -> None:
    """`mailmedic check` on v6badcert.lab.test is not healthy: exit 1, the IPv6 warning, the
    failing address and what failed there."""
    code = main(check_argv(lab, "v6badcert.lab.test"))
    out = capsys.readouterr().out
    assert code == 1, out
    assert "IPv6 is broken" in out
    assert dualstack.badcert in out and "cert_invalid" in out
    assert "fails before any login" in out  # the fault's words, not "no mail server answers"
    assert "no mail server answers" not in out
