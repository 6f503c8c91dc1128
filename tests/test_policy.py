"""Input validation and the address policy (pure)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diagnostics.model import Protocol, Security
from diagnostics.net.resolve import parse_dns_server
from diagnostics.policy import (
    AddressPolicy,
    InvalidTarget,
    address_class,
    validate_host,
    validate_port,
    validate_protocol,
    validate_security,
)


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("127.0.10.1", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("100.64.0.1", "shared (CGNAT)"),
        ("169.254.1.1", "link-local"),
        ("fe80::1", "link-local"),
        ("fd00::1", "unique-local"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("192.0.2.1", "private"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.0.0.1", "private"),
        ("fec0::1", "site-local"),
        ("feff:1:2::3", "site-local"),
        ("2002:c0a8:101::1", "private (6to4)"),
        ("2002:7f00:1::", "loopback (6to4)"),
        ("2002:a9fe:a9fe::1", "link-local (6to4)"),
        # Teredo: the client is the bit-inverted last 32 bits (f5ff:fffe is 10.0.0.1).
        ("2001:0:4136:e378:8000:63bf:f5ff:fffe", "private (Teredo)"),
        ("2001:0:4136:e378:8000:63bf:80ff:fffe", "loopback (Teredo)"),
        ("64:ff9b::10.0.0.1", "private (NAT64)"),
        ("64:ff9b::127.0.0.1", "loopback (NAT64)"),
        ("64:ff9b::100.64.0.1", "shared (CGNAT) (NAT64)"),
    ],
)
def test_blocked_address_classes(address: str, kind: str) -> None:
    """Every non-public address class is named, IPv4-mapped IPv6 forms included."""
    assert address_class(address) == kind


@pytest.mark.parametrize(
    "address", ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "2002:808:808::1"]
)
def test_public_addresses_pass(address: str) -> None:
    """A public address has no class and passes the policy on a mail port."""
    assert address_class(address) is None
    assert AddressPolicy().refusal(address, 993) is None


def test_policy_refuses_private_and_non_mail_ports_unless_allowed() -> None:
    """Loopback and port 22 are refused by default; the lab switch allows both."""
    assert "loopback" in (AddressPolicy().refusal("127.0.0.1", 993) or "")
    assert "not a mail port" in (AddressPolicy().refusal("8.8.8.8", 22) or "")
    lab = AddressPolicy(allow_private=True, allow_any_port=True)
    assert lab.refusal("127.0.0.1", 22) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Mail.Example.COM", "mail.example.com"),
        ("mail.example.com.", "mail.example.com"),
        ("bücher.example", "xn--bcher-kva.example"),
        ("  imap.example.org ", "imap.example.org"),
        ("[::1]", "::1"),
        ("127.0.0.1", "127.0.0.1"),
        ("healthy.lab.test", "healthy.lab.test"),
    ],
)
def test_validate_host_normalises(raw: str, expected: str) -> None:
    """Hosts are lower-cased, IDN converted to ASCII, brackets and trailing dot dropped."""
    assert validate_host(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "a..b",
        "exa mple.com",
        "http://example.com",
        "user@example.com",
        "a" * 64 + ".com",
        "-bad-.example",
        "ex_ample..com",
        ".",
        ("a" * 60 + ".") * 5 + "com",
    ],
)
def test_validate_host_rejects(raw: str) -> None:
    """Malformed hosts raise InvalidTarget with a one-line message."""
    with pytest.raises(InvalidTarget) as info:
        validate_host(raw)
    assert "\n" not in str(info.value)


@given(st.text(max_size=80))
def test_validate_host_never_crashes(raw: str) -> None:
    """Arbitrary input either validates to ASCII or raises InvalidTarget, nothing else."""
    try:
        result = validate_host(raw)
    except InvalidTarget:
        return
    assert result.isascii()


def test_ports_protocols_security() -> None:
    """Ports are 1-65535; protocol and security accept the words mail apps use."""
    assert validate_port("993") == 993
    for bad in ("0", "65536", "abc", "-1"):
        with pytest.raises(InvalidTarget):
            validate_port(bad)
    assert validate_protocol("POP") is Protocol.POP3
    assert validate_security("SSL/TLS") is Security.TLS
    assert validate_security("plain") is Security.NONE
    with pytest.raises(InvalidTarget):
        validate_protocol("http")
    with pytest.raises(InvalidTarget):
        validate_security("tls1.3")


def test_parse_dns_server() -> None:
    """--dns takes HOST, HOST:PORT, [v6]:PORT and a bare v6 address; names are refused."""
    assert parse_dns_server("127.0.0.53:5300") == ("127.0.0.53", 5300)
    assert parse_dns_server("127.0.0.53") == ("127.0.0.53", 53)
    assert parse_dns_server("[::1]:5300") == ("::1", 5300)
    assert parse_dns_server("::1") == ("::1", 53)
    with pytest.raises(InvalidTarget):
        parse_dns_server("dns.example")
    with pytest.raises(InvalidTarget):
        parse_dns_server("127.0.0.1:99999")
