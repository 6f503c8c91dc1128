"""Labelled samples built from the corpus, and accuracy on texts whose own strings are held out.

A sample is an app string with its placeholders filled as an app fills them (a server name,
an address), alone or under its dialog's title, labelled with the string's cause. Held out by
app (or by language), the app's (language's) own strings are removed from the matcher: what is
still recognised is recognised by other apps' strings, the language-independent tokens and the
server replies, which is how a text we never read will fare. Negative samples (bounces, text
about other things) must never be answered as a settings problem.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from diagnostics.findings.codes import LAYER, OWN_DEVICE, Code, Layer
from diagnostics.frozen import frozen
from diagnostics.paste.corpus import AppString, app_strings, fill
from diagnostics.paste.entries import bounce_entries
from diagnostics.paste.match import recognise

__all__ = ["NOT_MAIL", "Sample", "Score", "evaluate", "is_settings", "samples"]

_VALUES = ("mail.example.com", "alice@example.com", "2026-11-30")
# Titles the apps put above their messages (from the same corpus entries, code null).
_TITLES = {
    "Thunderbird": "thunderbird.sendFailed",
    "Apple Mail": "apple.cannot-send",
    "Delta Chat": "deltachat.configuration_failed_with_error",
}
NOT_MAIL = (
    "hello, can someone help me with my printer? it says paper jam",
    "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\nKeyError: 'user'",
    "ssh: connect to host example.com port 22: Connection timed out",
    "npm ERR! code E404\nnpm ERR! 404 Not Found - GET https://registry.npmjs.org/left-pad2",
    "HTTP/1.1 502 Bad Gateway",
    "Windows Update failed to install. Error 0x80070643",
    "Die Datei konnte nicht gespeichert werden: Zugriff verweigert",
    "My password manager lost my passwords after the update, how do I restore the backup?",
)


@frozen
class Sample:
    text: str
    code: Code | None  # None: not about mail settings at all (UNKNOWN expected)
    app: str
    language: str
    string_id: str = ""


@frozen
class Score:
    right: int = 0
    total: int = 0
    settings_misread: int = 0  # a non-settings text answered with a settings cause

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0


def _titles() -> dict[tuple[str, str], str]:
    wanted = set(_TITLES.values())
    return {(s.id, s.language): s.text for s in app_strings() if s.id in wanted}


def samples() -> Iterator[Sample]:
    """Every app string as pasted (alone, and under its dialog's title), bounces, non-mail."""
    titles = _titles()
    for string in app_strings():
        if string.code is None:
            continue
        text = fill(string.text, _VALUES)
        yield Sample(
            text=text,
            code=string.code,
            app=string.app,
            language=string.language,
            string_id=string.id,
        )
        title = titles.get((_TITLES.get(string.app, ""), string.language))
        if title:
            yield Sample(
                text=f"{title}\n{text}",
                code=string.code,
                app=string.app,
                language=string.language,
                string_id=string.id,
            )
    for entry in bounce_entries():
        for example in entry.examples:
            yield Sample(
                text=example, code=entry.code, app="bounce", language="en", string_id=entry.id
            )
    for text in NOT_MAIL:
        yield Sample(text=text, code=None, app="not mail", language="en")


def is_settings(code: str) -> bool:
    """Whether `code` speaks of the settings: every layer but the message's delivery, and no
    cause on the person's own device (codes.OWN_DEVICE)."""
    found = Code(code)
    return LAYER.get(found, Layer.PROVIDER) is not Layer.DELIVERY and found not in OWN_DEVICE


def evaluate(
    held_out: Callable[[AppString], bool], chosen: Callable[[Sample], bool]
) -> tuple[Score, list[tuple[Sample, tuple[str, ...]]]]:
    """Accuracy on the `chosen` samples with the `held_out` strings removed from the matcher."""
    kept = tuple(s for s in app_strings() if not held_out(s))
    right = total = misread = 0
    wrong: list[tuple[Sample, tuple[str, ...]]] = []
    for sample in samples():
        if not chosen(sample):
            continue
        codes = tuple(f.code for f in recognise(sample.text, strings=kept).findings)
        expected = None if sample.code is None else sample.code.value
        total += 1
        if (codes[0] if codes else None) == expected:
            right += 1
        else:
            wrong.append((sample, codes))
        if (expected is None or not is_settings(expected)) and codes and is_settings(codes[0]):
            misread += 1
    return Score(right=right, total=total, settings_misread=misread), wrong
