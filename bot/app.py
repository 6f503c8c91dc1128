"""The bot itself: an AutoShardedBot with the /mail group, built once with its dependencies.

Sharding: MAILMEDIC_SHARD_COUNT (and MAILMEDIC_SHARD_IDS, this process's share) let several
processes, on several machines, run one bot; without them discord.py asks Discord how many
shards to run. Commands are synced only on request (`python -m bot sync`, or `--sync`), or to the
development guild (DISCORD_GUILD_ID) at start, where the sync is instant.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

import discord
from discord.ext import commands

from bot.commands import MailGroup, message_menu
from bot.config import Config
from bot.flow import Handlers
from bot.screenshots import Screenshots
from bot.service import Diagnoser

if TYPE_CHECKING:
    from bot.shared import SharedState

log = logging.getLogger(__name__)


class MailBot(commands.AutoShardedBot):
    def __init__(
        self,
        config: Config,
        diagnoser: Diagnoser,
        *,
        sync_global: bool = False,
        identify_interval: float | None = None,
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
        self.identify_interval = (
            identify_interval if identify_interval is not None else config.identify_interval
        )
        self._started_at: float | None = None
        self._max_concurrency: int | None = None

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
        state = self.diagnoser.state
        if state is not None and shard_id is not None:
            await self._identify_shared(state, shard_id)
            return
        if self.config.shard_ids is None or shard_id is None or self._started_at is None:
            await super().before_identify_hook(shard_id, initial=initial)
            return
        loop = asyncio.get_running_loop()
        delay = self._started_at + self.identify_interval * shard_id - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)

    async def _identify_shared(self, state: SharedState, shard_id: int) -> None:
        """With REDIS_URL: Discord's own rule for every process of the bot. The bucket is
        `shard_id % max_concurrency` (session_start_limit of GET /gateway/bot) and each bucket
        has one IDENTIFY slot per `identify_interval` seconds, taken in Redis (bot/shared.py)."""
        if self._max_concurrency is None:
            try:
                limits = await self.fetch_session_start_limits()
                self._max_concurrency = max(1, int(limits.max_concurrency))
            except (discord.HTTPException, discord.GatewayNotFound, OSError) as exc:
                log.warning("session start limits unknown (%s): one bucket", exc)
                self._max_concurrency = 1
        bucket = shard_id % self._max_concurrency
        interval = self.identify_interval
        # Bounded: every shard of the bot before this one may hold a slot of this bucket.
        limit = interval * ((self.shard_count or 1) + 1)
        try:
            waited = await state.identify.wait(
                bucket, interval, who=f"shard {shard_id}", limit=limit
            )
        except Exception as exc:  # Redis gone: pace ourselves as a lone process would
            log.warning("IDENTIFY slot not shared (Redis: %s)", exc.__class__.__name__)
            await asyncio.sleep(interval)
            return
        log.info("shard %s identifies (bucket %d, waited %.1f s)", shard_id, bucket, waited)

    async def close(self) -> None:
        await super().close()
        await self.handlers.store.close()
        await self.diagnoser.close()

    async def on_shard_ready(self, shard_id: int) -> None:
        log.info("shard %s ready (of %s)", shard_id, self.shard_count)


def create_bot(
    config: Config, diagnoser: Diagnoser | None = None, **client_options: Any
) -> MailBot:
    return MailBot(config, diagnoser or Diagnoser(config), **client_options)
