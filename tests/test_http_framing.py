"""Odd HTTP framing from a hostile web server (the plain-HTTP autoconfig fallback lets anyone on
the path answer): every one is a FetchResult with a reason, never an exception, and what the
server says outside a document (the status line) is masked like any server text.

A small asyncio server answers with canned bytes: no real web server sends these."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from diagnostics.net.http import HttpClient
from diagnostics.net.redact import MASK, Redactor
from diagnostics.policy import AddressPolicy

PASSWORD = "Zq7-wX9-kV3-mN8"
BIG_CHUNK_LINE = b"1" * 70_000
CHUNKED = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"

ANSWERS: dict[str, bytes] = {
    "negative-length": b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\nabc",
    "signed-length": b"HTTP/1.1 200 OK\r\nContent-Length: +3\r\n\r\nabc",
    "negative-chunk": CHUNKED + b"-5\r\nabc\r\n0\r\n\r\n",
    "prefixed-chunk": CHUNKED + b"0x3\r\nabc\r\n0\r\n\r\n",
    "superscript-status": "HTTP/1.1 ²³¹ OK\r\nContent-Length: 0\r\n\r\n".encode("latin-1"),
    "long-chunk-line": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + BIG_CHUNK_LINE,
    "bad-location": b"HTTP/1.1 302 Found\r\nLocation: https://[::1/x\r\nContent-Length: 0\r\n\r\n",
    "endless-interim": b"HTTP/1.1 100 Continue\r\n\r\n" * 50,
    "huge-trailers": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n"
    + b"X-Pad: "
    + b"a" * 1000
    + b"\r\n" * 1
    + (b"X-Pad: " + b"a" * 1000 + b"\r\n") * 100,
    "password-status": f"HTTPS {PASSWORD}\r\n\r\n".encode(),
}


HELD = frozenset({"huge-trailers", "endless-interim"})


@pytest.fixture
async def server() -> AsyncIterator[int]:
    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        request = await reader.readuntil(b"\r\n\r\n")
        name = request.split(b" ", 2)[1].decode().strip("/")
        writer.write(ANSWERS[name])
        await writer.drain()
        if name not in HELD:  # the others end; these must be cut by us, not by the end
            writer.close()
            return
        await reader.read()  # hold the connection until the client gives up

    listener = await asyncio.start_server(answer, "127.0.40.9", 0)
    port = listener.sockets[0].getsockname()[1]
    async with listener:
        yield port


@pytest.mark.parametrize("name", sorted(ANSWERS))
async def test_odd_framing_is_a_reason_not_an_exception(server: int, name: str) -> None:
    """Each odd answer ends the fetch with a short reason (no exception, no partial body), and
    a password in the status line is masked."""
    policy = AddressPolicy(allow_private=True, allow_any_port=True)
    async with HttpClient(
        resolver=None,
        policy=policy,
        tls=None,
        redact=Redactor(PASSWORD),  # type: ignore[arg-type]
    ) as http:
        got = await http.fetch(f"http://127.0.40.9:{server}/{name}", timeout=10)
    assert got.kind in ("error", "redirect"), got
    assert got.reason and got.body == b""
    assert PASSWORD not in got.reason and "Zq7" not in got.reason
    if name == "password-status":
        assert MASK in got.reason
