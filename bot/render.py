"""Reports as Discord embeds and files: pure functions, inside Discord's limits, phone-first.

The final embed leads with the verdict and the root cause's fix (`markdown_summary`), then the
other findings' titles, then the settings that work, one short field each (no tables: a phone is
narrow). The whole text report is a file behind the Details button. Every string a server or a
person wrote is escaped by the library's Markdown helpers; `fit_embed` is the last guard so no
embed can exceed Discord's limits, whatever the report holds.
"""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Callable, Sequence

import discord

from bot.language import LANGUAGE_NAMES, texts
from bot.limits import Limit
from bot.progress import progress_line
from bot.store import GuildSettings
from diagnostics.explanation import not_recognised
from diagnostics.export.profiles import (
    domain_of,
    render_autoconfig,
    render_mobileconfig,
)
from diagnostics.export.records import render_srv
from diagnostics.findings.catalog import describe, endpoint_phrase
from diagnostics.i18n import Messages, sentences
from diagnostics.model import Choice, Finding, Report, ReportKind, Severity, Verdict
from diagnostics.report import markdown_summary, render_markdown
from diagnostics.report._common import card_name, clean
from diagnostics.report.markdown import escape, fit, settings_card, size
from diagnostics.sweep import ProbeFinished
from diagnostics.translate import in_language

# Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-limits)
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELDS_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000

COLOUR = {
    Verdict.HEALTHY: discord.Colour(0x2ECC71),
    Verdict.PROBLEMS: discord.Colour(0xE74C3C),
    Verdict.UNKNOWN: discord.Colour(0x95A5A6),
}
WORKING = discord.Colour(0x5865F2)
NOTICE = discord.Colour(0xF1C40F)
_SEVERITY_MARK = {Severity.ERROR: "❌", Severity.WARNING: "⚠️", Severity.INFO: "ℹ️"}


def _cut(text: str, limit: int) -> str:
    return fit(text, limit, lambda s: s)


def progress_embed(
    title: str, events: Sequence[ProbeFinished], lang: str | Messages = "en"
) -> discord.Embed:
    """The reply while probes run: one line in plain words (bot/progress.py)."""
    embed = discord.Embed(title=_cut("⏳ " + title, TITLE_LIMIT), colour=WORKING)
    embed.description = escape(progress_line(events, lang))
    return fit_embed(embed)


def report_title(report: Report) -> str:
    """The embed's title; the target cleaned like every rendered field (report/_common.py)."""
    if report.kind is ReportKind.CHECK and report.user_endpoint is not None:
        return clean(endpoint_phrase(report.user_endpoint, report.lang))
    if report.kind is ReportKind.EXPLAIN:
        return texts(report.lang).text("ui.bot.explained_title")
    return clean(report.target)


def for_chat(report: Report, lang: str | None = None) -> Report:
    """`report` in the reader's language (`lang`, else its own), with the library's
    command-line advice said in Discord's words (a person in Discord has the slash command)."""
    if lang is not None:
        report = in_language(report, lang)
    if report.summary == not_recognised(report.lang):
        chat = texts(report.lang).text("ui.bot.not_recognised")
        return dataclasses.replace(report, summary=chat)
    return report


def result_embed(
    report: Report, lang: str | None = None, *, with_files: bool = False
) -> discord.Embed:
    """The final reply: verdict, root cause and fix, other findings, settings that work, in
    `lang` (else the report's language); `with_files`: the take-away files ride on it.

    One statement per fact, on a phone every line counts: the endpoint line under the verdict
    is left out when it is the title, and a finding whose title was already said (the root's,
    or the same warning about the other direction) is not listed again."""
    report = for_chat(report, lang)
    t = texts(report.lang).text
    title = report_title(report)
    summary = markdown_summary(report)
    said = "-# " + escape(title)
    summary = "\n".join(line for line in summary.split("\n") if line != said)
    embed = discord.Embed(
        title=_cut(title, TITLE_LIMIT), description=summary, colour=COLOUR[report.verdict]
    )
    seen = {_title(f, report.lang) for f in report.findings[:1]}
    lines = []
    for finding in report.findings[1:]:
        words = _title(finding, report.lang)
        if words in seen:
            continue
        seen.add(words)
        lines.append(f"{_SEVERITY_MARK[finding.severity]} {escape(words)}")
    if lines:
        embed.add_field(
            name=t("ui.report.also_found"),
            value=_lines_within(lines, FIELD_VALUE_LIMIT, report.lang),
            inline=False,
        )
    if report.findings:  # with no finding, the summary already holds the settings
        for choice in report.choices:
            embed.add_field(**settings_field(choice, report.lang), inline=False)
    footer = t("ui.bot.footer.details")
    if with_files:
        footer = sentences(report.lang, t("ui.bot.footer.install"), footer)
    if report.kind is not ReportKind.EXPLAIN:
        checked = t("ui.bot.footer.checked").format(seconds=f"{report.duration_ms / 1000:.1f}")
        footer = sentences(report.lang, checked, footer)
    embed.set_footer(text=footer)
    return fit_embed(embed)


def _title(finding: Finding, lang: str) -> str:
    return " ".join(describe(finding, lang).title.split())


def settings_embed(
    report: Report, *, with_files: bool = False, lang: str | None = None
) -> discord.Embed:
    """/mail settings: each setting on its own line, ready to type into a phone."""
    report = for_chat(report, lang)
    t = texts(report.lang).text
    embed = discord.Embed(
        title=_cut(t("ui.bot.settings_title").format(target=clean(report.target)), TITLE_LIMIT),
        colour=COLOUR[report.verdict] if report.choices else COLOUR[Verdict.PROBLEMS],
    )
    if not report.choices:
        none = t("ui.bot.settings_none")
        embed.description = sentences(report.lang, none, markdown_summary(report))
    for choice in report.choices:
        embed.add_field(**settings_field(choice, report.lang), inline=False)
    footer = sentences(report.lang, t("ui.bot.settings_footer"), t("ui.bot.footer.details"))
    if with_files:
        footer = sentences(report.lang, t("ui.bot.settings_files"), footer)
    embed.set_footer(text=footer)
    return fit_embed(embed)


def takeaway_files(
    report: Report, address: str, lang: str | None = None, *, records: bool = True
) -> list[discord.File]:
    """The settings as files to install (diagnostics/export/profiles.py), their shown names in
    `lang`, and with `records` the DNS records for the domain's admin; none when there is nothing
    to give."""
    if lang is not None:
        report = in_language(report, lang)
    cleaned = address.strip()
    mobileconfig = render_mobileconfig(report, address=cleaned)
    autoconfig = render_autoconfig(report, address=cleaned)
    if mobileconfig is None or autoconfig is None:
        return []
    name = re.sub(r"[^A-Za-z0-9.-]+", "_", domain_of(report, cleaned))[:60].strip("._") or "mail"
    files = [
        discord.File(io.BytesIO(mobileconfig), filename=f"{name}.mobileconfig"),
        discord.File(io.BytesIO(autoconfig), filename=f"config-v1.1-{name}.xml"),
    ]
    # For the domain's admin: the DNS records that would make discovery work (RFC 6186).
    zone = render_srv(report, domain=domain_of(report, cleaned)) if records else None
    if zone is not None:
        files.append(discord.File(io.BytesIO(zone), filename=f"dns-records-{name}.txt"))
    return files


def settings_field(choice: Choice, lang: str | Messages = "en") -> dict[str, str]:
    """The answer's setting for one direction as an embed field: the card every renderer shows,
    with what the person typed beside the fields that change."""
    lines = settings_card(choice, lang)[1:]  # the first line is the card's name: the field's
    return {
        "name": _cut(card_name(choice, lang), FIELD_NAME_LIMIT),
        "value": _cut("\n".join(lines), FIELD_VALUE_LIMIT),
    }


def _lines_within(lines: Sequence[str], limit: int, lang: str | Messages = "en") -> str:
    """Whole lines while they fit, then "… and N more"."""
    m = texts(lang)
    out: list[str] = []
    for index, line in enumerate(lines):
        rest_count = len(lines) - index
        more = m.plural("ui.bot.and_more", rest_count).format(n=rest_count)
        candidate = [*out, _cut(line, limit)]
        rest = len(lines) - index - 1
        reserve = size("\n" + more) if rest else 0
        if size("\n".join(candidate)) + reserve > limit:
            out.append(more)
            break
        out = candidate
    return "\n".join(out) or "…"


def _limits_line(settings: GuildSettings, default: Limit, t: Callable[[str], str]) -> str:
    """The per-person test limit that applies here, in numbers (the bot's where not set)."""
    if settings.cooldown_seconds is None and settings.burst is None:
        key = "ui.bot.config.limits_default"
    elif settings.cooldown_seconds == 0:
        return t("ui.bot.config.limits_none")
    else:
        key = "ui.bot.config.limits"
    burst = default.burst if settings.burst is None else settings.burst
    seconds = default.seconds if settings.cooldown_seconds is None else settings.cooldown_seconds
    if seconds <= 0:
        return t("ui.bot.config.limits_none")
    return t(key).format(burst=burst, seconds=f"{seconds:g}")


def config_embed(
    settings: GuildSettings,
    *,
    changed: bool,
    lang: str | Messages = "en",
    default: Limit | None = None,
) -> discord.Embed:
    """This server's `/mail config`, as it is now."""
    t = texts(lang).text
    roles = " ".join(f"<@&{r}>" for r in settings.helpdesk_roles)
    language = LANGUAGE_NAMES.get(settings.language or "", "")
    lines = [
        t("ui.bot.config.domain").format(domain=f"**{escape(settings.default_domain)}**")
        if settings.default_domain
        else t("ui.bot.config.domain_unset"),
        t("ui.bot.config.roles").format(roles=roles) if roles else t("ui.bot.config.roles_none"),
        t("ui.bot.config.log").format(channel=f"<#{settings.log_channel}>")
        if settings.log_channel
        else t("ui.bot.config.log_off"),
        _limits_line(settings, default or Limit(10.0, 5), t),
    ]
    if language:  # unset: each person's Discord language, English for the others
        lines.append(t("ui.bot.config.language").format(language=language))
    embed = discord.Embed(
        title=t("ui.bot.config.saved") if changed else t("ui.bot.config.title"),
        description="\n".join(lines),
        colour=WORKING,
    )
    embed.set_footer(text=t("ui.bot.config.footer"))
    return fit_embed(embed)


def notice_embed(text: str) -> discord.Embed:
    return discord.Embed(description=_cut(text, DESCRIPTION_LIMIT), colour=NOTICE)


# One Markdown document, however long: a file has no message limit.
DETAILS_CHARS = 1_000_000


def report_file(report: Report, lang: str | None = None) -> discord.File:
    """The whole report, every probe with its evidence and dialogue, as a Markdown file.

    Markdown, not the 80-column terminal text: its lines are not hard-wrapped, so a phone's
    preview reflows them to its width, and the evidence sits in code blocks."""
    report = for_chat(report, lang)
    text = "\n\n".join(render_markdown(report, max_chars=DETAILS_CHARS, verbose=True)) + "\n"
    name = re.sub(r"[^A-Za-z0-9.-]+", "_", report.target)[:60].strip("._") or "report"
    return discord.File(io.BytesIO(text.encode("utf-8")), filename=f"mailmedic-{name}.md")


def embed_size(embed: discord.Embed) -> int:
    """The characters Discord counts toward the 6000 total (UTF-16 units: never fewer)."""
    total = size(embed.title or "") + size(embed.description or "")
    total += sum(size(f.name or "") + size(f.value or "") for f in embed.fields)
    total += size(embed.footer.text or "") + size(embed.author.name or "")
    return total


def fit_embed(embed: discord.Embed) -> discord.Embed:
    """`embed` cut to Discord's limits: each part first, then fields and text until 6000 in all."""
    if embed.title:
        embed.title = _cut(embed.title, TITLE_LIMIT)
    if embed.description:
        embed.description = _cut(embed.description, DESCRIPTION_LIMIT)
    fields = [(f.name or "\u200b", f.value or "\u200b", bool(f.inline)) for f in embed.fields]
    embed.clear_fields()
    for name, value, inline in fields[:FIELDS_LIMIT]:
        embed.add_field(
            name=_cut(name, FIELD_NAME_LIMIT), value=_cut(value, FIELD_VALUE_LIMIT), inline=inline
        )
    if embed.footer.text:
        embed.set_footer(text=_cut(embed.footer.text, FOOTER_LIMIT), icon_url=embed.footer.icon_url)
    while embed_size(embed) > EMBED_TOTAL_LIMIT and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    excess = embed_size(embed) - EMBED_TOTAL_LIMIT
    if excess > 0 and embed.description:
        keep = max(1, size(embed.description) - excess)
        embed.description = _cut(embed.description, keep)
    return embed


# /mail help's topics: (heading key, text key) in the catalog (bot/layouts.py shows them).
HELP_TOPICS = (
    ("ui.bot.help.commands.title", "ui.bot.help.commands.text"),
    ("ui.bot.help.ports.title", "ui.bot.help.ports.text"),
    ("ui.bot.help.imap_pop.title", "ui.bot.help.imap_pop.text"),
    ("ui.bot.help.limits.title", "ui.bot.help.limits.text"),
)


def help_topics(lang: str | Messages = "en") -> list[tuple[str, str]]:
    """/mail help's topics in `lang`: (heading, text)."""
    t = texts(lang).text
    return [(t(title), t(text)) for title, text in HELP_TOPICS]
