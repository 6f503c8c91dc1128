"""Developer tool: the forty-fifth blind held-out set (aerc's and himalaya's mail errors).

aerc (rjarry/aerc, the GitHub mirror of the sr.ht repo): what its IMAP worker
(worker/imap/connect.go: net.Dial, tls.Client or go-imap's StartTLS, LOGIN or SASL, SELECT INBOX)
and its SMTP sender (lib/send/smtp.go, wrapped "send:" by commands/compose/send.go and pushed to
the status line with newlines made spaces) show when the account's settings fail: the account
view prefixes "<account>: " (app/account.go PushError); the library texts are those of
emersion/go-imap v1.2.1, go-smtp (the snapshot's HEAD, go.mod pins v0.24.0) and go-sasl at the
pinned pseudo-version; Go's own net/crypto/tls words are cited at the aerc line that calls them.
Its own messages (config, compose, maildir, hooks): code null. himalaya (pimalaya/himalaya, the
io-imap / io-smtp rewrite): the io-imap v0.5.0 (Cargo.lock) thiserror texts, io-smtp's at the
snapshot's HEAD (Cargo.lock pins 0.3.0), its own anyhow messages: code null. English only, both
apps ship no translations. Labelled blind from the code.

    python -m tools.extract_forty_fifth MIRRORS_DIR benchmarks/data/forty_fifth_texts.json

MIRRORS_DIR holds `<owner>+<name>/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _entry, _library, _where, write_set

AERC = ("rjarry/aerc", "fab05311e73cbdc06a574ffc9635ad18adf9ba0e")
GO_IMAP = ("emersion/go-imap", "4bf026be1126813155f9f92ed8fe169e72d2cab5")  # v1.2.1
GO_SMTP = ("emersion/go-smtp", "ab24fe7cbe995d404af3b1c093195f2f43b94688")
GO_SASL = ("emersion/go-sasl", "b788ff22d5a6b3970cde181998f52658a475bffc")
HIMALAYA = ("pimalaya/himalaya", "ca88bee08ad2e92127b46dc6200d1e8201885156")
IO_IMAP = ("pimalaya/io-imap", "7e3e4fc4426ad287f07ec7b1d5a8fd93b3abe264")  # v0.5.0
IO_SMTP = ("pimalaya/io-smtp", "d80b9961f874149a65f8fc3084c4b7ac187e7c81")

Cite = tuple[tuple[str, str], str, str]  # (pin, literal, path prefix)

_ACCT = "work: "
_SEND = "send:: Connection failed: "
_DIAL = ("worker/imap/connect.go", 'net.Dial("tcp", addr)')
_TLSC = ("worker/imap/connect.go", "tlsConn := tls.Client(conn, tlsConfig)")
_STLS = ("worker/imap/connect.go", "if err = c.StartTLS(tlsConfig); err != nil {")
_LOGIN = ("worker/imap/connect.go", "if err := c.Login(username, password); err != nil {")
_STATUS = (GO_IMAP, "return errors.New(r.Info)", "status.go")
_SMTPERR = (GO_SMTP, 's := fmt.Sprintf("SMTP error %03d", err.Code)', "data.go")
_WHY_IMAP = (
    "app/account.go: a worker's ConnError/Error is pushed as '<account>: <error>'; "
    "worker/imap/connect.go connect(): "
)
_WHY_SEND = (
    "commands/compose/send.go: send.NewSender's error wrapped 'send:' (errors.Wrap adds ': ') "
    "and pushed with newlines replaced; lib/send/smtp.go newSmtpSender(): "
)
_WHY_REPLY = "go-smtp data.go SMTPError.Error(): 'SMTP error <code>: ' + the reply text (the "


def _a(path: str, literal: str) -> Cite:
    return (AERC, literal, path)


AERC_PICKS: list[tuple[Pick, list[Cite]]] = [
    (
        Pick(
            _ACCT + "dial tcp 203.0.113.10:993: connect: connection refused",
            "PORT_CLOSED",
            why=_WHY_IMAP + "newTCPConn() net.Dial returns Go's ECONNREFUSED text: nothing "
            "listens on the source URL's port",
        ),
        [_a(*_DIAL)],
    ),
    (
        Pick(
            _ACCT + "tcp connection timeout",
            "PORT_FILTERED",
            why=_WHY_IMAP + "newTCPConn(): net.Dial did not finish within connection-timeout "
            "(errTCPTimeout): the SYN goes unanswered, a firewall drops it",
        ),
        [_a("worker/imap/connect.go", 'errTCPTimeout := fmt.Errorf("tcp connection timeout")')],
    ),
    (
        Pick(
            _ACCT + "dial tcp: lookup imap.example.con: no such host",
            "HOST_NOT_FOUND",
            why=_WHY_IMAP + "newTCPConn() net.Dial: the resolver has no address for the "
            "source URL's host (NXDOMAIN)",
        ),
        [_a(*_DIAL)],
    ),
    (
        Pick(
            _ACCT + "dial tcp 203.0.113.10:993: connect: no route to host",
            "HOST_UNREACHABLE",
            why=_WHY_IMAP + "newTCPConn() net.Dial: EHOSTUNREACH",
        ),
        [_a(*_DIAL)],
    ),
    (
        Pick(
            _ACCT + "tls: failed to verify certificate: x509: certificate signed by unknown "
            "authority",
            "CERT_UNTRUSTED",
            why=_WHY_IMAP + "imaps: tls.Client(conn, ServerName) then go-imap's greeting read "
            "runs the handshake; crypto/x509 finds no trusted root",
        ),
        [_a(*_TLSC)],
    ),
    (
        Pick(
            _ACCT + "tls: failed to verify certificate: x509: certificate has expired or is "
            "not yet valid: current time 2026-05-04T10:00:00Z is after 2026-04-30T23:59:59Z",
            "CERT_EXPIRED",
            why=_WHY_IMAP + "imaps: crypto/x509 validity check, now after NotAfter",
        ),
        [_a(*_TLSC)],
    ),
    (
        Pick(
            _ACCT + "tls: failed to verify certificate: x509: certificate is valid for "
            "mail.hosting.example.net, not imap.example.com",
            "CERT_HOSTNAME_MISMATCH",
            why=_WHY_IMAP + "imaps: tls.Config{ServerName: host}: the certificate names "
            "another host",
        ),
        [_a(*_TLSC)],
    ),
    (
        Pick(
            _ACCT + "tls: first record does not look like a TLS handshake",
            "TLS_ON_PLAIN_PORT",
            why=_WHY_IMAP + "imaps:// to a plaintext port (143): crypto/tls reads the '* OK' "
            "greeting where a ServerHello belongs",
        ),
        [_a(*_TLSC)],
    ),
    (
        Pick(
            _ACCT + "tls: failed to verify certificate: x509: certificate signed by unknown "
            "authority",
            "CERT_UNTRUSTED",
            why=_WHY_IMAP + "imap:// (STARTTLS): go-imap client StartTLS() upgrades the "
            "connection, crypto/x509 finds no trusted root",
        ),
        [_a(*_STLS)],
    ),
    (
        Pick(
            _ACCT + "Authentication failed.",
            "AUTH_FAILED",
            why=_WHY_IMAP + "c.Login(): the tagged NO to LOGIN, go-imap StatusResp.Err() "
            "returns the server's text (Dovecot's [AUTHENTICATIONFAILED])",
        ),
        [_a(*_LOGIN), _STATUS],
    ),
    (
        Pick(
            _ACCT + "Invalid credentials (Failure)",
            "AUTH_FAILED",
            why=_WHY_IMAP + "c.Login()/Authenticate(): Gmail's NO to a wrong password, the "
            "server's text through StatusResp.Err()",
        ),
        [_a(*_LOGIN), _STATUS],
    ),
    (
        Pick(
            _ACCT + "Application-specific password required: "
            "https://support.google.com/accounts/answer/185833 (Failure)",
            "APP_PASSWORD_REQUIRED",
            why=_WHY_IMAP + "c.Login(): Gmail's NO for an account with 2-step verification "
            "and the normal password",
        ),
        [_a(*_LOGIN), _STATUS],
    ),
    (
        Pick(
            _ACCT + "LOGIN failed.",
            "AUTH_FAILED",
            why=_WHY_IMAP + "c.Login(): Outlook.com/Microsoft 365's NO; the server's text "
            "names nothing more than a refused login",
        ),
        [_a(*_LOGIN), _STATUS],
    ),
    (
        Pick(
            _ACCT + "Plaintext authentication disallowed on non-secure (SSL/TLS) connections.",
            "PLAINTEXT_AUTH_DISABLED",
            why=_WHY_IMAP + "imap+insecure:// with mech login: Dovecot's [PRIVACYREQUIRED] NO "
            "to LOGIN without TLS",
        ),
        [_a(*_LOGIN), _STATUS],
    ),
    (
        Pick(
            _ACCT + "Login is disabled in current state",
            "PLAINTEXT_AUTH_DISABLED",
            why=_WHY_IMAP + "imap+insecure://: with no mech in the URL and no AUTH=PLAIN aerc "
            "falls back to LOGIN (its LOGINDISABLED probe asks for AUTH=LOGINDISABLED and never "
            "matches); go-imap client Login() refuses as the capabilities say LOGINDISABLED "
            "(ErrLoginDisabled)",
        ),
        [
            _a(*_LOGIN),
            (GO_IMAP, 'ErrLoginDisabled = errors.New("Login is disabled', "client/cmd_noauth.go"),
        ],
    ),
    (
        Pick(
            _ACCT + "xoauth2 auth not supported",
            "AUTH_NOT_OFFERED",
            why=_WHY_IMAP + 'imaps+xoauth2://: c.SupportAuth("XOAUTH2") false: the server '
            "does not offer the configured SASL mechanism",
        ),
        [_a("worker/imap/connect.go", 'fmt.Errorf("%s auth not supported", mech)')],
    ),
    (
        Pick(
            _ACCT + "imap: connection closed",
            "CONNECTION_CLOSED",
            why=_WHY_IMAP + "go-imap client errClosed: the server hung up during the greeting "
            "or login",
        ),
        [_a(*_DIAL), (GO_IMAP, 'fmt.Errorf("imap: connection closed")', "client/client.go")],
    ),
    (
        Pick(
            _ACCT + "EOF",
            "CONNECTION_CLOSED",
            why=_WHY_IMAP + "client.New(): go-imap handleGreetAndStartReading() returns io.EOF "
            "when the server closes the connection before any greeting",
        ),
        [
            _a("worker/imap/connect.go", "c, err = client.New(conn)"),
            (GO_IMAP, "return io.EOF", "client/client.go"),
        ],
    ),
    (
        Pick(
            _ACCT + "imap: connection closed during command execution",
            "CONNECTION_CLOSED",
            why=_WHY_IMAP + "go-imap StatusResp.Err() on a nil status: the connection dropped "
            "before the tagged reply",
        ),
        [_a(*_LOGIN), (GO_IMAP, "imap: connection closed during command execution", "status.go")],
    ),
    (
        Pick(
            _SEND + "smtp.Dial: dial tcp 203.0.113.25:587: connect: connection refused",
            "PORT_CLOSED",
            why=_WHY_SEND + "connectSmtp(): go-smtp DialStartTLS's net.Dial to the outgoing "
            "URL's port (587 when none) refused",
        ),
        [_a("lib/send/smtp.go", 'errors.Wrap(err, "smtp.Dial")')],
    ),
    (
        Pick(
            _SEND + "smtp.Dial: dial tcp 203.0.113.25:587: connect: connection timed out",
            "PORT_FILTERED",
            why=_WHY_SEND + "connectSmtp(): ETIMEDOUT, the SYN to the submission port goes "
            "unanswered",
        ),
        [_a("lib/send/smtp.go", 'errors.Wrap(err, "smtp.Dial")')],
    ),
    (
        Pick(
            _SEND + "smtp.Dial: dial tcp: lookup smtp.example.con: no such host",
            "HOST_NOT_FOUND",
            why=_WHY_SEND + "connectSmtp(): the outgoing URL's host does not resolve",
        ),
        [_a("lib/send/smtp.go", 'errors.Wrap(err, "smtp.Dial")')],
    ),
    (
        Pick(
            _SEND + "smtp.Dial: smtp: server doesn't support STARTTLS",
            "STARTTLS_NOT_OFFERED",
            why=_WHY_SEND + "smtp:// is DialStartTLS: go-smtp's StartTLS finds no STARTTLS "
            "in the EHLO reply",
        ),
        [
            _a("lib/send/smtp.go", 'errors.Wrap(err, "smtp.Dial")'),
            (GO_SMTP, "smtp: server doesn't support STARTTLS", "client.go"),
        ],
    ),
    (
        Pick(
            _SEND + "smtp.DialTLS: tls: first record does not look like a TLS handshake",
            "TLS_ON_PLAIN_PORT",
            why=_WHY_SEND + "smtps:// to the plaintext submission port 587: crypto/tls reads "
            "the '220' greeting where a ServerHello belongs",
        ),
        [_a("lib/send/smtp.go", 'errors.Wrap(err, "smtp.DialTLS")')],
    ),
    (
        Pick(
            _SEND + "smtp.DialTLS: tls: failed to verify certificate: x509: certificate "
            "signed by unknown authority",
            "CERT_UNTRUSTED",
            why=_WHY_SEND + "smtps://: go-smtp DialTLS's handshake, no trusted root",
        ),
        [_a("lib/send/smtp.go", 'errors.Wrap(err, "smtp.DialTLS")')],
    ),
    (
        Pick(
            _SEND + "smtp.DialTLS: tls: failed to verify certificate: x509: certificate is "
            "valid for *.hosting.example.net, hosting.example.net, not smtp.example.com",
            "CERT_HOSTNAME_MISMATCH",
            why=_WHY_SEND + "smtps://: ServerName is the outgoing host; the certificate names "
            "the hoster's",
        ),
        [_a("lib/send/smtp.go", 'errors.Wrap(err, "smtp.DialTLS")')],
    ),
    (
        Pick(
            "send:: conn.Auth: SMTP error 535: Username and Password not accepted. For more "
            "information, go to  https://support.google.com/mail/?p=BadCredentials "
            "d2e1a72fcca58-71e5a1b2c3dsm1234567b3a.12 - gsmtp",
            "AUTH_FAILED",
            why=_WHY_SEND + "conn.Auth() with PLAIN: " + _WHY_REPLY + "enhanced code 5.7.8 "
            "parsed off): Gmail's 535",
        ),
        [_a("lib/send/smtp.go", 'errors.Wrap(err, "conn.Auth")'), _SMTPERR],
    ),
    (
        Pick(
            "send:: conn.Auth: SMTP error 534: Application-specific password required. Learn "
            "more at  https://support.google.com/mail/?p=InvalidSecondFactor "
            "d2e1a72fcca58-71e5a1b2c3dsm1234567b3a.12 - gsmtp",
            "APP_PASSWORD_REQUIRED",
            why=_WHY_SEND + "conn.Auth(): " + _WHY_REPLY + "5.7.9 parsed off): Gmail asks for "
            "an app password",
        ),
        [_a("lib/send/smtp.go", 'errors.Wrap(err, "conn.Auth")'), _SMTPERR],
    ),
    (
        Pick(
            "send:: conn.Auth: SMTP error 535: Authentication unsuccessful, "
            "SmtpClientAuthentication is disabled for the Tenant. Visit "
            "https://aka.ms/smtp_auth_disabled for more information. "
            "[AM0PR01CA0123.eurprd01.prod.exchangelabs.com 2026-05-04T10:11:12.345Z "
            "08DC6A1B2C3D4E5F]",
            "PROTOCOL_DISABLED",
            why=_WHY_SEND + "conn.Auth(): " + _WHY_REPLY + "5.7.139 parsed off): Microsoft "
            "365 has SMTP AUTH switched off for the tenant",
        ),
        [_a("lib/send/smtp.go", 'errors.Wrap(err, "conn.Auth")'), _SMTPERR],
    ),
    (
        Pick(
            "send:: conn.Auth: SMTP error 503: Error: authentication not enabled",
            "AUTH_NOT_OFFERED",
            why=_WHY_SEND + "conn.Auth() sends AUTH whether or not EHLO offered it (go-smtp's "
            "AUTH check is only in its SendMail helper): Postfix answers 503 5.5.1 on a port "
            "without SASL; " + _WHY_REPLY + "5.5.1 parsed off)",
        ),
        [_a("lib/send/smtp.go", 'errors.Wrap(err, "conn.Auth")'), _SMTPERR],
    ),
    (
        Pick(
            "send:: conn.Mail: SMTP error 553: <alice@example.org>: Sender address rejected: "
            "not owned by user alice@example.com",
            "SENDER_REFUSED",
            why=_WHY_SEND + "conn.Mail(from): " + _WHY_REPLY + "5.7.1 parsed off): Postfix's "
            "reject_sender_login_mismatch",
        ),
        [_a("lib/send/smtp.go", 'errors.Wrap(err, "conn.Mail")'), _SMTPERR],
    ),
    (
        Pick(
            "send:: conn.Rcpt: SMTP error 554: <bob@example.org>: Relay access denied",
            "RELAY_REFUSED",
            why=_WHY_SEND + "conn.Rcpt(): " + _WHY_REPLY + "5.7.1 parsed off): no login, the "
            "server will not relay to another domain",
        ),
        [_a("lib/send/smtp.go", 'errors.Wrap(err, "conn.Rcpt")'), _SMTPERR],
    ),
    (
        Pick(
            "send:: conn.Rcpt: SMTP error 550: <bob@example.org>: Recipient address rejected: "
            "User unknown in virtual mailbox table",
            "RECIPIENT_UNKNOWN",
            why=_WHY_SEND + "conn.Rcpt(): " + _WHY_REPLY + "5.1.1 parsed off)",
        ),
        [_a("lib/send/smtp.go", 'errors.Wrap(err, "conn.Rcpt")'), _SMTPERR],
    ),
    (
        Pick(
            "send:: conn.Mail: SMTP error 421: Too many concurrent SMTP connections from this "
            "IP address; please try again later.",
            "RATE_LIMITED",
            why=_WHY_SEND + "conn.Mail(): " + _WHY_REPLY + "4.7.0 parsed off): a 421 naming "
            "a connection limit",
        ),
        [_a("lib/send/smtp.go", 'errors.Wrap(err, "conn.Mail")'), _SMTPERR],
    ),
    (
        Pick(
            "SMTP error 552: Message size exceeds fixed maximum message size",
            "SIZE_LIMIT",
            why="commands/compose/send.go: failCh <- sender.Close(), unwrapped: go-smtp's DATA "
            "writer Close() reads the reply to the final dot; " + _WHY_REPLY + "5.3.4 parsed "
            "off)",
        ),
        [_a("commands/compose/send.go", "failCh <- sender.Close()"), _SMTPERR],
    ),
    (
        Pick(
            "SMTP error 550: [203.0.113.7] Our system has detected that this message is likely "
            "unsolicited mail. To reduce the amount of spam sent to Gmail, this message has "
            "been blocked.",
            "REJECTED_AS_SPAM",
            why="commands/compose/send.go: failCh <- sender.Close(): the reply to the end of "
            "DATA; " + _WHY_REPLY + "5.7.1 parsed off)",
        ),
        [_a("commands/compose/send.go", "failCh <- sender.Close()"), _SMTPERR],
    ),
    (
        Pick(
            "send:: conn.Auth: sasl: unexpected server challenge",
            None,
            why=_WHY_SEND + "conn.Auth() with PLAIN: go-sasl's plain client Next() refuses any "
            "334 challenge after its initial response (a server that ignores the initial "
            "response): a client/server SASL incompatibility, no settings cause named",
        ),
        [
            _a("lib/send/smtp.go", 'errors.Wrap(err, "conn.Auth")'),
            (GO_SASL, "sasl: unexpected server challenge", "sasl.go"),
        ],
    ),
    # The app's own messages: config, compose, local stores, hooks.
    (
        Pick(
            "Cannot send message with no recipients",
            None,
            why="commands/compose/send.go Execute(): no To/Cc/Bcc in the composed header",
        ),
        [_a("commands/compose/send.go", '"Cannot send message with no recipients"')],
    ),
    (
        Pick(
            "No selected tab",
            None,
            why="commands/compose/send.go: :send run outside a composer tab",
        ),
        [_a("commands/compose/send.go", '"No selected tab"')],
    ),
    (
        Pick(
            "send:: unsupported protocol ftp",
            None,
            why="lib/send/sender.go NewSender(): outgoing= has a scheme aerc cannot send "
            "through (a config typo)",
        ),
        [_a("lib/send/sender.go", 'fmt.Errorf("unsupported protocol %s", protocol)')],
    ),
    (
        Pick(
            _ACCT + "Unknown IMAP scheme imapx",
            None,
            why="worker/imap/connect.go: source= has a scheme that is neither imap nor imaps",
        ),
        [_a("worker/imap/connect.go", 'fmt.Errorf("Unknown IMAP scheme %s", protocol)')],
    ),
    (
        Pick(
            'send:: Unsupported auth mechanism "cram-md5"',
            None,
            why="lib/auth/sasl.go NewSaslClient(): the URL names a mechanism aerc does not "
            "implement (a config choice, not the server's)",
        ),
        [_a("lib/auth/sasl.go", 'fmt.Errorf("Unsupported auth mechanism %q", mech)')],
    ),
    (
        Pick(
            'Invalid address "alice"',
            None,
            why="lib/send/parse.go: the From address has no @domain",
        ),
        [_a("lib/send/parse.go", 'fmt.Errorf("Invalid address %q", from)')],
    ),
    (
        Pick(
            _ACCT + "Incorrect maildir directory",
            None,
            why="worker/maildir/worker.go: the maildir source is not a maildir tree",
        ),
        [_a("worker/maildir/worker.go", 'errors.New("Incorrect maildir directory")')],
    ),
    (
        Pick(
            _ACCT + "could not resolve maildir from URL 'maildir:///home/alice/Mail'",
            None,
            why="worker/maildir/worker.go handleConfigure(): the local maildir path is missing",
        ),
        [_a("worker/maildir/worker.go", "could not resolve maildir from URL '%s'")],
    ),
    (
        Pick(
            _ACCT + "could not create file system watcher: too many open files",
            None,
            why="worker/maildir/worker.go: inotify limit on the local machine",
        ),
        [_a("worker/maildir/worker.go", '"could not create file system watcher: %w"')],
    ),
    (
        Pick(
            _ACCT + "user:password not specified",
            None,
            why="worker/jmap/configure.go: the JMAP source URL has no credentials (config)",
        ),
        [_a("worker/jmap/configure.go", '"user:password not specified"')],
    ),
    (
        Pick(
            "message sent, but copying to [Sent] failed: No such mailbox",
            None,
            why="commands/compose/send.go: sent fine, the copy-to folder does not exist",
        ),
        [_a("commands/compose/send.go", '"message sent, but copying to %v failed: %v"')],
    ),
    (
        Pick(
            _ACCT + "[hook.mail-sent] failed: exit status 1",
            None,
            why="commands/compose/send.go: the user's mail-sent hook command failed",
        ),
        [_a("commands/compose/send.go", '"[hook.mail-sent] failed: %w"')],
    ),
    (
        Pick(
            'send:: cmd.Start: exec: "/usr/sbin/sendmail": stat /usr/sbin/sendmail: no such '
            "file or directory",
            None,
            why="lib/send/sendmail.go: outgoing= is a local command that is not installed",
        ),
        [_a("lib/send/sendmail.go", 'errors.Wrap(err, "cmd.Start")')],
    ),
    (
        Pick(
            "unsupported archive type",
            None,
            why="commands/compose/send.go: :send -a with an archive layout aerc does not know",
        ),
        [_a("commands/compose/send.go", '"unsupported archive type"')],
    ),
]


def _h(literal: str, path: str = "src") -> Cite:
    return (HIMALAYA, literal, path)


def _ii(literal: str, path: str = "src") -> Cite:
    return (IO_IMAP, literal, path)


def _is(literal: str, path: str = "src") -> Cite:
    return (IO_SMTP, literal, path)


_IMAP_OPEN = _h("Inner::connect(&server, &tls, sasl, opts)?", "src/imap/client.rs")
_WHY_HI = (
    "src/imap/client.rs ImapClient::new(): io-imap ImapClientStd::connect (TCP, TLS or "
    "STARTTLS, greeting, SASL/LOGIN), the error through anyhow: "
)
_WHY_HS = "src/smtp/client.rs: io-smtp's session (EHLO, STARTTLS, AUTH, MAIL, RCPT, DATA): "

HIMALAYA_PICKS: list[tuple[Pick, list[Cite]]] = [
    (
        Pick(
            "IMAP LOGIN failed: NO Authentication failed.",
            "AUTH_FAILED",
            why=_WHY_HI + "rfc3501/login.rs: the tagged NO to LOGIN, the server's text",
        ),
        [_IMAP_OPEN, _ii('#[error("IMAP LOGIN failed: NO {0}")]')],
    ),
    (
        Pick(
            "IMAP LOGIN failed: NO Application-specific password required: "
            "https://support.google.com/accounts/answer/185833 (Failure)",
            "APP_PASSWORD_REQUIRED",
            why=_WHY_HI + "rfc3501/login.rs: Gmail's NO for the normal password with 2-step "
            "verification on",
        ),
        [_IMAP_OPEN, _ii('#[error("IMAP LOGIN failed: NO {0}")]')],
    ),
    (
        Pick(
            "IMAP LOGIN failed: NO Temporary authentication failure.",
            "AUTH_TEMPORARY_FAILURE",
            why=_WHY_HI + "rfc3501/login.rs: Dovecot's [UNAVAILABLE] NO when its auth backend "
            "cannot be reached",
        ),
        [_IMAP_OPEN, _ii('#[error("IMAP LOGIN failed: NO {0}")]')],
    ),
    (
        Pick(
            "IMAP LOGIN failed: NO Plaintext authentication disallowed on non-secure (SSL/TLS) "
            "connections.",
            "PLAINTEXT_AUTH_DISABLED",
            why=_WHY_HI + "rfc3501/login.rs: imap:// without starttls, Dovecot refuses LOGIN "
            "in clear ([PRIVACYREQUIRED])",
        ),
        [_IMAP_OPEN, _ii('#[error("IMAP LOGIN failed: NO {0}")]')],
    ),
    (
        Pick(
            "IMAP LOGIN failed: BYE Maximum number of connections from user+IP exceeded "
            "(mail_max_userip_connections=10)",
            "RATE_LIMITED",
            why=_WHY_HI + "rfc3501/login.rs: Dovecot ends the session after LOGIN, naming its "
            "per-user connection limit",
        ),
        [_IMAP_OPEN, _ii('#[error("IMAP LOGIN failed: BYE {0}")]')],
    ),
    (
        Pick(
            "IMAP LOGIN failed: server did not return a tagged response",
            "CONNECTION_CLOSED",
            why=_WHY_HI + "rfc3501/login.rs: the stream ended before LOGIN's tagged reply",
        ),
        [_IMAP_OPEN, _ii("IMAP LOGIN failed: server did not return a tagged response")],
    ),
    (
        Pick(
            "IMAP greeting failed: BYE Server shutting down.",
            "CONNECTION_CLOSED",
            why=_WHY_HI + "rfc3501/greeting.rs: the server greets with '* BYE' (no limit named)",
        ),
        [_IMAP_OPEN, _ii('#[error("IMAP greeting failed: BYE {0}")]')],
    ),
    (
        Pick(
            "IMAP greeting failed: reached unexpected EOF on stream",
            "CONNECTION_CLOSED",
            why=_WHY_HI + "rfc3501/greeting.rs: the server closed the connection before any "
            "greeting",
        ),
        [_IMAP_OPEN, _ii("IMAP greeting failed: reached unexpected EOF on stream")],
    ),
    (
        Pick(
            "IMAP greeting failed: decode error",
            "WRONG_PROTOCOL",
            why=_WHY_HI + "rfc3501/greeting.rs: the first line is no IMAP greeting (e.g. an "
            "SMTP or POP3 banner on the configured port)",
        ),
        [_IMAP_OPEN, _ii('#[error("IMAP greeting failed: decode error")]')],
    ),
    (
        Pick(
            "IMAP STARTTLS failed: reached unexpected EOF on stream",
            "STARTTLS_FAILED",
            why=_WHY_HI + "rfc3501/starttls.rs: starttls = true, the server dropped the "
            "connection around STARTTLS",
        ),
        [_IMAP_OPEN, _ii("IMAP STARTTLS failed: reached unexpected EOF on stream")],
    ),
    (
        Pick(
            "IMAP CAPABILITY failed: BYE Too many invalid IMAP commands.",
            "CONNECTION_CLOSED",
            why=_WHY_HI + "rfc3501/capability.rs: the server ends the session",
        ),
        [_IMAP_OPEN, _ii('#[error("IMAP CAPABILITY failed: BYE {0}")]')],
    ),
    (
        Pick(
            "AUTH PLAIN rejected: 535 5.7.8 Username and Password not accepted. For more "
            "information, go to",
            "AUTH_FAILED",
            why=_WHY_HS + "rfc4616/plain.rs: anything but 235 to AUTH PLAIN, the code "
            "and the reply's first line (Response::text()), Gmail's 535",
        ),
        [_is('#[error("AUTH PLAIN rejected: {code} {message}")]')],
    ),
    (
        Pick(
            "AUTH LOGIN rejected: 535 5.7.139 Authentication unsuccessful, "
            "SmtpClientAuthentication is disabled for the Tenant. Visit "
            "https://aka.ms/smtp_auth_disabled for more information.",
            "PROTOCOL_DISABLED",
            why=_WHY_HS + "login.rs: Microsoft 365 with SMTP AUTH switched off",
        ),
        [_is('#[error("AUTH LOGIN rejected: {code} {message}")]')],
    ),
    (
        Pick(
            "STARTTLS rejected by server: 454 4.7.0 TLS not available due to local problem",
            "STARTTLS_FAILED",
            why=_WHY_HS + "rfc3207/starttls.rs: the server offered STARTTLS and answers 454",
        ),
        [_is('#[error("STARTTLS rejected by server: {code} {message}")]')],
    ),
    (
        Pick(
            "MAIL FROM rejected: 553 5.7.1 <alice@example.org>: Sender address rejected: not "
            "owned by user alice@example.com",
            "SENDER_REFUSED",
            why=_WHY_HS + "rfc5321/mail.rs: Postfix's reject_sender_login_mismatch",
        ),
        [_is('#[error("MAIL FROM rejected: {code} {message}")]')],
    ),
    (
        Pick(
            "RCPT TO rejected: 554 5.7.1 <bob@example.org>: Relay access denied",
            "RELAY_REFUSED",
            why=_WHY_HS + "rfc5321/rcpt.rs: not logged in, no relaying",
        ),
        [_is('#[error("RCPT TO rejected: {code} {message}")]')],
    ),
    (
        Pick(
            "RCPT TO rejected: 550 5.1.1 <bob@example.org>: Recipient address rejected: User "
            "unknown in local recipient table",
            "RECIPIENT_UNKNOWN",
            why=_WHY_HS + "rfc5321/rcpt.rs",
        ),
        [_is('#[error("RCPT TO rejected: {code} {message}")]')],
    ),
    (
        Pick(
            "DATA body rejected: 552 5.3.4 Message size exceeds fixed limit",
            "SIZE_LIMIT",
            why=_WHY_HS + "rfc5321/data.rs: the reply to the final dot",
        ),
        [_is('#[error("DATA body rejected: {code} {message}")]')],
    ),
    (
        Pick(
            "DATA body rejected: 554 5.7.1 Message rejected as spam",
            "REJECTED_AS_SPAM",
            why=_WHY_HS + "rfc5321/data.rs: the content filter refuses the message",
        ),
        [_is('#[error("DATA body rejected: {code} {message}")]')],
    ),
    (
        Pick(
            "DATA body rejected: 552 5.2.2 <bob@example.org> Quota exceeded (mailbox for user "
            "is full)",
            "RECIPIENT_MAILBOX_FULL",
            why=_WHY_HS + "rfc5321/data.rs: the recipient's mailbox is full",
        ),
        [_is('#[error("DATA body rejected: {code} {message}")]')],
    ),
    (
        Pick(
            "Read SMTP bytes error: unexpected EOF",
            "CONNECTION_CLOSED",
            why=_WHY_HS + "read.rs: the server closed the connection mid-session",
        ),
        [_is('#[error("Read SMTP bytes error: unexpected EOF")]')],
    ),
    # Its own messages: config, wizard, local stores, secrets.
    (
        Pick(
            "No configuration found. Run bare `himalaya` to launch the wizard and generate one.",
            None,
            why="src/account/check.rs: no config file",
        ),
        [_h("No configuration found. Run bare `himalaya` to launch the wizard")],
    ),
    (
        Pick("Cannot find account", None, why="src/account/check.rs: no such account name"),
        [_h('anyhow::anyhow!("Cannot find account")')],
    ),
    (
        Pick(
            'Invalid server scheme `ftp`: expected one of ["imap", "imaps", "unix"]',
            None,
            why="src/config.rs parse_server(): a config typo in imap.server",
        ),
        [_h("Invalid server scheme `{scheme}`: expected one of {allowed:?}")],
    ),
    (
        Pick(
            "Cannot derive host from IMAP server `unix:///run/sirup.sock`",
            None,
            why="src/imap/client.rs: a SASL block configured with a server URL that has no host",
        ),
        [_h("Cannot derive host from IMAP server `{server}`")],
    ),
    (
        Pick(
            "IMAP config is missing for account `work`",
            None,
            why="src/imap/client.rs build_imap_client(): the account has no [imap] block",
        ),
        [_h("IMAP config is missing for account `{name}`")],
    ),
    (
        Pick(
            "SMTP config is missing for account `work`",
            None,
            why="src/smtp/client.rs: the account has no [smtp] block",
        ),
        [_h("SMTP config is missing for account `{name}`")],
    ),
    (
        Pick(
            "Maildir root `/home/alice/Mail` does not exist or is not a directory",
            None,
            why="src/account/check.rs connect_maildir(): a local path",
        ),
        [_h("Maildir root `{}` does not exist or is not a directory")],
    ),
    (
        Pick(
            "Maildir folder name must not be empty",
            None,
            why="src/maildir/client.rs validate_maildir_name()",
        ),
        [_h('"Maildir folder name must not be empty"')],
    ),
    (
        Pick(
            "No `To:` / `Cc:` / `Bcc:` recipients found in raw message",
            None,
            why="src/smtp/backend.rs: the message to send has no recipients",
        ),
        [_h("No `To:` / `Cc:` / `Bcc:` recipients found in raw message")],
    ),
    (
        Pick(
            "Invalid email address `alice@` in envelope",
            None,
            why="src/smtp/backend.rs: a malformed address in the message",
        ),
        [_h("Invalid email address `{address}` in envelope")],
    ),
    (
        Pick("Empty command for secret", None, why="src/wizard/secret.rs: the password command"),
        [_h('"Empty command for secret"')],
    ),
    (
        Pick(
            "Empty input: enter an email address, a server URL, or a folder path",
            None,
            why="src/wizard/discover.rs: the wizard's first prompt left empty",
        ),
        [_h("Empty input: enter an email address, a server URL, or a folder path")],
    ),
    (
        Pick(
            "Vacation response is not supported by the server",
            None,
            why="src/jmap/vacation/get.rs: a JMAP server without the vacation capability",
        ),
        [_h('"Vacation response is not supported by the server"')],
    ),
    (
        Pick(
            "JMAP send found no identity; set `identity_id` in the account config",
            None,
            why="src/jmap/backend.rs: a JMAP config gap",
        ),
        [_h("JMAP send found no identity; set `identity_id` in the account config")],
    ),
    (
        Pick(
            "IMAP server does not advertise QRESYNC capability",
            None,
            why="io-imap client.rs: a sync feature the server lacks; mail settings are fine",
        ),
        [_ii('#[error("IMAP server does not advertise QRESYNC capability")]')],
    ),
]


def _build(mirrors: Path, app: str, slug: str, picks: list[tuple[Pick, list[Cite]]]) -> list:
    entries = []
    for index, (pick, cites) in enumerate(picks):
        parts = []
        for pin, literal, path in cites:
            repo, commit = _library(mirrors, pin)
            parts.append(f"{pin[0]}@{commit[:12]}:{_where(repo, commit, literal, (path,))}")
        source = parts[0] + (f" (then {' then '.join(parts[1:])})" if parts[1:] else "")
        entries.append(_entry(app, f"{slug}.{index}", pick, {"en": pick.key}, {"en": source}))
    return entries


def aerc(mirrors: Path) -> list[dict[str, object]]:
    return _build(mirrors, "aerc", "aerc", AERC_PICKS)


def himalaya(mirrors: Path) -> list[dict[str, object]]:
    return _build(mirrors, "himalaya", "himalaya", HIMALAYA_PICKS)


ABOUT = (
    "The forty-fifth held-out set (tools/extract_forty_fifth.py): aerc's IMAP worker and SMTP "
    "sender errors as its status line shows them ('<account>: ' + the error, 'send:: ...' "
    "wraps), the library texts of emersion/go-imap v1.2.1, go-smtp (snapshot HEAD; go.mod pins "
    "v0.24.0) and go-sasl at go.mod's pseudo-version, Go's net/crypto/tls words cited at the "
    "aerc call, and its own messages (code null), rjarry/aerc of May 2026; himalaya's IMAP "
    "and SMTP errors (io-imap v0.5.0 as Cargo.lock pins, io-smtp at the snapshot HEAD; "
    "Cargo.lock pins 0.3.0) and its own anyhow messages (code null), pimalaya/himalaya of "
    "August 2026; English only (neither app is translated); extracted and labelled blind from "
    "the code; code null: no mail-settings problem or nothing narrowing it."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, aerc, himalaya)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
