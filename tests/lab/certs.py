"""Certificates of the lab, made fresh at every start (their dates are relative to now).

A root CA (the only thing in `cafile`), an intermediate that signs the leaves (servers send it
along, as real servers must), and a second, unknown CA that nobody trusts. Keys are EC P-256:
generating a dozen of them takes milliseconds, where RSA would take a second.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from .discovery import (
    EXPIRED_WEB_NAMES,
    GMX_NAMES,
    HOSTER_NAMES,
    MANY_ADDRESS_HOST,
    WEB_NAMES,
)
from .dualstack import CERT_NAMES as DUALSTACK_NAMES
from .layout import SASL_SCENARIOS, fqdn

DAY = dt.timedelta(days=1)

PRIVATE_KEY = ec.EllipticCurvePrivateKey


@dataclass(frozen=True)
class CertFiles:
    """The files of one server certificate."""

    key: Path  # private key alone (Dovecot ssl_key, asyncio load_cert_chain keyfile)
    chain: Path  # leaf followed by the intermediate, if any (Dovecot ssl_cert)
    combined: Path  # key + chain in one file (Postfix smtpd_tls_chain_files)
    names: tuple[str, ...]


@dataclass(frozen=True)
class LabCerts:
    cafile: Path  # the lab root CA only
    unknown_cafile: Path  # the CA that issued "unknownca"; deliberately not in cafile
    servers: dict[str, CertFiles]  # scenario -> files


@dataclass(frozen=True)
class _Issuer:
    name: x509.Name
    key: PRIVATE_KEY
    cert: x509.Certificate


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "mailmedic lab"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _key() -> PRIVATE_KEY:
    return ec.generate_private_key(ec.SECP256R1())


def _serial() -> int:
    return x509.random_serial_number()


def _ca(common_name: str, now: dt.datetime, parent: _Issuer | None = None) -> _Issuer:
    key = _key()
    name = _name(common_name)
    issuer_name = parent.name if parent else name
    signing_key = parent.key if parent else key
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(_serial())
        # Starts long ago so that the expired leaf lies inside its issuer's validity.
        .not_valid_before(now - 800 * DAY)
        .not_valid_after(now + 3650 * DAY)
        .add_extension(
            x509.BasicConstraints(ca=True, path_length=0 if parent else None), critical=True
        )
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if parent:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(parent.key.public_key()),
            critical=False,
        )
    cert = builder.sign(signing_key, hashes.SHA256())
    return _Issuer(name, key, cert)


def _leaf(
    names: tuple[str, ...],
    not_before: dt.datetime,
    not_after: dt.datetime,
    issuer: _Issuer | None,
) -> tuple[PRIVATE_KEY, x509.Certificate]:
    """A server certificate; issuer None makes it self-signed."""
    key = _key()
    subject = _name(names[0])
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.name if issuer else subject)
        .public_key(key.public_key())
        .serial_number(_serial())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(n) for n in names]), False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if issuer:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),
            critical=False,
        )
    return key, builder.sign(issuer.key if issuer else key, hashes.SHA256())


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _write(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    # World-readable: Dovecot's and Postfix's unprivileged processes read these, and it is a lab.
    os.chmod(path, 0o644)


def make_certs(directory: Path) -> LabCerts:
    """Create every lab certificate under `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    root = _ca("mailmedic lab root CA", now)
    intermediate = _ca("mailmedic lab intermediate CA", now, parent=root)
    unknown = _ca("mailmedic unknown CA", now)

    valid = (now - DAY, now + 365 * DAY)
    # scenario -> (names, (not_before, not_after), issuer)
    plan: dict[str, tuple[tuple[str, ...], tuple[dt.datetime, dt.datetime], _Issuer | None]] = {
        "healthy": (
            (
                fqdn("healthy"),
                "mail.lab.test",
                "xn--bcher-kva.lab.test",
                *DUALSTACK_NAMES,
                *HOSTER_NAMES,
                *GMX_NAMES,
                MANY_ADDRESS_HOST,
            ),
            valid,
            intermediate,
        ),
        "expired": ((fqdn("expired"),), (now - 395 * DAY, now - 30 * DAY), intermediate),
        "notyet": ((fqdn("notyet"),), (now + 30 * DAY, now + 395 * DAY), intermediate),
        "wrongname": (("other.example",), valid, intermediate),
        "selfsigned": ((fqdn("selfsigned"),), valid, None),
        "unknownca": ((fqdn("unknownca"),), valid, unknown),
        "expiring": ((fqdn("expiring"),), (now - 85 * DAY, now + 5 * DAY), intermediate),
        "filtered": ((fqdn("filtered"),), valid, intermediate),
        "tlsrequired": ((fqdn("tlsrequired"),), valid, intermediate),
        "wrongproto": ((fqdn("wrongproto"),), valid, intermediate),
        "tls10": ((fqdn("tls10"),), valid, intermediate),
        "echo": ((fqdn("echo"),), valid, intermediate),
        **{name: ((fqdn(name),), valid, intermediate) for name in SASL_SCENARIOS},
        **{
            name: ((fqdn(name),), valid, intermediate)
            for name in ("pop3policy", "pop3digest", "shortidle")
        },
        # One Exim serves both of its names (tests/lab/exim.py).
        "exim": ((fqdn("exim"), fqdn("eximfallback")), valid, intermediate),
        # nginx (tests/lab/web.py): every virtual host's name, and the expired one apart.
        "web": (WEB_NAMES, valid, intermediate),
        "webexpired": (EXPIRED_WEB_NAMES, (now - 395 * DAY, now - 30 * DAY), intermediate),
    }

    servers: dict[str, CertFiles] = {}
    for scenario, (names, (not_before, not_after), issuer) in plan.items():
        key, cert = _leaf(names, not_before, not_after, issuer)
        key_pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        # Only the lab intermediate travels with its leaves: the unknown CA's leaf is sent alone,
        # so a client sees "unable to get local issuer certificate" as with a real foreign CA.
        chain = _pem(cert) + (_pem(intermediate.cert) if issuer is intermediate else b"")
        files = CertFiles(
            key=directory / f"{scenario}.key.pem",
            chain=directory / f"{scenario}.chain.pem",
            combined=directory / f"{scenario}.combined.pem",
            names=names,
        )
        _write(files.key, key_pem)
        _write(files.chain, chain)
        _write(files.combined, key_pem + chain)
        servers[scenario] = files

    cafile = directory / "ca.pem"
    unknown_cafile = directory / "unknown-ca.pem"
    _write(cafile, _pem(root.cert))
    _write(unknown_cafile, _pem(unknown.cert))
    # The intermediate's key stays in the lab's directory, so a test can issue a certificate of
    # its own at test time (`issue`): a hostile subject or name no fixed scenario has.
    _write(directory / INTERMEDIATE_KEY, _key_pem(intermediate.key))
    _write(directory / INTERMEDIATE_CERT, _pem(intermediate.cert))
    return LabCerts(cafile=cafile, unknown_cafile=unknown_cafile, servers=servers)


INTERMEDIATE_KEY = "intermediate.key.pem"
INTERMEDIATE_CERT = "intermediate.pem"


def _key_pem(key: PRIVATE_KEY) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def issue(
    directory: Path,
    dest: Path,
    *,
    names: tuple[str, ...],
    addresses: tuple[str, ...] = (),
    organization: str = "mailmedic lab",
) -> tuple[Path, Path]:
    """A leaf from the lab intermediate in `directory` (the lab's certs/), valid now, with these
    DNS names and IP addresses and this organization in its subject; returns (chain, key) files
    written under `dest`."""
    import ipaddress

    key_data = (directory / INTERMEDIATE_KEY).read_bytes()
    signing_key = serialization.load_pem_private_key(key_data, password=None)
    assert isinstance(signing_key, ec.EllipticCurvePrivateKey)
    issuer_cert = x509.load_pem_x509_certificate((directory / INTERMEDIATE_CERT).read_bytes())
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    key = _key()
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
            x509.NameAttribute(NameOID.COMMON_NAME, (names or addresses)[0]),
        ]
    )
    general: list[x509.GeneralName] = [x509.DNSName(n) for n in names]
    general += [x509.IPAddress(ipaddress.ip_address(a)) for a in addresses]
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_cert.subject)
        .public_key(key.public_key())
        .serial_number(_serial())
        .not_valid_before(now - DAY)
        .not_valid_after(now + 30 * DAY)
        .add_extension(x509.SubjectAlternativeName(general), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(signing_key.public_key()),
            critical=False,
        )
        .sign(signing_key, hashes.SHA256())
    )
    dest.mkdir(parents=True, exist_ok=True)
    chain, key_file = dest / "leaf.chain.pem", dest / "leaf.key.pem"
    _write(chain, _pem(cert) + _pem(issuer_cert))
    _write(key_file, _key_pem(key))
    return chain, key_file
