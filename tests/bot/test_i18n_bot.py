"""The bot answers in the person's Discord language (issue 13): card, buttons, progress, help.

The expected words are read from the catalogs themselves (the translators' once merged, the
stand-ins in tests/fixtures/locale until then), and each must differ from the English, so a
reply that fell back to English fails.
"""

from __future__ import annotations

import re
from typing import Any

from diagnostics.i18n import messages
from tests.bot.conftest import Harness
from tests.bot.standin import MANAGER_PERMISSIONS, custom_ids
from tests.lab import Lab


def _check(lab: Lab, port: int = 993) -> dict[str, Any]:
    return {"protocol": "imap", "host": lab.host("healthy"), "port": port, "security": "tls"}


def _translated(lang: str, key: str) -> str:
    text = messages(lang).text(key)
    assert text != messages("en").text(key), f"{key} is not translated into {lang}"
    return text


async def test_german_interaction_gets_a_german_answer(harness: Harness, lab: Lab) -> None:
    """locale de: the verdict, the card's fields and the footer are German, as is progress."""
    h = harness
    payload = await h.send(h.standin.slash("check", _check(lab), locale="de"))
    final = await h.final(payload)
    embed = final.embeds()[0]
    works = _translated("de", "verdict.check.works").format(protocol="IMAP")
    assert works in embed["description"], embed["description"]
    assert _translated("de", "ui.bot.footer.details") in embed["footer"]["text"]
    card = embed["description"]
    assert _translated("de", "ui.card.security") in card
    assert "Incoming server" not in card and "Settings that work" not in card
    edits = [r for r in h.standin.for_token(payload["token"]) if r.method == "PATCH"]
    progress = [r.embeds()[0]["description"] for r in edits if r.embeds()[0]["title"][:1] == "⏳"]
    template = _translated("de", "ui.progress.checked")
    count = re.escape(template).replace(r"\{done\}", r"\d+").replace(r"\{total\}", r"\d+")
    assert progress, "no progress edit before the result"
    assert all(re.match(count, line) for line in progress), progress
    buttons = custom_ids(h.original(payload))
    assert _translated("de", "ui.bot.button.login") in buttons, buttons
    assert h.standin.violations == []


async def test_japanese_interaction_gets_a_japanese_answer(harness: Harness, lab: Lab) -> None:
    """locale ja: the verdict and the card are Japanese; another person in English at the same
    time gets English (no language is shared between answers)."""
    h = harness
    ja = await h.send(h.standin.slash("check", _check(lab), locale="ja"))
    en = await h.send(h.standin.slash("check", _check(lab), locale="en-US"))
    ja_embed = (await h.final(ja)).embeds()[0]
    en_embed = (await h.final(en)).embeds()[0]
    works = _translated("ja", "verdict.check.works").format(protocol="IMAP")
    assert works in ja_embed["description"], ja_embed["description"]
    assert _translated("ja", "ui.report.settings") in ja_embed["description"] or any(
        _translated("ja", "ui.card.port") in f["value"] for f in ja_embed.get("fields", [])
    )
    assert "Your IMAP settings work" in en_embed["description"]
    assert "IMAP の設定" not in en_embed["description"]
    assert h.standin.violations == []


async def test_unknown_locale_falls_back_to_the_guild_language(harness: Harness, lab: Lab) -> None:
    """A Discord language we do not speak (Korean) gets the server's language from /mail config,
    and the config card says which it is."""
    h = harness
    manager = h.standin.user("manager")
    config = await h.send(
        h.standin.slash("config", {"language": "de"}, user=manager, permissions=MANAGER_PERMISSIONS)
    )
    card = (await h.callback(config)).payload["data"]["embeds"][0]
    assert "Deutsch" in card["description"]
    payload = await h.send(h.standin.slash("check", _check(lab), locale="ko"))
    embed = (await h.final(payload)).embeds()[0]
    assert _translated("de", "verdict.check.works").format(protocol="IMAP") in embed["description"]


async def test_help_in_german(harness: Harness) -> None:
    """/mail help in German: its heading is the German catalog's."""
    h = harness
    payload = await h.send(h.standin.slash("help", locale="de"))
    reply = await h.callback(payload)
    text = str(reply.payload)
    assert _translated("de", "ui.bot.help.title") in text
