"""The bot without Discord: its console mode, what `python -m bot` runs with nothing configured.

Each line typed is what a person would post in the support channel, or one of the bot's
commands: `/diagnose alice@example.com`, `/check imap.example.com 993 tls`, `/explain <error
text>`, `/settings example.com`, `/help`, `/quit`. A plain line is read the way the message menu
"Diagnose email problem" reads a message (bot/extract.py): an address or a domain is diagnosed,
a host with a mail port is checked, an error text is explained. The answer is the same card the
bot posts (bot/render.py), shown as plain text: verdict and fix first, then the settings.

Nothing here talks to Discord; the library is called directly with the bot's Options (so
MAILMEDIC_DNS, MAILMEDIC_CAFILE, MAILMEDIC_ALLOW_PRIVATE apply as they do for the bot). A login
test needs the private form of Discord, or `mailmedic check --password-stdin`: the console never
reads a password. End of input (or /quit) ends it with status 0.
"""

from __future__ import annotations

import asyncio
import re
import sys
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.config import Config
    from diagnostics.model import Report

BANNER = """\
mailmedic bot, console mode (no DISCORD_TOKEN set: nothing is sent to Discord).
Type what a person would post in the support channel (an address, a domain, the settings
their app shows, or the error text), or /diagnose, /check, /explain, /settings, /help, /quit.
To run it on Discord, see `python -m bot --help` and .env.example.
"""
HELP = """\
  /diagnose alice@example.com       find the servers and test them
  /check imap.example.com 993 tls   test the settings an app shows (security: tls, starttls, none)
  /explain <error text>             what a pasted error message means
  /settings example.com             the settings to type in
  /quit                             stop (so does end of input)
  anything else is read like a message in the support channel
"""
_MARKUP = re.compile(r"\\(.)")


def plain(text: str) -> str:
    """Discord Markdown as terminal text: escapes, bold, italics and subtext markers off."""
    text = _MARKUP.sub(r"\1", text)
    text = text.replace("**", "").replace("__", "").replace("_(", "(").replace(")_", ")")
    return "\n".join(line.removeprefix("-# ") for line in text.split("\n"))


def card_text(card: Any) -> str:
    """An embed (discord.Embed) in the order a phone shows it."""
    embed: dict[str, Any] = dict(card.to_dict())
    out = []
    if embed.get("title"):
        out.append(plain(embed["title"]))
    if embed.get("description"):
        out.append(plain(embed["description"]))
    for field in embed.get("fields", []):
        out.append(plain(f"{field['name']}\n{field['value']}"))
    if embed.get("footer", {}).get("text"):
        out.append(
            plain(embed["footer"]["text"]).replace("Details: the full report as a file.", "")
        )
    return "\n\n".join(part.strip() for part in out if part.strip())


class Console:
    def __init__(self, config: Config, write: Callable[[str], None]) -> None:
        self.config = config
        self.write = write

    async def handle(self, line: str) -> bool:
        """Answer one line; False when the console should stop."""
        from diagnostics.policy import InvalidTarget

        text = line.strip()
        if not text:
            return True
        command, _, rest = text.partition(" ")
        command = command.lower().removeprefix("/mail").strip() or command.lower()
        try:
            if command in ("/quit", "/exit", "quit", "exit"):
                return False
            if command in ("/help", "help", "?"):
                self.write(HELP)
            elif command == "/diagnose":
                await self._show(await self._diagnose(rest))
            elif command == "/settings":
                await self._settings(rest)
            elif command == "/check":
                await self._show(await self._check(rest))
            elif command == "/explain":
                await self._show(self._explain(rest))
            else:
                await self._message(text)
        except InvalidTarget as exc:
            self.write(f"I can't test that: {exc}\n")
        return True

    async def _message(self, text: str) -> None:
        """A line read like a message in the support channel (the message menu)."""
        from bot.extract import extract

        if " " not in text and "." in text:
            # One word with a dot: a domain or an address, the commonest thing people post.
            from diagnostics.finder import parse_target
            from diagnostics.policy import InvalidTarget

            try:
                parse_target(text)
            except InvalidTarget:
                pass
            else:
                await self._show(await self._diagnose(text))
                return
        found = extract(text)
        if found is None:
            return
        if found.kind == "check" and found.endpoint is not None:
            from diagnostics import check

            await self._show(await check(found.endpoint, self.config.options()))
        elif found.kind == "diagnose" and found.target:
            await self._show(await self._diagnose(found.target))
        else:
            await self._show(self._explain(found.text or text))

    async def _diagnose(self, target: str) -> Report:
        from diagnostics import diagnose
        from diagnostics.policy import InvalidTarget

        if not target.strip():
            raise InvalidTarget("give a domain or an email address: /diagnose alice@example.com")
        address = target.strip()
        username = address if "@" in address else None
        return await diagnose(address, self.config.options(), username=username)

    async def _check(self, rest: str) -> Report:
        from dataclasses import replace

        from bot.flow import login_endpoint
        from diagnostics import check
        from diagnostics.policy import InvalidTarget

        parts = rest.split()
        if len(parts) < 2:
            raise InvalidTarget("give the server and port: /check imap.example.com 993 tls")
        host, port, security = [*parts, ""][:3]
        # The same reading as the login form: the protocol from the port, the security from
        # the port when not given.
        endpoint = login_endpoint(host, port, security, username="")
        assert endpoint is not None
        return await check(replace(endpoint, username=None), self.config.options())

    def _explain(self, text: str) -> Report:
        from diagnostics import explain

        return explain(text)

    async def _settings(self, target: str) -> None:
        from bot.render import settings_embed

        report = await self._diagnose(target)
        self.write(card_text(settings_embed(report)) + "\n\n")

    async def _show(self, report: Report) -> None:
        from bot.render import result_embed

        self.write(card_text(result_embed(report)) + "\n\n")


async def run_console(
    config: Config, stdin: IO[str] | None = None, stdout: IO[str] | None = None
) -> int:
    """Read lines until end of input or /quit; answer each; status 0."""
    source = stdin or sys.stdin
    sink = stdout or sys.stdout

    def write(text: str) -> None:
        sink.write(text)
        sink.flush()

    console = Console(config, write)
    write(BANNER)
    interactive = source.isatty()
    while True:
        if interactive:
            write("> ")
        line = await asyncio.to_thread(source.readline)
        if not line:
            return 0
        if not await console.handle(line):
            return 0


__all__ = ["Console", "card_text", "plain", "run_console"]
