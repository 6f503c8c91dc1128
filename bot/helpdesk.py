"""A server's helpdesk settings at work: who counts as helpdesk, the default domain, the triage
log line.

Pure functions of an interaction's facts and a `GuildSettings` (bot/store.py), plus the one call
that posts the triage line. The triage line is for a ticket: the domain, the command, the
verdict and the one-sentence answer; never a password, and never an address's local part (the
answer's sentence may name a username: every `local@` is cut to `@`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Any

import discord

from bot.limits import Limit
from bot.store import MAX_BURST, MAX_COOLDOWN, MAX_ROLES, GuildSettings
from diagnostics.i18n import LANGUAGES
from diagnostics.model import Report
from diagnostics.policy import InvalidTarget, validate_host
from diagnostics.report._common import status_word
from diagnostics.report.markdown import escape, fit

log = logging.getLogger(__name__)
Interaction = discord.Interaction[Any]

TRIAGE_CHARS = 500  # one line in a busy channel, far under Discord's 2000
_LOCAL_PART = re.compile(r"[^\s@<>()\[\]\"',;:]+@(?=[^\s@])")
_VERDICT_MARK = {"healthy": "✅", "problems": "❌", "unknown": "❔"}


def role_ids(interaction: Interaction) -> frozenset[int]:
    """The roles the person has in this server, as Discord sent them with the interaction.

    `Member.roles` resolves ids through the guild cache, which is empty where the bot is not a
    member (a user install) or the guild is not yet cached; the ids themselves are always there."""
    return frozenset(getattr(interaction.user, "_roles", ()))


def is_manager(interaction: Interaction) -> bool:
    """May change this server's settings (Manage Server, as Discord computed it)."""
    return interaction.guild_id is not None and interaction.permissions.manage_guild


def is_helpdesk(interaction: Interaction, settings: GuildSettings) -> bool:
    """Has one of the server's helpdesk roles (or manages the server)."""
    if interaction.guild_id is None:
        return False
    return is_manager(interaction) or bool(role_ids(interaction) & set(settings.helpdesk_roles))


def may_test_logins(interaction: Interaction, settings: GuildSettings) -> bool:
    """Login tests: everyone unless the server named helpdesk roles; always in a DM."""
    return not settings.helpdesk_roles or is_helpdesk(interaction, settings)


def complete_host(host: str, settings: GuildSettings) -> str:
    """A bare label ("imap") is a server of the default domain ("imap.example.org")."""
    cleaned = host.strip().rstrip(".")
    if settings.default_domain and cleaned and "." not in cleaned and ":" not in cleaned:
        return f"{cleaned}.{settings.default_domain}"
    return host


def clean_domain(text: str) -> str:
    """The default domain a manager typed: a domain (an address gives its domain)."""
    domain = text.strip().rpartition("@")[2].strip().rstrip(".").lower()
    if "." not in domain:
        raise InvalidTarget("give a domain, e.g. example.org")
    return validate_host(domain)


CLEARABLE = (
    "default_domain",
    "helpdesk_roles",
    "log_channel",
    "language",
    "limits",
    "everything",
)


def limit_of(settings: GuildSettings, default: Limit, guild_id: int | None) -> Limit:
    """The per-person limit that applies in this server: its own from /mail config (with
    buckets of its own, so a person's tests elsewhere do not count here), else the default."""
    if guild_id is None or (settings.cooldown_seconds is None and settings.burst is None):
        return default
    seconds = default.seconds if settings.cooldown_seconds is None else settings.cooldown_seconds
    burst = default.burst if settings.burst is None else settings.burst
    return Limit(float(seconds), burst, scope=guild_id)


def changed_settings(
    settings: GuildSettings,
    *,
    default_domain: str | None = None,
    helpdesk_role: int | None = None,
    log_channel: int | None = None,
    cooldown: int | None = None,
    burst: int | None = None,
    clear: str | None = None,
    language: str | None = None,
) -> GuildSettings:
    """`settings` after one `/mail config`: clear first, then set; a role given again is removed
    (a toggle: one option adds and removes helpdesk roles)."""
    if clear is not None and clear not in CLEARABLE:
        raise InvalidTarget(f"clear: one of {', '.join(CLEARABLE)}")
    if clear == "everything":
        settings = GuildSettings()
    elif clear == "helpdesk_roles":
        settings = replace(settings, helpdesk_roles=())
    elif clear == "default_domain":
        settings = replace(settings, default_domain=None)
    elif clear == "log_channel":
        settings = replace(settings, log_channel=None)
    elif clear == "limits":
        settings = replace(settings, cooldown_seconds=None, burst=None)
    elif clear == "language":
        settings = replace(settings, language=None)
    if language is not None:
        if language not in LANGUAGES:
            raise InvalidTarget(f"language: one of {', '.join(LANGUAGES)}")
        settings = replace(settings, language=language)
    if default_domain is not None:
        settings = replace(settings, default_domain=clean_domain(default_domain))
    if helpdesk_role is not None:
        roles = settings.helpdesk_roles
        if helpdesk_role in roles:
            roles = tuple(r for r in roles if r != helpdesk_role)
        elif len(roles) >= MAX_ROLES:
            raise InvalidTarget(f"at most {MAX_ROLES} helpdesk roles: remove one first")
        else:
            roles = (*roles, helpdesk_role)
        settings = replace(settings, helpdesk_roles=roles)
    if log_channel is not None:
        settings = replace(settings, log_channel=log_channel)
    if cooldown is not None:
        if not 0 <= cooldown <= MAX_COOLDOWN:
            raise InvalidTarget(f"cooldown: 0 to {MAX_COOLDOWN} seconds (0: no limit)")
        settings = replace(settings, cooldown_seconds=cooldown)
    if burst is not None:
        if not 1 <= burst <= MAX_BURST:
            raise InvalidTarget(f"burst: 1 to {MAX_BURST} tests in a row")
        settings = replace(settings, burst=burst)
    return settings


def domain_of(target: str) -> str:
    """The domain of what was tested: an address loses its local part."""
    return target.strip().rpartition("@")[2]


def triage_line(
    report: Report, *, command: str, target: str, agent_id: int, lang: str | None = None
) -> str:
    """`❌ PROBLEM · example.org · /mail check · <answer> · by @agent`: one line, no secrets, in
    `lang` (the server's language) when given."""
    if lang is not None:
        from diagnostics.translate import in_language

        report = in_language(report, lang)
    summary = _LOCAL_PART.sub("@", " ".join(report.summary.split()))
    word = status_word(report.verdict, report.lang)
    head = (
        f"{_VERDICT_MARK.get(report.verdict.value, '❔')} **{word}** · "
        f"{escape(domain_of(target))} · /mail {command} · "
    )
    tail = f" · by <@{agent_id}>"
    return head + fit(summary, TRIAGE_CHARS - len(head) - len(tail)) + tail


async def post_triage(
    interaction: Interaction, settings: GuildSettings, report: Report, *, command: str, target: str
) -> None:
    """The triage line in the server's log channel, if it has one; a failure is only logged."""
    if settings.log_channel is None or interaction.guild_id is None:
        return
    line = triage_line(
        report,
        command=command,
        target=target,
        agent_id=interaction.user.id,
        lang=settings.language or "en",
    )
    channel = interaction.client.get_partial_messageable(
        settings.log_channel, guild_id=interaction.guild_id
    )
    try:
        await channel.send(content=line, allowed_mentions=discord.AllowedMentions.none())
    except discord.HTTPException as exc:  # the channel is gone, or the bot may not post there
        log.warning("triage log to channel %s failed: %s", settings.log_channel, exc)


__all__ = [
    "changed_settings",
    "clean_domain",
    "complete_host",
    "is_helpdesk",
    "is_manager",
    "may_test_logins",
    "post_triage",
    "role_ids",
    "triage_line",
]
