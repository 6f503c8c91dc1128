"""The lab's OAuth token-introspection endpoint (RFC 7662), for Dovecot's oauth2 passdb.

Dovecot posts `token=...` (introspection_mode = post) and reads `active` and `username` from the
JSON answer. The tokens it knows are made per lab run; any other token is inactive, which Dovecot
turns into an authentication failure. aiohttp on the lab's own event loop (tests/lab/oddservers.py).
"""

from __future__ import annotations

from aiohttp import web

INTROSPECT_PORT = 8080
INTROSPECT_PATH = "/introspect"


def introspect_url(host: str) -> str:
    return f"http://{host}:{INTROSPECT_PORT}{INTROSPECT_PATH}"


async def start_introspection(host: str, tokens: dict[str, str]) -> web.AppRunner:
    """Serve `tokens` (token -> username) on http://host:8080/introspect; returns the runner."""

    async def introspect(request: web.Request) -> web.Response:
        form = await request.post()
        token = form.get("token")
        user = tokens.get(token) if isinstance(token, str) else None
        body = {"active": True, "username": user} if user else {"active": False}
        return web.json_response(body)

    app = web.Application()
    app.router.add_post(INTROSPECT_PATH, introspect)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, INTROSPECT_PORT).start()
    return runner
