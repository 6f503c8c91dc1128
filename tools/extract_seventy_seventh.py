"""Developer tool: the seventy-seventh blind held-out set (OpenCart's and Piwigo's mail errors).

OpenCart (opencart/opencart at 01254c213891, August 2026): its own SMTP client,
upload/system/library/mail/smtp.php, run by the admin's mail task (admin/controller/task/
system/mail.php); marketplace/task.php stores a failed task's error as the exception's message
+ ' in ' + file + ' on line ' + line. framework.php's error handler turns PHP's warnings into
ErrorException (startup.php sets E_ALL), so a failing fsockopen() (connect, DNS, implicit TLS
via an ssl:// host) or stream_socket_enable_crypto() (a tls:// host: STARTTLS) shows PHP's own
warning, read as PHP 8.1+ words it (composer.json wants PHP >= 8.0.2; OpenSSL 3's reasons);
the 'Error: <errstr> (<errno>)' fallback is reached only where warnings are not turned into
exceptions. Its fixed 'Error: ... not accepted from server!' texts append no reply; 'Error: '
+ the EHLO reply does. En only (the library has no translations); its admin texts from
upload/admin/language/en-gb/<file>.php with fr-fr where the repository ships that file
(es-es holds only a flag), code null.

Piwigo (Piwigo/Piwigo at 1b1c89867e0e, May 2026): include/functions_mail.inc.php pwg_mail()
sends through the PHPMailer it ships in include/phpmailer (VERSION 6.8.0), created without
exceptions (`new PHPMailer`), never calling setLanguage() and shipping no PHPMailer language
file, so ErrorInfo is English; a failed send() is trigger_error('Mailer Error: ' .
$mail->ErrorInfo). With exceptions off smtpConnect() swallows its last exception: a failed
STARTTLS or login ends in a successful QUIT, which clears the SMTP error, so ErrorInfo is a
bare 'SMTP connect() failed.' (null: nothing narrows it); a failed connect leaves
getSMTPConnection()'s 'Failed to connect to server' with errno (a '0' is empty() in PHP, left
out) and errstr appended. MAIL FROM, RCPT TO and DATA refusals as PHPMailer 6.8.0 formats them
(its sendCommand() reads an enhanced code with one or two last digits). Piwigo's own texts
from language/en_UK/{common,admin}.lang.php and de_DE, fr_FR, es_ES, it_IT, nl_NL, pt_BR,
pl_PL, ja_JP, code null. Labelled blind from the code.

    python -m tools.extract_seventy_seventh MIRRORS_DIR benchmarks/data/seventy_seventh_texts.json

MIRRORS_DIR holds `opencart+opencart/repo` and `Piwigo+Piwigo/repo` as `fetch` leaves them in
/work/.mirror.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from tools.extract_fresh_texts import (
    Pick,
    _entry,
    _library,
    _pm_server,
    _where,
    git,
    pm_data_failed,
    pm_from_failed,
    pm_rcpt_failed,
    write_set,
)

OPENCART = ("opencart/opencart", "01254c2138915763c3a86139e24b26c33b3aeb17")
PIWIGO = ("Piwigo/Piwigo", "1b1c89867e0eb8e090a16b9ca3ee817cadbc73a9")

HOST = "smtp.example.com"
SMTP_PHP = "upload/system/library/mail/smtp.php"
SHOWN_AT = "/var/www/opencart/system/library/mail/smtp.php"
_SSL = "SSL operation failed with code 1. OpenSSL Error messages:\n"
_MISMATCH = f"Peer certificate CN=`mail.hosting.example.net' did not match expected CN=`{HOST}'"

_TASK = (
    "admin/controller/task/system/mail.php -> Mail::send() -> system/library/mail/smtp.php "
    "send(); marketplace/task.php stores getMessage() . ' in ' . getFile() . ' on line ' . "
    "getLine(); "
)
_FSOCK = (
    "fsockopen($hostname, $this->smtp_port, ...): framework.php's error handler throws PHP's "
    "first warning as ErrorException: "
)
_CRYPTO = (
    "a tls:// host: STARTTLS answered 220, then stream_socket_enable_crypto()'s warning thrown "
    "as ErrorException: "
)

# (text, code, why, literal in smtp.php naming the line)
OPENCART_SMTP: list[tuple[str, str | None, str, str]] = [
    (
        f"fsockopen(): Unable to connect to {HOST}:587 (Connection refused)",
        "PORT_CLOSED",
        _FSOCK + "connect(2) ECONNREFUSED, nothing listens on the port",
        "$handle = fsockopen(",
    ),
    (
        f"fsockopen(): php_network_getaddresses: getaddrinfo for {HOST} failed: Name or "
        "service not known",
        "HOST_NOT_FOUND",
        _FSOCK + "getaddrinfo EAI_NONAME, the host name does not resolve",
        "$handle = fsockopen(",
    ),
    (
        f"fsockopen(): php_network_getaddresses: getaddrinfo for {HOST} failed: Temporary "
        "failure in name resolution",
        "DNS_FAILURE",
        _FSOCK + "getaddrinfo EAI_AGAIN, the resolver did not answer",
        "$handle = fsockopen(",
    ),
    (
        f"fsockopen(): Unable to connect to {HOST}:587 (Connection timed out)",
        "PORT_FILTERED",
        _FSOCK + "no answer to the SYN within smtp_timeout: a firewall drops it",
        "$handle = fsockopen(",
    ),
    (
        f"fsockopen(): Unable to connect to {HOST}:25 (Network is unreachable)",
        "HOST_UNREACHABLE",
        _FSOCK + "ENETUNREACH, no route to the server",
        "$handle = fsockopen(",
    ),
    (
        "fsockopen(): " + _SSL + "error:0A00010B:SSL routines::wrong version number",
        "TLS_ON_PLAIN_PORT",
        _FSOCK + f"the hostname ssl://{HOST} (implicit TLS) with port 587, which speaks plain "
        "SMTP first: OpenSSL reads the greeting as a TLS record",
        "$handle = fsockopen(",
    ),
    (
        "fsockopen(): " + _SSL + "error:0A000086:SSL routines::certificate verify failed",
        "CERT_UNTRUSTED",
        _FSOCK + "ssl:// on port 465, PHP's verify_peer on by default: the chain does not "
        "lead to a trusted CA",
        "$handle = fsockopen(",
    ),
    (
        "fsockopen(): " + _MISMATCH,
        "CERT_HOSTNAME_MISMATCH",
        _FSOCK + "ssl:// on port 465, verify_peer_name: the certificate names another host",
        "$handle = fsockopen(",
    ),
    (
        "Error: Connection refused (111)",
        "PORT_CLOSED",
        "fsockopen() failed and no warning became an exception: 'Error: ' . $errstr . ' (' . "
        "$errno . ')', ECONNREFUSED",
        "Exception('Error: ' . $errstr",
    ),
    (
        "Error: Connection timed out (110)",
        "PORT_FILTERED",
        "fsockopen() failed and no warning became an exception: 'Error: ' . $errstr . ' (' . "
        "$errno . ')', ETIMEDOUT connecting",
        "Exception('Error: ' . $errstr",
    ),
    (
        "Error: ",
        "PLAIN_ON_TLS_PORT",
        "a plain host on port 465: the greeting loop's fgets() waits smtp_timeout for a line "
        "the TLS server never sends, EHLO goes out in clear, no reply: 'Error: ' . '' (the "
        "EHLO reply must start with 250)",
        "Exception('Error: ' . $reply)",
    ),
    (
        "Error: 501 5.5.4 Syntax: EHLO hostname",
        None,
        "'Error: ' . the EHLO reply: the server refuses the EHLO name the shop sends "
        "($_SERVER['SERVER_NAME'] or 'localhost.localdomain'), no mail setting of the admin",
        "Exception('Error: ' . $reply)",
    ),
    (
        "Error: STARTTLS not accepted from server!",
        "STARTTLS_NOT_OFFERED",
        "a tls:// host: STARTTLS is sent without looking at EHLO and answered other than 220 "
        "(502 unknown command, 454): the server does not do STARTTLS there",
        "'Error: STARTTLS not accepted from server!'",
    ),
    (
        "stream_socket_enable_crypto(): "
        + _SSL
        + "error:0A000086:SSL routines::certificate verify failed",
        "CERT_UNTRUSTED",
        _CRYPTO + "the server's chain does not lead to a trusted CA",
        "stream_socket_enable_crypto($handle",
    ),
    (
        "stream_socket_enable_crypto(): " + _MISMATCH,
        "CERT_HOSTNAME_MISMATCH",
        _CRYPTO + "verify_peer_name: the certificate names another host",
        "stream_socket_enable_crypto($handle",
    ),
    (
        "stream_socket_enable_crypto(): "
        + _SSL
        + "error:0A000102:SSL routines::unsupported protocol",
        "TLS_OUTDATED",
        _CRYPTO + "the server offers only TLS 1.0/1.1, below OpenSSL 3's floor",
        "stream_socket_enable_crypto($handle",
    ),
    (
        "Error: TLS could not be established!",
        "STARTTLS_FAILED",
        "STARTTLS answered 220, then stream_socket_enable_crypto() did not return true",
        "'Error: TLS could not be established!'",
    ),
    (
        "Error: EHLO not accepted from server!",
        None,
        "the second EHLO, after TLS, not answered 250: no reply shown, nothing narrows it",
        "'Error: EHLO not accepted from server!'",
    ),
    (
        "Error: AUTH LOGIN not accepted from server!",
        "AUTH_NOT_OFFERED",
        "AUTH LOGIN is always sent (EHLO's AUTH line is never read) and answered other than "
        "334: the server offers no LOGIN mechanism on this connection",
        "'Error: AUTH LOGIN not accepted from server!'",
    ),
    (
        "Error: Username not accepted from server!",
        "AUTH_FAILED",
        "the base64 username answered other than 334: the server refuses the user name",
        "'Error: Username not accepted from server!'",
    ),
    (
        "Error: Password not accepted from server!",
        "AUTH_FAILED",
        "the base64 password answered other than 235 (535 5.7.8): the login is refused",
        "'Error: Password not accepted from server!'",
    ),
    (
        "Error: MAIL FROM not accepted from server!",
        "SENDER_REFUSED",
        "MAIL FROM:<the store's e-mail> answered other than 250 after a good login: the "
        "account may not send as that From address",
        "'Error: MAIL FROM not accepted from server!'",
    ),
    (
        "Error: RCPT TO not accepted from server!",
        None,
        "a RCPT TO answered other than 250/251, the reply not shown: relay, unknown mailbox, "
        "a full one or policy, nothing narrows it",
        "'Error: RCPT TO not accepted from server!'",
    ),
    (
        "Error: DATA not accepted from server!",
        None,
        "DATA not answered 354, or the message's end not 250, the reply not shown: size, "
        "content or policy, nothing narrows it",
        "'Error: DATA not accepted from server!'",
    ),
]

# smtp.php send()'s own checks of its options, before any connection: form-like, code null.
OPENCART_CHECKS = [
    "Error: E-Mail to required!",
    "Error: E-Mail from required!",
    "Error: E-Mail sender required!",
    "Error: E-Mail subject required!",
    "Error: E-Mail message required!",
    "Error: SMTP hostname required!",
    "Error: SMTP username required!",
    "Error: SMTP password required!",
    "Error: SMTP port required!",
    "Error: SMTP timeout required!",
]

# (language file under upload/admin/language/<ll>/, key, printf values)
OPENCART_OWN: list[tuple[str, str, tuple[str, ...]]] = [
    ("common/login", "error_login", ()),
    ("common/login", "error_token", ()),
    ("common/forgotten", "text_success", ()),
    ("common/forgotten", "error_email", ()),
    ("common/forgotten", "error_code", ()),
    ("common/forgotten", "error_disabled", ()),
    ("common/forgotten", "error_password_length", ("8",)),
    ("common/forgotten", "error_confirm", ()),
    ("common/authorize", "error_code", ()),
    ("setting/setting", "text_success", ()),
    ("setting/setting", "error_warning", ()),
    ("setting/setting", "error_permission", ()),
    ("setting/setting", "error_email", ()),
    ("setting/setting", "error_login_attempts", ()),
    ("setting/setting", "error_user_2fa", ()),
    ("user/user", "error_permission", ()),
    ("user/user", "error_account", ()),
    ("user/user", "error_username_exists", ()),
    ("user/user", "error_email_exists", ()),
    ("user/profile", "text_success", ()),
    ("marketing/contact", "text_success", ()),
    ("marketing/contact", "error_permission", ()),
    ("marketing/contact", "error_subject", ()),
    ("marketing/contact", "error_email", ()),
    ("tool/backup", "error_permission", ()),
    ("tool/backup", "error_file_type", ()),
    ("task/system/mail", "error_to", ()),
    ("task/system/mail", "error_from", ()),
    ("task/system/mail", "text_success", ()),
]

_PHP_ASSIGN = re.compile(
    r"^\s*\$(?:_|lang)\[(?:'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\")\]\s*=\s*"
    r"(?:'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\")\s*;",
    re.M,
)


def _unquote(single: str | None, double: str | None) -> str:
    if single is not None:
        return re.sub(r"\\([\\'])", r"\1", single)
    return re.sub(r'\\([\\"$])', r"\1", double or "")


def read_lang(text: str) -> dict[str, str]:
    """`$_['key'] = '...';` (OpenCart) or `$lang['key'] = "...";` (Piwigo): last one wins."""
    return {
        _unquote(m[1], m[2]): _unquote(m[3], m[4]).replace("&amp;", "&")
        for m in _PHP_ASSIGN.finditer(text)
    }


def _fill(text: str, values: tuple[str, ...]) -> str:
    rest = list(values)
    return re.sub(r"%(?:\d\$)?[sdu]", lambda _: rest.pop(0) if rest else "", text)


def opencart(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, OPENCART)
    at = f"{OPENCART[0]}@{commit[:12]}"
    entries: list[dict[str, object]] = []
    for text, code, why, literal in OPENCART_SMTP:
        where = _where(repo, commit, literal, (SMTP_PHP,))
        line = where.rsplit(":", 1)[1]
        shown = f"{text} in {SHOWN_AT} on line {line}"
        pick = Pick(text, code, why=_TASK + why)
        entries.append(
            _entry(
                "OpenCart", f"opencart.{len(entries)}", pick, {"en": shown}, {"en": f"{at}:{where}"}
            )
        )
    for text in OPENCART_CHECKS:
        where = _where(repo, commit, f"'{text}'", (SMTP_PHP,))
        line = where.rsplit(":", 1)[1]
        pick = Pick(
            text,
            None,
            why=_TASK + "send()'s check of its own options before connecting: a blank field "
            "of the mail settings or the message, form validation",
        )
        shown = f"{text} in {SHOWN_AT} on line {line}"
        entries.append(
            _entry(
                "OpenCart", f"opencart.{len(entries)}", pick, {"en": shown}, {"en": f"{at}:{where}"}
            )
        )
    tables: dict[tuple[str, str], dict[str, str]] = {}
    for lang, folder in (("en", "en-gb"), ("fr", "fr-fr")):
        for name in {f for f, _, _ in OPENCART_OWN}:
            path = f"upload/admin/language/{folder}/{name}.php"
            tables[lang, name] = read_lang(git(repo, "show", f"{commit}:{path}"))
    for name, key, values in OPENCART_OWN:
        english = tables["en", name][key]
        texts = {"en": _fill(english, values)}
        sources = {"en": f"{at}:upload/admin/language/en-gb/{name}.php#{key}"}
        words = tables["fr", name].get(key)
        if words and words != english:
            texts["fr"] = _fill(words, values)
            sources["fr"] = f"{at}:upload/admin/language/fr-fr/{name}.php#{key}"
        pick = Pick(
            key,
            None,
            why=f"admin/language/{name}.php {key}: OpenCart's own admin text (sign-in, "
            "password reset, settings form, users, newsletter, backups), no mail setting",
        )
        entries.append(_entry("OpenCart", f"opencart.{len(entries)}", pick, texts, sources))
    return entries


PIWIGO_LANG = {
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt-BR": "pt_BR",
    "pl": "pl_PL",
    "ja": "ja_JP",
}
PW_FROM = "gallery@example.com"
PW_TO = "bob@example.org"
_PW = (
    "include/functions_mail.inc.php pwg_mail(): $mail->send() false -> trigger_error('Mailer "
    "Error: ' . $mail->ErrorInfo); PHPMailer 6.8.0 without exceptions: "
)
_PW_CONNECT = (
    "SMTP::getSMTPConnection() stream_socket_client() fails: setError('Failed to connect to "
    "server', '', errno, errstr), no QUIT clears it; smtpSend() throws 'SMTP connect() "
    "failed.' and postSend()'s setError() appends the SMTP error: "
)


def _pw_connect(errno: str, errstr: str) -> str:
    code = "" if errno == "0" else errno  # PHP's empty('0') is true
    return "SMTP connect() failed." + _pm_server("Failed to connect to server", "", code, errstr)


_GAI = f"php_network_getaddresses: getaddrinfo for {HOST} failed: "

PIWIGO_SMTP: list[tuple[str, str | None, str, str]] = [
    (
        _pw_connect("111", "Connection refused"),
        "PORT_CLOSED",
        _PW_CONNECT + "ECONNREFUSED, nothing listens on the port",
        "'Failed to connect to server'",
    ),
    (
        _pw_connect("0", _GAI + "Name or service not known"),
        "HOST_NOT_FOUND",
        _PW_CONNECT + "getaddrinfo EAI_NONAME (errno 0), the host name does not resolve",
        "'Failed to connect to server'",
    ),
    (
        _pw_connect("0", _GAI + "Temporary failure in name resolution"),
        "DNS_FAILURE",
        _PW_CONNECT + "getaddrinfo EAI_AGAIN (errno 0), the resolver did not answer",
        "'Failed to connect to server'",
    ),
    (
        _pw_connect("110", "Connection timed out"),
        "PORT_FILTERED",
        _PW_CONNECT + "no answer to the SYN within the timeout: a firewall drops it",
        "'Failed to connect to server'",
    ),
    (
        _pw_connect("101", "Network is unreachable"),
        "HOST_UNREACHABLE",
        _PW_CONNECT + "ENETUNREACH, no route to the server",
        "'Failed to connect to server'",
    ),
    (
        "SMTP connect() failed.",
        None,
        "smtpConnect() swallows its exception: a greeting other than 220, a failed STARTTLS, "
        "a refused login or no usable AUTH mechanism all end in a QUIT that clears the SMTP "
        "error; nothing narrows it",
        "'smtp_connect_failed' => 'SMTP connect() failed.'",
    ),
    (
        pm_from_failed(
            PW_FROM,
            f"553 5.7.1 <{PW_FROM}>: Sender address rejected: not owned by user "
            "alice@example.com\r\n",
            True,
        ),
        "SENDER_REFUSED",
        "smtpSend() MAIL FROM refused: the gallery's sender address ($conf['mail_sender_email'] "
        "or the webmaster's) is not one the SMTP account may send as",
        "'from_failed' => 'The following From address failed: '",
    ),
    (
        pm_from_failed(PW_FROM, "451 4.7.1 Sending rate limit exceeded, try again later\r\n", True),
        "RATE_LIMITED",
        "smtpSend() MAIL FROM answered 451 4.7.1: the account's sending limit",
        "'from_failed' => 'The following From address failed: '",
    ),
    (
        pm_rcpt_failed(PW_TO, f"554 5.7.1 <{PW_TO}>: Relay access denied\r\n", True),
        "RELAY_REFUSED",
        "smtpSend() every RCPT TO refused, no DATA: relaying to another domain without an "
        "authenticated session ($conf_mail smtp_user empty)",
        "'recipients_failed' => 'SMTP Error: The following recipients failed: '",
    ),
    (
        pm_rcpt_failed(
            PW_TO,
            f"550 5.1.1 <{PW_TO}>: Recipient address rejected: User unknown in virtual mailbox "
            "table\r\n",
            True,
        ),
        "RECIPIENT_UNKNOWN",
        "smtpSend() RCPT TO refused 550 5.1.1: the user's address does not exist",
        "'recipients_failed' => 'SMTP Error: The following recipients failed: '",
    ),
    (
        pm_rcpt_failed(
            PW_TO, f"452 4.2.2 <{PW_TO}>: Recipient address rejected: Mailbox full\r\n", True
        ),
        "RECIPIENT_MAILBOX_FULL",
        "smtpSend() RCPT TO refused 452 4.2.2: the recipient's mailbox is over quota",
        "'recipients_failed' => 'SMTP Error: The following recipients failed: '",
    ),
    (
        pm_data_failed("552 5.3.4 Message size exceeds fixed limit\r\n", True),
        "SIZE_LIMIT",
        "SMTP::data() the end of DATA refused 552 5.3.4: the message is over the size limit",
        "'data_not_accepted' => 'SMTP Error: data not accepted.'",
    ),
    (
        pm_data_failed("554 5.7.1 Message rejected as spam by Content Filtering\r\n", True),
        "REJECTED_AS_SPAM",
        "SMTP::data() the end of DATA refused 554 5.7.1 by the content filter",
        "'data_not_accepted' => 'SMTP Error: data not accepted.'",
    ),
    (
        pm_data_failed("451 4.7.1 Too many messages, slow down\r\n", True),
        "RATE_LIMITED",
        "SMTP::data() the end of DATA deferred 451 4.7.1: a sending-rate throttle",
        "'data_not_accepted' => 'SMTP Error: data not accepted.'",
    ),
]

# (file: common or admin, the en_UK key, printf values)
PIWIGO_OWN: list[tuple[str, str, tuple[str, ...]]] = [
    ("common", "Error sending email", ()),
    ("common", "Invalid password!", ()),
    ("common", "Invalid username or email", ()),
    ("common", "Invalid username or password!", ()),
    ("common", "Current password is wrong", ()),
    ("common", "The passwords do not match", ()),
    ("common", "this email address is already in use", ()),
    ("common", "This login is already used by another user", ()),
    ("common", "Password reset is not allowed for this user", ()),
    ("common", "Please enter your username or email address.", ()),
    ("common", "Email address is mandatory", ()),
    ("common", "mail address must be like xxx@yyy.eee (example : jack@altern.org)", ()),
    ("common", "Password is missing. Please enter the password.", ()),
    ("common", "Check your email for the confirmation link", ()),
    ("common", "An email has been sent with a link to reset your password", ()),
    ("common", "Your password was successfully reset", ()),
    ("common", "password updated", ()),
    ("common", "Please, enter a login", ()),
    ("common", 'User "%s" has no email address, password reset is not possible', ("alice",)),
    ("admin", "No mail to send.", ()),
    ("admin", "Permission denied", ()),
    ("admin", "%d mails were not sent.", ("3",)),
    ("admin", "Error when sending email to %s [%s].", ("alice", "alice@example.com")),
    ("admin", "Mail address is mandatory for registration", ()),
    ("admin", "Time to send mail is limited. Others mails are skipped.", ()),
    ("admin", "There is no available subscribers to mail.", ()),
]


def piwigo(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, PIWIGO)
    at = f"{PIWIGO[0]}@{commit[:12]}"
    mailer = git(repo, "show", f"{commit}:include/phpmailer/PHPMailer.php")
    assert "const VERSION = '6.8.0';" in mailer
    funcs = git(repo, "show", f"{commit}:include/functions_mail.inc.php")
    assert "$mail = new PHPMailer;" in funcs and "setLanguage" not in funcs.lower()
    send = _where(repo, commit, "'Mailer Error: ' . $mail->ErrorInfo", ("include",))
    entries: list[dict[str, object]] = []
    for text, code, why, literal in PIWIGO_SMTP:
        where = _where(repo, commit, literal, ("include/phpmailer",))
        pick = Pick(text, code, why=_PW + why)
        source = f"{at}:{send} (then {at}:{where})"
        entries.append(
            _entry(
                "Piwigo",
                f"piwigo.{len(entries)}",
                pick,
                {"en": "Mailer Error: " + text},
                {"en": source},
            )
        )
    tables: dict[tuple[str, str], dict[str, str]] = {}
    for lang, folder in {"en": "en_UK", **PIWIGO_LANG}.items():
        for name in ("common", "admin"):
            path = f"language/{folder}/{name}.lang.php"
            tables[lang, name] = read_lang(git(repo, "show", f"{commit}:{path}"))
    for name, key, values in PIWIGO_OWN:
        english = tables["en", name][key]
        texts = {"en": _fill(english, values)}
        sources = {"en": f"{at}:language/en_UK/{name}.lang.php#{key}"}
        for lang, folder in PIWIGO_LANG.items():
            words = tables[lang, name].get(key)
            if words and words not in (english, key):
                texts[lang] = _fill(words, values)
                sources[lang] = f"{at}:language/{folder}/{name}.lang.php#{key}"
        pick = Pick(
            key,
            None,
            why=f"language/<ll>/{name}.lang.php: Piwigo's own text (sign-in, registration, "
            "password reset, notifications by mail, permissions); a failed mail without its "
            "reason names nothing to fix",
        )
        entries.append(_entry("Piwigo", f"piwigo.{len(entries)}", pick, texts, sources))
    return entries


ABOUT = (
    "The seventy-seventh held-out set (tools/extract_seventy_seventh.py): OpenCart (opencart/"
    "opencart at 01254c213891): its own SMTP client (system/library/mail/smtp.php) as the "
    "admin's mail task logs it (message + ' in <file> on line <n>'), PHP 8.1+'s fsockopen() "
    "and stream_socket_enable_crypto() warnings turned into exceptions by its error handler, "
    "its fixed 'Error: ... not accepted from server!' texts, en only; its admin texts from "
    "admin/language/en-gb and fr-fr (es-es ships only a flag). Piwigo (Piwigo/Piwigo at "
    "1b1c89867e0e): pwg_mail()'s 'Mailer Error: ' + the ErrorInfo of the PHPMailer 6.8.0 it "
    "ships in include/phpmailer, without exceptions and without setLanguage (English only); "
    "its own texts from language/<xx_XX>/common.lang.php and admin.lang.php in eight "
    "languages. Extracted and labelled blind from the code; code null: no mail-settings "
    "problem or nothing narrowing it. A language without a translation or with the English "
    "one is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, opencart, piwigo)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
