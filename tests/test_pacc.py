"""PACC (draft-ietf-mailmaint-pacc): the document and its `_ua-auto-config` TXT digest, parsed on
literal texts and read from the lab's nginx and dnsmasq (a matching digest, a digest of other
bytes, no record)."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator

import pytest

from diagnostics.cli import main
from diagnostics.diagnosis import diagnose
from diagnostics.findings.catalog import describe
from diagnostics.findings.codes import Code
from diagnostics.model import (
    Direction,
    Finding,
    Protocol,
    Report,
    Security,
    Source,
    SourceStatus,
    Trust,
    Verdict,
)
from diagnostics.runner import Options
from diagnostics.wire.pacc import (
    PaccError,
    digest_record,
    matches,
    parse_digest_record,
    parse_pacc,
)
from tests.lab import Lab
from tests.lab.discovery import HEALTHY, PACC_DOC


@pytest.fixture(autouse=True)
def lab_ispdb(lab: Lab, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every diagnosis here asks the lab ISPDB, never Thunderbird's."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    yield


# --- pure: the record and the document ------------------------------------------------------

BODY = b'{"protocols": {"imap": {"host": "imap.example.com"}}}'
DIGEST = hashlib.sha256(BODY).digest()
B64 = base64.b64encode(DIGEST).decode()


@pytest.mark.parametrize(
    "text",
    [
        f"v=UAAC1; a=sha256; d={B64}",
        f"d={B64};v=UAAC1;a=sha256;",  # any tag order, a trailing separator (-03 §5.2.2.2)
        f"  v = UAAC1 ;a= sha256; x=future; d={B64}",  # spaces, an unknown tag ignored
    ],
)
def test_digest_record_forms(text: str) -> None:
    """The UAAC1 record gives its SHA-256 digest in every form the draft allows."""
    assert parse_digest_record(text) == DIGEST


@pytest.mark.parametrize(
    "text",
    [
        f"v=UAAC2; a=sha256; d={B64}",  # another version
        f"v=UAAC1; a=sha512; d={B64}",  # another algorithm
        "v=UAAC1; a=sha256; d=not*base64",
        f"v=UAAC1; a=sha256; d={base64.b64encode(DIGEST[:16]).decode()}",  # too short
        f"v=UAAC1; v=UAAC1; a=sha256; d={B64}",  # a repeated tag
        "v=spf1 -all",
    ],
)
def test_records_that_vouch_for_nothing(text: str) -> None:
    """Another version, algorithm, a bad digest or a repeated tag is not a UAAC1 record."""
    assert parse_digest_record(text) is None


def test_digest_record_round_trip() -> None:
    """The record we write for a body is the one that vouches for exactly that body."""
    record = digest_record(BODY)
    assert record == f"v=UAAC1; a=sha256; d={B64}"
    digest = parse_digest_record(record)
    assert digest is not None and matches(BODY, [digest])
    assert not matches(BODY + b" ", [digest])


def test_document_servers_of_both_revisions() -> None:
    """IMAP, POP3 and submission (`submit` from -03, `smtp` in -02) on their implicit-TLS ports;
    HTTP protocols (JMAP) are not mail-app settings we probe."""
    doc = {
        "protocols": {
            "imap": {"host": "IMAP.Example.com."},
            "pop3": {"host": "pop.example.com"},
            "submit": {"host": "smtp.example.com"},
            "jmap": {"url": "https://jmap.example.com/session"},
        },
        "authentication": {"password": False, "oauth-public": {"issuer": "https://id.example"}},
        "info": {"provider": {"name": "Example Mail"}},
    }
    config = parse_pacc(json.dumps(doc).encode())
    assert [(s.protocol, s.hostname, s.port, s.security) for s in config.servers] == [
        (Protocol.IMAP, "imap.example.com", 993, Security.TLS),
        (Protocol.POP3, "pop.example.com", 995, Security.TLS),
        (Protocol.SMTP, "smtp.example.com", 465, Security.TLS),
    ]
    assert config.password is False and config.provider == "Example Mail"
    old = parse_pacc(b'{"protocols": {"smtp": {"host": "smtp.example.com"}}}')
    assert [(s.protocol, s.port) for s in old.servers] == [(Protocol.SMTP, 465)]


@pytest.mark.parametrize(
    "body",
    [b"<clientConfig/>", b"[]", b'{"info": {}}', b'{"protocols": {"imap": {"host": "a b"}}}'],
)
def test_not_a_document(body: bytes) -> None:
    """Not JSON, no `protocols`, or a host that is not a host name: PaccError."""
    with pytest.raises(PaccError):
        parse_pacc(body)


# --- the lab ----------------------------------------------------------------------------------


async def run(lab: Lab, target: str) -> Report:
    options = Options(dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=10.0)
    return await diagnose(target, options)


def pacc_line(report: Report) -> tuple[SourceStatus, str, Trust | None]:
    (line,) = [d for d in report.discovery if d.source is Source.PACC]
    return line.status, line.detail, line.trust


def broken(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.code is Code.PACC_BROKEN]


async def test_matching_digest_is_used_and_trusted(lab: Lab) -> None:
    """paccok publishes nothing but PACC: the verified document's servers are recommended, each
    learned over "https + dns digest", and nothing is wrong."""
    report = await run(lab, "paccok.lab.test")
    status, detail, trust = pacc_line(report)
    assert status is SourceStatus.FOUND, detail
    assert trust is Trust.HTTPS_DNS
    assert "Lab PACC Mail" in detail and "_ua-auto-config.paccok.lab.test" in detail
    for direction, port in ((Direction.INCOMING, 993), (Direction.OUTGOING, 465)):
        choice = report.choice(direction)
        assert choice is not None, report.summary
        assert (choice.endpoint.host, choice.endpoint.port) == (HEALTHY, port)
        assert choice.trust is Trust.HTTPS_DNS
    assert broken(report) == []
    assert report.verdict is Verdict.HEALTHY, [f.code for f in report.findings]


async def test_mismatching_digest_is_not_used(lab: Lab) -> None:
    """paccbad's TXT digest is of other bytes: the document is not used (nothing is
    recommended from it) and PACC_BROKEN names the record and the record that would match."""
    report = await run(lab, "paccbad.lab.test")
    status, detail, _ = pacc_line(report)
    assert status is SourceStatus.ERROR and "digest" in detail
    (found,) = broken(report)
    assert found.facts["problem"] == "mismatch"
    assert found.facts["published_record"] == "_ua-auto-config.paccbad.lab.test"
    assert found.facts["expected_record"] == digest_record(PACC_DOC.encode())
    assert all(c.trust is not Trust.HTTPS_DNS for c in report.choices)
    text = describe(found)
    assert "_ua-auto-config.paccbad.lab.test" in text.explanation
    assert text.admin is not None and digest_record(PACC_DOC.encode()) in text.admin


async def test_document_without_record_is_not_used(lab: Lab) -> None:
    """paccnorecord serves the document with no TXT record: unverified, PACC_BROKEN no_record."""
    report = await run(lab, "paccnorecord.lab.test")
    status, _, _ = pacc_line(report)
    assert status is SourceStatus.ERROR
    (found,) = broken(report)
    assert found.facts["problem"] == "no_record"
    assert found.facts["missing_record"] == "_ua-auto-config.paccnorecord.lab.test"


async def test_a_verified_document_naming_a_dead_server_is_discovery_broken(lab: Lab) -> None:
    """paccdead's verified document names a server that refuses connections: DISCOVERY_BROKEN
    for that server, blamed on the PACC configuration; the working submission server is still
    recommended."""
    report = await run(lab, "paccdead.lab.test")
    (dead,) = [f for f in report.findings if f.code is Code.DISCOVERY_BROKEN]
    assert dead.endpoint is not None and dead.endpoint.host == "closed.lab.test"
    assert dead.facts["source"] == "pacc"
    assert "PACC configuration" in describe(dead).title
    outgoing = report.choice(Direction.OUTGOING)
    assert outgoing is not None and outgoing.endpoint.host == HEALTHY
    assert broken(report) == []


async def test_a_catch_all_page_without_record_is_not_pacc(lab: Lab) -> None:
    """A web server that answers the PACC path with its home page, and no TXT record: the
    domain publishes no PACC ("none"), not a broken one."""
    report = await run(lab, "pacccatchall.lab.test")
    status, detail, _ = pacc_line(report)
    assert status is SourceStatus.NONE and "not a PACC document" in detail
    assert broken(report) == []


async def test_a_domain_without_pacc_is_not_a_finding(lab: Lab) -> None:
    """srv.lab.test publishes no PACC: the source is "none", and no finding mentions it."""
    report = await run(lab, "srv.lab.test")
    status, _, _ = pacc_line(report)
    assert status is SourceStatus.NONE
    assert broken(report) == []


def test_cli_json_lists_the_pacc_source(lab: Lab, capsys: pytest.CaptureFixture[str]) -> None:
    """`mailmedic diagnose --json` reports the PACC line with its state and trust."""
    code = main(
        [
            "diagnose",
            "paccok.lab.test",
            "--dns",
            lab.dns,
            "--cafile",
            lab.cafile,
            "--allow-private",
            "--json",
        ]
    )
    report = json.loads(capsys.readouterr().out)
    assert code == 0, report["summary"]
    (line,) = [d for d in report["discovery"] if d["source"] == "pacc"]
    assert line["status"] == "found" and line["trust"] == "https+dns-digest"
    assert {(e["host"], e["port"]) for e in line["endpoints"]} == {(HEALTHY, 993), (HEALTHY, 465)}


async def test_an_expired_certificate_without_record_is_no_pacc(lab: Lab) -> None:
    """paccexpired's ua-auto-config host has an expired certificate (a wildcard name on a web
    server) and no TXT record: the domain publishes no PACC ("none"), nothing is broken."""
    report = await run(lab, "paccexpired.lab.test")
    status, detail, _ = pacc_line(report)
    assert status is SourceStatus.NONE, detail
    assert "_ua-auto-config.paccexpired.lab.test" in detail
    assert not [f for f in report.findings if f.code is Code.DISCOVERY_BROKEN]
    assert broken(report) == []


async def test_an_expired_certificate_with_a_record_is_discovery_broken(lab: Lab) -> None:
    """paccexpiredrecord publishes a digest, but its document's certificate expired: apps cannot
    fetch it, DISCOVERY_BROKEN blames the PACC host's certificate."""
    report = await run(lab, "paccexpiredrecord.lab.test")
    status, _, _ = pacc_line(report)
    assert status is SourceStatus.ERROR
    (found,) = [f for f in report.findings if f.code is Code.DISCOVERY_BROKEN]
    assert found.facts["source"] == "pacc"
