"""The forty-second held-out set: Fider and Mailu.

Fider (getfider/fider): its SMTP sender (app/services/email/smtp/smtp.go) panics with
errors.Wrap(err, "failed to send email with template %s"), whose Error() is "Error Trace: \\n- "
+ the wrap's text + "\\n- " + the cause; the cause is Go's net/smtp, net or crypto/tls error (Go
1.25, the go.mod's version; golang/go is too large to fetch, so its files are cited by path at
go1.25.0) or the server's reply (net/textproto's "%03d %s"), English only. Its own messages come
from locale/<ll>/{client,server}.json (a language without the key or with the English is left
out).

Mailu (Mailu/Mailu): its admin UI's flashes and form errors, from
core/admin/mailu/translations/<ll>/LC_MESSAGES/messages.po (en only where the view does not
translate), and its fetchmail container's errors: optional/fetchmail/fetchmail.py runs
fetchmail, whose stderr (report(stderr, ...), fetchmail's own English, cited at
Distrotech/fetchmail) goes to the container log and whose first output line is the fetched
account's Status.

    python -m tools.extract_forty_second MIRRORS_DIR benchmarks/data/forty_second_texts.json
"""

from __future__ import annotations

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

FIDER_PIN = ("getfider/fider", "67c52826cca176724a59dd58b9795e1bc8d67bc8")
MAILU_PIN = ("Mailu/Mailu", "bbb1c206f9c8e438bb7f7193bdd8eea2ed09d7fd")
FETCHMAIL_PIN = ("Distrotech/fetchmail", "81c323991459d643a3d0d3abdff0901abf6a10ac")
GO = "golang/go@go1.25.0"

FIDER_LOCALE = {
    "de": "de",
    "fr": "fr",
    "es": "es-ES",
    "it": "it",
    "nl": "nl",
    "pl": "pl",
    "pt-BR": "pt-BR",
    "ja": "ja",
}
MAILU_LOCALE = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pl": "pl",
    "ja": "ja",
}

# Fider: key "" is a send failure: `then` is the cause's text, `table` is "literal|go-file": a
# literal of the Fider step that yields it (smtp.go/auth.go) and the Go file that words it.
_DIAL = "gosmtp.Dial(serverAddress)|src/net/net.go src/syscall/zerrors_linux_amd64.go"
_TLS = "tls.Dial(|src/crypto/tls/handshake_client.go src/crypto/x509/verify.go"
_REPLY = "|src/net/textproto/textproto.go"
FIDER: list[Pick] = [
    Pick(
        "",
        "PORT_CLOSED",
        then="dial tcp 192.0.2.10:587: connect: connection refused",
        table=_DIAL,
        why="Send: gosmtp.Dial -> net.Dial fails with ECONNREFUSED: nothing listens on the port",
    ),
    Pick(
        "",
        "HOST_NOT_FOUND",
        then="dial tcp: lookup smtp.example.com on 127.0.0.11:53: no such host",
        table="gosmtp.Dial(serverAddress)|src/net/net.go src/net/dnsclient_unix.go",
        why="Send: gosmtp.Dial: the resolver answers NXDOMAIN for EMAIL_SMTP_HOST",
    ),
    Pick(
        "",
        "DNS_FAILURE",
        then="dial tcp: lookup smtp.example.com on 127.0.0.11:53: server misbehaving",
        table="gosmtp.Dial(serverAddress)|src/net/dnsclient_unix.go",
        why="Send: gosmtp.Dial: the resolver answers SERVFAIL (errServerMisbehaving): the "
        "lookup itself failed, not the name",
    ),
    Pick(
        "",
        "PORT_FILTERED",
        then="dial tcp 192.0.2.10:587: connect: connection timed out",
        table=_DIAL,
        why="Send: gosmtp.Dial uses net.Dial without a timeout, so the kernel's SYN retries "
        "end in ETIMEDOUT: packets to the port are dropped",
    ),
    Pick(
        "",
        "HOST_UNREACHABLE",
        then="dial tcp 192.0.2.10:587: connect: no route to host",
        table=_DIAL,
        why="Send: gosmtp.Dial fails with EHOSTUNREACH",
    ),
    Pick(
        "",
        "IPV6_BROKEN",
        then="dial tcp [2001:db8::25]:587: connect: network is unreachable",
        table=_DIAL,
        why="Send: gosmtp.Dial to the host's AAAA address fails with ENETUNREACH: the "
        "container has no IPv6 route",
    ),
    Pick(
        "",
        "TLS_ON_PLAIN_PORT",
        then="tls: first record does not look like a TLS handshake",
        table="tls.Dial(|src/crypto/tls/conn.go",
        why="Send: EMAIL_SMTP_ENABLE_IMPLICIT_TLS=true -> tls.Dial, but port 587/25 answers "
        "with a plaintext 220 greeting (RecordHeaderError)",
    ),
    Pick(
        "",
        "CERT_UNTRUSTED",
        then="tls: failed to verify certificate: x509: certificate signed by unknown authority",
        table=_TLS,
        why="Send: tls.Dial (or c.StartTLS) verifies the chain against the system roots: "
        "UnknownAuthorityError",
    ),
    Pick(
        "",
        "CERT_EXPIRED",
        then="tls: failed to verify certificate: x509: certificate has expired or is not yet "
        "valid: current time 2026-07-03T10:15:00Z is after 2026-06-30T23:59:59Z",
        table=_TLS,
        why="Send: tls verification: CertificateInvalidError Expired, the 'is after' form",
    ),
    Pick(
        "",
        "CERT_NOT_YET_VALID",
        then="tls: failed to verify certificate: x509: certificate has expired or is not yet "
        "valid: current time 2026-07-03T10:15:00Z is before 2026-08-01T00:00:00Z",
        table=_TLS,
        why="Send: tls verification: CertificateInvalidError Expired, the 'is before' form "
        "(NotBefore in the future)",
    ),
    Pick(
        "",
        "CERT_HOSTNAME_MISMATCH",
        then="tls: failed to verify certificate: x509: certificate is valid for "
        "mail.example.net, not smtp.example.com",
        table=_TLS,
        why="Send: tls.Config{ServerName: host}: HostnameError",
    ),
    Pick(
        "",
        "TLS_OUTDATED",
        then="tls: server selected unsupported protocol version 301",
        table="c.StartTLS(config)|src/crypto/tls/handshake_client.go",
        why="Send: c.StartTLS (or tls.Dial): Go 1.25's client minimum is TLS 1.2 and the "
        "server answered TLS 1.0 (0x0301)",
    ),
    Pick(
        "",
        "TLS_HANDSHAKE_FAILED",
        then="remote error: tls: handshake failure",
        table="c.StartTLS(config)|src/crypto/tls/conn.go src/crypto/tls/alert.go",
        why="Send: c.StartTLS: the server sends a handshake_failure alert (no common cipher or "
        "version)",
    ),
    Pick(
        "",
        "AUTH_NOT_OFFERED",
        then="smtp: server doesn't support AUTH",
        table="smtp: server doesn't support AUTH|",
        why="Send: a username/password is set but EHLO lists no AUTH (often because "
        "EMAIL_SMTP_ENABLE_STARTTLS is off and the server offers AUTH only after STARTTLS); "
        "Fider's errors.New appends its file:line",
    ),
    Pick(
        "",
        "AUTH_NOT_OFFERED",
        then="could not find any suitable auth mechanism",
        table="could not find any suitable auth mechanism|",
        why="auth.go agnosticAuth.Start: none of the server's AUTH mechanisms is LOGIN, "
        "CRAM-MD5 or a PLAIN that net/smtp allows (PlainAuth refuses an unencrypted non-local "
        "connection)",
    ),
    Pick(
        "",
        "AUTH_FAILED",
        then="535 5.7.8 Error: authentication failed: authentication failure",
        table="c.Auth(a)" + _REPLY,
        why="Send: c.Auth: the server's 535 (Postfix/Dovecot wording) as textproto.Error",
    ),
    Pick(
        "",
        "APP_PASSWORD_REQUIRED",
        then="534 5.7.9 Application-specific password required. Learn more at\n5.7.9  "
        "https://support.google.com/mail/?p=InvalidSecondFactor",
        table="c.Auth(a)" + _REPLY + " src/net/textproto/reader.go",
        why="Send: c.Auth against Gmail with the account password of a 2-step account: 534 "
        "5.7.9, the multi-line reply joined by newlines",
    ),
    Pick(
        "",
        "ENCRYPTION_NOT_USED",
        then="530 5.7.0 Must issue a STARTTLS command first",
        table="c.Mail(from)" + _REPLY,
        why="Send: no credentials and EMAIL_SMTP_ENABLE_STARTTLS off: c.Mail gets the server's "
        "530 demanding STARTTLS",
    ),
    Pick(
        "",
        "SENDER_REFUSED",
        then="553 5.7.1 <noreply@example.com>: Sender address rejected: not owned by user "
        "fider@example.com",
        table="c.Mail(from)" + _REPLY,
        why="Send: c.Mail(email.NoReply): the envelope sender EMAIL_NOREPLY is not the "
        "authenticated user's",
    ),
    Pick(
        "",
        "RELAY_REFUSED",
        then="554 5.7.1 <bob@example.org>: Relay access denied",
        table="c.Rcpt(addr)" + _REPLY,
        why="Send: c.Rcpt: an unauthenticated client (no EMAIL_SMTP_USERNAME) sending to an "
        "outside domain",
    ),
    Pick(
        "",
        "RECIPIENT_UNKNOWN",
        then="550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual "
        "mailbox table",
        table="c.Rcpt(addr)" + _REPLY,
        why="Send: c.Rcpt: the recipient does not exist",
    ),
    Pick(
        "",
        "RATE_LIMITED",
        then="421 4.7.0 smtp.example.com Error: too many connections from 198.51.100.7",
        table="c.Hello(localName)" + _REPLY,
        why="Send: the server's 421 connection-rate limit (Postfix anvil), read at the greeting "
        "or EHLO",
    ),
    Pick("validation.required", None, ("name=Email",), why="server.json: form validation"),
    Pick(
        "validation.custom.invalidemail",
        None,
        ("email=alice@example",),
        why="server.json: an address fails Fider's own validation",
    ),
    Pick("validation.custom.emailtaken", None, why="server.json: change-email validation"),
    Pick("validation.custom.differentemail", None, why="server.json: change-email validation"),
    Pick("validation.custom.invalidurl", None, ("url=htp:/example",), why="server.json"),
    Pick("error.accessdenied.text", None, why="client.json: the site's own permissions"),
    Pick("error.expired.text", None, why="client.json: a sign-in or invite link has expired"),
    Pick("error.forbidden.text", None, why="client.json: permissions"),
    Pick("error.notinvited.text", None, why="client.json: a private site's sign-in"),
    Pick("error.unauthorized.text", None, why="client.json: sign-in required"),
    Pick("error.pagenotfound.text", None, why="client.json"),
    Pick("signin.code.locked", None, why="client.json: too many wrong sign-in codes"),
    Pick("error.internalerror.text", None, why="client.json: an unhandled server error"),
]


def _fill(text: str, values: tuple[str, ...]) -> str:
    for value in values:
        name, filled = value.split("=", 1)
        assert "{" + name + "}" in text, (text, name)
        text = text.replace("{" + name + "}", filled)
    return text


def fider(mirrors: Path) -> list[dict[str, object]]:
    """The picked Fider texts (see the module's docstring)."""
    repo, commit = _library(mirrors, FIDER_PIN)
    at = f"{FIDER_PIN[0]}@{commit[:12]}"
    assert "\ngo 1.25" in git(repo, "show", f"{commit}:go.mod")  # the Go that words the causes
    tables: dict[str, dict[str, tuple[str, dict[str, str]]]] = {}
    for lang, folder in {"en": "en", **FIDER_LOCALE}.items():
        for name in ("client", "server"):
            path = f"locale/{folder}/{name}.json"
            for key, words in json.loads(git(repo, "show", f"{commit}:{path}")).items():
                tables.setdefault(key, {})[lang] = (path, words)
    smtp = ("app/services/email/smtp",)
    wrap = _where(repo, commit, "failed to send email with template", smtp)
    wrap_line = wrap.split(":")[1]
    entries = []
    for index, pick in enumerate(FIDER):
        if not pick.key:
            step, go_files = pick.table.split("|")
            literal = step or pick.then
            found = _where(repo, commit, literal, smtp)
            reason = pick.then
            if step == pick.then:  # Fider's own errors.New: text (file:line)
                reason = f"{pick.then} ({found})"
            text = (
                "Error Trace: \n- failed to send email with template signin_email "
                f"(app/services/email/smtp/smtp.go:{wrap_line})\n- {reason}"
            )
            source = f"{at}:{wrap} (step {at}:{found})"
            if go_files:
                source += " (then " + " ".join(f"{GO}:{f}" for f in go_files.split()) + ")"
            entries.append(_entry("Fider", f"fider.{index}", pick, {"en": text}, {"en": source}))
            continue
        by_lang = tables[pick.key]
        path, english = by_lang["en"]
        texts = {"en": _fill(english, pick.values)}
        sources = {"en": f"{at}:{path}#{pick.key}"}
        for lang in FIDER_LOCALE:
            if lang in by_lang and by_lang[lang][1].strip() and by_lang[lang][1] != english:
                texts[lang] = _fill(by_lang[lang][1], pick.values)
                sources[lang] = f"{at}:{by_lang[lang][0]}#{pick.key}"
        entries.append(_entry("Fider", f"fider.{index}", pick, texts, sources))
    return entries


# Mailu: table "fetchmail" = fetchmail's report(stderr) (key = the C format, values fill it in
# order, `then` a suffix from OpenSSL), "view" = an untranslated flash (key = the literal in
# core/admin/mailu), "" = a msgid of messages.po (printf values).
MAILU: list[Pick] = [
    Pick(
        "Authorization failure on %s@%s%s\n",
        "AUTH_FAILED",
        ("alice@example.org", "imap.example.com", ""),
        why="driver.c: the IMAP LOGIN / POP3 PASS of the fetched account is refused (PS_AUTHFAIL)",
        table="fetchmail",
    ),
    Pick(
        "Unknown login or authentication error on %s@%s\n",
        "AUTH_FAILED",
        ("alice@example.org", "imap.example.com"),
        why="driver.c: the login step fails with an error fetchmail cannot classify; it is "
        "the login that fails",
        table="fetchmail",
    ),
    Pick(
        "connection to %s:%s [%s/%s] failed: %s.\n",
        "PORT_CLOSED",
        ("imap.example.com", "993", "192.0.2.10", "993", "Connection refused"),
        why="socket.c SockOpen: connect() fails with ECONNREFUSED (strerror)",
        table="fetchmail",
    ),
    Pick(
        "connection to %s:%s [%s/%s] failed: %s.\n",
        "HOST_UNREACHABLE",
        ("imap.example.com", "995", "192.0.2.10", "995", "No route to host"),
        why="socket.c SockOpen: connect() fails with EHOSTUNREACH",
        table="fetchmail",
    ),
    Pick(
        "connection to %s:%s [%s/%s] failed: %s.\n",
        "IPV6_BROKEN",
        ("imap.example.com", "993", "2001:db8::10", "993", "Network unreachable"),
        why="socket.c SockOpen: connect() to the host's AAAA address fails with ENETUNREACH "
        "(musl's strerror wording in Mailu's Alpine image)",
        table="fetchmail",
    ),
    Pick(
        'getaddrinfo("%s","%s") error: %s\n',
        "HOST_NOT_FOUND",
        ("imap.example.com", "993", "Name does not resolve"),
        why="socket.c SockOpen: getaddrinfo fails with EAI_NONAME (musl's gai_strerror)",
        table="fetchmail",
    ),
    Pick(
        "timeout after %d seconds waiting to connect to server %s.\n",
        "PORT_FILTERED",
        ("300", "imap.example.com"),
        why="driver.c: the connect does not complete before fetchmail's 300 s timeout",
        table="fetchmail",
    ),
    Pick(
        "timeout after %d seconds waiting for server %s.\n",
        "NO_GREETING",
        ("300", "imap.example.com"),
        why="driver.c: connected but no greeting came before the timeout (e.g. TLS off on "
        "port 993, where the server waits for a ClientHello)",
        table="fetchmail",
    ),
    Pick(
        "Server certificate verification error: %s\n",
        "CERT_EXPIRED",
        ("certificate has expired",),
        why="socket.c SSL_verify_callback with --sslcertck (fetchmail.py's command): "
        "X509_V_ERR_CERT_HAS_EXPIRED, OpenSSL's X509_verify_cert_error_string",
        table="fetchmail",
    ),
    Pick(
        "Server certificate verification error: %s\n",
        "CERT_SELF_SIGNED",
        ("self-signed certificate",),
        why="socket.c: X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT (OpenSSL 3 wording)",
        table="fetchmail",
    ),
    Pick(
        "Server certificate verification error: %s\n",
        "CERT_UNTRUSTED",
        ("unable to get local issuer certificate",),
        why="socket.c: X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY against "
        "--sslcertpath /etc/ssl/certs",
        table="fetchmail",
    ),
    Pick(
        "Server CommonName mismatch: %s != %s\n",
        "CERT_HOSTNAME_MISMATCH",
        ("mail.example.net", "imap.example.com"),
        why="socket.c: the certificate's name is not the configured host",
        table="fetchmail",
    ),
    Pick(
        "SSL connection failed.\n",
        "TLS_HANDSHAKE_FAILED",
        why="driver.c: SSLOpen failed (the handshake or the verification); fetchmail names "
        "no further cause on this line",
        table="fetchmail",
    ),
    Pick(
        "Server busy error on %s@%s\n",
        "OVERLOADED",
        ("alice@example.org", "imap.example.com"),
        why="driver.c: PS_SERVBUSY, the server said it is busy (e.g. POP3 -ERR [IN-USE] / "
        "IMAP BYE overloaded)",
        table="fetchmail",
    ),
    Pick(
        "Failed to send to %s",
        None,
        ("bob@example.org",),
        why="ui/views/base.py announcement(): user.sendmail returned False; the exception is "
        "swallowed and no reason is shown (nothing narrows it)",
        table="view",
    ),
    Pick(
        "The MX record was not properly set",
        "NO_MAIL_SERVERS",
        why="ui/views/domains.py signup: domain.check_mx() finds no MX of the new domain "
        "naming this server's hostname",
        table="view",
    ),
    Pick("Too many attempts from your IP (rate-limit)", None, why="sso/views/base.py: web sign-in"),
    Pick("Too many attempts for this user (rate-limit)", None, why="sso/views/base.py"),
    Pick("Wrong e-mail or password", None, why="sso/views/base.py: the web UI's sign-in form"),
    Pick("The new password can't be the same as the old password", None, why="sso"),
    Pick("The new passwords don't match", None, why="sso/views/base.py: password change"),
    Pick("The current password is incorrect!", None, why="sso/views/base.py: password change"),
    Pick("Invalid email address.", None, why="ui/forms.py: form validation"),
    Pick("Invalid list of folders.", None, why="ui/forms.py: the fetch form's folder list"),
    Pick("An error occurred while talking to the Docker server.", None, why="templates"),
    Pick("We are still working on this feature!", None, why="templates"),
    Pick("Email is already used", None, why="ui/views/users.py", table="view"),
    Pick("Too many users for domain %s", None, ("example.org",), why="users.py", table="view"),
    Pick("Domain %s is already used", None, ("example.org",), why="domains.py", table="view"),
    Pick("Passwords do not match", None, why="ui/views/users.py", table="view"),
]


def _printf(text: str, values: tuple[str, ...]) -> str:
    for value in values:
        text = (
            text.replace("%d", value, 1)
            if text.find("%d") == text.find("%")
            else (text.replace("%s", value, 1))
        )
    return text


def mailu(mirrors: Path) -> list[dict[str, object]]:
    """The picked Mailu texts (see the module's docstring)."""
    repo, commit = _library(mirrors, MAILU_PIN)
    at = f"{MAILU_PIN[0]}@{commit[:12]}"
    fm_repo, fm_commit = _library(mirrors, FETCHMAIL_PIN)
    fm_at = f"{FETCHMAIL_PIN[0]}@{fm_commit[:12]}"
    run = _where(repo, commit, "error.output.decode", ("optional/fetchmail/fetchmail.py",))
    catalogs = _po_catalogs(
        repo, commit, "core/admin/mailu/translations/{}/LC_MESSAGES/messages.po", MAILU_LOCALE
    )
    entries = []
    for index, pick in enumerate(MAILU):
        ident = f"mailu.{index}"
        if pick.table == "fetchmail":
            literal = pick.key.replace("\n", "\\n").replace('"', '\\"')
            found = _where(fm_repo, fm_commit, f'GT_("{literal}', ("*.c",))
            text = "fetchmail: " + _printf(pick.key, pick.values).rstrip("\n")
            source = f"{at}:{run} (then {fm_at}:{found})"
            entries.append(_entry("Mailu", ident, pick, {"en": text}, {"en": source}))
            continue
        where = _where(repo, commit, pick.key, ("core/admin/mailu/sso", "core/admin/mailu/ui"))
        texts = {"en": _printf(pick.key, pick.values)}
        sources = {"en": f"{at}:{where}"}
        if pick.table != "view":
            for lang, (path, catalog) in catalogs.items():
                words = _po_translated(catalog, pick.key)
                if words:
                    texts[lang] = _printf(words, pick.values)
                    sources[lang] = f"{at}:{path}"
        entries.append(_entry("Mailu", ident, pick, texts, sources))
    return entries


def main() -> int:
    about = (
        "The forty-second held-out set (tools/extract_forty_second.py): Fider (its SMTP "
        "sender's error trace with Go 1.25's net/smtp, net and crypto/tls reasons or the "
        "server's reply, and its locale/<ll>/*.json messages) and Mailu (its fetchmail "
        "container's errors and its admin UI's messages.po texts), labelled blind from the "
        "code; code null: no mail-settings problem."
    )
    return write_set(sys.argv, about, fider, mailu)


if __name__ == "__main__":
    sys.exit(main())
