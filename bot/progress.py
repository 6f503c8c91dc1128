"""Progress in plain words, one line: "Checked 7 of 11 — IMAP 993 SSL/TLS is not answering".

The reply while probes run is read on a phone, glanced at: one sentence, the count and the
latest thing worth naming. Never an outcome code ("tls_on_plain_port") nor a program value
("None"): each outcome has its words in the catalog (`ui.progress.outcome.*`, in the reader's
language), and a test keeps them complete. SMTP on port 25
is server-to-server relay, which no mail app should use for sending (RFC 6409 §1: submission is
587, RFC 8314 §3.3: 465); a sweep still tries it, but naming it would only be noise.
"""

from __future__ import annotations

from collections.abc import Sequence

from diagnostics.findings.catalog import protocol_name
from diagnostics.i18n import Messages, messages
from diagnostics.model import Endpoint, Outcome, Protocol, Security
from diagnostics.ports import RELAY_PORT
from diagnostics.sweep import ProbeFinished

# The security as a mail app's settings name it; "None" would read like a program value here,
# so no encryption is said in words (ui.progress.without_encryption).
_SECURITY_WORDS = {Security.TLS: "SSL/TLS", Security.STARTTLS: "STARTTLS"}


def _m(lang: str | Messages) -> Messages:
    return lang if isinstance(lang, Messages) else messages(lang)


def outcome_words(outcome: Outcome, lang: str | Messages = "en") -> str:
    """What a probe's outcome means, in plain words ("is not answering")."""
    return _m(lang).text(f"ui.progress.outcome.{Outcome(outcome).value}")


def is_noise(endpoint: Endpoint) -> bool:
    """SMTP relay on port 25: tried, counted, never named to a person setting up a mail app."""
    return endpoint.protocol is Protocol.SMTP and endpoint.port == RELAY_PORT


def endpoint_words(
    endpoint: Endpoint, *, with_host: bool = False, lang: str | Messages = "en"
) -> str:
    """ "IMAP 993 SSL/TLS", "SMTP 587 without encryption", optionally "on mail.example.org"."""
    m = _m(lang)
    security = (
        m.text("ui.progress.without_encryption")
        if endpoint.security is Security.NONE
        else _SECURITY_WORDS[endpoint.security]
    )
    words = f"{protocol_name(endpoint.protocol)} {endpoint.port} {security}"
    if not with_host:
        return words
    return m.text("ui.progress.on_host").format(what=words, host=endpoint.host)


def progress_line(events: Sequence[ProbeFinished], lang: str | Messages = "en") -> str:
    """One plain sentence: how many checks are done, and the latest one worth naming."""
    m = _m(lang)
    if not events:
        return m.text("ui.progress.starting")
    last = events[-1]
    line = m.text("ui.progress.checked").format(done=last.done, total=last.total)
    named = [e for e in events if not is_noise(e.result.endpoint)]
    if not named:
        return line
    several_hosts = len({e.result.endpoint.host for e in named}) > 1
    latest = named[-1].result
    what = endpoint_words(latest.endpoint, with_host=several_hosts, lang=m)
    return m.text("ui.progress.latest").format(
        count=line, what=what, outcome=outcome_words(latest.outcome, m)
    )


__all__ = ["endpoint_words", "is_noise", "outcome_words", "progress_line"]
