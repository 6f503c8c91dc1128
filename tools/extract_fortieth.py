"""Developer tool: the fortieth blind held-out set (Firefly III's and Cachet's mail tests).

Firefly III (the administration's "Send test email message" button fires
AdminRequestedTestMessage; app/Handlers/Events/AdminEventHandler.php sendTestMessage() sends
the TestNotification and, on an exception, writes $e->getMessage() to the log: the page says
only "Test was triggered. Check your inbox and the log files."): Laravel 11's smtp mailer is
Symfony Mailer, whose English is read at the locked v7.0.7 in symfony/symfony
(src/Symfony/Component/Mailer); its own messages (resources/lang/<ll_LL>/*.php, en_US the
source), code null. It is pinned at 3fc9caa31af9 (May 2024), the last commit before the
generated translations left the repository (367bdf65e63a). Cachet 2.x (the mail settings'
"Test" posts to dashboard.settings.mail.test, app/Http/Controllers/Dashboard/SettingsController.php
testMail() notifies the signed-in user with SystemTestNotification, nothing caught: the
exception's message is Laravel 5.7's error page and log): Swift Mailer v6.3.0, en only; and
Cachet's own messages (resources/lang/<ll-LL>/*.php, en the source), code null. Labelled blind
from the code.

    python -m tools.extract_fortieth MIRRORS_DIR benchmarks/data/fortieth_texts.json

MIRRORS_DIR holds `firefly-iii+firefly-iii/repo`, `symfony+symfony/repo`,
`cachethq+cachet/repo` and `swiftmailer+swiftmailer/repo` as `fetch` leaves them in
/work/.mirror.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _after_line, _entry, _library, _where, git, write_set
from tools.extract_thirty_seventh import _auth, _connect, _fill, _reply, read_lang

FIREFLY = ("firefly-iii/firefly-iii", "3fc9caa31af990466e5bf0f6a4e48139948fcc12")
SYMFONY = ("symfony/symfony", "ca995411a09f68ceabb548e9f05f776a64413d27")  # v7.0.7
CACHET = ("cachethq/cachet", "d4666993247dc6d776c957b3695e1b981663180b")
SWIFT = ("swiftmailer/swiftmailer", "8a5d5072dca8f48460fce2f4131fcc495eec654c")  # v6.3.0
FIREFLY_LANG = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pl": "pl_PL",
    "pt-BR": "pt_BR",
    "ja": "ja_JP",
}
CACHET_LANG = {
    "en": "en",
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
_FF_HANDLER = "app/Handlers/Events/AdminEventHandler.php"
_FF_SEND = "app('log')->error($e->getMessage());"
_FF = (
    "resources/views/admin/index.twig 'Send test email message' -> admin.test-message -> "
    "app/Http/Controllers/Admin/HomeController.php testMessage() -> "
    "event(new AdminRequestedTestMessage) -> app/Handlers/Events/AdminEventHandler.php "
    "sendTestMessage(): Notification::send($user, new TestNotification(...)), catch "
    "\\Exception, the log gets $e->getMessage(); config/mail.php smtp (MAIL_HOST, MAIL_PORT, "
    "MAIL_ENCRYPTION) -> Laravel 11's MailManager -> Symfony EsmtpTransport (port 465 implicit "
    "TLS, otherwise plain with STARTTLS when offered); "
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


def _ff(text: str, code: str, why: str, then: str) -> Pick:
    return Pick(text, code, (), _FF + why, then, "lib", _FF_SEND)


_HOST = "smtp.example.com:587"
_GMAIL_334 = (
    "334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xl"
    "LmNvbS8ifQ=="
)
_M365 = "[AM0PR01CA0123.eurprd01.prod.exchangelabs.com 2024-05-02T10:11:12.345Z 08DC6A1B2C3D4E5F]"
_GMAIL_ID = "d2e1a72fcca58-71e5a1b2c3dsm1234567b3a.12 - gsmtp"

FIREFLY_PICKS: list[Pick] = [
    _ff(
        _connect(_HOST, f"Unable to connect to {_HOST} (Connection refused)"),
        "PORT_CLOSED",
        _CONNECT_WHY + "ECONNREFUSED, nothing listens on MAIL_PORT",
        _SF_CONNECT,
    ),
    _ff(
        _connect(_HOST, f"Unable to connect to {_HOST} (Connection timed out)"),
        "PORT_FILTERED",
        _CONNECT_WHY + "ETIMEDOUT: the port never answers (a firewall drops the SYN)",
        _SF_CONNECT,
    ),
    _ff(
        _connect(_HOST, _GAI.format("smtp.example.com") + "Name or service not known"),
        "HOST_NOT_FOUND",
        _CONNECT_WHY + "getaddrinfo EAI_NONAME: MAIL_HOST has no address",
        _SF_CONNECT,
    ),
    _ff(
        _connect(_HOST, _GAI.format("smtp.example.com") + "Temporary failure in name resolution"),
        "DNS_FAILURE",
        _CONNECT_WHY + "getaddrinfo EAI_AGAIN: the resolver could not be asked",
        _SF_CONNECT,
    ),
    _ff(
        _connect(_HOST, f"Unable to connect to {_HOST} (Network is unreachable)"),
        "HOST_UNREACHABLE",
        _CONNECT_WHY + "ENETUNREACH: no route to MAIL_HOST's network",
        _SF_CONNECT,
    ),
    _ff(
        'Connection to "smtp.example.com:587" timed out.',
        "NO_GREETING",
        "Transport/Smtp/Stream/AbstractStream.php readLine(): the TCP connection is made but no "
        "'220' greeting comes before the stream's timeout",
        _SF_TIMEOUT,
    ),
    _ff(
        'Connection to "smtp.example.com:587" has been closed unexpectedly.',
        "CONNECTION_CLOSED",
        "Transport/Smtp/Stream/AbstractStream.php readLine(): feof() on the socket, the server "
        "hung up mid-dialogue",
        _SF_CLOSED,
    ),
    _ff(
        _connect(
            "ssl://smtp.example.com:465",
            _SSL + "0A000086:SSL routines::certificate verify failed",
        ),
        "CERT_UNTRUSTED",
        _CONNECT_WHY + "implicit TLS (MAIL_ENCRYPTION ssl, port 465), the peer's chain does not "
        "verify",
        _SF_CONNECT,
    ),
    _ff(
        _connect(
            "ssl://smtp.example.com:587", _SSL + "0A00010B:SSL routines::wrong version number"
        ),
        "TLS_ON_PLAIN_PORT",
        _CONNECT_WHY + "MAIL_ENCRYPTION ssl on port 587: the client opens TLS, the server "
        "answers with its plain '220' greeting",
        _SF_CONNECT,
    ),
    _ff(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): "
        + _SSL
        + "0A000086:SSL routines::certificate verify failed",
        "CERT_UNTRUSTED",
        _TLS_WHY + "the chain does not verify",
        _SF_TLS,
    ),
    _ff(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): Peer certificate "
        "CN=`mail.example.net' did not match expected CN=`smtp.example.com'",
        "CERT_HOSTNAME_MISMATCH",
        _TLS_WHY + "PHP's peer_name check: the certificate names another host",
        _SF_TLS,
    ),
    _ff(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): "
        + _SSL
        + "0A000102:SSL routines::unsupported protocol",
        "TLS_OUTDATED",
        _TLS_WHY + "the server only speaks TLS 1.0/1.1, which OpenSSL 3 refuses",
        _SF_TLS,
    ),
    _ff(
        _auth(
            "firefly@example.com",
            ("LOGIN", "PLAIN"),
            "535 5.7.8 Error: authentication failed: authentication failure",
        ),
        "AUTH_FAILED",
        _AUTH_WHY + "Postfix/Dovecot's 535 5.7.8 to MAIL_USERNAME/MAIL_PASSWORD",
        _SF_AUTH,
    ),
    _ff(
        _auth(
            "firefly@gmail.com",
            ("LOGIN", "PLAIN", "XOAUTH2"),
            "534-5.7.9 Application-specific password required. For more information, go to\r\n"
            "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor " + _GMAIL_ID,
            {"XOAUTH2": _GMAIL_334},
        ),
        "APP_PASSWORD_REQUIRED",
        _AUTH_WHY + "Gmail's 534 5.7.9 to LOGIN and PLAIN: 2-step verification is on, an app "
        "password is needed",
        _SF_AUTH,
    ),
    _ff(
        _auth(
            "firefly@example.onmicrosoft.com",
            ("LOGIN", "XOAUTH2"),
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
            "the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. " + _M365,
        ),
        "PROTOCOL_DISABLED",
        _AUTH_WHY + "Microsoft 365's 535 5.7.139: SMTP AUTH is switched off for the tenant",
        _SF_AUTH,
    ),
    _ff(
        _auth(
            "firefly@example.com",
            ("LOGIN", "PLAIN"),
            "454 4.7.0 Temporary authentication failure: Connection lost to authentication server",
        ),
        "AUTH_TEMPORARY_FAILURE",
        _AUTH_WHY + "a 454 4.7.0 to AUTH: the server's own authentication back end is down",
        _SF_AUTH,
    ),
    _ff(
        "Failed to find an authenticator supported by the SMTP server, which currently "
        'supports: "gssapi", "ntlm".',
        "AUTH_NOT_OFFERED",
        "Transport/Smtp/EsmtpTransport.php handleAuth(): MAIL_USERNAME set, the EHLO answer's "
        "AUTH names only mechanisms the transport does not speak",
        _SF_NOAUTH,
    ),
    _ff(
        _reply(
            "250",
            "553 5.7.1 <firefly@example.com>: Sender address rejected: not owned by user "
            "alice@example.com",
        ),
        "SENDER_REFUSED",
        _REPLY_WHY + "MAIL FROM:<MAIL_FROM_ADDRESS> refused: the login may not send as it",
        _SF_REPLY,
    ),
    _ff(
        _reply("250/251/252", "554 5.7.1 <owner@example.org>: Relay access denied"),
        "RELAY_REFUSED",
        _REPLY_WHY + "RCPT TO refused: no relaying for an unauthenticated client",
        _SF_REPLY,
    ),
    _ff(
        _reply(
            "250/251/252",
            "550 5.1.1 <owner@example.com>: Recipient address rejected: User unknown in virtual "
            "mailbox table",
        ),
        "RECIPIENT_UNKNOWN",
        _REPLY_WHY + "RCPT TO:<the owner's address> does not exist",
        _SF_REPLY,
    ),
    _ff(
        _reply(
            "220",
            "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using "
            "zen.spamhaus.org",
        ),
        "REJECTED_AS_SPAM",
        _REPLY_WHY + "the greeting is a 554: the client's IP is on a block list",
        _SF_REPLY,
    ),
    _ff(
        _reply(
            "250",
            "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending "
            "limits go to\r\n550 5.4.5  https://support.google.com/a/answer/166852 " + _GMAIL_ID,
        ),
        "RATE_LIMITED",
        _REPLY_WHY + "MAIL FROM refused with Gmail's 550 5.4.5: the daily quota is spent",
        _SF_REPLY,
    ),
    _ff(
        _reply("250", "552 5.3.4 Message size exceeds fixed limit"),
        "SIZE_LIMIT",
        _REPLY_WHY + "the answer to the message's final '.': too large for the server",
        _SF_REPLY,
    ),
]

_FF_OWN = [
    ("auth", "failed", (), "Firefly III's own sign-in"),
    ("auth", "throttle", ("seconds=60",), "the sign-in's throttle"),
    ("firefly", "not_available_demo_user", (), "the demo user, a permission"),
    ("passwords", "user", (), "the password reset form: no such user"),
    ("passwords", "token", (), "the password reset link, expired"),
    ("errors", "error_occurred", (), "the error page's heading, nothing narrows it"),
    ("validation", "required", ("attribute=email",), "form validation of a required field"),
    ("validation", "email", ("attribute=email",), "form validation of an e-mail field"),
    ("validation", "unique", ("attribute=email",), "form validation: a taken address"),
    ("validation", "bad_type_source", (), "a transaction's source account"),
    ("validation", "invalid_account_info", (), "a transaction's account data"),
]
for _file, _key, _values, _note in _FF_OWN:
    FIREFLY_PICKS.append(
        Pick(
            f"{_file}.{_key}",
            None,
            _values,
            f"resources/lang/en_US/{_file}.php: {_note}; no mail-settings problem",
            "",
            "lang",
        )
    )

_CA_CONTROLLER = "app/Http/Controllers/Dashboard/SettingsController.php"
_CA_SEND = "Auth::user()->notify(new SystemTestNotification());"
_CA = (
    "resources/views/dashboard/settings/mail.blade.php 'Test' -> "
    "post:dashboard.settings.mail.test -> app/Http/Controllers/Dashboard/SettingsController.php "
    "testMail(): Auth::user()->notify(new SystemTestNotification()), nothing caught, the "
    "exception's message is the error page's and the log's; config/mail.php (MAIL_HOST, "
    "MAIL_PORT, MAIL_ENCRYPTION) -> Laravel 5.7's TransportManager -> Swift_SmtpTransport "
    "(encryption ssl: ssl:// from the start; tls: STARTTLS sent whatever EHLO says; a refused "
    "RCPT TO is only counted as a failed recipient, no exception); "
)
_SW_CONNECT_WHY = (
    "lib/classes/Swift/Transport/StreamBuffer.php establishSocketConnection(): the "
    "stream_socket_client() warning becomes 'Connection could not be established with host "
    "<host> :' + the warning: "
)
_SW_REPLY_WHY = (
    "lib/classes/Swift/Transport/AbstractSmtpTransport.php assertResponseCode(): 'Expected "
    'response code <wanted> but got code "...", with message "<the reply>"\': '
)
_SW_AUTH_WHY = (
    "lib/classes/Swift/Transport/Esmtp/AuthHandler.php afterEhlo(): each offered authenticator "
    "failed, their messages joined: "
)
_SW_TLS_WHY = (
    "lib/classes/Swift/Transport/StreamBuffer.php startTLS(): after STARTTLS's 220, "
    "stream_socket_enable_crypto()'s warning becomes Laravel's ErrorException: "
)
_SW_CONNECT = "'Connection could not be established with host '"
_SW_REPLY = "' but got code \"'"
_SW_EMPTY = "' but got an empty response'"
_SW_AUTH = "'Failed to authenticate on SMTP server with username"
_SW_TLS = "return stream_socket_enable_crypto("
_SW_NOTLS = "'Unable to connect with TLS encryption'"
_SW_TIMEOUT = "' Timed Out'"


def _ca(text: str, code: str, why: str, then: str) -> Pick:
    return Pick(text, code, (), _CA + why, then, "lib", _CA_SEND)


def _sw_connect(url: str, error: str) -> str:
    return f"Connection could not be established with host smtp.example.com :{error} ({url})"


def _sw_reply(wanted: str, reply: str) -> str:
    return f'Expected response code {wanted} but got code "{reply[:3]}", with message "{reply}\r\n"'


def _sw_auth(
    user: str, names: tuple[str, ...], reply: str, other: dict[str, str] | None = None
) -> str:
    text = (
        f'Failed to authenticate on SMTP server with username "{user}" using {len(names)} '
        "possible authenticators."
    )
    for name in names:
        said = (other or {}).get(name, reply)
        text += f" Authenticator {name} returned {_sw_reply('235', said)}."
    return text


_UNABLE = "stream_socket_client(): unable to connect to {}"
_SW_GAI = "stream_socket_client(): php_network_getaddresses: getaddrinfo failed: "
_TCP = "tcp://smtp.example.com:587"

CACHET_PICKS: list[Pick] = [
    _ca(
        _sw_connect("Connection refused", _UNABLE.format(_TCP)),
        "PORT_CLOSED",
        _SW_CONNECT_WHY + "ECONNREFUSED, nothing listens on MAIL_PORT",
        _SW_CONNECT,
    ),
    _ca(
        _sw_connect("Connection timed out", _UNABLE.format(_TCP)),
        "PORT_FILTERED",
        _SW_CONNECT_WHY + "ETIMEDOUT: the port never answers (a firewall drops the SYN)",
        _SW_CONNECT,
    ),
    _ca(
        _sw_connect("Network is unreachable", _UNABLE.format(_TCP)),
        "HOST_UNREACHABLE",
        _SW_CONNECT_WHY + "ENETUNREACH: no route to MAIL_HOST's network",
        _SW_CONNECT,
    ),
    _ca(
        "Connection could not be established with host smtp.example.com :"
        + _SW_GAI
        + "Name or service not known",
        "HOST_NOT_FOUND",
        _SW_CONNECT_WHY + "getaddrinfo EAI_NONAME: MAIL_HOST has no address",
        _SW_CONNECT,
    ),
    _ca(
        "Connection could not be established with host smtp.example.com :"
        + _SW_GAI
        + "Temporary failure in name resolution",
        "DNS_FAILURE",
        _SW_CONNECT_WHY + "getaddrinfo EAI_AGAIN: the resolver could not be asked",
        _SW_CONNECT,
    ),
    _ca(
        "Connection could not be established with host smtp.example.com :stream_socket_client(): "
        + _SSL
        + "1416F086:SSL routines:tls_process_server_certificate:certificate verify failed",
        "CERT_UNTRUSTED",
        _SW_CONNECT_WHY + "MAIL_ENCRYPTION ssl (port 465), the peer's chain does not verify",
        _SW_CONNECT,
    ),
    _ca(
        "Connection could not be established with host smtp.example.com :stream_socket_client(): "
        + _SSL
        + "1408F10B:SSL routines:ssl3_get_record:wrong version number",
        "TLS_ON_PLAIN_PORT",
        _SW_CONNECT_WHY + "MAIL_ENCRYPTION ssl on port 587: the client opens TLS, the server "
        "sends its plain greeting",
        _SW_CONNECT,
    ),
    _ca(
        "Connection to tcp://smtp.example.com:587 Timed Out",
        "NO_GREETING",
        "lib/classes/Swift/Transport/StreamBuffer.php readLine(): connected, but no greeting "
        "line before the stream's timeout",
        _SW_TIMEOUT,
    ),
    _ca(
        "Expected response code 220 but got an empty response",
        "CONNECTION_CLOSED",
        "lib/classes/Swift/Transport/AbstractSmtpTransport.php assertResponseCode(): the "
        "greeting read is empty, the server closed the connection",
        _SW_EMPTY,
    ),
    _ca(
        _sw_reply("220", "502 5.5.1 Error: command not recognized"),
        "STARTTLS_NOT_OFFERED",
        _SW_REPLY_WHY + "MAIL_ENCRYPTION tls: lib/classes/Swift/Transport/EsmtpTransport.php "
        "doHeloCommand() sends STARTTLS although EHLO did not offer it, the server refuses",
        _SW_REPLY,
    ),
    _ca(
        "stream_socket_enable_crypto(): "
        + _SSL
        + "1416F086:SSL routines:tls_process_server_certificate:certificate verify failed",
        "CERT_UNTRUSTED",
        _SW_TLS_WHY + "the chain does not verify",
        _SW_TLS,
    ),
    _ca(
        "stream_socket_enable_crypto(): Peer certificate CN=`mail.example.net' did not match "
        "expected CN=`smtp.example.com'",
        "CERT_HOSTNAME_MISMATCH",
        _SW_TLS_WHY + "PHP's peer_name check: the certificate names another host",
        _SW_TLS,
    ),
    _ca(
        "Unable to connect with TLS encryption",
        "STARTTLS_FAILED",
        "lib/classes/Swift/Transport/EsmtpTransport.php doHeloCommand(): STARTTLS answered 220, "
        "then StreamBuffer::startTLS() returned false: the TLS negotiation failed",
        _SW_NOTLS,
    ),
    _ca(
        _sw_auth(
            "status@example.com",
            ("LOGIN", "PLAIN"),
            "535 5.7.8 Error: authentication failed: authentication failure",
        ),
        "AUTH_FAILED",
        _SW_AUTH_WHY + "Postfix/Dovecot's 535 5.7.8 to MAIL_USERNAME/MAIL_PASSWORD",
        _SW_AUTH,
    ),
    _ca(
        _sw_auth(
            "status@gmail.com",
            ("LOGIN", "PLAIN", "XOAUTH2"),
            "535-5.7.8 Username and Password not accepted. For more information, go to\r\n"
            "535 5.7.8  https://support.google.com/mail/?p=BadCredentials " + _GMAIL_ID,
            {"XOAUTH2": _GMAIL_334},
        ),
        "AUTH_FAILED",
        _SW_AUTH_WHY + "Gmail's 535 5.7.8 BadCredentials",
        _SW_AUTH,
    ),
    _ca(
        _sw_auth(
            "status@gmail.com",
            ("LOGIN", "PLAIN", "XOAUTH2"),
            "534-5.7.9 Application-specific password required. For more information, go to\r\n"
            "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor " + _GMAIL_ID,
            {"XOAUTH2": _GMAIL_334},
        ),
        "APP_PASSWORD_REQUIRED",
        _SW_AUTH_WHY + "Gmail's 534 5.7.9: 2-step verification is on, an app password is needed",
        _SW_AUTH,
    ),
    _ca(
        _sw_auth(
            "status@example.onmicrosoft.com",
            ("LOGIN", "XOAUTH2"),
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
            "the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. " + _M365,
        ),
        "PROTOCOL_DISABLED",
        _SW_AUTH_WHY + "Microsoft 365's 535 5.7.139: SMTP AUTH is switched off for the tenant",
        _SW_AUTH,
    ),
    _ca(
        _sw_auth(
            "status@example.com",
            ("LOGIN", "PLAIN"),
            "454 4.7.0 Temporary authentication failure: Connection lost to authentication server",
        ),
        "AUTH_TEMPORARY_FAILURE",
        _SW_AUTH_WHY + "a 454 4.7.0: the server's authentication back end is down",
        _SW_AUTH,
    ),
    _ca(
        'Failed to authenticate on SMTP server with username "status@example.com" using 0 '
        "possible authenticators.",
        "AUTH_NOT_OFFERED",
        _SW_AUTH_WHY + "MAIL_USERNAME set, the EHLO answer's AUTH names only mechanisms Swift "
        "lacks (GSSAPI), so none was tried (with no AUTH line at all the handler never runs)",
        _SW_AUTH,
    ),
    _ca(
        _sw_reply(
            "250",
            "553 5.7.1 <status@example.com>: Sender address rejected: not owned by user "
            "alice@example.com",
        ),
        "SENDER_REFUSED",
        _SW_REPLY_WHY + "MAIL FROM:<MAIL_ADDRESS> refused: the login may not send as it",
        _SW_REPLY,
    ),
    _ca(
        _sw_reply("250", "530 5.7.0 Must issue a STARTTLS command first"),
        "ENCRYPTION_NOT_USED",
        _SW_REPLY_WHY + "MAIL_ENCRYPTION empty on port 587: no STARTTLS sent, the server "
        "offers AUTH only after it (so the auth handler never ran) and refuses MAIL FROM",
        _SW_REPLY,
    ),
    _ca(
        _sw_reply("220", "421 4.7.0 smtp.example.com Error: too many connections from 203.0.113.5"),
        "RATE_LIMITED",
        _SW_REPLY_WHY + "the greeting is a 421: too many connections from this client",
        _SW_REPLY,
    ),
    _ca(
        _sw_reply("250", "550 5.7.1 Message rejected as spam by Content Filtering."),
        "REJECTED_AS_SPAM",
        _SW_REPLY_WHY + "the answer to the message's final '.': the content filter refuses it",
        _SW_REPLY,
    ),
    _ca(
        _sw_reply(
            "250",
            "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending "
            "limits go to\r\n550 5.4.5  https://support.google.com/a/answer/166852 " + _GMAIL_ID,
        ),
        "RATE_LIMITED",
        _SW_REPLY_WHY + "MAIL FROM refused with Gmail's 550 5.4.5: the daily quota is spent",
        _SW_REPLY,
    ),
    _ca(
        _sw_reply("250", "552 5.3.4 Message size exceeds fixed limit"),
        "SIZE_LIMIT",
        _SW_REPLY_WHY + "the answer to the message's final '.': too large for the server",
        _SW_REPLY,
    ),
    _ca(
        _sw_reply(
            "250",
            "554 5.2.252 SendAsDenied; status@example.com not allowed to send as "
            "noreply@example.org; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExcept"
            "ionSendAsDenied; Failed to process message due to a permanent exception with "
            "message [BeginDiagnosticData]Cannot submit message.",
        ),
        "SENDER_REFUSED",
        _SW_REPLY_WHY + "Microsoft 365's answer to the final '.': MAIL_ADDRESS is not the "
        "signed-in mailbox nor one it may send as",
        _SW_REPLY,
    ),
]

_CA_OWN = [
    ("forms", "login.invalid", (), "Cachet's own sign-in"),
    ("forms", "login.invalid-token", (), "the two-factor token at sign-in"),
    ("forms", "login.rate-limit", (), "the sign-in's throttle"),
    ("forms", "login.cookies", (), "the sign-in without cookies"),
    ("cachet", "subscriber.email.failure", (), "a subscription that failed to save"),
    (
        "cachet",
        "subscriber.email.already-subscribed",
        ("email=alice@example.com",),
        "a subscriber already known",
    ),
    ("dashboard", "incidents.add.failure", (), "an incident that failed validation"),
    ("dashboard", "components.add.failure", (), "a component that failed validation"),
    ("dashboard", "team.edit.failure", (), "a profile that failed validation"),
    ("validation", "required", ("attribute=email",), "form validation of a required field"),
    ("validation", "email", ("attribute=email",), "form validation of an e-mail field"),
    ("validation", "unique", ("attribute=email",), "form validation: a taken address"),
]
for _file, _key, _values, _note in _CA_OWN:
    CACHET_PICKS.append(
        Pick(
            f"{_file}.{_key}",
            None,
            _values,
            f"resources/lang/en/{_file}.php: {_note}; no mail-settings problem",
            "",
            "lang",
        )
    )


# Cachet's pl-PL files hold some German lines: not a Polish translation.
_NOT_THE_LANGUAGE = {
    ("cachethq/cachet", "pl", "subscriber.email.failure"),
    ("cachethq/cachet", "pl", "unique"),
}


def _lang_texts(
    repo: Path, commit: str, at: str, pick: Pick, langs: dict[str, str], cache: dict
) -> tuple[dict[str, str], dict[str, str]]:
    name, key = pick.key.split(".", 1)
    for lang, folder in langs.items():
        if (name, lang) not in cache:
            path = f"resources/lang/{folder}/{name}.php"
            cache[(name, lang)] = (path, read_lang(git(repo, "show", f"{commit}:{path}")))
    english = cache[(name, "en")][1][key]
    texts = {"en": _fill(english, pick.values)}
    sources = {"en": f"{at}:{cache[(name, 'en')][0]}#{key}"}
    for lang in langs:
        path, table = cache[(name, lang)]
        words = table.get(key, "")
        if lang == "en" or not words.strip() or words == english:
            continue
        if any(f":{pair.split('=')[0]}" not in words for pair in pick.values):
            continue  # the translation lost the placeholder
        if (at.split("@")[0], lang, key) in _NOT_THE_LANGUAGE:
            continue
        texts[lang] = _fill(words, pick.values)
        sources[lang] = f"{at}:{path}#{key}"
    return texts, sources


def _app(
    mirrors: Path,
    app: str,
    prefix: str,
    pins: tuple[tuple[str, str], tuple[str, str], str, str, str, tuple[str, ...]],
    picks: list[Pick],
    langs: dict[str, str],
) -> list[dict[str, object]]:
    pin, lib, path, after, lock, lib_paths = pins
    repo, commit = _library(mirrors, pin)
    lib_repo, lib_commit = _library(mirrors, lib)
    at = f"{pin[0]}@{commit[:12]}"
    assert lock in git(repo, "show", f"{commit}:composer.lock")
    cache: dict = {}
    entries = []
    for index, pick in enumerate(picks):
        if pick.table == "lang":
            texts, sources = _lang_texts(repo, commit, at, pick, langs, cache)
        else:
            assert pick.context
            line = _after_line(repo, commit, path, after, pick.context)
            where = _where(lib_repo, lib_commit, pick.then, lib_paths)
            then = f" (then {lib[0]}@{lib_commit[:12]}:{where})"
            texts = {"en": pick.key}
            sources = {"en": f"{at}:{path}:{line}{then}"}
        entries.append(_entry(app, f"{prefix}.{index}", pick, texts, sources))
    return entries


def firefly(mirrors: Path) -> list[dict[str, object]]:
    pins = (
        FIREFLY,
        SYMFONY,
        _FF_HANDLER,
        "public function sendTestMessage(",
        '"reference": "4ff41a7c7998a88cfdc31b5841ef64d9246fc56a"',  # symfony/mailer v7.0.7
        ("src/Symfony/Component/Mailer/Transport/Smtp",),
    )
    return _app(mirrors, "Firefly III", "fireflyiii", pins, FIREFLY_PICKS, FIREFLY_LANG)


def cachet(mirrors: Path) -> list[dict[str, object]]:
    pins = (
        CACHET,
        SWIFT,
        _CA_CONTROLLER,
        "public function testMail()",
        '"reference": "8a5d5072dca8f48460fce2f4131fcc495eec654c"',  # swiftmailer v6.3.0
        ("lib/classes/Swift/Transport",),
    )
    return _app(mirrors, "Cachet", "cachet", pins, CACHET_PICKS, CACHET_LANG)


ABOUT = (
    "The fortieth held-out set (tools/extract_fortieth.py): Firefly III's test message (the "
    "administration's 'Send test email message'; AdminEventHandler::sendTestMessage() logs the "
    "exception's message: Symfony Mailer's English at the locked v7.0.7, en only) and its own "
    "messages (resources/lang/<ll_LL>/*.php), firefly-iii/firefly-iii of May 2024, the last "
    "commit with the translations in the tree; Cachet's mail test (the mail settings' 'Test', "
    "SettingsController::testMail(), nothing caught: Swift Mailer v6.3.0's English, en only) "
    "and its own messages (resources/lang/<ll-LL>/*.php), cachethq/cachet of October 2024; "
    "extracted and labelled blind from the code; code null: no mail-settings problem. A "
    "language without a translation or with the English one is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, firefly, cachet)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
