"""Golden files of two reports in every language in the package (issue 13): regenerate them with
`python -m tools.i18n_golden` after a translation changes, and read the diff."""

from __future__ import annotations

import os

import pytest

from tools.i18n_golden import GOLDEN, NAMES, merged_languages, render

# The package's catalogs, not the stand-ins (tests/conftest.py uses those only while de and ja
# are not merged, and then no German or Japanese golden file is expected).
LANGS = [
    lang
    for lang in merged_languages()
    if lang == "en" or not os.environ.get("MAILMEDIC_LOCALE_DIR")
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", NAMES)
def test_golden(lang: str, name: str) -> None:
    """The terminal text and the chat chunks of the report match the language's golden files."""
    for suffix, text in render(name, lang).items():
        path = GOLDEN / lang / f"{name}.{suffix}"
        assert path.is_file(), f"{path} is missing: run python -m tools.i18n_golden"
        assert text == path.read_text(encoding="utf-8"), f"{path}: run python -m tools.i18n_golden"


def test_every_merged_language_has_golden_files() -> None:
    """No golden directory for a language the package lacks, none missing for one it has."""
    have = sorted(p.name for p in GOLDEN.iterdir() if p.is_dir())
    assert have == sorted(merged_languages())
