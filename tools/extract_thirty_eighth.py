"""Developer tool: the thirty-eighth blind held-out set (Matomo's mail).

Matomo (core/Mail/Transport.php sends through PHPMailer v6.9.2, the version composer.lock locks,
with exceptions on and setLanguage() set to the user's Matomo language, so PHPMailer's own
language files word the reason; the forgotten-password form, plugins/Login/PasswordResetter.php
initiatePasswordResetProcess(), shows the exception's message followed by Login_ContactAdmin)
and Matomo's own messages (lang/<ll>.json, plugins/Login/lang/<ll>.json): code null. pretix is
not in this set: its snapshot is too large to fetch; Indico takes its place: `indico setup
wizard` (indico/cli/setup.py _prompt_smtp_data()) tests the SMTP server with smtplib and
warns 'SMTP connection failed: ' + str(exc), CPython 3.11.7's smtplib/ssl/OS English (en
only, a CLI), and Indico's own messages (indico/translations/<ll_CC>/LC_MESSAGES/
messages-all.po): code null. Labelled blind from the code.

    python -m tools.extract_thirty_eighth MIRRORS_DIR benchmarks/data/thirty_eighth_texts.json

MIRRORS_DIR holds `matomo-org+matomo/repo`, `PHPMailer+PHPMailer/repo` and `indico+indico/repo`
as `fetch` leaves them in /work/.mirror; smtplib is read from the running CPython, which must
be 3.11.7 (no CPython snapshot fits).
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

from tools.extract_fresh_texts import (
    Pick,
    _entry,
    _library,
    _po_catalogs,
    _po_translated,
    _where,
    git,
    write_set,
)

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
        "from_failed",
        "noreply@example.org : MAIL FROM command failed,Sender address rejected: Domain not "
        "found" + _R + ",553,5.1.8",
        "SENDER_REFUSED",
        "PHPMailer.php smtpSend(): MAIL FROM refused with 553 5.1.8: the From address's domain "
        "(noreply@{DOMAIN} of Matomo's own host name) does not resolve, the server will not "
        "take it as sender",
    ),
    _pm(
        "from_failed",
        "noreply@example.org : MAIL FROM command failed,Sender rate limit exceeded, try again "
        "later" + _R + ",451,4.7.1",
        "RATE_LIMITED",
        "PHPMailer.php smtpSend(): MAIL FROM deferred with 451 4.7.1 naming a rate limit: the "
        "account has sent too much",
    ),
    _pm(
        "recipients_failed",
        "bob@example.net: Recipient address rejected: Greylisted, see "
        "https://postgrey.schweikert.ch/help/example.net.html" + _R,
        None,
        "PHPMailer.php smtpSend(): RCPT TO deferred with 450 4.2.0 by greylisting: the "
        "recipient's server asks to retry later; no settings problem and no code of its own",
    ),
    _pm(
        "recipients_failed",
        "bob@example.net: Sender address rejected: not logged in" + _R,
        "RELAY_REFUSED",
        "PHPMailer.php smtpSend(): RCPT TO refused with 553 5.7.1 'not logged in': no SMTP "
        "username is set (SMTPAuth off) and the server relays only for authenticated clients",
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
    (
        "CoreAdminHome",
        "ErrorEmailFromAddressNotValid",
        (),
        "the general settings form refuses a malformed SMTP from address before any sending",
    ),
    ("UsersManager", "ExceptionInvalidEmail", (), "the user form's e-mail validation"),
    ("UsersManager", "ExceptionEmailExists", ("bob@example.net",), "a duplicate user e-mail"),
    ("UsersManager", "ExceptionLoginExists", ("bob",), "a duplicate user name"),
    ("UsersManager", "ExceptionUserDoesNotExist", ("bob",), "an unknown user"),
    ("UsersManager", "ExceptionInvalidPassword", ("6",), "a too short password"),
    ("General", "ExceptionDatabaseAccess", (), "the database refuses Matomo's login"),
    ("General", "InvalidDateRange", (), "a report's date picker"),
    (
        "General",
        "ExceptionCapabilityAccessWebsite",
        ("tagmanager_write", "3"),
        "a user without the capability",
    ),
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


INDICO = ("indico/indico", "b8f1fde8b81b199341cc84a75909cb0ed362d44e")
INDICO_LANG = {
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "pl": "pl_PL",
    "pt-BR": "pt_BR",
    "ja": "ja_JP",
}
_CPYTHON = "3.11.7"
_WIZ = (
    "indico/cli/setup.py _prompt_smtp_data() (`indico setup wizard`): SMTP(host, port, "
    "timeout=10), ehlo_or_helo_if_needed(), with a username starttls() (no context: "
    "ssl._create_stdlib_context(), no certificate check) and login(); any exception is shown "
    "as 'SMTP connection failed: ' + str(exc); "
)


def _wiz(reason: str, code: str | None, why: str, literal: str = "") -> Pick:
    return Pick("SMTP connection failed: " + reason, code, (), _WIZ + why, literal, "smtp")


INDICO_PICKS: list[Pick] = [
    _wiz(
        "[Errno 111] Connection refused",
        "PORT_CLOSED",
        "socket.create_connection() ECONNREFUSED (glibc strerror): nothing listens on the port",
    ),
    _wiz(
        "timed out",
        "PORT_FILTERED",
        "socket.create_connection() times out after 10 s (TimeoutError('timed out')): the "
        "port never answers",
    ),
    _wiz(
        "[Errno -2] Name or service not known",
        "HOST_NOT_FOUND",
        "getaddrinfo EAI_NONAME (socket.gaierror): the SMTP host does not resolve",
    ),
    _wiz(
        "[Errno -3] Temporary failure in name resolution",
        "DNS_FAILURE",
        "getaddrinfo EAI_AGAIN: the resolver gave no answer",
    ),
    _wiz(
        "[Errno 113] No route to host",
        "HOST_UNREACHABLE",
        "connect() EHOSTUNREACH: no route to the SMTP host",
    ),
    _wiz(
        "Connection unexpectedly closed: timed out",
        "NO_GREETING",
        "smtplib getreply(): the connection is made but reading the 220 greeting times out "
        "(OSError wrapped in SMTPServerDisconnected): the server says nothing, as an implicit "
        "TLS port (465) does to a plain client",
        "Connection unexpectedly closed: ",
    ),
    _wiz(
        "Connection unexpectedly closed",
        "CONNECTION_CLOSED",
        "smtplib getreply(): the server closed the connection before a reply line",
        'SMTPServerDisconnected("Connection unexpectedly closed")',
    ),
    _wiz(
        "STARTTLS extension not supported by server.",
        "STARTTLS_NOT_OFFERED",
        "smtplib starttls(): the EHLO reply names no STARTTLS (the wizard asks for it whenever "
        "a username is given)",
        "STARTTLS extension not supported by server.",
    ),
    _wiz(
        "SMTP AUTH extension not supported by server.",
        "AUTH_NOT_OFFERED",
        "smtplib login(): after STARTTLS the EHLO reply names no AUTH",
        "SMTP AUTH extension not supported by server.",
    ),
    _wiz(
        "No suitable authentication method found.",
        "AUTH_NOT_OFFERED",
        "smtplib login(): AUTH is offered but none of CRAM-MD5, PLAIN, LOGIN",
        "No suitable authentication method found.",
    ),
    _wiz(
        "(535, b'5.7.8 Error: authentication failed: authentication failure')",
        "AUTH_FAILED",
        "smtplib login(): SMTPAuthenticationError(code, resp), str() of its args: the server "
        "refused the username/password",
        "raise last_exception",
    ),
    _wiz(
        "(534, b'5.7.9 Application-specific password required. For more information, go to"
        "\\n5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
        "d2e1a72fcca58-71e0a0c1b2asm1234567b3a.12 - gsmtp')",
        "APP_PASSWORD_REQUIRED",
        "smtplib login(): Gmail's 534 5.7.9 to AUTH with the account password of a 2-step "
        "account: an app password is needed",
        "raise last_exception",
    ),
    _wiz(
        "[Errno 104] Connection reset by peer",
        "CONNECTION_CLOSED",
        "ECONNRESET while reading the greeting or a reply: the server dropped the connection",
    ),
    _wiz(
        "(535, b'5.7.8 Username and Password not accepted. For more information, go to\\n5.7.8  "
        "https://support.google.com/mail/?p=BadCredentials d2e1a72fcca58-71e0a0c1b2asm1234567b3a"
        ".12 - gsmtp')",
        "AUTH_FAILED",
        "smtplib login(): Gmail's 535 5.7.8 BadCredentials: the username/password is wrong",
        "raise last_exception",
    ),
    _wiz(
        "(535, b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
        "the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
        "[AM0PR02CA0123.eurprd02.prod.outlook.com 2026-08-21T09:14:02.123Z 08DCB1E2A3B4C5D6]')",
        "PROTOCOL_DISABLED",
        "smtplib login(): Microsoft 365 refuses SMTP AUTH because the tenant switched SMTP "
        "client submission off",
        "raise last_exception",
    ),
    _wiz(
        "(535, b'5.7.139 Authentication unsuccessful, basic authentication is disabled. "
        "[AM0PR02CA0123.eurprd02.prod.outlook.com 2026-08-21T09:14:02.123Z 08DCB1E2A3B4C5D6]')",
        "OAUTH_REQUIRED",
        "smtplib login(): Microsoft 365 refuses the password (basic) login; only OAuth works, "
        "which the wizard's login() cannot do",
        "raise last_exception",
    ),
    _wiz(
        "[SSL: UNSUPPORTED_PROTOCOL] unsupported protocol (_ssl.c:1006)",
        "TLS_OUTDATED",
        "smtplib starttls() -> ssl wrap_socket(): the server offers only TLS 1.0/1.1, which "
        "OpenSSL 3's default security level refuses",
        "self.sock = context.wrap_socket(self.sock",
    ),
    _wiz(
        "(554, b'mail.example.com ESMTP not accepting messages')",
        None,
        "smtplib SMTP.__init__(): a 554 greeting (SMTPConnectError(code, msg)): the server "
        "refuses this client without saying why; nothing narrows it",
        "raise SMTPConnectError(code, msg)",
    ),
    _wiz(
        "(421, b'4.7.0 mail.example.com Too many connections, try again later')",
        "RATE_LIMITED",
        "smtplib SMTP.__init__(): a 421 greeting naming too many connections: the server "
        "throttles this client",
        "raise SMTPConnectError(code, msg)",
    ),
]
for _msgid, _note in [
    ("Your session expired", "the web UI's session ran out"),
    ("Wrong current password", "the account page's password change"),
    ("The provided password is incorrect.", "a password prompt"),
    ("You are not allowed to access this page.", "a page the user may not see"),
    ("You are not authorized to access this category.", "a protected category"),
    ("You are not allowed to create events in this category.", "category permissions"),
    ("You are not authorized to book this space.", "room booking permissions"),
    ("This email address is already in use.", "the profile form's validation"),
    ("This username is already in use.", "the account form's validation"),
    ("Passwords must match", "form validation"),
    ("The API key has been blocked.", "an administrator blocked the API key"),
    ("Your Indico profile has been blocked.", "an administrator blocked the user"),
    ("Download link expired", "an old download link"),
]:
    INDICO_PICKS.append(Pick(_msgid, None, (), _note, "", "po"))


def indico(mirrors: Path) -> list[dict[str, object]]:
    import smtplib

    repo, commit = _library(mirrors, INDICO)
    at = f"{INDICO[0]}@{commit[:12]}"
    assert sys.version.split()[0] == _CPYTHON, sys.version
    stdlib = Path(smtplib.__file__).read_text(encoding="utf-8")
    wizard = _where(repo, commit, "_warn('SMTP connection failed: ' + str(exc))", ("indico/cli",))
    catalogs = _po_catalogs(
        repo, commit, "indico/translations/{}/LC_MESSAGES/messages-all.po", INDICO_LANG
    )
    entries = []
    for index, pick in enumerate(INDICO_PICKS):
        if pick.table == "smtp":
            texts = {"en": pick.key}
            sources = {"en": f"{at}:{wizard}"}
            if pick.then:
                lines = [n for n, line in enumerate(stdlib.splitlines(), 1) if pick.then in line]
                assert lines, pick.then
                sources["en"] += f" (then python/cpython@v{_CPYTHON}:Lib/smtplib.py:{lines[0]})"
        else:
            why = f"{pick.why}; no mail-settings problem"
            pick = Pick(pick.key, None, pick.values, why)
            texts = {"en": pick.key}
            message = catalogs["de"][1].get(pick.key)
            assert message is not None, pick.key
            where = message.locations[0][0] if message.locations else "po"
            sources = {"en": f"{at}:{where}"}
            for lang, (path, catalog) in catalogs.items():
                words = _po_translated(catalog, pick.key)
                if words:
                    texts[lang] = words
                    sources[lang] = f"{at}:{path}"
        entries.append(_entry("Indico", f"indico.{index}", pick, texts, sources))
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
    "missing: its snapshot is too large to fetch; Indico takes its place: `indico setup wizard` "
    "warns 'SMTP connection failed: ' + str(exc) (CPython 3.11.7's smtplib, ssl and OS English, "
    "en only) and Indico's own messages (messages-all.po), indico/indico of August 2026."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, matomo, indico)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
