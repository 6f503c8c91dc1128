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
from collections.abc import Sequence

import discord

from bot.progress import progress_line
from bot.store import GuildSettings
from diagnostics.explanation import NOT_RECOGNISED
from diagnostics.export.profiles import (
    domain_of,
    render_autoconfig,
    render_mobileconfig,
)
from diagnostics.export.records import render_srv
from diagnostics.findings.catalog import describe, endpoint_phrase
from diagnostics.model import Choice, Finding, Report, ReportKind, Severity, Verdict
from diagnostics.report import markdown_summary, render_markdown
from diagnostics.report._common import card_name
from diagnostics.report.markdown import escape, fit, settings_card, size
from diagnostics.sweep import ProbeFinished

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


def progress_embed(title: str, events: Sequence[ProbeFinished]) -> discord.Embed:
    """The reply while probes run: one line in plain words (bot/progress.py)."""
    embed = discord.Embed(title=_cut("⏳ " + title, TITLE_LIMIT), colour=WORKING)
    embed.description = escape(progress_line(events))
    return fit_embed(embed)


def report_title(report: Report) -> str:
    if report.kind is ReportKind.CHECK and report.user_endpoint is not None:
        return endpoint_phrase(report.user_endpoint)
    if report.kind is ReportKind.EXPLAIN:
        return "Error message explained"
    return report.target


# The library's words for a paste it does not know end with the command line's advice; a person
# in Discord has the slash command instead.
CHAT_NOT_RECOGNISED = (
    "Not recognised: I don't know this message. Paste the exact error text (or the server's "
    "reply), or test the settings with /mail check."
)


def for_chat(report: Report) -> Report:
    """`report` with the library's command-line advice said in Discord's words."""
    if report.summary == NOT_RECOGNISED:
        return dataclasses.replace(report, summary=CHAT_NOT_RECOGNISED)
    return report


def result_embed(report: Report, *, with_files: bool = False) -> discord.Embed:
    """The final reply: verdict, root cause and fix, other findings, settings that work.

    One statement per fact, on a phone every line counts: the endpoint line under the verdict
    is left out when it is the title, and a finding whose title was already said (the root's,
    or the same warning about the other direction) is not listed again."""
    report = for_chat(report)
    title = report_title(report)
    summary = markdown_summary(report)
    said = "-# " + escape(title)
    summary = "\n".join(line for line in summary.split("\n") if line != said)
    embed = discord.Embed(
        title=_cut(title, TITLE_LIMIT), description=summary, colour=COLOUR[report.verdict]
    )
    seen = {_title(f) for f in report.findings[:1]}
    lines = []
    for finding in report.findings[1:]:
        words = _title(finding)
        if words in seen:
            continue
        seen.add(words)
        lines.append(f"{_SEVERITY_MARK[finding.severity]} {escape(words)}")
    if lines:
        embed.add_field(
            name="Also found", value=_lines_within(lines, FIELD_VALUE_LIMIT), inline=False
        )
    if report.findings:  # with no finding, the summary already holds the settings
        for choice in report.choices:
            embed.add_field(**settings_field(choice), inline=False)
    footer = "Details: the full report as a file."
    if with_files:
        footer = (
            "iPhone or Mac: open the .mobileconfig file to add the account in one tap (no "
            "password inside). Details: the full report as a file."
        )
    if report.kind is not ReportKind.EXPLAIN:
        footer = f"Checked in {report.duration_ms / 1000:.1f} s. " + footer
    embed.set_footer(text=footer)
    return fit_embed(embed)


def _title(finding: Finding) -> str:
    return " ".join(describe(finding).title.split())


def settings_embed(report: Report, *, with_files: bool = False) -> discord.Embed:
    """/mail settings: each setting on its own line, ready to type into a phone."""
    embed = discord.Embed(
        title=_cut(f"Mail settings for {report.target}", TITLE_LIMIT),
        colour=COLOUR[report.verdict] if report.choices else COLOUR[Verdict.PROBLEMS],
    )
    if not report.choices:
        embed.description = "I found no settings that work. " + markdown_summary(report)
    for choice in report.choices:
        embed.add_field(**settings_field(choice), inline=False)
    footer = "Type these into your mail app. Details: the full report as a file."
    if with_files:
        footer = (
            "iPhone, iPad or Mac: open the .mobileconfig file to add the account in one tap "
            "(it holds no password). The .xml file is for your provider's autoconfig "
            "(Thunderbird). " + footer
        )
    embed.set_footer(text=footer)
    return fit_embed(embed)


def takeaway_files(report: Report, address: str, *, records: bool = True) -> list[discord.File]:
    """The settings as files to install (diagnostics/export/profiles.py), and with `records` the
    DNS records for the domain's admin; none when there is nothing to give."""
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


def settings_field(choice: Choice) -> dict[str, str]:
    """The answer's setting for one direction as an embed field: the card every renderer shows,
    with what the person typed beside the fields that change."""
    lines = settings_card(choice)[1:]  # the first line is the card's name: the field's name
    return {
        "name": _cut(card_name(choice), FIELD_NAME_LIMIT),
        "value": _cut("\n".join(lines), FIELD_VALUE_LIMIT),
    }


def _lines_within(lines: Sequence[str], limit: int) -> str:
    """Whole lines while they fit, then "… and N more"."""
    out: list[str] = []
    for index, line in enumerate(lines):
        more = f"… and {len(lines) - index} more (see Details)"
        candidate = [*out, _cut(line, limit)]
        rest = len(lines) - index - 1
        reserve = size("\n" + more) if rest else 0
        if size("\n".join(candidate)) + reserve > limit:
            out.append(more)
            break
        out = candidate
    return "\n".join(out) or "…"


def _limits_line(settings: GuildSettings) -> str:
    if settings.cooldown_seconds is None and settings.burst is None:
        return "Test limits: the bot's"
    if settings.cooldown_seconds == 0:
        return "Test limits: none here"
    burst = "the bot's number" if settings.burst is None else str(settings.burst)
    wait = "the bot's wait" if settings.cooldown_seconds is None else (
        f"1 per {settings.cooldown_seconds} s"
    )
    return f"Test limits: {burst} in a row, then {wait}"


def config_embed(settings: GuildSettings, *, changed: bool) -> discord.Embed:
    """This server's `/mail config`, as it is now."""
    roles = " ".join(f"<@&{r}>" for r in settings.helpdesk_roles)
    lines = [
        f"Default domain: **{escape(settings.default_domain)}**"
        if settings.default_domain
        else "Default domain: not set (/mail diagnose needs a domain or an address)",
        f"Helpdesk roles: {roles} (login tests are for them; no per-person limit)"
        if roles
        else "Helpdesk roles: none (everyone may test a login)",
        f"Triage log: <#{settings.log_channel}> (one line per diagnosis, no addresses)"
        if settings.log_channel
        else "Triage log: off",
        _limits_line(settings),
    ]
    embed = discord.Embed(
        title="Saved: my settings for this server" if changed else "My settings for this server",
        description="\n".join(lines),
        colour=WORKING,
    )
    embed.set_footer(text="Change with /mail config (giving a helpdesk role again removes it).")
    return fit_embed(embed)


def notice_embed(text: str) -> discord.Embed:
    return discord.Embed(description=_cut(text, DESCRIPTION_LIMIT), colour=NOTICE)


# One Markdown document, however long: a file has no message limit.
DETAILS_CHARS = 1_000_000


def report_file(report: Report) -> discord.File:
    """The whole report, every probe with its evidence and dialogue, as a Markdown file.

    Markdown, not the 80-column terminal text: its lines are not hard-wrapped, so a phone's
    preview reflows them to its width, and the evidence sits in code blocks."""
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


HELP = (
    (
        "Commands",
        (
            "`/mail diagnose` your address or domain: finds your servers and tests them.\n"
            "`/mail check` the server, port and security your mail app shows.\n"
            "`/mail login` tests a password (private; never stored).\n"
            "`/mail explain` an error message your app shows.\n"
            "`/mail settings` your address: the settings to type in.\n"
            "`/mail config` (server managers): a default domain, helpdesk roles, a triage log.\n"
            "Helpdesk: on a phone, long-press a message → Apps → **Diagnose email problem** "
            "(on a computer: right-click the message → Apps)."
        ),
    ),
    (
        "Ports and security",
        (
            "**SSL/TLS** (iPhone: Use SSL on): 993 IMAP, 995 POP3, 465 sending.\n"
            "**STARTTLS**: 143 IMAP, 110 POP3, 587 sending.\n"
            "SSL/TLS encrypts from the first moment; STARTTLS connects, then switches "
            "encryption on. "
            "Each port expects one of the two: a mismatch is the most common mistake."
        ),
    ),
    (
        "IMAP or POP3?",
        (
            "**IMAP** keeps your mail on the server, so phone and computer see the same folders: "
            "choose it. **POP3** downloads mail to one device. Sending is always **SMTP**."
        ),
    ),
    (
        "What I can and cannot see",
        (
            "I test your servers from the internet, as a mail app would. I can't see your phone, "
            "your Wi-Fi, a firewall or antivirus on your side, or your mailbox. "
            "Passwords go only through the private login form and are never stored or shown."
        ),
    ),
)
