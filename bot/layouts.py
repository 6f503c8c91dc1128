"""Components V2 messages (discord.py ≥ 2.6 `ui.LayoutView`): for replies sent at once.

A V2 message (flag IS_COMPONENTS_V2, 1 << 15) is built from containers and text displays: on a
phone its text runs the screen's full width and headings replace an embed's small field names.
Such a message carries no content and no embeds, and a deferred response cannot set the flag,
so it fits the replies sent at once (help). Diagnoses stay embeds: their reply is deferred
within Discord's 3 s and then edited as probes finish; the stand-in cannot tell whether Discord
accepts that edit turning the message into V2, and the ephemeral notices, the shared post and
the progress edits go through the same edit path.
"""

from __future__ import annotations

import discord

from bot.language import texts
from bot.render import WORKING, help_topics


class HelpLayout(discord.ui.LayoutView):
    """/mail help: one container, a heading per topic, in the reader's language."""

    def __init__(self, lang: str = "en") -> None:
        super().__init__(timeout=None)
        t = texts(lang).text
        container: discord.ui.Container[HelpLayout] = discord.ui.Container(accent_colour=WORKING)
        container.add_item(
            discord.ui.TextDisplay(f"## {t('ui.bot.help.title')}\n{t('ui.bot.help.start')}")
        )
        for name, value in help_topics(lang):
            container.add_item(discord.ui.Separator())
            container.add_item(discord.ui.TextDisplay(f"### {name}\n{value}"))
        self.add_item(container)


__all__ = ["HelpLayout"]
