"""The forty-third held-out set: Wiki.js (the Budibase, Directus and Ghost snapshots are all
larger than fetch's limit, so the set has Wiki.js alone).

Wiki.js (requarks/wiki): its admin Mail page's "Send test email" calls the GraphQL mutation
mail.sendTest (server/graph/resolvers/mail.js), which awaits WIKI.mail.send() (server/core/
mail.js: nodemailer.createTransport(...).sendMail) and on a throw returns
graphHelper.generateError(err), whose message is err.message; the client
(client/components/admin/admin-mail.vue -> store pushGraphError) shows that message as the
red notification. The message is then nodemailer's own (lib/smtp-connection/index.js at
v6.9.1, the version yarn.lock pins; _formatError appends ": " + the server's reply) or the
Node error nodemailer passes through (Node 24, the Dockerfile's node:24-alpine; nodejs/node
is not fetched, so its files are cited by path), or one of Wiki.js's own WIKI.Error classes
(server/helpers/error.js). Wiki.js 2 downloads its UI translations at run time
(server/locales/ holds only a README) and its server errors are English, so the set is
English only.

    python -m tools.extract_forty_third MIRRORS_DIR benchmarks/data/forty_third_texts.json
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _entry, _library, _where, git, write_set

WIKI_PIN = ("requarks/wiki", "6f042e97cc2d3acda6b6ff611de8e0faacce91c1")
NODEMAILER_PIN = ("nodemailer/nodemailer", "e3cc93a9c20939b209c804857c75aea0d3305913")  # v6.9.1
NODE = "nodejs/node@v24"

# table "nm": `key` is the nodemailer literal that words the text (or, with `context`, the
# nodemailer line that passes a Node error through, `context` naming the Node file), `then`
# the whole message shown; table "wiki": `key` is the message of server/helpers/error.js.
_SOCKET = "this._onSocketError = error =>"
_DNS = "return shared.resolveHostname(opts, (err, resolved) => {"
WIKI: list[Pick] = [
    Pick(
        _SOCKET,
        "PORT_CLOSED",
        then="connect ECONNREFUSED 192.0.2.10:587",
        table="nm",
        context="lib/net.js",
        why="sendMail -> SMTPConnection.connect: net.connect to host:port fails with "
        "ECONNREFUSED (the socket's 'error' -> _onSocketError): nothing listens on the port",
    ),
    Pick(
        _DNS,
        "HOST_NOT_FOUND",
        then="getaddrinfo ENOTFOUND smtp.example.com",
        table="nm",
        context="lib/dns.js",
        why="connect: shared.resolveHostname falls back to dns.lookup, which fails with "
        "ENOTFOUND: the SMTP host name does not exist",
    ),
    Pick(
        _DNS,
        "DNS_FAILURE",
        then="getaddrinfo EAI_AGAIN smtp.example.com",
        table="nm",
        context="lib/dns.js",
        why="connect: dns.lookup fails with EAI_AGAIN: the resolver could not answer, the "
        "lookup itself failed, not the name",
    ),
    Pick(
        "'Connection timeout'",
        "PORT_FILTERED",
        then="Connection timeout",
        table="nm",
        why="connect: the CONNECTION_TIMEOUT timer (2 minutes) fires before the TCP connect "
        "completes: the SYNs are dropped, the port is filtered",
    ),
    Pick(
        _SOCKET,
        "HOST_UNREACHABLE",
        then="connect EHOSTUNREACH 192.0.2.10:587",
        table="nm",
        context="lib/net.js",
        why="connect: net.connect fails with EHOSTUNREACH",
    ),
    Pick(
        _SOCKET,
        "IPV6_BROKEN",
        then="connect ENETUNREACH 2001:db8::25:587",
        table="nm",
        context="lib/net.js",
        why="connect: resolveHostname found only an AAAA address and net.connect fails with "
        "ENETUNREACH: the container has no IPv6 route",
    ),
    Pick(
        "'Greeting never received'",
        "NO_GREETING",
        then="Greeting never received",
        table="nm",
        why="connect: TCP is up but no 220 arrives within GREETING_TIMEOUT (30 s); the usual "
        "cause is mail.secure off against port 465, where the server waits for a TLS hello",
    ),
    Pick(
        _SOCKET,
        "TLS_ON_PLAIN_PORT",
        then="E0A7C2F6E37F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version "
        "number:../deps/openssl/openssl/ssl/record/ssl3_record.c:354:",
        table="nm",
        context="lib/_tls_wrap.js",
        why="mail.secure on (secure: true) -> tls.connect, but port 587/25 answers with a "
        "plaintext 220 greeting: OpenSSL's wrong version number",
    ),
    Pick(
        _SOCKET,
        "TLS_OUTDATED",
        then="C0F7B1E5A37F0000:error:0A000102:SSL routines:ssl_choose_client_version:"
        "unsupported protocol:../deps/openssl/openssl/ssl/statem/statem_lib.c:1987:",
        table="nm",
        context="lib/_tls_wrap.js",
        why="tls.connect/STARTTLS: the server offers only TLS 1.0/1.1, below Node 24's "
        "minimum TLS 1.2",
    ),
    Pick(
        _SOCKET,
        "CERT_SELF_SIGNED",
        then="self-signed certificate",
        table="nm",
        context="lib/_tls_wrap.js",
        why="TLS with rejectUnauthorized (mail.verifySSL on): the server's "
        "certificate is self-signed (DEPTH_ZERO_SELF_SIGNED_CERT)",
    ),
    Pick(
        _SOCKET,
        "CERT_UNTRUSTED",
        then="self-signed certificate in certificate chain",
        table="nm",
        context="lib/_tls_wrap.js",
        why="TLS verification: the chain ends in a root not in Node's store "
        "(SELF_SIGNED_CERT_IN_CHAIN: a private CA or an intercepting proxy)",
    ),
    Pick(
        _SOCKET,
        "CERT_UNTRUSTED",
        then="unable to verify the first certificate",
        table="nm",
        context="lib/_tls_wrap.js",
        why="TLS verification: the server does not send its intermediate "
        "(UNABLE_TO_VERIFY_LEAF_SIGNATURE)",
    ),
    Pick(
        _SOCKET,
        "CERT_EXPIRED",
        then="certificate has expired",
        table="nm",
        context="lib/_tls_wrap.js",
        why="TLS verification: CERT_HAS_EXPIRED",
    ),
    Pick(
        _SOCKET,
        "CERT_HOSTNAME_MISMATCH",
        then="Hostname/IP does not match certificate's altnames: Host: smtp.example.com. is "
        "not in the cert's altnames: DNS:mail.example.net",
        table="nm",
        context="lib/tls.js",
        why="TLS: tls.checkServerIdentity (ERR_TLS_CERT_ALTNAME_INVALID): the certificate "
        "names another host",
    ),
    Pick(
        "'Invalid login'",
        "AUTH_FAILED",
        then="Invalid login: 535 5.7.8 Error: authentication failed: authentication failure",
        table="nm",
        why="_actionAUTHComplete: the reply to AUTH PLAIN/LOGIN is not 235: the user or "
        "password is wrong",
    ),
    Pick(
        "'Invalid login'",
        "AUTH_FAILED",
        then="Invalid login: 535-5.7.8 Username and Password not accepted. For more "
        "information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials "
        "a1-20020a05600c000000b003f0000000000sm100000wma.1 - gsmtp",
        table="nm",
        why="_actionAUTHComplete: Gmail's 535 BadCredentials to AUTH",
    ),
    Pick(
        "'Invalid login'",
        "APP_PASSWORD_REQUIRED",
        then="Invalid login: 534-5.7.9 Application-specific password required. Learn more "
        "at\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
        "a1-20020a05600c000000b003f0000000000sm100000wma.1 - gsmtp",
        table="nm",
        why="_actionAUTHComplete: Gmail's 534 5.7.9: the account has 2-step verification and "
        "needs an app password",
    ),
    Pick(
        "'Invalid login'",
        "PROTOCOL_DISABLED",
        then="Invalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication "
        "is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more "
        "information. [AM0PR01CA0000.eurprd01.prod.exchangelabs.com 2026-05-01T10:00:00.000Z]",
        table="nm",
        why="_actionAUTHComplete: Microsoft 365 refuses AUTH because SMTP AUTH is disabled "
        "for the tenant",
    ),
    Pick(
        "'Invalid login'",
        "AUTH_TEMPORARY_FAILURE",
        then="Invalid login: 454 4.7.0 Temporary authentication failure",
        table="nm",
        why="_actionAUTHComplete: a 454 to AUTH: the server's auth backend failed for now",
    ),
    Pick(
        "'Missing credentials for \"'",
        "AUTH_FAILED",
        then='Missing credentials for "PLAIN"',
        table="nm",
        why="login(): server/core/mail.js sets auth when the username has 2+ characters, but "
        "the password is empty: the credentials are incomplete",
    ),
    Pick(
        "'Mail command failed'",
        "SENDER_REFUSED",
        then="Mail command failed: 553 5.7.1 <wiki@example.com>: Sender address rejected: not "
        "owned by user alice@example.com",
        table="nm",
        why="_actionMAIL: the reply to MAIL FROM (the Sender Email) is not 2xx: the login may "
        "not send as that address",
    ),
    Pick(
        "'Mail command failed'",
        "SENDER_REFUSED",
        then="Mail command failed: 550 5.7.60 SMTP; Client does not have permissions to send "
        "as this sender",
        table="nm",
        why="_actionMAIL: Microsoft 365's 5.7.60 to MAIL FROM: send-as not granted",
    ),
    Pick(
        "'Can\\x27t send mail - all recipients were rejected'",
        "RELAY_REFUSED",
        then="Can't send mail - all recipients were rejected: 554 5.7.1 <bob@example.org>: "
        "Relay access denied",
        table="nm",
        why="_actionRCPT: every RCPT TO got 5xx: the server will not relay for an "
        "unauthenticated client",
    ),
    Pick(
        "'Can\\x27t send mail - all recipients were rejected'",
        "RECIPIENT_UNKNOWN",
        then="Can't send mail - all recipients were rejected: 550 5.1.1 <bob@example.org>: "
        "Recipient address rejected: User unknown in virtual mailbox table",
        table="nm",
        why="_actionRCPT: the test recipient does not exist",
    ),
    Pick(
        "'Message failed'",
        "SIZE_LIMIT",
        then="Message failed: 552 5.3.4 Message size exceeds fixed limit",
        table="nm",
        why="_actionSMTPStream: the reply after the DATA body is 552: the message is too big",
    ),
    Pick(
        "'Message failed'",
        "REJECTED_AS_SPAM",
        then="Message failed: 554 5.7.1 Rejected: message looks like spam",
        table="nm",
        why="_actionSMTPStream: the server's content filter refuses the test message",
    ),
    Pick(
        "'Invalid greeting. response='",
        "RATE_LIMITED",
        then="Invalid greeting. response=421 4.7.0 smtp.example.com Error: too many "
        "connections from 198.51.100.7: 421 4.7.0 smtp.example.com Error: too many "
        "connections from 198.51.100.7",
        table="nm",
        why="_actionGreeting: the greeting is not 220 but 421 naming a connection limit "
        "(_onError -> _formatError appends the reply a second time)",
    ),
    Pick(
        "'Connection closed unexpectedly'",
        "CONNECTION_CLOSED",
        then="Connection closed unexpectedly",
        table="nm",
        why="_onClose: the server closed the socket before the transaction ended",
    ),
    Pick(
        "'Data command failed'",
        "CONNECTION_CLOSED",
        then="Data command failed: 421 4.3.2 Service not available, closing transmission channel",
        table="nm",
        why="_actionDATA: a 421 to DATA without naming a limit: the server is shutting the session",
    ),
    Pick(
        "The mail configuration is incomplete or invalid.",
        "WRONG_HOST",
        table="wiki",
        why="core/mail.js send(): no transport, because init() found the SMTP host shorter "
        "than 3 characters (mail not set up): the host setting is missing",
    ),
    Pick(
        "The recipient email address is invalid.",
        None,
        table="wiki",
        why="resolvers/mail.js sendTest: the test recipient field is empty or under 6 "
        "characters: form validation",
    ),
    Pick(
        "Mail template failed to load.",
        None,
        table="wiki",
        why="core/mail.js loadTemplate: server/templates/test.html cannot be read: an "
        "installation problem, not the mail settings",
    ),
    Pick("Invalid email / username or password.", None, table="wiki", why="AuthLoginFailed"),
    Pick("Your account has been disabled.", None, table="wiki", why="AuthAccountBanned"),
    Pick(
        "You must verify your account before your can login.",
        None,
        table="wiki",
        why="AuthAccountNotVerified: the site's own sign-in",
    ),
    Pick("Incorrect TFA Security Code.", None, table="wiki", why="AuthTFAFailed: sign-in"),
    Pick("Too many attempts! Try again later.", None, table="wiki", why="the login limiter"),
    Pick(
        "You must be authenticated to access this resource.",
        None,
        table="wiki",
        why="AuthRequired: permissions",
    ),
    Pick(
        "Registration is disabled. Contact your system administrator.",
        None,
        table="wiki",
        why="AuthRegistrationDisabled",
    ),
    Pick(
        "You are not authorized to register. Your domain is not whitelisted.",
        None,
        table="wiki",
        why="AuthRegistrationDomainUnauthorized: sign-up's domain list, not a mail domain",
    ),
    Pick("You are not authorized to view this page.", None, table="wiki", why="permissions"),
    Pick("This page does not exist.", None, table="wiki", why="PageNotFound"),
    Pick("Password is incorrect.", None, table="wiki", why="AuthPasswordInvalid: profile"),
    Pick(
        "An account already exists using this email address.",
        None,
        table="wiki",
        why="AuthAccountAlreadyExists: registration",
    ),
    Pick("Search Engine activation failed.", None, table="wiki", why="an unrelated service"),
]


def wikijs(mirrors: Path) -> list[dict[str, object]]:
    """The picked Wiki.js texts (see the module's docstring)."""
    repo, commit = _library(mirrors, WIKI_PIN)
    at = f"{WIKI_PIN[0]}@{commit[:12]}"
    assert '"nodemailer": "6.9.1"' in git(repo, "show", f"{commit}:package.json")
    assert "\nnodemailer@6.9.1:\n" in git(repo, "show", f"{commit}:yarn.lock")
    nm_repo, nm_commit = _library(mirrors, NODEMAILER_PIN)
    nm_at = f"{NODEMAILER_PIN[0]}@{nm_commit[:12]}"
    resolver = _where(
        repo, commit, "graphHelper.generateError(err)", ("server/graph/resolvers/mail.js",)
    )
    entries = []
    for index, pick in enumerate(WIKI):
        ident = f"wikijs.{index}"
        if pick.table == "nm":
            found = _where(nm_repo, nm_commit, pick.key, ("lib/smtp-connection/index.js",))
            source = f"{at}:{resolver} (then {nm_at}:{found}"
            if pick.context:
                source += f" passing {NODE}:{pick.context}"
            source += ")"
            entries.append(_entry("Wiki.js", ident, pick, {"en": pick.then}, {"en": source}))
            continue
        literal = pick.key.replace("'", "\\'")
        found = _where(repo, commit, f"message: '{literal}'", ("server/helpers/error.js",))
        entries.append(_entry("Wiki.js", ident, pick, {"en": pick.key}, {"en": f"{at}:{found}"}))
    return entries


def main() -> int:
    about = (
        "The forty-third held-out set: Wiki.js's admin Mail page's test-email notification "
        "(nodemailer 6.9.1's and Node's reasons passed through err.message, and Wiki.js's own "
        "errors), labelled by reading the code path; English only (Wiki.js downloads its "
        "translations at run time). Budibase, Directus and Ghost exceed fetch's size limit."
    )
    return write_set(sys.argv, about, wikijs)


if __name__ == "__main__":
    raise SystemExit(main())
