"""`python -m bot`: run the bot. `python -m bot sync [--guild ID]`: register its commands, exit.

    python -m bot                 run (shards from MAILMEDIC_SHARD_IDS / MAILMEDIC_SHARD_COUNT)
    python -m bot --sync          run, and sync the commands globally first
    python -m bot sync            sync the commands globally, then exit (once per release)
    python -m bot sync --guild ID sync them to one guild only (instant; for testing)
    python -m bot --no-workers    only enqueue diagnoses for `mailmedic worker`s (needs REDIS_URL;
                                  the same as MAILMEDIC_WORKERS=0)

Configuration comes from the environment and `.env` (see .env.example).

With no DISCORD_TOKEN it runs in console mode (bot/console.py): each line typed is answered as
the bot would answer it in the support channel, until end of input or /quit.

Exit status: 0 after a clean stop; 2 for a configuration Discord or we refuse (a token of the
wrong shape, a token Discord rejects as revoked, `sync` without a token); 3 when Discord cannot be
reached; 130 on Ctrl-C. Each failure is one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import sys
from collections.abc import Awaitable, Sequence
from typing import NoReturn

from bot.config import TOKEN_HELP, Config, ConfigError, check_token

EXIT_CONFIG = 2
EXIT_UNREACHABLE = 3


class StartupError(Exception):
    """The bot cannot start: a one-line reason and the exit status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, unprintable characters escaped (argparse copies argv into its messages).
        text = "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in message)
        self.exit(EXIT_CONFIG, f"mailmedic bot: {text} (see python -m bot --help)\n")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = Parser(prog="python -m bot", description="Run the mailmedic bot.")
    parser.add_argument("action", nargs="?", choices=["run", "sync"], default="run")
    parser.add_argument("--sync", action="store_true", help="sync commands globally at start")
    parser.add_argument("--guild", type=int, help="with sync: sync to this guild only")
    parser.add_argument(
        "--no-workers",
        action="store_true",
        help="run no diagnosis here: enqueue them for `mailmedic worker`s (needs REDIS_URL)",
    )
    return parser.parse_args(argv)


async def connected(step: Awaitable[None]) -> None:
    """Run a step that talks to Discord; its failures become one-line StartupErrors."""
    import aiohttp
    import discord

    try:
        await step
    except discord.LoginFailure:
        raise StartupError(
            "Discord refused DISCORD_TOKEN (401): it was reset or revoked; "
            "copy a new one from the Bot page of the Developer Portal",
            EXIT_CONFIG,
        ) from None
    except discord.PrivilegedIntentsRequired:
        raise StartupError(
            "Discord refused an intent the bot did not ask for; check the Bot page", EXIT_CONFIG
        ) from None
    except (aiohttp.ClientConnectionError, discord.GatewayNotFound, OSError, TimeoutError) as exc:
        reason = getattr(exc, "strerror", None) or exc.__class__.__name__
        raise StartupError(f"cannot reach Discord ({reason})", EXIT_UNREACHABLE) from None
    except discord.HTTPException as exc:
        raise StartupError(
            f"Discord answered {exc.status} at start-up; try again later", EXIT_UNREACHABLE
        ) from None


async def sync_only(config: Config, guild_id: int | None) -> int:
    """Log in over HTTP only (no gateway), sync the command tree, log out."""
    from bot.app import create_bot

    assert config.token is not None
    token = config.token
    # setup_hook must not sync (no development guild here): the one sync is below.
    bot = create_bot(dataclasses.replace(config, guild_id=None))

    async def steps() -> None:
        await bot.login(token)
        await bot.sync_commands(guild_id=guild_id, everywhere=guild_id is None)

    async with bot:
        await connected(steps())
    return 0


async def run_bot(config: Config, *, sync_global: bool) -> int:
    """Start the bot and run until it is stopped; not `bot.run()`, whose own error handling
    prints aiohttp's tracebacks for a revoked token or an unreachable Discord."""
    from bot.app import create_bot

    assert config.token is not None
    bot = create_bot(config, sync_global=sync_global)
    health = None
    if config.health_port is not None:
        from diagnostics.scale.health import HealthServer

        async def alive() -> tuple[bool, str]:
            shards = bot.shards
            if bot.is_closed() or not shards or any(s.is_closed() for s in shards.values()):
                return False, "not connected to Discord"
            state = bot.diagnoser.state
            if state is not None and not await state.ping():
                return False, "Redis does not answer"
            return True, f"shards {sorted(bot.shards)} ready"

        health = HealthServer(alive, role=process_role(config), port=config.health_port)
        await health.start()
    try:
        async with bot:
            await connected(bot.start(config.token))
    finally:
        if health is not None:
            await health.stop()
    return 0


def process_role(config: Config) -> str:
    """What each log line of this process says it is: its shards (several processes share one
    bot, README "Running at scale")."""
    shards = ",".join(map(str, config.shard_ids)) if config.shard_ids is not None else "all"
    queue = " queue-only" if config.enqueue_only else ""
    return f"shards={shards}{queue}"


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        config = Config.load()
        if args.no_workers:
            if config.redis_url is None:
                raise ConfigError("--no-workers (only enqueue diagnoses) needs REDIS_URL")
            config = dataclasses.replace(config, enqueue_only=True)
        if config.token:
            check_token(config.token)  # before any connection: a typo is not a 401
    except ConfigError as exc:
        print(f"mailmedic bot: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    if not config.token:
        if args.action == "sync":
            print(TOKEN_HELP, file=sys.stderr, end="")
            return EXIT_CONFIG
        # Nothing configured: the console mode (bot/console.py), the same answers in a
        # terminal, with a pointer to what Discord needs.
        from bot.console import run_console

        try:
            return asyncio.run(run_console(config))
        except KeyboardInterrupt:
            return 130

    from bot.logs import configure_logging

    configure_logging(config.log_level, role=process_role(config))
    try:
        if args.action == "sync":
            return asyncio.run(sync_only(config, args.guild))
        return asyncio.run(run_bot(config, sync_global=args.sync))
    except StartupError as exc:
        print(f"mailmedic bot: {exc}", file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        print("mailmedic bot: stopped", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
