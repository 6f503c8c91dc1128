"""Discovery without a network: the XML parsers (on the real ISPDB corpus), SRV order, MX domains,
guesses, the provider knowledge base, and the merge of lookups."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from diagnostics.discovery.autoconfig import config_lookup, ispdb_url
from diagnostics.discovery.base import Lookup
from diagnostics.discovery.guess import guess_hosts
from diagnostics.discovery.merge import merge
from diagnostics.discovery.mx import mx_domains, registrable_domain
from diagnostics.discovery.providers import load_providers, match_domain, match_mx
from diagnostics.discovery.srv import order_srv
from diagnostics.model import Endpoint, Protocol, Security
from diagnostics.wire.autoconfig import (
    AutoconfigError,
    check_placeholders,
    expand_username,
    parse_autoconfig,
)
from diagnostics.wire.autodiscover import AutodiscoverError, parse_autodiscover, request_body

ISPDB = Path(__file__).resolve().parents[2] / "shared" / "ispdb"
FIXTURES = Path(__file__).parent / "fixtures" / "discovery"
corpus = sorted(ISPDB.glob("*.xml")) if ISPDB.is_dir() else []
needs_corpus = pytest.mark.skipif(not corpus, reason="../shared/ispdb is not here")


# --- autoconfig on the ISPDB corpus -------------------------------------------------------------


@needs_corpus
def test_every_ispdb_document_parses() -> None:
    """All 163 ISPDB documents parse, and each names at least one IMAP, POP3 or SMTP server."""
    assert len(corpus) == 163
    for path in corpus:
        config = parse_autoconfig(path.read_bytes())
        assert config.servers, path.name
        assert config.domains, path.name


@needs_corpus
def test_office365_broken_placeholders_are_reported() -> None:
    """office365.com.xml's two '%EMAILADDRESS' (no closing %) are reported, nothing else there."""
    config = parse_autoconfig((ISPDB / "office365.com.xml").read_bytes())
    broken = [p for p in config.problems if "broken placeholder" in p]
    assert len(broken) == 2
    assert all("'%EMAILADDRESS'" in p for p in broken)
    assert {s.protocol for s in config.servers} == {Protocol.IMAP, Protocol.POP3, Protocol.SMTP}
    assert set(config.other_server_types) >= {"ews", "owa", "graph", "exchange"}


@needs_corpus
def test_only_office365_has_placeholder_problems() -> None:
    """No other ISPDB document is reported as broken (no false alarms on the corpus)."""
    with_problems = {p.name for p in corpus if parse_autoconfig(p.read_bytes()).problems}
    assert with_problems == {"office365.com.xml"}


@needs_corpus
def test_corpus_plain_entries_are_security_none() -> None:
    """socketType 'plain' is read as no encryption: the corpus has 70 such entries."""
    plain = sum(
        1
        for p in corpus
        for s in parse_autoconfig(p.read_bytes()).servers
        if s.security is Security.NONE
    )
    raw = sum(
        len(re.findall(rb"<socketType>\s*plain\s*</socketType>", p.read_bytes(), re.I))
        for p in corpus
    )
    assert plain == raw == 70


def test_autoconfig_fields_are_honoured() -> None:
    """Security, ports, usernames, POP3 leave-on-server, enable and documentation are read."""
    config = parse_autoconfig((FIXTURES / "plain-and-unknown.xml").read_bytes())
    imap, pop3, smtp = config.servers
    assert (imap.hostname, imap.port, imap.security) == ("mail.example.org", 143, Security.NONE)
    assert imap.username == "%EMAILLOCALPART%"
    assert (pop3.security, pop3.leave_messages_on_server) == (Security.TLS, True)
    assert smtp.security is Security.STARTTLS
    assert config.enable_instructions == ("Enable IMAP in your account settings.",)
    assert config.enable_urls == ("https://example.org/settings",)
    assert config.documentation == ("https://example.org/help",)
    assert config.other_server_types == ("graph",)
    assert any("unknown placeholder '%USERNAME%'" in p for p in config.problems)


@pytest.mark.parametrize(
    ("base", "expected"),
    [
        (
            "https://autoconfig.thunderbird.net/v1.1/",
            "https://autoconfig.thunderbird.net/v1.1/a.test",
        ),
        ("https://ispdb.example/v1.1", "https://ispdb.example/v1.1/a.test"),
        ("https://ispdb.example/{domain}.xml", "https://ispdb.example/a.test.xml"),
        ("https://ispdb.example/x?d={domain}", "https://ispdb.example/x?d=a.test"),
    ],
)
def test_ispdb_url_appends_or_fills_the_domain(base: str, expected: str) -> None:
    """The ISPDB base (MAILMEDIC_ISPDB_URL) gets the domain appended, or put at `{domain}`."""
    assert ispdb_url(base, "a.test") == expected


def test_autoconfig_refuses_entities_and_bad_xml() -> None:
    """A DTD with entities (billion laughs) and truncated XML are format errors, not crashes."""
    with pytest.raises(AutoconfigError, match="forbidden"):
        parse_autoconfig((FIXTURES / "entities.xml").read_bytes())
    with pytest.raises(AutoconfigError, match="bad XML"):
        parse_autoconfig(b"<?xml version='1.0'?><clientConfig><emailProvider>")
    with pytest.raises(AutoconfigError, match="not a clientConfig"):
        parse_autoconfig(b"<html><body>hello</body></html>")
    with pytest.raises(AutoconfigError, match="too large"):
        parse_autoconfig(b"<clientConfig>" + b" " * 300_000 + b"</clientConfig>")


def test_placeholders_expand_and_repair() -> None:
    """Placeholders fill from the address; a missing '%' is repaired and reported."""
    assert expand_username("%EMAILADDRESS%", "Ann@example.com") == "Ann@example.com"
    assert expand_username("%EMAILLOCALPART%", "ann@example.com") == "ann"
    assert expand_username("%EMAILLOCALPART%.%EMAILDOMAIN%", "a@b.org") == "a.b.org"
    assert expand_username("%EMAILADDRESS%", None) is None
    assert expand_username("fixed-user", None) == "fixed-user"
    repaired, problems = check_placeholders("%EMAILADDRESS")
    assert repaired == "%EMAILADDRESS%" and len(problems) == 1
    assert check_placeholders("EMAILLOCALPART%")[0] == "%EMAILLOCALPART%"
    assert check_placeholders("%EMAILADDRESS%") == ("%EMAILADDRESS%", [])


@needs_corpus
def test_oauth_only_document_becomes_a_note() -> None:
    """A document whose servers accept only OAuth2 yields an oauth_only note; others do not."""
    office = config_lookup(
        "ispdb",
        "https://ispdb.example/office365.com",
        (ISPDB / "office365.com.xml").read_bytes(),
        address="ann@contoso.example",
        username=None,
    )
    assert [n.kind for n in office.notes] == ["oauth_only"]
    assert office.endpoints[0].username == "ann@contoso.example"
    assert len(office.broken) == 2  # the two broken placeholders
    gmx = config_lookup(
        "ispdb",
        "https://x/gmx.net",
        (ISPDB / "gmx.net.xml").read_bytes(),
        address=None,
        username=None,
    )
    assert "oauth_only" not in [n.kind for n in gmx.notes]


# --- autodiscover -------------------------------------------------------------------------------


def test_autodiscover_settings_follow_thunderbird_rules() -> None:
    """SSL=off means none; 143/110/25/587 mean STARTTLS; other ports implicit TLS; EXCH skipped."""
    answer = parse_autodiscover((FIXTURES / "autodiscover-settings.xml").read_bytes())
    got = [(s.protocol, s.hostname, s.port, s.security) for s in answer.servers]
    assert got == [
        (Protocol.IMAP, "imap.example.com", 993, Security.TLS),
        (Protocol.POP3, "pop.example.com", 110, Security.STARTTLS),
        (Protocol.SMTP, "smtp.example.com", 587, Security.STARTTLS),
        (Protocol.SMTP, "smtp.example.com", 25, Security.NONE),
    ]
    assert answer.servers[0].login_name == "user@example.com"
    assert answer.display_name == "Example User"


def test_autodiscover_redirect_and_error() -> None:
    """A redirectAddr is returned for the caller to judge; an <Error> keeps its message."""
    redirect = parse_autodiscover((FIXTURES / "autodiscover-redirect.xml").read_bytes())
    assert redirect.redirect_addr == "user@other.example" and not redirect.servers
    error = parse_autodiscover((FIXTURES / "autodiscover-error.xml").read_bytes())
    assert error.error == "The e-mail address cannot be found."
    with pytest.raises(AutodiscoverError):
        parse_autodiscover(b"<html/>")


def test_autodiscover_request_names_only_the_stand_in() -> None:
    """The POX request carries the address it is given and nothing secret."""
    body = request_body("postmaster@example.com").decode()
    assert "<EMailAddress>postmaster@example.com</EMailAddress>" in body
    assert "Password" not in body


# --- SRV, MX, guesses ---------------------------------------------------------------------------


def test_srv_order_is_priority_then_weight() -> None:
    """RFC 2782: lowest priority first; within a priority the heavier target first."""
    records = [(20, 0, 993, "c."), (10, 5, 993, "b."), (10, 50, 993, "a."), (0, 0, 993, "z.")]
    assert [r[3] for r in order_srv(records)] == ["z.", "a.", "b.", "c."]


def test_mx_domains_as_thunderbird() -> None:
    """The MX host's registrable domain and the host minus its first label, never the domain."""
    assert registrable_domain("mx1.mail.example.co.uk") == "example.co.uk"
    assert mx_domains("aspmx.l.google.com", "example.com") == ["google.com", "l.google.com"]
    assert mx_domains("mx.example.com", "example.com") == []
    assert mx_domains("mx1.mailhost.lab.test", "hosted.lab.test") == [
        "lab.test",
        "mailhost.lab.test",
    ]


def test_guess_hosts_follow_thunderbird() -> None:
    """imap./pop3./pop./mail./<d> for incoming, smtp./mail./<d> for outgoing, in that order."""
    hosts = guess_hosts("example.com", list(Protocol))
    assert list(hosts) == [
        "imap.example.com",
        "pop3.example.com",
        "pop.example.com",
        "mail.example.com",
        "example.com",
        "smtp.example.com",
    ]
    assert hosts["imap.example.com"] == (Protocol.IMAP,)
    assert hosts["mail.example.com"] == (Protocol.IMAP, Protocol.POP3, Protocol.SMTP)
    assert list(guess_hosts("example.com", [Protocol.SMTP])) == [
        "smtp.example.com",
        "mail.example.com",
        "example.com",
    ]


# --- the provider knowledge base ----------------------------------------------------------------

REQUIRED = {
    "google",
    "microsoft365",
    "outlook.com",
    "yahoo",
    "aol",
    "icloud",
    "fastmail",
    "zoho",
    "proton",
    "gmx",
    "webde",
    "ionos",
    "ovh",
    "godaddy",
    "yandex",
    "mailbox.org",
    "posteo",
}


def test_provider_base_covers_issue_4() -> None:
    """Every provider issue 4 names is there, with servers (Proton: Bridge) and sourced quirks."""
    providers = {p.id: p for p in load_providers()}
    assert set(providers) >= REQUIRED
    for provider in providers.values():
        assert provider.servers or provider.id == "proton", provider.id
        assert provider.quirks, provider.id
        assert provider.domains or provider.mx, provider.id
        for quirk in provider.quirks:
            assert quirk.checked is not None
            dt.date.fromisoformat(quirk.checked)
            assert quirk.reference is not None and quirk.reference.startswith("https://")
            assert len(quirk.note) <= 200, (provider.id, quirk.note)  # catalog's fact limit
        for server in provider.servers:
            assert server.port in (993, 995, 465, 587), (provider.id, server)
            assert server.security is not Security.NONE


def test_provider_quirks_of_issue_4() -> None:
    """The quirks issue 4 lists: app passwords, OAuth only with a date, enable IMAP, Bridge,
    iCloud's local-part username."""
    providers = {p.id: p for p in load_providers()}
    kinds = {pid: {q.kind for q in p.quirks} for pid, p in providers.items()}
    assert "app_password" in kinds["google"]
    assert "oauth_only" in kinds["microsoft365"]
    assert all(q.since for q in providers["outlook.com"].quirks if q.kind == "oauth_only")
    assert "enable_imap" in kinds["gmx"]
    assert "bridge_required" in kinds["proton"]
    icloud_imap = next(s for s in providers["icloud"].servers if s.protocol is Protocol.IMAP)
    assert icloud_imap.username == "%EMAILLOCALPART%"


def test_provider_matching_by_domain_and_mx() -> None:
    """gmail.com by domain; any *.mail.protection.outlook.com MX is Microsoft 365."""
    google = match_domain("gmail.com")
    assert google is not None and google.id == "google"
    assert match_domain("example.com") is None
    found = match_mx(("contoso-com.mail.protection.outlook.com", "backup.example.net"))
    assert [(p.id, host) for p, host in found] == [
        ("microsoft365", "contoso-com.mail.protection.outlook.com")
    ]
    assert match_mx(("mail.protection.outlook.com.evil.example",)) == []


# --- merge --------------------------------------------------------------------------------------


def test_merge_prefers_found_then_error_then_none() -> None:
    """One line per source: found beats error beats none; endpoints without repeats."""
    ep = Endpoint(protocol=Protocol.IMAP, host="a.example", port=993, security=Security.TLS)
    lookups = [
        Lookup(source="autoconfig", status="none", detail="x: HTTP 404"),
        Lookup(source="autoconfig", status="found", detail="y", endpoints=(ep,)),
        Lookup(source="autoconfig", status="found", detail="z", endpoints=(ep,)),
        Lookup(source="srv", status="none", detail="nothing"),
        Lookup(source="srv", status="error", detail="SERVFAIL"),
    ]
    merged = {d.source: d for d in merge(lookups, guess_detail="not needed", guessed=[])}
    assert merged["autoconfig"].status == "found"
    assert merged["autoconfig"].endpoints == (ep,)
    assert (merged["srv"].status, merged["srv"].detail) == ("error", "SERVFAIL")
    assert merged["guess"].status == "none"
    assert list(merged) == ["srv", "autoconfig", "guess"]
