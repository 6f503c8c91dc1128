"""Mozilla autoconfig (clientConfig v1.1) documents: text in, a frozen value out. No I/O.

The format is read by Thunderbird, Thunderbird for Android (K-9) and FairEmail; the ISPDB serves
the same format. Unknown elements are ignored (the format grows: `ews`, `owa`, `graph`, ...). The
username placeholders (`%EMAILADDRESS%`, `%EMAILLOCALPART%`, `%EMAILDOMAIN%`) are expanded by
`expand_username`; a placeholder without its closing `%` (the ISPDB's office365.com.xml has two)
is reported as a problem and repaired, never used as a literal username.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from diagnostics.frozen import frozen
from diagnostics.model import Protocol, Security
from diagnostics.net.redact import Redactor
from diagnostics.wire.hostname import HostnameError, parse_server_name
from diagnostics.wire.safexml import child as _child
from diagnostics.wire.safexml import children as _children
from diagnostics.wire.safexml import local as _local
from diagnostics.wire.safexml import parse_root
from diagnostics.wire.safexml import text as _text

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

PLACEHOLDERS = ("%EMAILADDRESS%", "%EMAILLOCALPART%", "%EMAILDOMAIN%")
# A known placeholder name with a missing '%' on either side, e.g. "%EMAILADDRESS".
_BROKEN_PLACEHOLDER = re.compile(r"%?(EMAILADDRESS|EMAILLOCALPART|EMAILDOMAIN)%?")
_PLACEHOLDER_TOKEN = re.compile(r"%[A-Z]+%")

_SOCKET_TYPES = {"SSL": Security.TLS, "STARTTLS": Security.STARTTLS, "PLAIN": Security.NONE}
_TYPES = {"imap": Protocol.IMAP, "pop3": Protocol.POP3, "smtp": Protocol.SMTP}


class AutoconfigError(ValueError):
    """The text is not a usable clientConfig document (bad XML, wrong root, too large)."""


@frozen
class ServerEntry:
    """One `incomingServer` or `outgoingServer` of type imap, pop3 or smtp."""

    protocol: Protocol
    hostname: str
    port: int
    security: Security
    username: str | None  # the template, repaired if a placeholder was broken
    authentication: tuple[str, ...] = ()
    leave_messages_on_server: bool | None = None


@frozen
class ClientConfig:
    provider_id: str
    display_name: str
    domains: tuple[str, ...]
    servers: tuple[ServerEntry, ...]
    documentation: tuple[str, ...] = ()  # URLs
    enable_instructions: tuple[str, ...] = ()  # "You must enable IMAP first" texts
    enable_urls: tuple[str, ...] = ()
    other_server_types: tuple[str, ...] = ()  # ews, owa, graph, exchange: not probed
    problems: tuple[str, ...] = ()  # broken placeholders, unusable entries


def check_placeholders(template: str) -> tuple[str, list[str]]:
    """(repaired template, problems): every known placeholder written with both '%' signs."""
    problems: list[str] = []

    def fix(match: re.Match[str]) -> str:
        whole = match.group(0)
        name = match.group(1)
        if whole != f"%{name}%":
            problems.append(f"broken placeholder {whole!r} (should be %{name}%)")
        return f"%{name}%"

    repaired = _BROKEN_PLACEHOLDER.sub(fix, template)
    for token in _PLACEHOLDER_TOKEN.findall(repaired):
        if token not in PLACEHOLDERS:
            problems.append(f"unknown placeholder {token!r}")
    return repaired, problems


def expand_username(template: str | None, address: str | None) -> str | None:
    """The username for `address` (local@domain); None when it needs an address we don't have."""
    if template is None or not template.strip():
        return None
    if any(p in template for p in PLACEHOLDERS):
        if address is None or "@" not in address:
            return None
        local, _, domain = address.rpartition("@")
        return (
            template.replace("%EMAILADDRESS%", address)
            .replace("%EMAILLOCALPART%", local)
            .replace("%EMAILDOMAIN%", domain)
        )
    return template


def _server(element: Element, problems: list[str]) -> ServerEntry | None:
    kind = element.get("type", "").strip().lower()
    protocol = _TYPES.get(kind)
    if protocol is None:
        return None
    hostname = _text(_child(element, "hostname")).rstrip(".").lower()
    port_text = _text(_child(element, "port"))
    socket_type = _text(_child(element, "socketType")).upper()
    if (
        not hostname
        or not (port_text.isascii() and port_text.isdigit())
        or not 1 <= int(port_text) <= 65535
    ):
        problems.append(f"{kind} entry without a usable hostname or port")
        return None
    security = _SOCKET_TYPES.get(socket_type)
    if security is None:
        problems.append(f"{kind} {hostname}: unknown socketType {socket_type!r}")
        return None
    username: str | None = _text(_child(element, "username")) or None
    if username is not None:
        username, found = check_placeholders(username)
        problems.extend(f"{kind} {hostname} username: {p}" for p in found)
    if any(p in hostname for p in ("%", "$")):
        repaired, found = check_placeholders(hostname)
        problems.extend(f"{kind} hostname: {p}" for p in found)
        hostname = repaired
    try:
        hostname = parse_server_name(hostname)
    except HostnameError as exc:
        # Never looked up: a name with control characters or one IDNA refuses is nobody's.
        problems.append(f"{kind} hostname: {exc}")
        return None
    leave = _child(element, "pop3")
    leave_text = _text(_child(leave, "leaveMessagesOnServer")) if leave is not None else ""
    return ServerEntry(
        protocol=protocol,
        hostname=hostname,
        port=int(port_text),
        security=security,
        username=username,
        authentication=tuple(_text(a) for a in _children(element, "authentication") if _text(a)),
        leave_messages_on_server=(leave_text.lower() == "true") if leave_text else None,
    )


def parse_autoconfig(
    text: str | bytes, *, redact: Redactor | None = None, known: Iterable[str] = ()
) -> ClientConfig:
    """Parse a clientConfig document; AutoconfigError when it is not one. Its values come out
    masked with `redact` (wire/safexml.py), the names of `known` domains kept."""
    root = parse_root(text, AutoconfigError, "document", redact=redact, known=known)
    if _local(str(root.tag)) != "clientConfig":
        tag = _local(str(root.tag))  # a hostile document's own name: masked like its values
        raise AutoconfigError(
            f"not a clientConfig document (root <{redact(tag) if redact else tag}>)"
        )
    provider = _child(root, "emailProvider")
    if provider is None:
        raise AutoconfigError("no <emailProvider> in the document")
    problems: list[str] = []
    servers: list[ServerEntry] = []
    others: list[str] = []
    for tag in ("incomingServer", "outgoingServer"):
        for element in _children(provider, tag):
            kind = element.get("type", "").strip().lower()
            if kind not in _TYPES:
                others.append(kind or "?")
                # Still report broken placeholders there: apps that use them would fail too.
                for name in ("username",):
                    value = _text(_child(element, name))
                    if value:
                        problems.extend(f"{kind} {name}: {p}" for p in check_placeholders(value)[1])
                continue
            entry = _server(element, problems)
            if entry is not None:
                servers.append(entry)
    enables = _children(provider, "enable")
    return ClientConfig(
        provider_id=provider.get("id", "").strip(),
        display_name=_text(_child(provider, "displayName")),
        domains=tuple(_text(d).lower() for d in _children(provider, "domain") if _text(d)),
        servers=tuple(servers),
        documentation=tuple(
            d.get("url", "").strip() for d in _children(provider, "documentation") if d.get("url")
        ),
        enable_instructions=tuple(
            text for text in (_instruction(e) for e in enables) if text is not None
        ),
        enable_urls=tuple(e.get("visiturl", "").strip() for e in enables if e.get("visiturl")),
        other_server_types=tuple(others),
        problems=tuple(dict.fromkeys(problems)),
    )


def _instruction(enable: Element) -> str | None:
    """One text per `<enable>`: ISPDB documents repeat the instruction per language
    (`<instruction lang="de">`); the one without a language or in English is shown, else the
    first."""
    texts = [(i.get("lang", "").lower(), _text(i)) for i in _children(enable, "instruction")]
    texts = [(lang, text) for lang, text in texts if text]
    if not texts:
        return None
    preferred = [t for lang, t in texts if lang in ("", "en") or lang.startswith("en-")]
    return (preferred or [texts[0][1]])[0]


def looks_like_autoconfig(body: bytes) -> bool:
    """Whether a body that failed to parse was meant as a clientConfig (not a web page)."""
    head = body[:4096].lstrip().lower()
    return head.startswith(b"<?xml") or b"<clientconfig" in head
