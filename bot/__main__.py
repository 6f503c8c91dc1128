"""`python -m bot`: run the bot. `python -m bot sync [--guild ID]`: register its commands, exit.

    python -m bot                 run (shards from MAILMEDIC_SHARD_IDS / MAILMEDIC_SHARD_COUNT)
    python -m bot --sync          run, and sync the commands globally first
    python -m bot sync            sync the commands globally, then exit (once per release)
    python -m bot sync --guild ID sync them to one guild only (instant; for testing)

Configuration comes from the environment and `.env` (see .env.example).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import sys
from collections.abc import Sequence

from bot.config import TOKEN_HELP, Config, ConfigError


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Run the mailmedic bot.")
    parser.add_argument("action", nargs="?", choices=["run", "sync"], default="run")
    parser.add_argument("--sync", action="store_true", help="sync commands globally at start")
    parser.add_argument("--guild", type=int, help="with sync: sync to this guild only")
    return parser.parse_args(argv)


async def sync_only(config: Config, guild_id: int | None) -> int:
    """Log in over HTTP only (no gateway), sync the command tree, log out."""
    from bot.app import create_bot

    assert config.token is not None
    # setup_hook must not sync (no development guild here): the one sync is below.
    bot = create_bot(dataclasses.replace(config, guild_id=None))
    async with bot:
        await bot.login(config.token)
        await bot.sync_commands(guild_id=guild_id, everywhere=guild_id is None)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        config = Config.load()
    except ConfigError as exc:
        print(f"mailmedic bot: {exc}", file=sys.stderr)
        return 2
    if not config.token:
        print(TOKEN_HELP, file=sys.stderr, end="")
        return 2

    from bot.logs import configure_logging

    configure_logging(config.log_level)
    if args.action == "sync":
        return asyncio.run(sync_only(config, args.guild))

    from bot.app import create_bot

    bot = create_bot(config, sync_global=args.sync)
    # log_handler=None: logging is configured above (discord.py's loggers kept at INFO).
    bot.run(config.token, log_handler=None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
