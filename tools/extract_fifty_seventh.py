"""Developer tool: the fifty-seventh blind held-out set (Tandoor Recipes' and Taiga's mail errors).

Seafile's seahub (haiwen/seahub), the first app asked for, is too big to fetch (about 913 MB),
so the first fallback, Taiga's back end (kaleidos-ventures/taiga-back), takes its place.

Tandoor Recipes (TandoorRecipes/recipes, Django 5.2.15 per requirements.txt, the image
python:3.13-alpine3.23 per Dockerfile: CPython 3.13 on musl libc with OpenSSL 3): its mail goes
through Django's SMTP backend (recipes/settings.py EMAIL_HOST, EMAIL_PORT, EMAIL_USE_TLS,
EMAIL_USE_SSL, no EMAIL_TIMEOUT). Two places show the exception: allauth's mails (sign-up
confirmation, password reset) in cookbook/helper/AllAuthCustomAdapter.py send_mail() log
'Failed to send {template_prefix} email to {email}: {type(e).__name__}: {e}', and the invite
link's mail in cookbook/serializer.py prints 'Failed to send invite email to {obj.email}:
{type(e).__name__}: {e}' (both English only). The exception texts are CPython 3.13's smtplib,
ssl and socket ones: _ssl.c's '[SSL: REASON] reason (_ssl.c:1018)' (the line number 3.13's
do_handshake error reports), Python's own 'Hostname mismatch, certificate is not valid for
...' wording, musl's strerror() and gai_strerror() words ('Name does not resolve', 'Try again',
'Operation timed out', 'Network unreachable', 'Host is unreachable'). Django 5.2's
EmailBackend.ssl_context is ssl.create_default_context(), so certificates are verified. Its own
texts (code null) from cookbook/locale/<ll>/LC_MESSAGES/django.po; the anti-spam message of
AllAuthCustomAdapter.py uses Python's gettext (no catalog), so English only.

Taiga (kaleidos-ventures/taiga-back, Django 3.2.19 per requirements.txt, python:3.11-slim per
docker/Dockerfile: CPython 3.11 on Debian glibc): docker/config.py takes EMAIL_BACKEND from the
environment (Django's SMTP backend in a real install) and sets EMAIL_HOST_USER 'user' and
EMAIL_HOST_PASSWORD 'password' by default, so login() is always tried. The mails
(taiga/base/mails.py, djmail's MagicMailBuilder, e.g. taiga/users/api.py password_recovery())
are sent in the request; an SMTP failure is not caught, so Django logs 'Internal Server Error'
with the traceback, whose last line is '<module>.<Exception>: <str(e)>', the text given here
(English only). Django 3.2 passes keyfile/certfile, not a context, to smtplib, whose
ssl._create_stdlib_context() does not verify certificates: no certificate errors for Taiga.
The ssl line number '(_ssl.c:1000)' is the one Debian's Python 3.11 reports. Its own texts
(code null) from taiga/locale/<ll>/LC_MESSAGES/django.po.

Labelled blind from what raises each text (smtplib.py connect(), login(), starttls(),
sendmail(), Django's smtp.py open()), not from mailmedic.

    python -m tools.extract_fifty_seventh MIRRORS_DIR benchmarks/data/fifty_seventh_texts.json

MIRRORS_DIR holds `TandoorRecipes+recipes/repo` and `kaleidos-ventures+taiga-back/repo` as
`fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import dataclasses
import sys
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

TANDOOR = ("TandoorRecipes/recipes", "d206eddbd32bd3c40feff70ad780b0f91f325eaa")
TAIGA = ("kaleidos-ventures/taiga-back", "b6eac2c503eaa955e5d81bc29b2e8a988b7cb36b")
PO_DIR = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pt-BR": "pt_BR",
    "pl": "pl",
    "ja": "ja",
}
CPYTHON = "python/cpython@{}:Lib/"
HOST = "smtp.example.com"
SENDER = "noreply@example.net"
RCPT = "bob@example.org"


@dataclasses.dataclass(frozen=True)
class Raised:
    """One exception as smtplib/ssl/socket raise it: its class, its module, str(e)."""

    name: str
    module: str  # "" for a builtin
    text: str
    code: str | None
    why: str
    cert: bool = False  # only where the certificate is verified (Tandoor)


def _ssl(reason: str, words: str, line: str) -> str:
    return f"[SSL: {reason}] {words} (_ssl.c:{line})"


def _verify(words: str, line: str) -> str:
    return _ssl("CERTIFICATE_VERIFY_FAILED", f"certificate verify failed: {words}", line)


_OPEN = "django/core/mail/backends/smtp.py EmailBackend.open(): "
_SEND = "django/core/mail/backends/smtp.py _send() -> smtplib.SMTP.sendmail(): "


def raised(musl: bool, ssl_line: str) -> list[Raised]:
    """The reasons an SMTP send can fail with, worded as the app's Python and libc word them."""
    refused = "Connection refused"
    noname = "Name does not resolve" if musl else "Name or service not known"
    again = "Try again" if musl else "Temporary failure in name resolution"
    timed = "Operation timed out" if musl else "Connection timed out"
    netun = "Network unreachable" if musl else "Network is unreachable"
    hostun = "Host is unreachable" if musl else "No route to host"
    return [
        Raised(
            "ConnectionRefusedError",
            "",
            f"[Errno 111] {refused}",
            "PORT_CLOSED",
            _OPEN + "socket.create_connection(): connect(2) ECONNREFUSED, nothing listens on "
            "EMAIL_PORT",
        ),
        Raised(
            "gaierror",
            "socket",
            f"[Errno -2] {noname}",
            "HOST_NOT_FOUND",
            _OPEN + "socket.getaddrinfo() EAI_NONAME: EMAIL_HOST does not resolve",
        ),
        Raised(
            "gaierror",
            "socket",
            f"[Errno -3] {again}",
            "DNS_FAILURE",
            _OPEN + "socket.getaddrinfo() EAI_AGAIN: the resolver did not answer",
        ),
        Raised(
            "TimeoutError",
            "",
            f"[Errno 110] {timed}",
            "PORT_FILTERED",
            _OPEN + "no EMAIL_TIMEOUT, so connect(2) waits for the kernel's SYN retries: "
            "ETIMEDOUT, nothing answers, a firewall drops the packets",
        ),
        Raised(
            "OSError",
            "",
            f"[Errno 101] {netun}",
            "HOST_UNREACHABLE",
            _OPEN + "connect(2) ENETUNREACH: no route to the server",
        ),
        Raised(
            "OSError",
            "",
            f"[Errno 113] {hostun}",
            "HOST_UNREACHABLE",
            _OPEN + "connect(2) EHOSTUNREACH: the host does not answer on the network",
        ),
        Raised(
            "SSLError",
            "ssl",
            _ssl("WRONG_VERSION_NUMBER", "wrong version number", ssl_line),
            "TLS_ON_PLAIN_PORT",
            _OPEN + "EMAIL_USE_SSL (smtplib.SMTP_SSL, implicit TLS) against port 587, which "
            "speaks plain SMTP first: OpenSSL reads the 220 greeting as a TLS record",
        ),
        Raised(
            "SSLCertVerificationError",
            "ssl",
            _verify("self-signed certificate", ssl_line),
            "CERT_SELF_SIGNED",
            _OPEN + "the TLS handshake: the server's certificate signs itself",
            cert=True,
        ),
        Raised(
            "SSLCertVerificationError",
            "ssl",
            _verify("unable to get local issuer certificate", ssl_line),
            "CERT_UNTRUSTED",
            _OPEN + "the TLS handshake: the chain does not lead to a CA the system trusts",
            cert=True,
        ),
        Raised(
            "SSLCertVerificationError",
            "ssl",
            _verify("certificate has expired", ssl_line),
            "CERT_EXPIRED",
            _OPEN + "the TLS handshake: the server's certificate is past its notAfter",
            cert=True,
        ),
        Raised(
            "SSLCertVerificationError",
            "ssl",
            _verify(f"Hostname mismatch, certificate is not valid for '{HOST}'.", ssl_line),
            "CERT_HOSTNAME_MISMATCH",
            _OPEN + "check_hostname: the certificate names other hosts than EMAIL_HOST",
            cert=True,
        ),
        Raised(
            "SMTPNotSupportedError",
            "smtplib",
            "STARTTLS extension not supported by server.",
            "STARTTLS_NOT_OFFERED",
            _OPEN + "EMAIL_USE_TLS: smtplib starttls() finds no STARTTLS in the EHLO reply",
        ),
        Raised(
            "SMTPNotSupportedError",
            "smtplib",
            "SMTP AUTH extension not supported by server.",
            "AUTH_NOT_OFFERED",
            _OPEN + "a user and password set: smtplib login() finds no AUTH in the EHLO reply",
        ),
        Raised(
            "SMTPException",
            "smtplib",
            "No suitable authentication method found.",
            "AUTH_NOT_OFFERED",
            _OPEN + "smtplib login(): AUTH names none of CRAM-MD5, PLAIN, LOGIN",
        ),
        Raised(
            "SMTPAuthenticationError",
            "smtplib",
            "(535, b'5.7.8 Error: authentication failed: authentication failure')",
            "AUTH_FAILED",
            _OPEN + "smtplib login(): the server refuses the user and password with 535",
        ),
        Raised(
            "SMTPAuthenticationError",
            "smtplib",
            "(535, b'5.7.8 Username and Password not accepted. For more information, go to\\n"
            "5.7.8  https://support.google.com/mail/?p=BadCredentials "
            "d2e1a72fcca58-71e5a1b2c3dsm1234567b3a.12 - gsmtp')",
            "AUTH_FAILED",
            _OPEN + "smtplib login(): Gmail's 535 5.7.8 BadCredentials",
        ),
        Raised(
            "SMTPAuthenticationError",
            "smtplib",
            "(534, b'5.7.9 Application-specific password required. Learn more at\\n"
            "5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
            "d2e1a72fcca58-71e5a1b2c3dsm1234567b3a.12 - gsmtp')",
            "APP_PASSWORD_REQUIRED",
            _OPEN + "smtplib login(): Gmail's 534 5.7.9, two-step verification is on and the "
            "account password was given instead of an app password",
        ),
        Raised(
            "SMTPAuthenticationError",
            "smtplib",
            "(535, b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled "
            "for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
            "[AM0PR01CA0123.eurprd01.prod.exchangelabs.com 2026-05-12T10:11:12.345Z "
            "08DC6A1B2C3D4E5F]')",
            "PROTOCOL_DISABLED",
            _OPEN + "smtplib login(): Microsoft 365 refuses SMTP AUTH, switched off for the "
            "tenant by its administrator",
        ),
        Raised(
            "SMTPSenderRefused",
            "smtplib",
            f"(530, b'5.7.0 Must issue a STARTTLS command first.', '{SENDER}')",
            "ENCRYPTION_NOT_USED",
            _SEND + "no EMAIL_USE_TLS (and no user, so no login() first): MAIL FROM is "
            "refused until STARTTLS",
        ),
        Raised(
            "SMTPSenderRefused",
            "smtplib",
            f"(553, b'5.7.1 <{SENDER}>: Sender address rejected: not owned by user "
            f"alice@example.com', '{SENDER}')",
            "SENDER_REFUSED",
            _SEND + "MAIL FROM: DEFAULT_FROM_EMAIL is not an address the account may send as",
        ),
        Raised(
            "SMTPSenderRefused",
            "smtplib",
            "(421, b'4.7.0 Try again later, closing connection. (MAIL) "
            f"d2e1a72fcca58-71e5a1b2c3dsm1234567b3a.12 - gsmtp', '{SENDER}')",
            "RATE_LIMITED",
            _SEND + "MAIL FROM answered 421 4.7.0 'try again later': a throttle",
        ),
        Raised(
            "SMTPRecipientsRefused",
            "smtplib",
            f"{{'{RCPT}': (554, b'5.7.1 <{RCPT}>: Relay access denied')}}",
            "RELAY_REFUSED",
            _SEND + "RCPT TO another domain refused: the session is not authenticated",
        ),
        Raised(
            "SMTPRecipientsRefused",
            "smtplib",
            f"{{'{RCPT}': (550, b'5.1.1 <{RCPT}>: Recipient address rejected: User unknown in "
            "virtual mailbox table')}",
            "RECIPIENT_UNKNOWN",
            _SEND + "RCPT TO refused with 550 5.1.1: the address does not exist",
        ),
        Raised(
            "SMTPRecipientsRefused",
            "smtplib",
            f"{{'{RCPT}': (452, b'4.2.2 The email account that you tried to reach is over "
            "quota. d2e1a72fcca58-71e5a1b2c3dsm1234567b3a.12 - gsmtp')}",
            "RECIPIENT_MAILBOX_FULL",
            _SEND + "RCPT TO answered 452 4.2.2: the recipient's mailbox is full",
        ),
        Raised(
            "SMTPDataError",
            "smtplib",
            "(552, b'5.3.4 Message size exceeds fixed limit')",
            "SIZE_LIMIT",
            _SEND + "the end of DATA: the message is over the server's size limit",
        ),
        Raised(
            "SMTPDataError",
            "smtplib",
            "(550, b'5.4.5 Daily user sending limit exceeded. For more information on Gmail "
            "sending limits go to\\n5.4.5  https://support.google.com/a/answer/166852 "
            "d2e1a72fcca58-71e5a1b2c3dsm1234567b3a.12 - gsmtp')",
            "RATE_LIMITED",
            _SEND + "the end of DATA: Gmail's daily sending limit",
        ),
        Raised(
            "SMTPConnectError",
            "smtplib",
            f"(421, b'4.7.0 {HOST} Error: too many connections from 203.0.113.10')",
            "RATE_LIMITED",
            _OPEN + "smtplib SMTP.__init__(): the greeting is not 220 but a 421 naming the "
            "connection limit",
        ),
        Raised(
            "SMTPConnectError",
            "smtplib",
            "(554, b'5.7.1 Service unavailable; Client host [203.0.113.10] blocked using "
            "zen.spamhaus.org')",
            "REJECTED_AS_SPAM",
            _OPEN + "smtplib SMTP.__init__(): the greeting refuses the sending host's IP, on "
            "a block list",
        ),
        Raised(
            "SMTPServerDisconnected",
            "smtplib",
            "Connection unexpectedly closed",
            "CONNECTION_CLOSED",
            _OPEN + "smtplib getreply(): the server closed the connection without a reply",
        ),
    ]


# Tandoor's own texts (cookbook/locale/<ll>/LC_MESSAGES/django.po msgids the code shows).
TANDOOR_OWN = [
    "Maximum number of users for this space reached.",
    "Email address already taken!",
    "You do not have the required permissions to view this page!",
    "You have reached the maximum number of recipes for your space.",
    "File uploads are not enabled for this Space.",
    "The given file type is not allowed.",
    "Space Name must be unique.",
    "Password reset is disabled on this instance.",
    "We are sorry, but the sign up is currently closed.",
    "Bad Token",
    "Passwords dont match!",
    "File is above space limit",
    "Your password is now changed.",
    "Lost your password?",
    "Are you sure you want to sign out?",
]
# Taiga's own texts (taiga/locale/<ll>/LC_MESSAGES/django.po msgids the code shows).
TAIGA_OWN = [
    "No active account found with the given credentials",
    "Invalid username or email",
    "Invalid current password",
    "Username or password does not matches user.",
    "Invalid password length at least 6 characters needed",
    "Token is invalid or expired",
    "User is inactive",
    "Email is already in use.",
    "Username is already in use.",
    "You email domain is not allowed",
    "Incorrect authentication credentials.",
    "You do not have permission to perform this action.",
    "Invalid or expired auth token",
    "Unable to verify this email address",
    "Mail sent successfully!",
    "Duplicated email",
]


def _own(
    app: str,
    slug: str,
    start: int,
    repo: Path,
    commit: str,
    at: str,
    po: str,
    code_paths: tuple[str, ...],
    msgids: list[str],
    what: str,
) -> list[dict[str, object]]:
    catalogs = {lang: _po_catalog(repo, commit, po.format(d)) for lang, d in PO_DIR.items()}
    entries = []
    for index, msgid in enumerate(msgids, start):
        where = _where(repo, commit, msgid, code_paths)
        pick = Pick(msgid, None, why=f"{where.split(':')[0]}: {what}, no mail setting involved")
        texts, sources = {"en": msgid}, {"en": f"{at}:{where}"}
        for lang, folder in PO_DIR.items():
            words = _po_translated(catalogs[lang], msgid)
            if words:
                texts[lang] = words
                sources[lang] = f"{at}:{po.format(folder)}#{msgid}"
        entries.append(_entry(app, f"{slug}.{index}", pick, texts, sources))
    return entries


def tandoor(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, TANDOOR)
    at = f"{TANDOOR[0]}@{commit[:12]}"
    assert "FROM python:3.13-alpine" in git(repo, "show", f"{commit}:Dockerfile")
    assert "Django==5.2.15" in git(repo, "show", f"{commit}:requirements.txt")
    adapter = "cookbook/helper/AllAuthCustomAdapter.py"
    log = _where(repo, commit, 'logger.error(f"Failed to send {template_prefix} email', (adapter,))
    invite = _where(repo, commit, 'print(f"Failed to send invite email to', ("cookbook",))
    lib = CPYTHON.format("3.13")
    reasons = raised(musl=True, ssl_line="1018")
    entries: list[dict[str, object]] = []
    for item in reasons:
        text = (
            "Failed to send account/email/password_reset_key email to alice@example.com: "
            f"{item.name}: {item.text}"
        )
        why = (
            f"{adapter} send_mail(): allauth's password reset mail through Django 5.2's SMTP "
            "backend, any exception logged with its class name and str(); " + item.why
        )
        source = f"{at}:{log} (then {lib}{'ssl.py' if 'SSL' in item.name else 'smtplib.py'})"
        pick = Pick(text, item.code, why=why)
        entries.append(
            _entry("Tandoor Recipes", f"tandoor.{len(entries)}", pick, {"en": text}, {"en": source})
        )
    # the invite: the connection failures and a refused password, as the serializer prints them
    for item in reasons[:6] + [r for r in reasons if r.text.startswith("(535, b'5.7.8 Error")]:
        text = f"Failed to send invite email to {RCPT}: {item.name}: {item.text}"
        why = (
            "cookbook/serializer.py InviteLinkSerializer create(): the invite mail's "
            "send_mail(fail_silently=False); SMTPException, BadHeaderError, TimeoutError and "
            "OSError printed with class name and str(); " + item.why
        )
        pick = Pick(text, item.code, why=why)
        source = f"{at}:{invite} (then {lib}smtplib.py)"
        entries.append(
            _entry("Tandoor Recipes", f"tandoor.{len(entries)}", pick, {"en": text}, {"en": source})
        )
    spam = (
        "In order to prevent spam, the requested email was not send. Please wait a few minutes "
        "and try again."
    )
    where = _where(repo, commit, spam, (adapter,))
    pick = Pick(
        spam,
        None,
        why=f"{adapter} send_mail(): Tandoor's own cache allows one mail per address in 6 "
        "minutes (Python's gettext, no catalog: English only); no server was asked",
    )
    entries.append(
        _entry(
            "Tandoor Recipes",
            f"tandoor.{len(entries)}",
            pick,
            {"en": spam},
            {"en": f"{at}:{where}"},
        )
    )
    entries += _own(
        "Tandoor Recipes",
        "tandoor",
        len(entries),
        repo,
        commit,
        at,
        "cookbook/locale/{}/LC_MESSAGES/django.po",
        ("cookbook/*.py", "cookbook/*.html"),
        TANDOOR_OWN,
        "Tandoor's own message (its accounts, spaces, sign-in, files)",
    )
    return entries


def taiga(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, TAIGA)
    at = f"{TAIGA[0]}@{commit[:12]}"
    assert "FROM python:3.11-slim" in git(repo, "show", f"{commit}:docker/Dockerfile")
    assert "django==3.2.19" in git(repo, "show", f"{commit}:requirements.txt")
    send = _where(repo, commit, "mail_builder.password_recovery(user", ("taiga/users/api.py",))
    lib = CPYTHON.format("3.11")
    entries: list[dict[str, object]] = []
    for item in raised(musl=False, ssl_line="1000"):
        if item.cert:
            continue  # Django 3.2 + smtplib's stdlib context: certificates are not verified
        name = f"{item.module}.{item.name}" if item.module else item.name
        text = f"{name}: {item.text}"
        why = (
            "taiga/users/api.py password_recovery() (and the other djmail mails): Django 3.2's "
            "SMTP backend in the request, the exception uncaught, Django's 'Internal Server "
            "Error' log ends with the traceback's last line; " + item.why
        )
        source = f"{at}:{send} (then {lib}{'ssl.py' if 'SSL' in item.name else 'smtplib.py'})"
        pick = Pick(text, item.code, why=why)
        entries.append(_entry("Taiga", f"taiga.{len(entries)}", pick, {"en": text}, {"en": source}))
    entries += _own(
        "Taiga",
        "taiga",
        len(entries),
        repo,
        commit,
        at,
        "taiga/locale/{}/LC_MESSAGES/django.po",
        ("taiga/*.py", "taiga/*.jinja", ":!taiga/importers/management"),
        TAIGA_OWN,
        "Taiga's own message (its sign-in, tokens, accounts, permissions)",
    )
    return entries


ABOUT = (
    "The fifty-seventh held-out set (tools/extract_fifty_seventh.py). Seafile's seahub is too "
    "big to fetch (about 913 MB), so Taiga's back end (kaleidos-ventures/taiga-back, March "
    "2024) replaces it. Tandoor Recipes (TandoorRecipes/recipes, July 2026; Django 5.2, "
    "CPython 3.13 on Alpine/musl): allauth's mails log 'Failed to send <template> email to "
    "<address>: <Exception>: <str>' and the invite mail prints 'Failed to send invite email to "
    "...', with smtplib/ssl/socket texts as CPython 3.13 and musl word them, en only; its own "
    "texts (cookbook/locale). Taiga (Django 3.2, CPython 3.11 on Debian): an uncaught SMTP "
    "failure ends Django's 'Internal Server Error' traceback with '<module>.<Exception>: "
    "<str>', en only (no certificate errors: smtplib's unverified stdlib context); its own "
    "texts (taiga/locale). Extracted and labelled blind from the code; code null: no "
    "mail-settings problem or nothing narrowing it. A language without a translation or with "
    "the English one is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, tandoor, taiga)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
