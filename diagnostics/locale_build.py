"""Compile the message catalogs to `.mo` files (Babel; build time and source trees only).

    python -m diagnostics.locale_build [DEST]

writes `DEST/<ll>/LC_MESSAGES/mailmedic.mo` for English (from the template, msgstr = msgid) and
for every `diagnostics/locale/<ll>/LC_MESSAGES/mailmedic.po`; DEST defaults to
`diagnostics/locale`. setup.py runs it for the wheel and the editable install, `.ci/setup` for a
source tree, and diagnostics/i18n.py on first use in a source tree where a `.mo` is missing or
older than its source. The installed package never imports this module: it needs Babel, which is
a build requirement only. This file imports nothing from the package (setup.py loads it alone).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

DOMAIN = "mailmedic"
SOURCE_DIR = Path(__file__).resolve().with_name("locale")
ENGLISH = "en"


def _complete(catalog: Catalog) -> Catalog:
    """Only the messages that are translated, not fuzzy, and have every plural form: the rest
    fall back to English at run time (an empty plural form would show as an empty text)."""
    kept = Catalog(locale=catalog.locale, domain=DOMAIN, fuzzy=False)
    kept.mime_headers = catalog.mime_headers
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        forms = (message.string,) if isinstance(message.string, str) else message.string
        if forms and all(forms):
            kept.add(message.id, message.string, context=message.context)
    return kept


def compile_catalog(source: Path, lang: str) -> bytes:
    """The `.mo` bytes of one language; for English, `source` is the template."""
    with source.open("rb") as f:
        catalog = read_po(f, locale="en" if lang == ENGLISH else lang, domain=DOMAIN)
    if lang == ENGLISH:
        for message in catalog:
            if message.id:
                message.string = message.id
                message.flags.discard("fuzzy")
    catalog.fuzzy = False
    out = io.BytesIO()
    write_mo(out, _complete(catalog), use_fuzzy=False)
    return out.getvalue()


def sources(source_dir: Path = SOURCE_DIR) -> dict[str, Path]:
    """Language → its source file: the template for English, each `.po` for the others."""
    found = {ENGLISH: source_dir / f"{DOMAIN}.pot"}
    for po in sorted(source_dir.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        found[po.parent.parent.name] = po
    return found


def build(dest: Path, source_dir: Path = SOURCE_DIR) -> list[Path]:
    """Compile every language into `dest`; returns the files written."""
    written = []
    for lang, source in sources(source_dir).items():
        mo = dest / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
        mo.parent.mkdir(parents=True, exist_ok=True)
        mo.write_bytes(compile_catalog(source, lang))
        written.append(mo)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    dest = Path(args[0]) if args else SOURCE_DIR
    for mo in build(dest):
        print(mo, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
