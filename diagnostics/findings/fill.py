"""Filling the catalog's templates: a finding's facts to display values, the derived words, and
the choice among a part's alternatives. No prose here: every word comes from the message
catalog (diagnostics/locale/, read through diagnostics/i18n.py), in the reader's language.

A field (title, explanation, fix, admin) is a sequence of parts joined as sentences are in the
reader's language (a space; none after 。 in Japanese, i18n.sentences); a part is one
or more alternative templates, tried in order: the first whose placeholders all have values is
used, and a part with no usable template is left out. The shape comes from the catalog's keys
(`CODE.field.P.A`). A part that starts with a line break starts a new paragraph.

Server-supplied facts (banner, reply, detail, subject, issuer) are hostile text: only inserted,
never interpreted or translated, with control characters removed and each cut to
`MAX_FACT_CHARS`. Technical tokens (ports, host names, SSL/TLS, STARTTLS, DNS codes) are not in
the catalogs' words: they stay as they are in every language.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import string
import unicodedata
from collections.abc import Mapping
from typing import Any

from diagnostics.findings.codes import Code
from diagnostics.i18n import Messages, sentence_gap, sentences
from diagnostics.model import Finding, Protocol, Security
from diagnostics.ports import IMPLICIT_TLS_PORT, STARTTLS_PORT

__all__ = [
    "AUTH_METHOD_WORDS",
    "DERIVED_KEYS",
    "ENDPOINT_KEYS",
    "FACT_KEYS",
    "MAX_FACT_CHARS",
    "TEMPLATE_KEYS",
    "clean",
    "method_word",
    "render",
    "security_word",
    "template_keys",
    "values",
]

MAX_FACT_CHARS = 200

_PROTOCOL_NAME = {Protocol.IMAP: "IMAP", Protocol.POP3: "POP3", Protocol.SMTP: "SMTP"}
# How rules or people may spell a security setting.
_SECURITY_SPELLINGS = {
    "tls": Security.TLS,
    "ssl": Security.TLS,
    "ssl/tls": Security.TLS,
    "implicit tls": Security.TLS,
    "starttls": Security.STARTTLS,
    "none": Security.NONE,
    "plain": Security.NONE,
}
# Port meanings the catalog has words for (word.port_meaning.*; RFC 8314, RFC 6409, RFC 5321).
_PORTS_WITH_MEANING = frozenset({25, 110, 143, 465, 587, 993, 995})
_FOUND = frozenset({"IMAP", "POP3", "SMTP", "HTTP", "SSH"})  # word.found_phrase.*
_DNS_REASONS = frozenset({"servfail", "refused", "timeout"})
_DNS_RCODE = {"servfail": "SERVFAIL", "refused": "REFUSED"}  # DNS's own codes, not words
_SOURCES = frozenset({"srv", "autoconfig", "ispdb", "autodiscover", "mx", "provider", "pacc"})
_SOURCES_WITH_APPS = frozenset({"srv", "autoconfig", "ispdb", "autodiscover", "mx", "pacc"})
# Short source names: technical ones stay, the others are words (word.source_short.*).
_SOURCE_TOKENS = {
    "srv": "SRV",
    "autoconfig": "autoconfig",
    "autodiscover": "Autodiscover",
    "mx": "MX",
    "pacc": "PACC",  # draft-ietf-mailmaint-pacc's own name
}
_SOURCE_WORDS = frozenset({"ispdb", "provider", "guess", "user"})
# DISCOVERY_BROKEN's `problem` fact (findings/discovery_rules.py): each selects its own sentences.
_BROKEN_PROBLEMS = frozenset({"server", "certificate", "document", "entries"})
_STAGES = frozenset(
    {
        "resolve",
        "connect",
        "tls",
        "greeting",
        "capabilities",
        "starttls",
        "capabilities_tls",
        "auth",
        "done",
    }
)
_DIRECTIONS = frozenset({"incoming", "outgoing"})
_OUR_DNS = frozenset({"nxdomain", "timeout", "refused", "nxdomain_tld"})
_NOT_TESTED = frozenset(
    {"login_limit", "unencrypted", "certificate", "tested_elsewhere", "deadline", "connection"}
)

# Every key a template may use: the endpoint's, the facts rules supply, and derived words.
ENDPOINT_KEYS = frozenset(
    {"host", "port", "protocol", "security", "direction", "direction_lc", "username"}
)
FACT_KEYS = frozenset(
    {
        "domain",
        "dead",  # IPV6_BROKEN: the addresses that did not answer, and those that did
        "working",
        "outcome",
        "checked",  # PROVIDER_PREPARATION: the day its source was read
        "reason",
        "dns_server",
        "address",
        "timeout_s",
        "greeting_ms",
        "found",
        "banner",
        "detail",
        "right_port",
        "right_security",
        "typed_port",
        "typed_security",
        "reply",
        "tls_version",
        "not_after",
        "not_before",
        "days",
        "days_left",
        "subject",
        "issuer",
        "names",
        "verify_message",
        "typed_host",
        "right_host",
        "stage",
        "provider",
        "note",
        "source",
        "sources",
        "problem",
        "tried",
        "typed_username",
        "right_username",
        "mechanism",
        "mechanisms",
        "password_sent",
        "match",
        "reference",
        "matched",
        "changes",
        "no_alternative",
        "consequences",
        "chosen",
        "ports",
        "right_reason",
        "right_protocol",
        "protocols",
        "tld",
        # After the login (findings/mailbox_rules.py)
        "used_size",
        "limit_size",
        "percent",
        "resource",
        "missing",
        "folders",
        "expire_days",
        "expire_text",
        "delay_minutes",
        "sender",
        "recipient",
        "size_mb",
        "attachment_mb",
        # Issue 11: facts that select a variant of a code's entry (catalog.VARIANT_RULES)
        "credential",
        "inactivity_minutes",
        "fault",  # IPV6_BROKEN/IPV4_BROKEN: the failing address answered (findings/addresses.py)
        "loopback",  # WRONG_HOST: a paste's app connects to its own computer (paste/match.py)
        "interceptor",  # CERT_INTERCEPTED: the product a paste names (paste/interception.py)
        "existing_host",  # DNS_FAILURE: a provider's server name that exists (provider_policy.py)
        "ipv6_address",  # IPV6_BROKEN: the address a paste's device has no route to
        "host_setting",  # WRONG_HOST: a paste shows no server name (paste/host_setting.py)
        "host_field",  # WRONG_HOST: what the app had in place of a server name
        "certificate_name",  # CERT_INTERCEPTED: the redirected connection's certificate name
        "connection_limit",  # AUTH_TEMPORARY_FAILURE: the server's per-account connection limit
        "local_address",  # HOST_UNREACHABLE: the device had no address to connect from
        "reason_stated",  # PORT_FILTERED "no": a pasted error said only that it did not connect
        "provider_rule",  # OAUTH_REQUIRED, APP_PASSWORD_REQUIRED: the provider's rule's kind
        "since",  # the day a provider's rule took effect (data/providers.json), as YYYY-MM-DD
        # Issue 12: PACC_BROKEN's TXT records (findings/pacc_rules.py)
        "published_record",
        "missing_record",
        "expected_record",
        # Issue 12: AUTH_METHOD_FALLBACK (findings/rules.py rule_auth)
        "method",
        "worked",
        "worked_method",
    }
)
DERIVED_KEYS = frozenset(
    {
        "implicit_port",
        "starttls_port",
        "port_meaning",
        "right_port_meaning",
        "typed_port_meaning",
        "right_use_ssl",
        "days_text",
        "days_left_text",
        "timeout_text",
        "delay_text",
        "greeting_s",
        "found_phrase",
        "dns_reason",
        "dns_rcode",
        "sources_text",
        "source_name",
        "source_apps",
        "broken_server",
        "broken_certificate",
        "broken_document",
        "broken_entries",
        "stage_text",
        "pairs",
        "pairs_short",
        "password_warning",
        "direction_words",
        "our_dns_text",
        "not_tested_short",
        "not_tested_text",
        "not_tested_hint",
        "not_tested_fix",
        "chosen_text",
        "network_hint",
        "protocols_text",
        "worked_name",
    }
)
TEMPLATE_KEYS = ENDPOINT_KEYS | FACT_KEYS | DERIVED_KEYS

_FORMATTER = string.Formatter()
_WHITESPACE = re.compile(r"\s+")
# Controls, format characters (bidi overrides, zero-width), surrogates, private use, unassigned,
# line and paragraph separators: nothing a reader needs from a server's text.
_UNPRINTABLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


@functools.lru_cache(maxsize=4096)
def template_keys(template: str) -> frozenset[str]:
    """The placeholder names a template uses."""
    return frozenset(name for _, name, _, _ in _FORMATTER.parse(template) if name is not None)


def clean(text: str) -> str:
    """Hostile text made inert for insertion: no control or format characters, one line, cut."""
    kept = "".join(" " if unicodedata.category(c) in _UNPRINTABLE else c for c in text)
    kept = _WHITESPACE.sub(" ", kept).strip()
    if len(kept) > MAX_FACT_CHARS:
        kept = kept[: MAX_FACT_CHARS - 1].rstrip() + "…"
    return kept


def security_word(security: Security, m: Messages) -> str:
    """The setting's name in mail apps: SSL/TLS and STARTTLS as they are, "None" in words."""
    security = Security(security)
    if security is Security.NONE:
        return m.text("word.security.none")
    return "SSL/TLS" if security is Security.TLS else "STARTTLS"


def protocol_word(protocol: Protocol) -> str:
    return _PROTOCOL_NAME[Protocol(protocol)]


def join_list(items: list[str], m: Messages, *, last: str = "word.list.pair") -> str:
    """Items joined by the language's list words: "a, b and c" (`last` joins the last two)."""
    if not items:
        return ""
    out = items[0]
    for i, item in enumerate(items[1:], 1):
        key = last if i == len(items) - 1 else "word.list.comma"
        out = m.text(key).format(a=out, b=item)
    return out


def _number(value: float) -> str:
    if isinstance(value, int):
        return str(value)
    return str(int(value)) if math.isfinite(value) and value.is_integer() else f"{value:.1f}"


def _as_text(key: str, value: Any, m: Messages) -> str | None:
    """A fact's display form, or None to leave it out."""
    if value is None:
        return None
    if key.endswith("security"):
        if isinstance(value, Security):
            return security_word(value, m)
        if isinstance(value, str):
            known = _SECURITY_SPELLINGS.get(value.strip().lower())
            return value if known is None else security_word(known, m)
    if (key == "protocol" or key.endswith("_protocol")) and isinstance(value, str):
        try:
            return protocol_word(Protocol(value.strip().lower()))
        except ValueError:
            return value
    if isinstance(value, bool):
        return "yes" if value else "no"  # compared below, never shown
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float):
        return _number(value)
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        items = [t for t in (_as_text(key, v, m) for v in value) if t]
        return ", ".join(sorted(items) if isinstance(value, set | frozenset) else items)
    try:
        return str(value)
    except Exception:  # a fact that cannot even be shown: leave it out, never fail a report
        return None


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(float(value))
    except (ValueError, OverflowError):  # not a number, or inf/nan
        return None


def _count(m: Messages, key: str, shown: str) -> str:
    """A count with its word, by the language's plural rule ("3 days", "2,5 Sekunden")."""
    try:
        n = float(shown)
    except ValueError:
        n = 0.0
    # gettext's plural rules take integers; a fraction takes the form of a number > 1.
    whole = int(n) if math.isfinite(n) and n.is_integer() else 2
    return m.plural(key, whole).format(n=shown)


# The autoconfig `<authentication>` values (wire/sasl.py PUBLISHED_METHODS) as mail apps name
# them in their "Authentication method" field (Thunderbird: Normal password, Encrypted password,
# OAuth2): word.auth_method.*.
AUTH_METHOD_WORDS = {
    "password-cleartext": "word.auth_method.password_cleartext",
    "password-encrypted": "word.auth_method.password_encrypted",
    "oauth2": "word.auth_method.oauth2",
}


def method_word(method: object, m: Messages) -> str | None:
    """ "password-cleartext" -> "Normal password" in the reader's language; None if unknown."""
    key = AUTH_METHOD_WORDS.get(str(method).lower()) if method else None
    return None if key is None else m.text(key)


# Counts the templates show as words with the language's plural: (fact, derived key, plural
# message, the message for zero or None).
_COUNTED = (
    ("days", "days_text", "word.days", None),
    ("days_left", "days_left_text", "word.days", "word.days_left.less_than_one"),
    ("delay_minutes", "delay_text", "word.minutes", None),
    ("expire_days", "expire_text", "word.expire.after", "word.expire.once_downloaded"),
)


def values(code: Code | None, finding: Finding, m: Messages) -> dict[str, str]:
    """Every value the finding's templates may use, in the reader's language."""
    out: dict[str, str] = {}
    endpoint = finding.endpoint
    if endpoint is not None:
        out.update(
            host=endpoint.host,
            port=str(endpoint.port),
            protocol=protocol_word(endpoint.protocol),
            security=security_word(endpoint.security, m),
            direction=m.text(f"word.direction.{endpoint.protocol.direction}"),
            direction_lc=m.text(f"word.direction_lc.{endpoint.protocol.direction}"),
            implicit_port=str(IMPLICIT_TLS_PORT[endpoint.protocol]),
            starttls_port=str(STARTTLS_PORT[endpoint.protocol]),
        )
        if endpoint.username:
            out["username"] = endpoint.username
    for key, raw in finding.facts.items():
        if key == "direction" and raw in _DIRECTIONS:
            text: str | None = m.text(f"word.direction_lc.{raw}")
        else:
            text = _as_text(str(key), raw, m)
        if text is not None:
            out[str(key)] = text
    out = {k: c for k, v in out.items() if (c := clean(v))}

    # Derived words.
    if "direction" in finding.facts and "direction" in out:
        out["direction_lc"] = out["direction"].lower() if m.lang == "en" else out["direction"]
    for prefix in ("", "right_", "typed_"):
        port = _int(out.get(prefix + "port"))
        if port is not None and port in _PORTS_WITH_MEANING:
            out[prefix + "port_meaning"] = m.text(f"word.port_meaning.{port}")
    worked = method_word(finding.facts.get("worked_method"), m)
    if worked is not None:
        out["worked_name"] = worked
    right_security = finding.facts.get("right_security")
    if "right_security" in out:
        spelled = (
            right_security
            if isinstance(right_security, Security)
            else _SECURITY_SPELLINGS.get(str(right_security).strip().lower())
        )
        out["right_use_ssl"] = m.text(
            "word.use_ssl.off" if spelled is Security.NONE else "word.use_ssl.on"
        )
    for fact, key, word, zero in _COUNTED:
        count = _int(out.get(fact))
        if count is not None and count >= 0:
            out[key] = m.text(zero) if zero and not count else _count(m, word, str(count))
    if "timeout_s" in out:
        out["timeout_text"] = _count(m, "word.seconds", out["timeout_s"])
    greeting_ms = _int(out.get("greeting_ms"))
    if greeting_ms is not None and greeting_ms >= 0:
        out["greeting_s"] = f"{greeting_ms / 1000:.1f}"
    found = out.get("found")
    if found is not None:
        name = found.upper()
        out["found_phrase"] = m.text(
            f"word.found_phrase.{name}" if name in _FOUND else "word.found_phrase.other"
        )
    reason = out.get("reason", "").lower()
    if code is Code.DNS_FAILURE and reason in _DNS_REASONS:
        out["dns_reason"] = m.text(f"word.dns_reason.{reason}")
        out["dns_rcode"] = _DNS_RCODE.get(reason) or m.text("word.dns_rcode.timeout")
    source = out.get("source", "").lower()
    if source in _SOURCES:
        out["source_name"] = m.text(f"word.source_name.{source}")
    if source in _SOURCES_WITH_APPS:
        out["source_apps"] = m.text(f"word.source_apps.{source}")
    if code is Code.DISCOVERY_BROKEN and "source_name" in out:
        # A published endpoint that fails is a "server" problem even when older facts lack it.
        problem = out.get("problem", "server" if endpoint is not None else "").lower()
        if problem in _BROKEN_PROBLEMS:
            out[f"broken_{problem}"] = out["source_name"]
    if "sources" in out:
        names = [n.strip() for n in out["sources"].split(",") if n.strip()]
        out["sources_text"] = join_list(
            [_source_short(n, m) for n in names], m, last="word.list.comma"
        )
    stage = out.get("stage", "").lower()
    if stage in _STAGES:
        out["stage_text"] = m.text(f"word.stage.{stage}")
    if out.get("password_sent") == "yes":
        out["password_warning"] = m.text("word.password_warning")
    direction_fact = str(finding.facts.get("direction", ""))
    if direction_fact in _DIRECTIONS:
        out["direction_words"] = m.text(f"word.direction_words.{direction_fact}")
    problem = out.get("problem", "").lower()
    if code is Code.OUR_DNS_FAILURE and problem in _OUR_DNS:
        out["our_dns_text"] = m.text(f"word.our_dns.{problem}")
    reason = out.get("reason", "").lower()
    if code is Code.PROBE_INCOMPLETE and reason in _NOT_TESTED:
        for part in ("short", "text", "hint", "fix"):
            out[f"not_tested_{part}"] = m.text(f"word.not_tested.{reason}.{part}")
    if code in (Code.PORT_FILTERED, Code.HOST_UNREACHABLE):
        # Silence can be the way from our network: only then is another network worth a try.
        out["network_hint"] = m.text("word.network_hint")
    protocols = finding.facts.get("protocols")
    if isinstance(protocols, list | tuple) and len(protocols) > 1:
        out["protocols_text"] = join_list([clean(str(p)) for p in protocols], m)
    if finding.facts.get("chosen") is True:
        out["chosen_text"] = sentence_gap(m.lang) + m.text("word.chosen_text")
    out["pairs"] = m.text("word.pairs")
    out["pairs_short"] = m.text("word.pairs_short")
    return out


def _source_short(name: str, m: Messages) -> str:
    key = name.lower()
    if key in _SOURCE_TOKENS:
        return _SOURCE_TOKENS[key]
    if key in _SOURCE_WORDS:
        return m.text(f"word.source_short.{key}")
    return name


def fill(m: Messages, key: str, data: Mapping[str, str]) -> str | None:
    """One template filled, or None when a placeholder has no value. The English template decides
    (so every language picks the same alternative); a translation that names a placeholder the
    English does not is not used."""
    english = m.english(key)
    if not template_keys(english) <= data.keys():
        return None
    template = m.text(key)
    if not template_keys(template) <= data.keys():
        template = english
    return template.format_map(data)


def render(m: Messages, prefix: str, data: Mapping[str, str]) -> str:
    """A field ("CODE.field") filled: its parts joined as the language joins sentences (a space;
    none after 。 in Japanese), paragraphs on their lines."""
    out: list[str] = []
    for alternatives in m.shape(prefix):
        for key in alternatives:
            filled = fill(m, key, data)
            if filled is not None:
                if filled.strip():
                    out.append(filled)
                break
    joined = sentences(m, *out)
    return "\n".join(p.strip() for p in joined.split("\n") if p.strip())
