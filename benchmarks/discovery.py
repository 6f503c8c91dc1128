"""Diagnose speed against the lab: wall time beside the critical path. Prints figures; asserts
nothing.

    .venv/bin/python -m benchmarks.discovery [--rounds N]

For each lab domain, one `diagnose()`; while it runs, each source's answer time and each probe's
own duration are recorded. The critical path is the latest "source answered + the slowest probe
it led to" (for guesses: the moment they were submitted + their slowest probe), measured from
the call, so set-up counts on both sides. Goal (issue 4): wall <= 1.2 x critical path, i.e.
probes start as soon as their source answers and nothing waits for the slowest source.
slowweb.lab.test has a source that hangs until its timeout while its SRV servers answer at once.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
from typing import Any

import diagnostics.diagnosis as diagnose_module
import diagnostics.finder as finder_module
from diagnostics.discovery.base import Lookup
from diagnostics.discovery.merge import key
from diagnostics.model import Endpoint
from diagnostics.options import Options
from tests.lab import Lab, start_lab

DOMAINS = (
    "srv.lab.test",
    "ac.lab.test",
    "ad.lab.test",
    "hosted.lab.test",
    "stale.lab.test",
    "lab.test",
    "google.lab.test",
    "slowweb.lab.test",
)
TIMEOUT = 10.0

Key = tuple[str, str, int, str]
_events: list[tuple[float, str, list[Key]]] = []
_t0 = 0.0


class _Timed(finder_module._Diagnosis):
    """Records when each source answered and which probes it led to."""

    def add(self, lookup: Lookup) -> None:
        keys = [key(e) for e in lookup.endpoints]
        _events.append((time.perf_counter() - _t0, lookup.source, keys))
        super().add(lookup)

    def submit(self, ep: Endpoint, source: str, *args: Any, **kwargs: Any) -> None:
        if source == "guess":
            _events.append((time.perf_counter() - _t0, "guess", [key(ep)]))
        super().submit(ep, source, *args, **kwargs)


async def one(lab: Lab, domain: str) -> tuple[float, float, str]:
    global _t0
    _events.clear()
    options = Options(dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=TIMEOUT)
    _t0 = time.perf_counter()
    report = await diagnose_module.diagnose(domain, options)
    wall = time.perf_counter() - _t0
    elapsed = {key(p.endpoint): p.elapsed_ms / 1000 for p in report.probes}
    paths: list[tuple[float, str]] = []
    for at, source, keys in _events:
        slowest = max((elapsed[k] for k in keys if k in elapsed), default=0.0)
        paths.append((at + slowest, source))
    critical, source = max(paths) if paths else (wall, "-")
    return wall, critical, source


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    lab, stop = start_lab()
    os.environ["MAILMEDIC_ISPDB_URL"] = lab.ispdb_url
    finder_module._Diagnosis = _Timed  # type: ignore[misc]
    ratios: list[float] = []
    try:
        print(f"{'domain':<20} {'wall s':>7} {'critical s':>10} {'ratio':>6}  critical source")
        for domain in DOMAINS:
            rows: list[Any] = [asyncio.run(one(lab, domain)) for _ in range(args.rounds)]
            wall = statistics.median(r[0] for r in rows)
            critical = statistics.median(r[1] for r in rows)
            ratio = wall / critical if critical else float("nan")
            ratios.append(ratio)
            print(f"{domain:<20} {wall:>7.3f} {critical:>10.3f} {ratio:>6.2f}  {rows[-1][2]}")
        print(
            f"median ratio {statistics.median(ratios):.2f}, worst {max(ratios):.2f} (goal <= 1.2)"
        )
    finally:
        stop()


if __name__ == "__main__":
    main()
