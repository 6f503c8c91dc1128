"""Developer tool: the thirty-fifth blind held-out set (Leantime's mailer log, Bagisto's mail).

Leantime (app/Core/Mailer.php: PHPMailer 6.10.0 with exceptions off, whose failures reach only
the debug log, Log::debug($level.' '.$str), which the `email:testemail` command switches on;
the lines are PHPMailer's English at the composer.lock pin, as src/SMTP.php and src/PHPMailer.php
word them, with the server's reply) and Leantime's other notices (app/Language/<ll>.ini): code
null. Bagisto (packages/Webkul/Core/src/Mail/Transport/DynamicMailTransport.php: the SMTP or
Brevo transport the admin configures; the shop's forgot-password form flashes the exception's
message, English: Symfony Mailer's words, read in symfony/symfony@5feb7493c372 because no
snapshot holds the locked symfony/mailer v7.4.14) and Bagisto's own shop and admin messages
(packages/Webkul/{Shop,Admin}/src/Resources/lang/<ll>/app.php). Labelled blind from the code.
HESK is not in this set: no snapshot of it could be fetched; Bagisto replaces it.

    python -m tools.extract_thirty_fifth MIRRORS_DIR benchmarks/data/thirty_fifth_texts.json

MIRRORS_DIR holds `Leantime+leantime/repo`, `PHPMailer+PHPMailer/repo`, `bagisto+bagisto/repo`
and `symfony+symfony/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _entry, _library, _where, git, write_set

LEANTIME = ("Leantime/leantime", "9a9f49f1008f4782b30f6723c54228f4f992e636")
# composer.lock: phpmailer/phpmailer v6.10.0
PHPMAILER = ("PHPMailer/PHPMailer", "bf74d75a1fde6beaa34a0ddae2ec5fce0f72a144")
BAGISTO = ("bagisto/bagisto", "889a7c6bd7200867d528f6ddc2668798e7db05d8")
# composer.lock locks symfony/mailer v7.4.14 and symfony/brevo-mailer v7.4.13; the newest
# snapshot to be had is the monorepo's of October 2024 (7.2-dev), whose Mailer words these
# messages as 7.x does.
SYMFONY = ("symfony/symfony", "5feb7493c372384d78b4931bb76f73c83f49f50e")
LEANTIME_INI = {
    "en": "en-US",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "it": "it-IT",
    "nl": "nl-NL",
    "pl": "pl-PL",
    "pt-BR": "pt-BR",
    "ja": "ja-JP",
}
BAGISTO_LANG = {
    "en": "en",
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pl": "pl",
    "pt-BR": "pt_BR",
    "ja": "ja",
}

_LOG = "Log::debug($level.' '.$str);"
_LT = (
    "app/Core/Mailer.php: PHPMailer(false), exceptions off, so send() only returns false and "
    "the catch that would log ErrorInfo never runs; what a failure leaves is the debug log, "
    "SMTPDebug 4 with Debugoutput Log::debug($level.' '.$str) (email:testemail sets debug; "
    "the level is src/SMTP.php's DEBUG_* constant, or 4 from src/PHPMailer.php edebug()); "
)
_LT_CONNECT = _LT + (
    "src/SMTP.php getSMTPConnection(): stream_socket_client() failed, setError('Failed to "
    "connect to server', '', errno, errstr), edebug('SMTP ERROR: ...: $errstr ($errno)', "
    "DEBUG_CLIENT): "
)
_LT_REPLY = _LT + "src/SMTP.php sendCommand(): the reply is not the expected code, edebug('SMTP "
_LT_REPLY += "ERROR: ' . error . ': ' . last_reply, DEBUG_CLIENT) (its closing CRLF dropped): "
_LT_TLS = _LT + (
    "smtpConnect(): src/SMTP.php startTLS() false after errorHandler() took PHP's warning from "
    "stream_socket_enable_crypto() (setError('Connection failed.', errmsg)); the exception "
    "getSmtpErrorMessage('connect_host') is edebug()ed at 4: "
)
_PM_REPLY = "pm|'SMTP ERROR: ' . $this->error['error'] . ': ' . $this->last_reply"
_PM_CONNECT = 'pm|": $errstr ($errno)"'
_PM_TLS = "pm|$message = $this->getSmtpErrorMessage('connect_host');"
_PM_HOST = "php_network_getaddresses: getaddrinfo for smtp.example.com failed: "
_SSL = "SSL operation failed with code 1. OpenSSL Error messages:\nerror:"

# (key, code, values, why, then = "pm|literal" for a log line, table = log|ini|raw, context)
LEANTIME_PICKS: list[Pick] = [
    Pick(
        "1 SMTP ERROR: Failed to connect to server: Connection refused (111)",
        "PORT_CLOSED",
        (),
        _LT_CONNECT + "errno 111 ECONNREFUSED, nothing listens on LEAN_EMAIL_SMTP_PORT",
        _PM_CONNECT,
        "log",
        _LOG,
    ),
    Pick(
        "1 SMTP ERROR: Failed to connect to server: Connection timed out (110)",
        "PORT_FILTERED",
        (),
        _LT_CONNECT + "errno 110 ETIMEDOUT after Timeout 20 s: the port never answers",
        _PM_CONNECT,
        "log",
        _LOG,
    ),
    Pick(
        f"1 SMTP ERROR: Failed to connect to server: {_PM_HOST}Name or service not known (0)",
        "HOST_NOT_FOUND",
        (),
        _LT_CONNECT + "errno 0, PHP's getaddrinfo EAI_NONAME: LEAN_EMAIL_SMTP_HOSTS does not "
        "resolve",
        _PM_CONNECT,
        "log",
        _LOG,
    ),
    Pick(
        f"1 SMTP ERROR: Failed to connect to server: {_PM_HOST}Temporary failure in name "
        "resolution (0)",
        "DNS_FAILURE",
        (),
        _LT_CONNECT + "getaddrinfo EAI_AGAIN: the resolver gave no answer",
        _PM_CONNECT,
        "log",
        _LOG,
    ),
    Pick(
        "1 SMTP ERROR: Failed to connect to server: No route to host (113)",
        "HOST_UNREACHABLE",
        (),
        _LT_CONNECT + "errno 113 EHOSTUNREACH: no route to the SMTP host",
        _PM_CONNECT,
        "log",
        _LOG,
    ),
    Pick(
        f"3 Connection failed. Error #2: stream_socket_client(): {_SSL}0A00010B:SSL routines::"
        "wrong version number [/var/www/html/vendor/phpmailer/phpmailer/src/SMTP.php line 421]",
        "TLS_ON_PLAIN_PORT",
        (),
        _LT + "LEAN_EMAIL_SMTP_SECURE 'ssl' makes the host ssl://; src/SMTP.php "
        "getSMTPConnection()'s errorHandler() logs PHP's warning at DEBUG_CONNECTION (file and "
        "line of the stream_socket_client() call, Docker's /var/www/html): implicit TLS against "
        "the plain submission port 587, whose plain greeting is no TLS record",
        'pm|"$notice Error #$errno: $errmsg [$errfile line $errline]"',
        "log",
        _LOG,
    ),
    Pick(
        "4 SMTP -> get_lines(): select timed-out in (300 sec)",
        "NO_GREETING",
        (),
        _LT + "src/SMTP.php connect() reads the greeting with get_lines(): stream_select() "
        "waits Timelimit (300 s) and nothing comes (DEBUG_LOWLEVEL): the port accepted the "
        "connection but never greets (STARTTLS or no encryption against port 465)",
        "pm|'SMTP -> get_lines(): select timed-out in ('",
        "log",
        _LOG,
    ),
    Pick(
        "2 SERVER -> CLIENT: * OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE "
        "LITERAL+ STARTTLS AUTH=PLAIN AUTH=LOGIN] Dovecot ready.",
        "WRONG_PROTOCOL",
        (),
        _LT + "src/SMTP.php connect(): the greeting logged at DEBUG_SERVER is an IMAP server's "
        "(port 143 given as the SMTP port); its code is not 220, so the connection is closed",
        "pm|'SERVER -> CLIENT: ' . $this->last_reply",
        "log",
        _LOG,
    ),
    Pick(
        "1 SMTP ERROR: Password command failed: 535 5.7.8 Error: authentication failed: "
        "authentication failure",
        "AUTH_FAILED",
        (),
        _LT_REPLY + "AUTH LOGIN's password answered 535 5.7.8 (Postfix/Dovecot): wrong "
        "LEAN_EMAIL_SMTP_USERNAME or password",
        _PM_REPLY,
        "log",
        _LOG,
    ),
    Pick(
        "4 SMTP Error: Could not authenticate.",
        "AUTH_FAILED",
        (),
        _LT + "src/PHPMailer.php smtpConnect(): authenticate() false, throw "
        "Exception(lang('authenticate')), caught and edebug()ed before QUIT: the server refused "
        "the login",
        "pm|throw new Exception($this->lang('authenticate'));",
        "log",
        _LOG,
    ),
    Pick(
        "2 SERVER -> CLIENT: 535 Incorrect authentication data",
        "AUTH_FAILED",
        (),
        _LT + "src/SMTP.php sendCommand() logs every reply at DEBUG_SERVER: Exim's (cPanel) "
        "answer to a wrong login or password",
        "pm|'SERVER -> CLIENT: ' . $this->last_reply",
        "log",
        _LOG,
    ),
    Pick(
        "1 SMTP ERROR: Password command failed: 534-5.7.9 Application-specific password "
        "required. For more information, go to\n534 5.7.9  https://support.google.com/mail/"
        "?p=InvalidSecondFactor 5b1f17b1804b1-43d0c3c2f5asm12345678f8a.1 - gsmtp",
        "APP_PASSWORD_REQUIRED",
        (),
        _LT_REPLY + "Gmail's two-line 534 5.7.9 to the account password: 2-step verification "
        "wants an app password",
        _PM_REPLY,
        "log",
        _LOG,
    ),
    Pick(
        "1 SMTP ERROR: Password command failed: 535 5.7.139 Authentication unsuccessful, "
        "SmtpClientAuthentication is disabled for the Tenant. Visit "
        "https://aka.ms/smtp_auth_disabled for more information. [AM0PR02CA0001.eurprd02.prod."
        "outlook.com 2026-12-06T09:12:44.000Z 08DD1A2B3C4D5E6F]",
        "PROTOCOL_DISABLED",
        (),
        _LT_REPLY + "Exchange Online: SMTP AUTH is switched off for the tenant",
        _PM_REPLY,
        "log",
        _LOG,
    ),
    Pick(
        "1 SMTP ERROR: AUTH command failed: 504 5.7.4 Unrecognized authentication type",
        "AUTH_NOT_OFFERED",
        (),
        _LT_REPLY + "the AUTH mechanism sent is not one the server takes (Exchange's 504 5.7.4)",
        _PM_REPLY,
        "log",
        _LOG,
    ),
    Pick(
        "1 SMTP ERROR: STARTTLS command failed: 502 5.5.2 Error: command not recognized",
        "STARTTLS_NOT_OFFERED",
        (),
        _LT_REPLY + "LEAN_EMAIL_SMTP_SECURE 'tls' sends STARTTLS whatever EHLO offered; a "
        "server without it answers 502 (Postfix)",
        _PM_REPLY,
        "log",
        _LOG,
    ),
    Pick(
        "4 SMTP Error: Could not connect to SMTP host. STARTTLS command failed TLS not "
        "available due to local problem",
        "STARTTLS_FAILED",
        (),
        _LT + "src/PHPMailer.php smtpConnect(): startTLS() false, the exception "
        "getSmtpErrorMessage('connect_host') (error and detail, the reply without 454 4.7.0) "
        "edebug()ed: the server offered STARTTLS but cannot start it",
        _PM_TLS,
        "log",
        _LOG,
    ),
    Pick(
        "4 SMTP Error: Could not connect to SMTP host. Connection failed. "
        f"stream_socket_enable_crypto(): {_SSL}0A000086:SSL routines::certificate verify failed",
        "CERT_UNTRUSTED",
        (),
        _LT_TLS + "the certificate does not verify against PHP's CA store (verify_peer on: "
        "LEAN_EMAIL_SMTP_SSL_NOVERIFY unset)",
        _PM_TLS,
        "log",
        _LOG,
    ),
    Pick(
        "4 SMTP Error: Could not connect to SMTP host. Connection failed. "
        "stream_socket_enable_crypto(): Peer certificate CN=`*.hosting.example.net' did not "
        "match expected CN=`smtp.example.com'",
        "CERT_HOSTNAME_MISMATCH",
        (),
        _LT_TLS + "verify_peer_name: the certificate names the hosting provider, not the host",
        _PM_TLS,
        "log",
        _LOG,
    ),
    Pick(
        "4 SMTP Error: Could not connect to SMTP host. Connection failed. "
        f"stream_socket_enable_crypto(): {_SSL}0A000102:SSL routines::unsupported protocol",
        "TLS_OUTDATED",
        (),
        _LT_TLS + "the server offers only TLS 1.0/1.1, below OpenSSL 3's floor",
        _PM_TLS,
        "log",
        _LOG,
    ),
    Pick(
        "1 SMTP ERROR: MAIL FROM command failed: 553 5.7.1 <no-reply@example.com>: Sender "
        "address rejected: not owned by user leantime@example.org",
        "SENDER_REFUSED",
        (),
        _LT_REPLY + "MAIL FROM of LEAN_EMAIL_RETURN (or no-reply@<host>) is not the login's "
        "address",
        _PM_REPLY,
        "log",
        _LOG,
    ),
    Pick(
        "4 SMTP Error: The following recipients failed: bob@example.net: <bob@example.net>: "
        "Relay access denied",
        "RELAY_REFUSED",
        (),
        _LT + "src/PHPMailer.php smtpSend(): RCPT TO answered 554 5.7.1, the exception "
        "lang('recipients_failed') with the detail, edebug()ed in postSend(): the server will "
        "not relay for this (unauthenticated) client",
        "pm|throw new Exception($this->lang('recipients_failed') . $errstr",
        "log",
        _LOG,
    ),
    Pick(
        "1 SMTP ERROR: RCPT TO command failed: 550 5.1.1 <bob@example.net>: Recipient address "
        "rejected: User unknown in virtual mailbox table",
        "RECIPIENT_UNKNOWN",
        (),
        _LT_REPLY + "the notified user's address does not exist",
        _PM_REPLY,
        "log",
        _LOG,
    ),
    Pick(
        "1 SMTP ERROR: DATA END command failed: 550 5.7.1 Message rejected as spam by Content "
        "Filtering.",
        "REJECTED_AS_SPAM",
        (),
        _LT_REPLY + "the end of DATA refused by the content filter",
        _PM_REPLY,
        "log",
        _LOG,
    ),
    Pick(
        "1 SMTP ERROR: DATA END command failed: 554 5.2.0 STOREDRV.Submission.Exception:"
        "SubmissionQuotaExceededException; Failed to process message due to a permanent "
        "exception with message [BeginDiagnosticData]Cannot submit message.[EndDiagnosticData]",
        "RATE_LIMITED",
        (),
        _LT_REPLY + "Exchange Online's sending quota of the account is used up",
        _PM_REPLY,
        "log",
        _LOG,
    ),
    Pick(
        "4 SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
        None,
        (),
        _LT + "src/PHPMailer.php smtpSend(): smtpConnect() false whatever the reason (refused, "
        "TLS, login), postSend() edebug()s the exception: nothing in the line narrows it",
        "pm|throw new Exception($this->lang('smtp_connect_failed'), self::STOP_CRITICAL);",
        "log",
        _LOG,
    ),
    # Not a mail-settings problem.
    Pick(
        "address parameter needs to be set",
        None,
        (),
        "app/Command/TestEmailCommand.php: email:testemail without --address",
        "",
        "raw",
        "$io->error('address parameter needs to be set');",
    ),
    Pick(
        "4 Invalid address:  (to): bob.example.net",
        None,
        (),
        _LT + "src/PHPMailer.php addOrEnqueueAnAddress(): the recipient given has no @ (a "
        "typo in --address or the user's email), no server involved",
        "pm|'%s (%s): %s',",
        "log",
        _LOG,
    ),
    Pick(
        "notifications.username_or_password_incorrect",
        None,
        (),
        "app/Domain/Auth/Controllers/Login.php: Leantime sign-in with a wrong user or password",
        "",
        "ini",
        "'notifications.username_or_password_incorrect'",
    ),
    Pick(
        "notification.incorrect_twoFA_code",
        None,
        (),
        "app/Domain/TwoFA/Controllers/Verify.php: a wrong two-factor code at sign-in",
        "",
        "ini",
        "'notification.incorrect_twoFA_code'",
    ),
    Pick(
        "notifications.problem_resetting_password",
        None,
        (),
        "app/Domain/Auth/Controllers/ResetPw.php: the reset link's id is unknown or the reset "
        "failed in the database (the mail was sent before)",
        "",
        "ini",
        "'notifications.problem_resetting_password'",
    ),
    Pick(
        "notification.passwords_dont_match",
        None,
        (),
        "app/Domain/Auth/Controllers/ResetPw.php: the two new passwords differ",
        "",
        "ini",
        "'notification.passwords_dont_match'",
    ),
    Pick(
        "notification.password_not_strong_enough",
        None,
        (),
        "app/Domain/Auth/Controllers/ResetPw.php: the new password fails the strength rule",
        "",
        "ini",
        "'notification.password_not_strong_enough'",
    ),
    Pick(
        "notification.previous_password_incorrect",
        None,
        (),
        "app/Domain/Users/Controllers/EditOwn.php: the old password given is wrong",
        "",
        "ini",
        "'notification.previous_password_incorrect'",
    ),
    Pick(
        "notifications.ticket_save_error_no_access",
        None,
        (),
        "app/Domain/Tickets/Services/Tickets.php: the user's role may not edit the To-Do",
        "",
        "ini",
        "'notifications.ticket_save_error_no_access'",
    ),
    Pick(
        "notifications.ticket_delete_error",
        None,
        (),
        "app/Domain/Tickets/Services/Tickets.php: the user's role may not delete the To-Do",
        "",
        "ini",
        "'notifications.ticket_delete_error'",
    ),
    Pick(
        "notification.invite_failed",
        None,
        (),
        "app/Domain/Users/Controllers/NewUser.php: Users service returns 'invite_failed' when "
        "the invite cannot be created (invite rate limit or database), before any mail",
        "",
        "ini",
        "'notification.invite_failed'",
    ),
    Pick(
        "notification.user_exists",
        None,
        (),
        "app/Domain/Users/Controllers/NewUser.php: a Leantime user with that email exists",
        "",
        "ini",
        "'notification.user_exists'",
    ),
    Pick(
        "notification.no_valid_email",
        None,
        (),
        "app/Domain/Users/Controllers/NewUser.php: the user form's email fails validation",
        "",
        "ini",
        "'notification.no_valid_email'",
    ),
    Pick(
        "notification.error_telegram_chat_not_found",
        None,
        (),
        "app/Domain/Projects/Controllers/ShowProject.php: the Telegram integration's chat",
        "",
        "ini",
        "'notification.error_telegram_chat_not_found'",
    ),
    Pick(
        "notifications.file_upload_error",
        None,
        (),
        "app/Domain/Files/Controllers/ShowAll.php: a file upload failed",
        "",
        "ini",
        "'notifications.file_upload_error'",
    ),
]

_FLASH = "session()->flash('error', $e->getMessage());"
_SHOP_FORGOT = "packages/Webkul/Shop/src/Http/Controllers/Customer/ForgotPasswordController.php"
_BG = (
    "packages/Webkul/Core/src/Mail/Transport/DynamicMailTransport.php (MAIL_MAILER="
    "bagisto-dynamic-smtp, QUEUE_CONNECTION=sync as .env.example sets): the shop's "
    "forgot-password form sends the reset mail in the request, and ForgotPasswordController "
    "catches the exception and flashes $e->getMessage(); "
)
_BG_SMTP = _BG + (
    "buildSmtpTransport(): new EsmtpTransport(host, port, tls: encryption == 'ssl') (TLS and "
    "None both connect plain, STARTTLS automatic when offered); "
)
_BG_CONNECT = _BG_SMTP + (
    "SocketStream::initialize(): stream_socket_client()'s first PHP warning becomes 'Connection "
    'could not be established with host "host:port": \' + the warning: '
)
_BG_REPLY = _BG_SMTP + (
    'SmtpTransport::assertResponseCode(): \'Expected response code "..." but got code "...", '
    'with message "<the reply, trimmed>".\': '
)
_BG_AUTH = _BG_SMTP + (
    "EsmtpTransport::handleAuth(): each offered authenticator (CRAM-MD5, LOGIN, PLAIN, XOAUTH2 "
    "in that order) failed, their messages joined: "
)
_SF_CONNECT = "sf|'Connection could not be established with host \"%s\": '"
_SF_REPLY = "sf|'Expected response code \"%s\" but got '"
_SF_AUTH = 'sf|\'Failed to authenticate on SMTP server with username "%s" using the'
_SF_TLS = "sf|'Unable to connect with STARTTLS: '"
_CONNECT = 'Connection could not be established with host "smtp.example.com:587": '
_LOGIN_535 = (
    'Expected response code "235" but got code "535", with message "535 5.7.8 Error: '
    'authentication failed: authentication failure".'
)
_GMAIL_534 = (
    'Expected response code "235" but got code "534", with message "534-5.7.9 '
    "Application-specific password required. For more information, go to\r\n534 5.7.9  "
    "https://support.google.com/mail/?p=InvalidSecondFactor 5b1f17b1804b1-43d0c3c2f5asm1234567"
    '8f8a.1 - gsmtp".'
)

BAGISTO_PICKS: list[Pick] = [
    Pick(
        _CONNECT + "stream_socket_client(): Unable to connect to smtp.example.com:587 "
        "(Connection refused)",
        "PORT_CLOSED",
        (),
        _BG_CONNECT + "ECONNREFUSED, nothing listens on the configured port",
        _SF_CONNECT,
        "lib",
        _FLASH,
    ),
    Pick(
        _CONNECT + "stream_socket_client(): Unable to connect to smtp.example.com:587 "
        "(Connection timed out)",
        "PORT_FILTERED",
        (),
        _BG_CONNECT + "ETIMEDOUT after default_socket_timeout: the port never answers",
        _SF_CONNECT,
        "lib",
        _FLASH,
    ),
    Pick(
        _CONNECT + f"stream_socket_client(): {_PM_HOST}Name or service not known",
        "HOST_NOT_FOUND",
        (),
        _BG_CONNECT + "getaddrinfo EAI_NONAME: the configured host does not resolve",
        _SF_CONNECT,
        "lib",
        _FLASH,
    ),
    Pick(
        _CONNECT + f"stream_socket_client(): {_PM_HOST}Temporary failure in name resolution",
        "DNS_FAILURE",
        (),
        _BG_CONNECT + "getaddrinfo EAI_AGAIN: the resolver gave no answer",
        _SF_CONNECT,
        "lib",
        _FLASH,
    ),
    Pick(
        _CONNECT + "stream_socket_client(): Unable to connect to smtp.example.com:587 "
        "(No route to host)",
        "HOST_UNREACHABLE",
        (),
        _BG_CONNECT + "EHOSTUNREACH: no route to the SMTP host",
        _SF_CONNECT,
        "lib",
        _FLASH,
    ),
    Pick(
        'Connection could not be established with host "ssl://smtp.example.com:587": '
        f"stream_socket_client(): {_SSL}0A00010B:SSL routines::wrong version number",
        "TLS_ON_PLAIN_PORT",
        (),
        _BG_CONNECT + "encryption SSL makes the url ssl://, implicit TLS against the plain "
        "submission port 587",
        _SF_CONNECT,
        "lib",
        _FLASH,
    ),
    Pick(
        'Connection could not be established with host "ssl://smtp.example.com:465": '
        f"stream_socket_client(): {_SSL}0A000086:SSL routines::certificate verify failed",
        "CERT_UNTRUSTED",
        (),
        _BG_CONNECT + "implicit TLS on 465, the certificate does not verify against PHP's CA "
        "store (verify_peer is on)",
        _SF_CONNECT,
        "lib",
        _FLASH,
    ),
    Pick(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): "
        f"{_SSL}0A000086:SSL routines::certificate verify failed",
        "CERT_UNTRUSTED",
        (),
        _BG_SMTP + "doEhloCommand() STARTTLS, SocketStream::startTLS() turns PHP's warning into "
        "the message: the certificate does not verify",
        _SF_TLS,
        "lib",
        _FLASH,
    ),
    Pick(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): Peer certificate "
        "CN=`mail.hosting.example.net' did not match expected CN=`smtp.example.com'",
        "CERT_HOSTNAME_MISMATCH",
        (),
        _BG_SMTP + "SocketStream::startTLS(): verify_peer_name, the certificate names another "
        "host (the hosting provider's)",
        _SF_TLS,
        "lib",
        _FLASH,
    ),
    Pick(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): "
        f"{_SSL}0A000102:SSL routines::unsupported protocol",
        "TLS_OUTDATED",
        (),
        _BG_SMTP + "SocketStream::startTLS(): the server offers only TLS 1.0/1.1",
        _SF_TLS,
        "lib",
        _FLASH,
    ),
    Pick(
        'Connection to "smtp.example.com:465" timed out.',
        "PLAIN_ON_TLS_PORT",
        (),
        _BG_SMTP + "encryption TLS or None gives tls: false, so port 465 is spoken to in "
        "plain; AbstractStream::readLine() of the 220 greeting times out (the server waits for "
        "a TLS handshake)",
        "sf|'Connection to \"%s\" timed out.'",
        "lib",
        _FLASH,
    ),
    Pick(
        'Connection to "smtp.example.com:587" has been closed unexpectedly.',
        "CONNECTION_CLOSED",
        (),
        _BG_SMTP + "AbstractStream::readLine() hit EOF: the server dropped the connection",
        "sf|'Connection to \"%s\" has been closed unexpectedly.'",
        "lib",
        _FLASH,
    ),
    Pick(
        'Expected response code "220" but got empty code, with message "+OK Dovecot ready.".',
        "WRONG_PROTOCOL",
        (),
        _BG_REPLY + "SmtpTransport::start() wants a 220 greeting and got a POP3 one (port 110)",
        _SF_REPLY,
        "lib",
        _FLASH,
    ),
    Pick(
        'Failed to authenticate on SMTP server with username "shop@example.com" using the '
        'following authenticators: "LOGIN", "PLAIN". Authenticator "LOGIN" returned "'
        + _LOGIN_535
        + '". Authenticator "PLAIN" returned "'
        + _LOGIN_535
        + '".',
        "AUTH_FAILED",
        (),
        _BG_AUTH + "Postfix/Dovecot (AUTH PLAIN LOGIN) answered 535 5.7.8 to both: wrong "
        "username or password",
        _SF_AUTH,
        "lib",
        _FLASH,
    ),
    Pick(
        'Failed to authenticate on SMTP server with username "shop@gmail.com" using the '
        'following authenticators: "LOGIN", "PLAIN", "XOAUTH2". Authenticator "LOGIN" returned "'
        + _GMAIL_534
        + '". Authenticator "PLAIN" returned "'
        + _GMAIL_534
        + '". Authenticator "XOAUTH2" returned "Expected response code "235" but got code '
        '"334", with message "334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJod'
        'HRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==".".',
        "APP_PASSWORD_REQUIRED",
        (),
        _BG_AUTH + "Gmail refuses the account password with 534 5.7.9 (2-step verification: an "
        "app password is needed); XOAUTH2 with the password as token gets Gmail's 334 error "
        "challenge",
        _SF_AUTH,
        "lib",
        _FLASH,
    ),
    Pick(
        'Failed to authenticate on SMTP server with username "shop@example.com" using the '
        'following authenticators: "LOGIN", "XOAUTH2". Authenticator "LOGIN" returned '
        '"Expected response code "235" but got code "535", with message "535 5.7.139 '
        "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. "
        "Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR02CA0001.eurprd02"
        '.prod.outlook.com 2026-12-06T09:12:44.000Z 08DD1A2B3C4D5E6F]".". Authenticator '
        '"XOAUTH2" returned "Expected response code "235" but got code "535", with message "535 '
        "5.7.3 Authentication unsuccessful [AM0PR02CA0001.eurprd02.prod.outlook.com 2026-12-06T0"
        '9:12:45.000Z 08DD1A2B3C4D5E6F]".".',
        "PROTOCOL_DISABLED",
        (),
        _BG_AUTH + "Exchange Online (AUTH LOGIN XOAUTH2): SMTP AUTH is disabled for the tenant",
        _SF_AUTH,
        "lib",
        _FLASH,
    ),
    Pick(
        "Failed to find an authenticator supported by the SMTP server, which currently "
        'supports: "gssapi", "ntlm".',
        "AUTH_NOT_OFFERED",
        (),
        _BG_SMTP + "EsmtpTransport::handleAuth(): a username is set but none of the server's "
        "AUTH mechanisms (lower-cased) is one Symfony has",
        "sf|'Failed to find an authenticator supported by the SMTP server",
        "lib",
        _FLASH,
    ),
    Pick(
        'Expected response code "250" but got code "553", with message "553 5.7.1 '
        '<shop@example.org>: Sender address rejected: not owned by user orders@example.com".',
        "SENDER_REFUSED",
        (),
        _BG_REPLY + "MAIL FROM (the channel's sender email) is not the login's address",
        _SF_REPLY,
        "lib",
        _FLASH,
    ),
    Pick(
        'Expected response code "250" but got code "550", with message "550-5.4.5 Daily user '
        "sending limit exceeded. For more information on Gmail\r\n550-5.4.5 sending limits go "
        "to\r\n550 5.4.5  https://support.google.com/a/answer/166852 a640c23a62f3a-ab7a1c2e3f4"
        'sm123456766b.5 - gsmtp".',
        "RATE_LIMITED",
        (),
        _BG_REPLY + "Gmail refuses MAIL FROM: the account's daily sending limit is reached",
        _SF_REPLY,
        "lib",
        _FLASH,
    ),
    Pick(
        'Expected response code "250/251/252" but got code "554", with message "554 5.7.1 '
        '<bob@example.net>: Relay access denied".',
        "RELAY_REFUSED",
        (),
        _BG_REPLY + "SmtpTransport::doRcptToCommand(): the server will not relay (the username "
        "left empty skips AUTH)",
        _SF_REPLY,
        "lib",
        _FLASH,
    ),
    Pick(
        'Expected response code "250/251/252" but got code "550", with message "550 5.1.1 '
        '<bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table".',
        "RECIPIENT_UNKNOWN",
        (),
        _BG_REPLY + "SmtpTransport::doRcptToCommand(): the customer's address does not exist",
        _SF_REPLY,
        "lib",
        _FLASH,
    ),
    Pick(
        'Expected response code "250" but got code "552", with message "552 5.3.4 Message size '
        'exceeds fixed limit".',
        "SIZE_LIMIT",
        (),
        _BG_REPLY + "the end of DATA refused: the message (an invoice PDF attached) is too big",
        _SF_REPLY,
        "lib",
        _FLASH,
    ),
    Pick(
        'Expected response code "250" but got code "554", with message "554 5.7.1 Spam message '
        'rejected".',
        "REJECTED_AS_SPAM",
        (),
        _BG_REPLY + "the end of DATA refused by the content filter",
        _SF_REPLY,
        "lib",
        _FLASH,
    ),
    Pick(
        "Unable to send an email: Key not found (code 401).",
        "AUTH_FAILED",
        (),
        _BG + 'buildBrevoTransport(): BrevoApiTransport gets 401 {"message": "Key not found"} '
        "and throws HttpTransportException with the message: the Brevo API key is wrong",
        "sf|'Unable to send an email: '.($result['message']",
        "lib",
        _FLASH,
    ),
    Pick(
        "Mail SMTP host is not configured. Please set it in Admin → Configuration → Emails → SMTP.",
        "WRONG_HOST",
        (),
        _BG + "buildSmtpTransport(): neither the admin setting nor MAIL_HOST names a host",
        "",
        "raw",
        "'Mail SMTP host is not configured.",
    ),
    Pick(
        "shop::customers.signup-form.verification-not-sent",
        None,
        (),
        "packages/Webkul/Shop/src/Http/Controllers/Customer/RegistrationController.php "
        "resendVerificationEmail(): any exception while sending the verification mail is "
        "reported and only this shown: nothing narrows the cause",
        "",
        "lang",
        "shop::app.customers.signup-form.verification-not-sent",
    ),
    # Not a mail-settings problem.
    Pick(
        "shop::customers.login-form.invalid-credentials",
        None,
        (),
        "packages/Webkul/Shop/src/Http/Controllers/Customer/SessionController.php: a shop "
        "customer's wrong email or password",
        "",
        "lang",
        "shop::app.customers.login-form.invalid-credentials",
    ),
    Pick(
        "shop::customers.login-form.not-activated",
        None,
        (),
        "SessionController.php: the customer account awaits the admin's approval",
        "",
        "lang",
        "shop::app.customers.login-form.not-activated",
    ),
    Pick(
        "shop::customers.login-form.verify-first",
        None,
        (),
        "SessionController.php: the customer has not confirmed the email address",
        "",
        "lang",
        "shop::app.customers.login-form.verify-first",
    ),
    Pick(
        "shop::customers.forgot-password.email-not-exist",
        None,
        (),
        f"{_SHOP_FORGOT}: the password broker knows no customer with that email",
        "",
        "lang",
        "shop::app.customers.forgot-password.email-not-exist",
    ),
    Pick(
        "shop::customers.forgot-password.already-sent",
        None,
        (),
        f"{_SHOP_FORGOT}: Password::RESET_THROTTLED, a reset link was sent moments ago",
        "",
        "lang",
        "shop::app.customers.forgot-password.already-sent",
    ),
    Pick(
        "shop::customers.signup-form.verify-failed",
        None,
        (),
        "RegistrationController.php: the verification token is unknown",
        "",
        "lang",
        "shop::app.customers.signup-form.verify-failed",
    ),
    Pick(
        "shop::customers.account.profile.index.wrong-password",
        None,
        (),
        "packages/Webkul/Shop/src/Http/Controllers/Customer/CustomerController.php: deleting "
        "the account with a wrong password",
        "",
        "lang",
        "shop::app.customers.account.profile.index.wrong-password",
    ),
    Pick(
        "shop::checkout.coupon.invalid",
        None,
        (),
        "packages/Webkul/Shop/src/Http/Controllers/API/CartController.php: the coupon code",
        "",
        "lang",
        "shop::app.checkout.coupon.invalid",
    ),
    Pick(
        "admin::settings.users.login-error",
        None,
        (),
        "packages/Webkul/Admin/src/Http/Controllers/User/SessionController.php: the admin's "
        "wrong email or password",
        "",
        "lang",
        "admin::app.settings.users.login-error",
    ),
    Pick(
        "admin::settings.users.activate-warning",
        None,
        (),
        "Admin SessionController.php: the admin user is inactive",
        "",
        "lang",
        "admin::app.settings.users.activate-warning",
    ),
    Pick(
        "admin::account.edit.invalid-password",
        None,
        (),
        "packages/Webkul/Admin/src/Http/Controllers/User/AccountController.php: the current "
        "password is wrong",
        "",
        "lang",
        "admin::app.account.edit.invalid-password",
    ),
    Pick(
        "admin::account.messages.invalid-code",
        None,
        (),
        "packages/Webkul/Admin/src/Http/Controllers/User/TwoFactorController.php: a wrong "
        "two-factor code",
        "",
        "lang",
        "admin::app.account.messages.invalid-code",
    ),
    Pick(
        "admin::users.forget-password.create.email-not-exist",
        None,
        (),
        "packages/Webkul/Admin/src/Http/Controllers/User/ForgetPasswordController.php: no "
        "admin with that email",
        "",
        "lang",
        "admin::app.users.forget-password.create.email-not-exist",
    ),
]

_INI_LINE = re.compile(r'^\s*([\w.\-]+)\s*=\s*"(.*)"\s*$', re.M)


def read_leantime_ini(text: str) -> dict[str, str]:
    """app/Language/<ll>.ini as parse_ini_file(INI_SCANNER_RAW) reads it: KEY = "text", the
    quotes off and nothing unescaped; a repeated key's last value wins."""
    return dict(_INI_LINE.findall(text))


_PHP_TOKEN = re.compile(
    r"""'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(=>)|(\[)|(\])|//[^\n]*|/\*.*?\*/""", re.S
)


def read_laravel_lang(text: str) -> dict[str, str]:
    """A nested Laravel lang file (`return ['a' => ['b' => 'text', ...], ...];`) flattened to
    dotted keys, PHP's quoting undone."""
    table: dict[str, str] = {}
    stack: list[str | None] = []
    pending: str | None = None
    last: str | None = None
    arrow = False
    for match in _PHP_TOKEN.finditer(text[text.index("return [") :]):
        single, double, is_arrow, opening, closing = match.groups()
        if single is not None or double is not None:
            if single is not None:
                value = re.sub(r"\\([\\'])", r"\1", single)
            else:
                value = re.sub(r'\\([\\"$])', r"\1", double or "")
            if arrow and pending is not None:
                path = [key for key in stack if key is not None]
                table[".".join([*path, pending])] = value
                pending, arrow, last = None, False, None
            else:
                last = value
        elif is_arrow:
            pending, arrow = last, True
        elif opening:
            stack.append(pending if arrow else None)
            pending, arrow, last = None, False, None
        elif closing:
            if stack:
                stack.pop()
            pending, arrow, last = None, False, None
    return table


def _printf(text: str, values: tuple[str, ...]) -> str:
    for index, value in enumerate(values, 1):
        text = text.replace(f"%{index}$s", value)
    return text


def _named(text: str, values: tuple[str, ...]) -> str:
    for pair in values:
        name, value = pair.split("=", 1)
        text = text.replace(f":{name}", value)
    return text


def _lib_source(mirrors: Path, pin: tuple[str, str], then: str, paths: tuple[str, ...]) -> str:
    repo, commit = _library(mirrors, pin)
    literal = then.split("|", 1)[1]
    return f"{pin[0]}@{commit[:12]}:{_where(repo, commit, literal, paths)}"


def leantime(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, LEANTIME)
    at = f"{LEANTIME[0]}@{commit[:12]}"
    lock = git(repo, "show", f"{commit}:composer.lock")
    assert f'"reference": "{PHPMAILER[1]}"' in lock, "PHPMailer's pin is not the locked one"
    tables = {}
    for lang, name in LEANTIME_INI.items():
        path = f"app/Language/{name}.ini"
        tables[lang] = (path, read_leantime_ini(git(repo, "show", f"{commit}:{path}")))
    entries = []
    for index, pick in enumerate(LEANTIME_PICKS):
        assert pick.context
        if pick.table == "ini":
            english = tables["en"][1][pick.key]
            texts = {"en": _printf(english, pick.values)}
            where = _where(repo, commit, pick.context, ("app/Domain", "app/Core"))
            sources = {"en": f"{at}:{where}"}
            for lang, (path, table) in tables.items():
                words = table.get(pick.key, "")
                if lang == "en" or not words.strip() or words == english:
                    continue
                texts[lang] = _printf(words, pick.values)
                sources[lang] = f"{at}:{path}#{pick.key}"
        else:
            texts = {"en": pick.key}
            sources = {"en": f"{at}:{_where(repo, commit, pick.context, ('app',))}"}
            if pick.then:
                sources["en"] += f" (then {_lib_source(mirrors, PHPMAILER, pick.then, ('src',))})"
        entries.append(_entry("Leantime", f"leantime.{index}", pick, texts, sources))
    return entries


def bagisto(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, BAGISTO)
    at = f"{BAGISTO[0]}@{commit[:12]}"
    tables: dict[tuple[str, str], tuple[str, dict[str, str]]] = {}
    for package in ("shop", "admin"):
        for lang, name in BAGISTO_LANG.items():
            path = f"packages/Webkul/{package.title()}/src/Resources/lang/{name}/app.php"
            tables[(package, lang)] = (
                path,
                read_laravel_lang(git(repo, "show", f"{commit}:{path}")),
            )
    mailer = ("src/Symfony/Component/Mailer", ":(exclude,glob)**/Tests/**")
    entries = []
    for index, pick in enumerate(BAGISTO_PICKS):
        assert pick.context
        if pick.table == "lang":
            package, key = pick.key.split("::", 1)
            english = tables[(package, "en")][1][key]
            texts = {"en": _named(english, pick.values)}
            where = _where(repo, commit, pick.context, ("packages/Webkul/*/src/Http/*",))
            sources = {"en": f"{at}:{where}"}
            for lang in BAGISTO_LANG:
                path, table = tables[(package, lang)]
                words = table.get(key, "")
                if lang == "en" or not words.strip() or words == english:
                    continue
                texts[lang] = _named(words, pick.values)
                sources[lang] = f"{at}:{path}#{key}"
        else:
            texts = {"en": pick.key}
            paths = (_SHOP_FORGOT,) if pick.table == "lib" else ("packages/Webkul/Core/src",)
            sources = {"en": f"{at}:{_where(repo, commit, pick.context, paths)}"}
            if pick.then:
                sources["en"] += f" (then {_lib_source(mirrors, SYMFONY, pick.then, mailer)})"
        entries.append(_entry("Bagisto", f"bagisto.{index}", pick, texts, sources))
    return entries


ABOUT = (
    "The thirty-fifth held-out set (tools/extract_thirty_fifth.py): Leantime's mailer "
    "(app/Core/Mailer.php: PHPMailer 6.10.0 with exceptions off, so a failure shows only in the "
    "debug log that email:testemail switches on, Log::debug($level.' '.$str): PHPMailer's "
    "English at the composer.lock pin with the server's reply, en only) and Leantime's other "
    "notices (app/Language/<ll>.ini), Leantime/leantime of August 2026; Bagisto's mail "
    "(DynamicMailTransport: SMTP or Brevo; the shop's forgot-password form flashes the "
    "exception's message, Symfony Mailer's English read in symfony/symfony of October 2024 as "
    "no snapshot holds the locked symfony/mailer v7.4.14) and Bagisto's shop and admin "
    "messages (packages/Webkul/{Shop,Admin}/src/Resources/lang/<ll>/app.php), bagisto/bagisto "
    "of August 2026; extracted and labelled blind from the code; code null: no settings "
    "problem, or a failure nothing in the code path narrows. A language without a "
    "translation or with the English one is left out. HESK is missing: no snapshot of it "
    "could be fetched; Bagisto takes its place."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, leantime, bagisto)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
