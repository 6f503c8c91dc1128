"""Developer tool: the seventy-ninth blind held-out set (Alpine's and Cone's mail errors).

Alpine (alpinemail/alpine at fb3f153ac865, May 2024, VERSION 2.26; alpine4work/alpine, the
first mirror found, could not be fetched): the IMAP/POP/SMTP errors of the c-client it ships
(imap/src/c-client/imap4r1.c, pop3.c, smtp.c, imap/src/osdep/unix/tcp_unix.c, ssl_unix.c),
filled as their sprintf()s fill them (strerror(3) texts of glibc), shown through Alpine's
mm_log() status line; the sending errors of pith/send.c ('Mail not sent: ' after
tidy_smtp_mess() strips the reply code, 'Mail not sent. Sending error: ' + the reply, 'Error
sending: ' + the last c-client error); the certificate screen of alpine/imap.c
pine_sslcertquery() (Alpine sets SET_SSLCERTIFICATEQUERY, so c-client's own 'Certificate
failure for' line is not shown) with OpenSSL 3.0's X509_verify_cert_error_string() wording
(the OpenSSL Alpine 2.26 builds against on current systems). English only (the brief: its po/
is not taken). Its own texts (mailbox, POP3 limits, Fcc, cancelled logins) code null.

Cone (no courier-libs/cone mirror holds it: svarshavchik/courier-libs has no cone/; read in
roelvanmeer/cone-packaging at 51b35445eb2f, January 2018, cone 0.89, which carries cone/,
libmail/ and tcpd/): libmail's connection errors (fd.C: gai_strerror(), strerror() of the
asynchronous connect, 'Connection closed by remote host.'), the TLS errors of the
libcouriertls it bundles (tcpd/libcouriertls.c: 'couriertls: connect: ' + OpenSSL 1.1.0's
ERR_error_string_n(), the OpenSSL of its time; the certificate name check), IMAP's failed
LOGIN (imaplogin.C failcmd(): loginMethod + ': ' + the server's text), SMTP's replies as
smtp.C passes the whole reply line to fail(). English only (cone ships no catalogs). Its own
texts (libmail folder and address-book errors, cone/ master-password and form texts) null.
Labelled blind from the code.

    python -m tools.extract_seventy_ninth MIRRORS_DIR benchmarks/data/seventy_ninth_texts.json

MIRRORS_DIR holds `alpinemail+alpine/repo` and `roelvanmeer+cone-packaging/repo` as `fetch`
leaves them in /work/.mirror.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _entry, _library, _where, write_set

ALPINE = ("alpinemail/alpine", "fb3f153ac86521633d1afd6184cbdc03918a0168")
CONE = ("roelvanmeer/cone-packaging", "51b35445eb2fad9466737bfab980dd4229e514a0")

_TCP = "imap/src/osdep/unix/tcp_unix.c"
_SSL = "imap/src/osdep/unix/ssl_unix.c"
_IMAP = "imap/src/c-client/imap4r1.c"
_POP = "imap/src/c-client/pop3.c"
_SMTP = "imap/src/c-client/smtp.c"
_MAIL = "imap/src/c-client/mail.c"
_SEND = "pith/send.c"
_UI = "alpine/imap.c"

_CANT = "Can't connect to %.80s,%u: %s"
_FAILED = "Connection failed to %.80s,%lu: %s"
_NOHOST = "No such host as %.80s"
_ERRSEND = "Error sending%.2s%.80s"
_NOTSENT = "Mail not sent: %.80s"
_SENDERR = "Mail not sent. Sending error%s%s"
_CERTQ = "There was a failure validating the SSL/TLS certificate for the server"

_CANT_WHY = (
    "tcp_unix.c tcp_socket_open(): connect(2) fails at once, 'Can't connect to host,port: ' + "
    "strerror(errno): "
)
_FAILED_WHY = (
    "tcp_unix.c tcp_socket_open(): the non-blocking connect's select() ends without a "
    "connection, 'Connection failed to host,port: ' + strerror: "
)
_SENDWHY = (
    "pith/send.c call_mailer(): smtp_open() failed, 'Error sending: ' + the last c-client "
    "error mm_log() kept (ps_global->c_client_error): "
)
_RCPTWHY = (
    "pith/send.c call_mailer(): smtp_mail() failed and the recipient's address carries the "
    "RCPT TO reply; tidy_smtp_mess() strips the reply and enhanced codes, 'Mail not sent: ': "
)
_MAILWHY = (
    "pith/send.c call_mailer(): smtp_mail() failed on MAIL FROM or the end of DATA, 'Mail not "
    "sent. Sending error: ' + stream->reply: "
)


def _certq(reason: str) -> str:
    return f"{_CERTQ}\n\nimap.example.com\n\nThe reason for the failure was\n\n{reason} (details)"


_CERTQ_WHY = (
    "alpine/imap.c pine_sslcertquery(), called by ssl_unix.c ssl_open_verify() (OpenSSL's "
    "X509_verify_cert_error_string()) or ssl_start_work() (c-client's own name check): "
)

# (text, code, why, literal, path)
ALPINE_PICKS: list[tuple[str, str | None, str, str, str]] = [
    (
        "Can't connect to imap.example.com,993: Connection refused",
        "PORT_CLOSED",
        _CANT_WHY + "ECONNREFUSED, nothing listens on the port",
        _CANT,
        _TCP,
    ),
    (
        "Can't connect to smtp.example.com,587: Network is unreachable",
        "HOST_UNREACHABLE",
        _CANT_WHY + "ENETUNREACH, no route to the server",
        _CANT,
        _TCP,
    ),
    (
        "Connection failed to imap.example.com,143: Connection timed out",
        "PORT_FILTERED",
        _FAILED_WHY + "ETIMEDOUT, no answer to the SYN: a firewall drops it",
        _FAILED,
        _TCP,
    ),
    (
        "Connection failed to imap.example.com,993: Connection refused",
        "PORT_CLOSED",
        _FAILED_WHY + "ECONNREFUSED after the connect was under way",
        _FAILED,
        _TCP,
    ),
    (
        "Connection failed to smtp.example.com,465: No route to host",
        "HOST_UNREACHABLE",
        _FAILED_WHY + "EHOSTUNREACH",
        _FAILED,
        _TCP,
    ),
    (
        "No such host as imap.exmaple.com",
        "HOST_NOT_FOUND",
        "tcp_unix.c tcp_aopen()/tcp_open(): ip_nametoaddr() (getaddrinfo) gives no address for "
        "the configured host name",
        _NOHOST,
        _TCP,
    ),
    (
        _certq("self-signed certificate"),
        "CERT_SELF_SIGNED",
        _CERTQ_WHY + "X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT",
        _CERTQ,
        _UI,
    ),
    (
        _certq("self-signed certificate in certificate chain"),
        "CERT_SELF_SIGNED",
        _CERTQ_WHY + "X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN, a private root",
        _CERTQ,
        _UI,
    ),
    (
        _certq("unable to get local issuer certificate"),
        "CERT_UNTRUSTED",
        _CERTQ_WHY + "X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY, the chain does not lead "
        "to a trusted CA",
        _CERTQ,
        _UI,
    ),
    (
        _certq("certificate has expired"),
        "CERT_EXPIRED",
        _CERTQ_WHY + "X509_V_ERR_CERT_HAS_EXPIRED",
        _CERTQ,
        _UI,
    ),
    (
        _certq("certificate is not yet valid"),
        "CERT_NOT_YET_VALID",
        _CERTQ_WHY + "X509_V_ERR_CERT_NOT_YET_VALID",
        _CERTQ,
        _UI,
    ),
    (
        _certq("Server name does not match certificate"),
        "CERT_HOSTNAME_MISMATCH",
        _CERTQ_WHY + "ssl_validate_cert(): neither CN nor subjectAltName matches the host",
        _CERTQ,
        _UI,
    ),
    (
        "Server name does not match certificate: /CN=mail.hosting.example.net",
        "CERT_HOSTNAME_MISMATCH",
        "ssl_unix.c ssl_start_work(): ssl_validate_cert()'s reason + the subject, as "
        "ssl_last_error keeps it for the status line",
        "Server name does not match certificate",
        _SSL,
    ),
    (
        "Unable to negotiate TLS with this server",
        "STARTTLS_FAILED",
        "imap4r1.c imap_open(): STARTTLS was offered and sent, the TLS start on the socket failed",
        "Unable to negotiate TLS with this server",
        _IMAP,
    ),
    (
        "Unable to negotiate TLS with this server: smtp.example.com",
        "STARTTLS_FAILED",
        "smtp.c smtp_open_full(): the STARTTLS the server offered did not start TLS",
        "Unable to negotiate TLS with this server: %.80s",
        _SMTP,
    ),
    (
        "TLS unavailable with this server: smtp.example.com",
        "STARTTLS_NOT_OFFERED",
        "smtp.c smtp_open_full(): /tls asked for, EHLO names no STARTTLS",
        "TLS unavailable with this server: %.80s",
        _SMTP,
    ),
    (
        "STARTTLS not allowed on PREAUTH state. Closing Connection",
        None,
        "imap4r1.c imap_open(): a PREAUTH greeting with /tls; a server oddity, no setting of "
        "the user's named",
        "STARTTLS not allowed on PREAUTH state",
        _IMAP,
    ),
    (
        "Can not authenticate to IMAP server: [AUTHENTICATIONFAILED] Authentication failed.",
        "AUTH_FAILED",
        "imap4r1.c imap_auth(): each SASL try refused, the last tagged NO quoted",
        "Can not authenticate to IMAP server: %.80s",
        _IMAP,
    ),
    (
        "Retrying using LOGIN authentication after [AUTHENTICATIONFAILED] Invalid credentials "
        "(Failure)",
        "AUTH_FAILED",
        "imap4r1.c imap_auth(): the first SASL mechanism's NO quoted before the next try",
        "Retrying using %s authentication after %.80s",
        _IMAP,
    ),
    (
        "Too many login failures",
        "AUTH_FAILED",
        "imap4r1.c imap_login(): LOGIN refused on every try with the user's password",
        "Too many login failures",
        _IMAP,
    ),
    (
        "Server disables LOGIN, no recognized SASL authenticator",
        "PLAINTEXT_AUTH_DISABLED",
        "imap4r1.c imap_auth()/imap_login(): CAPABILITY says LOGINDISABLED and no SASL "
        "mechanism c-client has: the server refuses a plain login (usually unencrypted)",
        "Server disables LOGIN, no recognized SASL authenticator",
        _IMAP,
    ),
    (
        "IMAP server does not support AUTH=XOAUTH2 authenticator",
        "AUTH_NOT_OFFERED",
        "imap4r1.c imap_auth(): /auth=xoauth2 configured, the server does not offer it",
        "IMAP server does not support AUTH=%.80s authenticator",
        _IMAP,
    ),
    (
        "Can not authenticate to POP3 server: [AUTH] Authentication failed.",
        "AUTH_FAILED",
        "pop3.c pop3_auth(): the -ERR reply to the SASL exchange quoted",
        "Can not authenticate to POP3 server: %.80s",
        _POP,
    ),
    (
        "Can't login to this server",
        "AUTH_NOT_OFFERED",
        "pop3.c pop3_auth(): no SASL mechanism c-client has and no USER in CAPA",
        "Can't login to this server",
        _POP,
    ),
    (
        "Can not authenticate to SMTP server: 535 5.7.8 Error: authentication failed: "
        "authentication failure",
        "AUTH_FAILED",
        "smtp.c smtp_auth(): the AUTH's last reply (stream->reply) quoted",
        "Can not authenticate to SMTP server: %.80s",
        _SMTP,
    ),
    (
        "SMTP authentication not available: smtp.example.com",
        "AUTH_NOT_OFFERED",
        "smtp.c smtp_open_full(): /user set, EHLO names no AUTH mechanism c-client has",
        "SMTP authentication not available: %.80s",
        _SMTP,
    ),
    (
        "SMTP greeting failure: 421 4.7.0 smtp.example.com Error: too many connections from "
        "203.0.113.10",
        "RATE_LIMITED",
        "smtp.c smtp_open_full(): the greeting is not 220, the reply quoted: the connection limit",
        "SMTP greeting failure: %.80s",
        _SMTP,
    ),
    (
        "SMTP greeting failure: 554 5.7.1 Service unavailable; Client host [203.0.113.10] "
        "blocked using zen.spamhaus.org",
        "REJECTED_AS_SPAM",
        "smtp.c smtp_open_full(): the greeting refused, the sending IP is block-listed",
        "SMTP greeting failure: %.80s",
        _SMTP,
    ),
    (
        "Error sending: Can't connect to smtp.example.com,587: Connection refused",
        "PORT_CLOSED",
        _SENDWHY + "tcp_unix.c's ECONNREFUSED",
        _ERRSEND,
        _SEND,
    ),
    (
        "Error sending: No such host as smtp.exmaple.com",
        "HOST_NOT_FOUND",
        _SENDWHY + "the SMTP host name does not resolve",
        _ERRSEND,
        _SEND,
    ),
    (
        "Error sending: Connection failed to smtp.example.com,465: Connection timed out",
        "PORT_FILTERED",
        _SENDWHY + "ETIMEDOUT on the connect",
        _ERRSEND,
        _SEND,
    ),
    (
        "Error sending: Can not authenticate to SMTP server: 535 5.7.8 Error: authentication "
        "failed: authentication failure",
        "AUTH_FAILED",
        _SENDWHY + "smtp.c smtp_auth()'s 535",
        _ERRSEND,
        _SEND,
    ),
    (
        "Mail not sent: <bob@example.org>: Recipient address rejected: User unknown in "
        "virtual mailbox table",
        "RECIPIENT_UNKNOWN",
        _RCPTWHY + "550 5.1.1",
        _NOTSENT,
        _SEND,
    ),
    (
        "Mail not sent: <bob@example.org>: Relay access denied",
        "RELAY_REFUSED",
        _RCPTWHY + "554 5.7.1 relay refused to an unauthenticated session",
        _NOTSENT,
        _SEND,
    ),
    (
        "Mail not sent: <bob@example.org>: mailbox full",
        "RECIPIENT_MAILBOX_FULL",
        _RCPTWHY + "552 5.2.2, the recipient's mailbox is over quota",
        _NOTSENT,
        _SEND,
    ),
    (
        "Mail not sent. Sending error: 553 5.7.1 <alice@example.com>: Sender address "
        "rejected: not owned by user alice",
        "SENDER_REFUSED",
        _MAILWHY + "MAIL FROM refused, the From address is not the account's",
        _SENDERR,
        _SEND,
    ),
    (
        "Mail not sent. Sending error: 552 5.3.4 Message size exceeds fixed limit",
        "SIZE_LIMIT",
        _MAILWHY + "the end of DATA refused, the message is too big",
        _SENDERR,
        _SEND,
    ),
    (
        "Mail not sent. Sending error: 450 4.7.1 Error: too much mail from 203.0.113.10",
        "RATE_LIMITED",
        _MAILWHY + "MAIL FROM deferred, the server's per-client sending limit",
        _SENDERR,
        _SEND,
    ),
    (
        "Mail not sent. Sending error: SMTP connection broken (message data)",
        "CONNECTION_CLOSED",
        _MAILWHY + "smtp.c smtp_mail(): the server hung up during DATA (smtp_fake)",
        _SENDERR,
        _SEND,
    ),
    # Alpine's and c-client's own texts: no mail-settings problem or nothing narrowing it.
    ("Mailbox is empty", None, "pop3.c/imap4r1.c: an empty INBOX", "Mailbox is empty", _POP),
    (
        "Login aborted",
        None,
        "imap4r1.c: the user cancelled the password prompt",
        "Login aborted",
        _IMAP,
    ),
    (
        "IMAP Authentication cancelled",
        None,
        "imap4r1.c imap_auth(): the user cancelled",
        "IMAP Authentication cancelled",
        _IMAP,
    ),
    (
        "SMTP Authentication cancelled",
        None,
        "smtp.c smtp_auth(): the user cancelled",
        "SMTP Authentication cancelled",
        _SMTP,
    ),
    (
        "Scan not valid for POP3 mailboxes",
        None,
        "pop3.c: a command POP3 cannot do",
        "Scan not valid for POP3 mailboxes",
        _POP,
    ),
    (
        "Copy not valid for POP3",
        None,
        "pop3.c: a command POP3 cannot do",
        "Copy not valid for POP3",
        _POP,
    ),
    (
        "Append not valid for POP3",
        None,
        "pop3.c: a command POP3 cannot do",
        "Append not valid for POP3",
        _POP,
    ),
    (
        "Read-only POP3 access not available",
        None,
        "pop3.c pop3_open(): /readonly asked of POP3",
        "Read-only POP3 access not available",
        _POP,
    ),
    (
        "Can't delete INBOX",
        None,
        "mail.c mail_delete(): a folder command",
        "Can't delete INBOX",
        _MAIL,
    ),
    (
        "Syntax error in sequence",
        None,
        "mail.c: a message-number sequence",
        "Syntax error in sequence",
        _MAIL,
    ),
    (
        "Unknown search criterion: FOO",
        None,
        "mail.c: a search typed by the user",
        "Unknown search criterion: %.30s",
        _MAIL,
    ),
    (
        "Fcc creation error. Message NOT sent or copied.",
        None,
        "pith/send.c: the local sent-mail folder could not be made",
        "Fcc creation error. Message NOT sent or copied.",
        _SEND,
    ),
    (
        "Error including all message parts",
        None,
        "pith/send.c: an attachment could not be read",
        "Error including all message parts",
        _SEND,
    ),
    (
        "Can't post, NNTP-server must be defined!",
        None,
        "pith/send.c: news posting, not mail",
        "Can't post, NNTP-server must be defined!",
        _SEND,
    ),
    (
        "Error posting message: 441 Posting failed",
        None,
        "pith/send.c: news posting, not mail",
        "Error posting message: %s",
        _SEND,
    ),
    (
        "Delivery Status Notification not available from this server.",
        None,
        "pith/send.c: a DSN asked for, the server has none; the mail still goes",
        "Delivery Status Notification not available from this server.",
        _SEND,
    ),
    (
        "Posting program /usr/bin/inews returned error",
        None,
        "pith/send.c: a local posting program",
        "Posting program %s returned error",
        _SEND,
    ),
    (
        "[NOTUIDPLUS] Can't do UID EXPUNGE with this server",
        None,
        "imap4r1.c: a server capability for a folder command",
        "Can't do UID EXPUNGE with this server",
        _IMAP,
    ),
    (
        "Scan not valid on this IMAP server",
        None,
        "imap4r1.c: a server capability for a search",
        "Scan not valid on this IMAP server",
        _IMAP,
    ),
]

_FD = "libmail/fd.C"
_TLS = "tcpd/libcouriertls.c"
_CSMTP = "libmail/smtp.C"
_CONN_WHY = (
    "libmail/fd.C: the asynchronous connect's error (getsockopt SO_ERROR) becomes "
    "disconnect(strerror(errno)), the account's fail() text: "
)
_SMTP_WHY = (
    "libmail/smtp.C: the reply lines joined, handed whole to error()/fail() (greeting, "
    "AUTH, MAIL FROM, RCPT TO, DATA): "
)
_TLS_WHY = (
    "tcpd/libcouriertls.c tls_connect(): SSL_connect() failed, sslerror('connect'): "
    "'couriertls: connect: ' + OpenSSL's ERR_error_string_n(): "
)

CONE_PICKS: list[tuple[str, str | None, str, str, str]] = [
    (
        "Connection refused",
        "PORT_CLOSED",
        _CONN_WHY + "ECONNREFUSED",
        "disconnect(strerror(errno))",
        _FD,
    ),
    (
        "Connection timed out",
        "PORT_FILTERED",
        _CONN_WHY + "ETIMEDOUT, no answer to the SYN",
        "disconnect(strerror(errno))",
        _FD,
    ),
    (
        "No route to host",
        "HOST_UNREACHABLE",
        _CONN_WHY + "EHOSTUNREACH",
        "disconnect(strerror(errno))",
        _FD,
    ),
    (
        "Network is unreachable",
        "HOST_UNREACHABLE",
        "libmail/fd.C socketConnect(): connect(2) fails at once, strerror(ENETUNREACH)",
        "return strerror(errno);",
        _FD,
    ),
    (
        "Name or service not known",
        "HOST_NOT_FOUND",
        "libmail/fd.C socketConnect(): getaddrinfo() EAI_NONAME, gai_strerror()",
        "return gai_strerror(errcode);",
        _FD,
    ),
    (
        "Temporary failure in name resolution",
        "DNS_FAILURE",
        "libmail/fd.C socketConnect(): getaddrinfo() EAI_AGAIN, gai_strerror()",
        "return gai_strerror(errcode);",
        _FD,
    ),
    (
        "Connection closed by remote host.",
        "CONNECTION_CLOSED",
        "libmail/fd.C: write() returned 0, the server hung up",
        "Connection closed by remote host.",
        _FD,
    ),
    (
        "Server connection unexpectedly shut down.",
        "CONNECTION_CLOSED",
        "libmail/generic.C: the connection ended in the middle of a command",
        "Server connection unexpectedly shut down.",
        "libmail/generic.C",
    ),
    (
        "couriertls: connect: error:1416F086:SSL routines:tls_process_server_certificate:"
        "certificate verify failed",
        "CERT_UNTRUSTED",
        _TLS_WHY + "TLS_VERIFYPEER on (no /novalidate-cert), the chain does not lead to "
        "TLS_TRUSTCERTS",
        'sslerror(info, "connect", rc);',
        _TLS,
    ),
    (
        "couriertls: connect: error:1408F10B:SSL routines:ssl3_get_record:wrong version number",
        "TLS_ON_PLAIN_PORT",
        _TLS_WHY + "an imaps/smtps URL against 143/587, whose plain greeting is read as TLS",
        'sslerror(info, "connect", rc);',
        _TLS,
    ),
    (
        "couriertls: connect: error:14094410:SSL routines:ssl3_read_bytes:sslv3 alert "
        "handshake failure",
        "TLS_HANDSHAKE_FAILED",
        _TLS_WHY + "the server's alert: no protocol or cipher in common",
        'sslerror(info, "connect", rc);',
        _TLS,
    ),
    (
        "couriertls: Mismatched SSL certificate: CN=mail.hosting.example.net (expected "
        "imap.example.com)",
        "CERT_HOSTNAME_MISMATCH",
        "tcpd/libcouriertls.c verifypeer(): the certificate's CN is not the server named",
        "couriertls: Mismatched SSL certificate: CN=",
        _TLS,
    ),
    (
        "LOGIN: [AUTHENTICATIONFAILED] Authentication failed.",
        "AUTH_FAILED",
        "libmail/imaplogin.C failcmd(): loginMethod + ': ' + the tagged NO's text",
        'message=loginMethod + ": " + message;',
        "libmail/imaplogin.C",
    ),
    (
        "CRAM-MD5: [AUTHENTICATIONFAILED] Authentication failed.",
        "AUTH_FAILED",
        "libmail/imaplogin.C failcmd(): the CRAM-MD5 exchange refused",
        'message=loginMethod + ": " + message;',
        "libmail/imaplogin.C",
    ),
    (
        "535 5.7.8 Error: authentication failed: authentication failure",
        "AUTH_FAILED",
        _SMTP_WHY + "loginResponse(): AUTH LOGIN's password refused",
        "void mail::smtp::loginResponse",
        _CSMTP,
    ),
    (
        "530 5.7.0 Must issue a STARTTLS command first",
        "PLAINTEXT_AUTH_DISABLED",
        _SMTP_WHY + "the server refuses to go on unencrypted",
        "error(s);",
        _CSMTP,
    ),
    (
        "421 4.7.0 smtp.example.com Error: too many connections from 203.0.113.10",
        "RATE_LIMITED",
        _SMTP_WHY + "greetingResponse(): a 421 greeting naming the connection limit",
        "void mail::smtp::greetingResponse",
        _CSMTP,
    ),
    (
        "554 5.7.1 <bob@example.org>: Relay access denied",
        "RELAY_REFUSED",
        _SMTP_WHY + "RCPT TO to another domain without authentication",
        "callback->fail(message);",
        _CSMTP,
    ),
    (
        "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual "
        "mailbox table",
        "RECIPIENT_UNKNOWN",
        _SMTP_WHY + "RCPT TO, the address does not exist",
        "callback->fail(message);",
        _CSMTP,
    ),
    (
        "552 5.2.2 <bob@example.org>: Recipient address rejected: Mailbox full",
        "RECIPIENT_MAILBOX_FULL",
        _SMTP_WHY + "RCPT TO, the recipient is over quota",
        "callback->fail(message);",
        _CSMTP,
    ),
    (
        "553 5.7.1 <alice@example.com>: Sender address rejected: not owned by user alice",
        "SENDER_REFUSED",
        _SMTP_WHY + "MAIL FROM, the From address is not the account's",
        "callback->fail(message);",
        _CSMTP,
    ),
    (
        "552 5.3.4 Message size exceeds fixed limit",
        "SIZE_LIMIT",
        _SMTP_WHY + "the end of DATA, the message is too big",
        "callback->fail(message);",
        _CSMTP,
    ),
    # Cone's own texts.
    (
        "Unable to establish a secure connection.",
        None,
        "libmail/fd.C establishtls(): the default when libcouriertls said nothing more",
        "Unable to establish a secure connection.",
        _FD,
    ),
    (
        "SSL/TLS encryption not available.",
        None,
        "libmail/fd.C: cone built without TLS",
        "SSL/TLS encryption not available.",
        _FD,
    ),
    (
        "Failed connecting to server.",
        None,
        "libmail/imaplogin.C: an internal failure starting the login, no cause",
        "Failed connecting to server.",
        "libmail/imaplogin.C",
    ),
    (
        "Invalid SMTP URL.",
        None,
        "libmail/smtp.C: the account form's URL",
        "Invalid SMTP URL.",
        _CSMTP,
    ),
    (
        "Invalid IMAP URL.",
        None,
        "libmail/imap.C: the account form's URL",
        "Invalid IMAP URL.",
        "libmail/imap.C",
    ),
    (
        "Login cancelled.",
        None,
        "libmail/imaplogin.C: the user cancelled",
        "Login cancelled.",
        "libmail/imaplogin.C",
    ),
    (
        "Cannot find my home directory!",
        None,
        "libmail/maildir.C: local files",
        "Cannot find my home directory!",
        "libmail/maildir.C",
    ),
    (
        "Out of memory.",
        None,
        "libmail: the client's memory",
        "Out of memory.",
        "libmail/copymessage.C",
    ),
    (
        "Invalid folder",
        None,
        "libmail/maildir.C: a local folder",
        "Invalid folder",
        "libmail/maildir.C",
    ),
    (
        "Operation cancelled.",
        None,
        "libmail/mbox.C: cancelled by the user",
        "Operation cancelled.",
        "libmail/mbox.C",
    ),
    (
        "Message not found.",
        None,
        "libmail/addmessageimport.C",
        "Message not found.",
        "libmail/addmessageimport.C",
    ),
    (
        "Invalid address book nickname.",
        None,
        "libmail/addressbookadd.C: the address book form",
        "Invalid address book nickname.",
        "libmail/addressbookadd.C",
    ),
    (
        "Cannot RENAME currently open folder.",
        None,
        "libmail/maildirfolder.C: a folder command",
        "Cannot RENAME currently open folder.",
        "libmail/maildirfolder.C",
    ),
    (
        "This server does not implement access control lists.",
        None,
        "libmail/mail.C: a folder-permissions command",
        "This server does not implement access control lists.",
        "libmail/mail.C",
    ),
    (
        "Operation timed out - mail folder in use.",
        None,
        "libmail/mbox.C: a local mailbox lock",
        "Operation timed out - mail folder in use.",
        "libmail/mbox.C",
    ),
    (
        "Passwords don't match!",
        None,
        "cone/: the master password form",
        "Passwords don't match!",
        "cone",
    ),
    (
        "Master password NOT set.",
        None,
        "cone/: the master password form",
        "Master password NOT set.",
        "cone",
    ),
    (
        "Please set up a master password, first",
        None,
        "cone/: the master password",
        "Please set up a master password, first",
        "cone",
    ),
    (
        "Invalid password, try again (CTRL-C: cancel): ",
        None,
        "cone/: cone's own master password, not a mail server's",
        "Invalid password, try again (CTRL-C: cancel): ",
        "cone",
    ),
    (
        "From: header cannot be empty.",
        None,
        "cone/: the message form",
        "From: header cannot be empty.",
        "cone",
    ),
    (
        "Cannot remove the only mail account.",
        None,
        "cone/: the account list",
        "Cannot remove the only mail account.",
        "cone",
    ),
    (
        "Destination folder does not exist.",
        None,
        "cone/: a folder command",
        "Destination folder does not exist.",
        "cone",
    ),
    (
        "Cannot parse certificate file",
        None,
        "cone/: a client certificate file",
        "Cannot parse certificate file",
        "cone",
    ),
    (
        "Macro name may not contain spaces.",
        None,
        "cone/: a form",
        "Macro name may not contain spaces.",
        "cone",
    ),
    (
        "Posting command failed",
        None,
        "cone/: a local posting command, no cause",
        "Posting command failed",
        "cone",
    ),
]


def _app(
    mirrors: Path,
    pin: tuple[str, str],
    app: str,
    slug: str,
    picks: list[tuple[str, str | None, str, str, str]],
) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, pin)
    at = f"{pin[0]}@{commit[:12]}"
    entries = []
    for index, (text, code, why, literal, path) in enumerate(picks):
        where = _where(repo, commit, literal, (path,))
        pick = Pick(text, code, why=why)
        entries.append(_entry(app, f"{slug}.{index}", pick, {"en": text}, {"en": f"{at}:{where}"}))
    return entries


def alpine(mirrors: Path) -> list[dict[str, object]]:
    return _app(mirrors, ALPINE, "Alpine", "alpine", ALPINE_PICKS)


def cone(mirrors: Path) -> list[dict[str, object]]:
    return _app(mirrors, CONE, "Cone", "cone", CONE_PICKS)


ABOUT = (
    "The seventy-ninth held-out set (tools/extract_seventy_ninth.py): Alpine 2.26 "
    "(alpinemail/alpine at fb3f153ac865; alpine4work/alpine could not be fetched): its "
    "c-client's IMAP/POP/SMTP and TCP/TLS errors as mm_log() shows them, pith/send.c's "
    "sending errors, alpine/imap.c's certificate screen with OpenSSL 3.0's verify reasons; "
    "its own and c-client's folder, POP3 and cancel texts null. Cone 0.89 (no courier-libs "
    "mirror holds cone/; read in roelvanmeer/cone-packaging at 51b35445eb2f): libmail's "
    "connection errors (strerror, gai_strerror), the bundled libcouriertls's errors with "
    "OpenSSL 1.1.0's reasons, IMAP login NOs and SMTP replies as passed to fail(); its own "
    "libmail and cone/ texts null. English only (Alpine's catalogs not taken, Cone has "
    "none). Extracted and labelled blind from the code."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, alpine, cone)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
