"""`mailmedic`: arguments → public API → renderer → exit code (design.md, "Command line contract").

Kept thin and quick to start: each command lives in its own module here (`check`, ...) with a
`register(subparsers)` that only declares arguments and a `run(args) -> Report` that imports the
library when the command runs, so `--help` costs little more than the interpreter. Nothing here
imports discord.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from diagnostics.cli import check, diagnose, explain, export, worker
from diagnostics.cli.common import (
    Parser,
    VersionAction,
    add_lang_option,
    fail,
    lang_or_english,
    render,
    tr,
)

if TYPE_CHECKING:
    from diagnostics.model import Report

COMMANDS = (diagnose, check, explain, export)


def build_parser() -> Parser:
    parser = Parser(
        prog="mailmedic",
        description="Find out why a mail app can't connect, and which setting to change.",
    )
    parser.add_argument("--version", action=VersionAction, help="show the version and exit")
    add_lang_option(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for command in COMMANDS:
        command.register(sub).set_defaults(handler=command.run)
    worker.register(sub).set_defaults(handler=None)  # runs until stopped: no report
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return fail(tr(args, "ui.cli.no_command"))
    if args.command == "worker":
        return worker.main(args)
    from diagnostics.policy import InvalidTarget

    try:
        report: Report = args.handler(args)
    except InvalidTarget as exc:
        return fail(exc.text(lang_or_english(args)))
    except KeyboardInterrupt:
        sys.stderr.write(f"mailmedic: {tr(args, 'ui.cli.interrupted')}\n")
        return 130
    if args.command == "export":
        data = export.output(report, args)
        if data is None:
            what = tr(args, "ui.cli.nothing_to_export").format(summary=report.summary)
            sys.stderr.write(f"mailmedic: {what}\n")
            return 1
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    out = render(report, args)
    sys.stdout.write(out if out.endswith("\n") else out + "\n")
    code: int = report.exit_code
    return code


def run() -> None:
    """The `mailmedic` program: `main()`, then out of the process without the interpreter's
    teardown.

    Once the answer is written and flushed nothing is left to do, yet a normal exit spends
    20-30 ms (a tenth of a whole `diagnose`, `python -m benchmarks.startup`) freeing the objects
    of some 250 modules one by one, and waits for executor threads: a name resolution that
    outlived its timeout in `getaddrinfo` (which cannot be cancelled) would hold the exit until
    the system resolver gives up. `os._exit` after flushing skips both. Tests call `main()`, which
    returns normally; an exception still leaves through the ordinary path with its traceback.
    """
    code = main()
    logging.shutdown()  # flush any configured handlers (DEBUG logs to a file, `--verbose`)
    for stream in (sys.stdout, sys.stderr):
        # a closed pipe (`| head`): nobody is left to read it
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


__all__ = ["build_parser", "main", "run"]
