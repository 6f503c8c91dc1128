"""Cards as a phone shows them: the bot's messages in an HTML imitation of Discord's mobile
layout, measured and rendered to PNG by headless Chromium.

Discord draws a message from its JSON: content, embeds (a coloured bar on the left, title,
description, fields, footer) and rows of buttons, in Markdown of its own (`**bold**`, `_italic_`,
`` `code` ``, `-# small`, backslash escapes, `<@id>` mentions). `message_html` imitates that on a
390 CSS px wide screen (an iPhone 12-15 held upright) with Discord's dark theme, its font sizes
and its word wrapping (`overflow-wrap: break-word`: a long host name wraps). It is an imitation,
close enough to tell "fits on a screen" from "three screens of scrolling", and to see what a
person reads: the visible text is what the raw-code checks look at.

`render_cards` lays every card on one page and asks Chromium once (`--dump-dom`) for each card's
height, whether anything is wider than the screen, and its visible text; then it takes one
screenshot per card at that height (two Chromium processes at a time: CI has two cores).
"""

from __future__ import annotations

import asyncio
import html
import json
import re
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diagnostics.findings.codes import Code
from diagnostics.model import Outcome
from tests.screens import CHROMIUM_FLAGS  # one headless Chromium set-up for the tests

PHONE_WIDTH = 390  # CSS px: an iPhone 12-15 upright
# Headless Chromium 156 paints a page of a window lower than about 150 px only in part: shots
# are at least this high (a short card gets background below it).
MIN_SHOT_HEIGHT = 200
SCREEN_HEIGHT = 844  # CSS px of that screen
CHROMIUM_TIMEOUT = 60.0

# What a person must never read: an outcome or finding code, the protocol keyword in lower case,
# a program's None (the security setting's own name "None" is a mail app's word, iPhone's and
# Outlook's: allowed there; so is the English "None of").
RAW_CODES = frozenset(
    {o.value for o in Outcome if "_" in o.value} | {c.value for c in Code if "_" in c.value}
)
_WORD = re.compile(r"[A-Za-z0-9_]+")
_NONE = re.compile(r"(?<!Security: )(?<!Encryption method )\bNone\b(?! of\b)")
_LOWER_STARTTLS = re.compile(r"\bstarttls\b")


def raw_codes_in(text: str) -> list[str]:
    """The program words in `text` a person should never see."""
    found = [w for w in _WORD.findall(text) if w in RAW_CODES]
    found += _NONE.findall(text) + _LOWER_STARTTLS.findall(text)
    return found


def find_chromium() -> str:
    """The Chromium binary (Debian's `chromium`, .ci/lab-packages.txt); a clear error without."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise RuntimeError("card rendering needs Chromium: apt-get install chromium")


# --- Discord's Markdown, the part the bot uses --------------------------------------------------

_ESCAPED = re.compile(r"\\([\\`*_~|>#\-\[\]()<@!.:/])")
_CODE = re.compile(r"`([^`]+)`")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_UNDERLINE = re.compile(r"__(.+?)__")
_ITALIC = re.compile(r"(?<![\w*])[_*](?![_*\s])(.+?)(?<![\s_*])[_*](?![\w*])")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_USER = re.compile(r"&lt;@!?(\d+)&gt;")
_ROLE = re.compile(r"&lt;@&amp;(\d+)&gt;")
_CHANNEL = re.compile(r"&lt;#(\d+)&gt;")


def _keep(kept: list[str], markup: str) -> str:
    """Finished HTML (an escaped character, inline code), set aside so no Markdown rule sees it;
    put back at the end."""
    kept.append(markup)
    return f"\x00{len(kept) - 1}\x00"


def markdown_html(text: str) -> str:
    """Discord's Markdown as HTML: one block per line, `-# ` lines small, mentions as pills."""
    blocks = []
    for line in text.split("\n"):
        small = line.startswith("-# ")
        quote = line.startswith("> ")
        heading = next((h for h in ("### ", "## ", "# ") if line.startswith(h)), "")
        if small or quote:
            line = line[3:] if small else line[2:]
        elif heading:
            line = line[len(heading) :]
        kept: list[str] = []
        line = _ESCAPED.sub(lambda m, kept=kept: _keep(kept, html.escape(m.group(1))), line)
        line = _CODE.sub(
            lambda m, kept=kept: _keep(kept, f"<code>{html.escape(m.group(1))}</code>"), line
        )
        out = html.escape(line, quote=False)
        out = _LINK.sub(r'<a href="\2">\1</a>', out)
        out = _BOLD.sub(r"<b>\1</b>", out)
        out = _UNDERLINE.sub(r"<u>\1</u>", out)
        out = _ITALIC.sub(r"<i>\1</i>", out)
        out = _ROLE.sub(r'<span class="mention">@helpdesk</span>', out)
        out = _USER.sub(r'<span class="mention">@agent</span>', out)
        out = _CHANNEL.sub(r'<span class="mention">#triage</span>', out)
        out = re.sub("\x00(\\d+)\x00", lambda m, kept=kept: kept[int(m.group(1))], out)
        css = "small" if small else "quote" if quote else "line"
        if heading:
            css = f"h{len(heading) - 1}"
        blocks.append(f'<div class="{css}">{out or "&nbsp;"}</div>')
    return "".join(blocks)


def _colour(value: Any) -> str:
    return f"#{int(value):06x}" if isinstance(value, int) else "#1e1f22"


def _embed_html(embed: dict[str, Any]) -> str:
    parts = []
    if embed.get("title"):
        parts.append(f'<div class="title">{markdown_html(embed["title"])}</div>')
    if embed.get("description"):
        parts.append(f'<div class="desc">{markdown_html(embed["description"])}</div>')
    for field in embed.get("fields") or []:
        parts.append(
            f'<div class="field"><div class="fname">{markdown_html(field.get("name", ""))}</div>'
            f'<div class="fvalue">{markdown_html(field.get("value", ""))}</div></div>'
        )
    footer = (embed.get("footer") or {}).get("text")
    if footer:
        parts.append(f'<div class="footer">{html.escape(footer)}</div>')
    colour = _colour(embed.get("color"))
    return f'<div class="embed" style="border-left-color:{colour}">{"".join(parts)}</div>'


def _components_html(rows: Iterable[dict[str, Any]]) -> str:
    """Action rows of buttons, and Components V2: containers (a box with an accent bar like an
    embed's), text displays, separators, sections with their accessory."""
    out = []
    for row in rows:
        kind = row.get("type")
        if kind == 17:
            colour = _colour(row.get("accent_color"))
            inner = _components_html(row.get("components") or [])
            out.append(f'<div class="embed" style="border-left-color:{colour}">{inner}</div>')
            continue
        if kind == 10:
            out.append(f'<div class="text">{markdown_html(row.get("content") or "")}</div>')
            continue
        if kind == 14:
            out.append('<hr class="separator">')
            continue
        if kind == 9:
            inner = _components_html(row.get("components") or [])
            accessory = _components_html([{"type": 1, "components": [row["accessory"]]}])
            out.append(f'<div class="section">{inner}{accessory}</div>')
            continue
        buttons = []
        for comp in row.get("components") or []:
            if comp.get("type") != 2:
                continue
            emoji = (comp.get("emoji") or {}).get("name") or ""
            style = {1: "primary", 3: "success", 4: "danger"}.get(comp.get("style", 2), "secondary")
            label = html.escape(f"{emoji} {comp.get('label') or ''}".strip())
            buttons.append(f'<span class="button {style}">{label}</span>')
        out.append(f'<div class="row">{"".join(buttons)}</div>')
    return "".join(out)


def message_html(data: dict[str, Any], *, files: Sequence[str] = ()) -> str:
    """One message as Discord's mobile app lays it out (dark theme)."""
    parts = ['<div class="author">mailmedic <span class="tag">APP</span></div>']
    if data.get("content"):
        parts.append(f'<div class="content">{markdown_html(data["content"])}</div>')
    parts.extend(_embed_html(e) for e in data.get("embeds") or [])
    parts.extend(f'<div class="file">📄 {html.escape(name)}</div>' for name in files)
    parts.append(_components_html(data.get("components") or []))
    if (data.get("flags") or 0) & 64:
        parts.append('<div class="ephemeral">Only you can see this</div>')
    return "".join(parts)


STYLE = f"""
html, body {{ margin: 0; background: #313338; }}
.card {{ width: {PHONE_WIDTH}px; box-sizing: border-box; padding: 8px 12px 12px 12px;
  font: 16px/1.375 "gg sans", "Noto Sans", "DejaVu Sans", sans-serif; color: #dbdee1;
  overflow-wrap: break-word; background: #313338; }}
.author {{ font-weight: 600; color: #f2f3f5; margin-bottom: 2px; }}
.tag {{ font-size: 10px; background: #5865f2; color: #fff; border-radius: 3px; padding: 0 4px; }}
.embed {{ background: #2b2d31; border-left: 4px solid; border-radius: 4px; padding: 8px 12px 12px;
  margin-top: 4px; max-width: 100%; box-sizing: border-box; font-size: 14px; }}
.title {{ font-weight: 600; font-size: 16px; color: #f2f3f5; margin: 4px 0; }}
.desc, .fvalue {{ margin-top: 4px; }}
.field {{ margin-top: 8px; }}
.fname {{ font-weight: 600; color: #f2f3f5; }}
.footer {{ font-size: 12px; color: #b5bac1; margin-top: 8px; }}
.small {{ font-size: 12px; color: #949ba4; }}
.quote {{ border-left: 4px solid #4e5058; padding-left: 8px; }}
code {{ font-family: "DejaVu Sans Mono", monospace; font-size: 85%; background: #1e1f22;
  border-radius: 3px; padding: 0 2px; }}
.mention {{ background: rgba(88,101,242,.3); color: #c9cdfb; border-radius: 3px; }}
.row {{ display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }}
.button {{ display: inline-block; padding: 2px 16px; min-height: 32px; line-height: 32px;
  border-radius: 8px; font-size: 14px; font-weight: 500; color: #fff; background: #4e5058; }}
.button.primary {{ background: #5865f2; }}
.file {{ margin-top: 8px; padding: 10px; background: #2b2d31; border-radius: 8px; }}
.ephemeral {{ font-size: 12px; color: #949ba4; margin-top: 4px; }}
#measured {{ display: none; }}
.h1 {{ font-size: 24px; font-weight: 700; color: #f2f3f5; }}
.h2 {{ font-size: 20px; font-weight: 700; color: #f2f3f5; margin: 4px 0; }}
.h3 {{ font-size: 16px; font-weight: 700; color: #f2f3f5; margin: 4px 0; }}
.separator {{ border: none; border-top: 1px solid #3f4147; margin: 8px 0; }}
.section {{ display: flex; gap: 8px; align-items: flex-start; }}
"""

# Each card's height, overflow and visible text, written where `--dump-dom` prints it.
MEASURE = """
const out = [];
for (const card of document.querySelectorAll('.card')) {
  const wide = [...card.querySelectorAll('*')].some(
    el => el.getBoundingClientRect().right > card.getBoundingClientRect().right + 0.5);
  out.push({height: Math.ceil(card.getBoundingClientRect().height), overflow: wide,
            text: card.innerText});
}
document.getElementById('measured').textContent = JSON.stringify(out);
"""


def page_html(bodies: Sequence[str]) -> str:
    cards = "".join(f'<div class="card">{body}</div>' for body in bodies)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><style>{STYLE}</style></head>"
        f"<body>{cards}<pre id='measured'></pre><script>{MEASURE}</script></body></html>"
    )


@dataclass(frozen=True)
class Card:
    """A message the bot sent, by the name of the step that produced it."""

    name: str
    data: dict[str, Any]
    files: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rendered:
    card: Card
    height: int  # CSS px on a 390 px wide phone
    overflow: bool  # something is wider than the screen
    text: str  # what the person reads
    png: Path


async def _chromium(binary: str, *args: str, profile: Path) -> bytes:
    proc = await asyncio.create_subprocess_exec(
        binary,
        *CHROMIUM_FLAGS,
        f"--user-data-dir={profile}",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        out, _ = await asyncio.wait_for(proc.communicate(), CHROMIUM_TIMEOUT)
    except TimeoutError:
        proc.kill()
        await proc.wait()
        raise
    if proc.returncode != 0:
        raise RuntimeError(f"chromium exited {proc.returncode}")
    return out


async def render_cards(cards: Sequence[Card], out_dir: Path) -> list[Rendered]:
    """Measure every card on one page, then screenshot each at its height into `out_dir`."""
    binary = find_chromium()
    await asyncio.to_thread(out_dir.mkdir, parents=True, exist_ok=True)
    bodies = [message_html(c.data, files=c.files) for c in cards]
    index = [{"name": c.name, "data": c.data, "files": list(c.files)} for c in cards]
    text = json.dumps(index, indent=1, ensure_ascii=False)
    await asyncio.to_thread((out_dir / "cards.json").write_text, text, encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="mailmedic-cards-") as tmp:
        work = Path(tmp)
        page = work / "all.html"
        page.write_text(page_html(bodies), encoding="utf-8")
        dom = (await _chromium(binary, "--dump-dom", page.as_uri(), profile=work / "p0")).decode()
        found = re.search(r"<pre id=\"measured\">(.*?)</pre>", dom, re.S)
        if found is None:
            raise RuntimeError("chromium did not run the measuring script")
        measured = json.loads(html.unescape(found.group(1)))
        slots = asyncio.Semaphore(2)

        async def shoot(index: int, body: str, height: int) -> Path:
            single = work / f"card{index}.html"
            single.write_text(page_html([body]), encoding="utf-8")
            png = out_dir / f"{index:02d}-{_slug(cards[index].name)}.png"
            async with slots:
                await _chromium(
                    binary,
                    f"--window-size={PHONE_WIDTH},{max(height, MIN_SHOT_HEIGHT)}",
                    f"--screenshot={png}",
                    single.as_uri(),
                    profile=work / f"p{index + 1}",
                )
            return png

        pngs = await asyncio.gather(
            *(
                shoot(i, b, m["height"])
                for i, (b, m) in enumerate(zip(bodies, measured, strict=True))
            )
        )
    return [
        Rendered(card=c, height=m["height"], overflow=m["overflow"], text=m["text"], png=p)
        for c, m, p in zip(cards, measured, pngs, strict=True)
    ]


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "card"


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (PNG spec §11.2.2: right after the signature)."""
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        raise ValueError(f"{path} is not a PNG")
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


__all__ = [
    "MIN_SHOT_HEIGHT",
    "PHONE_WIDTH",
    "SCREEN_HEIGHT",
    "Card",
    "Rendered",
    "find_chromium",
    "markdown_html",
    "message_html",
    "png_size",
    "raw_codes_in",
    "render_cards",
]
