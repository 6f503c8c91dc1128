"""Where a pasted failed connection went, when that address says why it failed.

Two addresses explain a failure the app's own words ("connection timed out", "network is
unreachable") only report:
- a port no mail server listens on (ports.unusual: 588 for 587, 9933 for 993, a well-known
  port of another service): the port setting is wrong, whatever the connection then did;
- an IPv6 address the device has no route to (EHOSTUNREACH, ENETUNREACH: RFC 4443 §3.1's
  "no route to destination"): the server's name has an IPv6 address, the app tried it, and the
  device's own network carries no IPv6, so the app never reached the server at all. Many
  libraries (Node's net, Ruby's, Java's) then report that address and stop, without trying the
  IPv4 one (RFC 8305 §5 asks apps to fall back).
A server's own reply says why itself and is never recast (issue 10: the reply wins).
"""

from __future__ import annotations

import re

from diagnostics import ports
from diagnostics.findings import catalog
from diagnostics.findings.codes import Code
from diagnostics.model import Finding, Protocol
from diagnostics.paste.dialog import HOST_NAME, MAX_SCAN, Dialog
from diagnostics.paste.leads import CONNECTION_FAILURES, failed_connection, lead_with

__all__ = ["on_unroutable_ipv6", "on_unusual_port"]

# The protocol a server's name starts with, as providers name their servers.
_PROTOCOL_PREFIX = re.compile(r"^(?:(smtp|mail\d*out|out(?:going)?)|(imap)|(pop3?))[\w-]*\.")


def on_unusual_port(findings: tuple[Finding, ...], dialog: Dialog) -> tuple[Finding, ...] | None:
    """WRONG_PORT first when the connection that failed went to a port no mail server listens
    on; None otherwise."""
    if not failed_connection(findings, CONNECTION_FAILURES):
        return None
    host, port = _target(dialog)
    if port is None or not ports.unusual(port):
        return None
    protocol = dialog.protocol or _protocol_of(host)
    right = ports.mistyped(port, protocol) or ports.mistyped(port)
    if protocol is None and right is not None:
        protocol = ports.PORT_PROTOCOL[right]
    facts: dict[str, object] = {
        "typed_port": port,
        "matched": f"{host or ''}:{port}".lstrip(":"),
        "match": "unusual-port",
        "reference": "IANA service names and port numbers (RFC 6335); RFC 6409 §3.1, RFC 8314 "
        "§3.3, RFC 9051, RFC 1939: the mail ports",
    }
    if host is not None:
        facts["host"] = host
    if protocol is not None:
        facts["protocol"] = protocol  # never "it works on 587": nothing here tried that port
    if right is not None:
        facts["meant_port"] = right  # the mail port one keystroke away (588 for 587)
    return lead_with(Code.WRONG_PORT, facts, findings)


# Where a paste names the port it connected to: a server name or IPv4 address with its port
# ("smtp.example.com:588", "40.99.10.1:5877", Jakarta's "host: smtp.example.com, port: 588"), or
# telnet's and netcat's command line ("telnet smtp.example.com 588"); a number that only follows
# a name ("smtp.example.com 220 ESMTP", a date) is none.
_NAMED_PORT = re.compile(
    rf"(?<![\w.@/-])(?P<host>{HOST_NAME}|(?:\d{{1,3}}\.){{3}}\d{{1,3}})"
    r"(?::|,? port:? ?)(?P<port>\d{2,5})(?![\d.:])|"
    r"\b(?:telnet|nc|ncat|netcat)\s+(?:-\w+\s+)*(?P<cmd_host>[\w.-]+)\s+(?P<cmd_port>\d{2,5})\b",
    re.IGNORECASE,
)


def _target(dialog: Dialog) -> tuple[str | None, int | None]:
    """The server and port the paste's connection went to: the dialog's fields, else the first
    server named with its port."""
    if dialog.port is not None:
        return dialog.host, dialog.port
    named = _NAMED_PORT.search(dialog.rest[:MAX_SCAN])
    if named is None:
        return dialog.host, None
    if named.group("cmd_port"):
        return named.group("cmd_host").lower(), int(named.group("cmd_port"))
    return named.group("host").lower(), int(named.group("port"))


def _protocol_of(host: str | None) -> Protocol | None:
    named = _PROTOCOL_PREFIX.match(host or "")
    if named is None:
        return None
    smtp, imap, _pop = named.groups()
    return Protocol.SMTP if smtp else Protocol.IMAP if imap else Protocol.POP3


# An IPv6 address as libraries print it (RFC 5952: lower case, "::" for zeros), maybe in
# brackets, maybe with Node's ":port" after it; not the local end of the socket ("Local
# (:::49175)") and not the unspecified or loopback address.
_IPV6 = re.compile(
    r"(?<![\w:.(])\[?(?P<address>(?:[0-9a-f]{1,4}:){1,7}:?(?:[0-9a-f]{1,4}:?){0,7}[0-9a-f]{1,4})"
    r"\]?(?![\w:.])",
    re.IGNORECASE,
)
_NO_ROUTE = re.compile(
    r"EHOSTUNREACH|ENETUNREACH|network is unreachable|no route to host|host is unreachable|"
    r"Netzwerk ist nicht erreichbar|Keine Route zum Zielrechner|"
    r"le réseau n'est pas accessible|aucun chemin d'accès pour atteindre l'hôte|"
    r"la red es inaccesible|no hay ninguna ruta hasta el «?host»?|"
    r"la rete non è raggiungibile|nessun instradamento per l'host|"
    r"netwerk is onbereikbaar|geen route naar host|"
    r"a rede está fora de alcance|nenhuma rota para o host|"
    r"sieć jest niedostępna|brak trasy do hosta|"
    r"ネットワークに到達できません|ホストへの経路がありません",
    re.IGNORECASE,
)


def on_unroutable_ipv6(findings: tuple[Finding, ...], dialog: Dialog) -> tuple[Finding, ...] | None:
    """IPV6_BROKEN first when the connection that could not be routed went to an IPv6 address;
    None otherwise."""
    if not failed_connection(findings, frozenset({Code.HOST_UNREACHABLE})):
        return None
    text = dialog.rest[:MAX_SCAN]
    said = _NO_ROUTE.search(text)
    if said is None:
        return None
    address = _ipv6_near(text, said.start(), said.end())
    if address is None:
        return None
    facts: dict[str, object] = {
        "ipv6_address": address[: catalog.MAX_FACT_CHARS],
        "matched": text[said.start() : said.end()],
        "match": "unroutable-ipv6",
        "reference": "RFC 4443 §3.1 (no route to destination), RFC 8305 §5 (fall back to IPv4)",
    }
    return lead_with(Code.IPV6_BROKEN, facts, findings)


def _ipv6_near(text: str, start: int, end: int) -> str | None:
    """The first IPv6 address on the line of the words at `start`..`end`, or None."""
    head = text.rfind("\n", 0, start) + 1
    tail = text.find("\n", end)
    line = text[head : tail if tail >= 0 else len(text)]
    for match in _IPV6.finditer(line):
        address = match.group("address")
        if (
            address.count(":") >= 2
            and address not in ("::1", "::")
            and ("::" in address or address.count(":") == 7)
        ):
            return address
    return None
