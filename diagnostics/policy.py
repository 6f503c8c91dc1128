"""What may be probed, and what a person may type: address classes, mail ports, input checks.

The address policy is applied to the address actually connected to, after DNS (never to a name),
so a name that resolves, or later rebinds, to a private address is refused all the same.
"""

from __future__ import annotations

import ipaddress

from diagnostics.frozen import frozen
from diagnostics.model import Protocol, Security


class InvalidTarget(ValueError):
    """Bad input from a person: the message says what to change, in one line.

    Raised with a catalog key (`InvalidTarget(key="ui.error.port_range", port=70000)`) the
    message is the catalog's English, and `text(lang)` says it in another language (the bot's
    and the command line's replies); raised with a plain message it stays as it is."""

    def __init__(self, message: str = "", *, key: str | None = None, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(message or (self.text("en") if key is not None else ""))

    def text(self, lang: str = "en") -> str:
        """The message in `lang` (English where the catalog has no translation)."""
        if self.key is None:
            return str(self)
        from diagnostics.i18n import messages

        return messages(lang).text(self.key).format(**self.params)


# Ports a mail app may use: RFC 6186/8314 service ports, plus the common alternatives providers
# publish (2525 and 26 for submission when 587 is blocked, 2587/2465 seen on hosted platforms).
MAIL_PORTS: frozenset[int] = frozenset({25, 26, 110, 143, 465, 587, 993, 995, 2525, 2465, 2587})

# CGNAT (RFC 6598) is not in ipaddress's is_private on every Python version: name it explicitly.
_EXTRA_BLOCKED = (ipaddress.ip_network("100.64.0.0/10"), ipaddress.ip_network("192.0.0.0/24"))


_SITE_LOCAL = ipaddress.ip_network("fec0::/10")  # deprecated by RFC 3879, still routed inside
_NAT64 = ipaddress.ip_network("64:ff9b::/96")  # RFC 6052 well-known prefix, IPv4 in the low 32 bits


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> tuple[str, ipaddress.IPv4Address] | None:
    """The IPv4 address an IPv6 transition address leads to, with the mechanism's name."""
    if ip.sixtofour is not None:  # 2002::/16, RFC 3056: bits 16-47
        return "6to4", ip.sixtofour
    if ip.teredo is not None:  # 2001::/32, RFC 4380: the client is the inverted last 32 bits
        return "Teredo", ip.teredo[1]
    if ip in _NAT64:
        return "NAT64", ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def address_class(address: str) -> str | None:
    """Why an address must not be probed from the public bot, or None when it is public."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is loopback, whatever its spelling
    if isinstance(ip, ipaddress.IPv6Address):
        # A transition address reaches the IPv4 address inside it: 2002:7f00:1:: is loopback
        # through a 6to4 relay. Refused when that address is; otherwise judged as itself below.
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            mechanism, inner = embedded
            kind = address_class(str(inner))
            if kind is not None:
                return f"{kind} ({mechanism})"
        if ip in _SITE_LOCAL:
            return "site-local"
    if ip.is_loopback:
        return "loopback"
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_link_local:
        return "link-local"
    if ip.is_multicast:
        return "multicast"
    if any(ip in net for net in _EXTRA_BLOCKED):
        return "shared (CGNAT)" if ip in _EXTRA_BLOCKED[0] else "reserved"
    if isinstance(ip, ipaddress.IPv6Address) and ip in ipaddress.ip_network("fc00::/7"):
        return "unique-local"
    if ip.is_reserved:
        return "reserved"
    if ip.is_private:
        return "private"
    if not ip.is_global:
        return "reserved"
    return None


@frozen
class AddressPolicy:
    """`allow_private` is the lab / internal-helpdesk switch (`--allow-private`)."""

    allow_private: bool = False
    allow_any_port: bool = False

    def refusal(self, address: str, port: int) -> str | None:
        """The reason this address and port may not be connected to, or None."""
        if not self.allow_any_port and port not in MAIL_PORTS:
            return f"port {port} is not a mail port"
        if self.allow_private:
            return None
        kind = address_class(address)
        return None if kind is None else f"{address} is a {kind} address"


MAX_HOST_LENGTH = 253  # RFC 1035 §2.3.4, without the trailing dot


def validate_host(raw: str) -> str:
    """The ASCII (IDNA 2008, UTS #46) form of a host name or IP literal; else InvalidTarget."""
    host = raw.strip()
    if not host:
        raise InvalidTarget(key="ui.error.host_empty")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    host = host.rstrip(".")
    if not host:
        raise InvalidTarget(key="ui.error.not_host", value=repr(raw))
    if any(ch.isspace() or ch in "/:@?#\\,;" for ch in host):
        raise InvalidTarget(key="ui.error.host_char", value=repr(raw), char=repr(_bad_char(host)))
    for label in host.split("."):
        if not label:
            raise InvalidTarget(key="ui.error.empty_label", value=repr(raw))
        if len(label.encode("utf-8", "replace")) > 63 and label.isascii():
            raise InvalidTarget(key="ui.error.long_label", value=repr(raw))
    import idna  # here: `explain` never validates a host name, and idna costs it 3 ms

    try:
        ascii_host = idna.encode(host, uts46=True).decode("ascii")
    except idna.IDNAError as exc:
        raise InvalidTarget(key="ui.error.bad_host_detail", value=repr(raw), detail=exc) from None
    except UnicodeError:
        raise InvalidTarget(key="ui.error.bad_host", value=repr(raw)) from None
    if len(ascii_host) > MAX_HOST_LENGTH:
        raise InvalidTarget(key="ui.error.long_host", value=repr(raw), limit=MAX_HOST_LENGTH)
    for label in ascii_host.split("."):
        if len(label) > 63:
            raise InvalidTarget(key="ui.error.long_label", value=repr(raw))
    return ascii_host.lower()


def _bad_char(host: str) -> str:
    return next(ch for ch in host if ch.isspace() or ch in "/:@?#\\,;")


def validate_port(raw: str | int) -> int:
    try:
        port = int(raw)
    except (TypeError, ValueError):
        raise InvalidTarget(key="ui.error.port_nan", value=repr(raw)) from None
    if not 1 <= port <= 65535:
        raise InvalidTarget(key="ui.error.port_range", port=port)
    return port


_SECURITY_ALIASES = {
    "none": Security.NONE,
    "plain": Security.NONE,
    "off": Security.NONE,
    "starttls": Security.STARTTLS,
    "tls": Security.TLS,
    "ssl": Security.TLS,
    "ssl/tls": Security.TLS,
}


def validate_security(raw: str) -> Security:
    try:
        return _SECURITY_ALIASES[raw.strip().lower()]
    except KeyError:
        raise InvalidTarget(key="ui.error.security", value=repr(raw)) from None


def validate_protocol(raw: str) -> Protocol:
    value = raw.strip().lower()
    if value == "pop":
        value = "pop3"
    try:
        return Protocol(value)
    except ValueError:
        raise InvalidTarget(key="ui.error.protocol", value=repr(raw)) from None
