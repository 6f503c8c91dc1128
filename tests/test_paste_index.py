"""The one-pass indexes of the paste matcher find exactly what trying every entry would.

`explain` looks for a text's lexicon words, app-string fragments and table needles in one pass
over its characters (paste/lexicon.py `_present`, paste/corpus.py `_candidates`,
paste/match.py `_needles_in`); each is checked here against the plain way, on every text the
benchmark's held-out evaluation explains and on texts written to sit on word boundaries.
"""

from __future__ import annotations

import re

import pytest

from diagnostics.findings.auth import client_entries, reply_entries
from diagnostics.findings.needle import ascii_fold
from diagnostics.paste import corpus, lexicon, match
from diagnostics.paste.evaluation import samples
from diagnostics.paste.grams import GramIndex, hits
from diagnostics.paste.text import fold

TEXTS = [
    *sorted({fold(s.text) for s in samples()})[:400],
    fold("Erros de conexão; interrompue"),  # a short stem inside a word: no match
    fold("Anmeldefehler bei imap.example.com"),  # a compound's tail: a match
    fold("it doesn't work_erro"),
    "",
    "ab",
]


def _reference_concepts(text: str) -> frozenset[str]:
    """The concepts whose words match `text` as one regular expression per word would."""
    found = set()
    for name, words in lexicon._raw()["concepts"].items():
        for word in words:
            literal = word[1:] if word.startswith("-") and len(word) > 1 else word
            pattern = re.escape(literal)
            if not lexicon._anywhere(word):
                pattern = r"(?<!\w)" + pattern
            if re.search(pattern, text):
                found.add(name)
                break
    return frozenset(found)


@pytest.mark.parametrize("text", TEXTS[::7] + TEXTS[-5:])
def test_lexicon_index_finds_the_concepts_each_word_would(text: str) -> None:
    padded = f" {text} "
    assert lexicon._present(padded) == _reference_concepts(padded)


def test_corpus_candidates_lose_no_match() -> None:
    """Every app string that matches a text is among its candidates."""
    strings = corpus.app_strings()
    for text in TEXTS:
        candidates = {id(s) for s in corpus._candidates(text)}
        for string in strings:
            if corpus._match(string, text) is not None:
                assert id(string) in candidates, (string.id, text)


def test_needle_index_skips_only_entries_that_cannot_match() -> None:
    """An entry the needle index rules out has no pattern that matches the text."""
    entries = (*reply_entries(), *client_entries())
    for text in TEXTS:
        present = match._needles_in(ascii_fold(text))
        for entry in entries:
            if not match._may_match(entry, present):
                assert entry.search(text) is None, (entry.id, text)


def test_gram_index_yields_every_occurrence_of_long_and_short_literals() -> None:
    index = GramIndex.of([("abc", 1), ("bcd", 2), ("接続", 3), ("", 4)])
    found = sorted(hits(index, "xabcd abc 接続 接続"))
    assert found == [(1, 1), (1, 6), (2, 2), (3, 10), (3, 13)]


def test_every_lexicon_word_is_found_in_a_folded_text() -> None:
    """A word is looked for in text.fold's output: one written as the apps write it ("groß",
    "d’authentification") must still be found there, or it is a word that never matches."""
    raw = lexicon._raw()["concepts"]
    dead = [
        (name, word)
        for name, words in raw.items()
        for word in words
        if not lexicon.mentions(fold(word.lstrip("-")), name)
    ]
    assert not dead
