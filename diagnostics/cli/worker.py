"""`mailmedic worker`: run the diagnoses bots enqueue on Redis (README, "Running at scale").

Only arguments here; the worker itself is diagnostics/scale/worker.py, imported when it runs.
"""

from __future__ import annotations

import argparse
import os
import sys

from diagnostics.cli.common import fail, options_from

TYPE_CHECKING = False  # typing costs `--help` a few ms; mypy reads any TYPE_CHECKING as true
if TYPE_CHECKING:
    from typing import Any

EXIT_UNREACHABLE = 3


def register(sub: Any, *, full: bool = True) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "worker",
        help="run queued diagnoses for bots started with MAILMEDIC_WORKERS=0",
        description="Run the diagnoses that bots enqueue on Redis, until SIGTERM.",
    )
    if not full:
        return parser  # another command runs: its name and help are enough
    parser.add_argument("--redis", metavar="URL", help="the bots' Redis (default: REDIS_URL)")
    parser.add_argument(
        "--jobs", type=int, default=20, metavar="N", help="diagnoses at once (default 20)"
    )
    parser.add_argument(
        "--health-port", type=int, metavar="PORT",
        help="answer GET http://127.0.0.1:PORT/healthz (default: MAILMEDIC_HEALTH_PORT)",
    )  # fmt: skip
    parser.add_argument(
        "--timeout", type=float, default=None, metavar="SECONDS",
        help="the longest diagnosis a job may ask for (default 20, or MAILMEDIC_TIMEOUT)",
    )  # fmt: skip
    parser.add_argument("--dns", metavar="HOST[:PORT]", help="DNS server (MAILMEDIC_DNS)")
    parser.add_argument("--cafile", metavar="PEM", help="extra CA certificates (MAILMEDIC_CAFILE)")
    parser.add_argument(
        "--allow-private", action="store_true", help="allow private and loopback targets (labs)"
    )
    return parser


def _given(**values: float | None) -> dict[str, float]:
    return {k: v for k, v in values.items() if v is not None}


def main(args: argparse.Namespace) -> int:
    import asyncio
    import logging

    from diagnostics.policy import InvalidTarget

    url = args.redis or os.environ.get("REDIS_URL", "").strip()
    if not url:
        return fail("worker: give --redis URL or set REDIS_URL")
    if not url.startswith(("redis://", "rediss://", "unix://")):
        return fail("worker: the Redis URL must start with redis://, rediss:// or unix://")
    if not 1 <= args.jobs <= 1000:
        return fail(f"worker: --jobs {args.jobs}: give 1 to 1000")
    port = args.health_port
    if port is None and os.environ.get("MAILMEDIC_HEALTH_PORT", "").strip():
        raw = os.environ["MAILMEDIC_HEALTH_PORT"].strip()
        if not (raw.isascii() and raw.isdigit()):
            return fail(f"MAILMEDIC_HEALTH_PORT={raw!r} is not a port number")
        port = int(raw)
    try:
        options = options_from(args)
    except InvalidTarget as exc:
        return fail(str(exc))
    from diagnostics.scale.worker import serve, worker_id

    level = os.environ.get("MAILMEDIC_LOG_LEVEL", "INFO").upper()
    logging.basicConfig(
        level=getattr(logging, level, logging.INFO),
        format=f"%(asctime)s %(levelname)s worker={worker_id()} %(name)s %(message)s",
        stream=sys.stderr,
    )
    raw_grace = os.environ.get("MAILMEDIC_JOB_GRACE", "").strip()
    try:
        grace = float(raw_grace) if raw_grace else None
    except ValueError:
        return fail(f"MAILMEDIC_JOB_GRACE={raw_grace!r} is not a number of seconds")
    try:
        return asyncio.run(
            serve(url, options, jobs=args.jobs, health_port=port, **_given(grace=grace))
        )
    except ConnectionError as exc:
        sys.stderr.write(f"mailmedic: worker: {exc}\n")
        return EXIT_UNREACHABLE
    except KeyboardInterrupt:
        return 130
