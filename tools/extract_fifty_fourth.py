"""Developer tool: the fifty-fourth blind held-out set (Sendportal's and Monica's mail errors).

Sendportal (mettle/sendportal, Laravel 11, with its core package mettle/sendportal-core): its
own mails (app/Services/Workspaces/SendInvitation.php's workspace invitation, laravel/ui's
password reset) go through Laravel's smtp mailer, Symfony Mailer; no composer.lock is
committed, Laravel 11 requires symfony/mailer ^7.0, read in the symfony/mailer 7.0 branch
(March 2024, the month before the pinned Sendportal); the exception's message as Laravel logs
it or its debug page shows it, en only. The email services' "Test"
(src/Http/Controllers/EmailServices/TestEmailServiceController.php store()) shows
'Response: ' + the exception's message: for Mailgun mailgun/mailgun-php's HttpClientException
(v4.2.0, the floor of the core's ^4.2), for Postmark wildbit/postmark-php's PostmarkException
(v6.0.7 of ActiveCampaign/postmark-php); its SMTP service swallows the TransportException
(src/Adapters/SmtpAdapter.php send() returns '-1'), so no SMTP reason is shown there. Its own
messages from the core's resources/lang/de.json (the only translation among the nine), code
null. Monica (monicahq/monica, Laravel 12): the notification channel's test email
(app/Domains/Settings/ManageNotificationChannels/Services/SendTestEmail.php), invitations
(ManageUsers/Services/InviteUser.php), reminders and the password reset through Laravel's
mailer; composer.lock pins symfony/mailer v7.3.2, not stored: read at v7.1.5 in
symfony/symfony (the SMTP transport's wording unchanged), en only; its own texts from
lang/<ll>.json and the sign-in ones from lang/<ll>/auth.php and passwords.php, code null.
Labelled blind from the code.

    python -m tools.extract_fifty_fourth MIRRORS_DIR benchmarks/data/fifty_fourth_texts.json

MIRRORS_DIR holds `mettle+sendportal/repo`, `mettle+sendportal-core/repo`,
`monicahq+monica/repo`, `symfony+mailer/repo`, `symfony+symfony/repo`,
`mailgun+mailgun-php/repo` and `ActiveCampaign+postmark-php/repo` as `fetch` leaves them in
/work/.mirror.
"""

from __future__ import annotations

import dataclasses
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

SENDPORTAL = ("mettle/sendportal", "6652906992cd7b7e5d4bb2b1f64dba6a8b953293")
CORE = ("mettle/sendportal-core", "6e6ce11e1882e5516836d283ad55c738a880ce61")
MONICA = ("monicahq/monica", "e08e91734170b6bbd582cb578532c3948196124e")
SF_MAILER = ("symfony/mailer", "eb0c3187c7ddfde12d8aa0e1fa5fb29e730a41e0")  # 7.0 branch
SYMFONY = ("symfony/symfony", "77c124d43b230777b14125b4ef9179213f1c823f")  # v7.1.5
MAILGUN = ("mailgun/mailgun-php", "6e31693370a254522118b9961ca675823c76c3c0")  # v4.2.0
POSTMARK = ("ActiveCampaign/postmark-php", "3c2c848c60d602e2da6dddaa12529cb9a247a223")  # v6.0.7
MONICA_LANG = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pl": "pl",
    "pt-BR": "pt_BR",
    "ja": "ja",
}

_SSL = "SSL operation failed with code 1. OpenSSL Error messages:\n"
_CONNECT = "sprintf('Connection could not be established with host"
_STARTTLS = "throw new TransportException('Unable to connect with STARTTLS: '"
_REPLY = "throw new UnexpectedResponseException(sprintf('Expected response code"
_AUTH = "sprintf('Failed to authenticate on SMTP server with username"
_NOAUTH = "sprintf('Failed to find an authenticator supported by the SMTP server"
_TIMEOUT = "timed out.', $this->getReadConnectionDescription()"
_CLOSED = "has been closed unexpectedly.', $this->getReadConnectionDescription()"

_CONNECT_WHY = (
    "Transport/Smtp/Stream/SocketStream.php initialize(): stream_socket_client()'s first PHP "
    "warning becomes 'Connection could not be established with host \"<url>\": ' + it (the url "
    "ssl://host:port for port 465, implicit TLS, else host:port with STARTTLS when offered): "
)
_TLS_WHY = (
    "Transport/Smtp/EsmtpTransport.php doHeloCommand(): STARTTLS offered and sent, then "
    "SocketStream.php startTLS(): stream_socket_enable_crypto()'s warning becomes 'Unable to "
    "connect with STARTTLS: ' + it: "
)
_REPLY_WHY = (
    'Transport/Smtp/SmtpTransport.php assertResponseCode(): \'Expected response code "..." '
    'but got code "...", with message "<the reply>".\': '
)
_AUTH_WHY = (
    "Transport/Smtp/EsmtpTransport.php handleAuth(): each offered authenticator (CRAM-MD5, "
    "LOGIN, PLAIN, XOAUTH2 in that order) failed, their messages joined: "
)


def _connect(url: str, warning: str) -> str:
    head = f'Connection could not be established with host "{url}": '
    return f"{head}stream_socket_client(): {warning}"


def _reply(codes: str, reply: str) -> str:
    return f'Expected response code "{codes}" but got code "{reply[:3]}", with message "{reply}".'


def _auth(user: str, names: tuple[str, ...], reply: str) -> str:
    joined = '", "'.join(names)
    text = (
        f'Failed to authenticate on SMTP server with username "{user}" using the following '
        f'authenticators: "{joined}".'
    )
    for name in names:
        text += f' Authenticator "{name}" returned "{_reply("235", reply)}".'
    return text


def _sf(text: str, code: str | None, why: str, literal: str) -> Pick:
    return Pick(text, code, why=why, then=literal, table="smtp")


def _smtp_picks(host: str, user: str, sender: str, rcpt: str) -> list[Pick]:
    """The Symfony Mailer SMTP reasons, filled for one app's host and addresses."""
    plain, tls = f"{host}:587", f"ssl://{host}:465"
    gai = f"php_network_getaddresses: getaddrinfo for {host} failed: "
    return [
        _sf(
            _connect(plain, f"Unable to connect to {plain} (Connection refused)"),
            "PORT_CLOSED",
            _CONNECT_WHY + "connect(2) ECONNREFUSED, nothing listens on the port",
            _CONNECT,
        ),
        _sf(
            _connect(tls, gai + "Name or service not known"),
            "HOST_NOT_FOUND",
            _CONNECT_WHY + "getaddrinfo EAI_NONAME, the host name does not resolve",
            _CONNECT,
        ),
        _sf(
            _connect(plain, gai + "Temporary failure in name resolution"),
            "DNS_FAILURE",
            _CONNECT_WHY + "getaddrinfo EAI_AGAIN, the resolver did not answer",
            _CONNECT,
        ),
        _sf(
            _connect(tls, f"Unable to connect to {tls} (Connection timed out)"),
            "PORT_FILTERED",
            _CONNECT_WHY + "no answer to the SYN within the timeout: a firewall drops it",
            _CONNECT,
        ),
        _sf(
            _connect(plain, f"Unable to connect to {plain} (Network is unreachable)"),
            "HOST_UNREACHABLE",
            _CONNECT_WHY + "ENETUNREACH, no route to the server",
            _CONNECT,
        ),
        _sf(
            _connect(
                f"ssl://{host}:587",
                _SSL + "error:0A00010B:SSL routines::wrong version number",
            ),
            "TLS_ON_PLAIN_PORT",
            _CONNECT_WHY + "the smtps scheme (implicit TLS) against port 587, which speaks plain "
            "SMTP first: OpenSSL reads the greeting as a TLS record",
            _CONNECT,
        ),
        _sf(
            _connect(tls, _SSL + "error:0A000086:SSL routines::certificate verify failed"),
            "CERT_UNTRUSTED",
            _CONNECT_WHY + "verify_peer on by default: the chain does not lead to a trusted CA",
            _CONNECT,
        ),
        _sf(
            _connect(
                tls,
                f"Peer certificate CN=`mail.hosting.example.net' did not match expected "
                f"CN=`{host}'",
            ),
            "CERT_HOSTNAME_MISMATCH",
            _CONNECT_WHY + "verify_peer_name: the certificate names another host",
            _CONNECT,
        ),
        _sf(
            "Unable to connect with STARTTLS: stream_socket_enable_crypto(): "
            + _SSL
            + "error:0A000086:SSL routines::certificate verify failed",
            "CERT_UNTRUSTED",
            _TLS_WHY + "the server's certificate chain is not trusted",
            _STARTTLS,
        ),
        _sf(
            "Unable to connect with STARTTLS: stream_socket_enable_crypto(): "
            + _SSL
            + "error:0A000102:SSL routines::unsupported protocol",
            "TLS_OUTDATED",
            _TLS_WHY + "the server offers only TLS 1.0/1.1, below OpenSSL 3's floor",
            _STARTTLS,
        ),
        _sf(
            f'Connection to "{plain}" timed out.',
            "SLOW_SERVER",
            "Transport/Smtp/Stream/AbstractStream.php readLine(): connected, but no reply line "
            "within the stream timeout (the greeting or a command's answer)",
            _TIMEOUT,
        ),
        _sf(
            f'Connection to "{plain}" has been closed unexpectedly.',
            "CONNECTION_CLOSED",
            "Transport/Smtp/Stream/AbstractStream.php readLine(): feof() while waiting for a "
            "reply: the server hung up",
            _CLOSED,
        ),
        _sf(
            _reply("220", f"421 4.7.0 {host} Error: too many connections from 203.0.113.10"),
            "RATE_LIMITED",
            _REPLY_WHY + "the greeting (SmtpTransport.php start(), [220]) is a 421 naming the "
            "connection limit",
            _REPLY,
        ),
        _sf(
            _reply(
                "220",
                "554 5.7.1 Service unavailable; Client host [203.0.113.10] blocked using "
                "zen.spamhaus.org",
            ),
            "REJECTED_AS_SPAM",
            _REPLY_WHY + "the greeting refused: the sending host's IP is on a block list",
            _REPLY,
        ),
        _sf(
            _auth(
                user,
                ("LOGIN", "PLAIN"),
                "535 5.7.8 Error: authentication failed: authentication failure",
            ),
            "AUTH_FAILED",
            _AUTH_WHY + "AUTH PLAIN LOGIN offered, both refused with 535 5.7.8 (the LOGIN "
            "password step and AUTH PLAIN expect 235)",
            _AUTH,
        ),
        _sf(
            "Failed to find an authenticator supported by the SMTP server, which currently "
            'supports: "GSSAPI", "NTLM".',
            "AUTH_NOT_OFFERED",
            "Transport/Smtp/EsmtpTransport.php handleAuth(): a username is set and EHLO names "
            "AUTH, but none of the mechanisms Symfony speaks",
            _NOAUTH,
        ),
        _sf(
            _reply(
                "250", f"553 5.7.1 <{sender}>: Sender address rejected: not owned by user {user}"
            ),
            "SENDER_REFUSED",
            _REPLY_WHY + "MAIL FROM ([250]): the From address (MAIL_FROM_ADDRESS) is not one "
            "the account may send as",
            _REPLY,
        ),
        _sf(
            _reply("250/251/252", f"554 5.7.1 <{rcpt}>: Relay access denied"),
            "RELAY_REFUSED",
            _REPLY_WHY + "RCPT TO ([250, 251, 252]) to another domain without an authenticated "
            "session",
            _REPLY,
        ),
        _sf(
            _reply(
                "250/251/252",
                f"550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual "
                "mailbox table",
            ),
            "RECIPIENT_UNKNOWN",
            _REPLY_WHY + "RCPT TO: the invitee's or user's address does not exist",
            _REPLY,
        ),
        _sf(
            _reply("250", "552 5.3.4 Message size exceeds fixed limit"),
            "SIZE_LIMIT",
            _REPLY_WHY + "the end of DATA ([250]): the message is over the server's size limit",
            _REPLY,
        ),
        _sf(
            _reply("250", "450 4.7.1 Error: too much mail from 203.0.113.10"),
            "RATE_LIMITED",
            _REPLY_WHY + "MAIL FROM: the server's per-client sending limit",
            _REPLY,
        ),
    ]


def _lib_where(repo: Path, commit: str, prefix: str, literal: str) -> str:
    return _where(repo, commit, literal, (prefix + "Transport/Smtp",))


# Sendportal: mailgun-php's HttpClientException (src/Exception/HttpClientException.php) and
# postmark-php's PostmarkException (src/Postmark/PostmarkClientBase.php) as the Test shows them.
_TEST = (
    "src/Http/Controllers/EmailServices/TestEmailServiceController.php store(): "
    "DispatchTestMessage::testService() -> the service's adapter send(); any Exception "
    "becomes the flash error 'Response: ' . $e->getMessage(); "
)
_MG = _TEST + "src/Adapters/MailgunMailAdapter.php send() -> Mailgun messages()->send() -> "
_PM = _TEST + "src/Adapters/PostmarkMailAdapter.php send() -> PostmarkClient::sendEmail() -> "
SENDPORTAL_API: list[Pick] = [
    Pick(
        "Your credentials are incorrect.",
        "AUTH_FAILED",
        why=_MG + "HttpApi.php handleErrors() 401: HttpClientException::unauthorized(), the API "
        "key is wrong",
        table="mailgun",
    ),
    Pick(
        "The endpoint you have tried to access does not exist. Check if the domain matches the "
        "domain you have configure on Mailgun.",
        "WRONG_HOST",
        why=_MG + "404 without a JSON message: HttpClientException::notFound()'s default; the "
        "configured domain or the zone (US/EU endpoint) does not match the Mailgun account",
        table="mailgun",
    ),
    Pick(
        "Payload too large, your total attachment size is too big.",
        "SIZE_LIMIT",
        why=_MG + "413: HttpClientException::payloadTooLarge()",
        table="mailgun",
    ),
    Pick(
        "Too many requests.",
        "RATE_LIMITED",
        why=_MG + "429: HttpClientException::tooManyRequests(), the account's sending rate",
        table="mailgun",
    ),
    Pick(
        "Parameters were valid but request failed. Try again.",
        None,
        why=_MG + "402: HttpClientException::requestFailed(), nothing in the path says why",
        table="mailgun",
    ),
    Pick(
        "Request conflicts with current state of the target resource.",
        None,
        why=_MG + "409: HttpClientException::conflict(), no mail setting named",
        table="mailgun",
    ),
    Pick(
        "Unauthorized: Missing or incorrect API token in header. Please verify that you used "
        "the correct token when you constructed your client.",
        "AUTH_FAILED",
        why=_PM + "processRestRequest() 401: the Server API token is wrong",
        table="postmark:Unauthorized: Missing or incorrect API token in header.",
    ),
    Pick(
        "The Postmark API is currently unavailable, please try your request later.",
        None,
        why=_PM + "503: Postmark's own outage, no setting of the app is wrong",
        table="postmark:The Postmark API is currently unavailable",
    ),
    Pick(
        "Internal Server Error: This is an issue with Postmark’s servers processing your "
        "request. In most cases the message is lost during the process, and Postmark is "
        "notified so that we can investigate the issue.",
        None,
        why=_PM + "500: Postmark's server failed",
        table="postmark:Internal Server Error: This is an issue with Postmark",
    ),
]
# Sendportal's own messages (the core's __() keys, de.json): campaigns, messages, imports.
SENDPORTAL_OWN: list[Pick] = [
    Pick("Unable to delete a campaign that is not in draft status", None),
    Pick("Unable to locate that message", None),
    Pick("A sent message cannot be deleted", None),
    Pick("Unable to locate messages", None),
    Pick("The provided file contains errors", None),
    Pick("The uploaded file is not valid", None),
    Pick("One or more of the tags is invalid.", None),
    Pick("At least one tag must be selected", None),
    Pick("The tag name must be unique.", None),
    Pick("The template name must be unique.", None),
    Pick("There are no subscribers to export", None),
    Pick("The selected message has already been sent", None),
    Pick(
        "The Mailgun Email Service requires you to enter a key",
        None,
        why="the email service form's validation: a required field left empty, no server asked",
    ),
    Pick(
        "The number of subscribers for this campaign exceeds your SES quota",
        "RATE_LIMITED",
        why="src/Http/Controllers/Campaigns/CampaignDispatchController.php store(): "
        "QuotaService::exceedsQuota() compares the unsent count with SES's sending quota "
        "(GetSendQuota, Max24HourSend - SentLast24Hours): the provider's sending limit",
    ),
]
_SP_SEND = (
    "Sendportal's own mail (app/Services/Workspaces/SendInvitation.php Mail::send() of a "
    "workspace invitation; laravel/ui's password reset) through config/mail.php's smtp mailer, "
    "Laravel 11's Symfony EsmtpTransport; the TransportException reaches Laravel's handler "
    "(log, debug page); "
)
_MO_SEND = (
    "app/Domains/Settings/ManageNotificationChannels/Services/SendTestEmail.php send(): "
    "Mail::to()->send(new TestEmailSent) (also InviteUser.php, the reminders' "
    "ReminderTriggered notification, the password reset) through config/mail.php's smtp "
    "mailer, Laravel 12's Symfony EsmtpTransport; the TransportException reaches Laravel's "
    "handler (log, debug page); "
)
# Monica's own texts: lang/<ll>.json keys (trans() in app/, $t() in resources/js) and the
# sign-in ones in lang/<ll>/auth.php and passwords.php (table: the PHP file, key: its key).
MONICA_OWN: list[Pick] = [
    Pick(
        "failed",
        None,
        why="lang/<ll>/auth.php: the sign-in's wrong e-mail or password "
        "(Monica's account, not a mail server)",
        table="auth",
    ),
    Pick("password", None, why="lang/<ll>/auth.php: a password confirmation refused", table="auth"),
    Pick(
        "throttle",
        None,
        (":seconds=45",),
        why="lang/<ll>/auth.php: too many sign-in attempts on Monica itself",
        table="auth",
    ),
    Pick(
        "user",
        None,
        why="lang/<ll>/passwords.php: a password reset for an unknown address",
        table="passwords",
    ),
    Pick("token", None, why="lang/<ll>/passwords.php: an expired reset link", table="passwords"),
    Pick(
        "throttled",
        None,
        why="lang/<ll>/passwords.php: reset requested too often",
        table="passwords",
    ),
    Pick("The email is already taken. Please choose another one.", None),
    Pick("You cannot remove your own administrator privilege.", None),
    Pick(
        "Could not get address book data.",
        None,
        why="DavClient/Services/CreateAddressBookSubscription.php: a CardDAV server's answer",
    ),
    Pick("The provided password does not match your current password.", None),
    Pick("This provider is already associated with another account", None),
    Pick("The keys to manage uploads have not been set in this Monica instance.", None),
    Pick("You have not setup Telegram in your environment variables yet.", None),
    Pick("You have not enabled two factor authentication.", None),
    Pick("Whoops! Something went wrong.", None),
]


_PHP_PAIR = re.compile(r"^\s*'((?:[^'\\]|\\.)*)'\s*=>\s*'((?:[^'\\]|\\.)*)',?\s*$", re.M)


def _php_short_array(text: str) -> dict[str, str]:
    """A flat Laravel lang file (`return ['key' => 'value', ...];`, single-quoted strings,
    whose only escapes are \\' and \\\\)."""
    assert "return [" in text
    unquote = {"\\'": "'", "\\\\": "\\"}.get
    return {
        re.sub(r"\\[\\']", lambda m: unquote(m.group()) or "", key): re.sub(
            r"\\[\\']", lambda m: unquote(m.group()) or "", value
        )
        for key, value in _PHP_PAIR.findall(text)
    }


def _colon_fill(text: str, values: tuple[str, ...]) -> str:
    for pair in values:
        name, value = pair.split("=", 1)
        assert name in text, (text, name)
        text = text.replace(name, value)
    return text


def _smtp_entries(
    app: str,
    slug: str,
    start: int,
    send_at: str,
    send_why: str,
    lib: tuple[str, str],
    prefix: str,
    picks: list[Pick],
    mirrors: Path,
) -> list[dict[str, object]]:
    lib_repo, lib_commit = _library(mirrors, lib)
    entries = []
    for index, pick in enumerate(picks, start):
        where = _lib_where(lib_repo, lib_commit, prefix, pick.then)
        source = f"{send_at} (then {lib[0]}@{lib_commit[:12]}:{where})"
        pick = Pick(pick.key, pick.code, why=send_why + pick.why)
        entries.append(_entry(app, f"{slug}.{index}", pick, {"en": pick.key}, {"en": source}))
    return entries


def sendportal(mirrors: Path) -> list[dict[str, object]]:
    app_repo, app_commit = _library(mirrors, SENDPORTAL)
    core, core_commit = _library(mirrors, CORE)
    app_at = f"{SENDPORTAL[0]}@{app_commit[:12]}"
    core_at = f"{CORE[0]}@{core_commit[:12]}"
    assert '"laravel/framework": "^11.0"' in git(app_repo, "show", f"{app_commit}:composer.json")
    assert not git(app_repo, "ls-tree", app_commit, "composer.lock")  # nothing locked
    send = _where(app_repo, app_commit, "Mail::send(", ("app/Services/Workspaces",))
    picks = _smtp_picks(
        "smtp.example.com", "alice@example.com", "noreply@example.net", "bob@example.org"
    )
    entries = _smtp_entries(
        "Sendportal",
        "sendportal",
        0,
        f"{app_at}:{send}",
        _SP_SEND,
        SF_MAILER,
        "",
        picks,
        mirrors,
    )
    test = _where(
        core,
        core_commit,
        "'Response: ' . $e->getMessage()",
        ("src/Http/Controllers/EmailServices",),
    )
    mg_repo, mg_commit = _library(mirrors, MAILGUN)
    pm_repo, pm_commit = _library(mirrors, POSTMARK)
    for pick in SENDPORTAL_API:
        if pick.table == "mailgun":
            where = _where(mg_repo, mg_commit, f"'{pick.key}'", ("src/Exception",))
            lib_at = f"{MAILGUN[0]}@{mg_commit[:12]}:{where}"
        else:
            literal = pick.table.split(":", 1)[1]
            where = _where(pm_repo, pm_commit, literal, ("src/Postmark/PostmarkClientBase.php",))
            lib_at = f"{POSTMARK[0]}@{pm_commit[:12]}:{where}"
        source = f"{core_at}:{test} (then {lib_at})"
        entries.append(
            _entry(
                "Sendportal",
                f"sendportal.{len(entries)}",
                pick,
                {"en": "Response: " + pick.key},
                {"en": source},
            )
        )
    german = json.loads(git(core, "show", f"{core_commit}:resources/lang/de.json"))
    for pick in SENDPORTAL_OWN:
        # the __() key exactly as the code spells it (a trailing '.' would miss de.json)
        quoted = [f"__('{pick.key}')", f'__("{pick.key}")']
        found = [
            q
            for q in quoted
            if git(core, "grep", "-l", "-F", "-e", q, core_commit, "--", "src", "resources/views")
        ]
        assert found, pick.key
        where = _where(core, core_commit, found[0], ("src", "resources/views"))
        if not pick.why:
            pick = dataclasses.replace(
                pick,
                why=f"{where.split(':')[0]}: Sendportal's own message (campaigns, messages, "
                "tags, templates, imports), no mail setting involved",
            )
        texts = {"en": pick.key}
        sources = {"en": f"{core_at}:{where}"}
        words = german.get(pick.key)
        if words and words != pick.key:
            texts["de"] = words
            sources["de"] = f"{core_at}:resources/lang/de.json#{pick.key}"
        entries.append(_entry("Sendportal", f"sendportal.{len(entries)}", pick, texts, sources))
    return entries


def monica(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, MONICA)
    at = f"{MONICA[0]}@{commit[:12]}"
    lock = json.loads(git(repo, "show", f"{commit}:composer.lock"))
    locked = {p["name"]: p["version"] for p in lock["packages"]}
    assert locked["symfony/mailer"] == "v7.3.2", locked["symfony/mailer"]
    send = _where(
        repo,
        commit,
        "Mail::to(",
        ("app/Domains/Settings/ManageNotificationChannels/Services/SendTestEmail.php",),
    )
    picks = _smtp_picks(
        "mail.example.org", "monica@example.org", "reminders@example.net", "carol@example.com"
    )
    entries = _smtp_entries(
        "Monica",
        "monica",
        0,
        f"{at}:{send}",
        _MO_SEND,
        SYMFONY,
        "src/Symfony/Component/Mailer/",
        picks,
        mirrors,
    )
    tables = {"en": json.loads(git(repo, "show", f"{commit}:lang/en.json"))}
    for lang, folder in MONICA_LANG.items():
        tables[lang] = json.loads(git(repo, "show", f"{commit}:lang/{folder}.json"))
    php: dict[tuple[str, str], dict[str, str]] = {}
    for table in ("auth", "passwords"):
        for lang, folder in {"en": "en", **MONICA_LANG}.items():
            path = f"lang/{folder}/{table}.php"
            php[table, lang] = _php_short_array(git(repo, "show", f"{commit}:{path}"))
    for pick in MONICA_OWN:
        if pick.table:
            english = php[pick.table, "en"][pick.key]
            texts = {"en": _colon_fill(english, pick.values)}
            sources = {"en": f"{at}:lang/en/{pick.table}.php#{pick.key}"}
            for lang, folder in MONICA_LANG.items():
                words = php[pick.table, lang].get(pick.key)
                if words and words != english:
                    texts[lang] = _colon_fill(words, pick.values)
                    sources[lang] = f"{at}:lang/{folder}/{pick.table}.php#{pick.key}"
        else:
            where = _where(repo, commit, pick.key, ("app", "resources/js"))
            if not pick.why:
                pick = dataclasses.replace(
                    pick,
                    why=f"{where.split(':')[0]}: Monica's own message (its accounts, settings, "
                    "uploads, Telegram, two-factor sign-in), no mail setting involved",
                )
            assert pick.key in tables["en"], pick.key
            texts = {"en": pick.key}
            sources = {"en": f"{at}:{where}"}
            for lang, folder in MONICA_LANG.items():
                words = tables[lang].get(pick.key)
                if words and words != pick.key:
                    texts[lang] = words
                    sources[lang] = f"{at}:lang/{folder}.json#{pick.key}"
        entries.append(_entry("Monica", f"monica.{len(entries)}", pick, texts, sources))
    return entries


ABOUT = (
    "The fifty-fourth held-out set (tools/extract_fifty_fourth.py): Sendportal (mettle/"
    "sendportal with mettle/sendportal-core, April/May 2024): its own mails through Laravel "
    "11's smtp mailer, Symfony Mailer's English read in the symfony/mailer 7.0 branch (no "
    "composer.lock; Laravel 11 requires ^7.0), en only; the email services' Test flash "
    "'Response: ' + the Mailgun (mailgun-php v4.2.0) or Postmark (postmark-php v6.0.7) "
    "exception's message, en only (the SMTP service swallows its errors); its own messages "
    "(resources/lang/de.json). Monica (monicahq/monica, August 2025): the test email, "
    "invitations, reminders and password reset through Laravel 12's mailer, Symfony Mailer's "
    "English read at v7.1.5 in symfony/symfony as the locked v7.3.2 is not stored, en only; "
    "its own texts (lang/<ll>.json) and sign-in texts (lang/<ll>/auth.php, passwords.php). "
    "Extracted and labelled blind from the code; code null: no mail-settings problem or "
    "nothing narrowing it. A language without a translation or with the English one is left "
    "out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, sendportal, monica)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
