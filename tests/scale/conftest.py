"""Fixtures for the scale-out tests: a real redis-server per test, and small loopback servers.

Each test gets its own `redis-server` (Debian's package) on a free loopback port, in a temporary
directory, saving nothing (`--save '' --appendonly no`), started by deploy/local.py's
RedisProcess (the same code `python -m deploy.local` uses) and stopped after the test; a test may
kill it on purpose. The package's own system service is never used (.ci/setup-tests masks it).
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from deploy.local import RedisProcess

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def redis_server() -> AsyncIterator[RedisProcess]:
    server = RedisProcess()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


class Listener:
    """A TCP server on 127.0.0.1 (or `host`) that counts connections and notes where each came
    from; `silent` ones never answer (a probe waits for its timeout), else each is forwarded to
    `upstream` (a lab server)."""

    def __init__(self, upstream: tuple[str, int] | None = None, host: str = "127.0.0.1") -> None:
        self.upstream = upstream
        self.host = host
        self.connections = 0
        self.peers: list[str] = []  # the client address of each connection
        self.connected = asyncio.Event()
        self.port = 0
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, self.host, 0)
        self.port = int(self._server.sockets[0].getsockname()[1])

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self.peers.append(str(writer.get_extra_info("peername")[0]))
        self.connected.set()
        try:
            if self.upstream is None:
                await reader.read()  # silence until the client gives up
                return
            up_reader, up_writer = await asyncio.open_connection(*self.upstream)

            async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
                try:
                    while data := await src.read(65536):
                        dst.write(data)
                        await dst.drain()
                finally:
                    dst.close()

            await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer),
                                 return_exceptions=True)  # fmt: skip
        except OSError:
            pass
        finally:
            writer.close()

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None


@pytest.fixture
async def silent() -> AsyncIterator[Listener]:
    listener = Listener()
    await listener.start()
    yield listener
    await listener.stop()


class Worker:
    """`mailmedic worker` in a process of its own (python -m diagnostics worker)."""

    def __init__(self, process: asyncio.subprocess.Process, name: str) -> None:
        self.process = process
        self.name = name
        self.lines: list[str] = []
        self.ready = asyncio.Event()
        self._reader = asyncio.get_running_loop().create_task(self._read())

    async def _read(self) -> None:
        assert self.process.stderr is not None
        while line := await self.process.stderr.readline():
            text = line.decode(errors="replace").rstrip()
            self.lines.append(text)
            if " ready: " in text:
                self.ready.set()

    def kill(self) -> None:
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGKILL)

    async def stop(self) -> None:
        if self.process.returncode is None:
            self.process.terminate()
        try:
            await asyncio.wait_for(self.process.wait(), 10)
        except TimeoutError:
            self.process.kill()
            await self.process.wait()
        await asyncio.wait({self._reader}, timeout=2)


async def start_worker(url: str, name: str, env: dict[str, str]) -> Worker:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("MAILMEDIC_", "REDIS_"))}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "diagnostics", "worker", "--redis", url, cwd=ROOT,
        env={**base, "PYTHONPATH": str(ROOT), "MAILMEDIC_WORKER_ID": name, **env},
        stderr=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    worker = Worker(process, name)
    await asyncio.wait_for(worker.ready.wait(), 30)
    return worker


@pytest.fixture
async def workers() -> AsyncIterator[list[Worker]]:
    """Started workers are stopped after the test (start them with start_worker)."""
    started: list[Worker] = []
    yield started
    for worker in started:
        await worker.stop()


# The bot tests' fixtures (the Discord stand-in and the real bot logged in to it).
from tests.bot.conftest import harness, make_bot  # noqa: E402, F401
