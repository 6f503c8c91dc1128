"""Helpers shared by the renderers: making server text safe, measuring and wrapping it.

Everything a server (or a published autoconfig file, or the person) wrote is hostile until shown
otherwise (style.md §10): a banner may carry ANSI escapes that recolour or clear the terminal,
bidirectional overrides that make one host name look like another, or a line of 10,000
characters. `clean()` makes such text inert for a terminal; the Markdown renderer escapes it on top.

Widths are display columns, not code points: a CJK character takes two columns, a combining mark
none. `textwrap` counts code points, so the wrapper here is our own.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable

from diagnostics.findings.catalog import Lang, direction_name, protocol_name, security_name
from diagnostics.findings.fill import method_word
from diagnostics.i18n import Messages, messages
from diagnostics.model import (
    Choice,
    Field,
    Login,
    ProbeResult,
    Security,
    Severity,
    TlsFacts,
    Trust,
    Verdict,
)

ELLIPSIS = "…"
MAX_NAMES = 12  # certificate names shown before "(+N more)"


def ui(lang: Lang) -> Messages:
    """The messages of a language (the renderers' fixed words are the catalog's `ui.*`)."""
    return lang if isinstance(lang, Messages) else messages(lang)


def status_word(verdict: Verdict, lang: Lang) -> str:
    """ "OK", "PROBLEM" or "UNKNOWN", in the reader's language."""
    return ui(lang).text(f"ui.status.{Verdict(verdict).value}")


def severity_word(severity: Severity, lang: Lang) -> str:
    """ "ERROR", "WARNING" or "INFO", in the reader's language."""
    return ui(lang).text(f"ui.severity.{Severity(severity).value}")


# Characters that steer a terminal or the direction of text: C0 and C1 controls, DEL, and the
# Unicode bidi embeddings, overrides and isolates (the "Trojan Source" set), plus the line and
# paragraph separators that some terminals and chat clients treat as new lines.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]"
)
_NEWLINES = re.compile(r"\r\n|\r|\n")


def _escape_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def clean(text: str) -> str:
    """One line of untrusted text with every control character shown as `\\xNN`.

    Tabs become a space; line breaks are shown as `\\x0a`/`\\x0d` (use `clean_lines` where a
    field may legitimately hold several lines).
    """
    text = text.replace("\t", " ")
    return _UNSAFE.sub(_escape_char, text.replace("\n", "\\x0a").replace("\r", "\\x0d"))


def clean_lines(text: str) -> list[str]:
    """Untrusted text split on its line breaks, each line cleaned; no empty trailing line."""
    lines = _NEWLINES.split(text.replace("\t", " "))
    while len(lines) > 1 and not lines[-1].strip():
        lines.pop()
    return [_UNSAFE.sub(_escape_char, line) for line in lines]


def paragraphs(text: str) -> list[str]:
    """Catalog prose split into paragraphs (the catalog may use line breaks for steps)."""
    return [clean(p) for p in _NEWLINES.split(text) if p.strip()]


def char_width(char: str) -> int:
    """Columns one character takes in a terminal."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Cf", "Mn", "Me"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Columns a string takes in a terminal (ANSI sequences are not expected here)."""
    if text.isascii():
        return len(text)
    return sum(char_width(c) for c in text)


def take_width(text: str, columns: int) -> tuple[str, str]:
    """Split `text` after at most `columns` columns, keeping at least one character."""
    used = 0
    for index, char in enumerate(text):
        used += char_width(char)
        if used > columns:
            cut = max(index, 1)
            return text[:cut], text[cut:]
    return text, ""


def ellipsize(text: str, columns: int) -> str:
    """`text` cut to `columns` columns, with an ellipsis where it was cut."""
    if display_width(text) <= columns:
        return text
    head, _ = take_width(text, max(columns - 1, 1))
    return head.rstrip() + ELLIPSIS


_TOKENS = re.compile(r"\S+|\s+")


def wrap(text: str, width: int, initial: str = "", subsequent: str = "") -> list[str]:
    """Greedy word wrap by display width; a word longer than a line is broken, never dropped.

    Runs of spaces inside a line are kept (transcripts align things with them); spaces where a
    line breaks are dropped.
    """
    lines: list[str] = []
    line, used, empty = initial, display_width(initial), True
    space = ""
    for token in _TOKENS.findall(text):
        if token.isspace():
            if not empty:
                space = token
            continue
        size = display_width(token)
        if not empty and used + display_width(space) + size <= width:
            line, used = line + space + token, used + display_width(space) + size
        else:
            if not empty:
                lines.append(line.rstrip())
                line, used = subsequent, display_width(subsequent)
            while used + size > width:
                head, token = take_width(token, max(width - used, 1))
                lines.append(line + head)
                line, used = subsequent, display_width(subsequent)
                size = display_width(token)
            line, used = line + token, used + size
            empty = False
        space = ""
    if not empty or not lines:
        lines.append(line.rstrip())
    return lines


def join_names(names: Iterable[str], limit: int, lang: Lang = "en") -> str:
    """At most `limit` names, comma separated, with a count of the rest."""
    names = list(names)
    shown = ", ".join(names[:limit])
    if len(names) > limit:
        rest = len(names) - limit
        shown += " " + ui(lang).plural("ui.more", rest).format(n=rest)
    return shown


def iso(value: object) -> str:
    """A certificate date as the JSON shows it."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return str(value)


def seconds(ms: int) -> str:
    """A duration the way a person reads it."""
    return f"{ms} ms" if ms < 1000 else f"{ms / 1000:.1f} s"


Row = tuple[int, str, str]  # (nesting level, label, cleaned value)


def probe_rows(probe: ProbeResult, lang: Lang = "en") -> list[Row]:
    """The evidence of one probe as labelled rows, server text cleaned; transcript not included.
    Labels are in the reader's language; the evidence itself (outcomes, stages, server text) is
    technical and stays as it is."""
    m = ui(lang)
    t = m.text
    outcome = t("ui.evidence.outcome_text").format(
        outcome=probe.outcome.value, stage=probe.stage.value, ms=probe.elapsed_ms
    )
    if probe.address:
        outcome += t("ui.evidence.via").format(address=clean(probe.address))
    rows: list[Row] = [(0, t("ui.evidence.outcome"), outcome)]
    for label, text in (
        (t("ui.evidence.detail"), probe.detail),
        (t("ui.evidence.banner"), probe.banner),
    ):
        if text:
            for index, line in enumerate(clean_lines(text)):
                rows.append((0, label if index == 0 else " " * len(label), line))
    if probe.capabilities_tls:
        rows.append((0, t("ui.evidence.capabilities"), _words(probe.capabilities_tls)))
        if probe.capabilities:
            rows.append((0, t("ui.evidence.before_starttls"), _words(probe.capabilities)))
    elif probe.capabilities:
        rows.append((0, t("ui.evidence.capabilities"), _words(probe.capabilities)))
    if probe.auth_mechanisms_plain and probe.auth_mechanisms_plain != probe.auth_mechanisms:
        rows.append((0, t("ui.evidence.login_before_tls"), _words(probe.auth_mechanisms_plain)))
    if probe.auth_mechanisms:
        rows.append((0, t("ui.evidence.login_methods"), _words(probe.auth_mechanisms)))
    if probe.starttls_offered is not None:
        rows.append(
            (
                0,
                t("ui.evidence.starttls_offered"),
                t("ui.yes" if probe.starttls_offered else "ui.no"),
            )
        )
    for attempt in probe.auth_attempts:
        # The login test's evidence: who, how, over what, and the answer; never the password.
        how = f"{attempt.mechanism}{'' if attempt.encrypted else t('ui.evidence.unencrypted')}"
        said = f": {attempt.reply}" if attempt.reply else ""
        line = f"{attempt.username} ({how}) {attempt.status.value}{said}"
        rows.append((0, t("ui.evidence.login"), clean(line)))
    not_tried = probe.facts.get("auth_not_tried")
    if isinstance(not_tried, str) and not probe.auth_attempts:
        rows.append(
            (0, t("ui.evidence.login"), t("ui.evidence.not_tried").format(reason=clean(not_tried)))
        )
    if probe.greeting_ms is not None:
        rows.append((0, t("ui.evidence.greeting_after"), f"{probe.greeting_ms} ms"))
    if probe.timings:
        timings = ", ".join(f"{s.stage.value} {s.elapsed_ms} ms" for s in probe.timings)
        rows.append((0, t("ui.evidence.timings"), timings))
    if probe.tls is not None:
        rows.extend(tls_rows(probe.tls, m))
    return rows


def _words(items: tuple[str, ...]) -> str:
    return " ".join(clean(item) for item in items)


def tls_rows(tls: TlsFacts, lang: Lang = "en") -> list[Row]:
    """TLS facts as labelled rows: version and cipher, the verify result, the certificate."""
    t = ui(lang).text
    version = clean(tls.version) if tls.version else t("ui.evidence.unknown_version")
    cipher = f", {clean(tls.cipher)}" if tls.cipher else ""
    rows: list[Row] = [(0, "TLS:", version + cipher)]
    if tls.verified:
        verify = t("ui.yes")
    else:
        reasons = [p.value for p in tls.problems] or [clean(tls.verify_error or "unverified")]
        verify = t("ui.evidence.not_verified").format(reasons=", ".join(reasons))
        if tls.verify_message:
            code = f" [{tls.verify_code}]" if tls.verify_code is not None else ""
            verify += f": {clean(tls.verify_message)}{code}"
    rows.append((0, t("ui.evidence.verified"), verify))
    if tls.chain_length is not None:
        rows.append((0, t("ui.evidence.chain_length"), str(tls.chain_length)))
    cert = tls.cert
    if cert is not None:
        valid = t("ui.evidence.valid_range").format(
            start=iso(cert.not_before), end=iso(cert.not_after)
        )
        rows.append((0, t("ui.evidence.certificate"), ""))
        rows.append((1, t("ui.evidence.subject"), clean(cert.subject)))
        rows.append((1, t("ui.evidence.issuer"), clean(cert.issuer)))
        rows.append((1, t("ui.evidence.valid"), valid))
        if cert.names:
            names = join_names((clean(n) for n in cert.names), MAX_NAMES, lang)
            rows.append((1, t("ui.evidence.names"), names))
        if cert.self_signed:
            rows.append((1, t("ui.evidence.self_signed"), t("ui.yes")))
        rows.append((1, "SHA-256:", clean(cert.sha256)))
    return rows


# --- The settings block --------------------------------------------------------------------------

# How mail apps name the security setting (mail-facts.md): iOS Mail has one "Use SSL" switch (the
# port tells SSL/TLS and STARTTLS apart); Outlook's "Encryption method" uses our three words.
_USE_SSL = {Security.TLS: "on", Security.STARTTLS: "on", Security.NONE: "off"}
# What a login test says about a chosen setting (ui.login.*).
_LOGIN_SAID = frozenset({Login.VERIFIED, Login.REFUSED, Login.NO_ANSWER, Login.NOT_TESTED})


def settings_fields(choice: Choice, lang: Lang = "en") -> list[tuple[str, str, str, str]]:
    """The fields of one settings card: (label, value, what was typed, apps' words).

    A field the answer changes carries what the person typed (check), so the card is also the
    minimal change. Security carries its name in iPhone's and Outlook's words; the username says
    whether a login verified it.
    """
    m = ui(lang)
    t = m.text
    endpoint = choice.endpoint
    name = security_name(endpoint.security, m)
    apps = t("ui.card.apps").format(
        use_ssl=t(f"word.use_ssl.{_USE_SSL[endpoint.security]}"), security=name
    )
    typed_security = choice.typed(Field.SECURITY)
    fields = [
        (t("ui.card.server"), endpoint.host, choice.typed(Field.SERVER) or "", ""),
        (t("ui.card.port"), str(endpoint.port), choice.typed(Field.PORT) or "", ""),
        (
            t("ui.card.security"),
            name,
            "" if typed_security is None else security_name(Security(typed_security), m),
            apps,
        ),
    ]
    username = t("ui.card.username")
    if endpoint.username:
        fields.append((username, endpoint.username, choice.typed(Field.USERNAME) or "", ""))
    elif choice.username_form:
        fields.append((username, choice.username_form, "", ""))
    worked = method_word(choice.auth_method, m)
    if worked is not None:  # the published first method fails on the server: set this one
        fields.append((t("ui.card.auth_method"), worked, "", ""))
    if choice.login in _LOGIN_SAID:
        # Issue 11: a login with a bearer token (Choice.credential) does not speak of a password.
        said = choice.login.value
        if choice.login is Login.VERIFIED and choice.credential == "token":
            said = "verified_token"
        fields.append((t("ui.card.login_test"), t(f"ui.login.{said}"), "", ""))
    if choice.trust is not None and not choice.trust.secure:  # Thunderbird for Android's warning
        learned = t("ui.card.learned_value").format(source=choice.trust.name)
        fields.append((t("ui.card.learned"), learned, "", ""))
    elif choice.trust is Trust.DNSSEC:
        # DNS is plain unless its signatures were checked: say so when they were (a validating
        # resolver's AD bit, or our own validation against MAILMEDIC_DNSSEC_ANCHORS).
        fields.append((t("ui.card.learned"), t("ui.card.learned_dnssec"), "", ""))
    return fields


def card_name(choice: Choice, lang: Lang = "en") -> str:
    """ "Incoming server (IMAP)", with a note when the setting is not encrypted."""
    m = ui(lang)
    endpoint = choice.endpoint
    key = "ui.card.name" if choice.encrypted else "ui.card.name_unencrypted"
    return m.text(key).format(
        direction=direction_name(endpoint.protocol, m), protocol=protocol_name(endpoint.protocol)
    )
