"""Renderers: a Report as terminal text, Discord Markdown chunks, or schema-1 JSON.

Pure functions of the report (style.md §11): no I/O, no decisions; the findings are shown in the
report's order, which is root cause first.
"""

from diagnostics.report.jsonout import render_json
from diagnostics.report.markdown import markdown_summary, render_markdown
from diagnostics.report.text import render_text

__all__ = ["markdown_summary", "render_json", "render_markdown", "render_text"]
