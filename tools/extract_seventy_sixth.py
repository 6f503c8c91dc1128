"""Developer tool: the seventy-sixth blind held-out set (hydroxide's and Mailpit's mail errors).

hydroxide (emersion/hydroxide a08bcca14ce8, August 2026; go.mod: go 1.24.0, go-smtp v0.24.0,
go-imap v1.2.1, go-sasl b788ff22d5a6): a bridge from IMAP and SMTP to Proton Mail. Its SMTP
server's replies as a mail client shows them: smtp/smtp.go's session (AUTH PLAIN through
auth/auth.go's Manager.Auth, whose ErrUnauthorized is "Invalid username or password" for a
wrong bridge password; MAIL/RCPT/DATA before AUTH give go-smtp's ErrAuthRequired; SendMail()'s
errors become go-smtp's "554 5.0.0 Error: transaction failed: ..."), formatted by go-smtp's
conn.go (handleAuth writeError(454, 4.7.0), dataErrorToStatus, writeResponse "%d %d.%d.%d %s").
go-smtp's v0.24.0 tag is not in the stored snapshot: read at its master ab24fe7cbe99 (July
2025, two commits after v0.23.0; every reply used here is also in v0.23.0). Its IMAP server's
replies through go-imap v1.2.1's server/conn.go handleCommand() ("<tag> NO " + the error).
The Proton API errors (protonmail/protonmail.go do(): Go's net/http client error
'Post "<url>": ' + net's or crypto/tls's reason) as `hydroxide auth` logs them (cmd/hydroxide/
main.go log.Fatal, with log's date and time) or as the IMAP/SMTP login returns them
(auth.authenticate() -> AuthRefresh). Its own CLI texts (usage, cached auth file, TLS flags,
2FA, key unlocking) are null. English only (hydroxide has no translations).

Mailpit (axllent/mailpit 408b30d59709, v1.30.5+2, July 2026; go.mod: go 1.25.0): its message
"Release" (server/apiv1/release.go: 'SMTP error: ' + smtpd.Relay()'s error, shown by the web
UI's handleError() alert, and logged '[smtp] error sending message: ...') and its auto-relay
and forwarding (internal/smtpd/main.go logs '[relay] error: ...' and '[forward] error: ...';
an RCPT refusal is logged as a warning 'error response to RCPT command for <rcpt>: ...'),
through internal/smtpd/relay.go and forward.go over Go's net/smtp, crypto/tls and net; its
own web UI alerts, release checks and config validation (config/config.go, validators.go) are
null. English only (the web UI is not translated).

Go's reasons are as Go 1.20+ words them (net/smtp's textproto.Error "%03d %s", a multi-line
reply joined with newlines; PlainAuth's "unencrypted connection"; crypto/tls's "tls: failed to
verify certificate: x509: ..."; net's "dial tcp ...: connect: connection refused", "lookup
<host> on <resolver>: no such host"): golang/go was not fetched, the words are Go's own as of
1.20 (both apps require Go 1.24 or later). The servers' replies quoted after Mailpit's
prefixes are Postfix's, Gmail's and Microsoft 365's usual ones.

Labelled blind from the code: `code` is the cause a person fixes, null where the text is the
app's own (its account, 2FA, files, config, forms) or where nothing narrows the cause.

    python -m tools.extract_seventy_sixth MIRRORS_DIR benchmarks/data/seventy_sixth_texts.json

MIRRORS_DIR holds `emersion+hydroxide/repo`, `emersion+go-smtp/repo`, `emersion+go-imap/repo`,
`emersion+go-sasl/repo` and `axllent+mailpit/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

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

HYDROXIDE = ("emersion/hydroxide", "a08bcca14ce8b49b6c61a51d1cd8253e2bed0a97")
GO_SMTP = ("emersion/go-smtp", "ab24fe7cbe995d404af3b1c093195f2f43b94688")  # master, > v0.23.0
GO_SMTP_V023 = "v0.23.0"
GO_IMAP = ("emersion/go-imap", "4bf026be1126813155f9f92ed8fe169e72d2cab5")  # v1.2.1
GO_SASL = ("emersion/go-sasl", "b788ff22d5a6b3970cde181998f52658a475bffc")
MAILPIT = ("axllent/mailpit", "408b30d59709e3f2ed69c7748d900a2208cfbf9b")
LIBS = {"smtp": GO_SMTP, "imap": GO_IMAP, "sasl": GO_SASL}

API = "https://mail.proton.me/api"
STAMP = "2025/03/01 10:00:00 "
PROTON_IP = "185.70.42.37"
RESOLVER = "127.0.0.53:53"

# --- hydroxide ------------------------------------------------------------------------------

_H_SMTP = (
    "smtp/smtp.go: the SMTP session (AUTH PLAIN -> authPlain() -> auth.Manager.Auth()); "
    "go-smtp's conn.go "
)
_H_IMAP = (
    "imap/backend.go Login() -> auth.Manager.Auth(); go-imap v1.2.1 server/conn.go "
    "handleCommand(): the handler's error becomes '<tag> NO ' + its text; "
)
_H_DATA = (
    "smtp/smtp.go Data() -> SendMail() before anything reaches Proton; go-smtp conn.go "
    "dataErrorToStatus(): a plain error becomes '554 5.0.0 Error: transaction failed: ' + it; "
)
_H_REFRESH = (
    "auth/auth.go Manager.Auth() -> authenticate() -> Client.AuthRefresh() (POST "
    "/auth/refresh, protonmail/protonmail.go do(): http.DefaultClient.Do), the first login of "
    "a session; the Go error returned unchanged to the IMAP or SMTP login; "
)
_H_CLI = (
    "cmd/hydroxide/main.go `hydroxide auth`: c.AuthInfo() (POST /auth/info through "
    "protonmail.go do(), http.DefaultClient) fails and log.Fatal(err) prints Go's url.Error "
    "'Post \"<url>\": ' + the reason; "
)


def _hx(text: str, code: str | None, why: str, literal: str, lib: str = "", lit: str = "") -> Pick:
    """A hydroxide text: `literal` is where hydroxide raises it (in the file `_HX_PATHS` names
    for it, else anywhere), `lib` ("key" or "key:path") and `lit` the library's line."""
    return Pick(text, code, why=why, then=literal, table=lib, context=lit)


# hydroxide's literals that more than one of its files show: the file that raises the text.
_HX_PATHS = {
    "authInfo, err := c.AuthInfo(username)": "cmd/hydroxide/main.go",
    'errors.New("unknown sender address")': "smtp/smtp.go",
    'errors.New("the From field must contain exactly one address")': "smtp/smtp.go",
    'errors.New("no recipient specified")': "smtp/smtp.go",
    'errors.New("sender address has no private key")': "smtp/smtp.go",
    'errors.New("sender address key hasn\'t been decrypted")': "smtp/smtp.go",
}


HYDROXIDE_PICKS: list[Pick] = [
    _hx(
        "454 4.7.0 Invalid username or password",
        "AUTH_FAILED",
        _H_SMTP + "handleAuth(): sasl.Next() fails, writeError(454, 4.7.0, err): the bridge "
        "password is not the one `hydroxide auth` printed (not base64 of 32 bytes, or it "
        "does not decrypt the cached auth, or the user name is not a logged-in one)",
        'errors.New("Invalid username or password")',
        "smtp",
        "c.writeError(454, EnhancedCode{4, 7, 0}, err)",
    ),
    _hx(
        "a1 NO Invalid username or password",
        "AUTH_FAILED",
        _H_IMAP + "auth/auth.go ErrUnauthorized: the bridge password in the mail client is wrong",
        'errors.New("Invalid username or password")',
        "imap:server/conn.go",
        "Type: imap.StatusRespNo,",
    ),
    _hx(
        "502 5.7.0 Please authenticate first",
        "AUTH_NOT_OFFERED",
        "smtp/smtp.go Mail()/Rcpt()/Data(): s.c == nil returns go-smtp's ErrAuthRequired "
        "(backend.go): the mail client sent without logging in (SMTP authentication off)",
        "return smtp.ErrAuthRequired",
        "smtp",
        '"Please authenticate first"',
    ),
    _hx(
        "502 5.5.1 TLS not supported",
        "STARTTLS_NOT_OFFERED",
        "cmd/hydroxide/main.go listenAndServeSMTP(): without -tls-cert the server has no "
        "TLSConfig, so go-smtp's handleStartTLS() refuses STARTTLS (EHLO does not list it): the "
        "client is set to STARTTLS on the plain bridge port",
        "s.TLSConfig = tlsConfig",
        "smtp",
        '"TLS not supported"',
    ),
    _hx(
        "a1 NO TLS support not enabled",
        "STARTTLS_NOT_OFFERED",
        "cmd/hydroxide/main.go listenAndServeIMAP(): without -tls-cert no TLSConfig; go-imap "
        "server/cmd_noauth.go StartTLS Handle() refuses: the client is set to STARTTLS on the "
        "plain bridge port",
        "s := imapserver.New(be)",
        "imap",
        '"TLS support not enabled"',
    ),
    _hx(
        "454 4.7.0 sasl: invalid response",
        "AUTH_METHOD_FALLBACK",
        "smtp/smtp.go Auth(): every mechanism gets go-sasl's PLAIN server (EHLO offers only "
        "AUTH PLAIN); a client using AUTH LOGIN sends the bare user name, which plain.go Next() "
        "cannot split in three: the method set in the client is not the offered PLAIN",
        "return sasl.NewPlainServer(",
        "sasl:plain.go",
        'errors.New("sasl: invalid response")',
    ),
    _hx(
        "454 4.7.0 invalid SASL PLAIN identity",
        None,
        "smtp/smtp.go Auth(): an authorization identity different from the user name, a client "
        "oddity nothing in the usual settings names",
        'fmt.Errorf("invalid SASL PLAIN identity")',
    ),
    _hx(
        "a1 NO Identities not supported",
        None,
        "go-imap server/server.go AUTHENTICATE PLAIN with an authorization identity: a client "
        "oddity, no setting named",
        "s := imapserver.New(be)",
        "imap",
        'errors.New("Identities not supported")',
    ),
    _hx(
        "554 5.0.0 Error: transaction failed: unknown sender address",
        "SENDER_REFUSED",
        _H_DATA + "the From address is none of the Proton account's addresses (ListAddresses)",
        'errors.New("unknown sender address")',
        "smtp",
        '"Error: transaction failed: "',
    ),
    _hx(
        "554 5.0.0 Error: transaction failed: the From field must contain exactly one address",
        None,
        _H_DATA + "the message's own header, not a setting",
        'errors.New("the From field must contain exactly one address")',
    ),
    _hx(
        "554 5.0.0 Error: transaction failed: no recipient specified",
        None,
        _H_DATA + "no To, Cc or Bcc: the message, not a setting",
        'errors.New("no recipient specified")',
    ),
    _hx(
        "554 5.0.0 Error: transaction failed: sender address has no private key",
        None,
        _H_DATA + "the Proton address has no key: the Proton account's own state",
        'errors.New("sender address has no private key")',
    ),
    _hx(
        "554 5.0.0 Error: transaction failed: sender address key hasn't been decrypted",
        None,
        _H_DATA + "the address key could not be unlocked with the mailbox password: the Proton "
        "account's keys, nothing in the mail client",
        'errors.New("sender address key hasn\'t been decrypted")',
    ),
    _hx(
        "454 4.7.0 cannot re-authenticate: two factor authentication enabled, please login "
        "again manually",
        None,
        "auth/auth.go authenticate(): the cached refresh token is invalid (API code 10013) and "
        "the Proton account has 2FA: run `hydroxide auth` again; the bridge's own account "
        "flow, not a mail-client setting",
        "two factor authentication enabled, please login again manually",
    ),
    _hx(
        f'a1 NO Post "{API}/auth/refresh": dial tcp: lookup mail.proton.me on {RESOLVER}: no '
        "such host",
        "HOST_NOT_FOUND",
        _H_REFRESH + "Go's resolver answers NXDOMAIN for the API host (-api-endpoint)",
        "c.AuthRefresh(&cachedAuth.Auth)",
    ),
    _hx(
        f'454 4.7.0 Post "{API}/auth/refresh": dial tcp {PROTON_IP}:443: connect: connection '
        "refused",
        "PORT_CLOSED",
        _H_REFRESH + "ECONNREFUSED connecting to the API's port",
        "c.AuthRefresh(&cachedAuth.Auth)",
    ),
    _hx(
        f'a1 NO Post "{API}/auth/refresh": dial tcp {PROTON_IP}:443: i/o timeout',
        "PORT_FILTERED",
        _H_REFRESH + "http.DefaultTransport's 30 s dial timeout: no answer to the SYN",
        "c.AuthRefresh(&cachedAuth.Auth)",
    ),
    _hx(
        f'454 4.7.0 Post "{API}/auth/refresh": tls: failed to verify certificate: x509: '
        "certificate signed by unknown authority",
        "CERT_INTERCEPTED",
        _H_REFRESH + "Proton's certificate is publicly trusted: one the bridge's machine "
        "cannot trace stands in between (an inspecting proxy or antivirus)",
        "c.AuthRefresh(&cachedAuth.Auth)",
    ),
    _hx(
        f'{STAMP}Post "{API}/auth/info": dial tcp: lookup mail.proton.me on {RESOLVER}: no '
        "such host",
        "HOST_NOT_FOUND",
        _H_CLI + "NXDOMAIN for the API host",
        "authInfo, err := c.AuthInfo(username)",
    ),
    _hx(
        f'{STAMP}Post "{API}/auth/info": dial tcp: lookup mail.proton.me on {RESOLVER}: '
        "server misbehaving",
        "DNS_FAILURE",
        _H_CLI + "the resolver answers SERVFAIL",
        "authInfo, err := c.AuthInfo(username)",
    ),
    _hx(
        f'{STAMP}Post "{API}/auth/info": dial tcp: lookup mail.proton.me on {RESOLVER}: read '
        f"udp 127.0.0.1:45510->{RESOLVER}: i/o timeout",
        "DNS_FAILURE",
        _H_CLI + "the resolver does not answer",
        "authInfo, err := c.AuthInfo(username)",
    ),
    _hx(
        f'{STAMP}Post "{API}/auth/info": dial tcp {PROTON_IP}:443: connect: network is unreachable',
        "HOST_UNREACHABLE",
        _H_CLI + "ENETUNREACH, no route",
        "authInfo, err := c.AuthInfo(username)",
    ),
    _hx(
        f'{STAMP}Post "{API}/auth/info": dial tcp {PROTON_IP}:443: connect: connection refused',
        "PORT_CLOSED",
        _H_CLI + "ECONNREFUSED",
        "authInfo, err := c.AuthInfo(username)",
    ),
    _hx(
        f'{STAMP}Post "{API}/auth/info": dial tcp {PROTON_IP}:443: i/o timeout',
        "PORT_FILTERED",
        _H_CLI + "the transport's dial timeout: no answer to the SYN",
        "authInfo, err := c.AuthInfo(username)",
    ),
    _hx(
        f'{STAMP}Post "{API}/auth/info": tls: failed to verify certificate: x509: certificate '
        "signed by unknown authority",
        "CERT_INTERCEPTED",
        _H_CLI + "a publicly trusted host's certificate fails on this machine: something "
        "inspects TLS in between",
        "authInfo, err := c.AuthInfo(username)",
    ),
    _hx(
        f'{STAMP}Post "{API}/auth/info": tls: failed to verify certificate: x509: certificate '
        "has expired or is not yet valid: current time 2019-01-01T00:00:12Z is before "
        "2025-01-20T00:00:00Z",
        "CERT_NOT_YET_VALID",
        _H_CLI + "Go's x509 'is before' NotBefore: the machine's clock is far behind",
        "authInfo, err := c.AuthInfo(username)",
    ),
    _hx(
        f'{STAMP}Post "{API}/auth/info": read tcp 192.168.1.20:51234->{PROTON_IP}:443: read: '
        "connection reset by peer",
        "CONNECTION_CLOSED",
        _H_CLI + "ECONNRESET after connecting: the other side hung up, no reason given",
        "authInfo, err := c.AuthInfo(username)",
    ),
    _hx(
        f'{STAMP}Post "{API}/auth/info": EOF',
        "CONNECTION_CLOSED",
        _H_CLI + "the connection closed before an HTTP answer",
        "authInfo, err := c.AuthInfo(username)",
    ),
    _hx(
        f"{STAMP}invalid character '<' looking for beginning of value",
        None,
        "protonmail/protonmail.go doJSON(): encoding/json on an HTML page instead of the API's "
        "JSON (a portal, a proxy, an outage page): nothing narrows it",
        "json.NewDecoder(resp.Body).Decode(respData)",
    ),
    _hx(
        f"{STAMP}Only TOTP is supported as a 2FA method",
        None,
        "cmd/hydroxide/main.go auth: the Proton account's 2FA kind, hydroxide's own sign-in",
        'log.Fatal("Only TOTP is supported as a 2FA method")',
    ),
    _hx(
        f"{STAMP}failed to unlock any key",
        None,
        "protonmail/auth.go Unlock(): the mailbox password typed at `hydroxide auth` opens no "
        "key: the bridge's own sign-in",
        'fmt.Errorf("failed to unlock any key")',
    ),
    _hx(
        f"{STAMP}SRP failed during auth: invalid SRP server proof",
        None,
        "protonmail/auth.go Auth() -> srp.go: the SRP exchange of hydroxide's own sign-in",
        'errors.New("invalid SRP server proof")',
    ),
    _hx(
        f"{STAMP}usage: hydroxide auth <username>",
        None,
        "cmd/hydroxide/main.go: the command line's usage",
        'log.Fatal("usage: hydroxide auth <username>")',
    ),
    _hx(
        f"{STAMP}usage: hydroxide sendmail <username> -- <args...>",
        None,
        "cmd/hydroxide/main.go: the command line's usage",
        'log.Fatal("usage: hydroxide sendmail <username> -- <args...>")',
    ),
    _hx(
        f"{STAMP}Unrecognized command",
        None,
        "cmd/hydroxide/main.go: an unknown subcommand",
        'log.Fatal("Unrecognized command")',
    ),
    _hx(
        "No logged in user.",
        None,
        "cmd/hydroxide/main.go `hydroxide status`: no cached account",
        'fmt.Printf("No logged in user.\\n")',
    ),
    _hx(
        f"{STAMP}failed to open cached auth file: open /home/alice/.config/hydroxide/auth.json: "
        "permission denied",
        None,
        "auth/auth.go readCachedAuths(): a file's permissions",
        "failed to open cached auth file: %v",
    ),
    _hx(
        f"{STAMP}failed to read cached auth file: unexpected EOF",
        None,
        "auth/auth.go readCachedAuths(): a truncated auth.json",
        "failed to read cached auth file: %v",
    ),
    _hx(
        f"{STAMP}unable load key pair: open /etc/hydroxide/cert.pem: no such file or directory",
        None,
        "config/tls.go TLS(): the -tls-cert file is missing",
        "unable load key pair: %s",
    ),
    _hx(
        f"{STAMP}cannot check client certificate without a server certificate and key",
        None,
        "config/tls.go TLS(): -tls-client-ca without -tls-cert/-tls-key, a flag combination",
        "cannot check client certificate without a server certificate and key",
    ),
    _hx(
        f"{STAMP}listen tcp 127.0.0.1:1025: bind: address already in use",
        None,
        "cmd/hydroxide/main.go: log.Fatal(listenAndServeSMTP()): the bridge's own port is "
        "taken on its machine",
        "log.Fatal(listenAndServeSMTP(addr, debug, authManager, tlsConfig))",
    ),
]

# --- Mailpit --------------------------------------------------------------------------------

HOST = "smtp.example.com"
IP = "192.0.2.25"
DOCKER_DNS = "127.0.0.11:53"
SENDER = "alice@example.com"
RCPT = "bob@example.org"
_X509 = "tls: failed to verify certificate: x509: "

_REL = (
    "server/apiv1/release.go: the Release dialog's POST; smtpd.Relay() fails and the web UI's "
    "handleError() alerts 'SMTP error: ' + the error; internal/smtpd/relay.go "
)
_AUTO = (
    "internal/smtpd/main.go: autoRelayMessage() wraps Relay()'s error as '[relay] error: ' and "
    "logs it; internal/smtpd/relay.go "
)
_FWD = (
    "internal/smtpd/main.go: autoForwardMessage() wraps forward()'s error as '[forward] error: "
    "' and logs it; internal/smtpd/forward.go "
)
_DIAL = "createRelaySMTPClient() smtp.Dial(addr) (net.Dial, then the greeting) fails: "
_TLSDIAL = "createRelaySMTPClient() with tls = true: tls.Dial() fails: "
_STLS = "createRelaySMTPClient() with starttls = true: net/smtp Client.StartTLS() fails: "
_AUTH = "Relay(): net/smtp Client.Auth() with the configured auth fails: "
_MAIL = "Relay(): net/smtp Client.Mail() (MAIL FROM, the message's From) refused: "
_RCPT = "Relay(): net/smtp Client.Rcpt() refused, logged as a warning (Warnf): "
_CLOSE = "Relay(): the DATA writer's Close() (the final dot) refused: "

_CONNECT = 'fmt.Errorf("error connecting to %s: %v", addr, err)'
_TLS_DIAL = 'fmt.Errorf("TLS dial error: %v", err)'
_STARTTLS = 'fmt.Errorf("error creating StartTLS config: %v", err)'
_AUTH_LIT = 'fmt.Errorf("error response to AUTH command: %s", err.Error())'
_MAIL_LIT = 'errors.WithMessage(err, "error sending MAIL command")'
_RCPT_LIT = 'Warnf("error response to RCPT command for %s: %s"'


def _mp(text: str, code: str | None, why: str, literal: str, path: str = "") -> Pick:
    return Pick(text, code, why=why, then=literal, table=path or "internal/smtpd/relay.go")


def _connect(port: int, reason: str) -> str:
    return f"error connecting to {HOST}:{port}: {reason}"


MAILPIT_MAIL: list[tuple[str, str | None, str, str]] = [
    # (the relay error, code, why, the literal in relay.go)
    (
        _connect(587, f"dial tcp: lookup {HOST} on {DOCKER_DNS}: no such host"),
        "HOST_NOT_FOUND",
        _DIAL + "Go's resolver (Docker's 127.0.0.11) answers NXDOMAIN for the relay host",
        _CONNECT,
    ),
    (
        _connect(587, f"dial tcp: lookup {HOST} on {DOCKER_DNS}: server misbehaving"),
        "DNS_FAILURE",
        _DIAL + "the resolver answers SERVFAIL",
        _CONNECT,
    ),
    (
        _connect(587, f"dial tcp {IP}:587: connect: connection refused"),
        "PORT_CLOSED",
        _DIAL + "ECONNREFUSED, nothing listens on the port",
        _CONNECT,
    ),
    (
        _connect(587, f"dial tcp {IP}:587: connect: connection timed out"),
        "PORT_FILTERED",
        _DIAL + "net.Dial has no timeout of its own: the kernel's ETIMEDOUT, SYNs dropped",
        _CONNECT,
    ),
    (
        _connect(25, f"dial tcp {IP}:25: connect: no route to host"),
        "HOST_UNREACHABLE",
        _DIAL + "EHOSTUNREACH",
        _CONNECT,
    ),
    (
        _connect(587, f"dial tcp {IP}:587: connect: network is unreachable"),
        "HOST_UNREACHABLE",
        _DIAL + "ENETUNREACH",
        _CONNECT,
    ),
    (
        _connect(587, "EOF"),
        "CONNECTION_CLOSED",
        _DIAL + "net/smtp NewClient() reads EOF instead of the 220 greeting: the server hung up",
        _CONNECT,
    ),
    (
        _connect(587, f"421 4.7.0 {HOST} Error: too many connections from 203.0.113.10"),
        "RATE_LIMITED",
        _DIAL + "the greeting is a 421 naming the connection limit (textproto.Error '%03d %s')",
        _CONNECT,
    ),
    (
        _connect(
            25,
            "554 5.7.1 Service unavailable; Client host [203.0.113.10] blocked using "
            "zen.spamhaus.org",
        ),
        "REJECTED_AS_SPAM",
        _DIAL + "the greeting refuses the sending IP, listed on a block list",
        _CONNECT,
    ),
    (
        f"error saying HELO/EHLO to {HOST}:587: EOF",
        "CONNECTION_CLOSED",
        "createRelaySMTPClient() Client.Hello(): the connection closed after the greeting",
        'fmt.Errorf("error saying HELO/EHLO to %s: %v", addr, err)',
    ),
    (
        f"TLS dial error: dial tcp {IP}:465: connect: connection refused",
        "PORT_CLOSED",
        _TLSDIAL + "ECONNREFUSED on the implicit-TLS port",
        _TLS_DIAL,
    ),
    (
        "TLS dial error: tls: first record does not look like a TLS handshake",
        "TLS_ON_PLAIN_PORT",
        _TLSDIAL + "tls = true against port 587 or 25: crypto/tls reads the plain 220 greeting",
        _TLS_DIAL,
    ),
    (
        f"TLS dial error: {_X509}certificate signed by unknown authority",
        "CERT_UNTRUSTED",
        _TLSDIAL + "the chain does not lead to a trusted root (allow-insecure off)",
        _TLS_DIAL,
    ),
    (
        f"TLS dial error: {_X509}certificate is valid for mail.hosting.example.net, not {HOST}",
        "CERT_HOSTNAME_MISMATCH",
        _TLSDIAL + "ServerName is the configured host: the certificate names another",
        _TLS_DIAL,
    ),
    (
        f"TLS dial error: {_X509}certificate has expired or is not yet valid: current time "
        "2025-03-01T10:00:00Z is after 2025-02-14T23:59:59Z",
        "CERT_EXPIRED",
        _TLSDIAL + "x509 'is after' NotAfter: the certificate expired",
        _TLS_DIAL,
    ),
    (
        "TLS dial error: tls: server selected unsupported protocol version 301",
        "TLS_OUTDATED",
        _TLSDIAL + "the server answers with TLS 1.0, below Go's client minimum TLS 1.2",
        _TLS_DIAL,
    ),
    (
        "TLS dial error: remote error: tls: handshake failure",
        "TLS_HANDSHAKE_FAILED",
        _TLSDIAL + "the server's handshake_failure alert: no cipher or version in common",
        _TLS_DIAL,
    ),
    (
        "error creating StartTLS config: 502 5.5.1 Error: command not implemented",
        "STARTTLS_NOT_OFFERED",
        _STLS + "net/smtp sends STARTTLS without checking EHLO; Postfix without TLS answers 502",
        _STARTTLS,
    ),
    (
        "error creating StartTLS config: 454 4.7.0 TLS not available due to local problem",
        "STARTTLS_FAILED",
        _STLS + "STARTTLS offered but the server cannot start TLS (Postfix's 454)",
        _STARTTLS,
    ),
    (
        f"error creating StartTLS config: {_X509}certificate signed by unknown authority",
        "CERT_UNTRUSTED",
        _STLS + "the handshake after STARTTLS: an untrusted chain",
        _STARTTLS,
    ),
    (
        f"error creating StartTLS config: {_X509}certificate is valid for *.hosting.example.net, "
        f"hosting.example.net, not {HOST}",
        "CERT_HOSTNAME_MISMATCH",
        _STLS + "the certificate names the hosting company, not the configured host",
        _STARTTLS,
    ),
    (
        f"error creating StartTLS config: {_X509}certificate has expired or is not yet valid: "
        "current time 2025-03-01T10:00:00Z is after 2025-02-14T23:59:59Z",
        "CERT_EXPIRED",
        _STLS + "x509 'is after' NotAfter",
        _STARTTLS,
    ),
    (
        "error response to AUTH command: unencrypted connection",
        "PLAINTEXT_AUTH_DISABLED",
        _AUTH + "auth = plain with neither tls nor starttls: net/smtp PlainAuth.Start() refuses "
        "to send the password over an unencrypted connection to a host other than localhost; "
        "the fix is encryption (STARTTLS or TLS) before the login",
        _AUTH_LIT,
    ),
    (
        "error response to AUTH command: 535 5.7.8 Error: authentication failed: authentication "
        "failure",
        "AUTH_FAILED",
        _AUTH + "Postfix/Dovecot's 535: wrong username or password",
        _AUTH_LIT,
    ),
    (
        "error response to AUTH command: 535 5.7.8 Username and Password not accepted. For more "
        "information, go to\n5.7.8  https://support.google.com/mail/?p=BadCredentials "
        "a1-20020a05600c0ac100b0041abe5ee2ffsm1234567wmr.1 - gsmtp",
        "AUTH_FAILED",
        _AUTH + "Gmail's two-line 535 BadCredentials, joined by textproto with a newline",
        _AUTH_LIT,
    ),
    (
        "error response to AUTH command: 535 5.7.139 Authentication unsuccessful, "
        "SmtpClientAuthentication is disabled for the Tenant. Visit "
        "https://aka.ms/smtp_auth_disabled for more information.",
        "PROTOCOL_DISABLED",
        _AUTH + "Microsoft 365: SMTP AUTH switched off for the tenant, not a wrong password",
        _AUTH_LIT,
    ),
    (
        "error response to AUTH command: 530 5.7.0 Must issue a STARTTLS command first.",
        "PLAINTEXT_AUTH_DISABLED",
        _AUTH + "auth = login (Mailpit's own LoginAuth has no TLS check) without starttls: the "
        "server refuses a login before encryption",
        _AUTH_LIT,
    ),
    (
        "error response to AUTH command: 503 5.5.1 Error: authentication not enabled",
        "AUTH_NOT_OFFERED",
        _AUTH + "net/smtp sends AUTH without checking EHLO; the server offers no AUTH here "
        "(Postfix's 503)",
        _AUTH_LIT,
    ),
    (
        "error response to AUTH command: 504 5.7.4 Unrecognized authentication type",
        "AUTH_METHOD_FALLBACK",
        _AUTH + "auth = cram-md5 (or login) against a server that offers another mechanism: "
        "the configured method is refused, not the password",
        _AUTH_LIT,
    ),
    (
        "error response to AUTH command: 454 4.7.0 Temporary authentication failure",
        "AUTH_TEMPORARY_FAILURE",
        _AUTH + "the server's 454: its password back end failed for now",
        _AUTH_LIT,
    ),
    (
        "error response to AUTH command: unknown fromServer",
        None,
        _AUTH + "Mailpit's LoginAuth.Next() knows only the prompts 'Username:' and 'Password:'; "
        "a server's other wording stops it: Mailpit's own limitation, no setting named",
        _AUTH_LIT,
    ),
    (
        f"error sending MAIL command: 553 5.7.1 <{SENDER}>: Sender address rejected: not owned "
        "by user relay@example.com",
        "SENDER_REFUSED",
        _MAIL + "the relay account may not send as the message's From (override-from unset)",
        _MAIL_LIT,
    ),
    (
        "error sending MAIL command: 530 5.7.0 Authentication required",
        "AUTH_NOT_OFFERED",
        _MAIL + "no auth configured for a relay that wants a login",
        _MAIL_LIT,
    ),
    (
        "error sending MAIL command: 450 4.7.1 Error: too much mail from 203.0.113.10",
        "RATE_LIMITED",
        _MAIL + "the server's per-client sending limit",
        _MAIL_LIT,
    ),
    (
        f"error response to RCPT command for {RCPT}: 554 5.7.1 <{RCPT}>: Relay access denied",
        "RELAY_REFUSED",
        _RCPT + "RCPT TO another domain without an authenticated session",
        _RCPT_LIT,
    ),
    (
        f"error response to RCPT command for {RCPT}: 550 5.1.1 <{RCPT}>: Recipient address "
        "rejected: User unknown in virtual mailbox table",
        "RECIPIENT_UNKNOWN",
        _RCPT + "the recipient does not exist",
        _RCPT_LIT,
    ),
    (
        f"error response to RCPT command for {RCPT}: 452 4.2.2 <{RCPT}>: Recipient address "
        "rejected: Mailbox full",
        "RECIPIENT_MAILBOX_FULL",
        _RCPT + "the recipient's mailbox is over quota",
        _RCPT_LIT,
    ),
    (
        "error response to DATA command: 554 5.5.1 Error: no valid recipients",
        None,
        "Relay(): RCPT refusals are only logged (forward-smtp-errors off), so DATA meets "
        "Postfix's 554: the reason is in the earlier RCPT warning, this text alone names none",
        'errors.WithMessage(err, "error response to DATA command")',
    ),
    (
        "error closing connection: 552 5.3.4 Message size exceeds fixed limit",
        "SIZE_LIMIT",
        _CLOSE + "the message is over the server's size limit",
        'errors.WithMessage(err, "error closing connection")',
    ),
    (
        "error closing connection: 554 5.7.1 Spam message rejected",
        "REJECTED_AS_SPAM",
        _CLOSE + "the server's filter judged the content spam",
        'errors.WithMessage(err, "error closing connection")',
    ),
    (
        f"error sending message: write tcp 172.18.0.2:48812->{IP}:587: write: broken pipe",
        "CONNECTION_CLOSED",
        "Relay(): writing the message after DATA: EPIPE, the server closed the connection",
        'errors.WithMessage(err, "error sending message")',
    ),
]

# Which of the relay errors also appear as the auto-relay's log line, and which as the
# forwarder's (forward.go words MAIL as 'error response to MAIL command').
AUTO_RELAY = (0, 2, 11, 17, 23, 26, 31)
FORWARD: list[tuple[str, str | None, str, str]] = [
    (
        _connect(587, f"dial tcp: lookup {HOST} on {DOCKER_DNS}: no such host"),
        "HOST_NOT_FOUND",
        "createForwardingSMTPClient() smtp.Dial(): NXDOMAIN for the forward host",
        _CONNECT,
    ),
    (
        f"TLS dial error: {_X509}certificate signed by unknown authority",
        "CERT_UNTRUSTED",
        "createForwardingSMTPClient() tls.Dial(): an untrusted chain",
        _TLS_DIAL,
    ),
    (
        "error creating StartTLS config: 502 5.5.1 Error: command not implemented",
        "STARTTLS_NOT_OFFERED",
        "createForwardingSMTPClient() StartTLS: the server has no STARTTLS",
        _STARTTLS,
    ),
    (
        "error response to AUTH command: 535 5.7.8 Error: authentication failed: authentication "
        "failure",
        "AUTH_FAILED",
        "forward(): Client.Auth() refused with 535",
        _AUTH_LIT,
    ),
    (
        f"error response to MAIL command: 553 5.7.1 <{SENDER}>: Sender address rejected: not "
        "owned by user relay@example.com",
        "SENDER_REFUSED",
        "forward(): MAIL FROM refused, the From is not the account's",
        'fmt.Errorf("error response to MAIL command: %s", err.Error())',
    ),
]

MAILPIT_OWN: list[Pick] = [
    _mp(
        "this functionality has been disabled for demonstration purposes",
        None,
        "server/apiv1/release.go: the demo mode",
        '"this functionality has been disabled for demonstration purposes"',
        "server/apiv1/release.go",
    ),
    _mp(
        "Invalid email address: bob@@example.org",
        None,
        "server/apiv1/release.go: the Release form's address fails mail.ParseAddress",
        '"Invalid email address: "+to',
        "server/apiv1/release.go",
    ),
    _mp(
        f"Failed: 1 Address do not match the allowlist: {RCPT}",
        None,
        "server/apiv1/release.go: Mailpit's own relay allowlist (allowed-recipients) refuses",
        '" do not match the allowlist: "',
        "server/apiv1/release.go",
    ),
    _mp(
        f"Failed: 1 Address found on blocklist: {RCPT}",
        None,
        "server/apiv1/release.go: Mailpit's own relay blocklist",
        '" found on blocklist: "',
        "server/apiv1/release.go",
    ),
    _mp(
        "No valid addresses found",
        None,
        "server/apiv1/release.go: the Release form's recipients",
        '"No valid addresses found"',
        "server/apiv1/release.go",
    ),
    _mp(
        "No From header found",
        None,
        "server/apiv1/release.go: the stored message has no From",
        '"No From header found"',
        "server/apiv1/release.go",
    ),
    _mp(
        "Error sending data to the server. Please try again.",
        None,
        "server/ui-src/mixins/CommonMixins.js handleError(): the browser got no answer from "
        "Mailpit itself",
        '"Error sending data to the server. Please try again."',
        "server/ui-src/mixins/CommonMixins.js",
    ),
    _mp(
        "Failed to copy to clipboard",
        None,
        "server/ui-src/mixins/CommonMixins.js: the browser's clipboard",
        '"Failed to copy to clipboard"',
        "server/ui-src/mixins/CommonMixins.js",
    ),
    _mp(
        "This browser does not support desktop notifications",
        None,
        "server/ui-src/components/AppAbout.vue: the browser",
        '"This browser does not support desktop notifications"',
        "server/ui-src/components/AppAbout.vue",
    ),
    _mp(
        "Error parsing ICS file",
        None,
        "server/ui-src/components/message/MessageAttachments.vue: an attachment",
        '"Error parsing ICS file"',
        "server/ui-src/components/message/MessageAttachments.vue",
    ),
    _mp(
        "message does not contain HTML",
        None,
        "server/apiv1/other.go: the HTML check of a message",
        '"message does not contain HTML"',
        "server/apiv1/other.go",
    ),
    _mp(
        "You may specify either IDs or a search query, not both",
        None,
        "server/apiv1/messages.go: an API request's parameters",
        '"You may specify either IDs or a search query, not both"',
        "server/apiv1/messages.go",
    ),
    _mp(
        "[relay] host not set",
        None,
        "config/validators.go: the relay config file lacks host, a form check before any "
        "connection",
        '"[relay] host not set"',
        "config/validators.go",
    ),
    _mp(
        "[relay] host username or password not set for PLAIN authentication",
        None,
        "config/validators.go: the relay config's missing field",
        '"[relay] host username or password not set for PLAIN authentication"',
        "config/validators.go",
    ),
    _mp(
        "[relay] host username or secret not set for CRAM-MD5 authentication",
        None,
        "config/validators.go: the relay config's missing field",
        '"[relay] host username or secret not set for CRAM-MD5 authentication"',
        "config/validators.go",
    ),
    _mp(
        "[relay] authentication method not supported: xoauth2",
        None,
        "config/validators.go: an auth value Mailpit's config does not know",
        '"[relay] authentication method not supported: %s"',
        "config/validators.go",
    ),
    _mp(
        "[relay] TLS & STARTTLS cannot be required together",
        None,
        "config/validators.go: contradictory relay options",
        '"[relay] TLS & STARTTLS cannot be required together"',
        "config/validators.go",
    ),
    _mp(
        "[relay] configuration not found or readable: /etc/mailpit/relay.yml",
        None,
        "config/validators.go: the relay config file",
        '"[relay] configuration not found or readable: %s"',
        "config/validators.go",
    ),
    _mp(
        "[relay] override-from is not a valid email address: relay-at-example.com",
        None,
        "config/validators.go: a malformed option value",
        '"[relay] override-from is not a valid email address: %s"',
        "config/validators.go",
    ),
    _mp(
        "[relay] a relay configuration must be set to auto-relay any messages",
        None,
        "config/config.go: --smtp-relay-all without a relay config",
        '"[relay] a relay configuration must be set to auto-relay any messages"',
        "config/config.go",
    ),
    _mp(
        "[forward] To addresses missing",
        None,
        "config/validators.go: the forward config's missing field",
        '"[forward] To addresses missing"',
        "config/validators.go",
    ),
    _mp(
        "[forward] host not set",
        None,
        "config/validators.go: the forward config's missing field",
        '"[forward] host not set"',
        "config/validators.go",
    ),
    _mp(
        "[smtp] authentication requires STARTTLS or TLS encryption, run with "
        "`--smtp-auth-allow-insecure` to allow insecure authentication",
        None,
        "config/config.go: Mailpit's own SMTP server's start-up options (its accounts file "
        "without its TLS certificate), not a client's setting",
        "[smtp] authentication requires STARTTLS or TLS encryption",
        "config/config.go",
    ),
    _mp(
        "[smtp] you must provide both an SMTP TLS certificate and a key",
        None,
        "config/config.go: Mailpit's own start-up options",
        '"[smtp] you must provide both an SMTP TLS certificate and a key"',
        "config/config.go",
    ),
    _mp(
        "[smtp] TLS certificate not found or readable: /certs/cert.pem",
        None,
        "config/config.go: a file",
        '"[smtp] TLS certificate not found or readable: %s"',
        "config/config.go",
    ),
    _mp(
        "[smtp] password file not found or readable: /data/passwords",
        None,
        "config/config.go: a file",
        '"[smtp] password file not found or readable: %s"',
        "config/config.go",
    ),
    _mp(
        "[ui] HTTP password file not found or readable: /data/ui-passwords",
        None,
        "config/config.go: a file",
        '"[ui] HTTP password file not found or readable: %s"',
        "config/config.go",
    ),
    _mp(
        "[smtp] bind should be in the format of <ip>:<port>",
        None,
        "config/config.go: an option's format",
        '"[smtp] bind should be in the format of <ip>:<port>"',
        "config/config.go",
    ),
    _mp(
        "[db] compression level must be between 0 and 3",
        None,
        "config/config.go: an option's range",
        '"[db] compression level must be between 0 and 3"',
        "config/config.go",
    ),
    _mp(
        "max-age must be either <int>h for hours or <int>d for days: 30x",
        None,
        "config/validators.go: an option's format",
        '"max-age must be either <int>h for hours or <int>d for days: %s"',
        "config/validators.go",
    ),
    _mp(
        "webhook URL does not appear to be a valid URL (hooks.example.net)",
        None,
        "config/config.go: an option's format",
        '"webhook URL does not appear to be a valid URL (%s)"',
        "config/config.go",
    ),
]


def _lib_at(mirrors: Path, spec: str, literal: str) -> str:
    key, _, path = spec.partition(":")
    repo, commit = _library(mirrors, LIBS[key])
    where = _where(repo, commit, literal, (path or "*.go",))
    if key == "smtp":  # the reply's words are the same at the last stored tag
        assert git(repo, "grep", "-c", "-F", "-e", literal, GO_SMTP_V023, "--", "*.go"), literal
    return f"{LIBS[key][0]}@{commit[:12]}:{where}"


def hydroxide(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, HYDROXIDE)
    at = f"{HYDROXIDE[0]}@{commit[:12]}"
    mod = git(repo, "show", f"{commit}:go.mod")
    for pin in ("github.com/emersion/go-smtp v0.24.0", "github.com/emersion/go-imap v1.2.1"):
        assert pin in mod, pin
    assert "go-sasl v0.0.0-20241020182733-b788ff22d5a6" in mod
    entries = []
    for pick in HYDROXIDE_PICKS:
        where = _where(repo, commit, pick.then, (_HX_PATHS.get(pick.then, "*.go"),))
        source = f"{at}:{where}"
        if pick.table:
            source += f" (then {_lib_at(mirrors, pick.table, pick.context or '')})"
        ident = f"hydroxide.{len(entries)}"
        entries.append(_entry("hydroxide", ident, pick, {"en": pick.key}, {"en": source}))
    return entries


def mailpit(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, MAILPIT)
    at = f"{MAILPIT[0]}@{commit[:12]}"
    assert "\ngo 1.25.0\n" in git(repo, "show", f"{commit}:go.mod")
    release = _where(repo, commit, '"SMTP error: "+err.Error()', ("server/apiv1/release.go",))
    alert = _where(repo, commit, "alert(error.response.data);", ("server/ui-src/mixins",))
    auto = _where(repo, commit, '"[relay] error"', ("internal/smtpd/relay.go",))
    fwd = _where(repo, commit, '"[forward] error: %w"', ("internal/smtpd/forward.go",))
    entries: list[dict[str, object]] = []

    def add(pick: Pick, text: str, source: str) -> None:
        ident = f"mailpit.{len(entries)}"
        entries.append(_entry("Mailpit", ident, pick, {"en": text}, {"en": source}))

    for index, (reason, code, why, literal) in enumerate(MAILPIT_MAIL):
        where = _where(repo, commit, literal, ("internal/smtpd/relay.go",))
        if literal == _RCPT_LIT:  # a log warning, not the release's answer
            pick = Pick(reason, code, why="internal/smtpd/relay.go " + why)
            add(pick, reason, f"{at}:{where}")
            continue
        pick = Pick(reason, code, why=_REL + why)
        add(pick, "SMTP error: " + reason, f"{at}:{release} (shown by {alert}; raised at {where})")
        if index in AUTO_RELAY:
            pick = Pick(reason, code, why=_AUTO + why)
            add(pick, "[relay] error: " + reason, f"{at}:{auto} (raised at {where})")
    for reason, code, why, literal in FORWARD:
        where = _where(repo, commit, literal, ("internal/smtpd/forward.go",))
        pick = Pick(reason, code, why=_FWD + why)
        add(pick, "[forward] error: " + reason, f"{at}:{fwd} (raised at {where})")
    for pick in MAILPIT_OWN:
        where = _where(repo, commit, pick.then, (pick.table,))
        add(pick, pick.key, f"{at}:{where}")
    return entries


ABOUT = (
    "The seventy-sixth held-out set (tools/extract_seventy_sixth.py): hydroxide (emersion/"
    "hydroxide a08bcca14ce8, 2026), the Proton Mail bridge: its SMTP server's replies through "
    "go-smtp (v0.24.0 pinned; the tag is not stored, read at master ab24fe7cbe99, every reply "
    "also in v0.23.0) and its IMAP server's through go-imap v1.2.1 (a wrong bridge password: "
    "'Invalid username or password'), the Proton API's connection errors as `hydroxide auth` "
    "logs them or a login returns them (Go's net/http, net and crypto/tls words), its own CLI "
    "texts null. Mailpit (axllent/mailpit 408b30d59709, v1.30.5+2, 2026): the Release "
    "dialog's 'SMTP error: ...' alert, the auto-relay's '[relay] error: ...' and forwarder's "
    "'[forward] error: ...' log lines and the RCPT warnings, through Go's net/smtp, its own "
    "web UI, release and config texts null. Go's texts as Go 1.20+ words them (golang/go not "
    "fetched). English only: neither app ships translations. Extracted and labelled blind "
    "from the code; code null: no mail-settings problem or nothing narrowing it."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, hydroxide, mailpit)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
