"""What a paste shows the app connecting to, and in which order a server refused (issue 10):
no server name or something else in its place, a big provider's name answered by another
company's certificate, a per-account connection limit, a sender refused before a recipient.
Each case is written here, not copied from a held-out set."""

from __future__ import annotations

import pytest

from diagnostics import explain
from diagnostics.explanation import explain_summary
from diagnostics.findings import catalog
from diagnostics.findings.codes import Code


def codes(text: str) -> tuple[str, ...]:
    return tuple(f.code.value for f in explain(text).findings)


@pytest.mark.parametrize(
    ("text", "kind", "field"),
    [
        # Nothing in the host's place, in each library's words.
        ("Error: getaddrinfo ENOTFOUND undefined", "empty", None),
        ("Error: getaddrinfo EAI_AGAIN null", "empty", None),
        ("Connection: opening to :587, timeout=300, options=array ()\nSMTP ERROR: Failed to "
         "connect to server: php_network_getaddresses: getaddrinfo failed: Name or service not "
         "known (0)", "empty", None),
        ('Connection could not be established with host "ssl://:465": stream_socket_client(): '
         "unable to connect to ssl://:465 (Connection refused)", "empty", None),
        ("dial tcp :25: connect: connection refused", "empty", None),
        ("System.InvalidOperationException: The SMTP host was not specified.", "empty", None),
        # A template nobody filled in.
        ("php_network_getaddresses: getaddrinfo for ${SMTP_HOST} failed: Name or service not "
         "known", "template", "${SMTP_HOST}"),
        ("getaddrinfo ENOTFOUND %MAIL_SERVER%", "template", "%MAIL_SERVER%"),
        # An email address or a web address in the server's place.
        ("Error: getaddrinfo ENOTFOUND alice@example.com", "address", "alice@example.com"),
        ("java.net.UnknownHostException: smtp@example.com", "address", "smtp@example.com"),
        ("sendmail: cannot locate host bob@example.org: Name or service not known", "address",
         "bob@example.org"),
        ("stream_socket_client(): unable to connect to https://mail.example.com:587 (Unable to "
         'find the socket transport "https" - did you forget to enable it when you configured '
         "PHP?)", "url", "https://mail.example.com"),
        ('Unable to find the socket transport "smtp" - did you forget to enable it', "url",
         "smtp://"),
    ],
)  # fmt: skip
def test_a_missing_server_name_is_said_as_the_setting(
    text: str, kind: str, field: str | None
) -> None:
    finding = explain(text).findings[0]
    assert finding.code.value == "WRONG_HOST"
    assert finding.facts["host_setting"] == kind
    assert finding.facts.get("host_field") == field
    assert catalog.variant_of(finding.code, finding) == "WRONG_HOST~not_a_host"
    # "The name does not exist" would send the person to a server that was never asked.
    assert "HOST_NOT_FOUND" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Error: getaddrinfo ENOTFOUND smtp.exmaple.org",
        "Connection: opening to smtp.example.com:587, timeout=300",
        "unable to connect to ssl://smtp.example.com:465 (Connection refused)",
        "java.net.UnknownHostException: imap.example.net",
        "dial tcp 192.0.2.25:587: connect: connection refused",
        "getaddrinfo ENOTFOUND [2001:db8::25]",
        'Connection could not be established with host "smtp.example.com:587"',
    ],
)
def test_a_host_name_in_its_place_is_no_missing_setting(text: str) -> None:
    assert "WRONG_HOST" not in codes(text)[:1]


def test_a_missing_server_name_reads_in_words() -> None:
    summary = explain_summary(explain("Error: getaddrinfo ENOTFOUND alice@example.com").findings)
    assert "alice@example.com is not a server name" in summary
    assert "missing" in explain_summary(explain("dial tcp :587: connect: refused").findings)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("stream_socket_enable_crypto(): Peer certificate CN=`server12.webhost.example' did not "
         "match expected CN=`smtp.gmail.com'", "server12.webhost.example"),
        ("Error: Hostname/IP does not match certificate's altnames: Host: smtp.office365.com. is "
         "not in the cert's altnames: DNS:*.sharedhosting.example, DNS:sharedhosting.example",
         "*.sharedhosting.example"),
        ("x509: certificate is valid for *.webhost.example.co.uk, webhost.example.co.uk, not "
         "smtp.mail.yahoo.com", "*.webhost.example.co.uk"),
        ("ssl.CertificateError: hostname 'smtp.gmail.com' doesn't match either of "
         "'*.proxy.example', 'proxy.example'", "*.proxy.example"),
        ("curl: (60) SSL: certificate subject name 'mail.webhost.example' does not match target "
         "host name 'smtp.mail.me.com'", "mail.webhost.example"),
        ("imap.gmail.com uses an invalid security certificate.\n\nThe certificate is only valid "
         "for the following names: fw.office.example", "fw.office.example"),
    ],
)  # fmt: skip
def test_another_companys_certificate_for_a_providers_server_is_a_redirect(
    text: str, name: str
) -> None:
    finding = explain(text).findings[0]
    assert finding.code.value == "CERT_INTERCEPTED"
    assert finding.facts["certificate_name"] == name
    assert catalog.variant_of(finding.code, finding) == "CERT_INTERCEPTED~redirected"
    # "Use the name on the certificate" would send the password to that other server.
    assert "CERT_HOSTNAME_MISMATCH" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # The provider's own certificate for another of its names: a name to fix.
        "Error: Hostname/IP does not match certificate's altnames: Host: smtp.office365.com. is "
        "not in the cert's altnames: DNS:outlook.com, DNS:*.outlook.com",
        "x509: certificate is valid for *.google.com, google.com, not smtp.gmail.com",
        # Not a big provider's server: the person's own server's certificate.
        "stream_socket_enable_crypto(): Peer certificate CN=`*.webhost.example' did not match "
        "expected CN=`mail.example.com'",
    ],
)
def test_a_mismatch_that_is_no_redirect_stays_a_mismatch(text: str) -> None:
    assert codes(text)[0] == "CERT_HOSTNAME_MISMATCH"


@pytest.mark.parametrize(
    "text",
    [
        "* BAD [ALERT] Too many simultaneous connections. (Failure)",
        "a2 NO [UNAVAILABLE] Maximum number of connections from user+IP exceeded "
        "(mail_max_userip_connections=10)",
        "-ERR [IN-USE] Maximum number of connections from user+IP exceeded "
        "(mail_max_userip_connections=3)",
    ],
)
def test_a_connection_limit_is_said_as_one(text: str) -> None:
    finding = explain(text).findings[0]
    assert catalog.variant_of(finding.code, finding) == "AUTH_TEMPORARY_FAILURE~connections"
    assert "AUTH_FAILED" not in codes(text)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # The sender refused first: what the recipients got follows from it.
        ("SMTP error: 553 Sender address is not allowed.\nSMTP error: 550 Requested action not "
         "taken: mailbox unavailable", "SENDER_REFUSED"),
        # A recipient refused with the sender accepted keeps its lead.
        ("250 2.1.0 Sender OK\n550 5.1.1 <bob@example.com>: Recipient address rejected: User "
         "unknown in virtual mailbox table", "RECIPIENT_UNKNOWN"),
        ("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown\nthen: 553 5.7.1 "
         "Sender address rejected: not owned by user alice@example.com", "RECIPIENT_UNKNOWN"),
        # A bounce about the recipient's domain, not the app's server name.
        ("550 Host unknown (Domain lookup failed)", "RECIPIENT_UNKNOWN"),
        ("The following recipient(s) could not be reached: bob@exmaple.com. Host unknown, Domain "
         "Lookup failed", "RECIPIENT_UNKNOWN"),
        # Go's resolver timing out is the lookup's failure, not a filtered port.
        ("error connecting to server: dial tcp: lookup smtp.example.com: i/o timeout",
         "DNS_FAILURE"),
    ],
)  # fmt: skip
def test_which_refusal_leads(text: str, lead: str) -> None:
    assert codes(text)[0] == lead


@pytest.mark.parametrize(
    "text",
    [
        "smtplib: OSError: [Errno 99] Cannot assign requested address",
        "Error: connect EADDRNOTAVAIL 192.0.2.7:465 - Local (0.0.0.0:0)",
        "SocketException: The requested address is not valid in its context 0.0.0.0:587",
        "Verbindung zu smtp.example.com fehlgeschlagen: Die angeforderte Adresse kann nicht "
        "zugewiesen werden",
        "Impossible de joindre imap.example.com : Ne peut attribuer l'adresse demandée",
        "imap.example.com: 要求アドレスに割り当てられません",
    ],
)
def test_no_local_address_is_the_devices_own(text: str) -> None:
    report = explain(text)
    first = report.findings[0]
    assert first.code.value == "HOST_UNREACHABLE"
    assert catalog.variant_of(first.code, first) == "HOST_UNREACHABLE~local_address"
    # It says the device, not the server, is at fault.
    described = catalog.describe(first)
    assert "device" in explain_summary(report.findings)
    assert "may be down" not in described.explanation and "container" in described.fix


def test_no_local_address_for_an_ipv6_server_is_the_missing_ipv6() -> None:
    text = "dial tcp [2a00:1450:400c:c0b::6c]:587: connect: cannot assign requested address"
    assert codes(text)[0] == "IPV6_BROKEN"


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # The stage the server refused at, when its reply names no cause itself.
        ("Error: Mail command failed: 550 you may not send from that address", "SENDER_REFUSED"),
        ("SMTP Error: The following From address failed: shop@example.com : MAIL FROM command "
         "failed,550,not permitted", "SENDER_REFUSED"),
        ("Error: Recipient command failed: 550 no mailbox by that name",
         "RECIPIENT_UNKNOWN"),
        ("smtplib.SMTPRecipientsRefused: {'carol@example.net': (550, b'unknown')}",
         "RECIPIENT_UNKNOWN"),
        # The reply inside names the cause: it leads, alone.
        ("Error: Mail command failed: 530 5.7.0 Authentication required", "AUTH_NOT_OFFERED"),
        ("Error: Recipient command failed: 550 5.7.1 Service unavailable; client host "
         "[203.0.113.9] blocked using zen.spamhaus.org", "REJECTED_AS_SPAM"),
    ],
)  # fmt: skip
def test_the_refused_stage_of_a_send(text: str, lead: str) -> None:
    found = codes(text)
    assert found[0] == lead
    if lead not in ("SENDER_REFUSED", "RECIPIENT_UNKNOWN"):
        # The stage says no more than the reply: no second, contradicting cause.
        assert not {"SENDER_REFUSED", "RECIPIENT_UNKNOWN"} & set(found)


@pytest.mark.parametrize(
    "text",
    [
        "System.Net.Mail.SmtpException: Failure sending mail. ---> System.Net.WebException: The "
        "remote name could not be resolved: 'smtp.exmaple.com'",
        "System.Net.WebException: Der Remotename konnte nicht aufgelöst werden: 'mail.example.de'",
        "Impossibile risolvere il nome remoto: 'smtp.example.it'",
        "Backup notification failed: check SMTP server name!",
    ],
)
def test_a_name_that_did_not_resolve_in_dotnets_words(text: str) -> None:
    assert codes(text)[0] == "HOST_NOT_FOUND"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Refused at MAIL FROM, a "mailbox unavailable" is the sender's.
        ("Error: Mail command failed: 550 5.7.1 Mailbox unavailable", ("SENDER_REFUSED",)),
        ("com.sun.mail.smtp.SMTPSenderFailedException: 550 5.1.0 Address rejected",
         ("SENDER_REFUSED",)),
        # Each stage is judged on its own line.
        ("Error: Mail command failed: 550 not local sender\nError: Recipient command failed: 550 "
         "5.1.1 User unknown", ("SENDER_REFUSED", "RECIPIENT_UNKNOWN")),
        # .NET's words for any 550 wrap the reply, which leads.
        ("System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: If MAIL "
         "FROM is local then you must authenticate\n   at System.Net.Mail.MailCommand.CheckResponse"
         "(SmtpStatusCode statusCode, String response)", ("AUTH_NOT_OFFERED",)),
        # RFC 7505 §4.2: 5.7.27 is the sender's domain that takes no mail; a server that uses it
        # for its SPF check says so.
        ('Expected response code "250/251/252" but got code "550", with message "550 5.7.27 '
         '<noreply@example.com>: Sender address rejected: Domain example.com does not accept '
         'mail (nullMX)".', ("SENDER_REFUSED",)),
        ("550 5.7.27 SPF check failed for example.com", ("REJECTED_AS_SPAM",)),
        # A refused sender first, in words the lexicon folds ("Straße"), still leads.
        ("Der Server hat die Absenderadresse abgelehnt (Straße).\nRCPT TO:<bob@example.org> 550 "
         "5.1.1 User unknown", ("SENDER_REFUSED", "RECIPIENT_UNKNOWN")),
    ],
)  # fmt: skip
def test_which_stage_and_which_address_was_refused(text: str, want: tuple[str, ...]) -> None:
    assert codes(text) == want


@pytest.mark.parametrize(
    ("text", "lead", "found"),
    [
        ("Error while retrieving mailbox Work: unexpected response: b'220 smtp.example.com ESMTP "
         "Postfix'", "WRONG_PROTOCOL", "SMTP"),
        ("short response: * OK [CAPABILITY IMAP4rev1 SASL-IR ID ENABLE IDLE] Dovecot ready.",
         "WRONG_PROTOCOL", "IMAP"),
        ("2025-01-02 10:00:00\tSERVER -> CLIENT: +OK Dovecot ready.", "WRONG_PROTOCOL", "POP3"),
        ("ValueError: Port 993 requires IMAP4_SSL. Use MailBox class for SSL/TLS connection.",
         "WRONG_SECURITY_FOR_PORT", None),
        ("imaplib.IMAP4.error: Couldn't establish TLS session", "STARTTLS_FAILED", None),
        ("imaplib.IMAP4.abort: TLS not supported by server", "STARTTLS_NOT_OFFERED", None),
    ],
)  # fmt: skip
def test_python_and_go_clients_reaching_the_wrong_server(
    text: str, lead: str, found: str | None
) -> None:
    first = explain(text).findings[0]
    assert first.code.value == lead
    assert first.facts.get("found") == found


@pytest.mark.parametrize(
    "text",
    [
        # The greeting a client expects is no wrong protocol.
        "S: 220 smtp.example.com ESMTP Postfix",
        "* OK [CAPABILITY IMAP4rev1] Dovecot ready.",
    ],
)
def test_a_greeting_alone_is_no_wrong_protocol(text: str) -> None:
    assert "WRONG_PROTOCOL" not in codes(text)


@pytest.mark.parametrize(
    ("host", "names", "lead"),
    [
        # Another company's server answered for the provider's: GoDaddy's relay, a web host.
        ("smtp.office365.com", "*.prod.phx3.secureserver.net", "CERT_INTERCEPTED"),
        ("smtp.gmail.com", "outlook.office365.com", "CERT_INTERCEPTED"),
        # The provider's own certificate for another of its names, or its brand abroad.
        ("smtp.gmail.com", "mx.google.com", "CERT_HOSTNAME_MISMATCH"),
        ("smtp.mail.yahoo.com", "*.yahoo.co.jp", "CERT_HOSTNAME_MISMATCH"),
    ],
)
def test_whose_certificate_answered(host: str, names: str, lead: str) -> None:
    text = (
        "Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's "
        f"altnames: Host: {host}. is not in the cert's altnames: DNS:{names}"
    )
    assert codes(text)[0] == lead


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # The client's own name (EHLO, RFC 5321 §4.1.1.1) is no server's address to check.
        ("SMTP Error: data not accepted. Please verify your hostname (HELO) is a fully qualified "
         "domain name.", ()),
        # Advice speaks after a sentence that says what failed.
        ("Please check the server name. The password you entered is incorrect.",
         ("AUTH_FAILED", "HOST_NOT_FOUND")),
        # A captcha inside another word (Google's DisplayUnlockCaptcha page) is no web form.
        ("Login failed for alice@example.com: wrong password. I already tried the "
         "DisplayUnlockCaptcha page.", ("AUTH_FAILED",)),
        # A line number is no Winsock error.
        ("Error at line 10049: unexpected end of input", ()),
    ],
)  # fmt: skip
def test_words_that_look_alike(text: str, want: tuple[str, ...]) -> None:
    assert codes(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Could not connect to the server.",
        "Impossible de se connecter au serveur.",
        "SMTP Error: Could not connect to SMTP host.",
    ],
)
def test_a_connection_failure_without_a_reason_claims_none(text: str) -> None:
    """A paste that only says the connection failed is told so: no claim that nothing answered
    or that a firewall dropped it, which the text never said."""
    first = explain(text).findings[0]
    assert first.code is Code.PORT_FILTERED
    assert catalog.variant_of(first.code, first) == "PORT_FILTERED~unstated"
    words = catalog.describe(first)
    assert "not why" in words.explanation
    assert "no answer" not in words.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Connection timed out connecting to smtp.example.com:587",
        "SMTP ERROR: Failed to connect to server: Connection timed out (110)",
    ],
)
def test_a_timeout_is_still_told_as_no_answer(text: str) -> None:
    first = explain(text).findings[0]
    assert first.code is Code.PORT_FILTERED
    assert catalog.variant_of(first.code, first) is None


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        (
            "535-5.7.8 Username and Password not accepted. For more information, go to "
            "https://support.google.com/mail/?p=BadCredentials",
            "Google",
        ),
        ("NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)", "Google"),
        ("535 5.7.0 (#AUTH005) Too many bad auth attempts.", "Yahoo Mail"),
    ],
)
def test_a_providers_refusal_names_its_own_rule(text: str, provider: str) -> None:
    """A big provider's own refusal says that provider takes only an app password, not that
    the account has two-step verification, which the reply does not tell."""
    first = explain(text).findings[0]
    assert first.code is Code.APP_PASSWORD_REQUIRED
    assert catalog.variant_of(first.code, first) == "APP_PASSWORD_REQUIRED~provider_rule"
    assert catalog.describe(first).title.startswith(provider)


def test_jakartas_wrapper_alone_names_no_reason() -> None:
    """Jakarta Mail's "Couldn't connect to host" without its nested exception names no cause;
    with it, the nested cause leads (tests/test_paste_classes.py)."""
    first = explain("Couldn't connect to host, port: imap.example.com, 143; timeout 1000").findings[
        0
    ]
    assert catalog.variant_of(first.code, first) == "PORT_FILTERED~unstated"
    nested = explain(
        "Couldn't connect to host, port: imap.example.com, 143; timeout -1;\n"
        "  nested exception is:\n\tjava.net.ConnectException: Connection refused"
    ).findings[0]
    assert nested.code is Code.PORT_CLOSED
