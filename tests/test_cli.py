"""The `mailmedic` command as a person runs it: a real process against the lab."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.lab import Lab

MAILMEDIC = str(Path(sys.executable).with_name("mailmedic"))


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("MAILMEDIC_")}
    full_env["NO_COLOR"] = "1"
    full_env.update(env or {})
    return subprocess.run(
        [MAILMEDIC, *args], capture_output=True, text=True, timeout=60, env=full_env, check=False
    )


def lab_args(lab: Lab, scenario: str, protocol: str, port: int, security: str) -> list[str]:
    host = lab.host(scenario) if "." not in scenario else scenario
    return [
        "check", "--protocol", protocol, "--host", host, "--port", str(port),
        "--security", security, "--dns", lab.dns, "--cafile", lab.cafile, "--allow-private",
    ]  # fmt: skip


def test_healthy_text_report(lab: Lab) -> None:
    """Exit 0; the verdict is the first line; every line fits 80 columns; settings block shown."""
    proc = run(*lab_args(lab, "healthy", "imap", 993, "tls"))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("OK")
    assert all(len(line) <= 80 for line in lines), max(lines, key=len)
    assert "SSL/TLS" in proc.stdout
    assert lab.host("healthy") in proc.stdout
    assert proc.stderr == ""  # no progress when stderr is not a terminal


def test_problem_exit_code_and_fix(lab: Lab) -> None:
    """Exit 1 for SSL/TLS on port 143, with the fix naming STARTTLS and the working port."""
    proc = run(*lab_args(lab, "healthy", "imap", 143, "tls"))
    assert proc.returncode == 1, proc.stderr
    first = proc.stdout.splitlines()[0]
    assert first.startswith("PROBLEM")
    assert "Fix" in proc.stdout and "STARTTLS" in proc.stdout


def test_json_report_schema(lab: Lab) -> None:
    """--json: schema 1, the typed settings first among probes, findings with catalog text."""
    proc = run(*lab_args(lab, "expired", "imap", 993, "tls"), "--json")
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    assert data["schema"] == 1 and data["kind"] == "check"
    assert data["probes"][0]["port"] == 993 and data["probes"][0]["outcome"] == "cert_invalid"
    assert data["probes"][0]["tls"]["verify_error"] == "expired"
    assert data["probes"][0]["tls"]["cert"]["not_after"].endswith("Z")
    first = data["findings"][0]
    assert first["code"] == "CERT_EXPIRED"
    assert first["title"] and first["fix"] and first["admin"]
    assert any(line.startswith("C: ") for line in data["probes"][0]["transcript"])


def test_verbose_shows_transcript_and_certificate(lab: Lab) -> None:
    """--verbose adds the dialogue and the certificate facts."""
    proc = run(*lab_args(lab, "healthy", "smtp", 587, "starttls"), "--verbose")
    assert proc.returncode == 0, proc.stdout
    assert "C: STARTTLS" in proc.stdout
    assert "S: 220" in proc.stdout
    assert "TLSv1.3" in proc.stdout or "TLSv1.2" in proc.stdout


def test_progress_on_stderr(lab: Lab) -> None:
    """--progress prints one line per probe on stderr, and nothing else changes on stdout."""
    proc = run(*lab_args(lab, "healthy", "pop3", 995, "tls"), "--progress")
    assert proc.returncode == 0
    progress = proc.stderr.splitlines()
    assert len(progress) == 11
    assert progress[-1].startswith("[11/11]")


def test_idn_host_is_converted(lab: Lab) -> None:
    """An IDN host is tested under its ASCII form (the certificate names that form)."""
    proc = run(*lab_args(lab, "bücher.lab.test", "imap", 993, "tls"), "--json")
    assert proc.returncode == 0, proc.stdout
    assert json.loads(proc.stdout)["target"] == "xn--bcher-kva.lab.test"


def test_deadline_still_prints_report(lab: Lab) -> None:
    """A one-second deadline on a filtered port: the report comes anyway, promptly."""
    started = time.monotonic()
    proc = run(*lab_args(lab, "filtered", "imap", 993, "tls"), "--timeout", "1", "--json")
    assert time.monotonic() - started < 10
    data = json.loads(proc.stdout)
    assert data["findings"][0]["code"] == "PORT_FILTERED"
    assert proc.returncode == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--host", "", "--port", "993", "--protocol", "imap", "--security", "tls"], "empty"),
        (["--host", "a..b", "--port", "993", "--protocol", "imap", "--security", "tls"], "label"),
        (
            [
                "--host",
                "x" * 64 + ".com",
                "--port",
                "993",
                "--protocol",
                "imap",
                "--security",
                "tls",
            ],
            "63",
        ),
        (
            [
                "--host",
                "mail.example.com",
                "--port",
                "0",
                "--protocol",
                "imap",
                "--security",
                "tls",
            ],
            "1-65535",
        ),
        (
            [
                "--host",
                "mail.example.com",
                "--port",
                "70000",
                "--protocol",
                "imap",
                "--security",
                "tls",
            ],
            "1-65535",
        ),
        (
            [
                "--host",
                "mail.example.com",
                "--port",
                "993",
                "--protocol",
                "http",
                "--security",
                "tls",
            ],
            "protocol",
        ),
        (
            [
                "--host",
                "mail.example.com",
                "--port",
                "993",
                "--protocol",
                "imap",
                "--security",
                "tls13",
            ],
            "security",
        ),
        (
            [
                "--host",
                "mail.example.com",
                "--port",
                "993",
                "--protocol",
                "imap",
                "--security",
                "tls",
                "--dns",
                "resolver.example",
            ],
            "--dns",
        ),
        (["--host", "mail.example.com", "--port", "993", "--protocol", "imap"], "security"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], message: str) -> None:
    """Bad input: exit 2, one line on stderr naming the problem, no traceback, nothing on stdout."""
    proc = run("check", *args)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert message in lines[0]
    assert "Traceback" not in proc.stderr


def test_private_target_refused_without_lab_switch(lab: Lab) -> None:
    """A name resolving to loopback is refused (exit 2) unless --allow-private is given."""
    args = lab_args(lab, "healthy", "imap", 993, "tls")
    args.remove("--allow-private")
    proc = run(*args)
    assert proc.returncode == 2
    assert "loopback" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_non_mail_port_refused_without_lab_switch(lab: Lab) -> None:
    """Port 22 is not a mail port: refused, so the tool can't be used as a port scanner."""
    args = lab_args(lab, "healthy", "imap", 22, "none")
    args.remove("--allow-private")
    proc = run(*args)
    assert proc.returncode == 2
    assert "not a mail port" in proc.stderr


def test_environment_configuration(lab: Lab) -> None:
    """MAILMEDIC_DNS, MAILMEDIC_CAFILE and MAILMEDIC_ALLOW_PRIVATE stand in for the flags."""
    env = {"MAILMEDIC_DNS": lab.dns, "MAILMEDIC_CAFILE": lab.cafile, "MAILMEDIC_ALLOW_PRIVATE": "1"}
    proc = run(
        "check", "--protocol", "imap", "--host", lab.host("healthy"), "--port", "993",
        "--security", "tls", env=env,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_diagnostics_does_not_import_discord() -> None:
    """The library and the CLI never import discord.py (start-up cost, layering)."""
    code = (
        "import sys, diagnostics, diagnostics.cli, diagnostics.runner; "
        "print('discord' in sys.modules)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "False"


def test_cafile_that_is_not_pem_is_bad_input(tmp_path: Path) -> None:
    """A --cafile that exists but holds no certificate: one line, exit 2, no traceback."""
    bogus = tmp_path / "ca.pem"
    bogus.write_text("not a certificate\n")
    proc = run(
        "check", "--protocol", "imap", "--host", "mail.example.com", "--port", "993",
        "--security", "tls", "--cafile", str(bogus),
    )  # fmt: skip
    assert proc.returncode == 2
    assert "not a PEM file" in proc.stderr and "Traceback" not in proc.stderr


def test_password_bytes_that_are_not_utf8_are_bad_input(lab: Lab) -> None:
    """A password read under LC_ALL=C with a non-UTF-8 byte: one line, exit 2, not echoed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILMEDIC_")}
    env.update(LC_ALL="C", LANG="C", PYTHONUTF8="0", NO_COLOR="1")
    proc = subprocess.run(
        [MAILMEDIC, *lab_args(lab, "healthy", "imap", 993, "tls"), "--user", "alice",
         "--password-stdin"],
        input=b"p\xffw\n", capture_output=True, timeout=60, env=env, check=False,
    )  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    err = proc.stderr.decode("utf-8", "replace")
    assert len(err.strip().splitlines()) == 1 and "UTF-8" in err


def test_version_from_package_metadata() -> None:
    """`mailmedic --version`: the installed package's version, exit 0."""
    from importlib.metadata import version

    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout == f"mailmedic {version('mailmedic')}\n"


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["explain", "--bogus\n\x1b[31mred"], "\\x0a\\x1b[31mred"),
        (["diagnose", "example.test", "extra\x1b]0;title\x07"], "\\x1b]0;title\\x07"),
        (["no-such\x1b[2J"], "invalid choice"),
        ([], "give a command"),
    ],
)
def test_argparse_errors_are_one_escaped_line(args: list[str], says: str) -> None:
    """argparse's own errors: one line on stderr, control characters escaped, exit 2."""
    proc = run(*args)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and proc.stderr[:-1].isprintable(), proc.stderr
    assert says in proc.stderr


@pytest.mark.parametrize("dns", ["[::1", "[::1]x", "[::1]:", "[::1]:70000", "::1]", "127.0.0.1:5²"])
def test_malformed_dns_server_is_refused(dns: str) -> None:
    """--dns with an unclosed or trailing-garbage IPv6 form: one line, exit 2, nothing run."""
    proc = run("diagnose", "example.test", "--dns", dns)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr
    assert proc.stderr.startswith("mailmedic: --dns")


@pytest.mark.parametrize("command", ["check", "diagnose"])
def test_empty_user_is_refused_not_replaced(command: str) -> None:
    """An explicit empty --user is bad input, never silently replaced by the address."""
    target = (
        ["check", "--protocol", "imap", "--host", "a.example", "--port", "993", "--security", "tls"]
        if command == "check"
        else ["diagnose", "alice@example.test"]
    )
    for user in ("", "  "):
        proc = run(*target, "--user", user, env={"MAILMEDIC_PASSWORD": "pw-123"})
        assert proc.returncode == 2, proc.stdout
        assert (
            proc.stderr == "mailmedic: --user is empty: give the username typed into the mail app\n"
        )


async def test_silent_after_greeting_reads_right() -> None:
    """A server that greets and never answers CAPABILITY: "no answer to CAPABILITY within"."""
    import asyncio

    from diagnostics import Options, check
    from diagnostics.model import Endpoint, Protocol, Security

    async def greet_then_hush(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"* OK ready\r\n")
        await writer.drain()
        await reader.read()  # until the client gives up

    server = await asyncio.start_server(greet_then_hush, "127.0.40.7", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        endpoint = Endpoint(
            protocol=Protocol.IMAP, host="127.0.40.7", port=port, security=Security.NONE
        )
        report = await check(endpoint, Options(allow_private=True, timeout=2.0, dns="127.0.0.1:9"))
    detail = report.probes[0].detail or ""
    assert detail.startswith("no answer to CAPABILITY within "), detail
