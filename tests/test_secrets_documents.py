"""Redaction that never breaks a diagnosis: a password that shares letters with a document's
structure or a server's name leaves the answer as it is without one, and what a document hides
behind escapes is still masked (net/redact.py, "Names and documents")."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from diagnostics.diagnosis import diagnose
from diagnostics.findings.codes import Code
from diagnostics.model import Credentials
from diagnostics.net.redact import MASK, Redactor, redact_name
from diagnostics.runner import Options
from diagnostics.wire.autoconfig import parse_autoconfig
from diagnostics.wire.autodiscover import parse_autodiscover
from diagnostics.wire.pacc import parse_pacc
from tests.lab import Lab

SECRET = "Zq7-wX9-kV3-mN8"


@pytest.fixture(autouse=True)
def lab_ispdb(lab: Lab, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    yield


def options(lab: Lab, password: str) -> Options:
    credentials = Credentials(username="alice@lab.test", password=password)
    return Options(
        dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=10.0, credentials=credentials
    )


@pytest.mark.parametrize(
    ("domain", "password"),
    [
        ("ac.lab.test", "Sport2024!"),  # "port": the document's <port> tags
        ("srv.lab.test", "Healthy2026!"),  # "healthy": the SRV target healthy.lab.test
        ("ac.lab.test", "Imap.Lab.Test9"),  # the names of the document's servers
    ],
)
async def test_a_password_like_the_documents_words_changes_no_answer(
    lab: Lab, domain: str, password: str
) -> None:
    """The same servers are found, and nothing is reported broken, with a (wrong) password that
    shares letters with the domain's documents or server names as with an unrelated one."""
    plain = await diagnose(domain, options(lab, "not-the-password"))
    alike = await diagnose(domain, options(lab, password))

    def found(report: object) -> set[tuple[str, int]]:
        return {(p.endpoint.host, p.endpoint.port) for p in report.probes}  # type: ignore[attr-defined]

    assert found(alike) == found(plain) and found(plain)
    codes = {f.code for f in alike.findings}
    assert Code.NO_MAIL_SERVERS not in codes and Code.DISCOVERY_BROKEN not in codes, codes
    assert [s.status for s in alike.discovery] == [s.status for s in plain.discovery]


def test_escaped_forms_in_a_document_are_masked_after_decoding() -> None:
    """XML character references and CDATA, JSON \\u escapes: decoded by the parser, then masked,
    while the document's structure and other values stay."""
    refs = "".join(f"&#{ord(c)};" for c in SECRET)
    xml = f"""<clientConfig version="1.1"><emailProvider id="example.test">
      <domain>example.test</domain><displayName>{refs}</displayName>
      <incomingServer type="imap"><hostname>imap.example.test</hostname><port>993</port>
      <socketType>SSL</socketType><username><![CDATA[{SECRET[:5]}]]>{SECRET[5:]}</username>
      <authentication>password-cleartext</authentication></incomingServer>
    </emailProvider></clientConfig>""".encode()
    config = parse_autoconfig(xml, redact=Redactor(SECRET), known=("example.test",))
    assert SECRET not in repr(config) and "Zq7" not in repr(config)
    assert MASK in config.display_name and MASK in (config.servers[0].username or "")
    assert (config.servers[0].hostname, config.servers[0].port) == ("imap.example.test", 993)
    escaped = "".join(f"\\u{ord(c):04x}" for c in SECRET)
    pacc = (
        '{"provider": {"name": "' + escaped + '"}, "protocols": {"imap": '
        '{"host": "imap.example.test", "port": 993, "tls": true}}}'
    ).encode()
    assert json.loads(pacc)["provider"]["name"] == SECRET  # the escape hides nothing from JSON
    parsed = parse_pacc(pacc, redact=Redactor(SECRET), known=("example.test",))
    assert SECRET not in repr(parsed) and "imap.example.test" in repr(parsed)


def test_autodiscover_values_are_masked_but_its_tags_stay() -> None:
    """A POX answer whose server name is the password: the name is masked before it is checked,
    so it is no host name any more (never looked up), and the answer still parses."""
    pox = f"""<?xml version="1.0"?><Autodiscover><Response><Account><Action>settings</Action>
      <Protocol><Type>IMAP</Type><Server>{SECRET.lower()}.example.test</Server><Port>993</Port>
      <SSL>on</SSL></Protocol></Account></Response></Autodiscover>""".encode()
    answer = parse_autodiscover(pox, redact=Redactor(SECRET), known=("example.test",))
    assert answer.servers == () and SECRET.lower() not in repr(answer).lower()
    assert any(MASK in problem for problem in answer.problems), answer


def test_a_name_is_masked_for_an_echo_not_for_a_shared_word() -> None:
    """A label holding the password (or all of it but NAME_SLACK characters) is masked; a label
    that shares a word with it is a name, not an echo."""
    redact = Redactor("Outlook2024")
    assert redact_name(redact, "contoso-com.mail.protection.outlook.com") == (
        "contoso-com.mail.protection.outlook.com"
    )
    assert redact_name(redact, "outlook2024.evil.test") == f"{MASK}.evil.test"
    assert redact_name(redact, "utlook202.evil.test") == f"{MASK}.evil.test"


def test_one_long_word_of_password_pieces_is_masked_whole() -> None:
    """A hostile line of 64 KiB made of a password's piece is masked in one span (this took
    minutes when the vocabulary check rescanned the word for every overlapping match)."""
    assert Redactor("Summer2024!")("2024" * 16_384) == MASK


def test_ports_of_non_ascii_digits_are_no_ports() -> None:
    """A port of superscript digits ("99²" passes str.isdigit, not int): the entry is unusable,
    the document still parses."""
    xml = """<clientConfig version="1.1"><emailProvider id="example.test">
      <incomingServer type="imap"><hostname>imap.example.test</hostname><port>99²</port>
      <socketType>SSL</socketType></incomingServer></emailProvider></clientConfig>""".encode()
    config = parse_autoconfig(xml)
    assert config.servers == () and config.problems
    pox = """<Autodiscover><Response><Account><Action>settings</Action><Protocol><Type>IMAP</Type>
      <Server>imap.example.test</Server><Port>99²</Port></Protocol></Account></Response>
      </Autodiscover>""".encode()
    assert parse_autodiscover(pox).servers == ()


def test_redirect_host_masked_whatever_its_case() -> None:
    """A Location whose host holds the password in another case than urlsplit's lower-cased
    hostname is still masked (the swap finds the host as written)."""
    from diagnostics.net.redact import redact_url

    masked = redact_url(Redactor(SECRET), f"https://{SECRET}.evil.test/x?a=1", ("lab.test",))
    assert SECRET.lower() not in masked.lower() and masked.startswith(f"https://{MASK}.evil.test")


def test_a_dotted_password_across_labels_is_masked_beside_known_labels() -> None:
    """A password with dots spans labels: masked even when the name also holds the typed
    domain's labels; the person's own domain alone is never masked."""
    redact = Redactor("john.smith.1985")
    assert redact_name(redact, "john.smith.1985.evil.test", ("evil.test",)) == (
        f"{MASK}.{MASK}.{MASK}.evil.test"
    )
    assert redact_name(Redactor("example.com1"), "imap.example.com", ("example.com",)) == (
        "imap.example.com"
    )


def test_root_tag_and_full_width_names_are_masked() -> None:
    """A document whose root element is named like the password, and a server named with its
    full-width form (which the host-name check turns into ASCII), show no form of it."""
    tag = f"<?xml version='1.0'?><{SECRET}/>".encode()
    for parse in (parse_autoconfig, parse_autodiscover):
        with pytest.raises(ValueError) as caught:
            parse(tag, redact=Redactor(SECRET))
        assert "Zq7" not in str(caught.value) and MASK in str(caught.value)
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in SECRET)
    pox = f"""<Autodiscover><Response><Account><Action>settings</Action><Protocol>
      <Type>IMAP</Type><Server>{wide}.example.test</Server><Port>993</Port></Protocol>
      </Account></Response></Autodiscover>""".encode()
    answer = parse_autodiscover(pox, redact=Redactor(SECRET), known=("example.test",))
    assert "zq7" not in repr(answer).lower(), answer


def test_only_server_fields_get_the_name_rule() -> None:
    """A display name shaped like a host name is text: most of the password in it is masked
    (the name rule, for server fields, would let a cut form through)."""
    doc = f"""<clientConfig version="1.1"><emailProvider id="example.test">
      <displayName>{SECRET[:-4]}.x.test</displayName>
      <incomingServer type="imap"><hostname>imap.example.test</hostname><port>993</port>
      <socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer>
    </emailProvider></clientConfig>""".encode()
    config = parse_autoconfig(doc, redact=Redactor(SECRET), known=("example.test",))
    assert "Zq7" not in config.display_name and MASK in config.display_name
    assert config.servers[0].hostname == "imap.example.test"
    assert config.servers[0].username == "%EMAILADDRESS%"
