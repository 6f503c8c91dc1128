"""Developer tool: the sixty-sixth blind held-out set (django-helpdesk's and Tracim's mail errors).

django-helpdesk (django-helpdesk/django-helpdesk, src/helpdesk/, version 2.3.3): its queue mail
fetching (src/helpdesk/email.py process_email(), process_queue(), pop3_sync(), imap_sync())
with poplib and imaplib, and its notifications (src/helpdesk/templated_email.py
send_templated_mail()) through Django's SMTP backend. An exception escaping process_queue()
(the connection, the IMAP LOGIN, the POP3 PASS, or a notification's OSError that is not an
SMTPException) is logged by logger.exception("Queue processing failed: <slug>"): the text is
that line and the traceback's last line; an SMTPException of a notification is logged by
"SMTPException raised while sending email to [...]" and its traceback's last line. The
library's words as CPython 3.12 (Debian) words them: imaplib's and poplib's errors (the
server's reply as bytes repr), socket's errno texts, ssl's "(_ssl.c:1000)". poplib and imaplib
build unverified contexts (ssl._create_stdlib_context), so a certificate error comes only from
Django's SMTP backend, whose ssl_context is ssl.create_default_context() (Django >= 4.2, the
floor of pyproject's "django>=4.2"). Its own ticket, queue and sign-in texts from
src/helpdesk/locale/<ll>/LC_MESSAGES/django.po (de, es, fr, it, pl, pt_BR: no nl or ja
catalog), code null.

Tracim (tracim/tracim, backend 2025): the reply fetcher backend/tracim_backend/lib/mail_fetcher/
email_fetcher.py MailFetcher.run() with imapclient 2.3.1 (backend/requirements.txt pins it;
read at its tag in mjs/imapclient: ssl=True wraps with ssl.create_default_context(), so
certificates are verified; login() re-raises imaplib's error as LoginError(str(e))). Every
OSError (socket.error is OSError: ssl.SSLError and the certificate error included, the later
except clauses never match) is logged "Socket fail with IMAP connection", the rest "Mail
Fetcher error", through Tracim's Logger ("[<class>] <message>", logger.exception adds the
traceback, its last line kept). The notifier lib/mail_notifier/sender.py EmailSender with
smtplib (SMTP_SSL and starttls() without a context: unverified, no certificate errors);
connect() outside any try: its OSError reaches EmailNotifier's "Exception has been caught
during email notification". English only (log lines); its own texts from the frontend's
i18next.scanner/<ll>/translation.json (the English shown is en's value for the key), de, es,
fr, it, ja, nl (pt is European Portuguese, left out), code null.

Labelled blind from the code.

    python -m tools.extract_sixty_sixth MIRRORS_DIR benchmarks/data/sixty_sixth_texts.json

MIRRORS_DIR holds `django-helpdesk+django-helpdesk/repo`, `tracim+tracim/repo` and
`mjs+imapclient/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import json
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

HELPDESK = ("django-helpdesk/django-helpdesk", "360bace463c78314adb07d6b8bffc4676b73be29")
TRACIM = ("tracim/tracim", "ba327506146cf60ab70e588668be51727d26dad4")
IMAPCLIENT = ("mjs/imapclient", "920baf677f8b48734a9ffd02e2c4d34255864de9")  # 2.3.1
HD_LANG = {"de": "de", "es": "es", "fr": "fr", "it": "it", "pl": "pl", "pt-BR": "pt_BR"}
TR_LANG = {"de": "de", "es": "es", "fr": "fr", "it": "it", "ja": "ja", "nl": "nl"}

_SSL = "(_ssl.c:1000)"
_VERIFY = (
    "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: "
)
_REFUSED = "ConnectionRefusedError: [Errno 111] Connection refused"
_NONAME = "socket.gaierror: [Errno -2] Name or service not known"
_AGAIN = "socket.gaierror: [Errno -3] Temporary failure in name resolution"
_UNREACH = "OSError: [Errno 101] Network is unreachable"
_NOROUTE = "OSError: [Errno 113] No route to host"
_KERNEL_TIMEOUT = "TimeoutError: [Errno 110] Connection timed out"
_WRONG_VERSION = f"ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number {_SSL}"
_UNSUPPORTED = f"ssl.SSLError: [SSL: UNSUPPORTED_PROTOCOL] unsupported protocol {_SSL}"

# --- django-helpdesk --------------------------------------------------------------------------

_HD_QUEUE = "Queue processing failed: support\n"
_HD_Q_WHY = (
    "src/helpdesk/email.py process_email(): process_queue() raised, logger.exception() logs "
    "'Queue processing failed: <slug>' and the traceback, whose last line is the exception: "
)
_HD_SMTP = "SMTPException raised while sending email to ['alice@example.com']\n"
_HD_S_WHY = (
    "src/helpdesk/templated_email.py send_templated_mail(): msg.send() through Django's "
    "EmailBackend (smtp.example.com) raised an SMTPException, logged with its traceback: "
)
# (text after the log line, code, why, the helpdesk literal that logs it)
_Q = 'logger.exception(f"Queue processing failed: {q.slug}")'
_S = '"SMTPException raised while sending email to {}"'
HELPDESK_MAIL: list[Pick] = [
    Pick(
        _HD_QUEUE + _REFUSED,
        "PORT_CLOSED",
        why=_HD_Q_WHY + "imaplib.IMAP4(host, 143) "
        "connect(2) ECONNREFUSED: nothing listens on the port",
        then=_Q,
    ),
    Pick(
        _HD_QUEUE + _NONAME,
        "HOST_NOT_FOUND",
        why=_HD_Q_WHY + "getaddrinfo EAI_NONAME: the queue's E-Mail Hostname does not resolve",
        then=_Q,
    ),
    Pick(
        _HD_QUEUE + _AGAIN,
        "DNS_FAILURE",
        why=_HD_Q_WHY + "getaddrinfo EAI_AGAIN: the resolver did not answer",
        then=_Q,
    ),
    Pick(
        _HD_QUEUE + _KERNEL_TIMEOUT,
        "PORT_FILTERED",
        why=_HD_Q_WHY + "imaplib/poplib open "
        "the socket without a timeout: the kernel gives up on the SYN, a firewall drops it",
        then=_Q,
    ),
    Pick(
        _HD_QUEUE + _UNREACH, "HOST_UNREACHABLE", why=_HD_Q_WHY + "ENETUNREACH, no route", then=_Q
    ),
    Pick(_HD_QUEUE + _NOROUTE, "HOST_UNREACHABLE", why=_HD_Q_WHY + "EHOSTUNREACH", then=_Q),
    Pick(
        _HD_QUEUE + _WRONG_VERSION,
        "TLS_ON_PLAIN_PORT",
        why=_HD_Q_WHY + "'Use SSL' on "
        "(imaplib.IMAP4_SSL) with port 143: the plain greeting read as a TLS record",
        then=_Q,
    ),
    Pick(
        _HD_QUEUE + _UNSUPPORTED,
        "TLS_OUTDATED",
        why=_HD_Q_WHY + "IMAP4_SSL/POP3_SSL "
        "against a server offering only TLS 1.0/1.1, below OpenSSL 3's floor",
        then=_Q,
    ),
    Pick(
        _HD_QUEUE + "imaplib.IMAP4.error: b'[AUTHENTICATIONFAILED] Invalid credentials (Failure)'",
        "AUTH_FAILED",
        why=_HD_Q_WHY + "imap_sync() catches only "
        "IMAP4.abort and SSLError around login(): imaplib's LOGIN answered NO (Gmail's "
        "wording), raise self.error(dat[-1])",
        then=_Q,
    ),
    Pick(
        _HD_QUEUE + "imaplib.IMAP4.error: b'[AUTHENTICATIONFAILED] Authentication failed.'",
        "AUTH_FAILED",
        why=_HD_Q_WHY + "Dovecot's NO to LOGIN: wrong user or password",
        then=_Q,
    ),
    Pick(
        _HD_QUEUE + "imaplib.IMAP4.error: b'[ALERT] Application-specific password "
        "required: https://support.google.com/accounts/answer/185833 (Failure)'",
        "APP_PASSWORD_REQUIRED",
        why=_HD_Q_WHY + "Gmail refuses the account password of a "
        "2-Step account: an app password is needed",
        then=_Q,
    ),
    Pick(
        _HD_QUEUE + "imaplib.IMAP4.error: b'[ALERT] Please log in via your web browser: "
        "https://support.google.com/mail/accounts/answer/78754 (Failure)'",
        "WEB_LOGIN_REQUIRED",
        why=_HD_Q_WHY + "Gmail blocked the sign-in until confirmed on the web",
        then=_Q,
    ),
    Pick(
        _HD_QUEUE + "imaplib.IMAP4.error: b'[ALERT] Your account is not enabled for IMAP "
        "use. Please visit your Gmail settings page and enable your account for IMAP access. "
        "(Failure)'",
        "PROTOCOL_DISABLED",
        why=_HD_Q_WHY + "IMAP switched off for the account",
        then=_Q,
    ),
    Pick(
        _HD_QUEUE + "imaplib.IMAP4.error: b'[PRIVACYREQUIRED] Plaintext authentication "
        "disallowed on non-secure (SSL/TLS) connections.'",
        "PLAINTEXT_AUTH_DISABLED",
        why=_HD_Q_WHY + "imap_sync()'s starttls() failed (warned, carried on unencrypted), "
        "Dovecot refuses LOGIN without TLS",
        then=_Q,
    ),
    Pick(
        _HD_QUEUE + "poplib.error_proto: b'-ERR [AUTH] Authentication failed.'",
        "AUTH_FAILED",
        why=_HD_Q_WHY + "pop3_sync() pass_(): poplib _getresp() raises "
        "error_proto(resp) on a -ERR: Dovecot's wrong password",
        then=_Q,
    ),
    Pick(
        _HD_QUEUE + "poplib.error_proto: b'-ERR Plaintext authentication disallowed on "
        "non-secure (SSL/TLS) connections.'",
        "PLAINTEXT_AUTH_DISABLED",
        why=_HD_Q_WHY + "pop3_sync(): stls() failed, then USER refused without TLS",
        then=_Q,
    ),
    Pick(
        _HD_QUEUE + "poplib.error_proto: b'-ERR [AUTH] Web login required: "
        "https://support.google.com/mail/answer/78754'",
        "WEB_LOGIN_REQUIRED",
        why=_HD_Q_WHY + "Gmail's POP3 PASS refused until the sign-in is confirmed",
        then=_Q,
    ),
    Pick(
        _HD_QUEUE + "poplib.error_proto: b'-ERR [SYS/PERM] Your account is not enabled for "
        "POP access. Please visit your Gmail settings page and enable your account for POP "
        "access.'",
        "PROTOCOL_DISABLED",
        why=_HD_Q_WHY + "POP switched off for the account",
        then=_Q,
    ),
    Pick(
        _HD_QUEUE + "imaplib.IMAP4.abort: socket error: EOF",
        "CONNECTION_CLOSED",
        why=_HD_Q_WHY + "imaplib _get_line(): the server closed before its greeting "
        "(in IMAP4.__init__, outside imap_sync()'s try)",
        then=_Q,
    ),
    Pick(
        _HD_QUEUE + "poplib.error_proto: -ERR EOF",
        "CONNECTION_CLOSED",
        why=_HD_Q_WHY + "poplib _getline(): the server closed the connection",
        then=_Q,
    ),
    Pick(
        _HD_QUEUE + _VERIFY + f"self-signed certificate {_SSL}",
        "CERT_SELF_SIGNED",
        why=_HD_Q_WHY + "a ticket made from a mail notifies by mail; Django's EmailBackend "
        "starttls(context=ssl.create_default_context()) (poplib/imaplib do not verify): "
        "the SMTP server's certificate is self-signed",
        then=_Q,
    ),
    Pick(
        _HD_QUEUE + _VERIFY + f"unable to get local issuer certificate {_SSL}",
        "CERT_UNTRUSTED",
        why=_HD_Q_WHY + "Django's SMTP STARTTLS: the chain does not lead to a trusted CA",
        then=_Q,
    ),
    Pick(
        _HD_QUEUE + _VERIFY + "Hostname mismatch, certificate is not valid for "
        f"'smtp.example.com'. {_SSL}",
        "CERT_HOSTNAME_MISMATCH",
        why=_HD_Q_WHY + "Django's SMTP TLS: the certificate names another host",
        then=_Q,
    ),
    Pick(
        _HD_QUEUE + _VERIFY + f"certificate has expired {_SSL}",
        "CERT_EXPIRED",
        why=_HD_Q_WHY + "Django's SMTP TLS: the certificate is past its notAfter",
        then=_Q,
    ),
    Pick(
        _HD_SMTP + "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Error: authentication "
        "failed: authentication failure')",
        "AUTH_FAILED",
        why=_HD_S_WHY + "EmailBackend.open() login(): Postfix refuses EMAIL_HOST_USER/PASSWORD",
        then=_S,
    ),
    Pick(
        _HD_SMTP + "smtplib.SMTPAuthenticationError: (534, b'5.7.9 Application-specific "
        "password required. Learn more at\\n5.7.9  https://support.google.com/mail/"
        "?p=InvalidSecondFactor')",
        "APP_PASSWORD_REQUIRED",
        why=_HD_S_WHY + "Gmail wants an app password",
        then=_S,
    ),
    Pick(
        _HD_SMTP + "smtplib.SMTPAuthenticationError: (530, b'5.7.0 Must issue a STARTTLS "
        "command first.')",
        "PLAINTEXT_AUTH_DISABLED",
        why=_HD_S_WHY + "EMAIL_USE_TLS off: AUTH refused on the unencrypted session",
        then=_S,
    ),
    Pick(
        _HD_SMTP + "smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.",
        "AUTH_NOT_OFFERED",
        why=_HD_S_WHY + "smtplib login(): EHLO names no AUTH",
        then=_S,
    ),
    Pick(
        _HD_SMTP + "smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.",
        "STARTTLS_NOT_OFFERED",
        why=_HD_S_WHY + "EMAIL_USE_TLS on, smtplib starttls(): EHLO names no STARTTLS",
        then=_S,
    ),
    Pick(
        _HD_SMTP + "smtplib.SMTPResponseException: (454, b'4.7.0 TLS not available due to "
        "local problem')",
        "STARTTLS_FAILED",
        why=_HD_S_WHY + "STARTTLS answered 454",
        then=_S,
    ),
    Pick(
        _HD_SMTP + "smtplib.SMTPConnectError: (421, b'4.7.0 smtp.example.com Error: too "
        "many connections from 203.0.113.10')",
        "RATE_LIMITED",
        why=_HD_S_WHY + "SMTP() __init__: the greeting is a 421, the connection limit",
        then=_S,
    ),
    Pick(
        _HD_SMTP + "smtplib.SMTPServerDisconnected: Connection unexpectedly closed",
        "CONNECTION_CLOSED",
        why=_HD_S_WHY + "getreply(): the server hung up without a reply",
        then=_S,
    ),
    Pick(
        _HD_SMTP + "smtplib.SMTPSenderRefused: (553, b'5.7.1 <helpdesk@example.net>: Sender "
        "address rejected: not owned by user alice@example.com', 'helpdesk@example.net')",
        "SENDER_REFUSED",
        why=_HD_S_WHY + "MAIL FROM: the queue's e-mail address "
        "(DEFAULT_FROM_EMAIL) is not the account's",
        then=_S,
    ),
    Pick(
        _HD_SMTP + "smtplib.SMTPRecipientsRefused: {'alice@example.com': (554, b'5.7.1 "
        "<alice@example.com>: Relay access denied')}",
        "RELAY_REFUSED",
        why=_HD_S_WHY + "RCPT TO refused without an authenticated session",
        then=_S,
    ),
    Pick(
        _HD_SMTP + "smtplib.SMTPRecipientsRefused: {'alice@example.com': (550, b'5.1.1 "
        "<alice@example.com>: Recipient address rejected: User unknown in virtual mailbox "
        "table')}",
        "RECIPIENT_UNKNOWN",
        why=_HD_S_WHY + "RCPT TO: the submitter's address does not exist",
        then=_S,
    ),
    Pick(
        _HD_SMTP + "smtplib.SMTPRecipientsRefused: {'alice@example.com': (552, b'5.2.2 "
        "<alice@example.com>: Recipient mailbox full')}",
        "RECIPIENT_MAILBOX_FULL",
        why=_HD_S_WHY + "RCPT TO: the recipient's mailbox is over quota",
        then=_S,
    ),
    Pick(
        _HD_SMTP + "smtplib.SMTPDataError: (552, b'5.3.4 Message size exceeds fixed limit')",
        "SIZE_LIMIT",
        why=_HD_S_WHY + "end of DATA: the ticket's attachments make it too big",
        then=_S,
    ),
    Pick(
        _HD_SMTP + "smtplib.SMTPDataError: (450, b'4.7.1 Error: too much mail from 203.0.113.10')",
        "RATE_LIMITED",
        why=_HD_S_WHY + "the server's per-client sending limit",
        then=_S,
    ),
    # django-helpdesk's own log lines
    Pick(
        "POP3 StartTLS failed or unsupported. Connection will be unencrypted.",
        "ENCRYPTION_NOT_USED",
        why="src/helpdesk/email.py pop3_sync(): stls() raised, the "
        "fetch goes on without encryption",
    ),
    Pick(
        "IMAP4 StartTLS unsupported or failed. Connection will be unencrypted.",
        "ENCRYPTION_NOT_USED",
        why="src/helpdesk/email.py imap_sync(): starttls() raised, "
        "the fetch goes on without encryption",
    ),
    Pick(
        "IMAP login failed. Check that the server is accessible and that the username and "
        "password are correct.",
        None,
        why="src/helpdesk/email.py imap_sync(): any "
        "IMAP4.abort during STARTTLS/LOGIN/SELECT, the reason dropped: nothing narrows it",
        then='"IMAP login failed. Check that the server is accessible and that "',
    ),
    Pick(
        "IMAP login failed due to SSL error. This is often due to a timeout. Please check "
        "your connection and try again.",
        None,
        why="src/helpdesk/email.py imap_sync(): any ssl.SSLError around login, the reason dropped",
        then='"IMAP login failed due to SSL error. This is often due to a timeout. "',
    ),
    Pick(
        "IMAP retrieve failed. Is the folder '%s' spelled correctly, and does it exist on the "
        "server?",
        None,
        ("INBOX.Support",),
        why="src/helpdesk/email.py imap_sync(): SEARCH or "
        "FETCH refused (the queue's IMAP folder), not a connection setting",
        then='"IMAP retrieve failed. Is the folder',
    ),
    Pick(
        "Queue has been configured with proxy settings, but no socks library was installed. "
        "Try to install PySocks via PyPI.",
        None,
        why="src/helpdesk/email.py process_queue(): "
        "a Python package missing on the helpdesk's host",
        then='"Queue has been configured with proxy settings, "',
    ),
]
# Its own texts (django.po msgids), code null.
HELPDESK_OWN = [
    "Your username and password didn't match. Please try again.",
    "Invalid ticket ID or e-mail address. Please try again.",
    "Sorry, but there has been an error trying to submit your ticket.",
    "Unable To Open Ticket",
    "There are errors in the form",
    "Please correct the error below.",
    "Please correct the errors below.",
    "Your password was changed.",
    "All selected tickets must share the same queue in order to be merged.",
    "You haven't created any tickets yet, so you cannot run any reports.",
    "Please use button at upper right to login first.",
    "Unless otherwise stated, all fields are required.",
    "Error",
    "Error:",
    "Change password",
    "Helpdesk Login",
]


def _fill(text: str, values: tuple[str, ...]) -> str:
    for value in values:
        text = text.replace("%s", value, 1)
    return text


def helpdesk(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, HELPDESK)
    at = f"{HELPDESK[0]}@{commit[:12]}"
    assert 'version = "2.3.3"' in git(repo, "show", f"{commit}:pyproject.toml")
    entries = []
    for pick in HELPDESK_MAIL:
        literal = pick.then or pick.key
        where = _where(
            repo, commit, literal, ("src/helpdesk/email.py", "src/helpdesk/templated_email.py")
        )
        texts = {"en": _fill(pick.key, pick.values)}
        entries.append(
            _entry(
                "django-helpdesk", f"helpdesk.{len(entries)}", pick, texts, {"en": f"{at}:{where}"}
            )
        )
    catalogs = _po_catalogs(
        repo, commit, "src/helpdesk/locale/{}/LC_MESSAGES/django.po", {"en": "en", **HD_LANG}
    )
    for msgid in HELPDESK_OWN:
        path, english = catalogs["en"]
        origin = english.get(msgid)
        assert origin is not None and origin.locations, msgid
        file = origin.locations[0][0].replace("\\", "/").removeprefix("./")
        place = f"src/helpdesk/{file}:{origin.locations[0][1]}"
        pick = Pick(
            msgid,
            None,
            why=f"{file}: django-helpdesk's own ticket, "
            "form or sign-in text, no mail setting involved",
        )
        texts, sources = {"en": msgid}, {"en": f"{at}:{place}"}
        for lang in HD_LANG:
            path, catalog = catalogs[lang]
            words = _po_translated(catalog, msgid)
            if words:
                texts[lang] = words
                sources[lang] = f"{at}:{path}#{msgid}"
        entries.append(_entry("django-helpdesk", f"helpdesk.{len(entries)}", pick, texts, sources))
    return entries


# --- Tracim -----------------------------------------------------------------------------------

_FETCH = "email_fetcher.py"
_SOCK = "[MailFetcher] Socket fail with IMAP connection\n"
_SOCK_WHY = (
    "lib/mail_fetcher/email_fetcher.py MailFetcher.run(): IMAPClient(host, port, ssl=..., "
    "timeout=180) and login() inside the try; except (socket.error, ...) catches every OSError "
    "(ssl errors too) and logs it with its traceback: "
)
_ERR = "[MailFetcher] Mail Fetcher error\n"
_ERR_WHY = (
    "lib/mail_fetcher/email_fetcher.py MailFetcher.run(): not an OSError, the last clause logs "
    "'Mail Fetcher error' and the traceback: "
)
_NOTIFY = "[EmailNotifier] Exception has been caught during email notification\n"
_NOTIFY_WHY = (
    "lib/mail_notifier/notifier.py EmailNotifier.notify_content_update(): in SYNC mode "
    "EmailSender.send_mail() calls connect() outside its try, smtplib.SMTP(server, port) / "
    "SMTP_SSL raise up to this except, logged with the traceback: "
)
_SEND = "[EmailSender] SMTP sending message return error\n"
_SEND_WHY = (
    "lib/mail_notifier/sender.py EmailSender.send_mail(): send_message() raised an "
    "SMTPException, logged with its traceback: "
)
_LOGIN_WHY = "lib/mail_notifier/sender.py EmailSender.connect(): login() raised "
_TLS_WHY = "lib/mail_notifier/sender.py EmailSender.connect(): encryption 'default', starttls() "
_AUTH_TAIL = "\n[EmailSender] check your auth params combinaison (login/password) for SMTP"
_LOGIN_E = "[EmailSender] SMTP auth return error code: "
_LOGIN_LIT = '"SMTP auth return error code: {} with message: {}"'
_TLS_LIT = '"SMTP start TLS return error code: {} with message: {}"'
_TLS_X = '"Unexpected exception during SMTP start TLS process"'
_LOGIN_X = '"Unexpected exception during SMTP login"'
_SOCK_LIT = '"Socket fail with IMAP connection"'
_ERR_LIT = '"Mail Fetcher error"'
_NOTIFY_LIT = '"Exception has been caught during email notification"'
_SEND_LIT = '"SMTP sending message return error"'

TRACIM_MAIL: list[Pick] = [
    Pick(_SOCK + _REFUSED, "PORT_CLOSED", why=_SOCK_WHY + "ECONNREFUSED", then=_SOCK_LIT),
    Pick(
        _SOCK + _NONAME,
        "HOST_NOT_FOUND",
        why=_SOCK_WHY + "EAI_NONAME: email.reply.imap.server does not resolve",
        then=_SOCK_LIT,
    ),
    Pick(_SOCK + _AGAIN, "DNS_FAILURE", why=_SOCK_WHY + "EAI_AGAIN", then=_SOCK_LIT),
    Pick(
        _SOCK + "TimeoutError: timed out",
        "PORT_FILTERED",
        why=_SOCK_WHY + "the 180 s "
        "connect timeout (socket.create_connection): no answer to the SYN",
        then=_SOCK_LIT,
    ),
    Pick(_SOCK + _UNREACH, "HOST_UNREACHABLE", why=_SOCK_WHY + "ENETUNREACH", then=_SOCK_LIT),
    Pick(
        _SOCK + _WRONG_VERSION,
        "TLS_ON_PLAIN_PORT",
        why=_SOCK_WHY + "email.reply.imap.use_ssl with port 143: plain IMAP read as TLS",
        then=_SOCK_LIT,
    ),
    Pick(
        _SOCK + _UNSUPPORTED,
        "TLS_OUTDATED",
        why=_SOCK_WHY + "the server offers only TLS 1.0/1.1",
        then=_SOCK_LIT,
    ),
    Pick(
        _SOCK + _VERIFY + f"self-signed certificate {_SSL}",
        "CERT_SELF_SIGNED",
        why=_SOCK_WHY + "imapclient's tls.wrap_socket(): create_default_context() verifies; "
        "the certificate is self-signed",
        then=_SOCK_LIT,
    ),
    Pick(
        _SOCK + _VERIFY + f"unable to get local issuer certificate {_SSL}",
        "CERT_UNTRUSTED",
        why=_SOCK_WHY + "verified: the chain lacks a trusted issuer",
        then=_SOCK_LIT,
    ),
    Pick(
        _SOCK + _VERIFY + "Hostname mismatch, certificate is not valid for "
        f"'imap.example.com'. {_SSL}",
        "CERT_HOSTNAME_MISMATCH",
        why=_SOCK_WHY + "server_hostname checked: the certificate names another host",
        then=_SOCK_LIT,
    ),
    Pick(
        _SOCK + _VERIFY + f"certificate has expired {_SSL}",
        "CERT_EXPIRED",
        why=_SOCK_WHY + "verified: past notAfter",
        then=_SOCK_LIT,
    ),
    Pick(
        _ERR + "imapclient.exceptions.LoginError: b'[AUTHENTICATIONFAILED] Invalid "
        "credentials (Failure)'",
        "AUTH_FAILED",
        why=_ERR_WHY + "imapclient 2.3.1 login(): "
        "imaplib's error on a NO to LOGIN re-raised as LoginError(str(e))",
        then=_ERR_LIT,
    ),
    Pick(
        _ERR + "imapclient.exceptions.LoginError: b'[AUTHENTICATIONFAILED] Authentication failed.'",
        "AUTH_FAILED",
        why=_ERR_WHY + "Dovecot's NO to LOGIN",
        then=_ERR_LIT,
    ),
    Pick(
        _ERR + "imapclient.exceptions.LoginError: b'[ALERT] Application-specific password "
        "required: https://support.google.com/accounts/answer/185833 (Failure)'",
        "APP_PASSWORD_REQUIRED",
        why=_ERR_WHY + "Gmail wants an app password",
        then=_ERR_LIT,
    ),
    Pick(
        _ERR + "imapclient.exceptions.LoginError: b'[PRIVACYREQUIRED] Plaintext "
        "authentication disallowed on non-secure (SSL/TLS) connections.'",
        "PLAINTEXT_AUTH_DISABLED",
        why=_ERR_WHY + "use_ssl off (Tracim never sends STARTTLS): "
        "Dovecot refuses LOGIN in the clear",
        then=_ERR_LIT,
    ),
    Pick(
        _ERR + "imapclient.exceptions.LoginError: b'[ALERT] Your account is not enabled for "
        "IMAP use. Please visit your Gmail settings page and enable your account for IMAP "
        "access. (Failure)'",
        "PROTOCOL_DISABLED",
        why=_ERR_WHY + "IMAP off for the account",
        then=_ERR_LIT,
    ),
    Pick(
        _ERR + "imaplib.IMAP4.abort: socket error: EOF",
        "CONNECTION_CLOSED",
        why=_ERR_WHY
        + "imaplib _get_line(): the server closed before its greeting (IMAP4.abort is no "
        "OSError)",
        then=_ERR_LIT,
    ),
    Pick(
        _ERR + "imaplib.IMAP4.error: select failed: Mailbox doesn't exist: INBOX.Tracim",
        None,
        why=_ERR_WHY + "imapclient select_folder()'s _checkok(): the configured "
        "folder does not exist, a folder not a connection setting",
        then=_ERR_LIT,
    ),
    Pick(
        "[MailFetcher] IDLE mode activated but server donot support it, use polling instead.",
        "NO_PUSH",
        why="lib/mail_fetcher/email_fetcher.py MailFetcher.run(): use_idle and "
        "no IDLE capability (the source's two literals join without a space)",
        then='"support it, use polling instead."',
    ),
    Pick(_NOTIFY + _REFUSED, "PORT_CLOSED", why=_NOTIFY_WHY + "ECONNREFUSED", then=_NOTIFY_LIT),
    Pick(
        _NOTIFY + _NONAME,
        "HOST_NOT_FOUND",
        why=_NOTIFY_WHY + "email.notification.smtp.server does not resolve",
        then=_NOTIFY_LIT,
    ),
    Pick(_NOTIFY + _AGAIN, "DNS_FAILURE", why=_NOTIFY_WHY + "EAI_AGAIN", then=_NOTIFY_LIT),
    Pick(
        _NOTIFY + _KERNEL_TIMEOUT,
        "PORT_FILTERED",
        why=_NOTIFY_WHY + "no timeout given: the kernel gives up on the SYN",
        then=_NOTIFY_LIT,
    ),
    Pick(
        _NOTIFY + _NOROUTE, "HOST_UNREACHABLE", why=_NOTIFY_WHY + "EHOSTUNREACH", then=_NOTIFY_LIT
    ),
    Pick(
        _NOTIFY + _WRONG_VERSION,
        "TLS_ON_PLAIN_PORT",
        why=_NOTIFY_WHY + "encryption 'SMTPS' (SMTP_SSL) with port 587",
        then=_NOTIFY_LIT,
    ),
    Pick(
        _NOTIFY + "smtplib.SMTPConnectError: (421, b'4.7.0 smtp.example.com Error: too many "
        "connections from 203.0.113.10')",
        "RATE_LIMITED",
        why=_NOTIFY_WHY + "the greeting is a 421",
        then=_NOTIFY_LIT,
    ),
    Pick(
        _NOTIFY + "smtplib.SMTPServerDisconnected: Connection unexpectedly closed",
        "CONNECTION_CLOSED",
        why=_NOTIFY_WHY + "the server hung up before its greeting",
        then=_NOTIFY_LIT,
    ),
    Pick(
        "[EmailSender] SMTP start TLS return error code: 454 with message: 4.7.0 TLS not "
        "available due to local problem",
        "STARTTLS_FAILED",
        why=_TLS_WHY + "answered 454 (SMTPResponseException)",
        then=_TLS_LIT,
    ),
    Pick(
        "[EmailSender] Unexpected exception during SMTP start TLS process\n"
        "smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.",
        "STARTTLS_NOT_OFFERED",
        why=_TLS_WHY + "raised: EHLO names no STARTTLS",
        then=_TLS_X,
    ),
    Pick(
        _LOGIN_E + "535 with message: 5.7.8 Error: authentication failed: authentication "
        "failure" + _AUTH_TAIL,
        "AUTH_FAILED",
        why=_LOGIN_WHY + "SMTPAuthenticationError 535: "
        "email.notification.smtp.user/password refused",
        then=_LOGIN_LIT,
    ),
    Pick(
        _LOGIN_E + "534 with message: 5.7.9 Application-specific password required. Learn "
        "more at\n5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor" + _AUTH_TAIL,
        "APP_PASSWORD_REQUIRED",
        why=_LOGIN_WHY + "Gmail's 534 5.7.9",
        then=_LOGIN_LIT,
    ),
    Pick(
        _LOGIN_E + "530 with message: 5.7.0 Must issue a STARTTLS command first." + _AUTH_TAIL,
        "PLAINTEXT_AUTH_DISABLED",
        why=_LOGIN_WHY + "AUTH refused on the unencrypted session",
        then=_LOGIN_LIT,
    ),
    Pick(
        _LOGIN_E + "454 with message: 4.7.0 Temporary authentication failure" + _AUTH_TAIL,
        "AUTH_TEMPORARY_FAILURE",
        why=_LOGIN_WHY + "454 4.7.0: the server's authentication backend failed for now",
        then=_LOGIN_LIT,
    ),
    Pick(
        "[EmailSender] Unexpected exception during SMTP login\nsmtplib.SMTPNotSupportedError: "
        "SMTP AUTH extension not supported by server.",
        "AUTH_NOT_OFFERED",
        why=_LOGIN_WHY + "SMTPNotSupportedError: EHLO names no AUTH",
        then=_LOGIN_X,
    ),
    Pick(
        _SEND + "smtplib.SMTPSenderRefused: (553, b'5.7.1 <tracim@example.net>: Sender "
        "address rejected: not owned by user alice@example.com', 'tracim@example.net')",
        "SENDER_REFUSED",
        why=_SEND_WHY + "MAIL FROM: email.notification.from.email is not the account's",
        then=_SEND_LIT,
    ),
    Pick(
        _SEND + "smtplib.SMTPRecipientsRefused: {'bob@example.org': (554, b'5.7.1 "
        "<bob@example.org>: Relay access denied')}",
        "RELAY_REFUSED",
        why=_SEND_WHY + "RCPT TO to another domain without authentication",
        then=_SEND_LIT,
    ),
    Pick(
        _SEND + "smtplib.SMTPRecipientsRefused: {'bob@example.org': (550, b'5.1.1 "
        "<bob@example.org>: Recipient address rejected: User unknown in virtual mailbox "
        "table')}",
        "RECIPIENT_UNKNOWN",
        why=_SEND_WHY + "the member's address does not exist",
        then=_SEND_LIT,
    ),
    Pick(
        _SEND + "smtplib.SMTPRecipientsRefused: {'bob@example.org': (452, b'4.2.2 "
        "<bob@example.org>: Mailbox full')}",
        "RECIPIENT_MAILBOX_FULL",
        why=_SEND_WHY + "the recipient's mailbox is full",
        then=_SEND_LIT,
    ),
    Pick(
        _SEND + "smtplib.SMTPDataError: (552, b'5.3.4 Message size exceeds fixed limit')",
        "SIZE_LIMIT",
        why=_SEND_WHY + "end of DATA: too big",
        then=_SEND_LIT,
    ),
    Pick(
        _SEND + "smtplib.SMTPDataError: (554, b'5.7.1 Message rejected as spam')",
        "REJECTED_AS_SPAM",
        why=_SEND_WHY + "the content filter refused it",
        then=_SEND_LIT,
    ),
    Pick(
        _SEND + "smtplib.SMTPSenderRefused: (421, b'4.7.0 Try again later, closing "
        "connection. (MAIL)', 'tracim@example.net')",
        "RATE_LIMITED",
        why=_SEND_WHY + "MAIL FROM answered 421 4.7.0: a throttle",
        then=_SEND_LIT,
    ),
    Pick(
        _SEND + "smtplib.SMTPServerDisconnected: Connection unexpectedly closed",
        "CONNECTION_CLOSED",
        why=_SEND_WHY + "the server hung up mid-session",
        then=_SEND_LIT,
    ),
]
# Its own frontend texts (i18next keys), code null.
TRACIM_OWN = [
    "Invalid email",
    "Invalid email. Please enter a valid email.",
    "Email already exists",
    "Wrong old password",
    "Wrong administrator's password",
    "Invalid password",
    "New passwords are different",
    "New password is too short (minimum 6 characters)",
    "Password cannot exceed 512 characters",
    "Please enter a login and a password",
    "You have been disconnected, please login again",
    "Error while changing password",
    "Error while creating account",
    "Error while uploading file",
    "A content with the same name already exists",
    "This user already is in the space",
    "An error has happened, please try again",
    "Your password has been changed",
    "To change your password, please refer to an administrator",
    "Unfortunately, email notifications aren't activated, we can't send you a reset password email",
]


def tracim(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, TRACIM)
    at = f"{TRACIM[0]}@{commit[:12]}"
    lib, lib_commit = _library(mirrors, IMAPCLIENT)
    reqs = git(repo, "show", f"{commit}:backend/requirements.txt")
    assert "imapclient==2.3.1" in reqs
    assert "raise exceptions.LoginError(str(e))" in git(
        lib, "show", f"{lib_commit}:imapclient/imapclient.py"
    )
    entries = []
    for pick in TRACIM_MAIL:
        where = _where(
            repo,
            commit,
            pick.then,
            ("backend/tracim_backend/lib/mail_fetcher", "backend/tracim_backend/lib/mail_notifier"),
        )
        source = f"{at}:{where}"
        if "LoginError" in pick.key:
            lwhere = _where(
                lib,
                lib_commit,
                "raise exceptions.LoginError(str(e))",
                ("imapclient/imapclient.py",),
            )
            source += f" (then {IMAPCLIENT[0]}@{lib_commit[:12]}:{lwhere})"
        entries.append(
            _entry("Tracim", f"tracim.{len(entries)}", pick, {"en": pick.key}, {"en": source})
        )
    base = "frontend/i18next.scanner/{}/translation.json"
    tables = {
        lang: json.loads(git(repo, "show", f"{commit}:{base.format(folder)}"))
        for lang, folder in {"en": "en", **TR_LANG}.items()
    }
    for key in TRACIM_OWN:
        english = tables["en"][key]
        assert git(
            repo,
            "grep",
            "-l",
            "-F",
            "-e",
            key,
            commit,
            "--",
            "frontend/src",
            "frontend_lib/src",
            "frontend_app_*/src",
        ), key
        pick = Pick(
            key,
            None,
            why="frontend: Tracim's own sign-in, account, space or upload "
            "message, no mail setting involved",
        )
        texts = {"en": english}
        sources = {"en": f"{at}:{base.format('en')}#{key}"}
        for lang, folder in TR_LANG.items():
            words = tables[lang].get(key)
            if isinstance(words, str) and words.strip() and words not in (key, english):
                texts[lang] = words
                sources[lang] = f"{at}:{base.format(folder)}#{key}"
        entries.append(_entry("Tracim", f"tracim.{len(entries)}", pick, texts, sources))
    return entries


ABOUT = (
    "The sixty-sixth held-out set (tools/extract_sixty_sixth.py): django-helpdesk (django-"
    "helpdesk/django-helpdesk 2.3.3, August 2026 snapshot): the queue fetch's log lines "
    "('Queue processing failed: <slug>' with the traceback's last line, its STARTTLS and "
    "login warnings) with poplib/imaplib, and its notifications' 'SMTPException raised while "
    "sending email to [...]' through Django's SMTP backend, Python's reasons as CPython 3.12 "
    "on Debian words them, en only; its own texts (src/helpdesk/locale/<ll>/LC_MESSAGES/"
    "django.po). Tracim (tracim/tracim, May 2025): the reply fetcher's log lines (imapclient "
    "2.3.1, which verifies certificates) and the notifier's (smtplib, which here does not), "
    "'[Class] message' with the traceback's last line, en only; its own frontend texts "
    "(i18next.scanner/<ll>/translation.json; pt is European Portuguese, left out). Extracted "
    "and labelled blind from the code; code null: no mail-settings problem or nothing "
    "narrowing it. A language without a translation or with the English one is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, helpdesk, tracim)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
