"""PACC (draft-ietf-mailmaint-pacc): the configuration document and its DNS digest. No I/O.

The domain serves a JSON document at
`https://ua-auto-config.<domain>/.well-known/user-agent-configuration.json` and vouches for its
exact bytes in a TXT record at `_ua-auto-config.<domain>`: `v=UAAC1; a=sha256; d=<base64 of the
SHA-256 of the body>`. A client uses the document only when a record's digest matches; the two
travel over different channels (HTTPS and DNS), so one forged channel is not enough.

Read as the draft's implementations read revisions -02 and -03 (pimalaya io-discovery
`src/pacc/{types,verify}.rs`, automx `docs/protocols/pacc.md`): `protocols` maps a protocol to
`{"host": ...}` for the TCP protocols (IMAP, POP3, and submission, named `smtp` in -02 and
`submit` from -03 on) and to `{"url": ...}` for the HTTP ones (JMAP, CalDAV, ...); the TCP
protocols use implicit TLS on their IANA ports (993, 995, 465: RFC 8314 §3), so the document
names no port and no security. `authentication` says whether a password works (`password`) and
names an OAuth issuer (`oauth-public`); `info.provider.name` names the provider. The TXT record
(-03 §5.2.2.2): tags in any order, whitespace around separators ignored, unknown tags ignored,
any record of the set with a matching digest is enough.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Iterable
from typing import Any

from diagnostics.frozen import frozen
from diagnostics.model import Protocol, Security
from diagnostics.net.redact import Redactor, redact_json
from diagnostics.wire.hostname import HostnameError, parse_server_name

WELL_KNOWN = ".well-known/user-agent-configuration.json"
VERSION = "UAAC1"
ALGORITHM = "sha256"
MAX_DOCUMENT = 64 * 1024  # a configuration document is a few hundred bytes; more is hostile

# The TCP protocols of the document, with the port and security they imply (implicit TLS).
TEXT_PROTOCOLS: dict[str, tuple[Protocol, int]] = {
    "imap": (Protocol.IMAP, 993),
    "pop3": (Protocol.POP3, 995),
    "submit": (Protocol.SMTP, 465),  # -03 and later
    "smtp": (Protocol.SMTP, 465),  # -02
}


class PaccError(ValueError):
    """The body is not a usable PACC document."""


@frozen
class PaccServer:
    """One server of a PACC document."""

    protocol: Protocol
    hostname: str
    port: int
    security: Security = Security.TLS


@frozen
class PaccConfig:
    """A parsed PACC document: its servers and what it says about sign-in."""

    servers: tuple[PaccServer, ...]
    provider: str | None = None
    password: bool | None = None  # False: OAuth only (no typed password works)
    oauth_issuer: str | None = None
    documentation: str | None = None


def parse_pacc(
    body: bytes, *, redact: Redactor | None = None, known: Iterable[str] = ()
) -> PaccConfig:
    """The mail servers of a PACC document; PaccError for anything that is not one. Parsed from
    the raw bytes (its digest is over them), its values then masked with `redact`
    (net/redact.py): escapes such as `\\u0041` are decoded before any form is looked for."""
    if len(body) > MAX_DOCUMENT:
        raise PaccError(f"the document is larger than {MAX_DOCUMENT // 1024} KiB")
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise PaccError(f"not JSON: {exc}") from None
    if redact:
        data = redact_json(data, redact, known)
    if not isinstance(data, dict) or not isinstance(data.get("protocols"), dict):
        raise PaccError("no `protocols` object")
    servers: list[PaccServer] = []
    for name, (protocol, port) in TEXT_PROTOCOLS.items():
        entry = data["protocols"].get(name)
        if entry is None:
            continue
        host = entry.get("host") if isinstance(entry, dict) else None
        if not isinstance(host, str):
            raise PaccError(f"`protocols.{name}.host` is not a host name")
        try:
            # IDNA 2008 (wire/hostname.py): "ímap.example" is xn--map-qma.example, and a name
            # with control characters or letters IDNA refuses is nobody's server.
            hostname = parse_server_name(host)
        except HostnameError as exc:
            raise PaccError(f"`protocols.{name}.host`: {exc}") from None
        if "." not in hostname:
            raise PaccError(f"`protocols.{name}.host` is not a host name")
        server = PaccServer(protocol=protocol, hostname=hostname, port=port)
        if server not in servers:
            servers.append(server)
    auth = _object(data, "authentication")
    issuer = _object(auth, "oauth-public").get("issuer")
    password = auth.get("password")
    info = _object(data, "info")
    provider = _object(info, "provider").get("name")
    docs = _object(info, "help").get("documentation")
    return PaccConfig(
        servers=tuple(servers),
        provider=provider if isinstance(provider, str) and provider.strip() else None,
        password=password if isinstance(password, bool) else None,
        oauth_issuer=issuer if isinstance(issuer, str) else None,
        documentation=docs if isinstance(docs, str) else None,
    )


def _object(data: Any, key: str) -> dict[str, Any]:
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, dict) else {}


def parse_digest_record(text: str) -> bytes | None:
    """The SHA-256 digest a `v=UAAC1; a=sha256; d=...` TXT record vouches for, or None when the
    record is not one (another version or algorithm, a missing or repeated tag, bad base64)."""
    tags: dict[str, str] = {}
    for part in text.strip().rstrip(";").split(";"):
        name, sep, value = part.partition("=")
        name, value = name.strip(), value.strip()
        if not sep or not name or not value:
            return None
        if name in ("v", "a", "d"):
            if name in tags:
                return None
            tags[name] = value
    if tags.get("v") != VERSION or tags.get("a") != ALGORITHM or "d" not in tags:
        return None
    try:
        digest = base64.b64decode(tags["d"], validate=True)
    except (binascii.Error, ValueError):
        return None
    return digest if len(digest) == hashlib.sha256().digest_size else None


def digest_of(body: bytes) -> bytes:
    return hashlib.sha256(body).digest()


def digest_record(body: bytes) -> str:
    """The TXT record that vouches for `body` (the lab publishes it; admins can copy it)."""
    return f"v={VERSION}; a={ALGORITHM}; d={base64.b64encode(digest_of(body)).decode('ascii')}"


def matches(body: bytes, digests: list[bytes]) -> bool:
    """Any published digest matches the body (compared in constant time)."""
    mine = digest_of(body)
    return any(hmac.compare_digest(mine, d) for d in digests)
