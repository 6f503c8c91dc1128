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
from collections.abc import Sequence

from diagnostics.answer import verdict
from diagnostics.findings import catalog
from diagnostics.findings.auth import one_line
from diagnostics.i18n import messages, sentences
from diagnostics.model import Finding, Report, ReportKind
from diagnostics.paste.match import MAX_CAUSES, recognise
from diagnostics.paste.secrets import mask_credentials
from diagnostics.policy import InvalidTarget

__all__ = [
    "MAX_CAUSES",
    "MAX_TEXT_CHARS",
    "explain",
    "explain_image",
    "explain_summary",
    "not_recognised",
]

MAX_TEXT_CHARS = 20_000  # a paste longer than this is cut: bounds the regular-expression work
TARGET_CHARS = 80


def not_recognised(lang: str = "en") -> str:
    """The summary of a paste nothing matches, in `lang` (the catalog's ui.explain.*)."""
    return messages(lang).text("ui.explain.not_recognised")


def no_text_in_image(lang: str = "en") -> str:
    return messages(lang).text("ui.explain.no_text_in_image")


def __getattr__(name: str) -> str:
    # The English texts under their old names, read from the catalog when first asked for.
    if name == "NOT_RECOGNISED":
        return not_recognised()
    if name == "NO_TEXT_IN_IMAGE":
        return no_text_in_image()
    raise AttributeError(name)


def explain_image(data: bytes, *, text: str = "", lang: str = "en") -> Report:
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
        raise InvalidTarget(no_text_in_image(lang))
    report = explain(f"{text.strip()}\n{read.text}" if text.strip() else read.text, lang=lang)
    return replace(report, duration_ms=round((time.monotonic() - started) * 1000))


def explain_summary(findings: Sequence[Finding], lang: str = "en") -> str:
    """The verdict of an explanation: the first cause's title, and how many more there are."""
    m = messages(lang)
    if not findings:
        return not_recognised(m.lang)
    top = catalog.describe(findings[0], m)
    summary = top.title.rstrip(".。") + ("。" if m.lang == "ja" else ".")
    if len(findings) > 1:
        more = len(findings) - 1
        summary = sentences(m, summary, m.plural("ui.explain.more_causes", more).format(n=more))
    return summary


def explain(text: str, *, lang: str = "en") -> Report:
    """The report for a pasted error text (design.md: kind "explain", no probes), its sentences
    in `lang`.

    Raises InvalidTarget for empty input.
    """
    started = time.monotonic()
    m = messages(lang)
    # A pasted transcript's login is masked before anything reads or echoes it (paste/secrets).
    pasted = mask_credentials(text[:MAX_TEXT_CHARS].replace("\r\n", "\n").strip())
    if not pasted:
        raise InvalidTarget(m.text("ui.explain.nothing"))
    recognised = recognise(pasted)
    findings = recognised.findings
    target = one_line(pasted)
    if len(target) > TARGET_CHARS:
        target = target[: TARGET_CHARS - 1] + "…"
    summary = explain_summary(findings, m.lang)
    return Report(
        target=target,
        kind=ReportKind.EXPLAIN,
        duration_ms=round((time.monotonic() - started) * 1000),
        summary=summary,
        verdict=verdict(findings, probed=False),  # the one verdict rule (answer.py)
        findings=findings,
        user_endpoint=recognised.dialog.endpoint(),
        lang=m.lang,
    )
