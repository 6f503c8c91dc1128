"""Developer tool: the sixty-second blind held-out set (Prometheus Alertmanager's and PocketBase's
mail errors).

Prometheus Alertmanager (prometheus/alertmanager at 68fb2d5759b3, v0.34.0-20, August 2026): the
email notifier (notify/email/email.go Notify()) speaks SMTP itself with Go's net/smtp and
crypto/tls (tls.Dial for implicit TLS, the default on port 465 or with force_implicit_tls;
net.Dialer.DialContext then STARTTLS when require_tls, the default, else no TLS); each step
wraps the library's error ("establish connection to server: %w", "send STARTTLS command: %w",
"%T auth: %w", "send RCPT command: %w", "delivery failure: %w"...). notify/retry_stage.go
logs it as "Notify attempt failed, will retry later" (err=) and, when the group's context ends,
returns "<receiver>/email[0]: notify retry canceled after N attempts: <last error>", which
dispatch/dispatch.go logs as "Notify for alerts failed" (err=); the texts are those log lines
as promslog's logfmt (slog's TextHandler) prints them, English only. Its own texts, code null:
configuration validation (config/config.go, config/notifiers.go, logged by
config/coordinator.go as "Loading configuration file failed"), unrecoverable template/address
errors, another integration's (webhook) failure, silences (silence/silence.go).

PocketBase (pocketbase/pocketbase at 5d217ddb50cb, v0.39.11): tools/mailer/smtp.go sends
through github.com/domodwyer/mailyak/v3 at v3.6.2 as go.mod pins it (read at that tag,
e4cd94d646cc): sender_explicit_tls.go (tls.Dial, the "Use TLS" switch) or
sender_starttls.go (net.Dial, STARTTLS only when the server offers it) and sender.go's
smtpExchange() with net/smtp, every error returned unwrapped; PLAIN through smtp.PlainAuth,
LOGIN through its own smtpLoginAuth (both refuse a password on an unencrypted non-localhost
connection). The admin "Send test email" (apis/settings.go settingsTestEmail) answers 400
"Failed to send the test email. Raw error: \\n" + the error, which ui/src/pb.js checkApiError()
shows as the toast; the password reset and verification mails log "Failed to send ... email"
with the error (apis/record_auth_*_request.go), shown in the dashboard's logs. English only:
PocketBase ships no translations. Its own texts, code null: API messages (apis/), core and
forms validation messages (validation.NewError), the admin UI's toasts (ui/src).

Go's own words (net, net/smtp, net/textproto, crypto/tls, crypto/x509) are written as Go 1.20+
words them (both apps' go.mod say go 1.25.0); golang/go is too big to fetch, so those reasons
are not read from a mirror: net/smtp returns a server's refusal as textproto.Error "%03d %s"
(continuation lines joined by "\\n"), a dial error as "dial tcp host:port: connect: <errno>",
a failed lookup as "dial tcp: lookup <host> on <resolver>: no such host", a context deadline
during the dial as "i/o timeout", certificate errors as "tls: failed to verify certificate:
x509: ...". Labelled blind from the code that raises each string.

    python -m tools.extract_sixty_second MIRRORS_DIR benchmarks/data/sixty_second_texts.json

MIRRORS_DIR holds `prometheus+alertmanager/repo`, `pocketbase+pocketbase/repo` and
`domodwyer+mailyak/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _entry, _library, _where, git, write_set

ALERTMANAGER = ("prometheus/alertmanager", "68fb2d5759b3a92c0bb2a1a13d4ef7ff5b06256d")
POCKETBASE = ("pocketbase/pocketbase", "5d217ddb50cb144d80a5d0b0bdf11b52b2c3e457")
MAILYAK = ("domodwyer/mailyak", "e4cd94d646cc9b1216ba58322f6c15c784095d60")  # v3.6.2

HOST, IP, RESOLVER = "smtp.example.com", "192.0.2.10", "127.0.0.53:53"
USER, SENDER, RCPT = "alice@example.com", "alertmanager@example.net", "bob@example.org"
GROUP = '{}:{alertname="InstanceDown"}'

# Go's reasons (Go 1.20+ wording, not read from a mirror).
REFUSED = f"dial tcp {IP}:587: connect: connection refused"
REFUSED_465 = f"dial tcp {IP}:465: connect: connection refused"
NO_HOST = f"dial tcp: lookup {HOST} on {RESOLVER}: no such host"
SERVFAIL = f"dial tcp: lookup {HOST} on {RESOLVER}: server misbehaving"
DNS_TIMEOUT = (
    f"dial tcp: lookup {HOST} on {RESOLVER}: read udp 127.0.0.1:41873->{RESOLVER}: i/o timeout"
)
CTX_TIMEOUT = f"dial tcp {IP}:587: i/o timeout"
OS_TIMEOUT = f"dial tcp {IP}:465: connect: connection timed out"
UNREACHABLE = f"dial tcp {IP}:587: connect: network is unreachable"
NO_ROUTE = f"dial tcp {IP}:465: connect: no route to host"
NOT_TLS = "tls: first record does not look like a TLS handshake"
_VERIFY = "tls: failed to verify certificate: x509: "
UNKNOWN_CA = _VERIFY + "certificate signed by unknown authority"
MISMATCH = _VERIFY + f"certificate is valid for mail.hosting.example.net, not {HOST}"
NO_IP_SAN = _VERIFY + f"cannot validate certificate for {IP} because it doesn't contain any IP SANs"
EXPIRED = (
    _VERIFY + "certificate has expired or is not yet valid: current time 2026-08-20T09:14:03Z is "
    "after 2026-07-31T23:59:59Z"
)
OLD_TLS = "tls: server selected unsupported protocol version 301"
HANDSHAKE = "remote error: tls: handshake failure"
RESET = f"read tcp 198.51.100.20:51234->{IP}:587: read: connection reset by peer"
# Servers' replies as net/smtp's textproto.Error prints them.
R535 = "535 5.7.8 Error: authentication failed: authentication failure"
GMAIL_535 = (
    "535 5.7.8 Username and Password not accepted. For more information, go to\n"
    "5.7.8  https://support.google.com/mail/?p=BadCredentials 5b1f17b1804b1-43a1c2d3e4f5 - gsmtp"
)
GMAIL_534 = (
    "534 5.7.9 Application-specific password required. For more information, go to\n"
    "5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor 5b1f17b1804b1-43a1c2d3e4f5 "
    "- gsmtp"
)
O365_DISABLED = (
    "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the "
    "Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
    "[AM0PR01CA0001.eurprd01.prod.exchangelabs.com 2026-08-20T09:14:03.000Z 08DCB1C2D3E4F5A6]"
)
GREET_421 = f"421 4.7.0 {HOST} Error: too many connections from 203.0.113.10"
GREET_554 = (
    "554 5.7.1 Service unavailable; Client host [203.0.113.10] blocked using zen.spamhaus.org"
)
SENDER_553 = f"553 5.7.1 <{SENDER}>: Sender address rejected: not owned by user {USER}"
RELAY = f"554 5.7.1 <{RCPT}>: Relay access denied"
UNKNOWN = f"550 5.1.1 <{RCPT}>: Recipient address rejected: User unknown in virtual mailbox table"
OVER_QUOTA = "452 4.2.2 The email account that you tried to reach is over quota."
SIZE = "552 5.3.4 Message size exceeds fixed limit"
SPAM = "550 5.7.1 Message rejected as spam by Content Filtering."
THROTTLE = "450 4.7.1 Error: too much mail from 203.0.113.10"
BUSY = "451 4.7.500 Server busy. Please try again later from [203.0.113.10]. (S77719)"
SEND_AS = (
    f"554 5.2.252 SendAsDenied; {USER} not allowed to send as {SENDER}; STOREDRV.Submission."
    "Exception:SendAsDeniedException.MapiExceptionSendAsDenied"
)

# ------------------------------------------------------------------------- Alertmanager
# then: the wrapping literal in notify/email/email.go (or the file's literal for own texts).
_EM = "notify/email/email.go Notify(): "
_DIAL = _EM + "net.Dialer{}.DialContext (no TLS first; port 587) fails: "
_TLSDIAL = _EM + "tls.Dial (port 465, implicit TLS) fails: "
_GREET = _EM + "smtp.NewClient() reads the greeting (220 expected): "
_STLS = _EM + "require_tls (default true): c.StartTLS() after EHLO offered it: "
_AUTH = _EM + "EHLO offered AUTH, c.Auth() with the first configured mechanism: "
AM_MAIL: list[Pick] = [
    Pick(
        REFUSED,
        "PORT_CLOSED",
        why=_DIAL + "ECONNREFUSED, nothing listens",
        then="establish connection to server: %w",
    ),
    Pick(
        NO_HOST,
        "HOST_NOT_FOUND",
        why=_DIAL + "the resolver answers NXDOMAIN for the smarthost",
        then="establish connection to server: %w",
    ),
    Pick(
        SERVFAIL,
        "DNS_FAILURE",
        why=_DIAL + "the resolver's SERVFAIL, Go's 'server misbehaving'",
        then="establish connection to server: %w",
    ),
    Pick(
        DNS_TIMEOUT,
        "DNS_FAILURE",
        why=_DIAL + "the resolver did not answer the lookup",
        then="establish connection to server: %w",
    ),
    Pick(
        CTX_TIMEOUT,
        "PORT_FILTERED",
        why=_DIAL + "the notify context's deadline passed during connect (Go maps it to "
        "'i/o timeout'): no answer to the SYN, a firewall drops it",
        then="establish connection to server: %w",
    ),
    Pick(
        UNREACHABLE,
        "HOST_UNREACHABLE",
        why=_DIAL + "ENETUNREACH, no route to the network",
        then="establish connection to server: %w",
    ),
    Pick(
        REFUSED_465,
        "PORT_CLOSED",
        why=_TLSDIAL + "ECONNREFUSED on 465",
        then="establish TLS connection to server: %w",
    ),
    Pick(
        OS_TIMEOUT,
        "PORT_FILTERED",
        why=_TLSDIAL + "tls.Dial has no timeout: the kernel's ETIMEDOUT, SYNs dropped",
        then="establish TLS connection to server: %w",
    ),
    Pick(
        NO_ROUTE,
        "HOST_UNREACHABLE",
        why=_TLSDIAL + "EHOSTUNREACH",
        then="establish TLS connection to server: %w",
    ),
    Pick(
        NOT_TLS,
        "TLS_ON_PLAIN_PORT",
        why=_TLSDIAL + "force_implicit_tls: true against port 587: the plain '220' greeting "
        "read as a TLS record",
        then="establish TLS connection to server: %w",
    ),
    Pick(
        UNKNOWN_CA,
        "CERT_UNTRUSTED",
        why=_TLSDIAL + "the chain does not reach a trusted root",
        then="establish TLS connection to server: %w",
    ),
    Pick(
        MISMATCH,
        "CERT_HOSTNAME_MISMATCH",
        why=_TLSDIAL + "ServerName is the smarthost's host; the certificate names another",
        then="establish TLS connection to server: %w",
    ),
    Pick(
        EXPIRED,
        "CERT_EXPIRED",
        why=_TLSDIAL + "the server certificate's NotAfter has passed",
        then="establish TLS connection to server: %w",
    ),
    Pick(
        "EOF",
        "CONNECTION_CLOSED",
        why=_GREET + "the server closed the connection before any greeting, no reason given",
        then="create SMTP client: %w",
    ),
    Pick(
        GREET_421,
        "RATE_LIMITED",
        why=_GREET + "a 421 greeting naming the connection limit",
        then="create SMTP client: %w",
    ),
    Pick(
        GREET_554,
        "REJECTED_AS_SPAM",
        why=_GREET + "the sending IP is on a block list",
        then="create SMTP client: %w",
    ),
    Pick(
        f"'require_tls' is true (default) but \"{HOST}:587\" does not advertise the STARTTLS "
        "extension",
        "STARTTLS_NOT_OFFERED",
        why=_EM + "require_tls (default true) and EHLO names no STARTTLS: Alertmanager stops",
        then="does not advertise the STARTTLS extension",
    ),
    Pick(
        UNKNOWN_CA,
        "CERT_UNTRUSTED",
        why=_STLS + "the handshake's chain is not trusted",
        then="send STARTTLS command: %w",
    ),
    Pick(
        NO_IP_SAN,
        "CERT_HOSTNAME_MISMATCH",
        why=_STLS + "the smarthost is an IP address and the certificate has no IP SANs",
        then="send STARTTLS command: %w",
    ),
    Pick(
        OLD_TLS,
        "TLS_OUTDATED",
        why=_STLS + "the server answers with TLS 1.0 (0x301), below Go's client minimum TLS 1.2",
        then="send STARTTLS command: %w",
    ),
    Pick(
        "454 4.7.0 TLS not available due to local problem",
        "STARTTLS_FAILED",
        why=_STLS + "the server offered STARTTLS but refuses it (its TLS setup is broken)",
        then="send STARTTLS command: %w",
    ),
    Pick(
        "unknown auth mechanism: GSSAPI\nunknown auth mechanism: NTLM",
        "AUTH_NOT_OFFERED",
        why=_EM + "auth(): EHLO's AUTH names only GSSAPI and NTLM, none of CRAM-MD5, PLAIN, "
        "LOGIN that Alertmanager speaks; errors.Join of each",
        then="find auth mechanism: %w",
    ),
    Pick(
        "*smtp.plainAuth auth: " + R535,
        "AUTH_FAILED",
        why=_AUTH + "AUTH PLAIN refused with 535 5.7.8, wrong user name or password",
        then="%T auth: %w",
    ),
    Pick(
        "*smtp.plainAuth auth: " + GMAIL_535,
        "AUTH_FAILED",
        why=_AUTH + "Gmail's 535 BadCredentials (textproto joins its lines with \\n)",
        then="%T auth: %w",
    ),
    Pick(
        "*smtp.plainAuth auth: " + GMAIL_534,
        "APP_PASSWORD_REQUIRED",
        why=_AUTH + "Gmail with 2-step verification wants an app password",
        then="%T auth: %w",
    ),
    Pick(
        "*email.loginAuth auth: " + O365_DISABLED,
        "PROTOCOL_DISABLED",
        why=_AUTH + "AUTH LOGIN (email.go's loginAuth) to Microsoft 365: SMTP AUTH is "
        "switched off for the tenant",
        then="%T auth: %w",
    ),
    Pick(
        "*smtp.plainAuth auth: unencrypted connection",
        "PLAINTEXT_AUTH_DISABLED",
        why=_EM + "require_tls: false on a plain port: net/smtp's PlainAuth.Start() refuses "
        "to send the password without TLS (not localhost)",
        then="%T auth: %w",
    ),
    Pick(
        f"send MAIL command: {SENDER_553}",
        "SENDER_REFUSED",
        why=_EM + "c.Mail(from): the from address is not one the account may send as",
        then="send MAIL command: %w",
    ),
    Pick(
        "send MAIL command: 530 5.7.0 Must issue a STARTTLS command first",
        "PLAINTEXT_AUTH_DISABLED",
        why=_EM + "require_tls: false, so no STARTTLS: the server refuses to go on unencrypted",
        then="send MAIL command: %w",
    ),
    Pick(
        "send MAIL command: 530 5.7.57 Client not authenticated to send mail. "
        "[AM0PR01CA0001.eurprd01.prod.exchangelabs.com 2026-08-20T09:14:03.000Z "
        "08DCB1C2D3E4F5A6]",
        "AUTH_NOT_OFFERED",
        why=_EM + "no smtp_auth_username, so no AUTH: Microsoft 365 wants a login first",
        then="send MAIL command: %w",
    ),
    Pick(
        f"send MAIL command: {THROTTLE}",
        "RATE_LIMITED",
        why=_EM + "c.Mail(): the server's per-client sending limit",
        then="send MAIL command: %w",
    ),
    Pick(
        f"send RCPT command: {RELAY}",
        "RELAY_REFUSED",
        why=_EM + "c.Rcpt(): no authenticated session, another domain's recipient",
        then="send RCPT command: %w",
    ),
    Pick(
        f"send RCPT command: {UNKNOWN}",
        "RECIPIENT_UNKNOWN",
        why=_EM + "c.Rcpt(): the 'to' address does not exist",
        then="send RCPT command: %w",
    ),
    Pick(
        f"send RCPT command: {OVER_QUOTA}",
        "RECIPIENT_MAILBOX_FULL",
        why=_EM + "c.Rcpt(): the recipient's mailbox is over quota",
        then="send RCPT command: %w",
    ),
    Pick(
        f"send DATA command: {RESET}",
        "CONNECTION_CLOSED",
        why=_EM + "c.Data(): the server reset the connection",
        then="send DATA command: %w",
    ),
    Pick(
        f"delivery failure: {SIZE}",
        "SIZE_LIMIT",
        why=_EM + "closing DATA: the message is over the server's size limit",
        then="delivery failure: %w",
    ),
    Pick(
        f"delivery failure: {SPAM}",
        "REJECTED_AS_SPAM",
        why=_EM + "closing DATA: the content filter refused the message",
        then="delivery failure: %w",
    ),
    Pick(
        f"delivery failure: {SEND_AS}",
        "SENDER_REFUSED",
        why=_EM + "closing DATA: Microsoft 365 refuses the From the account may not send as",
        then="delivery failure: %w",
    ),
    Pick(
        f"delivery failure: {BUSY}",
        "RATE_LIMITED",
        why=_EM + "closing DATA: Microsoft 365's 451 4.7.500 throttle",
        then="delivery failure: %w",
    ),
]
# prefixes of the wrapped literal, kept in the text
_AM_PREFIX = {
    "establish connection to server: %w": "establish connection to server: ",
    "establish TLS connection to server: %w": "establish TLS connection to server: ",
    "create SMTP client: %w": "create SMTP client: ",
    "send STARTTLS command: %w": "send STARTTLS command: ",
    "find auth mechanism: %w": "find auth mechanism: ",
}
_CFG = "config/coordinator.go Reload(): the configuration file does not load; "
# Alertmanager's own texts: (Pick with then = literal in the file, table = the file).
AM_OWN: list[Pick] = [
    Pick(
        "no global SMTP smarthost set",
        None,
        why=_CFG + "an email_config without smarthost "
        "and no global smtp_smarthost: configuration validation, no server asked",
        then='"no global SMTP smarthost set"',
        table="config/config.go",
    ),
    Pick(
        "no global SMTP from set",
        None,
        why=_CFG + "no from address configured anywhere",
        then='"no global SMTP from set"',
        table="config/config.go",
    ),
    Pick(
        "missing to address in email config",
        None,
        why=_CFG + "an email_config without 'to'",
        then='"missing to address in email config"',
        table="config/notifiers.go",
    ),
    Pick(
        "at most one of smtp_auth_password & smtp_auth_password_file must be configured",
        None,
        why=_CFG + "two password settings at once",
        then="at most one of smtp_auth_password & smtp_auth_password_file",
        table="config/config.go",
    ),
    Pick(
        'duplicate header "Subject" in email config',
        None,
        why=_CFG + "the same header twice in different case",
        then="duplicate header %q in email",
        table="config/notifiers.go",
    ),
    Pick(
        'address "smtp.example.com": port cannot be empty',
        None,
        why=_CFG + "smtp_smarthost without ':port' (HostPort's YAML check)",
        then="port cannot be empty",
        table="config/config.go",
    ),
    Pick(
        'undefined receiver "ops-mail" used in route',
        None,
        why=_CFG + "the route names a receiver that is not defined",
        then="undefined receiver %q used in route",
        table="config/config.go",
    ),
    Pick(
        "root route must specify a default receiver",
        None,
        why=_CFG + "routing tree",
        then='"root route must specify a default receiver"',
        table="config/config.go",
    ),
    Pick(
        "group_interval cannot be zero",
        None,
        why=_CFG + "routing timers",
        then='"group_interval cannot be zero"',
        table="config/config.go",
    ),
]
# Alertmanager's own notify errors (Pick.then: literal in table), logged through the retry stage.
AM_NOTIFY_OWN: list[Pick] = [
    Pick(
        "notify retry canceled due to unrecoverable error after 1 attempts: parse 'from' "
        "addresses: mail: missing '@' or angle-addr",
        None,
        why=_EM + "net/mail cannot parse the 'from' setting (a bare name): the app's own "
        "input check, not retried, no server asked",
        then="parse 'from' addresses: %w",
        table="notify/email/email.go",
    ),
    Pick(
        "notify retry canceled due to unrecoverable error after 1 attempts: must be exactly one "
        "'from' address (got: 2)",
        None,
        why=_EM + "two addresses in 'from': input check",
        then="must be exactly one 'from' address",
        table="notify/email/email.go",
    ),
    Pick(
        "notify retry canceled after 3 attempts: find auth mechanism: could not read "
        "/etc/alertmanager/smtp_password: open /etc/alertmanager/smtp_password: no such file or "
        "directory",
        None,
        why=_EM + "getPassword(): smtp_auth_password_file is missing on "
        "disk: a file problem on the Alertmanager host",
        then="could not read %s: %w",
        table="notify/email/email.go",
    ),
    Pick(
        "notify retry canceled after 2 attempts: find auth mechanism: missing password for PLAIN "
        "auth mechanism\nmissing password for LOGIN auth mechanism",
        None,
        why=_EM + "auth(): a user name but an empty password setting: nothing was sent to the "
        "server, the configuration is incomplete",
        then="missing password for PLAIN auth mechanism",
        table="notify/email/email.go",
    ),
    Pick(
        "notify retry canceled after 1 attempts: context deadline exceeded",
        None,
        why="notify/retry_stage.go exec(): the group's context ended before any attempt "
        "finished: nothing says which step hung",
        then="notify retry canceled after %d attempts",
        table="notify/retry_stage.go",
    ),
    Pick(
        "notify retry canceled after 4 attempts: *email.loginAuth auth: unexpected server "
        "challenge",
        None,
        why=_EM + "loginAuth.Next(): the server's 334 prompt is neither "
        "'Username:' nor 'Password:': nothing narrows it to a setting",
        then='"unexpected server challenge"',
        table="notify/email/email.go",
    ),
]
AM_OTHER: list[Pick] = [
    Pick(
        "ops-hook/webhook[0]: notify retry canceled after 6 attempts: unexpected status code "
        "500: upstream error",
        None,
        why="notify/util.go: a webhook receiver's HTTP 500, not mail",
        then="unexpected status code %v",
        table="notify/util.go",
    ),
    Pick(
        'ops-hook/webhook[0]: notify retry canceled after 9 attempts: Post "<redacted>": dial '
        "tcp 198.51.100.7:443: connect: connection refused",
        None,
        why="notify/webhook/webhook.go Notify(): the webhook endpoint refuses (notify.RedactURL "
        "hides the URL): an HTTP receiver, not a mail server",
        then="return true, notify.RedactURL(err)",
        table="notify/webhook/webhook.go",
    ),
    Pick(
        "silence not found",
        None,
        why="silence/silence.go: the API's silence lookup",
        then='errors.New("silence not found")',
        table="silence/silence.go",
    ),
    Pick(
        "end time must not be before start time",
        None,
        why="silence/silence.go: validation",
        then='"end time must not be before start time"',
        table="silence/silence.go",
    ),
    Pick(
        "invalid silence: at least one matcher set required",
        None,
        why="silence/silence.go: a silence without matchers",
        then='"at least one matcher set required"',
        table="silence/silence.go",
    ),
]


def _logfmt(value: str) -> str:
    """slog's TextHandler quoting (strconv.Quote for values that need it)."""
    if value and not any(c in value for c in ' ="\\\n') and value.isprintable():
        return value
    return json.dumps(value, ensure_ascii=False)


def _am_final(source: str, err: str) -> str:
    return (
        f'level=ERROR source={source} msg="Notify for alerts failed" component=dispatcher '
        f"aggrGroup={_logfmt(GROUP)} num_alerts=2 err={_logfmt(err)}"
    )


def _am_warn(source: str, attempts: int, err: str) -> str:
    return (
        f'level=WARN source={source} msg="Notify attempt failed, will retry later" '
        f"component=dispatcher receiver=ops-mail integration=email[0] aggrGroup={_logfmt(GROUP)} "
        f"attempts={attempts} err={_logfmt(err)}"
    )


def alertmanager(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, ALERTMANAGER)
    at = f"{ALERTMANAGER[0]}@{commit[:12]}"
    assert '\n\t"net/smtp"\n' in git(repo, "show", f"{commit}:notify/email/email.go")
    assert "\ngo 1.25.0\n" in git(repo, "show", f"{commit}:go.mod")
    disp = _where(repo, commit, 'logger.Error("Notify for alerts failed")', ("dispatch",))
    warn = _where(repo, commit, '"Notify attempt failed, will retry later"', ("notify",))
    final = _where(repo, commit, "notify retry canceled after %d attempts", ("notify",))
    unrec = _where(repo, commit, "canceled due to unrecoverable error", ("notify",))
    disp_src = "dispatch.go:" + disp.split(":")[1]
    warn_src = "retry_stage.go:" + warn.split(":")[1]
    entries: list[dict[str, object]] = []

    def add(pick: Pick, text: str, source: str) -> None:
        entries.append(
            _entry(
                "Prometheus Alertmanager",
                f"alertmanager.{len(entries)}",
                pick,
                {"en": text},
                {"en": source},
            )
        )

    for index, pick in enumerate(AM_MAIL):
        where = _where(repo, commit, pick.then, ("notify/email/email.go",))
        err = _AM_PREFIX.get(pick.then, "") + pick.key
        if pick.key.startswith("*"):  # "%T auth: %w": the text carries the type already
            err = pick.key
        if index % 3 == 1:
            text = _am_warn(warn_src, 1 + index % 4, err)
            source = f"{at}:{where} (then {warn}; Go 1.20+'s reason, not fetched)"
        else:
            text = _am_final(
                disp_src,
                f"ops-mail/email[0]: notify retry canceled after {2 + index % 7} attempts: {err}",
            )
            source = f"{at}:{where} (then {final}, {disp}; Go 1.20+'s reason, not fetched)"
        add(Pick(pick.key, pick.code, why=pick.why), text, source)
    for pick in AM_OWN:
        where = _where(repo, commit, pick.then, (pick.table,))
        coord = _where(repo, commit, '"Loading configuration file failed"', ("config",))
        text = (
            "level=ERROR source=coordinator.go:"
            + coord.split(":")[1]
            + ' msg="Loading configuration file failed" component=configuration '
            f"file=/etc/alertmanager/alertmanager.yml err={_logfmt(pick.key)}"
        )
        add(pick, text, f"{at}:{where} (then {coord})")
    for pick in AM_NOTIFY_OWN:
        where = _where(repo, commit, pick.then, (pick.table,))
        then = unrec if "unrecoverable" in pick.key else final
        add(
            pick,
            _am_final(disp_src, "ops-mail/email[0]: " + pick.key),
            f"{at}:{where} (then {then}, {disp})",
        )
    for pick in AM_OTHER:
        where = _where(repo, commit, pick.then, (pick.table,))
        text = _am_final(disp_src, pick.key) if "/webhook[0]" in pick.key else pick.key
        add(pick, text, f"{at}:{where}")
    return entries


# ---------------------------------------------------------------------------- PocketBase
_TEST = "Failed to send the test email. Raw error: \n"
_PB = (
    "apis/settings.go settingsTestEmail(): the mailer's error unwrapped ('Raw error'), as "
    "ui/src/pb.js checkApiError() toasts it; tools/mailer/smtp.go -> mailyak v3.6.2 "
)
_PB_PLAIN = _PB + "sender_starttls.go (TLS off): net.Dial to port 587 fails: "
_PB_TLS = _PB + "sender_explicit_tls.go (TLS on): tls.Dial to port 465 fails: "
_PB_STLS = _PB + "sender.go smtpExchange(): STARTTLS offered, c.StartTLS() fails: "
_PB_X = _PB + "sender.go smtpExchange(): "
# then: the mailyak file whose call returns the Go error.
PB_MAIL: list[Pick] = [
    Pick(REFUSED, "PORT_CLOSED", why=_PB_PLAIN + "ECONNREFUSED", then="sender_starttls.go"),
    Pick(
        NO_HOST,
        "HOST_NOT_FOUND",
        why=_PB_PLAIN + "NXDOMAIN for the SMTP host",
        then="sender_starttls.go",
    ),
    Pick(
        SERVFAIL,
        "DNS_FAILURE",
        why=_PB_PLAIN + "the resolver's SERVFAIL",
        then="sender_starttls.go",
    ),
    Pick(UNREACHABLE, "HOST_UNREACHABLE", why=_PB_PLAIN + "ENETUNREACH", then="sender_starttls.go"),
    Pick(REFUSED_465, "PORT_CLOSED", why=_PB_TLS + "ECONNREFUSED", then="sender_explicit_tls.go"),
    Pick(
        NOT_TLS,
        "TLS_ON_PLAIN_PORT",
        why=_PB_TLS + "'Use TLS' on with port 587: the plain greeting read as a TLS record",
        then="sender_explicit_tls.go",
    ),
    Pick(
        UNKNOWN_CA,
        "CERT_UNTRUSTED",
        why=_PB_TLS + "the chain does not reach a trusted root "
        "(mailyak's default tls.Config verifies)",
        then="sender_explicit_tls.go",
    ),
    Pick(
        MISMATCH,
        "CERT_HOSTNAME_MISMATCH",
        why=_PB_TLS + "the certificate names another host",
        then="sender_explicit_tls.go",
    ),
    Pick(
        NO_IP_SAN,
        "CERT_HOSTNAME_MISMATCH",
        why=_PB_TLS + "the SMTP host is an IP address, the certificate has no IP SANs",
        then="sender_explicit_tls.go",
    ),
    Pick(
        EXPIRED,
        "CERT_EXPIRED",
        why=_PB_TLS + "the certificate's NotAfter has passed",
        then="sender_explicit_tls.go",
    ),
    Pick(
        OLD_TLS,
        "TLS_OUTDATED",
        why=_PB_STLS + "TLS 1.0 offered, below Go's client minimum 1.2",
        then="sender.go",
    ),
    Pick(
        HANDSHAKE,
        "TLS_HANDSHAKE_FAILED",
        why=_PB_STLS + "the server's handshake_failure alert: no cipher or version in common",
        then="sender.go",
    ),
    Pick(
        "EOF",
        "CONNECTION_CLOSED",
        why=_PB_X + "smtp.NewClient(): closed before the greeting",
        then="sender.go",
    ),
    Pick(
        RESET,
        "CONNECTION_CLOSED",
        why=_PB_X + "the server reset the connection mid-dialogue",
        then="sender.go",
    ),
    Pick(
        GREET_421,
        "RATE_LIMITED",
        why=_PB_X + "a 421 greeting: too many connections",
        then="sender.go",
    ),
    Pick(
        GREET_554,
        "REJECTED_AS_SPAM",
        why=_PB_X + "the greeting refused: IP on a block list",
        then="sender.go",
    ),
    Pick(
        "unencrypted connection",
        "STARTTLS_NOT_OFFERED",
        why=_PB_X + "TLS off and the server offers no STARTTLS, so mailyak stays plain; "
        "smtp.PlainAuth (and smtp.go's smtpLoginAuth) refuse to send the password",
        then="sender.go",
    ),
    Pick(
        R535,
        "AUTH_FAILED",
        why=_PB_X + "c.Auth(): AUTH PLAIN refused with 535 5.7.8",
        then="sender.go",
    ),
    Pick(GMAIL_535, "AUTH_FAILED", why=_PB_X + "Gmail's 535 BadCredentials", then="sender.go"),
    Pick(
        GMAIL_534,
        "APP_PASSWORD_REQUIRED",
        why=_PB_X + "Gmail with 2-step verification wants an app password",
        then="sender.go",
    ),
    Pick(
        O365_DISABLED,
        "PROTOCOL_DISABLED",
        why=_PB_X + "AUTH LOGIN to Microsoft 365: SMTP AUTH switched off for the tenant",
        then="sender.go",
    ),
    Pick(
        "503 5.5.1 Error: authentication not enabled",
        "AUTH_NOT_OFFERED",
        why=_PB_X + "net/smtp sends AUTH even when EHLO names none: the server has no login "
        "on this port",
        then="sender.go",
    ),
    Pick(
        "504 5.7.4 Unrecognized authentication type [DB8PR01CA0001.eurprd01.prod.exchangelabs."
        "com 2026-08-20T09:14:03.000Z 08DCB1C2D3E4F5A6]",
        "AUTH_NOT_OFFERED",
        why=_PB_X + "AUTH PLAIN (the default method) to a server that offers only LOGIN",
        then="sender.go",
    ),
    Pick(
        SENDER_553.replace(SENDER, "noreply@example.net"),
        "SENDER_REFUSED",
        why=_PB_X + "c.Mail(): the sender address is not the account's",
        then="sender.go",
    ),
    Pick(
        RELAY,
        "RELAY_REFUSED",
        why=_PB_X + "c.Rcpt() without credentials: relay denied",
        then="sender.go",
    ),
    Pick(
        UNKNOWN,
        "RECIPIENT_UNKNOWN",
        why=_PB_X + "c.Rcpt(): the test address does not exist",
        then="sender.go",
    ),
    Pick(
        OVER_QUOTA,
        "RECIPIENT_MAILBOX_FULL",
        why=_PB_X + "c.Rcpt(): mailbox over quota",
        then="sender.go",
    ),
    Pick(SIZE, "SIZE_LIMIT", why=_PB_X + "closing DATA: over the size limit", then="sender.go"),
    Pick(SPAM, "REJECTED_AS_SPAM", why=_PB_X + "closing DATA: content filter", then="sender.go"),
    Pick(THROTTLE, "RATE_LIMITED", why=_PB_X + "c.Mail(): sending limit", then="sender.go"),
]
# The password reset and verification mails' log lines (apis/record_auth_*_request.go).
PB_LOGGED: list[tuple[str, Pick]] = [
    (
        "Failed to send password reset email",
        Pick(
            OS_TIMEOUT.replace(":465", ":587"),
            "PORT_FILTERED",
            why="apis/record_auth_password_reset_request.go: the mail is sent in the background, "
            "the error logged; mailyak's net.Dial has no timeout: the kernel's ETIMEDOUT, SYNs "
            "dropped",
            then="sender_starttls.go",
        ),
    ),
    (
        "Failed to send verification email",
        Pick(
            DNS_TIMEOUT,
            "DNS_FAILURE",
            why="apis/record_auth_verification_request.go: logged in the background; the "
            "resolver did not answer",
            then="sender_starttls.go",
        ),
    ),
    (
        "Failed to send password reset email",
        Pick(
            SEND_AS.replace(SENDER, "noreply@example.net"),
            "SENDER_REFUSED",
            why="apis/record_auth_password_reset_request.go: closing DATA, Microsoft 365 refuses "
            "the sender address",
            then="sender.go",
        ),
    ),
]
# PocketBase's own texts, code null: literal as the file spells it, filled text in values.
PB_OWN: list[Pick] = [
    Pick(
        "Failed to send the test email.",
        None,
        why="apis/settings.go: the test form's own "
        "validation errors (collection, template, email), no mail sent",
    ),
    Pick(
        "Test email send timeout.",
        None,
        why="ui/src/settings/mail/mailTestModal.js: the UI "
        "gives up after 15 s; a dropped port, a TLS port spoken plainly or a slow server alike: "
        "nothing narrows it",
    ),
    Pick(
        "failed to locate a sendmail executable path",
        None,
        why="tools/mailer/sendmail.go: SMTP not enabled and no sendmail binary on the host",
    ),
    Pick("Successfully sent test email.", None, why="mailTestModal.js: success"),
    Pick("Successfully saved mail settings.", None, why="the mail settings page: saved"),
    Pick(
        "Invalid login credentials.",
        None,
        why="ui/src/auth/pageSuperuserLogin.js: the dashboard's own sign-in, not a mail server",
    ),
    Pick(
        "Failed to authenticate.",
        None,
        why="apis/record_auth_with_password.go: an app user's sign-in",
    ),
    Pick("Invalid or expired password reset token.", None),
    Pick("Invalid or expired verification token.", None),
    Pick("Invalid or expired OTP", None),
    Pick("Too many attempts, please try again later with a new OTP.", None),
    Pick("The request requires valid record authorization token.", None),
    Pick("Only superusers can perform this action.", None),
    Pick("Insufficient permissions to access the resource.", None),
    Pick("An error occurred while validating the submitted data.", None),
    Pick("An error occurred while loading the submitted data.", None),
    Pick("The installer token is invalid or has expired.", None),
    Pick("Failed to upload backup.", None),
    Pick("Try again later - another backup/restore process has already been started.", None),
    Pick("Failed to load backups filesystem.", None),
    Pick("All superusers are verified by default.", None),
    Pick("Collection name must be unique (case insensitive).", None),
    Pick("Must be a valid auth collection id or name.", None),
    Pick("Missing or invalid old password.", None),
    Pick("Email domain is not allowed", None),
    Pick("Values don't match.", None),
    Pick("Must be at least {{.min}} character(s).", None, ("{{.min}}=8",)),
    Pick("Must be no more than {{.max}} character(s).", None, ("{{.max}}=255",)),
    Pick("Successfully saved application settings.", None),
]


def pocketbase(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, POCKETBASE)
    yak, yak_commit = _library(mirrors, MAILYAK)
    at = f"{POCKETBASE[0]}@{commit[:12]}"
    yak_at = f"{MAILYAK[0]}@{yak_commit[:12]}"
    assert "github.com/domodwyer/mailyak/v3 v3.6.2" in git(repo, "show", f"{commit}:go.mod")
    assert git(yak, "rev-parse", "v3.6.2^{commit}").strip() == yak_commit
    test = _where(repo, commit, '"Failed to send the test email. Raw error', ("apis",))
    toast = _where(repo, commit, "app.toasts.error(msg)", ("ui/src/pb.js",))
    dial = {
        "sender_starttls.go": 'net.Dial("tcp", s.hostAndPort)',
        "sender_explicit_tls.go": 'tls.Dial("tcp", s.hostAndPort, s.tlsConfig)',
        "sender.go": "smtp.NewClient(conn, serverName)",
    }
    entries: list[dict[str, object]] = []

    def add(pick: Pick, text: str, source: str) -> None:
        entries.append(
            _entry("PocketBase", f"pocketbase.{len(entries)}", pick, {"en": text}, {"en": source})
        )

    for pick in PB_MAIL:
        where = _where(yak, yak_commit, dial[pick.then], (pick.then,))
        add(
            pick,
            _TEST + pick.key,
            f"{at}:{test} (then {toast}; {yak_at}:{where}; Go 1.20+'s reason, not fetched)",
        )
    for message, pick in PB_LOGGED:
        logged = _where(repo, commit, f'"{message}"', ("apis",))
        where = _where(yak, yak_commit, dial[pick.then], (pick.then,))
        add(
            pick,
            f"{message}\nerror: {pick.key}",
            f"{at}:{logged} (then {yak_at}:{where}; Go 1.20+'s reason, not fetched)",
        )
    for pick in PB_OWN:
        where = _where(repo, commit, f'"{pick.key}"', ("apis", "core", "forms", "tools", "ui/src"))
        text = pick.key
        for pair in pick.values:
            name, value = pair.split("=", 1)
            text = text.replace(name, value)
        if not pick.why:
            pick = Pick(
                pick.key,
                None,
                why=f"{where.split(':')[0]}: PocketBase's own message "
                "(sign-in, tokens, permissions, backups, collections, validation), no "
                "mail setting involved",
            )
        add(pick, text, f"{at}:{where}")
    return entries


ABOUT = (
    "The sixty-second held-out set (tools/extract_sixty_second.py): Prometheus Alertmanager "
    "(prometheus/alertmanager at 68fb2d5759b3, v0.34.0-20): the email notifier's net/smtp and "
    "crypto/tls errors as notify/email/email.go wraps them, in the retry stage's 'Notify "
    "attempt failed, will retry later' and the dispatcher's 'Notify for alerts failed' log "
    "lines (logfmt), English only; its configuration validation, unrecoverable input errors, "
    "a webhook's failure and silences, code null. PocketBase (pocketbase/pocketbase at "
    "5d217ddb50cb, v0.39.11) through domodwyer/mailyak v3.6.2 (go.mod's pin, read at that tag): "
    "the admin 'Send test email' toast 'Failed to send the test email. Raw error: ' + Go's "
    "error unwrapped, and the password reset/verification log lines, English only (no "
    "translations shipped); its own API, validation and dashboard texts, code null. Go's own "
    "reasons written as Go 1.20+ words them (both go.mod say go 1.25.0; golang/go too big to "
    "fetch). Extracted and labelled blind from the code; code null: no mail-settings problem "
    "or nothing narrowing it."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, alertmanager, pocketbase)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
