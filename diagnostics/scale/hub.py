"""One pub/sub connection per process, fanned out to every run waiting in it.

A connection per waiting run would be a connection per interaction in flight (a thousand under
load); redis-py's PubSub holds a connection of its own, so one reader task owns it and hands each
channel's messages to the queues of its subscribers. When the connection fails (Redis restarted,
gone), every subscriber gets `HubLost` at once, never silence: their runs end with an error the
bot's funnel answers; the next subscription opens a new connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncIterator
from typing import Any

import redis.asyncio as aioredis

log = logging.getLogger(__name__)


CONFIRM_TIMEOUT = 3.0  # seconds for Redis to confirm a SUBSCRIBE


class HubLost(ConnectionError):
    """The pub/sub connection to Redis failed while a run waited for its messages."""


class Hub:
    def __init__(self, client: aioredis.Redis) -> None:
        self._client = client
        self._pubsub: Any = None
        self._reader: asyncio.Task[None] | None = None
        self._queues: dict[bytes, list[asyncio.Queue[bytes | BaseException]]] = {}
        self._confirmed: dict[bytes, asyncio.Future[None]] = {}  # SUBSCRIBE sent, unanswered
        self._lock = asyncio.Lock()
        # A channel of our own keeps the connection subscribed (get_message needs one).
        self._own = f"mailmedic:hub:{uuid.uuid4().hex}"

    async def _ensure(self) -> Any:
        if self._reader is not None and not self._reader.done():
            return self._pubsub
        pubsub = self._client.pubsub()
        await pubsub.subscribe(self._own)
        self._pubsub = pubsub
        self._reader = asyncio.get_running_loop().create_task(self._read(pubsub))
        return pubsub

    async def _read(self, pubsub: Any) -> None:
        try:
            while True:
                message = await pubsub.get_message(timeout=1.0)
                if message is None:
                    continue
                if message.get("type") == "subscribe":
                    waiter = self._confirmed.pop(message["channel"], None)
                    if waiter is not None and not waiter.done():
                        waiter.set_result(None)
                    continue
                if message.get("type") != "message":
                    continue
                for queue in self._queues.get(message["channel"], ()):
                    queue.put_nowait(message["data"])
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # redis.ConnectionError, TimeoutError, a closed socket
            log.warning("lost the Redis pub/sub connection: %s", exc.__class__.__name__)
            lost = HubLost(f"the connection to Redis failed ({exc.__class__.__name__})")
            for queues in self._queues.values():
                for queue in queues:
                    queue.put_nowait(lost)
            self._queues.clear()
            for waiter in self._confirmed.values():
                if not waiter.done():
                    waiter.set_exception(lost)
            self._confirmed.clear()
            with contextlib.suppress(Exception):
                await pubsub.aclose()

    @contextlib.asynccontextmanager
    async def subscribe(self, channel: str) -> AsyncIterator[asyncio.Queue[bytes | BaseException]]:
        """A queue of the channel's messages (bytes), or a HubLost when the connection fails.

        The subscription is active on the server when this returns: redis-py sends SUBSCRIBE
        without awaiting its reply, so we wait for the reader to see the confirmation (bounded:
        CONFIRM_TIMEOUT, then HubLost). A message published after that reaches the queue."""
        key = channel.encode()
        queue: asyncio.Queue[bytes | BaseException] = asyncio.Queue()
        async with self._lock:
            pubsub = await self._ensure()
            first = key not in self._queues
            self._queues.setdefault(key, []).append(queue)
            confirmed = self._confirmed.get(key)
            if first:
                confirmed = self._confirmed[key] = asyncio.get_running_loop().create_future()
                await pubsub.subscribe(channel)
        try:
            if confirmed is not None:
                try:
                    async with asyncio.timeout(CONFIRM_TIMEOUT):
                        await asyncio.shield(confirmed)
                except TimeoutError:
                    raise HubLost("Redis did not confirm a subscription in time") from None
            yield queue
        finally:
            queues = self._queues.get(key)
            if queues is not None and queue in queues:
                queues.remove(queue)
                if not queues:
                    del self._queues[key]
                    self._confirmed.pop(key, None)
                    with contextlib.suppress(Exception):
                        await pubsub.unsubscribe(channel)

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(BaseException):
                await self._reader
        if self._pubsub is not None:
            with contextlib.suppress(Exception):
                await self._pubsub.aclose()
        self._pubsub = self._reader = None


async def next_message(queue: asyncio.Queue[bytes | BaseException], timeout: float) -> bytes | None:
    """The next message, None after `timeout` seconds; raises what the hub put there."""
    try:
        async with asyncio.timeout(max(0.0, timeout)):
            item = await queue.get()
    except TimeoutError:
        return None
    if isinstance(item, BaseException):
        raise item
    return item


MAX_CONNECTIONS = 64  # per process: commands beyond wait (at most `timeout`) for a free one


def connect(url: str, *, timeout: float = 3.0) -> aioredis.Redis:
    """A client whose every command gives up after `timeout` seconds (nothing waits for ever on a
    Redis that went away) and that checks an idle connection before using it again.

    A BlockingConnectionPool: redis-py 5's default asyncio pool takes one lock per command to
    hand out a connection and opens new connections under that lock, so a burst of a thousand
    commands opened hundreds of connections one after another and deferrals waited behind them
    (benchmarks/scale.py); a bounded pool reuses its connections and connects outside the lock."""
    pool = aioredis.BlockingConnectionPool.from_url(
        url,
        max_connections=MAX_CONNECTIONS,
        timeout=timeout,
        socket_timeout=timeout,
        socket_connect_timeout=timeout,
        health_check_interval=15,
        retry_on_timeout=False,
    )
    return aioredis.Redis(connection_pool=pool)


__all__ = ["Hub", "HubLost", "connect", "next_message"]
