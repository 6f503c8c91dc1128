"""Text folded for matching: what differs between a paste and an app's string, removed."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fix_error_numbers", "fold"]

# Typographic quotes and apostrophes: apps use „“ «» ‘’ 「」, people retype them as ' or ".
_QUOTES = str.maketrans(
    {c: "'" for c in '"“”„‟«»‘’‚‛`´「」『』‹›'} | {"…": "...", "\u00a0": " ", "\u202f": " "}
)
_SPACE = re.compile(r"\s+")
# Whether a text has anything _QUOTES maps: most have none, and `translate` with a table of
# this shape looks up every character (the corpus's thousand fragments: a few ms of `explain`).
_QUOTED = re.compile("[" + re.escape("".join(chr(c) for c in _QUOTES)) + "]")


def fold(text: str) -> str:
    """NFKC (full-width Japanese punctuation), case-folded, one kind of quote, single spaces."""
    text = unicodedata.normalize("NFKC", text)
    if _QUOTED.search(text):
        text = text.translate(_QUOTES)
    return _SPACE.sub(" ", text.casefold()).strip()


# Outlook's error numbers are 0x and eight hex digits; OCR, and people retyping a screenshot,
# write a 0 as O and a 1 as I or l ("0x800CCCOE", "Ox800CCC90"). Inside such a token only
# digits and A-F can be meant.
_ERROR_NUMBER = re.compile(r"\b[0O][xX][0-9A-Fa-fOoIlS]{8}\b")
_HEX_FIXES = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "S": "5"})


def fix_error_numbers(text: str) -> str:
    """`text` with its error numbers' misread digits put back."""
    return _ERROR_NUMBER.sub(lambda m: "0x" + m.group(0)[2:].translate(_HEX_FIXES), text)
