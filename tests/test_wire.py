"""The pure wire parsers, on pasted transcripts of real servers, and on arbitrary text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diagnostics.wire.greeting import GreetingKind, identify_greeting, protocol_of
from diagnostics.wire.imap import (
    ImapCapabilities,
    ImapCode,
    ImapStatus,
    ResponseCode,
    capabilities_from_greeting,
    capabilities_in,
    parse_capability_line,
    parse_response_code,
    parse_tagged,
    parse_untagged_status,
    quote_string,
)
from diagnostics.wire.pop3 import (
    Pop3Code,
    is_continuation,
    parse_capa,
    parse_status,
    unstuff,
)

# --- Transcripts, as servers sent them (CR/LF stripped) ---------------------------------------

DOVECOT_IMAP_GREETING = (
    "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS "
    "LOGINDISABLED] Dovecot (Debian) ready."
)
DOVECOT_IMAP_TLS_CAPABILITY = (
    "* CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=LOGIN"
)
GMAIL_IMAP_GREETING = "* OK Gimap ready for requests from 203.0.113.7 o12mb4827135wms"
GMAIL_IMAP_CAPABILITY = (
    "* CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 XYZZY "
    "SASL-IR AUTH=XOAUTH2 AUTH=PLAIN AUTH=PLAIN-CLIENTTOKEN AUTH=OAUTHBEARER AUTH=XOAUTH"
)
OUTLOOK_IMAP_GREETING = (
    "* OK The Microsoft Exchange IMAP4 service is ready. "
    "[TQBOADIAUABSADAANQBDAEEAMAAwADIANQAuAG4AYQBtAHAAcgBkADAANQAuAHAAcgBvAGQALgBvAHUAdAA=]"
)

DOVECOT_POP3_CAPA = [
    "+OK",
    "CAPA",
    "TOP",
    "UIDL",
    "RESP-CODES",
    "PIPELINING",
    "AUTH-RESP-CODE",
    "STLS",
    "USER",
    "SASL PLAIN LOGIN",
    ".",
]
GMAIL_POP3_CAPA = [
    "USER",
    "RESP-CODES",
    "EXPIRE 0",
    "LOGIN-DELAY 300",
    "TOP",
    "UIDL",
    "X-GOOGLE-RICO",
    "SASL PLAIN XOAUTH2 OAUTHBEARER",
]


# --- greeting ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind", "protocol"),
    [
        (DOVECOT_IMAP_GREETING, GreetingKind.IMAP_OK, "imap"),
        (GMAIL_IMAP_GREETING, GreetingKind.IMAP_OK, "imap"),
        (OUTLOOK_IMAP_GREETING, GreetingKind.IMAP_OK, "imap"),
        ("* ok imapd ready", GreetingKind.IMAP_OK, "imap"),
        ("* PREAUTH IMAP4rev1 server logged in as Smith", GreetingKind.IMAP_PREAUTH, "imap"),
        ("* BYE Too many connections from your IP", GreetingKind.IMAP_BYE, "imap"),
        ("+OK Dovecot (Debian) ready.", GreetingKind.POP3_OK, "pop3"),
        ("+OK Gpop ready for requests from 203.0.113.7 a1mb2037ejb", GreetingKind.POP3_OK, "pop3"),
        ("-ERR [SYS/TEMP] Server shutting down", GreetingKind.POP3_ERR, "pop3"),
        ("220 mail.example.com ESMTP Postfix (Debian/GNU)", GreetingKind.SMTP_READY, "smtp"),
        ("220-mx.example.net ESMTP Exim 4.96 ready", GreetingKind.SMTP_READY, "smtp"),
        ("220", GreetingKind.SMTP_READY, "smtp"),
        (
            "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using "
            "zen.spamhaus.org",
            GreetingKind.SMTP_REJECT,
            "smtp",
        ),
        ("421 4.7.0 Try again later, closing connection.", GreetingKind.SMTP_REJECT, "smtp"),
        ("HTTP/1.1 400 Bad Request", GreetingKind.HTTP, "http"),
        ("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3", GreetingKind.SSH, "ssh"),
        ("\x16\x03\x03\x00\x5a\x02\x00\x00V\x03\x03", GreetingKind.TLS, None),
        ("\x15\x03\x01\x00\x02\x02\x46", GreetingKind.TLS, None),
        ("\x00\x01\x02garbage", GreetingKind.BINARY, None),
        ("\ufffd\ufffdPK", GreetingKind.BINARY, None),
        ("", GreetingKind.EMPTY, None),
        ("   ", GreetingKind.EMPTY, None),
        ("Welcome to my server", GreetingKind.UNKNOWN, None),
        ("* OKAY not really", GreetingKind.UNKNOWN, None),
        ("+OKAY not really", GreetingKind.UNKNOWN, None),
        ("2200 not a reply code", GreetingKind.UNKNOWN, None),
    ],
)
def test_identify_greeting(line: str, kind: GreetingKind, protocol: str | None) -> None:
    """Each server's first line is classified, and the kind names its protocol."""
    assert identify_greeting(line) is kind
    assert protocol_of(identify_greeting(line)) == protocol


def test_greeting_with_control_characters_inside_keeps_its_protocol() -> None:
    """A known greeting with junk later in the line is still that protocol, not binary."""
    assert identify_greeting("+OK ready\x00\x01") is GreetingKind.POP3_OK
    assert identify_greeting("hello\x07there") is GreetingKind.BINARY


@given(st.text())
def test_identify_greeting_never_raises(line: str) -> None:
    """Any text gets a kind."""
    assert isinstance(identify_greeting(line), GreetingKind)


# --- IMAP -------------------------------------------------------------------------------------


def test_dovecot_greeting_capabilities() -> None:
    """Dovecot's greeting carries its capabilities in a [CAPABILITY] response code."""
    caps = ImapCapabilities.from_atoms(capabilities_from_greeting(DOVECOT_IMAP_GREETING))
    assert caps.atoms[0] == "IMAP4REV1"
    assert caps.imap4rev1 and not caps.imap4rev2
    assert caps.starttls and caps.logindisabled and caps.idle and caps.sasl_ir
    assert caps.auth_mechanisms == ()
    assert caps.has("literal+") and caps.has("LOGIN-REFERRALS")


def test_gmail_greeting_has_no_capability_code() -> None:
    """Gmail's greeting says nothing about capabilities."""
    assert capabilities_from_greeting(GMAIL_IMAP_GREETING) == ()
    assert capabilities_from_greeting(OUTLOOK_IMAP_GREETING) == ()


def test_capability_line_after_starttls() -> None:
    """After STARTTLS Dovecot drops STARTTLS and LOGINDISABLED and offers AUTH=PLAIN."""
    caps = ImapCapabilities.from_atoms(parse_capability_line(DOVECOT_IMAP_TLS_CAPABILITY))
    assert not caps.starttls and not caps.logindisabled
    assert caps.auth_mechanisms == ("PLAIN", "LOGIN")


def test_gmail_capability_line() -> None:
    """Gmail's capability line lists its SASL mechanisms, upper-cased."""
    atoms = parse_capability_line(GMAIL_IMAP_CAPABILITY)
    assert "X-GM-EXT-1" in atoms
    caps = ImapCapabilities(atoms=atoms)
    assert caps.auth_mechanisms == (
        "XOAUTH2",
        "PLAIN",
        "PLAIN-CLIENTTOKEN",
        "OAUTHBEARER",
        "XOAUTH",
    )


@pytest.mark.parametrize(
    "line",
    ["* OK ready", "a1 OK CAPABILITY completed", "+ go ahead", "* CAPABILITYX IMAP4rev1", ""],
)
def test_capability_line_ignores_other_lines(line: str) -> None:
    """Lines that are not `* CAPABILITY` give no capabilities."""
    assert parse_capability_line(line) == ()


def test_capability_line_is_case_insensitive_and_drops_junk() -> None:
    """`* capability` counts; tokens that are not atoms are dropped; duplicates collapse."""
    assert parse_capability_line('* capability imap4rev1 idle IDLE "quoted" (x)') == (
        "IMAP4REV1",
        "IDLE",
    )


def test_capabilities_in_a_run_of_lines() -> None:
    """CAPABILITY data and [CAPABILITY] codes of a whole reply are merged."""
    caps = capabilities_in(
        [
            "* CAPABILITY IMAP4rev1 STARTTLS",
            "a1 OK [CAPABILITY IMAP4rev1 IDLE AUTH=PLAIN] Logged in",
        ]
    )
    assert caps.atoms == ("IMAP4REV1", "STARTTLS", "IDLE", "AUTH=PLAIN")


@pytest.mark.parametrize(
    ("line", "status", "code", "argument", "text"),
    [
        (
            "a4 NO [AUTHENTICATIONFAILED] Authentication failed.",
            ImapStatus.NO,
            ImapCode.AUTHENTICATIONFAILED,
            None,
            "Authentication failed.",
        ),
        (
            "a4 NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure "
            "(SSL/TLS) connections.",
            ImapStatus.NO,
            ImapCode.PRIVACYREQUIRED,
            None,
            "Plaintext authentication disallowed on non-secure (SSL/TLS) connections.",
        ),
        (
            "a4 NO [UNAVAILABLE] Temporary authentication failure. [mail:2026-11-03 10:00:01]",
            ImapStatus.NO,
            ImapCode.UNAVAILABLE,
            None,
            "Temporary authentication failure. [mail:2026-11-03 10:00:01]",
        ),
        (
            "a4 NO [ALERT] Application-specific password required: "
            "https://support.google.com/accounts/answer/185833 (Failure)",
            ImapStatus.NO,
            ImapCode.ALERT,
            None,
            "Application-specific password required: "
            "https://support.google.com/accounts/answer/185833 (Failure)",
        ),
        (
            "a4 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)",
            ImapStatus.NO,
            "AUTHENTICATIONFAILED",
            None,
            "Invalid credentials (Failure)",
        ),
        ("a4 NO AUTHENTICATE failed.", ImapStatus.NO, None, None, "AUTHENTICATE failed."),
        (
            "a4 BAD User is authenticated but not connected.",
            ImapStatus.BAD,
            None,
            None,
            "User is authenticated but not connected.",
        ),
        (
            "a4 OK [CAPABILITY IMAP4rev1 IDLE] Logged in",
            ImapStatus.OK,
            "CAPABILITY",
            "IMAP4rev1 IDLE",
            "Logged in",
        ),
        ("a4 ok done", ImapStatus.OK, None, None, "done"),
        ("a4 OK", ImapStatus.OK, None, None, ""),
    ],
)
def test_parse_tagged(
    line: str, status: ImapStatus, code: str | None, argument: str | None, text: str
) -> None:
    """Tagged replies of Dovecot, Gmail and Microsoft give status, response code and text."""
    parsed = parse_tagged(line, "a4")
    assert parsed is not None
    assert parsed.tag == "a4"
    assert parsed.status is status
    assert parsed.ok is (status is ImapStatus.OK)
    assert parsed.code_name == code
    assert (parsed.code.argument if parsed.code else None) == argument
    assert parsed.text == text


@pytest.mark.parametrize(
    "line",
    [
        "* OK still here",
        "a40 OK wrong tag",
        "a4 MAYBE",
        "a4 OKAY",
        "a4",
        "+ ",
        "a4NO no space",
        "* BYE Logging out",
    ],
)
def test_parse_tagged_ignores_other_lines(line: str) -> None:
    """Untagged lines, other tags and non-status words are not our tagged reply."""
    assert parse_tagged(line, "a4") is None


def test_parse_tagged_with_empty_tag() -> None:
    """An empty tag matches nothing."""
    assert parse_tagged(" OK x", "") is None


def test_untagged_status_dovecot_alert() -> None:
    """Dovecot's untagged BAD [ALERT] before the tagged NO is readable."""
    line = (
        "* BAD [ALERT] Plaintext authentication not allowed without SSL/TLS, but your client did "
        "it anyway. If anyone was listening, the password was exposed."
    )
    status = parse_untagged_status(line)
    assert status is not None
    assert status.tag == "*" and status.status is ImapStatus.BAD
    assert status.code == ResponseCode(name="ALERT")
    assert status.text.startswith("Plaintext authentication not allowed")
    bye = parse_untagged_status("* BYE Logging out")
    assert bye is not None and bye.status is ImapStatus.BYE
    assert parse_untagged_status("* CAPABILITY IMAP4rev1") is None
    assert parse_untagged_status("*OK") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[ALERT] hi", ResponseCode(name="ALERT")),
        ("[alert] hi", ResponseCode(name="ALERT")),
        ("[BADCHARSET (UTF-8)] no", ResponseCode(name="BADCHARSET", argument="(UTF-8)")),
        ("[APPENDUID 38505 3955] done", ResponseCode(name="APPENDUID", argument="38505 3955")),
        ("no code here", None),
        ("[unterminated", None),
        ("[] empty", None),
    ],
)
def test_parse_response_code(text: str, expected: ResponseCode | None) -> None:
    """The bracketed code at the start of a resp-text, name upper-cased, argument as sent."""
    assert parse_response_code(text) == expected


@pytest.mark.parametrize(
    ("value", "quoted"),
    [
        ("user@example.com", '"user@example.com"'),
        ('pa"ss', '"pa\\"ss"'),
        ("back\\slash", '"back\\\\slash"'),
        ("", '""'),
        ("pässwörd", '"pässwörd"'),
    ],
)
def test_quote_string(value: str, quoted: str) -> None:
    """Backslash and double quote are escaped; other text passes unchanged."""
    assert quote_string(value) == quoted


@pytest.mark.parametrize("value", ["a\rb", "a\nb", "a\x00b", "x\r\na2 LOGOUT"])
def test_quote_string_refuses_line_breaks_and_nul(value: str) -> None:
    """CR, LF and NUL would end the command: refused, never sent."""
    with pytest.raises(ValueError):
        quote_string(value)


def _unquote(quoted: str) -> str:
    assert quoted[0] == quoted[-1] == '"'
    out, chars = [], iter(quoted[1:-1])
    for char in chars:
        if char == "\\":
            char = next(chars)
            assert char in '\\"'
        else:
            assert char not in '\\"'
        out.append(char)
    return "".join(out)


@given(st.text())
def test_quote_string_round_trips_or_refuses(value: str) -> None:
    """A quoted string reads back to its value; only CR/LF/NUL make it refuse."""
    try:
        quoted = quote_string(value)
    except ValueError:
        assert any(c in value for c in "\r\n\x00")
    else:
        assert _unquote(quoted) == value


@given(st.text(), st.text(max_size=5))
def test_imap_parsers_never_raise(line: str, tag: str) -> None:
    """The IMAP readers take any text without raising."""
    parse_capability_line(line)
    capabilities_from_greeting(line)
    parse_response_code(line)
    parse_untagged_status(line)
    parse_tagged(line, tag)
    caps = capabilities_in([line, line])
    assert all(a == a.upper() for a in caps.atoms)
    assert isinstance(caps.auth_mechanisms, tuple)


# --- POP3 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "ok", "code", "text"),
    [
        ("+OK Dovecot (Debian) ready.", True, None, "Dovecot (Debian) ready."),
        ("+OK", True, None, ""),
        ("+ok logged in", True, None, "logged in"),
        ("-ERR [AUTH] Authentication failed.", False, Pop3Code.AUTH, "Authentication failed."),
        (
            "-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.",
            False,
            "AUTH",
            "Plaintext authentication disallowed on non-secure (SSL/TLS) connections.",
        ),
        ("-ERR [SYS/TEMP] Try again later", False, Pop3Code.SYS_TEMP, "Try again later"),
        ("-ERR [SYS/PERM] Mailbox broken", False, Pop3Code.SYS_PERM, "Mailbox broken"),
        ("-ERR [IN-USE] Mailbox locked by another session", False, Pop3Code.IN_USE, None),
        ("-ERR [LOGIN-DELAY] wait 15 minutes", False, Pop3Code.LOGIN_DELAY, "wait 15 minutes"),
        ("-ERR [in-use] lower case", False, "IN-USE", "lower case"),
        ("-ERR Unknown command.", False, None, "Unknown command."),
        ("-ERR [not a code] text", False, None, "[not a code] text"),
    ],
)
def test_parse_status(line: str, ok: bool, code: str | None, text: str | None) -> None:
    """Status lines of Dovecot and others give ok, the RFC 2449/3206 code and the text."""
    status = parse_status(line)
    assert status.valid
    assert status.ok is ok
    assert status.code == code
    if text is not None:
        assert status.text == text


@pytest.mark.parametrize(
    "line", ["* OK [CAPABILITY IMAP4rev1] ready", "220 smtp ready", "+OKAY", "", "OK"]
)
def test_parse_status_on_other_text(line: str) -> None:
    """A line that is not +OK/-ERR is not ok and says it was not a status."""
    status = parse_status(line)
    assert not status.ok and not status.valid
    assert status.code is None


def test_dovecot_capa() -> None:
    """Dovecot's CAPA, the whole reply from +OK to the dot."""
    capa = parse_capa(DOVECOT_POP3_CAPA)
    assert capa.names[:2] == ("CAPA", "TOP")
    assert capa.stls and capa.user and capa.top and capa.uidl and capa.pipelining
    assert capa.resp_codes and capa.auth_resp_code
    assert capa.sasl_mechanisms == ("PLAIN", "LOGIN")
    assert capa.implementation is None
    assert capa.login_delay is None
    assert capa.has("sasl") and not capa.has("EXPIRE")


def test_gmail_capa() -> None:
    """Gmail's CAPA lines (between +OK and the dot) give LOGIN-DELAY and its mechanisms."""
    capa = parse_capa(GMAIL_POP3_CAPA)
    assert not capa.stls and capa.user
    assert capa.login_delay == 300
    assert capa.get("EXPIRE") == ("0",)
    assert capa.sasl_mechanisms == ("PLAIN", "XOAUTH2", "OAUTHBEARER")


def test_capa_implementation_and_dot_stuffing() -> None:
    """IMPLEMENTATION keeps its words; a stuffed line is unstuffed; the dot ends the list."""
    capa = parse_capa(["IMPLEMENTATION Qpopper  4.1", "..STRANGE", "", "SASL", ".", "USER", "STLS"])
    assert capa.implementation == "Qpopper  4.1"
    assert capa.lines == ("IMPLEMENTATION Qpopper  4.1", "SASL")
    assert capa.sasl_mechanisms == ()
    assert not capa.user and not capa.stls


def test_unstuff() -> None:
    """RFC 1939 §3: the doubled dot goes; the terminator stays."""
    assert unstuff("..hidden") == ".hidden"
    assert unstuff(".") == "."
    assert unstuff("USER") == "USER"


def test_is_continuation() -> None:
    """A SASL challenge starts with "+ "; +OK does not count."""
    assert is_continuation("+ ")
    assert is_continuation("+")
    assert not is_continuation("+OK")


@given(st.lists(st.text(), max_size=8))
def test_pop3_parsers_never_raise(lines: list[str]) -> None:
    """Any CAPA text parses, and parsing the result's lines again changes nothing."""
    capa = parse_capa(lines)
    assert parse_capa(capa.lines) == capa
    assert isinstance(capa.sasl_mechanisms, tuple)
    _ = capa.names, capa.implementation, capa.login_delay
    for line in lines:
        status = parse_status(line)
        assert status.valid or not status.ok
