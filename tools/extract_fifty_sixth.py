"""Developer tool: the fifty-sixth blind held-out set (Gogs's and Joplin Server's mail errors).

Gogs (gogs/gogs, July 2026): the admin panel's "Send test email"
(internal/route/admin/admin.go SendTestMail()) flashes admin.config.email.test_mail_failed
('Failed to send test email to '%s': %v') filled with the address and the error of
internal/email/message.go sendMessage(): go.mod no longer pins go-gomail/gomail but
github.com/wneessen/go-mail v0.7.2 (imported as gomail), read at its v0.7.2 tag. Port 465
means WithSSL() (a crypto/tls Dialer), any other port TLSOpportunistic STARTTLS;
SMTPAuthAutoDiscover when a user is set. DialAndSendWithContext() prefixes 'dial failed: '
(connect, greeting, EHLO, STARTTLS, AUTH) or 'send failed: ' (a SendError: its reason, the
server's reply as go-mail's net/smtp fork (smtp/smtp.go) returns textproto.Error 'NNN text',
', affected recipient(s): <addr>' for RCPT). go.mod says go 1.26.0; golang/go's snapshot is too
big to fetch here (570 MB), so net's, crypto/tls's and crypto/x509's errors are written as
Go 1.20 and later word them (the handshake's 'tls: failed to verify certificate: ' prefix,
net.OpError's 'dial tcp ADDR: connect: ...', the resolver's 'lookup HOST: no such host').
The flash goes through unknwon/i18n Tr() (fmt.Sprintf): the languages of the nine whose
value differs from en-US's are de, fr, es and pl; fr-FR's value has no %v, so fmt appends
'%!(EXTRA *fmt.wrapError=...)' after the trimmed ini value, as the user sees it; it-IT,
nl-NL, pt-BR and ja-JP carry the English copy and are left out. Its own sign-in, account and
form texts from conf/locale/locale_<ll>.ini, code null.

Joplin Server (laurent22/joplin packages/server, October 2024, en_GB only: app.ts
setLocale('en_GB')): services/EmailService.ts sends with nodemailer 6.9.14 (package.json's pin,
read at nodemailer's v6.9.14 tag). transport() verify()s first; a failure's message becomes
'Could not initialize transporter. Service will be disabled: ' + nodemailer's, logged; a
sendMail() failure is stored as errorToString()'s JSON (code, message, stack) and shown in the
admin Emails page. nodemailer's message is _formatError()'s: its text + ': ' + the server's
reply; Node's own net/dns/TLS messages (getaddrinfo, connect ECONNREFUSED, OpenSSL 3's
'wrong version number', 'self-signed certificate') as Node 18 and later word them. Its own
texts (ErrorForbidden and form errors), code null. Labelled blind from the code.

    python -m tools.extract_fifty_sixth MIRRORS_DIR benchmarks/data/fifty_sixth_texts.json

MIRRORS_DIR holds `gogs+gogs/repo`, `wneessen+go-mail/repo`, `unknwon+i18n/repo`,
`laurent22+joplin/repo` and `nodemailer+nodemailer/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import json
import re
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

GOGS = ("gogs/gogs", "eb1054e5432fc8397678372f08613429be233d7c")
GO_MAIL = ("wneessen/go-mail", "b56b66cb7beb7d025b0278373ccb78c7d1e6a09b")  # v0.7.2
I18N = ("unknwon/i18n", "5c6446a380b6")  # go.mod's v0.0.0-20190805065654-5c6446a380b6
JOPLIN = ("laurent22/joplin", "db966f919ea51f5f32fa454a10c7a64957a4e9de")
NODEMAILER = ("nodemailer/nodemailer", "f9a92ed5cbaa3ab2e5e17770ccfd5df506643ba5")  # v6.9.14
GOGS_LANG = {
    "en": "en-US",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "it": "it-IT",
    "nl": "nl-NL",
    "pt-BR": "pt-BR",
    "pl": "pl-PL",
    "ja": "ja-JP",
}
RCPT = "alice@example.com"
HOST = "smtp.example.com"

_DIAL = 'return fmt.Errorf("dial failed: %w", err)'
_SEND = 'return fmt.Errorf("send failed: %w", err)'
_VERIFY = "tls: failed to verify certificate: "
_D = (
    "Gogs admin Send test email: email.SendTestMail() -> sendMessage() -> go-mail "
    "Client.DialAndSend(); "
)
_DW = _D + "DialToSMTPClientWithContext() fails, 'dial failed: ' + "
_SW = _D + "SendWithSMTPClient() -> sendSingleMsg() returns a SendError, 'send failed: ' + "


def _g(text: str, code: str | None, why: str, then: str, path: str) -> Pick:
    return Pick(text, code, why=why, then=then, table=path)


def _reply(reason: str, reply: str, rcpt: bool = False, msgid: bool = False) -> str:
    text = f"{reason}: {reply}"
    if rcpt:
        text += f", affected recipient(s): <{RCPT}>"
    if msgid:
        text += ", affected message ID: <u7Qd3nK9xWb2LpA5rT8yZe@gogs>"
    return text


GOGS_SMTP: list[Pick] = [
    _g(
        "dial failed: dial tcp 203.0.113.10:587: connect: connection refused",
        "PORT_CLOSED",
        _DW + "net.Dialer DialContext's OpError: ECONNREFUSED, nothing listens on the port",
        "connection, err := dialContextFunc(ctx, network, c.ServerAddr())",
        "client.go",
    ),
    _g(
        f"dial failed: dial tcp: lookup {HOST}: no such host",
        "HOST_NOT_FOUND",
        _DW + "the resolver's DNSError IsNotFound: the [mailer] HOST name does not exist",
        "connection, err := dialContextFunc(ctx, network, c.ServerAddr())",
        "client.go",
    ),
    _g(
        f"dial failed: dial tcp: lookup {HOST} on 127.0.0.11:53: server misbehaving",
        "DNS_FAILURE",
        _DW + "the Go resolver's SERVFAIL answer: the DNS server failed, not the name",
        "connection, err := dialContextFunc(ctx, network, c.ServerAddr())",
        "client.go",
    ),
    _g(
        "dial failed: dial tcp 203.0.113.10:587: i/o timeout",
        "PORT_FILTERED",
        _DW + "no answer to the SYN before the 15 s DefaultTimeout deadline: a firewall drops it",
        "DefaultTimeout = time.Second * 15",
        "client.go",
    ),
    _g(
        "dial failed: dial tcp 203.0.113.10:465: connect: no route to host",
        "HOST_UNREACHABLE",
        _DW + "EHOSTUNREACH, no route to the server",
        "connection, err := dialContextFunc(ctx, network, c.ServerAddr())",
        "client.go",
    ),
    _g(
        "dial failed: tls: first record does not look like a TLS handshake",
        "TLS_ON_PLAIN_PORT",
        _DW + "port 465 means WithSSL(), a tls.Dialer; the server there answers with a plain "
        "220 greeting, which crypto/tls reads as a record",
        "tlsDialer := tls.Dialer{NetDialer: &netDialer, Config: c.tlsconfig}",
        "client.go",
    ),
    _g(
        "dial failed: " + _VERIFY + "x509: certificate signed by unknown authority",
        "CERT_UNTRUSTED",
        _DW + "the handshake (implicit TLS on 465, or STARTTLS's first EHLO) with "
        "SKIP_VERIFY off: the chain does not lead to a trusted CA",
        "if err := client.StartTLS(c.tlsconfig); err != nil {",
        "client.go",
    ),
    _g(
        "dial failed: " + _VERIFY + f"x509: certificate is valid for mail.hosting.example.net, "
        f"not {HOST}",
        "CERT_HOSTNAME_MISMATCH",
        _DW + "tls.Config ServerName is the HOST: the certificate names another host",
        "if err := client.StartTLS(c.tlsconfig); err != nil {",
        "client.go",
    ),
    _g(
        "dial failed: " + _VERIFY + "x509: certificate has expired or is not yet valid: "
        "current time 2026-07-20T09:12:44Z is after 2026-06-30T23:59:59Z",
        "CERT_EXPIRED",
        _DW + "x509 CertificateInvalidError Expired, now after NotAfter",
        "if err := client.StartTLS(c.tlsconfig); err != nil {",
        "client.go",
    ),
    _g(
        "dial failed: tls: server selected unsupported protocol version 301",
        "TLS_OUTDATED",
        _DW + "the server offers TLS 1.0 only, below crypto/tls's client minimum TLS 1.2",
        "if err := client.StartTLS(c.tlsconfig); err != nil {",
        "client.go",
    ),
    _g(
        "dial failed: EOF",
        "CONNECTION_CLOSED",
        _DW + "smtp.NewClient()'s ReadResponse(220) hit io.EOF: the server hung up before greeting",
        "_, _, err := text.ReadResponse(220)",
        "smtp/smtp.go",
    ),
    _g(
        f"dial failed: 421 4.7.0 {HOST} Error: too many connections from 203.0.113.20",
        "RATE_LIMITED",
        _DW + "smtp.NewClient() ReadResponse(220): the greeting is a 421 naming the "
        "connection limit, the textproto.Error as 'NNN text'",
        "_, _, err := text.ReadResponse(220)",
        "smtp/smtp.go",
    ),
    _g(
        "dial failed: 554 5.7.1 Service unavailable; Client host [203.0.113.20] blocked "
        "using zen.spamhaus.org",
        "REJECTED_AS_SPAM",
        _DW + "the greeting refused: the Gogs host's IP is on a block list",
        "_, _, err := text.ReadResponse(220)",
        "smtp/smtp.go",
    ),
    _g(
        "dial failed: SMTP AUTH failed: 535 5.7.8 Error: authentication failed: "
        "authentication failure",
        "AUTH_FAILED",
        _DW + "client.Auth(): a reply other than 334/235 becomes textproto.Error, wrapped "
        "'SMTP AUTH failed: %w': USER/PASSWD refused",
        'return fmt.Errorf("SMTP AUTH failed: %w", err)',
        "client.go",
    ),
    _g(
        "dial failed: SMTP AUTH failed: 535 5.7.8 Username and Password not accepted. For "
        "more information, go to\n5.7.8  https://support.google.com/mail/?p=BadCredentials "
        "a1-20020a170906b6c100b00a1b2c3d4e5sm123456ejb.42 - gsmtp",
        "AUTH_FAILED",
        _DW + "client.Auth(): Gmail's 535 over two reply lines, which textproto joins with a "
        "newline",
        'return fmt.Errorf("SMTP AUTH failed: %w", err)',
        "client.go",
    ),
    _g(
        "dial failed: SMTP AUTH failed: 534 5.7.9 Application-specific password required. "
        "Learn more at\n5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
        "a1-20020a170906b6c100b00a1b2c3d4e5sm123456ejb.42 - gsmtp",
        "APP_PASSWORD_REQUIRED",
        _DW + "client.Auth(): Gmail refuses the account password of a 2-Step Verification account",
        'return fmt.Errorf("SMTP AUTH failed: %w", err)',
        "client.go",
    ),
    _g(
        "dial failed: server does not support SMTP AUTH",
        "AUTH_NOT_OFFERED",
        _DW + "auth(): USER set but EHLO names no AUTH (port 25, or AUTH only after TLS)",
        'return fmt.Errorf("server does not support SMTP AUTH")',
        "client.go",
    ),
    _g(
        "dial failed: SMTP Auth autodiscover was not able to detect a supported "
        "authentication mechanism",
        "AUTH_NOT_OFFERED",
        _DW + "authTypeAutoDiscover(): on an unencrypted session only SCRAM and CRAM-MD5 "
        "are tried, so a server offering PLAIN LOGIN without STARTTLS gives no usable login",
        '"authentication mechanism")',
        "auth.go",
    ),
    _g(
        "send failed: "
        + _reply(
            "sending SMTP MAIL FROM command",
            "553 5.7.1 <gogs@example.com>: Sender address rejected: not owned by user "
            "git@example.com",
        ),
        "SENDER_REFUSED",
        _SW + "ErrSMTPMailFrom: the [mailer] FROM address is not one the login may send as",
        'return "sending SMTP MAIL FROM command"',
        "senderror.go",
    ),
    _g(
        "send failed: "
        + _reply("sending SMTP MAIL FROM command", "530 5.7.0 Authentication required"),
        "AUTH_NOT_OFFERED",
        _SW + "ErrSMTPMailFrom: no USER set, so no AUTH was sent, and the server wants one",
        'return "sending SMTP MAIL FROM command"',
        "senderror.go",
    ),
    _g(
        "send failed: "
        + _reply("sending SMTP MAIL FROM command", "530 5.7.0 Must issue a STARTTLS command first"),
        "ENCRYPTION_NOT_USED",
        _SW + "ErrSMTPMailFrom: the session stayed unencrypted (TLSOpportunistic without a "
        "STARTTLS in EHLO) and the server insists on it",
        'return "sending SMTP MAIL FROM command"',
        "senderror.go",
    ),
    _g(
        "send failed: "
        + _reply(
            "sending SMTP RCPT TO command", f"554 5.7.1 <{RCPT}>: Relay access denied", rcpt=True
        ),
        "RELAY_REFUSED",
        _SW + "ErrSMTPRcptTo: an outside recipient without an authenticated session",
        'return "sending SMTP RCPT TO command"',
        "senderror.go",
    ),
    _g(
        "send failed: "
        + _reply(
            "sending SMTP RCPT TO command",
            f"550 5.1.1 <{RCPT}>: Recipient address rejected: User unknown in virtual "
            "mailbox table",
            rcpt=True,
        ),
        "RECIPIENT_UNKNOWN",
        _SW + "ErrSMTPRcptTo: the test address does not exist",
        'return "sending SMTP RCPT TO command"',
        "senderror.go",
    ),
    _g(
        "send failed: "
        + _reply(
            "sending SMTP RCPT TO command",
            f"452 4.2.2 <{RCPT}>: Mailbox full",
            rcpt=True,
        ),
        "RECIPIENT_MAILBOX_FULL",
        _SW + "ErrSMTPRcptTo: the recipient's mailbox is over quota",
        'return "sending SMTP RCPT TO command"',
        "senderror.go",
    ),
    _g(
        "send failed: "
        + _reply(
            "sending SMTP MAIL FROM command",
            "450 4.7.1 Error: too much mail from 203.0.113.20",
        ),
        "RATE_LIMITED",
        _SW + "ErrSMTPMailFrom: the server's per-client sending limit",
        'return "sending SMTP MAIL FROM command"',
        "senderror.go",
    ),
    _g(
        "send failed: "
        + _reply(
            "closing SMTP DATA writer",
            "552 5.3.4 Message size exceeds fixed limit",
            msgid=True,
        ),
        "SIZE_LIMIT",
        _SW + "ErrSMTPDataClose: the end of DATA refused, the message is over the size limit "
        "(the Message-ID was set by WriteTo())",
        'return "closing SMTP DATA writer"',
        "senderror.go",
    ),
    _g(
        "send failed: "
        + _reply(
            "closing SMTP DATA writer",
            "554 5.7.1 Message rejected: spam content detected",
            msgid=True,
        ),
        "REJECTED_AS_SPAM",
        _SW + "ErrSMTPDataClose: the server's content filter refused the message",
        'return "closing SMTP DATA writer"',
        "senderror.go",
    ),
]

# Gogs's own texts: (section, key, values for its %s), code null.
GOGS_OWN: list[tuple[str, str, tuple[str, ...]]] = [
    ("admin", "config.email.test_mail_sent", (RCPT,)),
    ("form", "captcha_incorrect", ()),
    ("form", "password_not_match", ()),
    ("form", "username_been_taken", ()),
    ("form", "email_been_used", ()),
    ("form", "username_password_incorrect", ()),
    ("form", "enterred_invalid_password", ()),
    ("form", "user_not_exist", ()),
    ("auth", "prohibit_login_desc", ()),
    ("auth", "invalid_code", ()),
    ("auth", "disable_register_prompt", ()),
    ("auth", "disable_register_mail", ()),
    ("auth", "non_local_account", ()),
    ("auth", "reset_password", ()),
    ("auth", "forget_password", ()),
    ("auth", "mfa_invalid_recovery_code", ()),
    ("auth", "password_mismatch", ()),
    ("settings", "password_incorrect", ()),
    ("settings", "change_password_success", ()),
    ("settings", "password_change_disabled", ()),
    ("settings", "two_factor_invalid_passcode", ()),
    ("settings", "update_profile_success", ()),
    ("settings", "email_deletion_success", ()),
    ("settings", "add_email_success", ()),
    ("settings", "delete_account_title", ()),
]


def read_gogs_ini(text: str) -> dict[str, str]:
    """A Gogs locale file as 'section.key' -> value, go-ini's way: values trimmed, a value
    wrapped in backquotes or double quotes unwrapped."""
    table: dict[str, str] = {}
    section = ""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        head = re.fullmatch(r"\[(.+)\]", line)
        if head:
            section = head.group(1)
            continue
        if "=" not in line:
            continue
        key, value = (part.strip() for part in line.split("=", 1))
        if len(value) >= 2 and value[0] == value[-1] and value[0] in '`"':
            value = value[1:-1]
        table[f"{section}.{key}"] = value
    return table


def _gogs_fill(template: str, values: tuple[str, ...], err: str | None = None) -> str:
    """fmt.Sprintf(template, values..., err): %s and %v in order; an argument the template
    does not use is appended as fmt's %!(EXTRA type=value)."""
    args: list[str] = list(values) + ([err] if err is not None else [])
    types = ["string"] * len(values) + (["*fmt.wrapError"] if err is not None else [])
    out, used = template, 0
    while used < len(args) and re.search(r"%[sv]", out):
        found = re.search(r"%[sv]", out)
        assert found
        out = out[: found.start()] + args[used] + out[found.end() :]
        used += 1
    assert "%" not in out.replace("%!", ""), template
    if used < len(args):
        extra = ", ".join(f"{t}={a}" for t, a in zip(types[used:], args[used:], strict=True))
        out += f"%!(EXTRA {extra})"
    return out


def gogs(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, GOGS)
    lib, lib_commit = _library(mirrors, GO_MAIL)
    at = f"{GOGS[0]}@{commit[:12]}"
    gomod = git(repo, "show", f"{commit}:go.mod")
    assert "github.com/wneessen/go-mail v0.7.2" in gomod and "\ngo 1.26.0\n" in gomod
    assert "go-gomail" not in gomod
    assert git(lib, "rev-parse", "v0.7.2^{commit}").strip() == lib_commit
    i18n_repo, i18n_commit = _library(mirrors, I18N)
    assert "return fmt.Sprintf(format, params...)" in git(
        i18n_repo, "show", f"{i18n_commit}:i18n.go"
    )
    tables = {
        lang: read_gogs_ini(git(repo, "show", f"{commit}:conf/locale/locale_{folder}.ini"))
        for lang, folder in GOGS_LANG.items()
    }
    flash = _where(repo, commit, '"admin.config.email.test_mail_failed"', ("internal/route",))
    key = "admin.config.email.test_mail_failed"
    english = tables["en"][key]
    langs = [
        lang for lang in GOGS_LANG if lang == "en" or tables[lang].get(key, english) != english
    ]
    entries = []
    for pick in GOGS_SMTP:
        if pick.table == "gogs":
            where = _where(repo, commit, pick.then, ("internal/email",))
            lib_at = f"{at}:{where}"
        else:
            lib_at = f"{GO_MAIL[0]}@{lib_commit[:12]}:" + _where(
                lib, lib_commit, pick.then, (pick.table,)
            )
        texts, sources = {}, {}
        for lang in langs:
            texts[lang] = _gogs_fill(tables[lang][key], (RCPT,), pick.key)
            sources[lang] = (
                f"{at}:conf/locale/locale_{GOGS_LANG[lang]}.ini#{key} ({flash}; then {lib_at})"
            )
        entries.append(_entry("Gogs", f"gogs.{len(entries)}", pick, texts, sources))
    for section, name, values in GOGS_OWN:
        full = f"{section}.{name}"
        assert full in tables["en"], full
        pick = Pick(
            full,
            None,
            why=f"conf/locale [{section}] {name}: Gogs's own sign-in, account, form or admin "
            "text, no mail setting involved",
        )
        texts = {"en": _gogs_fill(tables["en"][full], values)}
        sources = {"en": f"{at}:conf/locale/locale_en-US.ini#{full}"}
        for lang, folder in GOGS_LANG.items():
            words = tables[lang].get(full)
            if lang == "en" or not words or words == tables["en"][full]:
                continue
            texts[lang] = _gogs_fill(words, values)
            sources[lang] = f"{at}:conf/locale/locale_{folder}.ini#{full}"
        entries.append(_entry("Gogs", f"gogs.{len(entries)}", pick, texts, sources))
    return entries


_INIT = "Could not initialize transporter. Service will be disabled: "
_FRAME = (
    "\n    at SMTPConnection._formatError (/home/joplin/packages/server/node_modules/"
    "nodemailer/lib/smtp-connection/index.js:798:19)"
)
_JV = (
    "Joplin Server services/EmailService.ts transport(): createTransport() then verify() "
    "fails, its message prefixed and logged: "
)
_JS = (
    "Joplin Server services/EmailService.ts maintenance(): transport.sendMail() fails, "
    "errorToString()'s JSON stored and shown in the admin Emails page: "
)


def _stored(code: str, message: str) -> str:
    """errorToString(): JSON.stringify of code, message and stack; the stack was taken at
    new Error(text), before _formatError() appended ': ' + the reply to the message."""
    first = message.split(": ", 1)[0]
    return json.dumps(
        {"code": code, "message": message, "stack": "Error: " + first + _FRAME},
        ensure_ascii=False,
        separators=(",", ":"),
    )


# (text, code, why, nodemailer literal, path under lib/)
JOPLIN_SMTP: list[Pick] = [
    Pick(
        _INIT + "connect ECONNREFUSED 203.0.113.10:587",
        "PORT_CLOSED",
        why=_JV + "the socket's ECONNREFUSED (ESOCKET): nothing listens on MAILER_PORT",
        then="this._onSocketError = error => this._onError(error, 'ESOCKET', false, 'CONN');",
        table="smtp-connection",
    ),
    Pick(
        _INIT + f"getaddrinfo ENOTFOUND {HOST}",
        "HOST_NOT_FOUND",
        why=_JV + "shared resolveHostname(): resolve4/6 find nothing, dns.lookup's ENOTFOUND "
        "(EDNS): MAILER_HOST does not resolve",
        then="return setImmediate(() => this._onError(err, 'EDNS', false, 'CONN'));",
        table="smtp-connection",
    ),
    Pick(
        _INIT + f"getaddrinfo EAI_AGAIN {HOST}",
        "DNS_FAILURE",
        why=_JV + "dns.lookup's EAI_AGAIN (EDNS): the resolver did not answer",
        then="return setImmediate(() => this._onError(err, 'EDNS', false, 'CONN'));",
        table="smtp-connection",
    ),
    Pick(
        _INIT + "Connection timeout",
        "PORT_FILTERED",
        why=_JV + "connectionTimeout (2 minutes) passes before the TCP connection opens: "
        "a firewall drops it",
        then="this._onError('Connection timeout', 'ETIMEDOUT', false, 'CONN');",
        table="smtp-connection",
    ),
    Pick(
        _INIT + "Greeting never received",
        "PLAIN_ON_TLS_PORT",
        why=_JV + "connected, but no greeting within greetingTimeout: MAILER_SECURITY "
        "starttls or none on port 465, where the server waits for a TLS handshake",
        then="this._onError('Greeting never received', 'ETIMEDOUT', false, 'CONN');",
        table="smtp-connection",
    ),
    Pick(
        _INIT + "C0C7A0F1C47F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version "
        "number:../deps/openssl/openssl/ssl/record/ssl3_record.c:355:\n",
        "TLS_ON_PLAIN_PORT",
        why=_JV + "MAILER_SECURITY tls (secure: true) against port 587: OpenSSL reads the "
        "plain greeting as a TLS record (ESOCKET)",
        then="this._onSocketError = error => this._onError(error, 'ESOCKET', false, 'CONN');",
        table="smtp-connection",
    ),
    Pick(
        _INIT + "self-signed certificate",
        "CERT_SELF_SIGNED",
        why=_JV + "Node's tls verify (rejectUnauthorized): DEPTH_ZERO_SELF_SIGNED_CERT",
        then="this._onSocketError = error => this._onError(error, 'ESOCKET', false, 'CONN');",
        table="smtp-connection",
    ),
    Pick(
        _INIT + "Error initiating TLS - unable to verify the first certificate",
        "CERT_UNTRUSTED",
        why=_JV + "_actionSTARTTLS() -> _upgradeConnection(): UNABLE_TO_VERIFY_LEAF_SIGNATURE, "
        "the chain (an intermediate missing) does not lead to a trusted CA",
        then="'Error initiating TLS - ' + (err.message || err)), 'ETLS', false, 'STARTTLS'",
        table="smtp-connection",
    ),
    Pick(
        _INIT + "Error initiating TLS - certificate has expired",
        "CERT_EXPIRED",
        why=_JV + "_upgradeConnection(): CERT_HAS_EXPIRED",
        then="'Error initiating TLS - ' + (err.message || err)), 'ETLS', false, 'STARTTLS'",
        table="smtp-connection",
    ),
    Pick(
        _INIT + f"Error initiating TLS - Hostname/IP does not match certificate's altnames: "
        f"Host: {HOST}. is not in the cert's altnames: DNS:mail.hosting.example.net",
        "CERT_HOSTNAME_MISMATCH",
        why=_JV + "_upgradeConnection(): Node's checkServerIdentity, another host's certificate",
        then="'Error initiating TLS - ' + (err.message || err)), 'ETLS', false, 'STARTTLS'",
        table="smtp-connection",
    ),
    Pick(
        _INIT + "Error upgrading connection with STARTTLS: 502 5.5.1 Unrecognized command",
        "STARTTLS_NOT_OFFERED",
        why=_JV + "MAILER_SECURITY starttls sets requireTLS, so STARTTLS is sent though EHLO "
        "did not offer it; _actionSTARTTLS() gets the refusal (ETLS)",
        then="new Error('Error upgrading connection with STARTTLS'), 'ETLS', str, 'STARTTLS'",
        table="smtp-connection",
    ),
    Pick(
        _INIT + "Connection closed unexpectedly",
        "CONNECTION_CLOSED",
        why=_JV + "_onClose() before the session was done: the server hung up without a reply",
        then="new Error('Connection closed unexpectedly'), 'ECONNECTION', serverResponse",
        table="smtp-connection",
    ),
    Pick(
        _INIT + f"Invalid greeting. response=421 4.7.0 {HOST} Error: too many connections "
        f"from 203.0.113.30: 421 4.7.0 {HOST} Error: too many connections from 203.0.113.30",
        "RATE_LIMITED",
        why=_JV + "_actionGreeting(): a 421 instead of 220 (EPROTOCOL); _formatError() "
        "appends the reply once more",
        then="new Error('Invalid greeting. response=' + str), 'EPROTOCOL', str, 'CONN'",
        table="smtp-connection",
    ),
    Pick(
        _INIT + "Invalid login: 535 5.7.8 Error: authentication failed: authentication failure",
        "AUTH_FAILED",
        why=_JV + "_actionAUTHComplete(): not 2xx after AUTH (EAUTH): MAILER_AUTH_USER or "
        "MAILER_AUTH_PASSWORD wrong",
        then="this._formatError('Invalid login', 'EAUTH', str, 'AUTH ' + this._authMethod)",
        table="smtp-connection",
    ),
    Pick(
        _INIT + "Invalid login: 535-5.7.8 Username and Password not accepted. For more "
        "information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials "
        "a1-20020a170906b6c100b00a1b2c3d4e5sm654321ejb.17 - gsmtp",
        "AUTH_FAILED",
        why=_JV + "_actionAUTHComplete(): Gmail's two-line 535, kept whole by nodemailer",
        then="this._formatError('Invalid login', 'EAUTH', str, 'AUTH ' + this._authMethod)",
        table="smtp-connection",
    ),
    Pick(
        _stored(
            "EENVELOPE",
            "Mail command failed: 553 5.7.1 <noreply@example.com>: Sender address rejected: "
            "not owned by user joplin@example.com",
        ),
        "SENDER_REFUSED",
        why=_JS + "_actionMAIL(): MAIL FROM refused: MAILER_NOREPLY_EMAIL is not an address "
        "the login may send as",
        then="message = 'Mail command failed';",
        table="smtp-connection",
    ),
    Pick(
        _stored(
            "EENVELOPE",
            "Mail command failed: 530 5.7.0 Must issue a STARTTLS command first",
        ),
        "ENCRYPTION_NOT_USED",
        why=_JS + "_actionMAIL(): MAILER_SECURITY none sets ignoreTLS, and the server wants "
        "STARTTLS first",
        then="message = 'Mail command failed';",
        table="smtp-connection",
    ),
    Pick(
        _stored("EENVELOPE", "Mail command failed: 530 5.7.0 Authentication required"),
        "AUTH_NOT_OFFERED",
        why=_JS + "_actionMAIL(): no MAILER_AUTH_USER, so verify() and the send skip login, "
        "and the server wants one",
        then="message = 'Mail command failed';",
        table="smtp-connection",
    ),
    Pick(
        _stored(
            "EENVELOPE",
            f"Can't send mail - all recipients were rejected: 554 5.7.1 <{RCPT}>: Relay "
            "access denied",
        ),
        "RELAY_REFUSED",
        why=_JS + "_actionRCPT(): the only recipient refused: relaying without an "
        "authenticated session",
        then="'Can\\x27t send mail - all recipients were rejected', 'EENVELOPE', str, 'RCPT TO'",
        table="smtp-connection",
    ),
    Pick(
        _stored(
            "EENVELOPE",
            f"Can't send mail - all recipients were rejected: 550 5.1.1 <{RCPT}>: Recipient "
            "address rejected: User unknown in virtual mailbox table",
        ),
        "RECIPIENT_UNKNOWN",
        why=_JS + "_actionRCPT(): the user's address does not exist",
        then="'Can\\x27t send mail - all recipients were rejected', 'EENVELOPE', str, 'RCPT TO'",
        table="smtp-connection",
    ),
    Pick(
        _stored(
            "EENVELOPE",
            f"Can't send mail - all recipients were rejected: 452 4.2.2 <{RCPT}>: Mailbox full",
        ),
        "RECIPIENT_MAILBOX_FULL",
        why=_JS + "_actionRCPT(): the recipient's mailbox is over quota",
        then="'Can\\x27t send mail - all recipients were rejected', 'EENVELOPE', str, 'RCPT TO'",
        table="smtp-connection",
    ),
    Pick(
        _stored("EMESSAGE", "Message failed: 552 5.3.4 Message size exceeds fixed limit"),
        "SIZE_LIMIT",
        why=_JS + "_actionSMTPStream(): the end of DATA refused, the message is too big",
        then="this._formatError('Message failed', 'EMESSAGE', str, 'DATA')",
        table="smtp-connection",
    ),
    Pick(
        _stored(
            "EMESSAGE",
            "Message failed: 421 4.7.0 Try again later, closing connection. (DATA) "
            "a1-20020a170906b6c100b00a1b2c3d4e5sm654321ejb.17 - gsmtp",
        ),
        "RATE_LIMITED",
        why=_JS + "_actionSMTPStream(): Gmail's 421 4.7.0 try again later, a throttle",
        then="this._formatError('Message failed', 'EMESSAGE', str, 'DATA')",
        table="smtp-connection",
    ),
    Pick(
        _stored(
            "EMESSAGE",
            "Message failed: 550 5.7.1 Message rejected due to content restrictions",
        ),
        "REJECTED_AS_SPAM",
        why=_JS + "_actionSMTPStream(): the server's content filter refused the message",
        then="this._formatError('Message failed', 'EMESSAGE', str, 'DATA')",
        table="smtp-connection",
    ),
]

# Joplin Server's own texts: (literal as the code has it, path to search), code null.
JOPLIN_OWN: list[tuple[str, str]] = [
    ("Invalid username or password", "packages/server/src/models/SessionModel.ts"),
    ("Invalid or expired token", "packages/server/src/models/TokenModel.ts"),
    ("Passwords do not match", "packages/server/src/routes/index/users.ts"),
    ("Password is required", "packages/server/src/routes/index/users.ts"),
    ("This account has been disabled", "packages/server/src/routes/index/shares.ts"),
    ("Signup is not enabled", "packages/server/src/routes/index/signup.ts"),
    ("Missing token", "packages/server/src/routes/index/users.ts"),
    ("Uploading content is disabled", "packages/server/src/routes/api/items.ts"),
    ("Please login to access the subscription portal", "packages/server/src/routes/index"),
    ("Could not find subscription", "packages/server/src/routes/index/stripe.ts"),
    (
        "Please enter an email address between 0 and 254 characters",
        "packages/server/src/models/UserModel.ts",
    ),
    ("Full name must be at most 256 characters", "packages/server/src/models/UserModel.ts"),
    ("No such user", "packages/server/src/models/UserModel.ts"),
    ("cannot delete own user", "packages/server/src/models/UserModel.ts"),
    ("Impersonator must be an admin", "packages/server/src/routes/admin/utils"),
    ("User not found", "packages/server/src/routes/api/shares.ts"),
    (
        "No-reply email must be set for email service to work (Set env variable "
        "MAILER_NOREPLY_EMAIL)",
        "packages/server/src/services/EmailService.ts",
    ),
]


def joplin(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, JOPLIN)
    lib, lib_commit = _library(mirrors, NODEMAILER)
    at = f"{JOPLIN[0]}@{commit[:12]}"
    package = json.loads(git(repo, "show", f"{commit}:packages/server/package.json"))
    assert package["dependencies"]["nodemailer"] == "6.9.14"
    assert git(lib, "rev-parse", "v6.9.14^{commit}").strip() == lib_commit
    service = "packages/server/src/services/EmailService.ts"
    init = _where(repo, commit, "Could not initialize transporter.", (service,))
    stored = _where(repo, commit, "emailToSave.error = errorToString(error);", (service,))
    entries = []
    for pick in JOPLIN_SMTP:
        where = _where(lib, lib_commit, pick.then, (f"lib/{pick.table}",))
        send_at = init if pick.key.startswith(_INIT) else stored
        source = f"{at}:{send_at} (then {NODEMAILER[0]}@{lib_commit[:12]}:{where})"
        entries.append(
            _entry(
                "Joplin Server", f"joplin.{len(entries)}", pick, {"en": pick.key}, {"en": source}
            )
        )
    for literal, path in JOPLIN_OWN:
        where = _where(repo, commit, f"'{literal}'", (path,))
        pick = Pick(
            literal,
            None,
            why=f"{where.split(':')[0]}: Joplin Server's own sign-in, account, form or "
            "configuration text, no mail server's answer involved",
        )
        entries.append(
            _entry(
                "Joplin Server",
                f"joplin.{len(entries)}",
                pick,
                {"en": literal},
                {"en": f"{at}:{where}"},
            )
        )
    return entries


ABOUT = (
    "The fifty-sixth held-out set (tools/extract_fifty_sixth.py): Gogs (gogs/gogs, July 2026): "
    "the admin Send test email flash 'Failed to send test email to ...: ' + the error of "
    "wneessen/go-mail v0.7.2 (go.mod's mailer, imported as gomail; go-gomail/gomail is no "
    "longer used) with its net/smtp fork, Go 1.26's net, crypto/tls and x509 errors (golang/go "
    "itself too big to fetch, worded as Go 1.20+ words them), in en, de, fr (whose value lacks "
    "%v, so fmt appends %!(EXTRA ...)), es and pl (it, nl, pt-BR and ja copy the English); its "
    "own sign-in, account and form texts (conf/locale/locale_<ll>.ini). Joplin Server "
    "(laurent22/joplin packages/server, October 2024, en_GB only): EmailService's nodemailer "
    "6.9.14 errors, verify()'s as logged ('Could not initialize transporter...'), sendMail()'s "
    "as the admin Emails page shows errorToString()'s JSON; its own texts. Extracted and "
    "labelled blind from the code; code null: no mail-settings problem or nothing narrowing "
    "it. A language without a translation or with the English one is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, gogs, joplin)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
