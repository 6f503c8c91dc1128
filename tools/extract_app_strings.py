"""Developer tool: pick the error strings mailmedic recognises out of the apps' own sources.

Not shipped and not run by CI: it reads local git mirrors of the public repositories below and
writes `diagnostics/data/app_strings.json` (a few dozen chosen messages per app and language,
never whole files). Each entry keeps the repository, commit and path it came from.

    python tools/extract_app_strings.py MIRRORS_DIR > diagnostics/data/app_strings.json

MIRRORS_DIR holds `<owner>+<name>/repo` bare repositories (thunderbird/thunderbird-l10n,
mozilla/releases-comm-central, thunderbird/thunderbird-android, M66B/FairEmail,
deltachat/deltachat-android). `--only deltachat` prints only Delta Chat's entries (to add
them to an existing file).
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt-BR", "pl", "ja")

# (file, key, code); code None: a dialog's title, never a cause on its own.
THUNDERBIRD = [
    ("mail/chrome/messenger/messenger.properties", "mailServerLoginFailed2", "AUTH_FAILED"),
    ("mail/chrome/messenger/messenger.properties", "unknownHostError", "HOST_NOT_FOUND"),
    ("mail/chrome/messenger/messenger.properties", "connectionRefusedError", "PORT_CLOSED"),
    ("mail/chrome/messenger/messenger.properties", "netTimeoutError", "PORT_FILTERED"),
    ("mail/chrome/messenger/messenger.properties", "netResetError", "CONNECTION_CLOSED"),
    ("mail/chrome/messenger/messenger.properties", "netInterruptError", "CONNECTION_CLOSED"),
    ("mail/chrome/messenger/messenger.properties", "oAuth2Error", "AUTH_FAILED"),
    ("mail/chrome/messenger/imapMsgs.properties", "imapConnectionRefusedError", "PORT_CLOSED"),
    ("mail/chrome/messenger/imapMsgs.properties", "imapTlsError", "TLS_HANDSHAKE_FAILED"),
    ("mail/chrome/messenger/imapMsgs.properties", "imapServerDisconnected", "CONNECTION_CLOSED"),
    ("mail/chrome/messenger/imapMsgs.properties", "imapServerNotImap4", "WRONG_PROTOCOL"),
    (
        "mail/chrome/messenger/imapMsgs.properties",
        "imapAuthChangePlainToEncrypt",
        "PLAINTEXT_AUTH_DISABLED",
    ),
    ("mail/chrome/messenger/imapMsgs.properties", "imapAuthMechNotSupported", "AUTH_NOT_OFFERED"),
    (
        "mail/chrome/messenger/imapMsgs.properties",
        "imapAuthChangeEncryptToPlainSSL",
        "AUTH_NOT_OFFERED",
    ),
    ("mail/chrome/messenger/localMsgs.properties", "pop3PasswordFailed", "AUTH_FAILED"),
    ("mail/chrome/messenger/localMsgs.properties", "pop3UsernameFailure", "AUTH_FAILED"),
    (
        "mail/chrome/messenger/localMsgs.properties",
        "nsErrorCouldNotConnectViaTls",
        "TLS_HANDSHAKE_FAILED",
    ),
    (
        "mail/chrome/messenger/localMsgs.properties",
        "pop3AuthChangePlainToEncrypt",
        "PLAINTEXT_AUTH_DISABLED",
    ),
    ("mail/chrome/messenger/localMsgs.properties", "pop3AuthMechNotSupported", "AUTH_NOT_OFFERED"),
    ("mail/chrome/messenger/messengercompose/composeMsgs.properties", "sendFailed", None),
    (
        "mail/chrome/messenger/messengercompose/composeMsgs.properties",
        "smtpAuthFailure",
        "AUTH_FAILED",
    ),
    (
        "mail/chrome/messenger/messengercompose/composeMsgs.properties",
        "startTlsFailed",
        "STARTTLS_NOT_OFFERED",
    ),
    (
        "mail/chrome/messenger/messengercompose/composeMsgs.properties",
        "smtpSendFailedUnknownServer",
        "HOST_NOT_FOUND",
    ),
    (
        "mail/chrome/messenger/messengercompose/composeMsgs.properties",
        "smtpSendRequestRefused",
        "PORT_CLOSED",
    ),
    (
        "mail/chrome/messenger/messengercompose/composeMsgs.properties",
        "smtpSendInterrupted",
        "CONNECTION_CLOSED",
    ),
    (
        "mail/chrome/messenger/messengercompose/composeMsgs.properties",
        "smtpSendTimeout",
        "PORT_FILTERED",
    ),
    (
        "mail/chrome/messenger/messengercompose/composeMsgs.properties",
        "smtpHintAuthPlainToEncrypt",
        "PLAINTEXT_AUTH_DISABLED",
    ),
    (
        "mail/chrome/messenger/messengercompose/composeMsgs.properties",
        "smtpAuthMechNotSupported",
        "AUTH_NOT_OFFERED",
    ),
    (
        "mail/chrome/messenger/messengercompose/composeMsgs.properties",
        "errorSendingRcptCommand",
        "RECIPIENT_UNKNOWN",
    ),
    ("mail/messenger/certError.ftl", "cert-error-domain-mismatch", "CERT_HOSTNAME_MISMATCH"),
    ("mail/messenger/certError.ftl", "cert-error-expired", "CERT_EXPIRED"),
    ("mail/messenger/certError.ftl", "cert-error-not-yet-valid", "CERT_NOT_YET_VALID"),
    ("mail/messenger/certError.ftl", "cert-error-untrusted-default", "CERT_UNTRUSTED"),
]
TB_DIR = {"en": None, "es": "es-ES"}

K9 = [
    ("legacy/ui/legacy", "notification_authentication_error_title", "AUTH_FAILED"),
    ("legacy/ui/legacy", "notification_authentication_error_text", "AUTH_FAILED"),
    ("legacy/ui/legacy", "notification_certificate_error_title", "CERT_UNTRUSTED"),
    (
        "feature/account/server/certificate",
        "account_server_certificate_unknown_error_description_format",
        "CERT_UNTRUSTED",
    ),
]
K9_DIR = {"en": "values", "pt-BR": "values-pt-rBR"}

FAIREMAIL = [
    ("title_setup_no_auth_hint", "AUTH_FAILED"),
    ("title_authentication_failed", "AUTH_FAILED"),
    ("title_trust", "CERT_UNTRUSTED"),
]
FE_DIR = {
    "en": "values",
    "de": "values-de-rDE",
    "fr": "values-fr-rFR",
    "es": "values-es-rES",
    "it": "values-it-rIT",
    "nl": "values-nl-rNL",
    "pt-BR": "values-pt-rBR",
    "pl": "values-pl-rPL",
    "ja": "values-ja-rJP",
}

# Delta Chat (deltachat/deltachat-android res/values-*/strings.xml; the core's stock strings are
# translated there too). Its login error, and the title it puts above the server's own reply.
DELTACHAT = [
    ("login_error_cannot_login", "AUTH_FAILED"),
    ("configuration_failed_with_error", None),
]
DC_DIR = {"en": "values", "pt-BR": "values-pt-rBR"}


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(repo), *args], capture_output=True, text=True, check=False
    ).stdout


def head(repo: Path) -> str:
    return git(repo, "rev-parse", "HEAD").strip()


def properties(text: str, key: str) -> str | None:
    joined = re.sub(r"\\\n\s*", "", text)
    match = re.search(rf"^{re.escape(key)}\s*=\s*(.*)$", joined, re.M)
    return match.group(1).replace("\\n", "\n").strip() if match else None


def fluent(text: str, key: str) -> str | None:
    match = re.search(rf"^{re.escape(key)}\s*=\s*(\S.*)$", text, re.M)
    return match.group(1).strip() if match else None


def android(text: str, key: str) -> str | None:
    match = re.search(rf'<string name="{re.escape(key)}"[^>]*>(.*?)</string>', text, re.S)
    if not match:
        return None
    value = re.sub(r"<xliff:g[^>]*>(.*?)</xliff:g>", r"\1", match.group(1), flags=re.S)
    value = value.replace("\\'", "'").replace('\\"', '"').replace("\\n", "\n")
    value = html.unescape(value).strip().strip('"')
    return re.sub(r"[ \t]+", " ", value)


def main() -> None:
    mirrors = Path(sys.argv[1])
    if sys.argv[2:] == ["--only", "deltachat"]:
        json.dump({"entries": deltachat_entries(mirrors)}, sys.stdout, ensure_ascii=False, indent=1)
        return
    l10n = mirrors / "thunderbird+thunderbird-l10n/repo"
    comm = mirrors / "mozilla+releases-comm-central/repo"
    k9 = mirrors / "thunderbird+thunderbird-android/repo"
    fe = mirrors / "M66B+FairEmail/repo"
    entries: list[dict[str, object]] = []
    for path, key, code in THUNDERBIRD:
        texts: dict[str, str] = {}
        sources: dict[str, str] = {}
        for lang in LANGS:
            if lang == "en":
                repo, name = comm, f"mail/locales/en-US/{path.removeprefix('mail/')}"
                name = name.replace("en-US/chrome", "en-US/chrome").replace(
                    "en-US/messenger/", "en-US/messenger/"
                )
                repo_name = "mozilla/releases-comm-central"
            else:
                repo, name = l10n, f"{TB_DIR.get(lang, lang)}/{path}"
                repo_name = "thunderbird/thunderbird-l10n"
            raw = git(repo, "show", f"HEAD:{name}")
            value = fluent(raw, key) if path.endswith(".ftl") else properties(raw, key)
            if value:
                texts[lang] = value
                sources[lang] = f"{repo_name}@{head(repo)[:12]}:{name}#{key}"
        entries.append(
            {
                "id": f"thunderbird.{key}",
                "app": "Thunderbird",
                "code": code,
                "texts": texts,
                "sources": sources,
            }
        )
    for module, key, code in K9:
        texts, sources = {}, {}
        for lang in LANGS:
            folder = K9_DIR.get(lang, f"values-{lang}")
            name = f"{module}/src/main/res/{folder}/strings.xml"
            value = android(git(k9, "show", f"HEAD:{name}"), key)
            if value:
                texts[lang] = value
                sources[lang] = f"thunderbird/thunderbird-android@{head(k9)[:12]}:{name}#{key}"
        entries.append(
            {
                "id": f"k9.{key}",
                "app": "Thunderbird for Android",
                "code": code,
                "texts": texts,
                "sources": sources,
            }
        )
    for key, code in FAIREMAIL:
        texts, sources = {}, {}
        for lang in LANGS:
            name = f"app/src/main/res/{FE_DIR[lang]}/strings.xml"
            value = android(git(fe, "show", f"HEAD:{name}"), key)
            if value:
                texts[lang] = value
                sources[lang] = f"M66B/FairEmail@{head(fe)[:12]}:{name}#{key}"
        entries.append(
            {
                "id": f"fairemail.{key}",
                "app": "FairEmail",
                "code": code,
                "texts": texts,
                "sources": sources,
            }
        )
    entries.extend(deltachat_entries(mirrors))
    json.dump({"entries": entries}, sys.stdout, ensure_ascii=False, indent=1)


def deltachat_entries(mirrors: Path) -> list[dict[str, object]]:
    dc = mirrors / "deltachat+deltachat-android/repo"
    entries: list[dict[str, object]] = []
    for key, code in DELTACHAT:
        texts: dict[str, str] = {}
        sources: dict[str, str] = {}
        for lang in LANGS:
            name = f"src/main/res/{DC_DIR.get(lang, f'values-{lang}')}/strings.xml"
            value = android(git(dc, "show", f"HEAD:{name}"), key)
            if value:
                texts[lang] = value
                sources[lang] = f"deltachat/deltachat-android@{head(dc)[:12]}:{name}#{key}"
        entries.append(
            {
                "id": f"deltachat.{key}",
                "app": "Delta Chat",
                "code": code,
                "texts": texts,
                "sources": sources,
            }
        )
    return entries


if __name__ == "__main__":
    main()
