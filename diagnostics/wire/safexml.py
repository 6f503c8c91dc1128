"""Hostile XML in, a root element out: size-capped, DTDs and entities refused (defusedxml).

Shared by the autoconfig and Autodiscover parsers; both ignore namespaces (documents in the wild
use several, or none) and compare local tag names only.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from diagnostics.net.redact import Redactor, redact_url, redact_value

if TYPE_CHECKING:  # the parser itself is imported by parse_root: most runs get no document
    from xml.etree.ElementTree import Element

MAX_DOCUMENT_BYTES = 256 * 1024  # the largest ISPDB file is under 10 KiB


def parse_root(
    text: str | bytes,
    error: type[ValueError],
    what: str,
    *,
    redact: Redactor | None = None,
    known: Iterable[str] = (),
) -> Element:
    """The root element, or `error(message)` for an oversize, forbidden or malformed document.

    Parsed from the raw bytes, then every text, tail and attribute value masked with the run's
    secrets (`redact_value`: a host name as a name, net/redact.py "Names and documents"); tag
    and attribute names are the document's structure and stay, so masking can never break it,
    and entities or CDATA are decoded before the values are masked."""
    size = len(text.encode() if isinstance(text, str) else text)
    if size > MAX_DOCUMENT_BYTES:
        raise error(f"the {what} is too large ({size} bytes)")
    # Here, not at the top: xml.etree and defusedxml cost start-up about 3 ms, and a diagnosis
    # whose sources return no document never needs them (`python -m benchmarks.startup`).
    import defusedxml.ElementTree as DET
    from defusedxml import DefusedXmlException

    try:
        root: Element = DET.fromstring(text, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise error(f"forbidden XML construct ({type(exc).__name__})") from None
    except DET.ParseError as exc:
        message = f"bad XML ({exc})"
        raise error(redact(message) if redact else message) from None
    if redact:
        names = tuple(known)
        for element in root.iter():
            if element.text:
                element.text = _masked(redact, local(str(element.tag)).lower(), element.text, names)
            if element.tail:
                element.tail = redact_value(redact, element.tail, names)
            for key, value in element.attrib.items():
                element.attrib[key] = redact_value(redact, value, names)
    return root


# Elements whose text names a server (autoconfig's <hostname>, Autodiscover's <Server>), a URL
# or an address: masked as names (net/redact.py, "Names and documents"), the rest as text.
_HOST_TAGS = frozenset({"hostname", "server"})
_URL_TAGS = frozenset({"redirecturl"})
_ADDRESS_TAGS = frozenset({"redirectaddr"})


def _masked(redact: Redactor, tag: str, text: str, known: tuple[str, ...]) -> str:
    if tag in _HOST_TAGS:
        return redact_value(redact, text, known, host=True)
    if tag in _URL_TAGS:
        return redact_url(redact, text.strip(), known)
    if tag in _ADDRESS_TAGS and "@" in text:
        mailbox, _, domain = text.strip().rpartition("@")
        return f"{redact(mailbox)}@{redact_value(redact, domain, known, host=True)}"
    return redact_value(redact, text, known)


def local(tag: str) -> str:
    """`{namespace}name` → `name`."""
    return tag.rsplit("}", 1)[-1]


def children(element: Element, name: str) -> list[Element]:
    return [child for child in element if local(str(child.tag)) == name]


def child(element: Element | None, name: str) -> Element | None:
    if element is None:
        return None
    return next((c for c in element if local(str(c.tag)) == name), None)


def text(element: Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""
