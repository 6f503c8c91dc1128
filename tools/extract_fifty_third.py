"""The fifty-third blind set: Linkwarden's e-mail sign-in and password-reset mail, and its own
messages.

Linkwarden (linkwarden/linkwarden): its mail goes through one nodemailer transport
(packages/lib/transporter.ts, createTransport({url: EMAIL_SERVER})) used by the e-mail sign-in
link (apps/web/lib/api/sendVerificationRequest.ts), the password-reset and change-e-mail mails;
when sendMail() rejects, the server logs the Error ("Error: <message>"), its message in
nodemailer 9.0.4's words (the version yarn.lock pins; lib/smtp-connection/index.js, with the
server's reply appended by _formatError()) or Node.js 20's (getaddrinfo, connect, TLS
verification); English only. Its other messages a user might paste (sign-in, form validation,
permissions, uploads) with their apps/web/public/locales/<ll>/common.json translations (a
language without the key or with the English words is left out). Plausible Analytics's
snapshot is larger than fetch's limit, so it is not in this set.

    python -m tools.extract_fifty_third MIRRORS_DIR benchmarks/data/fifty_third_texts.json

MIRRORS_DIR is where `fetch` puts its snapshots (owner+name/repo, bare git).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _entry, _library, _where, git

LINKWARDEN_PIN = ("linkwarden/linkwarden", "7550ebb8907e0cd22e8b3e0785bf3da03ab96e3a")
NODEMAILER_PIN = ("nodemailer/nodemailer", "2a0e8c3d9a6e3498afe0059ee5fe1180befef66c")  # v9.0.4
LINKWARDEN_LANGS = ("de", "fr", "es", "it", "nl", "pl", "pt-BR", "ja")
_PATHS = ("apps", "packages", ":!*locales*")
_SEND = "apps/web/lib/api/sendVerificationRequest.ts"
_NODE = "Node.js 20's own wording"
_VIA = (
    "sendVerificationRequest() (apps/web/lib/api/sendVerificationRequest.ts, the e-mail sign-in "
    "link; the reset and change-e-mail mails alike) awaits transporter.sendMail() "
    "(packages/lib/transporter.ts: createTransport({url: EMAIL_SERVER})); the rejected Error "
    "is logged as 'Error: <message>'; "
)
_SECURE = "EMAIL_SERVER smtps://...:465 (secure: true, TLS from the first byte); "
_PLAIN = "EMAIL_SERVER smtp://...:587 (STARTTLS if offered); "
_GMAIL = "d2-20020a05600c34c200b0040e3ac9f4c8sm1234567wmq.10 - gsmtp"

# (nodemailer literal or "" for Node's own words, pick): pick.then is the shown text.
MAIL: list[tuple[str, Pick]] = [
    (
        "",
        Pick(
            "",
            "HOST_NOT_FOUND",
            then="Error: getaddrinfo ENOTFOUND smtp.example.com",
            why=f"{_VIA}SMTPConnection.connect() net.connect() -> dns.lookup() ENOTFOUND: the "
            "host in EMAIL_SERVER does not resolve",
        ),
    ),
    (
        "",
        Pick(
            "",
            "DNS_FAILURE",
            then="Error: getaddrinfo EAI_AGAIN smtp.example.com",
            why=f"{_VIA}dns.lookup() EAI_AGAIN: the resolver did not answer (a container "
            "without working DNS)",
        ),
    ),
    (
        "",
        Pick(
            "",
            "PORT_CLOSED",
            then="Error: connect ECONNREFUSED 203.0.113.10:587",
            why=f"{_VIA}net.connect() is refused: nothing listens on that port",
        ),
    ),
    (
        "Connection timeout",
        Pick(
            "",
            "PORT_FILTERED",
            then="Error: Connection timeout",
            why=f"{_VIA}SMTPConnection connectionTimeout (2 min) passes with no TCP connection: "
            "a firewall drops the packets (ETIMEDOUT)",
        ),
    ),
    (
        "",
        Pick(
            "",
            "HOST_UNREACHABLE",
            then="Error: connect EHOSTUNREACH 203.0.113.10:587",
            why=f"{_VIA}net.connect() EHOSTUNREACH: no route to the server",
        ),
    ),
    (
        "",
        Pick(
            "",
            "IPV6_BROKEN",
            then="Error: connect ENETUNREACH 2001:db8::25:587",
            why=f"{_VIA}the host resolves to an IPv6 address first and the container has no "
            "IPv6 route (ENETUNREACH on an IPv6 address)",
        ),
    ),
    (
        "Greeting never received",
        Pick(
            "",
            "PLAIN_ON_TLS_PORT",
            then="Error: Greeting never received",
            why=f"{_VIA}greetingTimeout passes after the TCP connect with no '220': the usual "
            "cause is smtp:// (no TLS) to port 465, where the server waits for a TLS hello",
        ),
    ),
    (
        "Invalid greeting. response=",
        Pick(
            "",
            "WRONG_PROTOCOL",
            then="Error: Invalid greeting. response=* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-"
            "REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN] Dovecot ready.: * OK "
            "[CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS "
            "AUTH=PLAIN] Dovecot ready.",
            why=f"{_VIA}_actionGreeting(): the first line is not '220': an IMAP server (port "
            "143) answered; _formatError() appends the reply",
        ),
    ),
    (
        "Connection closed unexpectedly",
        Pick(
            "",
            "CONNECTION_CLOSED",
            then="Error: Connection closed unexpectedly",
            why=f"{_VIA}_onClose(): the server closed the socket before the mail was sent",
        ),
    ),
    (
        "Server terminates connection. response=",
        Pick(
            "",
            "CONNECTION_CLOSED",
            then="Error: Server terminates connection. response=421 4.3.2 Service shutting "
            "down: 421 4.3.2 Service shutting down",
            why=f"{_VIA}_actionEHLO(): a 421 to EHLO: the server is shutting down; no limit named",
        ),
    ),
    (
        "",
        Pick(
            "",
            "TLS_ON_PLAIN_PORT",
            then="Error: C0579A5C2E7F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong "
            "version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:355:",
            why=f"{_VIA}EMAIL_SERVER smtps:// (secure: true) to port 587 or 25: tls.connect() "
            "reads the plain '220' greeting as a TLS record (OpenSSL 3 in Node.js 20)",
        ),
    ),
    (
        "Error upgrading connection with STARTTLS",
        Pick(
            "",
            "STARTTLS_FAILED",
            then="Error: Error upgrading connection with STARTTLS: 454 4.7.0 TLS not available "
            "due to local problem",
            why=f"{_VIA}{_PLAIN}_actionSTARTTLS(): the server offered STARTTLS and answers 454 "
            "to it",
        ),
    ),
    (
        "EHLO failed but HELO does not support required STARTTLS. response=",
        Pick(
            "",
            "STARTTLS_NOT_OFFERED",
            then="Error: EHLO failed but HELO does not support required STARTTLS. response=502 "
            "5.5.2 Error: command not recognized: 502 5.5.2 Error: command not recognized",
            why=f"{_VIA}_actionEHLO(): requireTLS is set and the server refuses EHLO; HELO "
            "cannot negotiate STARTTLS",
        ),
    ),
    (
        "",
        Pick(
            "",
            "CERT_SELF_SIGNED",
            then="Error: self-signed certificate",
            why=f"{_VIA}{_SECURE}tls.connect() DEPTH_ZERO_SELF_SIGNED_CERT",
        ),
    ),
    (
        "",
        Pick(
            "",
            "CERT_EXPIRED",
            then="Error: certificate has expired",
            why=f"{_VIA}{_SECURE}tls.connect() CERT_HAS_EXPIRED",
        ),
    ),
    (
        "",
        Pick(
            "",
            "CERT_UNTRUSTED",
            then="Error: unable to verify the first certificate",
            why=f"{_VIA}{_SECURE}tls.connect() UNABLE_TO_VERIFY_LEAF_SIGNATURE: the server "
            "sends no intermediate, or a private CA signed it",
        ),
    ),
    (
        "",
        Pick(
            "",
            "CERT_HOSTNAME_MISMATCH",
            then="Error: Hostname/IP does not match certificate's altnames: Host: "
            "smtp.example.com. is not in the cert's altnames: DNS:mail.hosting.example.net",
            why=f"{_VIA}{_SECURE}tls.checkServerIdentity() ERR_TLS_CERT_ALTNAME_INVALID",
        ),
    ),
    (
        "Error initiating TLS - ",
        Pick(
            "",
            "CERT_UNTRUSTED",
            then="Error: Error initiating TLS - unable to get local issuer certificate",
            why=f"{_VIA}{_PLAIN}_upgradeConnection() after STARTTLS: the certificate's issuer "
            "is not among Node's CAs (UNABLE_TO_GET_ISSUER_CERT_LOCALLY)",
        ),
    ),
    (
        "",
        Pick(
            "",
            "TLS_HANDSHAKE_FAILED",
            then="Error: C0579A5C2E7F0000:error:0A000410:SSL routines:ssl3_read_bytes:sslv3 "
            "alert handshake failure:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:1605:SSL "
            "alert number 40",
            why=f"{_VIA}{_SECURE}the server's TLS alert 40: no cipher or version in common",
        ),
    ),
    (
        "Invalid login",
        Pick(
            "",
            "AUTH_FAILED",
            then="Error: Invalid login: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6",
            why=f"{_VIA}_actionAUTHComplete(): the server answers 535 to AUTH LOGIN (Postfix/"
            "Dovecot SASL): user or password wrong",
        ),
    ),
    (
        "Invalid login",
        Pick(
            "",
            "AUTH_FAILED",
            then="Error: Invalid login: 535-5.7.8 Username and Password not accepted. For more "
            "information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials "
            + _GMAIL,
            why=f"{_VIA}_actionAUTHComplete(): Gmail's 535 5.7.8 to AUTH PLAIN",
        ),
    ),
    (
        "Invalid login",
        Pick(
            "",
            "APP_PASSWORD_REQUIRED",
            then="Error: Invalid login: 534-5.7.9 Application-specific password required. "
            "Learn more at\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
            + _GMAIL,
            why=f"{_VIA}_actionAUTHComplete(): Gmail's 534 5.7.9: the account has 2-step "
            "verification and needs an app password",
        ),
    ),
    (
        "Missing credentials for",
        Pick(
            "",
            "AUTH_FAILED",
            then='Error: Missing credentials for "PLAIN"',
            why=f"{_VIA}login(): EMAIL_SERVER has no password (transporter.ts sets only "
            "auth.user = EMAIL_FROM): the credentials are wrong/incomplete",
        ),
    ),
    (
        "Mail command failed",
        Pick(
            "",
            "SENDER_REFUSED",
            then="Error: Mail command failed: 553 5.7.1 <noreply@example.com>: Sender address "
            "rejected: not owned by user alice@example.com",
            why=f"{_VIA}_actionMAIL(): MAIL FROM (EMAIL_FROM) refused by the server",
        ),
    ),
    (
        "Can't send mail - all recipients were rejected",
        Pick(
            "",
            "RECIPIENT_UNKNOWN",
            then="Error: Can't send mail - all recipients were rejected: 550 5.1.1 "
            "<bob@example.org>: Recipient address rejected: User unknown in virtual mailbox "
            "table",
            why=f"{_VIA}_actionRCPT(): the only recipient refused at RCPT TO: no such mailbox",
        ),
    ),
    (
        "Can't send mail - all recipients were rejected",
        Pick(
            "",
            "RELAY_REFUSED",
            then="Error: Can't send mail - all recipients were rejected: 554 5.7.1 "
            "<bob@example.org>: Relay access denied",
            why=f"{_VIA}_actionRCPT(): the server will not relay for an unauthenticated "
            "client (EMAIL_SERVER without credentials)",
        ),
    ),
    (
        "Mail command failed",
        Pick(
            "",
            "RATE_LIMITED",
            then="Error: Mail command failed: 421 4.7.0 Try again later, closing connection. "
            "(MAIL) " + _GMAIL,
            why=f"{_VIA}_actionMAIL(): Gmail's 421 4.7.0 throttle",
        ),
    ),
    (
        "Message failed",
        Pick(
            "",
            "RATE_LIMITED",
            then="Error: Message failed: 550 5.4.5 Daily user sending limit exceeded. For more "
            "information on Gmail sending limits go to\n550 5.4.5  "
            "https://support.google.com/a/answer/166852 " + _GMAIL,
            why=f"{_VIA}_actionSMTPStream(): the reply after DATA names the daily sending limit",
        ),
    ),
    (
        "Message failed",
        Pick(
            "",
            "SIZE_LIMIT",
            then="Error: Message failed: 552 5.3.4 Message size exceeds fixed limit",
            why=f"{_VIA}_actionSMTPStream(): the server refuses the message's size",
        ),
    ),
    (
        "Message failed",
        Pick(
            "",
            "REJECTED_AS_SPAM",
            then="Error: Message failed: 554 5.7.1 Service unavailable; message rejected as spam",
            why=f"{_VIA}_actionSMTPStream(): the server's content filter refuses the mail",
        ),
    ),
]

# Linkwarden's own messages (common.json keys): none is a mail-settings problem.
OWN: list[Pick] = [
    Pick("invalid_credentials", None, why="the login form: Linkwarden's own user or password"),
    Pick("password_too_short", None, why="form validation of a new password"),
    Pick("password_length_error", None, why="the change-password form's validation"),
    Pick("invalid_token", None, why="a verification or reset link's token is unknown or used"),
    Pick("user_already_member", None, why="adding a member who is already in the collection"),
    Pick("fill_all_fields_error", None, why="form validation: an empty field"),
    Pick("link_selection_error", None, why="a collection permission of the Linkwarden user"),
    Pick("invalid_url_guide", None, why="the new-link form: the URL is not http/https"),
    Pick("email_invalid", None, why="form validation of an e-mail address field"),
    Pick("username_invalid_guide", None, why="form validation of the username"),
    Pick("image_upload_size_error", None, why="the avatar upload: file type or size"),
    Pick("image_upload_format_error", None, why="the avatar upload: not an image"),
    Pick("image_upload_no_file_error", None, why="the avatar upload: no file chosen"),
    Pick("search_query_invalid_symbol", None, why="the search box refuses '%'"),
    Pick("password_change_warning", None, why="changing the e-mail address needs the password"),
]


def _code_where(repo: Path, commit: str, key: str) -> str:
    for literal in (f'"{key}"', f"'{key}'", key):
        if git(repo, "grep", "-l", "-F", "-e", literal, commit, "--", *_PATHS):
            return _where(repo, commit, literal, _PATHS)
    raise AssertionError(key)


def linkwarden(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, LINKWARDEN_PIN)
    at = f"{LINKWARDEN_PIN[0]}@{commit[:12]}"
    mailer, mailer_commit = _library(mirrors, NODEMAILER_PIN)
    mailer_at = f"{NODEMAILER_PIN[0]}@{mailer_commit[:12]}"
    send = _where(repo, commit, "transporter.sendMail(", (_SEND,))
    entries: list[dict[str, object]] = []
    for literal, pick in MAIL:
        if literal:
            found = _where(mailer, mailer_commit, literal, ("lib/smtp-connection",))
            note = f" (then {mailer_at}:{found})"
        else:
            note = f" (then {_NODE})"
        index = len(entries)
        source = {"en": f"{at}:{send}{note}"}
        entries.append(_entry("Linkwarden", f"linkwarden.{index}", pick, {"en": pick.then}, source))
    locales = "apps/web/public/locales/{}/common.json"
    tables = {
        lang: json.loads(git(repo, "show", f"{commit}:{locales.format(lang)}"))
        for lang in ("en", *LINKWARDEN_LANGS)
    }
    for pick in OWN:
        english = tables["en"][pick.key]
        texts = {"en": english}
        sources = {"en": f"{at}:{_code_where(repo, commit, pick.key)} ({locales.format('en')})"}
        for lang in LINKWARDEN_LANGS:
            words = tables[lang].get(pick.key)
            if words and words != english:
                texts[lang] = words
                sources[lang] = f"{at}:{locales.format(lang)}#{pick.key}"
        index = len(entries)
        entries.append(_entry("Linkwarden", f"linkwarden.{index}", pick, texts, sources))
    return entries


def main(argv: list[str]) -> int:
    mirrors, out = Path(argv[1]), Path(argv[2])
    about = (
        "Fifty-third blind set: Linkwarden (linkwarden/linkwarden, its e-mail sign-in and reset "
        "mail through nodemailer 9.0.4, the errors it logs in nodemailer's or Node.js 20's words, "
        "English only, and its own messages from public/locales/<ll>/common.json), labelled "
        "blind from the code paths; Plausible Analytics's snapshot was too large to fetch; built "
        "by tools/extract_fifty_third.py."
    )
    entries = linkwarden(mirrors)
    data = {"about": about, "entries": entries}
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
