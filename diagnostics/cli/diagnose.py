"""`mailmedic diagnose`: find a domain's mail servers, test them, say which settings to use."""

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
        "diagnose",
        help="find and test the mail servers of a domain or an email address",
        description=(
            "Find the mail servers of a domain or an email address (SRV, autoconfig, the "
            "Thunderbird database, Autodiscover, MX, known providers, guesses), test them as a "
            "mail app would, and recommend the settings to use. The address is sent to nobody: "
            "only its domain is looked up."
        ),
    )
    if not full:
        return parser  # another command runs: its name and help are enough
    parser.add_argument("target", metavar="TARGET", help="a domain or an email address")
    parser.add_argument(
        "--protocol",
        action="append",
        metavar="imap|pop3|smtp",
        help="test only this protocol (repeat for several)",
    )
    parser.add_argument(
        "--user",
        metavar="USER",
        help="the username to log in with (default: the email address given as TARGET)",
    )
    add_login_options(parser)
    add_common_options(parser)
    return parser


def run(args: argparse.Namespace) -> Report:
    from diagnostics.diagnosis import diagnose
    from diagnostics.policy import validate_protocol

    protocols = [validate_protocol(p) for p in args.protocol] if args.protocol else None
    args.user = user_from(args)  # an empty --user is refused, never replaced by the address
    if args.user is None and "@" in args.target:
        args.user = args.target.strip()  # the address is the username most providers expect
    options = options_from(args)
    return run_async(
        diagnose(
            args.target,
            options,
            on_progress=progress_printer(args),
            protocols=protocols,
            username=args.user or None,
        )
    )
