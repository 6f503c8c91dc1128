"""Developer tool: the seventy-first blind held-out set (Nylas Mail's and Kanmail's mail errors).

Nylas Mail (nylas/nylas-mail, the monorepo of N1's last release, pinned below): the IMAP/SMTP
onboarding (packages/client-app/internal_packages/onboarding/lib/decorators/
create-page-for-form.jsx onConnect()) shows the local auth route's `message`, which
packages/isomorphic-core/src/auth-helpers.es6 imapAuthHandler() sets to `err.userMessage ||
err.message`: the app's own sentence when src/smtp-errors.es6 convertSmtpError() or
src/imap-errors.es6 convertImapError() recognised the library's error (no reason appended),
else the library's message itself; any 408 (retryable) answer is replaced by "We were unable
to reach your mail provider. Please try again.", and a 495 adds the "connect anyway" line of
form-error-message.jsx. SMTP is nodemailer 2.5.0 (packages/isomorphic-core/package.json, no
lockfile): its nodemailer-smtp-transport 2.6.0 pins smtp-connection 2.8.0 (npm view), read at
nodemailer/smtp-connection v2.8.0; node errors (connect ECONNREFUSED, getaddrinfo) as the
Electron 1.x era's Node 6/7 formats them. IMAP texts are all the app's own (node-imap's reason is
never shown). Sending (src/sendmail-client.es6) shows 'Sending failed - ' + the userMessage.
Its own texts (form validation, the account-error notice, the preferences' sync-error details,
Nylas's own cloud account), code null. English only: the app ships no translations.

Kanmail (Fizzadar/Kanmail, Python 3.8.10 per .python-version, imapclient==2.2.0 per
requirements/macos.txt, read at mjs/imapclient 2.2.0): the account form's test
(kanmail/server/views/accounts_api.py _test_account_settings()) shows f'{e}' of the IMAP
exception (connection.py wraps OSError and LoginError into ImapConnectionError(account,
*e.args), so an OSError's '[Errno n] ...' and imapclient's LoginError(str(imaplib error)), the
b'...' of the server's NO) or of smtplib's raw exception (SMTPAuthenticationError's '(code,
b"...")', SMTPNotSupportedError, SSLError), under the IMAP or SMTP column of
client/components/settings/AccountForm.jsx; sync failures show 'ImapConnectionError: ' +
message + ' (account=...)' (views/error.py, client/components/HeaderErrors.jsx); sending shows
'Error sending email: ' + str(e) (client/components/send/SendApp.jsx) of smtplib's
SMTPRecipientsRefused / SMTPSenderRefused / SMTPDataError / SMTPConnectError. CPython 3.8's
smtplib, ssl and socket texts are not in the mirrors: written as CPython 3.8 formats them on
Linux with OpenSSL 1.1.1 ('(_ssl.c:1131)'), cited as python/cpython@v3.8.10. Its own texts (new
account form, missing settings, header notices, licence), code null. English only.

Labelled blind from the code: the code names what raised the text.

    python -m tools.extract_seventy_first MIRRORS_DIR benchmarks/data/seventy_first_texts.json

MIRRORS_DIR holds `nylas+nylas-mail/repo`, `nodemailer+smtp-connection/repo`,
`Fizzadar+Kanmail/repo` and `mjs+imapclient/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _entry, _library, _where, git, write_set

NYLAS = ("nylas/nylas-mail", "e16cb1982e944ae7edb69b1abef1436dd16b442d")
SMTP_CONNECTION = ("nodemailer/smtp-connection", "b3b4516d2a752f67a617c73b72eab4d4b7a02931")
KANMAIL = ("Fizzadar/Kanmail", "38c26e762a739ac82cced19c44eb79e0eabb146c")
IMAPCLIENT = ("mjs/imapclient", "46461f358f8410e110c09b63faf393c1b5b30090")  # 2.2.0
CPYTHON = "python/cpython@v3.8.10:"

_ISO = "packages/isomorphic-core/src/"
_ONB = "packages/client-app/internal_packages/onboarding/lib/"
_FORM = _ONB + "decorators/create-page-for-form.jsx"
_CERT_LINE = (
    " The certificate for this server is invalid. Would you like to connect to the server anyway?"
)
_SHOWN = (
    "onboarding onConnect(): runAuthRequest() -> auth-helpers.es6 imapAuthHandler() testSMTP() "
    "(nodemailer verify()) then testIMAP(); the reply's message is err.userMessage || "
    "err.message; "
)
_RAW = _SHOWN + "convertSmtpError() matched nothing, so smtp-connection's message is shown: "


# (the shown text, code, literal in the app, app paths, literal in the library or "", why)
NYLAS_PICKS: list[tuple[str, str | None, str, str, str, str]] = [
    (
        "Incorrect SMTP username or password.",
        "AUTH_FAILED",
        "Incorrect SMTP username or password.",
        _ISO + "smtp-errors.es6",
        "'Invalid login'",
        _SHOWN + "smtp-connection _actionAUTHComplete(): a non-2xx answer to AUTH is 'Invalid "
        "login: 535 ...', matched by /invalid login/ into SMTPAuthenticationError",
    ),
    (
        "Incorrect IMAP username or password.",
        "AUTH_FAILED",
        "Incorrect IMAP username or password.",
        _ISO + "imap-errors.es6",
        "",
        _SHOWN + "convertImapError(): node-imap's source 'authentication' (the LOGIN's NO) "
        "becomes IMAPAuthenticationError",
    ),
    (
        "We were unable to look up your SMTP host. Please check the SMTP server name.",
        "HOST_NOT_FOUND",
        "We were unable to look up your SMTP host.",
        _ISO + "smtp-errors.es6",
        "",
        _SHOWN + "Node's 'getaddrinfo ENOTFOUND <host>' (the SMTP host name does not resolve) "
        "matched by /getaddrinfo enotfound/ into SMTPConnectionDNSError",
    ),
    (
        "SMTP protocol error. Please check your SMTP settings.",
        "TLS_ON_PLAIN_PORT",
        "SMTP protocol error. Please check your SMTP settings.",
        _ISO + "smtp-errors.es6",
        "",
        _SHOWN + "only /unknown protocol/ raises it: OpenSSL's 'SSL23_GET_SERVER_HELLO:unknown "
        "protocol' when 'SSL / TLS' (secure: true, tls.connect) meets a port that speaks plain "
        "SMTP first",
    ),
    (
        'Certificate Error: We couldn\'t verify the identity of the SMTP server "smtp.example.com".'
        + _CERT_LINE,
        "CERT_UNTRUSTED",
        "We couldn't verify the identity of the SMTP server",
        _ISO + "smtp-errors.es6",
        "",
        _SHOWN + "UNABLE_TO_VERIFY_LEAF_SIGNATURE, SELF_SIGNED_CERT_IN_CHAIN or any Node TLS "
        "message naming a certificate: SMTPCertificateError (495), form-error-message.jsx adds "
        "the 'connect anyway' line; mostly a chain that does not verify",
    ),
    (
        'Certificate Error: We couldn\'t verify the identity of the IMAP server "imap.example.com".'
        + _CERT_LINE,
        "CERT_UNTRUSTED",
        "We couldn't verify the identity of the IMAP server",
        _ISO + "imap-errors.es6",
        "",
        _SHOWN + "convertImapError(): UNABLE_TO_VERIFY_LEAF_SIGNATURE, SELF_SIGNED_CERT_IN_CHAIN "
        "or /certificate/ becomes IMAPCertificateError (495); the chain does not verify",
    ),
    (
        "connect ECONNREFUSED 203.0.113.5:587",
        "PORT_CLOSED",
        "let errorMessage = err.message;",
        _FORM,
        "this._onError(err, 'ECONNECTION', false, 'CONN')",
        _RAW + "the socket's error event, Node's connect ECONNREFUSED: nothing listens",
    ),
    (
        "getaddrinfo EAI_AGAIN smtp.example.com smtp.example.com:587",
        "DNS_FAILURE",
        "let errorMessage = err.message;",
        _FORM,
        "this._onError(err, 'ECONNECTION', false, 'CONN')",
        _RAW + "Node's lookup failed with EAI_AGAIN (only ENOTFOUND is matched): the resolver "
        "did not answer",
    ),
    (
        "connect EHOSTUNREACH 203.0.113.5:587",
        "HOST_UNREACHABLE",
        "let errorMessage = err.message;",
        _FORM,
        "this._onError(err, 'ECONNECTION', false, 'CONN')",
        _RAW + "Node's connect EHOSTUNREACH: no route to the server",
    ),
    (
        "Greeting never received",
        "PLAIN_ON_TLS_PORT",
        "let errorMessage = err.message;",
        _FORM,
        "'Greeting never received'",
        _RAW + "connected but no 220 within greetingTimeout: security 'None'/'STARTTLS' "
        "against port 465, whose server waits for a TLS ClientHello",
    ),
    (
        "Error upgrading connection with STARTTLS: 502 5.5.2 Error: command not recognized",
        "STARTTLS_NOT_OFFERED",
        "let errorMessage = err.message;",
        _FORM,
        "'Error upgrading connection with STARTTLS'",
        _RAW + "security 'STARTTLS' sets requireTLS, so STARTTLS is sent although EHLO did not "
        "name it; the server refuses the command",
    ),
    (
        "Invalid greeting from server:\n421 4.7.0 smtp.example.com Error: too many connections "
        "from 203.0.113.10: 421 4.7.0 smtp.example.com Error: too many connections from "
        "203.0.113.10",
        "RATE_LIMITED",
        "let errorMessage = err.message;",
        _FORM,
        "'Invalid greeting from server:\\n'",
        _RAW + "_actionGreeting(): the greeting is no 220, _formatError() appends the reply once "
        "more; a 421 naming the per-client connection limit",
    ),
    (
        "We were unable to reach your mail provider. Please try again.",
        None,
        'errorMessage = "We were unable to reach your mail provider. Please try again."',
        _FORM,
        "",
        _SHOWN + "any 408: every IMAP socket error (refused, DNS, TLS), IMAP and SMTP timeouts, "
        "'Error initiating TLS': nothing narrows it",
    ),
    (
        "IMAP protocol error. Try to first remove your account from Nylas Mail, then re-add it "
        "and try again.",
        None,
        "IMAP protocol error. Try to first remove your account",
        _ISO + "imap-errors.es6",
        "",
        _SHOWN + "node-imap's source 'protocol': any BAD or NO of any command, not narrowed",
    ),
    (
        "The IMAP/SMTP servers for this account do not match our records. Please verify that any "
        "server names you entered are correct. If your IMAP/SMTP server has changed, first remove "
        "this account from Nylas Mail, then try logging in again.",
        None,
        "do not match our records",
        _FORM,
        "",
        "Nylas's own record of the account (setting_update_error), no server asked",
    ),
    (
        "Sending failed - Incorrect SMTP username or password.",
        "AUTH_FAILED",
        "Sending failed - ${error.userMessage}",
        _ISO + "sendmail-client.es6",
        "'Invalid login'",
        "sendmail-client.es6 _send(): the last retry's convertSmtpError() userMessage; the "
        "AUTH refused ('Invalid login: 535 ...')",
    ),
    (
        "Sending failed - We were unable to look up your SMTP host. Please check the SMTP server "
        "name.",
        "HOST_NOT_FOUND",
        "Sending failed - ${error.userMessage}",
        _ISO + "sendmail-client.es6",
        "",
        "sendmail-client.es6 _send(): getaddrinfo ENOTFOUND for the SMTP host",
    ),
    (
        "Sending failed - Certificate Error: We couldn't verify the identity of the SMTP server "
        '"smtp.example.com".',
        "CERT_UNTRUSTED",
        "Sending failed - ${error.userMessage}",
        _ISO + "sendmail-client.es6",
        "",
        "sendmail-client.es6 _send(): SMTPCertificateError, the chain does not verify",
    ),
    (
        "Sending failed - SMTP protocol error. Please check your SMTP settings.",
        "TLS_ON_PLAIN_PORT",
        "Sending failed - ${error.userMessage}",
        _ISO + "sendmail-client.es6",
        "",
        "sendmail-client.es6 _send(): OpenSSL 'unknown protocol', TLS against a plain port",
    ),
    (
        "Sending failed - We were unable to reach your SMTP server. Please try again.",
        None,
        "Sending failed - ${error.userMessage}",
        _ISO + "sendmail-client.es6",
        "",
        "sendmail-client.es6 _send(): SMTPRetryableError, a connection timeout or a failed TLS "
        "start: not narrowed",
    ),
    (
        "Sending failed",
        None,
        "let userMessage = 'Sending failed'",
        _ISO + "sendmail-client.es6",
        "",
        "sendmail-client.es6 _send(): any error convertSmtpError() left unrecognised",
    ),
    (
        "Sending to at least one recipient failed",
        None,
        "Sending to at least one recipient failed",
        _ISO + "sendmail-client.es6",
        "",
        "some recipients rejected, for any reason: nothing narrows it",
    ),
    (
        "Cannot authenticate with alice@example.com",
        "AUTH_FAILED",
        "title = `Cannot authenticate with ${erroredAccount.emailAddress}`",
        "packages/client-app/internal_packages/notifications",
        "",
        "account-error-notif.jsx: the account's syncState SYNC_STATE_AUTH_FAILED, the sync's "
        "IMAP login refused",
    ),
    (
        "Nylas Mail can no longer authenticate with alice@example.com. The password or "
        "authentication may have changed.",
        "AUTH_FAILED",
        "`Nylas Mail can no longer authenticate with ${account.emailAddress}. The password or",
        "packages/client-app/internal_packages/preferences",
        "",
        "preferences-account-details.jsx: SYNC_STATE_AUTH_FAILED, the mail server's login refused",
    ),
    (
        "Encountered an error while syncing alice@example.com",
        None,
        "title = `Encountered an error while syncing ${erroredAccount.emailAddress}`",
        "packages/client-app/internal_packages/notifications",
        "",
        "any other sync state: not narrowed",
    ),
    (
        "Nylas encountered an error while syncing mail for alice@example.com. Contact Nylas "
        "support for details.",
        None,
        "`Nylas encountered an error while syncing mail for ${account.emailAddress}.",
        "packages/client-app/internal_packages/preferences",
        "",
        "any other sync state: not narrowed",
    ),
    (
        "Cannot authenticate Nylas Mail Cloud Services with alice@example.com",
        None,
        "title = `Cannot authenticate Nylas Mail Cloud Services with",
        "packages/client-app/internal_packages/notifications",
        "",
        "Nylas's own cloud service account, not the mail server",
    ),
    (
        "Nylas Mail can no longer authenticate N1 Cloud Services with alice@example.com. The "
        "password or authentication may have changed.",
        None,
        "`Nylas Mail can no longer authenticate N1 Cloud Services with",
        "packages/client-app/internal_packages/preferences",
        "",
        "Nylas's own cloud service account, not the mail server",
    ),
    (
        "Several of your accounts are having issues",
        None,
        'title = "Several of your accounts are having issues"',
        "packages/client-app/internal_packages/notifications",
        "",
        "several accounts in error, no cause named",
    ),
    (
        "Some providers require an app password. Learn more.",
        None,
        'message = "Some providers require an app password."',
        _FORM,
        "",
        "_renderCredentialsNote(): the app's hint under any 401, not an error of its own",
    ),
    (
        "Have you enabled access through Yahoo? Learn more.",
        None,
        'message = "Have you enabled access through Yahoo?"',
        _FORM,
        "",
        "_renderCredentialsNote(): the app's hint under any 401 for a yahoo.com address",
    ),
]
_VALIDATION = "the onboarding form's validateAccountInfo(): a field left empty or malformed"
for _text, _where_in in (
    ("Please provide a valid email address.", _ONB + "page-account-settings.jsx"),
    ("Please provide a password for your account.", _ONB + "page-account-settings.jsx"),
    ("Please provide your name.", _ONB + "page-account-settings.jsx"),
    ("Please provide a valid hostname or IP adddress.", _ONB + "page-account-settings-imap.jsx"),
    ("Please provide a valid port number.", _ONB + "page-account-settings-imap.jsx"),
    (
        "Please link Gmail accounts by choosing 'Google' on the account type screen.",
        _ONB + "page-account-settings-imap.jsx",
    ),
    ("Please provide a valid host name.", _ONB + "page-account-settings-exchange.jsx"),
):
    NYLAS_PICKS.append((_text, None, _text, _where_in, "", _VALIDATION))


_SSL = "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: "
_TEST = (
    "views/accounts_api.py _test_account_settings(): the account form's test, "
    "TestAccountSettingsError(kind, f'{e}') shown under that column of AccountForm.jsx; "
)
_IMAP = _TEST + "IMAP: ImapConnectionWrapper.try_make_imap() wraps IMAPClient()'s OSError or "
_IMAP_OS = _IMAP + "LoginError as ImapConnectionError(account, *e.args): the OSError's "
_IMAP_LOGIN = (
    _IMAP + "LoginError (imapclient login(): LoginError(str(imaplib error)), the NO's b'...'): "
)
_SMTP = _TEST + "SMTP: SmtpConnection.get_connection()'s smtplib exception, str(e): "
_SEND = (
    "mail/account.py send_message() -> smtplib send_message(); the Flask handler's "
    "error_message str(e), SendApp.jsx 'Error sending email: ' + it: "
)
_HEADER = (
    "views/error.py error_network_exception(): a sync request's ImapConnectionError (after "
    "max_attempts) as '<name>: <message> (account=...)' in HeaderErrors.jsx; "
)
_T = "raise TestAccountSettingsError('imap', f'{e}')"
_S = "raise TestAccountSettingsError('smtp', f'{e}')"
_M = "raise ImapConnectionError(self.config.account, *e.args)"
_MC = "except (OSError, LoginError) as e:"
_L = "raise exceptions.LoginError(str(e))"
_SENT = "smtp.send_message(message)"
_H = "{error.errorName}: {error.errorMessage}"

# (shown text, code, app literal, library: "imapclient:<literal>" / "cpython:<path>" / "", why)
KANMAIL_PICKS: list[tuple[str, str | None, str, str, str]] = [
    ("[Errno 111] Connection refused", "PORT_CLOSED", _T, _MC, _IMAP_OS + "ECONNREFUSED"),
    (
        "[Errno -2] Name or service not known",
        "HOST_NOT_FOUND",
        _T,
        _MC,
        _IMAP_OS + "socket.gaierror EAI_NONAME: the IMAP host does not resolve",
    ),
    (
        "[Errno -3] Temporary failure in name resolution",
        "DNS_FAILURE",
        _T,
        _MC,
        _IMAP_OS + "socket.gaierror EAI_AGAIN: the resolver did not answer",
    ),
    (
        "timed out",
        "PORT_FILTERED",
        _T,
        _MC,
        _IMAP_OS + "socket.timeout of the 10 s connect timeout (IMAPClient timeout=10): no "
        "answer to the SYN",
    ),
    ("[Errno 113] No route to host", "HOST_UNREACHABLE", _T, _MC, _IMAP_OS + "EHOSTUNREACH"),
    (
        "[Errno 1] [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1131)",
        "TLS_ON_PLAIN_PORT",
        _T,
        _MC,
        _IMAP_OS + "ssl.SSLError: SSL checked (IMAP4_TLS) against port 143, plain IMAP",
    ),
    (
        "[Errno 1] " + _SSL + "self signed certificate (_ssl.c:1131)",
        "CERT_SELF_SIGNED",
        _T,
        _MC,
        _IMAP_OS + "SSLCertVerificationError, X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT",
    ),
    (
        "[Errno 1] " + _SSL + "unable to get local issuer certificate (_ssl.c:1131)",
        "CERT_UNTRUSTED",
        _T,
        _MC,
        _IMAP_OS + "SSLCertVerificationError: the issuer is not in the trust store",
    ),
    (
        "[Errno 1] " + _SSL + "certificate has expired (_ssl.c:1131)",
        "CERT_EXPIRED",
        _T,
        _MC,
        _IMAP_OS + "SSLCertVerificationError, X509_V_ERR_CERT_HAS_EXPIRED",
    ),
    (
        "[Errno 1] " + _SSL + "Hostname mismatch, certificate is not valid for "
        "'imap.example.com'. (_ssl.c:1131)",
        "CERT_HOSTNAME_MISMATCH",
        _T,
        _MC,
        _IMAP_OS + "SSLCertVerificationError: check_hostname on (ssl_verify_hostname), the "
        "certificate names another host",
    ),
    (
        "b'[AUTHENTICATIONFAILED] Authentication failed.'",
        "AUTH_FAILED",
        _T,
        _L,
        _IMAP_LOGIN + "Dovecot's NO [AUTHENTICATIONFAILED] to LOGIN, wrong user or password",
    ),
    (
        "b'[PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) "
        "connections.'",
        "PLAINTEXT_AUTH_DISABLED",
        _T,
        _L,
        _IMAP_LOGIN + "SSL unchecked on 143 (Kanmail's IMAP has no STARTTLS): LOGIN refused "
        "in plain text",
    ),
    (
        "b'[UNAVAILABLE] Temporary authentication failure.'",
        "AUTH_TEMPORARY_FAILURE",
        _T,
        _L,
        _IMAP_LOGIN + "NO [UNAVAILABLE] (RFC 5530): the server could not check the login now",
    ),
    (
        "b'[ALERT] Please log in via your web browser: "
        "https://support.google.com/mail/accounts/answer/78754 (Failure)'",
        "WEB_LOGIN_REQUIRED",
        _T,
        _L,
        _IMAP_LOGIN + "Gmail wants a sign-in in the browser first",
    ),
    (
        "b'[ALERT] Application-specific password required: "
        "https://support.google.com/accounts/answer/185833 (Failure)'",
        "APP_PASSWORD_REQUIRED",
        _T,
        _L,
        _IMAP_LOGIN + "Gmail with two-step verification: an app password is needed",
    ),
    (
        "ImapConnectionError: [Errno 111] Connection refused (account=Work)",
        "PORT_CLOSED",
        _H,
        _M,
        _HEADER + "ECONNREFUSED on reconnecting",
    ),
    (
        "ImapConnectionError: [Errno 8] nodename nor servname provided, or not known "
        "(account=Work)",
        "HOST_NOT_FOUND",
        _H,
        _M,
        _HEADER + "macOS getaddrinfo EAI_NONAME: the host does not resolve",
    ),
    (
        "ImapConnectionError: b'[AUTHENTICATIONFAILED] Authentication failed.' (account=Work)",
        "AUTH_FAILED",
        _H,
        _L,
        _HEADER + "the reconnect's LOGIN refused",
    ),
    (
        "ImapConnectionError: [Errno 104] Connection reset by peer (account=Work)",
        "CONNECTION_CLOSED",
        _H,
        _M,
        _HEADER + "ECONNRESET: the server dropped the connection",
    ),
    (
        "[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1131)",
        "TLS_ON_PLAIN_PORT",
        _S,
        "cpython:Lib/ssl.py",
        _SMTP + "SSL checked (SMTP_SSL) against 587, which speaks plain SMTP first",
    ),
    (
        _SSL + "unable to get local issuer certificate (_ssl.c:1131)",
        "CERT_UNTRUSTED",
        _S,
        "cpython:Lib/ssl.py",
        _SMTP + "SSLCertVerificationError: the issuer is not trusted",
    ),
    (
        _SSL + "Hostname mismatch, certificate is not valid for 'smtp.example.com'. (_ssl.c:1131)",
        "CERT_HOSTNAME_MISMATCH",
        _S,
        "cpython:Lib/ssl.py",
        _SMTP + "SSLCertVerificationError: the certificate names another host",
    ),
    (
        "[Errno 110] Connection timed out",
        "PORT_FILTERED",
        _S,
        "cpython:Lib/socket.py",
        _SMTP + "smtplib.SMTP() without timeout: the kernel's connect ETIMEDOUT, SYN dropped",
    ),
    (
        "[Errno 101] Network is unreachable",
        "HOST_UNREACHABLE",
        _S,
        "cpython:Lib/socket.py",
        _SMTP + "ENETUNREACH",
    ),
    (
        "(535, b'5.7.8 Error: authentication failed: authentication failure')",
        "AUTH_FAILED",
        _S,
        "cpython:Lib/smtplib.py",
        _SMTP + "smtp.py SMTP.auth() raises SMTPAuthenticationError(code, resp) for a 535",
    ),
    (
        "(535, b'5.7.8 Username and Password not accepted. Learn more at\\n5.7.8  "
        "https://support.google.com/mail/?p=BadCredentials a1sm123456wrb.12 - gsmtp')",
        "AUTH_FAILED",
        _S,
        "cpython:Lib/smtplib.py",
        _SMTP + "SMTPAuthenticationError: Gmail's bad credentials",
    ),
    (
        "(534, b'5.7.9 Application-specific password required. Learn more at\\n5.7.9  "
        "https://support.google.com/mail/?p=InvalidSecondFactor a1sm123456wrb.12 - gsmtp')",
        "APP_PASSWORD_REQUIRED",
        _S,
        "cpython:Lib/smtplib.py",
        _SMTP + "SMTPAuthenticationError: Gmail wants an app password",
    ),
    (
        "(530, b'5.7.0 Must issue a STARTTLS command first')",
        "PLAINTEXT_AUTH_DISABLED",
        _S,
        "cpython:Lib/smtplib.py",
        _SMTP + "TLS unchecked: AUTH refused until STARTTLS (SMTPAuthenticationError)",
    ),
    (
        "SMTP AUTH extension not supported by server.",
        "AUTH_NOT_OFFERED",
        _S,
        "cpython:Lib/smtplib.py",
        _SMTP + "login(): EHLO names no AUTH (SMTPNotSupportedError)",
    ),
    (
        "No suitable authentication method found.",
        "AUTH_NOT_OFFERED",
        _S,
        "cpython:Lib/smtplib.py",
        _SMTP + "login(): AUTH offers none of CRAM-MD5, PLAIN, LOGIN",
    ),
    (
        "STARTTLS extension not supported by server.",
        "STARTTLS_NOT_OFFERED",
        _S,
        "cpython:Lib/smtplib.py",
        _SMTP + "starttls() (TLS checked): EHLO names no STARTTLS (SMTPNotSupportedError)",
    ),
    (
        "Connection unexpectedly closed",
        "CONNECTION_CLOSED",
        _S,
        "cpython:Lib/smtplib.py",
        _SMTP + "getreply(): SMTPServerDisconnected, the server hung up without a reply",
    ),
    (
        "(421, b'4.7.0 smtp.example.com Error: too many connections from 203.0.113.10')",
        "RATE_LIMITED",
        _S,
        "cpython:Lib/smtplib.py",
        _SMTP + "SMTP(): a greeting other than 220 raises SMTPConnectError; a 421 naming the "
        "connection limit",
    ),
    (
        "Error sending email: {'bob@example.org': (550, b'5.1.1 <bob@example.org>: Recipient "
        "address rejected: User unknown in virtual mailbox table')}",
        "RECIPIENT_UNKNOWN",
        _SENT,
        "cpython:Lib/smtplib.py",
        _SEND + "SMTPRecipientsRefused, RCPT TO refused: the address does not exist",
    ),
    (
        "Error sending email: {'bob@example.org': (554, b'5.7.1 <bob@example.org>: Relay access "
        "denied')}",
        "RELAY_REFUSED",
        _SENT,
        "cpython:Lib/smtplib.py",
        _SEND + "SMTPRecipientsRefused: relaying to another domain refused",
    ),
    (
        "Error sending email: {'bob@example.org': (452, b'4.2.2 <bob@example.org>: Recipient "
        "address rejected: Mailbox full')}",
        "RECIPIENT_MAILBOX_FULL",
        _SENT,
        "cpython:Lib/smtplib.py",
        _SEND + "SMTPRecipientsRefused: the recipient's mailbox is over quota",
    ),
    (
        "Error sending email: (553, b'5.7.1 <alice@example.com>: Sender address rejected: not "
        "owned by user alice@example.com', 'alice@example.com')",
        "SENDER_REFUSED",
        _SENT,
        "cpython:Lib/smtplib.py",
        _SEND + "SMTPSenderRefused: MAIL FROM an address the login may not send as",
    ),
    (
        "Error sending email: (450, b'4.7.1 Error: too much mail from 203.0.113.10', "
        "'alice@example.com')",
        "RATE_LIMITED",
        _SENT,
        "cpython:Lib/smtplib.py",
        _SEND + "SMTPSenderRefused: the per-client sending limit",
    ),
    (
        "Error sending email: (552, b'5.3.4 Message size exceeds fixed limit')",
        "SIZE_LIMIT",
        _SENT,
        "cpython:Lib/smtplib.py",
        _SEND + "SMTPDataError at the end of DATA: over the server's size limit",
    ),
    (
        "Error sending email: (554, b'5.7.1 Service unavailable; Client host [203.0.113.10] "
        "blocked using zen.spamhaus.org')",
        "REJECTED_AS_SPAM",
        _SENT,
        "cpython:Lib/smtplib.py",
        _SEND + "SMTPConnectError: the greeting refuses a block-listed IP",
    ),
    # Kanmail's own texts: the new-account form, missing settings, notices, licence.
    ("Email or password missing!", None, "'Email or password missing!'", "", "form validation"),
    (
        "Invalid email or password!",
        None,
        "'Invalid email or password!'",
        "",
        "NewAccountForm.jsx: any failure of the test after autoconfiguration, whatever raised "
        "it: nothing narrows it",
    ),
    (
        "Authentication failed!",
        None,
        "'Authentication failed!'",
        "",
        "NewAccountForm.jsx: the OAuth flow's test failed after autoconfiguration, any cause",
    ),
    (
        "Please provide an account display name!",
        None,
        "'Please provide an account display name!'",
        "",
        "form validation",
    ),
    (
        "Could not autoconfigure",
        None,
        "'Could not autoconfigure'",
        "",
        "autoconfiguration found no settings",
    ),
    (
        "Missing imap setting: host",
        None,
        "f'Missing {settings_type} setting: {key}'",
        "",
        "form validation: a connection field left empty",
    ),
    (
        "Missing IMAP password! Please re-enter your password in settings.",
        None,
        "f'Missing {self.connection_type} {missing_key}! {fix_description}'",
        "",
        "connection.py check_auth_settings(): no password in the keychain",
    ),
    (
        "Missing SMTP token! Please delete & re-create this account in settings.",
        None,
        "'Please delete & re-create this account in settings.'",
        "",
        "connection.py check_auth_settings(): no OAuth refresh token in the keychain",
    ),
    (
        "Kanmail encountered a serious sync or UI error.",
        None,
        "Kanmail encountered a serious sync or UI error.",
        "",
        "HeaderErrors.jsx: any unexpected exception",
    ),
    (
        "Kanmail cannot connect! Click to clear!",
        None,
        "Kanmail cannot connect! Click to clear!",
        "",
        "HeaderErrors.jsx: the heading over any network error",
    ),
    (
        "Error saving license: Could not connect to license server, please try again later!",
        None,
        "'Could not connect to license server, please try again later!'",
        "",
        "license.py activate_license(): Kanmail's licence server",
    ),
]


def nylas(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, NYLAS)
    lib, lib_commit = _library(mirrors, SMTP_CONNECTION)
    package = git(repo, "show", f"{commit}:packages/isomorphic-core/package.json")
    assert '"nodemailer": "2.5.0"' in package
    assert "2.8.0" in git(lib, "show", f"{lib_commit}:package.json")
    entries = []
    for text, code, literal, paths, lib_literal, why in NYLAS_PICKS:
        source = f"{NYLAS[0]}@{commit[:12]}:{_where(repo, commit, literal, (paths,))}"
        if lib_literal:
            where = _where(lib, lib_commit, lib_literal, ("lib/smtp-connection.js",))
            source += f" (then {SMTP_CONNECTION[0]}@{lib_commit[:12]}:{where})"
        pick = Pick(text, code, why=why)
        entries.append(
            _entry("Nylas Mail", f"nylas.{len(entries)}", pick, {"en": text}, {"en": source})
        )
    return entries


def kanmail(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, KANMAIL)
    imapclient, ic_commit = _library(mirrors, IMAPCLIENT)
    assert "imapclient==2.2.0" in git(repo, "show", f"{commit}:requirements/macos.txt")
    assert git(repo, "show", f"{commit}:.python-version").strip() == "3.8.10"
    entries = []
    for text, code, literal, lib_literal, why in KANMAIL_PICKS:
        source = f"{KANMAIL[0]}@{commit[:12]}:{_where(repo, commit, literal, ('kanmail',))}"
        if lib_literal == _L:
            where = _where(imapclient, ic_commit, _L, ("imapclient/imapclient.py",))
            source += f" (then {IMAPCLIENT[0]}@{ic_commit[:12]}:{where})"
        elif lib_literal in (_M, _MC):
            source += f" (then {KANMAIL[0]}@{commit[:12]}:"
            source += (
                _where(repo, commit, lib_literal, ("kanmail/server/mail/connection.py",)) + ")"
            )
        elif lib_literal.startswith("cpython:"):
            source += f" (then {CPYTHON}{lib_literal.split(':', 1)[1]})"
        pick = Pick(text, code, why=why)
        entries.append(
            _entry("Kanmail", f"kanmail.{len(entries)}", pick, {"en": text}, {"en": source})
        )
    return entries


ABOUT = (
    "The seventy-first held-out set (tools/extract_seventy_first.py): Nylas Mail (nylas/"
    "nylas-mail, June 2018): the IMAP/SMTP onboarding's messages (the app's own sentence where "
    "its convertSmtpError/convertImapError recognise the library's error, else nodemailer "
    "2.5.0's smtp-connection 2.8.0 message as shown), the sending errors and the account-error "
    "notices; its own validation and cloud-account texts. Kanmail (Fizzadar/Kanmail, July "
    "2021, Python 3.8.10, imapclient 2.2.0): the account test's IMAP and SMTP exceptions as "
    "f'{e}' shows them, sync and sending errors; its own form, settings and licence texts. "
    "Extracted and labelled blind from the code; English only (neither app is translated); "
    "code null: no mail-settings problem or nothing narrowing it."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, nylas, kanmail)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
