"""Command names and descriptions in the person's Discord language (discord.py's
`app_commands.Translator`, run when the commands are synced).

Every name and description in bot/commands.py is a `locale_str` with a `key` (cmd.*) into the
message catalog (diagnostics/locale/). For each language we speak, the translator answers with
the catalog's text where a translation exists and obeys Discord's rules (a localized command or
option name: lowercase, 1-32 characters, no spaces; a description: 1-100 characters; a choice
name or context-menu name: 1-32 or 1-100); otherwise None, and Discord shows the English.
"""

from __future__ import annotations

import re

import discord
from discord import app_commands

from diagnostics.i18n import DEFAULT, from_discord, messages

__all__ = ["DISCORD_LOCALES", "MailTranslator", "discord_text"]

# Discord's locales for our languages (https://discord.com/developers/docs/reference#locales).
DISCORD_LOCALES = {
    discord.Locale.german: "de",
    discord.Locale.french: "fr",
    discord.Locale.spain_spanish: "es",
    discord.Locale.italian: "it",
    discord.Locale.dutch: "nl",
    discord.Locale.brazil_portuguese: "pt_BR",
    discord.Locale.polish: "pl",
    discord.Locale.japanese: "ja",
}
# Discord's rule for command and option names: lowercase letters of any script, digits, - and _.
_NAME = re.compile(r"^[-_\w]{1,32}$")
_LIMITS = {
    app_commands.TranslationContextLocation.command_name: 32,
    app_commands.TranslationContextLocation.group_name: 32,
    app_commands.TranslationContextLocation.parameter_name: 32,
    app_commands.TranslationContextLocation.command_description: 100,
    app_commands.TranslationContextLocation.group_description: 100,
    app_commands.TranslationContextLocation.parameter_description: 100,
    app_commands.TranslationContextLocation.choice_name: 100,
}
_NAMES = frozenset(
    {
        app_commands.TranslationContextLocation.command_name,
        app_commands.TranslationContextLocation.group_name,
        app_commands.TranslationContextLocation.parameter_name,
    }
)


def discord_text(
    key: str, lang: str, location: app_commands.TranslationContextLocation
) -> str | None:
    """The catalog's text of `key` in `lang` if it is translated and Discord would take it."""
    if lang == DEFAULT:
        return None
    m = messages(lang)
    if not m.has(key):
        return None
    text = m.text(key)
    if text == m.english(key):
        return None  # not translated: Discord shows the default
    if location in _NAMES and (text != text.lower() or not _NAME.match(text)):
        return None
    if len(text) > _LIMITS.get(location, 100):
        return None
    return text


class MailTranslator(app_commands.Translator):
    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        key = string.extras.get("key")
        lang = DISCORD_LOCALES.get(locale) or from_discord(locale)
        if not isinstance(key, str) or lang is None:
            return None
        return discord_text(key, lang, context.location)
