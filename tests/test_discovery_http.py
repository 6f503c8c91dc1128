"""The policy-checked HTTPS fetcher against the lab's nginx: TLS trust, redirects, caps, policy."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator

import dns.resolver
import pytest

import diagnostics.net.http
from diagnostics.model import CertProblem, Outcome
from diagnostics.net.http import HttpClient
from diagnostics.net.resolve import Resolution, make_resolver
from diagnostics.net.tls import TlsContexts
from diagnostics.policy import AddressPolicy
from tests.lab import Lab

WEB = "web.lab.test"


async def client(lab: Lab, *, private: bool = True, cafile: str | None = "lab") -> HttpClient:
    contexts = await asyncio.to_thread(TlsContexts.create, lab.cafile if cafile == "lab" else None)
    return HttpClient(
        resolver=make_resolver(lab.dns, timeout=2.0),
        policy=AddressPolicy(allow_private=private, allow_any_port=private),
        tls=contexts.verify,
    )


@pytest.fixture
async def http(lab: Lab) -> AsyncIterator[HttpClient]:
    async with await client(lab) as c:
        yield c


async def test_fetch_lab_ispdb_entry(http: HttpClient, lab: Lab) -> None:
    """A document from the lab ISPDB arrives whole over verified TLS (lab CA via cafile)."""
    got = await http.fetch(f"{lab.ispdb_url}listed.lab.test", timeout=5)
    assert got.ok and got.status == 200
    assert b"<clientConfig" in got.body


async def test_fetch_404_is_a_status(http: HttpClient, lab: Lab) -> None:
    """A missing ISPDB entry is an HTTP status, not an error."""
    got = await http.fetch(f"{lab.ispdb_url}nobody.lab.test", timeout=5)
    assert (got.kind, got.status) == ("status", 404)


async def test_expired_certificate_is_recognised(http: HttpClient) -> None:
    """The expired virtual host (same address, chosen by SNI) fails with CertProblem.EXPIRED."""
    got = await http.fetch("https://autoconfig.expiredweb.lab.test/mail/config-v1.1.xml", timeout=5)
    assert got.kind == "cert"
    assert got.cert_problem is CertProblem.EXPIRED


async def test_unknown_issuer_without_the_lab_ca(lab: Lab) -> None:
    """Without --cafile the lab's certificates are untrusted: the fetcher verifies TLS."""
    async with await client(lab, cafile=None) as http:
        got = await http.fetch(f"{lab.ispdb_url}listed.lab.test", timeout=5)
    assert got.kind == "cert"
    assert got.cert_problem is CertProblem.UNTRUSTED


async def test_redirect_to_plain_http_is_not_followed(http: HttpClient) -> None:
    """https → http redirects are refused (aiohttp alone would follow them)."""
    got = await http.fetch("https://autoconfig.redirect.lab.test/mail/config-v1.1.xml", timeout=5)
    assert got.kind == "redirect"
    assert "only https" in got.reason
    assert got.redirects == ("http://web.lab.test/mail/config-v1.1.xml",)


async def test_body_is_capped(http: HttpClient, lab: Lab) -> None:
    """A body larger than max_bytes is refused, not read whole."""
    got = await http.fetch(f"{lab.ispdb_url}listed.lab.test", timeout=5, max_bytes=100)
    assert got.kind == "too_large"
    assert got.body == b""


async def test_policy_refuses_loopback_names(lab: Lab) -> None:
    """Without --allow-private a name resolving to loopback is refused before any connection."""
    async with await client(lab, private=False) as http:
        got = await http.fetch(f"{lab.ispdb_url}listed.lab.test", timeout=5)
    assert got.kind == "policy"
    assert "loopback" in got.reason


async def test_policy_refuses_ip_literals_at_the_socket(lab: Lab) -> None:
    """An IP-literal URL skips the resolver; the socket factory still refuses it."""
    async with await client(lab, private=False) as http:
        got = await http.fetch(f"https://{lab.address('web')}/v1.1/listed.lab.test", timeout=5)
    assert got.kind == "policy"
    assert "loopback" in got.reason


async def test_nxdomain_is_a_dns_failure(http: HttpClient) -> None:
    """A name that does not exist is a DNS outcome (later: status none), not a crash."""
    got = await http.fetch("https://autoconfig.nope.lab.test/mail/config-v1.1.xml", timeout=5)
    assert got.kind == "dns"
    assert got.dns_failure is not None and got.dns_failure.value == "dns_nxdomain"


async def test_silent_server_times_out_on_time(http: HttpClient) -> None:
    """A server that never answers ends the fetch at its timeout, not later."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    got = await http.fetch("https://autoconfig.slowweb.lab.test/mail/config-v1.1.xml", timeout=0.8)
    assert got.kind == "timeout"
    assert loop.time() - started < 1.5


async def test_an_old_dns_failure_is_not_reported_for_a_later_fetch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Failures belong to one request: a host that failed DNS once, then resolves and refuses
    the connection, is reported as refusing, not as the old NXDOMAIN."""
    answers = [
        Resolution(name="flaky.example", failure=Outcome.DNS_NXDOMAIN, detail="no such name"),
        Resolution(name="flaky.example", addresses=("127.0.0.1",)),
    ]

    async def resolve_host(resolver: object, name: str, *, timeout: float) -> Resolution:
        return answers.pop(0)

    monkeypatch.setattr(diagnostics.net.http, "resolve_host", resolve_host)
    with socket.socket() as closed:  # bound, never listening: connections are refused
        closed.bind(("127.0.0.1", 0))
        url = f"https://flaky.example:{closed.getsockname()[1]}/mail/config-v1.1.xml"
        contexts = await asyncio.to_thread(TlsContexts.create, None)
        policy = AddressPolicy(allow_private=True, allow_any_port=True)
        async with HttpClient(resolver=None, policy=policy, tls=contexts.verify) as http:
            first = await http.fetch(url, timeout=5)
            second = await http.fetch(url, timeout=5)
    assert (first.kind, first.dns_failure, first.reason) == (
        "dns",
        Outcome.DNS_NXDOMAIN,
        "no such name",
    )
    assert (second.kind, second.dns_failure) == ("refused", None)
    assert second.reason == "flaky.example refused the connection"


def test_lab_dns_serves_srv_mx_and_cname(lab: Lab) -> None:
    """dnsmasq really serves the discovery records: SRV with '.', MX, and a CNAME to nginx."""
    res = dns.resolver.Resolver(configure=False)
    host, port = lab.dns.split(":")
    res.nameservers, res.port, res.cache = [host], int(port), None
    srv = res.resolve("_imaps._tcp.srv.lab.test", "SRV")
    assert [(r.port, r.target.to_text()) for r in srv] == [(993, "healthy.lab.test.")]
    assert res.resolve("_pop3s._tcp.srv.lab.test", "SRV")[0].target.to_text() == "."
    assert res.resolve("hosted.lab.test", "MX")[0].exchange.to_text() == "mx1.mailhost.lab.test."
    cname = res.resolve("autoconfig.ac.lab.test", "A")
    assert cname.canonical_name.to_text() == "web.lab.test."
    assert cname[0].to_text() == lab.address("web")
