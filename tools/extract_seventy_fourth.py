"""Developer tool: the seventy-fourth blind held-out set (WriteFreely's and Gatus's mail errors).

WriteFreely (writefreely/writefreely): the newest stored develop (6384f4667b5a, October 2024)
sends through Mailgun only; its SMTP layer is the `smtp` branch (pull request #1131,
f49c0b1c4c60, the same day), read there: mailer/mailer.go picks Mailgun when [email] domain and
mailgun_private are set, else xhit/go-simple-mail/v2 v2.16.0 (the branch's go.mod; read at the
tag, abcd63ac2d0e) with Encryption None, or STARTTLS when smtp_enable_start_tls is set (no
SSL/TLS choice), 10 s connect and send timeouts. The subscription confirmation
(email.go sendSubConfirmEmail) logs 'Failed to send subscription confirmation email: ' + the
error, the password reset (account.go handleResetPasswordInit) 'Error emailing password reset:
' + the error and flashes ErrInternalGeneral. At that commit config.EmailCfg.Enabled() still
asks for the Mailgun pair, so the reset uses Mailgun and only the subscription path reaches
SMTP: the SMTP reasons are shown on the subscription line, the Mailgun ones (mailgun/mailgun-go
v2.0.0, the go.mod pin, read at the tag, 4071f66f00fb: rest_shim.go's UnexpectedResponseError
around Mailgun's reply body) on the reset line. go-simple-mail carries its own copy of net/smtp
(smtp.go, auth.go: its PLAIN does not refuse an unencrypted connection); the reasons it wraps
are Go's net, crypto/tls and crypto/x509 texts in Go 1.20+ wording (the branch says go 1.21;
Go's sources not fetched: the pure-Go resolver's 'lookup H on S:53: ...', 'tls: failed to
verify certificate: x509: ...'). WriteFreely's own texts (errors.go, account.go,
pages/reset.tmpl, app.go, mailer.New) for null. English only: WriteFreely ships no
translations. Log lines are the message without the logger's level/time prefix.

Gatus (TwiN/gatus, 08c463542f56): alerting/provider/email/email.go Send() builds a
gopkg.in/mail.v2 v2.3.1 Dialer (go.mod; go-mail/mail at v2.3.1, f59b9b83a4e5): with a password
NewDialer (SSL when port is 465, 10 s timeout, opportunistic STARTTLS otherwise), without one a
bare Dialer (no timeout, no auth, HELO with the From domain); gomail's Dial/Send hand back Go's
net/smtp and net errors unwrapped (Go 1.26 per go.mod, not fetched), its own loginAuth says
'gomail: unencrypted connection'. watchdog/alerting.go logs '[watchdog.handleAlertsToTrigger]
Failed to send an alert for endpoint with key=<group_name>: ' + the error (the brief's older
'[alerting] Failed to send alert' wording is gone at this commit). Its own config validation
texts (the email provider's Err*, shown by config.go as '[config.ValidateAlertingConfig]
Ignoring provider=email due to error=...', and config/ validation errors) for null. English
only. Labelled blind from the code.

    python -m tools.extract_seventy_fourth MIRRORS_DIR benchmarks/data/seventy_fourth_texts.json

MIRRORS_DIR holds `writefreely+writefreely/repo`, `xhit+go-simple-mail/repo`,
`mailgun+mailgun-go/repo`, `TwiN+gatus/repo` and `go-mail+mail/repo` as `fetch` leaves them in
/work/.mirror.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _entry, _library, _where, git, write_set

WRITEFREELY = ("writefreely/writefreely", "f49c0b1c4c60f6157bc144a2e96a29089e119ee1")  # smtp
SIMPLE_MAIL = ("xhit/go-simple-mail", "abcd63ac2d0e87541de479cf261fe295146c7950")  # v2.16.0
MAILGUN = ("mailgun/mailgun-go", "4071f66f00fb74b08ae720f28ee9fcd98ebfd69e")  # v2.0.0
GATUS = ("TwiN/gatus", "08c463542f56872a267e5b2e1e1cf421f0ea8a6a")
GOMAIL = ("go-mail/mail", "f59b9b83a4e522098e3d3eb94e6f81850ad6e973")  # v2.3.1

HOST, IP, ME = "smtp.example.com", "203.0.113.25", "192.0.2.10"
_GO = " (Go's own wording, Go 1.20+, not fetched)"
_VERIFY = "tls: failed to verify certificate: x509: "
_GREY_HOST = "mail.hosting.example.net"


def _dns(name: str, tail: str) -> str:
    return f"dial tcp: lookup {name} on 127.0.0.53:53: {tail}"


# The go-simple-mail reasons: (text, code, why, the library's literal that raises or wraps it).
_DIAL = "Mail Error on dialing with encryption type "
_SMTPDIAL = "Mail Error on smtp dial: "
_WF_DIAL = "email.go dial(): net.Dial's error after 'Mail Error on dialing with encryption type "
_WF_GREET = "email.go dial() -> smtp.go newClient(): the greeting (ReadResponse(220)) fails, "
_WF_TLS = (
    "email.go smtpConnect(): smtp_enable_start_tls set and STARTTLS offered: smtp.go startTLS() "
    "then EHLO over TLS; the handshake error after 'Mail Error on STARTTLS: ': "
)
_WF_AUTH = (
    "email.go Connect() -> validateAuth(): AUTH offered, AuthAuto picks PLAIN, LOGIN or CRAM-MD5 "
    "from the EHLO line; the server's reply after 'Mail Error on Auth: ' (textproto.Error): "
)
_WF_SEND = (
    "mailer.Send() -> Email.Send() -> sendMailProcess(): the server's reply to MAIL FROM, RCPT "
    "TO or the end of DATA, unwrapped (textproto.Error '<code> <text>'): "
)
WF_SMTP: list[tuple[str, str | None, str, str]] = [
    (
        f"{_DIAL}None: dial tcp {IP}:587: connect: connection refused",
        "PORT_CLOSED",
        _WF_DIAL + "None': ECONNREFUSED, nothing listens on smtp_port" + _GO,
        _DIAL,
    ),
    (
        f"{_DIAL}STARTTLS: dial tcp {IP}:25: connect: connection refused",
        "PORT_CLOSED",
        _WF_DIAL + "STARTTLS': ECONNREFUSED on port 25" + _GO,
        _DIAL,
    ),
    (
        f"{_DIAL}None: {_dns(HOST, 'no such host')}",
        "HOST_NOT_FOUND",
        _WF_DIAL + "None': the resolver's NXDOMAIN for smtp_host" + _GO,
        _DIAL,
    ),
    (
        f"{_DIAL}STARTTLS: {_dns(HOST, 'server misbehaving')}",
        "DNS_FAILURE",
        _WF_DIAL + "STARTTLS': SERVFAIL from the resolver, not an answer about the name" + _GO,
        _DIAL,
    ),
    (
        f"{_DIAL}None: {_dns(HOST, f'read udp {ME}:41234->127.0.0.53:53: i/o timeout')}",
        "DNS_FAILURE",
        _WF_DIAL + "None': the resolver did not answer" + _GO,
        _DIAL,
    ),
    (
        f"{_DIAL}STARTTLS: dial tcp {IP}:587: connect: no route to host",
        "HOST_UNREACHABLE",
        _WF_DIAL + "STARTTLS': EHOSTUNREACH" + _GO,
        _DIAL,
    ),
    (
        f"{_DIAL}None: dial tcp {IP}:587: connect: network is unreachable",
        "HOST_UNREACHABLE",
        _WF_DIAL + "None': ENETUNREACH, no route from this machine" + _GO,
        _DIAL,
    ),
    (
        "Mail Error: SMTP Connection timed out",
        None,
        "email.go Connect(): ConnectTimeout (10 s) runs out around the whole of smtpConnect(): "
        "the TCP connect, the greeting, EHLO and STARTTLS; a dropped SYN, port 465 waiting for "
        "TLS (WriteFreely has no SSL/TLS setting) or a slow greeting all read so: nothing "
        "narrows it to one cause",
        "Mail Error: SMTP Connection timed out",
    ),
    (
        _SMTPDIAL + f"421 4.7.0 {HOST} Error: too many connections from {ME}",
        "RATE_LIMITED",
        _WF_GREET + "a 421 naming the server's connection limit",
        _SMTPDIAL,
    ),
    (
        _SMTPDIAL + f"554 5.7.1 Service unavailable; Client host [{ME}] blocked using "
        "zen.spamhaus.org",
        "REJECTED_AS_SPAM",
        _WF_GREET + "the server refuses the instance's IP address, listed on a block list",
        _SMTPDIAL,
    ),
    (
        _SMTPDIAL + "EOF",
        "CONNECTION_CLOSED",
        _WF_GREET + "the server hung up before greeting (io.EOF)" + _GO,
        _SMTPDIAL,
    ),
    (
        _SMTPDIAL + f"read tcp {ME}:50412->{IP}:587: read: connection reset by peer",
        "CONNECTION_CLOSED",
        _WF_GREET + "ECONNRESET, the server or a middlebox dropped the connection" + _GO,
        _SMTPDIAL,
    ),
    (
        "Mail Error on STARTTLS: 454 4.7.0 TLS not available due to local problem",
        "STARTTLS_FAILED",
        "email.go smtpConnect(): STARTTLS offered, smtp.go startTLS() sends it and expects 220; "
        "the server's 454: its TLS is broken",
        "Mail Error on STARTTLS: ",
    ),
    (
        "Mail Error on STARTTLS: " + _VERIFY + "certificate signed by unknown authority",
        "CERT_UNTRUSTED",
        _WF_TLS + "x509.UnknownAuthorityError, the chain does not reach a trusted root" + _GO,
        "Mail Error on STARTTLS: ",
    ),
    (
        "Mail Error on STARTTLS: " + _VERIFY + f"certificate is valid for {_GREY_HOST}, not {HOST}",
        "CERT_HOSTNAME_MISMATCH",
        _WF_TLS + "x509.HostnameError: ServerName is smtp_host, the certificate names "
        "another host" + _GO,
        "Mail Error on STARTTLS: ",
    ),
    (
        "Mail Error on STARTTLS: "
        + _VERIFY
        + "certificate has expired or is not yet valid: current time 2025-03-02T10:00:00Z is "
        "after 2025-02-28T23:59:59Z",
        "CERT_EXPIRED",
        _WF_TLS + "x509.CertificateInvalidError Expired, the time is after NotAfter" + _GO,
        "Mail Error on STARTTLS: ",
    ),
    (
        "Mail Error on STARTTLS: tls: server selected unsupported protocol version 301",
        "TLS_OUTDATED",
        _WF_TLS + "the server answers TLS 1.0 below crypto/tls's client floor of TLS 1.2" + _GO,
        "Mail Error on STARTTLS: ",
    ),
    (
        "Mail Error on STARTTLS: remote error: tls: handshake failure",
        "TLS_HANDSHAKE_FAILED",
        _WF_TLS + "the server's handshake_failure alert: no cipher or version in common" + _GO,
        "Mail Error on STARTTLS: ",
    ),
    (
        "Mail Error on Auth: 535 5.7.8 Error: authentication failed: authentication failure",
        "AUTH_FAILED",
        _WF_AUTH + "535 5.7.8, smtp_username or smtp_password refused",
        "Mail Error on Auth: ",
    ),
    (
        "Mail Error on Auth: 535 5.7.8 Username and Password not accepted. For more "
        "information, go to\n5.7.8  https://support.google.com/mail/?p=BadCredentials "
        "a640c23a62f3a-ab2c-gsmtp",
        "AUTH_FAILED",
        _WF_AUTH + "Gmail's 535 BadCredentials, textproto joins its lines with a newline",
        "Mail Error on Auth: ",
    ),
    (
        "Mail Error on Auth: 534 5.7.9 Application-specific password required. For more "
        "information, go to\n5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
        "a640c23a62f3a-ab2c-gsmtp",
        "APP_PASSWORD_REQUIRED",
        _WF_AUTH + "Gmail's 534 5.7.9: two-step verification on, an app password is needed",
        "Mail Error on Auth: ",
    ),
    (
        "Mail Error on Auth: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication "
        "is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more "
        "information.",
        "PROTOCOL_DISABLED",
        _WF_AUTH + "Microsoft 365's 535 5.7.139: SMTP AUTH switched off for the tenant",
        "Mail Error on Auth: ",
    ),
    (
        "Mail Error on Auth: 538 5.7.11 Encryption required for requested authentication mechanism",
        "PLAINTEXT_AUTH_DISABLED",
        _WF_AUTH + "smtp_enable_start_tls off, the server refuses a login over plain text",
        "Mail Error on Auth: ",
    ),
    (
        "Mail Error on determining auth type, GSSAPI NTLM is not supported",
        "AUTH_NOT_OFFERED",
        "email.go validateAuth() -> getAuth(): the EHLO AUTH line names none of PLAIN, LOGIN, "
        "CRAM-MD5, the only mechanisms go-simple-mail speaks",
        "Mail Error on determining auth type, %s is not supported",
    ),
    (
        "Mail Error: SMTP Send timed out",
        "SLOW_SERVER",
        "email.go send(): connected and logged in, but MAIL FROM, RCPT TO and DATA did not "
        "finish within SendTimeout (10 s): the server answers too slowly",
        "Mail Error: SMTP Send timed out",
    ),
    (
        "530 5.7.0 Must issue a STARTTLS command first",
        "PLAINTEXT_AUTH_DISABLED",
        _WF_SEND + "smtp_enable_start_tls off: the server offered no AUTH before TLS, so none "
        "was tried, and refuses MAIL FROM in plain text",
        "if err := c.Client.mail(from, cmdArgs); err != nil",
    ),
    (
        "553 5.7.1 <myblog@example.com>: Sender address rejected: not owned by user "
        "alice@example.com",
        "SENDER_REFUSED",
        _WF_SEND + "MAIL FROM: the blog's alias @ [email] domain is not an address "
        "smtp_username may send as",
        "if err := c.Client.mail(from, cmdArgs); err != nil",
    ),
    (
        "554 5.7.1 <bob@example.org>: Relay access denied",
        "RELAY_REFUSED",
        _WF_SEND + "RCPT TO a subscriber at another domain, the session not authenticated "
        "(no AUTH offered, so none sent)",
        "if err := c.Client.rcpt(address, dsn); err != nil",
    ),
    (
        "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual "
        "mailbox table",
        "RECIPIENT_UNKNOWN",
        _WF_SEND + "RCPT TO: the subscriber's address does not exist",
        "if err := c.Client.rcpt(address, dsn); err != nil",
    ),
    (
        "452 4.2.2 <bob@example.org>: Recipient address rejected: Mailbox full",
        "RECIPIENT_MAILBOX_FULL",
        _WF_SEND + "RCPT TO: the subscriber's mailbox is over quota",
        "if err := c.Client.rcpt(address, dsn); err != nil",
    ),
    (
        f"450 4.7.1 Error: too much mail from {ME}",
        "RATE_LIMITED",
        _WF_SEND + "MAIL FROM: the server's per-client sending limit",
        "if err := c.Client.mail(from, cmdArgs); err != nil",
    ),
    (
        "550 5.4.5 Daily user sending quota exceeded. a640c23a62f3a-ab2c-gsmtp",
        "RATE_LIMITED",
        _WF_SEND + "the end of DATA: Gmail's daily sending limit for the account",
        "err = w.Close()",
    ),
]

_MG_URL = "https://api.mailgun.net/v3/example.com/messages"
_MG_ERR = f"UnexpectedResponseError URL={_MG_URL} ExpectedOneOf=[]int{{200, 202, 204}} Got="
_MG_WHY = (
    "mailer.Send() -> MailgunImpl.Send() -> rest_shim.go makeRequest(): a status outside 200, "
    "202, 204 becomes UnexpectedResponseError with Mailgun's reply body: "
)
WF_MAILGUN: list[tuple[str, str | None, str, str]] = [
    (
        _MG_ERR + "401 Error: Forbidden",
        "AUTH_FAILED",
        _MG_WHY + "401 'Forbidden', the [email] mailgun_private key is wrong",
        "UnexpectedResponseError URL=%s ExpectedOneOf=%#v Got=%d Error: %s",
    ),
    (
        _MG_ERR + '404 Error: {"message": "Domain not found: example.com"}',
        "WRONG_HOST",
        _MG_WHY + "404, the [email] domain is not one of the account's (or is on the EU "
        "endpoint while the client posts to api.mailgun.net)",
        "UnexpectedResponseError URL=%s ExpectedOneOf=%#v Got=%d Error: %s",
    ),
    (
        "Message not valid",
        None,
        "messages.go Send(): isValid() finds no from, to or body: the app built an empty "
        "message, no mail setting named",
        'errors.New("Message not valid")',
    ),
]

# WriteFreely's own texts: (text, why, the literal in the app's code, the paths to look in).
_WF_OWN = "WriteFreely's own message (its accounts, sign-in, posts, blogs), no mail setting: "
WF_OWN: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("Incorrect password.", "account.go login(): the blog's own sign-in", "", ("account.go",)),
    ("A username is required.", "account.go signup form", "", ("account.go",)),
    ("A password is required.", "account.go signup form", "", ("account.go",)),
    (
        "Username is reserved or isn't valid. It must be at least 3 characters long, and can "
        "only include letters, numbers, and hyphens.",
        "account.go signup form",
        "",
        ("account.go",),
    ),
    ("You're doing that too much.", "account.go: sign-in attempts throttled", "", ("account.go",)),
    (
        "This user never set a password. Perhaps try logging in via OAuth?",
        "account.go login()",
        "",
        ("account.go",),
    ),
    (
        "This user never added a password or email address. Please contact us for help.",
        "account.go login()",
        "",
        ("account.go",),
    ),
    (
        "User doesn't have an email address. Log in with password, instead.",
        "account.go loginViaEmail(): the account has no address to mail",
        "",
        ("account.go",),
    ),
    ("Provide current password.", "account.go settings form", "", ("account.go",)),
    ("Provide a new password.", "account.go settings form", "", ("account.go",)),
    (
        "Confirmation username must match your username exactly.",
        "account.go account deletion",
        "",
        ("account.go",),
    ),
    ("Cannot delete admin.", "account.go account deletion", "", ("account.go",)),
    (
        "We sent an email to the address associated with this account.",
        "account.go handleResetPasswordInit(): the reset mail went out",
        "",
        ("account.go",),
    ),
    (
        "We've emailed you a link to log in with.",
        "account.go handleResetPasswordInit(): the login link went out",
        "",
        ("account.go",),
    ),
    (
        "Please enter your username instead of your email address.",
        "errors.go ErrUserNotFoundEmail: the reset form wants the username",
        "",
        ("errors.go",),
    ),
    ("User doesn't exist.", "errors.go ErrUserNotFound", "", ("errors.go",)),
    ("Account is silenced.", "errors.go ErrUserSilenced: a moderation state", "", ("errors.go",)),
    (
        "Password authentication is disabled.",
        "errors.go ErrDisabledPasswordAuth",
        "",
        ("errors.go",),
    ),
    ("Not logged in.", "errors.go ErrNotLoggedIn", "", ("errors.go",)),
    ("Invalid access token.", "errors.go ErrBadAccessToken: the API's token", "", ("errors.go",)),
    (
        "You don't have permission to update this post.",
        "errors.go ErrForbiddenEditPost",
        "",
        ("errors.go",),
    ),
    ("Collection doesn't exist.", "errors.go ErrCollectionNotFound", "", ("errors.go",)),
    (
        "The humans messed something up. They've been notified.",
        "errors.go ErrInternalGeneral: also the flash after a failed reset mail, which logs the "
        "reason and shows only this: nothing in it narrows the cause",
        "",
        ("errors.go",),
    ),
    (
        "Service temporarily unavailable due to high load.",
        "errors.go ErrUnavailable: WriteFreely's own load",
        "",
        ("errors.go",),
    ),
    (
        "Email is not configured on this server! Please contact your admin to reset your password.",
        "pages/reset.tmpl: EmailEnabled false, no mail provider configured at all; no server "
        "was asked, nothing to diagnose",
        "Email is not configured on this server!",
        ("pages/reset.tmpl",),
    ),
    (
        "no email provider is configured",
        "mailer/mailer.go New(): neither the Mailgun pair nor the SMTP host, port, username "
        "and password are all set: a missing setting, no server asked",
        "",
        ("mailer/mailer.go",),
    ),
    (
        "[FAILED] Starting publish jobs queue: no [letters]mailgun_private config value set.",
        "app.go: the config file check at start-up, a missing value, no server asked",
        "",
        ("app.go",),
    ),
]

# Gatus: gomail's Dial/Send over Go's net/smtp.
_KEY = "core_website"
_TRIGGER = (
    f"[watchdog.handleAlertsToTrigger] Failed to send an alert for endpoint with key={_KEY}: "
)
_RESOLVE = (
    f"[watchdog.handleAlertsToResolve] Failed to send an alert for endpoint with key={_KEY}: "
)
_G_DIAL = "smtp.go Dial(): NetDialTimeout (net.DialTimeout, 10 s with a password) returns "
_G_GREET = "smtp.go Dial() -> net/smtp.NewClient(): the greeting (ReadResponse(220)) "
_G_SSL = (
    "smtp.go Dial(): port 465 so NewDialer set SSL: tls.Client with ServerName = host, the "
    "handshake runs on net/smtp.NewClient's first read: "
)
_G_TLS = (
    "smtp.go Dial(): STARTTLS offered (OpportunisticStartTLS), net/smtp Client.StartTLS() "
    "then EHLO over TLS: "
)
_G_AUTH = (
    "smtp.go Dial(): a password set, AUTH offered: CRAM-MD5, LOGIN (without PLAIN) or "
    "smtp.PlainAuth; net/smtp Client.Auth() returns the server's reply as textproto.Error: "
)
_G_SEND = (
    "smtp.go smtpSender.Send(): net/smtp Mail/Rcpt/Data, the server's reply unwrapped as "
    "textproto.Error: "
)
G_SMTP: list[tuple[str, str | None, str, str]] = [
    (
        f"dial tcp {IP}:587: connect: connection refused",
        "PORT_CLOSED",
        _G_DIAL + "ECONNREFUSED, nothing listens on the port" + _GO,
        "conn, err := NetDialTimeout(",
    ),
    (
        f"dial tcp {IP}:465: i/o timeout",
        "PORT_FILTERED",
        _G_DIAL + "no answer to the SYN within the 10 s: a firewall drops it" + _GO,
        "conn, err := NetDialTimeout(",
    ),
    (
        f"dial tcp {IP}:25: connect: connection timed out",
        "PORT_FILTERED",
        _G_DIAL + "ETIMEDOUT from the kernel (no password: the bare Dialer has no timeout), "
        "outbound port 25 dropped" + _GO,
        "conn, err := NetDialTimeout(",
    ),
    (
        _dns(HOST, "no such host").replace("127.0.0.53", "127.0.0.11"),
        "HOST_NOT_FOUND",
        _G_DIAL + "the pure-Go resolver (Docker's 127.0.0.11): NXDOMAIN for host" + _GO,
        "conn, err := NetDialTimeout(",
    ),
    (
        _dns(HOST, "server misbehaving").replace("127.0.0.53", "127.0.0.11"),
        "DNS_FAILURE",
        _G_DIAL + "SERVFAIL from the resolver" + _GO,
        "conn, err := NetDialTimeout(",
    ),
    (
        _dns(HOST, "read udp 172.17.0.2:52110->127.0.0.11:53: i/o timeout").replace(
            "127.0.0.53", "127.0.0.11"
        ),
        "DNS_FAILURE",
        _G_DIAL + "the resolver did not answer" + _GO,
        "conn, err := NetDialTimeout(",
    ),
    (
        f"dial tcp {IP}:587: connect: no route to host",
        "HOST_UNREACHABLE",
        _G_DIAL + "EHOSTUNREACH" + _GO,
        "conn, err := NetDialTimeout(",
    ),
    (
        "dial tcp [2001:db8::25]:587: connect: network is unreachable",
        "HOST_UNREACHABLE",
        _G_DIAL + "ENETUNREACH: no IPv6 route from the container" + _GO,
        "conn, err := NetDialTimeout(",
    ),
    (
        f"421 4.7.0 {HOST} Error: too many connections from {ME}",
        "RATE_LIMITED",
        _G_GREET + "is a 421 naming the connection limit",
        "c, err := smtpNewClient(conn, d.Host)",
    ),
    (
        f"554 5.7.1 Service unavailable; Client host [{ME}] blocked using zen.spamhaus.org",
        "REJECTED_AS_SPAM",
        _G_GREET + "refuses the sending IP, listed on a block list",
        "c, err := smtpNewClient(conn, d.Host)",
    ),
    (
        "EOF",
        "CONNECTION_CLOSED",
        _G_GREET + "never comes, the server hangs up (io.EOF)" + _GO,
        "c, err := smtpNewClient(conn, d.Host)",
    ),
    (
        "tls: first record does not look like a TLS handshake",
        "TLS_ON_PLAIN_PORT",
        _G_SSL + "the server on 465 answers a plain SMTP greeting to the ClientHello" + _GO,
        "conn = tlsClient(conn, d.tlsConfig())",
    ),
    (
        _VERIFY + "certificate signed by unknown authority",
        "CERT_UNTRUSTED",
        _G_SSL + "x509.UnknownAuthorityError (client.insecure off)" + _GO,
        "conn = tlsClient(conn, d.tlsConfig())",
    ),
    (
        _VERIFY + f"certificate is valid for {_GREY_HOST}, not {HOST}",
        "CERT_HOSTNAME_MISMATCH",
        _G_SSL + "x509.HostnameError, the certificate names another host" + _GO,
        "conn = tlsClient(conn, d.tlsConfig())",
    ),
    (
        _VERIFY + "certificate has expired or is not yet valid: current time "
        "2026-03-02T10:00:00Z is after 2026-02-28T23:59:59Z",
        "CERT_EXPIRED",
        _G_TLS + "x509.CertificateInvalidError Expired" + _GO,
        "if err := c.StartTLS(d.tlsConfig()); err != nil",
    ),
    (
        "tls: server selected unsupported protocol version 301",
        "TLS_OUTDATED",
        _G_TLS + "the server speaks TLS 1.0, below crypto/tls's client floor of TLS 1.2" + _GO,
        "if err := c.StartTLS(d.tlsConfig()); err != nil",
    ),
    (
        "454 4.7.0 TLS not available due to local problem",
        "STARTTLS_FAILED",
        _G_TLS + "STARTTLS offered but answered 454: the server's TLS is broken",
        "if err := c.StartTLS(d.tlsConfig()); err != nil",
    ),
    (
        "unencrypted connection",
        "STARTTLS_NOT_OFFERED",
        _G_AUTH + "smtp.PlainAuth Start() refuses to send the password: no STARTTLS offered on "
        "a port other than 465, so the connection stayed plain" + _GO,
        "d.Auth = smtp.PlainAuth(",
    ),
    (
        "gomail: unencrypted connection",
        "STARTTLS_NOT_OFFERED",
        _G_AUTH + "gomail's loginAuth (AUTH LOGIN without PLAIN) refuses: no TLS, no STARTTLS "
        "offered",
        'errors.New("gomail: unencrypted connection")',
    ),
    (
        "535 5.7.8 Error: authentication failed: authentication failure",
        "AUTH_FAILED",
        _G_AUTH + "535 5.7.8, username or password refused",
        "if err = c.Auth(d.Auth); err != nil",
    ),
    (
        "535 5.7.8 Username and Password not accepted. For more information, go to\n5.7.8  "
        "https://support.google.com/mail/?p=BadCredentials d2-20020a05600c-gsmtp",
        "AUTH_FAILED",
        _G_AUTH + "Gmail's 535 BadCredentials",
        "if err = c.Auth(d.Auth); err != nil",
    ),
    (
        "534 5.7.9 Application-specific password required. For more information, go to\n"
        "5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor d2-20020a05600c-gsmtp",
        "APP_PASSWORD_REQUIRED",
        _G_AUTH + "Gmail's 534 5.7.9, an app password is needed",
        "if err = c.Auth(d.Auth); err != nil",
    ),
    (
        "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. "
        "[AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]",
        "AUTH_FAILED",
        _G_AUTH + "Microsoft 365's 535 5.7.139 for wrong credentials",
        "if err = c.Auth(d.Auth); err != nil",
    ),
    (
        "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. "
        "[AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]",
        "OAUTH_REQUIRED",
        _G_AUTH + "Microsoft 365 refuses any password login (basic auth off): only OAuth, "
        "which gomail does not speak",
        "if err = c.Auth(d.Auth); err != nil",
    ),
    (
        "530 5.7.0 Must issue a STARTTLS command first",
        "PLAINTEXT_AUTH_DISABLED",
        _G_SEND + "MAIL FROM on a plain connection (no STARTTLS offered before, none used)",
        "if err := c.Mail(from); err != nil",
    ),
    (
        "553 5.7.1 <gatus@example.com>: Sender address rejected: not owned by user "
        "alice@example.com",
        "SENDER_REFUSED",
        _G_SEND + "MAIL FROM: the 'from' is not an address the username may send as",
        "if err := c.Mail(from); err != nil",
    ),
    (
        "554 5.7.1 <oncall@example.org>: Relay access denied",
        "RELAY_REFUSED",
        _G_SEND + "RCPT TO another domain: no password set, so the bare Dialer never authenticated",
        "if err := c.Rcpt(addr); err != nil",
    ),
    (
        "550 5.1.1 <oncall@example.org>: Recipient address rejected: User unknown in virtual "
        "mailbox table",
        "RECIPIENT_UNKNOWN",
        _G_SEND + "RCPT TO: an address in 'to' does not exist",
        "if err := c.Rcpt(addr); err != nil",
    ),
    (
        "452 4.2.2 <oncall@example.org>: Recipient address rejected: Mailbox full",
        "RECIPIENT_MAILBOX_FULL",
        _G_SEND + "RCPT TO: the recipient's mailbox is over quota",
        "if err := c.Rcpt(addr); err != nil",
    ),
    (
        f"450 4.7.1 Error: too much mail from {ME}",
        "RATE_LIMITED",
        _G_SEND + "MAIL FROM: the server's per-client limit, alerts sent too often",
        "if err := c.Mail(from); err != nil",
    ),
    (
        f"read tcp 172.17.0.2:41234->{IP}:587: i/o timeout",
        "SLOW_SERVER",
        "smtp.go Send(): the 10 s deadline set after the greeting passes while waiting for a "
        "reply to MAIL, RCPT or DATA: the server answers too slowly" + _GO,
        "c.conn.SetDeadline(time.Now().Add(c.d.Timeout))",
    ),
]

_IGNORE = "[config.ValidateAlertingConfig] Ignoring provider=email due to error="
# Gatus's own config validation: (text as logged/returned, why, the literal, the paths).
_G_OWN = "Gatus's own configuration check, a value missing or malformed in config.yaml: "
G_OWN: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        _IGNORE + "from and to fields are required",
        "alerting/provider/email/email.go Config.Validate(), logged by config.go",
        "from and to fields are required",
        ("alerting/provider/email",),
    ),
    (
        _IGNORE + "port must be between 1 and 65535 inclusively",
        "alerting/provider/email/email.go Config.Validate(): the port outside 1-65535, no "
        "connection tried",
        "port must be between 1 and 65535 inclusively",
        ("alerting/provider/email",),
    ),
    (
        _IGNORE + "host is required",
        "alerting/provider/email/email.go Config.Validate()",
        "host is required",
        ("alerting/provider/email",),
    ),
    (
        _IGNORE + "duplicate group override",
        "alerting/provider/email/email.go AlertProvider.Validate(): overrides",
        "duplicate group override",
        ("alerting/provider/email",),
    ),
    (
        "[config.ValidateAlertingConfig] endpoint with key=core_website has invalid overrides "
        "for provider=email: host is required",
        "config.go: an alert's provider-override fails the email Config.Validate()",
        "has invalid overrides for provider=%s: %s",
        ("config/config.go",),
    ),
    (
        f"[watchdog.handleAlertsToTrigger] Not sending alert of type=email endpoint with "
        f"key={_KEY} despite being TRIGGERED, because the provider wasn't configured properly",
        "watchdog/alerting.go: the provider was dropped by the config check; no server asked",
        "because the provider wasn't configured properly",
        ("watchdog/alerting.go",),
    ),
    (
        "configuration should contain at least one endpoint or suite",
        "config/config.go",
        "",
        ("config/config.go",),
    ),
    ("configuration file not found", "config/config.go", "", ("config/config.go",)),
    ("invalid security configuration", "config/config.go", "", ("config/config.go",)),
    (
        "you must specify a name for each endpoint",
        "config/endpoint/common.go",
        "",
        ("config/endpoint",),
    ),
    (
        "you must specify at least one condition per endpoint",
        "config/endpoint/endpoint.go",
        "",
        ("config/endpoint",),
    ),
    (
        "you must specify an url for each endpoint",
        "config/endpoint/endpoint.go",
        "",
        ("config/endpoint",),
    ),
    ("unknown endpoint type", "config/endpoint/endpoint.go", "", ("config/endpoint",)),
    (
        "invalid condition format: does not match '<VALUE> <COMPARATOR> <VALUE>'",
        "config/endpoint/endpoint.go",
        "",
        ("config/endpoint",),
    ),
    (
        "you must specify a token for each external endpoint",
        "config/endpoint/external_endpoint.go",
        "",
        ("config/endpoint",),
    ),
    (
        "you must specify a username for each SSH endpoint",
        "config/endpoint/ssh/ssh.go: an SSH check's own login, not mail",
        "",
        ("config/endpoint",),
    ),
    (
        "you must specify a password or private-key for each SSH endpoint",
        "config/endpoint/ssh/ssh.go",
        "",
        ("config/endpoint",),
    ),
    (
        "you must specify a query name in the DNS configuration",
        "config/endpoint/dns/dns.go: a DNS check's setting",
        "",
        ("config/endpoint",),
    ),
    (
        "connectivity.checker.interval must be 5s or higher",
        "config/connectivity/connectivity.go",
        "",
        ("config/connectivity",),
    ),
    (
        "connectivity.checker.target must be suffixed with :53",
        "config/connectivity/connectivity.go",
        "",
        ("config/connectivity",),
    ),
    (
        "minimum-reminder-interval must be either omitted or be at least 5m",
        "alerting/alert/alert.go",
        "",
        ("alerting/alert",),
    ),
    (
        'alert description must not have " or \\',
        "alerting/alert/alert.go",
        "alert description must not have",
        ("alerting/alert",),
    ),
    (
        "invalid maintenance start format: must be hh:mm, between 00:00 and 23:59 inclusively "
        "(e.g. 23:00)",
        "config/maintenance/maintenance.go",
        "",
        ("config/maintenance",),
    ),
    (
        "heartbeat interval must be at least 10 seconds",
        "config/endpoint/external_endpoint.go",
        "",
        ("config/endpoint",),
    ),
    ("suite must have at least one endpoint", "config/suite/suite.go", "", ("config/suite",)),
]


def _lib_source(mirrors: Path, pin: tuple[str, str], literal: str, paths: tuple[str, ...]) -> str:
    repo, commit = _library(mirrors, pin)
    return f"{pin[0]}@{commit[:12]}:{_where(repo, commit, literal, paths)}"


def writefreely(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, WRITEFREELY)
    at = f"{WRITEFREELY[0]}@{commit[:12]}"
    mod = git(repo, "show", f"{commit}:go.mod")
    assert "github.com/xhit/go-simple-mail/v2 v2.16.0" in mod
    assert "github.com/mailgun/mailgun-go v2.0.0+incompatible" in mod
    sub = _where(repo, commit, "Failed to send subscription confirmation email: %s", ("email.go",))
    reset = _where(repo, commit, "Error emailing password reset: %s", ("account.go",))
    entries: list[dict[str, object]] = []

    def add(pick: Pick, text: str, source: str) -> None:
        ident = f"writefreely.{len(entries)}"
        entries.append(_entry("WriteFreely", ident, pick, {"en": text}, {"en": source}))

    for text, code, why, literal in WF_SMTP:
        lib = _lib_source(mirrors, SIMPLE_MAIL, literal, ("email.go", "smtp.go", "auth.go"))
        why = (
            "email.go sendSubConfirmEmail() -> mailer/mailer.go Send() (SMTP): go-simple-mail "
            + why
        )
        add(
            Pick(text, code, why=why),
            "Failed to send subscription confirmation email: " + text,
            f"{at}:{sub} (then {lib})",
        )
    for text, code, why, literal in WF_MAILGUN:
        lib = _lib_source(mirrors, MAILGUN, literal, ("rest_shim.go", "messages.go"))
        why = "account.go handleResetPasswordInit() -> emailPasswordReset() (Mailgun): " + why
        add(
            Pick(text, code, why=why),
            "Error emailing password reset: " + text,
            f"{at}:{reset} (then {lib})",
        )
    for text, why, literal, paths in WF_OWN:
        where = _where(repo, commit, literal or text, paths)
        add(Pick(text, None, why=_WF_OWN + why), text, f"{at}:{where}")
    return entries


def gatus(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, GATUS)
    at = f"{GATUS[0]}@{commit[:12]}"
    assert "gopkg.in/mail.v2 v2.3.1" in git(repo, "show", f"{commit}:go.mod")
    send = _where(repo, commit, "return d.DialAndSend(m)", ("alerting/provider/email",))
    trigger = _where(
        repo, commit, "[watchdog.handleAlertsToTrigger] Failed to send an alert", ("watchdog",)
    )
    resolve = _where(
        repo, commit, "[watchdog.handleAlertsToResolve] Failed to send an alert", ("watchdog",)
    )
    entries: list[dict[str, object]] = []

    def add(pick: Pick, text: str, source: str) -> None:
        ident = f"gatus.{len(entries)}"
        entries.append(_entry("Gatus", ident, pick, {"en": text}, {"en": source}))

    for index, (text, code, why, literal) in enumerate(G_SMTP):
        lib = _lib_source(mirrors, GOMAIL, literal, ("smtp.go", "auth.go"))
        head, log = (_RESOLVE, resolve) if index % 4 == 3 else (_TRIGGER, trigger)
        why = "alerting/provider/email/email.go Send() -> gomail Dialer.DialAndSend(): " + why
        add(Pick(text, code, why=why), head + text, f"{at}:{log} (via {send}, then {lib})")
    for text, why, literal, paths in G_OWN:
        where = _where(repo, commit, literal or text, paths)
        add(Pick(text, None, why=_G_OWN + why), text, f"{at}:{where}")
    return entries


ABOUT = (
    "The seventy-fourth held-out set (tools/extract_seventy_fourth.py): WriteFreely "
    "(writefreely/writefreely; develop 6384f4667b5a of October 2024 sends through Mailgun only, "
    "so its SMTP layer is read on the smtp branch, pull request #1131, f49c0b1c4c60): the "
    "subscription confirmation's log line over xhit/go-simple-mail v2.16.0's SMTP errors, the "
    "password reset's log line over mailgun-go v2.0.0's UnexpectedResponseError, and its own "
    "account, sign-in and form texts; Gatus (TwiN/gatus 08c463542f56): the email alerting "
    "provider over gopkg.in/mail.v2 v2.3.1 (go-mail/mail) and Go's net/smtp, logged as "
    "'[watchdog.handleAlertsTo...] Failed to send an alert for endpoint with key=...', and its "
    "own config validation texts. Go's net, crypto/tls and x509 wording is Go 1.20+'s, written "
    "from knowledge, Go's sources not fetched. English only (neither app is translated). "
    "Extracted and labelled blind from the code; code null: no mail-settings problem or "
    "nothing narrowing it."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, writefreely, gatus)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
