"""Buttons and modals: Details, Run again, Test login, Test these settings, Post in channel; forms.

Views time out before the interaction token does (15 min): on timeout the buttons are removed
from the message, quietly if the message is gone. The login modal is the only way a password
reaches the bot; it is never a command option, and every reply to it is ephemeral.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import discord

from bot.flow import (
    Interaction,
    LoginDefaults,
    Request,
    login_defaults,
    split_port_security,
)
from bot.language import texts
from diagnostics.model import Report

if TYPE_CHECKING:
    from bot.flow import Handlers

log = logging.getLogger(__name__)
Action = Callable[[Interaction], Awaitable[None]]


class ActionButton(discord.ui.Button["ResultView"]):
    def __init__(
        self, *, label: str, emoji: str, style: discord.ButtonStyle, action: Action
    ) -> None:
        super().__init__(label=label, emoji=emoji, style=style)
        self._action = action

    async def callback(self, interaction: Interaction) -> None:
        await self._action(interaction)


class ResultView(discord.ui.View):
    """The final reply's buttons."""

    def __init__(
        self,
        handlers: Handlers,
        report: Report,
        *,
        owner: Interaction,
        request: Request | None,
        ephemeral: bool = False,
        post_button: bool = False,
        login_button: bool = True,
        lang: str = "en",
    ) -> None:
        super().__init__(timeout=handlers.config.view_timeout)
        self.handlers = handlers
        self.owner = owner
        t = texts(lang).text
        self.add_item(
            ActionButton(
                label=t("ui.bot.button.details"),
                emoji="📄",
                style=discord.ButtonStyle.secondary,
                action=lambda i: handlers.details(i, report),
            )
        )
        if request is not None:
            self.add_item(
                ActionButton(
                    label=t("ui.bot.button.again"),
                    emoji="🔁",
                    style=discord.ButtonStyle.secondary,
                    action=lambda i: handlers.rerun(i, request, ephemeral=ephemeral),
                )
            )
        endpoint = report.user_endpoint
        if report.kind == "explain" and endpoint is not None:
            # The pasted dialog named its settings (server, port, SSL): one tap tests them.
            self.add_item(
                ActionButton(
                    label=t("ui.bot.button.test_settings"),
                    emoji="🧪",
                    style=discord.ButtonStyle.primary,
                    action=lambda i: handlers.test_settings(i, endpoint, ephemeral=ephemeral),
                )
            )
        if login_button and report.kind != "explain":
            defaults = login_defaults(report)
            self.add_item(
                ActionButton(
                    label=t("ui.bot.button.login"),
                    emoji="🔑",
                    style=discord.ButtonStyle.secondary,
                    action=lambda i: handlers.open_login(i, defaults),
                )
            )
        if post_button:
            self.add_item(
                ActionButton(
                    label=t("ui.bot.button.post"),
                    emoji="📣",
                    style=discord.ButtonStyle.primary,
                    action=lambda i: handlers.post_in_channel(i, report),
                )
            )

    async def on_timeout(self) -> None:
        """Remove the buttons; the message may be gone, or the token expired: then nothing."""
        with contextlib.suppress(discord.HTTPException):
            await self.owner.edit_original_response(view=None)

    async def on_error(
        self, interaction: Interaction, error: Exception, item: discord.ui.Item[Any]
    ) -> None:
        await self.handlers.report_error(interaction, error, "button")


class ConsentView(discord.ui.View):
    """Yes / Cancel before a password goes to another organisation's server (bot/flow.py)."""

    def __init__(
        self,
        handlers: Handlers,
        *,
        owner: Interaction,
        proceed: Action,
        lang: str = "en",
        secret: str = "password",
    ) -> None:
        super().__init__(timeout=handlers.config.view_timeout)
        t = texts(lang).text
        self.owner = owner
        self._proceed: Action | None = proceed

        async def send(interaction: Interaction) -> None:
            go, self._proceed = self._proceed, None  # once; the password is dropped after
            self.stop()
            if go is not None:
                await go(interaction)

        async def cancel(interaction: Interaction) -> None:
            self._proceed = None
            self.stop()
            await interaction.response.edit_message(
                content=t("ui.bot.consent.cancelled"), embed=None, view=None
            )

        self.add_item(
            ActionButton(
                label=t(f"ui.bot.button.send_{secret}"),
                emoji="🔑",
                style=discord.ButtonStyle.danger,
                action=send,
            )
        )
        self.add_item(
            ActionButton(
                label=t("ui.bot.button.cancel"),
                emoji="✖️",
                style=discord.ButtonStyle.secondary,
                action=cancel,
            )
        )

    async def on_timeout(self) -> None:
        self._proceed = None  # the password goes with the closure
        with contextlib.suppress(discord.HTTPException):
            await self.owner.edit_original_response(view=None)


class LoginModal(discord.ui.Modal):
    """Address, password, and optionally the server, port and security to log in to."""

    def __init__(self, handlers: Handlers, defaults: LoginDefaults, lang: str = "en") -> None:
        t = texts(lang).text
        super().__init__(title=t("ui.bot.login.title"), timeout=handlers.config.view_timeout)
        self.handlers = handlers
        self.address: discord.ui.TextInput[LoginModal] = discord.ui.TextInput(
            label=t("ui.bot.login.address"),
            placeholder="you@example.com",
            default=defaults.address or None,
            max_length=254,
        )
        self.password: discord.ui.TextInput[LoginModal] = discord.ui.TextInput(
            label=t("ui.bot.login.password"),
            placeholder=t("ui.bot.login.password_hint"),
            required=False,  # an OAuth token can take its place
            max_length=256,
        )
        self.token: discord.ui.TextInput[LoginModal] = discord.ui.TextInput(
            label=t("ui.bot.login.token"),
            placeholder=t("ui.bot.login.token_hint"),
            required=False,
            max_length=4000,
        )
        self.server: discord.ui.TextInput[LoginModal] = discord.ui.TextInput(
            label=t("ui.bot.login.server"),
            placeholder="imap.example.com",
            default=defaults.server or None,
            required=False,
            max_length=253,
        )
        # One field for port and security: a modal holds five fields, and the token took one.
        self.port: discord.ui.TextInput[LoginModal] = discord.ui.TextInput(
            label=t("ui.bot.login.port"),
            placeholder="993 SSL/TLS, 587 STARTTLS, 143 None",
            default=f"{defaults.port} {defaults.security}".strip() or None,
            required=False,
            max_length=20,
        )
        for item in (self.address, self.password, self.token, self.server, self.port):
            self.add_item(item)

    async def on_submit(self, interaction: Interaction) -> None:
        password, token = self.password.value, self.token.value
        # The modal may outlive the test in discord.py's store.
        self.password._value = ""
        self.token._value = ""
        port, security = split_port_security(self.port.value)
        await self.handlers.login_submitted(
            interaction,
            address=self.address.value,
            password=password,
            token=token,
            server=self.server.value,
            port=port,
            security=security,
        )

    async def on_error(  # type: ignore[override]  # Modal's own signature has no item
        self, interaction: Interaction, error: Exception
    ) -> None:
        await self.handlers.report_error(interaction, error, "login")


class ExplainModal(discord.ui.Modal):
    """A large box for a pasted error message."""

    def __init__(self, handlers: Handlers, lang: str = "en") -> None:
        t = texts(lang).text
        super().__init__(title=t("ui.bot.explain.title"), timeout=handlers.config.view_timeout)
        self.handlers = handlers
        self.text: discord.ui.TextInput[ExplainModal] = discord.ui.TextInput(
            label=t("ui.bot.explain.label"),
            style=discord.TextStyle.paragraph,
            placeholder=t("ui.bot.explain.placeholder"),
            max_length=4000,
        )
        self.add_item(self.text)

    async def on_submit(self, interaction: Interaction) -> None:
        await self.handlers.explain(interaction, self.text.value)

    async def on_error(  # type: ignore[override]  # Modal's own signature has no item
        self, interaction: Interaction, error: Exception
    ) -> None:
        await self.handlers.report_error(interaction, error, "explain")
