"""Developer tool: the thirty-third blind held-out set (Chatwoot's email inbox checks).

Chatwoot's IMAP/SMTP validation of an email inbox (app/helpers/api/v1/inboxes_helper.rb: its
own config/locales/<ll>.yml texts, or the net-imap 0.4.20 / net-smtp 0.3.4 / openssl 3.2.0 /
net-protocol 0.2.2 reason it passes through as e.message, English only) and its other messages
(devise sign-in, sign-up, dashboard JSON under app/javascript/dashboard/i18n/locale/<ll>/):
code null. Labelled blind from the code. The Chatwoot snapshot is a fork's (md-riaz/chatwoot,
the only one within the fetch tool's size limit); the pin is the last upstream commit in it.
OpenProject is not in this set: no snapshot of it within the size limit could be fetched.

    python -m tools.extract_thirty_third MIRRORS_DIR benchmarks/data/thirty_third_texts.json

MIRRORS_DIR holds `md-riaz+chatwoot/repo`, `ruby+net-imap/repo`, `ruby+net-smtp/repo`,
`ruby+openssl/repo` and `ruby+net-protocol/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _entry, _library, _where, git, write_set

CHATWOOT = ("md-riaz/chatwoot", "e13e3c873aaf812262a638ad728197fcc72bf515")
CHATWOOT_NAMED = "chatwoot/chatwoot"
LIBS = {
    "net-smtp": ("ruby/net-smtp", "a9cece785b88c4bc87f087297f060bcf6a2bedae"),
    "net-imap": ("ruby/net-imap", "5b8f9aece9a06074e396cb127098f30b681faad8"),
    "openssl": ("ruby/openssl", "6b3dd6a372c5eabc88bf35a312937ee3e1a6a105"),
    "net-protocol": ("ruby/net-protocol", "2d3c4b43a837a616e5853f807cde63aaffbcd280"),
}
LANG_DIR = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pl": "pl",
    "pt-BR": "pt_BR",
    "ja": "ja",
}
HELPER = "app/helpers/api/v1/inboxes_helper.rb"
_IMAP = (
    "app/helpers/api/v1/inboxes_helper.rb validate_imap(): Mail's IMAP retriever (mail 2.8.1: "
    "Net::IMAP.new(address, port, enable_ssl, nil, false), then login) in "
    "check_imap_connection(); "
)
_IMAP_RAW = _IMAP + "rescue StandardError => e: raise StandardError, e.message (the reason as is); "
_SMTP = (
    "app/helpers/api/v1/inboxes_helper.rb validate_smtp(): Net::SMTP (net-smtp 0.3.4) start() "
    "in check_smtp_connection(), not rescued; the inboxes controller's "
    "validate_and_update_email_channel renders {message: e} (422), e.message; "
)
_SMTP_REPLY = _SMTP + "net-smtp raises res.exception_class (53x: SMTPAuthenticationError, "
_SMTP_REPLY += "50x: SMTPSyntaxError) whose message is the reply's first line (server's words); "
_TLS = "ruby/openssl ossl_ssl.c ossl_start_ssl(): 'SSL_connect returned=1 errno=0 peeraddr=... "
_TLS += "state=error' then OpenSSL's reason; "

# (key, code, values, why, then = library|literal, table = kind, context = app literal)
PICKS: list[Pick] = [
    Pick(
        "errors.inboxes.imap.socket_error",
        "HOST_NOT_FOUND",
        (),
        _IMAP + "rescue SocketError (getaddrinfo failed: the IMAP host name does not resolve)",
        "",
        "yml",
        "I18n.t('errors.inboxes.imap.socket_error')",
    ),
    Pick(
        "errors.inboxes.imap.no_response_error",
        "AUTH_FAILED",
        (),
        _IMAP + "rescue Net::IMAP::NoResponseError (the server's tagged NO to LOGIN: wrong "
        "login or password)",
        "",
        "yml",
        "I18n.t('errors.inboxes.imap.no_response_error')",
    ),
    Pick(
        "errors.inboxes.imap.host_unreachable_error",
        "HOST_UNREACHABLE",
        (),
        _IMAP + "rescue Errno::EHOSTUNREACH (no route to the IMAP host)",
        "",
        "yml",
        "I18n.t('errors.inboxes.imap.host_unreachable_error')",
    ),
    Pick(
        "errors.inboxes.imap.connection_timed_out_error",
        "PORT_FILTERED",
        ("address=imap.example.com", "port=993"),
        _IMAP + "rescue Net::OpenTimeout (net-imap's Socket.tcp connect_timeout: the port "
        "never answers)",
        "",
        "yml",
        "I18n.t('errors.inboxes.imap.connection_timed_out_error'",
    ),
    Pick(
        "errors.inboxes.imap.connection_closed_error",
        "CONNECTION_CLOSED",
        (),
        _IMAP + "rescue Net::IMAP::Error (a BYE greeting or response, ByeResponseError, or a "
        "broken response: the server closed the session)",
        "",
        "yml",
        "I18n.t('errors.inboxes.imap.connection_closed_error')",
    ),
    Pick(
        "SSL_connect returned=1 errno=0 peeraddr=203.0.113.10:143 state=error: "
        "wrong version number",
        "TLS_ON_PLAIN_PORT",
        (),
        _IMAP_RAW + _TLS + "'Enable SSL' (implicit TLS) against the plain IMAP port 143: the "
        "server's plain greeting is no TLS record",
        "openssl|returned=%d errno=%d",
        "lib",
        "raise StandardError, e.message",
    ),
    Pick(
        "Connection refused - connect(2) for 203.0.113.10:993",
        "PORT_CLOSED",
        (),
        _IMAP_RAW + "net-imap tcp_socket(): Socket.tcp raises Errno::ECONNREFUSED (Ruby 3.4's "
        "own wording): nothing listens on the IMAP port",
        "net-imap|Socket.tcp(host, port",
        "lib",
        "raise StandardError, e.message",
    ),
    Pick(
        "Timeout to open TCP connection to smtp.example.com:587 (exceeds 30 seconds)",
        "PORT_FILTERED",
        (),
        _SMTP + "net-smtp tcp_socket(): Errno::ETIMEDOUT becomes Net::OpenTimeout after "
        "open_timeout (30 s): the SMTP port never answers",
        "net-smtp|Timeout to open TCP connection to",
        "lib",
        "render json: { message: e }",
    ),
    Pick(
        "Connection refused - connect(2) for 203.0.113.25:587",
        "PORT_CLOSED",
        (),
        _SMTP + "net-smtp tcp_socket(): Socket.tcp raises Errno::ECONNREFUSED (Ruby 3.4's own "
        "wording): nothing listens on the SMTP port",
        "net-smtp|Socket.tcp address, port",
        "lib",
        "render json: { message: e }",
    ),
    Pick(
        "SSL_connect returned=1 errno=0 peeraddr=203.0.113.25:587 state=error: "
        "wrong version number",
        "TLS_ON_PLAIN_PORT",
        (),
        _SMTP
        + "smtp_enable_ssl_tls: enable_tls, tlsconnect() before the greeting; "
        + _TLS
        + "implicit TLS against the submission port 587, which speaks plain SMTP first",
        "openssl|returned=%d errno=%d",
        "lib",
        "render json: { message: e }",
    ),
    Pick(
        "Net::ReadTimeout with #<Socket:(closed)>",
        "NO_GREETING",
        (),
        _SMTP + "recv_response() of the 220 greeting times out after read_timeout (60 s): "
        "net-protocol's ReadTimeout#message names the (by then closed) socket; the server "
        "accepted the connection but never greeted (e.g. STARTTLS/none against port 465)",
        'net-protocol|msg = "#{msg} with #{@io.inspect}"',
        "lib",
        "render json: { message: e }",
    ),
    Pick(
        "SSL_connect returned=1 errno=0 peeraddr=203.0.113.25:465 state=error: "
        "certificate verify failed (self-signed certificate)",
        "CERT_SELF_SIGNED",
        (),
        _SMTP
        + "smtp_openssl_verify_mode 'peer' sets VERIFY_PEER; "
        + _TLS
        + "': certificate verify failed (X509 verify string)': the server's certificate is "
        "self-signed",
        "openssl|SSL_R_CERTIFICATE_VERIFY_FAILED",
        "lib",
        "render json: { message: e }",
    ),
    Pick(
        "SSL_connect returned=1 errno=0 peeraddr=203.0.113.25:465 state=error: "
        "certificate verify failed (certificate has expired)",
        "CERT_EXPIRED",
        (),
        _SMTP
        + "smtp_openssl_verify_mode 'peer' sets VERIFY_PEER; "
        + _TLS
        + "the certificate's notAfter has passed",
        "openssl|SSL_R_CERTIFICATE_VERIFY_FAILED",
        "lib",
        "render json: { message: e }",
    ),
    Pick(
        "SSL_connect returned=1 errno=0 peeraddr=203.0.113.25:587 state=error: "
        "certificate verify failed (unable to get local issuer certificate)",
        "CERT_UNTRUSTED",
        (),
        _SMTP
        + "STARTTLS with smtp_openssl_verify_mode 'peer'; "
        + _TLS
        + "the chain does not reach a trusted root (unknown or missing intermediate CA)",
        "openssl|SSL_R_CERTIFICATE_VERIFY_FAILED",
        "lib",
        "render json: { message: e }",
    ),
    Pick(
        "SSL_connect returned=1 errno=0 peeraddr=203.0.113.25:587 state=error: "
        "certificate verify failed (hostname mismatch)",
        "CERT_HOSTNAME_MISMATCH",
        (),
        _SMTP + "VERIFY_PEER with set_params' verify_hostname: ossl_ssl_verify_callback sets "
        "X509_V_ERR_HOSTNAME_MISMATCH: the certificate does not name the SMTP host",
        "openssl|X509_V_ERR_HOSTNAME_MISMATCH",
        "lib",
        "render json: { message: e }",
    ),
    Pick(
        "535 5.7.8 Error: authentication failed: authentication failure",
        "AUTH_FAILED",
        (),
        _SMTP_REPLY + "Postfix's reply to AUTH LOGIN with a wrong login or password",
        "net-smtp|when /\\A53/ then SMTPAuthenticationError",
        "lib",
        "render json: { message: e }",
    ),
    Pick(
        "534-5.7.9 Application-specific password required. For more information, go to",
        "APP_PASSWORD_REQUIRED",
        (),
        _SMTP_REPLY + "Gmail's multi-line 534 (first line only) to an account password where "
        "2-step verification needs an app password",
        "net-smtp|@string.lines.first",
        "lib",
        "render json: { message: e }",
    ),
    Pick(
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
        "the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
        "PROTOCOL_DISABLED",
        (),
        _SMTP_REPLY + "Exchange Online refuses SMTP AUTH: it is switched off for the tenant",
        "net-smtp|when /\\A53/ then SMTPAuthenticationError",
        "lib",
        "render json: { message: e }",
    ),
    Pick(
        "504 5.7.4 Unrecognized authentication type",
        "AUTH_NOT_OFFERED",
        (),
        _SMTP_REPLY + "the AUTH mechanism picked in smtp_authentication is not one the server "
        "offers (Exchange's wording)",
        "net-smtp|when /\\A50/ then SMTPSyntaxError",
        "lib",
        "render json: { message: e }",
    ),
    Pick(
        "530 5.7.0 Must issue a STARTTLS command first",
        "ENCRYPTION_NOT_USED",
        (),
        _SMTP_REPLY + "encryption off (neither SSL/TLS nor STARTTLS): the server wants "
        "STARTTLS before AUTH",
        "net-smtp|when /\\A53/ then SMTPAuthenticationError",
        "lib",
        "render json: { message: e }",
    ),
    Pick(
        "INBOX_MGMT.SMTP.EDIT.ERROR_MESSAGE",
        None,
        (),
        "app/javascript/dashboard/routes/dashboard/settings/inbox/SmtpSettings.vue: the SMTP "
        "form's catch shows only this, whatever the API's reason: nothing narrows it",
        "",
        "json:inboxMgmt.json",
        "",
    ),
    Pick(
        "INBOX_MGMT.RECONNECTION_REQUIRED",
        "AUTH_FAILED",
        (),
        "app/jobs/inboxes/fetch_imap_emails_job.rb: an OAuth2::Error while fetching a Google/"
        "Microsoft inbox calls channel.authorization_error!; past the threshold the inbox "
        "needs reauthorization and the dashboard banner shows this (the grant no longer "
        "authenticates)",
        "",
        "json:inboxMgmt.json",
        "",
    ),
    # Not a mail-settings problem.
    Pick(
        "devise.failure.not_found_in_database",
        None,
        ("authentication_keys=Email",),
        "devise: sign-in with an unknown email or a wrong Chatwoot password",
        "",
        "devise",
        "",
    ),
    Pick(
        "devise.failure.locked",
        None,
        (),
        "devise lockable: the Chatwoot account is locked",
        "",
        "devise",
        "",
    ),
    Pick(
        "devise.failure.unconfirmed",
        None,
        (),
        "devise confirmable: the Chatwoot user has not confirmed the address",
        "",
        "devise",
        "",
    ),
    Pick(
        "devise.failure.timeout",
        None,
        (),
        "devise timeoutable: the session expired",
        "",
        "devise",
        "",
    ),
    Pick(
        "errors.signup.disposable_email",
        None,
        (),
        "lib/custom_exceptions/account.rb: sign-up with a disposable address",
        "",
        "yml",
        "I18n.t 'errors.signup.disposable_email'",
    ),
    Pick(
        "errors.signup.email_already_exists",
        None,
        ("email=alice@example.com",),
        "lib/custom_exceptions/account.rb: sign-up with an address that has an account",
        "",
        "yml",
        "I18n.t('errors.signup.email_already_exists'",
    ),
    Pick(
        "messages.reset_password_failure",
        None,
        (),
        "app/controllers/devise_overrides/passwords_controller.rb: password reset for an "
        "unknown user",
        "",
        "yml",
        "I18n.t('messages.reset_password_failure')",
    ),
    Pick(
        "errors.slack.invalid_channel_id",
        None,
        (),
        "app/controllers/api/v1/accounts/integrations/slack_controller.rb: Slack integration",
        "",
        "yml",
        "I18n.t('errors.slack.invalid_channel_id')",
    ),
    Pick(
        "LOGIN.API.ERROR_MESSAGE",
        None,
        (),
        "the dashboard's login could not reach Chatwoot's own API (not mail)",
        "",
        "json:login.json",
        "",
    ),
    Pick(
        "SET_NEW_PASSWORD.CAPTCHA.ERROR",
        None,
        (),
        "the password form's captcha expired",
        "",
        "json:setNewPassword.json",
        "",
    ),
    Pick(
        "MFA_SETTINGS.SETUP.INVALID_CODE",
        None,
        (),
        "a wrong two-factor code for Chatwoot",
        "",
        "json:mfa.json",
        "",
    ),
    Pick(
        "You are not authorized to do this action",
        None,
        (),
        "app/controllers/concerns/request_exception_handler.rb: Pundit refuses the action "
        "(the agent's role)",
        "",
        "raw",
        "render_unauthorized('You are not authorized",
    ),
    Pick(
        "Account limit exceeded. Upgrade to a higher plan",
        None,
        (),
        "app/helpers/api/v1/inboxes_helper.rb validate_limit: the plan's inbox limit",
        "",
        "raw",
        "render_payment_required('Account limit exceeded. Upgrade",
    ),
]


def _fill(text: str, values: tuple[str, ...]) -> str:
    table = dict(value.split("=", 1) for value in values)
    return re.sub(r"%\{(\w+)\}", lambda m: table[m[1]], text)


def _dig(table: object, key: str) -> str | None:
    for part in key.split("."):
        if not isinstance(table, dict) or part not in table:
            return None
        table = table[part]
    return table if isinstance(table, str) else None


def _tables(repo: Path, commit: str, pattern: str, kind: str) -> dict[str, tuple[str, object]]:
    import yaml  # PyYAML, in the test extra

    tables = {}
    for lang, name in {"en": "en", **LANG_DIR}.items():
        path = pattern.format(name)
        raw = git(repo, "show", f"{commit}:{path}")
        if kind == "json":
            tables[lang] = (path, json.loads(raw))
        else:
            tables[lang] = (path, yaml.safe_load(raw)[name])
    return tables


def chatwoot(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, CHATWOOT)
    at = f"{CHATWOOT_NAMED}@{commit[:12]}"
    dash = "app/javascript/dashboard/i18n/locale/{}/"
    files = {
        "yml": _tables(repo, commit, "config/locales/{}.yml", "yml"),
        "devise": _tables(repo, commit, "config/locales/devise.{}.yml", "yml"),
    }
    entries = []
    for index, pick in enumerate(PICKS):
        kind = pick.table
        if kind.startswith("json:"):
            name = kind.split(":", 1)[1]
            if kind not in files:
                files[kind] = _tables(repo, commit, dash + name, "json")
        if kind in ("raw", "lib"):
            texts = {"en": pick.key}
            path = HELPER if kind == "lib" else pick.why.split(":")[0].split(" ")[0]
            if kind == "lib" and "render json" in pick.context:
                path = "app/controllers/api/v1/accounts/inboxes_controller.rb"
            sources = {"en": f"{at}:{_where(repo, commit, pick.context, (path,))}"}
            if pick.then:
                lib_name, literal = pick.then.split("|", 1)
                lib_repo, lib_commit = _library(mirrors, LIBS[lib_name])
                where = _where(lib_repo, lib_commit, literal, ("lib", "ext"))
                sources["en"] += f" (then {LIBS[lib_name][0]}@{lib_commit[:12]}:{where})"
        else:
            tables = files[kind]
            english = _dig(tables["en"][1], pick.key)
            assert english, pick.key
            texts = {"en": _fill(english, pick.values)}
            if pick.context:
                sources = {"en": f"{at}:{_where(repo, commit, pick.context, ('app', 'lib'))}"}
            else:
                sources = {"en": f"{at}:{tables['en'][0]}#{pick.key}"}
            for lang, (path, table) in tables.items():
                words = _dig(table, pick.key)
                if lang == "en" or not words or words == english:
                    continue
                texts[lang] = _fill(words, pick.values)
                sources[lang] = f"{at}:{path}#{pick.key}"
        entries.append(_entry("Chatwoot", f"chatwoot.{index}", pick, texts, sources))
    return entries


ABOUT = (
    "The thirty-third held-out set (tools/extract_thirty_third.py): Chatwoot's email inbox "
    "IMAP/SMTP validation (app/helpers/api/v1/inboxes_helper.rb: its own config/locales/<ll>.yml "
    "texts, or net-imap 0.4.20's, net-smtp 0.3.4's, openssl 3.2.0's, net-protocol 0.2.2's or "
    "Ruby 3.4's English reason passed through as e.message, or the SMTP server's reply line, "
    "en only) and its own sign-in, sign-up and dashboard messages (config/locales/devise.<ll>"
    ".yml, app/javascript/dashboard/i18n/locale/<ll>/*.json), chatwoot/chatwoot of January "
    "2026 read from the md-riaz/chatwoot fork's snapshot at the last upstream commit, "
    "extracted and labelled blind from the code; code null: no settings problem. A language "
    "without a translation or with the English one is left out. OpenProject is missing: no "
    "snapshot of it within the fetch size limit."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, chatwoot)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
