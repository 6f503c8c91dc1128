"""Developer tool: the eighty-second blind held-out set (Overseerr's, Audiobookshelf's mail errors).

Overseerr (sct/overseerr, 46a9b244efd8, March 2025): its email notification agent
(server/lib/notifications/agents/email.ts) sends through server/lib/email/index.ts, which
builds the transport with its own nodemailer dependency, pinned "6.9.1" in package.json
(yarn.lock resolves nodemailer@6.9.1; email-templates 9.0.0 drags in 6.8.0, which is not the
transport used) and read at nodemailer's v6.9.1 tag. The settings page's "Test" only shows the
toast components.Settings.Notifications.toastEmailTestFailed (the route answers 500 'Failed to
send email notification.', no reason reaches the browser): code null, too vague, in the
languages src/i18n/locale/<ll>.json translates it (ja does not). The reason is in the log:
winston's line '<timestamp> [error][Notifications]: Error sending email notification {json}'
(server/logger.ts hformat, the label taken out of the metadata), whose errorMessage is the
nodemailer error's message (e.message), en only. Its own texts (sign-in, password, user,
settings and form validation) from src/i18n/locale/<ll>.json, code null.

Audiobookshelf (advplyr/audiobookshelf, 1b46d68027f3, August 2026): server/managers/
EmailManager.js, with nodemailer "^6.9.13", package-lock.json pins 6.9.13, read at nodemailer's
v6.9.13 tag. sendTest() and sendEBookToDevice() first call transporter.verify() (connect, TLS,
login, no envelope): on failure the server log line '[EmailManager] Failed to verify SMTP
connection config' + util.inspect(error) (server/Logger.js joins the arguments with a space;
the stack frames are left out here, the error's own properties kept) and the answer 'Failed to
verify SMTP connection configuration' the test's toast shows (error.response.data, en, code
null: too vague). Then sendMail(): the test answers error.message, shown as the toast (en, the
nodemailer reason), and logs '[EmailManager] Failed to send test email'; the e-reader send logs
'[EmailManager] Failed to send ebook to device' and the client shows only its own
ToastSendEbookToDeviceFailed (null, vague). EmailSettings.js getTransportObject() forces
secure off unless the port is 465, so implicit TLS on 587 cannot happen there (no
TLS_ON_PLAIN_PORT entry); 465 with "secure" unticked waits for a greeting that never comes.
Its own texts from client/strings/<ll>.json (en-us, de, fr, es, it, nl, pt-br, pl, ja), null.

Node's own error texts (connect ECONNREFUSED, getaddrinfo ENOTFOUND/EAI_AGAIN, OpenSSL 3's
certificate and record errors) as Node 18.18.2 (Overseerr's Dockerfile) and Node 20
(Audiobookshelf's) word them; nodemailer passes them through its socket error handler (code
ESOCKET) or its DNS step (EDNS). Labelled blind from the code.

    python -m tools.extract_eighty_second MIRRORS_DIR benchmarks/data/eighty_second_texts.json

MIRRORS_DIR holds `sct+overseerr/repo`, `advplyr+audiobookshelf/repo` and
`nodemailer+nodemailer/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _entry, _library, _where, git, write_set

OVERSEERR = ("sct/overseerr", "46a9b244efd81e0e70a16a851252114bc2d3c2ca")
ABS = ("advplyr/audiobookshelf", "1b46d68027f3dcd88a4ef596fe6d005541fea3c6")
NM_691 = ("nodemailer/nodemailer", "e3cc93a9c20939b209c804857c75aea0d3305913")  # v6.9.1
NM_6913 = ("nodemailer/nodemailer", "fa63b52d8a03da49a60c00b6c073a0d77aeababb")  # v6.9.13
OVERSEERR_LANG = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pt-BR": "pt_BR",
    "pl": "pl",
    "ja": "ja",
}
ABS_LANG = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pt-BR": "pt-br",
    "pl": "pl",
    "ja": "ja",
}
_CONN = "smtp-connection/index.js"
HOST, IP, USER = "smtp.example.com", "203.0.113.25", "alice@example.com"
SENDER, RCPT = "notify@example.net", "bob@example.org"


@dataclasses.dataclass(frozen=True)
class Reason:
    """One nodemailer error: its message, code, command, the literal that raises it."""

    message: str
    code: str | None
    why: str
    literal: str
    err: str
    command: str
    response: str = ""
    stage: str = "connect"  # connect: verify() meets it; envelope: only sendMail()
    only: str = ""  # "overseerr" where Audiobookshelf's settings cannot lead to it
    extra: tuple[tuple[str, str], ...] = ()


_SOCK = "this._onSocketError = error => this._onError(error, 'ESOCKET'"
_DNS = "return setImmediate(() => this._onError(err, 'EDNS', false, 'CONN'));"
_SOCK_WHY = (
    "smtp-connection/index.js connect(): the socket's 'error' is passed on with code ESOCKET: "
)
_TLS_LINE = "C0B7A5F2E87F0000:error:"
_SSL_AT = ":../deps/openssl/openssl/ssl/"


def _login(reply: str) -> str:
    return f"Invalid login: {reply}"


REASONS: list[Reason] = [
    Reason(
        f"connect ECONNREFUSED {IP}:587",
        "PORT_CLOSED",
        _SOCK_WHY + "Node's connect ECONNREFUSED, nothing listens on the port",
        _SOCK,
        "ESOCKET",
        "CONN",
        extra=(("errno", "-111"), ("syscall", "'connect'"), ("address", f"'{IP}'")),
    ),
    Reason(
        f"getaddrinfo ENOTFOUND {HOST}",
        "HOST_NOT_FOUND",
        "smtp-connection/index.js connect() -> shared resolveHostname(): resolve4/resolve6 "
        "find nothing, dns.lookup() fails with EAI_NONAME (Node's ENOTFOUND), code EDNS: the "
        "host name does not exist",
        _DNS,
        "EDNS",
        "CONN",
        extra=(("errno", "-3008"), ("syscall", "'getaddrinfo'"), ("hostname", f"'{HOST}'")),
    ),
    Reason(
        f"getaddrinfo EAI_AGAIN {HOST}",
        "DNS_FAILURE",
        "shared resolveHostname(): the resolver answers nothing (EAI_AGAIN is swallowed for "
        "resolve4/6), then dns.lookup() fails EAI_AGAIN: the name server did not answer",
        _DNS,
        "EDNS",
        "CONN",
        extra=(("errno", "-3001"), ("syscall", "'getaddrinfo'"), ("hostname", f"'{HOST}'")),
    ),
    Reason(
        "Connection timeout",
        "PORT_FILTERED",
        "smtp-connection/index.js connect(): connectionTimeout (2 minutes) passes before the "
        "TCP connection opens: a firewall drops the packets",
        "this._onError('Connection timeout', 'ETIMEDOUT', false, 'CONN');",
        "ETIMEDOUT",
        "CONN",
    ),
    Reason(
        f"connect EHOSTUNREACH {IP}:587",
        "HOST_UNREACHABLE",
        _SOCK_WHY + "Node's connect EHOSTUNREACH, no route to the server",
        _SOCK,
        "ESOCKET",
        "CONN",
        extra=(("errno", "-113"), ("syscall", "'connect'"), ("address", f"'{IP}'")),
    ),
    Reason(
        "Greeting never received",
        "PLAIN_ON_TLS_PORT",
        "smtp-connection/index.js _onConnect(): greetingTimeout (30 s) passes without a line: "
        "port 465 with the secure switch off, so the client waits in plain text while the "
        "server waits for a TLS handshake",
        "this._onError('Greeting never received', 'ETIMEDOUT', false, 'CONN');",
        "ETIMEDOUT",
        "CONN",
    ),
    Reason(
        _TLS_LINE
        + "0A00010B:SSL routines:ssl3_get_record:wrong version number"
        + _SSL_AT
        + "record/ssl3_record.c:355:\n",
        "TLS_ON_PLAIN_PORT",
        _SOCK_WHY + "secure (implicit TLS) switched on for port 587: OpenSSL reads the plain "
        "'220' greeting as a TLS record",
        _SOCK,
        "ESOCKET",
        "CONN",
        only="overseerr",
        extra=(("library", "'SSL routines'"), ("reason", "'wrong version number'")),
    ),
    Reason(
        "self-signed certificate",
        "CERT_SELF_SIGNED",
        _SOCK_WHY + "TLS (465 or after STARTTLS) with certificate checks on (Overseerr's "
        "'Allow Self-Signed Certificates' off, Audiobookshelf's 'Reject unauthorized' on): "
        "DEPTH_ZERO_SELF_SIGNED_CERT",
        _SOCK,
        "ESOCKET",
        "CONN",
    ),
    Reason(
        "unable to verify the first certificate",
        "CERT_UNTRUSTED",
        _SOCK_WHY + "UNABLE_TO_VERIFY_LEAF_SIGNATURE: the server sends no chain leading to a "
        "CA Node trusts",
        _SOCK,
        "ESOCKET",
        "CONN",
    ),
    Reason(
        "certificate has expired",
        "CERT_EXPIRED",
        _SOCK_WHY + "CERT_HAS_EXPIRED: the server's certificate is past its notAfter date",
        _SOCK,
        "ESOCKET",
        "CONN",
    ),
    Reason(
        f"Hostname/IP does not match certificate's altnames: Host: {HOST}. is not in the "
        "cert's altnames: DNS:mail.hosting.example.net, DNS:*.hosting.example.net",
        "CERT_HOSTNAME_MISMATCH",
        _SOCK_WHY + "tls.checkServerIdentity(): the certificate names another host than the "
        "one configured",
        _SOCK,
        "ESOCKET",
        "CONN",
    ),
    Reason(
        _TLS_LINE
        + "0A000102:SSL routines:ssl_choose_client_version:unsupported protocol"
        + _SSL_AT
        + "statem/statem_lib.c:1986:\n",
        "TLS_OUTDATED",
        _SOCK_WHY + "the server offers only TLS 1.0/1.1, below the floor of Node's OpenSSL 3",
        _SOCK,
        "ESOCKET",
        "CONN",
    ),
    Reason(
        "Error upgrading connection with STARTTLS: 502 5.5.1 Unrecognized command",
        "STARTTLS_NOT_OFFERED",
        "smtp-connection/index.js _actionEHLO() sends STARTTLS because requireTLS is set "
        "(Overseerr's 'Require TLS') though EHLO did not offer it; _actionSTARTTLS() gets "
        "the refusal, _formatError() appends it",
        "this._onError(new Error('Error upgrading connection with STARTTLS'), 'ETLS', str,",
        "ETLS",
        "STARTTLS",
        response="502 5.5.1 Unrecognized command",
        only="overseerr",
    ),
    Reason(
        _login("535 5.7.8 Error: authentication failed: authentication failure"),
        "AUTH_FAILED",
        "smtp-connection/index.js _actionAUTHComplete(): anything but 235 to AUTH PLAIN/LOGIN "
        "becomes 'Invalid login' + ': ' + the reply: the username or password is wrong",
        "this._formatError('Invalid login', 'EAUTH', str, 'AUTH ' + this._authMethod)",
        "EAUTH",
        "AUTH PLAIN",
        response="535 5.7.8 Error: authentication failed: authentication failure",
    ),
    Reason(
        _login(
            "534-5.7.9 Application-specific password required. Learn more at\n"
            "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
            "d2-20020a05600c4a0200b0041b4c293c4bsm1234567wmp.12 - gsmtp"
        ),
        "APP_PASSWORD_REQUIRED",
        "_actionAUTHComplete(): Gmail's 534 5.7.9 to the account's normal password, the "
        "account has two-step verification and wants an app password",
        "this._formatError('Invalid login', 'EAUTH', str, 'AUTH ' + this._authMethod)",
        "EAUTH",
        "AUTH PLAIN",
        response="534-5.7.9 Application-specific password required.",
    ),
    Reason(
        _login(
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled "
            "for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
            "[AM0PR10CA0093.EURPRD10.PROD.OUTLOOK.COM 2024-05-14T09:12:44.315Z 08DC73C1B6F35A2E]"
        ),
        "PROTOCOL_DISABLED",
        "_actionAUTHComplete(): Microsoft 365 refuses SMTP AUTH because SMTP client "
        "authentication is switched off for the organisation",
        "this._formatError('Invalid login', 'EAUTH', str, 'AUTH ' + this._authMethod)",
        "EAUTH",
        "AUTH LOGIN",
        response="535 5.7.139 Authentication unsuccessful",
    ),
    Reason(
        _login("503 5.5.1 Error: authentication not enabled"),
        "AUTH_NOT_OFFERED",
        "smtp-connection/index.js login(): EHLO named no AUTH, so _supportedAuth is empty and "
        "the method falls back to PLAIN; the server has no authentication on this port",
        "this._formatError('Invalid login', 'EAUTH', str, 'AUTH ' + this._authMethod)",
        "EAUTH",
        "AUTH PLAIN",
        response="503 5.5.1 Error: authentication not enabled",
    ),
    Reason(
        _login("530 5.7.0 Must issue a STARTTLS command first"),
        "PLAINTEXT_AUTH_DISABLED",
        "_actionAUTHComplete(): Overseerr's 'Disable STARTTLS' (ignoreTLS) skips the offered "
        "STARTTLS, and the server refuses a login in plain text",
        "this._formatError('Invalid login', 'EAUTH', str, 'AUTH ' + this._authMethod)",
        "EAUTH",
        "AUTH PLAIN",
        response="530 5.7.0 Must issue a STARTTLS command first",
        only="overseerr",
    ),
    Reason(
        "Invalid greeting. response=421 4.7.0 smtp.example.com Error: too many connections "
        "from 198.51.100.7: 421 4.7.0 smtp.example.com Error: too many connections from "
        "198.51.100.7",
        "RATE_LIMITED",
        "smtp-connection/index.js _actionGreeting(): a greeting other than 220, the reply "
        "both in the message and appended by _formatError(): the server's connection limit",
        "this._onError(new Error('Invalid greeting. response=' + str), 'EPROTOCOL', str,",
        "EPROTOCOL",
        "CONN",
        response="421 4.7.0 smtp.example.com Error: too many connections from 198.51.100.7",
    ),
    Reason(
        "Connection closed unexpectedly",
        "CONNECTION_CLOSED",
        "smtp-connection/index.js _onClose(): the server closed the socket while a reply was "
        "awaited, without a reason",
        "this._onError(new Error('Connection closed unexpectedly'), 'ECONNECTION',",
        "ECONNECTION",
        "CONN",
    ),
    Reason(
        "Mail command failed: 530 5.7.0 Authentication Required",
        "AUTH_NOT_OFFERED",
        "smtp-connection/index.js _actionMAIL(): MAIL FROM refused because the app never "
        "logged in (Overseerr leaves auth out when the user or password field is empty, "
        "Audiobookshelf when no user is set): the server wants a login it did not get",
        "message = 'Mail command failed';",
        "EENVELOPE",
        "MAIL FROM",
        response="530 5.7.0 Authentication Required",
        stage="envelope",
    ),
    Reason(
        "Mail command failed: 530 5.7.0 Must issue a STARTTLS command first.",
        "PLAINTEXT_AUTH_DISABLED",
        "_actionMAIL(): without a login and with STARTTLS ignored (Overseerr's 'Disable "
        "STARTTLS'), the server refuses to work in plain text",
        "message = 'Mail command failed';",
        "EENVELOPE",
        "MAIL FROM",
        response="530 5.7.0 Must issue a STARTTLS command first.",
        stage="envelope",
        only="overseerr",
    ),
    Reason(
        f"Mail command failed: 553 5.7.1 <{SENDER}>: Sender address rejected: not owned by "
        f"user {USER}",
        "SENDER_REFUSED",
        "_actionMAIL(): the From address (Overseerr's 'Sender Address', Audiobookshelf's "
        "'From Address') is not one the login may send as",
        "message = 'Mail command failed';",
        "EENVELOPE",
        "MAIL FROM",
        response=f"553 5.7.1 <{SENDER}>: Sender address rejected: not owned by user {USER}",
        stage="envelope",
    ),
    Reason(
        "Mail command failed: 421 4.7.0 Try again later, closing connection. (MAIL) "
        "a640c23a62f3a-a59c5d12a2bsm412345166b.92 - gsmtp",
        "RATE_LIMITED",
        "_actionMAIL(): Gmail's temporary 421 4.7.0 throttle, too much mail or too many "
        "connections",
        "message = 'Mail command failed';",
        "EENVELOPE",
        "MAIL FROM",
        response="421 4.7.0 Try again later, closing connection. (MAIL)",
        stage="envelope",
    ),
    Reason(
        f"Can't send mail - all recipients were rejected: 554 5.7.1 <{RCPT}>: Relay access denied",
        "RELAY_REFUSED",
        "smtp-connection/index.js _actionRCPT(): the only recipient refused, the last reply "
        "appended: mail to another domain without an authenticated session",
        "'Can\\x27t send mail - all recipients were rejected'",
        "EENVELOPE",
        "RCPT TO",
        response=f"554 5.7.1 <{RCPT}>: Relay access denied",
        stage="envelope",
    ),
    Reason(
        f"Can't send mail - all recipients were rejected: 550 5.1.1 <{RCPT}>: Recipient "
        "address rejected: User unknown in virtual mailbox table",
        "RECIPIENT_UNKNOWN",
        "_actionRCPT(): the recipient (the user's email, the test address or the e-reader's "
        "address) does not exist",
        "'Can\\x27t send mail - all recipients were rejected'",
        "EENVELOPE",
        "RCPT TO",
        response=f"550 5.1.1 <{RCPT}>: Recipient address rejected: User unknown",
        stage="envelope",
    ),
    Reason(
        f"Can't send mail - all recipients were rejected: 452 4.2.2 <{RCPT}>: The email "
        "account that you tried to reach is over quota.",
        "RECIPIENT_MAILBOX_FULL",
        "_actionRCPT(): the recipient's mailbox is over its quota",
        "'Can\\x27t send mail - all recipients were rejected'",
        "EENVELOPE",
        "RCPT TO",
        response=f"452 4.2.2 <{RCPT}>: over quota",
        stage="envelope",
    ),
    Reason(
        "Message failed: 552 5.3.4 Message size exceeds fixed limit",
        "SIZE_LIMIT",
        "smtp-connection/index.js _actionSMTPStream(): the reply after the message data is "
        "not 2xx: the message (for Audiobookshelf's e-reader send, the attached ebook) is "
        "over the server's size limit",
        "this._formatError('Message failed', 'EMESSAGE', str, 'DATA')",
        "EMESSAGE",
        "DATA",
        response="552 5.3.4 Message size exceeds fixed limit",
        stage="envelope",
    ),
    Reason(
        "Message failed: 554 5.7.1 Message rejected: spam content detected (score 9.2 > 6.0)",
        "REJECTED_AS_SPAM",
        "_actionSMTPStream(): the server's filter refuses the message as spam after DATA",
        "this._formatError('Message failed', 'EMESSAGE', str, 'DATA')",
        "EMESSAGE",
        "DATA",
        response="554 5.7.1 Message rejected: spam content detected (score 9.2 > 6.0)",
        stage="envelope",
    ),
]


def _inspect(reason: Reason, frame: str) -> str:
    """util.inspect(error) as Node prints it, the stack cut to its first frame."""
    head = reason.message.rstrip("\n")
    props = list(reason.extra)
    props.append(("code", f"'{reason.err}'"))
    if reason.response:
        full = reason.message.split(": ", 1)[1] if ": " in reason.message else reason.response
        if reason.err == "EPROTOCOL":
            full = reason.response
        props.append(("response", repr(full)))
        props.append(("responseCode", re.match(r"\d+", full).group(0)))  # type: ignore[union-attr]
    props.append(("command", f"'{reason.command}'"))
    body = ",\n".join(f"  {k}: {v}" for k, v in props)
    return f"Error: {head}\n    at {frame} {{\n{body}\n}}"


def _frame(reason: Reason) -> str:
    if reason.err == "ESOCKET" and reason.message.startswith("connect "):
        return "TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16)"
    if reason.err == "EDNS":
        return "GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)"
    if reason.err == "ESOCKET":
        return "TLSSocket.onConnectSecure (node:_tls_wrap:1674:34)"
    # the line of `err = new Error(message);` in _formatError() at v6.9.13
    return (
        "SMTPConnection._formatError "
        "(/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19)"
    )


def _nm_at(mirrors: Path, pin: tuple[str, str], reason: Reason) -> str:
    repo, commit = _library(mirrors, pin)
    where = _where(repo, commit, reason.literal, ("lib/" + _CONN,))
    return f"{pin[0]}@{commit[:12]}:{where}"


def _reason_pick(reason: Reason, prefix: str) -> Pick:
    return Pick(reason.message, reason.code, why=prefix + reason.why)


def _locale_entries(
    app: str,
    slug: str,
    start: int,
    repo: Path,
    commit: str,
    at: str,
    pattern: str,
    langs: dict[str, str],
    english: str,
    picks: list[Pick],
) -> list[dict[str, object]]:
    tables = {"en": json.loads(git(repo, "show", f"{commit}:{pattern.format(english)}"))}
    for lang, name in langs.items():
        tables[lang] = json.loads(git(repo, "show", f"{commit}:{pattern.format(name)}"))
    entries = []
    for pick in picks:
        words_en = tables["en"][pick.key]
        literal = json.dumps(pick.key) + ":"
        where = _where(repo, commit, literal, (pattern.format(english),))
        texts = {"en": _fill(words_en, pick.values)}
        sources = {"en": f"{at}:{where}"}
        for lang, name in langs.items():
            words = tables[lang].get(pick.key)
            if isinstance(words, str) and words.strip() and words != words_en:
                texts[lang] = _fill(words, pick.values)
                sources[lang] = f"{at}:{pattern.format(name)}#{pick.key}"
        if not pick.why:
            pick = dataclasses.replace(
                pick,
                why=f"{app}'s own message ({pick.key}): its accounts, sign-in, settings or "
                "form checks, no mail setting involved",
            )
        entries.append(_entry(app, f"{slug}.{start + len(entries)}", pick, texts, sources))
    return entries


def _fill(text: str, values: tuple[str, ...]) -> str:
    for index, value in enumerate(values):
        text = text.replace("{" + str(index) + "}", value)
    return text


_OV = "components.Settings.Notifications."
OVERSEERR_OWN: list[Pick] = [
    Pick(
        _OV + "toastEmailTestFailed",
        None,
        why="src/components/Settings/Notifications/NotificationsEmail.tsx: the Test button's "
        "toast for any failure; the route answers 500 'Failed to send email notification.' "
        "and no reason reaches the page: nothing narrows the cause",
    ),
    Pick(_OV + "emailsettingsfailed", None),
    Pick(_OV + "emailsettingssaved", None),
    Pick(_OV + "toastEmailTestSuccess", None),
    Pick(_OV + "validationSmtpHostRequired", None),
    Pick(_OV + "validationSmtpPortRequired", None),
    Pick(_OV + "validationEmail", None),
    Pick(_OV + "validationPgpPassword", None),
    Pick(_OV + "validationPgpPrivateKey", None),
    Pick("components.Login.loginerror", None),
    Pick("components.Login.validationemailrequired", None),
    Pick("components.Login.validationpasswordrequired", None),
    Pick("components.ResetPassword.requestresetlinksuccessmessage", None),
    Pick("components.ResetPassword.validationpasswordmatch", None),
    Pick("components.ResetPassword.validationpasswordminchars", None),
    Pick("components.Settings.SettingsMain.toastSettingsFailure", None),
    Pick("components.Settings.SettingsMain.toastSettingsSuccess", None),
    Pick("components.UserList.usercreatedfailed", None),
    Pick("components.UserList.usercreatedfailedexisting", None),
    Pick("components.UserProfile.UserSettings.UserPasswordChange.toastSettingsFailure", None),
    Pick(
        "components.UserProfile.UserSettings.UserPasswordChange.toastSettingsFailureVerifyCurrent",
        None,
    ),
    Pick("components.UserProfile.UserSettings.UserPasswordChange.toastSettingsSuccess", None),
    Pick(
        "components.UserProfile.UserSettings.UserPasswordChange.validationCurrentPassword",
        None,
    ),
]

ABS_OWN: list[Pick] = [
    Pick(
        "ToastDeviceTestEmailFailed",
        None,
        why="client/pages/config/email.vue: the test's toast when the answer carries no text; "
        "nothing narrows the cause",
    ),
    Pick(
        "ToastSendEbookToDeviceFailed",
        None,
        why="client/components/cards/LazyBookCard.vue and pages/item/_id/index.vue: the "
        "e-reader send's only toast for any failure (the server's reason is not shown): "
        "nothing narrows the cause",
    ),
    Pick("ToastDeviceTestEmailSuccess", None),
    Pick("ToastSendEbookToDeviceSuccess", None, ("Kindle",)),
    Pick("ToastEmailSettingsUpdateSuccess", None),
    Pick("ToastDeviceAddFailed", None),
    Pick("ToastDeviceNameAlreadyExists", None),
    Pick("ToastFailedToUpdate", None),
    Pick("ToastFailedToLoadData", None),
    Pick("ToastUnknownError", None),
    Pick("MessageServerCouldNotBeReached", None),
    Pick("ToastNewUserCreatedFailed", None, ("Username already taken",)),
    Pick("ToastNewUserPasswordError", None),
    Pick("ToastNewUserUsernameError", None),
    Pick("ToastUserDeleteFailed", None),
    Pick("ToastUserPasswordChangeSuccess", None),
    Pick("ToastUserPasswordMismatch", None),
    Pick("ToastUserPasswordMustChange", None),
]


def overseerr(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, OVERSEERR)
    at = f"{OVERSEERR[0]}@{commit[:12]}"
    package = json.loads(git(repo, "show", f"{commit}:package.json"))
    assert package["dependencies"]["nodemailer"] == "6.9.1", package["dependencies"]
    agent = "server/lib/notifications/agents/email.ts"
    log_at = _where(repo, commit, "logger.error('Error sending email notification'", (agent,))
    prefix = (
        f"{agent} send(): PreparedEmail (server/lib/email/index.ts, nodemailer 6.9.1) "
        "send() throws, logged as errorMessage: e.message: "
    )
    entries: list[dict[str, object]] = []
    for reason in REASONS:
        meta = {
            "recipient": "Alice",
            "type": "TEST_NOTIFICATION",
            "subject": "Test Notification",
            "errorMessage": reason.message,
        }
        line = (
            "2025-03-28T09:14:03.512Z [error][Notifications]: Error sending email "
            "notification " + json.dumps(meta, ensure_ascii=False, separators=(",", ":"))
        )
        source = f"{at}:{log_at} (then {_nm_at(mirrors, NM_691, reason)})"
        entries.append(
            _entry(
                "Overseerr",
                f"overseerr.{len(entries)}",
                _reason_pick(reason, prefix),
                {"en": line},
                {"en": source},
            )
        )
    entries += _locale_entries(
        "Overseerr",
        "overseerr",
        len(entries),
        repo,
        commit,
        at,
        "src/i18n/locale/{}.json",
        OVERSEERR_LANG,
        "en",
        OVERSEERR_OWN,
    )
    return entries


def audiobookshelf(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, ABS)
    at = f"{ABS[0]}@{commit[:12]}"
    lock = json.loads(git(repo, "show", f"{commit}:package-lock.json"))
    assert lock["packages"]["node_modules/nodemailer"]["version"] == "6.9.13"
    manager = "server/managers/EmailManager.js"
    verify_at = _where(repo, commit, "Failed to verify SMTP connection config`", (manager,))
    answer_at = _where(repo, commit, "'Failed to verify SMTP connection configuration'", (manager,))
    test_at = _where(
        repo, commit, "res.status(400).send(error.message || 'Failed to send test", (manager,)
    )
    test_log = _where(repo, commit, "Failed to send test email`", (manager,))
    ebook_log = _where(repo, commit, "Failed to send ebook to device`", (manager,))
    entries: list[dict[str, object]] = [
        _entry(
            "Audiobookshelf",
            "audiobookshelf.0",
            Pick(
                "Failed to verify SMTP connection configuration",
                None,
                why=f"{manager} sendTest(): transporter.verify() failed for any reason, the "
                "answer the test's toast shows (client/pages/config/email.vue shows "
                "error.response.data): the reason is only in the log, nothing narrows it",
            ),
            {"en": "Failed to verify SMTP connection configuration"},
            {"en": f"{at}:{answer_at}"},
        )
    ]
    for reason in REASONS:
        if reason.only == "overseerr":
            continue
        nm_at = _nm_at(mirrors, NM_6913, reason)
        err = _inspect(reason, _frame(reason))
        if reason.stage == "connect":
            variants = [
                (
                    "[EmailManager] Failed to verify SMTP connection config " + err,
                    f"{manager} sendTest()/sendEBookToDevice(): transporter.verify() rejects, "
                    "Logger.error() with util.inspect(error): ",
                    verify_at,
                )
            ]
        else:
            variants = [
                (
                    reason.message,
                    f"{manager} sendTest(): verify() passed, sendMail() rejects, the answer "
                    "error.message is the test's toast: ",
                    test_at,
                ),
                (
                    "[EmailManager] Failed to send test email " + err,
                    f"{manager} sendTest(): sendMail() rejects, logged with util.inspect: ",
                    test_log,
                ),
                (
                    "[EmailManager] Failed to send ebook to device " + err,
                    f"{manager} sendEBookToDevice(): sendMail() of the ebook to the "
                    "e-reader's address rejects, logged with util.inspect: ",
                    ebook_log,
                ),
            ]
        for text, prefix, where in variants:
            entries.append(
                _entry(
                    "Audiobookshelf",
                    f"audiobookshelf.{len(entries)}",
                    _reason_pick(reason, prefix),
                    {"en": text},
                    {"en": f"{at}:{where} (then {nm_at})"},
                )
            )
    entries += _locale_entries(
        "Audiobookshelf",
        "audiobookshelf",
        len(entries),
        repo,
        commit,
        at,
        "client/strings/{}.json",
        ABS_LANG,
        "en-us",
        ABS_OWN,
    )
    return entries


ABOUT = (
    "The eighty-second held-out set (tools/extract_eighty_second.py): Overseerr (sct/"
    "overseerr, March 2025): its email notification agent over nodemailer 6.9.1 (pinned in "
    "package.json); the Test shows only its own toast (code null), the reason is in the "
    "winston log line 'Error sending email notification' whose errorMessage is nodemailer's "
    "message, en only; its own texts from src/i18n/locale/<ll>.json. Audiobookshelf "
    "(advplyr/audiobookshelf, August 2026): server/managers/EmailManager.js over nodemailer "
    "6.9.13 (package-lock.json): verify() failures in the log (util.inspect, stack cut to "
    "one frame) and the vague answer 'Failed to verify SMTP connection configuration'; "
    "sendMail() failures as the test's toast (error.message) and the test and e-reader "
    "send's log lines, en only; its own texts from client/strings/<ll>.json. Node 18/20's "
    "socket, DNS and OpenSSL 3 texts as nodemailer passes them on. Overseerr was present and "
    "small enough, so the Jellyseerr fallback was not used. Extracted and labelled blind "
    "from the code; code null: no mail-settings problem or nothing narrowing it. A language "
    "without a translation or with the English one is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, overseerr, audiobookshelf)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
