"""The catalog: every code has prose, templates always fill, verdict sentences read right."""

from __future__ import annotations

import datetime as dt
import re
import string
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diagnostics.findings.catalog import (
    FACT_KEYS,
    MAX_FACT_CHARS,
    TEMPLATE_KEYS,
    CatalogEntry,
    Described,
    describe,
    direction_name,
    endpoint_phrase,
    entry,
    protocol_name,
    security_name,
    summarize_check,
    summarize_unknown,
)
from diagnostics.findings.codes import LAYER, Code, Layer, severity_of
from diagnostics.model import Endpoint, Finding, Protocol, Security, Severity

IMAP_143_TLS = Endpoint(
    protocol=Protocol.IMAP,
    host="mail.example.com",
    port=143,
    security=Security.TLS,
    username="jane@example.com",
)
IMAP_993_TLS = Endpoint(
    protocol=Protocol.IMAP, host="mail.example.com", port=993, security=Security.TLS
)
SMTP_25_NONE = Endpoint(
    protocol=Protocol.SMTP, host="smtp.example.com", port=25, security=Security.NONE
)

FULL_FACTS: dict[str, Any] = {
    "domain": "example.com",
    "host": "mail.example.com",
    "reason": "servfail",
    "dns_server": "192.0.2.53",
    "address": "192.0.2.10",
    "timeout_s": 10.0,
    "greeting_ms": 12345,
    "found": "POP3",
    "banner": "+OK Dovecot (Debian) ready.",
    "detail": "connection reset by peer",
    "right_port": 993,
    "right_security": "SSL/TLS",
    "typed_port": 143,
    "typed_security": "SSL/TLS",
    "reply": "NO [AUTHENTICATIONFAILED] Authentication failed.",
    "username": "jane@example.com",
    "tls_version": "TLSv1",
    "not_after": "2026-10-01",
    "not_before": "2026-12-01",
    "days": 3,
    "days_left": 5,
    "subject": "CN=mail.example.com",
    "issuer": "CN=R11, O=Let's Encrypt, C=US",
    "names": "*.hoster.example, hoster.example",
    "verify_message": "unable to get local issuer certificate",
    "typed_host": "imap.example.org",
    "right_host": "mail.example.com",
    "stage": "greeting",
    "provider": "Gmail",
    "note": "Gmail needs an app password when 2-Step Verification is on.",
    "source": "autoconfig",
    "sources": "srv, autoconfig",
}

ALL_CODES = list(Code)
SETTINGS_CODES = [c for c in Code if LAYER[c] is Layer.SETTINGS] + [
    Code.TLS_ON_PLAIN_PORT,
    Code.PLAIN_ON_TLS_PORT,
    Code.ENCRYPTION_NOT_USED,
    Code.WRONG_PROTOCOL,
    Code.PORT_CLOSED,
]


def _finding(code: Code, endpoint: Endpoint | None = None, **facts: Any) -> Finding:
    return Finding(code=code, severity=severity_of(code), endpoint=endpoint, facts=facts)


def _fields(described: Described) -> list[str]:
    return [described.title, described.explanation, described.fix, described.admin or ""]


def _templates(item: CatalogEntry) -> list[str]:
    out: list[str] = []
    for text in (item.title, item.explanation, item.fix, item.admin or ()):
        for part in text:
            out.extend(part)
    return out


# --- Coverage ----------------------------------------------------------------------------------


def test_every_code_has_an_entry() -> None:
    """The catalog covers exactly the codes of codes.py."""
    for code in Code:
        assert entry(code).title, code


@pytest.mark.parametrize("code", ALL_CODES)
def test_entry_fields_are_not_empty(code: Code) -> None:
    """Title, explanation and fix exist for every code, both through entry() and rendered."""
    item = entry(code)
    assert item.title and item.explanation and item.fix
    assert entry(code.value) == item
    described = describe(_finding(code))
    assert described.title and described.explanation and described.fix


def test_entry_of_unknown_code() -> None:
    """entry() refuses a code the catalog does not know."""
    with pytest.raises(KeyError):
        entry("NO_SUCH_CODE")


@pytest.mark.parametrize("code", ALL_CODES)
def test_templates_use_known_keys_only(code: Code) -> None:
    """Every placeholder is a documented key, with no conversion or format spec."""
    for template in _templates(entry(code)):
        for _, name, spec, conversion in string.Formatter().parse(template):
            if name is None:
                continue
            assert name in TEMPLATE_KEYS, (code, name)
            assert not spec and conversion is None, (code, template)


# --- Filling templates -------------------------------------------------------------------------


@pytest.mark.parametrize("code", ALL_CODES)
def test_describe_without_facts_or_endpoint(code: Code) -> None:
    """No facts and no endpoint: generic sentences, no placeholder left, short title."""
    described = describe(_finding(code))
    for text in _fields(described):
        assert "{" not in text and "}" not in text
    assert len(described.title) <= 80
    assert described.code == code.value
    assert described.severity is severity_of(code)


@pytest.mark.parametrize("code", ALL_CODES)
def test_describe_with_full_facts(code: Code) -> None:
    """Every fact present: filled sentences, no placeholder left, short title."""
    described = describe(_finding(code, IMAP_143_TLS, **FULL_FACTS))
    for text in _fields(described):
        assert "{" not in text and "}" not in text
        assert text == text.strip()
    assert len(described.title) <= 80
    assert not described.title.endswith(".")


@pytest.mark.parametrize("code", ALL_CODES)
def test_describe_with_endpoint_only(code: Code) -> None:
    """An endpoint without facts fills what it can and leaves nothing unfilled."""
    described = describe(_finding(code, SMTP_25_NONE))
    for text in _fields(described):
        assert "{" not in text and "}" not in text


@pytest.mark.parametrize("code", [c for c in Code if c.name.startswith("CERT_")])
def test_certificate_entries_tell_the_admin(code: Code) -> None:
    """The server's certificate is the server's fault: every CERT_* entry says what to renew."""
    assert entry(code).admin is not None
    assert describe(_finding(code)).admin
    assert "mail.example.com" in (describe(_finding(code, IMAP_993_TLS)).admin or "")


@pytest.mark.parametrize("code", SETTINGS_CODES)
def test_settings_fixes_name_the_field(code: Code) -> None:
    """A fix for a settings mistake names the field to change."""
    for finding in (_finding(code), _finding(code, IMAP_143_TLS, **FULL_FACTS)):
        fix = describe(finding).fix.lower()
        assert any(word in fix for word in ("security", "port", "server")), fix


def test_fix_names_field_and_value() -> None:
    """With the working alternative known, the fix says which field gets which value."""
    described = describe(
        _finding(Code.TLS_ON_PLAIN_PORT, IMAP_143_TLS, right_port=993, right_security=Security.TLS)
    )
    assert described.title == "Port 143 does not speak SSL/TLS"
    assert "Set Incoming server security to SSL/TLS and port to 993." in described.fix
    assert "Use SSL on" in described.fix


def test_certificate_expired_facts() -> None:
    """CERT_EXPIRED names the date, the days and what to tell the admin."""
    described = describe(_finding(Code.CERT_EXPIRED, IMAP_993_TLS, not_after="2026-10-01", days=1))
    assert described.title == "The server's certificate has expired"
    assert "expired on 2026-10-01, 1 day ago" in described.explanation
    assert described.admin is not None
    assert described.admin.startswith(
        "Renew the certificate for mail.example.com; it expired on 2026-10-01."
    )
    assert "do not accept" in described.fix


def test_dates_and_enums_are_displayed() -> None:
    """Datetime facts show as dates; Security values as the names mail apps use."""
    described = describe(
        _finding(
            Code.CERT_EXPIRING_SOON,
            IMAP_993_TLS,
            not_after=dt.datetime(2026, 10, 1, 12, 0, tzinfo=dt.UTC),
            days_left=0,
        )
    )
    assert described.title == "The certificate expires in less than a day"
    assert "2026-10-01." in described.explanation
    wrong = describe(
        _finding(
            Code.WRONG_SECURITY_FOR_PORT,
            Endpoint(
                protocol=Protocol.SMTP,
                host="smtp.example.com",
                port=465,
                security=Security.STARTTLS,
            ),
            typed_port=465,
            typed_security=Security.STARTTLS,
            right_port=465,
            right_security="tls",
        )
    )
    assert wrong.title == "Security STARTTLS does not work on port 465"
    assert "sending mail from a mail app with SSL/TLS" in wrong.explanation
    assert "Set Outgoing server security to SSL/TLS and port to 465." in wrong.fix


def test_dns_failure_reason_in_plain_words() -> None:
    """DNS_FAILURE says what went wrong in words; the admin gets the rcode."""
    described = describe(
        _finding(
            Code.DNS_FAILURE, host="mail.example.com", reason="refused", dns_server="192.0.2.53"
        )
    )
    assert "DNS refused to answer" in described.explanation
    assert described.admin is not None and "REFUSED" in described.admin


def test_wrong_protocol_names_what_answered() -> None:
    """WRONG_PROTOCOL says what kind of server answered, and quotes its banner."""
    described = describe(
        _finding(Code.WRONG_PROTOCOL, IMAP_993_TLS, found="POP3", banner="+OK Dovecot ready.")
    )
    assert described.title == "Port 993 answers as a POP3 (incoming mail) server, not IMAP"
    assert '"+OK Dovecot ready."' in described.explanation
    odd = describe(_finding(Code.WRONG_PROTOCOL, IMAP_993_TLS, found="something else"))
    assert "not a mail server" in odd.title


@pytest.mark.parametrize(
    ("problem", "title"),
    [
        ("certificate", "The autoconfig file for example.com has a certificate apps refuse"),
        ("document", "The autoconfig file for example.com cannot be read"),
        ("entries", "The autoconfig file for example.com contains mistakes"),
    ],
)
def test_broken_document_reads_as_its_problem(problem: str, title: str) -> None:
    """A DISCOVERY_BROKEN without endpoint says what is wrong with the document, not 'server'."""
    described = describe(
        _finding(
            Code.DISCOVERY_BROKEN,
            domain="example.com",
            source="autoconfig",
            problem=problem,
            detail="https://autoconfig.example.com/mail/config-v1.1.xml: bad XML",
        )
    )
    assert described.title == title
    for text in _fields(described):
        assert "server that does not work" not in text and "broken server" not in text
    assert "Details: https://autoconfig.example.com/" in described.explanation


def test_broken_endpoint_leads_to_a_broken_server() -> None:
    """A published endpoint that fails still reads as a broken server, with or without source."""
    srv = describe(_finding(Code.DISCOVERY_BROKEN, IMAP_993_TLS, source="srv", problem="server"))
    assert srv.title == "The published SRV record leads to a broken server"
    assert "FairEmail" in srv.explanation
    unsourced = describe(_finding(Code.DISCOVERY_BROKEN, IMAP_993_TLS))
    assert (
        unsourced.title == "The published mail settings lead to a broken server: mail.example.com"
    )
    bare = describe(_finding(Code.DISCOVERY_BROKEN))
    assert bare.title == "The published mail settings do not work"


def test_encryption_not_used_names_the_published_source() -> None:
    """ENCRYPTION_NOT_USED from a published entry blames the document, and tells its admin."""
    plain = Endpoint(
        protocol=Protocol.IMAP, host="mail.example.com", port=143, security=Security.NONE
    )
    facts: dict[str, Any] = {"right_port": 143, "right_security": Security.STARTTLS}
    published = describe(_finding(Code.ENCRYPTION_NOT_USED, plain, source="autoconfig", **facts))
    assert published.title == "The published autoconfig file does not use encryption"
    assert published.explanation.startswith(
        "The published autoconfig file says Security None for mail.example.com port 143"
    )
    assert "Set Incoming server security to STARTTLS and port to 143." in published.fix
    assert published.admin is not None and "STARTTLS" in published.admin
    with_domain = describe(
        _finding(
            Code.ENCRYPTION_NOT_USED, plain, source="autoconfig", domain="example.com", **facts
        )
    )
    assert with_domain.explanation.startswith(
        "The autoconfig file for example.com says Security None"
    )
    typed = describe(_finding(Code.ENCRYPTION_NOT_USED, plain, **facts))
    assert typed.title == "Your settings do not use encryption"
    assert typed.explanation.startswith("Security is set to None")
    assert typed.admin is None


def test_discovery_insecure_asks_for_https() -> None:
    """DISCOVERY_INSECURE is a discovery warning; the admin is told to serve it over HTTPS."""
    assert (severity_of(Code.DISCOVERY_INSECURE), LAYER[Code.DISCOVERY_INSECURE]) == (
        Severity.WARNING,
        Layer.DISCOVERY,
    )
    described = describe(
        _finding(Code.DISCOVERY_INSECURE, domain="example.com", source="autoconfig")
    )
    assert described.title == "The autoconfig file for example.com is served without encryption"
    assert "plain HTTP" in described.explanation
    assert described.admin is not None
    assert "https://autoconfig.example.com/mail/config-v1.1.xml" in described.admin


# --- Hostile and odd facts ---------------------------------------------------------------------


def test_server_text_is_inserted_not_formatted() -> None:
    """Braces in server text stay as they are: never read as placeholders."""
    described = describe(_finding(Code.AUTH_FAILED, IMAP_993_TLS, reply="{host} {0} {__class__}"))
    assert '"{host} {0} {__class__}"' in described.explanation


def test_server_text_is_cut_and_cleaned() -> None:
    """Long server text is cut to the limit; control and bidi characters are removed."""
    reply = "A\x1b[31mB\r\nC\u202eD" + "x" * 1000
    described = describe(_finding(Code.AUTH_FAILED, IMAP_993_TLS, reply=reply))
    said = described.explanation.split('The server said: "', 1)[1].rstrip('"')
    assert len(said) <= MAX_FACT_CHARS
    assert said.endswith("…")
    assert "\x1b" not in said and "\r" not in said and "\u202e" not in said and "\n" not in said


class _Unprintable:
    def __str__(self) -> str:
        raise RuntimeError("no")


@pytest.mark.parametrize("code", ALL_CODES)
def test_odd_fact_values_never_raise(code: Code) -> None:
    """None, lists, sets, booleans, nested data and unprintable objects never break describe."""
    facts: dict[str, Any] = {
        "names": ["mail.example.com", "*.example.com"],
        "sources": {"srv", "autoconfig"},
        "days": "soon",
        "days_left": -3,
        "greeting_ms": None,
        "right_port": True,
        "detail": {"nested": [1, 2]},
        "reply": _Unprintable(),
        "reason": 42,
    }
    described = describe(_finding(code, IMAP_993_TLS, **facts))
    for text in _fields(described):
        assert "{" not in text or "nested" in text


def test_unknown_code_is_refused() -> None:
    """Finding codes are a closed vocabulary: a code nobody defined is a programming error."""
    with pytest.raises(ValueError):
        Finding(code="BRAND_NEW", severity=Severity.WARNING)  # type: ignore[arg-type]
    assert Finding(code="CERT_EXPIRED", severity=Severity.ERROR).code is Code.CERT_EXPIRED  # type: ignore[arg-type]


@given(
    st.sampled_from(ALL_CODES),
    st.dictionaries(
        st.sampled_from(sorted(FACT_KEYS)),
        st.one_of(st.text(), st.integers(), st.none(), st.floats(allow_nan=True)),
    ),
)
def test_describe_never_raises(code: Code, facts: dict[str, Any]) -> None:
    """Any facts of any type give prose; inserted text carries no control characters."""
    described = describe(_finding(code, IMAP_993_TLS, **facts))
    for text in _fields(described):
        assert all(c == "\n" or c.isprintable() for c in text)


# --- Names and phrases -------------------------------------------------------------------------


def test_names() -> None:
    """Security, protocol and direction in the words mail apps use."""
    assert [security_name(s) for s in Security] == ["None", "STARTTLS", "SSL/TLS"]
    assert [protocol_name(p) for p in Protocol] == ["IMAP", "POP3", "SMTP"]
    assert [direction_name(p) for p in Protocol] == ["Incoming", "Incoming", "Outgoing"]


def test_endpoint_phrase() -> None:
    """An endpoint as a short phrase."""
    assert endpoint_phrase(IMAP_993_TLS) == "IMAP mail.example.com port 993 with SSL/TLS"
    assert endpoint_phrase(SMTP_25_NONE) == "SMTP smtp.example.com port 25 without encryption"


# --- Verdict sentences -------------------------------------------------------------------------


def test_summary_settings_work() -> None:
    """Working settings with nothing to warn about."""
    assert (
        summarize_check(user=IMAP_993_TLS, user_works=True, top=None, alternative=None)
        == "Your IMAP settings work."
    )
    info = _finding(Code.USE_IMPLICIT_TLS, IMAP_993_TLS)
    assert (
        summarize_check(user=IMAP_993_TLS, user_works=True, top=info, alternative=None)
        == "Your IMAP settings work."
    )


def test_summary_works_with_warning() -> None:
    """Working settings with a warning name it."""
    top = _finding(Code.CERT_EXPIRING_SOON, IMAP_993_TLS, days_left=5, not_after="2026-10-01")
    assert (
        summarize_check(user=IMAP_993_TLS, user_works=True, top=top, alternative=None)
        == "Your IMAP settings work, with a warning: the certificate expires in 5 days."
    )


def test_summary_settings_fail() -> None:
    """Failing settings name the cause."""
    top = _finding(Code.CERT_EXPIRED, IMAP_993_TLS, not_after="2026-10-01", days=3)
    assert (
        summarize_check(user=IMAP_993_TLS, user_works=False, top=top, alternative=None)
        == "Your settings fail: the server's certificate has expired."
    )


def test_summary_settings_fail_with_alternative() -> None:
    """Failing settings with a working alternative say what to use instead."""
    top = _finding(Code.TLS_ON_PLAIN_PORT, IMAP_143_TLS, right_port=993, right_security="SSL/TLS")
    assert (
        summarize_check(user=IMAP_143_TLS, user_works=False, top=top, alternative=IMAP_993_TLS)
        == "Your settings fail: port 143 does not speak SSL/TLS. Use port 993 with SSL/TLS."
    )


def test_summary_other_host_and_login_failure() -> None:
    """A different host is named; settings that connect but fail to log in say so."""
    other = Endpoint(
        protocol=Protocol.IMAP, host="imap.example.net", port=993, security=Security.TLS
    )
    top = _finding(Code.HOST_NOT_FOUND, IMAP_993_TLS, host="mail.example.com")
    assert summarize_check(user=IMAP_993_TLS, user_works=False, top=top, alternative=other) == (
        "Your settings fail: the server name mail.example.com does not exist. "
        "Use imap.example.net port 993 with SSL/TLS."
    )
    auth = _finding(Code.AUTH_FAILED, IMAP_993_TLS)
    assert (
        summarize_check(user=IMAP_993_TLS, user_works=True, top=auth, alternative=None)
        == "Your IMAP settings connect, but the user name or password was not accepted."
    )


def test_summary_falls_back_to_short_title() -> None:
    """A title made long by its facts gives way to the generic one."""
    long_host = "a-very-long-mail-server-name-that-goes-on." * 3 + "example.com"
    user = Endpoint(protocol=Protocol.IMAP, host=long_host, port=993, security=Security.TLS)
    top = _finding(Code.HOST_NOT_FOUND, user, host=long_host)
    summary = summarize_check(user=user, user_works=False, top=top, alternative=None)
    assert summary == "Your settings fail: the server name does not exist."
    assert (
        summarize_check(user=user, user_works=False, top=None, alternative=None)
        == "Your settings fail."
    )


def test_summarize_unknown() -> None:
    """Could-not-tell verdicts read as one sentence."""
    assert (
        summarize_unknown("our own network could not reach the internet")
        == "Could not tell: our own network could not reach the internet."
    )
    assert summarize_unknown("the deadline ran out.") == "Could not tell: the deadline ran out."
    assert summarize_unknown("") == "Could not tell: the tests did not finish."


# Codes a pasted error can lead to whose probe texts speak of our own test (a vantage, a
# greeting "to us", the DNS server "we asked").
_PASTED_TEXTS = (
    ("connect to smtp.example.com:587: Connection timed out", Code.PORT_FILTERED),
    ("SMTP Error: Could not connect to SMTP host.", Code.PORT_FILTERED),
    ("connect to smtp.example.com:587: No route to host", Code.HOST_UNREACHABLE),
    ("getaddrinfo EAI_AGAIN smtp.example.com", Code.DNS_FAILURE),
)
_OUR_TEST = re.compile(r"\b(?:we|us|our)\b", re.IGNORECASE)


@pytest.mark.parametrize(("text", "code"), _PASTED_TEXTS)
@pytest.mark.parametrize("lang", ["en", "de", "fr", "ja"])
def test_a_pasted_error_is_not_told_as_our_own_test(text: str, code: Code, lang: str) -> None:
    """An app's error was seen from the app's network, not tested by us: its explanation says
    nothing of "our" network or what "we" tried, while the probe's finding of the same code
    keeps its vantage (it names the protocol tested)."""
    from diagnostics import explain

    pasted = explain(text).findings[0]
    assert pasted.code is code
    said = describe(pasted, lang).explanation
    probed = describe(
        Finding(code=code, severity=severity_of(code), endpoint=IMAP_993_TLS), lang
    ).explanation
    assert said != probed
    if lang == "en":
        assert not _OUR_TEST.search(said), said
    if code is not Code.DNS_FAILURE:  # the probe's vantage sentence names what it tested
        assert "IMAP" in probed and "IMAP" not in said
