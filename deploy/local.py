"""`python -m deploy.local`: the services of deploy/compose.yaml as plain processes on loopback.

For a machine without a container engine (and for the end-to-end test of the topology): it reads
the same compose file and starts each service as a process of this machine, so what runs is the
file's topology, commands and environment, not a copy of them:

- the `redis` service becomes `redis-server` (Debian's package) on a free loopback port, with
  `--save '' --appendonly no` and a temporary directory, and every `REDIS_URL` points at it;
- `mailmedic-bot` / `mailmedic` entrypoints run as `python -m bot` / `python -m diagnostics`
  with this interpreter (`--bot-module` swaps the bot's module, e.g. for a Discord stand-in);
- each MAILMEDIC_HEALTH_PORT gets a free port of its own (in containers they all use 8080);
- `${VAR}`, `${VAR:-default}` and `${VAR:?message}` are filled from this environment, and
  `--env KEY=VALUE` adds to every service's environment.

Each line a service prints is printed with its name in front. Once every process has started, one
line `deploy.local: running {json}` names them with their pid and health port. It stops them all
(SIGTERM, then SIGKILL after 5 s) on SIGINT/SIGTERM or as soon as one of them exits
(`docker compose up --abort-on-container-exit`). Exit status: 0 after a stop by signal, 1 when a
service ended by itself, 2 for a file or an option it cannot use (one line on stderr).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import shutil
import signal
import socket
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

COMPOSE = Path(__file__).with_name("compose.yaml")
STOP_GRACE = 5.0
_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}")


class DeployError(Exception):
    """The compose file or an option cannot be used; the message says which."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def interpolate(text: str, env: Mapping[str, str]) -> str:
    """Compose's `${VAR}`, `${VAR:-default}`, `${VAR:?error}` (and `-`/`?` without the colon)."""

    def fill(match: re.Match[str]) -> str:
        name, op, arg = match.group(1), match.group(2), match.group(3) or ""
        value = env.get(name)
        empty = value is None or (op is not None and op.startswith(":") and value == "")
        if op is not None and op.endswith("-") and empty:
            return arg
        if op is not None and op.endswith("?") and empty:
            raise DeployError(f"{name}: {arg or 'must be set'}")
        return value or ""

    return _VAR.sub(fill, text)


@dataclass
class Service:
    name: str
    argv: list[str]
    env: dict[str, str]
    health_port: int | None = None
    process: asyncio.subprocess.Process | None = field(default=None, repr=False)


def load_compose(path: Path) -> dict[str, Any]:
    try:
        import yaml
    except ImportError:
        raise DeployError("PyYAML is needed to read the compose file: pip install pyyaml") from None
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DeployError(f"{path}: {exc.__class__.__name__}") from None
    if not isinstance(data, dict) or not isinstance(data.get("services"), dict):
        raise DeployError(f"{path}: no services")
    return data


def _words(value: Any, what: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise DeployError(f"{what}: give a list of strings")


def plan(
    compose: dict[str, Any],
    *,
    redis_url: str,
    environ: Mapping[str, str],
    extra_env: Mapping[str, str],
    bot_module: str = "bot",
) -> list[Service]:
    """The processes for every service but Redis, in the file's order."""
    services: list[Service] = []
    values = {**environ, **extra_env}
    for name, spec in compose["services"].items():
        if not isinstance(spec, dict):
            raise DeployError(f"service {name}: not a mapping")
        if str(spec.get("image", "")).startswith("redis"):
            continue
        words = _words(spec.get("entrypoint"), f"{name}.entrypoint")
        words += _words(spec.get("command"), f"{name}.command")
        if not words:
            raise DeployError(f"service {name}: no entrypoint or command")
        if words[0] == "mailmedic-bot":
            argv = [sys.executable, "-m", bot_module, *words[1:]]
        elif words[0] == "mailmedic":
            argv = [sys.executable, "-m", "diagnostics", *words[1:]]
        elif words[0] == "python":
            argv = [sys.executable, *words[1:]]
        else:
            raise DeployError(f"service {name}: cannot run {words[0]!r} without a container")
        env_spec = spec.get("environment") or {}
        if not isinstance(env_spec, dict):
            raise DeployError(f"service {name}: give environment as a mapping")
        env = {str(k): interpolate(str(v), values) for k, v in env_spec.items()}
        env.update(extra_env)
        if "REDIS_URL" in env:
            env["REDIS_URL"] = redis_url
        health: int | None = None
        if "MAILMEDIC_HEALTH_PORT" in env:
            health = free_port()
            env["MAILMEDIC_HEALTH_PORT"] = str(health)
        services.append(Service(name=name, argv=argv, env=env, health_port=health))
    return services


class RedisProcess:
    """Debian's redis-server in the foreground on a free loopback port, nothing saved to disk."""

    def __init__(self) -> None:
        self.port = 0
        self.process: asyncio.subprocess.Process | None = None
        self._dir: str | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    async def start(self, timeout: float = 10.0) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise DeployError("no redis-server here (Debian: apt-get install redis-server)")
        self._dir = tempfile.mkdtemp(prefix="mailmedic-redis-")
        for _ in range(3):  # the free port may be taken between our check and its bind
            self.port = free_port()
            self.process = await asyncio.create_subprocess_exec(
                binary, "--bind", "127.0.0.1", "--port", str(self.port), "--save", "",
                "--appendonly", "no", "--dir", self._dir, "--daemonize", "no",
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
            )  # fmt: skip
            assert self.process.stdout is not None
            async with asyncio.timeout(timeout):
                while line := await self.process.stdout.readline():
                    if b"Ready to accept connections" in line:
                        asyncio.get_running_loop().create_task(_drain(self.process.stdout))
                        return
            await self.process.wait()
        raise DeployError("redis-server did not start (see its output)")

    def kill(self) -> None:
        """SIGKILL: Redis going away at once, as a crashed server does."""
        if self.process is not None and self.process.returncode is None:
            self.process.kill()

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.terminate()
            try:
                async with asyncio.timeout(STOP_GRACE):
                    await self.process.wait()
            except TimeoutError:
                self.process.kill()
                await self.process.wait()
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None


async def _drain(stream: asyncio.StreamReader) -> None:
    while await stream.readline():
        pass


async def _relay(service: Service) -> None:
    assert service.process is not None and service.process.stdout is not None
    while line := await service.process.stdout.readline():
        sys.stdout.write(f"{service.name} | {line.decode('utf-8', 'replace').rstrip()}\n")
        sys.stdout.flush()


async def _stop(services: Sequence[Service]) -> None:
    running = [s.process for s in services if s.process and s.process.returncode is None]
    for process in running:
        with contextlib.suppress(ProcessLookupError):
            process.terminate()
    for process in running:
        try:
            async with asyncio.timeout(STOP_GRACE):
                await process.wait()
        except TimeoutError:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            await process.wait()


async def run(args: argparse.Namespace) -> int:
    compose = load_compose(Path(args.file))
    extra: dict[str, str] = {}
    for item in args.env:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise DeployError(f"--env {item!r}: give KEY=VALUE")
        extra[key] = value
    redis = RedisProcess()
    await redis.start()
    services = plan(
        compose, redis_url=redis.url, environ=os.environ, extra_env=extra,
        bot_module=args.bot_module,
    )  # fmt: skip
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    relays: list[asyncio.Task[None]] = []
    status = 0
    try:
        base = {k: v for k, v in os.environ.items() if not k.startswith(("MAILMEDIC_", "REDIS_"))}
        for service in services:
            service.process = await asyncio.create_subprocess_exec(
                *service.argv, env={**base, **service.env}, stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
            relays.append(loop.create_task(_relay(service)))
        summary = {
            "redis": {"url": redis.url, "pid": redis.process.pid if redis.process else None},
            **{
                s.name: {"pid": s.process.pid if s.process else None, "health_port": s.health_port}
                for s in services
            },
        }
        print(f"deploy.local: running {json.dumps(summary)}", flush=True)
        waits = {loop.create_task(s.process.wait()): s for s in services if s.process}
        stopper = loop.create_task(stop.wait())
        done, _ = await asyncio.wait({stopper, *waits}, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            if task in waits:
                service = waits[task]
                print(f"deploy.local: {service.name} exited with {task.result()}", flush=True)
                status = 1
        stopper.cancel()
        for task in waits:
            task.cancel()
    finally:
        await _stop(services)
        await redis.stop()
        for relay in relays:
            with contextlib.suppress(asyncio.TimeoutError, asyncio.CancelledError):
                await asyncio.wait_for(relay, 2)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m deploy.local", description=__doc__)
    parser.add_argument("--file", default=str(COMPOSE), help="the compose file (default: ours)")
    parser.add_argument("--env", action="append", default=[], metavar="KEY=VALUE",
                        help="add to every service's environment (repeatable)")  # fmt: skip
    parser.add_argument("--bot-module", default="bot", help="module run for mailmedic-bot")
    args = parser.parse_args(argv)
    try:
        return asyncio.run(run(args))
    except DeployError as exc:
        print(f"deploy.local: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
