# ruff: noqa: E501  (a one-off tool whose data are the English texts, kept whole for grep)
"""Developer tool: write the English message template `diagnostics/locale/mailmedic.pot` from
the finding texts of tools/finding_texts.py and the sentence and interface tables below.

    python -m tools.catalog_to_pot [--catalog MODULE] [--out diagnostics/locale/mailmedic.pot]

Not shipped; tests/test_pot_source.py runs `all_messages` and fails when the .pot differs, so
the .pot is always what these tables say. MODULE (default `tools.finding_texts`) provides
`CATALOG`, `_GENERIC`, `_NO_ALTERNATIVE`, the variants' tables and the word tables; the verdict
and fix sentences, which are built around the answer's values, are listed below by
hand. Every message gets a stable msgctxt (see README, "Translations"):

- `CODE.field.P.A` for a finding's field (title, explanation, fix, admin), part P, alternative A
  (1-based; alternatives are tried in order, the first whose placeholders all have values wins);
  the shape of a field is read back from these keys at run time;
- `CODE~variant.field.P.A` for a fact-selected variant (`VARIANTS`: the old module's tables of
  entries), only the fields that differ from the code's own;
- `generic.*` and `no_alternative.<layer>.*` in the same shape;
- `word.*` for derived words, `phrase.*`, `fix.change.*` and `verdict.*` for sentences built
  around them; plural messages (msgid_plural) wherever a count appears.

Counts the old templates wrote as "{timeout_s} seconds" become derived plural words
(`REWRITES`), so every language can inflect them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from diagnostics.findings.codes import Code

DOMAIN = "mailmedic"
OUT = Path(__file__).resolve().parent.parent / "diagnostics" / "locale" / f"{DOMAIN}.pot"

# Old template text -> new: a count with a plural word of its own.
REWRITES = {
    "{timeout_s} seconds": "{timeout_text}",
    "{delay_minutes} minutes": "{delay_text}",
}

# What each placeholder holds, for the translators' `#.` comments.
PLACEHOLDERS: Mapping[str, str] = {
    "host": "a server name, e.g. mail.example.com (never translate)",
    "port": "a port number, e.g. 993",
    "protocol": "IMAP, POP3 or SMTP",
    "security": "the security setting as the mail app shows it: SSL/TLS, STARTTLS or the word "
    '"None"',
    "direction": 'the word "Incoming" or "Outgoing" (word.direction.*), as in the app\'s field '
    'name "Incoming server"',
    "direction_lc": 'the word "incoming" or "outgoing" inside a sentence (word.direction_lc.*)',
    "username": "the user name typed in the mail app",
    "domain": "the email domain, e.g. example.com",
    "dead": "IPv6 addresses that did not answer",
    "working": "addresses that answered",
    "outcome": "what happened (technical text, e.g. refused)",
    "checked": "the day a source was read, e.g. 2026-11-02",
    "reason": "a technical reason",
    "dns_server": "the address of the DNS server asked",
    "address": "an IP address",
    "timeout_text": 'a duration with its unit, e.g. "10 seconds" (word.seconds)',
    "delay_text": 'a duration with its unit, e.g. "15 minutes" (word.minutes)',
    "greeting_ms": "milliseconds",
    "greeting_s": "seconds with one decimal, e.g. 2.5",
    "found": "a protocol name",
    "banner": "text the server sent (inserted as is, never translated)",
    "detail": "technical details (inserted as is)",
    "right_port": "the port that works",
    "right_security": "the security setting that works (SSL/TLS, STARTTLS or the word for None)",
    "typed_port": "the port the person typed",
    "typed_security": "the security setting the person typed",
    "reply": "the server's reply (inserted as is, never translated)",
    "tls_version": "a TLS version, e.g. TLSv1.0",
    "not_after": "a date, e.g. 2026-10-01",
    "not_before": "a date, e.g. 2026-10-01",
    "days": "a number of days",
    "days_left": "a number of days",
    "days_text": 'a number of days with the word, e.g. "3 days" (word.days)',
    "days_left_text": 'e.g. "5 days" or "less than a day" (word.days, word.days_left.*)',
    "subject": "the certificate's subject (technical)",
    "issuer": "the certificate's issuer (technical)",
    "names": "the names a certificate covers, e.g. mail.example.net, *.example.net",
    "verify_message": "the TLS library's error (technical, English)",
    "typed_host": "the server name the person typed",
    "ipv6_address": "an IPv6 address as the pasted error wrote it, e.g. 2001:db8::25 (never "
    "translate)",
    "existing_host": "a big provider's server name that exists, e.g. smtp.gmail.com (never "
    "translate)",
    "loopback": "the address of the app's own computer that the pasted error shows, e.g. "
    "127.0.0.1 or localhost (never translate)",
    "host_field": "what the app had as its server name, e.g. alice@example.com (never translate)",
    "certificate_name": "the name a certificate is for, e.g. *.hostingcompany.example (never "
    "translate)",
    "interceptor": "the name of an antivirus, firewall or proxy product as the pasted error "
    "wrote it, e.g. Avast Mail Shield (never translate)",
    "right_host": "the server name that works",
    "stage": "a test stage (technical)",
    "stage_text": 'the test stage in words, e.g. "login" (word.stage.*)',
    "provider": "the email provider's name, e.g. Gmail",
    "since": "a date, as YYYY-MM-DD, e.g. 2024-09-16 (keep as it is)",
    "note": "the provider's own instruction (from our provider list)",
    "source": "a discovery source (technical)",
    "sources": "discovery sources (technical)",
    "sources_text": 'the discovery sources in words, e.g. "SRV, autoconfig" (word.source_short.*)',
    "source_name": 'the kind of published settings, e.g. "SRV record" (word.source_name.*)',
    "source_apps": 'which apps read it, e.g. "Thunderbird" (word.source_apps.*)',
    "broken_server": "as source_name",
    "broken_certificate": "as source_name",
    "broken_document": "as source_name",
    "broken_entries": "as source_name",
    "problem": "a technical problem name",
    "tried": "user names tried, comma-separated",
    "typed_username": "the user name typed",
    "right_username": "the user name that works",
    "mechanism": "a login method, e.g. PLAIN",
    "mechanisms": "login methods, e.g. GSSAPI, NTLM",
    "password_sent": "yes or no",
    "password_warning": "the sentence word.password_warning, or nothing",
    "match": "pasted text that was recognised",
    "matched": "pasted text that was recognised (inserted as is)",
    "reference": "a web address",
    "changes": "the changes to make",
    "consequences": "what happens",
    "chosen": "yes or no",
    "chosen_text": "the sentence word.chosen_text, or nothing",
    "ports": "port numbers, e.g. 993, 995",
    "right_reason": "technical",
    "right_protocol": "IMAP, POP3 or SMTP",
    "protocols": "protocol names",
    "protocols_text": 'protocol names joined, e.g. "IMAP and POP3" (word.list.pair)',
    "tld": "a top-level domain, e.g. com",
    "inactivity_minutes": "a number of minutes, e.g. 10",
    "published_record": "a DNS name whose TXT record is published, e.g. _ua-auto-config.example.com (technical)",
    "missing_record": "a DNS name whose TXT record is missing (technical)",
    "expected_record": "the TXT record's text that would be right (technical, inserted as is)",
    "implicit_port": "the protocol's SSL/TLS port: 993, 995 or 465",
    "starttls_port": "the protocol's STARTTLS port: 143, 110 or 587",
    "port_meaning": "what the port is for (word.port_meaning.*)",
    "right_port_meaning": "what the port that works is for (word.port_meaning.*)",
    "typed_port_meaning": "what the typed port is for (word.port_meaning.*)",
    "site": "a domain name, e.g. hoster.example (never translate)",
    "worked_name": "an authentication method as Thunderbird names it: word.auth_method.*",
    "right_use_ssl": 'iPhone\'s "Use SSL" switch state: word.use_ssl.on or word.use_ssl.off',
    "use_ssl": 'iPhone\'s "Use SSL" switch state: word.use_ssl.on or word.use_ssl.off',
    "found_phrase": 'what answered, e.g. "a web server" (word.found_phrase.*)',
    "dns_reason": 'what DNS did, e.g. "refused to answer" (word.dns_reason.*)',
    "dns_rcode": "SERVFAIL, REFUSED or word.dns_rcode.timeout",
    "pairs": "the sentence word.pairs",
    "pairs_short": "the phrase word.pairs_short",
    "direction_words": 'e.g. "sending mail (SMTP)" (word.direction_words.*)',
    "our_dns_text": "word.our_dns.*",
    "not_tested_short": "word.not_tested.*.short",
    "not_tested_text": "word.not_tested.*.text",
    "not_tested_hint": "word.not_tested.*.hint",
    "not_tested_fix": "word.not_tested.*.fix",
    "network_hint": "the sentence word.network_hint",
    "used_size": "a size with unit, e.g. 1.9 GB",
    "limit_size": "a size with unit, e.g. 2 GB",
    "percent": "a number",
    "resource": "STORAGE or MESSAGE (technical)",
    "missing": "folder roles, e.g. Sent, Trash",
    "folders": "folder names",
    "expire_days": "a number of days",
    "expire_text": 'when the server deletes mail: "once downloaded" or "after 7 days" '
    "(word.expire.*)",
    "sender": "an email address",
    "recipient": "an email address",
    "size_mb": "a size in MB",
    "attachment_mb": "a size in MB",
    "n": "a number",
    "title": "a finding's title, first letter lower-cased where the language allows",
    "endpoint": 'settings in words, e.g. "IMAP mail.example.com port 993 with SSL/TLS" '
    "(phrase.endpoint.*)",
    "use": "one or more settings in words (phrase.endpoint.*), comma-separated",
    "sentence": "the sentence before, without its final full stop",
    "value": "a value from the settings (server name, port, user name), or what the person typed, quoted",
    "new_protocol": "IMAP, POP3 or SMTP",
    "a": "a list item (or the list so far)",
    "b": "the next list item",
    "duration": 'a duration with its unit, e.g. "2.4 s"',
    "addresses": "IP addresses",
    "ms": "milliseconds",
    "reasons": "technical reasons",
    "start": "a date",
    "done": "a number",
    "total": "a number",
    "count": 'the words "Checked 7 of 11"',
    "what": "settings in words",
    "seconds": "seconds, e.g. 2.4",
    "burst": "a number of tests a person may run in a row, e.g. 5",
    "target": "an email address or a domain",
    "roles": "role mentions",
    "channel": "a channel mention",
    "language": "a language's own name, e.g. Deutsch",
    "servers": "server names",
    "error_id": "a short code",
    "user": "a member mention",
    "summary": "a verdict sentence",
    "size": "a size in MB, e.g. 12.5",
    "limit": "a limit (a number)",
    "name": "a file name",
    "char": "a character, quoted",
    "languages": "the language codes",
    "option": "a command-line option, e.g. --password-stdin",
    "path": "a file name",
    "end": "a date",
}

FIELD_WHERE = {
    "title": "a finding's title: a heading in the report and on the bot's card (no full stop)",
    "explanation": "a finding's explanation: what we saw and why it matters",
    "fix": "a finding's fix: what the person changes in the mail app",
    "admin": "a note for the server's administrator (technical reader)",
}


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    msgid: str
    plural: str | None = None
    where: str = ""


def _placeholder_note(*texts: str) -> list[str]:
    from string import Formatter

    names: list[str] = []
    for text in texts:
        for _, name, _, _ in Formatter().parse(text):
            if name is not None and name not in names:
                names.append(name)
    if not names:
        return []
    missing = [n for n in names if n not in PLACEHOLDERS]
    if missing:
        raise SystemExit(f"no description for placeholder(s) {missing}")
    return [
        "Placeholders (keep them as they are): "
        + "; ".join(f"{{{n}}} = {PLACEHOLDERS[n]}" for n in names)
    ]


def _rewrite(text: str) -> str:
    for old, new in REWRITES.items():
        text = text.replace(old, new)
    return text


def _field_messages(prefix: str, name: str, text: Iterable[object], where: str) -> list[Message]:
    out = []
    for p, part in enumerate(text, 1):
        alternatives = (part,) if isinstance(part, str) else tuple(part)  # type: ignore[arg-type]
        for a, template in enumerate(alternatives, 1):
            assert isinstance(template, str)
            note = where
            if len(alternatives) > 1:
                note += (
                    f" Alternative {a} of {len(alternatives)} for this part: the first whose "
                    "placeholders all have values is shown."
                )
            if template.startswith("\n"):
                note += " The leading line break starts a new paragraph: keep it."
            out.append(Message(f"{prefix}.{name}.{p}.{a}", _rewrite(template), None, note.strip()))
    return out


# Fact-selected variants of a code's entry (issue 11), as the old catalog held them: variant name
# (diagnostics/findings/catalog.py VARIANT_RULES) -> the old module's entry of a code, or None.
VARIANTS: Mapping[str, Callable[[ModuleType, Code], object | None]] = {
    "token": lambda legacy, code: legacy._TOKEN_ENTRIES.get(code),  # credential == "token"
    "push_drops": lambda legacy, code: legacy._PUSH_DROPS if code is Code.NO_PUSH else None,
    "fails": lambda legacy, code: legacy._ADDRESS_FAULTS.get(code),  # fault present
    "loopback": lambda legacy, code: legacy._LOOPBACK if code is Code.WRONG_HOST else None,
    "resolver": lambda legacy, code: legacy._RESOLVER if code is Code.DNS_FAILURE else None,
    "no_route": lambda legacy, code: legacy._NO_ROUTE_V6 if code is Code.IPV6_BROKEN else None,
    "provider_rule": lambda legacy, code: legacy._PROVIDER_RULE.get(code),
    "not_a_host": lambda legacy, code: legacy._NOT_A_HOST if code is Code.WRONG_HOST else None,
    "redirected": lambda legacy, code: (
        legacy._REDIRECTED if code is Code.CERT_INTERCEPTED else None
    ),
    "connections": lambda legacy, code: (
        legacy._CONNECTION_LIMIT if code is Code.AUTH_TEMPORARY_FAILURE else None
    ),
    "local_address": lambda legacy, code: (
        legacy._NO_LOCAL_ADDRESS if code is Code.HOST_UNREACHABLE else None
    ),
    "unstated": lambda legacy, code: legacy._UNSTATED if code is Code.PORT_FILTERED else None,
}
VARIANT_WHERE = {
    "token": "Said instead when the login used a sign-in token (OAuth), not a password.",
    "push_drops": "Said instead when the server states an inactivity limit under 29 minutes.",
    "fails": "Said instead when the failing address answered, then failed before any login (a "
    "certificate for another name, a failed TLS handshake, a broken greeting).",
    "loopback": "Said instead when a pasted error shows the app connecting to its own computer "
    "(127.0.0.1, ::1, localhost), where no mail server answers.",
    "resolver": "Said instead when a pasted error shows a big provider's server name, which "
    "exists, failing to resolve on the person's own device or network.",
    "no_route": "Said instead when a pasted error shows the app trying the server's IPv6 address "
    "on a device or network with no route to IPv6 addresses.",
    "provider_rule": "Said instead when a pasted refused login names a big provider whose own rule "
    "(no typed password, or only an app password) explains it.",
    "not_a_host": "Said instead when a pasted error shows the app connecting with an empty server "
    "name, or with an email address or web address in its place.",
    "redirected": "Said instead when a big provider's server answered a pasted connection with a "
    "certificate for another company's name: a web host or network redirected the connection.",
    "connections": "Said instead when the server refused a connection because the account has too "
    "many connections open at once.",
    "local_address": "Said instead when a pasted error shows the device's own system refusing to "
    "start the connection for want of a local address (Cannot assign requested address).",
    "unstated": "Said instead when a pasted error only says that the connection failed, without a "
    "reason (Could not connect to the server).",
}


def _variant_entries(legacy: ModuleType, code: Code) -> list[tuple[str, object, str]]:
    """(prefix, entry, where) of the variants of `code` the old module has."""
    found = ((variant, pick(legacy, code)) for variant, pick in VARIANTS.items())
    return [(f"{code.value}~{v}", item, VARIANT_WHERE[v]) for v, item in found if item is not None]


def finding_messages(legacy: ModuleType) -> list[Message]:
    out: list[Message] = []
    entries: list[tuple[str, object, object | None, str]] = []
    for code in Code:
        if code in legacy.CATALOG:
            base = legacy.CATALOG[code]
            entries.append((code.value, base, None, ""))
            entries += [(p, v, base, w) for p, v, w in _variant_entries(legacy, code)]
    entries.append(("generic", legacy._GENERIC, None, ""))
    for prefix, item, base, said in entries:
        for field in ("title", "explanation", "fix", "admin"):
            text = getattr(item, field)
            if text is None:
                continue
            if base is not None and text == getattr(base, field):
                continue  # a variant has only the fields that differ: the others are the code's
            where = (
                (
                    f"{prefix}: "
                    if prefix != "generic"
                    else "A finding the catalog has no text for: "
                )
                + FIELD_WHERE[field]
                + "."
            )
            if said:
                where += " " + said
            out += _field_messages(prefix, field, text, where)
    for layer, text in legacy._NO_ALTERNATIVE.items():
        where = (
            f"The fix of a {layer.value} problem when none of the other settings we tried works."
        )
        out += _field_messages(f"no_alternative.{layer.value}", "fix", text, where)
    return out


def word_messages(legacy: ModuleType) -> list[Message]:
    """Derived words: filled into the findings' templates by diagnostics/findings/fill.py."""
    m: list[Message] = []

    def table(group: str, words: Mapping[object, str], where: str) -> None:
        for key, text in words.items():
            m.append(Message(f"word.{group}.{key}", text, None, where))

    m.append(
        Message(
            "word.security.none",
            "None",
            None,
            'The security setting "None" (no encryption) as mail apps label it '
            '(Thunderbird: Connection security "None"). SSL/TLS and STARTTLS stay.',
        )
    )
    m.append(
        Message(
            "word.direction.incoming",
            "Incoming",
            None,
            'First word of the app\'s field names, as in "Incoming server" (capitalised, '
            "starts a sentence or label).",
        )
    )
    m.append(
        Message(
            "word.direction.outgoing",
            "Outgoing",
            None,
            'First word of the app\'s field names, as in "Outgoing server".',
        )
    )
    m.append(
        Message(
            "word.direction_lc.incoming",
            "incoming",
            None,
            '"incoming" inside a sentence: "... as the incoming mail server".',
        )
    )
    m.append(
        Message(
            "word.direction_lc.outgoing",
            "outgoing",
            None,
            '"outgoing" inside a sentence: "... as the outgoing mail server".',
        )
    )
    table("port_meaning", legacy.PORT_MEANING, 'Ends "Port 993 is for ...".')
    table("found_phrase", legacy._FOUND_PHRASE, 'Ends "Port 993 answers as ...".')
    m.append(
        Message(
            "word.found_phrase.other",
            "something that is not a mail server",
            None,
            'Ends "Port 993 answers as ...".',
        )
    )
    table("dns_reason", legacy._DNS_REASON, 'Ends "When we asked for mail.example.com, DNS ...".')
    m.append(
        Message(
            "word.dns_rcode.timeout",
            "a timeout",
            None,
            'Ends "Looking up mail.example.com gives ..." (the others are the DNS '
            "codes SERVFAIL and REFUSED).",
        )
    )
    table(
        "source_name",
        legacy._SOURCE_NAME,
        'A kind of published mail settings, as in "The published ... leads to a broken '
        'server", "The domain\'s ..., which mail apps read".',
    )
    table(
        "source_short",
        {
            k: v
            for k, v in legacy._SOURCE_SHORT.items()
            if k in ("ispdb", "provider", "guess", "user")
        },
        "Where settings came from, in a comma-separated list (the others are SRV, "
        "autoconfig, Autodiscover, MX).",
    )
    table(
        "source_apps",
        legacy._SOURCE_APPS,
        'Starts "... will fail to set up the account on their own."',
    )
    table("stage", legacy._STAGE_TEXT, 'A test stage, as in "the test stopped at the ... step".')
    table("direction_words", legacy._DIRECTION_WORDS, 'Ends "No server for ... found".')
    table("our_dns", legacy._OUR_DNS, 'Ends "The DNS server we use ...".')
    for reason, texts in legacy._NOT_TESTED.items():
        for part, text in zip(("short", "text", "hint", "fix"), texts, strict=True):
            m.append(
                Message(
                    f"word.not_tested.{reason}.{part}",
                    text,
                    None,
                    f"Why the login was not tested ({part}; see PROBE_INCOMPLETE).",
                )
            )
    m.append(
        Message(
            "word.password_warning",
            legacy._PASSWORD_SENT,
            None,
            "A warning added when the password was sent without encryption.",
        )
    )
    m.append(
        Message(
            "word.network_hint",
            "Check the server name with your email provider, or try another network "
            "such as mobile data: the way from ours may be blocked.",
            None,
            "A hint in fixes when a server does not answer.",
        )
    )
    m.append(
        Message(
            "word.chosen_text",
            "We show them below because nothing else works: read this warning before you use them.",
            None,
            "Added after a warning about settings we still recommend.",
        )
    )
    m.append(
        Message("word.pairs", legacy._PAIRS, None, "Which port goes with which security setting.")
    )
    m.append(
        Message(
            "word.pairs_short",
            "SSL/TLS with 993, 995, 465; STARTTLS with 143, 110, 587",
            None,
            "Which port goes with which security setting, short.",
        )
    )
    m.append(
        Message(
            "word.use_ssl.on",
            "on",
            None,
            "iPhone's Use SSL switch: on (Apple's own word in your language).",
        )
    )
    m.append(Message("word.use_ssl.off", "off", None, "iPhone's Use SSL switch: off."))
    for key, text in (
        ("password_cleartext", "Normal password"),
        ("password_encrypted", "Encrypted password"),
        ("oauth2", "OAuth2"),
    ):
        m.append(
            Message(
                f"word.auth_method.{key}",
                text,
                None,
                "A value of the Authentication method field, as Thunderbird names it in your "
                "language.",
            )
        )
    m.append(Message("word.days", "{n} day", "{n} days", "A number of days."))
    m.append(
        Message(
            "word.days_left.less_than_one",
            "less than a day",
            None,
            'As in "The certificate expires in less than a day".',
        )
    )
    m.append(Message("word.seconds", "{n} second", "{n} seconds", "A number of seconds."))
    m.append(Message("word.minutes", "{n} minute", "{n} minutes", "A number of minutes."))
    m.append(
        Message(
            "word.expire.once_downloaded",
            "once downloaded",
            None,
            'As in "The server deletes your mail once downloaded".',
        )
    )
    m.append(
        Message(
            "word.expire.after",
            "after {n} day",
            "after {n} days",
            'As in "The server deletes your mail after 7 days".',
        )
    )
    m.append(
        Message(
            "word.list.pair",
            "{a} and {b}",
            None,
            'Two items, e.g. "IMAP and POP3"; also the last join of a longer list.',
        )
    )
    m.append(Message("word.list.comma", "{a}, {b}", None, "Items of a list, before the last."))
    return m


def sentence_messages() -> list[Message]:
    """Sentences that were f-strings: the settings in words, the answer's fix, the verdicts."""
    s = [
        (
            "phrase.endpoint.tls",
            "{protocol} {host} port {port} with {security}",
            "Settings in words, inside sentences and lists.",
        ),
        (
            "phrase.endpoint.none",
            "{protocol} {host} port {port} without encryption",
            "Settings without encryption in words.",
        ),
        (
            "fix.change.protocol",
            "Set the account up as {new_protocol} instead of {protocol}.",
            "The fix: the account type changes.",
        ),
        (
            "fix.change.server",
            "to {value}",
            'One change inside "Set Incoming server ..." (the server name).',
        ),
        ("fix.change.port", "port to {value}", 'One change inside "Set Incoming server ...".'),
        (
            "fix.change.security",
            "security to {value}",
            'One change inside "Set Incoming server ...".',
        ),
        (
            "fix.change.username",
            "username to {value}",
            'One change inside "Set Incoming server ...".',
        ),
        (
            "fix.change.set",
            "Set {direction} server {changes}.",
            'The fix: e.g. "Set Incoming server port to 993 and security to SSL/TLS." '
            "({changes} = fix.change.* joined with word.list.*)",
        ),
        (
            "fix.change.set_keep_security",
            "Set {direction} server {changes}, and keep security {security}.",
            "The fix when only the port changes.",
        ),
        (
            "fix.change.set_keep_port",
            "Set {direction} server {changes}, and keep port {port}.",
            "The fix when only the security setting changes.",
        ),
        (
            "fix.change.published",
            "That is the server your email domain publishes for its mail.",
            "After a fix that changes the server name.",
        ),
        (
            "fix.change.no_encryption",
            "This server offers no encryption: read the warning in this report first.",
            "After a fix that switches encryption off.",
        ),
        (
            "fix.change.iphone_port",
            "On iPhone: set Server Port to {port}.",
            "iPhone's own labels (Settings > Mail > Accounts): Server Port.",
        ),
        (
            "fix.change.iphone_ssl",
            "On iPhone: turn Use SSL {use_ssl} and set Server Port to {port}.",
            "iPhone's own labels: Use SSL, Server Port.",
        ),
        ("verdict.check.works", "Your {protocol} settings work.", "The verdict of a check."),
        ("verdict.check.fail", "Your settings fail.", "The verdict of a check."),
        ("verdict.check.fail_title", "Your settings fail: {title}.", "The verdict of a check."),
        (
            "verdict.check.warning",
            "Your {protocol} settings work, with a warning: {title}.",
            "The verdict of a check.",
        ),
        (
            "verdict.check.connects_but",
            "Your {protocol} settings connect, but {title}.",
            "The verdict of a check: it connects, but e.g. the login fails.",
        ),
        (
            "verdict.check.no_other",
            "No other setting of {host} works for {protocol}.",
            "Added to the verdict of a check.",
        ),
        (
            "verdict.check.and_password",
            "{sentence}, and so does your password.",
            'Ends the verdict "Your IMAP settings work" when the password was verified too.',
        ),
        ("verdict.use.endpoint", "Use {endpoint}.", "Added to a verdict: the settings to use."),
        (
            "verdict.use.host.tls",
            "Use {host} port {port} with {security}.",
            "Added to a verdict: the settings to use.",
        ),
        (
            "verdict.use.host.none",
            "Use {host} port {port} without encryption.",
            "Added to a verdict: the settings to use.",
        ),
        (
            "verdict.use.port.tls",
            "Use port {port} with {security}.",
            "Added to a verdict: the settings to use.",
        ),
        (
            "verdict.use.port.none",
            "Use port {port} without encryption.",
            "Added to a verdict: the settings to use.",
        ),
        (
            "verdict.unknown",
            "Could not tell: {reason}",
            "The verdict when the tests could not decide ({reason} = one of verdict.unknown.* or "
            "a finding's title; a full stop is added when it has none).",
        ),
        ("verdict.unknown.unfinished", "the tests did not finish", 'Ends "Could not tell: ".'),
        (
            "verdict.unknown.no_login_answer",
            "the server did not answer the login",
            'Ends "Could not tell: ".',
        ),
        (
            "verdict.unknown.login_not_tested",
            "the login could not be tested",
            'Ends "Could not tell: ".',
        ),
        ("verdict.unknown.timeout", "the tests did not finish in time", 'Ends "Could not tell: ".'),
        (
            "verdict.diagnose.working",
            "Working settings for {domain}: {use}.",
            "The verdict of a diagnosis.",
        ),
        (
            "verdict.diagnose.none",
            "No working mail settings found for {domain}.",
            "The verdict of a diagnosis.",
        ),
        (
            "verdict.diagnose.problems",
            "Problems found for {domain}: {title}.",
            "The verdict of a diagnosis with errors.",
        ),
        (
            "verdict.diagnose.warning",
            "A warning for {domain}: {title}.",
            "The verdict of a diagnosis with a warning.",
        ),
        ("verdict.diagnose.tail.working", "Working: {use}.", "Added to a diagnosis verdict."),
        (
            "verdict.diagnose.tail.none",
            "No setting that works was found.",
            "Added to a diagnosis verdict.",
        ),
        (
            "verdict.diagnose.tail.plaintext",
            "Works only without encryption: {use}.",
            "Added to a diagnosis verdict.",
        ),
    ]
    return [Message(c, t, None, w) for c, t, w in s]


# The renderers', the bot's and the CLI's fixed texts (milestone 2): (key, English, where).
# A key with a tuple as English is a plural message (singular, plural).
UI: list[tuple[str, str | tuple[str, str], str]] = [
    ("ui.status.healthy", "OK", "The verdict word of a report: everything works."),
    ("ui.status.problems", "PROBLEM", "The verdict word of a report: something is wrong."),
    ("ui.status.unknown", "UNKNOWN", "The verdict word of a report: we could not tell."),
    ("ui.severity.error", "ERROR", "A finding's severity, in front of its title (terminal)."),
    ("ui.severity.warning", "WARNING", "A finding's severity, in front of its title (terminal)."),
    ("ui.severity.info", "INFO", "A finding's severity, in front of its title (terminal)."),
    ("ui.more", ("(+{n} more)", "(+{n} more)"), "After a cut list of certificate names."),
    ("ui.yes", "yes", "A yes/no value in the technical details."),
    ("ui.no", "no", "A yes/no value in the technical details."),
    (
        "ui.report.on",
        "On",
        'Label before the settings a finding concerns (terminal): "On IMAP '
        'mail.example.com port 993 with SSL/TLS".',
    ),
    (
        "verdict.check.and_token",
        "{sentence}, and so does your token.",
        'Ends the verdict "Your IMAP settings work" when the sign-in token (OAuth) was '
        "verified too.",
    ),
    ("ui.report.fix", "Fix:", "Label before a finding's fix."),
    ("ui.report.why", "Why:", "Label before a finding's explanation (chat)."),
    ("ui.report.admin", "Tell the admin:", "Label before the note for the server's admin."),
    ("ui.report.also_found", "Also found", "Heading before the other findings (chat)."),
    ("ui.report.settings", "Settings that work", "Heading of the settings card."),
    ("ui.report.none_found", "none found.", 'After "Settings that work:" when none works.'),
    (
        "ui.report.you_typed",
        "(you typed {value})",
        "Beside a field of the settings card: what the person had typed instead.",
    ),
    (
        "ui.report.probes",
        "Probes ({duration} in all)",
        'Heading of the table of tests (terminal); {duration} e.g. "2.4 s".',
    ),
    ("ui.report.probes_heading", "Probes", "Heading of the tests' evidence (chat, verbose)."),
    ("ui.report.host_via", "via {addresses}", "After a server name: the addresses we used."),
    ("ui.report.discovery", "Discovery", "Heading: what each source of mail settings said."),
    ("ui.report.details", "Details", "Heading of the technical details (terminal, verbose)."),
    ("ui.report.transcript", "Transcript:", "Label before the conversation with the server."),
    (
        "ui.card.name",
        "{direction} server ({protocol})",
        'Name of a settings card, as the apps name the section: "Incoming server (IMAP)".',
    ),
    (
        "ui.card.name_unencrypted",
        "{direction} server ({protocol}), without encryption",
        "Name of a settings card for settings without encryption.",
    ),
    (
        "ui.card.server",
        "Server",
        "Field of the settings card (the app's label: Server / Hostname).",
    ),
    ("ui.card.port", "Port", "Field of the settings card (the app's label)."),
    (
        "ui.card.security",
        "Security",
        "Field of the settings card (Thunderbird: Connection security).",
    ),
    ("ui.card.username", "Username", "Field of the settings card (the app's label)."),
    ("ui.card.login_test", "Login test", "Field of the settings card: the login's result."),
    (
        "ui.card.auth_method",
        "Authentication method",
        "Field of the settings card (Thunderbird's label: Authentication method).",
    ),
    ("ui.card.learned", "Learned", "Field of the settings card: how the settings were learned."),
    (
        "ui.card.learned_dnssec",
        "from DNS signed with DNSSEC (signatures checked)",
        "Value of the Learned field: the settings came from DNS records whose DNSSEC signatures "
        "were checked, so nobody on the way could have changed them.",
    ),
    (
        "ui.card.learned_value",
        "over plain {source}: check it with your provider",
        "Value of the Learned field: the settings came over an unencrypted connection "
        "({source} = HTTP or DNS).",
    ),
    (
        "ui.card.apps",
        "iPhone: Use SSL {use_ssl} · Outlook: Encryption method {security}",
        "Under the Security field: the setting in iPhone's and Outlook's own words (their "
        "localized labels).",
    ),
    (
        "ui.login.verified",
        "verified: the server accepted this username and your password",
        "Value of the Login test field.",
    ),
    ("ui.login.refused", "refused: see the login finding above", "Value of the Login test field."),
    (
        "ui.login.no_answer",
        "not verified: the server did not answer the login",
        "Value of the Login test field.",
    ),
    (
        "ui.login.not_tested",
        "not verified: the login could not be tested here",
        "Value of the Login test field.",
    ),
    (
        "ui.login.verified_token",
        "verified: the server accepted this username and your token",
        "Value of the Login test field when the login used a sign-in token (OAuth).",
    ),
    ("ui.evidence.outcome", "Outcome:", "Technical details: label."),
    (
        "ui.evidence.outcome_text",
        "{outcome} at stage {stage} after {ms} ms",
        "Technical details: {outcome} and {stage} are technical words (e.g. ok, greeting).",
    ),
    ("ui.evidence.via", ", via {address}", "Technical details: after the outcome."),
    ("ui.evidence.detail", "Detail:", "Technical details: label."),
    ("ui.evidence.banner", "Banner:", "Technical details: label (the server's greeting)."),
    ("ui.evidence.capabilities", "Capabilities:", "Technical details: label."),
    ("ui.evidence.before_starttls", "Before STARTTLS:", "Technical details: label."),
    ("ui.evidence.login_before_tls", "Login before TLS:", "Technical details: label."),
    ("ui.evidence.login_methods", "Login methods:", "Technical details: label."),
    ("ui.evidence.starttls_offered", "STARTTLS offered:", "Technical details: label."),
    ("ui.evidence.unencrypted", ", UNENCRYPTED", "Technical details: after a login method."),
    ("ui.evidence.login", "Login:", "Technical details: label."),
    ("ui.evidence.not_tried", "not tried ({reason})", "Technical details: a login not tried."),
    ("ui.evidence.greeting_after", "Greeting after:", "Technical details: label."),
    ("ui.evidence.timings", "Timings:", "Technical details: label."),
    ("ui.evidence.unknown_version", "unknown version", "Technical details: TLS version unknown."),
    ("ui.evidence.verified", "Verified:", "Technical details: label (the certificate)."),
    (
        "ui.evidence.not_verified",
        "no ({reasons})",
        "Technical details: certificate not verified, {reasons} technical.",
    ),
    ("ui.evidence.chain_length", "Chain length:", "Technical details: label."),
    ("ui.evidence.certificate", "Certificate:", "Technical details: label."),
    ("ui.evidence.subject", "Subject:", "Technical details: label (certificate)."),
    ("ui.evidence.issuer", "Issuer:", "Technical details: label (certificate)."),
    ("ui.evidence.valid", "Valid:", "Technical details: label (certificate)."),
    ("ui.evidence.valid_range", "{start} to {end}", "Technical details: dates."),
    ("ui.evidence.names", "Names:", "Technical details: label (certificate)."),
    ("ui.evidence.self_signed", "Self-signed:", "Technical details: label (certificate)."),
    (
        "ui.explain.not_recognised",
        "Not recognised: we don't know this message. Paste the exact error text (or the server's "
        "reply), or test the settings with `mailmedic check`.",
        "Summary of a pasted error text nothing matches (command line).",
    ),
    (
        "ui.explain.no_text_in_image",
        "I could not read any text in that image: send a sharper screenshot of the message, "
        "or paste its text",
        "Error: a screenshot without readable text.",
    ),
    (
        "ui.explain.nothing",
        "nothing to explain: paste the error message (or use - for stdin)",
        "Error: an empty paste (command line).",
    ),
    (
        "ui.explain.more_causes",
        ("({n} more possible cause)", "({n} more possible causes)"),
        "After the summary of a pasted error with several possible causes.",
    ),
    ("ui.bot.help.commands.title", "Commands", "/mail help: a topic's heading."),
    (
        "ui.bot.help.commands.text",
        "`/mail diagnose` your address or domain: finds your servers and tests them.\n`/mail check` the server, port and security your mail app shows.\n`/mail login` tests a password (private; never stored).\n`/mail explain` an error message your app shows.\n`/mail settings` your address: the settings to type in.\n`/mail config` (server managers): a default domain, helpdesk roles, a triage log.\nHelpdesk: on a phone, long-press a message → Apps → **Diagnose email problem** (on a computer: right-click the message → Apps).",
        "/mail help: a topic's text (Discord Markdown; keep the commands as the localized command names, cmd.*.name).",
    ),
    ("ui.bot.help.ports.title", "Ports and security", "/mail help: a topic's heading."),
    (
        "ui.bot.help.ports.text",
        "**SSL/TLS** (iPhone: Use SSL on): 993 IMAP, 995 POP3, 465 sending.\n**STARTTLS**: 143 IMAP, 110 POP3, 587 sending.\nSSL/TLS encrypts from the first moment; STARTTLS connects, then switches encryption on. Each port expects one of the two: a mismatch is the most common mistake.",
        "/mail help: a topic's text (Discord Markdown; keep the commands as the localized command names, cmd.*.name).",
    ),
    ("ui.bot.help.imap_pop.title", "IMAP or POP3?", "/mail help: a topic's heading."),
    (
        "ui.bot.help.imap_pop.text",
        "**IMAP** keeps your mail on the server, so phone and computer see the same folders: choose it. **POP3** downloads mail to one device. Sending is always **SMTP**.",
        "/mail help: a topic's text (Discord Markdown; keep the commands as the localized command names, cmd.*.name).",
    ),
    ("ui.bot.help.limits.title", "What I can and cannot see", "/mail help: a topic's heading."),
    (
        "ui.bot.help.limits.text",
        "I test your servers from the internet, as a mail app would. I can't see your phone, your Wi-Fi, a firewall or antivirus on your side, or your mailbox. Passwords go only through the private login form and are never stored or shown.",
        "/mail help: a topic's text (Discord Markdown; keep the commands as the localized command names, cmd.*.name).",
    ),
    ("ui.bot.help.title", "mailmedic: why can't my mail app connect?", "/mail help: the heading."),
    (
        "ui.bot.help.start",
        "Start with `/mail diagnose you@example.com`: the fix comes first.",
        "/mail help: the first line.",
    ),
    (
        "ui.progress.outcome.ok",
        "works",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.dns_nxdomain",
        "does not exist",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.dns_nodata",
        "has no address",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.dns_servfail",
        "could not be looked up",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.dns_timeout",
        "could not be looked up in time",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.refused",
        "refused the connection",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.timeout",
        "is not answering",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.unreachable",
        "cannot be reached",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.no_greeting",
        "connects, then says nothing",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.tls_on_plain_port",
        "does not speak SSL/TLS on this port",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.plain_on_tls_port",
        "expects SSL/TLS on this port",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.tls_handshake_failed",
        "could not set up encryption",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.tls_version_unsupported",
        "offers only outdated encryption",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.cert_invalid",
        "has a certificate problem",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.starttls_not_offered",
        "does not offer STARTTLS",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.starttls_refused",
        "refused to switch to STARTTLS",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.protocol_error",
        "answered with something unexpected",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.wrong_protocol",
        "answers with another mail protocol",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.read_timeout",
        "stopped answering",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.closed",
        "closed the connection",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.deadline",
        "is not answering yet",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.auth_ok",
        "accepted the login",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.auth_failed",
        "refused the login",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.auth_unavailable",
        "offers no login I can test",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.progress.outcome.policy_refused",
        "may not be tested from here",
        'Progress line: ends "Checked 7 of 11 — IMAP 993 SSL/TLS ..." (a server\'s state, plain words).',
    ),
    (
        "ui.console.banner",
        "mailmedic bot, console mode (no DISCORD_TOKEN set: nothing is sent to Discord).\nType what a person would post in the support channel (an address, a domain, the settings\ntheir app shows, or the error text), or /diagnose, /check, /explain, /settings, /login, /help,\n/quit.\nTo run it on Discord, see `python -m bot --help` and .env.example.\n",
        "The bot's console mode: the first lines (a terminal; keep the line breaks).",
    ),
    (
        "ui.console.help",
        "  /diagnose alice@example.com       find the servers and test them\n  /check imap.example.com 993 tls   test the settings an app shows (security: tls, starttls, none)\n  /explain <error text>             what a pasted error message means\n  /settings example.com             the settings to type in\n  /login alice@example.com [imap.example.com 993 tls]\n                                    test the login (the password is asked for, not shown)\n  /quit                             stop (so does end of input)\n  anything else is read like a message in the support channel\n",
        "The bot's console mode: /help (a terminal; keep the commands and the alignment).",
    ),
    ("ui.progress.starting", "Starting…", "Progress line before the first test finished."),
    ("ui.progress.checked", "Checked {done} of {total}", "Progress line: how many tests are done."),
    (
        "ui.progress.latest",
        "{count} — {what} {outcome}",
        'Progress line: "Checked 7 of 11 — IMAP 993 SSL/TLS is not answering" ({what} = the '
        "settings, {outcome} = ui.progress.outcome.*).",
    ),
    (
        "ui.progress.on_host",
        "{what} on {host}",
        'Progress line: "IMAP 993 SSL/TLS on mail.example.org".',
    ),
    (
        "ui.progress.without_encryption",
        "without encryption",
        'Progress line: "SMTP 587 without encryption" (instead of the setting "None").',
    ),
    ("ui.bot.explained_title", "Error message explained", "Title of the answer to /mail explain."),
    (
        "ui.bot.not_recognised",
        "Not recognised: I don't know this message. Paste the exact error text (or the server's "
        "reply), or test the settings with /mail check.",
        "Answer to a pasted error text nothing matches (Discord: /mail check is the command; use "
        "its localized name).",
    ),
    (
        "ui.bot.footer.details",
        "Details: the full report as a file.",
        "Footer of the answer: the Details button sends the whole report.",
    ),
    ("ui.bot.footer.checked", "Checked in {seconds} s.", "Footer of the answer: how long it took."),
    (
        "ui.bot.footer.install",
        "iPhone or Mac: open the .mobileconfig file to add the account in one tap (no password "
        "inside).",
        "Footer of the answer when it carries the settings as files (before "
        "ui.bot.footer.details). Keep .mobileconfig as it is.",
    ),
    (
        "ui.bot.settings_title",
        "Mail settings for {target}",
        "Title of /mail settings ({target} = an address or domain).",
    ),
    ("ui.bot.settings_none", "I found no settings that work.", "/mail settings when none works."),
    ("ui.bot.settings_footer", "Type these into your mail app.", "Footer of /mail settings."),
    (
        "ui.bot.settings_files",
        "iPhone, iPad or Mac: open the .mobileconfig file to add the account in one tap (it holds "
        "no password). The .xml file is for your provider's autoconfig (Thunderbird).",
        "Footer of /mail settings when files are attached.",
    ),
    (
        "ui.bot.and_more",
        ("… and {n} more (see Details)", "… and {n} more (see Details)"),
        "Last line of a cut list of findings (Details is the button's name, ui.bot.button.details).",
    ),
    ("ui.bot.config.domain", "Default domain: {domain}", "/mail config card ({domain} in bold)."),
    (
        "ui.bot.config.domain_unset",
        "Default domain: not set (/mail diagnose needs a domain or an address)",
        "/mail config card.",
    ),
    (
        "ui.bot.config.roles",
        "Helpdesk roles: {roles} (login tests are for them; no per-person limit)",
        "/mail config card ({roles} = role mentions).",
    ),
    (
        "ui.bot.config.roles_none",
        "Helpdesk roles: none (everyone may test a login)",
        "/mail config card.",
    ),
    (
        "ui.bot.config.log",
        "Triage log: {channel} (one line per diagnosis, no addresses)",
        "/mail config card ({channel} = a channel mention).",
    ),
    ("ui.bot.config.log_off", "Triage log: off", "/mail config card."),
    (
        "ui.bot.config.language",
        "Language: {language} (for people whose Discord language I don't speak)",
        "/mail config card ({language} = the language's own name, e.g. Deutsch).",
    ),
    (
        "ui.bot.config.limits_default",
        "Test limits: the bot's ({burst} in a row, then 1 per {seconds} s)",
        "/mail config card: the per-person limit is the bot's own ({burst} = tests in a row, "
        "{seconds} = seconds between tests after them).",
    ),
    (
        "ui.bot.config.limits",
        "Test limits: {burst} in a row, then 1 per {seconds} s",
        "/mail config card: this server's own per-person limit ({burst} = tests in a row, "
        "{seconds} = seconds between tests after them).",
    ),
    (
        "ui.bot.config.limits_none",
        "Test limits: none here",
        "/mail config card: no per-person limit.",
    ),
    ("ui.bot.config.saved", "Saved: my settings for this server", "/mail config card title."),
    ("ui.bot.config.title", "My settings for this server", "/mail config card title."),
    (
        "ui.bot.config.footer",
        "Change with /mail config (giving a helpdesk role again removes it).",
        "/mail config card footer.",
    ),
    ("ui.bot.button.details", "Details", "Button (at most 80 characters): the whole report."),
    ("ui.bot.button.again", "Run again", "Button: run the same test again."),
    (
        "ui.bot.button.test_settings",
        "Test these settings",
        "Button: test the settings an explained error message names.",
    ),
    ("ui.bot.button.login", "Test login", "Button: opens the login form."),
    ("ui.bot.button.post", "Post in channel", "Button: post the private answer in the channel."),
    (
        "ui.bot.button.send_password",
        "Send the password",
        "Button: agree that the password goes to another organisation's server.",
    ),
    (
        "ui.bot.button.send_token",
        "Send the token",
        "Button: agree that the sign-in token (OAuth) goes to another organisation's server.",
    ),
    (
        "ui.bot.button.send_both",
        "Send the password and token",
        "Button: agree that the password and the sign-in token go to another organisation's server.",
    ),
    ("ui.bot.button.cancel", "Cancel", "Button: do not send the password."),
    ("ui.bot.consent.cancelled", "Not sent: no login was tested.", "After Cancel."),
    (
        "ui.bot.consent.ask",
        "The servers found for {address} belong to another organisation: {servers}. They were named "
        "by a record anyone on the way could have changed (its MX or SRV record without DNSSEC, or "
        "a document over plain HTTP). Send your password there for the login test?",
        "Asked before a password goes to another organisation's server.",
    ),
    (
        "ui.bot.consent.ask_token",
        "The servers found for {address} belong to another organisation: {servers}. They were named "
        "by a record anyone on the way could have changed (its MX or SRV record without DNSSEC, or "
        "a document over plain HTTP). Send your token there for the login test?",
        "Asked before a sign-in token (OAuth) goes to another organisation's server.",
    ),
    (
        "ui.bot.consent.ask_both",
        "The servers found for {address} belong to another organisation: {servers}. They were named "
        "by a record anyone on the way could have changed (its MX or SRV record without DNSSEC, or "
        "a document over plain HTTP). Send your password and token there for the login test?",
        "Asked before both a password and a sign-in token (the password is used where the server "
        "offers no OAuth) go to another organisation's server.",
    ),
    (
        "ui.bot.consent.ask_redirect",
        "The servers found for {address} belong to another organisation: {servers}. The domain's "
        "settings document sent us on to {site}, whose document named them. Send your password "
        "there for the login test?",
        "Asked before a password goes to another organisation's server that a redirect to that "
        "organisation's settings named.",
    ),
    (
        "ui.bot.consent.ask_redirect_token",
        "The servers found for {address} belong to another organisation: {servers}. The domain's "
        "settings document sent us on to {site}, whose document named them. Send your token "
        "there for the login test?",
        "Asked before a sign-in token (OAuth) goes to another organisation's server that a "
        "redirect to that organisation's settings named.",
    ),
    (
        "ui.bot.consent.ask_redirect_both",
        "The servers found for {address} belong to another organisation: {servers}. The domain's "
        "settings document sent us on to {site}, whose document named them. Send your password "
        "and token there for the login test?",
        "Asked before both a password and a sign-in token go to another organisation's server "
        "that a redirect to that organisation's settings named.",
    ),
    ("ui.bot.login.title", "Test a login", "Title of the login form (at most 45 characters)."),
    (
        "ui.bot.login.address",
        "Email address (or username)",
        "Login form field label (at most 45 characters).",
    ),
    (
        "ui.bot.login.password",
        "Password or app password",
        "Login form field label (at most 45 characters).",
    ),
    (
        "ui.bot.login.password_hint",
        "Only used for this one test, never stored",
        "Login form field placeholder (at most 100 characters).",
    ),
    (
        "ui.bot.login.token",
        "Or an OAuth token (XOAUTH2/OAUTHBEARER)",
        "Login form field label (at most 45 characters).",
    ),
    (
        "ui.bot.login.token_hint",
        "Optional: a bearer token instead of the password, never stored",
        "Login form field placeholder (at most 100 characters).",
    ),
    (
        "ui.bot.login.server",
        "Server (empty: find it from the address)",
        "Login form field label (at most 45 characters).",
    ),
    (
        "ui.bot.login.port",
        "Port and security (empty: 993 SSL/TLS)",
        "Login form field label (at most 45 characters).",
    ),
    (
        "ui.bot.explain.title",
        "Explain an error message",
        "Title of the form for a long error text (at most 45 characters).",
    ),
    (
        "ui.bot.explain.label",
        "The error message, exactly as shown",
        "Field label of that form (at most 45 characters).",
    ),
    (
        "ui.bot.explain.placeholder",
        "e.g. -ERR [AUTH] Authentication failed.",
        "Placeholder of that field (keep the server's text -ERR [AUTH] ... as it is).",
    ),
    (
        "ui.bot.refused",
        "I can't test that: {reason}.",
        "Reply to bad input ({reason} = why, from the checks of what was typed).",
    ),
    (
        "ui.bot.apology",
        "Sorry, something went wrong on my side and I could not finish this. Please try again in a "
        "moment. If it keeps happening, give the bot's admins this error id: {error_id}",
        "Reply when the bot failed ({error_id} = a short code).",
    ),
    (
        "ui.bot.no_ocr",
        "I can't read screenshots on this server (its OCR is not installed). Paste the text of the "
        "error message with `/mail explain` instead.",
        "Reply to a screenshot when OCR is missing.",
    ),
    (
        "ui.bot.error.need_target",
        "give a domain (example.com) or an email address",
        'Ends "I can\'t test that: ...".',
    ),
    (
        "ui.bot.error.port_protocol",
        "port {port}: I can't tell which protocol that is; use 993 or 143 (IMAP), 995 or 110 "
        "(POP3), 465 or 587 (SMTP)",
        'Ends "I can\'t test that: ...".',
    ),
    (
        "ui.bot.error.need_address",
        "give the email address (or username) you log in with",
        'Ends "I can\'t test that: ...".',
    ),
    (
        "ui.bot.error.need_password",
        "give the password (or an OAuth token) to test the login",
        'Ends "I can\'t test that: ...".',
    ),
    (
        "ui.bot.error.need_text",
        "paste the error message your mail app shows",
        'Ends "I can\'t test that: ...".',
    ),
    (
        "ui.bot.error.nothing_found",
        "I found no address, domain, server settings or error message in that message",
        'Ends "I can\'t test that: ...".',
    ),
    (
        "ui.bot.error.config_dm",
        "Server settings exist only in a server: use /mail config there.",
        "Reply to /mail config in a DM.",
    ),
    (
        "ui.bot.error.config_not_installed",
        "Only a server that invited me can have settings: ask its managers to add me to the server "
        "(the app's page → Add to Server).",
        "Reply to /mail config where the bot is not installed.",
    ),
    (
        "ui.bot.error.config_not_manager",
        "Only members who may manage this server can change my settings.",
        "Reply to /mail config from a member who may not.",
    ),
    (
        "ui.bot.error.login_helpdesk_only",
        "In this server, login tests are for the helpdesk's roles. Please ask the helpdesk.",
        "Reply to a login test from a member without a helpdesk role.",
    ),
    (
        "ui.bot.error.log_channel",
        "The triage log must be a text channel.",
        "Reply to /mail config with a channel that is not a text channel.",
    ),
    (
        "ui.bot.progress.login",
        "Login {what}",
        "Title while a login is tested ({what} = settings in words or an address).",
    ),
    (
        "ui.bot.progress.finding",
        "Finding the servers for {address}",
        "Title while the servers of an address are found.",
    ),
    ("ui.bot.shared_by", "Shared by {user}:", "Above an answer posted in the channel."),
    (
        "ui.bot.details",
        "The full report (every check, with what the server said):",
        "Above the report file (Details button).",
    ),
    ("ui.console.refused", "I can't test that: {reason}", "The bot's console mode: bad input."),
    (
        "ui.console.need_target",
        "give a domain or an email address: /diagnose alice@example.com",
        "The bot's console mode (keep the command).",
    ),
    (
        "ui.console.need_address",
        "give the address you log in with: /login alice@example.com",
        "The bot's console mode (keep the command).",
    ),
    ("ui.console.no_prompt", "no way to ask for the password here", "The bot's console mode."),
    (
        "ui.console.password",
        "Password for {address} (not shown): ",
        "The bot's console mode: the password prompt (ends with a space).",
    ),
    ("ui.console.no_password", "no password given: nothing tested", "The bot's console mode."),
    (
        "ui.console.need_server",
        "give the server and port: /check imap.example.com 993 tls",
        "The bot's console mode (keep the command).",
    ),
    (
        "ui.cli.no_command",
        "give a command: diagnose, check, explain, export or worker (see mailmedic --help)",
        "Command line error (keep the command names).",
    ),
    ("ui.cli.interrupted", "interrupted", "Command line: Ctrl-C."),
    (
        "ui.cli.nothing_to_export",
        "nothing to export: {summary}",
        "Command line: export found nothing ({summary} = the verdict).",
    ),
    (
        "ui.cli.no_settings_to_check",
        "the text names no server settings to test (--check)",
        "Command line: explain --check.",
    ),
    (
        "ui.cli.password_prompt",
        "Password: ",
        "Command line: the password prompt (ends with a space).",
    ),
    ("ui.cli.token_prompt", "OAuth token: ", "Command line: the token prompt (ends with a space)."),
    (
        "ui.bot.limit.cooldown",
        ("Easy there: that's {n} test in a row.", "Easy there: that's {n} tests in a row."),
        "Reply when a person starts too many tests at once ({n} = how many they may).",
    ),
    (
        "ui.bot.limit.wait",
        "You can start another in {seconds} s. (Results for the same server are shared, so asking again gives the same answer.)",
        "After ui.bot.limit.cooldown ({seconds} = whole seconds).",
    ),
    (
        "ui.bot.limit.busy",
        "I'm running as many tests as I can right now. Please try again in a minute.",
        "Reply when the bot is at its limit of tests at once.",
    ),
    (
        "ui.bot.limit.guild_busy",
        (
            "This server already has {n} test running. Please try again when one of them has finished.",
            "This server already has {n} tests running. Please try again when one of them has finished.",
        ),
        "Reply when this server is at its limit of tests at once.",
    ),
    (
        "ui.bot.error.not_image",
        "{name} is not an image: attach a screenshot (PNG or JPEG)",
        "Reply to an attachment that is not an image ({name} = its file name).",
    ),
    (
        "ui.bot.error.image_too_large",
        "the image is {size} MB; send one under {limit} MB (a screenshot of the message is enough)",
        'Ends "I can\'t test that: ...".',
    ),
    (
        "ui.bot.error.download",
        "I could not download the image from Discord; try sending it again",
        'Ends "I can\'t test that: ...".',
    ),
    (
        "ui.error.host_empty",
        "the host name is empty",
        'Bad input (command line: after "mailmedic: "; the bot: after "I can\'t test that: "). Keep none, starttls, tls, imap, pop3, smtp as they are: they are what to type.',
    ),
    (
        "ui.error.not_host",
        "{value} is not a host name",
        'Bad input (command line: after "mailmedic: "; the bot: after "I can\'t test that: "). Keep none, starttls, tls, imap, pop3, smtp as they are: they are what to type.',
    ),
    (
        "ui.error.host_char",
        "{value} is not a host name: it contains {char}",
        'Bad input (command line: after "mailmedic: "; the bot: after "I can\'t test that: "). Keep none, starttls, tls, imap, pop3, smtp as they are: they are what to type.',
    ),
    (
        "ui.error.empty_label",
        "{value} has an empty label (two dots in a row)",
        'Bad input (command line: after "mailmedic: "; the bot: after "I can\'t test that: "). Keep none, starttls, tls, imap, pop3, smtp as they are: they are what to type.',
    ),
    (
        "ui.error.long_label",
        "{value} has a label longer than 63 characters",
        'Bad input (command line: after "mailmedic: "; the bot: after "I can\'t test that: "). Keep none, starttls, tls, imap, pop3, smtp as they are: they are what to type.',
    ),
    (
        "ui.error.bad_host_detail",
        "{value} is not a valid host name ({detail})",
        'Bad input (command line: after "mailmedic: "; the bot: after "I can\'t test that: "). Keep none, starttls, tls, imap, pop3, smtp as they are: they are what to type.',
    ),
    (
        "ui.error.bad_host",
        "{value} is not a valid host name",
        'Bad input (command line: after "mailmedic: "; the bot: after "I can\'t test that: "). Keep none, starttls, tls, imap, pop3, smtp as they are: they are what to type.',
    ),
    (
        "ui.error.long_host",
        "{value} is longer than {limit} characters",
        'Bad input (command line: after "mailmedic: "; the bot: after "I can\'t test that: "). Keep none, starttls, tls, imap, pop3, smtp as they are: they are what to type.',
    ),
    (
        "ui.error.port_nan",
        "port {value} is not a number",
        'Bad input (command line: after "mailmedic: "; the bot: after "I can\'t test that: "). Keep none, starttls, tls, imap, pop3, smtp as they are: they are what to type.',
    ),
    (
        "ui.error.port_range",
        "port {port} is outside 1-65535",
        'Bad input (command line: after "mailmedic: "; the bot: after "I can\'t test that: "). Keep none, starttls, tls, imap, pop3, smtp as they are: they are what to type.',
    ),
    (
        "ui.error.security",
        "security {value} is not one of none, starttls, tls (SSL/TLS)",
        'Bad input (command line: after "mailmedic: "; the bot: after "I can\'t test that: "). Keep none, starttls, tls, imap, pop3, smtp as they are: they are what to type.',
    ),
    (
        "ui.error.protocol",
        "protocol {value} is not one of imap, pop3, smtp",
        'Bad input (command line: after "mailmedic: "; the bot: after "I can\'t test that: "). Keep none, starttls, tls, imap, pop3, smtp as they are: they are what to type.',
    ),
    (
        "ui.error.need_target",
        "give a domain (example.com) or an email address",
        'Bad input (command line: after "mailmedic: "; the bot: after "I can\'t test that: "). Keep none, starttls, tls, imap, pop3, smtp as they are: they are what to type.',
    ),
    (
        "ui.error.not_address",
        "{value} is not an email address",
        'Bad input (command line: after "mailmedic: "; the bot: after "I can\'t test that: "). Keep none, starttls, tls, imap, pop3, smtp as they are: they are what to type.',
    ),
    (
        "ui.error.ip_address",
        "{value} is an IP address: give the domain of the email address",
        'Bad input (command line: after "mailmedic: "; the bot: after "I can\'t test that: "). Keep none, starttls, tls, imap, pop3, smtp as they are: they are what to type.',
    ),
    (
        "ui.error.no_dot",
        "{value} is not a domain (it has no dot)",
        'Bad input (command line: after "mailmedic: "; the bot: after "I can\'t test that: "). Keep none, starttls, tls, imap, pop3, smtp as they are: they are what to type.',
    ),
    (
        "ui.error.user_empty",
        "--user is empty: give the username typed into the mail app",
        'Command line error, after "mailmedic: " (keep the options --user, --timeout, ... and MAILMEDIC_TIMEOUT as they are).',
    ),
    (
        "ui.error.user_control",
        "--user contains a control character",
        'Command line error, after "mailmedic: " (keep the options --user, --timeout, ... and MAILMEDIC_TIMEOUT as they are).',
    ),
    (
        "ui.error.lang",
        "--lang {value}: give one of {languages}",
        'Command line error, after "mailmedic: " (keep the options --user, --timeout, ... and MAILMEDIC_TIMEOUT as they are).',
    ),
    (
        "ui.error.no_password",
        "--password-stdin: standard input held no password",
        'Command line error, after "mailmedic: " (keep the options --user, --timeout, ... and MAILMEDIC_TIMEOUT as they are).',
    ),
    (
        "ui.error.long_password",
        "the password is longer than {limit} characters",
        'Command line error, after "mailmedic: " (keep the options --user, --timeout, ... and MAILMEDIC_TIMEOUT as they are).',
    ),
    (
        "ui.error.no_token",
        "--oauth-token-stdin: standard input held no token",
        'Command line error, after "mailmedic: " (keep the options --user, --timeout, ... and MAILMEDIC_TIMEOUT as they are).',
    ),
    (
        "ui.error.long_token",
        "the OAuth token is longer than {limit} characters",
        'Command line error, after "mailmedic: " (keep the options --user, --timeout, ... and MAILMEDIC_TIMEOUT as they are).',
    ),
    (
        "ui.error.password_and_token",
        "give --password-stdin or --oauth-token-stdin, not both",
        'Command line error, after "mailmedic: " (keep the options --user, --timeout, ... and MAILMEDIC_TIMEOUT as they are).',
    ),
    (
        "ui.error.needs_user",
        "{option} needs --user (the username typed into the mail app)",
        'Command line error, after "mailmedic: " (keep the options --user, --timeout, ... and MAILMEDIC_TIMEOUT as they are).',
    ),
    (
        "ui.error.timeout_env",
        "MAILMEDIC_TIMEOUT={value} is not a number of seconds",
        'Command line error, after "mailmedic: " (keep the options --user, --timeout, ... and MAILMEDIC_TIMEOUT as they are).',
    ),
    (
        "ui.error.timeout_range",
        "--timeout {value}: give 1 to 600 seconds",
        'Command line error, after "mailmedic: " (keep the options --user, --timeout, ... and MAILMEDIC_TIMEOUT as they are).',
    ),
    (
        "ui.error.cafile_missing",
        "--cafile {value}: no such file",
        'Command line error, after "mailmedic: " (keep the options --user, --timeout, ... and MAILMEDIC_TIMEOUT as they are).',
    ),
    (
        "ui.error.cafile_pem",
        "--cafile {value}: not a PEM file of CA certificates",
        'Command line error, after "mailmedic: " (keep the options --user, --timeout, ... and MAILMEDIC_TIMEOUT as they are).',
    ),
    (
        "ui.error.anchors_read",
        "--dnssec-anchors {value}: {reason}",
        'Command line error, after "mailmedic: " (keep --dnssec-anchors, DS and DNSKEY as they are).',
    ),
    (
        "ui.error.anchors_large",
        "--dnssec-anchors {value}: larger than 64 KiB",
        'Command line error, after "mailmedic: " (keep --dnssec-anchors, DS and DNSKEY as they are).',
    ),
    (
        "ui.error.anchors_line",
        "--dnssec-anchors {value}: line {n}: not a DS or DNSKEY record",
        'Command line error, after "mailmedic: " (keep --dnssec-anchors, DS and DNSKEY as they are).',
    ),
    (
        "ui.error.anchors_record",
        "--dnssec-anchors {value}: line {n}: {reason}",
        'Command line error, after "mailmedic: " (keep --dnssec-anchors, DS and DNSKEY as they are).',
    ),
    (
        "ui.error.anchors_none",
        "--dnssec-anchors {value}: no DS or DNSKEY record",
        'Command line error, after "mailmedic: " (keep --dnssec-anchors, DS and DNSKEY as they are).',
    ),
    (
        "ui.error.cannot_read",
        "cannot read {path}: {reason}",
        'Command line error, after "mailmedic: " (keep the options --user, --timeout, ... and MAILMEDIC_TIMEOUT as they are).',
    ),
    (
        "ui.error.text_and_image",
        "give either the text or --image FILE, not both",
        'Command line error, after "mailmedic: " (keep the options --user, --timeout, ... and MAILMEDIC_TIMEOUT as they are).',
    ),
    (
        "ui.export.profile_description",
        "The mail settings mailmedic tested. Your device asks for the password.",
        "The description an iPhone or Mac shows while installing the settings profile (.mobileconfig).",
    ),
    # Discord command names and descriptions (bot/translator.py). Names: lowercase, no spaces,
    # at most 32 characters; descriptions at most 100.
    (
        "cmd.mail.name",
        "mail",
        "Discord command name (lowercase, no spaces, at most 32 characters).",
    ),
    (
        "cmd.mail.description",
        "Find out why a mail app can't connect",
        "Discord command description (at most 100 characters).",
    ),
    ("cmd.diagnose.name", "diagnose", "Discord command name (lowercase, no spaces, ≤ 32)."),
    (
        "cmd.diagnose.description",
        "Find a domain's mail servers and test them",
        "Discord command description (≤ 100).",
    ),
    (
        "cmd.diagnose.target",
        "Your email address or domain, e.g. you@example.com (empty: this server's domain)",
        "Discord option description (≤ 100).",
    ),
    ("cmd.check.name", "check", "Discord command name (lowercase, no spaces, ≤ 32)."),
    (
        "cmd.check.description",
        "Test the settings typed into your mail app",
        "Discord command description (≤ 100).",
    ),
    (
        "cmd.check.protocol",
        "IMAP or POP3 for incoming mail, SMTP for sending",
        "Discord option description (≤ 100).",
    ),
    (
        "cmd.check.host",
        "The server name in your mail app, e.g. imap.example.com",
        "Discord option description (≤ 100).",
    ),
    (
        "cmd.check.port",
        "The port in your mail app, e.g. 993",
        "Discord option description (≤ 100).",
    ),
    (
        "cmd.check.security",
        "The security setting (iPhone: Use SSL on = SSL/TLS)",
        "Discord option description (≤ 100).",
    ),
    ("cmd.login.name", "login", "Discord command name (lowercase, no spaces, ≤ 32)."),
    (
        "cmd.login.description",
        "Test a login (opens a private form)",
        "Discord command description (≤ 100).",
    ),
    ("cmd.explain.name", "explain", "Discord command name (lowercase, no spaces, ≤ 32)."),
    (
        "cmd.explain.description",
        "Explain an error message from a mail app",
        "Discord command description (≤ 100).",
    ),
    (
        "cmd.explain.text",
        "The error message (leave empty to paste a long one in a form)",
        "Discord option description (≤ 100).",
    ),
    ("cmd.explain.image", "Or a screenshot of the error", "Discord option description (≤ 100)."),
    ("cmd.settings.name", "settings", "Discord command name (lowercase, no spaces, ≤ 32)."),
    (
        "cmd.settings.description",
        "The settings to type into a mail app",
        "Discord command description (≤ 100).",
    ),
    (
        "cmd.settings.address",
        "Your email address, e.g. you@example.com (empty: this server's domain)",
        "Discord option description (≤ 100).",
    ),
    ("cmd.config.name", "config", "Discord command name (lowercase, no spaces, ≤ 32)."),
    (
        "cmd.config.description",
        "Server managers: my settings for this server",
        "Discord command description (≤ 100).",
    ),
    (
        "cmd.config.default_domain",
        "The domain /mail diagnose tests when none is given, e.g. example.org",
        "Discord option description (≤ 100).",
    ),
    (
        "cmd.config.helpdesk_role",
        "A role that may test logins and has no per-person limit (again: removed)",
        "Discord option description (≤ 100).",
    ),
    (
        "cmd.config.log_channel",
        "A channel that gets one line per diagnosis (no addresses, no passwords)",
        "Discord option description (≤ 100).",
    ),
    (
        "cmd.config.clear",
        "Forget one setting, or everything",
        "Discord option description (≤ 100).",
    ),
    (
        "cmd.config.language",
        "The answers' language for people whose Discord language I don't speak",
        "Discord option description (≤ 100).",
    ),
    (
        "cmd.config.burst",
        "Tests a person may run in a row here before the cooldown applies",
        "Discord option description (≤ 100).",
    ),
    (
        "cmd.config.cooldown",
        "Then one test per this many seconds (0: no limit in this server)",
        "Discord option description (≤ 100).",
    ),
    ("cmd.help.name", "help", "Discord command name (lowercase, no spaces, ≤ 32)."),
    (
        "cmd.help.description",
        "Ports, SSL/TLS or STARTTLS, IMAP or POP3",
        "Discord command description (≤ 100).",
    ),
    (
        "cmd.menu.name",
        "Diagnose email problem",
        "The message menu entry (Apps → ...; may have spaces and capitals, ≤ 32).",
    ),
    ("cmd.choice.protocol.smtp", "SMTP (sending)", "A choice of /mail check's protocol (≤ 100)."),
    ("cmd.choice.clear.default_domain", "Default domain", "A choice of /mail config clear."),
    ("cmd.choice.clear.helpdesk_roles", "Helpdesk roles", "A choice of /mail config clear."),
    ("cmd.choice.clear.log_channel", "Triage log channel", "A choice of /mail config clear."),
    ("cmd.choice.clear.language", "Language", "A choice of /mail config clear."),
    (
        "cmd.choice.clear.limits",
        "Test limits (back to the bot's)",
        "A choice of /mail config clear (≤ 100).",
    ),
    ("cmd.choice.clear.everything", "Everything", "A choice of /mail config clear."),
]


def ui_messages() -> list[Message]:
    out = []
    for key, english, where in UI:
        if isinstance(english, tuple):
            out.append(Message(key, english[0], english[1], where))
        else:
            out.append(Message(key, english, None, where))
    return out


def build(messages: Iterable[Message]) -> Catalog:
    catalog = Catalog(
        project="mailmedic",
        version="0.1.0",
        domain=DOMAIN,
        msgid_bugs_address="https://github.com/mailmedic/mailmedic/issues",
        copyright_holder="mailmedic contributors",
        creation_date=dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
        revision_date=dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
    )
    seen: set[str] = set()
    for msg in messages:
        if msg.context in seen:
            raise SystemExit(f"duplicate key {msg.context}")
        seen.add(msg.context)
        comments = [msg.where] if msg.where else []
        texts = (msg.msgid,) if msg.plural is None else (msg.msgid, msg.plural)
        comments += _placeholder_note(*texts)
        flags = ("python-brace-format",) if any("{" in t for t in texts) else ()
        catalog.add(
            msg.msgid if msg.plural is None else (msg.msgid, msg.plural),
            context=msg.context,
            auto_comments=comments,
            flags=flags,
        )
    return catalog


def all_messages(legacy: ModuleType) -> list[Message]:
    return finding_messages(legacy) + word_messages(legacy) + sentence_messages() + ui_messages()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--catalog", default="tools.finding_texts")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    legacy = importlib.import_module(args.catalog)
    catalog = build(all_messages(legacy))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("wb") as out:
        write_po(out, catalog, width=100, omit_header=False)
    print(f"{len(catalog)} messages -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
