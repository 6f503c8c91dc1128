"""Screenshots of mail apps' error dialogs, rendered at test time with headless Chromium.

Each `Screen` is an HTML imitation of one dialog (iOS Mail's alert, Outlook's and Thunderbird's
desktop dialogs), in light or dark mode, at a phone's or a desktop's size and pixel density,
and the cause `explain` must lead with once OCR has read it. `render` draws them all with
Debian's `chromium` (started as library-notes.md says: no sandbox, no network of its own, a
fresh profile), two at a time.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

# Headless Chromium as this machine runs it (env notes): without the background-networking
# flags it keeps trying hosts the closed network refuses. Shared with tests/bot/cards.py.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)
RENDER_TIMEOUT = 60.0
PHONE = (390, 844)
DESKTOP = (1280, 800)

_COMMON_CSS = """
* { box-sizing: border-box; }
body { margin: 0; height: 100vh;
       font-family: "DejaVu Sans", "Liberation Sans", "IPAGothic", "IPAPGothic", sans-serif; }
"""

_IOS_CSS = """
body { display: flex; align-items: center; justify-content: center; background: %(backdrop)s; }
.alert { width: 270px; background: %(panel)s; color: %(ink)s; border-radius: 14px;
         text-align: center; overflow: hidden; }
.title { font-weight: bold; font-size: 17px; padding: 19px 16px 4px; }
.body { font-size: 13px; line-height: 1.35; padding: 0 16px 19px; }
.buttons { display: flex; border-top: 1px solid %(rule)s; }
.buttons div { flex: 1; color: #0a84ff; font-size: 17px; padding: 11px; }
.buttons div + div { border-left: 1px solid %(rule)s; }
"""

_DESKTOP_CSS = """
body { background: %(backdrop)s; padding: 80px 0 0 180px; }
.window { width: 620px; background: %(panel)s; color: %(ink)s; border: 1px solid %(rule)s;
          box-shadow: 0 8px 30px rgba(0,0,0,.35); }
.bar { background: %(bar)s; color: %(ink)s; font-size: 13px; padding: 8px 12px;
       border-bottom: 1px solid %(rule)s; }
.content { display: flex; padding: 20px 22px 8px; }
.icon { width: 36px; height: 36px; border-radius: 18px; background: %(icon)s; color: white;
        font-weight: bold; font-size: 24px; text-align: center; line-height: 36px;
        margin-right: 18px; flex: none; }
.text { font-size: 14px; line-height: 1.45; }
.text p { margin: 0 0 10px; }
.text .head { font-weight: bold; font-size: 15px; }
.buttons { text-align: right; padding: 6px 22px 18px; }
.buttons span { display: inline-block; border: 1px solid %(rule)s; background: %(bar)s;
                padding: 5px 22px; margin-left: 8px; font-size: 13px; }
"""

_THEMES = {
    "ios": {
        "light": {"backdrop": "#8e8e93", "panel": "#f2f2f7", "ink": "#000", "rule": "#c6c6c8"},
        "dark": {"backdrop": "#0b0b0c", "panel": "#2c2c2e", "ink": "#fff", "rule": "#48484a"},
    },
    "desktop": {
        "light": {
            "backdrop": "#dfe3e8",
            "panel": "#ffffff",
            "ink": "#1b1b1b",
            "rule": "#b9b9b9",
            "bar": "#f0f0f0",
            "icon": "#c42b1c",
        },
        "dark": {
            "backdrop": "#1c1b22",
            "panel": "#2b2a33",
            "ink": "#f3f3f3",
            "rule": "#55545c",
            "bar": "#38373f",
            "icon": "#e5484d",
        },
    },
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Screen:
    """One dialog to render, and what its explanation must lead with."""

    name: str
    app: str
    language: str
    theme: str  # light | dark
    kind: str  # ios | desktop
    title: str
    paragraphs: tuple[str, ...]
    buttons: tuple[str, ...] = ("OK",)
    window: str = ""  # a desktop dialog's title bar
    size: tuple[int, int] = PHONE
    scale: int = 1  # device pixels per CSS pixel: 3 on a current iPhone
    code: str  # the cause explain must lead with
    host: str | None = None  # the server the dialog names, when "Test these settings" applies
    port: int | None = None

    def html(self) -> str:
        css = (_IOS_CSS if self.kind == "ios" else _DESKTOP_CSS) % _THEMES[self.kind][self.theme]
        body = "".join(f"<p>{html.escape(p)}</p>" for p in self.paragraphs)
        buttons = "".join(f"<div>{html.escape(b)}</div>" for b in self.buttons)
        if self.kind == "ios":
            inner = (
                f'<div class="alert"><div class="title">{html.escape(self.title)}</div>'
                f'<div class="body">{body}</div><div class="buttons">{buttons}</div></div>'
            )
        else:
            spans = "".join(f"<span>{html.escape(b)}</span>" for b in self.buttons)
            head = f'<p class="head">{html.escape(self.title)}</p>' if self.title else ""
            inner = (
                f'<div class="window"><div class="bar">{html.escape(self.window)}</div>'
                f'<div class="content"><div class="icon">!</div><div class="text">{head}{body}'
                f'</div></div><div class="buttons">{spans}</div></div>'
            )
        return (
            f'<!doctype html><html lang="{self.language}"><head><meta charset="utf-8">'
            f"<style>{_COMMON_CSS}{css}</style></head><body>{inner}</body></html>"
        )


GERMAN_OUTGOING = "Die Verbindung zum Postausgangsserver „smtp.example.com“ ist fehlgeschlagen."

SCREENS: tuple[Screen, ...] = (
    Screen(
        name="ios-en-light-password",
        app="Apple Mail",
        language="en",
        theme="light",
        kind="ios",
        title="Cannot Get Mail",
        paragraphs=("The user name or password for “imap.example.com” is incorrect.",),
        code="AUTH_FAILED",
    ),
    Screen(
        name="ios-en-dark-connection-3x",
        app="Apple Mail",
        language="en",
        theme="dark",
        kind="ios",
        title="Cannot Get Mail",
        paragraphs=("The connection to the server failed.",),
        scale=3,
        code="PORT_FILTERED",
    ),
    Screen(
        name="ios-en-dark-certificate",
        app="Apple Mail",
        language="en",
        theme="dark",
        kind="ios",
        title="Cannot Verify Server Identity",
        paragraphs=(
            "The identity of “mail.example.com” cannot be verified by Mail. Review the "
            "certificate details to continue.",
        ),
        buttons=("Cancel", "Details", "Continue"),
        code="CERT_UNTRUSTED",
    ),
    Screen(
        name="ios-de-light-outgoing",
        app="Apple Mail",
        language="de",
        theme="light",
        kind="ios",
        title="E-Mail senden nicht möglich",
        paragraphs=(GERMAN_OUTGOING,),
        code="PORT_FILTERED",
    ),
    Screen(
        name="ios-de-dark-outgoing-3x",
        app="Apple Mail",
        language="de",
        theme="dark",
        kind="ios",
        title="E-Mail senden nicht möglich",
        paragraphs=(GERMAN_OUTGOING,),
        scale=3,
        code="PORT_FILTERED",
    ),
    Screen(
        name="outlook-en-light-pop3-dialog",
        app="Outlook",
        language="en",
        theme="light",
        kind="desktop",
        size=DESKTOP,
        window="Microsoft Outlook",
        title="Log onto incoming mail server (POP3)",
        paragraphs=(
            "Your e-mail server rejected your login. Verify your user name and password for "
            "this account in Account Settings.",
            "Account: 'alice@example.com', Server: 'pop.example.com', Protocol: POP3, "
            "Server Response: '+OK', Port: 995, Secure(SSL): Yes, Error Number: 0x800CCC90",
        ),
        code="AUTH_FAILED",
        host="pop.example.com",
        port=995,
    ),
    Screen(
        name="outlook-en-dark-encryption",
        app="Outlook",
        language="en",
        theme="dark",
        kind="desktop",
        size=DESKTOP,
        window="Test Account Settings",
        title="",
        paragraphs=(
            "Send test e-mail message: Your server does not support the connection encryption "
            "type you have specified. Try changing the encryption method. Contact your mail "
            "server administrator or Internet service provider (ISP) for additional assistance.",
        ),
        buttons=("Close",),
        code="WRONG_SECURITY_FOR_PORT",
    ),
    Screen(
        name="outlook-de-light-0x800ccc0e",
        app="Outlook",
        language="de",
        theme="light",
        kind="desktop",
        size=DESKTOP,
        window="Senden/Empfangen – Status",
        title="",
        paragraphs=(
            "Task 'smtp.example.com - Senden' meldete Fehler (0x800CCC0E): 'Es konnte keine "
            "Verbindung mit dem Server hergestellt werden. Wenn Sie diese Meldung weiterhin "
            "erhalten, wenden Sie sich an den Serveradministrator oder Internetdienstanbieter.'",
        ),
        buttons=("Schließen",),
        code="PORT_FILTERED",
    ),
    Screen(
        name="thunderbird-en-light-smtp-timeout",
        app="Thunderbird",
        language="en",
        theme="light",
        kind="desktop",
        size=DESKTOP,
        window="Send Message Error",
        title="Sending of the message failed.",
        paragraphs=(
            "The message could not be sent because the connection to Outgoing server (SMTP) "
            "smtp.example.com timed out. Try again.",
        ),
        code="PORT_FILTERED",
    ),
    Screen(
        name="thunderbird-en-dark-certificate",
        app="Thunderbird",
        language="en",
        theme="dark",
        kind="desktop",
        size=DESKTOP,
        window="Add Security Exception",
        title="You are about to override how Thunderbird identifies this site.",
        paragraphs=(
            "Server: mail.example.com:993",
            "Wrong Site",
            "The certificate belongs to a different site, which could mean that someone is "
            "trying to impersonate this site.",
        ),
        buttons=("Confirm Security Exception", "Cancel"),
        code="CERT_HOSTNAME_MISMATCH",
    ),
    Screen(
        name="thunderbird-de-dark-login",
        app="Thunderbird",
        language="de",
        theme="dark",
        kind="desktop",
        size=DESKTOP,
        window="Anmeldung fehlgeschlagen",
        title="",
        paragraphs=(
            'Anmeldung auf dem Server imap.example.com mit Benutzernamen "alice@example.com" '
            "fehlgeschlagen",
        ),
        buttons=("Wiederholen", "Neues Passwort eingeben", "Abbrechen"),
        code="AUTH_FAILED",
    ),
    Screen(
        name="thunderbird-fr-dark-expired",
        app="Thunderbird",
        language="fr",
        theme="dark",
        kind="desktop",
        size=DESKTOP,
        window="Erreur de certificat",
        title="",
        paragraphs=("Le certificat de mail.example.com a expiré le 30/11/2026.",),
        buttons=("Annuler",),
        code="CERT_EXPIRED",
    ),
    Screen(
        name="thunderbird-es-light-smtp-timeout",
        app="Thunderbird",
        language="es",
        theme="light",
        kind="desktop",
        size=DESKTOP,
        window="Error al enviar el mensaje",
        title="",
        paragraphs=(
            "El mensaje no se ha podido enviar porque ha caducado la conexión al servidor de "
            "salida (SMTP) smtp.example.com. Vuelva a intentarlo.",
        ),
        code="PORT_FILTERED",
    ),
    Screen(
        name="thunderbird-ja-light-login",
        app="Thunderbird",
        language="ja",
        theme="light",
        kind="desktop",
        size=DESKTOP,
        window="ログイン失敗",
        title="",
        paragraphs=(
            "ユーザー名 alice@example.com でサーバー imap.example.com へのログインに失敗しました。",
        ),
        buttons=("再試行", "キャンセル"),
        code="AUTH_FAILED",
    ),
    Screen(
        name="thunderbird-de-light-refused",
        app="Thunderbird",
        language="de",
        theme="light",
        kind="desktop",
        size=DESKTOP,
        window="Thunderbird",
        title="",
        paragraphs=(
            "Verbindung mit Server imap.example.com fehlgeschlagen; die Verbindung wurde "
            "verweigert.",
        ),
        code="PORT_CLOSED",
    ),
)

BY_NAME = {s.name: s for s in SCREENS}


def chromium() -> str | None:
    """Debian's chromium (or a chromium on PATH), None when there is none."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def render_one(browser: str, screen: Screen, folder: Path) -> Path:
    """`screen` as a PNG in `folder` (a fresh browser profile per run: nothing shared)."""
    page = folder / f"{screen.name}.html"
    page.write_text(screen.html(), encoding="utf-8")
    out = folder / f"{screen.name}.png"
    with tempfile.TemporaryDirectory(prefix="mailmedic-chromium-") as profile:
        width, height = screen.size
        subprocess.run(
            [
                browser,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--force-device-scale-factor={screen.scale}",
                f"--window-size={width},{height}",
                f"--screenshot={out}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=RENDER_TIMEOUT,
        )
    if not out.exists():
        raise RuntimeError(f"chromium wrote no screenshot for {screen.name}")
    return out


def render(browser: str, screens: Iterable[Screen], folder: Path) -> dict[str, Path]:
    """Every screen rendered, two at a time (the machines have two cores)."""
    listed = list(screens)
    with ThreadPoolExecutor(max_workers=2) as pool:
        paths = list(pool.map(lambda s: render_one(browser, s, folder), listed))
    return {s.name: p for s, p in zip(listed, paths, strict=True)}


if __name__ == "__main__":  # python -m tests.screens OUTDIR: look at them
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "screens")
    target.mkdir(parents=True, exist_ok=True)
    found = chromium()
    if found is None:
        raise SystemExit("no chromium: apt-get install chromium")
    for name, path in render(found, SCREENS, target).items():
        print(name, path)
