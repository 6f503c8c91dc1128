"""Whether a login test needs the person's consent before the password is sent.

Thunderbird asks before it follows an Autodiscover redirect to another base domain; Thunderbird
for Android tells settings learned over plain DNS or HTTP apart. Together: a server whose
registrable domain (Public Suffix List) differs from the address's, named by a source anyone on
the way could have changed (an MX record or SRV record without DNSSEC, a document over plain
HTTP), is another organisation's server that nobody vouched for. The password goes there only
after the person says yes (bot/flow.py asks).
"""

from __future__ import annotations

from collections.abc import Iterable

from diagnostics.discovery.mx import registrable_domain
from diagnostics.model import Choice


def hosts_needing_consent(choices: Iterable[Choice], address: str) -> tuple[str, ...]:
    """The chosen servers of another organisation, learned insecurely, in choice order."""
    domain = address.rpartition("@")[2].rstrip(".").lower()
    if not domain:
        return ()
    own = registrable_domain(domain)
    hosts: list[str] = []
    for choice in choices:
        host = choice.endpoint.host.rstrip(".").lower()
        if choice.trust is None or choice.trust.secure:
            continue
        if registrable_domain(host) != own and host not in hosts:
            hosts.append(host)
    return tuple(hosts)
