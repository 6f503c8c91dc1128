"""`mailmedic`: arguments → public API → renderer → exit code (design.md, "Command line contract").

Kept thin and quick to start: each command lives in its own module here (`check`, ...) with a
`register(subparsers)` that only declares arguments and a `run(args) -> Report` that imports the
library when the command runs, so `--help` costs little more than the interpreter. Nothing here
imports discord.
"""

from __future__ import annotations

import gc
import os
import sys

# Nothing else at the top: `mailmedic --version` imports neither argparse nor the commands.
TYPE_CHECKING = False  # typing costs `--help` a few ms; mypy reads any TYPE_CHECKING as true
if TYPE_CHECKING:
    from collections.abc import Sequence

    from diagnostics.cli.common import Parser
    from diagnostics.model import Report


def build_parser(argv: Sequence[str] | None = None) -> Parser:
    """The whole parser; given the arguments, only the command they name gets its options (the
    others only their name and help line): `add_argument` costs start-up about 5 ms."""
    from diagnostics.cli import check, diagnose, explain, export, worker
    from diagnostics.cli.common import Parser, VersionAction, add_lang_option

    parser = Parser(
        prog="mailmedic",
        description="Find out why a mail app can't connect, and which setting to change.",
    )
    parser.add_argument("--version", action=VersionAction, help="show the version and exit")
    add_lang_option(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    named = None if argv is None else _command_named(argv)
    commands = (diagnose, check, explain, export, worker)
    if named not in {"diagnose", "check", "explain", "export", "worker"}:
        named = None  # none or a wrong one: every command as it is
    for command in commands:
        full = named is None or command.__name__.rpartition(".")[2] == named
        handler = None if command is worker else command.run  # worker: runs until stopped
        command.register(sub, full=full).set_defaults(handler=handler)
    return parser


def _command_named(argv: Sequence[str]) -> str | None:
    """The command word of `argv`: its first argument that is neither an option nor the value of
    the top-level --lang."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif arg == "--" or not arg.startswith("-"):
            return None if arg == "--" else arg
    return None


def print_version() -> int:
    """`--version`: diagnostics.__version__, which pyproject.toml gives the installed metadata."""
    from diagnostics import __version__

    sys.stdout.write(f"mailmedic {__version__}\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    if (sys.argv[1:] if argv is None else list(argv)) == ["--version"]:
        return print_version()  # the version alone: no parser to build (issue 16)
    from diagnostics.cli import export, worker
    from diagnostics.cli.common import fail, lang_or_english, render, tr

    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.command is None:
        return fail(tr(args, "ui.cli.no_command"))
    if args.command == "worker":
        gc.enable()  # runs until stopped (run() switched the collector off for one-shot commands)
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

    A command other than `worker` is one short run that ends with the process, so the cyclic
    garbage collector is switched off for it: its passes over the objects of some 400 imported
    modules cost `diagnose` about 15 ms (`python -m benchmarks.startup`), for cycles that the end
    of the process frees anyway. Reference counting still frees everything else as usual;
    `worker` runs until stopped and keeps the collector.

    Once the answer is written and flushed nothing is left to do, yet a normal exit spends
    20-30 ms (a tenth of a whole `diagnose`, `python -m benchmarks.startup`) freeing the objects
    of some 250 modules one by one, and waits for executor threads: a name resolution that
    outlived its timeout in `getaddrinfo` (which cannot be cancelled) would hold the exit until
    the system resolver gives up. `os._exit` after flushing skips both. Tests call `main()`, which
    returns normally; an exception still leaves through the ordinary path with its traceback.
    """
    gc.disable()  # main() switches it back on for `worker`
    if "worker" not in sys.argv[1:]:  # a one-shot command (net/dnsfeatures.py may take a shortcut)
        from diagnostics import process

        process.ONE_SHOT = True
    code = main()
    if "logging" in sys.modules:  # flush any configured handlers (DEBUG logs, `--verbose`)
        sys.modules["logging"].shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:  # noqa: SIM105 (contextlib is not imported for `--version`)
            stream.flush()
        except (OSError, ValueError):
            pass  # a closed pipe (`| head`): nobody is left to read it
    os._exit(code)


__all__ = ["build_parser", "main", "print_version", "run"]
