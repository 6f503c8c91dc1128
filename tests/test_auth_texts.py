"""Every known server text, said by a server at login, reaches its finding (server_texts.json)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from importlib import resources
from pathlib import Path

import pytest

from diagnostics import Options, check
from diagnostics.findings import catalog
from diagnostics.findings.auth import classify_auth_reply, server_entries
from diagnostics.findings.codes import Code
from diagnostics.model import Credentials, Endpoint, Outcome, Protocol, Security
from tests.textservers import TextServers, running_text_servers

ADDRESS = "127.0.41.1"  # ephemeral ports: concurrent runs never collide
# The field or action each code's fix must name (issue 5: "asserts the code, its position and
# the fix's field").
FIX_WORDS = {
    Code.AUTH_FAILED: "password",
    Code.AUTH_USERNAME_FORMAT: "User Name",
    Code.PLAINTEXT_AUTH_DISABLED: "security",
    Code.AUTH_NOT_OFFERED: "Outgoing server",
    Code.APP_PASSWORD_REQUIRED: "app password",
    Code.OAUTH_REQUIRED: "provider by name",
    Code.WEB_LOGIN_REQUIRED: "browser",
    Code.ACCOUNT_LOCKED: "unlock",
    Code.PROTOCOL_DISABLED: "switch on",
    Code.AUTH_TEMPORARY_FAILURE: "try again",
}
CASES = [
    (entry.id, index, protocol)
    for entry in server_entries()
    if not entry.hosts
    for index in range(len(entry.examples))
    for protocol in entry.protocols
]


@pytest.fixture(scope="module")
async def texts(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[TextServers]:
    """IMAP, POP3 and SMTP over TLS answering each login with the named entry's text."""
    servers = TextServers(address=ADDRESS, directory=Path(tmp_path_factory.mktemp("texts")))
    await servers.start()
    yield servers
    await servers.stop()


def test_every_entry_has_a_source_and_an_example() -> None:
    """Each entry names where its text comes from and gives at least one exact example."""
    raw = json.loads(
        resources.files("diagnostics.data").joinpath("server_texts.json").read_text("utf-8")
    )
    ids = [e["id"] for e in raw["entries"]]
    assert len(ids) == len(set(ids))
    for entry in server_entries():
        assert entry.source.strip() and entry.examples, entry.id
        assert entry.code.name.startswith(
            ("AUTH_", "APP_", "OAUTH", "WEB_", "ACCOUNT", "PLAIN")
        ) or entry.code in (Code.PROTOCOL_DISABLED,), entry.id


def test_providers_and_rfcs_are_covered() -> None:
    """The data covers the providers, server software and RFCs issue 5 names."""
    providers = " ".join(e.provider for e in server_entries())
    for name in ("Google", "Microsoft", "Yahoo", "iCloud", "Dovecot", "Postfix", "Exim"):
        assert name in providers
    for rfc in ("RFC 4954", "RFC 5530", "RFC 3206"):
        assert rfc in providers
    assert {e.code for e in server_entries()} >= {
        Code.AUTH_FAILED,
        Code.PLAINTEXT_AUTH_DISABLED,
        Code.AUTH_NOT_OFFERED,
        Code.APP_PASSWORD_REQUIRED,
        Code.OAUTH_REQUIRED,
        Code.WEB_LOGIN_REQUIRED,
        Code.ACCOUNT_LOCKED,
        Code.PROTOCOL_DISABLED,
        Code.AUTH_TEMPORARY_FAILURE,
    }


@pytest.mark.parametrize(("entry_id", "index", "protocol"), CASES)
async def test_server_text_through_a_server(
    texts: TextServers, entry_id: str, index: int, protocol: str
) -> None:
    """The server answers the login with the entry's text: check() leads with its code."""
    entry = next(e for e in server_entries() if e.id == entry_id)
    user = Endpoint(
        protocol=Protocol(protocol),
        host=ADDRESS,
        port=texts.ports[protocol],
        security=Security.TLS,
        username=f"{entry_id}#{index}",
    )
    options = Options(
        cafile=texts.cafile,
        allow_private=True,
        timeout=8.0,
        credentials=Credentials(username=f"{entry_id}#{index}", password="pw-for-texts"),
    )
    report = await check(user, options)
    mine = report.probes[0]
    assert mine.outcome is Outcome.AUTH_FAILED, (mine.detail, mine.transcript)
    assert len(mine.auth_attempts) == 1
    assert mine.auth_attempts[0].match == entry_id
    lead = report.findings[0]
    assert (lead.code, lead.endpoint) == (entry.code.value, user)
    described = catalog.describe(lead)
    assert FIX_WORDS[entry.code] in described.fix, described.fix


@pytest.mark.parametrize("entry", [e for e in server_entries() if e.hosts], ids=lambda e: e.id)
def test_host_specific_entries(entry) -> None:
    """An entry for one provider's servers applies on its hosts only."""
    host = "imap." + entry.hosts[0]
    for example in entry.examples:
        verdict = classify_auth_reply(example, protocol=entry.protocols[0], host=host)
        assert verdict.entry is entry
        other = classify_auth_reply(example, protocol=entry.protocols[0], host="mail.example.com")
        assert other.entry is not entry


def test_unknown_answer_is_a_plain_failure() -> None:
    """An answer no entry knows: AUTH_FAILED, or AUTH_TEMPORARY_FAILURE for an SMTP 4xx."""
    assert classify_auth_reply("NO go away", protocol="imap").code is Code.AUTH_FAILED
    verdict = classify_auth_reply("451 try later", protocol="smtp", smtp_code=451)
    assert verdict.code is Code.AUTH_TEMPORARY_FAILURE


@pytest.fixture(scope="module")
async def limited(
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[dict[str, TextServers]]:
    """SMTP servers offering no AUTH at all, and only XOAUTH2."""
    offers = {"none": (), "oauth": ("XOAUTH2", "OAUTHBEARER")}
    async with running_text_servers(tmp_path_factory.mktemp("limited"), offers, first=5) as s:
        yield s


@pytest.mark.parametrize(
    ("kind", "code"), [("none", "AUTH_NOT_OFFERED"), ("oauth", "OAUTH_REQUIRED")]
)
async def test_knowable_before_the_password(
    limited: dict[str, TextServers], kind: str, code: str
) -> None:
    """No AUTH, or only OAuth: said from the offer alone, and the password is never sent."""
    servers = limited[kind]
    user = Endpoint(
        protocol=Protocol.SMTP,
        host=servers.address,
        port=servers.ports["smtp"],
        security=Security.TLS,
        username="alice",
    )
    options = Options(
        cafile=servers.cafile,
        allow_private=True,
        timeout=8.0,
        credentials=Credentials(username="alice", password="never-sent"),
    )
    report = await check(user, options)
    assert report.probes[0].auth_attempts == ()
    assert servers.seen == []
    assert (report.findings[0].code, report.findings[0].endpoint) == (code, user)
    assert FIX_WORDS[Code(code)] in catalog.describe(report.findings[0]).fix


@pytest.mark.parametrize(
    ("text", "protocol"),
    [
        ("-ERR [AUTH] Unsupported authentication mechanism.", "pop3"),
        ("NO Unsupported authentication mechanism.", "imap"),
        ("504 5.5.4 Unrecognized authentication type", "smtp"),
    ],
)
def test_a_refused_login_method_is_untestable_not_a_wrong_password(
    text: str, protocol: str
) -> None:
    """A live answer that refuses the method (not the password) is AUTH_MECHANISM_UNTESTABLE."""
    verdict = classify_auth_reply(
        text, protocol=protocol, smtp_code=504 if protocol == "smtp" else None
    )
    assert verdict.code is Code.AUTH_MECHANISM_UNTESTABLE
    assert classify_auth_reply("-ERR [AUTH] Authentication failed.", protocol="pop3").code is (
        Code.AUTH_FAILED
    )
