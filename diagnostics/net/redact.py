"""Keep a password out of everything a server sends back: the one place that knows its forms.

Theory of operation. A server that learnt the password (a login on another of its ports, a
command it echoes back: "-ERR bad command: PASS ...", Sendmail's "Command unrecognized: ...")
may repeat it anywhere: in a greeting, as an IMAP capability or an EHLO keyword, in an auth
reply padded so that a cut after N characters leaves a prefix of it. So the secrets of a run (the
password, whether or not this probe logs in) are known to every probe through its context, and
every server text passes `Redactor` once, where it enters the process: the bounded line reads of
`net/channel.py`, the aiosmtplib replies and exceptions in `probes/smtp.py`, the HTTP bodies and
redirects of `net/http.py`. Everything downstream (parsers, capabilities, transcripts, details,
auth replies, cleaning, cutting) sees masked text only. (An IMAP capability that was masked is no
atom any more, RFC 9051 §9, and the parser drops it; the transcript keeps the masked line.)

What is masked (`MASK` replaces the matched span):

1. Whole forms, case-insensitively (IMAP upper-cases capabilities; a server may fold case): the
   password as is, upper/lower/case-folded, IMAP-quoted (RFC 9051 §4.3: `\\` and `"` escaped),
   backslash-escaped (`\\t`, `\\xa0`, `\\u00a0`), `\\xNN`-escaped the way `clean()` shows
   control characters, and percent-encoded (RFC 3986, in a URL).
2. Fragments: any run of at least `MIN_RUN` (4) consecutive characters of those forms, matched
   case-insensitively — a truncated prefix, a password cut at a tab or NBSP by a parser, a
   suffix. In an escaped form a run counts only when 2 of its characters are the password's own
   (an escape sequence alone, `\\x09`, says nothing about the password).
3. Base64 (SASL PLAIN and LOGIN send the password so, RFC 4616, and an echo may start mid-group):
   every base64-looking token is decoded at each of its four alignments and masked whole when the
   decoded bytes hold any run of 4 bytes of the password (UTF-8, as is or case-folded).

False positives, and the choice made. Short runs match ordinary text: a password "Imap2024!"
shares "IMAP" with every IMAP capability list, "Password1" shares "Password" with Gmail's refusal
text. Masking those would break the diagnosis (no IMAP4rev1, no STARTTLS, no known text) while
protecting nothing: the server's own vocabulary is not an echo. So a *fragment* is left alone when
it lies inside one word that is in `VOCABULARY` (protocol keywords of RFC 9051, 2449, 5321/1869,
SASL names, and the common words of mail servers' replies). A whole form is always masked, even a
vocabulary word; fragments outside that vocabulary are masked even where they are innocent (a
password "healthy42" masks the "healthy" of a sentence): a few masked words are the price of
"never". 4 is the floor: 3-character runs would mask most text of any long password.

Names and documents are not free text. A host name (an SRV or MX target, a certificate's name, a
server a document names) is an identity the probes connect to: a label masked for sharing four
letters with the password ("Outlook2024" and `*.mail.protection.outlook.com`, "Healthy2026!" and
healthy.example) sends the diagnosis nowhere and reports a healthy domain broken. So a name is
masked label by label (`redact_name`), and a label only when it holds a whole form of a secret
or all of it but `NAME_SLACK` characters (an echo of the password, whole or cut by a few
characters, in a zone or a document the server controls). A document (autoconfig, Autodiscover,
PACC) is parsed from its raw bytes first, so masking never breaks its structure (a password
"Sport2024!" must not turn `<port>` into `<****>`) and escapes (`&#NN;`, `\\uXXXX`, CDATA) are
decoded before the values are masked; each value then passes `redact_value`: the fields that
name a server as names, everything else (display names, ids, instructions) as text.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import urlsplit, urlunsplit

MASK = "****"
MIN_RUN = 4  # characters (or bytes, for base64) of the password that count as an echo
NAME_SLACK = 2  # a name's label is masked for a secret's whole form, or all of it but this many

# Candidate base64 tokens: 6 characters encode 4 bytes at the best alignment.
_BASE64_TOKEN = re.compile(r"[A-Za-z0-9+/]{6,}={0,2}")

# Words a mail server says on its own (see the module docstring). Lower-case, letters and digits.
VOCABULARY = frozenset(
    [
     "imap", "imap4", "imap4rev1", "imap4rev2", "capability", "starttls", "logindisabled",
     "authenticate", "auth", "login", "logout", "plain", "xoauth2", "oauthbearer", "cram", "md5",
     "sha1", "sha256", "scram", "digest", "gssapi", "ntlm", "external", "anonymous", "saslir",
     "sasl", "idle", "namespace", "unselect", "children", "uidplus", "enable", "condstore",
     "qresync", "literal", "binary", "move", "special", "use", "list", "extended", "status",
     "esearch", "search", "sort", "thread", "references", "utf8", "accept", "quota", "id",
     "compress", "deflate", "notify", "metadata", "server", "preview", "appendlimit", "alert",
     "parse", "permanentflags", "readonly", "readwrite", "trycreate", "uidnext", "uidvalidity",
     "unseen", "badcharset", "authenticationfailed", "authorizationfailed", "unavailable",
     "expired", "privacyrequired", "contactadmin", "noperm", "inuse", "expungeissued", "corruption",
     "serverbug", "clientbug", "cannot", "limit", "overquota", "alreadyexists", "nonexistent",
     "closed", "notsaved", "hasnochildren", "capa", "stls", "user", "pass", "apop", "top", "uidl",
     "resp", "codes", "expire", "delay", "pipelining", "implementation", "ehlo", "helo", "mail",
     "rcpt", "data", "quit", "rset", "noop", "vrfy", "expn", "help", "etrn", "size", "dsn",
     "smtputf8", "8bitmime", "binarymime", "chunking", "enhancedstatuscodes", "deliverby", "mtrk",
     "requiretls", "ready", "service", "esmtp", "smtp", "pop3", "postfix", "dovecot", "exim",
     "sendmail", "microsoft", "exchange", "gmail", "google", "ok", "no", "bad", "bye", "err",
     "error", "failed", "failure", "invalid", "incorrect", "wrong", "denied", "refused", "rejected",
     "password", "passwords", "username", "user", "credentials", "account", "mailbox",
     "authentication", "authorization", "accepted", "allowed", "disabled", "enabled", "required",
     "temporary", "permanent", "please", "try", "again", "later", "command", "commands", "unknown",
     "unrecognized", "syntax", "line", "too", "long", "connection", "secure", "insecure",
     "encryption", "tls", "ssl", "first", "must", "issue", "plaintext", "transport", "logging",
     "out", "completed", "done", "hello", "welcome", "greetings", "mailmedic",
     # the closed value sets of autoconfig, Autodiscover and PACC documents (their structure)
     "emailaddress", "emaillocalpart", "emaildomain", "cleartext", "encrypted", "socket",
     "none", "oauth2", "client", "certificate", "kerberos", "outgoing", "incoming", "starttls",
     "pop", "settings", "on", "off", "true", "false", "version", "clientconfig", "provider",
     "domain", "display", "name", "short", "hostname", "port", "type", "sockettype",
     "authentication", "autodiscover", "protocol", "redirecturl", "redirectaddr", "response",
     "email", "address", "ip", "accounttype",
    ]
)  # fmt: skip


class Redactor:
    """Masks every form of the given secrets in server text (see the module docstring).

    Built once per run from the password; a Redactor with no secret returns text unchanged.
    """

    def __init__(self, *secrets: str | None) -> None:
        self._secrets = tuple(dict.fromkeys(s for s in secrets if s))
        whole: set[str] = set()
        runs: set[str] = set()
        grams: dict[int, set[bytes]] = {}
        for secret in self._secrets:
            for form, literal in _text_forms(secret):
                whole.add(form)
                runs.update(_runs(form, literal))
            for variant in {secret, secret.lower(), secret.upper(), secret.casefold()}:
                data = variant.encode("utf-8", "surrogateescape").lower()
                size = min(MIN_RUN, len(data))
                grams.setdefault(size, set()).update(
                    data[i : i + size] for i in range(len(data) - size + 1)
                )
        self._whole = _Patterns(whole)
        self._name_windows = frozenset(
            form.lower()[i : i + size]
            for form in whole
            for size in (max(MIN_RUN, len(form) - NAME_SLACK),)
            if len(form) >= size
            for i in range(len(form) - size + 1)
        ) | frozenset(form.lower() for form in whole if len(form) < MIN_RUN)
        # Every run of MIN_RUN characters: longer runs are overlapping windows of these.
        self._runs = _Patterns(runs)
        # One bytes pattern for every run of every variant: the search runs in C (a hostile
        # reply of 200 base64 lines must not hold the event loop).
        every = sorted({g for found in grams.values() for g in found}, key=len, reverse=True)
        self._grams = re.compile(b"|".join(re.escape(g) for g in every)) if every else None

    def __bool__(self) -> bool:
        return bool(self._secrets)

    def __repr__(self) -> str:
        return f"Redactor({len(self._secrets)} secret(s))"

    def __call__(self, text: str) -> str:
        if not self._secrets or not text:
            return text
        spans: list[tuple[int, int]] = []
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters lower to two (İ): slow but exact
            whole, runs, subject = self._whole.any_case, self._runs.any_case, text
        else:
            whole, runs, subject = self._whole.lower, self._runs.lower, lowered
        if whole is not None:
            spans.extend(m.span() for m in whole.finditer(subject))
        if runs is not None:
            # Overlapping runs all count: search again one character after each start.
            position = 0
            while (match := runs.search(subject, position)) is not None:
                start, end = match.span()
                if not _in_vocabulary(text, start, end):
                    spans.append((start, end))
                position = start + 1
        for match in _BASE64_TOKEN.finditer(text):
            if self._decodes_to_secret(match.group(0)):
                spans.append(match.span())
        return _mask(text, spans)

    def name_echoes(self, name: str) -> list[tuple[int, int]]:
        """Where `name` (a label, or a dotted name) holds an echo of a secret: a whole form, or
        a run of all of one but NAME_SLACK characters (case-insensitively), as spans."""
        lowered = name.lower()
        spans = []
        for window in self._name_windows:
            at = lowered.find(window)
            while at >= 0:
                spans.append((at, at + len(window)))
                at = lowered.find(window, at + 1)
        return spans

    def _decodes_to_secret(self, token: str) -> bool:
        token = token.rstrip("=")
        if self._grams is None:
            return False
        # An echo may start the token mid-group: try each of the four alignments.
        # Grams and decoded bytes lower-cased (ASCII): a case-sensitive search, fast in C.
        return any(self._grams.search(_b64decode(token[start:]).lower()) for start in range(4))


def _text_forms(secret: str) -> list[tuple[str, tuple[bool, ...]]]:
    """Each textual form a server may echo, with which of its characters are the secret's own."""
    forms: list[tuple[str, tuple[bool, ...]]] = []
    for variant in dict.fromkeys((secret, secret.casefold())):
        for escape in (_as_is, _imap_quoted, _backslash, _hex, _unicode, _percent):
            pieces = [escape(ch) for ch in variant]
            text = "".join(pieces)
            literal = tuple(
                flag
                for piece, ch in zip(pieces, variant, strict=True)
                for flag in _flags(piece, ch)
            )
            forms.append((text, literal))
    return forms


def _flags(piece: str, ch: str) -> list[bool]:
    # A character kept as is counts as the secret's own; an escape sequence does not.
    return [True] if piece == ch else [False] * len(piece)


def _as_is(ch: str) -> str:
    return ch


def _imap_quoted(ch: str) -> str:
    return "\\" + ch if ch in '\\"' else ch  # RFC 9051 §4.3 quoted string


def _backslash(ch: str) -> str:
    if ch.isprintable() and ch != "\\":
        return ch
    return ch.encode("unicode_escape").decode("ascii")  # \t, \xa0, \u2028, \\


def _hex(ch: str) -> str:
    return ch if ch.isprintable() else f"\\x{ord(ch):02x}"  # as clean() shows it


def _unicode(ch: str) -> str:
    return ch if ch.isprintable() else f"\\u{ord(ch):04x}"  # JSON-style


def _percent(ch: str) -> str:
    # RFC 3986 §2: a password repeated in a URL (a redirect, a link) is percent-encoded.
    if ch.isascii() and (ch.isalnum() or ch in "-._~"):
        return ch
    return "".join(f"%{byte:02X}" for byte in ch.encode("utf-8", "surrogateescape"))


def _runs(form: str, literal: tuple[bool, ...]) -> Iterable[str]:
    """The MIN_RUN-character windows of a form that hold 2 of the secret's own characters."""
    if len(form) < MIN_RUN:
        return ()  # a short secret is only masked whole
    return (
        form[i : i + MIN_RUN]
        for i in range(len(form) - MIN_RUN + 1)
        if sum(literal[i : i + MIN_RUN]) >= 2
    )


class _Patterns:
    """One alternation of literal words, matched case-insensitively two ways: on lower-cased
    text with a case-sensitive pattern (the regex engine then skips ahead on the first
    characters, in C: ~50 times faster, so a hostile reply of 200 long lines does not hold the
    event loop), or with IGNORECASE where lower-casing would change the text's length."""

    def __init__(self, words: Iterable[str]) -> None:
        ordered = sorted(set(words), key=len, reverse=True)  # longest first: widest span wins
        self.lower: re.Pattern[str] | None = None
        self.any_case: re.Pattern[str] | None = None
        if ordered:
            lowered = sorted({w.lower() for w in ordered}, key=len, reverse=True)
            self.lower = re.compile("|".join(re.escape(w) for w in lowered))
            self.any_case = re.compile("|".join(re.escape(w) for w in ordered), re.IGNORECASE)


def redact_name(redact: Redactor, name: str, known: Iterable[str] = ()) -> str:
    """A DNS name a zone, a document or a certificate controls (an SRV or MX target, a server a
    document names, a certificate's subject name), masked label by label: every label an echo
    of a secret overlaps (`Redactor.name_echoes`: a whole form, or all of it but NAME_SLACK
    characters, inside one label or across several: a password "john.smith.1985"), unless
    every label it overlaps is one of the `known` names' (the domain the person typed, which
    every report shows anyway: a password "example.com1" must not mask imap.example.com, which
    would send the probe to a masked name). Sharing a few letters with the password is no echo
    (see the module docstring)."""
    if not redact or not name:
        return name
    own = {label.lower() for k in known for label in k.split(".") if label}
    labels = name.split(".")
    starts = []
    position = 0
    for label in labels:
        starts.append(position)
        position += len(label) + 1
    hidden: set[int] = set()
    for start, end in redact.name_echoes(name):
        covered = [i for i, at in enumerate(starts) if at < end and start < at + len(labels[i])]
        if not all(labels[i].lower() in own for i in covered):
            hidden.update(covered)
    return ".".join(MASK if i in hidden else label for i, label in enumerate(labels))


_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_NAME = re.compile(rf"{_LABEL}(?:\.{_LABEL})+\.?")  # a dotted host name, as documents name them


def redact_value(
    redact: Redactor, value: str, known: Iterable[str] = (), *, host: bool = False
) -> str:
    """One value of a parsed document, in its compatibility form (NFKC: the full-width
    "Ｚｑ７" a host-name check would turn into "zq7" is masked as "zq7"). `host`: a field that
    names a server (autoconfig's hostname, Autodiscover's Server, PACC's host) is masked as a
    name (`redact_name`) when it has a host name's shape; every other value as text (the
    module docstring, "Names and documents")."""
    if not redact or not value:
        return value
    value = unicodedata.normalize("NFKC", value)
    if host and _NAME.fullmatch(value.strip()):
        return redact_name(redact, value, known)
    return redact(value)


def redact_url(redact: Redactor, url: str, known: Iterable[str] = ()) -> str:
    """A URL a server sent (a redirect, a document's link): its host as a name, the rest as
    text. A URL that does not parse, or whose host cannot be swapped as it was written, is
    masked as text (it goes nowhere anyway)."""
    if not redact or not url:
        return url
    url = unicodedata.normalize("NFKC", url)
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return redact(url)
    at = parts.netloc.lower().find(host)  # hostname is lower-cased; the netloc as written
    if not host or at < 0 or parts.username is not None or parts.password is not None:
        return redact(url)
    written = parts.netloc[at : at + len(host)]
    netloc = (
        parts.netloc[:at] + redact_name(redact, written, known) + parts.netloc[at + len(host) :]
    )
    path, query, fragment = (redact(x) for x in (parts.path, parts.query, parts.fragment))
    return urlunsplit((parts.scheme, netloc, path, query, fragment))


# The keys of a JSON document (PACC, Autodiscover v2) whose values name a server.
HOST_KEYS = frozenset({"host", "hostname", "server"})
URL_KEYS = frozenset({"url"})  # Autodiscover v2's POX URL


def redact_json(
    value: object, redact: Redactor, known: Iterable[str] = (), *, host: bool = False
) -> object:
    """A parsed JSON document with every string value masked (`redact_value`; those of
    HOST_KEYS as names); keys are its structure and stay. Escapes were decoded by the parser,
    so `\\u0041` cannot hide a form."""
    if not redact:
        return value
    known = tuple(known)
    if isinstance(value, str):
        return redact_value(redact, value, known, host=host)
    if isinstance(value, list):
        return [redact_json(item, redact, known, host=host) for item in value]
    if isinstance(value, dict):
        return {
            key: redact_url(redact, item, known)
            if str(key).lower() in URL_KEYS and isinstance(item, str)
            else redact_json(item, redact, known, host=str(key).lower() in HOST_KEYS)
            for key, item in value.items()
        }
    return value


_LONGEST_WORD = max(len(word) for word in VOCABULARY)


def _in_vocabulary(text: str, start: int, end: int) -> bool:
    """True when text[start:end] lies inside one word of the servers' own vocabulary.

    The word is looked for at most `_LONGEST_WORD` characters around the match: a longer word is
    in no vocabulary, and scanning a whole word for every overlapping match made a hostile reply
    of one long word ("2024" repeated) quadratic: 8 KiB took 0.9 s, 32 KiB 18 s of the loop."""
    if not text[start:end].isalnum():
        return False
    left = start
    while left > 0 and text[left - 1].isalnum():
        left -= 1
        if end - left > _LONGEST_WORD:
            return False
    right = end
    while right < len(text) and text[right].isalnum():
        right += 1
        if right - left > _LONGEST_WORD:
            return False
    return text[left:right].lower() in VOCABULARY


def _b64decode(chunk: str) -> bytes:
    """Decode what can be decoded: whole groups, and a last group of 2 or 3 characters."""
    usable = len(chunk) - len(chunk) % 4
    tail = chunk[usable:]
    chunk = chunk[:usable] + (tail + "=" * (4 - len(tail)) if len(tail) >= 2 else "")
    try:
        return base64.b64decode(chunk, validate=True)
    except (binascii.Error, ValueError):
        return b""


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    spans.sort()
    out: list[str] = []
    position = 0
    current_start, current_end = spans[0]
    for start, end in spans[1:]:
        if start <= current_end:  # overlapping or touching: one mask
            current_end = max(current_end, end)
            continue
        out += [text[position:current_start], MASK]
        position = current_end
        current_start, current_end = start, end
    out += [text[position:current_start], MASK, text[current_end:]]
    return "".join(out)
