"""Microsoft Autodiscover (POX, "plain old XML") responses: text in, a frozen value out. No I/O.

Read as Thunderbird reads them (mail-facts.md): `Account/Protocol` elements of type IMAP, POP3
and SMTP; `SSL=off` or `Encryption=None` means no encryption; otherwise ports 143, 110, 25 and 587
mean STARTTLS and any other port implicit TLS. `Action=redirectAddr|redirectUrl` answers are
returned as redirects for the caller to judge (another domain needs the person's consent).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from diagnostics.frozen import frozen
from diagnostics.model import Protocol, Security
from diagnostics.net.redact import Redactor, redact_json
from diagnostics.wire.hostname import HostnameError, parse_server_name
from diagnostics.wire.safexml import child as _find
from diagnostics.wire.safexml import children as _findall
from diagnostics.wire.safexml import local as _local
from diagnostics.wire.safexml import parse_root
from diagnostics.wire.safexml import text as _text

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_TYPES = {"IMAP": Protocol.IMAP, "POP3": Protocol.POP3, "SMTP": Protocol.SMTP}
_STARTTLS_PORTS = frozenset({143, 110, 25, 587})


class AutodiscoverError(ValueError):
    """The text is not a usable Autodiscover response."""


@frozen
class AutodiscoverServer:
    """One <Protocol> entry of an Autodiscover response that names a usable server."""

    protocol: Protocol
    hostname: str
    port: int
    security: Security
    login_name: str | None = None


@frozen
class AutodiscoverResponse:
    """A parsed Autodiscover response: its servers, or a redirect or error."""

    servers: tuple[AutodiscoverServer, ...] = ()
    redirect_addr: str | None = None
    redirect_url: str | None = None
    error: str | None = None  # the server's <Error> message, if any
    display_name: str | None = None
    # Entries that cannot be used (a <Server> that is not a host name), in words, escaped.
    problems: tuple[str, ...] = ()


def _security(protocol_element: Element, port: int) -> Security:
    ssl = _text(_find(protocol_element, "SSL")).lower()
    encryption = _text(_find(protocol_element, "Encryption")).lower()
    if ssl == "off" or encryption == "none":
        return Security.NONE
    return Security.STARTTLS if port in _STARTTLS_PORTS else Security.TLS


def parse_autodiscover(
    text: str | bytes, *, redact: Redactor | None = None, known: Iterable[str] = ()
) -> AutodiscoverResponse:
    """Parse a POX Autodiscover response; AutodiscoverError when it is not one. Its values come
    out masked with `redact` (wire/safexml.py), the names of `known` domains kept."""
    root = parse_root(text, AutodiscoverError, "response", redact=redact, known=known)
    if _local(str(root.tag)) != "Autodiscover":
        tag = _local(str(root.tag))  # a hostile document's own name: masked like its values
        raise AutodiscoverError(
            f"not an Autodiscover response (root <{redact(tag) if redact else tag}>)"
        )
    response = _find(root, "Response")
    if response is None:
        raise AutodiscoverError("no <Response> element")
    error = _find(response, "Error")
    if error is not None:
        message = _text(_find(error, "Message")) or _text(_find(error, "ErrorCode")) or "error"
        return AutodiscoverResponse(error=message)
    account = _find(response, "Account")
    if account is None:
        raise AutodiscoverError("no <Account> element")
    user = _find(response, "User")
    display = _text(_find(user, "DisplayName")) if user is not None else ""
    action = _text(_find(account, "Action")).lower()
    if action == "redirectaddr":
        return AutodiscoverResponse(redirect_addr=_text(_find(account, "RedirectAddr")) or None)
    if action == "redirecturl":
        return AutodiscoverResponse(redirect_url=_text(_find(account, "RedirectUrl")) or None)
    servers: list[AutodiscoverServer] = []
    problems: list[str] = []
    for element in _findall(account, "Protocol"):
        protocol = _TYPES.get(_text(_find(element, "Type")).upper())
        host = _text(_find(element, "Server"))
        port_text = _text(_find(element, "Port"))
        if protocol is None or not host or not (port_text.isascii() and port_text.isdigit()):
            continue
        try:
            host = parse_server_name(host)
        except HostnameError as exc:
            problems.append(f"{protocol.value.upper()} <Server>: {exc}")
            continue
        port = int(port_text)
        if not 1 <= port <= 65535:
            continue
        servers.append(
            AutodiscoverServer(
                protocol=protocol,
                hostname=host,
                port=port,
                security=_security(element, port),
                login_name=_text(_find(element, "LoginName")) or None,
            )
        )
    return AutodiscoverResponse(
        servers=tuple(servers), display_name=display or None, problems=tuple(problems)
    )


def request_body(address: str) -> bytes:
    """The POX request. `address` is a stand-in at the domain, never the person's address."""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/'
        'outlook/requestschema/2006">\n'
        "  <Request>\n"
        f"    <EMailAddress>{address}</EMailAddress>\n"
        "    <AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/"
        "outlook/responseschema/2006a</AcceptableResponseSchema>\n"
        "  </Request>\n"
        "</Autodiscover>\n"
    ).encode()


# --- Autodiscover v2 (JSON) -----------------------------------------------------------------------
# Outlook's first question: GET `.../autodiscover/autodiscover.json?Email=<address>&Protocol=
# AutodiscoverV1`, answered by Exchange Online (and by the domain's own Autodiscover host when it
# is a CNAME to autodiscover.outlook.com) with `{"Protocol": "AutodiscoverV1", "Url": "https://
# outlook.office365.com/autodiscover/autodiscover.xml"}`: where the POX service of the mailbox is.
# Unknown mailboxes get `{"ErrorCode": ..., "ErrorMessage": ...}`.
MAX_JSON = 16 * 1024


def parse_autodiscover_json(
    body: bytes, *, redact: Redactor | None = None, known: Iterable[str] = ()
) -> str:
    """The POX URL an Autodiscover v2 answer names; AutodiscoverError for anything else. Parsed
    from the raw bytes, its values then masked with `redact` (net/redact.py)."""
    import json

    if len(body) > MAX_JSON:
        raise AutodiscoverError("the answer is too large")
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise AutodiscoverError("not JSON") from None
    if redact:
        data = redact_json(data, redact, known)
    if not isinstance(data, dict):
        raise AutodiscoverError("not an Autodiscover v2 answer")
    url = data.get("Url")
    if not isinstance(url, str) or not url.lower().startswith("https://"):
        error = data.get("ErrorMessage") or data.get("ErrorCode")
        raise AutodiscoverError(f"says {str(error)[:200]!r}" if error else "names no https URL")
    return url
