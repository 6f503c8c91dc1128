"""`mailmedic explain [TEXT | - | --image FILE] [--check]`: an error message, its cause and fix.

`--image FILE` reads a screenshot's text with OCR first (diagnostics.ocr; Tesseract is optional:
without it the command says what to install, on one line, and exits 3). Without --check there
is no network at all. With --check, the settings the paste names (an
Outlook or iOS dialog: server, port, protocol, SSL yes/no) are tested at once with the
library's `check()`, and that report is printed; the explanation's verdict goes to stderr.
"""

from __future__ import annotations

import argparse
import sys

from diagnostics.cli.common import (
    add_common_options,
    lang_from,
    one_line,
    options_from,
    progress_printer,
    run_async,
    tr,
)

TYPE_CHECKING = False  # typing costs `--help` a few ms; mypy reads any TYPE_CHECKING as true
if TYPE_CHECKING:
    from typing import Any

    from diagnostics.model import Report

MAX_STDIN_CHARS = 64 * 1024  # a paste, not a mailbox
EXIT_COULD_NOT_TELL = 3


def register(sub: Any, *, full: bool = True) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "explain",
        help="explain a pasted error message (no network unless --check)",
        description=(
            "Explain an error message from a mail app or a server: its cause and the fix. "
            "Give the text as arguments, or - (or nothing) to read it from standard input."
        ),
    )
    if not full:
        return parser  # another command runs: its name and help are enough
    parser.add_argument("text", nargs="*", metavar="TEXT", help="the error text, or - for stdin")
    parser.add_argument(
        "--image",
        metavar="FILE",
        help="a screenshot of the error (PNG, JPEG, WebP, GIF): its text is read with OCR",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="test the server settings the text names (server, port, SSL) at once",
    )
    add_common_options(parser)  # --json, --verbose; the network options only matter for --check
    return parser


def _read_image(path: str) -> bytes:
    from diagnostics.ocr import MAX_IMAGE_BYTES
    from diagnostics.policy import InvalidTarget

    try:
        with open(path, "rb") as file:
            data = file.read(MAX_IMAGE_BYTES + 1)  # one byte more: "too large" is then known
    except OSError as exc:
        raise InvalidTarget(
            key="ui.error.cannot_read", path=path, reason=exc.strerror or exc
        ) from exc
    return data


def _explain_image(path: str, lang: str) -> Report:
    from diagnostics.explanation import explain_image
    from diagnostics.ocr import OcrUnavailable

    data = _read_image(path)
    try:
        return explain_image(data, lang=lang)
    except OcrUnavailable as exc:
        # Not bad input: this machine cannot read images. Could not tell (design.md: exit 3).
        sys.stderr.write(f"mailmedic: {one_line(str(exc))}\n")
        raise SystemExit(EXIT_COULD_NOT_TELL) from None


def run(args: argparse.Namespace) -> Report:
    from diagnostics.explanation import explain

    words: list[str] = args.text
    if args.image is not None:
        if words:
            from diagnostics.policy import InvalidTarget

            raise InvalidTarget(key="ui.error.text_and_image")
        report = _explain_image(args.image, lang_from(args))
    else:
        # Pasted text often starts with "-ERR" or spans several lines: stdin takes it as is.
        from_stdin = not words or words == ["-"]
        text = sys.stdin.read(MAX_STDIN_CHARS) if from_stdin else " ".join(words)
        report = explain(text, lang=lang_from(args))
    if not args.check:
        return report
    endpoint = report.user_endpoint
    if endpoint is None:
        sys.stderr.write(f"mailmedic: {tr(args, 'ui.cli.no_settings_to_check')}\n")
        return report
    from diagnostics.runner import check

    sys.stderr.write(f"mailmedic: {report.summary} Testing {endpoint.label}…\n")
    return run_async(check(endpoint, options_from(args), on_progress=progress_printer(args)))
