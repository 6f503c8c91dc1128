"""Certificate facts from OpenSSL's own parse (verified connections) equal cryptography's."""

from __future__ import annotations

import asyncio
import ssl
from pathlib import Path

from diagnostics.net.tls import _parse_certificate, facts_from_openssl
from tests.lab import Lab
from tests.lab.certs import issue


async def _handshake(address: str, port: int, name: str, cafile: str) -> tuple[object, bytes]:
    context = ssl.create_default_context(cafile=cafile)
    _, writer = await asyncio.open_connection(address, port, ssl=context, server_hostname=name)
    try:
        obj = writer.get_extra_info("ssl_object")
        return obj.getpeercert(), obj.getpeercert(binary_form=True)
    finally:
        writer.transport.abort()


async def test_lab_certificates_read_the_same_both_ways(lab: Lab) -> None:
    """The healthy host's certificate (SAN names, an intermediate): same subject, issuer, dates,
    names, fingerprint from getpeercert() as from cryptography."""
    info, der = await _handshake(lab.address("healthy"), 993, lab.host("healthy"), lab.cafile)
    assert facts_from_openssl(info, der) == _parse_certificate(der)


async def test_escaped_subjects_and_ip_names_read_the_same_both_ways(
    lab: Lab, tmp_path: Path
) -> None:
    """RFC 4514 specials in the subject and an IP address name: written as cryptography does."""
    chain, key = issue(
        Path(lab.lab_dir) / "certs",
        tmp_path,
        names=("odd.lab.test",),
        addresses=("127.0.0.1", "::1"),
        organization='#A, "B"+C;<D>\\E ',
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(chain, key)

    async def greet(_: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.close()

    server = await asyncio.start_server(greet, "127.0.0.1", 0, ssl=context)
    try:
        port = server.sockets[0].getsockname()[1]
        info, der = await _handshake("127.0.0.1", port, "odd.lab.test", lab.cafile)
    finally:
        server.close()
    mine = facts_from_openssl(info, der)
    assert mine is not None and '\\#A\\, \\"B\\"\\+C\\;\\<D\\>\\\\E\\ ' in mine.subject
    assert mine == _parse_certificate(der)
