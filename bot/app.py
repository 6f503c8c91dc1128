"""The bot itself: an AutoShardedBot with the /mail group, built once with its dependencies.

Sharding: MAILMEDIC_SHARD_COUNT (and MAILMEDIC_SHARD_IDS, this process's share) let several
processes, on several machines, run one bot; without them discord.py asks Discord how many
shards to run. Commands are synced only on request (`python -m bot sync`, or `--sync`), or to the
development guild (DISCORD_GUILD_ID) at start, where the sync is instant.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord
from discord.ext import commands

from bot.commands import MailGroup, message_menu
from bot.config import Config
from bot.flow import Handlers
from bot.screenshots import Screenshots
from bot.service import Diagnoser

log = logging.getLogger(__name__)
IDENTIFY_INTERVAL = 5.0  # Discord: one IDENTIFY per 5 s (per max_concurrency bucket)


class MailBot(commands.AutoShardedBot):
    def __init__(
        self,
        config: Config,
        diagnoser: Diagnoser,
        *,
        sync_global: bool = False,
        identify_interval: float = IDENTIFY_INTERVAL,
        screenshots: Screenshots | None = None,
        **client_options: Any,
    ) -> None:
        if config.shard_count is not None:
            client_options.setdefault("shard_count", config.shard_count)
        if config.shard_ids is not None:
            client_options.setdefault("shard_ids", list(config.shard_ids))
        # The bot never joins a voice channel: discord.py's warnings that PyNaCl and davey are
        # missing (voice would not work) would only alarm whoever starts it.
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            # Slash commands need no privileged intent; "guilds" keeps discord.py's state sane.
            intents=discord.Intents(guilds=True),
            allowed_mentions=discord.AllowedMentions.none(),
            **client_options,
        )
        self.config = config
        self.diagnoser = diagnoser
        self.handlers = Handlers(config, diagnoser, screenshots=screenshots)
        self.sync_global = sync_global
        self.identify_interval = identify_interval
        self._started_at: float | None = None

    async def setup_hook(self) -> None:
        self._started_at = asyncio.get_running_loop().time()
        from bot.translator import MailTranslator

        await self.tree.set_translator(MailTranslator())  # command names in nine languages
        self.tree.add_command(MailGroup(self.handlers))
        self.tree.add_command(message_menu(self.handlers))
        self.tree.on_error = self.on_tree_error  # type: ignore[method-assign]
        await self.sync_commands(guild_id=self.config.guild_id, everywhere=self.sync_global)

    async def sync_commands(self, *, guild_id: int | None, everywhere: bool) -> None:
        if guild_id is not None:
            guild = discord.Object(id=guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to guild %s", len(synced), guild_id)
        if everywhere:
            synced = await self.tree.sync()
            log.info("synced %d global commands (may take up to an hour to appear)", len(synced))

    async def on_tree_error(
        self, interaction: discord.Interaction[Any], error: discord.app_commands.AppCommandError
    ) -> None:
        """Errors outside the commands' own funnel (checks, transformers): same funnel."""
        cause = (
            error.original if isinstance(error, discord.app_commands.CommandInvokeError) else error
        )
        name = interaction.command.qualified_name if interaction.command else "unknown"
        await self.handlers.report_error(interaction, cause, name)

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """With MAILMEDIC_SHARD_IDS, several processes share the bot: shard N identifies in the
        N-th slot of `identify_interval` seconds after start, so processes started together never
        identify at once (Discord allows one IDENTIFY per 5 s per concurrency bucket and answers
        INVALID_SESSION otherwise). One process alone keeps discord.py's own pacing."""
        if self.config.shard_ids is None or shard_id is None or self._started_at is None:
            await super().before_identify_hook(shard_id, initial=initial)
            return
        loop = asyncio.get_running_loop()
        delay = self._started_at + self.identify_interval * shard_id - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)

    async def close(self) -> None:
        await super().close()
        await self.handlers.store.close()

    async def on_shard_ready(self, shard_id: int) -> None:
        log.info("shard %s ready (of %s)", shard_id, self.shard_count)


def create_bot(
    config: Config, diagnoser: Diagnoser | None = None, **client_options: Any
) -> MailBot:
    return MailBot(config, diagnoser or Diagnoser(config), **client_options)
