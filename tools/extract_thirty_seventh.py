"""Developer tool: the thirty-seventh blind held-out set (Snipe-IT's mail test and messages).

Snipe-IT (the mail settings' "Send Test" button, resources/views/settings/general.blade.php
posts to api.settings.mailtest, app/Http/Controllers/Api/SettingsController.php ajaxTestEmail()
sends the MailTest notification and answers 500 with {"message": $e->getMessage()}; the setup
wizard's setup.mailtest, app/Http/Controllers/SettingsController.php, answers with the same
message; the page itself then says admin/settings/message.mail.error): Laravel 11's smtp mailer
is Symfony Mailer, whose English is read at symfony/mailer v7.0.4 because the snapshot ends in
March 2024 and does not hold the locked v7.2.0 (e4d358702fb6), en only; and Snipe-IT's own
messages (resources/lang/<ll-LL>/*.php, en-US the source), code null. LimeSurvey is not in this
set: its snapshot (1.3 GB), and those of the fall-backs Moodle (1.4 GB) and PrestaShop
(0.8 GB), are too large to fetch. Labelled blind from the code.

    python -m tools.extract_thirty_seventh MIRRORS_DIR benchmarks/data/thirty_seventh_texts.json

MIRRORS_DIR holds `snipe+snipe-it/repo` and `symfony+mailer/repo` as `fetch` leaves them in
/work/.mirror.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _after_line, _entry, _library, _where, git, write_set

SNIPEIT = ("snipe/snipe-it", "5aa5c48018f25ae5eb8671bc278469e85d0ac054")
# Snipe-IT's composer.lock locks symfony/mailer v7.2.0 (e4d358702fb6); the snapshot ends in
# March 2024, so the newest 7.x tag it holds, v7.0.4, stands in: these messages read alike.
MAILER_70 = ("symfony/mailer", "72e16d87bf50a3ce195b9470c06bb9d7b816ea85")
SNIPEIT_LANG = {
    "en": "en-US",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "it": "it-IT",
    "nl": "nl-NL",
    "pl": "pl-PL",
    "pt-BR": "pt-BR",
    "ja": "ja-JP",
}

_SSL = "SSL operation failed with code 1. OpenSSL Error messages:\nerror:"
_GAI = "php_network_getaddresses: getaddrinfo for {} failed: "
_API = "app/Http/Controllers/Api/SettingsController.php"
_SEND = "return response()->json(['message' => $e->getMessage()], 500);"
_SI = (
    "resources/views/settings/general.blade.php 'Send Test' -> api.settings.mailtest -> "
    "app/Http/Controllers/Api/SettingsController.php ajaxTestEmail(): "
    "Notification::send(Setting::first(), new MailTest()), catch \\Exception, the JSON answer "
    "(500) is $e->getMessage(); config/mail.php smtp (MAIL_HOST, MAIL_PORT, MAIL_TLS_VERIFY_PEER) "
    "-> Laravel 11's MailManager -> Symfony EsmtpTransport (port 465 implicit TLS, otherwise "
    "plain with STARTTLS when offered); "
)
_CONNECT_WHY = (
    "Transport/Smtp/Stream/SocketStream.php initialize(): stream_socket_client()'s PHP warning "
    "becomes 'Connection could not be established with host \"host:port\": ' + the warning: "
)
_REPLY_WHY = (
    'Transport/Smtp/SmtpTransport.php assertResponseCode(): \'Expected response code "..." but '
    'got code "...", with message "<the reply, trimmed>".\': '
)
_AUTH_WHY = (
    "Transport/Smtp/EsmtpTransport.php handleAuth(): each offered authenticator failed, their "
    "messages joined: "
)
_TLS_WHY = (
    "Transport/Smtp/Stream/SocketStream.php startTLS(): after the offered STARTTLS, "
    "stream_socket_enable_crypto()'s warning becomes 'Unable to connect with STARTTLS: ' + it: "
)
_SF_CONNECT = 'Connection could not be established with host "%s": '
_SF_REPLY = "sprintf('Expected response code \"%s\" but got '"
_SF_AUTH = 'Failed to authenticate on SMTP server with username "%s" using the'
_SF_NOAUTH = "Failed to find an authenticator supported by the SMTP server"
_SF_TLS = "'Unable to connect with STARTTLS: '"
_SF_CLOSED = "has been closed unexpectedly."
_SF_TIMEOUT = "timed out.'"


def _connect(host: str, error: str) -> str:
    return (
        f'Connection could not be established with host "{host}": stream_socket_client(): {error}'
    )


def _reply(codes: str, reply: str) -> str:
    code = reply[:3]
    return f'Expected response code "{codes}" but got code "{code}", with message "{reply}".'


def _auth(
    user: str, names: tuple[str, ...], reply: str, other: dict[str, str] | None = None
) -> str:
    joined = '", "'.join(names)
    text = (
        f'Failed to authenticate on SMTP server with username "{user}" using the following '
        f'authenticators: "{joined}".'
    )
    for name in names:
        said = (other or {}).get(name, reply)
        text += f' Authenticator "{name}" returned "{_reply("235", said)}".'
    return text


def _lib(text: str, code: str, why: str, then: str) -> Pick:
    return Pick(text, code, (), _SI + why, then, "lib", _SEND)


_HOST = "smtp.example.com:587"
# Gmail's XOAUTH2 answer to a password passed as a token: a base64 JSON error challenge.
_GMAIL_334 = (
    "334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xl"
    "LmNvbS8ifQ=="
)
_REFUSED = f"Unable to connect to {_HOST} (Connection refused)"

SNIPEIT_PICKS: list[Pick] = [
    _lib(
        _connect(_HOST, _REFUSED),
        "PORT_CLOSED",
        _CONNECT_WHY + "ECONNREFUSED, nothing listens on MAIL_PORT",
        _SF_CONNECT,
    ),
    _lib(
        _connect(_HOST, f"Unable to connect to {_HOST} (Connection timed out)"),
        "PORT_FILTERED",
        _CONNECT_WHY + "ETIMEDOUT: the port never answers (a firewall drops the SYN)",
        _SF_CONNECT,
    ),
    _lib(
        _connect(_HOST, _GAI.format("smtp.example.com") + "Name or service not known"),
        "HOST_NOT_FOUND",
        _CONNECT_WHY + "getaddrinfo EAI_NONAME: MAIL_HOST has no address",
        _SF_CONNECT,
    ),
    _lib(
        _connect(_HOST, _GAI.format("smtp.example.com") + "Temporary failure in name resolution"),
        "DNS_FAILURE",
        _CONNECT_WHY + "getaddrinfo EAI_AGAIN: the resolver could not be asked, not a no-such-name",
        _SF_CONNECT,
    ),
    _lib(
        _connect(_HOST, f"Unable to connect to {_HOST} (No route to host)"),
        "HOST_UNREACHABLE",
        _CONNECT_WHY + "EHOSTUNREACH: the host cannot be reached on the network",
        _SF_CONNECT,
    ),
    _lib(
        _connect(
            "ssl://smtp.example.com:465",
            "Unable to connect to ssl://smtp.example.com:465 (Connection refused)",
        ),
        "PORT_CLOSED",
        _CONNECT_WHY + "the ssl:// scheme (port 465) refused: nothing listens there",
        _SF_CONNECT,
    ),
    _lib(
        'Connection to "smtp.example.com:587" timed out.',
        "NO_GREETING",
        "Transport/Smtp/Stream/AbstractStream.php readLine(): the TCP connection is made but no "
        "'220' greeting comes before the stream's timeout",
        _SF_TIMEOUT,
    ),
    _lib(
        'Connection to "smtp.example.com:587" has been closed unexpectedly.',
        "CONNECTION_CLOSED",
        "Transport/Smtp/Stream/AbstractStream.php readLine(): feof() on the socket, the server "
        "hung up mid-dialogue",
        _SF_CLOSED,
    ),
    _lib(
        _connect(
            "ssl://smtp.example.com:465",
            _SSL + "0A000086:SSL routines::certificate verify failed",
        ),
        "CERT_UNTRUSTED",
        _CONNECT_WHY + "implicit TLS, the peer's chain does not verify (self-signed or unknown "
        "CA; MAIL_TLS_VERIFY_PEER true)",
        _SF_CONNECT,
    ),
    _lib(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): "
        + _SSL
        + "0A000086:SSL routines::certificate verify failed",
        "CERT_UNTRUSTED",
        _TLS_WHY + "the chain does not verify",
        _SF_TLS,
    ),
    _lib(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): Peer certificate "
        "CN=`mail.example.net' did not match expected CN=`smtp.example.com'",
        "CERT_HOSTNAME_MISMATCH",
        _TLS_WHY + "PHP's peer_name check: the certificate names another host",
        _SF_TLS,
    ),
    _lib(
        _connect(
            "ssl://smtp.example.com:465",
            "Peer certificate CN=`mail.example.net' did not match expected CN=`smtp.example.com'",
        ),
        "CERT_HOSTNAME_MISMATCH",
        _CONNECT_WHY + "implicit TLS, PHP's peer_name check fails",
        _SF_CONNECT,
    ),
    _lib(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): "
        + _SSL
        + "0A000102:SSL routines::unsupported protocol",
        "TLS_OUTDATED",
        _TLS_WHY + "the server only speaks TLS 1.0/1.1, which OpenSSL 3 refuses",
        _SF_TLS,
    ),
    _lib(
        _auth(
            "snipeit@example.com",
            ("LOGIN", "PLAIN"),
            "535 5.7.8 Error: authentication failed: authentication failure",
        ),
        "AUTH_FAILED",
        _AUTH_WHY + "Postfix/Dovecot's 535 5.7.8 to MAIL_USERNAME/MAIL_PASSWORD",
        _SF_AUTH,
    ),
    _lib(
        _auth(
            "snipeit@gmail.com",
            ("LOGIN", "PLAIN", "XOAUTH2"),
            "534-5.7.9 Application-specific password required. For more information, go to\r\n"
            "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
            "d2e1a72fcca58-71e5a1b2c3dsm1234567b3a.12 - gsmtp",
            {"XOAUTH2": _GMAIL_334},
        ),
        "APP_PASSWORD_REQUIRED",
        _AUTH_WHY + "Gmail's 534 5.7.9 to LOGIN and PLAIN: the account has 2-step "
        "verification, an app password is needed (XOAUTH2, tried with the password as a token, "
        "gets Gmail's 334 error challenge)",
        _SF_AUTH,
    ),
    _lib(
        _auth(
            "snipeit@example.onmicrosoft.com",
            ("LOGIN", "XOAUTH2"),
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
            "the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
            "[AM0PR01CA0123.eurprd01.prod.exchangelabs.com 2024-05-02T10:11:12.345Z "
            "08DC6A1B2C3D4E5F]",
        ),
        "PROTOCOL_DISABLED",
        _AUTH_WHY + "Microsoft 365's 535 5.7.139: SMTP AUTH is switched off for the tenant",
        _SF_AUTH,
    ),
    _lib(
        _auth(
            "snipeit@example.onmicrosoft.com",
            ("LOGIN", "XOAUTH2"),
            "535 5.7.3 Authentication unsuccessful "
            "[AM0PR01CA0123.eurprd01.prod.exchangelabs.com 2024-05-02T10:11:12.345Z "
            "08DC6A1B2C3D4E5F]",
        ),
        "AUTH_FAILED",
        _AUTH_WHY + "Microsoft 365's 535 5.7.3: the credentials are refused",
        _SF_AUTH,
    ),
    _lib(
        _auth(
            "snipeit@example.com",
            ("LOGIN", "PLAIN"),
            "454 4.7.0 Temporary authentication failure: Connection lost to authentication server",
        ),
        "AUTH_TEMPORARY_FAILURE",
        _AUTH_WHY + "a 454 4.7.0 to AUTH: the server's own authentication back end is down",
        _SF_AUTH,
    ),
    _lib(
        "Failed to find an authenticator supported by the SMTP server, which currently "
        'supports: "gssapi", "ntlm".',
        "AUTH_NOT_OFFERED",
        "Transport/Smtp/EsmtpTransport.php handleAuth(): MAIL_USERNAME set, the EHLO answer's "
        "AUTH names only mechanisms the transport does not speak (an Exchange receive "
        "connector offering GSSAPI and NTLM)",
        _SF_NOAUTH,
    ),
    _lib(
        _reply(
            "250",
            "553 5.7.1 <snipeit@example.com>: Sender address rejected: not owned by user "
            "alice@example.com",
        ),
        "SENDER_REFUSED",
        _REPLY_WHY + "MAIL FROM:<MAIL_FROM_ADDR> refused: the login may not send as that address",
        _SF_REPLY,
    ),
    _lib(
        _reply("250/251/252", "554 5.7.1 <admin@example.org>: Relay access denied"),
        "RELAY_REFUSED",
        _REPLY_WHY + "RCPT TO refused: the server will not relay for an unauthenticated client "
        "(MAIL_USERNAME empty)",
        _SF_REPLY,
    ),
    _lib(
        _reply(
            "250/251/252",
            "550 5.1.1 <admin@example.com>: Recipient address rejected: User unknown in virtual "
            "mailbox table",
        ),
        "RECIPIENT_UNKNOWN",
        _REPLY_WHY + "RCPT TO:<MAIL_REPLYTO_ADDR> (the test mail's recipient) does not exist",
        _SF_REPLY,
    ),
    _lib(
        _reply(
            "250/251/252",
            "452 4.2.2 <admin@example.com>: Recipient address rejected: Mailbox full",
        ),
        "RECIPIENT_MAILBOX_FULL",
        _REPLY_WHY + "RCPT TO: the recipient's mailbox is over quota",
        _SF_REPLY,
    ),
    _lib(
        _reply(
            "220",
            "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using "
            "zen.spamhaus.org",
        ),
        "REJECTED_AS_SPAM",
        _REPLY_WHY + "the greeting is a 554: the server's IP is on a block list",
        _SF_REPLY,
    ),
    _lib(
        _reply("220", "421 4.7.0 smtp.example.com Error: too many connections from 203.0.113.5"),
        "RATE_LIMITED",
        _REPLY_WHY + "the greeting is a 421: too many connections from this client",
        _SF_REPLY,
    ),
    _lib(
        _reply(
            "250",
            "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending "
            "limits go to\r\n550 5.4.5  https://support.google.com/a/answer/166852 "
            "d2e1a72fcca58-71e5a1b2c3dsm1234567b3a.12 - gsmtp",
        ),
        "RATE_LIMITED",
        _REPLY_WHY + "MAIL FROM refused with Gmail's 550 5.4.5: the daily sending quota is spent",
        _SF_REPLY,
    ),
    _lib(
        _reply("250", "550 5.7.1 Message rejected as spam by Content Filtering."),
        "REJECTED_AS_SPAM",
        _REPLY_WHY + "the answer to the message's final '.': the content filter refuses it",
        _SF_REPLY,
    ),
    _lib(
        "Unable to connect with STARTTLS: stream_socket_enable_crypto(): "
        + _SSL
        + "0A000410:SSL routines::sslv3 alert handshake failure",
        "TLS_HANDSHAKE_FAILED",
        _TLS_WHY + "the server's alert: no protocol version or cipher both sides accept",
        _SF_TLS,
    ),
    _lib(
        _reply("220", "421 4.3.2 Service shutting down, closing transmission channel"),
        "OVERLOADED",
        _REPLY_WHY + "the greeting is a 421 4.3.2: the server accepts no mail now",
        _SF_REPLY,
    ),
    _lib(
        _reply(
            "250",
            "554 5.2.252 SendAsDenied; snipeit@example.com not allowed to send as "
            "assets@example.org; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExcept"
            "ionSendAsDenied; Failed to process message due to a permanent exception with "
            "message [BeginDiagnosticData]Cannot submit message.",
        ),
        "SENDER_REFUSED",
        _REPLY_WHY + "Microsoft 365's answer to the final '.': MAIL_FROM_ADDR is not the "
        "signed-in mailbox nor one it may send as",
        _SF_REPLY,
    ),
    _lib(
        _reply(
            "250",
            "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to "
            "process message due to a permanent exception with message [BeginDiagnosticData]"
            "Cannot submit message.",
        ),
        "RATE_LIMITED",
        _REPLY_WHY + "Microsoft 365's answer to the final '.': the mailbox's sending quota is "
        "spent",
        _SF_REPLY,
    ),
]

_OWN = [
    ("admin/settings/message", "mail.error", (), "the page's own line when the test fails"),
    (
        "admin/settings/message",
        "mail.additional",
        (),
        "the page's second line when the answer carries no 'messages' (the API answers "
        "'message'): no reason given, nothing narrows it",
    ),
    ("auth/message", "account_not_found", (), "Snipe-IT's own sign-in"),
    ("auth/message", "account_suspended", (), "Snipe-IT's own sign-in: suspended user"),
    ("auth/message", "account_not_activated", (), "Snipe-IT's own sign-in: inactive user"),
    ("auth/message", "two_factor.invalid_code", (), "the two-factor prompt"),
    ("auth/message", "two_factor.code_required", (), "the two-factor prompt, left empty"),
    ("auth/message", "signin.error", (), "a sign-in error"),
    ("general", "insufficient_permissions", (), "a role without the permission"),
    ("general", "file_does_not_exist", (), "a download whose file is gone"),
    ("admin/users/message", "user_not_found", (), "a user id that does not exist"),
    ("admin/users/message", "ldap_not_configured", (), "LDAP sync with no LDAP settings"),
    ("validation", "required", ("attribute=email",), "form validation of a required field"),
    ("validation", "email", ("attribute=email",), "form validation of an e-mail field"),
    ("validation", "unique", ("attribute=username",), "form validation: a taken username"),
    ("admin/settings/message", "backup.file_not_found", (), "a backup file that is gone"),
    ("admin/settings/message", "purge.validation_failed", (), "the purge confirmation"),
    (
        "admin/settings/message",
        "webhook.error",
        ("app=Slack", "error_message=404 Not Found"),
        "the Slack/Teams webhook test, not mail",
    ),
]
for _file, _key, _values, _note in _OWN:
    SNIPEIT_PICKS.append(
        Pick(
            f"{_file}.{_key}",
            None,
            _values,
            f"resources/lang/en-US/{_file}.php: {_note}; no mail-settings problem",
            "",
            "lang",
            f"{_file}.{_key}",
        )
    )

_PHP_TOKEN = re.compile(
    r"""'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(=>)|(\[|\barray\s*\()|(\]|\))|//[^\n]*|"""
    r"""/\*.*?\*/""",
    re.S,
)


def read_lang(text: str) -> dict[str, str]:
    """A nested Laravel lang file (`return [...]` or `return array(...)`) flattened to dotted
    keys, PHP's quoting undone."""
    table: dict[str, str] = {}
    stack: list[str | None] = []
    pending: str | None = None
    last: str | None = None
    arrow = False
    start = re.search(r"return\s*(\[|array\s*\()", text)
    assert start
    for match in _PHP_TOKEN.finditer(text[start.start() :]):
        single, double, is_arrow, opening, closing = match.groups()
        if single is not None or double is not None:
            if single is not None:
                value = re.sub(r"\\([\\'])", r"\1", single)
            else:
                value = re.sub(r'\\([\\"$])', r"\1", double or "")
            if arrow and pending is not None:
                path = [key for key in stack if key is not None]
                table[".".join([*path, pending])] = value
                pending, arrow, last = None, False, None
            else:
                last = value
        elif is_arrow:
            pending, arrow = last, True
        elif opening:
            stack.append(pending if arrow else None)
            pending, arrow, last = None, False, None
        elif closing:
            if stack:
                stack.pop()
            pending, arrow, last = None, False, None
    return table


def _fill(text: str, values: tuple[str, ...]) -> str:
    for pair in values:
        name, value = pair.split("=", 1)
        needle = f":{name}"
        assert needle in text, (text, needle)
        text = text.replace(needle, value)
    return text


def _then(mirrors: Path, literal: str) -> str:
    repo, commit = _library(mirrors, MAILER_70)
    where = _where(repo, commit, literal, ("Transport/Smtp",))
    return f" (then {MAILER_70[0]}@{commit[:12]}:{where})"


def snipeit(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, SNIPEIT)
    at = f"{SNIPEIT[0]}@{commit[:12]}"
    lock = git(repo, "show", f"{commit}:composer.lock")
    assert '"reference": "e4d358702fb66e4c8a2af08e90e7271a62de39cc"' in lock  # mailer v7.2.0
    tables: dict[tuple[str, str], tuple[str, dict[str, str]]] = {}
    entries = []
    for index, pick in enumerate(SNIPEIT_PICKS):
        assert pick.context
        if pick.table == "lang":
            name, key = pick.key.rsplit(".", 1) if "/" not in pick.key else _split(pick.key)
            for lang, folder in SNIPEIT_LANG.items():
                if (name, lang) not in tables:
                    path = f"resources/lang/{folder}/{name}.php"
                    tables[(name, lang)] = (path, read_lang(git(repo, "show", f"{commit}:{path}")))
            english = tables[(name, "en")][1][key]
            texts = {"en": _fill(english, pick.values)}
            sources = {"en": f"{at}:{tables[(name, 'en')][0]}#{key}"}
            for lang in SNIPEIT_LANG:
                path, table = tables[(name, lang)]
                words = table.get(key, "")
                if lang == "en" or not words.strip() or words == english:
                    continue
                if any(f":{pair.split('=')[0]}" not in words for pair in pick.values):
                    continue  # the translation lost the placeholder
                texts[lang] = _fill(words, pick.values)
                sources[lang] = f"{at}:{path}#{key}"
        else:
            texts = {"en": pick.key}
            line = _after_line(repo, commit, _API, "public function ajaxTestEmail()", pick.context)
            sources = {"en": f"{at}:{_API}:{line}{_then(mirrors, pick.then)}"}
        entries.append(_entry("Snipe-IT", f"snipeit.{index}", pick, texts, sources))
    return entries


def _split(dotted: str) -> tuple[str, str]:
    """'admin/settings/message.mail.error' -> ('admin/settings/message', 'mail.error')."""
    folder, rest = dotted.rsplit("/", 1)
    name, key = rest.split(".", 1)
    return f"{folder}/{name}", key


ABOUT = (
    "The thirty-seventh held-out set (tools/extract_thirty_seventh.py): Snipe-IT's mail test "
    "(the settings page's 'Send Test' posts to api.settings.mailtest, whose JSON answer carries "
    "the exception's message: Symfony Mailer's English read at symfony/mailer v7.0.4 as no "
    "snapshot holds the locked v7.2.0, en only) and Snipe-IT's own messages "
    "(resources/lang/<ll-LL>/*.php, en-US the source), snipe/snipe-it of May 2025; extracted "
    "and labelled blind from the code; code null: no settings problem, or a failure nothing in "
    "the code path narrows. A language without a translation or with the English one is left "
    "out. LimeSurvey is missing: its snapshot, and those of the fall-backs Moodle and "
    "PrestaShop, are too large to fetch."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, snipeit)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
