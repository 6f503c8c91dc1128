"""`diagnose` with a password: the login is tested on the recommended servers only."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from diagnostics.diagnosis import diagnose
from diagnostics.model import Credentials, Outcome, Report
from diagnostics.report import render_json, render_markdown, render_text
from diagnostics.runner import Options
from tests.lab import Lab
from tests.test_secrets import CANARY, leaks

MAILMEDIC = str(Path(sys.executable).with_name("mailmedic"))


@pytest.fixture(autouse=True)
def lab_ispdb(lab: Lab, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every diagnosis here asks the lab ISPDB, never Thunderbird's."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    yield


def options(lab: Lab, username: str, password: str) -> Options:
    credentials = Credentials(username=username, password=password)
    return Options(
        dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=10.0, credentials=credentials
    )


def logged_in(report: Report) -> list[tuple[str, int, str]]:
    return [
        (p.endpoint.protocol.value, p.endpoint.port, p.outcome.value)
        for p in report.probes
        if p.outcome in (Outcome.AUTH_OK, Outcome.AUTH_FAILED, Outcome.AUTH_UNAVAILABLE)
    ]


async def test_right_password_logs_in_on_the_recommended_servers(lab: Lab) -> None:
    """One login per direction, on the recommended IMAP and SMTP servers; no error."""
    user = "alice@lab.test"
    report = await diagnose("srv.lab.test", options(lab, user, lab.users[user]))
    assert sorted(logged_in(report)) == [("imap", 993, "auth_ok"), ("smtp", 465, "auth_ok")]
    assert not [f for f in report.findings if f.code.startswith("AUTH")]


async def test_wrong_password_is_auth_failed_and_only_there(lab: Lab) -> None:
    """A wrong password: AUTH_FAILED once; the host's other server is spared a second refusal."""
    user = "alice@lab.test"
    report = await diagnose("srv.lab.test", options(lab, user, "not-the-password"))
    tried = logged_in(report)
    assert len(tried) == 1 and tried[0][2] == "auth_failed", tried
    assert tried[0][:2] in (("imap", 993), ("smtp", 465))
    assert "AUTH_FAILED" in [f.code for f in report.findings]
    assert report.exit_code == 1


async def test_local_part_then_full_address(lab: Lab) -> None:
    """Only the local part given: the full address is tried second, and named in the fix."""
    user = "alice@lab.test"
    opts = options(lab, "alice", lab.users[user])
    opts = dataclasses.replace(
        opts,
        credentials=dataclasses.replace(opts.credentials, address_domain="lab.test"),  # type: ignore[arg-type]
    )
    report = await diagnose("srv.lab.test", opts)
    found = [f for f in report.findings if f.code == "AUTH_USERNAME_FORMAT"]
    assert found, [f.code for f in report.findings]
    assert report.recommended.incoming[0].username == user


@pytest.mark.parametrize("right", [True, False])
async def test_no_password_anywhere_in_diagnose(
    lab: Lab,
    right: bool,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """diagnose with a password, right or wrong: not in any output, JSON, transcript or log."""
    caplog.set_level(logging.DEBUG)
    user = "alice@lab.test"
    password = lab.users[user] if right else CANARY
    report = await diagnose("srv.lab.test", options(lab, user, password))
    said = [
        render_json(report),
        render_text(report, verbose=True),
        *render_markdown(report, verbose=True),
        repr(report),
    ]
    env = {**os.environ, "MAILMEDIC_ISPDB_URL": lab.ispdb_url, "NO_COLOR": "1"}
    env.pop("MAILMEDIC_PASSWORD", None)
    common = ["--dns", lab.dns, "--cafile", lab.cafile, "--allow-private", "--password-stdin"]
    for extra in (["--verbose"], ["--json"]):
        proc = await asyncio.create_subprocess_exec(
            MAILMEDIC, "diagnose", "srv.lab.test", "--user", user, *common, *extra,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=env,
        )  # fmt: skip
        out, err = await asyncio.wait_for(proc.communicate((password + "\n").encode()), 60)
        assert proc.returncode in (0, 1), err
        said += [out.decode(), err.decode()]
    text = "\n".join(said)
    assert "srv.lab.test" in text  # the outputs were really searched
    assert ("auth_ok" if right else "auth_failed") in text
    assert not leaks(text, password)
    logged = "\n".join(r.getMessage() + repr(r.args) for r in caplog.records)
    assert not leaks(logged, password)
