"""`GET /healthz` on a loopback port: the liveness signal a process supervisor polls.

Why HTTP and not a heartbeat file: compose's `healthcheck`, systemd's `ExecStartPost`/watchdog
scripts and Kubernetes' `httpGet` probe all ask a URL, a probe from another container needs no
shared volume, and the answer can say *why* it is unhealthy (Redis gone, gateway not ready)
instead of only "the file is old". It binds 127.0.0.1 unless told otherwise: a liveness answer
is nobody's business outside the machine (or the container).

200 with {"ok": true, ...} when `check()` says healthy, else 503 with the reason; `check` must
answer quickly (it is awaited under a 2 s timeout: a hung check is itself unhealthy).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

log = logging.getLogger(__name__)
Check = Callable[[], Awaitable[tuple[bool, str]]]
CHECK_TIMEOUT = 2.0


class HealthServer:
    def __init__(self, check: Check, *, role: str, host: str = "127.0.0.1", port: int = 0) -> None:
        self._check = check
        self.role = role
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None

    async def _healthz(self, request: web.Request) -> web.Response:
        try:
            async with asyncio.timeout(CHECK_TIMEOUT):
                ok, detail = await self._check()
        except Exception as exc:  # a check that fails or hangs: unhealthy, and why
            ok, detail = False, f"health check failed ({exc.__class__.__name__})"
        body = json.dumps({"ok": ok, "role": self.role, "detail": detail}).encode()
        return web.Response(
            body=body, status=200 if ok else 503, headers={"Content-Type": "application/json"}
        )

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server: Any = site._server  # aiohttp keeps the asyncio.Server here (the port chosen)
        if server is not None and server.sockets:
            self.port = int(server.sockets[0].getsockname()[1])
        log.info("liveness at http://%s:%d/healthz", self.host, self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


__all__ = ["HealthServer"]
