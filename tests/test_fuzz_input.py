"""Fuzzed input: the CLI's argument handling and the bot's option parsing never crash.

The CLI runs in process on random argv (control characters, escape sequences, lone surrogates,
odd hosts, ports and --dns values): it either refuses with exit 2 and exactly one printable line
on stderr, or runs normally (a report on stdout, exit 0, 1 or 3) — never a traceback. Normal runs
stay on loopback: every DNS query goes to the lab's server (lab names only), the ISPDB is the
lab's, and no token may name an address outside 127.0.0.0/8 or ::1.
"""

from __future__ import annotations

import contextlib
import io
import ipaddress
import os
import sys
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bot.extract import PORT_PROTOCOL, extract
from bot.flow import login_endpoint
from diagnostics.cli import main
from diagnostics.diagnosis import parse_target
from diagnostics.model import Endpoint
from diagnostics.policy import InvalidTarget, validate_host, validate_port
from tests.lab import Lab

HOSTILE = ["\n", "\r", "\x1b[2J", "\x1b]0;pwned\x07", "\x00", "\udcff", "\u202e", "\t", " "]
ODD_VALUES = [
    "", " ", "-", "--", "[::1", "[::1]x", "[::1]:", "::1", "[::1]:99999", "127.0.0.1:0",
    "127.0.0.1:65536", "127.0.0.1:x", "127.0.0.53", "0", "-1", "65536", "993", "1e3", "nan",
    "inf", "١٢٣", "a..b", ".", "xn--", "xn--zz", "a" * 64 + ".test", "ä.test", "host:993",
    "imap", "pop3", "smtp", "tls", "starttls", "none", "SSL/TLS", "bob@", "@x.test",
    "alice@healthy.lab.test", "healthy.lab.test", "nosuch.lab.test",
]  # fmt: skip
FLAGS = [
    "check", "diagnose", "explain", "--protocol", "--host", "--port", "--security", "--user",
    "--dns", "--timeout", "--cafile", "--json", "--verbose", "--allow-private",
    "--password-stdin", "--allow-plaintext-auth", "--progress", "--help", "--version", "-v",
]  # fmt: skip

text = st.lists(st.characters() | st.sampled_from(HOSTILE), max_size=12).map("".join)
token = st.one_of(st.sampled_from(FLAGS), st.sampled_from(ODD_VALUES), text)


def outside_loopback(value: str) -> bool:
    """True when the token names an IP address outside loopback (a host, a --dns server)."""
    candidates = {value, value.strip(), value.strip().strip("[]")}
    candidates |= {c.rsplit(":", 1)[0] for c in list(candidates) if c.count(":") == 1}
    candidates |= {c[1:].partition("]")[0] for c in list(candidates) if c.startswith("[")}
    for candidate in candidates:
        try:
            address = ipaddress.ip_address(candidate)
        except ValueError:
            continue
        if not address.is_loopback:
            return True
    return False


argvs = st.lists(token, max_size=10).filter(lambda a: not any(outside_loopback(t) for t in a))


@pytest.fixture(scope="module")
def lab_environment(lab: Lab) -> Iterator[list[str]]:
    """No MAILMEDIC_* settings but the lab's ISPDB; the options every fuzzed run starts with."""
    saved = dict(os.environ)
    for key in [k for k in os.environ if k.startswith("MAILMEDIC_")]:
        del os.environ[key]
    os.environ["MAILMEDIC_ISPDB_URL"] = lab.ispdb_url
    try:
        yield ["--dns", lab.dns, "--timeout", "1"]
    finally:
        os.environ.clear()
        os.environ.update(saved)


def run_main(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    stdin = sys.stdin
    sys.stdin = io.StringIO("")  # --password-stdin reads an empty input
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exc:  # argparse: --help, --version, usage errors
                code = exc.code if isinstance(exc.code, int) else 2
    finally:
        sys.stdin = stdin
    return code, out.getvalue(), err.getvalue()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(command=st.sampled_from(["check", "diagnose", "explain", ""]) | text, rest=argvs)
def test_cli_argv_never_crashes(lab_environment: list[str], command: str, rest: list[str]) -> None:
    """Random argv: exit 2 with exactly one printable stderr line, or a normal run."""
    forced = lab_environment if command in ("check", "diagnose") else []
    argv = [command, *forced, *rest] if command else rest
    code, out, err = run_main(argv)
    assert "Traceback" not in err
    if code == 2:
        assert err.count("\n") == 1 and err.endswith("\n"), (argv, err)
        assert err[:-1].isprintable(), (argv, err)
        assert err.startswith("mailmedic: ")
    else:
        assert code in (0, 1, 3), (argv, code, err)
        assert out.strip(), (argv, err)  # a report, the help or the version


def safe(values: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return values.filter(lambda v: not outside_loopback(v))


odd = safe(st.sampled_from(ODD_VALUES) | text)


def mostly(valid: st.SearchStrategy[str | None]) -> st.SearchStrategy[str | None]:
    """A valid value three times in four, else an odd one: most commands get to run."""
    choose = st.sampled_from([True, True, True, False])
    return st.tuples(choose, valid, odd).map(lambda t: t[1] if t[0] else t[2])


lab_names = st.sampled_from(["healthy.lab.test", "nosuch.lab.test", "127.0.0.1", "::1", "[::1]"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(
    command=st.sampled_from(["check", "diagnose"]),
    protocol=mostly(st.sampled_from(["imap", "pop3", "smtp"])),
    host=mostly(lab_names),
    port=mostly(st.sampled_from(["993", "587", "110"])),
    security=mostly(st.sampled_from(["tls", "starttls", "none"])),
    dns=mostly(st.none()),
    flags=st.lists(st.sampled_from(["--json", "--verbose", "--progress"])),
    private=st.booleans(),
)
def test_cli_odd_values_never_crash(
    lab_environment: list[str],
    command: str,
    protocol: str,
    host: str,
    port: str,
    security: str,
    dns: str | None,
    flags: list[str],
    private: bool,
) -> None:
    """Well-formed commands with odd values (hosts, ports, --dns): exit 2 in one line, or a
    report; many of these really run against the lab."""
    if command == "check":
        argv = ["check", "--protocol", protocol, "--host", host, "--port", port,
                "--security", security]  # fmt: skip
    else:
        argv = ["diagnose", host, "--protocol", protocol]
    argv += [*lab_environment, *flags, *(["--dns", dns] if dns is not None else [])]
    argv += ["--allow-private"] if private else []
    code, out, err = run_main(argv)
    event(f"exit {code}")
    assert "Traceback" not in err
    if code == 2:
        # With --progress, the progress lines of what ran before the refusal come first.
        progress = "--progress" in flags
        errors = [
            line for line in err.splitlines() if not progress or line.startswith("mailmedic:")
        ]
        assert len(errors) == 1 and errors[0].isprintable(), (argv, err)
        assert err.endswith("\n")
    else:
        assert code in (0, 1, 3) and out.strip(), (argv, code, err)


@pytest.mark.parametrize(
    "argv",
    [
        ["explain", "--bogus\n\x1b[31mred"],
        ["no-such-command\x1b[2J"],
        ["check", "--protocol", "imap", "--host", "a.test", "--port", "993", "--security", "tls",
         "extra\nline", "\udcff"],
        ["diagnose", "example.test", "--timeout", "soon\r\n"],
    ],
)  # fmt: skip
def test_argparse_errors_are_one_escaped_line(argv: list[str]) -> None:
    """argparse's own messages (unrecognized arguments, invalid choice): one line, escaped."""
    code, out, err = run_main(argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err[:-1].isprintable(), err
    assert any(shown in err for shown in ("\\x1b", "\\x0a", "\\udcff", "\\r")), err


host_like = st.text(st.sampled_from("abcxyz019-.:[]@ä_ \t\n/\\"), max_size=20)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300) | st.builds(lambda a, b: a + " " + b, host_like, host_like))
def test_bot_message_extraction_never_crashes(message: str) -> None:
    """Any message text: extract() gives a valid plan (a checked endpoint, a target) or None."""
    plan = extract(message)
    if plan is None:
        assert not message.strip()
        return
    assert plan.kind in ("check", "diagnose", "explain")
    if plan.kind == "check":
        assert isinstance(plan.endpoint, Endpoint)
        assert validate_host(plan.endpoint.host) == plan.endpoint.host
        assert plan.endpoint.port in PORT_PROTOCOL
    elif plan.kind == "diagnose":
        assert plan.target and plan.target in message
    else:
        assert plan.text is not None and len(plan.text) <= 4000


@settings(max_examples=300, deadline=None)
@given(
    server=host_like | st.sampled_from(ODD_VALUES) | text,
    port=st.sampled_from(ODD_VALUES) | st.integers(-5, 70000).map(str) | text,
    security=st.sampled_from(ODD_VALUES) | text,
    username=text.filter(str.strip),
)
def test_bot_login_options_never_crash(
    server: str, port: str, security: str, username: str
) -> None:
    """The login modal's fields: an Endpoint, None (discover), or InvalidTarget — nothing else."""
    try:
        endpoint = login_endpoint(server, port, security, username=username)
    except InvalidTarget as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    if endpoint is None:
        assert not server.strip()
    else:
        assert endpoint.port == validate_port(port if port.strip() else 993)


@settings(max_examples=300, deadline=None)
@given(st.one_of(text, host_like, st.sampled_from(ODD_VALUES)))
def test_bot_targets_never_crash(target: str) -> None:
    """/mail diagnose's target: a (domain, address) pair or InvalidTarget — nothing else."""
    try:
        domain, address = parse_target(target)
    except InvalidTarget as exc:
        assert str(exc)
        return
    assert domain and domain == domain.lower() and domain.isascii()
    assert address is None or address.endswith("@" + domain) or "@" in address
