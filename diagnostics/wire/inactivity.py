"""The inactivity limit a server states in its own words (pure).

No IMAP or POP3 extension announces it: RFC 9051 §5.4 only says an IMAP server's autologout
timer, if any, lasts at least 30 minutes, and RFC 1939 §3 says 10 minutes for POP3. Dovecot's
is fixed at 30 minutes and never announced (src/imap/imap-common.h); UW IMAP says "Autologout"
only in the BYE that ends the session. What a diagnosis can read is the free text an admin puts
in the greeting (Dovecot's `login_greeting`) or in an OK/[ALERT] line: "idle connections are
closed after 10 minutes", "autologout 15 min", "30 minutes of inactivity". Mail apps renew IMAP
IDLE every 29 minutes (RFC 2177 §3); a shorter limit drops push between renewals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from diagnostics.frozen import frozen

__all__ = ["InactivityLimit", "inactivity_facts", "parse_inactivity_limit"]

MAX_SAID = 200
MAX_SECONDS = 7 * 24 * 3600  # a week: anything longer is not a session limit
_UNITS = r"(seconds?|secs?|minutes?|mins?|hours?|hrs?|s|m|h)"
_SCALE = {"s": 1, "m": 60, "h": 3600}
_PATTERNS = (
    # "idle connections are closed after 10 minutes", "autologout 15 min", "inactivity: 600 s"
    re.compile(
        r"\b(?:idle|inactiv\w*|auto-?logout)\b[^\d\r\n]{0,40}?(\d{1,6})\s*" + _UNITS + r"\b",
        re.IGNORECASE,
    ),
    # "after 30 minutes of inactivity", "10 minutes idle"
    re.compile(
        r"\b(\d{1,6})\s*" + _UNITS + r"\s+(?:of\s+)?(?:inactiv\w*|idle\w*)\b", re.IGNORECASE
    ),
)


@frozen
class InactivityLimit:
    seconds: int
    said: str  # the server's words that state it, cut to MAX_SAID


def parse_inactivity_limit(texts: Iterable[str]) -> InactivityLimit | None:
    """The first inactivity limit stated in `texts` (greeting first), or None."""
    for text in texts:
        for pattern in _PATTERNS:
            match = pattern.search(text)
            if match is None:
                continue
            number, unit = match.group(1), match.group(2).lower()
            seconds = int(number) * _SCALE[unit[0]]
            if 0 < seconds <= MAX_SECONDS:
                return InactivityLimit(seconds=seconds, said=text.strip()[:MAX_SAID])
    return None


def inactivity_facts(texts: Iterable[str]) -> dict[str, object]:
    """The mailbox block's `inactivity_limit_s` (info; None when no text states it) and the
    server's words, printable characters only."""
    limit = parse_inactivity_limit(texts)
    if limit is None:
        return {"inactivity_limit_s": None}
    said = "".join(c if c.isprintable() else " " for c in limit.said)
    return {"inactivity_limit_s": limit.seconds, "inactivity_said": said}
