"""`mailmedic export`: the settings diagnose recommends, as a file to install or publish."""

from __future__ import annotations

import argparse

from diagnostics.cli import diagnose as diagnose_command
from diagnostics.cli.common import add_common_options

TYPE_CHECKING = False  # typing costs `--help` a few ms; mypy reads any TYPE_CHECKING as true
if TYPE_CHECKING:
    from typing import Any

    from diagnostics.model import Report

FORMATS = ("mobileconfig", "autoconfig", "srv", "card")


def register(sub: Any, *, full: bool = True) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "export",
        help="the recommended settings as a file: Apple profile, autoconfig, SRV records, card",
        description=(
            "Diagnose TARGET, then write the settings it recommends as an Apple configuration "
            "profile (mobileconfig: an iPhone or Mac installs it in one tap; no password "
            "inside), a Mozilla autoconfig document (autoconfig), the DNS records that would "
            "let mail apps find them (srv), or the settings card (card). Nothing is written "
            "when no setting works (exit 1)."
        ),
    )
    if not full:
        return parser  # another command runs: its name and help are enough
    parser.add_argument("target", metavar="TARGET", help="a domain or an email address")
    parser.add_argument("--format", required=True, choices=FORMATS, help="the file to write")
    add_common_options(parser)
    return parser


def run(args: argparse.Namespace) -> Report:
    # A diagnosis without a login (export takes no password: the files never hold one).
    args.protocol, args.user = None, None
    return diagnose_command.run(args)


def output(report: Report, args: argparse.Namespace) -> bytes | None:
    from diagnostics.export import Format, export

    address = args.target.strip() if "@" in args.target else None
    return export(report, Format(args.format), address=address)
