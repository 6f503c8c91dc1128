"""A pasted certificate failure that only the person's own device or network can cause.

The big providers' servers present certificates from public authorities that every up-to-date
device trusts (their names are in data/providers.json). When an app still finds one untrusted,
self-signed, expired or not yet valid, the certificate it saw is not the provider's, or the
device cannot check it: an antivirus or firewall that scans encrypted mail shows the app a
certificate of its own making (its "root" is installed on the computer, not in the app), a
company or hotel network inspects connections, the device's list of trusted authorities is
missing or out of date, or its clock is wrong (RFC 5280 §6.1.3: the validity period is checked
against the device's own time). The same holds for any server when the paste names the scanning
product. Telling the person to fix the server, or to accept the certificate, would be wrong:
they would trust whoever replaced it. So CERT_INTERCEPTED leads, the text's own cause second.
"""

from __future__ import annotations

import functools
import re

from diagnostics.discovery.providers import Provider, load_providers
from diagnostics.findings import catalog
from diagnostics.findings.codes import Code, severity_of
from diagnostics.model import Finding

__all__ = ["HOST", "on_own_device", "provider_host"]

# What a provider's genuine certificate can fail at on a device that cannot check it.
_PROVIDER_FAILURES = frozenset(
    {Code.CERT_UNTRUSTED, Code.CERT_SELF_SIGNED, Code.CERT_EXPIRED, Code.CERT_NOT_YET_VALID}
)
# With the product named, a certificate of its own for the server's name can also miss the name.
_NAMED_FAILURES = _PROVIDER_FAILURES | {Code.CERT_HOSTNAME_MISMATCH}

# Products and features that re-sign TLS on the person's device or network, as their roots and
# settings are named in pasted errors ("Avast Mail Shield Root", "ESET SSL Filter CA",
# "Kaspersky Anti-Virus Personal Root Certificate", "DO_NOT_TRUST_FiddlerRoot"). Names that are
# also common words or public authorities (AVG, G Data, Symantec, Comodo) need their product's
# word after them.
_INTERCEPTOR = re.compile(
    r"(?<![\w-])(?:(?:avast|kaspersky|eset(?= |_)|bitdefender|norton|mcafee|sophos|avira|"
    r"trend ?micro|webroot|f-secure|fortinet|fortigate|zscaler|netskope|blue ?coat|"
    r"sonicwall|watchguard|cisco umbrella)(?: (?:(?:mail|e-?mail|web) shield|ssl filter|"
    r"anti-?virus|internet security|total security|endpoint security))?|"
    r"mitmproxy|(?:do_not_trust_)?fiddler(?:root)?|charles proxy|burp suite|"
    r"avg (?:antivirus|anti-virus|internet security|technologies|web shield|mail shield)|"
    r"g ?data (?:software|security|antivirus|mailmonitor)|"
    r"(?:mail|e-?mail|web) shield|ssl filter|(?:ssl|tls) inspection|https scanning)(?![\w-])",
    re.IGNORECASE,
)
# A host name (RFC 1123 §2.1 labels); not after "@" (an address, not a server) or "/" (a path).
HOST = re.compile(
    r"(?<![\w.@/-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})(?![\w-])",
    re.IGNORECASE,
)
_SCAN = 4000  # where the host or product is named: a dialog's or exception's first lines


@functools.cache
def _provider_names() -> tuple[tuple[str, Provider], ...]:
    """Each provider's mail domains and server names, and the domain its servers are under
    (outlook.office365.com: office365.com), longest first."""
    names: dict[str, Provider] = {}
    for provider in load_providers():
        for server in provider.servers:
            host = server.host.lower()
            names.setdefault(host, provider)
            parent = host.split(".", 1)[1]
            if parent.count(".") >= 1:
                names.setdefault(parent, provider)
        for domain in provider.domains:
            names.setdefault(domain.lower(), provider)
    return tuple(sorted(names.items(), key=lambda item: -len(item[0])))


def provider_host(text: str) -> tuple[str, Provider] | None:
    """The first server or domain of a known provider the text names (not an address)."""
    for match in HOST.finditer(text[:_SCAN]):
        host = match.group(1).lower().rstrip(".")
        for name, provider in _provider_names():
            if host == name or host.endswith("." + name):
                return host, provider
    return None


def on_own_device(findings: tuple[Finding, ...], text: str) -> tuple[Finding, ...] | None:
    """CERT_INTERCEPTED first, the text's own cause second, when the certificate that failed is
    a big provider's or the paste names a product that re-signs TLS; None otherwise."""
    if not findings or findings[0].code not in _NAMED_FAILURES:
        return None
    product = _INTERCEPTOR.search(text[:_SCAN])
    named = provider_host(text) if findings[0].code in _PROVIDER_FAILURES else None
    if product is None and named is None:
        return None
    code = Code.CERT_INTERCEPTED
    facts: dict[str, object] = {
        "match": "own-device",
        "reference": "RFC 5280 §6.1: the device checks the chain against its own trusted "
        "roots and clock",
    }
    if product is not None:
        facts["interceptor"] = product.group(0)[: catalog.MAX_FACT_CHARS]
        facts["matched"] = facts["interceptor"]
    if named is not None:
        host, provider = named
        facts["host"] = host[: catalog.MAX_FACT_CHARS]
        facts["provider"] = provider.name.split(" (", 1)[0]  # "Google", not its products
        facts.setdefault("matched", facts["host"])
    lead = Finding(code=code, severity=severity_of(code), facts=facts)
    return (lead, *(f for f in findings if f.code is not code))
