"""Probe many endpoints at once under one deadline, with bounded concurrency and progress events."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence

from diagnostics.frozen import frozen
from diagnostics.model import Endpoint, ProbeResult, Protocol
from diagnostics.ports import STANDARD  # the sweep's plan: the one port table
from diagnostics.probes import ProbeContext, probe

DEFAULT_CONCURRENCY = 16


def standard_endpoints(
    host: str, *, protocols: Iterable[Protocol] | None = None, username: str | None = None
) -> list[Endpoint]:
    wanted = set(protocols) if protocols is not None else set(Protocol)
    return [
        Endpoint(protocol=p, host=host, port=port, security=s, username=username)
        for p, port, s in STANDARD
        if p in wanted
    ]


@frozen
class ProbeFinished:
    """A progress event: one probe ended (the CLI prints it on stderr; the bot edits its reply)."""

    result: ProbeResult
    done: int
    total: int


ProgressCallback = Callable[[ProbeFinished], None]


async def sweep(
    endpoints: Sequence[Endpoint],
    ctx: ProbeContext,
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    on_progress: ProgressCallback | None = None,
) -> tuple[ProbeResult, ...]:
    """Every endpoint probed, results in the order given. The deadline is `ctx.deadline`."""
    unique = list(dict.fromkeys(endpoints))
    gate = asyncio.Semaphore(concurrency)
    done = 0

    async def one(endpoint: Endpoint) -> ProbeResult:
        nonlocal done
        async with gate:
            result = await probe(endpoint, ctx)
        done += 1
        if on_progress is not None:
            on_progress(ProbeFinished(result=result, done=done, total=len(unique)))
        return result

    # A TaskGroup, not gather: a probe never raises for a fault, so an exception is a bug, and
    # then no sibling may be left running.
    async with asyncio.TaskGroup() as group:
        tasks = {e: group.create_task(one(e)) for e in unique}
    return tuple(tasks[e].result() for e in endpoints)
