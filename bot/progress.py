"""Progress in plain words, one line: "Checked 7 of 11 — IMAP 993 SSL/TLS is not answering".

The reply while probes run is read on a phone, glanced at: one sentence, the count and the
latest thing worth naming. Never an outcome code ("tls_on_plain_port") nor a program value
("None"): each outcome has its words here, and a test keeps the table complete. SMTP on port 25
is server-to-server relay, which no mail app should use for sending (RFC 6409 §1: submission is
587, RFC 8314 §3.3: 465); a sweep still tries it, but naming it would only be noise.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from diagnostics.findings.catalog import protocol_name
from diagnostics.model import Endpoint, Outcome, Protocol, Security
from diagnostics.ports import RELAY_PORT
from diagnostics.sweep import ProbeFinished

OUTCOME_WORDS: Mapping[Outcome, str] = MappingProxyType(
    {
        Outcome.OK: "works",
        Outcome.DNS_NXDOMAIN: "does not exist",
        Outcome.DNS_NODATA: "has no address",
        Outcome.DNS_SERVFAIL: "could not be looked up",
        Outcome.DNS_TIMEOUT: "could not be looked up in time",
        Outcome.REFUSED: "refused the connection",
        Outcome.TIMEOUT: "is not answering",
        Outcome.UNREACHABLE: "cannot be reached",
        Outcome.NO_GREETING: "connects, then says nothing",
        Outcome.TLS_ON_PLAIN_PORT: "does not speak SSL/TLS on this port",
        Outcome.PLAIN_ON_TLS_PORT: "expects SSL/TLS on this port",
        Outcome.TLS_HANDSHAKE_FAILED: "could not set up encryption",
        Outcome.TLS_VERSION_UNSUPPORTED: "offers only outdated encryption",
        Outcome.CERT_INVALID: "has a certificate problem",
        Outcome.STARTTLS_NOT_OFFERED: "does not offer STARTTLS",
        Outcome.STARTTLS_REFUSED: "refused to switch to STARTTLS",
        Outcome.PROTOCOL_ERROR: "answered with something unexpected",
        Outcome.WRONG_PROTOCOL: "answers with another mail protocol",
        Outcome.READ_TIMEOUT: "stopped answering",
        Outcome.CLOSED: "closed the connection",
        Outcome.DEADLINE: "is not answering yet",
        Outcome.AUTH_OK: "accepted the login",
        Outcome.AUTH_FAILED: "refused the login",
        Outcome.AUTH_UNAVAILABLE: "offers no login I can test",
        Outcome.POLICY_REFUSED: "may not be tested from here",
    }
)
# The security as a mail app's settings name it; "None" would read like a program value here.
_SECURITY_WORDS = {
    Security.TLS: "SSL/TLS",
    Security.STARTTLS: "STARTTLS",
    Security.NONE: "without encryption",
}


def is_noise(endpoint: Endpoint) -> bool:
    """SMTP relay on port 25: tried, counted, never named to a person setting up a mail app."""
    return endpoint.protocol is Protocol.SMTP and endpoint.port == RELAY_PORT


def endpoint_words(endpoint: Endpoint, *, with_host: bool = False) -> str:
    """ "IMAP 993 SSL/TLS", "SMTP 587 without encryption", optionally "on mail.example.org"."""
    words = (
        f"{protocol_name(endpoint.protocol)} {endpoint.port} {_SECURITY_WORDS[endpoint.security]}"
    )
    return f"{words} on {endpoint.host}" if with_host else words


def progress_line(events: Sequence[ProbeFinished]) -> str:
    """One plain sentence: how many checks are done, and the latest one worth naming."""
    if not events:
        return "Starting…"
    last = events[-1]
    line = f"Checked {last.done} of {last.total}"
    named = [e for e in events if not is_noise(e.result.endpoint)]
    if not named:
        return line
    several_hosts = len({e.result.endpoint.host for e in named}) > 1
    latest = named[-1].result
    what = endpoint_words(latest.endpoint, with_host=several_hosts)
    return f"{line} — {what} {OUTCOME_WORDS[latest.outcome]}"


__all__ = ["OUTCOME_WORDS", "endpoint_words", "is_noise", "progress_line"]
