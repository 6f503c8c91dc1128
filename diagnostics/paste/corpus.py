"""The apps' own error strings (app_strings*.json) and the patterns built from them.

Each string becomes a pattern of its distinctive fragments: the literal text between the
app's placeholders (`%S`, `%1$S`, `%s`, `%@`, `{ $hostname }`), folded (text.fold), in order,
with anything of bounded length between them. A paste may also quote only part of a long
message (the first sentence, or what OCR kept): a fragment of at least PARTIAL_CHARS alone
still matches, scoring less. The score is the number of literal characters matched, so that
"Verbindung mit Server %S fehlgeschlagen; die Verbindung wurde verweigert." (refused) beats
its own prefix "Verbindung mit Server %S fehlgeschlagen." (unknown host).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable

from diagnostics import datafile
from diagnostics.findings.codes import Code
from diagnostics.frozen import frozen
from diagnostics.paste.grams import GramIndex, hits
from diagnostics.paste.text import fold

__all__ = [
    "CORPUS_FILES",
    "PARTIAL_CHARS",
    "AppString",
    "StringMatch",
    "app_strings",
    "fill",
    "search_strings",
]

CORPUS_FILES = ("app_strings.json", "app_strings_curated.json")
PLACEHOLDER = re.compile(r"%(?:\d+\$)?[sSd@]|\{ ?\$[\w-]+ ?\}")
# A dialog's title and body may be pasted on one line or two: pieces end at lines and sentences.
_PIECE_END = re.compile(r"%(?:\d+\$)?[sSd@]|\{ ?\$[\w-]+ ?\}|\n|(?<=[.!?。])\s")
MIN_FRAGMENT = 3  # shorter literal pieces (quotes, a colon) say nothing
PARTIAL_CHARS = 24  # a fragment this long is distinctive on its own
GAP = ".{0,300}?"  # what a placeholder became: a host, a name, a quoted server reply
# A string that ends in its placeholder ("Failed to connect to server %S.") is that message only
# with a value after its words: a space, colon or quote, then something. Without one the words
# are another program's ("Failed to connect to server" is also PHPMailer's bare connection
# failure, and glued to the next sentence, "...serverPossible reason", the value is no host).
_VALUE_FOLLOWS = re.compile(r"[\s:'\"(\[<]+[^\s.,;:!?。]")
_ENDS_IN_PLACEHOLDER = re.compile(rf"(?:{PLACEHOLDER.pattern})[\s.:;,'\"()\[\]!?。、-]*$")


@frozen
class AppString:
    """One message of one app in one language."""

    id: str
    app: str
    language: str
    code: Code | None  # None: a dialog's title, never a cause alone
    text: str
    source: str
    fragments: tuple[str, ...]
    open_end: bool = False  # ends in its placeholder: a value must follow its last words

    def completes(self, folded: str, end: int) -> bool:
        """Whether the last fragment, ending at `end` in `folded`, is followed as this string's
        would be (`_VALUE_FOLLOWS`)."""
        return not self.open_end or _VALUE_FOLLOWS.match(folded, end) is not None

    def whole(self) -> str:
        """The fragments in order, a placeholder's gap between them: a pattern's source (built
        only for a string whose first fragment a text holds: escaping all of them cost every
        `explain` a few ms)."""
        return GAP.join(re.escape(p) for p in self.fragments)

    @property
    def length(self) -> int:
        return sum(len(f) for f in self.fragments)


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A string's whole pattern, compiled the first time its first fragment is seen. Compiling
    all of them up front cost about 50 ms of every `mailmedic explain` process for the few a
    text ever needs (`python -m benchmarks.startup`)."""
    return re.compile(pattern, re.DOTALL)


@frozen
class StringMatch:
    string: AppString
    score: int  # literal characters matched
    start: int  # in the folded text
    end: int


def fragments_of(text: str) -> tuple[str, ...]:
    pieces = (fold(piece) for piece in _PIECE_END.split(text))
    kept = []
    for piece in pieces:
        piece = piece.strip(" .:;,'()[]!?。、-")
        if len(piece) >= MIN_FRAGMENT:
            kept.append(piece)
    return tuple(kept)


def _build(entry: dict[str, object], language: str, text: str, source: str) -> AppString | None:
    pieces = fragments_of(text)
    if not pieces:
        return None
    code = entry.get("code")
    return AppString(
        id=str(entry["id"]),
        app=str(entry["app"]),
        language=language,
        code=None if code is None else Code(str(code)),
        text=text,
        source=source,
        fragments=pieces,
        open_end=_ENDS_IN_PLACEHOLDER.search(text) is not None,
    )


@functools.cache
def app_strings() -> tuple[AppString, ...]:
    """Every app string of the corpus files, in file order."""
    found: list[AppString] = []
    for name in CORPUS_FILES:
        raw = datafile.read_text(name)
        for entry in json.loads(raw)["entries"]:
            sources = entry.get("sources", {})
            for language, text in entry["texts"].items():
                built = _build(entry, language, text, str(sources.get(language, "")))
                if built is not None:
                    found.append(built)
    return tuple(found)


def _shared(piece: str, string: AppString, strings: Iterable[AppString]) -> bool:
    """Whether another string of the same app and language with another cause holds `piece`.

    Thunderbird's "An error occurred while sending mail" opens its refused-recipient,
    refused-sender and refused-data messages alike: quoted alone (with a library's reason
    after it), the fragment is not distinctive and names none of their causes."""
    return any(
        other.code is not None
        and other.code is not string.code
        and other.language == string.language
        and other.app == string.app
        and any(piece in fragment for fragment in other.fragments)
        for other in strings
    )


@functools.cache
def _shared_in_corpus(piece: str, string: AppString) -> bool:
    return _shared(piece, string, app_strings())


def _complete_at(string: AppString, piece: str, folded: str) -> int:
    """Where `piece` of `string` stands in `folded` as the string would have it, -1 if nowhere:
    its last fragment with the value an open end needs after it (`AppString.completes`)."""
    at = folded.find(piece)
    if piece != string.fragments[-1]:
        return at
    while at >= 0 and not string.completes(folded, at + len(piece)):
        at = folded.find(piece, at + 1)
    return at


def _match(
    string: AppString, folded: str, strings: Iterable[AppString] | None = None
) -> StringMatch | None:
    first = string.fragments[0]
    if first in folded:
        # The first place where the string is complete: an open end's words may stand bare
        # earlier in the text and with their value later.
        found = next(
            (
                m
                for m in _compiled(string.whole()).finditer(folded)
                if string.completes(folded, m.end())
            ),
            None,
        )
        if found is not None:
            return StringMatch(
                string=string, score=string.length, start=found.start(), end=found.end()
            )
    best: StringMatch | None = None
    for piece in string.fragments:
        if len(piece) < PARTIAL_CHARS or (best is not None and len(piece) <= best.score):
            continue
        at = _complete_at(string, piece, folded)
        if at >= 0 and not (
            _shared_in_corpus(piece, string) if strings is None else _shared(piece, string, strings)
        ):
            best = StringMatch(string=string, score=len(piece), start=at, end=at + len(piece))
    return best


@functools.cache
def _fragment_index() -> GramIndex[int]:
    """The fragments that can make a string match (`_match`: its first, or one long enough to
    stand alone), each with its string's place in the corpus."""
    return GramIndex.of(
        (key, at)
        for at, string in enumerate(app_strings())
        for key in {string.fragments[0]} | {p for p in string.fragments if len(p) >= PARTIAL_CHARS}
    )


def _candidates(folded: str) -> list[AppString]:
    """The corpus's strings with a fragment in `folded`, in corpus order (paste/grams.py): the
    others cannot match, and trying each of some four hundred strings in turn was a third of
    `explain`'s time (`python -m benchmarks.explain`)."""
    strings = app_strings()
    return [strings[at] for at in sorted({at for at, _ in hits(_fragment_index(), folded)})]


def search_strings(folded: str, strings: Iterable[AppString] | None = None) -> list[StringMatch]:
    """The app strings found in `folded` (text.fold), the best score first."""
    kept = None if strings is None else tuple(strings)
    matches = [
        match
        for string in (_candidates(folded) if kept is None else kept)
        if (match := _match(string, folded, kept)) is not None
    ]
    matches.sort(key=lambda m: -m.score)
    return matches


def fill(text: str, values: Iterable[str]) -> str:
    """`text` with its placeholders replaced by `values` in turn (for tests and benchmarks)."""
    supply = list(values) or ["mail.example.com"]
    order = iter(range(len(supply) * 4))

    def one(match: re.Match[str]) -> str:
        number = re.match(r"%(\d+)\$", match.group(0))
        index = int(number.group(1)) - 1 if number else next(order)
        return supply[index % len(supply)]

    return PLACEHOLDER.sub(one, text)
