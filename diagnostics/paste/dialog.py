"""An app's dialog taken apart: its fields (facts), the server replies it quotes, and the rest.

Outlook prints its settings in the error ("Account: 'x', Server: 'pop.example.com', Protocol:
POP3, Server Response: '+OK', Port: 995, Secure(SSL): Yes, Error Number: 0x800CCC0F"); iOS and
Android settings screens list "Host Name", "Server Port", "Use SSL"; Thunderbird quotes the
server after "The mail server responded:". Field labels and values describe the settings, they
are not what a server said: they are cut out of the text that is searched for causes (the error
number excepted), and the quoted replies are searched on their own, first.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from diagnostics import ports
from diagnostics.frozen import frozen
from diagnostics.model import Endpoint, Protocol, Security
from diagnostics.policy import InvalidTarget, validate_host

__all__ = [
    "FILE_EXTENSION",
    "HOST_NAME",
    "MAX_SCAN",
    "NAME_CHAR",
    "PROTOCOL_WORD",
    "Dialog",
    "parse",
    "protocol_from_host",
    "protocol_named",
]

MAX_VALUE = 200

# Labels as the apps spell them (Outlook, iOS, Android, Thunderbird), in the languages we read.
_LABELS: dict[str, str] = {
    "host": r"(?:incoming |outgoing |pop3? |imap |smtp )?(?:mail )?server(?: ?name)?|host ?name|"
    r"hostname|servername|posteingangs-?server|postausgangs-?server|serveur|servidor|server|"
    r"サーバー名|サーバー|サーバ|ホスト名",
    "protocol": r"protocol|protokoll|protocole|protocolo|protocollo|protokół|プロトコル",
    "port": r"(?:server )?port|puerto|porta|porto|poort|ポート番号|ポート",
    "ssl": r"(?:secure|sicher|sécurisé|seguro|protetto|sicuro|beveiligd|bezpieczne) ?\(ssl\)|"
    r"use ssl|ssl/tls|ssl|encryption(?: method)?|connection security|"
    r"security|verschlüsselung|verbindungssicherheit|chiffrement|cifrado|crittografia|"
    r"versleuteling|criptografia|szyfrowanie|セキュリティ保護 ?\(ssl\)|"
    r"セキュリティで保護された接続 ?\(ssl\)",
    "reply": r"server ?response|server reply|serverantwort|réponse du serveur|"
    r"respuesta del servidor|risposta del server|serverantwoord|resposta do servidor|"
    r"odpowiedź serwera|サーバーの応答",
    "account": r"account|konto|compte|cuenta|conta|アカウント",
    "username": r"user ?name|benutzername|nom d'utilisateur|nombre de usuario|nome utente|"
    r"gebruikersnaam|usuário|nazwa użytkownika|ユーザー名",
}
# Order matters: the longer labels first ("Server Response" before "Server").
_ORDER = ("reply", "ssl", "protocol", "port", "username", "host", "account")
_FIELD = re.compile(
    # Not inside a Latin word ("webserver:"), but after kana or kanji ("受信サーバー：").
    r"(?<![A-Za-z0-9_\u00c0-\u024f-])(?P<label>"
    + "|".join(f"(?P<{kind}>{_LABELS[kind]})" for kind in _ORDER)
    + r")\s*[:=：]\s*(?P<value>'[^'\n]{0,200}'|\"[^\"\n]{0,200}\"|[^,;\n]{1,100})",
    re.IGNORECASE,
)
# "The (mail) server responded: ...", Thunderbird's words in the languages of its strings; "The
# server response was: ...", Outlook's, Apple Mail's and .NET SmtpException's.
_RESPONDED = re.compile(
    r"(?:server (?:responded|said|replied|returned)(?: an? error| error)?|server response was|"
    r"response was|"
    r"(?<![\w-])response(?==)|"  # Nodemailer's "Invalid greeting. response=421 ..."
    r"antwortete|antwort des servers war|serverantwort war|a répondu|réponse du serveur était|"
    r"respondió|respuesta del servidor fue|ha risposto|risposta del server è stata|antwoordde|"
    r"antwoord van de server was|respondeu|resposta do servidor foi|odpowiedział|"
    r"odpowiedź serwera brzmiała|からの応答|応答しました|サーバーの応答|"
    r"(?<![\w\u3040-\u30ff\u3400-\u9fff])応答(?=\s*[:：]))\s*[:=：]?\s*"
    r"(?P<reply>[^\n]{3,400})",
    re.IGNORECASE,
)
# A reply a library quotes without a phrase around it: after its exception's name ("com.sun.mail.
# smtp.SMTPAddressFailedException: 550 ...", "Error: Can't send mail - all recipients were
# rejected: 550 ..."), a reply code (RFC 5321 §4.2) with its enhanced code (RFC 3463 §2); or
# Python's smtplib, which keeps the code apart: "(550, b'5.7.1 Relaying denied')".
_QUOTED_REPLY = re.compile(
    r"(?<![\w.:/-])(?P<reply>[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}(?![\w.])[^\n]{0,400})"
)
_SMTPLIB_REPLY = re.compile(
    r"\((?P<code>[245]\d\d),\s*b?(?P<q>['\"])(?P<text>(?:(?!(?P=q)).){1,400})(?P=q)"
)
# A library's log or exception names the server it tried, not as a field: "opening to
# smtp.example.com:25", "ssl://smtp.example.com:465", Jakarta Mail's "Couldn't connect to host,
# port: smtp.example.com, 587" and "Could not connect to SMTP host: smtp.example.com, port: 465".
# Only a mail port (ports.PORT_PROTOCOL) makes it a mail server's address; it stays in the text.
# A source file's line ("Mailer.java:25", "/var/www/mail.php:25", "mail.log:25:") is no server:
# its name ends in a file extension, or it follows a path or a stack frame's parenthesis.
FILE_EXTENSION = (
    r"(?:java|kt|scala|groovy|php|py|pyc|rb|go|rs|js|mjs|cjs|ts|tsx|jsx|cs|vb|fs|c|h|cc|cpp|"
    r"hpp|m|mm|swift|pl|pm|sh|ps1|bat|lua|ex|exs|erl|log|txt|out|err|json|xml|ya?ml|ini|conf|"
    r"cfg|toml|properties|html?|tpl|twig|vue|svelte)"
)
# A character that continues a name: a word character, but not of the scripts written without
# spaces, which set a Latin name in with their particles ("imap.gmail.com用の",
# "サーバーmail.example.jpに").
NAME_CHAR = r"[^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]"
HOST_NAME = (
    r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*"
    rf"\.(?!{FILE_EXTENSION}\b)[a-z]{{2,}}"
)
_NAMED_SERVER = re.compile(
    rf"(?<!{NAME_CHAR})(?<![.@/\\(-])(?:(?P<scheme>ssl|tls|smtps?|imaps?|pop3s?)://)?"
    rf"(?P<host>{HOST_NAME})"
    rf":(?P<port>\d{{2,5}})\b(?!:\d)"
    rf"|\bhost(?:, port)?: ?(?P<jhost>{HOST_NAME}),(?: port:)? ?(?P<jport>\d{{2,5}})\b",
    re.IGNORECASE,
)
# A reply quoted in quotes ends at its closing quote, not with the dialog's next words.
_OPENING = {"'": "'", '"': '"', "‘": "’", "“": "”", "„": "“", "«": "»", "‚": "‘"}
_YES = {
    "yes", "on", "ja", "oui", "sí", "si", "sì", "sim", "tak", "true", "ssl", "tls", "ssl/tls",
    "はい", "あり", "オン",
}  # fmt: skip
_NO = {
    "no", "off", "nein", "non", "não", "nee", "nie", "false", "none", "keine", "aucun",
    "いいえ", "なし", "オフ",
}  # fmt: skip
_PROTOCOLS = {
    "imap": Protocol.IMAP,
    "imap4": Protocol.IMAP,
    "pop": Protocol.POP3,
    "pop3": Protocol.POP3,
    "smtp": Protocol.SMTP,
}
# The one port table (diagnostics/ports.py).
_DEFAULT_PORT = {
    (protocol, tls): ports.default_port(protocol, tls=tls)
    for protocol in Protocol
    for tls in (True, False)
}
_PORT_PROTOCOL = ports.PORT_PROTOCOL
_IMPLICIT_TLS = ports.IMPLICIT_TLS_PORTS


@frozen
class Dialog:
    """What a paste's dialog says about the settings, and what it quotes from the server."""

    host: str | None = None
    port: int | None = None
    protocol: Protocol | None = None
    ssl: bool | None = None
    starttls: bool = False
    username: str | None = None
    replies: tuple[str, ...] = ()
    rest: str = ""  # the paste without field labels and values
    # The server field quoted with a space inside ('smtp.gmail.com '): a name typed with it,
    # which no resolver finds, whatever name it looks like.
    host_spaced: bool = False

    def endpoint(self) -> Endpoint | None:
        """The settings the dialog names, completed from the usual ports; None without a host."""
        if self.host is None:
            return None
        protocol = self.protocol or (None if self.port is None else _PORT_PROTOCOL.get(self.port))
        if protocol is None:
            protocol = protocol_from_host(self.host)
        if protocol is None:
            return None
        ssl = self.ssl
        port = self.port or _DEFAULT_PORT[(protocol, ssl is not False)]
        if self.starttls:
            security = Security.STARTTLS
        elif ssl is None:
            security = Security.TLS if port in _IMPLICIT_TLS else Security.STARTTLS
        elif ssl:
            security = Security.TLS
        else:
            # Outlook's "Secure(SSL): No" on 587 usually means STARTTLS ("Auto"/"STARTTLS" in
            # its encryption menu); on 110/143/25 we cannot tell, so plain text is what it says.
            security = Security.STARTTLS if port == 587 else Security.NONE
        return Endpoint(
            protocol=protocol,
            host=self.host,
            port=port,
            security=security,
            username=self.username,
        )

    def facts(self) -> dict[str, object]:
        named = {
            "host": self.host,
            "port": self.port,
            "ssl": self.ssl,
            "protocol": None if self.protocol is None else self.protocol.value,
        }
        return {k: v for k, v in named.items() if v is not None}


def protocol_from_host(host: str | None) -> Protocol | None:
    """The protocol a server's first label names, as providers name their servers ("smtp.",
    "imap4.", "pop3.", "smtp2.", "smtp-mail.", "imaps."); not a label that only starts with those
    letters ("popular-host", "smtpserver")."""
    first = (host or "").split(".", 1)[0].lower().split("-", 1)[0]
    if first != "imap4":
        first = first.rstrip("0123456789")
    return _PROTOCOLS.get(first) or _PROTOCOLS.get(first.removesuffix("s").rstrip("0123456789"))


# Straight and typographic quotes: Outlook prints 'x', a phone's keyboard and OCR give ‘x’ or
# drop one of the pair ("‘healthy.example.com,").
_QUOTE_CHARS = "'\"‘’‚‛“”„‟«»‹›`´"


def _spaced(value: str) -> bool:
    """Whether a quoted value has a space just inside its quotes: "'smtp.gmail.com '"."""
    value = value.strip()
    if len(value) < 2 or value[0] not in _QUOTE_CHARS or value[-1] not in _QUOTE_CHARS:
        return False
    inner = value[1:-1]
    return inner != inner.strip()


def _unquote(value: str) -> str:
    return value.strip().strip(_QUOTE_CHARS).strip()[:MAX_VALUE]


_WORD_BEFORE = re.compile(r"[^\W\d_] $")


def _in_sentence(field: re.Match[str]) -> bool:
    """A label a sentence runs into ("Could not find server: smtp.example.com"), lower case after
    a word: its words stay in the text read for causes, only its value is a field's."""
    label = field.group("label")
    before = field.string[max(0, field.start() - 2) : field.start()]
    return label[:1].islower() and _WORD_BEFORE.search(before) is not None


def parse(text: str) -> Dialog:
    """The fields, quoted replies and remaining text of a paste (pure, bounded work)."""
    values: dict[str, str] = {}
    replies: list[str] = []
    keep: list[str] = []
    last = 0
    spaced = False
    for field in _FIELD.finditer(text):
        kind = next(k for k in _ORDER if field.group(k) is not None)
        value = _unquote(field.group("value"))
        if not _VALID[kind](value):
            continue  # "Server: not responding", "[SSL: WRONG_VERSION_NUMBER]": prose, no field
        if kind in _NAMES and value == field.group("value") and len(value.split()) > _NAME_WORDS:
            continue  # "the mail account: could not refresh the token": prose, no account name
        if kind == "reply":
            replies.append(value)
        else:
            if kind == "host" and "host" not in values:
                spaced = _spaced(field.group("value"))
            values.setdefault(kind, value)
        keep.append(text[last : field.start("value") if _in_sentence(field) else field.start()])
        keep.append(" ")
        last = field.end()
    keep.append(text[last:])
    rest = "".join(keep)
    for said in _RESPONDED.finditer(rest):
        replies.append(_closed(said.group("reply"), said.start("reply"), rest))
    for said in _SMTPLIB_REPLY.finditer(rest):
        replies.append(f"{said.group('code')} {said.group('text').strip()}")
    for said in _QUOTED_REPLY.finditer(rest):
        reply = _closed(said.group("reply"), said.start("reply"), rest)
        if not any(reply in seen for seen in replies):
            replies.append(reply)
    if "host" not in values:
        for kind, value in _named_server(text).items():
            values.setdefault(kind, value)  # a field the dialog names stays as it says
    return Dialog(
        host=_host(values.get("host")),
        port=_port(values.get("port")),
        protocol=protocol_named(values.get("protocol")),
        ssl=_ssl(values.get("ssl")),
        starttls="starttls" in values.get("ssl", "").lower(),
        username=values.get("username") or None,
        replies=tuple(dict.fromkeys(replies)),  # Outlook quotes the same reply twice
        rest=rest,
        host_spaced=spaced,
    )


_TLS_SCHEMES = frozenset({"ssl", "tls", "smtps", "imaps", "pop3s"})
PROTOCOL_WORD = re.compile(r"(?<![a-z])(pop3?|imap4?|smtp)(?![a-z])", re.IGNORECASE)
MAX_SCAN = 20_000  # characters of a paste searched for a named server


# c-client's mailbox name (PHP's imap_open(), Alpine, phpList): "{host:port/pop3/ssl}INBOX", its
# flags after the port: the protocol, "/ssl" (TLS from the first byte), "/tls" (STARTTLS), "/notls".
_CCLIENT_FLAGS = re.compile(r"(?:/[a-z0-9-]+){1,6}(?=\})", re.IGNORECASE)
_CCLIENT_PROTOCOLS = {"imap", "imap4", "imap4rev1", "pop3", "pop", "smtp"}


def _cclient(flags: str) -> dict[str, str]:
    words = [w.lower() for w in flags.split("/") if w]
    found = {"protocol": words[0]} if words and words[0] in _CCLIENT_PROTOCOLS else {}
    if "ssl" in words:
        found["ssl"] = "ssl"
    elif "tls" in words:
        found["ssl"] = "starttls"
    elif "notls" in words:
        found["ssl"] = "no"
    return found


def _named_server(text: str) -> dict[str, str]:
    """The first mail server a library's words name with its port (`_NAMED_SERVER`), as fields."""
    for named in _NAMED_SERVER.finditer(text[:MAX_SCAN]):
        host = named.group("host") or named.group("jhost")
        port = named.group("port") or named.group("jport")
        if int(port) in _PORT_PROTOCOL and _host(host) is not None:
            found = {"host": host, "port": port}
            words = {w.lower().rstrip("34") for w in PROTOCOL_WORD.findall(text[:MAX_SCAN])}
            if len(words) == 1:  # "Incoming POP3 server pop.example.com:25": POP3 on 25
                found["protocol"] = words.pop()
            if named.group("scheme"):
                found["ssl"] = "ssl" if named.group("scheme").lower() in _TLS_SCHEMES else "no"
            flags = _CCLIENT_FLAGS.match(text, named.end())
            if flags is not None:
                found.update(_cclient(flags.group(0)))
            return found
    return {}


def _closed(reply: str, start: int, text: str) -> str:
    """A quoted reply up to its closing quote ("Server error: '550 5.7.1 Unable to relay'")."""
    reply = reply.strip()
    opening = text[start - 1] if start > 0 else ""
    if opening in _OPENING:
        reply = reply.split(_OPENING[opening], 1)[0].strip()
    elif reply[:1] in _OPENING:
        reply = reply[1:].split(_OPENING[reply[0]], 1)[0].strip()
    return reply


def _looks_like_host(value: str) -> bool:
    return bool(re.fullmatch(r"[\w.-]+\.[a-z]{2,}\.?", value.strip(), re.IGNORECASE))


def _valid_ssl(value: str) -> bool:
    return _ssl(value) is not None or "starttls" in value.lower()


# An account's or user's name as a dialog shows it unquoted ("Account: Work mail") has a few
# words at most; more is the rest of a sentence.
_NAMES = frozenset({"account", "username"})
_NAME_WORDS = 3

_VALID: dict[str, Callable[[str], bool]] = {
    "host": _looks_like_host,
    "port": lambda value: _port(value) is not None,
    "protocol": lambda value: protocol_named(value) is not None,
    "ssl": _valid_ssl,
    "reply": bool,
    "account": bool,
    "username": bool,
}


def _host(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return validate_host(value)
    except InvalidTarget:
        return None


def _port(value: str | None) -> int | None:
    if value and value.strip().isascii() and value.strip().isdigit() and 0 < int(value) < 65536:
        return int(value)
    return None


def protocol_named(value: str | None) -> Protocol | None:
    """The protocol a field's value or a word names ("IMAP", "POP3 (110)"), or None."""
    if not value:
        return None
    word = re.split(r"[\s(]", value.strip().lower(), maxsplit=1)[0]
    return _PROTOCOLS.get(word)


def _ssl(value: str | None) -> bool | None:
    if not value:
        return None
    word = value.strip().lower()
    if word in _YES or word in ("ssl", "tls", "ssl/tls", "starttls"):
        return True
    if word in _NO:
        return False
    return None
