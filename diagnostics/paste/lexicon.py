"""The last resort: a cause from the words of one sentence, in nine languages (paste_lexicon.json).

For a text whose exact string we never read (another app, another version, OCR). A rule fires
when each of its concepts has a word in the same sentence; rules are tried in order, specific
before generic, and the first rule per sentence wins. A short stem must start a word ("erro"
is in "erros", not in "interrompue"); a longer one, or a word of a script written without
spaces (Japanese), matches anywhere; a word written "-fehler" is a compound's tail and matches
anywhere however short ("Anmeldefehler", "aanmeldingsfout"). A rule may name the broader
causes it "refines": its sentence's words say more than a better-ranked match of a fragment
did ("the login failed" inside "the login failed temporarily"). A rule marked "generic" (a
sentence that only says the connection failed) speaks only after every specific sentence of
the text: "the connection failed. The server refuses connections." is a refused port.

A rule's "unless" lists concepts that, anywhere in the text, say it is about something else:
a certificate "not trusted" beside a signature is an S/MIME signing certificate, not the
server's. Its "needs" lists concepts of which one must be somewhere in the text: "the server
is not reachable" names a mail server's port only in a text that speaks of mail at all. Its
"except" lists concepts that, in the same sentence, say the sentence is about something else:
"the password change failed" is no failed login.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from typing import Any

from diagnostics import datafile
from diagnostics.findings.codes import Code
from diagnostics.frozen import frozen

__all__ = ["LexiconMatch", "mentions", "search_lexicon"]

# Sentences end at . ! ? and 。 — not after a one-letter abbreviation ("a.u.b.", "z.B.", "e.g.").
_SENTENCE = re.compile(r"(?<=[.!?。])(?<!(?<!\w)\w\.)\s+|[\n。]")
LEXICON_REFERENCE = "diagnostics/data/paste_lexicon.json (words of the apps' translations)"


@frozen
class LexiconMatch:
    code: Code
    sentence: str
    concepts: tuple[str, ...]
    refines: frozenset[Code] = frozenset()  # a broader cause this one may replace


@frozen(kw_only=False)
class _Rule:
    code: Code
    concepts: tuple[tuple[str, str], ...]  # (name, its pattern's source)
    generic: bool
    refines: frozenset[Code]
    unless: tuple[tuple[str, str], ...] = ()
    needs: tuple[tuple[str, str], ...] = ()
    exclude: tuple[tuple[str, str], ...] = ()


ANYWHERE_CHARS = 6  # a stem this long is distinctive inside a word too; shorter ones start one
_SPACELESS = re.compile(r"[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]")  # CJK, kana, full-width


def _concept(words: list[str]) -> str:
    """One pattern for a concept's words: short stems at a word's start, the rest anywhere."""
    stems = sorted(words, key=len, reverse=True)
    return "|".join(_word(w) for w in stems)


@functools.lru_cache(maxsize=1024)  # bounded: the bot explains texts for weeks
def _compiled(pattern: str) -> re.Pattern[str]:
    """A concept's pattern, compiled when a sentence first needs it: a text reaches few of the
    rules' later concepts, and compiling all of them cost every `mailmedic explain` process
    about 25 ms (`python -m benchmarks.startup`)."""
    return re.compile(pattern)


def _word(word: str) -> str:
    if word.startswith("-") and len(word) > 1:
        return re.escape(word[1:])  # a compound's tail: anywhere
    if (
        len(word) >= ANYWHERE_CHARS
        or _SPACELESS.match(word)
        or not word[:1].isalnum()
        or "'" in word  # "n't" ends a word ("doesn't"), it never starts one
    ):
        return re.escape(word)  # German compounds: "Serververbindung", "Benutzerpasswort"
    return r"(?<!\w)" + re.escape(word)


@functools.cache
def _literals() -> dict[str, tuple[tuple[str, str], ...]]:
    """Each concept's words, each with the plain text its alternative of the pattern looks for
    (`_word`): an alternative whose text is not in a sentence cannot match there. So a sentence
    is searched with a pattern of only the alternatives whose text it holds (none: no match, no
    pattern), which finds a word exactly when the whole concept's pattern would. A concept's
    whole pattern (dozens of words in nine languages) took `explain` 2-3 ms to compile, and a
    text reaches several (`python -m benchmarks.startup`)."""
    return {
        name: tuple((w, w[1:] if w.startswith("-") and len(w) > 1 else w) for w in words)
        for name, words in _raw()["concepts"].items()
    }


def _found(name: str, text: str) -> bool:
    """Whether the concept `name` has a word in `text` (the concept's pattern, `_concept`, would
    match): searched with the alternatives of the words whose text `text` holds."""
    present = [word for word, literal in _literals()[name] if literal in text]
    if not present:
        return False
    return _compiled(_concept(present)).search(text) is not None


@functools.cache
def _concepts() -> dict[str, str]:
    return {name: _concept(words) for name, words in _raw()["concepts"].items()}


@functools.cache
def _raw() -> dict[str, Any]:
    text = datafile.read_text("paste_lexicon.json")
    raw: dict[str, Any] = json.loads(text)
    return raw


@functools.cache
def _rules() -> tuple[_Rule, ...]:
    concepts = _concepts()
    return tuple(
        _Rule(
            Code(rule["code"]),
            tuple((name, concepts[name]) for name in rule["all"]),
            bool(rule.get("generic", False)),
            frozenset(Code(c) for c in rule.get("refines", ())),
            tuple((name, concepts[name]) for name in rule.get("unless", ())),
            tuple((name, concepts[name]) for name in rule.get("needs", ())),
            tuple((name, concepts[name]) for name in rule.get("except", ())),
        )
        for rule in _raw()["rules"]
    )


def mentions(folded: str, concept: str) -> bool:
    """Whether `folded` (text.fold) has a word of the lexicon's `concept` ("signing")."""
    return _found(concept, f" {folded} ")


def _has(seen: dict[str, bool], name: str, pattern: str, sentence: str) -> bool:
    if name not in seen:
        seen[name] = _found(name, sentence)
    return seen[name]


def search_lexicon(folded: str) -> Iterator[LexiconMatch]:
    """Causes named by the sentences of `folded` (text.fold): specific ones in sentence order,
    then the generic ones."""
    later: list[LexiconMatch] = []
    whole: dict[str, bool] = {}  # "unless" and "needs" concepts, searched once in the text
    padded_text = f" {folded} "
    for sentence in _SENTENCE.split(folded):
        padded = f" {sentence.strip()} "
        seen: dict[str, bool] = {}  # a concept is searched once per sentence, whatever the rules
        for rule in _rules():
            if all(_has(seen, name, pattern, padded) for name, pattern in rule.concepts):
                if any(_has(whole, name, pattern, padded_text) for name, pattern in rule.unless):
                    break  # the text is about something else (a signature, not a server)
                if any(_has(seen, name, pattern, padded) for name, pattern in rule.exclude):
                    break  # the sentence is (a password change refused, not a login)
                if rule.needs and not any(
                    _has(whole, name, pattern, padded_text) for name, pattern in rule.needs
                ):
                    continue  # a rule for mail texts, in a text that never speaks of mail
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
