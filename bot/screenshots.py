"""Screenshots posted in the support channel: which attachment to read, fetched within bounds,
read with OCR off the event loop, one at a time.

The library does the reading (`diagnostics.explanation.explain_image`: Pillow's caps, Tesseract
with a time limit). Here: the attachment's declared size is checked before anything is
downloaded, the download has a deadline, and Tesseract runs in a thread behind a semaphore —
it is CPU-bound and the bot's machine has two cores, so a queue of screenshots waits rather
than slowing every diagnosis down.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING

import discord

from diagnostics.policy import InvalidTarget

if TYPE_CHECKING:
    from diagnostics.model import Report

ExplainImageFn = Callable[[bytes, str], "Report"]

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp")
DOWNLOAD_TIMEOUT = 15.0  # seconds for Discord's CDN to hand over one screenshot
OCR_AT_ONCE = 1  # Tesseract runs at a time in this process


def is_image(attachment: discord.Attachment) -> bool:
    """An attachment Discord calls an image, or whose name says so (old clients send none)."""
    kind = (attachment.content_type or "").split(";")[0].strip().lower()
    if kind:
        return kind.startswith("image/") and kind != "image/svg+xml"
    return attachment.filename.lower().endswith(IMAGE_SUFFIXES)


def first_image(message: discord.Message) -> discord.Attachment | None:
    """The first image attached to a message (a support message usually has one)."""
    return next((a for a in message.attachments if is_image(a)), None)


def _default_explain_image(data: bytes, text: str) -> Report:
    from diagnostics.explanation import explain_image

    return explain_image(data, text=text)


class Screenshots:
    """Explains image attachments; built once with the bot (tests may inject the reader)."""

    def __init__(
        self, explain_image: ExplainImageFn | None = None, *, at_once: int = OCR_AT_ONCE
    ) -> None:
        self._explain_image = explain_image or _default_explain_image
        self._gate = asyncio.Semaphore(at_once)

    async def explain(
        self, attachment: discord.Attachment, text: str = "", lang: str = "en"
    ) -> Report:
        """The explanation of a screenshot and the words sent with it.

        Raises InvalidTarget for a file that is not an image or is too large to read, and
        diagnostics.ocr.OcrUnavailable when this machine has no Tesseract.
        """
        from diagnostics.i18n import messages
        from diagnostics.ocr import MAX_IMAGE_BYTES

        t = messages(lang).text
        if not is_image(attachment):
            raise InvalidTarget(t("ui.bot.error.not_image").format(name=attachment.filename))
        if attachment.size > MAX_IMAGE_BYTES:
            raise InvalidTarget(
                t("ui.bot.error.image_too_large").format(
                    size=f"{attachment.size / 1e6:.1f}", limit=MAX_IMAGE_BYTES // (1024 * 1024)
                )
            )
        try:
            async with asyncio.timeout(DOWNLOAD_TIMEOUT):
                data = await attachment.read()
        except (TimeoutError, discord.HTTPException) as exc:
            raise InvalidTarget(t("ui.bot.error.download")) from exc
        async with self._gate:
            return await asyncio.to_thread(self._explain_image, data, text)


__all__ = ["Screenshots", "first_image", "is_image"]
