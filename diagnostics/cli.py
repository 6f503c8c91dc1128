"""`mailmedic`: arguments → public API → renderer → exit code (design.md, "Command line contract").

Kept thin and quick to start: the library is imported only once a command runs, so `--help`
costs little more than the interpreter, and nothing here imports discord.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from diagnostics.model import Report
    from diagnostics.runner import Options
    from diagnostics.sweep import ProbeFinished

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # design.md: bad usage is one line on stderr and exit 2, no usage dump.
        self.exit(EXIT_USAGE, f"mailmedic: {message} (see mailmedic {self._sub_name()}--help)\n")

    def _sub_name(self) -> str:
        parts = self.prog.split()
        return f"{parts[-1]} " if len(parts) > 1 else ""


def _common(parser: argparse.ArgumentParser) -> None:
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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="mailmedic",
        description="Find out why a mail app can't connect, and which setting to change.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    check = sub.add_parser(
        "check",
        help="test the IMAP, POP3 or SMTP settings typed into a mail app",
        description="Test the settings typed into a mail app, and the other ports of that host.",
    )
    check.add_argument("--protocol", required=True, metavar="imap|pop3|smtp")
    check.add_argument("--host", required=True, metavar="HOST")
    check.add_argument("--port", required=True, metavar="PORT")
    check.add_argument("--security", required=True, metavar="none|starttls|tls")
    check.add_argument("--user", metavar="USER", help="the username typed into the mail app")
    _common(check)
    return parser


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def _progress_printer(enabled: bool) -> Callable[[ProbeFinished], None] | None:
    if not enabled:
        return None

    def show(event: ProbeFinished) -> None:
        ep = event.result.endpoint
        sys.stderr.write(
            f"[{event.done}/{event.total}] {ep.protocol.value.upper()} {ep.port} "
            f"{ep.security.value}: {event.result.outcome.value}\n"
        )
        sys.stderr.flush()

    return show


def _run_check(args: argparse.Namespace) -> Report:
    from diagnostics.model import Endpoint
    from diagnostics.policy import (
        validate_host,
        validate_port,
        validate_protocol,
        validate_security,
    )
    from diagnostics.runner import check

    endpoint = Endpoint(
        protocol=validate_protocol(args.protocol),
        host=validate_host(args.host),
        port=validate_port(args.port),
        security=validate_security(args.security),
        username=args.user or None,
    )
    options = _options(args)
    progress = _progress_printer(args.progress or sys.stderr.isatty())
    import asyncio  # here, not at the top: `mailmedic --help` must start fast

    return asyncio.run(check(endpoint, options, on_progress=progress))


def _options(args: argparse.Namespace) -> Options:
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
    if cafile and not os.path.isfile(cafile):
        raise InvalidTarget(f"--cafile {cafile!r}: no such file")
    return Options(
        dns=dns,
        cafile=cafile,
        allow_private=args.allow_private or _env_flag("MAILMEDIC_ALLOW_PRIVATE"),
        timeout=timeout,
    )


def _render(report: Report, args: argparse.Namespace) -> str:
    from diagnostics.report import render_json, render_text

    if args.json:
        return render_json(report)
    color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    return render_text(report, verbose=args.verbose, color=color)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    from diagnostics.policy import InvalidTarget

    try:
        report = _run_check(args)
    except InvalidTarget as exc:
        sys.stderr.write(f"mailmedic: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("mailmedic: interrupted\n")
        return 130
    out = _render(report, args)
    sys.stdout.write(out if out.endswith("\n") else out + "\n")
    return report.exit_code


if __name__ == "__main__":
    raise SystemExit(main())
