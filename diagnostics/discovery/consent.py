"""Whether a login test needs the person's consent before the password is sent.

Thunderbird asks before it follows an Autodiscover redirect to another base domain; Thunderbird
for Android tells settings learned over plain DNS or HTTP apart. Together: a server whose
registrable domain (Public Suffix List) differs from the address's, named by a source anyone on
the way could have changed (an MX record or SRV record without DNSSEC, a document over plain
HTTP), is another organisation's server that nobody vouched for; so is one that only a document
reached through a redirect to another domain named (Choice.named_by). The password goes there
only after the person says yes (bot/flow.py asks).
"""

from __future__ import annotations

from collections.abc import Iterable

from diagnostics.discovery.mx import registrable_domain
from diagnostics.model import Choice


def hosts_needing_consent(choices: Iterable[Choice], address: str) -> tuple[str, ...]:
    """The chosen servers of another organisation, learned insecurely or named by another
    domain's document through a redirect, in choice order."""
    domain = address.rpartition("@")[2].rstrip(".").lower()
    if not domain:
        return ()
    own = registrable_domain(domain)
    hosts: list[str] = []
    for choice in choices:
        host = choice.endpoint.host.rstrip(".").lower()
        insecure = choice.trust is not None and not choice.trust.secure
        if not insecure and choice.named_by is None:
            continue
        if registrable_domain(host) != own and host not in hosts:
            hosts.append(host)
    return tuple(hosts)


def redirected_by(choices: Iterable[Choice], hosts: Iterable[str]) -> str | None:
    """The other domain whose document, reached through a redirect, named one of `hosts`."""
    wanted = {h.rstrip(".").lower() for h in hosts}
    return next(
        (
            c.named_by
            for c in choices
            if c.named_by and c.endpoint.host.rstrip(".").lower() in wanted
        ),
        None,
    )
