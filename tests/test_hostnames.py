"""Server names a document, a DNS record or a redirect names are checked where they enter
(diagnostics/wire/hostname.py, IDNA 2008): a name that cannot be a server's is never looked up,
its source is broken with the name escaped, and no rendered field carries a control or format
character — against the lab's nginx (Autodiscover) and dnsmasq (SRV)."""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from collections.abc import Iterator

import pytest

from diagnostics.diagnosis import diagnose
from diagnostics.findings.codes import Code
from diagnostics.model import Direction, Report, Source
from diagnostics.report import render_json, render_markdown, render_text
from diagnostics.report.markdown import markdown_summary
from diagnostics.runner import Options
from diagnostics.wire.autoconfig import parse_autoconfig
from diagnostics.wire.autodiscover import parse_autodiscover
from diagnostics.wire.hostname import HostnameError, parse_server_name
from diagnostics.wire.pacc import PaccError, parse_pacc
from tests.lab import Lab
from tests.lab.discovery import HEALTHY, clientconfig, pox

RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: turns the text after it around on screen


@pytest.fixture(autouse=True)
def lab_ispdb(lab: Lab, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every diagnosis here asks the lab ISPDB, never Thunderbird's."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    yield


@pytest.mark.parametrize(
    "raw",
    [
        f"imap.{RLO}tset.live",  # a format character
        "pop\u00a0 x .example.com",  # a no-break space and spaces
        "a" * 300 + ".example.com",  # a label over 63 octets
        "xn--zz.example.com",  # an A-label that is not Punycode
        "imap.\\226\\128tset.live",  # how dnspython writes odd bytes of a DNS name
        "bad_name.example.com",  # not a host name (RFC 1123), and IDNA refuses it
    ],
)
def test_names_that_cannot_be_a_server(raw: str) -> None:
    """Each is refused with its text escaped: no control or format character in the reason."""
    with pytest.raises(HostnameError) as caught:
        parse_server_name(raw)
    assert not unprintable(str(caught.value))
    assert "is not a valid host name" in str(caught.value)


def test_valid_names_become_their_ascii_form() -> None:
    """IDNs become A-labels, case and the final dot go, IP addresses and templates stay."""
    assert parse_server_name("ímap.example.com") == "xn--map-qma.example.com"
    assert parse_server_name("Mail.Example.COM.") == "mail.example.com"
    assert parse_server_name("192.0.2.1") == "192.0.2.1"
    assert parse_server_name("mail.%EMAILDOMAIN%") == "mail.%emaildomain%"


def test_documents_drop_what_cannot_be_a_server() -> None:
    """Autoconfig, Autodiscover and PACC: a bad name is a problem of the document, never an
    entry; an IDN entry is its A-label."""
    config = parse_autoconfig(
        clientconfig(
            [
                ("imap", f"imap.{RLO}tset.live", 993, "SSL", "%EMAILADDRESS%"),
                ("smtp", "smtp.example.com", 465, "SSL", "%EMAILADDRESS%"),
            ]
        )
    )
    assert [s.hostname for s in config.servers] == ["smtp.example.com"]
    assert any("\\u202e" in p for p in config.problems)
    answer = parse_autodiscover(pox([("IMAP", f"imap.{RLO}x.example", 993, "on")]))
    assert answer.servers == () and "\\u202e" in answer.problems[0]
    imap = {"protocols": {"imap": {"host": "ímap.example.com"}}}
    (server,) = parse_pacc(json.dumps(imap).encode()).servers
    assert server.hostname == "xn--map-qma.example.com"
    with pytest.raises(PaccError):
        parse_pacc(json.dumps({"protocols": {"imap": {"host": f"imap.{RLO}x.com"}}}).encode())


async def run(lab: Lab, target: str) -> Report:
    options = Options(dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=10.0)
    return await diagnose(target, options)


def unprintable(text: str) -> list[str]:
    """Control and format characters other than line breaks (what clean() removes)."""
    return [hex(ord(c)) for c in text if unicodedata.category(c) in ("Cc", "Cf") and c != "\n"]


def renderings(report: Report) -> dict[str, str]:
    """Every rendering a person sees: text, Markdown, the chat summary, the bot's embeds."""
    from bot.render import report_title, result_embed, settings_embed

    return {
        "text": render_text(report, verbose=True),
        "markdown": "\n".join(render_markdown(report, verbose=True)),
        "summary": markdown_summary(report),
        "embed": json.dumps(result_embed(report).to_dict(), ensure_ascii=False),
        "settings": json.dumps(settings_embed(report).to_dict(), ensure_ascii=False),
        "title": report_title(report),
    }


async def test_autodiscover_naming_impossible_servers_is_broken(lab: Lab) -> None:
    """badnames.lab.test's Autodiscover names imap.<U+202E>tset.lab.test and a name with
    spaces beside a good SMTP server: those two are never looked up (no DNS finding blames the
    domain's DNS), DISCOVERY_BROKEN names them escaped, and the good server is recommended."""
    report = await run(lab, "badnames.lab.test")
    codes = {f.code for f in report.findings}
    assert Code.DNS_FAILURE not in codes and Code.HOST_NOT_FOUND not in codes
    assert all(RLO not in p.endpoint.host and " " not in p.endpoint.host for p in report.probes)
    (broken,) = [f for f in report.findings if f.code is Code.DISCOVERY_BROKEN]
    assert broken.facts["source"] == "autodiscover"
    assert "\\u202e" in broken.facts["detail"] and "\\xa0" in broken.facts["detail"]
    outgoing = report.choice(Direction.OUTGOING)
    assert outgoing is not None and outgoing.endpoint.host == HEALTHY
    line = next(d for d in report.discovery if d.source is Source.AUTODISCOVER)
    assert RLO not in line.detail
    for name, text in {**renderings(report), "json": render_json(report)}.items():
        assert not unprintable(text), name


async def test_autodiscover_redirect_to_no_url_is_not_followed(lab: Lab) -> None:
    """badredir.lab.test redirects to "https://[badredir.lab.test/...", which is not a URL:
    the diagnosis goes on (no crash), the redirect is not followed and nothing is broken."""
    report = await run(lab, "badredir.lab.test")
    line = next(d for d in report.discovery if d.source is Source.AUTODISCOVER)
    assert "not followed" in line.detail, line.detail


async def test_srv_target_that_cannot_be_a_server_is_broken(lab: Lab) -> None:
    """srvbadname.lab.test's _imaps._tcp record targets bad_name.lab.test: not looked up, the
    SRV records are broken there; the good _submissions._tcp record is still used."""
    report = await run(lab, "srvbadname.lab.test")
    assert all(p.endpoint.host != "bad_name.lab.test" for p in report.probes)
    (broken,) = [f for f in report.findings if f.code is Code.DISCOVERY_BROKEN]
    assert broken.facts["source"] == "srv" and "bad_name.lab.test" in broken.facts["detail"]
    outgoing = report.choice(Direction.OUTGOING)
    assert outgoing is not None and outgoing.endpoint.host == HEALTHY


async def test_every_rendered_field_is_cleaned(lab: Lab) -> None:
    """Whatever a report holds (a server name with U+202E in findings, settings, probes and
    its target), no rendering a person sees shows a control or format character: headline,
    findings, admin line, Markdown, the bot's embeds and titles."""
    report = await run(lab, "srvbroken.lab.test")
    evil = f"imap.{RLO}tset.live"

    def hostile(e: object) -> object:
        return None if e is None else dataclasses.replace(e, host=evil)  # type: ignore[type-var]

    report = dataclasses.replace(
        report,
        target=evil,
        summary=f"looking up {evil} failed",
        findings=tuple(
            dataclasses.replace(
                f,
                endpoint=hostile(f.endpoint),  # type: ignore[arg-type]
                facts={**f.facts, "host": evil, "detail": evil, "domain": evil},
            )
            for f in report.findings
        ),
        choices=tuple(
            dataclasses.replace(c, endpoint=hostile(c.endpoint))  # type: ignore[arg-type]
            for c in report.choices
        ),
        probes=tuple(
            dataclasses.replace(p, endpoint=hostile(p.endpoint))  # type: ignore[arg-type]
            for p in report.probes
        ),
    )
    assert report.findings and report.choices
    for name, text in renderings(report).items():
        assert not unprintable(text), name
