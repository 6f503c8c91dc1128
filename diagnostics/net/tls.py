"""TLS contexts, certificate facts and the classification of TLS failures.

Theory of operation. A verifying handshake tells us *why* a certificate is refused but hands us no
certificate; a handshake with verification off hands us the certificate but no verdict. So a
probe whose verifying handshake fails on the certificate repeats the dialogue once with
`CERT_NONE` to record the facts (library-notes.md, "TLS facts"). OpenSSL reports only its first
complaint, so the dates and names are also checked here, from the parsed certificate.

A handshake that fails for any other reason is repeated once with a legacy context (TLS 1.0 and
weak ciphers allowed): if that one works with TLS 1.0/1.1, the server is outdated, not broken
(RFC 8996: TLS 1.0 and 1.1 are deprecated; current mail apps refuse them).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import ipaddress
import os
import re
import ssl
import threading
import warnings
from dataclasses import replace
from typing import Any

from diagnostics.frozen import frozen
from diagnostics.model import CertFacts, CertProblem, Outcome, TlsFacts
from diagnostics.net.redact import Redactor, redact_name

OUTDATED_VERSIONS = frozenset({"TLSv1", "TLSv1.1", "SSLv3"})

# OpenSSL X509_V_ERR_* codes (include/openssl/x509_vfy.h) seen from mail servers.
VERIFY_CODES: dict[int, CertProblem] = {
    9: CertProblem.NOT_YET_VALID,
    10: CertProblem.EXPIRED,
    18: CertProblem.SELF_SIGNED,  # depth zero self-signed
    19: CertProblem.UNTRUSTED,  # self-signed root in chain, not trusted
    20: CertProblem.UNTRUSTED,  # unable to get local issuer certificate
    21: CertProblem.UNTRUSTED,  # unable to verify the first certificate: missing intermediate
    2: CertProblem.UNTRUSTED,  # unable to get issuer certificate
    62: CertProblem.HOSTNAME_MISMATCH,
    64: CertProblem.HOSTNAME_MISMATCH,  # IP address mismatch
}


def _stamp(cafile: str | None) -> tuple[int, int] | None:
    """What tells a changed CA file apart (raises OSError when it cannot be read)."""
    if not cafile:
        return None
    info = os.stat(cafile)
    return (info.st_mtime_ns, info.st_size)


@frozen(kw_only=False)
class TlsContexts:
    """The client contexts of a diagnosis. Loading a CA store blocks for tens of milliseconds
    (library-notes.md), so one set per CA file is built per process and shared by every
    diagnosis: nothing changes a context after it is built, and an `SSLContext` serves many
    connections at once."""

    verify: ssl.SSLContext
    insecure: ssl.SSLContext
    legacy: ssl.SSLContext

    @classmethod
    def create(cls, cafile: str | None = None) -> TlsContexts:
        """The shared contexts for `cafile`; built again when the file changes."""
        try:
            stamp = _stamp(cafile)
        except OSError:
            stamp = None  # load_verify_locations says what is wrong with it
        return _shared_contexts(cafile or None, stamp)

    @classmethod
    def build(cls, cafile: str | None = None) -> TlsContexts:
        """A new set of contexts (blocks: loads the system CA store and `cafile`)."""
        verify = ssl.create_default_context()
        if cafile:
            verify.load_verify_locations(cafile=cafile)
        verify.minimum_version = ssl.TLSVersion.TLSv1_2

        insecure = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        insecure.check_hostname = False
        insecure.verify_mode = ssl.CERT_NONE
        insecure.minimum_version = ssl.TLSVersion.TLSv1_2

        legacy = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        legacy.check_hostname = False
        legacy.verify_mode = ssl.CERT_NONE
        with warnings.catch_warnings():
            # Deprecated on purpose: this context exists to recognise TLS 1.0-only servers.
            warnings.simplefilter("ignore", DeprecationWarning)
            legacy.minimum_version = ssl.TLSVersion.TLSv1
        legacy.set_ciphers("DEFAULT:@SECLEVEL=0")
        return cls(verify=verify, insecure=insecure, legacy=legacy)


_SHARED: dict[tuple[str | None, tuple[int, int] | None], TlsContexts] = {}
# One build at a time: hundreds of diagnoses starting together would otherwise each load the
# system CA store in its own worker thread (an lru_cache does not hold back concurrent misses),
# which the load benchmark's profile showed as the largest block of work at start (issue 16).
_BUILDING = threading.Lock()


def _shared_contexts(cafile: str | None, stamp: tuple[int, int] | None) -> TlsContexts:
    key = (cafile, stamp)
    found = _SHARED.get(key)
    if found is not None:
        return found
    with _BUILDING:
        found = _SHARED.get(key)
        if found is None:
            # A failed build raises and is not kept: a CA file fixed later is loaded then.
            found = TlsContexts.build(cafile)
            if len(_SHARED) >= 8:
                _SHARED.clear()
            _SHARED[key] = found
        return found


def shared_contexts_ready(cafile: str | None) -> TlsContexts | None:
    """The shared contexts when already built (no thread hop needed), else None."""
    try:
        return _SHARED.get((cafile or None, _stamp(cafile)))
    except OSError:
        return None


# What OpenSSL says when the peer's first bytes are not a TLS record: a plain-text server
# greeting ("* OK", "+OK", "220 ") read as a record header.
_PLAINTEXT_REASONS = (
    "WRONG_VERSION_NUMBER",
    "RECORD_LAYER_FAILURE",
    "PACKET_LENGTH_TOO_LONG",
    "HTTP_REQUEST",
    "UNKNOWN_PROTOCOL",
    "RECORD_TOO_LARGE",
)
_VERSION_REASONS = (
    "UNSUPPORTED_PROTOCOL",
    "TLSV1_ALERT_PROTOCOL_VERSION",
    "NO_PROTOCOLS_AVAILABLE",
    "VERSION_TOO_LOW",
    "NO_CIPHERS_AVAILABLE",
    "NO_SHARED_CIPHER",
    "SSLV3_ALERT_HANDSHAKE_FAILURE",
)


@frozen(kw_only=False)
class TlsFailure:
    """Why a TLS handshake failed, with OpenSSL's verify code when there is one."""

    outcome: Outcome
    detail: str
    verify_code: int | None = None
    verify_message: str | None = None
    retry_legacy: bool = False  # worth one more try with TLS 1.0/1.1 allowed


def classify_tls_error(exc: BaseException) -> TlsFailure:
    """One place that turns a handshake exception into an outcome (style.md §4)."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return TlsFailure(
            Outcome.CERT_INVALID,
            f"certificate not accepted: {exc.verify_message}",
            verify_code=exc.verify_code,
            verify_message=exc.verify_message,
        )
    if isinstance(exc, ssl.SSLError):
        reason = (exc.reason or "").upper()
        text = exc.reason or str(exc)
        if any(r in reason for r in _PLAINTEXT_REASONS):
            return TlsFailure(
                Outcome.TLS_ON_PLAIN_PORT, f"the server answered in plain text ({text})"
            )
        if any(r in reason for r in _VERSION_REASONS):
            return TlsFailure(
                Outcome.TLS_HANDSHAKE_FAILED, f"handshake refused ({text})", retry_legacy=True
            )
        return TlsFailure(
            Outcome.TLS_HANDSHAKE_FAILED, f"TLS handshake failed ({text})", retry_legacy=True
        )
    if isinstance(exc, TimeoutError) or (
        isinstance(exc, ConnectionAbortedError) and "longer than" in str(exc)
    ):
        return TlsFailure(Outcome.NO_GREETING, "no answer to the TLS handshake")
    if isinstance(exc, (ConnectionResetError, BrokenPipeError, EOFError, ConnectionAbortedError)):
        return TlsFailure(
            Outcome.TLS_HANDSHAKE_FAILED,
            "the server closed the connection during the TLS handshake",
            retry_legacy=True,
        )
    if isinstance(exc, OSError):
        return TlsFailure(
            Outcome.TLS_HANDSHAKE_FAILED, f"TLS handshake failed ({exc})", retry_legacy=True
        )
    raise exc


def _unverified_chain_length(sslobj: ssl.SSLObject) -> int | None:
    # Public get_unverified_chain() only from 3.13; on 3.11/3.12 the private _sslobj has it.
    # Isolated here so the private access lives in one place (library-notes.md).
    getter = getattr(sslobj, "get_unverified_chain", None)
    if getter is None:
        inner = getattr(sslobj, "_sslobj", None)
        getter = getattr(inner, "get_unverified_chain", None)
    if getter is None:
        return None
    try:
        chain = getter()
    except (ssl.SSLError, ValueError):
        return None
    return None if chain is None else len(chain)


@functools.lru_cache(maxsize=256)
def parse_certificate(der: bytes) -> CertFacts | None:
    """The facts of a DER certificate, or None when cryptography can't parse one that OpenSSL
    accepted (it is stricter: e.g. an explicitly encoded default). Never raises.

    Cached by the certificate's bytes (CertFacts is frozen): the same server certificate comes
    back on every port of a host and in every diagnosis of a busy process, and parsing it is
    the CPU-heaviest step of a probe after the handshake itself (issue 16)."""
    try:
        return _parse_certificate(der)
    except Exception:
        return None


def _parse_certificate(der: bytes) -> CertFacts:
    # Imported at the first certificate to parse, not with this module: `explain`, `--help` and
    # a diagnosis that never completes a handshake do not pay for it.
    from cryptography import x509

    cert = x509.load_der_x509_certificate(der)
    names: list[str] = []
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        names.extend(san.get_values_for_type(x509.DNSName))
        names.extend(str(ip) for ip in san.get_values_for_type(x509.IPAddress))
    except x509.ExtensionNotFound:
        pass
    except ValueError:
        pass  # a malformed SAN: the names list stays as far as it got
    if not names:
        # RFC 6125 §6.4.4: the CN only counts when there is no SAN; we record it for the person.
        names.extend(
            str(a.value) for a in cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
        )
    return CertFacts(
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        names=tuple(names),
        self_signed=cert.issuer == cert.subject,
        sha256=hashlib.sha256(der).hexdigest(),
    )


# RFC 4514 §3 short names, as cryptography's Name.rfc4514_string() writes them; an attribute
# without one (emailAddress, serialNumber, ...) sends the certificate to cryptography instead,
# which writes its dotted OID.
_RFC4514_NAMES = {
    "commonName": "CN",
    "localityName": "L",
    "stateOrProvinceName": "ST",
    "organizationName": "O",
    "organizationalUnitName": "OU",
    "countryName": "C",
    "streetAddress": "STREET",
    "domainComponent": "DC",
    "userId": "UID",
}


# How OpenSSL writes a certificate's time in getpeercert() ("Jun  1 12:00:00 2027 GMT"; RFC 5280
# §4.1.2.5 times are UTC).
_CERT_TIME = re.compile(r"(\w{3}) ([ 1-3]\d) ([01]\d|2[0-3]):([0-5]\d):([0-5]\d) (\d{4}) GMT")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def cert_time(text: str) -> dt.datetime:
    """A getpeercert() time as an aware datetime: `ssl.cert_time_to_seconds`'s answer, read
    directly when written as OpenSSL writes it (the first strptime of a process costs 3-4 ms:
    its locale tables and pattern); anything else is left to it. ValueError when unreadable."""
    found = _CERT_TIME.fullmatch(text)
    if found is not None and found[1] in _MONTHS:
        year, day = int(found[6]), int(found[2])
        hour, minute, second = int(found[3]), int(found[4]), int(found[5])
        try:
            return dt.datetime(
                year, _MONTHS.index(found[1]) + 1, day, hour, minute, second, tzinfo=dt.UTC
            )
        except ValueError:
            pass  # "Feb 30": strptime's and timegm's way below
    return dt.datetime.fromtimestamp(ssl.cert_time_to_seconds(text), dt.UTC)


def facts_from_openssl(info: Any, der: bytes) -> CertFacts | None:
    """CertFacts from `SSLObject.getpeercert()` (a verified connection's parsed certificate),
    written exactly as `parse_certificate` writes them; None when the dict holds something only
    cryptography can write the same way (tests/test_tls_facts.py compares both)."""
    if not isinstance(info, dict):
        return None
    try:
        subject = _rfc4514(info["subject"])
        issuer = _rfc4514(info["issuer"])
        not_before = cert_time(info["notBefore"])
        not_after = cert_time(info["notAfter"])
    except (KeyError, ValueError, TypeError):
        return None
    if subject is None or issuer is None:
        return None
    san = info.get("subjectAltName", ())
    names = [value for kind, value in san if kind == "DNS"]
    try:
        names += [str(ipaddress.ip_address(v.strip())) for kind, v in san if kind == "IP Address"]
    except ValueError:
        return None
    if not san:
        # RFC 6125 §6.4.4: the CN only counts when there is no SAN; we record it for the person.
        names = [value for rdn in info["subject"] for key, value in rdn if key == "commonName"]
    return CertFacts(
        subject=subject,
        issuer=issuer,
        not_before=not_before,
        not_after=not_after,
        names=tuple(names),
        self_signed=info["subject"] == info["issuer"],
        sha256=hashlib.sha256(der).hexdigest(),
    )


def _rfc4514(rdns: Any) -> str | None:
    """An RDN sequence of getpeercert() as RFC 4514 text, last RDN first (RFC 4514 §2.1)."""
    parts: list[str] = []
    for rdn in reversed(rdns):
        if len(rdn) != 1:
            return None  # a multi-valued RDN: its order is cryptography's to decide
        attributes: list[str] = []
        for key, value in rdn:
            short = _RFC4514_NAMES.get(key)
            if short is None or not isinstance(value, str):
                return None
            attributes.append(f"{short}={_escape_dn(value)}")
        parts.append("+".join(attributes))
    return ",".join(parts)


def _escape_dn(value: str) -> str:
    """RFC 4514 §2.4 escaping, as cryptography does it."""
    if not value:
        return ""
    for special in ("\\", '"', "+", ",", ";", "<", ">"):
        value = value.replace(special, "\\" + special)
    value = value.replace("\0", "\\00")
    if value[0] == "#" or (value[0] == " " and len(value) > 1):
        value = "\\" + value
    if value[-1] == " ":
        value = value[:-1] + "\\ "
    return value


def redacted_cert(cert: CertFacts, redact: Redactor, host: str) -> CertFacts:
    """The certificate's server-chosen texts masked (net/redact.py); dates, fingerprint and the
    self-signed flag are ours. The parsed facts stay cached unmasked (`parse_certificate`): every
    run masks its own secrets."""
    names = tuple(redact_name(redact, n, (host,)) for n in cert.names)
    subject, issuer = redact(cert.subject), redact(cert.issuer)
    if (subject, issuer, names) == (cert.subject, cert.issuer, cert.names):
        return cert
    return replace(cert, subject=subject, issuer=issuer, names=names)


def hostname_matches(host: str, names: tuple[str, ...]) -> bool:
    """RFC 6125 §6.4.3: a wildcard stands for exactly one whole left-most label."""
    host = host.rstrip(".").lower()
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        ip = None
    for name in names:
        name = name.rstrip(".").lower()
        if ip is not None:
            try:
                if ipaddress.ip_address(name) == ip:
                    return True
            except ValueError:
                continue
            continue
        if name == host:
            return True
        if name.startswith("*.") and "." in host:
            head, _, rest = host.partition(".")
            if head and rest == name[2:] and "." in rest:
                return True
    return False


def certificate_problems(
    cert: CertFacts | None,
    host: str,
    verify_code: int | None,
    now: dt.datetime | None = None,
    *,
    names_match: bool | None = None,
) -> tuple[CertProblem, ...]:
    """Every problem we can see, OpenSSL's first; the dates and names checked here as well.

    `names_match`: whether the certificate's own names matched `host`, when `cert` holds the
    names as shown (masked, `redacted_cert`) rather than as the server sent them."""
    problems: list[CertProblem] = []
    if verify_code is not None:
        problems.append(VERIFY_CODES.get(verify_code, CertProblem.OTHER))
    if cert is not None:
        now = now or dt.datetime.now(dt.UTC)
        if now > cert.not_after:
            problems.append(CertProblem.EXPIRED)
        if now < cert.not_before:
            problems.append(CertProblem.NOT_YET_VALID)
        matched = hostname_matches(host, cert.names) if names_match is None else names_match
        if not matched:
            problems.append(CertProblem.HOSTNAME_MISMATCH)
        if cert.self_signed and verify_code is not None:
            problems.append(CertProblem.SELF_SIGNED)
    unique = tuple(dict.fromkeys(problems))
    # A self-signed leaf is reported as such, not also as "unknown issuer".
    if CertProblem.SELF_SIGNED in unique:
        unique = tuple(p for p in unique if p is not CertProblem.UNTRUSTED)
    return unique


def tls_facts(
    sslobj: Any,
    host: str,
    *,
    verified: bool,
    verify_code: int | None = None,
    verify_message: str | None = None,
    redact: Redactor | None = None,
) -> TlsFacts:
    """Facts from a finished handshake (`ssl.SSLObject` or `ssl.SSLSocket`).

    The certificate's problems are judged on its names as sent; what is kept (and shown) has
    its subject, issuer and names passed through `redact` (a hostile server's certificate may
    carry the password it learnt)."""
    der = sslobj.getpeercert(binary_form=True) if sslobj is not None else None
    cert = None
    if der and verified:
        # A verified handshake: OpenSSL has parsed the certificate already (getpeercert()),
        # so cryptography is neither imported nor run for it (issue 16: start-up and load).
        cert = facts_from_openssl(sslobj.getpeercert(), der)
    if der and cert is None:
        cert = parse_certificate(der)
    cipher = sslobj.cipher() if sslobj is not None else None
    problems = () if verified else certificate_problems(cert, host, verify_code)
    if cert is not None and redact:
        cert = redacted_cert(cert, redact, host)
    return TlsFacts(
        version=sslobj.version() if sslobj is not None else None,
        cipher=cipher[0] if cipher else None,
        verified=verified,
        verify_code=verify_code,
        verify_message=verify_message,
        problems=problems,
        cert=cert,
        chain_length=_unverified_chain_length(sslobj) if sslobj is not None else None,
    )
