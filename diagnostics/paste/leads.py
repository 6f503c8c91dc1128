"""What the post-passes of `match.recognise` share: the server and login a paste is about, and
how a better-explained cause takes the lead (interception.py, provider_policy.py, match.py's
own-computer and relay-port rules)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

from diagnostics import ports
from diagnostics.findings.codes import Code, severity_of
from diagnostics.model import Finding, Protocol
from diagnostics.paste.dialog import HOST_NAME, MAX_SCAN, NAME_CHAR, Dialog

__all__ = [
    "CONNECTION_FAILURES",
    "FAILED_WORDS",
    "MAX_CAUSES",
    "failed_connection",
    "first_host",
    "lead_with",
    "login_address",
    "protocols_named",
]

MAX_CAUSES = 3  # more "possible causes" than this helps nobody

# The app's own words for a connection that never reached a mail server (the post-passes).
CONNECTION_FAILURES = frozenset(
    {
        Code.PORT_CLOSED,
        Code.PORT_FILTERED,
        Code.CONNECTION_CLOSED,
        Code.NO_GREETING,
        Code.HOST_UNREACHABLE,
    }
)

# The words of a line about the connection that failed: the address on it is the one the app
# tried (the own-computer rule; connection_target.py reads failures only, not "connexion").
FAILED_WORDS = re.compile(
    r"refused|ECONNREFUSED|timed out|ETIMEDOUT|time-?out|unreachable|EHOSTUNREACH|"
    r"could(?: not|n't) connect|failed to connect|unable to connect|connect\(2\)|"
    r"no connection could be made|connection (?:failed|error)|verbindung|connexion|conexi|"
    r"connessione|verbinding|conexão|połączeni|接続",
    re.IGNORECASE,
)


def failed_connection(findings: tuple[Finding, ...], codes: frozenset[Code]) -> bool:
    """Whether the lead is one of `codes` in the app's own words: a server's own reply says why
    itself (issue 10: the reply wins)."""
    return bool(findings) and findings[0].code in codes and "reply" not in findings[0].facts


# A host name (dialog.HOST_NAME: RFC 1123 labels, no source file) as people paste it: not after "@"
# (an address) or "/" (a path), and in one case (`_hosts`): "TLSSocket.onConnectSecure" is code.
_HOST = re.compile(
    rf"(?<!{NAME_CHAR})(?<![.@/\\-])({HOST_NAME})(?!{NAME_CHAR})(?!-)", re.IGNORECASE
)
# Anchored on the left: a long run of word characters with no "@" is tried once, not from each
# of its characters.
_ADDRESS = re.compile(
    r"(?<![\w.+-])[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,63})(?![\w-])", re.IGNORECASE
)
# Words that make the address after them the login, not a sender or recipient.
_LOGIN_WORDS = re.compile(
    r"(?:user(?:\s?name)?|login|account|benutzer(?:name)?|konto|utilisateur|compte|usuario|"
    r"usuário|cuenta|conta|utente|gebruiker(?:snaam)?|użytkownik\w*|アカウント|ユーザー名?|"
    r"(?:fail(?:ed|ure)|denied|refused|rejected|invalid)\s+for(?:\s+user)?)"
    r"\W{0,3}$",
    re.IGNORECASE,
)
_PROTOCOL_WORDS: Mapping[Protocol, re.Pattern[str]] = {
    # An SMTP reply's code with its enhanced status code (RFC 5321 §4.2, RFC 3463) is SMTP too.
    Protocol.SMTP: re.compile(
        r"\bsmtps?\b|\b(?:outgoing|sending|send)\b|\b[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b",
        re.IGNORECASE,
    ),
    Protocol.IMAP: re.compile(r"\bimaps?\b|\bimap4", re.IGNORECASE),
    Protocol.POP3: re.compile(r"\bpop3?s?\b", re.IGNORECASE),
}
_PORT_AFTER = re.compile(r"^\s?(?:[:,]\s?)?(?:port:?\s?)?(\d{2,5})\b", re.IGNORECASE)


def _hosts(rest: str) -> Iterator[tuple[str, int]]:
    for match in _HOST.finditer(rest[:MAX_SCAN]):
        host = match.group(1)
        # One case throughout, or a capital only where a sentence starts ("Outlook.office365.com
        # said ..."): "TLSSocket.onConnectSecure" is code.
        if host[1:] == host[1:].lower() or host == host.upper():
            yield host.lower().rstrip("."), match.end()


def first_host(dialog: Dialog) -> tuple[str, int | None] | None:
    """The server the paste is about, with its port where named: the dialog's server field,
    else the first host name in the text (the one whose error it quotes)."""
    if dialog.host is not None:
        return dialog.host.lower(), dialog.port
    for host, end in _hosts(dialog.rest):
        port = _PORT_AFTER.match(dialog.rest[end : end + 16])
        return host, int(port.group(1)) if port else dialog.port
    return None


def login_address(dialog: Dialog) -> str | None:
    """The address the paste logs in with: the dialog's account field, or an address after a
    login word ("user", "Benutzername", "nome utente"); not a sender's or recipient's."""
    if dialog.username and "@" in dialog.username:
        return dialog.username
    for match in _ADDRESS.finditer(dialog.rest[:MAX_SCAN]):
        if _LOGIN_WORDS.search(dialog.rest[max(0, match.start() - 24) : match.start()]):
            return match.group(0)
    return None


_PORT_WORD = re.compile(r"\bport:?\s?(\d{2,5})\b", re.IGNORECASE)


def protocols_named(dialog: Dialog, port: int | None) -> set[Protocol]:
    """The protocols a paste shows: the dialog's field, the port it names ("port 587" in its
    words too), else its words."""
    if dialog.protocol is not None:
        return {dialog.protocol}
    if port is None:
        said = _PORT_WORD.search(dialog.rest[:MAX_SCAN])
        port = int(said.group(1)) if said else None
    if port is not None and port in ports.PORT_PROTOCOL:
        return {ports.PORT_PROTOCOL[port]}
    return {p for p, words in _PROTOCOL_WORDS.items() if words.search(dialog.rest[:MAX_SCAN])}


def lead_with(
    code: Code,
    facts: Mapping[str, object],
    findings: Iterable[Finding],
    *,
    replacing: frozenset[Code] = frozenset(),
) -> tuple[Finding, ...]:
    """`code` first, then the other causes but those it explains better (`replacing`: a second
    finding that says the opposite of the lead, e.g. "the name does not exist")."""
    lead = Finding(code=code, severity=severity_of(code), facts=dict(facts))
    rest = (f for f in findings if f.code is not code and f.code not in replacing)
    return (lead, *rest)[:MAX_CAUSES]
