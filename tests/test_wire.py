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
from diagnostics.wire.smtp import (
    ReplyCode,
    ReplyFormatError,
    SmtpReply,
    enhanced_status,
    is_final_line,
    parse_ehlo,
    parse_reply_lines,
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

POSTFIX_EHLO = """\
250-mail.example.com
250-PIPELINING
250-SIZE 10240000
250-VRFY
250-ETRN
250-STARTTLS
250-ENHANCEDSTATUSCODES
250-8BITMIME
250-DSN
250-SMTPUTF8
250 CHUNKING"""
GMAIL_EHLO_TLS = """\
250-smtp.gmail.com at your service, [203.0.113.7]
250-SIZE 35882577
250-8BITMIME
250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH
250-ENHANCEDSTATUSCODES
250-PIPELINING
250-CHUNKING
250 SMTPUTF8"""
GOOGLE_534 = """\
534-5.7.9 Application-specific password required. Learn more at
534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor d2sm2153050wmq.33 - gsmtp"""
MICROSOFT_535 = (
    "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the "
    "Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
    "[SN4PR0501CA0054.namprd05.prod.outlook.com]"
)


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


# --- SMTP -------------------------------------------------------------------------------------


def test_postfix_ehlo() -> None:
    """Postfix's EHLO before STARTTLS: hostname, size, STARTTLS and no AUTH."""
    ehlo = parse_ehlo(parse_reply_lines(POSTFIX_EHLO.splitlines()))
    assert ehlo.hostname == "mail.example.com"
    assert list(ehlo.extensions) == [
        "PIPELINING",
        "SIZE",
        "VRFY",
        "ETRN",
        "STARTTLS",
        "ENHANCEDSTATUSCODES",
        "8BITMIME",
        "DSN",
        "SMTPUTF8",
        "CHUNKING",
    ]
    assert ehlo.size == 10240000
    assert ehlo.starttls and ehlo.pipelining and ehlo.smtputf8 and ehlo.chunking
    assert ehlo.eightbitmime and ehlo.enhanced_status_codes and ehlo.dsn
    assert ehlo.auth_mechanisms == ()
    assert ehlo.has("vrfy")


def test_gmail_ehlo_after_tls() -> None:
    """Gmail's EHLO after TLS: the greeting text and its AUTH mechanisms."""
    ehlo = parse_ehlo(GMAIL_EHLO_TLS)
    assert ehlo.hostname == "smtp.gmail.com"
    assert ehlo.greeting == "at your service, [203.0.113.7]"
    assert not ehlo.starttls
    assert ehlo.auth_mechanisms == (
        "LOGIN",
        "PLAIN",
        "XOAUTH2",
        "PLAIN-CLIENTTOKEN",
        "OAUTHBEARER",
        "XOAUTH",
    )
    assert ehlo.size == 35882577


def test_ehlo_obsolete_auth_equals() -> None:
    """`AUTH=PLAIN LOGIN` (broken_sasl_auth_clients) merges with the standard AUTH line."""
    ehlo = parse_ehlo(
        [
            "250-mx.example.org",
            "250-AUTH PLAIN LOGIN",
            "250-AUTH=PLAIN LOGIN CRAM-MD5",
            "250-SIZE",
            "250 8BITMIME",
        ]
    )
    assert ehlo.auth_mechanisms == ("PLAIN", "LOGIN", "CRAM-MD5")
    assert next(iter(ehlo.extensions)) == "AUTH"
    assert ehlo.size == 0
    only_old = parse_ehlo(["250-mx.example.org", "250 AUTH=LOGIN"])
    assert only_old.auth_mechanisms == ("LOGIN",)


def test_ehlo_skips_bad_keywords() -> None:
    """Lines whose keyword is not an ehlo-keyword are left out; SIZE garbage gives None."""
    ehlo = parse_ehlo(["250-host", "250-#weird", "250-", "250-SIZE lots", "250 -X"])
    assert list(ehlo.extensions) == ["SIZE"]
    assert ehlo.size is None


def test_ehlo_needs_250() -> None:
    """EHLO refused (502 on a HELO-only server) is not an EHLO reply to parse."""
    with pytest.raises(ReplyFormatError):
        parse_ehlo("502 5.5.2 Error: command not recognized")


def test_google_534_multi_line() -> None:
    """Google's two-line 534 5.7.9: code, enhanced status, message joined into one line."""
    reply = parse_reply_lines(GOOGLE_534)
    assert reply.code == 534 and reply.meaning is ReplyCode.MECHANISM_TOO_WEAK
    assert reply.enhanced == "5.7.9"
    assert len(reply.lines) == 2
    assert reply.message.startswith("Application-specific password required. Learn more at https")
    assert "5.7.9" not in reply.message
    assert reply.permanent and not reply.transient
    assert reply.text == GOOGLE_534.replace("534-", "").replace("534 ", "")


@pytest.mark.parametrize(
    ("text", "code", "meaning", "enhanced"),
    [
        ("220 mail.example.com ESMTP Postfix (Debian/GNU)", 220, ReplyCode.READY, None),
        ("530 5.7.0 Must issue a STARTTLS command first", 530, ReplyCode.AUTH_REQUIRED, "5.7.0"),
        (
            "535 5.7.8 Error: authentication failed: (reason unavailable)",
            535,
            ReplyCode.AUTH_INVALID,
            "5.7.8",
        ),
        (MICROSOFT_535, 535, ReplyCode.AUTH_INVALID, "5.7.139"),
        (
            "550 5.7.30 Basic authentication is not supported for Client Submission.",
            550,
            ReplyCode.MAILBOX_UNAVAILABLE,
            "5.7.30",
        ),
        ("535 Incorrect authentication data", 535, ReplyCode.AUTH_INVALID, None),
        ("454 4.7.0 Temporary authentication failure", 454, ReplyCode.TEMP_AUTH_FAILURE, "4.7.0"),
        ("235 2.7.0 Authentication successful", 235, ReplyCode.AUTH_SUCCEEDED, "2.7.0"),
        ("334 ", 334, ReplyCode.AUTH_CONTINUE, None),
        ("221 2.0.0 Bye", 221, ReplyCode.CLOSING, "2.0.0"),
        ("250 4.0.0 class does not match", 250, ReplyCode.OK, None),
        ("255 odd", 255, None, None),
        ("250", 250, ReplyCode.OK, None),
    ],
)
def test_single_line_replies(
    text: str, code: int, meaning: ReplyCode | None, enhanced: str | None
) -> None:
    """Postfix, Microsoft and Exim replies: code, its meaning and the enhanced status."""
    reply = parse_reply_lines([text])
    assert reply.code == code
    assert reply.meaning == meaning
    assert reply.enhanced == enhanced


def test_reply_code_names() -> None:
    """The codes a diagnosis meets have names by meaning (RFC 4954, RFC 3207)."""
    assert ReplyCode(530) is ReplyCode.AUTH_REQUIRED
    assert ReplyCode(534) is ReplyCode.MECHANISM_TOO_WEAK
    assert ReplyCode(535) is ReplyCode.AUTH_INVALID
    assert ReplyCode(538) is ReplyCode.ENCRYPTION_REQUIRED
    assert ReplyCode(432) is ReplyCode.PASSWORD_TRANSITION
    assert ReplyCode(421) is ReplyCode.SERVICE_UNAVAILABLE
    assert ReplyCode(554) is ReplyCode.TRANSACTION_FAILED


@pytest.mark.parametrize(
    "lines",
    [
        [],
        ["* OK [CAPABILITY IMAP4rev1] ready"],
        ["+OK POP3 ready"],
        ["250-first", "251 second"],
        ["250-first"],
        ["250 first", "250 second"],
        ["250-first", "250 second", "250 third"],
        ["2500 x"],
        ["250x"],
        ["650 out of range"],
        ["260 second digit too high"],
        ["HTTP/1.1 400 Bad Request"],
    ],
)
def test_malformed_replies(lines: list[str]) -> None:
    """Mixed codes, a missing final line, lines after it, or non-replies are format errors."""
    with pytest.raises(ReplyFormatError):
        parse_reply_lines(lines)


def test_reply_format_error_is_a_value_error() -> None:
    """Callers may catch ValueError."""
    assert issubclass(ReplyFormatError, ValueError)


@pytest.mark.parametrize(
    ("line", "final"),
    [
        ("250-PIPELINING", False),
        ("534-5.7.9 Application-specific password required.", False),
        ("250 CHUNKING", True),
        ("250", True),
        ("* OK garbage ends a reply too", True),
        ("", True),
    ],
)
def test_is_final_line(line: str, final: bool) -> None:
    """Only a continuation line asks for more."""
    assert is_final_line(line) is final


def test_enhanced_status() -> None:
    """Enhanced codes are read from the start of the text; the class must match when asked."""
    assert enhanced_status("5.7.139 Authentication unsuccessful") == "5.7.139"
    assert enhanced_status("5.7.8 x", 535) == "5.7.8"
    assert enhanced_status("5.7.8 x", 250) is None
    assert enhanced_status("5.7.8.1 x") is None
    assert enhanced_status("Error 5.7.8") is None


_TEXT_LINE = st.text(
    # no line breaks of any kind (str.splitlines' set); surrogates are excluded by default
    alphabet=st.characters(exclude_characters="\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"),
)


@given(
    st.integers(200, 559).filter(lambda n: n % 100 < 60),
    st.lists(_TEXT_LINE, min_size=1, max_size=6),
)
def test_reply_round_trip(code: int, texts: list[str]) -> None:
    """A well-formed reply read line by line until the final line parses back to its parts."""
    lines = [f"{code}-{t}" for t in texts[:-1]] + [f"{code} {texts[-1]}"]
    read = []
    for line in lines:
        read.append(line)
        if is_final_line(line):
            break
    assert read == lines
    reply = parse_reply_lines(read)
    assert reply == SmtpReply(code=code, enhanced=reply.enhanced, lines=tuple(texts))


@given(st.lists(st.text(), max_size=6))
def test_smtp_parsers_raise_only_format_errors(lines: list[str]) -> None:
    """Arbitrary text either parses or raises ReplyFormatError, never anything else."""
    for line in lines:
        is_final_line(line)
    try:
        reply = parse_reply_lines(lines)
    except ReplyFormatError:
        return
    _ = reply.message, reply.meaning, reply.text
    try:
        ehlo = parse_ehlo(reply)
    except ReplyFormatError:
        assert reply.code != 250
        return
    assert all(k == k.upper() for k in ehlo.extensions)
    _ = ehlo.auth_mechanisms, ehlo.size


@given(st.lists(st.text(max_size=40), min_size=1, max_size=6))
def test_ehlo_on_arbitrary_250_text(texts: list[str]) -> None:
    """Any text after 250 codes gives an EhloInfo (or a format error for line breaks inside)."""
    lines = [f"250-{t}" for t in texts[:-1]] + [f"250 {texts[-1]}"]
    try:
        ehlo = parse_ehlo(lines)
    except ReplyFormatError:
        return
    assert isinstance(ehlo.auth_mechanisms, tuple)
    assert ehlo.size is None or ehlo.size >= 0
