"""Developer tool: the thirty-eighth blind held-out set (Matomo's mail).

Matomo (core/Mail/Transport.php sends through PHPMailer v6.9.2, the version composer.lock locks,
with exceptions on and setLanguage() set to the user's Matomo language, so PHPMailer's own
language files word the reason; the forgotten-password form, plugins/Login/PasswordResetter.php
initiatePasswordResetProcess(), shows the exception's message followed by Login_ContactAdmin)
and Matomo's own messages (lang/<ll>.json, plugins/Login/lang/<ll>.json): code null. pretix is
not in this set: its snapshot is too large to fetch. Labelled blind from the code.

    python -m tools.extract_thirty_eighth MIRRORS_DIR benchmarks/data/thirty_eighth_texts.json

MIRRORS_DIR holds `matomo-org+matomo/repo` and `PHPMailer+PHPMailer/repo` as `fetch` leaves
them in /work/.mirror.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _entry, _library, _where, git, write_set

MATOMO = ("matomo-org/matomo", "f09912cb702a76d06ab1a129a8e0a4e2a61818a8")
# Matomo's composer.lock locks phpmailer/phpmailer v6.9.2 (a7b17b42fa48).
PHPMAILER = ("PHPMailer/PHPMailer", "a7b17b42fa4887c92146243f3d2f4ccb962af17c")
# Matomo's language code -> its file name; PHPMailer::setLanguage() gets the same code and
# only takes ll or ll_cc, so "pt-br" falls back to PHPMailer's English.
MATOMO_LANG = {
    "en": "en",
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pl": "pl",
    "pt-BR": "pt-br",
    "ja": "ja",
}
_PM_LINE = re.compile(r"^\$PHPMAILER_LANG\['(\w+)'\]\s*=\s*'((?:[^'\\]|\\.)*)';")
_PM_ENGLISH = re.compile(r"^\s*'(\w+)' => '((?:[^'\\]|\\.)*)'", re.M)

_RESET = (
    "plugins/Login/Controller.php resetPasswordFirstStep() -> PasswordResetter.php "
    "initiatePasswordResetProcess(): sendEmailConfirmationLink() -> core/Mail.php send() -> "
    "core/Mail/Transport.php (PHPMailer(true), isSMTP() with the general settings' SMTP server, "
    "setLanguage(the user's language)); the catch throws $ex->getMessage() . "
    "Login_ContactAdmin and the form shows it as its error; "
)


def _pm(key: str, tail: str, code: str | None, why: str) -> Pick:
    return Pick(key, code, (), _RESET + why, tail, "pm", f"('{key}')")


_R = "\r\n"
MATOMO_PICKS: list[Pick] = [
    _pm(
        "connect_host",
        " Failed to connect to server",
        None,
        "PHPMailer.php smtpConnect(): SMTP::connect() failed for every host (stream_socket_client "
        "error set with an empty detail, so errno/errstr are not in the message), the 'no "
        "exception was thrown' branch: getSmtpErrorMessage('connect_host'); refused, timed out "
        "and unresolvable hosts read alike: nothing narrows it",
    ),
    _pm(
        "authenticate",
        "",
        "AUTH_FAILED",
        "PHPMailer.php smtpConnect(): SMTPAuth is on (a mail 'type' is set) and "
        "SMTP::authenticate() returned false: the server refused the SMTP username/password",
    ),
    _pm(
        "connect_host",
        " STARTTLS command failed TLS not available due to local problem" + _R,
        "STARTTLS_FAILED",
        "PHPMailer.php smtpConnect(): the server offered STARTTLS (SMTPAutoTLS) or encryption is "
        "tls, SMTP::startTLS() got 454 4.7.0 instead of 220 (sendCommand's error and detail "
        "appended by getSmtpErrorMessage()): switching TLS on failed",
    ),
    _pm(
        "from_failed",
        "noreply@example.org : MAIL FROM command failed,Sender address rejected: not owned by "
        "user alice@example.org" + _R + ",553,5.7.1",
        "SENDER_REFUSED",
        "PHPMailer.php smtpSend(): SMTP::mail() refused, from_failed . sender . ' : ' . "
        "implode(',', getError()); the From address (General_SmtpFromAddress, default "
        "noreply@{DOMAIN}) is not one the SMTP account may send as",
    ),
    _pm(
        "recipients_failed",
        "bob@example.net: Recipient address rejected: User unknown in virtual mailbox table" + _R,
        "RECIPIENT_UNKNOWN",
        "PHPMailer.php smtpSend(): RCPT TO refused with 550 5.1.1, recipients_failed . to . ': ' "
        ". detail: the address does not exist",
    ),
    _pm(
        "recipients_failed",
        "bob@example.net: Relay access denied" + _R,
        "RELAY_REFUSED",
        "PHPMailer.php smtpSend(): RCPT TO refused with 554 5.7.1 'Relay access denied': the "
        "server will not relay for this unauthenticated client",
    ),
    _pm(
        "recipients_failed",
        "bob@example.net: Mailbox full" + _R,
        "RECIPIENT_MAILBOX_FULL",
        "PHPMailer.php smtpSend(): RCPT TO refused with 552 5.2.2 'Mailbox full': the "
        "recipient's mailbox is over quota",
    ),
    _pm(
        "recipients_failed",
        "bob@example.net: Service unavailable; Client host [203.0.113.5] blocked using "
        "zen.spamhaus.org" + _R,
        "REJECTED_AS_SPAM",
        "PHPMailer.php smtpSend(): RCPT TO refused with 554 5.7.1 naming a DNS blocklist: the "
        "sending host's IP is listed",
    ),
    _pm(
        "data_not_accepted",
        "",
        None,
        "PHPMailer.php smtpSend(): SMTP::data() failed; the exception carries no reply, so "
        "size, spam and policy rejections read alike: nothing narrows it",
    ),
]

# Matomo's own messages (table, key, values, note): code null.
_OWN = [
    ("Login", "InvalidUsernameEmail", (), "the reset form with an unknown login or address"),
    ("Login", "LoginPasswordNotCorrect", (), "Matomo's own sign-in"),
    ("Login", "LoginNotAllowedBecauseBlocked", (), "brute-force detection blocks the IP"),
    ("Login", "InvalidOrExpiredToken", (), "a stale password-reset link"),
    ("Login", "PasswordsDoNotMatch", (), "the reset form's two passwords differ"),
    ("General", "ExceptionNonceMismatch", (), "a stale form token"),
    (
        "General",
        "ExceptionPrivilegeAccessWebsite",
        ("view", "3"),
        "a user without access to the website",
    ),
    ("General", "ExceptionPrivilege", ("superuser",), "a page that needs more access"),
]
for _table, _key, _values, _note in _OWN:
    MATOMO_PICKS.append(
        Pick(_key, None, _values, f"{_table}_{_key}: {_note}; no mail-settings problem", "", _table)
    )


def _printf(text: str, values: tuple[str, ...]) -> str:
    for index, value in enumerate(values, 1):
        for mark in (f"%{index}$s", f"%{index}$d"):
            text = text.replace(mark, value)
    for value in values:
        text = re.sub(r"%[sd]", value, text, count=1)
    assert "%" not in text, text
    return text


def _plain(text: str) -> str:
    """Matomo's HTML message as the page shows it: <br /> a space, entities undone."""
    return html.unescape(re.sub(r"\s*<br\s*/?>\s*", " ", text))


def _phpmailer_tables(mirrors: Path) -> tuple[str, dict[str, tuple[str, dict[str, str]]]]:
    repo, commit = _library(mirrors, PHPMAILER)
    source = git(repo, "show", f"{commit}:src/PHPMailer.php")
    table = source[source.index("$PHPMAILER_LANG = [") :]
    english = {key: re.sub(r"\\(['\\])", r"\1", t) for key, t in _PM_ENGLISH.findall(table)}
    tables = {"en": ("src/PHPMailer.php", english)}
    for lang, code in MATOMO_LANG.items():
        if lang == "en" or "-" in code:
            continue
        path = f"language/phpmailer.lang-{code}.php"
        own = {}
        for line in git(repo, "show", f"{commit}:{path}").splitlines():
            found = _PM_LINE.match(line)
            if found:
                own[found[1]] = re.sub(r"\\(['\\])", r"\1", found[2])
        tables[lang] = (path, own)
    return f"{PHPMAILER[0]}@{commit[:12]}", tables


def matomo(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, MATOMO)
    at = f"{MATOMO[0]}@{commit[:12]}"
    lock = git(repo, "show", f"{commit}:composer.lock")
    assert f'"reference": "{PHPMAILER[1]}"' in lock, "phpmailer's pin is not the locked one"
    pm_at, pm_tables = _phpmailer_tables(mirrors)
    pm_repo, pm_commit = _library(mirrors, PHPMAILER)
    tables: dict[tuple[str, str], tuple[str, dict[str, str]]] = {}

    def table(name: str, lang: str) -> tuple[str, dict[str, str]]:
        if (name, lang) not in tables:
            folder = "lang" if name == "General" else f"plugins/{name}/lang"
            path = f"{folder}/{MATOMO_LANG[lang]}.json"
            tables[(name, lang)] = (path, json.loads(git(repo, "show", f"{commit}:{path}"))[name])
        return tables[(name, lang)]

    reset = _where(repo, commit, "Piwik::translate('Login_ContactAdmin')", ("plugins/Login",))
    entries = []
    for index, pick in enumerate(MATOMO_PICKS):
        texts: dict[str, str] = {}
        sources: dict[str, str] = {}
        if pick.table == "pm":
            where = _where(pm_repo, pm_commit, pick.context or "", ("src/PHPMailer.php",))
            english_suffix = table("Login", "en")[1]["ContactAdmin"]
            for lang in MATOMO_LANG:
                path, words = table("Login", lang)
                suffix = words.get("ContactAdmin", "")
                if lang != "en" and (not suffix.strip() or suffix == english_suffix):
                    continue
                pm_path, pm_words = pm_tables.get(lang, pm_tables["en"])
                reason = pm_words.get(pick.key, pm_tables["en"][1][pick.key])
                texts[lang] = _plain(reason + pick.then + suffix)
                sources[lang] = (
                    f"{at}:{reset} (then {pm_at}:{where}; {pm_at}:{pm_path}#{pick.key}; "
                    f"{at}:{path}#Login.ContactAdmin)"
                )
        else:
            english = table(pick.table, "en")[1][pick.key]
            for lang in MATOMO_LANG:
                path, words = table(pick.table, lang)
                text = words.get(pick.key, "")
                if lang != "en" and (not text.strip() or text == english):
                    continue
                texts[lang] = _plain(_printf(text, pick.values))
                sources[lang] = f"{at}:{path}#{pick.table}.{pick.key}"
        entries.append(_entry("Matomo", f"matomo.{index}", pick, texts, sources))
    return entries


ABOUT = (
    "The thirty-eighth held-out set (tools/extract_thirty_eighth.py): Matomo's mail (the "
    "forgotten-password form shows PHPMailer's exception message + Login_ContactAdmin; Matomo "
    "sends with PHPMailer v6.9.2, the locked version, with setLanguage() set to the user's "
    "language, so PHPMailer's language files word the reason; pt-br is not a code PHPMailer "
    "takes, so its reason stays English there) and Matomo's own messages (lang/<ll>.json, "
    "plugins/Login/lang/<ll>.json), matomo-org/matomo of October 2024; extracted and labelled "
    "blind from the code; code null: no settings problem, or a failure nothing in the code path "
    "narrows. A language without a translation or with the English one is left out. pretix is "
    "missing: its snapshot is too large to fetch."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, matomo)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
