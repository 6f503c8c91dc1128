"""Developer tool: the sixtieth blind held-out set (NetBox's and Saleor's mail errors).

Zulip (zulip/zulip), the second app asked for, is too big to fetch (about 900 MB, the limit
is 500 MB), so the first fallback, Saleor (saleor/saleor), takes its place.

NetBox (netbox-community/netbox, Django 6.0.8 per requirements.txt; pyproject requires Python
>= 3.12 and the install docs target Ubuntu 24.04's python3.12: CPython 3.12 on glibc with
OpenSSL 3): netbox/settings.py maps the EMAIL dict onto Django's SMTP backend (EMAIL_HOST,
EMAIL_PORT 25 by default, EMAIL_USE_TLS, EMAIL_USE_SSL, EMAIL_TIMEOUT 10). NetBox catches no
mail error of its own: docs/configuration/system.md tells the admin to test the settings with
send_mail(..., fail_silently=False) in `manage.py nbshell` (Django's `sendtestemail` does the
same), and the failure ends the traceback with '<module>.<Exception>: <str(e)>', the text given
here (English only: Python's words are not translated). With EMAIL_TIMEOUT set, a dropped
connect is socket's 'timed out' (TimeoutError), and a greeting that never comes (EMAIL_USE_TLS
against the implicit-TLS port 465) is smtplib getreply()'s 'Connection unexpectedly closed:
timed out'. Django 6.0's EmailBackend.ssl_context is ssl.create_default_context(), so
certificates are verified. Its own texts (code null) from netbox/translations/<ll>/LC_MESSAGES/
django.po: de, es, fr, it, ja, nl, pl; its pt catalog is European Portuguese ('Language: pt',
team Portuguese), so no pt-BR.

Saleor (saleor/saleor, Django 5.2.17 and celery 5.6.3 per uv.lock, Python >=3.12,<3.13 on
python:3.12-slim, Debian glibc): the user and admin email plugins' SMTP settings
(saleor/plugins/email_common.py). Saving them runs validate_default_email_configuration(),
which opens Django's EmailBackend (timeout DEFAULT_EMAIL_TIMEOUT = 5) and turns any exception
into the field error 'Unable to connect to email backend. Make sure that you provided correct
values. ' + str(e) (only what open() raises: connect, TLS, login). The mails themselves
(send_email() in Celery tasks such as user_email/tasks.py send_password_reset_email_task) are
not caught: Celery's worker logs 'Task <name>[<id>] raised unexpected: ' + repr(e) (celery/app/
trace.py's LOG_FAILURE with safe_repr of the exception). Saleor ships no backend translation,
so English only; its own account and plugin-form texts (code null) from its GraphQL mutations.

The exception texts are built with the classes themselves (smtplib, ssl, socket and the
builtin OSErrors: their str() and repr() are BaseException's/OSError's/SSLError's, unchanged
since 3.x), filled with CPython 3.12's and glibc's words: strerror() ('Connection refused',
'Network is unreachable', 'No route to host'), gai_strerror() ('Name or service not known',
'Temporary failure in name resolution'), _ssl.c's '[SSL: REASON] reason (_ssl.c:1000)' (the
line number moves between patch releases; 1000 as 3.12 reports the handshake's error) and
Python's own 'Hostname mismatch, certificate is not valid for ...'.

Labelled blind from what raises each text (smtplib.py connect(), getreply(), login(),
starttls(), sendmail(); Django's smtp.py open()), not from mailmedic.

    python -m tools.extract_sixtieth MIRRORS_DIR benchmarks/data/sixtieth_texts.json

MIRRORS_DIR holds `netbox-community+netbox/repo` and `saleor+saleor/repo` as `fetch` leaves
them in /work/.mirror.
"""

from __future__ import annotations

import dataclasses
import smtplib
import socket
import ssl
import sys
from collections.abc import Callable
from pathlib import Path

from tools.extract_fresh_texts import (
    Pick,
    _entry,
    _library,
    _po_catalog,
    _po_translated,
    _where,
    git,
    write_set,
)

NETBOX = ("netbox-community/netbox", "43fe81f9e833228c9869f7ddadb67e6c5f145060")
SALEOR = ("saleor/saleor", "723cd4eba87dfc72822ade45dc08a3caa548428d")
NETBOX_PO = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pl": "pl",
    "ja": "ja",
}
LIB = "python/cpython@3.12:Lib/"
HOST = "smtp.example.com"
SENDER = "noreply@example.net"
RCPT = "bob@example.org"
SSL_LINE = "1000"
GMAIL_ID = "5b1f17b1804b1-45b7e8a1c2dsm1234567f8a.9 - gsmtp"


@dataclasses.dataclass(frozen=True)
class Raised:
    """One exception as smtplib/ssl/socket raise it; open: raised by EmailBackend.open()."""

    make: Callable[[], BaseException]
    code: str | None
    why: str
    open: bool = True

    def exception(self) -> BaseException:
        return self.make()

    def dotted(self) -> str:
        """The traceback's last line: '<module>.<Class>: <str>' (a builtin without module)."""
        exc = self.make()
        kind = type(exc)
        module = "" if kind.__module__ == "builtins" else kind.__module__ + "."
        return f"{module}{kind.__name__}: {exc}"

    def lib(self) -> str:
        exc = self.make()
        if isinstance(exc, ssl.SSLError):
            return "ssl.py"
        if isinstance(exc, smtplib.SMTPException):
            return "smtplib.py"
        return "socket.py"


def _ssl(reason: str, words: str) -> str:
    return f"[SSL: {reason}] {words} (_ssl.c:{SSL_LINE})"


def _verify(words: str) -> ssl.SSLCertVerificationError:
    return ssl.SSLCertVerificationError(
        1, _ssl("CERTIFICATE_VERIFY_FAILED", f"certificate verify failed: {words}")
    )


_OPEN = "django/core/mail/backends/smtp.py EmailBackend.open(): "
_SEND = "django/core/mail/backends/smtp.py _send() -> smtplib.SMTP.sendmail(): "

RAISED: list[Raised] = [
    Raised(
        lambda: ConnectionRefusedError(111, "Connection refused"),
        "PORT_CLOSED",
        _OPEN + "socket.create_connection(): connect(2) ECONNREFUSED, nothing listens on the port",
    ),
    Raised(
        lambda: socket.gaierror(-2, "Name or service not known"),
        "HOST_NOT_FOUND",
        _OPEN + "socket.getaddrinfo() EAI_NONAME: the SMTP host name does not resolve",
    ),
    Raised(
        lambda: socket.gaierror(-3, "Temporary failure in name resolution"),
        "DNS_FAILURE",
        _OPEN + "socket.getaddrinfo() EAI_AGAIN: the resolver did not answer",
    ),
    Raised(
        lambda: TimeoutError("timed out"),
        "PORT_FILTERED",
        _OPEN + "the backend's timeout set on the socket: connect() gets no answer to its SYN "
        "within it, a firewall drops the packets",
    ),
    Raised(
        lambda: OSError(101, "Network is unreachable"),
        "HOST_UNREACHABLE",
        _OPEN + "connect(2) ENETUNREACH: no route to the server",
    ),
    Raised(
        lambda: OSError(113, "No route to host"),
        "HOST_UNREACHABLE",
        _OPEN + "connect(2) EHOSTUNREACH: the host does not answer on the network",
    ),
    Raised(
        lambda: smtplib.SMTPServerDisconnected("Connection unexpectedly closed: timed out"),
        "PLAIN_ON_TLS_PORT",
        _OPEN + "USE_TLS (plain SMTP, then STARTTLS) against port 465: smtplib connect() -> "
        "getreply() waits for a 220 greeting the implicit-TLS port never sends, the read times "
        "out and getreply() re-raises it so",
    ),
    Raised(
        lambda: ssl.SSLError(1, _ssl("WRONG_VERSION_NUMBER", "wrong version number")),
        "TLS_ON_PLAIN_PORT",
        _OPEN + "USE_SSL (smtplib.SMTP_SSL, implicit TLS) against port 587, which speaks plain "
        "SMTP first: OpenSSL reads the 220 greeting as a TLS record",
    ),
    Raised(
        lambda: _verify("self-signed certificate"),
        "CERT_SELF_SIGNED",
        _OPEN + "the TLS handshake (create_default_context() verifies): the server's "
        "certificate signs itself",
    ),
    Raised(
        lambda: _verify("unable to get local issuer certificate"),
        "CERT_UNTRUSTED",
        _OPEN + "the TLS handshake: the chain does not lead to a CA the system trusts",
    ),
    Raised(
        lambda: _verify("certificate has expired"),
        "CERT_EXPIRED",
        _OPEN + "the TLS handshake: the server's certificate is past its notAfter",
    ),
    Raised(
        lambda: _verify(f"Hostname mismatch, certificate is not valid for '{HOST}'."),
        "CERT_HOSTNAME_MISMATCH",
        _OPEN + "check_hostname: the certificate names other hosts than the configured one",
    ),
    Raised(
        lambda: ssl.SSLError(1, _ssl("UNSUPPORTED_PROTOCOL", "unsupported protocol")),
        "TLS_OUTDATED",
        _OPEN + "the TLS handshake: the server offers only TLS 1.0/1.1, below the default "
        "context's TLS 1.2 floor",
    ),
    Raised(
        lambda: smtplib.SMTPNotSupportedError("STARTTLS extension not supported by server."),
        "STARTTLS_NOT_OFFERED",
        _OPEN + "USE_TLS: smtplib starttls() finds no STARTTLS in the EHLO reply",
    ),
    Raised(
        lambda: smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server."),
        "AUTH_NOT_OFFERED",
        _OPEN + "a username and password set: smtplib login() finds no AUTH in the EHLO reply",
    ),
    Raised(
        lambda: smtplib.SMTPException("No suitable authentication method found."),
        "AUTH_NOT_OFFERED",
        _OPEN + "smtplib login(): AUTH names none of CRAM-MD5, PLAIN, LOGIN",
    ),
    Raised(
        lambda: smtplib.SMTPAuthenticationError(
            535, b"5.7.8 Error: authentication failed: authentication failure"
        ),
        "AUTH_FAILED",
        _OPEN + "smtplib login(): the server refuses the user and password with 535",
    ),
    Raised(
        lambda: smtplib.SMTPAuthenticationError(
            535,
            b"5.7.3 Authentication unsuccessful [LO4P123CA0456.GBRP123.PROD.OUTLOOK.COM "
            b"2026-08-20T09:10:11.123Z 08DDA1B2C3D4E5F6]",
        ),
        "AUTH_FAILED",
        _OPEN + "smtplib login(): Microsoft 365's 535 5.7.3, the user or password is wrong",
    ),
    Raised(
        lambda: smtplib.SMTPAuthenticationError(
            534,
            b"5.7.9 Application-specific password required. Learn more at\n5.7.9  "
            b"https://support.google.com/mail/?p=InvalidSecondFactor " + GMAIL_ID.encode(),
        ),
        "APP_PASSWORD_REQUIRED",
        _OPEN + "smtplib login(): Gmail's 534 5.7.9, two-step verification is on and the "
        "account password was given instead of an app password",
    ),
    Raised(
        lambda: smtplib.SMTPAuthenticationError(
            530,
            b"5.7.0 Must issue a STARTTLS command first",
        ),
        "PLAINTEXT_AUTH_DISABLED",
        _OPEN + "neither USE_TLS nor USE_SSL, a username set: login() on the plain connection "
        "is refused until STARTTLS",
    ),
    Raised(
        lambda: smtplib.SMTPConnectError(
            421, f"4.7.0 {HOST} Error: too many connections from 203.0.113.10".encode()
        ),
        "RATE_LIMITED",
        _OPEN + "smtplib SMTP.__init__(): the greeting is not 220 but a 421 naming the "
        "connection limit",
    ),
    Raised(
        lambda: smtplib.SMTPConnectError(
            554,
            b"5.7.1 Service unavailable; Client host [203.0.113.10] blocked using zen.spamhaus.org",
        ),
        "REJECTED_AS_SPAM",
        _OPEN + "smtplib SMTP.__init__(): the greeting refuses the sending host's IP, on a "
        "block list",
    ),
    Raised(
        lambda: smtplib.SMTPServerDisconnected("Connection unexpectedly closed"),
        "CONNECTION_CLOSED",
        _OPEN + "smtplib getreply(): the server closed the connection without a reply",
    ),
    Raised(
        lambda: smtplib.SMTPSenderRefused(
            553,
            f"5.7.1 <{SENDER}>: Sender address rejected: not owned by user "
            "alice@example.com".encode(),
            SENDER,
        ),
        "SENDER_REFUSED",
        _SEND + "MAIL FROM: the sender address is not one the account may send as",
        open=False,
    ),
    Raised(
        lambda: smtplib.SMTPSenderRefused(
            421,
            f"4.7.0 Try again later, closing connection. (MAIL) {GMAIL_ID}".encode(),
            SENDER,
        ),
        "RATE_LIMITED",
        _SEND + "MAIL FROM answered 421 4.7.0 'try again later': a throttle",
        open=False,
    ),
    Raised(
        lambda: smtplib.SMTPRecipientsRefused(
            {RCPT: (554, f"5.7.1 <{RCPT}>: Relay access denied".encode())}
        ),
        "RELAY_REFUSED",
        _SEND + "RCPT TO another domain refused: the session is not authenticated",
        open=False,
    ),
    Raised(
        lambda: smtplib.SMTPRecipientsRefused(
            {
                RCPT: (
                    550,
                    f"5.1.1 <{RCPT}>: Recipient address rejected: User unknown in virtual "
                    "mailbox table".encode(),
                )
            }
        ),
        "RECIPIENT_UNKNOWN",
        _SEND + "RCPT TO refused with 550 5.1.1: the address does not exist",
        open=False,
    ),
    Raised(
        lambda: smtplib.SMTPRecipientsRefused(
            {
                RCPT: (
                    452,
                    b"4.2.2 The email account that you tried to reach is over quota. "
                    + GMAIL_ID.encode(),
                )
            }
        ),
        "RECIPIENT_MAILBOX_FULL",
        _SEND + "RCPT TO answered 452 4.2.2: the recipient's mailbox is full",
        open=False,
    ),
    Raised(
        lambda: smtplib.SMTPDataError(552, b"5.3.4 Message size exceeds fixed limit"),
        "SIZE_LIMIT",
        _SEND + "the end of DATA: the message is over the server's size limit",
        open=False,
    ),
    Raised(
        lambda: smtplib.SMTPDataError(
            550,
            b"5.4.5 Daily user sending limit exceeded. For more information on Gmail sending "
            b"limits go to\n5.4.5  https://support.google.com/a/answer/166852 " + GMAIL_ID.encode(),
        ),
        "RATE_LIMITED",
        _SEND + "the end of DATA: Gmail's daily sending limit",
        open=False,
    ),
    Raised(
        lambda: smtplib.SMTPDataError(554, b"5.7.1 Message rejected as spam by Content Filtering."),
        "REJECTED_AS_SPAM",
        _SEND + "the end of DATA: the server's content filter refuses the message as spam",
        open=False,
    ),
]


# NetBox's own texts (netbox/translations/<ll>/LC_MESSAGES/django.po msgids the code shows).
NETBOX_OWN = [
    "Logged in as {user}.",
    "You have logged out.",
    "Your password has been changed successfully.",
    "LDAP-authenticated user credentials cannot be changed within NetBox.",
    "You do not have permission to access this page",
    "No permission to view this content",
    "You do not have permission to run scripts",
    "This user does not have permission to run this script.",
    "This token does not permit write operations (running a script).",
    "This user does not have permission to synchronize this data source.",
    "Unable to verify permission to create tokens.",
    "This user does not have permission to create tokens for other users.",
    "Passwords do not match! Please check your input and try again.",
    "Password must have at least one numeral.",
    "Password must have at least one uppercase letter.",
    "Password must have at least one lowercase letter.",
    "A user with that username already exists.",
    "Unable to save v2 tokens: API_TOKEN_PEPPERS is not defined.",
    "Insufficient write permission to the media root",
    "Cannot upload a file and sync from an existing file",
    "Plugins catalog could not be loaded",
    "Your preferences have been updated.",
]
NETBOX_FILL = {"{user}": "alice"}

# Saleor's own texts (its GraphQL mutations' and the email plugin form's errors), English.
SALEOR_OWN = [
    "Please, enter valid credentials",
    "Account needs to be confirmed via email.",
    "Account inactive.",
    "Password-based login is disabled.",
    "Invalid or expired token.",
    "Old password isn't valid.",
    "Password isn't valid.",
    "User with this Email already exists.",
    "Email is used by other user.",
    "User is already confirmed",
    "Confirmation email already requested",
    "Signature has expired",
    "Incorrect refreshToken",
    "Invalid csrf token",
    "Cannot deactivate your own account.",
    "Cannot delete a staff account.",
    "You can't manage group with channels out of your scope.",
    "Use TLS and Use SSL are mutually exclusive, so only set one of those settings to True.",
    "Missing host value.",
    "Invalid email",
]
_SALEOR_FORM = {
    "Use TLS and Use SSL are mutually exclusive, so only set one of those settings to True.": (
        "saleor/plugins/email_common.py validate_default_email_configuration(): both boxes "
        "ticked, a form check before any connection; no server was asked"
    ),
    "Missing host value.": (
        "saleor/plugins/email_common.py: f'Missing {field} value.' for an empty required "
        "field, a form check before any connection"
    ),
    "Invalid email": (
        "saleor/plugins/email_common.py: Django's EmailValidator on the sender address, a "
        "form check"
    ),
}


def netbox(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, NETBOX)
    at = f"{NETBOX[0]}@{commit[:12]}"
    assert "Django==6.0.8" in git(repo, "show", f"{commit}:requirements.txt")
    assert "Ubuntu 24.04" in git(repo, "show", f"{commit}:docs/installation/index.md")
    timeout = _where(repo, commit, "EMAIL_TIMEOUT = EMAIL.get('TIMEOUT', 10)", ("netbox/netbox",))
    docs = _where(repo, commit, ">>> send_mail(", ("docs/configuration/system.md",))
    entries: list[dict[str, object]] = []
    for item in RAISED:
        text = item.dotted()
        why = (
            "docs/configuration/system.md: the admin tests the EMAIL settings with send_mail("
            "fail_silently=False) in nbshell (or Django's sendtestemail); Django 6.0's SMTP "
            "backend, EMAIL_TIMEOUT 10, nothing caught, the traceback ends '<module>."
            "<Exception>: <str>'; " + item.why
        )
        source = f"{at}:{docs} (settings {timeout}; then {LIB}{item.lib()})"
        pick = Pick(text, item.code, why=why)
        entries.append(
            _entry("NetBox", f"netbox.{len(entries)}", pick, {"en": text}, {"en": source})
        )
    po = "netbox/translations/{}/LC_MESSAGES/django.po"
    catalogs = {lang: _po_catalog(repo, commit, po.format(d)) for lang, d in NETBOX_PO.items()}
    english = _po_catalog(repo, commit, po.format("en"))
    for msgid in NETBOX_OWN:
        assert english.get(msgid) is not None, msgid
        where = _where(repo, commit, msgid, ("netbox/*.py", "netbox/*.html"))
        pick = Pick(
            msgid,
            None,
            why=f"{where.split(':')[0]}: NetBox's own message (its sign-in, passwords, "
            "permissions, tokens, files), no mail setting involved",
        )

        def fill(words: str) -> str:
            for name, value in NETBOX_FILL.items():
                words = words.replace(name, value)
            return words

        texts, sources = {"en": fill(msgid)}, {"en": f"{at}:{where}"}
        for lang, folder in NETBOX_PO.items():
            words = _po_translated(catalogs[lang], msgid)
            if words:
                texts[lang] = fill(words)
                sources[lang] = f"{at}:{po.format(folder)}#{msgid}"
        entries.append(_entry("NetBox", f"netbox.{len(entries)}", pick, texts, sources))
    return entries


def saleor(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, SALEOR)
    at = f"{SALEOR[0]}@{commit[:12]}"
    lock = git(repo, "show", f"{commit}:uv.lock")
    assert 'name = "django"\nversion = "5.2.17"' in lock
    assert 'name = "celery"\nversion = "5.6.3"' in lock
    assert "FROM python:3.12-slim" in git(repo, "show", f"{commit}:Dockerfile")
    common = "saleor/plugins/email_common.py"
    assert "DEFAULT_EMAIL_TIMEOUT = 5" in git(repo, "show", f"{commit}:{common}")
    check = _where(repo, commit, 'f"Unable to connect to email backend. Make sure', (common,))
    task = _where(repo, commit, "def send_password_reset_email_task", ("saleor/plugins",))
    entries: list[dict[str, object]] = []
    for item in RAISED:
        if not item.open:
            continue
        text = (
            "Unable to connect to email backend. Make sure that you provided correct values. "
            f"{item.exception()}"
        )
        why = (
            f"{common} validate_default_email_configuration(): saving the email plugin's SMTP "
            "settings opens Django 5.2's EmailBackend (timeout 5), any exception becomes the "
            "field error + str(e); " + item.why
        )
        source = f"{at}:{check} (then {LIB}{item.lib()})"
        pick = Pick(text, item.code, why=why)
        entries.append(
            _entry("Saleor", f"saleor.{len(entries)}", pick, {"en": text}, {"en": source})
        )
    task_id = "3f2c9a7e-1b4d-4e8a-9c6f-2d7b8e1a0c55"
    for item in RAISED:
        text = (
            "Task saleor.plugins.user_email.tasks.send_password_reset_email_task"
            f"[{task_id}] raised unexpected: {item.exception()!r}"
        )
        why = (
            "saleor/plugins/user_email/tasks.py send_password_reset_email_task() -> "
            f"{common} send_email() -> Django's send_mail(); uncaught in the Celery task, the "
            "worker logs celery/app/trace.py's 'Task %(name)s[%(id)s] raised unexpected: "
            "%(exc)s' with the exception's repr; " + item.why
        )
        source = f"{at}:{task} (then {LIB}{item.lib()})"
        pick = Pick(text, item.code, why=why)
        entries.append(
            _entry("Saleor", f"saleor.{len(entries)}", pick, {"en": text}, {"en": source})
        )
    for text in SALEOR_OWN:
        literal = text if text not in _SALEOR_FORM else text.split(",")[0]
        if text == "Missing host value.":
            literal = "f\"Missing {field.replace('_', ' ')} value.\""
        paths = ("saleor/plugins",) if text in _SALEOR_FORM else ("saleor/graphql",)
        where = _where(repo, commit, literal, (*paths, ":!*tests*"))
        why = _SALEOR_FORM.get(text) or (
            f"{where.split(':')[0]}: Saleor's own error (its sign-in, tokens, accounts, staff "
            "permissions), no mail setting involved"
        )
        pick = Pick(text, None, why=why)
        entries.append(
            _entry("Saleor", f"saleor.{len(entries)}", pick, {"en": text}, {"en": f"{at}:{where}"})
        )
    return entries


ABOUT = (
    "The sixtieth held-out set (tools/extract_sixtieth.py). Zulip is too big to fetch (about "
    "900 MB), so Saleor (saleor/saleor, August 2026) replaces it. NetBox (netbox-community/"
    "netbox, August 2026; Django 6.0, CPython 3.12 on Ubuntu 24.04/glibc): no mail error of "
    "its own, the admin's send_mail() test in nbshell (docs/configuration/system.md) ends the "
    "traceback with '<module>.<Exception>: <str>' in smtplib/ssl/socket's words (EMAIL_TIMEOUT "
    "10), en only; its own texts (netbox/translations, pt is European so no pt-BR). Saleor "
    "(Django 5.2, CPython 3.12 on Debian): the email plugins' settings check 'Unable to "
    "connect to email backend. Make sure that you provided correct values. ' + str(e), and "
    "the Celery worker's 'Task ...[id] raised unexpected: ' + repr(e) for a failed mail, en "
    "only; its own account and plugin-form errors, en only (no backend catalog). Extracted "
    "and labelled blind from the code; code null: no mail-settings problem or nothing "
    "narrowing it. A language without a translation or with the English one is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, netbox, saleor)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
