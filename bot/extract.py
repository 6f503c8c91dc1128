"""Read what a support message is about: settings, an address or domain, or an error text.

Used by the "Diagnose email problem" context menu. Pure and forgiving. A pasted dialog comes
first: an app's error with its settings (Outlook's "Server: 'pop.example.com', Port: 995,
Secure(SSL): Yes ... 0x800CCC0F", an iOS alert, a server's reply) is explained, and the
explanation offers to test the settings it names — the cause is in the text, the check is one
tap away. Otherwise a person writes "my iphone says imap.example.com 993 SSL cannot connect":
a mail port next to a host name (settings → check), an error-looking text (→ explain), an
address or domain (→ diagnose), in that order of preference; any other text is explained.
"""

from __future__ import annotations

import re

from diagnostics import ports
from diagnostics.frozen import frozen
from diagnostics.model import Endpoint, Protocol, Security
from diagnostics.paste.match import recognise
from diagnostics.policy import InvalidTarget, validate_host

# The one port table (diagnostics/ports.py), re-exported for the bot's forms.
PORT_PROTOCOL = ports.PORT_PROTOCOL
IMPLICIT_TLS_PORTS = ports.IMPLICIT_TLS_PORTS
MAX_TEXT_CHARS = 4000  # what the explain form takes, too

_ADDRESS = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[^\W\d_]{2,})", re.UNICODE)
_HOST = re.compile(r"(?<![\w@.-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?![\w-])", re.I)
_PORT = re.compile(r"(?<![\d.])(25|26|110|143|465|587|993|995|2525)(?!\d)")
_PROTOCOL = re.compile(r"\b(imap|pop3?|smtp)\b", re.I)
_SECURITY = re.compile(r"\b(starttls|ssl/tls|ssl|tls|none|no encryption)\b", re.I)
_ERROR_WORDS = re.compile(
    r"(-ERR|\bNO \[|\b[45]\d\d[ -]\d?|error|failed|failure|denied|refused|timed? ?out|"
    r"certificate|cannot|can't|unable|invalid|incorrect|rejected|authenticat|SSL|TLS)",
    re.I,
)


@frozen
class Extracted:
    kind: str  # check | diagnose | explain
    endpoint: Endpoint | None = None
    target: str | None = None
    text: str | None = None


def looks_like_error(text: str) -> bool:
    return bool(_ERROR_WORDS.search(text))


def settings_in(text: str) -> Endpoint | None:
    """A host and a mail port in the text (protocol and security read or derived from the port)."""
    found_ports = _PORT.findall(text)
    hosts = [h for h in _HOST.findall(text) if not _ADDRESS.search(h)]
    if not found_ports or not hosts:
        return None
    port = int(found_ports[0])
    protocol_match = _PROTOCOL.search(text)
    protocol = PORT_PROTOCOL[port]
    if protocol_match:
        word = protocol_match.group(1).lower()
        protocol = Protocol.POP3 if word.startswith("pop") else Protocol(word)
    security = ports.default_security(port)
    security_match = _SECURITY.search(text)
    if security_match:
        word = security_match.group(1).lower()
        if word == "starttls":
            security = Security.STARTTLS
        elif word in ("none", "no encryption"):
            security = Security.NONE
        else:
            security = Security.TLS
    try:
        host = validate_host(hosts[0])
    except InvalidTarget:
        return None
    return Endpoint(protocol=protocol, host=host, port=port, security=security)


def is_dialog(text: str) -> bool:
    """An app's error dialog or a server's reply: a cause read from its exact words (a server
    text, an error number, an app's own string), or any cause beside labelled settings fields.
    A cause guessed from a casual sentence's words alone (the lexicon) is not enough: "my
    phone says imap.example.com 143 SSL fails" asks for its settings to be tested."""
    found = recognise(text[:MAX_TEXT_CHARS])
    exact = any(not str(f.facts.get("match", "")).startswith("lexicon:") for f in found.findings)
    return exact or (bool(found.findings) and found.dialog.endpoint() is not None)


def extract(text: str) -> Extracted | None:
    """What to run for this message, or None when it holds no text at all."""
    text = text.strip()
    if not text:
        return None
    if is_dialog(text):
        # The settings beside the error ("imap.example.com 993: NO [AUTHENTICATIONFAILED]")
        # become the explanation's "Test these settings" when the dialog has no labelled ones.
        return Extracted(kind="explain", text=text[:MAX_TEXT_CHARS], endpoint=settings_in(text))
    endpoint = settings_in(text)
    if endpoint is not None:
        return Extracted(kind="check", endpoint=endpoint)
    if not looks_like_error(text):
        address = _ADDRESS.search(text)
        if address:
            return Extracted(kind="diagnose", target=address.group(0))
        host = _HOST.search(text)
        if host:
            return Extracted(kind="diagnose", target=host.group(1))
    return Extracted(kind="explain", text=text[:MAX_TEXT_CHARS])
