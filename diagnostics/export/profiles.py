"""Files a person takes away: the answer's settings, installed in one tap (`/mail settings`,
`mailmedic export`).

- An Apple configuration profile (`.mobileconfig`, one `com.apple.mail.managed` payload): an
  iPhone, iPad or Mac opens it and adds the account with the recommended servers, ports and
  encryption. No password inside (the device asks for it), so the file is safe to share.
  Keys from Apple's Configuration Profile Reference ("Mail" payload); built with `plistlib`.
- A Mozilla autoconfig document (clientConfig v1.1): what Thunderbird, K-9 and FairEmail read
  from `autoconfig.<domain>/mail/config-v1.1.xml`; for the admin to publish, so the username is
  a placeholder (`%EMAILADDRESS%`) or left out, never one person's name.

Pure functions of the report's `choices` (the one answer, diagnostics/answer.py): both files say
exactly what the card says. None when the answer has no incoming and outgoing setting to give.
No discord import: the command line's `mailmedic export` (design.md) can use them as they are.
"""

from __future__ import annotations

import plistlib
import uuid
from xml.etree.ElementTree import Element, SubElement, indent, tostring

from diagnostics.model import Choice, Direction, Protocol, Report, Security

# A fixed namespace: the same domain gives the same payload UUIDs, so installing a newer profile
# replaces the old one instead of adding a second account (Apple: PayloadUUID/Identifier).
_NAMESPACE = uuid.UUID("6f1d3a52-52a4-4f0e-9d8e-6d61696c6d65")
_ACCOUNT_TYPE = {Protocol.IMAP: "EmailTypeIMAP", Protocol.POP3: "EmailTypePOP"}
_SOCKET_TYPE = {Security.TLS: "SSL", Security.STARTTLS: "STARTTLS", Security.NONE: "plain"}


def _pair(report: Report) -> tuple[Choice, Choice] | None:
    incoming = next((c for c in report.choices if c.direction is Direction.INCOMING), None)
    outgoing = next((c for c in report.choices if c.direction is Direction.OUTGOING), None)
    if incoming is None or outgoing is None or incoming.endpoint.protocol not in _ACCOUNT_TYPE:
        return None
    return incoming, outgoing


def installable(report: Report) -> bool:
    """Whether the answer gives a whole account to install: an incoming and an outgoing choice."""
    return _pair(report) is not None


def _username(choice: Choice, address: str | None) -> str | None:
    """A concrete username for one person's device: the answer's, when it is one (not words
    such as "your full email address"), else the address itself when the answer had none."""
    name = choice.endpoint.username
    if name and " " not in name:
        return name
    return address if name is None and address and "@" in address else None


def domain_of(report: Report, address: str | None) -> str:
    return (address or report.target).rpartition("@")[2].strip().lower()


def render_mobileconfig(report: Report, *, address: str | None = None) -> bytes | None:
    """An Apple configuration profile (XML plist) with the answer's settings; no password."""
    pair = _pair(report)
    if pair is None:
        return None
    incoming, outgoing = pair
    domain = domain_of(report, address)
    identifier = "org.mailmedic.mail." + ".".join(reversed(domain.split(".")))
    account: dict[str, object] = {
        "PayloadType": "com.apple.mail.managed",
        "PayloadVersion": 1,
        "PayloadIdentifier": identifier + ".account",
        "PayloadUUID": str(uuid.uuid5(_NAMESPACE, domain + "/account")).upper(),
        "PayloadDisplayName": f"Mail: {domain}",
        "EmailAccountDescription": domain,
        "EmailAccountType": _ACCOUNT_TYPE[incoming.endpoint.protocol],
        "IncomingMailServerHostName": incoming.endpoint.host,
        "IncomingMailServerPortNumber": incoming.endpoint.port,
        # Apple's one switch for encryption: on means SSL/TLS or STARTTLS as the port expects.
        "IncomingMailServerUseSSL": incoming.encrypted,
        "IncomingMailServerAuthentication": "EmailAuthPassword",
        "OutgoingMailServerHostName": outgoing.endpoint.host,
        "OutgoingMailServerPortNumber": outgoing.endpoint.port,
        "OutgoingMailServerUseSSL": outgoing.encrypted,
        "OutgoingMailServerAuthentication": "EmailAuthPassword",
        "OutgoingPasswordSameAsIncomingPassword": True,
    }
    if address and "@" in address:
        account["EmailAddress"] = address
    for prefix, choice in (("Incoming", incoming), ("Outgoing", outgoing)):
        username = _username(choice, address)
        if username:
            account[f"{prefix}MailServerUsername"] = username
    from diagnostics.i18n import messages

    t = messages(report.lang).text
    profile = {
        "PayloadType": "Configuration",
        "PayloadVersion": 1,
        "PayloadIdentifier": identifier,
        "PayloadUUID": str(uuid.uuid5(_NAMESPACE, domain)).upper(),
        # What the device shows while installing it: in the report's language.
        "PayloadDisplayName": t("ui.bot.settings_title").format(target=domain),
        "PayloadDescription": t("ui.export.profile_description"),
        "PayloadRemovalDisallowed": False,
        "PayloadContent": [account],
    }
    return plistlib.dumps(profile, fmt=plistlib.FMT_XML, sort_keys=True)


def _placeholder(choice: Choice, address: str | None) -> str | None:
    """The username as autoconfig's placeholder, when the answer's username is the address or
    its local part; else None (one person's literal username is not for publishing)."""
    name = choice.endpoint.username
    if not name or not address or "@" not in address:
        return None
    if name == address:
        return "%EMAILADDRESS%"
    if name == address.rpartition("@")[0]:
        return "%EMAILLOCALPART%"
    return None


def render_autoconfig(report: Report, *, address: str | None = None) -> bytes | None:
    """A Mozilla clientConfig v1.1 document with the answer's settings."""
    pair = _pair(report)
    if pair is None:
        return None
    domain = domain_of(report, address)
    root = Element("clientConfig", version="1.1")
    provider = SubElement(root, "emailProvider", id=domain)
    SubElement(provider, "domain").text = domain
    SubElement(provider, "displayName").text = domain
    SubElement(provider, "displayShortName").text = domain
    for choice in pair:
        endpoint = choice.endpoint
        tag = "outgoingServer" if choice.direction is Direction.OUTGOING else "incomingServer"
        server = SubElement(provider, tag, type=endpoint.protocol.value)
        SubElement(server, "hostname").text = endpoint.host
        SubElement(server, "port").text = str(endpoint.port)
        SubElement(server, "socketType").text = _SOCKET_TYPE[endpoint.security]
        SubElement(server, "authentication").text = "password-cleartext"
        placeholder = _placeholder(choice, address)
        if placeholder:
            SubElement(server, "username").text = placeholder
    indent(root)
    document: bytes = tostring(root, encoding="utf-8", xml_declaration=True)
    return document + b"\n"


__all__ = ["domain_of", "installable", "render_autoconfig", "render_mobileconfig"]
