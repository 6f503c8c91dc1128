"""A loopback stand-in for Discord: its HTTP API and gateway, enough for the real discord.py client.

It speaks the shapes documented by Discord (and listed in ../shared/library-notes.md): HELLO,
IDENTIFY → READY, heartbeats, INTERACTION_CREATE dispatches; the REST routes a bot calls at
start-up and while answering interactions (callbacks with `?with_response=1`, webhook edits and
follow-ups, multipart files, command sync). Every request is recorded, raw body included, and
checked against Discord's message limits: a payload Discord would reject is answered with
Discord's 400 (50035 Invalid Form Body) and kept in `violations`.

Tests wait on requests (`wait_for`), never on time.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import discord
import discord.gateway
import discord.http
import yarl
from aiohttp import web

API = "/api/v10"
EPOCH_MS = 1420070400000  # Discord's snowflake epoch
MEMBER_PERMISSIONS = "2248473465835073"  # a member's usual permissions: no Manage Server
MANAGER_PERMISSIONS = str(int(MEMBER_PERMISSIONS) | 1 << 5)  # with MANAGE_GUILD (1 << 5)
WHERE = frozenset({"guild", "guild-user", "dm", "group"})
MAX_USER_FOLLOWUPS = 5


def _json(data: Any, status: int = 200) -> web.Response:
    # Exactly "application/json": with json_response's "; charset=utf-8" discord.py misreads it.
    return web.Response(
        body=json.dumps(data).encode(), status=status, headers={"Content-Type": "application/json"}
    )


@dataclass
class Recorded:
    """One request the bot made."""

    method: str
    path: str  # without /api/v10
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    payload: Any  # the JSON body, or a multipart's payload_json (None without a body)
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # field -> (name, data)
    at: float = 0.0  # time.perf_counter() when it arrived

    @property
    def raw(self) -> bytes:
        """Everything the bot sent in this request, for searching secrets."""
        head = f"{self.method} {self.path}?{self.query}\n{self.headers}\n".encode()
        return head + self.body

    def embeds(self) -> list[dict[str, Any]]:
        data = self.message_data()
        return list(data.get("embeds") or []) if data else []

    def message_data(self) -> dict[str, Any] | None:
        """The message part: a callback's `data`, or the webhook body itself."""
        if not isinstance(self.payload, dict):
            return None
        if "/callback" in self.path:
            data = self.payload.get("data")
            return data if isinstance(data, dict) else None
        return self.payload


# --- Discord's limits (https://discord.com/developers/docs/resources/message) ---------------


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def limit_violations(data: dict[str, Any]) -> list[str]:
    """What Discord would reject in a message payload."""
    problems = []
    content = data.get("content")
    if isinstance(content, str) and _units(content) > 2000:
        problems.append(f"content {_units(content)} > 2000")
    embeds = data.get("embeds") or []
    if len(embeds) > 10:
        problems.append(f"{len(embeds)} embeds > 10")
    for embed in embeds:
        total = 0
        for key, limit in (("title", 256), ("description", 4096)):
            value = embed.get(key) or ""
            total += _units(value)
            if _units(value) > limit:
                problems.append(f"embed {key} {_units(value)} > {limit}")
        fields = embed.get("fields") or []
        if len(fields) > 25:
            problems.append(f"{len(fields)} fields > 25")
        for f in fields:
            total += _units(f.get("name", "")) + _units(f.get("value", ""))
            if not f.get("name") or not f.get("value"):
                problems.append("empty field name or value")
            if _units(f.get("name", "")) > 256:
                problems.append("field name > 256")
            if _units(f.get("value", "")) > 1024:
                problems.append(f"field value {_units(f.get('value', ''))} > 1024")
        footer = (embed.get("footer") or {}).get("text") or ""
        author = (embed.get("author") or {}).get("name") or ""
        total += _units(footer) + _units(author)
        if _units(footer) > 2048:
            problems.append("footer > 2048")
        if total > 6000:
            problems.append(f"embed total {total} > 6000")
    rows = data.get("components") or []
    if (data.get("flags") or 0) & COMPONENTS_V2:
        problems.extend(_v2_violations(data))
        return problems
    if len(rows) > 5:
        problems.append(f"{len(rows)} action rows > 5")
    for row in rows:
        if len(row.get("components") or []) > 5:
            problems.append("more than 5 buttons in a row")
    return problems


COMPONENTS_V2 = 1 << 15  # message flag IS_COMPONENTS_V2


def _walk(components: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for comp in components:
        out.append(comp)
        out.extend(_walk(comp.get("components") or []))
        if isinstance(comp.get("accessory"), dict):
            out.append(comp["accessory"])
    return out


def _v2_violations(data: dict[str, Any]) -> list[str]:
    """Discord's rules for a Components V2 message: no content or embeds, at most 40
    components in all, at most 4000 characters of text displays."""
    problems = []
    if data.get("content"):
        problems.append("content in a components V2 message")
    if data.get("embeds"):
        problems.append("embeds in a components V2 message")
    every = _walk(data.get("components") or [])
    if not every:
        problems.append("a components V2 message without components")
    if len(every) > 40:
        problems.append(f"{len(every)} components > 40")
    text = sum(_units(c.get("content") or "") for c in every if c.get("type") == 10)
    if text > 4000:
        problems.append(f"text displays {text} > 4000")
    return problems


def modal_violations(data: dict[str, Any]) -> list[str]:
    problems = []
    if _units(data.get("title", "")) > 45:
        problems.append("modal title > 45")
    rows = data.get("components") or []
    if not 1 <= len(rows) <= 5:
        problems.append(f"modal has {len(rows)} components")
    for row in rows:
        for comp in row.get("components") or [row.get("component") or {}]:
            if _units(comp.get("label") or "") > 45:
                problems.append(f"text input label > 45: {comp.get('label')!r}")
    return problems


@dataclass(frozen=True)
class Role:
    """A role option's value."""

    id: str
    name: str = "helpdesk"

    def resolved(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "color": 0, "hoist": False, "position": 1,
                "permissions": "0", "managed": False, "mentionable": False, "flags": 0}  # fmt: skip


@dataclass(frozen=True)
class Channel:
    """A channel option's value (type 0: a text channel)."""

    id: str
    name: str = "triage"
    type: int = 0

    def resolved(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "permissions": "0"}


class StandIn:
    """Discord's HTTP API and gateway on one loopback port (or on `host`, e.g. the gateway
    address of a container network, for bots in containers: tests/scale/test_compose.py)."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self._ids = itertools.count(1)
        self.app_id = self.snowflake()
        self.bot_user = self.user("mailmedic", bot=True)
        self.owner = self.user("owner")
        self.guild_id = self.snowflake()
        self.channel_id = self.snowflake()
        self.requests: list[Recorded] = []
        self.violations: list[tuple[Recorded, list[str]]] = []
        self.identifies: list[dict[str, Any]] = []
        self.identified_at: list[tuple[float, int]] = []  # (perf_counter, shard id) per IDENTIFY
        self.shard_sockets: dict[int, web.WebSocketResponse] = {}  # shard id -> its gateway
        self._shard_ready = asyncio.Event()
        self.max_concurrency = 1  # session_start_limit.max_concurrency of GET /gateway/bot
        self.messages: dict[str, dict[str, Any]] = {}  # message id -> message object
        self.originals: dict[str, str] = {}  # interaction token -> its original message id
        self.dispatched_at: dict[str, float] = {}  # interaction id -> perf_counter at dispatch
        self.commands: dict[str, list[dict[str, Any]]] = {}  # "global" or guild id -> synced
        self._waiters: list[tuple[Callable[[Recorded], bool], asyncio.Future[Recorded]]] = []
        self._sockets: list[web.WebSocketResponse] = []
        self._seq = 0
        self.ready = asyncio.Event()
        self.channel_messages: dict[str, list[dict[str, Any]]] = {}  # channel id -> posted
        self.user_installed: set[str] = set()  # tokens of interactions of a user install
        self.followups: dict[str, int] = {}  # interaction token -> follow-ups sent
        self.revoked_tokens: set[str] = set()  # GET /users/@me answers 401 for these
        self.files: dict[str, bytes] = {}  # attachment file name -> bytes, served at /cdn/
        self.downloads: list[str] = []  # the attachment files the bot fetched, in order
        self.port = 0
        self._runner: web.AppRunner | None = None

    # --- ids and objects ------------------------------------------------------------------

    def snowflake(self) -> str:
        ms = int(time.time() * 1000) - EPOCH_MS
        return str((ms << 22) | (next(self._ids) & 0x3FFFFF))

    def user(self, name: str, *, bot: bool = False) -> dict[str, Any]:
        return {
            "id": self.snowflake(),
            "username": name,
            "discriminator": "0",
            "global_name": None,
            "avatar": None,
            "bot": bot,
            "public_flags": 0,
        }

    def member(self, user: dict[str, Any], *, roles: tuple[str, ...] = (),
               permissions: str = MEMBER_PERMISSIONS) -> dict[str, Any]:  # fmt: skip
        return {
            "user": user,
            "roles": list(roles),
            "joined_at": "2024-01-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "permissions": permissions,
        }

    def attachment(self, filename: str, data: bytes, content_type: str) -> dict[str, Any]:
        """An uploaded file (Discord's attachment object), served by the stand-in's CDN."""
        attachment_id = self.snowflake()
        name = f"{attachment_id}-{filename}"
        self.files[name] = data
        url = f"http://{self.host}:{self.port}/cdn/{name}"
        return {"id": attachment_id, "filename": filename, "size": len(data), "url": url,
                "proxy_url": url, "content_type": content_type}  # fmt: skip

    def message(
        self, message_id: str, data: dict[str, Any], *, author: dict[str, Any] | None = None,
        flags: int = 0,
    ) -> dict[str, Any]:  # fmt: skip
        now = "2024-01-01T00:00:00+00:00"
        return {
            "id": message_id,
            "channel_id": self.channel_id,
            "author": author or self.bot_user,
            "content": data.get("content") or "",
            "timestamp": now,
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": data.get("attachments") or [],
            "embeds": data.get("embeds") or [],
            "pinned": False,
            "type": 0,
            "flags": flags | (data.get("flags") or 0),
            "components": data.get("components") or [],
            "application_id": self.app_id,
        }

    # --- server ---------------------------------------------------------------------------

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}{API}"

    @property
    def gateway_url(self) -> str:
        return f"ws://{self.host}:{self.port}/gateway"

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/cdn/{name}", self._cdn)
        app.router.add_route("*", API + "/{tail:.*}", self._http)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def point_discord_py_here(self) -> Callable[[], None]:
        """Aim discord.py at this stand-in; returns the function that restores Discord."""
        old_base = discord.http.Route.BASE
        old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
        discord.http.Route.BASE = self.base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)

        def restore() -> None:
            discord.http.Route.BASE = old_base
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway

        return restore

    # --- recording and waiting --------------------------------------------------------------

    def _record(self, rec: Recorded) -> None:
        self.requests.append(rec)
        for waiter in list(self._waiters):
            predicate, future = waiter
            if not future.done() and predicate(rec):
                future.set_result(rec)
                self._waiters.remove(waiter)

    async def wait_for(
        self, predicate: Callable[[Recorded], bool], *, timeout: float = 30.0, since: int = 0
    ) -> Recorded:
        """The first request (from index `since`) matching `predicate`, waiting if need be."""
        for rec in self.requests[since:]:
            if predicate(rec):
                return rec
        future: asyncio.Future[Recorded] = asyncio.get_running_loop().create_future()
        entry = (predicate, future)
        self._waiters.append(entry)
        try:
            return await asyncio.wait_for(future, timeout)
        finally:
            if entry in self._waiters:
                self._waiters.remove(entry)

    def for_token(self, token: str) -> list[Recorded]:
        return [r for r in self.requests if f"/{token}" in r.path]

    # --- HTTP -------------------------------------------------------------------------------

    async def _read(self, request: web.Request) -> Recorded:
        body = await request.read()
        payload: Any = None
        files: dict[str, tuple[str, bytes]] = {}
        ctype = request.headers.get("Content-Type", "")
        if ctype.startswith("multipart/"):
            head = f"Content-Type: {ctype}\r\n\r\n".encode()
            parsed = email.message_from_bytes(head + body, policy=email.policy.HTTP)
            for part in parsed.iter_parts():
                name = part.get_param("name", header="content-disposition")
                data = part.get_payload(decode=True)
                assert isinstance(data, bytes)
                if name == "payload_json":
                    payload = json.loads(data)
                else:
                    files[str(name or "")] = (part.get_filename() or "", data)
        elif body:
            try:
                payload = json.loads(body)
            except ValueError:
                payload = None
        return Recorded(
            method=request.method,
            path=request.path[len(API) :],
            query=dict(request.query),
            headers=dict(request.headers),
            body=body,
            payload=payload,
            files=files,
            at=time.perf_counter(),
        )

    async def _cdn(self, request: web.Request) -> web.Response:
        self.downloads.append(request.match_info["name"])
        data = self.files.get(request.match_info["name"])
        if data is None:
            return web.Response(status=404)
        return web.Response(body=data, headers={"Content-Type": "application/octet-stream"})

    async def _http(self, request: web.Request) -> web.Response:
        rec = await self._read(request)
        self._record(rec)
        parts = rec.path.strip("/").split("/")
        method = rec.method
        if method == "GET" and rec.path == "/users/@me":
            token = rec.headers.get("Authorization", "").removeprefix("Bot ")
            if token in self.revoked_tokens:  # as Discord answers a reset or revoked token
                return _json({"message": "401: Unauthorized", "code": 0}, status=401)
            return _json(self.bot_user)
        if method == "GET" and rec.path == "/oauth2/applications/@me":
            return _json(self._application())
        if method == "GET" and rec.path == "/gateway/bot":
            return _json(
                {
                    "url": self.gateway_url,
                    "shards": 1,
                    "session_start_limit": {
                        "total": 1000, "remaining": 999, "reset_after": 0,
                        "max_concurrency": self.max_concurrency,
                    },
                }
            )  # fmt: skip
        if method == "GET" and rec.path == "/gateway":
            return _json({"url": self.gateway_url})
        if method == "PUT" and parts[0] == "applications" and parts[-1] == "commands":
            return self._sync(rec, parts)
        if parts[0] == "interactions" and parts[-1] == "callback":
            return self._callback(rec, interaction_id=parts[1], token=parts[2])
        if method == "POST" and parts[0] == "channels" and parts[-1] == "messages":
            rejected = self._reject(rec, limit_violations(rec.payload or {}))
            if rejected:
                return rejected
            message = self.message(self.snowflake(), rec.payload or {})
            message["channel_id"] = parts[1]
            self.messages[message["id"]] = message
            self.channel_messages.setdefault(parts[1], []).append(message)
            return _json(message)
        if parts[0] == "webhooks" and len(parts) >= 3:
            return self._webhook(rec, token=parts[2], rest=parts[3:])
        return _json({"message": "404: Not Found", "code": 0}, status=404)

    def _application(self) -> dict[str, Any]:
        return {
            "id": self.app_id,
            "name": "mailmedic",
            "description": "",
            "icon": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": self.owner,
            "verify_key": "0" * 64,
            "flags": 0,
            "summary": "",
            "team": None,
        }

    def _sync(self, rec: Recorded, parts: list[str]) -> web.Response:
        scope = parts[3] if len(parts) > 4 and parts[2] == "guilds" else "global"
        synced = []
        for command in rec.payload or []:
            assert isinstance(command, dict)
            synced.append(
                {
                    "description": "",  # Discord returns "" for context menus
                    **command,
                    "id": self.snowflake(),
                    "application_id": self.app_id,
                    "version": self.snowflake(),
                    "default_member_permissions": None,
                    **({"guild_id": scope} if scope != "global" else {}),
                }
            )
        self.commands[scope] = synced
        return _json(synced)

    def _reject(self, rec: Recorded, problems: list[str]) -> web.Response | None:
        if not problems:
            return None
        self.violations.append((rec, problems))
        return _json(
            {"code": 50035, "message": "Invalid Form Body", "errors": {"_errors": problems}},
            status=400,
        )

    def _callback(self, rec: Recorded, *, interaction_id: str, token: str) -> web.Response:
        assert isinstance(rec.payload, dict)
        kind = rec.payload.get("type")
        data = rec.payload.get("data") or {}
        if kind in (4, 7):
            rejected = self._reject(rec, limit_violations(data))
            if rejected:
                return rejected
        if kind == 9:
            rejected = self._reject(rec, modal_violations(data))
            if rejected:
                return rejected
        body: dict[str, Any] = {"interaction": {"id": interaction_id, "type": 2}}
        if kind in (4, 5):  # a message (or a "thinking" placeholder) becomes the original
            message_id = self.snowflake()
            self.originals[token] = message_id
            flags = 128 if kind == 5 else 0  # LOADING
            message = self.message(message_id, data, flags=flags)
            self.messages[message_id] = message
            body["interaction"].update(
                response_message_id=message_id,
                response_message_loading=kind == 5,
                response_message_ephemeral=bool((data.get("flags") or 0) & 64),
            )
            body["resource"] = {"type": kind, "message": message}
        return _json(body)

    def _webhook(self, rec: Recorded, *, token: str, rest: list[str]) -> web.Response:
        data = rec.payload if isinstance(rec.payload, dict) else {}
        if rec.method in ("PATCH", "POST"):
            rejected = self._reject(rec, limit_violations(data))
            if rejected:
                return rejected
        if rest[:2] == ["messages", "@original"]:
            message_id = self.originals.get(token)
            if message_id is None:
                return _json({"message": "Unknown Message", "code": 10008}, status=404)
            if rec.method == "DELETE":
                return web.Response(status=204)
            message = self.messages[message_id]
            if rec.method == "PATCH":
                for key in ("content", "embeds", "components"):
                    if key in data:
                        message[key] = (
                            data[key] if data[key] is not None else ("" if key == "content" else [])
                        )
                message["flags"] = message["flags"] & ~128
                message["edited_timestamp"] = "2024-01-01T00:00:01+00:00"
            return _json(message)
        if rec.method == "POST" and not rest:  # a follow-up
            self.followups[token] = self.followups.get(token, 0) + 1
            if token in self.user_installed and self.followups[token] > MAX_USER_FOLLOWUPS:
                # Discord: a user-installed app gets at most 5 follow-ups per interaction
                rejected = self._reject(rec, [f"follow-up {self.followups[token]} > 5"])
                assert rejected is not None
                return rejected
            message_id = self.snowflake()
            message = self.message(message_id, data)
            self.messages[message_id] = message
            return _json(message)
        return _json({"message": "404: Not Found", "code": 0}, status=404)

    # --- gateway ----------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None,
                                      "t": None}))  # fmt: skip
        try:
            async for msg in ws:
                if msg.type != aiohttp.WSMsgType.TEXT:
                    continue
                frame = json.loads(msg.data)
                op = frame.get("op")
                if op == 1:
                    await ws.send_str(json.dumps({"op": 11}))
                elif op == 2:
                    self.identifies.append(frame["d"])
                    shard_id = (frame["d"].get("shard") or [0, 1])[0]
                    self.identified_at.append((time.perf_counter(), shard_id))
                    self.shard_sockets[shard_id] = ws
                    await self._ready(ws, frame["d"])
        finally:
            self._sockets.remove(ws)
            for shard_id in [i for i, sock in self.shard_sockets.items() if sock is ws]:
                del self.shard_sockets[shard_id]
        return ws

    async def _ready(self, ws: web.WebSocketResponse, identify: dict[str, Any]) -> None:
        shard = identify.get("shard") or [0, 1]
        await self._send(ws, "READY", {
            "v": 10,
            "user": self.bot_user,
            "guilds": [],
            "session_id": f"session-{self.snowflake()}",
            "resume_gateway_url": self.gateway_url,
            "shard": shard,
            "application": {"id": self.app_id, "flags": 0},
            "private_channels": [],
            "relationships": [],
        })  # fmt: skip
        self.ready.set()
        self._shard_ready.set()

    async def wait_shards(self, shard_ids: set[int]) -> None:
        """Until each of `shard_ids` has identified and been sent READY (on any process)."""
        while not shard_ids <= set(self.shard_sockets):
            self._shard_ready = asyncio.Event()
            await self._shard_ready.wait()

    async def _send(self, ws: web.WebSocketResponse, event: str, data: dict[str, Any]) -> None:
        self._seq += 1
        await ws.send_str(json.dumps({"op": 0, "t": event, "s": self._seq, "d": data}))

    # --- interactions -----------------------------------------------------------------------

    async def dispatch(
        self, payload: dict[str, Any], *, shard: int | None = None
    ) -> dict[str, Any]:
        """Send INTERACTION_CREATE to the (first) connected bot, or to the gateway connection of
        `shard` (several bot processes share one stand-in); returns the payload."""
        await self.ready.wait()
        ws = self._sockets[0] if shard is None else self.shard_sockets[shard]
        self.dispatched_at[payload["id"]] = time.perf_counter()
        await self._send(ws, "INTERACTION_CREATE", payload)
        return payload

    def _interaction(
        self, kind: int, data: dict[str, Any], *, user: dict[str, Any] | None = None,
        where: str = "guild", message: dict[str, Any] | None = None,
        roles: tuple[str, ...] = (), permissions: str = MEMBER_PERMISSIONS,
        locale: str = "en-US",
    ) -> dict[str, Any]:  # fmt: skip
        """`where`: "guild" (a server that invited the bot), "guild-user" (a server that did not:
        the person installed the app for themselves), "dm" (context 1) or "group" (a group DM,
        context 2). Shapes as Discord documents them (interaction object, context and
        authorizing_integration_owners: "0" the guild install, "1" the user install). `locale`:
        the person's Discord language, as Discord sends it (de, es-ES, pt-BR, ja, ...)."""
        if where not in WHERE:
            raise ValueError(f"where={where!r}: one of {sorted(WHERE)}")
        user = user or self.user("someone")
        guild = where in ("guild", "guild-user")
        context = {"guild": 0, "guild-user": 0, "dm": 1, "group": 2}[where]
        owners = {"0": self.guild_id} if where == "guild" else {"1": user["id"]}
        channel_type = {"guild": 0, "guild-user": 0, "dm": 1, "group": 3}[where]
        payload: dict[str, Any] = {
            "id": self.snowflake(),
            "application_id": self.app_id,
            "type": kind,
            "token": f"token-{self.snowflake()}",
            "version": 1,
            "data": data,
            "channel_id": self.channel_id,
            "channel": {"id": self.channel_id, "type": channel_type, "name": "support",
                        "position": 0, "permission_overwrites": [], "nsfw": False,
                        "parent_id": None, **({"guild_id": self.guild_id} if guild else {})},
            "locale": locale,
            "app_permissions": "2248473465835073",
            "entitlements": [],
            "context": context,
            "authorizing_integration_owners": owners,
            "attachment_size_limit": 26214400,
        }  # fmt: skip
        if guild:
            member = self.member(user, roles=roles, permissions=permissions)
            payload.update(guild_id=self.guild_id, guild_locale="en-US", member=member)
        else:
            payload["user"] = user
        if message is not None:
            payload["message"] = message
        if "0" not in owners:
            self.user_installed.add(payload["token"])
        return payload

    def slash(self, sub: str, options: dict[str, Any] | None = None, *, group: str = "mail",
              user: dict[str, Any] | None = None, where: str = "guild",
              roles: tuple[str, ...] = (),
              permissions: str = MEMBER_PERMISSIONS,
              files: dict[str, dict[str, Any]] | None = None,
              locale: str = "en-US") -> dict[str, Any]:  # fmt: skip
        """A `/mail <sub> option:value ...` interaction (type 2, CHAT_INPUT). A `Role` or
        `Channel` value is sent as Discord does: its id, and the object under `resolved`;
        `files` are attachment options (type 11) by name, from `attachment()`."""
        opts = []
        resolved: dict[str, dict[str, Any]] = {}
        for name, value in (options or {}).items():
            if isinstance(value, Role):
                resolved.setdefault("roles", {})[value.id] = value.resolved()
                opts.append({"name": name, "type": 8, "value": value.id})
                continue
            if isinstance(value, Channel):
                resolved.setdefault("channels", {})[value.id] = value.resolved()
                opts.append({"name": name, "type": 7, "value": value.id})
                continue
            kind = 4 if isinstance(value, int) and not isinstance(value, bool) else 3
            opts.append({"name": name, "type": kind, "value": value})
        for name, attached in (files or {}).items():
            opts.append({"name": name, "type": 11, "value": attached["id"]})
        data: dict[str, Any] = {
            "id": self.snowflake(),
            "name": group,
            "type": 1,
            "options": [{"name": sub, "type": 1, "options": opts}],
        }
        if files:
            resolved["attachments"] = {a["id"]: a for a in files.values()}
        if resolved:
            data["resolved"] = resolved
        return self._interaction(2, data, user=user, where=where, roles=roles,
                                 permissions=permissions, locale=locale)  # fmt: skip

    def autocomplete(self, sub: str, options: dict[str, Any], focused: str,
                     *, user: dict[str, Any] | None = None) -> dict[str, Any]:  # fmt: skip
        payload = self.slash(sub, options, user=user)
        payload["type"] = 4
        for opt in payload["data"]["options"][0]["options"]:
            if opt["name"] == focused:
                opt["focused"] = True
        return payload

    def message_command(
        self,
        content: str,
        *,
        name: str = "Diagnose email problem",
        user: dict[str, Any] | None = None,
        where: str = "guild",
        attachments: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """A message context menu on a user's message holding `content` and `attachments`
        (type 2, MESSAGE)."""
        target_id = self.snowflake()
        target = self.message(target_id, {"content": content, "attachments": attachments},
                              author=self.user("customer"))  # fmt: skip
        data = {
            "id": self.snowflake(),
            "name": name,
            "type": 3,
            "target_id": target_id,
            "resolved": {"messages": {target_id: target}},
        }
        return self._interaction(2, data, user=user, where=where)

    def button(self, message_id: str, custom_id: str, *, user: dict[str, Any] | None = None,
               where: str = "guild", locale: str = "en-US") -> dict[str, Any]:  # fmt: skip
        """A click on a button of a message the bot sent (type 3, MESSAGE_COMPONENT)."""
        message = self.messages[message_id]
        data = {"custom_id": custom_id, "component_type": 2}
        return self._interaction(3, data, user=user, message=message, where=where, locale=locale)

    def modal_submit(self, modal: dict[str, Any], values: dict[str, str], *,
                     user: dict[str, Any] | None = None,
                     where: str = "guild") -> dict[str, Any]:  # fmt: skip
        """The submission of a modal the bot opened: `values` by text-input label."""
        rows = []
        for row in modal["components"]:
            inner = row.get("components") or [row.get("component")]
            submitted = [
                {"type": 4, "custom_id": c["custom_id"], "value": values.get(c["label"], "")}
                for c in inner
            ]
            if row.get("type") == 18:
                rows.append({"type": 18, "component": submitted[0]})
            else:
                rows.append({"type": 1, "components": submitted})
        data = {"custom_id": modal["custom_id"], "components": rows}
        return self._interaction(5, data, user=user, where=where)


def custom_ids(message: dict[str, Any]) -> dict[str, str]:
    """Button label -> custom_id in a message's components."""
    found = {}
    for row in message.get("components") or []:
        for comp in row.get("components") or []:
            if comp.get("type") == 2 and comp.get("label"):
                found[comp["label"]] = comp["custom_id"]
    return found


__all__ = ["Channel", "Recorded", "Role", "StandIn", "custom_ids", "discord", "limit_violations"]
