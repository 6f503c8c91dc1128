"""Every kind of card the bot sends, rendered as a phone shows it (headless Chromium over an
imitation of Discord's mobile layout, tests/bot/cards.py): each fits the screen's width, stays
within a height budget, and shows no program words. The PNGs are kept for a person to look at
(MAILMEDIC_CARDS_DIR, else the test's temporary directory)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.bot.cards import (
    MIN_SHOT_HEIGHT,
    PHONE_WIDTH,
    SCREEN_HEIGHT,
    Card,
    markdown_html,
    png_size,
    raw_codes_in,
    render_cards,
)
from tests.bot.conftest import Harness
from tests.bot.standin import COMPONENTS_V2, MANAGER_PERMISSIONS, Channel, custom_ids
from tests.bot.test_bot import PASSWORD_FIELD, check_options
from tests.lab import Lab

# Height budgets on a 390 x 844 phone: progress is one line; a notice a few; a result leads with
# the verdict and the fix and may need one scroll; help is reference text.
BUDGET = {
    "progress": 200,
    "notice": 300,
    "result": int(1.5 * SCREEN_HEIGHT),
    "reference": 2 * SCREEN_HEIGHT,
}


def kind_of(data: dict[str, Any]) -> str:
    if (data.get("flags") or 0) & COMPONENTS_V2:
        return "reference"  # help, the one Components V2 message
    embeds = data.get("embeds") or []
    title = (embeds[0].get("title") or "") if embeds else ""
    if title.startswith("⏳"):
        return "progress"
    if title.startswith("mailmedic:"):
        return "reference"
    if not embeds or (not embeds[0].get("fields") and not data.get("components")):
        return "notice"
    return "result"


def collect(h: Harness, step: str, since: int) -> list[Card]:
    """The messages the bot sent since request `since`, named after the step."""
    cards = []
    for rec in h.standin.requests[since:]:
        data = rec.message_data()
        if rec.method not in ("POST", "PATCH") or not data:
            continue
        if "embeds" not in data and "content" not in data and not data.get("components"):
            continue
        if "/callback" in rec.path and rec.payload.get("type") == 9:
            continue  # a modal is a form, not a card
        files = tuple(name for name, _ in rec.files.values())
        cards.append(Card(name=f"{step} {kind_of(data)}", data=data, files=files))
    return cards


async def run_gallery(h: Harness, lab: Lab) -> list[Card]:
    """Drive one of each flow through the stand-in; every message the bot sent is a card."""
    cards: list[Card] = []

    async def step(name: str, payload: dict[str, Any], *, final: bool = True) -> dict[str, Any]:
        since = len(h.standin.requests)
        await h.send(payload)
        await (h.final(payload) if final else h.callback(payload))
        cards.extend(collect(h, name, since))
        return payload

    ok = await step("check ok", h.standin.slash("check", check_options(lab)))
    await step("check wrong port", h.standin.slash("check", check_options(lab, port=143)))
    await step("check expired", h.standin.slash("check", check_options(lab, "expired")))
    await step("check plain", h.standin.slash("check", check_options(lab, "notls", 143, "none")))
    await step("diagnose", h.standin.slash("diagnose", {"target": "alice@healthy.lab.test"}))
    await step("settings", h.standin.slash("settings", {"address": "alice@listed.lab.test"}))
    known = "-ERR [AUTH] Authentication failed."
    await step("explain", h.standin.slash("explain", {"text": known}), final=False)
    await step("explain unknown", h.standin.slash("explain", {"text": "the frobnicator is sad"}),
               final=False)  # fmt: skip
    await step("help", h.standin.slash("help"), final=False)
    channel = Channel(h.standin.snowflake())
    await step("config", h.standin.slash("config", {"log_channel": channel},
                                         permissions=MANAGER_PERMISSIONS), final=False)  # fmt: skip
    await step("config refused", h.standin.slash("config", {"default_domain": "lab.test"}),
               final=False)  # fmt: skip
    since = len(h.standin.requests)
    await step("triage", h.standin.slash("check", check_options(lab, port=143)))
    await h.standin.wait_for(lambda r: r.path.startswith("/channels/"), since=since)
    cards.extend(c for c in collect(h, "triage", since) if not c.data.get("embeds"))
    message = h.original(ok)
    await step("details", h.standin.button(message["id"], custom_ids(message)["Details"]),
               final=False)  # fmt: skip
    opened = await h.send(h.standin.slash("login"))
    modal = (await h.callback(opened)).payload["data"]
    values = {"Email address (or username)": "alice@lab.test", PASSWORD_FIELD: "wrong-password",
              "Server (empty: find it from the address)": lab.host("healthy")}  # fmt: skip
    await step("login refused", h.standin.modal_submit(modal, values))
    text = f"my iPhone can't get mail from {lab.host('healthy')}, port 143, SSL"
    menu = await step("menu", h.standin.message_command(text))
    private = h.original(menu)
    await step("post", h.standin.button(private["id"], custom_ids(private)["Post in channel"]),
               final=False)  # fmt: skip
    # One progress card per step (the last: the longest line), and each distinct card once.
    last_progress = {c.name: c for c in cards if c.name.endswith(" progress")}
    unique: dict[str, Card] = {}
    for card in cards:
        if card.name.endswith(" progress") and last_progress[card.name] is not card:
            continue
        unique.setdefault(json.dumps(card.data, sort_keys=True), card)
    return list(unique.values())


def test_markdown_imitation() -> None:
    """The imitation reads Discord's Markdown: escapes, bold, small lines, mentions, code."""
    out = markdown_html("**Port:** 993 \\_x\\_ `a<b`\n-# small <@12> <#34> <@&56>")
    assert "<b>Port:</b> 993 _x_ <code>a&lt;b</code>" in out
    assert '<div class="small">small <span class="mention">@agent</span>' in out
    assert "#triage" in out and "@helpdesk" in out
    assert raw_codes_in("IMAP tls_on_plain_port, CERT_EXPIRED, starttls, port: None") == [
        "tls_on_plain_port", "CERT_EXPIRED", "None", "starttls"]  # fmt: skip
    assert raw_codes_in("Security: None · STARTTLS, refused, closed") == []


async def test_every_card_fits_a_phone(
    harness: Harness, lab: Lab, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Each card the bot sends in the flows above: no wider than the phone, within its height
    budget, no raw code in what the person reads, rendered to a PNG of the phone's width."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    cards = await run_gallery(harness, lab)
    kinds = {c.name.rsplit(" ", 1)[1] for c in cards}
    assert kinds == {"progress", "notice", "result", "reference"}, kinds
    out_dir = Path(os.environ.get("MAILMEDIC_CARDS_DIR") or tmp_path / "cards")
    rendered = await render_cards(cards, out_dir)
    problems = []
    for r in rendered:
        kind = r.card.name.rsplit(" ", 1)[1]
        if r.overflow:
            problems.append(f"{r.card.name}: wider than the phone")
        if r.height > BUDGET[kind]:
            problems.append(f"{r.card.name}: {r.height} px > {BUDGET[kind]} px")
        codes = raw_codes_in(r.text)
        if codes:
            problems.append(f"{r.card.name}: raw codes {codes} in {r.text!r}")
        assert png_size(r.png) == (PHONE_WIDTH, max(r.height, MIN_SHOT_HEIGHT)), r.png
    report = "\n".join(f"{r.height:5d} px  {r.card.name}" for r in rendered)
    assert not problems, "\n".join(problems) + "\n" + report
