"""HTTPS fetches for autoconfig, the ISPDB and Autodiscover, under the address policy.

Theory of operation (library-notes.md, "aiohttp"). aiohttp resolves through `PolicyResolver`,
which asks dnspython (the `--dns` server, never the system resolver) and drops every address the
policy refuses; the connector's `socket_factory` sees each address actually connected to (IP
literals and redirects included, which skip the resolver) and refuses there too. Redirects are
not followed by aiohttp (it would follow https → http): `fetch` follows at most
`MAX_REDIRECTS` itself, each one checked for scheme and target. Bodies are read with a counter
and cut at `max_bytes`, then pass the run's Redactor (net/redact.py: the web server of a host
that learnt the password may repeat it in a document or a redirect). TLS is verified with the
same trust as the probes (`TlsContexts.verify`, so `--cafile` applies). Every fault is a
`FetchResult` with a short reason, never an exception.

aiohttp (with yarl) costs about a tenth of a second to import and loads a CA store at import: it
is imported when the first fetch of a process happens, not when this module is (most `check` and
many `diagnose` runs fetch nothing).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import importlib
import ipaddress
import socket
import ssl
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlsplit

from diagnostics.model import CertProblem, Outcome
from diagnostics.net.deadline import GRACE
from diagnostics.net.redact import Redactor
from diagnostics.net.resolve import resolve_host
from diagnostics.net.tls import VERIFY_CODES
from diagnostics.policy import AddressPolicy, address_class

if TYPE_CHECKING:
    import aiohttp
    import aiohttp.abc
    from yarl import URL

MAX_REDIRECTS = 3
MAX_BODY = 256 * 1024
WEB_PORTS = frozenset({80, 443})
USER_AGENT = "mailmedic (mail settings troubleshooter)"


class Refused(OSError):
    """The address policy refused an address (raised inside aiohttp, turned into a reason)."""


class Unresolved(OSError):
    """A name had no address: the DNS outcome travels with this request's exception (aiohttp
    keeps it as `os_error`), never in state shared by later fetches to the same host."""

    def __init__(self, failure: Outcome | None, detail: str) -> None:
        super().__init__(detail)
        self.failure = failure
        self.detail = detail


@dataclass(frozen=True, slots=True, kw_only=True)
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


class PolicyResolver:
    """aiohttp's resolver: dnspython for lookups, the address policy on every answer.

    Shaped as `aiohttp.abc.AbstractResolver` (aiohttp only calls `resolve` and `close`) without
    subclassing it, so that defining it does not import aiohttp."""

    def __init__(self, resolver: Any, policy: AddressPolicy, timeout: float) -> None:
        self._resolver = resolver
        self._policy = policy
        self._timeout = timeout
        # Answers of `HttpClient`'s own look-up before a fetch, each handed to aiohttp's next
        # look-up of that host and port, then forgotten (a failure is never kept: it travels
        # with the request that met it).
        self._ahead: dict[tuple[str, int], list[aiohttp.abc.ResolveResult]] = {}

    async def resolve_ahead(self, host: str, port: int) -> None:
        """Resolve before aiohttp is involved; raises Unresolved or Refused as `resolve` does."""
        self._ahead[(host, port)] = await self.resolve(host, port)

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[aiohttp.abc.ResolveResult]:
        ahead = self._ahead.pop((host, port), None)
        if ahead is not None:
            return ahead
        resolution = await resolve_host(self._resolver, host, timeout=self._timeout)
        if not resolution.addresses:
            raise Unresolved(resolution.failure, resolution.detail or f"{host} has no address")
        allowed = [a for a in resolution.addresses if _allowed(self._policy, a, port) is None]
        if not allowed:
            reason = _allowed(self._policy, resolution.addresses[0], port) or "refused"
            raise Refused(f"{host}: {reason}")
        return [
            {
                "hostname": host,
                "host": a,
                "port": port,
                "family": socket.AF_INET6 if ":" in a else socket.AF_INET,
                "proto": 0,
                "flags": socket.AI_NUMERICHOST,
            }
            for a in allowed
        ]

    async def close(self) -> None:
        return None


def _gate(policy: AddressPolicy) -> Callable[[Any], socket.socket]:
    """The connector's socket factory: the last word on every address connected to."""

    def factory(addr_info: Any) -> socket.socket:
        family, kind, proto, _, sockaddr = addr_info
        reason = _allowed(policy, str(sockaddr[0]), int(sockaddr[1]))
        if reason is not None:
            raise Refused(reason)
        return socket.socket(family, kind, proto)

    return factory


class HttpClient:
    """One aiohttp session per diagnosis; `async with HttpClient(...) as client`."""

    def __init__(
        self,
        *,
        resolver: Any,
        policy: AddressPolicy,
        tls: ssl.SSLContext,
        dns_timeout: float = 3.0,
        redact: Redactor | None = None,
    ) -> None:
        self._redact = redact or Redactor()
        self._policy = policy
        self._resolver = PolicyResolver(resolver, policy, dns_timeout)
        self._tls = tls
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> HttpClient:
        return self

    def _open_session(self) -> aiohttp.ClientSession:
        """The session, made at the first fetch (the import of aiohttp with it)."""
        if self._session is not None:
            return self._session
        import aiohttp

        connector = aiohttp.TCPConnector(
            resolver=cast("aiohttp.abc.AbstractResolver", self._resolver),
            socket_factory=_gate(self._policy),
            use_dns_cache=False,
            ssl=self._tls,
            limit=32,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            trust_env=False,  # never a proxy from the environment
            headers={"User-Agent": USER_AGENT},
            auto_decompress=True,
        )
        return self._session

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            # Closing waits for TLS shutdowns of open connections, which a stalled server never
            # answers: bounded, the report does not wait for it (net/deadline.py).
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(GRACE):
                    await self._session.close()

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
        on hosts `allowed_hosts` accepts). Never raises for a network or server fault."""
        try:
            async with asyncio.timeout(timeout):
                return await self._fetch(url, method, data, headers, max_bytes, allowed_hosts)
        except TimeoutError:
            return FetchResult(url=url, kind="timeout", reason=f"no answer within {timeout:g} s")

    async def _fetch(
        self,
        url: str,
        method: str,
        data: bytes | None,
        headers: dict[str, str] | None,
        max_bytes: int,
        allowed_hosts: Callable[[str], bool] | None,
    ) -> FetchResult:
        early = await self._resolve_ahead(url)
        if early is not None:
            return early
        await _load_aiohttp()
        from yarl import URL

        session = self._open_session()
        current = URL(url)
        hops: list[str] = []
        while True:
            try:
                async with session.request(
                    method, current, data=data, headers=headers, allow_redirects=False
                ) as response:
                    status = response.status
                    location = response.headers.get("Location")
                    if location:
                        location = self._redact(location)
                    if status in (301, 302, 303, 307, 308) and location:
                        target = current.join(URL(location))
                        problem = _redirect_problem(current, target, allowed_hosts)
                        hops.append(str(target))
                        if problem is not None:
                            return FetchResult(
                                url=str(current),
                                kind="redirect",
                                status=status,
                                reason=problem,
                                redirects=tuple(hops),
                            )
                        if len(hops) > MAX_REDIRECTS:
                            return FetchResult(
                                url=str(current),
                                kind="redirect",
                                status=status,
                                reason=f"more than {MAX_REDIRECTS} redirects",
                                redirects=tuple(hops),
                            )
                        if status == 303:
                            method, data = "GET", None
                        current = target
                        continue
                    body, complete = await _read_capped(response, max_bytes)
                    body = self._redacted(body)
                    content_type = response.headers.get("Content-Type", "")
            except Exception as exc:  # aiohttp raises many unrelated types; classify them once
                return self._classify(current, exc, tuple(hops))
            if not complete:
                return FetchResult(
                    url=str(current),
                    kind="too_large",
                    status=status,
                    reason=f"the answer is larger than {max_bytes // 1024} KiB",
                    redirects=tuple(hops),
                )
            return FetchResult(
                url=str(current),
                kind="ok" if status == 200 else "status",
                status=status,
                body=body,
                reason="" if status == 200 else f"HTTP {status}",
                content_type=content_type,
                redirects=tuple(hops),
            )

    def _redacted(self, body: bytes) -> bytes:
        """The body with the run's secrets masked; the very same bytes when nothing matched.
        surrogateescape keeps bytes that are not UTF-8 as they were (a latin-1 document)."""
        if not self._redact or not body:
            return body
        text = body.decode("utf-8", "surrogateescape")
        masked = self._redact(text)
        return body if masked == text else masked.encode("utf-8", "surrogateescape")

    async def _resolve_ahead(self, url: str) -> FetchResult | None:
        """The first host's DNS answer and address policy, asked before aiohttp is imported:
        most fetches of a diagnosis end here (no autoconfig host, no Autodiscover host), and
        then the command never pays for importing aiohttp. None: go on and fetch."""
        parts = urlsplit(url)
        host = parts.hostname or ""
        if not host or not host.isascii() or _is_ip(host):
            return None  # IP literals skip the resolver; aiohttp's gate still sees them
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            return None  # a bad port: aiohttp says what is wrong with the URL
        try:
            await self._resolver.resolve_ahead(host, port)
        except Unresolved as exc:
            return FetchResult(url=url, kind="dns", reason=exc.detail, dns_failure=exc.failure)
        except Refused as exc:
            return FetchResult(url=url, kind="policy", reason=str(exc))
        return None

    def _classify(self, url: URL, exc: BaseException, hops: tuple[str, ...]) -> FetchResult:
        import aiohttp  # already imported by the fetch that failed

        host = url.raw_host or url.host or ""  # the IDNA form, as the resolver saw it
        base = {"url": str(url), "redirects": hops}
        if isinstance(exc, aiohttp.ClientConnectorCertificateError):
            error = exc.certificate_error
            code = getattr(error, "verify_code", None)
            message = getattr(error, "verify_message", None) or str(error)
            problem = VERIFY_CODES.get(code, CertProblem.OTHER) if code else CertProblem.OTHER
            return FetchResult(
                kind="cert",
                reason=f"the certificate of {host} is not valid ({message})",
                cert_problem=problem,
                **base,  # type: ignore[arg-type]
            )
        if isinstance(exc, aiohttp.ClientConnectorSSLError | ssl.SSLError):
            return FetchResult(
                kind="tls",
                reason=f"TLS with {host} failed ({exc})",
                **base,  # type: ignore[arg-type]
            )
        causes = _causes(exc)
        for cause in causes:  # this request's resolver failure, before what aiohttp made of it
            if isinstance(cause, Unresolved):
                return FetchResult(
                    kind="dns",
                    reason=cause.detail,
                    dns_failure=cause.failure,
                    **base,  # type: ignore[arg-type]
                )
        for cause in causes:
            if isinstance(cause, Refused):
                return FetchResult(kind="policy", reason=str(cause), **base)  # type: ignore[arg-type]
            if isinstance(cause, ConnectionRefusedError) or (
                isinstance(cause, OSError) and cause.errno == errno.ECONNREFUSED
            ):
                return FetchResult(
                    kind="refused",
                    reason=f"{host} refused the connection",
                    **base,  # type: ignore[arg-type]
                )
        if isinstance(exc, TimeoutError | asyncio.TimeoutError):
            return FetchResult(kind="timeout", reason=f"{host} did not answer", **base)  # type: ignore[arg-type]
        return FetchResult(kind="error", reason=f"{host}: {exc}", **base)  # type: ignore[arg-type]


async def _load_aiohttp() -> None:
    """Import aiohttp in a worker thread the first time: the import takes about a tenth of a
    second of CPU (and a CA store load), which would otherwise stall every other diagnosis
    sharing this event loop. Concurrent first fetches share the import (importlib's module lock).
    """
    if "aiohttp" not in sys.modules:
        await asyncio.to_thread(importlib.import_module, "aiohttp")


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception and what it wraps (aiohttp keeps the OSError in `os_error`)."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo and len(seen) < 10:
        item = todo.pop()
        if item is None or item in seen:
            continue
        seen.append(item)
        todo.extend([item.__cause__, item.__context__, getattr(item, "os_error", None)])
    return seen


def _redirect_problem(
    current: URL, target: URL, allowed_hosts: Callable[[str], bool] | None
) -> str | None:
    if target.scheme != "https":
        return f"redirect to {target.scheme or 'a relative'} URL {target} (only https is followed)"
    if allowed_hosts is not None and not allowed_hosts(target.host or ""):
        return f"redirect to another domain ({target.host})"
    return None


async def _read_capped(response: aiohttp.ClientResponse, max_bytes: int) -> tuple[bytes, bool]:
    """The body, cut at max_bytes (aiohttp counts decompressed bytes); (body, complete)."""
    declared = response.content_length
    if declared is not None and declared > max_bytes:
        return b"", False
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = await response.content.read(16384)
        if not chunk:
            return b"".join(chunks), True
        size += len(chunk)
        if size > max_bytes:
            return b"", False
        chunks.append(chunk)
