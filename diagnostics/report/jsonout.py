"""The JSON rendering of a report: design.md's schema 1, for helpdesk scripts.

`Report.to_dict()` gives the shape; this adds each finding's prose from the catalog (`title`,
`explanation`, `fix`, `admin`) in the design's key order, and serialises facts that JSON has no
type for (dates, enums, endpoints) the same way the model does.

The output is plain UTF-8 (`ensure_ascii=False`), except that characters that can drive a
terminal or reorder text (C1 controls, bidi overrides, line separators) are written as `\\uXXXX`
escapes: someone will pipe this into a terminal, and `json.dumps` already escapes C0 controls.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import re
from collections.abc import Mapping, Set
from typing import Any

from diagnostics.findings.catalog import describe
from diagnostics.model import Finding, Report
from diagnostics.report._common import iso

SCHEMA = 1
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]")


def render_json(report: Report, *, transcripts: bool = True) -> str:
    """The report as schema-1 JSON, indented by 2, without a final newline."""
    data = report.to_dict()
    if not transcripts:
        data["probes"] = [p.to_dict(transcript=False) for p in report.probes]
    data["findings"] = [finding_dict(f, report.lang) for f in report.findings]
    text = json.dumps(data, indent=2, ensure_ascii=False, default=_default)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def finding_dict(finding: Finding, lang: str = "en") -> dict[str, Any]:
    """A finding in the design's key order, with its prose from the catalog in `lang`."""
    described = describe(finding, lang)
    base = finding.to_dict()
    return {
        "code": base["code"],
        "severity": base["severity"],
        "title": described.title,
        "explanation": described.explanation,
        "fix": described.fix,
        "admin": described.admin,
        "endpoint": base["endpoint"],
        "facts": base["facts"],
    }


def _default(value: object) -> Any:
    """JSON for the fact values rules may use; anything else is a programming error."""
    if isinstance(value, dt.datetime):
        return iso(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, Set):
        return sorted(value, key=str)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    raise TypeError(f"cannot render {type(value).__name__} as JSON")
