"""Time from INTERACTION_CREATE to the bot's deferral, idle and with 50 diagnoses in flight.

    .venv/bin/python -m benchmarks.bot_latency [--interactions 200] [--in-flight 50]

The real bot (discord.py, AutoShardedBot) runs against the loopback Discord stand-in of
tests/bot and the real mail lab. Latency is measured at the stand-in: from just before it sends
INTERACTION_CREATE on the gateway to the moment the deferral callback reaches it. The stand-in
shares the bot's event loop, so a busy loop delays the measurement too: the figures are an upper
bound of what Discord would see (minus the network). Goal (issue 6): p99 under 100 ms.

Idle: each `/mail check` waits for its final reply before the next is sent. Loaded: `--in-flight`
diagnoses of distinct lab endpoints are kept running (a new one starts as each one finishes; no
cache, so every one really probes), while the measured interactions are sent one after another.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
from typing import Any

from bot.app import MailBot, create_bot
from bot.config import Config
from bot.service import Diagnoser
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
    )


async def start(lab: Lab, cfg: Config) -> tuple[StandIn, MailBot, asyncio.Task[None]]:
    standin = StandIn()
    await standin.start()
    standin.point_discord_py_here()
    bot = create_bot(cfg, Diagnoser(cfg), guild_ready_timeout=0.01)
    task = asyncio.get_running_loop().create_task(bot.start(TOKEN))
    await asyncio.wait_for(bot.wait_until_ready(), 15)
    return standin, bot, task


def check(
    standin: StandIn, lab: Lab, scenario: str, setting: tuple[str, int, str]
) -> dict[str, Any]:
    protocol, port, security = setting
    options = {"protocol": protocol, "host": lab.host(scenario), "port": port, "security": security}
    return standin.slash("check", options)


async def deferral(standin: StandIn, payload: dict[str, Any]) -> float:
    path = f"/interactions/{payload['id']}/{payload['token']}/callback"
    rec = await standin.wait_for(lambda r: r.path == path)
    return rec.at - standin.dispatched_at[payload["id"]]


async def final(standin: StandIn, payload: dict[str, Any]) -> Recorded:
    path = f"/webhooks/{standin.app_id}/{payload['token']}/messages/@original"

    def done(rec: Recorded) -> bool:
        embeds = rec.embeds() if rec.path == path and rec.method == "PATCH" else []
        return bool(embeds) and not (embeds[0].get("title") or "").startswith("⏳")

    return await standin.wait_for(done, timeout=60)


def figures(label: str, samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p99 = ms[min(len(ms) - 1, round(0.99 * len(ms)) - 1)]
    return (
        f"{label:<28} n={len(ms):<4} p50={statistics.median(ms):6.1f} ms  p99={p99:6.1f} ms  "
        f"max={ms[-1]:6.1f} ms"
    )


async def idle(lab: Lab, n: int) -> list[float]:
    standin, bot, task = await start(lab, config(lab, cache_seconds=60))
    try:
        samples = []
        for _ in range(n):
            payload = await standin.dispatch(check(standin, lab, "healthy", SETTINGS[0]))
            samples.append(await deferral(standin, payload))
            await final(standin, payload)
        return samples
    finally:
        await bot.close()
        await task
        await standin.stop()


async def loaded(lab: Lab, n: int, in_flight: int) -> tuple[list[float], int]:
    standin, bot, task = await start(lab, config(lab, cache_seconds=0))
    combos = [c for c in itertools.product(SCENARIOS, SETTINGS) if c[0] != "healthy"]
    stop = asyncio.Event()
    finished = 0

    async def keep_busy(scenario: str, setting: tuple[str, int, str]) -> None:
        nonlocal finished
        while not stop.is_set():
            payload = await standin.dispatch(check(standin, lab, scenario, setting))
            await final(standin, payload)
            finished += 1

    try:
        loaders = [
            asyncio.create_task(keep_busy(*combos[i % len(combos)])) for i in range(in_flight)
        ]
        while bot.diagnoser.gate.running < min(in_flight, len(combos)):
            await asyncio.sleep(0.01)  # benchmark warm-up, not a test: wait for the load to build
        samples = []
        for index in range(n):
            setting = SETTINGS[index % len(SETTINGS)]
            payload = await standin.dispatch(check(standin, lab, "healthy", setting))
            samples.append(await deferral(standin, payload))
        stop.set()
        await asyncio.gather(*loaders)
        return samples, finished
    finally:
        await bot.close()
        await task
        await standin.stop()


async def main_async(lab: Lab, n: int, in_flight: int) -> None:
    print(figures("idle", await idle(lab, n)))
    samples, finished = await loaded(lab, n, in_flight)
    print(figures(f"{in_flight} diagnoses in flight", samples))
    print(f"(background diagnoses completed during the loaded run: {finished})")
    print("goal: p99 < 100 ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--interactions", type=int, default=200)
    parser.add_argument("--in-flight", type=int, default=50)
    args = parser.parse_args()
    lab, stop_lab = start_lab()
    try:
        asyncio.run(main_async(lab, args.interactions, args.in_flight))
    finally:
        stop_lab()


if __name__ == "__main__":
    main()
