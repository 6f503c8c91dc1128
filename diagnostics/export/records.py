"""For the domain's admin: the DNS records that would make discovery find the answer's settings.

RFC 6186 SRV records (`_imaps._tcp`, `_imap._tcp`, `_pop3s._tcp`, `_pop3._tcp`,
`_submission._tcp`) and RFC 8314 §5.1's `_submissions._tcp` for implicit TLS, in zone-file form,
for every encrypted setting that works (the answer's choice first), plus "service not offered"
records (target ".", RFC 6186 §3.4) for the services that do not, so apps do not try them; and
the autoconfig host name Thunderbird asks (`autoconfig.<domain>`, serving `mailmedic export
--format autoconfig`). Pure: from the report's
answer only (`choices`, `recommended`).
"""

from __future__ import annotations

from diagnostics.model import Protocol, Report, Security

TTL = 3600
# (protocol, security) -> the service label of RFC 6186 / RFC 8314.
_SERVICE = {
    (Protocol.IMAP, Security.TLS): "_imaps._tcp",
    (Protocol.IMAP, Security.STARTTLS): "_imap._tcp",
    (Protocol.POP3, Security.TLS): "_pop3s._tcp",
    (Protocol.POP3, Security.STARTTLS): "_pop3._tcp",
    (Protocol.SMTP, Security.TLS): "_submissions._tcp",
    (Protocol.SMTP, Security.STARTTLS): "_submission._tcp",
}


def render_srv(report: Report, *, domain: str) -> bytes | None:
    """Zone-file lines for `domain`; None when the answer has no encrypted setting to publish
    (a setting without encryption is never published as an SRV record: RFC 8314 §4.1)."""
    zone = domain.rstrip(".").lower() + "."
    lines = [f"; DNS records for {zone} so mail apps find these settings (RFC 6186, RFC 8314)"]
    published: set[str] = set()
    chosen = {(c.endpoint.protocol, c.endpoint.host, c.endpoint.port) for c in report.choices}
    working = (*report.recommended.incoming, *report.recommended.outgoing)
    for ep in working:
        service = _SERVICE.get((ep.protocol, ep.security))
        if service is None or service in published:
            continue
        published.add(service)
        target = ep.host.rstrip(".").lower() + "."
        # RFC 6186 §3.4: the lower priority is tried first; the answer's choice leads.
        priority = 0 if (ep.protocol, ep.host, ep.port) in chosen else 10
        lines.append(f"{service}.{zone} {TTL} IN SRV {priority} 1 {ep.port} {target}")
    if not published:
        return None
    for service in sorted(set(_SERVICE.values()) - published):
        # RFC 6186 §3.4: a target of "." says the service is not offered, so apps skip it.
        lines.append(f"{service}.{zone} {TTL} IN SRV 0 0 0 .")
    lines.append(
        f"; and serve `mailmedic export {domain} --format autoconfig` at "
        f"https://autoconfig.{zone.rstrip('.')}/mail/config-v1.1.xml (Thunderbird, K-9, FairEmail)"
    )
    return ("\n".join(lines) + "\n").encode()


__all__ = ["render_srv"]
