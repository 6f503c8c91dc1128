"""Developer tool: the thirty-sixth blind held-out set (Akaunting's mail, Mautic's mail).

Akaunting (app/Traits/Emails.php sendEmail() dispatches the invoice e-mail job in the request:
.env.example sets QUEUE_CONNECTION=sync and APP_DEBUG=true, so Laravel 10's handler answers the
modal's ajax call with the exception's message: Symfony Mailer's English, read at symfony/mailer
v6.4.4 because no snapshot holds the locked v6.4.43, en only) and Akaunting's own messages
(resources/lang/<ll-LL>/*.php; en-GB is the source language). Mautic (the mail settings'
"Send test email" button, EmailBundle AjaxController::sendTestEmailAction(), shows the Symfony
Mailer exception's message, read at the locked symfony/mailer v5.4.35; the monitored inbox's
"Test connection", testMonitoredEmailServerConnectionAction(), shows MailboxException's
'Error communicating with the IMAP server: ' + imap_last_error(), the UW c-client library's
English as PHP's imap extension hands it on; en only, Mautic's repository ships en_US alone)
and Mautic's own notices (app/bundles/*/Translations/en_US/*.ini): code null. Dolibarr is not
in this set: its snapshot (1.7 GB) is too large to fetch; Mautic takes its place. Labelled
blind from the code.

    python -m tools.extract_thirty_sixth MIRRORS_DIR benchmarks/data/thirty_sixth_texts.json

MIRRORS_DIR holds `akaunting+akaunting/repo`, `mautic+mautic/repo` and `symfony+mailer/repo`
as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _entry, _library, _where, git, write_set
from tools.extract_thirty_fifth import read_laravel_lang

AKAUNTING = ("akaunting/akaunting", "dfc1171cf1e3749b2763cb0ade9f997c434e8f0e")
MAUTIC = ("mautic/mautic", "24271492a83834e2dd68d9a2c63b61f689a661ac")
# Akaunting's composer.lock locks symfony/mailer v6.4.43 (2a380924b56e); the snapshot ends in
# March 2024, so the newest 6.4 tag it holds, v6.4.4, stands in: these messages read alike.
MAILER_64 = ("symfony/mailer", "791c5d31a8204cf3db0c66faab70282307f4376b")
# Mautic's composer.lock locks symfony/mailer v5.4.35 (664724b0fb46), which the snapshot holds.
MAILER_54 = ("symfony/mailer", "664724b0fb4646dee30859d0ed9131a2d7633320")
AKAUNTING_LANG = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "it": "it-IT",
    "nl": "nl-NL",
    "pl": "pl-PL",
    "pt-BR": "pt-BR",
    "ja": "ja-JP",
}

_SSL = "SSL operation failed with code 1. OpenSSL Error messages:\nerror:"
_GAI = "php_network_getaddresses: getaddrinfo for {} failed: "
_AK_SEND = "$this->dispatch($job);"
_AK = (
    "app/Http/Controllers/Modals/InvoiceEmails.php store() -> app/Traits/Emails.php "
    "sendEmail() dispatches SendDocumentAsCustomMail in the request (.env.example: "
    "QUEUE_CONNECTION=sync); nothing catches the mailer's TransportException, and with "
    "APP_DEBUG=true (.env.example) Laravel 10's handler answers the ajax call with its message; "
    "config/mail.php smtp -> Laravel's MailManager -> Symfony EsmtpTransport (port 465 implicit "
    "TLS, otherwise plain with STARTTLS when offered); "
)
_MT_SEND = "$message = $e->getMessage();"
_MT = (
    "app/bundles/EmailBundle/Controller/AjaxController.php sendTestEmailAction() (the mail "
    "settings' 'Send test email' button): $transport->send() of a test message to the admin, "
    "catch TransportExceptionInterface, the JSON message is $e->getMessage(): Symfony Mailer "
    "5.4's words (mailer_dsn smtp://..., EsmtpTransport: port 465 implicit TLS, otherwise "
    "STARTTLS when offered); "
)
_CONNECT_WHY = (
    "Transport/Smtp/Stream/SocketStream.php initialize(): stream_socket_client()'s PHP warning "
    "becomes 'Connection could not be established with host \"host:port\": ' + the warning: "
)
_REPLY_WHY = (
    'Transport/Smtp/SmtpTransport.php assertResponseCode(): \'Expected response code "..." but '
    'got code "...", with message "<the reply, trimmed>".\': '
)
_AUTH_WHY = (
    "Transport/Smtp/EsmtpTransport.php handleAuth(): each offered authenticator failed, their "
    "messages joined: "
)
_TLS_WHY = (
    "Transport/Smtp/Stream/SocketStream.php startTLS(): after the offered STARTTLS, "
    "stream_socket_enable_crypto()'s warning becomes 'Unable to connect with STARTTLS: ' + it: "
)
_SF_CONNECT = 'Connection could not be established with host "%s": '
_SF_REPLY = "sprintf('Expected response code \"%s\" but got '"
_SF_AUTH = 'Failed to authenticate on SMTP server with username "%s" using the'
_SF_NOAUTH = "Failed to find an authenticator supported by the SMTP server"
_SF_TLS = "'Unable to connect with STARTTLS: '"
_SF_CLOSED = "has been closed unexpectedly."
_SF_TIMEOUT = "timed out.'"


def _connect(host: str, error: str) -> str:
    return (
        f'Connection could not be established with host "{host}": stream_socket_client(): {error}'
    )


def _reply(codes: str, reply: str) -> str:
    code = reply[:3]
    return f'Expected response code "{codes}" but got code "{code}", with message "{reply}".'


def _auth(user: str, names: tuple[str, ...], reply: str) -> str:
    joined = '", "'.join(names)
    text = (
        f'Failed to authenticate on SMTP server with username "{user}" using the following '
        f'authenticators: "{joined}".'
    )
    for name in names:
        text += f' Authenticator "{name}" returned "{_reply("235", reply)}".'
    return text


def _lib(text: str, code: str, why: str, then: str, context: str) -> Pick:
    return Pick(text, code, (), why, then, "lib", context)


_AK_535 = "535 5.7.8 Error: authentication failed: authentication failure"
_GMAIL_534 = (
    "534-5.7.9 Application-specific password required. For more information, go to\r\n534 "
    "5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor a640c23a62f3a-a9a0f0c1b2"
    "sm123456766b.12 - gsmtp"
)

AKAUNTING_PICKS: list[Pick] = [
    _lib(
        _connect(
            "smtp.example.com:587", "Unable to connect to smtp.example.com:587 (Connection refused)"
        ),
        "PORT_CLOSED",
        _AK + _CONNECT_WHY + "ECONNREFUSED, nothing listens on MAIL_PORT",
        _SF_CONNECT,
        _AK_SEND,
    ),
    _lib(
        _connect(
            "smtp.example.com:587",
            "Unable to connect to smtp.example.com:587 (Connection timed out)",
        ),
        "PORT_FILTERED",
        _AK + _CONNECT_WHY + "ETIMEDOUT after the transport's timeout: the port never answers",
        _SF_CONNECT,
        _AK_SEND,
    ),
    _lib(
        _connect(
            "smtp.example.com:587", _GAI.format("smtp.example.com") + "Name or service not known"
        ),
        "HOST_NOT_FOUND",
        _AK + _CONNECT_WHY + "getaddrinfo EAI_NONAME: MAIL_HOST does not resolve",
        _SF_CONNECT,
        _AK_SEND,
    ),
    _lib(
        _connect(
            "smtp.example.com:587",
            _GAI.format("smtp.example.com") + "Temporary failure in name resolution",
        ),
        "DNS_FAILURE",
        _AK + _CONNECT_WHY + "getaddrinfo EAI_AGAIN: the server's resolver gave no answer",
        _SF_CONNECT,
        _AK_SEND,
    ),
    _lib(
        _connect(
            "smtp.example.com:587", "Unable to connect to smtp.example.com:587 (No route to host)"
        ),
        "HOST_UNREACHABLE",
        _AK + _CONNECT_WHY + "EHOSTUNREACH: no route to the SMTP host",
        _SF_CONNECT,
        _AK_SEND,
    ),
    _lib(
        _connect(
            "ssl://smtp.example.com:465", _SSL + "0A000086:SSL routines::certificate verify failed"
        ),
        "CERT_UNTRUSTED",
        _AK + _CONNECT_WHY + "implicit TLS on 465 (ssl://), the certificate does not verify "
        "against PHP's CA store (verify_peer on)",
        _SF_CONNECT,
        _AK_SEND,
    ),
    _lib(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): Peer certificate "
        "CN=`mail.hosting.example.net' did not match expected CN=`smtp.example.com'",
        "CERT_HOSTNAME_MISMATCH",
        _AK + _TLS_WHY + "verify_peer_name: the certificate names another host than MAIL_HOST",
        _SF_TLS,
        _AK_SEND,
    ),
    _lib(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): "
        + _SSL
        + "0A000102:SSL routines::unsupported protocol",
        "TLS_OUTDATED",
        _AK + _TLS_WHY + "the server speaks only TLS 1.0/1.1, which OpenSSL 3 refuses",
        _SF_TLS,
        _AK_SEND,
    ),
    _lib(
        _auth("billing@example.com", ("LOGIN", "PLAIN"), _AK_535),
        "AUTH_FAILED",
        _AK + _AUTH_WHY + "535 5.7.8 to AUTH LOGIN and to AUTH PLAIN: user name or password wrong",
        _SF_AUTH,
        _AK_SEND,
    ),
    _lib(
        _auth("billing@example.com", ("LOGIN", "PLAIN"), _GMAIL_534),
        "APP_PASSWORD_REQUIRED",
        _AK + _AUTH_WHY + "Gmail's 534 5.7.9 to both: the account has 2-step verification and "
        "wants an app password",
        _SF_AUTH,
        _AK_SEND,
    ),
    _lib(
        "Failed to find an authenticator supported by the SMTP server, which currently "
        'supports: "GSSAPI", "NTLM".',
        "AUTH_NOT_OFFERED",
        _AK + "Transport/Smtp/EsmtpTransport.php handleAuth(): MAIL_USERNAME is set, but the "
        "EHLO AUTH line names none of CRAM-MD5, LOGIN, PLAIN, XOAUTH2: no way to log in",
        _SF_NOAUTH,
        _AK_SEND,
    ),
    _lib(
        _reply(
            "250",
            "553 5.7.1 <invoices@example.com>: Sender address rejected: not owned by "
            "user billing@example.com",
        ),
        "SENDER_REFUSED",
        _AK + _REPLY_WHY + "MAIL FROM answered 553: MAIL_FROM_ADDRESS is not the "
        "authenticated user's",
        _SF_REPLY,
        _AK_SEND,
    ),
    _lib(
        _reply("250/251/252", "554 5.7.1 <client@example.org>: Relay access denied"),
        "RELAY_REFUSED",
        _AK + _REPLY_WHY + "RCPT TO answered 554 relay denied: the server does not relay for "
        "this (unauthenticated) client",
        _SF_REPLY,
        _AK_SEND,
    ),
    _lib(
        _reply(
            "250/251/252",
            "550 5.1.1 <client@example.org>: Recipient address rejected: User "
            "unknown in virtual mailbox table",
        ),
        "RECIPIENT_UNKNOWN",
        _AK + _REPLY_WHY + "RCPT TO answered 550 5.1.1: the customer's address does not exist",
        _SF_REPLY,
        _AK_SEND,
    ),
    _lib(
        _reply("250", "552 5.3.4 Message size exceeds fixed limit"),
        "SIZE_LIMIT",
        _AK + _REPLY_WHY + "the end of DATA answered 552: the invoice PDF makes the message "
        "larger than the server accepts",
        _SF_REPLY,
        _AK_SEND,
    ),
    _lib(
        _reply("220", "421 4.7.0 smtp.example.com Error: too many connections from 203.0.113.5"),
        "RATE_LIMITED",
        _AK + _REPLY_WHY + "the greeting is Postfix's 421 connection limit for this client",
        _SF_REPLY,
        _AK_SEND,
    ),
    _lib(
        'Connection to "smtp.example.com:587" timed out.',
        "NO_GREETING",
        _AK + "Transport/Smtp/Stream/AbstractStream.php readLine(): the TCP connection is made, "
        "but no 220 greeting arrives before the stream timeout",
        _SF_TIMEOUT,
        _AK_SEND,
    ),
    _lib(
        'Connection to "smtp.example.com:25" has been closed unexpectedly.',
        "CONNECTION_CLOSED",
        _AK + "Transport/Smtp/Stream/AbstractStream.php readLine(): EOF on the socket before a "
        "reply: the server (or something between) drops the connection",
        _SF_CLOSED,
        _AK_SEND,
    ),
    Pick(
        "Too many emails sent!",
        "RATE_LIMITED",
        (),
        "app/Traits/Emails.php sendEmail(): the app's own RateLimiter (config app.throttles."
        "email: per month and per minute) refuses the send before any mail is sent; not "
        "translated",
        "",
        "raw",
        "'message' => 'Too many emails sent!'",
    ),
    Pick(
        "notifications.menu.invalid_email.description",
        "RECIPIENT_UNKNOWN",
        ("email=client@example.org",),
        "app/Exceptions/Handler.php render(): an API mailer's HttpTransportException whose "
        "message holds an address: the person is disabled and this shown (403); the provider "
        "rejected that recipient address",
        "",
        "lang",
        "notifications.menu.invalid_email.description",
    ),
    Pick(
        "errors.title.500",
        None,
        (),
        "app/Jobs/Auth/CreateInvitation.php: the invitation mail's TransportException is caught "
        "and replaced by this generic title; the mailer's reason is dropped, nothing narrows it",
        "",
        "lang",
        "$message = trans('errors.title.500');",
    ),
]

_AK_OWN = [
    ("auth.failed", (), "the sign-in form: wrong Akaunting e-mail or password"),
    ("auth.throttle", ("seconds=60",), "the sign-in form's throttle"),
    ("auth.disabled", (), "the sign-in form: the user is disabled"),
    ("auth.error.no_company", (), "sign-in: the user has no company"),
    ("passwords.user", (), "password reset: no user with that address"),
    ("passwords.token", (), "password reset: the link's token is invalid"),
    ("passwords.throttled", (), "password reset requested again too soon"),
    ("messages.error.not_user_company", (), "a company the user does not belong to"),
    ("messages.error.invalid_apikey", (), "the App Store API key"),
    ("messages.warning.reconciled_tran", (), "bookkeeping: a reconciled transaction"),
    ("errors.message.403", (), "a page the role does not allow"),
    ("errors.message.record", (), "a record that does not exist"),
    ("validation.email", ("attribute=email",), "form validation of an e-mail field"),
    ("validation.required", ("attribute=name",), "form validation of a required field"),
]
for _key, _values, _note in _AK_OWN:
    AKAUNTING_PICKS.append(
        Pick(
            _key,
            None,
            _values,
            f"resources/lang: {_note}; no mail-settings problem",
            "",
            "lang",
            f"'{_key}'",
        )
    )

_MT_IMAP = "$message = 'Error communicating with the IMAP server';"
_IMAP = "Error communicating with the IMAP server: "
_MT_IMAP_WHY = (
    "app/bundles/EmailBundle/Controller/AjaxController.php testMonitoredEmailServerConnection"
    "Action() (the monitored inbox's 'Test connection'): Mailbox::getListingFolders() -> "
    "initImapStream(): @imap_open('{host:port/imap[/ssl]}', ...) false, new MailboxException() "
    "without a message: 'Error communicating with the IMAP server: ' . imap_last_error(), the "
    "UW c-client library's English as PHP's imap extension keeps it (translator->trans() of a "
    "text that is no key leaves it as is); "
)
_MT_535 = "535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6"


def _imap(text: str, code: str, note: str) -> Pick:
    return Pick(_IMAP + text, code, (), _MT_IMAP_WHY + note, "", "imap", _MT_IMAP)


MAUTIC_PICKS: list[Pick] = [
    _lib(
        _connect(
            "mail.example.net:587", "Unable to connect to mail.example.net:587 (Connection refused)"
        ),
        "PORT_CLOSED",
        _MT + _CONNECT_WHY + "ECONNREFUSED, nothing listens on the DSN's port",
        _SF_CONNECT,
        _MT_SEND,
    ),
    _lib(
        _connect(
            "mail.example.net:25", "Unable to connect to mail.example.net:25 (Connection timed out)"
        ),
        "PORT_FILTERED",
        _MT + _CONNECT_WHY + "ETIMEDOUT: port 25 out of the web host is dropped",
        _SF_CONNECT,
        _MT_SEND,
    ),
    _lib(
        _connect(
            "smtp.exmaple.com:587", _GAI.format("smtp.exmaple.com") + "Name or service not known"
        ),
        "HOST_NOT_FOUND",
        _MT + _CONNECT_WHY + "getaddrinfo EAI_NONAME: the DSN's host (mistyped) does not resolve",
        _SF_CONNECT,
        _MT_SEND,
    ),
    _lib(
        _connect(
            "ssl://mail.example.net:465", _SSL + "0A000086:SSL routines::certificate verify failed"
        ),
        "CERT_UNTRUSTED",
        _MT + _CONNECT_WHY + "implicit TLS on 465, the certificate does not verify against "
        "PHP's CA store",
        _SF_CONNECT,
        _MT_SEND,
    ),
    _lib(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): "
        + _SSL
        + "0A000086:SSL routines::certificate verify failed",
        "CERT_UNTRUSTED",
        _MT + _TLS_WHY + "the certificate after STARTTLS does not verify",
        _SF_TLS,
        _MT_SEND,
    ),
    _lib(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): Peer certificate "
        "CN=`*.shared-host.example.org' did not match expected CN=`mail.example.net'",
        "CERT_HOSTNAME_MISMATCH",
        _MT + _TLS_WHY + "verify_peer_name: the certificate is the shared host's, not the DSN's "
        "host",
        _SF_TLS,
        _MT_SEND,
    ),
    _lib(
        _auth("newsletter@example.net", ("LOGIN", "PLAIN"), _MT_535),
        "AUTH_FAILED",
        _MT + _AUTH_WHY + "535 5.7.8 to AUTH LOGIN and AUTH PLAIN: wrong user or password",
        _SF_AUTH,
        _MT_SEND,
    ),
    _lib(
        _auth(
            "newsletter@example.net",
            ("LOGIN", "XOAUTH2"),
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
            "the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
            "[AM0PR04CA0031.eurprd04.prod.outlook.com 2024-10-24T15:54:35.000Z "
            "08DCF3A1B2C3D4E5]",
        ),
        "PROTOCOL_DISABLED",
        _MT + _AUTH_WHY + "Microsoft 365's 535 5.7.139: SMTP AUTH is switched off for the tenant",
        _SF_AUTH,
        _MT_SEND,
    ),
    _lib(
        "Failed to find an authenticator supported by the SMTP server, which currently "
        'supports: "NTLM".',
        "AUTH_NOT_OFFERED",
        _MT + "Transport/Smtp/EsmtpTransport.php handleAuth(): the DSN has a user, the EHLO "
        "AUTH line offers only NTLM (an Exchange connector), none of the mechanisms Symfony "
        "speaks: no way to log in",
        _SF_NOAUTH,
        _MT_SEND,
    ),
    _lib(
        _reply(
            "250",
            "550 5.7.1 Sender address rejected: newsletter@example.org is not a verified identity",
        ),
        "SENDER_REFUSED",
        _MT + _REPLY_WHY + "MAIL FROM answered 550: mailer_from_email is not allowed for the "
        "account",
        _SF_REPLY,
        _MT_SEND,
    ),
    _lib(
        _reply("250/251/252", "550 5.7.1 Unable to relay for admin@example.org"),
        "RELAY_REFUSED",
        _MT + _REPLY_WHY + "RCPT TO to the admin's address answered 550 unable to relay: the "
        "server will not relay for this client",
        _SF_REPLY,
        _MT_SEND,
    ),
    _lib(
        _reply("250", "554 5.7.1 Message rejected as spam by Content Filtering."),
        "REJECTED_AS_SPAM",
        _MT + _REPLY_WHY + "the end of DATA answered 554 spam rejection",
        _SF_REPLY,
        _MT_SEND,
    ),
    _lib(
        _reply("250", "451 4.7.1 Sending rate limit exceeded, please slow down"),
        "RATE_LIMITED",
        _MT + _REPLY_WHY + "the end of DATA answered 451 rate limit: too much sent too fast",
        _SF_REPLY,
        _MT_SEND,
    ),
    _lib(
        'Connection to "mail.example.net:465" timed out.',
        "NO_GREETING",
        _MT + "Transport/Smtp/Stream/AbstractStream.php readLine(): connected, but no reply "
        "within the timeout",
        _SF_TIMEOUT,
        _MT_SEND,
    ),
    _lib(
        'Connection to "mail.example.net:587" has been closed unexpectedly.',
        "CONNECTION_CLOSED",
        _MT + "Transport/Smtp/Stream/AbstractStream.php readLine(): EOF before a reply",
        _SF_CLOSED,
        _MT_SEND,
    ),
    _imap(
        "Can not authenticate to IMAP server: [AUTHENTICATIONFAILED] Authentication failed.",
        "AUTH_FAILED",
        "the server refuses LOGIN / AUTHENTICATE: wrong user or password",
    ),
    _imap(
        "Can not authenticate to IMAP server: [ALERT] Application-specific password required: "
        "https://support.google.com/accounts/answer/185833 (Failure)",
        "APP_PASSWORD_REQUIRED",
        "Gmail's answer for an account with 2-step verification",
    ),
    _imap(
        "Can not authenticate to IMAP server: [UNAVAILABLE] Temporary authentication failure.",
        "AUTH_TEMPORARY_FAILURE",
        "the server's authentication backend is down; credentials not judged",
    ),
    _imap(
        "Can't connect to imap.example.com,993: Connection refused",
        "PORT_CLOSED",
        "c-client tcp_open(): ECONNREFUSED on the port set",
    ),
    _imap(
        "Can't connect to imap.example.com,993: Connection timed out",
        "PORT_FILTERED",
        "c-client tcp_open(): no answer within imap_timeout(IMAP_OPENTIMEOUT, 15)",
    ),
    _imap(
        "No such host as imap.exmaple.com",
        "HOST_NOT_FOUND",
        "c-client tcp_open(): the host name does not resolve",
    ),
    _imap(
        "Certificate failure for imap.example.com: self-signed certificate: /CN=imap.example.com",
        "CERT_SELF_SIGNED",
        "/ssl without /novalidate-cert, c-client ssl_open(): the server's certificate is "
        "self-signed",
    ),
    _imap(
        "Certificate failure for imap.example.com: certificate has expired: /CN=imap.example.com",
        "CERT_EXPIRED",
        "/ssl, c-client ssl_open(): the certificate's notAfter has passed",
    ),
    _imap(
        "Certificate failure for imap.example.com: unable to get local issuer certificate: "
        "/CN=imap.example.com",
        "CERT_UNTRUSTED",
        "/ssl, c-client ssl_open(): the chain does not lead to a trusted CA (intermediate missing)",
    ),
    _imap(
        "Certificate failure for mail.example.com: Server name does not match certificate: "
        "/CN=*.hosting.example.net",
        "CERT_HOSTNAME_MISMATCH",
        "/ssl, c-client ssl_open(): the certificate names another host",
    ),
    _imap(
        "Unable to negotiate TLS with this server: imap.example.com",
        "STARTTLS_FAILED",
        "no /ssl, port 143: c-client imap4r1.c issues the offered STARTTLS and the TLS "
        "negotiation after it fails (the message names the host)",
    ),
]

_MT_OWN = [
    (
        "mautic.email.config.monitored_email.not_configured",
        (),
        "the IMAP test with no account filled in (NotConfiguredException)",
    ),
    (
        "mautic.email.dsn.invalid_dsn",
        (),
        "the mail settings form's DSN validation: a field left empty",
    ),
    ("mautic.user.auth.error.invalidlogin", (), "Mautic's own sign-in"),
    ("mautic.user.auth.error.disabledaccount", (), "Mautic's own sign-in: disabled user"),
    ("mautic.core.error.accessdenied", (), "a role without the permission"),
    ("mautic.core.error.notfound", (), "a record that does not exist"),
    ("mautic.core.error.csrf", (), "a stale form token"),
    ("mautic.core.email.required", (), "form validation of an e-mail field"),
    ("mautic.core.value.required", (), "form validation of a required field"),
    ("mautic.api.auth.error.apidisabled", (), "the REST API switched off"),
    ("mautic.api.auth.error.token_expired", (), "an expired API OAuth token"),
    ("mautic.lead.lead.error.notfound", ("%id%=42",), "a contact id that does not exist"),
]
for _key, _values, _note in _MT_OWN:
    MAUTIC_PICKS.append(
        Pick(
            _key,
            None,
            _values,
            f"Translations/en_US: {_note}; no mail-settings problem",
            "",
            "ini",
            _key,
        )
    )

_INI_LINE = re.compile(r'^([\w.\-]+)="(.*)"\s*$', re.M)


def read_mautic_ini(text: str) -> dict[str, str]:
    """A Mautic Translations/en_US/*.ini: key="text" lines (\\" undone)."""
    return {key: value.replace('\\"', '"') for key, value in _INI_LINE.findall(text)}


def _fill(text: str, values: tuple[str, ...], mark: str) -> str:
    for pair in values:
        name, value = pair.split("=", 1)
        needle = mark.format(name)
        assert needle in text, (text, needle)
        text = text.replace(needle, value)
    return text


def _where_maybe(repo: Path, commit: str, literal: str, paths: tuple[str, ...]) -> str | None:
    found = git(repo, "grep", "-n", "-F", "-e", literal, commit, "--", *paths)
    if not found:
        return None
    _, path, line = found.splitlines()[0].split(":")[:3]
    return f"{path}:{line}"


def _then(mirrors: Path, pin: tuple[str, str], literal: str) -> str:
    repo, commit = _library(mirrors, pin)
    return f" (then {pin[0]}@{commit[:12]}:{_where(repo, commit, literal, ('Transport/Smtp',))})"


def akaunting(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, AKAUNTING)
    at = f"{AKAUNTING[0]}@{commit[:12]}"
    lock = git(repo, "show", f"{commit}:composer.lock")
    assert '"reference": "2a380924b56e034076c4a658d40e140ba150e44c"' in lock  # mailer v6.4.43
    tables: dict[tuple[str, str], tuple[str, dict[str, str]]] = {}
    entries = []
    for index, pick in enumerate(AKAUNTING_PICKS):
        assert pick.context
        if pick.table == "lang":
            name, key = pick.key.split(".", 1)
            for lang, folder in AKAUNTING_LANG.items():
                if (name, lang) not in tables:
                    path = f"resources/lang/{folder}/{name}.php"
                    raw = git(repo, "show", f"{commit}:{path}")
                    tables[(name, lang)] = (path, read_laravel_lang(raw))
            english = tables[(name, "en")][1][key]
            texts = {"en": _fill(english, pick.values, ":{}")}
            where = _where_maybe(repo, commit, pick.context, ("app", "resources/views"))
            en_path = tables[(name, "en")][0]
            sources = {"en": f"{at}:{where} ({at}:{en_path}#{key})" if where else ""}
            if not where:
                sources["en"] = f"{at}:{en_path}#{key}"
            for lang in AKAUNTING_LANG:
                path, table = tables[(name, lang)]
                words = table.get(key, "")
                if lang == "en" or not words.strip() or words == english:
                    continue
                if any(f":{pair.split('=')[0]}" not in words for pair in pick.values):
                    continue  # the translation lost the placeholder (ja: "：attribute")
                texts[lang] = _fill(words, pick.values, ":{}")
                sources[lang] = f"{at}:{path}#{key}"
        else:
            texts = {"en": pick.key}
            paths = ("app/Traits/Emails.php",)
            sources = {"en": f"{at}:{_where(repo, commit, pick.context, paths)}"}
            if pick.then:
                sources["en"] += _then(mirrors, MAILER_64, pick.then)
        entries.append(_entry("Akaunting", f"akaunting.{index}", pick, texts, sources))
    return entries


def mautic(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, MAUTIC)
    at = f"{MAUTIC[0]}@{commit[:12]}"
    lock = git(repo, "show", f"{commit}:composer.lock")
    assert f'"reference": "{MAILER_54[1]}"' in lock, "symfony/mailer's pin is not the locked one"
    ajax = "app/bundles/EmailBundle/Controller/AjaxController.php"
    inis = ("app/bundles/*/Translations/en_US/*.ini",)
    entries = []
    for index, pick in enumerate(MAUTIC_PICKS):
        assert pick.context
        if pick.table == "ini":
            where = _where(repo, commit, f"{pick.key}=", inis)
            path = where.rsplit(":", 1)[0]
            table = read_mautic_ini(git(repo, "show", f"{commit}:{path}"))
            texts = {"en": _fill(table[pick.key], pick.values, "{}")}
            sources = {"en": f"{at}:{where}"}
        elif pick.table == "imap":
            texts = {"en": pick.key}
            where = _where(repo, commit, pick.context, ("app/bundles/EmailBundle/Exception",))
            via = _where(repo, commit, "throw new MailboxException();", ("app/bundles",))
            sources = {"en": f"{at}:{where} (via {at}:{via}; then UW c-client's wording)"}
        else:
            texts = {"en": pick.key}
            sources = {"en": f"{at}:{_where(repo, commit, pick.context, (ajax,))}"}
            sources["en"] += _then(mirrors, MAILER_54, pick.then)
        entries.append(_entry("Mautic", f"mautic.{index}", pick, texts, sources))
    return entries


ABOUT = (
    "The thirty-sixth held-out set (tools/extract_thirty_sixth.py): Akaunting's mail (the "
    "invoice e-mail modal dispatches the job in the request, QUEUE_CONNECTION=sync and "
    "APP_DEBUG=true as .env.example sets, so the ajax answer carries the exception's message: "
    "Symfony Mailer's English read at symfony/mailer v6.4.4 as no snapshot holds the locked "
    "v6.4.43, en only) and Akaunting's own messages (resources/lang/<ll-LL>/*.php, en-GB the "
    "source), akaunting/akaunting of August 2026; Mautic's 'Send test email' (Symfony Mailer "
    "v5.4.35's English, the locked version) and monitored-inbox 'Test connection' ('Error "
    "communicating with the IMAP server: ' + imap_last_error(), c-client's English) and Mautic's "
    "own notices (Translations/en_US/*.ini; the repository ships no other language), "
    "mautic/mautic of October 2024; extracted and labelled blind from the code; code null: no "
    "settings problem, or a failure nothing in the code path narrows. A language without a "
    "translation or with the English one is left out. Dolibarr is missing: its snapshot is too "
    "large to fetch; Mautic takes its place."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, akaunting, mautic)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
