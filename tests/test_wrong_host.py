"""WRONG_HOST in `check`: the typed server fails and the email domain publishes another one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from diagnostics import Options, check
from diagnostics.findings import catalog
from diagnostics.model import Endpoint, Field, Protocol, Reason, Report, Security
from tests.lab import Lab


@pytest.fixture(autouse=True)
def lab_ispdb(lab: Lab, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Lookups ask the lab ISPDB, never Thunderbird's."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    yield


async def run(lab: Lab, host: str, port: int, security: Security, username: str | None) -> Report:
    endpoint = Endpoint(
        protocol=Protocol.IMAP, host=host, port=port, security=security, username=username
    )
    options = Options(dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=10.0)
    return await check(endpoint, options)


def codes(report: Report) -> list[str]:
    return [f.code for f in report.findings]


async def test_dead_typed_server_points_to_the_published_one(lab: Lab) -> None:
    """closed.lab.test refuses; srv.lab.test's SRV names healthy.lab.test: WRONG_HOST says so."""
    report = await run(lab, lab.host("closed"), 993, Security.TLS, "alice@srv.lab.test")
    assert codes(report)[0] == "PORT_CLOSED"
    root = report.findings[0]
    # One statement per fact: WRONG_HOST is folded into the root, whose fix is the change.
    assert root.facts["consequences"] == ["WRONG_HOST"]
    assert root.facts["right_host"] == lab.host("healthy")
    fix = catalog.describe(root).fix
    assert f"server to {lab.host('healthy')}" in fix and "publishes" in fix
    assert report.recommended.incoming[0].host == lab.host("healthy")
    assert report.choices[0].reason is Reason.PUBLISHED
    assert report.choices[0].typed(Field.SERVER) == lab.host("closed")


async def test_typo_in_the_server_name(lab: Lab) -> None:
    """A server name that does not exist: HOST_NOT_FOUND first, then the published server."""
    report = await run(lab, "imapp.srv.lab.test", 993, Security.TLS, "alice@srv.lab.test")
    assert codes(report)[0] == "HOST_NOT_FOUND", codes(report)
    assert report.findings[0].facts["consequences"] == ["WRONG_HOST"]
    assert "imapp" not in report.choices[0].endpoint.host


async def test_working_typed_server_is_not_the_wrong_host(lab: Lab) -> None:
    """The typed server works: no WRONG_HOST, whatever the domain publishes."""
    report = await run(lab, lab.host("expiring"), 993, Security.TLS, "alice@srv.lab.test")
    assert "WRONG_HOST" not in codes(report)


async def test_nothing_published_means_no_wrong_host(lab: Lab) -> None:
    """A dead server in a domain that publishes nothing: no guess is passed off as the answer."""
    report = await run(lab, lab.host("closed"), 993, Security.TLS, None)
    assert codes(report) == ["PORT_CLOSED"], codes(report)
