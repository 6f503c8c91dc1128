"""The `/mail` command group and the "Diagnose email problem" message menu.

Each command only converts its options and hands over to `Handlers` (bot/flow.py). Choice values
are the command line's (imap|pop3|smtp, none|starttls|tls); the names shown are friendlier.
"""

from __future__ import annotations

import functools

import discord
from discord import app_commands

from bot.flow import Handlers, Interaction, LoginDefaults
from bot.layouts import HelpLayout
from bot.store import MAX_BURST, MAX_COOLDOWN


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
    app_commands.Choice(name="SMTP (sending)", value="smtp"),
]
SECURITIES = [
    app_commands.Choice(name="SSL/TLS", value="tls"),
    app_commands.Choice(name="STARTTLS", value="starttls"),
    app_commands.Choice(name="None", value="none"),
]


CLEARABLE = [
    app_commands.Choice(name="Default domain", value="default_domain"),
    app_commands.Choice(name="Helpdesk roles", value="helpdesk_roles"),
    app_commands.Choice(name="Triage log channel", value="log_channel"),
    app_commands.Choice(name="Test limits (back to the bot's)", value="limits"),
    app_commands.Choice(name="Everything", value="everything"),
]
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
            name="mail",
            description="Find out why a mail app can't connect",
            allowed_installs=EVERYWHERE_INSTALLS,
            allowed_contexts=EVERYWHERE_CONTEXTS,
        )
        self.handlers = handlers

    @app_commands.command(name="diagnose", description="Find a domain's mail servers and test them")
    @app_commands.describe(
        target="Your email address or domain, e.g. you@example.com (empty: this server's domain)"
    )
    async def diagnose(self, interaction: Interaction, target: str = "") -> None:
        await self.handlers.diagnose(interaction, target)

    @app_commands.command(name="check", description="Test the settings typed into your mail app")
    @app_commands.describe(
        protocol="IMAP or POP3 for incoming mail, SMTP for sending",
        host="The server name in your mail app, e.g. imap.example.com",
        port="The port in your mail app, e.g. 993",
        security="The security setting (iPhone: Use SSL on = SSL/TLS)",
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

    @app_commands.command(name="login", description="Test a login (opens a private form)")
    async def login(self, interaction: Interaction) -> None:
        await self.handlers.open_login(interaction, LoginDefaults())

    @app_commands.command(name="explain", description="Explain an error message from a mail app")
    @app_commands.describe(
        text="The error message (leave empty to paste a long one in a form)",
        image="Or a screenshot of the error",
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

    @app_commands.command(name="settings", description="The settings to type into a mail app")
    @app_commands.describe(
        address="Your email address, e.g. you@example.com (empty: this server's domain)"
    )
    async def settings(self, interaction: Interaction, address: str = "") -> None:
        await self.handlers.diagnose(interaction, address, command="settings")

    @app_commands.command(name="config", description="Server managers: my settings for this server")
    @app_commands.describe(
        default_domain="The domain /mail diagnose tests when none is given, e.g. example.org",
        helpdesk_role="A role that may test logins and has no per-person limit (again: removed)",
        log_channel="A channel that gets one line per diagnosis (no addresses, no passwords)",
        burst="Tests a person may run in a row here before the cooldown applies",
        cooldown="Then one test per this many seconds (0: no limit in this server)",
        clear="Forget one setting, or everything",
    )
    @app_commands.choices(clear=CLEARABLE)
    async def config(
        self,
        interaction: Interaction,
        default_domain: str | None = None,
        helpdesk_role: discord.Role | None = None,
        log_channel: app_commands.AppCommandChannel | None = None,
        burst: app_commands.Range[int, 1, MAX_BURST] | None = None,
        cooldown: app_commands.Range[int, 0, MAX_COOLDOWN] | None = None,
        clear: app_commands.Choice[str] | None = None,
    ) -> None:
        if log_channel is not None and log_channel.type not in _TEXT_CHANNELS:
            await self.handlers.tell(interaction, "The triage log must be a text channel.")
            return
        await self.handlers.configure(
            interaction,
            default_domain=default_domain,
            helpdesk_role=helpdesk_role.id if helpdesk_role is not None else None,
            log_channel=log_channel.id if log_channel is not None else None,
            cooldown=cooldown,
            burst=burst,
            clear=clear.value if clear is not None else None,
        )

    @app_commands.command(name="help", description="Ports, SSL/TLS or STARTTLS, IMAP or POP3")
    async def help(self, interaction: Interaction) -> None:
        async with self.handlers.funnel(interaction, "help"):
            await interaction.response.send_message(view=HelpLayout(), ephemeral=True)


def message_menu(handlers: Handlers) -> app_commands.ContextMenu:
    """The "Diagnose email problem" entry of a message's Apps menu."""

    async def diagnose_message(interaction: Interaction, message: discord.Message) -> None:
        await handlers.message_menu(interaction, message)

    return app_commands.ContextMenu(
        name="Diagnose email problem",
        callback=diagnose_message,
        allowed_installs=EVERYWHERE_INSTALLS,
        allowed_contexts=EVERYWHERE_CONTEXTS,
    )
