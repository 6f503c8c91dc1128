"""What every command does: defer, run the library with live progress, reply, and one error funnel.

A command converts its input into a `Request`, and `Handlers.run` does the rest (style.md §12):
the person's allowance, the deferral (before anything slow: Discord allows 3 s, we aim for
100 ms), progress edits throttled to one per `edit_interval` seconds, the final embed with its
buttons. `funnel` turns every failure into a reply: a limit or bad input becomes a plain
sentence, anything else a short apology with an error id whose traceback is in the log, never a
silent "interaction failed". Each interaction ends with one structured log line.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import re
import secrets
import time
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import discord

from bot import helpdesk
from bot.config import Config
from bot.extract import PORT_PROTOCOL, extract
from bot.language import language_of, texts
from bot.limits import Busy, Limit, LimitHit, OnCooldown
from bot.logs import log_interaction
from bot.render import (
    config_embed,
    notice_embed,
    progress_embed,
    result_embed,
    settings_embed,
    takeaway_files,
)
from bot.screenshots import Screenshots, first_image
from bot.service import Diagnoser
from bot.store import GuildSettings, SettingsStore
from diagnostics.findings.catalog import endpoint_phrase
from diagnostics.frozen import frozen
from diagnostics.i18n import sentences
from diagnostics.model import Endpoint, Report
from diagnostics.policy import (
    InvalidTarget,
    validate_host,
    validate_port,
    validate_protocol,
    validate_security,
)
from diagnostics.ports import default_security
from diagnostics.report.markdown import escape
from diagnostics.sweep import ProbeFinished

if TYPE_CHECKING:
    from bot.views import ResultView

log = logging.getLogger(__name__)
Interaction = discord.Interaction[Any]

# Every text a reply says is the catalog's ui.bot.* (diagnostics/locale/), in the language of
# the interaction (bot/language.py).
_CLI_HINT = re.compile(r"\s*\(see --allow-private\)\s*$")


def _limit_text(exc: LimitHit, lang: str) -> str:
    """What a limit tells the person, in their language (the others are said in it already)."""
    m = texts(lang)
    if isinstance(exc, OnCooldown):
        tried = m.plural("ui.bot.limit.cooldown", exc.burst).format(n=exc.burst)
        wait = m.text("ui.bot.limit.wait").format(seconds=exc.seconds)
        return sentences(lang, tried, wait)
    if isinstance(exc, Busy):
        if exc.per_guild is None:
            return m.text("ui.bot.limit.busy")
        return m.plural("ui.bot.limit.guild_busy", exc.per_guild).format(n=exc.per_guild)
    return str(exc)


@frozen
class Request:
    """A diagnosis to run (and to run again): never holds credentials."""

    command: str  # check | diagnose | settings
    target: str
    title: str
    endpoint: Endpoint | None = None

    @classmethod
    def check(cls, endpoint: Endpoint, lang: str = "en") -> Request:
        return cls(
            command="check",
            target=endpoint.host,
            title=endpoint_phrase(endpoint, lang),
            endpoint=endpoint,
        )


@frozen
class LoginDefaults:
    """What the login modal is pre-filled with (from a report); no password, ever."""

    address: str = ""
    server: str = ""
    port: str = ""
    security: str = ""


def guild_key(interaction: Interaction) -> int:
    """The concurrency bucket: the guild, or the user in a DM (negative: never a guild id)."""
    return interaction.guild_id or -interaction.user.id


class ProgressEditor:
    """Edits the deferred reply as probes finish, at most once per `interval` seconds."""

    def __init__(
        self, interaction: Interaction, title: str, interval: float, lang: str = "en"
    ) -> None:
        self.interaction = interaction
        self.title = title
        self.lang = lang
        self.interval = interval
        self.events: list[ProbeFinished] = []
        self._task: asyncio.Task[None] | None = None
        self._sending = False
        self._last = -interval
        self._closed = False

    def on_progress(self, event: ProbeFinished) -> None:
        self.events.append(event)
        if self._task is None and not self._closed:
            self._task = asyncio.get_running_loop().create_task(self._edit_soon())

    async def _edit_soon(self) -> None:
        loop = asyncio.get_running_loop()
        wait = self._last + self.interval - loop.time()
        if wait > 0:
            await asyncio.sleep(wait)  # throttle: Discord rate-limits webhook edits
        self._task = None  # events from now on schedule the next edit
        self._last = loop.time()
        self._sending = True
        try:
            await self.interaction.edit_original_response(
                embed=progress_embed(self.title, list(self.events), self.lang)
            )
        except discord.HTTPException as exc:
            log.warning("progress edit failed: %s", exc)
        finally:
            self._sending = False

    async def __aenter__(self) -> ProgressEditor:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def close(self) -> None:
        """No more edits; an edit already on the wire is awaited so it cannot land last."""
        self._closed = True
        task = self._task
        if task is None:
            return
        if not self._sending:
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def __getattr__(name: str) -> str:
    # The login form's port field label in English, under its old name (tests fill the form
    # by its labels).
    if name == "PORT_SECURITY_LABEL":
        return texts("en").text("ui.bot.login.port")
    raise AttributeError(name)


def split_port_security(text: str) -> tuple[str, str]:
    """The login modal's "993 SSL/TLS" field as (port, security) texts; either may be ""."""
    port = [w for w in text.split() if w.isdigit()]
    rest = " ".join(w for w in text.split() if not w.isdigit())
    return (port[0] if port else "", rest)


def login_endpoint(
    server: str, port: str, security: str, *, username: str, lang: str = "en"
) -> Endpoint | None:
    """The endpoint typed into the login modal; None when no server was given (discover it)."""
    if not server.strip():
        return None
    host = validate_host(server)
    number = validate_port(port) if port.strip() else 993
    protocol = PORT_PROTOCOL.get(number)
    if protocol is None:
        raise InvalidTarget(texts(lang).text("ui.bot.error.port_protocol").format(port=number))
    default = default_security(number)
    chosen = validate_security(security) if security.strip() else default
    return Endpoint(protocol=protocol, host=host, port=number, security=chosen, username=username)


def login_defaults(report: Report | None) -> LoginDefaults:
    if report is None:
        return LoginDefaults()
    endpoint = report.user_endpoint
    if endpoint is None and report.choices:
        endpoint = report.choices[0].endpoint  # the answer's setting, as the card shows it
    if endpoint is None:
        return LoginDefaults(address="" if "@" not in report.target else report.target)
    return LoginDefaults(
        address=endpoint.username or (report.target if "@" in report.target else ""),
        server=endpoint.host,
        port=str(endpoint.port),
        security={"tls": "SSL/TLS", "starttls": "STARTTLS", "none": "None"}[endpoint.security],
    )


class Handlers:
    """The command bodies, shared by slash commands, buttons, modals and the context menu."""

    def __init__(
        self,
        config: Config,
        diagnoser: Diagnoser,
        store: SettingsStore | None = None,
        screenshots: Screenshots | None = None,
    ) -> None:
        self.config = config
        self.diagnoser = diagnoser
        self.store: SettingsStore = store or diagnoser.settings_store()
        self.screenshots = screenshots or Screenshots()

    def _limit(self, interaction: Interaction, settings: GuildSettings) -> Limit:
        """The per-person limit here: the server's own (/mail config) or the bot's."""
        return helpdesk.limit_of(settings, self._default_limit, interaction.guild_id)

    @property
    def _default_limit(self) -> Limit:
        return Limit(self.config.cooldown_seconds, self.config.burst)

    async def guild_settings(self, interaction: Interaction) -> GuildSettings:
        """The server's `/mail config` (defaults in a DM)."""
        if interaction.guild_id is None:
            return GuildSettings()
        return await self.store.get(interaction.guild_id)

    async def lang(self, interaction: Interaction, settings: GuildSettings | None = None) -> str:
        """The language to answer in: the person's Discord language, else the server's."""
        if settings is None and language_of(interaction) == "en":
            try:
                settings = await self.guild_settings(interaction)
            except Exception as exc:  # a store that fails must not silence the reply
                log.warning("no guild settings for the language: %s", exc)
        return language_of(interaction, settings)

    # --- the error funnel -----------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def funnel(
        self, interaction: Interaction, command: str, target: str | None = None
    ) -> AsyncIterator[dict[str, object]]:
        """Every failure becomes a reply; one log line per interaction, without secrets."""
        record: dict[str, object] = {"outcome": "ok"}
        started = time.monotonic()
        error_id: str | None = None
        reply: str | None = None
        try:
            yield record
        except InvalidTarget as exc:
            record["outcome"] = "refused"
            lang = await self.lang(interaction)
            reason = _CLI_HINT.sub("", exc.text(lang))
            t = texts(lang).text
            reply = t("ui.bot.refused").format(reason=escape(reason))
        except LimitHit as exc:
            record["outcome"] = "limited"
            reply = _limit_text(exc, await self.lang(interaction))
        except Exception as exc:
            error_id = secrets.token_hex(4)
            record["outcome"] = "error"
            log.error("error_id=%s command=%s failed", error_id, command, exc_info=exc)
            t = texts(await self.lang(interaction)).text
            reply = t("ui.bot.apology").format(error_id=f"`{error_id}`")
        finally:
            log_interaction(
                command=command,
                user=interaction.user.id,
                guild=interaction.guild_id,
                target=target,
                duration_ms=round((time.monotonic() - started) * 1000),
                **record,
                error_id=error_id,
            )
        if reply is not None:
            await self.tell(interaction, reply)

    async def tell(self, interaction: Interaction, text: str) -> None:
        """A short notice: the reply itself when nothing was sent yet, else the deferred one."""
        embed = notice_embed(text)
        try:
            if interaction.response.is_done():
                await interaction.edit_original_response(
                    content=None, embed=embed, view=None, attachments=[]
                )
            else:
                await interaction.response.send_message(embed=embed, ephemeral=True)
        except discord.HTTPException as exc:
            log.warning("could not tell interaction %s: %s", interaction.id, exc)

    async def report_error(self, interaction: Interaction, error: Exception, where: str) -> None:
        """Views' and modals' on_error: the same funnel for errors raised outside it."""
        async with self.funnel(interaction, where):
            raise error

    # --- diagnoses --------------------------------------------------------------------------

    async def check(
        self, interaction: Interaction, protocol: str, host: str, port: int, security: str
    ) -> None:
        async with self.funnel(interaction, "check", host.strip()[:253]) as record:
            settings = await self.guild_settings(interaction)
            lang = await self.lang(interaction, settings)
            endpoint = Endpoint(
                protocol=validate_protocol(protocol),
                host=validate_host(helpdesk.complete_host(host, settings)),
                port=validate_port(port),
                security=validate_security(security),
            )
            await self._run(interaction, Request.check(endpoint, lang), record, settings=settings)

    async def diagnose(
        self, interaction: Interaction, target: str, command: str = "diagnose"
    ) -> None:
        async with self.funnel(interaction, command, target.strip()[:320]) as record:
            settings = await self.guild_settings(interaction)
            t = texts(await self.lang(interaction, settings)).text
            cleaned = target.strip() or (settings.default_domain or "")
            if not cleaned:
                raise InvalidTarget(t("ui.bot.error.need_target"))
            title = (
                t("ui.bot.settings_title").format(target=cleaned)
                if command == "settings"
                else cleaned
            )
            request = Request(command=command, target=cleaned, title=title)
            await self._run(interaction, request, record, settings=settings)

    async def rerun(self, interaction: Interaction, request: Request, *, ephemeral: bool) -> None:
        async with self.funnel(interaction, f"{request.command}:again", request.target) as record:
            await self._run(interaction, request, record, ephemeral=ephemeral, fresh=True)

    async def _run(
        self,
        interaction: Interaction,
        request: Request,
        record: dict[str, object],
        *,
        ephemeral: bool = False,
        fresh: bool = False,
        post_button: bool = False,
        settings: GuildSettings | None = None,
    ) -> None:
        if settings is None:
            settings = await self.guild_settings(interaction)
        lang = await self.lang(interaction, settings)
        shared = not fresh and await self.diagnoser.shared(
            endpoint=request.endpoint, target=request.target
        )
        # A cached or running result costs nothing; a server's helpdesk roles have no limit.
        if not shared and not helpdesk.is_helpdesk(interaction, settings):
            await self.diagnoser.take(interaction.user.id, self._limit(interaction, settings))
        await interaction.response.defer(thinking=True, ephemeral=ephemeral)
        key = guild_key(interaction)
        async with ProgressEditor(
            interaction, request.title, self.config.edit_interval, lang
        ) as editor:
            if request.endpoint is not None:
                report, how = await self.diagnoser.check(
                    request.endpoint, guild_key=key, on_progress=editor.on_progress, fresh=fresh
                )
            else:
                report, how = await self.diagnoser.diagnose(
                    request.target, guild_key=key, on_progress=editor.on_progress, fresh=fresh
                )
        record.update(outcome=report.verdict.value, how=how)
        view = self._view(
            interaction,
            report,
            request=request,
            ephemeral=ephemeral,
            post_button=post_button,
            lang=lang,
        )
        if request.command == "settings":
            files = takeaway_files(report, request.target, lang)
            embed = settings_embed(report, with_files=bool(files), lang=lang)
            await interaction.edit_original_response(embed=embed, view=view, attachments=files)
        else:
            # A whole account found: the profile and the autoconfig file ride on the card (an
            # iPhone installs the settings in one tap); the admin's DNS records stay with
            # /mail settings.
            files = takeaway_files(report, request.target, lang, records=False)
            await interaction.edit_original_response(
                embed=result_embed(report, lang, with_files=bool(files)),
                view=view,
                attachments=files,
            )
        await helpdesk.post_triage(
            interaction, settings, report, command=request.command, target=request.target
        )

    def _view(
        self,
        owner: Interaction,
        report: Report,
        request: Request | None = None,
        *,
        lang: str = "en",
        **flags: bool,
    ) -> ResultView:
        """The result's buttons (bot.views imports this module, hence the late import)."""
        from bot.views import ResultView

        return ResultView(self, report, owner=owner, request=request, lang=lang, **flags)

    # --- /mail config ---------------------------------------------------------------------

    async def configure(
        self,
        interaction: Interaction,
        *,
        default_domain: str | None = None,
        helpdesk_role: int | None = None,
        log_channel: int | None = None,
        cooldown: int | None = None,
        burst: int | None = None,
        clear: str | None = None,
        language: str | None = None,
    ) -> None:
        """Show or change this server's settings: for those who may manage the server."""
        async with self.funnel(interaction, "config") as record:
            t = texts(language_of(interaction)).text
            guild_id = interaction.guild_id
            if guild_id is None:
                raise LimitHit(t("ui.bot.error.config_dm"))
            if not interaction.is_guild_integration():
                raise LimitHit(t("ui.bot.error.config_not_installed"))
            if not helpdesk.is_manager(interaction):
                raise LimitHit(t("ui.bot.error.config_not_manager"))
            settings = await self.store.get(guild_id)
            changed = helpdesk.changed_settings(
                settings,
                default_domain=default_domain,
                helpdesk_role=helpdesk_role,
                log_channel=log_channel,
                cooldown=cooldown,
                burst=burst,
                clear=clear,
                language=language,
            )
            if changed != settings:
                await self.store.set(guild_id, changed)
                record.update(outcome="changed")
            lang = await self.lang(interaction, changed)
            await interaction.response.send_message(
                embed=config_embed(
                    changed, changed=changed != settings, lang=lang, default=self._default_limit
                ),
                ephemeral=True,
            )

    # --- login (modal) --------------------------------------------------------------------

    async def open_login(self, interaction: Interaction, defaults: LoginDefaults) -> None:
        from bot.views import LoginModal

        async with self.funnel(interaction, "login:open"):
            settings = await self.guild_settings(interaction)
            lang = await self.lang(interaction, settings)
            if not helpdesk.may_test_logins(interaction, settings):
                raise LimitHit(texts(lang).text("ui.bot.error.login_helpdesk_only"))
            await interaction.response.send_modal(LoginModal(self, defaults, lang))

    async def login_submitted(
        self,
        interaction: Interaction,
        *,
        address: str,
        password: str,
        server: str,
        port: str,
        security: str,
        token: str = "",
    ) -> None:
        """Test a login. The password (or token) lives in this call only; every reply is
        ephemeral."""
        target = server.strip() or address.strip().rpartition("@")[2]
        async with self.funnel(interaction, "login", target[:253]) as record:
            settings = await self.guild_settings(interaction)
            await self.diagnoser.take(interaction.user.id, self._limit(interaction, settings))
            await interaction.response.defer(thinking=True, ephemeral=True)
            t = texts(await self.lang(interaction)).text
            address = address.strip()
            if not address:
                raise InvalidTarget(t("ui.bot.error.need_address"))
            if not password and not token.strip():
                raise InvalidTarget(t("ui.bot.error.need_password"))
            endpoint = login_endpoint(
                server, port, security, username=address, lang=await self.lang(interaction)
            )
            if endpoint is None:
                foreign, site = await self._foreign_servers(interaction, address)
                if foreign:
                    record.update(outcome="consent_asked")
                    await self._ask_consent(
                        interaction, address, password, foreign, token, redirected_to=site
                    )
                    return
            await self._login(interaction, address, password, endpoint, record, token)

    async def _login(
        self,
        interaction: Interaction,
        address: str,
        password: str,
        endpoint: Endpoint | None,
        record: dict[str, object],
        token: str = "",
    ) -> None:
        lang = await self.lang(interaction)
        what = endpoint_phrase(endpoint, lang) if endpoint else address
        title = texts(lang).text("ui.bot.progress.login").format(what=what)
        async with ProgressEditor(interaction, title, self.config.edit_interval, lang) as editor:
            report = await self.diagnoser.login(
                address=address,
                password=password,
                token=token.strip() or None,
                endpoint=endpoint,
                guild_key=guild_key(interaction),
                on_progress=editor.on_progress,
            )
        record.update(outcome=report.verdict.value)
        view = self._view(interaction, report, ephemeral=True, lang=lang)
        await interaction.edit_original_response(embed=result_embed(report, lang), view=view)

    async def _foreign_servers(
        self, interaction: Interaction, address: str
    ) -> tuple[tuple[str, ...], str | None]:
        """The servers the login would go to that another organisation runs and nobody vouched
        for (discovery/consent.py), from the diagnosis without a password (shared, cached), and
        the other domain whose document named them through a redirect, if one did."""
        from diagnostics.discovery.consent import hosts_needing_consent, redirected_by

        domain = address.rpartition("@")[2]
        if not domain:
            return (), None
        lang = await self.lang(interaction)
        title = texts(lang).text("ui.bot.progress.finding").format(address=address)
        async with ProgressEditor(interaction, title, self.config.edit_interval, lang) as editor:
            report, _ = await self.diagnoser.diagnose(
                address,
                guild_key=guild_key(interaction),
                on_progress=editor.on_progress,
                for_login=True,
            )
        hosts = hosts_needing_consent(report.choices, address)
        return hosts, redirected_by(report.choices, hosts)

    async def _ask_consent(
        self,
        interaction: Interaction,
        address: str,
        password: str,
        hosts: tuple[str, ...],
        token: str = "",
        *,
        redirected_to: str | None = None,
    ) -> None:
        """Ask before the password goes to another organisation's server (Thunderbird asks
        before following a redirect to another domain). The password waits in this view only,
        until a click or the view's timeout."""
        from bot.views import ConsentView

        async def proceed(click: Interaction) -> None:
            async with self.funnel(
                click, "login:consent", address.rpartition("@")[2][:253]
            ) as record:
                await click.response.defer(thinking=True, ephemeral=True)
                await self._login(click, address, password, None, record, token)

        names = ", ".join(f"`{escape(h)}`" for h in hosts)
        lang = await self.lang(interaction)
        # What goes there: a token login never says password, and with both given (the server
        # may offer no OAuth, and then the password is used) the question names both.
        secret = {(True, True): "both", (False, True): "token"}.get(
            (bool(password), bool(token.strip())), "password"
        )
        # Why nobody vouched for them: a record anyone on the way could change, or another
        # domain's document that a redirect led to (Thunderbird asks before following it).
        key = "ui.bot.consent.ask" if redirected_to is None else "ui.bot.consent.ask_redirect"
        if secret != "password":
            key += f"_{secret}"
        text = (
            texts(lang)
            .text(key)
            .format(
                address=f"**{escape(address)}**",
                servers=names,
                site=f"`{escape(redirected_to or '')}`",
            )
        )
        view = ConsentView(self, owner=interaction, proceed=proceed, lang=lang, secret=secret)
        await interaction.edit_original_response(embed=notice_embed(text), view=view)

    # --- explain ----------------------------------------------------------------------------

    async def open_explain(self, interaction: Interaction) -> None:
        from bot.views import ExplainModal

        async with self.funnel(interaction, "explain:open"):
            await interaction.response.send_modal(ExplainModal(self, await self.lang(interaction)))

    async def explain(
        self,
        interaction: Interaction,
        text: str,
        *,
        ephemeral: bool = False,
        post: bool = False,
        settings: Endpoint | None = None,
    ) -> None:
        """Explain a pasted error; `settings` (read beside it) are offered for testing when the
        paste's own dialog names none."""
        async with self.funnel(interaction, "explain") as record:
            lang = await self.lang(interaction)
            if not text.strip():
                raise InvalidTarget(texts(lang).text("ui.bot.error.need_text"))
            report = self.diagnoser.explain(text)
            if report.user_endpoint is None and settings is not None:
                report = dataclasses.replace(report, user_endpoint=settings)
            record.update(outcome=report.verdict.value)
            view = self._view(interaction, report, ephemeral=ephemeral, post_button=post, lang=lang)
            await interaction.response.send_message(
                embed=result_embed(report, lang), view=view, ephemeral=ephemeral
            )

    async def explain_image(
        self,
        interaction: Interaction,
        attachment: discord.Attachment,
        *,
        text: str = "",
        ephemeral: bool = False,
        post: bool = False,
    ) -> None:
        """A screenshot of an error (and the words sent with it): read with OCR, explained."""
        from diagnostics.ocr import OcrUnavailable

        async with self.funnel(interaction, "explain:image") as record:
            settings = await self.guild_settings(interaction)  # OCR costs a core for a second
            await self.diagnoser.take(interaction.user.id, self._limit(interaction, settings))
            await interaction.response.defer(thinking=True, ephemeral=ephemeral)
            lang = await self.lang(interaction)
            try:
                report = await self.screenshots.explain(attachment, text, lang)
            except OcrUnavailable as exc:
                log.warning("cannot read screenshots: %s", exc)
                record["outcome"] = "unavailable"
                await self.tell(interaction, texts(lang).text("ui.bot.no_ocr"))
                return
            record.update(outcome=report.verdict.value)
            view = self._view(interaction, report, ephemeral=ephemeral, post_button=post, lang=lang)
            await interaction.edit_original_response(embed=result_embed(report, lang), view=view)

    async def test_settings(
        self, interaction: Interaction, endpoint: Endpoint, *, ephemeral: bool
    ) -> None:
        """ "Test these settings" on an explained dialog: check the settings it named."""
        async with self.funnel(interaction, "explain:check", endpoint.host) as record:
            request = Request.check(endpoint, await self.lang(interaction))
            await self._run(interaction, request, record, ephemeral=ephemeral)

    # --- the context menu -----------------------------------------------------------------

    async def message_menu(self, interaction: Interaction, message: discord.Message) -> None:
        """Diagnose what a support message is about; ephemeral to the agent, who may post it."""
        found = extract(message.content or "")
        image = first_image(message)
        if image is not None and (found is None or found.kind == "explain"):
            # A screenshot of the error, perhaps with a line of text: read both together.
            await self.explain_image(
                interaction, image, text=message.content or "", ephemeral=True, post=True
            )
            return
        if found is not None and found.kind == "explain" and found.text:
            await self.explain(
                interaction, found.text, ephemeral=True, post=True, settings=found.endpoint
            )
            return
        request: Request | None = None
        if found is not None and found.endpoint is not None:
            request = Request.check(found.endpoint, await self.lang(interaction))
        elif found is not None and found.target is not None:
            request = Request(command="diagnose", target=found.target, title=found.target)
        async with self.funnel(interaction, "menu", request.target if request else None) as record:
            if request is None:
                lang = await self.lang(interaction)
                raise InvalidTarget(texts(lang).text("ui.bot.error.nothing_found"))
            await self._run(interaction, request, record, ephemeral=True, post_button=True)

    async def post_in_channel(self, interaction: Interaction, report: Report) -> None:
        async with self.funnel(interaction, "post"):
            # Posted for the channel: in the server's language where it has one, else the agent's.
            settings = await self.guild_settings(interaction)
            lang = settings.language or await self.lang(interaction, settings)
            view = self._view(interaction, report, login_button=False, lang=lang)
            await interaction.response.send_message(
                content=texts(lang).text("ui.bot.shared_by").format(user=interaction.user.mention),
                embed=result_embed(report, lang),
                view=view,
            )

    async def details(self, interaction: Interaction, report: Report) -> None:
        from bot.render import report_file

        async with self.funnel(interaction, "details", report.target):
            lang = await self.lang(interaction)
            await interaction.response.send_message(
                content=texts(lang).text("ui.bot.details"),
                file=report_file(report, lang),
                ephemeral=True,
            )


__all__ = ["Handlers", "LoginDefaults", "ProgressEditor", "Request", "login_endpoint"]
