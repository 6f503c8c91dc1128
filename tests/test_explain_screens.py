"""Screenshots of error dialogs: rendered with headless Chromium, read with Tesseract, explained."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from diagnostics.explanation import NO_TEXT_IN_IMAGE, explain_image
from diagnostics.model import Protocol, Security, Verdict
from diagnostics.ocr import MAX_IMAGE_BYTES, MAX_PIXELS, clean_text, guess_language, read_text
from diagnostics.policy import InvalidTarget
from tests.lab import Lab
from tests.screens import BY_NAME, SCREENS, Screen, chromium, render, render_one

MAILMEDIC = str(Path(sys.executable).with_name("mailmedic"))


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """Every dialog of tests/screens.py as a PNG, rendered once for this module."""
    browser = chromium()
    assert browser is not None, "chromium is missing: bash .ci/setup installs it"
    yield render(browser, SCREENS, tmp_path_factory.mktemp("screens"))


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def test_screens_cover_apps_themes_sizes_and_languages() -> None:
    """The rendered set has iOS, Outlook and Thunderbird, light and dark, phone and desktop,
    1× and 3× pixels, English and German for each app, French, Spanish and Japanese too."""
    assert {s.app for s in SCREENS} >= {"Apple Mail", "Outlook", "Thunderbird"}
    assert {s.theme for s in SCREENS} == {"light", "dark"}
    assert {s.kind for s in SCREENS} == {"ios", "desktop"}
    assert {s.scale for s in SCREENS} == {1, 3}
    assert {s.language for s in SCREENS} == {"en", "de", "fr", "es", "ja"}
    for app in ("Apple Mail", "Outlook", "Thunderbird"):
        assert {s.language for s in SCREENS if s.app == app} >= {"en", "de"}, app


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_screenshot_leads_with_the_cause(shots: dict[str, Path], name: str) -> None:
    """OCR reads the rendered dialog and explain leads with the dialog's cause."""
    screen: Screen = BY_NAME[name]
    report = explain_image(shots[name].read_bytes())
    codes = [f.code.value for f in report.findings]
    assert codes and codes[0] == screen.code, (codes, read_text(shots[name].read_bytes()).text)
    assert report.verdict is Verdict.PROBLEMS
    if screen.host is not None:
        endpoint = report.user_endpoint
        assert endpoint is not None
        assert (endpoint.host, endpoint.port) == (screen.host, screen.port)


def test_outlook_screenshot_names_its_settings(shots: dict[str, Path]) -> None:
    """The Outlook dialog's fields survive OCR: POP3, pop.example.com, 995, SSL, as one check."""
    report = explain_image(shots["outlook-en-light-pop3-dialog"].read_bytes())
    endpoint = report.user_endpoint
    assert endpoint is not None
    assert endpoint.protocol is Protocol.POP3 and endpoint.security is Security.TLS
    assert "WRONG_PROTOCOL" not in [f.code.value for f in report.findings]


def test_dark_mode_is_inverted_and_phone_captures_upscaled(shots: dict[str, Path]) -> None:
    """A dark dialog is read inverted; a 1× phone capture is read 2× larger, a 3× one as is."""
    dark = read_text(shots["ios-en-dark-certificate"].read_bytes())
    light = read_text(shots["ios-en-light-password"].read_bytes())
    three = read_text(shots["ios-en-dark-connection-3x"].read_bytes())
    assert dark.inverted and not light.inverted
    assert light.scale == 2.0 and three.scale == 1.0
    assert (three.width, three.height) == (390 * 3, 844 * 3)


def test_german_dialog_is_read_with_the_german_model(shots: dict[str, Path]) -> None:
    """The first English pass names German; the second pass keeps the umlauts."""
    read = read_text(shots["thunderbird-de-light-refused"].read_bytes())
    assert read.languages == "deu"
    assert "verweigert" in read.text


def test_cli_explains_an_image(shots: dict[str, Path]) -> None:
    """`mailmedic explain --image FILE --json`: exit 1 and the cause of the screenshot."""
    proc = subprocess.run(
        [MAILMEDIC, "explain", "--image", str(shots["ios-en-light-password"]), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert report["kind"] == "explain"
    assert report["findings"][0]["code"] == "AUTH_FAILED"


def test_cli_image_check_tests_the_screenshots_settings(lab: Lab, tmp_path: Path) -> None:
    """`explain --image FILE --check`: the Outlook dialog's server, port and SSL, read by OCR,
    are tested against the lab at once."""
    browser = chromium()
    assert browser is not None
    host = lab.host("healthy")
    screen = BY_NAME["outlook-en-light-pop3-dialog"]
    first, second = screen.paragraphs
    named = dataclasses.replace(screen, paragraphs=(first, second.replace("pop.example.com", host)))
    image = render_one(browser, named, tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILMEDIC_")}
    proc = subprocess.run(
        [MAILMEDIC, "explain", "--image", str(image), "--check", "--json", "--dns", lab.dns,
         "--cafile", lab.cafile, "--allow-private", "--timeout", "15"],
        capture_output=True, text=True, timeout=90, env=env, check=False,
    )  # fmt: skip
    report = json.loads(proc.stdout)
    assert report["kind"] == "check", proc.stderr
    assert report["user"]["host"] == host and report["user"]["port"] == 995
    assert any(p["port"] == 995 and p["outcome"] == "ok" for p in report["probes"])
    assert "Testing" in proc.stderr


def test_cli_without_tesseract_says_what_to_install(shots: dict[str, Path], tmp_path: Path) -> None:
    """No tesseract on PATH: one line naming Tesseract and the package, exit 3, no traceback."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILMEDIC_")}
    env["PATH"] = str(tmp_path)  # an empty folder: no tesseract binary to be found
    proc = subprocess.run(
        [MAILMEDIC, "explain", "--image", str(shots["ios-en-light-password"])],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert proc.returncode == 3
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and "Tesseract" in lines[0] and "tesseract-ocr" in lines[0]


def test_cli_text_and_image_together_is_bad_usage(shots: dict[str, Path]) -> None:
    """Text and --image at once: one line, exit 2."""
    proc = subprocess.run(
        [MAILMEDIC, "explain", "hello", "--image", str(shots["ios-en-light-password"])],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"not an image at all", "not an image"),
        (png(Image.new("RGB", (40, 40), "white"))[:60], "not an image"),  # truncated PNG
        (b"\x89PNG\r\n\x1a\n" + b"\0" * (MAX_IMAGE_BYTES + 1), "MB"),
    ],
)
def test_bad_files_are_refused_in_one_line(data: bytes, words: str) -> None:
    """Not an image, a truncated one, one over the byte cap: InvalidTarget saying so."""
    with pytest.raises(InvalidTarget, match=words) as caught:
        explain_image(data)
    assert "\n" not in str(caught.value)


def test_decompression_bomb_is_refused_before_decoding() -> None:
    """A small file that claims 400 million pixels is refused from its header."""
    bomb = png(Image.new("1", (20_000, 20_000)))
    assert len(bomb) < MAX_IMAGE_BYTES and MAX_PIXELS < 20_000 * 20_000
    with pytest.raises(InvalidTarget, match=r"pixels|too large"):
        explain_image(bomb)


def test_blank_image_has_no_text() -> None:
    """An image without text: the one-line "no text" refusal, not an empty explanation."""
    with pytest.raises(InvalidTarget) as caught:
        explain_image(png(Image.new("RGB", (600, 400), "white")))
    assert str(caught.value) == NO_TEXT_IN_IMAGE


def test_tesseract_is_stopped_at_the_time_limit() -> None:
    """Noise that keeps Tesseract busy: stopped at the limit, reported as too slow to read."""
    rng = random.Random(10)
    noise = Image.frombytes("L", (1800, 1800), bytes(rng.getrandbits(8) for _ in range(1800**2)))
    with pytest.raises(InvalidTarget, match="longer than"):
        read_text(png(noise), timeout=0.5)


def test_ocr_misreadings_of_error_numbers_are_undone() -> None:
    """0x800CCCOE and Ox800CCC9O (O for 0) are read as error numbers, Japanese loses the spaces
    Tesseract puts between its characters; words are left alone."""
    assert clean_text("ログ イン に 失敗 し まし た 。 imap.example.com") == (
        "ログインに失敗しました。 imap.example.com"
    )
    assert clean_text("meldete Fehler (0x800CCCOE): 'Es'") == "meldete Fehler (0x800CCC0E): 'Es'"
    assert clean_text("Error Number: Ox800CCC9O") == "Error Number: 0x800CCC90"
    assert clean_text("Server Response: 'OK'") == "Server Response: 'OK'"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The connection to the server failed.", "eng"),
        ("Die Verbindung zum Postausgangsserver ist fehlgeschlagen.", "deu"),
        ("Impossible de se connecter au serveur, le mot de passe est incorrect", "fra"),
        ("サーバーに接続できません", None),
        ("OF4 RK 1-¥f—& alice@example.com €4—/<— imap.example.com", None),  # jpn read as eng
    ],
)
def test_language_guess_from_the_first_pass(text: str, language: str | None) -> None:
    """Common words pick the second pass's model; a script with none picks none (all models)."""
    assert guess_language(text) == language
