"""PACC_BROKEN: a PACC document (draft-ietf-mailmaint-pacc) that apps must not use.

The draft's client uses the document only when a `_ua-auto-config` TXT digest matches its exact
bytes (discovery/pacc.py): a document without a valid record, or with a digest that differs, is
ignored by every app that implements PACC, whatever it says. So is one whose digest matches but
which is not a PACC document. A certificate fault of the document's web server is
DISCOVERY_BROKEN, as for autoconfig (findings/discovery_rules.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from diagnostics.discovery.base import Lookup
from diagnostics.discovery.pacc import MISMATCH, NO_RECORD
from diagnostics.findings.codes import Code
from diagnostics.findings.rules import finding
from diagnostics.model import Finding


def rule_pacc(lookups: Iterable[Lookup], domain: str) -> list[Finding]:
    """One PACC_BROKEN per broken PACC lookup (there is one per diagnosis)."""
    out: list[Finding] = []
    for lookup in lookups:
        if lookup.source != "pacc" or "pacc_problem" not in lookup.extra:
            continue
        problem = str(lookup.extra["pacc_problem"])
        record = lookup.extra.get("pacc_record")
        out.append(
            finding(
                Code.PACC_BROKEN,
                None,
                domain=domain,
                source="pacc",
                problem=problem,
                detail=lookup.detail,
                # The catalog picks its sentence by which of these is there.
                published_record=record if problem == MISMATCH else None,
                missing_record=record if problem == NO_RECORD else None,
                expected_record=lookup.extra.get("pacc_expected"),
            )
        )
    return out
