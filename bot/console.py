"""The bot without Discord: its console mode, what `python -m bot` runs with nothing configured.

Each line typed is what a person would post in the support channel, or one of the bot's
commands: `/diagnose alice@example.com`, `/check imap.example.com 993 tls`, `/explain <error
text>`, `/settings example.com`, `/help`, `/quit`. A plain line is read the way the message menu
"Diagnose email problem" reads a message (bot/extract.py): an address or a domain is diagnosed,
a host with a mail port is checked, an error text is explained. The answer is the same card the
bot posts (bot/render.py), shown as plain text: verdict and fix first, then the settings.

Nothing here talks to Discord; the library is called directly with the bot's Options (so
MAILMEDIC_DNS, MAILMEDIC_CAFILE, MAILMEDIC_ALLOW_PRIVATE apply as they do for the bot). On a
terminal, progress shows on one line that updates, and `/login` asks for the password without
showing it (the bot's private login form); piped input gives it on the next line. End of input
(or /quit) ends it with status 0. It speaks the terminal's language (LC_ALL, LC_MESSAGES, LANG;
diagnostics/i18n.py).
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
    from diagnostics.options import Options
    from diagnostics.sweep import ProbeFinished

# The console's fixed texts are the catalog's ui.console.* (diagnostics/locale/).
_MARKUP = re.compile(r"\\(.)")


def plain(text: str) -> str:
    """Discord Markdown as terminal text: escapes, bold, italics and subtext markers off."""
    text = _MARKUP.sub(r"\1", text)
    text = text.replace("**", "").replace("__", "").replace("_(", "(").replace(")_", ")")
    return "\n".join(line.removeprefix("-# ") for line in text.split("\n"))


def _t(lang: str, key: str) -> str:
    from diagnostics.i18n import messages

    return messages(lang).text(key)


def card_text(card: Any, lang: str = "en") -> str:
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
        out.append(plain(embed["footer"]["text"]).replace(_t(lang, "ui.bot.footer.details"), ""))
    return "\n\n".join(part.strip() for part in out if part.strip())


class Console:
    def __init__(
        self,
        config: Config,
        write: Callable[[str], None],
        *,
        ask_secret: Callable[[str], str] | None = None,
        live: bool = False,
        lang: str = "en",
    ) -> None:
        self.config = config
        self.lang = lang
        self.write = write
        # The login form as a prompt whose answer is not shown (getpass on a terminal).
        self.ask_secret = ask_secret
        self.live = live  # a terminal: progress is shown on one line that updates

    def _progress(self) -> Callable[[ProbeFinished], None] | None:
        """One line in plain words while probes run, as the bot edits its reply (bot/progress)."""
        if not self.live:
            return None
        from bot.progress import progress_line

        events: list[ProbeFinished] = []

        def on_progress(event: ProbeFinished) -> None:
            events.append(event)
            self.write("\r\x1b[K… " + progress_line(events, self.lang))

        return on_progress

    def _done(self) -> None:
        if self.live:
            self.write("\r\x1b[K")

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
                self.write(_t(self.lang, "ui.console.help"))
            elif command == "/diagnose":
                await self._show(await self._diagnose(rest))
            elif command == "/settings":
                await self._settings(rest)
            elif command == "/check":
                await self._show(await self._check(rest))
            elif command == "/explain":
                await self._show(self._explain(rest))
            elif command == "/login":
                await self._login(rest)
            else:
                await self._message(text)
        except InvalidTarget as exc:
            self.write(_t(self.lang, "ui.console.refused").format(reason=exc) + "\n")
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

            try:
                report = await check(found.endpoint, self._options(), on_progress=self._progress())
            finally:
                self._done()
            await self._show(report)
        elif found.kind == "diagnose" and found.target:
            await self._show(await self._diagnose(found.target))
        else:
            await self._show(self._explain(found.text or text))

    async def _diagnose(self, target: str, options: Options | None = None) -> Report:
        from diagnostics import diagnose
        from diagnostics.policy import InvalidTarget

        if not target.strip():
            raise InvalidTarget(_t(self.lang, "ui.console.need_target"))
        address = target.strip()
        username = address if "@" in address else None
        try:
            return await diagnose(
                address,
                options or self._options(),
                username=username,
                on_progress=self._progress(),
            )
        finally:
            self._done()

    async def _login(self, rest: str) -> None:
        """/login ADDRESS [SERVER PORT [SECURITY]]: the login form, the password asked for
        without showing it (a terminal), or read from the next line (piped input)."""
        from bot.service import with_credentials
        from diagnostics.policy import InvalidTarget

        parts = rest.split()
        if not parts:
            raise InvalidTarget(_t(self.lang, "ui.console.need_address"))
        if self.ask_secret is None:
            raise InvalidTarget(_t(self.lang, "ui.console.no_prompt"))
        address = parts[0]
        password = self.ask_secret(_t(self.lang, "ui.console.password").format(address=address))
        if not password:
            raise InvalidTarget(_t(self.lang, "ui.console.no_password"))
        options = with_credentials(self._options(), address, password)
        del password  # it lives in `options` (masked in every repr) until the test ends
        if len(parts) >= 3:
            await self._show(await self._check(" ".join(parts[1:]), options, username=address))
        else:
            await self._show(await self._diagnose(address, options))

    async def _check(
        self, rest: str, options: Options | None = None, *, username: str | None = None
    ) -> Report:
        from dataclasses import replace

        from bot.flow import login_endpoint
        from diagnostics import check
        from diagnostics.policy import InvalidTarget

        parts = rest.split()
        if len(parts) < 2:
            raise InvalidTarget(_t(self.lang, "ui.console.need_server"))
        host, port, security = [*parts, ""][:3]
        # The same reading as the login form: the protocol from the port, the security from
        # the port when not given.
        endpoint = login_endpoint(host, port, security, username="")
        assert endpoint is not None
        try:
            return await check(
                replace(endpoint, username=username),
                options or self._options(),
                on_progress=self._progress(),
            )
        finally:
            self._done()

    def _options(self) -> Options:
        from dataclasses import replace

        return replace(self.config.options(), lang=self.lang)

    def _explain(self, text: str) -> Report:
        from diagnostics import explain

        return explain(text, lang=self.lang)

    async def _settings(self, target: str) -> None:
        from bot.render import settings_embed

        report = await self._diagnose(target)
        self.write(card_text(settings_embed(report, lang=self.lang), self.lang) + "\n\n")

    async def _show(self, report: Report) -> None:
        from bot.render import result_embed

        self.write(card_text(result_embed(report, self.lang), self.lang) + "\n\n")


async def run_console(
    config: Config,
    stdin: IO[str] | None = None,
    stdout: IO[str] | None = None,
    lang: str | None = None,
) -> int:
    """Read lines until end of input or /quit; answer each; status 0. `lang`: the environment's
    language (LC_ALL, LC_MESSAGES, LANG) unless given."""
    from diagnostics.i18n import from_environment

    lang = lang or from_environment()
    source = stdin or sys.stdin
    sink = stdout or sys.stdout

    def write(text: str) -> None:
        sink.write(text)
        sink.flush()

    interactive = source.isatty()

    def ask_secret(prompt: str) -> str:
        if interactive:
            import getpass

            return getpass.getpass(prompt)  # from the terminal, without echo
        write(prompt + "\n")
        return source.readline().rstrip("\r\n")  # piped input: the next line, never echoed

    console = Console(config, write, ask_secret=ask_secret, live=interactive, lang=lang)
    write(_t(lang, "ui.console.banner"))
    while True:
        if interactive:
            write("> ")
        line = await asyncio.to_thread(source.readline)
        if not line:
            return 0
        if not await console.handle(line):
            return 0


__all__ = ["Console", "card_text", "plain", "run_console"]
