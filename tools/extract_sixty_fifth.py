"""Developer tool: the sixty-fifth blind held-out set (mpop's and isync's / mbsync's errors).

mpop (the POP3 client by msmtp's author, read in its GitHub mirror marlam/mpop-mirror at
cec24c672de0, May 2021, configure.ac's 1.4.13 plus two libtls fixes): its messages in
src/mpop.c, src/pop3.c, src/net.c, src/mtls-gnutls.c, src/conf.c, src/delivery.c and
src/uidls.c, and their translations in po/<ll>.po where the nine have one (de, es, fr, pt_BR;
eo, sr, ta and uk are not among the nine). mpop prints each failure as print_error() lines,
"mpop: " + the error string, then "mpop: POP3 server message: " + the server's reply where
pop3.c kept one (the -ERR line), then "mpop: error during mail retrieval (account default
from /home/alice/.mpoprc)"; the texts are those lines as a user sees them. The library reasons
are filled in English as the libraries word them: glibc's strerror() and gai_strerror(), and
GnuTLS (configure.ac's default TLS library) 3.7's gnutls_strerror() and
gnutls_certificate_verification_status_print() (the GnuTLS of mpop 1.4.13's time, 2021), kept
in English in every language as a system without the C library's and GnuTLS's own catalogues
shows them. The server replies are what Dovecot and Gmail answer (their -ERR texts).

isync / mbsync (read in the GitHub mirror shymega/isync at the v1.5.0 tag, 4279aea6a0bb,
August 2024; upstream is on SourceForge): its messages in src/socket.c, src/drv_imap.c,
src/main.c, src/main_sync.c, src/sync.c and src/config.c, English only (it ships no
translations). mbsync is built with OpenSSL; its reasons are OpenSSL 3's ERR_error_string()
("error:0A000086:SSL routines::certificate verify failed" and the like) and
X509_verify_cert_error_string(), glibc's strerror() through perror() (sys_error() appends
": " + strerror) and gai_strerror(). In 1.5.0 a refused tagged reply is printed without its
NO/BAD word ("IMAP command 'LOGIN <user> <pass>' returned an error: [AUTHENTICATIONFAILED]
..."), as drv_imap.c's next_arg() has consumed it.

Labelled blind from what raises each string. Code null: the apps' own configuration, command
line, delivery, mailbox and UIDL-file texts, local build limits, and texts too vague to name
one cause.

    python -m tools.extract_sixty_fifth MIRRORS_DIR benchmarks/data/sixty_fifth_texts.json

MIRRORS_DIR holds `marlam+mpop-mirror/repo` and `shymega+isync/repo` as `fetch` leaves them
in /work/.mirror.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from babel.messages.pofile import read_po

from tools.extract_fresh_texts import Pick, _entry, _library, _where, git, write_set

MPOP = ("marlam/mpop-mirror", "cec24c672de0688bd74eab1566bbc2587ecddbda")  # 1.4.13+
ISYNC = ("shymega/isync", "4279aea6a0bb27c6998dadfa77e0c3435a09407e")  # v1.5.0
MPOP_PO = {"de": "de", "fr": "fr", "es": "es", "pt-BR": "pt_BR"}
MPOP_SRC = ("src",)

HOST = "pop.example.com"
RC = "/home/alice/.mpoprc"
_RETRIEVAL = ("error during mail retrieval (account %s from %s)", ("default", RC))
_SERVER = "POP3 server message: %s"


@dataclass(frozen=True)
class Line:
    """One print_error() line: a msgid with its values, or text that is not translated."""

    msgid: str
    values: tuple[str, ...] = ()
    raw: bool = False


@dataclass(frozen=True)
class Mpop:
    lines: tuple[Line, ...]
    code: str | None
    why: str


def _fill(text: str, values: tuple[str, ...]) -> str:
    supply = iter(values)

    def one(match: re.Match[str]) -> str:
        if match[1]:
            return values[int(match[1]) - 1]
        return next(supply)

    return re.sub(r"%(?:(\d+)\$)?l?[sduc]", one, text)


def _fail(msgid: str, values: tuple[str, ...] = (), reply: str = "") -> tuple[Line, ...]:
    """A retrieval failure: the error, the server's reply if kept, the closing line."""
    lines = [Line(msgid, values)]
    if reply:
        lines.append(Line(_SERVER, (reply,)))
    lines.append(Line(*_RETRIEVAL))
    return tuple(lines)


def _conf(msgid: str, values: tuple[str, ...]) -> tuple[Line, ...]:
    """A configuration file error: print_error("%s: %s", conffile, errstr)."""
    return (Line(RC + ": ", raw=True), Line(msgid, values))


_NET = "src/net.c net_open_socket(): "
_GAI = _NET + "getaddrinfo() failed: 'cannot locate host %s: %s' + gai_strerror(): "
_CONN = (
    _NET + "every address's connect() failed: 'cannot connect to %s, port %d: %s' + strerror(): "
)
_HS = "src/mtls-gnutls.c mtls_start(): gnutls_handshake() failed: 'TLS handshake failed: ' + "
_VERIFY = (
    "src/mtls-gnutls.c mtls_check_cert(): gnutls_certificate_verify_peers3() with the host "
    "name and the trust file (tls_trust_file system by default) sets a status; 'TLS "
    "certificate verification failed: ' + gnutls_certificate_verification_status_print(): "
)
_NOT_TRUSTED = "The certificate is NOT trusted. "
_AUTH = (
    "src/pop3.c pop3_auth_*(): the server's -ERR to the login step: 'authentication failed "
    "(method %s)', the reply kept as errmsg and printed as 'POP3 server message: ' (mpop.c): "
)

MPOP_PICKS: list[Mpop] = [
    Mpop(
        _fail("cannot locate host %s: %s", (HOST, "Name or service not known")),
        "HOST_NOT_FOUND",
        _GAI + "EAI_NONAME, the host name does not resolve",
    ),
    Mpop(
        _fail("cannot locate host %s: %s", (HOST, "Temporary failure in name resolution")),
        "DNS_FAILURE",
        _GAI + "EAI_AGAIN, the resolver did not answer",
    ),
    Mpop(
        _fail("cannot connect to %s, port %d: %s", (HOST, "995", "Connection refused")),
        "PORT_CLOSED",
        _CONN + "ECONNREFUSED, nothing listens on the port",
    ),
    Mpop(
        _fail("cannot connect to %s, port %d: %s", (HOST, "110", "Connection timed out")),
        "PORT_FILTERED",
        _CONN + "net_connect()'s select() ran out of the timeout and set ETIMEDOUT: no answer "
        "to the SYN, a firewall drops it",
    ),
    Mpop(
        _fail("cannot connect to %s, port %d: %s", (HOST, "995", "Network is unreachable")),
        "HOST_UNREACHABLE",
        _CONN + "ENETUNREACH, no route to the server",
    ),
    Mpop(
        _fail("cannot connect to %s, port %d: %s", (HOST, "995", "No route to host")),
        "HOST_UNREACHABLE",
        _CONN + "EHOSTUNREACH, the host cannot be reached",
    ),
    Mpop(
        _fail("TLS handshake failed: %s", ("An unexpected TLS packet was received.",)),
        "TLS_ON_PLAIN_PORT",
        _HS + "gnutls_strerror(GNUTLS_E_UNEXPECTED_PACKET): tls on and tls_starttls off "
        "against port 110, whose plain '+OK' greeting GnuTLS reads as a record of no known type",
    ),
    Mpop(
        _fail("TLS handshake failed: %s", ("A TLS fatal alert has been received.",)),
        "TLS_HANDSHAKE_FAILED",
        _HS + "GNUTLS_E_FATAL_ALERT_RECEIVED: the server refused the handshake (no common "
        "protocol version or cipher suite)",
    ),
    Mpop(
        _fail(
            "%s: %s",
            (
                "TLS certificate verification failed",
                _NOT_TRUSTED + "The certificate issuer is unknown.",
            ),
        ),
        "CERT_UNTRUSTED",
        _VERIFY + "GNUTLS_CERT_SIGNER_NOT_FOUND, the chain does not lead to a trusted CA",
    ),
    Mpop(
        _fail(
            "%s: %s",
            (
                "TLS certificate verification failed",
                _NOT_TRUSTED + "The name in the certificate does not match the expected.",
            ),
        ),
        "CERT_HOSTNAME_MISMATCH",
        _VERIFY + "GNUTLS_CERT_UNEXPECTED_OWNER, the certificate names another host",
    ),
    Mpop(
        _fail(
            "%s: %s",
            (
                "TLS certificate verification failed",
                _NOT_TRUSTED + "The certificate chain uses expired certificate.",
            ),
        ),
        "CERT_EXPIRED",
        _VERIFY + "GNUTLS_CERT_EXPIRED, the server's certificate is past its end date",
    ),
    Mpop(
        _fail(
            "%s: %s",
            (
                "TLS certificate verification failed",
                _NOT_TRUSTED + "The certificate chain uses not yet valid certificate.",
            ),
        ),
        "CERT_NOT_YET_VALID",
        _VERIFY + "GNUTLS_CERT_NOT_ACTIVATED, the certificate's start date is in the future",
    ),
    Mpop(
        _fail("the POP3 server does not support TLS via the STLS command"),
        "STARTTLS_NOT_OFFERED",
        "src/mpop.c mpop_retrmail(): tls on, tls_starttls on, and the CAPA list names no STLS",
    ),
    Mpop(
        _fail("command %s failed", ("STLS",), "-ERR TLS support isn't enabled."),
        "STARTTLS_FAILED",
        "src/pop3.c pop3_tls_stls(): the server answered -ERR to the STLS command (Dovecot's "
        "reply when ssl is off)",
    ),
    Mpop(
        _fail(
            "authentication failed (method %s)",
            ("USER",),
            "-ERR [AUTH] Authentication failed.",
        ),
        "AUTH_FAILED",
        _AUTH + "Dovecot's answer to a wrong PASS",
    ),
    Mpop(
        _fail(
            "authentication failed (method %s)",
            ("PLAIN",),
            "-ERR [AUTH] Username and password not accepted.",
        ),
        "AUTH_FAILED",
        _AUTH + "AUTH PLAIN refused, Gmail's wording for a wrong password",
    ),
    Mpop(
        _fail(
            "authentication failed (method %s)",
            ("USER",),
            "-ERR [AUTH] Application-specific password required: "
            "https://support.google.com/accounts/answer/185833",
        ),
        "APP_PASSWORD_REQUIRED",
        _AUTH + "Gmail refuses the account password of a two-step account",
    ),
    Mpop(
        _fail(
            "authentication failed (method %s)",
            ("USER",),
            "-ERR [AUTH] Web login required: https://support.google.com/mail/answer/78754",
        ),
        "WEB_LOGIN_REQUIRED",
        _AUTH + "Gmail wants a sign-in in the browser first",
    ),
    Mpop(
        _fail(
            "authentication failed (method %s)",
            ("USER",),
            "-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.",
        ),
        "PLAINTEXT_AUTH_DISABLED",
        _AUTH + "auth user with tls off: Dovecot's disable_plaintext_auth refuses the "
        "password on an unencrypted connection",
    ),
    Mpop(
        _fail(
            "authentication failed (method %s)",
            ("USER",),
            "-ERR [SYS/TEMP] Temporary authentication failure.",
        ),
        "AUTH_TEMPORARY_FAILURE",
        _AUTH + "Dovecot could not check the password just now (RFC 3206 SYS/TEMP)",
    ),
    Mpop(
        _fail(
            "authentication failed (method %s)",
            ("USER",),
            "-ERR [LOGIN-DELAY] Login delay not expired",
        ),
        "POP3_LOGIN_DELAY",
        _AUTH + "RFC 2449 LOGIN-DELAY: mail was checked again before the announced delay",
    ),
    Mpop(
        _fail("POP3 server does not support authentication method %s", ("CRAM-MD5",)),
        "AUTH_NOT_OFFERED",
        "src/pop3.c pop3_auth(): auth cram-md5 set, and the CAPA SASL line does not name it",
    ),
    Mpop(
        _fail("cannot use a secure authentication method"),
        "ENCRYPTION_NOT_USED",
        "src/pop3.c pop3_auth(): auth on (choose), tls off, and the server offers only "
        "password-in-the-clear methods: mpop will not send the password unencrypted",
    ),
    Mpop(
        _fail("cannot find a usable authentication method"),
        "AUTH_NOT_OFFERED",
        "src/pop3.c pop3_auth(): TLS on, and no method the server offers is one mpop speaks",
    ),
    Mpop(
        _fail(
            "cannot get initial OK message from POP3 server",
            (),
            "-ERR [SYS/TEMP] Maximum number of connections from user+IP exceeded "
            "(mail_max_userip_connections=10)",
        ),
        "RATE_LIMITED",
        "src/pop3.c pop3_get_greeting(): the greeting is an -ERR, kept as errmsg; Dovecot's "
        "limit on connections from one address",
    ),
    Mpop(
        _fail("POP3 server sent an invalid reply"),
        "WRONG_PROTOCOL",
        "src/pop3.c pop3_get_msg(): the greeting starts with neither +OK nor -ERR: port 143 "
        "or 993, an IMAP server's '* OK' greeting",
    ),
    Mpop(
        _fail("POP3 server sent an empty reply"),
        "CONNECTION_CLOSED",
        "src/pop3.c pop3_get_msg(): the read ended at EOF with nothing: the server hung up",
    ),
    Mpop(
        _fail("network read error: %s", ("the operation timed out",)),
        "SLOW_SERVER",
        "src/net.c net_recv() (a connection without TLS): recv() EAGAIN after the socket "
        "timeout (mpop's timeout, 180 s by default): connected, but the server did not "
        "answer in time",
    ),
    Mpop(
        _fail(
            "cannot read from TLS connection: %s",
            ("The TLS connection was non-properly terminated.",),
        ),
        "CONNECTION_CLOSED",
        "src/mtls-gnutls.c mtls_readbuf_read(): GNUTLS_E_PREMATURE_TERMINATION, the server "
        "closed the connection without a TLS close",
    ),
    Mpop(
        _fail("the POP3 server does not support the TOP command needed for filtering"),
        None,
        "src/mpop.c: the filter option needs TOP; a capability of the server, no mail setting",
    ),
    Mpop(
        _fail("command %s failed", ("UIDL",), "-ERR Unknown command"),
        None,
        "src/pop3.c pop3_uidl(): UIDL refused, nothing says why",
    ),
    Mpop(
        _fail("command RETR %ld failed", ("3",), "-ERR Message not found"),
        None,
        "src/pop3.c pop3_retr(): one message could not be fetched",
    ),
    Mpop(
        _fail("command DELE %ld failed", ("3",), "-ERR Message already deleted"),
        None,
        "src/pop3.c pop3_dele(): deleting one message refused",
    ),
    Mpop(
        _fail("authentication method %s needs a password", ("USER",)),
        None,
        "src/pop3.c pop3_auth(): no password in the configuration, keyring or prompt: mpop's "
        "own setup",
    ),
    Mpop(
        (Line("support for authentication method %s is not compiled in", ("GSSAPI",)),),
        None,
        "src/mpop.c main(): this build has no GNU SASL for the method",
    ),
    Mpop(
        (Line("support for TLS is not compiled in"),),
        None,
        "src/mpop.c main(): a build without a TLS library",
    ),
    Mpop(
        _conf("line %d: command %s needs an argument", ("7", "host")),
        None,
        "src/conf.c read_conffile(): the configuration file's syntax",
    ),
    Mpop(
        _conf("line %d: invalid argument %s for command %s", ("9", "yes please", "tls")),
        None,
        "src/conf.c read_conffile(): the configuration file's syntax",
    ),
    Mpop(
        _conf("line %d: account %s was already defined", ("12", "work")),
        None,
        "src/conf.c read_conffile(): the configuration file",
    ),
    Mpop(
        _conf("line %d: first command must be account or defaults", ("1",)),
        None,
        "src/conf.c read_conffile(): the configuration file",
    ),
    Mpop(
        (Line("%s: no account %s", (RC, "work")),),
        None,
        "src/mpop.c main(): the command line names an account the file lacks",
    ),
    Mpop(
        (Line("%s: no accounts defined", (RC,)),),
        None,
        "src/mpop.c main(): an empty configuration file",
    ),
    Mpop(
        (Line("account %s from %s: %s", ("default", RC, "host not set")),),
        None,
        "src/mpop.c main() -> src/conf.c check_account(): the configuration lacks a host",
    ),
    Mpop(
        (Line("account %s from %s: %s", ("default", RC, "no delivery information")),),
        None,
        "src/conf.c check_account(): no delivery command in the configuration",
    ),
    Mpop(
        (Line("cannot use both --host and accounts"),),
        None,
        "src/mpop.c main(): command-line usage",
    ),
    Mpop(
        (Line("invalid argument %s for %s", ("maybe", "--tls")),),
        None,
        "src/mpop.c main(): command-line usage",
    ),
    Mpop(
        _fail("cannot create %s%c%s: %s", ("/home/alice/Maildir", "/", "tmp", "Permission denied")),
        None,
        "src/delivery.c: maildir delivery, the local mailbox's permissions",
    ),
    Mpop(
        _fail(
            "cannot lock %s%c%s: %s",
            ("/var/mail", "/", "alice", "Resource temporarily unavailable"),
        ),
        None,
        "src/delivery.c: mbox delivery, the local mailbox is locked",
    ),
    Mpop(
        _fail(
            "%s returned exit status %d (%s)",
            ("procmail", "73", "EX_CANTCREAT: cannot create output file"),
        ),
        None,
        "src/delivery.c: the delivery command (mda) failed locally",
    ),
    Mpop(
        _fail("%s did not read mail data", ("procmail",)),
        None,
        "src/delivery.c: the delivery command",
    ),
    Mpop(
        _fail(
            "cannot lock %s (tried for %d seconds): %s",
            (
                "/home/alice/.mpop_uidls/alice@pop.example.com",
                "10",
                "Resource temporarily unavailable",
            ),
        ),
        None,
        "src/uidls.c: another mpop holds the local UIDL file",
    ),
    Mpop(
        _fail(
            "%s, line %ld: invalid or missing host name",
            ("/home/alice/.mpop_uidls/alice@pop.example.com", "2"),
        ),
        None,
        "src/uidls.c: the local UIDL file is damaged",
    ),
    Mpop(
        _fail("cannot create temporary file: %s", ("No space left on device",)),
        None,
        "src/pop3.c: the local disk is full",
    ),
    Mpop(
        (
            Line(
                "automatic configuration based on SRV records failed: %s",
                ("invalid mail address",),
            ),
        ),
        None,
        "src/mpop.c mpop_configure(): --configure with a malformed address (form validation)",
    ),
]


def _po(repo: Path, commit: str, folder: str):
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        raw = git(repo, "show", f"{commit}:po/{folder}.po").encode()
        return read_po(io.BytesIO(raw))


def _translate(line: Line, catalog) -> str | None:
    if line.raw:
        return line.msgid
    values = line.values
    # a value that is itself an mpop msgid (the certificate check's error_msg, conf.c's
    # check_account() text, the sysexits name) is translated too; library reasons are not
    if catalog is not None:
        translated = []
        for value in values:
            found = catalog.get(value)
            translated.append(str(found.string) if found is not None and found.string else value)
        values = tuple(translated)
        message = catalog.get(line.msgid)
        if message is None or not message.string or "fuzzy" in message.flags:
            return None
        return _fill(str(message.string), values)
    return _fill(line.msgid, values)


def _text(lines: tuple[Line, ...], catalog) -> str | None:
    out, pending = [], ""
    for line in lines:
        words = _translate(line, catalog)
        if words is None:
            return None
        if line.raw:
            pending = words
            continue
        out.append("mpop: " + pending + words)
        pending = ""
    return "\n".join(out)


def _literal(msgid: str) -> str:
    """The part of a msgid on the first source line (long ones are split in the C code)."""
    head = re.split(r"%\S", msgid)[0] if not msgid.startswith("%") else msgid
    return '_("' + head[:28]


def _mpop_where(repo: Path, commit: str, line: Line) -> str:
    """The msgid's own line: with its first value where the call names it there
    (`_("command %s failed"), "UIDL"`), else the whole msgid, else its first source line."""
    tries = [f'_("{line.msgid}")']
    if line.values:
        tries.insert(0, f'_("{line.msgid}"), "{line.values[0]}"')
    for literal in tries:
        if git(repo, "grep", "-l", "-F", "-e", literal, commit, "--", *MPOP_SRC):
            return _where(repo, commit, literal, MPOP_SRC)
    return _where(repo, commit, _literal(line.msgid), MPOP_SRC)


def mpop(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, MPOP)
    at = f"{MPOP[0]}@{commit[:12]}"
    catalogs = {lang: _po(repo, commit, folder) for lang, folder in MPOP_PO.items()}
    entries = []
    for index, pick in enumerate(MPOP_PICKS):
        first = next(line for line in pick.lines if not line.raw)
        if first.msgid == "%s: %s":  # the certificate check's xasprintf(_("%s: %s"), ...)
            where = _where(repo, commit, '"TLS certificate verification failed"', MPOP_SRC)
        else:
            where = _mpop_where(repo, commit, first)
        texts = {"en": _text(pick.lines, None) or ""}
        sources = {"en": f"{at}:{where}"}
        for lang, catalog in catalogs.items():
            words = _text(pick.lines, catalog)
            if words and words != texts["en"]:
                texts[lang] = words
                sources[lang] = f"{at}:po/{MPOP_PO[lang]}.po#{first.msgid}"
        picked = Pick(first.msgid, pick.code, why=pick.why)
        entries.append(_entry("mpop", f"mpop.{index}", picked, texts, sources))
    return entries


IMAP = "imap.example.com (192.0.2.25:993)"
PLAIN = "imap.example.com (192.0.2.25:143)"
_SSL = "src/socket.c ssl_return(): SSL_connect() failed, each queued OpenSSL 3 error as "
_SSL += "'Socket error: secure connect to <host (ip:port)>: ' + ERR_error_string(): "
_SYS = "src/socket.c socket_connect_next(): sys_error() = perror('Cannot connect to <name>'), "
_SYS += "so ': ' + strerror(): "
_RESOLVE = "src/socket.c socket_resolve_finalize(): getaddrinfo() in a child, gai_strerror(): "
_CMD = (
    "src/drv_imap.c imap_socket_read(): a tagged NO/BAD: \"IMAP command '<cmd>' returned an "
    "error: \" + the rest of the line (LOGIN's arguments masked): "
)


@dataclass(frozen=True)
class Isync:
    text: str
    code: str | None
    literal: str
    why: str


ISYNC_PICKS: list[Isync] = [
    Isync(
        "Error: Cannot resolve server 'imap.example.com': Name or service not known",
        "HOST_NOT_FOUND",
        "Cannot resolve server '%s': %s",
        _RESOLVE + "EAI_NONAME, the host name does not resolve",
    ),
    Isync(
        "Error: Cannot resolve server 'imap.example.com': Temporary failure in name resolution",
        "DNS_FAILURE",
        "Cannot resolve server '%s': %s",
        _RESOLVE + "EAI_AGAIN, the resolver did not answer",
    ),
    Isync(
        "Error: Cannot resolve server 'imap.example.com': timeout.",
        "DNS_FAILURE",
        "Cannot resolve server '%s': timeout.",
        "src/socket.c socket_resolve_timeout(): the name lookup did not finish in time",
    ),
    Isync(
        f"Cannot connect to {IMAP}: Connection refused",
        "PORT_CLOSED",
        "Cannot connect to %s",
        _SYS + "ECONNREFUSED, nothing listens on the port",
    ),
    Isync(
        f"Cannot connect to {IMAP}: Connection timed out",
        "PORT_FILTERED",
        "Cannot connect to %s",
        _SYS + "socket_timeout_cb() in SCK_CONNECTING sets ETIMEDOUT: no answer to the SYN",
    ),
    Isync(
        f"Cannot connect to {IMAP}: Network is unreachable",
        "HOST_UNREACHABLE",
        "Cannot connect to %s",
        _SYS + "ENETUNREACH, no route to the server",
    ),
    Isync(
        f"Cannot connect to {IMAP}: No route to host",
        "HOST_UNREACHABLE",
        "Cannot connect to %s",
        _SYS + "EHOSTUNREACH",
    ),
    Isync(
        f"Socket error: secure connect to {PLAIN}: "
        "error:0A00010B:SSL routines::wrong version number",
        "TLS_ON_PLAIN_PORT",
        "Socket error: secure %s %s: %s",
        _SSL + "TLSType IMAPS against port 143: the plain '* OK' greeting read as a TLS record",
    ),
    Isync(
        f"Socket error: secure connect to {IMAP}: "
        "error:0A000102:SSL routines::unsupported protocol",
        "TLS_OUTDATED",
        "Socket error: secure %s %s: %s",
        _SSL + "the server speaks only TLS 1.0/1.1, below TLSVersions' and OpenSSL 3's floor",
    ),
    Isync(
        f"Socket error: secure connect to {IMAP}: "
        "error:0A000410:SSL routines::sslv3 alert handshake failure",
        "TLS_HANDSHAKE_FAILED",
        "Socket error: secure %s %s: %s",
        _SSL + "the server sent a handshake_failure alert: no common cipher suite",
    ),
    Isync(
        f"SSL error connecting {IMAP}: self-signed certificate",
        "CERT_SELF_SIGNED",
        "SSL error connecting %s: %s",
        "src/socket.c verify_cert_host(): SSL_get_verify_result() not X509_V_OK and the "
        "certificate not in CertificateFile: X509_verify_cert_error_string("
        "X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT) as OpenSSL 3 words it",
    ),
    Isync(
        f"SSL error connecting {IMAP}: unable to get local issuer certificate",
        "CERT_UNTRUSTED",
        "SSL error connecting %s: %s",
        "src/socket.c verify_cert_host(): X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY, the "
        "chain does not lead to a trusted CA",
    ),
    Isync(
        f"SSL error connecting {IMAP}: self-signed certificate in certificate chain",
        "CERT_UNTRUSTED",
        "SSL error connecting %s: %s",
        "src/socket.c verify_cert_host(): X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN, the chain "
        "ends in a root the system does not trust",
    ),
    Isync(
        f"SSL error connecting {IMAP}: certificate has expired",
        "CERT_EXPIRED",
        "SSL error connecting %s: %s",
        "src/socket.c verify_cert_host(): X509_V_ERR_CERT_HAS_EXPIRED",
    ),
    Isync(
        f"SSL error connecting {IMAP}: certificate is not yet valid",
        "CERT_NOT_YET_VALID",
        "SSL error connecting %s: %s",
        "src/socket.c verify_cert_host(): X509_V_ERR_CERT_NOT_YET_VALID",
    ),
    Isync(
        "Error, certificate owner does not match hostname imap.example.com",
        "CERT_HOSTNAME_MISMATCH",
        "Error, certificate owner does not match hostname %s",
        "src/socket.c verify_hostname(): neither a DNS subjectAltName nor the common name "
        "matches the Host",
    ),
    Isync(
        "IMAP error: SSL support not available",
        "STARTTLS_NOT_OFFERED",
        "IMAP error: SSL support not available",
        "src/drv_imap.c imap_open_store_authenticate(): TLSType STARTTLS and the CAPABILITY "
        "list names no STARTTLS",
    ),
    Isync(
        "IMAP command 'LOGIN <user> <pass>' returned an error: [AUTHENTICATIONFAILED] "
        "Authentication failed.",
        "AUTH_FAILED",
        "IMAP command '%s' returned an error: %s",
        _CMD + "Dovecot's NO to a wrong password",
    ),
    Isync(
        "IMAP command 'AUTHENTICATE PLAIN <authdata>' returned an error: "
        "[AUTHENTICATIONFAILED] Invalid credentials (Failure)",
        "AUTH_FAILED",
        "IMAP command '%s' returned an error: %s",
        _CMD + "Gmail's NO to AUTHENTICATE PLAIN with a wrong password",
    ),
    Isync(
        "IMAP command 'AUTHENTICATE PLAIN <authdata>' returned an error: [ALERT] "
        "Application-specific password required: https://support.google.com/accounts/answer/"
        "185833 (Failure)",
        "APP_PASSWORD_REQUIRED",
        "IMAP command '%s' returned an error: %s",
        _CMD + "Gmail refuses the account password of a two-step account",
    ),
    Isync(
        "IMAP command 'LOGIN <user> <pass>' returned an error: [UNAVAILABLE] Temporary "
        "authentication failure.",
        "AUTH_TEMPORARY_FAILURE",
        "IMAP command '%s' returned an error: %s",
        _CMD + "Dovecot could not check the password just now (RFC 5530 UNAVAILABLE)",
    ),
    Isync(
        "IMAP command 'LOGIN <user> <pass>' returned an error: [PRIVACYREQUIRED] Plaintext "
        "authentication disallowed on non-secure (SSL/TLS) connections.",
        "PLAINTEXT_AUTH_DISABLED",
        "IMAP command '%s' returned an error: %s",
        _CMD + "TLSType None with AuthMechs LOGIN forced: Dovecot refuses the password unencrypted",
    ),
    Isync(
        "IMAP error: server supports no acceptable authentication mechanism\n"
        "Note: not using LOGIN because connection is not encrypted;\n"
        "      use 'AuthMechs LOGIN' explicitly to force it.",
        "ENCRYPTION_NOT_USED",
        "IMAP error: server supports no acceptable authentication mechanism",
        "src/drv_imap.c imap_open_store_authenticate2(): TLSType None, and LOGIN skipped on "
        "an unencrypted connection: the settings do not use the encryption the server offers",
    ),
    Isync(
        "IMAP error: server supports no acceptable authentication mechanism",
        "AUTH_NOT_OFFERED",
        "IMAP error: server supports no acceptable authentication mechanism",
        "src/drv_imap.c imap_open_store_authenticate2(): encrypted, and no mechanism the "
        "server names (LOGINDISABLED, no AUTH=) is one mbsync may use",
    ),
    Isync(
        f"IMAP error: unexpected EOF from {IMAP}",
        "CONNECTION_CLOSED",
        "IMAP error: unexpected EOF from %s",
        "src/drv_imap.c imap_socket_read(): the server closed the connection unasked",
    ),
    Isync(
        f"Socket error on {IMAP}: timeout.",
        "SLOW_SERVER",
        "Socket error on %s: timeout.",
        "src/socket.c socket_timeout_cb(): connected, but no answer within Timeout (20 s)",
    ),
    Isync(
        f"Socket error: read from {IMAP}: Connection reset by peer",
        "CONNECTION_CLOSED",
        "Socket error: read from %s",
        "src/socket.c socket_fill(): read() ECONNRESET, the server dropped the connection",
    ),
    Isync(
        "IMAP error: unexpected BYE response: Too many simultaneous connections. (Failure)",
        "RATE_LIMITED",
        "IMAP error: unexpected BYE response: %s",
        "src/drv_imap.c imap_socket_read(): an untagged BYE: Gmail's limit on connections "
        "per account",
    ),
    Isync(
        "IMAP error: bogus greeting response +OK",
        "WRONG_PROTOCOL",
        "IMAP error: bogus greeting response %s",
        "src/drv_imap.c imap_socket_read(): the first line is no '* OK'/PREAUTH: a POP3 "
        "server's '+OK' greeting on port 110 or 995",
    ),
    Isync(
        "IMAP error: Server does not support IMAP4rev1",
        None,
        "IMAP error: Server does not support IMAP4rev1",
        "src/drv_imap.c: an old server's capability, no setting of the user's",
    ),
    Isync(
        "Skipping account work, PassCmd exited with status 2",
        None,
        "Skipping account %s, %s exited with status %d",
        "src/drv_imap.c cred_from_cmd(): the user's own password command failed",
    ),
    Isync(
        "Skipping account work, no password",
        None,
        "Skipping account %s, no password",
        "src/drv_imap.c ensure_password(): no password given or typed",
    ),
    Isync(
        "Skipping account work, no user",
        None,
        "Skipping account %s, no user",
        "src/drv_imap.c ensure_user(): the configuration lacks User",
    ),
    Isync(
        "/home/alice/.mbsyncrc:4: Invalid TLS type",
        None,
        "%s:%d: Invalid TLS type",
        "src/drv_imap.c imap_parse_store(): the configuration file's syntax",
    ),
    Isync(
        "/home/alice/.mbsyncrc:6: Invalid port number",
        None,
        "%s:%d: Invalid port number",
        "src/drv_imap.c imap_parse_store(): the configuration file's syntax",
    ),
    Isync(
        "/home/alice/.mbsyncrc:3: keyword 'SSLTyp' is not recognized in IMAPAccount sections",
        None,
        "%s:%d: keyword '%s' is not recognized in IMAPAccount sections",
        "src/drv_imap.c imap_parse_store(): a misspelt keyword",
    ),
    Isync(
        "IMAPAccount 'work' has neither Tunnel nor Host",
        None,
        "%s '%s' has neither Tunnel nor Host",
        "src/drv_imap.c imap_parse_store(): the configuration",
    ),
    Isync(
        "IMAPAccount 'work' has both Pass and PassCmd",
        None,
        "%s '%s' has both Pass and PassCmd",
        "src/drv_imap.c imap_parse_store(): the configuration",
    ),
    Isync(
        "/home/alice/.mbsyncrc:10: unknown IMAP account 'wrok'",
        None,
        "%s:%d: unknown IMAP account '%s'",
        "src/drv_imap.c imap_parse_store(): the configuration names an account it lacks",
    ),
    Isync(
        "Fatal: $HOME not set",
        None,
        "Fatal: $HOME not set",
        "src/main.c: the environment",
    ),
    Isync(
        "Error: channel work: near side box INBOX cannot be opened.",
        None,
        "Error: channel %s: %s box %s cannot be opened.",
        "src/sync.c: a mailbox missing on one side (Create not set)",
    ),
    Isync(
        "Error: channel work, far side box INBOX: Unable to recover from UIDVALIDITY change.",
        None,
        "Unable to recover from UIDVALIDITY change.",
        "src/sync.c: the local sync state no longer matches the server's mailbox",
    ),
    Isync(
        "Error: both /home/alice/Mail/.mbsyncstate and /home/alice/.mbsync/:work:INBOX_:"
        "INBOX exist; delete one or set SyncState globally.",
        None,
        "Error: both %s and %s exist; delete one or set SyncState globally.",
        "src/config.c: two local sync-state files",
    ),
    Isync(
        "Error: AltMap=true is not supported by this build.",
        None,
        "Error: AltMap=true is not supported by this build.",
        "src/drv_maildir.c: a build option",
    ),
    Isync(
        "Error: flattened mailbox name 'Archive.2024' contains canonical hierarchy delimiter",
        None,
        "Error: flattened mailbox name '%s' contains canonical hierarchy delimiter",
        "src/main_sync.c: local folder naming (Flatten)",
    ),
    Isync(
        "IMAP error: cannot use unqualified 'Inbox'. Did you mean INBOX?",
        None,
        "IMAP error: cannot use unqualified '%s'. Did you mean INBOX?",
        "src/drv_imap.c: a folder name in the channel's Patterns",
    ),
]


def isync(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, ISYNC)
    at = f"{ISYNC[0]}@{commit[:12]}"
    entries = []
    for index, pick in enumerate(ISYNC_PICKS):
        where = _where(repo, commit, pick.literal, ("src",))
        picked = Pick(pick.text, pick.code, why=pick.why)
        entries.append(
            _entry(
                "isync (mbsync)",
                f"isync.{index}",
                picked,
                {"en": pick.text},
                {"en": f"{at}:{where}"},
            )
        )
    return entries


ABOUT = (
    "The sixty-fifth held-out set (tools/extract_sixty_fifth.py): mpop (the POP3 client by "
    "msmtp's author, GitHub mirror marlam/mpop-mirror at cec24c672de0, 1.4.13, 2021): its "
    "print_error() lines as the user sees them ('mpop: ' + the error, 'POP3 server message: ' "
    "+ the server's -ERR line, 'error during mail retrieval (account ...)'), in English and in "
    "its de, fr, es and pt_BR translations (po/<ll>.po); the library reasons filled in English "
    "as glibc and GnuTLS 3.7 (configure.ac's default TLS library) word them. isync / mbsync "
    "(GitHub mirror shymega/isync at the v1.5.0 tag, 4279aea6a0bb, 2024): its socket, TLS, "
    "IMAP and configuration messages, English only (no translations), with OpenSSL 3's and "
    "glibc's reasons. Extracted and labelled blind from the code; code null: the apps' own "
    "configuration, command-line, delivery, mailbox and sync-state texts, local build limits, "
    "and texts that narrow to no cause. A language without a translation is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, mpop, isync)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
