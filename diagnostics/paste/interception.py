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

import re

from diagnostics.discovery.providers import (
    Provider,
    match_domain,
    serving_provider,
)
from diagnostics.findings import catalog
from diagnostics.findings.codes import Code
from diagnostics.model import Finding
from diagnostics.paste.dialog import MAX_SCAN, Dialog
from diagnostics.paste.leads import first_host, lead_with, login_address

__all__ = ["on_own_device"]

# What a provider's genuine certificate can fail at on a device that cannot check it.
_PROVIDER_FAILURES = frozenset(
    {Code.CERT_UNTRUSTED, Code.CERT_SELF_SIGNED, Code.CERT_EXPIRED, Code.CERT_NOT_YET_VALID}
)
# With the product named, a certificate of its own for the server's name can also miss the name.
_NAMED_FAILURES = _PROVIDER_FAILURES | {Code.CERT_HOSTNAME_MISMATCH}

# Products that re-sign TLS on the person's device or network, as their roots are named in
# pasted errors ("Avast Mail Shield Root", "ESET SSL Filter CA", "Kaspersky Anti-Virus Personal
# Root Certificate", "DO_NOT_TRUST_FiddlerRoot"): brand names as they are written, so a path's
# "webroot" is none; AVG and G Data only with their product's word (an average, "g data").
_PRODUCT = re.compile(
    r"(?<![\w-])(?:(?:Avast|AVAST|Kaspersky|ESET|Bitdefender|Norton|McAfee|Sophos|Avira|"
    r"Trend ?Micro|Webroot|F-Secure|Fortinet|FortiGate|Zscaler|Netskope|Blue ?Coat|SonicWall|"
    r"WatchGuard|Cisco Umbrella)(?: (?:(?:[Mm]ail|E-?[Mm]ail|[Ww]eb) [Ss]hield|SSL [Ff]ilter|"
    r"[Aa]nti-?[Vv]irus|Internet Security|Total Security|Endpoint Security))?|mitmproxy|"
    r"(?:DO_NOT_TRUST_)?Fiddler(?:Root)?|Charles Proxy|Burp Suite|"
    r"AVG (?:[Aa]nti-?[Vv]irus|Internet Security|Technologies|Web Shield|Mail Shield)|"
    r"G ?DATA (?:Software|Security|AntiVirus|MailMonitor))(?![\w-])"
)
# The feature by its generic name: the same cause, no product to name.
_FEATURE = re.compile(
    r"(?<![\w-])(?:(?:mail|e-?mail|web) shield|ssl filter|(?:ssl|tls) inspection|"
    r"https scanning)(?![\w-])",
    re.IGNORECASE,
)
# The certificate's own subject names the provider's domain: the certificate is genuine.
_SUBJECT = re.compile(r"\bCN=(?:\*\.)?([a-z0-9.-]+\.[a-z]{2,63})\b", re.IGNORECASE)


def _provider_of(dialog: Dialog) -> tuple[str, Provider] | None:
    """The big provider whose server the failed certificate is for: the server the paste is
    about, or the provider's domain in the certificate's subject."""
    named = first_host(dialog)
    if named is not None:
        provider = serving_provider(named[0], login_address(dialog))
        if provider is not None:
            return named[0], provider
    for match in _SUBJECT.finditer(dialog.rest[:MAX_SCAN]):
        domain = match.group(1).lower()
        provider = match_domain(domain)
        if provider is not None:
            return domain, provider
    return None


def on_own_device(findings: tuple[Finding, ...], dialog: Dialog) -> tuple[Finding, ...] | None:
    """CERT_INTERCEPTED in place of the certificate failure, when it is a big provider's
    certificate or the paste names what re-signs TLS; None otherwise."""
    if not findings or findings[0].code not in _NAMED_FAILURES:
        return None
    rest = dialog.rest[:MAX_SCAN]
    product = _PRODUCT.search(rest)
    if product is None and findings[0].code is Code.CERT_HOSTNAME_MISMATCH:
        return _redirected(findings, dialog)
    feature = product or _FEATURE.search(rest)
    named = _provider_of(dialog) if findings[0].code in _PROVIDER_FAILURES else None
    if feature is None and named is None:
        return None
    facts: dict[str, object] = {
        "match": "own-device",
        "reference": "RFC 5280 §6.1: the device checks the chain against its own trusted "
        "roots and clock",
        "matched": (feature.group(0) if feature else named[0] if named else "")[
            : catalog.MAX_FACT_CHARS
        ],
    }
    if product is not None:
        facts["interceptor"] = product.group(0)[: catalog.MAX_FACT_CHARS]
    if named is not None:
        facts["host"] = named[0][: catalog.MAX_FACT_CHARS]
        facts["provider"] = named[1].short_name
    # The chain failure it explains says "tell your provider": the opposite, so it goes; a name
    # that does not match stays, a fix of its own (the server name to use).
    replaced = frozenset({findings[0].code}) & _PROVIDER_FAILURES
    return lead_with(Code.CERT_INTERCEPTED, facts, findings, replacing=replaced)


# Where each library's name-mismatch error puts the name it expected and the names the
# certificate is for: PHP's 'Peer certificate CN=`a' did not match expected CN=`b'', Node's
# "Host: b. is not in the cert's altnames: DNS:a, DNS:c", Go's "x509: certificate is valid for
# a, c, not b", Python's "hostname 'b' doesn't match either of 'a', 'c'", curl's "certificate
# subject name 'a' does not match target host name 'b'", Thunderbird's "b uses an invalid
# security certificate. The certificate is only valid for a", rustls's 'certificate not valid
# for name "b"; certificate is only valid for DnsName("a")'.
_MISMATCH = re.compile(
    r"Peer certificate CN=`(?P<n1>[^'`\s]+)' did not match expected CN=`(?P<e1>[^'`\s]+)'|"
    r"Host: (?P<e2>[\w.-]+?)\.? is not in the cert's altnames: (?P<n2>[^\n]{1,400})|"
    r"certificate is valid for (?P<n3>[^\n]{1,400}?), not (?P<e3>[\w.*-]+)|"
    r"hostname '(?P<e4>[^'\s]+)' doesn't match (?P<n4>[^\n]{1,400})|"
    r"certificate subject name '(?P<n5>[^'\s]+)' does not match target host name "
    r"'(?P<e5>[^'\s]+)'|"
    r"(?<![\w.-])(?P<e6>[\w.-]+) uses an invalid security certificate\.?\s+"
    r"The certificate is only valid for (?P<n6>[^\n]{1,400})|"
    r"not valid for name \\?\"(?P<e7>[^\"\\\s]+)\\?\"; certificate is only valid for "
    r"(?P<n7>[^\n]{1,400})",
    re.IGNORECASE,
)
_CERT_NAME = re.compile(r"(?:\*\.)?(?:[a-z0-9-]+\.)+[a-z]{2,63}", re.IGNORECASE)
# A second-level label under a country code that registrars sell names below ("co.uk").
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "ac", "gov", "edu", "ne", "or", "gr"})


def _redirected(findings: tuple[Finding, ...], dialog: Dialog) -> tuple[Finding, ...] | None:
    """CERT_INTERCEPTED, redirected, when the name that did not match is a big provider's
    server and the certificate is for names no big provider uses: another company's server
    answered (a web host's outgoing-SMTP redirect, a network's proxy); None otherwise.

    A certificate of the provider itself for another of its names (a Microsoft name for
    another, Yahoo's .co.jp for its .com) is a name to fix, not a redirect; another big
    company's certificate (GoDaddy's secureserver.net relay, which its shared hosting sends
    outgoing SMTP to) is one."""
    match = _MISMATCH.search(dialog.rest[:MAX_SCAN])
    if match is None:
        return None
    groups = match.groupdict()
    index = next(i for i in range(1, 8) if groups[f"e{i}"] is not None)
    expected = str(groups[f"e{index}"])
    names = [n.lower() for n in _CERT_NAME.findall(groups[f"n{index}"] or "")]
    provider = serving_provider(expected.lower().rstrip("."), login_address(dialog))
    if provider is None or not names or any(_owned_by(provider, name) for name in names):
        return None
    facts: dict[str, object] = {
        "match": "redirected",
        "reference": "RFC 6125 §6: the certificate names the server that answered",
        "matched": match.group(0)[: catalog.MAX_FACT_CHARS],
        "host": expected.lower().rstrip(".")[: catalog.MAX_FACT_CHARS],
        "provider": provider.short_name,
        "certificate_name": names[0][: catalog.MAX_FACT_CHARS],
    }
    # "Use the name on the certificate" would send the password to that other server.
    return lead_with(
        Code.CERT_INTERCEPTED, facts, findings, replacing=frozenset({Code.CERT_HOSTNAME_MISMATCH})
    )


def _registered(name: str) -> str:
    """The name its owner registered: "hostgator.com" of "*.gator4.hostgator.com"."""
    labels = name.removeprefix("*.").split(".")
    keep = 3 if len(labels) > 2 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def _owned_by(provider: Provider, name: str) -> bool:
    """Whether `name` is `provider`'s: under one of its registered names, or under its brand in
    another country's domain ("yahoo.co.jp" for "yahoo.com")."""
    registered = _registered(name)
    own = {
        _registered(d)
        for d in (*provider.domains, *(s.host for s in provider.servers), *provider.mx)
    }
    return registered in own or registered.split(".")[0] in {o.split(".")[0] for o in own}
