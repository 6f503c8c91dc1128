"""Explaining in the bot: the message menu on a pasted dialog or a screenshot, /mail explain."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.extract import extract
from bot.screenshots import Screenshots
from diagnostics.i18n import messages
from diagnostics.model import Report
from diagnostics.ocr import INSTALL_HINT, OcrUnavailable
from tests.bot.conftest import BotFactory, Harness
from tests.bot.standin import custom_ids
from tests.lab import Lab
from tests.screens import BY_NAME, chromium, render_one

EPHEMERAL = 64


def shot(name: str, folder: Path, **changes: object) -> bytes:
    """One dialog of tests/screens.py (changed as asked), rendered now with Chromium."""
    browser = chromium()
    assert browser is not None, "chromium is missing: bash .ci/setup installs it"
    screen = dataclasses.replace(BY_NAME[name], **changes)  # type: ignore[arg-type]
    return render_one(browser, screen, folder).read_bytes()


async def test_context_menu_reads_a_screenshot(harness: Harness, tmp_path: Path) -> None:
    """The menu on a message with an iPhone screenshot: deferred privately, then explained."""
    h = harness
    image = h.standin.attachment(
        "IMG_0001.png", shot("ios-en-light-password", tmp_path), "image/png"
    )
    payload = await h.send(h.standin.message_command("my phone says this", attachments=[image]))
    assert (await h.callback(payload)).payload == {"type": 5, "data": {"flags": EPHEMERAL}}
    final = await h.final(payload)
    embed = final.embeds()[0]
    assert h.standin.downloads == [image["url"].rsplit("/", 1)[1]]
    assert embed["title"] == "Error message explained"
    assert "password" in embed["description"].lower()
    labels = set(custom_ids(h.original(payload)))
    assert "Post in channel" in labels


async def test_explain_with_image_offers_to_test_its_settings(
    harness: Harness, lab: Lab, tmp_path: Path
) -> None:
    """/mail explain image: an Outlook dialog naming the lab's server; one tap checks it."""
    h = harness
    host = lab.host("healthy")
    lines = BY_NAME["outlook-en-light-pop3-dialog"].paragraphs
    dialog = (lines[0], lines[1].replace("pop.example.com", host))
    data = shot("outlook-en-light-pop3-dialog", tmp_path, paragraphs=dialog)
    image = h.standin.attachment("outlook.png", data, "image/png")
    payload = await h.send(h.standin.slash("explain", files={"image": image}))
    assert (await h.callback(payload)).payload["type"] == 5
    assert (await h.final(payload)).embeds()[0]["title"] == "Error message explained"
    ids = custom_ids(h.original(payload))
    assert "Test these settings" in ids
    click = await h.send(h.standin.button(h.original(payload)["id"], ids["Test these settings"]))
    assert (await h.callback(click)).payload["type"] == 5
    embed = (await h.final(click)).embeds()[0]
    assert host in embed["title"] and "995" in embed["title"], embed


async def test_explain_refuses_a_file_that_is_not_an_image(harness: Harness) -> None:
    """/mail explain with a text file: a plain sentence saying it is not an image."""
    h = harness
    attached = h.standin.attachment("log.txt", b"-ERR [AUTH] Authentication failed.", "text/plain")
    payload = await h.send(h.standin.slash("explain", files={"image": attached}))
    await h.callback(payload)
    notice = (await h.final(payload)).embeds()[0]
    assert "log.txt is not an image" in notice["description"]


async def test_a_screenshot_over_the_cap_is_never_downloaded(harness: Harness) -> None:
    """An attachment Discord says is 30 MB: refused from its declared size, nothing fetched."""
    h = harness
    image = h.standin.attachment("huge.png", b"\x89PNG small really", "image/png")
    image["size"] = 30 * 1024 * 1024
    payload = await h.send(h.standin.slash("explain", files={"image": image}))
    await h.callback(payload)
    notice = (await h.final(payload)).embeds()[0]
    assert "31.5 MB" in notice["description"]
    assert h.standin.downloads == []


async def test_without_ocr_the_bot_says_to_paste_the_text(
    make_bot: BotFactory, tmp_path: Path
) -> None:
    """No Tesseract on the bot's machine: the person is told to paste the text instead."""

    def no_tesseract(data: bytes, text: str) -> Report:
        raise OcrUnavailable(INSTALL_HINT)

    h = await make_bot(client={"screenshots": Screenshots(no_tesseract)})
    image = h.standin.attachment("shot.png", b"\x89PNG not read", "image/png")
    payload = await h.send(h.standin.message_command("", attachments=[image]))
    await h.callback(payload)
    notice = (await h.final(payload)).embeds()[0]
    assert notice["description"] == messages("en").text("ui.bot.no_ocr")


@pytest.mark.parametrize(
    ("filename", "content_type", "image"),
    [("a.png", "image/png", True), ("a.PNG", None, True), ("a.svg", "image/svg+xml", False),
     ("a.txt", "text/plain", False)],
)  # fmt: skip
def test_which_attachments_are_images(filename: str, content_type: str | None, image: bool) -> None:
    """Discord's content type decides; without one the file name does; SVG is no screenshot."""
    import discord

    from bot.screenshots import is_image

    data = {"id": "1", "filename": filename, "size": 1, "url": "u", "proxy_url": "u"}
    if content_type is not None:
        data["content_type"] = content_type
    state = SimpleNamespace(http=None)  # is_image never downloads
    attachment = discord.Attachment(data=data, state=state)  # type: ignore[arg-type]
    assert is_image(attachment) is image


def outlook_dialog(host: str) -> str:
    return (
        "Log onto incoming mail server (POP3): Your e-mail server rejected your login. Verify "
        f"your user name and password for this account in Account Settings. Account: 'a', "
        f"Server: '{host}', Protocol: POP3, Server Response: '+OK', Port: 995, "
        "Secure(SSL): Yes, Error Number: 0x800CCC90"
    )


@pytest.mark.parametrize(
    ("text", "kind", "port"),
    [
        (outlook_dialog("pop.example.com"), "explain", 995),
        ("imap.example.com 993: NO [AUTHENTICATIONFAILED] Authentication failed.", "explain", 993),
        ("my phone says imap.example.com 143 SSL fails", "check", 143),
    ],
)
def test_menu_explains_a_pasted_dialog_and_keeps_its_settings(
    text: str, kind: str, port: int
) -> None:
    """A dialog or a server's reply is explained (its settings kept for testing); a casual
    sentence with a host and a port is checked."""
    found = extract(text)
    assert found is not None and found.kind == kind
    assert found.endpoint is not None and found.endpoint.port == port


async def test_context_menu_on_a_dialog_explains_then_tests(harness: Harness, lab: Lab) -> None:
    """The menu on a pasted Outlook dialog: the cause privately, and a "Test these settings"
    button that checks the server, port and SSL the dialog names."""
    h = harness
    host = lab.host("healthy")
    payload = await h.send(h.standin.message_command(outlook_dialog(host)))
    reply = await h.callback(payload)
    assert reply.payload["type"] == 4 and reply.payload["data"]["flags"] & EPHEMERAL
    assert reply.payload["data"]["embeds"][0]["title"] == "Error message explained"
    ids = custom_ids(h.original(payload))
    assert {"Test these settings", "Post in channel"} <= set(ids)
    click = await h.send(h.standin.button(h.original(payload)["id"], ids["Test these settings"]))
    assert (await h.callback(click)).payload["type"] == 5
    embed = (await h.final(click)).embeds()[0]
    assert host in embed["title"] and "995" in embed["title"], embed
