"""Developer tool: the forty-eighth blind held-out set (Crater's and FOSSBilling's mail tests).

Crater (the admin's Settings > Mail Configuration "Test" opens
resources/scripts/admin/components/modal-components/MailTestModal.vue, whose sendTestMail()
posts to /api/v1/mail/test; app/Http/Controllers/V1/Admin/Settings/MailConfigurationController.php
testEmailConfig() sends TestMail, nothing caught: Laravel 8's JSON error answer carries the
exception's message (APP_DEBUG on; otherwise "Server Error") and resources/scripts/helpers/
error-handling.js handleError() toasts it untranslated): Laravel 8.83's smtp mailer is Swift
Mailer, locked at v6.3.0, en only; its own messages (resources/scripts/locales/<ll>.json, en the
source; the toasts showError() translates), code null. FOSSBilling (the admin's email settings
"Send a Test Email to Yourself": src/modules/Email/templates/admin/mod_email_settings.html.twig
posts email/send_test, src/modules/Email/Api/Admin.php send_test() -> Service::sendTemplate()
with throw_exceptions -> _sendFromQueue(): src/library/FOSSBilling/Mail.php send() wraps
Symfony Mailer's TransportException as __trans('Failed to send email via :transport with the
exception :e'), :e the exception object cast to a string (class, message, file, line, stack
trace), and a text over 350 bytes is cut to 350 after __trans('Error message truncated due to
length, ...'); FOSSBilling.message() shows it): composer.lock pins symfony/mailer v7.4.17, not
in the stored mirrors, so Symfony Mailer's English and throw sites are read at v7.1.5 in
symfony/symfony (src/Symfony/Component/Mailer, unchanged wording in the SMTP transport); its
own messages (FOSSBilling/locale <ll_LL>/LC_MESSAGES/messages.po, which also translates the two
wrappers), code null. Labelled blind from the code.

    python -m tools.extract_forty_eighth MIRRORS_DIR benchmarks/data/forty_eighth_texts.json

MIRRORS_DIR holds `crater-invoice+crater/repo`, `swiftmailer+swiftmailer/repo`,
`FOSSBilling+FOSSBilling/repo`, `FOSSBilling+locale/repo` and `symfony+symfony/repo` as
`fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tools.extract_fortieth import (
    _GMAIL_334,
    _M365,
    _SSL,
    _SW_AUTH,
    _SW_AUTH_WHY,
    _SW_CONNECT,
    _SW_CONNECT_WHY,
    _SW_EMPTY,
    _SW_GAI,
    _SW_NOTLS,
    _SW_REPLY,
    _SW_REPLY_WHY,
    _SW_TIMEOUT,
    _SW_TLS,
    _SW_TLS_WHY,
    _TCP,
    _UNABLE,
    _sw_auth,
    _sw_connect,
    _sw_reply,
)
from tools.extract_fresh_texts import (
    Pick,
    _after_line,
    _entry,
    _library,
    _po_catalogs,
    _po_translated,
    _where,
    git,
    write_set,
)
from tools.extract_thirty_seventh import _auth, _connect, _reply

CRATER = ("crater-invoice/crater", "05d5ce26fdd8d9466009163444e944259bc0cc2a")
SWIFT = ("swiftmailer/swiftmailer", "8a5d5072dca8f48460fce2f4131fcc495eec654c")  # v6.3.0
FOSSBILLING = ("FOSSBilling/FOSSBilling", "56a0871df1240dc1d0d12c1a278fbe3678821982")
FOSS_LOCALE = ("FOSSBilling/locale", "fa626e5966304fa0ca79b59985f36a01c412dc9f")
SYMFONY = ("symfony/symfony", "77c124d43b230777b14125b4ef9179213f1c823f")  # v7.1.5
CRATER_LANG = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pl": "pl",
    "pt-BR": "pt-br",
    "ja": "ja",
}
FOSS_LANG = {
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pl": "pl_PL",
    "pt-BR": "pt_BR",
    "ja": "ja_JP",
}
_GMAIL_ID = "d2e1a72fcca58-71e5a1b2c3dsm1234567b3a.12 - gsmtp"

# Crater ---------------------------------------------------------------------------------------

_CR_PATH = "app/Http/Controllers/V1/Admin/Settings/MailConfigurationController.php"
_CR_SEND = "Mail::to($request->to)->send(new TestMail("
_CR = (
    "resources/scripts/admin/views/settings/MailConfigSetting.vue 'Test' -> MailTestModal.vue "
    "-> stores/mail-driver.js sendTestMail(): POST /api/v1/mail/test -> app/Http/Controllers/"
    "V1/Admin/Settings/MailConfigurationController.php testEmailConfig(): Mail::to(...)->send("
    "new TestMail(...)), nothing caught -> Laravel 8's JSON exception answer {message: "
    "$e->getMessage()} (APP_DEBUG) -> helpers/error-handling.js handleError() -> showError() "
    "default: the toast shows the text untranslated; .env MAIL_HOST, MAIL_PORT, "
    "MAIL_ENCRYPTION -> Laravel 8's TransportManager -> Swift_SmtpTransport (encryption ssl: "
    "ssl:// from the start; tls: STARTTLS sent whatever EHLO says; a refused RCPT TO only "
    "counts as a failed recipient, no exception); "
)


def _cr(text: str, code: str, why: str, then: str) -> Pick:
    return Pick(text, code, (), _CR + why, then, "lib", _CR_SEND)


_CR_PLAIN_465 = "tcp://smtp.example.com:465"

CRATER_PICKS: list[Pick] = [
    _cr(
        _sw_connect("Connection refused", _UNABLE.format(_TCP)),
        "PORT_CLOSED",
        _SW_CONNECT_WHY + "ECONNREFUSED, nothing listens on MAIL_PORT",
        _SW_CONNECT,
    ),
    _cr(
        _sw_connect("Connection timed out", _UNABLE.format(_TCP)),
        "PORT_FILTERED",
        _SW_CONNECT_WHY + "ETIMEDOUT: the port never answers (a firewall drops the SYN)",
        _SW_CONNECT,
    ),
    _cr(
        _sw_connect("No route to host", _UNABLE.format(_TCP)),
        "HOST_UNREACHABLE",
        _SW_CONNECT_WHY + "EHOSTUNREACH: no route to MAIL_HOST",
        _SW_CONNECT,
    ),
    _cr(
        "Connection could not be established with host smtp.example.com :"
        + _SW_GAI
        + "Name or service not known",
        "HOST_NOT_FOUND",
        _SW_CONNECT_WHY + "getaddrinfo EAI_NONAME: MAIL_HOST has no address",
        _SW_CONNECT,
    ),
    _cr(
        "Connection could not be established with host smtp.example.com :"
        + _SW_GAI
        + "Temporary failure in name resolution",
        "DNS_FAILURE",
        _SW_CONNECT_WHY + "getaddrinfo EAI_AGAIN: the resolver could not be asked",
        _SW_CONNECT,
    ),
    _cr(
        "Connection could not be established with host smtp.example.com :stream_socket_client(): "
        + _SSL
        + "1416F086:SSL routines:tls_process_server_certificate:certificate verify failed",
        "CERT_UNTRUSTED",
        _SW_CONNECT_WHY + "MAIL_ENCRYPTION ssl (port 465), the peer's chain does not verify",
        _SW_CONNECT,
    ),
    _cr(
        "Connection could not be established with host smtp.example.com :stream_socket_client(): "
        + _SSL
        + "1408F10B:SSL routines:ssl3_get_record:wrong version number",
        "TLS_ON_PLAIN_PORT",
        _SW_CONNECT_WHY + "MAIL_ENCRYPTION ssl on port 587: the client opens TLS, the server "
        "sends its plain greeting",
        _SW_CONNECT,
    ),
    _cr(
        f"Connection to {_TCP} Timed Out",
        "NO_GREETING",
        "lib/classes/Swift/Transport/StreamBuffer.php readLine(): connected, but no greeting "
        "line before the stream's timeout",
        _SW_TIMEOUT,
    ),
    _cr(
        f"Connection to {_CR_PLAIN_465} Timed Out",
        "PLAIN_ON_TLS_PORT",
        "lib/classes/Swift/Transport/StreamBuffer.php readLine(): MAIL_ENCRYPTION empty (or tls) "
        "on port 465: a plain tcp:// connect, the port speaks implicit TLS and waits for the "
        "ClientHello, so no greeting comes before the stream's timeout",
        _SW_TIMEOUT,
    ),
    _cr(
        "Expected response code 220 but got an empty response",
        "CONNECTION_CLOSED",
        "lib/classes/Swift/Transport/AbstractSmtpTransport.php assertResponseCode(): the "
        "greeting read is empty, the server closed the connection",
        _SW_EMPTY,
    ),
    _cr(
        _sw_reply("220", "502 5.5.1 Error: command not recognized"),
        "STARTTLS_NOT_OFFERED",
        _SW_REPLY_WHY + "MAIL_ENCRYPTION tls: lib/classes/Swift/Transport/EsmtpTransport.php "
        "doHeloCommand() sends STARTTLS although EHLO did not offer it, the server refuses",
        _SW_REPLY,
    ),
    _cr(
        "stream_socket_enable_crypto(): "
        + _SSL
        + "1416F086:SSL routines:tls_process_server_certificate:certificate verify failed",
        "CERT_UNTRUSTED",
        _SW_TLS_WHY + "the chain does not verify",
        _SW_TLS,
    ),
    _cr(
        "stream_socket_enable_crypto(): Peer certificate CN=`mail.example.net' did not match "
        "expected CN=`smtp.example.com'",
        "CERT_HOSTNAME_MISMATCH",
        _SW_TLS_WHY + "PHP's peer_name check: the certificate names another host",
        _SW_TLS,
    ),
    _cr(
        "Unable to connect with TLS encryption",
        "STARTTLS_FAILED",
        "lib/classes/Swift/Transport/EsmtpTransport.php doHeloCommand(): STARTTLS answered 220, "
        "then StreamBuffer::startTLS() returned false: the TLS negotiation failed",
        _SW_NOTLS,
    ),
    _cr(
        _sw_auth(
            "invoices@example.com",
            ("LOGIN", "PLAIN"),
            "535 5.7.8 Error: authentication failed: authentication failure",
        ),
        "AUTH_FAILED",
        _SW_AUTH_WHY + "Postfix/Dovecot's 535 5.7.8 to MAIL_USERNAME/MAIL_PASSWORD",
        _SW_AUTH,
    ),
    _cr(
        _sw_auth(
            "invoices@gmail.com",
            ("LOGIN", "PLAIN", "XOAUTH2"),
            "534-5.7.9 Application-specific password required. For more information, go to\r\n"
            "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor " + _GMAIL_ID,
            {"XOAUTH2": _GMAIL_334},
        ),
        "APP_PASSWORD_REQUIRED",
        _SW_AUTH_WHY + "Gmail's 534 5.7.9: 2-step verification is on, an app password is needed",
        _SW_AUTH,
    ),
    _cr(
        _sw_auth(
            "invoices@example.onmicrosoft.com",
            ("LOGIN", "XOAUTH2"),
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
            "the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. " + _M365,
        ),
        "PROTOCOL_DISABLED",
        _SW_AUTH_WHY + "Microsoft 365's 535 5.7.139: SMTP AUTH is switched off for the tenant",
        _SW_AUTH,
    ),
    _cr(
        _sw_auth(
            "invoices@example.com",
            ("CRAM-MD5", "LOGIN", "PLAIN"),
            "454 4.7.0 Temporary authentication failure: Connection lost to authentication server",
        ),
        "AUTH_TEMPORARY_FAILURE",
        _SW_AUTH_WHY + "a 454 4.7.0: the server's authentication back end is down",
        _SW_AUTH,
    ),
    _cr(
        _sw_reply("250", "530 5.7.0 Must issue a STARTTLS command first"),
        "ENCRYPTION_NOT_USED",
        _SW_REPLY_WHY + "MAIL_ENCRYPTION empty on port 587: no STARTTLS sent, the server "
        "offers AUTH only after it (so the auth handler never ran) and refuses MAIL FROM",
        _SW_REPLY,
    ),
    _cr(
        _sw_reply(
            "250",
            "553 5.7.1 <noreply@example.com>: Sender address rejected: not owned by user "
            "invoices@example.com",
        ),
        "SENDER_REFUSED",
        _SW_REPLY_WHY + "MAIL FROM:<MAIL_FROM_ADDRESS> refused: the login may not send as it",
        _SW_REPLY,
    ),
    _cr(
        _sw_reply(
            "220",
            "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using "
            "zen.spamhaus.org",
        ),
        "REJECTED_AS_SPAM",
        _SW_REPLY_WHY + "the greeting is a 554: the Crater host's IP is on a block list",
        _SW_REPLY,
    ),
    _cr(
        _sw_reply(
            "250",
            "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending "
            "limits go to\r\n550 5.4.5  https://support.google.com/a/answer/166852 " + _GMAIL_ID,
        ),
        "RATE_LIMITED",
        _SW_REPLY_WHY + "MAIL FROM refused with Gmail's 550 5.4.5: the daily quota is spent",
        _SW_REPLY,
    ),
    _cr(
        _sw_reply("250", "552 5.3.4 Message size exceeds fixed limit"),
        "SIZE_LIMIT",
        _SW_REPLY_WHY + "the answer to the message's final '.': too large for the server",
        _SW_REPLY,
    ),
    _cr(
        _sw_reply("250", "421 4.3.2 Service shutting down, closing transmission channel"),
        "CONNECTION_CLOSED",
        _SW_REPLY_WHY + "a 421 to MAIL FROM naming no limit: the server closes",
        _SW_REPLY,
    ),
]

_CR_OWN: list[tuple[str, tuple[str, ...], str]] = [
    ("errors.login_invalid_credentials", (), "the sign-in's 'These credentials do not match'"),
    ("errors.invalid_credentials", (), "showError('invalid_credentials'): a sign-in"),
    ("errors.not_allowed", (), "showError('not_allowed'): a permission"),
    (
        "errors.email_could_not_be_sent",
        (),
        "ForgotPasswordController: no such user for the "
        "reset link (a mail failure would throw instead)",
    ),
    ("validation.email_already_taken", (), "a customer/user form's unique e-mail"),
    ("validation.email_incorrect", (), "form validation of an e-mail field"),
    ("validation.required", (), "form validation of a required field"),
    ("validation.email_does_not_exist", (), "the password reset form"),
    ("validation.password_min_length", ("count=8",), "the password form"),
    (
        "validation.something_went_wrong",
        (),
        "mail-driver.js: the test answered without success: nothing narrows it",
    ),
    ("errors.invoice_number_used", (), "the invoice form"),
    ("errors.api_error", (), "the exchange-rate provider's API"),
    ("errors.invalid_provider_key", (), "the exchange-rate provider's API key"),
    ("validation.at_least_one_ability", (), "the role form's permissions"),
]
for _key, _values, _note in _CR_OWN:
    CRATER_PICKS.append(
        Pick(
            _key,
            None,
            _values,
            f"resources/scripts/locales/en.json {_key}: {_note}; no mail-settings problem",
            "",
            "json",
        )
    )


def _json_get(table: dict, key: str) -> str | None:
    node: object = table
    for part in key.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node if isinstance(node, str) and node.strip() else None


def _brace_fill(text: str, values: tuple[str, ...]) -> str:
    for pair in values:
        name, value = pair.split("=", 1)
        assert "{" + name + "}" in text, (text, name)
        text = text.replace("{" + name + "}", value)
    return text


def crater(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, CRATER)
    at = f"{CRATER[0]}@{commit[:12]}"
    # swiftmailer/swiftmailer v6.3.0 in the lock
    assert f'"reference": "{SWIFT[1]}"' in git(repo, "show", f"{commit}:composer.lock")
    swift, swift_commit = _library(mirrors, SWIFT)
    tables = {}
    for lang, name in {"en": "en", **CRATER_LANG}.items():
        path = f"resources/scripts/locales/{name}.json"
        tables[lang] = (path, json.loads(git(repo, "show", f"{commit}:{path}")))
    entries = []
    for index, pick in enumerate(CRATER_PICKS):
        if pick.table == "json":
            english = _json_get(tables["en"][1], pick.key)
            assert english, pick.key
            texts = {"en": _brace_fill(english, pick.values)}
            sources = {"en": f"{at}:{tables['en'][0]}#{pick.key}"}
            for lang in CRATER_LANG:
                path, table = tables[lang]
                words = _json_get(table, pick.key)
                if not words or words == english:
                    continue
                if any("{" + p.split("=")[0] + "}" not in words for p in pick.values):
                    continue
                texts[lang] = _brace_fill(words, pick.values)
                sources[lang] = f"{at}:{path}#{pick.key}"
        else:
            assert pick.context
            line = _after_line(repo, commit, _CR_PATH, "function testEmailConfig(", pick.context)
            where = _where(swift, swift_commit, pick.then, ("lib/classes/Swift/Transport",))
            texts = {"en": pick.key}
            sources = {
                "en": f"{at}:{_CR_PATH}:{line} (then {SWIFT[0]}@{swift_commit[:12]}:{where})"
            }
        entries.append(_entry("Crater", f"crater.{index}", pick, texts, sources))
    return entries


# FOSSBilling ----------------------------------------------------------------------------------

_FB_SERVICE = "src/modules/Email/Service.php"
_FB_THROW = "throw new \\FOSSBilling\\Exception($truncated);"
_FB_MAIL = "src/library/FOSSBilling/Mail.php"
_FB_WRAP = "Failed to send email via :transport with the exception :e"
_FB_CUT = (
    "Error message truncated due to length, please check the error log for the complete message: "
)
_FB = (
    "src/modules/Email/templates/admin/mod_email_settings.html.twig 'Send a Test Email to "
    "Yourself' -> POST email/send_test -> src/modules/Email/Api/Admin.php send_test() -> "
    "Service::sendTemplate(throw_exceptions) -> _sendFromQueue() -> src/library/FOSSBilling/"
    "Mail.php send(): smtp://user:pass@smtp_host:smtp_port -> Symfony EsmtpTransport (port 465 "
    "implicit TLS, otherwise plain with STARTTLS when offered); a TransportException becomes "
    "__trans('Failed to send email via :transport with the exception :e'), :e the exception "
    "cast to a string (class: message in file:line, stack trace); over 350 bytes it is cut "
    "after __trans('Error message truncated due to length, ...') and FOSSBilling.message() "
    "shows it; "
)
_VENDOR = "/var/www/html/vendor/symfony/mailer"
_NS = "Symfony\\Component\\Mailer\\Transport\\Smtp\\"
_SF = "src/Symfony/Component/Mailer/"
_HOST = "smtp.example.com:587"
_GAI = "php_network_getaddresses: getaddrinfo for smtp.example.com failed: "

# kind: (exception class, thrown in, the throw's literal, frame #0's file, its literal or "")
_KINDS = {
    "connect": (
        "TransportException",
        "Transport/Smtp/Stream/SocketStream.php",
        "throw new TransportException(sprintf('Connection could not be established",
        "Transport/Smtp/Stream/SocketStream.php",
        "$this->stream = stream_socket_client(",
    ),
    "tls": (
        "TransportException",
        "Transport/Smtp/Stream/SocketStream.php",
        "throw new TransportException('Unable to connect with STARTTLS: '",
        "Transport/Smtp/Stream/SocketStream.php",
        "return stream_socket_enable_crypto($this->stream, true);",
    ),
    "greeting": (
        "UnexpectedResponseException",
        "Transport/Smtp/SmtpTransport.php",
        "throw new UnexpectedResponseException(",
        "Transport/Smtp/SmtpTransport.php",
        "$this->assertResponseCode($this->getFullResponse(), [220]);",
    ),
    "reply": (
        "UnexpectedResponseException",
        "Transport/Smtp/SmtpTransport.php",
        "throw new UnexpectedResponseException(",
        "Transport/Smtp/SmtpTransport.php",
        "$this->assertResponseCode($response, $codes);",
    ),
    "auth": (
        "TransportException",
        "Transport/Smtp/EsmtpTransport.php",
        "throw new TransportException($message, $code ?: 535);",
        "Transport/Smtp/EsmtpTransport.php",
        "$this->handleAuth($this->capabilities['AUTH']);",
    ),
    "noauth": (
        "TransportException",
        "Transport/Smtp/EsmtpTransport.php",
        "throw new TransportException(sprintf('Failed to find an authenticator",
        "Transport/Smtp/EsmtpTransport.php",
        "$this->handleAuth($this->capabilities['AUTH']);",
    ),
    "timeout": (
        "TransportException",
        "Transport/Smtp/Stream/AbstractStream.php",
        "throw new TransportException(sprintf('Connection to \"%s\" timed out.'",
        "Transport/Smtp/SmtpTransport.php",
        "$line = $this->stream->readLine();",
    ),
    "closed": (
        "TransportException",
        "Transport/Smtp/Stream/AbstractStream.php",
        "has been closed unexpectedly.'",
        "Transport/Smtp/SmtpTransport.php",
        "$line = $this->stream->readLine();",
    ),
}
_CONNECT_WHY = (
    "Transport/Smtp/Stream/SocketStream.php initialize(): stream_socket_client()'s PHP warning "
    "becomes 'Connection could not be established with host \"host:port\": ' + the warning "
    "(frame #0 the error handler's closure): "
)
_REPLY_WHY = (
    "Transport/Smtp/SmtpTransport.php assertResponseCode(): UnexpectedResponseException "
    '\'Expected response code "..." but got code "...", with message "<the reply>".\': '
)
_AUTH_WHY = (
    "Transport/Smtp/EsmtpTransport.php handleAuth(): each offered authenticator failed, their "
    "messages joined: "
)
_TLS_WHY = (
    "Transport/Smtp/Stream/SocketStream.php startTLS(): after the offered STARTTLS, "
    "stream_socket_enable_crypto()'s warning becomes 'Unable to connect with STARTTLS: ' + it: "
)


def _fb(text: str, code: str, kind: str, why: str, must: str = "") -> Pick:
    """`must`: the part of the reason the 350-byte cut must leave (else the whole message)."""
    return Pick(text, code, (kind, must or text), _FB + why, _KINDS[kind][2], "lib", _FB_THROW)


FOSS_PICKS: list[Pick] = [
    _fb(
        _connect(_HOST, f"Unable to connect to {_HOST} (Connection refused)"),
        "PORT_CLOSED",
        "connect",
        _CONNECT_WHY + "ECONNREFUSED, nothing listens on smtp_port",
    ),
    _fb(
        _connect(_HOST, f"Unable to connect to {_HOST} (Connection timed out)"),
        "PORT_FILTERED",
        "connect",
        _CONNECT_WHY + "ETIMEDOUT: the port never answers (a firewall drops the SYN)",
    ),
    _fb(
        _connect(_HOST, _GAI + "Name or service not known"),
        "HOST_NOT_FOUND",
        "connect",
        _CONNECT_WHY + "getaddrinfo EAI_NONAME: smtp_host has no address",
    ),
    _fb(
        _connect(_HOST, _GAI + "Temporary failure in name resolution"),
        "DNS_FAILURE",
        "connect",
        _CONNECT_WHY + "getaddrinfo EAI_AGAIN: the resolver could not be asked",
    ),
    _fb(
        _connect(_HOST, f"Unable to connect to {_HOST} (No route to host)"),
        "HOST_UNREACHABLE",
        "connect",
        _CONNECT_WHY + "EHOSTUNREACH: no route to smtp_host",
    ),
    _fb(
        _connect(
            "ssl://smtp.example.com:465",
            _SSL + "0A000086:SSL routines::certificate verify failed",
        ),
        "CERT_UNTRUSTED",
        "connect",
        _CONNECT_WHY + "port 465 (implicit TLS), the peer's chain does not verify",
    ),
    _fb(
        _connect(
            "ssl://smtp.example.com:465",
            _SSL + "0A00010B:SSL routines::wrong version number",
        ),
        "TLS_ON_PLAIN_PORT",
        "connect",
        _CONNECT_WHY + "port 465 mapped to implicit TLS, but the server there answers in "
        "plain text (a plain SMTP listener on 465)",
    ),
    _fb(
        'Connection to "smtp.example.com:587" timed out.',
        "NO_GREETING",
        "timeout",
        "Transport/Smtp/Stream/AbstractStream.php readLine(): the TCP connection is made but no "
        "'220' greeting comes before the stream's timeout",
    ),
    _fb(
        'Connection to "smtp.example.com:587" has been closed unexpectedly.',
        "CONNECTION_CLOSED",
        "closed",
        "Transport/Smtp/Stream/AbstractStream.php readLine(): feof() on the socket, the server "
        "hung up mid-dialogue",
    ),
    _fb(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): "
        + _SSL
        + "0A000086:SSL routines::certificate verify failed",
        "CERT_UNTRUSTED",
        "tls",
        _TLS_WHY + "the chain does not verify (a self-hosted relay's own certificate)",
    ),
    _fb(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): Peer certificate "
        "CN=`mail.example.net' did not match expected CN=`smtp.example.com'",
        "CERT_HOSTNAME_MISMATCH",
        "tls",
        _TLS_WHY + "PHP's peer_name check: the certificate names another host",
    ),
    _fb(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): "
        + _SSL
        + "0A000102:SSL routines::unsupported protocol",
        "TLS_OUTDATED",
        "tls",
        _TLS_WHY + "the server only speaks TLS 1.0/1.1, which OpenSSL 3 refuses",
    ),
    _fb(
        _auth(
            "billing@example.com",
            ("LOGIN", "PLAIN"),
            "535 5.7.8 Error: authentication failed: authentication failure",
        ),
        "AUTH_FAILED",
        "auth",
        _AUTH_WHY + "Postfix/Dovecot's 535 5.7.8 to the saved smtp_username/smtp_password",
        "535 5.7.8",
    ),
    _fb(
        _auth(
            "billing@gmail.com",
            ("LOGIN", "PLAIN", "XOAUTH2"),
            "534-5.7.9 Application-specific password required. For more information, go to\r\n"
            "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor " + _GMAIL_ID,
            {"XOAUTH2": _GMAIL_334},
        ),
        "APP_PASSWORD_REQUIRED",
        "auth",
        _AUTH_WHY + "Gmail's 534 5.7.9 to LOGIN and PLAIN: 2-step verification is on, an app "
        "password is needed",
        "534-5.7.9 Appl",
    ),
    _fb(
        _auth(
            "billing@example.com",
            ("LOGIN", "PLAIN"),
            "454 4.7.0 Temporary authentication failure: Connection lost to authentication server",
        ),
        "AUTH_TEMPORARY_FAILURE",
        "auth",
        _AUTH_WHY + "a 454 4.7.0 to AUTH: the server's own authentication back end is down",
        "454 4.7.0",
    ),
    _fb(
        "Failed to find an authenticator supported by the SMTP server, which currently "
        'supports: "gssapi", "ntlm".',
        "AUTH_NOT_OFFERED",
        "noauth",
        "Transport/Smtp/EsmtpTransport.php handleAuth(): a username saved, the EHLO answer's "
        "AUTH names only mechanisms the transport does not speak",
    ),
    _fb(
        _reply("250", "421 4.7.0 Try again later, closing connection. (MAIL) " + _GMAIL_ID),
        "CONNECTION_CLOSED",
        "reply",
        _REPLY_WHY + "a 421 to MAIL FROM naming no limit: the server closes, no code for busy",
    ),
    _fb(
        _reply(
            "250",
            "553 5.7.1 <billing@example.org>: Sender address rejected: not owned by user "
            "billing@example.com",
        ),
        "SENDER_REFUSED",
        "reply",
        _REPLY_WHY + "MAIL FROM:<the company's email> refused: the login may not send as it",
    ),
    _fb(
        _reply("250/251/252", "554 5.7.1 <admin@example.org>: Relay access denied"),
        "RELAY_REFUSED",
        "reply",
        _REPLY_WHY + "RCPT TO:<the admin's address> refused: no relaying for this client (no "
        "smtp_username saved, so no AUTH)",
    ),
    _fb(
        _reply(
            "220",
            "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using "
            "zen.spamhaus.org",
        ),
        "REJECTED_AS_SPAM",
        "greeting",
        _REPLY_WHY + "the greeting is a 554: the FOSSBilling host's IP is on a block list",
    ),
    _fb(
        _reply(
            "354",
            "451 4.7.500 Server busy. Please try again later from [203.0.113.5]. (S77714) " + _M365,
        ),
        "RATE_LIMITED",
        "reply",
        _REPLY_WHY + "DATA refused by Microsoft 365's S77714 throttle for the sending IP",
    ),
    _fb(
        _reply("250", "552 5.3.4 Message size exceeds fixed limit"),
        "SIZE_LIMIT",
        "reply",
        _REPLY_WHY + "the answer to the message's final '.': too large for the server",
    ),
    _fb(
        _reply(
            "250/251/252",
            "552 5.2.2 <admin@example.org>: Recipient address rejected: Mailbox is full",
        ),
        "RECIPIENT_MAILBOX_FULL",
        "reply",
        _REPLY_WHY + "RCPT TO:<the signed-in admin's address> refused: the admin's own mailbox "
        "is over its quota (the test goes to the admin, not to the configured account)",
    ),
    _fb(
        _reply(
            "250",
            "550 5.1.1 <admin@example.org>: Recipient address rejected: User unknown in virtual "
            "mailbox table",
        ),
        "RECIPIENT_UNKNOWN",
        "reply",
        _REPLY_WHY + "RCPT TO:<the signed-in admin's address> refused: no such mailbox",
    ),
]

_FB_OWN: list[tuple[str, tuple[str, ...], str]] = [
    ("Check your login details", (), "src/modules/Staff/Service.php login(): the admin sign-in"),
    (
        "Please check your login details.",
        (),
        "src/modules/Client/Api/Guest.php: the client sign-in",
    ),
    (
        "You do not have permission to access the :mod: module",
        (":mod:=email",),
        "src/library/Box/AppAdmin.php: a staff permission",
    ),
    (
        "You are not allowed to login to admin area from this IP address.",
        (),
        "src/modules/Staff/Api/Guest.php: the admin area's IP allow list",
    ),
    (
        "The link has expired or you have already reset your password.",
        (),
        "src/modules/Client/Api/Guest.php: the password reset link",
    ),
    (
        "This email address is already registered.",
        (),
        "src/modules/Client/Api/Admin.php: a client form's unique e-mail",
    ),
    (
        "Password must include at least one number.",
        (),
        "src/library/FOSSBilling/Validate.php: the password rules",
    ),
    (
        "Minimum password length is 8 characters.",
        (),
        "src/library/FOSSBilling/Validate.php: the password rules",
    ),
    ("Passwords do not match.", (), "src/library/FOSSBilling/Validate.php: the password form"),
    ("Password reset has been disabled", (), "src/modules/Staff/Api/Guest.php: a setting"),
    (
        "Staff member with email :email is already registered.",
        (":email=jane@example.com",),
        "src/modules/Staff/Service.php: the staff form",
    ),
    ("You cannot deactivate your own staff account", (), "src/modules/Staff/Service.php"),
    (
        "The system is undergoing maintenance. Please try again later",
        (),
        "src/library/Box/App.php: maintenance mode",
    ),
    ("Email template not found", (), "src/modules/Email/Service.php: a template id"),
    (
        "Welcome email can only be sent for active clients.",
        (),
        "src/modules/Client/Api/Admin.php: a client's status, not the mail settings",
    ),
]
for _msgid, _values, _note in _FB_OWN:
    FOSS_PICKS.append(Pick(_msgid, None, _values, f"{_note}; no mail-settings problem", "", "po"))


def _arg(text: str) -> str:
    """A string argument as PHP's stack trace prints it (15 characters, then '...')."""
    return f"'{text[:15]}...'" if len(text) > 15 else f"'{text}'"


def _line(repo: Path, commit: str, path: str, literal: str) -> int:
    lines = git(repo, "show", f"{commit}:{_SF}{path}").splitlines()
    found = [i + 1 for i, line in enumerate(lines) if literal in line]
    assert found, (path, literal)
    return found[0]


def _thrown(repo: Path, commit: str, kind: str, message: str) -> str:
    """The TransportException cast to a string, as far as frame #0."""
    cls, path, literal, frame_path, frame_literal = _KINDS[kind]
    line = _line(repo, commit, path, literal)
    frame_line = _line(repo, commit, frame_path, frame_literal)
    if kind in ("connect", "tls"):
        warning = message.split(": ", 1)[1] if kind == "tls" else message.split('": ', 1)[1]
        frame = (
            f"[internal function]: {_NS}Stream\\SocketStream->{{closure}}(2, {_arg(warning)}, "
            f"{_arg(_VENDOR + '/' + path)}, {frame_line})"
        )
    elif kind in ("greeting", "reply"):
        said = message.split(', with message "', 1)[1]
        frame = (
            f"{_VENDOR}/{frame_path}({frame_line}): {_NS}SmtpTransport->assertResponseCode("
            f"{_arg(said)}, Array)"
        )
    elif kind in ("auth", "noauth"):
        frame = f"{_VENDOR}/{frame_path}({frame_line}): {_NS}EsmtpTransport->handleAuth(Array)"
    else:
        frame = f"{_VENDOR}/{frame_path}({frame_line}): {_NS}Stream\\AbstractStream->readLine()"
    return (
        f"Symfony\\Component\\Mailer\\Exception\\{cls}: {message} in {_VENDOR}/{path}:{line}\n"
        f"Stack trace:\n#0 {frame}\n#1 "
    )


def _shown(wrap: str, cut: str, thrown: str) -> str:
    """Mail::send()'s wrapper filled, cut after 350 bytes as Service::_sendFromQueue() does."""
    whole = wrap.replace(":transport", "smtp").replace(":e", thrown).encode()
    assert whole.rindex(b"\n#1 ") >= 350, len(whole)  # the cut lies before frame #1
    return cut + whole[:350].decode() + "..."


def fossbilling(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, FOSSBILLING)
    at = f"{FOSSBILLING[0]}@{commit[:12]}"
    # symfony/mailer v7.4.17 in the lock
    assert '"reference": "b17c9bf3a551d5f635638a3b6c05f06c4dc87584"' in git(
        repo, "show", f"{commit}:composer.lock"
    )
    sf_repo, sf_commit = _library(mirrors, SYMFONY)
    locale, locale_commit = _library(mirrors, FOSS_LOCALE)
    lat = f"{FOSS_LOCALE[0]}@{locale_commit[:12]}"
    catalogs = _po_catalogs(locale, locale_commit, "{}/LC_MESSAGES/messages.po", FOSS_LANG)
    entries = []
    wrap_line = _where(repo, commit, _FB_WRAP, (_FB_MAIL,))
    for index, pick in enumerate(FOSS_PICKS):
        if pick.table == "po":
            where = _where(repo, commit, f"'{pick.key}'", ("src", ":!*tests*"))
            texts = {"en": _colon_fill(pick.key, pick.values)}
            sources = {"en": f"{at}:{where}"}
            for lang, (path, catalog) in catalogs.items():
                words = _po_translated(catalog, pick.key)
                if words is None or any(p.split("=")[0] not in words for p in pick.values):
                    continue
                texts[lang] = _colon_fill(words, pick.values)
                sources[lang] = f"{lat}:{path}"
        else:
            assert pick.context
            thrown = _thrown(sf_repo, sf_commit, pick.values[0], pick.key)
            line = _after_line(repo, commit, _FB_SERVICE, "function _sendFromQueue(", pick.context)
            sf_where = _where(sf_repo, sf_commit, pick.then, (_SF + "Transport/Smtp",))
            must = pick.values[1]
            texts = {"en": _shown(_FB_WRAP, _FB_CUT, thrown)}
            assert must in texts["en"], pick.key
            sources = {
                "en": f"{at}:{_FB_SERVICE}:{line} ({wrap_line}; then {SYMFONY[0]}@"
                f"{sf_commit[:12]}:{sf_where})"
            }
            for lang, (path, catalog) in catalogs.items():
                wrap = _po_translated(catalog, _FB_WRAP)
                cut = _po_translated(catalog, _FB_CUT)
                if wrap is None or cut is None or ":e" not in wrap:
                    continue
                shown = _shown(wrap, cut, thrown)
                if must not in shown:
                    continue  # the cut took the reason
                texts[lang] = shown
                sources[lang] = f"{lat}:{path} (then as en)"
        entries.append(_entry("FOSSBilling", f"fossbilling.{index}", pick, texts, sources))
    return entries


def _colon_fill(text: str, values: tuple[str, ...]) -> str:
    for pair in values:
        name, value = pair.split("=", 1)
        assert name in text, (text, name)
        text = text.replace(name, value)
    return text


ABOUT = (
    "The forty-eighth held-out set (tools/extract_forty_eighth.py): Crater's mail "
    "configuration 'Test' (MailConfigurationController::testEmailConfig(), nothing caught, "
    "Laravel 8's JSON error message toasted untranslated; Swift Mailer's English at the locked "
    "v6.3.0, en only) and its own messages (resources/scripts/locales/<ll>.json), "
    "crater-invoice/crater of February 2023; FOSSBilling's 'Send a Test Email to Yourself' "
    "(Email API send_test() -> Service::_sendFromQueue(): Mail::send() wraps the "
    "TransportException as 'Failed to send email via smtp with the exception ' + the "
    "exception as a string, cut to 350 bytes after 'Error message truncated due to length, "
    "...', both wrappers translated by FOSSBilling/locale; Symfony Mailer's English read at "
    "v7.1.5 in symfony/symfony as the locked v7.4.17 is not stored, vendor path "
    "/var/www/html/vendor/symfony/mailer assumed) and its own messages (translations from "
    "FOSSBilling/locale messages.po), FOSSBilling/FOSSBilling of August 2026; extracted and "
    "labelled blind from the code; code null: no mail-settings problem or nothing narrowing "
    "it. A language without a translation or with the English one is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, crater, fossbilling)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
