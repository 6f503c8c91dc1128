"""Developer tool: the seventieth blind held-out set (FluentSMTP's and Contao's mail errors).

FluentSMTP (WPManageNinja/fluent-smtp 2.3.1, August 2026, "Tested up to: 7.0"): its SMTP
connection (app/Services/Mailer/Providers/Smtp/Handler.php postSend()) drives WordPress's
global PHPMailer, created by wp_mail() with exceptions on, and shows the caught exception's
getMessage() as the test's and the email log's error (a WP_Error). WordPress bundled the
PHPMailer 6.11 line in 6.9 and the plugin's date is after it; read in PHPMailer/PHPMailer at
v6.11.1 (d9e3b36b47f0): the English language table of PHPMailer::setLanguage() (WordPress's
WP_PHPMailer gives the same English through __()), smtpConnect()'s getSmtpErrorMessage(),
SMTP.php's setError()/errorHandler() and smtpSend()'s from_failed/recipients_failed. The
plugin's own driver and validation texts (its __() strings); it ships only
language/fluent-smtp.pot, so en only. Contao (contao/contao, August 2026; Craft CMS's
craftcms/cms snapshot is 747 MB, over the fetch limit, so the first fallback): the newsletter
dispatch (newsletter-bundle/contao/classes/Newsletter.php sendNewsletter()) logs a
TransportException to the back end's system log as 'Invalid recipient address "%s": ' + the
exception's message; Contao requires symfony/mailer ^7.4 || ^8.0 and commits no lock, the
newest stored symfony/mailer is its 7.0 branch (eb0c3187c7dd, March 2024): the SMTP
transport's messages read there (the reasons tools/extract_fifty_fourth.py fills), en only
(Symfony's words are not translated). Contao's own sign-in and form texts from
core-bundle/contao/languages/<ll>/default.xlf (de, es, fr, ja, nl, pl; no it, pt), code null.
Labelled blind from the code.

    python -m tools.extract_seventieth MIRRORS_DIR benchmarks/data/seventieth_texts.json

MIRRORS_DIR holds `WPManageNinja+fluent-smtp/repo`, `PHPMailer+PHPMailer/repo`,
`contao+contao/repo` and `symfony+mailer/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from tools.extract_fifty_fourth import SF_MAILER, _lib_where, _smtp_picks
from tools.extract_fresh_texts import Pick, _entry, _library, _where, git, write_set

FLUENT = ("WPManageNinja/fluent-smtp", "b7e28d0c1282824675530ec683b0a4b74f889e3a")  # 2.3.1
PHPMAILER = ("PHPMailer/PHPMailer", "d9e3b36b47f04b497a0164c5a20f92acb4593284")  # v6.11.1
CONTAO = ("contao/contao", "68c375b53198811ce0540fc9504e65f63fa65058")
CONTAO_LANG = {"de": "de", "fr": "fr", "es": "es", "nl": "nl", "pl": "pl", "ja": "ja"}

_SSL = "SSL operation failed with code 1. OpenSSL Error messages:\n"
_FS = (
    "app/Services/Mailer/Providers/Smtp/Handler.php postSend(): $this->phpMailer->send() "
    "throws, the WP_Error carries $e->getMessage(), shown by the connection test and the "
    "email log; "
)
_CONNECT = _FS + "PHPMailer.php smtpConnect(): "
_RCPT = (
    _FS + "PHPMailer.php smtpSend(): each refused RCPT TO adds '<to>: ' + the reply without "
    "its code (SMTP.php sendCommand() detail), thrown as recipients_failed after DATA: "
)
_FROM = (
    _FS + "PHPMailer.php smtpSend(): MAIL FROM refused: setError(from_failed . from . ' : ' . "
    "implode(',', smtp->getError())) appends smtp_error/smtp_detail/smtp_code/smtp_code_ex, and "
    "that ErrorInfo is thrown: "
)


def _tls(reason: str) -> str:
    return (
        "SMTP Error: Could not connect to SMTP host. Connection failed. "
        "stream_socket_enable_crypto(): " + _SSL + reason
    )


def _from(sender: str, code: str, ext: str, detail: str) -> str:
    head = f"The following From address failed: {sender} : MAIL FROM command failed,"
    return (
        f"{head}{detail},{code},{ext} SMTP server error: MAIL FROM command failed Detail: "
        f"{detail} SMTP code: {code} Additional SMTP info: {ext}"
    )


_RCPT_HEAD = "SMTP Error: The following recipients failed: bob@example.net: "
# (text, code, why, PHPMailer literal for the source line)
FLUENT_PHPMAILER: list[Pick] = [
    Pick(
        "SMTP Error: Could not connect to SMTP host. Failed to connect to server",
        None,
        why=_CONNECT + "SMTP.php connect() failed: setError('Failed to connect to server', '', "
        "errno, errstr) keeps errno/errstr out of the message, so a refused port, a timeout, a "
        "host that does not resolve and a failed implicit-TLS handshake read alike",
        then="'Failed to connect to server'",
        table="src/SMTP.php",
    ),
    Pick(
        _tls("error:0A000086:SSL routines::certificate verify failed"),
        "CERT_UNTRUSTED",
        why=_CONNECT + "STARTTLS (encryption tls, or SMTPAutoTLS on) then SMTP.php startTLS(): "
        "stream_socket_enable_crypto()'s warning through errorHandler() ('Connection failed.' "
        "+ the warning), appended to connect_host: the chain is not trusted",
        then="$notice = 'Connection failed.';",
        table="src/SMTP.php",
    ),
    Pick(
        _tls("error:0A000102:SSL routines::unsupported protocol"),
        "TLS_OUTDATED",
        why=_CONNECT + "startTLS()'s handshake: the server offers only TLS 1.0/1.1, below "
        "OpenSSL 3's floor",
        then="$notice = 'Connection failed.';",
        table="src/SMTP.php",
    ),
    Pick(
        _tls("error:0A00010B:SSL routines::wrong version number"),
        "TLS_HANDSHAKE_FAILED",
        why=_CONNECT + "startTLS() after a 220 to STARTTLS: the server's reply to the "
        "ClientHello is no TLS record, the handshake itself broke",
        then="$notice = 'Connection failed.';",
        table="src/SMTP.php",
    ),
    Pick(
        "SMTP Error: Could not connect to SMTP host. STARTTLS command failed TLS not available "
        "due to local problem",
        "STARTTLS_FAILED",
        why=_CONNECT + "startTLS(): the server answers 454 4.7.0 to the STARTTLS it offered "
        "(sendCommand() cuts the code off the detail)",
        then='"$command command failed"',
        table="src/SMTP.php",
    ),
    Pick(
        "SMTP Error: Could not authenticate.",
        "AUTH_FAILED",
        why=_CONNECT + "SMTPAuth on ('Authentication' yes) and SMTP.php authenticate() false: "
        "the 535 to AUTH LOGIN/PLAIN is the usual one (the exception drops the reply)",
        then="'authenticate' => 'SMTP Error: Could not authenticate.'",
        table="src/PHPMailer.php",
    ),
    Pick(
        _from(
            "wordpress@example.com",
            "553",
            "5.7.1",
            "<wordpress@example.com>: Sender address rejected: not owned by user alice@example.com",
        ),
        "SENDER_REFUSED",
        why=_FROM + "the From address is not one the SMTP account may send as",
        then="'from_failed' => 'The following From address failed: '",
        table="src/PHPMailer.php",
    ),
    Pick(
        _from(
            "wordpress@example.com",
            "421",
            "4.7.0",
            "Too many messages from this account, try again later",
        ),
        "RATE_LIMITED",
        why=_FROM + "MAIL FROM answered 421 4.7.0: the account's sending limit",
        then="'from_failed' => 'The following From address failed: '",
        table="src/PHPMailer.php",
    ),
    Pick(
        _RCPT_HEAD + "<bob@example.net>: Relay access denied",
        "RELAY_REFUSED",
        why=_RCPT + "554 5.7.1 Relay access denied, another domain without an authenticated "
        "session",
        then="'recipients_failed' => 'SMTP Error: The following recipients failed: '",
        table="src/PHPMailer.php",
    ),
    Pick(
        _RCPT_HEAD
        + "<bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table",
        "RECIPIENT_UNKNOWN",
        why=_RCPT + "550 5.1.1: the address does not exist",
        then="'recipients_failed' => 'SMTP Error: The following recipients failed: '",
        table="src/PHPMailer.php",
    ),
    Pick(
        _RCPT_HEAD + "Requested mail action aborted: exceeded storage allocation",
        "RECIPIENT_MAILBOX_FULL",
        why=_RCPT + "552 5.2.2: the recipient's mailbox is full",
        then="'recipients_failed' => 'SMTP Error: The following recipients failed: '",
        table="src/PHPMailer.php",
    ),
    Pick(
        "SMTP Error: data not accepted.",
        None,
        why=_FS + "PHPMailer.php smtpSend(): SMTP.php data() false, thrown with the bare "
        "data_not_accepted text: the reply (size, spam, policy) is not in the message",
        then="'data_not_accepted' => 'SMTP Error: data not accepted.'",
        table="src/PHPMailer.php",
    ),
    Pick(
        "Could not instantiate mail function.",
        None,
        why="app/Services/Mailer/Providers/DefaultMail/Handler.php: the PHP mail() connection; "
        "PHPMailer.php mailSend() when mail() returns false: the host's sendmail, not a "
        "mail-server setting",
        then="'instantiate' => 'Could not instantiate mail function.'",
        table="src/PHPMailer.php",
    ),
    Pick(
        "Invalid address:  (From): wordpress@localhost",
        None,
        why=_FS + "PHPMailer.php setFrom(): sprintf('%s (From): %s', invalid_address, address): "
        "the From field is not an address, form validation",
        then="'invalid_address' => 'Invalid address: '",
        table="src/PHPMailer.php",
    ),
    Pick(
        "You must provide at least one recipient email address.",
        None,
        why=_FS + "PHPMailer.php preSend(): no recipient, the caller's mistake",
        then="'provide_address' => 'You must provide at least one recipient email address.'",
        table="src/PHPMailer.php",
    ),
]
# FluentSMTP's own __() strings: (msgid, code, values for %s, why).
FLUENT_OWN: list[Pick] = [
    Pick(
        "Invalid Cloudflare API token or Account ID.",
        "AUTH_FAILED",
        why="app/Services/Mailer/Providers/Cloudflare/Handler.php: the token check's fallback "
        "message when Cloudflare refuses the API token or account",
    ),
    Pick(
        "Cloudflare token is not active (status: %s).",
        "AUTH_FAILED",
        ("disabled",),
        why="app/Services/Mailer/Providers/Cloudflare/Handler.php: the token verifies but is "
        "disabled or expired: a credential to replace",
    ),
    Pick(
        "Could not renew the Microsoft access token: %s. Please reconnect this Outlook "
        "connection in FluentSMTP settings.",
        "AUTH_FAILED",
        ("invalid_grant",),
        why="app/Services/Mailer/Providers/Outlook/Handler.php: the refresh token is refused "
        "(revoked or expired consent): the stored authorisation no longer works",
    ),
    Pick(
        "Failed to renew token with Gmail Api",
        "AUTH_FAILED",
        why="app/Services/Mailer/Providers/Gmail/Handler.php: Google refused the refresh token",
    ),
    Pick(
        "Invalid email address! Please use a verified domain.",
        "SENDER_REFUSED",
        why="app/Services/Mailer/Providers/AmazonSes/Handler.php: the sender is not among the "
        "SES verified identities, SES will not send as it",
    ),
    Pick(
        "Mailgun API Error",
        None,
        why="app/Services/Mailer/Providers/Mailgun/Handler.php: any non-200 without detail",
    ),
    Pick(
        "Something went wrong!",
        None,
        why="app/Services/Mailer/Providers/Smtp/Handler.php send(): preSend() false, no cause",
    ),
    Pick("SMTP host is required.", None),
    Pick("SMTP port is required.", None),
    Pick("SMTP username is required.", None),
    Pick("SMTP password is required.", None),
    Pick("Sender email is required.", None),
    Pick("Invalid email address.", None),
    Pick("Api key is required.", None),
    Pick("Domain name is required.", None),
    Pick("Access key is required.", None),
    Pick("The email field is required.", None),
    Pick("Settings saved successfully.", None),
    Pick("Sorry, you do not have permission to install plugins.", None),
    Pick("Please provide a valid email address", None),
]


def fluent(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, FLUENT)
    at = f"{FLUENT[0]}@{commit[:12]}"
    lib, lib_commit = _library(mirrors, PHPMAILER)
    lib_at = f"{PHPMAILER[0]}@{lib_commit[:12]}"
    assert "const VERSION = '6.11.1'" in git(lib, "show", f"{lib_commit}:src/PHPMailer.php")
    _where(repo, commit, "$e->getMessage()", ("app/Services/Mailer/Providers/Smtp/Handler.php",))
    entries = []
    for pick in FLUENT_PHPMAILER:
        where = _where(lib, lib_commit, pick.then, (pick.table,))
        entries.append(
            _entry(
                "FluentSMTP",
                f"fluentsmtp.{len(entries)}",
                pick,
                {"en": pick.key},
                {"en": f"{lib_at}:{where}"},
            )
        )
    for pick in FLUENT_OWN:
        where = _where(repo, commit, f"__('{pick.key}'", ("app",))
        if not pick.why:
            pick = Pick(
                pick.key,
                None,
                why=f"{where.split(':')[0]}: FluentSMTP's own settings form or validation text, "
                "no mail server involved",
            )
        text = pick.key
        for value in pick.values:
            text = text.replace("%s", value, 1)
        entries.append(
            _entry(
                "FluentSMTP",
                f"fluentsmtp.{len(entries)}",
                pick,
                {"en": text},
                {"en": f"{at}:{where}"},
            )
        )
    return entries


_UNIT = re.compile(
    r'<trans-unit id="([^"]+)">\s*<source>(.*?)</source>(?:\s*<target>(.*?)</target>)?', re.S
)
# Contao's own texts (core-bundle/contao/languages/*/default.xlf): (id, values for %s/%d).
CONTAO_OWN: list[tuple[str, tuple[str, ...], str]] = [
    ("ERR.invalidLogin", (), "BackendIndex.php and ModuleLogin.php: Contao's own sign-in"),
    ("ERR.invalidTwoFactor", (), "the sign-in's two-factor code"),
    ("ERR.invalidPass", (), "the password form"),
    ("ERR.passwordLength", ("8",), "the password form's length rule"),
    ("ERR.general", (), "a generic error, nothing narrows it"),
    ("ERR.unique", (), "form validation, a duplicate entry"),
    ("ERR.mandatory", ("Username",), "form validation, an empty field"),
    ("ERR.email", (), "form validation of an address field"),
    ("ERR.filesize", ("2 MiB",), "an upload too big for Contao or php.ini"),
    ("ERR.filetype", ("exe",), "an upload type not allowed"),
    ("MSC.invalidToken", (), "a request token (CSRF) check"),
]


def _xlf(text: str) -> dict[str, str]:
    units = {}
    for ident, source, target in _UNIT.findall(text):
        units[ident] = html.unescape(target or source)
    return units


def _fill(text: str, values: tuple[str, ...]) -> str:
    for value in values:
        text = re.sub(r"%[sd]", value, text, count=1)
    return text


def _contao_why(why: str) -> str:
    """The library reason's why, its Laravel words put in Contao's."""
    why = why.replace("(MAIL_FROM_ADDRESS)", "(the newsletter's sender)")
    return why.replace("the invitee's or user's address", "the subscriber's address")


def contao(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, CONTAO)
    at = f"{CONTAO[0]}@{commit[:12]}"
    sf, sf_commit = _library(mirrors, SF_MAILER)
    sf_at = f"{SF_MAILER[0]}@{sf_commit[:12]}"
    log = _where(
        repo,
        commit,
        "Invalid recipient address",
        ("newsletter-bundle/contao/classes/Newsletter.php",),
    )
    head = 'Invalid recipient address "bob@example.net": '
    entries = []
    picks = _smtp_picks(
        "smtp.example.com", "alice@example.com", "newsletter@example.com", "bob@example.net"
    )
    for pick in picks:
        where = _lib_where(sf, sf_commit, "", pick.then)
        why = (
            f"{log.split(':')[0]} sendNewsletter(): Email::sendTo() throws the mailer's "
            "TransportException, logged to the system log as 'Invalid recipient address "
            f'"%s": \' + its message ({sf_at}:{where}); ' + _contao_why(pick.why)
        )
        shown = Pick(head + pick.key, pick.code, why=why)
        entries.append(
            _entry(
                "Contao",
                f"contao.{len(entries)}",
                shown,
                {"en": head + pick.key},
                {"en": f"{at}:{log}"},
            )
        )
    base = "core-bundle/contao/languages/{}/default.xlf"
    tables = {"en": _xlf(git(repo, "show", f"{commit}:{base.format('en')}"))}
    for lang, folder in CONTAO_LANG.items():
        tables[lang] = _xlf(git(repo, "show", f"{commit}:{base.format(folder)}"))
    for ident, values, about in CONTAO_OWN:
        english = tables["en"][ident]
        texts = {"en": _fill(english, values)}
        sources = {"en": f"{at}:{base.format('en')}#{ident}"}
        for lang, folder in CONTAO_LANG.items():
            words = tables[lang].get(ident)
            if words and words != english:
                texts[lang] = _fill(words, values)
                sources[lang] = f"{at}:{base.format(folder)}#{ident}"
        pick = Pick(ident, None, why=f"Contao's own text ({about}), no mail setting involved")
        entries.append(_entry("Contao", f"contao.{len(entries)}", pick, texts, sources))
    return entries


ABOUT = (
    "The seventieth held-out set (tools/extract_seventieth.py): FluentSMTP (WPManageNinja/"
    "fluent-smtp 2.3.1, August 2026): its SMTP connection's test and email log show the "
    "exception of WordPress's PHPMailer, read at v6.11.1 (the 6.11 line WordPress 6.9 "
    "bundled), en only (only a .pot ships); its API drivers' and settings' own texts. Contao "
    "(contao/contao, August 2026), in place of Craft CMS whose snapshot is over the fetch "
    "limit: the newsletter's system-log line 'Invalid recipient address \"...\": ' + Symfony "
    "Mailer's SMTP message, read in the symfony/mailer 7.0 branch (the newest stored; Contao "
    "needs ^7.4 || ^8.0), en only; its own sign-in and form texts in de, fr, es, nl, pl, ja "
    "(default.xlf). Extracted and labelled blind from the code; code null: no mail-settings "
    "problem or nothing narrowing it. A language without a translation is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, fluent, contao)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
