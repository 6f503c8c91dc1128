"""Developer tool: the forty-seventh blind held-out set (Passbolt's and Authelia's SMTP errors).

Passbolt (the admin's Email server settings "Send test email": POST /smtp/email,
plugins/PassboltCe/SmtpSettings/src/Controller/SmtpSettingsEmailController.php sendTestEmail()
answers 400 with $e->getMessage() of whatever the mailer threw, plus the SMTP trace): the
transport is CakePHP's Mailer SmtpTransport (via App\\Mailer\\Transport\\DebugSmtpTransport),
composer.lock pins cakephp/cakephp 5.2.12; that commit is not in the stored snapshot, so the
reasons are read in the snapshot's 5.x branch (src/Mailer/Transport/SmtpTransport.php,
src/Network/Socket.php), English only (the library's SocketException texts are not
translated); PHP's own stream warnings as PHP words them. Passbolt's own messages
(resources/locales/<ll>/default.po: de_DE, fr_FR, es_ES, it_IT, nl_NL, pl_PL, pt_BR, ja_JP),
mostly code null. Authelia (the SMTP notifier: internal/notification/smtp_notifier.go
StartupCheck() at start-up, logged by internal/middlewares/startup.go as "Error occurred
running a startup check", and Send() for the identity verification and password-changed
mails): github.com/wneessen/go-mail v0.8.1 as go.mod pins it (client.go, smtp/, senderror.go)
and Go's net, crypto/tls, crypto/x509 and net/textproto words as they reach the error; English
only. Authelia's portal messages (internal/server/locales/<ll>/portal.json and settings.json:
de-DE, fr-FR, es-ES, it-IT, nl-NL, pl-PL, pt-BR, ja-JP), code null. Labelled blind from the
code.

    python -m tools.extract_forty_seventh MIRRORS_DIR benchmarks/data/forty_seventh_texts.json

MIRRORS_DIR holds `passbolt+passbolt_api/repo`, `cakephp+cakephp/repo`,
`authelia+authelia/repo` and `wneessen+go-mail/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

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

PASSBOLT = ("passbolt/passbolt_api", "e3aa15fea3f88661d7a732ccb7fbb40d7ae685d3")
# The stored cakephp/cakephp snapshot (5.x of October 2024); the lock's 5.2.12 reference
# e2cdc8f1c907d204f4bccf76bac1b2b93eea922e is not in it.
CAKEPHP = ("cakephp/cakephp", "e15d186e05e9e02231d53ba3bb6daa9290c3a470")
AUTHELIA = ("authelia/authelia", "23572030b4048922a377ca40d59e804e0ed25fd7")
GOMAIL = ("wneessen/go-mail", "2ac36f08567b2a215ebaffdfebcd8f82f165f256")  # v0.8.1

PB_LANGS = {
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pl": "pl_PL",
    "pt-BR": "pt_BR",
    "ja": "ja_JP",
}
AU_LANGS = {
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "it": "it-IT",
    "nl": "nl-NL",
    "pl": "pl-PL",
    "pt-BR": "pt-BR",
    "ja": "ja-JP",
}

_CAKE_PATHS = ("src/Mailer/Transport/SmtpTransport.php", "src/Network/Socket.php")
_PB_PATH = "plugins/PassboltCe/SmtpSettings/src/Controller/SmtpSettingsEmailController.php"
_PB = (
    "the administration's Email server settings 'Send test email' -> POST /smtp/email -> "
    "SmtpSettingsEmailController::sendTestEmail(): SmtpSettingsTestEmailService -> "
    "SmtpSettingsSendTestMailerService (DebugSmtpTransport, a CakePHP SmtpTransport with host, "
    "port, username, password, tls (STARTTLS), client) -> catch Throwable -> "
    "$this->error($e->getMessage(), debug trace, 400): the outer exception's message only; "
)
_SOCKET = (
    "Cake Network/Socket.php connect(): stream_socket_client() fails with an errno, the PHP "
    "warning the connection error handler collected becomes the SocketException's message: "
)
_GAI = (
    "Cake Network/Socket.php connect(): stream_socket_client() fails with errno 0, its errstr "
    "(PHP's getaddrinfo text) becomes the SocketException's message: "
)
_REPLY = (
    "Cake SmtpTransport::_smtpSend(): a reply whose code is not the expected one becomes "
    "'SMTP Error: ' + the reply's LAST line: "
)
_CAKE_REPLY = "sprintf('SMTP Error: %s', $response)"
_CAKE_SOCKET = 'implode("\\n", $this->_connectionErrors)'
_CAKE_ERRSTR = "throw new SocketException($errStr, $errNum);"


def _pb(text: str, code: str, why: str, then: str) -> Pick:
    return Pick(text, code, (), _PB + why, then, "lib")


_GMAIL_ID = "d2e1a72fcca58-71e5a1b2c3dsm1234567b3a.12 - gsmtp"
_M365 = "[AM0PR01CA0123.eurprd01.prod.exchangelabs.com 2026-05-12T10:11:12.345Z 08DC6A1B2C3D4E5F]"

PASSBOLT_PICKS: list[Pick] = [
    _pb(
        "stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection refused)",
        "PORT_CLOSED",
        _SOCKET + "ECONNREFUSED, nothing listens on the port",
        _CAKE_SOCKET,
    ),
    _pb(
        "stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out)",
        "PORT_FILTERED",
        _SOCKET + "ETIMEDOUT, the SYN is dropped (a firewall)",
        _CAKE_SOCKET,
    ),
    _pb(
        "stream_socket_client(): Unable to connect to smtp.example.com:25 (No route to host)",
        "HOST_UNREACHABLE",
        _SOCKET + "EHOSTUNREACH, no route to the host",
        _CAKE_SOCKET,
    ),
    _pb(
        "stream_socket_client(): Unable to connect to 2001:db8::25:587 (Network is unreachable)",
        "IPV6_BROKEN",
        _SOCKET + "the host given as an IPv6 address, the Passbolt server has no IPv6 route",
        _CAKE_SOCKET,
    ),
    _pb(
        "php_network_getaddresses: getaddrinfo for smtp.example.com failed: Name or service not "
        "known",
        "HOST_NOT_FOUND",
        _GAI + "EAI_NONAME, the host name has no address",
        _CAKE_ERRSTR,
    ),
    _pb(
        "php_network_getaddresses: getaddrinfo for smtp.example.com failed: Temporary failure in "
        "name resolution",
        "DNS_FAILURE",
        _GAI + "EAI_AGAIN, the resolver could not be asked (a container without DNS)",
        _CAKE_ERRSTR,
    ),
    _pb(
        "SMTP timeout.",
        "NO_GREETING",
        "Cake SmtpTransport::_connect() -> _smtpSend(null, '220'): the TCP connection is made but "
        "no reply line comes within the timeout",
        "'SMTP timeout.'",
    ),
    _pb(
        "SMTP server did not accept the connection or trying to connect to non TLS SMTP server "
        "using TLS.",
        "STARTTLS_FAILED",
        "Cake SmtpTransport::_connect(): tls on, a SocketException from STARTTLS (not accepted) "
        "or from Socket::enableCrypto() (the handshake or the certificate check failed) is "
        "wrapped in this message: switching on STARTTLS failed",
        "trying to connect to non TLS SMTP server using TLS.",
    ),
    _pb(
        "SMTP server did not accept the password.",
        "AUTH_FAILED",
        "Cake SmtpTransport::_authLogin(): the password step of AUTH LOGIN is not answered 235",
        "SMTP server did not accept the password.",
    ),
    _pb(
        "SMTP server did not accept the username.",
        "AUTH_FAILED",
        "Cake SmtpTransport::_authLogin(): the username step of AUTH LOGIN is not answered 334",
        "SMTP server did not accept the username.",
    ),
    _pb(
        "SMTP authentication method not allowed, check if SMTP server requires TLS.",
        "PLAINTEXT_AUTH_DISABLED",
        "Cake SmtpTransport::_authLogin(): AUTH LOGIN answered 504, the server refuses the "
        "mechanism on this (unencrypted) connection",
        "SMTP authentication method not allowed, check if SMTP server requires TLS.",
    ),
    _pb(
        "AUTH command not recognized or not implemented, SMTP server may not require "
        "authentication.",
        "AUTH_NOT_OFFERED",
        "Cake SmtpTransport::_authLogin(): AUTH LOGIN answered 500/502, the server has no AUTH",
        "AUTH command not recognized or not implemented",
    ),
    _pb(
        "Unsupported auth type: GSSAPI NTLM",
        "AUTH_NOT_OFFERED",
        "Cake SmtpTransport::_parseAuthType(): a username saved, the EHLO AUTH line names none of "
        "PLAIN, LOGIN, XOAUTH2",
        "'Unsupported auth type: '",
    ),
    _pb(
        "SMTP Error: 535 5.7.3 Authentication unsuccessful " + _M365,
        "AUTH_FAILED",
        "Cake SmtpTransport::_authXoauth2() (the Microsoft 365 OAuth2 client credentials setting): "
        "AUTH XOAUTH2 not answered 235; " + _REPLY + "the token is refused",
        _CAKE_REPLY,
    ),
    _pb(
        "SMTP Error: 530 5.7.0 Authentication required",
        "AUTH_FAILED",
        "Cake SmtpTransport::_authPlain() accepts 535 as an answer, so a refused AUTH PLAIN goes "
        "on unnoticed and MAIL FROM is then refused 530; " + _REPLY + "the login did not succeed",
        _CAKE_REPLY,
    ),
    _pb(
        "SMTP Error: 530 5.7.0 Must issue a STARTTLS command first",
        "ENCRYPTION_NOT_USED",
        "tls off: " + _REPLY + "the server wants STARTTLS before AUTH/MAIL FROM",
        _CAKE_REPLY,
    ),
    _pb(
        "SMTP Error: 534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
        + _GMAIL_ID,
        "APP_PASSWORD_REQUIRED",
        "Gmail answers AUTH (LOGIN's password step or MAIL FROM after PLAIN) 534-5.7.9 "
        "'Application-specific password required'; " + _REPLY + "only its last line is kept",
        _CAKE_REPLY,
    ),
    _pb(
        "SMTP Error: 553 5.7.1 <passbolt@example.com>: Sender address rejected: not owned by user "
        "admin@example.com",
        "SENDER_REFUSED",
        _REPLY + "MAIL FROM:<the sender email> refused, the login may not send as it",
        _CAKE_REPLY,
    ),
    _pb(
        "SMTP Error: 554 5.7.1 <admin@example.org>: Relay access denied",
        "RELAY_REFUSED",
        _REPLY + "RCPT TO:<the test recipient> refused, no relaying without authentication",
        _CAKE_REPLY,
    ),
    _pb(
        "SMTP Error: 550 5.1.1 <admin@example.org>: Recipient address rejected: User unknown in "
        "virtual mailbox table",
        "RECIPIENT_UNKNOWN",
        _REPLY + "RCPT TO:<the test recipient> does not exist",
        _CAKE_REPLY,
    ),
    _pb(
        "SMTP Error: 554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using "
        "zen.spamhaus.org",
        "REJECTED_AS_SPAM",
        _REPLY + "the greeting (expected 220) is a 554: the server's IP is on a block list",
        _CAKE_REPLY,
    ),
    _pb(
        "SMTP Error: 552 5.3.4 Message size exceeds fixed limit",
        "SIZE_LIMIT",
        _REPLY + "the answer to the message's final '.'",
        _CAKE_REPLY,
    ),
    _pb(
        "SMTP Error: 421 4.7.0 Try again later, closing connection. (MAIL) " + _GMAIL_ID,
        "CONNECTION_CLOSED",
        _REPLY + "a 421 to MAIL FROM naming no limit, the server closes",
        _CAKE_REPLY,
    ),
    _pb(
        "SMTP Error: 451 4.7.500 Server busy. Please try again later from [203.0.113.5]. (S77714) "
        + _M365,
        "RATE_LIMITED",
        _REPLY + "Microsoft 365's S77714 throttle for the sending IP",
        _CAKE_REPLY,
    ),
    _pb(
        "SMTP Error: 550 5.4.5 Daily user sending limit exceeded. " + _GMAIL_ID,
        "RATE_LIMITED",
        _REPLY + "MAIL FROM refused with Gmail's 5.4.5, the daily quota is spent",
        _CAKE_REPLY,
    ),
]

# (msgid, placeholder values, code, why)
_PB_OWN: list[tuple[str, tuple[str, ...], str | None, str]] = [
    (
        "Failed to obtain SMTP OAuth2 access token.",
        (),
        "AUTH_FAILED",
        "SmtpOauthExchangeOnlineService::getAccessToken(): Microsoft's token endpoint refuses the "
        "client credentials (tenant ID, client ID, client secret) before any SMTP is spoken",
    ),
    (
        "Could not validate the smtp settings.",
        (),
        None,
        "SmtpSettingsTestEmailService::validateAndGetSmtpSettings(): the form's own validation",
    ),
    ("A host name is required.", (), None, "EmailConfigurationForm: form validation"),
    (
        "The port number should be between {0} and {1}.",
        ("1", "65535"),
        None,
        "EmailConfigurationForm: form validation of the port",
    ),
    (
        "The sender email should be a valid email address.",
        (),
        None,
        "EmailConfigurationForm: form validation",
    ),
    (
        "The OpenPGP server key cannot be used to decrypt the SMTP settings stored in database.",
        (),
        None,
        "SmtpSettingsGetSettingsInDbService: the server's OpenPGP key, not the mail server",
    ),
    (
        "Could not validate the smtp settings found in database.",
        (),
        None,
        "SmtpSettingsGetSettingsInDbService (the email health check and every send): the stored "
        "settings fail the form's validation, nothing about the mail server",
    ),
    (
        "SSL certification validation for SMTP server is disabled.",
        (),
        None,
        "CustomSslOptionsSmtpSettingsHealthcheck: the health check's warning that "
        "passbolt.plugins.smtpSettings sslVerifyPeer is off, a configuration notice, not a failure",
    ),
    (
        "You need to login to access this location.",
        (),
        None,
        "GpgAuthenticator: Passbolt's own sign-in",
    ),
    ("The authentication failed.", (), None, "JwtLoginController: Passbolt's own sign-in"),
    ("The credentials are invalid.", (), None, "JwtLoginController: Passbolt's own sign-in"),
    (
        "The user OpenPGP key does not exist, or is invalid, or has been deleted.",
        (),
        None,
        "GpgJwtAuthenticator: the user's own OpenPGP key at sign-in",
    ),
    ("The token is expired.", (), None, "AuthenticationTokenGetService: a setup/recover link"),
    ("Unable to authenticate to Duo.", (), None, "the Duo second factor"),
    (
        "You are not allowed to access this location.",
        (),
        None,
        "a controller's permission check",
    ),
    ("Access denied.", (), None, "a table rule: no permission on the resource"),
    (
        "Please provide a valid email address.",
        (),
        None,
        "UserRecoverService: the account recovery form",
    ),
    ("Decryption failed.", (), None, "OpenPGP decryption of a request"),
]
for _msgid, _values, _code, _note in _PB_OWN:
    PASSBOLT_PICKS.append(
        Pick(
            _msgid,
            _code,
            _values,
            f"{_note}; " + ("" if _code else "no mail-settings problem"),
            "",
            "po",
        )
    )


def _pb_fill(text: str, values: tuple[str, ...]) -> str:
    for index, value in enumerate(values):
        needle = "{" + str(index) + "}"
        assert needle in text, (text, needle)
        text = text.replace(needle, value)
    return text


def passbolt(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, PASSBOLT)
    at = f"{PASSBOLT[0]}@{commit[:12]}"
    lock = git(repo, "show", f"{commit}:composer.lock")
    assert '"reference": "e2cdc8f1c907d204f4bccf76bac1b2b93eea922e"' in lock  # cakephp 5.2.12
    cake_repo, cake_commit = _library(mirrors, CAKEPHP)
    catalogs = _po_catalogs(repo, commit, "resources/locales/{}/default.po", PB_LANGS)
    entries = []
    for index, pick in enumerate(PASSBOLT_PICKS):
        if pick.table == "lib":
            line = _after_line(
                repo, commit, _PB_PATH, "function sendTestEmail(", "$this->error($e->getMessage()"
            )
            where = _where(cake_repo, cake_commit, pick.then, _CAKE_PATHS)
            texts = {"en": pick.key}
            sources = {
                "en": f"{at}:{_PB_PATH}:{line} (then {CAKEPHP[0]}@{cake_commit[:12]}:{where})"
            }
        else:
            literal = "__('" + pick.key.replace("'", "\\'") + "'"
            where = _where(repo, commit, literal, ("plugins", "src"))
            texts = {"en": _pb_fill(pick.key, pick.values)}
            sources = {"en": f"{at}:{where}"}
            for lang, (path, catalog) in catalogs.items():
                words = _po_translated(catalog, pick.key)
                if words is None:
                    continue
                if any("{" + str(i) + "}" not in words for i in range(len(pick.values))):
                    continue
                texts[lang] = _pb_fill(words, pick.values)
                sources[lang] = f"{at}:{path}#{pick.key}"
        entries.append(_entry("Passbolt", f"passbolt.{index}", pick, texts, sources))
    return entries


_AU_PATH = "internal/notification/smtp_notifier.go"
_GO_PATHS = ("client.go", "senderror.go", "smtp", "tls.go")
_LOG = 'level=error msg="Error occurred running a startup check" error="{}" provider=notification'
_AU_START = (
    "Authelia start-up: internal/middlewares/startup.go doStartupCheck() -> "
    "SMTPNotifier.StartupCheck() -> go-mail Client.DialWithContext() (dial, greeting, EHLO, "
    "STARTTLS mandatory unless disable_require_tls/disable_starttls, submissions:// implicit "
    "TLS, AUTH via OpportunisticSMTPAuth when a username is set); error wrapped 'failed to dial "
    "connection: ' and logged 'Error occurred running a startup check', then the fatal "
    "'One or more providers had fatal failures performing startup checks'; "
)
_AU_SEND = (
    "Authelia SMTPNotifier.Send() (an identity verification or password-changed mail): "
    "Client.Send() -> go-mail sendSingleMsg(), a SendError (reason, the server's reply as "
    "net/textproto words it 'code message', affected recipient(s), affected message ID) wrapped "
    "'notifier: smtp: failed to send message: ' and logged; the portal only says the operation "
    "failed; "
)
_MSGID = ", affected message ID: <4242.8812345671234.Xa9k2LmQpR7tZw3Bq@example.com>"
_DIAL = "failed to dial connection: "
_AUTH = "SMTP AUTH failed: "
_GO_AUTH = '"SMTP AUTH failed: %w"'
_GO_DIAL = "return err"  # go-mail passes net/tls/textproto errors through unchanged
_GO_TLS = '"STARTTLS mode set to: %q, but target host does not support STARTTLS"'


def _start(error: str, code: str, why: str, then: str) -> Pick:
    return Pick(
        _LOG.format(json.dumps(_DIAL + error)[1:-1]),  # logrus quotes as strconv.Quote
        code,
        (),
        _AU_START + why,
        then,
        "start",
        '"failed to dial connection: %w"',
    )


def _send(error: str, code: str, why: str, then: str) -> Pick:
    return Pick(
        "notifier: smtp: failed to send message: " + error + _MSGID,
        code,
        (),
        _AU_SEND + why,
        then,
        "send",
        '"notifier: smtp: failed to send message: %w"',
    )


_IP = "192.0.2.25"
_LOCAL = "172.18.0.5"
_GM = "5.7.9 "

AUTHELIA_PICKS: list[Pick] = [
    _start(
        f"dial tcp {_IP}:587: connect: connection refused",
        "PORT_CLOSED",
        "Go net: ECONNREFUSED, nothing listens on the address's port",
        "dialContextFunc(ctx, network, c.ServerAddr())",
    ),
    _start(
        f"dial tcp {_IP}:587: i/o timeout",
        "PORT_FILTERED",
        "Go net: the dial's deadline (timeout) passes, the SYN is dropped",
        "dialContextFunc(ctx, network, c.ServerAddr())",
    ),
    _start(
        f"dial tcp {_IP}:25: connect: no route to host",
        "HOST_UNREACHABLE",
        "Go net: EHOSTUNREACH",
        "dialContextFunc(ctx, network, c.ServerAddr())",
    ),
    _start(
        "dial tcp [2001:db8::25]:587: connect: network is unreachable",
        "IPV6_BROKEN",
        "Go net: the host resolves to an IPv6 address first, the container has no IPv6 route",
        "dialContextFunc(ctx, network, c.ServerAddr())",
    ),
    _start(
        "dial tcp: lookup smtp.example.com on 127.0.0.11:53: no such host",
        "HOST_NOT_FOUND",
        "Go net resolver: NXDOMAIN for the address's host",
        "dialContextFunc(ctx, network, c.ServerAddr())",
    ),
    _start(
        "dial tcp: lookup smtp.example.com on 127.0.0.11:53: server misbehaving",
        "DNS_FAILURE",
        "Go net resolver: SERVFAIL from Docker's resolver",
        "dialContextFunc(ctx, network, c.ServerAddr())",
    ),
    _start(
        f"dial tcp: lookup smtp.example.com on 127.0.0.11:53: read udp {_LOCAL}:41234->"
        "127.0.0.11:53: i/o timeout",
        "DNS_FAILURE",
        "Go net resolver: the DNS server does not answer",
        "dialContextFunc(ctx, network, c.ServerAddr())",
    ),
    _start(
        f"read tcp {_LOCAL}:45678->{_IP}:587: i/o timeout",
        "NO_GREETING",
        "go-mail smtp.NewClient(): connected, text.ReadResponse(220) hits the deadline, no "
        "greeting",
        "text.ReadResponse(220)",
    ),
    _start(
        f"read tcp {_LOCAL}:45678->{_IP}:465: i/o timeout",
        "PLAIN_ON_TLS_PORT",
        "address smtp://...:465: a plain dial (mandatory STARTTLS) to the implicit TLS port, the "
        "server waits for a ClientHello, ReadResponse(220) hits the deadline",
        "text.ReadResponse(220)",
    ),
    _start(
        "tls: first record does not look like a TLS handshake",
        "TLS_ON_PLAIN_PORT",
        "address submissions://...:587: go-mail's tls.Dialer starts TLS, the server answers its "
        "plain '220' greeting",
        "tls.Dialer{NetDialer: &netDialer, Config: c.tlsconfig}",
    ),
    _start(
        'STARTTLS mode set to: "TLSMandatory", but target host does not support STARTTLS',
        "STARTTLS_NOT_OFFERED",
        "go-mail Client.tls(): TLSMandatory (Authelia's default), the EHLO answer names no "
        "STARTTLS",
        _GO_TLS,
    ),
    _start(
        "tls: failed to verify certificate: x509: certificate signed by unknown authority",
        "CERT_UNTRUSTED",
        "go-mail smtp.Client.StartTLS() -> ehlo() over tls.Client: the chain does not verify "
        "against the system pool and certificates_directory",
        "c.conn = tls.Client(c.conn, config)",
    ),
    _start(
        "tls: failed to verify certificate: x509: certificate is valid for mail.example.net, "
        "not smtp.example.com",
        "CERT_HOSTNAME_MISMATCH",
        "go-mail smtp.Client.StartTLS(): the certificate names another host than tls.server_name "
        "/ the address's host",
        "c.conn = tls.Client(c.conn, config)",
    ),
    _start(
        "tls: failed to verify certificate: x509: certificate has expired or is not yet valid: "
        "current time 2026-08-22T11:30:00Z is after 2026-07-01T23:59:59Z",
        "CERT_EXPIRED",
        "go-mail smtp.Client.StartTLS(): the server's certificate is past its NotAfter",
        "c.conn = tls.Client(c.conn, config)",
    ),
    _start(
        "tls: server selected unsupported protocol version 301",
        "TLS_OUTDATED",
        "go-mail smtp.Client.StartTLS(): Authelia's tls.minimum_version (TLS 1.2 by default), "
        "the server only offers TLS 1.0",
        "c.conn = tls.Client(c.conn, config)",
    ),
    _start(
        "remote error: tls: handshake failure",
        "TLS_HANDSHAKE_FAILED",
        "go-mail smtp.Client.StartTLS(): the server's alert, no common cipher suite",
        "c.conn = tls.Client(c.conn, config)",
    ),
    _start(
        _AUTH + "535 5.7.8 Error: authentication failed: authentication failure",
        "AUTH_FAILED",
        "go-mail Client.auth() -> smtp.Client.Auth(OpportunisticSMTPAuth): Postfix/Dovecot's 535 "
        "5.7.8 to username/password",
        _GO_AUTH,
    ),
    _start(
        _AUTH
        + "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. "
        + _M365,
        "AUTH_FAILED",
        "go-mail Client.auth(): Microsoft 365's 535 5.7.139 'the user credentials were incorrect'",
        _GO_AUTH,
    ),
    _start(
        _AUTH + "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled "
        "for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. " + _M365,
        "PROTOCOL_DISABLED",
        "go-mail Client.auth(): Microsoft 365's 535 5.7.139, SMTP AUTH switched off",
        _GO_AUTH,
    ),
    _start(
        _AUTH + "534 " + _GM + "Application-specific password required. For more information, "
        "go to\n" + _GM + " https://support.google.com/mail/?p=InvalidSecondFactor " + _GMAIL_ID,
        "APP_PASSWORD_REQUIRED",
        "go-mail Client.auth(): Gmail's 534 5.7.9 (net/textproto joins the lines with a newline), "
        "2-step verification on, an app password needed",
        _GO_AUTH,
    ),
    _start(
        _AUTH + "454 4.7.0 Too many login attempts, please try again later.",
        "RATE_LIMITED",
        "go-mail Client.auth(): a 454 naming too many login attempts",
        _GO_AUTH,
    ),
    _start(
        _AUTH + "unsupported SMTP AUTH types: GSSAPI, NTLM",
        "AUTH_NOT_OFFERED",
        "internal/notification/smtp_auth.go OpportunisticSMTPAuth.Start(): the EHLO AUTH names "
        "none of SCRAM-SHA-256, SCRAM-SHA-1, CRAM-MD5, PLAIN, LOGIN",
        _GO_AUTH,
    ),
    _start(
        _AUTH + "unencrypted connection",
        "ENCRYPTION_NOT_USED",
        "disable_starttls true but disable_require_tls false: go-mail smtp PlainAuth/LoginAuth "
        "Start() refuses to send the password over the plain connection (ErrUnencrypted)",
        _GO_AUTH,
    ),
    _start(
        "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org",
        "REJECTED_AS_SPAM",
        "go-mail smtp.NewClient(): the greeting is a 554, the host's IP is on a block list",
        "text.ReadResponse(220)",
    ),
    _send(
        "sending SMTP MAIL FROM command: 553 5.7.1 <authelia@example.com>: Sender address "
        "rejected: not owned by user auth@example.com",
        "SENDER_REFUSED",
        "MAIL FROM:<notifier.smtp.sender> refused, the login may not send as it",
        '"sending SMTP MAIL FROM command"',
    ),
    _send(
        "sending SMTP RCPT TO command: 554 5.7.1 <john@example.org>: Relay access denied, "
        "affected recipient(s): john@example.org",
        "RELAY_REFUSED",
        "RCPT TO refused, no relaying for an unauthenticated client (no username set)",
        '"sending SMTP RCPT TO command"',
    ),
    _send(
        "sending SMTP RCPT TO command: 550 5.1.1 <john@example.org>: Recipient address rejected: "
        "User unknown in virtual mailbox table, affected recipient(s): john@example.org",
        "RECIPIENT_UNKNOWN",
        "RCPT TO:<the user's e-mail address> does not exist",
        '"sending SMTP RCPT TO command"',
    ),
    _send(
        "sending SMTP RCPT TO command: 452 4.2.2 The email account that you tried to reach is "
        "over quota. " + _GMAIL_ID + ", affected recipient(s): john@gmail.com",
        "RECIPIENT_MAILBOX_FULL",
        "RCPT TO refused with Gmail's 452 4.2.2, the user's mailbox is full",
        '"sending SMTP RCPT TO command"',
    ),
    _send(
        "closing SMTP DATA writer: 552 5.3.4 Message size exceeds fixed limit",
        "SIZE_LIMIT",
        "the answer to the message's final '.'",
        '"closing SMTP DATA writer"',
    ),
    _send(
        "sending SMTP MAIL FROM command: 421 4.7.0 Try again later, closing connection. (MAIL) "
        + _GMAIL_ID,
        "CONNECTION_CLOSED",
        "a 421 to MAIL FROM naming no limit, the server closes",
        '"sending SMTP MAIL FROM command"',
    ),
    _send(
        "sending SMTP MAIL FROM command: 550 5.4.5 Daily user sending limit exceeded. " + _GMAIL_ID,
        "RATE_LIMITED",
        "MAIL FROM refused with Gmail's 550 5.4.5, the daily quota is spent",
        '"sending SMTP MAIL FROM command"',
    ),
]

# (file, key, placeholder values, why)
_AU_OWN: list[tuple[str, str, tuple[str, ...], str]] = [
    ("portal", "Incorrect username or password", (), "the portal's own first-factor sign-in"),
    ("portal", "Incorrect password", (), "the portal's password confirmation"),
    ("portal", "The One-Time Password might be wrong", (), "the TOTP second factor"),
    ("portal", "This device is not registered", (), "the WebAuthn second factor"),
    ("portal", "Device selection was denied by Duo policy", (), "the Duo second factor"),
    ("portal", "Failed to confirm your identity", (), "session elevation, a one-time code"),
    (
        "portal",
        "There was an issue initiating the password reset process",
        (),
        "the password reset start: the backend answers 'Operation failed' whatever failed "
        "(user lookup, token, or the notifier), the reason only in the log; nothing narrows it",
    ),
    ("portal", "There was an issue resetting the password", (), "the password reset finish"),
    (
        "portal",
        "There was an issue completing the process the verification token might have expired",
        (),
        "an identity verification link, expired",
    ),
    ("portal", "Passwords do not match", (), "the password reset form's validation"),
    (
        "portal",
        "The password does not meet the password policy",
        (),
        "the password policy",
    ),
    (
        "portal",
        "Redirection was determined to be unsafe and aborted ensure the redirection URL is correct",
        (),
        "the portal's redirect check",
    ),
    ("portal", "There was an issue signing out", (), "signing out"),
    (
        "settings",
        "Failed to register device, the provided code is expired or has already been used",
        (),
        "registering a second factor with a one-time code",
    ),
    (
        "settings",
        "The One-Time Code either doesn't match the one generated or an unknown error occurred",
        (),
        "the settings' one-time code check",
    ),
]
for _file, _key, _values, _note in _AU_OWN:
    AUTHELIA_PICKS.append(
        Pick(_key, None, _values, f"{_note}; no mail-settings problem", "", f"json:{_file}")
    )


def authelia(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, AUTHELIA)
    at = f"{AUTHELIA[0]}@{commit[:12]}"
    assert "github.com/wneessen/go-mail v0.8.1" in git(repo, "show", f"{commit}:go.mod")
    go_repo, go_commit = _library(mirrors, GOMAIL)
    go_at = f"{GOMAIL[0]}@{go_commit[:12]}"
    tables: dict[tuple[str, str], dict[str, str]] = {}

    def table(folder: str, name: str) -> tuple[str, dict[str, str]]:
        path = f"internal/server/locales/{folder}/{name}.json"
        if (folder, name) not in tables:
            tables[(folder, name)] = json.loads(git(repo, "show", f"{commit}:{path}") or "{}")
        return path, tables[(folder, name)]

    entries = []
    for index, pick in enumerate(AUTHELIA_PICKS):
        if pick.table.startswith("json:"):
            name = pick.table.split(":", 1)[1]
            path, english = table("en", name)
            assert pick.key in english, pick.key
            texts = {"en": english[pick.key]}
            sources = {"en": f"{at}:{path}#{pick.key}"}
            for lang, folder in AU_LANGS.items():
                path, words = table(folder, name)
                text = words.get(pick.key)
                if not text or text == english[pick.key]:
                    continue
                texts[lang] = text
                sources[lang] = f"{at}:{path}#{pick.key}"
        else:
            assert pick.context
            if pick.table == "start":
                line = _after_line(
                    repo, commit, _AU_PATH, "func (n *SMTPNotifier) StartupCheck(", pick.context
                )
            else:
                line = _after_line(
                    repo, commit, _AU_PATH, "func (n *SMTPNotifier) Send(", pick.context
                )
            if "smtp_auth.go" in pick.why:
                where = _where(
                    repo, commit, "unsupported SMTP AUTH types: %s", ("internal/notification",)
                )
                then = f"{at}:{where}"
            else:
                then = f"{go_at}:{_where(go_repo, go_commit, pick.then, _GO_PATHS)}"
            texts = {"en": pick.key}
            sources = {"en": f"{at}:{_AU_PATH}:{line} (then {then})"}
        entries.append(_entry("Authelia", f"authelia.{index}", pick, texts, sources))
    return entries


ABOUT = (
    "The forty-seventh held-out set (tools/extract_forty_seventh.py): Passbolt's 'Send test "
    "email' (SmtpSettingsEmailController answers 400 with the thrown exception's message: "
    "CakePHP's SmtpTransport and Socket texts, read in the stored cakephp 5.x snapshot as the "
    "locked 5.2.12 is not in it, and PHP's stream warnings; en only) and its own messages "
    "(resources/locales/<ll>/default.po), passbolt/passbolt_api of May 2026; Authelia's SMTP "
    "notifier (the start-up check's log line 'Error occurred running a startup check' with "
    "'failed to dial connection: ...', and Send()'s 'notifier: smtp: failed to send message: "
    "...'; go-mail v0.8.1 and Go's net/tls/x509/textproto words, en only) and its portal's own "
    "messages (internal/server/locales/<ll>/portal.json, settings.json), authelia/authelia of "
    "August 2026; extracted and labelled blind from the code; code null: no mail-settings "
    "problem or nothing narrowing it. A language without a translation or with the English one "
    "is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, passbolt, authelia)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
