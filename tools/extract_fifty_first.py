"""The fifty-first blind set: Mailnag and imapfilter, two mail notifiers/filters that log in to
IMAP (and POP3).

Mailnag (pulb/mailnag): what its daemon logs when an account's mailbox does not open
(Mailnag/daemon/mails.py, idlers.py: "Failed to open mailbox for account '<name>' (<str(ex)>)."),
str(ex) being its bundled imaplib2's (Mailnag/common/imaplib2.py), CPython 3.11's poplib, ssl
or socket words; its own other log lines; and its gettext messages with their po/<ll>.po
translations (a language without, with a fuzzy or with the English translation is left out).
imapfilter (lefcha/imapfilter): its C sources' error() lines ("imapfilter: " on stderr) for
getaddrinfo, connect, the TLS handshake (OpenSSL 3's ERR_error_string and
X509_verify_cert_error_string words), login and the IMAP NO/BAD replies it prints, its Lua
side's errors (src/account.lua), and its other messages; English only.

    python -m tools.extract_fifty_first MIRRORS_DIR benchmarks/data/fifty_first_texts.json

MIRRORS_DIR is where `fetch` puts its snapshots (owner+name/repo, bare git).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _entry, _library, _po_catalogs, _po_translated, _where

MAILNAG_PIN = ("pulb/mailnag", "7ef91050cf3ccea2eeca13aefdbac29716806487")
IMAPFILTER_PIN = ("lefcha/imapfilter", "23b693f7f7cad8b459beb5cf748078f9cc0e5dc8")
MAILNAG_PO = {"de": "de", "fr": "fr", "es": "es", "it": "it", "pl": "pl", "pt-BR": "pt_BR"}

_OPEN = "Failed to open mailbox for account '%s' (%s)."
_MAILS = "Mailnag/daemon/mails.py"
_IDLERS = "Mailnag/daemon/idlers.py"
_I2 = "imaplib2:"
_PY = "CPython 3.11 "
_SSL = (
    "CPython 3.11.7 Modules/_ssl.c fill_and_set_sslerror() '[SSL: <reason>] <text> (_ssl.c:1006)'"
)
_DV = "server reply (Dovecot's wording)"
_GM = "server reply (Gmail's wording)"
_POLL = (
    "MailCollector.collect_mail() (Mailnag/daemon/mails.py, the polling check of every account) "
    "catches acc.open()'s exception and logs it with str(ex); "
)
_IMAPC = (
    "IMAPMailboxBackend._connect() (Mailnag/backends/imap.py): imaplib2.IMAP4_SSL (Enable SSL "
    "encryption) or IMAP4 then starttls() if offered, then login() (or CRAM-MD5/XOAUTH2); "
)
_POPC = (
    "POP3MailboxBackend.open() (Mailnag/backends/pop3.py): poplib.POP3_SSL or POP3 then stls() "
    "(failure only warned), then user() and pass_(); "
)


def _acct(reason: str) -> str:
    return _OPEN % ("Work", reason)


# (source path, library cite, pick): pick.key is the literal the path shows; pick.then, if any,
# is the shown text (else pick.key % pick.values, or the translated msgid's words).
MAILNAG: list[tuple[str, str, Pick]] = [
    (
        _MAILS,
        _I2 + "return socket.create_connection((self.host, self.port))",
        Pick(
            _OPEN,
            "HOST_NOT_FOUND",
            then=_acct("[Errno -2] Name or service not known"),
            why=f"{_POLL}{_IMAPC}IMAP4.open_socket() socket.create_connection() -> getaddrinfo "
            "EAI_NONAME (CPython 3.11 socket.gaierror): the server name does not resolve",
        ),
    ),
    (
        _MAILS,
        _PY + "Lib/poplib.py POP3._create_socket() socket.create_connection()",
        Pick(
            _OPEN,
            "DNS_FAILURE",
            then=_acct("[Errno -3] Temporary failure in name resolution"),
            why=f"{_POLL}{_POPC}getaddrinfo EAI_AGAIN: the resolver did not answer",
        ),
    ),
    (
        _MAILS,
        _I2 + "return socket.create_connection((self.host, self.port))",
        Pick(
            _OPEN,
            "PORT_CLOSED",
            then=_acct("[Errno 111] Connection refused"),
            why=f"{_POLL}{_IMAPC}connect(2) ECONNREFUSED: nothing listens on the port",
        ),
    ),
    (
        _MAILS,
        _PY + "Lib/poplib.py POP3._create_socket() socket.create_connection()",
        Pick(
            _OPEN,
            "PORT_FILTERED",
            then=_acct("[Errno 110] Connection timed out"),
            why=f"{_POLL}{_POPC}connect(2) ETIMEDOUT (no socket timeout is set, the kernel's "
            "SYN retries run out): the port is dropped by a firewall",
        ),
    ),
    (
        _MAILS,
        _I2 + "return socket.create_connection((self.host, self.port))",
        Pick(
            _OPEN,
            "HOST_UNREACHABLE",
            then=_acct("[Errno 113] No route to host"),
            why=f"{_POLL}{_IMAPC}connect(2) EHOSTUNREACH",
        ),
    ),
    (
        _MAILS,
        _I2 + "self.sock = ssl.wrap_socket(",
        Pick(
            _OPEN,
            "TLS_ON_PLAIN_PORT",
            then=_acct("[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)"),
            why=f"{_POLL}{_IMAPC}IMAP4_SSL.ssl_wrap_socket() to the plain port 143: the "
            f"handshake reads the '* OK' greeting as a TLS record ({_SSL})",
        ),
    ),
    (
        _MAILS,
        _PY + "Lib/poplib.py POP3_SSL._create_socket() context.wrap_socket()",
        Pick(
            _OPEN,
            "TLS_OUTDATED",
            then=_acct("[SSL: UNSUPPORTED_PROTOCOL] unsupported protocol (_ssl.c:1006)"),
            why=f"{_POLL}{_POPC}POP3_SSL to a server that offers only TLS 1.0/1.1, which "
            f"OpenSSL 3's default security level refuses ({_SSL})",
        ),
    ),
    (
        _MAILS,
        _I2 + "self.sock = ssl.wrap_socket(",
        Pick(
            _OPEN,
            "TLS_HANDSHAKE_FAILED",
            then=_acct(
                "[SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] sslv3 alert handshake failure (_ssl.c:1006)"
            ),
            why=f"{_POLL}{_IMAPC}the server's handshake_failure alert: no cipher or protocol "
            f"in common ({_SSL})",
        ),
    ),
    (
        _MAILS,
        _I2 + "self.sock = ssl.wrap_socket(",
        Pick(
            _OPEN,
            None,
            then=_acct("module 'ssl' has no attribute 'wrap_socket'"),
            why=f"{_POLL}{_IMAPC}imaplib2 3.05 calls ssl.wrap_socket(), which CPython 3.12 "
            "removed: Mailnag at this commit under a newer Python, no mail setting at fault",
        ),
    ),
    (
        _MAILS,
        _I2 + "typ, dat = self._simple_command('LOGIN'",
        Pick(
            _OPEN,
            "AUTH_FAILED",
            then=_acct("b'[AUTHENTICATIONFAILED] Authentication failed.'"),
            why=f"{_POLL}{_IMAPC}IMAP4.login(): a tagged NO raises self.error(dat[-1]) (bytes, "
            f"so str() shows b'...'); {_DV}: wrong user name or password",
        ),
    ),
    (
        _MAILS,
        _I2 + "typ, dat = self._simple_command('LOGIN'",
        Pick(
            _OPEN,
            "APP_PASSWORD_REQUIRED",
            then=_acct(
                "b'[ALERT] Application-specific password required: "
                "https://support.google.com/accounts/answer/185833 (Failure)'"
            ),
            why=f"{_POLL}{_IMAPC}IMAP4.login() NO; {_GM} for an account with 2-step "
            "verification signing in with its normal password",
        ),
    ),
    (
        _MAILS,
        _I2 + "typ, dat = self._simple_command('LOGIN'",
        Pick(
            _OPEN,
            "WEB_LOGIN_REQUIRED",
            then=_acct(
                "b'[ALERT] Please log in via your web browser: "
                "https://support.google.com/mail/accounts/answer/78754 (Failure)'"
            ),
            why=f"{_POLL}{_IMAPC}IMAP4.login() NO; {_GM}: the provider wants a sign-in in the "
            "browser first",
        ),
    ),
    (
        _MAILS,
        _I2 + "typ, dat = self._simple_command('LOGIN'",
        Pick(
            _OPEN,
            "PROTOCOL_DISABLED",
            then=_acct(
                "b'[ALERT] Your account is not enabled for IMAP use. Please visit your Gmail "
                "settings page and enable your account for IMAP access. (Failure)'"
            ),
            why=f"{_POLL}{_IMAPC}IMAP4.login() NO; {_GM}: IMAP access is off for the account",
        ),
    ),
    (
        _MAILS,
        _I2 + "typ, dat = self._simple_command('LOGIN'",
        Pick(
            _OPEN,
            "PLAINTEXT_AUTH_DISABLED",
            then=_acct(
                "b'[PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure "
                "(SSL/TLS) connections.'"
            ),
            why=f"{_POLL}{_IMAPC}SSL off and no STARTTLS offered, so login() goes out in the "
            f"clear; {_DV} (disable_plaintext_auth)",
        ),
    ),
    (
        _IDLERS,
        _I2 + "self._deliver_exc(self.error, dat[-1], kw)",
        Pick(
            "Error: Failed to create an idler thread for account '%s' (%s)",
            "AUTH_FAILED",
            ("Gmail", "b'[AUTHENTICATIONFAILED] Invalid credentials (Failure)'"),
            why="IdlerRunner.start() (Mailnag/daemon/idlers.py): Idler.start() opens the Push-IMAP "
            "account; with the GNOME Online Accounts plugin's XOAUTH2 string, IMAP4.authenticate() "
            f"raises self.error(dat[-1]) on NO; {_GM}: the token was refused",
        ),
    ),
    (
        _IDLERS,
        _I2 + "raise self.abort(bye[-1].decode('ASCII', 'replace'))",
        Pick(
            "Failed to open mailbox for account '%s' (%s).",
            "RATE_LIMITED",
            (
                "Work",
                "Maximum number of connections from user+IP exceeded "
                "(mail_max_userip_connections=10)",
            ),
            why="Idler._idle() (Mailnag/daemon/idlers.py) opens its account; imaplib2 "
            "_check_bye() raises abort(<the BYE text>); "
            f"{_DV}: the per-user connection limit is named",
        ),
    ),
    (
        _MAILS,
        _I2 + 'raise self.error("Couldn\'t establish TLS session: %s" % dat)',
        Pick(
            _OPEN,
            "STARTTLS_FAILED",
            then=_acct("Couldn't establish TLS session: [b'TLS initialization failed']"),
            why=f"{_POLL}{_IMAPC}SSL off, the server offers STARTTLS but answers it NO: "
            "imaplib2 starttls() raises with the reply's data list",
        ),
    ),
    (
        "Mailnag/backends/imap.py",
        "",
        Pick(
            "Using unencrypted connection for account '%s'",
            "ENCRYPTION_NOT_USED",
            ("Work",),
            why="IMAPMailboxBackend._connect() with Enable SSL encryption off and no STARTTLS in "
            "the capabilities (pop3.py: stls() failing) logs this warning and logs in in the clear",
        ),
    ),
    (
        _MAILS,
        _PY + "Lib/poplib.py POP3._getresp() raises error_proto(resp)",
        Pick(
            _OPEN,
            "AUTH_FAILED",
            then=_acct("b'-ERR [AUTH] Authentication failed.'"),
            why=f"{_POLL}{_POPC}pass_() gets '-ERR', poplib raises error_proto(<bytes line>); "
            f"{_DV}",
        ),
    ),
    (
        _MAILS,
        _PY + "Lib/poplib.py POP3._getresp() raises error_proto(resp)",
        Pick(
            _OPEN,
            "APP_PASSWORD_REQUIRED",
            then=_acct(
                "b'-ERR [AUTH] Application-specific password required: "
                "https://support.google.com/accounts/answer/185833'"
            ),
            why=f"{_POLL}{_POPC}pass_() -ERR; {_GM} (POP3) for a 2-step-verification account",
        ),
    ),
    (
        _MAILS,
        _PY + "Lib/poplib.py POP3._getresp() raises error_proto(resp)",
        Pick(
            _OPEN,
            "PROTOCOL_DISABLED",
            then=_acct(
                "b'-ERR [SYS/PERM] Your account is not enabled for POP access. Please visit "
                "your Gmail settings page and enable your account for POP access.'"
            ),
            why=f"{_POLL}{_POPC}user()/pass_() -ERR; {_GM}: POP is off for the account",
        ),
    ),
    (
        _MAILS,
        _PY + "Lib/poplib.py POP3._getresp() raises error_proto(resp)",
        Pick(
            _OPEN,
            "PLAINTEXT_AUTH_DISABLED",
            then=_acct(
                "b'-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) "
                "connections.'"
            ),
            why=f"{_POLL}{_POPC}SSL off and STLS failed (only warned), so USER/PASS in the "
            f"clear; {_DV}",
        ),
    ),
    (
        _MAILS,
        _PY + "Lib/poplib.py POP3.__init__() self.welcome = self._getresp()",
        Pick(
            _OPEN,
            "WRONG_PROTOCOL",
            then=_acct(
                "b'* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ "
                "STARTTLS AUTH=PLAIN] Dovecot ready.'"
            ),
            why=f"{_POLL}{_POPC}a POP3 account pointed at the IMAP port 143: the greeting does "
            "not start with '+', error_proto(<greeting>)",
        ),
    ),
    (
        _MAILS,
        _PY + "Lib/poplib.py POP3._getline() raises error_proto('-ERR EOF')",
        Pick(
            _OPEN,
            "CONNECTION_CLOSED",
            then=_acct("-ERR EOF"),
            why=f"{_POLL}{_POPC}the server closed the connection before a full reply line",
        ),
    ),
    (
        _MAILS,
        _PY + "Lib/poplib.py POP3._getline() self.file.readline()",
        Pick(
            "An error occured while processing mails of account '%s' (%s).",
            "CONNECTION_CLOSED",
            ("Home", "[Errno 104] Connection reset by peer"),
            why="MailCollector.collect_mail() (Mailnag/daemon/mails.py): list_messages() of a "
            "non-IDLE account raised; ECONNRESET while reading: the server dropped the connection",
        ),
    ),
    (
        _IDLERS,
        _I2 + "return socket.create_connection((self.host, self.port))",
        Pick(
            "Failed to reconnect Idler thread for account '%s' (%s).",
            "DNS_FAILURE",
            ("Work", "[Errno -3] Temporary failure in name resolution"),
            why="Idler._reconnect() (Mailnag/daemon/idlers.py) after a dropped IDLE: reopening "
            "the account fails in getaddrinfo EAI_AGAIN",
        ),
    ),
    (
        _IDLERS,
        _I2 + "self.sock = ssl.wrap_socket(",
        Pick(
            "Failed to reconnect Idler thread for account '%s' (%s).",
            "CONNECTION_CLOSED",
            (
                "Work",
                "[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol "
                "(_ssl.c:1006)",
            ),
            why="Idler._reconnect(): the TLS handshake of IMAP4_SSL ends with the server closing "
            "the socket (ssl.SSLEOFError, as a local CPython 3.11.7 with OpenSSL 3 words it)",
        ),
    ),
    # Not a mail-settings problem.
    (
        "Mailnag/backends/imap.py",
        "",
        Pick(
            "Folder %s does not exist.",
            None,
            ("Archive",),
            why="IMAPMailboxBackend.list_messages(): a folder picked in the account dialog that "
            "the UID SEARCH cannot use (renamed or deleted on the server); the login worked",
        ),
    ),
    (
        "Mailnag/daemon/mailchecker.py",
        "",
        Pick(
            "No internet connection.",
            None,
            why="MailChecker.check(): ConnectivityTest (Gio.NetworkMonitor or ping to "
            "www.google.com) "
            "says offline; the computer's own network, no mail setting",
        ),
    ),
    (
        "Mailnag/common/accounts.py",
        "",
        Pick(
            "Failed to create secretstore - account passwords will be stored in plaintext config "
            "file.",
            None,
            why="AccountManager: no keyring (libsecret) available",
        ),
    ),
    (
        "Mailnag/common/accounts.py",
        "",
        Pick(
            "Saving of OAuth2 based accounts is not supported. Account '%s' skipped.",
            None,
            ("Gmail",),
            why="AccountManager.save_to_cfg(): GNOME Online Accounts accounts live in "
            "GOA, not in Mailnag's config",
        ),
    ),
    (
        "Mailnag/daemon/mailnagdaemon.py",
        "",
        Pick(
            "Failed to enable plugin '%s'.",
            None,
            ("libnotifyplugin",),
            why="MailnagDaemon._load_plugins(): a plugin's enable() raised",
        ),
    ),
    (
        "Mailnag/common/plugins.py",
        "",
        Pick(
            "Failed to instantiate plugin '%s'",
            None,
            ("soundplugin",),
            why="Plugin.load_plugins(): a plugin module does not load",
        ),
    ),
    (
        "Mailnag/daemon/mails.py",
        "",
        Pick(
            "Malformed sender field in message.",
            None,
            why="MailCollector._get_header(): a From header email.utils cannot parse",
        ),
    ),
    (
        "mailnag",
        "",
        Pick(
            "Cleanup takes too long. Enforcing termination.",
            None,
            why="mailnag's cleanup() on shutdown",
        ),
    ),
    (
        "Mailnag/common/subproc.py",
        "",
        Pick(
            "Process termination took too long - watchdog starts killing...",
            None,
            why="subproc.terminate_subprocesses(): a user script or sound player did not exit",
        ),
    ),
    # Translated (po/<ll>.po).
    (
        "",
        "po",
        Pick(
            "Connection failed.",
            None,
            why="AccountDialog (Mailnag/configuration/accountdialog.py) worker_thread(): "
            "request_server_folders() raised anything at all; the label names no reason, nothing "
            "in the code path narrows it",
        ),
    ),
    (
        "",
        "po",
        Pick(
            "Delete this account:",
            None,
            why="ConfigWindow._on_btn_remove_account_clicked(): confirmation dialog",
        ),
    ),
    ("", "po", Pick("No subject", None, why="MailCollector._get_header(): a mail without Subject")),
    (
        "",
        "po",
        Pick(
            "{0} new mails", None, ("5",), why="LibNotifyPlugin: the new-mail notification summary"
        ),
    ),
    ("", "po", Pick("from {0}.", None, ("Alice",), why="LibNotifyPlugin: notification body")),
    ("", "po", Pick("New mail", None, why="LibNotifyPlugin: notification summary")),
    ("", "po", Pick("Mark as read", None, why="LibNotifyPlugin: notification action")),
    (
        "",
        "po",
        Pick(
            "Mailnag will ignore mails containing at least one of \nthe following words in subject "
            "or sender.",
            None,
            why="SpamfilterPlugin's configuration dialog",
        ),
    ),
    (
        "",
        "po",
        Pick(
            "Shows a popup when new mails arrive.",
            None,
            why="LibNotifyPlugin's description in the plugin list",
        ),
    ),
]

_IF = "imapfilter: "
_OSSL = "OpenSSL 3 ERR_error_string() 'error:<code>:SSL routines::<reason>' (ssl/ssl_err.c)"
_X509 = "OpenSSL 3 X509_verify_cert_error_string() (crypto/x509/x509_txt.c)"
_SOCK = "open_connection() (src/socket.c), called by request_login() (src/request.c) for "
_TLS = (
    "open_secure_connection() (src/socket.c), for ssl = 'tls1.2' etc. in the account or after "
    "STARTTLS: SSL_connect() fails; "
)
_LOGIN = (
    "request_login() (src/request.c): LOGIN gets a tagged NO, response_generic() "
    "(src/response.c) prints 'IMAP (<fd>): <reply>', request_login() its own line, and "
    "Account._login_user() (src/account.lua) raises 'authentication of <user>@<server> "
    "failed.' shown by fatal() (src/lua.c); "
)


def _login_no(reply: str) -> str:
    return (
        f"{_IF}IMAP (3): 1001 NO {reply}\r\n"
        f"{_IF}username alice or password rejected at imap.example.com\n"
        f"{_IF}authentication of alice@imap.example.com failed.\n"
    )


# (path, library cite, pick): pick.key is the literal in the path, pick.then the shown text.
IMAPFILTER: list[tuple[str, str, Pick]] = [
    (
        "src/socket.c",
        "glibc gai_strerror(EAI_NONAME)",
        Pick(
            'error("gettaddrinfo; %s\\n"',
            "HOST_NOT_FOUND",
            then=f"{_IF}gettaddrinfo; Name or service not known\n"
            f"{_IF}login request to alice@imap.example.com failed\n",
            why=f"{_SOCK}the account's server: getaddrinfo() EAI_NONAME, the name does not "
            "resolve; "
            "ifcore.login returns nothing and Account._check_result() (src/account.lua) raises "
            "'login request to ... failed'",
        ),
    ),
    (
        "src/socket.c",
        "glibc gai_strerror(EAI_AGAIN)",
        Pick(
            'error("gettaddrinfo; %s\\n"',
            "DNS_FAILURE",
            then=f"{_IF}gettaddrinfo; Temporary failure in name resolution\n",
            why=f"{_SOCK}getaddrinfo() EAI_AGAIN: the resolver did not answer",
        ),
    ),
    (
        "src/socket.c",
        "",
        Pick(
            'error("error while initiating connection to %s at port %s\\n"',
            None,
            then=f"{_IF}error while initiating connection to imap.example.com at port 993\n",
            why=f"{_SOCK}every address's connect() failed; errno is not printed, so refused, "
            "filtered and unreachable all read the same: nothing narrows it",
        ),
    ),
    (
        "src/socket.c",
        _OSSL,
        Pick(
            "initiating SSL connection to %s; %s\\n",
            "TLS_ON_PLAIN_PORT",
            then=f"{_IF}initiating SSL connection to imap.example.com; "
            "error:0A00010B:SSL routines::wrong version number\n",
            why=f"{_TLS}ssl set with the plain port 143: the '* OK' greeting read as a TLS record "
            "(SSL_R_WRONG_VERSION_NUMBER), SSL_ERROR_SSL branch",
        ),
    ),
    (
        "src/socket.c",
        _OSSL,
        Pick(
            "initiating SSL connection to %s; %s\\n",
            "CERT_UNTRUSTED",
            then=f"{_IF}initiating SSL connection to imap.example.com; "
            "error:0A000086:SSL routines::certificate verify failed\n",
            why=f"{_TLS}with the hostnames option (on by default: SSL_VERIFY_PEER and "
            "SSL_set1_host) any verification failure (unknown CA, expired, other name) aborts "
            "the handshake: the SSL_ERROR_SSL branch calls fatal(ERROR_CERTIFICATE); "
            "untrusted is the generic reading",
        ),
    ),
    (
        "src/socket.c",
        _OSSL,
        Pick(
            "initiating SSL connection to %s; %s\\n",
            "TLS_OUTDATED",
            then=f"{_IF}initiating SSL connection to imap.example.com; "
            "error:0A000102:SSL routines::unsupported protocol\n",
            why=f"{_TLS}the server offers only TLS 1.0/1.1, below OpenSSL 3's default minimum",
        ),
    ),
    (
        "src/socket.c",
        _OSSL,
        Pick(
            "initiating SSL connection to %s; %s\\n",
            "TLS_HANDSHAKE_FAILED",
            then=f"{_IF}initiating SSL connection to imap.example.com; "
            "error:0A000410:SSL routines::sslv3 alert handshake failure\n",
            why=f"{_TLS}the server's handshake_failure alert: no common cipher/protocol",
        ),
    ),
    (
        "src/socket.c",
        "",
        Pick(
            "initiating SSL connection to %s; EOF in",
            "TLS_HANDSHAKE_FAILED",
            then=f"{_IF}initiating SSL connection to imap.example.com; EOF in violation of the "
            "protocol\n",
            why=f"{_TLS}SSL_ERROR_SYSCALL with no queued error and r == 0: the server closed the "
            "socket mid-handshake",
        ),
    ),
    (
        "src/socket.c",
        "",
        Pick(
            "initiating SSL connection to %s; the",
            "CONNECTION_CLOSED",
            then=f"{_IF}initiating SSL connection to imap.example.com; the connection has been "
            "closed cleanly\n",
            why=f"{_TLS}SSL_ERROR_ZERO_RETURN: the server sent close_notify during the handshake",
        ),
    ),
    (
        "src/socket.c",
        "strerror(ECONNRESET)",
        Pick(
            "initiating SSL connection to %s; %s\\n",
            "CONNECTION_CLOSED",
            then=f"{_IF}initiating SSL connection to imap.example.com; Connection reset by peer\n",
            why=f"{_TLS}SSL_ERROR_SYSCALL, r == -1: strerror(errno), ECONNRESET",
        ),
    ),
    (
        "src/cert.c",
        _X509,
        Pick(
            "certificate verification failed; %s\\n",
            "CERT_EXPIRED",
            then=f"{_IF}certificate verification failed; certificate has expired\n",
            why="get_cert() (src/cert.c, the certificates option, on by default): with "
            "options.hostnames = false (no SSL_VERIFY_PEER, so the handshake itself does not "
            "fail) SSL_get_verify_result() is X509_V_ERR_CERT_HAS_EXPIRED",
        ),
    ),
    (
        "src/cert.c",
        _X509,
        Pick(
            "certificate verification failed; %s\\n",
            "CERT_NOT_YET_VALID",
            then=f"{_IF}certificate verification failed; certificate is not yet valid\n",
            why="get_cert(): X509_V_ERR_CERT_NOT_YET_VALID",
        ),
    ),
    (
        "src/cert.c",
        _X509,
        Pick(
            "certificate verification failed; %s\\n",
            "CERT_UNTRUSTED",
            then=f"{_IF}certificate verification failed; unable to verify the first certificate\n",
            why="get_cert(): X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE, the server sends no "
            "intermediate certificate (only reached with options.hostnames = false, see above)",
        ),
    ),
    (
        "src/cert.c",
        _X509,
        Pick(
            "certificate verification failed; %s\\n",
            "CERT_SELF_SIGNED",
            then=f"{_IF}certificate verification failed; self-signed certificate in certificate "
            "chain\n",
            why="get_cert(): X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN (a private root CA)",
        ),
    ),
    (
        "src/cert.c",
        "",
        Pick(
            "can't accept certificate in ",
            "CERT_UNTRUSTED",
            then=f"{_IF}can't accept certificate in non-interactive mode\n",
            why="get_cert(): verify result DEPTH_ZERO_SELF_SIGNED_CERT or "
            "UNABLE_TO_GET_ISSUER_CERT_LOCALLY and the certificate not in ~/.imapfilter/"
            "certificates; without a terminal to ask, fatal(ERROR_CERTIFICATE)",
        ),
    ),
    (
        "src/cert.c",
        "",
        Pick(
            'error("certificate mismatch occurred\\n")',
            "CERT_UNTRUSTED",
            then=f"{_IF}certificate mismatch occurred\n",
            why="get_cert() -> check_cert(): a certificate of this server stored earlier differs "
            "from the one it shows now",
        ),
    ),
    (
        "src/request.c",
        "",
        Pick(
            "username %s or password rejected at %s\\n",
            "AUTH_FAILED",
            then=_login_no("[AUTHENTICATIONFAILED] Authentication failed."),
            why=f"{_LOGIN}{_DV}",
        ),
    ),
    (
        "src/request.c",
        "",
        Pick(
            "username %s or password rejected at %s\\n",
            "APP_PASSWORD_REQUIRED",
            then=_login_no(
                "[ALERT] Application-specific password required: "
                "https://support.google.com/accounts/answer/185833 (Failure)"
            ),
            why=f"{_LOGIN}{_GM}",
        ),
    ),
    (
        "src/request.c",
        "",
        Pick(
            "username %s or password rejected at %s\\n",
            "WEB_LOGIN_REQUIRED",
            then=_login_no(
                "[ALERT] Please log in via your web browser: "
                "https://support.google.com/mail/accounts/answer/78754 (Failure)"
            ),
            why=f"{_LOGIN}{_GM}",
        ),
    ),
    (
        "src/request.c",
        "",
        Pick(
            "username %s or password rejected at %s\\n",
            "PROTOCOL_DISABLED",
            then=_login_no(
                "[ALERT] Your account is not enabled for IMAP use. Please visit your Gmail "
                "settings page and enable your account for IMAP access. (Failure)"
            ),
            why=f"{_LOGIN}{_GM}",
        ),
    ),
    (
        "src/request.c",
        "",
        Pick(
            "username %s or password rejected at %s\\n",
            "PLAINTEXT_AUTH_DISABLED",
            then=_login_no(
                "[PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) "
                "connections."
            ),
            why=f"{_LOGIN}no ssl and the starttls option off (or no STARTTLS offered): LOGIN in "
            f"the clear; {_DV}",
        ),
    ),
    (
        "src/request.c",
        "",
        Pick(
            "username %s or password rejected at %s\\n",
            "AUTH_TEMPORARY_FAILURE",
            then=_login_no("[UNAVAILABLE] Temporary authentication failure."),
            why=f"{_LOGIN}{_DV}: the password backend is down",
        ),
    ),
    (
        "src/response.c",
        "",
        Pick(
            'error("IMAP (%d): %s"',
            "AUTH_FAILED",
            then=f"{_IF}IMAP (3): 1001 NO LOGIN failed.\r\n",
            why="response_generic() (src/response.c) prints any tagged NO/BAD; Microsoft "
            "Exchange/Outlook's LOGIN refusal",
        ),
    ),
    (
        "src/response.c",
        "",
        Pick(
            'error("IMAP (%d): %s"',
            "RATE_LIMITED",
            then=f"{_IF}IMAP (3): 1004 NO [ALERT] Account exceeded command or bandwidth limits. "
            "(Failure)\r\n",
            why=f"response_generic() prints a tagged NO; {_GM}: a named limit",
        ),
    ),
    (
        "src/response.c",
        "",
        Pick(
            'error("IMAP (%d): %s"',
            "MAILBOX_FULL",
            then=f"{_IF}IMAP (3): 100A NO [OVERQUOTA] Quota exceeded (mailbox for user is "
            "full)\r\n",
            why=f"response_generic() prints the NO of an APPEND/COPY/MOVE; {_DV}: the account's "
            "own quota",
        ),
    ),
    (
        "src/request.c",
        "",
        Pick(
            "OAuth2 not supported at %s@%s\\n",
            "AUTH_NOT_OFFERED",
            then=f"{_IF}OAuth2 not supported at alice@imap.example.com\n",
            why="request_login(): the account has oauth2 and no password, and CAPABILITY names no "
            "AUTH=XOAUTH2",
        ),
    ),
    (
        "src/request.c",
        "",
        Pick(
            "oauth2 string rejected at %s@%s\\n",
            "AUTH_FAILED",
            then=f"{_IF}oauth2 string rejected at alice@imap.example.com\n",
            why="request_login(): AUTHENTICATE XOAUTH2 answered NO (expired or wrong token)",
        ),
    ),
    (
        "src/response.c",
        "",
        Pick(
            "server supports neither the IMAP4rev1 nor the ",
            "WRONG_PROTOCOL",
            then=f"{_IF}server supports neither the IMAP4rev1 nor the IMAP4 protocol\n",
            why="response_capability() (src/response.c): the CAPABILITY reply names no IMAP4: the "
            "server is not an IMAP server",
        ),
    ),
    (
        "src/socket.c",
        "",
        Pick(
            "timeout period expired while waiting to read data",
            "SLOW_SERVER",
            then=f"{_IF}timeout period expired while waiting to read data\n",
            why="socket_read() (src/socket.c): select() on the socket hits the timeout option "
            "with no data from the server",
        ),
    ),
    (
        "src/socket.c",
        "strerror(ECONNRESET)",
        Pick(
            'error("reading data; %s\\n"',
            "CONNECTION_CLOSED",
            then=f"{_IF}reading data; Connection reset by peer\n",
            why="socket_read(), plain connection: read() ECONNRESET, the server dropped it",
        ),
    ),
    (
        "src/socket.c",
        "",
        Pick(
            "reading data through SSL; the connection has ",
            "CONNECTION_CLOSED",
            then=f"{_IF}reading data through SSL; the connection has been closed cleanly\n",
            why="socket_secure_read(): SSL_ERROR_ZERO_RETURN, the server closed the session",
        ),
    ),
    # Not a mail-settings problem.
    (
        "src/account.lua",
        "",
        Pick(
            "' request to ' .. self._string ..  ' failed'",
            None,
            then=f"{_IF}select request to alice@imap.example.com failed\n",
            why="Account._check_result() (src/account.lua): any request that returned nothing "
            "(connection lost before, reason printed on an earlier line, if at all)",
        ),
    ),
    (
        "src/log.c",
        "strerror(EACCES)",
        Pick(
            'error("opening log file %s: %s\\n"',
            None,
            then=f"{_IF}opening log file /var/log/imapfilter.log: Permission denied\n",
            why="open_log() (src/log.c): the -l log file cannot be opened",
        ),
    ),
    (
        "src/file.c",
        "strerror(EACCES)",
        Pick(
            'error("could not create directory %s; %s\\n"',
            None,
            then=f"{_IF}could not create directory /home/alice/.imapfilter; Permission denied\n",
            why="create_homedir() (src/file.c)",
        ),
    ),
    (
        "src/file.c",
        "strerror(ENOENT)",
        Pick(
            'error("could not write PID to file %s; %s\\n"',
            None,
            then=f"{_IF}could not write PID to file /run/imapfilter.pid; No such file or "
            "directory\n",
            why="write_pidfile() (src/file.c), the -p option",
        ),
    ),
    (
        "src/signal.c",
        "",
        Pick(
            'fatal(ERROR_SIGNAL, "killed by signal %d\\n"',
            None,
            then=f"{_IF}killed by signal 15\n",
            why="catch_signals() handler (src/signal.c): SIGTERM",
        ),
    ),
    (
        "src/memory.c",
        "strerror(ENOMEM)",
        Pick(
            'fatal(ERROR_MEMALLOC, "allocating memory; %s\\n"',
            None,
            then=f"{_IF}allocating memory; Cannot allocate memory\n",
            why="xrealloc() (src/memory.c)",
        ),
    ),
    (
        "src/common.lua",
        "",
        Pick(
            "error('filter rule not a string', 2)",
            None,
            then=f"{_IF}/home/alice/.imapfilter/config.lua:14: filter rule not a string\n",
            why="_make_query() (src/common.lua): a match_*/is_* rule of the user's config.lua is "
            "not a string; Lua adds the config line, fatal(ERROR_CONFIG) (src/lua.c) prints it",
        ),
    ),
    (
        "src/common.lua",
        "",
        Pick(
            "error('required argument left out', 3)",
            None,
            then=f"{_IF}/home/alice/.imapfilter/config.lua:9: required argument left out\n",
            why="_check_required() (src/common.lua): a config.lua call lacks an argument",
        ),
    ),
    (
        "src/core.c",
        "",
        Pick(
            'luaL_error(lua, "wrong number of arguments")',
            None,
            then=f"{_IF}wrong number of arguments\n",
            why="ifcore_* (src/core.c): a C function called with the wrong arity",
        ),
    ),
    (
        "src/account.lua",
        "",
        Pick(
            "print('Created mailbox '",
            None,
            then="Created mailbox alice@imap.example.com/Archive.\n",
            why="Account.create_mailbox() (src/account.lua): success notice",
        ),
    ),
    (
        "src/mailbox.lua",
        "",
        Pick(
            "' messages moved from '",
            None,
            then="12 messages moved from alice@imap.example.com/INBOX to "
            "alice@imap.example.com/Archive.\n",
            why="Mailbox.move_messages() (src/mailbox.lua): success notice",
        ),
    ),
    (
        "src/account.lua",
        "",
        Pick(
            "get_password('Enter password for '",
            None,
            then="Enter password for alice@imap.example.com: ",
            why="Account._login_user() (src/account.lua): no password in config.lua, asks on the "
            "terminal",
        ),
    ),
]


def _fill(text: str, values: tuple[str, ...]) -> str:
    if not values:
        return text
    if "{0}" in text:
        return text.format(*values)
    return text % values


def mailnag(mirrors: Path) -> list[dict[str, object]]:
    """Mailnag's picked log lines (English) and gettext messages (po/<ll>.po)."""
    repo, commit = _library(mirrors, MAILNAG_PIN)
    at = f"{MAILNAG_PIN[0]}@{commit[:12]}"
    catalogs = _po_catalogs(repo, commit, "po/{}.po", MAILNAG_PO)
    entries = []
    for index, (path, lib, pick) in enumerate(MAILNAG):
        literal = pick.key.replace("\n", "\\n")
        where = _where(repo, commit, literal, (path,) if path else ("Mailnag", "mailnag"))
        source = f"{at}:{where}"
        if lib.startswith(_I2):
            found = _where(repo, commit, lib[len(_I2) :], ("Mailnag/common/imaplib2.py",))
            source += f" (then {at}:{found})"
        elif lib and lib != "po":
            source += f" (then {lib})"
        texts = {"en": pick.then or _fill(pick.key, pick.values)}
        sources = {"en": source}
        if lib == "po":
            for lang, (po_path, catalog) in catalogs.items():
                words = _po_translated(catalog, pick.key)
                if words:
                    texts[lang] = _fill(words, pick.values)
                    sources[lang] = f"{at}:{po_path}#{pick.key}"
        entries.append(_entry("Mailnag", f"mailnag.{index}", pick, texts, sources))
    return entries


def imapfilter(mirrors: Path) -> list[dict[str, object]]:
    """imapfilter's picked stderr lines (English only)."""
    repo, commit = _library(mirrors, IMAPFILTER_PIN)
    at = f"{IMAPFILTER_PIN[0]}@{commit[:12]}"
    entries = []
    for index, (path, lib, pick) in enumerate(IMAPFILTER):
        source = f"{at}:{_where(repo, commit, pick.key, (path,))}"
        if lib:
            source += f" (then {lib})"
        entries.append(
            _entry("imapfilter", f"imapfilter.{index}", pick, {"en": pick.then}, {"en": source})
        )
    return entries


def main(argv: list[str]) -> int:
    import json

    mirrors, out = Path(argv[1]), Path(argv[2])
    about = (
        "Fifty-first blind set: Mailnag (pulb/mailnag, its IMAP/POP3 backends' errors as the "
        "daemon logs them, with imaplib2/CPython 3.11 poplib/ssl words, and its po/<ll>.po "
        "messages) and imapfilter (lefcha/imapfilter, its stderr lines for connect, TLS with "
        "OpenSSL 3's reasons, login and server replies; English only), labelled blind from "
        "the code paths; built by tools/extract_fifty_first.py."
    )
    entries = [*mailnag(mirrors), *imapfilter(mirrors)]
    data = {"about": about, "entries": entries}
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
