"""Developer tool: the eighty-first blind held-out set (FreshRSS's and Wallabag's mail errors).

FreshRSS (FreshRSS/FreshRSS, October 2024): its one mail, the e-mail address validation
(app/Mailers/UserMailer.php, sent by app/Controllers/userController.php on sign-up, on an
e-mail change and by "Resend the email"), goes through lib/Minz/Mailer.php mail(): PHPMailer
with exceptions on; a failure is logged as 'Minz_Mailer cannot send a message: ' . ErrorInfo
and the user is shown user.email.validation.feedback.email_failed, which names no reason.
PHPMailer is the copy FreshRSS ships in lib/phpmailer/phpmailer (VERSION 6.9.1); FreshRSS
never calls setLanguage(), so ErrorInfo is PHPMailer's built-in English. ErrorInfo is traced
by hand through that copy (PHPMailer.php smtpSend(), smtpConnect(), getSmtpErrorMessage(),
setError(), which appends the SMTP class's last error without a separator, and SMTP.php
getSMTPConnection(), startTLS(), sendCommand()), the PHP stream warnings as PHP 8.1+ (its
floor) and OpenSSL 3 word them; en only. Its own texts from app/i18n/<lang>/{user,feedback}
.php (de, fr, es, it, nl, pt-br, pl, ja; an entry marked TODO or IGNORE, or equal to the
English, is left out), code null.

Wallabag (wallabag/wallabag, August 2026): registration and password resetting through
FOSUserBundle's fos_user.mailer.twig_symfony and the e-mail two-factor code through
src/Mailer/AuthCodeMailer.php, both on Symfony Mailer (app/config/config.yml mailer dsn
MAILER_DSN, no messenger: sent synchronously); the TransportException reaches Symfony's
handler (logged; the user sees the error page, messages error.page_title). composer.lock pins
symfony/mailer v5.4.52, not stored: read in the symfony/mailer 5.4 branch (March 2024,
v5.4.38-ish; Transport/Smtp's wording unchanged along 5.4, the reply assertion still a plain
TransportException), en only, through tools/extract_fifty_fourth.py's Symfony picks. Its own
texts from translations/messages.<lang>.yml and validators.<lang>.yml (de, fr, es, it, nl,
pl, ja; messages.pt is Portuguese, not pt-BR), code null. Labelled blind from the code.

    python -m tools.extract_eighty_first MIRRORS_DIR benchmarks/data/eighty_first_texts.json

MIRRORS_DIR holds `FreshRSS+FreshRSS/repo`, `wallabag+wallabag/repo` and
`symfony+mailer/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from pathlib import Path

import yaml

from tools.extract_fifty_fourth import _REPLY, _smtp_entries, _smtp_picks
from tools.extract_fresh_texts import Pick, _entry, _library, _where, git, write_set

FRESHRSS = ("FreshRSS/FreshRSS", "6c58b90518c30a165db1ee8ea34e0f3d12c6c898")
WALLABAG = ("wallabag/wallabag", "5afc37df9303cf983864c288d46bb23f12221695")
SF_MAILER = ("symfony/mailer", "1d0ef27f1b19b9a0175a0e130d1df3113e5a130e")  # 5.4 branch
LANGS = ("de", "fr", "es", "it", "nl", "pt-BR", "pl", "ja")
PM = "lib/phpmailer/phpmailer/src/"

# ---------------------------------------------------------------- FreshRSS over PHPMailer 6.9.1
_LOG = "Minz_Mailer cannot send a message: "
_CONNECT = "SMTP Error: Could not connect to SMTP host."
_SSL = "SSL operation failed with code 1. OpenSSL Error messages:\n"
_CONN_WHY = (
    "SMTP.php getSMTPConnection(): stream_socket_client() fails, setError('Failed to connect "
    "to server', '', errno, errstr); smtpConnect() has no exception to rethrow and throws "
    "getSmtpErrorMessage('connect_host') (detail empty); postSend()/send() setError() append "
    "'SMTP server error: ' + the error, ' SMTP code: ' + errno (left out when 0) and "
    "' Additional SMTP info: ' + errstr: "
)
_TLS_WHY = (
    "smtpConnect(): SMTPSecure 'tls' (or the server offers STARTTLS), SMTP.php startTLS(): "
    "STARTTLS answered 220, stream_socket_enable_crypto()'s warning goes to errorHandler(), "
    "setError('Connection failed.', the warning); getSmtpErrorMessage('connect_host') joins "
    "them; quit() on the broken TLS stream then fails ('QUIT command failed', no reply), which "
    "setError() appends: "
)
_RCPT_WHY = (
    "PHPMailer.php smtpSend(): RCPT TO refused, the reply's detail kept per address; no DATA; "
    "quit() succeeds (error cleared); Exception(lang('recipients_failed') . address: detail); "
)
_FROM_WHY = (
    "PHPMailer.php smtpSend(): MAIL FROM refused: setError(lang('from_failed') . from . ' : ' "
    ". implode(',', SMTP error array)) appends the SMTP error once, the Exception of that "
    "ErrorInfo gets it appended again by postSend()/send(): "
)
_DATA_WHY = (
    "PHPMailer.php smtpSend(): the end of DATA refused ('DATA END command failed'); "
    "Exception(lang('data_not_accepted')), setError() appends the SMTP error: "
)


def _pm_connect(errno: str, errstr: str) -> str:
    text = f"{_CONNECT} Failed to connect to serverSMTP server error: Failed to connect to server"
    if errno != "0":
        text += f" SMTP code: {errno}"
    return text + f" Additional SMTP info: {errstr}"


def _pm_tls(reason: str) -> str:
    return (
        f"{_CONNECT} Connection failed. stream_socket_enable_crypto(): {_SSL}{reason}"
        "SMTP server error: QUIT command failed"
    )


def _pm_rcpt(rcpt: str, detail: str) -> str:
    return f"SMTP Error: The following recipients failed: {rcpt}: {detail}\r\n"


def _pm_from(sender: str, code: str, ex: str, detail: str) -> str:
    tail = f"SMTP server error: MAIL FROM command failed Detail: {detail}\r\n SMTP code: {code}"
    tail += f" Additional SMTP info: {ex}"
    head = f"The following From address failed: {sender} : MAIL FROM command failed,"
    return f"{head}{detail}\r\n,{code},{ex}{tail}{tail}"


def _pm_data(code: str, ex: str, detail: str) -> str:
    return (
        "SMTP Error: data not accepted.SMTP server error: DATA END command failed Detail: "
        f"{detail}\r\n SMTP code: {code} Additional SMTP info: {ex}"
    )


HOST, USER, FROM, RCPT = (
    "smtp.example.com",
    "alice@example.com",
    "freshrss@example.net",
    ("bob@example.org"),
)
_GAI = f"php_network_getaddresses: getaddrinfo for {HOST} failed: "
# (the text after the log prefix, code, why, a literal of the raising code, the file)
FRESHRSS_MAIL: list[tuple[str, str | None, str, str, str]] = [
    (
        _pm_connect("111", "Connection refused"),
        "PORT_CLOSED",
        _CONN_WHY + "ECONNREFUSED, nothing listens on the port",
        "'Failed to connect to server'",
        "SMTP.php",
    ),
    (
        _pm_connect("110", "Connection timed out"),
        "PORT_FILTERED",
        _CONN_WHY + "ETIMEDOUT, the SYN goes unanswered: a firewall drops it",
        "'Failed to connect to server'",
        "SMTP.php",
    ),
    (
        _pm_connect("0", _GAI + "Name or service not known"),
        "HOST_NOT_FOUND",
        _CONN_WHY + "getaddrinfo EAI_NONAME (errno 0), the host name does not resolve",
        "'Failed to connect to server'",
        "SMTP.php",
    ),
    (
        _pm_connect("0", _GAI + "Temporary failure in name resolution"),
        "DNS_FAILURE",
        _CONN_WHY + "getaddrinfo EAI_AGAIN (errno 0), the resolver did not answer",
        "'Failed to connect to server'",
        "SMTP.php",
    ),
    (
        _pm_connect("101", "Network is unreachable"),
        "HOST_UNREACHABLE",
        _CONN_WHY + "ENETUNREACH, no route to the server",
        "'Failed to connect to server'",
        "SMTP.php",
    ),
    (
        _pm_connect("113", "No route to host"),
        "HOST_UNREACHABLE",
        _CONN_WHY + "EHOSTUNREACH, the host cannot be reached",
        "'Failed to connect to server'",
        "SMTP.php",
    ),
    (
        f"{_CONNECT} Failed to connect to serverSMTP server error: Failed to connect to server",
        None,
        _CONN_WHY + "an ssl:// (SMTPSecure 'ssl') connection whose TLS handshake fails: the "
        "OpenSSL reason (certificate, wrong version number...) goes only to the debug output, "
        "errno 0 and errstr empty, so nothing narrows it",
        "'Failed to connect to server'",
        "SMTP.php",
    ),
    (
        _CONNECT,
        None,
        "SMTP.php connect(): connected, but the greeting is not 220 (a 421/554 refusal, or no "
        "greeting at all on a TLS port, read as empty): it closes without setError(), and "
        "smtpConnect() throws lang('connect_host') alone: several causes, nothing narrows it",
        "$message = $this->getSmtpErrorMessage('connect_host');",
        "PHPMailer.php",
    ),
    (
        _pm_tls("error:0A000086:SSL routines::certificate verify failed"),
        "CERT_UNTRUSTED",
        _TLS_WHY + "verify_peer on by default: the chain does not lead to a trusted CA",
        "'Connection failed.'",
        "SMTP.php",
    ),
    (
        _pm_tls("error:0A000102:SSL routines::unsupported protocol"),
        "TLS_OUTDATED",
        _TLS_WHY + "the server offers only TLS 1.0/1.1, below OpenSSL 3's floor",
        "'Connection failed.'",
        "SMTP.php",
    ),
    (
        f"{_CONNECT} STARTTLS command failed TLS not available due to local problem\r\n",
        "STARTTLS_FAILED",
        "SMTP.php startTLS(): sendCommand('STARTTLS', ..., 220) refused with 454 4.7.0 "
        "(code and enhanced code cut from the detail); getSmtpErrorMessage('connect_host') "
        "joins error and detail; quit() then succeeds and clears the error: the server offers "
        "STARTTLS but cannot switch",
        '"$command command failed"',
        "SMTP.php",
    ),
    (
        "SMTP Error: Could not authenticate.",
        "AUTH_FAILED",
        "PHPMailer.php smtpConnect(): SMTP.php authenticate() false (AUTH LOGIN's password "
        "step, or AUTH PLAIN, answered 535: the user name or password is wrong); "
        "Exception(lang('authenticate')); quit() succeeds and clears the SMTP error, so "
        "nothing is appended",
        "throw new Exception($this->lang('authenticate'));",
        "PHPMailer.php",
    ),
    (
        _pm_from(
            FROM, "553", "5.7.1", f"<{FROM}>: Sender address rejected: not owned by user {USER}"
        ),
        "SENDER_REFUSED",
        _FROM_WHY + "553 5.7.1, the configured 'from' is not an address the account may use",
        "$this->lang('from_failed') . $smtp_from",
        "PHPMailer.php",
    ),
    (
        _pm_from(FROM, "450", "4.7.1", "Error: too much mail from 203.0.113.10"),
        "RATE_LIMITED",
        _FROM_WHY + "450 4.7.1, the server's per-client sending limit",
        "$this->lang('from_failed') . $smtp_from",
        "PHPMailer.php",
    ),
    (
        _pm_rcpt(RCPT, f"<{RCPT}>: Relay access denied"),
        "RELAY_REFUSED",
        _RCPT_WHY + "554 5.7.1: mail to another domain without an authenticated session",
        "$this->lang('recipients_failed') . $errstr",
        "PHPMailer.php",
    ),
    (
        _pm_rcpt(
            RCPT, f"<{RCPT}>: Recipient address rejected: User unknown in virtual mailbox table"
        ),
        "RECIPIENT_UNKNOWN",
        _RCPT_WHY + "550 5.1.1: the user's address does not exist",
        "$this->lang('recipients_failed') . $errstr",
        "PHPMailer.php",
    ),
    (
        _pm_rcpt(RCPT, f"<{RCPT}>: Recipient address rejected: Mailbox full"),
        "RECIPIENT_MAILBOX_FULL",
        _RCPT_WHY + "452 4.2.2: the user's mailbox is over its quota",
        "$this->lang('recipients_failed') . $errstr",
        "PHPMailer.php",
    ),
    (
        _pm_data("552", "5.3.4", "Message size exceeds fixed limit"),
        "SIZE_LIMIT",
        _DATA_WHY + "552 5.3.4, the message is over the server's size limit",
        "throw new Exception($this->lang('data_not_accepted')",
        "PHPMailer.php",
    ),
    (
        _pm_data("554", "5.7.1", "Message rejected as spam"),
        "REJECTED_AS_SPAM",
        _DATA_WHY + "554 5.7.1, the server's content filter refused the message as spam",
        "throw new Exception($this->lang('data_not_accepted')",
        "PHPMailer.php",
    ),
    (
        "Could not instantiate mail function.",
        None,
        "PHPMailer.php mailSend(): FreshRSS's default mailer 'mail' (config.default.php): PHP's "
        "mail() returned false (the local sendmail missing or failing), no server or setting "
        "named",
        "throw new Exception($this->lang('instantiate')",
        "PHPMailer.php",
    ),
    (
        "Invalid address:  (From): freshrss",
        None,
        "PHPMailer.php setFrom(): the configured 'from' fails PHPMailer's own address check "
        "(html5 validator), before any server is asked: a form-like validation",
        "'%s (From): %s'",
        "PHPMailer.php",
    ),
]

# FreshRSS's own texts: (file, dotted key, values for %s/%d)
FRESHRSS_OWN: list[tuple[str, str, tuple[str, ...], str]] = [
    (
        "user",
        "email.validation.feedback.email_failed",
        (),
        "app/Controllers/userController.php sendValidationEmailAction(): Minz_Mailer::mail() "
        "returned false, whatever PHPMailer's reason (only logged): nothing narrows it",
    ),
    ("user", "email.feedback.invalid", (), ""),
    ("user", "email.feedback.required", (), ""),
    ("user", "email.validation.feedback.error", (), ""),
    ("user", "email.validation.feedback.wrong_token", (), ""),
    ("user", "email.validation.feedback.unnecessary", (), ""),
    ("user", "password.invalid", (), ""),
    ("user", "tos.feedback.invalid", (), ""),
    ("user", "username.invalid", (), ""),
    ("user", "username.taken", ("alice",), ""),
    ("feedback", "access.denied", (), ""),
    ("feedback", "access.not_found", (), ""),
    ("feedback", "api.password.failed", (), ""),
    ("feedback", "auth.login.invalid", (), "FreshRSS's own sign-in, not a mail server"),
    ("feedback", "conf.error", (), ""),
    ("feedback", "profile.error", (), ""),
    ("feedback", "import_export.file_cannot_be_uploaded", (), ""),
    ("feedback", "import_export.zip_error", (), ""),
    ("feedback", "import_export.no_zip_extension", (), ""),
    ("feedback", "sub.category.name_exists", (), ""),
    ("feedback", "sub.category.over_max", ("16",), ""),
    ("feedback", "sub.feed.error", (), ""),
    ("feedback", "sub.feed.invalid_url", ("https://news.example.com/rss",), ""),
    ("feedback", "sub.feed.over_max", ("200",), ""),
    ("feedback", "update.server_not_found", ("https://update.freshrss.org",), ""),
    ("feedback", "user.created.error", ("alice",), ""),
    ("feedback", "tag.error", (), ""),
]

_PHP_LINE = re.compile(r"^\s*'([^']+)'\s*=>\s*(?:(array\(|\[)|'((?:[^'\\]|\\.)*)',?(.*))$")


def read_freshrss_i18n(text: str) -> dict[str, str]:
    """A FreshRSS app/i18n file (nested `'key' => array(` / `'key' => 'value',`) flattened to
    dotted keys; values marked `// TODO` or `// IGNORE` (untranslated) are left out."""
    stack: list[str] = []
    out: dict[str, str] = {}
    body = text.split("return array(", 1)[1]
    for line in body.splitlines():
        match = _PHP_LINE.match(line)
        if match:
            key, opens, value, rest = match.groups()
            if opens:
                stack.append(key)
            elif not re.search(r"//\s*(TODO|IGNORE)", rest or "", re.I):
                out[".".join([*stack, key])] = re.sub(r"\\([\\'])", r"\1", value)
        elif re.match(r"^\s*[)\]],?\s*(//.*)?$", line) and stack:
            stack.pop()
    return out


def _fill(text: str, values: tuple[str, ...]) -> str:
    for value in values:
        assert re.search(r"%[sd]", text), (text, value)
        text = re.sub(r"%[sd]", value, text, count=1)
    return text


def freshrss(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, FRESHRSS)
    at = f"{FRESHRSS[0]}@{commit[:12]}"
    version = git(repo, "show", f"{commit}:lib/phpmailer/phpmailer/VERSION").strip()
    assert version == "6.9.1", version
    mailer = git(repo, "show", f"{commit}:lib/Minz/Mailer.php")
    assert "setLanguage" not in mailer and "new PHPMailer(true)" in mailer
    log_at = _where(repo, commit, f"'{_LOG}' . $mail->ErrorInfo", ("lib/Minz/Mailer.php",))
    entries: list[dict[str, object]] = []
    send_why = (
        "lib/Minz/Mailer.php mail() (the e-mail validation mail, app/Mailers/UserMailer.php): "
        "PHPMailer 6.9.1's Exception caught, Minz_Log::error('" + _LOG + "' . ErrorInfo); "
    )
    for text, code, why, literal, path in FRESHRSS_MAIL:
        where = _where(repo, commit, literal, (PM + path,))
        source = f"{at}:{log_at} (then {at}:{where})"
        pick = Pick(text, code, why=send_why + why)
        entries.append(
            _entry(
                "FreshRSS", f"freshrss.{len(entries)}", pick, {"en": _LOG + text}, {"en": source}
            )
        )
    folders = {"en": "en", **{lang: lang.lower() for lang in LANGS}}
    tables = {
        (name, lang): read_freshrss_i18n(
            git(repo, "show", f"{commit}:app/i18n/{folder}/{name}.php")
        )
        for name in ("user", "feedback")
        for lang, folder in folders.items()
    }
    for name, key, values, why in FRESHRSS_OWN:
        english = tables[name, "en"][key]
        texts = {"en": _fill(english, values)}
        sources = {"en": f"{at}:app/i18n/en/{name}.php#{key}"}
        for lang in LANGS:
            words = tables[name, lang].get(key)
            if words and words != english:
                texts[lang] = _fill(words, values)
                sources[lang] = f"{at}:app/i18n/{folders[lang]}/{name}.php#{key}"
        why = why or (
            f"app/i18n/<lang>/{name}.php {key}: FreshRSS's own account, form or feed message, "
            "no mail setting involved"
        )
        entries.append(
            _entry(
                "FreshRSS",
                f"freshrss.{len(entries)}",
                Pick(key, None, why=why),
                texts,
                sources,
            )
        )
    return entries


# ---------------------------------------------------------------- Wallabag over Symfony Mailer 5.4
_WB_SEND = (
    "Wallabag's mails (FOSUserBundle's fos_user.mailer.twig_symfony for registration and "
    "resetting, src/Mailer/AuthCodeMailer.php sendAuthCode() for the e-mail two-factor code) "
    "through Symfony Mailer's EsmtpTransport (MAILER_DSN), synchronously; the "
    "TransportException reaches Symfony's handler (logged, the error page shown); "
)
# Wallabag's own texts: (file, dotted key, {placeholder: value}, why)
WALLABAG_OWN: list[tuple[str, str, dict[str, str], str]] = [
    (
        "messages",
        "error.page_title",
        {},
        "the error page a failed mail (or any other uncaught exception) ends on: nothing "
        "narrows it",
    ),
    ("validators", "validator.captcha_invalid", {}, ""),
    ("validators", "validator.password_must_match", {}, ""),
    ("validators", "validator.password_too_short", {}, ""),
    ("validators", "validator.password_wrong_value", {}, ""),
    ("validators", "validator.item_per_page_too_low", {}, ""),
    ("validators", "validator.quote_length_too_high", {"{{ limit }}": "500"}, ""),
    ("messages", "flashes.config.notice.otp_code_invalid", {}, "Wallabag's own 2FA check"),
    ("messages", "flashes.config.notice.tagging_rules_not_imported", {}, ""),
    ("messages", "flashes.config.notice.password_updated", {}, ""),
    ("messages", "flashes.config.notice.config_saved", {}, ""),
    ("messages", "flashes.entry.notice.entry_saved_failed", {}, ""),
    ("messages", "flashes.entry.notice.entry_reloaded_failed", {}, ""),
    ("messages", "flashes.entry.notice.no_random_entry", {}, ""),
    (
        "messages",
        "flashes.tag.notice.too_much_tags",
        {"%tags%": "5", "%characters%": "40"},
        "",
    ),
    ("messages", "flashes.import.notice.failed", {}, ""),
    ("messages", "flashes.import.notice.failed_on_file", {}, ""),
    ("messages", "flashes.import.error.redis_enabled_not_installed", {}, ""),
    ("messages", "flashes.import.error.rabbit_enabled_not_installed", {}, ""),
    ("messages", "flashes.user.notice.added", {"%username%": "alice"}, ""),
    ("messages", "security.resetting.description", {}, ""),
    ("messages", "security.login.forgot_password", {}, ""),
]


def _dotted(table: object, key: str) -> str | None:
    for part in key.split("."):
        if not isinstance(table, dict) or part not in table:
            return None
        table = table[part]
    return table if isinstance(table, str) else None


def _wb_fill(text: str, values: dict[str, str]) -> str:
    for name, value in values.items():
        assert name in text, (text, name)
        text = text.replace(name, value)
    return text


def wallabag(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, WALLABAG)
    at = f"{WALLABAG[0]}@{commit[:12]}"
    lock = json.loads(git(repo, "show", f"{commit}:composer.lock"))
    locked = {p["name"]: p["version"] for p in lock["packages"]}
    assert locked["symfony/mailer"] == "v5.4.52", locked["symfony/mailer"]
    send = _where(repo, commit, "$this->mailer->send($email);", ("src/Mailer/AuthCodeMailer.php",))
    picks = []
    for pick in _smtp_picks(HOST, USER, "wallabag@example.net", RCPT):
        if pick.then == _REPLY:  # 5.4 throws a plain TransportException
            pick = dataclasses.replace(
                pick, then="throw new TransportException(sprintf('Expected response code"
            )
        why = pick.why.replace("(MAIL_FROM_ADDRESS)", "(from_email)")
        picks.append(dataclasses.replace(pick, why=why))
    entries = _smtp_entries(
        "Wallabag", "wallabag", 0, f"{at}:{send}", _WB_SEND, SF_MAILER, "", picks, mirrors
    )
    tables = {
        (name, lang): yaml.safe_load(
            git(repo, "show", f"{commit}:translations/{name}.{lang.replace('-', '_')}.yml")
        )
        for name in ("messages", "validators")
        for lang in ("en", *[lang for lang in LANGS if lang != "pt-BR"])
    }
    for name, key, values, why in WALLABAG_OWN:
        english = _dotted(tables[name, "en"], key)
        assert english, key
        texts = {"en": _wb_fill(english, values)}
        sources = {"en": f"{at}:translations/{name}.en.yml#{key}"}
        for lang in LANGS:
            if lang == "pt-BR":
                continue
            words = _dotted(tables[name, lang], key)
            if words and words != english:
                texts[lang] = _wb_fill(words, values)
                sources[lang] = f"{at}:translations/{name}.{lang}.yml#{key}"
        why = why or (
            f"translations/{name}.<lang>.yml {key}: Wallabag's own account, form or import "
            "message, no mail setting involved"
        )
        entries.append(
            _entry("Wallabag", f"wallabag.{len(entries)}", Pick(key, None, why=why), texts, sources)
        )
    return entries


ABOUT = (
    "The eighty-first held-out set (tools/extract_eighty_first.py): FreshRSS (FreshRSS/"
    "FreshRSS, October 2024): the e-mail validation mail's failure as lib/Minz/Mailer.php logs "
    "it, 'Minz_Mailer cannot send a message: ' + the ErrorInfo of the PHPMailer 6.9.1 it ships "
    "in lib/ (built-in English, no setLanguage), en only; its own account, form and feed texts "
    "(app/i18n/<lang>/user.php, feedback.php), among them the reasonless 'email_failed' the "
    "user sees. Wallabag (wallabag/wallabag, August 2026): registration, resetting and 2FA "
    "code mails through Symfony Mailer, locked at v5.4.52 and read in the symfony/mailer 5.4 "
    "branch (the locked tag is not stored), the TransportException's message, en only; its "
    "own texts (translations/messages and validators .<lang>.yml). Extracted and labelled "
    "blind from the code; code null: no mail-settings problem or nothing narrowing it. A "
    "language without a translation or with the English one is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, freshrss, wallabag)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
