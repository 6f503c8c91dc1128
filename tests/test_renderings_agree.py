"""The text, JSON and Discord renderings of one report say the same thing: the same verdict,
the same root cause with the same fix, the same setting per direction with what the person
typed beside it. Each renderer only shows the answer (diagnostics/answer.py)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest

from bot.render import result_embed
from diagnostics import Options, check
from diagnostics.diagnosis import diagnose
from diagnostics.findings.catalog import security_name
from diagnostics.model import Endpoint, Protocol, Report, Security
from diagnostics.report import render_json, render_text
from tests.lab import Lab

I, S = Protocol.IMAP, Protocol.SMTP
NONE, STARTTLS, TLS = Security.NONE, Security.STARTTLS, Security.TLS
WORD = {"healthy": "OK", "problems": "PROBLEM", "unknown": "UNKNOWN"}


@pytest.fixture(autouse=True)
def lab_ispdb(lab: Lab, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    yield


def squash(text: str) -> str:
    return " ".join(text.split())


def unmark(text: str) -> str:
    """Discord Markdown back to plain words: escapes, bold, italics, subtext markers."""
    text = re.sub(r"\\(.)", r"\1", text)
    return text.replace("**", "").replace("-# ", "")


CHECKS = [
    ("filtered", I, 993, TLS),
    ("notls", I, 143, TLS),
    ("healthy", I, 143, TLS),
    ("healthy", I, 993, TLS),
    ("expired", I, 993, TLS),
    ("healthy", S, 25, STARTTLS),
]
DIAGNOSES = ["srv.lab.test", "notls.lab.test", "expired.lab.test", "stale.lab.test"]


async def reports(lab: Lab) -> list[Report]:
    options = Options(dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=10.0)
    out = []
    for scenario, protocol, port, security in CHECKS:
        user = Endpoint(protocol=protocol, host=lab.host(scenario), port=port, security=security)
        out.append(await check(user, options))
    for domain in DIAGNOSES:
        out.append(await diagnose(domain, options))
    return out


async def test_text_json_and_discord_agree(lab: Lab) -> None:
    """For each lab report: verdict, summary, root and its fix, and the card agree everywhere."""
    for report in await reports(lab):
        text = render_text(report)
        data = json.loads(render_json(report))
        embed = result_embed(report).to_dict()
        description = unmark(embed["description"])
        # The verdict, with the same sentence.
        word = WORD[data["verdict"]]
        assert text.startswith(word + ":")
        assert (
            description.startswith(f"❌ {word}:")
            or description.startswith(f"✅ {word}:")
            or (description.startswith(f"❔ {word}:"))
        )
        assert squash(data["summary"]) in squash(text.split("\n\n")[0])
        assert squash(data["summary"]) in squash(description)
        assert data["answer"]["verdict"] == data["verdict"]
        # The root cause and its fix, once.
        if data["findings"]:
            root = data["findings"][0]
            assert data["answer"]["root"] == root["code"]
            assert squash(root["title"]) in squash(text)
            first_fix = root["fix"].split("\n")[0]
            assert squash(first_fix) in squash(text)
            assert squash(first_fix) in squash(description)
            assert squash(description).count(squash(root["title"])) <= 1
        # The card: one setting per direction, the same in all three.
        fields = {f["name"]: unmark(f["value"]) for f in embed.get("fields", [])}
        for choice in data["answer"]["choices"]:
            ep = choice["endpoint"]
            name = "Incoming" if choice["direction"] == "incoming" else "Outgoing"
            card = f"{name} server ({ep['protocol'].upper()})"
            block = text[text.index(card) :].split("\n\n")[0]
            security = security_name(Security(ep["security"]))
            assert f"Server: {ep['host']}" in block and f"Port: {ep['port']}" in block
            assert f"Security: {security}" in block
            typed = {c["field"]: c["typed"] for c in choice["changes"]}
            if "port" in typed:
                assert f"(you typed {typed['port']})" in block
            if data["findings"]:  # with no finding, the embed's summary holds the settings
                value = next(v for k, v in fields.items() if k.startswith(card))
                assert f"Port: {ep['port']}" in value and f"Security: {security}" in value
                if "port" in typed:
                    assert f"(you typed {typed['port']})" in value
            # The verdict line names that setting when it changes the person's.
            if choice["changes"] and data["verdict"] != "unknown":
                assert f"port {ep['port']}" in data["summary"]
        # Nothing the card shows is missing from the recommended list, first place.
        for choice in data["answer"]["choices"]:
            bucket = data["recommended"][choice["direction"]]
            assert bucket[0] == choice["endpoint"]
