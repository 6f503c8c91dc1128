"""Renderers: a Report as terminal text, Discord Markdown chunks, or schema-1 JSON.

Pure functions of the report (style.md §11): no I/O, no decisions; the findings are shown in the
report's order, which is root cause first.
"""

from diagnostics.lazy import lazy_attributes

TYPE_CHECKING = False  # mypy reads any TYPE_CHECKING as true
if TYPE_CHECKING:
    from diagnostics.report.jsonout import render_json
    from diagnostics.report.markdown import markdown_summary, render_markdown
    from diagnostics.report.text import render_text

__all__ = ["markdown_summary", "render_json", "render_markdown", "render_text"]

# Each renderer imported when first asked for: the command line needs one of them (start-up).
_HOMES = {
    "markdown_summary": "diagnostics.report.markdown",
    "render_json": "diagnostics.report.jsonout",
    "render_markdown": "diagnostics.report.markdown",
    "render_text": "diagnostics.report.text",
}
__getattr__ = lazy_attributes(__name__, _HOMES)
