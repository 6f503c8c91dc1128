"""Developer tool: the sixty-ninth blind held-out set (Sonarr's and Duplicati's mail errors).

Both apps send mail with MailKit 4.17.0 (the version both csproj files pin, asserted below:
src/NzbDrone.Core/Sonarr.Core.csproj and
Duplicati/Library/Modules/Builtin/Duplicati.Library.Modules.Builtin.csproj), read at the
4.17.0 tag of jstedfast/MailKit (274990c9770d). The reasons are MailKit's exception messages
as MailKit words them (SmtpClient.cs, SmtpStream.cs, SslHandshakeException.cs, SocketUtils.cs,
NetworkStream.cs) and, where MailKit lets a .NET exception through (Dns.GetHostAddresses,
Socket.Connect, Socket.Receive, SslStream), .NET's own message on Linux (glibc's
gai_strerror/strerror texts, OpenSSL 3's verify strings), plus "No such host is known." as
Windows words it. The SMTP replies behind SmtpCommandException/AuthenticationException are
typical replies of Gmail, Postfix and Microsoft 365, with MailKit's framing (the reply's code
stripped, "<code>: " in front of an AuthenticationException's text, continuation lines joined
with a newline).

Sonarr (Sonarr/Sonarr): src/NzbDrone.Core/Notifications/Email/Email.cs. The notification's
Test catches any exception and shows the localised NotificationsValidationUnableToSendTestMessage
("Unable to send test message: {exceptionMessage}") with ex.Message only (no inner exception);
the security setting maps Always to SslOnConnect on port 465 else StartTls, Never to None,
Preferred to Auto; a certificate is checked by X509CertificateValidationService (validation
on by default), whose refusal makes MailKit name the chain's errors. Its translations from
src/NzbDrone.Core/Localization/Core/<ll>.json (nl and ja do not translate the Test's message:
left out there); its own UI, account, backup, update and form texts from the same files, code
null.

Duplicati (duplicati/duplicati): Duplicati/Library/Modules/Builtin/SendMail.cs sends the
backup report with client.Connect(uri) (smtp:// StartTlsWhenAvailable, smtps:// SslOnConnect,
?starttls=always/never), MailKit's default certificate check; a failure reaches
ReportHelper.cs, which logs the warning "Failed to send message: {0}" with every exception of
the chain as "<type>: <message>" joined by "--> " (one line each); with several servers
SendMail.cs first logs "Failed to send email with server: {0}, message: {1}, retrying with
{2}". The translations from Localizations/duplicati/localization-<ll>.po (nl from nl_NL); its
own texts (passphrases, backends, database, options) from the same catalogs, code null.

Labelled blind from what raises each string in the code.

    python -m tools.extract_sixty_ninth MIRRORS_DIR benchmarks/data/sixty_ninth_texts.json

MIRRORS_DIR holds `Sonarr+Sonarr/repo`, `duplicati+duplicati/repo` and
`jstedfast+MailKit/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

from tools.extract_fresh_texts import (
    Pick,
    _entry,
    _library,
    _where,
    git,
    write_set,
)

SONARR = ("Sonarr/Sonarr", "49df353fa14c453929b79f32144b2c8c86d94b09")
DUPLICATI = ("duplicati/duplicati", "66cfb242da3bfb74e9e18130684e4319eb442eb1")
MAILKIT = ("jstedfast/MailKit", "274990c9770d5a2f046c8996761fb1377c1ecd78")  # tag 4.17.0
SONARR_LANG = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pl": "pl",
    "pt-BR": "pt_BR",
    "ja": "ja",
}
DUPLICATI_LANG = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl_NL",
    "pl": "pl",
    "pt-BR": "pt_BR",
    "ja": "ja",
}
_LOCALE = "src/NzbDrone.Core/Localization/Core/{}.json"
_PO = "Localizations/duplicati/localization-{}.po"


@dataclasses.dataclass(frozen=True)
class Reason:
    """One failure: the top exception and its inner ones, as (type, message) pairs."""

    chain: tuple[tuple[str, str], ...]
    code: str | None
    why: str
    then: str  # a literal of MailKit's source at the place that raises or lets it through
    apps: str = "sd"  # s: Sonarr can meet it, d: Duplicati can

    @property
    def message(self) -> str:
        """The top exception's Message (SslHandshakeException's ends with a NewLine)."""
        return self.chain[0][1]

    def logged(self) -> str:
        """ReportHelper.cs: '<type>: <message>' + NewLine per exception, '--> ' between."""
        return "--> ".join(f"{kind}: {text}\n" for kind, text in self.chain).rstrip()


_SOCK = "System.Net.Sockets.SocketException"
_IO = "System.IO.IOException"
_AUTHX = "MailKit.Security.AuthenticationException"
_CMD = "MailKit.Net.Smtp.SmtpCommandException"
_SSLX = "MailKit.Security.SslHandshakeException"
_NETAUTH = "System.Security.Authentication.AuthenticationException"
_NOTSUP = "System.NotSupportedException"
_REJECTED = (
    "The remote certificate was rejected by the provided RemoteCertificateValidationCallback."
)
_SSL_HEAD = "An error occurred while attempting to establish an SSL or TLS connection.\n\n"
_SSL_GENERIC = (
    "This usually means that the SSL certificate presented by the server is not trusted by the "
    "system for one or more of\nthe following reasons:\n\n"
    "1. The server is using a self-signed certificate which cannot be verified.\n"
    "2. The local system is missing a Root or Intermediate certificate needed to verify the "
    "server's certificate.\n"
    "3. A Certificate Authority CRL server for one or more of the certificates in the chain is "
    "temporarily unavailable.\n"
    "4. The certificate presented by the server is expired or invalid.\n"
    "5. The set of SSL/TLS protocols supported by the client and server do not match.\n"
)
_SSL_SEE = (
    "\nSee https://github.com/jstedfast/MailKit/blob/master/FAQ.md#ssl-handshake-exception"
    " for possible solutions.\n"
)
_CHAIN = "The server's SSL certificate could not be validated for the following reasons:\n"
_OPENSSL = (
    (_NETAUTH, "Authentication failed, see inner exception."),
    ("Interop+OpenSsl+SslException", "SSL Handshake failed with OpenSSL error - SSL_ERROR_SSL."),
)

_DNS = "var ipAddresses = Dns.GetHostAddresses (host);"
_CONNECT = "var ar = socket.BeginConnect (ipAddresses[i], port, OnEndConnect, state);"
_CMDX = "// read the greeting"  # PostConnect(): a greeting other than 220 -> SmtpCommandException
_AUTHL = "authException = new AuthenticationException (message, inner);"
_DATA = "SmtpErrorCode.MessageNotAccepted, response.StatusCode, response.Response);"
_CERT = "SslHandshakeException.Create (ref sslValidationInfo, ex, true"
_CERT_TLS = "SslHandshakeException.Create (ref sslValidationInfo, ex, false"


def _auth(reply: str, why: str, code: str) -> Reason:
    """SmtpClient.Authenticate(): the last mechanism's refusal, '<code>: <text>' around the
    SmtpCommandException of the reply's text."""
    status, text = reply[:3], reply[4:]
    return Reason(((_AUTHX, f"{status}: {text}"), (_CMD, text)), code, why, _AUTHL)


def _cmd(text: str, code: str, why: str, then: str) -> Reason:
    return Reason(((_CMD, text),), code, why, then)


def _cert(body: str, code: str, why: str, starttls: bool = True) -> Reason:
    return Reason(
        ((_SSLX, _SSL_HEAD + body + "\n"), (_NETAUTH, _REJECTED)),
        code,
        "SslHandshakeException.cs Create(): the certificate callback refused the chain, so "
        "sslValidationInfo names why: " + why,
        _CERT if starttls else _CERT_TLS,
    )


def reasons(host: str, user: str, sender: str, rcpt: str) -> list[Reason]:
    """MailKit 4.17.0's SMTP failures, filled for one app's host and addresses."""
    gmail = "a1b2c3d4e5f6.12 - gsmtp"
    return [
        Reason(
            ((_SOCK, "Connection refused"),),
            "PORT_CLOSED",
            "SocketUtils.cs Connect(): the socket's connect fails with ECONNREFUSED (.NET's "
            "SocketError.ConnectionRefused on Linux), nothing listens on the port",
            _CONNECT,
        ),
        Reason(
            ((_SOCK, "Name or service not known"),),
            "HOST_NOT_FOUND",
            "SocketUtils.cs Connect(): Dns.GetHostAddresses() fails with EAI_NONAME (glibc's "
            "gai_strerror text), the server name does not resolve",
            _DNS,
        ),
        Reason(
            ((_SOCK, "No such host is known."),),
            "HOST_NOT_FOUND",
            "SocketUtils.cs Connect(): Dns.GetHostAddresses() on Windows, WSAHOST_NOT_FOUND: "
            "the server name does not exist",
            _DNS,
        ),
        Reason(
            ((_SOCK, "Resource temporarily unavailable"),),
            "DNS_FAILURE",
            "SocketUtils.cs Connect(): Dns.GetHostAddresses() fails with EAI_AGAIN, which .NET "
            "on Linux reports as SocketError.TryAgain (strerror(EAGAIN)): the resolver did not "
            "answer",
            _DNS,
        ),
        Reason(
            (("System.TimeoutException", "The operation has timed out."),),
            "PORT_FILTERED",
            "SocketUtils.cs Connect(host, port, localEndPoint, timeout, ...): the connect did "
            "not finish within the client's Timeout, the linked token fires and MailKit throws "
            "new TimeoutException(): a firewall drops the SYN",
            "throw new TimeoutException ();",
        ),
        Reason(
            ((_SOCK, "Network is unreachable"),),
            "HOST_UNREACHABLE",
            "SocketUtils.cs Connect(): ENETUNREACH, no route to the server's network",
            _CONNECT,
        ),
        Reason(
            ((_SOCK, "No route to host"),),
            "HOST_UNREACHABLE",
            "SocketUtils.cs Connect(): EHOSTUNREACH, the host cannot be reached",
            _CONNECT,
        ),
        Reason(
            ((_IO, "Connection timed out"), (_SOCK, "Connection timed out")),
            "PLAIN_ON_TLS_PORT",
            "SmtpClient.cs PostConnect() reads the greeting in plain text on port 465 (Sonarr: "
            "encryption Never with port 465, SecureSocketOptions.None; Duplicati: "
            "smtp://host:465, StartTlsWhenAvailable): the server waits for a TLS ClientHello, "
            "Socket.Receive() hits the ReceiveTimeout and NetworkStream.cs Read() rethrows the "
            "SocketException (TimedOut) as an IOException with its message",
            "throw new IOException (ex.Message, ex);",
        ),
        Reason(
            (
                (
                    "MailKit.Net.Smtp.SmtpProtocolException",
                    "The SMTP server has unexpectedly disconnected.",
                ),
            ),
            "CONNECTION_CLOSED",
            "SmtpStream.cs ReadAhead(): Read() returned 0 before any reply line: the server "
            "closed the connection without a word",
            'throw new SmtpProtocolException ("The SMTP server has unexpectedly disconnected.");',
        ),
        Reason(
            ((_NOTSUP, "The SMTP server does not support the STARTTLS extension."),),
            "STARTTLS_NOT_OFFERED",
            "SmtpClient.cs PostConnect(): SecureSocketOptions.StartTls (Sonarr: encryption "
            "Always on a port other than 465; Duplicati: ?starttls=always or the tls:// scheme) "
            "but the EHLO reply names no STARTTLS",
            'The SMTP server does not support the STARTTLS extension.");',
        ),
        _cert(
            f"The host name ({host}) did not match the name given in the server's SSL "
            "certificate (mail.hosting.example.net).",
            "CERT_HOSTNAME_MISMATCH",
            "SslPolicyErrors.RemoteCertificateNameMismatch, the certificate names another host",
        ),
        _cert(
            _CHAIN + "\u2022 The server certificate has the following errors:\n"
            "  \u2022 self-signed certificate",
            "CERT_SELF_SIGNED",
            "a one-element chain whose status (OpenSSL 3's X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT "
            "text) says the server's certificate signs itself",
        ),
        _cert(
            _CHAIN + "\u2022 The server certificate has the following errors:\n"
            "  \u2022 unable to get local issuer certificate",
            "CERT_UNTRUSTED",
            "the chain stops at the server certificate: its issuer is not among the trusted "
            "CAs (OpenSSL's X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY)",
        ),
        _cert(
            _CHAIN + "\u2022 The server certificate has the following errors:\n"
            "  \u2022 certificate has expired",
            "CERT_EXPIRED",
            "the server certificate's status is NotTimeValid (X509_V_ERR_CERT_HAS_EXPIRED)",
            starttls=False,
        ),
        Reason(
            ((_SSLX, _SSL_HEAD + _SSL_GENERIC + _SSL_SEE),),
            "TLS_HANDSHAKE_FAILED",
            "SmtpClient.cs PostConnect(): the STARTTLS handshake failed without the certificate "
            "callback refusing anything (no sslValidationInfo), so SslHandshakeException.cs "
            "Create() lists its generic reasons (five for STARTTLS): client and server did not "
            "agree on the encryption",
            _CERT,
            apps="s",
        ),
        Reason(
            (
                (
                    _SSLX,
                    _SSL_HEAD
                    + _SSL_GENERIC.replace(
                        "match.\n",
                        "match.\n6. You are trying to connect to a port which does not support "
                        "SSL/TLS.\n",
                    )
                    + _SSL_SEE,
                ),
                *_OPENSSL,
                (
                    "Interop+Crypto+OpenSslCryptographicException",
                    "error:0A000102:SSL routines::unsupported protocol",
                ),
            ),
            "TLS_OUTDATED",
            "SmtpClient.cs Connect(): smtps:// on port 465 (SslOnConnect), the handshake fails "
            "before any certificate (no sslValidationInfo, the generic six reasons); the logged "
            "inner OpenSSL error says the server offers only a protocol below OpenSSL 3's floor "
            "(TLS 1.0/1.1)",
            _CERT_TLS,
            apps="d",
        ),
        Reason(
            (
                (
                    _SSLX,
                    _SSL_HEAD
                    + "When connecting to an SMTP service, port 587 is typically reserved for "
                    "plain-text connections. If\nyou intended to connect to SMTP on the SSL "
                    "port, try connecting to port 465 instead. Otherwise,\nif you intended to "
                    "use STARTTLS, make sure to use the following code:\n\n"
                    f'client.Connect ("{host}", 587, SecureSocketOptions.StartTls);\n',
                ),
                *_OPENSSL,
                (
                    "Interop+Crypto+OpenSslCryptographicException",
                    "error:0A00010B:SSL routines::wrong version number",
                ),
            ),
            "TLS_ON_PLAIN_PORT",
            "SmtpClient.cs Connect(): smtps://host:587 (SslOnConnect) on a port that speaks plain "
            "SMTP first; SslHandshakeException.cs Create() sees !starttls and a standard port "
            "(25, 587) and says so; OpenSSL read the greeting as a TLS record",
            "is typically reserved for plain-text connections",
            apps="d",
        ),
        _cmd(
            f"4.7.0 {host} Error: too many connections from 203.0.113.10",
            "RATE_LIMITED",
            "SmtpClient.cs PostConnect(): the greeting is not 220 (a 421 naming the connection "
            "limit), SmtpCommandException of the reply's text",
            _CMDX,
        ),
        _cmd(
            "5.7.1 Service unavailable; Client host [203.0.113.10] blocked using zen.spamhaus.org",
            "REJECTED_AS_SPAM",
            "SmtpClient.cs PostConnect(): the greeting is a 554: the sending host's IP is on a "
            "block list",
            _CMDX,
        ),
        _auth(
            "535 5.7.8 Username and Password not accepted. For more information, go to\n"
            f"5.7.8  https://support.google.com/mail/?p=BadCredentials {gmail}",
            "SmtpClient.cs Authenticate(): AUTH refused with 535 5.7.8 (Gmail): the username or "
            "password is wrong",
            "AUTH_FAILED",
        ),
        _auth(
            "535 5.7.8 Error: authentication failed: authentication failure",
            "SmtpClient.cs Authenticate(): Postfix/Dovecot's 535 5.7.8, bad credentials",
            "AUTH_FAILED",
        ),
        _auth(
            "534 5.7.9 Application-specific password required. For more information, go to\n"
            f"5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor {gmail}",
            "SmtpClient.cs Authenticate(): Gmail's 534 5.7.9, the account has two-step "
            "verification and needs an app password",
            "APP_PASSWORD_REQUIRED",
        ),
        _auth(
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
            "the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
            "[AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]",
            "SmtpClient.cs Authenticate(): Microsoft 365's 535 5.7.139, authenticated SMTP "
            "(SMTP AUTH) is switched off for the tenant/mailbox",
            "PROTOCOL_DISABLED",
        ),
        _auth(
            "530 5.7.0 Must issue a STARTTLS command first.",
            "SmtpClient.cs Authenticate() over an unencrypted session (Sonarr: encryption Never; "
            "Duplicati: ?starttls=never): the server refuses AUTH before STARTTLS",
            "PLAINTEXT_AUTH_DISABLED",
        ),
        _auth(
            "454 4.7.0 Too many login attempts, please try again later. " + gmail,
            "SmtpClient.cs Authenticate(): Gmail's 454 4.7.0 throttle on logins",
            "RATE_LIMITED",
        ),
        Reason(
            ((_NOTSUP, "The SMTP server does not support authentication."),),
            "AUTH_NOT_OFFERED",
            "SmtpClient.cs ValidateArguments() before AUTH: a username is set but the EHLO "
            "reply names no AUTH extension",
            'throw new NotSupportedException ("The SMTP server does not support authentication.");',
        ),
        Reason(
            ((_NOTSUP, "No compatible authentication mechanisms found."),),
            "AUTH_NOT_OFFERED",
            "SmtpClient.cs Authenticate(): AUTH offered, but none of its mechanisms is one "
            "MailKit can use with a password",
            'throw new NotSupportedException ("No compatible authentication mechanisms found.");',
        ),
        Reason(
            (
                (
                    "MailKit.ServiceNotAuthenticatedException",
                    "5.7.0 Authentication Required. For more information, go to\n"
                    f"5.7.0  https://support.google.com/mail/?p=WantAuthError {gmail}",
                ),
            ),
            "RELAY_REFUSED",
            "SmtpClient.cs ParseMailFromResponse(): MAIL FROM answered 530 "
            "(AuthenticationRequired): no username set, the server does not let an "
            "unauthenticated session send",
            "throw new ServiceNotAuthenticatedException (response.Response);",
        ),
        _cmd(
            f"5.7.1 <{sender}>: Sender address rejected: not owned by user {user}",
            "SENDER_REFUSED",
            "SmtpClient.cs OnSenderNotAccepted(): MAIL FROM refused (553): the From address is "
            "not one the account may send as",
            "SmtpErrorCode.SenderNotAccepted, response.StatusCode, mailbox, response.Response",
        ),
        _cmd(
            "5.7.60 SMTP; Client does not have permissions to send as this sender "
            "[AM0PR10MB1234.EURPRD10.PROD.OUTLOOK.COM]",
            "SENDER_REFUSED",
            "SmtpClient.cs OnSenderNotAccepted(): Microsoft 365's 550 5.7.60, the login may not "
            "send as the From address",
            "SmtpErrorCode.SenderNotAccepted, response.StatusCode, mailbox, response.Response",
        ),
        _cmd(
            "4.7.0 Temporary System Problem.  Try again later (10). " + gmail,
            "RATE_LIMITED",
            "SmtpClient.cs OnSenderNotAccepted(): MAIL FROM answered 421 4.7.0 'try again "
            "later', Gmail's throttle",
            "SmtpErrorCode.SenderNotAccepted, response.StatusCode, mailbox, response.Response",
        ),
        _cmd(
            f"5.7.1 <{rcpt}>: Relay access denied",
            "RELAY_REFUSED",
            "SmtpClient.cs OnRecipientNotAccepted(): RCPT TO answered 554 to another domain: "
            "the session is not allowed to relay",
            "SmtpErrorCode.RecipientNotAccepted, response.StatusCode, mailbox, response.Response",
        ),
        _cmd(
            f"5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table",
            "RECIPIENT_UNKNOWN",
            "SmtpClient.cs OnRecipientNotAccepted(): RCPT TO answered 550 5.1.1, the recipient "
            "does not exist",
            "SmtpErrorCode.RecipientNotAccepted, response.StatusCode, mailbox, response.Response",
        ),
        _cmd(
            "4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to\n"
            "4.2.2  https://support.google.com/mail/?p=OverQuotaTemp " + gmail,
            "RECIPIENT_MAILBOX_FULL",
            "SmtpClient.cs OnRecipientNotAccepted(): RCPT TO answered 452 4.2.2, the "
            "recipient's mailbox is full",
            "SmtpErrorCode.RecipientNotAccepted, response.StatusCode, mailbox, response.Response",
        ),
        _cmd(
            "5.3.4 Message size exceeds fixed limit",
            "SIZE_LIMIT",
            "SmtpClient.cs after DATA: the end of the message answered 552, over the server's "
            "size limit",
            _DATA,
        ),
        _cmd(
            "5.4.5 Daily user sending limit exceeded. For more information on Gmail\n"
            "5.4.5  sending limits go to https://support.google.com/a/answer/166852 " + gmail,
            "RATE_LIMITED",
            "SmtpClient.cs OnSenderNotAccepted(): MAIL FROM answered 550 5.4.5, the account's "
            "daily sending quota",
            "SmtpErrorCode.SenderNotAccepted, response.StatusCode, mailbox, response.Response",
        ),
        _cmd(
            "5.7.1 Message rejected as spam by Content Filtering.",
            "REJECTED_AS_SPAM",
            "SmtpClient.cs after DATA: the end of the message answered 554 5.7.1, the content "
            "filter took it for spam",
            _DATA,
        ),
    ]


_MAILKIT_FILES = (
    "MailKit/Net/Smtp/SmtpClient.cs",
    "MailKit/Net/Smtp/SmtpStream.cs",
    "MailKit/Net/SocketUtils.cs",
    "MailKit/Net/NetworkStream.cs",
    "MailKit/Security/SslHandshakeException.cs",
)


def _mailkit_where(mirrors: Path, literal: str) -> str:
    """The first of the synchronous paths both apps take (SmtpClient, not AsyncSmtpClient)."""
    repo, commit = _library(mirrors, MAILKIT)
    for path in _MAILKIT_FILES:
        if git(repo, "grep", "-l", "-F", "-e", literal, commit, "--", path):
            return f"{MAILKIT[0]}@{commit[:12]}:{_where(repo, commit, literal, (path,))}"
    raise AssertionError(literal)


def _fill(text: str, values: dict[str, str]) -> str:
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    assert "{" not in text or "{0" in text, text
    return text


# Sonarr's own texts (Localization/Core/<ll>.json keys, shown through translate() or
# GetLocalizedString()): sign-in, API key, backups, updates, folders, form labels; code null.
SONARR_OWN: list[Pick] = [
    Pick("AuthenticationRequired", None),
    Pick("AuthenticationMethodHelpTextWarning", None),
    Pick("AuthenticationRequiredUsernameHelpTextWarning", None),
    Pick("AuthenticationRequiredPasswordHelpTextWarning", None),
    Pick("AuthenticationRequiredPasswordConfirmationHelpTextWarning", None),
    Pick("AuthenticationRequiredWarning", None, ("appName=Sonarr",)),
    Pick("ApiKeyValidationHealthCheckMessage", None, ("length=20",)),
    Pick("BackupsLoadError", None),
    Pick("ErrorRestoringBackup", None),
    Pick("NoBackupsAreAvailable", None),
    Pick("DeleteBackupMessageText", None, ("name=sonarr_backup_v4.0.0_2025.01.01.zip",)),
    Pick("AddRootFolderError", None),
    Pick("RootFolderMissingHealthCheckMessage", None, ("rootFolderPath=/tv",)),
    Pick(
        "UpdateStartupNotWritableHealthCheckMessage",
        None,
        ("startupFolder=/opt/Sonarr", "userName=sonarr"),
    ),
    Pick("FailedToFetchUpdates", None),
    Pick("UpdateAvailableHealthCheckMessage", None, ("version=4.0.15.2941",)),
    Pick("InvalidUILanguage", None),
    Pick("RestartRequiredToApplyChanges", None, ("appName=Sonarr",)),
    Pick("BrowserReloadRequired", None),
    Pick("CertificateValidationHelpText", None),
    Pick("LabelIsRequired", None),
    Pick("NotificationsCustomScriptValidationFileDoesNotExist", None),
    Pick(
        "RemotePathMappingFolderPermissionsHealthCheckMessage",
        None,
        ("appName=Sonarr", "downloadPath=/downloads/complete"),
    ),
    Pick("NotificationsEmailSettingsServerHelpText", None),
    Pick("NotificationsEmailSettingsUseEncryptionHelpText", None),
    Pick("NotificationsEmailSettingsRecipientAddressHelpText", None),
    Pick("NotificationsEmailSettingsFromAddress", None),
    Pick("NotificationsEmailSettingsUseEncryption", None),
    Pick("PasswordConfirmation", None),
    Pick("Username", None),
]


def sonarr(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, SONARR)
    at = f"{SONARR[0]}@{commit[:12]}"
    csproj = git(repo, "show", f"{commit}:src/NzbDrone.Core/Sonarr.Core.csproj")
    assert '<PackageReference Include="MailKit" Version="4.17.0" />' in csproj
    tables = {
        lang: json.loads(git(repo, "show", f"{commit}:{_LOCALE.format(folder)}"))
        for lang, folder in {"en": "en", **SONARR_LANG}.items()
    }
    key = "NotificationsValidationUnableToSendTestMessage"
    test = _where(repo, commit, f'"{key}"', ("src/NzbDrone.Core/Notifications/Email",))
    entries = []
    for reason in reasons(
        "smtp.example.com", "alice@example.com", "sonarr@example.com", "bob@example.org"
    ):
        if "s" not in reason.apps:
            continue
        lib = _mailkit_where(mirrors, reason.then)
        texts, sources = {}, {}
        for lang, folder in {"en": "en", **SONARR_LANG}.items():
            words = tables[lang].get(key)
            if not words or (lang != "en" and words == tables["en"][key]):
                continue
            texts[lang] = words.replace("{exceptionMessage}", reason.message).rstrip()
            place = f"{test}" if lang == "en" else f"{_LOCALE.format(folder)}#{key}"
            sources[lang] = f"{at}:{place} (then {lib})"
        why = (
            "Notifications/Email/Email.cs Test(): SendEmail() -> Send() (MailKit SmtpClient, "
            "Timeout 10 s); any exception becomes the Server field's failure "
            f"{key} with ex.Message: " + reason.why
        )
        pick = Pick(key, reason.code, why=why)
        entries.append(_entry("Sonarr", f"sonarr.{len(entries)}", pick, texts, sources))
    for pick in SONARR_OWN:
        values = dict(pair.split("=", 1) for pair in pick.values)
        found = ""
        for literal in (f"'{pick.key}'", f'"{pick.key}"'):
            hits = git(
                repo, "grep", "-l", "-F", "-e", literal, commit, "--", "frontend/src", "src/*.cs"
            )
            if hits:
                found = _where(repo, commit, literal, ("frontend/src", "src/*.cs"))
                break
        assert found, pick.key
        english = tables["en"][pick.key]
        texts = {"en": _fill(english, values)}
        sources = {"en": f"{at}:{found}"}
        for lang, folder in SONARR_LANG.items():
            words = tables[lang].get(pick.key)
            if words and words.strip() and words != english:
                texts[lang] = _fill(words, values)
                sources[lang] = f"{at}:{_LOCALE.format(folder)}#{pick.key}"
        why = (
            f"{found.split(':')[0]}: Sonarr's own text (its sign-in, API key, backups, updates, "
            "folders or a settings form's label/help), no mail server involved"
        )
        entries.append(
            _entry(
                "Sonarr",
                f"sonarr.{len(entries)}",
                dataclasses.replace(pick, why=why),
                texts,
                sources,
            )
        )
    return entries


_FAILED = "Failed to send message: {0}"
_RETRY = "Failed to send email with server: {0}, message: {1}, retrying with {2}"
# Duplicati's own texts (LC.L msgids of Duplicati/Library/**/Strings.cs, the .po catalogs):
# passphrases, backends, database, the send-mail options themselves; code null.
DUPLICATI_OWN: list[Pick] = [
    Pick("Empty passphrases are not allowed", None),
    Pick("The passphrases do not match", None),
    Pick("Empty passphrase not allowed", None),
    Pick(
        "Failed to decrypt data (invalid passphrase?): {0}",
        None,
        ("Invalid password or corrupted data",),
    ),
    Pick("The passphrase cannot be changed for an existing backup", None),
    Pick("Enter encryption passphrase", None),
    Pick("No password given", None),
    Pick("The requested folder does not exist", None),
    Pick("The folder {0} does not exist", None, ("/mnt/backup",)),
    Pick("File not found: {0}", None, ("duplicati-20250101T000000Z.dlist.zip.aes",)),
    Pick("Failed to upload file", None),
    Pick(
        "Failed to authorize using the OAuth service: {0}. If the problem persists, try "
        "generating a new authid token from: {1}",
        None,
        ("Unauthorized", "https://duplicati-oauth-handler.appspot.com"),
    ),
    Pick(
        "Failed to create, open or upgrade the database.\nError message: {0}",
        None,
        ("database is locked",),
    ),
    Pick("Unable to open a socket for listening, tried ports: {0}", None, ("8200, 8300",)),
    Pick("Temporary folder does not exist: {0}", None, ("/tmp/duplicati",)),
    Pick(
        'Invalid path: "{0}" ({1})',
        None,
        ("C:\\Users\\alice\\Documents\\", "Illegal characters in path."),
    ),
    Pick("The Uri is invalid: {0}", None, ("smtp//example.com",)),
    Pick("Threshold for warning about low quota", None),
    Pick("Restore file permissions", None),
    Pick("SMTP Password", None),
    Pick("SMTP Username", None),
    Pick("SMTP Url", None),
    Pick("Email recipient(s)", None),
    Pick("Email sender", None),
    Pick("The email subject", None),
    Pick("Send mail", None),
    Pick(
        "No recipients specified. Please use the option --{0} to specify the recipients.",
        None,
        ("send-mail-to",),
        why="SendMail.cs SendMessage(): no --send-mail-to address parsed, the module's own "
        "option check before any server is asked",
    ),
    Pick(
        'The recipient "{0}" is not a valid email address. Please use the format "Name '
        '<user@example.com>" or just "user@example.com"',
        None,
        ("alice.example.com",),
        why="SendMail.cs SendMessage(): MailboxAddress.TryParse() fails on one --send-mail-to "
        "entry, form validation of the option",
    ),
    Pick(
        "Email sent successfully using server: {0}",
        None,
        ("smtp://mail.example.org:587",),
        why="SendMail.cs SendMessage(): the report went out, nothing failed",
    ),
    Pick(
        "Unable to find the destination mail server through MX lookup. Please use the option "
        "--{0} to specify what SMTP server to use.",
        "NO_MAIL_SERVERS",
        ("send-mail-url",),
        why="SendMail.cs SendMessage(): no --send-mail-url, so DnsClient's MX query for the "
        "first recipient's domain, which returns no MX record: no mail server found for the "
        "domain",
    ),
]


def _po_fill(text: str, values: tuple[str, ...]) -> str:
    for index, value in enumerate(values):
        text = text.replace("{" + str(index) + "}", value)
    return text


def _strings_literal(msgid: str) -> str:
    """The msgid's first line as Strings.cs spells it in LC.L(@"...") (quotes doubled)."""
    return msgid.split("\n")[0].replace('"', '""')[:60]


def duplicati(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, DUPLICATI)
    at = f"{DUPLICATI[0]}@{commit[:12]}"
    csproj = git(
        repo,
        "show",
        f"{commit}:Duplicati/Library/Modules/Builtin/Duplicati.Library.Modules.Builtin.csproj",
    )
    assert '<PackageReference Include="MailKit" Version="4.17.0" />' in csproj
    catalogs = {}
    for lang, folder in DUPLICATI_LANG.items():
        path = _PO.format(folder)
        raw = subprocess_bytes(repo, f"{commit}:{path}")
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            catalogs[lang] = (path, read_po(io.BytesIO(raw)))

    def translated(msgid: str) -> dict[str, tuple[str, str]]:
        found = {}
        for lang, (path, catalog) in catalogs.items():
            message = catalog.get(msgid)
            if message is None or not message.string or "fuzzy" in message.flags:
                continue
            if message.string == msgid:
                continue
            found[lang] = (str(message.string), path)
        return found

    def shown(msgid: str) -> str:
        return _where(repo, commit, _strings_literal(msgid), ("Duplicati/Library",))

    entries = []
    failed_at, retry_at = shown(_FAILED), shown(_RETRY)
    host = "mail.example.org"
    send_why = (
        "SendMail.cs SendMessage(): MailKit SmtpClient.Connect(uri), Authenticate(), Send() "
        "(Timeout 1 min); the exception reaches ReportHelper.cs, which logs the warning "
        "'Failed to send message: ' + each exception of the chain as '<type>: <message>': "
    )
    for reason in reasons(host, "backup@example.org", "backup@example.org", "admin@example.com"):
        if "d" not in reason.apps:
            continue
        lib = _mailkit_where(mirrors, reason.then)
        texts = {"en": _po_fill(_FAILED, (reason.logged(),))}
        sources = {"en": f"{at}:{failed_at} (then {lib})"}
        for lang, (words, path) in translated(_FAILED).items():
            texts[lang] = _po_fill(words, (reason.logged(),))
            sources[lang] = f"{at}:{path}#{_FAILED} (then {lib})"
        pick = Pick(_FAILED, reason.code, why=send_why + reason.why)
        entries.append(_entry("Duplicati", f"duplicati.{len(entries)}", pick, texts, sources))
    # Several servers in --send-mail-url: the failed one's message before the next is tried.
    retry_why = (
        "SendMail.cs SendMessage(): several servers separated by ';', the previous one failed "
        "and the warning SendMailFailedWillRetry names lastEx.Message (the top exception's "
        "message only): "
    )
    by_code = {
        r.code: r
        for r in reasons(host, "backup@example.org", "backup@example.org", "admin@example.com")
    }
    for code, first, then in (
        ("PORT_CLOSED", f"smtp://{host}:587", f"smtps://{host}:465"),
        ("AUTH_FAILED", f"smtps://{host}:465", f"smtp://{host}:587/?starttls=always"),
        ("CERT_HOSTNAME_MISMATCH", f"smtps://{host}:465", f"smtp://{host}:25"),
    ):
        reason = by_code[code]
        lib = _mailkit_where(mirrors, reason.then)
        values = (first, reason.message, then)
        texts = {"en": _po_fill(_RETRY, values)}
        sources = {"en": f"{at}:{retry_at} (then {lib})"}
        for lang, (words, path) in translated(_RETRY).items():
            texts[lang] = _po_fill(words, values)
            sources[lang] = f"{at}:{path}#{_RETRY} (then {lib})"
        pick = Pick(_RETRY, code, why=retry_why + reason.why)
        entries.append(_entry("Duplicati", f"duplicati.{len(entries)}", pick, texts, sources))
    for pick in DUPLICATI_OWN:
        where = shown(pick.key)
        texts = {"en": _po_fill(pick.key, pick.values)}
        sources = {"en": f"{at}:{where}"}
        for lang, (words, path) in translated(pick.key).items():
            texts[lang] = _po_fill(words, pick.values)
            sources[lang] = f"{at}:{path}#{pick.key.splitlines()[0]}"
        if not pick.why:
            pick = dataclasses.replace(
                pick,
                why=f"{where.split(':')[0]}: Duplicati's own text (passphrases, backends, "
                "database, paths, the send-mail options' labels), no mail server involved",
            )
        entries.append(_entry("Duplicati", f"duplicati.{len(entries)}", pick, texts, sources))
    return entries


def subprocess_bytes(repo: Path, spec: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", str(repo), "show", spec], capture_output=True, check=True
    ).stdout


ABOUT = (
    "The sixty-ninth held-out set (tools/extract_sixty_ninth.py): Sonarr (Sonarr/Sonarr, "
    "49df353fa14c): the Email notification's Test, 'Unable to send test message: ' + the "
    "exception's message, in the languages of src/NzbDrone.Core/Localization/Core/<ll>.json "
    "that translate it (not nl, ja), and its own UI, sign-in, backup and form texts, code null. "
    "Duplicati (duplicati/duplicati, 66cfb242da3b): the send-mail module's log warnings "
    "'Failed to send message: ' + the exception chain and 'Failed to send email with server "
    "..., retrying with ...', in the languages of Localizations/duplicati/localization-<ll>.po, "
    "and its own texts from the same catalogs, code null. Both pin MailKit 4.17.0, read at its "
    "tag (jstedfast/MailKit 274990c9770d); .NET's socket, DNS and TLS messages as .NET on "
    "Linux words them. Extracted and labelled blind from the code; code null: no mail-settings "
    "problem or nothing narrowing it. A language without a translation or with the English one "
    "is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, sonarr, duplicati)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
