"""Text folded for matching: what differs between a paste and an app's string, removed."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold"]

# Typographic quotes and apostrophes: apps use „“ «» ‘’ 「」, people retype them as ' or ".
_QUOTES = str.maketrans(
    {c: "'" for c in '"“”„‟«»‘’‚‛`´「」『』‹›'} | {"…": "...", "\u00a0": " ", "\u202f": " "}
)
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """NFKC (full-width Japanese punctuation), case-folded, one kind of quote, single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return _SPACE.sub(" ", text).strip()
