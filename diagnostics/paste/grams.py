"""Many literal strings looked for in one text at once, in one pass over its characters.

The paste matcher tests each text against hundreds of literals: the lexicon's words, the app
strings' fragments, the server and client tables' needles. Trying each with `in` (or compiling a
pattern of those found) was most of `explain`'s time (`python -m benchmarks.explain`); indexing
them by their first characters and walking the text once finds the same occurrences.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

from diagnostics.frozen import frozen

__all__ = ["GramIndex", "hits"]

GRAM = 3  # literals are indexed by their first three characters

_V = TypeVar("_V")


@frozen(kw_only=False)
class GramIndex(Generic[_V]):
    """Literals (each with a value) by their first GRAM characters; the shorter ones apart."""

    grams: dict[str, tuple[tuple[str, _V], ...]]
    short: tuple[tuple[str, _V], ...]

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, _V]]) -> GramIndex[_V]:
        """The index of (literal, value) pairs; an empty literal is never found."""
        grams: dict[str, list[tuple[str, _V]]] = {}
        short: list[tuple[str, _V]] = []
        for literal, value in pairs:
            if not literal:
                continue
            if len(literal) < GRAM:
                short.append((literal, value))
            else:
                grams.setdefault(literal[:GRAM], []).append((literal, value))
        return cls({g: tuple(found) for g, found in grams.items()}, tuple(short))


def hits(index: GramIndex[_V], text: str) -> Iterator[tuple[_V, int]]:
    """Every occurrence in `text` of an indexed literal: its value and where it starts."""
    for at in range(len(text) - GRAM + 1):
        for literal, value in index.grams.get(text[at : at + GRAM], ()):
            if text.startswith(literal, at):
                yield value, at
    for literal, value in index.short:
        at = text.find(literal)
        while at >= 0:
            yield value, at
            at = text.find(literal, at + 1)
