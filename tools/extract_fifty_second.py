"""The fifty-second blind set: Vaultwarden and Healthchecks, two self-hosted servers that send
mail through SMTP.

Vaultwarden (dani-garcia/vaultwarden): what src/mail.rs send_with_selected_transport() makes of
a lettre error ("SMTP client error: ", "SMTP 4xx error: ", "SMTP 5xx error: " with " -
Authentication credentials invalid" after a 535, "SMTP timeout error: ", "SMTP error: "), as the
admin page's "Send test email" (src/api/admin.rs test_smtp()) shows it, with lettre's Display
words (src/transport/smtp/error.rs, client/async_net.rs, async_connection.rs, executor.rs) and
the rustls 0.23.43 (rustls/src/error.rs) or Rust std::io reasons lettre wraps; and its own
admin, sign-in and account errors (code null). English only: Vaultwarden's server has no
translations of its own.
Healthchecks (healthchecks/healthchecks): hc/lib/emails.py sends through Django's SMTP backend
with fail_silently off, so an SMTP failure of an alert escapes Channel.notify() (which catches
only TransportError) and sendalerts logs it ("Exception in notify" and the traceback, its last
line the smtplib / ssl / socket exception as CPython 3.12 words it); the bounce handler's
"Delivery failed (...)" a channel then shows; and its own sign-in, API and other integrations'
messages (code null). English only: the pinned tree ships no locale/<ll>/LC_MESSAGES/django.po.

    python -m tools.extract_fifty_second MIRRORS_DIR benchmarks/data/fifty_second_texts.json

MIRRORS_DIR is where `fetch` puts its snapshots (owner+name/repo, bare git).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _entry, _library, _where

VAULTWARDEN_PIN = ("dani-garcia/vaultwarden", "46d71107f5094460dd5ecbe1dbac6e6c71e5189a")
# Vaultwarden's Cargo.lock pins lettre 0.11.23; the stored lettre snapshot ends one commit after
# v0.11.21, whose error texts are cited (error.rs, async_net.rs unchanged in their wording).
LETTRE_PIN = ("lettre/lettre", "fa402db598b2a3847752b8f2764a2274189d6aba")
RUSTLS_PIN = ("rustls/rustls", "fcf61cdbba30913cfd5b40aefa83989c6233812d")  # v/0.23.43
HEALTHCHECKS_PIN = ("healthchecks/healthchecks", "29b5ec251059034b79e0120e2ff0c3e35d7bd9f8")
CPYTHON = "python/cpython@3.12:Lib/"
DJANGO = "django/django@6.1:django/core/mail/backends/smtp.py EmailBackend"
STD_IO = "rust-lang/rust library/std/src/io/error.rs Display (strerror and ' (os error N)')"
STD_DNS = (
    "rust-lang/rust library/std/src/sys/net (getaddrinfo: 'failed to lookup address "
    "information: ' and gai_strerror)"
)

_GMAIL_ID = "d2e1a72fcca58-71e5a1b2c3dsm1234567b3a.12 - gsmtp"
_M365 = "[AM0PR01CA0123.eurprd01.prod.exchangelabs.com 2026-05-12T10:11:12.345Z 08DC6A1B2C3D4E5F]"

# Vaultwarden -----------------------------------------------------------------------------------

_VW = (
    "admin page 'Send test email' -> POST /admin/test/smtp (src/api/admin.rs test_smtp()) -> "
    "mail::send_test() -> send_email() -> send_with_selected_transport(): lettre "
    "AsyncSmtpTransport (SMTP_HOST, SMTP_PORT, SMTP_TIMEOUT 15 s; SMTP_SECURITY starttls: "
    "Tls::Required, force_tls: Tls::Wrapper, off: plain; credentials when SMTP_USERNAME and "
    "SMTP_PASSWORD are set) -> send(); the lettre Error's kind picks the prefix, its Display "
    "('<kind words>: <source>') follows; "
)
_CLIENT = 'err!(format!("SMTP client error: {e}"))'
_4XX = 'err!(format!("SMTP 4xx error: {e}"))'
_5XX = 'err!(format!("SMTP 5xx error: {msg}"))'
_TIMEOUT = 'err!(format!("SMTP timeout error: {e}"))'
_OTHER = 'err!(format!("SMTP error: {e}"))'
_NET = "src/transport/smtp/client/async_net.rs"
_CONN = "src/transport/smtp/client/async_connection.rs"
_ERR = "src/transport/smtp/error.rs"
_RERR = "rustls/src/error.rs"
_CONNECTION = ("lettre", 'Kind::Connection => f.write_str("Connection error")', _ERR)
_RESOLVE = ("lettre", ".map_err(error::connection)?", _NET)
_TLS = ("lettre", ".connect(domain.to_owned(), tcp_stream)", _NET)
_CERT = ("rustls", 'write!(f, "invalid peer certificate: {err}")', _RERR)
_PERM = ("lettre", 'write!(f, "permanent error ({code})")', _ERR)
_TRANS = ("lettre", 'write!(f, "transient error ({code})")', _ERR)
_REPLY = ("lettre", "Some(response.message().collect()),", _CONN)
_CLIENTW = ("lettre", 'Kind::Client => f.write_str("internal client error")', _ERR)
_JOINED = (
    "; lettre joins the reply's lines with nothing between them (response.message().collect())"
)
_S = "SMTP error: Connection error: "
_P = "SMTP 5xx error: permanent error "
_T = "SMTP 4xx error: transient error "
_CRED = " - Authentication credentials invalid"
_GM_535 = (
    "5.7.8 Username and Password not accepted. For more information, go to5.7.8  "
    "https://support.google.com/mail/?p=BadCredentials " + _GMAIL_ID
)

# (Vaultwarden literal, library cites (pin key, literal, path) or plain strings, pick)
VAULTWARDEN: list[tuple[str, tuple[tuple[str, str, str] | str, ...], Pick]] = [
    (
        _OTHER,
        (_RESOLVE, _CONNECTION, STD_DNS),
        Pick(
            "",
            "HOST_NOT_FOUND",
            then=_S + "failed to lookup address information: Name or service not known",
            why=_VW + "connect_tokio1() try_connect(): tokio lookup_host() fails (EAI_NONAME), "
            "error::connection(io::Error); not client/4xx/5xx/timeout/tls, so the last 'SMTP "
            "error: ': SMTP_HOST does not resolve",
        ),
    ),
    (
        _OTHER,
        (_RESOLVE, _CONNECTION, STD_DNS),
        Pick(
            "",
            "DNS_FAILURE",
            then=_S + "failed to lookup address information: Temporary failure in name resolution",
            why=_VW + "lookup_host() EAI_AGAIN: the container's resolver does not answer",
        ),
    ),
    (
        _OTHER,
        (("lettre", "Some(last_err) => error::connection(last_err),", _NET), _CONNECTION, STD_IO),
        Pick(
            "",
            "PORT_CLOSED",
            then=_S + "Connection refused (os error 111)",
            why=_VW + "try_connect(): every address's connect() ECONNREFUSED, the last error "
            "kept: nothing listens on SMTP_PORT",
        ),
    ),
    (
        _TIMEOUT,
        (("lettre", '"connection timed out",', _NET), _CONNECTION),
        Pick(
            "",
            "PORT_FILTERED",
            then="SMTP timeout error: Connection error: connection timed out",
            why=_VW + "try_connect(): tokio::time::timeout(SMTP_TIMEOUT) runs out on the "
            "connect, lettre's own io::Error(TimedOut), e.is_timeout(): the SYN is never "
            "answered, a firewall drops the port",
        ),
    ),
    (
        _OTHER,
        (("lettre", "Some(last_err) => error::connection(last_err),", _NET), _CONNECTION, STD_IO),
        Pick(
            "",
            "HOST_UNREACHABLE",
            then=_S + "No route to host (os error 113)",
            why=_VW + "connect() EHOSTUNREACH",
        ),
    ),
    (
        _OTHER,
        (("lettre", "Some(last_err) => error::connection(last_err),", _NET), _CONNECTION, STD_IO),
        Pick(
            "",
            "IPV6_BROKEN",
            then=_S + "Network is unreachable (os error 101)",
            why=_VW + "connect() ENETUNREACH for the last address tried: SMTP_HOST resolves to "
            "IPv6 only (or its IPv6 address last), the Docker network has no IPv6 route",
        ),
    ),
    (
        _OTHER,
        (_TLS, _CONNECTION, ("rustls", "received corrupt message of type {typ:?}", _RERR)),
        Pick(
            "",
            "TLS_ON_PLAIN_PORT",
            then=_S + "received corrupt message of type InvalidContentType",
            why=_VW + "SMTP_SECURITY force_tls with SMTP_PORT 587: Tls::Wrapper opens TLS at "
            "once, rustls reads the plain '220 ' greeting as a TLS record "
            "(InvalidMessage::InvalidContentType); tokio-rustls's io::Error, error::connection",
        ),
    ),
    (
        _CLIENT,
        (
            ("lettre", 'Err(error::client("STARTTLS is not supported on this server"))', _CONN),
            _CLIENTW,
        ),
        Pick(
            "",
            "STARTTLS_NOT_OFFERED",
            then="SMTP client error: internal client error: STARTTLS is not supported on this "
            "server",
            why=_VW + "SMTP_SECURITY starttls: Tls::Required -> src/executor.rs conn.starttls() "
            "-> the EHLO reply names no STARTTLS",
        ),
    ),
    (
        _4XX,
        (("lettre", "try_smtp!(self.command(Starttls).await, self);", _CONN), _TRANS, _REPLY),
        Pick(
            "",
            "STARTTLS_FAILED",
            then=_T + "(454): 4.7.0 TLS not available due to local problem",
            why=_VW + "Tls::Required: STARTTLS is offered but answered 454 (Postfix without a "
            "usable certificate)",
        ),
    ),
    (
        _OTHER,
        (_TLS, _CONNECTION, _CERT, ("rustls", 'other => write!(f, "{other:?}"),', _RERR)),
        Pick(
            "",
            "CERT_UNTRUSTED",
            then=_S + "invalid peer certificate: UnknownIssuer",
            why=_VW + "the rustls handshake (STARTTLS or implicit TLS) with webpki and the "
            "native roots: the chain does not lead to a trusted root (a private CA, a missing "
            "intermediate, or self-signed: webpki says UnknownIssuer for all); "
            "SMTP_ACCEPT_INVALID_CERTS off",
        ),
    ),
    (
        _OTHER,
        (_TLS, _CONNECTION, _CERT, ("rustls", "certificate expired: verification time", _RERR)),
        Pick(
            "",
            "CERT_EXPIRED",
            then=_S + "invalid peer certificate: certificate expired: verification time "
            "1781000000 (UNIX), but certificate is not valid after 1780000000 (1000000 seconds "
            "ago)",
            why=_VW + "rustls CertificateError::ExpiredContext: the server's certificate is "
            "past its notAfter",
        ),
    ),
    (
        _OTHER,
        (_TLS, _CONNECTION, _CERT, ("rustls", "certificate not valid for name {:?}", _RERR)),
        Pick(
            "",
            "CERT_HOSTNAME_MISMATCH",
            then=_S + 'invalid peer certificate: certificate not valid for name "smtp.example.'
            'com"; certificate is only valid for DnsName("*.hosting.example.net") or '
            'DnsName("hosting.example.net")',
            why=_VW + "rustls CertificateError::NotValidForNameContext: SMTP_HOST is not a name "
            "of the certificate (the hoster's shared name); SMTP_ACCEPT_INVALID_HOSTNAMES off",
        ),
    ),
    (
        _OTHER,
        (_TLS, _CONNECTION, ("rustls", 'write!(f, "received fatal alert: {alert:?}")', _RERR)),
        Pick(
            "",
            "TLS_HANDSHAKE_FAILED",
            then=_S + "received fatal alert: HandshakeFailure",
            why=_VW + "the server's handshake_failure alert: no cipher suite or group in "
            "common with rustls (TLS 1.2 ECDHE/AEAD and TLS 1.3 only)",
        ),
    ),
    (
        _OTHER,
        (_TLS, _CONNECTION, ("rustls", 'write!(f, "received fatal alert: {alert:?}")', _RERR)),
        Pick(
            "",
            "TLS_OUTDATED",
            then=_S + "received fatal alert: ProtocolVersion",
            why=_VW + "the server's protocol_version alert to rustls's TLS 1.2/1.3 ClientHello: "
            "the server speaks only TLS 1.0/1.1, which rustls does not implement",
        ),
    ),
    (
        _5XX,
        (_PERM, _REPLY),
        Pick(
            "",
            "AUTH_FAILED",
            then=_P + "(535): " + _GM_535 + _CRED,
            why=_VW + "AUTH answered 535 -> error::code() Kind::Permanent; Vaultwarden adds "
            "' - Authentication credentials invalid' for '(535)'; Gmail's 5.7.8 BadCredentials"
            + _JOINED,
        ),
    ),
    (
        _5XX,
        (_PERM, _REPLY),
        Pick(
            "",
            "AUTH_FAILED",
            then=_P + "(535): 5.7.8 Error: authentication failed: authentication failure" + _CRED,
            why=_VW + "AUTH answered 535; Postfix/Dovecot's words: SMTP_USERNAME/SMTP_PASSWORD "
            "refused",
        ),
    ),
    (
        _5XX,
        (_PERM, _REPLY),
        Pick(
            "",
            "APP_PASSWORD_REQUIRED",
            then=_P + "(534): 5.7.9 Application-specific password required. For more "
            "information, go to5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
            + _GMAIL_ID,
            why=_VW + "AUTH answered 534 (no ' - Authentication credentials invalid', only 535 "
            "gets it); Gmail's 5.7.9: the account uses 2-step verification, the account "
            "password is refused" + _JOINED,
        ),
    ),
    (
        _5XX,
        (_PERM, _REPLY),
        Pick(
            "",
            "PROTOCOL_DISABLED",
            then=_P + "(535): 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is "
            "disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more "
            "information. " + _M365 + _CRED,
            why=_VW + "AUTH answered 535; Microsoft 365's 5.7.139: SMTP AUTH is switched off "
            "for the tenant (Vaultwarden's suffix notwithstanding)",
        ),
    ),
    (
        _CLIENT,
        (
            ("lettre", 'error::client("No compatible authentication mechanism was found")', _CONN),
            _CLIENTW,
        ),
        Pick(
            "",
            "AUTH_NOT_OFFERED",
            then="SMTP client error: internal client error: No compatible authentication "
            "mechanism was found",
            why=_VW + "AsyncSmtpConnection::auth(): the EHLO reply names no AUTH mechanism of "
            "SMTP_AUTH_MECHANISM's list (Plain, Login, Xoauth2 by default), or no AUTH at all",
        ),
    ),
    (
        _5XX,
        (_PERM, _REPLY),
        Pick(
            "",
            "ENCRYPTION_NOT_USED",
            then=_P + "(530): 5.7.0 Must issue a STARTTLS command first.",
            why=_VW + "SMTP_SECURITY off, no login: the server answers MAIL FROM with 530, it "
            "requires STARTTLS",
        ),
    ),
    (
        _5XX,
        (_PERM, _REPLY),
        Pick(
            "",
            "SENDER_REFUSED",
            then=_P + "(553): 5.7.1 <vaultwarden@example.com>: Sender address rejected: not "
            "owned by user alice@example.com",
            why=_VW + "MAIL FROM:<SMTP_FROM> refused: the login may not send as SMTP_FROM",
        ),
    ),
    (
        _5XX,
        (_PERM, _REPLY),
        Pick(
            "",
            "RELAY_REFUSED",
            then=_P + "(554): 5.7.1 <bob@example.org>: Relay access denied",
            why=_VW + "RCPT TO refused: no login (SMTP_USERNAME unset), the server does not "
            "relay to other domains",
        ),
    ),
    (
        _5XX,
        (_PERM, _REPLY),
        Pick(
            "",
            "RECIPIENT_UNKNOWN",
            then=_P + "(550): 5.1.1 <bob@example.org>: Recipient address rejected: User "
            "unknown in virtual mailbox table",
            why=_VW + "RCPT TO refused: the test address does not exist",
        ),
    ),
    (
        _4XX,
        (_TRANS, _REPLY),
        Pick(
            "",
            "RATE_LIMITED",
            then=_T + "(421): 4.7.0 Try again later, closing connection. (MAIL) " + _GMAIL_ID,
            why=_VW + "Gmail's 421 4.7.0 throttle to MAIL FROM, Kind::Transient",
        ),
    ),
    (
        _5XX,
        (_PERM, _REPLY),
        Pick(
            "",
            "RATE_LIMITED",
            then=_P + "(550): 5.4.5 Daily user sending limit exceeded. For more information on "
            "Gmail5.4.5 sending limits go to5.4.5  https://support.google.com/a/answer/166852 "
            + _GMAIL_ID,
            why=_VW + "Gmail's 550 5.4.5: the daily sending quota is spent" + _JOINED,
        ),
    ),
    (
        _5XX,
        (_PERM, _REPLY),
        Pick(
            "",
            "REJECTED_AS_SPAM",
            then=_P + "(554): 5.7.1 Service unavailable; Client host [203.0.113.5] blocked "
            "using zen.spamhaus.org",
            why=_VW + "connect_impl() reads the greeting: a 554 greeting, the server's IP is on "
            "a block list",
        ),
    ),
    (
        _5XX,
        (_PERM, _REPLY),
        Pick(
            "",
            "SIZE_LIMIT",
            then=_P + "(552): 5.3.4 Message size exceeds fixed limit",
            why=_VW + "the end of DATA answered 552: a mail (an emergency-access or Send mail "
            "with embedded images, SMTP_EMBED_IMAGES) over the server's size limit",
        ),
    ),
    (
        _4XX,
        (_TRANS, _REPLY),
        Pick(
            "",
            "RECIPIENT_MAILBOX_FULL",
            then=_T + "(452): 4.2.2 The email account that you tried to reach is over quota. "
            "Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp "
            + _GMAIL_ID,
            why=_VW + "RCPT TO answered 452 4.2.2 by Gmail: the recipient's mailbox is full",
        ),
    ),
    (
        _OTHER,
        (
            ("lettre", 'Err(error::response("incomplete response"))', _CONN),
            ("lettre", 'Kind::Response => f.write_str("response error")', _ERR),
        ),
        Pick(
            "",
            "CONNECTION_CLOSED",
            then="SMTP error: response error: incomplete response",
            why=_VW + "read_response(): the server closed the connection before a complete "
            "reply (read_line() returned 0); Kind::Response is none of the matched kinds",
        ),
    ),
    # Not a mail-settings problem (or none that a code names).
    (
        'err!("Mail is not enabled")',
        (),
        Pick(
            "",
            None,
            then="Mail is not enabled",
            why="test_smtp(): CONFIG.mail_enabled() is false, neither SMTP_HOST nor "
            "USE_SENDMAIL is set; no server was asked",
        ),
    ),
    (
        'err!("Both `SMTP_HOST` and `SMTP_FROM` need to be set for email support without',
        (),
        Pick(
            "",
            None,
            then="Both `SMTP_HOST` and `SMTP_FROM` need to be set for email support without "
            "`USE_SENDMAIL`",
            why="src/config.rs validate_config(): the admin page's saved settings are "
            "incomplete; a form check, no connection made",
        ),
    ),
    (
        'Some("Invalid admin token, please try again."),',
        (),
        Pick(
            "",
            None,
            then="Invalid admin token, please try again.",
            why="src/api/admin.rs post_admin_login(): the /admin page's ADMIN_TOKEN is wrong",
        ),
    ),
    (
        'Some("Too many requests, try again later."),',
        (),
        Pick(
            "",
            None,
            then="Too many requests, try again later.",
            why="post_admin_login(): ratelimit::check_limit_admin() refused the admin login",
        ),
    ),
    (
        'err!("Username or password is incorrect. Try again"',
        (),
        Pick(
            "",
            None,
            then="Username or password is incorrect. Try again",
            why="src/api/identity.rs _password_login(): a Bitwarden client's sign-in to the "
            "vault with a wrong master password",
        ),
    ),
    (
        'err!("Recovery code is incorrect. Try again.")',
        (),
        Pick(
            "",
            None,
            then="Recovery code is incorrect. Try again.",
            why="identity.rs twofactor_auth(): the two-step login's recovery code",
        ),
    ),
    (
        'err!("SSO sign-in is required")',
        (),
        Pick(
            "",
            None,
            then="SSO sign-in is required",
            why="identity.rs login(): SSO_ONLY, a password login is refused",
        ),
    ),
    (
        'err!("Registration not allowed or user already exists")',
        (),
        Pick(
            "",
            None,
            then="Registration not allowed or user already exists",
            why="src/api/core/accounts.rs _register(): SIGNUPS_ALLOWED off or the address is taken",
        ),
    ),
    (
        'err!("Invalid password")',
        (),
        Pick(
            "",
            None,
            then="Invalid password",
            why="accounts.rs: the master password check of a profile change",
        ),
    ),
    (
        'err!("PBKDF2 KDF iterations must be at least 100000.")',
        (),
        Pick(
            "",
            None,
            then="PBKDF2 KDF iterations must be at least 100000.",
            why="accounts.rs set_kdf_data(): the encryption settings form",
        ),
    ),
    (
        'err!("The field Name must be a string with a maximum length of 50.")',
        (),
        Pick(
            "",
            None,
            then="The field Name must be a string with a maximum length of 50.",
            why="accounts.rs: registration/profile form validation",
        ),
    ),
    (
        'err!("No twofactor email registered")',
        (),
        Pick(
            "",
            None,
            then="No twofactor email registered",
            why="identity.rs: the e-mail two-step provider chosen but never set up for the "
            "account; no mail sent or attempted",
        ),
    ),
    (
        'err!("Password hints have been disabled by the administrator. Remove the hint and',
        (),
        Pick(
            "",
            None,
            then="Password hints have been disabled by the administrator. Remove the hint and "
            "try again.",
            why="accounts.rs: PASSWORD_HINTS_ALLOWED off, registration with a hint",
        ),
    ),
    (
        'err_code!("Too many login requests", 429);',
        (),
        Pick(
            "",
            None,
            then="Too many login requests",
            why="src/ratelimit.rs check_limit_login(): LOGIN_RATELIMIT_MAX_BURST exceeded",
        ),
    ),
    (
        'err_code!("User doesn\'t exist", Status::NotFound.code);',
        (),
        Pick(
            "",
            None,
            then="User doesn't exist",
            why="src/api/admin.rs: the admin users page acts on a deleted user",
        ),
    ),
    (
        'err!("Can\'t back up current DB (Only SQLite supports this feature)");',
        (),
        Pick(
            "",
            None,
            then="Can't back up current DB (Only SQLite supports this feature)",
            why="admin.rs backup_db(): the admin diagnostics page's backup with MySQL/PostgreSQL",
        ),
    ),
]

# Healthchecks ----------------------------------------------------------------------------------

_HC = (
    "an email integration's alert: sendalerts -> Channel.notify() -> hc/integrations/email/"
    "transport.py Email.notify() -> hc/lib/emails.py alert() -> send(block=True) -> "
    "EmailThread.run() -> EmailMultiAlternatives.send() -> Django's SMTP EmailBackend "
    "(MAILERS: EMAIL_HOST, EMAIL_PORT 587, EMAIL_USE_TLS on: starttls(), EMAIL_USE_SSL: "
    "SMTP_SSL, login() when EMAIL_HOST_USER is set; fail_silently off, no timeout set); "
    "Channel.notify() catches only TransportError, so the exception reaches sendalerts' "
    "on_notify_done(), logged 'Exception in notify' with its traceback, whose last line is "
    "the exception CPython 3.12 raised; "
)
_RUN = "self.message.send()"
_EMAILS = "hc/lib/emails.py"
_LOGGED = 'logger.error("Exception in notify", exc_info=exc)'
_SENDALERTS = "hc/api/management/commands/sendalerts.py"
_TB = (
    "Exception in notify\nTraceback (most recent call last):\n"
    '  File "/opt/healthchecks/hc/lib/emails.py", line 25, in run\n'
    "    self.message.send()\n  ...\n"
)
_SSL = " (_ssl.c:1000)"
_OPEN = f"{DJANGO}.open() -> {CPYTHON}smtplib.py SMTP.connect() -> socket.create_connection()"
_OPEN_SSL = f"{DJANGO}.open() -> {CPYTHON}smtplib.py SMTP_SSL._get_socket() -> ssl.py"
_STLS = f"{DJANGO}.open() -> {CPYTHON}smtplib.py SMTP.starttls()"
_LOGIN = f"{DJANGO}.open() -> {CPYTHON}smtplib.py SMTP.login()"
_SEND = f"{DJANGO}._send() -> {CPYTHON}smtplib.py SMTP.sendmail()"
_FROM = "healthchecks@example.com"
_BOUNCE = (
    "hc/api/views.py bounces(): the DSN that comes back to EMAIL_MAIL_FROM_TMPL's bounce "
    "address names the notification; its Diagnostic-Code ('smtp; ' cut) is stored as the "
    "notification's and the channel's last error, shown on the Integrations page; "
)


def _hc(last: str, code: str, why: str, lib: str) -> tuple[str, str, str, Pick]:
    return (_RUN, _EMAILS, lib, Pick("", code, then=_TB + last, why=_HC + why))


# (Healthchecks literal, its path, library cite, pick)
HEALTHCHECKS: list[tuple[str, str, str, Pick]] = [
    _hc(
        "socket.gaierror: [Errno -2] Name or service not known",
        "HOST_NOT_FOUND",
        "getaddrinfo EAI_NONAME: EMAIL_HOST does not resolve",
        _OPEN,
    ),
    _hc(
        "socket.gaierror: [Errno -3] Temporary failure in name resolution",
        "DNS_FAILURE",
        "getaddrinfo EAI_AGAIN: the resolver does not answer",
        _OPEN,
    ),
    _hc(
        "ConnectionRefusedError: [Errno 111] Connection refused",
        "PORT_CLOSED",
        "connect() ECONNREFUSED: nothing listens on EMAIL_PORT",
        _OPEN,
    ),
    _hc(
        "TimeoutError: [Errno 110] Connection timed out",
        "PORT_FILTERED",
        "connect() ETIMEDOUT (no socket timeout, the kernel's SYN retries run out): a "
        "firewall drops the port",
        _OPEN,
    ),
    _hc(
        "OSError: [Errno 113] No route to host",
        "HOST_UNREACHABLE",
        "connect() EHOSTUNREACH",
        _OPEN,
    ),
    _hc(
        "OSError: [Errno 101] Network is unreachable",
        "IPV6_BROKEN",
        "connect() ENETUNREACH for EMAIL_HOST's first (IPv6) address, create_connection() "
        "raising the first address's error: the container has no IPv6 route",
        _OPEN,
    ),
    _hc(
        "ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number" + _SSL,
        "TLS_ON_PLAIN_PORT",
        "EMAIL_USE_SSL with EMAIL_PORT 587: SMTP_SSL opens TLS, the server sends its plain "
        "greeting",
        _OPEN_SSL,
    ),
    _hc(
        "smtplib.SMTPServerDisconnected: Connection unexpectedly closed",
        "CONNECTION_CLOSED",
        "getreply() reads nothing: the server closed the connection before a reply; "
        "EmailThread.run() retries SMTPServerDisconnected three times, then raises",
        f"{CPYTHON}smtplib.py SMTP.getreply()",
    ),
    _hc(
        "smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.",
        "STARTTLS_NOT_OFFERED",
        "EMAIL_USE_TLS (the default): the EHLO reply names no STARTTLS",
        _STLS,
    ),
    _hc(
        "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify "
        "failed: unable to get local issuer certificate" + _SSL,
        "CERT_UNTRUSTED",
        "starttls() with Django's ssl_context (ssl.create_default_context(), the system "
        "CAs): the chain does not reach a trusted root",
        _STLS,
    ),
    _hc(
        "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify "
        "failed: self-signed certificate" + _SSL,
        "CERT_SELF_SIGNED",
        "starttls(): the server's certificate is self-signed",
        _STLS,
    ),
    _hc(
        "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify "
        "failed: certificate has expired" + _SSL,
        "CERT_EXPIRED",
        "starttls(): the certificate is past its notAfter",
        _STLS,
    ),
    _hc(
        "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify "
        "failed: Hostname mismatch, certificate is not valid for 'smtp.example.com'." + _SSL,
        "CERT_HOSTNAME_MISMATCH",
        "starttls(): check_hostname, EMAIL_HOST is not a name of the certificate",
        _STLS,
    ),
    _hc(
        "ssl.SSLError: [SSL: UNSUPPORTED_PROTOCOL] unsupported protocol" + _SSL,
        "TLS_OUTDATED",
        "starttls(): the server offers only TLS 1.0/1.1, refused by OpenSSL 3's default "
        "security level",
        _STLS,
    ),
    _hc(
        "ssl.SSLError: [SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] sslv3 alert handshake failure" + _SSL,
        "TLS_HANDSHAKE_FAILED",
        "starttls(): the server's handshake_failure alert, no cipher in common",
        _STLS,
    ),
    _hc(
        "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted. "
        "For more information, go to\\n5.7.8  https://support.google.com/mail/?p=BadCredentials "
        + _GMAIL_ID
        + "')",
        "AUTH_FAILED",
        "login() answered 535 5.7.8 by Gmail: EMAIL_HOST_USER/EMAIL_HOST_PASSWORD wrong",
        _LOGIN,
    ),
    _hc(
        "smtplib.SMTPAuthenticationError: (534, b'5.7.9 Application-specific password "
        "required. For more information, go to\\n5.7.9  "
        "https://support.google.com/mail/?p=InvalidSecondFactor " + _GMAIL_ID + "')",
        "APP_PASSWORD_REQUIRED",
        "login() answered 534 5.7.9 by Gmail: a 2-step verification account's own password",
        _LOGIN,
    ),
    _hc(
        "smtplib.SMTPAuthenticationError: (535, b'5.7.139 Authentication unsuccessful, "
        "SmtpClientAuthentication is disabled for the Tenant. Visit "
        "https://aka.ms/smtp_auth_disabled for more information. " + _M365 + "')",
        "PROTOCOL_DISABLED",
        "login() answered 535 5.7.139 by Microsoft 365: SMTP AUTH off for the tenant",
        _LOGIN,
    ),
    _hc(
        "smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.",
        "AUTH_NOT_OFFERED",
        "login() with EMAIL_HOST_USER set, the EHLO reply names no AUTH",
        _LOGIN,
    ),
    _hc(
        "smtplib.SMTPSenderRefused: (530, b'5.7.0 Must issue a STARTTLS command first.', '"
        + _FROM
        + "')",
        "ENCRYPTION_NOT_USED",
        "EMAIL_USE_TLS=False, no login: MAIL FROM answered 530, the server wants STARTTLS",
        _SEND,
    ),
    _hc(
        "smtplib.SMTPSenderRefused: (553, b'5.7.1 <" + _FROM + ">: Sender address rejected: "
        "not owned by user alerts@example.com', '" + _FROM + "')",
        "SENDER_REFUSED",
        "MAIL FROM:<DEFAULT_FROM_EMAIL> refused: the login may not send as it",
        _SEND,
    ),
    _hc(
        "smtplib.SMTPRecipientsRefused: {'bob@example.org': (554, b'5.7.1 <bob@example.org>: "
        "Relay access denied')}",
        "RELAY_REFUSED",
        "the alert's only recipient refused at RCPT: no login, no relaying",
        _SEND,
    ),
    _hc(
        "smtplib.SMTPRecipientsRefused: {'bob@example.org': (550, b'5.1.1 <bob@example.org>: "
        "Recipient address rejected: User unknown in virtual mailbox table')}",
        "RECIPIENT_UNKNOWN",
        "the integration's address does not exist on the (local) server",
        _SEND,
    ),
    _hc(
        "smtplib.SMTPSenderRefused: (421, b'4.7.0 Try again later, closing connection. (MAIL) "
        + _GMAIL_ID
        + "', 'healthchecks@gmail.com')",
        "RATE_LIMITED",
        "Gmail's 421 4.7.0 throttle to MAIL FROM (many alerts at once)",
        _SEND,
    ),
    _hc(
        "smtplib.SMTPDataError: (550, b'5.7.1 Message rejected as spam by Content Filtering.')",
        "REJECTED_AS_SPAM",
        "the end of DATA answered 550: the content filter refuses the alert (retried three "
        "times by EmailThread.run(), then raised)",
        _SEND,
    ),
    _hc(
        "smtplib.SMTPDataError: (552, b'5.3.4 Message size exceeds fixed limit')",
        "SIZE_LIMIT",
        "the end of DATA answered 552: an alert with the last ping's email attached "
        "(last-ping.eml) over the server's size limit",
        _SEND,
    ),
    _hc(
        "smtplib.SMTPConnectError: (554, b'5.7.1 Service unavailable; Client host "
        "[203.0.113.5] blocked using zen.spamhaus.org')",
        "REJECTED_AS_SPAM",
        "SMTP.connect() reads a 554 greeting: the server's IP is on a block list",
        f"{DJANGO}.open() -> {CPYTHON}smtplib.py SMTP.connect()",
    ),
    (
        'error = f"Delivery failed ({diagnostic})"[:200]',
        "hc/api/views.py",
        "",
        Pick(
            "",
            "RECIPIENT_UNKNOWN",
            then="Delivery failed (550 5.1.1 <bob@example.org>: Recipient address rejected: "
            "User unknown in virtual mailbox table)",
            why=_BOUNCE + "the receiving server refused the integration's address",
        ),
    ),
    (
        'error = f"Delivery failed ({diagnostic})"[:200]',
        "hc/api/views.py",
        "",
        Pick(
            "",
            "RECIPIENT_MAILBOX_FULL",
            then="Delivery failed (552 5.2.2 <bob@example.org>: Disk quota exceeded)",
            why=_BOUNCE + "the recipient's mailbox is over quota",
        ),
    ),
    (
        'error = f"Delivery failed (SMTP status code: {status})"[:200]',
        "hc/api/views.py",
        "",
        Pick(
            "",
            "RECIPIENT_UNKNOWN",
            then="Delivery failed (SMTP status code: 5.1.1)",
            why=_BOUNCE + "a DSN without Diagnostic-Code: Status 5.1.1, bad destination "
            "mailbox address",
        ),
    ),
    # Not a mail-settings problem.
    (
        'raise forms.ValidationError("Incorrect email or password.")',
        "hc/accounts/forms.py",
        "",
        Pick("", None, then="Incorrect email or password.", why="the sign-in form"),
    ),
    (
        'raise forms.ValidationError("Too many attempts, please try later.")',
        "hc/accounts/forms.py",
        "",
        Pick(
            "",
            None,
            then="Too many attempts, please try later.",
            why="the sign-in/sign-up forms' token-bucket limit",
        ),
    ),
    (
        'raise forms.ValidationError(f"{v} is already registered")',
        "hc/accounts/forms.py",
        "",
        Pick(
            "",
            None,
            then="alice@example.com is already registered",
            why="the sign-up / change-email form: the address has an account",
        ),
    ),
    (
        'raise forms.ValidationError("The code you entered was incorrect.")',
        "hc/accounts/forms.py",
        "",
        Pick(
            "",
            None,
            then="The code you entered was incorrect.",
            why="the TOTP two-factor form",
        ),
    ),
    (
        'return error("wrong api key", 401)',
        "hc/api/decorators.py",
        "",
        Pick(
            "",
            None,
            then='{"error": "wrong api key"}',
            why="the management API's X-Api-Key check (JSON answer)",
        ),
    ),
    (
        'return error("missing api key", 401)',
        "hc/api/decorators.py",
        "",
        Pick("", None, then='{"error": "missing api key"}', why="the management API"),
    ),
    (
        'messages.warning(request, f"Could not send a test notification. {error}.")',
        "hc/front/views.py",
        "",
        Pick(
            "",
            None,
            then="Could not send a test notification. Email not verified.",
            why="front/views.py send_test_notification() -> Channel.notify() -> Email.notify() "
            "raises TransportError('Email not verified'): the integration's recipient has not "
            "clicked the confirmation link; nothing was sent to a server",
        ),
    ),
    (
        'messages.warning(request, f"Could not send a test notification. {error}.")',
        "hc/front/views.py",
        "",
        Pick(
            "",
            None,
            then="Could not send a test notification. Received status code 404.",
            why="a webhook integration's test: hc/api/transports.py HttpTransport, the "
            "endpoint answered 404",
        ),
    ),
    (
        'messages.warning(request, f"Could not send a test notification. {error}.")',
        "hc/front/views.py",
        "",
        Pick(
            "",
            None,
            then="Could not send a test notification. Monthly phone call limit exceeded.",
            why="the phone-call integration (hc/integrations/call/transport.py): the "
            "project's monthly quota",
        ),
    ),
    (
        'messages.warning(request, f"Could not send a test notification. {error}.")',
        "hc/front/views.py",
        "",
        Pick(
            "",
            None,
            then="Could not send a test notification. Invalid phone number.",
            why="the SMS integration (hc/integrations/sms/transport.py): Twilio refused the number",
        ),
    ),
    (
        '"No SMTP configuration, cannot send email",',
        "hc/api/apps.py",
        "",
        Pick(
            "",
            None,
            then="?: (hc.api.W002) No SMTP configuration, cannot send email\n\tHINT: See "
            "https://github.com/healthchecks/healthchecks#sending-emails",
            why="hc/api/apps.py settings_check(), Django's system check at start: EMAIL_HOST "
            "unset; no server asked, nothing a code names",
        ),
    ),
    (
        'error = f"Delivery failed (status={status})."',
        "hc/api/views.py",
        "",
        Pick(
            "",
            None,
            then="Delivery failed (status=undelivered).",
            why="hc/api/views.py notification_status(): Twilio's status callback for an SMS "
            "or WhatsApp notification, no mail involved",
        ),
    ),
    (
        'raise TransportError(f"GitHub denied access to {self.channel.github.repo}")',
        "hc/integrations/github/transport.py",
        "",
        Pick(
            "",
            None,
            then="GitHub denied access to alice/backups",
            why="the GitHub integration's issue creation answered 403",
        ),
    ),
    (
        'raise forms.ValidationError("Address is too long.")',
        "hc/accounts/forms.py",
        "",
        Pick("", None, then="Address is too long.", why="the sign-up form's email field"),
    ),
]


def vaultwarden(mirrors: Path) -> list[dict[str, object]]:
    """Vaultwarden's picked admin-page errors (English only)."""
    repo, commit = _library(mirrors, VAULTWARDEN_PIN)
    at = f"{VAULTWARDEN_PIN[0]}@{commit[:12]}"
    libs = {"lettre": LETTRE_PIN, "rustls": RUSTLS_PIN}
    pinned = {key: _library(mirrors, pin) for key, pin in libs.items()}
    entries = []
    for index, (literal, cites, pick) in enumerate(VAULTWARDEN):
        source = f"{at}:{_where(repo, commit, literal, ('src',))}"
        then = []
        for cite in cites:
            if isinstance(cite, str):
                then.append(cite)
                continue
            key, lib_literal, path = cite
            lib_repo, lib_commit = pinned[key]
            found = _where(lib_repo, lib_commit, lib_literal, (path,))
            then.append(f"{libs[key][0]}@{lib_commit[:12]}:{found}")
        if then:
            source += f" (then {'; '.join(then)})"
        entries.append(
            _entry("Vaultwarden", f"vaultwarden.{index}", pick, {"en": pick.then}, {"en": source})
        )
    return entries


def healthchecks(mirrors: Path) -> list[dict[str, object]]:
    """Healthchecks' picked log lines and messages (English only)."""
    repo, commit = _library(mirrors, HEALTHCHECKS_PIN)
    at = f"{HEALTHCHECKS_PIN[0]}@{commit[:12]}"
    # The traceback's frame names the line of EmailThread.run() that sends.
    assert _where(repo, commit, _RUN, (_EMAILS,)) == f"{_EMAILS}:25"
    logged = _where(repo, commit, _LOGGED, (_SENDALERTS,))
    entries = []
    for index, (literal, path, lib, pick) in enumerate(HEALTHCHECKS):
        source = f"{at}:{_where(repo, commit, literal, (path,))}"
        if pick.then.startswith(_TB):
            source += f" (logged {at}:{logged}; then {lib})"
        elif lib:
            source += f" (then {lib})"
        entries.append(
            _entry("Healthchecks", f"healthchecks.{index}", pick, {"en": pick.then}, {"en": source})
        )
    return entries


def main(argv: list[str]) -> int:
    import json

    mirrors, out = Path(argv[1]), Path(argv[2])
    about = (
        "Fifty-second blind set: Vaultwarden (dani-garcia/vaultwarden, src/mail.rs's SMTP "
        "error prefixes as the admin page's 'Send test email' shows them, with lettre's, "
        "rustls 0.23.43's and Rust std::io's words, and its own admin/sign-in errors) and "
        "Healthchecks (healthchecks/healthchecks, the sendalerts 'Exception in notify' "
        "traceback of Django's SMTP backend with CPython 3.12 smtplib/ssl/socket words, the "
        "bounce handler's 'Delivery failed (...)', and its own messages); English only (neither "
        "ships translations of these texts); labelled blind from the code paths; built by "
        "tools/extract_fifty_second.py."
    )
    entries = [*vaultwarden(mirrors), *healthchecks(mirrors)]
    data = {"about": about, "entries": entries}
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
