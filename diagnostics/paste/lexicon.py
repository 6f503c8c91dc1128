"""The last resort: a cause from the words of one sentence, in nine languages (paste_lexicon.json).

For a text whose exact string we never read (another app, another version, OCR). A rule fires
when each of its concepts has a word in the same sentence; rules are tried in order, specific
before generic, and the first rule per sentence wins.
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

_SENTENCE = re.compile(r"(?<=[.!?。])\s+|[\n。]")
LEXICON_REFERENCE = "diagnostics/data/paste_lexicon.json (words of the apps' translations)"


@dataclass(frozen=True, slots=True, kw_only=True)
class LexiconMatch:
    code: Code
    sentence: str
    concepts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Rule:
    code: Code
    concepts: tuple[tuple[str, tuple[str, ...]], ...]


@functools.cache
def _rules() -> tuple[_Rule, ...]:
    raw = json.loads(
        resources.files("diagnostics").joinpath("data", "paste_lexicon.json").read_text("utf-8")
    )
    concepts = {name: tuple(words) for name, words in raw["concepts"].items()}
    return tuple(
        _Rule(Code(rule["code"]), tuple((name, concepts[name]) for name in rule["all"]))
        for rule in raw["rules"]
    )


def search_lexicon(folded: str) -> Iterator[LexiconMatch]:
    """Causes named by the sentences of `folded` (text.fold), in sentence order."""
    for sentence in _SENTENCE.split(folded):
        padded = f" {sentence.strip()} "
        for rule in _rules():
            if all(any(word in padded for word in words) for _, words in rule.concepts):
                yield LexiconMatch(
                    code=rule.code,
                    sentence=sentence.strip(),
                    concepts=tuple(name for name, _ in rule.concepts),
                )
                break
