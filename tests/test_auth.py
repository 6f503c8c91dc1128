"""The login test against the lab's real Dovecot and Postfix: mechanisms, classification, limits."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from diagnostics import Options, check
from diagnostics.findings import catalog
from diagnostics.findings.auth import classify_auth_reply
from diagnostics.model import (
    AuthStatus,
    Credentials,
    Endpoint,
    Outcome,
    ProbeResult,
    Protocol,
    Report,
    Security,
)
from diagnostics.probes import ProbeContext, probe
from diagnostics.probes.base import AuthGate
from diagnostics.report import render_text
from diagnostics.sweep import standard_endpoints, sweep
from tests.lab import Lab
from tests.test_probes import make_ctx

I, P, S = Protocol.IMAP, Protocol.POP3, Protocol.SMTP
NONE, STARTTLS, TLS = Security.NONE, Security.STARTTLS, Security.TLS
WRONG = "not-the-password-7Qx"


def creds(lab: Lab, user: str = "alice@lab.test", *, wrong: bool = False) -> Credentials:
    password = WRONG if wrong else lab.users.get(user) or lab.users["alice@lab.test"]
    return Credentials(username=user, password=password, address_domain=lab.domain)


def login_ctx(lab: Lab, credentials: Credentials, *, plaintext: bool = False) -> ProbeContext:
    base = make_ctx(lab)
    return ProbeContext(
        resolver=base.resolver,
        tls=base.tls,
        policy=base.policy,
        timeouts=base.timeouts,
        credentials=credentials,
        allow_plaintext_auth=plaintext,
        auth_gate=AuthGate(),
    )


async def login(
    lab: Lab,
    scenario: str,
    protocol: Protocol,
    port: int,
    security: Security,
    credentials: Credentials,
    *,
    plaintext: bool = False,
) -> ProbeResult:
    endpoint = Endpoint(protocol=protocol, host=lab.host(scenario), port=port, security=security)
    return await probe(endpoint, login_ctx(lab, credentials, plaintext=plaintext))


def check_options(lab: Lab, credentials: Credentials, *, plaintext: bool = False) -> Options:
    return Options(
        dns=lab.dns,
        cafile=lab.cafile,
        allow_private=True,
        timeout=12.0,
        credentials=credentials,
        allow_plaintext_auth=plaintext,
    )


async def run_check(
    lab: Lab,
    scenario: str,
    protocol: Protocol,
    port: int,
    security: Security,
    credentials: Credentials,
    *,
    plaintext: bool = False,
) -> Report:
    endpoint = Endpoint(
        protocol=protocol,
        host=lab.host(scenario),
        port=port,
        security=security,
        username=credentials.username,
    )
    return await check(endpoint, check_options(lab, credentials, plaintext=plaintext))


def codes(report: Report) -> list[str]:
    return [f.code for f in report.findings]


ENCRYPTED = [
    (I, 993, TLS),
    (I, 143, STARTTLS),
    (P, 995, TLS),
    (P, 110, STARTTLS),
    (S, 465, TLS),
    (S, 587, STARTTLS),
]


@pytest.mark.parametrize(("protocol", "port", "security"), ENCRYPTED)
async def test_right_password_logs_in(lab: Lab, protocol, port, security) -> None:
    """The right password over TLS logs in on every protocol, in one attempt, masked."""
    c = creds(lab)
    result = await login(lab, "healthy", protocol, port, security, c)
    assert result.outcome is Outcome.AUTH_OK, (result.detail, result.transcript)
    assert [a.status for a in result.auth_attempts] == [AuthStatus.OK]
    assert result.auth_attempts[0].mechanism == "PLAIN"
    assert result.auth_attempts[0].encrypted
    assert any("****" in line for line in result.transcript)
    assert not any(c.password in line for line in result.transcript)


@pytest.mark.parametrize(
    ("protocol", "port", "security", "entry"),
    [
        (I, 993, TLS, "dovecot-auth-failed-imap"),
        (P, 995, TLS, "dovecot-auth-failed-pop3"),
        (S, 587, STARTTLS, "postfix-auth-failed"),
    ],
)
async def test_wrong_password_is_classified(lab: Lab, protocol, port, security, entry) -> None:
    """A wrong password: the real server's text is recognised as AUTH_FAILED, one attempt."""
    result = await login(lab, "healthy", protocol, port, security, creds(lab, wrong=True))
    assert result.outcome is Outcome.AUTH_FAILED
    assert len(result.auth_attempts) == 1
    attempt = result.auth_attempts[0]
    assert (attempt.code, attempt.match) == ("AUTH_FAILED", entry)


async def test_local_part_then_full_address(lab: Lab) -> None:
    """`alice` fails, `alice@lab.test` works: two attempts, AUTH_USERNAME_FORMAT names the fix."""
    report = await run_check(lab, "healthy", I, 993, TLS, creds(lab, "alice"))
    mine = report.probes[0]
    assert [a.username for a in mine.auth_attempts] == ["alice", "alice@lab.test"]
    assert mine.outcome is Outcome.AUTH_OK
    assert codes(report)[0] == "AUTH_USERNAME_FORMAT"
    fix = catalog.describe(report.findings[0]).fix
    assert "User Name" in fix and "alice@lab.test" in fix


async def test_wrong_password_at_most_two_attempts(lab: Lab) -> None:
    """A local part with a wrong password: two attempts, then AUTH_FAILED naming both names."""
    report = await run_check(lab, "healthy", P, 995, TLS, creds(lab, "bob", wrong=True))
    mine = report.probes[0]
    assert len(mine.auth_attempts) == 2
    assert codes(report)[0] == "AUTH_FAILED"
    assert report.findings[0].facts["tried"] == "bob, bob@lab.test"
    details = render_text(report, verbose=True).split("\n")
    logins = [line.split(None, 1)[1] for line in details if line.strip().startswith("Login:")]
    assert logins == [
        "bob (PLAIN) rejected: -ERR [AUTH] Authentication failed.",
        "bob@lab.test (PLAIN) rejected: -ERR [AUTH] Authentication failed.",
    ]


async def test_sweep_never_exceeds_two_attempts_per_host(lab: Lab) -> None:
    """Every standard endpoint probed with a wrong password: two attempts in all, then none."""
    ctx = login_ctx(lab, creds(lab, "bob", wrong=True))
    results = await sweep(standard_endpoints(lab.host("healthy")), ctx)
    attempts = [a for r in results for a in r.auth_attempts]
    assert len(attempts) == 2
    skipped = [r for r in results if r.facts.get("auth_not_tried") == "tested_elsewhere"]
    assert skipped


async def test_logindisabled_is_said_before_any_password(lab: Lab) -> None:
    """IMAP 143 with security None: LOGINDISABLED → PLAINTEXT_AUTH_DISABLED, nothing sent."""
    report = await run_check(lab, "healthy", I, 143, NONE, creds(lab))
    mine = report.probes[0]
    assert mine.auth_attempts == ()
    assert mine.outcome is Outcome.AUTH_UNAVAILABLE
    assert "PLAINTEXT_AUTH_DISABLED" in codes(report)
    assert report.findings[0].code == "PLAINTEXT_AUTH_DISABLED"
    assert catalog.describe(report.findings[0]).fix.startswith("Set Incoming server security")


async def test_smtp_auth_only_after_starttls(lab: Lab) -> None:
    """Postfix 587 with security None: AUTH hidden until STARTTLS → PLAINTEXT_AUTH_DISABLED."""
    report = await run_check(lab, "healthy", S, 587, NONE, creds(lab))
    assert report.probes[0].auth_attempts == ()
    assert report.findings[0].code == "PLAINTEXT_AUTH_DISABLED"


async def test_no_password_over_plain_text_without_the_flag(lab: Lab) -> None:
    """notls IMAP 143 offers LOGIN in clear: without the flag nothing is sent."""
    result = await login(lab, "notls", I, 143, NONE, creds(lab))
    assert result.auth_attempts == ()
    assert result.facts["auth_not_tried"] == "unencrypted"
    assert not any("LOGIN" in line and line.startswith("C:") for line in result.transcript)


async def test_plain_text_login_with_the_flag_warns(lab: Lab) -> None:
    """With --allow-plaintext-auth the login works in clear and the report says so."""
    report = await run_check(lab, "notls", I, 143, NONE, creds(lab), plaintext=True)
    mine = report.probes[0]
    assert mine.outcome is Outcome.AUTH_OK
    assert not mine.auth_attempts[0].encrypted
    warning = next(f for f in report.findings if f.facts.get("password_sent"))
    assert warning.code == "INSECURE_PLAINTEXT"
    assert "change" in catalog.describe(warning).explanation.lower()


async def test_wrong_settings_still_test_the_password(lab: Lab) -> None:
    """SSL/TLS on 143 fails; the login is tested on the working alternative and reported."""
    report = await run_check(lab, "healthy", I, 143, TLS, creds(lab, wrong=True))
    assert codes(report)[:2] == ["TLS_ON_PLAIN_PORT", "AUTH_FAILED"]
    # One statement per fact: the settings finding is folded into its root cause.
    assert report.findings[0].facts["consequences"] == ["WRONG_SECURITY_FOR_PORT"]
    tested = [p for p in report.probes if p.auth_attempts]
    assert len(tested) == 1 and tested[0].endpoint != report.user_endpoint


async def test_certificate_problem_keeps_the_password(lab: Lab) -> None:
    """An expired certificate: no password is sent, not even on the unverified second pass."""
    result = await login(lab, "expired", I, 993, TLS, creds(lab))
    assert result.outcome is Outcome.CERT_INVALID
    assert result.auth_attempts == ()


# --- real texts from the real servers -------------------------------------------------------


def _final(line: bytes) -> bool:
    """The last line of a reply: not untagged IMAP (`* `), not an SMTP continuation (`250-`)."""
    return not line.startswith(b"* ") and not (line[:3].isdigit() and line[3:4] == b"-")


async def _raw(address: str, port: int, lines: list[bytes]) -> str:
    """Send `lines` one by one and return everything the server said (a raw client)."""
    reader, writer = await asyncio.open_connection(address, port)
    said = [await asyncio.wait_for(reader.readline(), 5)]
    for line in lines:
        writer.write(line + b"\r\n")
        await writer.drain()
        while True:
            said.append(await asyncio.wait_for(reader.readline(), 5))
            if _final(said[-1]) or not said[-1]:
                break
    writer.close()
    return b"".join(said).decode()


async def test_real_dovecot_privacyrequired_text(lab: Lab) -> None:
    """Dovecot's answer to a password in clear is the data file's text, PLAINTEXT_AUTH_DISABLED."""
    plain = base64.b64encode(b"\0alice@lab.test\0x").decode()
    said = await _raw(lab.address("healthy"), 143, [f"a1 AUTHENTICATE PLAIN {plain}".encode()])
    assert "Plaintext authentication" in said
    verdict = classify_auth_reply(said, protocol="imap")
    assert verdict.code.value == "PLAINTEXT_AUTH_DISABLED"


async def test_real_dovecot_pop3_plaintext_text(lab: Lab) -> None:
    """Dovecot POP3's `-ERR [AUTH] Plaintext authentication disallowed ...` is recognised."""
    said = await _raw(lab.address("healthy"), 110, [b"USER alice@lab.test"])
    assert "-ERR" in said
    verdict = classify_auth_reply(said.splitlines()[-1], protocol="pop3")
    assert verdict.entry is not None
    assert verdict.entry.id == "dovecot-plaintext-disallowed-pop3"


async def test_real_postfix_starttls_first_text(lab: Lab) -> None:
    """Postfix 587 of tlsrequired answers AUTH before STARTTLS with 530 5.7.0: recognised."""
    said = await _raw(
        lab.address("tlsrequired"), 587, [b"EHLO test.invalid", b"AUTH PLAIN AGEAYg=="]
    )
    last = said.strip().splitlines()[-1]
    assert last.startswith("530")
    verdict = classify_auth_reply(last, protocol="smtp")
    assert verdict.entry is not None and verdict.entry.id == "postfix-starttls-first"


async def test_real_postfix_relay_denied_text(lab: Lab) -> None:
    """Postfix 25 refuses to relay for a client that did not log in: AUTH_NOT_OFFERED's text."""
    said = await _raw(
        lab.address("healthy"),
        25,
        [b"HELO test.invalid", b"MAIL FROM:<a@lab.test>", b"RCPT TO:<friend@example.org>"],
    )
    last = said.strip().splitlines()[-1]
    verdict = classify_auth_reply(last, protocol="smtp")
    assert verdict.entry is not None and verdict.entry.id == "postfix-relay-denied", last


def test_cli_password_from_stdin(lab: Lab) -> None:
    """`mailmedic check --user U --password-stdin`: the login works, exit 0, auth in the JSON."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILMEDIC_")}
    args = [
        str(Path(sys.executable).with_name("mailmedic")), "check", "--protocol", "imap",
        "--host", lab.host("healthy"), "--port", "993", "--security", "tls",
        "--user", "alice@lab.test", "--password-stdin", "--json",
        "--dns", lab.dns, "--cafile", lab.cafile, "--allow-private",
    ]  # fmt: skip
    proc = subprocess.run(
        args,
        input=lab.users["alice@lab.test"] + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    data = json.loads(proc.stdout)
    assert data["probes"][0]["outcome"] == "auth_ok"
    assert data["probes"][0]["auth"][0]["status"] == "ok"
    assert lab.users["alice@lab.test"] not in proc.stdout + proc.stderr
