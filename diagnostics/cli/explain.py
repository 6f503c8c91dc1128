"""`mailmedic explain [TEXT | -]`: a pasted error message, its cause and fix; no network."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from diagnostics.model import Report

MAX_STDIN_CHARS = 64 * 1024  # a paste, not a mailbox


def register(sub: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "explain",
        help="explain a pasted error message (no network)",
        description=(
            "Explain an error message from a mail app or a server: its cause and the fix. "
            "Give the text as arguments, or - (or nothing) to read it from standard input."
        ),
    )
    parser.add_argument("text", nargs="*", metavar="TEXT", help="the error text, or - for stdin")
    parser.add_argument("--json", action="store_true", help="print the report as JSON (schema 1)")
    parser.add_argument("--verbose", "-v", action="store_true", help=argparse.SUPPRESS)
    return parser


def run(args: argparse.Namespace) -> Report:
    from diagnostics.explanation import explain

    words: list[str] = args.text
    # Pasted text often starts with "-ERR" or spans several lines: stdin takes it as is.
    from_stdin = not words or words == ["-"]
    return explain(sys.stdin.read(MAX_STDIN_CHARS) if from_stdin else " ".join(words))
