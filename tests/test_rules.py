"""Rules over literal probe results (pure): every fault reaches a finding, root cause first."""

from __future__ import annotations

import datetime as dt

import pytest

from diagnostics.answer import candidates
from diagnostics.findings.codes import Code
from diagnostics.findings.rules import order_findings, rule_result
from diagnostics.model import (
    CertFacts,
    CertProblem,
    Direction,
    Endpoint,
    Finding,
    Outcome,
    ProbeResult,
    Protocol,
    Security,
    Severity,
    Stage,
    TlsFacts,
)

NOW = dt.datetime(2026, 11, 25, tzinfo=dt.UTC)
EP = Endpoint(protocol=Protocol.IMAP, host="mail.example.com", port=993, security=Security.TLS)

# Outcomes that say "this works" or belong to authentication (judged by the auth rules).
_NOT_FAULTS = {
    Outcome.OK,
    Outcome.AUTH_OK,
    Outcome.AUTH_FAILED,
    Outcome.AUTH_UNAVAILABLE,
    Outcome.POLICY_REFUSED,  # bad input: refused before a report exists (exit 2)
}


def result(outcome: Outcome, **kw: object) -> ProbeResult:
    return ProbeResult(endpoint=EP, outcome=outcome, stage=Stage.CONNECT, elapsed_ms=1, **kw)  # type: ignore[arg-type]


def cert(days_left: int) -> CertFacts:
    return CertFacts(
        subject="CN=mail.example.com",
        issuer="CN=Example CA",
        not_before=NOW - dt.timedelta(days=60),
        not_after=NOW + dt.timedelta(days=days_left),
        names=("mail.example.com",),
        self_signed=False,
        sha256="00",
    )


@pytest.mark.parametrize("outcome", [o for o in Outcome if o not in _NOT_FAULTS])
def test_every_fault_outcome_reaches_a_finding(outcome: Outcome) -> None:
    """No outcome is left unmapped (style.md §4): each fault yields a finding about its endpoint."""
    tls = None
    if outcome is Outcome.CERT_INVALID:
        tls = TlsFacts(
            version="TLSv1.3", cipher="X", verified=False, verify_code=10,
            problems=(CertProblem.EXPIRED,), cert=cert(-3),
        )  # fmt: skip
    found = list(rule_result(result(outcome, tls=tls), now=NOW))
    assert found, outcome
    assert found[0].endpoint == EP
    assert found[0].code in Code.__members__


def test_certificate_problems_each_become_a_finding() -> None:
    """Two problems at once (expired and wrong name): two findings, facts for the person."""
    tls = TlsFacts(
        version="TLSv1.3", cipher="X", verified=False, verify_code=10,
        problems=(CertProblem.EXPIRED, CertProblem.HOSTNAME_MISMATCH), cert=cert(-3),
    )  # fmt: skip
    found = list(rule_result(result(Outcome.CERT_INVALID, tls=tls), now=NOW))
    assert [f.code for f in found] == ["CERT_EXPIRED", "CERT_HOSTNAME_MISMATCH"]
    assert found[0].facts["days"] == 3
    assert found[0].facts["not_after"] == "2026-11-22"


@pytest.mark.parametrize(("days_left", "warned"), [(5, True), (14, True), (15, False), (90, False)])
def test_expiry_warning_window(days_left: int, warned: bool) -> None:
    """A verified certificate warns within 14 days of expiry, not before."""
    tls = TlsFacts(version="TLSv1.3", cipher="X", verified=True, cert=cert(days_left))
    found = [f.code for f in rule_result(result(Outcome.OK, tls=tls), now=NOW)]
    assert (found == ["CERT_EXPIRING_SOON"]) is warned


def test_order_root_cause_first() -> None:
    """Errors before warnings before info; DNS before connection before TLS; the user's first."""
    other = Endpoint(protocol=Protocol.IMAP, host="mail.example.com", port=143,
                     security=Security.STARTTLS)  # fmt: skip
    findings = [
        Finding(code="USE_IMPLICIT_TLS", severity=Severity.INFO, endpoint=EP),
        Finding(code="CERT_EXPIRED", severity=Severity.ERROR, endpoint=other),
        Finding(code="WRONG_PORT", severity=Severity.ERROR, endpoint=EP),
        Finding(code="CERT_EXPIRING_SOON", severity=Severity.WARNING, endpoint=EP),
        Finding(code="CERT_EXPIRED", severity=Severity.ERROR, endpoint=EP),
        Finding(code="NO_GREETING", severity=Severity.ERROR, endpoint=EP),
        Finding(code="PLAIN_ON_TLS_PORT", severity=Severity.ERROR, endpoint=EP),
        Finding(code="HOST_NOT_FOUND", severity=Severity.ERROR, endpoint=EP),
    ]
    ordered = [(f.code, f.endpoint == EP) for f in order_findings(findings, EP)]
    assert ordered == [
        ("HOST_NOT_FOUND", True),
        ("NO_GREETING", True),
        ("PLAIN_ON_TLS_PORT", True),
        ("CERT_EXPIRED", True),
        ("CERT_EXPIRED", False),
        ("WRONG_PORT", True),
        ("CERT_EXPIRING_SOON", True),
        ("USE_IMPLICIT_TLS", True),
    ]


def test_recommend_prefers_implicit_tls_and_skips_port_25_and_plain_text() -> None:
    """RFC 8314 order; port 25 and plain text only when nothing better works."""

    def ok(protocol: Protocol, port: int, security: Security, tls: bool = True) -> ProbeResult:
        ep = Endpoint(protocol=protocol, host="h", port=port, security=security)
        facts = TlsFacts(version="TLSv1.3", cipher="X", verified=True) if tls else None
        return ProbeResult(
            endpoint=ep, outcome=Outcome.OK, stage=Stage.DONE, elapsed_ms=1, tls=facts
        )

    results = [
        ok(Protocol.POP3, 995, Security.TLS),
        ok(Protocol.IMAP, 143, Security.STARTTLS),
        ok(Protocol.IMAP, 143, Security.NONE, tls=False),
        ok(Protocol.IMAP, 993, Security.TLS),
        ok(Protocol.SMTP, 25, Security.STARTTLS),
        ok(Protocol.SMTP, 587, Security.STARTTLS),
    ]
    incoming = candidates(results, Direction.INCOMING)
    assert [(e.protocol, e.port) for e in incoming] == [
        (Protocol.IMAP, 993), (Protocol.POP3, 995), (Protocol.IMAP, 143)
    ]  # fmt: skip
    assert [e.port for e in candidates(results, Direction.OUTGOING)] == [587]
