"""Developer tool: the forty-first blind held-out set (Mailtrain's mail, Keila's mail).

Mailtrain v2 (server/lib/mailers.js builds a nodemailer SMTP transport from a send
configuration: hostname, port, encryption NONE/STARTTLS/TLS, auth, allowSelfSigned; the
"Check mail config" button is still a TODO in client/src/send-configurations/CUD.js, so a test
send (campaign "Test send", queued) is the check: server/services/sender-worker.js logs
'Sending message to <target> failed with error: <nodemailer message>. Dropping the message.',
and _sendMail() turns a 4xx reply into a SendConfigurationError 'Cannot connect to service
specified by send configuration <id>' that is retried; nodemailer's English read at v6.7.2, the
version server/package-lock.json locks, lib/smtp-connection/index.js, and Node's own socket/TLS
reasons it passes on; en only) and Mailtrain's own messages (locales/<ll>/common.json): code
null. Keila (its SMTP sender's verification and the Swoosh/gen_smtp reasons it shows) and
Keila's own messages (priv/gettext/<ll>/LC_MESSAGES/*.po). Labelled blind from the code.

    python -m tools.extract_forty_first MIRRORS_DIR benchmarks/data/forty_first_texts.json

MIRRORS_DIR holds `Mailtrain-org+mailtrain/repo`, `nodemailer+nodemailer/repo` and
`pentacent+keila/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _entry, _library, _where, git, write_set

MAILTRAIN = ("Mailtrain-org/mailtrain", "7c6f34ef25dba981de58aec9785af48f3ea3315d")
# server/package-lock.json locks nodemailer 6.7.2; the v6.7.2 tag's commit.
NODEMAILER = ("nodemailer/nodemailer", "368f545753b92f1954c0c98c5f151ac38afb1f0d")
MAILTRAIN_LANG = {"de": "de-DE", "fr": "fr-FR", "es": "es-ES", "pt-BR": "pt-BR"}

_MT = (
    "server/lib/mailers.js _createTransport(): nodemailer SMTP pool from the send "
    "configuration (secure = encryption 'TLS', ignoreTLS = 'NONE', rejectUnauthorized unless "
    "allowSelfSigned); a test send is queued and server/services/sender-worker.js "
    "processQueuedMessages() logs 'Sending message to <list>:<subscription> failed with error: "
    "<err.message>. Dropping the message.' (any error without a 4xx responseCode); "
)
_SOCK = "this._onSocketError = error =>"
_SOCK_WHY = (
    "lib/smtp-connection/index.js connect(): the socket's 'error' goes through "
    "_onError(error, 'ESOCKET') with Node's own message (the code becomes ESOCKET, so mailers.js's "
    "ECONNECTION/ECONNREFUSED test never matches): "
)
_FMT = "lib/smtp-connection/index.js _formatError(): the message + ': ' + the server's reply; "
_DROP = "failed with error: ${err.message}. Dropping the message."
_RETRY = "failed with error: ${err.message}. Will retry the message if within retention interval."
_TARGET = "1:5"


def _nm(text: str, code: str | None, literal: str, why: str) -> Pick:
    return Pick(text, code, (), _MT + why, "", "drop", literal)


def _js(key: str, values: tuple[str, ...], why: str, code: str | None = None) -> Pick:
    return Pick(key, code, values, why, "", "json", key)


MAILTRAIN_PICKS: list[Pick] = [
    _nm(
        "Invalid login: 535 Authentication credentials invalid",
        "AUTH_FAILED",
        "'Invalid login'",
        _FMT + "AUTH answered 535 (no 235): the server refuses the send configuration's user "
        "and password",
    ),
    _nm(
        "Invalid login: 535-5.7.8 Username and Password not accepted. For more information, go "
        "to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials "
        "x12-20020a05600c3ac200b0040e4a1b2c3dsm1234567wmq.3 - gsmtp",
        "AUTH_FAILED",
        "'Invalid login'",
        _FMT + "Gmail's 535 5.7.8: wrong user or password",
    ),
    _nm(
        "Invalid login: 534-5.7.9 Application-specific password required. For more information, "
        "go to\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
        "p3sm3456789wrs.3 - gsmtp",
        "APP_PASSWORD_REQUIRED",
        "'Invalid login'",
        _FMT + "Gmail's 534 5.7.9: the account has 2-step verification, an app password is needed",
    ),
    _nm(
        "Invalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is "
        "disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
        "[AM0PR02CA0001.eurprd02.prod.outlook.com]",
        "PROTOCOL_DISABLED",
        "'Invalid login'",
        _FMT + "Microsoft 365 has SMTP AUTH switched off for the tenant",
    ),
    _nm(
        'Missing credentials for "PLAIN"',
        "AUTH_FAILED",
        "'Missing credentials for \"'",
        "lib/smtp-connection/index.js login(): 'Enable SMTP authentication' is ticked but the "
        "user or password is empty",
    ),
    _nm(
        "connect ECONNREFUSED 203.0.113.10:587",
        "PORT_CLOSED",
        _SOCK,
        _SOCK_WHY + "ECONNREFUSED, nothing listens on the port at that host",
    ),
    _nm(
        "connect EHOSTUNREACH 203.0.113.10:465",
        "HOST_UNREACHABLE",
        _SOCK,
        _SOCK_WHY + "EHOSTUNREACH, no route to the SMTP host",
    ),
    _nm(
        "getaddrinfo ENOTFOUND smtp.exmaple.com",
        "HOST_NOT_FOUND",
        "'EDNS'",
        "lib/smtp-connection/index.js connect(): shared.resolveHostname() fails, "
        "_onError(err, 'EDNS'): the hostname does not resolve",
    ),
    _nm(
        "getaddrinfo EAI_AGAIN smtp.example.com",
        "DNS_FAILURE",
        "'EDNS'",
        "lib/smtp-connection/index.js connect(): the resolver answers EAI_AGAIN, a temporary DNS "
        "failure of the server running Mailtrain",
    ),
    _nm(
        "Connection timeout",
        "PORT_FILTERED",
        "'Connection timeout'",
        "lib/smtp-connection/index.js connect(): no TCP connection within connectionTimeout "
        "(2 minutes): the packets are dropped",
    ),
    _nm(
        "Greeting never received",
        "NO_GREETING",
        "'Greeting never received'",
        "lib/smtp-connection/index.js _onConnect(): connected but no 220 within greetingTimeout "
        "(30 s); one way: encryption STARTTLS/NONE on port 465, where the server waits for TLS",
    ),
    _nm(
        "140011597625216:error:1408F10B:SSL routines:ssl3_get_record:wrong version number:"
        "../deps/openssl/openssl/ssl/record/ssl3_record.c:332:\n",
        "TLS_ON_PLAIN_PORT",
        _SOCK,
        _SOCK_WHY + "encryption 'TLS' makes tls.connect() on a port that greets in plain text "
        "(587/25): OpenSSL 1.1.1 (Node 14/16) reads '220 ' as a record header",
    ),
    _nm(
        "self signed certificate",
        "CERT_SELF_SIGNED",
        _SOCK,
        _SOCK_WHY + "DEPTH_ZERO_SELF_SIGNED_CERT (Node 14/16 wording) with 'Allow self-signed "
        "certificates' unticked",
    ),
    _nm(
        "unable to verify the first certificate",
        "CERT_UNTRUSTED",
        _SOCK,
        _SOCK_WHY + "UNABLE_TO_VERIFY_LEAF_SIGNATURE: the chain does not reach a trusted root",
    ),
    _nm(
        "certificate has expired",
        "CERT_EXPIRED",
        _SOCK,
        _SOCK_WHY + "CERT_HAS_EXPIRED",
    ),
    _nm(
        "Hostname/IP does not match certificate's altnames: Host: smtp.example.com. is not in "
        "the cert's altnames: DNS:*.mailhost.example.net, DNS:mailhost.example.net",
        "CERT_HOSTNAME_MISMATCH",
        _SOCK,
        _SOCK_WHY + "tls.checkServerIdentity(): the hostname is not a name in the certificate",
    ),
    _nm(
        "Connection closed unexpectedly",
        "CONNECTION_CLOSED",
        "'Connection closed unexpectedly'",
        "lib/smtp-connection/index.js _onClose(): the server dropped the connection before the "
        "session ended",
    ),
    _nm(
        "Invalid greeting. response=HTTP/1.1 400 Bad Request: HTTP/1.1 400 Bad Request",
        "WRONG_PROTOCOL",
        "'Invalid greeting. response='",
        _FMT + "_actionGreeting(): the first line is not 220: a web server answers on that port",
    ),
    _nm(
        "Mail command failed: 550 5.7.1 Sender address rejected: not owned by user "
        "newsletter@example.com",
        "SENDER_REFUSED",
        "'Mail command failed'",
        _FMT + "_actionMAIL(): MAIL FROM refused: the send configuration's From address is not "
        "one the SMTP account may use",
    ),
    _nm(
        "Can't send mail - all recipients were rejected: 554 5.7.1 <jane@example.org>: Relay "
        "access denied",
        "RELAY_REFUSED",
        "'Can\\x27t send mail - all recipients were rejected'",
        _FMT + "_actionRCPT(): every RCPT TO refused with 554 relay access denied: the server "
        "does not relay for an unauthenticated client",
    ),
    _nm(
        "Can't send mail - all recipients were rejected: 550 5.1.1 <jane@example.org>: "
        "Recipient address rejected: User unknown in virtual mailbox table",
        "RECIPIENT_UNKNOWN",
        "'Can\\x27t send mail - all recipients were rejected'",
        _FMT + "_actionRCPT(): the test subscriber's address does not exist",
    ),
    _nm(
        "Message failed: 552 5.3.4 Message size exceeds fixed limit",
        "SIZE_LIMIT",
        "'Message failed'",
        _FMT + "_actionSMTPStream(): the end of DATA answered 552: the campaign with its "
        "attachments is over the server's size limit",
    ),
    _nm(
        "Message failed: 554 5.7.1 Message rejected as spam (score 8.2)",
        "REJECTED_AS_SPAM",
        "'Message failed'",
        _FMT + "_actionSMTPStream(): the server's content filter refuses the message",
    ),
    Pick(
        "Cannot connect to service specified by send configuration 1",
        None,
        (),
        "server/lib/mailers.js _sendMail(): any error with a 4xx responseCode (a 421 busy, 450/"
        "452 mailbox or quota, 454 auth) becomes this SendConfigurationError, logged by "
        "sender-worker.js with '. Will retry the message if within retention interval.': the "
        "reply is dropped, nothing in the text narrows it",
        "",
        "retry",
        "'Cannot connect to service specified by send configuration '",
    ),
    _js("invalidUsernameOrPassword", (), "client/src/login/Login.js: Mailtrain's own sign-in"),
    _js("incorrectPassword", (), "client/src/account/Account.js: the current password in the "
        "account form is wrong (Mailtrain's own account)"),
    _js("thePasswordIsIncorrectPossiblyJust", (), "client/src/account/Account.js: the account "
        "form's password check failed on the server"),
    _js("passwordsMustMatch", (), "client/src/account/Account.js: form validation"),
    _js("thePasswordResetTokenHasExpired", (), "client/src/login/Reset.js: an old reset link"),
    _js("thePasswordMustBeAtLeastMinLength", ("minLength=10",),
        "shared/password-validator.js: Mailtrain's own password rules"),
    _js("thePasswordMustContainAtLeastOneNumber", (), "shared/password-validator.js: Mailtrain's "
        "own password rules"),
    _js("verpHostnameMustNotBeEmpty", (), "client/src/send-configurations/CUD.js: form "
        "validation of the VERP bounce hostname field, not a connection problem"),
    _js("mailerTypeMustBeSelected", (), "client/src/send-configurations/CUD.js: form validation"),
    _js("nameMustNotBeEmpty", (), "client/src/campaigns/CUD.js: form validation"),
    _js("formCannotBeEditedBecauseTheCampaignIs", (), "client/src/campaigns/CUD.js: the campaign "
        "is being sent"),
    _js("mergeTagIsInvalidMayMustBeUppercaseAnd", (), "client/src/lists/fields/CUD.js: a list "
        "field's merge tag"),
    _js("reportGenerationFailed", (), "client/src/reports/List.js: a report's own failure"),
    _js("authenticationFailed", (), "client/src/lib/page.js: the CAS single sign-on answered "
        "cas-login-error: Mailtrain's own sign-in, not the SMTP login"),
    _js("fileUploadFailed", (), "client/src/lib/files.js: an attachment/file upload"),
    _js(
        "invalidEmailAddressEmailMxRecordNotFound",
        ("email=jane@example.invalid",),
        "server/lib/tools.js validateEmail(): a subscriber's address whose domain has no MX "
        "record (email-validator's MX check): the domain cannot receive mail",
        "NO_MAIL_SERVERS",
    ),
    _js(
        "invalidEmailAddressEmailAddressDomainNot",
        ("email=jane@exmaple.com",),
        "server/lib/tools.js validateEmail(): the subscriber address's domain does not exist "
        "in DNS",
        "DOMAIN_NOT_FOUND",
    ),
]


def _fill(text: str, values: tuple[str, ...], strict: bool = True) -> str:
    """i18next's {{ name }} filled; a translation may leave a placeholder out."""
    for pair in values:
        name, value = pair.split("=", 1)
        pattern = r"\{\{\s*" + re.escape(name) + r"\s*\}\}"
        assert re.search(pattern, text) or not strict, (text, name)
        text = re.sub(pattern, value, text)
    return text


def mailtrain(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, MAILTRAIN)
    at = f"{MAILTRAIN[0]}@{commit[:12]}"
    lock = json.loads(git(repo, "show", f"{commit}:server/package-lock.json"))
    assert lock["dependencies"]["nodemailer"]["version"] == "6.7.2", "not the locked nodemailer"
    lib, lib_commit = _library(mirrors, NODEMAILER)
    lib_at = f"{NODEMAILER[0]}@{lib_commit[:12]}"
    worker = ("server/services/sender-worker.js",)
    logged = {
        "drop": _where(repo, commit, _DROP, worker),
        "retry": _where(repo, commit, _RETRY, worker),
    }
    path = "locales/{}/common.json"
    tables = {
        lang: json.loads(git(repo, "show", f"{commit}:{path.format(folder)}"))
        for lang, folder in {"en": "en-US", **MAILTRAIN_LANG}.items()
    }
    entries = []
    for index, pick in enumerate(MAILTRAIN_PICKS):
        assert pick.context
        if pick.table == "json":
            where = _where(repo, commit, f"'{pick.key}'", ("client/src", "server", "shared"))
            english = tables["en"][pick.key]
            texts = {"en": _fill(english, pick.values)}
            sources = {"en": f"{at}:{where} ({at}:{path.format('en-US')}#{pick.key})"}
            for lang, folder in MAILTRAIN_LANG.items():
                words = tables[lang].get(pick.key, "")
                if not isinstance(words, str) or not words.strip() or words == english:
                    continue
                texts[lang] = _fill(words, pick.values, strict=False)
                sources[lang] = f"{at}:{path.format(folder)}#{pick.key}"
        elif pick.table == "retry":
            where = _where(repo, commit, pick.context, ("server/lib/mailers.js",))
            text = (
                f"Sending message to {_TARGET} failed with error: {pick.key}. Will retry the "
                "message if within retention interval."
            )
            texts = {"en": text}
            sources = {"en": f"{at}:{logged['retry']} (then {at}:{where})"}
        else:
            where = _where(lib, lib_commit, pick.context, ("lib/smtp-connection/index.js",))
            text = (
                f"Sending message to {_TARGET} failed with error: {pick.key}. Dropping the message."
            )
            texts = {"en": text}
            sources = {"en": f"{at}:{logged['drop']} (then {lib_at}:{where})"}
        entries.append(_entry("Mailtrain", f"mailtrain.{index}", pick, texts, sources))
    return entries


ABOUT = (
    "The forty-first held-out set (tools/extract_forty_first.py): Mailtrain v2's mail (a test "
    "send that fails is logged by the sender worker with nodemailer's error message: nodemailer "
    "v6.7.2's English, the locked version, and Node's socket/TLS reasons it passes on, en only; "
    "a 4xx reply becomes 'Cannot connect to service specified by send configuration N') and "
    "Mailtrain's own messages (locales/<ll>/common.json), Mailtrain-org/mailtrain of December "
    "2022; extracted and labelled blind from the code; code null: no settings problem. A "
    "language without a translation or with the English one is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, mailtrain)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
