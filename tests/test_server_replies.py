"""What servers say about sending and delivery (bounce_texts.json), the RFC 3463 enhanced-code
fallbacks of both reply tables, and a server's reply quoted inside an app's or a library's text."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from diagnostics import explain
from diagnostics.findings import catalog
from diagnostics.findings.auth import server_entries
from diagnostics.findings.codes import Code
from diagnostics.paste.dialog import parse
from diagnostics.paste.entries import bounce_entries
from diagnostics.paste.match import recognise, server_replies

ALL = [e for e in (*server_entries(), *bounce_entries()) if not e.hosts]
GENERIC_IDS = frozenset(e.id for e in ALL if e.generic)
BOUNCE_EXAMPLES = [
    (entry.id, example, entry.code) for entry in bounce_entries() for example in entry.examples
]
SPECIFIC_EXAMPLES = [
    (entry.id, example, entry.code)
    for entry in ALL
    if not entry.generic
    for example in entry.examples
]


def test_every_bounce_entry_has_a_source_an_example_and_a_unique_id() -> None:
    """Each delivery entry names where its words come from and gives an exact example."""
    raw = json.loads(
        resources.files("diagnostics.data").joinpath("bounce_texts.json").read_text("utf-8")
    )
    ids = [e["id"] for e in raw["entries"]]
    assert len(ids) == len(set(ids))
    assert not set(ids) & {e.id for e in server_entries()}, "an id names one entry in one table"
    for entry in bounce_entries():
        assert entry.source.strip() and entry.examples, entry.id


def test_the_tables_cover_the_servers_and_providers_of_issue_10() -> None:
    """Server software and the big providers each have their own words, with a source."""
    providers = " ".join(e.provider for e in (*server_entries(), *bounce_entries()))
    for name in (
        "Postfix", "Exim", "Sendmail", "Dovecot", "Courier", "Cyrus", "qmail", "OpenSMTPD",
        "Haraka", "hMailServer", "Microsoft 365", "Google", "Yahoo", "iCloud", "GMX",
        "T-Online", "Orange", "Zoho",
    ):  # fmt: skip
        assert name in providers, name
    assert len(server_entries()) + len(bounce_entries()) >= 150


def test_generic_entries_come_last_in_each_table() -> None:
    """Each table lists its providers' texts before the RFCs' meanings of the codes."""
    for table in (server_entries(), bounce_entries()):
        kinds = [e.generic for e in table]
        assert kinds == sorted(kinds), [e.id for e in table if not e.generic][-1]
    kinds = [e.generic for e in server_replies()]
    assert kinds == sorted(kinds)


@pytest.mark.parametrize(("entry_id", "text", "code"), BOUNCE_EXAMPLES)
def test_every_bounce_example_is_explained(entry_id: str, text: str, code: Code) -> None:
    """Each delivery example leads to its entry's code, with a fix and the server's words."""
    report = explain(text)
    lead = report.findings[0]
    assert lead.code == code, (entry_id, [(f.code, f.facts["match"]) for f in report.findings])
    assert lead.facts["reference"] and lead.facts["reply"]
    assert catalog.describe(lead).fix


@pytest.mark.parametrize(("entry_id", "text", "code"), SPECIFIC_EXAMPLES)
def test_a_generic_code_never_beats_a_servers_own_words(
    entry_id: str, text: str, code: Code
) -> None:
    """A provider's or server's example is explained by a provider's or server's entry, never
    by an RFC's meaning of its code, also with an unknown reply with a generic code before it."""
    lead = recognise(text).findings[0]
    assert lead.code == code and lead.facts["match"] not in GENERIC_IDS, lead.facts["match"]
    # The generic reply on the line before speaks second, if at all.
    first = recognise(f"550 5.1.1 Unbekannter Empfänger\n{text}").findings[0]
    assert first.code == code and first.facts["match"] not in GENERIC_IDS, first.facts["match"]


@pytest.mark.parametrize(
    ("text", "code", "generic"),
    [
        # Yahoo's 5.7.9 is a policy refusal, RFC 4954's 534 5.7.9 "mechanism is too weak".
        ("554 5.7.9 Message not accepted for policy reasons.", "REJECTED_AS_SPAM", "rfc4954-534"),
        # Microsoft's 5.7.30 is basic authentication; the code alone would be nothing.
        ("550 5.7.30 Basic authentication is not supported for Client Submission.",
         "OAUTH_REQUIRED", None),
        # Outlook.com's 5.2.2 submission quota is a sending limit, not a full mailbox.
        ("554 5.2.2 mailbox full; STOREDRV.Submission.Exception:SubmissionQuotaExceededException",
         "RATE_LIMITED", "rfc3463-x.2.2"),
        # Postgrey's "Recipient address rejected: Greylisted" passes on its own.
        ("450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see "
         "http://postgrey.schweikert.ch/help/example.org.html", "RATE_LIMITED", None),
    ],
)  # fmt: skip
def test_provider_meaning_of_a_code_wins(text: str, code: str, generic: str | None) -> None:
    """Where a provider gives a code its own meaning, its entry decides, not the RFC's."""
    findings = recognise(text).findings
    assert findings[0].code == code
    if generic is not None:
        assert generic not in [f.facts["match"] for f in findings]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("550 5.1.1 Der Empfänger ist unbekannt", "RECIPIENT_UNKNOWN"),
        ("550 5.1.10 Destinatario inesistente", "RECIPIENT_UNKNOWN"),
        ("552 5.2.2 Skrzynka odbiorcy jest pełna", "RECIPIENT_MAILBOX_FULL"),
        ("552 5.3.4 Bericht te groot", "SIZE_LIMIT"),
        ("552 5.2.3 メッセージが大きすぎます", "SIZE_LIMIT"),
        ("553 5.1.8 Domínio do remetente inexistente", "SENDER_REFUSED"),
        ("535 5.7.8 Identifiants refusés", "AUTH_FAILED"),
        ("The server response was: 5.7.8 Identifiants refusés", "AUTH_FAILED"),
        ("Die Serverantwort war: 5.7.0 Authentication Required", "AUTH_NOT_OFFERED"),
        ("550 5.7.27 SPF-Prüfung fehlgeschlagen", "REJECTED_AS_SPAM"),
        ("451 4.7.1 Bitte später erneut versuchen (try again later)", "RATE_LIMITED"),
    ],
)
def test_an_enhanced_code_is_read_whatever_the_language(text: str, code: str) -> None:
    """RFC 3463 codes whose meaning is unambiguous decide when the words are unknown."""
    lead = recognise(text).findings[0]
    assert lead.code == code, lead.facts["match"]


@pytest.mark.parametrize(
    "text",
    [
        "550 5.7.1 Zugriff verweigert",  # X.7.1 alone: relay, spam, policy, sender ... say nothing
        "Firmware 5.1.8 installed on the printer",
        "Outlook 16.0.5.2.2 update",
        "Version 4.2.2 of the mail app is available",
    ],
)
def test_an_ambiguous_code_or_a_version_number_is_no_cause(text: str) -> None:
    """A bare 5.7.1, and numbers that only look like enhanced codes, name no cause."""
    assert [
        f.facts["match"] for f in recognise(text).findings if f.facts["match"] in GENERIC_IDS
    ] == []


# A server reply inside an app's dialog or a library's exception (issue 10: "the server reply
# inside the dialog wins"). The wrappers' own words are the apps' strings (Thunderbird's
# errorSendingRcptCommand, app_strings.json) or their usual shape (Outlook's fields, .NET's
# SmtpException, JavaMail, Python's smtplib, Nodemailer, PHPMailer).
WRAPPED = [
    ("Thunderbird", "en",
     "An error occurred while sending mail. The mail server responded:\n550 5.7.1 Relaying "
     'denied.\nPlease check the message recipient "bob@example.org" and try again.',
     "AUTH_NOT_OFFERED", "Relaying denied"),
    ("Thunderbird", "de",
     "Fehler beim Senden der Nachricht: Der Mail-Server antwortete: \n550 5.7.60 SMTP; Client "
     "does not have permissions to send as this sender.\n Bitte überprüfen Sie die E-Mail-"
     'Adresse des Empfängers "bob@example.org" und wiederholen Sie den Vorgang.',
     "SENDER_REFUSED", "5.7.60"),
    ("Thunderbird", "fr",
     "Une erreur est survenue lors de l’envoi de l’e-mail. Le serveur de courrier a répondu : "
     "451 4.7.1 Greylisting in action, please come back in 00:05:00. Veuillez vérifier "
     "l’adresse du destinataire bob@example.org et essayer à nouveau.",
     "RATE_LIMITED", "Greylisting"),
    ("Outlook", "en",
     "The server rejected one or more recipient addresses. The server response was: 550 5.7.1 "
     "Unable to relay for bob@example.org\nAccount: 'alice@example.com', Server: "
     "'smtp.example.com', Protocol: SMTP, Server Response: '550 5.7.1 Unable to relay for "
     "bob@example.org', Port: 25, Secure(SSL): No, Server Error: 550, Error Number: 0x800CCC79",
     "AUTH_NOT_OFFERED", "Unable to relay"),
    ("Outlook", "de",
     "Konto: 'alice@example.com', Server: 'smtp.example.com', Protokoll: SMTP, Serverantwort: "
     "'535 Authentication failed. Restarting authentication process.', Port: 587, "
     "Secure(SSL): Nein, Fehlernummer: 0x800CCC90",
     "AUTH_FAILED", "535"),
    ("Outlook", "en",
     "Your message did not reach some or all of the intended recipients. The following "
     "recipient(s) cannot be reached: bob@example.org on 01/12/2026 10:00 Server error: "
     "'550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'",
     "RECIPIENT_UNKNOWN", "5.4.1"),
    (".NET SmtpClient", "en",
     "System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the "
     "client was not authenticated. The server response was: 535 Authentication failed",
     "AUTH_FAILED", "535"),
    (".NET SmtpClient", "de",
     "System.Net.Mail.SmtpException: Der SMTP-Server erfordert eine sichere Verbindung, oder "
     "der Client war nicht authentifiziert. Die Serverantwort war: 5.7.0 Authentication "
     "Required. Learn more at",
     "AUTH_NOT_OFFERED", "5.7.0"),
    ("JavaMail", "en",
     "javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\t"
     "com.sun.mail.smtp.SMTPAddressFailedException: 552 5.2.2 <bob@example.org>: mailbox full",
     "RECIPIENT_MAILBOX_FULL", "5.2.2"),
    ("Python smtplib", "en",
     "smtplib.SMTPRecipientsRefused: {'bob@example.org': (550, b'5.7.1 Relaying denied')}",
     "AUTH_NOT_OFFERED", "550 5.7.1 Relaying denied"),
    ("Python smtplib", "en",
     "smtplib.SMTPSenderRefused: (553, b'5.7.1 <alice@example.com>: Sender address rejected: "
     "not owned by user bob', 'alice@example.com')",
     "SENDER_REFUSED", "not owned"),
    ("Nodemailer", "en",
     "Error: Can't send mail - all recipients were rejected: 550 5.1.1 <bob@example.org>: "
     "Recipient address rejected: User unknown in virtual mailbox table",
     "RECIPIENT_UNKNOWN", "User unknown"),
    ("PHPMailer", "en",
     "SMTP Error: The following recipients failed: bob@example.org: 553 sorry, that domain "
     "isn't in my list of allowed rcpthosts (#5.7.1)",
     "AUTH_NOT_OFFERED", "rcpthosts"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("wrapper", "language", "text", "code", "said"), WRAPPED, ids=lambda v: str(v)[:24]
)
def test_the_reply_inside_a_dialog_or_exception_leads(
    wrapper: str, language: str, text: str, code: str, said: str
) -> None:
    """The server's reply quoted by an app or a library names the cause, not the wrapper's
    own words (Thunderbird's "check the message recipient", .NET's "not authenticated")."""
    lead = explain(text).findings[0]
    assert lead.code == code, (wrapper, language, lead.facts["match"])
    assert said in lead.facts["reply"], lead.facts["reply"]
    assert not str(lead.facts["match"]).startswith(("thunderbird.", "outlook", "apple."))


def test_a_quoted_reply_ends_at_its_closing_quote() -> None:
    """ "Server error: '550 ...'" quotes the reply: the dialog's next words are not part of it."""
    text = "Server error: '550 5.7.1 Unable to relay' Please check the recipient and try again."
    assert parse(text).replies == ("550 5.7.1 Unable to relay",)
