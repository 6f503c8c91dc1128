"""Developer tool: the eightieth blind held-out set (Redash's and Kiwi TCMS's mail errors).

Redash (getredash/redash at ca79fe988d81, August 2026): pyproject.toml pins flask-mail==0.9.1
and requires Python >=3.13,<3.14 (its Dockerfile: python:3.13-slim-bookworm). Its own mails
(redash/authentication/account.py: invitations, password resets, verification) go through the
"emails" job redash/tasks/general.py send_mail(), which catches any Exception and logs
logger.exception("Failed sending message: %s", subject): the log line, then the traceback whose
last line is the exception as CPython 3.13 prints it. The alert destination
redash/destinations/email.py notify() logs "Mail send error." the same way. Flask-Mail 0.9.1's
Connection.configure_host() makes smtplib.SMTP_SSL(host, port) (MAIL_USE_SSL) or
smtplib.SMTP(host, port), then starttls() (MAIL_USE_TLS) and login() (MAIL_USERNAME): no
timeout and no ssl context, so smtplib's ssl._create_stdlib_context() verifies no certificate
(no certificate errors are possible) and a blocked port waits for the kernel's connect timeout.
Its own API and sign-in texts (redash/handlers/), English only: Redash ships no translations.
Kiwi TCMS (kiwitcms/Kiwi at dfcf75920db1, August 2026): requirements/base.txt pins
Django==6.0.8, the Dockerfile runs python3.12 on CentOS Stream 10 (OpenSSL 3). Every
notification goes through tcms/core/utils/mailto.py mailto(), which runs
django.core.mail.send_mail(..., fail_silently=False) in a daemon threading.Thread: an SMTP
failure is printed by threading.excepthook as "Exception in thread Thread-N (send_mail):" and
the traceback, whose last line is the smtplib / ssl / socket exception as CPython 3.12 words it
(Django 6.0's smtp.EmailBackend.open() uses ssl.create_default_context(), so certificate
errors do occur there). English only for those; its own texts from
tcms/locale/<ll>/LC_MESSAGES/django.po (de_DE, fr_FR, es_ES, it_IT, pt_BR, pl_PL, ja_JP; there
is no nl catalogue), code null. CPython's texts (Lib/smtplib.py, Modules/_ssl.c, strerror) are
not mirrored here and are cited by version; the "(_ssl.c:N)" line is the one 3.12.x (1006)
and 3.13.x (1010) builds commonly print. Labelled blind from the code.

    python -m tools.extract_eightieth MIRRORS_DIR benchmarks/data/eightieth_texts.json

MIRRORS_DIR holds `getredash+redash/repo` and `kiwitcms+Kiwi/repo` as `fetch` leaves them.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.pofile import read_po

from tools.extract_fresh_texts import Pick, _entry, _library, _where, git, write_set

REDASH = ("getredash/redash", "ca79fe988d81cdac9675b412f3dfcab107bc1fbc")
KIWI = ("kiwitcms/Kiwi", "dfcf75920db11b4cb67bb66b37b378afda5cef32")
KIWI_LANG = {
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "pt-BR": "pt_BR",
    "pl": "pl_PL",
    "ja": "ja_JP",
}

_HOST = "smtp.example.com"
_RCPT = "bob@example.org"


def _picks(sender: str, user: str, ssl_line: str, certs: bool) -> list[Pick]:
    """smtplib / ssl / socket exceptions as a traceback's last line prints them."""
    lib = "smtplib.py "
    tls = f"(_ssl.c:{ssl_line})"
    picks = [
        Pick(
            "ConnectionRefusedError: [Errno 111] Connection refused",
            "PORT_CLOSED",
            why=lib + "SMTP.connect() -> socket.create_connection(): ECONNREFUSED, nothing "
            "listens on the port",
        ),
        Pick(
            "socket.gaierror: [Errno -2] Name or service not known",
            "HOST_NOT_FOUND",
            why=lib + "SMTP.connect() -> socket.getaddrinfo(): EAI_NONAME, the host name does "
            "not resolve",
        ),
        Pick(
            "socket.gaierror: [Errno -3] Temporary failure in name resolution",
            "DNS_FAILURE",
            why=lib + "socket.getaddrinfo(): EAI_AGAIN, the resolver did not answer",
        ),
        Pick(
            "TimeoutError: [Errno 110] Connection timed out",
            "PORT_FILTERED",
            why=lib + "SMTP.connect() without a timeout: the kernel gave up on the SYN, a "
            "firewall drops it",
        ),
        Pick(
            "OSError: [Errno 101] Network is unreachable",
            "HOST_UNREACHABLE",
            why=lib + "socket.create_connection(): ENETUNREACH, no route to the server",
        ),
        Pick(
            "OSError: [Errno 113] No route to host",
            "HOST_UNREACHABLE",
            why=lib + "socket.create_connection(): EHOSTUNREACH",
        ),
        Pick(
            f"ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number {tls}",
            "TLS_ON_PLAIN_PORT",
            why=lib + "SMTP_SSL._get_socket() -> wrap_socket(): implicit TLS (use SSL) "
            "against port 587, which greets in plain text; OpenSSL reads it as a TLS record",
        ),
        Pick(
            "smtplib.SMTPServerDisconnected: Connection unexpectedly closed",
            "PLAIN_ON_TLS_PORT",
            why=lib + "SMTP.connect() -> getreply(): plain SMTP (no SSL) to port 465, which "
            "waits for a TLS ClientHello; no greeting comes and the server hangs up",
        ),
        Pick(
            "smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.",
            "STARTTLS_NOT_OFFERED",
            why=lib + "SMTP.starttls(): use TLS is on but EHLO names no STARTTLS",
        ),
        Pick(
            "smtplib.SMTPResponseException: (454, b'4.7.0 TLS not available due to local problem')",
            "STARTTLS_FAILED",
            why=lib + "SMTP.starttls(): STARTTLS offered, but the command is answered 454",
        ),
        Pick(
            f"ssl.SSLError: [SSL: UNSUPPORTED_PROTOCOL] unsupported protocol {tls}",
            "TLS_OUTDATED",
            why=lib + "SMTP.starttls() -> wrap_socket(): the server offers only TLS 1.0/1.1, "
            "below OpenSSL 3's floor",
        ),
        Pick(
            "smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.",
            "AUTH_NOT_OFFERED",
            why=lib + "SMTP.login(): a username is set but EHLO names no AUTH",
        ),
        Pick(
            "smtplib.SMTPException: No suitable authentication method found.",
            "AUTH_NOT_OFFERED",
            why=lib + "SMTP.login(): AUTH offered, but none of CRAM-MD5, PLAIN, LOGIN",
        ),
        Pick(
            "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Error: authentication failed: "
            "authentication failure')",
            "AUTH_FAILED",
            why=lib + "SMTP.login(): every tried mechanism answered 535, wrong credentials",
        ),
        Pick(
            "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not "
            "accepted. For more information, go to\\n5.7.8  "
            "https://support.google.com/mail/?p=BadCredentials')",
            "AUTH_FAILED",
            why=lib + "SMTP.login(): Gmail's 535 5.7.8, user name or password refused",
        ),
        Pick(
            "smtplib.SMTPAuthenticationError: (534, b'5.7.9 Application-specific password "
            "required. For more information, go to\\n5.7.9  "
            "https://support.google.com/mail/?p=InvalidSecondFactor')",
            "APP_PASSWORD_REQUIRED",
            why=lib + "SMTP.login(): the account has 2-step verification; an app password is "
            "needed",
        ),
        Pick(
            f"smtplib.SMTPSenderRefused: (530, b'5.7.0 Must issue a STARTTLS command first.', "
            f"'{sender}')",
            "PLAINTEXT_AUTH_DISABLED",
            why=lib + "SMTP.sendmail() MAIL FROM: the server refuses to go on without TLS "
            "(use TLS off)",
        ),
        Pick(
            f"smtplib.SMTPSenderRefused: (553, b'5.7.1 <{sender}>: Sender address rejected: "
            f"not owned by user {user}', '{sender}')",
            "SENDER_REFUSED",
            why=lib + "SMTP.sendmail() MAIL FROM: the default sender is not an address the "
            "account may send as",
        ),
        Pick(
            f"smtplib.SMTPRecipientsRefused: {{'{_RCPT}': (554, b'5.7.1 <{_RCPT}>: Relay "
            f"access denied')}}",
            "RELAY_REFUSED",
            why=lib + "SMTP.sendmail() RCPT TO: every recipient refused; relaying to another "
            "domain without an authenticated session",
        ),
        Pick(
            f"smtplib.SMTPRecipientsRefused: {{'{_RCPT}': (550, b'5.1.1 <{_RCPT}>: "
            f"Recipient address rejected: User unknown in virtual mailbox table')}}",
            "RECIPIENT_UNKNOWN",
            why=lib + "SMTP.sendmail() RCPT TO: the address does not exist",
        ),
        Pick(
            f"smtplib.SMTPRecipientsRefused: {{'{_RCPT}': (552, b'5.2.2 <{_RCPT}>: "
            f"Recipient address rejected: Mailbox full')}}",
            "RECIPIENT_MAILBOX_FULL",
            why=lib + "SMTP.sendmail() RCPT TO: the recipient's mailbox is over quota",
        ),
        Pick(
            "smtplib.SMTPDataError: (552, b'5.3.4 Message size exceeds fixed limit')",
            "SIZE_LIMIT",
            why=lib + "SMTP.sendmail() end of DATA: the message is over the size limit",
        ),
        Pick(
            "smtplib.SMTPDataError: (554, b'5.7.1 Message rejected as spam by Content Filtering.')",
            "REJECTED_AS_SPAM",
            why=lib + "SMTP.sendmail() end of DATA: the server's filter calls it spam",
        ),
        Pick(
            f"smtplib.SMTPConnectError: (421, b'4.7.0 {_HOST} Error: too many connections "
            "from 203.0.113.10')",
            "RATE_LIMITED",
            why=lib + "SMTP.connect(): the greeting is a 421 naming the connection limit",
        ),
        Pick(
            f"smtplib.SMTPSenderRefused: (450, b'4.7.1 Error: too much mail from "
            f"203.0.113.10', '{sender}')",
            "RATE_LIMITED",
            why=lib + "SMTP.sendmail() MAIL FROM: the server's per-client sending limit",
        ),
        Pick(
            "ConnectionResetError: [Errno 104] Connection reset by peer",
            "CONNECTION_CLOSED",
            why=lib + "a read after connecting: the server reset the connection, no reason",
        ),
    ]
    if certs:
        verify = "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate "
        on = "SMTP.starttls(context=ssl.create_default_context()) -> wrap_socket(): "
        picks += [
            Pick(
                f"{verify}verify failed: self-signed certificate {tls}",
                "CERT_SELF_SIGNED",
                why=lib + on + "the server's certificate is self-signed",
            ),
            Pick(
                f"{verify}verify failed: unable to get local issuer certificate {tls}",
                "CERT_UNTRUSTED",
                why=lib + on + "the chain does not lead to a trusted CA",
            ),
            Pick(
                f"{verify}verify failed: Hostname mismatch, certificate is not valid for "
                f"'{_HOST}'. {tls}",
                "CERT_HOSTNAME_MISMATCH",
                why=lib + on + "check_hostname: the certificate names another host",
            ),
            Pick(
                f"{verify}verify failed: certificate has expired {tls}",
                "CERT_EXPIRED",
                why=lib + on + "the certificate's notAfter is past",
            ),
        ]
    return picks


# Redash's own API and sign-in texts (redash/handlers/): flash() and abort(message=...).
REDASH_OWN = [
    ("Wrong email or password.", "the sign-in page: Redash's own account, not a mail server"),
    ("Password login is not enabled for your organization.", "Redash's sign-in settings"),
    ("Cannot use empty password.", "the password reset form's validation"),
    ("Password length is too short (<6).", "the password reset form's validation"),
    ("Bad email address.", "the users API: the address fails validation"),
    ("Email already taken.", "the users API: a Redash user has that address"),
    ("Incorrect current password.", "the users API: Redash's own password"),
    ("Must provide current password to update password.", "the users API"),
    ("User not found.", "the users API"),
    ("Public URLs are disabled.", "a Redash setting, no mail involved"),
    ("Must be admin to change groups membership.", "permissions"),
    ("Can't delete built-in groups.", "permissions"),
    ("Page size is out of range (1-250).", "the API's paging"),
    ("Please check your email inbox in order to verify your email address.", "a notice"),
]

# Kiwi TCMS's own texts (msgid, why), translated in its django.po catalogues.
KIWI_OWN = [
    ("A user with that email already exists.", "the registration form's validation"),
    ("Email mismatch", "the registration form: the two addresses differ"),
    (
        "Your account has been created, please check your mailbox for confirmation",
        "a notice after registration",
    ),
    (
        "Your account has been created, but you need an administrator to activate it",
        "a notice after registration",
    ),
    ("This activation key no longer exists in the database", "Kiwi's own activation link"),
    ("This activation key has expired", "Kiwi's own activation link"),
    ("Your account has been activated successfully", "a notice"),
    (
        "Email address has been reset, please check inbox for further instructions",
        "a notice",
    ),
    ("Password reset email was sent", "a notice"),
    ("Permission denied: TestRun does not belong to you", "permissions"),
    ("Page not found", "a missing page"),
    ("Invalid date format. Expected YYYY-MM-DD [HH:MM:SS].", "form validation"),
    ("Username or email", "the sign-in form's label"),
]


def _cpython(version: str) -> str:
    return f"python/cpython@{version}:Lib/"


def redash(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, REDASH)
    at = f"{REDASH[0]}@{commit[:12]}"
    assert '"flask-mail==0.9.1"' in git(repo, "show", f"{commit}:pyproject.toml")
    assert "FROM python:3.13-slim" in git(repo, "show", f"{commit}:Dockerfile")
    task = _where(repo, commit, 'logger.exception("Failed sending message', ("redash/tasks",))
    alert = _where(repo, commit, 'logging.exception("Mail send error.")', ("redash/destinations",))
    sender, user = "redash@example.com", "alice@example.com"
    head = "Failed sending message: Alice invited you to join Redash\n"
    head += "Traceback (most recent call last):\n  ...\n"
    entries: list[dict[str, object]] = []
    why_task = (
        "redash/tasks/general.py send_mail() (the invitation of account.py send_invite_email()) "
        "-> Flask-Mail 0.9.1 Mail.send() -> Connection.configure_host() -> CPython 3.13 "
    )
    picks = _picks(sender, user, "1010", certs=False)
    for pick in picks:
        text = head + pick.key
        p = Pick(pick.key, pick.code, why=why_task + pick.why)
        source = f"{at}:{task} (then flask-mail 0.9.1, {_cpython('v3.13')}smtplib.py)"
        entries.append(_entry("Redash", f"redash.{len(entries)}", p, {"en": text}, {"en": source}))
    why_alert = (
        "redash/destinations/email.py notify() (an alert's Email destination) -> Flask-Mail "
        "0.9.1 -> CPython 3.13 "
    )
    for pick in picks[::4]:
        text = "Mail send error.\nTraceback (most recent call last):\n  ...\n" + pick.key
        p = Pick(pick.key, pick.code, why=why_alert + pick.why)
        source = f"{at}:{alert} (then flask-mail 0.9.1, {_cpython('v3.13')}smtplib.py)"
        entries.append(_entry("Redash", f"redash.{len(entries)}", p, {"en": text}, {"en": source}))
    for text, why in REDASH_OWN:
        where = _where(repo, commit, f'"{text}"', ("redash/handlers",))
        p = Pick(text, None, why=f"{where.split(':')[0]}: {why}; Redash's own text")
        entries.append(
            _entry("Redash", f"redash.{len(entries)}", p, {"en": text}, {"en": f"{at}:{where}"})
        )
    return entries


def kiwi(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, KIWI)
    at = f"{KIWI[0]}@{commit[:12]}"
    assert "Django==6.0.8" in git(repo, "show", f"{commit}:requirements/base.txt")
    assert "python3.12" in git(repo, "show", f"{commit}:Dockerfile")
    send = _where(repo, commit, '"fail_silently": False', ("tcms/core/utils/mailto.py",))
    sender, user = "kiwi@example.com", "alice@example.com"
    head = "Exception in thread Thread-7 (send_mail):\nTraceback (most recent call last):\n  ...\n"
    why_send = (
        "tcms/core/utils/mailto.py mailto(): django.core.mail.send_mail(fail_silently=False) "
        "in a daemon thread -> Django 6.0 smtp.EmailBackend.open()/_send() -> CPython 3.12 "
    )
    entries: list[dict[str, object]] = []
    for pick in _picks(sender, user, "1006", certs=True):
        p = Pick(pick.key, pick.code, why=why_send + pick.why)
        source = f"{at}:{send} (then Django 6.0.8 django/core/mail/backends/smtp.py, "
        source += f"{_cpython('v3.12')}smtplib.py)"
        entries.append(
            _entry("Kiwi TCMS", f"kiwi.{len(entries)}", p, {"en": head + pick.key}, {"en": source})
        )
    catalogs = {}
    for lang, folder in KIWI_LANG.items():
        path = f"tcms/locale/{folder}/LC_MESSAGES/django.po"
        raw = git(repo, "show", f"{commit}:{path}")
        catalogs[lang] = (path, read_po(io.BytesIO(raw.encode())))
    for msgid, why in KIWI_OWN:
        found = git(repo, "grep", "-n", "-F", "-e", msgid, commit, "--", "tcms", ":!tcms/locale")
        assert found, msgid
        _, path, line = found.splitlines()[0].split(":")[:3]
        texts = {"en": msgid}
        sources = {"en": f"{at}:{path}:{line}"}
        for lang, (po_path, catalog) in catalogs.items():
            message = catalog.get(msgid)
            words = message.string if message else ""
            if words and words != msgid and not (message and message.fuzzy):
                texts[lang] = words
                sources[lang] = f"{at}:{po_path}#{msgid[:40]}"
        p = Pick(msgid, None, why=f"{path}: {why}; Kiwi TCMS's own text, no mail setting")
        entries.append(_entry("Kiwi TCMS", f"kiwi.{len(entries)}", p, texts, sources))
    return entries


ABOUT = (
    "The eightieth held-out set (tools/extract_eightieth.py): Redash (getredash/redash at "
    "ca79fe988d81, August 2026): its invitation/reset mails and alert Email destination "
    "through Flask-Mail 0.9.1 over CPython 3.13's smtplib (no certificate checks), as the "
    "'Failed sending message: ...' / 'Mail send error.' log line and the traceback's last line "
    "show it, English; its own API and sign-in texts, English only. Kiwi TCMS (kiwitcms/Kiwi "
    "at dfcf75920db1, August 2026): its notifications through Django 6.0.8's SMTP backend in a "
    "thread over CPython 3.12, as threading's 'Exception in thread ...' traceback ends, "
    "English; its own texts from tcms/locale/<ll>/LC_MESSAGES/django.po (no nl catalogue). "
    "CPython's wording cited by version (not mirrored). Extracted and labelled blind from the "
    "code; code null: no mail-settings problem or nothing narrowing it."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, redash, kiwi)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
