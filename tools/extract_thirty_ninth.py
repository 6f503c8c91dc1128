"""Developer tool: the thirty-ninth blind held-out set (Rallly's mail, osTicket's mail).

Cal.com, the brief's first app, is not in this set: its snapshot (1.2 GB) is too large to
fetch; Rallly takes its place, as the brief allows. Rallly (packages/emails/src/transport.ts
builds a nodemailer SMTP transport from SMTP_HOST/SMTP_PORT/SMTP_SECURE/SMTP_USER/SMTP_PWD;
packages/emails/src/send.tsx catches the send's error and logs it with 'Failed to send email:
<subject>', so the admin reads nodemailer's error message in the log: nodemailer's English read
at v6.9.9, the version apps' pnpm-lock.yaml locks, lib/smtp-connection/index.js, and Node's own
socket/TLS reasons it passes on; en only) and Rallly's own messages
(apps/web/public/locales/<ll>/app.json): code null. osTicket (include/class.email.php: saving an
email account with an active remote mailbox or SMTP logs in at once and shows the exception's
message under the form field; include/class.mailer.php logs 'Unable to email via SMTP' with the
message; the bundled Laminas Mail (include/laminas-mail) words the reasons; English only: the
repository holds no translation) and osTicket's own form errors: code null. Labelled blind from
the code.

    python -m tools.extract_thirty_ninth MIRRORS_DIR benchmarks/data/thirty_ninth_texts.json

MIRRORS_DIR holds `lukevella+rallly/repo`, `nodemailer+nodemailer/repo` and
`osTicket+osTicket/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _entry, _library, _where, git, write_set

RALLLY = ("lukevella/rallly", "c629b3148024e40a115a731d3660d725c9329b0e")
# apps' pnpm-lock.yaml locks nodemailer@6.9.9; the v6.9.9 tag's commit.
NODEMAILER = ("nodemailer/nodemailer", "5a2e10f454e3a02e0ee48d6a7be04e21cafa76ca")
OSTICKET = ("osTicket/osTicket", "4689926b2d3d25754f0ddcf8d4e181a2817f6d56")
RALLLY_LANG = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pl": "pl",
    "pt-BR": "pt-BR",
}

_RL = (
    "packages/emails/src/transport.ts createTransport({host: SMTP_HOST, port: SMTP_PORT, "
    "secure: SMTP_SECURE==='true', auth}) (secure false: plain, STARTTLS when offered; "
    "rejectUnauthorized unless SMTP_REJECT_UNAUTHORIZED=false) -> packages/emails/src/send.tsx "
    "catch: logger.error({error}, 'Failed to send email: ...'): nodemailer 6.9.9's error "
    "message in the log; "
)
_SOCK = "this._onSocketError = error =>"
_SOCK_WHY = (
    "lib/smtp-connection/index.js connect(): the socket's 'error' event goes through "
    "_onError(error, 'ESOCKET') unchanged: Node's own message: "
)
_FMT = "lib/smtp-connection/index.js _formatError(): the message + ': ' + the server's reply; "


def _nm(text: str, code: str | None, literal: str, why: str) -> Pick:
    return Pick(text, code, (), _RL + why, "", "lib", literal)


def _js(key: str, values: tuple[str, ...], why: str) -> Pick:
    return Pick(key, None, values, why, "", "json", key)


_GMAIL_535 = (
    "535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  "
    "https://support.google.com/mail/?p=BadCredentials d2-20020a05600c3ac200b0040e4a1b2c3dsm12"
    "34567wmq.3 - gsmtp"
)
_GMAIL_534 = (
    "534-5.7.9 Application-specific password required. For more information, go to\n534 5.7.9"
    "  https://support.google.com/mail/?p=InvalidSecondFactor x12sm3456789wrs.3 - gsmtp"
)

RALLLY_PICKS: list[Pick] = [
    _nm(
        "Invalid login: " + _GMAIL_535,
        "AUTH_FAILED",
        "'Invalid login'",
        _FMT + "AUTH PLAIN/LOGIN answered with no 235: Gmail refuses the user and password",
    ),
    _nm(
        "Invalid login: " + _GMAIL_534,
        "APP_PASSWORD_REQUIRED",
        "'Invalid login'",
        _FMT + "Gmail's 534 5.7.9: the account has 2-step verification, an app password is "
        "needed in SMTP_PWD",
    ),
    _nm(
        "Invalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is "
        "disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
        "[AM0PR02CA0001.eurprd02.prod.outlook.com 2026-08-01T10:00:00.000Z 08DC12A4B5C6D7E8]",
        "PROTOCOL_DISABLED",
        "'Invalid login'",
        _FMT + "Microsoft 365 has SMTP AUTH switched off for the tenant",
    ),
    _nm(
        "Invalid login: 535 Incorrect authentication data",
        "AUTH_FAILED",
        "'Invalid login'",
        _FMT + "Exim (cPanel) refuses the SMTP_USER/SMTP_PWD pair",
    ),
    _nm(
        "Invalid login: 454 4.7.0 Too many login attempts, please try again later. "
        "b7sm1234567lfa.21 - gsmtp",
        "AUTH_TEMPORARY_FAILURE",
        "'Invalid login'",
        _FMT + "a 454 to AUTH: the server refuses logins for now (too many attempts), a "
        "temporary refusal",
    ),
    _nm(
        'Missing credentials for "PLAIN"',
        "AUTH_FAILED",
        "'Missing credentials for \"'",
        "lib/smtp-connection/index.js login(): transport.ts sets auth when SMTP_USER or "
        "SMTP_PWD is set; one of them is empty, so no credentials can be sent",
    ),
    _nm(
        "connect ECONNREFUSED 203.0.113.10:587",
        "PORT_CLOSED",
        _SOCK,
        _SOCK_WHY + "ECONNREFUSED, nothing listens on SMTP_PORT at that host",
    ),
    _nm(
        "connect EHOSTUNREACH 203.0.113.10:587",
        "HOST_UNREACHABLE",
        _SOCK,
        _SOCK_WHY + "EHOSTUNREACH, no route to the SMTP host",
    ),
    _nm(
        "getaddrinfo ENOTFOUND smtp.exmaple.com",
        "HOST_NOT_FOUND",
        "'EDNS'",
        "lib/smtp-connection/index.js connect(): shared.resolveHostname() fails, "
        "_onError(err, 'EDNS'): Node's resolver finds no such SMTP_HOST",
    ),
    _nm(
        "Connection timeout",
        "PORT_FILTERED",
        "'Connection timeout'",
        "lib/smtp-connection/index.js connect(): the TCP connection is not up within "
        "connectionTimeout (2 minutes): packets to the port are dropped",
    ),
    _nm(
        "Greeting never received",
        "NO_GREETING",
        "'Greeting never received'",
        "lib/smtp-connection/index.js _onConnect(): connected but no 220 within "
        "greetingTimeout (30 s): the server accepts the connection and says nothing (one way: "
        "SMTP_SECURE unset on port 465, where the server waits for a TLS handshake)",
    ),
    _nm(
        "C0A7E8C1B27F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:"
        "../deps/openssl/openssl/ssl/record/ssl3_record.c:355:\n",
        "TLS_ON_PLAIN_PORT",
        _SOCK,
        _SOCK_WHY + "SMTP_SECURE=true makes tls.connect() on a port that greets in plain text "
        "(587/25): OpenSSL reads '220 ' as a record header",
    ),
    _nm(
        "self-signed certificate",
        "CERT_SELF_SIGNED",
        _SOCK,
        _SOCK_WHY + "tls.connect() with rejectUnauthorized (the default now) meets a "
        "self-signed server certificate",
    ),
    _nm(
        "unable to verify the first certificate",
        "CERT_UNTRUSTED",
        _SOCK,
        _SOCK_WHY + "UNABLE_TO_VERIFY_LEAF_SIGNATURE: the server sends no intermediate, the "
        "chain does not reach a trusted root",
    ),
    _nm(
        "certificate has expired",
        "CERT_EXPIRED",
        _SOCK,
        _SOCK_WHY + "CERT_HAS_EXPIRED",
    ),
    _nm(
        "Hostname/IP does not match certificate's altnames: Host: smtp.example.com. is not in "
        "the cert's altnames: DNS:*.mailhost.example.net, DNS:mailhost.example.net",
        "CERT_HOSTNAME_MISMATCH",
        _SOCK,
        _SOCK_WHY + "tls.checkServerIdentity(): SMTP_HOST is not a name in the certificate",
    ),
    _nm(
        "Error upgrading connection with STARTTLS: 454 4.7.0 TLS not available due to local "
        "problem",
        "STARTTLS_FAILED",
        "'Error upgrading connection with STARTTLS'",
        _FMT + "_actionSTARTTLS(): STARTTLS was offered but answered 454",
    ),
    _nm(
        "Connection closed unexpectedly",
        "CONNECTION_CLOSED",
        "new Error('Connection closed unexpectedly'), 'ECONNECTION'",
        "lib/smtp-connection/index.js _onClose(): the server drops the socket mid-session",
    ),
    _nm(
        "Invalid greeting. response=421 4.7.0 mx.example.com Too many concurrent SMTP "
        "connections; please try again later.: 421 4.7.0 mx.example.com Too many concurrent "
        "SMTP connections; please try again later.",
        "OVERLOADED",
        "'Invalid greeting. response='",
        "lib/smtp-connection/index.js _actionGreeting(): the greeting is not 220; _onError() "
        "appends the reply again: a 421 'too many connections', the server is busy",
    ),
    _nm(
        "Mail command failed: 553 5.7.1 <rallly@example.org>: Sender address rejected: not "
        "owned by user noreply@example.com",
        "SENDER_REFUSED",
        "'Mail command failed'",
        _FMT + "_actionMAIL(): MAIL FROM (NOREPLY_EMAIL) is refused: the login may not send as "
        "that address",
    ),
    _nm(
        "Mail command failed: 550 5.7.60 SMTP; Client does not have permissions to send as "
        "this sender",
        "SENDER_REFUSED",
        "'Mail command failed'",
        _FMT + "_actionMAIL(): Microsoft 365 refuses the From address for this mailbox",
    ),
    _nm(
        "Mail command failed: 450 4.7.1 Error: too much mail from 198.51.100.7",
        "RATE_LIMITED",
        "'Mail command failed'",
        _FMT + "_actionMAIL(): a 450 for sending too much: a sending rate limit",
    ),
    _nm(
        "Can't send mail - all recipients were rejected: 554 5.7.1 <guest@example.net>: Relay "
        "access denied",
        "RELAY_REFUSED",
        "'Can\\x27t send mail - all recipients were rejected'",
        _FMT + "_actionRCPT(): the only RCPT TO is refused: relaying without (or before) "
        "authentication",
    ),
    _nm(
        "Can't send mail - all recipients were rejected: 550 5.1.1 <alice@example.net>: "
        "Recipient address rejected: User unknown in virtual mailbox table",
        "RECIPIENT_UNKNOWN",
        "'Can\\x27t send mail - all recipients were rejected'",
        _FMT + "_actionRCPT(): the invitee's address does not exist",
    ),
    _nm(
        "Can't send mail - all recipients were rejected: 452 4.2.2 The email account that you "
        "tried to reach is over quota. Please direct the recipient to "
        "https://support.google.com/mail/?p=OverQuotaTemp a1si123456qkb.45 - gsmtp",
        "RECIPIENT_MAILBOX_FULL",
        "'Can\\x27t send mail - all recipients were rejected'",
        _FMT + "_actionRCPT(): the recipient's mailbox is over quota",
    ),
    _nm(
        "Message failed: 550 5.7.1 Message rejected as spam by Content Filtering.",
        "REJECTED_AS_SPAM",
        "'Message failed'",
        _FMT + "_actionSMTPStream(): the reply after DATA refuses the content as spam",
    ),
    _nm(
        "Message failed: 552 5.3.4 Message size exceeds fixed maximum message size",
        "SIZE_LIMIT",
        "'Message failed'",
        _FMT + "_actionSMTPStream(): the message is larger than the server takes",
    ),
    _nm(
        "Message size larger than allowed 10240000",
        "SIZE_LIMIT",
        "'Message size larger than allowed '",
        "lib/smtp-connection/index.js send(): the EHLO SIZE limit is smaller than the message",
    ),
]

RALLLY_PICKS += [
    _js("accessDenied", (), "app.json: a page the user may not see; no mail settings"),
    _js("actionErrorForbidden", (), "app.json: the server action's FORBIDDEN answer"),
    _js("actionErrorInvalidSession", (), "app.json: the session cookie is no longer valid"),
    _js(
        "actionErrorNetwork",
        (),
        "app.json: the browser cannot reach Rallly's own server; not the mail server",
    ),
    _js("actionErrorPayloadTooLarge", (), "app.json: an upload too large for Rallly"),
    _js("actionErrorTooManyRequests", (), "app.json: Rallly's own API rate limit"),
    _js("authErrorsEmailBlocked", (), "app.json: sign-up blocked for this address by policy"),
    _js("authErrorsEmailNotVerified", (), "app.json: Rallly account not verified yet"),
    _js("authErrorsUserBanned", (), "app.json: the Rallly account is banned"),
    _js("authErrorsUserNotFound", (), "app.json: no Rallly account for this address"),
    _js("captchaFailed", (), "app.json: the sign-up captcha failed"),
    _js("expiredVerificationCode", (), "app.json: the e-mailed login code has expired"),
    _js("invalidEmailAddress", (), "app.json: form validation of an address field"),
    _js("licenseKeyErrorInvalidLicenseKey", (), "app.json: self-hosted licence key refused"),
]

_MB = "$errors['mailbox_auth'] = $ex->getMessage();"
_SM = "$_errors['smtp_auth'] = $ex->getMessage();"
_SEND = '_S("Unable to email via SMTP"),'
_MB_WHY = (
    "include/class.email.php MailBoxAccount update(): with the mailbox active, getMailBox() "
    "logs in at once (include/class.mail.php MailBox -> bundled Laminas Mail IMAP/POP3) and "
    "the exception's message is shown under the form's authentication field; "
)
_SM_WHY = (
    "include/class.email.php SmtpAccount update(): with SMTP active, getSmtp() connects and "
    "authenticates at once (include/class.mail.php Smtp -> bundled Laminas Mail "
    "Protocol/Smtp.php) and the exception's message is shown under the SMTP authentication "
    "field; "
)
_SEND_WHY = (
    "include/class.mailer.php send(): the SMTP account's sendMessage() throws, the system log "
    "gets 'Unable to email via SMTP: <email> (<host info>)' and the message: Laminas "
    "AbstractProtocol::_expect() gives the reply without its code; "
)
_OPEN = "'cannot connect to host%s',"
_OPEN_WHY = (
    "include/laminas-mail/src/Protocol/ProtocolTrait.php setupSocket(): stream_socket_client() "
    "fails; its PHP warning is added with errno = 2 (E_WARNING): "
)
_EXPECT = "throw new Exception\\RuntimeException($errMsg, (int) $cmd);"
_EXPECT_WHY = (
    "Laminas AbstractProtocol::_expect(): a reply code not expected throws the reply's text "
    "without the code; "
)


def _os(text: str, code: str | None, table: str, then: str, why: str) -> Pick:
    base = {"mb": _MB_WHY, "smtp": _SM_WHY, "send": _SEND_WHY}[table]
    context = {"mb": _MB, "smtp": _SM, "send": _SEND}[table]
    return Pick(text, code, (), base + why, then, table, context)


def _own(text: str, literal: str, why: str) -> Pick:
    return Pick(text, None, (), why, "", "app", literal)


def _sock(error: str) -> str:
    return f"cannot connect to host; error = stream_socket_client(): {error} (errno = 2 )"


OSTICKET_PICKS: list[Pick] = [
    _os(
        _sock("Unable to connect to ssl://imap.example.com:993 (Connection refused)"),
        "PORT_CLOSED",
        "mb",
        _OPEN,
        _OPEN_WHY + "ECONNREFUSED, nothing listens on the IMAP port",
    ),
    _os(
        _sock(
            "php_network_getaddresses: getaddrinfo for imap.exmaple.com failed: Name or "
            "service not known"
        ),
        "HOST_NOT_FOUND",
        "mb",
        _OPEN,
        _OPEN_WHY + "the mailbox host name does not resolve",
    ),
    _os(
        _sock("Unable to connect to tcp://pop.example.com:110 (Connection timed out)"),
        "PORT_FILTERED",
        "mb",
        _OPEN,
        _OPEN_WHY + "ETIMEDOUT: no answer at all, a firewall drops the packets",
    ),
    _os(
        _sock(
            "SSL operation failed with code 1. OpenSSL Error messages:\n"
            "error:0A000086:SSL routines::certificate verify failed"
        ),
        "CERT_UNTRUSTED",
        "mb",
        _OPEN,
        _OPEN_WHY + "ssl:// (IMAP SSL, port 993) and PHP verifies the peer by default: the "
        "certificate does not verify against the system CAs (the first warning is shown)",
    ),
    _os(
        _sock(
            "SSL operation failed with code 1. OpenSSL Error messages:\n"
            "error:0A00010B:SSL routines::wrong version number"
        ),
        "TLS_ON_PLAIN_PORT",
        "mb",
        _OPEN,
        _OPEN_WHY + "ssl:// chosen for a port that speaks plain text (143/110): OpenSSL reads "
        "the plain greeting as a record",
    ),
    _os(
        "cannot login, user or password wrong",
        "AUTH_FAILED",
        "mb",
        "throw new Exception('cannot login, user or password wrong');",
        "include/class.mail.php MailBox __construct(): basicAuth() (IMAP LOGIN) returns false",
    ),
    _os(
        "login failed: last request failed",
        "AUTH_FAILED",
        "mb",
        "throw new Exception\\RuntimeException('last request failed');",
        "POP3: Laminas Protocol/Pop3.php readResponse() gets -ERR to USER/PASS, "
        "include/class.mail.php Pop3 login() prefixes 'login failed: '",
    ),
    _os(
        "OAuth2 Authentication Error",
        "AUTH_FAILED",
        "mb",
        "throw new Exception('OAuth2 Authentication Error');",
        "include/class.mail.php MailBox __construct(): AUTHENTICATE XOAUTH2 refused: the "
        "stored token is not accepted for this mailbox",
    ),
    _os(
        "host doesn't allow connection",
        "WRONG_PROTOCOL",
        "mb",
        "throw new Exception\\RuntimeException('host doesn\\'t allow connection');",
        "Laminas Protocol/Imap.php connect(): the first line is not '* OK': what answers on "
        "that port is not an IMAP server (a POP3 or SMTP greeting)",
    ),
    _os(
        "cannot enable TLS",
        "STARTTLS_FAILED",
        "mb",
        "throw new Exception\\RuntimeException('cannot enable TLS');",
        "Laminas Protocol/Imap.php connect(): STARTTLS sent, the TLS negotiation after it "
        "fails (or the tagged answer is not OK); unsure against STARTTLS_NOT_OFFERED",
    ),
    _os(
        "cannot read - connection closed?",
        "CONNECTION_CLOSED",
        "mb",
        "throw new Exception\\RuntimeException('cannot read - connection closed?');",
        "Laminas Protocol/Imap.php nextLine(): the server closed the socket mid-session",
    ),
    _os(
        _sock("Unable to connect to tcp://smtp.example.com:587 (Connection refused)"),
        "PORT_CLOSED",
        "smtp",
        _OPEN,
        _OPEN_WHY + "ECONNREFUSED on the SMTP port",
    ),
    _os(
        _sock("Unable to connect to tcp://smtp.example.com:25 (Network is unreachable)"),
        "HOST_UNREACHABLE",
        "smtp",
        _OPEN,
        _OPEN_WHY + "ENETUNREACH: no route to the SMTP host",
    ),
    _os(
        "smtp.example.com has timed out",
        "NO_GREETING",
        "smtp",
        "throw new Exception\\RuntimeException($this->host . ' has timed out');",
        "Laminas AbstractProtocol::_receive(): Protocol/Smtp.php connect() waits for the 220 "
        "greeting with _expect(220, 300): connected, but the server never greets (one way: "
        "plain SMTP against the implicit-TLS port 465)",
    ),
    _os(
        "Unable to connect via TLS",
        "STARTTLS_FAILED",
        "smtp",
        "throw new Exception\\RuntimeException('Unable to connect via TLS');",
        "Laminas Protocol/Smtp.php helo(): STARTTLS answered 220, stream_socket_enable_crypto() "
        "fails",
    ),
    _os(
        "5.5.1 Error: command not recognized",
        "STARTTLS_NOT_OFFERED",
        "smtp",
        _EXPECT,
        _EXPECT_WHY + "Protocol/Smtp.php helo() sends STARTTLS for TLS security and "
        "_expect(220) gets '502 5.5.1 ...': the server has no STARTTLS",
    ),
    _os(
        "5.7.8 Error: authentication failed: authentication failure",
        "AUTH_FAILED",
        "smtp",
        _EXPECT,
        _EXPECT_WHY + "Protocol/Smtp/Auth/Login.php auth(): _expect(235) after the password "
        "gets Postfix's 535",
    ),
    _os(
        "5.7.9 Application-specific password required. For more information, go to 5.7.9  "
        "https://support.google.com/mail/?p=InvalidSecondFactor x12sm3456789wrs.3 - gsmtp",
        "APP_PASSWORD_REQUIRED",
        "smtp",
        _EXPECT,
        _EXPECT_WHY + "the continuation lines are joined with a space: Gmail's 534 5.7.9 to "
        "AUTH LOGIN, an app password is needed",
    ),
    _os(
        "5.7.139 Authentication unsuccessful, basic authentication is disabled. "
        "[PR3P191CA0012.EURP191.PROD.OUTLOOK.COM 2023-10-20T09:12:00.000Z 08DBD0F1A2B3C4D5]",
        "OAUTH_REQUIRED",
        "smtp",
        _EXPECT,
        _EXPECT_WHY + "Microsoft 365 refuses basic AUTH LOGIN: the account must use OAuth2 "
        "(osTicket offers it)",
    ),
    _os(
        "Unable to email via SMTP: support@example.com (smtp.example.com:587)\n\n5.7.1 "
        "<support@example.com>: Sender address rejected: not owned by user "
        "helpdesk@example.com\n",
        "SENDER_REFUSED",
        "send",
        _EXPECT,
        "Protocol/Smtp.php mail(): MAIL FROM refused; the login may not send as this address",
    ),
    _os(
        "Unable to email via SMTP: support@example.com (smtp.example.com:25)\n\n5.7.1 "
        "<customer@example.net>: Relay access denied\n",
        "RELAY_REFUSED",
        "send",
        _EXPECT,
        "Protocol/Smtp.php rcpt(): RCPT TO refused for an outside address: relaying denied",
    ),
    _os(
        "Unable to email via SMTP: support@example.com (smtp.example.com:587)\n\n5.1.1 "
        "<jdoe@example.net>: Recipient address rejected: User unknown in local recipient "
        "table\n",
        "RECIPIENT_UNKNOWN",
        "send",
        _EXPECT,
        "Protocol/Smtp.php rcpt(): the recipient does not exist",
    ),
    _os(
        "Unable to email via SMTP: support@example.com (smtp.example.com:587)\n\n5.3.4 Message "
        "size exceeds fixed limit\n",
        "SIZE_LIMIT",
        "send",
        _EXPECT,
        "Protocol/Smtp.php data(): the message with its attachments is too large",
    ),
    _os(
        "Unable to email via SMTP: support@example.com (smtp.office365.com:587)\n\n5.7.0 "
        "Authentication unsuccessful, too many failed attempts\n",
        "AUTH_TEMPORARY_FAILURE",
        "send",
        _EXPECT,
        "Auth/Login.php: a 4xx reply to AUTH for too many failed logins: temporary",
    ),
    _own(
        "POP mail servers do not support folders",
        "__('POP mail servers do not support folders')",
        "include/class.email.php: form validation, a folder set for a POP3 mailbox; no "
        "connection was tried",
    ),
    _own(
        "Archive folder cannot be same as fetched folder (INBOX)",
        "__('Archive folder cannot be same as fetched folder (INBOX)')",
        "include/class.email.php: form validation of the post-fetch folder",
    ),
    _own(
        "Unknown Folder",
        "__('Unknown Folder')",
        "include/class.email.php MailBoxAccount update(): logged in, but the fetch folder "
        "named is not on the server; a mailbox setting, but no connection or login problem",
    ),
    _own(
        "Host name required",
        "__('Host name required')",
        "include/class.email.php: form validation, the host field is empty",
    ),
    _own(
        "Email already exists",
        "__('Email already exists')",
        "include/class.email.php: a second email record for the same address",
    ),
    _own(
        "Email in use by an agent",
        "__('Email in use by an agent')",
        "include/class.email.php: the address belongs to a staff account",
    ),
    _own(
        "Invalid username or password - Please try again!",
        "__('Invalid username or password')",
        "login.php: the end user's sign-in to the osTicket client portal; no mail settings",
    ),
    _own(
        "Access Denied. Possibly invalid ticket ID",
        "__('Access Denied. Possibly invalid ticket ID')",
        "tickets.php: a ticket the user may not see",
    ),
    _own(
        "Unable to find user in directory",
        "__('Unable to find user in directory')",
        "include/ajax.users.php: the LDAP/AD user lookup finds nobody; not mail",
    ),
    _own(
        "Invalid CSRF token [a1b2c3d4e5] on https://help.example.com/scp/emails.php",
        "__('Invalid CSRF token [%1$s] on %2$s')",
        "include/class.osticket.php: the form's CSRF token is stale (session expired)",
    ),
]


def _fill(text: str, values: tuple[str, ...]) -> str:
    for pair in values:
        name, value = pair.split("=", 1)
        assert "{" + name + "}" in text, (text, name)
        text = text.replace("{" + name + "}", value)
    return text


def rallly(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, RALLLY)
    at = f"{RALLLY[0]}@{commit[:12]}"
    lock = git(repo, "show", f"{commit}:pnpm-lock.yaml")
    assert re.search(r"^  nodemailer@6\.9\.9:", lock, re.M), (
        "nodemailer's pin is not the locked one"
    )
    lib, lib_commit = _library(mirrors, NODEMAILER)
    lib_at = f"{NODEMAILER[0]}@{lib_commit[:12]}"
    sent = _where(repo, commit, "`Failed to send email: ", ("packages/emails/src/send.tsx",))
    path = "apps/web/public/locales/{}/app.json"
    tables = {
        lang: json.loads(git(repo, "show", f"{commit}:{path.format(folder)}"))
        for lang, folder in {"en": "en", **RALLLY_LANG}.items()
    }
    entries = []
    for index, pick in enumerate(RALLLY_PICKS):
        if pick.table == "json":
            english = tables["en"][pick.key]
            texts = {"en": _fill(english, pick.values)}
            sources = {"en": f"{at}:{path.format('en')}#{pick.key}"}
            for lang, folder in RALLLY_LANG.items():
                words = tables[lang].get(pick.key, "")
                if not isinstance(words, str) or not words.strip() or words == english:
                    continue
                texts[lang] = _fill(words, pick.values)
                sources[lang] = f"{at}:{path.format(folder)}#{pick.key}"
        else:
            assert pick.context
            where = _where(lib, lib_commit, pick.context, ("lib/smtp-connection/index.js",))
            texts = {"en": pick.key}
            sources = {"en": f"{at}:{sent} (then {lib_at}:{where})"}
        entries.append(_entry("Rallly", f"rallly.{index}", pick, texts, sources))
    return entries


def osticket(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, OSTICKET)
    at = f"{OSTICKET[0]}@{commit[:12]}"
    shown = {
        "mb": ("include/class.email.php",),
        "smtp": ("include/class.email.php",),
        "send": ("include/class.mailer.php",),
        "app": ("include", "login.php", "tickets.php"),
    }
    libs = ("include/laminas-mail/src", "include/class.mail.php")
    entries = []
    for index, pick in enumerate(OSTICKET_PICKS):
        assert pick.context
        sources = {"en": f"{at}:{_where(repo, commit, pick.context, shown[pick.table])}"}
        if pick.then:
            sources["en"] += f" (then {at}:{_where(repo, commit, pick.then, libs)})"
        entries.append(_entry("osTicket", f"osticket.{index}", pick, {"en": pick.key}, sources))
    return entries


ABOUT = (
    "The thirty-ninth held-out set (tools/extract_thirty_ninth.py): Rallly's mail (a failed "
    "send is logged with nodemailer's error message: nodemailer v6.9.9's English, the locked "
    "version, and Node's socket/TLS reasons it passes on, en only) and Rallly's own messages "
    "(apps/web/public/locales/<ll>/app.json), lukevella/rallly of August 2026; osTicket's email "
    "accounts (saving an active remote mailbox or SMTP account logs in at once and shows the "
    "exception's message; the mailer logs 'Unable to email via SMTP' with it: the bundled "
    "Laminas Mail's English) and osTicket's own form and sign-in errors, osTicket/osTicket of "
    "October 2023, English only (no translation in the repository); extracted and labelled "
    "blind from the code; code null: no settings problem. A language without a translation or "
    "with the English one is left out. Cal.com is missing: its snapshot is too large to fetch; "
    "Rallly takes its place."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, rallly, osticket)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
