"""Per-server settings of the bot (`/mail config`), behind a small interface.

`SettingsStore` is the whole contract: `get(guild_id)` and `set(guild_id, settings)`, async,
values as a frozen `GuildSettings` that serialises to a small JSON object. The default
`SqliteStore` keeps them in one SQLite file beside the bot (MAILMEDIC_CONFIG_DB); a shared store
for bots sharded over several machines (issue 14, e.g. Redis: one key per guild holding the same
JSON) implements the same two methods. `MemoryStore` is for a bot that must not write a file.

SQLite from the standard library blocks, so every call runs in a worker thread, one at a time
(one connection, serialised by a lock: sqlite3 connections are not for concurrent threads).
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from typing import Any, Protocol

from diagnostics.frozen import frozen

SCHEMA = "CREATE TABLE IF NOT EXISTS guild_settings (guild_id INTEGER PRIMARY KEY, data TEXT)"
MAX_ROLES = 10  # helpdesk roles per server: a short list an admin can read back
MAX_COOLDOWN = (
    3600  # seconds between tests after a burst, at most (the /mail config option's range)
)
MAX_BURST = 50  # tests in a row, at most


@frozen
class GuildSettings:
    """What a server's managers set: nothing set means the bot's defaults."""

    default_domain: str | None = None  # "/mail diagnose" without a target tests this domain
    helpdesk_roles: tuple[int, ...] = ()  # may run login tests (when set); no per-person limit
    log_channel: int | None = None  # a one-line triage summary of each diagnosis goes here
    # The per-person limit in this server (None: the bot's MAILMEDIC_COOLDOWN_SECONDS / _BURST):
    # a helpdesk that triages a queue may want a larger burst; 0 seconds switches it off.
    cooldown_seconds: int | None = None
    burst: int | None = None
    # The answers' language for people whose Discord language we do not speak (bot/language.py)
    language: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "default_domain": self.default_domain,
            "helpdesk_roles": list(self.helpdesk_roles),
            "log_channel": self.log_channel,
            "cooldown_seconds": self.cooldown_seconds,
            "burst": self.burst,
            "language": self.language,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GuildSettings:
        """Tolerant of keys it does not know (a newer bot may have written them)."""
        domain = data.get("default_domain")
        channel = data.get("log_channel")
        roles = data.get("helpdesk_roles") or []
        language = data.get("language")
        return cls(
            default_domain=domain if isinstance(domain, str) and domain else None,
            helpdesk_roles=tuple(int(r) for r in roles if isinstance(r, int))[:MAX_ROLES],
            log_channel=channel if isinstance(channel, int) else None,
            cooldown_seconds=_bounded(data.get("cooldown_seconds"), 0, MAX_COOLDOWN),
            burst=_bounded(data.get("burst"), 1, MAX_BURST),
            language=language if isinstance(language, str) and language else None,
        )


def _bounded(value: object, low: int, high: int) -> int | None:
    """An int within [low, high] as stored, else None (the default): a hand-edited or older
    file never makes a limit the command could not have set."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if low <= value <= high else None


class SettingsStore(Protocol):
    async def get(self, guild_id: int) -> GuildSettings: ...

    async def set(self, guild_id: int, settings: GuildSettings) -> None: ...

    async def close(self) -> None: ...


class MemoryStore:
    """Settings in a dict: lost at exit."""

    def __init__(self) -> None:
        self._data: dict[int, GuildSettings] = {}

    async def get(self, guild_id: int) -> GuildSettings:
        return self._data.get(guild_id, GuildSettings())

    async def set(self, guild_id: int, settings: GuildSettings) -> None:
        self._data[guild_id] = settings

    async def close(self) -> None:
        self._data.clear()


class SqliteStore:
    """Settings in one SQLite file (or ":memory:"), opened at first use."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._lock = asyncio.Lock()

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            # check_same_thread=False: the calls come from worker threads, one at a time (lock)
            conn = sqlite3.connect(self.path, timeout=5.0, check_same_thread=False)
            conn.execute(SCHEMA)
            conn.commit()
            self._conn = conn
        return self._conn

    def _get(self, guild_id: int) -> GuildSettings:
        row = (
            self._connect()
            .execute("SELECT data FROM guild_settings WHERE guild_id = ?", (guild_id,))
            .fetchone()
        )
        if row is None:
            return GuildSettings()
        try:
            data = json.loads(row[0])
        except ValueError:
            return GuildSettings()  # a damaged row means defaults, not a crashed command
        return GuildSettings.from_dict(data) if isinstance(data, dict) else GuildSettings()

    def _set(self, guild_id: int, settings: GuildSettings) -> None:
        conn = self._connect()
        conn.execute(
            "INSERT INTO guild_settings (guild_id, data) VALUES (?, ?) "
            "ON CONFLICT(guild_id) DO UPDATE SET data = excluded.data",
            (guild_id, json.dumps(settings.to_dict())),
        )
        conn.commit()

    async def get(self, guild_id: int) -> GuildSettings:
        async with self._lock:
            return await asyncio.to_thread(self._get, guild_id)

    async def set(self, guild_id: int, settings: GuildSettings) -> None:
        async with self._lock:
            await asyncio.to_thread(self._set, guild_id, settings)

    async def close(self) -> None:
        async with self._lock:
            if self._conn is not None:
                await asyncio.to_thread(self._conn.close)
                self._conn = None


__all__ = ["GuildSettings", "MemoryStore", "SettingsStore", "SqliteStore"]
