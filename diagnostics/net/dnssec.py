"""DNSSEC validation by dnspython against trust anchors the admin configured (an island of trust).

Theory of operation. A validating resolver's AD bit (RFC 4035 §3.2.3, net/resolve.py asks for it)
is one way to learn that DNS records are authentic; this is the other, for a zone whose key the
helpdesk knows (its own signed zone, a lab's): trust anchors, DS or DNSKEY records of a zone
(RFC 4033 §5, the form of an Unbound `trust-anchor-file`), given with `--dnssec-anchors FILE`.
Queries then carry the DO bit (RFC 4035 §3.2.1) and, for an answer from an anchored zone:

1. the RRSIG that covers the answer must be made by the anchored zone itself (no chain of
   delegations is followed inside the island, and none from the root: other names are left to
   the AD bit of the resolver);
2. the zone's DNSKEY RRset must be signed by a key the anchor names (a DNSKEY equal to it, or
   one whose DS digest matches: RFC 4035 §5.2, RFC 4509);
3. the answer's RRSIG must verify with that DNSKEY RRset (RFC 4035 §5.3), now.

Anything else (no signature, another signer, a bad signature, a key nobody anchored) leaves the
answer unauthenticated: the settings it names count as plain DNS. The checks are dnspython's
(`dns.dnssec.validate`, `make_ds`); this module only decides what to check against what.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any

from cryptography.utils import CryptographyDeprecationWarning

# dnspython loads every DNSSEC algorithm's module up front, DSA's too, and cryptography 51
# deprecates DSA with a warning at that import, which the bot and the CLI would print at start.
# DSA (algorithms 3 and 6) is one RFC 8624 §3.1 says validators MUST NOT trust, so nothing here
# needs it: the warning is silenced for that one import, every other warning stays.
with warnings.catch_warnings():
    warnings.filterwarnings(
        "ignore", message="DSA is deprecated", category=CryptographyDeprecationWarning
    )
    import dns.dnssec
import dns.exception
import dns.message
import dns.name
import dns.rdata
import dns.rdataclass
import dns.rdatatype
import dns.rdtypes.ANY.DNSKEY
import dns.rdtypes.ANY.DS
import dns.resolver
import dns.rrset

from diagnostics.policy import InvalidTarget

# Zone -> its anchors (DS and DNSKEY rdatas).
Anchors = Mapping[dns.name.Name, tuple[dns.rdata.Rdata, ...]]
MAX_ANCHOR_FILE = 64 * 1024


class BadAnchors(ValueError):
    """A trust-anchor text that is not one: `key` names the catalog's words (ui.error.anchors_*),
    `n` and `reason` fill them (the command line says it in the reader's language)."""

    def __init__(self, key: str, message: str, *, n: int = 0, reason: str = "") -> None:
        super().__init__(message)
        self.key = key
        self.n = n
        self.reason = reason


def parse_anchors(text: str) -> dict[dns.name.Name, tuple[dns.rdata.Rdata, ...]]:
    """`NAME [TTL] [IN] DS|DNSKEY RDATA` lines (comments after `;`); ValueError, one line, for a
    line that is not one."""
    out: dict[dns.name.Name, list[dns.rdata.Rdata]] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        tokens = line.split()
        kinds = [i for i, t in enumerate(tokens) if t.upper() in ("DS", "DNSKEY")]
        if not kinds or kinds[0] == 0:
            raise BadAnchors("line", f"line {number}: not a DS or DNSKEY record", n=number)
        at = kinds[0]
        try:
            name = dns.name.from_text(tokens[0])
            rdata = dns.rdata.from_text(
                dns.rdataclass.IN, dns.rdatatype.from_text(tokens[at]), " ".join(tokens[at + 1 :])
            )
        except (dns.exception.DNSException, ValueError) as exc:
            raise BadAnchors("record", f"line {number}: {exc}", n=number, reason=str(exc)) from None
        out.setdefault(name, []).append(rdata)
    if not out:
        raise BadAnchors("none", "no DS or DNSKEY record")
    return {name: tuple(rdatas) for name, rdatas in out.items()}


def load_anchors(path: str) -> dict[dns.name.Name, tuple[dns.rdata.Rdata, ...]]:
    """The trust anchors of a file; InvalidTarget (bad input, one line) for a bad file."""
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read(MAX_ANCHOR_FILE + 1)
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidTarget(
            key="ui.error.anchors_read", value=repr(path), reason=exc.__class__.__name__
        ) from None
    if len(text) > MAX_ANCHOR_FILE:
        raise InvalidTarget(key="ui.error.anchors_large", value=repr(path))
    try:
        return parse_anchors(text)
    except BadAnchors as exc:
        raise InvalidTarget(
            key=f"ui.error.anchors_{exc.key}", value=repr(path), n=exc.n, reason=exc.reason
        ) from None


def anchored_zone(name: dns.name.Name, anchors: Anchors) -> dns.name.Name | None:
    """The closest anchored zone at or above `name`."""
    zones = [z for z in anchors if name.is_subdomain(z)]
    return max(zones, key=lambda z: len(z.labels), default=None)


def _signature(response: dns.message.Message, rrset: dns.rrset.RRset) -> dns.rrset.RRset | None:
    try:
        return response.find_rrset(
            response.answer, rrset.name, rrset.rdclass, dns.rdatatype.RRSIG, rrset.rdtype
        )
    except KeyError:
        return None


def _trusted_keys(
    zone: dns.name.Name, keys: dns.rrset.RRset, anchors: tuple[dns.rdata.Rdata, ...]
) -> list[dns.rdata.Rdata]:
    """The zone's keys an anchor names: the same DNSKEY, or one whose DS digest matches."""
    trusted = []
    for key in keys:
        for anchor in anchors:
            if isinstance(anchor, dns.rdtypes.ANY.DNSKEY.DNSKEY) and anchor == key:
                trusted.append(key)
            elif isinstance(anchor, dns.rdtypes.ANY.DS.DS):
                try:
                    if dns.dnssec.make_ds(zone, key, anchor.digest_type) == anchor:
                        trusted.append(key)
                except (dns.exception.DNSException, ValueError):
                    continue
    return trusted


def verify(
    answer: dns.resolver.Answer, keys_answer: dns.resolver.Answer | None, anchors: Anchors
) -> bool:
    """Steps 1 to 3 of the module docstring, on answers already in hand (pure)."""
    rrset = answer.rrset
    if rrset is None or keys_answer is None or keys_answer.rrset is None:
        return False
    if rrset.name != answer.qname:
        # Reached through a CNAME: only the chain's end would be checked here, and an unsigned
        # name elsewhere that points into an anchored zone would pass as validated.
        return False
    zone = anchored_zone(rrset.name, anchors)
    signature = _signature(answer.response, rrset)
    if zone is None or signature is None or any(s.signer != zone for s in signature):
        return False
    keys = keys_answer.rrset
    key_signature = _signature(keys_answer.response, keys)
    trusted = _trusted_keys(zone, keys, anchors[zone])
    if keys.name != zone or key_signature is None or not trusted:
        return False
    anchor_set = dns.rrset.from_rdata_list(zone, keys.ttl, trusted)
    try:
        dns.dnssec.validate(keys, key_signature, {zone: anchor_set})
        dns.dnssec.validate(rrset, signature, {zone: keys})
    except dns.exception.ValidationFailure:
        return False
    return True


async def validated(resolver: Any, answer: dns.resolver.Answer, *, timeout: float) -> bool:
    """The answer verifies against the resolver's anchors (`dnssec_anchors`, make_resolver):
    asks the anchored zone's DNSKEY RRset, then `verify`. Never raises for a DNS fault."""
    anchors: Anchors | None = getattr(resolver, "dnssec_anchors", None)
    if not anchors or answer.rrset is None:
        return False
    zone = anchored_zone(answer.rrset.name, anchors)
    if zone is None:
        return False
    from diagnostics.net.resolve import ask

    try:
        keys = await ask(resolver, zone.to_text(), dns.rdatatype.DNSKEY, timeout)
    except (TimeoutError, dns.exception.DNSException):
        return False
    return verify(answer, keys, anchors)
