"""Server names that a document, a DNS record or a redirect names, checked where they enter.

A name a server hands us is someone else's input: it may hold control or format characters
(U+202E turns text around on screen), spaces, an over-long label, or letters IDNA 2008 refuses.
Such a name cannot be a server's, so it is never looked up: the source that named it is broken,
and the report says which name and why (escaped, `shown`). A valid one becomes its ASCII form
(RFC 5890 A-labels, through policy.validate_host, the same rule as for names people type), so
`ímap.example` and `xn--map-6na.example` are the same server everywhere.
"""

from __future__ import annotations

import re

from diagnostics.policy import InvalidTarget, validate_host

# How much of a hostile name a detail line repeats (a 300-letter label says enough in 60).
SHOWN_CHARS = 60
# Autoconfig placeholders a host name may hold (Thunderbird fills them): checked as a label.
_PLACEHOLDER = re.compile(r"%(EMAILDOMAIN|EMAILLOCALPART|EMAILADDRESS)%", re.IGNORECASE)


class HostnameError(ValueError):
    """The text cannot be a server's name; the message says which and why, escaped."""


def shown(raw: str) -> str:
    """`raw` escaped for a detail line: every non-ASCII or control character as \\uXXXX."""
    text = ascii(raw.strip())[1:-1]
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def parse_server_name(raw: str) -> str:
    """The ASCII (IDNA 2008) form of a server name, lower case, without the final dot; an IP
    address as itself. HostnameError for anything that cannot be a host name."""
    candidate = _PLACEHOLDER.sub("placeholder", raw.strip())
    try:
        host = validate_host(candidate)
    except InvalidTarget:
        raise HostnameError(f'"{shown(raw)}" is not a valid host name') from None
    if candidate != raw.strip():
        return raw.strip().rstrip(".").lower()  # a template: kept as written, filled later
    return host


__all__ = ["HostnameError", "parse_server_name", "shown"]
