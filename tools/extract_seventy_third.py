"""Developer tool: the seventy-third blind held-out set (Planka's and Misago's mail errors).

Planka (plankanban/planka, April 2026): its SMTP is nodemailer's SMTP transport
(server/api/helpers/utils/make-smtp-transporter.js); server/package.json asks for
nodemailer ^8.0.5 and server/package-lock.json locks 8.0.5, read at the v8.0.5 tag of
nodemailer/nodemailer (lib/smtp-connection/index.js, lib/shared/index.js). The
administration's "Send test email" (server/api/controllers/config/test-smtp.js) returns a
log the SMTP pane shows joined by newlines: '❌ Failed to send email.', '⚠️ Error code: ' +
error.code, '💬 Reason: ' + error.message and its own hint for EDNS, ETIMEDOUT, EAUTH and
ESOCKET; the notification mails (server/api/helpers/utils/send-email.js) log 'Error sending
email: ' + String(error). Node's own socket, resolver and TLS texts are Node 22's (the
Dockerfile's node:22-alpine, OpenSSL 3.0 wording), as nodemailer passes them on. Both en
only: the server's log is not translated. Its own texts from client/src/locales/<ll>/login.js
and core.js (de-DE, fr-FR, es-ES, it-IT, nl-NL, pt-BR, pl-PL, ja-JP), code null.

Misago (rafalp/Misago, August 2026): its activation and password-reset mails
(misago/users/api/auth.py, misago/core/mail.py mail_user() -> EmailMultiAlternatives.send())
go through Django's SMTP backend (requirements.txt pins django==5.2.15), which re-raises
smtplib's, ssl's and socket's exceptions (fail_silently is off): the request fails and
Django logs the traceback, whose last line is the text here, as CPython 3.12 (the
Dockerfile's python:3.12-bookworm) words it: smtplib's SMTP*Error reprs, the ssl module's
'[SSL: ...] ... (_ssl.c:1000)', socket.gaierror's and OSError's '[Errno n] strerror' from
glibc. django/django and python/cpython are too big to fetch, so their wording is taken as
the stdlib and backend have it, not checked against a mirror; en only. Its own texts from
misago/locale/<ll>/LC_MESSAGES/django.po (only fr, pt_BR and pl are really translated; the
others' msgstrs are empty), with their msgctxt, code null.

Labelled blind from the code: code = what raises the string; null for the apps' own
sign-in, account, form, upload and permission texts.

    python -m tools.extract_seventy_third MIRRORS_DIR benchmarks/data/seventy_third_texts.json

MIRRORS_DIR holds `plankanban+planka/repo`, `nodemailer+nodemailer/repo` and
`rafalp+Misago/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import sys
from pathlib import Path

from babel.messages.pofile import read_po

from tools.extract_fresh_texts import Pick, _entry, _library, _where, git, write_set

PLANKA = ("plankanban/planka", "a8dcd7cef3ee8d19ad05b8c734ac43f3103489e8")
NODEMAILER = ("nodemailer/nodemailer", "202cfb3e14010223204e9ba9f7430176be624f0f")  # v8.0.5
MISAGO = ("rafalp/Misago", "c7ffe0b6d3739efc534d0e6d60a6b9ee959ae789")
PLANKA_LANG = {
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "it": "it-IT",
    "nl": "nl-NL",
    "pt-BR": "pt-BR",
    "pl": "pl-PL",
    "ja": "ja-JP",
}
MISAGO_LANG = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pt-BR": "pt_BR",
    "pl": "pl",
    "ja": "ja",
}

HOST, IP = "smtp.example.com", "203.0.113.10"
_HOSTPORT = "💡 Hint: Check your host and port settings."
_HINTS = {
    "EDNS": "💡 Hint: Check your host setting.",
    "ETIMEDOUT": _HOSTPORT,
    "EAUTH": "💡 Hint: Check your username and password.",
}
_TLS = "C0A7D3E1A47F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:"
_TLS += "../deps/openssl/openssl/ssl/record/ssl3_record.c:354:"


def _hint(code: str, message: str) -> str:
    """test-smtp.js's hint for the error, or '' where it gives none."""
    if code in _HINTS:
        return _HINTS[code]
    if code == "ESOCKET":
        if "ECONNREFUSED" in message or "ETIMEDOUT" in message:
            return _HOSTPORT
        if "wrong version number" in message:
            return '💡 Hint: Try toggling "Use secure connection".'
        if "certificate" in message:
            return '💡 Hint: Try toggling "Reject unauthorized TLS certificates".'
    return ""


def _test_log(code: str, message: str) -> str:
    lines = ["📧 Sending test email...", "❌ Failed to send email.", ""]
    lines += [f"⚠️ Error code: {code}", f"💬 Reason: {message.strip()}"]
    hint = _hint(code, message)
    if hint:
        lines += ["", hint]
    return "\n".join(lines)


# (error.code, error.message, code, why, the nodemailer literal that raises or passes it on)
_SOCK = "this._onConnectionSocketError = err => this._onConnectionError(err, 'ESOCKET')"
_DNS = "return setImmediate(() => this._onError(err, 'EDNS', false, 'CONN'));"
_STLS = "new Error('Error initiating TLS - ' + (err.message || err)), 'ETLS', false, 'STARTTLS'"
NODEMAILER_PICKS: list[tuple[str, str, str | None, str, str]] = [
    (
        "ESOCKET",
        f"connect ECONNREFUSED {IP}:587",
        "PORT_CLOSED",
        "Node's net.connect error (ECONNREFUSED: nothing listens on the port) passed on as "
        "the connection-phase socket error",
        _SOCK,
    ),
    (
        "ESOCKET",
        f"connect EHOSTUNREACH {IP}:587",
        "HOST_UNREACHABLE",
        "Node's net.connect error EHOSTUNREACH: no route to the server",
        _SOCK,
    ),
    (
        "EDNS",
        f"getaddrinfo ENOTFOUND {HOST}",
        "HOST_NOT_FOUND",
        "lib/shared/index.js resolveHostname(): resolve4/resolve6 find nothing, dns.lookup "
        "fails with EAI_NONAME (Node's ENOTFOUND): the host name does not exist",
        _DNS,
    ),
    (
        "EDNS",
        f"getaddrinfo EAI_AGAIN {HOST}",
        "DNS_FAILURE",
        "lib/shared/index.js resolveHostname(): dns.lookup fails with EAI_AGAIN, the resolver "
        "did not answer",
        _DNS,
    ),
    (
        "ETIMEDOUT",
        "Connection timeout",
        "PORT_FILTERED",
        "_setupConnectionHandlers(): no TCP connection within connectionTimeout (5 s in the "
        "test): the SYN is dropped",
        "this._onConnectionError('Connection timeout', 'ETIMEDOUT');",
    ),
    (
        "ETIMEDOUT",
        "Greeting never received",
        "PLAIN_ON_TLS_PORT",
        "_onConnect(): connected but no 220 within greetingTimeout: 'Use secure connection' "
        "off against port 465, where the server waits for a TLS ClientHello",
        "this._onError('Greeting never received', 'ETIMEDOUT', false, 'CONN');",
    ),
    (
        "ESOCKET",
        _TLS,
        "TLS_ON_PLAIN_PORT",
        "'Use secure connection' (secure: true, tls.connect) against port 587, which speaks "
        "plain SMTP first: OpenSSL reads the greeting as a TLS record",
        _SOCK,
    ),
    (
        "ESOCKET",
        "self-signed certificate",
        "CERT_SELF_SIGNED",
        "tls.connect on 465 with rejectUnauthorized: Node's DEPTH_ZERO_SELF_SIGNED_CERT",
        _SOCK,
    ),
    (
        "ESOCKET",
        "certificate has expired",
        "CERT_EXPIRED",
        "tls.connect on 465: Node's CERT_HAS_EXPIRED",
        _SOCK,
    ),
    (
        "ESOCKET",
        f"Hostname/IP does not match certificate's altnames: Host: {HOST}. is not in the "
        "cert's altnames: DNS:mail.hosting.example.net",
        "CERT_HOSTNAME_MISMATCH",
        "tls.connect on 465: Node's checkServerIdentity, the certificate names another host",
        _SOCK,
    ),
    (
        "ETLS",
        "Error initiating TLS - unable to verify the first certificate",
        "CERT_UNTRUSTED",
        "_actionSTARTTLS() -> _upgradeConnection(): Node's UNABLE_TO_VERIFY_LEAF_SIGNATURE, "
        "the chain does not lead to a trusted CA (no hint: ETLS)",
        _STLS,
    ),
    (
        "ETLS",
        "Error initiating TLS - self-signed certificate in certificate chain",
        "CERT_SELF_SIGNED",
        "_actionSTARTTLS() -> _upgradeConnection(): Node's SELF_SIGNED_CERT_IN_CHAIN",
        _STLS,
    ),
    (
        "ETLS",
        "Error upgrading connection with STARTTLS: 454 4.7.0 TLS not available due to local "
        "problem",
        "STARTTLS_FAILED",
        "_actionSTARTTLS(): STARTTLS offered and sent, the server answers 454",
        "new Error('Error upgrading connection with STARTTLS'), 'ETLS', str, 'STARTTLS'",
    ),
    (
        "EAUTH",
        "Invalid login: 535 5.7.8 Error: authentication failed: authentication failure",
        "AUTH_FAILED",
        "_actionAUTHComplete(): the AUTH answer is not 235, the user name or password is wrong",
        "this._formatError('Invalid login', 'EAUTH', str, 'AUTH ' + this._authMethod)",
    ),
    (
        "EAUTH",
        "Invalid login: 530 5.7.0 Must issue a STARTTLS command first",
        "PLAINTEXT_AUTH_DISABLED",
        "_actionAUTHComplete(): the server refuses AUTH before STARTTLS on a plain session",
        "this._formatError('Invalid login', 'EAUTH', str, 'AUTH ' + this._authMethod)",
    ),
    (
        "EENVELOPE",
        "Mail command failed: 553 5.7.1 <noreply@example.com>: Sender address rejected: not "
        "owned by user alice@example.com",
        "SENDER_REFUSED",
        "_actionMAIL(): MAIL FROM refused, the From (SMTP_FROM) is not the account's",
        ": 'Mail command failed';",
    ),
    (
        "EENVELOPE",
        "Mail command failed: 450 4.7.1 Error: too much mail from 203.0.113.10",
        "RATE_LIMITED",
        "_actionMAIL(): MAIL FROM deferred by the server's per-client sending limit",
        ": 'Mail command failed';",
    ),
    (
        "EENVELOPE",
        "Can't send mail - all recipients were rejected: 554 5.7.1 <bob@example.org>: Relay "
        "access denied",
        "RELAY_REFUSED",
        "_actionRCPT(): the only RCPT TO refused, relaying without an authenticated session",
        '"Can\'t send mail - all recipients were rejected"',
    ),
    (
        "EENVELOPE",
        "Can't send mail - all recipients were rejected: 550 5.1.1 <bob@example.org>: "
        "Recipient address rejected: User unknown in virtual mailbox table",
        "RECIPIENT_UNKNOWN",
        "_actionRCPT(): the user's address does not exist",
        '"Can\'t send mail - all recipients were rejected"',
    ),
    (
        "EMESSAGE",
        "Message failed: 552 5.3.4 Message size exceeds fixed limit",
        "SIZE_LIMIT",
        "_actionSMTPStream(): the end of DATA refused, the message is too big",
        "this._formatError('Message failed', 'EMESSAGE', str, 'DATA')",
    ),
    (
        "ECONNECTION",
        "Connection closed unexpectedly",
        "CONNECTION_CLOSED",
        "_onClose(): the server hung up in mid-session without a reply",
        "new Error('Connection closed unexpectedly'), 'ECONNECTION', serverResponse",
    ),
    (
        "ECONNECTION",
        f"Server terminates connection. response=421 4.7.0 {HOST} Error: too many "
        f"connections from {IP}: 421 4.7.0 {HOST} Error: too many connections from {IP}",
        "RATE_LIMITED",
        "_actionEHLO(): the EHLO answer is 421, the server's connection limit (the message "
        "and ': ' + the response, as _formatError() appends it)",
        "new Error('Server terminates connection. response=' + str)",
    ),
]

# Planka's own texts: (file, section, key, values for {{...}})
PLANKA_OWN: list[tuple[str, str, str]] = [
    ("login", "common", "invalidCredentials"),
    ("login", "common", "invalidEmailOrUsername"),
    ("login", "common", "invalidPassword"),
    ("login", "common", "emailAlreadyInUse"),
    ("login", "common", "usernameAlreadyInUse"),
    ("login", "common", "activeUsersLimitReached"),
    ("login", "common", "adminLoginRequiredToInitializeInstance"),
    ("login", "common", "noInternetConnection"),
    ("login", "common", "serverConnectionFailed"),
    ("login", "common", "unknownError"),
    ("login", "common", "pageNotFound_title"),
    ("core", "common", "invalidCurrentPassword"),
    ("core", "common", "uploadFailedFileIsTooBig"),
    ("core", "common", "uploadFailedNotEnoughStorageSpace"),
    ("core", "common", "contentOfThisAttachmentIsTooBigToDisplay"),
    ("core", "common", "boardNotFound_title"),
    ("core", "common", "cardNotFound_title"),
    ("core", "common", "projectNotFound_title"),
    ("core", "common", "saveThisKeyItWillNotBeShownAgain"),
    ("core", "common", "currentPassword"),
    ("core", "common", "newPassword"),
    ("core", "common", "editPassword_title"),
    ("core", "common", "passwordIsSet"),
]

_JS_VALUE = r"\s*(?:'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\")"


def _js_words(text: str, section: str, key: str) -> str | None:
    """The string a Planka locale gives `section.key` (its object literal read by pattern)."""
    start = text.find(f"\n    {section}: {{")
    if start < 0:
        return None
    end = text.find("\n    },", start)
    found = re.search(rf"\n      {key}:{_JS_VALUE}", text[start:end])
    if not found:
        return None
    raw = found.group(1) if found.group(1) is not None else found.group(2)
    return re.sub(r"\\(.)", r"\1", raw)


def planka(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, PLANKA)
    lib, lib_commit = _library(mirrors, NODEMAILER)
    at, lib_at = f"{PLANKA[0]}@{commit[:12]}", f"{NODEMAILER[0]}@{lib_commit[:12]}"
    assert '"nodemailer": "^8.0.5"' in git(repo, "show", f"{commit}:server/package.json")
    lock = json.loads(git(repo, "show", f"{commit}:server/package-lock.json"))
    assert lock["packages"]["node_modules/nodemailer"]["version"] == "8.0.5"
    assert '"version": "8.0.5"' in git(lib, "show", f"{lib_commit}:package.json")
    test = _where(repo, commit, "logs.push(`💬 Reason: ${error.message.trim()}`);", ("server/api",))
    notify = _where(repo, commit, "sails.log.error(`Error sending email: ${error}`);", ("server",))
    entries: list[dict[str, object]] = []
    for code_name, message, code, why, literal in NODEMAILER_PICKS:
        where = _where(lib, lib_commit, literal, ("lib",))
        then = f"(then {lib_at}:{where})"
        pick = Pick(message, code, why=f"nodemailer 8.0.5 {where.split(':')[0]}: {why}")
        test_why = Pick(
            message,
            code,
            why="server/api/controllers/config/test-smtp.js: the test log with error.code "
            f"{code_name}; " + pick.why,
        )
        entries.append(
            _entry(
                "Planka",
                f"planka.{len(entries)}",
                test_why,
                {"en": _test_log(code_name, message)},
                {"en": f"{at}:{test} {then}"},
            )
        )
        log_why = Pick(
            message,
            code,
            why="server/api/helpers/utils/send-email.js: a notification mail's error logged as "
            "'Error sending email: ' + String(error); " + pick.why,
        )
        entries.append(
            _entry(
                "Planka",
                f"planka.{len(entries)}",
                log_why,
                {"en": f"Error sending email: Error: {message}"},
                {"en": f"{at}:{notify} {then}"},
            )
        )
    files: dict[tuple[str, str], tuple[str, str]] = {}
    for name in ("login", "core"):
        for lang, folder in {"en": "en-US", **PLANKA_LANG}.items():
            path = f"client/src/locales/{folder}/{name}.js"
            files[name, lang] = (path, git(repo, "show", f"{commit}:{path}"))
    for name, section, key in PLANKA_OWN:
        path, english_file = files[name, "en"]
        english = _js_words(english_file, section, key)
        assert english, key
        line = english_file[: english_file.find(f"      {key}:")].count("\n") + 1
        texts, sources = {"en": english}, {"en": f"{at}:{path}:{line}"}
        for lang in PLANKA_LANG:
            lpath, ltext = files[name, lang]
            words = _js_words(ltext, section, key)
            if words and words != english:
                texts[lang] = words
                sources[lang] = f"{at}:{lpath}#{section}.{key}"
        pick = Pick(
            english,
            None,
            why=f"{path} {section}.{key}: Planka's own sign-in, account, upload or page text, "
            "no mail setting involved",
        )
        entries.append(_entry("Planka", f"planka.{len(entries)}", pick, texts, sources))
    return entries


# Misago: the exception's last traceback line, Python 3.12's words.
_SSL = "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: "
_PY = "CPython 3.12 "
MISAGO_MAIL: list[Pick] = [
    Pick(
        "ConnectionRefusedError: [Errno 111] Connection refused",
        "PORT_CLOSED",
        why=_PY + "socket.create_connection() in smtplib.SMTP.connect(): ECONNREFUSED, "
        "nothing listens on EMAIL_PORT",
    ),
    Pick(
        "OSError: [Errno 101] Network is unreachable",
        "HOST_UNREACHABLE",
        why=_PY + "socket.create_connection(): ENETUNREACH, no route to EMAIL_HOST",
    ),
    Pick(
        "socket.gaierror: [Errno -2] Name or service not known",
        "HOST_NOT_FOUND",
        why=_PY + "socket.getaddrinfo() in create_connection(): EAI_NONAME, EMAIL_HOST does "
        "not resolve",
    ),
    Pick(
        "socket.gaierror: [Errno -3] Temporary failure in name resolution",
        "DNS_FAILURE",
        why=_PY + "socket.getaddrinfo(): EAI_AGAIN, the resolver did not answer",
    ),
    Pick(
        "TimeoutError: [Errno 110] Connection timed out",
        "PORT_FILTERED",
        why=_PY + "connect(2) ETIMEDOUT (EMAIL_TIMEOUT unset): the SYN is dropped",
    ),
    Pick(
        "TimeoutError: timed out",
        "PORT_FILTERED",
        why=_PY + "socket.create_connection() with EMAIL_TIMEOUT: no TCP connection in time "
        "(while connecting, before any greeting)",
    ),
    Pick(
        "smtplib.SMTPServerDisconnected: Connection unexpectedly closed: timed out",
        "PLAIN_ON_TLS_PORT",
        why=_PY + "smtplib.SMTP.getreply(): connected, the greeting's readline() times out "
        "(EMAIL_TIMEOUT): EMAIL_USE_TLS or neither against port 465, which waits for TLS",
    ),
    Pick(
        "ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1000)",
        "TLS_ON_PLAIN_PORT",
        why=_PY + "smtplib.SMTP_SSL (EMAIL_USE_SSL) against port 587: OpenSSL reads the plain "
        "greeting as a TLS record",
    ),
    Pick(
        _SSL + "self-signed certificate (_ssl.c:1000)",
        "CERT_SELF_SIGNED",
        why=_PY + "the handshake (SMTP_SSL or starttls()) with the default context: "
        "X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT",
    ),
    Pick(
        _SSL + "unable to get local issuer certificate (_ssl.c:1000)",
        "CERT_UNTRUSTED",
        why=_PY + "the handshake: X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY, the chain does "
        "not lead to a trusted CA",
    ),
    Pick(
        _SSL + "certificate has expired (_ssl.c:1000)",
        "CERT_EXPIRED",
        why=_PY + "the handshake: X509_V_ERR_CERT_HAS_EXPIRED",
    ),
    Pick(
        _SSL + f"Hostname mismatch, certificate is not valid for '{HOST}'. (_ssl.c:1000)",
        "CERT_HOSTNAME_MISMATCH",
        why=_PY + "the handshake with check_hostname: the certificate names another host",
    ),
    Pick(
        "smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.",
        "STARTTLS_NOT_OFFERED",
        why=_PY + "smtplib.SMTP.starttls() (EMAIL_USE_TLS): the EHLO answer names no STARTTLS",
    ),
    Pick(
        "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Error: authentication failed: "
        "authentication failure')",
        "AUTH_FAILED",
        why=_PY + "smtplib.SMTP.login() (EMAIL_HOST_USER/PASSWORD set): every mechanism "
        "refused with 535, the last error raised",
    ),
    Pick(
        "smtplib.SMTPAuthenticationError: (530, b'5.7.0 Must issue a STARTTLS command first')",
        "PLAINTEXT_AUTH_DISABLED",
        why=_PY + "smtplib.SMTP.login() on a plain session (EMAIL_USE_TLS off): the server "
        "refuses AUTH before STARTTLS",
    ),
    Pick(
        "smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.",
        "AUTH_NOT_OFFERED",
        why=_PY + "smtplib.SMTP.login(): the EHLO answer names no AUTH (often: before "
        "STARTTLS), yet a user name is set",
    ),
    Pick(
        "smtplib.SMTPSenderRefused: (553, b'5.7.1 <webmaster@localhost>: Sender address "
        "rejected: not owned by user alice@example.com', 'webmaster@localhost')",
        "SENDER_REFUSED",
        why=_PY + "smtplib.SMTP.sendmail() MAIL FROM: DEFAULT_FROM_EMAIL (Django's default "
        "webmaster@localhost) is not an address the account may send as",
    ),
    Pick(
        "smtplib.SMTPSenderRefused: (450, b'4.7.1 Error: too much mail from 203.0.113.10', "
        "'webmaster@localhost')",
        "RATE_LIMITED",
        why=_PY + "smtplib.SMTP.sendmail() MAIL FROM deferred: the per-client sending limit",
    ),
    Pick(
        "smtplib.SMTPRecipientsRefused: {'bob@example.org': (554, b'5.7.1 <bob@example.org>: "
        "Relay access denied')}",
        "RELAY_REFUSED",
        why=_PY + "smtplib.SMTP.sendmail(): the only RCPT TO refused, relaying without login",
    ),
    Pick(
        "smtplib.SMTPRecipientsRefused: {'bob@example.org': (550, b'5.1.1 <bob@example.org>: "
        "Recipient address rejected: User unknown in virtual mailbox table')}",
        "RECIPIENT_UNKNOWN",
        why=_PY + "smtplib.SMTP.sendmail(): the user's e-mail address does not exist",
    ),
    Pick(
        "smtplib.SMTPDataError: (552, b'5.3.4 Message size exceeds fixed limit')",
        "SIZE_LIMIT",
        why=_PY + "smtplib.SMTP.sendmail() after DATA: the message is over the size limit",
    ),
    Pick(
        "smtplib.SMTPServerDisconnected: Connection unexpectedly closed",
        "CONNECTION_CLOSED",
        why=_PY + "smtplib.SMTP.getreply(): readline() returned nothing, the server hung up",
    ),
    Pick(
        f"smtplib.SMTPConnectError: (421, b'4.7.0 {HOST} Error: too many connections from {IP}')",
        "RATE_LIMITED",
        why=_PY + "smtplib.SMTP.__init__(): the greeting is 421, the connection limit",
    ),
]

# Misago's own texts: (msgctxt, msgid, values for %(name)s)
MISAGO_OWN: list[tuple[str | None, str, dict[str, str]]] = [
    ("auth form", "Login or password is incorrect.", {}),
    (
        "auth form",
        "Your account has to be activated by site administrator before you will be able to "
        "sign in.",
        {},
    ),
    ("resend activation form", "%(user)s, your account is already active.", {"user": "alice"}),
    ("user email validator", "This e-mail address is not available.", {}),
    ("username validator", "This username is not available.", {}),
    ("ban message", "Your IP address is banned.", {}),
    ("error banned page", "You are banned from accessing this page.", {}),
    ("error banned message", "This ban is permanent.", {}),
    ("qacaptcha check", "Entered answer is incorrect.", {}),
    ("avatar api", "Incorrect image.", {}),
    ("api", "Permission denied.", {}),
    ("apiv2", "You have to sign in to access this page.", {}),
    ("anonymous api", "This action is not available to signed in users.", {}),
    ("account activation page", "Activation failed", {}),
    ("account activation page", "Your account can't be activated at this time.", {}),
    ("set new password error page", "Can't set new password.", {}),
    ("forgotten password error page", "Can't change forgotten password.", {}),
    ("credentials changed error page", "Change confirmation link is invalid.", {}),
    ("social auth", "The sign in process has been canceled by user.", {}),
    ("social auth", "Unexpected problem has been encountered during sign in process.", {}),
    (
        "oauth2 error",
        "The OAuth2 provider responded with error for an access token request.",
        {},
    ),
    ("image validator", "Uploaded image is not a square.", {}),
    ("attachments api", "Uploaded image is unsupported or invalid.", {}),
    ("search api", "You don't have permission to search site.", {}),
    (
        "error 404 page",
        "The link you've followed was incorrect or the page has been moved or deleted.",
        {},
    ),
]


def _raiser(pick: Pick) -> str:
    """The stdlib call the pick's `why` names as raising it (smtplib.SMTP.login, ...)."""
    return pick.why.split(" ", 2)[2].split("(")[0].strip()


def misago(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, MISAGO)
    at = f"{MISAGO[0]}@{commit[:12]}"
    assert "\ndjango==5.2.15\n" in git(repo, "show", f"{commit}:requirements.txt")
    assert "FROM python:3.12" in git(repo, "show", f"{commit}:Dockerfile")
    send = _where(repo, commit, "message.send()", ("misago/core/mail.py",))
    entries: list[dict[str, object]] = []
    for pick in MISAGO_MAIL:
        why = (
            "misago/core/mail.py mail_user() (activation, password reset): Django 5.2's SMTP "
            "backend re-raises, the traceback's last line; " + pick.why
        )
        entries.append(
            _entry(
                "Misago",
                f"misago.{len(entries)}",
                Pick(pick.key, pick.code, why=why),
                {"en": pick.key},
                {"en": f"{at}:{send} (then CPython 3.12 {_raiser(pick)})"},
            )
        )
    catalogs = {}
    for lang, folder in MISAGO_LANG.items():
        path = f"misago/locale/{folder}/LC_MESSAGES/django.po"
        raw = git(repo, "show", f"{commit}:{path}").encode()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            catalogs[lang] = (path, read_po(io.BytesIO(raw)))
    for context, msgid, values in MISAGO_OWN:
        message = catalogs["fr"][1].get(msgid, context)
        assert message is not None, msgid
        place = message.locations[0] if message.locations else None
        assert place, msgid
        texts = {"en": msgid % values if values else msgid}
        sources = {"en": f"{at}:misago/{place[0]}:{place[1]}"}
        for lang, (path, catalog) in catalogs.items():
            found = catalog.get(msgid, context)
            if found is None or not found.string or "fuzzy" in found.flags:
                continue
            if found.string == msgid:
                continue
            words = str(found.string)
            texts[lang] = words % values if values else words
            sources[lang] = f"{at}:{path}#{context}|{msgid}"
        pick = Pick(
            msgid,
            None,
            why=f"{place[0]} ({context}): Misago's own sign-in, account, ban, upload or "
            "permission text, no mail setting involved",
        )
        entries.append(_entry("Misago", f"misago.{len(entries)}", pick, texts, sources))
    return entries


ABOUT = (
    "The seventy-third held-out set (tools/extract_seventy_third.py): Planka (plankanban/planka "
    "a8dcd7cef3ee, April 2026): the administration's SMTP test log (server/api/controllers/"
    "config/test-smtp.js: error code, 'Reason: ' + nodemailer's message, Planka's hint) and the "
    "notification mail's log line ('Error sending email: Error: ...'), through nodemailer "
    "8.0.5 (locked in server/package-lock.json, read at its v8.0.5 tag) with Node 22's socket, "
    "resolver and TLS words, en only; its own sign-in, account and upload texts "
    "(client/src/locales/<ll>/login.js, core.js) in eight languages. Misago (rafalp/Misago "
    "c7ffe0b6d373, August 2026): the activation and password-reset mails through Django "
    "5.2.15's SMTP backend, the traceback's last line as CPython 3.12's smtplib, ssl and "
    "socket word it (django/django and python/cpython too big to fetch: their wording not "
    "checked against a mirror), en only; its own texts (misago/locale/<ll>/LC_MESSAGES/"
    "django.po, really translated only in fr, pt_BR and pl). Extracted and labelled blind from "
    "the code; code null: no mail-settings problem or nothing narrowing it. A language "
    "without a translation or with the English one is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, planka, misago)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
