"""The first test of the known texts' patterns (findings/needle.py): never wrongly "no match"."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diagnostics.findings.auth import TextEntry, load_text_entries
from diagnostics.findings.needle import ascii_fold, required_text

FILES = ("server_texts.json", "client_texts.json", "bounce_texts.json", "system_texts.json")
ENTRIES = [e for name in FILES for e in load_text_entries(name)]
FLAGS = re.IGNORECASE | re.MULTILINE


@pytest.mark.parametrize(
    ("pattern", "needle"),
    [
        ("Relay access denied", "relay access denied"),
        (r"\b534[ -]5\.7\.14\b", "5.7.14"),
        ("log ?in via your web browser", "in via your web browser"),  # "g" may be absent
        (r"Operation timed out(?! waiting for a response)", "operation timed out"),
        ("Connection closed by (the )?(remote|foreign) host", "connection closed by "),
        (r"\[AUTH\]", "[auth]"),
        ("rate limit(ed)?", "rate limit"),
        ("throttl(ed|ing)", "throttl"),
        (r"\b5\d\d[ -]5\.3\.4\b", "5.3.4"),
        ("user unknown|unknown user", ""),  # alternatives: nothing is required
        ("(?i)abc", ""),  # inline flags: not read
        ("[]abc]def", "def"),  # a first "]" belongs to the class
        ("ab", ""),  # too short to spare work
        ("Zertifikat ungültig", "zertifikat ung"),  # ASCII only
    ],
)
def test_required_text_of_known_shapes(pattern: str, needle: str) -> None:
    """The longest literal run outside groups and classes, lowercased, or "" when unsure."""
    assert required_text(pattern) == needle


def test_every_example_holds_its_patterns_needle() -> None:
    """Each example of the data files that a pattern matches contains that pattern's needle."""
    checked = 0
    for entry in ENTRIES:
        for pattern, needle in zip(entry.patterns, entry.needles, strict=True):
            for example in entry.examples:
                if re.search(pattern, example, FLAGS):
                    checked += 1
                    assert needle in ascii_fold(example), (entry.id, pattern, needle)
    assert checked > 100
    assert sum(1 for e in ENTRIES for n in e.needles if n) > 150  # most patterns have one


def _unfiltered(entry: TextEntry, text: str) -> re.Match[str] | None:
    for pattern in entry.patterns:
        found = re.search(pattern, text, FLAGS)
        if found is not None:
            return found
    return None


def test_search_finds_what_every_pattern_finds_on_the_examples() -> None:
    """On every example of every file, each entry's search equals compiling all its patterns."""
    texts = [example for entry in ENTRIES for example in entry.examples]
    for entry in ENTRIES:
        for text in texts:
            mine, plain = entry.search(text), _unfiltered(entry, text)
            assert (mine and mine.span()) == (plain and plain.span()), (entry.id, text)


_PIECES = st.sampled_from(
    ["AUTH", "auth", "\u0130", "\u0131", "\u017f", "\u212a", "failed", "5.7.8", "535", " ", "-",
     "relay access denied", "Relay ACCESS denied", "[", "]", "\n", "ſmtp", "İmap"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_search_equals_compiling_every_pattern(text: str) -> None:
    """For texts mixing the patterns' words with the characters re.IGNORECASE folds to ASCII
    (İ ı ſ K), the first test never hides a match."""
    for entry in ENTRIES:
        mine, plain = entry.search(text), _unfiltered(entry, text)
        assert (mine and mine.span()) == (plain and plain.span()), (entry.id, text)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [(r"\x41bc", "Abc"), ("caf\\u00e9 ok", "café ok"), (r"\101bc", "Abc"),
     (r"\N{LATIN SMALL LETTER A}bc", "abc")],
)  # fmt: skip
def test_numeric_escapes_give_no_needle(pattern: str, text: str) -> None:
    """An escape whose digits or name follow is no literal text: no needle, every text is
    searched (a needle of its digits would skip the texts the pattern matches)."""
    assert re.search(pattern, text) is not None
    assert required_text(pattern) == ""
