"""A finished report's sentences in another language (issue 13).

A diagnosis is language-neutral but for its verdict sentence (`Report.summary`) and its `lang`;
every other text is rendered from codes and facts when shown. So a result that one person's
diagnosis produced (the bot shares and caches runs) is shown to another in theirs: the verdict
is said again from the report's own answer (its verdict, findings and choices), nothing re-run.
"""

from __future__ import annotations

from dataclasses import replace

from diagnostics.i18n import normalize
from diagnostics.model import Report, ReportKind

__all__ = ["in_language"]


def in_language(report: Report, lang: str) -> Report:
    """`report` with its summary in `lang` (the same object when it is in `lang` already)."""
    lang = normalize(lang)
    if report.lang == lang:
        return report
    # Imported here: `diagnostics.translate` is imported by the bot at start-up.
    from diagnostics.explanation import explain_summary
    from diagnostics.finder import display
    from diagnostics.findings.verdicts import summarize_check_answer, summarize_diagnose_answer

    if report.kind is ReportKind.EXPLAIN:
        summary = explain_summary(report.findings, lang)
    elif report.kind is ReportKind.CHECK and report.user_endpoint is not None:
        user = report.user_endpoint
        mine = next((p for p in report.probes if p.endpoint == user), None)
        if mine is None:
            return replace(report, lang=lang)  # nothing to say it again from: keep the words
        summary = summarize_check_answer(user, report, mine, lang)  # a Report quacks as Answer
    else:
        summary = summarize_diagnose_answer(display(report.target), report, lang)
    return replace(report, summary=summary, lang=lang)
