"""What people paste most, written here from the common shape of each text (mail apps' dialogs in
the nine languages, libraries' exceptions, providers' replies): each leads with one of the causes
its text can mean (issue 10). Not copied from a held-out set: tests/fixtures/common_pastes.tsv,
one text per line, then a tab and the causes it may lead with, separated by "|"."""

from __future__ import annotations

from pathlib import Path

import pytest

from diagnostics import explain

LINES = (Path(__file__).parent / "fixtures" / "common_pastes.tsv").read_text("utf-8").splitlines()
CASES = [tuple(line.split("\t")) for line in LINES if line.strip()]


@pytest.mark.parametrize(("text", "causes"), CASES, ids=[f"line{i + 1}" for i in range(len(CASES))])
def test_common_texts_lead_with_their_cause(text: str, causes: str) -> None:
    findings = explain(text).findings
    assert findings and findings[0].code.value in causes.split("|"), [
        f.code.value for f in findings
    ]
