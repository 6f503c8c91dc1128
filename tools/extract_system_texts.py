"""Developer tool: the operating system's and TLS library's error texts in the nine languages.

Not shipped and not run by CI. A mail app on Linux (Evolution, Geary, Thunderbird's and
Roundcube's error dialogs, PHP, fetchmail, mutt) shows the C library's `strerror()` and
`gai_strerror()` texts, GLib's GIO texts and GnuTLS's texts in the user's language: "Could not
connect to mail.example.de:143: Verbindungsaufbau abgelehnt" is ECONNREFUSED. Their
translations are read from the message catalogs Debian installs (glibc's libc-l10n, GLib's
libglib2.0-data, libgnutls30), for the msgids chosen below, each labelled with the cause it
means, and written as diagnostics/data/system_texts.json (the shape of client_texts.json).
Only these few messages, never whole catalogs; each entry cites its package, version and msgid.

    python tools/extract_system_texts.py diagnostics/data/system_texts.json

An English msgid that client_texts.json already matches word for word is left to that entry.
"""

from __future__ import annotations

import gettext
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

LOCALE_DIR = Path("/usr/share/locale")
LANGS = ("de", "fr", "es", "it", "nl", "pt_BR", "pl", "ja")
CLIENT_TEXTS = Path(__file__).parent.parent / "diagnostics" / "data" / "client_texts.json"
# A placeholder ("Temporarily unable to resolve “%s”") became a host name.
GAP = r".{0,120}?"


@dataclass(frozen=True)
class Domain:
    name: str  # the catalog's file name without .mo
    package: str  # the Debian package that installs it
    library: str  # how the entry's source names it


DOMAINS = {
    "libc": Domain("libc", "libc-l10n", "glibc"),
    "glib20": Domain("glib20", "libglib2.0-data", "GLib GIO"),
    "gnutls30": Domain("gnutls30", "libgnutls30", "GnuTLS"),
}


@dataclass(frozen=True)
class Pick:
    id: str
    domain: str
    msgid: str
    code: str
    why: str
    example: str  # how the text appears in an app's error, in English


PICKS = (
    Pick(
        "econnrefused",
        "libc",
        "Connection refused",
        "PORT_CLOSED",
        "strerror(ECONNREFUSED): the server answered that nothing listens on the port",
        "Could not connect to mail.example.com:143: Connection refused",
    ),
    Pick(
        "etimedout",
        "libc",
        "Connection timed out",
        "PORT_FILTERED",
        "strerror(ETIMEDOUT): no answer at all, a firewall or a blocked port",
        "connect to smtp.example.com port 587: Connection timed out",
    ),
    Pick(
        "econnreset",
        "libc",
        "Connection reset by peer",
        "CONNECTION_CLOSED",
        "strerror(ECONNRESET): the server or something on the way dropped the connection",
        "Error reading from socket: Connection reset by peer",
    ),
    Pick(
        "econnaborted",
        "libc",
        "Software caused connection abort",
        "CONNECTION_CLOSED",
        "strerror(ECONNABORTED): the connection was given up after it was made",
        "IMAP error: Software caused connection abort",
    ),
    Pick(
        "epipe",
        "libc",
        "Broken pipe",
        "CONNECTION_CLOSED",
        "strerror(EPIPE): writing to a connection the server had already closed",
        "SMTP write failed: Broken pipe",
    ),
    Pick(
        "ehostunreach",
        "libc",
        "No route to host",
        "HOST_UNREACHABLE",
        "strerror(EHOSTUNREACH): no way to the server's address from here",
        "Could not connect to imap.example.com: No route to host",
    ),
    Pick(
        "enetunreach",
        "libc",
        "Network is unreachable",
        "HOST_UNREACHABLE",
        "strerror(ENETUNREACH): this computer has no route to that network (often offline)",
        "connect to smtp.example.com: Network is unreachable",
    ),
    Pick(
        "ehostdown",
        "libc",
        "Host is down",
        "HOST_UNREACHABLE",
        "strerror(EHOSTDOWN): the server's address does not answer on its network",
        "Could not connect to mail.example.com: Host is down",
    ),
    Pick(
        "enetdown",
        "libc",
        "Network is down",
        "HOST_UNREACHABLE",
        "strerror(ENETDOWN): this computer's network is down",
        "Could not connect to mail.example.com: Network is down",
    ),
    Pick(
        "eai-noname",
        "libc",
        "Name or service not known",
        "HOST_NOT_FOUND",
        "gai_strerror(EAI_NONAME): the server name does not exist in DNS",
        "Could not resolve imap.exmaple.com: Name or service not known",
    ),
    Pick(
        "eai-nodata",
        "libc",
        "No address associated with hostname",
        "HOST_NOT_FOUND",
        "gai_strerror(EAI_NODATA): the name exists but has no address",
        "getaddrinfo imap.example.com: No address associated with hostname",
    ),
    Pick(
        "eai-again",
        "libc",
        "Temporary failure in name resolution",
        "DNS_FAILURE",
        "gai_strerror(EAI_AGAIN): the DNS servers did not answer",
        "Could not resolve smtp.example.com: Temporary failure in name resolution",
    ),
    Pick(
        "eai-fail",
        "libc",
        "Non-recoverable failure in name resolution",
        "DNS_FAILURE",
        "gai_strerror(EAI_FAIL): the DNS server refused or could not answer the query (a "
        "refusal or a broken answer, not a name that does not exist)",
        "DNS server failure looking up address for imap.example.com ([Errno -4] Non-recoverable "
        "failure in name resolution)",
    ),
    Pick(
        "gio-resolve-again",
        "glib20",
        "Temporarily unable to resolve “%s”",
        "DNS_FAILURE",
        "gio/gthreadedresolver.c G_RESOLVER_ERROR_TEMPORARY_FAILURE: DNS did not answer",
        "Temporarily unable to resolve “imap.example.com”",
    ),
    Pick(
        "gio-connection-closed",
        "glib20",
        "The connection is closed",
        "CONNECTION_CLOSED",
        "gio G_IO_ERROR_CLOSED on a connection: the server hung up",
        "Error sending message: The connection is closed",
    ),
    Pick(
        "gio-socket-timeout",
        "glib20",
        "Socket I/O timed out",
        "NO_GREETING",
        "gio/gsocket.c G_IO_ERROR_TIMED_OUT: connected, then the server said nothing in time",
        "Failed to connect to IMAP server imap.example.com: Socket I/O timed out",
    ),
    Pick(
        "gnutls-premature-termination",
        "gnutls30",
        "The TLS connection was non-properly terminated.",
        "CONNECTION_CLOSED",
        "GNUTLS_E_PREMATURE_TERMINATION: the server closed the connection inside TLS",
        "Error performing TLS handshake: The TLS connection was non-properly terminated.",
    ),
    Pick(
        "gnutls-peer-terminated",
        "gnutls30",
        "Peer has terminated the connection",
        "CONNECTION_CLOSED",
        "GNUTLS_E_SESSION_EOF: the server ended the TLS session",
        "Error receiving data: Peer has terminated the connection",
    ),
    Pick(
        "gnutls-unexpected-packet",
        "gnutls30",
        "An unexpected TLS packet was received.",
        "TLS_ON_PLAIN_PORT",
        "GNUTLS_E_UNEXPECTED_PACKET: the server's first bytes were no TLS record (a plain "
        "greeting: the port expects STARTTLS or none)",
        "Error performing TLS handshake: An unexpected TLS packet was received.",
    ),
    Pick(
        "gnutls-unsupported-version-packet",
        "gnutls30",
        "A packet with illegal or unsupported version was received.",
        "TLS_ON_PLAIN_PORT",
        "GNUTLS_E_UNSUPPORTED_VERSION_PACKET: a plain-text greeting read as a TLS record",
        "Error performing TLS handshake: A packet with illegal or unsupported version was "
        "received.",
    ),
    Pick(
        "gnutls-record-length",
        "gnutls30",
        "A TLS record packet with invalid length was received.",
        "TLS_ON_PLAIN_PORT",
        "GNUTLS_E_RECORD_OVERFLOW (lib/errors.c): a plain-text greeting's bytes read as a "
        "record length",
        "Error performing TLS handshake: A TLS record packet with invalid length was received.",
    ),
    Pick(
        "gnutls-decoding",
        "gnutls30",
        "Error decoding the received TLS packet.",
        "TLS_ON_PLAIN_PORT",
        "GNUTLS_E_UNEXPECTED_PACKET_LENGTH (lib/errors.c): the server's first bytes were no "
        "TLS record",
        "Error performing TLS handshake: Error decoding the received TLS packet.",
    ),
    Pick(
        "gnutls-fatal-alert",
        "gnutls30",
        "A TLS fatal alert has been received.",
        "TLS_HANDSHAKE_FAILED",
        "GNUTLS_E_FATAL_ALERT_RECEIVED: the server refused the handshake",
        "Error performing TLS handshake: A TLS fatal alert has been received.",
    ),
    Pick(
        "gnutls-handshake-failed",
        "gnutls30",
        "Handshake failed",
        "TLS_HANDSHAKE_FAILED",
        "the TLS handshake alert (RFC 8446 §6.2 handshake_failure): no common parameters",
        "TLS negotiation failed: Handshake failed",
    ),
    Pick(
        "gnutls-verification",
        "gnutls30",
        "Error in the certificate verification.",
        "CERT_UNTRUSTED",
        "GNUTLS_E_CERTIFICATE_VERIFICATION_ERROR: the certificate chain is not trusted",
        "Error performing TLS handshake: Error in the certificate verification.",
    ),
    Pick(
        "gnutls-cert-expired",
        "gnutls30",
        "Certificate is expired",
        "CERT_EXPIRED",
        "gnutls_certificate_verification_status_print GNUTLS_CERT_EXPIRED",
        "The certificate is NOT trusted. Certificate is expired",
    ),
    Pick(
        "gnutls-cert-not-activated",
        "gnutls30",
        "The certificate is not yet activated.",
        "CERT_NOT_YET_VALID",
        "gnutls_certificate_verification_status_print GNUTLS_CERT_NOT_ACTIVATED",
        "The certificate is NOT trusted. The certificate is not yet activated.",
    ),
    Pick(
        "gnutls-cert-revoked",
        "gnutls30",
        "Certificate was revoked",
        "CERT_UNTRUSTED",
        "gnutls_certificate_verification_status_print GNUTLS_CERT_REVOKED",
        "The certificate is NOT trusted. Certificate was revoked",
    ),
)


def version(package: str) -> str:
    done = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True, timeout=30
    )
    return done.stdout.strip() or "unknown"


def pattern(text: str) -> str:
    """The text as a pattern: its placeholders a short gap, any run of spaces alike."""
    text = text.strip().rstrip(".。")
    pieces = [re.escape(piece) for piece in re.split(r"%(?:\d+\$)?[sd]", text)]
    return re.sub(r"(?:\\ )+", r"\\s+", GAP.join(pieces))


def english_already_known() -> set[str]:
    data = json.loads(CLIENT_TEXTS.read_text("utf-8"))
    return {p.lower() for entry in data["entries"] for p in entry["patterns"]}


def entry(pick: Pick, known: set[str]) -> dict[str, object]:
    domain = DOMAINS[pick.domain]
    texts: dict[str, str] = {}
    if pick.msgid.lower().rstrip(".") not in known:
        texts["en"] = pick.msgid
    for lang in LANGS:
        mo = LOCALE_DIR / lang / "LC_MESSAGES" / f"{domain.name}.mo"
        if not mo.exists():
            continue
        with mo.open("rb") as file:
            translated = gettext.GNUTranslations(file).gettext(pick.msgid)
        if translated != pick.msgid:
            texts[lang.replace("_", "-")] = translated
    patterns = list(dict.fromkeys(pattern(text) for text in texts.values()))
    examples = [pick.example] if "en" in texts else []
    examples += [text.replace("%s", "imap.example.com") for k, text in texts.items() if k != "en"]
    return {
        "id": f"system-{pick.id}",
        "provider": f"operating systems ({domain.library})",
        "code": pick.code,
        "patterns": patterns,
        "examples": examples,
        "languages": sorted(texts),
        "source": f"{domain.library}: {pick.why}; msgid {pick.msgid!r} and its translations "
        f"in {domain.name}.mo (Debian {domain.package} {version(domain.package)})",
    }


def main() -> None:
    out = Path(sys.argv[1])
    known = english_already_known()
    data = {
        "about": "The C library's, GLib's and GnuTLS's own error texts that mail apps on Linux "
        "show in the user's language, from their installed message catalogs "
        "(tools/extract_system_texts.py); one entry per message, each a cause. English texts "
        "that client_texts.json already matches are left to it.",
        "entries": [entry(pick, known) for pick in PICKS],
    }
    lines = ['{"about": ' + json.dumps(data["about"], ensure_ascii=False) + ',\n "entries": [']
    rows = [json.dumps(e, ensure_ascii=False) for e in data["entries"]]
    lines.append(",\n".join("  " + row for row in rows))
    lines.append(" ]}\n")
    out.write_text("\n".join(lines), "utf-8")
    print(f"{out}: {len(rows)} entries")


if __name__ == "__main__":
    main()
