"""`explain(text)`: a pasted error message in, its cause and fix out. No network at all.

A helpdesk agent pastes what the user's app, a library or a bounce said, in any of the
languages the apps ship. `diagnostics.paste` finds the causes (server replies quoted by a
dialog first, then server texts, bounces, language-independent tokens such as error numbers,
then the apps' own strings) and the settings a dialog names (Outlook's "Server: ..., Port: 995,
Secure(SSL): Yes"), returned as `Report.user_endpoint` so that they can be tested at once.
Text nothing matches yields no error or warning finding, and the summary says so and what to
try.
"""

from __future__ import annotations

import time

from diagnostics.answer import verdict
from diagnostics.findings import catalog
from diagnostics.findings.auth import one_line
from diagnostics.model import Report, ReportKind
from diagnostics.paste.match import MAX_CAUSES, recognise
from diagnostics.policy import InvalidTarget

__all__ = ["MAX_CAUSES", "MAX_TEXT_CHARS", "NOT_RECOGNISED", "explain", "explain_image"]

MAX_TEXT_CHARS = 20_000  # a paste longer than this is cut: bounds the regular-expression work
TARGET_CHARS = 80
NOT_RECOGNISED = (
    "Not recognised: we don't know this message. Paste the exact error text (or the server's "
    "reply), or test the settings with `mailmedic check`."
)


NO_TEXT_IN_IMAGE = (
    "I could not read any text in that image: send a sharper screenshot of the message, "
    "or paste its text"
)


def explain_image(data: bytes, *, text: str = "") -> Report:
    """The report for a screenshot of an error: its text read by OCR (diagnostics.ocr), then
    explained like a paste, with `text` (the words sent with the screenshot) before it.
    Blocking (Tesseract runs for up to ocr.OCR_TIMEOUT seconds): call it in a thread from
    async code.

    Raises InvalidTarget for a file that is not a readable image, over the caps, or without
    text; diagnostics.ocr.OcrUnavailable when Tesseract is not installed.
    """
    from dataclasses import replace

    from diagnostics.ocr import read_text

    started = time.monotonic()
    read = read_text(data)
    if not read.text.strip():
        raise InvalidTarget(NO_TEXT_IN_IMAGE)
    report = explain(f"{text.strip()}\n{read.text}" if text.strip() else read.text)
    return replace(report, duration_ms=round((time.monotonic() - started) * 1000))


def explain(text: str) -> Report:
    """The report for a pasted error text (design.md: kind "explain", no probes).

    Raises InvalidTarget for empty input.
    """
    started = time.monotonic()
    pasted = text[:MAX_TEXT_CHARS].replace("\r\n", "\n").strip()
    if not pasted:
        raise InvalidTarget("nothing to explain: paste the error message (or use - for stdin)")
    recognised = recognise(pasted)
    findings = recognised.findings
    target = one_line(pasted)
    if len(target) > TARGET_CHARS:
        target = target[: TARGET_CHARS - 1] + "…"
    if not findings:
        summary = NOT_RECOGNISED
    else:
        top = catalog.describe(findings[0])
        summary = top.title.rstrip(".") + "."
        if len(findings) > 1:
            summary += f" ({len(findings) - 1} more possible cause{'s' * (len(findings) > 2)})"
    return Report(
        target=target,
        kind=ReportKind.EXPLAIN,
        duration_ms=round((time.monotonic() - started) * 1000),
        summary=summary,
        verdict=verdict(findings, probed=False),  # the one verdict rule (answer.py)
        findings=findings,
        user_endpoint=recognised.dialog.endpoint(),
    )
