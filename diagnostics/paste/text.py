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


# Two sentences an app glued together without a space ("Could not authenticate.Possible
# reason: ...", Matomo after PHPMailer's reason): a lower-case word, a full stop, a capitalised
# word that is no part of a name. A dotted name keeps its dots: a host ("mail.Example.com") or
# an address ("john.Smith@example.com") goes on after the word, a Java class
# ("javax.mail.AuthenticationFailedException") has a dot before it, Python's
# "smtplib.SMTPAuthenticationError" no lower-case letters after the capital.
_GLUED_SENTENCE = re.compile(r"(?<![\w.@/\\-])([^\W\d_]{3,})\.(?=([^\W\d_]{3,})(?![\w.@]))")
# Whether a text may have one: a small letter, a full stop, a capital (one quick scan: the rule
# above tries every word, half of fold's time when run on each text).
_GLUED_HINT = re.compile(r"[a-zß-ÿĀ-ž]\.[A-ZÀ-ÞĀ-ž]")


def _unglued(match: re.Match[str]) -> str:
    word, following = match.group(1), match.group(2)
    if word.islower() and following[0].isupper() and following[1:].islower():
        return f"{word}. "
    return match.group(0)


def fold(text: str) -> str:
    """NFKC (full-width Japanese punctuation), case-folded, one kind of quote, single spaces,
    glued sentences apart."""
    text = unicodedata.normalize("NFKC", text)
    if _QUOTED.search(text):
        text = text.translate(_QUOTES)
    if _GLUED_HINT.search(text):
        text = _GLUED_SENTENCE.sub(_unglued, text)
    return _SPACE.sub(" ", text.casefold()).strip()


# Outlook's error numbers are 0x and eight hex digits; OCR, and people retyping a screenshot,
# write a 0 as O and a 1 as I or l ("0x800CCCOE", "Ox800CCC90"). Inside such a token only
# digits and A-F can be meant.
_ERROR_NUMBER = re.compile(r"\b[0O][xX][0-9A-Fa-fOoIlS]{8}\b")
_HEX_FIXES = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "S": "5"})


def fix_error_numbers(text: str) -> str:
    """`text` with its error numbers' misread digits put back."""
    return _ERROR_NUMBER.sub(lambda m: "0x" + m.group(0)[2:].translate(_HEX_FIXES), text)


# A server's non-ASCII reply as a program printed it without decoding it: Python's bytes repr
# (smtplib's `(535, b'Error: \xc7\xeb\xca\xb9...')`) or bytes read as Latin-1 by a library that
# assumed it ("ÇëÊ¹ÓÃÊÚÈ¨Âë"). Chinese and Japanese servers answer in GB 18030 or Shift_JIS
# (QQ Mail, NetEase); an app that decodes as UTF-8 or Latin-1 shows the bytes. Each run is
# decoded again, as UTF-8 first (valid UTF-8 is almost never an accident), then GB 18030 and
# Shift_JIS, and kept only when the result is letters of a script that needs those encodings:
# a run of accented Latin letters that decodes to nothing sensible stays as it was.
_BYTE_ESCAPES = re.compile(r"(?:\\x[89a-fA-F][0-9a-fA-F]){4,}(?:\\x[0-9a-fA-F]{2})*")
_LATIN1_RUN = re.compile(r"[\u0080-\u00ff]{8,}")  # 4 CJK letters: no European word
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]")


def _redecoded(raw: bytes) -> str | None:
    for encoding in ("utf-8", "gb18030", "shift_jis"):
        try:
            decoded = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if len(_CJK.findall(decoded)) * 2 >= len(decoded):
            return decoded
    return None


def redecode_bytes(text: str) -> str:
    """`text` with its mis-decoded runs of CJK text decoded again (unchanged when it has none)."""
    if "\\x" in text:
        text = _BYTE_ESCAPES.sub(
            lambda m: _redecoded(bytes.fromhex(m.group().replace("\\x", ""))) or m.group(), text
        )
    if _LATIN1_RUN.search(text):
        text = _LATIN1_RUN.sub(lambda m: _redecoded(m.group().encode("latin-1")) or m.group(), text)
    return text
