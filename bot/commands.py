"""The `/mail` command group and the "Diagnose email problem" message menu.

Each command only converts its options and hands over to `Handlers` (bot/flow.py). Choice values
are the command line's (imap|pop3|smtp, none|starttls|tls); the names shown are friendlier.
Every name and description shown is a `locale_str` keyed into the message catalog (cmd.*), which
bot/translator.py turns into Discord's localizations.
"""

from __future__ import annotations

import functools

import discord
from discord import app_commands
from discord.app_commands import locale_str

from bot.flow import Handlers, Interaction, LoginDefaults
from bot.language import LANGUAGE_NAMES, texts
from bot.layouts import HelpLayout
from bot.store import MAX_BURST, MAX_COOLDOWN


def _s(text: str, key: str) -> locale_str:
    """A shown string: `text` is the English default Discord keeps, `key` its catalog entry."""
    return locale_str(text, key=key)


@functools.cache
def provider_hosts(protocol: str | None) -> tuple[str, ...]:
    """Known providers' server names (diagnostics/data/providers.json), for one protocol or all."""
    from diagnostics.discovery.providers import load_providers

    hosts = {
        server.host
        for provider in load_providers()
        for server in provider.servers
        if protocol is None or server.protocol.value == protocol
    }
    return tuple(sorted(hosts))


PROTOCOLS = [
    app_commands.Choice(name="IMAP", value="imap"),
    app_commands.Choice(name="POP3", value="pop3"),
    app_commands.Choice(name=_s("SMTP (sending)", "cmd.choice.protocol.smtp"), value="smtp"),
]
SECURITIES = [
    app_commands.Choice(name="SSL/TLS", value="tls"),
    app_commands.Choice(name="STARTTLS", value="starttls"),
    app_commands.Choice(name=_s("None", "word.security.none"), value="none"),
]


CLEARABLE = [
    app_commands.Choice(
        name=_s("Default domain", "cmd.choice.clear.default_domain"), value="default_domain"
    ),
    app_commands.Choice(
        name=_s("Helpdesk roles", "cmd.choice.clear.helpdesk_roles"), value="helpdesk_roles"
    ),
    app_commands.Choice(
        name=_s("Triage log channel", "cmd.choice.clear.log_channel"), value="log_channel"
    ),
    app_commands.Choice(name=_s("Language", "cmd.choice.clear.language"), value="language"),
    app_commands.Choice(
        name=_s("Test limits (back to the bot's)", "cmd.choice.clear.limits"), value="limits"
    ),
    app_commands.Choice(name=_s("Everything", "cmd.choice.clear.everything"), value="everything"),
]
# Each language by its own name (never translated).
LANGUAGE_CHOICES = [app_commands.Choice(name=n, value=v) for v, n in LANGUAGE_NAMES.items()]
_TEXT_CHANNELS = (discord.ChannelType.text, discord.ChannelType.news)


def host_choices(current: str, protocol: str | None) -> list[app_commands.Choice[str]]:
    """Up to 25 provider hosts containing what was typed (of the chosen protocol, if any)."""
    typed = current.strip().lower()
    hosts = [h for h in provider_hosts(protocol) if typed in h]
    if typed and typed not in hosts:
        hosts.insert(0, current.strip()[:100])  # what was typed stays a choice
    return [app_commands.Choice(name=h, value=h) for h in hosts[:25]]


# A user-installable app (discord.py ≥ 2.4): a server may invite the bot, and a person may install
# it for themselves, then use it in DMs, group DMs and in servers that never invited it. There
# Discord allows at most 5 follow-up messages per interaction: the bot answers with the response
# itself and edits of it (no follow-ups), and every button is an interaction of its own.
EVERYWHERE_INSTALLS = app_commands.AppInstallationType(guild=True, user=True)
EVERYWHERE_CONTEXTS = app_commands.AppCommandContext(
    guild=True, dm_channel=True, private_channel=True
)


class MailGroup(app_commands.Group):
    """/mail ..."""

    def __init__(self, handlers: Handlers) -> None:
        super().__init__(
            name=_s("mail", "cmd.mail.name"),
            description=_s("Find out why a mail app can't connect", "cmd.mail.description"),
            allowed_installs=EVERYWHERE_INSTALLS,
            allowed_contexts=EVERYWHERE_CONTEXTS,
        )
        self.handlers = handlers

    @app_commands.command(
        name=_s("diagnose", "cmd.diagnose.name"),
        description=_s("Find a domain's mail servers and test them", "cmd.diagnose.description"),
    )
    @app_commands.describe(
        target=_s(
            "Your email address or domain, e.g. you@example.com (empty: this server's domain)",
            "cmd.diagnose.target",
        )
    )
    async def diagnose(self, interaction: Interaction, target: str = "") -> None:
        await self.handlers.diagnose(interaction, target)

    @app_commands.command(
        name=_s("check", "cmd.check.name"),
        description=_s("Test the settings typed into your mail app", "cmd.check.description"),
    )
    @app_commands.describe(
        protocol=_s("IMAP or POP3 for incoming mail, SMTP for sending", "cmd.check.protocol"),
        host=_s("The server name in your mail app, e.g. imap.example.com", "cmd.check.host"),
        port=_s("The port in your mail app, e.g. 993", "cmd.check.port"),
        security=_s("The security setting (iPhone: Use SSL on = SSL/TLS)", "cmd.check.security"),
    )
    @app_commands.choices(protocol=PROTOCOLS, security=SECURITIES)
    async def check(
        self,
        interaction: Interaction,
        protocol: app_commands.Choice[str],
        host: str,
        port: app_commands.Range[int, 1, 65535],
        security: app_commands.Choice[str],
    ) -> None:
        await self.handlers.check(interaction, protocol.value, host, port, security.value)

    @check.autocomplete("host")
    async def host_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        protocol = getattr(interaction.namespace, "protocol", None)
        return host_choices(current, protocol if isinstance(protocol, str) else None)

    @app_commands.command(
        name=_s("login", "cmd.login.name"),
        description=_s("Test a login (opens a private form)", "cmd.login.description"),
    )
    async def login(self, interaction: Interaction) -> None:
        await self.handlers.open_login(interaction, LoginDefaults())

    @app_commands.command(
        name=_s("explain", "cmd.explain.name"),
        description=_s("Explain an error message from a mail app", "cmd.explain.description"),
    )
    @app_commands.describe(
        text=_s(
            "The error message (leave empty to paste a long one in a form)", "cmd.explain.text"
        ),
        image=_s("Or a screenshot of the error", "cmd.explain.image"),
    )
    async def explain(
        self,
        interaction: Interaction,
        text: str | None = None,
        image: discord.Attachment | None = None,
    ) -> None:
        if image is not None:
            await self.handlers.explain_image(interaction, image, text=text or "")
        elif text:
            await self.handlers.explain(interaction, text)
        else:
            await self.handlers.open_explain(interaction)

    @app_commands.command(
        name=_s("settings", "cmd.settings.name"),
        description=_s("The settings to type into a mail app", "cmd.settings.description"),
    )
    @app_commands.describe(
        address=_s(
            "Your email address, e.g. you@example.com (empty: this server's domain)",
            "cmd.settings.address",
        )
    )
    async def settings(self, interaction: Interaction, address: str = "") -> None:
        await self.handlers.diagnose(interaction, address, command="settings")

    @app_commands.command(
        name=_s("config", "cmd.config.name"),
        description=_s("Server managers: my settings for this server", "cmd.config.description"),
    )
    @app_commands.describe(
        default_domain=_s(
            "The domain /mail diagnose tests when none is given, e.g. example.org",
            "cmd.config.default_domain",
        ),
        helpdesk_role=_s(
            "A role that may test logins and has no per-person limit (again: removed)",
            "cmd.config.helpdesk_role",
        ),
        log_channel=_s(
            "A channel that gets one line per diagnosis (no addresses, no passwords)",
            "cmd.config.log_channel",
        ),
        burst=_s(
            "Tests a person may run in a row here before the cooldown applies", "cmd.config.burst"
        ),
        cooldown=_s(
            "Then one test per this many seconds (0: no limit in this server)",
            "cmd.config.cooldown",
        ),
        clear=_s("Forget one setting, or everything", "cmd.config.clear"),
        language=_s(
            "The answers' language for people whose Discord language I don't speak",
            "cmd.config.language",
        ),
    )
    @app_commands.choices(clear=CLEARABLE, language=LANGUAGE_CHOICES)
    async def config(
        self,
        interaction: Interaction,
        default_domain: str | None = None,
        helpdesk_role: discord.Role | None = None,
        log_channel: app_commands.AppCommandChannel | None = None,
        burst: app_commands.Range[int, 1, MAX_BURST] | None = None,
        cooldown: app_commands.Range[int, 0, MAX_COOLDOWN] | None = None,
        clear: app_commands.Choice[str] | None = None,
        language: app_commands.Choice[str] | None = None,
    ) -> None:
        if log_channel is not None and log_channel.type not in _TEXT_CHANNELS:
            lang = await self.handlers.lang(interaction)
            await self.handlers.tell(interaction, texts(lang).text("ui.bot.error.log_channel"))
            return
        await self.handlers.configure(
            interaction,
            default_domain=default_domain,
            helpdesk_role=helpdesk_role.id if helpdesk_role is not None else None,
            log_channel=log_channel.id if log_channel is not None else None,
            cooldown=cooldown,
            burst=burst,
            clear=clear.value if clear is not None else None,
            language=language.value if language is not None else None,
        )

    @app_commands.command(
        name=_s("help", "cmd.help.name"),
        description=_s("Ports, SSL/TLS or STARTTLS, IMAP or POP3", "cmd.help.description"),
    )
    async def help(self, interaction: Interaction) -> None:
        async with self.handlers.funnel(interaction, "help"):
            lang = await self.handlers.lang(interaction)
            await interaction.response.send_message(view=HelpLayout(lang), ephemeral=True)


def message_menu(handlers: Handlers) -> app_commands.ContextMenu:
    """The "Diagnose email problem" entry of a message's Apps menu."""

    async def diagnose_message(interaction: Interaction, message: discord.Message) -> None:
        await handlers.message_menu(interaction, message)

    return app_commands.ContextMenu(
        name=_s("Diagnose email problem", "cmd.menu.name"),
        callback=diagnose_message,
        allowed_installs=EVERYWHERE_INSTALLS,
        allowed_contexts=EVERYWHERE_CONTEXTS,
    )
