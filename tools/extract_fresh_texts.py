"""Developer tool: texts of mail clients that mailmedic's matcher was never built or tuned on.

Not shipped and not run by CI. `benchmarks/explain.py --fresh` measures how `explain` reads
them; nothing here may ever feed `diagnostics/data/` (that would turn the measurement into a
tuned one again). The apps are GNOME Evolution (its mail engine, evolution-data-server's
Camel providers) and the Roundcube webmail: neither is among the corpus's apps, both ship the
nine languages. A few chosen messages per app and language, never whole files; each keeps the
repository, commit and path it came from. Each string's cause was labelled by reading the code
that raises it, before any text was run through `explain`.

    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/fresh_texts.json
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/final_texts.json --final
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/unseen_texts.json --unseen
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/fourth_texts.json --fourth
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/fifth_texts.json --fifth
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/sixth_texts.json --sixth
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/seventh_texts.json --seventh
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/eighth_texts.json --eighth
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/ninth_texts.json --ninth
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/tenth_texts.json --tenth
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/eleventh_texts.json --eleventh
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/twelfth_texts.json --twelfth
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/thirteenth_texts.json \
        --thirteenth
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/fourteenth_texts.json \
        --fourteenth
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/fifteenth_texts.json \
        --fifteenth
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/sixteenth_texts.json \
        --sixteenth
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/seventeenth_texts.json \
        --seventeenth
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/eighteenth_texts.json \
        --eighteenth
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/nineteenth_texts.json \
        --nineteenth
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/twentieth_texts.json \
        --twentieth
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/twenty_first_texts.json \
        --twenty-first
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/twenty_second_texts.json \
        --twenty-second
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/twenty_third_texts.json \
        --twenty-third
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/twenty_fourth_texts.json \
        --twenty-fourth
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/twenty_sixth_texts.json \
        --twenty-sixth
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/twenty_seventh_texts.json \
        --twenty-seventh
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/twenty_eighth_texts.json \
        --twenty-eighth
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/twenty_ninth_texts.json \
        --twenty-ninth
    python tools/extract_fresh_texts.py MIRRORS_DIR benchmarks/data/thirty_first_texts.json \
        --thirty-first

The final set (NeoMutt, Geary) was extracted and committed before the matcher was changed for
the fresh set's misses, and is run once at the end: the fresh set stops being fresh once its
misses have been read.

MIRRORS_DIR holds `GNOME+evolution-data-server/repo`, `roundcube+roundcubemail/repo`,
`neomutt+neomutt/repo`, `GNOME+geary/repo`, `GNOME+balsa/repo` and
`eworm-de+claws-mail/repo`, `Foundry376+Mailspring/repo`, `nextcloud+mail/repo`,
`Distrotech+fetchmail/repo`, `marlam+msmtp/repo`, `Alinto+sogo/repo`, `horde+imp/repo`,
`GNOME+gnome-online-accounts/repo`, `Zimbra+zm-ajax/repo`, `Zimbra+zm-web-client/repo`,
`KDE+trojita/repo`, `KDE+kimap/repo`, `KDE+ksmtp/repo`, `KDE+kmailtransport/repo`,
`KDE+kmail/repo`, `cypht-org+cypht/repo`, `WiliamRamirez+WebMail/repo`,
`aosp-mirror+platform_packages_apps_email/repo`, `mailpile+Mailpile/repo`,
`EGroupware+egroupware/repo`, `afterlogic+aurora-module-mail/repo` (with
`-webclient-mail` and `-webclient-core`), `Intermesh+groupoffice/repo`,
`tine20+tine20/repo`, `mozilla-l10n+gaia-l10n/repo`,
`mozilla-b2g+gaia-email-libs-and-more/repo`, `Kopano-dev+kopano-webapp/repo`,
`jens-maus+yam/repo`, `sba1+simplemail/repo`, `xfce-mirror+xfce4-mailwatch-plugin/repo`,
`danc86+mail-notification/repo`, `PHPMailer+PHPMailer/repo`, `zeldin+gnubiff-xfce/repo`,
`horde+Imap_Client/repo`, `horde+Smtp/repo`, `jespersgaard+NOCC/repo`,
`freescout-help-desk+freescout/repo`, `pretalx+pretalx/repo`, `redmine+redmine/repo`,
`mattermost+mattermost-server/repo` and `AlexMikhalev+gitea/repo` (a fork's snapshot that holds
Gitea's upstream history), `Pako7+zammad/repo` (likewise Zammad's) and
`louislam+uptime-kuma/repo`, `the-djmaze+snappymail/repo`, `modoboa+modoboa/repo`,
`sylpheed-mail+sylpheed/repo`, `mailcow+mailcow-dockerized/repo`,
`BookStackApp+BookStack/repo` and `kimai+kimai/repo`: bare
repositories, as the `fetch` research tool leaves them in
/work/.mirror; the ninth to twenty-third sets read the commits NINTH_PINS, TENTH_PINS,
ELEVENTH_PINS, TWELFTH_PINS, THIRTEENTH_PINS, FOURTEENTH_PINS, FIFTEENTH_PINS, SIXTEENTH_PINS,
SEVENTEENTH_PINS, EIGHTEENTH_PINS, NINETEENTH_PINS, TWENTIETH_PINS, TWENTY_FIRST_PINS and
TWENTY_SECOND_PINS, TWENTY_THIRD_PINS and TWENTY_FOURTH_PINS name, not HEAD.
The twenty-sixth set reads `phpList+phplist3/repo`, `ettalhi+glpi/repo` (a fork's snapshot
that holds GLPI's upstream history and its 9.3.1 tag), `kirksmacdonald+glpi/repo` (GLPI 9.3.1
with its vendor/: PHPMailer 6.0.5) and `uw-imap+imap/repo` (c-client) at TWENTY_SIXTH_PINS,
GLPI_PHPMAILER and CCLIENT.
Needs Babel (the dev extra) to read the PO files.
"""

from __future__ import annotations

import contextlib
import html
import io
import json
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt-BR", "pl", "ja")
PO_NAMES = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pt-BR": "pt_BR",
    "pl": "pl",
    "ja": "ja",
}
ROUNDCUBE_DIR = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt-BR": "pt_BR",
    "pl": "pl_PL",
    "ja": "ja_JP",
}

# Evolution (src/camel/...): (msgid, cause, values for its %s in order).
EVOLUTION: list[tuple[str, str, tuple[str, ...]]] = [
    ("Failed to authenticate", "AUTH_FAILED", ()),
    ("STARTTLS not supported", "STARTTLS_NOT_OFFERED", ()),
    ("STLS not supported by server", "STARTTLS_NOT_OFFERED", ()),
    (
        "Plaintext authentication disallowed on insecure connections. Change encryption to "
        "STARTTLS or TLS for account “%s”.",
        "PLAINTEXT_AUTH_DISABLED",
        ("alice@example.com",),
    ),
    (
        "IMAP server %s does not support %s authentication",
        "AUTH_NOT_OFFERED",
        ("mail.example.com", "CRAM-MD5"),
    ),
    (
        "SMTP server %s does not support %s authentication",
        "AUTH_NOT_OFFERED",
        ("mail.example.com", "CRAM-MD5"),
    ),
    ("Encryption required for requested authentication mechanism", "PLAINTEXT_AUTH_DISABLED", ()),
    ("Temporary authentication failure", "AUTH_TEMPORARY_FAILURE", ()),
    ("Cannot send message: one or more invalid recipients", "RECIPIENT_UNKNOWN", ()),
    ("Cannot send message: sender address not valid.", "SENDER_REFUSED", ()),
    ("Failed to authenticate on POP server %s: ", "AUTH_FAILED", ("mail.example.com",)),
]
# NeoMutt (conn/, imap/, pop/, send/smtp.c) and Geary (src/client/...): the final held-out set.
NEOMUTT: list[tuple[str, str, tuple[str, ...]]] = [
    ("Untrusted server certificate", "CERT_UNTRUSTED", ()),
    ("WARNING: Server certificate is not yet valid", "CERT_NOT_YET_VALID", ()),
    ("WARNING: Server certificate has expired", "CERT_EXPIRED", ()),
    ("WARNING: Server hostname does not match certificate", "CERT_HOSTNAME_MISMATCH", ()),
    (
        "certificate owner does not match hostname %s",
        "CERT_HOSTNAME_MISMATCH",
        ("mail.example.com",),
    ),
    ("Connection to %s timed out", "PORT_FILTERED", ("mail.example.com",)),
    ('Could not find the host "%s"', "HOST_NOT_FOUND", ("mail.example.com",)),
    ("Connection to %s closed", "CONNECTION_CLOSED", ("mail.example.com",)),
    ("SASL authentication failed", "AUTH_FAILED", ()),
    ("Login failed", "AUTH_FAILED", ()),
    ("Authentication failed", "AUTH_FAILED", ()),
    # IMAP's LOGINDISABLED (RFC 9051 §6.2.3): no plaintext login before STARTTLS.
    ("LOGIN disabled on this server", "PLAINTEXT_AUTH_DISABLED", ()),
    ("Could not negotiate TLS connection", "TLS_HANDSHAKE_FAILED", ()),
    ("Encrypted connection unavailable", "STARTTLS_NOT_OFFERED", ()),
    ("SMTP server does not support authentication", "AUTH_NOT_OFFERED", ()),
]
GEARY: list[tuple[str, str, tuple[str, ...]]] = [
    ("Check your receiving login and password", "AUTH_FAILED", ()),
    ("Check your sending login and password", "AUTH_FAILED", ()),
    ("Check your email address and password", "AUTH_FAILED", ()),
    ("An account has reported an incorrect login or password.", "AUTH_FAILED", ()),
    ("Could not look up server name", "HOST_NOT_FOUND", ()),
    ("The server’s certificate is not signed by a known authority", "CERT_UNTRUSTED", ()),
    (
        "The server’s identity does not match the identity in the certificate",
        "CERT_HOSTNAME_MISMATCH",
        (),
    ),
    ("The server’s certificate has expired", "CERT_EXPIRED", ()),
    ("The server’s certificate has not been activated", "CERT_NOT_YET_VALID", ()),
    ("An account has reported an untrusted server.", "CERT_UNTRUSTED", ()),
]
# Balsa (libbalsa/, libnetclient/) and Claws Mail (src/): the third set, extracted after the
# final set had been read — the one still unseen when the lexicon was last changed.
BALSA: list[tuple[str, str, tuple[str, ...]]] = [
    ("Host not found", "HOST_NOT_FOUND", ()),
    ("TLS negotiation failed: %s", "TLS_HANDSHAKE_FAILED", ("",)),
    ("TLS required but not available", "STARTTLS_NOT_OFFERED", ()),
    ("the signing certificate authority is not known", "CERT_UNTRUSTED", ()),
    (
        "the certificate does not match the expected identity of the site that it was retrieved "
        "from",
        "CERT_HOSTNAME_MISMATCH",
        (),
    ),
    ("the certificate has expired", "CERT_EXPIRED", ()),
    ("remote server does not support STARTTLS", "STARTTLS_NOT_OFFERED", ()),
    ("connection lost", "CONNECTION_CLOSED", ()),
]
CLAWS: list[tuple[str, str, tuple[str, ...]]] = [
    ("TLS handshake failed\n", "TLS_HANDSHAKE_FAILED", ()),
    ("Selected SMTP AUTH method not available\n", "AUTH_NOT_OFFERED", ()),
    ("error occurred on authentication\n", "AUTH_FAILED", ()),
    ("Connection timed out.\n", "PORT_FILTERED", ()),
    ("TLS certificate is expired", "CERT_EXPIRED", ()),
    ("TLS certificate is unknown", "CERT_UNTRUSTED", ()),
    (
        "Certificate for %s is expired.\n%sDo you want to continue?",
        "CERT_EXPIRED",
        ("mail.example.com", ""),
    ),
    ("connection refused", "PORT_CLOSED", ()),
    ("Couldn't login to IMAP server %s.", "AUTH_FAILED", ("mail.example.com",)),
    ("Connection to %s failed: login refused.%s", "AUTH_FAILED", ("mail.example.com", "")),
    ("Connection closed by the remote host.", "CONNECTION_CLOSED", ()),
    ("Authentication failed.", "AUTH_FAILED", ()),
    ("Connection to %s:%d timed out.", "PORT_FILTERED", ("mail.example.com", "993")),
    ("Certificate issuer is not a CA", "CERT_UNTRUSTED", ()),
]
# Mailspring (app/src/mailsync-process.ts, LocalizedErrorStrings: what mailsync's MailCore2
# error codes become in the app) and Nextcloud Mail (src/components/AccountForm.vue, the reasons
# of lib/Exception/CouldNotConnectException.php; other components): the fourth set, extracted and
# labelled after the unseen set's misses had been read and before anything was changed for it.
# Their translations are JSON tables keyed by the English text (app/lang/<ll>.json,
# l10n/<ll>.json). A code None: a mail app's text that is no settings problem (a folder, an
# S/MIME signature, a draft): it must not be answered with a settings cause.
MAILSPRING: list[tuple[str, str | None, tuple[str, ...]]] = [
    # MailCore2 ErrorConnection: the TCP connection to host:port failed.
    (
        "Connection Error - Unable to connect to the server / port you provided.",
        "PORT_FILTERED",
        (),
    ),
    # MailCore2 ErrorTLSNotAvailable: the implicit-TLS handshake (mailimap_ssl_connect) failed.
    ("TLS Not Available", "TLS_HANDSHAKE_FAILED", ()),
    # ErrorCertificate: the certificate chain did not verify.
    ("Certificate Error", "CERT_UNTRUSTED", ()),
    ("Authentication Error - Check your username and password.", "AUTH_FAILED", ()),
    ("Gmail IMAP is not enabled. Visit Gmail settings to turn it on.", "PROTOCOL_DISABLED", ()),
    ("StartTLS is not available.", "STARTTLS_NOT_OFFERED", ()),
    ("A Gmail application-specific password is required.", "APP_PASSWORD_REQUIRED", ()),
    ("The Outlook server said you must sign in via a web browser.", "WEB_LOGIN_REQUIRED", ()),
    ("The server said you must sign in via your webmail.", "WEB_LOGIN_REQUIRED", ()),
    ("The message has been blocked by Yahoo's outbound spam filter.", "REJECTED_AS_SPAM", ()),
    (
        "The message has been blocked by Yahoo - you have exceeded your daily sending limit.",
        "RATE_LIMITED",
        (),
    ),
    (
        "The SMTP server would not relay a message. You may need to authenticate.",
        "RELAY_REFUSED",
        (),
    ),
    (
        "Sorry, your SMTP server does not support basic username / password authentication.",
        "AUTH_NOT_OFFERED",
        (),
    ),
    ("Sorry, this folder does not exist.", None, ()),
    (
        "The message contains an illegal attachment that is not allowed by the server.",
        None,
        (),
    ),
]
NEXTCLOUD: list[tuple[str, str | None, tuple[str, ...]]] = [
    # CONNECTION_ERROR: Horde's SERVER_CONNECT / SERVER_READERROR, no connection to host:port.
    ("IMAP server is not reachable", "PORT_FILTERED", ()),
    ("SMTP server is not reachable", "PORT_FILTERED", ()),
    # AUTHENTICATION_WRONG_PASSWORD / _DENIED / AUTHENTICATION: LOGIN_AUTHENTICATIONFAILED.
    ("IMAP username or password is wrong", "AUTH_FAILED", ()),
    ("SMTP username or password is wrong", "AUTH_FAILED", ()),
    ("IMAP server denied authentication", "AUTH_FAILED", ()),
    ("SMTP server denied authentication", "AUTH_FAILED", ()),
    ("IMAP authentication error", "AUTH_FAILED", ()),
    ("SMTP authentication error", "AUTH_FAILED", ()),
    # The other reasons: the connection (or its greeting) failed.
    ("IMAP connection failed", "PORT_FILTERED", ()),
    ("SMTP connection failed", "PORT_FILTERED", ()),
    # S/MIME: the user's own signing certificate, not the server's TLS certificate.
    (
        "The selected certificate is not trusted by the server. Recipients might not be able to "
        "verify your signature.",
        None,
        (),
    ),
    ("An error occurred, unable to rename the mailbox.", None, ()),
    ("Failed to save draft", None, ()),
    ("Summarizing thread failed.", None, ()),
]
# fetchmail (a mirror's fetchmail 6.3 sources: driver.c, socket.c, sink.c, pop3.c) and msmtp
# (src/smtp.c, src/tls.c, src/net.c): the fifth set, extracted and labelled, like the fourth,
# before anything was changed for the fourth set's misses. msmtp ships de, es, fr, pt_BR.
FETCHMAIL: list[tuple[str, str | None, tuple[str, ...]]] = [
    (
        "timeout after %d seconds waiting to connect to server %s.\n",
        "PORT_FILTERED",
        ("30", "mail.example.com"),
    ),
    ("SSL connection failed.\n", "TLS_HANDSHAKE_FAILED", ()),
    ("Authorization failure on %s@%s%s\n", "AUTH_FAILED", ("alice", "mail.example.com", "")),
    (
        "Unknown login or authentication error on %s@%s\n",
        "AUTH_FAILED",
        ("alice", "mail.example.com"),
    ),
    ("%s: upgrade to TLS failed.\n", "STARTTLS_FAILED", ("mail.example.com",)),
    (
        "TLS is mandatory for this session, but server refused CAPA command.\n",
        "STARTTLS_NOT_OFFERED",
        (),
    ),
    (
        "Server CommonName mismatch: %s != %s\n",
        "CERT_HOSTNAME_MISMATCH",
        ("www.example.net", "mail.example.com"),
    ),
    ("Server certificate verification error: %s\n", "CERT_UNTRUSTED", ("",)),
    ("Missing trust anchor certificate: %s\n", "CERT_UNTRUSTED", ("",)),
    ("Broken certification chain at: %s\n", "CERT_UNTRUSTED", ("",)),
    # Local troubles of the fetchmail process: no mail settings are wrong.
    ("fetchmail: lock creation failed.\n", None, ()),
    ("Out of memory!\n", None, ()),
]
MSMTP: list[tuple[str, str | None, tuple[str, ...]]] = [
    ("the server does not support TLS via the STARTTLS command", "STARTTLS_NOT_OFFERED", ()),
    ("the server does not support authentication", "AUTH_NOT_OFFERED", ()),
    ("TLS certificate verification failed", "CERT_UNTRUSTED", ()),
    ("TLS handshake failed: %s", "TLS_HANDSHAKE_FAILED", ("",)),
    ("cannot locate host %s: %s", "HOST_NOT_FOUND", ("mail.example.com", "")),
    ("authentication failed (method %s)", "AUTH_FAILED", ("PLAIN",)),
    ("the server does not support authentication method %s", "AUTH_NOT_OFFERED", ("CRAM-MD5",)),
    (
        "envelope from address %s not accepted by the server",
        "SENDER_REFUSED",
        ("alice@example.com",),
    ),
    (
        "recipient address %s not accepted by the server",
        "RECIPIENT_UNKNOWN",
        ("bob@example.org",),
    ),
    (
        "%s: the certificate owner does not match hostname %s",
        "CERT_HOSTNAME_MISMATCH",
        ("TLS", "mail.example.com"),
    ),
    ("the connection was closed unexpectedly", "CONNECTION_CLOSED", ()),
    ("connection refused", "PORT_CLOSED", ()),
    ("host unreachable", "HOST_UNREACHABLE", ()),
]
# SOGo (UI/MailerUI and UI/MainUI, <Language>.lproj/Localizable.strings) and Horde IMP
# (locale/<ll>/LC_MESSAGES/imp.po): the sixth set, extracted and labelled after the lexicon had
# been changed for the fourth and fifth sets' misses and before it was run: the honest measure
# of those changes. Both are webmails with S/MIME: their texts about signing certificates are
# labelled null (no settings problem), like a password change refused for its quality.
SOGO: list[tuple[str, str, str | None]] = [
    # (module, key, cause)
    ("MailerUI", "cannot send message: (smtp) all recipients discarded", "RECIPIENT_UNKNOWN"),
    ("MailerUI", "cannot send message (smtp) - recipients discarded", "RECIPIENT_UNKNOWN"),
    ("MailerUI", "cannot send message: (smtp) error when connecting", "PORT_FILTERED"),
    ("MainUI", "Authentication Failed", "AUTH_FAILED"),
    ("MainUI", "Your account was locked due to too many failed attempts.", "ACCOUNT_LOCKED"),
    ("MailerUI", "certificate verify error", None),
    (
        "MailerUI",
        "Message is signed but the certificate doesn't match the sender email address",
        None,
    ),
    ("MailerUI", "Error reading the certificate. Please install a new certificate.", None),
    (
        "MailerUI",
        "cannot sign message because the certificate doesn't include the specified sender address",
        None,
    ),
    ("MailerUI", "The folder could not be deleted.", None),
    ("MailerUI", "Error while saving the draft", None),
    ("MainUI", "Password change failed - Password is too short", None),
    ("MainUI", "Password change failed - Permission denied", None),
]
SOGO_DIR = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "SpanishSpain",
    "it": "Italian",
    "nl": "Dutch",
    "pt-BR": "BrazilianPortuguese",
    "pl": "Polish",
    "ja": "Japanese",
}
IMP: list[tuple[str, str | None, tuple[str, ...]]] = [
    ("Could not authenticate to %s.", "AUTH_FAILED", ("mail.example.com",)),
    # lib/Compose.php: a Horde_Smtp_Exception_Recipients, each refused recipient marked so.
    ("Address rejected by the sending mail server.", "RECIPIENT_UNKNOWN", ()),
    ("Your S/MIME Personal Certificate has expired on %s at %s.", None, ("2026-11-30", "12:00")),
    ("PGP Personal Key support requires a secure web connection.", None, ()),
    ("Unable to retrieve quota", None, ()),
    ("Saving the draft failed. Could not create a drafts mailbox.", None, ()),
]
JSON_APPS = {
    # app: (repository, path of a language's table, its language names, the table's key)
    "Mailspring": ("Foundry376/Mailspring", "app/lang/{}.json", {"pt-BR": "pt-BR"}, None),
    "Nextcloud Mail": ("nextcloud/mail", "l10n/{}.json", {"pt-BR": "pt_BR"}, "translations"),
}
# Roundcube (program/localization/*/messages.inc): (key, cause, values for its $names).
ROUNDCUBE = [
    ("loginfailed", "AUTH_FAILED", {}),
    ("accountlocked", "ACCOUNT_LOCKED", {}),
    ("erroroverquota", "MAILBOX_FULL", {}),
    ("smtpautherror", "AUTH_FAILED", {"code": "535"}),
    (
        "smtpfromerror",
        "SENDER_REFUSED",
        {
            "code": "553",
            "from": "alice@example.com",
            "msg": "5.7.1 <alice@example.com>: Sender address rejected: not owned by user bob",
        },
    ),
    (
        "smtptoerror",
        "RECIPIENT_UNKNOWN",
        {
            "code": "550",
            "to": "bob@example.org",
            "msg": "5.1.1 <bob@example.org>: Recipient address rejected: User unknown",
        },
    ),
    ("smtpsizeerror", "SIZE_LIMIT", {"limit": "10 MB"}),
]


# The seventh and eighth sets: each chosen text is a Pick. `why` says why a text whose cause
# could be read two ways got its code (read from the code path that raises it); `then` is a
# second msgid the app appends to the first (GLib's g_prefix_error), `table` which of an app's
# files holds the key.


@dataclass(frozen=True)
class Pick:
    key: str
    code: str | None
    values: tuple[str, ...] = ()
    why: str = ""
    then: str = ""
    table: str = ""
    context: str | None = None


# GNOME Online Accounts (src/goabackend/: goaimapauthlogin.c, goasmtpauth.c for the IMAP and
# SMTP provider's check, goautils.c for GLib's GTlsCertificateFlags, goamailclient.c uses it
# for IMAP and SMTP too) and the Zimbra web client (zm-ajax's ZMsg: the server's exception
# codes; zm-web-client's ZmMsg: its own dialogs): the seventh set, extracted and labelled
# after the sixth set's misses had been read and before it was run.
GOA: list[Pick] = [
    # An IMAP "A001 NO" to LOGIN, or anything but 235 after SMTP AUTH PLAIN/LOGIN.
    Pick("Authentication failed", "AUTH_FAILED"),
    # The WebDAV/Exchange check prefixes an HTTP 401/403 (goa_utils_set_error_soup) so.
    Pick(
        "Invalid password with username “%s” (%s, %d): ",
        "AUTH_FAILED",
        ("alice", "goa-error-quark", "4"),
        then="Authentication failed",
    ),
    # The CAPABILITY line (IMAP) or the EHLO lines (SMTP) name no STARTTLS.
    Pick("Server does not support STARTTLS", "STARTTLS_NOT_OFFERED"),
    Pick(
        "TLS not available",
        "STARTTLS_FAILED",
        why="goasmtpauth.c: the server answers 454 to the STARTTLS command it offered "
        "(RFC 3207 §4): STARTTLS was offered, switching it on failed",
    ),
    Pick(
        "Unknown authentication mechanism",
        "AUTH_NOT_OFFERED",
        why="goasmtpauth.c: EHLO names AUTH but neither PLAIN nor LOGIN, the only ones GOA "
        "speaks: no way to log in that the app can use",
    ),
    Pick(
        "Service not available",
        "CONNECTION_CLOSED",
        why="goaimapauthlogin.c: a '* BYE' greeting, goasmtpauth.c: a 421 greeting; both say "
        "the server is closing the connection at once (RFC 9051 §7.1.5, RFC 5321 §3.8)",
    ),
    Pick("The signing certificate authority is not known.", "CERT_UNTRUSTED"),
    Pick(
        "The certificate does not match the expected identity of the site that it was "
        "retrieved from.",
        "CERT_HOSTNAME_MISMATCH",
    ),
    Pick("The certificate’s activation time is still in the future.", "CERT_NOT_YET_VALID"),
    Pick("The certificate has expired.", "CERT_EXPIRED"),
    Pick(
        "The certificate has been revoked.",
        "CERT_UNTRUSTED",
        why="G_TLS_CERTIFICATE_REVOKED: the chain fails verification; no code of its own",
    ),
    Pick(
        "The certificate’s algorithm is considered insecure.",
        "CERT_UNTRUSTED",
        why="G_TLS_CERTIFICATE_INSECURE: the certificate's signature algorithm (SHA-1, MD5) "
        "is refused in verification, not the TLS version: not TLS_OUTDATED",
    ),
    # The local keyring, the account list, Kerberos tickets: no server setting is wrong.
    Pick("Failed to store credentials in the keyring", None),
    Pick("No credentials found in the keyring", None),
    # goautils.c: the provider's name; Nextcloud's is the same in every language.
    Pick("A %s account already exists for %s", None, ("Nextcloud", "alice@example.org")),
    Pick(
        "Account is disabled",
        None,
        why="goaprovider.c: every feature of the account (Mail, Calendar, ...) is switched off "
        "in GNOME's own settings, not by the provider",
    ),
    Pick("Ticketing is disabled for account", None),
    Pick("An account with that name already exists", None),
    Pick("Cannot find WebDAV endpoint", None),
]
# Zimbra (WebRoot/messages/<bundle>[_<ll>].properties): ZMsg in Zimbra/zm-ajax, the texts of
# the server's exception codes (ZmCsfeException); ZmMsg in Zimbra/zm-web-client.
ZIMBRA: list[Pick] = [
    # account.AUTH_FAILED: the web client's own sign-in (the account's password).
    Pick("account.AUTH_FAILED", "AUTH_FAILED", table="ZMsg"),
    # ZmZimbraAccount.STATUS_AUTHFAIL: an account's login failed.
    Pick("authFailure", "AUTH_FAILED", ("alice@example.org",), table="ZmMsg"),
    # MailServiceException.QUOTA_EXCEEDED: the sender's own mailbox is over its quota.
    Pick("mail.QUOTA_EXCEEDED", "MAILBOX_FULL", table="ZMsg"),
    Pick(
        "errorQuotaExceeded",
        "MAILBOX_FULL",
        table="ZmMsg",
        why="ZmComposeController.js: shown for MAIL_QUOTA_EXCEEDED when a message is sent or "
        "saved with attachments: the user's own mailbox quota",
    ),
    Pick("errorQuotaExceededAppt", "MAILBOX_FULL", table="ZmMsg"),
    # mail.MESSAGE_TOO_BIG: over zimbraMtaMaxMessageSize.
    Pick("mail.MESSAGE_TOO_BIG", "SIZE_LIMIT", table="ZMsg"),
    Pick("attachmentSizeError_MSG", "SIZE_LIMIT", ("10 MB",), table="ZmMsg"),
    Pick(
        "mail.SEND_ABORTED_ADDRESS_FAILURE",
        "RECIPIENT_UNKNOWN",
        table="ZMsg",
        why="raised when the MTA refuses recipients at RCPT TO (the invalid ones are listed); "
        "the usual reason is an address that does not exist",
    ),
    Pick("sendErrorAbort", "RECIPIENT_UNKNOWN", table="ZmMsg"),
    Pick("sendErrorPartial", "RECIPIENT_UNKNOWN", ("bob@example.org",), table="ZmMsg"),
    Pick(
        "account.WEB_CLIENT_ACCESS_NOT_ALLOWED",
        "PROTOCOL_DISABLED",
        table="ZMsg",
        why="the account's web access is switched off by its administrator, as IMAP or POP "
        "can be: the same kind of cause",
    ),
    # A session, a password change, other quotas, folders, filters, signatures, feeds: no
    # settings problem. (Only keys the web client's code shows; some in the bundle are unused.)
    Pick("service.AUTH_EXPIRED", None, table="ZMsg"),
    Pick("account.PASSWORD_RECENTLY_USED", None, table="ZMsg"),
    Pick("account.PASSWORD_LOCKED", None, table="ZMsg"),
    Pick("account.PASSWORD_CHANGE_TOO_SOON", None, table="ZMsg"),
    Pick("bothNewPasswordsMustMatch", None, table="ZmMsg"),
    Pick("mail.TOO_MANY_CONTACTS", None, table="ZMsg"),
    Pick("account.TOO_MANY_IDENTITIES", None, table="ZMsg"),
    Pick("mail.NO_SUCH_FOLDER", None, table="ZMsg"),
    Pick("folderNameReserved", None, table="ZmMsg"),
    Pick("filterErrorNameExists", None, table="ZmMsg"),
    Pick("signatureNameDuplicate", None, ("Work",), table="ZmMsg"),
    Pick("errorSignatureTooLong", None, ("1024",), table="ZmMsg"),
    Pick("licenseExpired", None, table="ZmMsg", why="the Zimbra server's product license"),
    Pick("feedUnreachable", None, ("https://blog.example.org/feed.xml",), table="ZmMsg"),
    Pick("messageTooLarge", None, table="ZmMsg", why="a received message too long to display"),
]
# Trojitá (poqm/<ll>/trojita_qt.po; a Qt catalog: the msgctxt is the class) and KMail (the
# KDE PIM libraries that speak IMAP and SMTP for it, kimap and ksmtp, its outgoing-account
# settings, kmailtransport, and KMail itself): the eighth set, extracted and labelled with the
# seventh, before either was run.
_OPEN = "Imap::Mailbox::OpenConnectionTask|"
TROJITA: list[Pick] = [
    # OpenConnectionTask.cpp: the LOGIN's tagged NO and its RFC 5530 response code.
    Pick(
        "Authentication failed.  This often happens due to bad password or wrong user name.",
        "AUTH_FAILED",
        context=_OPEN,
    ),
    Pick(
        "Temporary failure because a subsystem is down.",
        "AUTH_TEMPORARY_FAILURE",
        context=_OPEN,
        why="the LOGIN's NO [UNAVAILABLE] (RFC 5530 §3): the server could not check it now",
    ),
    Pick(
        "The operation is not permitted due to a lack of privacy.",
        "PLAINTEXT_AUTH_DISABLED",
        context=_OPEN,
        why="the LOGIN's NO [PRIVACYREQUIRED] (RFC 5530 §3): no login without encryption",
    ),
    Pick(
        "Server error: LOGINDISABLED but no STARTTLS capability. The login is effectively "
        "disabled entirely.",
        "STARTTLS_NOT_OFFERED",
        context=_OPEN,
        why="startTlsOrLoginNow(): raised whenever STARTTLS is required (by the settings or by "
        "LOGINDISABLED) and the capabilities lack STARTTLS; the missing STARTTLS is the common "
        "cause",
    ),
    Pick(
        "Server error: Capabilities contain LOGINDISABLED even after STARTTLS",
        "AUTH_NOT_OFFERED",
        context=_OPEN,
        why="even over the encrypted connection the server offers no login (RFC 9051 §6.2.3)",
    ),
    Pick(
        "Cannot establish a secure connection.\nThe STARTTLS command failed: %1",
        "STARTTLS_FAILED",
        ("",),
        context=_OPEN,
    ),
    Pick(
        "This server gracefully refuses IMAP connections through a BYE response.",
        "CONNECTION_CLOSED",
        context=_OPEN,
        why="a '* BYE' greeting: the server closes the connection at once (RFC 9051 §7.1.5)",
    ),
    # Model.cpp: the greeting was no IMAP (NotAnImapServerError) or names no IMAP4rev1.
    Pick(
        "<p>It appears that you are connecting to a POP3 server. That won't work here.</p>",
        "WRONG_PROTOCOL",
        context="Imap::Mailbox::Model|",
    ),
    Pick(
        "<p>It appears that you are connecting to an SMTP server. That won't work here.</p>",
        "WRONG_PROTOCOL",
        context="Imap::Mailbox::Model|",
    ),
    Pick(
        "<h2>This is not an IMAP server</h2>%1<p>Please check your settings to make sure you are "
        "connecting to the IMAP service. A typical port number for IMAP is 143 or 993.</p><p>The "
        "server said:</p><pre>%2</pre>",
        "WRONG_PROTOCOL",
        ("", "SSH-2.0-OpenSSH_9.6"),
        context="Imap::Mailbox::Model|",
    ),
    Pick("We aren't talking to an IMAP4 server", "WRONG_PROTOCOL", context="Imap::Mailbox::Model|"),
    Pick(
        "<p>This is the first time you're connecting to this IMAP server and the server "
        "certificate failed validation test.</p>\n%1\n\n%2\n<p>Would you like to connect and "
        "remember this certificate's public key for the next time?</p>",
        "CERT_UNTRUSTED",
        ("", ""),
        context="Formatting|",
    ),
    # qwwsmtpclient.cpp: the EHLO's AUTH names neither PLAIN nor LOGIN.
    Pick(
        "Unsupported or unknown authentication scheme", "AUTH_NOT_OFFERED", context="QwwSmtpClient|"
    ),
    Pick(
        "This port is nonstandard. The default port for IMAP secured over SSL/TLS is %1.",
        "WRONG_PORT",
        ("993",),
        context="Gui::ImapPage|",
        why="the settings page: the typed port is not the one for the chosen security; the text "
        "is about the port, so WRONG_PORT rather than WRONG_SECURITY_FOR_PORT",
    ),
    Pick(
        "This port is nonstandard. The default port for SMTP submission secured via STARTTLS is "
        "%1.",
        "WRONG_PORT",
        ("587",),
        context="Account|",
    ),
    # OpenPGP/S-MIME signatures, the composer, mailbox state, the password store: no settings.
    Pick("The key or at least one certificate has been revoked.", None, context="GpgMePart|"),
    Pick("The key or one of the certificates has expired.", None, context="GpgMePart|"),
    Pick("Can't verify due to a missing key or certificate.", None, context="GpgMePart|"),
    Pick("The CRL (or an equivalent mechanism) is not available.", None, context="GpgMePart|"),
    Pick(
        "<p>This is the first time you're connecting to this IMAP server; the certificate is "
        "trusted by this system.</p>\n%1\n%2\n<p>Would you like to connect and remember this "
        "certificate's public key for the next time?</p>",
        None,
        ("", ""),
        context="Formatting|",
        why="the first connection to a server whose certificate verifies: nothing is wrong",
    ),
    Pick(
        "You haven't entered any subject. Cannot send such a mail, sorry.",
        None,
        context="ComposeWidget|",
    ),
    Pick(
        "Cannot prepare this e-mail for sending: some parts are not available",
        None,
        context="ComposeWidget|",
    ),
    Pick(
        "The IMAP server doesn't support the UIDPLUS extension",
        None,
        context="Imap::Mailbox::ExpungeMessagesTask|",
    ),
    Pick(
        "The UIDVALIDITY has changed while mailbox is open. Please reconnect.",
        None,
        context="Imap::Mailbox::KeepMailboxOpenTask|",
    ),
    Pick("Saving passwords failed", None, context="Gui::SettingsDialog|"),
    Pick("Password plugin is not available.", None, context="UiUtils::PasswordWatcher|"),
    Pick("Sending of the message was cancelled", None, context="MSA::SMTP|"),
]
TROJITA_CATALOGS = {"": ("KDE/trojita", "poqm/{}/trojita_qt.po")}
KMAIL: list[Pick] = [
    # kimap loginjob.cpp
    Pick(
        "STARTTLS is not supported by the server, try using SSL/TLS instead.",
        "STARTTLS_NOT_OFFERED",
        table="kimap",
    ),
    Pick(
        "Login failed, plain login is disabled by the server.",
        "PLAINTEXT_AUTH_DISABLED",
        table="kimap",
        why="the capabilities name LOGINDISABLED (RFC 9051 §6.2.3), which servers announce "
        "before TLS",
    ),
    Pick(
        "Login failed, authentication mode %1 is not supported by the server.",
        "AUTH_NOT_OFFERED",
        ("CRAM-MD5",),
        table="kimap",
    ),
    Pick(
        "Login failed, TLS negotiation failed.",
        "TLS_HANDSHAKE_FAILED",
        table="kimap",
        why="sslResponse(false): the TLS handshake (implicit or after STARTTLS) did not "
        "complete, certificate errors left unaccepted included",
    ),
    Pick("SSL handshake failed.", "TLS_HANDSHAKE_FAILED", table="kimap"),
    # ksmtp job.cpp (the reply codes of RFC 5321 §4.2.3), loginjob.cpp, sendjob.cpp
    Pick(
        "Service not available",
        "CONNECTION_CLOSED",
        table="ksmtp",
        why="a 421 reply: the server is closing the connection (RFC 5321 §3.8)",
    ),
    Pick(
        "Mailbox unavailable. The server said: %1",
        "RECIPIENT_UNKNOWN",
        ("5.1.1 <bob@example.org>: Recipient address rejected: User unknown",),
        table="ksmtp",
    ),
    Pick(
        "Insufficient storage space on server. The server said: %1",
        "RECIPIENT_MAILBOX_FULL",
        ("5.2.2 <bob@example.org>: Mailbox full",),
        table="ksmtp",
        why="a 552 to RCPT TO whose enhanced code 5.2.2 (RFC 3463) is the recipient's mailbox "
        "full; the app's words alone would read as the sender's own storage",
    ),
    Pick("Connection to server lost.", "CONNECTION_CLOSED", table="ksmtp"),
    Pick(
        "Could not authenticate to the SMTP server because no matching authentication method "
        "has been found",
        "AUTH_NOT_OFFERED",
        table="ksmtp",
    ),
    Pick(
        "Could not send the message because it exceeds the maximum allowed size of %1 bytes. "
        "(Message size: %2 bytes.)",
        "SIZE_LIMIT",
        ("10485760", "15728640"),
        table="ksmtp",
    ),
    # kmailtransport smtpconfigwidget.cpp: "Auto Detect" found no AUTH in the EHLO.
    Pick("This server does not support authentication", "AUTH_NOT_OFFERED", table="transport"),
    # Local checks, the password store, S/MIME, folders, tags: no settings problem.
    Pick(
        "Could not send the message because either the sender or recipient field is missing or "
        "invalid",
        None,
        table="ksmtp",
        why="sendjob.cpp: checked before anything is sent (no sender or no recipient given)",
    ),
    Pick("You must create an outgoing account before sending.", None, table="transport"),
    Pick("The precommand exited with code %1.", None, ("1",), table="transport"),
    Pick("KWallet Not Available", None, table="transport", context="@title:window"),
    Pick(
        "One of the configured S/MIME encryption certificates does not contain the configured "
        "email address for this identity (%1).",
        None,
        ("alice@example.org",),
        table="kmail",
    ),
    Pick(
        "Could not start certificate manager; please make sure you have Kleopatra properly "
        "installed.",
        None,
        table="kmail",
    ),
    Pick(
        "Network is unconnected. Folder information cannot be updated.",
        None,
        table="kmail",
        why="manageshowcollectionproperties.cpp: KMail is offline (no network on this "
        "computer); no server setting is involved",
    ),
    Pick("Moving messages to trash failed.", None, table="kmail"),
    Pick("We cannot create tag. A tag with same name already exists.", None, table="kmail"),
    Pick("Failed to reduce image size to fit in header.", None, table="kmail"),
]
KMAIL_CATALOGS = {
    "kimap": ("KDE/kimap", "po/{}/libkimap6.po"),
    "ksmtp": ("KDE/ksmtp", "po/{}/libksmtp6.po"),
    "transport": ("KDE/kmailtransport", "po/{}/libmailtransport6.po"),
    "kmail": ("KDE/kmail", "po/{}/kmail.po"),
}
ZIMBRA_TABLES = {"ZMsg": "Zimbra/zm-ajax", "ZmMsg": "Zimbra/zm-web-client"}
ZIMBRA_SUFFIX = {"en": "", **{lang: "_" + po for lang, po in PO_NAMES.items()}}

# Cypht (language/<ll>.php: PHP arrays keyed by the English, `false` for "not translated";
# the notices of Hm_Msgs::add go through hm_trans()) and SquirrelMail 1.4 (locale/<ll_CC>/
# LC_MESSAGES/squirrelmail.po): the ninth set, extracted and labelled from the apps' code before
# either was run, at pinned commits. SquirrelMail's own repository dropped its translations in
# 2003 (they became the separate squirrelmail-locales package); the pinned tree is SquirrelMail
# 1.4.23 [SVN] as packaged for EL7 (functions/strings.php: '1.4.23 [SVN]-1.el7.20190710') with
# that package's locales: that repository's first commit (its later ones change the login page).
NINTH_PINS = {
    "cypht-org/cypht": "da5c9651a6cf8606f32e410ad99a5ee50b7788db",
    "WiliamRamirez/WebMail": "bd9b35f84f8594dd3f3e474518d230faa6a5db81",
}
# Only keys the current code shows (modules/, lib/); the language files keep some stale ones.
CYPHT: list[Pick] = [
    Pick(
        "Invalid username or password",
        "AUTH_FAILED",
        why="core/handler_modules.php Hm_Handler_login: Cypht's sign-in form; the session check "
        "logs in to the configured backend (usually the IMAP server) with them and it refused",
    ),
    Pick(
        "Failed to authenticate to the SMTP server",
        "AUTH_FAILED",
        why="smtp/modules.php: sending (or the server test) found no logged-in SMTP session; the "
        "words and the usual path are the refused login (the test page shows 'Connected, but "
        "...' only when it can tell the connection worked)",
    ),
    Pick("Connected, but failed to authenticate to the SMTP server", "AUTH_FAILED"),
    # Cypht's own settings, sign-in extras, searches, folders and other modules: no settings.
    Pick(
        "Incorrect password, could not save settings to the server",
        None,
        why="core/handler_modules.php: Cypht encrypts the user's saved settings with the "
        "sign-in password; the one typed to save them does not decrypt them",
    ),
    Pick("Current password is incorrect", None, why="account/modules.php: a password change"),
    Pick("2 factor authentication code does not match", None),
    Pick("Unable to move/copy selected messages", None),
    Pick("Some messages moved (only IMAP message types can be moved)", None),
    Pick("Removed non-IMAP messages from selection. They cannot be moved or copied", None),
    Pick("Failed to save advanced search - name already exists", None),
    Pick("You already have a search by that name", None),
    Pick("Invalid advanced search parameters", None),
    Pick("Unable to delete the advanced search", None),
    Pick("New folder name is required", None),
    Pick("Folder to delete is required", None),
    Pick("Folder to rename is required", None),
    Pick("Could not find that repository/owner combination at github.com", None),
    Pick("Your timezone is NOT set", None),
    Pick(
        "Unable to access CardDav server",
        None,
        why="carddav_contacts/hm-carddav.php: the address book's CardDAV server, not the mail "
        "account",
    ),
]
CYPHT_LANG = {"pt-BR": "pt-BR"}


@dataclass(frozen=True)
class Raw:
    """A piece of a composed message the app does not translate (a server's reply, PHP's)."""

    text: str


@dataclass(frozen=True)
class Msg:
    """A translated piece: a msgid and the values for its %s."""

    msgid: str
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class Box:
    """A message as SquirrelMail composes it on screen from several msgids and raw pieces; its
    line breaks (<br />, the blockquote) are new lines."""

    code: str | None
    parts: tuple[Msg | Raw, ...]
    why: str = ""
    wrap: str = ""  # a msgid whose %s takes the composed parts (sprintf(_("Bad request: %s")))
    path: str = ""  # the file that shows it, when its key is shown elsewhere too


# compose.php: a refused delivery is "Message not sent. Server replied:" and then Deliver_SMTP's
# dlv_msg (the meaning errorCheck() gives the reply code, or PHP's socket error), its dlv_ret_nr
# (the code, or the socket's errno) and dlv_server_msg (the server's words).
_NOT_SENT = (Msg("Message not sent."), Raw(" "), Msg("Server replied:"), Raw("\n"))
_IMAP = Msg("Error connecting to IMAP server: %s.", ("mail.example.org",))


def _smtp_reply(meaning: str, reply: str) -> tuple[Msg | Raw, ...]:
    return (*_NOT_SENT, Msg(meaning), Raw("\n" + reply))


SQUIRRELMAIL: list[Box] = [
    # functions/imap_general.php sqimap_login: the LOGIN's tagged NO.
    Box("AUTH_FAILED", (Msg("Unknown user or password incorrect."),)),
    Box(
        "PLAINTEXT_AUTH_DISABLED",
        (
            Msg("The IMAP server is reporting that plain text logins are disabled."),
            Raw(" "),
            Msg("Using CRAM-MD5 or DIGEST-MD5 authentication instead may work."),
            Raw(" "),
            Msg("Also, the use of TLS may allow SquirrelMail to login."),
            Raw(" "),
            Msg("Please contact your system administrator and report this error."),
        ),
        wrap="Bad request: %s",
        why="the greeting's capabilities name LOGINDISABLED (RFC 9051 §6.2.3) on a connection "
        "without TLS",
    ),
    # sqimap_create_stream: fsockopen()/stream_socket_client() failed; PHP's errno and error.
    Box(
        "PORT_FILTERED",
        (_IMAP, Raw("\n110 : Connection timed out")),
        why="the TCP connect got no answer before the timeout (ETIMEDOUT)",
    ),
    Box(
        "HOST_NOT_FOUND",
        (
            _IMAP,
            Raw("\n0 : php_network_getaddresses: getaddrinfo failed: Name or service not known"),
        ),
        why="PHP could not resolve the configured IMAP host name",
    ),
    Box(
        "STARTTLS_NOT_OFFERED",
        (
            _IMAP,
            Raw("\n"),
            Msg(
                "IMAP STARTTLS is enabled in SquirrelMail configuration, but used IMAP server "
                "does not support STARTTLS."
            ),
        ),
    ),
    Box(
        "STARTTLS_FAILED",
        (_IMAP, Raw("\n"), Msg("Unable to start TLS.")),
        path="functions/imap_general.php",
        why="the server accepted STARTTLS; stream_socket_enable_crypto() then failed (the code's "
        "comment: a broken certificate or another TLS error)",
    ),
    Box(
        "CONNECTION_CLOSED",
        (Msg("ERROR: Connection dropped by IMAP server."),),
        why="sqimap_read_data: the connection ended before the command's tagged reply",
    ),
    Box(
        "MAILBOX_FULL",
        (
            Msg("ERROR: Could not append message to"),
            Raw(" Sent.\n"),
            Msg("Server responded:"),
            Raw(" [OVERQUOTA] Quota exceeded (mailbox for user is full)\n"),
            Msg("Solution:"),
            Raw(" "),
            Msg("Remove unneccessary messages from your folders. Start with your Trash folder."),
        ),
        why="sqimap_append_checkresponse: the APPEND of the sent copy got a NO naming the quota "
        "(the Solution line is added only then): the user's own mailbox is full",
    ),
    # class/deliver/Deliver_SMTP.class.php initStream, errorCheck.
    Box(
        "PORT_CLOSED",
        (*_NOT_SENT, Raw("Connection refused\n111 "), Msg("Can't open SMTP stream.")),
        why="fsockopen() to the SMTP host and port failed with ECONNREFUSED",
    ),
    Box(
        "STARTTLS_NOT_OFFERED",
        (
            *_NOT_SENT,
            Msg(
                "SMTP STARTTLS is enabled in SquirrelMail configuration, but used SMTP server "
                "does not support it"
            ),
            Raw("\n250"),
        ),
        why="the EHLO reply (its 250 is the last code kept) lists no STARTTLS",
    ),
    Box(
        "STARTTLS_FAILED",
        (*_NOT_SENT, Msg("Unable to start TLS."), Raw("\n220")),
        why="the server answered 220 to STARTTLS, then stream_socket_enable_crypto() failed",
    ),
    Box(
        "AUTH_FAILED",
        _smtp_reply(
            "Authentication failed",
            "535 5.7.8 Error: authentication failed: authentication failure",
        ),
    ),
    Box(
        "AUTH_NOT_OFFERED",
        _smtp_reply("Authentication required", "530 5.7.0 Authentication required"),
        why="530 to MAIL FROM: the server wants a login SquirrelMail did not make (its SMTP "
        "authentication is off)",
    ),
    Box(
        "AUTH_NOT_OFFERED",
        _smtp_reply("Bad sequence of commands", "503 5.5.1 Error: authentication not enabled"),
        why="503 to the AUTH command: this server (port) offers no authentication",
    ),
    Box(
        "AUTH_NOT_OFFERED",
        _smtp_reply(
            "Command parameter not implemented", "504 5.5.4 Unrecognized authentication type"
        ),
        why="504 to AUTH CRAM-MD5/DIGEST-MD5/LOGIN: the configured mechanism is not offered",
    ),
    Box(
        "PLAINTEXT_AUTH_DISABLED",
        _smtp_reply(
            "Encryption required for requested authentication mechanism",
            "538 5.7.11 Encryption required for requested authentication mechanism",
        ),
    ),
    Box(
        "PLAINTEXT_AUTH_DISABLED",
        _smtp_reply(
            "Authentication mechanism is too weak", "534 5.7.9 Authentication mechanism is too weak"
        ),
        why="534 to AUTH PLAIN/LOGIN (RFC 4954 §6): the server's policy refuses the password in "
        "the clear, as servers do on unencrypted sessions",
    ),
    Box(
        "AUTH_TEMPORARY_FAILURE",
        _smtp_reply(
            "Temporary authentication failure", "454 4.7.0 Temporary authentication failure"
        ),
    ),
    Box(
        "CONNECTION_CLOSED",
        _smtp_reply(
            "Service not available, closing channel",
            "421 4.3.2 Service not available, closing transmission channel",
        ),
        why="a 421 reply: the server closes the connection (RFC 5321 §3.8)",
    ),
    Box(
        "RECIPIENT_UNKNOWN",
        _smtp_reply(
            "Requested action not taken: mailbox unavailable",
            "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual "
            "mailbox table",
        ),
    ),
    Box(
        "SENDER_REFUSED",
        _smtp_reply(
            "Requested action not taken: mailbox name not allowed",
            "553 5.7.1 <alice@example.org>: Sender address rejected: not owned by user "
            "alice@example.com",
        ),
    ),
    Box(
        "AUTH_NOT_OFFERED",
        _smtp_reply("Transaction failed", "554 5.7.1 <bob@example.org>: Relay access denied"),
        why="a relay refusal: the server would pass the message on only after a login it did not "
        "get (the earlier sets' convention)",
    ),
    Box(
        "SIZE_LIMIT",
        _smtp_reply(
            "Requested mail action aborted: exceeding storage allocation",
            "552 5.3.4 Message size exceeds fixed limit",
        ),
        why="552 after DATA whose 5.3.4 (RFC 3463) is the message over the server's size limit",
    ),
    Box(
        None,
        _smtp_reply(
            "Requested action not taken: insufficient system storage",
            "452 4.3.1 Insufficient system storage",
        ),
        why="the server's own disk is short for now (RFC 3463 4.3.1): no setting of the user's",
    ),
    # The session, the composer, drafts, folders, the address book, signatures: no settings.
    Box(None, (Msg("You must be logged in to access this page."),)),
    Box(None, (Msg("Your session has expired, but will be resumed after logging in again."),)),
    Box(None, (Msg('You have not filled in the "To:" field.'),)),
    Box(None, (Msg("Could not move/copy file. File not attached"),)),
    Box(
        None,
        (
            Msg(
                "Because PHP file uploads are turned off, you can not attach files to this "
                "message. Please see your system administrator for details."
            ),
        ),
    ),
    Box(None, (Msg("Error: Draft folder %s does not exist.", ("Drafts",)),)),
    Box(None, (Msg("Invalid mailbox name: %s", ("INBOX.Archive/2024",)),)),
    Box(
        None,
        (
            Msg("The server couldn't find the message you requested."),
            Raw("\n"),
            Msg(
                "Most probably your message list was out of date and the message has been moved "
                "away or deleted (perhaps by another program accessing the same mailbox)."
            ),
        ),
    ),
    Box(None, (Msg("Address book is read-only"),)),
    Box(None, (Msg("Address book entry is too big"),)),
    Box(None, (Msg("Write to address book failed"),)),
    Box(None, (Msg("Signature is too big."),)),
]
SQUIRRELMAIL_LOCALE = {
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt-BR": "pt_BR",
    "pl": "pl_PL",
    "ja": "ja_JP",
}

# The AOSP Email app (Android's stock Email, res/values*/strings.xml: Android string resources,
# the translations the platform ships; src/ and provider_src/ show them) and Mailpile (the
# webmail-like local client, shared-data/locale/<ll>/LC_MESSAGES/mailpile.po): the tenth set,
# extracted and labelled from the apps' code before either was run, at pinned commits.
# Mailpile's master branch keeps no translations (they live in Transifex); the pinned commit is
# the release/1.0 branch's "Including current package-able translations in branch" (2018), the
# last tree with Japanese and Brazilian Portuguese. It has no Italian catalog.
TENTH_PINS = {
    "aosp-mirror/platform_packages_apps_email": "9822725da07cc150f2410ad5360549018c3fbb1c",
    "mailpile/Mailpile": "3390d3f9303e542ea51dae761737d2ff6647b6c6",
}
# The error dialog of account setup (CheckSettingsErrorDialogFragment.getErrorString): the
# MessagingException's type picks the text; a %s takes the exception's message.
_SAFELY = "account_setup_failed_dlg_certificate_message_fmt"
AOSP_EMAIL: list[Pick] = [
    Pick(
        "login_failed_title",
        "AUTH_FAILED",
        why="EmailNotificationController.showLoginFailedNotificationSynchronous: the "
        "notification when a sync's or a send's login throws AuthenticationFailedException "
        "(an IMAP NO [AUTHENTICATIONFAILED], a POP3 -ERR to USER/PASS, an SMTP 5.3 reply to AUTH)",
    ),
    Pick("login_failed_ticker", "AUTH_FAILED", ("user@example.com",)),
    Pick(
        "password_warning_label",
        "AUTH_FAILED",
        why="AccountSetupCredentialsFragment.setPasswordFailed: the setup screen again after "
        "the server refused the login",
    ),
    Pick(
        "account_setup_failed_dlg_auth_message",
        "AUTH_FAILED",
        why="MessagingException.AUTHENTICATION_FAILED in the setup check (ImapConnection.doLogin, "
        "Pop3Store, SmtpSender's AUTH PLAIN/LOGIN)",
    ),
    Pick(
        "account_setup_autodiscover_dlg_authfail_message",
        "AUTH_FAILED",
        why="AUTODISCOVER_AUTHENTICATION_FAILED: Exchange's autodiscover answered 401 to the "
        "typed address and password",
    ),
    Pick(
        "account_setup_failed_check_credentials_message",
        "AUTH_FAILED",
        why="AUTHENTICATION_FAILED_OR_SERVER_ERROR: the Exchange service's check got an answer "
        "it reads as a refused login or a server error; the text asks for the password",
    ),
    Pick(
        _SAFELY,
        "CERT_HOSTNAME_MISMATCH",
        ("Certificate hostname not useable for server: mail.example.com",),
        why="MailTransport.verifyHostname: the certificate's names do not cover the typed host; "
        "its SSLPeerUnverifiedException's message fills the %s",
    ),
    Pick(
        _SAFELY,
        "CERT_UNTRUSTED",
        (
            "java.security.cert.CertPathValidatorException: Trust anchor for certification path "
            "not found.",
        ),
        why="MailTransport.open: the TLS handshake's SSLException (Android's words for a chain "
        "that leads to no trusted authority) becomes a CertificateValidationException",
    ),
    Pick(
        "account_setup_failed_ioerror",
        "PORT_FILTERED",
        why="MessagingException.IOERROR: MailTransport.open's socket connect to host and port "
        "failed (an IOException, the 10 s connect timeout among them); the text has no %s",
    ),
    Pick(
        "account_setup_failed_dlg_server_message_fmt",
        "STARTTLS_FAILED",
        ("454 4.7.0 TLS not available due to local problem",),
        why="SmtpSender.open: the EHLO named STARTTLS, the STARTTLS command got a 4xx reply; "
        "executeSimpleCommand throws it as a plain MessagingException, shown with the reply",
    ),
    Pick(
        "account_setup_failed_tls_required",
        "STARTTLS_NOT_OFFERED",
        why="MessagingException.TLS_REQUIRED: security STARTTLS, but the EHLO (SmtpSender), the "
        "CAPABILITY (ImapConnection.doStartTls) or CAPA (Pop3Store) names no STARTTLS/STLS",
    ),
    Pick(
        "account_setup_failed_auth_required",
        "AUTH_NOT_OFFERED",
        why="MessagingException.AUTH_REQUIRED: SmtpSender.open found neither AUTH PLAIN nor AUTH "
        "LOGIN in the EHLO reply",
    ),
    Pick(
        "provider_note_t_online",
        "PROVIDER_PREPARATION",
        why="res/xml/providers.xml: the note shown when setting up a t-online.de address; "
        "T-Online's mail apps need a separate e-mail password made on its website first",
    ),
    Pick(
        "account_setup_failed_access_denied",
        "PROTOCOL_DISABLED",
        why="MessagingException.ACCESS_DENIED: the Exchange service's check got HTTP 403 "
        "(the account is not allowed to sync with ActiveSync, or not from this device)",
    ),
    Pick(
        "account_setup_failed_protocol_unsupported",
        "WRONG_HOST",
        why="PROTOCOL_VERSION_UNSUPPORTED: the Exchange service's check got HTTP 404, as from "
        "an Outlook Web Access address that is no ActiveSync server",
    ),
    # Device security policies (Exchange's remote administration, the lock screen), duplicate
    # accounts, attachments and messages: no server setting is wrong.
    Pick("security_needed_ticker_fmt", None, ("user@example.com",)),
    Pick("security_changed_ticker_fmt", None, ("user@example.com",)),
    Pick(
        "security_unsupported_ticker_fmt",
        None,
        ("user@example.com",),
        why="the account's server asks for device policies (encryption, a lock screen) this "
        "device cannot meet; the mail settings are right",
    ),
    Pick("security_notification_content_update_title", None),
    Pick("security_notification_content_change_title", None),
    Pick("security_notification_content_unsupported_title", None),
    Pick("account_security_dialog_content_fmt", None, ("user@example.com",)),
    Pick("account_setup_security_policies_required_fmt", None, ("mail.example.com",)),
    Pick(
        "password_expire_warning_ticker_fmt",
        None,
        ("user@example.com",),
        why="the device's lock-screen PIN or password, required by the account's policy, not "
        "the mail password",
    ),
    Pick("password_expired_ticker", None),
    Pick("password_expired_content_title", None),
    Pick("password_expire_warning_dialog_content_fmt", None, ("user@example.com",)),
    Pick("password_expired_dialog_content_fmt", None, ("user@example.com",)),
    Pick("disable_admin_warning", None),
    Pick("message_decode_error", None),
    Pick("forward_download_failed_ticker", None),
    Pick("forward_download_failed_title", None),
    Pick("message_view_attachment_background_load", None),
    Pick("account_duplicate_dlg_message_fmt", None, ("user@example.com",)),
]
# Where a string is shown when the first use the code search finds is not that place (this one's
# other use, AccountSetupFinal's CreateAccountErrorDialogFragment, passes it a stray argument).
AOSP_EMAIL_SHOWN = {
    "account_setup_failed_dlg_auth_message": (
        "src/com/android/email/activity/setup/CheckSettingsErrorDialogFragment.java",
    ),
}
AOSP_EMAIL_DIR = {"en": "values", **{lang: f"values-{lang}" for lang in LANGS[1:]}}
AOSP_EMAIL_DIR["pt-BR"] = "values-pt"  # Android's "pt" is Brazilian Portuguese ("pt-rPT" not)
# Mailpile: the msgids of its Python code and its theme's templates (shared-data/default-theme).
MAILPILE: list[Pick] = [
    Pick(
        "Invalid username or password",
        "AUTH_FAILED",
        why="mail_source/imap.py _connect_imap and pop3.py: the LOGIN (USER/PASS) was refused; "
        "smtp_client.py: SMTPAuthenticationError from AUTH",
    ),
    Pick(
        "Failed to make a secure TLS connection",
        "TLS_HANDSHAKE_FAILED",
        why="imap.py, pop3.py, smtp_client.py: ssl.SSLError or ssl.CertificateError while "
        "switching on TLS (SSL/TLS or STARTTLS), or a STARTTLS the IMAP server refused",
    ),
    Pick(
        "Access denied by mail server",
        "AUTH_FAILED",
        why="imap.py and smtp_client.py with auth_type oauth2: no fresh OAuth2 token, or the "
        "server refused the XOAUTH2 login; the notification offers to grant access again",
    ),
    Pick(
        "Failed to connect to %s",
        "PORT_FILTERED",
        ("mail.example.com",),
        why="smtp_client.py sm_connect_server: the TCP connect to the SMTP host and port (or "
        "the EHLO after it) failed with IOError, OSError or SMTPServerDisconnected",
    ),
    Pick(
        "Connection timed out",
        "PORT_FILTERED",
        why="imap.py _connect_imap: TimedOut, the connect, CAPABILITY or LOGIN not done within "
        "the 30 s of RunTimed",
    ),
    Pick(
        "Login failed",
        "AUTH_FAILED",
        why="plugins/setup_magic.py: account detection tried a server with the typed password "
        "and the login was refused",
    ),
    Pick("Failed to log in, check the username and password", "AUTH_FAILED"),
    Pick(
        "Invalid TLS Certificate",
        "CERT_UNTRUSTED",
        why="html/crypto/tls/getcert/index.html: the page a TLS failure's 'details' opens, when "
        "the certificate did not validate",
    ),
    Pick("The identity of the remote server ({H}) could not be verified.", "CERT_UNTRUSTED"),
    Pick("Not valid for this server, issued to {S}.", "CERT_HOSTNAME_MISMATCH"),
    Pick("Could not be validated against known Certificate Authorities.", "CERT_UNTRUSTED"),
    # Mailpile's own password (it unlocks its encrypted settings and keys), its local web server
    # and Tor, OpenPGP, the composer, tags, the local disk: no mail server setting is wrong.
    Pick(
        "Invalid password, please try again",
        None,
        why="auth.py Authenticate: the passphrase that unlocks Mailpile itself (its GnuPG key "
        "and encrypted settings), not the mail account's",
    ),
    Pick("Oops, wrong password. Try again?", None, why="html/auth/shared.html: Mailpile's login"),
    Pick("Failed to decrypt configuration, please log in!", None),
    Pick("Passwords did not match! Please try again.", None),
    Pick(
        "Password incorrect?  Try again!",
        None,
        why="html/partials/thread_message_cryptofail.html: the OpenPGP key's passphrase to "
        "decrypt a message",
    ),
    Pick("Missing encryption keys", None),
    Pick("Could not encrypt message", None),
    Pick("Could not sign message", None),
    Pick("Cannot encrypt because we do not have keys for all recipients.", None),
    Pick("Some recipients require encryption, but we do not have keys for everyone!", None),
    Pick("Recipients have conflicting encryption policies.", None),
    Pick("Keys missing for %s", None, ("bob@example.org",)),
    Pick("Error accessing your encryption key", None),
    Pick("Encryption key has expired", None),
    Pick("The digital signature was made with an expired key", None),
    Pick("The digital signature was invalid or bad", None),
    Pick("We failed to decrypt and are unsure why.", None),
    Pick("PGP key generation failed!", None),
    Pick("Something went wrong uploading encryption key. Try again?", None),
    Pick("Sorry, ephemeral messages cannot have attachments at this time.", None),
    Pick("Failed to attach files", None),
    Pick("Could not retrieve message", None),
    Pick("Failed to create tag: %s", None, ("Receipts",)),
    Pick(
        "Mailbox is out of sync",
        None,
        why="imap.py get_info: the folder's UIDVALIDITY changed since Mailpile indexed it",
    ),
    Pick("Too many mailboxes found! Raise limits to continue.", None),
    Pick(
        "Insufficient free space in %s",
        None,
        ("/home/user/.local/share/Mailpile",),
        why="mail_source/__init__.py: the local disk holding Mailpile's data is nearly full; "
        "not the mailbox on the server",
    ),
    Pick("Failed to load metadata index", None),
    Pick(
        "Failed to start the web server",
        None,
        why="plugins/core.py: Mailpile's own local web interface",
    ),
    Pick(
        "Mailpile timed out...",
        None,
        why="html/jsapi/index.js: the browser got no answer from the local Mailpile program",
    ),
    Pick("Mailpile is unreachable.", None),
    Pick("Oops. Mailpile failed to complete your task.", None),
    Pick(
        "Failed to connect to Tor on %s:%s. Is it installed?",
        None,
        ("127.0.0.1", "9050"),
        why="plugins/setup_magic.py: setting up the Tor proxy on this computer, not a mail server",
    ),
]
MAILPILE_LOCALE = {
    "de": "de",
    "fr": "fr",
    "es": "es_ES",
    "nl": "nl_NL",
    "pt-BR": "pt_BR",
    "pl": "pl",
    "ja": "ja",
}
# The theme's .format() fields; the account form's bold line ends with "!" outside the msgid.
MAILPILE_FIELDS = {"H": "mail.example.com:993", "S": "*.hosting.example.net"}
MAILPILE_TAIL = {"Failed to log in, check the username and password": "!"}


# EGroupware's mail app (mail/; its account wizard admin/inc/class.admin_mail.inc.php, which
# mail_wizard extends; api/ for the sign-in) and Afterlogic WebMail Lite 8 (its modules' own
# repositories: aurora-module-mail on the server, aurora-module-webclient-mail and
# aurora-module-webclient-core in the browser): the eleventh set, extracted and labelled blind
# from their code at pinned commits before either was run. EGroupware's translations are its
# `<app>/lang/egw_<ll>.lang` tables (key, app, language, text; the key is the English msgid in
# lower case, `egw_en.lang` holds the English shown), Afterlogic's `i18n/<Language>.ini`.
ELEVENTH_PINS = {
    "EGroupware/egroupware": "674781ca9dbb6940045415863ed7f38f6b80dc71",
    "afterlogic/aurora-module-mail": "1577ae7d6adc18a4a9da5ad8834f2fd0ee3b376e",
    "afterlogic/aurora-module-webclient-mail": "cea99fce5cc1da15b939a037da35593e012ee921",
    "afterlogic/aurora-module-webclient-core": "eb3788ccb59f7e89c882307947fe2da63cd6bb4d",
}
# The Horde_Imap_Client exception texts EGroupware shows after its own (Pick.then, appended as
# the app does, untranslated: the library's message); read at horde/Imap_Client@98a4ba591bc4
# lib/Horde/Imap/Client/Socket.php, the upstream of EGroupware's egroupware/imap-client fork.


def _esync(library: str, code: str, why: str) -> Pick:
    """mail/inc/class.mail_zpush.inc.php: the eSync (ActiveSync) preferences check connects to
    the IMAP server and lists 'Can not open IMAP connection: ' and the exception's message."""
    return Pick(
        "can not open imap connection",
        code,
        then=": " + library,
        table="mail",
        why="mail_zpush: the eSync settings check's IMAP connection failed; Socket.php " + why,
    )


# EGroupware: Pick.table is the app whose lang table holds the key (mail, admin, or api's
# common/login entries); Pick.key the lower-case key.
EGROUPWARE: list[Pick] = [
    Pick(
        "connection is not secure! everyone can read eg. your credentials.",
        "ENCRYPTION_NOT_USED",
        table="admin",
        why="admin_mail autoconfig/smtp: the wizard logged in, but over a connection that is "
        "neither SSL/TLS nor STARTTLS (the last 'insecure' try on port 143)",
    ),
    _esync(
        "Error connecting to mail server.",
        "PORT_FILTERED",
        "_connect: SERVER_CONNECT, the socket to host:port did not open",
    ),
    _esync(
        "Authentication failed.",
        "AUTH_FAILED",
        "_serverResponse: the NO to LOGIN carried [AUTHENTICATIONFAILED] (RFC 5530)",
    ),
    _esync(
        "Mail server denied authentication.",
        "AUTH_FAILED",
        "_login: every mechanism's NO "
        "without a response code, the default LOGIN_AUTHENTICATIONFAILED",
    ),
    _esync(
        "Remote server is temporarily unavailable.",
        "AUTH_TEMPORARY_FAILURE",
        "_serverResponse: the NO to LOGIN carried [UNAVAILABLE] (RFC 5530: a backend is down)",
    ),
    _esync(
        "Operation failed due to a lack of a secure connection.",
        "PLAINTEXT_AUTH_DISABLED",
        "_serverResponse: the NO to LOGIN carried [PRIVACYREQUIRED], no login without TLS",
    ),
    _esync(
        "No supported IMAP authentication method could be found.",
        "AUTH_NOT_OFFERED",
        "_login: none of the server's AUTH= mechanisms is one Horde has, and no LOGIN",
    ),
    _esync(
        "Server does not support TLS connections.",
        "STARTTLS_NOT_OFFERED",
        "_login: STARTTLS configured, the server's CAPABILITY lacks STARTTLS",
    ),
    _esync(
        "Could not open secure TLS connection to the IMAP server.",
        "STARTTLS_FAILED",
        "_login: the server took STARTTLS, the TLS negotiation after it failed (startTls() false)",
    ),
    Pick(
        "message send failed: %1",
        "RELAY_REFUSED",
        ("554 5.7.1 <bob@example.org>: Relay access denied",),
        table="mail",
        why="mail_compose::send: Api\\Mailer's send() threw; %1 is the exception's message, here "
        "an SMTP server's refusal to relay for an account sending without SMTP authentication",
    ),
    Pick(
        "your remaining quota %1 is too low, you may not be able to send/receive further "
        "emails.\\n although cleaning up emails in trash or junk folder might help you to get "
        "some free space back.\\n if that didn't help, please ask your administrator for more "
        "quota.",
        "MAILBOX_NEARLY_FULL",
        ("1.2 MB",),
        table="mail",
        why="mail/js/app.ts: the cleanup dialog when the IMAP QUOTA left is under the warning "
        "limit",
    ),
    Pick(
        "quota not provided by server",
        None,
        table="mail",
        why="mail_ui: the IMAP server has no QUOTA extension; the quota bar is left out",
    ),
    Pick("failed to create folder %1", None, ("Projects",), table="mail"),
    Pick("failed to delete folder %1", None, ("Projects",), table="mail"),
    Pick("failed to rename folder %1", None, ("Projects",), table="mail"),
    Pick("failed to move messages", None, table="mail"),
    Pick("failed to empty trash", None, table="mail"),
    Pick("error: could not save message as draft", None, table="mail"),
    Pick("no send folder set in preferences", None, table="mail"),
    Pick("moving folders from one mailaccount to another is not supported", None, table="mail"),
    Pick("no adress, to send this mail to, supplied", None, table="mail"),
    Pick("no subject supplied", None, table="mail"),
    Pick("the mimeparser can not parse this message.", None, table="mail"),
    Pick("can not resolve the winmail.dat attachment!", None, table="mail"),
    Pick(
        "processing of file %1 failed. failed to meet basic restrictions.",
        None,
        ("invoice.pdf",),
        table="mail",
    ),
    Pick(
        "s/mime encryption failed because no certificate has been found for sender address: %1",
        None,
        ("user@example.com",),
        table="mail",
    ),
    Pick("you need to enter your s/mime passphrase to send this message.", None, table="mail"),
    Pick(
        "there is no space left to store sieve script, please check sieve_maxscriptsize option "
        "on your mailserver's config.",
        None,
        table="mail",
        why="api/src/Mail/Sieve/Script.php: the filter rules are too big for the ManageSieve "
        "server's script size limit",
    ),
    Pick("vacation notice update failed", None, table="mail"),
    Pick("certificate does not match the stored private key!", None, table="mail"),
    Pick(
        "could not extract private key from given p12 file. either the p12 file is broken or "
        "password is wrong!",
        None,
        table="admin",
        why="admin_mail: uploading an S/MIME .p12 key; its password, not the mail account's",
    ),
    Pick("could not generate certificate!", None, table="mail"),
    Pick(
        "your session timed out, please log in again",
        None,
        table="api",
        why="api/src/Framework/Login.php: the EGroupware session (the web app's own), not IMAP",
    ),
    Pick(
        "invalid 2-factor authentication code",
        None,
        table="api",
        why="api/src/Session.php: EGroupware's own second factor at its sign-in",
    ),
    Pick("2-factor authentication code required", None, table="api"),
]
EGROUPWARE_LANG = {"es": "es-es", "pt-BR": "pt-br"}
EGROUPWARE_CODE = ("*.php", "*.ts", "*.js", "*.xet")
# Afterlogic WebMail Lite: Pick.table is the module (its repository afterlogic/aurora-module-X),
# Pick.values its %NAME% placeholders as NAME=value.
_MAIL_ERROR = (
    "Mail Module.php GetErrors: the server module's text for its error code, which the browser "
    "shows (CoreWebclient Api.getErrorByCode); "
)
AFTERLOGIC: list[Pick] = [
    Pick(
        "ERROR_CONNECT_TO_MAIL_SERVER",
        "PORT_FILTERED",
        table="mail",
        why=_MAIL_ERROR + "CannotConnectToMailServer: Managers/Main/Manager.php, MailSo's Connect "
        "to the IMAP host:port threw, or the SMTP client's ConnectionException",
    ),
    Pick(
        "ERROR_PASS_INCORRECT",
        "AUTH_FAILED",
        table="webclient-core",
        why="Api.js AuthError: WebMail Lite's sign-in is the IMAP LOGIN of the default account; "
        "webclient-mail Ajax.js turns its 4002 (LoginBadCredentialsException) into this",
    ),
    Pick(
        "ERROR_CREDENTIALS_INCORRECT",
        "AUTH_FAILED",
        ("EMAIL=user@example.com",),
        table="webclient-mail",
        why="js/Ajax.js: error 4002, CannotLoginCredentialsIncorrect, for an added (not the "
        "default) account: the IMAP server refused its LOGIN",
    ),
    Pick(
        "LABEL_HINT_SPECIFY_PASSWORD",
        "AUTH_FAILED",
        table="webclient-mail",
        why="templates/Settings/AccountSettingsFormView.html: shown once passwordMightBeIncorrect "
        "(the 4002 above) is set for that account",
    ),
    Pick(
        "ERROR_SEND_MESSAGE_TO_RECIPIENTS",
        "RECIPIENT_UNKNOWN",
        table="mail",
        why=_MAIL_ERROR + "MailSo's MailboxUnavailableException to RCPT TO while sending with the "
        "user's own SMTP login: the recipient's mailbox was refused",
    ),
    Pick(
        "ERROR_SEND_MESSAGE_TO_EXTERNAL_RECIPIENTS",
        "RELAY_REFUSED",
        table="mail",
        why=_MAIL_ERROR + "the same RCPT refusal when the server's SMTP authentication is not "
        "the user's credentials: the SMTP server does not relay to other domains",
    ),
    Pick(
        "ERROR_SEND_MESSAGE_NOT_SAVED",
        "MAILBOX_FULL",
        table="mail",
        why=_MAIL_ERROR + "CannotSaveMessageToSentItems: the IMAP APPEND to Sent failed after "
        "SMTP had taken the message",
    ),
    Pick(
        "CONFIRM_MESSAGES_DELETE_WITHOUT_TRASH",
        "MAILBOX_FULL",
        table="webclient-mail",
        why="js/Cache.js: the IMAP COPY/MOVE to Trash failed (4008, CannotMoveMessageQuota)",
    ),
    Pick("CONFIRM_MESSAGES_MARK_SPAM_WITHOUT_SPAM", "MAILBOX_FULL", table="webclient-mail"),
    Pick("ERROR_MOVING_MESSAGES", None, table="webclient-mail"),
    Pick("ERROR_DELETING_MESSAGES", None, table="webclient-mail"),
    Pick("ERROR_COPYING_MESSAGES", None, table="webclient-mail"),
    Pick("ERROR_CREATE_FOLDER", None, table="webclient-mail"),
    Pick("ERROR_DELETE_FOLDER", None, table="webclient-mail"),
    Pick("ERROR_RENAME_FOLDER", None, table="webclient-mail"),
    Pick("ERROR_SETUP_SPECIAL_FOLDERS", None, table="webclient-mail"),
    Pick("ERROR_MESSAGE_SAVING", None, table="webclient-mail"),
    Pick("ERROR_UPLOAD_FORWARD_ATTACHMENTS", None, table="webclient-mail"),
    Pick("ERROR_NOT_IMAGE_CHOOSEN", None, table="webclient-mail"),
    Pick("ERROR_FILE_NOT_EML", None, table="webclient-mail"),
    Pick("ERROR_IDENTITY_ADDING", None, table="webclient-mail"),
    Pick("ERROR_FILTER_FIELDS_EMPTY", None, table="webclient-mail"),
    Pick("ERROR_CANT_SAVE_ATTACHMENTS_TO_FILES", None, table="webclient-mail"),
    Pick("CONFIRM_ENCRYPT_NOT_ALL_RECIPIENTS", None, table="webclient-mail"),
    Pick("INFO_MESSAGE_WILL_BE_CONVERTED_TO_PLAIN", None, table="webclient-mail"),
    Pick("ERROR_UNSUBSCRIBE_MESSAGE_FAIL", None, table="webclient-mail"),
    Pick("ERROR_PASSWORDS_DO_NOT_MATCH", None, table="webclient-core"),
    Pick("ERROR_PASSWORD_TOO_SHORT", None, ("N=8",), table="webclient-core"),
    Pick("ERROR_UPLOAD_SIZE", None, table="webclient-core"),
    Pick("ERROR_COOKIES_DISABLED", None, table="webclient-core"),
    Pick("ERROR_UNABLE_CHANGE_PASSWORD", None, table="webclient-core"),
    Pick("ERROR_CURRENT_PASSWORD_NOT_CORRECT", None, table="webclient-core"),
    Pick("ERROR_CAPTCHA_IS_INCORRECT", None, table="webclient-core"),
    Pick(
        "ERROR_AUTH_PROBLEM",
        None,
        table="webclient-core",
        why="js/App.js: the webmail's own session ended (its auth token), not a mail login",
    ),
]
AFTERLOGIC_INI = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "nl": "Dutch",
    "pt-BR": "Portuguese-Brazil",
    "pl": "Polish",
    "ja": "Japanese",
}


# Group-Office's e-mail module (www/modules/email, with its S/MIME module and its own IMAP
# library www/go/base/mail/Imap.php) and Tine's Felamimail (tine20/Felamimail, with Tinebase's
# sign-in and exception handler): the twelfth set, extracted and labelled blind from their code
# at pinned commits before either was run. Group-Office's translations are PHP arrays keyed by
# the English (`<module>/language/<ll>.php`; a key a module lacks falls back to the core table,
# www/go/core/language, as go\core\Language::t() does), Tine's the PO files of each app
# (`tine20/<App>/translations/<ll>.po`).
TWELFTH_PINS = {
    "Intermesh/groupoffice": "63bb0bc3f8d3f504097b2aabb4978dd74c9e93c5",
    "tine20/tine20": "f05c103b4b2bd217775bbef4e681346e02adbdb4",
}
GROUPOFFICE_LANG = {"pt-BR": "pt_br"}
GROUPOFFICE_CODE = ("www/*.js", "www/*.php", ":!www/*/language/*")
# The values of Group-Office's named fields ({product_name} is the brand, as replaceBrand()).
GROUPOFFICE_FIELDS = {
    "%username": "alice@example.com",
    "{product_name}": "Group-Office",
    "{name}": "Archive",
    "{blocked_images}": "3",
}
_GO_EMAIL, _GO_SMIME, _GO_CORE = "www/modules/email", "www/modules/smime", "www/go/core"
# Pick.table: the module whose language table holds the key; "" for a text Group-Office shows
# untranslated (an exception of its IMAP library: Pick.key the literal the code has, Pick.then
# the whole text as the error dialog shows it, in English whatever the user's language).
GROUPOFFICE: list[Pick] = [
    Pick(
        'Authentication failed for user "%username".',
        "AUTH_FAILED",
        then="Please enter try with a different IMAP password.",
        table=_GO_EMAIL,
        why="email/AccountsTree.js: the account's IMAP login was refused (the tree node's "
        "ImapAuthenticationFailedException); the form asks for another IMAP password",
    ),
    Pick(
        "'Authentication failed for user '.$username.' on IMAP server '",
        "AUTH_FAILED",
        then="Authentication failed for user alice@example.com on IMAP server imap.example.com",
        why="go/base/mail/Imap.php authenticate(): the LOGIN (or AUTHENTICATE) answer was not OK",
    ),
    Pick(
        "'Failed to open socket #'",
        "PORT_CLOSED",
        then="Failed to open socket #111. Connection refused",
        why="Imap.php connect(): stream_socket_client() failed; errno 111 ECONNREFUSED",
    ),
    Pick(
        "'Failed to open socket #'",
        "PORT_FILTERED",
        then="Failed to open socket #110. Connection timed out",
        why="Imap.php connect(): stream_socket_client() failed; errno 110 ETIMEDOUT (no answer "
        "within the 10 s it allows)",
    ),
    Pick(
        "'Failed to open socket #'",
        "HOST_NOT_FOUND",
        then="Failed to open socket #0. php_network_getaddresses: getaddrinfo for "
        "imap.example.com failed: Name or service not known",
        why="Imap.php connect(): PHP's resolver found no address for the IMAP host name",
    ),
    Pick(
        '"Failed to enable TLS on socket"',
        "STARTTLS_FAILED",
        then="Failed to enable TLS on socket",
        why="Imap.php authenticate(): the server said OK to STARTTLS, then the TLS negotiation "
        "(stream_socket_enable_crypto) failed",
    ),
    Pick(
        '"Failed to enable TLS: "',
        "STARTTLS_NOT_OFFERED",
        then="Failed to enable TLS: A1 BAD Unknown command",
        why="Imap.php authenticate(): the account is set to STARTTLS and the server refused the "
        "STARTTLS command (the tagged answer is not OK)",
    ),
    Pick(
        '"Lost connection to "',
        "CONNECTION_CLOSED",
        then="Lost connection to imap.example.com",
        why="go/base/mail/ImapBase.php send_command(): the IMAP connection is gone (closed by the "
        "server) when the next command is written",
    ),
    Pick(
        "Moving the e-mail to the trash folder failed. This might be because you are out of disk "
        "space. You can only free up space by disabling the trash folder at Administration -> "
        "Accounts -> Double click your account -> Folders",
        "MAILBOX_FULL",
        table=_GO_EMAIL,
        why="email: the IMAP COPY to the trash failed; the app's reading is the mailbox quota",
    ),
    # No settings problem: folders, drafts, the composer, attachments, S/MIME, the web app's
    # own connection to its server.
    Pick(
        'Cannot open the folder "%s". Please check your email account settings.',
        None,
        values=("Archive",),
        table=_GO_EMAIL,
        why="go/base/mail/exception/MailboxNotFound.php: SELECT of a folder that is not there",
    ),
    Pick(
        "Your mail server does not support UIDNEXT. The 'Drafts' folder is disabled automatically "
        "for this account now.",
        None,
        table=_GO_EMAIL,
    ),
    Pick("You can't delete the INBOX folder", None, table=_GO_EMAIL),
    Pick("You can't delete the trash, sent items or drafts folder", None, table=_GO_EMAIL),
    Pick("Source and target mailbox may not be the same", None, table=_GO_EMAIL),
    Pick("Please select a valid email folder to copy to.", None, table=_GO_EMAIL),
    Pick("This winmail attachment does not contain any files.", None, table=_GO_EMAIL),
    Pick("Sory, this is not supported by Firefox", None, table=_GO_EMAIL),
    Pick("Message hidden for security reasons", None, table=_GO_EMAIL),
    Pick(
        "This message may contain malicious content. Click here to view the filtered message "
        "anyway.",
        None,
        table=_GO_EMAIL,
    ),
    Pick(
        "To use this function you must load your e-mail first by pressing the e-mail tab",
        None,
        table=_GO_EMAIL,
    ),
    Pick("Not all features are supported. Check the manual.", None, table=_GO_EMAIL),
    Pick("You can't rename the INBOX folder", None, table=_GO_EMAIL),
    Pick("You can't edit this folder", None, table=_GO_EMAIL),
    Pick("Select a folder to delete please", None, table=_GO_EMAIL),
    Pick("You didn't enter a recipient", None, table=_GO_EMAIL),
    Pick(
        "{blocked_images} external images were blocked for your security.",
        None,
        table=_GO_EMAIL,
    ),
    Pick(
        "Could not encrypt message because you don't have the public certificate for %s. Open a "
        "signed message of the recipient and verify the signature to import the public key.",
        None,
        values=("bob@example.com",),
        table=_GO_SMIME,
    ),
    Pick("Please enter the password of your SMIME certificate.", None, table=_GO_SMIME),
    Pick("The certificate is invalid!", None, table=_GO_SMIME),
    Pick(
        "Valid certificate but the e-mail of the certificate does not match the sender address "
        "of the e-mail.",
        None,
        table=_GO_SMIME,
    ),
    Pick(
        "This message is encrypted and you don't have the private key to decrypt this message.",
        None,
        table=_GO_SMIME,
    ),
    Pick("SMIME Decryption of this message failed.", None, table=_GO_SMIME),
    Pick(
        "Your SMIME key password matches your Group-Office password. This is prohibited for "
        "security reasons!",
        None,
        table=_GO_SMIME,
    ),
    Pick(
        "The connection to the server timed out. Please check your internet connection.",
        None,
        table=_GO_EMAIL,
        why="email/EmailClient.js: the browser's request to the Group-Office web server timed "
        "out, not a mail server",
    ),
    Pick(
        "Could not connect to the server. Please check your internet connection.",
        None,
        table=_GO_EMAIL,
        why="the account dialogs (email, oauth2client): the browser could not reach the "
        "Group-Office web server, not a mail server",
    ),
    Pick(
        "An error occurred on the webserver. Contact your system administrator and supply the "
        "detailed error.",
        None,
        table=_GO_EMAIL,
    ),
]
TINE_PO = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl_NL",
    "pt-BR": "pt_BR",
    "pl": "pl",
    "ja": "ja",
}
TINE_FIELDS = ("alice@example.com",)
# Tine: Pick.table the app whose PO files hold the key (Felamimail, Tinebase); Pick.then an
# untranslated text the dialog shows after the translated title (a server-side exception).
TINE: list[Pick] = [
    Pick(
        "Your email credentials are wrong. Please contact your administrator",
        "AUTH_FAILED",
        table="Felamimail",
        why="Felamimail.js handleRequestException 912 (IMAPInvalidCredentials) for a system "
        "account: Backend/Imap.php connectAndLogin() had the IMAP login refused",
    ),
    Pick(
        "IMAP Error",
        "AUTH_FAILED",
        then="\nCannot login, user or password wrong.",
        table="Felamimail",
        why="Felamimail.js: a 912 without its account is shown as 910, 'IMAP Error' and the "
        "exception's message, Backend/Imap.php's refused IMAP login",
    ),
    # No settings problem: folders, filing, attachments, Sieve rules, OpenPGP, vacation, the
    # groupware's own password, second factor and connection to its web server.
    Pick(
        "One of your folders was deleted or renamed by another client. Please update the folder "
        "list of this account.",
        None,
        table="Felamimail",
    ),
    Pick("You cannot move the folder to an own sub folder!", None, table="Felamimail"),
    Pick("Folder with name {0} already exists!", None, ("Archive",), table="Felamimail"),
    Pick("Could not save script on Sieve server.", None, table="Felamimail"),
    Pick(
        "It is not allowed to redirect emails to self! Please change the recipient.",
        None,
        table="Felamimail",
    ),
    Pick("Redirects to external email domains are not allowed.", None, table="Felamimail"),
    Pick("It is not allowed to copy e-mails in the same account.", None, table="Felamimail"),
    Pick("Could not file message.", None, table="Felamimail"),
    Pick("Original message not found, email was moved or deleted", None, table="Felamimail"),
    Pick("Message not available.", None, table="Felamimail"),
    Pick(
        "Cannot encrypt message. Public keys for the following recipients are missing: {0}",
        None,
        ("bob@example.com",),
        table="Felamimail",
    ),
    Pick("User Name (From) cannot contain a comma.", None, table="Felamimail"),
    Pick(
        'Email account "{0}" has an active vacation message.',
        None,
        ("alice@example.com",),
        table="Felamimail",
    ),
    Pick(
        "Connection lost, please check your network!",
        None,
        table="Tinebase",
        why="Tinebase ExceptionHandler.js: the browser lost its connection to the Tine server",
    ),
    Pick("FIDO2 WebAuthn authentication failed. Try again?", None, table="Tinebase"),
    Pick(
        "This area is locked. To unlock it you need to provide your password.",
        None,
        table="Tinebase",
    ),
]


# Firefox OS's e-mail app (gaia's apps/email, whose back end gaia-email-libs-and-more raises
# the normalized error names its setup cards show; read for the labels, as the gaia monorepo
# itself is too large to mirror: its apps/email code was read from the stored index) and Kopano
# WebApp: the thirteenth set, extracted and labelled blind from their code at pinned commits
# before either was run. Gaia's translations are the per-locale `.properties` of the
# gaia-l10n monorepo (`<locale>/apps/email/email.properties`, en-US the English), Kopano's the
# PO files of `server/language/<ll>_<CC>.UTF-8/LC_MESSAGES/zarafa_webapp.po`.
THIRTEENTH_PINS = {
    "mozilla-l10n/gaia-l10n": "b1df5eb36648dda4ac8acc50306c133d8585e022",
    "mozilla-b2g/gaia-email-libs-and-more": "0c88d6236758409d950b1858c22a44ef28774b70",
    "Kopano-dev/kopano-webapp": "14bd2847d9134fdfac4d0cd5598c992b63979989",
}
GAIA_LOCALE = {"en": "en-US"}
# The values of gaia's {{name}} arguments.
GAIA_FIELDS = {"server": "imap.example.com", "account": "alice@example.com"}
_GELAM = "gaia-email-libs-and-more js/"
# Pick.key the l10n id; Pick.then a second l10n id the same card shows under the first (an
# error card's header, then its message), joined by a line break.
GAIA: list[Pick] = [
    Pick(
        "setup-error-bad-user-or-pass2",
        "AUTH_FAILED",
        why=f"{_GELAM}imap/client.js analyzeLastImapError(): NO [AUTHENTICATIONFAILED] (or any "
        "failure before the login went through); smtp/client.js: 535 to AUTH; pop3/pop3.js: "
        "-ERR to USER/PASS. The setup card maps 'bad-user-or-pass' to this id "
        "(apps/email/js/cards/setup_l10n_map.js)",
    ),
    Pick(
        "setup-bad-password-header",
        "AUTH_FAILED",
        then="setup-bad-password",
        why="apps/email/js/cards/setup_fix_password.html: the card an existing account gets when "
        "its login starts failing with 'bad-user-or-pass'",
    ),
    Pick(
        "setup-error-needs-app-pass",
        "APP_PASSWORD_REQUIRED",
        why="setup_l10n_map.js 'needs-app-pass': Gmail's SMTP 534 5.7.9 (two-factor account, "
        "normal password) in the back end's older releases; the pinned one reports it as "
        f"bad-user-or-pass ({_GELAM}smtp/client.js)",
    ),
    Pick(
        "setup-gmail-twofactor-header",
        "APP_PASSWORD_REQUIRED",
        then="setup-gmail-twofactor-message",
        why="apps/email/js/cards/setup_fix_gmail_twofactor.html: a Gmail account with two-factor "
        "sign-in needs an application-specific password",
    ),
    Pick(
        "setup-error-imap-disabled",
        "PROTOCOL_DISABLED",
        why=f"{_GELAM}imap/client.js: Gmail's 'Your account is not enabled for IMAP use' / 'IMAP "
        "access is disabled for your domain' to the login",
    ),
    Pick(
        "setup-error-pop3-disabled",
        "PROTOCOL_DISABLED",
        why=f"{_GELAM}pop3/probe.js: Gmail's refusal naming POP3 as disabled for the account or "
        "the domain",
    ),
    Pick(
        "setup-gmail-imap-header",
        "PROTOCOL_DISABLED",
        then="setup-gmail-imap-message",
        why="apps/email/js/cards/setup_fix_gmail.js: the card of an IMAP account whose problem "
        "is 'imap-disabled'",
    ),
    Pick(
        "setup-gmail-pop3-header",
        "PROTOCOL_DISABLED",
        then="setup-gmail-pop3-message",
        why="setup_fix_gmail.js: the card of a POP3 account whose problem is 'pop3-disabled'",
    ),
    Pick(
        "setup-error-not-authorized",
        "PROTOCOL_DISABLED",
        why=f"{_GELAM}activesync/configurator.js: HTTP 403 from the ActiveSync server (mailapi.js: "
        "the password is right, the user may not use that server)",
    ),
    Pick(
        "setup-error-bad-security",
        "TLS_HANDSHAKE_FAILED",
        why=f"{_GELAM}errorutils.js analyzeException(): the socket's Security* error (a "
        "certificate not trusted, for the wrong name, weak crypto: mailapi.js 'bad-security'); "
        "imap/client.js and smtp/client.js: a failed STARTTLS",
    ),
    Pick(
        "setup-error-unresponsive-server",
        "PORT_FILTERED",
        why=f"{_GELAM}imap/client.js, smtp/client.js: no connection within CONNECT_TIMEOUT_MS "
        "(mailapi.js: 'packets into a black hole'); a refused connection is reported so too",
    ),
    Pick(
        "setup-error-server-maintenance",
        "AUTH_TEMPORARY_FAILURE",
        why=f"{_GELAM}imap/client.js: the login answered [UNAVAILABLE] (or LOGINDISABLED with the "
        "login failed); pop3/probe.js: -ERR [SYS] / [IN-USE] / [LOGIN-DELAY] (RFC 3206)",
    ),
    Pick(
        "setup-error-bad-address",
        "SENDER_REFUSED",
        why=f"{_GELAM}smtp/probe.js verifyAddress(): MAIL FROM the account's own address (and RCPT "
        "TO it) answered 550/551/553/554 (smtp/client.js)",
    ),
    Pick(
        "tng-plain-socket-warning-title",
        "INSECURE_PLAINTEXT",
        then="tng-plain-socket-warning-message",
        why="apps/email/js/cards/setup_manual_config.js showPlainSocketWarning(): the socket type "
        "'Unencrypted (insecure)' was chosen",
    ),
    Pick(
        "send-failure-recipients",
        "RECIPIENT_UNKNOWN",
        why="apps/email/js/cards/compose.js: the outbox message's send failed with bad "
        f"addresses ({_GELAM}smtp/client.js: 550/551/553/554 to RCPT TO)",
    ),
    Pick("background-send-error-recipients", "RECIPIENT_UNKNOWN"),
    # No settings problem: the device offline, an account set up twice, attachments, the
    # composer's own limits and address check, the password field left empty.
    Pick(
        "setup-error-offline",
        None,
        why="the device has no network at all (navigator.onLine false): nothing of the account",
    ),
    Pick("background-send-pending", None, why="the device offline: the mail waits in the outbox"),
    Pick("setup-error-account-already-exists", None),
    Pick(
        "composer-attachment-large",
        None,
        then="compose-attchment-size-exceeded",
        why="apps/email/js/cards/compose.js: the app's own limit on the attachments' total size",
    ),
    Pick("composer-attachments-large", None, then="compose-attchments-size-exceeded"),
    Pick(
        "message-attachment-did-not-open-label", None, then="message-attachment-did-not-open-body"
    ),
    Pick("message-attachment-too-large", None),
    Pick("message-send-attachment-disabled-confirm", None),
    Pick("compose-invalid-addresses-title", None, then="compose-invalid-addresses-description"),
    Pick("settings-password-empty", None),
]
KOPANO_PO = {
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt-BR": "pt_BR",
    "pl": "pl_PL",
    "ja": "ja_JP",
}
KOPANO_CODE = ("*.js", "*.php", ":!server/language")
_KOPANO_REDUCE = (
    "To reduce the amount of data in this message store, select some items that you no longer "
    "need, delete them and cleanup your Deleted Items folder."
)
# Kopano WebApp: Pick.key the msgid; Pick.then a second msgid the same message shows on a new
# line (the server's '<br/>').
KOPANO: list[Pick] = [
    Pick(
        "Logon failed. Please verify your credentials and try again.",
        "AUTH_FAILED",
        why="server/includes/core/class.webappauthentication.php: the logon to the Kopano "
        "server, the mail account's own, returned MAPI_E_LOGON_FAILED",
    ),
    Pick(
        "Logon Failed. Please check your name/password.",
        "AUTH_FAILED",
        why="server/includes/exceptions/class.mapiexception.php: MAPI_E_LOGON_FAILED",
    ),
    Pick(
        "You have exceeded hard quota, you can not send or receive mails.",
        "MAILBOX_FULL",
        why="client/zarafa/settings/ui/SettingsQuotaInfoWidget.js: the store's size is above its "
        "receive (hard) quota",
    ),
    Pick(
        "You can not send mails as you have exceeded soft quota, at {0} you won't be able to "
        "receive mails.",
        "MAILBOX_FULL",
        values=("1 GB",),
        why="SettingsQuotaInfoWidget.js: the store is over its send (soft) quota, below the hard",
    ),
    Pick(
        "You can not send mails as you have exceeded soft quota.",
        "MAILBOX_FULL",
        why="SettingsQuotaInfoWidget.js: the store is over its send (soft) quota, no hard quota",
    ),
    Pick(
        "The message store has exceeded its hard quota limit.",
        "MAILBOX_FULL",
        then=_KOPANO_REDUCE,
        why="server/includes/modules/class.module.php: PR_MESSAGE_SIZE_EXTENDED above "
        "PR_QUOTA_RECEIVE_THRESHOLD",
    ),
    Pick(
        "The message store has exceeded its soft quota limit.",
        "MAILBOX_FULL",
        then=_KOPANO_REDUCE,
        why="class.module.php: the store's size above PR_QUOTA_SEND_THRESHOLD",
    ),
    # No settings problem: the web app's own session and connection to its web server, the
    # address book, folders, rules, calendars, meetings, attachments, the server's memory.
    Pick("The session has expired, reauthentication is required.", None),
    Pick(
        "Could not connect to server, retrying in {0} second(s)",
        None,
        values=("30",),
        why="client/zarafa/Zarafa.js: the browser's request to the WebApp's own web server failed",
    ),
    Pick(
        "Login did not work due to a duplicate session. The issue was automatically resolved, "
        "please log in again.",
        None,
    ),
    Pick("Could not open store.", None),
    Pick("Username '{0}' could not be resolved.", None, values=("bob",)),
    Pick("Could not open default calendar folder.", None),
    Pick("You have insufficient privileges to open this object.", None),
    Pick("Could not load rules.", None),
    Pick("Setting mail filters on the stores of other users is not allowed.", None),
    Pick("Could not delete folder.", None),
    Pick("Could not find message, either it has been moved or deleted.", None),
    Pick("Meeting could not be sent.", None),
    Pick("There are no recipients in the message.", None),
    Pick("Cannot create ZIP, The allowed maximum size is 30 MB.", None),
    Pick("Operation failed: Server does not have enough memory.", None),
]


# YAM (Yet Another Mailer, AmigaOS: its POP3 and SMTP code in src/tcp/) and SimpleMail
# (AmigaOS and GTK: POP3, IMAP and SMTP): the fourteenth set, extracted and labelled blind from
# their code at pinned commits before either was run. YAM's translations are the PO-style
# catalog descriptions `locale/<language>.po`, keyed by msgctxt (`MSG_ER_... (id//)`), the
# English in `locale/YAM.pot`; SimpleMail's the gettext files `po/<ll>.po` (no Dutch,
# Brazilian Portuguese or Japanese there).
FOURTEENTH_PINS = {
    "jens-maus/yam": "79ed4124cc84087550e774a51ed064eaeb9f5c55",
    "sba1/simplemail": "6f86120421b391171f17b37eda28a4459d59a9b0",
}
YAM_PO = {
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "nl": "dutch",
    "pt-BR": "portuguese-brazil",
    "pl": "polish",
}
_POP = ("pop.example.com", "alice@example.com")
_SMTP = ("smtp.example.com",)
_CERT = ("imap.example.com", "995")
_YPOP = "src/tcp/pop3.c"
_YSMTP = "src/tcp/smtp.c"
# YAM: Pick.key the catalog id (the msgctxt's name); Pick.then a second id the same requester
# shows after a blank line (the certificate warning's intro, then the failure it names).
YAM: list[Pick] = [
    Pick(
        "MSG_ER_CONNECTERR_TIMEDOUT_POP3",
        "PORT_FILTERED",
        _POP,
        why=f"{_YPOP} ReceiveMails(): ConnectToHost() gave CONNECTERR_TIMEDOUT (src/tcp/"
        "Connection.c: WaitSelect() on the non-blocking connect() ran out of C->SocketTimeout)",
    ),
    Pick(
        "MSG_ER_CONNECTERR_TIMEDOUT_SMTP",
        "PORT_FILTERED",
        _SMTP,
        why=f"{_YSMTP}: CONNECTERR_TIMEDOUT from ConnectToHost(), as for POP3",
    ),
    Pick(
        "MSG_ER_UNKNOWN_HOST_POP3",
        "HOST_NOT_FOUND",
        _POP,
        why="Connection.c: gethostbyname() of the account's host failed (CONNECTERR_UNKNOWN_HOST)",
    ),
    Pick(
        "MSG_ER_UNKNOWN_HOST_SMTP",
        "HOST_NOT_FOUND",
        _SMTP,
        why="Connection.c: gethostbyname() of the SMTP host failed (CONNECTERR_UNKNOWN_HOST)",
    ),
    Pick(
        "MSG_ER_CANNOT_CONNECT_POP3",
        "PORT_CLOSED",
        _POP,
        why="Connection.c: connect() failed with an errno other than EINPROGRESS/EISCONN (a "
        "refused connection: CONNECTERR_UNKNOWN_ERROR); 'server down or no POP3 there'",
    ),
    Pick(
        "MSG_ER_CANNOT_CONNECT_SMTP",
        "PORT_CLOSED",
        _SMTP,
        why="Connection.c: connect() refused (CONNECTERR_UNKNOWN_ERROR), as for POP3",
    ),
    Pick(
        "MSG_ER_CONNECTIONBROKEN",
        "CONNECTION_CLOSED",
        ("smtp.example.com", "EHLO"),
        why=f"{_YSMTP} ReceiveSMTPResponse(): the socket read returned nothing before the reply "
        "line was complete: the server dropped the connection",
    ),
    Pick(
        "MSG_ER_INITTLS_POP3",
        "TLS_HANDSHAKE_FAILED",
        _POP,
        why=f"{_YPOP}: MakeSecureConnection() (src/tcp/ssl.c, the TLS handshake) failed, on the "
        "implicit-TLS port or after STLS",
    ),
    Pick(
        "MSG_ER_INITTLS_SMTP",
        "STARTTLS_FAILED",
        _SMTP,
        why=f"{_YSMTP} InitSMTPTLS(): STARTTLS was accepted, then MakeSecureConnection() failed",
    ),
    Pick(
        "MSG_ER_NOSTARTTLS_SMTP",
        "STARTTLS_NOT_OFFERED",
        _SMTP,
        why=f"{_YSMTP} InitSMTPTLS(): TLS was chosen, the EHLO reply named no STARTTLS "
        "(SMTP_FLG_STARTTLS unset)",
    ),
    Pick(
        "MSG_ER_NO_APOP",
        "AUTH_NOT_OFFERED",
        _POP,
        why=f"{_YPOP}: APOP was chosen and the server's greeting carries no <timestamp>: the "
        "server offers no APOP",
    ),
    Pick(
        "MSG_SSL_CERT_WARNING_INTRO",
        "CERT_UNTRUSTED",
        _CERT,
        then="MSG_SSL_CERT_WARNING_UNTRUSTED",
        why="src/Requesters.c CertificateWarningRequest(): sslCertFailures has "
        "SSL_CERT_ERR_UNTRUSTED (src/tcp/ssl.c: the chain does not end at a trusted CA)",
    ),
    Pick(
        "MSG_SSL_CERT_WARNING_INTRO",
        "CERT_HOSTNAME_MISMATCH",
        _CERT,
        then="MSG_SSL_CERT_WARNING_IDMISMATCH",
        why="Requesters.c: SSL_CERT_ERR_IDMISMATCH (the certificate names another host)",
    ),
    Pick(
        "MSG_SSL_CERT_WARNING_INTRO",
        "CERT_NOT_YET_VALID",
        _CERT,
        then="MSG_SSL_CERT_WARNING_NOTYETVALID",
        why="Requesters.c: SSL_CERT_ERR_NOTYETVALID",
    ),
    Pick(
        "MSG_SSL_CERT_WARNING_INTRO",
        "CERT_EXPIRED",
        _CERT,
        then="MSG_SSL_CERT_WARNING_EXPIRED",
        why="Requesters.c: SSL_CERT_ERR_EXPIRED",
    ),
    Pick(
        "MSG_ER_BADRESPONSE_POP3",
        "AUTH_FAILED",
        (*_POP, "PASS", "-ERR [AUTH] Authentication failed."),
        why=f"{_YPOP} SendPOP3Command(): -ERR to PASS (the password crossed out in the shown "
        "command); the server's reply an RFC 3206 [AUTH]",
    ),
    Pick(
        "MSG_ER_BADRESPONSE_SMTP",
        "AUTH_FAILED",
        ("smtp.example.com", "AUTH LOGIN", "535 5.7.8 Error: authentication failed"),
        why=f"{_YSMTP} InitSMTPAUTH(): the AUTH LOGIN exchange ended in 535 (the reply Postfix "
        "gives a wrong password)",
    ),
    Pick(
        "MSG_ER_BADRESPONSE_SMTP",
        "APP_PASSWORD_REQUIRED",
        (
            "smtp.gmail.com",
            "AUTH PLAIN",
            "534-5.7.9 Application-specific password required. Learn more at\n"
            "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor",
        ),
        why=f"{_YSMTP} InitSMTPAUTH(): AUTH PLAIN refused with Gmail's 534 5.7.9 (a two-step "
        "account's normal password)",
    ),
    Pick(
        "MSG_ER_BADRESPONSE_SMTP",
        "RELAY_REFUSED",
        ("smtp.example.com", "RCPT", "554 5.7.1 <bob@example.net>: Relay access denied"),
        why=f"{_YSMTP} SendMessage(): RCPT TO refused with Postfix's relay denial (no SMTP AUTH "
        "configured for an outside recipient)",
    ),
    # No settings problem: another transfer running, the machine's own TCP/IP stack and AmiSSL
    # installation, YAM's certificate folder, files, folders and their index, the address
    # book, PGP, attachments, filters.
    Pick(
        "MSG_ER_CONNECTERR_SOCKET_IN_USE_POP3",
        None,
        _POP,
        why="Connection.c: this YAM already has a socket open (another transfer running)",
    ),
    Pick(
        "MSG_ER_CONNECTERR_NO_SOCKET_SMTP",
        None,
        _SMTP,
        why="Connection.c: socket() itself failed: the Amiga's own TCP/IP stack is not running",
    ),
    Pick(
        "MSG_ER_UNUSABLEAMISSL",
        None,
        why="src/tcp/ssl.c: the local AmiSSL library could not be initialised",
    ),
    Pick("MSG_ER_WARN_CAFILE", None, ("PROGDIR:Resources/certificates/ca-bundle.crt",)),
    Pick("MSG_ER_ErrorWriteMailfile", None, ("PROGDIR:Folders/incoming/1234567.001",)),
    Pick("MSG_ER_CANNOT_READ_INDEX", None, ("PROGDIR:Folders/incoming/.index", "Incoming")),
    Pick("MSG_ER_ADDRBOOKLOAD", None, ("PROGDIR:.addressbook",)),
    Pick("MSG_ER_AliasNotFound", None, ("bob",)),
    Pick("MSG_ER_NoPublicKeys", None),
    Pick("MSG_ER_PGPnotfound", None, ("C:pgp",)),
    Pick("MSG_ER_CANTMOVEMAIL", None, ("Re: meeting", "Lists")),
    Pick("MSG_ER_ADDFILEERROR", None, ("RAM:report.pdf",)),
    Pick("MSG_ER_MISSINGATTFILE", None, ("RAM:report.pdf",)),
    Pick("MSG_ER_MIME_ERROR", None, ("PROGDIR:Folders/incoming/1234567.001",)),
    Pick("MSG_ER_CANNOT_CREATE_MAIL_FILE", None, ("PROGDIR:Folders/outgoing/1234568.001",)),
]
# The code line of a "Bad response" pick: the command (its second last value) that got it.
YAM_SHOWN = {
    "PASS": "POPCMD_PASS, tc->password",
    "AUTH LOGIN": "SMTPcmd[ESMTP_AUTH_LOGIN], tc->tempBuffer",
    "AUTH PLAIN": "SMTPcmd[ESMTP_AUTH_PLAIN], tc->tempBuffer",
    "RCPT": "SMTP_RCPT, buf",
}
_SHA1 = "3A 9F 11 C2 7D 0B 44 E8 5C 21 9A 6F 02 BD 73 18 E4 5D A1 0C"
_SHA256 = (
    "9C 4E 21 77 0A B3 5F E2 18 6D C0 94 3B 7A 11 F8 2E 05 D9 6C A4 83 17 BB 4F 90 E1 2A 63 "
    "D5 08 7C"
)
# SimpleMail: a value "_:msgid" is that msgid's translation in the same language, itself
# filled with SIMPLEMAIL_INNER's values (tcp_strerror() inside "Unable to connect", the
# certificate summary inside the verification requester).
SIMPLEMAIL_INNER = {
    "Issued to: %s (CN)\nIssues by: %s (CN)\nExpected fingerprint: %s": (
        "mail.example.com",
        "Example Hosting CA",
        "_:None specified",
    ),
}
_SM_CERT = "Failed to verify certificate for server\n%s\n\n%s\n\n%s\nSHA1: %s\nSHA256: %s"
_SM_SUMMARY = "_:Issued to: %s (CN)\nIssues by: %s (CN)\nExpected fingerprint: %s"
_UNABLE = "Unable to connect to server %s: %s"
SIMPLEMAIL: list[Pick] = [
    Pick(
        _UNABLE,
        "PORT_CLOSED",
        ("imap.example.com", "_:Connection refused"),
        why="pop3.c/smtp.c: tcp_connect() failed; tcp.c: connect() set ECONNREFUSED (TCP_REFUSED)",
    ),
    Pick(
        _UNABLE,
        "PORT_FILTERED",
        ("smtp.example.com", "_:Connecting timed out"),
        why="tcp.c: connect() failed with ETIMEDOUT (TCP_TIMEOUT)",
    ),
    Pick(
        _UNABLE,
        "HOST_NOT_FOUND",
        ("pop.example.com", "_:Host wasn't found"),
        why="tcp.c: gethostbyname() failed with HOST_NOT_FOUND (TCP_HOST_NOT_FOUND)",
    ),
    Pick(
        _UNABLE,
        "DNS_FAILURE",
        ("pop.example.com", "_:Cannot locate host. Try again later"),
        why="tcp.c: gethostbyname() failed with TRY_AGAIN: the resolver had no answer, for now",
    ),
    Pick(
        _UNABLE,
        "HOST_NOT_FOUND",
        ("smtp.example.com", "_:No IP associated with name"),
        why="tcp.c: gethostbyname() failed with NO_DATA: the name exists, it has no address",
    ),
    Pick(
        _SM_CERT,
        "CERT_EXPIRED",
        ("mail.example.com", "certificate has expired", _SM_SUMMARY, _SHA1, _SHA256),
        why="tcp.c tcp_make_secure(): SSL_get_verify_result() failed, its reason OpenSSL's "
        "(untranslated) X509_verify_cert_error_string(X509_V_ERR_CERT_HAS_EXPIRED); "
        "simplemail.c callback_failed_ssl_verification() shows it",
    ),
    Pick(
        _SM_CERT,
        "CERT_SELF_SIGNED",
        ("mail.example.com", "self-signed certificate", _SM_SUMMARY, _SHA1, _SHA256),
        why="tcp.c: X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT",
    ),
    Pick(
        _SM_CERT,
        "CERT_UNTRUSTED",
        (
            "mail.example.com",
            "unable to get local issuer certificate",
            _SM_SUMMARY,
            _SHA1,
            _SHA256,
        ),
        why="tcp.c: X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY (a chain to no trusted CA)",
    ),
    Pick(
        "Connection could not be made secure because the SMTP server doesn't seem to support it!",
        "STARTTLS_NOT_OFFERED",
        why="smtp.c smtp_login(): secure chosen, the EHLO reply has no STARTTLS (ESMTP_STARTTLS)",
    ),
    Pick(
        "STARTTLS failed. Connection could not be made secure.",
        "STARTTLS_FAILED",
        why="smtp.c: the server answered STARTTLS with anything but 220",
    ),
    Pick(
        "Connection could not be made secure.",
        "STARTTLS_FAILED",
        why="smtp.c: STARTTLS accepted, then tcp_make_secure() (the handshake, the certificate "
        "check) failed",
    ),
    Pick(
        "AUTH failed. User couldn't be authenticated. Please recheck your settings.",
        "AUTH_FAILED",
        why="smtp.c: esmtp_auth() failed: the server refused the AUTH exchange",
    ),
    Pick(
        "Log in failed. Check user name and password for this account.",
        "AUTH_FAILED",
        why="imap.c imap_really_connect_and_login_to_server(): imap_login() got no OK to LOGIN",
    ),
    Pick("Authentication failed!", "AUTH_FAILED", why="imap.c: told after the failed LOGIN above"),
    Pick(
        "Error while identifying the user",
        "AUTH_FAILED",
        why="pop3.c pop3_login(): -ERR to USER or PASS",
    ),
    Pick(
        "Failed to authenticate via APOP",
        "AUTH_FAILED",
        why="pop3.c pop3_login(): APOP forced and the server answered it with -ERR",
    ),
    Pick(
        "Failed to authenticate via APOP. Server hasn't delivered a timestamp.",
        "AUTH_NOT_OFFERED",
        why="pop3.c pop3_login(): APOP forced, the greeting carries no <timestamp>: the server "
        "offers no APOP",
    ),
    # No settings problem: the machine's TCP/IP stack, folders, mail files on disk, the
    # address book, PGP, printing, import and export, the composer's checks.
    Pick("Cannot open bsdsocket.library. Please start a TCP/IP-Stack.", None),
    Pick('Failed to sync folder "%s"', None, ("INBOX/Archive",)),
    Pick("Subscribing folders failed!", None),
    Pick("Failed examining the folder", None),
    Pick("Error while writing the mail onto disk", None),
    Pick("Unable to save the active mail.\n", None),
    Pick("Cannot delete mails, because folder is in use.\n", None),
    Pick(
        "Decrypting failed! Eighter because the passphrase was incorrect\nor because the "
        "encryption is not yet supported by SimpleMail (only PGP 2.6.x supported for now)!",
        None,
    ),
    Pick(
        "No subject was specified. It is not recommended to create mails\nwithout any subject. "
        "Do you want to add a subject line?",
        None,
    ),
    Pick("You have entered an invalid email address. Please correct it.", None),
    Pick('Group with the given name "%s" already exists', None, ("Family",)),
    Pick("Couldn't start process for importing.\n", None),
    Pick("Failed while sending data to printer!", None),
    Pick(
        "You are going to delete an IMAP folder.\nThis will remove the folder locally but not on "
        "the server.\nThe next time you connect to the server the folder will reappear.",
        None,
    ),
]


# Xfce's Mailwatch panel plugin (libmailwatch-core/: its IMAP, POP3 and GMail checks, its own
# sockets and GnuTLS in mailwatch-net-conn.c) and Mail Notification (Jean-Yves Lefort's GNOME
# tray notifier, src/: IMAP and POP3 in mn-client-session.c and the .gob mailboxes, OpenSSL):
# the fifteenth set, extracted and labelled blind from their code at pinned commits before
# either was run. Both are gettext C, `po/<ll>.po` (Mail Notification has no Italian). What the
# user sees is the log line or dialog the code builds: a Pick's key and its `then` (a second
# msgid, after a blank line) must both be translated, Pick.values fill the key's placeholders
# and then the `then` msgid's; a value "_:msgid" is that msgid shown in the same language,
# FIFTEENTH_INNER's values in it; FIFTEENTH_AFTER a line the code appends. Those inner texts
# stay English where a catalog has none, as gettext shows them.
FIFTEENTH_PINS = {
    "xfce-mirror/xfce4-mailwatch-plugin": "19414e018f3d3e7cb95cdd4abdb61aecf0c82df7",
    "danc86/mail-notification": "a8be8751b94e43d3d6806a65c25057c5fd221648",
}
# repository: (app, id prefix, where its code is)
FIFTEENTH_APPS = {
    "xfce-mirror/xfce4-mailwatch-plugin": ("Xfce Mailwatch", "mailwatch", ("*.c",)),
    "danc86/mail-notification": (
        "Mail Notification",
        "mail-notification",
        ("src/*.c", "src/*.gob"),
    ),
}
_MN_TRUST = (
    'Mail Notification was unable to trust "%s" (%s). It is possible that someone is '
    "intercepting your communication to obtain your confidential information.\n\nYou should "
    'only connect to the server if you are certain you are connected to "%s". If you choose to '
    "connect to the server, this message will not be shown again."
)
_MN_MISMATCH = (
    '_:user-provided server name "%s" does not match certificate-provided server name "%s"'
)
_MN_FINGERPRINT = "3b:9a:61:0c:e4:27:d8:15:a0:6f:c2:4e:91:7d:38:b5"
FIFTEENTH_INNER: dict[str, tuple[str, ...]] = {
    'user-provided server name "%s" does not match certificate-provided server name "%s"': (
        "mail.example.com",
        "*.hosting.example.net",
    ),
}
# The certificate dialog's secondary text gets the fingerprint line when there is a certificate
# (mn-pi-mailbox.gob run_untrusted_dialog()).
FIFTEENTH_AFTER = {_MN_TRUST: ("Certificate fingerprint: %s.", (_MN_FINGERPRINT,))}
_MW = "libmailwatch-core/"
_MW_CONNECT = 'Failed to connect to server "%s": %s'
_MW_HOST = 'Could not find host "%s": %s'
MAILWATCH: list[Pick] = [
    Pick(
        _MW_HOST,
        "HOST_NOT_FOUND",
        ("imap.example.com", "Name or service not known"),
        why=f"{_MW}mailwatch-net-conn.c xfce_mailwatch_net_conn_get_addrinfo(): getaddrinfo() "
        "failed, gai_strerror(EAI_NONAME): the name has no address",
    ),
    Pick(
        _MW_HOST,
        "DNS_FAILURE",
        ("pop.example.com", "Temporary failure in name resolution"),
        why=f"{_MW}mailwatch-net-conn.c: getaddrinfo() gave EAI_AGAIN: the resolver had no "
        "answer, for now",
    ),
    Pick(
        _MW_CONNECT,
        "PORT_CLOSED",
        ("imap.example.com", "Connection refused"),
        why=f"{_MW}mailwatch-net-conn.c xfce_mailwatch_net_conn_connect(): "
        "xfce_mailwatch_net_conn_get_connect_status() took SO_ERROR ECONNREFUSED into errno for "
        "every address, then out_err: strerror(errno)",
    ),
    Pick(
        _MW_CONNECT,
        "PORT_FILTERED",
        ("pop.example.com", "Operation now in progress"),
        why=f"{_MW}mailwatch-net-conn.c: the non-blocking connect() left EINPROGRESS; "
        "get_connect_status()'s select() never saw the socket writable before RECV_TIMEOUT "
        "(30 s) and errno was not set again: no answer at all",
    ),
    Pick(
        "TLS handshake failed: %s",
        "TLS_HANDSHAKE_FAILED",
        ("A TLS fatal alert has been received.",),
        why=f"{_MW}mailwatch-mailbox-imap.c imap_negotiate_ssl() (pop3.c, gmail.c alike): "
        "mailwatch-net-conn.c xfce_mailwatch_net_conn_tls_handshake(): gnutls_handshake() gave "
        "GNUTLS_E_FATAL_ALERT_RECEIVED, its gnutls_strerror(): the server broke the handshake off "
        "(the plugin checks no certificate)",
    ),
    Pick(
        "STARTTLS security was requested, but this server does not support it.",
        "STARTTLS_NOT_OFFERED",
        why=f"{_MW}mailwatch-mailbox-imap.c imap_do_starttls(): AUTH_STARTTLS chosen and the "
        "CAPABILITY reply names no STARTTLS",
    ),
    Pick(
        "Secure IMAP is not available, and the IMAP server does not support plaintext logins.",
        "PLAINTEXT_AUTH_DISABLED",
        why=f"{_MW}mailwatch-mailbox-imap.c imap_send_login_info(): the CAPABILITY reply on the "
        "unencrypted connection carries LOGINDISABLED",
    ),
    Pick(
        "Authentication failed.  Perhaps your username or password is incorrect?",
        "AUTH_FAILED",
        why=f"{_MW}mailwatch-mailbox-imap.c imap_send_login_info(): a tagged NO to LOGIN or to "
        "the CRAM-MD5 answer; mailwatch-mailbox-pop3.c pop3_send_login_info(): -ERR to PASS",
    ),
    Pick(
        "Received HTTP response code %d.  The most likely reason for this is that your GMail "
        "username or password is incorrect.",
        "AUTH_FAILED",
        ("401",),
        why=f"{_MW}mailwatch-mailbox-gmail.c gmail_check_atom_feed(): the feed's GET with Basic "
        "credentials answered 401 (or 403)",
    ),
    Pick(
        "Failed to receive data: %s",
        "CONNECTION_CLOSED",
        ("Connection reset by peer",),
        why=f"{_MW}mailwatch-net-conn.c xfce_mailwatch_net_conn_recv_internal(): recv() on the "
        "plain connection failed with ECONNRESET; imap_recv() logs it",
    ),
    # No settings problem: the plugin's own thread and config file, local mail spools, its
    # dialogs' checks, a build without SSL.
    Pick("Previous thread hasn't exited yet, not checking mail this time.", None),
    Pick(
        "Failed to get status of file %s: %s",
        None,
        ("/home/alice/Mail/inbox", "No such file or directory"),
    ),
    Pick(
        "%s is not a directory. Is %s really a valid maildir?",
        None,
        ("/home/alice/Maildir/new", "/home/alice/Maildir"),
    ),
    Pick(
        "Unable to write config file '%s'",
        None,
        ("/home/alice/.config/xfce4/panel/mailwatch-12.rc",),
    ),
    Pick("Mailbox name required.", None, then="Please enter a name for the mailbox."),
    Pick(
        "No server or username is set.",
        None,
        then="The folder list cannot be retrieved until a server, username, and probably password "
        "are set.  Also be sure to check any security settings in the Advanced dialog.",
    ),
    Pick(
        "TLS handshake failed: %s",
        None,
        ("_:Not compiled with SSL/TLS support",),
        why=f"{_MW}mailwatch-mailbox-imap.c imap_negotiate_ssl() shows the error of "
        "mailwatch-net-conn.c xfce_mailwatch_net_conn_make_secure(): built without "
        "HAVE_SSL_SUPPORT",
    ),
]
_MN_CONNECT = "unable to connect: %s"
_MN_HANDSHAKE = "unable to perform the SSL/TLS handshake: %s"
_MN_UNTRUSTED = "Connect to untrusted server?"
MAIL_NOTIFICATION: list[Pick] = [
    Pick(
        "unable to resolve %s: %s",
        "HOST_NOT_FOUND",
        ("imap.example.com", "Name or service not known"),
        why="src/mn-client-session.c resolve(): getaddrinfo() failed, gai_strerror(EAI_NONAME)",
    ),
    Pick(
        _MN_CONNECT,
        "PORT_CLOSED",
        ("Connection refused",),
        why="src/mn-client-session.c client_session_connect(): the informational line (--info) "
        "when the blocking connect() fails, g_strerror(ECONNREFUSED)",
    ),
    Pick(
        _MN_CONNECT,
        "PORT_FILTERED",
        ("Connection timed out",),
        why="src/mn-client-session.c client_session_connect(): the blocking connect() failed with "
        "ETIMEDOUT: no answer to the SYN",
    ),
    Pick(
        _MN_HANDSHAKE,
        "TLS_ON_PLAIN_PORT",
        ("error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol",),
        why="src/mn-client-session.c mn_client_session_enable_ssl(): SSL_connect() with "
        "SSLv23_client_method() (mn-ssl.c) failed, mn_ssl_get_io_error(): SSL_ERROR_SSL, OpenSSL's "
        "reason when the server answers the ClientHello in plain text",
    ),
    Pick(
        _MN_HANDSHAKE,
        "TLS_HANDSHAKE_FAILED",
        ("error:14077410:SSL routines:SSL23_GET_SERVER_HELLO:sslv3 alert handshake failure",),
        why="src/mn-client-session.c mn_client_session_enable_ssl(): SSL_connect() failed, the "
        "server sent a handshake_failure alert",
    ),
    Pick(
        _MN_UNTRUSTED,
        "CERT_SELF_SIGNED",
        ("mail.example.com", "self signed certificate", "mail.example.com"),
        then=_MN_TRUST,
        why="src/mn-client-session.c verify_ssl_certificate(): get_ssl_verify_error() gave "
        "X509_verify_cert_error_string(X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT) (untranslated); "
        "mn-pi-mailbox.gob ssl_trust_server_cb(), run_untrusted_dialog()",
    ),
    Pick(
        _MN_UNTRUSTED,
        "CERT_UNTRUSTED",
        ("mail.example.com", "unable to get local issuer certificate", "mail.example.com"),
        then=_MN_TRUST,
        why="src/mn-client-session.c get_ssl_verify_error(): "
        "X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY, a chain to no trusted CA",
    ),
    Pick(
        _MN_UNTRUSTED,
        "CERT_HOSTNAME_MISMATCH",
        ("mail.example.com", _MN_MISMATCH, "mail.example.com"),
        then=_MN_TRUST,
        why="src/mn-client-session.c get_ssl_verify_error(): the chain verified, "
        "check_ssl_server_name_from_list() found the server name in none of the certificate's "
        "names (its one name given)",
    ),
    Pick(
        "unable to read from server: EOF",
        "CONNECTION_CLOSED",
        why="src/mn-client-session.c mn_client_session_fill_input_buffer(): read() on the plain "
        "connection returned 0: the server closed it",
    ),
    Pick(
        "server does not support in-band SSL/TLS",
        "STARTTLS_NOT_OFFERED",
        why="src/mn-imap-mailbox.gob session_after_capability(): in-band SSL/TLS chosen, the "
        "CAPABILITY reply names no STARTTLS; mn-pop3-mailbox.gob: the CAPA list has no STLS",
    ),
    Pick(
        "authentication failed",
        "AUTH_FAILED",
        why="src/mn-imap-mailbox.gob session_authenticate_fallback(): NO or BAD to LOGIN, every "
        "SASL mechanism tried, with a saved password; mn-pop3-mailbox.gob: -ERR to PASS or APOP",
    ),
    Pick(
        "server does not support APOP authentication",
        "AUTH_NOT_OFFERED",
        why="src/mn-pop3-mailbox.gob session_authenticate(): the +APOP mechanism chosen and the "
        "greeting carries no timestamp",
    ),
    # No settings problem: a build without SSL or SASL, the local OpenSSL, local mailboxes,
    # Evolution and the mailboxes file, the configured commands.
    Pick("SSL/TLS support has not been compiled in", None),
    Pick(
        "a SASL authentication mechanism was selected but SASL support has not been compiled in",
        None,
    ),
    Pick(
        "unable to initialize the OpenSSL library: %s",
        None,
        ("error:140A90A1:SSL routines:SSL_CTX_new:library has no ciphers",),
        why="src/mn-client-session.c mn_client_session_enable_ssl(): mn_ssl_init() (mn-ssl.c) "
        "got no SSL_CTX: the computer's OpenSSL, before any connection",
    ),
    Pick("unable to open mailbox: %s", None, ("File not found",)),
    Pick("system mailbox not found", None),
    Pick("unable to contact Evolution", None),
    Pick(
        "Unable to load the mailboxes configuration", None, then="Unable to parse the XML document."
    ),
    Pick(
        "A command error has occurred in Mail Notification",
        None,
        ("evolution --component=mail", "No such file or directory"),
        then='Unable to execute "%s": %s.',
        why="src/mn-util.c handle_execute_result(): the command configured to open the mail "
        "reader (or run on new mail) could not be started",
    ),
]


# PHPMailer (the PHP library's own messages: src/PHPMailer.php builds them from
# language/phpmailer.lang-<ll>.php, read as text by setLanguage()'s pattern, the English from
# its $PHPMAILER_LANG) and Gnubiff (the GTK mail notifier, zeldin's gnubiff-xfce fork: src/
# socket.cc, pop.cc, apop.cc, imap4.cc; gettext `po/<ll>.po`, no Polish or Japanese): the
# sixteenth set, extracted and labelled blind from their code at pinned commits before either
# was run. A PHPMailer text is what the code shows: Pick.key its message's first language key
# (that language's file must have it), Pick.then the rest, `{key}` for each further key's text
# in the same language (English where the file has none, as setLanguage() fills it) and the
# SMTP class's English words and the server's reply as SMTP::sendCommand() cuts it (code and
# enhanced code off; a reply's closing CRLF dropped). Gnubiff's texts are its g_warning() lines,
# the "[%d]" the mailbox's number.
SIXTEENTH_PINS = {
    "PHPMailer/PHPMailer": "4a489474e7ef8bbf03c1cb219d8939ea76a7fb40",
    "zeldin/gnubiff-xfce": "800a0996f3d056ee4a71dfadb75948502f312784",
}
# repository: (app, id prefix, where its code is), as FIFTEENTH_APPS
SIXTEENTH_APPS = {"zeldin/gnubiff-xfce": ("Gnubiff", "gnubiff", ("src/*.cc",))}
PHPMAILER_FILE = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pt-BR": "pt_br",
    "pl": "pl",
    "ja": "ja",
}
_PM = "src/PHPMailer.php"
_PM_GUIDE = " https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting"
_PM_FAILED = "{smtp_error}Failed to connect to server"
_PM_HOST = "php_network_getaddresses: getaddrinfo for smtp.example.com failed: "
PHPMAILER: list[Pick] = [
    Pick(
        "smtp_connect_failed",
        "PORT_CLOSED",
        then=f"{_PM_GUIDE} {_PM_FAILED} {{smtp_code}}111 {{smtp_code_ex}}Connection refused",
        why=f"{_PM} smtpSend(): smtpConnect() false after src/SMTP.php getSMTPConnection(): "
        "stream_socket_client() failed with errno 111 ECONNREFUSED, setError('Failed to connect "
        "to server', '', errno, errstr); postSend()'s setError() appends it to ErrorInfo "
        "(exceptions off)",
    ),
    Pick(
        "connect_host",
        "PORT_FILTERED",
        then=f" Failed to connect to server {_PM_FAILED} {{smtp_code}}110 "
        "{smtp_code_ex}Connection timed out",
        why=f"{_PM} smtpConnect(): every connect() false, exceptions on: "
        "getSmtpErrorMessage('connect_host'); src/SMTP.php getSMTPConnection(): "
        "stream_socket_client() gave errno 110 ETIMEDOUT after Timeout: no answer; send()'s "
        "setError() appends the error to ErrorInfo",
    ),
    Pick(
        "smtp_connect_failed",
        "HOST_NOT_FOUND",
        then=f"{_PM_GUIDE} {_PM_FAILED} {{smtp_code_ex}}{_PM_HOST}Name or service not known",
        why=f"{_PM} smtpSend(): src/SMTP.php getSMTPConnection(): stream_socket_client() could "
        "not resolve the name, errno 0 (so no 'SMTP code', empty() in setError()), errstr PHP's "
        "getaddrinfo EAI_NONAME",
    ),
    Pick(
        "connect_host",
        "DNS_FAILURE",
        then=f" Failed to connect to server {_PM_FAILED} {{smtp_code_ex}}"
        + _PM_HOST.replace("smtp.", "mail.")
        + "Temporary failure in name resolution",
        why=f"{_PM} smtpConnect() getSmtpErrorMessage('connect_host'), exceptions on: "
        "stream_socket_client()'s getaddrinfo gave EAI_AGAIN: the resolver had no answer",
    ),
    Pick(
        "connect_host",
        "CERT_HOSTNAME_MISMATCH",
        then=" Connection failed. stream_socket_enable_crypto(): Peer certificate "
        "CN=`*.hosting.example.net' did not match expected CN=`smtp.example.com'",
        why=f"{_PM} smtpConnect(): src/SMTP.php startTLS() false, errorHandler() took PHP's "
        "warning from stream_socket_enable_crypto() (verify_peer_name): the exception's "
        "getMessage(), getSmtpErrorMessage('connect_host')",
    ),
    Pick(
        "connect_host",
        "STARTTLS_NOT_OFFERED",
        then=" STARTTLS command failed Error: command not recognized",
        why=f"{_PM} smtpConnect(): SMTPSecure 'tls', src/SMTP.php startTLS(): "
        "sendCommand('STARTTLS') got 502 5.5.2 from a server without STARTTLS; the exception's "
        "getMessage()",
    ),
    Pick(
        "connect_host",
        "STARTTLS_FAILED",
        then=" STARTTLS command failed TLS not available due to local problem",
        why=f"{_PM} smtpConnect(): the EHLO offered STARTTLS (SMTPAutoTLS), src/SMTP.php "
        "startTLS(): sendCommand('STARTTLS') answered 454 4.7.0; the exception's getMessage()",
    ),
    Pick(
        "from_failed",
        "SENDER_REFUSED",
        then="alice@example.com : MAIL FROM command failed,<alice@example.com>: Sender address "
        "rejected: not owned by user bob@example.com,553,5.7.1 {smtp_error}MAIL FROM command "
        "failed {smtp_detail}<alice@example.com>: Sender address rejected: not owned by user "
        "bob@example.com {smtp_code}553 {smtp_code_ex}5.7.1",
        why=f"{_PM} smtpSend(): src/SMTP.php mail() false, MAIL FROM answered 553 5.7.1; "
        "setError() appends the SMTP error, the exception's getMessage()",
    ),
    Pick(
        "from_failed",
        "SENDER_REFUSED",
        then="alice@example.com : MAIL FROM command failed,SMTP; Client does not have "
        "permissions to send as this sender,550,5.7.60 {smtp_error}MAIL FROM command failed "
        "{smtp_detail}SMTP; Client does not have permissions to send as this sender "
        "{smtp_code}550 {smtp_code_ex}5.7.60",
        why=f"{_PM} smtpSend(): MAIL FROM refused with 550 5.7.60 (the login may not send as "
        "that From)",
    ),
    Pick(
        "recipients_failed",
        "RECIPIENT_UNKNOWN",
        then="bob@example.net: <bob@example.net>: Recipient address rejected: User unknown in "
        "virtual mailbox table",
        why=f"{_PM} smtpSend(): src/SMTP.php recipient() false, RCPT TO answered 550 5.1.1, its "
        "detail in $bad_rcpt; QUIT cleared the SMTP error, so ErrorInfo is the message alone",
    ),
    Pick(
        "recipients_failed",
        "RELAY_REFUSED",
        then="bob@example.net: <bob@example.net>: Relay access denied",
        why=f"{_PM} smtpSend(): RCPT TO answered 554 5.7.1 (no relaying for this client)",
    ),
    Pick(
        "recipients_failed",
        "RECIPIENT_MAILBOX_FULL",
        then="bob@example.net: <bob@example.net>: Recipient address rejected: Mailbox is full",
        why=f"{_PM} smtpSend(): RCPT TO answered 452 4.2.2, the recipient's mailbox",
    ),
    Pick(
        "data_not_accepted",
        "SIZE_LIMIT",
        then=" {smtp_error}DATA END command failed {smtp_detail}Message size exceeds fixed limit "
        "{smtp_code}552 {smtp_code_ex}5.3.4",
        why=f"{_PM} smtpSend(): src/SMTP.php data() false, the end of DATA answered 552 5.3.4; "
        "postSend()'s setError() appends the SMTP error",
    ),
    Pick(
        "data_not_accepted",
        "REJECTED_AS_SPAM",
        then=" {smtp_error}DATA END command failed {smtp_detail}Spam message rejected "
        "{smtp_code}554 {smtp_code_ex}5.7.1",
        why=f"{_PM} smtpSend(): the end of DATA answered 554 5.7.1 from the content filter",
    ),
    Pick(
        "data_not_accepted",
        "RATE_LIMITED",
        then=" {smtp_error}DATA END command failed {smtp_detail}STOREDRV.Submission.Exception:"
        "SubmissionQuotaExceededException; Failed to process message due to a permanent "
        "exception {smtp_code}554 {smtp_code_ex}5.2.0",
        why=f"{_PM} smtpSend(): the end of DATA answered 554 5.2.0, the account's sending quota",
    ),
    # No settings problem: the message and its addresses, attachments, signing, PHP's mail()
    # and the sendmail program, PHP without OpenSSL, the caller's own use of the class.
    Pick("provide_address", None, why=f"{_PM} preSend(): no recipient added"),
    Pick("empty_message", None, why=f"{_PM} preSend(): no body"),
    Pick(
        "invalid_address",
        None,
        then=" (to): bob.example.net",
        why=f"{_PM} addOrEnqueueAnAddress(): the address has no @",
    ),
    Pick("encoding", None, then="x-uue", why=f"{_PM} encodeString(): an unknown Encoding"),
    Pick(
        "execute",
        None,
        then="/usr/sbin/sendmail",
        why=f"{_PM} sendmailSend(): popen() of the sendmail program failed",
    ),
    Pick("instantiate", None, why=f"{_PM} mailSend(): PHP's mail() returned false"),
    Pick(
        "file_access",
        None,
        then="/var/www/uploads/report.pdf",
        why=f"{_PM} addAttachment(): the file is not readable",
    ),
    Pick(
        "file_open",
        None,
        then="/var/www/uploads/report.pdf",
        why=f"{_PM} encodeFile(): the attachment could not be read",
    ),
    Pick(
        "signing",
        None,
        then="error:0480006C:PEM routines::no start line",
        why=f"{_PM} createBody(): openssl_pkcs7_sign() failed, openssl_error_string()",
    ),
    Pick("variable_set", None, then="Foo", why=f"{_PM} set(): no such property"),
    Pick(
        "extension_missing",
        None,
        then="openssl",
        why=f"{_PM} smtpConnect(): TLS asked for, PHP has no OpenSSL extension",
    ),
    Pick("invalid_header", None, why=f"{_PM} addCustomHeader(): a line break in the header"),
]
_GB_POP = "[%d] Error message from POP3 server:%s"
GNUBIFF: list[Pick] = [
    Pick(
        _GB_POP,
        "AUTH_FAILED",
        ("1", " [AUTH] Authentication failed."),
        why="src/pop3.cc Pop3::connect(): the answer to PASS, src/pop.cc Pop::readline(): a "
        "-ERR line, its text after '-ERR'",
    ),
    Pick(
        _GB_POP,
        "WEB_LOGIN_REQUIRED",
        ("2", " [AUTH] Web login required: https://support.google.com/mail/answer/78754"),
        why="src/pop3.cc Pop3::connect(): PASS answered -ERR by a provider that wants a sign-in "
        "in the browser first; src/pop.cc Pop::readline()",
    ),
    Pick(
        _GB_POP,
        "APP_PASSWORD_REQUIRED",
        ("2", " [AUTH] Application-specific password required"),
        why="src/pop3.cc Pop3::connect(): PASS answered -ERR: the account has two-step "
        "verification; src/pop.cc Pop::readline()",
    ),
    Pick(
        "[%d] Your pop server does not seem to accept apop protocol (no timestamp provided)",
        "AUTH_NOT_OFFERED",
        ("1",),
        why="src/apop.cc Apop::connect(): APOP chosen and the greeting has no <timestamp>",
    ),
    Pick(
        "[%d] Server closes connection immediately:%s",
        "CONNECTION_CLOSED",
        ("3", " Disconnected for inactivity."),
        why="src/imap4.cc Imap4::readline(): an untagged BYE from the server",
    ),
    # No settings problem: a password not given, folders, local certificate files, the
    # program's threads and options, local mail files, mail it cannot decode, its build.
    Pick("[%d] Empty password", None, ("1",), why="src/pop.cc Pop::fetch(): none given"),
    Pick(
        "[%d] Unable to select folder %s on host %s",
        None,
        ("3", "Archive/2024", "imap.example.com"),
        why="src/imap4.cc: SELECT refused for the configured folder",
    ),
    Pick(
        "[%d] Failed to load certificate (%s) for %s",
        None,
        ("1", "/home/alice/certs/imap.pem", "imap.example.com"),
        why="src/socket.cc Socket::open(): SSL_CTX_load_verify_locations() of the local file",
    ),
    Pick("[%d] Unable to create thread: %s", None, ("1", "Resource temporarily unavailable")),
    Pick("Cannot open new mail directory (%s)", None, ("/home/alice/Maildir/new",)),
    Pick("Cannot open %s.", None, ("/var/mail/alice",)),
    Pick("[Cannot decode this header line]", None),
    Pick("[%d] Problem with crypto that should have been detected at configure time", None, ("1",)),
    Pick("Please enter your username and password for mailbox '%s'", None, ("alice@example.com",)),
]


# Horde's two mail libraries as PHP applications show their errors (the Horde_Imap_Client
# library, IMAP and POP3: lib/Horde/Imap/Client/Socket.php, Socket/Pop3.php and Socket/
# Connection/; the Horde_Smtp library: lib/Horde/Smtp.php, Smtp/Exception.php, Smtp/
# Connection.php; gettext `locale/<ll>/LC_MESSAGES/<domain>.po`): the seventeenth set,
# extracted and labelled blind from their code at pinned commits before either was run. A text
# is the exception's getMessage(): its constructor (or setSmtpCode()) passes the msgid through
# the library's Translation::t(), messagePrintf() then fills its %s. A message the code builds
# before the constructor translates it (two msgids joined, or sprintf()'d first) is no msgid
# gettext knows, so it shows in English in every language: Pick.table "untranslated", its text
# kept in English only. Horde_Imap_Client ships de, es, fr, ja and nl; Horde_Smtp es and ja.
SEVENTEENTH_PINS = {
    "horde/Imap_Client": "98a4ba591bc4fa12341684d4051b344579a34e6f",
    "horde/Smtp": "f7bd337c6019e83f77021f74bcd3dac3838b784d",
}
# repository: (app, id prefix, gettext domain)
SEVENTEENTH_APPS = {
    "horde/Imap_Client": ("Horde_Imap_Client", "horde-imap", "Horde_Imap_Client"),
    "horde/Smtp": ("Horde_Smtp", "horde-smtp", "Horde_Smtp"),
}
_HI = "lib/Horde/Imap/Client/"
_HS = "lib/Horde/Smtp"
# (msgid, code): the line of the file the pick's `why` names first after which the code raises
# it, where the msgid is raised on several paths in that file.
SEVENTEENTH_AFTER = {
    ("Authentication failed.", "AUTH_FAILED"): "case 'AUTHENTICATIONFAILED':",
    ("Could not open secure TLS connection to the IMAP server.", "STARTTLS_FAILED"): (
        "if (!$this->_connection->startTls())"
    ),
    ("Could not open secure connection to the POP3 server.", "STARTTLS_FAILED"): (
        "if (!$this->_connection->startTls())"
    ),
}
HORDE_IMAP: list[Pick] = [
    Pick(
        "Authentication failed.",
        "AUTH_FAILED",
        why=f"{_HI}Socket.php _responseCode(): the tagged NO to LOGIN or AUTHENTICATE carries "
        "[AUTHENTICATIONFAILED] (RFC 5530), kept as loginerr; _login() throws it once every "
        "mechanism failed",
    ),
    Pick(
        "Mail server denied authentication.",
        "AUTH_FAILED",
        why=f"{_HI}Socket.php _login(): every mechanism's _tryLogin() answered NO or BAD with no "
        "RFC 5530 response code: the default AUTHENTICATIONFAILED error",
    ),
    Pick(
        "Remote server is temporarily unavailable.",
        "AUTH_TEMPORARY_FAILURE",
        why=f"{_HI}Socket.php _responseCode(): the login's NO carries [UNAVAILABLE] (RFC 5530: "
        "a temporary failure, the backend down); _login() throws the loginerr",
    ),
    Pick(
        "Operation failed due to a lack of a secure connection.",
        "PLAINTEXT_AUTH_DISABLED",
        why=f"{_HI}Socket.php _responseCode(): the login's NO carries [PRIVACYREQUIRED] (RFC "
        "5530): the server takes no login on an unencrypted connection; _login() throws it",
    ),
    Pick(
        "No supported IMAP authentication method could be found.",
        "PLAINTEXT_AUTH_DISABLED",
        why=f"{_HI}Socket.php _login(): encryption off (secure false, so no STARTTLS), the "
        "CAPABILITY reply carries LOGINDISABLED and no AUTH= mechanism (Dovecot's before "
        "STARTTLS): LOGIN is not added and the list of methods is empty",
    ),
    Pick(
        "Server does not support TLS connections.",
        "STARTTLS_NOT_OFFERED",
        why=f"{_HI}Socket.php _login(): secure 'tls' on the first login and the CAPABILITY reply "
        "names no STARTTLS",
    ),
    Pick(
        "Could not open secure TLS connection to the IMAP server.",
        "STARTTLS_FAILED",
        why=f"{_HI}Socket.php _login(): the server took the STARTTLS command, then "
        "Socket/Connection/Socket.php startTls() (stream_socket_enable_crypto()) returned false: "
        "switching the offered STARTTLS on failed",
    ),
    Pick(
        "IMAP Server closed the connection.",
        "CONNECTION_CLOSED",
        why=f"{_HI}Socket.php _getLine(): an untagged BYE outside a LOGOUT (the server ends the "
        "session: the greeting's BYE, or an idle or overloaded server's)",
    ),
    Pick(
        "Mail server closed the connection unexpectedly.",
        "CONNECTION_CLOSED",
        why=f"{_HI}Socket/Connection/Socket.php read(): feof() on the IMAP stream before a "
        "response: the server closed the connection",
    ),
    Pick(
        "The operation failed because the quota has been exceeded on the mail server.",
        "MAILBOX_FULL",
        why=f"{_HI}Socket.php _responseCode(): a NO with [OVERQUOTA] (RFC 5530), to an APPEND, "
        "COPY or MOVE into the account's own mailbox: its storage quota is used up",
    ),
    Pick(
        "Could not open secure connection to the POP3 server.",
        "STARTTLS_NOT_OFFERED",
        then=" Server does not support secure connections.",
        table="untranslated",
        why=f"{_HI}Socket/Pop3.php _login(): secure 'tls' on the first login and the CAPA reply "
        "names no STLS; the two msgids are joined before the constructor translates them",
    ),
    Pick(
        "Could not open secure connection to the POP3 server.",
        "STARTTLS_FAILED",
        why=f"{_HI}Socket/Pop3.php _login(): STLS answered +OK, then Socket/Connection/Socket.php "
        "startTls() returned false: the TLS negotiation after STLS failed",
    ),
    Pick(
        "POP3 server denied authentication.",
        "AUTH_FAILED",
        why=f"{_HI}Socket/Pop3.php _login(): every method (SASL, APOP, USER) failed, USER/PASS "
        "last: _getResponse() read -ERR to PASS",
    ),
    Pick(
        "Server closed the connection unexpectedly.",
        "CONNECTION_CLOSED",
        why=f"{_HI}Socket/Connection/Pop3.php read(): feof() on the POP3 stream before a line",
    ),
    # No settings problem: a password not given, folders and their flags, searches and their
    # charsets, metadata and annotations, the messages' content, the library's own limits
    # (POP3 has no folders), ACLs on a mailbox, a mailbox locked for a moment.
    Pick(
        "No password provided.",
        None,
        why=f"{_HI}Socket.php _login(): the caller passed an empty password; nothing is sent",
    ),
    Pick(
        'Could not open mailbox "%s".',
        None,
        ("Archive/2024",),
        why=f"{_HI}Socket.php _openMailbox(): SELECT or EXAMINE of the folder answered NO",
    ),
    Pick(
        "Cannot expunge read-only mailbox.",
        None,
        why=f"{_HI}Base.php expunge(): the folder opened read-only",
    ),
    Pick(
        "Charset used in search query is not supported on the mail server.",
        None,
        why=f"{_HI}Socket.php _responseCode(): SEARCH answered NO [BADCHARSET]",
    ),
    Pick(
        "Cannot convert search query text to new charset",
        None,
        why=f"{_HI}Exception/SearchCharset.php: the search text cannot be converted",
    ),
    Pick(
        "Error converting UTF7-IMAP string.",
        None,
        why=f"{_HI}Utf7imap.php Utf7ImapToUtf8(): a folder name that is no valid modified UTF-7",
    ),
    Pick(
        "Mailbox does not support mod-sequences.",
        None,
        why=f"{_HI}Base.php: a CONDSTORE query on a folder with NOMODSEQ",
    ),
    Pick(
        "The mail server is reporting corrupt data in your mailbox.",
        None,
        why=f"{_HI}Socket.php _responseCode(): a NO with [CORRUPTION] (RFC 5530): the server's "
        "own store",
    ),
    Pick(
        "The object could not be created because it already exists.",
        None,
        why=f"{_HI}Socket.php _responseCode(): CREATE or RENAME answered [ALREADYEXISTS]",
    ),
    Pick(
        "The object could not be deleted because it does not exist.",
        None,
        why=f"{_HI}Socket.php _responseCode(): DELETE answered [NONEXISTENT]",
    ),
    Pick(
        "The special-use attribute requested for the mailbox is not supported.",
        None,
        why=f"{_HI}Socket.php _responseCode(): CREATE with a special-use flag answered [USEATTR]",
    ),
    Pick(
        "The comparison algorithm was not recognized by the server.",
        None,
        why=f"{_HI}Socket.php _responseCode(): a SORT's COMPARATOR answered [BADCOMPARATOR]",
    ),
    Pick(
        'Invalid METADATA entry: "%s".',
        None,
        ("/vendor/example/colour",),
        why=f"{_HI}Socket.php _getAnnotateMoreEntry(): an annotation name neither /shared nor "
        "/private",
    ),
    Pick(
        "The metadata item could not be saved because it is too large.",
        None,
        why=f"{_HI}Socket.php _responseCode(): SETMETADATA answered [METADATA MAXSIZE]",
    ),
    Pick(
        "You do not have adequate permissions to carry out this operation.",
        None,
        why=f"{_HI}Socket.php _responseCode(): a NO with [NOPERM] (RFC 5530): the folder's ACL",
    ),
    Pick(
        "The mail server was unable to parse the contents of the mail message: %s",
        None,
        ("Invalid header in message",),
        why=f"{_HI}Socket.php _responseCode(): APPEND answered NO [PARSE], the server's text",
    ),
    Pick(
        "%s not supported on POP3 servers.",
        None,
        ("Namespaces",),
        why=f"{_HI}Exception/NoSupportPop3.php: Socket/Pop3.php _getNamespaces(), a folder "
        "feature asked of a POP3 account",
    ),
    Pick(
        "The server does not support the %s extension.",
        None,
        ("METADATA",),
        table="untranslated",
        why=f"{_HI}Exception/NoSupportExtension.php: Socket.php _getMetadata() on a server "
        "without METADATA; sprintf() fills the msgid before the constructor translates it",
    ),
    Pick(
        "There was a temporary issue when attempting this operation. Please try again later.",
        None,
        why=f"{_HI}Socket.php _responseCode(): a NO with [INUSE] (RFC 5530): the folder locked "
        "by another session for a moment",
    ),
    Pick(
        "Could not save message on server.",
        None,
        why=f"{_HI}Socket.php _responseCode(): CATENATE answered [BADURL]",
    ),
]
HORDE_SMTP: list[Pick] = [
    Pick(
        "Server does not support TLS connections.",
        "STARTTLS_NOT_OFFERED",
        why=f"{_HS}.php _startTls(): secure 'tls' and the EHLO reply names no STARTTLS",
    ),
    Pick(
        "Could not open secure TLS connection to the server.",
        "STARTTLS_FAILED",
        why=f"{_HS}.php _startTls(): STARTTLS sent (EHLO offered it), the reply was 454 or "
        f"Connection startTls() returned false; {_HS}/Exception.php setSmtpCode(454)",
    ),
    Pick(
        "Server denied authentication.",
        "AUTH_FAILED",
        why=f"{_HS}.php login(): every AUTH mechanism the EHLO offered failed in _auth() "
        "(535 and the like); logout() and this error",
    ),
    Pick(
        "Server closed the connection unexpectedly.",
        "CONNECTION_CLOSED",
        why=f"{_HS}/Connection.php read(): feof() on the SMTP stream before a reply",
    ),
]


# The NOCC webmail (PHP, its IMAP/POP3 by PHP's imap extension, UW c-client; lang/<ll>.php,
# `$name = '...';` lines) and the FreeScout help desk's mailbox screens (Laravel __(): resources/
# lang/<ll>.json keyed by the English): the eighteenth set, extracted and labelled blind from
# their code at pinned commits before either was run. NOCC's login and every page open a
# nocc_imap (classes/class_local.php __construct()): when imap_open() fails it throws
# $lang_could_not_connect.": ".imap_last_error(), c-client's last ERROR line (uw-imap/imap@
# cab109466534, cited in `why`), shown by html/error.php; Pick.then is that English line. Its
# SMTP class (classes/class_smtp.php) builds `$html_smtp_error_unexpected . ' : ' . $line`
# inside methods that declare no `global`, so the translated words are an undefined variable
# (empty) and only " : " and the server's reply line are left; send.php shows the result through
# html/send_error.php as "$html_error_occurred : " and that message. FreeScout's own texts are
# its mailbox and conversation screens' checks (its connection errors are the mail libraries'
# English exceptions, and generic where they are its own: left out).
EIGHTEENTH_PINS = {
    "jespersgaard/NOCC": "bb4affa9613796217822755f10b19c7a63febb50",
    "freescout-help-desk/freescout": "ab2772536811d5de6e23121c5d086aeb50f3db2c",
}
NOCC_FILE = {
    "en": "en",
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pt-BR": "pt-br",
    "pl": "pl",
    "ja": "ja",
}
_NC = "classes/class_local.php __construct(): imap_open() failed, the text is "
_UW = "uw-imap/imap@cab109466534:src/"
_NS = "classes/class_smtp.php "
# Pick.key: the lang variable; Pick.then: what the code appends (c-client's line, the reply).
NOCC: list[Pick] = [
    Pick(
        "lang_could_not_connect",
        "AUTH_FAILED",
        then=": Can not authenticate to IMAP server: [AUTHENTICATIONFAILED] Authentication failed.",
        why=f"{_NC}imap_last_error(): {_UW}c-client/imap4r1.c imap_auth(): every SASL "
        "authenticator the server's AUTH= capabilities offered got a tagged NO (Dovecot's "
        "[AUTHENTICATIONFAILED])",
    ),
    Pick(
        "lang_could_not_connect",
        "AUTH_FAILED",
        then=": Too many login failures",
        why=f"{_NC}imap_last_error(): {_UW}c-client/imap4r1.c imap_login(): no AUTH= "
        "capability, LOGIN with the user's password answered NO on every trial up to "
        "imap_maxlogintrials",
    ),
    Pick(
        "lang_could_not_connect",
        "PLAINTEXT_AUTH_DISABLED",
        then=": Server disables LOGIN, no recognized SASL authenticator",
        why=f"{_NC}imap_last_error(): {_UW}c-client/imap4r1.c imap_login(): the CAPABILITY "
        "reply of an unencrypted connection carries LOGINDISABLED and no AUTH= mechanism",
    ),
    Pick(
        "lang_could_not_connect",
        "STARTTLS_NOT_OFFERED",
        then=": Unable to negotiate TLS with this server",
        why=f"{_NC}imap_last_error(): {_UW}c-client/imap4r1.c imap_open(): the server "
        "string asks /tls and the CAPABILITY reply names no STARTTLS",
    ),
    Pick(
        "lang_could_not_connect",
        "HOST_NOT_FOUND",
        then=": No such host as mail.example.com",
        why=f"{_NC}imap_last_error(): {_UW}osdep/unix/tcp_unix.c tcp_open(): "
        "ip_nametoaddr() found no address for the host name",
    ),
    Pick(
        "lang_could_not_connect",
        "PORT_CLOSED",
        then=": Can't connect to mail.example.com,993: Connection refused",
        why=f"{_NC}imap_last_error(): {_UW}osdep/unix/tcp_unix.c tcp_socket_open(): "
        "connect() failed at once with ECONNREFUSED",
    ),
    Pick(
        "lang_could_not_connect",
        "PORT_FILTERED",
        then=": Connection failed to mail.example.com,993: Connection timed out",
        why=f"{_NC}imap_last_error(): {_UW}osdep/unix/tcp_unix.c tcp_socket_open(): "
        "poll() on the non-blocking connect() ran past the open timeout (ETIMEDOUT)",
    ),
    Pick(
        "lang_could_not_connect",
        "CERT_SELF_SIGNED",
        then=": Certificate failure for mail.example.com: self signed certificate: "
        "/CN=mail.example.com",
        why=f"{_NC}imap_last_error(): {_UW}osdep/unix/ssl_unix.c ssl_open_verify(): "
        "OpenSSL's X509_verify_cert_error_string() for a self-signed certificate, then "
        "ssl_start() builds 'Certificate failure for'",
    ),
    Pick(
        "lang_could_not_connect",
        "CERT_UNTRUSTED",
        then=": Certificate failure for mail.example.com: unable to get local issuer "
        "certificate: /CN=mail.example.com",
        why=f"{_NC}imap_last_error(): {_UW}osdep/unix/ssl_unix.c ssl_open_verify(): "
        "OpenSSL found no trusted issuer for the chain the server sent",
    ),
    Pick(
        "lang_could_not_connect",
        "CERT_HOSTNAME_MISMATCH",
        then=": Certificate failure for mail.example.com: Server name does not match "
        "certificate: /CN=*.hosting.example.net",
        why=f"{_NC}imap_last_error(): {_UW}osdep/unix/ssl_unix.c ssl_validate_cert(): "
        "the host name matches neither the certificate's CN nor its subjectAltNames",
    ),
    Pick(
        "lang_could_not_connect",
        "CERT_EXPIRED",
        then=": Certificate failure for mail.example.com: certificate has expired: "
        "/CN=mail.example.com",
        why=f"{_NC}imap_last_error(): {_UW}osdep/unix/ssl_unix.c ssl_open_verify(): "
        "OpenSSL's verify error X509_V_ERR_CERT_HAS_EXPIRED",
    ),
    Pick(
        "html_error_occurred",
        "AUTH_FAILED",
        then=" :  : 535 5.7.8 Error: authentication failed",
        why=f"{_NS}smtp_auth(): the reply to the password (AUTH LOGIN) or to AUTH PLAIN does "
        "not start with 2; send.php shows it through html/send_error.php",
    ),
    Pick(
        "html_error_occurred",
        "RECIPIENT_UNKNOWN",
        then=" :  : 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in "
        "virtual mailbox table",
        why=f"{_NS}smtp_rcpt_to(): the reply to RCPT TO does not start with 2",
    ),
    Pick(
        "html_error_occurred",
        "RELAY_REFUSED",
        then=" :  : 554 5.7.1 <bob@example.org>: Relay access denied",
        why=f"{_NS}smtp_rcpt_to(): the reply to RCPT TO does not start with 2 (no AUTH "
        "sent: the domain's smtp_auth_method is empty)",
    ),
    Pick(
        "html_error_occurred",
        "SENDER_REFUSED",
        then=" :  : 553 5.7.1 <alice@example.com>: Sender address rejected: not owned by user "
        "alice@example.net",
        why=f"{_NS}smtp_mail_from(): the reply to MAIL FROM does not start with 2",
    ),
    Pick(
        "html_error_occurred",
        "SIZE_LIMIT",
        then=" :  : 552 5.3.4 Message size exceeds fixed limit",
        why=f"{_NS}smtp_data(): the reply after the message's final dot does not start with 2",
    ),
    Pick(
        "html_error_occurred",
        "PORT_CLOSED",
        then=" :  : Connection refused",
        why=f"{_NS}smtp_open(): fsockopen() failed, its errstr after the (undefined) "
        "$html_smtp_no_con",
    ),
    Pick(
        "html_error_occurred",
        "HOST_NOT_FOUND",
        then=" :  : php_network_getaddresses: getaddrinfo for smtp.example.com failed: Name or "
        "service not known",
        why=f"{_NS}smtp_open(): fsockopen() could not resolve the SMTP host, PHP's errstr",
    ),
    Pick(
        "lang_err_send_delay",
        None,
        ("30",),
        why="send.php: a second message sooner than the webmail's own $conf->send_delay",
    ),
    Pick(
        "html_file_upload_attack",
        None,
        why="send.php: move_uploaded_file() could not move the attachment's upload",
    ),
    Pick(
        "html_prefs_file_error",
        None,
        why="classes/user_prefs.php commit(): the preferences file on the web server could "
        "not be written",
    ),
    Pick(
        "html_invalid_email_address",
        None,
        why="classes/user_prefs.php validate(): the reply-to address in the preferences is "
        "not an address",
    ),
    Pick(
        "html_session_file_error",
        None,
        why="utils/functions.php saveSession(): the webmail's remember-me session file could not "
        "be written",
    ),
    Pick(
        "html_no_sendaction",
        None,
        why="send.php: the composer's form came without a sendaction (no JavaScript)",
    ),
]
FREESCOUT: list[Pick] = [
    Pick(
        "Please double check your password, and try again",
        None,
        why="app/Http/Controllers/MailboxesController.php ajax() delete_mailbox: the agent's "
        "own FreeScout password, asked to confirm deleting the mailbox, is wrong",
    ),
    Pick(
        "Mailbox not found",
        None,
        why="app/Http/Controllers/MailboxesController.php ajax() send_test: no mailbox of "
        "that id in FreeScout's database",
    ),
    Pick(
        "Not enough permissions",
        None,
        why="app/Http/Controllers/MailboxesController.php ajax() send_test: the FreeScout "
        "user may not administer the mailbox",
    ),
    Pick(
        "Please specify recipient of the test email",
        None,
        why="app/Http/Controllers/MailboxesController.php ajax() send_test: the test form's "
        "recipient field is empty",
    ),
    Pick(
        "Please specify a recipient.",
        None,
        why="app/Http/Controllers/ConversationsController.php ajax(): a reply or new "
        "conversation with no To address",
    ),
    Pick(
        "Error occurred uploading file",
        None,
        why="app/Http/Controllers/ConversationsController.php upload(): the attachment was "
        "not stored",
    ),
    Pick(
        "Unsupported file type",
        None,
        why="app/Misc/Helper.php uploadFile(): an upload whose extension FreeScout does not allow",
    ),
    Pick(
        "Error occurred processing the image. Make sure that PHP GD extension is enabled.",
        None,
        why="app/Http/Controllers/UsersController.php update(): a profile photo PHP's GD could not "
        "resize",
    ),
    Pick(
        "This password is incorrect.",
        None,
        why="app/Http/Controllers/UsersController.php passwordSave(): the FreeScout "
        "user's current password, to change it, is wrong",
    ),
    Pick(
        "Error occurred. Please check your internet connection and try again.",
        None,
        why="resources/views/js/vars.blade.php ajax_error: the browser's request to "
        "FreeScout itself failed",
    ),
    Pick(
        "Lost internet connection",
        None,
        why="resources/views/js/vars.blade.php lost_connection: the browser went offline",
    ),
    Pick(
        "Invalid license key",
        None,
        why="app/Module.php getErrorMessage(): a paid module's licence key refused",
    ),
]


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "--git-dir", str(repo), *args], capture_output=True, text=True, check=False
    )
    return done.stdout


def po_app(
    mirrors: Path,
    repo_name: str,
    app: str,
    strings: list[tuple[str, str, tuple[str, ...]]] | list[tuple[str, str | None, tuple[str, ...]]],
    po_path: str = "po/{}.po",
) -> list[dict[str, object]]:
    """The chosen msgids of a gettext-translated app, in each language it ships."""
    repo = mirrors / (repo_name.replace("/", "+") + "/repo")
    commit = git(repo, "rev-parse", "HEAD").strip()[:12]
    catalogs = {
        lang: read_po(io.BytesIO(git(repo, "show", f"HEAD:{po_path.format(po)}").encode()))
        for lang, po in PO_NAMES.items()
    }
    entries = []
    for index, (msgid, code, values) in enumerate(strings):
        texts: dict[str, str] = {"en": msgid}
        origin = catalogs["de"].get(msgid)
        assert origin is not None, msgid  # a msgid that is not in the app's catalogs
        where = origin.locations[0][0] if origin.locations else "po"
        sources = {"en": f"{repo_name}@{commit}:{where}"}
        for lang, catalog in catalogs.items():
            message = catalog.get(msgid)
            if message is not None and message.string and "fuzzy" not in message.flags:
                texts[lang] = str(message.string)
                sources[lang] = f"{repo_name}@{commit}:{po_path.format(PO_NAMES[lang])}"
        filled = {lang: _printf(text, values) for lang, text in texts.items()}
        entries.append(
            {
                "id": f"{app.lower()}.{index}",
                "app": app,
                "code": code,
                "texts": filled,
                "sources": sources,
            }
        )
    return entries


def json_app(
    mirrors: Path, app: str, strings: list[tuple[str, str | None, tuple[str, ...]]], english: str
) -> list[dict[str, object]]:
    """The chosen messages of an app whose translations are JSON tables keyed by the English."""
    repo_name, pattern, names, key = JSON_APPS[app]
    repo = mirrors / (repo_name.replace("/", "+") + "/repo")
    commit = git(repo, "rev-parse", "HEAD").strip()[:12]
    tables = {}
    for lang in LANGS[1:]:
        path = pattern.format(names.get(lang, lang))
        table = json.loads(git(repo, "show", f"HEAD:{path}"))
        tables[lang] = (path, table[key] if key else table)
    entries = []
    for index, (msgid, code, values) in enumerate(strings):
        texts = {"en": msgid}
        sources = {"en": f"{repo_name}@{commit}:{english}"}
        for lang, (path, table) in tables.items():
            if isinstance(table.get(msgid), str) and table[msgid].strip():
                texts[lang] = table[msgid]
                sources[lang] = f"{repo_name}@{commit}:{path}"
        entries.append(
            {
                "id": f"{app.lower().replace(' ', '-')}.{index}",
                "app": app,
                "code": code,
                "texts": {lang: _printf(text, values) for lang, text in texts.items()},
                "sources": sources,
            }
        )
    return entries


_STRINGS = re.compile(r'"((?:[^"\\]|\\.)*)"\s*=\s*"((?:[^"\\]|\\.)*)"\s*;')


def sogo(mirrors: Path) -> list[dict[str, object]]:
    """The chosen keys of SOGo's Localizable.strings (key = English-ish id, value = the text)."""
    repo = mirrors / "Alinto+sogo/repo"
    commit = git(repo, "rev-parse", "HEAD").strip()[:12]
    tables: dict[tuple[str, str], tuple[str, dict[str, str]]] = {}
    for module in ("MailerUI", "MainUI"):
        for lang, folder in SOGO_DIR.items():
            path = f"UI/{module}/{folder}.lproj/Localizable.strings"
            found = dict(_STRINGS.findall(git(repo, "show", f"HEAD:{path}")))
            tables[module, lang] = (path, {k: v.replace('\\"', '"') for k, v in found.items()})
    entries = []
    for index, (module, key, code) in enumerate(SOGO):
        texts, sources = {}, {}
        for lang in SOGO_DIR:
            path, table = tables[module, lang]
            if table.get(key, "").strip():
                texts[lang] = re.sub(r"%\{\d\}", "mail.example.com", table[key]).strip()
                sources[lang] = f"Alinto/sogo@{commit}:{path}#{key}"
        entries.append(
            {"id": f"sogo.{index}", "app": "SOGo", "code": code, "texts": texts, "sources": sources}
        )
    return entries


def _printf(text: str, values: tuple[str, ...]) -> str:
    supply = iter(values)

    def one(match: re.Match[str]) -> str:
        if match[1]:  # a translator's reordered "%2$s" (gettext's positional arguments)
            index = int(match[1]) - 1
            return values[index] if index < len(values) else "mail.example.com"
        return next(supply, "mail.example.com")

    return re.sub(r"%(?:(\d+)\$)?[sd@]", one, text).strip()


_INC = re.compile(r"""\$messages\['(\w+)'\]\s*=\s*'((?:[^'\\]|\\.)*)';""")


def roundcube(mirrors: Path) -> list[dict[str, object]]:
    repo = mirrors / "roundcube+roundcubemail/repo"
    commit = git(repo, "rev-parse", "HEAD").strip()[:12]
    files = {}
    for lang, folder in ROUNDCUBE_DIR.items():
        path = f"program/localization/{folder}/messages.inc"
        raw = git(repo, "show", f"HEAD:{path}")
        found = {k: v.replace("\\'", "'") for k, v in _INC.findall(raw)}
        files[lang] = (path, found)
    entries = []
    for key, code, values in ROUNDCUBE:
        texts, sources = {}, {}
        for lang, (path, found) in files.items():
            if key in found:
                bare = re.sub(r"<[^>]+>", "", found[key])  # Roundcube's own markup
                texts[lang] = re.sub(r"\$(\w+)", lambda m, v=values: v.get(m[1], m[0]), bare)
                sources[lang] = f"roundcube/roundcubemail@{commit}:{path}#{key}"
        entries.append(
            {
                "id": f"roundcube.{key}",
                "app": "Roundcube",
                "code": code,
                "texts": texts,
                "sources": sources,
            }
        )
    return entries


def write_set(argv: list[str], about: str, *apps: Callable[[Path], list[dict[str, object]]]) -> int:
    """A held-out set's command line (`MIRRORS_DIR OUT.json`): each app's entries, in order, under
    `about`, written as the benchmark reads them (one space of indent, UTF-8 kept)."""
    mirrors, out = Path(argv[1]), Path(argv[2])
    data = {"about": about, "entries": [entry for app in apps for entry in app(mirrors)]}
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


def _entry(
    app: str, ident: str, pick: Pick, texts: dict[str, str], sources: dict[str, str]
) -> dict[str, object]:
    entry: dict[str, object] = {
        "id": ident,
        "app": app,
        "code": pick.code,
        "texts": texts,
        "sources": sources,
    }
    if pick.why:
        entry["why"] = pick.why
    return entry


def gettext_picks(
    mirrors: Path,
    app: str,
    slug: str,
    picks: list[Pick],
    catalogs: dict[str, tuple[str, str]],
    fill: Callable[[str, tuple[str, ...]], str],
) -> list[dict[str, object]]:
    """The picked msgids of a gettext-translated app in each of the nine languages it has.

    `catalogs` names, for each Pick.table, the repository and the path of its PO files."""
    loaded = {}
    for table, (repo_name, po_path) in catalogs.items():
        repo = mirrors / (repo_name.replace("/", "+") + "/repo")
        commit = git(repo, "rev-parse", "HEAD").strip()[:12]
        for lang, po in PO_NAMES.items():
            raw = git(repo, "show", f"HEAD:{po_path.format(po)}").encode()
            with contextlib.redirect_stdout(io.StringIO()):  # Babel's notes on "#|" lines
                catalog = read_po(io.BytesIO(raw))
            loaded[table, lang] = (f"{repo_name}@{commit}", po_path.format(po), catalog)
    entries = []
    for index, pick in enumerate(picks):
        repo_at, _, german = loaded[pick.table, "de"]
        origin = german.get(pick.key, pick.context)
        assert origin is not None, pick.key  # a msgid that is not in the app's catalogs
        # The mail provider's own use of a msgid first (GOA's are shared by its providers).
        places = sorted(
            origin.locations, key=lambda place: not re.search("imap|smtp|mail", place[0])
        )
        where = f"{places[0][0]}:{places[0][1]}" if places else ""
        texts = {"en": fill(pick.key + pick.then, pick.values)}
        sources = {"en": f"{repo_at}:{where}"}
        for lang in PO_NAMES:
            _, path, catalog = loaded[pick.table, lang]
            found = [catalog.get(msgid, pick.context) for msgid in (pick.key, pick.then) if msgid]
            if all(m is not None and m.string and "fuzzy" not in m.flags for m in found):
                text = "".join(str(m.string) for m in found if m is not None)
                texts[lang] = fill(text, pick.values)
                sources[lang] = f"{repo_at}:{path}#{pick.key}"
        entries.append(_entry(app, f"{slug}.{index}", pick, texts, sources))
    return entries


def _qt(text: str, values: tuple[str, ...]) -> str:
    """Qt's and KDE's %1..%9 filled; a rich-text dialog (Trojitá's <p>, <h2>) as it shows on
    screen: the source's line breaks are spaces, a block (a paragraph, a heading) a line."""
    html = "<" in text  # before the values go in: a server's "<bob@example.org>" is no tag
    if html:
        text = re.sub(r"\s+", " ", text)
        text = re.sub(r"</?(?:p|h\d|pre|ul|li|br)\b[^>]*>", "\n", text)
        text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"%(\d)", lambda m: values[int(m[1]) - 1], text)
    if html:
        text = "\n".join(line.strip() for line in text.splitlines() if line.strip())
    return text.strip()


def read_properties(text: str) -> dict[str, str]:
    """A Java .properties file: `key = value`, a trailing backslash continues the line, \\uXXXX."""
    table: dict[str, str] = {}
    lines = iter(text.splitlines())
    for line in lines:
        line = line.strip()
        if not line or line[0] in "#!":
            continue
        while line.endswith("\\") and not line.endswith("\\\\"):
            line = line[:-1] + next(lines, "").lstrip()
        found = re.match(r"((?:[^=:\s\\]|\\.)+)\s*[=:]?\s*(.*)$", line)
        if found is None:
            continue
        key, value = found[1], found[2]
        table[key] = re.sub(
            r"\\(u[0-9a-fA-F]{4}|.)",
            lambda m: chr(int(m[1][1:], 16)) if m[1][0] == "u" and len(m[1]) == 5 else m[1],
            value,
        )
    return table


def _message_format(text: str, values: tuple[str, ...]) -> str:
    """Java's MessageFormat as Zimbra's AjxMessageFormat applies it: {n} filled, '' is '."""
    if values:
        text = re.sub(r"\{(\d+)[^}]*\}", lambda m: values[int(m[1])], text).replace("''", "'")
    text = re.sub(r"<br\s*/?>", " ", text, flags=re.IGNORECASE)  # the dialog's own line break
    return re.sub(r"<[^>]+>", "", text).strip()


def zimbra(mirrors: Path) -> list[dict[str, object]]:
    """The picked keys of Zimbra's message bundles, in each language whose file has them."""
    tables: dict[tuple[str, str], tuple[str, dict[str, str]]] = {}
    commits = {}
    for bundle, repo_name in ZIMBRA_TABLES.items():
        repo = mirrors / (repo_name.replace("/", "+") + "/repo")
        commits[bundle] = git(repo, "rev-parse", "HEAD").strip()[:12]
        for lang, suffix in ZIMBRA_SUFFIX.items():
            path = f"WebRoot/messages/{bundle}{suffix}.properties"
            tables[bundle, lang] = (path, read_properties(git(repo, "show", f"HEAD:{path}")))
    entries = []
    for pick in ZIMBRA:
        texts, sources = {}, {}
        for lang in ZIMBRA_SUFFIX:
            path, table = tables[pick.table, lang]
            if table.get(pick.key, "").strip():
                texts[lang] = _message_format(table[pick.key], pick.values)
                cite = f"{ZIMBRA_TABLES[pick.table]}@{commits[pick.table]}:{path}#{pick.key}"
                sources[lang] = cite
        assert "en" in texts, pick.key
        entries.append(_entry("Zimbra", f"zimbra.{pick.key}", pick, texts, sources))
    return entries


_PHP_TOKEN = re.compile(
    r"""'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(=>)|\b(false|true)\b|(\.)|(\))|"""
    r"""(\s+|//[^\n]*|\#[^\n]*|/\*.*?\*/)|(.)""",
    re.S,
)


def _php_escape(match: re.Match[str]) -> str:
    return {"n": "\n", "t": "\t", "r": "\r"}.get(match[1], match[1])


def read_php_array(text: str) -> dict[str, str | bool]:
    """Cypht's language file: `return array('English' => 'translation' | false, ...);`.

    PHP's single-quoted strings know only \\' and \\\\; the double-quoted ones \\n, \\t, \\" and
    \\$ too (none of the picked keys interpolates a variable). A repeated key's last value wins,
    as in PHP."""
    body = text[text.index("return array(") + len("return array(") :]
    tokens: list[tuple[str, str | bool]] = []
    for match in _PHP_TOKEN.finditer(body):
        if match[1] is not None:
            tokens.append(("s", re.sub(r"\\([\\'])", r"\1", match[1])))
        elif match[2] is not None:
            tokens.append(("s", re.sub(r'\\([ntr"\\$])', _php_escape, match[2])))
        elif match[3]:
            tokens.append(("=>", ""))
        elif match[4]:
            tokens.append(("b", match[4] == "true"))
        elif match[5]:
            tokens.append((".", ""))
        elif match[6]:
            break  # the array's closing parenthesis: no value of Cypht's contains a call
        elif match[8]:
            tokens.append(("?", match[8]))
    table: dict[str, str | bool] = {}
    index = 0
    while index + 2 < len(tokens):
        (kind, key), (arrow, _), (value_kind, value) = tokens[index : index + 3]
        if kind != "s" or arrow != "=>" or value_kind not in ("s", "b"):
            index += 1
            continue
        index += 3
        while value_kind == "s" and index + 1 < len(tokens) and tokens[index][0] == ".":
            value = str(value) + str(tokens[index + 1][1])  # 'a' . 'b'
            index += 2
        table[str(key)] = value
    return table


def _pinned(mirrors: Path, repo_name: str) -> tuple[Path, str]:
    repo = mirrors / (repo_name.replace("/", "+") + "/repo")
    pins = {
        **NINTH_PINS,
        **TENTH_PINS,
        **ELEVENTH_PINS,
        **TWELFTH_PINS,
        **THIRTEENTH_PINS,
        **FOURTEENTH_PINS,
        **FIFTEENTH_PINS,
        **SIXTEENTH_PINS,
        **SEVENTEENTH_PINS,
        **EIGHTEENTH_PINS,
    }
    commit = pins[repo_name]
    assert git(repo, "cat-file", "-t", commit).strip() == "commit", (repo_name, commit)
    return repo, commit


def _where(repo: Path, commit: str, literal: str, paths: tuple[str, ...]) -> str:
    """path:line of the first place in the pinned tree's code that shows the literal."""
    found = git(repo, "grep", "-n", "-F", "-e", literal, commit, "--", *paths)
    first = found.splitlines()[0] if found else ""
    assert first, literal  # a text the pinned code does not show
    _, path, line = first.split(":")[:3]
    return f"{path}:{line}"


def cypht(mirrors: Path) -> list[dict[str, object]]:
    """The picked notices of Cypht, in each language whose file translates them."""
    repo_name = "cypht-org/cypht"
    repo, commit = _pinned(mirrors, repo_name)
    at = f"{repo_name}@{commit[:12]}"
    tables = {}
    for lang in LANGS:
        path = f"language/{CYPHT_LANG.get(lang, lang)}.php"
        tables[lang] = (path, read_php_array(git(repo, "show", f"{commit}:{path}")))
    entries = []
    for index, pick in enumerate(CYPHT):
        assert pick.key in tables["en"][1], pick.key  # a key of the English table
        where = _where(repo, commit, pick.key, ("modules/*.php", "modules/*.js", "lib/*.php"))
        texts = {"en": _printf(pick.key, pick.values)}
        sources = {"en": f"{at}:{where}"}
        for lang in LANGS[1:]:
            path, table = tables[lang]
            value = table.get(pick.key)
            if isinstance(value, str) and value.strip():
                texts[lang] = _printf(value, pick.values)
                sources[lang] = f"{at}:{path}#{pick.key}"
        entries.append(_entry("Cypht", f"cypht.{index}", pick, texts, sources))
    return entries


def _php_literal(msgid: str) -> str:
    """The msgid as SquirrelMail's code writes it: _("...") with \\" for a quote."""
    return '_("' + msgid.replace("\\", "\\\\").replace('"', '\\"') + '")'


# The frame of SquirrelMail's composed messages: the key of a Box is its first other msgid (the
# frame's own when it has no other, a socket error after "Error connecting to IMAP server").
SQUIRRELMAIL_FRAME = frozenset(
    {
        "Message not sent.",
        "Server replied:",
        "Server responded:",
        "Solution:",
        "Error connecting to IMAP server: %s.",
    }
)


def squirrelmail(mirrors: Path) -> list[dict[str, object]]:
    """The picked messages of SquirrelMail as its pages compose them, in each language whose
    catalog translates the message's key; its other msgids fall back to the English as gettext
    does at run time (a German page reads "Message not sent. Server antwortete: ...")."""
    repo_name = "WiliamRamirez/WebMail"
    repo, commit = _pinned(mirrors, repo_name)
    at = f"{repo_name}@{commit[:12]}"
    catalogs = {}
    for lang, folder in SQUIRRELMAIL_LOCALE.items():
        path = f"locale/{folder}/LC_MESSAGES/squirrelmail.po"
        with contextlib.redirect_stdout(io.StringIO()):
            catalog = read_po(io.BytesIO(git(repo, "show", f"{commit}:{path}").encode()))
        table = {
            str(m.id): str(m.string)
            for m in catalog
            if isinstance(m.id, str) and m.id and m.string and "fuzzy" not in m.flags
        }
        catalogs[lang] = (path, table)

    def compose(box: Box, table: dict[str, str]) -> str:
        pieces = []
        for part in box.parts:
            if isinstance(part, Raw):
                pieces.append(part.text)
            else:
                text = table.get(part.msgid, part.msgid)
                # The page is HTML: a translator's &nbsp; shows as one, except inside a value
                # the code escapes (sm_encode_html_special_chars) before wrapping it.
                text = text if box.wrap else html.unescape(text)
                pieces.append(_printf(text, part.values) if part.values else text)
        composed = "".join(pieces)
        if box.wrap:
            composed = _printf(html.unescape(table.get(box.wrap, box.wrap)), (composed,))
        return "\n".join(line.strip() for line in composed.splitlines() if line.strip())

    entries = []
    for index, box in enumerate(SQUIRRELMAIL):
        msgids = [part.msgid for part in box.parts if isinstance(part, Msg)]
        key = next((msgid for msgid in msgids if msgid not in SQUIRRELMAIL_FRAME), msgids[0])
        where = _where(repo, commit, _php_literal(key), (box.path or "*.php",))
        texts, sources = {"en": compose(box, {})}, {"en": f"{at}:{where}"}
        for lang, (path, table) in catalogs.items():
            if key in table:
                texts[lang] = compose(box, table)
                sources[lang] = f"{at}:{path}#{key}"
        pick = Pick(key, box.code, why=box.why)
        entries.append(_entry("SquirrelMail", f"squirrelmail.{index}", pick, texts, sources))
    return entries


def _android(raw: str) -> str:
    """An Android string resource's text as the app shows it: unquoted whitespace runs are one
    space, "..." keeps its spaces, \\n \\t \\uXXXX \\' \\" \\\\ are unescaped (aapt's rules)."""
    out: list[str] = []
    quoted = False
    index = 0
    while index < len(raw):
        char = raw[index]
        if char == "\\" and index + 1 < len(raw):
            escaped = raw[index + 1]
            if escaped == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", raw[index + 2 : index + 6]):
                out.append(chr(int(raw[index + 2 : index + 6], 16)))
                index += 6
                continue
            out.append({"n": "\n", "t": "\t"}.get(escaped, escaped))
            index += 2
            continue
        if char == '"':
            quoted = not quoted
        elif char.isspace() and not quoted:
            if not out or out[-1] != " ":
                out.append(" ")
        else:
            out.append(char)
        index += 1
    return "".join(out).strip(" ")


def read_android_strings(text: str) -> dict[str, str]:
    """The <string> resources of a strings.xml, name to text (xliff:g tags dropped, their
    placeholders kept); `translatable="false"` ones left out."""
    import defusedxml.ElementTree as DET

    table: dict[str, str] = {}
    for element in DET.fromstring(text.encode("utf-8")).iter("string"):
        name = element.get("name")
        if name and element.get("translatable") != "false" and name not in table:
            table[name] = _android("".join(element.itertext()))
    return table


def aosp_email(mirrors: Path) -> list[dict[str, object]]:
    """The picked string resources of the AOSP Email app, in each language that has them."""
    repo_name = "aosp-mirror/platform_packages_apps_email"
    repo, commit = _pinned(mirrors, repo_name)
    at = f"{repo_name}@{commit[:12]}"
    tables = {}
    for lang, folder in AOSP_EMAIL_DIR.items():
        path = f"res/{folder}/strings.xml"
        tables[lang] = (path, read_android_strings(git(repo, "show", f"{commit}:{path}")))
    entries = []
    for index, pick in enumerate(AOSP_EMAIL):
        assert pick.key in tables["en"][1], pick.key  # a string of the English resources
        # The Java that shows it (R.string.key), or the layout or provider list that names it.
        shown = AOSP_EMAIL_SHOWN.get(pick.key, ("*.java", "res/xml/*.xml", "res/layout*/*.xml"))
        pattern = rf"(R\.string\.|@string/){pick.key}\b"
        found = git(repo, "grep", "-n", "-E", pattern, commit, "--", *shown)
        first = found.splitlines()[0] if found else ""
        assert first, pick.key  # a string the pinned code does not show
        _, path, line = first.split(":")[:3]
        texts = {"en": _printf(tables["en"][1][pick.key], pick.values)}
        sources = {"en": f"{at}:{path}:{line}"}
        for lang in LANGS[1:]:
            path, table = tables[lang]
            if table.get(pick.key, "").strip():
                texts[lang] = _printf(table[pick.key], pick.values)
                sources[lang] = f"{at}:{path}#{pick.key}"
        entries.append(_entry("AOSP Email", f"aosp-email.{index}", pick, texts, sources))
    return entries


def _mailpile_fill(text: str, values: tuple[str, ...]) -> str:
    """Mailpile's %s (its Python) and {H}-style fields (its templates' .format()); a run of
    spaces is one, as the page shows it."""
    text = re.sub(r" {2,}", " ", text)
    text = re.sub(r"\{([A-Z]+)\}", lambda m: MAILPILE_FIELDS.get(m[1], m[0]), text)
    return _printf(text, values)


def mailpile(mirrors: Path) -> list[dict[str, object]]:
    """The picked msgids of Mailpile, in each language whose catalog translates them."""
    repo_name = "mailpile/Mailpile"
    repo, commit = _pinned(mirrors, repo_name)
    at = f"{repo_name}@{commit[:12]}"
    catalogs = {}
    for lang, folder in MAILPILE_LOCALE.items():
        path = f"shared-data/locale/{folder}/LC_MESSAGES/mailpile.po"
        with contextlib.redirect_stdout(io.StringIO()):
            catalog = read_po(io.BytesIO(git(repo, "show", f"{commit}:{path}").encode()))
        catalogs[lang] = (path, catalog)
    code = ("mailpile/*.py", "shared-data/default-theme/*.html", "shared-data/default-theme/*.js")
    entries = []
    for index, pick in enumerate(MAILPILE):
        # The call in the pinned code: _('...') or _("..."), whole; else a long literal split
        # over lines: the longest start of it (in words) that some _(' call begins with.
        words = pick.key.split(" ")
        first = ""
        for size in (len(words), *range(len(words) - 1, 2, -1)):  # starts of 3 words or more
            start = " ".join(words[:size])
            whole = size == len(words)
            single, double = (
                (f"_('{start}')", f'_("{start}")') if whole else (f"_('{start}", f'_("{start}')
            )
            found = git(repo, "grep", "-n", "-F", "-e", single, "-e", double, commit, "--", *code)
            if found:
                first = found.splitlines()[0]
                break
        assert first, pick.key  # a msgid the pinned code does not show (a stale catalog's)
        _, path, line = first.split(":")[:3]
        tail = MAILPILE_TAIL.get(pick.key, "")
        texts = {"en": _mailpile_fill(pick.key, pick.values) + tail}
        sources = {"en": f"{at}:{path}:{line}"}
        for lang, (path, catalog) in catalogs.items():
            message = catalog.get(pick.key)
            if message is not None and message.string and "fuzzy" not in message.flags:
                texts[lang] = _mailpile_fill(str(message.string), pick.values) + tail
                sources[lang] = f"{at}:{path}#{pick.key}"
        entries.append(_entry("Mailpile", f"mailpile.{index}", pick, texts, sources))
    return entries


def read_egw_lang(text: str) -> dict[str, str]:
    """An EGroupware `egw_<ll>.lang` table: lower-case key to text (key, app, language, text,
    tab-separated); a row with an empty text is left out."""
    table: dict[str, str] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) >= 4 and fields[3].strip():
            table.setdefault(fields[0].strip().lower(), fields[3].strip())
    return table


def _egw_fill(text: str, values: tuple[str, ...]) -> str:
    """EGroupware's lang(): %1..%9 filled; its `\\n` escapes are line breaks (a line's leading
    space dropped), markup stripped."""
    text = re.sub(r"<[^>]+>", "", text.replace("\\n", "\n"))
    text = re.sub(r"%(\d)", lambda m: values[int(m[1]) - 1], text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def egroupware(mirrors: Path) -> list[dict[str, object]]:
    """The picked texts of EGroupware's mail app, in each language whose table has them."""
    repo_name = "EGroupware/egroupware"
    repo, commit = _pinned(mirrors, repo_name)
    at = f"{repo_name}@{commit[:12]}"
    tables = {}
    for app in ("mail", "admin", "api"):
        for lang in LANGS:
            path = f"{app}/lang/egw_{EGROUPWARE_LANG.get(lang, lang)}.lang"
            tables[app, lang] = (path, read_egw_lang(git(repo, "show", f"{commit}:{path}")))
    entries = []
    for index, pick in enumerate(EGROUPWARE):
        english = tables[pick.table, "en"][1]
        assert pick.key in english, pick.key  # a key of the app's English table
        # The lang('...') call in the pinned code (case aside); a long key by its first words.
        start = pick.key[:60]
        calls = ("-e", f"lang('{start}", "-e", f'lang("{start}')
        found = git(repo, "grep", "-n", "-i", "-F", *calls, commit, "--", *EGROUPWARE_CODE)
        shown = found.splitlines()
        assert shown, pick.key  # a key the pinned code does not show
        _, path, line = shown[0].split(":")[:3]
        texts = {"en": _egw_fill(english[pick.key], pick.values) + pick.then}
        sources = {"en": f"{at}:{path}:{line}"}
        for lang in LANGS[1:]:
            path, table = tables[pick.table, lang]
            if table.get(pick.key, english[pick.key]) != english[pick.key]:  # not the English
                texts[lang] = _egw_fill(table[pick.key], pick.values) + pick.then
                sources[lang] = f"{at}:{path}#{pick.key}"
        entries.append(_entry("EGroupware", f"egroupware.{index}", pick, texts, sources))
    return entries


_INI = re.compile(r'^\s*(\w+)\s*=\s*"((?:[^"\\]|\\.)*)"\s*$', re.M)


def read_ini(text: str) -> dict[str, str]:
    """An Afterlogic `i18n/<Language>.ini`: KEY = "text" (\\" and \\\\ unescaped)."""
    return {key: re.sub(r"\\(.)", r"\1", value) for key, value in _INI.findall(text)}


def _afterlogic_fill(text: str, values: tuple[str, ...]) -> str:
    """Aurora's TextUtils.i18n: %NAME% filled from NAME=value; markup stripped."""
    named = dict(value.split("=", 1) for value in values)
    text = re.sub(r"%([A-Z_]+)%", lambda m: named.get(m[1], m[0]), text)
    text = re.sub(r"<br\s*/?>", "\n", text)
    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()


def afterlogic(mirrors: Path) -> list[dict[str, object]]:
    """The picked texts of Afterlogic WebMail Lite's modules, in each language that has them."""
    tables = {}
    for module in ("mail", "webclient-mail", "webclient-core"):
        repo_name = f"afterlogic/aurora-module-{module}"
        repo, commit = _pinned(mirrors, repo_name)
        for lang, name in AFTERLOGIC_INI.items():
            path = f"i18n/{name}.ini"
            raw = git(repo, "show", f"{commit}:{path}")
            tables[module, lang] = (repo, commit, path, read_ini(raw))
    entries = []
    for index, pick in enumerate(AFTERLOGIC):
        repo, commit, _, english = tables[pick.table, "en"]
        at = f"afterlogic/aurora-module-{pick.table}@{commit[:12]}"
        assert pick.key in english, pick.key  # a key of the module's English table
        # The code that shows it: the JS i18n call, a template's binding, Module.php's map.
        code = ("js/*.js", "templates/*.html", "*.php")
        found = git(repo, "grep", "-n", "-w", "-F", "-e", pick.key, commit, "--", *code)
        first = found.splitlines()[0] if found else ""
        assert first, pick.key  # a key the pinned code does not show
        _, path, line = first.split(":")[:3]
        texts = {"en": _afterlogic_fill(english[pick.key], pick.values)}
        sources = {"en": f"{at}:{path}:{line}"}
        for lang in LANGS[1:]:
            _, _, path, table = tables[pick.table, lang]
            # A file's untranslated rows repeat the English: no translation.
            if table.get(pick.key, "").strip() not in ("", english[pick.key]):
                texts[lang] = _afterlogic_fill(table[pick.key], pick.values)
                sources[lang] = f"{at}:{path}#{pick.key}"
        entries.append(
            _entry("Afterlogic WebMail Lite", f"afterlogic.{index}", pick, texts, sources)
        )
    return entries


_GO_ROW = re.compile(r"^\s*'((?:[^'\\]|\\.)*)'\s*=>\s*'((?:[^'\\]|\\.)*)',?\s*$", re.M)


def read_groupoffice_lang(text: str) -> dict[str, str]:
    """A Group-Office `language/<ll>.php`: var_export()'s `'English' => 'text',` rows (\\' and
    \\\\ unescaped); its nested arrays (day names: numeric keys) left out."""

    def unescape(value: str) -> str:
        return re.sub(r"\\([\\'])", r"\1", value)

    return {unescape(key): unescape(value) for key, value in _GO_ROW.findall(text)}


def _groupoffice_fill(text: str, values: tuple[str, ...]) -> str:
    """Group-Office's sprintf %s and its named fields (GROUPOFFICE_FIELDS); markup stripped."""
    for field, value in GROUPOFFICE_FIELDS.items():
        text = text.replace(field, value)
    text = re.sub(r"<br\s*/?>", "\n", text)
    return _printf(html.unescape(re.sub(r"<[^>]+>", "", text)), values)


def groupoffice(mirrors: Path) -> list[dict[str, object]]:
    """The picked texts of Group-Office's e-mail and S/MIME modules, in each language whose
    table translates them (the core table where the module's lacks the key, as
    go\\core\\Language::t() falls back); its IMAP library's untranslated exceptions in English."""
    repo_name = "Intermesh/groupoffice"
    repo, commit = _pinned(mirrors, repo_name)
    at = f"{repo_name}@{commit[:12]}"
    tables: dict[tuple[str, str], tuple[str, dict[str, str]]] = {}
    for module in (_GO_EMAIL, _GO_SMIME, _GO_CORE):
        for lang in LANGS[1:]:
            path = f"{module}/language/{GROUPOFFICE_LANG.get(lang, lang)}.php"
            raw = git(repo, "show", f"{commit}:{path}")
            tables[module, lang] = (path, read_groupoffice_lang(raw))

    def translated(module: str, lang: str, key: str) -> tuple[str, str] | None:
        for table in (module, _GO_CORE):
            path, found = tables[table, lang]
            value = found.get(key)
            if value and value.strip() and value != key:
                return path, value
        return None

    entries = []
    for index, pick in enumerate(GROUPOFFICE):
        if not pick.table:  # an untranslated exception: the literal of the code that throws it
            found = git(repo, "grep", "-n", "-F", "-e", pick.key, commit, "--", "www/go/base/mail")
            first = found.splitlines()[0] if found else ""
            assert first, pick.key
            _, path, line = first.split(":")[:3]
            texts = {"en": _groupoffice_fill(pick.then, pick.values)}
            sources = {"en": f"{at}:{path}:{line}"}
            entries.append(_entry("Group-Office", f"groupoffice.{index}", pick, texts, sources))
            continue
        # The t("...") call that shows it: the key's longest run without a quote (the code
        # escapes those), its first 60 characters.
        start = max(re.split(r"[\"']", pick.key), key=len)[:60]
        assert len(start) >= 12, pick.key
        found = git(repo, "grep", "-n", "-F", "-e", start, commit, "--", *GROUPOFFICE_CODE)
        shown = [row for row in found.splitlines() if re.search(r"\bt\(", row)]  # a t() call
        assert shown, pick.key  # a key the pinned code does not show
        _, path, line = shown[0].split(":")[:3]
        english = pick.key + (" " + pick.then if pick.then else "")
        texts = {"en": _groupoffice_fill(english, pick.values)}
        sources = {"en": f"{at}:{path}:{line}"}
        for lang in LANGS[1:]:
            found_key = translated(pick.table, lang, pick.key)
            found_then = translated(pick.table, lang, pick.then) if pick.then else ("", "")
            if found_key and found_then:
                text = found_key[1] + (" " + found_then[1] if pick.then else "")
                texts[lang] = _groupoffice_fill(text, pick.values)
                sources[lang] = f"{at}:{found_key[0]}#{pick.key}"
        entries.append(_entry("Group-Office", f"groupoffice.{index}", pick, texts, sources))
    return entries


def _tine_fill(text: str, values: tuple[str, ...]) -> str:
    """Tine's String.format {0}.. and gettext's %s filled."""
    text = re.sub(r"\{(\d)\}", lambda m: values[int(m[1])], text)
    return _printf(text, values)


def tine(mirrors: Path) -> list[dict[str, object]]:
    """The picked msgids of Tine's Felamimail and Tinebase, in each language whose PO file
    translates them (not fuzzy); Pick.then appended untranslated, as the dialog shows it."""
    repo_name = "tine20/tine20"
    repo, commit = _pinned(mirrors, repo_name)
    at = f"{repo_name}@{commit[:12]}"
    catalogs = {}
    for app in ("Felamimail", "Tinebase"):
        for lang, po in TINE_PO.items():
            path = f"tine20/{app}/translations/{po}.po"
            raw = git(repo, "show", f"{commit}:{path}").encode()
            with contextlib.redirect_stdout(io.StringIO()):
                catalogs[app, lang] = (path, read_po(io.BytesIO(raw)))
    entries = []
    for index, pick in enumerate(TINE):
        # The call in the pinned code (i18n._, app.i18n._, $translation->_ or ->translate).
        calls = ("-e", f"_('{pick.key}'", "-e", f'_("{pick.key}"', "-e", f"translate('{pick.key}'")
        code = (f"tine20/{pick.table}/*.js", f"tine20/{pick.table}/*.php")
        found = git(repo, "grep", "-n", "-F", *calls, commit, "--", *code)
        shown = found.splitlines()
        assert shown, pick.key  # a msgid the pinned code does not show
        _, path, line = shown[0].split(":")[:3]
        texts = {"en": _tine_fill(pick.key, pick.values) + pick.then}
        sources = {"en": f"{at}:{path}:{line}"}
        for lang in TINE_PO:
            path, catalog = catalogs[pick.table, lang]
            message = catalog.get(pick.key)
            if message is not None and message.string and "fuzzy" not in message.flags:
                texts[lang] = _tine_fill(str(message.string), pick.values) + pick.then
                sources[lang] = f"{at}:{path}#{pick.key}"
        entries.append(_entry("Tine", f"tine.{index}", pick, texts, sources))
    return entries


def _gaia_fill(text: str) -> str:
    """Gaia's {{name}} arguments (GAIA_FIELDS) filled."""
    return re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: GAIA_FIELDS[m[1]], text).strip()


def gaia_email(mirrors: Path) -> list[dict[str, object]]:
    """The picked l10n ids of Firefox OS's e-mail app, in each locale of the gaia-l10n monorepo
    that translates them (a value that repeats the English is no translation)."""
    repo_name = "mozilla-l10n/gaia-l10n"
    repo, commit = _pinned(mirrors, repo_name)
    _pinned(mirrors, "mozilla-b2g/gaia-email-libs-and-more")  # the labels' code is there
    at = f"{repo_name}@{commit[:12]}"
    tables = {}
    for lang in LANGS:
        path = f"{GAIA_LOCALE.get(lang, lang)}/apps/email/email.properties"
        tables[lang] = (path, read_properties(git(repo, "show", f"{commit}:{path}")))
    english = tables["en"][1]
    entries = []
    for pick in GAIA:
        ids = (pick.key, pick.then) if pick.then else (pick.key,)
        assert all(english.get(i, "").strip() for i in ids), pick.key
        texts, sources = {}, {}
        for lang, (path, table) in tables.items():
            found = [table.get(i, "").strip() for i in ids]
            if lang != "en" and any(
                not f or f == english[i] for f, i in zip(found, ids, strict=True)
            ):
                continue
            texts[lang] = _gaia_fill("\n".join(found))
            sources[lang] = f"{at}:{path}#{pick.key}"
        entries.append(_entry("Firefox OS Email", f"gaia.{pick.key}", pick, texts, sources))
    return entries


def _kopano_fill(text: str, values: tuple[str, ...]) -> str:
    """Kopano's String.format {0}.. and PHP's %s filled."""
    text = re.sub(r"\{(\d)\}", lambda m: values[int(m[1])], text)
    return _printf(text, values)


def kopano(mirrors: Path) -> list[dict[str, object]]:
    """The picked msgids of Kopano WebApp, in each language whose PO file translates them (not
    fuzzy); Pick.then a second msgid on the next line, as the message shows it."""
    repo_name = "Kopano-dev/kopano-webapp"
    repo, commit = _pinned(mirrors, repo_name)
    at = f"{repo_name}@{commit[:12]}"
    catalogs = {}
    for lang, po in KOPANO_PO.items():
        path = f"server/language/{po}.UTF-8/LC_MESSAGES/zarafa_webapp.po"
        raw = git(repo, "show", f"{commit}:{path}").encode()
        with contextlib.redirect_stdout(io.StringIO()):
            catalogs[lang] = (path, read_po(io.BytesIO(raw)))
    entries = []
    for index, pick in enumerate(KOPANO):
        # The _() / dgettext() call that shows it: the key's longest run without a quote.
        start = max(re.split(r"[\"']", pick.key), key=len)[:60]
        assert len(start) >= 12, pick.key
        found = git(repo, "grep", "-n", "-F", "-e", start, commit, "--", *KOPANO_CODE)
        shown = [row for row in found.splitlines() if re.search(r"\b_\(|gettext\(", row)]
        assert shown, pick.key  # a msgid the pinned code does not show
        _, path, line = shown[0].split(":")[:3]
        msgids = (pick.key, pick.then) if pick.then else (pick.key,)
        texts = {"en": _kopano_fill("\n".join(msgids), pick.values)}
        sources = {"en": f"{at}:{path}:{line}"}
        for lang, (po_path, catalog) in catalogs.items():
            messages = [catalog.get(msgid) for msgid in msgids]
            if all(m is not None and m.string and "fuzzy" not in m.flags for m in messages):
                text = "\n".join(str(m.string) for m in messages if m is not None)
                texts[lang] = _kopano_fill(text, pick.values)
                sources[lang] = f"{at}:{po_path}#{pick.key}"
        entries.append(_entry("Kopano WebApp", f"kopano.{index}", pick, texts, sources))
    return entries


def _git_bytes(repo: Path, *args: str) -> bytes:
    """git's output undecoded: a PO file in its own charset (SimpleMail's are ISO-8859-*)."""
    done = subprocess.run(["git", "--git-dir", str(repo), *args], capture_output=True, check=False)
    return done.stdout


def _yam_fill(text: str, values: tuple[str, ...]) -> str:
    """YAM's MUI text codes (\\033b bold, \\033n normal ...) dropped, its C formats filled."""
    text = re.sub(r"\\033[a-z0-9]", "", text)
    supply = iter(values)
    text = re.sub(
        r"%%|%l?[sdu]",
        lambda m: "%" if m[0] == "%%" else next(supply, "mail.example.com"),
        text,
    )
    return text.strip()


def yam(mirrors: Path) -> list[dict[str, object]]:
    """The picked catalog ids of YAM, in each language whose catalog translates them all."""
    repo_name = "jens-maus/yam"
    repo, commit = _pinned(mirrors, repo_name)
    at = f"{repo_name}@{commit[:12]}"
    tables: dict[str, tuple[str, dict[str, str]]] = {}
    for lang, name in {"en": "YAM", **YAM_PO}.items():
        path = f"locale/{name}.{'pot' if lang == 'en' else 'po'}"
        raw = _git_bytes(repo, "show", f"{commit}:{path}").decode("utf-8")
        # Babel reads no seconds in the header's dates ("2014-02-01 17:13:00+0100").
        raw = re.sub(r"(Date: \d{4}-\d\d-\d\d \d\d:\d\d):\d\d", r"\1", raw)
        with contextlib.redirect_stdout(io.StringIO()):
            catalog = read_po(io.StringIO(raw))
        table = {}
        for message in catalog:
            if not message.context or "fuzzy" in message.flags:
                continue
            text = message.id if lang == "en" else message.string
            if isinstance(text, str) and text.strip():
                table[message.context.split()[0]] = text
        tables[lang] = (path, table)
    entries = []
    for index, pick in enumerate(YAM):
        ids = (pick.key, pick.then) if pick.then else (pick.key,)
        english = tables["en"][1]
        assert all(i in english for i in ids), pick.key
        texts = {"en": _yam_fill("\n\n".join(english[i] for i in ids), pick.values)}
        literal = f"tr({ids[-1]})"
        if pick.key.startswith("MSG_ER_BADRESPONSE_"):
            literal = YAM_SHOWN[pick.values[-2]]
        shown = _where(repo, commit, literal, ("src/*.c", "src/*/*.c"))
        sources = {"en": f"{at}:{shown}"}
        for lang, (path, table) in tables.items():
            if lang != "en" and all(i in table for i in ids):
                texts[lang] = _yam_fill("\n\n".join(table[i] for i in ids), pick.values)
                sources[lang] = f"{at}:{path}#{ids[-1]}"
        entries.append(_entry("YAM", f"yam.{index}", pick, texts, sources))
    return entries


def simplemail(mirrors: Path) -> list[dict[str, object]]:
    """The picked msgids of SimpleMail, in each language whose PO file translates them (and
    every "_:" value inside them), not fuzzy."""
    repo_name = "sba1/simplemail"
    repo, commit = _pinned(mirrors, repo_name)
    at = f"{repo_name}@{commit[:12]}"
    langs = ("de", "fr", "es", "it", "pl")
    catalogs = {}
    for lang in langs:
        path = f"po/{PO_NAMES[lang]}.po"
        with contextlib.redirect_stdout(io.StringIO()):
            catalogs[lang] = (
                path,
                read_po(io.BytesIO(_git_bytes(repo, "show", f"{commit}:{path}"))),
            )

    def text_of(lang: str, msgid: str, values: tuple[str, ...]) -> str | None:
        if lang == "en":
            text = msgid
        else:
            message = catalogs[lang][1].get(msgid)
            if message is None or not message.string or "fuzzy" in message.flags:
                return None
            text = str(message.string)
        filled = []
        for value in values:
            if value.startswith("_:"):
                inner = text_of(lang, value[2:], SIMPLEMAIL_INNER.get(value[2:], ()))
                if inner is None:
                    return None
                value = inner
            filled.append(value)
        return _printf(text, tuple(filled))

    entries = []
    for index, pick in enumerate(SIMPLEMAIL):
        origin = catalogs["de"][1].get(pick.key)
        assert origin is not None and origin.locations, pick.key  # not in the catalogs
        # The C literal's start: an opening quote, the key's first line with its quotes escaped.
        literal = '"' + pick.key.split("\n")[0][:48].replace('"', '\\"')
        where = _where(repo, commit, literal, ("*.c",))
        english = text_of("en", pick.key, pick.values)
        assert english is not None
        texts, sources = {"en": english}, {"en": f"{at}:{where}"}
        for lang in langs:
            text = text_of(lang, pick.key, pick.values)
            if text is not None:
                texts[lang] = text
                sources[lang] = f"{at}:{catalogs[lang][0]}#{pick.key.splitlines()[0][:60]}"
        entries.append(_entry("SimpleMail", f"simplemail.{index}", pick, texts, sources))
    return entries


_C_FORMAT = re.compile(r"%(?:\d+\$)?[sd]")


def _utf8_po(raw: bytes) -> bytes:
    """A PO file in UTF-8: Babel decodes the lines before the header's charset as UTF-8, and
    Gnubiff's ISO-8859-* files have translators' names there."""
    charset = re.search(rb"charset=([\w.-]+)", raw)
    name = charset[1].decode() if charset else "utf-8"
    if name.lower().replace("-", "") == "utf8":
        return raw
    text = raw.decode(name).replace(f"charset={name}", "charset=UTF-8", 1)
    return text.encode("utf-8")


def fifteenth_app(
    mirrors: Path,
    repo_name: str,
    picks: list[Pick],
    apps: dict[str, tuple[str, str, tuple[str, ...]]] = FIFTEENTH_APPS,
) -> list[dict[str, object]]:
    """The picked msgids of Xfce Mailwatch or Mail Notification as the code shows them, in each
    language whose PO file translates the pick's key and `then`, not fuzzy."""
    app, slug, code = apps[repo_name]
    repo, commit = _pinned(mirrors, repo_name)
    at = f"{repo_name}@{commit[:12]}"
    catalogs = {}
    for lang, po in PO_NAMES.items():
        path = f"po/{po}.po"
        raw = _git_bytes(repo, "show", f"{commit}:{path}")
        if raw:  # Mail Notification has no it.po
            with contextlib.redirect_stdout(io.StringIO()):
                catalogs[lang] = (path, read_po(io.BytesIO(_utf8_po(raw))))

    def translated(lang: str, msgid: str) -> str | None:
        if lang == "en":
            return msgid
        message = catalogs[lang][1].get(msgid)
        if message is None or not message.string or "fuzzy" in message.flags:
            return None
        return str(message.string)

    def shown(lang: str, msgid: str, values: tuple[str, ...]) -> str:
        """The msgid filled, as gettext shows it: the English where the catalog has none."""
        text = translated(lang, msgid) or msgid
        filled = tuple(
            shown(lang, value[2:], FIFTEENTH_INNER.get(value[2:], ()))
            if value.startswith("_:")
            else value
            for value in values
        )
        text = _printf(text, filled)
        if msgid in FIFTEENTH_AFTER:
            after, after_values = FIFTEENTH_AFTER[msgid]
            text += "\n\n" + shown(lang, after, after_values)
        return text

    entries = []
    for index, pick in enumerate(picks):
        ids = (pick.key, pick.then) if pick.then else (pick.key,)
        assert all(any(translated(lang, i) for lang in catalogs) for i in ids), pick.key
        # The key's own placeholders take the first values, the `then` msgid's the rest.
        split = len(_C_FORMAT.findall(pick.key))
        parts = ((pick.key, pick.values[:split]), (pick.then, pick.values[split:]))
        # The C literal's start: an opening quote, the key's first characters, quotes escaped.
        literal = '"' + pick.key.split("\n")[0][:40].replace('"', '\\"')
        # Where the code shows it: the first file the pick's `why` names that has it, or the
        # first that has it at all.
        named = [f"*{name}" for name in re.findall(r"[\w-]+\.(?:cc|c|gob)\b", pick.why)]
        has = [n for n in named if git(repo, "grep", "-l", "-F", "-e", literal, commit, "--", n)]
        shown_at = _where(repo, commit, literal, (has[0],) if has else code)
        texts = {"en": "\n\n".join(shown("en", i, v) for i, v in parts if i)}
        sources = {"en": f"{at}:{shown_at}"}
        for lang, (path, _) in catalogs.items():
            if all(translated(lang, i) for i in ids):
                texts[lang] = "\n\n".join(shown(lang, i, v) for i, v in parts if i)
                sources[lang] = f"{at}:{path}#{pick.key.splitlines()[0][:60]}"
        entries.append(_entry(app, f"{slug}.{index}", pick, texts, sources))
    return entries


_PM_LINE = re.compile(r"^\$PHPMAILER_LANG\['([a-z\d_]+)'\]\s*=\s*([\"'])(.+)*?\2;")
_PM_ENGLISH = re.compile(r"^\s*'(\w+)' => '((?:[^'\\]|\\.)*)',$", re.M)


def phpmailer(mirrors: Path) -> list[dict[str, object]]:
    """The picked messages of PHPMailer as its code builds them, in each language whose file has
    the pick's key: the English from setLanguage()'s table, each file read line by line with
    setLanguage()'s own pattern (its text kept as the library keeps it, unescaped)."""
    repo_name = "PHPMailer/PHPMailer"
    repo, commit = _pinned(mirrors, repo_name)
    at = f"{repo_name}@{commit[:12]}"
    source = git(repo, "show", f"{commit}:{_PM}")
    table = source[source.index("$PHPMAILER_LANG = [") :]
    english = {key: re.sub(r"\\(['\\])", r"\1", text) for key, text in _PM_ENGLISH.findall(table)}
    files = {}
    for lang, code in PHPMAILER_FILE.items():
        path = f"language/phpmailer.lang-{code}.php"
        own = {}
        for line in git(repo, "show", f"{commit}:{path}").splitlines():
            found = _PM_LINE.match(line)
            if found and found[1] in english:
                own[found[1]] = found[3]
        files[lang] = (path, own)

    def shown(words: dict[str, str], pick: Pick) -> str:
        def one(key: str) -> str:
            text = words.get(key, english[key])
            return text  # lang() adds the troubleshooting link; Pick.then carries it

        rest = re.sub(r"\{(\w+)\}", lambda m: one(m[1]), pick.then)
        return (one(pick.key) + rest).strip()

    entries = []
    for index, pick in enumerate(PHPMAILER):
        assert pick.key in english, pick.key
        where = _where(repo, commit, f"('{pick.key}')", ("src/*.php",))
        texts = {"en": shown({}, pick)}
        sources = {"en": f"{at}:{where}"}
        for lang, (path, own) in files.items():
            if pick.key in own:
                texts[lang] = shown(own, pick)
                sources[lang] = f"{at}:{path}#{pick.key}"
        entries.append(_entry("PHPMailer", f"phpmailer.{index}", pick, texts, sources))
    return entries


def gnubiff(mirrors: Path) -> list[dict[str, object]]:
    """The picked msgids of Gnubiff as its g_warning() lines show them, in each language whose
    PO file translates them, not fuzzy (it has no pl.po or ja.po)."""
    return fifteenth_app(mirrors, "zeldin/gnubiff-xfce", GNUBIFF, apps=SIXTEENTH_APPS)


def _after_line(repo: Path, commit: str, path: str, after: str, literal: str) -> int:
    """The line number of the literal's first use after the line that has `after`."""
    lines = git(repo, "show", f"{commit}:{path}").splitlines()
    start = next(i for i, line in enumerate(lines) if after in line)
    return next(i for i in range(start, len(lines)) if literal in lines[i]) + 1


def horde(mirrors: Path, repo_name: str, picks: list[Pick]) -> list[dict[str, object]]:
    """The picked msgids of a Horde library as getMessage() shows them, in each language whose
    PO file translates the msgid, not fuzzy (a Pick.table "untranslated": English only)."""
    app, slug, domain = SEVENTEENTH_APPS[repo_name]
    repo, commit = _pinned(mirrors, repo_name)
    at = f"{repo_name}@{commit[:12]}"
    catalogs = {}
    for lang, po in PO_NAMES.items():
        path = f"locale/{po}/LC_MESSAGES/{domain}.po"
        raw = _git_bytes(repo, "show", f"{commit}:{path}")
        if raw:  # Horde_Smtp ships es and ja only
            with contextlib.redirect_stdout(io.StringIO()):
                catalogs[lang] = (path, read_po(io.BytesIO(_utf8_po(raw))))
    entries = []
    for index, pick in enumerate(picks):
        assert any(c.get(pick.key) is not None for _, c in catalogs.values()), pick.key
        # The PHP literal: the msgid in double quotes, its own quotes escaped.
        literal = '"' + pick.key.replace('"', '\\"') + '"'
        named = re.findall(r"(lib/[\w/]+\.php)", pick.why)
        has = [n for n in named if git(repo, "grep", "-l", "-F", "-e", literal, commit, "--", n)]
        shown_at = _where(repo, commit, literal, (has[0],) if has else ("lib/*.php",))
        after = SEVENTEENTH_AFTER.get((pick.key, pick.code or ""))
        if after:
            path = shown_at.split(":")[0]
            shown_at = f"{path}:{_after_line(repo, commit, path, after, literal)}"
        texts = {"en": _printf(pick.key + pick.then, pick.values)}
        sources = {"en": f"{at}:{shown_at}"}
        for lang, (path, catalog) in catalogs.items():
            message = catalog.get(pick.key)
            if pick.table == "untranslated" or message is None:
                continue
            if message.string and "fuzzy" not in message.flags:
                texts[lang] = _printf(str(message.string), pick.values)
                sources[lang] = f"{at}:{path}#{pick.key[:60]}"
        entries.append(_entry(app, f"{slug}.{index}", pick, texts, sources))
    return entries


_NOCC_LINE = re.compile(r"^\$(\w+)\s*=\s*'((?:[^'\\]|\\.)*)';", re.M)
# lang variable: (the literal of the line that shows it, the file), where not `$name` in the
# first file the pick's `why` names.
NOCC_SHOWN = {
    "lang_could_not_connect": (
        '$lang_could_not_connect.": ".imap_last_error()',
        "classes/class_local.php",
    ),
    "html_error_occurred": ("convertLang2Html($html_error_occurred)", "html/send_error.php"),
}


def nocc(mirrors: Path) -> list[dict[str, object]]:
    """The picked NOCC messages as its error pages show them: the language file's words
    (i18n_message() fills %1$d), then what the code appends, in each language whose file has
    the variable (a missing one would show en.php's)."""
    repo_name = "jespersgaard/NOCC"
    repo, commit = _pinned(mirrors, repo_name)
    at = f"{repo_name}@{commit[:12]}"
    tables = {}
    for lang, name in NOCC_FILE.items():
        path = f"lang/{name}.php"
        found = _NOCC_LINE.findall(git(repo, "show", f"{commit}:{path}"))
        tables[lang] = (path, {k: re.sub(r"\\(['\\])", r"\1", v) for k, v in found})
    entries = []
    for index, pick in enumerate(picks := NOCC):
        assert pick.key in tables["en"][1], pick.key
        literal, path = NOCC_SHOWN.get(
            pick.key, ("$" + pick.key, pick.why.split(" ")[0].rstrip(":"))
        )
        shown_at = _where(repo, commit, literal, (path,))
        texts, sources = {}, {}
        for lang, (lang_path, table) in tables.items():
            if pick.key not in table:
                continue
            words = table[pick.key]
            for number, value in enumerate(pick.values, 1):
                words = re.sub(rf"%{number}\$[sd]", value, words)
            texts[lang] = html.unescape(words) + pick.then
            sources[lang] = f"{at}:{shown_at}" if lang == "en" else f"{at}:{lang_path}#{pick.key}"
        entries.append(_entry("NOCC", f"nocc.{index}", pick, texts, sources))
    assert len(entries) == len(picks)
    return entries


def freescout(mirrors: Path) -> list[dict[str, object]]:
    """The picked FreeScout messages: __() looks the English up in resources/lang/<ll>.json,
    the English itself where a language's file has no (or an empty) translation."""
    repo_name = "freescout-help-desk/freescout"
    repo, commit = _pinned(mirrors, repo_name)
    at = f"{repo_name}@{commit[:12]}"
    tables = {}
    for lang in LANGS[1:]:
        path = f"resources/lang/{lang}.json"
        tables[lang] = (path, json.loads(git(repo, "show", f"{commit}:{path}")))
    entries = []
    for index, pick in enumerate(FREESCOUT):
        path = pick.why.split(" ")[0].rstrip(":")
        texts = {"en": pick.key}
        sources = {"en": f"{at}:{_where(repo, commit, pick.key, (path,))}"}
        for lang, (lang_path, table) in tables.items():
            if table.get(pick.key):
                texts[lang] = str(table[pick.key])
                sources[lang] = f"{at}:{lang_path}#{pick.key[:60]}"
        entries.append(_entry("FreeScout", f"freescout.{index}", pick, texts, sources))
    return entries


# The pretalx conference planner's mail screens (Django gettext: src/pretalx/locale/<ll>/
# LC_MESSAGES/django.po) and Redmine's mail and sign-in messages (Rails I18n: config/locales/
# <ll>.yml): the nineteenth set, extracted and labelled blind from their code at pinned commits
# before either was run. Both wrap the mail library's English reason in a translated sentence.
# pretalx's "Save and test custom SMTP connection" (src/pretalx/orga/views/event.py
# EventMailSettings.form_valid()) runs CustomSMTPBackend.test() (src/pretalx/mail/smtp.py:
# Django's EmailBackend.open(), then MAIL FROM and RCPT TO testdummy@pretalx.com) and shows
# _("An error occurred while contacting the SMTP server: %s") % str(e) for its OSError or
# SMTPException: CPython's socket, ssl and smtplib texts (an SMTPResponseException's str() is
# its args tuple, the reply as bytes). Its outbox (orga/mails/outbox_form.html) shows a failed
# mail as "This email failed to send:" and what QueuedMail.mark_failed() kept: "SMTP <code>
# (<reply>)" for an SMTPResponseException, else the exception's type and str(). Redmine's
# "Send a test email" (app/controllers/admin_controller.rb test_email()) shows l(
# :notice_email_error, e.message) for what the mail gem (2.9) and net-smtp (0.5) raised:
# Ruby's socket and OpenSSL texts, or Net::SMTP::Response#message, the reply's first line with
# its newline. pretalx's "Failed to send test email: {error}" (orga/views/admin.py) is left
# out: task_send_transient.apply() keeps the task's exception in its result (no
# task_eager_propagates), so the message never carries an SMTP reason.
NINETEENTH_PINS = {
    "pretalx/pretalx": "5a3c2f61ecafc83cfa85aa518cc5af3d564b16ef",
    "redmine/redmine": "890812e49cc60e96c7c252b7dedbd881a4edba55",
}
PRETALX_LOCALE = {
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pt-BR": "pt_BR",
    "pl": "pl",
    "ja": "ja_JP",
}
_PX_TEST = "An error occurred while contacting the SMTP server: %s"
_PX_OUTBOX = "This email failed to send:"
_PX = (
    "src/pretalx/orga/views/event.py EventMailSettings.form_valid(): CustomSMTPBackend.test() "
    "(src/pretalx/mail/smtp.py) raised, str(e) after the words; "
)
_PXO = (
    "src/pretalx/orga/templates/orga/mails/outbox_form.html: a queued mail whose delivery "
    "failed (src/pretalx/mail/tasks.py task_send_draft(), QueuedMail.mark_failed()); "
)
_CPY = "CPython 3.13 Lib/smtplib.py "
_SSL = "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: "
# Pick.key: the msgid; Pick.values: its %s; Pick.then: what the template prints after it.
PRETALX: list[Pick] = [
    Pick(
        _PX_TEST,
        "HOST_NOT_FOUND",
        ("[Errno -2] Name or service not known",),
        why=f"{_PX}src/pretalx/mail/smtp.py create_connection(): socket.getaddrinfo() found "
        "no address for the SMTP host (socket.gaierror EAI_NONAME)",
    ),
    Pick(
        _PX_TEST,
        "PORT_CLOSED",
        ("[Errno 111] Connection refused",),
        why=f"{_PX}src/pretalx/mail/smtp.py create_connection(): sock.connect() to the host's "
        "address failed with ECONNREFUSED, the last error re-raised",
    ),
    Pick(
        _PX_TEST,
        "TLS_ON_PLAIN_PORT",
        ("[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1028)",),
        why=f"{_PX}smtp_use_ssl: SMTP_SSL wraps the socket from the start "
        f"({_CPY}SMTP_SSL._get_socket()), and the server on a STARTTLS or plain port answers "
        "the ClientHello with its plain 220 greeting: OpenSSL's WRONG_VERSION_NUMBER",
    ),
    Pick(
        _PX_TEST,
        "CERT_HOSTNAME_MISMATCH",
        (
            f"{_SSL}Hostname mismatch, certificate is not valid for 'smtp.example.com'. "
            "(_ssl.c:1028)",
        ),
        why=f"{_PX}smtp_use_tls: Django's EmailBackend.open() calls starttls(context="
        "ssl.create_default_context()), which checks the host name: the certificate names "
        "neither the host nor a matching wildcard (ssl.SSLCertVerificationError)",
    ),
    Pick(
        _PX_TEST,
        "CERT_SELF_SIGNED",
        (f"{_SSL}self-signed certificate (_ssl.c:1028)",),
        why=f"{_PX}Django's EmailBackend.ssl_context (ssl.create_default_context(), "
        "CERT_REQUIRED): OpenSSL's X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT for the server's "
        "certificate",
    ),
    Pick(
        _PX_TEST,
        "STARTTLS_NOT_OFFERED",
        ("STARTTLS extension not supported by server.",),
        why=f"{_PX}smtp_use_tls: {_CPY}SMTP.starttls(): the EHLO reply names no STARTTLS "
        "(SMTPNotSupportedError)",
    ),
    Pick(
        _PX_TEST,
        "AUTH_FAILED",
        ("(535, b'5.7.8 Error: authentication failed: authentication failure')",),
        why=f"{_PX}Django's EmailBackend.open() calls login() with the username and password: "
        f"{_CPY}SMTP.login() raises the last mechanism's SMTPAuthenticationError (535)",
    ),
    Pick(
        _PX_TEST,
        "APP_PASSWORD_REQUIRED",
        (
            "(534, b'5.7.9 Application-specific password required. For more information, go "
            "to\\n5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor - gsmtp')",
        ),
        why=f"{_PX}{_CPY}SMTP.login(): Gmail's 534 5.7.9 to the account's normal password "
        "(two-step verification on), the reply's lines joined by a newline inside the bytes",
    ),
    Pick(
        _PX_TEST,
        "RELAY_REFUSED",
        ("(554, b'5.7.1 <testdummy@pretalx.com>: Relay access denied', 'alice@example.com')",),
        why=f"{_PX}src/pretalx/mail/smtp.py CustomSMTPBackend.test(): rcpt("
        "'testdummy@pretalx.com') not answered 250 or 251 (no login: the username is empty), "
        "raised as SMTPSenderRefused(code, resp, sender=from_addr)",
    ),
    Pick(
        _PX_TEST,
        None,
        ("Request to private address 10.0.0.25 blocked",),
        why=f"{_PX}src/pretalx/mail/smtp.py create_connection(): should_block_access() "
        "(src/pretalx/common/ssrf.py) refuses a host that resolves to a private address: "
        "pretalx's own guard against reaching its internal network, not the mail account",
    ),
    Pick(
        _PX_OUTBOX,
        "RECIPIENT_UNKNOWN",
        then=" SMTPRecipientsRefused ({'bob@example.com': (550, b'5.1.1 <bob@example.com>: "
        "Recipient address rejected: User unknown in virtual mailbox table')})",
        why=f"{_PXO}{_CPY}SMTP.sendmail(): every RCPT TO refused, SMTPRecipientsRefused (no "
        "smtp_code): its type and str()",
    ),
    Pick(
        _PX_OUTBOX,
        "SIZE_LIMIT",
        then=" SMTP 552 (5.3.4 Message size exceeds fixed limit)",
        why=f"{_PXO}{_CPY}SMTP.sendmail(): the reply after the message's data is not 250, "
        "SMTPDataError: smtp_code and the decoded smtp_error",
    ),
    Pick(
        _PX_OUTBOX,
        "REJECTED_AS_SPAM",
        then=" SMTP 554 (5.7.1 Spam message rejected)",
        why=f"{_PXO}{_CPY}SMTP.sendmail(): the server's filter (rspamd's reject) refused the "
        "message after DATA, SMTPDataError",
    ),
    Pick(
        _PX_OUTBOX,
        None,
        then=" SendMailException (No reachable recipients for mail 42: none of its recipients "
        "has an email address.)",
        why=f"{_PXO}src/pretalx/mail/domain/smtp.py deliver_persisted(): none of the mail's "
        "speakers has an address, nothing was sent",
    ),
    Pick(
        "You have to provide a sender address if you use a custom SMTP server.",
        None,
        why="src/pretalx/mail/interfaces/forms/config.py MailSettingsForm.clean(): the mail "
        "settings form's sender field is empty",
    ),
    Pick(
        "Invalid email template! Please check that you don’t have stray { or } somewhere, and "
        "that there are no spaces inside the {} blocks.",
        None,
        why="src/pretalx/mail/validators.py validate_placeholders(): a template's braces do "
        "not parse",
    ),
    Pick(
        "This email has been sent already. It cannot be sent again.",
        None,
        why="src/pretalx/mail/domain/send.py send_draft(): the outbox mail is already sent or "
        "being sent",
    ),
    Pick(
        "Could not send emails, error in configuration.",
        None,
        why="src/pretalx/orga/views/cfp.py form_invalid(): the question reminder form did not "
        "validate",
    ),
    Pick(
        "You cannot send emails at this time.",
        None,
        why="src/pretalx/mail/domain/send.py: a plugin's request_pre_send signal vetoed sending",
    ),
]
# The literal the code shows, where it splits the msgid over lines.
PRETALX_SHOWN = {PRETALX[15].key: "Invalid email template! "}
REDMINE_LANG = {"pt-BR": "pt-BR"}
_RM = (
    "app/controllers/admin_controller.rb test_email(): Mailer.deliver_test_email() raised, "
    "e.message in l(:notice_email_error); "
)
_NS5 = "ruby/net-smtp@a0075eb8a749 (v0.5.1) lib/net/smtp.rb "
_OSSL = "SSL_connect returned=1 errno=0 peeraddr=192.0.2.10:{} state=error: {}"
# Pick.key: the locale key; Pick.values: its %{...} in order, "@key" for another key's text in
# the same language (l() nests them); Pick.table "rake": a rake task's output, English only.
REDMINE: list[Pick] = [
    Pick(
        "notice_email_error",
        "HOST_NOT_FOUND",
        ("getaddrinfo: Name or service not known",),
        why=f"{_RM}{_NS5}do_start() tcp_socket(): TCPSocket.open found no address for the "
        "SMTP host (SocketError, Socket::ResolutionError since Ruby 3.3, EAI_NONAME)",
    ),
    Pick(
        "notice_email_error",
        "PORT_CLOSED",
        ('Connection refused - connect(2) for "smtp.example.com" port 587',),
        why=f"{_RM}{_NS5}do_start() tcp_socket(): TCPSocket.open, Errno::ECONNREFUSED",
    ),
    Pick(
        "notice_email_error",
        "PORT_FILTERED",
        ("execution expired",),
        why=f"{_RM}{_NS5}do_start(): Timeout.timeout(@open_timeout, Net::OpenTimeout) around "
        "tcp_socket(), the mail gem's open_timeout of 5 s (mikel/mail@d645d7b5b7d0 (2.9.1) "
        "lib/mail/network/delivery_methods/smtp.rb DEFAULTS): the connection never opened",
    ),
    Pick(
        "notice_email_error",
        "CERT_UNTRUSTED",
        (_OSSL.format(587, "certificate verify failed (unable to get local issuer certificate)"),),
        why=f"{_RM}{_NS5}do_start(): STARTTLS (the mail gem's enable_starttls_auto), "
        "tlsconnect() with Net::SMTP.default_ssl_context (VERIFY_PEER): OpenSSL found no "
        "trusted issuer for the server's chain",
    ),
    Pick(
        "notice_email_error",
        "CERT_EXPIRED",
        (_OSSL.format(465, "certificate verify failed (certificate has expired)"),),
        why=f"{_RM}{_NS5}do_start(): tls: true (SMTPS), tlsconnect() with VERIFY_PEER: "
        "X509_V_ERR_CERT_HAS_EXPIRED",
    ),
    Pick(
        "notice_email_error",
        "AUTH_FAILED",
        ("535 5.7.8 Error: authentication failed: authentication failure\n",),
        why=f"{_RM}{_NS5}authenticate(), lib/net/smtp/authenticator.rb finish(): the reply to "
        "AUTH PLAIN is no 2xx, SMTPAuthenticationError (message: the reply's first line)",
    ),
    Pick(
        "notice_email_error",
        "AUTH_NOT_OFFERED",
        ("503 5.5.1 Error: authentication not enabled\n",),
        why=f"{_RM}{_NS5}authenticate() sends AUTH whatever the EHLO offered; the server "
        "answers 503 (no SASL on that port), finish() raises SMTPAuthenticationError",
    ),
    Pick(
        "notice_email_error",
        "SENDER_REFUSED",
        (
            "553 5.7.1 <redmine@example.com>: Sender address rejected: not owned by user "
            "alice@example.com\n",
        ),
        why=f"{_RM}{_NS5}send_message() mailfrom(): MAIL FROM Redmine's emission address "
        "answered 553 after the login, SMTPFatalError",
    ),
    Pick(
        "notice_email_error",
        "PROTOCOL_DISABLED",
        (
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled "
            "for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
            "[AM0PR01CA0123.eurprd01.prod.exchangelabs.com]\n",
        ),
        why=f"{_RM}{_NS5}authenticate(), finish(): Microsoft 365's 535 5.7.139, SMTP AUTH "
        "switched off for the organisation, SMTPAuthenticationError",
    ),
    Pick(
        "notice_account_invalid_credentials",
        None,
        why="app/controllers/account_controller.rb invalid_credentials(): Redmine's own sign-in "
        "form, a wrong Redmine login or password",
    ),
    Pick(
        "notice_account_locked",
        None,
        why="app/controllers/account_controller.rb account_locked(): the Redmine user was "
        "locked by a Redmine administrator",
    ),
    Pick(
        "notice_account_wrong_password",
        None,
        why="app/controllers/my_controller.rb password(): the Redmine user's current password, "
        "to change it, is wrong",
    ),
    Pick(
        "error_session_expired",
        None,
        why="app/controllers/application_controller.rb session_expiration(): Redmine's own "
        "web session timed out",
    ),
    Pick(
        "error_password_expired",
        None,
        why="app/controllers/application_controller.rb check_password_change(): Redmine "
        "requires a new Redmine password",
    ),
    Pick(
        "error_attachment_too_big",
        None,
        ("5 MB",),
        why="app/views/attachments/_form.html.erb: a file over Redmine's own attachment_max_size "
        "(number_to_human_size), refused before upload",
    ),
    Pick(
        "error_unable_to_connect",
        None,
        ("@error_ldap_bind_credentials",),
        why="app/controllers/auth_sources_controller.rb test_connection(): "
        "app/models/auth_source_ldap.rb test_connection() could not bind to the LDAP "
        "directory with its account: Redmine's LDAP sign-in source, not mail",
    ),
    Pick(
        "notice_email_error",
        None,
        ("User bob not found",),
        why="lib/tasks/email.rake redmine:email:test[bob]: no Redmine user has that login, "
        "nothing was sent (a rake task: the default locale, English)",
        table="rake",
    ),
]
# The literal that shows a key, where not `l(:key` in the pick's file.
REDMINE_SHOWN = {"rake": "User #{args[:login]} not found"}


def _nineteenth_repo(mirrors: Path, repo_name: str) -> tuple[Path, str]:
    repo = mirrors / (repo_name.replace("/", "+") + "/repo")
    commit = NINETEENTH_PINS[repo_name]
    assert git(repo, "cat-file", "-t", commit).strip() == "commit", (repo_name, commit)
    return repo, commit


def pretalx(mirrors: Path) -> list[dict[str, object]]:
    """The picked pretalx messages: the msgid's translation (not fuzzy, as msgfmt compiles it;
    a language without one shows the English and is left out), its %s filled with the reason,
    then what the template prints after it."""
    repo_name = "pretalx/pretalx"
    repo, commit = _nineteenth_repo(mirrors, repo_name)
    at = f"{repo_name}@{commit[:12]}"
    catalogs = {}
    for lang, name in PRETALX_LOCALE.items():
        path = f"src/pretalx/locale/{name}/LC_MESSAGES/django.po"
        raw = _git_bytes(repo, "show", f"{commit}:{path}")
        with contextlib.redirect_stdout(io.StringIO()):  # Babel's warnings on old syntax
            catalogs[lang] = (path, read_po(io.BytesIO(raw)))
    entries = []
    for index, pick in enumerate(PRETALX):
        path = pick.why.split(" ")[0].rstrip(":")
        literal = PRETALX_SHOWN.get(pick.key, pick.key)
        texts = {"en": _printf(pick.key, pick.values) + pick.then}
        sources = {"en": f"{at}:{_where(repo, commit, literal, (path,))}"}
        for lang, (po_path, catalog) in catalogs.items():
            message = catalog.get(pick.key)
            if message is None or not message.string or "fuzzy" in message.flags:
                continue
            texts[lang] = _printf(str(message.string), pick.values) + pick.then
            sources[lang] = f"{at}:{po_path}#{pick.key[:60]}"
        entries.append(_entry("pretalx", f"pretalx.{index}", pick, texts, sources))
    return entries


def _redmine_fill(text: str, values: tuple[str, ...], table: dict[str, object]) -> str:
    supply = iter(values)

    def one(match: re.Match[str]) -> str:
        value = next(supply)
        return str(table[value[1:]]) if value.startswith("@") else value

    return re.sub(r"%\{\w+\}", one, text)


def redmine(mirrors: Path) -> list[dict[str, object]]:
    """The picked Redmine messages as l() builds them from config/locales/<ll>.yml, in each
    language whose file has the key with words of its own (a value that is the English one,
    or a missing key, which I18n's fallbacks fill from en.yml, is left out)."""
    import yaml  # PyYAML, in the test extra: only this set reads YAML

    repo_name = "redmine/redmine"
    repo, commit = _nineteenth_repo(mirrors, repo_name)
    at = f"{repo_name}@{commit[:12]}"
    tables = {}
    for lang in LANGS:
        name = REDMINE_LANG.get(lang, lang)
        path = f"config/locales/{name}.yml"
        tables[lang] = (path, yaml.safe_load(git(repo, "show", f"{commit}:{path}"))[name])
    english = tables["en"][1]
    entries = []
    for index, pick in enumerate(REDMINE):
        path = pick.why.split(" ")[0].rstrip(":")
        literal = REDMINE_SHOWN.get(pick.table, f"l(:{pick.key}")
        texts = {"en": _redmine_fill(str(english[pick.key]), pick.values, english)}
        sources = {"en": f"{at}:{_where(repo, commit, literal, (path,))}"}
        for lang, (lang_path, table) in tables.items():
            words = table.get(pick.key)
            if lang == "en" or pick.table == "rake" or not words or words == english[pick.key]:
                continue
            texts[lang] = _redmine_fill(str(words), pick.values, table)
            sources[lang] = f"{at}:{lang_path}#{pick.key}"
        entries.append(_entry("Redmine", f"redmine.{index}", pick, texts, sources))
    return entries


# The twentieth set: Mattermost's SMTP test and sign-in messages (server/i18n at a 2021 commit of
# mattermost/mattermost-server, the Go 1.16 era) and Gitea's test email and sign-in messages
# (options/locale/locale_*.json at go-gitea/gitea's main of 22 February 2026, Go 1.26), extracted
# and labelled blind from their code. Both build their message from a translated format and
# the Go error's Error() text: shared/mail/mail.go's pkg/errors wraps (Mattermost) or
# services/mailer/sender/smtp.go's fmt.Errorf("...: %w") (Gitea) around Go's own net,
# crypto/tls, crypto/x509 and net/smtp words. net/smtp shows an SMTP reply as textproto.Error,
# "%03d %s": the code, then the reply's text, a multi-line reply's lines joined by "\n" with
# their codes left off. The Gitea snapshot is a fork's (AlexMikhalev/gitea, the only one within
# the fetch tool's size limit); the pin is the last upstream commit in it, before the fork's own.
TWENTIETH_PINS = {
    "mattermost/mattermost-server": "0276a69f0c61da8609259426001c194a494833a0",
    "AlexMikhalev/gitea": "3db3c058b3c7d2e24dde8be609417620262ffca6",
}
# The repository the sources name: the Gitea commit is upstream's.
TWENTIETH_NAMED = {"AlexMikhalev/gitea": "go-gitea/gitea"}
MATTERMOST_LANG = {"pt-BR": "pt-BR"}
_MM = (
    "app/admin.go TestEmail(): shared/mail/mail.go SendMailUsingConfig() failed, err.Error() "
    "in app.admin.test_email.failure (the System Console's Test Connection, the API's "
    "message in the admin's language); "
)
_MMC = "shared/mail/mail.go ConnectToSMTPServerAdvanced(): "
_MMN = "shared/mail/mail.go NewSMTPClientAdvanced(): "
_GO16 = "Go 1.16 "
_GMAIL = "k12-20020a05600c0b4c00b003fe1c332810sm1234567wmr.12 - gsmtp"
# Pick.key: the message id; Pick.values: "Name=value" for its {{.Name}}.
MATTERMOST: list[Pick] = [
    Pick(
        "app.admin.test_email.failure",
        "HOST_NOT_FOUND",
        (
            "Error=unable to connect to the SMTP server: dial tcp: lookup smtp.example.com on "
            "127.0.0.11:53: no such host",
        ),
        why=f"{_MM}{_MMC}dialer.Dial('tcp', SMTPServer:SMTPPort) found no address: the DNS "
        f"server's NXDOMAIN ({_GO16}src/net/dnsclient_unix.go tryOneName(): errNoSuchHost, "
        "DNSError with the server, here Docker's 127.0.0.11), errors.Wrap(err, 'unable to "
        "connect to the SMTP server')",
    ),
    Pick(
        "app.admin.test_email.failure",
        "PORT_CLOSED",
        (
            "Error=unable to connect to the SMTP server: dial tcp 192.0.2.10:587: connect: "
            "connection refused",
        ),
        why=f"{_MM}{_MMC}dialer.Dial() to the host's address: ECONNREFUSED (net.OpError 'dial "
        "tcp <address>', os.SyscallError 'connect')",
    ),
    Pick(
        "app.admin.test_email.failure",
        "PORT_FILTERED",
        ("Error=unable to connect to the SMTP server: dial tcp 192.0.2.10:587: i/o timeout",),
        why=f"{_MM}{_MMC}net.Dialer{{Timeout: SMTPServerTimeout}} (10 s by default, "
        "model/config.go EmailSettings.SetDefaults()) ran out before the TCP connection opened: "
        "Go's errTimeout, 'i/o timeout'",
    ),
    Pick(
        "app.admin.test_email.failure",
        "NO_GREETING",
        ("Error=unable to connect to the SMTP server: context deadline exceeded",),
        why=f"{_MM}{_MMN}the TCP connection is open (no TLS: ConnectionSecurity '' or "
        "STARTTLS), but smtp.NewClient() still waits for the 220 greeting when the "
        "SMTPServerTimeout context ends (ctx.Err() is context.DeadlineExceeded); a server on the "
        "implicit-TLS port 465, which waits for a ClientHello, is the usual one",
    ),
    Pick(
        "app.admin.test_email.failure",
        "TLS_ON_PLAIN_PORT",
        (
            "Error=unable to connect to the SMTP server through TLS: tls: first record does not "
            "look like a TLS handshake",
        ),
        why=f"{_MM}{_MMC}ConnectionSecurity TLS: tls.DialWithDialer() handshakes at once, and "
        "the server on a plain or STARTTLS port (25, 587) sends its plain '220 ' greeting: "
        f"{_GO16}src/crypto/tls/conn.go readRecordOrCCS(), RecordHeaderError for a first record "
        "that is no handshake",
    ),
    Pick(
        "app.admin.test_email.failure",
        "CERT_UNTRUSTED",
        (
            "Error=unable to connect to the SMTP server through TLS: x509: certificate signed by "
            "unknown authority",
        ),
        why=f"{_MM}{_MMC}ConnectionSecurity TLS, SkipServerCertificateVerification off: "
        f"{_GO16}crypto/x509 Verify() built no chain to a system root (UnknownAuthorityError; a "
        "self-signed or a private CA's certificate gives the same words)",
    ),
    Pick(
        "app.admin.test_email.failure",
        "CERT_HOSTNAME_MISMATCH",
        (
            "Error=unable to connect to the SMTP server through TLS: x509: certificate is valid "
            "for mail.hosting.example.net, not smtp.example.com",
        ),
        why=f"{_MM}{_MMC}ConnectionSecurity TLS, tls.Config.ServerName the SMTP server setting: "
        "the certificate's DNS names do not include it (x509.HostnameError)",
    ),
    Pick(
        "app.admin.test_email.failure",
        "CERT_EXPIRED",
        (
            "Error=authentication failed: x509: certificate has expired or is not yet valid: "
            "current time 2021-07-20T09:14:03Z is after 2021-07-14T23:59:59Z",
        ),
        why=f"{_MM}{_MMN}ConnectionSecurity STARTTLS: the code ignores c.StartTLS()'s error; "
        "net/smtp has already set c.tls and the failed handshake stays on the tls.Conn, so the "
        "next command, c.Auth() (EnableSMTPAuth), returns it under 'authentication failed': "
        "x509 CertificateInvalidError Expired, the time after the certificate's NotAfter",
    ),
    Pick(
        "app.admin.test_email.failure",
        "AUTH_FAILED",
        (
            "Error=authentication failed: 535 5.7.8 Username and Password not accepted. For "
            f"more information, go to\n5.7.8  https://support.google.com/mail/?p=BadCredentials "
            f"{_GMAIL}",
        ),
        why=f"{_MM}{_MMN}c.Auth(&authChooser{{}}) (PLAIN, which Gmail offers): the reply to AUTH "
        "is neither 334 nor 235, net/smtp returns it as textproto.Error; Gmail's 535 5.7.8 "
        "to a wrong username or password",
    ),
    Pick(
        "app.admin.test_email.failure",
        "APP_PASSWORD_REQUIRED",
        (
            "Error=authentication failed: 534 5.7.9 Application-specific password required. "
            f"Learn more at\n5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
            f"{_GMAIL}",
        ),
        why=f"{_MM}{_MMN}c.Auth(): Gmail's 534 5.7.9 to the account's own password when "
        "two-step verification is on (textproto.Error)",
    ),
    Pick(
        "app.admin.test_email.failure",
        "SENDER_REFUSED",
        (
            "Error=failed to set the from address: 553 5.7.1 <feedback@example.com>: Sender "
            "address rejected: not owned by user alice@example.com",
        ),
        why=f"{_MM}shared/mail/mail.go SendMail(): c.Mail() with the Notification 'From' "
        "address (FeedbackEmail) after the login; Postfix's reject_sender_login_mismatch "
        "answers 553",
    ),
    Pick(
        "app.admin.test_email.failure",
        "RELAY_REFUSED",
        ("Error=failed to set the to address: 554 5.7.1 <admin@example.org>: Relay access denied",),
        why=f"{_MM}shared/mail/mail.go SendMail(): EnableSMTPAuth off, so no login; c.Rcpt() "
        "of the admin's own address, on another domain, answered by Postfix's "
        "reject_unauth_destination",
    ),
    Pick(
        "api.admin.test_email.reenter_password",
        None,
        why="app/admin.go TestEmail(): the console sends the stored password's placeholder and "
        "the server, port or username on the form differ from the saved ones: the form asks "
        "for the password again before it tests anything",
    ),
    Pick(
        "app.email.rate_limit_exceeded.app_error",
        None,
        ("ResetAfter=59m12s", "RetryAfter=3m0s"),
        why="app/email.go SendInviteEmails(): Mattermost's own per-hour limit on the invitations "
        "a user sends (PerHourEmailRateLimiter, the durations' String()), before any mail server",
    ),
    Pick(
        "api.user.check_user_login_attempts.too_many.app_error",
        None,
        why="app/authentication.go checkUserLoginAttempts(): too many wrong Mattermost "
        "passwords (MaximumLoginAttempts), the Mattermost account is locked",
    ),
    Pick(
        "api.user.login.invalid_credentials_email_username",
        None,
        why="api4/user.go login(): Mattermost's own sign-in, a wrong Mattermost username, "
        "email or password (the masked error)",
    ),
    Pick(
        "api.user.login.not_verified.app_error",
        None,
        why="app/authentication.go CheckUserPostflightAuthenticationCriteria(): the Mattermost "
        "user has not clicked the verification link "
        "(RequireEmailVerification)",
    ),
    Pick(
        "api.user.login.inactive.app_error",
        None,
        why="app/authentication.go checkUserNotDisabled(): an administrator deactivated the "
        "Mattermost account",
    ),
    Pick(
        "api.team.invite_members.disabled.app_error",
        None,
        why="app/team.go InviteNewUsersToTeamGracefully(): email invitations are switched off in "
        "Mattermost's settings (EnableEmailInvitations)",
    ),
    Pick(
        "api.user.update_password.incorrect.app_error",
        None,
        why="app/user.go UpdatePasswordAsUser(): the Mattermost user's current password, to "
        "change it, is wrong",
    ),
    Pick(
        "api.user.create_user.accepted_domain.app_error",
        None,
        why="app/user.go createUserOrGuest(): the sign-up address is outside Mattermost's "
        "RestrictCreationToDomains",
    ),
    Pick(
        "api.user.reset_password.link_expired.app_error",
        None,
        why="app/user.go ResetPasswordFromToken(): the Mattermost password reset link is older "
        "than its token's lifetime",
    ),
    Pick(
        "api.email_batching.add_notification_email_to_batch.disabled.app_error",
        None,
        why="app/email_batching.go AddNotificationEmailToBatch(): Mattermost's email batching "
        "is off (EnableEmailBatching)",
    ),
    Pick(
        "api.user.login.blank_pwd.app_error",
        None,
        why="app/login.go AuthenticateUserForLogin(): Mattermost's sign-in form with an empty "
        "password",
    ),
]
GITEA_LOCALE = {
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
_GT_KEY = "admin.config.test_mail_failed"
_GT = (
    "routers/web/admin/config.go SendTestMail(): services/mailer/mail.go SendTestMail() sends "
    "at once (not queued), services/mailer/sender/smtp.go SMTPSender.Send() returned the error "
    "shown by %v; "
)
_GTS = "services/mailer/sender/smtp.go SMTPSender.Send(): "
_GO26 = "Go 1.26 "
_TEST = "alice@example.com"
_GNET = "failed to establish network connection to SMTP server: "
_M365 = "[AM0PR02CA0123.eurprd02.prod.outlook.com 2026-03-02T08:15:42.123Z 08DE5A1B2C3D4E5F]"
# Pick.key: the locale key; Pick.values: its %s / %v in order (the address typed in the form,
# then the error).
GITEA: list[Pick] = [
    Pick(
        _GT_KEY,
        "HOST_NOT_FOUND",
        (_TEST, f"{_GNET}dial tcp: lookup smtp.example.com on 127.0.0.53:53: no such host"),
        why=f"{_GT}{_GTS}net.Dial('tcp', SMTP_ADDR:SMTP_PORT) found no address: the DNS "
        f"server's NXDOMAIN ({_GO26}src/net/dnsclient_unix.go tryOneName(): errNoSuchHost with "
        "the server, here systemd-resolved's 127.0.0.53)",
    ),
    Pick(
        _GT_KEY,
        "PORT_CLOSED",
        (_TEST, f"{_GNET}dial tcp 192.0.2.10:465: connect: connection refused"),
        why=f"{_GT}{_GTS}net.Dial(): ECONNREFUSED from the host's address",
    ),
    Pick(
        _GT_KEY,
        "PORT_FILTERED",
        (_TEST, f"{_GNET}dial tcp 192.0.2.10:587: connect: connection timed out"),
        why=f"{_GT}{_GTS}net.Dial() has no timeout of its own: the kernel gave up its SYN "
        "retries (ETIMEDOUT, about two minutes on Linux), nothing answered",
    ),
    Pick(
        _GT_KEY,
        "HOST_UNREACHABLE",
        (_TEST, f"{_GNET}dial tcp 192.0.2.10:587: connect: no route to host"),
        why=f"{_GT}{_GTS}net.Dial(): EHOSTUNREACH, no route to the host's address (an ICMP "
        "host unreachable or no ARP answer)",
    ),
    Pick(
        _GT_KEY,
        "TLS_ON_PLAIN_PORT",
        (
            _TEST,
            "could not initiate SMTP session: tls: first record does not look like a TLS handshake",
        ),
        why=f"{_GT}{_GTS}PROTOCOL=smtps: tls.Client() wraps the socket, smtp.NewClient()'s "
        "first read handshakes, and the server on a plain or STARTTLS port (25, 587) sends its "
        f"plain '220 ' greeting ({_GO26}src/crypto/tls/conn.go readRecordOrCCS())",
    ),
    Pick(
        _GT_KEY,
        "CERT_UNTRUSTED",
        (
            _TEST,
            "failed to start TLS connection: tls: failed to verify certificate: x509: "
            "certificate signed by unknown authority",
        ),
        why=f"{_GT}{_GTS}PROTOCOL=smtp+starttls, FORCE_TRUST_SERVER_CERT false: client."
        "StartTLS(), crypto/tls's CertificateVerificationError (since Go 1.20 'tls: failed to "
        "verify certificate: ') around x509's UnknownAuthorityError: no chain to a system root "
        "(self-signed or a private CA: the same words)",
    ),
    Pick(
        _GT_KEY,
        "CERT_HOSTNAME_MISMATCH",
        (
            _TEST,
            "could not initiate SMTP session: tls: failed to verify certificate: x509: "
            "certificate is valid for *.hosting.example.net, hosting.example.net, not "
            "smtp.example.com",
        ),
        why=f"{_GT}{_GTS}PROTOCOL=smtps, tls.Config.ServerName = SMTP_ADDR: the certificate's "
        "DNS names do not include it (x509.HostnameError)",
    ),
    Pick(
        _GT_KEY,
        "CERT_NOT_YET_VALID",
        (
            _TEST,
            "failed to start TLS connection: tls: failed to verify certificate: x509: "
            "certificate has expired or is not yet valid: current time 2026-03-02T08:15:42Z is "
            "before 2026-03-05T00:00:00Z",
        ),
        why=f"{_GT}{_GTS}PROTOCOL=smtp+starttls: x509 CertificateInvalidError Expired with the "
        "detail 'is before': the time is before the certificate's NotBefore",
    ),
    Pick(
        _GT_KEY,
        "TLS_OUTDATED",
        (
            _TEST,
            "failed to start TLS connection: tls: server selected unsupported protocol version 301",
        ),
        why=f"{_GT}{_GTS}PROTOCOL=smtp+starttls: the server answers the ClientHello with TLS "
        f"1.0 (0x0301), below Go's client minimum of TLS 1.2 ({_GO26}src/crypto/tls/"
        "handshake_client.go, mutualVersion() fails)",
    ),
    Pick(
        _GT_KEY,
        "AUTH_NOT_OFFERED",
        (_TEST, "SMTP server does not support AUTH, but credentials provided"),
        why=f"{_GT}{_GTS}USER is set, but the EHLO reply (after STARTTLS, where it ran) names "
        "no AUTH: the server offers no login on that connection",
    ),
    Pick(
        _GT_KEY,
        "AUTH_FAILED",
        (_TEST, f"failed to authenticate SMTP: 535 5.7.3 Authentication unsuccessful {_M365}"),
        why=f"{_GT}{_GTS}client.Auth() with LoginAuth (Microsoft 365 offers LOGIN and XOAUTH2, "
        "no PLAIN): the password is answered 535 5.7.3, net/smtp's textproto.Error",
    ),
    Pick(
        _GT_KEY,
        "PROTOCOL_DISABLED",
        (
            _TEST,
            "failed to authenticate SMTP: 535 5.7.139 Authentication unsuccessful, "
            "SmtpClientAuthentication is disabled for the Mailbox. Visit "
            f"https://aka.ms/smtp_auth_disabled for more information. {_M365}",
        ),
        why=f"{_GT}{_GTS}client.Auth(): Microsoft 365 refuses SMTP AUTH for this mailbox "
        "(Authenticated SMTP switched off for it), textproto.Error",
    ),
    Pick(
        _GT_KEY,
        "SENDER_REFUSED",
        (
            _TEST,
            "SMTP close failed: 554 5.2.252 SendAsDenied; alice@example.com not allowed "
            "to send as gitea@example.com; STOREDRV.Submission.Exception:SendAsDeniedException."
            "MapiExceptionSendAsDenied; Failed to process message due to a permanent exception "
            "with message Cannot submit message.",
        ),
        why=f"{_GT}{_GTS}w.Close() reads the reply after the message's data: Microsoft 365 "
        "refuses FROM (gitea@example.com), an address the login user alice@example.com may "
        "not send as",
    ),
    Pick(
        _GT_KEY,
        "RELAY_REFUSED",
        (
            _TEST,
            "failed to issue RCPT command: 550 5.7.54 SMTP; Unable to relay recipient in "
            "non-accepted domain",
        ),
        why=f"{_GT}{_GTS}USER empty, so no login; client.Rcpt() to another domain, which an "
        "Exchange receive connector relays only for authenticated or allowed senders",
    ),
    Pick(
        _GT_KEY,
        "RECIPIENT_UNKNOWN",
        (
            "bob@example.com",
            "failed to issue RCPT command: 550 5.1.1 <bob@example.com>: "
            "Recipient address rejected: User unknown in virtual mailbox table",
        ),
        why=f"{_GT}{_GTS}client.Rcpt(): the address typed in the test form has no mailbox on "
        "the server (Postfix's virtual mailbox lookup)",
    ),
    Pick(
        _GT_KEY,
        None,
        (_TEST, 'exec: "sendmail": executable file not found in $PATH'),
        why=f"{_GT}services/mailer/sender/sendmail.go SendmailSender.Send(): PROTOCOL=sendmail "
        "with the default SENDMAIL_PATH, and the Gitea host (or container) has no sendmail "
        "program (os/exec's lookPath error from cmd.Start()): no mail server was asked",
    ),
    Pick(
        _GT_KEY,
        None,
        (
            _TEST,
            "could not load SMTP client certificate: open /data/gitea/conf/smtp-client.pem: "
            "no such file or directory",
        ),
        why=f"{_GT}{_GTS}USE_CLIENT_CERT: tls.LoadX509KeyPair() cannot open CLIENT_CERT_FILE, a "
        "file on the Gitea host, before anything is sent",
    ),
    Pick(
        "form.username_password_incorrect",
        None,
        why="routers/web/auth/auth.go SignInPost(): Gitea's own sign-in, a wrong Gitea username "
        "or password",
    ),
    Pick(
        "form.enterred_invalid_password",
        None,
        why="routers/web/user/setting/account.go DeleteAccount(): the Gitea password typed to "
        "confirm is wrong",
    ),
    Pick(
        "settings.password_incorrect",
        None,
        why="routers/web/user/setting/account.go AccountPost(): the current Gitea password, to "
        "change it, is wrong",
    ),
    Pick(
        "auth.twofa_passcode_incorrect",
        None,
        why="routers/web/auth/2fa.go TwoFactorPost(): the Gitea account's second-factor "
        "passcode is wrong",
    ),
    Pick(
        "auth.resent_limit_prompt",
        None,
        why="routers/web/auth/auth.go sendActivateEmail(): Gitea's own three-minute limit "
        "(MailResendLimit_ in its cache) on activation emails, before any mail server",
    ),
    Pick(
        "auth.invalid_code",
        None,
        why="routers/web/auth/auth.go Activate(): the account activation code is wrong or its "
        "time ran out",
    ),
    Pick(
        "auth.email_domain_blacklisted",
        None,
        why="routers/web/auth/auth.go SignUpPost(): the sign-up address is outside Gitea's "
        "EMAIL_DOMAIN_ALLOWLIST or in its BLOCKLIST",
    ),
    Pick(
        "form.email_been_used",
        None,
        why="routers/web/auth/auth.go SignInPost(): the account to be created has an email "
        "address another Gitea user already has",
    ),
    Pick(
        "install.smtp_from_invalid",
        None,
        why="routers/install/install.go SubmitInstall(): the installer's 'Send Email As' field "
        "does not parse as an address (mail.ParseAddress): the form, before any mail server",
    ),
    Pick(
        "auth.prohibit_login_desc",
        None,
        why="templates/user/auth/prohibit_login.tmpl: an administrator prohibited the Gitea "
        "account from signing in",
    ),
]


def _twentieth_repo(mirrors: Path, repo_name: str) -> tuple[Path, str, str]:
    repo = mirrors / (repo_name.replace("/", "+") + "/repo")
    commit = TWENTIETH_PINS[repo_name]
    assert git(repo, "cat-file", "-t", commit).strip() == "commit", (repo_name, commit)
    return repo, commit, f"{TWENTIETH_NAMED.get(repo_name, repo_name)}@{commit[:12]}"


def _mattermost_fill(text: str, values: tuple[str, ...]) -> str:
    """Go's text/template {{.Name}}, as Mattermost's i18n.T fills it."""
    table = dict(value.split("=", 1) for value in values)
    return re.sub(r"\{\{\s*\.(\w+)\s*\}\}", lambda m: table[m[1]], text)


def mattermost(mirrors: Path) -> list[dict[str, object]]:
    """The picked Mattermost messages from i18n/<lang>.json (a list of {id, translation}); a
    language whose file lacks the id, leaves it empty or keeps the English is left out (the
    server falls back to the English)."""
    repo_name = "mattermost/mattermost-server"
    repo, commit, at = _twentieth_repo(mirrors, repo_name)
    tables = {}
    for lang in LANGS:
        path = f"i18n/{MATTERMOST_LANG.get(lang, lang)}.json"
        rows = json.loads(git(repo, "show", f"{commit}:{path}"))
        tables[lang] = (path, {row["id"]: row["translation"] for row in rows})
    english = tables["en"][1]
    entries = []
    for index, pick in enumerate(MATTERMOST):
        path = pick.why.split(" ")[0].rstrip(":")
        texts = {"en": _mattermost_fill(english[pick.key], pick.values)}
        literal = '"' + pick.key + '"'
        sources = {"en": f"{at}:{_where(repo, commit, literal, (path,))}"}
        for lang, (lang_path, table) in tables.items():
            words = table.get(pick.key)
            if lang == "en" or not isinstance(words, str) or not words.strip():
                continue
            if words == english[pick.key]:
                continue
            texts[lang] = _mattermost_fill(words, pick.values)
            sources[lang] = f"{at}:{lang_path}#{pick.key}"
        entries.append(_entry("Mattermost", f"mattermost.{index}", pick, texts, sources))
    return entries


def _go_fill(text: str, values: tuple[str, ...]) -> str:
    """Go's fmt verbs as Gitea's Tr fills them: %s, %v, %d in order, %[n]s by index."""
    supply = iter(values)

    def one(match: re.Match[str]) -> str:
        if match[1]:
            return values[int(match[1]) - 1]
        return next(supply)

    return re.sub(r"%(?:\[(\d+)\])?[svd]", one, text).strip()


def gitea(mirrors: Path) -> list[dict[str, object]]:
    """The picked Gitea messages from options/locale/locale_<ll-CC>.json (flat keys); a
    language whose file lacks the key or keeps the English is left out (Gitea shows the
    English)."""
    repo_name = "AlexMikhalev/gitea"
    repo, commit, at = _twentieth_repo(mirrors, repo_name)
    tables = {}
    for lang, name in GITEA_LOCALE.items():
        path = f"options/locale/locale_{name}.json"
        tables[lang] = (path, json.loads(git(repo, "show", f"{commit}:{path}")))
    english = tables["en"][1]
    entries = []
    for index, pick in enumerate(GITEA):
        path = pick.why.split(" ")[0].rstrip(":")
        texts = {"en": _go_fill(english[pick.key], pick.values)}
        literal = '"' + pick.key + '"'
        sources = {"en": f"{at}:{_where(repo, commit, literal, (path,))}"}
        for lang, (lang_path, table) in tables.items():
            words = table.get(pick.key)
            if lang == "en" or not isinstance(words, str) or not words.strip():
                continue
            if words == english[pick.key]:
                continue
            texts[lang] = _go_fill(words, pick.values)
            sources[lang] = f"{at}:{lang_path}#{pick.key}"
        entries.append(_entry("Gitea", f"gitea.{index}", pick, texts, sources))
    return entries


# The twenty-first set: Zammad's email channel (the account wizard's probe of IMAP/POP3 and
# SMTP, lib/email_helper/probe.rb, and its own sign-in and account messages; i18n/zammad.*.po at
# upstream's commit of 29 March 2023, Ruby 3.1, net-imap 0.3.4, net-smtp 0.3.3, the openssl gem
# 3.1) and Uptime Kuma's SMTP notification test (server/notification-providers/smtp.js with
# nodemailer 7.0.13, Node's net, dns and tls errors; src/lang/*.json at master of 22 August 2026),
# extracted and labelled blind from their code. Zammad's wizard shows the probe's message_human,
# an English msgid EmailHelper::Probe.translations picks by matching the library's message, in
# the admin's language (wizard_modal.coffee showAlert: App.i18n.translatePlain); a message no
# key matches is shown as the library raised it, the same English in every language. Uptime
# Kuma's test shows nodemailer's err.message in a toast as it is (server.js testNotification,
# no msgi18n): English only; its own sign-in messages are translated. The Zammad snapshot is a
# fork's (Pako7/zammad, the only one within the fetch tool's size limit); the pin is the last
# upstream commit in it, before the fork's own.
TWENTY_FIRST_PINS = {
    "Pako7/zammad": "59c2e0fed35579729b3bf532a3585873975ceacf",
    "louislam/uptime-kuma": "6398a9581d1c3c427a7536559f47ccf45dac08b4",
}
TWENTY_FIRST_NAMED = {"Pako7/zammad": "zammad/zammad"}
ZAMMAD_PO = {
    "de": "de-de",
    "fr": "fr-fr",
    "es": "es-es",
    "it": "it-it",
    "nl": "nl-nl",
    "pt-BR": "pt-br",
    "pl": "pl",
    "ja": "ja",
}
_ZP = (
    "lib/email_helper/probe.rb Probe.inbound()/outbound(): the driver's fetch or send raised, "
    "translation(e.message) picked message_human by the first key of Probe.translations the "
    "library's message matches (case-insensitive), shown translated by the wizard; "
)
_ZR = (
    "app/assets/javascripts/app/controllers/_channel/email.coffee probeInbound()/"
    "probeOutbound(): no key of lib/email_helper/probe.rb Probe.translations matches, so "
    "message_human is nil and the wizard shows data.message, the exception's message as the "
    "library raised it (translatePlain finds no msgid: English in every language); "
)
_ZI = (
    "app/models/channel/driver/imap.rb fetch(): ::Net::IMAP.new(host, port, ssl, nil, false) "
    "(implicit TLS without certificate checks), then @imap.starttls with no arguments for "
    "STARTTLS, which net-imap 0.3.4 start_tls_session() runs with OpenSSL's defaults "
    "(VERIFY_PEER, then post_connection_check(host)); "
)
_ZS = (
    "app/models/channel/driver/smtp.rb send(): the Mail gem's SMTP delivery (host, port, user, "
    "password from the form; ssl only for port 465, STARTTLS when offered, openssl_verify_mode "
    "'none'), net-smtp 0.3.3 raised Net::SMTP*Error whose message is the reply's first line "
    "(Response#message); "
)
_ZOSSL = "SSL_connect returned=1 errno=0 peeraddr=192.0.2.10:143 state=error: {}"
_ZT = "zammad-verify-probe-"
# Pick.key: the msgid (table "" : translated) or the English text shown as is (table "raw");
# Pick.values: "name=value" for its %{name}.
ZAMMAD: list[Pick] = [
    Pick(
        "Authentication failed.",
        "AUTH_FAILED",
        why=f"{_ZP}'authentication failed' (Dovecot's IMAP 'NO [AUTHENTICATIONFAILED] "
        "Authentication failed.', Postfix's '535 5.7.8 Error: authentication failed: ...') or "
        "'Username and Password not accepted' (Gmail's 535-5.7.8): the server refused the user "
        "and password",
    ),
    Pick(
        "Authentication failed due to incorrect username.",
        "AUTH_FAILED",
        why=f"{_ZP}'Incorrect username' or 'Lookup failed' in the server's NO/535 reply to the "
        "login: the server knows no such user",
    ),
    Pick(
        "Authentication failed due to incorrect credentials.",
        "AUTH_FAILED",
        why=f"{_ZP}'Invalid credentials' (Gmail's IMAP 'NO [AUTHENTICATIONFAILED] Invalid "
        "credentials (Failure)'): the login was refused",
    ),
    Pick(
        "Authentication not possible (not offered by the service)",
        "AUTH_NOT_OFFERED",
        why=f"{_ZP}'authentication not enabled': lib/core_ext/net/smtp.rb do_start() falls back "
        "to AUTH PLAIN when the EHLO lists no mechanism, and Postfix without SASL on that port "
        "answers '503 5.5.1 Error: authentication not enabled' (Net::SMTPSyntaxError)",
    ),
    Pick(
        "The hostname could not be found.",
        "HOST_NOT_FOUND",
        why=f"{_ZP}'getaddrinfo: Name or service not known' (glibc's EAI_NONAME in Ruby's "
        "SocketError from Socket.tcp/TCPSocket.open) or the BSD/macOS 'nodename nor servname "
        "provided, or not known': the host name has no address",
    ),
    Pick(
        "There is no route to this host.",
        "HOST_UNREACHABLE",
        why=f"{_ZP}'No route to host' (Errno::EHOSTUNREACH from connect(2))",
    ),
    Pick(
        "This host cannot be reached.",
        "PORT_FILTERED",
        why=f"{_ZP}'execution expired': Net::OpenTimeout around net-smtp's tcp_socket() (30 s, "
        "smtp.rb DEFAULT_OPEN_TIMEOUT) or imap.rb timeout(8 s on the probe's 'check') around "
        "Net::IMAP.new, nothing answered the connection; the IMAP timer also covers the "
        "greeting, so a plain connection to the implicit-TLS port 993 ends the same way",
    ),
    Pick(
        "The connection was refused.",
        "PORT_CLOSED",
        why=f"{_ZP}'Connection refused' (Errno::ECONNREFUSED, 'Connection refused - connect(2) "
        "for ...'): nothing listens on that port",
    ),
    Pick(
        _ZOSSL.format("wrong version number"),
        "TLS_ON_PLAIN_PORT",
        table="raw",
        why=f"{_ZR}{_ZI}SSL/STARTTLS 'SSL' with the plain port 143: SSL_connect() reads the "
        "server's '* OK' greeting as a TLS record, OpenSSL 3's SSL_R_WRONG_VERSION_NUMBER (the "
        "openssl gem's 'SSL_connect returned=1 errno=0 peeraddr=... state=error: <reason>')",
    ),
    Pick(
        _ZOSSL.format("certificate verify failed (self-signed certificate)"),
        "CERT_SELF_SIGNED",
        table="raw",
        why=f"{_ZR}{_ZI}SSL/STARTTLS 'STARTTLS': the server's certificate is its own issuer "
        "(X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT, OpenSSL 3's words; the gem adds "
        "X509_verify_cert_error_string in brackets)",
    ),
    Pick(
        _ZOSSL.format("certificate verify failed (unable to get local issuer certificate)"),
        "CERT_UNTRUSTED",
        table="raw",
        why=f"{_ZR}{_ZI}SSL/STARTTLS 'STARTTLS': no chain to a root of the system's store "
        "(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY: a private CA, or the server leaves out "
        "its intermediate)",
    ),
    Pick(
        _ZOSSL.format("certificate verify failed (certificate has expired)"),
        "CERT_EXPIRED",
        table="raw",
        why=f"{_ZR}{_ZI}SSL/STARTTLS 'STARTTLS': the certificate's notAfter has passed "
        "(X509_V_ERR_CERT_HAS_EXPIRED)",
    ),
    Pick(
        'hostname "imap.example.com" does not match the server certificate',
        "CERT_HOSTNAME_MISMATCH",
        table="raw",
        why=f"{_ZR}{_ZI}SSL/STARTTLS 'STARTTLS': the chain verified, then the openssl gem's "
        "SSLSocket#post_connection_check(host) found the typed host in neither the SAN nor the "
        "CN (OpenSSL::SSL::SSLError)",
    ),
    Pick(
        "Application-specific password required: "
        "https://support.google.com/accounts/answer/185833 (Failure)",
        "APP_PASSWORD_REQUIRED",
        table="raw",
        why=f"{_ZR}imap.rb fetch(): @imap.login() got Gmail's 'NO [ALERT] Application-specific "
        "password required: ... (Failure)' for an account with 2-Step Verification; net-imap's "
        "NoResponseError message is the response text without its [ALERT] code; no key matches "
        "('authentication failed' is not in it)",
    ),
    Pick(
        "Mailbox doesn't exist: Tickets",
        None,
        table="raw",
        why=f"{_ZR}imap.rb fetch(): @imap.select(folder) with the form's Folder 'Tickets', "
        "Dovecot's 'NO [NONEXISTENT] Mailbox doesn't exist: Tickets': the login worked, a folder "
        "name typed in Zammad's form is not on the server (Probe.invalid_fields marks the "
        "folder)",
    ),
    Pick(
        "554 5.7.1 <verify-external-smtp-sending@discard.zammad.org>: Relay access denied\n",
        "RELAY_REFUSED",
        table="raw",
        why=f"{_ZR}{_ZS}Probe.outbound() sends the test to verify-external-smtp-sending@"
        "discard.zammad.org; Postfix's reject_unauth_destination refuses an outside recipient "
        "from an unauthenticated client (no user given, or a server that is not the submission "
        "server); not in outbound()'s white_map, which only lets 'Recipient address rejected' "
        "and 'Sender address rejected: Domain not found' pass",
    ),
    Pick(
        "553 5.7.1 <support@example.com>: Sender address rejected: not owned by user "
        "alice@example.com\n",
        "SENDER_REFUSED",
        table="raw",
        why=f"{_ZR}{_ZS}the From is the channel's address, Postfix's "
        "reject_sender_login_mismatch: the logged-in user may not send as it",
    ),
    Pick(
        "534-5.7.9 Application-specific password required. Learn more at\n",
        "APP_PASSWORD_REQUIRED",
        table="raw",
        why=f"{_ZR}{_ZS}Gmail's multi-line '534-5.7.9 Application-specific password required. "
        "Learn more at / 534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor ...' "
        "to AUTH, of which Net::SMTPAuthenticationError keeps the first line",
    ),
    Pick(
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the "
        "Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
        f"{_M365}\n",
        "PROTOCOL_DISABLED",
        table="raw",
        why=f"{_ZR}{_ZS}Microsoft 365's reply to AUTH when authenticated SMTP is switched off "
        "for the organisation or mailbox; 'Authentication unsuccessful' matches no key",
    ),
    Pick(
        "  - ignore message 1/3 - because message is too large (is:25.3 MB/max:10.0 MB)",
        None,
        table="raw",
        why="app/models/channel/driver/imap.rb fetch(): a mail bigger than Zammad's own "
        "postmaster_max_size setting ('Maximum Email Size') with postmaster_send_reject_if_mail_"
        'too_large off is left on the server, fetch() raises too_large_messages.join("\\n") '
        "and the channel's status shows it: Zammad's limit, not the mail server's",
    ),
    Pick(
        "Account already exists!",
        None,
        why="app/assets/javascripts/app/controllers/_channel/email.coffee probeBasedOnIntro(): "
        "channels_email_controller.rb probe() found a Channel with that address already "
        "(result 'duplicate'): Zammad's own list of accounts",
    ),
    Pick(
        "Login failed. Have you double-checked your credentials and completed the email "
        "verification step?",
        None,
        why="app/controllers/application_controller/authenticates.rb authentication_check(): "
        "sign-in to Zammad itself failed (its own user and password, or an unverified Zammad "
        "account)",
    ),
    Pick(
        "Not authorized (token expired)!",
        None,
        why="app/controllers/application_controller/authenticates.rb "
        "authentication_check_only(): a Zammad API token past its expiry date",
    ),
    Pick(
        "Current password is wrong!",
        None,
        why="app/controllers/users_controller.rb password_change(): the Zammad profile's "
        "current password did not match",
    ),
    Pick(
        "Current user has no permission to use 'From'/'X-On-Behalf-Of'!",
        None,
        why="app/controllers/application_controller/has_user.rb "
        "authentication_check_prerequesits(): an API call asked to act as another Zammad user "
        "without the admin.user permission",
    ),
    Pick(
        "Email address '%{email}' is already used for another user.",
        None,
        ("email=alice@example.com",),
        why="app/models/user.rb ensure_uniq_email(): another Zammad user record has that address",
    ),
    Pick(
        "This user is currently blocked because of too many failed login attempts.",
        None,
        why="app/assets/javascripts/app/controllers/user.coffee: the Zammad user's "
        "login_failed count is above its 'password_max_login_failed' setting: Zammad's own "
        "sign-in, not the mail server's",
    ),
]
KUMA_LANG = {
    "en": "en",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "it": "it-IT",
    "nl": "nl-NL",
    "pt-BR": "pt-BR",
    "pl": "pl",
    "ja": "ja",
}
_KT = (
    "server/server.js testNotification: Notification.send() of the SMTP notification "
    "(server/notification-providers/smtp.js send(): nodemailer.createTransport({host, port, "
    "secure, tls: {rejectUnauthorized: !smtpIgnoreTLSError}, auth}).sendMail()) rejected, "
    "callback({ok: false, msg: e.message}) and src/mixins/socket.js toastRes() shows it as it "
    "is (no msgi18n); "
)
_NM = "nodemailer 7.0.13 lib/smtp-connection/index.js "
_NODE = "Node's "
_KA = "Invalid login: "
# Pick.key: the English text shown (table "raw") or the key of src/lang/<lang>.json.
UPTIME_KUMA: list[Pick] = [
    Pick(
        "getaddrinfo ENOTFOUND smtp.example.com",
        "HOST_NOT_FOUND",
        table="raw",
        why=f"{_KT}{_NM}connect(): lib/shared/index.js resolveHostname() found no A or AAAA "
        "record (resolve4/resolve6 ENOTFOUND give []), then dns.lookup() failed with "
        f"{_NODE}getaddrinfo ENOTFOUND (EDNS)",
    ),
    Pick(
        "connect ECONNREFUSED 192.0.2.10:587",
        "PORT_CLOSED",
        table="raw",
        why=f"{_KT}{_NM}_onSocketError(): the socket's error, {_NODE}net 'connect "
        "ECONNREFUSED <address>:<port>' (ESOCKET)",
    ),
    Pick(
        "connect EHOSTUNREACH 192.0.2.10:587",
        "HOST_UNREACHABLE",
        table="raw",
        why=f"{_KT}{_NM}_onSocketError(): {_NODE}net 'connect EHOSTUNREACH', no route to the "
        "host's address",
    ),
    Pick(
        "Connection timeout",
        "PORT_FILTERED",
        table="raw",
        why=f"{_KT}{_NM}connect(): setupConnectionHandlers()' timer CONNECTION_TIMEOUT (2 "
        "minutes, Uptime Kuma sets no connectionTimeout) ran out before the TCP connection "
        "opened (ETIMEDOUT): nothing answered",
    ),
    Pick(
        "Greeting never received",
        "NO_GREETING",
        table="raw",
        why=f"{_KT}{_NM}_onConnect(): the TCP connection is open but no 220 came within "
        "GREETING_TIMEOUT (30 s); 'None / STARTTLS' (secure false) to the implicit-TLS port "
        "465, whose server waits for a ClientHello, is the usual one",
    ),
    Pick(
        "C0EC2ACC7A7F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:"
        "../deps/openssl/openssl/ssl/record/ssl3_record.c:354:\n",
        "TLS_ON_PLAIN_PORT",
        table="raw",
        why=f"{_KT}{_NM}connect(): SMTP Security 'TLS (465)' (secure true) with port 587 or "
        "25: tls.connect() reads the plain '220 ' greeting as a TLS record; Node 20/22's bundled "
        "OpenSSL 3.0 error string (thread id, code 0A00010B, SSL_R_WRONG_VERSION_NUMBER, file "
        "and line)",
    ),
    Pick(
        "self-signed certificate",
        "CERT_SELF_SIGNED",
        table="raw",
        why=f"{_KT}'Ignore TLS Error' off (rejectUnauthorized true), tls.connect() in "
        f"connect() or _upgradeConnection() after STARTTLS: {_NODE}DEPTH_ZERO_SELF_SIGNED_CERT "
        "(OpenSSL 3's words, Node 17 and later)",
    ),
    Pick(
        "unable to verify the first certificate",
        "CERT_UNTRUSTED",
        table="raw",
        why=f"{_KT}rejectUnauthorized true: {_NODE}UNABLE_TO_VERIFY_LEAF_SIGNATURE, no issuer "
        "of the server's certificate in Node's CA store (the server leaves out its "
        "intermediate, or a private CA)",
    ),
    Pick(
        "certificate has expired",
        "CERT_EXPIRED",
        table="raw",
        why=f"{_KT}rejectUnauthorized true: {_NODE}CERT_HAS_EXPIRED",
    ),
    Pick(
        "Hostname/IP does not match certificate's altnames: Host: smtp.example.com. is not in "
        "the cert's altnames: DNS:mail.example.net",
        "CERT_HOSTNAME_MISMATCH",
        table="raw",
        why=f"{_KT}rejectUnauthorized true: {_NODE}lib/tls.js checkServerIdentity() found "
        "the servername (nodemailer's host) in none of the certificate's subjectAltName names "
        "(ERR_TLS_CERT_ALTNAME_INVALID)",
    ),
    Pick(
        f"{_KA}535-5.7.8 Username and Password not accepted. For more information, go to\n"
        f"535 5.7.8  https://support.google.com/mail/?p=BadCredentials {_GMAIL}",
        "AUTH_FAILED",
        table="raw",
        why=f"{_KT}{_NM}_actionAUTHComplete(): a reply to AUTH that is not 2xx, "
        "_formatError('Invalid login', 'EAUTH', str) appends the reply (a multi-line reply's "
        "lines joined by a newline); Gmail's BadCredentials",
    ),
    Pick(
        f"{_KA}534-5.7.9 Application-specific password required. For more information, go to\n"
        f"534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor {_GMAIL}",
        "APP_PASSWORD_REQUIRED",
        table="raw",
        why=f"{_KT}{_NM}_actionAUTHComplete(): Gmail's reply for an account with 2-Step "
        "Verification and its normal password",
    ),
    Pick(
        f"{_KA}535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled "
        f"for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. {_M365}",
        "PROTOCOL_DISABLED",
        table="raw",
        why=f"{_KT}{_NM}_actionAUTHComplete(): Microsoft 365 refuses AUTH because "
        "authenticated SMTP is switched off for the organisation or mailbox",
    ),
    Pick(
        "Mail command failed: 553 5.7.1 <kuma@example.com>: Sender address rejected: not owned "
        "by user alice@example.com",
        "SENDER_REFUSED",
        table="raw",
        why=f"{_KT}{_NM}_actionMAIL(): a non-2xx reply to MAIL FROM with the form's 'From "
        "Email'; Postfix's reject_sender_login_mismatch: the logged-in user may not send as it",
    ),
    Pick(
        "Can't send mail - all recipients were rejected: 554 5.7.1 <bob@example.org>: Relay "
        "access denied",
        "RELAY_REFUSED",
        table="raw",
        why=f"{_KT}{_NM}_actionRCPT(): every RCPT TO refused; Postfix's "
        "reject_unauth_destination for a client that did not log in (no username in the form, "
        "or an MX host instead of the submission server)",
    ),
    Pick(
        "Can't send mail - all recipients were rejected: 550 5.1.1 <bob@example.org>: "
        "Recipient address rejected: User unknown in virtual mailbox table",
        "RECIPIENT_UNKNOWN",
        table="raw",
        why=f"{_KT}{_NM}_actionRCPT(): the one 'To Email' address does not exist on the "
        "receiving server (Postfix's virtual mailbox lookup)",
    ),
    Pick(
        "Additional Headers is not a valid JSON",
        None,
        table="raw",
        why="server/notification-providers/smtp.js send(): JSON.parse() of the notification "
        "form's 'Additional Headers' field threw: Uptime Kuma's own form",
    ),
    Pick(
        "authIncorrectCreds",
        None,
        why="server/server.js login: the Uptime Kuma dashboard's own username or password did "
        "not match (msgi18n: the key translated)",
    ),
    Pick(
        "authInvalidToken",
        None,
        why="server/server.js loginByToken: the dashboard's stored sign-in token (a JWT) did "
        "not verify, or (login) the two-factor token was wrong",
    ),
    Pick(
        "authUserInactiveOrDeleted",
        None,
        why="server/server.js loginByToken: the JWT's dashboard user is inactive or deleted",
    ),
    Pick(
        "2faAlreadyEnabled",
        None,
        why="server/server.js prepare2FA: two-factor sign-in to the dashboard is already on",
    ),
]
ZAMMAD_SHOWN = "data.message_human || data.message"
KUMA_SHOWN = "msg: e.message,"
KUMA_TEST = 'socket.on("testNotification"'


def _twenty_first_repo(mirrors: Path, repo_name: str) -> tuple[Path, str, str]:
    repo = mirrors / (repo_name.replace("/", "+") + "/repo")
    commit = TWENTY_FIRST_PINS[repo_name]
    assert git(repo, "cat-file", "-t", commit).strip() == "commit", (repo_name, commit)
    return repo, commit, f"{TWENTY_FIRST_NAMED.get(repo_name, repo_name)}@{commit[:12]}"


def _ruby_fill(text: str, values: tuple[str, ...]) -> str:
    """Zammad's %{name} placeholders (Ruby's format, as its translate fills them)."""
    table = dict(value.split("=", 1) for value in values)
    return re.sub(r"%\{(\w+)\}", lambda m: table[m[1]], text)


def zammad(mirrors: Path) -> list[dict[str, object]]:
    """The picked Zammad messages: a msgid's translation from i18n/zammad.<ll>.po (not fuzzy,
    not empty, not the English; else the language is left out, Zammad shows the English), or a
    library's message shown as is (English only)."""
    repo_name = "Pako7/zammad"
    repo, commit, at = _twenty_first_repo(mirrors, repo_name)
    catalogs = {}
    for lang, name in ZAMMAD_PO.items():
        path = f"i18n/zammad.{name}.po"
        raw = _git_bytes(repo, "show", f"{commit}:{path}")
        with contextlib.redirect_stdout(io.StringIO()):  # Babel's warnings on old syntax
            catalogs[lang] = (path, read_po(io.BytesIO(raw)))
    entries = []
    for index, pick in enumerate(ZAMMAD):
        path = pick.why.split(" ")[0].rstrip(":")
        english = _ruby_fill(pick.key, pick.values)
        texts = {"en": english}
        if pick.table == "raw" and "controllers/_channel" in path:
            # The wizard's IMAP/POP3 step or its SMTP step (the method is spelt so there).
            after = "probleOutbound:" if "smtp.rb" in pick.why else "probeInbound:"
            line = _after_line(repo, commit, path, after, ZAMMAD_SHOWN)
            sources = {"en": f"{at}:{path}:{line}"}
        elif pick.table == "raw":
            sources = {"en": f"{at}:{_where(repo, commit, 'raise too_large', (path,))}"}
        else:
            literal = pick.key.split("%{")[0][:40]
            where = _where(repo, commit, literal, (path,))
            sources = {"en": f"{at}:{where}"}
            for lang, (po_path, catalog) in catalogs.items():
                message = catalog.get(pick.key)
                if message is None or not message.string or "fuzzy" in message.flags:
                    continue
                words = str(message.string)
                if words == pick.key:
                    continue
                texts[lang] = _ruby_fill(words, pick.values)
                sources[lang] = f"{at}:{po_path}#{pick.key[:60]}"
        entries.append(_entry("Zammad", f"zammad.{index}", pick, texts, sources))
    return entries


def uptime_kuma(mirrors: Path) -> list[dict[str, object]]:
    """The picked Uptime Kuma texts: nodemailer's or Node's English message as the test toast
    shows it, or a msgi18n key from src/lang/<lang>.json in each language whose file has words
    of its own for it."""
    repo_name = "louislam/uptime-kuma"
    repo, commit, at = _twenty_first_repo(mirrors, repo_name)
    tables = {}
    for lang, name in KUMA_LANG.items():
        path = f"src/lang/{name}.json"
        tables[lang] = (path, json.loads(git(repo, "show", f"{commit}:{path}")))
    english = tables["en"][1]
    entries = []
    for index, pick in enumerate(UPTIME_KUMA):
        path = pick.why.split(" ")[0].rstrip(":")
        if pick.table == "raw":
            texts = {"en": pick.key}
            if path == "server/server.js":
                line = _after_line(repo, commit, path, KUMA_TEST, KUMA_SHOWN)
                sources = {"en": f"{at}:{path}:{line}"}
            else:
                sources = {"en": f"{at}:{_where(repo, commit, 'not a valid JSON', (path,))}"}
        else:
            texts = {"en": english[pick.key]}
            literal = f'msg: "{pick.key}"'
            sources = {"en": f"{at}:{_where(repo, commit, literal, (path,))}"}
            for lang, (lang_path, table) in tables.items():
                words = table.get(pick.key)
                if lang == "en" or not isinstance(words, str) or not words.strip():
                    continue
                if words == english[pick.key]:
                    continue
                texts[lang] = words
                sources[lang] = f"{at}:{lang_path}#{pick.key}"
        entries.append(_entry("Uptime Kuma", f"uptime_kuma.{index}", pick, texts, sources))
    return entries


TWENTY_SECOND_PINS = {
    "the-djmaze/snappymail": "ba496919ddea82804c38a0a5aa2a77516f61d8fe",
    "modoboa/modoboa": "9ec749703cde97636ea5a9db95f4accea63b8a87",
}
SNAPPY_L10N = "snappymail/v/0.0.0/app/localization/{}/user.json"
_SNL = (
    "dev/View/User/Login.js submitCommand(): the Login request failed, the form shows "
    "getNotification(iError) (NOTIFICATIONS of the user's language) and below it "
    "messageAdditional (snappymail/v/0.0.0/app/templates/Views/User/Login.html), the "
    "ClientException's additional text: the MailSo exception's English message; "
)
_SNI = "snappymail/v/0.0.0/app/libraries/RainLoop/Actions/UserAuth.php imapConnect(): "
_SNC = (
    "dev/View/Popup/Compose.js sendFailed(): the SendMessage request failed, the composer "
    'shows getNotification(iError) + "\\n" + messageAdditional, the MailSo exception\'s '
    "English message; "
)
_SNS = (
    "snappymail/v/0.0.0/app/libraries/MailSo/Smtp/SmtpClient.php validateResponse(): a "
    "reply with another code than expected raises NegativeResponseException with the "
    "reply line (trimmed) as its message"
)
_SNA = (
    "snappymail/v/0.0.0/app/libraries/RainLoop/Actions/AdminDomains.php DoAdminDomainTest(): "
    "the admin panel's Test button for a domain's IMAP/SMTP settings "
    "(dev/View/Popup/Domain.js testConnectionCommand(), PopupsDomain.html shows the text as "
    "is, untranslated); "
)
_SNP = (
    "SocketCanNotConnectToHostException: the test shows getSocketMessage(), "
    "MailSo/Net/NetClient.php Connect()'s set_error_handler() turned the first PHP warning "
    "of stream_socket_client() into the exception whose message it keeps (PHP 8's "
    "'stream_socket_client(): ' prefix, then "
)
# Pick.key: "NOTIFICATIONS/<key>" of user.json (translated; Pick.then: the English
# additional text the view prints below or after it), or the English text shown as is
# (table "raw").
SNAPPYMAIL: list[Pick] = [
    Pick(
        "NOTIFICATIONS/AuthError",
        "AUTH_FAILED",
        then="AUTHENTICATIONFAILED Authentication failed.",
        why=f"{_SNL}{_SNI}MailSo/Imap/ImapClient.php Login(): the server's tagged NO to "
        "LOGIN/AUTHENTICATE (Dovecot's 'NO [AUTHENTICATIONFAILED] Authentication failed.') "
        "becomes LoginBadCredentialsException, whose message is the response code and the "
        "human-readable text (Imap/Exceptions/ResponseException.php); no [ALERT], so the "
        "additional text is that message: wrong user name or password",
    ),
    Pick(
        "NOTIFICATIONS/AuthError",
        "APP_PASSWORD_REQUIRED",
        then="Application-specific password required: "
        "https://support.google.com/accounts/answer/185833 (Failure)",
        why=f"{_SNL}{_SNI}LoginBadCredentialsException with imap show_login_alert (default "
        "true): the additional text is getAlertFromStatus(), the human-readable text of "
        "Gmail's 'NO [ALERT] Application-specific password required: ... (Failure)' to an "
        "account with 2-Step Verification and its normal password",
    ),
    Pick(
        "NOTIFICATIONS/AuthError",
        "AUTH_NOT_OFFERED",
        then="No supported SASL mechanism found, remote server wants: AUTH=GSSAPI",
        why=f"{_SNL}{_SNI}the catch-all \\Throwable: MailSo/Imap/ImapClient.php Login() found "
        "none of the domain's SASL mechanisms among the server's AUTH= capabilities, no LOGIN "
        "(or LOGINDISABLED) and no STARTTLS to try, and throws this RuntimeException: the "
        "server offers no login method SnappyMail is set to use",
    ),
    Pick(
        "NOTIFICATIONS/ConnectionError",
        "STARTTLS_NOT_OFFERED",
        then="STARTTLS is not supported",
        why=f"{_SNL}{_SNI}MailSo/Imap/ImapClient.php StartTLS(): the domain's IMAP security "
        "is STARTTLS, the server's CAPABILITY names no STARTTLS, "
        "SocketUnsuppoterdSecureConnectionException (a ConnectionException: "
        "Notifications::ConnectionError)",
    ),
    Pick(
        "NOTIFICATIONS/DomainNotAllowed",
        None,
        then="alice@example.org has no domain configuration",
        why=f"{_SNL}snappymail/v/0.0.0/app/libraries/RainLoop/Providers/Domain.php "
        "getByEmailAddress(): SnappyMail's own list of domains has no entry (and no wildcard) "
        "for the address typed at its login: the webmail's administrator has not added the "
        "domain, no mail server was asked",
    ),
    Pick(
        "NOTIFICATIONS/CryptKeyError",
        None,
        then="CryptKeyError[111]",
        why=f"{_SNL}snappymail/v/0.0.0/app/libraries/RainLoop/Model/MainAccount.php: the "
        "account's stored private data (keys encrypted with the old login passphrase) cannot "
        "be decrypted after the password changed; the additional text is the "
        "ClientException's own message (Notifications::GetNotificationsMessage())",
    ),
    Pick(
        "NOTIFICATIONS/AccountNotAllowed",
        None,
        then="AccountNotAllowed[110]",
        why=f"{_SNL}plugins/black-list/index.php or plugins/white-list/index.php: the "
        "webmail's own plugin refuses the address at its login",
    ),
    Pick(
        "NOTIFICATIONS/AuthError",
        "AUTH_FAILED",
        then="535 5.7.8 Error: authentication failed: authentication failure",
        why=f"{_SNC}snappymail/v/0.0.0/app/libraries/RainLoop/Actions/Messages.php "
        "smtpSendMessage(): Account::SmtpConnectAndLogin() -> MailSo/Smtp/SmtpClient.php "
        "Login(): Postfix's 535 to AUTH, LoginBadCredentialsException (a LoginException: "
        f"Notifications::AuthError) with the reply as its message ({_SNS}): wrong user name "
        "or password for the SMTP server",
    ),
    Pick(
        "NOTIFICATIONS/AuthError",
        "PROTOCOL_DISABLED",
        then="535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled "
        f"for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. {_M365}",
        why=f"{_SNC}snappymail/v/0.0.0/app/libraries/RainLoop/Actions/Messages.php "
        "smtpSendMessage(): SmtpClient.php Login(): Microsoft 365 refuses AUTH because "
        "authenticated SMTP is switched off for the organisation or mailbox (LoginException: "
        "Notifications::AuthError)",
    ),
    Pick(
        "NOTIFICATIONS/CantSendMessage",
        "RECIPIENT_UNKNOWN",
        then="Failed to add recipient 'bob@example.org': 550 5.1.1 <bob@example.org>: "
        "Recipient address rejected: User unknown in virtual mailbox table",
        why=f"{_SNC}snappymail/v/0.0.0/app/libraries/RainLoop/Actions/Messages.php "
        "DoSendMessage(): smtpSendMessage() rethrows, the outer catch wraps it as "
        "Notifications::CantSendMessage; MailSo/Smtp/SmtpClient.php Rcpt(): the refused RCPT "
        f"TO with its prefix \"Failed to add recipient '<address>'\" ({_SNS}): the receiving "
        "server has no such mailbox",
    ),
    Pick(
        "NOTIFICATIONS/CantSendMessage",
        "RELAY_REFUSED",
        then="Failed to add recipient 'bob@example.org': 554 5.7.1 <bob@example.org>: Relay "
        "access denied",
        why=f"{_SNC}Messages.php DoSendMessage() (CantSendMessage); SmtpClient.php Rcpt(): "
        "Postfix's reject_unauth_destination for an outside recipient from a client that did "
        "not log in (the domain's 'Use authentication' off, or an MX host instead of the "
        "submission server)",
    ),
    Pick(
        "NOTIFICATIONS/CantSendMessage",
        "SENDER_REFUSED",
        then="553 5.7.1 <sales@example.com>: Sender address rejected: not owned by user "
        "alice@example.com",
        why=f"{_SNC}Messages.php DoSendMessage() (CantSendMessage); SmtpClient.php "
        "MailFrom(): the MAIL FROM of the identity's address refused (no prefix), Postfix's "
        "reject_sender_login_mismatch: the logged-in user may not send as it",
    ),
    Pick(
        "NOTIFICATIONS/CantSendMessage",
        "SIZE_LIMIT",
        then="552 5.3.4 Message size exceeds fixed limit",
        why=f"{_SNC}Messages.php DoSendMessage() (CantSendMessage); SmtpClient.php "
        "DataWithStream(): the reply to the final '.' refuses the message as too big (a "
        "server that advertises no SIZE limit in its EHLO, so smtpSendMessage()'s own size "
        "check does not apply, and answers like Postfix's 552 5.3.4)",
    ),
    Pick(
        "ClientViewError[902]\nMessage size 13965000 bigger then max 10240000",
        "SIZE_LIMIT",
        table="raw",
        why="snappymail/v/0.0.0/app/libraries/RainLoop/Actions/Messages.php smtpSendMessage(): "
        "the EHLO reply's SIZE (here Postfix's default 10240000) is below the message's size "
        "times 1.33 (a 10.5 MB message), ClientException(Notifications::ClientViewError, "
        "null, 'Message size <size> bigger then max <max>') before MAIL FROM; "
        "dev/View/Popup/Compose.js sendFailed(): getNotification(902, data.message) returns "
        "the message, which is GetNotificationsMessage(902) without a previous exception "
        "('ClientViewError[902]'), then \"\\n\" and messageAdditional: untranslated in every "
        "language; the server's limit for the message's size",
    ),
    Pick(
        "NOTIFICATIONS/InvalidRecipients",
        None,
        then="InvalidRecipients[303]",
        why=f"{_SNC}snappymail/v/0.0.0/app/libraries/RainLoop/Actions/Messages.php "
        "smtpSendMessage(): the message has no recipient at all (To, Cc and Bcc empty), "
        "thrown before any server is asked; the additional text is the ClientException's own "
        "message",
    ),
    Pick(
        "stream_socket_client(): php_network_getaddresses: getaddrinfo for imap.example.com "
        "failed: Name or service not known",
        "HOST_NOT_FOUND",
        table="raw",
        why=f"{_SNA}{_SNP}main/network.c php_network_getaddresses()' warning 'getaddrinfo for "
        "<host> failed: <gai_strerror>'): glibc's EAI_NONAME, the IMAP host name has no "
        "address",
    ),
    Pick(
        "stream_socket_client(): Unable to connect to tcp://imap.example.com:143 (Connection "
        "refused)",
        "PORT_CLOSED",
        table="raw",
        why=f"{_SNA}{_SNP}ext/standard/streamsfuncs.c's 'Unable to connect to <address> "
        "(<strerror>)'): ECONNREFUSED, nothing listens on that port",
    ),
    Pick(
        "stream_socket_client(): Unable to connect to tcp://smtp.example.com:587 (Connection "
        "timed out)",
        "PORT_FILTERED",
        table="raw",
        why=f"{_SNA}{_SNP}'Unable to connect to <address> (<strerror>)'): the connect timeout "
        "(MailSo's iConnectTimeOut) ran out, main/network.c's PHP_TIMEOUT_ERROR_VALUE "
        "(ETIMEDOUT): nothing answered",
    ),
    Pick(
        "stream_socket_client(): Unable to connect to tcp://imap.example.com:143 (No route to "
        "host)",
        "HOST_UNREACHABLE",
        table="raw",
        why=f"{_SNA}{_SNP}'Unable to connect to <address> (<strerror>)'): EHOSTUNREACH from "
        "connect(2)",
    ),
    Pick(
        "stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:\n"
        "error:0A00010B:SSL routines::wrong version number",
        "TLS_ON_PLAIN_PORT",
        table="raw",
        why=f"{_SNA}{_SNP}ext/openssl/xp_ssl.c php_openssl_handle_ssl_error()): security "
        "'SSL/TLS' (ssl://) with the plain port 143: the handshake reads the server's '* OK' "
        "greeting as a TLS record, OpenSSL 3's SSL_R_WRONG_VERSION_NUMBER",
    ),
    Pick(
        "stream_socket_client(): Peer certificate CN=`mail.example.net' did not match "
        "expected CN=`imap.example.com'",
        "CERT_HOSTNAME_MISMATCH",
        table="raw",
        why=f"{_SNA}{_SNP}ext/openssl/xp_ssl.c php_openssl_matches_common_name()): "
        "SSLContext's verify_peer_name (ssl verify_certificate, default on): the "
        "certificate's names do not include the typed IMAP host",
    ),
    Pick(
        "STARTTLS is not supported",
        "STARTTLS_NOT_OFFERED",
        table="raw",
        why=f"{_SNA}the catch-all \\Throwable shows getMessage(): MailSo/Smtp/SmtpClient.php "
        "StartTLS(): SMTP security STARTTLS and the EHLO reply names no STARTTLS",
    ),
    Pick(
        "535 5.7.8 Error: authentication failed: authentication failure",
        "AUTH_FAILED",
        table="raw",
        why=f"{_SNA}the catch-all \\Throwable shows getMessage(): SmtpClient.php Login() with "
        f"the user and password typed for the test, Postfix's 535 to AUTH ({_SNS})",
    ),
    Pick(
        "PHP: mail() function is undefined",
        None,
        table="raw",
        why=f"{_SNA}the domain's SMTP is set to PHP's mail() and this PHP has no mail() "
        "function (disabled or not built): the web server's PHP, no mail server asked",
    ),
]
MODOBOA_PO = {
    "de": ("de_DE", "de"),
    "fr": ("fr",),
    "es": ("es",),
    "it": ("it",),
    "nl": ("nl_NL",),
    "pt-BR": ("pt_BR",),
    "pl": ("pl_PL",),
    "ja": ("ja_JP",),
}
_MDI = (
    "modoboa/webmail/lib/imaputils.py IMAPconnector.login(): imaplib.IMAP4_SSL (imap_secured) "
    "or imaplib.IMAP4 to the webmail's imap_server/imap_port parameters raised, ImapError("
    '_(f"Connection to IMAP server failed: {error}")): the f-string is filled before '
    "gettext, so no msgid matches and the text stays English in every language; str() of "
    "CPython 3.13's exception: "
)
_MDS = (
    "modoboa/webmail/lib/sendmail.py send_mail(): Django's EmailBackend to the webmail's "
    "smtp_server/smtp_port, msg.send() raised, modoboa/webmail/viewsets.py send() answers "
    "{'error': error} (400) and the composer shows it; "
)
# Pick.key: the msgid (translated, modoboa/locale/<ll>/LC_MESSAGES/django.po) or the English
# text shown as is (table "raw"); Pick.values: its %s.
MODOBOA: list[Pick] = [
    Pick(
        "Connection to IMAP server failed: [Errno 111] Connection refused",
        "PORT_CLOSED",
        table="raw",
        why=f"{_MDI}ConnectionRefusedError from socket.create_connection(): nothing listens on "
        "the IMAP port",
    ),
    Pick(
        "Connection to IMAP server failed: [Errno -2] Name or service not known",
        "HOST_NOT_FOUND",
        table="raw",
        why=f"{_MDI}socket.gaierror EAI_NONAME from getaddrinfo(): the IMAP host name has no "
        "address",
    ),
    Pick(
        "Connection to IMAP server failed: [Errno 110] Connection timed out",
        "PORT_FILTERED",
        table="raw",
        why=f"{_MDI}imaplib opens the socket without a timeout, so the kernel's connect "
        "timeout ends it: TimeoutError ETIMEDOUT, nothing answered",
    ),
    Pick(
        "Connection to IMAP server failed: [Errno 113] No route to host",
        "HOST_UNREACHABLE",
        table="raw",
        why=f"{_MDI}OSError EHOSTUNREACH from connect(2)",
    ),
    Pick(
        "Connection to IMAP server failed: [SSL: WRONG_VERSION_NUMBER] wrong version number "
        "(_ssl.c:1028)",
        "TLS_ON_PLAIN_PORT",
        table="raw",
        why=f"{_MDI}imap_secured with the plain port 143: IMAP4_SSL wraps the socket at once "
        "and OpenSSL reads the '* OK' greeting as a TLS record (ssl.SSLError). IMAP4_SSL uses "
        "ssl._create_stdlib_context() (no certificate checks), so no certificate error comes "
        "from here",
    ),
    Pick(
        "Connection to IMAP server failed: unexpected response: b'220 smtp.example.com ESMTP "
        "Postfix'",
        "WRONG_PROTOCOL",
        table="raw",
        why="modoboa/imap_migration/auth_backends.py IMAPBackend.authenticate(): the login "
        "of a migrating user connects to the EmailProvider's IMAP address and port as typed "
        'by the administrator, ModoboaException(_(f"Connection to IMAP server failed: '
        "{error}\")) (English in every language); the port is an SMTP server's: CPython 3.13 "
        "Lib/imaplib.py _connect() -> _get_response() matches the '220 ... ESMTP' greeting "
        "as neither a tagged, untagged nor continuation line and raises IMAP4.abort("
        "'unexpected response: %r' % line), the bytes without CRLF",
    ),
    Pick(
        "bob@example.org: (550, b'5.1.1 <bob@example.org>: Recipient address rejected: User "
        "unknown in virtual mailbox table')",
        "RECIPIENT_UNKNOWN",
        table="raw",
        why=f"{_MDS}CPython's smtplib.SMTP.sendmail() raised SMTPRecipientsRefused (every "
        "recipient refused), send_mail() joins '<rcpt>: <(code, reply bytes)>': the "
        "receiving server has no such mailbox",
    ),
    Pick(
        "bob@example.org: (554, b'5.7.1 <bob@example.org>: Relay access denied')",
        "RELAY_REFUSED",
        table="raw",
        why=f"{_MDS}SMTPRecipientsRefused: Postfix's reject_unauth_destination for an outside "
        "recipient from a client that did not log in (the webmail's smtp_authentication off)",
    ),
    Pick(
        "b'5.7.1 <sales@example.com>: Sender address rejected: not owned by user "
        "alice@example.com'",
        "SENDER_REFUSED",
        table="raw",
        why=f"{_MDS}SMTPSenderRefused (an SMTPResponseException), send_mail() returns "
        "str(inst.smtp_error), the reply's bytes: Postfix's reject_sender_login_mismatch, the "
        "logged-in user may not send as that address",
    ),
    Pick(
        "b'5.3.4 Message size exceeds fixed limit'",
        "SIZE_LIMIT",
        table="raw",
        why=f"{_MDS}smtplib's sendmail() sends MAIL FROM with SIZE=<length> when the EHLO "
        "names SIZE, Postfix answers 552 5.3.4 for a message above its message_size_limit: "
        "SMTPSenderRefused (an SMTPResponseException), str(inst.smtp_error), the reply's "
        "bytes",
    ),
    Pick(
        "You are not allowed to send from this address",
        None,
        why="modoboa/webmail/serializers.py: the composer's From is not one of the Modoboa "
        "account's own addresses or aliases: Modoboa's own check, no mail server asked",
    ),
    Pick(
        "Invalid password",
        None,
        why="modoboa/core/api/v2/serializers.py CheckPasswordSerializer.validate_password(): "
        "the password typed again in Modoboa's web interface to confirm a sensitive step (its "
        "two-factor settings) did not authenticate the signed-in user: the web app's own "
        "check, no mail client's settings",
    ),
    Pick(
        "Invalid PIN code",
        None,
        why="modoboa/core/api/v1/serializers.py CheckTFASetupSerializer.validate_pin_code(): "
        "the TOTP code typed while enabling Modoboa's two-factor sign-in did not verify",
    ),
    Pick(
        "2FA is already enabled",
        None,
        why="modoboa/core/api/v1/serializers.py: the Modoboa account already has two-factor "
        "sign-in",
    ),
    Pick(
        "Name contains forbidden characters",
        None,
        why="modoboa/sievefilters/api/v2/serializers.py: a Sieve filter set's name typed in "
        "the filters page",
    ),
    Pick(
        "Invalid message identifier",
        None,
        why="modoboa/webmail/lib/imaputils.py: a message UID in the request is not a number "
        "(set): Modoboa's guard against IMAP command injection",
    ),
    Pick(
        "Invalid search pattern",
        None,
        why="modoboa/webmail/lib/imaputils.py: the webmail's search box text holds characters "
        "the guard refuses",
    ),
    Pick(
        "Quotes, backslashes and newlines are not allowed.",
        None,
        why="modoboa/imap_migration/api/v2/serializers.py: a migration provider's field "
        "typed with characters that would break the offlineimap configuration",
    ),
    Pick(
        "Invalid regular expression.",
        None,
        why="modoboa/imap_migration/api/v2/serializers.py: the folder filter of the IMAP "
        "migration is not a valid regular expression",
    ),
    Pick(
        "You can't delete your own account",
        None,
        why="modoboa/core/handlers.py: an administrator tried to delete the account signed in",
    ),
    Pick(
        "Permission denied",
        None,
        why="modoboa/lib/exceptions.py PermDeniedException: the Modoboa role may not do this",
    ),
    Pick(
        "Connection to amavis failed: %s",
        None,
        ("[Errno 111] Connection refused",),
        why="modoboa/amavis/lib.py AMrelease.__init__(): releasing a message from the "
        "quarantine, the socket to the Amavis policy daemon (AM.PDP, the am_pdp_host/port "
        "parameters) was refused: the mail server's content filter, not a mail client's "
        "settings",
    ),
    Pick(
        "Failed to generate DKIM private key",
        None,
        why="modoboa/admin/management/commands/subcommands/_manage_dkim_keys.py: the openssl "
        "command that makes a domain's DKIM key failed on the Modoboa host",
    ),
    Pick(
        "Account import failed (%s): domain does not exist",
        None,
        ("alice@example.org",),
        why="modoboa/admin/handlers.py import_account_mailbox(): a CSV import line names an "
        "account of a domain Modoboa does not host",
    ),
]
SNAPPY_SHOWN = {
    "dev/View/User/Login.js": "this.submitErrorAdditional(oData",
    "dev/View/Popup/Compose.js": "getNotification(iError, data?.message, Notifications.Cant",
}


def _twenty_second_repo(mirrors: Path, repo_name: str) -> tuple[Path, str, str]:
    repo = mirrors / (repo_name.replace("/", "+") + "/repo")
    commit = TWENTY_SECOND_PINS[repo_name]
    assert git(repo, "cat-file", "-t", commit).strip() == "commit", (repo_name, commit)
    return repo, commit, f"{repo_name}@{commit[:12]}"


def snappymail(mirrors: Path) -> list[dict[str, object]]:
    """The picked SnappyMail texts: a NOTIFICATIONS entry of localization/<lang>/user.json
    with the English additional text the view prints after it (a language whose file has no
    or the English words is left out), or the admin test's English text shown as is."""
    repo_name = "the-djmaze/snappymail"
    repo, commit, at = _twenty_second_repo(mirrors, repo_name)
    tables = {}
    for lang in LANGS:
        path = SNAPPY_L10N.format(lang)
        tables[lang] = (path, json.loads(git(repo, "show", f"{commit}:{path}")))
    english = tables["en"][1]
    entries = []
    for index, pick in enumerate(SNAPPYMAIL):
        path = pick.why.split(" ")[0].rstrip(":")
        if pick.table == "raw":
            literal = "bigger then max" if "Messages.php" in path else "function DoAdminDomainTest"
            where = _where(repo, commit, literal, (path,))
            texts = {"en": pick.key}
            sources = {"en": f"{at}:{where}"}
        else:
            section, key = pick.key.split("/")
            words_en = english[section][key]
            shown = _where(repo, commit, SNAPPY_SHOWN[path], (path,))
            texts = {"en": f"{words_en}\n{pick.then}"}
            sources = {"en": f"{at}:{shown}"}
            for lang in LANGS[1:]:
                lang_path, table = tables[lang]
                words = table.get(section, {}).get(key)
                if not isinstance(words, str) or not words.strip() or words == words_en:
                    continue
                texts[lang] = f"{words}\n{pick.then}"
                sources[lang] = f"{at}:{lang_path}#{pick.key}"
        entries.append(_entry("SnappyMail", f"snappymail.{index}", pick, texts, sources))
    return entries


def modoboa(mirrors: Path) -> list[dict[str, object]]:
    """The picked Modoboa texts: a msgid's translation from modoboa/locale/<ll>/LC_MESSAGES/
    django.po in the directories Django's gettext reads for the user's language (Python's
    locale.normalize() makes 'de' look in de_DE first, then de; 'nl', 'pl' and 'ja' find
    only nl_NL, pl_PL and ja_JP), not fuzzy, not empty, not the English; or the library's
    English text as the code fills it in (English only)."""
    repo_name = "modoboa/modoboa"
    repo, commit, at = _twenty_second_repo(mirrors, repo_name)
    catalogs: dict[str, list[tuple[str, Catalog]]] = {}
    for lang, dirs in MODOBOA_PO.items():
        for name in dirs:
            path = f"modoboa/locale/{name}/LC_MESSAGES/django.po"
            raw = _git_bytes(repo, "show", f"{commit}:{path}")
            with contextlib.redirect_stdout(io.StringIO()):
                catalogs.setdefault(lang, []).append((path, read_po(io.BytesIO(raw))))
    entries = []
    for index, pick in enumerate(MODOBOA):
        path = pick.why.split(" ")[0].rstrip(":")
        if pick.table == "raw":
            if "imaputils" in path or "auth_backends" in path:
                literal = "Connection to IMAP server failed"
            elif "sendmail" in path:
                literal = "return False, "
            else:
                literal = pick.key
            texts = {"en": pick.key}
            sources = {"en": f"{at}:{_where(repo, commit, literal, (path,))}"}
        else:
            literal = pick.key.split("%s")[0].split("(")[0].rstrip()
            where = _where(repo, commit, literal, (path if path.endswith(".py") else "*.py",))
            texts = {"en": _printf(pick.key, pick.values)}
            sources = {"en": f"{at}:{where}"}
            for lang, found in catalogs.items():
                for po_path, catalog in found:
                    message = catalog.get(pick.key)
                    if message is None or not message.string or "fuzzy" in message.flags:
                        continue
                    words = str(message.string)
                    if words == pick.key:
                        continue
                    texts[lang] = _printf(words, pick.values)
                    sources[lang] = f"{at}:{po_path}#{pick.key[:60]}"
                    break
        entries.append(_entry("Modoboa", f"modoboa.{index}", pick, texts, sources))
    return entries


# The twenty-third set: Sylpheed (the GTK mail client: its receive and send dialogs, its SSL
# certificate dialog, the composer's checks) and mailcow's web UI (its danger notifications and
# the sync jobs' imapsync result), at pinned commits, picked and labelled blind from their code.
TWENTY_THIRD_PINS = {
    "sylpheed-mail/sylpheed": "c47d366a3c2340464b1851f99d6a04ce3a6c17fd",
    "mailcow/mailcow-dockerized": "06424670fa5d60fee851f58bfc49f66086d5f0a6",
}
_SYI = (
    "src/inc.c inc_put_error(): the POP3 receive's alertpanel_error(); inc_pop3_session_do() "
    "mapped the session's end to the IncState; "
)
_SYS = (
    "src/send_message.c send_put_error(): the SMTP send's alertpanel_error(); "
    "libsylph/smtp.c smtp_session_recv_msg() keeps the server's reply line as error_msg (the "
    "first line of a multi-line reply: the checks run before continuation lines are read); "
)
_SYE = (
    "a reply whose first digit is not 1, 2 or 3 (and not 535, nor 501/503/504) sets SM_ERROR, "
    "the dialog shows 'Error occurred while sending the message:' and the reply line: "
)
_SYC = (
    "src/sslmanager.c ssl_manager_verify_cert(): libsylph/ssl.c ssl_init_socket_with_method() "
    "calls it after SSL_connect() when SSL_get_verify_result() is not X509_V_OK (or the "
    "hostname check failed) and the certificate is neither trusted nor rejected yet; the "
    "dialog's title, then the reason: "
)
# The certificate dialog's lines after the reason (sslmanager.c, each a msgid of its own), the
# subject, issuer and dates as X509_NAME_oneline() and ASN1_TIME_print() write them.
SYLPHEED_CERT = (
    ("Subject: %s\n", "/CN=mail.example.org"),
    ("Issuer: %s\n", "/CN=mail.example.org"),
    ("Issued date: %s\n", "Mar  1 00:00:00 2022 GMT"),
    ("Expire date: %s\n", "Mar  1 00:00:00 2023 GMT"),
)
# Pick.key: the msgid as src/ shows it, values fill its %s/%d (the server's reply line, as the
# library keeps it, goes in as a value); table "cert": the certificate dialog, key = the reason
# line (OpenSSL 1.1.1's X509_verify_cert_error_string(), crypto/x509/x509_txt.c, or Sylpheed's
# own 'certificate hostname does not match'), untranslated.
SYLPHEED: list[Pick] = [
    Pick(
        "Server %s not found.",
        "HOST_NOT_FOUND",
        ("pop.example.org",),
        why=f"{_SYI}session_connect_full() failed with SESSION_ERROR_LOOKUP "
        "(libsylph/session.c: the socket's state CONN_LOOKUPFAILED, the POP3 server's name "
        "did not resolve): INC_LOOKUP_ERROR",
    ),
    Pick(
        "SMTP server not found: %s:%d",
        "HOST_NOT_FOUND",
        ("smtp.example.org", "587"),
        why=f"{_SYS}no SMTP error value, the session is SESSION_ERROR with "
        "SESSION_ERROR_LOOKUP: the SMTP server's name did not resolve",
    ),
    Pick(
        "Authentication failed:\n%s",
        "AUTH_FAILED",
        ("-ERR [AUTH] Authentication failed.",),
        why=f"{_SYI}libsylph/pop.c pop3_ok(): an -ERR in the USER/PASS/APOP state is "
        "PS_AUTHFAIL, the -ERR line is error_msg: INC_AUTH_FAILED; Dovecot's pop3-login answers "
        "a wrong user name or password so",
    ),
    Pick(
        "Authentication failed:\n%s",
        "APP_PASSWORD_REQUIRED",
        (
            "-ERR [AUTH] Application-specific password required: "
            "https://support.google.com/accounts/answer/185833",
        ),
        why=f"{_SYI}pop3_ok(): -ERR to PASS, PS_AUTHFAIL; Gmail's POP3 answer to the account's "
        "normal password when 2-Step Verification is on",
    ),
    Pick(
        "Authentication failed:\n%s",
        "WEB_LOGIN_REQUIRED",
        ("-ERR [AUTH] Web login required: https://support.google.com/mail/answer/78754",),
        why=f"{_SYI}pop3_ok(): -ERR to PASS, PS_AUTHFAIL; Gmail's POP3 answer when the "
        "sign-in must first be confirmed in a browser",
    ),
    Pick(
        "Authentication failed:\n%s",
        "PROTOCOL_DISABLED",
        (
            "-ERR [SYS/PERM] Your account is not enabled for POP access. Please visit your Gmail "
            "settings page and enable your account for POP access.",
        ),
        why=f"{_SYI}pop3_ok(): -ERR in the login state, PS_AUTHFAIL; Gmail's POP3 answer "
        "when POP is switched off in the account's settings",
    ),
    Pick(
        "Error occurred while processing mail:\n%s",
        "STARTTLS_NOT_OFFERED",
        ("-ERR TLS support isn't enabled.",),
        why=f"{_SYI}the account's POP3 security is STARTTLS: libsylph/pop.c sends STLS after "
        "the greeting, pop3_ok() in state POP3_STLS ('can't start TLS session') is PS_ERROR "
        "with the -ERR line: INC_ERROR; Dovecot's pop3-login cmd_stls() answers so when it has "
        "no TLS set up",
    ),
    Pick(
        "Connection closed by the remote host.",
        "CONNECTION_CLOSED",
        why=f"{_SYI}no POP3 error value, the session ended SESSION_EOF: the server closed the "
        "connection before the session was done",
    ),
    Pick(
        "Mailbox is locked.",
        None,
        why="src/inc.c inc_put_error(): INC_LOCKED's log line; libsylph/pop.c pop3_ok(): the "
        "server's -ERR names a lock or says wait (PS_LOCKBUSY): another client or session is "
        "reading the mailbox at the moment",
    ),
    Pick(
        "No disk space left.",
        None,
        why="src/inc.c inc_put_error(): INC_NO_SPACE, writing a received message to the local "
        "folder failed for lack of disk space (fatal)",
    ),
    Pick(
        "Can't write file.",
        None,
        why="src/inc.c inc_put_error(): INC_IO_ERROR (PS_IOERR), the received message could "
        "not be written to a local file",
    ),
    Pick(
        "Authentication failed:\n%s",
        "AUTH_FAILED",
        ("535 5.7.8 Error: authentication failed: authentication failure",),
        why=f"{_SYS}a reply starting 535 is SM_AUTHFAIL: Postfix's smtpd (Cyrus SASL) refuses "
        "the user name or password of SMTP AUTH",
    ),
    Pick(
        "Authentication failed:\n%s",
        "AUTH_FAILED",
        ("535-5.7.8 Username and Password not accepted. For more information, go to",),
        why=f"{_SYS}535 is SM_AUTHFAIL, the first line of Gmail's multi-line refusal of the "
        "user name or password",
    ),
    Pick(
        "Error occurred while sending the message:\n%s",
        "APP_PASSWORD_REQUIRED",
        ("534-5.7.9 Application-specific password required. Learn more at",),
        why=f"{_SYS}{_SYE}Gmail's answer to AUTH with the account's normal password when "
        "2-Step Verification is on",
    ),
    Pick(
        "Error occurred while sending the message:\n%s",
        "ENCRYPTION_NOT_USED",
        ("530 5.7.0 Must issue a STARTTLS command first",),
        why=f"{_SYS}{_SYE}the account sends without STARTTLS, Postfix offers no AUTH before "
        "TLS (smtp_auth(): 'SMTP AUTH not available', Sylpheed goes on to MAIL FROM) and "
        "refuses it: the server wants the connection encrypted",
    ),
    Pick(
        "Error occurred while sending the message:\n%s",
        "RECIPIENT_UNKNOWN",
        (
            "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual "
            "mailbox table",
        ),
        why=f"{_SYS}{_SYE}Postfix refuses RCPT TO for an address of its own domain that has no "
        "mailbox",
    ),
    Pick(
        "Error occurred while sending the message:\n%s",
        "RELAY_REFUSED",
        ("554 5.7.1 <bob@example.net>: Relay access denied",),
        why=f"{_SYS}{_SYE}Postfix refuses RCPT TO for another domain from a client that has not "
        "logged in (no SMTP AUTH set in the account)",
    ),
    Pick(
        "Error occurred while sending the message:\n%s",
        "SENDER_REFUSED",
        (
            "553 5.7.1 <alice@example.org>: Sender address rejected: not owned by user "
            "alice@example.com",
        ),
        why=f"{_SYS}{_SYE}Postfix's reject_sender_login_mismatch: the From address is not one "
        "the logged-in user may send as",
    ),
    Pick(
        "Error occurred while sending the message:\n%s",
        "SIZE_LIMIT",
        ("552 5.3.4 Message size exceeds fixed limit",),
        why=f"{_SYS}{_SYE}Postfix refuses the message after DATA: larger than its "
        "message_size_limit",
    ),
    Pick(
        "Error occurred while sending the message:\n%s",
        "RATE_LIMITED",
        ("450 4.7.1 Error: too much mail from 203.0.113.5",),
        why=f"{_SYS}{_SYE}Postfix's smtpd_client_message_rate_limit (anvil): the client sent "
        "more messages than the server allows per time unit",
    ),
    Pick(
        "Error occurred while sending the message:\n%s",
        "REJECTED_AS_SPAM",
        ("554 5.7.1 Spam message rejected",),
        why=f"{_SYS}{_SYE}rspamd's milter rejects the message at the end of DATA with its "
        "default reject message: the content was scored as spam",
    ),
    Pick(
        "self signed certificate",
        "CERT_SELF_SIGNED",
        why=f"{_SYC}X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT, the server's certificate is its own "
        "issuer",
        table="cert",
    ),
    Pick(
        "certificate has expired",
        "CERT_EXPIRED",
        why=f"{_SYC}X509_V_ERR_CERT_HAS_EXPIRED, the certificate's notAfter is past",
        table="cert",
    ),
    Pick(
        "certificate is not yet valid",
        "CERT_NOT_YET_VALID",
        why=f"{_SYC}X509_V_ERR_CERT_NOT_YET_VALID, the certificate's notBefore is still ahead",
        table="cert",
    ),
    Pick(
        "unable to get local issuer certificate",
        "CERT_UNTRUSTED",
        why=f"{_SYC}X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY, the issuer is no CA the "
        "computer trusts (or the server sends no intermediate)",
        table="cert",
    ),
    Pick(
        "self signed certificate in certificate chain",
        "CERT_UNTRUSTED",
        why=f"{_SYC}X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN, the chain ends in a self-signed root "
        "the computer does not trust (a private CA)",
        table="cert",
    ),
    Pick(
        "certificate hostname does not match",
        "CERT_HOSTNAME_MISMATCH",
        why=f"{_SYC}the chain verified but ssl_validate_hostname() found no match for the "
        "server's name (X509_V_ERR_APPLICATION_VERIFICATION): Sylpheed's own words",
        table="cert",
    ),
    Pick(
        "Recipient is not specified.",
        None,
        why="src/compose.c compose_check_entries(): the composer's To is empty",
    ),
    Pick(
        "Account for sending mail is not specified.\nPlease select a mail account before sending.",
        None,
        why="src/compose.c compose_send(): no mail account for the From address and no "
        "default one (only a news account): a choice in the composer, no server asked",
    ),
    Pick(
        "Execution of the junk filter command failed.\nPlease check the junk mail control setting.",
        None,
        why="src/inc.c inc_drop_message(): the local junk filter command (bsfilter, "
        "bogofilter) could not run or exited with 3 or more",
    ),
    Pick(
        "Can't sign the message.",
        None,
        why="src/compose.c compose_write_to_file(): GnuPG signing (rfc2015_sign()) failed",
    ),
    Pick(
        "Sending of message was completed, but the message could not be saved to outbox.",
        None,
        why="src/compose.c compose_send(): send_message() succeeded, "
        "procmsg_save_to_outbox() of the local sent folder failed",
    ),
    Pick(
        "Can't queue the message.",
        None,
        why="src/compose.c compose_queue(): writing the message into the local queue folder failed",
    ),
    Pick(
        "The folder `%s' already exists.",
        None,
        ("Archive",),
        why="src/folderview.c folderview_new_folder_cb(): a folder of that name exists",
    ),
    Pick(
        "Quote mark format error.",
        None,
        why="src/compose.c compose_quote_fmt(): the quote mark template of the preferences "
        "does not parse",
    ),
]
# Where src/ shows each key: the file the pick's why names first.
SYLPHEED_CERT_WHY = "src/sslmanager.c"


def _twenty_third_repo(mirrors: Path, repo_name: str) -> tuple[Path, str, str]:
    repo = mirrors / (repo_name.replace("/", "+") + "/repo")
    commit = TWENTY_THIRD_PINS[repo_name]
    assert git(repo, "cat-file", "-t", commit).strip() == "commit", (repo_name, commit)
    return repo, commit, f"{repo_name}@{commit[:12]}"


def sylpheed(mirrors: Path) -> list[dict[str, object]]:
    """The picked Sylpheed texts as its dialogs show them: a msgid of po/<ll>.po (not fuzzy,
    not empty, not the English) with the server's reply line filled in untranslated, or the
    certificate dialog, its title and lines each a msgid of their own around OpenSSL's
    untranslated reason (a language must translate all of them)."""
    repo_name = "sylpheed-mail/sylpheed"
    repo, commit, at = _twenty_third_repo(mirrors, repo_name)
    catalogs = {}
    for lang, po in PO_NAMES.items():
        path = f"po/{po}.po"
        raw = _git_bytes(repo, "show", f"{commit}:{path}")
        with contextlib.redirect_stdout(io.StringIO()):
            # A header date without the time (Babel cannot parse it) is left out.
            raw = re.sub(rb'^"(?:PO-Revision|POT-Creation)-Date: [^"]*"\n', b"", raw, flags=re.M)
            catalogs[lang] = (path, read_po(io.BytesIO(_utf8_po(raw))))

    def translated(lang: str, msgid: str) -> str | None:
        if lang == "en":
            return msgid
        message = catalogs[lang][1].get(msgid)
        if message is None or not message.string or "fuzzy" in message.flags:
            return None
        words = str(message.string)
        return None if words == msgid else words

    def cert(lang: str, reason: str) -> str | None:
        host = "mail.example.org"
        parts = [
            translated(lang, "SSL certificate verify failed"),
            translated(
                lang, "The SSL certificate of %s cannot be verified by the following reason:"
            ),
            *(translated(lang, msgid) for msgid, _ in SYLPHEED_CERT),
            translated(lang, "Do you accept this certificate?"),
        ]
        if any(part is None for part in parts):
            return None
        title, first, *lines, question = (str(part) for part in parts)
        text = f"{title}\n\n{_printf(first, (host,))}\n  {reason}\n\n"
        for line, (_, value) in zip(lines, SYLPHEED_CERT, strict=True):
            text += line.replace("%s", value)
        return text + "\n" + question

    entries = []
    for index, pick in enumerate(SYLPHEED):
        if pick.table == "cert":
            literal = (
                "certificate hostname does not match"
                if "hostname" in pick.key
                else "X509_verify_cert_error_string(verify_result)"
            )
            where = _where(repo, commit, literal, (SYLPHEED_CERT_WHY,))
            texts = {"en": str(cert("en", pick.key))}
            sources = {"en": f"{at}:{where}"}
            for lang in PO_NAMES:
                text = cert(lang, pick.key)
                if text is not None:
                    texts[lang] = text
                    sources[lang] = f"{at}:{catalogs[lang][0]}#SSL certificate verify failed"
        else:
            path = pick.why.split(" ")[0]
            literal = '"' + pick.key.split("\n")[0].replace('"', '\\"')
            where = _where(repo, commit, literal, (path,))
            texts = {"en": _printf(pick.key, pick.values)}
            sources = {"en": f"{at}:{where}"}
            for lang in PO_NAMES:
                words = translated(lang, pick.key)
                if words is not None:
                    texts[lang] = _printf(words, pick.values)
                    sources[lang] = f"{at}:{catalogs[lang][0]}#{pick.key.splitlines()[0][:60]}"
        entries.append(_entry("Sylpheed", f"sylpheed.{index}", pick, texts, sources))
    return entries


MAILCOW_L10N = "data/web/lang/lang.{}.json"
MAILCOW_LANG = {
    "en": "en-gb",
    "de": "de-de",
    "fr": "fr-fr",
    "es": "es-es",
    "it": "it-it",
    "nl": "nl-nl",
    "pt-BR": "pt-br",
    "pl": "pl-pl",
    "ja": "ja-jp",
}
_MCD = (
    "data/web/inc/functions.inc.php alertbox_log_parser(): the notification shows "
    "$lang[type][msg], vsprintf()'d with the return's values; "
)
_MCS = (
    "data/web/js/site/user.js: the sync job list shows lang['syncjob_' + exit_status], the "
    "status data/Dockerfiles/dovecot/imapsync_runner.pl read from imapsync's 'Exiting with "
    "return value N (NAME' line; imapsync runs with --host1 the remote server the user typed "
    "and --host2 the user's own mailcow mailbox; "
)
# Pick.key: "<section>/<key>" of lang.<ll>.json, values fill its %s/%d.
MAILCOW: list[Pick] = [
    Pick(
        "mailbox/syncjob_EXIT_AUTHENTICATION_FAILURE_USER1",
        "AUTH_FAILED",
        why=f"{_MCS}EXIT_AUTHENTICATION_FAILURE_USER1: the login of user1 at the remote server "
        "(the sync job's user name and password) was refused",
    ),
    Pick(
        "mailbox/syncjob_EXIT_AUTHENTICATION_FAILURE",
        "AUTH_FAILED",
        why=f"{_MCS}EXIT_AUTHENTICATION_FAILURE: a login was refused (host2 is mailcow's own "
        "Dovecot with its master user, so the sync job's credentials)",
    ),
    Pick(
        "mailbox/syncjob_EXIT_OVERQUOTA",
        "MAILBOX_FULL",
        why=f"{_MCS}EXIT_OVERQUOTA: host2, the user's own mailcow mailbox, refused APPEND for "
        "its quota",
    ),
    Pick(
        "danger/login_failed",
        None,
        why=f"{_MCD}data/web/inc/functions.auth.inc.php: the "
        "sign-in to mailcow's own web UI was refused",
    ),
    Pick(
        "danger/access_denied",
        None,
        why=f"{_MCD}data/web/inc/functions.acl.inc.php: the UI "
        "user lacks the ACL for the form, or the form data is invalid",
    ),
    Pick(
        "danger/password_complexity",
        None,
        why=f"{_MCD}data/web/inc/functions.inc.php "
        "password_check(): a new password fails mailcow's password policy",
    ),
    Pick("danger/password_mismatch", None, why=f"{_MCD}the password form's two fields differ"),
    Pick(
        "danger/tfa_token_invalid",
        None,
        why=f"{_MCD}data/web/inc/functions.inc.php: the "
        "second factor's token for the web UI was wrong",
    ),
    Pick(
        "danger/totp_verification_failed",
        None,
        why=f"{_MCD}the TOTP code typed at the web UI's sign-in was wrong",
    ),
    Pick(
        "danger/mailbox_quota_exceeded",
        None,
        ("10240",),
        why=f"{_MCD}data/web/inc/"
        "functions.mailbox.inc.php: an admin asks more quota for a mailbox than its domain "
        "allows",
    ),
    Pick(
        "danger/max_mailbox_exceeded",
        None,
        ("10", "10"),
        why=f"{_MCD}data/web/inc/"
        "functions.mailbox.inc.php: the domain's limit of mailboxes is reached",
    ),
    Pick(
        "danger/domain_not_found",
        None,
        ("example.org",),
        why=f"{_MCD}data/web/inc/"
        "functions.mailbox.inc.php: the domain is not among mailcow's own domains (a form "
        "names it), no DNS was asked",
    ),
    Pick(
        "danger/domain_exists",
        None,
        ("example.org",),
        why=f"{_MCD}adding a domain mailcow already has",
    ),
    Pick(
        "danger/alias_invalid",
        None,
        ("alice@@example.org",),
        why=f"{_MCD}the alias form's address does not validate",
    ),
    Pick(
        "danger/goto_invalid",
        None,
        ("bob@",),
        why=f"{_MCD}the alias's goto address does not validate",
    ),
    Pick(
        "danger/app_name_empty",
        None,
        why=f"{_MCD}data/web/inc/functions.app_passwd.inc.php: "
        "the app password form's name left empty",
    ),
    Pick(
        "danger/password_reset_invalid_user",
        None,
        why=f"{_MCD}the web UI's password recovery: no such mailbox or no recovery address set",
    ),
    Pick(
        "danger/img_size_exceeded",
        None,
        why=f"{_MCD}data/web/inc/functions.customize.inc.php: the uploaded logo is too large",
    ),
    Pick(
        "danger/release_send_failed",
        None,
        ("Cannot determine Postfix host",),
        why=f"{_MCD}data/web/inc/functions.quarantine.inc.php: releasing a quarantined message, "
        "mailcow could not find its own Postfix container",
    ),
    Pick("danger/demo_mode_enabled", None, why=f"{_MCD}the installation runs in demo mode"),
]


def mailcow(mirrors: Path) -> list[dict[str, object]]:
    """The picked mailcow UI texts: a key of data/web/lang/lang.<ll>.json (a language whose
    file has no, an empty, or the English text is left out: mailcow fills it from en-gb)."""
    repo_name = "mailcow/mailcow-dockerized"
    repo, commit, at = _twenty_third_repo(mirrors, repo_name)
    tables = {}
    for lang, name in MAILCOW_LANG.items():
        path = MAILCOW_L10N.format(name)
        tables[lang] = (path, json.loads(git(repo, "show", f"{commit}:{path}")))
    english = tables["en"][1]
    entries = []
    for index, pick in enumerate(MAILCOW):
        section, key = pick.key.split("/")
        words_en = english[section][key]
        texts, sources = {}, {}
        for lang, (path, table) in tables.items():
            words = table.get(section, {}).get(key)
            if not isinstance(words, str) or not words.strip():
                continue
            if lang != "en" and words == words_en:
                continue
            texts[lang] = _printf(words, pick.values)
            sources[lang] = f"{at}:{path}#{pick.key}"
        entries.append(_entry("mailcow", f"mailcow.{index}", pick, texts, sources))
    return entries


# The twenty-fourth set: BookStack's test email (Settings > Maintenance) and its sign-in and
# email confirmation messages, and Kimai's e-mail related messages, at pinned commits, picked
# and labelled blind from their code. BookStack's mailer is ssddanbrown/symfony-mailer (its
# composer.lock: a fork of symfony/mailer 6.4 that replaces it), read at the commit the lock
# names; PHP 8's stream warnings as ext/standard and ext/openssl word them.
TWENTY_FOURTH_PINS = {
    "BookStackApp/BookStack": "6f1c54d018f7d55301eb4c31055b04769f5924d7",
    "kimai/kimai": "1f421c276badbf9eeff40852de305a1e4c1e829f",
}
BOOKSTACK_MAILER = "ssddanbrown/symfony-mailer@0497d6eb2734"
BOOKSTACK_LANG = {
    "en": "en",
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pt-BR": "pt_BR",
    "pl": "pl",
    "ja": "ja",
}
_BST = (
    "app/Settings/MaintenanceController.php sendTestEmail(): user()->notifyNow(new "
    "TestEmailNotification()) threw, the notification shows trans('errors."
    "maintenance_test_email_failure') . \"\\n\" . $exception->getMessage(), the mailer's "
    f"English message ({BOOKSTACK_MAILER}); "
)
_BSC = (
    "Transport/Smtp/Stream/SocketStream.php initialize(): set_error_handler() turns the first "
    "PHP warning of stream_socket_client() into TransportException('Connection could not be "
    "established with host \"<url>\": ' . the warning), the url 'host:port' (ssl:// for port "
    "465: EsmtpTransport's implicit TLS, BookStack's config sets no scheme); "
)
_BSR = (
    'Transport/Smtp/SmtpTransport.php assertResponseCode(): \'Expected response code "<codes>" '
    'but got code "<code>", with message "<reply>".\' (UnexpectedResponseException); '
)
_BSA = (
    "Transport/Smtp/EsmtpTransport.php handleAuth(): MAIL_USERNAME set, the EHLO reply's AUTH "
    "names PLAIN and LOGIN (Postfix), the fork's authenticators in order CRAM-MD5, LOGIN, PLAIN, "
    "XOAUTH2 are tried where offered, each failure's message kept; "
)
_FAIL = 'Connection could not be established with host "{}": '
_SMTP = "smtp.example.com:587"
_PF535 = "535 5.7.8 Error: authentication failed: authentication failure"
_BSAUTH = (
    'Failed to authenticate on SMTP server with username "alice@example.com" using the '
    'following authenticators: "LOGIN", "PLAIN". Authenticator "LOGIN" returned "Expected '
    f'response code "235" but got code "535", with message "{_PF535}".". Authenticator "PLAIN" '
    f'returned "Expected response code "235" but got code "535", with message "{_PF535}".".'
)
# Pick.key: "<file>.<key>" of lang/<ll>/<file>.php; Pick.then: the mailer's English message the
# test email's notification prints on the next line (only errors.maintenance_test_email_failure),
# Pick.values: what fills the :placeholders, as name=value.
BOOKSTACK: list[Pick] = [
    Pick(
        "errors.maintenance_test_email_failure",
        "HOST_NOT_FOUND",
        then=_FAIL.format(_SMTP) + "stream_socket_client(): php_network_getaddresses: "
        "getaddrinfo for smtp.example.com failed: Name or service not known",
        why=f"{_BST}{_BSC}main/network.c php_network_getaddresses()' warning 'getaddrinfo for "
        "<host> failed: <gai_strerror>': glibc's EAI_NONAME, MAIL_HOST has no address",
    ),
    Pick(
        "errors.maintenance_test_email_failure",
        "DNS_FAILURE",
        then=_FAIL.format(_SMTP) + "stream_socket_client(): php_network_getaddresses: "
        "getaddrinfo for smtp.example.com failed: Temporary failure in name resolution",
        why=f"{_BST}{_BSC}glibc's EAI_AGAIN: the resolver the BookStack server uses did not "
        "answer for MAIL_HOST",
    ),
    Pick(
        "errors.maintenance_test_email_failure",
        "PORT_CLOSED",
        then=_FAIL.format(_SMTP) + "stream_socket_client(): Unable to connect to "
        f"{_SMTP} (Connection refused)",
        why=f"{_BST}{_BSC}ext/standard/streamsfuncs.c's 'Unable to connect to <address> "
        "(<strerror>)': ECONNREFUSED, nothing listens on MAIL_PORT",
    ),
    Pick(
        "errors.maintenance_test_email_failure",
        "PORT_CLOSED",
        then=_FAIL.format("ssl://smtp.example.com:465") + "stream_socket_client(): Unable to "
        "connect to ssl://smtp.example.com:465 (Connection refused)",
        why=f"{_BST}{_BSC}MAIL_PORT 465 (implicit TLS, ssl://), ECONNREFUSED: nothing listens "
        "on that port",
    ),
    Pick(
        "errors.maintenance_test_email_failure",
        "PORT_FILTERED",
        then=_FAIL.format("smtp.example.com:25") + "stream_socket_client(): Unable to connect "
        "to smtp.example.com:25 (Connection timed out)",
        why=f"{_BST}{_BSC}the connect timeout ran out (ETIMEDOUT): nothing answered on port "
        "25, the network in between drops the packets",
    ),
    Pick(
        "errors.maintenance_test_email_failure",
        "HOST_UNREACHABLE",
        then=_FAIL.format(_SMTP) + "stream_socket_client(): Unable to connect to "
        f"{_SMTP} (No route to host)",
        why=f"{_BST}{_BSC}EHOSTUNREACH from connect(2)",
    ),
    Pick(
        "errors.maintenance_test_email_failure",
        "NO_GREETING",
        then=f'Connection to "{_SMTP}" timed out.',
        why=f"{_BST}Transport/Smtp/Stream/AbstractStream.php readLine(): the TCP connection "
        "was made, then fgets() timed out (stream_get_meta_data()'s timed_out) waiting for "
        "the server's 220 greeting (SmtpTransport.php start())",
    ),
    Pick(
        "errors.maintenance_test_email_failure",
        "CONNECTION_CLOSED",
        then=f'Connection to "{_SMTP}" has been closed unexpectedly.',
        why=f"{_BST}Transport/Smtp/Stream/AbstractStream.php readLine(): the server closed the "
        "connection (eof) while a reply was awaited",
    ),
    Pick(
        "errors.maintenance_test_email_failure",
        "CERT_HOSTNAME_MISMATCH",
        then="Unable to connect with STARTTLS: stream_socket_enable_crypto(): Peer "
        "certificate CN=`mail.example.net' did not match expected CN=`smtp.example.com'",
        why=f"{_BST}Transport/Smtp/Stream/SocketStream.php startTLS(): the EHLO reply named "
        "STARTTLS, set_error_handler() turns the first warning of stream_socket_enable_crypto() "
        "into this TransportException; ext/openssl/xp_ssl.c "
        "php_openssl_matches_common_name(): MAIL_VERIFY_SSL on (verify_peer_name), the "
        "certificate's names do not include MAIL_HOST",
    ),
    Pick(
        "errors.maintenance_test_email_failure",
        "CERT_HOSTNAME_MISMATCH",
        then=_FAIL.format("ssl://smtp.example.com:465") + "stream_socket_client(): Peer "
        "certificate CN=`mail.example.net' did not match expected CN=`smtp.example.com'",
        why=f"{_BST}{_BSC}port 465's implicit TLS, ext/openssl/xp_ssl.c "
        "php_openssl_matches_common_name(): the certificate is for another name than MAIL_HOST",
    ),
    Pick(
        "errors.maintenance_test_email_failure",
        "STARTTLS_NOT_OFFERED",
        then="TLS is required but neither TLS or STARTTLS is in use.",
        why=f"{_BST}Transport/Smtp/EsmtpTransport.php doEhloCommand(): MAIL_ENCRYPTION tls or "
        "ssl sets tls_required (app/Config/mail.php, the fork's setTlsRequirement()); port 587, "
        "no implicit TLS, and the EHLO reply names no STARTTLS",
    ),
    Pick(
        "errors.maintenance_test_email_failure",
        "AUTH_FAILED",
        then=_BSAUTH,
        why=f"{_BST}{_BSA}LoginAuthenticator's password and PlainAuthenticator's AUTH PLAIN "
        f"each expect 235 ({_BSR}), Postfix's 535 to a wrong user name or password",
    ),
    Pick(
        "errors.maintenance_test_email_failure",
        "AUTH_NOT_OFFERED",
        then="Failed to find an authenticator supported by the SMTP server, which currently "
        'supports: "gssapi", "ntlm".',
        why=f"{_BST}Transport/Smtp/EsmtpTransport.php handleAuth(): MAIL_USERNAME set, the EHLO "
        "reply's AUTH names only mechanisms none of the authenticators (CRAM-MD5, LOGIN, "
        "PLAIN, XOAUTH2) speaks, the modes lower-cased",
    ),
    Pick(
        "errors.maintenance_test_email_failure",
        "RELAY_REFUSED",
        then='Expected response code "250/251/252" but got code "554", with message "554 '
        '5.7.1 <admin@example.org>: Relay access denied".',
        why=f"{_BST}{_BSR}SmtpTransport.php doSend(): RCPT TO expects 250/251/252; "
        "MAIL_USERNAME empty (or the server offers no AUTH: handleAuth() is skipped), Postfix "
        "refuses to relay to the admin's outside address for an unauthenticated client",
    ),
    Pick(
        "errors.maintenance_test_email_failure",
        "SENDER_REFUSED",
        then='Expected response code "250" but got code "553", with message "553 5.7.1 '
        "<bookstack@example.com>: Sender address rejected: not owned by user "
        'alice@example.com".',
        why=f"{_BST}{_BSR}SmtpTransport.php doSend(): MAIL FROM expects 250; MAIL_FROM "
        "(default bookstack@example.com) is not an address the logged-in SMTP user may send "
        "as (Postfix's reject_sender_login_mismatch)",
    ),
    Pick(
        "errors.maintenance_test_email_failure",
        "RECIPIENT_UNKNOWN",
        then='Expected response code "250/251/252" but got code "550", with message "550 '
        "5.1.1 <admin@example.org>: Recipient address rejected: User unknown in virtual "
        'mailbox table".',
        why=f"{_BST}{_BSR}RCPT TO: the test goes to the current user's profile email, which "
        "the receiving server does not know",
    ),
    Pick(
        "settings.maint_send_test_email_success",
        None,
        ("address=admin@example.org",),
        why="app/Settings/MaintenanceController.php sendTestEmail(): the test email was handed "
        "to the server without an error",
    ),
    Pick(
        "auth.failed",
        None,
        why="app/Access/Controllers/LoginController.php: BookStack's own sign-in form, the "
        "email and password match no BookStack user",
    ),
    Pick(
        "auth.throttle",
        None,
        ("seconds=60",),
        why="app/Access/Controllers/ThrottlesLogins.php: too many failed BookStack sign-ins "
        "from this address",
    ),
    Pick(
        "auth.registration_email_domain_invalid",
        None,
        why="app/Access/RegistrationService.php: the registration restriction setting allows "
        "other email domains only",
    ),
    Pick(
        "auth.registrations_disabled",
        None,
        why="BookStack's own setting: public registration is switched off",
    ),
    Pick(
        "auth.reset_password_sent",
        None,
        ("email=alice@example.com",),
        why="app/Access/Controllers/ForgotPasswordController.php: BookStack's password reset "
        "request, shown whether or not the address is known",
    ),
    Pick(
        "errors.email_already_confirmed",
        None,
        why="app/Access/EmailConfirmationService.php: the BookStack account's email is already "
        "confirmed",
    ),
    Pick(
        "errors.email_confirmation_invalid",
        None,
        why="app/Access/Controllers/ConfirmEmailController.php: the confirmation link's token is "
        "unknown or used",
    ),
    Pick(
        "errors.email_confirmation_expired",
        None,
        why="app/Access/Controllers/ConfirmEmailController.php: the confirmation link's token "
        "expired, a new email is sent",
    ),
    Pick(
        "errors.email_confirmation_awaiting",
        None,
        why="app/Exceptions/StoppedAuthenticationException.php: the BookStack account's email "
        "is not confirmed yet",
    ),
    Pick(
        "errors.error_user_exists_different_creds",
        None,
        ("email=alice@example.com",),
        why="app/Access/RegistrationService.php: a BookStack user with that email exists",
    ),
    Pick(
        "errors.permission",
        None,
        why="BookStack's own roles: the user may not open the page (e.g. settings without "
        "settings-manage)",
    ),
    Pick(
        "errors.ldap_fail_authed",
        None,
        why="app/Access/Ldap.php: BookStack's LDAP sign-in, the directory refused the bind "
        "(a directory server, not mail)",
    ),
    Pick(
        "errors.saml_no_email_address",
        None,
        why="app/Access/Saml2Service.php: the SAML identity provider sent no email attribute",
    ),
]
KIMAI_LANG = {
    "en": "en",
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pt-BR": "pt_BR",
    "pl": "pl",
    "ja": "ja",
}
# Pick.table: the translation domain (translations/<table>.<ll>.xlf), Pick.key: the
# trans-unit's <source>, Pick.values: what fills its %placeholders%, as name=value.
KIMAI: list[Pick] = [
    Pick(
        "An email has been sent with a link to reset your password. Note: You can only "
        "request a new password once every %tokenLifetime% hours. If you don't receive the "
        "email, please check your spam folder or try again.",
        None,
        ("tokenLifetime=2",),
        table="messages",
        why="src/Controller/Security/PasswordResetController.php: shown after every reset "
        "request (a mailer exception is swallowed there); Kimai's own password reset",
    ),
    Pick(
        "An e-mail has been sent to %email%. It contains a link you must click to activate "
        "your account.",
        None,
        ("email=alice@example.com",),
        table="messages",
        why="src/Controller/Security/SelfRegistrationController.php: Kimai's self-registration, "
        "the activation mail was handed on",
    ),
    Pick(
        "This e-mail address is already in use.",
        None,
        table="validators",
        why="Kimai's user form: another Kimai user has the e-mail address",
    ),
    Pick(
        "An equal e-mail address is already in use.",
        None,
        table="validators",
        why="Kimai's user form: another Kimai user's e-mail address differs only in case",
    ),
]


def _twenty_fourth_repo(mirrors: Path, repo_name: str) -> tuple[Path, str, str]:
    repo = mirrors / (repo_name.replace("/", "+") + "/repo")
    commit = TWENTY_FOURTH_PINS[repo_name]
    assert git(repo, "cat-file", "-t", commit).strip() == "commit", (repo_name, commit)
    return repo, commit, f"{repo_name}@{commit[:12]}"


_LARAVEL_LANG = re.compile(
    r"""^\s*'(\w+)'\s*=>\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*,""", re.M
)


def _laravel_lang(text: str) -> dict[str, str]:
    """A flat Laravel lang file's `'key' => 'value',` lines (PHP's quoting undone)."""
    table = {}
    for key, single, double in _LARAVEL_LANG.findall(text):
        if single or not double:
            table[key] = re.sub(r"\\([\\'])", r"\1", single)
        else:
            table[key] = re.sub(r'\\([ntr"\\$])', _php_escape, double)
    return table


def _named_fill(text: str, values: tuple[str, ...], mark: str) -> str:
    for pair in values:
        name, value = pair.split("=", 1)
        text = text.replace(mark.format(name), value)
    return text


def bookstack(mirrors: Path) -> list[dict[str, object]]:
    """The picked BookStack texts: a key of lang/<ll>/<file>.php (a language whose file has
    no, an empty or the English text is left out: Laravel falls back to en), with the mailer's
    English message on the next line as the test email's notification shows it."""
    repo_name = "BookStackApp/BookStack"
    repo, commit, at = _twenty_fourth_repo(mirrors, repo_name)
    tables: dict[tuple[str, str], tuple[str, dict[str, str]]] = {}
    for lang, folder in BOOKSTACK_LANG.items():
        for name in ("errors", "auth", "settings"):
            path = f"lang/{folder}/{name}.php"
            tables[(lang, name)] = (path, _laravel_lang(git(repo, "show", f"{commit}:{path}")))
    entries = []
    for index, pick in enumerate(BOOKSTACK):
        name, key = pick.key.split(".", 1)
        words_en = tables[("en", name)][1][key]
        texts, sources = {}, {}
        for lang in BOOKSTACK_LANG:
            path, table = tables[(lang, name)]
            words = table.get(key)
            if not words or not words.strip() or (lang != "en" and words == words_en):
                continue
            text = _named_fill(words, pick.values, ":{}")
            if pick.then:
                text = f"{text}\n{pick.then}"
            texts[lang] = text
            if lang == "en":
                where = _where(repo, commit, f"'{name}.{key}'", ("app",))
                sources[lang] = f"{at}:{where}"
            else:
                sources[lang] = f"{at}:{path}#{key}"
        entries.append(_entry("BookStack", f"bookstack.{index}", pick, texts, sources))
    return entries


def _xliff(raw: str) -> dict[str, tuple[str, str]]:
    """An XLIFF 1.2 file's trans-units: source -> (target, state)."""
    import xml.etree.ElementTree as ET

    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    root = ET.fromstring(raw)
    found = {}
    for unit in root.iter("{urn:oasis:names:tc:xliff:document:1.2}trans-unit"):
        source = unit.find("x:source", ns)
        target = unit.find("x:target", ns)
        if source is None or target is None or source.text is None:
            continue
        found[source.text] = (target.text or "", target.get("state", ""))
    return found


def kimai(mirrors: Path) -> list[dict[str, object]]:
    """The picked Kimai texts: a trans-unit's <target> in translations/<domain>.<ll>.xlf (a
    language whose file has no, an empty, a 'needs-translation' or the English target is left
    out)."""
    repo_name = "kimai/kimai"
    repo, commit, at = _twenty_fourth_repo(mirrors, repo_name)
    entries = []
    for index, pick in enumerate(KIMAI):
        texts, sources = {}, {}
        english = ""
        for lang, name in KIMAI_LANG.items():
            path = f"translations/{pick.table}.{name}.xlf"
            units = _xliff(git(repo, "show", f"{commit}:{path}"))
            target, state = units.get(pick.key, ("", ""))
            if lang == "en":
                english = target
            elif not target.strip() or target == english or state.startswith("needs"):
                continue
            texts[lang] = _named_fill(target, pick.values, "%{}%")
            sources[lang] = f"{at}:{path}#{pick.key[:60]}"
        entries.append(_entry("Kimai", f"kimai.{index}", pick, texts, sources))
    return entries


TWENTY_FIFTH_PINS = {
    "humhub/humhub": "13dc14723e7bd227dd6bf78c12771842fb7acb28",
    "kanboard/kanboard": "2cba210dbad4e110d4efdec97d71a38b5df48dad",
}
HUMHUB_MIME = "symfony/mime (composer.lock v6.4.41; read at v6.4.12, the mirror's newest 6.4)"
HUMHUB_LANG = {
    "en": "en",
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pt-BR": "pt-BR",
    "pl": "pl",
    "ja": "ja",
}
# Pick.table: "<module>/<category>" of protected/humhub/modules/<module>/messages/<ll>/
# <category>.php (Yii::t('<Module>Module.<category>', ...)), Pick.key: the English message,
# Pick.values: what fills its {placeholders}, as name=value; Pick.then: what HumHub appends
# after a space (the exception's English message).
HUMHUB: list[Pick] = [
    Pick(
        "Saved and sent test email to: {address}",
        None,
        ("address=admin@example.org",),
        table="admin/settings",
        why="protected/humhub/modules/admin/controllers/SettingController.php "
        "actionMailingServerTest(): $mail->send() returned true, the test email was handed on",
    ),
    Pick(
        "Could not send test email.",
        None,
        table="admin/settings",
        then='Email "alice@@example.org" does not comply with addr-spec of RFC 2822.',
        why="protected/humhub/modules/admin/controllers/SettingController.php "
        "actionMailingServerTest(): $mail->setTo($user->email) threw before any connection "
        "(outside yii2-symfonymailer 2.0.4's sendMessage(), which catches every transport "
        "exception and only returns false); the catch shows 'Could not send test email.' . ' ' . "
        f"$e->getMessage(): {HUMHUB_MIME} Address.php __construct()'s RfcComplianceException, "
        "the admin's own HumHub profile address is not a valid address (not the mail server)",
    ),
    Pick(
        "User or Password incorrect.",
        None,
        table="user/auth",
        why="protected/humhub/modules/user/models/forms/Login.php: HumHub's own sign-in, the "
        "user name or password matches no HumHub user",
    ),
    Pick(
        "Your account is disabled!",
        None,
        table="user/base",
        why="protected/humhub/modules/user/controllers/AuthController.php: the HumHub account's "
        "status is disabled",
    ),
    Pick(
        "Your account is not approved yet!",
        None,
        table="user/base",
        why="protected/humhub/modules/user/controllers/AuthController.php: the HumHub account "
        "awaits an administrator's approval",
    ),
    Pick(
        "Password recovery can only be initiated once every 10 minutes.",
        None,
        table="user/account",
        why="protected/humhub/modules/user/models/forms/AccountRecoverPassword.php: HumHub's "
        "own password recovery, asked again within 10 minutes",
    ),
    Pick(
        "Password recovery disabled. Please contact your system administrator.",
        None,
        table="user/account",
        why="protected/humhub/modules/user/controllers/PasswordRecoveryController.php: HumHub's "
        "password recovery is switched off",
    ),
    Pick(
        "The entered e-mail address is already in use by another user.",
        None,
        table="user/account",
        why="protected/humhub/modules/user/controllers/AccountController.php: another HumHub "
        "user has the address",
    ),
    Pick(
        "Missing E-Mail Attribute from AuthClient.",
        None,
        table="user/base",
        why="protected/humhub/modules/user/controllers/AuthController.php: the external sign-in "
        "(OAuth, LDAP) gave no e-mail attribute",
    ),
    Pick(
        "It looks like you clicked on an invalid password reset link. Please try again.",
        None,
        table="user/base",
        why="protected/humhub/modules/user/controllers/PasswordRecoveryController.php: the reset "
        "link's token is unknown or expired",
    ),
    Pick(
        "Your new password must not be equal your current password!",
        None,
        table="user/base",
        why="protected/humhub/modules/user/models/Password.php: HumHub's own password change",
    ),
]
# HumHub's log (Administration > Information > Logging, log_entries.php shows $entry->message):
# yii2-symfonymailer 2.0.4's sendMessage() catches the transport exception, logs its English
# message at LEVEL_ERROR and returns false (the test email then says only 'Could not send test
# email.'). symfony/mailer: composer.lock pins v5.4.45 (f732e1fafdf0); read at v5.4.36, the
# snapshot's newest 5.4 tag (its 5.4 branch changes only the sendmail transport after it).
HUMHUB_MAILER = ("symfony/mailer", "b57d722f2bf6e1dc08df9c86efbfdcaaba89693b")
_HHL = (
    "yii2-symfonymailer 2.0.4 src/Mailer.php sendMessage(): the Symfony mailer's send() threw, "
    "Yii::getLogger()->log($exception->getMessage(), LEVEL_ERROR), shown by HumHub's log viewer "
    "(protected/humhub/modules/admin/views/logging/log_entries.php); HumHub's SMTP settings "
    "(components/bootstrap/ComponentLoader.php) give scheme 'smtp' (or 'smtps' with Use SMTPS), "
    "host, port, username, password; symfony/mailer 5.4 "
)
_HHC = (
    "Transport/Smtp/Stream/SocketStream.php initialize(): set_error_handler() turns the first "
    "PHP warning of stream_socket_client() into 'Connection could not be established with host "
    "\"<url>\": ' . the warning (url host:port, ssl:// for smtps or port 465: EsmtpTransport's "
    "constructor); "
)
_HHR = (
    'Transport/Smtp/SmtpTransport.php assertResponseCode(): \'Expected response code "<codes>" '
    'but got code "<code>", with message "<trimmed reply>".\'; '
)
_HFAIL = 'Connection could not be established with host "{}": stream_socket_client(): '
_H587 = "smtp.example.com:587"
_HAUTH = (
    'Failed to authenticate on SMTP server with username "alice@example.com" using the '
    'following authenticators: "LOGIN", "PLAIN". Authenticator "LOGIN" returned "Expected '
    f'response code "235" but got code "535", with message "{_PF535}".". Authenticator "PLAIN" '
    f'returned "Expected response code "235" but got code "535", with message "{_PF535}".".'
)
_HGMAIL = (
    "534-5.7.9 Application-specific password required. Learn more at\r\n534 5.7.9  "
    f"https://support.google.com/mail/?p=InvalidSecondFactor {_GMAIL}"
)
HUMHUB_LOG: list[Pick] = [
    Pick(
        "",
        "HOST_NOT_FOUND",
        then=_HFAIL.format(_H587) + "php_network_getaddresses: getaddrinfo for "
        "smtp.example.com failed: Name or service not known",
        why=f"{_HHL}{_HHC}PHP 8's main/network.c php_network_getaddresses(): glibc's "
        "EAI_NONAME, the hostname has no address",
    ),
    Pick(
        "",
        "DNS_FAILURE",
        then=_HFAIL.format(_H587) + "php_network_getaddresses: getaddrinfo for "
        "smtp.example.com failed: Temporary failure in name resolution",
        why=f"{_HHL}{_HHC}glibc's EAI_AGAIN: the HumHub server's resolver did not answer",
    ),
    Pick(
        "",
        "PORT_CLOSED",
        then=_HFAIL.format(_H587) + f"Unable to connect to {_H587} (Connection refused)",
        why=f"{_HHL}{_HHC}ext/standard/streamsfuncs.c's 'Unable to connect to <address> "
        "(<strerror>)': ECONNREFUSED, nothing listens on the port",
    ),
    Pick(
        "",
        "PORT_FILTERED",
        then=_HFAIL.format("smtp.example.com:25") + "Unable to connect to smtp.example.com:25 "
        "(Connection timed out)",
        why=f"{_HHL}{_HHC}ETIMEDOUT: port 25 (HumHub's default without a port), the connect "
        "timeout ran out, nothing answered",
    ),
    Pick(
        "",
        "HOST_UNREACHABLE",
        then=_HFAIL.format(_H587) + f"Unable to connect to {_H587} (No route to host)",
        why=f"{_HHL}{_HHC}EHOSTUNREACH from connect(2)",
    ),
    Pick(
        "",
        "TLS_ON_PLAIN_PORT",
        then=_HFAIL.format("ssl://" + _H587) + "SSL operation failed with code 1. OpenSSL "
        "Error messages:\nerror:0A00010B:SSL routines::wrong version number",
        why=f"{_HHL}{_HHC}Use SMTPS (scheme smtps: implicit TLS, ssl://) with port 587: the "
        "handshake reads the server's plain '220' greeting as a TLS record, ext/openssl/xp_ssl.c "
        "php_openssl_handle_ssl_error(), OpenSSL 3's SSL_R_WRONG_VERSION_NUMBER",
    ),
    Pick(
        "",
        "CERT_HOSTNAME_MISMATCH",
        then=_HFAIL.format("ssl://smtp.example.com:465") + "Peer certificate "
        "CN=`mail.example.net' did not match expected CN=`smtp.example.com'",
        why=f"{_HHL}{_HHC}Use SMTPS, port 465, 'Allow Self-Signed Certificates?' off (verify_peer "
        "and verify_peer_name stay on): ext/openssl/xp_ssl.c php_openssl_matches_common_name(), "
        "the certificate is for another name than the hostname",
    ),
    Pick(
        "",
        "CERT_HOSTNAME_MISMATCH",
        then="Unable to connect with STARTTLS: stream_socket_enable_crypto(): Peer certificate "
        "CN=`mail.example.net' did not match expected CN=`smtp.example.com'",
        why=f"{_HHL}Transport/Smtp/Stream/SocketStream.php startTLS(): scheme smtp, port 587, "
        "the EHLO reply names STARTTLS (EsmtpTransport.php doHeloCommand() then always upgrades), "
        "the first warning of stream_socket_enable_crypto() becomes this exception; "
        "'Allow Self-Signed Certificates?' applies only with SMTPS, so verify_peer_name is on",
    ),
    Pick(
        "",
        "NO_GREETING",
        then=f'Connection to "{_H587}" timed out.',
        why=f"{_HHL}Transport/Smtp/Stream/AbstractStream.php readLine(): connected, then fgets() "
        "timed out (stream_get_meta_data()'s timed_out) waiting for the 220 greeting "
        "(SmtpTransport.php start())",
    ),
    Pick(
        "",
        "CONNECTION_CLOSED",
        then=f'Connection to "{_H587}" has been closed unexpectedly.',
        why=f"{_HHL}Transport/Smtp/Stream/AbstractStream.php readLine(): the server closed the "
        "connection (feof) while a reply was awaited",
    ),
    Pick(
        "",
        "AUTH_FAILED",
        then=_HAUTH,
        why=f"{_HHL}Transport/Smtp/EsmtpTransport.php handleAuth(): a username set, the EHLO "
        "reply's AUTH names PLAIN and LOGIN (Postfix), the authenticators in order CRAM-MD5, "
        "LOGIN, PLAIN, XOAUTH2 tried where offered, each error kept; LoginAuthenticator's "
        f"password and PlainAuthenticator's AUTH PLAIN expect 235 ({_HHR}Postfix's 535 to a "
        "wrong user name or password)",
    ),
    Pick(
        "",
        "APP_PASSWORD_REQUIRED",
        then='Failed to authenticate on SMTP server with username "alice@gmail.com" using the '
        'following authenticators: "LOGIN", "PLAIN", "XOAUTH2". Authenticator "LOGIN" returned '
        f'"Expected response code "235" but got code "534", with message "{_HGMAIL}".". '
        'Authenticator "PLAIN" returned "Expected response code "235" but got code "534", with '
        f'message "{_HGMAIL}".". Authenticator "XOAUTH2" returned "Expected response code "235" '
        'but got code "334", with message "334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2'
        'NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==".".',
        why=f"{_HHL}EsmtpTransport.php handleAuth(): smtp.gmail.com's AUTH names LOGIN PLAIN "
        "XOAUTH2 (and more), LOGIN's password and PLAIN answered 534 5.7.9: the account has "
        "two-step verification and the normal password was given (XOAUTH2Authenticator sends "
        "the password as a bearer token, Gmail answers an invalid token with a 334 challenge "
        'holding its JSON error, {"status":"400",...})',
    ),
    Pick(
        "",
        "AUTH_NOT_OFFERED",
        then="Failed to find an authenticator supported by the SMTP server, which currently "
        'supports: "gssapi", "ntlm".',
        why=f"{_HHL}Transport/Smtp/EsmtpTransport.php handleAuth(): a username set, the EHLO "
        "reply's AUTH names only mechanisms none of the authenticators speaks, lower-cased",
    ),
    Pick(
        "",
        "RELAY_REFUSED",
        then='Expected response code "250/251/252" but got code "554", with message "554 5.7.1 '
        '<admin@example.org>: Relay access denied".',
        why=f"{_HHL}{_HHR}SmtpTransport.php doRcptToCommand(): no username (handleAuth() skipped), "
        "Postfix refuses to relay the test email to the admin's outside address",
    ),
    Pick(
        "",
        "SENDER_REFUSED",
        then='Expected response code "250" but got code "553", with message "553 5.7.1 '
        "<humhub@example.com>: Sender address rejected: not owned by user "
        'alice@example.com".',
        why=f"{_HHL}{_HHR}SmtpTransport.php doMailFromCommand(): the 'E-Mail sender address' "
        "(mailerSystemEmailAddress) is not an address the SMTP user may send as (Postfix's "
        "reject_sender_login_mismatch)",
    ),
    Pick(
        "",
        "RECIPIENT_UNKNOWN",
        then='Expected response code "250/251/252" but got code "550", with message "550 5.1.1 '
        "<admin@example.org>: Recipient address rejected: User unknown in virtual mailbox "
        'table".',
        why=f"{_HHL}{_HHR}RCPT TO: the test goes to the admin's own profile address, which the "
        "receiving server does not know",
    ),
    Pick(
        "",
        "SIZE_LIMIT",
        then='Expected response code "250" but got code "552", with message "552 5.3.4 Message '
        'size exceeds fixed limit".',
        why=f"{_HHL}{_HHR}SmtpTransport.php doSend(): the end of DATA expects 250, the mail is "
        "larger than Postfix's message_size_limit",
    ),
]


KANBOARD_LANG = {
    "en": "",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt-BR": "pt_BR",
    "pl": "pl_PL",
    "ja": "ja_JP",
}
_KBS = (
    "app/Core/Mail/Transport/Mail.php sendEmail() (Smtp.php inherits it, MAIL_TRANSPORT "
    "'smtp'): Swift_Mailer's send() threw a Swift_TransportException, caught and written by "
    "$this->logger->error($e->getMessage()) (LOG_DRIVER 'system': PHP's error_log; the task or "
    "comment flash still says it was sent); the bundled libs/swiftmailer (Swift Mailer 5); "
)
_KBC = (
    "Swift/Transport/StreamBuffer.php _establishSocketConnection(): @stream_socket_client() "
    "returned false, 'Connection could not be established with host <MAIL_SMTP_HOSTNAME> "
    "[<errstr> #<errno>]'; "
)
_KBR = (
    "Swift/Transport/AbstractSmtpTransport.php _assertResponseCode(): 'Expected response code "
    '<codes> but got code "<code>", with message "<reply with its CRLF>"\'; '
)
# Pick.key: the English string, the key of app/Locale/<ll>/translations.php (no English file:
# t() shows the key); an empty key: Swift Mailer's English message in Pick.then, en only, as
# Kanboard's System logger writes it ('[error] ' . message).
KANBOARD: list[Pick] = [
    Pick(
        "",
        "HOST_NOT_FOUND",
        then="Connection could not be established with host smtp.example.com "
        "[php_network_getaddresses: getaddrinfo for smtp.example.com failed: Name or service "
        "not known #0]",
        why=f"{_KBS}{_KBC}PHP 8's main/network.c php_network_getaddresses(): glibc's EAI_NONAME, "
        "MAIL_SMTP_HOSTNAME has no address",
    ),
    Pick(
        "",
        "DNS_FAILURE",
        then="Connection could not be established with host smtp.example.com "
        "[php_network_getaddresses: getaddrinfo for smtp.example.com failed: Temporary failure "
        "in name resolution #0]",
        why=f"{_KBS}{_KBC}glibc's EAI_AGAIN: the Kanboard server's resolver did not answer",
    ),
    Pick(
        "",
        "PORT_CLOSED",
        then="Connection could not be established with host smtp.example.com "
        "[Connection refused #111]",
        why=f"{_KBS}{_KBC}ECONNREFUSED: nothing listens on MAIL_SMTP_PORT",
    ),
    Pick(
        "",
        "PORT_FILTERED",
        then="Connection could not be established with host smtp.example.com "
        "[Connection timed out #110]",
        why=f"{_KBS}{_KBC}ETIMEDOUT: the connect timeout ran out, nothing answered on the port",
    ),
    Pick(
        "",
        "HOST_UNREACHABLE",
        then="Connection could not be established with host smtp.example.com "
        "[No route to host #113]",
        why=f"{_KBS}{_KBC}EHOSTUNREACH from connect(2)",
    ),
    Pick(
        "",
        "AUTH_FAILED",
        then='Failed to authenticate on SMTP server with username "alice@example.com" using 2 '
        "possible authenticators",
        why=f"{_KBS}Swift/Transport/Esmtp/AuthHandler.php afterEhlo(): MAIL_SMTP_USERNAME set, "
        "the EHLO reply's AUTH names PLAIN and LOGIN (Postfix), both authenticators tried and "
        "each returned false (the server's 535 to a wrong user name or password)",
    ),
    Pick(
        "",
        "STARTTLS_NOT_OFFERED",
        then='Expected response code 220 but got code "502", with message "502 5.5.1 Error: '
        'command not implemented\r\n"',
        why=f"{_KBS}{_KBR}Swift/Transport/EsmtpTransport.php _doHeloCommand(): "
        "MAIL_SMTP_ENCRYPTION 'tls' sends STARTTLS whether or not the EHLO reply offers it; "
        "Postfix without TLS answers 502",
    ),
    Pick(
        "",
        "SENDER_REFUSED",
        then='Expected response code 250 but got code "553", with message "553 5.7.1 '
        "<kanboard@example.com>: Sender address rejected: not owned by user "
        'alice@example.com\r\n"',
        why=f"{_KBS}{_KBR}AbstractSmtpTransport.php _doMailFromCommand() expects 250 (not "
        "caught: a RCPT failure is only counted in $failedRecipients and never logged); "
        "MAIL_FROM is not an address the SMTP user may send as",
    ),
    Pick(
        "",
        "NO_GREETING",
        then="Connection to smtp.example.com:587 Timed Out",
        why=f"{_KBS}Swift/Transport/StreamBuffer.php readLine(): connected, then fgets() got "
        "nothing and stream_get_meta_data() says timed_out while the 220 greeting was awaited "
        "(AbstractSmtpTransport.php _readGreeting()); the Swift_IoException's message becomes "
        "a Swift_TransportException in _getFullResponse()",
    ),
    Pick(
        "",
        "CONNECTION_CLOSED",
        then='Expected response code 220 but got code "", with message ""',
        why=f"{_KBS}{_KBR}AbstractSmtpTransport.php _readGreeting(): the server closed the "
        "connection (feof) before any greeting, readLine() returns nothing, sscanf() finds no "
        "code",
    ),
    Pick(
        "Bad username or password",
        None,
        why="app/Validator/AuthValidator.php validateForm(): Kanboard's own sign-in, no "
        "Kanboard user with that name and password",
    ),
    Pick(
        "Invalid captcha",
        None,
        why="app/Validator/PasswordResetValidator.php: the password reset form's captcha was "
        "answered wrong",
    ),
    Pick(
        "Task sent by email successfully.",
        None,
        why="app/Controller/TaskMailController.php send(): shown after the task mail was handed "
        "to the mail client (a transport error is only logged)",
    ),
    Pick(
        "Comment sent by email successfully.",
        None,
        why="app/Controller/CommentMailController.php save(): as for a task, Kanboard's own "
        "confirmation",
    ),
    Pick(
        "The email configuration has been disabled by the administrator.",
        None,
        why="app/Template/config/email.php: MAIL_CONFIGURATION false in config.php hides "
        "Kanboard's email settings page",
    ),
    Pick(
        "Your profile must have a valid email address.",
        None,
        why="app/Template/password_reset/create.php: a hint of Kanboard's password reset form",
    ),
    Pick(
        "Email address invalid",
        None,
        why="app/Validator/ConfigValidator.php, ProjectValidator.php, Import/UserImport.php: "
        "a Kanboard form's email field is not an address",
    ),
    Pick(
        "The project email must be unique across all projects",
        None,
        why="app/Validator/ProjectValidator.php: another Kanboard project has the email",
    ),
]


def _twenty_fifth_repo(mirrors: Path, repo_name: str) -> tuple[Path, str, str]:
    repo = mirrors / (repo_name.replace("/", "+") + "/repo")
    commit = TWENTY_FIFTH_PINS[repo_name]
    assert git(repo, "cat-file", "-t", commit).strip() == "commit", (repo_name, commit)
    return repo, commit, f"{repo_name}@{commit[:12]}"


_PHP_PAIR = re.compile(
    r"""^\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*=>\s*"""
    r"""(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*,?\s*$""",
    re.M,
)


def _php_pairs(text: str) -> dict[str, str]:
    """A flat PHP message file's `'English' => 'translation',` lines (commented ones skipped,
    PHP's quoting undone)."""

    def undo(single: str, double: str) -> str:
        if double:
            return re.sub(r'\\([ntr"\\$])', _php_escape, double)
        return re.sub(r"\\([\\'])", r"\1", single)

    return {undo(a, b): undo(c, d) for a, b, c, d in _PHP_PAIR.findall(text)}


def humhub(mirrors: Path) -> list[dict[str, object]]:
    """The picked HumHub texts: a message of protected/humhub/modules/<module>/messages/<ll>/
    <category>.php (a language whose file has no, an empty or the English text is left out:
    Yii shows the English source), followed by what HumHub appends."""
    repo_name = "humhub/humhub"
    repo, commit, at = _twenty_fifth_repo(mirrors, repo_name)
    entries = []
    for index, pick in enumerate(HUMHUB):
        module, category = pick.table.split("/")
        texts, sources = {}, {}
        for lang, folder in HUMHUB_LANG.items():
            if lang == "en":
                words = pick.key
                code = (f"protected/humhub/modules/{module}", ":(exclude)*/messages/*")
                where = _where(repo, commit, f"'{pick.key}'", code)
                source = f"{at}:{where}"
            else:
                path = f"protected/humhub/modules/{module}/messages/{folder}/{category}.php"
                words = _php_pairs(git(repo, "show", f"{commit}:{path}")).get(pick.key, "")
                if not words.strip() or words == pick.key:
                    continue
                source = f"{at}:{path}#{pick.key[:60]}"
            text = _named_fill(words, pick.values, "{{{}}}")
            if pick.then:
                text = f"{text} {pick.then}"
            texts[lang] = text
            sources[lang] = source
        entries.append(_entry("HumHub", f"humhub.{index}", pick, texts, sources))
    lib_name, lib_commit = HUMHUB_MAILER
    lib = mirrors / (lib_name.replace("/", "+") + "/repo")
    assert git(lib, "cat-file", "-t", lib_commit).strip() == "commit", HUMHUB_MAILER
    for index, pick in enumerate(HUMHUB_LOG, len(HUMHUB)):
        literal = pick.then[:36]  # the message's constant start as the library spells it
        if pick.then.startswith("Connection to"):
            literal = 'Connection to "%s" ' + pick.then.split('" ', 1)[1]
        elif pick.then.startswith("Expected response code"):
            literal = "'Expected response code \"%s\" but got '"
        elif pick.then.startswith("Unable to connect with STARTTLS"):
            literal = "'Unable to connect with STARTTLS: '"
        where = _where(lib, lib_commit, literal, ("Transport",))
        texts = {"en": pick.then}
        sources = {"en": f"{lib_name}@{lib_commit[:12]}:{where} (via {at} admin logging)"}
        entries.append(_entry("HumHub", f"humhub.{index}", pick, texts, sources))
    return entries


def kanboard(mirrors: Path) -> list[dict[str, object]]:
    """The picked Kanboard texts: the value of app/Locale/<ll>/translations.php for the English
    key (a language whose file has no, a commented-out, an empty or the English value is left
    out: t() shows the key), or Swift Mailer's English log line (en only)."""
    repo_name = "kanboard/kanboard"
    repo, commit, at = _twenty_fifth_repo(mirrors, repo_name)
    tables = {
        lang: _php_pairs(git(repo, "show", f"{commit}:app/Locale/{folder}/translations.php"))
        for lang, folder in KANBOARD_LANG.items()
        if folder
    }
    entries = []
    for index, pick in enumerate(KANBOARD):
        texts, sources = {}, {}
        if not pick.key:
            literal = pick.then[:36]  # the message's constant start as the source spells it
            if pick.then.startswith("Expected response code"):
                literal = "'Expected response code '"
            elif pick.then.startswith("Connection to"):
                literal = "' Timed Out'"
            where = _where(repo, commit, literal, ("libs/swiftmailer",))
            texts["en"] = f"[error] {pick.then}"  # app/Core/Log/System.php's error_log line
            sources["en"] = f"{at}:{where}"
        else:
            texts["en"] = pick.key
            sources["en"] = f"{at}:" + _where(repo, commit, f"t('{pick.key}'", ("app",))
            for lang, folder in KANBOARD_LANG.items():
                if not folder:
                    continue
                words = tables[lang].get(pick.key, "")
                if not words.strip() or words == pick.key:
                    continue
                texts[lang] = words
                sources[lang] = f"{at}:app/Locale/{folder}/translations.php#{pick.key[:60]}"
        entries.append(_entry("Kanboard", f"kanboard.{index}", pick, texts, sources))
    return entries


TWENTY_SIXTH_PINS = {
    "phpList/phplist3": "72dd0d6f21010571066260abcd622ba4ca249095",
    # GLPI's own snapshot is over the fetch limit: its 9.3.1 release tag, read in the
    # ettalhi/glpi fork's snapshot, which holds the upstream history and tags.
    "glpi-project/glpi": "a9d1277b66cd614c656faf3fd6944456ee316c55",
}
# Where each pinned repository was read: the mirror folder under MIRRORS_DIR.
TWENTY_SIXTH_MIRRORS = {
    "phpList/phplist3": "phpList+phplist3",
    "glpi-project/glpi": "ettalhi+glpi",
}
# The libraries whose English reasons the apps show, at the versions the apps run.
# c-client (PHP's imap extension: imap_open() and imap_last_error()): UW IMAP 2007f with the
# OpenSSL 1.1 patches; OpenSSL 3's X509_verify_cert_error_string() texts (openssl/openssl@
# 0223dfcf1e4d crypto/x509/x509_txt.c, read through the research index, not a mirror).
CCLIENT = ("uw-imap/imap", "cab109466534e206a3652ef1c68fe88101b68bda")
# GLPI 9.3.1's composer.lock pins phpmailer/phpmailer v6.0.5; its source is read in
# kirksmacdonald/glpi, a one-commit copy of the 9.3.1 release with its vendor/ folder
# (vendor/phpmailer/phpmailer/VERSION says 6.0.5).
GLPI_PHPMAILER = ("kirksmacdonald/glpi", "1c466034a726ee452bd093ee9f79338bec39f0ae")
GLPI_PHPMAILER_DIR = "vendor/phpmailer/phpmailer/src"
# phpList ships PHPMailer 6.6.3 in its tree (USE_PHPMAILER6 is true by default, init.php).
PHPLIST_PHPMAILER_DIR = "public_html/lists/admin/PHPMailer6/src"
PHPLIST_LANG = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pt-BR": "pt_BR",
    "pl": "pl",
    "ja": "ja",
}
GLPI_LANG = {
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt-BR": "pt_BR",
    "pl": "pl_PL",
    "ja": "ja_JP",
}


def _pm_reply(reply: str, wide: bool) -> tuple[str, str, str]:
    """PHPMailer SMTP::sendCommand()'s reading of a reply: its code, its enhanced code (6.0.5
    takes one digit after the second dot, 6.6.3 one or two) and the detail, every line's code
    cut off."""
    last = "{1,2}" if wide else ""
    found = re.match(r"^(\d{3})[ -](?:(\d\.\d\.\d" + last + r") )?", reply)
    assert found, reply
    code, code_ex = found[1], found[2] or ""
    cut = f"{code}[ -]" + (code_ex.replace(".", r"\.") + " " if code_ex else "")
    return code, code_ex, re.sub(cut, "", reply, flags=re.M)


def _pm_server(error: str, detail: str, code: str, code_ex: str) -> str:
    """What PHPMailer::setError() appends when the SMTP object holds an error."""
    text = "SMTP server error: " + error
    if detail:
        text += " Detail: " + detail
    if code:
        text += " SMTP code: " + code
    if code_ex:
        text += " Additional SMTP info: " + code_ex
    return text


def _web(text: str) -> str:
    """A text as the browser shows it: the reply's CRLF and any run of white space is one
    space."""
    return re.sub(r"\s+", " ", text).strip()


def pm_rcpt_failed(to: str, reply: str, wide: bool) -> str:
    """ErrorInfo when every RCPT TO is refused: smtpSend() sends no DATA, quit() and close()
    clear the SMTP error, then the recipients_failed exception, its detail the reply's."""
    return _web(
        "SMTP Error: The following recipients failed: " + to + ": " + _pm_reply(reply, wide)[2]
    )


def pm_data_failed(reply: str, wide: bool) -> str:
    """ErrorInfo when the end of DATA is refused: data_not_accepted, then postSend()'s
    setError() appends the SMTP object's 'DATA END command failed'."""
    code, code_ex, detail = _pm_reply(reply, wide)
    server = _pm_server("DATA END command failed", detail, code, code_ex)
    return _web("SMTP Error: data not accepted." + server)


def pm_from_failed(sender: str, reply: str, wide: bool) -> str:
    """ErrorInfo when MAIL FROM is refused: smtpSend()'s setError() (from_failed, the sender,
    implode(',', getError()), then the server error appended), thrown and set again by
    postSend(), which appends the same server error a second time."""
    code, code_ex, detail = _pm_reply(reply, wide)
    server = _pm_server("MAIL FROM command failed", detail, code, code_ex)
    first = (
        "The following From address failed: "
        + sender
        + " : "
        + ",".join(("MAIL FROM command failed", detail, code, code_ex))
        + server
    )
    return _web(first + server)


def pm_debug_reply(command: str, reply: str) -> str:
    """SMTP::sendCommand()'s DEBUG_CLIENT line for a refused command, as GLPI's Debugoutput
    writes it ("$level - $message"): the raw reply, its CRLF as line ends."""
    return f"1 - SMTP ERROR: {command} command failed: " + reply.replace("\r\n", "\n").rstrip("\n")


GLPI_SMTP = "/var/www/html/glpi/vendor/phpmailer/phpmailer/src/SMTP.php"
GLPI_LOG_HEAD = "2026-11-20 09:14:02 [2@helpdesk]"  # Toolbox::logInFile(): date, [user@host]


def cc_mailbox(host: str, port: str, name: str = "INBOX") -> str:
    """processbounces.php processPop(): sprintf('{%s:%s}%s', $server, $port, $mailboxName)."""
    return "{" + f"{host}:{port}" + "}" + name


# phpList (phpList/phplist3, public_html/lists/admin/): Pick.key is the English text the code
# passes to $GLOBALS['I18N']->get() or s() (looked up in locale/<ll>/phplist.po), Pick.values
# fill its %s/%d (vsprintf), Pick.then follows after a space: the bounce mailbox and
# imap_last_error() (c-client's English), or PHPMailer's ErrorInfo. Pick.table names the
# library literal the reason is built from ("c-client:..." or "phpmailer:..."), checked in the
# library's pinned source.
_PL_POP = cc_mailbox("pop.example.org", "110/pop3/notls")
_PL_POP_SSL = cc_mailbox("mail.example.org", "995/pop3/ssl")
_PL_IMAP_SSL = cc_mailbox("mail.example.org", "993/imap/ssl")
_BOUNCE_WHY = (
    "public_html/lists/admin/processbounces.php processPop(): imap_open($mailbox, $user, "
    "$password) returned false; outputProcessBounce() shows get('Cannot create POP3 connection "
    'to\')." $mailbox: ".imap_last_error(), the last message c-client logged ({} at {}); '
)
_BOUNCE = "Cannot create POP3 connection to"
_CC = f"{CCLIENT[0]}@{CCLIENT[1][:12]}"
PHPLIST: list[Pick] = [
    Pick(
        _BOUNCE,
        "HOST_NOT_FOUND",
        then=f"{_PL_POP}: No such host as pop.example.org",
        table="c-client:No such host as %.80s",
        why=_BOUNCE_WHY.format("src/osdep/unix/tcp_unix.c tcp_open()", _CC)
        + "ip_nametoaddr() found no address for the configured bounce mailbox host",
    ),
    Pick(
        _BOUNCE,
        "PORT_CLOSED",
        then=f"{_PL_POP}: Connection failed to pop.example.org,110: Connection refused",
        table="c-client:Connection failed to %.80s,%lu: %s",
        why=_BOUNCE_WHY.format("src/osdep/unix/tcp_unix.c tcp_socket_open()", _CC)
        + "the non-blocking connect's poll() then read() gives ECONNREFUSED: nothing listens on "
        "the port",
    ),
    Pick(
        _BOUNCE,
        "PORT_FILTERED",
        then=f"{_PL_POP}: Connection failed to pop.example.org,110: Connection timed out",
        table="c-client:Connection failed to %.80s,%lu: %s",
        why=_BOUNCE_WHY.format("src/osdep/unix/tcp_unix.c tcp_socket_open()", _CC)
        + "the SYNs get no answer until the kernel gives up with ETIMEDOUT: the port is dropped "
        "on the way",
    ),
    Pick(
        _BOUNCE,
        "HOST_UNREACHABLE",
        then=f"{_PL_POP}: Connection failed to pop.example.org,110: No route to host",
        table="c-client:Connection failed to %.80s,%lu: %s",
        why=_BOUNCE_WHY.format("src/osdep/unix/tcp_unix.c tcp_socket_open()", _CC)
        + "an ICMP host unreachable ends the connect with EHOSTUNREACH",
    ),
    Pick(
        _BOUNCE,
        "CERT_SELF_SIGNED",
        then=f"{_PL_POP_SSL}: Certificate failure for mail.example.org: self-signed certificate: "
        "/CN=mail.example.org",
        table="c-client:Certificate failure for %.80s: %.512s",
        why=_BOUNCE_WHY.format("src/osdep/unix/ssl_unix.c ssl_open_verify(), ssl_start()", _CC)
        + "OpenSSL's verify callback reports X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT ('self-signed "
        "certificate', OpenSSL 3 x509_txt.c) for the server's only certificate, c-client "
        "appends its subject (X509_NAME_oneline); PHP sets no certificate query callback",
    ),
    Pick(
        _BOUNCE,
        "CERT_EXPIRED",
        then=f"{_PL_POP_SSL}: Certificate failure for mail.example.org: certificate has expired: "
        "/CN=mail.example.org",
        table="c-client:Certificate failure for %.80s: %.512s",
        why=_BOUNCE_WHY.format("src/osdep/unix/ssl_unix.c ssl_open_verify(), ssl_start()", _CC)
        + "X509_V_ERR_CERT_HAS_EXPIRED for the server's certificate",
    ),
    Pick(
        _BOUNCE,
        "CERT_UNTRUSTED",
        then=f"{_PL_IMAP_SSL}: Certificate failure for mail.example.org: unable to get local "
        "issuer certificate: /CN=mail.example.org",
        table="c-client:Certificate failure for %.80s: %.512s",
        why=_BOUNCE_WHY.format("src/osdep/unix/ssl_unix.c ssl_open_verify(), ssl_start()", _CC)
        + "X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY: the server's certificate chains to no "
        "CA the system trusts (its issuer is neither sent nor installed)",
    ),
    Pick(
        _BOUNCE,
        "CERT_HOSTNAME_MISMATCH",
        then=f"{_PL_POP_SSL}: Certificate failure for mail.example.org: hostname mismatch: "
        "/CN=mx1.hosting.example",
        table="c-client:X509_VERIFY_PARAM_set1_host(param, host, 0)",
        why=_BOUNCE_WHY.format("src/osdep/unix/ssl_unix.c ssl_start_work(), ssl_open_verify()", _CC)
        + "with OpenSSL 1.1 or later c-client sets the configured host for OpenSSL's check, "
        "which fails with X509_V_ERR_HOSTNAME_MISMATCH: the certificate names another host",
    ),
    Pick(
        _BOUNCE,
        "TLS_ON_PLAIN_PORT",
        then=cc_mailbox("mail.example.org", "110/pop3/ssl")
        + ": TLS/SSL failure for mail.example.org: SSL negotiation failed",
        table="c-client:TLS/SSL failure for %.80s: %.512s",
        why=_BOUNCE_WHY.format("src/osdep/unix/ssl_unix.c ssl_start_work(), ssl_start()", _CC)
        + "the bounce port setting asks for /ssl on port 110, whose server greets in plain "
        "text: SSL_write() fails before any certificate, 'SSL negotiation failed'",
    ),
    Pick(
        _BOUNCE,
        "STARTTLS_NOT_OFFERED",
        then=cc_mailbox("mail.example.org", "110/pop3/tls")
        + ": Unable to negotiate TLS with this server",
        table="c-client:Unable to negotiate TLS with this server",
        why=_BOUNCE_WHY.format("src/c-client/pop3.c pop3_auth()", _CC)
        + "the port setting asks for /tls, and the server's CAPA lists no STLS",
    ),
    Pick(
        _BOUNCE,
        "AUTH_FAILED",
        then=f"{_PL_POP_SSL}: Can not authenticate to POP3 server: [AUTH] Authentication failed.",
        table="c-client:Can not authenticate to POP3 server: %.80s",
        why=_BOUNCE_WHY.format("src/c-client/pop3.c pop3_auth()", _CC)
        + "the server (Dovecot) answers '-ERR [AUTH] Authentication failed.' to every AUTH PLAIN "
        "try: the bounce mailbox user name or password is wrong",
    ),
    Pick(
        _BOUNCE,
        "AUTH_FAILED",
        then=f"{_PL_IMAP_SSL}: Can not authenticate to IMAP server: [AUTHENTICATIONFAILED] "
        "Authentication failed.",
        table="c-client:Can not authenticate to IMAP server: %.80s",
        why=_BOUNCE_WHY.format("src/c-client/imap4r1.c imap_auth()", _CC)
        + "the server (Dovecot) answers 'NO [AUTHENTICATIONFAILED] Authentication failed.' to "
        "AUTHENTICATE PLAIN",
    ),
    Pick(
        _BOUNCE,
        "APP_PASSWORD_REQUIRED",
        then=cc_mailbox("imap.gmail.com", "993/imap/ssl")
        + ": Can not authenticate to IMAP server: "
        + "[ALERT] Application-specific password required: "
        "https://support.google.com/accounts/answer/185833 (Failure)"[:80],
        table="c-client:Can not authenticate to IMAP server: %.80s",
        why=_BOUNCE_WHY.format("src/c-client/imap4r1.c imap_auth()", _CC)
        + "Gmail refuses the account's normal password for an account with 2-Step Verification "
        "('NO [ALERT] Application-specific password required: ...'), c-client keeps the reply's "
        "first 80 characters",
    ),
    Pick(
        _BOUNCE,
        "PLAINTEXT_AUTH_DISABLED",
        then=cc_mailbox("mail.example.org", "143/imap/notls")
        + ": Server disables LOGIN, no recognized SASL authenticator",
        table="c-client:Server disables LOGIN, no recognized SASL authenticator",
        why=_BOUNCE_WHY.format("src/c-client/imap4r1.c imap_login()", _CC)
        + "the port setting forbids TLS (/notls) and the server's CAPABILITY says LOGINDISABLED "
        "with no AUTH= mechanism: it takes no password on an unencrypted connection",
    ),
    # PHPMailer 6.6.3's ErrorInfo after phplistMailer::compatSend()'s parent::send() failed:
    # logEvent(s('Error sending email to %s', $to_addr).' '.$this->ErrorInfo), shown on the
    # event log page. (A refused connection, TLS or login gives only 'SMTP connect() failed.'
    # here: phpList builds PHPMailer without exceptions and smtpConnect()'s close() clears the
    # reason, so those are not picked.)
    Pick(
        "Error sending email to %s",
        "RECIPIENT_UNKNOWN",
        ("bob@example.org",),
        then=pm_rcpt_failed(
            "bob@example.org",
            "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local "
            "recipient table\r\n",
            True,
        ),
        table="phpmailer:'recipients_failed' => 'SMTP Error: The following recipients failed: '",
        why="public_html/lists/admin/class.phplistmailer.php compatSend(): the relay refuses the "
        "RCPT TO of a subscriber address it hosts, the mailbox does not exist",
    ),
    Pick(
        "Error sending email to %s",
        "RELAY_REFUSED",
        ("bob@example.net",),
        then=pm_rcpt_failed(
            "bob@example.net", "554 5.7.1 <bob@example.net>: Relay access denied\r\n", True
        ),
        table="phpmailer:'recipients_failed' => 'SMTP Error: The following recipients failed: '",
        why="public_html/lists/admin/class.phplistmailer.php compatSend(): the SMTP server "
        "phpList sends through refuses to relay to another domain: phpList did not log in "
        "(no phpmailer_smtpuser set) or uses a server that is not its relay",
    ),
    Pick(
        "Error sending email to %s",
        "SIZE_LIMIT",
        ("bob@example.org",),
        then=pm_data_failed("552 5.3.4 Message size exceeds fixed limit\r\n", True),
        table="phpmailer:'data_not_accepted' => 'SMTP Error: data not accepted.'",
        why="public_html/lists/admin/class.phplistmailer.php compatSend(): the server refuses "
        "the campaign at the end of DATA, it is over the server's message size limit",
    ),
    Pick(
        "Error sending email to %s",
        "SENDER_REFUSED",
        ("bob@example.org",),
        then=pm_from_failed(
            "news@example.org",
            "553 5.7.1 <news@example.org>: Sender address rejected: not owned by user "
            "lists@example.org\r\n",
            True,
        ),
        table="phpmailer:'from_failed' => 'The following From address failed: '",
        why="public_html/lists/admin/class.phplistmailer.php compatSend(): the server refuses "
        "MAIL FROM: the logged-in SMTP account may not send as the campaign's From address",
    ),
    Pick(
        "Error sending email to %s",
        "REJECTED_AS_SPAM",
        ("bob@example.org",),
        then=pm_data_failed("554 5.7.1 Spam message rejected\r\n", True),
        table="phpmailer:'data_not_accepted' => 'SMTP Error: data not accepted.'",
        why="public_html/lists/admin/class.phplistmailer.php compatSend(): the server's spam "
        "filter (rspamd's milter reply) refuses the message's content at the end of DATA",
    ),
    # phpList's own texts: no settings problem.
    Pick(
        "incorrect password",
        None,
        why="public_html/lists/admin/phpListAdminAuthentication.php validateLogin(): phpList's "
        "own admin sign-in, the name or password matches no phpList administrator",
    ),
    Pick(
        "your account has been disabled",
        None,
        why="public_html/lists/admin/phpListAdminAuthentication.php validateLogin(): the phpList "
        "administrator account is disabled",
    ),
    Pick(
        "Your session timed out, please login again",
        None,
        why="public_html/lists/admin/index.php: the phpList admin session expired",
    ),
    Pick(
        "Your IP address has changed. For security reasons, please login again",
        None,
        why="public_html/lists/admin/index.php: the admin session is bound to the IP address "
        "it signed in from",
    ),
    Pick(
        "Unknown token or time expired (More than 24 hrs. passed since the notification email "
        "was sent)",
        None,
        why="public_html/lists/admin/login.php: phpList's forgotten-password link is unknown or "
        "older than a day",
    ),
    Pick(
        "The passwords you entered are not the same.",
        None,
        why="public_html/lists/admin/login.php: the new admin password and its confirmation differ",
    ),
    Pick(
        "In order to login, you need to enable cookies in your browser",
        None,
        why="public_html/lists/admin/login.php: the browser refuses phpList's session cookie",
    ),
    Pick(
        "You can send a test mail once every %d seconds",
        None,
        ("90",),
        why="public_html/lists/admin/send_core.php: SENDTEST_THROTTLE, phpList's own pause "
        "between test sends",
    ),
    Pick(
        "There is a maximum of %d test emails allowed",
        None,
        ("10",),
        why="public_html/lists/admin/send_core.php: SENDTEST_MAX, more test addresses than "
        "phpList allows",
    ),
    Pick(
        "No target email addresses listed for testing.",
        None,
        why="public_html/lists/admin/send_core.php: the campaign's test address field is empty",
    ),
    Pick(
        "Email address not found to send test message.",
        None,
        then=": bob@example.org",
        why="public_html/lists/admin/send_core.php: the test address is no phpList subscriber "
        "(the code appends ': $address')",
    ),
    Pick(
        "Sending test mails is currently not available",
        None,
        why="public_html/lists/admin/send_core.php: a plugin's sendTestAllowed() refused",
    ),
    Pick(
        "IMAP is not included in your PHP installation, cannot continue",
        None,
        why="public_html/lists/admin/processbounces.php: PHP has no imap extension "
        "(function_exists('imap_open') is false), the web server's PHP, not a mail setting",
    ),
    Pick(
        "%d bounces to fetch from the mailbox",
        None,
        ("3",),
        why="public_html/lists/admin/processbounces.php processMessages(): the bounce mailbox "
        "was opened, it holds that many messages",
    ),
    Pick(
        "Email address auto blacklisted by bounce rule %d",
        None,
        ("4",),
        why="public_html/lists/admin/processbounces.php: a subscriber blacklisted by one of "
        "phpList's bounce rules",
    ),
    Pick(
        "Error, empty message-body sending email to %s",
        None,
        ("bob@example.org",),
        why="public_html/lists/admin/class.phplistmailer.php compatSend(): the campaign has no "
        "body, nothing was sent",
    ),
]

# GLPI 9.3.1 (glpi-project/glpi): Pick.key is the msgid of __() in locales/<ll_CC>.po, with
# Pick.values for its placeholders; Pick.then is PHPMailer 6.0.5's ErrorInfo that
# NotificationEventMailing::send() shows after "<br/>" (a line break here). GLPIMailer sets
# PHPMailer's language to "en". The GLPI_DEBUG picks have no key: they are PHPMailer's English
# debug lines GLPI writes to files/_log/mail-debug.log when the session is in debug mode
# (GLPIMailer::__construct(): SMTPDebug = SMTP::DEBUG_CONNECTION and Debugoutput
# Toolbox::logInFile('mail-debug', "$level - $message")), each entry "date [user@host]" and
# the line (en only).
_GLPI_SEND_WHY = (
    "inc/notificationeventmailing.class.php send(): $mmail->Send() of a queued notification "
    "returned false, Session::addMessageAfterRedirect($messageerror . '<br/>' . "
    "$mmail->ErrorInfo) with $messageerror = __('Error in sending the email'); "
)
GLPI: list[Pick] = [
    Pick(
        "Error in sending the email",
        "RECIPIENT_UNKNOWN",
        then=pm_rcpt_failed(
            "jdoe@example.org",
            "550 5.1.1 <jdoe@example.org>: Recipient address rejected: User unknown in virtual "
            "mailbox table\r\n",
            False,
        ),
        table="phpmailer:'recipients_failed' => 'SMTP Error: The following recipients failed: '",
        why=_GLPI_SEND_WHY + "the SMTP server refuses the RCPT TO of the requester's address, "
        "which does not exist",
    ),
    Pick(
        "Error in sending the email",
        "RELAY_REFUSED",
        then=pm_rcpt_failed(
            "jdoe@customer.example",
            "554 5.7.1 <jdoe@customer.example>: Relay access denied\r\n",
            False,
        ),
        table="phpmailer:'recipients_failed' => 'SMTP Error: The following recipients failed: '",
        why=_GLPI_SEND_WHY + "the SMTP server will not relay to another domain for GLPI (no SMTP "
        "login set, or not GLPI's relay)",
    ),
    Pick(
        "Error in sending the email",
        "RECIPIENT_MAILBOX_FULL",
        then=pm_rcpt_failed(
            "jdoe@example.org",
            "552 5.2.2 <jdoe@example.org>: Recipient address rejected: Quota exceeded (mailbox "
            "for user is full)\r\n",
            False,
        ),
        table="phpmailer:'recipients_failed' => 'SMTP Error: The following recipients failed: '",
        why=_GLPI_SEND_WHY + "the server's quota policy (Dovecot quota-status) refuses the "
        "recipient, whose mailbox is full",
    ),
    Pick(
        "Error in sending the email",
        "SIZE_LIMIT",
        then=pm_data_failed("552 5.3.4 Message size exceeds fixed limit\r\n", False),
        table="phpmailer:'data_not_accepted' => 'SMTP Error: data not accepted.'",
        why=_GLPI_SEND_WHY + "the server refuses the notification with its attached documents "
        "at the end of DATA, over its message size limit",
    ),
    Pick(
        "Error in sending the email",
        "SENDER_REFUSED",
        then=pm_from_failed(
            "glpi@example.org",
            "553 5.7.1 <glpi@example.org>: Sender address rejected: not owned by user "
            "helpdesk@example.org\r\n",
            False,
        ),
        table="phpmailer:'from_failed' => 'The following From address failed: '",
        why=_GLPI_SEND_WHY + "the server refuses MAIL FROM: GLPI's SMTP login may not send as "
        "the administrator's or sender address",
    ),
    # GLPI's own texts: no settings problem.
    Pick(
        "Test email sent to administrator",
        None,
        why="inc/notificationmailing.class.php testNotification(): $mmail->Send() returned "
        "true, the test email was handed on",
    ),
    Pick(
        "Empty login or password",
        None,
        why="inc/auth.class.php login(): GLPI's own sign-in form was sent without a login or "
        "password",
    ),
    Pick(
        "User not authorized to connect in GLPI",
        None,
        why="inc/auth.class.php login(): the GLPI user has no profile or is inactive",
    ),
    Pick(
        "Unable to connect to the LDAP directory",
        None,
        why="inc/auth.class.php connection_ldap(): GLPI's LDAP authentication source, not a "
        "mail server",
    ),
    Pick(
        "Your password reset request has expired or is invalid. Please renew it.",
        None,
        why="inc/user.class.php showPasswordForm(): GLPI's own password reset token",
    ),
    Pick(
        "Error: the two passwords do not match",
        None,
        why="inc/user.class.php prepareInputForAdd()/prepareInputForUpdate(): GLPI's user form",
    ),
    Pick(
        "Email not found. Impossible import",
        None,
        why="inc/notimportedemail.class.php getAllReasons(): the mail collector read the "
        "mailbox, but the sender matches no GLPI user (USER_UNKNOWN)",
    ),
    Pick(
        "Unable to affect the email to an entity",
        None,
        why="inc/notimportedemail.class.php getAllReasons(): no GLPI rule assigns the collected "
        "email to an entity (MATCH_NO_RULE)",
    ),
    Pick(
        "Invalid email address",
        None,
        why="inc/mailcollector.class.php prepareInputForUpdate()/prepareInputForAdd(): the "
        "receiver's name is not an "
        "email address (a GLPI form check)",
    ),
    Pick(
        "Number of messages: available=%1$d, retrieved=%2$d, refused=%3$d, errors=%4$d, "
        "blacklisted=%5$d",
        None,
        ("3", "3", "0", "0", "0"),
        why="inc/mailcollector.class.php collect(): the mailbox was opened and read",
    ),
    Pick(
        "Could not find mailgate %d",
        None,
        ("4",),
        why="inc/mailcollector.class.php collect(): no GLPI receiver has the ID",
    ),
]
_GLPI_DEBUG_WHY = (
    "inc/glpimailer.class.php __construct(): in debug mode GLPI writes PHPMailer's debug "
    "output to mail-debug.log; "
)
GLPI_DEBUG: list[Pick] = [
    Pick(
        "",
        "PORT_CLOSED",
        then="1 - SMTP ERROR: Failed to connect to server: Connection refused (111)",
        table="phpmailer:'Failed to connect to server'",
        why=_GLPI_DEBUG_WHY + "SMTP::connect(): stream_socket_client() failed, errstr and errno "
        "are the system's ECONNREFUSED: nothing listens on the SMTP port",
    ),
    Pick(
        "",
        "PORT_FILTERED",
        then="1 - SMTP ERROR: Failed to connect to server: Connection timed out (110)",
        table="phpmailer:'Failed to connect to server'",
        why=_GLPI_DEBUG_WHY + "SMTP::connect(): ETIMEDOUT, the SYNs to the port get no answer",
    ),
    Pick(
        "",
        "HOST_NOT_FOUND",
        then="1 - SMTP ERROR: Failed to connect to server: php_network_getaddresses: getaddrinfo "
        "failed: Name or service not known (0)",
        table="phpmailer:'Failed to connect to server'",
        why=_GLPI_DEBUG_WHY + "SMTP::connect(): PHP's resolver finds no address for the SMTP "
        "host (getaddrinfo EAI_NONAME, errno 0)",
    ),
    Pick(
        "",
        "HOST_UNREACHABLE",
        then="1 - SMTP ERROR: Failed to connect to server: No route to host (113)",
        table="phpmailer:'Failed to connect to server'",
        why=_GLPI_DEBUG_WHY + "SMTP::connect(): EHOSTUNREACH",
    ),
    Pick(
        "",
        "TLS_ON_PLAIN_PORT",
        then="3 - Connection failed. Error #2: stream_socket_client(): SSL operation failed with "
        "code 1. OpenSSL Error messages:\nerror:1408F10B:SSL routines:ssl3_get_record:wrong "
        f"version number [{GLPI_SMTP} line 326]",
        table="phpmailer:$notice = 'Connection failed.';",
        why=_GLPI_DEBUG_WHY + "SMTP::errorHandler() catches PHP 7's warning of "
        "stream_socket_client() (SMTP.php line 326): GLPI's mode 'SSL' opens ssl:// to a port "
        "whose server answers in plain SMTP, OpenSSL 1.1.1 reads its greeting as a record of a "
        "wrong version",
    ),
    Pick(
        "",
        "CERT_HOSTNAME_MISMATCH",
        then="3 - Connection failed. Error #2: stream_socket_enable_crypto(): Peer certificate "
        "CN=`mx1.hosting.example' did not match expected CN=`mail.example.org' "
        f"[{GLPI_SMTP} line 405]",
        table="phpmailer:$crypto_ok = stream_socket_enable_crypto(",
        why=_GLPI_DEBUG_WHY + "SMTP::startTLS() (SMTP.php line 405, 'Check the certificate' "
        "on): PHP 7's peer name check, the certificate names another host than the one set",
    ),
    Pick(
        "",
        "AUTH_FAILED",
        then=pm_debug_reply(
            "Password", "535 5.7.8 Error: authentication failed: authentication failure\r\n"
        ),
        table="phpmailer:'Password', base64_encode($password), 235",
        why=_GLPI_DEBUG_WHY + "SMTP::authenticate() AUTH LOGIN (the first of CRAM-MD5, LOGIN, "
        "PLAIN the server offers): Postfix's SASL answers 535 to the password, the SMTP login "
        "or password is wrong",
    ),
    Pick(
        "",
        "APP_PASSWORD_REQUIRED",
        then=pm_debug_reply(
            "Password",
            "534-5.7.9 Application-specific password required. Learn more at\r\n"
            "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
            "a1sm2345678wrc.12 - gsmtp\r\n",
        ),
        table="phpmailer:'Password', base64_encode($password), 235",
        why=_GLPI_DEBUG_WHY + "SMTP::authenticate() AUTH LOGIN to smtp.gmail.com: the "
        "account has 2-Step Verification, Gmail wants an app password",
    ),
    Pick(
        "",
        "PROTOCOL_DISABLED",
        then=pm_debug_reply(
            "Password",
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
            "the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
            "[AM0PR02CA0123.eurprd02.prod.outlook.com 2026-11-20T08:14:02.123Z "
            "08DCF1A2B3C4D5E6]\r\n",
        ),
        table="phpmailer:'Password', base64_encode($password), 235",
        why=_GLPI_DEBUG_WHY + "SMTP::authenticate() to smtp.office365.com: the tenant has SMTP "
        "AUTH (authenticated client submission) turned off",
    ),
    Pick(
        "",
        "STARTTLS_NOT_OFFERED",
        then=pm_debug_reply("STARTTLS", "502 5.5.1 Error: command not implemented\r\n"),
        table="phpmailer:'STARTTLS', 'STARTTLS', 220",
        why=_GLPI_DEBUG_WHY + "SMTP::startTLS(): GLPI's mode 'TLS' sends STARTTLS to a server "
        "without TLS (Postfix answers 502 to a command it does not offer)",
    ),
    Pick(
        "",
        "RECIPIENT_UNKNOWN",
        then=pm_debug_reply(
            "RCPT TO",
            "550 5.1.1 <jdoe@example.org>: Recipient address rejected: User unknown in virtual "
            "mailbox table\r\n",
        ),
        table="phpmailer:'RCPT TO',",
        why=_GLPI_DEBUG_WHY + "SMTP::recipient(): the server refuses the notification's "
        "recipient, the mailbox does not exist",
    ),
]


def _twenty_sixth_repo(mirrors: Path, repo_name: str) -> tuple[Path, str, str]:
    repo = mirrors / (TWENTY_SIXTH_MIRRORS[repo_name] + "/repo")
    commit = TWENTY_SIXTH_PINS[repo_name]
    assert git(repo, "cat-file", "-t", commit).strip() == "commit", (repo_name, commit)
    return repo, commit, f"{repo_name}@{commit[:12]}"


def _library(mirrors: Path, pin: tuple[str, str]) -> tuple[Path, str]:
    repo = mirrors / (pin[0].replace("/", "+") + "/repo")
    assert git(repo, "cat-file", "-t", pin[1]).strip() == "commit", pin
    return repo, pin[1]


def _po_catalogs(
    repo: Path, commit: str, pattern: str, langs: dict[str, str]
) -> dict[str, tuple[str, Catalog]]:
    catalogs = {}
    for lang, folder in langs.items():
        path = pattern.format(folder)
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            catalogs[lang] = (
                path,
                read_po(io.BytesIO(_git_bytes(repo, "show", f"{commit}:{path}"))),
            )
    return catalogs


def _po_translated(catalog: Catalog, msgid: str) -> str | None:
    message = catalog.get(msgid)
    if message is None or not message.string or "fuzzy" in message.flags:
        return None
    if message.string == msgid:
        return None
    return str(message.string)


def _where_named(repo: Path, commit: str, literal: str, why: str, paths: tuple[str, ...]) -> str:
    """_where() in the first file the pick's `why` names that shows the literal, else in
    `paths`."""
    for name in re.findall(r"[\w/.-]+\.(?:php|c)\b", why):
        found = git(repo, "grep", "-l", "-F", "-e", literal, commit, "--", f"*{name}")
        if found:
            return _where(repo, commit, literal, (f"*{name}",))
    return _where(repo, commit, literal, paths)


def _check_library(repo: Path, commit: str, pick: Pick, paths: tuple[str, ...]) -> str:
    """path:line where the pinned library source spells the pick's literal."""
    literal = pick.table.split(":", 1)[1]
    return _where_named(repo, commit, literal, pick.why, paths)


def phplist(mirrors: Path) -> list[dict[str, object]]:
    """The picked phpList texts: the msgid translated by public_html/lists/admin/locale/<ll>/
    phplist.po (no, an empty, a fuzzy or the English translation leaves the language out),
    filled, then what phpList appends after a space (c-client's or PHPMailer's English)."""
    repo_name = "phpList/phplist3"
    repo, commit, at = _twenty_sixth_repo(mirrors, repo_name)
    catalogs = _po_catalogs(
        repo, commit, "public_html/lists/admin/locale/{}/phplist.po", PHPLIST_LANG
    )
    cclient, cc_commit = _library(mirrors, CCLIENT)
    entries = []
    for index, pick in enumerate(PHPLIST):
        shown = _where_named(
            repo, commit, f"'{pick.key}'", pick.why, ("public_html/lists/admin/*.php",)
        )
        texts = {"en": pick.key}
        sources = {"en": f"{at}:{shown}"}
        for lang, (path, catalog) in catalogs.items():
            words = _po_translated(catalog, pick.key)
            if words is not None:
                texts[lang] = words
                sources[lang] = f"{at}:{path}#{pick.key[:60]}"
        if pick.table.startswith("c-client:"):
            lib = _check_library(cclient, cc_commit, pick, ("src/osdep/unix", "src/c-client"))
            note = f" (then {CCLIENT[0]}@{cc_commit[:12]}:{lib})"
        elif pick.table.startswith("phpmailer:"):
            lib = _check_library(repo, commit, pick, (PHPLIST_PHPMAILER_DIR,))
            note = f" (then {at}:{lib})"
        else:
            note = ""
        for lang in texts:
            text = _printf(texts[lang], pick.values)
            if pick.then:
                glue = "" if pick.then.startswith(":") else " "
                text = f"{text}{glue}{pick.then}"
            texts[lang] = text
            sources[lang] += note
        entries.append(_entry("phpList", f"phplist.{index}", pick, texts, sources))
    return entries


def glpi(mirrors: Path) -> list[dict[str, object]]:
    """The picked GLPI texts: the msgid translated by locales/<ll_CC>.po at the 9.3.1 tag (no,
    an empty, a fuzzy or the English translation leaves the language out), filled, then
    PHPMailer 6.0.5's ErrorInfo on the next line; and PHPMailer's English mail-debug.log
    entries (en only)."""
    repo_name = "glpi-project/glpi"
    repo, commit, at = _twenty_sixth_repo(mirrors, repo_name)
    catalogs = _po_catalogs(repo, commit, "locales/{}.po", GLPI_LANG)
    mailer, mailer_commit = _library(mirrors, GLPI_PHPMAILER)
    mailer_at = f"{GLPI_PHPMAILER[0]}@{mailer_commit[:12]}"
    entries = []
    for index, pick in enumerate(GLPI):
        shown = _where_named(repo, commit, f"__('{pick.key}'", pick.why, ("inc", "front", "ajax"))
        texts = {"en": pick.key}
        sources = {"en": f"{at}:{shown}"}
        for lang, (path, catalog) in catalogs.items():
            words = _po_translated(catalog, pick.key)
            if words is not None:
                texts[lang] = words
                sources[lang] = f"{at}:{path}#{pick.key[:60]}"
        note = ""
        if pick.table:
            lib = _check_library(mailer, mailer_commit, pick, (GLPI_PHPMAILER_DIR,))
            note = f" (then {mailer_at}:{lib})"
        for lang in texts:
            text = _printf(texts[lang], pick.values)
            if pick.then:
                text = f"{text}\n{pick.then}"
            texts[lang] = text
            sources[lang] += note
        entries.append(_entry("GLPI", f"glpi.{index}", pick, texts, sources))
    for index, pick in enumerate(GLPI_DEBUG, len(GLPI)):
        lib = _check_library(mailer, mailer_commit, pick, (GLPI_PHPMAILER_DIR,))
        texts = {"en": f"{GLPI_LOG_HEAD}\n{pick.then}"}
        sources = {"en": f"{mailer_at}:{lib} (via {at}:inc/glpimailer.class.php mail-debug.log)"}
        entries.append(_entry("GLPI", f"glpi.{index}", pick, texts, sources))
    return entries


# The twenty-seventh set: Frappe's Email Account (frappe/frappe's develop branch as the fork
# optibizpro/frappe holds it, February 2025: the upstream snapshot is over 500 MB; its account
# form's SMTP, IMAP and POP3 checks, the scheduler's pull and Frappe's own messages, with
# frappe/locale/<ll>.po) and authentik's email stage (goauthentik/authentik as the fork
# SAY-5/authentik holds it, April 2026: the upstream snapshot is over 500 MB; its flows' and
# API's translated texts, locale/<ll>/LC_MESSAGES/django.po, and the English reason its
# System Tasks log shows for a failed send_mail task). Extracted and labelled blind from their
# code; neither was run through explain before it was committed.
TWENTY_SEVENTH_PINS = {
    "optibizpro/frappe": "adc279db4d5d7c2a795dc41e3393c36d492d048d",
    "SAY-5/authentik": "addbf5a2f613c16a80dbdbc39523cfda1abd0add",
}
FRAPPE_LOCALE = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pt-BR": "pt_BR",
    "pl": "pl",
}
_FR_SMTP = "Invalid Outgoing Mail Server or Port: {0}"
_FR_CRED = "Please check your email login credentials."
_FR_DISABLED = "Authentication failed while receiving emails from Email Account: {0}."
# CPython's smtplib, imaplib, poplib and ssl as Frappe's requires-python (>=3.10,<3.14; its
# get_traceback() uses sys.exception(), so 3.11 at least) allows; read at CPython 3.11 (the
# _ssl.c line of an SSLError is the build's: 3.11.7's, as a local run of ssl shows it).
_FPY = "CPython 3.11 Lib/smtplib.py "
_FRS = (
    "frappe/email/doctype/email_account/email_account.py validate_smtp_conn() (saving an Email "
    "Account with Enable Outgoing) -> frappe/email/smtp.py SMTPServer.session: "
    "smtplib.SMTP_SSL (Use SSL for Outgoing) or smtplib.SMTP (then starttls() with Use TLS) "
    "to the SMTP server and port, then login(); `except OSError as e` (smtplib's "
    "SMTPException is an OSError too) throws _('Invalid Outgoing Mail Server or Port: {0}')"
    ".format(str(e)) titled 'Incorrect Configuration'; "
)
_FRC = (
    "frappe/email/smtp.py SMTPServer.throw_invalid_credentials_exception(): _('Please check "
    "your email login credentials.') + ' ' + the last line of get_traceback() (frappe/utils/"
    "__init__.py: traceback.format_exception(), '<module>.<qualname>: <str(exc)>'), titled "
    "'Invalid Credentials'; "
)
_FRI = (
    "frappe/email/doctype/email_account/email_account.py check_email_server_connection() "
    "(saving an Email Account with Enable Incoming, get_incoming_server(in_receive=False)): "
    "EmailServer.connect() (frappe/email/receive.py) raised imaplib.IMAP4.error or "
    "poplib.error_proto; "
)
_FRD = (
    "frappe/email/doctype/email_account/email_account.py check_email_server_connection() "
    "with in_receive (the scheduler's pull, receive()): the server's error names one of "
    "'authenticationfailed', 'loginfailed', 'err[auth]', 'errtemporaryerror', "
    "'loginviayourwebbrowser' (spaces removed, lower case): _('Email Account Disabled.') + ' ' "
    "+ this + '<br>' + _('Message from server: {0}').format(cstr(e)), the description of the "
    "High priority ToDo handle_incoming_connect_error() assigns to every System Manager after "
    "more than five failures (the account's incoming is switched off); the <br> shown as a "
    "line break; "
)
# Pick.key: the msgid (frappe/locale/<ll>.po) or "" for an English text shown as is (then);
# Pick.values: what fills its {0} (or, for table "disabled", the account name and the server's
# message); Pick.then: what Frappe appends after a space.
FRAPPE: list[Pick] = [
    Pick(
        _FR_SMTP,
        "HOST_NOT_FOUND",
        ("[Errno -2] Name or service not known",),
        why=f"{_FRS}socket.getaddrinfo() in socket.create_connection() found no address for "
        "the SMTP server's name (socket.gaierror EAI_NONAME, glibc's wording)",
    ),
    Pick(
        _FR_SMTP,
        "DNS_FAILURE",
        ("[Errno -3] Temporary failure in name resolution",),
        why=f"{_FRS}socket.gaierror EAI_AGAIN: the resolver gave no answer for the SMTP "
        "server's name",
    ),
    Pick(
        _FR_SMTP,
        "PORT_CLOSED",
        ("[Errno 111] Connection refused",),
        why=f"{_FRS}ConnectionRefusedError ECONNREFUSED from connect(2): nothing listens on the "
        "SMTP port",
    ),
    Pick(
        _FR_SMTP,
        "HOST_UNREACHABLE",
        ("[Errno 113] No route to host",),
        why=f"{_FRS}OSError EHOSTUNREACH from connect(2)",
    ),
    Pick(
        _FR_SMTP,
        "TLS_ON_PLAIN_PORT",
        ("[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)",),
        why=f"{_FRS}Use SSL for Outgoing with a STARTTLS or plain port (587, 25): "
        f"{_FPY}SMTP_SSL._get_socket() wraps the socket at once and OpenSSL reads the server's "
        "plain '220 ...' greeting as a TLS record (ssl.SSLError). SMTP_SSL and starttls() get "
        "no context here, so smtplib's _create_stdlib_context() checks no certificate",
    ),
    Pick(
        _FR_SMTP,
        "STARTTLS_NOT_OFFERED",
        ("STARTTLS extension not supported by server.",),
        why=f"{_FRS}Use TLS: SMTPServer.secure_session() calls starttls(), and {_FPY}"
        "SMTP.starttls() raises SMTPNotSupportedError when the EHLO reply names no STARTTLS",
    ),
    Pick(
        _FR_SMTP,
        "AUTH_NOT_OFFERED",
        ("SMTP AUTH extension not supported by server.",),
        why=f"{_FRS}a password is set: {_FPY}SMTP.login() raises SMTPNotSupportedError when "
        "the EHLO reply names no AUTH",
    ),
    Pick(
        _FR_CRED,
        "AUTH_FAILED",
        then="smtplib.SMTPAuthenticationError: (535, b'5.7.8 Error: authentication failed: "
        "authentication failure')",
        why=f"frappe/email/smtp.py SMTPServer.session: `except smtplib.SMTPAuthenticationError`; "
        f"{_FRC}{_FPY}SMTP.login() raised the last mechanism's SMTPAuthenticationError: "
        "Postfix's (Dovecot SASL) 535 5.7.8 to the user name and password",
    ),
    Pick(
        _FR_CRED,
        "APP_PASSWORD_REQUIRED",
        then="smtplib.SMTPAuthenticationError: (534, b'5.7.9 Application-specific password "
        "required. For more information, go to\\n5.7.9  https://support.google.com/mail/?p="
        f"InvalidSecondFactor {_GMAIL}')",
        why=f"frappe/email/smtp.py SMTPServer.session: `except smtplib.SMTPAuthenticationError`; "
        f"{_FRC}Gmail's 534 5.7.9 to the account's normal password (two-step verification "
        "on), the reply's lines joined by a newline inside the bytes' repr",
    ),
    Pick(
        _FR_CRED,
        "PROTOCOL_DISABLED",
        then="smtplib.SMTPAuthenticationError: (535, b'5.7.139 Authentication unsuccessful, "
        "SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/"
        "smtp_auth_disabled for more information. [AM0PR01CA0123.eurprd01.prod."
        "exchangelabs.com]')",
        why=f"frappe/email/smtp.py SMTPServer.session: `except smtplib.SMTPAuthenticationError`; "
        f"{_FRC}Microsoft 365's 535 5.7.139: SMTP AUTH is switched off for the organisation",
    ),
    Pick(
        _FR_CRED,
        "AUTH_FAILED",
        then="imaplib.IMAP4.error: b'[AUTHENTICATIONFAILED] Authentication failed.'",
        why=f"{_FRI}the IMAP LOGIN got Dovecot's 'NO [AUTHENTICATIONFAILED] Authentication "
        "failed.' (CPython 3.11 Lib/imaplib.py login() raises self.error(dat[-1])), which holds "
        f"'authenticationfailed': {_FRC}the user name or password refused",
    ),
    Pick(
        _FR_CRED,
        "AUTH_FAILED",
        then="poplib.error_proto: b'-ERR [AUTH] Authentication failed.'",
        why=f"{_FRI}frappe/email/receive.py connect_pop(): pass_() got Dovecot's '-ERR [AUTH] "
        "Authentication failed.' (CPython 3.11 Lib/poplib.py _getresp() raises "
        "error_proto(resp)), not a temporary problem, so connect_pop() re-raises it (after its "
        f"msgprint) and the text holds 'authenticationfailed': {_FRC}the user name or password "
        "refused",
    ),
    Pick(
        "",
        "APP_PASSWORD_REQUIRED",
        then="b'[ALERT] Application-specific password required: https://support.google.com/"
        "accounts/answer/185833 (Failure)'",
        why=f"{_FRI}Gmail's IMAP answers LOGIN with the account's normal password (two-step "
        "verification on) so; the text holds neither 'authenticationfailed' nor 'loginfailed', "
        "so frappe.throw(cstr(e)) shows imaplib.IMAP4.error's str() as is (English in every "
        "language)",
    ),
    Pick(
        "",
        "WEB_LOGIN_REQUIRED",
        then="b'[ALERT] Please log in via your web browser: https://support.google.com/mail/"
        "accounts/answer/78754 (Failure)'",
        why=f"{_FRI}Gmail's IMAP refuses the LOGIN until the user signs in on the web once; "
        "not in_receive, only 'authenticationfailed' and 'loginfailed' lead to the credentials "
        "message, so frappe.throw(cstr(e)) shows imaplib.IMAP4.error's str() as is",
    ),
    Pick(
        "",
        "WRONG_PROTOCOL",
        then="b'* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ "
        "STARTTLS AUTH=PLAIN] Dovecot ready.'",
        why=f"{_FRI}the account is set to POP3 (Use IMAP off) with an IMAP server's port: "
        "CPython 3.11 Lib/poplib.py POP3.__init__() reads the IMAP greeting, which does not "
        "start with '+', and raises error_proto(resp); connect_pop() re-raises it, the text "
        "names no login failure, so frappe.throw(cstr(e)) shows it as is",
    ),
    Pick(
        _FR_DISABLED,
        "AUTH_FAILED",
        ("Support", "b'[AUTHENTICATIONFAILED] Authentication failed.'"),
        table="disabled",
        why=f"{_FRD}Dovecot's IMAP 'NO [AUTHENTICATIONFAILED] Authentication failed.' to the "
        "stored password (imaplib.IMAP4.error)",
    ),
    Pick(
        _FR_DISABLED,
        "WEB_LOGIN_REQUIRED",
        (
            "Support",
            "b'[ALERT] Please log in via your web browser: https://support.google.com/mail/"
            "accounts/answer/78754 (Failure)'",
        ),
        table="disabled",
        why=f"{_FRD}Gmail's IMAP wants a sign-in on the web first ('loginviayourwebbrowser')",
    ),
    Pick(
        "Emails are muted",
        None,
        why="frappe/email/queue.py: the site's mute_emails flag (site config or "
        "frappe.flags.mute_emails) holds every mail back: Frappe's own switch",
    ),
    Pick(
        "Automatic Linking can be activated only if Incoming is enabled.",
        None,
        why="frappe/email/doctype/email_account/email_account.py validate(): Frappe's own "
        "document linking option of the account form",
    ),
    Pick(
        "Automatic Linking can be activated only for one Email Account.",
        None,
        why="frappe/email/doctype/email_account/email_account.py validate(): another Email "
        "Account already links documents (Frappe's own rule)",
    ),
    Pick(
        "Emails are already being pulled from this account.",
        None,
        why="frappe/email/doctype/email_account/email_account.py: a pull job for the account "
        "is already queued or running (Frappe's background jobs)",
    ),
    Pick(
        "Only Administrator can delete Email Queue",
        None,
        why="frappe/email/doctype/email_queue/email_queue.py on_trash(): Frappe's own permission",
    ),
    Pick(
        "Error while evaluating Notification {0}. Please fix your template.",
        None,
        ("Welcome Mail",),
        why="frappe/email/doctype/notification/notification.py: the Notification's Jinja "
        "subject or message template raised while rendering",
    ),
    Pick(
        "Your account has been locked and will resume after {0} seconds",
        None,
        ("300",),
        why="frappe/auth.py LoginAttemptTracker: Frappe's own sign-in, too many wrong "
        "passwords for the Frappe user",
    ),
    Pick(
        "Invalid Login. Try again.",
        None,
        why="frappe/templates/includes/login/login.js: the Frappe login page's 401 handler, "
        "the Frappe user's password refused",
    ),
    Pick(
        "Login with username and password is not allowed.",
        None,
        why="frappe/auth.py: System Settings' disable_user_pass_login, Frappe's own sign-in policy",
    ),
    Pick(
        "Not permitted",
        None,
        why="frappe/__init__.py only_for() and others: the Frappe user lacks the role",
    ),
    Pick(
        "{0} is not a valid Email Address",
        None,
        ("alice@@example.com",),
        why="frappe/utils/__init__.py validate_email_address(throw=True): a typed address "
        "(a contact, a recipient, the account's Email Address field) is malformed, checked "
        "before any server is contacted",
    ),
]
AUTHENTIK_LOCALE = {
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt-BR": "pt_BR",
    "pl": "pl_PL",
    "ja": "ja_JP",
}
# authentik's send_mail task (authentik/stages/email/tasks.py): stage.backend is Django 5.2's
# smtp EmailBackend (uv.lock: django 5.2.13) with the global or the stage's host, port,
# username, password, use_tls, use_ssl and timeout; backend.open() and send_messages() raise
# (fail_silently off), the task's middleware (authentik/tasks/middleware.py
# after_process_message()) logs the exception at ERROR, and Task._make_log()
# (authentik/tasks/models.py) makes its message str(exception): Admin > System Tasks shows it.
# CPython 3.14 (pyproject.toml requires-python ==3.14.*; its SSL errors' _ssl.c line numbers
# could not be read, so no SSL error is picked).
_AKT = (
    "authentik/stages/email/tasks.py send_mail(): backend.open() or backend.send_messages() "
    "(Django 5.2 django/core/mail/backends/smtp.py, fail_silently off) raised; "
    "authentik/tasks/middleware.py after_process_message() task.log(ERROR, exception), "
    "authentik/tasks/models.py Task._make_log(): message = str(exception), shown in the "
    "System Tasks log; "
)
_AKP = "CPython 3.14 Lib/smtplib.py "
# Pick.key: the msgid (translated) or "" for the task log's English message (then);
# Pick.values: what fills {minutes}.
AUTHENTIK: list[Pick] = [
    Pick(
        "",
        "HOST_NOT_FOUND",
        then="[Errno -2] Name or service not known",
        why=f"{_AKT}EmailBackend.open() -> smtplib.SMTP(host, port): socket.getaddrinfo() "
        "found no address for the email host (socket.gaierror EAI_NONAME, glibc's wording in "
        "the Debian image)",
    ),
    Pick(
        "",
        "DNS_FAILURE",
        then="[Errno -3] Temporary failure in name resolution",
        why=f"{_AKT}socket.gaierror EAI_AGAIN: the resolver gave no answer for the email host",
    ),
    Pick(
        "",
        "PORT_CLOSED",
        then="[Errno 111] Connection refused",
        why=f"{_AKT}ConnectionRefusedError ECONNREFUSED from connect(2): nothing listens on "
        "the email port",
    ),
    Pick(
        "",
        "HOST_UNREACHABLE",
        then="[Errno 113] No route to host",
        why=f"{_AKT}OSError EHOSTUNREACH from connect(2)",
    ),
    Pick(
        "",
        "STARTTLS_NOT_OFFERED",
        then="STARTTLS extension not supported by server.",
        why=f"{_AKT}use_tls: EmailBackend.open() calls starttls(context=...), {_AKP}"
        "SMTP.starttls() raises SMTPNotSupportedError when the EHLO reply names no STARTTLS",
    ),
    Pick(
        "",
        "AUTH_NOT_OFFERED",
        then="SMTP AUTH extension not supported by server.",
        why=f"{_AKT}a username is set: EmailBackend.open() calls login(), {_AKP}SMTP.login() "
        "raises SMTPNotSupportedError when the EHLO reply names no AUTH",
    ),
    Pick(
        "",
        "AUTH_FAILED",
        then="(535, b'5.7.8 Error: authentication failed: authentication failure')",
        why=f"{_AKT}{_AKP}SMTP.login() raised the last mechanism's SMTPAuthenticationError "
        "(code, reply): Postfix's (Dovecot SASL) 535 5.7.8 to the username and password",
    ),
    Pick(
        "",
        "APP_PASSWORD_REQUIRED",
        then="(534, b'5.7.9 Application-specific password required. For more information, go "
        f"to\\n5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor {_GMAIL}')",
        why=f"{_AKT}{_AKP}SMTP.login(): Gmail's 534 5.7.9 to the account's normal password "
        "(two-step verification on)",
    ),
    Pick(
        "",
        "SENDER_REFUSED",
        then="(553, b'5.7.1 <authentik@example.org>: Sender address rejected: not owned by user "
        "alice@example.org', 'authentik@example.org')",
        why=f"{_AKT}{_AKP}SMTP.sendmail(): MAIL FROM not answered 250, SMTPSenderRefused("
        "code, resp, from_addr): Postfix's reject_sender_login_mismatch, the email from "
        "address is not one the SMTP user may send as",
    ),
    Pick(
        "",
        "RELAY_REFUSED",
        then="{'bob@example.net': (554, b'5.7.1 <bob@example.net>: Relay access denied')}",
        why=f"{_AKT}{_AKP}SMTP.sendmail(): every RCPT TO refused, SMTPRecipientsRefused("
        "{rcpt: (code, resp)}): Postfix's reject_unauth_destination for an outside recipient "
        "from a client that did not log in (no username set)",
    ),
    Pick(
        "",
        "RECIPIENT_UNKNOWN",
        then="{'bob@example.org': (550, b'5.1.1 <bob@example.org>: Recipient address rejected: "
        "User unknown in virtual mailbox table')}",
        why=f"{_AKT}{_AKP}SMTP.sendmail(): SMTPRecipientsRefused, the receiving server has no "
        "such mailbox (the user's address)",
    ),
    Pick(
        "No pending user.",
        None,
        why="authentik/stages/email/stage.py EmailStageView.get(): the flow reached the email "
        "stage without a pending user (the flow's design)",
    ),
    Pick(
        "Link was already used, please request a new link.",
        None,
        why="authentik/stages/email/flow.py EmailTokenRevocationConsentStageView.get(): the "
        "email link's token was already used or deleted",
    ),
    Pick(
        "Too many account verification attempts. Please try again after {minutes} minutes.",
        None,
        ("minutes=15",),
        why="authentik/stages/email/stage.py challenge_invalid(): authentik's own limit of "
        "recovery emails per address (recovery_max_attempts within recovery_cache_timeout), "
        "no mail server's limit",
    ),
    Pick(
        "Exception occurred while rendering E-mail template",
        None,
        why="authentik/stages/email/stage.py send_email(): TemplateSyntaxError of the stage's "
        "template, recorded as a configuration_error event before anything is sent",
    ),
    Pick(
        "User does not have an email address set.",
        None,
        why="authentik/core/api/users.py recovery_email(): the authentik user has no email "
        "address to send the recovery link to",
    ),
    Pick(
        "Email stage not found.",
        None,
        why="authentik/core/api/users.py recovery_email(): the email_stage the admin chose "
        "does not exist",
    ),
    Pick(
        "Invalid email",
        None,
        why="authentik/stages/authenticator_email/stage.py validate_and_send(): another "
        "email MFA device of the stage has that address",
    ),
    Pick(
        "The user already has an email address registered for MFA.",
        None,
        why="authentik/stages/authenticator_email/stage.py: only one email MFA device per user",
    ),
    Pick(
        "Email Successfully sent.",
        None,
        why="authentik/stages/email/stage.py challenge_invalid(): the email was queued for the "
        "send_mail task (its failure would only reach the task log)",
    ),
    Pick(
        "Successfully verified Email.",
        None,
        why="authentik/stages/email/stage.py get(): the user came back through the email's link",
    ),
]


def _twenty_seventh_repo(mirrors: Path, repo_name: str) -> tuple[Path, str, str]:
    repo = mirrors / (repo_name.replace("/", "+") + "/repo")
    commit = TWENTY_SEVENTH_PINS[repo_name]
    assert git(repo, "cat-file", "-t", commit).strip() == "commit", (repo_name, commit)
    return repo, commit, f"{repo_name}@{commit[:12]}"


def _po_catalog(repo: Path, commit: str, path: str) -> Catalog:
    raw = _git_bytes(repo, "show", f"{commit}:{path}")
    with contextlib.redirect_stdout(io.StringIO()):  # Babel's notes on old syntax
        return read_po(io.BytesIO(raw))


def _translated(catalog: Catalog, msgid: str) -> str:
    """The msgid's translation as gettext shows it: "" for none, a fuzzy or the English one."""
    message = catalog.get(msgid)
    if message is None or not message.string or "fuzzy" in message.flags:
        return ""
    words = str(message.string)
    return "" if words == msgid else words


def frappe(mirrors: Path) -> list[dict[str, object]]:
    """The picked Frappe texts: the msgid's translation in frappe/locale/<ll>.po (a language
    without one, with a fuzzy or the English one shows the English and is left out; Frappe
    ships no Japanese file in the pinned tree), its {0} filled, then what Frappe appends; the
    English of a text Frappe shows as the library's str() (en only)."""
    repo_name = "optibizpro/frappe"
    repo, commit, at = _twenty_seventh_repo(mirrors, repo_name)
    catalogs = {
        lang: (f"frappe/locale/{name}.po", _po_catalog(repo, commit, f"frappe/locale/{name}.po"))
        for lang, name in FRAPPE_LOCALE.items()
    }
    head, tail = "Email Account Disabled.", "Message from server: {0}"
    entries = []
    for index, pick in enumerate(FRAPPE):
        path = pick.why.split(" ")[0].rstrip(":")
        if not pick.key:
            texts = {"en": pick.then}
            where = _where(repo, commit, "frappe.throw(cstr(e))", (path,))
            sources = {"en": f"{at}:{where} (the library's str())"}
            entries.append(_entry("Frappe", f"frappe.{index}", pick, texts, sources))
            continue
        code_path = path
        literal = f'"{pick.key}"' if pick.table != "disabled" else pick.key
        if pick.key in (_FR_SMTP, _FR_CRED):
            code_path = "frappe/email/smtp.py"
        elif pick.key == "Invalid Login. Try again.":
            code_path = "frappe/templates/includes/login/login.js"
        elif pick.key.startswith("Not permitted"):
            code_path = "frappe/__init__.py"
        elif pick.key.endswith("Email Address"):
            code_path = "frappe/utils/__init__.py"
        where = _where(repo, commit, literal, (code_path,))

        def shown(words: dict[str, str], pick: Pick = pick) -> str:
            if pick.table == "disabled":
                name, reason = pick.values
                return (
                    f"{words[head]} {words[pick.key].replace('{0}', name)}\n"
                    f"{words[tail].replace('{0}', reason)}"
                )
            text = words[pick.key]
            for value in pick.values:
                text = text.replace("{0}", value, 1)
            return f"{text} {pick.then}" if pick.then else text

        msgids = [head, pick.key, tail] if pick.table == "disabled" else [pick.key]
        texts = {"en": shown({m: m for m in msgids})}
        sources = {"en": f"{at}:{where}"}
        for lang, (po_path, catalog) in catalogs.items():
            words = {m: _translated(catalog, m) for m in msgids}
            if not all(words.values()):
                continue
            texts[lang] = shown(words)
            sources[lang] = f"{at}:{po_path}#{pick.key[:60]}"
        entries.append(_entry("Frappe", f"frappe.{index}", pick, texts, sources))
    return entries


def authentik(mirrors: Path) -> list[dict[str, object]]:
    """The picked authentik texts: the msgid's translation in locale/<ll>/LC_MESSAGES/
    django.po (a language without one, with a fuzzy or the English one is left out), its
    {minutes} filled; or the System Tasks log's English message of a failed send_mail task
    (en only, str() of the library's exception)."""
    repo_name = "SAY-5/authentik"
    repo, commit, at = _twenty_seventh_repo(mirrors, repo_name)
    catalogs = {}
    for lang, name in AUTHENTIK_LOCALE.items():
        path = f"locale/{name}/LC_MESSAGES/django.po"
        catalogs[lang] = (path, _po_catalog(repo, commit, path))
    entries = []
    for index, pick in enumerate(AUTHENTIK):
        if not pick.key:
            where = _where(repo, commit, "message = str(message)", ("authentik/tasks/models.py",))
            texts = {"en": pick.then}
            sources = {"en": f"{at}:{where} (str() of the exception send_mail raised)"}
            entries.append(_entry("authentik", f"authentik.{index}", pick, texts, sources))
            continue
        path = pick.why.split(" ")[0].rstrip(":")
        literal = pick.key if len(pick.key) < 60 else pick.key[:40]
        where = _where(repo, commit, literal, (path,))
        texts = {"en": _named_fill(pick.key, pick.values, "{{{}}}")}
        sources = {"en": f"{at}:{where}"}
        for lang, (po_path, catalog) in catalogs.items():
            words = _translated(catalog, pick.key)
            if not words:
                continue
            texts[lang] = _named_fill(words, pick.values, "{{{}}}")
            sources[lang] = f"{at}:{po_path}#{pick.key[:60]}"
        entries.append(_entry("authentik", f"authentik.{index}", pick, texts, sources))
    return entries


TWENTY_EIGHTH_PINS = {
    "espocrm/espocrm": "476e4cca6f7db05115c71d9c989edf6406eb3223",
    "NodeBB/NodeBB": "ab329b3b4c4d4cc9717b2938908649382cca2b39",
}
# The libraries whose English reasons the two apps show untranslated, at the versions the apps
# pin: EspoCRM 476e4cca's composer.lock names directorytree/imapengine v1.22.4 (e41dd11f; its
# newer commits pin v1.24.0, which the ImapEngine snapshot does not hold, hence this commit of
# 6 May 2026), NodeBB ab329b3b's install/package.json nodemailer 9.0.5 (tag v9.0.5).
IMAPENGINE = ("DirectoryTree/ImapEngine", "e41dd11f94bc9077a905de1e0c17bea87632ee64")
NODEMAILER = ("nodemailer/nodemailer", "742cff9e2d5376962da19f8fcf2408e910ff2020")
ESPO_LOCALE = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt-BR": "pt_BR",
    "pl": "pl_PL",
    "ja": "ja_JP",
}
NODEBB_LOCALE = {
    "en": "en-GB",
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pt-BR": "pt-BR",
    "pl": "pl",
    "ja": "ja",
}
_EIMAP = (
    "application/Espo/Core/Mail/Account/PersonalAccount/Service.php testConnection() (the "
    "Test Connection button of a personal Email Account; GroupAccount/Service.php's of an "
    "Inbound Email is the same): CommonStorageFactory makes an ImapEngine Mailbox of the host, "
    "port, Security (SSL: ssl://, STARTTLS: tcp:// then STARTTLS, else tcp://), username and "
    "password, and getFolderNames() connects and logs in; DirectoryTreeStorage turns the "
    "library's exception into ImapError(its message), thrown as ErrorSilent (HTTP 500, the "
    "message in X-Status-Reason); client/src/views/email-account/fields/test-connection.js "
    "shows translate('Error') + ' 500: ' + the reason; "
)
_ECMD = "src/Exceptions/ImapCommandException.php make(): "
_NSMTP = (
    "src/socket.io/admin/email.js Email.testSmtp (the Test SMTP Settings button: "
    "emailer.createSmtpTransport() of the form's values, Encrypted: secure, StartTLS: "
    "requireTLS, None: ignoreTLS; then sendMail() to the admin's own address; admin.email.test "
    "sends through the saved transport the same way) rethrows nodemailer's error, src/"
    "socket.io/index.js answers { message: err.message } and public/src/admin/settings/"
    "email.js shows alerts.error(err): a toast titled [[global:alert.error]] over the message; "
)
# Pick.table: "imap" (EspoCRM's Test Connection: Global's 'Error' label + ' 500: ' + Pick.then,
# the library's reason; Pick.context, the literal of the library's source that words it),
# "alert" (EspoCRM's alert of a failed test email: its frame labels, then the Email scope's
# message Pick.key), "email"/"account" (an Email/EmailAccount scope message alone); for NodeBB
# "smtp" (the error toast's title, then nodemailer's reason Pick.then; Pick.context as above),
# "error" (the toast's title, then error.json's Pick.key, %1 filled), "success" (the success
# toast's title, then admin/settings/email.json's Pick.key).
ESPOCRM: list[Pick] = [
    Pick(
        "Error",
        "PORT_CLOSED",
        why=f"{_EIMAP}src/Connection/Streams/ImapStream.php open(): stream_socket_client() "
        "failed with ECONNREFUSED (PHP's errstr): nothing listens on the IMAP port",
        then="Unable to connect to ssl://imap.example.com:993 (Connection refused)",
        table="imap",
        context="Unable to connect to {$address} ({$errstr})",
    ),
    Pick(
        "Error",
        "PORT_FILTERED",
        why=f"{_EIMAP}src/Connection/Streams/ImapStream.php open(): stream_socket_client()'s "
        "connect got no answer within the Mailbox's default timeout of 30 s (ETIMEDOUT): the "
        "port is filtered",
        then="Unable to connect to tcp://imap.example.com:143 (Connection timed out)",
        table="imap",
        context="Unable to connect to {$address} ({$errstr})",
    ),
    Pick(
        "Error",
        "HOST_UNREACHABLE",
        why=f"{_EIMAP}src/Connection/Streams/ImapStream.php open(): connect() failed with "
        "EHOSTUNREACH: no route to the IMAP server's address",
        then="Unable to connect to ssl://imap.example.com:993 (No route to host)",
        table="imap",
        context="Unable to connect to {$address} ({$errstr})",
    ),
    Pick(
        "Error",
        "AUTH_FAILED",
        why=f"{_EIMAP}src/Connection/ImapConnection.php login(): the server answered LOGIN "
        "(the first tagged command, TAG1; its two strings redacted) with NO [AUTHENTICATIONFAILED]"
        f" (Dovecot's words): wrong user name or password; {_ECMD}"
        '\'IMAP command "%s" failed. Response: "%s"\', the response\'s tokens joined by spaces',
        then='IMAP command "TAG1 LOGIN [redacted] [redacted]" failed. Response: "TAG1 NO '
        '[AUTHENTICATIONFAILED] Authentication failed."',
        table="imap",
        context='IMAP command "%s" failed. Response: "%s"',
    ),
    Pick(
        "Error",
        "APP_PASSWORD_REQUIRED",
        why=f"{_EIMAP}src/Connection/ImapConnection.php login(): Gmail answered LOGIN with NO "
        "[ALERT] Application-specific password required: the account has 2-step verification "
        f"and takes an app password only; {_ECMD}the response's tokens joined by spaces (its "
        "(Failure) a list)",
        then='IMAP command "TAG1 LOGIN [redacted] [redacted]" failed. Response: "TAG1 NO [ALERT] '
        "Application-specific password required: https://support.google.com/accounts/answer/"
        '185833 (Failure)"',
        table="imap",
        context='IMAP command "%s" failed. Response: "%s"',
    ),
    Pick(
        "Error",
        "PLAINTEXT_AUTH_DISABLED",
        why=f"{_EIMAP}src/Connection/ImapConnection.php login() over tcp:// (Security: None): "
        "Dovecot with disable_plaintext_auth answers LOGIN NO [PRIVACYREQUIRED] (its untagged "
        f"* BAD [ALERT] is skipped while the tagged reply is looked for); {_ECMD}the "
        "response's tokens joined by spaces",
        then='IMAP command "TAG1 LOGIN [redacted] [redacted]" failed. Response: "TAG1 NO '
        "[PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) "
        'connections."',
        table="imap",
        context='IMAP command "%s" failed. Response: "%s"',
    ),
    Pick(
        "Error",
        "STARTTLS_NOT_OFFERED",
        why=f"{_EIMAP}src/Connection/ImapConnection.php startTls() (Security: STARTTLS; TAG1): "
        "assertTaggedResponse() got BAD: Dovecot without TLS does not do STARTTLS; "
        f"{_ECMD}the command has no arguments to redact",
        then='IMAP command "TAG1 STARTTLS" failed. Response: "TAG1 BAD TLS support isn\'t '
        'enabled."',
        table="imap",
        context='IMAP command "%s" failed. Response: "%s"',
    ),
    Pick(
        "Error",
        "NO_GREETING",
        why=f"{_EIMAP}src/Connection/ImapConnection.php connect() -> nextReply(): the TCP "
        "connection was made but no greeting came before the stream's read timeout (PHP's "
        "default_socket_timeout, ImapStream sets none; its metadata timed_out): "
        "ImapConnectionTimedOutException",
        then="Stream timed out, no response",
        table="imap",
        context="Stream timed out, no response",
    ),
    Pick(
        "Error",
        "CONNECTION_CLOSED",
        why=f"{_EIMAP}src/Connection/ImapConnection.php nextReply(): the server closed the "
        "connection (the stream's eof) before it answered: ImapConnectionClosedException",
        then="Server closed the connection (EOF)",
        table="imap",
        context="Server closed the connection (EOF)",
    ),
    Pick(
        "invalidCredentials",
        "AUTH_FAILED",
        why="application/Espo/Core/Mail/Sender.php handleException(): Symfony Mailer's "
        "TransportException of the Test Send (Tools/Email/SendService.php sendTestEmail()) names "
        "'password', 'credentials', '5.7.8' or '5.7.3' (the SMTP server refused the login) and "
        "becomes SendingError('invalidCredentials'), sent as the body's messageTranslation with "
        "HTTP 500; client/src/app.js _processErrorAlert(): 'Internal server error' + a blank "
        "line + 'checkLogsForDetails' + a newline + the Email scope's message (the frame's "
        "labels as the language has them, else en_US's, Espo's fallback)",
        table="alert",
    ),
    Pick(
        "testEmailSent",
        None,
        why="client/src/views/email-account/fields/test-send.js send(): Email/sendTest succeeded",
        table="email",
    ),
    Pick(
        "connectionIsOk",
        None,
        why="client/src/views/email-account/fields/test-connection.js test(): the IMAP test "
        "connection succeeded",
        table="account",
    ),
    Pick(
        "emailSent",
        None,
        why="client/src/views/email/record/compose.js: the composed email was sent",
        table="email",
    ),
    Pick(
        "notEditAccess",
        None,
        why="application/Espo/Tools/Email/InboxService.php: the user's role gives no edit "
        "access to the email (Forbidden)",
        table="email",
    ),
    Pick(
        "groupFolderNoAccess",
        None,
        why="application/Espo/Tools/Email/InboxService.php: the user has no access to the "
        "group email folder (Forbidden)",
        table="email",
    ),
    Pick(
        "groupMoveToNoEditAccess",
        None,
        why="application/Espo/Tools/Email/InboxService.php: moving an email to a group folder "
        "without edit access to it (Forbidden)",
        table="email",
    ),
    Pick(
        "confirmInsertTemplate",
        None,
        why="client/src/views/email/record/compose.js: inserting an email template would "
        "replace the body",
        table="email",
    ),
]
_NODE = "Node.js 22 (NodeBB's engines: node >=22) "
NODEBB: list[Pick] = [
    Pick(
        "alert.error",
        "HOST_NOT_FOUND",
        why=f"{_NSMTP}lib/shared/index.js resolveHostname(): resolve4/resolve6 found nothing "
        f"(ENOTFOUND passes as no addresses), then dns.lookup() failed: {_NODE}getaddrinfo "
        "ENOTFOUND, the SMTP host's name does not exist; smtp-connection _onError(err, 'EDNS') "
        "keeps its message",
        then="getaddrinfo ENOTFOUND smtp.example.com",
        table="smtp",
        context="this._onError(err, 'EDNS', false, 'CONN')",
    ),
    Pick(
        "alert.error",
        "DNS_FAILURE",
        why=f"{_NSMTP}lib/shared/index.js resolveHostname(): the resolvers gave no answer "
        f"(EAI_AGAIN), then dns.lookup() failed the same way: {_NODE}getaddrinfo EAI_AGAIN",
        then="getaddrinfo EAI_AGAIN smtp.example.com",
        table="smtp",
        context="this._onError(err, 'EDNS', false, 'CONN')",
    ),
    Pick(
        "alert.error",
        "PORT_CLOSED",
        why=f"{_NSMTP}lib/smtp-connection/index.js _connectToHost(): net.connect() to the "
        f"resolved address failed with ECONNREFUSED ({_NODE}'connect ECONNREFUSED ip:port'): "
        "nothing listens on the SMTP port",
        then="connect ECONNREFUSED 203.0.113.25:587",
        table="smtp",
        context="this._onConnectionSocketError = err => this._onConnectionError(err, 'ESOCKET')",
    ),
    Pick(
        "alert.error",
        "HOST_UNREACHABLE",
        why=f"{_NSMTP}lib/smtp-connection/index.js _connectToHost(): connect failed with "
        "EHOSTUNREACH: no route to the SMTP server's address",
        then="connect EHOSTUNREACH 203.0.113.25:465",
        table="smtp",
        context="this._onConnectionSocketError = err => this._onConnectionError(err, 'ESOCKET')",
    ),
    Pick(
        "alert.error",
        "PORT_FILTERED",
        why=f"{_NSMTP}lib/smtp-connection/index.js _setupConnectionHandlers(): the TCP "
        "connection was not made within connectionTimeout (2 minutes): the port is filtered",
        then="Connection timeout",
        table="smtp",
        context="this._onConnectionError('Connection timeout', 'ETIMEDOUT')",
    ),
    Pick(
        "alert.error",
        "NO_GREETING",
        why=f"{_NSMTP}lib/smtp-connection/index.js _onConnect(): connected, but no 220 greeting "
        "within greetingTimeout (30 s)",
        then="Greeting never received",
        table="smtp",
        context="this._onError('Greeting never received', 'ETIMEDOUT', false, 'CONN')",
    ),
    Pick(
        "alert.error",
        "WRONG_PROTOCOL",
        why=f"{_NSMTP}lib/smtp-connection/index.js _actionGreeting(): the first line does not "
        "start with 220: an IMAP server (Dovecot's greeting) on the host and port given for "
        "SMTP; _formatError() appends ': ' + the response",
        then="Invalid greeting. response=* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID "
        "ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN] Dovecot ready.: * OK [CAPABILITY IMAP4rev1 "
        "SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN] Dovecot ready.",
        table="smtp",
        context="new Error('Invalid greeting. response=' + str)",
    ),
    Pick(
        "alert.error",
        "CONNECTION_CLOSED",
        why=f"{_NSMTP}lib/smtp-connection/index.js _onClose(): the server closed the connection "
        "in the middle of the session, with no reply left to show",
        then="Connection closed unexpectedly",
        table="smtp",
        context="new Error('Connection closed unexpectedly')",
    ),
    Pick(
        "alert.error",
        "TLS_ON_PLAIN_PORT",
        why=f"{_NSMTP}Connection security Encrypted (secure: tls.connect) to a port that "
        "greets in plain text (587): OpenSSL reads the 220 line as a TLS record; "
        f"{_NODE}bundles OpenSSL 3.0, whose error string names ssl3_record.c:354 as Node 18 "
        "and 20 print it (thread id varies; the toast trims the trailing newline)",
        then="40B8E0F5E87F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version "
        "number:../deps/openssl/openssl/ssl/record/ssl3_record.c:354:",
        table="smtp",
        context="const connectFn = secure ? tls.connect : net.connect;",
    ),
    Pick(
        "alert.error",
        "CERT_SELF_SIGNED",
        why=f"{_NSMTP}tls.connect (Encrypted; Allow self-signed certificates off): the "
        "server's certificate is self-signed, X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT (OpenSSL "
        "3's wording)",
        then="self-signed certificate",
        table="smtp",
        context="const connectFn = secure ? tls.connect : net.connect;",
    ),
    Pick(
        "alert.error",
        "CERT_EXPIRED",
        why=f"{_NSMTP}tls.connect: the server's certificate is past its notAfter, "
        "X509_V_ERR_CERT_HAS_EXPIRED",
        then="certificate has expired",
        table="smtp",
        context="const connectFn = secure ? tls.connect : net.connect;",
    ),
    Pick(
        "alert.error",
        "CERT_UNTRUSTED",
        why=f"{_NSMTP}tls.connect: the server's chain does not lead to a trusted root (its "
        "intermediate not sent), X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE",
        then="unable to verify the first certificate",
        table="smtp",
        context="const connectFn = secure ? tls.connect : net.connect;",
    ),
    Pick(
        "alert.error",
        "CERT_HOSTNAME_MISMATCH",
        why=f"{_NSMTP}tls.connect's checkServerIdentity ({_NODE}lib/tls.js): the SMTP host's "
        "name (nodemailer's servername) is not among the certificate's altnames, a shared "
        "host's certificate",
        then="Hostname/IP does not match certificate's altnames: Host: smtp.example.com. is not "
        "in the cert's altnames: DNS:*.shared-hosting.example, DNS:shared-hosting.example",
        table="smtp",
        context="const connectFn = secure ? tls.connect : net.connect;",
    ),
    Pick(
        "alert.error",
        "STARTTLS_NOT_OFFERED",
        why=f"{_NSMTP}Connection security StartTLS (requireTLS: nodemailer sends STARTTLS "
        "whether or not EHLO names it): lib/smtp-connection/index.js _actionSTARTTLS(): the "
        "reply is not 2xx, Postfix without TLS answers 502 5.5.1; ': ' + the reply appended",
        then="Error upgrading connection with STARTTLS: 502 5.5.1 Error: command not implemented",
        table="smtp",
        context="new Error('Error upgrading connection with STARTTLS')",
    ),
    Pick(
        "alert.error",
        "AUTH_FAILED",
        why=f"{_NSMTP}lib/smtp-connection/index.js _actionAUTHComplete(): the reply to AUTH "
        "is not 235 (Postfix with Dovecot SASL: 535 5.7.8): wrong user name or password",
        then="Invalid login: 535 5.7.8 Error: authentication failed: authentication failure",
        table="smtp",
        context="this._formatError('Invalid login', 'EAUTH', str, 'AUTH ' + this._authMethod)",
    ),
    Pick(
        "alert.error",
        "AUTH_FAILED",
        why=f"{_NSMTP}_actionAUTHComplete(): Gmail's 535-5.7.8 BadCredentials, a multi-line "
        "reply nodemailer joins with a newline",
        then="Invalid login: 535-5.7.8 Username and Password not accepted. For more information, "
        "go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials "
        "5b1f17b1804b1-43cd3d5e1e5sm1234567f.12 - gsmtp",
        table="smtp",
        context="this._formatError('Invalid login', 'EAUTH', str, 'AUTH ' + this._authMethod)",
    ),
    Pick(
        "alert.error",
        "APP_PASSWORD_REQUIRED",
        why=f"{_NSMTP}_actionAUTHComplete(): Gmail's 534-5.7.9 InvalidSecondFactor: the "
        "account has 2-step verification and takes an app password only (the screen's own "
        "smtp-transport.gmail-warning1 says so)",
        then="Invalid login: 534-5.7.9 Application-specific password required. For more "
        "information, go to\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
        "d9443c01a7336-2b0e1f3c4d5sm9876543ad.21 - gsmtp",
        table="smtp",
        context="this._formatError('Invalid login', 'EAUTH', str, 'AUTH ' + this._authMethod)",
    ),
    Pick(
        "alert.error",
        "PROTOCOL_DISABLED",
        why=f"{_NSMTP}_actionAUTHComplete(): Microsoft 365 answers 535 5.7.139: SMTP AUTH is "
        "switched off for the tenant (or the mailbox)",
        then="Invalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is "
        "disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
        "[AM0PR02CA0123.eurprd02.prod.outlook.com 2026-08-20T10:12:31.204Z 08DCC0A1B2C3D4E5]",
        table="smtp",
        context="this._formatError('Invalid login', 'EAUTH', str, 'AUTH ' + this._authMethod)",
    ),
    Pick(
        "alert.error",
        "SENDER_REFUSED",
        why=f"{_NSMTP}lib/smtp-connection/index.js _actionMAIL(): the reply to MAIL FROM "
        "(NodeBB's Email Address, or no-reply@ the forum's host) is not 2xx: Postfix's "
        "reject_sender_login_mismatch, the login does not own that sender",
        then="Mail command failed: 553 5.7.1 <no-reply@forum.example.org>: Sender address "
        "rejected: not owned by user alice@example.com",
        table="smtp",
        context="'Mail command failed'",
    ),
    Pick(
        "alert.error",
        "RELAY_REFUSED",
        why=f"{_NSMTP}lib/smtp-connection/index.js _actionRCPT(): the only recipient (the "
        "admin's address) was refused with Postfix's relay denial: the server does not relay "
        "for this client (no login given)",
        then="Can't send mail - all recipients were rejected: 554 5.7.1 <admin@example.net>: "
        "Relay access denied",
        table="smtp",
        context='"Can\'t send mail - all recipients were rejected"',
    ),
    Pick(
        "alert.error",
        "RECIPIENT_UNKNOWN",
        why=f"{_NSMTP}_actionRCPT(): the admin's own address does not exist on the receiving "
        "server (550 5.1.1)",
        then="Can't send mail - all recipients were rejected: 550 5.1.1 <admin@example.org>: "
        "Recipient address rejected: User unknown in virtual mailbox table",
        table="smtp",
        context='"Can\'t send mail - all recipients were rejected"',
    ),
    Pick(
        "alert.error",
        "RATE_LIMITED",
        why=f"{_NSMTP}lib/smtp-connection/index.js _actionSMTPStream(): the reply after the "
        "message's data is not 2xx: Gmail's daily sending limit (550 5.4.5)",
        then="Message failed: 550-5.4.5 Daily user sending limit exceeded. For more information "
        "on Gmail\n550-5.4.5 sending limits go to\n550 5.4.5  https://support.google.com/a/"
        "answer/166852 d2e1a72fcca58-7d1f8b1d2c3sm1234567b3a.9 - gsmtp",
        table="smtp",
        context="this._formatError('Message failed', 'EMESSAGE', str, 'DATA')",
    ),
    Pick(
        "alert.error",
        None,
        why=f"{_NSMTP}lib/smtp-connection/index.js send(): the envelope has no recipient, the "
        "admin running the test has no email address on file (NodeBB's own user data)",
        then="No recipients defined",
        table="smtp",
        context="'No recipients defined'",
    ),
    Pick(
        "sendmail-not-found",
        None,
        why="src/emailer.js sendToEmail(): SMTP Transport is off and no emailer plugin is "
        "installed, so the fallback sendmail transport ran and spawning sendmail failed with "
        "ENOENT: the program is not installed on the forum's host",
        table="error",
    ),
    Pick(
        "email-taken",
        None,
        why="src/user/email.js: another account has this email address",
        table="error",
    ),
    Pick(
        "invalid-email",
        None,
        why="src/user/email.js: the address entered is not a valid email address",
        table="error",
    ),
    Pick(
        "email-nochange",
        None,
        why="src/user/interstitials.js: the user entered the email already on file",
        table="error",
    ),
    Pick(
        "email-invited",
        None,
        why="src/user/invite.js: an invitation was already sent to this address",
        table="error",
    ),
    Pick(
        "confirm-email-already-sent",
        None,
        ("10",),
        why="src/user/email.js: the confirmation email is resent only after emailConfirmInterval "
        "minutes",
        table="error",
    ),
    Pick(
        "confirm-email-expired",
        None,
        why="src/user/email.js: the confirmation link's code has expired",
        table="error",
    ),
    Pick(
        "user-doesnt-have-email",
        None,
        ("alice",),
        why="src/socket.io/admin/user.js: the admin asked to send a validation email to a user "
        "without an email address",
        table="error",
    ),
    Pick(
        "no-email-to-confirm",
        None,
        why="public/src/modules/messages.js: the user's account has no email address",
        table="error",
    ),
    Pick(
        "smtp-transport.test-success",
        None,
        why="public/src/admin/settings/email.js configureSmtpTester(): the test email was sent",
        table="success",
    ),
    Pick(
        "testing.success",
        None,
        why="public/src/admin/settings/email.js configureEmailTester(): the test email was sent",
        table="success",
    ),
]


def _twenty_eighth_repo(mirrors: Path, repo_name: str, commit: str) -> tuple[Path, str, str]:
    repo = mirrors / (repo_name.replace("/", "+") + "/repo")
    assert git(repo, "cat-file", "-t", commit).strip() == "commit", (repo_name, commit)
    return repo, commit, f"{repo_name}@{commit[:12]}"


_EspoScope = dict[str, dict[str, str]]  # an i18n JSON file: category -> label -> words


def _espo_table(repo: Path, commit: str, locale: str, scope: str) -> tuple[str, _EspoScope]:
    path = f"application/Espo/Resources/i18n/{locale}/{scope}.json"
    raw = git(repo, "show", f"{commit}:{path}")
    return path, (json.loads(raw) if raw.strip() else {})


def _espo_words(table: _EspoScope, category: str, key: str) -> str:
    words = table.get(category, {}).get(key)
    return words if isinstance(words, str) else ""


def espocrm(mirrors: Path) -> list[dict[str, object]]:
    """The picked EspoCRM texts: the Test Connection alert ('Error 500: ' + ImapEngine's
    English reason), the failed test email's alert and the Email/EmailAccount scopes' messages,
    from application/Espo/Resources/i18n/<ll_CC>/; a language whose file has no or the
    English words for the pick's own label is left out (Espo shows en_US's)."""
    repo_name = "espocrm/espocrm"
    repo, commit, at = _twenty_eighth_repo(mirrors, repo_name, TWENTY_EIGHTH_PINS[repo_name])
    lib, lib_commit, lib_at = _twenty_eighth_repo(mirrors, *IMAPENGINE)
    scopes = ("Global", "Email", "EmailAccount")
    tables = {
        lang: {scope: _espo_table(repo, commit, locale, scope) for scope in scopes}
        for lang, locale in ESPO_LOCALE.items()
    }
    english = tables["en"]
    where_of = {
        "imap": ("let msg = this.translate('Error');", "client/src/views/email-account"),
        "alert": ("'{}'", "application/Espo/Core/Mail/Sender.php"),
        "email": (
            "'{}'",
            "client/src/views/email-account client/src/views/email application/Espo/Tools/Email",
        ),
        "account": ("'{}'", "client/src/views/email-account"),
    }

    def own(scoped: dict[str, tuple[str, _EspoScope]], pick: Pick) -> tuple[str, str]:
        scope, category = {
            "imap": ("Global", "labels"),
            "account": ("EmailAccount", "messages"),
        }.get(pick.table, ("Email", "messages"))
        path, table = scoped[scope]
        return path, _espo_words(table, category, pick.key)

    def shown(scoped: dict[str, tuple[str, _EspoScope]], pick: Pick, words: str) -> str:
        if pick.table == "imap":
            return f"{words} 500: {pick.then}"
        if pick.table == "alert":
            frame = [
                _espo_words(scoped["Global"][1], category, label)
                or _espo_words(english["Global"][1], category, label)
                for label, category in (
                    ("Internal server error", "labels"),
                    ("checkLogsForDetails", "messages"),
                )
            ]
            return f"{frame[0]}\n\n{frame[1]}\n{words}"
        return words

    entries = []
    for index, pick in enumerate(ESPOCRM):
        _, english_words = own(english, pick)
        assert english_words, pick.key
        literal, paths = where_of[pick.table]
        code_at = _where(repo, commit, literal.format(pick.key), tuple(paths.split()))
        texts = {"en": shown(english, pick, english_words)}
        sources = {"en": f"{at}:{code_at}"}
        if pick.table == "imap":
            lib_where = _where(lib, lib_commit, str(pick.context), ("src",))
            sources["en"] += f" + {lib_at}:{lib_where}"
        for lang, scoped in tables.items():
            path, words = own(scoped, pick)
            if lang == "en" or not words or words == english_words:
                continue
            texts[lang] = shown(scoped, pick, words)
            sources[lang] = f"{at}:{path}#{pick.key}"
        entries.append(_entry("EspoCRM", f"espocrm.{index}", pick, texts, sources))
    return entries


def _nodebb_fill(text: str, values: tuple[str, ...]) -> str:
    for number, value in enumerate(values, 1):
        text = text.replace(f"%{number}", value)
    return html.unescape(text)


def nodebb(mirrors: Path) -> list[dict[str, object]]:
    """The picked NodeBB toasts: the title ([[global:alert.error]] or alert.success) over the
    message, from public/language/<ll>/ (global.json, error.json, admin/settings/email.json);
    an SMTP failure's message is nodemailer's English reason as it words it (then). A language
    whose file has no or the English words for the pick's own key (for an SMTP reason: the
    title) is left out (NodeBB falls back to en-GB)."""
    repo_name = "NodeBB/NodeBB"
    repo, commit, at = _twenty_eighth_repo(mirrors, repo_name, TWENTY_EIGHTH_PINS[repo_name])
    lib, lib_commit, lib_at = _twenty_eighth_repo(mirrors, *NODEMAILER)
    files = ("global", "error", "admin/settings/email")
    tables: dict[str, dict[str, tuple[str, dict[str, str]]]] = {}
    for lang, locale in NODEBB_LOCALE.items():
        tables[lang] = {}
        for name in files:
            path = f"public/language/{locale}/{name}.json"
            raw = git(repo, "show", f"{commit}:{path}")
            tables[lang][name] = (path, json.loads(raw) if raw.strip() else {})
    english = tables["en"]
    entries = []
    for index, pick in enumerate(NODEBB):
        name = {"smtp": "global", "error": "error", "success": "admin/settings/email"}[pick.table]
        title_key = "alert.success" if pick.table == "success" else "alert.error"
        assert pick.key in english[name][1], pick.key
        texts: dict[str, str] = {}
        sources: dict[str, str] = {}
        for lang, table in tables.items():
            path, words_table = table[name]
            own = words_table.get(pick.key)
            if not isinstance(own, str) or not own.strip():
                continue
            if lang != "en" and own == english[name][1][pick.key]:
                continue
            title = table["global"][1].get(title_key) or english["global"][1][title_key]
            body = pick.then if pick.table == "smtp" else _nodebb_fill(own, pick.values)
            texts[lang] = f"{html.unescape(title)}\n{body}"
            sources[lang] = f"{at}:{path}#{pick.key}"
        if pick.table == "smtp":
            code_at = _where(
                repo,
                commit,
                "socket.emit('admin.email.testSmtp'",
                ("public/src/admin/settings/email.js",),
            )
            lib_where = _where(lib, lib_commit, str(pick.context), ("lib",))
            sources["en"] = f"{at}:{code_at} + {lib_at}:{lib_where}"
        elif pick.table == "error":
            literal = f"[[error:{pick.key}"
            code_at = _where(repo, commit, literal, ("src", "public/src"))
            sources["en"] = f"{at}:{code_at}"
        else:
            literal = f"[[admin/settings/email:{pick.key}]]"
            sources["en"] = f"{at}:{_where(repo, commit, literal, ('public/src',))}"
        entries.append(_entry("NodeBB", f"nodebb.{index}", pick, texts, sources))
    return entries


# The twenty-ninth set: Misskey's admin "Test email delivery" and its own sign-in, sign-up and
# email settings messages (misskey-dev/misskey 13.14.2, syuilo's release commit, as the fork
# okayurisotto/misskey holds it: the upstream snapshot is over 500 MB; locales/<ll-CC>.yml,
# nodemailer 6.9.3's reasons on Node 20.3.1) and Lemmy's outgoing email (LemmyNet/lemmy of
# August 2026: lettre 0.11.19 with rustls 0.23.37 and rustls-webpki 0.103.10, its server log's
# English line; lemmy-ui's error texts from LemmyNet/lemmy-translations frontend/<ll>.json).
# Extracted and labelled blind from their code; neither was run through explain before it was
# committed.
TWENTY_NINTH_PINS = {
    "okayurisotto/misskey": "65cc3c5fce3fbc7fa2f4bc72e32d9163cda3eed8",
    "LemmyNet/lemmy": "439734dd638a2c06a2f907beab7dcf4646e88f86",
    "LemmyNet/lemmy-translations": "f03dfd1a4e73015b564ed230577d2fd8b23974f5",
}
MISSKEY_NODEMAILER = ("nodemailer/nodemailer", "551c7b60052ec7dd08291dc844a8af53215e488e")  # v6.9.3
LEMMY_LETTRE = ("lettre/lettre", "12dccd2bbebde05447826be1e17f81b002d3fe7c")  # v0.11.19
LEMMY_RUSTLS = ("rustls/rustls", "4b455b819962978b4b6e009def15107ac5f4c5e8")  # v/0.23.37
LEMMY_WEBPKI = ("rustls/webpki", "348ce01c01cf8ce21199090c98853992c9c047a8")  # v/0.103.10
MISSKEY_LOCALE = {
    "en": "en-US",
    "de": "de-DE",
    "es": "es-ES",
    "fr": "fr-FR",
    "nl": "nl-NL",
    "pl": "pl-PL",
    "it": "it-IT",
    "ja": "ja-JP",
}  # Misskey ships pt-PT, not pt-BR
LEMMY_LOCALE = {
    "de": "de",
    "es": "es",
    "fr": "fr",
    "nl": "nl",
    "pl": "pl",
    "pt-BR": "pt_BR",
    "it": "it",
    "ja": "ja",
}
# What the error dialog's "Copy error info" puts on the clipboard (os.ts apiWithDialog():
# `Endpoint: ${endpoint}\nInfo: ${JSON.stringify(err.info)}\nDate: ${date}`); the info is
# ApiCallService.call()'s {e: {message: err.message, code: err.name, id: randomUUID()}}.
MISSKEY_ERR_ID = "3f9c2a41-7d6e-4b8a-9c1e-5a2b7d4e8f10"
MISSKEY_DATE = "2026-11-28T09:14:27.512Z"
_MKT = (
    "packages/frontend/src/pages/admin/email-settings.vue testEmail(): os.apiWithDialog("
    "'admin/send-email', {to, subject: 'Test email', text}) -> packages/backend/src/server/api/"
    "endpoints/admin/send-email.ts -> packages/backend/src/core/EmailService.ts sendEmail(): "
    "nodemailer.createTransport({host: smtpHost, port: smtpPort, secure: smtpSecure (Use "
    "implicit SSL/TLS), ignoreTLS: no SMTP username, auth: username and password if a username "
    "is set}).sendMail() rejects; ApiCallService.call() turns a non-ApiError into INTERNAL_ERROR "
    "with info {e: {message, code: err.name, id}}; packages/frontend/src/os.ts apiWithDialog() "
    "shows i18n.ts.internalServerError / internalServerErrorDescription and 'Copy error info' "
    "copies Endpoint, Info and Date; "
)
_MKN = "nodemailer 6.9.3 lib/smtp-connection/index.js "
# Pick.key: the locale key (a dotted path into locales/<ll-CC>.yml), "title/text" for a dialog
# with both; Pick.values: what fills its {email}; Pick.then: err.message of nodemailer's error
# (English, on the copied error info); Pick.table: "nodemailer:<literal>" for a reason the
# pinned nodemailer spells, "node:" for one Node.js itself words (its net, dns and tls errors).
MISSKEY: list[Pick] = [
    Pick(
        "internalServerError/internalServerErrorDescription",
        "HOST_NOT_FOUND",
        why=f"{_MKT}{_MKN}connect() -> lib/shared/index.js resolveHostname(): resolve4 and "
        "resolve6 answer ENOTFOUND (taken as no addresses), then dns.lookup() fails: "
        "getaddrinfo EAI_NONAME, Node's 'getaddrinfo ENOTFOUND <host>' (the SMTP host's name does "
        "not exist)",
        then="getaddrinfo ENOTFOUND smtp.exmaple.com",
        table="node:getaddrinfo",
    ),
    Pick(
        "internalServerError/internalServerErrorDescription",
        "DNS_FAILURE",
        why=f"{_MKT}{_MKN}connect() -> lib/shared/index.js resolver(): c-ares' resolve4 timed "
        "out (ETIMEOUT is not among the codes taken as no addresses, so the error is passed on): "
        "Node's 'queryA ETIMEOUT <host>', the DNS server gave no answer",
        then="queryA ETIMEOUT smtp.example.com",
        table="node:queryA",
    ),
    Pick(
        "internalServerError/internalServerErrorDescription",
        "PORT_CLOSED",
        why=f"{_MKT}{_MKN}connect(): the socket's 'error' (_onSocketError, ESOCKET) is "
        "ECONNREFUSED, Node's 'connect ECONNREFUSED <ip>:<port>': nothing listens on the SMTP port",
        then="connect ECONNREFUSED 203.0.113.25:587",
        table="node:connect",
    ),
    Pick(
        "internalServerError/internalServerErrorDescription",
        "HOST_UNREACHABLE",
        why=f"{_MKT}{_MKN}connect(): the socket's 'error' is EHOSTUNREACH (no route to the SMTP "
        "server's address)",
        then="connect EHOSTUNREACH 203.0.113.25:587",
        table="node:connect",
    ),
    Pick(
        "internalServerError/internalServerErrorDescription",
        "PORT_FILTERED",
        why=f"{_MKT}{_MKN}connect() setupConnectionHandlers(): the connection was not "
        "established within CONNECTION_TIMEOUT (2 minutes): _onError('Connection timeout', "
        "'ETIMEDOUT')",
        then="Connection timeout",
        table="nodemailer:'Connection timeout'",
    ),
    Pick(
        "internalServerError/internalServerErrorDescription",
        "NO_GREETING",
        why=f"{_MKT}{_MKN}_onConnect(): connected, but no SMTP greeting within GREETING_TIMEOUT "
        "(30 s): _onError('Greeting never received', 'ETIMEDOUT')",
        then="Greeting never received",
        table="nodemailer:'Greeting never received'",
    ),
    Pick(
        "internalServerError/internalServerErrorDescription",
        "CERT_SELF_SIGNED",
        why=f"{_MKT}{_MKN}tls.connect() (implicit TLS) or _upgradeConnection() (STARTTLS): "
        "the socket's 'error' is Node's DEPTH_ZERO_SELF_SIGNED_CERT, OpenSSL 3.0's "
        "X509_verify_cert_error_string 'self-signed certificate' (the server's certificate is "
        "self-signed)",
        then="self-signed certificate",
        table="node:tls",
    ),
    Pick(
        "internalServerError/internalServerErrorDescription",
        "CERT_UNTRUSTED",
        why=f"{_MKT}{_MKN}TLS: Node's UNABLE_TO_VERIFY_LEAF_SIGNATURE, OpenSSL's 'unable to verify "
        "the first certificate': the certificate's issuer is not in Node's CA store and no "
        "chain to it was sent",
        then="unable to verify the first certificate",
        table="node:tls",
    ),
    Pick(
        "internalServerError/internalServerErrorDescription",
        "CERT_EXPIRED",
        why=f"{_MKT}{_MKN}TLS: Node's CERT_HAS_EXPIRED, OpenSSL's 'certificate has expired'",
        then="certificate has expired",
        table="node:tls",
    ),
    Pick(
        "internalServerError/internalServerErrorDescription",
        "CERT_HOSTNAME_MISMATCH",
        why=f"{_MKT}{_MKN}TLS: Node's tls.checkServerIdentity() finds the SMTP host in none of "
        "the certificate's subjectAltName DNS names (ERR_TLS_CERT_ALTNAME_INVALID)",
        then="Hostname/IP does not match certificate's altnames: Host: smtp.example.org. is not "
        "in the cert's altnames: DNS:mail.example.net, DNS:example.net",
        table="node:tls",
    ),
    Pick(
        "internalServerError/internalServerErrorDescription",
        "AUTH_FAILED",
        why=f"{_MKT}{_MKN}_actionAUTHComplete(): the reply to AUTH is not 235: "
        "_formatError('Invalid login', 'EAUTH', str) appends ': ' and the server's reply "
        "(Postfix with Cyrus SASL: the username or password is wrong)",
        then="Invalid login: 535 5.7.8 Error: authentication failed: authentication failure",
        table="nodemailer:'Invalid login'",
    ),
    Pick(
        "internalServerError/internalServerErrorDescription",
        "APP_PASSWORD_REQUIRED",
        why=f"{_MKT}{_MKN}_actionAUTHComplete(): Gmail's multi-line 534 5.7.9 (the lines joined "
        "with a newline by _processResponse()): the account has 2-Step Verification and needs "
        "an app password",
        then="Invalid login: 534-5.7.9 Application-specific password required. Learn more at\n"
        "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
        "a640c23a62f3a-a4e4b3c2d1e0f-20020a170906000000b00a4e2c1d0e9asm512345ejc.42 - gsmtp",
        table="nodemailer:'Invalid login'",
    ),
    Pick(
        "internalServerError/internalServerErrorDescription",
        "RELAY_REFUSED",
        why=f"{_MKT}{_MKN}_actionRCPT(): every RCPT TO was refused: 'Can\\x27t send mail - all "
        "recipients were rejected' + the reply; Postfix's reject_unauth_destination: the mail "
        "was sent without a login the server relays for (no SMTP username set, or the server "
        "advertised no AUTH, so nodemailer sent unauthenticated)",
        then="Can't send mail - all recipients were rejected: 554 5.7.1 <admin@example.net>: "
        "Relay access denied",
        table="nodemailer:all recipients were rejected",
    ),
    Pick(
        "internalServerError/internalServerErrorDescription",
        "SENDER_REFUSED",
        why=f"{_MKT}{_MKN}_actionMAIL(): MAIL FROM refused: 'Mail command failed' + the reply; "
        "Postfix's reject_sender_login_mismatch: the instance's Email address (From) is not one "
        "the SMTP login owns",
        then="Mail command failed: 553 5.7.1 <noreply@misskey.example>: Sender address "
        "rejected: not owned by user alice@example.com",
        table="nodemailer:'Mail command failed'",
    ),
    Pick(
        "internalServerError/internalServerErrorDescription",
        "RECIPIENT_UNKNOWN",
        why=f"{_MKT}{_MKN}_actionRCPT(): the only recipient (the address typed into the test "
        "dialog) was refused with 550 5.1.1 User unknown: no such mailbox",
        then="Can't send mail - all recipients were rejected: 550 5.1.1 <admin@example.net>: "
        "Recipient address rejected: User unknown in virtual mailbox table",
        table="nodemailer:all recipients were rejected",
    ),
    Pick(
        "signinFailed",
        None,
        why="packages/frontend/src/components/MkSignin.vue queryKey(): the security-key sign-in "
        "to Misskey itself was rejected",
    ),
    Pick(
        "loginFailed/noSuchUser",
        None,
        why="packages/frontend/src/components/MkSignin.vue loginFailed(): Misskey's signin API "
        "knows no such user (6cc579cc-...)",
    ),
    Pick(
        "loginFailed/incorrectPassword",
        None,
        why="packages/frontend/src/components/MkSignin.vue loginFailed(): the password for the "
        "Misskey account is wrong (932c904e-...)",
    ),
    Pick(
        "loginFailed/rateLimitExceeded",
        None,
        why="packages/frontend/src/components/MkSignin.vue loginFailed(): Misskey's own sign-in "
        "rate limit (22d05606-...)",
    ),
    Pick(
        "_emailUnavailable.used",
        None,
        why="packages/frontend/src/components/MkSignupDialog.form.vue: email-address/available "
        "says the address is already verified on another account (EmailService."
        "validateEmailForAccount() 'used')",
    ),
    Pick(
        "_emailUnavailable.format",
        None,
        why="packages/frontend/src/components/MkSignupDialog.form.vue: the address typed at "
        "sign-up fails deep-email-validator's regex ('format')",
    ),
    Pick(
        "_emailUnavailable.disposable",
        None,
        why="packages/frontend/src/components/MkSignupDialog.form.vue: the address typed at "
        "sign-up is a disposable-mail domain ('disposable', with active email validation on)",
    ),
    Pick(
        "_signup.almostThere/_signup.emailSent",
        None,
        ("alice@example.com",),
        why="packages/frontend/src/components/MkSignupDialog.form.vue onSubmit(): the instance "
        "requires an email for sign-up and the confirmation mail was handed on",
    ),
    Pick(
        "emailNotConfiguredWarning",
        None,
        why="packages/frontend/src/pages/settings/index.vue: the instance sends email but the "
        "account has no verified email address",
    ),
    Pick(
        "verificationEmailSent",
        None,
        why="packages/frontend/src/pages/settings/email.vue: the account's new address is not "
        "verified yet (a confirmation was sent)",
    ),
    Pick(
        "emailVerified",
        None,
        why="packages/frontend/src/pages/settings/email.vue: the account's address is verified",
    ),
    Pick(
        "invalidParamError/invalidParamErrorDescription",
        None,
        why="packages/frontend/src/os.ts apiWithDialog(): the API answered INVALID_PARAM (its "
        "own parameter check of the request)",
    ),
    Pick(
        "permissionDeniedError/permissionDeniedErrorDescription",
        None,
        why="packages/frontend/src/os.ts apiWithDialog(): ROLE_PERMISSION_DENIED, the Misskey "
        "account's role lacks the permission",
    ),
    Pick(
        "cannotPerformTemporary/cannotPerformTemporaryDescription",
        None,
        why="packages/frontend/src/os.ts apiWithDialog(): RATE_LIMIT_EXCEEDED, Misskey's own "
        "API rate limit for the endpoint",
    ),
]
# Lemmy: crates/email/src/send.rs send_email() runs in spawn_try_task() (crates/utils/src/
# lib.rs), which logs a failure as tracing::warn!("error in spawn: {e}"); LemmyError's Display
# (crates/utils/src/error.rs) is "{error_type}: " + the caller's Location + the cause's Display
# with nothing between; the mailer.send() failure is with_lemmy_type(EmailSendFailed) at
# send.rs:64:8 and its cause lettre's smtp::Error ("<kind>: <source>").
LEMMY_LOG_HEAD = "error in spawn: EmailSendFailed: crates/email/src/send.rs:64:8"
_LMS = (
    "crates/email/src/send.rs send_email(): AsyncSmtpTransport::from_url(email.connection) "
    "(lemmy.hjson: smtp:// plain, smtp://...?tls=required STARTTLS, smtps:// implicit TLS; "
    "user:password in the URL) then mailer.send() fails, logged by crates/utils/src/lib.rs "
    "spawn_try_task() as 'error in spawn: ' + LemmyError's Display; "
)
_LMC = "lettre 0.11.19 src/transport/smtp/client/async_net.rs connect_tokio1(): "
# Pick.key: the error key of frontend/<ll>.json (LemmyErrorType in snake_case, what lemmy-ui
# shows) or "" for the server log's English line (then, after LEMMY_LOG_HEAD); Pick.table:
# "<library>:<literal>" the pinned library spells, checked there; Pick.values: the Rust
# LemmyErrorType that returns a frontend key (checked in the pinned lemmy).
LEMMY: list[Pick] = [
    Pick(
        "",
        "PORT_CLOSED",
        why=f"{_LMS}{_LMC}the TCP connect failed with ECONNREFUSED: error::connection(io::Error), "
        "'Connection error: ' + std's 'Connection refused (os error 111)'",
        then="Connection error: Connection refused (os error 111)",
        table='lettre:"Connection error"',
    ),
    Pick(
        "",
        "HOST_NOT_FOUND",
        why=f"{_LMS}{_LMC}tokio's lookup_host() failed: std's getaddrinfo wording 'failed to "
        "lookup address information: ' + gai_strerror(EAI_NONAME): the SMTP host's name does "
        "not exist",
        then="Connection error: failed to lookup address information: Name or service not known",
        table='lettre:"Connection error"',
    ),
    Pick(
        "",
        "DNS_FAILURE",
        why=f"{_LMS}{_LMC}lookup_host() failed with EAI_AGAIN: the resolver gave no answer",
        then="Connection error: failed to lookup address information: Temporary failure in name "
        "resolution",
        table='lettre:"Connection error"',
    ),
    Pick(
        "",
        "PORT_FILTERED",
        why=f"{_LMS}{_LMC}the connect did not finish within the transport's timeout (lettre's "
        "DEFAULT_TIMEOUT, 60 s): its own io::Error(TimedOut, 'connection timed out')",
        then="Connection error: connection timed out",
        table='lettre:"connection timed out"',
    ),
    Pick(
        "",
        "HOST_UNREACHABLE",
        why=f"{_LMS}{_LMC}connect failed with EHOSTUNREACH: std's 'No route to host (os error "
        "113)'",
        then="Connection error: No route to host (os error 113)",
        table='lettre:"Connection error"',
    ),
    Pick(
        "",
        "TLS_ON_PLAIN_PORT",
        why=f"{_LMS}{_LMC}smtps:// (Tls::Wrapper) to a port that greets in plain text: "
        "tokio-rustls' connect fails (error::connection) with rustls' Error::InvalidMessage("
        "InvalidContentType) (msgs/deframer: the '220 ' greeting is no TLS record), Display "
        "'received corrupt message of type InvalidContentType'",
        then="Connection error: received corrupt message of type InvalidContentType",
        table="rustls:received corrupt message of type",
    ),
    Pick(
        "",
        "CERT_UNTRUSTED",
        why=f"{_LMS}{_LMC}the TLS handshake: rustls' WebPkiServerVerifier with webpki-roots "
        "(lettre's rustls-tls feature) finds no trusted issuer (webpki UnknownIssuer -> "
        "CertificateError::UnknownIssuer, shown by its Debug): a self-signed or private-CA "
        "certificate",
        then="Connection error: invalid peer certificate: UnknownIssuer",
        table="rustls:invalid peer certificate: ",
    ),
    Pick(
        "",
        "CERT_EXPIRED",
        why=f"{_LMS}{_LMC}the TLS handshake: webpki CertExpired -> rustls CertificateError::"
        "ExpiredContext, 'certificate expired: verification time {t} (UNIX), but certificate is "
        "not valid after {not_after} ({t - not_after} seconds ago)'",
        then="Connection error: invalid peer certificate: certificate expired: verification time "
        "1795857267 (UNIX), but certificate is not valid after 1795305599 (551668 seconds ago)",
        table="rustls:certificate expired: verification time",
    ),
    Pick(
        "",
        "CERT_HOSTNAME_MISMATCH",
        why=f"{_LMS}{_LMC}the TLS handshake: webpki verify_dns_names() (src/subject_name/"
        "dns_name.rs) finds the SMTP host in none of the subjectAltName names, each shown by "
        "GeneralName's Debug 'DnsName(\"...\")'; rustls CertificateError::NotValidForNameContext",
        then="Connection error: invalid peer certificate: certificate not valid for name "
        '"smtp.example.org"; certificate is only valid for DnsName("mail.example.net") or '
        'DnsName("example.net")',
        table="rustls:certificate not valid for name",
    ),
    Pick(
        "",
        "STARTTLS_NOT_OFFERED",
        why=f"{_LMS}lettre 0.11.19 src/transport/smtp/client/async_connection.rs starttls(): "
        "smtp://...?tls=required and the server's EHLO names no STARTTLS: error::client(...)",
        then="internal client error: STARTTLS is not supported on this server",
        table="lettre:STARTTLS is not supported on this server",
    ),
    Pick(
        "",
        "AUTH_NOT_OFFERED",
        why=f"{_LMS}lettre 0.11.19 src/transport/smtp/client/async_connection.rs auth(): the EHLO "
        "lists no AUTH mechanism lettre offers (PLAIN, LOGIN), e.g. none before STARTTLS or "
        "none at all: error::client(...)",
        then="internal client error: No compatible authentication mechanism was found",
        table="lettre:No compatible authentication mechanism was found",
    ),
    Pick(
        "",
        "AUTH_FAILED",
        why=f"{_LMS}lettre 0.11.19 src/transport/smtp/client/async_connection.rs read_response(): "
        "the reply to AUTH is 535: error::code(), 'permanent error (535): ' + the reply's text "
        "(its lines concatenated); Postfix with Cyrus SASL: wrong username or password",
        then="permanent error (535): 5.7.8 Error: authentication failed: authentication failure",
        table='lettre:"permanent error ({code})"',
    ),
    Pick(
        "",
        "APP_PASSWORD_REQUIRED",
        why=f"{_LMS}lettre 0.11.19 read_response(): Gmail's multi-line 534 5.7.9 to AUTH, the "
        "lines' texts concatenated with nothing between (response.message().collect()): the "
        "account needs an app password",
        then="permanent error (534): 5.7.9 Application-specific password required. Learn more "
        "at5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
        "d9443c01a7336-2a1b3c4d5e6f7sm4412345b3c.21 - gsmtp",
        table='lettre:"permanent error ({code})"',
    ),
    Pick(
        "",
        "RELAY_REFUSED",
        why=f"{_LMS}lettre read_response(): RCPT TO refused with Postfix's "
        "reject_unauth_destination (no login in the connection URL, so the server does not "
        "relay)",
        then="permanent error (554): 5.7.1 <bob@example.net>: Relay access denied",
        table='lettre:"permanent error ({code})"',
    ),
    Pick(
        "",
        "SENDER_REFUSED",
        why=f"{_LMS}lettre read_response(): MAIL FROM refused, Postfix's "
        "reject_sender_login_mismatch: email.smtp_from_address is not an address the SMTP "
        "login owns",
        then="permanent error (553): 5.7.1 <noreply@lemmy.example>: Sender address rejected: "
        "not owned by user lemmy@example.com",
        table='lettre:"permanent error ({code})"',
    ),
    Pick(
        "",
        "RECIPIENT_UNKNOWN",
        why=f"{_LMS}lettre read_response(): RCPT TO refused with 550 5.1.1: the user's address "
        "has no mailbox at its domain",
        then="permanent error (550): 5.1.1 <nobody@example.net>: Recipient address rejected: "
        "User unknown in virtual mailbox table",
        table='lettre:"permanent error ({code})"',
    ),
    Pick(
        "incorrect_login",
        None,
        ("IncorrectLogin",),
        why="crates/api/api/src/local_user/login.rs login(): the Lemmy account's password does "
        "not verify",
    ),
    Pick(
        "email_not_verified",
        None,
        ("EmailNotVerified",),
        why="crates/api/api_utils/src/utils.rs check_email_verified(): the site requires email "
        "verification and the account's address is not verified",
    ),
    Pick(
        "email_required",
        None,
        ("EmailRequired",),
        why="crates/api/api_crud/src/user/create.rs register(): the site requires an email "
        "address and the sign-up form left it empty",
    ),
    Pick(
        "email_already_taken",
        None,
        ("EmailAlreadyTaken",),
        why="crates/db_schema/src/impls/local_user.rs LocalUser::check_is_email_taken() (at "
        "sign-up or an email change): another account already uses the address",
    ),
    Pick(
        "invalid_password",
        None,
        ("InvalidPassword",),
        why="crates/api/api_utils/src/utils.rs password_length_check(): the new Lemmy password "
        "is not 10 to 60 characters",
    ),
    Pick(
        "passwords_do_not_match",
        None,
        ("PasswordsDoNotMatch",),
        why="crates/api/api/src/local_user/change_password.rs: the new password and its "
        "confirmation differ",
    ),
    Pick(
        "email_notifications_disabled",
        None,
        ("EmailNotificationsDisabled",),
        why="crates/api/api/src/local_user/save_settings.rs: the user asked for email "
        "notifications and the site switched them off",
    ),
    Pick(
        "registration_application_is_pending",
        None,
        ("RegistrationApplicationIsPending",),
        why="crates/api/api_utils/src/utils.rs check_registration_application(): an admin has "
        "not yet approved the sign-up",
    ),
    Pick(
        "incorrect_totp_token",
        None,
        ("IncorrectTotpToken",),
        why="crates/api/api/src/lib.rs check_totp_2fa_valid(): the two-factor code for the "
        "Lemmy account is wrong",
    ),
]


def _twenty_ninth_repo(mirrors: Path, repo_name: str) -> tuple[Path, str, str]:
    repo = mirrors / (repo_name.replace("/", "+") + "/repo")
    commit = TWENTY_NINTH_PINS[repo_name]
    assert git(repo, "cat-file", "-t", commit).strip() == "commit", (repo_name, commit)
    return repo, commit, f"{repo_name}@{commit[:12]}"


def _misskey_words(table: dict[str, object], key: str) -> str:
    """The locale's string at a dotted key ("" for none)."""
    node: object = table
    for part in key.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node if isinstance(node, str) else ""


def misskey(mirrors: Path) -> list[dict[str, object]]:
    """The picked Misskey texts: the dialog's title and text (or the one text) in locales/
    <ll-CC>.yml (a language without both, or with the English, is left out), {email} filled;
    for the test email, then the copied error info with nodemailer's English err.message."""
    import yaml  # PyYAML, as Misskey's locales/index.js reads them with js-yaml

    repo_name = "okayurisotto/misskey"
    repo, commit, at = _twenty_ninth_repo(mirrors, repo_name)
    tables = {}
    for lang, name in MISSKEY_LOCALE.items():
        path = f"locales/{name}.yml"
        tables[lang] = (path, yaml.safe_load(git(repo, "show", f"{commit}:{path}")))
    mailer, mailer_commit = _library(mirrors, MISSKEY_NODEMAILER)
    mailer_at = f"{MISSKEY_NODEMAILER[0]}@{mailer_commit[:12]}"
    entries = []
    for index, pick in enumerate(MISSKEY):
        keys = pick.key.split("/")
        code_path = (
            "packages/frontend/src/os.ts" if pick.then else pick.why.split(" ")[0].rstrip(":")
        )
        first = keys[-1]
        literal = f"'{first}'" if first == "_signup.emailSent" else f"i18n.ts.{first}"
        where = _where(repo, commit, literal, (code_path,))
        note = ""
        if pick.then:
            send = _where(
                repo, commit, "'admin/send-email'", ("packages/frontend/src/pages/admin",)
            )
            note = f" (via {at}:{send})"
            if pick.table.startswith("nodemailer:"):
                lib = _where(
                    mailer, mailer_commit, pick.table.split(":", 1)[1], ("lib/smtp-connection",)
                )
                note += f" (then {mailer_at}:{lib})"
            else:
                note += " (then Node.js 20's own wording)"
        english = {k: _misskey_words(tables["en"][1], k) for k in keys}
        assert all(english.values()), pick.key
        texts, sources = {}, {}
        for lang, (path, table) in tables.items():
            words = [_misskey_words(table, k) for k in keys]
            if not all(words):
                continue
            if lang != "en" and any(w == english[k] for w, k in zip(words, keys, strict=True)):
                continue
            text = "\n".join(words)
            for value in pick.values:
                text = text.replace("{email}", value)
            if pick.then:
                info = {"e": {"message": pick.then, "code": "Error", "id": MISSKEY_ERR_ID}}
                copied = json.dumps(info, ensure_ascii=False, separators=(",", ":"))
                text = f"{text}\nEndpoint: admin/send-email\nInfo: {copied}\nDate: {MISSKEY_DATE}"
            texts[lang] = text
            place = where if lang == "en" else f"{path}#{pick.key}"
            sources[lang] = f"{at}:{place}" + (f" ({at}:{path}#{pick.key})" if lang == "en" else "")
            sources[lang] += note
        entries.append(_entry("Misskey", f"misskey.{index}", pick, texts, sources))
    return entries


def lemmy(mirrors: Path) -> list[dict[str, object]]:
    """The picked Lemmy texts: lemmy-ui's text for an API error key in LemmyNet/lemmy-
    translations frontend/<ll>.json (a language without it or with the English is left out);
    or the server log's English line of a failed email (en only), lettre's and rustls' words
    checked in their pinned sources."""
    repo_name = "LemmyNet/lemmy"
    repo, commit, at = _twenty_ninth_repo(mirrors, repo_name)
    words_repo, words_commit, words_at = _twenty_ninth_repo(mirrors, "LemmyNet/lemmy-translations")
    tables = {}
    for lang, name in {"en": "en", **LEMMY_LOCALE}.items():
        path = f"frontend/{name}.json"
        tables[lang] = (path, json.loads(git(words_repo, "show", f"{words_commit}:{path}")))
    libraries = {
        "lettre": (
            LEMMY_LETTRE,
            (
                "src/transport/smtp/client/async_connection.rs",
                "src/transport/smtp/client/async_net.rs",
                "src/transport/smtp/error.rs",
            ),
        ),
        "rustls": (LEMMY_RUSTLS, ("rustls/src/error.rs",)),
    }
    # The Location the log line names: line 64, column 8 (the method name after the dot).
    lines = git(repo, "show", f"{commit}:crates/email/src/send.rs").splitlines()
    assert ".send(email)" in lines[61], lines[61]
    call = ".with_lemmy_type(LemmyErrorType::EmailSendFailed)?;"
    assert lines[63].strip() == call and lines[63].index(call) + 2 == 8, lines[63]
    send = "crates/email/src/send.rs:64"
    spawn = _where(repo, commit, 'tracing::warn!("error in spawn: {e}")', ("crates/utils/src",))
    entries = []
    for index, pick in enumerate(LEMMY):
        if not pick.key:
            name, literal = pick.table.split(":", 1)
            (lib_name, lib_pin), paths = libraries[name]
            lib, lib_commit = _library(mirrors, (lib_name, lib_pin))
            found = _where(lib, lib_commit, literal, paths)
            texts = {"en": f"{LEMMY_LOG_HEAD}{pick.then}"}
            sources = {
                "en": f"{at}:{spawn} (via {at}:{send}) (then {lib_name}@{lib_commit[:12]}:{found})"
            }
            entries.append(_entry("Lemmy", f"lemmy.{index}", pick, texts, sources))
            continue
        (rust_type,) = pick.values
        path = pick.why.split(" ")[0].rstrip(":")
        where = _where(repo, commit, f"LemmyErrorType::{rust_type}", (path,))
        english = tables["en"][1][pick.key]
        texts = {"en": english}
        sources = {"en": f"{at}:{where} ({words_at}:{tables['en'][0]}#{pick.key})"}
        for lang, (words_path, table) in tables.items():
            words = table.get(pick.key, "")
            if lang == "en" or not words or words == english:
                continue
            texts[lang] = words
            sources[lang] = f"{words_at}:{words_path}#{pick.key}"
        entries.append(_entry("Lemmy", f"lemmy.{index}", pick, texts, sources))
    return entries


THIRTY_FIRST_PINS = {
    "lesion/gancio": "dea1bd9ef98bc34a1024a617351ae0252f44d26c",
    "framasoft/mobilizon": "c64a0ea7ce1dd2f4ef46b87cc1a8cc012afe2321",
}
GANCIO_NODEMAILER = ("nodemailer/nodemailer", "fa63b52d8a03da49a60c00b6c073a0d77aeababb")  # v6.9.13
GANCIO_LOCALE = {
    "de": "de",
    "es": "es",
    "fr": "fr",
    "nl": "nl",
    "pl": "pl",
    "pt-BR": "pt-BR",
    "it": "it",
}
MOBILIZON_LOCALE = {
    "de": "de",
    "es": "es",
    "fr": "fr",
    "nl": "nl",
    "pl": "pl",
    "pt-BR": "pt_BR",
    "it": "it",
    "ja": "ja",
}
_GST = (
    "components/admin/SMTP.vue testSMTP() posts {smtp} (auth dropped without a user; "
    "secure off means ignoreTLS) -> server/api/controller/settings.js testSMTP(): "
    "mail._send(admin_email, 'test') (server/api/mail.js: email-templates with transport: "
    "settings.smtp, nodemailer 6.9.13 from yarn.lock) rejects; the reply is "
    "escape(String(e)) (lodash), which the Snackbar shows as text; "
)
_GSN = "nodemailer 6.9.13 lib/smtp-connection/index.js "
# Pick.key: "" for the SMTP test's error (then = err.message, the snackbar shows
# lodash.escape("Error: " + message)), else the dotted key into locales/<ll>.json;
# Pick.values: what fills its {name}s, as "name=value"; Pick.table: "nodemailer:<literal>" for
# a reason the pinned nodemailer spells, "node:" for one Node.js 20 itself words.
GANCIO: list[Pick] = [
    Pick(
        "",
        "HOST_NOT_FOUND",
        why=f"{_GST}{_GSN}connect() -> lib/shared/index.js resolveHostname(): dns.lookup() fails "
        "with Node's 'getaddrinfo ENOTFOUND <host>' (the SMTP hostname does not exist)",
        then="getaddrinfo ENOTFOUND smtp.exmaple.org",
        table="node:getaddrinfo",
    ),
    Pick(
        "",
        "PORT_CLOSED",
        why=f"{_GST}{_GSN}connect(): net.connect() to the resolved address is refused (Node's "
        "'connect ECONNREFUSED <ip>:<port>': nothing listens on that port)",
        then="connect ECONNREFUSED 203.0.113.25:587",
        table="node:ECONNREFUSED",
    ),
    Pick(
        "",
        "PORT_FILTERED",
        why=f"{_GSN}connect(): the connectionTimeout timer fires before the TCP connection is "
        "made: _onError('Connection timeout', 'ETIMEDOUT') (the port does not answer)",
        then="Connection timeout",
        table="nodemailer:'Connection timeout'",
    ),
    Pick(
        "",
        "NO_GREETING",
        why=f"{_GST}{_GSN}_onConnect(): connected, but the greetingTimeout fires before any "
        "220 greeting: _onError('Greeting never received', 'ETIMEDOUT')",
        then="Greeting never received",
        table="nodemailer:'Greeting never received'",
    ),
    Pick(
        "",
        "AUTH_FAILED",
        why=f"{_GST}{_GSN}_actionAUTHComplete(): the reply to AUTH is not 235: "
        "_formatError('Invalid login', 'EAUTH', str) appends ': ' and the server's reply (535: "
        "wrong user name or password)",
        then="Invalid login: 535 5.7.8 Authentication credentials invalid",
        table="nodemailer:'Invalid login'",
    ),
    Pick(
        "",
        "APP_PASSWORD_REQUIRED",
        why=f"{_GST}{_GSN}_actionAUTHComplete(): Gmail answers AUTH with 534-5.7.9 (an account "
        "with 2-step verification needs an app password); the multi-line reply joined by '\\n'",
        then="Invalid login: 534-5.7.9 Application-specific password required. Learn more at\n"
        "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
        "d2e1a72fcca58-6c1a2b3d4e5sm123456b3c.12 - gsmtp",
        table="nodemailer:'Invalid login'",
    ),
    Pick(
        "",
        "SENDER_REFUSED",
        why=f"{_GST}{_GSN}_actionMAIL(): the reply to MAIL FROM (the admin e-mail as sender) is "
        "not 2xx: 'Mail command failed' + ': ' + the reply (553: the login may not send as that "
        "address)",
        then="Mail command failed: 553 5.7.1 <events@example.org>: Sender address rejected: not "
        "owned by user gancio@example.net",
        table="nodemailer:'Mail command failed'",
    ),
    Pick(
        "",
        "RECIPIENT_UNKNOWN",
        why=f"{_GST}{_GSN}_actionRCPT(): every RCPT TO (the admin e-mail) is refused: 'Can\\x27t "
        "send mail - all recipients were rejected' + ': ' + the reply (550 5.1.1: no such "
        "mailbox); lodash escape turns ' into &#39;",
        then="Can't send mail - all recipients were rejected: 550 5.1.1 <events@example.org>: "
        "Recipient address rejected: User unknown in virtual mailbox table",
        table="nodemailer:all recipients were rejected",
    ),
    Pick(
        "",
        "RELAY_REFUSED",
        why=f"{_GST}{_GSN}_actionRCPT(): without a user SMTP.vue drops auth, so the server "
        "refuses to relay to the outside recipient: 554 5.7.1 Relay access denied",
        then="Can't send mail - all recipients were rejected: 554 5.7.1 <events@example.com>: "
        "Relay access denied",
        table="nodemailer:all recipients were rejected",
    ),
    Pick(
        "",
        "CERT_SELF_SIGNED",
        why=f"{_GST}{_GSN}with secure on, tls.connect() rejects the server's certificate: Node 20 "
        "(Dockerfile node:20-slim) 'self-signed certificate' (DEPTH_ZERO_SELF_SIGNED_CERT)",
        then="self-signed certificate",
        table="node:self-signed certificate",
    ),
    Pick(
        "",
        "CERT_EXPIRED",
        why=f"{_GST}{_GSN}with secure on, tls.connect() rejects the server's certificate: "
        "OpenSSL's 'certificate has expired' (CERT_HAS_EXPIRED)",
        then="certificate has expired",
        table="node:certificate has expired",
    ),
    Pick(
        "",
        "CERT_HOSTNAME_MISMATCH",
        why=f"{_GST}{_GSN}with secure on, tls.checkServerIdentity(): the SMTP hostname is not in "
        "the certificate's names: ERR_TLS_CERT_ALTNAME_INVALID, whose String() is 'Error "
        "[ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: "
        "Host: <host>. is not in the cert's altnames: <names>'",
        then="[ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: "
        "Host: smtp.example.org. is not in the cert's altnames: DNS:*.mailhost.example, "
        "DNS:mailhost.example",
        table="node:ERR_TLS_CERT_ALTNAME_INVALID",
    ),
    Pick(
        "login.error",
        None,
        why="pages/Login.vue submit(): the Gancio account's e-mail or password is wrong (the "
        "login to Gancio itself, not the mail server)",
    ),
    Pick(
        "recover.not_valid_code",
        None,
        why="pages/recover/_code.vue: the password-recovery code of the link is not valid",
    ),
    Pick(
        "error.email_taken",
        None,
        why="server/api/models/user.js: the unique check of a Gancio user's e-mail on sign-up",
    ),
    Pick(
        "validators.email",
        None,
        why="plugins/validators.js: a form's e-mail field holds no valid address (a form rule)",
    ),
    Pick(
        "admin.not_reachable_warning",
        None,
        ("baseurl=https://events.example.org",),
        why="pages/Admin.vue: Gancio cannot reach its own baseurl over HTTP (proxy, firewall), "
        "not the mail server",
    ),
    Pick(
        "admin.geocoding_test_error",
        None,
        ("service_name=https://nominatim.openstreetmap.org",),
        why="components/admin/Geolocation.vue: the geocoding service does not answer",
    ),
]
# Mobilizon's GraphQL errors, dgettext("errors", ...) in lib/ (priv/gettext/<ll>/LC_MESSAGES/
# errors.po): its own accounts, permissions and forms, none of them the mail settings.
MOBILIZON: list[Pick] = [
    Pick(
        "Impossible to authenticate, either your email or password are invalid.",
        None,
        why="lib/graphql/resolvers/user.ex login(): the Mobilizon account's e-mail or password "
        "is wrong",
    ),
    Pick(
        "No user with this email was found",
        None,
        why="lib/graphql/resolvers/user.ex: no "
        "Mobilizon account has that e-mail (password reset, resending confirmation)",
    ),
    Pick(
        "This user has been disabled",
        None,
        why="lib/graphql/resolvers/user.ex: the Mobilizon account is disabled by a moderator",
    ),
    Pick(
        "Registrations are not open",
        None,
        why="lib/graphql/resolvers/user.ex create_user(): the instance takes no sign-ups",
    ),
    Pick(
        "Your email is not on the allowlist",
        None,
        why="lib/graphql/resolvers/user.ex "
        "create_user(): sign-ups are limited to an allowlist of addresses or domains",
    ),
    Pick(
        "The current password is invalid",
        None,
        why="lib/graphql/resolvers/user.ex: the "
        "password given to change the account's password or e-mail is wrong",
    ),
    Pick(
        "The new email doesn't seem to be valid",
        None,
        why="lib/graphql/resolvers/user.ex "
        "change_email(): the new account e-mail fails the format check",
    ),
    Pick(
        "The password you have chosen is too short. Please make sure your password contains at "
        "least 6 characters.",
        None,
        why="lib/graphql/resolvers/user.ex: a new Mobilizon password shorter than 6 characters",
    ),
    Pick(
        "This email is already used.",
        None,
        why="lib/graphql/error.ex: the sign-up's e-mail belongs to an existing Mobilizon account",
    ),
    Pick("Invalid credentials", None, why="lib/graphql/error.ex: the Mobilizon login failed"),
    Pick(
        "Reset your password to login",
        None,
        why="lib/graphql/error.ex: the account has no "
        "usable password (e.g. imported) and must reset it",
    ),
    Pick(
        "No user to validate with this email was found",
        None,
        why="lib/graphql/resolvers/"
        "user.ex resend_confirmation_email(): no unconfirmed account with that e-mail",
    ),
    Pick(
        "This token is invalid",
        None,
        why="lib/graphql/error.ex: a confirmation or reset token of a link is unknown or used",
    ),
    Pick(
        "A valid email is required by your instance",
        None,
        why="lib/graphql/resolvers/"
        "participant.ex: anonymous participation needs an e-mail address in the form",
    ),
    Pick(
        "Anonymous participation is not enabled",
        None,
        why="lib/graphql/resolvers/"
        "participant.ex: the instance does not allow joining an event without an account",
    ),
    Pick(
        "You need to be logged-in and an administrator to access admin settings",
        None,
        why="lib/graphql/resolvers/admin.ex: a permission check of the Mobilizon user",
    ),
]


def _thirty_first_repo(mirrors: Path, repo_name: str) -> tuple[Path, str, str]:
    repo = mirrors / (repo_name.replace("/", "+") + "/repo")
    commit = THIRTY_FIRST_PINS[repo_name]
    assert git(repo, "cat-file", "-t", commit).strip() == "commit", (repo_name, commit)
    return repo, commit, f"{repo_name}@{commit[:12]}"


def _gancio_fill(text: str, values: tuple[str, ...]) -> str:
    for value in values:
        name, filled = value.split("=", 1)
        assert "{" + name + "}" in text, (text, name)
        text = text.replace("{" + name + "}", filled)
    return text


def gancio(mirrors: Path) -> list[dict[str, object]]:
    """The picked Gancio texts: the admin SMTP test's snackbar (lodash.escape of String(err),
    nodemailer's or Node's English reason, en only), and its own messages from
    locales/<ll>.json (a language without the key or with the English is left out)."""
    import html

    repo_name = "lesion/gancio"
    repo, commit, at = _thirty_first_repo(mirrors, repo_name)
    tables = {}
    for lang, name in {"en": "en", **GANCIO_LOCALE}.items():
        path = f"locales/{name}.json"
        tables[lang] = (path, json.loads(git(repo, "show", f"{commit}:{path}")))
    mailer, mailer_commit = _library(mirrors, GANCIO_NODEMAILER)
    mailer_at = f"{GANCIO_NODEMAILER[0]}@{mailer_commit[:12]}"
    reply = _where(repo, commit, "escape(String(e))", ("server/api/controller/settings.js",))
    entries = []
    for index, pick in enumerate(GANCIO):
        if not pick.key:
            note = f" (via {at}:{_where(repo, commit, 'testSMTP', ('components/admin/SMTP.vue',))})"
            if pick.table.startswith("nodemailer:"):
                literal = pick.table.split(":", 1)[1]
                found = _where(mailer, mailer_commit, literal, ("lib/smtp-connection",))
                note += f" (then {mailer_at}:{found})"
            else:
                note += " (then Node.js 20's own wording)"
            # lodash escape: & < > " ' -> &amp; &lt; &gt; &quot; &#39;
            text = html.escape("Error: " + pick.then, quote=True).replace("&#x27;", "&#39;")
            if pick.table == "node:ERR_TLS_CERT_ALTNAME_INVALID":
                text = html.escape("Error " + pick.then, quote=True).replace("&#x27;", "&#39;")
            entries.append(
                _entry(
                    "Gancio", f"gancio.{index}", pick, {"en": text}, {"en": f"{at}:{reply}{note}"}
                )
            )
            continue
        code_path = pick.why.split(" ")[0].rstrip(":")
        where = _where(repo, commit, pick.key, (code_path,))
        english = _misskey_words(tables["en"][1], pick.key)
        assert english, pick.key
        texts = {"en": _gancio_fill(english, pick.values)}
        sources = {"en": f"{at}:{where} ({at}:{tables['en'][0]}#{pick.key})"}
        for lang, (path, table) in tables.items():
            words = _misskey_words(table, pick.key)
            if lang == "en" or not words or words == english:
                continue
            texts[lang] = _gancio_fill(words, pick.values)
            sources[lang] = f"{at}:{path}#{pick.key}"
        entries.append(_entry("Gancio", f"gancio.{index}", pick, texts, sources))
    return entries


def mobilizon(mirrors: Path) -> list[dict[str, object]]:
    """The picked Mobilizon GraphQL errors: dgettext("errors", ...) in lib/, texts from
    priv/gettext/<ll>/LC_MESSAGES/errors.po (a language without, with a fuzzy or with the
    English translation is left out)."""
    repo_name = "framasoft/mobilizon"
    repo, commit, at = _thirty_first_repo(mirrors, repo_name)
    catalogs = _po_catalogs(repo, commit, "priv/gettext/{}/LC_MESSAGES/errors.po", MOBILIZON_LOCALE)
    entries = []
    for index, pick in enumerate(MOBILIZON):
        where = _where(repo, commit, pick.key, ("lib",))
        texts = {"en": pick.key}
        sources = {"en": f"{at}:{where}"}
        for lang, (path, catalog) in catalogs.items():
            words = _po_translated(catalog, pick.key)
            if words:
                texts[lang] = words
                sources[lang] = f"{at}:{path}"
        entries.append(_entry("Mobilizon", f"mobilizon.{index}", pick, texts, sources))
    return entries


def main() -> None:
    mirrors = Path(sys.argv[1])
    about = (
        "Texts of mail clients the matcher was never built or tuned on (tools/"
        "extract_fresh_texts.py); read only by benchmarks/explain.py --fresh."
    )
    if sys.argv[3:] == ["--seventh"]:
        about = (
            "The seventh held-out set (tools/extract_fresh_texts.py --seventh): GNOME Online "
            "Accounts and the Zimbra web client, extracted and labelled after the sixth set's "
            "misses had been read and before it was run; code null: no settings problem (the "
            "keyring, a password change, other quotas, folders). Read only by "
            "benchmarks/explain.py --seventh."
        )
        goa = {"": ("GNOME/gnome-online-accounts", "po/{}.po")}
        entries = gettext_picks(mirrors, "GNOME Online Accounts", "goa", GOA, goa, _printf)
        entries += zimbra(mirrors)
    elif sys.argv[3:] == ["--eighth"]:
        about = (
            "The eighth held-out set (tools/extract_fresh_texts.py --eighth): Trojitá and KMail "
            "(with its IMAP and SMTP libraries kimap, ksmtp and kmailtransport), extracted and "
            "labelled with the seventh set, before either was run; code null: no settings "
            "problem (OpenPGP and S/MIME, the composer, the password store, folders). Read only "
            "by benchmarks/explain.py --eighth."
        )
        entries = gettext_picks(mirrors, "Trojitá", "trojita", TROJITA, TROJITA_CATALOGS, _qt)
        entries += gettext_picks(mirrors, "KMail", "kmail", KMAIL, KMAIL_CATALOGS, _qt)
    elif sys.argv[3:] == ["--ninth"]:
        about = (
            "The ninth held-out set (tools/extract_fresh_texts.py --ninth): the Cypht and "
            "SquirrelMail webmails at pinned commits, extracted and labelled from their code "
            "before either was run; code null: no settings problem (Cypht's own settings and "
            "sign-in extras, searches, folders, the composer, drafts, the address book, "
            "signatures, a server short of disk). Read only by benchmarks/explain.py --ninth."
        )
        entries = cypht(mirrors) + squirrelmail(mirrors)
    elif sys.argv[3:] == ["--tenth"]:
        about = (
            "The tenth held-out set (tools/extract_fresh_texts.py --tenth): the AOSP Email app "
            "and Mailpile at pinned commits, extracted and labelled from their code before "
            "either was run; code null: no settings problem (the device's security policies and "
            "lock screen, Mailpile's own password, local web server and disk, OpenPGP keys and "
            "signatures, attachments, tags). Read only by benchmarks/explain.py --tenth."
        )
        entries = aosp_email(mirrors) + mailpile(mirrors)
    elif sys.argv[3:] == ["--eleventh"]:
        about = (
            "The eleventh held-out set (tools/extract_fresh_texts.py --eleventh): EGroupware's "
            "mail app and Afterlogic WebMail Lite at pinned commits, extracted and labelled from "
            "their code before either was run; code null: no settings problem (folders, drafts, "
            "attachments, S/MIME keys and signatures, filter scripts, the web app's own session, "
            "password change and second factor, file storage). Read only by "
            "benchmarks/explain.py --eleventh."
        )
        entries = egroupware(mirrors) + afterlogic(mirrors)
    elif sys.argv[3:] == ["--twelfth"]:
        about = (
            "The twelfth held-out set (tools/extract_fresh_texts.py --twelfth): Group-Office's "
            "e-mail module and Tine's Felamimail at pinned commits, extracted and labelled from "
            "their code before either was run; code null: no settings problem (folders, drafts, "
            "attachments, S/MIME and OpenPGP, Sieve rules and vacation, the web app's own "
            "connection, password and second factor). Group-Office's IMAP library errors are "
            "shown untranslated: English only. Read only by benchmarks/explain.py --twelfth."
        )
        entries = groupoffice(mirrors) + tine(mirrors)
    elif sys.argv[3:] == ["--thirteenth"]:
        about = (
            "The thirteenth held-out set (tools/extract_fresh_texts.py --thirteenth): Firefox "
            "OS's e-mail app (gaia, its texts from the gaia-l10n monorepo, its labels from "
            "gaia-email-libs-and-more) and Kopano WebApp at pinned commits, extracted and "
            "labelled from their code before either was run; code null: no settings problem "
            "(the device offline, attachments, the composer's own limits and checks, the web "
            "app's own session and connection, folders, rules, calendars, the address book). "
            "Read only by benchmarks/explain.py --thirteenth."
        )
        entries = gaia_email(mirrors) + kopano(mirrors)
    elif sys.argv[3:] == ["--fourteenth"]:
        about = (
            "The fourteenth held-out set (tools/extract_fresh_texts.py --fourteenth): YAM (Yet "
            "Another Mailer) and SimpleMail at pinned commits, extracted and labelled from their "
            "code before either was run; code null: no settings problem (another transfer "
            "running, the computer's own TCP/IP stack and SSL library, mail files, folders and "
            "their index, the address book, PGP, attachments, filters, printing). Some texts "
            "carry a server's reply as the app shows it (YAM's 'Bad response from mail "
            "server'), or OpenSSL's untranslated reason (SimpleMail's certificate requester). "
            "Read only by benchmarks/explain.py --fourteenth."
        )
        entries = yam(mirrors) + simplemail(mirrors)
    elif sys.argv[3:] == ["--fifteenth"]:
        about = (
            "The fifteenth held-out set (tools/extract_fresh_texts.py --fifteenth): Xfce's "
            "Mailwatch panel plugin and Mail Notification at pinned commits, extracted and "
            "labelled from their code before either was run; code null: no settings problem (a "
            "build without SSL/TLS or SASL, the computer's OpenSSL, the plugin's own thread and "
            "config file, local mail spools and maildirs, Evolution, the mailboxes file, the "
            "configured commands, the dialogs' own checks). Some texts carry a system or library "
            "reason as the code shows it (strerror, gai_strerror, GnuTLS, OpenSSL's untranslated "
            "errors), or an inner text that stays English where a catalog has none; Mail "
            "Notification ships no Italian. Read only by benchmarks/explain.py --fifteenth."
        )
        entries = fifteenth_app(mirrors, "xfce-mirror/xfce4-mailwatch-plugin", MAILWATCH)
        entries += fifteenth_app(mirrors, "danc86/mail-notification", MAIL_NOTIFICATION)
    elif sys.argv[3:] == ["--sixteenth"]:
        about = (
            "The sixteenth held-out set (tools/extract_fresh_texts.py --sixteenth): PHPMailer's "
            "own messages and Gnubiff at pinned commits, extracted and labelled from their code "
            "before either was run; code null: no settings problem (the message, its addresses "
            "and attachments, signing, PHP's mail() and the sendmail program, PHP without "
            "OpenSSL, a password not given, folders, local certificate files and mail files, "
            "the program's threads and build). PHPMailer's texts are its exception "
            "messages and ErrorInfo as the code builds them: a translated first part, the SMTP "
            "class's English words, PHP's and the server's reasons (keys a language file lacks "
            "stay English, as setLanguage() fills them); Gnubiff's are its log lines with a "
            "server's reply or OpenSSL's reason. Gnubiff ships no Polish or Japanese. Read only "
            "by benchmarks/explain.py --sixteenth."
        )
        entries = phpmailer(mirrors) + gnubiff(mirrors)
    elif sys.argv[3:] == ["--seventeenth"]:
        about = (
            "The seventeenth held-out set (tools/extract_fresh_texts.py --seventeenth): Horde's "
            "mail libraries Horde_Imap_Client (IMAP and POP3) and Horde_Smtp at pinned commits, "
            "extracted and labelled blind from their code before either was run; code null: no "
            "settings problem (a password not given, folders and their flags, searches and "
            "their charsets, metadata, ACLs, a folder locked for a moment, the messages' "
            "content, a folder feature asked of POP3). The texts are the exceptions' "
            "getMessage() as the code builds them; one the code joins or fills before "
            "translating stays English in every language and is kept in English only. "
            "Horde_Imap_Client ships German, Spanish, French, Japanese and Dutch, Horde_Smtp "
            "Spanish and Japanese. Read only by benchmarks/explain.py --seventeenth."
        )
        entries = horde(mirrors, "horde/Imap_Client", HORDE_IMAP)
        entries += horde(mirrors, "horde/Smtp", HORDE_SMTP)
    elif sys.argv[3:] == ["--eighteenth"]:
        about = (
            "The eighteenth held-out set (tools/extract_fresh_texts.py --eighteenth): the NOCC "
            "webmail and the FreeScout help desk's mailbox screens at pinned commits, extracted "
            "and labelled blind from their code before either was run; code null: no settings "
            "problem (the webmail's own send delay, preferences and session files, uploads, "
            "the composer's form, FreeScout's own users, passwords, permissions, licences and "
            "the browser's connection to it). NOCC's texts are its words with what the code "
            "appends as it shows it: c-client's English reason after 'Could not connect to "
            "server', the SMTP server's reply after 'An error occurred' (its SMTP class's own "
            "words are an undefined variable there, empty). Read only by "
            "benchmarks/explain.py --eighteenth."
        )
        entries = nocc(mirrors) + freescout(mirrors)
    elif sys.argv[3:] == ["--nineteenth"]:
        about = (
            "The nineteenth held-out set (tools/extract_fresh_texts.py --nineteenth): the "
            "pretalx conference planner's mail settings and outbox and Redmine's test email "
            "and sign-in messages at pinned commits, extracted and labelled blind from their "
            "code before either was run; code null: no settings problem (pretalx's own guard "
            "against private addresses, its mail settings form, templates, outbox and plugins, "
            "a mail without recipients; Redmine's own sign-in, users, passwords, session, "
            "attachment limit, its LDAP directory, a rake task's unknown user). The texts are "
            "the translated words with the mail library's English reason as the code fills it "
            "in: CPython's socket, ssl and smtplib texts in pretalx (an SMTP reply as the "
            "exception's tuple, or 'SMTP <code> (<reply>)' in the outbox), Ruby's socket and "
            "OpenSSL texts or net-smtp's reply line in Redmine. A language whose catalog has no "
            "(or a fuzzy, or the English) translation is left out. Read only by "
            "benchmarks/explain.py --nineteenth."
        )
        entries = pretalx(mirrors) + redmine(mirrors)
    elif sys.argv[3:] == ["--twentieth"]:
        about = (
            "The twentieth held-out set (tools/extract_fresh_texts.py --twentieth): "
            "Mattermost's SMTP connection test and sign-in messages (mattermost-server, 2021) "
            "and Gitea's test email and sign-in messages (go-gitea/gitea, 2026) at pinned "
            "commits, extracted and labelled blind from their code before either was run; code "
            "null: no settings problem (the console asking for the password again, "
            "Mattermost's own invitation limit, accounts, passwords, sign-up domains, reset "
            "links, email batching and invitations switched off; Gitea's own sign-in, second "
            "factor, activation codes and resend limit, sign-up domains, the installer's "
            "sender field, a missing sendmail program or client certificate file). The texts "
            "are the translated words with the Go error the code fills in: Go's net, "
            "crypto/tls and crypto/x509 texts or an SMTP reply as net/smtp's textproto.Error "
            "('<code> <text>', a multi-line reply's lines joined by a newline), behind "
            "Mattermost's 'unable to connect to the SMTP server...' or Gitea's 'failed to "
            "...' wraps. A language whose file has no (or the English) translation is left "
            "out. Read only by benchmarks/explain.py --twentieth."
        )
        entries = mattermost(mirrors) + gitea(mirrors)
    elif sys.argv[3:] == ["--twenty-first"]:
        about = (
            "The twenty-first held-out set (tools/extract_fresh_texts.py --twenty-first): "
            "Zammad's email channel (the account wizard's IMAP and SMTP probe and its own "
            "sign-in and account messages, zammad/zammad, 2023) and Uptime Kuma's SMTP "
            "notification test and dashboard sign-in messages (louislam/uptime-kuma, 2026) at "
            "pinned commits, extracted and labelled blind from their code before either was "
            "run; code null: no settings problem (a folder name typed in Zammad's form, "
            "Zammad's own mail size limit, accounts, sign-in, API tokens, passwords and "
            "permissions; Uptime Kuma's own header field, sign-in and second factor). Zammad's "
            "texts are the wizard's translated message for the library's reason "
            "(EmailHelper::Probe.translations), or, where no key matches, the library's own "
            "English message as it shows it: the openssl gem's SSL_connect text, net-imap's "
            "NO text, net-smtp's first reply line. Uptime Kuma's test shows nodemailer's "
            "err.message untranslated: Node's dns, net and tls texts, or nodemailer's words "
            "with the server's reply ('Invalid login: <reply>'). A language whose catalog has "
            "no (or a fuzzy, or the English) translation is left out. Read only by "
            "benchmarks/explain.py --twenty-first."
        )
        entries = zammad(mirrors) + uptime_kuma(mirrors)
    elif sys.argv[3:] == ["--twenty-second"]:
        about = (
            "The twenty-second held-out set (tools/extract_fresh_texts.py --twenty-second): "
            "the SnappyMail webmail's login, composer and admin domain test "
            "(the-djmaze/snappymail, 2025) and Modoboa's webmail, IMAP migration and account "
            "messages (modoboa/modoboa, 2026) at pinned commits, extracted and labelled blind "
            "from their code before either was run; code null: no settings problem "
            "(SnappyMail's own domain list, plugins, stored keys, a message without "
            "recipients, PHP without mail(); Modoboa's own sender check, passwords, second "
            "factor, filter names, search and migration form guards, roles, its Amavis "
            "connection, DKIM keys and account import). SnappyMail's login and composer "
            "texts are the translated notification with, on the next line, the MailSo "
            "exception's English message as the view prints it (the server's IMAP response "
            "text or [ALERT], its SMTP reply line, MailSo's own words); its admin test shows "
            "PHP's stream_socket_client() warning or the SMTP reply untranslated. Modoboa's "
            "connection errors fill CPython's socket and ssl texts into an f-string before "
            "gettext (English in every language), its composer shows smtplib's refused "
            "recipients or reply bytes as Python prints them. A language whose catalog has "
            "no (or a fuzzy, or the English) translation is left out. Read only by "
            "benchmarks/explain.py --twenty-second."
        )
        entries = snappymail(mirrors) + modoboa(mirrors)
    elif sys.argv[3:] == ["--twenty-third"]:
        about = (
            "The twenty-third held-out set (tools/extract_fresh_texts.py --twenty-third): "
            "Sylpheed's receive, send and SSL certificate dialogs and composer checks "
            "(sylpheed-mail/sylpheed, 2022) and mailcow's web UI notifications and sync job "
            "results (mailcow/mailcow-dockerized, 2026) at pinned commits, extracted and "
            "labelled blind from their code before either was run; code null: no settings "
            "problem (a mailbox locked by another session, the local disk, files, folders and "
            "queue, the junk filter command, signing, templates, the composer's recipient and "
            "account; mailcow's own sign-in, second factor, passwords, ACLs, domain and "
            "mailbox forms, quotas it sets, its own Postfix container, demo mode). Sylpheed's "
            "texts are the translated words with the server's reply line as the code fills it "
            "in (Dovecot's and Gmail's POP3 -ERR lines, Postfix's, Gmail's and rspamd's SMTP "
            "replies; the first line of a multi-line reply), its certificate dialog the "
            "translated lines around OpenSSL 1.1.1's untranslated X509_verify_cert_error_string() "
            "reason. mailcow's are its lang.<ll>.json entries, the sync job's result the text "
            "for imapsync's exit status. A language whose catalog has no (or a fuzzy, or the "
            "English) translation is left out. Read only by benchmarks/explain.py "
            "--twenty-third."
        )
        entries = sylpheed(mirrors) + mailcow(mirrors)
    elif sys.argv[3:] == ["--twenty-fourth"]:
        about = (
            "The twenty-fourth held-out set (tools/extract_fresh_texts.py --twenty-fourth): "
            "BookStack's test email (Settings > Maintenance) and its sign-in, registration and "
            "email confirmation messages (BookStackApp/BookStack, 2024) and Kimai's e-mail "
            "related messages (kimai/kimai, 2026) at pinned commits, extracted and labelled "
            "blind from their code before either was run; code null: no settings problem "
            "(BookStack's own sign-in, throttle, registration, roles, LDAP and SAML, email "
            "confirmation links, a test email that was sent; Kimai's own password reset, "
            "self-registration and user form). BookStack's test email texts are the translated "
            "'Error thrown when sending a test email:' with, on the next line, the mailer's "
            "English exception message (ssddanbrown/symfony-mailer, the fork of symfony/mailer "
            "6.4 its composer.lock pins): PHP 8's stream_socket_client() and "
            "stream_socket_enable_crypto() warnings, its own timeout, closed connection and "
            "STARTTLS requirement texts, or the SMTP reply inside 'Expected response code ...'. "
            "A language whose file has no (or the English) translation is left out. Read only "
            "by benchmarks/explain.py --twenty-fourth."
        )
        entries = bookstack(mirrors) + kimai(mirrors)
    elif sys.argv[3:] == ["--twenty-fifth"]:
        about = (
            "The twenty-fifth held-out set (tools/extract_fresh_texts.py --twenty-fifth): "
            "HumHub's test email (Administration > Settings > Advanced > E-Mail) and its "
            "sign-in, account and password recovery messages (humhub/humhub, 2026) and "
            "Kanboard's e-mail related messages and its mail log lines (kanboard/kanboard, 2026) "
            "at pinned commits, extracted and labelled blind from their code before either was "
            "run; code null: no settings problem (HumHub's own sign-in, account states, password "
            "recovery, a test email that was sent or an invalid profile address; Kanboard's own "
            "sign-in, captcha, forms and confirmations). HumHub's test email shows no transport "
            "reason (yii2-symfonymailer 2.0.4 catches it, logs it and returns false): its "
            "translated failure is picked only with the address error that reaches it, and the "
            "transport reasons as HumHub's log viewer shows them (en only): symfony/mailer 5.4's "
            "TransportException messages, PHP 8's stream_socket_client() and "
            "stream_socket_enable_crypto() warnings, its timeout and closed connection texts or "
            "the SMTP reply inside 'Expected response code ...'. Kanboard's settings texts are "
            "the English Swift_TransportException messages of its bundled Swift Mailer 5 that "
            "its System logger writes ('[error] ...', en only): PHP 8's errstr and errno, the "
            "authenticator count, or the unstripped SMTP reply. A language whose file has no "
            "(or the English) translation is left out. Read only by "
            "benchmarks/explain.py --twenty-fifth."
        )
        entries = humhub(mirrors) + kanboard(mirrors)
    elif sys.argv[3:] == ["--twenty-sixth"]:
        about = (
            "The twenty-sixth held-out set (tools/extract_fresh_texts.py --twenty-sixth): "
            "phpList's bounce processing and sending messages and its admin sign-in and test "
            "mail texts (phpList/phplist3, 2025) and GLPI 9.3.1's notification sending, mail "
            "collector and sign-in messages (glpi-project/glpi's 9.3.1 tag, read in the "
            "ettalhi/glpi fork's snapshot) at pinned commits, extracted and labelled blind from "
            "their code before either was run; code null: no settings problem (phpList's and "
            "GLPI's own sign-in, sessions, password resets, test-mail limits, bounce rules, "
            "collector rules and forms, a test email that was sent). phpList's bounce texts are "
            "its translated 'Cannot create POP3 connection to' with the mailbox and PHP imap's "
            "imap_last_error(): c-client's English (uw-imap/imap), with OpenSSL 3's certificate "
            "reasons. phpList's and GLPI's sending texts are their translated failure followed "
            "by PHPMailer's English ErrorInfo (6.6.3 bundled in phpList, 6.0.5 in GLPI 9.3.1's "
            "vendor/): the refused recipient, sender or message with the server's reply. GLPI's "
            "connection, TLS and login reasons are PHPMailer's debug lines that GLPI writes to "
            "mail-debug.log in debug mode (en only): PHP 7's errno and errstr, its "
            "stream_socket_client() and stream_socket_enable_crypto() warnings, or the server's "
            "reply. A language whose file has no, a fuzzy or the English translation is left "
            "out. Read only by benchmarks/explain.py --twenty-sixth."
        )
        entries = phplist(mirrors) + glpi(mirrors)
    elif sys.argv[3:] == ["--twenty-seventh"]:
        about = (
            "The twenty-seventh held-out set (tools/extract_fresh_texts.py --twenty-seventh): "
            "Frappe's Email Account (its SMTP, IMAP and POP3 checks when the account is saved, "
            "the scheduler's pull that disables a failing account, and Frappe's own mail and "
            "sign-in messages; frappe/frappe's develop branch of February 2025 as the fork "
            "optibizpro/frappe holds it) and authentik's email stage (its flows' and API's "
            "messages and the System Tasks log of a failed send_mail task; goauthentik/"
            "authentik of April 2026 as the fork SAY-5/authentik holds it: both upstream "
            "snapshots are over 500 MB) at pinned commits, extracted and labelled blind from "
            "their code before either was run; code null: no settings problem (Frappe's muted "
            "emails, document linking, background jobs, permissions, templates, its own "
            "sign-in and address checks; authentik's flow states, links, its own recovery "
            "limit, templates, user and MFA device checks, confirmations). Frappe's SMTP "
            "failure appends str() of CPython's exception ('Invalid Outgoing Mail Server or "
            "Port: {0}'), its credentials message the traceback's last line, and an IMAP or "
            "POP3 reply that names no login failure is shown as the library's str() (en only); "
            "authentik's transport reasons are str() of CPython 3.14's smtplib and socket "
            "exceptions (en only; no SSL error, whose _ssl.c line could not be read). A "
            "language without a translation, with a fuzzy or with the English one is left out "
            "(Frappe ships no Japanese). Read only by benchmarks/explain.py --twenty-seventh."
        )
        entries = frappe(mirrors) + authentik(mirrors)
    elif sys.argv[3:] == ["--twenty-eighth"]:
        about = (
            "The twenty-eighth held-out set (tools/extract_fresh_texts.py --twenty-eighth): "
            "EspoCRM's Email Account screens (its IMAP Test Connection, the failed test "
            "email's alert and its own mail messages; espocrm/espocrm of May 2026, the last "
            "commit whose composer.lock pins an ImapEngine the library's snapshot holds) and "
            "NodeBB's email settings (its Test SMTP Settings and test email toasts and its own "
            "email messages; NodeBB/NodeBB of August 2026) at pinned commits, extracted and "
            "labelled blind from their code before either was run; code null: no settings "
            "problem (EspoCRM's own access rights, templates and confirmations; NodeBB's own "
            "user addresses, invitations, confirmation links and limits, a missing sendmail "
            "program, an admin without an address, confirmations). EspoCRM's IMAP reasons are "
            "DirectoryTree/ImapEngine v1.22.4's English after the translated 'Error 500:', "
            "PHP's stream_socket_client errstr inside its 'Unable to connect to ...'; its "
            "failed test email shows only 'Invalid credentials.' under its frame (labels the "
            "language lacks are en_US's, as Espo falls back). NodeBB's SMTP reasons are "
            "nodemailer 9.0.5's English (Node.js 22's net, dns and TLS texts, or the server's "
            "reply) under the translated toast title. A language without a translation or "
            "with the English one is left out (NodeBB's Spanish title is the English 'Error'). "
            "Read only by benchmarks/explain.py --twenty-eighth."
        )
        entries = espocrm(mirrors) + nodebb(mirrors)
    elif sys.argv[3:] == ["--twenty-ninth"]:
        about = (
            "The twenty-ninth held-out set (tools/extract_fresh_texts.py --twenty-ninth): "
            "Misskey's admin 'Test email delivery' (the error dialog and its copied error info "
            "with nodemailer 6.9.3's or Node.js 20's English reason) and its own sign-in, "
            "sign-up and email settings messages (misskey-dev/misskey 13.14.2, syuilo's release "
            "commit, as the fork okayurisotto/misskey holds it: the upstream snapshot is over "
            "500 MB; locales/<ll-CC>.yml, no pt-BR), and Lemmy's outgoing email (LemmyNet/lemmy "
            "of August 2026: the server log's English line of a failed send, lettre 0.11.19's, "
            "rustls 0.23.37's and rustls-webpki 0.103.10's words, en only) and lemmy-ui's texts "
            "for its API errors (LemmyNet/lemmy-translations frontend/<ll>.json), at pinned "
            "commits, extracted and labelled blind from their code before either was run; code "
            "null: no settings problem (Misskey's and Lemmy's own sign-in, 2FA, rate limits, "
            "permissions, parameter checks, sign-up address checks, verification states, "
            "passwords and site settings). A language without a translation or with the English "
            "one is left out. Read only by benchmarks/explain.py --twenty-ninth."
        )
        entries = misskey(mirrors) + lemmy(mirrors)
    elif sys.argv[3:] == ["--thirty-first"]:
        about = (
            "The thirty-first held-out set (tools/extract_fresh_texts.py --thirty-first): "
            "Gancio's admin 'Send a test email' (the snackbar's lodash-escaped String(err) with "
            "nodemailer 6.9.13's or Node.js 20's English reason, en only) and its own sign-in, "
            "recovery, form and admin messages (lesion/gancio of January 2025, locales/<ll>.json, "
            "no ja), and Mobilizon's GraphQL errors (framasoft/mobilizon of April 2025, "
            "priv/gettext/<ll>/LC_MESSAGES/errors.po), at pinned commits, extracted and labelled "
            "blind from their code before either was run; code null: no settings problem "
            "(Gancio's and Mobilizon's own sign-in, sign-up, tokens, permissions, passwords, "
            "form checks and non-mail services). A language without a translation, with a fuzzy "
            "or with the English one is left out. Read only by benchmarks/explain.py "
            "--thirty-first."
        )
        entries = gancio(mirrors) + mobilizon(mirrors)
    elif sys.argv[3:] == ["--sixth"]:
        about = (
            "The sixth held-out set (tools/extract_fresh_texts.py --sixth): SOGo and Horde IMP, "
            "extracted and labelled after the lexicon was changed for the fourth and fifth sets' "
            "misses and before it was run; code null: no settings problem (S/MIME, drafts, a "
            "password change). Read only by benchmarks/explain.py --sixth."
        )
        entries = sogo(mirrors) + po_app(
            mirrors, "horde/imp", "Horde IMP", IMP, "locale/{}/LC_MESSAGES/imp.po"
        )
    elif sys.argv[3:] == ["--fifth"]:
        about = (
            "The fifth held-out set (tools/extract_fresh_texts.py --fifth): fetchmail and msmtp, "
            "extracted and labelled before anything was changed for the fourth set's misses; "
            "code null: no settings problem. Read only by benchmarks/explain.py --fifth."
        )
        entries = po_app(mirrors, "Distrotech/fetchmail", "fetchmail", FETCHMAIL) + po_app(
            mirrors, "marlam/msmtp", "msmtp", MSMTP
        )
    elif sys.argv[3:] == ["--fourth"]:
        about = (
            "The fourth held-out set (tools/extract_fresh_texts.py --fourth): Mailspring and "
            "Nextcloud Mail, extracted and labelled after the unseen set's misses had been read "
            "and before anything was changed for them; code null: a mail app's text that is no "
            "settings problem. Read only by benchmarks/explain.py --fourth."
        )
        entries = json_app(
            mirrors, "Mailspring", MAILSPRING, "app/src/mailsync-process.ts"
        ) + json_app(mirrors, "Nextcloud Mail", NEXTCLOUD, "src/components/AccountForm.vue")
    elif sys.argv[3:] == ["--unseen"]:
        about = (
            "The unseen texts (tools/extract_fresh_texts.py --unseen): two more clients, "
            "extracted and labelled after the final set's misses had been read and before the "
            "lexicon was changed again; read only by benchmarks/explain.py --unseen."
        )
        entries = po_app(mirrors, "GNOME/balsa", "Balsa", BALSA) + po_app(
            mirrors, "eworm-de/claws-mail", "Claws Mail", CLAWS
        )
    elif sys.argv[3:] == ["--final"]:
        about = (
            "The final held-out texts (tools/extract_fresh_texts.py --final): two more clients, "
            "extracted and labelled before any change made for the fresh texts, run once at the "
            "end; read only by benchmarks/explain.py --fresh."
        )
        entries = po_app(mirrors, "neomutt/neomutt", "NeoMutt", NEOMUTT) + po_app(
            mirrors, "GNOME/geary", "Geary", GEARY
        )
    else:
        entries = po_app(mirrors, "GNOME/evolution-data-server", "Evolution", EVOLUTION)
        entries += roundcube(mirrors)
    data = {"about": about, "entries": entries}
    # A file, not stdout: Babel prints its warnings about old PO syntax there.
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main()
