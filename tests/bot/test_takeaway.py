"""The files `/mail settings` attaches parse back to the answer's settings: the Apple profile
through plistlib, the autoconfig document through the project's own autoconfig parser."""

from __future__ import annotations

import plistlib
from typing import Any

import pytest

from diagnostics.export.profiles import render_autoconfig, render_mobileconfig
from diagnostics.model import Choice, Endpoint, Protocol, Reason, Report, Security, Verdict
from diagnostics.wire.autoconfig import expand_username, parse_autoconfig
from tests.bot.conftest import Harness
from tests.bot.standin import custom_ids
from tests.bot.test_bot import check_options
from tests.lab import Lab

ADDRESS = "alice@example.org"


def report_with(*choices: Choice) -> Report:
    return Report(target="example.org", kind="diagnose", duration_ms=1, summary="ok",
                  verdict=Verdict.HEALTHY, choices=choices)  # fmt: skip


def choice(protocol: Protocol, host: str, port: int, security: Security,
           username: str | None = ADDRESS) -> Choice:  # fmt: skip
    endpoint = Endpoint(protocol=protocol, host=host, port=port, security=security,
                        username=username)  # fmt: skip
    return Choice(endpoint=endpoint, reason=Reason.PUBLISHED)


IMAP = choice(Protocol.IMAP, "imap.example.org", 993, Security.TLS)
SMTP = choice(Protocol.SMTP, "smtp.example.org", 587, Security.STARTTLS)


def test_mobileconfig_parses_back_without_a_password() -> None:
    """The profile's Mail payload holds the answer's servers, ports, encryption and username,
    and no password key at all."""
    data = render_mobileconfig(report_with(IMAP, SMTP), address=ADDRESS)
    assert data is not None
    profile: dict[str, Any] = plistlib.loads(data)
    assert profile["PayloadType"] == "Configuration"
    (mail,) = profile["PayloadContent"]
    assert mail["PayloadType"] == "com.apple.mail.managed"
    assert (mail["EmailAccountType"], mail["EmailAddress"]) == ("EmailTypeIMAP", ADDRESS)
    assert (mail["IncomingMailServerHostName"], mail["IncomingMailServerPortNumber"],
            mail["IncomingMailServerUseSSL"]) == ("imap.example.org", 993, True)  # fmt: skip
    assert (mail["OutgoingMailServerHostName"], mail["OutgoingMailServerPortNumber"],
            mail["OutgoingMailServerUseSSL"]) == ("smtp.example.org", 587, True)  # fmt: skip
    assert mail["IncomingMailServerUsername"] == ADDRESS
    assert not [key for key in mail if "Password" in key and key != "OutgoingPasswordSameAs"
                "IncomingPassword"]  # fmt: skip
    again = render_mobileconfig(report_with(IMAP, SMTP), address=ADDRESS)
    assert again == data  # stable UUIDs: a newer profile replaces the old account


def test_autoconfig_parses_back_through_our_parser() -> None:
    """The clientConfig document reads back, with our own parser, as the answer's settings;
    the username is the placeholder, never one person's address."""
    data = render_autoconfig(report_with(IMAP, SMTP), address=ADDRESS)
    assert data is not None and ADDRESS.encode() not in data
    config = parse_autoconfig(data)
    assert config.domains == ("example.org",) and config.problems == ()
    got = {(s.protocol, s.hostname, s.port, s.security) for s in config.servers}
    assert got == {(c.endpoint.protocol, c.endpoint.host, c.endpoint.port, c.endpoint.security)
                   for c in (IMAP, SMTP)}  # fmt: skip
    assert {expand_username(s.username, ADDRESS) for s in config.servers} == {ADDRESS}


@pytest.mark.parametrize("choices", [(IMAP,), (SMTP,), ()])
def test_no_file_without_both_directions(choices: tuple[Choice, ...]) -> None:
    """A profile needs an incoming and an outgoing server: with one missing there is no file."""
    assert render_mobileconfig(report_with(*choices), address=ADDRESS) is None
    assert render_autoconfig(report_with(*choices), address=ADDRESS) is None


def test_words_are_not_a_username() -> None:
    """A username the answer gives in words ("your full email address") is left out."""
    words = choice(Protocol.IMAP, "imap.example.org", 993, Security.TLS,
                   username="your full email address")  # fmt: skip
    data = render_mobileconfig(report_with(words, SMTP), address=None)
    assert data is not None
    (mail,) = plistlib.loads(data)["PayloadContent"]
    assert "IncomingMailServerUsername" not in mail and "EmailAddress" not in mail


async def test_settings_attach_the_files(
    harness: Harness, lab: Lab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """/mail settings attaches a profile and an autoconfig document that parse back to the
    settings the card shows."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    h = harness
    address = "alice@listed.lab.test"
    payload = await h.send(h.standin.slash("settings", {"address": address}))
    final = await h.final(payload)
    files = {name: data for name, data in final.files.values()}
    profile_name = next(n for n in files if n.endswith(".mobileconfig"))
    xml_name = next(n for n in files if n.endswith(".xml"))
    records = files[next(n for n in files if n.startswith("dns-records-"))].decode()
    assert "_imaps._tcp." in records and " IN SRV 0 1 993 " in records  # for the admin
    (mail,) = plistlib.loads(files[profile_name])["PayloadContent"]
    fields = {f["name"]: f["value"] for f in final.embeds()[0]["fields"]}
    incoming = next(v for k, v in fields.items() if k.startswith("Incoming server"))
    assert f"Server: **{mail['IncomingMailServerHostName']}**" in incoming
    assert f"Port: **{mail['IncomingMailServerPortNumber']}**" in incoming
    assert mail["EmailAddress"] == address and mail["IncomingMailServerUsername"] == address
    config = parse_autoconfig(files[xml_name])
    assert {s.hostname for s in config.servers} == {lab.host("healthy")}
    assert ".mobileconfig" in final.embeds()[0]["footer"]["text"]


async def test_a_diagnosis_card_carries_the_profile(
    harness: Harness, lab: Lab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A diagnosis that found a whole account: the result card attaches a profile whose servers
    are the card's and an autoconfig file, says how to install it, and Details stays the report."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    h = harness
    payload = await h.send(h.standin.slash("diagnose", {"target": "alice@listed.lab.test"}))
    final = await h.final(payload)
    files = {name: data for name, data in final.files.values()}
    assert sorted(n.rsplit(".", 1)[1] for n in files) == ["mobileconfig", "xml"]
    (mail,) = plistlib.loads(files[next(n for n in files if n.endswith(".mobileconfig"))])[
        "PayloadContent"
    ]
    assert mail["IncomingMailServerHostName"] == lab.host("healthy")
    assert "one tap" in final.embeds()[0]["footer"]["text"]
    message = h.original(payload)
    click = await h.send(h.standin.button(message["id"], custom_ids(message)["Details"]))
    reply = await h.callback(click)
    assert [name.rsplit(".", 1)[1] for name, _ in reply.files.values()] == ["md"]


async def test_a_failed_check_card_carries_no_files(harness: Harness, lab: Lab) -> None:
    """No working account (an expired certificate): no files, no footer promise."""
    h = harness
    payload = await h.send(h.standin.slash("check", check_options(lab, "expired")))
    final = await h.final(payload)
    assert "one tap" not in final.embeds()[0]["footer"]["text"]
    assert not final.files
