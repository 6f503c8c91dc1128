"""What a server's answer to a login means: its text classified into an authentication code.

Theory of operation. `diagnostics/data/server_texts.json` lists the real texts of providers and
server software (Google, Microsoft 365 / Outlook.com, Yahoo/AOL, iCloud, Dovecot, Postfix, Exim)
and then the generic response codes (RFC 4954 for SMTP, RFC 5530 for IMAP, RFC 3206 and RFC 2449
for POP3), each with its source. Entries are tried in file order and the first match wins, so a
provider's specific text ("Application-specific password required", a 534 5.7.9) beats the generic
meaning of its code ("mechanism too weak"). An answer nothing matches is a plain AUTH_FAILED
(or, for an SMTP 4xx, AUTH_TEMPORARY_FAILURE: RFC 5321 §4.2.1, transient).

The same data serves `explain` (a pasted text, no protocol known) and the probes (a live answer).
`reply_entries` joins it with `bounce_texts.json` (what servers say about sending and delivery)
with every server's own words before any generic entry (an RFC's meaning of a code, including
the RFC 3463 enhanced codes): `explain` reads both, the send test's refused RCPT TO too
(`classify_refusal`, findings/mailbox_rules.py). Pure: loading the data files is the only I/O,
once per process.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from diagnostics import datafile
from diagnostics.findings.codes import Code
from diagnostics.findings.needle import ascii_fold, required_text
from diagnostics.frozen import frozen

__all__ = [
    "TextEntry",
    "classify_auth_reply",
    "classify_refusal",
    "client_entries",
    "method_failed",
    "reply_entries",
    "server_entries",
    "system_entries",
]

_SPACE = re.compile(r"\s+")


@frozen
class TextEntry:
    """One known text: what it means (`code`) and where it was seen (`source`)."""

    id: str
    code: Code
    patterns: tuple[str, ...]  # sources, compiled case-insensitive when first needed
    needles: tuple[str, ...]  # per pattern: text any match contains (findings/needle.py), or ""
    examples: tuple[str, ...]
    source: str
    provider: str = ""
    protocols: tuple[str, ...] = ()  # empty: any
    hosts: tuple[str, ...] = ()  # empty: any server
    facts: tuple[tuple[str, Any], ...] = ()  # extra facts for the finding (e.g. found="POP3")
    # An app's words around the cause, which the text names after them ("Couldn't connect to
    # host …; nested exception is: java.net.UnknownHostException"): tried after every other
    # client and system text, so that the cause on the same line speaks first.
    wraps: bool = False
    # A server refusing to relay (pass mail on to another domain): to the app that sent, a login
    # is missing; inside a bounce, the recipient's server takes no mail for the address.
    relay: bool = False

    @property
    def generic(self) -> bool:
        """An RFC's meaning of a code ("RFC 4954", "RFC 3463 / servers"), no server's words."""
        return self.provider.startswith("RFC")

    def applies(self, protocol: str | None, host: str | None) -> bool:
        if protocol is not None and self.protocols and protocol not in self.protocols:
            return False
        if self.hosts:
            if host is None:
                return False
            name = host.lower().rstrip(".")
            return any(name == h or name.endswith("." + h) for h in self.hosts)
        return True

    def search(self, text: str) -> re.Match[str] | None:
        for pattern, needle in zip(self.patterns, self.needles, strict=True):
            if needle and needle not in ascii_fold(text):
                continue  # cannot match: not even compiled
            match = _compiled(pattern).search(text)
            if match is not None:
                return match
        return None


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE | re.MULTILINE)


def _entry(raw: dict[str, Any]) -> TextEntry:
    return TextEntry(
        id=str(raw["id"]),
        code=Code(raw["code"]),
        patterns=tuple(raw["patterns"]),
        needles=tuple(required_text(p) for p in raw["patterns"]),
        examples=tuple(raw["examples"]),
        source=str(raw["source"]),
        provider=str(raw.get("provider", "")),
        protocols=tuple(raw.get("protocols", ())),
        hosts=tuple(h.lower() for h in raw.get("hosts", ())),
        facts=tuple(sorted(raw.get("facts", {}).items())),
        wraps=bool(raw.get("wraps", False)),
        relay=bool(raw.get("relay", False)),
    )


@functools.cache
def load_text_entries(name: str) -> tuple[TextEntry, ...]:
    """The entries of one text file of diagnostics/data/ in server_texts.json's shape."""
    data = json.loads(datafile.read_text(name))
    return tuple(_entry(raw) for raw in data["entries"])


def server_entries() -> tuple[TextEntry, ...]:
    """What servers say when a login fails (server_texts.json), in matching order."""
    return load_text_entries("server_texts.json")


@functools.cache
def reply_entries() -> tuple[TextEntry, ...]:
    """Both tables of server replies, logins (server_texts.json) and sending and delivery
    (bounce_texts.json): every provider's or server's own text first, then the generic meanings
    of codes (entries whose provider is "RFC ..."), so that a code's RFC meaning never speaks
    before a provider's words (Yahoo's "554 5.7.9 Message not accepted for policy reasons" is
    no RFC 4954 "534 5.7.9 mechanism too weak")."""
    entries = (*server_entries(), *load_text_entries("bounce_texts.json"))
    return (*(e for e in entries if not e.generic), *(e for e in entries if e.generic))


def classify_refusal(text: str, *, host: str | None = None) -> TextEntry | None:
    """The entry that explains an SMTP server's refusal of MAIL FROM or RCPT TO (a probe's
    send test), or None when no entry knows its words or its code."""
    line = one_line(text)
    return next((e for e in reply_entries() if e.applies("smtp", host) and e.search(line)), None)


@functools.cache
def client_entries() -> tuple[TextEntry, ...]:
    """What mail apps show (client_texts.json), in matching order, then the operating system's
    and TLS library's texts in the user's language (system_texts.json), then the apps' words
    that only wrap a cause (`TextEntry.wraps`)."""
    apps = load_text_entries("client_texts.json")
    return (
        *(e for e in apps if not e.wraps),
        *system_entries(),
        *(e for e in apps if e.wraps),
    )


def system_entries() -> tuple[TextEntry, ...]:
    """glibc's, GLib's and GnuTLS's own error texts, translated (tools/extract_system_texts.py):
    an app quotes them after its own words ("Could not connect to …: Verbindungsaufbau
    abgelehnt"), and they name no mail service."""
    return load_text_entries("system_texts.json")


@frozen
class AuthVerdict:
    code: Code
    entry: TextEntry | None  # None: no known text matched; the status alone decided


def one_line(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


# A live answer that refuses the login method itself, not the password: the method was listed
# but cannot be used (Dovecot lists USER with only DIGEST-MD5 on, then answers PASS this way:
# USER/PASS goes through its PLAIN mechanism; RFC 4954 §6: 504 5.5.4 for SMTP). Only for probes:
# in a pasted text the same words mean the app's "authentication method" setting is wrong.
_METHOD_REFUSED = re.compile(
    r"Unsupported authentication mechanism|Unrecognized authentication type|^504[ -]5\.5\.4\b",
    re.IGNORECASE,
)


def classify_auth_reply(
    text: str, *, protocol: str | None = None, host: str | None = None, smtp_code: int | None = None
) -> AuthVerdict:
    """The authentication code a server's negative answer to a login means (a probe's)."""
    line = one_line(text)
    if _METHOD_REFUSED.search(line):
        return AuthVerdict(code=Code.AUTH_MECHANISM_UNTESTABLE, entry=None)
    for entry in server_entries():
        if entry.applies(protocol, host) and entry.search(line):
            return AuthVerdict(code=entry.code, entry=entry)
    if smtp_code is not None and 400 <= smtp_code < 500:
        return AuthVerdict(code=Code.AUTH_TEMPORARY_FAILURE, entry=None)
    return AuthVerdict(code=Code.AUTH_FAILED, entry=None)


# Answers after which a second attempt (the full address) cannot help: the server told us why.
DEFINITIVE = frozenset(Code) - {Code.AUTH_FAILED}


# Known texts that are temporary but about the mailbox, not the login method (RFC 2449 §8.1:
# another session holds it; a login delay): another method would meet the same answer.
_MAILBOX_NOT_METHOD = frozenset({"rfc2449-in-use", "rfc2449-login-delay"})
# Known texts that refuse the method as such: RFC 4954 §6 534 5.7.9 "mechanism is too weak".
_METHOD_ENTRIES = frozenset({"rfc4954-534"})


# Throttling: the account or the client is refused for a while, whatever the method (Gmail's
# "454 4.7.0 Too many login attempts", Dovecot's "[UNAVAILABLE] Too many login failures"): a
# second method would be one more refused attempt counted against the person.
_THROTTLED = re.compile(r"too many|rate limit|try again later|slow down", re.IGNORECASE)


def method_failed(
    verdict: AuthVerdict,
    reply: str,
    *,
    protocol: str,
    smtp_code: int | None = None,
    imap_status: str = "",
) -> bool:
    """The server failed the login method itself, or its own system, not the credentials.

    draft-ietf-mailmaint-autoconfig-06 §"Authentication verification and fallback": "if the
    authentication method itself failed, or the error code indicates a systemic failure, the
    client SHOULD use a lower-priority authentication method from the list"; a wrong username
    or password is not such an answer. So: the mechanism refused ("Unsupported authentication
    mechanism", SMTP 504 5.5.4, IMAP BAD to AUTHENTICATE, RFC 9051 §6.2.2), too weak (534
    5.7.9), or a temporary failure of the server's authentication (IMAP [UNAVAILABLE], RFC
    5530; POP3 [SYS/TEMP], RFC 3206; SMTP 454 4.7.0, RFC 4954 §6). Dovecot answers
    [UNAVAILABLE] when the password database behind one mechanism fails while another works.
    [AUTHENTICATIONFAILED], 535 5.7.8 and -ERR [AUTH] are answers about the credentials.
    Never after SMTP 421 (RFC 5321 §3.8: the server is closing the connection) or a throttling
    text (`_THROTTLED`): the next method would only meet a closed connection or a longer wait.
    An IMAP BAD counts on the tagged line only (`imap_status`: untagged lines may come first).
    """
    if smtp_code == 421 or _THROTTLED.search(reply):
        return False
    if verdict.code is Code.AUTH_MECHANISM_UNTESTABLE:
        return True
    if verdict.code is Code.AUTH_TEMPORARY_FAILURE:
        return verdict.entry is None or verdict.entry.id not in _MAILBOX_NOT_METHOD
    if verdict.entry is not None and verdict.entry.id in _METHOD_ENTRIES:
        return True
    if protocol != "imap":
        return False
    if imap_status:
        return imap_status.upper() == "BAD"
    return one_line(reply).upper().startswith("BAD")
