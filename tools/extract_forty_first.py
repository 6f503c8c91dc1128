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
null. Keila (lib/keila/mailings/sender_adapters/smtp.ex builds Swoosh's SMTP adapter config
from the sender: server, port, security SSL/TLS / STARTTLS / none, password or no auth; Keila
has no SMTP test button, its sender verification only mails a link; a failed campaign mail is
logged by lib/keila/mailings/delivery_worker.ex with inspect() of the reason: Swoosh v1.26.1's
lib/swoosh/adapters/smtp.ex passes gen_smtp's {Type, {FailureType, Host, Message}} on, read in
gen_smtp's src/gen_smtp_client.erl (mix.lock: 1.3.0; the snapshot's HEAD, 1.3.0-dev, is read),
printed as Elixir 1.18 (.tool-versions) inspects it; en only) and Keila's own messages
(priv/gettext/<ll>/LC_MESSAGES/auth.po, default.po): code null. Labelled blind from the code.

    python -m tools.extract_forty_first MIRRORS_DIR benchmarks/data/forty_first_texts.json

MIRRORS_DIR holds `Mailtrain-org+mailtrain/repo`, `nodemailer+nodemailer/repo`,
`pentacent+keila/repo`, `swoosh+swoosh/repo` and `gen-smtp+gen_smtp/repo` as `fetch` leaves
them in /work/.mirror.
"""

from __future__ import annotations

import json
import re
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
    _js(
        "incorrectPassword",
        (),
        "client/src/account/Account.js: the current password in the "
        "account form is wrong (Mailtrain's own account)",
    ),
    _js(
        "thePasswordIsIncorrectPossiblyJust",
        (),
        "client/src/account/Account.js: the account form's password check failed on the server",
    ),
    _js("passwordsMustMatch", (), "client/src/account/Account.js: form validation"),
    _js("thePasswordResetTokenHasExpired", (), "client/src/login/Reset.js: an old reset link"),
    _js(
        "thePasswordMustBeAtLeastMinLength",
        ("minLength=10",),
        "shared/password-validator.js: Mailtrain's own password rules",
    ),
    _js(
        "thePasswordMustContainAtLeastOneNumber",
        (),
        "shared/password-validator.js: Mailtrain's own password rules",
    ),
    _js(
        "verpHostnameMustNotBeEmpty",
        (),
        "client/src/send-configurations/CUD.js: form "
        "validation of the VERP bounce hostname field, not a connection problem",
    ),
    _js("mailerTypeMustBeSelected", (), "client/src/send-configurations/CUD.js: form validation"),
    _js("nameMustNotBeEmpty", (), "client/src/campaigns/CUD.js: form validation"),
    _js(
        "formCannotBeEditedBecauseTheCampaignIs",
        (),
        "client/src/campaigns/CUD.js: the campaign is being sent",
    ),
    _js(
        "mergeTagIsInvalidMayMustBeUppercaseAnd",
        (),
        "client/src/lists/fields/CUD.js: a list field's merge tag",
    ),
    _js("reportGenerationFailed", (), "client/src/reports/List.js: a report's own failure"),
    _js(
        "authenticationFailed",
        (),
        "client/src/lib/page.js: the CAS single sign-on answered "
        "cas-login-error: Mailtrain's own sign-in, not the SMTP login",
    ),
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


KEILA = ("pentacent/keila", "14f1a127b1f3cf4d20962f38a88a81f69791bd24")
# mix.lock locks swoosh 1.26.1 (the v1.26.1 tag) and gen_smtp 1.3.0; the gen_smtp snapshot
# ends at 1.3.0-dev (January 2025, src/gen_smtp.app.src): its HEAD is read.
SWOOSH = ("swoosh/swoosh", "317f847eb6ea8f89f0e8da0dcef046257d07f7a3")
GEN_SMTP = ("gen-smtp/gen_smtp", "185c54dbd61a3c284bd44b1442c764e9642a386c")
KEILA_LANG = {"de": "de", "fr": "fr", "es": "es", "it": "it", "pt-BR": "pt_BR"}
_KEILA_LOG = "DeliveryWorker: Failed sending email to"
_KEILA_TEXT = "DeliveryWorker: Failed sending email to jane@example.org for campaign 42: "
_KT = (
    "lib/keila/mailings/sender_adapters/smtp.ex to_swoosh_config(): Swoosh.Adapters.SMTP with "
    "relay/port/username/password, 'tls' mode ssl: true with tls_certificate_check, "
    "'starttls' tls: :always (TLS 1.2, checked certificate), 'none' tls: :never, auth :always "
    "for 'password' -> lib/keila/mailings/delivery_worker.ex handle_result({:error, reason}): "
    "Logger.warning('DeliveryWorker: Failed sending email to ... for campaign ...: "
    "#{inspect(reason)}') and the message is marked failed; Swoosh 1.26.1 "
    "lib/swoosh/adapters/smtp.ex turns gen_smtp's {error, Type, Message} into {Type, Message}; "
)
_NET = "throw({network_failure, {error, Reason}})"
_NET_WHY = (
    "src/gen_smtp_client.erl connect(): smtp_socket:connect() fails, "
    "{network_failure, {error, Reason}} and after the retries {retries_exceeded, ...}: "
)
_SEND = "{error, send, {FailureType, Host, Message}}"
_SEND_WHY = "src/gen_smtp_client.erl send_it(): a reply during the transaction, the reply kept; "
_HOST = '~c"smtp.example.com"'


def _gs(reason: str, code: str | None, literal: str, why: str) -> Pick:
    return Pick(reason, code, (), _KT + why, "", "log", literal)


def _tls(alert: str, text: str) -> str:
    return (
        "{:retries_exceeded, {:network_failure, "
        + _HOST
        + ", {:error, {:tls_alert, {:"
        + alert
        + ', ~c"TLS client: In state certify at ssl_handshake.erl:2180 generated '
        "CLIENT ALERT: Fatal - " + text + '"}}}}}'
    )


def _po(msgid: str, domain: str, literal: str, why: str) -> Pick:
    return Pick(msgid, None, (), why, "", domain, literal)


KEILA_PICKS: list[Pick] = [
    _gs(
        "{:no_more_hosts, {:permanent_failure, " + _HOST + ", :auth_failed}}",
        "AUTH_FAILED",
        "erlang:throw({permanent_failure, auth_failed})",
        "src/gen_smtp_client.erl try_AUTH(): every offered AUTH method was refused (the 535 "
        "reply is dropped) and auth is :always: user or password wrong",
    ),
    _gs(
        "{:retries_exceeded, {:missing_requirement, " + _HOST + ", :auth}}",
        "AUTH_NOT_OFFERED",
        "erlang:throw({missing_requirement, auth})",
        "src/gen_smtp_client.erl try_AUTH(): authentication 'Password' sets auth :always but "
        "the EHLO reply offers no AUTH (e.g. only after STARTTLS, with security 'None')",
    ),
    _gs(
        "{:retries_exceeded, {:missing_requirement, " + _HOST + ", :tls}}",
        "STARTTLS_NOT_OFFERED",
        "erlang:throw({missing_requirement, tls})",
        "src/gen_smtp_client.erl try_STARTTLS(): security 'STARTTLS' sets tls :always and the "
        "EHLO reply has no STARTTLS",
    ),
    _gs(
        "{:retries_exceeded, {:temporary_failure, " + _HOST + ", :tls_failed}}",
        "STARTTLS_FAILED",
        "erlang:throw({temporary_failure, tls_failed})",
        "src/gen_smtp_client.erl do_STARTTLS(): STARTTLS was answered but the TLS upgrade (TLS "
        "1.2 only, checked certificate) failed; the reason is dropped",
    ),
    _gs(
        "{:retries_exceeded, {:network_failure, " + _HOST + ", {:error, :econnrefused}}}",
        "PORT_CLOSED",
        _NET,
        _NET_WHY + "econnrefused, nothing listens on the port",
    ),
    _gs(
        '{:retries_exceeded, {:network_failure, ~c"smtp.exmaple.com", {:error, :nxdomain}}}',
        "HOST_NOT_FOUND",
        _NET,
        _NET_WHY + "nxdomain, the server name does not resolve",
    ),
    _gs(
        "{:retries_exceeded, {:network_failure, " + _HOST + ", {:error, :timeout}}}",
        "PORT_FILTERED",
        _NET,
        _NET_WHY + "timeout, no TCP connection within the 5 s connect timeout (the greeting's "
        "read would wait 20 minutes first): the packets are dropped",
    ),
    _gs(
        "{:retries_exceeded, {:network_failure, " + _HOST + ", {:error, :ehostunreach}}}",
        "HOST_UNREACHABLE",
        _NET,
        _NET_WHY + "ehostunreach, no route to the host",
    ),
    _gs(
        "{:retries_exceeded, {:network_failure, " + _HOST + ", {:error, :closed}}}",
        "CONNECTION_CLOSED",
        "throw({network_failure, Error})",
        "src/gen_smtp_client.erl read_possible_multiline_reply(): the server closed the "
        "connection instead of replying",
    ),
    _gs(
        "{:retries_exceeded, {:network_failure, " + _HOST + ", {:error, {:tls_alert, "
        '{:unexpected_message, ~c"TLS client: In state hello at tls_record.erl:564 generated '
        'CLIENT ALERT: Fatal - Unexpected Message\\n {unsupported_record_type,50}"}}}}}',
        "TLS_ON_PLAIN_PORT",
        _NET,
        _NET_WHY + "security 'SSL/TLS' on a port that greets in plain text (587/25): OTP's ssl "
        "reads '220 ' ('2' = 50) as a record type",
    ),
    _gs(
        _tls("bad_certificate", "Bad Certificate\\n {bad_cert,selfsigned_peer}"),
        "CERT_SELF_SIGNED",
        _NET,
        _NET_WHY + "security 'SSL/TLS': tls_certificate_check refuses a self-signed certificate",
    ),
    _gs(
        _tls("unknown_ca", "Unknown CA\\n"),
        "CERT_UNTRUSTED",
        _NET,
        _NET_WHY + "security 'SSL/TLS': the chain does not reach a CA in tls_certificate_check's "
        "bundle",
    ),
    _gs(
        _tls("certificate_expired", "Certificate Expired\\n {bad_cert,cert_expired}"),
        "CERT_EXPIRED",
        _NET,
        _NET_WHY + "security 'SSL/TLS': the server certificate has expired",
    ),
    _gs(
        _tls("handshake_failure", "Handshake Failure\\n {bad_cert,hostname_check_failed}"),
        "CERT_HOSTNAME_MISMATCH",
        _NET,
        _NET_WHY + "security 'SSL/TLS': the server name is not in the certificate",
    ),
    _gs(
        "{:no_more_hosts, {:permanent_failure, " + _HOST + ', "554 5.7.1 Service unavailable; '
        'Client host [198.51.100.7] blocked using zen.spamhaus.org\\r\\n"}}',
        "REJECTED_AS_SPAM",
        '{ok, <<"220", Banner/binary>>} ->',
        "src/gen_smtp_client.erl connect(): the greeting is not 220 but a 5xx: the server "
        "refuses the Keila host's IP (a blocklist)",
    ),
    _gs(
        "{:retries_exceeded, {:temporary_failure, " + _HOST + ', "421 4.3.2 Service not '
        'available, closing transmission channel\\r\\n"}}',
        "OVERLOADED",
        '{ok, <<"220", Banner/binary>>} ->',
        "src/gen_smtp_client.erl connect(): the greeting is not 220 but a 4xx: the server does "
        "not take connections now",
    ),
    _gs(
        "{:send, {:permanent_failure, " + _HOST + ', "553 5.7.1 <news@example.com>: Sender '
        'address rejected: not owned by user jane@example.com\\r\\n"}}',
        "SENDER_REFUSED",
        _SEND,
        _SEND_WHY + "try_MAIL_FROM(): the sender's From address is not one the account may use",
    ),
    _gs(
        "{:send, {:permanent_failure, " + _HOST + ', "554 5.7.1 <jane@example.org>: Relay '
        'access denied\\r\\n"}}',
        "RELAY_REFUSED",
        _SEND,
        _SEND_WHY + "try_RCPT_TO(): the server does not relay (authentication 'None')",
    ),
    _gs(
        "{:send, {:permanent_failure, " + _HOST + ', "550 5.1.1 <jane@example.org>: '
        'Recipient address rejected: User unknown in virtual mailbox table\\r\\n"}}',
        "RECIPIENT_UNKNOWN",
        _SEND,
        _SEND_WHY + "try_RCPT_TO(): the contact's address does not exist",
    ),
    _gs(
        "{:send, {:permanent_failure, " + _HOST + ', "552 5.2.2 <jane@example.org>: '
        'Recipient address rejected: Mailbox full\\r\\n"}}',
        "RECIPIENT_MAILBOX_FULL",
        _SEND,
        _SEND_WHY + "try_RCPT_TO(): the contact's mailbox is over quota",
    ),
    _gs(
        "{:send, {:temporary_failure, " + _HOST + ', "451 4.7.1 Rate limit exceeded for '
        'news@example.com, try again later\\r\\n"}}',
        "RATE_LIMITED",
        _SEND,
        _SEND_WHY + "try_MAIL_FROM(): a 4xx: the provider's sending rate is exceeded (the "
        "sender's rate limit fields are set too high)",
    ),
    _gs(
        "{:send, {:permanent_failure, " + _HOST + ', "552 5.3.4 Message size exceeds fixed '
        'limit\\r\\n"}}',
        "SIZE_LIMIT",
        _SEND,
        _SEND_WHY + "try_DATA(): the end of DATA answered 552",
    ),
    _gs(
        "{:send, {:permanent_failure, " + _HOST + ', "550 5.7.1 Message rejected as spam by '
        'Content Filtering.\\r\\n"}}',
        "REJECTED_AS_SPAM",
        _SEND,
        _SEND_WHY + "try_DATA(): the content filter refuses the campaign",
    ),
    _po(
        "Please activate your account first.",
        "auth",
        "Please activate your account first.",
        "lib/keila_web/templates/auth/activate_required.html.heex: Keila's own account",
    ),
    _po(
        "You need to verify your email before you can use Keila. Please check your inbox.",
        "auth",
        "You need to verify your email before you can use Keila. Please check your inb",
        "lib/keila_web/templates/auth/activate_required.html.heex: Keila's own account",
    ),
    _po(
        "Please complete the captcha.",
        "auth",
        "Please complete the captcha.",
        "lib/keila_web/controllers/auth_controller.ex: the sign-up form's captcha",
    ),
    _po(
        "It seems like your link has expired or is invalid.",
        "auth",
        "It seems like your link has expired or is invalid.",
        "lib/keila_web/templates/auth/404.html.heex: an old login/reset/activation link",
    ),
    _po(
        "That didn’t work :-(",
        "auth",
        "That didn’t work :-(",
        "lib/keila_web/templates/auth/404.html.heex: the same page's heading",
    ),
    _po(
        "Sender verification not successful.",
        "default",
        "Sender verification not successful.",
        "lib/keila_web/templates/sender/verification_failure.html.heex: the sender's "
        "From-address verification link was invalid, no SMTP involved",
    ),
    _po(
        "There was an error when trying to verify your sender. Please try again or contact an "
        "administrator.",
        "default",
        "There was an error when trying to verify your sender. Please try again o",
        "lib/keila_web/templates/sender/verification_failure.html.heex: the verification "
        "token was not accepted",
    ),
    _po(
        "You must specify a sender before sending/scheduling a campaign.",
        "default",
        "You must specify a sender before sending/scheduling a campaign.",
        "lib/keila_web/templates/campaign/edit_live.html.heex: the campaign has no sender chosen",
    ),
    _po(
        "There was an error importing your contacts.",
        "default",
        "There was an error importing your contacts.",
        "lib/keila_web/templates/contact/import_live.html.heex: a CSV import",
    ),
    _po(
        "The file you provided could not be processed.",
        "default",
        "The file you provided could not be processed.",
        "lib/keila/contacts/import.ex: the CSV cannot be parsed",
    ),
    _po(
        "Invalid filter",
        "default",
        'gettext("Invalid filter")',
        "lib/keila_web/templates/segment/edit_live.html.heex: a segment's filter",
    ),
    _po(
        "Could not create user",
        "default",
        'gettext("Could not create user")',
        "lib/keila_web/controllers/user_admin_controller.ex: the admin's user form",
    ),
    _po(
        "Insufficient email quota.",
        "default",
        'gettext("Insufficient email quota.")',
        "lib/keila_web/templates/campaign/stats_live.html.heex: Keila's own plan quota of "
        "emails (the account's credits), not the mail server's",
    ),
    _po(
        "Your email quota is not sufficient for sending this campaign.",
        "default",
        "Your email quota is not sufficient for sending this campaign.",
        "lib/keila_web/templates/campaign/stats_live.html.heex: Keila's own plan quota",
    ),
    _po(
        "Please select a sender",
        "default",
        'gettext("Please select a sender")',
        "lib/keila_web/templates/campaign/_settings_dialog.html.heex: the campaign settings",
    ),
]


def keila(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, KEILA)
    at = f"{KEILA[0]}@{commit[:12]}"
    lock = git(repo, "show", f"{commit}:mix.lock")
    assert '"swoosh": {:hex, :swoosh, "1.26.1"' in lock, "not the locked swoosh"
    assert '"gen_smtp": {:hex, :gen_smtp, "1.3.0"' in lock, "not the locked gen_smtp"
    swoosh, swoosh_commit = _library(mirrors, SWOOSH)
    gen, gen_commit = _library(mirrors, GEN_SMTP)
    swoosh_at = f"{SWOOSH[0]}@{swoosh_commit[:12]}"
    gen_at = f"{GEN_SMTP[0]}@{gen_commit[:12]}"
    logged = _where(repo, commit, _KEILA_LOG, ("lib/keila/mailings/delivery_worker.ex",))
    adapter = _where(
        swoosh,
        swoosh_commit,
        "{:error, type, message} -> {:error, {type, message}}",
        ("lib/swoosh/adapters/smtp.ex",),
    )
    catalogs = {
        domain: _po_catalogs(
            repo, commit, "priv/gettext/{}/LC_MESSAGES/" + domain + ".po", KEILA_LANG
        )
        for domain in ("auth", "default")
    }
    entries = []
    for index, pick in enumerate(KEILA_PICKS):
        assert pick.context
        if pick.table == "log":
            where = _where(gen, gen_commit, pick.context, ("src/gen_smtp_client.erl",))
            texts = {"en": _KEILA_TEXT + pick.key}
            sources = {"en": f"{at}:{logged} (then {swoosh_at}:{adapter}, {gen_at}:{where})"}
        else:
            where = _where(repo, commit, pick.context, ("lib", "extra"))
            texts = {"en": pick.key}
            sources = {"en": f"{at}:{where}"}
            for lang, (path, catalog) in catalogs[pick.table].items():
                words = _po_translated(catalog, pick.key)
                if words:
                    texts[lang] = words
                    sources[lang] = f"{at}:{path}"
        entries.append(_entry("Keila", f"keila.{index}", pick, texts, sources))
    return entries


ABOUT = (
    "The forty-first held-out set (tools/extract_forty_first.py): Mailtrain v2's mail (a test "
    "send that fails is logged by the sender worker with nodemailer's error message: nodemailer "
    "v6.7.2's English, the locked version, and Node's socket/TLS reasons it passes on, en only; "
    "a 4xx reply becomes 'Cannot connect to service specified by send configuration N') and "
    "Mailtrain's own messages (locales/<ll>/common.json), Mailtrain-org/mailtrain of December "
    "2022; extracted and labelled blind from the code; code null: no settings problem. A "
    "language without a translation or with the English one is left out. Keila's campaign "
    "mail (the delivery worker logs 'Failed sending email to ... for campaign ...: ' with "
    "inspect() of the Swoosh 1.26.1 SMTP adapter's error, gen_smtp 1.3.0's reason tuples, as "
    "Elixir 1.18 prints them, en only) and Keila's own messages (priv/gettext/<ll>/LC_MESSAGES/"
    "auth.po and default.po), pentacent/keila of June 2026."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, mailtrain, keila)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
