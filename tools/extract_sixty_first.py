"""Developer tool: the sixty-first blind held-out set (Grav's email plugin's and InvoicePlane's
mail errors).

Grav's email plugin (getgrav/grav-plugin-email, June 2026): its SMTP engine is Symfony Mailer;
composer.lock pins symfony/mailer v5.4.45 and the plugin commits its vendor/ tree, so the
Transport/Smtp texts are read from that very copy (vendor/symfony/mailer/Transport/Smtp/, the
pinned version itself; its wording is the 5.4 branch's). The test email
(classes/EmailApiController.php test(), POST /email/test) shows 'Test email failed: ' + the
plugin's last send message, which classes/Email.php send() sets to '🛑 ' + the
TransportException's message; a form's send failure shows the same '🛑 ' message. en only (the
reasons are Symfony's English). Its own messages from languages.yaml (PLUGIN_EMAIL.*: the 'to'
and 'from' addresses missing, thrown by Email.php buildMessage() and shown after the same
prefix; de, fr, es, it translate them, the others it ships are not among the nine), code null,
and the API's own English texts (recipient missing, plugin disabled), code null.

InvoicePlane (InvoicePlane/InvoicePlane, development, January 2026): its mail goes through
application/modules/mailer/helpers/phpmailer_helper.php phpmail_send(): `new PHPMailer()`
(exceptions off), `setLanguage(trans('cldr'))`, and on failure the flash alert_error is
$mail->ErrorInfo. composer.lock pins phpmailer/phpmailer v6.10.0, read at its tag in
PHPMailer/PHPMailer. With exceptions off, every failure inside smtpConnect() (greeting,
STARTTLS, AUTH) is swallowed and only 'SMTP connect() failed. <wiki link>' is left, plus the
SMTP object's last error if the socket never opened ('Failed to connect to server', errno,
errstr; a refused AUTH is cleared by the successful QUIT): such bare texts are null. MAIL FROM,
RCPT TO and DATA refusals carry the server's reply (PHPMailer::setError() appends the SMTP
error; SMTP::sendCommand() cuts the code and the enhanced code, one or two digits after the
second dot in 6.10). The helper loads PHPMailer's own language/phpmailer.lang-<cldr>.php
(default path) for the user's InvoicePlane language; InvoicePlane's translations are fetched
from Crowdin at release time and not committed (application/language/.gitignore keeps only
english), so its own texts are en only, and the language a German, French... user gets from
PHPMailer is its two-letter file (the helper's comment: "Only work with 2 letters"): de, fr,
es, it, nl, pl, ja; pt-BR left out, as the cldr spelling of the uncommitted Brazilian file is
unknown (PHPMailer takes pt_br, not pt-BR). A key a language file lacks stays English
(setLanguage() starts from the English table). Its own sign-in, password reset, settings and
setup texts from application/language/english/ip_lang.php, code null.

Labelled blind from the code.

    python -m tools.extract_sixty_first MIRRORS_DIR benchmarks/data/sixty_first_texts.json

MIRRORS_DIR holds `getgrav+grav-plugin-email/repo`, `InvoicePlane+InvoicePlane/repo` and
`PHPMailer+PHPMailer/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

from tools.extract_fresh_texts import Pick, _entry, _library, _where, git, write_set

GRAV = ("getgrav/grav-plugin-email", "5efbabf0c2341d4ad77c52313d77b03dd44d92b5")
INVOICEPLANE = ("InvoicePlane/InvoicePlane", "3879f70de2d01613d0befe814aa8db841f318114")
PHPMAILER = ("PHPMailer/PHPMailer", "bf74d75a1fde6beaa34a0ddae2ec5fce0f72a144")  # v6.10.0
GRAV_LANG = ("de", "fr", "es", "it")
PM_LANG = ("de", "fr", "es", "it", "nl", "pl", "ja")

# --- Grav: Symfony Mailer 5.4.45's SMTP reasons --------------------------------------------
_SF = "vendor/symfony/mailer/Transport/Smtp"
_SSL = "SSL operation failed with code 1. OpenSSL Error messages:\n"
_CONNECT = "sprintf('Connection could not be established with host"
_STARTTLS = "throw new TransportException('Unable to connect with STARTTLS: '"
_REPLY = "sprintf('Expected response code \"%s\" but got '"
_AUTH = "sprintf('Failed to authenticate on SMTP server with username"
_NOAUTH = "sprintf('Failed to find an authenticator supported by the SMTP server"
_TIMEOUT = "sprintf('Connection to \"%s\" timed out.'"
_CLOSED = "sprintf('Connection to \"%s\" has been closed unexpectedly.'"

_CONNECT_WHY = (
    "Transport/Smtp/Stream/SocketStream.php initialize(): stream_socket_client()'s first PHP "
    "warning becomes 'Connection could not be established with host \"<url>\": ' + it (the url "
    "ssl://host:port with the plugin's SSL encryption, else host:port): "
)
_TLS_WHY = (
    "Transport/Smtp/EsmtpTransport.php doHeloCommand(): STARTTLS offered and sent, then "
    "SocketStream.php startTLS(): stream_socket_enable_crypto()'s warning becomes 'Unable to "
    "connect with STARTTLS: ' + it: "
)
_REPLY_WHY = (
    'Transport/Smtp/SmtpTransport.php assertResponseCode(): \'Expected response code "..." '
    'but got code "...", with message "<the reply>".\': '
)
_AUTH_WHY = (
    "Transport/Smtp/EsmtpTransport.php handleAuth(): each offered authenticator failed, "
    "their messages joined: "
)


def _connect(url: str, warning: str) -> str:
    head = f'Connection could not be established with host "{url}": '
    return f"{head}stream_socket_client(): {warning}"


def _reply(codes: str, reply: str) -> str:
    return f'Expected response code "{codes}" but got code "{reply[:3]}", with message "{reply}".'


def _auth(user: str, names: tuple[str, ...], reply: str) -> str:
    joined = '", "'.join(names)
    text = (
        f'Failed to authenticate on SMTP server with username "{user}" using the following '
        f'authenticators: "{joined}".'
    )
    for name in names:
        text += f' Authenticator "{name}" returned "{_reply("235", reply)}".'
    return text


def _sf(text: str, code: str | None, why: str, literal: str) -> Pick:
    return Pick(text, code, why=why, then=literal)


def _grav_smtp() -> list[Pick]:
    host, user = "smtp.example.com", "alice@example.com"
    sender, rcpt = "noreply@example.com", "bob@example.org"
    plain, tls = f"{host}:587", f"ssl://{host}:465"
    gai = f"php_network_getaddresses: getaddrinfo for {host} failed: "
    return [
        _sf(
            _connect(plain, f"Unable to connect to {plain} (Connection refused)"),
            "PORT_CLOSED",
            _CONNECT_WHY + "connect(2) ECONNREFUSED, nothing listens on the port",
            _CONNECT,
        ),
        _sf(
            _connect(f"{host}:25", f"Unable to connect to {host}:25 (Connection timed out)"),
            "PORT_FILTERED",
            _CONNECT_WHY + "no answer to the SYN within the timeout: the hosting firewall drops "
            "outgoing port 25",
            _CONNECT,
        ),
        _sf(
            _connect(tls, gai + "Name or service not known"),
            "HOST_NOT_FOUND",
            _CONNECT_WHY + "getaddrinfo EAI_NONAME, the host name does not resolve",
            _CONNECT,
        ),
        _sf(
            _connect(plain, gai + "Temporary failure in name resolution"),
            "DNS_FAILURE",
            _CONNECT_WHY + "getaddrinfo EAI_AGAIN, the resolver did not answer",
            _CONNECT,
        ),
        _sf(
            _connect(plain, f"Unable to connect to {plain} (No route to host)"),
            "HOST_UNREACHABLE",
            _CONNECT_WHY + "EHOSTUNREACH, no route to the server",
            _CONNECT,
        ),
        _sf(
            _connect(
                f"ssl://{host}:587",
                _SSL + "error:0A00010B:SSL routines::wrong version number",
            ),
            "TLS_ON_PLAIN_PORT",
            _CONNECT_WHY + "SSL encryption (implicit TLS, ssl://) against port 587, which speaks "
            "plain SMTP first: OpenSSL reads the greeting as a TLS record",
            _CONNECT,
        ),
        _sf(
            _connect(tls, _SSL + "error:0A000086:SSL routines::certificate verify failed"),
            "CERT_UNTRUSTED",
            _CONNECT_WHY + "verify_peer on by default: the chain does not lead to a trusted CA",
            _CONNECT,
        ),
        _sf(
            _connect(
                tls,
                f"Peer certificate CN=`cpanel.hosting.example.net' did not match expected "
                f"CN=`{host}'",
            ),
            "CERT_HOSTNAME_MISMATCH",
            _CONNECT_WHY + "verify_peer_name: the certificate names another host",
            _CONNECT,
        ),
        _sf(
            "Unable to connect with STARTTLS: stream_socket_enable_crypto(): "
            + _SSL
            + "error:0A000086:SSL routines::certificate verify failed",
            "CERT_UNTRUSTED",
            _TLS_WHY + "the server's certificate chain is not trusted",
            _STARTTLS,
        ),
        _sf(
            f'Connection to "{tls}" timed out.',
            "SLOW_SERVER",
            "Transport/Smtp/Stream/AbstractStream.php readLine(): connected, but no reply line "
            "within the stream timeout",
            _TIMEOUT,
        ),
        _sf(
            f'Connection to "{plain}" has been closed unexpectedly.',
            "CONNECTION_CLOSED",
            "Transport/Smtp/Stream/AbstractStream.php readLine(): feof() while waiting for a "
            "reply: the server hung up without a reason",
            _CLOSED,
        ),
        _sf(
            _reply(
                "220", f"421 4.7.0 {host} Too many concurrent SMTP connections; try again later"
            ),
            "RATE_LIMITED",
            _REPLY_WHY + "the greeting (SmtpTransport.php start(), [220]) is a 421 throttle",
            _REPLY,
        ),
        _sf(
            _auth(user, ("LOGIN", "PLAIN"), "535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6"),
            "AUTH_FAILED",
            _AUTH_WHY + "AUTH LOGIN PLAIN offered, both refused with 535 5.7.8 (the LOGIN "
            "password step and AUTH PLAIN expect 235)",
            _AUTH,
        ),
        _sf(
            _auth(
                user,
                ("LOGIN",),
                "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.",
            ),
            "AUTH_FAILED",
            _AUTH_WHY + "only AUTH LOGIN offered, the password refused with 535",
            _AUTH,
        ),
        _sf(
            "Failed to find an authenticator supported by the SMTP server, which currently "
            'supports: "gssapi", "ntlm".',
            "AUTH_NOT_OFFERED",
            "Transport/Smtp/EsmtpTransport.php handleAuth(): a username is set and EHLO names "
            "AUTH, but none of the mechanisms Symfony speaks (the list lower-cased by "
            "array_map('strtolower'))",
            _NOAUTH,
        ),
        _sf(
            _reply("250", "530 5.7.0 Must issue a STARTTLS command first"),
            "PLAINTEXT_AUTH_DISABLED",
            _REPLY_WHY + "MAIL FROM ([250]) on a session left unencrypted: the server refuses "
            "to go on without STARTTLS",
            _REPLY,
        ),
        _sf(
            _reply(
                "250", f"553 5.7.1 <{sender}>: Sender address rejected: not owned by user {user}"
            ),
            "SENDER_REFUSED",
            _REPLY_WHY + "MAIL FROM ([250]): the plugin's From address is not one the account "
            "may send as",
            _REPLY,
        ),
        _sf(
            _reply("250/251/252", f"554 5.7.1 <{rcpt}>: Relay access denied"),
            "RELAY_REFUSED",
            _REPLY_WHY + "RCPT TO ([250, 251, 252]) to another domain without an authenticated "
            "session",
            _REPLY,
        ),
        _sf(
            _reply(
                "250/251/252",
                f"550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual "
                "mailbox table",
            ),
            "RECIPIENT_UNKNOWN",
            _REPLY_WHY + "RCPT TO: the test recipient does not exist",
            _REPLY,
        ),
        _sf(
            _reply("250/251/252", f"452 4.2.2 <{rcpt}>: Mailbox full"),
            "RECIPIENT_MAILBOX_FULL",
            _REPLY_WHY + "RCPT TO: the recipient's mailbox is over quota",
            _REPLY,
        ),
        _sf(
            _reply("250", "552 5.3.4 Message size exceeds fixed limit"),
            "SIZE_LIMIT",
            _REPLY_WHY + "the end of DATA ([250]): the message (with a form's attachments) is "
            "over the server's size limit",
            _REPLY,
        ),
        _sf(
            _reply("250", "554 5.7.1 Message rejected as spam by Content Filtering"),
            "REJECTED_AS_SPAM",
            _REPLY_WHY + "the end of DATA: the content filter refuses the message",
            _REPLY,
        ),
        _sf(
            _reply("250", "451 4.7.1 Error: too much mail from 203.0.113.10"),
            "RATE_LIMITED",
            _REPLY_WHY + "MAIL FROM: the server's per-client sending limit",
            _REPLY,
        ),
    ]


# Grav's own texts: languages.yaml PLUGIN_EMAIL keys thrown by Email.php buildMessage().
GRAV_OWN = (
    Pick(
        "PLEASE_CONFIGURE_A_TO_ADDRESS",
        None,
        why="classes/Email.php buildMessage(): no 'to' address in the plugin settings or the "
        "form, a RuntimeException before any server is asked; the test shows 'Test email "
        "failed: ' + it",
    ),
    Pick(
        "PLEASE_CONFIGURE_A_FROM_ADDRESS",
        None,
        why="classes/Email.php buildMessage(): no 'from' address configured, the plugin's own "
        "form check before any server is asked",
    ),
)
GRAV_API = (
    Pick(
        'No recipient specified. Pass "to" or configure a default in email plugin settings.',
        None,
        why="classes/EmailApiController.php test(): the request's validation, no server asked",
    ),
    Pick(
        "Email plugin is not enabled or configured.",
        None,
        why="classes/EmailApiController.php getEmailService(): the plugin itself is off (503), "
        "nothing about the mail server",
    ),
    Pick(
        "Test email sent successfully.",
        None,
        why="classes/EmailApiController.php test(): the success message",
    ),
)


def grav(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, GRAV)
    at = f"{GRAV[0]}@{commit[:12]}"
    lock = json.loads(git(repo, "show", f"{commit}:composer.lock"))
    locked = {p["name"]: p["version"] for p in lock["packages"]}
    assert locked["symfony/mailer"] == "v5.4.45", locked["symfony/mailer"]
    test = _where(repo, commit, "'Test email failed: ' . $error", ("classes",))
    prefix = _where(repo, commit, "$this->message = '🛑 ' . $e->getMessage();", ("classes",))
    entries: list[dict[str, object]] = []
    send_why = (
        "classes/EmailApiController.php test() -> Email.php send(): the TransportException's "
        "message after '🛑 ', shown as 'Test email failed: ' + it (Symfony Mailer 5.4.45, the "
        "plugin's vendor copy); "
    )
    for pick in _grav_smtp():
        where = _where(repo, commit, pick.then, (_SF,))
        source = f"{at}:{test} (then {at}:{prefix}, {at}:{where})"
        entries.append(
            _entry(
                "Grav Email",
                f"grav_email.{len(entries)}",
                Pick(pick.key, pick.code, why=send_why + pick.why),
                {"en": "Test email failed: 🛑 " + pick.key},
                {"en": source},
            )
        )
    raw = git(repo, "show", f"{commit}:languages.yaml")
    table = yaml.safe_load(raw)
    lines = raw.splitlines()
    for pick in GRAV_OWN:
        thrown = _where(repo, commit, f"translate('PLUGIN_EMAIL.{pick.key}')", ("classes",))
        texts, sources = {}, {}
        for lang in ("en", *GRAV_LANG):
            words = table[lang]["PLUGIN_EMAIL"].get(pick.key)
            if not words or (lang != "en" and words == texts["en"].split(": ", 1)[1]):
                continue
            head = next(i for i, line in enumerate(lines, 1) if line == f"{lang}:")
            line = next(
                i
                for i, text in enumerate(lines, 1)
                if i > head and text.strip().startswith(pick.key + ":")
            )
            texts[lang] = "Test email failed: " + words
            sources[lang] = f"{at}:{thrown} (then {at}:languages.yaml:{line})"
        entries.append(_entry("Grav Email", f"grav_email.{len(entries)}", pick, texts, sources))
    for pick in GRAV_API:
        where = _where(repo, commit, pick.key, ("classes",))
        entries.append(
            _entry(
                "Grav Email",
                f"grav_email.{len(entries)}",
                pick,
                {"en": pick.key},
                {"en": f"{at}:{where}"},
            )
        )
    return entries


# --- InvoicePlane: PHPMailer 6.10.0's ErrorInfo ----------------------------------------------
_WIKI = " https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting"
_LANG_LINE = re.compile(r"^\$PHPMAILER_LANG\['(\w+)'\]\s*=\s*'((?:[^'\\]|\\.)*)';", re.M)
_EN_LINE = re.compile(r"^\s*'(\w+)'\s*=>\s*'((?:[^'\\]|\\.)*)'", re.M)


def _pm_tables(repo: Path, commit: str) -> dict[str, dict[str, tuple[str, str]]]:
    """Each language's PHPMailer table: key -> (text, path:line), English where a file lacks a
    key (setLanguage() starts from the English table)."""
    src = git(repo, "show", f"{commit}:src/PHPMailer.php")
    start = src.index("$PHPMAILER_LANG = [")
    body = src[start : src.index("];", start)]
    first = src[:start].count("\n") + 1
    english = {}
    for match in _EN_LINE.finditer(body):
        line = first + body[: match.start()].count("\n") + 1
        english[match[1]] = (match[2].replace("\\'", "'"), f"src/PHPMailer.php:{line}")
    tables = {"en": english}
    for lang in PM_LANG:
        path = f"language/phpmailer.lang-{lang}.php"
        text = git(repo, "show", f"{commit}:{path}")
        table = dict(english)
        for match in _LANG_LINE.finditer(text):
            line = text[: match.start()].count("\n") + 1
            table[match[1]] = (match[2].replace("\\'", "'"), f"{path}:{line}")
        tables[lang] = table
    return tables


def _cut(reply: str) -> tuple[str, str, str]:
    """SMTP::sendCommand(): the code, the enhanced code (one or two digits after the second
    dot) and the detail, each line's code cut off; the detail's CRLF shown as a space."""
    found = re.match(r"^(\d{3})[ -](?:(\d\.\d\.\d{1,2}) )?", reply)
    assert found, reply
    code, ex = found[1], found[2] or ""
    cut = f"{code}[ -]" + (ex.replace(".", r"\.") + " " if ex else "")
    return code, ex, re.sub(cut, "", reply, flags=re.M)


def _web(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class _Pm:
    """ErrorInfo as PHPMailer 6.10.0 builds it, in one language's table."""

    def __init__(self, table: dict[str, tuple[str, str]]) -> None:
        self.table = table
        self.used: list[str] = []

    def lang(self, key: str) -> str:
        self.used.append(key)
        text = self.table[key][0]
        return text + _WIKI if key == "smtp_connect_failed" else text

    def server(self, error: str, detail: str, code: str, ex: str) -> str:
        """PHPMailer::setError()'s tail: the SMTP object's last error."""
        text = " " + self.lang("smtp_error") + error
        if detail:
            text += " " + self.lang("smtp_detail") + detail
        if code and code != "0":
            text += " " + self.lang("smtp_code") + code
        if ex:
            text += " " + self.lang("smtp_code_ex") + ex
        return text

    def connect(self, errno: str, errstr: str) -> str:
        """smtpConnect() false: SMTP::getSMTPConnection()'s 'Failed to connect to server'."""
        return _web(
            self.lang("smtp_connect_failed")
            + self.server("Failed to connect to server", "", errno, errstr)
        )

    def bare(self) -> str:
        """smtpConnect() false after a connection: the QUIT's success cleared the error."""
        return self.lang("smtp_connect_failed")

    def mail_from(self, sender: str, reply: str) -> str:
        code, ex, detail = _cut(reply)
        server = self.server("MAIL FROM command failed", detail, code, ex)
        first = (
            self.lang("from_failed")
            + sender
            + " : "
            + ",".join(("MAIL FROM command failed", detail, code, ex))
            + server
        )
        return _web(first + server)

    def rcpt(self, to: str, reply: str) -> str:
        return _web(self.lang("recipients_failed") + to + ": " + _cut(reply)[2])

    def data(self, reply: str) -> str:
        code, ex, detail = _cut(reply)
        return _web(
            self.lang("data_not_accepted")
            + self.server("DATA END command failed", detail, code, ex)
        )

    def plain(self, key: str) -> str:
        return self.lang(key)


_H = "smtp.example.com"
_GAI = f"php_network_getaddresses: getaddrinfo for {_H} failed: "
_SENDER = "invoices@example.com"
_RCPT = "bob@example.org"
_IP_WHY = (
    "application/modules/mailer/helpers/phpmailer_helper.php phpmail_send(): PHPMailer "
    "6.10.0 with exceptions off, send() false, the flash alert_error is $mail->ErrorInfo in the "
    "user's language (setLanguage(trans('cldr'))); "
)
_CONN_WHY = (
    "SMTP::getSMTPConnection(): stream_socket_client() false, setError('Failed to connect to "
    "server', '', errno, errstr); smtpConnect() returns false and smtpSend() throws "
    "smtp_connect_failed (with the wiki link), postSend()'s setError() appends the SMTP error "
    "(an errno of 0 shows no code): "
)
_FROM_WHY = (
    "smtpSend(): MAIL FROM refused, setError(from_failed + the sender + ' : ' + the SMTP "
    "error's parts joined by ',') with the server error appended, thrown and set again by "
    "postSend(), which appends it a second time: "
)
_RCPT_WHY = (
    "smtpSend(): every RCPT TO refused, no DATA, quit() and close(), then recipients_failed + "
    "'<address>: ' + the reply's detail: "
)
_DATA_WHY = (
    "smtpSend(): the end of DATA refused, data_not_accepted thrown, postSend()'s setError() "
    "appends 'DATA END command failed' with the detail, the code and the enhanced code: "
)

IP_MAIL: list[tuple[str | None, str, object]] = [
    (
        "PORT_CLOSED",
        _CONN_WHY + "errno 111 ECONNREFUSED, nothing listens on the port",
        lambda p: p.connect("111", "Connection refused"),
    ),
    (
        "PORT_FILTERED",
        _CONN_WHY + "errno 110, no answer to the SYN within the timeout: a firewall drops it",
        lambda p: p.connect("110", "Connection timed out"),
    ),
    (
        "HOST_NOT_FOUND",
        _CONN_WHY + "getaddrinfo EAI_NONAME (errno 0), the host name does not resolve",
        lambda p: p.connect("0", _GAI + "Name or service not known"),
    ),
    (
        "DNS_FAILURE",
        _CONN_WHY + "getaddrinfo EAI_AGAIN (errno 0), the resolver did not answer",
        lambda p: p.connect("0", _GAI + "Temporary failure in name resolution"),
    ),
    (
        "HOST_UNREACHABLE",
        _CONN_WHY + "errno 101 ENETUNREACH, no route to the server",
        lambda p: p.connect("101", "Network is unreachable"),
    ),
    (
        None,
        "smtpConnect(): connected, then the greeting was not 220, STARTTLS failed or AUTH was "
        "refused; with exceptions off the exception is only logged at SMTPDebug > 0, quit()'s "
        "answered QUIT clears the SMTP error: only smtp_connect_failed and the wiki link are "
        "left, nothing narrows it",
        lambda p: p.bare(),
    ),
    (
        "SENDER_REFUSED",
        _FROM_WHY + "the From address (smtp_mail_from) is not one the account may send as",
        lambda p: p.mail_from(
            _SENDER,
            f"553 5.7.1 <{_SENDER}>: Sender address rejected: not owned by user alice@example.com"
            "\r\n",
        ),
    ),
    (
        "RATE_LIMITED",
        _FROM_WHY + "the provider's hourly sending limit",
        lambda p: p.mail_from(
            _SENDER, "550 5.4.5 Daily user sending quota exceeded. Try again later.\r\n"
        ),
    ),
    (
        "RELAY_REFUSED",
        _RCPT_WHY + "to another domain without SMTP authentication (Requires Authentication off)",
        lambda p: p.rcpt(_RCPT, f"554 5.7.1 <{_RCPT}>: Relay access denied\r\n"),
    ),
    (
        "RECIPIENT_UNKNOWN",
        _RCPT_WHY + "the client's address does not exist",
        lambda p: p.rcpt(
            _RCPT,
            f"550 5.1.1 <{_RCPT}>: Recipient address rejected: User unknown in virtual mailbox "
            "table\r\n",
        ),
    ),
    (
        "RECIPIENT_MAILBOX_FULL",
        _RCPT_WHY + "the client's mailbox is over quota",
        lambda p: p.rcpt(_RCPT, f"452 4.2.2 <{_RCPT}>: Mailbox full\r\n"),
    ),
    (
        "SIZE_LIMIT",
        _DATA_WHY + "the invoice PDF and e-invoice XML make the message too big",
        lambda p: p.data("552 5.3.4 Message size exceeds fixed limit\r\n"),
    ),
    (
        "REJECTED_AS_SPAM",
        _DATA_WHY + "the server's content filter refuses the message",
        lambda p: p.data("550 5.7.1 Message rejected because it was identified as spam\r\n"),
    ),
    (
        None,
        "preSend(): no valid recipient left (addAddress() refused the client's address as "
        "invalid): provide_address, the invoice's form data",
        lambda p: p.plain("provide_address"),
    ),
    (
        None,
        "mailSend() with the PHP Mail / Sendmail method: PHP's mail() returned false, "
        "instantiate: the local PHP mail setup, nothing narrows it",
        lambda p: p.plain("instantiate"),
    ),
]

IP_OWN = (
    "loginalert_credentials_incorrect",
    "loginalert_no_password",
    "loginalert_user_inactive",
    "loginalert_user_not_found",
    "loginalert_wrong_auth_code",
    "password_reset_failed",
    "password_reset_rate_limit_ip",
    "password_reset_rate_limit_email",
    "password_changed",
    "email_not_configured",
    "email_successfully_sent",
    "settings_successfully_saved",
    "setup_db_cannot_connect",
    "upload_dz_invalid_file_type",
    "error_duplicate_file",
    "online_payment_error",
    "updatecheck_failed",
    "client_already_exists",
    "invoice_not_found",
    "payment_cannot_exceed_balance",
    "payment_method_already_exists",
    "upload_error_database",
    "upload_error_duplicate_file",
    "upload_error_file_not_found",
    "upload_error_folder_not_writable",
    "upload_error_no_file",
    "upload_error_unsupported_file_type",
    "email_template_already_exists",
    "setup_tables_errors",
    "php_timezone_success",
)


def invoiceplane(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, INVOICEPLANE)
    at = f"{INVOICEPLANE[0]}@{commit[:12]}"
    lock = json.loads(git(repo, "show", f"{commit}:composer.lock"))
    locked = {p["name"]: p["version"] for p in lock["packages"]}
    assert locked["phpmailer/phpmailer"] == "v6.10.0", locked["phpmailer/phpmailer"]
    helper = "application/modules/mailer/helpers/"
    assert _where(repo, commit, "$mail->setLanguage(trans('cldr'))", (helper,))
    assert _where(repo, commit, "new \\PHPMailer\\PHPMailer\\PHPMailer();", (helper,))
    flash = _where(repo, commit, "set_flashdata('alert_error', $mail->ErrorInfo)", (helper,))
    languages = git(repo, "ls-tree", "--name-only", commit, "application/language/")
    assert "german" not in languages.lower(), languages  # no translation committed
    pm_repo, pm_commit = _library(mirrors, PHPMAILER)
    pm_at = f"{PHPMAILER[0]}@{pm_commit[:12]}"
    tables = _pm_tables(pm_repo, pm_commit)
    entries: list[dict[str, object]] = []
    for code, why, build in IP_MAIL:
        texts, sources = {}, {}
        for lang, table in tables.items():
            pm = _Pm(table)
            text = build(pm)  # type: ignore[operator]
            if lang != "en" and all(table[k] == tables["en"][k] for k in pm.used):
                continue  # the English table, no translation
            texts[lang] = text
            cited = ", ".join(dict.fromkeys(table[k][1] for k in pm.used))
            sources[lang] = f"{at}:{flash} (then {pm_at}:{cited})"
        entries.append(
            _entry(
                "InvoicePlane",
                f"invoiceplane.{len(entries)}",
                Pick("", code, why=_IP_WHY + why),
                texts,
                sources,
            )
        )
    path = "application/language/english/ip_lang.php"
    raw = git(repo, "show", f"{commit}:{path}")
    own = {
        m[1]: (m[2].replace("\\'", "'"), raw[: m.start()].count("\n") + 1)
        for m in _EN_LINE.finditer(raw)
    }
    for key in IP_OWN:
        text, line = own[key]
        why = (
            f"{path} '{key}': InvoicePlane's own message (its sign-in, password reset, settings, "
            "setup, uploads), no mail-server setting named"
        )
        if key in ("password_reset_failed", "email_not_configured"):
            why = (
                f"{path} '{key}': the app's own message around sending, naming no cause (the "
                "reason is only in the log or the settings page)"
            )
        entries.append(
            _entry(
                "InvoicePlane",
                f"invoiceplane.{len(entries)}",
                Pick(key, None, why=why),
                {"en": text},
                {"en": f"{at}:{path}:{line}"},
            )
        )
    return entries


ABOUT = (
    "The sixty-first held-out set (tools/extract_sixty_first.py): Grav's email plugin "
    "(getgrav/grav-plugin-email, June 2026): the test email's 'Test email failed: 🛑 ' + "
    "Symfony Mailer's TransportException, read in the plugin's committed vendor copy of the "
    "locked symfony/mailer v5.4.45, en only; its own languages.yaml messages (de, fr, es, it) "
    "and API texts, code null. InvoicePlane (InvoicePlane/InvoicePlane, January 2026): the "
    "flash $mail->ErrorInfo of PHPMailer v6.10.0 (composer.lock), exceptions off, in "
    "PHPMailer's own language files for the user's two-letter cldr (de, fr, es, it, nl, pl, "
    "ja; InvoicePlane's own translations are not committed, so pt-BR's cldr is unknown); its "
    "own sign-in, reset and settings texts from application/language/english/ip_lang.php, en "
    "only, code null. Extracted and labelled blind from the code; code null: no mail-settings "
    "problem or nothing narrowing it. A language without a translation or with the English one "
    "is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, grav, invoiceplane)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
