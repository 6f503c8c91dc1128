"""Sweep speed against the lab, and CLI start-up time. Prints figures; asserts nothing.

    .venv/bin/python -m benchmarks.sweep [--rounds N]

For the lab host with one filtered port (993 drops every SYN): the sweep's wall time, its slowest
single probe, and the same probes run one after another. Goal (issue 3): sweep <= 1.2 x the slowest
probe. Then `mailmedic --help` start-up beside `python -c pass` (the CLI must not import discord).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time
from pathlib import Path

from diagnostics.model import ProbeResult
from diagnostics.probes import ProbeContext, probe
from diagnostics.runner import Options, build_context
from diagnostics.sweep import standard_endpoints, sweep
from tests.lab import Lab, start_lab

TIMEOUT = 20.0


async def _context(lab: Lab) -> ProbeContext:
    return await build_context(
        Options(dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=TIMEOUT)
    )


async def one_round(lab: Lab) -> tuple[float, float, float, list[ProbeResult]]:
    endpoints = standard_endpoints(lab.host("filtered"))
    ctx = await _context(lab)
    started = time.perf_counter()
    results = await sweep(endpoints, ctx)
    wall = time.perf_counter() - started
    slowest = max(r.elapsed_ms for r in results) / 1000

    ctx = await _context(lab)  # a fresh deadline and a cold DNS cache, as the sweep had
    started = time.perf_counter()
    for endpoint in endpoints:
        await probe(endpoint, ctx)
    sequential = time.perf_counter() - started
    return wall, slowest, sequential, list(results)


def startup(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    lab, stop = start_lab()
    try:
        print(f"lab host {lab.host('filtered')} ({lab.address('filtered')}), port 993 filtered")
        print(f"{'round':>5} {'sweep s':>8} {'slowest s':>9} {'ratio':>6} {'one-by-one s':>12}")
        ratios = []
        for n in range(1, args.rounds + 1):
            wall, slowest, sequential, results = asyncio.run(one_round(lab))
            ratio = wall / slowest if slowest else float("nan")
            ratios.append(ratio)
            print(f"{n:>5} {wall:>8.3f} {slowest:>9.3f} {ratio:>6.2f} {sequential:>12.3f}")
        outcomes = ", ".join(
            f"{r.endpoint.port}/{r.endpoint.security}={r.outcome}" for r in results
        )
        print(f"outcomes: {outcomes}")
        print(f"median sweep/slowest ratio: {statistics.median(ratios):.2f} (goal <= 1.2)")
    finally:
        stop()

    cli = str(Path(sys.executable).with_name("mailmedic"))
    python = startup([sys.executable, "-c", "pass"], 10)
    helptime = startup([cli, "--help"], 10)
    print(
        f"start-up: python -c pass {python * 1000:.0f} ms, "
        f"mailmedic --help {helptime * 1000:.0f} ms"
    )
    probe_imports = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import diagnostics.cli"],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded_discord = "discord" in probe_imports.stderr
    print(f"the CLI imports discord: {'yes' if loaded_discord else 'no'}")


if __name__ == "__main__":
    main()
