"""Developer tool: the sixty-seventh blind held-out set (meli's and DavMail's mail errors).

meli (meli/meli at 18baa441936f, August 2026, a Rust terminal mail client): its IMAP, SMTP and
NNTP backends in melib/src (imap/connection.rs, smtp.rs, nntp/connection.rs, the TCP connect
utils/connections/std_net.rs) raise melib's Error, which the account status shows through
melib/src/error.rs's ErrorChainDisplay: '<kind>: <summary>' or, wrapping another error,
'<kind>: <inner> (<summary>)'; an io::Error becomes 'OS error <errno>: <desc>: <io text>'
(nix's Errno::desc) or, for a failed lookup, 'Name lookup of host failed: failed to lookup
address information: ...' (Rust std's getaddrinfo text). TLS goes through native-tls, which
Cargo.lock pins at 0.2.14 over openssl 0.10.73 (the Linux backend): read in
sfackler/rust-native-tls v0.2.14 (src/imp/openssl.rs: '<stack> (<verify result>)') and
sfackler/rust-openssl openssl-v0.10.73 (openssl/src/error.rs: 'error:<code>:<lib>:<func>:
<reason>:<file>:<line>:'), with OpenSSL 3.0's reason and verify strings. SMTP replies become
'<the reply's text>. <meli's name for the code>' (smtp.rs Reply -> Result). Its own config and
mailbox texts are code null. English only (meli ships no translations).

DavMail (mguessan/davmail at 3b87d523a1ad, August 2026, a gateway from IMAP/SMTP/POP to
Exchange): its messages from the messages bundle (the snapshot stores src/java/davmail/
messages.properties and its _fr, _it, _ru translations as src/java/davmailmessages*.properties;
de, es, nl, pt-BR, pl, ja are not shipped, ru is not among the nine), formatted as
BundleMessage does (MessageFormat), in en, fr and it: the tray balloon
(DavGatewayTray.displayMessage, the user's locale) shows an exception's bundle message; the
connection check (exchange/ExchangeSessionFactory.java handleNetworkDown()) wraps the Java
exception as 'DavMail configuration exception:\\n' + 'Connect exception: <class> <message>',
the Java part in Java's words: lib/ ships httpclient-4.5.14 (HttpHostConnectException and
ConnectTimeoutException's 'Connect to host:port [host/ip] failed: ...', DefaultHostnameVerifier's
SSLPeerUnverifiedException), the JDK's UnknownHostException 'host: Name or service not known' and
ConnectException 'Connection refused' (JDK 13+ NioSocketImpl). Its SMTP listener answers '535
Authentication failed ' + the English message, its IMAP listener 'NO LOGIN failed'.
DavMail's own trust manager (http/DavGatewayX509TrustManager.java) catches the JDK's PKIX
failure and asks the user (UI_UNTRUSTED_CERTIFICATE), so the PKIX text never reaches the user:
a refusal becomes 'User rejected certificate'. Labelled blind from the code.

    python -m tools.extract_sixty_seventh MIRRORS_DIR benchmarks/data/sixty_seventh_texts.json

MIRRORS_DIR holds `meli+meli/repo`, `mguessan+davmail/repo`, `sfackler+rust-native-tls/repo`
and `sfackler+rust-openssl/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from tools.extract_fresh_texts import (
    Pick,
    _entry,
    _library,
    _where,
    git,
    read_properties,
    write_set,
)

MELI = ("meli/meli", "18baa441936f409ee390c9c1a0e7b1ca11f1b426")
DAVMAIL = ("mguessan/davmail", "3b87d523a1ad06636a3ef8529466bf22ad827a9b")
NATIVE_TLS = ("sfackler/rust-native-tls", "v0.2.14")
OPENSSL = ("sfackler/rust-openssl", "openssl-v0.10.73")

IMAP = "imap.example.com"
SMTP = "smtp.example.com"
NEWS = "news.example.com"
_TLS = f" (Could not initiate TLS negotiation to {IMAP}.)"
_VERIFY = (
    "error:0A000086:SSL routines:tls_post_process_server_certificate:certificate verify "
    "failed:../ssl/statem/statem_clnt.c:1889:"
)
_TLS_WHY = (
    "melib/src/imap/connection.rs new_connection(): use_tls, native-tls connect() fails; "
    "From<HandshakeError> kind InvalidTLSConnection ('Invalid TLS connection'), "
    "chain_err_summary 'Could not initiate TLS negotiation to <host>.'; native-tls 0.2.14 "
    "imp/openssl.rs Display '<openssl stack> (<X509 verify result>)': "
)
_IO_WHY = (
    "melib/src/utils/connections/std_net.rs connect() (IMAP, NNTP, SMTP alike): the io::Error "
    "becomes melib's Error in error.rs From<io::Error>: "
)


def _smtp_err(text: str, name: str, auth: bool = False) -> str:
    """smtp.rs From<Reply> for Result<ReplyCode>: the lines without their code, then the
    summary '. <ReplyCode::as_str()>'; an AUTH step adds the kind 'Authentication error: '."""
    return ("Authentication error: " if auth else "") + f"{text}. {name}"


# (text, code, why, literal the pinned melib shows, path)
MELI_PICKS: list[tuple[str, str | None, str, str, str]] = [
    (
        "Name lookup of host failed: failed to lookup address information: Name or service "
        "not known",
        "HOST_NOT_FOUND",
        _IO_WHY + "the lookup's text names HostLookupFailed; getaddrinfo EAI_NONAME",
        "failed to lookup address information",
        "melib/src/error.rs",
    ),
    (
        "Name lookup of host failed: failed to lookup address information: Temporary failure "
        "in name resolution",
        "DNS_FAILURE",
        _IO_WHY + "HostLookupFailed, getaddrinfo EAI_AGAIN: the resolver did not answer",
        "Name lookup of host failed",
        "melib/src/error/network.rs",
    ),
    (
        "OS error 111: Connection refused: Connection refused (os error 111)",
        "PORT_CLOSED",
        _IO_WHY + "raw errno ECONNREFUSED, kind OSError ('OS error {}: {}'): nothing listens",
        'write!(fmt, "OS error {}: {}"',
        "melib/src/error.rs",
    ),
    (
        "Timed out error: Connection timed out.",
        "PORT_FILTERED",
        "melib/src/utils/connections/std_net.rs connect(): the configured timeout passes with "
        "no connection (io ErrorKind::TimedOut, kind 'Timed out error'): packets dropped",
        "Connection timed out.",
        "melib/src/utils/connections/std_net.rs",
    ),
    (
        "OS error 101: Network is unreachable: Network is unreachable (os error 101)",
        "HOST_UNREACHABLE",
        _IO_WHY + "raw errno ENETUNREACH: no route to the server",
        'write!(fmt, "OS error {}: {}"',
        "melib/src/error.rs",
    ),
    (
        "Invalid TLS connection: error:0A00010B:SSL routines:ssl3_get_record:wrong version "
        "number:../ssl/record/ssl3_record.c:354:" + _TLS,
        "TLS_ON_PLAIN_PORT",
        _TLS_WHY + "use_tls without use_starttls on port 143: OpenSSL reads the plain IMAP "
        "greeting as a TLS record",
        "Could not initiate TLS negotiation to {path}.",
        "melib/src/imap/connection.rs",
    ),
    (
        f"Invalid TLS connection: {_VERIFY} (self-signed certificate){_TLS}",
        "CERT_SELF_SIGNED",
        _TLS_WHY + "X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT (danger_accept_invalid_certs off)",
        "Could not initiate TLS negotiation to {path}.",
        "melib/src/imap/connection.rs",
    ),
    (
        f"Invalid TLS connection: {_VERIFY} (unable to get local issuer certificate){_TLS}",
        "CERT_UNTRUSTED",
        _TLS_WHY + "X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY: the chain leads to no trusted CA",
        "Could not initiate TLS negotiation to {path}.",
        "melib/src/imap/connection.rs",
    ),
    (
        f"Invalid TLS connection: {_VERIFY} (certificate has expired){_TLS}",
        "CERT_EXPIRED",
        _TLS_WHY + "X509_V_ERR_CERT_HAS_EXPIRED",
        "Could not initiate TLS negotiation to {path}.",
        "melib/src/imap/connection.rs",
    ),
    (
        f"Invalid TLS connection: {_VERIFY} (hostname mismatch){_TLS}",
        "CERT_HOSTNAME_MISMATCH",
        _TLS_WHY + "native-tls checks the host name; X509_V_ERR_HOSTNAME_MISMATCH",
        "Could not initiate TLS negotiation to {path}.",
        "melib/src/imap/connection.rs",
    ),
    (
        "Invalid TLS connection: error:0A000102:SSL routines:tls_process_server_hello:"
        "unsupported protocol:../ssl/statem/statem_clnt.c:1032:" + _TLS,
        "TLS_OUTDATED",
        _TLS_WHY + "the server offers only TLS 1.0/1.1, below OpenSSL 3's default floor",
        "Could not initiate TLS negotiation to {path}.",
        "melib/src/imap/connection.rs",
    ),
    (
        "OS error 104: Connection reset by peer: Connection reset by peer (os error 104) "
        "(STARTTLS failed. Server port is set to 993, which normally uses TLS. Maybe try "
        "disabling use_starttls.)",
        "PLAIN_ON_TLS_PORT",
        "melib/src/imap/connection.rs new_connection(): use_starttls with server_port 993: "
        "'M1 STARTTLS' sent in plain text to the implicit-TLS port, the server resets; the "
        "read error gets err_fn's summary",
        "Server port is set to 993, which normally uses TLS",
        "melib/src/imap/connection.rs",
    ),
    (
        f"Could not initiate STARTTLS negotiation to {IMAP}.",
        "STARTTLS_FAILED",
        "melib/src/imap/connection.rs new_connection(): 'M1 STARTTLS' got no 'M1 OK' within "
        "3 seconds: STARTTLS was asked for and did not start",
        "Could not initiate STARTTLS negotiation to {path}.",
        "melib/src/imap/connection.rs",
    ),
    (
        "Authentication error: Could not connect. Server replied with 'NO "
        "[AUTHENTICATIONFAILED] Authentication failed.'",
        "AUTH_FAILED",
        "melib/src/imap/connection.rs connect(): LOGIN's tagged reply is not OK; kind "
        "Authentication: the user name or password is wrong",
        "Could not connect. Server replied with",
        "melib/src/imap/connection.rs",
    ),
    (
        "Authentication error: Could not connect. Server replied with 'NO [ALERT] "
        "Application-specific password required: https://support.google.com/accounts/answer/"
        "185833 (Failure)'",
        "APP_PASSWORD_REQUIRED",
        "melib/src/imap/connection.rs connect(): LOGIN refused, the server's reply quoted: "
        "the account needs an app password",
        "Could not connect. Server replied with",
        "melib/src/imap/connection.rs",
    ),
    (
        f"Authentication error: Could not connect to {IMAP}: server does not accept the LOGIN "
        "command [LOGINDISABLED]",
        "PLAINTEXT_AUTH_DISABLED",
        "melib/src/imap/connection.rs connect(): CAPABILITY names LOGINDISABLED (plain text "
        "connection, RFC 3501): the server refuses LOGIN without TLS",
        "server does not accept the LOGIN command",
        "melib/src/imap/connection.rs",
    ),
    (
        f"Authentication error: Could not connect to {IMAP}: OAUTH2 is enabled but server did "
        "not return AUTH=XOAUTH2 capability. Returned capabilities were: IMAP4rev1 LITERAL+ "
        "SASL-IR LOGIN-REFERRALS ID ENABLE IDLE AUTH=PLAIN",
        "AUTH_NOT_OFFERED",
        "melib/src/imap/connection.rs connect(): use_oauth2 set, CAPABILITY lacks "
        "AUTH=XOAUTH2: the way meli is set to log in is not offered",
        "OAUTH2 is enabled but server did not return",
        "melib/src/imap/connection.rs",
    ),
    (
        f"Could not connect to {IMAP}: server is not IMAP4rev1 compliant",
        "WRONG_PROTOCOL",
        "melib/src/imap/connection.rs connect(): CAPABILITY lacks IMAP4rev1",
        "server is not IMAP4rev1 compliant",
        "melib/src/imap/connection.rs",
    ),
    (
        f"Protocol error: Could not connect to {IMAP}: could not parse CAPABILITY response: "
        f"`220 {SMTP} ESMTP Postfix`\nResponse does not start with `* CAPABILITY`.",
        "WRONG_PROTOCOL",
        "melib/src/imap/connection.rs connect(): the answer to CAPABILITY is an SMTP greeting: "
        "the IMAP account points at an SMTP server or port",
        "Response does not start with `* CAPABILITY`.",
        "melib/src/imap/connection.rs",
    ),
    (
        "Connection timed out after 1680 seconds",
        "SLOW_SERVER",
        "melib/src/imap/connection.rs: an IMAP command's answer did not come within "
        "IMAP_PROTOCOL_TIMEOUT (28 minutes) after connecting",
        "Connection timed out after {} seconds",
        "melib/src/imap/connection.rs",
    ),
    (
        "Authentication error: SMTP Server doesn't advertise Authentication support. Server "
        f'response was: Reply {{ code: _250, lines: ["{SMTP}", "PIPELINING", "SIZE 10240000", '
        '"8BITMIME", "DSN"] }',
        "AUTH_NOT_OFFERED",
        "melib/src/smtp.rs SmtpConnection::new_connection(): auth configured, the EHLO reply "
        "names no AUTH",
        "SMTP Server doesn't advertise Authentication support",
        "melib/src/smtp.rs",
    ),
    (
        _smtp_err(
            "5.7.8 Error: authentication failed: authentication failure",
            "Authentication failed",
            True,
        ),
        "AUTH_FAILED",
        "melib/src/smtp.rs: AUTH PLAIN/LOGIN answered 535 (expected 235), kind Authentication",
        '_535 => "Authentication failed"',
        "melib/src/smtp.rs",
    ),
    (
        _smtp_err(
            "5.7.0 Must issue a STARTTLS command first",
            "Must issue a STARTTLS command first",
            True,
        ),
        "PLAINTEXT_AUTH_DISABLED",
        "melib/src/smtp.rs: security none, AUTH answered 530: the server refuses to log in "
        "without TLS",
        '_530 => "Must issue a STARTTLS command first"',
        "melib/src/smtp.rs",
    ),
    (
        _smtp_err(
            f"4.7.0 {SMTP} Error: too many connections from 203.0.113.10",
            "Service not available, closing transmission channel",
        ),
        "RATE_LIMITED",
        "melib/src/smtp.rs: the greeting (expected 220) is a 421 naming the connection limit",
        '_421 => "Service not available, closing transmission channel"',
        "melib/src/smtp.rs",
    ),
    (
        _smtp_err(
            "5.7.1 Service unavailable; Client host [203.0.113.10] blocked using zen.spamhaus.org",
            "Transaction failed",
        ),
        "REJECTED_AS_SPAM",
        "melib/src/smtp.rs: the greeting refused, the sending IP is on a block list",
        '_554 => "Transaction failed"',
        "melib/src/smtp.rs",
    ),
    (
        _smtp_err(
            "5.7.1 <alice@example.com>: Sender address rejected: not owned by user "
            "alice@example.com",
            "Requested action not taken: mailbox name not allowed (e.g., mailbox syntax incorrect)",
        ),
        "SENDER_REFUSED",
        "melib/src/smtp.rs mail_transaction(): MAIL FROM answered 553: the From address is "
        "not one the account may send as",
        "Requested action not taken: mailbox name not allowed",
        "melib/src/smtp.rs",
    ),
    (
        _smtp_err("5.7.1 <bob@example.org>: Relay access denied", "Transaction failed"),
        "RELAY_REFUSED",
        "melib/src/smtp.rs mail_transaction(): RCPT TO to another domain refused without an "
        "authenticated session",
        '_554 => "Transaction failed"',
        "melib/src/smtp.rs",
    ),
    (
        _smtp_err(
            "5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual "
            "mailbox table",
            "Requested action not taken: mailbox unavailable (e.g., mailbox not found, no "
            "access, or command rejected for policy reasons)",
        ),
        "RECIPIENT_UNKNOWN",
        "melib/src/smtp.rs mail_transaction(): RCPT TO answered 550 5.1.1",
        "Requested action not taken: mailbox unavailable (e.g., mailbox not found",
        "melib/src/smtp.rs",
    ),
    (
        _smtp_err(
            "4.2.2 <bob@example.org>: Mailbox full",
            "Requested action not taken: insufficient system storage",
        ),
        "RECIPIENT_MAILBOX_FULL",
        "melib/src/smtp.rs mail_transaction(): RCPT TO answered 452 4.2.2",
        '_452 => "Requested action not taken: insufficient system storage"',
        "melib/src/smtp.rs",
    ),
    (
        _smtp_err(
            "5.3.4 Message size exceeds fixed limit",
            "Requested mail action aborted: exceeded storage allocation",
        ),
        "SIZE_LIMIT",
        "melib/src/smtp.rs mail_transaction(): the end of DATA answered 552 5.3.4",
        '_552 => "Requested mail action aborted: exceeded storage allocation"',
        "melib/src/smtp.rs",
    ),
    (
        _smtp_err(
            "4.7.1 Error: too much mail from 203.0.113.10",
            "Requested mail action not taken: mailbox unavailable",
        ),
        "RATE_LIMITED",
        "melib/src/smtp.rs mail_transaction(): MAIL FROM answered 450 4.7.1: the per-client "
        "sending limit",
        '_450 => "Requested mail action not taken: mailbox unavailable"',
        "melib/src/smtp.rs",
    ),
    (
        "Invalid TLS connection: error:0A00010B:SSL routines:ssl3_get_record:wrong version "
        "number:../ssl/record/ssl3_record.c:354:",
        "TLS_ON_PLAIN_PORT",
        "melib/src/smtp.rs new_connection(): security tls (implicit) on port 587: "
        "connector.connect()'s HandshakeError through '?' (From<HandshakeError>, no summary)",
        "connector.connect(&_path, socket)",
        "melib/src/smtp.rs",
    ),
    (
        f"Could not connect to {NEWS}: server does not support STARTTLS but it was required "
        "by user configuration",
        "STARTTLS_NOT_OFFERED",
        "melib/src/nntp/connection.rs new_connection(): use_starttls, CAPABILITIES lack STARTTLS",
        "server does not support STARTTLS but it was",
        "melib/src/nntp/connection.rs",
    ),
    (
        "Authentication error: Could not connect: no supported auth mechanisms in server "
        'capabilities: ["VERSION 2", "READER", "AUTHINFO SASL", "SASL GSSAPI"]',
        "AUTH_NOT_OFFERED",
        "melib/src/nntp/connection.rs new_connection(): credentials set, CAPABILITIES name no "
        "AUTHINFO USER",
        "no supported auth mechanisms in server capabilities",
        "melib/src/nntp/connection.rs",
    ),
    # meli's own texts: config, composing, mailbox permissions (code null).
    (
        "SMTP submission was aborted because there was no e-mail address found in the To: "
        "header field. Consider adding recipients.",
        None,
        "melib/src/smtp.rs mail_transaction(): the draft has no recipients, no server asked",
        "no e-mail address found in the To:",
        "melib/src/smtp.rs",
    ),
    (
        "SMTP submission was aborted because there was more than one e-mail address found in "
        "the From: header field. Consider setting `envelope_from` in SMTP client settings",
        None,
        "melib/src/smtp.rs mail_transaction(): the draft's From: names two addresses",
        "there was more than one e-mail address",
        "melib/src/smtp.rs",
    ),
    (
        "Please specify what SMTP security transport to use explicitly instead of `auto`.",
        None,
        "melib/src/smtp.rs: a configuration value meli does not accept, no server asked",
        "Please specify what SMTP security transport to use explicitly",
        "melib/src/smtp.rs",
    ),
    (
        "SMTP password evaluation command `pass show mail/smtp` returned exit status: 1: "
        "Error: mail/smtp is not in the password store.\n",
        None,
        "melib/src/smtp.rs: the configured password command failed locally",
        "SMTP password evaluation command",
        "melib/src/smtp.rs",
    ),
    (
        "Configuration error: Could not decode `server_password` from base64. Is the value "
        "correct?",
        None,
        "melib/src/imap/connection.rs: the configured OAuth2 token is not base64",
        "Could not decode `server_password` from base64",
        "melib/src/imap/connection.rs",
    ),
    (
        "You are not allowed to create messages in mailbox Archive/2024",
        None,
        "melib/src/imap/connection.rs: the mailbox's rights forbid appending",
        "You are not allowed to create messages in mailbox",
        "melib/src/imap/connection.rs",
    ),
    (
        "Cannot search without specifying mailbox on IMAP",
        None,
        "melib/src/imap/connection.rs: a search with no mailbox",
        "Cannot search without specifying mailbox on IMAP",
        "melib/src/imap/connection.rs",
    ),
    (
        "Trying to select a \\NoSelect mailbox: [Gmail]",
        None,
        "melib/src/imap/connection.rs select_mailbox(): a container, not a mailbox",
        "Trying to select a \\\\NoSelect mailbox",
        "melib/src/imap/connection.rs",
    ),
    (
        "Not found error: No such mailbox",
        None,
        "melib/src/nntp/connection.rs: a newsgroup meli no longer knows",
        '"No such mailbox"',
        "melib/src/nntp/connection.rs",
    ),
    (
        "Configuration error: No configuration file found.",
        None,
        "meli/src/conf.rs: meli's own configuration file missing",
        "No configuration file found.",
        "meli/src/conf.rs",
    ),
    (
        "Configuration error: Given configuration path is empty.",
        None,
        "meli/src/conf.rs: meli's own configuration path",
        "Given configuration path is empty.",
        "meli/src/conf.rs",
    ),
    (
        "Theme `solarized` was not found.",
        None,
        "meli/src/conf.rs: a UI theme setting",
        "was not found.",
        "meli/src/conf.rs",
    ),
    (
        "Could not send e-mail using `msmtp --read-envelope-from -t`: Process exited with status 1",
        None,
        "meli/src/accounts.rs: the configured send_mail command failed; its own output is not "
        "shown, nothing narrows it",
        "Could not send e-mail using `{command}`: Process exited with",
        "meli/src/accounts.rs",
    ),
]


def meli(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, MELI)
    at = f"{MELI[0]}@{commit[:12]}"
    lock = git(repo, "show", f"{commit}:Cargo.lock")
    assert 'name = "native-tls"\nversion = "0.2.14"' in lock
    assert 'name = "openssl"\nversion = "0.10.73"' in lock
    tls_repo, _ = _library(mirrors, ("sfackler/rust-native-tls", "HEAD"))
    ossl_repo, _ = _library(mirrors, ("sfackler/rust-openssl", "HEAD"))
    assert 'write!(fmt, "{} ({})", e, v)' in git(
        tls_repo, "show", f"{NATIVE_TLS[1]}:src/imp/openssl.rs"
    )
    assert 'write!(fmt, "error:{:08X}", self.code())' in git(
        ossl_repo, "show", f"{OPENSSL[1]}:openssl/src/error.rs"
    )
    entries = []
    for text, code, why, literal, path in MELI_PICKS:
        where = _where(repo, commit, literal, (path,))
        pick = Pick(text, code, why=why)
        entries.append(
            _entry("meli", f"meli.{len(entries)}", pick, {"en": text}, {"en": f"{at}:{where}"})
        )
    return entries


DAV_LANGS = {"en": "", "fr": "_fr", "it": "_it"}
_HOST = "outlook.example.com"
_URL = f"https://{_HOST}/EWS/Exchange.asmx"


def _java_format(text: str, values: tuple[str, ...]) -> str:
    """java.text.MessageFormat as BundleMessage uses it: {n} (and {n,number,#}) filled,
    quoted text unquoted, '' is '."""
    text = re.sub(r"\{(\d+)[^}]*\}", lambda m: values[int(m[1])], text)
    return re.sub(r"'([^']*)'", lambda m: m[1] or "'", text)


# (key, code, values, why, prefix_key or "", suffix appended after the message)
_CONNECT_WHY = (
    "exchange/ExchangeSessionFactory.java checkConfig()/getInstance() -> handleNetworkDown(): "
    "network up, so BundleMessage EXCEPTION_CONNECT(class, message) inside "
    "EXCEPTION_DAVMAIL_CONFIGURATION, shown by the tray (DavGatewayTray.error) in the user's "
    "locale: "
)
DAV_CONNECT: list[tuple[str, str, str, str]] = [
    (
        "java.net.UnknownHostException",
        f"{_HOST}: Name or service not known",
        "HOST_NOT_FOUND",
        "the JDK's lookup fails with EAI_NONAME: the davmail.url host does not exist",
    ),
    (
        "java.net.UnknownHostException",
        f"{_HOST}: Temporary failure in name resolution",
        "DNS_FAILURE",
        "EAI_AGAIN: the resolver did not answer",
    ),
    (
        "org.apache.http.conn.HttpHostConnectException",
        f"Connect to {_HOST}:443 [{_HOST}/203.0.113.5] failed: Connection refused",
        "PORT_CLOSED",
        "httpclient 4.5.14 wraps the ConnectException: nothing listens on the port",
    ),
    (
        "org.apache.http.conn.ConnectTimeoutException",
        f"Connect to {_HOST}:443 [{_HOST}/203.0.113.5] failed: connect timed out",
        "PORT_FILTERED",
        "httpclient's connect timeout: no answer to the SYN, a firewall drops it",
    ),
    (
        "javax.net.ssl.SSLPeerUnverifiedException",
        f"Certificate for <{_HOST}> doesn't match any of the subject alternative names: "
        "[mail.hosting.example.net]",
        "CERT_HOSTNAME_MISMATCH",
        "httpclient's DefaultHostnameVerifier (SSLConnectionSocketFactory in "
        "http/HttpClientAdapter.java): the certificate names another host",
    ),
    (
        "javax.net.ssl.SSLHandshakeException",
        "User rejected certificate",
        "CERT_UNTRUSTED",
        "http/DavGatewayX509TrustManager.java: the JDK's trust manager refused the chain, "
        "DavMail asked and the user denied it: the certificate is not trusted",
    ),
]
DAV_KEYS: list[tuple[str, str | None, tuple[str, ...], str]] = [
    (
        "EXCEPTION_AUTHENTICATION_FAILED",
        "AUTH_FAILED",
        (),
        "exchange/auth/ExchangeFormAuthenticator.java, O365Authenticator.java: Exchange "
        "refused the user name or password (tray balloon)",
    ),
    (
        "EXCEPTION_AUTHENTICATION_FAILED_RETRY",
        "AUTH_USERNAME_FORMAT",
        (),
        "exchange/auth/ExchangeFormAuthenticator.java: login refused and the user name has no "
        "domain: the form of the user name is the thing to change",
    ),
    (
        "EXCEPTION_CONNECTION_FAILED",
        "WRONG_HOST",
        (_URL, "404"),
        "exchange/ExchangeSessionFactory.java checkConfig(): the configured OWA/EWS URL "
        "answers 404: the address set is not the Exchange endpoint",
    ),
    (
        "EXCEPTION_NETWORK_DOWN",
        "HOST_UNREACHABLE",
        (),
        "exchange/ExchangeSessionFactory.java handleNetworkDown(): no interface up or the "
        "host unreachable",
    ),
    (
        "EXCEPTION_INVALID_HEADER",
        "TLS_ON_PLAIN_PORT",
        (),
        "caldav/CaldavConnection.java: a TLS ClientHello arrives on DavMail's plain HTTP "
        "listener: the client uses TLS on a port that speaks plain",
    ),
    (
        "UI_UNTRUSTED_CERTIFICATE",
        "CERT_UNTRUSTED",
        (),
        "http/DavGatewayX509TrustManager.java isCertificateTrusted(): the JDK refused the "
        "Exchange server's chain, DavMail asks",
    ),
    ("UI_PASSWORD_PROMPT", None, (), "DavMail's own password prompt"),
    ("UI_KERBEROS_PASSWORD_PROMPT", None, (), "DavMail's own Kerberos prompt"),
    ("UI_OTP_PASSWORD_PROMPT", None, (), "the Office 365 one-time password prompt"),
    ("UI_SMS_PHONE_CODE", None, ("+33 6 12 34 56 78",), "the 2FA code prompt"),
    ("UI_CAPTCHA_PROMPT", None, (), "a login form's pin prompt"),
    (
        "UI_O365_MFA_NUMBER_MATCHING_PROMPT",
        None,
        ("42",),
        "Microsoft Authenticator number matching",
    ),
    ("LOG_ERROR_LOADING_SETTINGS", None, (), "DavMail's own settings file"),
    ("LOG_UNABLE_TO_STORE_SETTINGS", None, (), "DavMail's own settings file"),
    ("LOG_UNABLE_TO_CREATE_LOG_FILE_DIR", None, (), "a local directory"),
    ("LOG_UNABLE_TO_CREATE_TRAY", None, (), "the desktop tray"),
    (
        "LOG_SOCKET_BIND_FAILED",
        None,
        ("IMAP", "1143"),
        "AbstractServer.java: DavMail's own local listener cannot bind",
    ),
    (
        "LOG_EXTERNAL_CONNECTION_REFUSED",
        None,
        (),
        "a remote client refused by DavMail's own allowRemote setting",
    ),
    ("EXCEPTION_ITEM_NOT_FOUND", None, (), "a message or event missing"),
    ("EXCEPTION_UNABLE_TO_MOVE_FOLDER", None, (), "a folder operation"),
    ("EXCEPTION_UNABLE_TO_COPY_MESSAGE", None, (), "a message operation"),
    ("EXCEPTION_UNABLE_TO_UPDATE_MESSAGE", None, (), "a message operation"),
    ("EXCEPTION_FOLDER_NOT_FOUND", None, ("Archives",), "a folder name"),
    ("EXCEPTION_INVALID_DATE", None, ("2024-13-45",), "a calendar value"),
    ("LOG_INVALID_TIMEZONE", None, ("Mars/Olympus",), "a calendar value"),
    ("LOG_NEW_VERSION_AVAILABLE", None, ("6.4.0",), "an update notice"),
    (
        "EXCEPTION_INVALID_CREDENTIALS",
        None,
        (),
        "smtp/SmtpConnection.java decodeCredentials(): the client's AUTH PLAIN is malformed",
    ),
]
# The listeners' own replies to the mail client (English, no bundle).
DAV_REPLIES: list[tuple[str, str | None, str, str, str]] = [
    (
        "535 Authentication failed Authentication failed: invalid user or password",
        "AUTH_FAILED",
        "smtp/SmtpConnection.java authenticate(): '535 Authentication failed ' + the "
        "exception's English message (EXCEPTION_AUTHENTICATION_FAILED)",
        '"535 Authentication failed "',
        "src/java/davmail/smtp/SmtpConnection.java",
    ),
    (
        "A1 NO LOGIN failed",
        None,
        "imap/ImapConnection.java: any exception opening the Exchange session (network, "
        "configuration or password): nothing narrows it",
        '" NO LOGIN failed"',
        "src/java/davmail/imap/ImapConnection.java",
    ),
    (
        "A1 NO unsupported authentication method",
        "AUTH_NOT_OFFERED",
        "imap/ImapConnection.java: AUTHENTICATE with a mechanism other than LOGIN",
        '" NO unsupported authentication method"',
        "src/java/davmail/imap/ImapConnection.java",
    ),
]


def davmail(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, DAVMAIL)
    at = f"{DAVMAIL[0]}@{commit[:12]}"
    assert git(repo, "ls-tree", commit, "lib/httpclient-4.5.14.jar")
    paths = {lang: f"src/java/davmailmessages{tail}.properties" for lang, tail in DAV_LANGS.items()}
    raw = {lang: git(repo, "show", f"{commit}:{path}") for lang, path in paths.items()}
    # read_properties keeps \\n as "n": make it the line break Java's Properties reads
    tables = {
        lang: read_properties(re.sub(r"(?<!\\)\\n", r"\\u000a", text)) for lang, text in raw.items()
    }

    def line(lang: str, key: str) -> int:
        for number, row in enumerate(raw[lang].splitlines(), 1):
            if row.startswith(key + "="):
                return number
        raise AssertionError(key)

    def words(key: str, values: tuple[str, ...]) -> tuple[dict[str, str], dict[str, str]]:
        texts, sources = {}, {}
        for lang in DAV_LANGS:
            value = tables[lang].get(key)
            if not value or (lang != "en" and value == tables["en"][key]):
                continue
            texts[lang] = _java_format(value, values)
            sources[lang] = f"{at}:{paths[lang]}:{line(lang, key)}"
        assert "en" in texts, key
        return texts, sources

    entries = []
    handle = _where(repo, commit, '"EXCEPTION_CONNECT"', ("src/java/davmail/exchange",))
    for cls, message, code, why in DAV_CONNECT:
        inner, _ = words("EXCEPTION_CONNECT", (cls, message))
        texts, sources = words("EXCEPTION_DAVMAIL_CONFIGURATION", ("{0}",))
        texts = {
            lang: text.replace("{0}", inner.get(lang, inner["en"])) for lang, text in texts.items()
        }
        sources = {lang: f"{at}:{handle} ({src.split(':', 1)[1]})" for lang, src in sources.items()}
        pick = Pick(texts["en"], code, why=_CONNECT_WHY + why)
        entries.append(_entry("DavMail", f"davmail.{len(entries)}", pick, texts, sources))
    for key, code, values, why in DAV_KEYS:
        texts, sources = words(key, values)
        pick = Pick(texts["en"], code, why=why if code else f"{why}, no mail setting involved")
        entries.append(_entry("DavMail", f"davmail.{len(entries)}", pick, texts, sources))
    for text, code, why, literal, path in DAV_REPLIES:
        where = _where(repo, commit, literal, (path,))
        pick = Pick(text, code, why=why)
        entries.append(
            _entry(
                "DavMail", f"davmail.{len(entries)}", pick, {"en": text}, {"en": f"{at}:{where}"}
            )
        )
    return entries


ABOUT = (
    "The sixty-seventh held-out set (tools/extract_sixty_seventh.py): meli (meli/meli at "
    "18baa441936f): its IMAP, SMTP and NNTP backends' errors as melib's ErrorChainDisplay "
    "shows them, TLS reasons from native-tls 0.2.14 over openssl 0.10.73 (Cargo.lock) with "
    "OpenSSL 3.0's words, its own config and mailbox texts; en only. DavMail "
    "(mguessan/davmail at 3b87d523a1ad): its messages bundle in en, fr and it (the snapshot "
    "stores src/java/davmail/messages*.properties as src/java/davmailmessages*.properties; "
    "no de, es, nl, pt-BR, pl or ja translation ships), the connection check's 'Connect "
    "exception: <class> <message>' with httpclient 4.5.14's and the JDK's words, its SMTP "
    "and IMAP listeners' replies (en); its own prompts, settings and folder texts. Extracted "
    "and labelled blind from the code; code null: no mail-settings problem or nothing "
    "narrowing it."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, meli, davmail)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
