"""A paste whose app had no server name to connect to, or something else in its place.

Libraries print the host they tried in fixed places: Node's "getaddrinfo ENOTFOUND <host>",
PHP's "Connection: opening to <host>:<port>" and "unable to connect to <host>:<port>",
Symfony's and SwiftMailer's 'Connection could not be established with host "<host>"', Go's
"dial tcp <host>:<port>" and "lookup <host>", Java's "UnknownHostException: <host>", msmtp's
"cannot locate host <host>", curl's "Could not resolve host: <host>". When that place holds
nothing (":25", '""'), a value of no variable ("undefined", "null", "None"), a template that
was never filled ("${SMTP_HOST}", "%MAIL_HOST%", "{{ smtp_host }}"), an email address
("alice@gmail.com") or a web address ("https://smtp.gmail.com"; PHP says 'Unable to find the
socket transport "https"'), no port or security can help: the server name setting is missing
or holds something that is not a host name (RFC 1123 §2.1: letters, digits, hyphens and dots).
Saying "the name does not exist" or "the server refused" would send the person to check a
server that was never asked. .NET's "The SMTP host was not specified" says it in words.
"""

from __future__ import annotations

import itertools
import re

from diagnostics.findings import catalog
from diagnostics.findings.codes import Code
from diagnostics.model import Finding
from diagnostics.paste.dialog import MAX_SCAN, Dialog
from diagnostics.paste.leads import lead_with

__all__ = ["on_missing_host"]

# The host's place in each library's failure line; `host` may be empty.
_HOST_SLOT = re.compile(
    r"\b(?:getaddrinfo )?(?:ENOTFOUND|EAI_AGAIN|EAI_NONAME) (?P<a>\S*)|"
    r"\bgetaddrinfo for (?P<b>\S*) failed|"
    r"\bUnknownHostException: (?P<c>\S*)|"
    r"\bConnection: opening to (?P<d>\S*?):\d{1,5}\b|"
    r"\bunable to connect to (?P<e>\S*?):\d{1,5}\b|"
    r"\bConnection could not be established with host (?:\"(?P<f>[^\"\n]*)\"|(?P<g>\S*) ?[:\[])|"
    r"\bdial tcp (?P<h>[^\s:]*):\d{1,5}\b|"
    r"\blookup (?P<i>\S+?)(?: on [\d.:\[\]a-f]+)?: no such host|"
    r"\bcannot locate host (?P<j>\S+?):|"
    r"\bCould not resolve host: (?P<k>\S+)",
    re.IGNORECASE,
)
# PHP's stream layer, when the host starts with a scheme it has no transport for.
_SCHEME = re.compile(
    r"Unable to find the socket transport \"(?P<scheme>https?|smtps?|imaps?|pop3s?|mailto)\"",
    re.IGNORECASE,
)
_NOT_SPECIFIED = re.compile(
    r"\bThe SMTP host was not specified\b|\bSMTP host (?:is )?not (?:set|specified|configured)\b",
    re.IGNORECASE,
)
# A transport prefix a library adds to the host itself (PHP's and Symfony's "ssl://", "tls://").
_TRANSPORT = re.compile(r"^(?:ssl|tls|tcp|tlsv1\.[0-3])://", re.IGNORECASE)
_QUOTES = "\"'`<>()[],;."
_NO_VALUE = frozenset({"", "undefined", "null", "none", "nil", "(null)", "<nil>", "false"})
_TEMPLATE = re.compile(r"\$\{|\$[A-Z_]{3,}|%[A-Z_]+%|\{\{")
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_SLOT_TRIES = 20  # a paste that names more hosts than this says nothing more by them


def on_missing_host(findings: tuple[Finding, ...], dialog: Dialog) -> tuple[Finding, ...] | None:
    """WRONG_HOST first, with what the app had in place of a server name, when the failure
    line shows no host or something that is none; None otherwise."""
    rest = dialog.rest[:MAX_SCAN]
    seen = _seen(rest)
    if seen is None:
        return None
    kind, field, words = seen
    facts: dict[str, object] = {
        "host_setting": kind,
        "matched": words[: catalog.MAX_FACT_CHARS],
        "match": "not-a-host",
        "reference": "RFC 1123 §2.1: a host name is letters, digits, hyphens and dots",
    }
    if field:
        facts["host_field"] = field[: catalog.MAX_FACT_CHARS]
    # What the failure seemed to say about a server: none was asked.
    replaced = frozenset({Code.HOST_NOT_FOUND, Code.DNS_FAILURE, Code.PORT_CLOSED})
    return lead_with(Code.WRONG_HOST, facts, findings, replacing=replaced)


def _seen(rest: str) -> tuple[str, str, str] | None:
    """(kind, what the field held, the words that show it): kind "empty", "template",
    "address" or "url"."""
    if (said := _NOT_SPECIFIED.search(rest)) is not None:
        return "empty", "", said.group(0)
    for match in itertools.islice(_HOST_SLOT.finditer(rest), _SLOT_TRIES):
        kind, field = _kind(next((g for g in match.groups() if g is not None), ""))
        if kind:
            return kind, field, match.group(0)
    if (scheme := _SCHEME.search(rest)) is not None:
        return "url", scheme.group("scheme").lower() + "://", scheme.group(0)
    return None


def _kind(raw: str) -> tuple[str, str]:
    """What a library's host slot held: ("", "") for a host name or address (or anything that
    may be one)."""
    host = _TRANSPORT.sub("", raw.strip(_QUOTES)).strip(_QUOTES)
    if host.lower() in _NO_VALUE:
        return "empty", ""
    if _TEMPLATE.search(host):
        return "template", host
    if _URL.match(host) or "/" in host:
        return "url", host
    if "@" in host:
        return "address", host
    return "", ""
