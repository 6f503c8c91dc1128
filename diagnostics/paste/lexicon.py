"""The last resort: a cause from the words of one sentence, in nine languages (paste_lexicon.json).

For a text whose exact string we never read (another app, another version, OCR). A rule fires
when each of its concepts has a word in the same sentence; rules are tried in order, specific
before generic, and the first rule per sentence wins. A short stem must start a word ("erro"
is in "erros", not in "interrompue"); a longer one, or a word of a script written without
spaces (Japanese), matches anywhere. A rule may name the broader causes it "refines": its
sentence's words say more than a better-ranked match of a fragment did ("the login failed"
inside "the login failed temporarily"). A rule marked "generic" (a
sentence that only says the connection failed) speaks only after every specific sentence of
the text: "the connection failed. The server refuses connections." is a refused port.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from diagnostics.findings.codes import Code

__all__ = ["LexiconMatch", "search_lexicon"]

# Sentences end at . ! ? and 。 — not after a one-letter abbreviation ("a.u.b.", "z.B.", "e.g.").
_SENTENCE = re.compile(r"(?<=[.!?。])(?<!(?<!\w)\w\.)\s+|[\n。]")
LEXICON_REFERENCE = "diagnostics/data/paste_lexicon.json (words of the apps' translations)"


@dataclass(frozen=True, slots=True, kw_only=True)
class LexiconMatch:
    code: Code
    sentence: str
    concepts: tuple[str, ...]
    refines: frozenset[Code] = frozenset()  # a broader cause this one may replace


@dataclass(frozen=True, slots=True)
class _Rule:
    code: Code
    concepts: tuple[tuple[str, str], ...]  # (name, its pattern's source)
    generic: bool
    refines: frozenset[Code]


ANYWHERE_CHARS = 6  # a stem this long is distinctive inside a word too; shorter ones start one
_SPACELESS = re.compile(r"[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]")  # CJK, kana, full-width


def _concept(words: list[str]) -> str:
    """One pattern for a concept's words: short stems at a word's start, the rest anywhere."""
    stems = sorted(words, key=len, reverse=True)
    return "|".join(_word(w) for w in stems)


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A concept's pattern, compiled when a sentence first needs it: a text reaches few of the
    rules' later concepts, and compiling all of them cost every `mailmedic explain` process
    about 25 ms (`python -m benchmarks.startup`)."""
    return re.compile(pattern)


def _word(word: str) -> str:
    if (
        len(word) >= ANYWHERE_CHARS
        or _SPACELESS.match(word)
        or not word[:1].isalnum()
        or "'" in word  # "n't" ends a word ("doesn't"), it never starts one
    ):
        return re.escape(word)  # German compounds: "Serververbindung", "Benutzerpasswort"
    return r"(?<!\w)" + re.escape(word)


@functools.cache
def _rules() -> tuple[_Rule, ...]:
    raw = json.loads(
        resources.files("diagnostics").joinpath("data", "paste_lexicon.json").read_text("utf-8")
    )
    concepts = {name: _concept(words) for name, words in raw["concepts"].items()}
    return tuple(
        _Rule(
            Code(rule["code"]),
            tuple((name, concepts[name]) for name in rule["all"]),
            bool(rule.get("generic", False)),
            frozenset(Code(c) for c in rule.get("refines", ())),
        )
        for rule in raw["rules"]
    )


def _has(seen: dict[str, bool], name: str, pattern: str, sentence: str) -> bool:
    if name not in seen:
        seen[name] = _compiled(pattern).search(sentence) is not None
    return seen[name]


def search_lexicon(folded: str) -> Iterator[LexiconMatch]:
    """Causes named by the sentences of `folded` (text.fold): specific ones in sentence order,
    then the generic ones."""
    later: list[LexiconMatch] = []
    for sentence in _SENTENCE.split(folded):
        padded = f" {sentence.strip()} "
        seen: dict[str, bool] = {}  # a concept is searched once per sentence, whatever the rules
        for rule in _rules():
            if all(_has(seen, name, pattern, padded) for name, pattern in rule.concepts):
                found = LexiconMatch(
                    code=rule.code,
                    sentence=sentence.strip(),
                    concepts=tuple(name for name, _ in rule.concepts),
                    refines=rule.refines,
                )
                if rule.generic:
                    later.append(found)
                else:
                    yield found
                break
    yield from later
