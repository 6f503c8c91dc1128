"""Developer tool: the forty-sixth blind held-out set (OfflineIMAP's and getmail6's fetch errors).

OfflineIMAP 8 (offlineimap3): what its log shows when the remote IMAP repository fails
(offlineimap/imapserver.py acquireconnection()/__authn_helper(), imaplibutil.py, repository/
IMAP.py, folder/IMAP.py raise OfflineImapError; accounts.py syncrunner() logs it through
ui/UIBase.py error() as 'ERROR: ' + the text, an exception that is no OfflineImapError as
"ERROR: While attempting to sync account '<name>'\\n  " + the text; repository/IMAP.py
getfolders() wraps a failed connection as 'Error adquiring connection for repository <name>: ');
the reasons it passes on are imaplib2's (a dependency, read in jazzband/imaplib2) and Python's
ssl/socket texts (python3.11 stdlib, not fetched: CPython is over fetch's limit, the texts are
given as Python 3.11 prints them). getmail6 (the getmail script and getmailcore/*.py:
getmailOperationError, getmailCredentialError, getmailLoginRefusedError logged as
'<rcfile>: operation error (...)', '<rcfile>: credential/login error (...)', ...; the socket
errors it does not wrap as '<rcfile>: socket error (...)'), with Python's imaplib/poplib/ssl/
socket reasons (python3.11 stdlib, not fetched). Both English only. Code null: configuration,
filters, delivery to a local maildir/mbox, folders and messages, no server-settings problem.
Labelled blind from the code.

    python -m tools.extract_forty_sixth MIRRORS_DIR benchmarks/data/forty_sixth_texts.json

MIRRORS_DIR holds `OfflineIMAP+offlineimap3/repo`, `getmail6+getmail6/repo` and
`jazzband+imaplib2/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _after_line, _entry, _library, _where, write_set

OFFLINEIMAP = ("OfflineIMAP/offlineimap3", "bcf2238db5ae6bbd241b05b2fb8efc1072b07193")
GETMAIL = ("getmail6/getmail6", "30bcb994a47ca02e15b4483a9592385600c1ff32")
IMAPLIB2 = ("jazzband/imaplib2", "6d45125882b80f71a68fcff1de9f6794c3c91815")
STDLIB = "python3.11 stdlib (not fetched)"

# ---------------------------------------------------------------- OfflineIMAP
_REPO = "RemoteExample"
_ACCOUNT = "Example"
_HOST = "imap.example.com"
_ERR = "ERROR: "
_ADQ = f"Error adquiring connection for repository {_REPO}: "
_SYNC = f"ERROR: While attempting to sync account '{_ACCOUNT}'\n  "
_SSL_LINE = " (_ssl.c:1006)"
_VERIFY = "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: "
_UNKNOWN_SSL = (
    f"Unknown SSL protocol connecting to host '{_HOST}' for repository '{_REPO}'. "
    "OpenSSL responded:\n"
)
_ALL_AUTH = "All authentication types failed:\n\t"
_OI_CONNECT = (
    "offlineimap/accounts.py syncrunner() -> __sync() -> remoterepos.getfolders() -> "
    "imapserver.py acquireconnection(); "
)
_OI_ADQ = (
    "repository/IMAP.py getfolders() wraps the OfflineImapError of acquireconnection() as "
    "'Error adquiring connection for repository <name>: '; "
)
_OI_SYNC = (
    "acquireconnection() re-raises an exception it does not know; accounts.py syncrunner() "
    "logs it with msg=\"While attempting to sync account '<name>'\"; "
)
_OI_AUTH = (
    "imapserver.py __authn_helper(): each configured mechanism the server offers (LOGIN "
    "always) is tried, imaplib2's error(dat[-1]) (the tagged NO's bytes) collected, then "
    "'All authentication types failed:' with each 'MECH: reason' on a tab-indented line; "
)
_CERT_CB = "imapserver.py __verifycert() (imaplib2's cert_verify_cb after the handshake): "
_FINGER_HASHES = ("sha512", "sha384", "sha256", "sha224", "sha1")


def _fingerprints() -> str:
    der = b"imap.example.com certificate (DER)"
    pairs = [(name, hashlib.new(name, der).hexdigest()) for name in _FINGER_HASHES]
    return str(pairs)


def _oi(
    text: str,
    code: str | None,
    why: str,
    literal: str,
    path: str,
    lib: str = "",
) -> Pick:
    return Pick(text, code, (), why, literal, path, lib or None)


OFFLINEIMAP_PICKS: list[Pick] = [
    _oi(
        _ERR
        + _ADQ
        + f"Could not resolve name '{_HOST}' for repository '{_REPO}'. Make sure you have "
        "configured the server name correctly and that you are online.",
        "HOST_NOT_FOUND",
        _OI_CONNECT + _OI_ADQ + "type(e) == gaierror: remotehost does not resolve (the "
        "message asks to check the server name)",
        "reason = \"Could not resolve name '%s' for repository \"",
        "offlineimap/imapserver.py",
    ),
    _oi(
        _ERR
        + _ADQ
        + f"Connection to host '{_HOST}:993' for repository '{_REPO}' was refused. Make sure "
        "you have the right host and port configured and that you are actually able to "
        "access the network.",
        "PORT_CLOSED",
        _OI_CONNECT + _OI_ADQ + "socket.error with errno ECONNREFUSED: nothing listens on "
        "remoteport",
        "reason = \"Connection to host '%s:%d' for repository '%s' was \"",
        "offlineimap/imapserver.py",
    ),
    _oi(
        _SYNC + "[Errno 110] Connection timed out",
        "PORT_FILTERED",
        _OI_CONNECT + _OI_SYNC + "rfc6555.create_connection()'s TimeoutError (ETIMEDOUT, "
        "python3.11 socket): the port never answers",
        "msg=\"While attempting to sync account '%s'\" %",
        "offlineimap/accounts.py",
    ),
    _oi(
        _SYNC + "[Errno 113] No route to host",
        "HOST_UNREACHABLE",
        _OI_CONNECT + _OI_SYNC + "OSError EHOSTUNREACH from connect(): no route to remotehost",
        "msg=\"While attempting to sync account '%s'\" %",
        "offlineimap/accounts.py",
    ),
    _oi(
        _ERR
        + _ADQ
        + f"Could not connect to remote server '{_HOST}' for repository '{_REPO}'. Remote "
        "does not answer.",
        "PORT_FILTERED",
        _OI_CONNECT + _OI_ADQ + 'a socket error "can\'t open socket; error": the server '
        "does not answer on the port",
        "\"for repository '%s'. Remote does not answer.\"",
        "offlineimap/imapserver.py",
    ),
    _oi(
        _ERR + _ADQ + f"Could not connect via SSL to host '{_HOST}' and non-standard ssl port 143 "
        "configured. Make sure you connect to the correct port. Got: [SSL: "
        "WRONG_VERSION_NUMBER] wrong version number" + _SSL_LINE,
        "TLS_ON_PLAIN_PORT",
        _OI_CONNECT + _OI_ADQ + "ssl = yes with remoteport = 143: the SSLError (errno 1, "
        "SSL_ERROR_SSL == EPERM) of a TLS hello answered in plain IMAP, port != 993",
        '"tandard ssl port %d configured. Make sure you connect"',
        "offlineimap/imapserver.py",
        "stdlib:Modules/_ssl.c",
    ),
    _oi(
        _ERR + _ADQ + _UNKNOWN_SSL + "[SSL: WRONG_VERSION_NUMBER] wrong version number" + _SSL_LINE,
        "TLS_ON_PLAIN_PORT",
        _OI_CONNECT + _OI_ADQ + "port 993 but the host answers in plain text (a proxy or a "
        "server without implicit TLS on 993): SSLError errno 1",
        "reason = \"Unknown SSL protocol connecting to host '%s' for \"",
        "offlineimap/imapserver.py",
        "stdlib:Modules/_ssl.c",
    ),
    _oi(
        _ERR + _ADQ + _UNKNOWN_SSL + _VERIFY + "self-signed certificate" + _SSL_LINE,
        "CERT_SELF_SIGNED",
        _OI_CONNECT + _OI_ADQ + "sslcacertfile (OS-DEFAULT) makes imaplib2's SSLContext "
        "CERT_REQUIRED; SSLCertVerificationError has errno 1 too, so it lands in the "
        "'Unknown SSL protocol' branch: the server's own certificate",
        "reason = \"Unknown SSL protocol connecting to host '%s' for \"",
        "offlineimap/imapserver.py",
        "stdlib:Modules/_ssl.c",
    ),
    _oi(
        _ERR + _ADQ + _UNKNOWN_SSL + _VERIFY + "certificate has expired" + _SSL_LINE,
        "CERT_EXPIRED",
        _OI_CONNECT + _OI_ADQ + "as above: OpenSSL's X509_V_ERR_CERT_HAS_EXPIRED",
        "reason = \"Unknown SSL protocol connecting to host '%s' for \"",
        "offlineimap/imapserver.py",
        "stdlib:Modules/_ssl.c",
    ),
    _oi(
        _ERR + _ADQ + _UNKNOWN_SSL + _VERIFY + "unable to get local issuer certificate" + _SSL_LINE,
        "CERT_UNTRUSTED",
        _OI_CONNECT + _OI_ADQ + "as above: the chain does not lead to a CA in the bundle "
        "(a missing intermediate or a private CA)",
        "reason = \"Unknown SSL protocol connecting to host '%s' for \"",
        "offlineimap/imapserver.py",
        "stdlib:Modules/_ssl.c",
    ),
    _oi(
        _ERR + _ADQ + _UNKNOWN_SSL + "[SSL: UNSUPPORTED_PROTOCOL] unsupported protocol" + _SSL_LINE,
        "TLS_OUTDATED",
        _OI_CONNECT + _OI_ADQ + "the server offers only TLS 1.0/1.1, which OpenSSL 3 refuses",
        "reason = \"Unknown SSL protocol connecting to host '%s' for \"",
        "offlineimap/imapserver.py",
        "stdlib:Modules/_ssl.c",
    ),
    _oi(
        _SYNC + "CA Cert verifying failed: no matching domain name found in certificate",
        "CERT_HOSTNAME_MISMATCH",
        _OI_CONNECT + _CERT_CB + "no commonName/DNS subjectAltName equals remotehost; "
        "imaplib2 raises ssl.SSLError(cert_err) (no errno), which acquireconnection() "
        "re-raises; " + _OI_SYNC,
        "return '%s no matching domain name found in certificate' % errstr",
        "offlineimap/imapserver.py",
        "imaplib2:raise ssl_exc(cert_err)",
    ),
    _oi(
        _SYNC + "CA Cert verifying failed:  certificate expired Jan  1 00:00:00 2024 GMT",
        "CERT_EXPIRED",
        _OI_CONNECT + _CERT_CB + "notAfter is past (with no CA verification, only a "
        "fingerprint, OpenSSL did not check it); " + _OI_SYNC,
        "return '%s certificate expired %s' % (errstr, notafter)",
        "offlineimap/imapserver.py",
        "imaplib2:raise ssl_exc(cert_err)",
    ),
    _oi(
        _ERR
        + _ADQ
        + f"Server SSL fingerprint(s) '{_fingerprints()}' for hostname '{_HOST}' does not "
        "match configured fingerprint(s) ['4c5df08f56f924bacb0545bb181ca38166caf46e659ca8fa0"
        "aa85b0724d28d21'].  Please verify and set 'cert_fingerprint' accordingly if not set "
        "yet.",
        "CERT_UNTRUSTED",
        _OI_CONNECT + _OI_ADQ + "imaplibutil.py WrappedIMAP4_SSL.open(): the certificate the "
        "server shows is not the pinned one (renewed, or another host in between)",
        '"does not match configured fingerprint(s) %s.  "',
        "offlineimap/imaplibutil.py",
    ),
    _oi(
        _ERR + _ADQ + _ALL_AUTH + "PLAIN: b'[AUTHENTICATIONFAILED] Authentication failed.'\n\t"
        "LOGIN: b'[AUTHENTICATIONFAILED] Authentication failed.'",
        "AUTH_FAILED",
        _OI_CONNECT + _OI_ADQ + _OI_AUTH + "Dovecot's NO to AUTHENTICATE PLAIN and to LOGIN: "
        "wrong user or password",
        '"failed:\\n\\t%s" % msg, OfflineImapError.ERROR.REPO)',
        "offlineimap/imapserver.py",
        "imaplib2:self._deliver_exc(self.error, dat[-1], kw)",
    ),
    _oi(
        _ERR + _ADQ + _ALL_AUTH + "PLAIN: b'[AUTHENTICATIONFAILED] Invalid credentials "
        "(Failure)'\n\tLOGIN: b'[AUTHENTICATIONFAILED] Invalid credentials (Failure)'",
        "AUTH_FAILED",
        _OI_CONNECT + _OI_ADQ + _OI_AUTH + "Gmail's NO to AUTHENTICATE PLAIN (it offers "
        "AUTH=PLAIN) and to LOGIN: the password is wrong",
        '"failed:\\n\\t%s" % msg, OfflineImapError.ERROR.REPO)',
        "offlineimap/imapserver.py",
        "imaplib2:self._deliver_exc(self.error, dat[-1], kw)",
    ),
    _oi(
        _ERR + _ADQ + _ALL_AUTH + "PLAIN: b'[ALERT] Application-specific password required: "
        "https://support.google.com/accounts/answer/185833 (Failure)'"
        "\n\tLOGIN: b'[ALERT] Application-specific password required: "
        "https://support.google.com/accounts/answer/185833 (Failure)'",
        "APP_PASSWORD_REQUIRED",
        _OI_CONNECT + _OI_ADQ + _OI_AUTH + "Gmail with 2-step verification refuses the "
        "account password",
        '"failed:\\n\\t%s" % msg, OfflineImapError.ERROR.REPO)',
        "offlineimap/imapserver.py",
        "imaplib2:self._deliver_exc(self.error, dat[-1], kw)",
    ),
    _oi(
        _ERR + _ADQ + _ALL_AUTH + "PLAIN: b'[ALERT] Please log in via your web browser: "
        "https://support.google.com/mail/accounts/answer/78754 (Failure)'"
        "\n\tLOGIN: b'[ALERT] Please log in via your web browser: "
        "https://support.google.com/mail/accounts/answer/78754 (Failure)'",
        "WEB_LOGIN_REQUIRED",
        _OI_CONNECT + _OI_ADQ + _OI_AUTH + "Gmail blocks the sign-in until the user confirms "
        "it in the browser",
        '"failed:\\n\\t%s" % msg, OfflineImapError.ERROR.REPO)',
        "offlineimap/imapserver.py",
        "imaplib2:self._deliver_exc(self.error, dat[-1], kw)",
    ),
    _oi(
        _ERR + _ADQ + _ALL_AUTH + "LOGIN: IMAP LOGIN is disabled by server.  Need to use SSL?",
        "PLAINTEXT_AUTH_DISABLED",
        _OI_CONNECT + _OI_ADQ + "__authn_login(): the CAPABILITY line has LOGINDISABLED "
        "(plain port without TLS), collected by __authn_helper()",
        '"disabled by server.  Need to use SSL?",',
        "offlineimap/imapserver.py",
    ),
    _oi(
        _ERR
        + _ADQ
        + f"Repository {_REPO}: no supported authentication mechanisms found; configured "
        "CRAM-MD5, server advertises PLAIN, LOGIN",
        "AUTH_NOT_OFFERED",
        _OI_CONNECT + _OI_ADQ + "__authn_helper(): none of auth_mechanisms is among the "
        "server's AUTH= capabilities, nothing was tried",
        '"authentication mechanisms found; configured %s, "',
        "offlineimap/imapserver.py",
    ),
    _oi(
        _ERR + _ADQ + "Failed to start TLS connection: Couldn't establish TLS session: [b'STARTTLS "
        "failed']",
        "STARTTLS_FAILED",
        _OI_CONNECT + _OI_ADQ + "__start_tls(): STARTTLS is offered, the server's tagged "
        "answer is not OK; imaplib2 starttls() raises error(\"Couldn't establish TLS "
        'session: %s" % dat)',
        '"TLS connection: %s" % str(e),',
        "offlineimap/imapserver.py",
        'imaplib2:raise self.error("Couldn\'t establish TLS session: %s" % dat)',
    ),
    _oi(
        _ERR + f"Server '{_HOST}' closed connection, error on SELECT 'INBOX'. Server said: socket "
        "error: <class 'ConnectionResetError'> - [Errno 104] Connection reset by peer",
        "CONNECTION_CLOSED",
        "imaplibutil.py UsefulIMAPMixIn.select(): imaplib2's reader thread puts "
        "(abort, 'socket error: %s - %s' % sys.exc_info()[:2]) when the socket breaks",
        "errstr = \"Server '%s' closed connection, error on SELECT '%s'. Ser\"",
        "offlineimap/imaplibutil.py",
        "imaplib2:reason = 'socket error: %s - %s' % sys.exc_info()[:2]",
    ),
    _oi(
        _ERR + "Saving msg (<20241024101112.4711@example.com>) in folder 'Sent', repository "
        f"'{_REPO}' failed (abort). Server responded: NO [b'[OVERQUOTA] Quota exceeded "
        "(mailbox for user is full)']",
        "MAILBOX_FULL",
        "folder/IMAP.py savemessage(): APPEND answered NO with [OVERQUOTA]: the remote "
        "mailbox's quota is used up, the repository's sync aborts",
        "\"repository '%s' failed (abort). \"",
        "offlineimap/folder/IMAP.py",
    ),
    # --- code null: configuration, folders, messages
    _oi(
        _ERR + f"{_REPO}: you must enable precisely one type of tunnel (preauth or transport), "
        "not both",
        None,
        "imapserver.py IMAPServer.__init__(): preauthtunnel and transporttunnel both set, a "
        "configuration check before any connection",
        "'type of tunnel (preauth or transport), '",
        "offlineimap/imapserver.py",
    ),
    _oi(
        _ERR + f"No remote host for repository '{_REPO}' specified.",
        None,
        "repository/IMAP.py gethost(): neither remotehosteval nor remotehost in the "
        "configuration file",
        "\"'%s' specified.\" % self,",
        "offlineimap/repository/IMAP.py",
    ),
    _oi(
        _ERR + f"Repository {_REPO}: unknown authentication mechanism 'NTLM'",
        None,
        "repository/IMAP.py get_auth_mechanisms(): auth_mechanisms names one OfflineIMAP does "
        "not implement (a configuration error)",
        "\"unknown authentication mechanism '%s'\"",
        "offlineimap/repository/IMAP.py",
    ),
    _oi(
        _ERR + _ADQ + f"No remote oauth2_request_url for repository '{_REPO}' specified.",
        None,
        "imapserver.py __xoauth2handler(): XOAUTH2 with a refresh token but no "
        "oauth2_request_url in the configuration",
        "\"repository '%s' specified.\" %",
        "offlineimap/imapserver.py",
    ),
    _oi(
        _ERR
        + _ADQ
        + "No CA certificates and no server fingerprints configured.  You must configure at "
        "least something, otherwise having SSL helps nothing.",
        None,
        "imaplibutil.py WrappedIMAP4_SSL.open(): neither sslcacertfile nor cert_fingerprint "
        "in the configuration, refused before connecting",
        '"and no server fingerprints configured.  "',
        "offlineimap/imaplibutil.py",
    ),
    _oi(
        _ERR + f"CA certfile for repository '{_REPO}' couldn't be found.  No such file: "
        "'/home/alice/.certs/ca.pem'",
        None,
        "repository/IMAP.py getsslcacertfile(): the configured file does not exist locally",
        "reason = \"CA certfile for repository '%s' couldn't be found.  \"",
        "offlineimap/repository/IMAP.py",
    ),
    _oi(
        _ERR + "Default CA bundle was requested, but OfflineIMAP doesn't know any for your current "
        "operating system.",
        None,
        "repository/IMAP.py getsslcacertfile(): sslcacertfile = OS-DEFAULT on a system "
        "OfflineIMAP has no bundle path for (local setup)",
        '"but OfflineIMAP doesn\'t know any for your "',
        "offlineimap/repository/IMAP.py",
    ),
    _oi(
        _ERR + f"remotehosteval option for repository '{_REPO}' failed:\nname 'get_host' is not "
        "defined",
        None,
        "repository/IMAP.py gethost(): the pythonfile's expression raised (a configuration "
        "script error)",
        '"remotehosteval option for repository "',
        "offlineimap/repository/IMAP.py",
    ),
    _oi(
        _ERR + "Error SELECTing mailbox 'Archive/2019', server reply:\n('NO', [b\"Mailbox doesn't "
        'exist: Archive/2019"])',
        None,
        "imaplibutil.py UsefulIMAPMixIn.select(): a folder that is not on the server (folder "
        "structure, not the account's settings)",
        "errstr = \"Error SELECTing mailbox '%s', server reply:\\n%s\" % \\",
        "offlineimap/imaplibutil.py",
    ),
    _oi(
        _ERR + f"Folder 'Old'[{_REPO}] could not be deleted. Server responded: ('NO', "
        "[b'[NONEXISTENT] Mailbox does not exist'])",
        None,
        "repository/IMAP.py deletefolder(): the server refused DELETE of a folder",
        '"Server responded: %s" % (foldername, self, str(result))',
        "offlineimap/repository/IMAP.py",
    ),
    _oi(
        _ERR + f"IMAP server '{_REPO}' does not have a message with UID '4711'",
        None,
        "folder/IMAP.py __fetch_message... (_fetch_from_imap): UID FETCH returned nothing, the "
        "message went away meanwhile",
        "reason = \"IMAP server '%s' does not have a message \" \\",
        "offlineimap/folder/IMAP.py",
    ),
    _oi(
        _ERR + "IMAP backend cannot change a messages UID from 4711 to 4712",
        None,
        "folder/IMAP.py change_message_uid(): an internal sync limitation",
        "raise OfflineImapError('IMAP backend cannot change a messages UID from '",
        "offlineimap/folder/IMAP.py",
    ),
]

# ---------------------------------------------------------------- getmail6
_RC = "getmailrc"
_GM_OP = f"{_RC}: operation error ("
_GM_MAIN = (
    "getmail go(): retriever.initialize() inside the try whose except clauses log "
    "'%s: ... error (%s)' with the rc file's name; "
)
_GM_IMAPS = "_retrieverbases.py IMAPSSLinitMixIn._connect() (SimpleIMAPSSLRetriever, port 993): "
_GM_SSL = "SSLError during connect ("
_GM_LOGIN = "IMAP login failed with: "
_GM_TRIED = ".\n                        Tried IMAP authenticate, which also failed with: "
_GM_LOGIN_WHY = (
    "_retrieverbases.py _parse_imapcmdresponse('login'): imaplib's LOGIN NO raises "
    "error(dat[-1]) (bytes), getmail retries AUTHENTICATE PLAIN, whose NO raises "
    "error(dat[-1].decode()); both into one getmailOperationError (the literal's "
    "continuation line keeps its indentation): "
)
_GM_POP_WHY = (
    "_retrieverbases.py POP3RetrieverBase.initialize(): poplib's user()/pass_() raise "
    "error_proto(the -ERR line as bytes), wrapped as 'POP error (%s)': "
)


def _gm(text: str, code: str | None, why: str, literal: str, path: str, lib: str = "") -> Pick:
    return Pick(text, code, (), why, literal, path, lib or None)


_GM_RETR = "getmailcore/_retrieverbases.py"
_GM_POP_AT = _GM_RETR + "|self.conn.pass_(self.conf['password'])"

GETMAIL_PICKS: list[Pick] = [
    _gm(
        _GM_OP + f"no address for {_HOST} ([Errno -2] Name or service not known))",
        "HOST_NOT_FOUND",
        _GM_MAIN + _GM_IMAPS + "socket.gaierror EAI_NONAME raises getmailDnsLookupError",
        "'no address for %s (%s)' % (self.conf['server'], o)",
        _GM_RETR,
        "stdlib:Lib/socket.py",
    ),
    _gm(
        _GM_OP + f"DNS server failure looking up address for {_HOST} ([Errno -4] Non-recoverable "
        "failure in name resolution))",
        "DNS_FAILURE",
        _GM_MAIN + _GM_IMAPS + "EAI_FAIL raises getmailDnsServerFailure: the resolver failed",
        "'DNS server failure looking up address for %s (%s)'",
        _GM_RETR,
        "stdlib:Lib/socket.py",
    ),
    _gm(
        _GM_OP + "socket error during connect ([Errno -3] Temporary failure in name resolution))",
        "DNS_FAILURE",
        _GM_MAIN + _GM_IMAPS + "EAI_AGAIN is neither NONAME nor FAIL: the resolver could not "
        "be asked (offline)",
        "raise getmailOperationError('socket error during connect (%s)'",
        _GM_RETR + "|class IMAPSSLinitMixIn(CertMixIn):",
        "stdlib:Lib/socket.py",
    ),
    _gm(
        _GM_OP + "error resolving name pop.example.com during connect ([Errno -2] Name or service "
        "not known))",
        "HOST_NOT_FOUND",
        _GM_MAIN + "_retrieverbases.py POP3initMixIn/POP3SSLinitMixIn._connect(): "
        "socket.gaierror EAI_NONAME for the configured server",
        "'error resolving name %s during connect (%s)'",
        _GM_RETR,
        "stdlib:Lib/socket.py",
    ),
    _gm(
        _GM_OP + "socket error during connect ([Errno -2] Name or service not known))",
        "HOST_NOT_FOUND",
        _GM_MAIN + "_retrieverbases.py IMAPinitMixIn._connect() (SimpleIMAPRetriever, port "
        "143): any gaierror becomes 'socket error during connect': no such name",
        "raise getmailOperationError('socket error during connect (%s)' % o)",
        _GM_RETR,
        "stdlib:Lib/socket.py",
    ),
    _gm(
        f"{_RC}: socket error ([Errno 111] Connection refused)",
        "PORT_CLOSED",
        _GM_MAIN + "ConnectionRefusedError from socket.create_connection() is no gaierror, "
        "it reaches 'except socket.error': nothing listens on the port",
        "log.error('%s: socket error (%s)\\n' % (configfile, o))",
        "getmail",
        "stdlib:Lib/socket.py",
    ),
    _gm(
        f"{_RC}: socket error ([Errno 113] No route to host)",
        "HOST_UNREACHABLE",
        _GM_MAIN + "EHOSTUNREACH from connect(): no route to the server",
        "log.error('%s: socket error (%s)\\n' % (configfile, o))",
        "getmail",
        "stdlib:Lib/socket.py",
    ),
    _gm(
        f"{_RC}: timeout (timed out)",
        "PORT_FILTERED",
        _GM_MAIN + "socket.timeout re-raised by _connect() ('#raise getmailOperationError("
        "'timeout during connect')'): the default timeout (180 s) expires while connecting, "
        "the port never answers",
        "log.error('%s: timeout (%s)\\n' % (configfile, o))",
        "getmail",
        "stdlib:Lib/socket.py",
    ),
    _gm(
        _GM_OP + _GM_SSL + "[SSL: WRONG_VERSION_NUMBER] wrong version number" + _SSL_LINE + "))",
        "TLS_ON_PLAIN_PORT",
        _GM_MAIN + _GM_IMAPS + "ssl.SSLError: the port answers in plain IMAP (port = 143 "
        "with the SSL retriever)",
        "(ssl and 'SSLError' or 'Error')+' during connect (%s)' % o",
        _GM_RETR,
        "stdlib:Modules/_ssl.c",
    ),
    _gm(
        f"{_RC}: socket error ([SSL: WRONG_VERSION_NUMBER] wrong version number{_SSL_LINE})",
        "TLS_ON_PLAIN_PORT",
        _GM_MAIN + "_retrieverbases.py POP3SSLinitMixIn._connect() catches no SSLError: "
        "poplib.POP3_SSL's handshake against a plain POP3 port (110) reaches 'except "
        "socket.error'",
        "log.error('%s: socket error (%s)\\n' % (configfile, o))",
        "getmail",
        "stdlib:Modules/_ssl.c",
    ),
    _gm(
        _GM_OP + _GM_SSL + _VERIFY + "self-signed certificate" + _SSL_LINE + "))",
        "CERT_SELF_SIGNED",
        _GM_MAIN + _GM_IMAPS + "ca_certs set: IMAP4_SSL_EXTENDED wraps with CERT_REQUIRED, "
        "the server's own certificate does not verify",
        "(ssl and 'SSLError' or 'Error')+' during connect (%s)' % o",
        _GM_RETR,
        "stdlib:Modules/_ssl.c",
    ),
    _gm(
        _GM_OP + _GM_SSL + _VERIFY + "certificate has expired" + _SSL_LINE + "))",
        "CERT_EXPIRED",
        _GM_MAIN + _GM_IMAPS + "as above: X509_V_ERR_CERT_HAS_EXPIRED",
        "(ssl and 'SSLError' or 'Error')+' during connect (%s)' % o",
        _GM_RETR,
        "stdlib:Modules/_ssl.c",
    ),
    _gm(
        _GM_OP + _GM_SSL + _VERIFY + "unable to get local issuer certificate" + _SSL_LINE + "))",
        "CERT_UNTRUSTED",
        _GM_MAIN + _GM_IMAPS + "as above: the chain does not reach a CA in ca_certs",
        "(ssl and 'SSLError' or 'Error')+' during connect (%s)' % o",
        _GM_RETR,
        "stdlib:Modules/_ssl.c",
    ),
    _gm(
        _GM_OP + _GM_SSL + "[SSL: UNSUPPORTED_PROTOCOL] unsupported protocol" + _SSL_LINE + "))",
        "TLS_OUTDATED",
        _GM_MAIN + _GM_IMAPS + "the server speaks only TLS 1.0/1.1",
        "(ssl and 'SSLError' or 'Error')+' during connect (%s)' % o",
        _GM_RETR,
        "stdlib:Modules/_ssl.c",
    ),
    _gm(
        _GM_OP + f"hostname '{_HOST}' doesn't match 'mail.example.net')",
        "CERT_HOSTNAME_MISMATCH",
        _GM_MAIN + "CertMixIn.ssl_cipher_hash() -> ssl_match_hostname() (getmail's copy of "
        "Python 3.10's match_hostname, with ca_certs set): the certificate names another host",
        '"doesn\'t match %r"',
        _GM_RETR,
    ),
    _gm(
        _GM_OP + "socket ssl_fingerprints mismatch (got "
        "4c5df08f56f924bacb0545bb181ca38166caf46e659ca8fa0aa85b0724d28d21))",
        "CERT_UNTRUSTED",
        _GM_MAIN + "CertMixIn.ssl_cipher_hash(): the certificate's sha256 is none of the "
        "configured ssl_fingerprints (renewed or intercepted)",
        "'socket ssl_fingerprints mismatch (got %s)'",
        _GM_RETR,
    ),
    _gm(
        _GM_OP + "IMAP error (unexpected response: b'220 mail.example.com ESMTP Postfix'))",
        "WRONG_PROTOCOL",
        _GM_MAIN + "IMAPinitMixIn._connect(): imaplib.IMAP4's greeting is an SMTP 220 line "
        "(port 25 configured), _get_response() raises abort('unexpected response: %r'), an "
        "IMAP4.error",
        "raise getmailOperationError('IMAP error (%s)' % o)",
        _GM_RETR,
        "stdlib:Lib/imaplib.py",
    ),
    _gm(
        _GM_OP
        + _GM_LOGIN
        + "b'[AUTHENTICATIONFAILED] Authentication failed.'"
        + _GM_TRIED
        + "[AUTHENTICATIONFAILED] Authentication failed.)",
        "AUTH_FAILED",
        _GM_LOGIN_WHY + "Dovecot refuses the username/password",
        "'IMAP login failed with: %s.\\n\\",
        _GM_RETR,
        "stdlib:Lib/imaplib.py",
    ),
    _gm(
        _GM_OP + _GM_LOGIN + "b'[ALERT] Application-specific password required: "
        "https://support.google.com/accounts/answer/185833 (Failure)'"
        + _GM_TRIED
        + "[ALERT] Application-specific password required: "
        "https://support.google.com/accounts/answer/185833 (Failure))",
        "APP_PASSWORD_REQUIRED",
        _GM_LOGIN_WHY + "Gmail with 2-step verification wants an app password",
        "'IMAP login failed with: %s.\\n\\",
        _GM_RETR,
        "stdlib:Lib/imaplib.py",
    ),
    _gm(
        _GM_OP + _GM_LOGIN + "b'[ALERT] Please log in via your web browser: "
        "https://support.google.com/mail/accounts/answer/78754 (Failure)'"
        + _GM_TRIED
        + "[ALERT] Please log in via your web browser: "
        "https://support.google.com/mail/accounts/answer/78754 (Failure))",
        "WEB_LOGIN_REQUIRED",
        _GM_LOGIN_WHY + "Gmail holds the sign-in until it is confirmed in the browser",
        "'IMAP login failed with: %s.\\n\\",
        _GM_RETR,
        "stdlib:Lib/imaplib.py",
    ),
    _gm(
        f"{_RC}: credential/login error ([AUTHENTICATIONFAILED] Invalid credentials (Failure))",
        "AUTH_FAILED",
        "_retrieverbases.py IMAPRetrieverBase.initialize(): use_xoauth2, "
        "conn.authenticate('XOAUTH2') gets NO (imaplib decodes dat[-1]), the IMAP4.error "
        "without [UNAVAILABLE] becomes getmailCredentialError; getmail logs "
        "'%s: credential/login error (%s)': the access token is refused",
        "log.error('%s: credential/login error (%s)\\n' % (configfile, o))",
        "getmail",
        "stdlib:Lib/imaplib.py",
    ),
    _gm(
        f"{_RC}: login refused error ([UNAVAILABLE] Temporary authentication failure. "
        "[mail.example.com:2024-10-24 10:11:12])",
        "AUTH_TEMPORARY_FAILURE",
        "_retrieverbases.py IMAPRetrieverBase.initialize(): an IMAP4.error with '[UNAVAILABLE]'"
        " becomes getmailLoginRefusedError: Dovecot's auth backend is down for now",
        "log.error('%s: login refused error (%s)\\n' % (configfile, o))",
        "getmail",
        "stdlib:Lib/imaplib.py",
    ),
    _gm(
        _GM_OP + "POP error (b'-ERR [AUTH] Authentication failed.'))",
        "AUTH_FAILED",
        _GM_POP_WHY + "Dovecot's -ERR to PASS: wrong username or password",
        "raise getmailOperationError('POP error (%s)' % o)",
        _GM_POP_AT,
        "stdlib:Lib/poplib.py",
    ),
    _gm(
        _GM_OP + "POP error (b'-ERR [AUTH] Application-specific password required: "
        "https://support.google.com/accounts/answer/185833'))",
        "APP_PASSWORD_REQUIRED",
        _GM_POP_WHY + "Gmail's POP refuses the account password (2-step verification)",
        "raise getmailOperationError('POP error (%s)' % o)",
        _GM_POP_AT,
        "stdlib:Lib/poplib.py",
    ),
    _gm(
        _GM_OP + "POP error (b'-ERR [AUTH] Plaintext authentication disallowed on non-secure "
        "(SSL/TLS) connections.'))",
        "PLAINTEXT_AUTH_DISABLED",
        _GM_POP_WHY + "SimplePOP3Retriever on port 110 without TLS, Dovecot's "
        "disable_plaintext_auth refuses USER/PASS",
        "raise getmailOperationError('POP error (%s)' % o)",
        _GM_POP_AT,
        "stdlib:Lib/poplib.py",
    ),
    _gm(
        _GM_OP + "POP error (b'-ERR [IN-USE] Mailbox is locked by another POP3 session.'))",
        None,
        _GM_POP_WHY + "another client holds the maildrop lock (a concurrent session, no "
        "settings problem)",
        "raise getmailOperationError('POP error (%s)' % o)",
        _GM_POP_AT,
        "stdlib:Lib/poplib.py",
    ),
    _gm(
        f"{_RC}: protocol error (socket error: EOF)",
        "CONNECTION_CLOSED",
        "getmail go(): imaplib's _get_line() raises abort('socket error: EOF') when the "
        "server closes the connection mid-session; 'except (poplib.error_proto, "
        "imaplib.IMAP4.abort)' logs '%s: protocol error (%s)'",
        "log.error('%s: protocol error (%s)\\n' % (configfile, o))",
        "getmail",
        "stdlib:Lib/imaplib.py",
    ),
    # --- code null: configuration, mailboxes, delivery, filters
    _gm(
        "  mailbox Archive not selectable ([NONEXISTENT] Mailbox doesn't exist: Archive) - "
        "verify the mailbox exists and you have sufficient permissions",
        None,
        "getmail go(): retriever.select_mailbox() raises getmailMailboxSelectError for a "
        "configured mailbox the server does not have (folder name, not connection settings)",
        "log.info('  mailbox %s not selectable (%s) - verify the '",
        "getmail",
    ),
    _gm(
        "Delivery error (mboxrd does not exist (/home/alice/Mail/inbox))",
        None,
        "destinations.py Mboxrd._deliver_message(): the local mbox file is missing",
        "raise getmailDeliveryError('mboxrd does not exist (%s)'",
        "getmailcore/destinations.py",
    ),
    _gm(
        "Delivery error (not an mboxrd file (/home/alice/Mail/inbox))",
        None,
        "destinations.py Mboxrd._deliver_message(): the path is no mbox file",
        "raise getmailDeliveryError('not an mboxrd file (%s)'",
        "getmailcore/destinations.py",
    ),
    _gm(
        "Configuration error: refuse to deliver mail as root",
        None,
        "destinations.py: getmail runs as root without a user to deliver as (getmail main's "
        "'Configuration error: %s')",
        "'refuse to deliver mail as root'",
        "getmailcore/destinations.py",
    ),
    _gm(
        "Configuration error: refuse to invoke external commands as root or GID 0 by default",
        None,
        "destinations.py MDA_external/filters: an external command as root, refused by default",
        "'refuse to invoke external commands as root '",
        "getmailcore/destinations.py",
    ),
    _gm(
        "Configuration error: missing required configuration parameter path",
        None,
        "destinations.py/baseclasses: the [destination] section lacks path",
        "'missing required configuration parameter %s' % o",
        "getmailcore/destinations.py",
    ),
    _gm(
        "Configuration error: cannot use kerberos authentication; Python kerberos support not "
        "installed or does not support GSS",
        None,
        "_retrieverbases.py IMAPRetrieverBase.__init__(): use_kerberos without the module "
        "(local installation)",
        "'cannot use kerberos authentication; Python kerberos support '",
        _GM_RETR,
    ),
    _gm(
        "Configuration error: unknown mbox lock type: flock",
        None,
        "destinations.py Mboxrd.initialize(): locktype must be lockf or none",
        "raise getmailConfigurationError('unknown mbox lock type: %s'",
        "getmailcore/destinations.py",
    ),
    _gm(
        f"{_RC}: user aborted",
        None,
        "getmail go(): KeyboardInterrupt (Ctrl-C)",
        "log.warning('%s: user aborted\\n' % configfile)",
        "getmail",
    ),
    _gm(
        "Operation aborted by user (keyboard interrupt)",
        None,
        "getmail main(): KeyboardInterrupt outside a retriever",
        "log.warning('Operation aborted by user (keyboard interrupt)\\n')",
        "getmail",
    ),
]


def _lib_source(mirrors: Path, lib: str | None) -> str:
    if not lib:
        return ""
    name, rest = lib.split(":", 1)
    if name == "stdlib":
        return f" (then {STDLIB}:{rest})"
    repo, commit = _library(mirrors, IMAPLIB2)
    where = _where(repo, commit, rest, ("imaplib2/imaplib2.py",))
    return f" (then {IMAPLIB2[0]}@{commit[:12]}:{where})"


def _app(mirrors: Path, pin: tuple[str, str], app: str, slug: str, picks: list[Pick]) -> list:
    repo, commit = _library(mirrors, pin)
    at = f"{pin[0]}@{commit[:12]}"
    entries = []
    for index, pick in enumerate(picks):
        if "|" in pick.table:  # path|a line above: the literal's first use after it
            path, after = pick.table.split("|", 1)
            where = f"{path}:{_after_line(repo, commit, path, after, pick.then)}"
        else:
            where = _where(repo, commit, pick.then, (pick.table,))
        sources = {"en": f"{at}:{where}{_lib_source(mirrors, pick.context)}"}
        entries.append(_entry(app, f"{slug}.{index}", pick, {"en": pick.key}, sources))
    return entries


def offlineimap(mirrors: Path) -> list[dict[str, object]]:
    return _app(mirrors, OFFLINEIMAP, "OfflineIMAP", "offlineimap", OFFLINEIMAP_PICKS)


def getmail(mirrors: Path) -> list[dict[str, object]]:
    return _app(mirrors, GETMAIL, "getmail6", "getmail", GETMAIL_PICKS)


ABOUT = (
    "The forty-sixth held-out set (tools/extract_forty_sixth.py): OfflineIMAP 8 "
    "(OfflineIMAP/offlineimap3 of October 2025: the OfflineImapError texts of imapserver.py, "
    "imaplibutil.py, repository/IMAP.py, folder/IMAP.py as ui/UIBase.py logs them, 'ERROR: '; "
    "imaplib2's reasons read in jazzband/imaplib2) and getmail6 (getmail6/getmail6 of August "
    "2026: the getmail script's '<rcfile>: operation error (...)' and kin around "
    "getmailcore/_retrieverbases.py's exceptions, destinations.py's); Python's ssl, socket, "
    "imaplib and poplib reasons as Python 3.11 prints them (CPython not fetched, over the "
    "size limit). English only. Extracted and labelled blind from the code; code null: "
    "configuration, delivery to local files, folders, messages, no mail-settings problem."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, offlineimap, getmail)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
