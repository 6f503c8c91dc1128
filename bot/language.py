"""The language of a reply: the person's Discord language, else the server's, else English.

Discord sends every interaction's `locale` (the language the person set in their client). We
answer in it when it is one of ours (diagnostics/i18n.py: de, fr, es-ES, it, nl, pt-BR, pl, ja
and English); otherwise in the language a server's managers chose with `/mail config language`;
otherwise in English. Nothing is global: each reply takes its language from its interaction, so
people in one guild are answered in different languages at the same time.
"""

from __future__ import annotations

from typing import Any

from bot.store import GuildSettings
from diagnostics.i18n import DEFAULT, LANGUAGES, Messages, from_discord, messages, normalize

__all__ = ["LANGUAGE_NAMES", "language_of", "texts"]

# Each language by its own name, for /mail config's choices and card.
LANGUAGE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "nl": "Nederlands",
    "pt_BR": "Português (Brasil)",
    "pl": "Polski",
    "ja": "日本語",
}
assert set(LANGUAGE_NAMES) == set(LANGUAGES)


def language_of(interaction: Any, settings: GuildSettings | None = None) -> str:
    """The language to answer `interaction` in."""
    spoken = from_discord(getattr(interaction, "locale", None))
    if spoken is not None:
        return spoken
    if settings is not None and settings.language:
        return normalize(settings.language)
    return DEFAULT


def texts(lang: str | Messages) -> Messages:
    return lang if isinstance(lang, Messages) else messages(lang)
