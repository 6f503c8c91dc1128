"""A piece of plain text every match of a regular expression contains: a cheap first test.

The known texts (server_texts.json and its siblings) are some 200 case-insensitive patterns, and
compiling them all cost every `mailmedic explain` about 10 ms (`python -m benchmarks.startup`)
for the few that a text can match. Most are mostly literal ("Relay access denied",
`\\b535[ -]5\\.7\\.8\\b`), so a pattern is compiled only for a text that holds its longest literal
run: a text without it cannot match, and the result of the search is the same.

`required_text` reads only what it understands for certain and otherwise gives up (returns ""),
so that the test never says "cannot match" wrongly: an alternation at the top level, inline
flags (`(?x)` would change what a space means), characters outside ASCII. A literal run counts
only outside groups and classes, and loses its last character before a quantifier (`s?`).

Case: the patterns are compiled with re.IGNORECASE, under which an ASCII letter also matches
four other characters (re's simple case folding): `ascii_fold` maps those to the letter, so
`needle in ascii_fold(text)` holds whenever the pattern could match.
"""

from __future__ import annotations

import functools

__all__ = ["MIN_NEEDLE", "ascii_fold", "required_text"]

MIN_NEEDLE = 3  # a shorter run is in too many texts to spare any work
# Escaped characters that stand for themselves (re's syntax: `\.` is a dot).
_SELF_ESCAPES = frozenset(".[](){}?*+|^$\\/-'\" #&~:=,;!<>@%_")
_NUMERIC_ESCAPES = frozenset("xuUN0123456789")  # an escape whose digits or name follow
_METACHARS = frozenset(".^$|")
# The non-ASCII characters that re.IGNORECASE matches to an ASCII letter (found by trying every
# code point): İ and ı to i, ſ (long s) to s, the Kelvin sign to k.
_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def required_text(pattern: str) -> str:
    """The longest literal run (lowercase ASCII) any match of `pattern` contains, or "" when none
    is known for certain or it is shorter than MIN_NEEDLE."""
    plain_groups = pattern
    for group in ("(?:", "(?<", "(?=", "(?!"):  # no group, lookahead or lookbehind
        plain_groups = plain_groups.replace(group, "")
    if "(?" in plain_groups:
        return ""  # inline flags or named groups: not read here
    runs: list[str] = []
    run: list[str] = []
    depth = 0
    i, n = 0, len(pattern)

    def close() -> None:
        if run:
            runs.append("".join(run))
            run.clear()

    while i < n:
        c = pattern[i]
        if c == "\\":
            escaped = pattern[i + 1 : i + 2]
            if escaped and escaped in _NUMERIC_ESCAPES:
                return ""  # \x41, \u00e9, \N{...}, \101: what follows is no literal text
            if depth == 0 and escaped in _SELF_ESCAPES and escaped:
                run.append(escaped)
            else:
                close()  # \b, \d, \s, a back-reference, inside a group, ...
            i += 2
            continue
        if c == "[":
            close()
            i = _class_end(pattern, i)
            continue
        if c == "(":
            close()
            depth += 1
        elif c == ")":
            close()
            depth -= 1
        elif c in "?*{":
            if run:
                run.pop()  # the atom before a quantifier may be absent
            close()
            if c == "{":
                end = pattern.find("}", i)
                i = n if end < 0 else end
        elif c == "+":
            close()  # once at least: what came before stays
        elif c in _METACHARS:
            if c == "|" and depth == 0:
                return ""  # one of several alternatives: nothing is required
            close()
        elif depth == 0 and c.isascii():
            run.append(c)
        else:
            close()
        i += 1
    close()
    best = max(runs, key=len, default="")
    return best.lower() if len(best) >= MIN_NEEDLE else ""


def _class_end(pattern: str, start: int) -> int:
    """The index after the character class that opens at `start` (`[^]x]` included)."""
    i = start + 1
    if pattern[i : i + 1] == "^":
        i += 1
    if pattern[i : i + 1] == "]":
        i += 1  # a first "]" is a member
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
            continue
        if pattern[i] == "]":
            return i + 1
        i += 1
    return i


@functools.lru_cache(maxsize=16)
def ascii_fold(text: str) -> str:
    """`text` lowercased as re.IGNORECASE compares it with ASCII (the same text is tested against
    every entry in turn: kept for a few texts)."""
    return text.translate(_TO_ASCII).lower()
