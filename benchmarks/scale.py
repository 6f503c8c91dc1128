"""The bot at scale: 1,000 interactions across 4 shards (2 bot processes) and 2 queue workers.

    .venv/bin/python -m benchmarks.scale [--interactions 1000] [--rate 100] [--jobs 200]

Everything real and on loopback: a redis-server of its own (deploy/local.py's RedisProcess), the
mail lab (`python -m tests.lab`, a process of its own), the Discord stand-in of tests/bot on
this process's loop (as Discord, remote), two bot processes (`python -m tests.bot.launch`: the
real entry point aimed at the stand-in) holding shards 0,1 and 2,3 of 4 with
MAILMEDIC_WORKERS=0, and two `mailmedic worker` processes.

1. Deferral: `--interactions` `/mail check`s of the lab's endpoints (every scenario and setting,
   round robin over the 4 shards) sent at `--rate` per second; for each, the time from
   INTERACTION_CREATE leaving the stand-in to the deferral reaching it (goal: p99 < 100 ms).
   The cache is off (MAILMEDIC_CACHE_SECONDS=0): identical checks in flight still share one run.
2. Throughput: the diagnoses the workers ran for those interactions, per second of wall time
   per worker, and per CPU-second of the workers (what one core does).
3. Queue overhead: `--jobs` checks of a refused loopback port one after another, through the
   bot's Diagnoser three ways: the library called directly, the default in-process pool (a
   diagnosis process on a pipe), and the queue (Redis, a worker, pub/sub back); the queue's
   overhead is its median minus the pool's (goal: < 5 ms per job).
On this 2-core machine the bots, the workers, Redis, the lab and the stand-in share two cores.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import itertools
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bot.config import Config
from bot.service import Diagnoser
from deploy.local import RedisProcess
from diagnostics.model import Endpoint, Protocol, Security
from tests.bot.standin import Recorded, StandIn
from tests.lab import Lab

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789"
SCENARIOS = ("healthy", "expired", "notyet", "wrongname", "selfsigned", "unknownca", "expiring",
             "notls", "tlsrequired", "closed")  # fmt: skip
SETTINGS = (("imap", 993, "tls"), ("imap", 143, "starttls"), ("pop3", 995, "tls"),
            ("pop3", 110, "starttls"), ("smtp", 465, "tls"), ("smtp", 587, "starttls"))  # fmt: skip
TIMEOUT = 8.0


def percentile(ms: list[float], q: float) -> float:
    ordered = sorted(ms)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process (proc(5): fields 14 and 15, in clock ticks)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Processes:
    def __init__(self) -> None:
        self.procs: dict[str, asyncio.subprocess.Process] = {}
        self.lines: dict[str, list[str]] = {}
        self._readers: list[asyncio.Task[None]] = []

    async def start(self, name: str, argv: list[str], env: dict[str, str]) -> None:
        base = {k: v for k, v in os.environ.items() if not k.startswith(("MAILMEDIC_", "REDIS_"))}
        proc = await asyncio.create_subprocess_exec(
            *argv, cwd=ROOT, env={**base, "PYTHONPATH": str(ROOT), **env},
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        self.procs[name] = proc
        self.lines[name] = []
        self._readers.append(asyncio.get_running_loop().create_task(self._read(name, proc)))

    async def _read(self, name: str, proc: asyncio.subprocess.Process) -> None:
        assert proc.stderr is not None
        while line := await proc.stderr.readline():
            self.lines[name].append(line.decode(errors="replace").rstrip())

    async def wait_line(self, name: str, text: str, timeout: float = 60) -> None:
        async with asyncio.timeout(timeout):
            while not any(text in line for line in self.lines[name]):
                if self.procs[name].returncode is not None:
                    raise RuntimeError(f"{name} ended:\n" + "\n".join(self.lines[name][-20:]))
                await asyncio.sleep(0.05)  # a start-up wait outside the measured part

    async def stop(self) -> None:
        for proc in self.procs.values():
            if proc.returncode is None:
                proc.terminate()
        for proc in self.procs.values():
            try:
                await asyncio.wait_for(proc.wait(), 10)
            except TimeoutError:
                proc.kill()
        for reader in self._readers:
            reader.cancel()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def loop_lag(samples: list[float], stop: asyncio.Event, interval: float = 0.02) -> None:
    """How late this process's loop (the stand-in's) runs a timer, until `stop`."""
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        due = loop.time() + interval
        await asyncio.sleep(interval)
        samples.append(max(0.0, loop.time() - due))


async def interactions(
    standin: StandIn, lab: Lab, n: int, rate: float
) -> tuple[list[float], float]:
    combos = list(itertools.product(SCENARIOS, SETTINGS))
    payloads: list[dict[str, Any]] = []
    began = time.perf_counter()
    for index in range(n):
        scenario, (protocol, port, security) = combos[index % len(combos)]
        options = {"protocol": protocol, "host": lab.host(scenario), "port": port,
                   "security": security}  # fmt: skip
        payload = standin.slash("check", options)
        await standin.dispatch(payload, shard=index % 4)
        payloads.append(payload)
        pause = began + (index + 1) / rate - time.perf_counter()
        if pause > 0:
            await asyncio.sleep(pause)

    def deferred(payload: dict[str, Any]) -> Any:
        path = f"/interactions/{payload['id']}/{payload['token']}/callback"
        return standin.wait_for(lambda r: r.path == path, timeout=60)

    def final(payload: dict[str, Any]) -> Any:
        path = f"/webhooks/{standin.app_id}/{payload['token']}/messages/@original"

        def done(rec: Recorded) -> bool:
            embeds = rec.embeds() if rec.path == path and rec.method == "PATCH" else []
            return bool(embeds) and not (embeds[0].get("title") or "").startswith("⏳")

        return standin.wait_for(done, timeout=120)

    callbacks = await asyncio.gather(*(deferred(p) for p in payloads))
    latencies = [(rec.at - standin.dispatched_at[p["id"]]) * 1000
                 for rec, p in zip(callbacks, payloads, strict=True)]  # fmt: skip
    await asyncio.gather(*(final(p) for p in payloads))
    return latencies, time.perf_counter() - began


async def overhead(redis_url: str, lab: Lab, jobs: int) -> dict[str, float]:
    """Median ms per job of a check that ends at once (a refused loopback port), three ways."""
    from diagnostics.runner import check

    endpoint = Endpoint(protocol=Protocol.IMAP, host="127.0.0.1", port=closed_port(),
                        security=Security.TLS)  # fmt: skip
    common: dict[str, Any] = {"dns": lab.dns, "cafile": lab.cafile, "allow_private": True,
                              "timeout": TIMEOUT, "cache_seconds": 0.0}  # fmt: skip
    pool = Diagnoser(Config(**common))
    queue = Diagnoser(Config(**common, redis_url=redis_url, enqueue_only=True))
    results: dict[str, float] = {}
    try:
        for label, run in (
            ("library", lambda: check(endpoint, pool.options)),
            ("pool", lambda: pool.check(endpoint, guild_key=1)),
            ("queue", lambda: queue.check(endpoint, guild_key=1)),
        ):
            await run()  # warm: the diagnosis process started, the scripts loaded
            samples = []
            for _ in range(jobs):
                began = time.perf_counter()
                await run()
                samples.append((time.perf_counter() - began) * 1000)
            results[label] = statistics.median(samples)
    finally:
        await queue.close()
        if pool.worker is not None:
            pool.worker.close()
    return results


async def main_async(lab: Lab, n: int, rate: float, jobs: int) -> None:
    redis = RedisProcess()
    await redis.start()
    standin = StandIn()
    await standin.start()
    procs = Processes()
    shared = {"REDIS_URL": redis.url, "MAILMEDIC_DNS": lab.dns, "MAILMEDIC_CAFILE": lab.cafile,
              "MAILMEDIC_ALLOW_PRIVATE": "1", "MAILMEDIC_TIMEOUT": str(TIMEOUT)}  # fmt: skip
    try:
        for name, shard_ids in (("bot-a", "0,1"), ("bot-b", "2,3")):
            await procs.start(name, [sys.executable, "-m", "tests.bot.launch"], {
                **shared, "DISCORD_TOKEN": TOKEN,
                "MAILMEDIC_TEST_DISCORD": f"http://127.0.0.1:{standin.port}",
                "MAILMEDIC_SHARD_IDS": shard_ids, "MAILMEDIC_SHARD_COUNT": "4",
                "MAILMEDIC_WORKERS": "0", "MAILMEDIC_CACHE_SECONDS": "0",
                "MAILMEDIC_COOLDOWN_SECONDS": "0", "MAILMEDIC_MAX_CONCURRENT": "10000",
                "MAILMEDIC_MAX_PER_GUILD": "10000", "MAILMEDIC_EDIT_INTERVAL": "1.5",
                "MAILMEDIC_IDENTIFY_INTERVAL": "0.2", "MAILMEDIC_CONFIG_DB": ":memory:",
            })  # fmt: skip
        for name in ("worker-1", "worker-2"):
            await procs.start(name, [sys.executable, "-m", "diagnostics", "worker", "--jobs",
                                     "200"], {**shared, "MAILMEDIC_WORKER_ID": name})  # fmt: skip
            await procs.wait_line(name, " ready: ")
        await asyncio.wait_for(standin.wait_shards({0, 1, 2, 3}), 60)
        print(f"4 shards in 2 bot processes, 2 workers, Redis at {redis.url}", flush=True)

        workers = [procs.procs[name].pid for name in ("worker-1", "worker-2")]
        cpu_before = sum(cpu_seconds(pid) for pid in workers)
        bots_before = sum(cpu_seconds(procs.procs[b].pid) for b in ("bot-a", "bot-b"))
        own_before = time.process_time()
        lag: list[float] = []
        sampled = asyncio.Event()
        sampler = asyncio.get_running_loop().create_task(loop_lag(lag, sampled))
        latencies, wall = await interactions(standin, lab, n, rate)
        sampled.set()
        await sampler
        cpu = sum(cpu_seconds(pid) for pid in workers) - cpu_before
        bots_cpu = sum(cpu_seconds(procs.procs[b].pid) for b in ("bot-a", "bot-b")) - bots_before
        own_cpu = time.process_time() - own_before
        ran = sum(1 for name in ("worker-1", "worker-2") for line in procs.lines[name]
                  if " try 1: " in line)  # fmt: skip
        print(f"deferral ({n} interactions at {rate:g}/s over 4 shards): "
              f"p50={statistics.median(latencies):.1f} ms  p99={percentile(latencies, 0.99):.1f} "
              f"ms  max={max(latencies):.1f} ms  (goal p99 < 100 ms)")  # fmt: skip
        print(f"diagnoses run by the workers: {ran} for {n} interactions (identical checks in "
              f"flight shared) in {wall:.1f} s: {ran / wall / 2:.1f} per second per worker, "
              f"{ran / cpu if cpu else 0:.1f} per worker CPU-second ({cpu:.1f} CPU-s)")  # fmt: skip
        print(f"CPU-seconds meanwhile: bots {bots_cpu:.1f}, workers {cpu:.1f}, the stand-in "
              f"{own_cpu:.1f}; the stand-in's own loop late by p99="
              f"{percentile(lag, 0.99) * 1000:.0f} ms, max={max(lag) * 1000:.0f} ms "
              f"({len(standin.requests)} requests to it)")  # fmt: skip
        times = await overhead(redis.url, lab, jobs)
        print(f"per job ({jobs} sequential, a refused port): library {times['library']:.2f} ms, "
              f"in-process pool {times['pool']:.2f} ms, queue {times['queue']:.2f} ms: "
              f"queue overhead {times['queue'] - times['pool']:.2f} ms over the pool, "
              f"{times['queue'] - times['library']:.2f} ms over a direct call "
              "(goal < 5 ms)")  # fmt: skip
    finally:
        await procs.stop()
        await standin.stop()
        await redis.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--interactions", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=100.0, help="interactions per second")
    parser.add_argument("--jobs", type=int, default=200, help="sequential jobs for the overhead")
    args = parser.parse_args()
    # The lab in a process of its own (`python -m tests.lab`): its odd servers' thread would
    # otherwise share this process, and the stand-in's timing, with the servers' TLS work.
    lab_process = subprocess.Popen([sys.executable, "-m", "tests.lab"], cwd=ROOT,
                                   stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert lab_process.stdout is not None
        line = lab_process.stdout.readline()
        if not line:
            raise SystemExit("the lab did not start")
        data = json.loads(line)
        known = {f.name for f in dataclasses.fields(Lab)}
        lab = Lab(**{k: v for k, v in data.items() if k in known})
        asyncio.run(main_async(lab, args.interactions, args.rate, args.jobs))
    finally:
        lab_process.send_signal(signal.SIGTERM)
        lab_process.wait(60)


if __name__ == "__main__":
    main()
