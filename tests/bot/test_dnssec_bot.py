"""The bot's DNSSEC trust anchors (MAILMEDIC_DNSSEC_ANCHORS, the CLI's --dnssec-anchors): the
real discord.py client against the stand-in, diagnosing the lab's signed zone (tests/lab/
nameservers.py: signed by dnspython at start, served by an authoritative stand-in)."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import Config, ConfigError
from tests.bot.conftest import TOKEN, BotFactory, lab_config
from tests.lab import Lab

SIGNED = "dnssec.lab.test"  # SRV records signed in the lab's zone
# The card's Learned field (Markdown: the value in bold, brackets escaped).
DNSSEC_LINE = "Learned: **from DNS signed with DNSSEC"
PLAIN_LINE = "Learned: **over plain DNS: check it with your provider**"


def environment(lab: Lab, dns_server: str, anchors: str | None) -> dict[str, str]:
    env = {
        "DISCORD_TOKEN": TOKEN,
        "MAILMEDIC_DNS": dns_server,
        "MAILMEDIC_CAFILE": lab.cafile,
        "MAILMEDIC_ALLOW_PRIVATE": "true",
    }
    return env | ({"MAILMEDIC_DNSSEC_ANCHORS": anchors} if anchors else {})


async def incoming_card(make_bot: BotFactory, lab: Lab, config: Config) -> str:
    """The Incoming server card of /mail settings for an address at the signed domain."""
    test = lab_config(lab)  # the test harness's limits, with the environment's DNS settings
    keep = ("dns", "cafile", "dnssec_anchors", "allow_private")
    h = await make_bot(config=dataclasses.replace(test, **{k: getattr(config, k) for k in keep}))
    payload = await h.send(h.standin.slash("settings", {"address": f"alice@{SIGNED}"}))
    embed = (await h.final(payload)).embeds()[0]
    cards = [f["value"] for f in embed["fields"] if f["name"].startswith("Incoming server")]
    assert cards, embed
    return cards[0]


async def test_the_card_shows_dnssec_with_the_anchors(
    make_bot: BotFactory, lab: Lab, signed_dns: str, anchors: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MAILMEDIC_DNSSEC_ANCHORS set: the signed SRV records validate, and the card says the
    settings were learned from DNS signed with DNSSEC."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    config = Config.load(environment(lab, signed_dns, anchors), dotenv=None)
    assert config.options().dnssec_anchors == anchors
    card = await incoming_card(make_bot, lab, config)
    assert DNSSEC_LINE in card and PLAIN_LINE not in card, card


async def test_without_the_anchors_the_card_says_plain_dns(
    make_bot: BotFactory, lab: Lab, signed_dns: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Unset: the same records are plain DNS (no validating resolver), and the card warns."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    config = Config.load(environment(lab, signed_dns, None), dotenv=None)
    card = await incoming_card(make_bot, lab, config)
    assert PLAIN_LINE in card and DNSSEC_LINE not in card, card


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, r"MAILMEDIC_DNSSEC_ANCHORS='[^']*missing': no such file"),
        ("", r"MAILMEDIC_DNSSEC_ANCHORS='[^']*anchors': no DS or DNSKEY record"),
        ("dnssec.lab.test. IN DS 1 2 3 zz-not-hex\n", r"MAILMEDIC_DNSSEC_ANCHORS=.*: line 1"),
    ],
)
def test_a_bad_anchor_file_is_one_line(tmp_path: Path, content: str | None, message: str) -> None:
    """A missing, empty or invalid file: ConfigError naming the key, in one line."""
    path = tmp_path / ("missing" if content is None else "anchors")
    if content is not None:
        path.write_text(content)
    with pytest.raises(ConfigError, match=message) as caught:
        Config.load({"MAILMEDIC_DNSSEC_ANCHORS": str(path)}, dotenv=None)
    assert "\n" not in str(caught.value) and "--dnssec-anchors" not in str(caught.value)


def test_an_unreadable_anchor_file_is_one_line(tmp_path: Path) -> None:
    """A file that cannot be read as text (here not UTF-8; root reads every file, so a mode
    cannot make it unreadable): ConfigError naming the key and the reason, in one line."""
    path = tmp_path / "anchors"
    path.write_bytes(b"\xff\xfe not text \x00\n")
    with pytest.raises(ConfigError, match=r"MAILMEDIC_DNSSEC_ANCHORS=.*UnicodeDecodeError"):
        Config.load({"MAILMEDIC_DNSSEC_ANCHORS": str(path)}, dotenv=None)


def test_the_bot_stops_at_start_with_a_bad_anchor_file(tmp_path: Path) -> None:
    """`python -m bot` with a missing anchor file: exit non-zero, one line, no traceback."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "MAILMEDIC_"))}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    env["MAILMEDIC_DNSSEC_ANCHORS"] = str(tmp_path / "missing")
    proc = subprocess.run([sys.executable, "-m", "bot"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert proc.returncode != 0
    assert "MAILMEDIC_DNSSEC_ANCHORS" in proc.stderr and "no such file" in proc.stderr
    assert "Traceback" not in proc.stderr and proc.stderr.strip().count("\n") == 0, proc.stderr
