"""HTTPS fetches for autoconfig, the ISPDB and Autodiscover, under the address policy.

Theory of operation. A fetch resolves its host through dnspython (the `--dns` server, never the
system resolver), drops every address the policy refuses (IP literals and redirect targets
included: every address actually connected to is checked), connects with `net/connect.py`,
speaks TLS with the same trust as the probes (`TlsContexts.verify`, so `--cafile` applies) and
one HTTP/1.1 request with `Connection: close` (RFC 9112). Redirects are followed here, at most
`MAX_REDIRECTS`, each checked for scheme and target (only https). Bodies are read with a
counter and cut at `max_bytes` (decompressed bytes, for a gzip answer) and returned as they came:
a document is masked as it is parsed (wire/safexml.py, net/redact.py "Names and documents"), so
masking can never break its structure or its digest. What the server says outside a document (a
status line, a redirect's Location, a Content-Type) passes the run's Redactor here: the web server
of a host that learnt the password may repeat it there. Every fault, however odd the framing (a
negative length, a status of non-ASCII digits, an endless chunk line or interim answers), is a
`FetchResult` with a short reason, never an exception.

Why not aiohttp (which this module used until issue 16): a diagnosis makes a handful of GETs and
one POST per run, each to a different host, with no keep-alive, no cookies and no proxies; aiohttp
cost ~0.1 s of import on every `diagnose` and `check` (most of the start-up goal), and a
connector whose resolver, socket factory and redirect handling all had to be overridden to keep
the address policy. The HTTP/1.1 subset a clientConfig or Autodiscover document needs — a status
line, headers, a body by Content-Length, chunked or until close, gzip — is small and bounded.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import ssl
import zlib
from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin, urlsplit

from diagnostics.frozen import frozen
from diagnostics.model import CertProblem, Outcome
from diagnostics.net import looplag
from diagnostics.net.connect import ConnectFailure, connect_socket, open_stream
from diagnostics.net.destination import Caps, Waits, counting
from diagnostics.net.redact import MASK, Redactor, redact_url
from diagnostics.net.resolve import resolve_host
from diagnostics.net.tls import VERIFY_CODES
from diagnostics.policy import AddressPolicy, address_class

MAX_REDIRECTS = 3
MAX_BODY = 256 * 1024
WEB_PORTS = frozenset({80, 443})
USER_AGENT = "mailmedic (mail settings troubleshooter)"


MAX_HEAD = 64 * 1024  # status line and headers together (nginx's default is 8 KiB per line)
MAX_CHUNK_LINE = 1024
MAX_INTERIM = 8  # 1xx answers before the real one (RFC 9110 §15.2: a few at most)
CONNECT_TIMEOUT = 30.0
# A connect to one of several addresses: a filtered first address must not use up the fetch's
# whole time before the next is tried (RFC 8305 staggers attempts by 250 ms; a mail provider's web
# server answers a connect in well under this).
NEXT_ADDRESS_AFTER = 3.0
_DIGITS = frozenset("0123456789")
_HEX = frozenset("0123456789abcdefABCDEF")


class Refused(OSError):
    """The address policy refused an address (turned into a reason)."""


class Unresolved(OSError):
    """A name had no address: the DNS outcome travels with this request's exception."""

    def __init__(self, failure: Outcome | None, detail: str) -> None:
        super().__init__(detail)
        self.failure = failure
        self.detail = detail


class _HttpFault(Exception):
    """A response we cannot read (garbage, too large a head): kind and reason."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


@frozen
class FetchResult:
    """What one fetch saw. `kind` is ok|status|dns|refused|timeout|tls|cert|redirect|too_large|
    policy|error; `status` is the last HTTP status seen, `url` the last URL asked."""

    url: str
    kind: str
    status: int | None = None
    body: bytes = b""
    reason: str = ""
    content_type: str = ""
    dns_failure: Outcome | None = None
    cert_problem: CertProblem | None = None
    redirects: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.kind == "ok"


def _allowed(policy: AddressPolicy, address: str, port: int) -> str | None:
    # The mail-port rule of AddressPolicy does not apply to the web: HTTPS lives on 443.
    if not policy.allow_any_port and port not in WEB_PORTS:
        return f"port {port} is not a web port"
    if policy.allow_private:
        return None
    kind = address_class(address)
    return None if kind is None else f"{address} is a {kind} address"


@frozen(kw_only=False)
class _Response:
    """One HTTP response as read: status, headers and the (capped) body."""

    status: int
    headers: dict[str, str]  # lower-case names; a repeated header keeps its last value
    body: bytes
    complete: bool  # False: cut at max_bytes


class HttpClient:
    """The fetcher of one diagnosis; `async with HttpClient(...) as client`."""

    def __init__(
        self,
        *,
        resolver: Any,
        policy: AddressPolicy,
        tls: ssl.SSLContext,
        dns_timeout: float = 3.0,
        redact: Redactor | None = None,
        caps: Caps | None = None,
    ) -> None:
        self._caps = caps  # connections per server address and provider (net/destination.py)
        self._redact = redact or Redactor()
        self._policy = policy
        self._resolver = resolver
        self._dns_timeout = dns_timeout
        self._tls = tls

    async def __aenter__(self) -> HttpClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None  # every connection is closed by the fetch that opened it

    async def fetch(
        self,
        url: str,
        *,
        timeout: float,
        method: str = "GET",
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
        max_bytes: int = MAX_BODY,
        allowed_hosts: Callable[[str], bool] | None = None,
    ) -> FetchResult:
        """GET or POST `url`, following at most MAX_REDIRECTS redirects that stay on https (and
        on hosts `allowed_hosts` accepts). Never raises for a network or server fault.

        A timeout that fell due while our own loop was stalled (net/looplag.py: `ours`) may hide
        an answer that came in time, as for the probes and DNS questions: the fetch is made once
        more before "no answer" is said of the server (the run's deadline still bounds both)."""
        for again in (True, False):
            try:
                async with asyncio.timeout(timeout) as scope:
                    # Waiting for a connection's turn under the caps is our time, not the
                    # server's: the timeout stands still meanwhile.
                    with counting(Waits(on_wait=_pausing(scope))):
                        return await self._fetch(
                            url, method, data, headers, max_bytes, allowed_hosts
                        )
            except TimeoutError:
                if again and looplag.ours(timeout):
                    continue
                return FetchResult(
                    url=url, kind="timeout", reason=f"no answer within {timeout:g} s"
                )
        raise AssertionError("unreachable")

    async def _fetch(
        self,
        url: str,
        method: str,
        data: bytes | None,
        headers: dict[str, str] | None,
        max_bytes: int,
        allowed_hosts: Callable[[str], bool] | None,
    ) -> FetchResult:
        current = url
        hops: list[str] = []
        while True:
            host = (urlsplit(current).hostname or "").lower()
            try:
                response = await self._request(current, method, data, headers, max_bytes)
            except Unresolved as exc:
                return FetchResult(
                    url=current,
                    kind="dns",
                    reason=exc.detail,
                    dns_failure=exc.failure,
                    redirects=tuple(hops),
                )
            except Refused as exc:
                return FetchResult(
                    url=current, kind="policy", reason=str(exc), redirects=tuple(hops)
                )
            except _HttpFault as fault:
                return FetchResult(
                    url=current,
                    kind=fault.kind,
                    reason=self._redact(fault.reason),
                    redirects=tuple(hops),
                )
            except ssl.SSLCertVerificationError as exc:
                code = exc.verify_code
                cert = VERIFY_CODES.get(code, CertProblem.OTHER) if code else CertProblem.OTHER
                message = exc.verify_message or str(exc)
                return FetchResult(
                    url=current,
                    kind="cert",
                    reason=f"the certificate of {host} is not valid ({message})",
                    cert_problem=cert,
                    redirects=tuple(hops),
                )
            except ssl.SSLError as exc:
                return FetchResult(
                    url=current,
                    kind="tls",
                    reason=f"TLS with {host} failed ({exc})",
                    redirects=tuple(hops),
                )
            except (OSError, EOFError, asyncio.IncompleteReadError) as exc:
                return FetchResult(
                    url=current, kind="error", reason=f"{host}: {exc}", redirects=tuple(hops)
                )
            status = response.status
            location = response.headers.get("location")
            if location:
                location = redact_url(self._redact, location, (host,))
            if status in (301, 302, 303, 307, 308) and location:
                try:
                    target = urljoin(current, location)
                    problem = _redirect_problem(target, allowed_hosts)
                except ValueError:  # "https://[::1/x": no URL at all
                    target, problem = "", f"a redirect to no URL ({location[:80]!r})"
                if target:
                    hops.append(target)
                if problem is None and len(hops) > MAX_REDIRECTS:
                    problem = f"more than {MAX_REDIRECTS} redirects"
                if problem is not None:
                    return FetchResult(
                        url=current,
                        kind="redirect",
                        status=status,
                        reason=problem,
                        redirects=tuple(hops),
                    )
                if status == 303:
                    method, data = "GET", None
                current = target
                continue
            if not response.complete:
                return FetchResult(
                    url=current,
                    kind="too_large",
                    status=status,
                    reason=f"the answer is larger than {max_bytes // 1024} KiB",
                    redirects=tuple(hops),
                )
            return FetchResult(
                url=current,
                kind="ok" if status == 200 else "status",
                status=status,
                body=response.body,
                reason="" if status == 200 else f"HTTP {status}",
                content_type=self._redact(response.headers.get("content-type", "")),
                redirects=tuple(hops),
            )

    async def _request(
        self,
        url: str,
        method: str,
        data: bytes | None,
        headers: dict[str, str] | None,
        max_bytes: int,
    ) -> _Response:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        secure = parts.scheme == "https"
        try:
            port = parts.port or (443 if secure else 80)
        except ValueError:
            raise _HttpFault("error", f"{url}: not a valid port") from None
        if parts.scheme not in ("http", "https") or not host:
            raise _HttpFault("error", f"{url}: not an http(s) URL")
        sock = await self._connect(host, port)
        # The fetch's own timeout bounds the handshake; open_stream closes the socket on failure.
        reader, writer = await open_stream(
            sock, self._tls if secure else None, host, timeout=None, limit=MAX_HEAD
        )
        try:
            authority = host if port == (443 if secure else 80) else f"{host}:{port}"
            if ":" in host:
                authority = f"[{host}]" if port == (443 if secure else 80) else f"[{host}]:{port}"
            lines = [
                f"{method} {parts.path or '/'}{'?' + parts.query if parts.query else ''} HTTP/1.1",
                f"Host: {authority}",
                f"User-Agent: {USER_AGENT}",
                "Accept: */*",
                "Accept-Encoding: gzip",
                "Connection: close",
            ]
            lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
            if data is not None:
                lines.append(f"Content-Length: {len(data)}")
            writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + (data or b""))
            await writer.drain()
            return await _read_response(reader, max_bytes, head_only=method == "HEAD")
        finally:
            writer.transport.abort()

    async def _connect(self, host: str, port: int) -> Any:
        """A connected socket to the first allowed address of `host` that answers."""
        if _is_ip(host):
            addresses: tuple[str, ...] = (str(ipaddress.ip_address(host)),)
        else:
            resolution = await resolve_host(self._resolver, host, timeout=self._dns_timeout)
            if not resolution.addresses:
                raise Unresolved(resolution.failure, resolution.detail or f"{host} has no address")
            addresses = resolution.addresses
        allowed = [a for a in addresses if _allowed(self._policy, a, port) is None]
        if not allowed:
            reason = _allowed(self._policy, addresses[0], port) or "refused"
            raise Refused(f"{host}: {reason}" if not _is_ip(host) else reason)
        last: ConnectFailure | None = None
        for index, address in enumerate(allowed):
            # The fetch's own timeout bounds the whole request; the last address's only ends a
            # connect that outlives it (net/connect.py needs one).
            more = index < len(allowed) - 1
            timeout = NEXT_ADDRESS_AFTER if more else CONNECT_TIMEOUT
            sock = await connect_socket(address, port, timeout=timeout, host=host, caps=self._caps)
            if not isinstance(sock, ConnectFailure):
                return sock
            last = sock
        assert last is not None
        if last.outcome is Outcome.REFUSED:
            raise _HttpFault("refused", f"{host} refused the connection")
        if last.outcome is Outcome.TIMEOUT:
            raise _HttpFault("timeout", f"{host} did not answer")
        raise _HttpFault("error", f"{host}: {last.detail}")


async def _read_response(
    reader: asyncio.StreamReader, max_bytes: int, *, head_only: bool = False
) -> _Response:
    """One HTTP/1.1 response (RFC 9112): interim 1xx answers skipped, the body by chunked
    transfer coding, Content-Length or the end of the connection, each bounded."""
    for _ in range(MAX_INTERIM + 1):
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.LimitOverrunError:
            raise _HttpFault("error", "the answer's headers are too large") from None
        except asyncio.IncompleteReadError as exc:
            raise _HttpFault("error", "the server closed the connection without an answer") from exc
        status, headers = _parse_head(head)
        if not 100 <= status < 200:
            break
    else:
        raise _HttpFault("error", f"more than {MAX_INTERIM} interim (1xx) answers")
    if head_only or status in (204, 304):
        return _Response(status, headers, b"", True)
    coding = headers.get("transfer-encoding", "").lower()
    if "chunked" in coding:
        raw, complete = await _read_chunked(reader, max_bytes)
    elif "content-length" in headers:
        text = headers["content-length"]
        if not text or not set(text) <= _DIGITS:  # int() takes "-1", "+5", "1_0", "²"
            raise _HttpFault("error", "a Content-Length that is not a number")
        length = int(text)
        if length > max_bytes:
            return _Response(status, headers, b"", False)
        raw, complete = await reader.readexactly(length), True
    else:
        raw, complete = await _read_to_end(reader, max_bytes)
    if not complete:
        return _Response(status, headers, b"", False)
    encoding = headers.get("content-encoding", "").lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        raw, complete = _decompress(raw, max_bytes, encoding)
    return _Response(status, headers, raw if complete else b"", complete)


async def _read_to_end(reader: asyncio.StreamReader, max_bytes: int) -> tuple[bytes, bool]:
    """A body without a length: until the server closes, at most max_bytes."""
    chunks: list[bytes] = []
    size = 0
    while chunk := await reader.read(65536):
        size += len(chunk)
        if size > max_bytes:
            return b"", False
        chunks.append(chunk)
    return b"".join(chunks), True


def _parse_head(head: bytes) -> tuple[int, dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    version, _, rest = lines[0].partition(" ")
    code = rest.partition(" ")[0]
    if not version.startswith("HTTP/1.") or not (set(code) <= _DIGITS and len(code) == 3):
        raise _HttpFault("error", f"not an HTTP answer: {lines[0][:80]!r}")  # masked by the caller
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if colon and name.strip():
            headers[name.strip().lower()] = value.strip()
    return int(code), headers


async def _read_chunked(reader: asyncio.StreamReader, max_bytes: int) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    size = 0
    while True:
        try:
            line = await reader.readuntil(b"\r\n")
        except asyncio.LimitOverrunError:
            raise _HttpFault("error", "a chunk header is too long") from None
        if len(line) > MAX_CHUNK_LINE:
            raise _HttpFault("error", "a chunk header is too long")
        text = line.split(b";", 1)[0].strip().decode("latin-1")
        if not text or not set(text) <= _HEX:  # int(x, 16) takes "-5", "0x5", "_"
            raise _HttpFault("error", "a chunk size that is not a number")
        length = int(text, 16)
        if length == 0:
            trailers = 0  # trailer fields (RFC 9112 §7.1.2), not used, bounded like a head
            with contextlib.suppress(asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                while (field := await reader.readuntil(b"\r\n")) != b"\r\n":
                    trailers += len(field)
                    if trailers > MAX_HEAD:
                        raise _HttpFault("error", "the answer's trailer fields are too large")
            return b"".join(chunks), True
        size += length
        if size > max_bytes:
            return b"", False
        chunks.append(await reader.readexactly(length))
        await reader.readexactly(2)  # the CRLF after the chunk


def _decompress(raw: bytes, max_bytes: int, encoding: str) -> tuple[bytes, bool]:
    """gzip or deflate, cut at max_bytes of output (a small bomb must not grow past the cap)."""
    wbits = 47 if encoding != "deflate" else 15  # 47: gzip or zlib header, detected
    try:
        inflater = zlib.decompressobj(wbits)
        out = inflater.decompress(raw, max_bytes + 1)
    except zlib.error:
        if encoding != "deflate":
            raise _HttpFault("error", "a gzip body that cannot be read") from None
        try:  # "deflate" is often sent raw, without the zlib header (RFC 9110 §8.4.1.2)
            inflater = zlib.decompressobj(-15)
            out = inflater.decompress(raw, max_bytes + 1)
        except zlib.error:
            raise _HttpFault("error", "a deflate body that cannot be read") from None
    return (out, True) if len(out) <= max_bytes else (b"", False)


def _pausing(scope: asyncio.Timeout) -> Callable[[bool], None]:
    """Stop `scope` while a wait of ours goes on, and give it back the time it had left."""
    left = 0.0

    def on_wait(waiting: bool) -> None:
        nonlocal left
        when = scope.when()
        now = asyncio.get_running_loop().time()
        if waiting and when is not None:
            left = max(0.0, when - now)
            scope.reschedule(None)
        elif not waiting and when is None and not scope.expired():
            scope.reschedule(now + left)

    return on_wait


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _redirect_problem(target: str, allowed_hosts: Callable[[str], bool] | None) -> str | None:
    parts = urlsplit(target)
    if parts.scheme != "https":
        return f"redirect to {parts.scheme or 'a relative'} URL {target} (only https is followed)"
    host = (parts.hostname or "").lower()
    if MASK in host:  # a name that held a form of the password: shown masked, never looked up
        return f"redirect to a host whose name was masked ({host})"
    if allowed_hosts is not None and not allowed_hosts(host):
        return f"redirect to another domain ({host})"
    return None
