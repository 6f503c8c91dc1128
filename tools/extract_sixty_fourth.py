"""Developer tool: the sixty-fourth blind held-out set (Node-RED's email nodes and Wekan).

Node-RED's email nodes (node-red/node-red-nodes, social/email, node-red-node-email 5.2.3): its
package.json pins nodemailer 8.0.5, imap 0.8.19 (mscdex/node-imap) and node-pop3 0.11.0, read
at those tags. The e-mail out node (61-email.js) hands nodemailer's Error to node.error(), and
Node-RED shows it (debug sidebar, catch node's msg.error.message) as logMessage.toString(),
so "Error: " + nodemailer's message; the e-mail in node shows node-imap's and node-pop3's
err.message as it stands (the socket's own Node.js wording for refused, unknown host and TLS
failures: Node 20+, OpenSSL 3). IMAP runs with tlsOptions rejectUnauthorized false, so no
certificate errors there; the out node verifies unless unticked. The node's own status and
error texts from locales/<lang>/61-email.json (en-US, de, ja: the only translations), keys
the JS uses, a language only where it has the key; code null.
Wekan (wekan/wekan): the admin's "Send a test email to yourself" (server/models/settings.js
sendSMTPTestEmail()) throws Meteor.Error('email-fail', __('email-fail-text') + ': ' + the
exception's message), and the client (client/components/settings/settingBody.js) alerts
__('email-fail') + '\\n' + reason, both in the admin's language (imports/i18n/data/<ll>.i18n.json).
Mail goes through Meteor's email@3.2.0 (.meteor/versions), which bundles nodemailer 8.0.3,
raised in the bundle to 8.0.11 (releases/bundle-npm-security-bumps.json): read at v8.0.11
(the smtp-connection wording is the same from 8.0.5 on). Its own sign-in, board, card and
settings texts from the same i18n files, code null. Labelled blind from the code: what raises
each string (the library's line, or the socket/TLS error the library passes through).

    python -m tools.extract_sixty_fourth MIRRORS_DIR benchmarks/data/sixty_fourth_texts.json

MIRRORS_DIR holds `node-red+node-red-nodes/repo`, `nodemailer+nodemailer/repo`,
`mscdex+node-imap/repo`, `node-pop3+node-pop3/repo` and `wekan+wekan/repo` as `fetch`
leaves them in /work/.mirror.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from tools.extract_fresh_texts import (
    Pick,
    _entry,
    _library,
    _where,
    git,
    write_set,
)

NODE_RED = ("node-red/node-red-nodes", "e9ca4db91be059d0604c7c0a4f606b41dc1ca273")
NODEMAILER = ("nodemailer/nodemailer", "202cfb3e14010223204e9ba9f7430176be624f0f")  # v8.0.5
WEKAN_MAILER = ("nodemailer/nodemailer", "e3b1bdab0f8913b031ffd7a0d4e3592da6fd4c01")  # v8.0.11
NODE_IMAP = ("mscdex/node-imap", "867aa88a335a266b904e0271afa36f69af31a869")  # v0.8.19
NODE_POP3 = ("node-pop3/node-pop3", "f7f00f29a885c41f79d1b665292942f3cb9e5012")  # v0.11.0
WEKAN = ("wekan/wekan", "f5cc8e37319469dd6a4752e160540213a2094aa4")
EMAIL = "social/email"
NR_LANG = {"en": "en-US", "de": "de", "ja": "ja"}
WK_LANG = ("de", "fr", "es", "it", "nl", "pt-BR", "pl", "ja")
# The SMTP test mail goes to the admin's own address: the reasons a test meets, in all nine
# languages, not the per-recipient and per-message ones (those are the Node-RED entries').
WEKAN_SKIP = {
    "HOST_UNREACHABLE",
    "CERT_EXPIRED",
    "TLS_OUTDATED",
    "OAUTH_REQUIRED",
    "AUTH_TEMPORARY_FAILURE",
    "RECIPIENT_UNKNOWN",
    "SIZE_LIMIT",
    "RATE_LIMITED",
    "REJECTED_AS_SPAM",
}


@dataclass(frozen=True)
class Reason:
    """A library's message: the text shown, the code, why, and the literal that raises it."""

    text: str
    code: str | None
    why: str
    literal: str
    path: str


_CONN = "lib/smtp-connection/index.js"
_SHARED = "lib/shared/index.js"
_SOCKERR = "this._onConnectionSocketError = err => this._onConnectionError(err, 'ESOCKET');"
_SESSERR = "this._onSocketError = error => this._onError(error, 'ESOCKET', false, 'CONN');"
_LOOKUP = "dns.lookup(options.host, { all: true }"
_LOGIN = "this._formatError('Invalid login', 'EAUTH', str, 'AUTH ' + this._authMethod)"
_MAIL = ": 'Mail command failed';"
_RCPT = '"Can\'t send mail - all recipients were rejected"'
_DATA = "this._formatError('Message failed', 'EMESSAGE', str, 'DATA')"
_GREETING = "new Error('Invalid greeting. response=' + str)"
_EHLO421 = "new Error('Server terminates connection. response=' + str)"
_OSSL = "C0D7A2F1B37F0000:error:"
_WRONG_VERSION = (
    _OSSL + "0A00010B:SSL routines:ssl3_get_record:wrong version number:"
    "../deps/openssl/openssl/ssl/record/ssl3_record.c:355:"
)
_GSMTP = "d2e1a72fcca58-7e2a4c1b9f3sm1234567b3a.12 - gsmtp"
_WHY_SOCK = (
    "smtp-connection _connectToHost(): net/tls.connect()'s socket error before the greeting "
    "goes to _onConnectionError() and _onError() unchanged (code ESOCKET): Node's own words, "
)
_WHY_SESS = (
    "smtp-connection: after the greeting (or the STARTTLS upgrade's tls.connect) a socket "
    "error goes to _onError() unchanged: Node's TLS verification, "
)
_WHY_REPLY = "smtp-connection _formatError() appends ': ' + the server's reply: "


def _reply(head: str, reply: str) -> str:
    return f"{head}: {reply}"


def _twice(head: str, reply: str) -> str:
    """'<head> response=<reply>' with _formatError()'s ': <reply>' after it."""
    return f"{head} response={reply}: {reply}"


def smtp_reasons(host: str, address: str, user: str, sender: str, rcpt: str) -> list[Reason]:
    """nodemailer 8.0.x's messages for one app's server and addresses."""
    gai = "getaddrinfo {} " + host
    return [
        Reason(
            f"connect ECONNREFUSED {address}:587",
            "PORT_CLOSED",
            _WHY_SOCK + "ECONNREFUSED: nothing listens on the port",
            _SOCKERR,
            _CONN,
        ),
        Reason(
            gai.format("ENOTFOUND"),
            "HOST_NOT_FOUND",
            "shared resolveHostname(): resolve4/resolve6 find nothing, dns.lookup()'s "
            "getaddrinfo error is passed on (code EDNS): the host name does not exist",
            _LOOKUP,
            _SHARED,
        ),
        Reason(
            gai.format("EAI_AGAIN"),
            "DNS_FAILURE",
            "shared resolveHostname(): dns.lookup()'s EAI_AGAIN passed on: the resolver did "
            "not answer",
            _LOOKUP,
            _SHARED,
        ),
        Reason(
            "Connection timeout",
            "PORT_FILTERED",
            "smtp-connection _setupConnectionHandlers(): no TCP (or TLS) connection within "
            "connectionTimeout (2 minutes): the SYN is dropped by a firewall",
            "this._onConnectionError('Connection timeout', 'ETIMEDOUT');",
            _CONN,
        ),
        Reason(
            f"connect EHOSTUNREACH {address}:587",
            "HOST_UNREACHABLE",
            _WHY_SOCK + "EHOSTUNREACH: no route to the server",
            _SOCKERR,
            _CONN,
        ),
        Reason(
            "Greeting never received",
            "NO_GREETING",
            "smtp-connection _onConnect(): connected, but no 220 within greetingTimeout (30 s): "
            "the server says nothing, as a port that expects TLS first does to a plain client",
            "this._onError('Greeting never received', 'ETIMEDOUT', false, 'CONN');",
            _CONN,
        ),
        Reason(
            _WRONG_VERSION,
            "TLS_ON_PLAIN_PORT",
            _WHY_SOCK + "secure (implicit TLS) against port 587, which speaks plain SMTP first: "
            "OpenSSL reads the 220 greeting as a TLS record",
            _SOCKERR,
            _CONN,
        ),
        Reason(
            "self-signed certificate",
            "CERT_SELF_SIGNED",
            _WHY_SESS + "DEPTH_ZERO_SELF_SIGNED_CERT, the server's certificate signs itself",
            _SESSERR,
            _CONN,
        ),
        Reason(
            "unable to verify the first certificate",
            "CERT_UNTRUSTED",
            _WHY_SESS + "UNABLE_TO_VERIFY_LEAF_SIGNATURE, the chain does not lead to a trusted CA",
            _SESSERR,
            _CONN,
        ),
        Reason(
            "certificate has expired",
            "CERT_EXPIRED",
            _WHY_SESS + "CERT_HAS_EXPIRED",
            _SESSERR,
            _CONN,
        ),
        Reason(
            f"Hostname/IP does not match certificate's altnames: Host: {host}. is not in the "
            "cert's altnames: DNS:*.hosting.example.net",
            "CERT_HOSTNAME_MISMATCH",
            _WHY_SESS + "ERR_TLS_CERT_ALTNAME_INVALID, the certificate names another host",
            _SESSERR,
            _CONN,
        ),
        Reason(
            _OSSL + "0A000102:SSL routines:ssl_choose_client_version:unsupported protocol:"
            "../deps/openssl/openssl/ssl/statem/statem_lib.c:1986:",
            "TLS_OUTDATED",
            _WHY_SESS + "the server offers only TLS 1.0/1.1, below Node's minimum TLS 1.2",
            _SESSERR,
            _CONN,
        ),
        Reason(
            _reply(
                "Invalid login", "535 5.7.8 Error: authentication failed: authentication failure"
            ),
            "AUTH_FAILED",
            _WHY_REPLY + "AUTH refused with 535 5.7.8: wrong user name or password",
            _LOGIN,
            _CONN,
        ),
        Reason(
            _reply(
                "Invalid login",
                "534-5.7.9 Application-specific password required. For more information, go to"
                "\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor " + _GSMTP,
            ),
            "APP_PASSWORD_REQUIRED",
            _WHY_REPLY + "Gmail's 534 5.7.9: two-step verification on, an app password needed",
            _LOGIN,
            _CONN,
        ),
        Reason(
            _reply(
                "Invalid login",
                "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled "
                "for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
                "[AM0PR10CA0012.EURPRD10.PROD.OUTLOOK.COM 2026-05-04T10:12:33.000Z "
                "08DC6A1B2C3D4E5F]",
            ),
            "PROTOCOL_DISABLED",
            _WHY_REPLY + "Microsoft 365's 5.7.139: SMTP AUTH is switched off for the tenant",
            _LOGIN,
            _CONN,
        ),
        Reason(
            _reply(
                "Invalid login",
                "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. "
                "[DB8PR04CA0021.eurprd04.prod.outlook.com 2026-05-04T10:12:33.000Z "
                "08DC6A1B2C3D4E60]",
            ),
            "OAUTH_REQUIRED",
            _WHY_REPLY + "Microsoft 365: basic authentication (a password) is off, OAuth needed",
            _LOGIN,
            _CONN,
        ),
        Reason(
            _reply("Invalid login", "454 4.7.0 Temporary authentication failure"),
            "AUTH_TEMPORARY_FAILURE",
            _WHY_REPLY + "454 4.7.0: the server could not check the password just now",
            _LOGIN,
            _CONN,
        ),
        Reason(
            _reply("Mail command failed", "530 5.7.0 Must issue a STARTTLS command first."),
            "PLAINTEXT_AUTH_DISABLED",
            _WHY_REPLY + "_actionMAIL(): no AUTH offered on the unencrypted session, MAIL FROM "
            "refused until STARTTLS",
            _MAIL,
            _CONN,
        ),
        Reason(
            _reply(
                "Mail command failed",
                f"553 5.7.1 <{sender}>: Sender address rejected: not owned by user {user}",
            ),
            "SENDER_REFUSED",
            _WHY_REPLY + "_actionMAIL(): the From address is not one the account may send as",
            _MAIL,
            _CONN,
        ),
        Reason(
            _reply(
                "Can't send mail - all recipients were rejected",
                f"554 5.7.1 <{rcpt}>: Relay access denied",
            ),
            "RELAY_REFUSED",
            _WHY_REPLY + "_actionRCPT(): the only recipient refused, relaying to another domain "
            "without an authenticated session",
            _RCPT,
            _CONN,
        ),
        Reason(
            _reply(
                "Can't send mail - all recipients were rejected",
                f"550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual "
                "mailbox table",
            ),
            "RECIPIENT_UNKNOWN",
            _WHY_REPLY + "_actionRCPT(): 550 5.1.1, the recipient does not exist",
            _RCPT,
            _CONN,
        ),
        Reason(
            _reply("Message failed", "552 5.3.4 Message size exceeds fixed limit"),
            "SIZE_LIMIT",
            _WHY_REPLY + "_actionSMTPStream(): the end of DATA refused, the message is too big",
            _DATA,
            _CONN,
        ),
        Reason(
            _reply(
                "Mail command failed",
                "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail "
                "sending limits go to\n550 5.4.5  https://support.google.com/a/answer/166852 "
                + _GSMTP,
            ),
            "RATE_LIMITED",
            _WHY_REPLY + "_actionMAIL(): Gmail's daily sending limit",
            _MAIL,
            _CONN,
        ),
        Reason(
            _twice(
                "Invalid greeting.",
                f"421 4.7.0 {host} Error: too many connections from 203.0.113.10",
            ),
            "RATE_LIMITED",
            "smtp-connection _actionGreeting(): a greeting other than 220, the reply in the "
            "message and again appended by _formatError(): the server's connection limit",
            _GREETING,
            _CONN,
        ),
        Reason(
            _twice(
                "Server terminates connection.",
                "421 4.7.0 Try again later, closing connection. (EHLO) " + _GSMTP,
            ),
            "RATE_LIMITED",
            "smtp-connection _actionEHLO(): 421 to EHLO, the reply twice as above: Gmail's "
            "'try again later' throttle",
            _EHLO421,
            _CONN,
        ),
        Reason(
            _twice(
                "Invalid greeting.",
                "554 5.7.1 Service unavailable; Client host [203.0.113.10] blocked using "
                "zen.spamhaus.org",
            ),
            "REJECTED_AS_SPAM",
            "smtp-connection _actionGreeting(): a 554 greeting, the sending host's IP is on a "
            "block list",
            _GREETING,
            _CONN,
        ),
        Reason(
            "Connection closed unexpectedly",
            "CONNECTION_CLOSED",
            "smtp-connection _onClose(): the socket closed while a reply was awaited, no reply "
            "text left over: the server hung up",
            "return this._onError(new Error('Connection closed unexpectedly'), 'ECONNECTION'",
            _CONN,
        ),
    ]


# node-imap 0.8.19 (lib/Connection.js) as the e-mail in node shows err.message.
_IMAP = "lib/Connection.js"
_IMAP_SOCK = "err.source = 'socket';"
_IMAP_NO = "err = new Error(errtext);"
_WHY_IMAP_SOCK = (
    "node-imap connect(): the socket's error passed on (err.source 'socket'), Node's words: "
)
_WHY_IMAP_NO = (
    "node-imap _resTagged(): a tagged NO to LOGIN becomes Error(info.text), the [CODE] "
    "stripped by the parser's RE_TAGGED: "
)
IMAP_REASONS = [
    Reason(
        "connect ECONNREFUSED 192.0.2.10:993",
        "PORT_CLOSED",
        _WHY_IMAP_SOCK + "ECONNREFUSED, nothing listens on the port",
        _IMAP_SOCK,
        _IMAP,
    ),
    Reason(
        "getaddrinfo ENOTFOUND imap.example.com",
        "HOST_NOT_FOUND",
        _WHY_IMAP_SOCK + "the host name does not resolve",
        _IMAP_SOCK,
        _IMAP,
    ),
    Reason(
        "getaddrinfo EAI_AGAIN imap.example.com",
        "DNS_FAILURE",
        _WHY_IMAP_SOCK + "the resolver did not answer",
        _IMAP_SOCK,
        _IMAP,
    ),
    Reason(
        "connect EHOSTUNREACH 192.0.2.10:993",
        "HOST_UNREACHABLE",
        _WHY_IMAP_SOCK + "no route to the server",
        _IMAP_SOCK,
        _IMAP,
    ),
    Reason(
        "Timed out while connecting to server",
        "PORT_FILTERED",
        "node-imap connect(): _tmrConn, no TCP connection within connTimeout (the node's "
        "interval less 0.5 s, or 15 s): the SYN is dropped",
        "var err = new Error('Timed out while connecting to server');",
        _IMAP,
    ),
    Reason(
        "Timed out while authenticating with server",
        "NO_GREETING",
        "node-imap onconnect(): _tmrAuth, connected but no greeting and login within "
        "authTimeout: the server stays silent, as port 993 does to a client without TLS",
        "var err = new Error('Timed out while authenticating with server');",
        _IMAP,
    ),
    Reason(
        _WRONG_VERSION,
        "TLS_ON_PLAIN_PORT",
        _WHY_IMAP_SOCK + "tls.connect ('Use SSL?' on) against port 143, which greets in "
        "plain text: OpenSSL reads '* OK' as a TLS record",
        _IMAP_SOCK,
        _IMAP,
    ),
    Reason(
        "Invalid credentials (Failure)",
        "AUTH_FAILED",
        _WHY_IMAP_NO + "Gmail's NO [AUTHENTICATIONFAILED], wrong user name or password",
        _IMAP_NO,
        _IMAP,
    ),
    Reason(
        "Authentication failed.",
        "AUTH_FAILED",
        _WHY_IMAP_NO + "Dovecot's NO [AUTHENTICATIONFAILED]",
        _IMAP_NO,
        _IMAP,
    ),
    Reason(
        "LOGIN failed.",
        "AUTH_FAILED",
        _WHY_IMAP_NO + "Exchange/Outlook's refusal of the LOGIN",
        _IMAP_NO,
        _IMAP,
    ),
    Reason(
        "Application-specific password required: "
        "https://support.google.com/accounts/answer/185833 (Failure)",
        "APP_PASSWORD_REQUIRED",
        _WHY_IMAP_NO + "Gmail's NO [ALERT], two-step verification on, an app password needed",
        _IMAP_NO,
        _IMAP,
    ),
    Reason(
        "Please log in via your web browser: "
        "https://support.google.com/mail/accounts/answer/78754 (Failure)",
        "WEB_LOGIN_REQUIRED",
        _WHY_IMAP_NO + "Gmail's NO [ALERT], the sign-in blocked until confirmed in a browser",
        _IMAP_NO,
        _IMAP,
    ),
    Reason(
        "Your account is not enabled for IMAP use. Please visit your Gmail settings page and "
        "enable your account for IMAP access. (Failure)",
        "PROTOCOL_DISABLED",
        _WHY_IMAP_NO + "Gmail's NO [ALERT], IMAP switched off for the account",
        _IMAP_NO,
        _IMAP,
    ),
    Reason(
        "Temporary authentication failure. [imap.example.com:2026-05-04 10:12:33]",
        "AUTH_TEMPORARY_FAILURE",
        _WHY_IMAP_NO + "Dovecot's NO [UNAVAILABLE], the password backend did not answer",
        _IMAP_NO,
        _IMAP,
    ),
    Reason(
        "Logging in is disabled on this server",
        "PLAINTEXT_AUTH_DISABLED",
        "node-imap _login(): the capability LOGINDISABLED on an unencrypted connection "
        "('Start TLS?' never): the server takes no password without TLS",
        "err = new Error('Logging in is disabled on this server');",
        _IMAP,
    ),
    Reason(
        "No supported authentication method(s) available. Unable to login.",
        "AUTH_NOT_OFFERED",
        "node-imap _login(): auth type XOAUTH2 but the server offers no AUTH=XOAUTH2, and no "
        "password for LOGIN: none of the server's methods can be used",
        "err = new Error('No supported authentication method(s) available. '",
        _IMAP,
    ),
]

# node-pop3 0.11.0 (src/Connection.js): a '-ERR' line becomes Error(the rest of the line).
_POP = "src/Connection.js"
_POP_ERR = "new Error(buffer.subarray(5, -2))"
_POP_SOCK = "this._socket.on('error', (err) => {"
_WHY_POP = "node-pop3 connect(): a reply starting '-' becomes Error(line without '-ERR '): "
POP3_REASONS = [
    Reason(
        "connect ECONNREFUSED 192.0.2.10:995",
        "PORT_CLOSED",
        "node-pop3 connect(): the socket's error rejects connect() as it is: ECONNREFUSED",
        _POP_SOCK,
        _POP,
    ),
    Reason(
        "getaddrinfo ENOTFOUND pop.example.com",
        "HOST_NOT_FOUND",
        "node-pop3 connect(): the socket's lookup error as it is: no such host",
        _POP_SOCK,
        _POP,
    ),
    Reason(
        _WRONG_VERSION,
        "TLS_ON_PLAIN_PORT",
        "node-pop3 connect(): tls.connect ('Use SSL?' on) against port 110, which greets in "
        "plain text: OpenSSL's error as it is",
        _POP_SOCK,
        _POP,
    ),
    Reason(
        "timeout",
        None,
        "node-pop3 connect(): socket.setTimeout() fired, idle for the node's timeout: no "
        "answer to the SYN and no greeting look alike here, nothing narrows it",
        "new Error('timeout')",
        _POP,
    ),
    Reason(
        "Unexpected response",
        "WRONG_PROTOCOL",
        "node-pop3 connect(): the first reply starts with neither '+' nor '-': not a POP3 "
        "server (an IMAP '* OK' greeting, say)",
        "new Error('Unexpected response')",
        _POP,
    ),
    Reason(
        "close",
        "CONNECTION_CLOSED",
        "node-pop3 connect(): the socket closed before any reply: the server hung up",
        "new Error('close')",
        _POP,
    ),
    Reason(
        "[AUTH] Username and password not accepted.",
        "AUTH_FAILED",
        _WHY_POP + "Gmail's answer to PASS, wrong user name or password",
        _POP_ERR,
        _POP,
    ),
    Reason(
        "[AUTH] Authentication failed.",
        "AUTH_FAILED",
        _WHY_POP + "Dovecot's answer to PASS",
        _POP_ERR,
        _POP,
    ),
    Reason(
        "[AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.",
        "PLAINTEXT_AUTH_DISABLED",
        _WHY_POP + "Dovecot refuses USER/PASS without TLS",
        _POP_ERR,
        _POP,
    ),
    Reason(
        "[AUTH] Application-specific password required: "
        "https://support.google.com/accounts/answer/185833",
        "APP_PASSWORD_REQUIRED",
        _WHY_POP + "Gmail: two-step verification on, an app password needed",
        _POP_ERR,
        _POP,
    ),
    Reason(
        "[SYS/PERM] Your account is not enabled for POP access. Please visit your Gmail "
        "settings page and enable your account for POP access.",
        "PROTOCOL_DISABLED",
        _WHY_POP + "Gmail: POP switched off for the account",
        _POP_ERR,
        _POP,
    ),
    Reason(
        "[SYS/TEMP] Temporary authentication failure. [pop.example.com:2026-05-04 10:12:33]",
        "AUTH_TEMPORARY_FAILURE",
        _WHY_POP + "Dovecot: the password backend did not answer",
        _POP_ERR,
        _POP,
    ),
]

# Node-RED's own texts: (locale section.key, placeholder values, why).
_OWN = "Node-RED email node's own "
NODE_RED_OWN: list[Pick] = [
    Pick("errors.nouserid", None, why=_OWN + "configuration check: no userid entered"),
    Pick("errors.nopassword", None, why=_OWN + "configuration check: no password entered"),
    Pick("errors.notoken", None, why=_OWN + "configuration check: XOAUTH2 without a token"),
    Pick("errors.nosmtptransport", None, why=_OWN + "check: no transport was set up"),
    Pick("errors.nopayload", None, why=_OWN + "input check: the message has no payload"),
    Pick(
        "errors.fetchfail",
        None,
        values=("__folder__=Archive.  Folders - INBOX, Sent, Drafts, Trash",),
        why=_OWN + "openBox() failure, its text only names the folder and the server's "
        "folders: the configured folder does not exist, no mail setting",
    ),
    Pick("errors.parsefail", None, why=_OWN + "mailparser could not parse a fetched message"),
    Pick("errors.refreshtoolarge", None, why=_OWN + "form validation of the interval"),
    Pick("errors.invalidattachment", None, why=_OWN + "input check of msg.attachments"),
    Pick("errors.bad_criteria", None, why=_OWN + "input check of msg.criteria"),
    Pick("status.sending", None, why=_OWN + "status while sending"),
    Pick(
        "status.sendfail",
        None,
        why=_OWN + "status beside any nodemailer error: says nothing of the cause",
    ),
    Pick(
        "status.connecterror",
        None,
        why=_OWN + "status after any IMAP close with error or POP3 login failure: too vague",
    ),
    Pick("status.fetching", None, why=_OWN + "status while fetching"),
    Pick("status.fetched", None, values=("__number__=3",), why=_OWN + "status, success"),
    Pick("status.foldererror", None, why=_OWN + "status after a folder or search failure"),
    Pick(
        "status.messageerror",
        None,
        why=_OWN + "status after any imap 'error' event: too vague on its own",
    ),
    Pick("status.bad_criteria", None, why=_OWN + "status after bad msg.criteria"),
    Pick(
        "status.messagesent",
        None,
        values=("__response__=250 2.0.0 OK  1777889553 " + _GSMTP,),
        why=_OWN + "log line after nodemailer's success: the mail was sent",
    ),
]

# Wekan's own texts (imports/i18n/data/<ll>.i18n.json keys).
WEKAN_OWN: list[Pick] = [
    Pick("invalid-credentials", None, why="Wekan's own sign-in: its user name or password"),
    Pick("account-locked", None, why="Wekan's own sign-in lockout after failed attempts"),
    Pick("password-mismatch", None, why="Wekan's own sign-up form validation"),
    Pick("user-exists", None, why="Wekan's own account registration"),
    Pick("error-user-disabled", None, why="Wekan's own account disabled by its admin"),
    Pick("error-ldap-login", None, why="Wekan's LDAP sign-in, no mail setting"),
    Pick("error-username-taken", None, why="Wekan's own profile form validation"),
    Pick("error-email-taken", None, why="Wekan's own profile form validation"),
    Pick("email-invalid", None, why="Wekan's own form validation of an address"),
    Pick("error-invitation-code-not-exist", None, why="Wekan's own invitation-code sign-up"),
    Pick("error-notAuthorized", None, why="Wekan's own permissions"),
    Pick("error-board-doesNotExist", None, why="Wekan's boards"),
    Pick("error-board-notAdmin", None, why="Wekan's board permissions"),
    Pick("error-notAllowed", None, why="Wekan's board roles"),
    Pick("error-user-notAllowSelf", None, why="Wekan's board invitation form"),
    Pick("error-undefined", None, why="Wekan's generic error: nothing narrows it"),
    Pick("board-not-found", None, why="Wekan's boards"),
    Pick(
        "email-sent",
        None,
        values=(": alice@example.com",),
        why="client/components/settings/settingBody.js: the SMTP test's success alert "
        "__(ret.message) + ': ' + the address: the mail went out",
    ),
]


def _fill(text: str, values: tuple[str, ...]) -> str:
    for pair in values:
        if "=" in pair and pair.startswith("__"):
            name, value = pair.split("=", 1)
            assert name in text, (text, name)
            text = text.replace(name, value)
    return text


def _reason_source(mirrors: Path, pin: tuple[str, str], reason: Reason) -> str:
    repo, commit = _library(mirrors, pin)
    where = _where(repo, commit, reason.literal, (reason.path,))
    return f"{pin[0]}@{commit[:12]}:{where}"


def node_red(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, NODE_RED)
    at = f"{NODE_RED[0]}@{commit[:12]}"
    package = json.loads(git(repo, "show", f"{commit}:{EMAIL}/package.json"))
    deps = package["dependencies"]
    assert (deps["nodemailer"], deps["imap"], deps["node-pop3"]) == ("8.0.5", "0.8.19", "0.11.0")
    js_path = f"{EMAIL}/61-email.js"
    send = _where(repo, commit, "node.error(error, msg);", (js_path,))
    imap_at = _where(repo, commit, "node.error(err.message, err);", (js_path,))
    pop_at = _where(repo, commit, "await pop3.command('PASS', node.password);", (js_path,))
    entries: list[dict[str, object]] = []

    def add(pick: Pick, texts: dict[str, str], sources: dict[str, str]) -> None:
        entries.append(_entry("Node-RED", f"node_red.{len(entries)}", pick, texts, sources))

    reasons = smtp_reasons(
        "smtp.example.com",
        "192.0.2.25",
        "alice@example.com",
        "noreply@example.net",
        "bob@example.org",
    )
    for reason in reasons:
        source = f"{at}:{send} (then {_reason_source(mirrors, NODEMAILER, reason)})"
        why = (
            "61-email.js e-mail out: sendMail()'s error to node.error(error, msg), shown as "
            "Error.toString(); nodemailer 8.0.5 " + reason.why
        )
        add(
            Pick(reason.text, reason.code, why=why), {"en": "Error: " + reason.text}, {"en": source}
        )
    for reason in IMAP_REASONS:
        source = f"{at}:{imap_at} (then {_reason_source(mirrors, NODE_IMAP, reason)})"
        why = "61-email.js e-mail in: imap.on('error') -> node.error(err.message); " + reason.why
        add(Pick(reason.text, reason.code, why=why), {"en": reason.text}, {"en": source})
    for reason in POP3_REASONS:
        source = f"{at}:{pop_at} (then {_reason_source(mirrors, NODE_POP3, reason)})"
        why = "61-email.js checkPOP3(): connect/USER/PASS rejected -> node.error(err.message); "
        add(
            Pick(reason.text, reason.code, why=why + reason.why),
            {"en": reason.text},
            {"en": source},
        )
    js = git(repo, "show", f"{commit}:{js_path}")
    tables = {
        lang: json.loads(git(repo, "show", f"{commit}:{EMAIL}/locales/{folder}/61-email.json"))[
            "email"
        ]
        for lang, folder in NR_LANG.items()
    }
    for pick in NODE_RED_OWN:
        section, key = pick.key.split(".")
        assert f'"email.{pick.key}"' in js, pick.key
        english = tables["en"][section][key]
        texts, sources = {}, {}
        for lang, folder in NR_LANG.items():
            words = tables[lang].get(section, {}).get(key)
            if words and (lang == "en" or words != english):
                texts[lang] = _fill(words, pick.values).strip()
                sources[lang] = f"{at}:{EMAIL}/locales/{folder}/61-email.json#{pick.key}"
        add(pick, texts, sources)
    return entries


def wekan(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, WEKAN)
    at = f"{WEKAN[0]}@{commit[:12]}"
    assert "email@3.2.0" in git(repo, "show", f"{commit}:.meteor/versions").split()
    bumps = json.loads(git(repo, "show", f"{commit}:releases/bundle-npm-security-bumps.json"))
    assert bumps["minimums"]["nodemailer"] == "8.0.11"
    data = "imports/i18n/data"
    tables = {
        lang: json.loads(git(repo, "show", f"{commit}:{data}/{lang}.i18n.json"))
        for lang in ("en", *WK_LANG)
    }
    test = _where(
        repo,
        commit,
        "getTAPi18n().__('email-fail-text', { lng: lang })}: ${message}",
        ("server/models/settings.js",),
    )
    alert = _where(
        repo, commit, "`${TAPi18n.__(err.error)}\\n${reason}`", ("client/components/settings",)
    )
    entries: list[dict[str, object]] = []

    def add(pick: Pick, texts: dict[str, str], sources: dict[str, str]) -> None:
        entries.append(_entry("Wekan", f"wekan.{len(entries)}", pick, texts, sources))

    reasons = smtp_reasons(
        "mail.example.org",
        "198.51.100.7",
        "wekan@example.org",
        "boards@example.net",
        "carol@example.com",
    )
    for reason in (r for r in reasons if r.code not in WEKAN_SKIP):
        lib = _reason_source(mirrors, WEKAN_MAILER, reason)
        texts, sources = {}, {}
        for lang in ("en", *WK_LANG):
            head, fail = tables[lang].get("email-fail"), tables[lang].get("email-fail-text")
            if lang != "en" and (
                head == tables["en"]["email-fail"] or fail == tables["en"]["email-fail-text"]
            ):
                continue
            assert head and fail, lang
            texts[lang] = f"{head}\n{fail}: {reason.text}"
            sources[lang] = (
                f"{at}:{alert} ({data}/{lang}.i18n.json#email-fail, email-fail-text; "
                f"{test}; then {lib})"
            )
        why = (
            "server/models/settings.js sendSMTPTestEmail(): Email.sendAsync() -> Meteor's "
            "email package -> nodemailer 8.0.11 (pooled); the catch's message after "
            "__('email-fail-text') + ': ', alerted under __('email-fail'); " + reason.why
        )
        add(Pick(reason.text, reason.code, why=why), texts, sources)
    for pick in WEKAN_OWN:
        english = tables["en"][pick.key]
        suffix = pick.values[0] if pick.values else ""
        texts = {"en": english + suffix}
        sources = {"en": f"{at}:{data}/en.i18n.json#{pick.key}"}
        for lang in WK_LANG:
            words = tables[lang].get(pick.key)
            if words and words != english:
                texts[lang] = words + suffix
                sources[lang] = f"{at}:{data}/{lang}.i18n.json#{pick.key}"
        why = pick.why if pick.values else pick.why + ", no mail setting involved"
        add(Pick(pick.key, None, why=why), texts, sources)
    return entries


ABOUT = (
    "The sixty-fourth held-out set (tools/extract_sixty_fourth.py): Node-RED's email nodes "
    "(node-red/node-red-nodes social/email, node-red-node-email 5.2.3, April 2026): the e-mail "
    "out node's nodemailer 8.0.5 errors as Node-RED shows them ('Error: ' + message), the "
    "e-mail in node's node-imap 0.8.19 and node-pop3 0.11.0 err.message, all as package.json "
    "pins them, en only (Node 20+/OpenSSL 3 socket and TLS wording); its own status and error "
    "texts (locales/en-US, de, ja). Wekan (wekan/wekan v11.07.0, August 2026): the SMTP test "
    "alert, 'email-fail' + newline + 'email-fail-text: ' + nodemailer's message (Meteor "
    "email@3.2.0, nodemailer raised to 8.0.11 in the bundle) in its nine languages, and its "
    "own sign-in, board, card and settings texts (imports/i18n/data). Extracted and labelled "
    "blind from the code; code null: no mail-settings problem or nothing narrowing it. A "
    "language without a translation or with the English one is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, node_red, wekan)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
