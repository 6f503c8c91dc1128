"""Developer tool: write the English message template `diagnostics/locale/mailmedic.pot` from
the old Python catalog (issue 13), once, mechanically; and later to port finding codes other
branches still add in the old style.

    python -m tools.catalog_to_pot [--catalog MODULE] [--out diagnostics/locale/mailmedic.pot]

Not shipped and not run by CI. MODULE (default `tools.legacy_catalog`, the old
`diagnostics/findings/catalog.py` kept as it was) provides `CATALOG`, `_GENERIC`, `_NO_ALTERNATIVE`
and the word tables; the verdict and fix sentences, which were f-strings, are listed below by
hand. Every message gets a stable msgctxt (see README, "Translations"):

- `CODE.field.P.A` for a finding's field (title, explanation, fix, admin), part P, alternative A
  (1-based; alternatives are tried in order, the first whose placeholders all have values wins);
  the shape of a field is read back from these keys at run time;
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
from collections.abc import Iterable, Mapping
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
    "outcome": "what happened on the dead addresses (technical text)",
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
    "right_host": "the server name that works",
    "stage": "a test stage (technical)",
    "stage_text": 'the test stage in words, e.g. "login" (word.stage.*)',
    "provider": "the email provider's name, e.g. Gmail",
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
    "implicit_port": "the protocol's SSL/TLS port: 993, 995 or 465",
    "starttls_port": "the protocol's STARTTLS port: 143, 110 or 587",
    "port_meaning": "what the port is for (word.port_meaning.*)",
    "right_port_meaning": "what the port that works is for (word.port_meaning.*)",
    "typed_port_meaning": "what the typed port is for (word.port_meaning.*)",
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
    "value": "a value from the settings (server name, port, user name)",
    "new_protocol": "IMAP, POP3 or SMTP",
    "a": "a list item (or the list so far)",
    "b": "the next list item",
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


def finding_messages(legacy: ModuleType) -> list[Message]:
    out: list[Message] = []
    entries = [(code.value, legacy.CATALOG[code]) for code in Code if code in legacy.CATALOG]
    entries.append(("generic", legacy._GENERIC))
    for prefix, item in entries:
        for field in ("title", "explanation", "fix", "admin"):
            text = getattr(item, field)
            if text is None:
                continue
            where = (
                (
                    f"{prefix}: "
                    if prefix != "generic"
                    else "A finding the catalog has no text for: "
                )
                + FIELD_WHERE[field]
                + "."
            )
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
    return finding_messages(legacy) + word_messages(legacy) + sentence_messages()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--catalog", default="tools.legacy_catalog")
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
