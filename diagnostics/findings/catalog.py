"""Every finding in words, in the reader's language: `describe`, the answer's fix and the verdict
sentences.

The words themselves are not here: they live in the message catalogs (diagnostics/locale/,
English template `mailmedic.pot`, one `.po` per language; README "Translations"), one message per
finding code, field, part and alternative (`CERT_EXPIRED.explanation.2.1`). This module picks the
messages and fills them (diagnostics/findings/fill.py); diagnostics/i18n.py loads a language.

Written for a person with a phone and for the helpdesk agent beside them: the words mail apps use
("Incoming server", "Port", "SSL/TLS", "STARTTLS", "None", iPhone's "Use SSL", Outlook's
"Encryption method"), the field to change and the value to set, and what to tell the server's
administrator when the server is at fault. Every field has a part that needs no facts
(tests/test_catalog.py renders every code without facts), and `describe` never leaves a
placeholder unfilled. Every function takes `lang`: a language name (`de`, `pt_BR`) or a
`Messages`; nothing here keeps a current language, so concurrent reports may differ.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from diagnostics.findings import fill
from diagnostics.findings.codes import LAYER, Code, Layer
from diagnostics.frozen import frozen
from diagnostics.i18n import DEFAULT, Messages, messages, sentences
from diagnostics.model import Endpoint, Finding, Protocol, Security, Severity

__all__ = [
    "FACT_KEYS",
    "FIELDS",
    "MAX_FACT_CHARS",
    "SUMMARY_CHARS",
    "TEMPLATE_KEYS",
    "VARIANT_RULES",
    "CatalogEntry",
    "Described",
    "Lang",
    "change_fix",
    "describe",
    "direction_name",
    "endpoint_phrase",
    "entry",
    "lower_first",
    "protocol_name",
    "security_name",
    "summarize_check",
    "summarize_unknown",
    "variant_of",
]

MAX_FACT_CHARS = fill.MAX_FACT_CHARS
FACT_KEYS = fill.FACT_KEYS
TEMPLATE_KEYS = fill.TEMPLATE_KEYS
SUMMARY_CHARS = 120  # the verdict sentence should fit a phone's notification
FIELDS = ("title", "explanation", "fix", "admin")
GENERIC = "generic"  # the entry of a code the catalog has no text for

Lang = str | Messages


def _m(lang: Lang) -> Messages:
    return lang if isinstance(lang, Messages) else messages(lang)


@frozen
class CatalogEntry:
    """A code's templates as the catalog holds them: per field, parts of alternatives."""

    title: tuple[tuple[str, ...], ...]
    explanation: tuple[tuple[str, ...], ...]
    fix: tuple[tuple[str, ...], ...]
    admin: tuple[tuple[str, ...], ...] | None = None  # only where the server is at fault


@frozen
class Described:
    """A finding in words, templates filled."""

    code: str
    severity: Severity
    title: str
    explanation: str
    fix: str
    admin: str | None


def entry(code: Code | str, lang: Lang = DEFAULT) -> CatalogEntry:
    """The templates of a code, in `lang`; KeyError for a code the catalog does not know."""
    try:
        name = Code(code).value
    except ValueError:
        raise KeyError(code) from None
    m = _m(lang)
    shapes = {f: m.shape(f"{name}.{f}") for f in FIELDS}
    if not shapes["title"]:
        raise KeyError(code)
    texts = {f: tuple(tuple(m.text(k) for k in part) for part in s) for f, s in shapes.items()}
    return CatalogEntry(
        title=texts["title"],
        explanation=texts["explanation"],
        fix=texts["fix"],
        admin=texts["admin"] or None,
    )


# --- Names mail apps use -----------------------------------------------------------------------


def security_name(security: Security, lang: Lang = DEFAULT) -> str:
    """The setting's name in mail apps: "SSL/TLS", "STARTTLS" or "None" (in words)."""
    return fill.security_word(security, _m(lang))


def protocol_name(protocol: Protocol) -> str:
    """ "IMAP", "POP3" or "SMTP"."""
    return fill.protocol_word(protocol)


def direction_name(protocol: Protocol, lang: Lang = DEFAULT) -> str:
    """The field prefix in mail apps: "Incoming" (IMAP, POP3) or "Outgoing" (SMTP)."""
    return _m(lang).text(f"word.direction.{Protocol(protocol).direction}")


def endpoint_phrase(endpoint: Endpoint, lang: Lang = DEFAULT) -> str:
    """`IMAP mail.example.com port 993 with SSL/TLS`."""
    m = _m(lang)
    key = "phrase.endpoint.none" if endpoint.security is Security.NONE else "phrase.endpoint.tls"
    return m.text(key).format(
        protocol=protocol_name(endpoint.protocol),
        host=endpoint.host,
        port=endpoint.port,
        security=security_name(endpoint.security, m),
    )


# --- Variants of a code's entry, chosen by a fact (issue 11) ------------------------------------

# The one decision of which variant a finding's facts select: (fact, value, variant), tried in
# order; `PRESENT` matches any value but None. Which codes have a variant is the catalog's to say
# (its keys `CODE~variant.field.P.A`, e.g. `AUTH_FAILED~token.title.1.1`), never a Python table;
# a variant's field, where the catalog has one, replaces the code's field whole, its other fields
# are the code's own.
PRESENT = "<present>"
VARIANT_RULES: tuple[tuple[str, str, str], ...] = (
    # A login with a bearer token (findings/rules.py) never speaks of a password.
    ("credential", "token", "token"),
    # An IMAP server whose stated inactivity limit is under the 29 minutes after which mail apps
    # renew IDLE (RFC 2177; findings/mailbox_rules.py): push may drop.
    ("inactivity_minutes", PRESENT, "push_drops"),
    # An address of the host answered, then failed before the login (a certificate for another
    # name on the IPv6 side: findings/addresses.py): IPV6_BROKEN/IPV4_BROKEN name the fault.
    ("fault", PRESENT, "fails"),
    # A pasted error shows the app connecting to its own computer (paste/match.py): no mail
    # server answers on 127.0.0.1, ::1 or localhost; the setting is empty or was not loaded.
    ("loopback", PRESENT, "loopback"),
    # A pasted lookup failure of a big provider's server name, which exists (paste/
    # provider_policy.py): the device's resolver or connection failed, not the server's DNS.
    ("existing_host", PRESENT, "resolver"),
    # A pasted error shows the app trying an IPv6 address its device has no route to (paste/
    # connection_target.py): the network lacks IPv6, the server may be fine.
    ("ipv6_address", PRESENT, "no_route"),
    # A pasted refused login at a big provider whose rule explains it (paste/provider_policy.py):
    # its name, and the day it stopped taking typed passwords.
    ("provider_rule", PRESENT, "provider_rule"),
    # A pasted error shows an empty server name, or an address or URL in its place (paste/
    # connection_target.py): the name is missing, not wrong.
    ("host_setting", PRESENT, "not_a_host"),
    # A big provider's server answered a paste with a certificate for another company's name
    # (paste/interception.py): the connection was redirected on the way.
    ("certificate_name", PRESENT, "redirected"),
    # A server's refusal of one more connection to the account (data/server_texts.json): a
    # limit of connections at once, not a fault of the login.
    ("connection_limit", PRESENT, "connections"),
    # A pasted error in which the device's own system would not start the connection for want
    # of a local address (EADDRNOTAVAIL, data/system_texts.json): the server was never asked.
    ("local_address", PRESENT, "local_address"),
    # A pasted error that only says the connection failed (paste/lexicon.py's generic rules, an
    # app's wrapping words alone): no reason to claim, not even that nothing answered.
    ("reason_stated", "no", "unstated"),
)
# The facts that select a variant: a verdict's fact-less title keeps them.
VARIANT_FACTS = frozenset(fact for fact, _, _ in VARIANT_RULES)


def _has(m: Messages, prefix: str) -> bool:
    return any(m.shape(f"{prefix}.{f}") for f in FIELDS)


def variant_of(code: Code, finding: Finding, lang: Lang = DEFAULT) -> str | None:
    """The catalog prefix of the variant `finding`'s facts select for `code` (`AUTH_FAILED~token`),
    or None for the code's own entry."""
    m = _m(lang)
    for fact, wanted, variant in VARIANT_RULES:
        value = finding.facts.get(fact)
        if value is None or (wanted is not PRESENT and value != wanted):
            continue
        prefix = f"{code.value}~{variant}"
        if _has(m, prefix):
            return prefix
    return None


def _fields(m: Messages, name: str, variant: str | None) -> dict[str, str]:
    """Per field, the catalog prefix to render: the variant's where it has that field."""
    return {
        f: f"{variant}.{f}" if variant and m.shape(f"{variant}.{f}") else f"{name}.{f}"
        for f in FIELDS
    }


# --- Describing a finding ----------------------------------------------------------------------


def describe(finding: Finding, lang: Lang = DEFAULT) -> Described:
    """The finding in words. Never raises for missing or odd facts; never leaves a placeholder."""
    m = _m(lang)
    try:
        code: Code | None = Code(finding.code)
    except ValueError:
        code = None
    name = GENERIC if code is None or not m.shape(f"{code.value}.title") else code.value
    variant = None if code is None or name == GENERIC else variant_of(code, finding, m)
    field = _fields(m, name, variant)
    data = fill.values(code, finding, m)
    fix = fill.render(m, field["fix"], data)
    changes = finding.facts.get("changes")
    if isinstance(changes, list | tuple) and changes and finding.endpoint is not None:
        published = finding.facts.get("right_reason") == "published"
        fix = change_fix(finding.endpoint, changes, published=published, lang=m) or fix
    elif finding.facts.get("no_alternative") is True and code is not None:
        layer = LAYER.get(code, Layer.PROVIDER)
        prefix = f"no_alternative.{layer.value}.fix"
        fix = fill.render(m, prefix if m.shape(prefix) else field["fix"], data)
    return Described(
        code=finding.code,
        severity=finding.severity,
        title=fill.render(m, field["title"], data),
        explanation=fill.render(m, field["explanation"], data),
        fix=fix,
        admin=fill.render(m, field["admin"], data) or None,
    )


# --- The fix the answer decided (diagnostics/answer.py) ---------------------------------------

_CHANGE_FIELDS = frozenset({"server", "port", "security", "username"})
_SPELLINGS = {
    "tls": "SSL/TLS",
    "ssl": "SSL/TLS",
    "ssl/tls": "SSL/TLS",
    "implicit tls": "SSL/TLS",
    "starttls": "STARTTLS",
}


def change_fix(
    endpoint: Endpoint, changes: Sequence[Any], *, published: bool = False, lang: Lang = DEFAULT
) -> str:
    """ "Set Incoming server port to 143 and security to STARTTLS." from the answer's changes
    (dicts of field, typed, value), with iPhone's words when the port or security changes."""
    m = _m(lang)
    parts: list[str] = []
    protocol_change = None
    new_port: str | None = None
    new_security: str | None = None
    no_encryption = False
    for change in changes:
        if not isinstance(change, Mapping):
            continue
        name, value = str(change.get("field", "")), str(change.get("value", ""))
        if name == "protocol":
            try:
                protocol_change = protocol_name(Protocol(value))
            except ValueError:
                continue
        elif name == "security":
            lowered = value.lower()
            no_encryption = lowered in ("none", "plain")
            new_security = (
                m.text("word.security.none") if no_encryption else _SPELLINGS.get(lowered, value)
            )
            parts.append(m.text("fix.change.security").format(value=new_security))
        elif name == "server":
            parts.insert(0, m.text("fix.change.server").format(value=fill.clean(value)))
        elif name in _CHANGE_FIELDS:
            if name == "port":
                new_port = value
            parts.append(m.text(f"fix.change.{name}").format(value=fill.clean(value)))
    direction = direction_name(endpoint.protocol, m)
    lines = []
    if protocol_change is not None:
        lines.append(
            m.text("fix.change.protocol").format(
                new_protocol=protocol_change, protocol=protocol_name(endpoint.protocol)
            )
        )
    if parts:
        joined = fill.join_list(parts, m)
        # Port and security go together (RFC 8314): say which one stays as it is.
        if new_port is not None and new_security is None:
            line = m.text("fix.change.set_keep_security").format(
                direction=direction, changes=joined, security=security_name(endpoint.security, m)
            )
        elif new_security is not None and new_port is None:
            line = m.text("fix.change.set_keep_port").format(
                direction=direction, changes=joined, port=endpoint.port
            )
        else:
            line = m.text("fix.change.set").format(direction=direction, changes=joined)
        lines.append(line)
        if published and any(c.get("field") == "server" for c in changes if isinstance(c, Mapping)):
            lines.append(m.text("fix.change.published"))
    if no_encryption:
        lines.append(m.text("fix.change.no_encryption"))
    if new_port is not None or new_security is not None:
        port = new_port or str(endpoint.port)
        if new_security is None:
            lines.append(m.text("fix.change.iphone_port").format(port=port))
        else:
            use_ssl = m.text("word.use_ssl.off" if no_encryption else "word.use_ssl.on")
            lines.append(m.text("fix.change.iphone_ssl").format(use_ssl=use_ssl, port=port))
    return "\n".join(lines)


# --- Verdict sentences -------------------------------------------------------------------------

# Languages whose titles keep their first letter inside a sentence: German capitalises nouns,
# Japanese has no case.
_KEEP_CASE = frozenset({"de", "ja"})


def lower_first(title: str, lang: Lang = DEFAULT) -> str:
    """ "The server's ..." → "the server's ...", but "IMAP ..." and "SSL/TLS ..." stay."""
    if _m(lang).lang in _KEEP_CASE:
        return title
    word = title.split(" ", 1)[0]
    if word[:1].isupper() and (len(word) == 1 or word[1:].islower()):
        return title[0].lower() + title[1:]
    return title


def _alternative_sentence(user: Endpoint, alternative: Endpoint | None, m: Messages) -> str:
    """ "Use port 993 with SSL/TLS." — only what differs from the person's settings."""
    if alternative is None or alternative == user:
        return ""
    if alternative.protocol is not user.protocol:
        return m.text("verdict.use.endpoint").format(endpoint=endpoint_phrase(alternative, m))
    how = "none" if alternative.security is Security.NONE else "tls"
    where = "host" if alternative.host.lower() != user.host.lower() else "port"
    return m.text(f"verdict.use.{where}.{how}").format(
        host=alternative.host,
        port=alternative.port,
        security=security_name(alternative.security, m),
    )


def _then(sentence: str, tail: str, m: Messages) -> str:
    return sentences(m, sentence, tail)


def summarize_check(
    *,
    user: Endpoint,
    user_works: bool,
    top: Finding | None,
    alternative: Endpoint | None,
    lang: Lang = DEFAULT,
) -> str:
    """The verdict on the settings a person typed, in one sentence (short where possible).

    "Your IMAP settings work." / "Your IMAP settings work, with a warning: the certificate
    expires in 5 days." / "Your settings fail: port 143 does not speak SSL/TLS. Use port 993 with
    SSL/TLS." `top` is the leading finding, `alternative` the settings that work instead (both
    optional). When the sentence is too long, the finding's title without facts is used.
    """
    m = _m(lang)
    proto = protocol_name(user.protocol)
    if user_works and (top is None or top.severity is Severity.INFO):
        return m.text("verdict.check.works").format(protocol=proto)
    tail = _alternative_sentence(user, alternative, m)
    if top is None:
        return _then(m.text("verdict.check.fail"), tail, m)
    # Bare of facts, but still its variant's title (a token login's, push's).
    selecting = {k: top.facts[k] for k in VARIANT_FACTS if k in top.facts}
    bare = Finding(code=top.code, severity=top.severity, facts=selecting)
    if not user_works:
        key = "verdict.check.fail_title"
    elif top.severity is Severity.WARNING:
        key = "verdict.check.warning"
    else:  # it connects, but e.g. the login fails
        key = "verdict.check.connects_but"
    candidates = [
        _then(
            m.text(key).format(protocol=proto, title=lower_first(describe(f, m).title, m)), tail, m
        )
        for f in (top, bare)
    ]
    return next((c for c in candidates if len(c) <= SUMMARY_CHARS), candidates[-1])


def summarize_unknown(reason: str | None, lang: Lang = DEFAULT) -> str:
    """ "Could not tell: ..." — the tests could not reach a verdict (our network, the deadline)."""
    m = _m(lang)
    text = fill.clean(reason or "") or m.text("verdict.unknown.unfinished")
    if text[-1] not in ".!?。":
        text += "。" if m.lang == "ja" else "."
    return m.text("verdict.unknown").format(reason=text)
