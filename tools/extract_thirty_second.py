"""Developer tool: the thirty-second blind held-out set (Paperless-ngx's and Listmonk's mail).

Paperless-ngx: its mail accounts' "Test" (src/paperless_mail/views.py MailAccountViewSet.test
and the UI's mail-account-edit-dialog), its mail fetching (src/paperless_mail/mail.py
MailAccountHandler.handle_mail_account(), mailbox_login(): the log lines that carry imap_tools
1.14.0's or CPython 3.12's imaplib/ssl/socket English reason) and its "Email document" SMTP
sending (src/documents/views.py: Django 5.2's EmailBackend and smtplib's reason in the log);
its other messages (the UI's src-ui/src/locale/messages.<ll>.xlf, Django's src/locale/<ll>/
LC_MESSAGES/django.po): code null. Listmonk: its SMTP settings' "Test connection" (cmd/
settings.go TestSMTPSettings(): the error smtppool and Go's net/smtp, crypto/tls, net return,
English only, shown as is) and its campaign log; its other messages (i18n/<ll>.json): code
null. Labelled blind from the code.

    python -m tools.extract_thirty_second MIRRORS_DIR benchmarks/data/thirty_second_texts.json

MIRRORS_DIR holds `paperless-ngx+paperless-ngx/repo`, `ikvk+imap_tools/repo`,
`knadh+listmonk/repo` and `knadh+smtppool/repo` as `fetch` leaves them in /work/.mirror.
Listmonk's go.mod pins smtppool v2.1.2; the only snapshot of smtppool ends at v2.0.0, which
is cited (its error texts and the calls that return Go's errors).
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

PAPERLESS = ("paperless-ngx/paperless-ngx", "b0e0e8a35373a5d9d588a507cb63c79e50a23403")
LISTMONK = ("knadh/listmonk", "911e0b774abad4fbf7b534be43a34a80fb6ace5b")
LIBS = {
    # imap_tools 1.14.0 (uv.lock): the last commit with __version__ = '1.14.0'.
    "imap_tools": ("ikvk/imap_tools", "3ef55d77ad5f187936e26ac2454683f486f3caf6"),
    # smtppool v2.0.0 (go.mod pins v2.1.2, not in the snapshot).
    "smtppool": ("knadh/smtppool", "5e52179cb3fd6469f1522ec03d80437fb2c2debf"),
}
XLF = {
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pl": "pl_PL",
    "pt-BR": "pt_BR",
    "ja": "ja_JP",
}
JSON_LANGS = ("de", "fr", "es", "it", "nl", "pl", "pt-BR", "ja")

# Paperless-ngx ------------------------------------------------------------------------------

_RETR = (
    "src/paperless_mail/mail.py MailAccountHandler.handle_mail_account() (the scheduled and the "
    "'Process Mail' fetch): get_mailbox() builds imap_tools' MailBox (SSL), MailBoxStartTls or "
    "MailBoxUnencrypted, which connect in __init__ (no timeout); any exception but MailError is "
    "logged as 'Error while retrieving mailbox {account}: {e}' (the Logs page, mail log), "
    "str(e) of CPython 3.12's "
)
_SSLX = "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: "
_CERT = (
    _RETR + "ssl.SSLCertVerificationError: get_mailbox() passes ssl.create_default_context() "
    "(CERT_REQUIRED, check_hostname) to IMAP4_SSL or STARTTLS; "
)
_AUTH = (
    "src/paperless_mail/mail.py mailbox_login() (the fetch and the account's Test): any "
    "exception of the login is logged as 'Error while authenticating account {account}: {e}'; "
)
_LOGIN = (
    _AUTH + "an ASCII password goes to imap_tools' BaseMailBox.login(): LOGIN via "
    "_simple_command, a tagged NO raises MailboxLoginError, whose str() is 'Response status "
    '"OK" expected, but "NO" received. Data: \' and the response data list; '
)
_EMAIL = (
    "src/documents/views.py DocumentViewSet email: send_email() (src/documents/mail.py, "
    "Django 5.2 EmailMessage on the PAPERLESS_EMAIL_* SMTP settings, EMAIL_TIMEOUT 30 s) "
    "raised, logged as 'An error occurred emailing documents: {e!s}', CPython 3.12 smtplib's "
)
_ACC = "Error while retrieving mailbox Work mail: "
_AUT = "Error while authenticating account Work mail: "
_NO = 'Response status "OK" expected, but "NO" received. Data: '
_SEND = "An error occurred emailing documents: "
_RETR_CTX = "Error while retrieving mailbox {account}: {e}"
_AUTH_CTX = "Error while authenticating account {account}: {e}"
_SEND_CTX = "An error occurred emailing documents: {e!s}"
_SSL_CLIENT = "imap_tools|return imaplib.IMAP4_SSL(host, port, ssl_context=ssl_context"
_PLAIN_CLIENT = "imap_tools|return imaplib.IMAP4(host, port, timeout=timeout)"
_LOGIN_LIB = "imap_tools|check_command_status(login_result, MailboxLoginError)"

# Pick.table: "xlf" (the UI's Angular $localize/i18n unit, key its English with {PH}), "po"
# (Django's msgid) or "raw" (English only, key the text; context the app's literal, then
# "library|literal" for the library line that words or raises it).
PAPERLESS_PICKS: list[Pick] = [
    Pick(
        "Unable to connect to the mail server",
        None,
        why="src-ui/.../mail-account-edit-dialog.component.ts test(): shown for success false and "
        "for any error answer of POST /api/mail_accounts/test/ (the view's 400 'Unable to connect "
        "to server' for a MailError, a 500 for a connection error): nothing says which",
        table="xlf",
    ),
    Pick(
        "OAuth2 authentication failed, see logs for details",
        None,
        why="src-ui/.../mail.component.ts: the OAuth callback (src/paperless_mail/views.py "
        "OauthCallbackView) redirected with oauth_success=0: the token exchange with Google/"
        "Microsoft failed (GetAccessTokenError) or the state did not validate: Paperless's OAuth "
        "client setup, no mailbox setting named",
        table="xlf",
    ),
    Pick(
        'Error processing mail account "{PH}"',
        None,
        ("PH=Work mail",),
        why="src-ui/.../mail.component.ts processAccount(): the POST .../process/ request itself "
        "failed (it only queues process_mail_accounts): Paperless's API, not the mailbox",
        table="xlf",
    ),
    Pick(
        "Error emailing document",
        None,
        why="src-ui/.../email-document-dialog.component.ts: the API's 500 'Error emailing "
        "documents, check logs for more detail.' for any exception of send_email(): no reason",
        table="xlf",
    ),
    Pick(
        _ACC + "[Errno -2] Name or service not known",
        "HOST_NOT_FOUND",
        why=_RETR + "socket.gaierror EAI_NONAME from getaddrinfo() in socket.create_connection(): "
        "the IMAP server's name has no address",
        then=_SSL_CLIENT,
        context=_RETR_CTX,
    ),
    Pick(
        _ACC + "Could not resolve hostname: imap.example.com",
        "HOST_NOT_FOUND",
        why=_RETR + "-: with PAPERLESS_EMAIL_ALLOW_INTERNAL_HOSTS=false get_mailbox() first calls "
        "src/paperless/network.py resolve_hostname_ips(), which turns socket.gaierror into "
        "ValueError('Could not resolve hostname: ...')",
        context=_RETR_CTX,
    ),
    Pick(
        _ACC + "[Errno 111] Connection refused",
        "PORT_CLOSED",
        why=_RETR + "ConnectionRefusedError from connect(2): nothing listens on the IMAP port",
        then=_SSL_CLIENT,
        context=_RETR_CTX,
    ),
    Pick(
        _ACC + "[Errno 110] Connection timed out",
        "PORT_FILTERED",
        why=_RETR + "TimeoutError ETIMEDOUT: imap_tools' timeout is None, so the kernel's connect "
        "timeout ends it: nothing answered on the IMAP port",
        then=_SSL_CLIENT,
        context=_RETR_CTX,
    ),
    Pick(
        _ACC + "[Errno 113] No route to host",
        "HOST_UNREACHABLE",
        why=_RETR + "OSError EHOSTUNREACH from connect(2)",
        then=_SSL_CLIENT,
        context=_RETR_CTX,
    ),
    Pick(
        _ACC + "[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1000)",
        "TLS_ON_PLAIN_PORT",
        why=_RETR + "ssl.SSLError: IMAP security SSL (MailBox, IMAP4_SSL) against port 143: "
        "OpenSSL reads the plain '* OK' greeting as a TLS record",
        then=_SSL_CLIENT,
        context=_RETR_CTX,
    ),
    Pick(
        _ACC + _SSLX + "self-signed certificate (_ssl.c:1000)",
        "CERT_SELF_SIGNED",
        why=_CERT + "X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT",
        then=_SSL_CLIENT,
        context=_RETR_CTX,
    ),
    Pick(
        _ACC + _SSLX + "certificate has expired (_ssl.c:1000)",
        "CERT_EXPIRED",
        why=_CERT + "X509_V_ERR_CERT_HAS_EXPIRED",
        then=_SSL_CLIENT,
        context=_RETR_CTX,
    ),
    Pick(
        _ACC + _SSLX + "unable to get local issuer certificate (_ssl.c:1000)",
        "CERT_UNTRUSTED",
        why=_CERT + "the chain does not reach a trusted root (missing intermediate or private "
        "CA; PAPERLESS_EMAIL_CERTIFICATE_LOCATION unset)",
        then=_SSL_CLIENT,
        context=_RETR_CTX,
    ),
    Pick(
        _ACC + _SSLX + "Hostname mismatch, certificate is not valid for 'imap.example.com'. "
        "(_ssl.c:1000)",
        "CERT_HOSTNAME_MISMATCH",
        why=_CERT + "the certificate names neither the IMAP server's name nor a matching wildcard",
        then=_SSL_CLIENT,
        context=_RETR_CTX,
    ),
    Pick(
        _ACC + "TLS not supported by server",
        "STARTTLS_NOT_OFFERED",
        why=_RETR + "imaplib.IMAP4.abort: security STARTTLS, MailBoxStartTls calls "
        "client.starttls(), and Lib/imaplib.py starttls() finds no STARTTLS in the CAPABILITY",
        then="imap_tools|result = client.starttls(self._ssl_context)",
        context=_RETR_CTX,
    ),
    Pick(
        _ACC + "Couldn't establish TLS session",
        "STARTTLS_FAILED",
        why=_RETR + "imaplib.IMAP4.error: Lib/imaplib.py starttls(): the server answered the "
        "STARTTLS it offered with NO or BAD",
        then="imap_tools|result = client.starttls(self._ssl_context)",
        context=_RETR_CTX,
    ),
    Pick(
        _ACC + "Port 993 requires IMAP4_SSL. Use MailBox class for SSL/TLS connection.",
        "WRONG_SECURITY_FOR_PORT",
        why=_RETR.replace("CPython 3.12's ", "imap_tools' own ") + "ValueError: IMAP security "
        "STARTTLS with port 993, the implicit-TLS port",
        then="imap_tools|Port 993 requires IMAP4_SSL",
        context=_RETR_CTX,
    ),
    Pick(
        _ACC + "unexpected response: b'220 smtp.example.com ESMTP Postfix'",
        "WRONG_PROTOCOL",
        why=_RETR + "imaplib.IMAP4.abort: security none against an SMTP port (25/587): "
        "Lib/imaplib.py _get_response() matches the '220 ... ESMTP' greeting as no IMAP response",
        then=_PLAIN_CLIENT,
        context=_RETR_CTX,
    ),
    Pick(
        _ACC + "socket error: EOF",
        "CONNECTION_CLOSED",
        why=_RETR + "imaplib.IMAP4.abort from _get_line(): the server closed the connection "
        "before or instead of its greeting",
        then=_PLAIN_CLIENT,
        context=_RETR_CTX,
    ),
    Pick(
        _AUT + _NO + "[b'[AUTHENTICATIONFAILED] Authentication failed.']",
        "AUTH_FAILED",
        why=_LOGIN + "Dovecot's NO to a wrong username or password",
        then=_LOGIN_LIB,
        context=_AUTH_CTX,
    ),
    Pick(
        _AUT + _NO + "[b'[ALERT] Application-specific password required: "
        "https://support.google.com/accounts/answer/185833 (Failure)']",
        "APP_PASSWORD_REQUIRED",
        why=_LOGIN + "Gmail's NO to the account password where 2-step verification needs an "
        "app password",
        then=_LOGIN_LIB,
        context=_AUTH_CTX,
    ),
    Pick(
        _AUT + _NO + "[b'[ALERT] Please log in via your web browser: "
        "https://support.google.com/mail/accounts/answer/78754 (Failure)']",
        "WEB_LOGIN_REQUIRED",
        why=_LOGIN + "Gmail's NO when the sign-in must first be confirmed in the browser",
        then=_LOGIN_LIB,
        context=_AUTH_CTX,
    ),
    Pick(
        _AUT + _NO + "[b'[PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure "
        "(SSL/TLS) connections.']",
        "PLAINTEXT_AUTH_DISABLED",
        why=_LOGIN + "IMAP security none: Dovecot (disable_plaintext_auth) refuses LOGIN over "
        "the unencrypted connection",
        then=_LOGIN_LIB,
        context=_AUTH_CTX,
    ),
    Pick(
        "Error while authenticating account Gmail OAuth: [AUTHENTICATIONFAILED] Invalid "
        "credentials (Failure)",
        "AUTH_FAILED",
        why=_AUTH + "an OAuth account (is_token) goes to imap_tools' xoauth2(): Lib/imaplib.py "
        "authenticate() raises IMAP4.error(dat[-1]) for Gmail's NO: the access token is no "
        "longer accepted",
        then="imap_tools|self.client.authenticate('XOAUTH2'",
        context=_AUTH_CTX,
    ),
    Pick(
        _AUT + "AUTHENTICATE command error: BAD [b'Unsupported authentication mechanism.']",
        "AUTH_NOT_OFFERED",
        why=_AUTH + "a non-ASCII password falls back to imap_tools' login_utf8() (AUTHENTICATE "
        "PLAIN): Lib/imaplib.py _command_complete() raises for the server's BAD: the server "
        "offers no AUTH=PLAIN",
        then='imap_tools|self.client.authenticate("PLAIN"',
        context=_AUTH_CTX,
    ),
    Pick(
        "Error while authenticating account Work mail",
        "AUTH_FAILED",
        why="src/paperless_mail/mail.py mailbox_login(): the MailError raised from the login's "
        "exception, shown in src/paperless_mail/tasks.py's 'Error while processing mail account' "
        "traceback: the connection stood, the login was refused",
        context='f"Error while authenticating account {account}",',
    ),
    Pick(
        "Mail account connectivity test failed: Unable to refresh oauth token",
        "AUTH_FAILED",
        why="src/paperless_mail/views.py MailAccountViewSet.test(): an OAuth account whose token "
        "expired and src/paperless_mail/oauth.py refresh_account_oauth_token() got a "
        "RefreshTokenError (the refresh grant revoked or expired): the account must be "
        "authorised again",
        context="Mail account connectivity test failed: Unable to refresh oauth token",
    ),
    Pick(
        "Rule Work mail.Invoices: Folder INBOX/Invoices does not exist in account Work mail",
        None,
        why="src/paperless_mail/mail.py _handle_mail_rule(): M.folder.set() got "
        "MailboxFolderSelectError: the rule's folder name (a Paperless rule setting, the "
        "delimiter), after a working login",
        context='f"Rule {rule}: Folder {folder} "',
    ),
    Pick(
        "Connection blocked: mail.lan resolves to a non-public address",
        None,
        why="src/paperless_mail/mail.py get_mailbox(): PAPERLESS_EMAIL_ALLOW_INTERNAL_HOSTS=false "
        "and the server resolves to a private address: Paperless's own guard, not the mail "
        "account",
        context='f"Connection blocked: {server} resolves to a non-public address"',
    ),
    Pick(
        _SEND + "(535, b'5.7.8 Error: authentication failed: authentication failure')",
        "AUTH_FAILED",
        why=_EMAIL + "SMTPAuthenticationError from login() in EmailBackend.open(): Postfix "
        "refuses PAPERLESS_EMAIL_HOST_USER/PASSWORD",
        context=_SEND_CTX,
    ),
    Pick(
        _SEND + "STARTTLS extension not supported by server.",
        "STARTTLS_NOT_OFFERED",
        why=_EMAIL + "SMTPNotSupportedError from starttls() (PAPERLESS_EMAIL_USE_TLS): the EHLO "
        "reply names no STARTTLS",
        context=_SEND_CTX,
    ),
    Pick(
        _SEND + "SMTP AUTH extension not supported by server.",
        "AUTH_NOT_OFFERED",
        why=_EMAIL + "SMTPNotSupportedError from login(): the EHLO reply names no AUTH (Postfix "
        "offers it only after STARTTLS, which PAPERLESS_EMAIL_USE_TLS leaves off)",
        context=_SEND_CTX,
    ),
    Pick(
        _SEND + "(530, b'5.7.0 Must issue a STARTTLS command first.', 'paperless@example.com')",
        "ENCRYPTION_NOT_USED",
        why=_EMAIL + "SMTPSenderRefused (code, reply, sender) from MAIL FROM: no TLS and no "
        "login, the server wants STARTTLS first",
        context=_SEND_CTX,
    ),
    Pick(
        _SEND + "{'bob@example.org': (550, b'5.1.1 <bob@example.org>: Recipient address "
        "rejected: User unknown in virtual mailbox table')}",
        "RECIPIENT_UNKNOWN",
        why=_EMAIL + "SMTPRecipientsRefused, str() of its dict: the only recipient refused, no "
        "such mailbox",
        context=_SEND_CTX,
    ),
    Pick(
        _SEND + "[Errno 111] Connection refused",
        "PORT_CLOSED",
        why=_EMAIL + "ConnectionRefusedError from socket.create_connection(): nothing listens on "
        "PAPERLESS_EMAIL_HOST:PAPERLESS_EMAIL_PORT (localhost:25 by default)",
        context=_SEND_CTX,
    ),
    # Not a mail-settings problem.
    Pick(
        "You don't have permissions to do that",
        None,
        why="src-ui/.../permissions.guard.ts: the user's Paperless permissions",
        table="xlf",
    ),
    Pick(
        "Error saving account.",
        None,
        why="src-ui/.../mail.component.ts: saving the mail account object failed (the form's "
        "validation or the API), no connection made",
        table="xlf",
    ),
    Pick("Passwords must match", None, why="profile-edit-dialog: the form's check", table="xlf"),
    Pick(
        "Error generating auth token",
        None,
        why="profile-edit-dialog: Paperless's own API token",
        table="xlf",
    ),
    Pick(
        "Error activating TOTP",
        None,
        why="profile-edit-dialog: Paperless's own two-factor sign-in",
        table="xlf",
    ),
    Pick("Invalid date.", None, why="date.component.html: a form field", table="xlf"),
    Pick(
        "Error while executing pre-consume script.",
        None,
        why="websocket-status.service.ts: the document consumer's script",
        table="xlf",
    ),
    Pick(
        "HTTP error: {PH} {PH_1}",
        None,
        ("PH=413", "PH_1=Request Entity Too Large"),
        why="upload-documents.service.ts: a document upload refused by the web server",
        table="xlf",
    ),
    Pick(
        "Insufficient permissions.",
        None,
        why="src/documents/serialisers.py: the owner/permission check of an object",
        table="po",
    ),
    Pick(
        "This account is inactive.",
        None,
        why="documents/templates/account/account_inactive.html: the Paperless user is disabled",
        table="po",
    ),
    Pick(
        "An error occurred. Please try again.",
        None,
        why="documents/templates/account/password_reset.html: the password reset form",
        table="po",
    ),
    Pick(
        "Insufficient permissions",
        None,
        why="src/paperless_mail/views.py MailAccountViewSet.test(): 403, the user may not add or "
        "change mail accounts",
        context='return HttpResponseForbidden("Insufficient permissions")',
    ),
]

# Listmonk -----------------------------------------------------------------------------------

_TEST = (
    "cmd/settings.go TestSMTPSettings() ('Test connection'): email.New() then msgr.Push(); "
    "smtppool's Pool.Send() returns newConn()'s or send()'s error, answered as err.Error() "
    "(500) and shown as is under the form (frontend/src/views/settings/smtp.vue errMsg); "
)
_DIAL = _TEST + "net.DialTimeout (PoolWaitTimeout, 2 s here), Go 1.26 net's "
_X509 = (
    _TEST + "TLS on (TLSConfig.ServerName = host, no skip verify): Go 1.26 crypto/tls "
    "handshake's x509 verification error; "
)
_REPLY = _TEST + "Go's net/smtp returns the reply as *textproto.Error ('%03d %s'), the server's "
_TEST_CTX = "if err := msgr.Push(m); err != nil {"
_DIAL_LIB = 'smtppool|c, err := net.DialTimeout("tcp", addr, p.opt.PoolWaitTimeout)'
_TLS_LIB = (
    'smtppool|c, err := tls.DialWithDialer(&net.Dialer{Timeout: p.opt.PoolWaitTimeout}, "tcp"'
)
_STARTTLS_LIB = "smtppool|if err := sm.StartTLS(p.opt.TLSConfig); err != nil {"
_AUTH_LIB = "smtppool|if err := sm.Auth(p.opt.Auth); err != nil {"
_X509P = "tls: failed to verify certificate: x509: "
_LOG = (
    "internal/manager/manager.go worker: a campaign message's Push() failed, logged as 'error "
    "sending message in campaign %s: subscriber %d: %v' (Settings > Logs); "
)
_LOG_CTX = 'm.log.Printf("error sending message in campaign %s: subscriber %d: %v"'
_CAMP = "error sending message in campaign Newsletter: subscriber 42: "

# Pick.table: "raw" (English only, the key is the text) or "json" (an i18n/<ll>.json key,
# Pick.values its {name}s; context the code that uses it, else '"key"').
LISTMONK_PICKS: list[Pick] = [
    Pick(
        "dial tcp: lookup smtp.example.com on 127.0.0.11:53: no such host",
        "HOST_NOT_FOUND",
        why=_DIAL + "*net.DNSError (Docker's resolver): the SMTP host's name has no address",
        then=_DIAL_LIB,
        context=_TEST_CTX,
    ),
    Pick(
        "dial tcp 203.0.113.25:587: connect: connection refused",
        "PORT_CLOSED",
        why=_DIAL + "*net.OpError ECONNREFUSED: nothing listens on the SMTP port",
        then=_DIAL_LIB,
        context=_TEST_CTX,
    ),
    Pick(
        "dial tcp 203.0.113.25:587: i/o timeout",
        "PORT_FILTERED",
        why=_DIAL + "*net.OpError timeout: nothing answered the connect within the dial timeout",
        then=_DIAL_LIB,
        context=_TEST_CTX,
    ),
    Pick(
        "dial tcp 203.0.113.25:587: connect: no route to host",
        "HOST_UNREACHABLE",
        why=_DIAL + "*net.OpError EHOSTUNREACH",
        then=_DIAL_LIB,
        context=_TEST_CTX,
    ),
    Pick(
        "dial tcp [2001:db8::25]:587: connect: network is unreachable",
        "IPV6_BROKEN",
        why=_DIAL + "*net.OpError ENETUNREACH for the host's IPv6 address: the container has no "
        "IPv6 route",
        then=_DIAL_LIB,
        context=_TEST_CTX,
    ),
    Pick(
        "tls: first record does not look like a TLS handshake",
        "TLS_ON_PLAIN_PORT",
        why=_TEST + "TLS type 'SSL/TLS' (smtppool.SSLTLS, tls.DialWithDialer) against port 587 or "
        "25: crypto/tls RecordHeaderError, the server's plain 220 greeting is no TLS record",
        then=_TLS_LIB,
        context=_TEST_CTX,
    ),
    Pick(
        _X509P + "certificate signed by unknown authority",
        "CERT_UNTRUSTED",
        why=_X509 + "x509.UnknownAuthorityError: the chain (or a self-signed certificate) does "
        "not reach a trusted root",
        then=_STARTTLS_LIB,
        context=_TEST_CTX,
    ),
    Pick(
        _X509P + "certificate has expired or is not yet valid: current time "
        "2026-07-21T09:30:00Z is after 2026-06-30T23:59:59Z",
        "CERT_EXPIRED",
        why=_X509 + "x509.CertificateInvalidError Expired, the time after NotAfter",
        then=_STARTTLS_LIB,
        context=_TEST_CTX,
    ),
    Pick(
        _X509P + "certificate is valid for mail.example.net, not smtp.example.com",
        "CERT_HOSTNAME_MISMATCH",
        why=_X509 + "x509.HostnameError: the certificate does not name the SMTP host",
        then=_TLS_LIB,
        context=_TEST_CTX,
    ),
    Pick(
        "tls: server selected unsupported protocol version 301",
        "TLS_OUTDATED",
        why=_TEST + "STARTTLS: Go's crypto/tls (MinVersion TLS 1.2 for a client) refuses the "
        "server's TLS 1.0",
        then=_STARTTLS_LIB,
        context=_TEST_CTX,
    ),
    Pick(
        "SMTP STARTTLS extension not found",
        "STARTTLS_NOT_OFFERED",
        why=_TEST + "smtppool newConn(): TLS type STARTTLS and the EHLO reply names no STARTTLS",
        then="smtppool|SMTP STARTTLS extension not found",
        context=_TEST_CTX,
    ),
    Pick(
        "SMTP AUTH extension not found",
        "AUTH_NOT_OFFERED",
        why=_TEST + "smtppool newConn(): an auth protocol is set and the EHLO reply names no AUTH",
        then="smtppool|SMTP AUTH extension not found",
        context=_TEST_CTX,
    ),
    Pick(
        "unencrypted connection",
        "ENCRYPTION_NOT_USED",
        why=_TEST + "auth protocol 'plain' with TLS off: Go's net/smtp plainAuth.Start() refuses "
        "to send the password over a connection without TLS to a host other than localhost",
        then=_AUTH_LIB,
        context=_TEST_CTX,
    ),
    Pick(
        "535 5.7.8 Error: authentication failed: authentication failure",
        "AUTH_FAILED",
        why=_REPLY + "reply to AUTH (Postfix): wrong username or password",
        then=_AUTH_LIB,
        context=_TEST_CTX,
    ),
    Pick(
        "534 5.7.9 Application-specific password required. For more information, go to\n"
        "5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
        "d9443c01a7336-2f1c1b4e5f6sm123456ad.12 - gsmtp",
        "APP_PASSWORD_REQUIRED",
        why=_REPLY + "multi-line reply (textproto joins the lines with a newline): Gmail wants an "
        "app password for an account with 2-step verification",
        then=_AUTH_LIB,
        context=_TEST_CTX,
    ),
    Pick(
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the "
        "Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
        "PROTOCOL_DISABLED",
        why=_REPLY + "reply to AUTH LOGIN: Exchange Online has SMTP AUTH switched off",
        then=_AUTH_LIB,
        context=_TEST_CTX,
    ),
    Pick(
        "504 5.7.4 Unrecognized authentication type",
        "AUTH_NOT_OFFERED",
        why=_REPLY + "reply to AUTH CRAM-MD5 (auth protocol 'cram'): the mechanism is not one the "
        "server offers",
        then=_AUTH_LIB,
        context=_TEST_CTX,
    ),
    Pick(
        "530 5.7.0 Must issue a STARTTLS command first",
        "ENCRYPTION_NOT_USED",
        why=_REPLY + "reply to MAIL FROM with TLS and auth off: the server wants STARTTLS first",
        then="smtppool|if err = c.conn.Mail(from); err != nil {",
        context=_TEST_CTX,
    ),
    Pick(
        "553 5.7.1 <news@example.com>: Sender address rejected: not owned by user "
        "alice@example.com",
        "SENDER_REFUSED",
        why=_REPLY + "reply to MAIL FROM (the settings' from address): Postfix's "
        "reject_sender_login_mismatch",
        then="smtppool|if err = c.conn.Mail(from); err != nil {",
        context=_TEST_CTX,
    ),
    Pick(
        "554 5.7.1 <bob@example.org>: Relay access denied",
        "RELAY_REFUSED",
        why=_REPLY + "reply to RCPT TO with no login: the server does not relay to the test "
        "address",
        then="smtppool|if err = c.conn.Rcpt(recip); err != nil {",
        context=_TEST_CTX,
    ),
    Pick(
        "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual "
        "mailbox table",
        "RECIPIENT_UNKNOWN",
        why=_REPLY + "reply to RCPT TO: the test address has no mailbox",
        then="smtppool|if err = c.conn.Rcpt(recip); err != nil {",
        context=_TEST_CTX,
    ),
    Pick(
        "short response: * OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE "
        "LITERAL+ STARTTLS AUTH=PLAIN] Dovecot ready.",
        "WRONG_PROTOCOL",
        why=_TEST + "smtp.NewClient() reads the greeting: Go's textproto ProtocolError for a "
        "line with no reply code: the port is an IMAP server's (143)",
        then="smtppool|sm, err := smtp.NewClient(netCon, p.opt.Host)",
        context=_TEST_CTX,
    ),
    Pick(
        "421 4.7.0 smtp.example.com Error: too many connections from 198.51.100.7",
        "RATE_LIMITED",
        why=_TEST + "smtp.NewClient() wants 220 and gets Postfix's 421 greeting "
        "(smtpd_client_connection_count_limit), a *textproto.Error",
        then="smtppool|sm, err := smtp.NewClient(netCon, p.opt.Host)",
        context=_TEST_CTX,
    ),
    Pick(
        _CAMP + "552 5.3.4 Message size exceeds fixed limit",
        "SIZE_LIMIT",
        why=_LOG + "the reply to the end of DATA (w.Close()): the campaign with its attachments "
        "is over the server's message_size_limit",
        then="smtppool|if err := w.Close(); err != nil {",
        context=_LOG_CTX,
    ),
    Pick(
        _CAMP + "554 5.7.1 Spam message rejected",
        "REJECTED_AS_SPAM",
        why=_LOG + "the reply to the end of DATA: the server's filter (rspamd) rejects the "
        "message as spam",
        then="smtppool|if err := w.Close(); err != nil {",
        context=_LOG_CTX,
    ),
    Pick(
        "settings.errorNoSMTP",
        None,
        why="cmd/settings.go UpdateSettings(): every SMTP block disabled: a form rule",
        table="json",
    ),
    Pick(
        "subscribers.errorSendingOptin",
        None,
        why="cmd/subscribers.go: the opt-in mail could not be queued or sent; no reason given",
        table="json",
    ),
    Pick(
        "campaigns.errorSendTest",
        None,
        ("error=message push timed out",),
        why="cmd/campaigns.go TestCampaign(): sendTestMessage() only queues the message "
        "(internal/manager PushCampaignMessage); the queue stayed full: no SMTP reason",
        table="json",
        context='a.i18n.Ts("campaigns.errorSendTest"',
    ),
    Pick(
        "settings.smtp.testEnterEmail",
        None,
        why="frontend/src/views/settings/smtp.vue doSMTPTest(): the stored password is not sent "
        "back, it must be typed again before a test: no connection made",
        table="json",
        context="this.$t('settings.smtp.testEnterEmail')",
    ),
    Pick(
        "users.invalidLogin",
        None,
        why="internal/core/users.go: a wrong Listmonk admin login",
        table="json",
    ),
    Pick(
        "globals.messages.permissionDenied",
        None,
        ("name=lists",),
        why="cmd/import.go: the Listmonk user's role lacks the permission",
        table="json",
        context='a.i18n.Ts("globals.messages.permissionDenied", "name", "lists")',
    ),
    Pick(
        "public.invalidCaptcha",
        None,
        why="cmd/public.go: the public subscription form's hCaptcha",
        table="json",
    ),
    Pick(
        "users.passwordMismatch",
        None,
        why="cmd/auth.go: the new password's confirmation differs",
        table="json",
    ),
    Pick(
        "campaigns.fieldInvalidFromEmail",
        None,
        why="cmd/campaigns.go validateCampaignFields(): the campaign form's from address",
        table="json",
    ),
    Pick(
        "import.invalidFile",
        None,
        ("error=zip: not a valid zip file",),
        why="cmd/import.go: the subscriber import's upload",
        table="json",
    ),
    Pick(
        "subscribers.invalidEmail",
        None,
        why="cmd/public.go: a subscriber's address typed in the public form",
        table="json",
    ),
    Pick(
        "globals.messages.internalError",
        None,
        why="cmd/settings.go TestSMTPSettings(): the request body could not be read or parsed "
        "(before any connection)",
        table="json",
    ),
]


def _where_why(repo: Path, commit: str, pick: Pick, literal: str, paths: tuple[str, ...]) -> str:
    """_where() in the file the pick's `why` starts with, if it shows the literal."""
    first = pick.why.split(" ", 1)[0]
    if "/" in first and git(repo, "grep", "-l", "-F", "-e", literal, commit, "--", first):
        return _where(repo, commit, literal, (first,))
    return _where(repo, commit, literal, paths)


def _lib_source(mirrors: Path, then: str) -> str:
    name, literal = then.split("|", 1)
    repo, commit = _library(mirrors, LIBS[name])
    paths = ("pool.go",) if name == "smtppool" else ("imap_tools",)
    return f" (then {LIBS[name][0]}@{commit[:12]}:{_where(repo, commit, literal, paths)})"


def _xlf_units(raw: str) -> dict[str, tuple[str, str, str, str]]:
    """English (x placeholders as {ID}) -> (unit id, source, target, state) of an xlf file."""
    units = {}
    for unit in re.finditer(r'<trans-unit id="([^"]+)"[^>]*>(.*?)</trans-unit>', raw, re.S):
        body = unit[2]
        source = re.search(r"<source>(.*?)</source>", body, re.S)
        target = re.search(r'<target(?: state="([^"]*)")?>(.*?)</target>', body, re.S)
        if source is None:
            continue
        text = _xlf_text(source[1])
        found = (unit[1], body, _xlf_text(target[2]) if target else "", target[1] if target else "")
        units.setdefault(text, found)
    return units


def _xlf_text(inner: str) -> str:
    return html.unescape(re.sub(r'<x id="([^"]+)"[^>]*/>', r"{\1}", inner))


def _fill(text: str, values: tuple[str, ...]) -> str:
    for value in values:
        name, filled = value.split("=", 1)
        text = text.replace("{" + name + "}", filled)
    return text


def paperless(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, PAPERLESS)
    at = f"{PAPERLESS[0]}@{commit[:12]}"
    english = _xlf_units(git(repo, "show", f"{commit}:src-ui/messages.xlf"))
    xlf = {
        lang: (path, _xlf_units(git(repo, "show", f"{commit}:{path}")))
        for lang, name in XLF.items()
        for path in (f"src-ui/src/locale/messages.{name}.xlf",)
    }
    po = _po_catalogs(repo, commit, "src/locale/{}/LC_MESSAGES/django.po", {"en": "en_US", **XLF})
    entries = []
    for index, pick in enumerate(PAPERLESS_PICKS):
        texts = {"en": _fill(pick.key, pick.values)}
        if pick.table == "xlf":
            unit_id, body, _, _ = english[pick.key]
            place = re.search(
                r'sourcefile">([^<]+)</context>\s*<context context-type="linenumber">(\d+)', body
            )
            assert place, pick.key
            sources = {"en": f"{at}:src-ui/{place[1]}:{place[2]}"}
            for lang, (path, units) in xlf.items():
                found = units.get(pick.key)
                if not found or found[3] not in ("translated", "final"):
                    continue
                if not found[2].strip() or found[2] == pick.key:
                    continue
                texts[lang] = _fill(found[2], pick.values)
                sources[lang] = f"{at}:{path}#{unit_id}"
        elif pick.table == "po":
            message = po["en"][1].get(pick.key)
            assert message is not None and message.locations, pick.key
            where = f"src/{message.locations[0][0]}:{message.locations[0][1]}"
            sources = {"en": f"{at}:{where}"}
            for lang in XLF:
                path, catalog = po[lang]
                words = _po_translated(catalog, pick.key)
                if words:
                    texts[lang] = _fill(words, pick.values)
                    sources[lang] = f"{at}:{path}"
        else:
            assert pick.context, pick.key
            sources = {"en": f"{at}:{_where_why(repo, commit, pick, pick.context, ('src',))}"}
            if pick.then:
                sources["en"] += _lib_source(mirrors, pick.then)
        entries.append(_entry("Paperless-ngx", f"paperless.{index}", pick, texts, sources))
    return entries


def listmonk(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, LISTMONK)
    at = f"{LISTMONK[0]}@{commit[:12]}"
    tables = {
        lang: json.loads(git(repo, "show", f"{commit}:i18n/{lang}.json"))
        for lang in ("en", *JSON_LANGS)
    }
    code = ("cmd", "internal", "frontend/src")
    entries = []
    for index, pick in enumerate(LISTMONK_PICKS):
        if pick.table == "json":
            english = tables["en"][pick.key]
            texts = {"en": _fill(english, pick.values)}
            literal = pick.context or f'"{pick.key}"'
            sources = {"en": f"{at}:{_where_why(repo, commit, pick, literal, code)}"}
            for lang in JSON_LANGS:
                words = tables[lang].get(pick.key)
                if isinstance(words, str) and words.strip() and words != english:
                    texts[lang] = _fill(words, pick.values)
                    sources[lang] = f"{at}:i18n/{lang}.json#{pick.key}"
        else:
            assert pick.context, pick.key
            texts = {"en": pick.key}
            sources = {"en": f"{at}:{_where_why(repo, commit, pick, pick.context, code)}"}
            if pick.then:
                sources["en"] += _lib_source(mirrors, pick.then)
        entries.append(_entry("Listmonk", f"listmonk.{index}", pick, texts, sources))
    return entries


ABOUT = (
    "The thirty-second held-out set (tools/extract_thirty_second.py): Paperless-ngx's mail "
    "account Test, IMAP fetching and document e-mailing (src/paperless_mail/: the UI's "
    "src-ui/src/locale/messages.<ll>.xlf texts, or the log lines that carry imap_tools 1.14.0's "
    "or CPython 3.12's imaplib/ssl/socket/smtplib English reason, en only) and its other UI and "
    "Django (src/locale/<ll>/LC_MESSAGES/django.po) messages; Listmonk's SMTP 'Test connection' "
    "(cmd/settings.go: smtppool's, Go 1.26 net/smtp's, crypto/tls's and net's error or the "
    "server's reply, shown as is, en only), its campaign log and its other i18n/<ll>.json "
    "messages; extracted and labelled blind from the code at pinned commits; code null: no "
    "settings problem. A language without a translation or with the English one is left out. "
    "smtppool is cited at v2.0.0 (go.mod pins v2.1.2, not in the snapshot)."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, paperless, listmonk)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
