"""Every SASL mechanism against the lab's real Dovecot and Postfix: CRAM-MD5, SCRAM-SHA-1,
SCRAM-SHA-256, OAUTHBEARER and XOAUTH2 (Dovecot's oauth2 passdb and a local introspection
endpoint), and a server that offers only a mechanism mailmedic cannot test."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from diagnostics import check
from diagnostics.findings.codes import Code
from diagnostics.model import AuthStatus, Credentials, Endpoint, Outcome, Protocol, Security
from tests.lab import Lab
from tests.test_auth import WRONG, check_options, login

I, P, S = Protocol.IMAP, Protocol.POP3, Protocol.SMTP
TLS = Security.TLS
USER = "alice@lab.test"


def password(lab: Lab, *, wrong: bool = False) -> Credentials:
    return Credentials(username=USER, password=WRONG if wrong else lab.users[USER])


def token(lab: Lab, *, wrong: bool = False) -> Credentials:
    value = "not-a-token-Zk3" if wrong else lab.oauth_tokens[USER]
    return Credentials(username=USER, password="", oauth_token=value)


@pytest.mark.parametrize(
    ("scenario", "protocol", "port", "mechanism"),
    [
        ("scram", I, 993, "SCRAM-SHA-256"),
        ("scram", P, 995, "SCRAM-SHA-256"),
        ("scram", S, 465, "SCRAM-SHA-256"),
        ("scram1", I, 993, "SCRAM-SHA-1"),
        ("scram1", P, 995, "SCRAM-SHA-1"),
        ("cram", I, 993, "CRAM-MD5"),
        ("cram", P, 995, "CRAM-MD5"),
        ("cram", S, 465, "CRAM-MD5"),
    ],
)
async def test_strongest_password_mechanism_logs_in(
    lab: Lab, scenario: str, protocol: Protocol, port: int, mechanism: str
) -> None:
    """The strongest mechanism offered is used, and the right password is accepted with it."""
    result = await login(lab, scenario, protocol, port, TLS, password(lab))
    assert result.outcome is Outcome.AUTH_OK, result.transcript
    assert [a.mechanism for a in result.auth_attempts] == [mechanism]


@pytest.mark.parametrize(
    ("scenario", "protocol", "port"),
    [("scram", I, 993), ("scram1", P, 995), ("cram", I, 993), ("cram", S, 465)],
)
async def test_wrong_password_is_refused_not_untestable(
    lab: Lab, scenario: str, protocol: Protocol, port: int
) -> None:
    """A wrong password over CRAM-MD5/SCRAM is AUTH_FAILED, as with PLAIN, and never sent."""
    result = await login(lab, scenario, protocol, port, TLS, password(lab, wrong=True))
    assert result.outcome is Outcome.AUTH_FAILED
    last = result.auth_attempts[-1]
    assert last.status is AuthStatus.REJECTED and last.code == Code.AUTH_FAILED.value
    assert not any(WRONG in line for line in result.transcript)


@pytest.mark.parametrize(
    ("scenario", "protocol", "port", "mechanism"),
    [
        ("scram", I, 993, "OAUTHBEARER"),
        ("scram", P, 995, "OAUTHBEARER"),
        ("scram", S, 465, "OAUTHBEARER"),
        ("scram1", I, 993, "XOAUTH2"),
        ("scram1", P, 995, "XOAUTH2"),
    ],
)
async def test_bearer_token_logs_in(
    lab: Lab, scenario: str, protocol: Protocol, port: int, mechanism: str
) -> None:
    """A valid token logs in through Dovecot's oauth2 passdb (OAUTHBEARER before XOAUTH2)."""
    result = await login(lab, scenario, protocol, port, TLS, token(lab))
    assert result.outcome is Outcome.AUTH_OK, result.transcript
    assert [a.mechanism for a in result.auth_attempts] == [mechanism]


@pytest.mark.parametrize(("scenario", "status"), [("scram", "invalid_token"), ("scram1", "401")])
async def test_bad_token_is_refused_with_the_servers_status(
    lab: Lab, scenario: str, status: str
) -> None:
    """A token the introspection endpoint calls inactive is refused; the error status is kept."""
    result = await login(lab, scenario, I, 993, TLS, token(lab, wrong=True))
    assert result.outcome is Outcome.AUTH_FAILED
    assert f"status {status}" in result.auth_attempts[-1].reply


async def test_token_without_oauth_on_the_server_is_untestable(lab: Lab) -> None:
    """A token for a server that only takes passwords: could not tell, nothing sent."""
    result = await login(lab, "cram", I, 993, TLS, token(lab))
    assert result.outcome is Outcome.AUTH_UNAVAILABLE
    assert result.facts["auth_code"] == Code.AUTH_MECHANISM_UNTESTABLE.value
    assert not result.auth_attempts


async def test_untestable_mechanism_is_could_not_tell(lab: Lab) -> None:
    """Only DIGEST-MD5 offered: AUTH_MECHANISM_UNTESTABLE and exit 3, never AUTH_NOT_OFFERED."""
    endpoint = Endpoint(protocol=I, host=lab.host("untestable"), port=993, security=TLS)
    report = await check(endpoint, check_options(lab, password(lab)))
    codes = [f.code for f in report.findings]
    assert Code.AUTH_MECHANISM_UNTESTABLE in codes
    assert Code.AUTH_NOT_OFFERED not in codes
    assert report.exit_code == 3
    finding = next(f for f in report.findings if f.code is Code.AUTH_MECHANISM_UNTESTABLE)
    assert "DIGEST-MD5" in finding.facts["mechanisms"]


async def test_pop3_with_only_digest_md5_and_no_user_gets_no_password(lab: Lab) -> None:
    """A POP3 server offering SASL DIGEST-MD5 and no USER (scripted: Dovecot always lists
    USER): no USER/PASS and no AUTH is sent; AUTH_MECHANISM_UNTESTABLE, exit 3."""
    endpoint = Endpoint(protocol=P, host=lab.host("pop3digest"), port=995, security=TLS)
    report = await check(endpoint, check_options(lab, password(lab)))
    probe = next(r for r in report.probes if r.endpoint == endpoint)
    sent = [line for line in probe.transcript if line.startswith("C: ")]
    assert sent == ["C: CAPA", "C: QUIT"], probe.transcript
    assert probe.facts["auth_code"] == Code.AUTH_MECHANISM_UNTESTABLE.value
    finding = next(f for f in report.findings if f.code is Code.AUTH_MECHANISM_UNTESTABLE)
    assert finding.facts["mechanisms"] == "DIGEST-MD5"
    assert report.exit_code == 3


async def test_dovecot_refusing_user_pass_as_a_mechanism_is_untestable(lab: Lab) -> None:
    """Dovecot with only DIGEST-MD5 lists USER, then answers PASS "Unsupported authentication
    mechanism": could not tell (exit 3), not "the password is wrong"."""
    endpoint = Endpoint(protocol=P, host=lab.host("untestable"), port=995, security=TLS)
    report = await check(endpoint, check_options(lab, password(lab)))
    codes = [f.code for f in report.findings]
    assert Code.AUTH_MECHANISM_UNTESTABLE in codes and Code.AUTH_FAILED not in codes
    finding = next(f for f in report.findings if f.code is Code.AUTH_MECHANISM_UNTESTABLE)
    assert "Unsupported authentication mechanism" in finding.facts["reply"]
    assert finding.facts["mechanisms"] == "DIGEST-MD5"
    assert report.exit_code == 3


def test_cli_reads_the_token_from_stdin_and_never_shows_it(lab: Lab) -> None:
    """`--oauth-token-stdin`: the login works and the token is in no output (JSON, verbose)."""
    secret = lab.oauth_tokens[USER]
    for extra in (["--json"], ["--verbose"]):
        done = subprocess.run(
            [
                sys.executable, "-m", "diagnostics", "check", "--protocol", "imap",
                "--host", lab.host("scram"), "--port", "993", "--security", "tls",
                "--user", USER, "--oauth-token-stdin", "--dns", lab.dns,
                "--cafile", lab.cafile, "--allow-private", *extra,
            ],
            input=secret + "\n", capture_output=True, text=True, timeout=60,
            env={**os.environ, "NO_COLOR": "1"},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert secret not in done.stdout + done.stderr
        if extra == ["--json"]:
            attempts = json.loads(done.stdout)["probes"][0]["auth"]
            assert [a["mechanism"] for a in attempts] == ["OAUTHBEARER"]


def test_cli_refuses_password_and_token_together() -> None:
    """Both secrets on one standard input cannot work: one line, exit 2."""
    done = subprocess.run(
        [
            sys.executable, "-m", "diagnostics", "check", "--protocol", "imap", "--host",
            "example.com", "--port", "993", "--security", "tls", "--user", "u",
            "--password-stdin", "--oauth-token-stdin",
        ],
        input="x\n", capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
