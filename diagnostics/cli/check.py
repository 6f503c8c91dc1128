"""`mailmedic check`: test the settings typed into a mail app, and the other ports of that host."""

from __future__ import annotations

import argparse

from diagnostics.cli.common import (
    add_common_options,
    add_login_options,
    options_from,
    progress_printer,
    run_async,
    user_from,
)

TYPE_CHECKING = False  # typing costs `--help` a few ms; mypy reads any TYPE_CHECKING as true
if TYPE_CHECKING:
    from typing import Any

    from diagnostics.model import Report


def register(sub: Any, *, full: bool = True) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "check",
        help="test the IMAP, POP3 or SMTP settings typed into a mail app",
        description="Test the settings typed into a mail app, and the other ports of that host.",
    )
    if not full:
        return parser  # another command runs: its name and help are enough
    parser.add_argument("--protocol", required=True, metavar="imap|pop3|smtp")
    parser.add_argument("--host", required=True, metavar="HOST")
    parser.add_argument("--port", required=True, metavar="PORT")
    parser.add_argument("--security", required=True, metavar="none|starttls|tls")
    parser.add_argument("--user", metavar="USER", help="the username typed into the mail app")
    add_login_options(parser)
    add_common_options(parser)
    return parser


def run(args: argparse.Namespace) -> Report:
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
        username=user_from(args),
    )
    options = options_from(args)
    return run_async(check(endpoint, options, on_progress=progress_printer(args)))
