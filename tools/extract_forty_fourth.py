"""Developer tool: the forty-fourth blind held-out set (Pterodactyl's and Flarum's mail tests).

Pterodactyl Panel (the admin's mail settings "Test": resources/views/admin/settings/mail.blade.php
testSettings() posts to /admin/settings/mail/test, app/Http/Controllers/Admin/Settings/
MailController.php test() notifies the admin with MailTested and, on an exception, answers 500
with $exception->getMessage(); the page's showErrorDialog() shows "An error occurred while
attempting to test mail settings: " + that text): Laravel 11.28's smtp mailer is Symfony Mailer,
locked at v7.1.5 and read in symfony/symfony (src/Symfony/Component/Mailer); its own messages
(resources/lang/en/*.php; it ships English only), code null. Flarum 2.0 (the admin's mail page
"Send Test Mail": framework/core/js/src/admin/components/MailPage.tsx sendTestEmail() posts to
/api/mail/test, framework/core/src/Api/Controller/SendTestMailController.php pushes
SendInformationalEmailJob onto the sync queue, nothing caught: the exception's message goes to
the log and, in debug mode, to the error page; the admin sees core.lib.error.generic_message):
the monorepo has no composer.lock, illuminate/mail ^11 brings symfony/mailer ^7.0, read at
v7.1.5 (the release current at the pinned commit); its own messages (framework/core/locale/
core.yml and validation.yml in English, the flarum-lang packs german (informal), french,
spanish (informal), italian, dutch and polish), code null. Labelled blind from the code.

    python -m tools.extract_forty_fourth MIRRORS_DIR benchmarks/data/forty_fourth_texts.json

MIRRORS_DIR holds `pterodactyl+panel/repo`, `flarum+framework/repo`, `symfony+symfony/repo` and
`flarum-lang+<name>/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _after_line, _entry, _library, _where, git, write_set
from tools.extract_thirty_seventh import _auth, _connect, _fill, _reply, read_lang

PTERODACTYL = ("pterodactyl/panel", "706db62c64d180f224f56c62953172c27daa5826")
FLARUM = ("flarum/framework", "3b7b4055f1a76c45d15477bb7ae71adf136f3257")
SYMFONY = ("symfony/symfony", "77c124d43b230777b14125b4ef9179213f1c823f")  # v7.1.5
FLARUM_LANG = {
    "de": (("flarum-lang/german", "80ad0da12c4eff2cc83332bd9a795f92d9587955"), "informal/"),
    "fr": (("flarum-lang/french", "d14b618512db97bd20681bd96331fb62b57a7d8f"), ""),
    "es": (("flarum-lang/spanish", "4aa5a0eda3520cefbad0193026e9240ceac4e2b5"), "informal/"),
    "it": (("flarum-lang/italian", "bc9a9c0af246866ebd2e5a8e0b0a57ec71985fd1"), ""),
    "nl": (("flarum-lang/dutch", "952b602e887f79f4123447b84776f04f6377979d"), ""),
    "pl": (("flarum-lang/polish", "8c4d883166349644037b483d73162accf102129f"), ""),
}
_LIB_PATHS = ("src/Symfony/Component/Mailer/Transport/Smtp",)

_SSL = "SSL operation failed with code 1. OpenSSL Error messages:\nerror:"
_GAI = "php_network_getaddresses: getaddrinfo for {} failed: "
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
_GMAIL_334 = (
    "334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xl"
    "LmNvbS8ifQ=="
)
_M365 = "[AM0PR01CA0123.eurprd01.prod.exchangelabs.com 2024-10-24T10:11:12.345Z 08DC6A1B2C3D4E5F]"
_GMAIL_ID = "d2e1a72fcca58-71e5a1b2c3dsm1234567b3a.12 - gsmtp"

_PT_PAGE = "An error occurred while attempting to test mail settings: "
_PT_PATH = "app/Http/Controllers/Admin/Settings/MailController.php"
_PT_SEND = "return response($exception->getMessage(), 500);"
_PT = (
    "resources/views/admin/settings/mail.blade.php 'Test' -> POST /admin/settings/mail/test -> "
    "app/Http/Controllers/Admin/Settings/MailController.php test(): Notification::route('mail', "
    "...)->notify(new MailTested(...)), catch \\Exception -> response($exception->getMessage(), "
    "500) -> showErrorDialog(jqXHR, 'test'): 'An error occurred while attempting to test mail "
    "settings: ' + responseText; config/mail.php smtp (MAIL_HOST, MAIL_PORT, MAIL_ENCRYPTION) -> "
    "Laravel 11's MailManager -> Symfony EsmtpTransport (port 465 implicit TLS, otherwise plain "
    "with STARTTLS when offered); "
)


def _pt(text: str, code: str, why: str, then: str) -> Pick:
    return Pick(_PT_PAGE + text, code, (), _PT + why, then, "lib", _PT_SEND)


_PT_HOST = "smtp.example.com:587"

PTERODACTYL_PICKS: list[Pick] = [
    _pt(
        _connect(_PT_HOST, f"Unable to connect to {_PT_HOST} (Connection refused)"),
        "PORT_CLOSED",
        _CONNECT_WHY + "ECONNREFUSED, nothing listens on MAIL_PORT",
        _SF_CONNECT,
    ),
    _pt(
        _connect(_PT_HOST, f"Unable to connect to {_PT_HOST} (Connection timed out)"),
        "PORT_FILTERED",
        _CONNECT_WHY + "ETIMEDOUT: the port never answers (a firewall drops the SYN)",
        _SF_CONNECT,
    ),
    _pt(
        _connect(_PT_HOST, _GAI.format("smtp.example.com") + "Name or service not known"),
        "HOST_NOT_FOUND",
        _CONNECT_WHY + "getaddrinfo EAI_NONAME: MAIL_HOST has no address",
        _SF_CONNECT,
    ),
    _pt(
        _connect(
            _PT_HOST, _GAI.format("smtp.example.com") + "Temporary failure in name resolution"
        ),
        "DNS_FAILURE",
        _CONNECT_WHY + "getaddrinfo EAI_AGAIN: the resolver could not be asked",
        _SF_CONNECT,
    ),
    _pt(
        _connect(_PT_HOST, f"Unable to connect to {_PT_HOST} (No route to host)"),
        "HOST_UNREACHABLE",
        _CONNECT_WHY + "EHOSTUNREACH: no route to MAIL_HOST",
        _SF_CONNECT,
    ),
    _pt(
        _connect(
            "[2001:db8::25]:587", "Unable to connect to [2001:db8::25]:587 (Network is unreachable)"
        ),
        "IPV6_BROKEN",
        _CONNECT_WHY + "MAIL_HOST given as an IPv6 address, the Panel's host has no IPv6 route",
        _SF_CONNECT,
    ),
    _pt(
        'Connection to "smtp.example.com:587" timed out.',
        "NO_GREETING",
        "Transport/Smtp/Stream/AbstractStream.php readLine(): the TCP connection is made but no "
        "'220' greeting comes before the stream's timeout",
        _SF_TIMEOUT,
    ),
    _pt(
        'Connection to "smtp.example.com:465" has been closed unexpectedly.',
        "CONNECTION_CLOSED",
        "Transport/Smtp/Stream/AbstractStream.php readLine(): feof() on the socket, the server "
        "hung up mid-dialogue",
        _SF_CLOSED,
    ),
    _pt(
        _connect(
            "ssl://smtp.example.com:465",
            _SSL + "0A000086:SSL routines::certificate verify failed",
        ),
        "CERT_UNTRUSTED",
        _CONNECT_WHY + "port 465 (implicit TLS), the peer's chain does not verify",
        _SF_CONNECT,
    ),
    _pt(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): "
        + _SSL
        + "0A000086:SSL routines::certificate verify failed",
        "CERT_UNTRUSTED",
        _TLS_WHY + "the chain does not verify (a self-hosted relay's own certificate)",
        _SF_TLS,
    ),
    _pt(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): Peer certificate "
        "CN=`mail.example.net' did not match expected CN=`smtp.example.com'",
        "CERT_HOSTNAME_MISMATCH",
        _TLS_WHY + "PHP's peer_name check: the certificate names another host",
        _SF_TLS,
    ),
    _pt(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): "
        + _SSL
        + "0A000102:SSL routines::unsupported protocol",
        "TLS_OUTDATED",
        _TLS_WHY + "the server only speaks TLS 1.0/1.1, which OpenSSL 3 refuses",
        _SF_TLS,
    ),
    _pt(
        _auth(
            "panel@example.com",
            ("LOGIN", "PLAIN"),
            "535 5.7.8 Error: authentication failed: authentication failure",
        ),
        "AUTH_FAILED",
        _AUTH_WHY + "Postfix/Dovecot's 535 5.7.8 to the saved username/password",
        _SF_AUTH,
    ),
    _pt(
        _auth(
            "panel@gmail.com",
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
    _pt(
        _auth(
            "panel@example.onmicrosoft.com",
            ("LOGIN", "XOAUTH2"),
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
            "the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. " + _M365,
        ),
        "PROTOCOL_DISABLED",
        _AUTH_WHY + "Microsoft 365's 535 5.7.139: SMTP AUTH is switched off for the tenant",
        _SF_AUTH,
    ),
    _pt(
        _auth(
            "panel@example.com",
            ("LOGIN", "PLAIN"),
            "454 4.7.0 Temporary authentication failure: Connection lost to authentication server",
        ),
        "AUTH_TEMPORARY_FAILURE",
        _AUTH_WHY + "a 454 4.7.0 to AUTH: the server's own authentication back end is down",
        _SF_AUTH,
    ),
    _pt(
        "Failed to find an authenticator supported by the SMTP server, which currently "
        'supports: "gssapi", "ntlm".',
        "AUTH_NOT_OFFERED",
        "Transport/Smtp/EsmtpTransport.php handleAuth(): a username saved, the EHLO answer's "
        "AUTH names only mechanisms the transport does not speak",
        _SF_NOAUTH,
    ),
    _pt(
        _reply(
            "250",
            "553 5.7.1 <no-reply@example.com>: Sender address rejected: not owned by user "
            "panel@example.com",
        ),
        "SENDER_REFUSED",
        _REPLY_WHY + "MAIL FROM:<MAIL_FROM_ADDRESS> refused: the login may not send as it",
        _SF_REPLY,
    ),
    _pt(
        _reply("250/251/252", "554 5.7.1 <admin@example.org>: Relay access denied"),
        "RELAY_REFUSED",
        _REPLY_WHY + "RCPT TO:<the admin's address> refused: no relaying for this client (no "
        "username saved, so no AUTH)",
        _SF_REPLY,
    ),
    _pt(
        _reply(
            "220",
            "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using "
            "zen.spamhaus.org",
        ),
        "REJECTED_AS_SPAM",
        _REPLY_WHY + "the greeting is a 554: the Panel host's IP is on a block list",
        _SF_REPLY,
    ),
    _pt(
        _reply(
            "250",
            "421 4.7.0 Try again later, closing connection. (MAIL) " + _GMAIL_ID,
        ),
        "CONNECTION_CLOSED",
        _REPLY_WHY + "a 421 to MAIL FROM naming no limit: the server closes, no code for busy",
        _SF_REPLY,
    ),
    _pt(
        _reply(
            "354",
            "451 4.7.500 Server busy. Please try again later from [203.0.113.5]. (S77714) " + _M365,
        ),
        "RATE_LIMITED",
        _REPLY_WHY + "DATA refused by Microsoft 365's S77714 throttle for the sending IP",
        _SF_REPLY,
    ),
    _pt(
        _reply("250", "552 5.3.4 Message size exceeds fixed limit"),
        "SIZE_LIMIT",
        _REPLY_WHY + "the answer to the message's final '.': too large for the server",
        _SF_REPLY,
    ),
]

_PT_OWN = [
    ("auth", "failed", (), "the Panel's own sign-in"),
    ("auth", "throttle", ("seconds=60",), "the sign-in's throttle"),
    ("auth", "two_factor.checkpoint_failed", (), "the sign-in's 2FA token"),
    ("auth", "2fa_must_be_enabled", (), "the admin requires 2FA, a permission"),
    ("passwords", "user", (), "the password reset form: no such user"),
    ("passwords", "token", (), "the password reset link, expired"),
    (
        "exceptions",
        "daemon_connection_failed",
        ("code=500",),
        "Wings (the node daemon) answered with an HTTP error, not mail",
    ),
    ("exceptions", "allocations.too_many_ports", (), "a node's allocation form"),
    ("exceptions", "subusers.subuser_exists", (), "adding a subuser by e-mail address"),
    ("exceptions", "deployment.no_viable_nodes", (), "automatic deployment"),
    ("exceptions", "api.resource_not_found", (), "the API's 404"),
    ("validation", "required", ("attribute=email",), "form validation of a required field"),
    ("validation", "email", ("attribute=email",), "form validation of an e-mail field"),
]
for _file, _key, _values, _note in _PT_OWN:
    PTERODACTYL_PICKS.append(
        Pick(
            f"{_file}.{_key}",
            None,
            _values,
            f"resources/lang/en/{_file}.php: {_note}; no mail-settings problem",
            "",
            "lang",
        )
    )

_FL_PATH = "framework/core/src/Api/Controller/SendTestMailController.php"
_FL_SEND = "$this->queue->connection('sync')->push("
_FL = (
    "framework/core/js/src/admin/components/MailPage.tsx 'Send Test Mail' -> sendTestEmail() -> "
    "POST /api/mail/test -> framework/core/src/Api/Controller/SendTestMailController.php "
    "handle(): the sync queue runs SendInformationalEmailJob, Mailer::send(), nothing caught: "
    "the exception's message is logged (storage/logs) and shown by the debug error page; "
    "framework/core/src/Mail/SmtpDriver.php buildTransport(): Dsn(mail_encryption 'tls' -> "
    "'smtps', implicit TLS on any port; 'ssl' or none -> '', then Symfony's "
    "EsmtpTransportFactory: port 465 implicit TLS, an empty mail_port 25, otherwise plain with "
    "STARTTLS when offered); "
)


def _fl(text: str, code: str, why: str, then: str) -> Pick:
    return Pick(text, code, (), _FL + why, then, "lib", _FL_SEND)


_FL_HOST = "mail.example.org:587"

FLARUM_PICKS: list[Pick] = [
    _fl(
        _connect(_FL_HOST, f"Unable to connect to {_FL_HOST} (Connection refused)"),
        "PORT_CLOSED",
        _CONNECT_WHY + "ECONNREFUSED, nothing listens on mail_port",
        _SF_CONNECT,
    ),
    _fl(
        _connect(
            "smtp.gmail.com:25", "Unable to connect to smtp.gmail.com:25 (Connection timed out)"
        ),
        "SMTP_PORT_25_FOR_SUBMISSION",
        _CONNECT_WHY + "mail_port left empty, so the factory's default 25 to a submission "
        "service; the forum's host (a cloud VM) has outbound 25 blocked, ETIMEDOUT",
        _SF_CONNECT,
    ),
    _fl(
        _connect(_FL_HOST, f"Unable to connect to {_FL_HOST} (Connection timed out)"),
        "PORT_FILTERED",
        _CONNECT_WHY + "ETIMEDOUT: the port never answers (a firewall drops the SYN)",
        _SF_CONNECT,
    ),
    _fl(
        _connect(_FL_HOST, _GAI.format("mail.example.org") + "Name or service not known"),
        "HOST_NOT_FOUND",
        _CONNECT_WHY + "getaddrinfo EAI_NONAME: mail_host has no address",
        _SF_CONNECT,
    ),
    _fl(
        _connect(
            _FL_HOST, _GAI.format("mail.example.org") + "Temporary failure in name resolution"
        ),
        "DNS_FAILURE",
        _CONNECT_WHY + "getaddrinfo EAI_AGAIN: the resolver could not be asked (a container "
        "without DNS)",
        _SF_CONNECT,
    ),
    _fl(
        _connect(_FL_HOST, f"Unable to connect to {_FL_HOST} (Network is unreachable)"),
        "HOST_UNREACHABLE",
        _CONNECT_WHY + "ENETUNREACH: no route to mail_host's network",
        _SF_CONNECT,
    ),
    _fl(
        _connect(
            "ssl://mail.example.org:587", _SSL + "0A00010B:SSL routines::wrong version number"
        ),
        "TLS_ON_PLAIN_PORT",
        _CONNECT_WHY + "mail_encryption 'tls' makes SmtpDriver ask for 'smtps': implicit TLS on "
        "port 587, the server answers with its plain '220' greeting",
        _SF_CONNECT,
    ),
    _fl(
        'Connection to "mail.example.org:465" timed out.',
        "NO_GREETING",
        "Transport/Smtp/Stream/AbstractStream.php readLine(): connected, but no '220' greeting "
        "before the stream's timeout",
        _SF_TIMEOUT,
    ),
    _fl(
        'Connection to "mail.example.org:587" has been closed unexpectedly.',
        "CONNECTION_CLOSED",
        "Transport/Smtp/Stream/AbstractStream.php readLine(): feof() on the socket, the server "
        "hung up mid-dialogue",
        _SF_CLOSED,
    ),
    _fl(
        _connect(
            "ssl://mail.example.org:465",
            _SSL + "0A000086:SSL routines::certificate verify failed",
        ),
        "CERT_UNTRUSTED",
        _CONNECT_WHY + "port 465 (implicit TLS), the peer's chain does not verify",
        _SF_CONNECT,
    ),
    _fl(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): Peer certificate "
        "CN=`*.hosting.example.net' did not match expected CN=`mail.example.org'",
        "CERT_HOSTNAME_MISMATCH",
        _TLS_WHY + "PHP's peer_name check: the shared host's certificate names another domain",
        _SF_TLS,
    ),
    _fl(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): "
        + _SSL
        + "0A000086:SSL routines::certificate verify failed",
        "CERT_UNTRUSTED",
        _TLS_WHY + "the chain does not verify",
        _SF_TLS,
    ),
    _fl(
        _auth(
            "forum@example.org",
            ("LOGIN", "PLAIN"),
            "535 5.7.8 Error: authentication failed: authentication failure",
        ),
        "AUTH_FAILED",
        _AUTH_WHY + "Postfix/Dovecot's 535 5.7.8 to mail_username/mail_password",
        _SF_AUTH,
    ),
    _fl(
        _auth(
            "forum@gmail.com",
            ("LOGIN", "PLAIN", "XOAUTH2"),
            "535-5.7.8 Username and Password not accepted. For more information, go to\r\n"
            "535 5.7.8  https://support.google.com/mail/?p=BadCredentials " + _GMAIL_ID,
            {"XOAUTH2": _GMAIL_334},
        ),
        "AUTH_FAILED",
        _AUTH_WHY + "Gmail's 535 5.7.8 BadCredentials",
        _SF_AUTH,
    ),
    _fl(
        _auth(
            "forum@gmail.com",
            ("LOGIN", "PLAIN", "XOAUTH2"),
            "534-5.7.9 Application-specific password required. For more information, go to\r\n"
            "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor " + _GMAIL_ID,
            {"XOAUTH2": _GMAIL_334},
        ),
        "APP_PASSWORD_REQUIRED",
        _AUTH_WHY + "Gmail's 534 5.7.9: 2-step verification is on, an app password is needed",
        _SF_AUTH,
    ),
    _fl(
        _auth(
            "forum@example.onmicrosoft.com",
            ("LOGIN", "XOAUTH2"),
            "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. "
            + _M365,
        ),
        "AUTH_FAILED",
        _AUTH_WHY + "Microsoft 365's 535 5.7.139 'the user credentials were incorrect'",
        _SF_AUTH,
    ),
    _fl(
        _auth(
            "forum@example.org",
            ("LOGIN", "PLAIN"),
            "454 4.7.0 Too many login attempts, please try again later.",
        ),
        "RATE_LIMITED",
        _AUTH_WHY + "a 454 4.7.0 naming too many login attempts: the server throttles AUTH",
        _SF_AUTH,
    ),
    _fl(
        _reply(
            "250",
            "553 5.7.1 <noreply@forum.example.org>: Sender address rejected: not owned by user "
            "forum@example.org",
        ),
        "SENDER_REFUSED",
        _REPLY_WHY + "MAIL FROM:<mail_from> refused: the login may not send as it",
        _SF_REPLY,
    ),
    _fl(
        _reply(
            "250/251/252",
            "550 5.1.1 <admin@example.org>: Recipient address rejected: User unknown in virtual "
            "mailbox table",
        ),
        "RECIPIENT_UNKNOWN",
        _REPLY_WHY + "RCPT TO:<the admin's own address> does not exist",
        _SF_REPLY,
    ),
    _fl(
        _reply(
            "250/251/252",
            "452 4.2.2 The email account that you tried to reach is over quota. " + _GMAIL_ID,
        ),
        "RECIPIENT_MAILBOX_FULL",
        _REPLY_WHY + "RCPT TO refused with Gmail's 452 4.2.2: the admin's mailbox is full",
        _SF_REPLY,
    ),
    _fl(
        _reply("250/251/252", "554 5.7.1 <admin@example.com>: Relay access denied"),
        "RELAY_REFUSED",
        _REPLY_WHY + "RCPT TO refused: no relaying for an unauthenticated client",
        _SF_REPLY,
    ),
    _fl(
        _reply(
            "250",
            "550 5.7.1 [203.0.113.7] Our system has detected that this message is likely "
            "unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been "
            "blocked. " + _GMAIL_ID,
        ),
        "REJECTED_AS_SPAM",
        _REPLY_WHY + "the answer to the final '.': Gmail's spam filter refuses the test mail",
        _SF_REPLY,
    ),
    _fl(
        _reply(
            "250",
            "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending "
            "limits go to\r\n550 5.4.5  https://support.google.com/a/answer/166852 " + _GMAIL_ID,
        ),
        "RATE_LIMITED",
        _REPLY_WHY + "MAIL FROM refused with Gmail's 550 5.4.5: the daily quota is spent",
        _SF_REPLY,
    ),
]

# (dotted key in core.yml or validation.yml, ICU/Laravel values, note, code)
_FL_OWN: list[tuple[str, tuple[str, ...], str, str | None]] = [
    (
        "core.lib.error.generic_message",
        (),
        "what the admin's alert says when the test mail throws (a 500 from the API, the "
        "reason only in the log); nothing on the path narrows it",
        None,
    ),
    (
        "core.admin.email.not_sending_message",
        (),
        "the mail page's notice when the driver cannot send (the null driver or its settings "
        "failed validation); no reason given",
        None,
    ),
    ("core.lib.error.permission_denied_message", (), "a 403 from the API", None),
    ("core.lib.error.rate_limit_exceeded_message", (), "the forum's own throttle", None),
    ("core.lib.error.not_found_message", (), "a 404 from the API", None),
    ("core.lib.error.payload_too_large_message", (), "an upload too large", None),
    ("core.lib.error.db_error_message", (), "a database query failed", None),
    ("core.forum.log_in.invalid_login_message", (), "the forum's own sign-in", None),
    ("core.forum.change_email.incorrect_password_message", (), "changing the e-mail", None),
    ("core.forum.forgot_password.not_found_message", (), "password reset: no such user", None),
    ("core.views.error.csrf_token_mismatch", (), "a stale session's CSRF token", None),
    ("core.views.error.invalid_confirmation_token", (), "an e-mail confirmation link", None),
    ("core.views.error.maintenance_mode_message", (), "maintenance mode", None),
    ("core.api.invalid_username_message", (), "sign-up validation of the username", None),
    ("validation.required", ("attribute=email",), "form validation of a required field", None),
    ("validation.email", ("attribute=email",), "form validation of an e-mail field", None),
]
for _key, _values, _note, _code in _FL_OWN:
    FLARUM_PICKS.append(
        Pick(_key, _code, _values, f"locale {_key.split('.')[0]}.yml: {_note}", "", "yaml")
    )


def _pt_lang(
    repo: Path, commit: str, at: str, pick: Pick, cache: dict
) -> tuple[dict[str, str], dict[str, str]]:
    name, key = pick.key.split(".", 1)
    path = f"resources/lang/en/{name}.php"
    if name not in cache:
        cache[name] = read_lang(git(repo, "show", f"{commit}:{path}"))
    return {"en": _fill(cache[name][key], pick.values)}, {"en": f"{at}:{path}#{key}"}


def _lib_source(
    mirrors: Path, path: str, after: str, at: str, repo: Path, commit: str, pick: Pick
) -> str:
    assert pick.context
    line = _after_line(repo, commit, path, after, pick.context)
    lib_repo, lib_commit = _library(mirrors, SYMFONY)
    where = _where(lib_repo, lib_commit, pick.then, _LIB_PATHS)
    return f"{at}:{path}:{line} (then {SYMFONY[0]}@{lib_commit[:12]}:{where})"


def pterodactyl(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, PTERODACTYL)
    at = f"{PTERODACTYL[0]}@{commit[:12]}"
    # symfony/mailer v7.1.5 in the lock
    assert '"reference": "bbf21460c56f29810da3df3e206e38dfbb01e80b"' in git(
        repo, "show", f"{commit}:composer.lock"
    )
    cache: dict = {}
    entries = []
    for index, pick in enumerate(PTERODACTYL_PICKS):
        if pick.table == "lang":
            texts, sources = _pt_lang(repo, commit, at, pick, cache)
        else:
            source = _lib_source(mirrors, _PT_PATH, "public function test(", at, repo, commit, pick)
            texts, sources = {"en": pick.key}, {"en": source}
        entries.append(_entry("Pterodactyl Panel", f"pterodactyl.{index}", pick, texts, sources))
    return entries


def _yaml_table(repo: Path, commit: str, path: str) -> dict:
    import yaml  # PyYAML, as Flarum's locale files are YAML

    return yaml.safe_load(git(repo, "show", f"{commit}:{path}")) or {}


def _yaml_get(table: dict, key: str) -> str | None:
    for _ in range(4):  # Flarum's "=> other.key" references
        node: object = table
        for part in key.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if not isinstance(node, str) or not node.strip():
            return None
        if not node.startswith("=> "):
            return node
        key = node[3:].strip()
    return None


def _flarum_fill(text: str, values: tuple[str, ...]) -> str:
    for pair in values:
        name, value = pair.split("=", 1)
        needle = f":{name}" if f":{name}" in text else "{" + name + "}"
        assert needle in text, (text, needle)
        text = text.replace(needle, value)
    return text


def flarum(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, FLARUM)
    at = f"{FLARUM[0]}@{commit[:12]}"
    assert '"illuminate/mail": "^11.0"' in git(
        repo, "show", f"{commit}:framework/core/composer.json"
    )
    tables: dict[tuple[str, str], tuple[str, dict]] = {}

    def table(lang: str, name: str) -> tuple[str, dict]:
        if (lang, name) not in tables:
            if lang == "en":
                path = f"framework/core/locale/{name}.yml"
                tables[(lang, name)] = (f"{at}:{path}", _yaml_table(repo, commit, path))
            else:
                pin, folder = FLARUM_LANG[lang]
                lang_repo, lang_commit = _library(mirrors, pin)
                path = f"locale/{folder}{name}.yml"
                tables[(lang, name)] = (
                    f"{pin[0]}@{lang_commit[:12]}:{path}",
                    _yaml_table(lang_repo, lang_commit, path),
                )
        return tables[(lang, name)]

    entries = []
    for index, pick in enumerate(FLARUM_PICKS):
        if pick.table == "yaml":
            name = pick.key.split(".")[0]
            where, en_table = table("en", name)
            english = _yaml_get(en_table, pick.key)
            assert english, pick.key
            texts = {"en": _flarum_fill(english, pick.values)}
            sources = {"en": f"{where}#{pick.key}"}
            for lang in FLARUM_LANG:
                where, lang_table = table(lang, name)
                words = _yaml_get(lang_table, pick.key)
                if not words or words == english:
                    continue
                if any(
                    f":{p.split('=')[0]}" not in words and "{" + p.split("=")[0] + "}" not in words
                    for p in pick.values
                ):
                    continue  # the translation lost the placeholder
                texts[lang] = _flarum_fill(words, pick.values)
                sources[lang] = f"{where}#{pick.key}"
        else:
            source = _lib_source(
                mirrors, _FL_PATH, "public function handle(", at, repo, commit, pick
            )
            texts, sources = {"en": pick.key}, {"en": source}
        entries.append(_entry("Flarum", f"flarum.{index}", pick, texts, sources))
    return entries


ABOUT = (
    "The forty-fourth held-out set (tools/extract_forty_fourth.py): Pterodactyl Panel's mail "
    "test (the admin's mail settings 'Test', MailController::test() answers 500 with the "
    "exception's message, the page prefixes 'An error occurred while attempting to test mail "
    "settings: '; Symfony Mailer's English at the locked v7.1.5, en only) and its own messages "
    "(resources/lang/en/*.php, English only), pterodactyl/panel of October 2024; Flarum 2.0's "
    "'Send Test Mail' (SendTestMailController, nothing caught: the log's and the debug page's "
    "exception message, Symfony Mailer v7.1.5 as illuminate/mail ^11 brings it, en only) and its "
    "own messages (framework/core/locale/*.yml, translations from the flarum-lang packs german "
    "(informal), french, spanish (informal), italian, dutch, polish), flarum/framework of "
    "October 2024; extracted and labelled blind from the code; code null: no mail-settings "
    "problem or nothing narrowing it. A language without a translation or with the English one "
    "is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, pterodactyl, flarum)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
