"""Where a pasted failed connection went, when that address says why it failed.

Two addresses explain a failure the app's own words ("connection timed out", "network is
unreachable") only report:
- a port the server does not serve: not one of a big provider's listed ports for its listed
  server (data/providers.json: smtp.office365.com takes 587), another mail protocol's own port
  (IMAP on 587), or, in a paste about mail, a port no mail server listens on (ports.unusual:
  9933 for 993, a well-known port of another service);
- an IPv6 address the device has no route to (EHOSTUNREACH, ENETUNREACH: RFC 4443 §3.1's
  "no route to destination"), when the line shows no IPv4 address tried and no timeout: the
  server's name has an IPv6 address, the app tried it, and the device's own network carries no
  IPv6, so it never reached the server. Many libraries (Node's net, Ruby's) report that address
  and stop, without trying the IPv4 one (RFC 8305 §5 asks apps to fall back).
A server's own reply says why itself and is never recast (issue 10: the reply wins).
"""

from __future__ import annotations

import ipaddress
import re

from diagnostics import ports
from diagnostics.discovery.providers import match_server
from diagnostics.findings import catalog
from diagnostics.findings.codes import Code
from diagnostics.model import Finding, Protocol
from diagnostics.paste.dialog import (
    HOST_NAME,
    MAX_SCAN,
    NAME_CHAR,
    PROTOCOL_WORD,
    Dialog,
    protocol_from_host,
    protocol_named,
)
from diagnostics.paste.leads import CONNECTION_FAILURES, failed_connection, lead_with

__all__ = ["on_plain_port_wait", "on_tls_port_wait", "on_unroutable_ipv6", "on_unusual_port"]

# A name a mail server goes by besides a protocol's (dialog.protocol_from_host): "mail", "mx"
# (RFC 5321 §5), "exchange", maybe numbered or with a suffix ("mail2.", "mx-1.").
_MAIL_NAME = re.compile(r"^(?:mail|mx|exchange)(?:\d+|-[a-z0-9-]+)?\.", re.IGNORECASE)
# Where a paste names the port it connected to: a server name or IPv4 address with its port
# ("smtp.example.com:588", "40.99.10.1:5877", Jakarta's "host: smtp.example.com, port: 588",
# "imap.example.edu,587:"), or telnet's and netcat's command line ("telnet smtp.example.com
# 588"); a number that only follows a name ("smtp.example.com 220 ESMTP", a date, a time of day
# "10:42:13") is none.
_NAMED_PORT = re.compile(
    # after a mail scheme (PHP streams' tcp:// and ssl://, smtp:// URLs) the server comes next;
    # after any other slash it is a path or a web address
    r"(?:(?<=\b(?:tcp|ssl|tls)://)|(?<=\b(?:smtp|imap|pop3)://)|(?<=\b(?:smtps|imaps|pop3s)://)|"
    rf"(?<!{NAME_CHAR})(?<![.@/-]))(?P<host>{HOST_NAME}|(?:\d{{1,3}}\.){{3}}\d{{1,3}})"
    r"(?::|,? port:? ?|, ?(?=\d{2,5}(?:[;)]|:(?!\d)|\s*$)))(?P<port>\d{2,5})(?![\d.]|:\d)|"
    r"\b(?:telnet|nc|ncat|netcat)\s+(?:-\w+\s+)*(?P<cmd_host>[\w.-]+)\s+(?P<cmd_port>\d{2,5})\b",
    re.IGNORECASE | re.MULTILINE,
)
_NAMED_TRIES = 20  # a paste that names more servers than this says nothing more by them
# Words that say a connection failed (not "connection" as a noun, not a timeout setting).
_FAILED = re.compile(
    r"refused|ECONNREFUSED|timed out|ETIMEDOUT|unreachable|EHOSTUNREACH|ENETUNREACH|"
    r"could(?: not|n't) connect|failed to connect|unable to connect|connection failed|"
    r"no connection could be made|Zeitüberschreitung|abgelehnt|nicht möglich|refusée|expiré|"
    r"rechazad|agotado|rifiutat|scadut|geweigerd|verlopen|recusad|esgotado|odrzucon|"
    r"przekroczon|拒否|タイムアウト",
    re.IGNORECASE,
)
# The ports Exchange's web services use beside its mail ports (Outlook Anywhere, EWS, RPC).
_EXCHANGE_WEB_PORTS = frozenset({80, 135, 443})


def on_unusual_port(findings: tuple[Finding, ...], dialog: Dialog) -> tuple[Finding, ...] | None:
    """WRONG_PORT first when the connection that failed went to a port its server does not
    serve: a big provider's server on a port no mail protocol uses, another mail protocol's
    port on a server whose name says its protocol, or a port no mail server listens on at a
    server whose name is a mail server's; None otherwise."""
    if not failed_connection(findings, CONNECTION_FAILURES):
        return None
    host, port = _target(dialog)
    if port is None or port in _EXCHANGE_WEB_PORTS:
        return None
    protocol = _protocol(dialog, host)
    listed = _listed_ports(host)
    right: int | None
    if listed and port not in ports.PORT_PROTOCOL:
        # data/providers.json names each server's preferred port, not every port it serves: a
        # standard mail port there may be right, any other one is not.
        if protocol is None and len({q for _, q in listed}) == 1:
            protocol = listed[0][1]
        right = next((p for p, q in listed if q is protocol), None)
    elif ports.unusual(port) and (_mail_host(host) or (host is None and dialog.port is not None)):
        right = ports.mistyped(port, protocol)
    elif _another_protocols(port, protocol):
        right = ports.default_port(protocol, tls=True) if protocol is not None else None
    else:
        return None
    if protocol is None and right is not None:
        protocol = ports.PORT_PROTOCOL.get(right)
    facts: dict[str, object] = {
        "typed_port": port,
        "matched": f"{host or ''}:{port}".lstrip(":"),
        "match": "unusual-port",
        "reference": "data/providers.json (the provider's own ports); IANA service names and "
        "port numbers (RFC 6335); RFC 6409 §3.1, RFC 8314 §3.3, RFC 9051, RFC 1939",
    }
    if host is not None:
        facts["host"] = host
    if protocol is not None:
        facts["protocol"] = protocol  # never "it works on 587": nothing here tried that port
    if right is not None:
        facts["meant_port"] = right  # the port the server serves (588 typed for 587)
    return lead_with(Code.WRONG_PORT, facts, findings)


def on_plain_port_wait(findings: tuple[Finding, ...], dialog: Dialog) -> tuple[Finding, ...] | None:
    """NO_GREETING instead of an app's "no greeting, so SSL/TLS was off on a TLS port" reading
    (nodemailer's "Greeting never received") when the paste shows a port that greets in plain
    text: there the server itself did not answer in time; None otherwise."""
    if not failed_connection(findings, frozenset({Code.PLAIN_ON_TLS_PORT})):
        return None
    _, port = _target(dialog)
    if port not in ports.PLAIN_FIRST_PORTS:
        return None
    facts = {**findings[0].facts, "port": port}
    return lead_with(
        Code.NO_GREETING, facts, findings, replacing=frozenset({Code.PLAIN_ON_TLS_PORT})
    )


# Words that say the app spoke TLS at once: a scheme, c-client's flag, nodemailer's option.
_TLS_FIRST_SAID = re.compile(
    r"\b(?:ssl|tls|smtps|imaps|pop3s)://|/ssl\b|\bsecure\W{0,3}(?::|=)\W{0,3}true\b|"
    r"\bimplicit (?:ssl|tls)\b",
    re.IGNORECASE,
)


# Libraries whose timeout says nothing of plain text on 465: they speak TLS at once there unless
# told otherwise (Symfony Mailer's EsmtpTransport turns TLS on for port 465 by itself). Swift
# Mailer's says which stream it opened (tcp:// plain, ssl:// TLS): `_TLS_FIRST_SAID` reads it.
_TLS_AT_ONCE_ON_465 = frozenset({"symfony-read-timeout"})


def on_tls_port_wait(findings: tuple[Finding, ...], dialog: Dialog) -> tuple[Finding, ...] | None:
    """PLAIN_ON_TLS_PORT instead of NO_GREETING when the paste shows a port that speaks SSL/TLS
    at once (465, 993, 995: RFC 8314 §3.3) and nothing says the app spoke TLS there: the server
    waits for the app's TLS hello while the app waits for its plain greeting, until one gives up
    (Symfony's "Connection to "host:465" timed out.", Go's "read tcp …:465: i/o timeout");
    None otherwise."""
    if not failed_connection(findings, frozenset({Code.NO_GREETING})):
        return None
    if findings[0].facts.get("match") in _TLS_AT_ONCE_ON_465:
        return None
    _, port = _target(dialog)
    if port not in ports.IMPLICIT_TLS_PORTS or dialog.ssl is True:
        return None  # the dialog's own field says SSL/TLS was on ("Secure(SSL): Yes")
    if dialog.ssl is None and _TLS_FIRST_SAID.search(dialog.rest[:MAX_SCAN]):
        return None
    facts = {**findings[0].facts, "port": port}
    return lead_with(
        Code.PLAIN_ON_TLS_PORT, facts, findings, replacing=frozenset({Code.NO_GREETING})
    )


def _listed_ports(host: str | None) -> list[tuple[int, Protocol]]:
    """The ports and protocols a big provider lists for `host` (data/providers.json), or []."""
    provider = None if host is None else match_server(host)
    if provider is None or host is None:
        return []
    name = host.lower().rstrip(".")
    return [(s.port, s.protocol) for s in provider.servers if s.host.lower() == name]


def _mail_host(host: str | None) -> bool:
    return host is not None and (
        protocol_from_host(host) is not None or bool(_MAIL_NAME.match(host))
    )


def _target(dialog: Dialog) -> tuple[str | None, int | None]:
    """The server and port the failed connection went to: the dialog's fields, else the server
    named with its port last before the end of the line that says the connection failed (a
    paste may show a working connection first, or another test after it)."""
    if dialog.port is not None:
        return dialog.host, dialog.port
    rest = dialog.rest[:MAX_SCAN]
    failed = _FAILED.search(rest)
    limit = len(rest) if failed is None else _line_end(rest, failed.end())
    chosen = None
    for index, named in enumerate(_NAMED_PORT.finditer(rest, 0, limit)):
        if index >= _NAMED_TRIES:
            break
        chosen = named
    if chosen is None:
        return dialog.host, None
    if chosen.group("cmd_port"):
        return chosen.group("cmd_host").lower(), int(chosen.group("cmd_port"))
    return chosen.group("host").lower(), int(chosen.group("port"))


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _protocol(dialog: Dialog, host: str | None) -> Protocol | None:
    """The protocol the failed connection was for, from the server's name: None when the name
    says none, or when the paste's words name another protocol too ("SMTP Error: Could not
    connect to imap.example.com:587": the name is what is wrong there, not the port)."""
    named = protocol_from_host(host)
    if named is None:
        return None
    rest = dialog.rest[:MAX_SCAN].replace(host or "", " ")
    said = {protocol_named(word) for word in PROTOCOL_WORD.findall(rest)}
    said.add(dialog.protocol)
    return None if said - {named, None} else named


def _another_protocols(port: int, protocol: Protocol | None) -> bool:
    """Whether `port` is another mail protocol's own (587 for an IMAP server, 993 for SMTP)."""
    other = ports.PORT_PROTOCOL.get(port)
    return protocol is not None and other is not None and other is not protocol


# A token that may be an IPv6 address (checked with the ipaddress module: no pattern of nested
# groups, whose backtracking a hostile paste could make slow), maybe bracketed, maybe with
# Node's ":port" after it.
_IPV6_TOKEN = re.compile(r"(?<![\w:.])\[?([0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,8})\]?", re.IGNORECASE)
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])")
# An address in another role than the one tried: the socket's own end, a log's fields.
_OTHER_ROLE = re.compile(
    r"(?:local|lip=|rip=|from|src|address|server|dns|resolver|nameserver)\W{0,3}$", re.IGNORECASE
)
_TIMED_OUT = re.compile(r"timed? ?out|expired|ETIMEDOUT", re.IGNORECASE)


def on_unroutable_ipv6(findings: tuple[Finding, ...], dialog: Dialog) -> tuple[Finding, ...] | None:
    """IPV6_BROKEN first when the connection that could not be routed went to an IPv6 address,
    and only there; None otherwise."""
    if not failed_connection(findings, frozenset({Code.HOST_UNREACHABLE})):
        return None
    line = str(findings[0].facts.get("matched", ""))  # the app's no-route words, with their line
    if _TIMED_OUT.search(line) or _ipv4_failed(dialog.rest[:MAX_SCAN]):
        return None  # an IPv4 address tried too, or a timeout: more than IPv6 failed
    address = _tried_ipv6(line)
    if address is None:
        return None
    facts: dict[str, object] = {
        "ipv6_address": address,
        "matched": line[: catalog.MAX_FACT_CHARS],
        "match": "unroutable-ipv6",
        "reference": "RFC 4443 §3.1 (no route to destination), RFC 8305 §5 (fall back to IPv4)",
    }
    return lead_with(Code.IPV6_BROKEN, facts, findings)


def _ipv4_failed(text: str) -> bool:
    """Whether a line of `text` shows a connection to an IPv4 address failing too."""
    return any(_IPV4.search(line) and _FAILED.search(line) for line in text.splitlines())


def _tried_ipv6(line: str) -> str | None:
    """The first global IPv6 address on `line` that is not in another role, without a port
    Node wrote after it ("2a00:1450:400c:c00::6c:587"), or None."""
    for match in _IPV6_TOKEN.finditer(line):
        if _OTHER_ROLE.search(line[max(0, match.start() - 12) : match.start()]):
            continue
        address = _address(match.group(1))
        if address is not None:
            return address
    return None


def _address(token: str) -> str | None:
    head, _, tail = token.rpartition(":")
    forms = [token]
    if tail.isdigit() and (int(tail) in ports.PORT_PROTOCOL or int(tail) in ports.OTHER_MAIL_PORTS):
        forms.insert(0, head)  # Node's "address:port": the port is a mail port
    for form in forms:
        try:
            address = ipaddress.IPv6Address(form)
        except ValueError:
            continue
        local = address.is_loopback or address.is_unspecified or address.is_link_local
        return None if local or address.is_multicast or address.ipv4_mapped else str(address)
    return None
