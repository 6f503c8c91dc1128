"""Developer tool: the forty-ninth blind held-out set (Vikunja's and Mealie's mail errors).

Vikunja (the `vikunja testmail <address>` command, pkg/cmd/testmail.go: mail.SendTestMail() ->
pkg/mail/mail.go getClient() (TLSOpportunistic STARTTLS unless mailer.forcessl, which makes it
implicit TLS with TLSMandatory; tls.Config with InsecureSkipVerify = mailer.skiptlsverify and
ServerName = mailer.host; SMTP AUTH of mailer.authtype (plain by default) when a username and
password are set) -> go-mail Client.DialAndSend(), its error logged "Error sending test mail: %s"
through log/slog's text handler; and the notification mails' daemon, StartMailDaemon(): "Error
during connect to smtp server: %s" for DialWithContext() and "Error when sending mail: %s" for
Send()): github.com/wneessen/go-mail v0.8.1 as go.mod pins it (client.go, senderror.go, auth.go,
smtp/) and Go's net, crypto/tls, crypto/x509 and net/textproto words as they reach the error;
English only. Vikunja's own sign-in and form messages (frontend/src/i18n/lang/<ll>.json:
de-DE, fr-FR, es-ES, it-IT, nl-NL, pl-PL, pt-BR, ja-JP), code null. Mealie (the admin's site
settings "Test" email button: POST /api/admin/email, mealie/routes/admin/admin_email.py
send_test_email() catches any exception and answers {"success": false, "error": str(e)}, also
logged; mealie/services/email/email_senders.py Message.send() with smtplib.SMTP or SMTP_SSL,
timeout 10, starttls() and SMTP_SSL without a context, so with ssl._create_stdlib_context(): no
certificate verification): CPython 3.12's smtplib, ssl and OS English (en only; smtplib cited
by function, not read here). Mealie's own messages (frontend/lang/messages/<ll>.json, same
eight languages), code null. Labelled blind from the code.

    python -m tools.extract_forty_ninth MIRRORS_DIR benchmarks/data/forty_ninth_texts.json

MIRRORS_DIR holds `go-vikunja+vikunja/repo`, `wneessen+go-mail/repo` and
`mealie-recipes+mealie/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tools.extract_fresh_texts import (
    Pick,
    _entry,
    _library,
    _where,
    git,
    write_set,
)

VIKUNJA = ("go-vikunja/vikunja", "762dc4ebe6f3fbff15d90a0a119f0c6a4720e033")
GOMAIL = ("wneessen/go-mail", "2ac36f08567b2a215ebaffdfebcd8f82f165f256")  # v0.8.1
MEALIE = ("mealie-recipes/mealie", "b5643a9399465d8b4ea339e7a6639df2d697741b")
CPYTHON = "python/cpython@3.12:Lib/"
LANGS = {
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "it": "it-IT",
    "nl": "nl-NL",
    "pl": "pl-PL",
    "pt-BR": "pt-BR",
    "ja": "ja-JP",
}

_GMAIL_ID = "d2e1a72fcca58-71e5a1b2c3dsm1234567b3a.12 - gsmtp"
_M365 = "[AM0PR01CA0123.eurprd01.prod.exchangelabs.com 2026-05-12T10:11:12.345Z 08DC6A1B2C3D4E5F]"

# Vikunja ---------------------------------------------------------------------------------------

_GO_PATHS = ("client.go", "senderror.go", "auth.go", "smtp")
_TIME = "time=2026-08-22T10:11:12.345Z level=ERROR msg="
_VK_TEST = (
    "vikunja testmail -> pkg/mail/send_mail.go SendTestMail() -> getClient() (port "
    "mailer.port, 587 by default; STARTTLS when offered (TLSOpportunistic) unless "
    "mailer.forcessl: implicit TLS, TLSMandatory; AUTH mailer.authtype when username and "
    "password are set) -> go-mail Client.DialAndSend(): dial, greeting, EHLO, STARTTLS, AUTH "
    "errors wrapped 'dial failed: ', the SendError of MAIL/RCPT/DATA wrapped 'send failed: '; "
    "logged 'Error sending test mail: %s' by slog's text handler; "
)
_VK_DAEMON = (
    "a notification mail (task reminder, password reset, ...) through pkg/mail/mail.go "
    "StartMailDaemon(): the queue's first mail opens the connection, go-mail "
    "Client.DialWithContext() (its error unwrapped) logged 'Error during connect to smtp "
    "server: %s', Client.Send()'s SendError logged 'Error when sending mail: %s'; the user "
    "gets no mail and sees nothing; "
)
_IP = "192.0.2.25"
_LOCAL = "172.18.0.5"
_MSGID = ", affected message ID: <Xa9k2LmQpR7tZw3BqHc4VnYe8sUd6JfG@vikunja.example.com>"
_DIAL_NET = "dialContextFunc(ctx, network, c.ServerAddr())"
_FALLBACK_DIAL = 'dialContextFunc(ctx, "tcp", c.serverFallbackAddr())'
_FALLBACK = (
    "go-mail's fallback: WithTLSPortPolicy(TLSOpportunistic) comes first in getClient()'s "
    "options and sets fallbackPort 25, WithPort(mailer.port) leaves it, so a failed dial to "
    "mailer.port is retried on port 25 and that second dial's error is the one returned; "
)
_STARTTLS = "c.conn = tls.Client(c.conn, config)"
_AUTH_WRAP = '"SMTP AUTH failed: %w"'
_GREETING = "text.ReadResponse(220)"
_TLS_DIAL = "tls.Dialer{NetDialer: &netDialer, Config: c.tlsconfig}"


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # slog's text handler quotes as strconv.Quote


def _test(error: str, code: str, why: str, then: str) -> Pick:
    sent = error.startswith(("sending ", "closing "))
    wrap = "send failed: " if sent else "dial failed: "
    text = _TIME + _quote("Error sending test mail: " + wrap + error)
    return Pick(text, code, (), _VK_TEST + why, then, "test", '"Error sending test mail: %s"')


def _connect(error: str, code: str, why: str, then: str) -> Pick:
    text = _TIME + _quote("Error during connect to smtp server: " + error)
    context = '"Error during connect to smtp server: %s"'
    return Pick(text, code, (), _VK_DAEMON + why, then, "daemon", context)


def _sending(error: str, code: str, why: str, then: str) -> Pick:
    text = _TIME + _quote("Error when sending mail: " + error + _MSGID)
    return Pick(text, code, (), _VK_DAEMON + why, then, "daemon", '"Error when sending mail: %s"')


_AUTH = "SMTP AUTH failed: "
_GM = "5.7.9 "

VIKUNJA_PICKS: list[Pick] = [
    _test(
        f"dial tcp {_IP}:25: connect: connection refused",
        "PORT_CLOSED",
        _FALLBACK + "Go net: ECONNREFUSED on mailer.port 587, then on 25: nothing listens",
        _FALLBACK_DIAL,
    ),
    _test(
        f"dial tcp {_IP}:25: i/o timeout",
        "PORT_FILTERED",
        _FALLBACK + "Go net: the dial to mailer.port spends the shared deadline "
        "(mailer.queuetimeout + 3 s), the SYN is dropped by a firewall; the fallback dial to 25 "
        "fails at once with the expired context",
        _FALLBACK_DIAL,
    ),
    _test(
        f"dial tcp {_IP}:25: connect: no route to host",
        "HOST_UNREACHABLE",
        _FALLBACK + "Go net: EHOSTUNREACH for both ports",
        _FALLBACK_DIAL,
    ),
    _test(
        "dial tcp [2001:db8::25]:25: connect: network is unreachable",
        "IPV6_BROKEN",
        _FALLBACK + "Go net: mailer.host resolves to an IPv6 address only, the container has "
        "no IPv6 route",
        _FALLBACK_DIAL,
    ),
    _test(
        "dial tcp: lookup smtp.example.com on 127.0.0.11:53: no such host",
        "HOST_NOT_FOUND",
        "Go net resolver: NXDOMAIN for mailer.host",
        _DIAL_NET,
    ),
    _test(
        "dial tcp: lookup smtp.example.com on 127.0.0.11:53: server misbehaving",
        "DNS_FAILURE",
        "Go net resolver: SERVFAIL from Docker's resolver",
        _DIAL_NET,
    ),
    _test(
        f"read tcp {_LOCAL}:45678->{_IP}:587: i/o timeout",
        "NO_GREETING",
        "go-mail smtp.NewClient(): connected, text.ReadResponse(220) hits the deadline, no "
        "greeting",
        _GREETING,
    ),
    _test(
        f"read tcp {_LOCAL}:45678->{_IP}:465: i/o timeout",
        "PLAIN_ON_TLS_PORT",
        "mailer.port 465 with mailer.forcessl false: a plain dial to the implicit TLS port, the "
        "server waits for a ClientHello, ReadResponse(220) hits the deadline",
        _GREETING,
    ),
    _test(
        "tls: first record does not look like a TLS handshake",
        "TLS_ON_PLAIN_PORT",
        "mailer.forcessl true with mailer.port 587: go-mail's tls.Dialer starts TLS, the server "
        "answers its plain '220' greeting",
        _TLS_DIAL,
    ),
    _test(
        "tls: failed to verify certificate: x509: certificate signed by unknown authority",
        "CERT_UNTRUSTED",
        "go-mail smtp.Client.StartTLS() (offered, so TLSOpportunistic uses it): the chain does "
        "not verify against the system pool, mailer.skiptlsverify false",
        _STARTTLS,
    ),
    _test(
        "tls: failed to verify certificate: x509: certificate is valid for mail.example.net, "
        "not smtp.example.com",
        "CERT_HOSTNAME_MISMATCH",
        "go-mail smtp.Client.StartTLS(): the certificate names another host than the "
        "tls.Config's ServerName, mailer.host",
        _STARTTLS,
    ),
    _test(
        "tls: failed to verify certificate: x509: certificate has expired or is not yet valid: "
        "current time 2026-08-22T10:11:12Z is after 2026-07-01T23:59:59Z",
        "CERT_EXPIRED",
        "go-mail smtp.Client.StartTLS(): the server's certificate is past its NotAfter",
        _STARTTLS,
    ),
    _test(
        "tls: server selected unsupported protocol version 301",
        "TLS_OUTDATED",
        "go-mail smtp.Client.StartTLS(): Vikunja's tls.Config sets no MinVersion, Go's client "
        "default is TLS 1.2, the server only offers TLS 1.0",
        _STARTTLS,
    ),
    _test(
        "remote error: tls: handshake failure",
        "TLS_HANDSHAKE_FAILED",
        "go-mail smtp.Client.StartTLS(): the server's alert, no common cipher suite",
        _STARTTLS,
    ),
    _test(
        _AUTH + "535 5.7.8 Error: authentication failed: authentication failure",
        "AUTH_FAILED",
        "go-mail Client.auth() -> smtp.Client.Auth(PlainAuth): Postfix/Dovecot's 535 5.7.8 to "
        "mailer.username/mailer.password",
        _AUTH_WRAP,
    ),
    _test(
        _AUTH + "535 5.7.8 Username and Password not accepted. For more information, go to\n"
        "5.7.8  https://support.google.com/mail/?p=BadCredentials " + _GMAIL_ID,
        "AUTH_FAILED",
        "go-mail Client.auth(): Gmail's 535 5.7.8 BadCredentials (net/textproto joins the lines "
        "with a newline): the username or password is wrong",
        _AUTH_WRAP,
    ),
    _test(
        _AUTH + "534 " + _GM + "Application-specific password required. For more information, "
        "go to\n" + _GM + " https://support.google.com/mail/?p=InvalidSecondFactor " + _GMAIL_ID,
        "APP_PASSWORD_REQUIRED",
        "go-mail Client.auth(): Gmail's 534 5.7.9, 2-step verification on, an app password needed",
        _AUTH_WRAP,
    ),
    _test(
        _AUTH + "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled "
        "for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. " + _M365,
        "PROTOCOL_DISABLED",
        "go-mail Client.auth(): Microsoft 365's 535 5.7.139, SMTP AUTH switched off",
        _AUTH_WRAP,
    ),
    _test(
        _AUTH + "454 4.7.0 Too many login attempts, please try again later.",
        "RATE_LIMITED",
        "go-mail Client.auth(): a 454 naming too many login attempts",
        _AUTH_WRAP,
    ),
    _test(
        _AUTH + "unencrypted connection",
        "ENCRYPTION_NOT_USED",
        "the server offers AUTH but no STARTTLS on the plain port (TLSOpportunistic goes on "
        "unencrypted): go-mail smtp PlainAuth (allowUnencryptedAuth false) refuses to send the "
        "password over the plain connection, ErrUnencrypted",
        "ErrUnencrypted = errors.New(",
    ),
    _test(
        "server does not support SMTP AUTH",
        "AUTH_NOT_OFFERED",
        "go-mail Client.auth(): a username and password are set, the EHLO answer names no AUTH",
        '"server does not support SMTP AUTH"',
    ),
    _test(
        "server does not support SMTP AUTH type: PLAIN",
        "AUTH_NOT_OFFERED",
        "go-mail Client.auth(): mailer.authtype plain (the default), the EHLO AUTH line names "
        "only other mechanisms (e.g. LOGIN)",
        "ErrPlainAuthNotSupported = errors.New(",
    ),
    _test(
        "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org",
        "REJECTED_AS_SPAM",
        "go-mail smtp.NewClient(): the greeting is a 554, the host's IP is on a block list",
        _GREETING,
    ),
    _test(
        "sending SMTP MAIL FROM command: 553 5.7.1 <vikunja@example.com>: Sender address "
        "rejected: not owned by user tasks@example.com" + _MSGID,
        "SENDER_REFUSED",
        "MAIL FROM:<mailer.fromemail> refused, the login may not send as it",
        '"sending SMTP MAIL FROM command"',
    ),
    _test(
        "sending SMTP RCPT TO command: 554 5.7.1 <john@example.org>: Relay access denied, "
        "affected recipient(s): john@example.org" + _MSGID,
        "RELAY_REFUSED",
        "RCPT TO refused, no relaying for an unauthenticated client (no username set)",
        '"sending SMTP RCPT TO command"',
    ),
    _test(
        "sending SMTP RCPT TO command: 550 5.1.1 <john@example.org>: Recipient address rejected: "
        "User unknown in virtual mailbox table, affected recipient(s): john@example.org" + _MSGID,
        "RECIPIENT_UNKNOWN",
        "RCPT TO:<the command's address> does not exist",
        '"sending SMTP RCPT TO command"',
    ),
    _test(
        "sending SMTP MAIL FROM command: 421 4.7.0 Try again later, closing connection. (MAIL) "
        + _GMAIL_ID
        + _MSGID,
        "RATE_LIMITED",
        "Gmail's 421 4.7.0 'Try again later' throttle to MAIL FROM",
        '"sending SMTP MAIL FROM command"',
    ),
    _test(
        "sending SMTP MAIL FROM command: 550 5.4.5 Daily user sending limit exceeded. "
        + _GMAIL_ID
        + _MSGID,
        "RATE_LIMITED",
        "MAIL FROM refused with Gmail's 550 5.4.5, the daily quota is spent",
        '"sending SMTP MAIL FROM command"',
    ),
    _connect(
        f"dial tcp {_IP}:465: connect: connection refused",
        "PORT_CLOSED",
        "mailer.forcessl true, mailer.port 465: TLSMandatory and WithSSLPort leave no fallback "
        "port; Go net: ECONNREFUSED, nothing listens on 465",
        _DIAL_NET,
    ),
    _connect(
        _AUTH + "535 5.7.8 Error: authentication failed: authentication failure",
        "AUTH_FAILED",
        "go-mail Client.auth(): the 535 5.7.8 to mailer.username/mailer.password",
        _AUTH_WRAP,
    ),
    _sending(
        "sending SMTP RCPT TO command: 550 5.1.1 <jane@example.org>: Recipient address rejected: "
        "User unknown in local recipient table, affected recipient(s): jane@example.org",
        "RECIPIENT_UNKNOWN",
        "go-mail sendSingleMsg(): RCPT TO:<the user's e-mail address> does not exist",
        '"sending SMTP RCPT TO command"',
    ),
    _sending(
        "closing SMTP DATA writer: 552 5.3.4 Message size exceeds fixed limit",
        "SIZE_LIMIT",
        "go-mail sendSingleMsg(): the answer to the message's final '.', a task's embedded "
        "images over the server's size limit",
        '"closing SMTP DATA writer"',
    ),
]

# (key in en.json, placeholder values, why)
_VK_OWN: list[tuple[str, dict[str, str], str]] = [
    ("error.1011", {}, "the sign-in: the API's error code 1011, wrong username or password"),
    ("error.1012", {}, "the sign-in of a user who has not confirmed the address yet"),
    ("error.1020", {}, "the sign-in of a disabled account"),
    ("error.1017", {}, "the TOTP second factor, a wrong passcode"),
    ("error.1009", {}, "the password reset form, an invalid or used reset token"),
    ("error.1001", {}, "the registration form, the username is taken"),
    ("error.1002", {}, "the registration form, the e-mail address is taken"),
    (
        "error.1036",
        {},
        "the e-mail change confirmation, requested again within a minute: Vikunja's own "
        "throttle, not the mail server's",
    ),
    ("user.auth.emailInvalid", {}, "the registration form's address validation"),
    ("user.auth.passwordRequired", {}, "the sign-in form's validation"),
    ("user.auth.openIdStateError", {}, "an OpenID Connect sign-in whose state does not match"),
    ("error.0001", {}, "a permission check"),
    ("sharing.accessDenied", {}, "a link share's permission check"),
    ("error.4012", {}, "a task attachment over files.maxsize"),
    (
        "apiConfig.error",
        {"domain": "https://tasks.example.com"},
        "the desktop/app's API URL check: the Vikunja instance cannot be reached",
    ),
]
for _key, _values, _note in _VK_OWN:
    VIKUNJA_PICKS.append(
        Pick(
            _key,
            None,
            tuple(f"{k}={v}" for k, v in _values.items()),
            f"{_note}; no mail-settings problem",
            "",
            "json",
        )
    )


def _dotted(table: dict[str, object], key: str) -> str | None:
    node: object = table
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node if isinstance(node, str) and node.strip() else None


def _fill(text: str, values: tuple[str, ...]) -> str:
    for value in values:
        name, _, filled = value.partition("=")
        text = text.replace("{" + name + "}", filled)
    return text


def _own(
    repo: Path, commit: str, at: str, pattern: str, english: str, pick: Pick
) -> tuple[dict[str, str], dict[str, str]]:
    source = json.loads(git(repo, "show", f"{commit}:{pattern.format(english)}"))
    words = _dotted(source, pick.key)
    assert words, pick.key
    texts = {"en": _fill(words, pick.values)}
    sources = {"en": f"{at}:{pattern.format(english)}#{pick.key}"}
    for lang, folder in LANGS.items():
        path = pattern.format(folder)
        table = json.loads(git(repo, "show", f"{commit}:{path}") or "{}")
        text = _dotted(table, pick.key)
        if not text or text == words:
            continue
        texts[lang] = _fill(text, pick.values)
        sources[lang] = f"{at}:{path}#{pick.key}"
    return texts, sources


def vikunja(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, VIKUNJA)
    at = f"{VIKUNJA[0]}@{commit[:12]}"
    assert "github.com/wneessen/go-mail v0.8.1" in git(repo, "show", f"{commit}:go.mod")
    go_repo, go_commit = _library(mirrors, GOMAIL)
    go_at = f"{GOMAIL[0]}@{go_commit[:12]}"
    entries = []
    for index, pick in enumerate(VIKUNJA_PICKS):
        if pick.table == "json":
            texts, sources = _own(repo, commit, at, "frontend/src/i18n/lang/{}.json", "en", pick)
        else:
            assert pick.context
            path = "pkg/cmd/testmail.go" if pick.table == "test" else "pkg/mail/mail.go"
            where = _where(repo, commit, pick.context, (path,))
            then = f"{go_at}:{_where(go_repo, go_commit, pick.then, _GO_PATHS)}"
            texts = {"en": pick.key}
            sources = {"en": f"{at}:{where} (then {then})"}
        entries.append(_entry("Vikunja", f"vikunja.{index}", pick, texts, sources))
    return entries


# Mealie ----------------------------------------------------------------------------------------

_ME_ROUTE = "mealie/routes/admin/admin_email.py"
_ME_SEND = "mealie/services/email/email_senders.py"
_ME = (
    "the admin's Site Settings > Email 'Test' -> POST /api/admin/email -> admin_email.py "
    "send_test_email() -> EmailService.send_test_email() -> DefaultEmailSender.send() -> "
    "email_senders.py Message.send(): SMTP_AUTH_STRATEGY SSL: smtplib.SMTP_SSL(host, port, "
    "timeout=10), TLS: smtplib.SMTP(...) then starttls(), NONE: plain; login() when SMTP_USER "
    "and SMTP_PASSWORD are set; send_message(); any exception caught, "
    "{'success': false, 'error': str(e)} answered and logged; "
)
_SSL = " (_ssl.c:1000)"


def _me(text: str, code: str, why: str, context: str, then: str) -> Pick:
    return Pick(text, code, (), _ME + why, then, "smtp", context)


_CONNECT = "smtplib.SMTP(smtp.host, smtp.port, timeout=SMTP_TIMEOUT)"
_CONNECT_SSL = "smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=SMTP_TIMEOUT)"
_STLS = "server.starttls()"
_LOGIN = "server.login(smtp.username, smtp.password)"
_SEND = "errors = server.send_message(msg)"
_PY_CONNECT = "smtplib.py SMTP.connect() -> socket.create_connection()"
_PY_SSL = "smtplib.py SMTP_SSL._get_socket() -> ssl.py SSLContext.wrap_socket()"
_PY_STLS = "smtplib.py SMTP.starttls()"
_PY_LOGIN = "smtplib.py SMTP.login()"
_PY_SEND = "smtplib.py SMTP.sendmail()"
_FROM = "mealie@example.com"

MEALIE_PICKS: list[Pick] = [
    _me(
        "[Errno 111] Connection refused",
        "PORT_CLOSED",
        "ConnectionRefusedError: nothing listens on SMTP_HOST's SMTP_PORT",
        _CONNECT,
        _PY_CONNECT,
    ),
    _me(
        "timed out",
        "PORT_FILTERED",
        "TimeoutError from the connect (timeout 10 s): the SYN is never answered (a "
        "firewall); the same words would come from a greeting that never arrives",
        _CONNECT,
        _PY_CONNECT,
    ),
    _me(
        "[Errno 113] No route to host",
        "HOST_UNREACHABLE",
        "OSError EHOSTUNREACH from the connect",
        _CONNECT,
        _PY_CONNECT,
    ),
    _me(
        "[Errno 101] Network is unreachable",
        "IPV6_BROKEN",
        "OSError ENETUNREACH: SMTP_HOST resolves to an IPv6 address first, the container has no "
        "IPv6 route (create_connection() raises the first address's error)",
        _CONNECT,
        _PY_CONNECT,
    ),
    _me(
        "[Errno -2] Name or service not known",
        "HOST_NOT_FOUND",
        "socket.gaierror EAI_NONAME: SMTP_HOST has no address",
        _CONNECT,
        _PY_CONNECT,
    ),
    _me(
        "[Errno -3] Temporary failure in name resolution",
        "DNS_FAILURE",
        "socket.gaierror EAI_AGAIN: the resolver could not be asked",
        _CONNECT,
        _PY_CONNECT,
    ),
    _me(
        "[SSL: WRONG_VERSION_NUMBER] wrong version number" + _SSL,
        "TLS_ON_PLAIN_PORT",
        "ssl.SSLError: SMTP_AUTH_STRATEGY SSL with SMTP_PORT 587: the client opens TLS, the "
        "server sends its plain greeting",
        _CONNECT_SSL,
        _PY_SSL,
    ),
    _me(
        "Connection unexpectedly closed",
        "CONNECTION_CLOSED",
        "SMTPServerDisconnected from getreply(): the server closed the connection before a "
        "reply line",
        _CONNECT,
        "smtplib.py SMTP.getreply()",
    ),
    _me(
        "STARTTLS extension not supported by server.",
        "STARTTLS_NOT_OFFERED",
        "SMTPNotSupportedError: SMTP_AUTH_STRATEGY TLS, the EHLO reply names no STARTTLS",
        _STLS,
        _PY_STLS,
    ),
    _me(
        "[SSL: UNSUPPORTED_PROTOCOL] unsupported protocol" + _SSL,
        "TLS_OUTDATED",
        "ssl.SSLError in starttls(): the server offers only TLS 1.0/1.1, which OpenSSL 3's "
        "default security level refuses",
        _STLS,
        _PY_STLS,
    ),
    _me(
        "[SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] sslv3 alert handshake failure" + _SSL,
        "TLS_HANDSHAKE_FAILED",
        "ssl.SSLError in starttls(): the server's handshake_failure alert, no common cipher "
        "(no certificate check: starttls() without a context uses _create_stdlib_context())",
        _STLS,
        _PY_STLS,
    ),
    _me(
        "SMTP AUTH extension not supported by server.",
        "AUTH_NOT_OFFERED",
        "SMTPNotSupportedError from login(): SMTP_USER and SMTP_PASSWORD set, the EHLO reply "
        "names no AUTH",
        _LOGIN,
        _PY_LOGIN,
    ),
    _me(
        "No suitable authentication method found.",
        "AUTH_NOT_OFFERED",
        "SMTPException from login(): AUTH is offered but none of CRAM-MD5, PLAIN, LOGIN",
        _LOGIN,
        _PY_LOGIN,
    ),
    _me(
        "(535, b'5.7.8 Error: authentication failed: authentication failure')",
        "AUTH_FAILED",
        "SMTPAuthenticationError(code, resp), str() of its args: Postfix/Dovecot's 535 5.7.8 to "
        "SMTP_USER/SMTP_PASSWORD",
        _LOGIN,
        _PY_LOGIN,
    ),
    _me(
        "(535, b'5.7.8 Username and Password not accepted. For more information, go to\\n5.7.8  "
        "https://support.google.com/mail/?p=BadCredentials " + _GMAIL_ID + "')",
        "AUTH_FAILED",
        "SMTPAuthenticationError: Gmail's 535 5.7.8 BadCredentials, the username or password is "
        "wrong",
        _LOGIN,
        _PY_LOGIN,
    ),
    _me(
        "(534, b'5.7.9 Application-specific password required. For more information, go to\\n"
        "5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor " + _GMAIL_ID + "')",
        "APP_PASSWORD_REQUIRED",
        "SMTPAuthenticationError: Gmail's 534 5.7.9, the account password of a 2-step "
        "verification account",
        _LOGIN,
        _PY_LOGIN,
    ),
    _me(
        "(535, b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
        "the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. " + _M365 + "')",
        "PROTOCOL_DISABLED",
        "SMTPAuthenticationError: Microsoft 365's 535 5.7.139, SMTP AUTH switched off for the "
        "tenant",
        _LOGIN,
        _PY_LOGIN,
    ),
    _me(
        "(535, b'5.7.3 Authentication unsuccessful " + _M365 + "')",
        "AUTH_FAILED",
        "SMTPAuthenticationError: Microsoft 365's 535 5.7.3, the credentials are refused",
        _LOGIN,
        _PY_LOGIN,
    ),
    _me(
        "(554, b'5.7.1 Service unavailable; Client host [203.0.113.5] blocked using "
        "zen.spamhaus.org')",
        "REJECTED_AS_SPAM",
        "SMTPConnectError(code, msg) from SMTP.connect(): a 554 greeting, the server's IP is on "
        "a block list",
        _CONNECT,
        "smtplib.py SMTP.connect()",
    ),
    _me(
        "(530, b'5.7.0 Must issue a STARTTLS command first.', '" + _FROM + "')",
        "ENCRYPTION_NOT_USED",
        "SMTPSenderRefused(code, resp, from) from sendmail(): SMTP_AUTH_STRATEGY NONE and no "
        "login, the server requires STARTTLS before MAIL FROM",
        _SEND,
        _PY_SEND,
    ),
    _me(
        "(553, b'5.7.1 <" + _FROM + ">: Sender address rejected: not owned by user "
        "recipes@example.com', '" + _FROM + "')",
        "SENDER_REFUSED",
        "SMTPSenderRefused: MAIL FROM:<SMTP_FROM_EMAIL> refused, the login may not send as it",
        _SEND,
        _PY_SEND,
    ),
    _me(
        "{'john@example.org': (554, b'5.7.1 <john@example.org>: Relay access denied')}",
        "RELAY_REFUSED",
        "SMTPRecipientsRefused(senderrs): the only recipient refused, no relaying without a "
        "login (SMTP_USER unset)",
        _SEND,
        _PY_SEND,
    ),
    _me(
        "{'john@example.org': (550, b'5.1.1 <john@example.org>: Recipient address rejected: "
        "User unknown in virtual mailbox table')}",
        "RECIPIENT_UNKNOWN",
        "SMTPRecipientsRefused: the test address does not exist",
        _SEND,
        _PY_SEND,
    ),
    _me(
        "(421, b'4.7.0 Try again later, closing connection. (MAIL) " + _GMAIL_ID + "', "
        "'mealie@gmail.com')",
        "RATE_LIMITED",
        "SMTPSenderRefused: Gmail's 421 4.7.0 'Try again later' throttle to MAIL FROM",
        _SEND,
        _PY_SEND,
    ),
    _me(
        "(550, b'5.4.5 Daily user sending limit exceeded. For more information on Gmail\\n5.4.5 "
        "sending limits go to\\n5.4.5  https://support.google.com/a/answer/166852 "
        + _GMAIL_ID
        + "', 'mealie@gmail.com')",
        "RATE_LIMITED",
        "SMTPSenderRefused: Gmail's 550 5.4.5, the daily sending quota is spent",
        _SEND,
        _PY_SEND,
    ),
    _me(
        "(550, b'5.7.1 Message rejected as spam by Content Filtering.')",
        "REJECTED_AS_SPAM",
        "SMTPDataError(code, resp) from sendmail(): the answer to the end of DATA, the content "
        "filter refuses the test mail",
        _SEND,
        _PY_SEND,
    ),
]

# (key in en-US.json, why)
_ME_OWN: list[tuple[str, str]] = [
    ("user.invalid-credentials", "the sign-in: wrong username or password"),
    (
        "user.account-locked-please-try-again-later",
        "the sign-in of a Mealie user locked after failed attempts (Mealie's own lockout)",
    ),
    ("user.could-not-validate-credentials", "an expired or invalid session token"),
    ("user.existing-password-does-not-match", "the profile's password change"),
    ("user.password-must-match", "the password forms' validation"),
    ("user.password-reset-failed", "the password reset form, an invalid token"),
    ("user.user-not-found", "the admin's user page"),
    ("signup.error-signing-up", "the registration form"),
    ("validation.this-field-is-required", "form validation"),
    ("general.image-upload-failed", "a recipe image upload"),
    ("recipe.recipe-creation-failed", "creating a recipe"),
    ("settings.backup.restore-fail", "restoring a backup"),
    ("new-recipe.error-title", "a recipe URL import the scraper cannot read"),
    (
        "profile.error-sending-email",
        "the admin's user page 'send password reset email': the route answers a failure "
        "without the reason, nothing in the code path narrows it",
    ),
    (
        "settings.ldap-ready-error-text",
        "the site settings' LDAP configuration check (not the mail settings)",
    ),
    ("group.group-not-found", "the admin's group page"),
]
for _key, _note in _ME_OWN:
    MEALIE_PICKS.append(Pick(_key, None, (), f"{_note}; no mail-settings problem", "", "json"))


def mealie(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, MEALIE)
    at = f"{MEALIE[0]}@{commit[:12]}"
    route = _where(repo, commit, "error = str(e)", (_ME_ROUTE,))
    entries = []
    for index, pick in enumerate(MEALIE_PICKS):
        if pick.table == "json":
            texts, sources = _own(repo, commit, at, "frontend/lang/messages/{}.json", "en-US", pick)
        else:
            assert pick.context
            where = _where(repo, commit, pick.context, (_ME_SEND,))
            texts = {"en": pick.key}
            sources = {"en": f"{at}:{route} (from {where}; then {CPYTHON}{pick.then})"}
        entries.append(_entry("Mealie", f"mealie.{index}", pick, texts, sources))
    return entries


ABOUT = (
    "The forty-ninth held-out set (tools/extract_forty_ninth.py): Vikunja's mailer (the "
    "`vikunja testmail` command's 'Error sending test mail: ...' and the notification daemon's "
    "'Error during connect to smtp server: ...' / 'Error when sending mail: ...' log lines; "
    "go-mail v0.8.1 and Go's net/tls/x509/textproto words, en only) and its frontend's own "
    "sign-in and form messages (frontend/src/i18n/lang/<ll>.json), go-vikunja/vikunja of August "
    "2026; Mealie's admin 'Test' email (admin_email.py answers str(e) of whatever "
    "email_senders.py's smtplib calls raised: CPython 3.12's smtplib, ssl and OS English, en "
    "only; no certificate checks, smtplib's default context) and its own messages "
    "(frontend/lang/messages/<ll>.json), mealie-recipes/mealie of October 2024; extracted and "
    "labelled blind from the code; code null: no mail-settings problem or nothing narrowing "
    "it. A language without a translation or with the English one is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, vikunja, mealie)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
