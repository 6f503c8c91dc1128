"""Developer tool: the fifty-ninth blind held-out set (calibre-web's and Apprise's mail errors).

calibre-web (janeczku/calibre-web): the e-mail server settings' "Save and Send Test E-mail"
(cps/admin.py -> helper.send_test_mail()) and "Send to eReader" (helper.send_mail()) queue a
cps/tasks/mail.py TaskEmail; its run() sends through smtplib (SMTP, SMTP_SSL for "SSL/TLS",
starttls() for "STARTTLS", a 600 s timeout, a retry with certifi's CA bundle on a certificate
error) and turns the exception into the task's error, shown on the Tasks page as it is, in
English (not translated): 'Smtplib Error sending e-mail: ' + the reply's text (smtp_error
decoded, line breaks as '. ') or the exception's args, for SMTPRecipientsRefused the first
recipient's reply text; 'Socket Error sending e-mail: ' + e.strerror for an OSError (socket,
ssl); 'Error sending e-mail: ' + str(e) for anything else. These reasons are built here by
running that except chain (mirrored in _calibre()) on the exceptions smtplib, socket and ssl
raise, so the wording is the library's exactly. Its own messages (sign-in, users, the mail
settings form, eReader sending, files) from cps/translations/<ll>/LC_MESSAGES/messages.po in
the nine languages where a translation is there, code null.

Apprise (caronc/apprise): the e-mail plugin apprise/plugins/email/base.py (the package that
replaced NotifyEmail.py) sends through smtplib (SMTP or SMTP_SSL with a 15 s timeout,
starttls(), login()); a failure logs a WARNING ('Connection error while submitting email to
"<host>"' while connecting, starting TLS or logging in; 'Sending email to "<rcpt>" failed.' for
one message) and then the DEBUG line 'Socket Exception: ' + str(e): both lines are one text
here, as Apprise's log shows them with debug output on, en only. Its own texts (the e-mail
plugin's URL validation and attachments, other plugins' Discord, Telegram, Gotify, ntfy,
Pushover, Slack texts), en only, code null.

Library wording: CPython 3.12 (both apps support it; calibre-web's pyproject lists 3.8-3.14,
Apprise 3.9+) with OpenSSL 3 on glibc: smtplib's own messages (unchanged 3.11 to 3.13, checked
against the running interpreter's smtplib source), glibc's strerror and gai_strerror texts,
and OpenSSL 3's reasons as _ssl.c words them with its 3.12 line number (_ssl.c:1000;
'self-signed certificate', OpenSSL 3's spelling). The servers' replies are Postfix's, Gmail's
and Microsoft 365's usual wording. Labelled blind from what raises each text.

    python -m tools.extract_fifty_ninth MIRRORS_DIR benchmarks/data/fifty_ninth_texts.json

MIRRORS_DIR holds `janeczku+calibre-web/repo` and `caronc+apprise/repo` as `fetch` leaves them
in /work/.mirror.
"""

from __future__ import annotations

import dataclasses
import inspect
import smtplib
import socket
import ssl
import sys
from pathlib import Path

from tools.extract_fresh_texts import (
    PO_NAMES,
    Pick,
    _entry,
    _library,
    _po_catalogs,
    _po_translated,
    _where,
    git,
    write_set,
)

CALIBRE = ("janeczku/calibre-web", "7ec475e1fe20893730fd8863f771489049c99d16")
APPRISE = ("caronc/apprise", "cf17bc9ecd2686c62b548b4577b6e06839331a60")
CPYTHON = "python/cpython@v3.12.3:"
CW_PO = "cps/translations/{}/LC_MESSAGES/messages.po"
EMAIL = "apprise/plugins/email/base.py"

HOST, USER, SENDER, RCPT = (
    "smtp.example.com",
    "alice@example.com",
    "noreply@example.net",
    "bob@example.org",
)
_GMAIL_ID = "5b1f17b1804b1-4335d6c8f0asm12345678f8f.0 - gsmtp"
_MS_ID = "[AM0PR02CA0001.eurprd02.prod.outlook.com 2024-05-06T10:11:12.123Z 08DC6D7F1A2B3C4D]"


def _ssl_error(reason: str, cls: type[ssl.SSLError] = ssl.SSLError) -> ssl.SSLError:
    return cls(1, f"{reason} (_ssl.c:1000)")


def _verify(detail: str) -> ssl.SSLError:
    return _ssl_error(
        f"[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: {detail}",
        ssl.SSLCertVerificationError,
    )


@dataclasses.dataclass(frozen=True)
class Fail:
    """One failure: the exception the library raises, its cause, and why."""

    exc: BaseException
    code: str | None
    why: str
    lib: str  # the CPython file that words it
    phase: str = "connect"  # Apprise: "connect" (connect/TLS/login) or "send" (one message)


def _reply(code: int, *lines: str) -> tuple[int, bytes]:
    """A reply as smtplib's getreply() keeps it: the code, the lines' texts joined by \\n."""
    return code, "\n".join(lines).encode()


_SOCK = "Modules/socketmodule.c"
_SSLC = "Modules/_ssl.c"
_SMTP = "Lib/smtplib.py"


def _failures(host: str, sender: str, rcpt: str, timeout_s: int) -> list[Fail]:
    """The failures both apps meet, their exceptions built as CPython 3.12 raises them."""
    gmail_auth = _reply(
        535,
        "5.7.8 Username and Password not accepted. For more information, go to",
        f"5.7.8  https://support.google.com/mail/?p=BadCredentials {_GMAIL_ID}",
    )
    gmail_app = _reply(
        534,
        "5.7.9 Application-specific password required. Learn more at",
        f"5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor {_GMAIL_ID}",
    )
    connect_timeout = (
        OSError(110, "Connection timed out") if timeout_s > 130 else TimeoutError("timed out")
    )
    timeout_why = (
        "connect(2) unanswered: Linux gives up with ETIMEDOUT after its SYN retries (about "
        "130 s, before calibre-web's 600 s socket timeout): a firewall drops the port"
        if timeout_s > 130
        else "socket.create_connection() hit Apprise's 15 s socket_connect_timeout before the "
        "SYN was answered: a firewall drops the port"
    )
    return [
        Fail(
            ConnectionRefusedError(111, "Connection refused"),
            "PORT_CLOSED",
            "socket.create_connection(): ECONNREFUSED, nothing listens on the port",
            _SOCK,
        ),
        Fail(
            socket.gaierror(-2, "Name or service not known"),
            "HOST_NOT_FOUND",
            "getaddrinfo() EAI_NONAME: the server name does not resolve",
            _SOCK,
        ),
        Fail(
            socket.gaierror(-3, "Temporary failure in name resolution"),
            "DNS_FAILURE",
            "getaddrinfo() EAI_AGAIN: the resolver did not answer",
            _SOCK,
        ),
        Fail(connect_timeout, "PORT_FILTERED", timeout_why, _SOCK),
        Fail(
            OSError(101, "Network is unreachable"),
            "HOST_UNREACHABLE",
            "connect(2) ENETUNREACH: no route to the server's network",
            _SOCK,
        ),
        Fail(
            OSError(113, "No route to host"),
            "HOST_UNREACHABLE",
            "connect(2) EHOSTUNREACH: the host does not answer on its network",
            _SOCK,
        ),
        Fail(
            ConnectionResetError(104, "Connection reset by peer"),
            "CONNECTION_CLOSED",
            "ECONNRESET while talking to the server: it dropped the connection, no reason given",
            _SOCK,
        ),
        Fail(
            _ssl_error("[SSL: WRONG_VERSION_NUMBER] wrong version number"),
            "TLS_ON_PLAIN_PORT",
            "SSL/TLS (SMTP_SSL, implicit TLS) against port 587, which greets in plain text: "
            "OpenSSL reads '220 ...' as a TLS record",
            _SSLC,
        ),
        Fail(
            _verify("self-signed certificate"),
            "CERT_SELF_SIGNED",
            "ssl.create_default_context() verifies: the server presents a self-signed certificate",
            _SSLC,
        ),
        Fail(
            _verify("unable to get local issuer certificate"),
            "CERT_UNTRUSTED",
            "the certificate's issuer is in neither the system's nor certifi's CA store (or "
            "the server leaves out its intermediate)",
            _SSLC,
        ),
        Fail(
            _verify(f"Hostname mismatch, certificate is not valid for '{host}'."),
            "CERT_HOSTNAME_MISMATCH",
            "check_hostname: the certificate names another host (a shared hosting name)",
            _SSLC,
        ),
        Fail(
            _verify("certificate has expired"),
            "CERT_EXPIRED",
            "the server's certificate is past its notAfter date",
            _SSLC,
        ),
        Fail(
            _ssl_error("[SSL: UNSUPPORTED_PROTOCOL] unsupported protocol"),
            "TLS_OUTDATED",
            "the server speaks only TLS 1.0/1.1, below OpenSSL 3's and Python's minimum",
            _SSLC,
        ),
        Fail(
            smtplib.SMTPServerDisconnected("Connection unexpectedly closed: " + "timed out"),
            "PLAIN_ON_TLS_PORT",
            f"smtplib getreply(): no greeting within the {timeout_s} s timeout: plain SMTP "
            "(security None or STARTTLS) against port 465, which waits for a TLS handshake",
            _SMTP,
        ),
        Fail(
            smtplib.SMTPServerDisconnected("Connection unexpectedly closed"),
            "CONNECTION_CLOSED",
            "smtplib getreply(): the server closed the connection without a reply",
            _SMTP,
        ),
        Fail(
            smtplib.SMTPNotSupportedError("STARTTLS extension not supported by server."),
            "STARTTLS_NOT_OFFERED",
            "smtplib starttls(): the EHLO answer names no STARTTLS",
            _SMTP,
        ),
        Fail(
            smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server."),
            "AUTH_NOT_OFFERED",
            "smtplib login(): the EHLO answer names no AUTH (port 25, or AUTH offered only after "
            "STARTTLS and security is None)",
            _SMTP,
        ),
        Fail(
            smtplib.SMTPException("No suitable authentication method found."),
            "AUTH_NOT_OFFERED",
            "smtplib login(): AUTH offered, but none of CRAM-MD5, PLAIN, LOGIN (only GSSAPI, NTLM)",
            _SMTP,
        ),
        Fail(
            smtplib.SMTPAuthenticationError(
                *_reply(535, "5.7.8 Error: authentication failed: authentication failure")
            ),
            "AUTH_FAILED",
            "smtplib login(): Postfix/Dovecot refuse the user name or password with 535 5.7.8",
            _SMTP,
        ),
        Fail(
            smtplib.SMTPAuthenticationError(*gmail_auth),
            "AUTH_FAILED",
            "smtplib login(): Gmail's 535 5.7.8 BadCredentials, the password is refused",
            _SMTP,
        ),
        Fail(
            smtplib.SMTPAuthenticationError(*gmail_app),
            "APP_PASSWORD_REQUIRED",
            "smtplib login(): Gmail's 534 5.7.9 InvalidSecondFactor, the account has 2-step "
            "verification and wants an app password",
            _SMTP,
        ),
        Fail(
            smtplib.SMTPAuthenticationError(
                *_reply(
                    535,
                    "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled "
                    f"for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more "
                    f"information. {_MS_ID}",
                )
            ),
            "PROTOCOL_DISABLED",
            "smtplib login(): Microsoft 365's 5.7.139, SMTP AUTH is switched off for the tenant",
            _SMTP,
        ),
        Fail(
            smtplib.SMTPAuthenticationError(
                *_reply(535, f"5.7.3 Authentication unsuccessful {_MS_ID}")
            ),
            "AUTH_FAILED",
            "smtplib login(): Microsoft 365's 535 5.7.3, the password is refused",
            _SMTP,
        ),
        Fail(
            smtplib.SMTPConnectError(
                *_reply(421, f"4.7.0 {host} Error: too many connections from 203.0.113.10")
            ),
            "RATE_LIMITED",
            "smtplib SMTP.__init__(): the greeting is a 421 naming the connection limit",
            _SMTP,
        ),
        Fail(
            smtplib.SMTPConnectError(
                *_reply(
                    554,
                    "5.7.1 Service unavailable; client [203.0.113.10] blocked using "
                    "zen.spamhaus.org",
                )
            ),
            "REJECTED_AS_SPAM",
            "smtplib SMTP.__init__(): postscreen refuses the greeting, the sending IP is on a "
            "block list",
            _SMTP,
        ),
        Fail(
            smtplib.SMTPSenderRefused(
                *_reply(
                    553, f"5.7.1 <{sender}>: Sender address rejected: not owned by user {USER}"
                ),
                sender,
            ),
            "SENDER_REFUSED",
            "smtplib sendmail() MAIL FROM: the From address is not one the login may send as",
            _SMTP,
            "send",
        ),
        Fail(
            smtplib.SMTPSenderRefused(
                *_reply(530, f"5.7.0 Must issue a STARTTLS command first. {_GMAIL_ID}"), sender
            ),
            "PLAINTEXT_AUTH_DISABLED",
            "smtplib sendmail() MAIL FROM on an unencrypted session (security None, no login "
            "made as no AUTH was offered before TLS): Gmail refuses until STARTTLS",
            _SMTP,
            "send",
        ),
        Fail(
            smtplib.SMTPSenderRefused(
                *_reply(
                    530,
                    "5.7.0 Authentication Required. For more information, go to",
                    f"5.7.0  https://support.google.com/mail/?p=WantAuthError {_GMAIL_ID}",
                ),
                sender,
            ),
            "AUTH_NOT_OFFERED",
            "smtplib sendmail() MAIL FROM without a login (no password set): the server wants "
            "one it did not get",
            _SMTP,
            "send",
        ),
        Fail(
            smtplib.SMTPSenderRefused(
                *_reply(450, "4.7.1 Error: too much mail from 203.0.113.10"), sender
            ),
            "RATE_LIMITED",
            "smtplib sendmail() MAIL FROM: Postfix's per-client sending limit",
            _SMTP,
            "send",
        ),
        Fail(
            smtplib.SMTPRecipientsRefused(
                {rcpt: _reply(554, f"5.7.1 <{rcpt}>: Relay access denied")}
            ),
            "RELAY_REFUSED",
            "smtplib sendmail() RCPT TO another domain on an unauthenticated session",
            _SMTP,
            "send",
        ),
        Fail(
            smtplib.SMTPRecipientsRefused(
                {
                    rcpt: _reply(
                        550,
                        f"5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual "
                        "mailbox table",
                    )
                }
            ),
            "RECIPIENT_UNKNOWN",
            "smtplib sendmail() RCPT TO: the recipient (the eReader or user address) does not "
            "exist",
            _SMTP,
            "send",
        ),
        Fail(
            smtplib.SMTPRecipientsRefused(
                {rcpt: _reply(552, f"5.2.2 <{rcpt}>: Recipient address rejected: Mailbox full")}
            ),
            "RECIPIENT_MAILBOX_FULL",
            "smtplib sendmail() RCPT TO: the recipient's mailbox is over its quota",
            _SMTP,
            "send",
        ),
        Fail(
            smtplib.SMTPDataError(*_reply(552, "5.3.4 Message size exceeds fixed limit")),
            "SIZE_LIMIT",
            "smtplib sendmail() end of DATA: Postfix's message_size_limit (a book attached)",
            _SMTP,
            "send",
        ),
        Fail(
            smtplib.SMTPDataError(
                *_reply(
                    552,
                    "5.3.4 Your message exceeded Google's message size limits. For more "
                    "information, go to",
                    f"5.3.4  https://support.google.com/mail/?p=MaxSizeError {_GMAIL_ID}",
                )
            ),
            "SIZE_LIMIT",
            "smtplib sendmail() end of DATA: Gmail's message size limit",
            _SMTP,
            "send",
        ),
        Fail(
            smtplib.SMTPDataError(
                *_reply(421, f"4.7.0 Try again later, closing connection. (DATA) {_GMAIL_ID}")
            ),
            "RATE_LIMITED",
            "smtplib sendmail() end of DATA: Gmail's 421 4.7.0 'try again later' throttle",
            _SMTP,
            "send",
        ),
        Fail(
            smtplib.SMTPDataError(*_reply(554, "5.7.1 Spam message rejected")),
            "REJECTED_AS_SPAM",
            "smtplib sendmail() end of DATA: rspamd's reject action, the message scored as spam",
            _SMTP,
            "send",
        ),
    ]


_SMTPLIB_WORDS = (
    "Connection unexpectedly closed",
    "STARTTLS extension not supported by server.",
    "SMTP AUTH extension not supported by server.",
    "No suitable authentication method found.",
    "raise SMTPConnectError(code, msg)",
    "raise SMTPSenderRefused(code, resp, from_addr)",
    "raise SMTPRecipientsRefused(senderrs)",
    "raise SMTPDataError(code, resp)",
    "initial_response.encode('ascii')",
)


def _check_smtplib() -> None:
    """smtplib's own words as the running CPython (3.11 to 3.13 alike) has them."""
    assert sys.version_info >= (3, 11), sys.version
    source = inspect.getsource(smtplib)
    for words in _SMTPLIB_WORDS:
        assert words in source, words


def _calibre(e: BaseException) -> str:
    """cps/tasks/mail.py TaskEmail.run()'s except chain, as the task's error shows it."""
    if isinstance(e, smtplib.SMTPRecipientsRefused):
        reply = next(iter(e.args[0].values()))[1]
        return "Smtplib Error sending e-mail: {}".format(reply.decode("utf-8").replace("\n", ". "))
    if isinstance(e, smtplib.SMTPException):
        if hasattr(e, "smtp_error"):
            text = e.smtp_error.decode("utf-8").replace("\n", ". ")
        elif hasattr(e, "message"):
            text = e.message
        else:
            text = "\n".join(e.args)
        return f"Smtplib Error sending e-mail: {text}"
    if isinstance(e, OSError):
        return f"Socket Error sending e-mail: {e.strerror}"
    return f"Error sending e-mail: {e}"


_CW_CHAIN = {
    "recipients": "(list(e.args[0].values())[0][1]).decode",
    "smtplib": "self._handleError('Smtplib Error sending e-mail: {}'.format(text))",
    "socket": "self._handleError('Socket Error sending e-mail: {}'.format(e.strerror))",
    "other": "self._handleError('Error sending e-mail: {}'.format(ex))",
}
_CW_WHY = (
    "cps/tasks/mail.py TaskEmail.run() -> send_standard_email() (the Test e-mail and Send to "
    "eReader tasks); the exception becomes the task's error on the Tasks page: "
)


def _chain(e: BaseException) -> str:
    if isinstance(e, smtplib.SMTPRecipientsRefused):
        return "recipients"
    if isinstance(e, smtplib.SMTPException):
        return "smtplib"
    return "socket" if isinstance(e, OSError) else "other"


_PLAIN = "\x00alice@example.com\x00caf\xe9-2024"  # AUTH PLAIN's response, a password with é
_ASCII = "ordinal not in range(128)"
# calibre-web's task errors that name no mail setting (code null).
CW_OTHER: list[Fail] = [
    Fail(
        UnicodeEncodeError("ascii", _PLAIN, _PLAIN.index("\xe9"), _PLAIN.index("\xe9") + 1, _ASCII),
        None,
        "smtplib auth(): the AUTH PLAIN response is encoded as ASCII, a password with 'é' "
        "fails in the library before the server is asked",
        _SMTP,
    ),
    Fail(
        Exception("Found no valid gmail.json file with OAuth information"),
        None,
        "cps/services/gmail.py setup_gmail(): the Gmail (OAuth) server type without its "
        "gmail.json file, an installation step of calibre-web's own",
        "",
    ),
]

# calibre-web's own messages (code null): mail settings form, eReader, sign-in, users, files.
CW_OWN: list[Pick] = [
    Pick("Oops! Please configure the SMTP mail settings.", None),
    Pick("Please configure the SMTP mail settings first...", None),
    Pick("Oops! Email server is not configured, please contact your administrator.", None),
    Pick("Oops! Please update your profile with a valid eReader Email.", None),
    Pick("Please configure your e-mail address first...", None),
    Pick(
        "Test e-mail queued for sending to %(email)s, please check Tasks for result",
        None,
        ("email=alice@example.com",),
    ),
    Pick("Email Server Settings updated", None),
    Pick("Success! Gmail Account Verified.", None),
    Pick(
        "Success! Book queued for sending to %(eReadermail)s",
        None,
        ("eReadermail=alice@kindle.com",),
    ),
    Pick(
        "Oops! There was an error sending book: %(res)s",
        None,
        ("res=",),
        why="cps/web.py send_to_ereader(): helper.send_mail() returns its own file error, "
        "'The requested file could not be read. Maybe wrong permissions?' (translated too), "
        "before any mail is sent",
        then="The requested file could not be read. Maybe wrong permissions?",
    ),
    Pick("Wrong Username or Password", None),
    Pick("Please enter valid username to reset password", None),
    Pick("New Password was sent to your email address", None),
    Pick("Success! You are now logged in as: %(nickname)s", None, ("nickname=alice",)),
    Pick("Login failed, No User Linked With OAuth Account", None),
    Pick("Failed to log in with GitHub.", None),
    Pick("Google Oauth error, please retry later.", None),
    Pick("Token has expired", None),
    Pick("Token not found", None),
    Pick("Password doesn't comply with password validation rules", None),
    Pick("This username is already taken", None),
    Pick("Invalid Email address format", None),
    Pick("Oops! An account already exists for this Email.", None),
    Pick("Oops! Your Email is not allowed.", None),
    Pick("E-mail is not from valid domain", None),
    Pick("Email can't be empty and has to be a valid Email", None),
    Pick("Oops! Please complete all fields.", None),
    Pick("Success! Confirmation Email has been sent.", None),
    Pick("User not found", None),
    Pick("No admin user remaining, can't delete user", None),
    Pick("Settings DB is not Writeable", None),
    Pick(
        "Failed to create path %(path)s (Permission denied).",
        None,
        ("path=/books/Jane Austen/Emma (12)",),
    ),
    Pick("Oops! An unknown error occurred. Please try again later.", None),
]


def _fill(text: str, values: tuple[str, ...], then: str = "") -> str:
    for pair in values:
        name, value = pair.split("=", 1)
        marker = f"%({name})s"
        assert marker in text, (text, name)
        text = text.replace(marker, value or then)
    return text


def calibre_web(mirrors: Path) -> list[dict[str, object]]:
    _check_smtplib()
    repo, commit = _library(mirrors, CALIBRE)
    at = f"{CALIBRE[0]}@{commit[:12]}"
    mail = git(repo, "show", f"{commit}:cps/tasks/mail.py")
    assert "timeout = 600" in mail and "certifi" in mail
    entries: list[dict[str, object]] = []
    for fail in _failures(HOST, SENDER, RCPT, 600) + CW_OTHER:
        chain = _chain(fail.exc)
        where = _where(repo, commit, _CW_CHAIN[chain], ("cps/tasks/mail.py",))
        if fail.lib:
            lib = f" (then {CPYTHON}{fail.lib})"
        else:  # calibre-web's own exception, raised in its Gmail service
            raised = _where(repo, commit, str(fail.exc), ("cps/services/gmail.py",))
            lib = f" (then {at}:{raised})"
        pick = Pick(_calibre(fail.exc), fail.code, why=_CW_WHY + fail.why)
        entries.append(
            _entry(
                "calibre-web",
                f"calibre-web.{len(entries)}",
                pick,
                {"en": pick.key},
                {"en": f"{at}:{where}{lib}"},
            )
        )
    catalogs = _po_catalogs(repo, commit, CW_PO, PO_NAMES)
    for pick in CW_OWN:
        quoted = [f'_("{pick.key}"', f'_(u"{pick.key}"', f"_('{pick.key}'"]
        found = [q for q in quoted if git(repo, "grep", "-l", "-F", "-e", q, commit, "--", "cps")]
        assert found, pick.key
        where = _where(repo, commit, found[0], ("cps",))
        if not pick.why:
            pick = dataclasses.replace(
                pick,
                why=f"{where.split(':')[0]}: calibre-web's own message (its sign-in, users, "
                "mail settings form, eReader addresses, files), no mail server asked or "
                "nothing narrowing it",
            )
        texts = {"en": _fill(pick.key, pick.values, pick.then)}
        sources = {"en": f"{at}:{where}"}
        for lang, (path, catalog) in catalogs.items():
            words = _po_translated(catalog, pick.key)
            then = _po_translated(catalog, pick.then) if pick.then else ""
            if words and then is not None:
                texts[lang] = _fill(words, pick.values, then)
                sources[lang] = f"{at}:{path}#{pick.key}"
        entries.append(_entry("calibre-web", f"calibre-web.{len(entries)}", pick, texts, sources))
    return entries


_AP_CONNECT = "'Connection error while submitting email to \"%s\"'"
_AP_SEND = "'Sending email to \"%s\" failed.', message.recipient"
_AP_WHY = (
    "apprise/plugins/email/base.py NotifyEmail.send(): smtplib SMTP/SMTP_SSL (15 s timeout), "
    "starttls(), login(), sendmail(); the exception is logged as a WARNING and then "
    "'Socket Exception: ' + str(e) at DEBUG: "
)

# Apprise's own texts (code null): the e-mail plugin's URL checks, other plugins' failures.
AP_OWN: list[Pick] = [
    Pick(
        "There are no Email recipients to notify",
        None,
        then="There are no Email recipients to notify",
        table=EMAIL,
        why="the mailto:// URL names no recipient, Apprise's own URL check",
    ),
    Pick(
        "Invalid ~From~ email specified: alice",
        None,
        then='msg = "Invalid ~From~ email specified: {}"',
        table=EMAIL,
        why="the from= of the mailto:// URL is no address, checked before any connection",
    ),
    Pick(
        "The secure mode specified (tls) is invalid.",
        None,
        then='"The secure mode specified ({}) is invalid."',
        table=EMAIL,
        why="mode= of the URL is none of insecure, ssl, starttls: Apprise's URL validation",
    ),
    Pick(
        "Dropped invalid To email (bob@) specified.",
        None,
        then='"Dropped invalid To email ({}) specified."',
        table=EMAIL,
        why="a To address in the URL that does not parse, Apprise drops it",
    ),
    Pick(
        "Could not access attachment file:///tmp/report.pdf.",
        None,
        then='msg = "Could not access attachment {}."',
        table=EMAIL,
        why="prepare_emails(): the attachment file cannot be read, a local file problem",
    ),
    Pick(
        "PGP Support unavailable; install PGPy library",
        None,
        then='msg = "PGP Support unavailable; install PGPy library"',
        table=EMAIL,
        why="PGP asked for without the PGPy package installed",
    ),
    Pick(
        "Email inline: no attachment matches cid:logo.png -- check the filename.",
        None,
        then='"cid:%s -- check the filename."',
        table=EMAIL,
        why="an HTML body's cid: reference without a matching attachment",
    ),
    Pick(
        "Failed to send Discord notification: Verification Failed., error=401.",
        None,
        then='"Failed to send Discord %s: %s%serror=%s."',
        table="apprise/plugins/discord.py",
        why="Discord's webhook answers 401 (HTML_LOOKUP's 'Verification Failed.'): a webhook "
        "token, no mail setting",
    ),
    Pick(
        "A Connection error occurred posting to Discord.",
        None,
        then='"A Connection error occurred posting to Discord."',
        table="apprise/plugins/discord.py",
        why="requests could not reach Discord's API, no mail involved",
    ),
    Pick(
        "Discord rate limiting in effect; blocking for 2.00 second(s)",
        None,
        then='"Discord rate limiting in effect; "',
        table="apprise/plugins/discord.py",
        why="Discord's API rate limit, not a mail server's",
    ),
    Pick(
        "Failed to detect the Telegram user: (401) Unauthorized.",
        None,
        then='"Failed to detect the Telegram user: "',
        table="apprise/plugins/telegram.py",
        why="Telegram's getUpdates refuses the bot token",
    ),
    Pick(
        "Failed to send Gotify notification: Verification Failed., error=401.",
        None,
        then='"Failed to send Gotify notification: {}{}error={}."',
        table="apprise/plugins/gotify.py",
        why="Gotify refuses the application token",
    ),
    Pick(
        "A Connection error occurred sending Gotify notification to gotify.example.com.",
        None,
        then='"A Connection error occurred sending Gotify "',
        table="apprise/plugins/gotify.py",
        why="requests could not reach the Gotify server",
    ),
    Pick(
        "There are no ntfy topics to notify",
        None,
        then='"There are no ntfy topics to notify"',
        table="apprise/plugins/ntfy.py",
        why="the ntfy:// URL names no topic",
    ),
    Pick(
        "There were no Pushover targets to notify.",
        None,
        then='"There were no Pushover targets to notify."',
        table="apprise/plugins/pushover.py",
        why="the pover:// URL names no device",
    ),
    Pick(
        "Pushover E2EE encryption failed; notification not sent.",
        None,
        then='"Pushover E2EE encryption failed; notification not sent."',
        table="apprise/plugins/pushover.py",
        why="Pushover's end-to-end encryption step failed locally",
    ),
    Pick(
        "Slack Webhooks do not support attachments.",
        None,
        then='"Slack Webhooks do not support attachments."',
        table="apprise/plugins/slack.py",
        why="an attachment sent to a Slack webhook",
    ),
]


def apprise(mirrors: Path) -> list[dict[str, object]]:
    _check_smtplib()
    repo, commit = _library(mirrors, APPRISE)
    at = f"{APPRISE[0]}@{commit[:12]}"
    base = git(repo, "show", f"{commit}:{EMAIL}")
    assert "socket_connect_timeout = 15" in base
    assert 'self.logger.debug(f"Socket Exception: {e}")' in base
    entries: list[dict[str, object]] = []
    for fail in _failures(HOST, SENDER, RCPT, 15):
        if fail.phase == "send":
            head = f'Sending email to "{RCPT}" failed.'
            where = _where(repo, commit, _AP_SEND, (EMAIL,))
        else:
            head = f'Connection error while submitting email to "{HOST}"'
            where = _where(repo, commit, _AP_CONNECT, (EMAIL,))
        text = f"{head}\nSocket Exception: {fail.exc}"
        pick = Pick(text, fail.code, why=_AP_WHY + fail.why)
        source = f"{at}:{where} (then {CPYTHON}{fail.lib})"
        entries.append(
            _entry("Apprise", f"apprise.{len(entries)}", pick, {"en": text}, {"en": source})
        )
    for pick in AP_OWN:
        where = _where(repo, commit, pick.then, (pick.table,))
        pick = dataclasses.replace(pick, why=f"{pick.table}: {pick.why}")
        entries.append(
            _entry(
                "Apprise",
                f"apprise.{len(entries)}",
                pick,
                {"en": pick.key},
                {"en": f"{at}:{where}"},
            )
        )
    return entries


ABOUT = (
    "The fifty-ninth held-out set (tools/extract_fifty_ninth.py): calibre-web (janeczku/"
    "calibre-web, August 2026): the Test e-mail and Send to eReader tasks (cps/tasks/mail.py) "
    "through smtplib, their errors as the Tasks page shows them ('Smtplib Error sending "
    "e-mail: ' + the reply's text, 'Socket Error sending e-mail: ' + strerror, 'Error sending "
    "e-mail: ' + the exception), en only as the app does not translate them; its own messages "
    "(sign-in, users, the mail settings form, eReader, files) from cps/translations in the "
    "nine languages. Apprise (caronc/apprise, August 2026): the e-mail plugin (apprise/"
    "plugins/email/base.py) through smtplib, its WARNING line and the DEBUG 'Socket "
    "Exception: ' + str(e) as one text, en only; its own texts (the e-mail URL's checks, "
    "Discord, Telegram, Gotify, ntfy, Pushover, Slack), en only. The library reasons are "
    "CPython 3.12's smtplib, socket (glibc) and ssl (OpenSSL 3, _ssl.c:1000) wording, built "
    "by raising the exceptions and running each app's formatting. Extracted and labelled "
    "blind from the code; code null: no mail-settings problem or nothing narrowing it. A "
    "language without a translation or with the English one is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, calibre_web, apprise)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
