"""The fiftieth blind held-out set: Outline's and Documenso's mail failures and own messages.

Outline (outline/outline): SMTP is set by environment variables (SMTP_HOST, SMTP_PORT, ...);
server/emails/mailer.tsx sendMail() awaits nodemailer's transporter.sendMail() and on a throw
calls Logger.error(`Error sending email to ${data.to}`, err), which in production
(server/logging/Logger.ts) writes one winston JSON line {"error": err.message, "level":
"error", "message": ..., "stack": ...}; the texts are that line without the stack. The reason is
nodemailer's own (lib/smtp-connection/index.js at v9.0.5, the version yarn.lock pins;
_formatError appends ": " + the server's reply) or the Node error nodemailer passes through
(Node 26, the Dockerfile's node:26.3.0-slim; nodejs/node is not fetched, so its files are cited
by path), English only. Outline's own messages come from shared/i18n/locales/<ll>/translation.json
(i18next, the English text is the key), sign-in, permissions and forms: code null.

Documenso (documenso/documenso): the admin's Email Transports page "Send Test Email"
(apps/remix/app/components/dialogs/email-transport-send-test-dialog.tsx) calls
admin.emailTransport.sendTest (packages/trpc/server/admin-router/email-transport/
send-test-email-transport.ts), which awaits transporter.sendMail() of the SMTP transport that
packages/email/transports/build-transport.ts builds with nodemailer and rethrows
AppError.parseError(err), keeping err.message; the dialog toasts t`Test failed.` with the
message as its description. The reason is nodemailer's (v9.0.3, the version package-lock.json
pins) or Node's (Node 22, docker/Dockerfile's node:22-alpine). The toast's title and
Documenso's own messages come from packages/lib/translations/<ll>/web.po (lingui; a language
with a missing, fuzzy or English translation is left out); the own messages: code null.

    python -m tools.extract_fiftieth MIRRORS_DIR benchmarks/data/fiftieth_texts.json

MIRRORS_DIR holds `outline+outline/repo`, `documenso+documenso/repo` and
`nodemailer+nodemailer/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

from tools.extract_fresh_texts import (
    Pick,
    _entry,
    _library,
    _po_catalogs,
    _po_translated,
    _where,
    git,
    write_set,
)

OUTLINE = ("outline/outline", "d77dcdf853868c5d5fe125c895c9b71f0eff5c68")
DOCUMENSO = ("documenso/documenso", "75330166cc00b29c14399bc2e391e4b4d8080c00")
NM_OUTLINE = ("nodemailer/nodemailer", "742cff9e2d5376962da19f8fcf2408e910ff2020")  # v9.0.5
NM_DOCUMENSO = ("nodemailer/nodemailer", "1f61eb49b4316589045576752c721bd89918ef21")  # v9.0.3
OUTLINE_LANG = {
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pl": "pl_PL",
    "pt-BR": "pt_BR",
    "ja": "ja_JP",
}
DOCUMENSO_LANG = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pl": "pl",
    "pt-BR": "pt-BR",
    "ja": "ja",
}

# `key` is the nodemailer literal that words the message (or, with `context`, the nodemailer
# line that passes a Node error through, `context` naming the Node file); `then` the message.
_SOCKET = "this._onSocketError = error =>"
_DNS = "return shared.resolveHostname(opts, (err, resolved) => {"
_GMAIL = "a1-20020a05600c000000b003f0000000000sm100000wma.1 - gsmtp"
MAIL: list[Pick] = [
    Pick(
        _SOCKET,
        "PORT_CLOSED",
        then="connect ECONNREFUSED 192.0.2.10:587",
        context="lib/net.js",
        why="SMTPConnection.connect: net.connect to host:port fails with ECONNREFUSED (the "
        "socket's 'error' -> _onSocketError): nothing listens on the port",
    ),
    Pick(
        _DNS,
        "HOST_NOT_FOUND",
        then="getaddrinfo ENOTFOUND smtp.example.com",
        context="lib/dns.js",
        why="connect: shared.resolveHostname falls back to dns.lookup, which fails with "
        "ENOTFOUND: the SMTP host name does not exist",
    ),
    Pick(
        _DNS,
        "DNS_FAILURE",
        then="getaddrinfo EAI_AGAIN smtp.example.com",
        context="lib/dns.js",
        why="connect: dns.lookup fails with EAI_AGAIN: the resolver gave no answer",
    ),
    Pick(
        "'Connection timeout'",
        "PORT_FILTERED",
        then="Connection timeout",
        why="connect: the CONNECTION_TIMEOUT timer (2 minutes) fires before the TCP connect "
        "completes: the SYNs are dropped, the port is filtered",
    ),
    Pick(
        _SOCKET,
        "HOST_UNREACHABLE",
        then="connect EHOSTUNREACH 192.0.2.10:587",
        context="lib/net.js",
        why="connect: net.connect fails with EHOSTUNREACH: no route to the host",
    ),
    Pick(
        _SOCKET,
        "IPV6_BROKEN",
        then="connect ENETUNREACH 2001:db8::25:587",
        context="lib/net.js",
        why="connect: the host resolves to an IPv6 address only usable over a route the "
        "container lacks: ENETUNREACH on the AAAA address",
    ),
    Pick(
        "'Greeting never received'",
        "NO_GREETING",
        then="Greeting never received",
        why="connect: TCP is up but no 220 arrives within GREETING_TIMEOUT (30 s); the usual "
        "cause is secure false against port 465, where the server waits for a TLS hello",
    ),
    Pick(
        _SOCKET,
        "TLS_ON_PLAIN_PORT",
        then="E0A7C2F6E37F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version "
        "number:../deps/openssl/openssl/ssl/record/ssl3_record.c:354:",
        context="lib/_tls_wrap.js",
        why="secure true -> tls.connect, but port 587 answers with a plaintext 220 greeting: "
        "OpenSSL's wrong version number",
    ),
    Pick(
        _SOCKET,
        "TLS_OUTDATED",
        then="C0F7B1E5A37F0000:error:0A000102:SSL routines:ssl_choose_client_version:"
        "unsupported protocol:../deps/openssl/openssl/ssl/statem/statem_lib.c:1987:",
        context="lib/_tls_wrap.js",
        why="tls.connect/STARTTLS: the server offers only TLS 1.0/1.1, below Node's minimum "
        "TLS 1.2",
    ),
    Pick(
        _SOCKET,
        "CERT_SELF_SIGNED",
        then="self-signed certificate",
        context="lib/_tls_wrap.js",
        why="TLS verification (rejectUnauthorized, the default): the server's certificate is "
        "self-signed (DEPTH_ZERO_SELF_SIGNED_CERT)",
    ),
    Pick(
        _SOCKET,
        "CERT_UNTRUSTED",
        then="unable to verify the first certificate",
        context="lib/_tls_wrap.js",
        why="TLS verification: the server does not send its intermediate "
        "(UNABLE_TO_VERIFY_LEAF_SIGNATURE)",
    ),
    Pick(
        _SOCKET,
        "CERT_EXPIRED",
        then="certificate has expired",
        context="lib/_tls_wrap.js",
        why="TLS verification: CERT_HAS_EXPIRED",
    ),
    Pick(
        _SOCKET,
        "CERT_HOSTNAME_MISMATCH",
        then="Hostname/IP does not match certificate's altnames: Host: smtp.example.com. is "
        "not in the cert's altnames: DNS:mail.example.net",
        context="lib/tls.js",
        why="TLS: tls.checkServerIdentity (ERR_TLS_CERT_ALTNAME_INVALID): the certificate "
        "names another host",
    ),
    Pick(
        "'Invalid login'",
        "AUTH_FAILED",
        then="Invalid login: 535 5.7.8 Error: authentication failed: authentication failure",
        why="_actionAUTHComplete: the reply to AUTH PLAIN/LOGIN is not 235: wrong user name "
        "or password",
    ),
    Pick(
        "'Invalid login'",
        "APP_PASSWORD_REQUIRED",
        then="Invalid login: 534-5.7.9 Application-specific password required. Learn more "
        f"at\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor {_GMAIL}",
        why="_actionAUTHComplete: Gmail's 534 5.7.9: the account has 2-step verification and "
        "needs an app password",
    ),
    Pick(
        "'Invalid login'",
        "PROTOCOL_DISABLED",
        then="Invalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication "
        "is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more "
        "information. [AM0PR01CA0000.eurprd01.prod.exchangelabs.com 2026-05-01T10:00:00.000Z]",
        why="_actionAUTHComplete: Microsoft 365 refuses AUTH because SMTP AUTH is disabled "
        "for the tenant",
    ),
    Pick(
        "'Missing credentials for \"'",
        "AUTH_FAILED",
        then='Missing credentials for "PLAIN"',
        why="login(): a user name is set but the password is empty: the credentials are incomplete",
    ),
    Pick(
        "'Mail command failed'",
        "SENDER_REFUSED",
        then="Mail command failed: 553 5.7.1 <noreply@example.com>: Sender address rejected: "
        "not owned by user alice@example.com",
        why="_actionMAIL: the reply to MAIL FROM (the from address) is not 2xx: the login may "
        "not send as that address",
    ),
    Pick(
        "Can't send mail - all recipients were rejected",
        "RELAY_REFUSED",
        then="Can't send mail - all recipients were rejected: 554 5.7.1 <bob@example.org>: "
        "Relay access denied",
        why="_actionRCPT: every RCPT TO got 5xx: the server will not relay for a client that "
        "has not logged in",
    ),
    Pick(
        "Can't send mail - all recipients were rejected",
        "RECIPIENT_UNKNOWN",
        then="Can't send mail - all recipients were rejected: 550 5.1.1 <bob@example.org>: "
        "Recipient address rejected: User unknown in virtual mailbox table",
        why="_actionRCPT: the recipient does not exist",
    ),
    Pick(
        "'Message failed'",
        "REJECTED_AS_SPAM",
        then="Message failed: 554 5.7.1 Rejected: message looks like spam",
        why="_actionSMTPStream: the server's content filter refuses the message after DATA",
    ),
    Pick(
        "'Invalid greeting. response='",
        "RATE_LIMITED",
        then="Invalid greeting. response=421 4.7.0 smtp.example.com Error: too many "
        "connections from 198.51.100.7: 421 4.7.0 smtp.example.com Error: too many "
        "connections from 198.51.100.7",
        why="_actionGreeting: the greeting is 421 naming a connection limit, not 220 "
        "(_onError -> _formatError appends the reply a second time)",
    ),
    Pick(
        "'Connection closed unexpectedly'",
        "CONNECTION_CLOSED",
        then="Connection closed unexpectedly",
        why="_onClose: the server closed the socket before the transaction ended",
    ),
    Pick(
        "'Error upgrading connection with STARTTLS'",
        "STARTTLS_FAILED",
        then="Error upgrading connection with STARTTLS: 454 4.7.0 TLS not available due to "
        "local problem",
        why="_actionSTARTTLS: the server offered STARTTLS but answers 454 to it",
    ),
]
# Outline's only user-facing note about the mail settings, code WRONG_HOST; the rest null.
_OUTLINE_SMTP = "The server must have SMTP configured to enable this setting"
OUTLINE_OWN: list[Pick] = [
    Pick(
        _OUTLINE_SMTP,
        "WRONG_HOST",
        why="the Authentication settings' email sign-in toggle is disabled with this note "
        "when env.EMAIL_ENABLED is false, i.e. SMTP_HOST/SMTP_SERVICE is not set: the server "
        "has no SMTP host",
    ),
    Pick("Sorry, the code you entered is invalid or has expired.", None, why="sign-in code"),
    Pick(
        "The domain associated with your email address has not been allowed for this workspace.",
        None,
        why="sign-in: the workspace's allowed-domains list, not a mail domain",
    ),
    Pick(
        "Your account uses email sign-in, please sign-in with email to continue.",
        None,
        why="sign-in method",
    ),
    Pick(
        "An email sign-in link was recently sent, please check your inbox or try again in a "
        "few minutes.",
        None,
        why="Outline's own throttle on sign-in emails, not the mail server's",
    ),
    Pick(
        "Authentication failed – we were unable to sign you in at this time. Please try again.",
        None,
        why="sign-in to Outline (identity provider), not SMTP authentication",
    ),
    Pick(
        "Authentication failed – you do not have permission to access this workspace.",
        None,
        why="permissions",
    ),
    Pick(
        "Sorry, it looks like that sign-in link is no longer valid, please try requesting another.",
        None,
        why="an expired magic link",
    ),
    Pick(
        "Authentication failed – this login method was disabled by a workspace admin.",
        None,
        why="sign-in settings",
    ),
    Pick("The workspace could not be found", None, why="sign-in: workspace URL"),
    Pick(
        "We could not read the user info supplied by your identity provider.",
        None,
        why="SSO provider",
    ),
    Pick(
        "It doesn't look like you have permission to access this document. You can request access.",
        None,
        why="permissions",
    ),
    Pick("Email can't be empty", None, why="form validation (change email)"),
    Pick("Those email addresses are already invited", None, why="invite form"),
    Pick(
        "The OAuth client could not be found, please check the provided client ID",
        None,
        why="OAuth apps",
    ),
]
DOCUMENSO_OWN: list[Pick] = [
    Pick("Current password is incorrect.", None, why="Documenso's own password change"),
    Pick(
        "This account has not been verified. Please verify your account before signing in.",
        None,
        why="sign-in to Documenso",
    ),
    Pick("A valid email is required", None, why="form validation"),
    Pick("An email with this address already exists.", None, why="sign-up"),
    Pick(
        "Disposable email addresses are not allowed. Please sign up with a permanent email "
        "address.",
        None,
        why="sign-up's disposable-domain block list",
    ),
    Pick("Invalid code. Please try again.", None, why="two-factor code"),
    Pick("Invalid token provided. Please try again.", None, why="verification link token"),
    Pick(
        "It seems that the provided token has expired. We've just sent you another token, "
        "please check your email and try again.",
        None,
        why="an expired email-verification token",
    ),
    Pick("Human verification required", None, why="the captcha"),
    Pick("Failed to save transport.", None, why="saving the transport form failed (no reason)"),
    Pick(
        "Transport type cannot be changed after creation.",
        None,
        why="email transport form validation",
    ),
    Pick("Invalid License Key", None, why="an unrelated service: licensing"),
    Pick("Email is required", None, why="form validation"),
]


def _nm_source(mirrors: Path, pin: tuple[str, str], node: str, pick: Pick) -> str:
    repo, commit = _library(mirrors, pin)
    found = _where(repo, commit, pick.key, ("lib/smtp-connection/index.js",))
    source = f"{pin[0]}@{commit[:12]}:{found}"
    if pick.context:
        source += f" passing {node}:{pick.context}"
    return source


def _code_where(repo: Path, commit: str, key: str, paths: tuple[str, ...]) -> str:
    """_where() of the whole text, else of its first five words (a <Trans> text that the
    code wraps over lines)."""
    if git(repo, "grep", "-l", "-F", "-e", key, commit, "--", *paths):
        return _where(repo, commit, key, paths)
    return _where(repo, commit, " ".join(key.split()[:5]), paths)


def _why(prefix: str, pick: Pick) -> Pick:
    return dataclasses.replace(pick, why=f"{prefix}{pick.why}")


def _brace_fill(text: str, values: tuple[str, ...]) -> str:
    for value in values:
        name, filled = value.split("=", 1)
        assert name in text, (text, name)
        text = text.replace(name, filled)
    return text


def outline(mirrors: Path) -> list[dict[str, object]]:
    """Outline's mail-failure log lines (English) and its own translated messages."""
    repo, commit = _library(mirrors, OUTLINE)
    at = f"{OUTLINE[0]}@{commit[:12]}"
    assert '"nodemailer@npm:9.0.5, nodemailer@npm:^9.0.5":' in git(
        repo, "show", f"{commit}:yarn.lock"
    )
    logged = _where(
        repo, commit, "Logger.error(`Error sending email to ${data.to}`", ("server/emails",)
    )
    json_line = _where(repo, commit, "winston.format.json()", ("server/logging/Logger.ts",))
    entries = []
    for pick in MAIL:
        text = json.dumps(
            {
                "error": pick.then,
                "level": "error",
                "message": "Error sending email to alice@example.com",
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )
        source = (
            f"{at}:{logged} ({at}:{json_line}; then "
            f"{_nm_source(mirrors, NM_OUTLINE, 'nodejs/node@v26', pick)})"
        )
        prefix = "mailer.tsx sendMail -> nodemailer; the production log line, stack left out: "
        entries.append(
            _entry(
                "Outline",
                f"outline.{len(entries)}",
                _why(prefix, pick),
                {"en": text},
                {"en": source},
            )
        )
    tables = {}
    for lang, folder in {"en": "en_US", **OUTLINE_LANG}.items():
        path = f"shared/i18n/locales/{folder}/translation.json"
        tables[lang] = (path, json.loads(git(repo, "show", f"{commit}:{path}")))
    for pick in OUTLINE_OWN:
        where = _code_where(repo, commit, pick.key, ("app", "server", "plugins"))
        english = tables["en"][1][pick.key]
        texts = {"en": _brace_fill(english, pick.values)}
        sources = {"en": f"{at}:{where} ({at}:{tables['en'][0]})"}
        for lang, (path, table) in tables.items():
            words = table.get(pick.key)
            if lang == "en" or not words or words == english:
                continue
            texts[lang] = _brace_fill(words, pick.values)
            sources[lang] = f"{at}:{path}"
        entries.append(_entry("Outline", f"outline.{len(entries)}", pick, texts, sources))
    return entries


def documenso(mirrors: Path) -> list[dict[str, object]]:
    """Documenso's test-email toasts and its own translated messages."""
    repo, commit = _library(mirrors, DOCUMENSO)
    at = f"{DOCUMENSO[0]}@{commit[:12]}"
    assert (
        '"version": "9.0.3"'
        in git(repo, "show", f"{commit}:package-lock.json").split(
            '"node_modules/nodemailer": {', 1
        )[1][:200]
    )
    catalogs = _po_catalogs(repo, commit, "packages/lib/translations/{}/web.po", DOCUMENSO_LANG)
    dialog = "apps/remix/app/components/dialogs/email-transport-send-test-dialog.tsx"
    toast = _where(repo, commit, "title: t`Test failed.`", (dialog,))
    rethrow = _where(
        repo,
        commit,
        "throw AppError.parseError(err);",
        ("packages/trpc/server/admin-router/email-transport/send-test-email-transport.ts",),
    )
    entries = []
    for pick in MAIL:
        nm = _nm_source(mirrors, NM_DOCUMENSO, "nodejs/node@v22", pick)
        texts = {"en": f"Test failed.\n{pick.then}"}
        sources = {"en": f"{at}:{toast} ({at}:{rethrow}; then {nm})"}
        for lang, (path, catalog) in catalogs.items():
            words = _po_translated(catalog, "Test failed.")
            if words:
                texts[lang] = f"{words}\n{pick.then}"
                sources[lang] = f"{at}:{path} ({nm})"
        prefix = (
            "Send Test Email -> sendTest -> transporter.sendMail, AppError.parseError keeps "
            "err.message, toasted under 'Test failed.': "
        )
        ident = f"documenso.{len(entries)}"
        entries.append(_entry("Documenso", ident, _why(prefix, pick), texts, sources))
    for pick in DOCUMENSO_OWN:
        where = _code_where(
            repo, commit, pick.key, ("apps/remix", "packages", ":!packages/lib/translations")
        )
        texts = {"en": pick.key}
        sources = {"en": f"{at}:{where}"}
        for lang, (path, catalog) in catalogs.items():
            words = _po_translated(catalog, pick.key)
            if words:
                texts[lang] = words
                sources[lang] = f"{at}:{path}"
        ident = f"documenso.{len(entries)}"
        entries.append(_entry("Documenso", ident, pick, texts, sources))
    return entries


ABOUT = (
    "The fiftieth held-out set (tools/extract_fiftieth.py): Outline's mail-failure log line "
    "(nodemailer 9.0.5's and Node's reasons, English) and Documenso's admin Send Test Email "
    "toast (nodemailer 9.0.3's and Node's reasons under the translated 'Test failed.'), plus "
    "each app's own translated messages; labelled blind by reading the code path; code null: "
    "no mail-settings problem (sign-in, permissions, forms, licensing)."
)


def main() -> int:
    return write_set(sys.argv, ABOUT, outline, documenso)


if __name__ == "__main__":
    raise SystemExit(main())
