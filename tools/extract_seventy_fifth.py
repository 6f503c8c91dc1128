"""Developer tool: the seventy-fifth blind held-out set (Email OAuth 2.0 Proxy's and isbg's errors).

Email OAuth 2.0 Proxy (simonrob/email-oauth2-proxy, emailproxy.py, version 2026.04.21): a local
IMAP/POP/SMTP proxy that replaces the mail client's LOGIN/AUTH with XOAUTH2. Its log lines as
Log._log() joins them (' '.join(map(str, args)), the date prefix left off), the replies it sends
the mail client itself ('A001 NO LOGIN ...', '-ERR Authentication failed. ...', '535 5.7.8  ...'),
and a few server replies it relays unchanged (the provider's own words, as Microsoft 365 and
Gmail send them), en only: the proxy has no translations. Its log names the exception class
(`<class 'ConnectionRefusedError'>`) and Python's text (str(exc)): CPython 3.12 as Debian and
Ubuntu build it against OpenSSL 3 (ssl.SSLError's '[SSL: WRONG_VERSION_NUMBER] wrong version
number (_ssl.c:1000)', SSLCertVerificationError's verify messages), socket's gaierror texts from
glibc ('[Errno -2] Name or service not known'), errno texts from glibc ('[Errno 111] Connection
refused'), and asyncore as pyasyncore (requirements-core.txt, Python >= 3.12) copies 3.11's
Lib/asyncore.py: an asynchronous connect's SO_ERROR becomes OSError(err, os.strerror(err)), the
subclass Python picks for that errno. Placeholders filled as the sample emailproxy.config's
sections would be with example hosts: [IMAP-1993] imap.example.com:993, [POP-1995]
pop.example.com:995, [SMTP-1587] smtp.example.com:587 with server_starttls, local_address
127.0.0.1, account alice@example.com. Its own configuration, menu, authorisation and
token-cache texts are code null.

isbg (isbg/isbg, version 2.2.1, the newest stored commit): a command-line IMAP spam filter over
Python's imaplib (IMAP4_SSL unless --nossl; IMAP4_SSL's default context is
ssl._create_stdlib_context(), which checks no certificate, so no certificate texts). Its own
warnings and errors through logging (isbg/imaputils.py login_imap(): 'Error in IMAP connection:
<exc> ... retry n of 10', then `raise Exception(exc)`; isbg/isbg.py assertok(): '<args>
returned <res> - aborting'), and imaplib's exceptions that escape to Python's traceback (its
last line, 'imaplib.IMAP4.error: b'...''), imaplib's wording read in Debian 12's
/usr/lib/python3.11/imaplib.py (login() raises self.error(dat[-1]), the server's bytes; the
greeting's raise self.error(self.welcome); _get_line()'s 'socket error: EOF'), the same in
3.12; the servers' replies as Dovecot and Gmail word them. Its option help texts, password
file, lock file and spamassassin texts are code null. en only: isbg has no translations.

Labelled blind from the code: each text's code is the cause that raises it (see `why`).

    python -m tools.extract_seventy_fifth MIRRORS_DIR benchmarks/data/seventy_fifth_texts.json

MIRRORS_DIR holds `simonrob+email-oauth2-proxy/repo` and `isbg+isbg/repo` (its git directory
`repo/.git`) as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _entry, _where, git, write_set

PROXY = ("simonrob/email-oauth2-proxy", "5682d7554ff0c20d13e25f825e7960495cc074cb")
ISBG = ("isbg/isbg", "e626d8d0628f691c041032c53f20d764b11d0079")

# --- Email OAuth 2.0 Proxy ------------------------------------------------------------------

_IMAP = "IMAP (127.0.0.1:1993)"
_POP = "POP (127.0.0.1:1995)"
_SMTP = "SMTP (127.0.0.1:1587)"
_IMAP_PROXY = "IMAP server at 127.0.0.1:1993 (unsecured) proxying imap.example.com:993 (SSL/TLS)"
_SMTP_PROXY = "SMTP server at 127.0.0.1:1587 (unsecured) proxying smtp.example.com:587 (STARTTLS)"
_TLS_PROXY = "IMAP server at 127.0.0.1:1993 (SSL/TLS) proxying imap.example.com:993 (SSL/TLS)"
_USER = "alice@example.com"
_APP = "Email OAuth 2.0 Proxy"
_PASSWORD_WRONG = f"{_APP}: Login failed - the password for account {_USER} is incorrect"

_NET = "Caught network error (server) - is there a network connection?"
_NET_AT = "'Caught network error (server) - is there a network connection?'"
_NET_WHY = (
    "OAuth2ServerConnection.handle_error(): the proxy's connection to the remote server; "
    "asyncore's handle_connect_event() turns the socket's SO_ERROR into OSError(err, "
    "strerror): "
)
_PROXY_NET = (
    "Log.info('Caught network error in', self.info_string(), '- is there a network connection?'"
)
_PROXY_WHY = (
    "OAuth2Proxy.handle_error(): handle_accepted() builds the server connection, whose "
    "create_connection() calls socket.getaddrinfo(server_address, server_port): "
)
_CLOSE_AT = "Log.info(self.info_string(), 'Caught connection error -', error_type.__name__"
_CLOSE_WHY = (
    "OAuth2Proxy.handle_close(): an error outside handle_error()'s list reaches asyncore's "
    "default handle_error(), which calls handle_close() with the exception still current: "
)
_SSL_AT = "Log.error('Caught connection error in', self.info_string(), ':', error_type"
_SSL_WHY = (
    "SSLAsyncoreDispatcher.handle_error(): an ssl.SSLError whose text names one of its "
    "ssl_errors; on the server side handle_connect() wraps the socket with "
    "ssl.create_default_context() (verifying, TLS 1.2 at least) when server_starttls is off, "
    "or after the server's 220 to STARTTLS: "
)
_NO_AT = "error_message = '%s NO %s %s\\r\\n' % (self.authentication_tag"
_NO_WHY = (
    "IMAPOAuth2ClientConnection.authenticate_connection(): get_oauth2_credentials() returned "
    "(False, message), sent to the mail client as the tagged NO of its LOGIN: "
)
_RELAY_IMAP = "elif str_response.startswith('%s NO' % self.client_connection.authentication_tag):"
_RELAY_IMAP_WHY = (
    "IMAPOAuth2ServerConnection.process_data(): the server's tagged NO to the proxy's "
    "AUTHENTICATE XOAUTH2 is sent to the mail client unchanged: "
)
_RELAY_SMTP = "if str_data.startswith('235'):"
_RELAY_SMTP_WHY = (
    "SMTPOAuth2ServerConnection.process_data() XOAUTH2_CREDENTIALS_SENT: anything but 235 to "
    "the proxy's AUTH XOAUTH2 is sent to the mail client unchanged: "
)
_PASS_AT = "OAuth2ServerConnection.process_data(self, byte_data)"
_PASS_WHY = (
    "OAuth2ServerConnection.handle_read(): once authenticated, the server's replies pass to "
    "the mail client unchanged (the provider's words): "
)
_EXC_AT = "Log.info('Caught exception while requesting OAuth 2.0 credentials for account %s:'"
_EXC_WHY = (
    "OAuth2Helper.get_oauth2_credentials(): any exception of the token request "
    "(urllib.request.urlopen(token_url)) logged as Log.error_string(e), the HTTPError's JSON "
    "body (e.message) or repr(e): "
)


def _net(kind: str, text: str) -> str:
    return f"{_IMAP} {_NET} Error type <class '{kind}'> with message: {text}"


def _tls(kind: str, text: str, where: str = _IMAP) -> str:
    return f"Caught connection error in {where} : <class 'ssl.{kind}'> with message: {text}"


def _verify(reason: str) -> str:
    return f"[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: {reason} (_ssl.c:1000)"


def _p(text: str, code: str | None, literal: str, why: str) -> Pick:
    return Pick(text, code, why=why, then=literal)


PROXY_PICKS: list[Pick] = [
    # The connection to the remote server.
    _p(
        _net("ConnectionRefusedError", "[Errno 111] Connection refused"),
        "PORT_CLOSED",
        _NET_AT,
        _NET_WHY + "ECONNREFUSED, nothing listens on server_port",
    ),
    _p(
        _net("TimeoutError", "[Errno 110] Connection timed out"),
        "PORT_FILTERED",
        _NET_AT,
        _NET_WHY
        + "ETIMEDOUT, the SYN went unanswered until the kernel gave up: a firewall drops it",
    ),
    _p(
        _net("OSError", "[Errno 113] No route to host"),
        "HOST_UNREACHABLE",
        _NET_AT,
        _NET_WHY + "EHOSTUNREACH, no route to the server's address",
    ),
    _p(
        _net("ConnectionResetError", "[Errno 104] Connection reset by peer"),
        "CONNECTION_CLOSED",
        _NET_AT,
        _NET_WHY + "ECONNRESET, the server dropped the connection without a reply",
    ),
    _p(
        f"Caught network error in {_IMAP_PROXY} - is there a network connection? Error type "
        "<class 'socket.gaierror'> with message: [Errno -2] Name or service not known",
        "HOST_NOT_FOUND",
        _PROXY_NET,
        _PROXY_WHY + "EAI_NONAME, server_address does not resolve",
    ),
    _p(
        f"{_IMAP_PROXY} Caught connection error - gaierror : [Errno -3] Temporary failure in "
        "name resolution",
        "DNS_FAILURE",
        _CLOSE_AT,
        _CLOSE_WHY + "getaddrinfo EAI_AGAIN (-3 is not among handle_error()'s -2, 8, 11001), the "
        "resolver did not answer",
    ),
    _p(
        f"{_SMTP_PROXY} Caught connection error - gaierror : [Errno -5] No address associated "
        "with hostname",
        "HOST_NOT_FOUND",
        _CLOSE_AT,
        _CLOSE_WHY + "getaddrinfo EAI_NODATA: the name has no address record",
    ),
    _p(
        f"Caught network error in {_IMAP_PROXY} - is there a network connection? Error type "
        "<class 'socket.gaierror'> with message: [Errno 8] All socket creation attempts failed - "
        "unable to resolve host",
        None,
        "raise socket.gaierror(8, 'All socket creation attempts failed - unable to resolve host')",
        "OAuth2ServerConnection.create_connection(): every getaddrinfo result's immediate "
        "connect() raised OSError (logged only in debug mode): refused, unreachable or "
        "forbidden alike, nothing narrows it",
    ),
    # TLS to the remote server (and the client's to the proxy's local certificate).
    _p(
        _tls("SSLError", "[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1000)"),
        "TLS_ON_PLAIN_PORT",
        _SSL_AT,
        _SSL_WHY + "server_starttls off (IMAP/POP never do STARTTLS) against a port that speaks "
        "plain text first (143, 110, 587): OpenSSL reads the greeting as a TLS record",
    ),
    _p(
        _tls(
            "SSLError",
            "[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1000)",
            "SMTP (127.0.0.1:1587)",
        ),
        "TLS_ON_PLAIN_PORT",
        _SSL_AT,
        _SSL_WHY + "an [SMTP-...] section for port 587 without server_starttls = True: the proxy "
        "starts TLS at once and reads the '220' greeting as a TLS record",
    ),
    _p(
        _tls("SSLCertVerificationError", _verify("self-signed certificate")),
        "CERT_SELF_SIGNED",
        _SSL_AT,
        _SSL_WHY + "X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT, the server's certificate signs itself",
    ),
    _p(
        _tls("SSLCertVerificationError", _verify("unable to get local issuer certificate")),
        "CERT_UNTRUSTED",
        _SSL_AT,
        _SSL_WHY + "X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY, the chain does not lead to a CA "
        "in Python's store",
    ),
    _p(
        _tls("SSLCertVerificationError", _verify("self-signed certificate in certificate chain")),
        "CERT_UNTRUSTED",
        _SSL_AT,
        _SSL_WHY + "X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN, the chain ends in a root Python does "
        "not trust",
    ),
    _p(
        _tls("SSLCertVerificationError", _verify("certificate has expired")),
        "CERT_EXPIRED",
        _SSL_AT,
        _SSL_WHY + "X509_V_ERR_CERT_HAS_EXPIRED",
    ),
    _p(
        _tls(
            "SSLCertVerificationError",
            _verify("Hostname mismatch, certificate is not valid for 'imap.example.com'."),
        ),
        "CERT_HOSTNAME_MISMATCH",
        _SSL_AT,
        _SSL_WHY + "server_hostname=server_address: the certificate names other hosts",
    ),
    _p(
        _tls(
            "SSLError",
            "[SSL: TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert protocol version (_ssl.c:1000)",
        ),
        "TLS_OUTDATED",
        _SSL_AT,
        _SSL_WHY + "minimum_version TLS 1.2: the server, offering only TLS 1.0/1.1, answers "
        "with a protocol_version alert",
    ),
    _p(
        _tls("SSLError", "[SSL: UNSUPPORTED_PROTOCOL] unsupported protocol (_ssl.c:1000)"),
        "TLS_OUTDATED",
        _SSL_AT,
        _SSL_WHY + "the server chose a TLS version below the context's TLS 1.2 minimum",
    ),
    _p(
        _tls("SSLError", "[SSL: TLSV1_ALERT_UNKNOWN_CA] tlsv1 alert unknown ca (_ssl.c:1000)"),
        "CERT_UNTRUSTED",
        _SSL_AT,
        "SSLAsyncoreDispatcher.handle_error() on the client side: with local_certificate_path "
        "and local_key_path the proxy serves its own certificate to the mail client, which "
        "alerts unknown_ca: the client does not trust the certificate's issuer",
    ),
    _p(
        _tls(
            "SSLError",
            "[SSL: SSLV3_ALERT_BAD_CERTIFICATE] sslv3 alert bad certificate (_ssl.c:1000)",
        ),
        None,
        _SSL_AT,
        "SSLAsyncoreDispatcher.handle_error(): the peer refused a certificate with the generic "
        "bad_certificate alert, which says nothing of why",
    ),
    _p(
        f"{_IMAP} SSL socket handshake failed (reached `MAX_SSL_HANDSHAKE_ATTEMPTS`)",
        "PLAIN_ON_TLS_PORT",
        "'SSL socket handshake failed (reached `MAX_SSL_HANDSHAKE_ATTEMPTS`)'",
        "SSLAsyncoreDispatcher._ssl_handshake(): 1024 tries of 10 ms without the peer's "
        "handshake; its comment: 'attempting to connect insecurely to a secure socket could "
        "loop indefinitely here' (a mail client without SSL/TLS on the proxy's TLS port, "
        "waiting for a greeting)",
    ),
    _p(
        f"{_SMTP} Caught connection error (client) [ Are you attempting an encrypted connection "
        "to a non-encrypted server? ] - ConnectionResetError : [Errno 104] Connection reset by "
        "peer",
        "TLS_ON_PLAIN_PORT",
        "'%s [ Are you attempting an encrypted connection to a non-encrypted server? ]'",
        "OAuth2ClientConnection.handle_close(): the mail client reset the connection to the "
        "proxy's unencrypted local port; the proxy's own diagnosis: the client uses SSL/TLS "
        "where the port speaks plain text",
    ),
    _p(
        f"{_SMTP} Client attempted to begin STARTTLS - please either disable STARTTLS in your "
        "client when using the proxy, or set `local_starttls`and provide a "
        "`local_certificate_path` and `local_key_path`",
        "STARTTLS_NOT_OFFERED",
        "'Client attempted to begin STARTTLS'",
        "SMTPOAuth2ClientConnection.process_data(): the mail client sent STARTTLS to a local "
        "port without local_starttls (the proxy strips STARTTLS from the EHLO reply)",
    ),
    _p(
        "454 STARTTLS not available",
        "STARTTLS_NOT_OFFERED",
        "self.send(b'454 STARTTLS not available\\r\\n')",
        "SMTPOAuth2ClientConnection.process_data(): the reply the mail client gets to its "
        "STARTTLS on that port, then the connection closes",
    ),
    _p(
        "Are the server's `local_starttls` and `server_starttls` settings correct? Current "
        "`local_starttls` value: False; current `server_starttls` value: False",
        None,
        "'Are the server\\'s `local_starttls` and `server_starttls` settings correct?'",
        "SSLAsyncoreDispatcher.handle_error(): a hint after any SMTP TLS error, naming the "
        "proxy's own settings, no cause",
    ),
    _p(
        "If you encounter this error repeatedly, please check that you have correctly configured "
        "python root certificates; see: https://github.com/simonrob/email-oauth2-proxy/issues/14",
        None,
        "'If you encounter this error repeatedly, please check that you have correctly configured'",
        "SSLAsyncoreDispatcher.handle_error(): a hint after every TLS error, no cause",
    ),
    _p(
        "You have set `local_certificate_path` and `local_key_path`: is your client using a "
        "secure connection? github.com/FiloSottile/mkcert is highly recommended for local "
        "self-signed certificates, but these may still need an exception in your client",
        None,
        "'You have set `local_certificate_path` and `local_key_path`: is your client using a'",
        "SSLAsyncoreDispatcher.handle_error(): a hint about the proxy's local certificate, no "
        "cause named",
    ),
    _p(
        f"{_IMAP} Caught connection error (server) [ Client attempted to send command without "
        "waiting for server greeting ] - OSError : [Errno 107] Transport endpoint is not "
        "connected",
        None,
        "'%s [ Client attempted to send command without waiting for server greeting ]'",
        "OAuth2ServerConnection.handle_close(): ENOTCONN, the mail client spoke before the "
        "proxy's server connection was up: a client behaviour, no setting",
    ),
    # The proxy's own answers to the mail client's login.
    _p(
        f"A001 NO LOGIN {_PASSWORD_WRONG}",
        "AUTH_FAILED",
        _NO_AT,
        _NO_WHY + "the password the mail client sent does not decrypt the account's stored "
        "tokens (cryptography's InvalidToken): for the mail client the proxy is the server, "
        "and the password in its settings is wrong",
    ),
    _p(
        f"A001 NO AUTHENTICATE {_PASSWORD_WRONG}",
        "AUTH_FAILED",
        _NO_AT,
        _NO_WHY + "AUTHENTICATE PLAIN, the same wrong password",
    ),
    _p(
        f"-ERR Authentication failed. {_PASSWORD_WRONG}",
        "AUTH_FAILED",
        "super().process_data(b'-ERR Authentication failed. %s\\r\\n'",
        "POPOAuth2ServerConnection.process_data(): the proxy cancels the server's XOAUTH2 and "
        "sends its own failure to the mail client: the password does not decrypt the tokens",
    ),
    _p(
        f"535 5.7.8  Authentication credentials invalid. {_PASSWORD_WRONG}",
        "AUTH_FAILED",
        "b'535 5.7.8  Authentication credentials invalid. %s\\r\\n'",
        "SMTPOAuth2ServerConnection.process_data(): the proxy cancels the server's XOAUTH2 "
        "('*') and sends its own 535 to the mail client: the password does not decrypt the "
        "tokens",
    ),
    _p(
        "535 5.7.8  Authentication credentials invalid.",
        "AUTH_FAILED",
        "self.send(b'535 5.7.8  Authentication credentials invalid.\\r\\n')",
        "SMTPOAuth2ClientConnection.send_authentication_request(): AUTH PLAIN/LOGIN without a "
        "user name or password",
    ),
    _p(
        "-ERR Authentication failed.",
        "AUTH_FAILED",
        "self.send(b'-ERR Authentication failed.\\r\\n')",
        "POPOAuth2ClientConnection.send_authentication_request(): USER/PASS or AUTH PLAIN "
        "without a user name or password",
    ),
    _p(
        f"A001 NO LOGIN {_APP}: Login failed - no password provided for account {_USER}",
        "AUTH_FAILED",
        "'%s: Login failed - no password provided for account %s'",
        _NO_WHY + "the mail client sent an empty password",
    ),
    _p(
        f"Invalid password to decrypt credentials for account {_USER} - aborting login: "
        "InvalidToken()",
        "AUTH_FAILED",
        "Log.error('Invalid password to decrypt credentials for account', username",
        "OAuth2Helper.get_oauth2_credentials(): the log line beside that NO (with "
        "delete_account_token_on_password_error off, or a client-credentials account): the "
        "mail client's password is not the one the tokens were stored with",
    ),
    _p(
        f"Invalid password to decrypt `client_secret_encrypted` for account {_USER} - aborting "
        "login: InvalidToken()",
        "AUTH_FAILED",
        "Log.error('Invalid password to decrypt `client_secret_encrypted` for account'",
        "OAuth2Helper.get_oauth2_credentials(): the client secret was encrypted with another "
        "password than the one the mail client sent",
    ),
    _p(
        f"No password provided for account {_USER} - aborting login",
        "AUTH_FAILED",
        "Log.error('No password provided for account', username, '- aborting login')",
        "OAuth2Helper.get_oauth2_credentials(): the mail client's password is empty",
    ),
    _p(
        f"Caught exception while requesting OAuth 2.0 credentials for account {_USER}: "
        "{'error': 'invalid_grant', 'error_description': \"AADSTS50126: Error validating "
        'credentials due to invalid username or password."}',
        "AUTH_FAILED",
        _EXC_AT,
        _EXC_WHY + "oauth2_flow = password (ROPCG) posts the mail client's user name and "
        "password to Microsoft's token_url, which refuses them",
    ),
    _p(
        f"Caught exception while requesting OAuth 2.0 credentials for account {_USER}: "
        "URLError(gaierror(-3, 'Temporary failure in name resolution'))",
        "DNS_FAILURE",
        _EXC_AT,
        _EXC_WHY + "urlopen()'s getaddrinfo EAI_AGAIN for the token_url's host: the device's "
        "resolver does not answer",
    ),
    _p(
        f"Caught exception while requesting OAuth 2.0 credentials for account {_USER}: "
        "{'error': 'invalid_client', 'error_description': 'AADSTS7000215: Invalid client secret "
        "provided.'}",
        None,
        _EXC_AT,
        _EXC_WHY + "the client_secret in the proxy's own account section is wrong: the proxy's "
        "OAuth registration, not a mail setting",
    ),
    _p(
        f"A001 NO LOGIN {_APP}: Login failed for account {_USER} - please check your internet "
        "connection and retry",
        None,
        "'%s: Login failed for account %s - please check your internet connection and retry'",
        _NO_WHY + "any exception of the token request, whatever its cause: nothing narrows it",
    ),
    _p(
        f"Retrying login due to exception while refreshing access token for account {_USER} "
        "(attempt 1): TokenRefreshError()",
        None,
        "Log.info('Retrying login due to exception while refreshing access token for account'",
        "OAuth2Helper.get_oauth2_credentials(): the refresh token's 400, handled by asking for "
        "a new token; the proxy's own token cache",
    ),
    _p(
        f"Retrying login due to exception while decrypting OAuth 2.0 credentials for account "
        f"{_USER} (invalid password): InvalidToken()",
        None,
        "'Retrying login due to exception while decrypting OAuth 2.0 credentials for account'",
        "OAuth2Helper.get_oauth2_credentials(): with the default "
        "delete_account_token_on_password_error the tokens are dropped and the account is "
        "authorised anew: the proxy's own sign-in",
    ),
    # Server replies relayed to the mail client.
    _p(
        "A001 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)",
        "AUTH_FAILED",
        _RELAY_IMAP,
        _RELAY_IMAP_WHY + "Gmail refuses the XOAUTH2 token for the account",
    ),
    _p(
        "A001 NO AUTHENTICATE failed.",
        "AUTH_FAILED",
        _RELAY_IMAP,
        _RELAY_IMAP_WHY + "Microsoft 365's refusal of the XOAUTH2 login",
    ),
    _p(
        "535 5.7.3 Authentication unsuccessful [LO2P265CA0123.GBRP265.PROD.OUTLOOK.COM]",
        "AUTH_FAILED",
        _RELAY_SMTP,
        _RELAY_SMTP_WHY + "Microsoft 365 refuses the token for the mailbox",
    ),
    _p(
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the "
        "Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
        "[LO2P265CA0123.GBRP265.PROD.OUTLOOK.COM]",
        "PROTOCOL_DISABLED",
        _RELAY_SMTP,
        _RELAY_SMTP_WHY + "authenticated SMTP is switched off for the organisation",
    ),
    _p(
        "535-5.7.8 Username and Password not accepted. For more information, go to\n"
        "535 5.7.8  https://support.google.com/mail/?p=BadCredentials",
        "AUTH_FAILED",
        _RELAY_SMTP,
        _RELAY_SMTP_WHY + "Gmail's refusal of the login",
    ),
    _p(
        "-ERR Authentication failure: unknown user name or bad password.",
        "AUTH_FAILED",
        "POPOAuth2ClientConnection.STATE.XOAUTH2_CREDENTIALS_SENT:",
        "POPOAuth2ServerConnection.process_data() XOAUTH2_CREDENTIALS_SENT: anything but +OK is "
        "sent to the mail client; Microsoft 365's POP refusal of the login",
    ),
    _p(
        "A001 NO [ALERT] Too many simultaneous connections. (Failure)",
        "RATE_LIMITED",
        _RELAY_IMAP,
        _RELAY_IMAP_WHY + "Gmail's per-account connection limit",
    ),
    _p(
        "454 4.7.0 TLS not available due to local problem",
        "STARTTLS_FAILED",
        "if str_data.startswith('220'):",
        "SMTPOAuth2ServerConnection.process_data() STARTTLS NEGOTIATING: the server's answer "
        "to the proxy's STARTTLS is not 220, so it is sent to the mail client and the "
        "connection closes: the server offers STARTTLS and cannot start it",
    ),
    _p(
        "421 4.7.0 Try again later, closing connection. (EHLO) "
        "d9443c01a7336-1234567890abcdef.0 - gsmtp",
        "RATE_LIMITED",
        "if not str_data.startswith('250'):",
        "SMTPOAuth2ServerConnection.process_data() EHLO_AWAITING_RESPONSE: a non-250 answer to "
        "EHLO passes to the mail client; Gmail's 421 4.7.0 throttle",
    ),
    _p(
        "550 5.7.60 SMTP; Client does not have permissions to send as this sender "
        "[LO2P265MB1234.GBRP265.PROD.OUTLOOK.COM]",
        "SENDER_REFUSED",
        _PASS_AT,
        _PASS_WHY + "MAIL FROM names an address the mailbox may not send as",
    ),
    _p(
        "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; "
        "Failed to process message due to a permanent exception with message [BeginDiagnosticData]"
        "Cannot submit message.",
        "SENDER_REFUSED",
        _PASS_AT,
        _PASS_WHY + "Microsoft 365: the From address is not the mailbox's (no Send As right)",
    ),
    _p(
        "554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message "
        "due to a permanent exception with message [BeginDiagnosticData]WASCL UserAction verdict "
        "is not None. Actual verdict is RefuseQuota, ShowTierUpgrade.",
        "RATE_LIMITED",
        _PASS_AT,
        _PASS_WHY + "Microsoft 365's sending quota (RefuseQuota) for the account",
    ),
    _p(
        "550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
        "550 5.1.1 double-checking the recipient's email address for typos",
        "RECIPIENT_UNKNOWN",
        _PASS_AT,
        _PASS_WHY + "Gmail's RCPT TO refusal of an address that does not exist",
    ),
    _p(
        "552-5.3.4 Your message exceeded Google's message size limits. For more information, "
        "visit\n552 5.3.4  https://support.google.com/mail/?p=MaxSizeError",
        "SIZE_LIMIT",
        _PASS_AT,
        _PASS_WHY + "Gmail's end-of-DATA refusal of a message over its size limit",
    ),
    # The proxy's own configuration, menu and authorisation texts.
    _p(
        f"A001 NO LOGIN {_APP}: No config file entry found for account {_USER} - please add a "
        "new section with values for permission_url, token_url, oauth2_scope, redirect_uri, "
        "client_id and client_secret",
        None,
        "'%s: No config file entry found for account %s - please add a new section with values '",
        _NO_WHY + "the proxy's own configuration file has no section for the account",
    ),
    _p(
        f"Proxy config file entry missing for account {_USER} - aborting login",
        None,
        "Log.error('Proxy config file entry missing for account', username, '- aborting login')",
        "the proxy's own configuration file",
    ),
    _p(
        f"A001 NO LOGIN {_APP}: Incomplete config file entry found for account {_USER} - please "
        "make sure all required fields are added (at least token_url, oauth2_scope and "
        "client_id)",
        None,
        "'%s: Incomplete config file entry found for account %s - please make sure all required '",
        _NO_WHY + "the proxy's own account section lacks OAuth fields",
    ),
    _p(
        f"Warning: client configuration for account {_USER} seems to contain example values - "
        "if authentication fails, please double-check these values are correct",
        None,
        "'seems to contain example values -'",
        "the proxy's own account section still has the sample's '*** your' values",
    ),
    _p(
        f"Warning: no refresh token returned for account {_USER} - you will need to "
        "re-authenticate each time the access token expires (does your `oauth2_scope` value "
        "allow `offline` use?)",
        None,
        "'Warning: no refresh token returned for account'",
        "the proxy's own OAuth scope setting",
    ),
    _p(
        f"Authorisation result error for account {_USER} - aborting login. Authorisation "
        "request timed out",
        None,
        "Log.info('Authorisation result error for account', username, '- aborting login.'",
        "OAuth2Helper.get_oauth2_authorisation_code() gave up after AUTHENTICATION_TIMEOUT: "
        "nobody completed the proxy's own authorisation window",
    ),
    _p(
        f"A001 NO LOGIN {_APP}: Login failed for account {_USER}: Authorisation request timed out",
        None,
        "return False, '%s: Login failed for account %s: %s' % (APP_NAME, username, auth_result)",
        _NO_WHY + "the proxy's own authorisation request was not completed in time",
    ),
    _p(
        f"Please authorise your account {_USER} from the menu",
        None,
        "'Please authorise your account %s from the menu'",
        "the proxy's own notification: an OAuth sign-in waits in its menu",
    ),
    _p(
        "There are no pending authorisation requests",
        None,
        "'There are no pending authorisation requests'",
        "the proxy's own notification",
    ),
    _p(
        "No pending authorisation requests",
        None,
        "'No pending authorisation requests'",
        "the proxy's own menu",
    ),
    _p("    No accounts configured", None, "'    No accounts configured'", "the proxy's own menu"),
    _p(
        "Error: invalid value 99999 for remote server port in section IMAP-1993",
        None,
        "Log.error('Error: invalid value', server_port, 'for remote server port in section'",
        "App.load_and_start_servers(): the proxy's own configuration file's validation "
        "(server_port outside 1-65535)",
    ),
    _p(
        "Error: remote server address is missing in section IMAP-1993",
        None,
        "'Error: remote server address is missing in section'",
        "the proxy's own configuration file's validation",
    ),
    _p(
        "Error: you have set `local_starttls` but did not provide both `local_certificate_path` "
        "and `local_key_path` values in section SMTP-1587",
        None,
        "'Error: you have set `local_starttls` but did not provide both '",
        "the proxy's own configuration file's validation",
    ),
    _p(
        "Error: unable to start IMAP-1993 server: OSError(98, 'Address already in use')",
        None,
        "Log.error('Error: unable to start', match.string, 'server:', Log.error_string(e))",
        "the proxy's own local port is taken (another proxy already runs)",
    ),
    _p(
        "Abandoning setup as one or more servers failed to start - is the proxy already running?",
        None,
        "'Abandoning setup as one or more servers failed to start - is the proxy already running?'",
        "the proxy's own start-up",
    ),
    _p(
        "No server configuration(s) found in /home/alice/emailproxy.config - exiting",
        None,
        "Log.error(error_text, 'server configuration(s) found in', CONFIG_FILE_PATH, '- exiting')",
        "the proxy's own configuration file has no server sections",
    ),
    _p(
        "Error saving state to config file at /home/alice/emailproxy.config - is the file "
        "writable?",
        None,
        "Log.error('Error saving state to config file at', CONFIG_FILE_PATH",
        "a file permission of the proxy's own configuration",
    ),
    _p(
        "Unable to initialise icon - did you mean to run in `--no-gui` mode?",
        None,
        "'Unable to initialise icon - did you mean to run in `--no-gui` mode?'",
        "the proxy's own menu bar icon",
    ),
    _p(
        "Unable to load AWS SDK - please install the `boto3` module: `python -m pip install boto3`",
        None,
        "'Unable to load AWS SDK - please install the `boto3` module",
        "the proxy's own token cache store",
    ),
    _p(
        "Unable to get AWS SDK client; cannot fetch credentials from AWS Secrets Manager",
        None,
        "'Unable to get AWS SDK client; cannot fetch credentials from AWS Secrets Manager'",
        "the proxy's own token cache store",
    ),
    _p(
        "Not running interactively; unable to handle no-GUI external auth request",
        None,
        "'Not running interactively; unable to handle no-GUI external auth request'",
        "the proxy's own authorisation mode",
    ),
    _p(
        "Local server auth mode (localhost:8080): unable to start local server. Please check "
        f"that `redirect_uri` for {_USER} is unique across accounts, specifies a port number, "
        "and is not already in use. See the documentation in the proxy's sample configuration "
        "file. OSError(98, 'Address already in use')",
        None,
        "'unable to start local server. Please check that `%s` for %s is unique across accounts, '",
        "the proxy's own redirect listener for the OAuth sign-in",
    ),
    _p(
        f"{_IMAP} Caught client exception; server connection closed before data could be sent",
        None,
        "'Caught client exception; server connection closed before data could be sent'",
        "OAuth2ClientConnection.process_data(): the server connection had already gone, for "
        "no reason given",
    ),
    _p(
        "Received network unreachable notification - closing existing proxy connections",
        None,
        "'Received network unreachable notification - closing existing proxy connections'",
        "macOS's reachability callback: the computer lost its network, no mail setting",
    ),
]


# --- isbg -----------------------------------------------------------------------------------

_RETRY = '"Error in IMAP connection: {} ... retry {} of {}"'
_RETRY_WHY = (
    "isbg/imaputils.py login_imap(): IsbgImap4() builds imaplib.IMAP4_SSL(host, port) (IMAP4 "
    "with --nossl; port 993, or 143 with --nossl, unless --imapport); socket.error (OSError, so "
    "also socket.gaierror and ssl.SSLError) is logged, and retried ten times: "
)
_FINAL_WHY = (
    "isbg/imaputils.py login_imap(): after the tenth failure `raise Exception(exc)`, uncaught: "
    "Python's traceback ends with it: "
)
_LOGIN = "imap.login(imapsets.user, imapsets.passwd)"
_LOGIN_WHY = (
    "isbg/imaputils.py login_imap() -> IsbgImap4.login() -> imaplib's login(): a tagged reply "
    "other than OK raises IMAP4.error(dat[-1]), the server's text as bytes, uncaught: the "
    "traceback's last line; "
)
_ABORT = "raise ISBGError(__exitcodes__['imap'] if self.exitcodes else -1,"
_ABORT_WHY = (
    "isbg/isbg.py assertok(): logger.error('{} returned {} - aborting'), the call's arguments "
    "and imaplib's (typ, data) with bytes made str; "
)


def _retry(text: str) -> str:
    return f"Error in IMAP connection: {text} ... retry 1 of 10"


def _imap_error(reply: str) -> str:
    return f"imaplib.IMAP4.error: b'{reply}'"


ISBG_PICKS: list[Pick] = [
    _p(
        _retry("[Errno 111] Connection refused"),
        "PORT_CLOSED",
        _RETRY,
        _RETRY_WHY + "ECONNREFUSED, nothing listens on the port",
    ),
    _p(
        "Exception: [Errno 111] Connection refused",
        "PORT_CLOSED",
        "raise Exception(exc)",
        _FINAL_WHY + "ECONNREFUSED",
    ),
    _p(
        _retry("[Errno 110] Connection timed out"),
        "PORT_FILTERED",
        _RETRY,
        _RETRY_WHY + "imaplib's timeout is None, so the kernel's ETIMEDOUT: the SYN went "
        "unanswered, a firewall drops it",
    ),
    _p(
        _retry("[Errno -2] Name or service not known"),
        "HOST_NOT_FOUND",
        _RETRY,
        _RETRY_WHY + "getaddrinfo EAI_NONAME, --imaphost does not resolve",
    ),
    _p(
        "Exception: [Errno -2] Name or service not known",
        "HOST_NOT_FOUND",
        "raise Exception(exc)",
        _FINAL_WHY + "EAI_NONAME",
    ),
    _p(
        _retry("[Errno -3] Temporary failure in name resolution"),
        "DNS_FAILURE",
        _RETRY,
        _RETRY_WHY + "getaddrinfo EAI_AGAIN, the resolver did not answer",
    ),
    _p(
        _retry("[Errno 113] No route to host"),
        "HOST_UNREACHABLE",
        _RETRY,
        _RETRY_WHY + "EHOSTUNREACH",
    ),
    _p(
        _retry("[Errno 101] Network is unreachable"),
        "HOST_UNREACHABLE",
        _RETRY,
        _RETRY_WHY + "ENETUNREACH, no route to the server",
    ),
    _p(
        _retry("[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1000)"),
        "TLS_ON_PLAIN_PORT",
        _RETRY,
        _RETRY_WHY + "IMAP4_SSL (no --nossl) with --imapport 143: the plain '* OK' greeting read "
        "as a TLS record",
    ),
    _p(
        "Exception: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1000)",
        "TLS_ON_PLAIN_PORT",
        "raise Exception(exc)",
        _FINAL_WHY + "SSL/TLS against the plain-text port",
    ),
    _p(
        _retry("[SSL: UNSUPPORTED_PROTOCOL] unsupported protocol (_ssl.c:1000)"),
        "TLS_OUTDATED",
        _RETRY,
        _RETRY_WHY + "the server offers only TLS 1.0/1.1, below OpenSSL 3's default floor",
    ),
    _p(
        _retry("[SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] sslv3 alert handshake failure (_ssl.c:1000)"),
        "TLS_HANDSHAKE_FAILED",
        _RETRY,
        _RETRY_WHY + "the server found no cipher or version in common and sent handshake_failure",
    ),
    _p(
        _retry("[Errno 104] Connection reset by peer"),
        "CONNECTION_CLOSED",
        _RETRY,
        _RETRY_WHY + "ECONNRESET, the server dropped the connection",
    ),
    _p(
        "imaplib.IMAP4.abort: socket error: EOF",
        "CONNECTION_CLOSED",
        "self.imap = imaplib.IMAP4(host, port)",
        "isbg/imaputils.py IsbgImap4(): imaplib's _get_line() while waiting for the greeting: "
        "the server closed without a word (IMAP4.abort is no OSError, so not retried; uncaught)",
    ),
    _p(
        "imaplib.IMAP4.error: b'* BYE Too many connections from 203.0.113.10'",
        "RATE_LIMITED",
        "self.imap = imaplib.IMAP4_SSL(host, port)",
        "isbg/imaputils.py IsbgImap4(): imaplib's _connect() raises self.error(self.welcome) "
        "when the greeting is no OK: a BYE naming the connection limit",
    ),
    _p(
        "WARNING: Using insecure IMAP connection: without SSL.",
        "ENCRYPTION_NOT_USED",
        '"WARNING: Using insecure IMAP connection: without SSL."',
        "isbg/imaputils.py login_imap(): --nossl, the connection works unencrypted",
    ),
    _p(
        _imap_error("[AUTHENTICATIONFAILED] Invalid credentials (Failure)"),
        "AUTH_FAILED",
        _LOGIN,
        _LOGIN_WHY + "Gmail refuses the user name or password",
    ),
    _p(
        _imap_error("[AUTHENTICATIONFAILED] Authentication failed."),
        "AUTH_FAILED",
        _LOGIN,
        _LOGIN_WHY + "Dovecot refuses the user name or password",
    ),
    _p(
        _imap_error("LOGIN failed."),
        "AUTH_FAILED",
        _LOGIN,
        _LOGIN_WHY + "Microsoft 365 refuses the LOGIN",
    ),
    _p(
        _imap_error(
            "[ALERT] Application-specific password required: "
            "https://support.google.com/accounts/answer/185833 (Failure)"
        ),
        "APP_PASSWORD_REQUIRED",
        _LOGIN,
        _LOGIN_WHY + "Gmail with two-step verification wants an app password",
    ),
    _p(
        _imap_error(
            "[ALERT] Please log in via your web browser: "
            "https://support.google.com/mail/accounts/answer/78754 (Failure)"
        ),
        "WEB_LOGIN_REQUIRED",
        _LOGIN,
        _LOGIN_WHY + "Gmail blocks the sign-in until it is confirmed in a browser",
    ),
    _p(
        _imap_error(
            "[ALERT] Your account is not enabled for IMAP use. Please visit your Gmail settings "
            "page and enable your account for IMAP access. (Failure)"
        ),
        "PROTOCOL_DISABLED",
        _LOGIN,
        _LOGIN_WHY + "IMAP access is switched off for the account",
    ),
    _p(
        _imap_error(
            "[PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) "
            "connections."
        ),
        "PLAINTEXT_AUTH_DISABLED",
        _LOGIN,
        _LOGIN_WHY + "Dovecot with --nossl on 143: no password without encryption (isbg never "
        "does STARTTLS)",
    ),
    _p(
        _imap_error(
            "[UNAVAILABLE] Temporary authentication failure. [mail.example.com:2026-04-21 08:00:00]"
        ),
        "AUTH_TEMPORARY_FAILURE",
        _LOGIN,
        _LOGIN_WHY + "Dovecot's authentication back end failed for now",
    ),
    _p(
        _imap_error("[ALERT] Too many simultaneous connections. (Failure)"),
        "RATE_LIMITED",
        _LOGIN,
        _LOGIN_WHY + "Gmail's per-account connection limit",
    ),
    _p(
        "('uid COPY', ('17', 'INBOX.Spam')) returned ('NO', ['[OVERQUOTA] Quota exceeded "
        "(mailbox for user is full)']) - aborting",
        "MAILBOX_FULL",
        _ABORT,
        _ABORT_WHY + "isbg/spamproc.py copies a spam to --spaminbox: the account's own mailbox "
        "is over its quota",
    ),
    _p(
        "['append', 'INBOX.Spam', '{email}'] failed for uid '17': ('NO', ['[OVERQUOTA] Quota "
        "exceeded (mailbox for user is full)']). Leaving originalmessage alone.",
        "MAILBOX_FULL",
        '"message alone.").format(',
        "isbg/spamproc.py _process_spam(): APPEND of the spam with its report to --spaminbox "
        "refused: the account's own mailbox is over its quota",
    ),
    _p(
        "('select', 'INBOX.Spam', 1) returned ('NO', [\"[NONEXISTENT] Mailbox doesn't exist: "
        'INBOX.Spam"]) - aborting',
        None,
        _ABORT,
        _ABORT_WHY + "isbg/isbg.py do_spamassassin() examines --spaminbox (default INBOX.Spam): "
        "isbg's own option names a folder the account lacks",
    ),
    _p(
        "('select', 'Junk/learn', 1) returned ('NO', [\"[NONEXISTENT] Mailbox doesn't exist: "
        'Junk/learn"]) - aborting',
        None,
        _ABORT,
        _ABORT_WHY + "isbg/spamproc.py learn() selects --learnspambox: isbg's own option",
    ),
    # isbg's own texts.
    _p(
        "Lock file is present. Guessing isbg is already running. Exit.",
        None,
        '"Lock file is present. Guessing isbg is " +',
        "isbg/isbg.py _do_lockfile_or_raise(): isbg's own lock file",
    ),
    _p(
        "You need to specify your imap password and save it with the --savepw switch",
        None,
        '"You need to specify your imap password " +',
        "isbg/isbg.py _do_get_password(): --noninteractive and no saved password: isbg's own "
        "password file",
    ),
    _p("Error reading pw!", None, "'Error reading pw!'", "isbg's own password file"),
    _p("Error saving pw!", None, "'Error saving pw!'", "isbg's own password file"),
    _p(
        "Note that passwords are saved in plain-text.",
        None,
        "'Note that passwords are saved in plain-text.'",
        "isbg's own password file",
    ),
    _p(
        "IMAP password for alice@example.com@imap.example.com: ",
        None,
        '"IMAP password for %s@%s: " % (',
        "isbg/isbg.py _do_get_password(): its own password prompt",
    ),
    _p(
        "Use --help to see valid options and arguments",
        None,
        '"\\nUse --help to see valid options and arguments\\n"',
        "isbg/__main__.py main(): after any ISBGError",
    ),
    _p(
        "Unrecognized score - high",
        None,
        '"Unrecognized score - " +',
        "isbg/__main__.py parse_args(): --deletehigherthan is not a number",
    ),
    _p(
        "Score 0.5 is too small",
        None,
        '"Score " + repr(sbg.deletehigherthan) +',
        "isbg/__main__.py parse_args(): option validation",
    ),
    _p(
        "Unrecognised size - 10k",
        None,
        '"Unrecognised size - " + opts["--maxsize"]',
        "isbg/__main__.py parse_args(): --maxsize is not a number",
    ),
    _p(
        "Partial run '-1' number must be equal to 0 or higher",
        None,
        "(\"Partial run \\'{}\\' number must be equal to \" +",
        "isbg/__main__.py parse_args(): option validation",
    ),
    _p(
        "spamassassin is misconfigured (use --allow-tell)",
        None,
        '"spamassassin is misconfigured (use --allow-tell)"',
        "isbg/spamproc.py learn(): spamc's exit code 69/74, SpamAssassin's own setup",
    ),
    _p(
        "spamc -> spamd error - aborting",
        None,
        '"spamc -> spamd error - aborting"',
        "isbg/spamproc.py process_inbox(): spamc could not reach spamd",
    ),
    _p(
        "17: Unknown return code 1 from spamc",
        None,
        '("{}: Unknown return code {} from " +',
        "isbg/spamproc.py learn(): spamc's exit code",
    ),
    _p(
        "spamc error for mail 17",
        None,
        "'spamc error for mail {}'.format(uid)",
        "isbg/spamproc.py learn(): running spamc failed",
    ),
    _p(
        "17 is too big (spamc return code 98)",
        None,
        '"{} is too big (spamc return code {})".format(',
        "isbg/spamproc.py learn(): spamc's own size limit for a message",
    ),
    _p(
        "Skipped learning due to dryrun!",
        None,
        '"Skipped learning due to dryrun!"',
        "isbg/spamproc.py learn(): --dryrun",
    ),
    _p(
        "Can't get info about if stdin is a tty",
        None,
        '"Can\'t get info about if stdin is a tty"',
        "isbg/isbg.py ISBG(): its own terminal check",
    ),
    _p(
        "Confused - rfc822 fetch gave ('NO', ['Message not found']) - The message was probably "
        "deleted while we were running",
        None,
        '("Confused - rfc822 fetch gave {} - The message was " +',
        "isbg/imaputils.py get_message(): a message vanished during the run",
    ),
    _p(
        "Key 'password' not found and cannot be deleted.",
        None,
        "\"Key '%s' not found and cannot be deleted.\" % key",
        "isbg/secrets.py: isbg's own password file",
    ),
    # Option help texts (__main__.py's docopt usage).
    _p("IMAP server name.", None, "IMAP server name.", "isbg's --imaphost help"),
    _p("IMAP account password.", None, "IMAP account password.", "isbg's --imappasswd help"),
    _p("Use a custom port.", None, "Use a custom port.", "isbg's --imapport help"),
    _p(
        "Don't use SSL to connect to the IMAP server.",
        None,
        "Don't use SSL to connect to the IMAP server.",
        "isbg's --nossl help",
    ),
    _p(
        "Store the password to be used in future runs.",
        None,
        "Store the password to be used in future runs.",
        "isbg's --savepw help",
    ),
    _p(
        "Prevent interactive requests.",
        None,
        "Prevent interactive requests.",
        "isbg's --noninteractive help",
    ),
    _p(
        "Use a file to supply the password.",
        None,
        "Use a file to supply the password.",
        "isbg's --passwdfilename help",
    ),
]


def _git_dir(mirrors: Path, name: str) -> Path:
    repo = mirrors / (name.replace("/", "+") + "/repo")
    return repo / ".git" if (repo / ".git").is_dir() else repo


def _app(
    mirrors: Path,
    pin: tuple[str, str],
    app: str,
    slug: str,
    paths: tuple[str, ...],
    picks: list[Pick],
) -> list[dict[str, object]]:
    repo = _git_dir(mirrors, pin[0])
    assert git(repo, "cat-file", "-t", pin[1]).strip() == "commit", pin
    at = f"{pin[0]}@{pin[1][:12]}"
    entries = []
    for index, pick in enumerate(picks):
        where = _where(repo, pin[1], pick.then, paths)
        entries.append(
            _entry(app, f"{slug}.{index}", pick, {"en": pick.key}, {"en": f"{at}:{where}"})
        )
    return entries


def email_oauth2_proxy(mirrors: Path) -> list[dict[str, object]]:
    return _app(mirrors, PROXY, _APP, "emailproxy", ("emailproxy.py",), PROXY_PICKS)


def isbg(mirrors: Path) -> list[dict[str, object]]:
    return _app(mirrors, ISBG, "isbg", "isbg", ("isbg",), ISBG_PICKS)


ABOUT = (
    "The seventy-fifth held-out set (tools/extract_seventy_fifth.py): Email OAuth 2.0 Proxy "
    "(simonrob/email-oauth2-proxy, emailproxy.py 2026.04.21): its log lines about the "
    "connection to the remote server, TLS and certificates, the OAuth token request, the "
    "replies it sends the mail client itself and server replies it relays unchanged, with "
    "Python 3.12's socket/ssl texts (OpenSSL 3, glibc) and pyasyncore's, en only; its own "
    "configuration, menu and authorisation texts. isbg (isbg/isbg 2.2.1, 2019): its IMAP "
    "connection warnings and the imaplib exceptions that end its traceback (Python 3.11/3.12 "
    "imaplib), its assertok() aborts, en only; its own options, password file, lock file and "
    "spamassassin texts. Extracted and labelled blind from the code; code null: no "
    "mail-settings problem or nothing narrowing it. Neither app ships translations."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, email_oauth2_proxy, isbg)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
