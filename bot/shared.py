"""The bot's state on Redis, for several bot processes (shards, machines) acting as one bot.

Built only when REDIS_URL is set (bot/service.py); otherwise bot/limits.py and bot/store.py keep
the same state in the process, as before. Each piece implements the interface its in-process
twin has:

- runs and the result cache: `diagnostics.scale.flights.Flights` (one diagnosis per target
  across every process; a waiter elsewhere gets the owner's report, or an error at the deadline);
- `RedisAllowance`: the per-person token bucket of `limits.Allowance` as one Lua script (read,
  refill, take, write: atomic, so two shards cannot both spend the last token), on Redis' clock;
- `RedisStore`: `/mail config` as one JSON value per guild (store.py's `SettingsStore`);
- `IdentifySlots`: Discord's IDENTIFY rate limit, one 5-second slot per bucket
  `shard_id % max_concurrency` ("Sharding: max_concurrency", Discord's gateway docs), as a key
  SET NX with that expiry: every process of the bot honours the same slots.
- `enqueue`: a queued diagnosis for `mailmedic worker`s (MAILMEDIC_WORKERS=0).

Redis failing is an error of the request at hand (a connection error reaches the funnel, which
answers with an error id), never a wait without end: every command has a socket timeout.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time

from arq.connections import ArqRedis

from bot.config import Config
from bot.limits import Limit, OnCooldown
from bot.store import GuildSettings
from diagnostics.scale.flights import Flights
from diagnostics.scale.hub import Hub, connect
from diagnostics.scale.protocol import JOB_FUNCTION, PREFIX, QUEUE_NAME, WAKE_CHANNEL, Job

log = logging.getLogger(__name__)

# KEYS: the person's bucket. ARGV: burst, seconds per token. Returns {1, "0"} when a token was
# taken, {0, seconds until the next} when none is left. Numbers cross as strings: Redis turns a
# Lua number into an integer reply.
TAKE_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local burst = tonumber(ARGV[1])
local per = tonumber(ARGV[2])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1]) or burst
local at = tonumber(b[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) / per)
if tokens < 1 then
  return {0, tostring((1 - tokens) * per)}
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens - 1), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst * per * 1000) + 1000)
return {1, '0'}
"""


class RedisAllowance:
    """limits.Allowance on Redis: `burst` tests, then one per `seconds`, for every process."""

    def __init__(self, client: ArqRedis, seconds: float, burst: int) -> None:
        self.client = client
        self.seconds = seconds
        self.burst = max(1, burst)
        self._take = client.register_script(TAKE_LUA)  # EVALSHA, loaded on first use

    async def take(self, user_id: int, limit: Limit | None = None) -> None:
        shape = limit or Limit(self.seconds, self.burst)
        if shape.seconds <= 0:
            return
        burst = max(1, shape.burst)
        key = (
            f"{PREFIX}allow:{user_id}"
            if not shape.scope
            else f"{PREFIX}allow:{shape.scope}:{user_id}"
        )
        taken, wait = await self._take(keys=[key], args=[burst, repr(float(shape.seconds))])
        if not int(taken):
            raise OnCooldown(float(wait), burst)


class RedisStore:
    """store.SettingsStore on Redis: one JSON value per guild, the same JSON SqliteStore keeps."""

    def __init__(self, client: ArqRedis) -> None:
        self.client = client

    async def get(self, guild_id: int) -> GuildSettings:
        raw = await self.client.get(f"{PREFIX}guild:{guild_id}")
        if raw is None:
            return GuildSettings()
        try:
            data = json.loads(raw)
        except ValueError:
            return GuildSettings()  # a damaged value means defaults, not a crashed command
        return GuildSettings.from_dict(data) if isinstance(data, dict) else GuildSettings()

    async def set(self, guild_id: int, settings: GuildSettings) -> None:
        await self.client.set(f"{PREFIX}guild:{guild_id}", json.dumps(settings.to_dict()))

    async def close(self) -> None:
        pass  # the connection belongs to SharedState


class IdentifySlots:
    """One IDENTIFY per `interval` seconds per bucket, whichever process or machine asks."""

    def __init__(self, client: ArqRedis) -> None:
        self.client = client

    async def wait(self, bucket: int, interval: float, *, who: str, limit: float) -> float:
        """Take the bucket's next slot (seconds waited); after `limit` seconds, go anyway with a
        warning (Discord would answer INVALID_SESSION and discord.py retry: not a hang)."""
        loop = asyncio.get_running_loop()
        began = loop.time()
        key = f"{PREFIX}identify:{bucket}"
        while True:
            # The slot is the key's life: taken now, free `interval` seconds later, never earlier.
            if await self.client.set(key, who, nx=True, px=max(1, int(interval * 1000))):
                return loop.time() - began
            ttl = await self.client.pttl(key)
            pause = ttl / 1000 if ttl > 0 else 0.01
            if loop.time() - began + pause > limit:
                log.warning("%s: no IDENTIFY slot in bucket %d within %g s", who, bucket, limit)
                return loop.time() - began
            await asyncio.sleep(pause)  # until the slot's key expires: the event we wait for


class SharedState:
    """Everything the bot shares through one Redis; one connection pool, one pub/sub reader."""

    def __init__(self, config: Config) -> None:
        assert config.redis_url is not None
        plain = connect(config.redis_url)
        self.client = ArqRedis(pool_or_conn=plain.connection_pool, default_queue_name=QUEUE_NAME)
        self.hub = Hub(self.client)
        self.flights = Flights(self.client, self.hub, cache_seconds=config.cache_seconds)
        self.allowance = RedisAllowance(self.client, config.cooldown_seconds, config.burst)
        self.store = RedisStore(self.client)
        self.identify = IdentifySlots(self.client)

    async def enqueue(self, job: Job) -> None:
        """Queue a diagnosis; arq drops it unrun once its deadline has passed (`_expires`)."""
        left = max(0.001, job.deadline - time.time())
        await self.client.enqueue_job(JOB_FUNCTION, job, _expires=left)
        await self.client.publish(WAKE_CHANNEL, b"")  # the workers poll now, not at their next

    async def ping(self) -> bool:
        try:
            return bool(await self.client.ping())
        except Exception:
            return False

    async def close(self) -> None:
        await self.hub.close()
        await self.client.aclose(close_connection_pool=True)


__all__ = ["IdentifySlots", "RedisAllowance", "RedisStore", "SharedState"]
