"""Developer tool: texts of mail clients that mailmedic's matcher was never built or tuned on.

Not shipped and not run by CI. `benchmarks/explain.py --fresh` measures how `explain` reads
them; nothing here may ever feed `diagnostics/data/` (that would turn the measurement into a
tuned one again). The apps are GNOME Evolution (its mail engine, evolution-data-server's
Camel providers) and the Roundcube webmail: neither is among the corpus's apps, both ship the
nine languages. A few chosen messages per app and language, never whole files; each keeps the
repository, commit and path it came from. Each string's cause was labelled by reading the code
that raises it, before any text was run through `explain`.

    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/fresh_texts.json

MIRRORS_DIR holds `GNOME+evolution-data-server/repo` and `roundcube+roundcubemail/repo`
(bare repositories). Needs Babel (the dev extra) to read the PO files.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt-BR", "pl", "ja")
EDS_PO = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pt-BR": "pt_BR",
    "pl": "pl",
    "ja": "ja",
}
ROUNDCUBE_DIR = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt-BR": "pt_BR",
    "pl": "pl_PL",
    "ja": "ja_JP",
}

# Evolution (src/camel/...): (msgid, cause, values for its %s in order).
EVOLUTION = [
    ("Failed to authenticate", "AUTH_FAILED", ()),
    ("STARTTLS not supported", "STARTTLS_NOT_OFFERED", ()),
    ("STLS not supported by server", "STARTTLS_NOT_OFFERED", ()),
    (
        "Plaintext authentication disallowed on insecure connections. Change encryption to "
        "STARTTLS or TLS for account “%s”.",
        "PLAINTEXT_AUTH_DISABLED",
        ("alice@example.com",),
    ),
    (
        "IMAP server %s does not support %s authentication",
        "AUTH_NOT_OFFERED",
        ("mail.example.com", "CRAM-MD5"),
    ),
    (
        "SMTP server %s does not support %s authentication",
        "AUTH_NOT_OFFERED",
        ("mail.example.com", "CRAM-MD5"),
    ),
    ("Encryption required for requested authentication mechanism", "PLAINTEXT_AUTH_DISABLED", ()),
    ("Temporary authentication failure", "AUTH_TEMPORARY_FAILURE", ()),
    ("Cannot send message: one or more invalid recipients", "RECIPIENT_UNKNOWN", ()),
    ("Cannot send message: sender address not valid.", "SENDER_REFUSED", ()),
    ("Failed to authenticate on POP server %s: ", "AUTH_FAILED", ("mail.example.com",)),
]
# Roundcube (program/localization/*/messages.inc): (key, cause, values for its $names).
ROUNDCUBE = [
    ("loginfailed", "AUTH_FAILED", {}),
    ("accountlocked", "ACCOUNT_LOCKED", {}),
    ("erroroverquota", "MAILBOX_FULL", {}),
    ("smtpautherror", "AUTH_FAILED", {"code": "535"}),
    (
        "smtpfromerror",
        "SENDER_REFUSED",
        {
            "code": "553",
            "from": "alice@example.com",
            "msg": "5.7.1 <alice@example.com>: Sender address rejected: not owned by user bob",
        },
    ),
    (
        "smtptoerror",
        "RECIPIENT_UNKNOWN",
        {
            "code": "550",
            "to": "bob@example.org",
            "msg": "5.1.1 <bob@example.org>: Recipient address rejected: User unknown",
        },
    ),
    ("smtpsizeerror", "SIZE_LIMIT", {"limit": "10 MB"}),
]


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "--git-dir", str(repo), *args], capture_output=True, text=True, check=False
    )
    return done.stdout


def evolution(mirrors: Path) -> list[dict[str, object]]:
    repo = mirrors / "GNOME+evolution-data-server/repo"
    commit = git(repo, "rev-parse", "HEAD").strip()[:12]
    catalogs = {
        lang: read_po(io.BytesIO(git(repo, "show", f"HEAD:po/{po}.po").encode()))
        for lang, po in EDS_PO.items()
    }
    entries = []
    for index, (msgid, code, values) in enumerate(EVOLUTION):
        texts: dict[str, str] = {"en": msgid}
        origin = catalogs["de"].get(msgid)
        where = origin.locations[0][0] if origin is not None and origin.locations else "po"
        sources = {"en": f"GNOME/evolution-data-server@{commit}:{where}"}
        for lang, catalog in catalogs.items():
            message = catalog.get(msgid)
            if message is not None and message.string and "fuzzy" not in message.flags:
                texts[lang] = str(message.string)
                sources[lang] = f"GNOME/evolution-data-server@{commit}:po/{EDS_PO[lang]}.po"
        filled = {lang: _printf(text, values) for lang, text in texts.items()}
        entries.append(
            {
                "id": f"evolution.{index}",
                "app": "Evolution",
                "code": code,
                "texts": filled,
                "sources": sources,
            }
        )
    return entries


def _printf(text: str, values: tuple[str, ...]) -> str:
    supply = iter(values)
    return re.sub(r"%s", lambda _: next(supply, "mail.example.com"), text).strip()


_INC = re.compile(r"""\$messages\['(\w+)'\]\s*=\s*'((?:[^'\\]|\\.)*)';""")


def roundcube(mirrors: Path) -> list[dict[str, object]]:
    repo = mirrors / "roundcube+roundcubemail/repo"
    commit = git(repo, "rev-parse", "HEAD").strip()[:12]
    files = {}
    for lang, folder in ROUNDCUBE_DIR.items():
        path = f"program/localization/{folder}/messages.inc"
        raw = git(repo, "show", f"HEAD:{path}")
        found = {k: v.replace("\\'", "'") for k, v in _INC.findall(raw)}
        files[lang] = (path, found)
    entries = []
    for key, code, values in ROUNDCUBE:
        texts, sources = {}, {}
        for lang, (path, found) in files.items():
            if key in found:
                bare = re.sub(r"<[^>]+>", "", found[key])  # Roundcube's own markup
                texts[lang] = re.sub(r"\$(\w+)", lambda m, v=values: v.get(m[1], m[0]), bare)
                sources[lang] = f"roundcube/roundcubemail@{commit}:{path}#{key}"
        entries.append(
            {
                "id": f"roundcube.{key}",
                "app": "Roundcube",
                "code": code,
                "texts": texts,
                "sources": sources,
            }
        )
    return entries


def main() -> None:
    mirrors = Path(sys.argv[1])
    about = (
        "Texts of mail clients the matcher was never built or tuned on (tools/"
        "extract_fresh_texts.py); read only by benchmarks/explain.py --fresh."
    )
    data = {"about": about, "entries": evolution(mirrors) + roundcube(mirrors)}
    # A file, not stdout: Babel prints its warnings about old PO syntax there.
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main()
