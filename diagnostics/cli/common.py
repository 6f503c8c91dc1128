"""What every `mailmedic` command shares: the parser, common options, progress, rendering."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from diagnostics.model import Credentials, Report
    from diagnostics.runner import Options
    from diagnostics.sweep import ProbeFinished

EXIT_USAGE = 2


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # design.md: bad usage is one line on stderr and exit 2, no usage dump.
        self.exit(EXIT_USAGE, f"mailmedic: {message} (see mailmedic {self._sub_name()}--help)\n")

    def _sub_name(self) -> str:
        parts = self.prog.split()
        return f"{parts[-1]} " if len(parts) > 1 else ""


def add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the report as JSON (schema 1)")
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="add TLS facts and transcripts"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="deadline of the whole command (default 20, or MAILMEDIC_TIMEOUT)",
    )
    parser.add_argument(
        "--dns", metavar="HOST[:PORT]", help="send every DNS query to this server (MAILMEDIC_DNS)"
    )
    parser.add_argument(
        "--cafile", metavar="PEM", help="extra trusted CA certificates (MAILMEDIC_CAFILE)"
    )
    parser.add_argument(
        "--allow-private",
        action="store_true",
        help="allow private, loopback and non-mail-port targets (labs, internal helpdesks)",
    )
    parser.add_argument(
        "--progress", action="store_true", help="show progress on stderr even when not a terminal"
    )


def add_login_options(parser: argparse.ArgumentParser) -> None:
    """--password-stdin and --allow-plaintext-auth (design.md: never a password argument)."""
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (or set MAILMEDIC_PASSWORD) to test the login",
    )
    parser.add_argument(
        "--allow-plaintext-auth",
        action="store_true",
        help="allow the login test to send the password unencrypted (the report warns)",
    )


MAX_PASSWORD_CHARS = 1024


def read_password(args: argparse.Namespace) -> str | None:
    """The password from standard input (`--password-stdin`) or MAILMEDIC_PASSWORD, or None.

    Only the first line of standard input counts (`echo pw | mailmedic ...` adds a newline). Bad
    input raises InvalidTarget with a message that never contains the password.
    """
    from diagnostics.policy import InvalidTarget

    if getattr(args, "password_stdin", False):
        if sys.stdin.isatty():
            import getpass  # a person at a terminal: ask without echoing the password

            line = getpass.getpass("Password: ")
        else:
            line = sys.stdin.readline(MAX_PASSWORD_CHARS + 2)
        password = line.rstrip("\r\n")
        if not password:
            raise InvalidTarget("--password-stdin: standard input held no password")
    else:
        password = os.environ.get("MAILMEDIC_PASSWORD", "")
        if not password:
            return None
    if len(password) > MAX_PASSWORD_CHARS:
        raise InvalidTarget(f"the password is longer than {MAX_PASSWORD_CHARS} characters")
    return password


def credentials_from(args: argparse.Namespace) -> Credentials | None:
    """Credentials for the login test, when a password was given; needs --user.

    `address_domain` stays None here: `check()` derives it from the server name, and a command
    that knows the email address (diagnose) can set it with `dataclasses.replace`.
    """
    from diagnostics.model import Credentials
    from diagnostics.policy import InvalidTarget

    if not hasattr(args, "password_stdin"):
        return None  # a command without add_login_options() takes no password
    password = read_password(args)
    if password is None:
        return None
    user = getattr(args, "user", None)
    if not user:
        raise InvalidTarget("a password needs --user (the username typed into the mail app)")
    try:
        return Credentials(username=user, password=password)
    except ValueError as exc:  # the message names the field, never the value
        raise InvalidTarget(str(exc)) from None


def env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def progress_printer(args: argparse.Namespace) -> Callable[[ProbeFinished], None] | None:
    """Progress on stderr only when it is a terminal, or with --progress (design.md)."""
    if not (args.progress or sys.stderr.isatty()):
        return None

    def show(event: ProbeFinished) -> None:
        ep = event.result.endpoint
        sys.stderr.write(
            f"[{event.done}/{event.total}] {ep.protocol.value.upper()} {ep.host} {ep.port} "
            f"{ep.security.value}: {event.result.outcome.value}\n"
        )
        sys.stderr.flush()

    return show


def run_async(coroutine: Coroutine[Any, Any, Report]) -> Report:
    import asyncio  # here, not at the top: `mailmedic --help` must start fast

    return asyncio.run(coroutine)


def options_from(args: argparse.Namespace) -> Options:
    """Options from the flags, then the environment (design.md, "Configuration keys")."""
    from diagnostics.net.resolve import parse_dns_server
    from diagnostics.policy import InvalidTarget
    from diagnostics.runner import DEFAULT_DEADLINE, Options

    timeout = args.timeout
    if timeout is None:
        raw = os.environ.get("MAILMEDIC_TIMEOUT")
        try:
            timeout = float(raw) if raw else DEFAULT_DEADLINE
        except ValueError:
            raise InvalidTarget(f"MAILMEDIC_TIMEOUT={raw!r} is not a number of seconds") from None
    if not 1 <= timeout <= 600:
        raise InvalidTarget(f"--timeout {timeout:g}: give 1 to 600 seconds")
    dns = args.dns or os.environ.get("MAILMEDIC_DNS") or None
    if dns:
        parse_dns_server(dns)  # a bad --dns is bad input, said before anything runs
    cafile = args.cafile or os.environ.get("MAILMEDIC_CAFILE") or None
    if cafile:
        _check_cafile(cafile)
    return Options(
        dns=dns,
        cafile=cafile,
        allow_private=args.allow_private or env_flag("MAILMEDIC_ALLOW_PRIVATE"),
        timeout=timeout,
        credentials=credentials_from(args),
        allow_plaintext_auth=getattr(args, "allow_plaintext_auth", False),
    )


def _check_cafile(cafile: str) -> None:
    """A CA file that is missing or not PEM is bad input: one line, before anything runs."""
    import ssl

    from diagnostics.policy import InvalidTarget

    if not os.path.isfile(cafile):
        raise InvalidTarget(f"--cafile {cafile!r}: no such file")
    try:
        # Only this file: the system store is loaded once, by the diagnosis (net/tls.py).
        ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).load_verify_locations(cafile=cafile)
    except (ssl.SSLError, ValueError, OSError):
        raise InvalidTarget(f"--cafile {cafile!r}: not a PEM file of CA certificates") from None


def render(report: Report, args: argparse.Namespace) -> str:
    from diagnostics.report import render_json, render_text

    if getattr(args, "json", False):
        return render_json(report)
    color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    return render_text(report, verbose=getattr(args, "verbose", False), color=color)
