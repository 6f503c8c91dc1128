"""The message catalogs say in English exactly what the old Python catalog said (issue 13).

Kept until the old catalog (tools/legacy_catalog.py, the source tools/catalog_to_pot.py read) is
gone: every code with no facts, with an endpoint, with full facts, and every finding the lab's
scenarios produce, rendered by both, byte for byte. The known differences are deliberate: a count
of 1 now reads "1 second"/"after 1 day" (plural forms) where the old said "1 seconds".
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

import pytest

from diagnostics.findings import catalog
from diagnostics.findings.codes import Code, severity_of
from diagnostics.model import Endpoint, Finding, Protocol, Report, Security, Severity
from diagnostics.options import Options
from diagnostics.runner import check
from tests.lab import Lab
from tests.test_catalog import FULL_FACTS
from tools import legacy_catalog

ENDPOINTS = [
    Endpoint(protocol=Protocol.IMAP, host="mail.example.com", port=143, security=Security.TLS),
    Endpoint(protocol=Protocol.POP3, host="pop.example.com", port=995, security=Security.TLS),
    Endpoint(
        protocol=Protocol.SMTP,
        host="smtp.example.com",
        port=25,
        security=Security.NONE,
        username="jane@example.com",
    ),
]
# Fact values that pick other alternatives and derived words.
VARIANTS: list[dict[str, Any]] = [
    {},
    FULL_FACTS,
    {**FULL_FACTS, "reason": "timeout", "source": "srv", "stage": "auth", "direction": "outgoing"},
    {**FULL_FACTS, "reason": "refused", "source": "ispdb", "problem": "document", "days_left": 0},
    {**FULL_FACTS, "reason": "login_limit", "problem": "nxdomain", "found": "HTTP"},
    {**FULL_FACTS, "reason": "certificate", "problem": "timeout", "source": "mx", "chosen": True},
    {**FULL_FACTS, "password_sent": True, "protocols": ["imap", "pop3"], "direction": "incoming"},
    {**FULL_FACTS, "right_security": "none", "sources": "ispdb, guess, user, mx"},
    {
        "expire_days": 0,
        "expire_text": "once downloaded",
        "delay_minutes": 15,
        "used_size": "1.9 GB",
        "limit_size": "2 GB",
    },
    {"expire_days": 7, "expire_text": "after 7 days", "timeout_s": 2.5, "no_alternative": True},
    {
        "changes": [
            {"field": "server", "typed": "a", "value": "imap.example.org"},
            {"field": "port", "typed": "143", "value": "993"},
        ],
        "right_reason": "published",
    },
    {"changes": [{"field": "security", "typed": "SSL/TLS", "value": "none"}]},
    {"changes": [{"field": "protocol", "value": "pop3"}, {"field": "username", "value": "j"}]},
    # Fact-selected variants (issue 11) and PACC (issue 12).
    {"credential": "token"},
    {**FULL_FACTS, "credential": "token"},
    {"inactivity_minutes": 10},
    {**FULL_FACTS, "inactivity_minutes": 10, "credential": "password"},
    {**FULL_FACTS, "inactivity_minutes": 10, "credential": "token", "no_alternative": True},
    {
        **FULL_FACTS,
        "source": "pacc",
        "problem": "document",
        "sources": "pacc, srv",
        "published_record": "_ua-auto-config.example.com",
        "expected_record": "v=UAAC1; a=sha256; d=abc",
    },
    {"source": "pacc", "missing_record": "_ua-auto-config.example.com", "expected_record": "x"},
]


def _same(finding: Finding) -> None:
    old, new = legacy_catalog.describe(finding), catalog.describe(finding)
    for field in ("title", "explanation", "fix", "admin"):
        assert getattr(new, field) == getattr(old, field), (finding.code, field, finding.facts)


@pytest.mark.parametrize("code", list(Code))
def test_every_code_renders_as_before(code: Code) -> None:
    """Every code, with every fact variant and endpoint, reads as the old catalog wrote it."""
    for facts in VARIANTS:
        for endpoint in (None, *ENDPOINTS):
            _same(Finding(code=code, severity=severity_of(code), endpoint=endpoint, facts=facts))


def test_counts_have_plural_forms() -> None:
    """The deliberate change: one second, one day (the old catalog said "1 seconds")."""
    finding = Finding(
        code=Code.PORT_FILTERED,
        severity=severity_of(Code.PORT_FILTERED),
        endpoint=ENDPOINTS[0],
        facts={"timeout_s": 1, "address": "192.0.2.1"},
    )
    assert "for 1 second and" in catalog.describe(finding).explanation
    assert "for 1 seconds and" in legacy_catalog.describe(finding).explanation


def test_summaries_render_as_before() -> None:
    """The check verdict and the unknown verdict read as the old catalog wrote them."""
    user = ENDPOINTS[0]
    tops: list[Finding | None] = [None]
    for top_code in (Code.CERT_EXPIRED, Code.TLS_ON_PLAIN_PORT, Code.AUTH_FAILED, Code.NO_PUSH):
        tops.append(Finding(code=top_code, severity=severity_of(top_code)))
    token = {"credential": "token"}
    tops.append(Finding(code=Code.AUTH_FAILED, severity=Severity.ERROR, facts=token))
    tops.append(
        Finding(code=Code.NO_PUSH, severity=Severity.INFO, facts={"inactivity_minutes": 10})
    )
    for top in tops:
        for works in (True, False):
            for alternative in (None, user, replace(user, port=993), ENDPOINTS[1]):
                kw: dict[str, Any] = dict(
                    user=user, user_works=works, top=top, alternative=alternative
                )
                assert catalog.summarize_check(**kw) == legacy_catalog.summarize_check(**kw)
    for reason in ("", "our DNS server is broken", "done."):
        assert catalog.summarize_unknown(reason) == legacy_catalog.summarize_unknown(reason)


async def _reports(lab: Lab) -> list[Report]:
    options = Options(dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=6.0)
    users = [
        Endpoint(protocol=p, host=lab.host(s), port=port, security=sec, username="jane")
        for s in lab.addresses
        for p, port, sec in (
            (Protocol.IMAP, 993, Security.TLS),
            (Protocol.IMAP, 143, Security.TLS),
            (Protocol.SMTP, 587, Security.STARTTLS),
        )
    ]
    gate = asyncio.Semaphore(8)

    async def one(user: Endpoint) -> Report:
        async with gate:
            return await check(user, options)

    return list(await asyncio.gather(*(one(u) for u in users)))


async def test_lab_findings_render_as_before(lab: Lab) -> None:
    """Every finding of a check of every lab scenario reads as the old catalog wrote it."""
    reports = await _reports(lab)
    findings = [f for r in reports for f in r.findings]
    assert len({f.code for f in findings}) >= 10  # the lab gives many kinds of finding
    for finding in findings:
        _same(finding)
