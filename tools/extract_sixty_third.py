"""Developer tool: the sixty-third blind held-out set (Diaspora's and Huginn's mail errors).

Mastodon (mastodon/mastodon) was the first choice; its snapshot (about 1 GB) is over the fetch
limit, so its first fallback, Diaspora (diaspora/diaspora), stands in. Diaspora: its
notification mails (app/workers/mail/notifier_base.rb, Notifier.send_notification(...)
.deliver_now in a Sidekiq job) go through ActionMailer 6.1.7.10 and mail 2.9.0 over net-smtp
0.5.1 (Gemfile.lock), with the settings of config/initializers/mailer_config.rb
(enable_starttls_auto only with authentication, no :tls, so no implicit-TLS or forced-STARTTLS
texts); a failed job is logged by Sidekiq 7.3's
default error handler as "<exception class>: <message>"; .ruby-version 3.3, so the socket
texts are Ruby 3.3's (Socket::ResolutionError "getaddrinfo: ...", Errno "... - connect(2) for
"host" port 587") and the TLS ones ruby/openssl 3.2's ossl_ssl.c (ossl_start_ssl: "SSL_connect
returned=1 errno=0 peeraddr=... state=error: ..."), OpenSSL 3's reason strings; en only (the
library texts are untranslated). Its own sign-in, account and form texts from
config/locales/devise/devise.<ll>.yml and config/locales/diaspora/<ll>.yml, code null.
Huginn (huginn/huginn, Ruby 4.0 per Gemfile.lock): EmailAgent and EmailDigestAgent rescue the
delivery error and log "Error sending mail to <to> with event <id>: " / "Error sending digest
mail to <to>: " + e.message (ActionMailer 8.1.3.1, mail 2.9.1, net-smtp 0.5.1; settings in
config/initializers/action_mailer.rb: :tls, or :enable_starttls when
SMTP_ENABLE_STARTTLS_AUTO); the socket texts as Ruby 4.0's happy-eyeballs TCPSocket words
them (ext/socket/ipsocket.c: "getaddrinfo(3): ..."), OpenSSL texts as ruby/openssl 4.0.2
(same format). ImapFolderAgent's check over net-imap 0.6.6 raises; AgentCheckJob logs
"Exception during check. <message>: <backtrace>" (the backtrace left out here). Its own
option-validation texts, code null; English only (Huginn has no translations).
Labelled blind from the code that raises each string.

    python -m tools.extract_sixty_third MIRRORS_DIR benchmarks/data/sixty_third_texts.json

MIRRORS_DIR holds `diaspora+diaspora/repo`, `huginn+huginn/repo`, `ruby+net-smtp/repo`,
`ruby+net-imap/repo` and `ruby+openssl/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from tools.extract_fresh_texts import Pick, _entry, _library, _where, git, write_set

DIASPORA = ("diaspora/diaspora", "ea6c79a94cb2e3d73e3fe28cd81fa09c5c437cb8")
HUGINN = ("huginn/huginn", "9faad4aeee0d97570693377e0a281567e775abb4")
NET_SMTP = ("ruby/net-smtp", "a0075eb8a74910bd05566f0a208589263bce7597")  # v0.5.1
NET_IMAP = ("ruby/net-imap", "7cc1dd0a11a4f5faeb5c92676f78e348a0104a87")  # v0.6.6
OPENSSL = ("ruby/openssl", "5fe1b71b1cf233ca178fb1e2e9617840cb39f00a")  # past v4.0.2
LANGS = ("de", "fr", "es", "it", "nl", "pt-BR", "pl", "ja")

HOST, PEER = "smtp.example.com", "203.0.113.25"
SSL_HEAD = "SSL_connect returned=1 errno=0 peeraddr={peer} state=error: "
VERIFY = "certificate verify failed ({})"

# (library, literal in the library that raises it) for each kind of reason.
_SMTP_REPLY = ("smtp", "raise res.exception_class.new(res)")
_SMTP_AUTH = ("smtp", "raise SMTPAuthenticationError.new(res) unless res.success?")
_SMTP_OPEN = ("smtp", "Timeout.timeout(@open_timeout, Net::OpenTimeout)")
_SMTP_TCP = ("smtp", "TCPSocket.open address, port")
_SMTP_TLS = ("smtp", "ssl_socket_connect(s, @open_timeout)")
_SMTP_NOTLS = ("smtp", 'raise SMTPUnsupportedCommand, "STARTTLS is not supported')
_SSL = ("openssl", "returned=%d errno=%d peeraddr=")
_IMAP_NO = ("imap", "raise NoResponseError, resp")
_IMAP_BYE = ("imap", 'when "BYE"     then state_logout!; raise ByeResponseError')
_IMAP_GREET = ("imap", 'raise Error, "No server greeting - connection closed"')
_IMAP_OPEN = ("imap", 'raise Net::OpenTimeout, "Timeout to open TCP connection to "')
_IMAP_LOGIN = ("imap", "raise LoginDisabledError")
_IMAP_TLS = ("imap", "ssl_socket_connect(@sock, open_timeout)")


def _smtp(gai: str, implicit: bool) -> list[tuple[str, str, str, tuple[str, str]]]:
    """(exception class, message, code, why + raiser) of the net-smtp 0.5.1 delivery failures;
    without `implicit` (an app that sets neither :tls nor :enable_starttls) the TLS ones are
    STARTTLS's on 587 and the two that need those settings are left out."""
    starttls = SSL_HEAD.format(peer=f"{PEER}:587")
    ssl = SSL_HEAD.format(peer=f"{PEER}:465") if implicit else starttls
    needs = {"TLS_ON_PLAIN_PORT", "STARTTLS_NOT_OFFERED"}
    picks = [
        (
            "Net::SMTPAuthenticationError",
            "535-5.7.8 Username and Password not accepted. For more information, go to",
            "AUTH_FAILED|AUTH PLAIN answered 535 (Authenticator#finish; the message is the "
            "reply's first line only, Response#message): user name or password refused",
            _SMTP_AUTH,
        ),
        (
            "Net::SMTPAuthenticationError",
            "535 5.7.3 Authentication unsuccessful",
            "AUTH_FAILED|AUTH PLAIN refused with 535 5.7.3, the credentials are wrong",
            _SMTP_AUTH,
        ),
        (
            "Net::SMTPAuthenticationError",
            "534-5.7.9 Application-specific password required. Learn more at",
            "APP_PASSWORD_REQUIRED|AUTH answered 534 5.7.9: the account has two-step "
            "verification and wants an app password",
            _SMTP_AUTH,
        ),
        (
            "Net::SMTPAuthenticationError",
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled "
            "for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
            "PROTOCOL_DISABLED|AUTH refused because SMTP AUTH is switched off for the "
            "organisation, not a wrong password",
            _SMTP_AUTH,
        ),
        (
            "Net::SMTPAuthenticationError",
            "530 5.7.0 Must issue a STARTTLS command first.",
            "PLAINTEXT_AUTH_DISABLED|AUTH sent without STARTTLS (enable_starttls_auto off); "
            "the server refuses a login on the unencrypted session (53x is "
            "SMTPAuthenticationError, Response#exception_class)",
            _SMTP_AUTH,
        ),
        (
            "Net::SMTPAuthenticationError",
            "504 5.7.4 Unrecognized authentication type",
            "AUTH_NOT_OFFERED|AUTH PLAIN sent to a server that does not offer that mechanism "
            "(finish() raises SMTPAuthenticationError for any non-2xx)",
            _SMTP_AUTH,
        ),
        (
            "Net::OpenTimeout",
            "execution expired",
            "PORT_FILTERED|do_start(): TCPSocket.open inside Timeout.timeout(open_timeout, "
            "Net::OpenTimeout), the timeout gem's default message: no answer to the SYN, a "
            "firewall drops it",
            _SMTP_OPEN,
        ),
        (
            "Errno::ECONNREFUSED",
            f'Connection refused - connect(2) for "{HOST}" port 587',
            "PORT_CLOSED|tcp_socket(): connect(2) ECONNREFUSED, nothing listens on the port",
            _SMTP_TCP,
        ),
        (
            "Errno::EHOSTUNREACH",
            f'No route to host - connect(2) for "{HOST}" port 587',
            "HOST_UNREACHABLE|tcp_socket(): connect(2) EHOSTUNREACH, no route to the server",
            _SMTP_TCP,
        ),
        (
            "Socket::ResolutionError",
            f"{gai}: Name or service not known",
            "HOST_NOT_FOUND|tcp_socket(): getaddrinfo EAI_NONAME, the host name does not resolve",
            _SMTP_TCP,
        ),
        (
            "Socket::ResolutionError",
            f"{gai}: Temporary failure in name resolution",
            "DNS_FAILURE|tcp_socket(): getaddrinfo EAI_AGAIN, the resolver did not answer",
            _SMTP_TCP,
        ),
        (
            "OpenSSL::SSL::SSLError",
            starttls + "wrong version number",
            "TLS_ON_PLAIN_PORT|tls: true (implicit TLS) against port 587, which speaks plain "
            "SMTP first: tlsconnect() before the greeting, OpenSSL reads it as a TLS record",
            _SSL,
        ),
        (
            "OpenSSL::SSL::SSLError",
            ssl + VERIFY.format("unable to get local issuer certificate"),
            "CERT_UNTRUSTED|the default SSLContext verifies the peer: the chain does not lead "
            "to a trusted CA (X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY)",
            _SSL,
        ),
        (
            "OpenSSL::SSL::SSLError",
            starttls + VERIFY.format("self-signed certificate"),
            "CERT_SELF_SIGNED|after STARTTLS: the server's certificate is self-signed "
            "(X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT, OpenSSL 3 wording)",
            _SSL,
        ),
        (
            "OpenSSL::SSL::SSLError",
            starttls + VERIFY.format("certificate has expired"),
            "CERT_EXPIRED|after STARTTLS: X509_V_ERR_CERT_HAS_EXPIRED",
            _SSL,
        ),
        (
            "OpenSSL::SSL::SSLError",
            ssl + VERIFY.format("Hostname mismatch"),
            "CERT_HOSTNAME_MISMATCH|set_params' verify_hostname: ruby/openssl's verify "
            "callback sets X509_V_ERR_HOSTNAME_MISMATCH, the certificate names another host",
            _SSL,
        ),
        (
            "OpenSSL::SSL::SSLError",
            ssl + "unsupported protocol",
            "TLS_OUTDATED|the server offers only TLS 1.0/1.1, below OpenSSL 3's floor",
            _SSL,
        ),
        (
            "Net::SMTPUnsupportedCommand",
            "STARTTLS is not supported on this server",
            "STARTTLS_NOT_OFFERED|do_start(): STARTTLS required (enable_starttls) but EHLO "
            "does not name it",
            _SMTP_NOTLS,
        ),
        (
            "Net::SMTPServerBusy",
            "421 4.7.0 Try again later, closing connection. (EHLO)",
            "RATE_LIMITED|a 4xx (SMTPServerBusy) 421 4.7.0 try again later: the server "
            "throttles this client",
            _SMTP_REPLY,
        ),
        (
            "Net::SMTPServerBusy",
            "450 4.7.1 Error: too much mail from 198.51.100.7",
            "RATE_LIMITED|MAIL FROM answered 450 4.7.1: the per-client sending limit",
            _SMTP_REPLY,
        ),
        (
            "Net::SMTPFatalError",
            "554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using "
            "zen.spamhaus.org",
            "REJECTED_AS_SPAM|the greeting (check_response on recv_response) is a 554: the "
            "sending host's IP is on a block list",
            _SMTP_REPLY,
        ),
        (
            "Net::SMTPFatalError",
            "553 5.7.1 <no-reply@pod.example.net>: Sender address rejected: not owned by user "
            "alice@example.com",
            "SENDER_REFUSED|MAIL FROM answered 553: the From address is not one the account "
            "may send as",
            _SMTP_REPLY,
        ),
        (
            "Net::SMTPFatalError",
            "554 5.7.1 <bob@example.org>: Relay access denied",
            "RELAY_REFUSED|RCPT TO another domain on a session that did not log in",
            _SMTP_REPLY,
        ),
        (
            "Net::SMTPFatalError",
            "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual "
            "mailbox table",
            "RECIPIENT_UNKNOWN|RCPT TO answered 550 5.1.1: the address does not exist",
            _SMTP_REPLY,
        ),
        (
            "Net::SMTPServerBusy",
            "452-4.2.2 The recipient's inbox is out of storage space. Please direct the",
            "RECIPIENT_MAILBOX_FULL|RCPT TO answered 452 4.2.2: the recipient's mailbox is full",
            _SMTP_REPLY,
        ),
        (
            "Net::SMTPFatalError",
            "552 5.3.4 Message size exceeds fixed limit",
            "SIZE_LIMIT|the end of DATA answered 552 5.3.4: the message is over the size limit",
            _SMTP_REPLY,
        ),
    ]
    return [p for p in picks if implicit or p[2].split("|")[0] not in needs]


_IMAP_HOST, _IMAP_PEER = "imap.example.com", "203.0.113.30"


def _imap() -> list[tuple[str, str, tuple[str, str]]]:
    """(message, code|why, raiser) of the ImapFolderAgent's net-imap 0.6.6 failures."""
    ssl = SSL_HEAD.format(peer=f"{_IMAP_PEER}:993")
    return [
        (
            "[AUTHENTICATIONFAILED] Invalid credentials (Failure)",
            "AUTH_FAILED|LOGIN answered NO [AUTHENTICATIONFAILED] (get_tagged_response, the "
            "message is the response text): user name or password refused",
            _IMAP_NO,
        ),
        (
            "[AUTHENTICATIONFAILED] Authentication failed.",
            "AUTH_FAILED|LOGIN answered NO [AUTHENTICATIONFAILED]: the credentials are wrong",
            _IMAP_NO,
        ),
        (
            "[ALERT] Application-specific password required: "
            "https://support.google.com/accounts/answer/185833 (Failure)",
            "APP_PASSWORD_REQUIRED|LOGIN answered NO: the account wants an app password",
            _IMAP_NO,
        ),
        (
            "[ALERT] Please log in via your web browser: "
            "https://support.google.com/mail/accounts/answer/78754 (Failure)",
            "WEB_LOGIN_REQUIRED|LOGIN answered NO: the provider wants a sign-in in the browser "
            "first",
            _IMAP_NO,
        ),
        (
            "[UNAVAILABLE] Temporary authentication failure.",
            "AUTH_TEMPORARY_FAILURE|LOGIN answered NO [UNAVAILABLE]: the server could not check "
            "the password just now",
            _IMAP_NO,
        ),
        (
            "Remote server has disabled the LOGIN command",
            "PLAINTEXT_AUTH_DISABLED|login(): the capabilities name LOGINDISABLED (ssl off, "
            "port 143, no STARTTLS): LoginDisabledError's default message",
            _IMAP_LOGIN,
        ),
        (
            "Too many connections from your IP address",
            "RATE_LIMITED|the greeting is * BYE (get_server_greeting raises ByeResponseError "
            "with its text): the server limits connections from this client",
            _IMAP_BYE,
        ),
        (
            "No server greeting - connection closed",
            "CONNECTION_CLOSED|get_server_greeting(): the server hung up before its greeting",
            _IMAP_GREET,
        ),
        (
            f"Timeout to open TCP connection to {_IMAP_HOST}:993 (exceeds 30 seconds)",
            "PORT_FILTERED|tcp_socket(): Socket.tcp connect_timeout (Config open_timeout 30) "
            "ETIMEDOUT re-raised as Net::OpenTimeout: a firewall drops the SYN",
            _IMAP_OPEN,
        ),
        (
            SSL_HEAD.format(peer=f"{_IMAP_PEER}:143") + "wrong version number",
            "TLS_ON_PLAIN_PORT|ssl true with port 143: start_tls_session() on a plain IMAP "
            "port, OpenSSL reads the greeting as a TLS record",
            _SSL,
        ),
        (
            ssl + VERIFY.format("self-signed certificate"),
            "CERT_SELF_SIGNED|start_tls_session(): the default SSLContext verifies the peer, "
            "the certificate is self-signed",
            _SSL,
        ),
        (
            ssl + VERIFY.format("Hostname mismatch"),
            "CERT_HOSTNAME_MISMATCH|verify_hostname: the certificate names another host",
            _SSL,
        ),
        (
            ssl + VERIFY.format("unable to get local issuer certificate"),
            "CERT_UNTRUSTED|the chain does not lead to a trusted CA",
            _SSL,
        ),
    ]


def _raised_at(mirrors: Path, raiser: tuple[str, str]) -> str:
    lib, literal = raiser
    pin, paths = {
        "smtp": (NET_SMTP, ("lib/net/smtp.rb", "lib/net/smtp")),
        "imap": (NET_IMAP, ("lib/net/imap.rb",)),
        "openssl": (OPENSSL, ("ext/openssl/ossl_ssl.c",)),
    }[lib]
    repo, commit = _library(mirrors, pin)
    return f"{pin[0]}@{commit[:12]}:{_where(repo, commit, literal, paths)}"


def _flat(tree: object, prefix: str = "") -> dict[str, str]:
    if isinstance(tree, dict):
        out: dict[str, str] = {}
        for key, value in tree.items():
            out.update(_flat(value, f"{prefix}.{key}" if prefix else str(key)))
        return out
    return {prefix: tree} if isinstance(tree, str) else {}


def _fill(text: str, values: tuple[str, ...], strict: bool = True) -> str:
    """A Rails i18n text with its %{name} filled (a translation may leave one out)."""
    for pair in values:
        name, value = pair.split("=", 1)
        assert not strict or f"%{{{name}}}" in text, (text, name)
        text = text.replace(f"%{{{name}}}", value)
    return " ".join(text.split())


DEVISE_OWN: list[Pick] = [
    Pick("devise.failure.locked", None),
    Pick("devise.failure.last_attempt", None),
    Pick("devise.failure.unconfirmed", None),
    Pick("devise.failure.timeout", None),
    Pick("devise.failure.unauthenticated", None),
    Pick("devise.failure.inactive", None),
    Pick("devise.passwords.no_token", None),
    Pick("devise.passwords.send_paranoid_instructions", None),
]
DIASPORA_OWN: list[Pick] = [
    Pick("users.update.password_not_changed", None),
    Pick("users.update.settings_not_updated", None),
    Pick("users.update.unconfirmed_email_not_changed", None),
    Pick("users.update.unconfirmed_email_changed", None),
    Pick("users.update.settings_updated", None),
    Pick("users.destroy.wrong_password", None),
    Pick("users.destroy.no_password", None),
    Pick("users.confirm_email.email_not_confirmed", None),
    Pick("two_factor_auth.flash.error_token", None),
    Pick("invitations.create.no_more", None),
    Pick("invitations.create.empty", None),
    Pick("invitations.create.closed", None),
    Pick(
        "invitations.create.rejected",
        None,
        ("emails=bob@example",),
        why="app/controllers/invitations_controller.rb: addresses that fail the form's e-mail "
        "check, before any mail is sent",
    ),
    Pick("error_messages.csrf_token_fail", None),
    Pick("error_messages.helper.correct_the_following_errors_and_try_again", None),
    Pick("photos.create.integrity_error", None),
]


def diaspora(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, DIASPORA)
    at = f"{DIASPORA[0]}@{commit[:12]}"
    lock = git(repo, "show", f"{commit}:Gemfile.lock")
    for pin in ("net-smtp (0.5.1)", "actionmailer (6.1.7.10)", "mail (2.9.0)", "sidekiq (7.3"):
        assert f"    {pin}" in lock, pin
    assert git(repo, "show", f"{commit}:.ruby-version").strip() == "3.3"
    send = _where(repo, commit, ".deliver_now", ("app/workers/mail/notifier_base.rb",))
    conf = _where(repo, commit, "enable_starttls_auto:", ("config/initializers/mailer_config.rb",))
    entries: list[dict[str, object]] = []
    for klass, message, label, raiser in _smtp("getaddrinfo", implicit=False):
        code, why = label.split("|", 1)
        why = (
            f"{send}: a Sidekiq mail job's deliver_now through ActionMailer's smtp delivery "
            f"({conf}); the exception fails the job and Sidekiq 7.3's default error handler "
            "logs '<class>: <message>' (Ruby 3.3, net-smtp 0.5.1): " + why
        )
        source = f"{at}:{send} (then {_raised_at(mirrors, raiser)})"
        pick = Pick(message, code, why=why)
        text = f"{klass}: {message}"
        entries.append(
            _entry("Diaspora", f"diaspora.{len(entries)}", pick, {"en": text}, {"en": source})
        )
    for folder, stem, picks in (
        ("config/locales/devise", "devise.{}.yml", DEVISE_OWN),
        ("config/locales/diaspora", "{}.yml", DIASPORA_OWN),
    ):
        tables = {}
        for lang in ("en", *LANGS):
            path = f"{folder}/{stem.format(lang)}"
            tables[lang] = (
                path,
                _flat(yaml.safe_load(git(repo, "show", f"{commit}:{path}"))[lang]),
            )
        for pick in picks:
            english = tables["en"][1][pick.key]
            texts = {"en": _fill(english, pick.values)}
            sources = {"en": f"{at}:{tables['en'][0]}#{pick.key}"}
            for lang in LANGS:
                words = tables[lang][1].get(pick.key)
                if words and words != english:
                    texts[lang] = _fill(words, pick.values, strict=False)
                    sources[lang] = f"{at}:{tables[lang][0]}#{pick.key}"
            if not pick.why:
                pick = Pick(
                    pick.key,
                    None,
                    why=f"{tables['en'][0]}: Diaspora's own sign-in, account or form message, "
                    "no mail setting involved",
                )
            entries.append(_entry("Diaspora", f"diaspora.{len(entries)}", pick, texts, sources))
    return entries


# (the text shown, its file, the literal that makes it: a "%s" one filled with the key)
HUGINN_OWN: list[tuple[str, str, str]] = [
    (
        "host is required and must be a string",
        "app/models/agents/imap_folder_agent.rb",
        "'%s is required and must be a string' % key",
    ),
    ("port must be a positive integer", "app/models/agents/imap_folder_agent.rb", ""),
    (
        "ssl must be a boolean value",
        "app/models/agents/imap_folder_agent.rb",
        "'%s must be a boolean value' % key",
    ),
    ("folders should not be empty", "app/models/agents/imap_folder_agent.rb", ""),
    ("folders must be an array", "app/models/agents/imap_folder_agent.rb", ""),
    ("mime_types must be an array", "app/models/agents/imap_folder_agent.rb", ""),
    ("conditions must be a hash", "app/models/agents/imap_folder_agent.rb", ""),
    ("Invalid expected_update_period_in_days format", "app/models/agents/imap_folder_agent.rb", ""),
    (
        "subject and expected_receive_period_in_days are required",
        "app/concerns/email_concern.rb",
        "",
    ),
    (
        "'when provided, 'recipients' should be an email address or an array of email addresses",
        "app/concerns/email_concern.rb",
        "",
    ),
]


def huginn(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, HUGINN)
    at = f"{HUGINN[0]}@{commit[:12]}"
    lock = git(repo, "show", f"{commit}:Gemfile.lock")
    for pin in ("net-smtp (0.5.1)", "net-imap (0.6.6)", "actionmailer (8.1.3.1)", "ruby 4.0"):
        assert f" {pin}" in lock, pin
    agent = "app/models/agents/email_agent.rb"
    digest = "app/models/agents/email_digest_agent.rb"
    imap = "app/models/agents/imap_folder_agent.rb"
    sent = _where(repo, commit, 'error("Error sending mail to', (agent,))
    digest_at = _where(repo, commit, 'error("Error sending digest mail to', (digest,))
    check = _where(repo, commit, 'agent.error "Exception during check.', ("app/jobs",))
    conf = _where(repo, commit, "config[:enable_starttls] = true", ("config/initializers",))
    entries: list[dict[str, object]] = []
    for index, (_klass, message, label, raiser) in enumerate(
        _smtp("getaddrinfo(3)", implicit=True)
    ):
        code, why = label.split("|", 1)
        if index % 3 == 2:
            where, text = digest_at, f"Error sending digest mail to bob@example.org: {message}"
            who = "EmailDigestAgent#check"
        else:
            where, text = sent, f"Error sending mail to bob@example.org with event 4711: {message}"
            who = "EmailAgent#receive"
        why = (
            f"{where}: {who} rescues the deliver_now error and logs its message (no class) in "
            f"the agent's log ({conf}; Ruby 4.0, net-smtp 0.5.1): " + why
        )
        source = f"{at}:{where} (then {_raised_at(mirrors, raiser)})"
        pick = Pick(message, code, why=why)
        entries.append(
            _entry("Huginn", f"huginn.{len(entries)}", pick, {"en": text}, {"en": source})
        )
    opened = _where(repo, commit, "Client.open(host, port:, ssl:)", (imap,))
    for message, label, raiser in _imap():
        code, why = label.split("|", 1)
        why = (
            f"{imap} each_unread_mail() ({opened}) raises out of check; {check} logs "
            "'Exception during check. <message>: <backtrace>' (backtrace left out): " + why
        )
        source = f"{at}:{check} (then {_raised_at(mirrors, raiser)})"
        pick = Pick(message, code, why=why)
        text = f"Exception during check. {message}"
        entries.append(
            _entry("Huginn", f"huginn.{len(entries)}", pick, {"en": text}, {"en": source})
        )
    for message, path, literal in HUGINN_OWN:
        where = _where(repo, commit, literal or message, (path,))
        pick = Pick(
            message,
            None,
            why=f"{where}: the agent's option validation (errors.add), shown on the agent's "
            "form before anything connects",
        )
        entries.append(
            _entry(
                "Huginn", f"huginn.{len(entries)}", pick, {"en": message}, {"en": f"{at}:{where}"}
            )
        )
    return entries


ABOUT = (
    "The sixty-third held-out set (tools/extract_sixty_third.py): Diaspora (diaspora/diaspora, "
    "standing in for Mastodon, whose snapshot is too big to fetch): its Sidekiq mail jobs "
    "through ActionMailer 6.1 over net-smtp 0.5.1 (Gemfile.lock), the failures as Sidekiq logs "
    "them ('<class>: <message>', Ruby 3.3 socket texts, ruby/openssl's SSL_connect texts with "
    "OpenSSL 3 reasons), en only; its own sign-in, account and form texts from "
    "config/locales/devise/devise.<ll>.yml and config/locales/diaspora/<ll>.yml. Huginn "
    "(huginn/huginn): EmailAgent's and EmailDigestAgent's agent-log errors ('Error sending mail "
    "to ...: ' + the net-smtp 0.5.1 message, Ruby 4.0 socket texts) and ImapFolderAgent's "
    "'Exception during check. ' + the net-imap 0.6.6 message; its option-validation texts; "
    "English only. Extracted and labelled blind from the code that raises each string; code "
    "null: no mail-settings problem or nothing narrowing it. A language without a translation "
    "or with the English one is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, diaspora, huginn)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
