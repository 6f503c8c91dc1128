"""Developer tool: write the golden files of two reports in every language (issue 13).

    python -m tools.i18n_golden

writes `tests/golden/i18n/<lang>/<report>.txt` (terminal) and `.md` (chat chunks) for the fixture
reports `cert_expired` and `many_findings` (tests/fixtures/reports.py), in English and in each
language whose translation is in the package (diagnostics/locale/<ll>/LC_MESSAGES/mailmedic.po),
never the tests' stand-in catalogs. Run it after merging or changing a translation, read the
diff, and commit the files: tests/test_i18n_golden.py compares against them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "i18n"
NAMES = ("cert_expired", "many_findings")


def merged_languages() -> list[str]:
    from diagnostics.i18n import LANGUAGES, LOCALE_DIR

    return ["en"] + [
        lang
        for lang in LANGUAGES
        if lang != "en" and (LOCALE_DIR / lang / "LC_MESSAGES" / "mailmedic.po").is_file()
    ]


def render(name: str, lang: str) -> dict[str, str]:
    """The golden texts of one report in one language: {suffix: text}."""
    from diagnostics.report import render_markdown, render_text
    from diagnostics.translate import in_language
    from tests.fixtures.reports import REPORTS

    report = in_language(REPORTS[name](), lang)
    chunks = render_markdown(report)
    markdown = "\n".join(
        f"%%%% chunk {i}/{len(chunks)}, {len(c)} chars %%%%\n{c}" for i, c in enumerate(chunks, 1)
    )
    return {"txt": render_text(report) + "\n", "md": markdown + "\n"}


def main() -> int:
    os.environ.pop("MAILMEDIC_LOCALE_DIR", None)  # the package's catalogs only
    sys.path.insert(0, str(ROOT))
    for lang in merged_languages():
        for name in NAMES:
            for suffix, text in render(name, lang).items():
                path = GOLDEN / lang / f"{name}.{suffix}"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
                print(path.relative_to(ROOT), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
