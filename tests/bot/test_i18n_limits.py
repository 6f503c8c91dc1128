"""Discord's limits on the bot's fixed texts, in every language (issue 13): command names as
Discord accepts them, modal titles and labels within 45 characters, buttons within 80."""

from __future__ import annotations

import discord
import pytest
from discord import app_commands

from bot.translator import DISCORD_LOCALES, MailTranslator, discord_text
from diagnostics.i18n import LANGUAGES, messages

Location = app_commands.TranslationContextLocation
# Discord: a modal's title and a text input's label at most 45 characters, a placeholder 100, a
# button's label 80 (https://discord.com/developers/docs/components/reference).
MODAL = [
    "ui.bot.login.title",
    "ui.bot.login.address",
    "ui.bot.login.password",
    "ui.bot.login.token",
    "ui.bot.login.server",
    "ui.bot.login.port",
    "ui.bot.explain.title",
    "ui.bot.explain.label",
]
PLACEHOLDERS = [
    "ui.bot.login.password_hint",
    "ui.bot.login.token_hint",
    "ui.bot.explain.placeholder",
]
BUTTONS = [k for k in messages("en").all_keys() if k.startswith("ui.bot.button.")]
COMMAND_KEYS = sorted(k for k in messages("en").all_keys() if k.startswith("cmd."))


def _location(key: str) -> Location:
    if key == "cmd.menu.name" or key.startswith("cmd.choice."):
        return Location.choice_name
    if key.endswith(".name"):
        return Location.command_name
    return Location.command_description


@pytest.mark.parametrize("lang", LANGUAGES)
def test_component_texts_fit(lang: str) -> None:
    """Every modal title and label, placeholder and button label within Discord's limits."""
    t = messages(lang).text
    assert [k for k in MODAL if not 0 < len(t(k)) <= 45] == []
    assert [k for k in PLACEHOLDERS if not 0 < len(t(k)) <= 100] == []
    assert BUTTONS and [k for k in BUTTONS if not 0 < len(t(k)) <= 80] == []


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_every_translated_command_text_is_accepted(lang: str) -> None:
    """A translated command name or description that Discord would refuse fails here (the
    translator would silently show English instead)."""
    m = messages(lang)
    refused = [
        k
        for k in COMMAND_KEYS
        if m.text(k) != m.english(k) and discord_text(k, lang, _location(k)) is None
    ]
    assert refused == []


def test_english_names_obey_discord() -> None:
    """The English command names are lowercase, without spaces, at most 32 characters."""
    m = messages("en")
    names = [k for k in COMMAND_KEYS if k.endswith(".name") and k != "cmd.menu.name"]
    assert names and all(m.text(k) == m.text(k).lower() and " " not in m.text(k) for k in names)
    assert all(len(m.text(k)) <= 100 for k in COMMAND_KEYS)


async def test_translator_answers_per_locale() -> None:
    """The translator gives the catalog's German for de, None for English and unknown locales
    (Discord then shows the default)."""
    translator = MailTranslator()
    name = app_commands.locale_str("check", key="cmd.check.name")
    context = app_commands.TranslationContext(location=Location.command_name, data=None)
    german = await translator.translate(name, discord.Locale.german, context)
    expected = messages("de").text("cmd.check.name")
    assert german == (expected if expected != "check" else None)
    assert await translator.translate(name, discord.Locale.american_english, context) is None
    assert await translator.translate(name, discord.Locale.korean, context) is None
    assert set(DISCORD_LOCALES.values()) == set(LANGUAGES) - {"en"}
    plain = app_commands.locale_str("check")  # no key: never translated
    assert await translator.translate(plain, discord.Locale.german, context) is None
