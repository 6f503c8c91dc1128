"""The causes in a paste, most reliable evidence first (see the package docstring)."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import field

from diagnostics import ports
from diagnostics.findings import catalog
from diagnostics.findings.auth import (
    TextEntry,
    client_entries,
    one_line,
    reply_entries,
    system_entries,
)
from diagnostics.findings.codes import LAYER, Code, Layer, severity_of
from diagnostics.findings.needle import ascii_fold
from diagnostics.frozen import frozen
from diagnostics.model import Finding, Protocol
from diagnostics.paste.connection_target import (
    on_plain_port_wait,
    on_tls_port_wait,
    on_unroutable_ipv6,
    on_unusual_port,
)
from diagnostics.paste.corpus import AppString, search_strings
from diagnostics.paste.dialog import FILE_EXTENSION, MAX_SCAN, Dialog, parse
from diagnostics.paste.grams import GramIndex, hits
from diagnostics.paste.host_setting import on_missing_host
from diagnostics.paste.interception import on_own_device
from diagnostics.paste.leads import (
    CONNECTION_FAILURES,
    FAILED_WORDS,
    MAX_CAUSES,
    failed_connection,
    lead_with,
)
from diagnostics.paste.lexicon import LEXICON_REFERENCE, LexiconMatch, mentions, search_lexicon
from diagnostics.paste.provider_policy import on_provider_dns, on_provider_rule
from diagnostics.paste.text import fix_error_numbers, fold, redecode_bytes
from diagnostics.paste.transaction import on_sender_first

__all__ = ["MAX_CAUSES", "Recognised", "recognise"]

_FIRST_CLIENT_TIER = 5  # recognise()'s tiers: server replies (5 tiers), then client/app texts
# The operating system's generic texts ("Connection timed out") say nothing about mail when the
# paste is about another service: "ssh: connect to host x port 22: Connection timed out".
GENERIC_ENTRIES = frozenset(
    {
        "connection-closed",
        "connection-refused",
        "connection-timed-out",
        "no-route",
        "host-not-found",
        "could-not-connect",
        "telnet-unable-to-connect",
    }
)


@functools.cache
def _generic_ids() -> frozenset[str]:
    """The operating system's texts, in any language: about any service."""
    return GENERIC_ENTRIES | {entry.id for entry in system_entries()}


# Bounded by ASCII letters and digits only, and no hyphen before: a name stands beside Japanese or
# Chinese too ("LDAPアカウント") and starts a compound ("LDAP-Konto"); "border-radius" is no RADIUS
# server. A VPN is the service only where its
# own connection fails ("VPN connection failed"); "timed out (on the office VPN)" is mail's. The
# mail server's own filters (amavis, ClamAV, SpamAssassin, rspamd, milters) are its admin's.
_OTHER_SERVICE = re.compile(
    r"(?<![a-z0-9-])(?:ssh|sftp|ftp|https?|mysql|postgres(?:ql)?|redis|rdp|vnc|git|docker|npm|"
    r"pip|curl|wget|ping|nslookup|tor|socks[45]?|ldaps?|radius|amavisd?|clamd|clamav|spamd|"
    r"rspamd|opendkim|milter|"
    r"vpn[ -](?:connection|server|client|tunnel|gateway|verbindung))(?![a-z0-9])|"
    r"\bport (?:21|22|80|443|3306|3389|5432|6379|8080|8443|9050|9150)\b",
    re.IGNORECASE,
)
_CERT_CODES = frozenset(
    {
        Code.CERT_EXPIRED,
        Code.CERT_NOT_YET_VALID,
        Code.CERT_EXPIRING_SOON,
        Code.CERT_HOSTNAME_MISMATCH,
        Code.CERT_SELF_SIGNED,
        Code.CERT_UNTRUSTED,
    }
)
# A bounce (a delivery status notification, RFC 3464, or a server's non-delivery report) quotes
# what went wrong between mail servers: its "connection timed out", "host not found" or TLS
# failure is the receiving side's, not the sender's settings. Its server replies still speak
# (the first tiers); app texts and the lexicon say nothing of connections in it.
_BOUNCE = re.compile(
    r"technical details of (?:permanent|temporary) failure|this is the mail system at host|"
    r"mail delivery failed: returning message|created automatically by mail delivery software|"
    r"undelivered mail returned to sender|delivery status notification|"
    r"this is the qmail-send program at|"
    r"could not be delivered to one or more of its\s+recipients|"
    r"delivery to the following recipients? (?:failed permanently|has been delayed)|"
    r"your message (?:wasn't|was not|couldn't be|could not be) delivered to|"
    r"ihre nachricht (?:an \S+ )?konnte nicht zugestellt werden|unzustellbar:|"
    r"votre message n'a pas pu être (?:remis|distribué)|non remis :|"
    r"su mensaje no se (?:ha )?pod(?:ido|ía) entregar|no se (?:ha )?podido entregar el mensaje|"
    r"impossibile recapitare il messaggio|"
    r"uw bericht kon niet worden (?:bezorgd|afgeleverd)|onbestelbaar:|"
    r"sua mensagem não (?:pôde|pode) ser entregue|"
    r"wiadomość nie (?:mogła zostać|została) dostarczona|"
    r"配信できませんでした|配信不能|"
    # Exim's and Postfix's own lines in a bounce: what the remote server said, after our
    # server had taken the message.
    r"smtp error from remote (?:mail )?server after|\bhost \S+ \[[\d.:a-f]+\] said:|"
    # Exchange's non-delivery report, in the languages Outlook ships.
    r"remote server returned '|diagnostic information for administrators|"
    r"diagnoseinformationen für administratoren|"
    r"informations de diagnostic pour les administrateurs|"
    r"información de diagnóstico para administradores|"
    r"informazioni di diagnostica per gli amministratori|diagnostische gegevens voor beheerders|"
    r"informações de diagnóstico para administradores|informacje diagnostyczne dla administratorów|"
    r"管理者向けの診断情報|"
    # RFC 3464 §2.2 and §2.3: the per-message and per-recipient fields of a delivery report.
    r"^\s*(?:reporting-mta|final-recipient|original-recipient|diagnostic-code)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
# Gmail's bounce for a message it could not hand to the person's own SMTP server, set up under
# "Send mail as" (Gmail's settings, "Send mail as" / "Senden als" / "Envoyer des e-mails en tant
# que" ...): no receiving server's refusal, but the person's own outgoing settings failing, so
# the reply it quotes ("The response was: TLS Negotiation failed, the certificate doesn't match
# the host.") names the setting to fix, as it does in an app's dialog.
_SEND_AS = re.compile(
    r"send mail as|e-mails? senden als|envoyer des e-mails en tant que|"
    r"función (?:de )?[«\"']?enviar como|funzione [«\"']?invia (?:messaggio|email) come|"
    r"[\"']?(?:e-)?mail verzenden als|[\"']?enviar e-mail como|funkcj[ia] [„\"']?wyślij jako|"
    r"別のアドレスまたは別のエイリアスから",
    re.IGNORECASE,
)
_SENDER_SIDE_LAYERS = frozenset({Layer.DNS, Layer.CONNECTION, Layer.ENCRYPTION})
_OFFLINE_LAYERS = frozenset({Layer.DNS, Layer.CONNECTION})  # what an offline device cannot reach
_LOCAL_LAYERS = frozenset({Layer.CONNECTION, Layer.ENCRYPTION})  # what a local stack fails at


def _is_bounce(rest: str) -> bool:
    """Whether `rest` is a bounce, which came after the own server took the message (`_BOUNCE`),
    and not Gmail's bounce of its own "Send mail as" server (`_SEND_AS`)."""
    return _BOUNCE.search(rest) is not None and _SEND_AS.search(rest) is None


def _between_servers(code: Code) -> bool:
    """A connection, DNS or encryption cause: in a bounce, the servers' business."""
    return LAYER.get(code) in _SENDER_SIDE_LAYERS


@functools.cache
def _relay_ids() -> frozenset[str]:
    return frozenset(entry.id for entry in reply_entries() if entry.relay)


def _relay_refusal(finding: Finding) -> bool:
    """A relay refused, under either of its names: RELAY_REFUSED, or a server's "relaying
    denied" read as AUTH_NOT_OFFERED (log in to send: the tables' entries marked `relay`). In a
    bounce, which comes after the own server took the message, it is the recipient's server
    refusing mail for its own domain: no login of the sender's is missing."""
    return finding.code is Code.RELAY_REFUSED or finding.facts.get("match") in _relay_ids()


# A reply wrapped over lines as pasted: a continuation line indented (as bounces and RFC 5322
# §2.2.3 fold them: "550 spam\n    detected"), or a sentence broken between two lower-case
# words ("Too many\nconnections"). The server and client texts are searched unwrapped.
_CONTINUATION = re.compile(r"\n[ \t]+(?=\S)|(?<=[a-z,])\n(?=[a-z])")


def _unwrapped(text: str) -> str:
    return _CONTINUATION.sub(" ", text)


# A POP3 greeting or status: RFC 1939 §3. An IMAP server greets with "* OK" (RFC 9051 §7.1).
_POP3_OK = re.compile(r"^\s*\+OK\b", re.IGNORECASE)


@frozen
class Recognised:
    """The causes found (most likely first) and the settings the paste names."""

    findings: tuple[Finding, ...]
    dialog: Dialog = field(default_factory=Dialog)


def _excerpt(text: str, start: int, end: int) -> str:
    """The line around a match: what the person will recognise as "their" error."""
    head = text.rfind("\n", 0, start) + 1
    tail = text.find("\n", end)
    return one_line(text[head : tail if tail >= 0 else len(text)])[: catalog.MAX_FACT_CHARS]


def _entry_finding(entry: TextEntry, text: str, match: re.Match[str], *, server: bool) -> Finding:
    facts: dict[str, object] = dict(entry.facts)
    excerpt = _excerpt(text, match.start(), match.end())
    if server:
        facts["reply"] = excerpt  # shown as 'The server said: "..."'
    facts["matched"] = excerpt
    facts["match"] = entry.id
    facts["reference"] = entry.source
    return Finding(code=entry.code, severity=severity_of(entry.code), facts=facts)


def server_replies() -> tuple[TextEntry, ...]:
    """Both tables of server replies, every server's own text before any generic code's meaning
    (findings/auth.py `reply_entries`)."""
    return reply_entries()


@functools.cache
def _specific_count() -> int:
    return sum(1 for e in server_replies() if not e.generic)


@functools.cache
def _needle_table() -> tuple[dict[int, frozenset[str] | None], GramIndex[str]]:
    """For each entry of the server and client tables (by identity: the tables are built once),
    the needles one of which a text must hold for any of its patterns to match, or None when a
    pattern has none (always tried: findings/needle.py); and every needle, indexed."""
    needles: dict[int, frozenset[str] | None] = {
        id(entry): frozenset(entry.needles) if all(entry.needles) else None
        for entry in (*reply_entries(), *client_entries())
    }
    every = {needle for held in needles.values() for needle in held or ()}
    return needles, GramIndex.of((needle, needle) for needle in every)


@functools.lru_cache(maxsize=16)  # a text and its unwrapped form, while it is read
def _needles_in(text: str) -> frozenset[str]:
    """The tables' needles that `text` (needle.ascii_fold) holds (paste/grams.py): an entry none
    of whose needles is there cannot match, and trying each of some three hundred entries in
    turn was a fifth of `explain`'s time (`python -m benchmarks.explain`)."""
    return frozenset(needle for needle, _ in hits(_needle_table()[1], text))


def _may_match(entry: TextEntry, present: frozenset[str]) -> bool:
    needles = _needle_table()[0].get(id(entry))
    return needles is None or not needles.isdisjoint(present)


def _search_entries(
    entries: Iterable[TextEntry],
    text: str,
    *,
    server: bool,
    dialog: Dialog,
    explained: set[int] | None = None,
) -> Iterator[Finding]:
    """Entries in order; one cause per line (a specific text beats its generic code).

    `explained` (the lines already explained) is shared by callers whose entries speak of the
    same lines."""
    explained = set() if explained is None else explained
    protocol = None if dialog.protocol is None else dialog.protocol.value
    present = _needles_in(ascii_fold(text))
    for entry in entries:
        if not _may_match(entry, present) or not entry.applies(protocol, dialog.host):
            continue
        match = entry.search(text)
        if match is None:
            continue
        line = text.count("\n", 0, match.start())
        if line in explained:
            continue  # "534-5.7.9 Application-specific ...": Google's meaning, not RFC 4954's
        explained.add(line)
        yield _entry_finding(entry, text, match, server=server)


def _quoted(dialog: Dialog) -> tuple[list[Finding], list[str]]:
    """The quoted replies' WRONG_PROTOCOL findings (a POP3 "+OK" to another protocol's client),
    and the other replies, to be judged by the tables."""
    findings: list[Finding] = []
    replies: list[str] = []
    for reply in dialog.replies:
        if not _POP3_OK.match(reply):
            replies.append(reply)
        elif dialog.protocol is not None and dialog.protocol is not Protocol.POP3:
            findings.append(
                Finding(
                    code=Code.WRONG_PROTOCOL,
                    severity=severity_of(Code.WRONG_PROTOCOL),
                    facts={
                        "found": "POP3",
                        "reply": reply[: catalog.MAX_FACT_CHARS],
                        "match": "dialog-pop3-reply",
                        "reference": "RFC 1939 §4: a POP3 server answers +OK",
                    },
                )
            )
        # else: a POP3 server answering a POP3 client (or no protocol named): nothing wrong
    return findings, replies


def _reply_findings(
    dialog: Dialog,
    replies: Sequence[str],
    entries: Sequence[TextEntry],
    lines: list[set[int]],
) -> Iterator[Finding]:
    """What the server replies quoted by the dialog mean, judged with the dialog's protocol
    (`lines[i]`: the lines of reply i already explained)."""
    for reply, explained in zip(replies, lines, strict=True):
        yield from _search_entries(entries, reply, server=True, dialog=dialog, explained=explained)


def _string_finding(string: AppString, excerpt: str) -> Finding:
    assert string.code is not None
    facts: dict[str, object] = {
        "matched": excerpt[: catalog.MAX_FACT_CHARS],
        "match": string.id,
        "reference": string.source,
        "app": string.app,
        "language": string.language,
    }
    return Finding(code=string.code, severity=severity_of(string.code), facts=facts)


def _app_findings(folded: str, strings: Sequence[AppString] | None) -> Iterator[Finding]:
    for found in search_strings(folded, strings):
        if found.string.code is not None:
            yield _string_finding(found.string, folded[found.start : found.end])


def _from_lexicon(finding: Finding | None) -> bool:
    return finding is not None and str(finding.facts.get("match", "")).startswith("lexicon:")


def _refinable(finding: Finding | None) -> bool:
    """Whether a later sentence's words may say why `finding`'s failed: it came from words, the
    lexicon's or an app string's ("Login failed." then "Rate limit exceeded."), not from what a
    server or a library said, which names its cause itself."""
    return _from_lexicon(finding) or (finding is not None and "app" in finding.facts)


@frozen(kw_only=False)
class _Explained:
    """A text a better tier matched (folded), its cause, and whether it was an app's words (a
    fragment of its string, or a client text) and whether those are weak (`_weak`)."""

    text: str
    code: Code
    fragment: bool
    weak: bool


def _lexicon_findings(
    folded: str, explained: Sequence[_Explained]
) -> Iterator[tuple[Finding, Code | None, LexiconMatch]]:
    """The last resort speaks only of sentences no better evidence explained: the words of a
    bounce that was recognised ("quota exceeded (mailbox for user is full)") must not add a
    second cause ("your own mailbox is full") beside it. Unless its rule refines that cause and
    that cause came from a fragment of an app's string inside the sentence (never from what a
    server said, which names its cause itself), or the sentence names a cause of the connection
    that an app's wrapping words only said failed: then it is yielded with the code it
    replaces."""
    for found in search_lexicon(folded):
        sentence = found.sentence
        overlapping = [e for e in explained if sentence in e.text or e.text in sentence]
        replaces = None
        if overlapping:
            if not all(e.fragment for e in overlapping):
                continue  # a server's own words explained this sentence
            replaces = next((e.code for e in overlapping if e.code in found.refines), None)
            if replaces is None and not (
                _names_connection(found) and any(e.weak for e in overlapping)
            ):
                continue  # else "Couldn't connect to server x. The server did not respond in
                # time.": the weak words' cause gives way (`_wrapped`)
        facts: dict[str, object] = {
            **dict(found.facts),
            "matched": found.sentence[: catalog.MAX_FACT_CHARS],
            "match": "lexicon:" + "+".join(found.concepts),
            "reference": LEXICON_REFERENCE,
        }
        finding = Finding(code=found.code, severity=severity_of(found.code), facts=facts)
        yield finding, replaces, found


@functools.cache
def _wrapper_ids() -> frozenset[str]:
    return frozenset(entry.id for entry in client_entries() if entry.wraps)


def _wraps(finding: Finding | None) -> bool:
    """Whether `finding` came from an app's words that only wrap a cause (`TextEntry.wraps`):
    "Couldn't connect to host": any cause the text names of the connection says more."""
    return finding is not None and finding.facts.get("match") in _wrapper_ids()


@functools.lru_cache(maxsize=256)
def _says_only_failed(fragment: str) -> bool:
    """Whether an app string's matched words, read alone, only say the connection failed:
    Thunderbird's "Failed to connect to server" means an unknown host there, but the same words
    wrap every cause in other apps ("Erreur SMTP : impossible de se connecter au serveur SMTP.
    STARTTLS command failed")."""
    named = list(search_lexicon(fragment))
    return bool(named) and all(found.generic for found in named)


def _weak(finding: Finding) -> bool:
    """A cause that any cause of the connection the text names itself replaces: an app's
    wrapping words (`_wraps`), or an app string's fragment that only says the connection
    failed (`_says_only_failed`)."""
    if _wraps(finding):
        return True
    matched = finding.facts.get("matched")
    return "app" in finding.facts and isinstance(matched, str) and _says_only_failed(fold(matched))


def _names_connection(named: LexiconMatch) -> bool:
    """Whether a sentence names a cause of the connection, more than that it failed."""
    return not named.generic and _between_servers(named.code)


def _wrapped(found: dict[Code, Finding], named: LexiconMatch) -> Code | None:
    """The weak cause (`_weak`) that a sentence naming a cause of the connection replaces
    ("Couldn't connect to host 'pop.example.com'. The mail server didn't respond in time.")."""
    if not _names_connection(named):
        return None
    return next((c for c, f in found.items() if _between_servers(c) and _weak(f)), None)


def _in_reply(sentence: str, replied: Sequence[str]) -> bool:
    """Whether a sentence (folded) is one of the server replies the dialog quotes, or holds one
    ("Server returned error: 'TLS Negotiation failed, the certificate doesn't match the host.'")."""
    return any(reply in sentence or sentence in reply for reply in replied if reply)


def _before_words(
    found: dict[Code, Finding], worded: set[Code], finding: Finding
) -> dict[Code, Finding]:
    """`found` with `finding`, a cause read in a server reply the dialog quotes, placed before
    the first cause only the app's own words named that it explains: a failed login that an
    earlier step's failure caused (the causal chain, codes.Layer). The reply inside a dialog says
    why, the dialog around it only that the login failed: Gmail's "Authentication failed. Please
    check your username/password. Server returned error: ..." wraps every reply so."""
    layer = LAYER.get(finding.code, Layer.PROVIDER)

    def explains(code: Code) -> bool:
        later = LAYER.get(code, Layer.PROVIDER)
        return code in worded and layer < later <= Layer.AUTHENTICATION

    order = list(found.items())
    at = next((i for i, (code, _) in enumerate(order) if explains(code)), len(order))
    order.insert(at, (finding.code, finding))
    return dict(order)


def _later(make: Callable[[], Iterable[Finding]]) -> Iterator[Finding]:
    """A tier whose input is known only once the tiers before it ran."""
    yield from make()


@frozen
class _Topics:
    """What a whole text is about that makes an app's words (the client tiers and the lexicon)
    name no cause of the server's; a server's own replies still speak (one decision, here)."""

    # A text about signing (S/MIME, PGP, "your signature") or the app's own certificate files
    # (a CA bundle it ships) speaks of those certificates, not the server's.
    signing: bool
    # A second factor (a code, a security key) or a web app's session is a web login, never an
    # IMAP or SMTP one: an app's "authentication failed" beside it is not the mail password.
    web_login: bool
    # Told to check their own internet connection, the device is offline: an app's "could not
    # connect" beside it names no server's port or name.
    offline: bool
    # The computer's own network stack or SSL library ("check your TCP/IP stack", "AmiSSL could
    # not be initialised"): no server's port or encryption (a name not found still is).
    local: bool
    # Decrypting a message or opening a key file: its "wrong password" is a passphrase.
    key_file: bool
    # The app was built without a feature ("Not compiled with SSL/TLS support", "SASL support
    # has not been compiled in"): its words around that name nothing of the server's.
    build: bool
    # A bounce (RFC 3464 or a server's report) came after the own server took the message: its
    # connection, DNS and TLS failures are between the servers, and a relay it refuses is the
    # recipient's server taking no mail for that address (`recast`).
    bounce: bool
    # Gmail's bounce of its "Send mail as" server (`_SEND_AS`): its own words around the reply
    # ("you're sending this from a different address or alias") name no recipient's fault.
    send_as: bool

    @classmethod
    def of(cls, folded: str, rest: str) -> _Topics:
        send_as = _SEND_AS.search(rest) is not None
        return cls(
            signing=mentions(folded, "signing") or mentions(folded, "own_cert_file"),
            web_login=mentions(folded, "one_time_code") or mentions(folded, "web_session"),
            offline=mentions(folded, "device_offline"),
            # Android's "Failure in SSL library, usually a protocol error" names the handshake
            # that failed (BoringSSL's reason follows), not a broken library of the device's.
            local=mentions(folded, "local_stack") and not mentions(folded, "ssl_protocol_failure"),
            key_file=mentions(folded, "key_file"),
            build=mentions(folded, "app_build"),
            bounce=_BOUNCE.search(rest) is not None and not send_as,  # `_is_bounce`
            send_as=send_as,
        )

    def silences(self, finding: Finding, *, client: bool) -> bool:
        """Whether `finding` (from an app's words when `client`) says nothing in this text."""
        code, layer = finding.code, LAYER.get(finding.code)
        if not client:
            return False
        return (
            self.build
            or (self.signing and code in _CERT_CODES)
            or (self.web_login and code in (Code.AUTH_FAILED, Code.ACCOUNT_LOCKED))
            or (self.offline and layer in _OFFLINE_LAYERS)
            or (self.local and layer in _LOCAL_LAYERS)
            or (self.key_file and layer is Layer.AUTHENTICATION)
            or (self.bounce and _between_servers(code))
            or (self.send_as and layer is Layer.DELIVERY)
        )

    def recast(self, finding: Finding) -> Finding:
        """`finding` as this text means it: a relay refused in a bounce came from the recipient's
        server, which takes no mail for that address (often an old or mistyped domain): the
        address is wrong, no login of the sender's is missing (RFC 5321 §3.6.2)."""
        if not (self.bounce and _relay_refusal(finding)):
            return finding
        code = Code.RECIPIENT_UNKNOWN
        return Finding(code=code, severity=severity_of(code), facts=finding.facts)


def _about_other_service(text: str, folded: str) -> bool:
    """Another service's text (ssh, http, a database, a licence or game server: the lexicon's
    "other_server" in nine languages) that speaks of no mail at all (the lexicon's mail words:
    "SMTP接続" as much as "e-mail")."""
    named = bool(_OTHER_SERVICE.search(text)) or mentions(folded, "other_server")
    return named and not mentions(folded, "mail_context")


def recognise(text: str, *, strings: Sequence[AppString] | None = None) -> Recognised:
    """The causes in `text`, one per code, the most reliable evidence first.

    `strings` replaces the corpus of app strings (a held-out evaluation leaves some out).
    """
    found = _recognised(text, strings)
    dialog = found.dialog
    findings = _connection_before_delivery(_unwrapped_causes(found.findings))
    # Each rule below recasts a lead whose cause the rest of the text explains better; at most
    # one applies, as each needs a lead of its own kind (a refused connection, a certificate, a
    # login, a name not found).
    rules = (
        on_missing_host,
        _on_own_computer,
        _on_relay_port,
        _on_security_for_port,
        on_plain_port_wait,
        on_tls_port_wait,
        on_unusual_port,
        on_unroutable_ipv6,
        on_own_device,
        on_provider_rule,
        on_provider_dns,
        on_sender_first,
    )
    for rule in rules:
        recast = rule(findings, dialog)
        if recast is not None:
            return Recognised(findings=recast, dialog=dialog)
    return Recognised(findings=findings, dialog=dialog)


# An app that connects to its own computer (127.0.0.0/8 is "this host", RFC 6890 §2.2.2; ::1,
# RFC 4291 §2.5.3; "localhost", RFC 6761 §6.3) on a mail port finds no mail server there: its
# server setting is empty or was not loaded (Node's, PHP's and Go's libraries fall back to it).
# Local bridges listen on other ports (Proton Mail Bridge's 1025 and 1143) and are not meant.
# The forms libraries print: "127.0.0.1:25", "[::1]:587", PHP's '"localhost" port 25', Java's
# "localhost/127.0.0.1:587" and "localhost/0:0:0:0:0:0:0:1:587", Jakarta's "localhost, 25;".
_LOOPBACK = r"127(?:\.\d{1,3}){3}|localhost|::1|\[::1\]"
_OWN_COMPUTER = re.compile(
    rf"(?<![\w.:])[\"']?(?P<host>{_LOOPBACK})[\"']?\]?"
    r"(?:/(?:127(?:\.\d{1,3}){3}|(?:0:){7}1))?"
    r"(?::|,\s?(?=\d{1,5}\s*(?:[;)\]]|$))|\s+port:?\s*)(?P<port>\d{1,5})(?!\d)",
    re.IGNORECASE | re.MULTILINE,
)
_BARE_LOOPBACK = re.compile(rf"(?<![\w.:])(?P<host>{_LOOPBACK})(?![\w.])", re.IGNORECASE)
# Another server on a mail port named beside it: the loopback address is something else's (a
# local relay, a tunnel), not the connection that failed. A source file's line is none.
_OTHER_SERVER = re.compile(
    r"(?<![\w.:/-])(?P<host>(?:[a-z0-9-]+\.)+"
    rf"(?!{FILE_EXTENSION}\b)[a-z0-9-]+|\[[0-9a-f:]+\])[:,]\s?(?P<port>\d{{2,5}})(?!\d)",
    re.IGNORECASE,
)
# A server field's label just before the address ("Server: 127.0.0.1", "SMTP host: localhost").
_SERVER_LABEL = re.compile(r"(?<![a-z])(?:server|host|smtp|imap|pop3?)\W{0,3}$", re.IGNORECASE)
# Where a line or sentence ends: what a failure word says stays in it.
_SEGMENT_ENDS = ("\n", ". ", "; ")
_LOOPBACK_TRIES = 20  # a paste that names its own computer more often says nothing more by it
# A webmail's own log: it runs on the mail server itself and reaches it on localhost by design
# (Roundcube's default host), so a refusal there means the IMAP server is not running.
_ON_THE_MAIL_SERVER = re.compile(
    r"\b(?:roundcube|squirrelmail|rainloop|snappymail|afterlogic)\b|\bIMAP Error:",
    re.IGNORECASE,
)


def _loopback_port(dialog: Dialog) -> tuple[str, int, str] | None:
    """The loopback host, mail port and the words that name them, of the connection the text
    shows failing: on the line that says it failed, or anywhere when the text names no other
    server on a mail port; None when there is none."""
    rest = dialog.rest[:MAX_SCAN]
    others = (dialog.host is not None and not _BARE_LOOPBACK.fullmatch(dialog.host)) or any(
        _other_server(m) for m in _OTHER_SERVER.finditer(rest)
    )
    for m in itertools.islice(_OWN_COMPUTER.finditer(rest), _LOOPBACK_TRIES):
        if int(m.group("port")) in ports.PORT_PROTOCOL and (not others or _on_failed_line(rest, m)):
            return m.group("host").strip("[]"), int(m.group("port")), m.group(0)
    # The dialog took the port out as a field ("SMTP host: localhost, port: 25").
    port = dialog.port
    if port is None or port not in ports.PORT_PROTOCOL:
        return None
    if dialog.host is not None:
        loopback = _BARE_LOOPBACK.fullmatch(dialog.host) is not None
        return (dialog.host.strip("[]"), port, dialog.host) if loopback else None
    bare = next(
        (
            m
            for m in itertools.islice(_BARE_LOOPBACK.finditer(rest), _LOOPBACK_TRIES)
            if _on_failed_line(rest, m)
            or _SERVER_LABEL.search(rest[max(0, m.start() - 12) : m.start()])
        ),
        None,
    )
    return None if bare is None else (bare.group("host").strip("[]"), port, bare.group(0))


def _other_server(match: re.Match[str]) -> bool:
    return int(match.group("port")) in ports.PORT_PROTOCOL and not _BARE_LOOPBACK.fullmatch(
        match.group("host")
    )


def _on_failed_line(text: str, match: re.Match[str]) -> bool:
    """Whether `match` is the first server named in a line or sentence that says the
    connection failed (found with rfind and find: linear, whatever the paste's length)."""
    start = max(text.rfind(end, 0, match.start()) for end in _SEGMENT_ENDS) + 1
    ends = [i for i in (text.find(end, match.end()) for end in _SEGMENT_ENDS) if i >= 0]
    line = text[start : min(ends) if ends else len(text)]
    before = text[start : match.start()]
    return bool(FAILED_WORDS.search(line)) and not any(
        _other_server(m) for m in _OTHER_SERVER.finditer(before)
    )


def _on_own_computer(findings: tuple[Finding, ...], dialog: Dialog) -> tuple[Finding, ...] | None:
    """WRONG_HOST first, the text's own cause second, when the connection that failed went to
    the app's own computer on a mail port; None when the text shows no such connection."""
    if not failed_connection(findings, CONNECTION_FAILURES) or _ON_THE_MAIL_SERVER.search(
        dialog.rest[:MAX_SCAN]
    ):
        return None
    named = _loopback_port(dialog)
    if named is None:
        return None
    host, port, words = named
    code = Code.WRONG_HOST
    facts: dict[str, object] = {
        "loopback": host,
        "port": port,
        "matched": words[: catalog.MAX_FACT_CHARS],
        "match": "own-computer",
        "reference": "RFC 6890 §2.2.2, RFC 4291 §2.5.3, RFC 6761 §6.3: the app's own computer",
    }
    return lead_with(code, facts, findings)


# Why a TLS handshake fails, when the text says it: the handshake's failure is only how that
# reason looked to the app ("An error occurred while establishing an SSL or TLS connection. The
# server's SSL certificate could not be verified ...").
_HANDSHAKE_REASONS = (_CERT_CODES - {Code.CERT_EXPIRING_SOON}) | {Code.TLS_OUTDATED}


def _unwrapped_causes(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """Without a wrapper's cause (`_wraps`) when the text names a cause of the connection
    itself, on another line ("Couldn't connect to host …;\nnested exception is:\n
    java.net.UnknownHostException"), whichever tier found it; without a failed handshake in
    generic words when other words name its reason (`_HANDSHAKE_REASONS`). A wrapper of a
    sending stage ("Mail command failed: …", "The following recipients failed: …") says only at
    which command the server refused: a cause the reply on its line names is the reason, except
    that a mailbox refused at MAIL FROM is the sender's (RFC 5321 §3.3: "550 5.7.1 Mailbox
    unavailable" answers the sender there, not a recipient)."""
    # A failed handshake in generic words names no more than a wrapper does.
    named = any(
        _between_servers(f.code) and not _wraps(f) and not _handshake_words(f) for f in findings
    )
    reasons = [_said(f) for f in findings if f.code in _HANDSHAKE_REASONS and _a_reason(f)]
    gone: set[int] = set()
    stages = [f for f in findings if _wraps(f) and not _between_servers(f.code)]
    for stage in stages:
        others = [s for s in stages if s is not stage]
        causes = [g for g in findings if not _wraps(g)]
        same = [g for g in causes if _same_line(stage, g)]
        # A cause on a line no other stage wraps: a stack frame names the stage below the
        # message that quotes the reply; a recipient refused there is a second refusal.
        apart = [
            g
            for g in causes
            if g not in same
            and not any(_same_line(s, g) for s in others)
            and g.code is not Code.RECIPIENT_UNKNOWN
        ]
        if (
            stage.code is Code.SENDER_REFUSED
            and same
            and all(g.code is Code.RECIPIENT_UNKNOWN for g in same)
        ):
            gone.update(id(g) for g in same)
        elif same or apart:
            gone.add(id(stage))
    return tuple(
        f
        for f in findings
        if id(f) not in gone
        and not (named and _wraps(f))
        and not (_handshake_words(f) and any(_apart(_said(f), r) for r in reasons))
    )


def _connection_before_delivery(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """A connection, DNS, encryption or login failure named on the same line as a refused
    recipient, a full mailbox or a spam refusal leads it: no message reached a server that never
    answered, so the refusal is an app's wording around the failure ("Invalid recipient address
    "bob@example.net": Connection could not be established with host ..."; RFC 5321 §3.3). The
    failure's own reason may follow on the next lines (OpenSSL's error queue): the best cause
    named anywhere leads then, the failure's words on the line only say that it failed."""
    if not findings or LAYER.get(findings[0].code) is not Layer.DELIVERY:
        return findings
    lead = findings[0]

    def before(f: Finding) -> bool:
        # An app string's or the lexicon's words ("SPF authentication failed") say no login.
        layer = LAYER.get(f.code, Layer.PROVIDER)
        words = "app" in f.facts or _from_lexicon(f)
        return _between_servers(f.code) or (layer is Layer.AUTHENTICATION and not words)

    failed = next((f for f in findings[1:] if before(f) and _same_line(lead, f)), None)
    if failed is None:
        return findings
    named = [f for f in findings[1:] if before(f) and not _wraps(f) and not _handshake_words(f)]
    cause = next((f for f in named if _same_line(lead, f)), None) or next(iter(named), failed)
    return (cause, *(f for f in findings if f is not cause))


def _same_line(a: Finding, b: Finding) -> bool:
    """Whether two findings were read from the same words (a line, a sentence within it)."""
    x, y = _said(a), _said(b)
    return bool(x and y) and (x in y or y in x)


def _handshake_words(finding: Finding) -> bool:
    """A failed handshake in generic words (the lexicon's, a wrapper's), not an app's own
    message that names it as the cause (Thunderbird's "Non-overridable TLS error")."""
    return finding.code is Code.TLS_HANDSHAKE_FAILED and (_from_lexicon(finding) or _wraps(finding))


def _a_reason(finding: Finding) -> bool:
    """Whether a certificate's or TLS version's cause is said as the reason: a sentence that
    names the handshake too ("Handshake error or probably the TLS version or certificate ... is
    incompatible") offers it as one possibility beside the other."""
    return not (_from_lexicon(finding) and mentions(_said(finding), "negotiate"))


def _said(finding: Finding) -> str:
    return fold(str(finding.facts.get("matched", "")))


def _apart(one: str, other: str) -> bool:
    """Whether two findings came from different words: a sentence that itself names both ("the
    TLS version or certificate ... is incompatible") says neither is the other's reason."""
    return bool(one and other) and one not in other and other not in one


# What failing to reach a server, or to log in, on port 25 means for a mail app: networks block
# the port, and servers offer no login there (RFC 6409 §3.1, RFC 8314 §3.3: apps submit on 465
# or 587); the cause the text names stays second. Not when a server's reply says why itself.
_RELAY_PORT_FAILURES = CONNECTION_FAILURES | {Code.AUTH_NOT_OFFERED}


# Port 25 is right where the text is about receiving (an incoming POP3 or IMAP server) or about
# a domain's MX, which takes mail on 25 (RFC 5321 §5): no mail app's sending settings.
_NOT_SUBMISSION = re.compile(
    r"(?<![a-z])(?:pop3?|imap4?|mx|incoming|receiving|eingang|posteingang|entrant|entrante|"
    r"in arrivo|inkomend|recebimento|przychodząc)(?![a-z])",
    re.IGNORECASE,
)


def _on_relay_port(findings: tuple[Finding, ...], dialog: Dialog) -> tuple[Finding, ...] | None:
    """SMTP_PORT_25_FOR_SUBMISSION first when a mail app failed on port 25; None otherwise."""
    if (
        not failed_connection(findings, _RELAY_PORT_FAILURES)
        or dialog.port != ports.RELAY_PORT
        or dialog.protocol not in (None, Protocol.SMTP)
        or _is_bounce(dialog.rest)
        or _NOT_SUBMISSION.search(dialog.rest)
        or (dialog.host is not None and _NOT_SUBMISSION.search(dialog.host.split(".", 1)[0]))
    ):
        return None
    return _port_lead(
        Code.SMTP_PORT_25_FOR_SUBMISSION,
        dialog,
        ports.RELAY_PORT,
        findings,
        match="dialog-relay-port",
        reference="RFC 6409 §3.1, RFC 8314 §3.3: mail apps send on 465 or 587",
    )


def _port_lead(
    code: Code,
    dialog: Dialog,
    port: int,
    findings: tuple[Finding, ...],
    *,
    match: str,
    reference: str,
    **extra: object,
) -> tuple[Finding, ...]:
    """`code` first, about the dialog's server and `port`, the text's own causes after it."""
    facts: dict[str, object] = {
        "port": port,
        **extra,
        "matched": f"{dialog.host or ''}:{port}".lstrip(":"),
        "match": match,
        "reference": reference,
    }
    if dialog.host is not None:
        facts["host"] = dialog.host
    return lead_with(code, facts, findings)


# The security a port speaks from its first byte (RFC 8314 §3.3: 465, 993 and 995 TLS; RFC 3207,
# RFC 2595, RFC 9051: 25, 587, 110 and 143 plain text, then STARTTLS), and what an app says when
# its setting is the other one: a plain connection to a TLS port waits for a greeting until one
# side gives up (closed, no greeting, STARTTLS failed); TLS to a plain-text port reads the
# server's greeting as no TLS record, and the handshake fails.
_IMPLICIT_TLS_WAITS = frozenset(
    {Code.CONNECTION_CLOSED, Code.NO_GREETING, Code.STARTTLS_FAILED, Code.TLS_HANDSHAKE_FAILED}
)
# (the lead, what the app says then, the match's name, the reference) of each mismatch.
_PLAIN_TO_TLS_PORT = (
    Code.PLAIN_ON_TLS_PORT,
    _IMPLICIT_TLS_WAITS,
    "dialog-implicit-tls-port",
    "RFC 8314 §3.3: 465, 993 and 995 speak TLS from the first byte",
)
_TLS_TO_PLAIN_PORT = (
    Code.TLS_ON_PLAIN_PORT,
    frozenset({Code.TLS_HANDSHAKE_FAILED}),
    "dialog-plain-port",
    "RFC 8314 §3.3, RFC 3207, RFC 2595: 25, 587, 110 and 143 greet in plain text",
)


def _on_security_for_port(
    findings: tuple[Finding, ...], dialog: Dialog
) -> tuple[Finding, ...] | None:
    """PLAIN_ON_TLS_PORT first when the paste shows a plain or STARTTLS connection to an
    implicit-TLS port that then failed, TLS_ON_PLAIN_PORT when it shows SSL/TLS to a port that
    greets in plain text and the handshake failed; None otherwise."""
    plain = dialog.ssl is False or dialog.starttls
    if dialog.port in ports.IMPLICIT_TLS_PORTS and plain:
        code, waits, match, reference = _PLAIN_TO_TLS_PORT
    elif dialog.port in ports.PLAIN_FIRST_PORTS and dialog.ssl is True and not dialog.starttls:
        code, waits, match, reference = _TLS_TO_PLAIN_PORT
    else:
        return None
    if not failed_connection(findings, waits) or _is_bounce(dialog.rest):
        return None
    return _port_lead(
        code,
        dialog,
        dialog.port,
        findings,
        match=match,
        reference=reference,
        typed_port=dialog.port,
    )


def _recognised(text: str, strings: Sequence[AppString] | None) -> Recognised:
    dialog = parse(fix_error_numbers(redecode_bytes(text)))  # "0x800CCCOD" from a screenshot
    rest = dialog.rest
    folded = fold(rest)  # once: the app strings, the lexicon and the signing test read it
    clients: Iterable[TextEntry] = client_entries()
    other = _about_other_service(rest, folded)
    if other:
        clients = [e for e in clients if e.id not in _generic_ids()]
    found: dict[Code, Finding] = {}
    replies = server_replies()
    lines: set[int] = set()  # the lines a server's own text explained: no generic code speaks
    # The texts the better tiers matched, in order (which a lexicon rule may replace).
    explained: list[_Explained] = []
    wrong_protocol, quoted = _quoted(dialog)
    quoted_lines: list[set[int]] = [set() for _ in quoted]
    specific, generic = replies[: _specific_count()], replies[_specific_count() :]
    # A server's own words first, in the replies the dialog quotes, then anywhere; only then
    # the generic meanings of codes (RFC 3463, 4954, 5530, 3206), so that an unknown reply's
    # code never speaks before a known text.
    flat = _unwrapped(rest)

    def unexplained() -> str:
        return "".join(f"\n{r}" for r, seen in zip(quoted, quoted_lines, strict=True) if not seen)

    def read_on() -> str:
        """The text the app strings and the lexicon read: the rest, with those replies."""
        extra = unexplained()
        return fold(rest + extra) if extra else folded

    tiers: tuple[Iterable[Finding], ...] = (
        wrong_protocol,
        _reply_findings(dialog, quoted, specific, quoted_lines),
        _search_entries(specific, flat, server=True, dialog=dialog, explained=lines),
        _reply_findings(dialog, quoted, generic, quoted_lines),
        _search_entries(generic, flat, server=True, dialog=dialog, explained=lines),
        # A quoted "reply" no server text explained is often the app's own words in the
        # reply's place ("Server replied: Connection refused", SquirrelMail's socket errors):
        # from here on it is read with the rest. Lazy: the reply tiers above fill quoted_lines.
        _later(lambda: _search_entries(clients, flat + unexplained(), server=False, dialog=dialog)),
        # An app string's words that only say a connection failed are no mail server's
        # failure in a text about another server ("… au serveur de licences").
        _later(lambda: (f for f in _app_findings(read_on(), strings) if not (other and _weak(f)))),
    )
    about = _Topics.of(folded, rest)
    worded: set[Code] = set()  # the causes only an app's own words named (the client tiers)
    for index, tier in enumerate(tiers):
        for finding in map(about.recast, tier):
            if about.silences(finding, client=index >= _FIRST_CLIENT_TIER):
                continue
            weak = _weak(finding)
            matched = finding.facts.get("matched")
            if isinstance(matched, str) and matched:
                explained.append(
                    _Explained(fold(matched), finding.code, index >= _FIRST_CLIENT_TIER, weak)
                )
            if found and "app" in finding.facts and weak:
                # An app's "could not connect" beside the cause the text names: no cause of
                # its own, and its sentence explained (the lexicon adds no generic one there).
                continue
            if index >= _FIRST_CLIENT_TIER and finding.code not in found:
                worded.add(finding.code)
            found.setdefault(finding.code, finding)
            if len(found) >= MAX_CAUSES:
                return Recognised(findings=tuple(found.values()), dialog=dialog)
    if not other:
        replied = [fold(reply) for reply in quoted]
        for finding, replaces, named in _lexicon_findings(read_on(), explained):
            finding = about.recast(finding)
            if about.silences(finding, client=True):  # the lexicon: an app's words too
                continue
            if replaces is None:
                # "Login failed. The authentication mode CRAM-MD5 is not supported.": a later
                # sentence says why the earlier one's login failed; its cause takes the place.
                replaces = next((c for c in named.refines if _refinable(found.get(c))), None)
            if replaces is None:
                replaces = _wrapped(found, named)
            if replaces is not None and replaces in found and finding.code not in found:
                # The refined cause takes the broader one's place in the order.
                found = {finding.code if c is replaces else c: finding if c is replaces else f
                         for c, f in found.items()}  # fmt: skip
                continue
            if finding.code not in found and _in_reply(named.sentence, replied):
                found = _before_words(found, worded, finding)
                if len(found) >= MAX_CAUSES:
                    break
                continue
            found.setdefault(finding.code, finding)
            if len(found) >= MAX_CAUSES:
                break
    return Recognised(findings=tuple(found.values()), dialog=dialog)
