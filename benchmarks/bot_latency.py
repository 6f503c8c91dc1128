"""Time from INTERACTION_CREATE to the bot's deferral, idle and with 200 diagnoses in flight.

    .venv/bin/python -m benchmarks.bot_latency [--interactions 200] [--in-flight 200]

The real bot (discord.py, AutoShardedBot) runs against the loopback Discord stand-in of
tests/bot and the real mail lab. Latency is measured at the stand-in, which runs in its own
process like a remote server (in a thread of the bot's process its CPU competed with the bot's
loop for the interpreter lock, which no real Discord does): from just before it sends
INTERACTION_CREATE on the gateway to the moment the deferral callback reaches it. Goal (issue 6):
p99 under 100 ms.

Idle: each `/mail check` waits for its final reply before the next is sent. Loaded: `--in-flight`
diagnoses of distinct lab endpoints are kept running (a new one starts as each one finishes; no
cache, so every one really probes), while the measured interactions are sent one after another.
On loopback the lab answers at once, so the load is CPU-bound: a worst case.

Under load it also prints how late the bot's own gateway loop runs: a timer on that loop every
20 ms, its lateness sampled for the whole loaded run (issue 16: p99 under 100 ms with 200
diagnoses in flight). The diagnoses run in the pool of diagnosis processes (bot/worker.py, one per
core unless MAILMEDIC_WORKERS says otherwise), whose size is printed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import multiprocessing
import os
import statistics
import tempfile
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import discord
import yarl

from bot.app import MailBot, create_bot
from bot.config import Config
from bot.service import Diagnoser
from bot.worker import shared_worker
from tests.bot.standin import Recorded, StandIn
from tests.lab import Lab, start_lab

TOKEN = "benchmark-token"
SCENARIOS = ("healthy", "expired", "notyet", "wrongname", "selfsigned", "unknownca", "expiring",
             "notls", "tlsrequired", "filtered", "closed")  # fmt: skip
SETTINGS = (("imap", 993, "tls"), ("imap", 143, "starttls"), ("pop3", 995, "tls"),
            ("pop3", 110, "starttls"), ("smtp", 465, "tls"), ("smtp", 587, "starttls"))  # fmt: skip


def config(lab: Lab, *, cache_seconds: float) -> Config:
    return Config(
        token=TOKEN,
        dns=lab.dns,
        cafile=lab.cafile,
        allow_private=True,
        timeout=8.0,
        cooldown_seconds=0.0,
        max_concurrent=10_000,
        max_per_guild=10_000,
        cache_seconds=cache_seconds,
        # A real settings file (each interaction in a server reads its /mail config first).
        config_db=str(Path(tempfile.mkdtemp(prefix="mailmedic-bench-")) / "config.sqlite3"),
    )


# --- the stand-in in its own process ------------------------------------------------------------
# The parent asks it, over a pipe, for three things by name: ("check", host, protocol, port,
# security) dispatches a /mail check and answers its id and token; ("deferral", id, token)
# answers the seconds from dispatch to the deferral callback; ("final", token) answers once the
# final reply is in. Each request carries a number; answers come back with it, in any order.


def _standin_child(conn: Connection) -> None:
    asyncio.run(_serve_standin(conn))


async def _serve_standin(conn: Connection) -> None:
    standin = StandIn()
    await standin.start()
    loop = asyncio.get_running_loop()
    inbox: asyncio.Queue[tuple[Any, ...] | None] = asyncio.Queue()
    send_lock = threading.Lock()

    def reader() -> None:
        try:
            while True:
                loop.call_soon_threadsafe(inbox.put_nowait, conn.recv())
        except (EOFError, OSError):
            loop.call_soon_threadsafe(inbox.put_nowait, None)

    def send(message: tuple[Any, ...]) -> None:
        with send_lock:
            conn.send(message)

    async def handle(number: int, what: str, args: tuple[Any, ...]) -> None:
        try:
            result: Any = None
            if what == "check":
                host, protocol, port, security = args
                options = {"protocol": protocol, "host": host, "port": port, "security": security}
                payload = await standin.dispatch(standin.slash("check", options))
                result = (payload["id"], payload["token"])
            elif what == "deferral":
                ident, token = args
                path = f"/interactions/{ident}/{token}/callback"
                rec = await standin.wait_for(lambda r: r.path == path)
                result = rec.at - standin.dispatched_at[ident]
            elif what == "final":
                path = f"/webhooks/{standin.app_id}/{args[0]}/messages/@original"

                def done(rec: Recorded) -> bool:
                    embeds = rec.embeds() if rec.path == path and rec.method == "PATCH" else []
                    return bool(embeds) and not (embeds[0].get("title") or "").startswith("⏳")

                await standin.wait_for(done, timeout=60)
            send((number, result, None))
        except Exception as exc:  # the benchmark reports it; the stand-in goes on
            send((number, None, repr(exc)))

    threading.Thread(target=reader, daemon=True).start()
    send(("ready", standin.base, standin.gateway_url))
    tasks: set[asyncio.Task[None]] = set()
    while (message := await inbox.get()) is not None and message[1] != "stop":
        task = asyncio.create_task(handle(*message))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    for task in tasks:
        task.cancel()
    await standin.stop()


class RemoteStandIn:
    """The parent's end: requests by number, answered on this loop by a reader thread."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_standin_child, args=(child,), daemon=True)
        self.process.start()
        child.close()
        self._numbers = itertools.count(1)
        self._pending: dict[int, asyncio.Future[Any]] = {}
        self._lock = threading.Lock()
        self._restore: Callable[[], None] | None = None

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        _, base, gateway = await loop.run_in_executor(None, self.conn.recv)
        old_base = discord.http.Route.BASE
        old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
        discord.http.Route.BASE = base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)

        def restore() -> None:
            discord.http.Route.BASE = old_base
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway

        self._restore = restore
        threading.Thread(target=self._reader, args=(loop,), daemon=True).start()

    def _reader(self, loop: asyncio.AbstractEventLoop) -> None:
        try:
            while True:
                number, result, error = self.conn.recv()
                loop.call_soon_threadsafe(self._answer, number, result, error)
        except (EOFError, OSError):
            return

    def _answer(self, number: int, result: Any, error: str | None) -> None:
        future = self._pending.pop(number, None)
        if future is None or future.done():
            return
        if error is None:
            future.set_result(result)
        else:
            future.set_exception(RuntimeError(f"stand-in: {error}"))

    async def call(self, what: str, *args: Any) -> Any:
        number = next(self._numbers)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending[number] = future
        with self._lock:
            self.conn.send((number, what, args))
        return await future

    def stop(self) -> None:
        with self._lock, contextlib.suppress(OSError):
            self.conn.send((0, "stop", ()))
        self.process.join(timeout=30)
        self.conn.close()
        if self._restore is not None:
            self._restore()

    @property
    def pid(self) -> int:
        return self.process.pid or 0


class Bench:
    def __init__(self, lab: Lab) -> None:
        self.lab = lab
        self.standin = RemoteStandIn()

    async def start(self, cfg: Config) -> tuple[MailBot, asyncio.Task[None]]:
        await self.standin.start()
        bot = create_bot(cfg, Diagnoser(cfg), guild_ready_timeout=0.01)
        task = asyncio.get_running_loop().create_task(bot.start(TOKEN))
        await asyncio.wait_for(bot.wait_until_ready(), 15)
        return bot, task

    async def stop(self, bot: MailBot, task: asyncio.Task[None]) -> None:
        await bot.close()
        await task
        self.standin.stop()

    async def check(self, scenario: str, setting: tuple[str, int, str]) -> tuple[str, str]:
        protocol, port, security = setting
        ident, token = await self.standin.call(
            "check", self.lab.host(scenario), protocol, port, security
        )
        return ident, token

    async def deferral(self, payload: tuple[str, str]) -> float:
        seconds: float = await self.standin.call("deferral", *payload)
        return seconds

    async def final(self, payload: tuple[str, str]) -> None:
        await self.standin.call("final", payload[1])


def figures(label: str, samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p99 = ms[min(len(ms) - 1, round(0.99 * len(ms)) - 1)]
    return (
        f"{label:<26} n={len(ms):<4} p50={statistics.median(ms):6.1f} ms  p99={p99:6.1f} ms  "
        f"max={ms[-1]:6.1f} ms"
    )


async def idle(lab: Lab, n: int) -> list[float]:
    bench = Bench(lab)
    bot, task = await bench.start(config(lab, cache_seconds=60))
    try:
        samples = []
        for _ in range(n):
            payload = await bench.check("healthy", SETTINGS[0])
            samples.append(await bench.deferral(payload))
            await bench.final(payload)
        return samples
    finally:
        await bench.stop(bot, task)


async def loop_lag(samples: list[float], stop: asyncio.Event, interval: float = 0.02) -> None:
    """How late this event loop runs a timer, every `interval` seconds, until `stop`."""
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        due = loop.time() + interval
        await asyncio.sleep(interval)
        samples.append(max(0.0, loop.time() - due))


async def loaded(
    lab: Lab, n: int, in_flight: int, lag: list[float], standin_cpu: list[float]
) -> tuple[list[float], int]:
    bench = Bench(lab)
    bot, task = await bench.start(config(lab, cache_seconds=0))
    combos = [c for c in itertools.product(SCENARIOS, SETTINGS) if c[0] != "healthy"]
    stop = asyncio.Event()
    finished = 0

    async def keep_busy(scenario: str, setting: tuple[str, int, str], up: asyncio.Event) -> None:
        nonlocal finished
        while not stop.is_set():
            payload = await bench.check(scenario, setting)
            await bench.deferral(payload)
            up.set()
            await bench.final(payload)
            finished += 1

    try:
        ups = [asyncio.Event() for _ in range(in_flight)]
        loaders = [
            asyncio.create_task(keep_busy(*combos[i % len(combos)], ups[i]))
            for i in range(in_flight)
        ]
        await asyncio.gather(*(up.wait() for up in ups))  # every loader has a diagnosis running
        # Sampled until the last background diagnosis has answered, not just while measuring.
        sampled = asyncio.Event()
        sampler = asyncio.create_task(loop_lag(lag, sampled))
        standin_before = process_cpu(bench.standin.pid)
        samples = []
        for index in range(n):
            payload = await bench.check("healthy", SETTINGS[index % len(SETTINGS)])
            samples.append(await bench.deferral(payload))
        stop.set()
        await asyncio.gather(*loaders)
        sampled.set()
        await sampler
        standin_cpu.append(process_cpu(bench.standin.pid) - standin_before)
        return samples, finished
    finally:
        await bench.stop(bot, task)


async def main_async(lab: Lab, n: int, in_flight: int) -> None:
    print(f"diagnosis processes: {shared_worker().size} ({os.cpu_count()} cores)")
    print(figures("idle", await idle(lab, n)), flush=True)
    lag: list[float] = []
    standin_cpu: list[float] = []
    before = thread_cpu()
    samples, finished = await loaded(lab, n, in_flight, lag, standin_cpu)
    spent = {k: v - before.get(k, 0.0) for k, v in thread_cpu().items()}
    print(figures(f"{in_flight} diagnoses in flight", samples))
    print(figures("gateway loop lag (loaded)", lag))
    gateway = spent.pop(threading.get_native_id(), 0.0)
    print(
        f"CPU meanwhile: the bot's loop thread {gateway:.1f} s, its other threads "
        f"{sum(spent.values()):.1f} s; the Discord stand-in's own process {sum(standin_cpu):.1f} s"
    )
    if os.environ.get("LAG_TRACE"):
        print([round(x * 1000) for x in lag if x > 0.03])
    print(f"(background diagnoses finished during the loaded run: {finished})")
    print("goal: p99 < 100 ms, for the deferral and for the gateway loop's lag")


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) of process `pid` so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def thread_cpu() -> dict[int, float]:
    """CPU seconds (user + system) of each thread of this process, by native id (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    found: dict[int, float] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        found[int(task.name)] = (int(fields[11]) + int(fields[12])) / ticks
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--interactions", type=int, default=200)
    parser.add_argument("--in-flight", type=int, default=200)
    args = parser.parse_args()
    lab, stop_lab = start_lab()
    try:
        asyncio.run(main_async(lab, args.interactions, args.in_flight))
    finally:
        stop_lab()


if __name__ == "__main__":
    main()
