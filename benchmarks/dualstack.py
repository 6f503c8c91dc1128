"""Per-address probing against the lab's dual-stack hosts. Prints figures; asserts nothing.

    .venv/bin/python -m benchmarks.dualstack [--rounds N]

Every A and AAAA address of a host is tried (probes/base.py). For a host with one address
(healthy), both families answering (dualstack) and a dead AAAA (v6dead): the sweep's wall time,
its slowest single probe and their ratio. Goal (issue 12): the sweep stays within 1.2 x its
slowest probe, however many addresses each probe tries.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

from diagnostics.runner import Options, build_context
from diagnostics.sweep import standard_endpoints, sweep
from tests.lab import Lab, start_lab
from tests.lab.dualstack import start_dualstack

HOSTS = ("healthy.lab.test", "dualstack.lab.test", "v6dead.lab.test")


async def one_round(lab: Lab, host: str) -> tuple[float, float, int]:
    ctx = await build_context(
        Options(dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=20.0)
    )
    endpoints = standard_endpoints(host)
    started = time.perf_counter()
    results = await sweep(endpoints, ctx)
    wall = time.perf_counter() - started
    slowest = max(r.elapsed_ms for r in results) / 1000
    return wall, slowest, sum(max(1, len(r.addresses)) for r in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    lab, stop = start_lab()
    stack = start_dualstack(lab.slot, lab.address("healthy"), lab.address("wrongname"))
    try:
        print(f"{'host':<20} {'connections':>11} {'sweep s':>8} {'slowest s':>9} {'ratio':>6}")
        for host in HOSTS:
            rounds = [asyncio.run(one_round(lab, host)) for _ in range(args.rounds)]
            wall = statistics.median(r[0] for r in rounds)
            slowest = statistics.median(r[1] for r in rounds)
            ratio = statistics.median(r[0] / r[1] for r in rounds if r[1])
            print(f"{host:<20} {rounds[0][2]:>11} {wall:>8.3f} {slowest:>9.3f} {ratio:>6.2f}")
        print("goal: ratio <= 1.2")
    finally:
        stack.stop()
        stop()


if __name__ == "__main__":
    main()
