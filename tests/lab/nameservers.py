"""The lab's DNS: dnsmasq for the lab.test zone, and a broken server of our own."""

from __future__ import annotations

import asyncio
import contextlib
import struct
import subprocess
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar, cast

import dns.exception
import dns.message
import dns.name
import dns.rcode
import dns.rdata
import dns.rdataclass
import dns.rdatatype
import dns.rrset
import dns.zone

from . import dualstack
from .discovery import dns_lines
from .layout import DOMAIN, SCENARIO_ADDRESSES, fqdn
from .procs import spawn, write_pid


def write_dnsmasq_config(
    lab_dir: Path, listen: str, port: int, address: dict[str, str]
) -> tuple[Path, Path]:
    directory = lab_dir / "dnsmasq"
    directory.mkdir(exist_ok=True)
    records = {fqdn(s): address[s] for s in SCENARIO_ADDRESSES}
    records["mail.lab.test"] = address["healthy"]
    records["xn--bcher-kva.lab.test"] = address["healthy"]  # bücher.lab.test
    lines = [
        "keep-in-foreground",
        "no-resolv",  # never forward: names outside lab.test are REFUSED
        "no-hosts",
        "bind-interfaces",  # without it dnsmasq binds the wildcard address
        f"listen-address={listen}",
        f"port={port}",
        f"local=/{DOMAIN}/",  # authoritative for the zone: unknown names are NXDOMAIN
        "pid-file=",  # no pid file of its own; we keep ours
        "log-facility=-",
        "log-queries",
        # The name exists (with a TXT record) but has no address: A queries get NoAnswer.
        'txt-record=nodata.lab.test,"exists without an address"',
        *(f"host-record={name},{ip}" for name, ip in records.items()),
        # AAAA records: one name with both families (probes prefer IPv4), one IPv6 only.
        f"host-record=dual.{DOMAIN},{address['healthy']},::1",
        f"host-record=v6only.{DOMAIN},::1",
        # Hosts with IPv6 addresses of their own, working and dead (tests/lab/dualstack.py).
        *dualstack.dns_lines(_slot(listen), address["healthy"], address["closed"]),
        # SRV, MX, CNAME and A records of the discovery domains (tests/lab/discovery.py).
        *dns_lines(address),
    ]
    config = directory / "dnsmasq.conf"
    config.write_text("\n".join(lines) + "\n")
    return config, directory / "dnsmasq.log"


def _slot(listen: str) -> int:
    """The lab slot of a listen address (127.N.x.y in slot N, layout.slot_address)."""
    return int(listen.split(".")[1])


def start_dnsmasq(config: Path, log_file: Path, pid_dir: Path) -> subprocess.Popen[bytes]:
    proc = spawn(["dnsmasq", f"--conf-file={config}"], log_file)
    write_pid(pid_dir, "dnsmasq", proc.pid)
    return proc


# How the broken servers answer: "rcode" by the first label (timeout./servfail./anything else
# REFUSED), "nxdomain" NXDOMAIN for every name, the root included (a resolver that lies), and
# "silent" nothing at all (a resolver that is down), "rootonly" the root's NS and NXDOMAIN for
# every other name (a resolver that lies about the TLDs too).
MODES = ("rcode", "nxdomain", "silent", "rootonly")


def broken_answer(wire: bytes, mode: str = "rcode") -> bytes | None:
    """The answer of the broken server to one query, or None to stay silent."""
    try:
        query = dns.message.from_wire(wire)
    except dns.exception.DNSException:
        return None
    if not query.question or mode == "silent":
        return None
    response = dns.message.make_response(query)
    if mode == "rootonly" and query.question[0].name == dns.name.root:
        response.answer.append(dns.rrset.from_text(".", 3600, "IN", "NS", "a.root-servers.net."))
        return response.to_wire()
    if mode in ("nxdomain", "rootonly"):
        response.set_rcode(dns.rcode.NXDOMAIN)
        return response.to_wire()
    labels = query.question[0].name.labels
    first_label = labels[0].lower() if labels else b""
    if first_label == b"timeout":
        return None
    response.set_rcode(dns.rcode.SERVFAIL if first_label == b"servfail" else dns.rcode.REFUSED)
    return response.to_wire()


class _BrokenUDP(asyncio.DatagramProtocol):
    def __init__(self, mode: str) -> None:
        self.mode = mode

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # The selector loop's UDP transport does not subclass DatagramTransport in 3.11.
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        answer = broken_answer(data, self.mode)
        if answer is not None:
            self.transport.sendto(answer, addr)


async def _broken_tcp(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, mode: str = "rcode"
) -> None:
    try:
        while True:
            (length,) = struct.unpack("!H", await reader.readexactly(2))
            answer = broken_answer(await reader.readexactly(length), mode)
            if answer is None:
                continue  # "timeout.": keep the connection and never answer
            writer.write(struct.pack("!H", len(answer)) + answer)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()
        with contextlib.suppress(ConnectionError, asyncio.CancelledError):
            await writer.wait_closed()


async def start_broken_dns(
    host: str, port: int, mode: str = "rcode"
) -> tuple[asyncio.DatagramTransport, asyncio.Server]:
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(
        lambda: _BrokenUDP(mode), local_addr=(host, port)
    )
    server = await asyncio.start_server(
        lambda r, w: _broken_tcp(r, w, mode), host, port, reuse_address=True
    )
    return transport, server


# --- a validating resolver, for DNSSEC-learned settings ------------------------------------------
#
# A stand-in for a validating resolver (Unbound with the zone's trust anchor): it forwards every
# query to the lab's dnsmasq and, for names in the zones it was told are signed, sets the AD bit
# of the answer (RFC 4035 §3.2.3) when the query asked for it (RFC 6840 §5.7). The product's part,
# reading AD from a resolver it trusts, is what the tests exercise; signing a zone and validating
# it would test Unbound, not mailmedic.


class _Forwarding(asyncio.DatagramProtocol):
    """A stand-in resolver in front of the lab's dnsmasq: each query is handled by `answer`
    (a subclass's), which may forward it upstream with `forward`."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.tasks: set[asyncio.Task[None]] = set()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        try:
            query = dns.message.from_wire(data)
        except dns.exception.DNSException:
            return
        if not query.question:
            return
        self.spawn(self.answer(query, addr))

    def spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(work)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def send(self, response: dns.message.Message, addr: tuple[str, int]) -> None:
        self.transport.sendto(response.to_wire(), addr)

    async def forward(self, query: dns.message.Message) -> dns.message.Message | None:
        """The upstream's answer, or None when it did not give one in time."""
        import dns.asyncquery

        try:
            return await dns.asyncquery.udp(
                query, self.upstream[0], port=self.upstream[1], timeout=2.0
            )
        except (dns.exception.DNSException, OSError):
            return None

    async def answer(self, query: dns.message.Message, addr: tuple[str, int]) -> None:
        response = await self.forward(query)
        if response is not None:
            self.send(response, addr)


P = TypeVar("P", bound=_Forwarding)


async def _serve(host: str, protocol: Callable[[], P]) -> tuple[asyncio.DatagramTransport, P, str]:
    """A stand-in resolver on `host` (a free UDP port): its transport (close it), the protocol
    and its HOST:PORT for `--dns`."""
    loop = asyncio.get_running_loop()
    transport, served = await loop.create_datagram_endpoint(protocol, local_addr=(host, 0))
    port = transport.get_extra_info("sockname")[1]
    return transport, served, f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _upstream(upstream: str) -> tuple[str, int]:
    host, _, port = upstream.rpartition(":")
    return host, int(port)


class _Validating(_Forwarding):
    def __init__(
        self, upstream: tuple[str, int], signed: tuple[str, ...], *, always_ad: bool = False
    ) -> None:
        super().__init__(upstream)
        self.signed = signed
        self.always_ad = always_ad

    async def answer(self, query: dns.message.Message, addr: tuple[str, int]) -> None:
        import dns.flags

        response = await self.forward(query)
        if response is None:
            return
        name = query.question[0].name.to_text().rstrip(".").lower()
        in_signed = any(name == z or name.endswith("." + z) for z in self.signed)
        asked = query.flags & dns.flags.AD or self.always_ad
        if in_signed and asked and response.rcode() == dns.rcode.NOERROR:
            response.flags |= dns.flags.AD
        self.send(response, addr)


async def start_validating_dns(
    host: str, upstream: str, signed: tuple[str, ...], *, always_ad: bool = False
) -> tuple[asyncio.DatagramTransport, str]:
    """A validating-resolver stand-in on `host` (a free UDP port) in front of `upstream`
    (HOST:PORT); returns the transport (close it) and its HOST:PORT for `--dns`. `always_ad`:
    the AD bit on every answer of the signed zones, asked for or not (what a spoofed answer on
    the way, or a resolver nobody vouches for, can send)."""
    transport, _, address = await _serve(
        host, lambda: _Validating(_upstream(upstream), signed, always_ad=always_ad)
    )
    return transport, address


# --- a DNSSEC-signed zone, for mailmedic's own validation (diagnostics/net/dnssec.py) ------------
#
# An authoritative stand-in: two zones signed at start with a fresh ECDSA P-256 key by dnspython
# (`dns.dnssec.sign_zone`), served with their RRSIGs when the query has DO set, every other name
# forwarded to the lab's dnsmasq. It sets no AD bit: whatever is authenticated, mailmedic
# validated itself against the trust anchor (the DS of the key) that `signed_zones` also returns.
# In dnssecbad.lab.test the SRV target is changed after signing: its signature no longer matches.
DNSSEC_ZONES = ("dnssec.lab.test", "dnssecbad.lab.test")


def signed_zones(healthy: str = "healthy.lab.test") -> tuple[dict[str, dns.zone.Zone], str]:
    """The signed zones (name -> dns.zone.Zone) and the anchor file's text (their DS records)."""
    import dns.dnssec
    from cryptography.hazmat.primitives.asymmetric import ec

    zones: dict[str, dns.zone.Zone] = {}
    anchors: list[str] = []
    key = ec.generate_private_key(ec.SECP256R1())
    dnskey = dns.dnssec.make_dnskey(key.public_key(), dns.dnssec.Algorithm.ECDSAP256SHA256, 257)
    for name in DNSSEC_ZONES:
        zone = dns.zone.from_text(
            f"@ 300 IN SOA ns.{name}. admin.{name}. 1 3600 600 86400 300\n"
            f"@ 300 IN NS ns.{name}.\n"
            f"@ 300 IN MX 10 {healthy}.\n"
            f"_imaps._tcp 300 IN SRV 0 10 993 {healthy}.\n"
            f"_submissions._tcp 300 IN SRV 0 10 465 {healthy}.\n",
            origin=name,
        )
        dns.dnssec.sign_zone(zone, keys=[(key, dnskey)], lifetime=86400)
        if name.startswith("dnssecbad."):
            # A forged record under a valid signature: what an attacker on the way would send.
            # The RRSIG of the SRV set is left as it was.
            with zone.writer() as txn:
                srv = dns.rdata.from_text("IN", "SRV", "0 10 993 mail.lab.test.")
                txn.replace("_imaps._tcp", 300, srv)
        zones[name] = zone
        ds = dns.dnssec.make_ds(dns.name.from_text(name), dnskey, "SHA256")
        anchors.append(f"{name}. IN DS {ds}")
    return zones, "\n".join(anchors) + "\n"


def signed_answer(
    query: dns.message.Message, zones: dict[str, dns.zone.Zone]
) -> dns.message.Message | None:
    """The authoritative answer of the signed zones, or None for a name outside them."""
    import dns.flags
    import dns.rdatatype

    question = query.question[0]
    name = question.name
    for zone in zones.values():
        if zone.origin is None or not name.is_subdomain(zone.origin):
            continue
        response = dns.message.make_response(query)
        response.flags |= dns.flags.AA
        node = zone.get_node(name)
        if node is None:
            response.set_rcode(dns.rcode.NXDOMAIN)
            return response
        rdataset = node.get_rdataset(dns.rdataclass.IN, question.rdtype)
        if rdataset is not None:
            response.answer.append(dns.rrset.from_rdata_list(name, rdataset.ttl, list(rdataset)))
            signature = node.get_rdataset(dns.rdataclass.IN, dns.rdatatype.RRSIG, question.rdtype)
            if signature is not None and query.ednsflags & dns.flags.DO:
                response.answer.append(
                    dns.rrset.from_rdata_list(name, signature.ttl, list(signature))
                )
        return response
    return None


class _Signed(_Forwarding):
    def __init__(self, upstream: tuple[str, int], zones: dict[str, dns.zone.Zone]) -> None:
        super().__init__(upstream)
        self.zones = zones

    async def answer(self, query: dns.message.Message, addr: tuple[str, int]) -> None:
        response = signed_answer(query, self.zones) or await self.forward(query)
        if response is not None:
            self.send(response, addr)


async def start_signed_dns(
    host: str, upstream: str, zones: dict[str, dns.zone.Zone]
) -> tuple[asyncio.DatagramTransport, str]:
    """The signed-zone stand-in on `host` (a free UDP port) in front of `upstream` (HOST:PORT);
    returns the transport (close it) and its HOST:PORT for `--dns`."""
    transport, _, address = await _serve(host, lambda: _Signed(_upstream(upstream), zones))
    return transport, address


# --- a resolver that stalls chosen questions ------------------------------------------------------
#
# A hostile vantage for the deadline tests (issue 16): it forwards every query to the lab's
# dnsmasq, except the questions `stall(name, type)` picks, which it never answers, like a
# resolver whose upstream hangs for one zone. Each stalled question is counted.


class _Stalling(_Forwarding):
    def __init__(
        self,
        upstream: tuple[str, int],
        stall: Callable[[str, str], bool],
        answers: dict[tuple[str, str], tuple[str, ...]],
    ) -> None:
        super().__init__(upstream)
        self.stall, self.answers = stall, answers
        self.stalled: list[tuple[str, str]] = []
        self.asked: list[tuple[str, str]] = []  # every question, in order

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        # The question is judged (and counted) at once, before any forwarding task starts.
        try:
            query = dns.message.from_wire(data)
        except dns.exception.DNSException:
            return
        if not query.question:
            return
        question = query.question[0]
        name = question.name.to_text().rstrip(".").lower()
        kind = dns.rdatatype.to_text(question.rdtype)
        self.asked.append((name, kind))
        if self.stall(name, kind):
            self.stalled.append((name, kind))
            return
        if (name, kind) in self.answers:
            # A record of the test's own (a hostile zone's answer), as text in zone syntax.
            response = dns.message.make_response(query)
            response.answer.append(
                dns.rrset.from_text_list(question.name, 60, "IN", kind, self.answers[name, kind])
            )
            self.send(response, addr)
            return
        self.spawn(self.answer(query, addr))


async def start_stalling_dns(
    host: str,
    upstream: str,
    stall: Callable[[str, str], bool],
    answers: dict[tuple[str, str], tuple[str, ...]] | None = None,
) -> tuple[asyncio.DatagramTransport, _Stalling, str]:
    """A resolver on `host` (a free UDP port) in front of `upstream` (HOST:PORT) that never
    answers the questions `stall(name, type)` picks and answers those in `answers` ((name,
    type) -> records in zone syntax) itself; returns the transport (close it), the protocol
    (its `stalled` questions, its forwarding `tasks`) and its HOST:PORT for `--dns`."""
    return await _serve(host, lambda: _Stalling(_upstream(upstream), stall, answers or {}))
