"""The last resort: a cause from the words of one sentence, in nine languages (paste_lexicon.json).

For a text whose exact string we never read (another app, another version, OCR). A rule fires
when each of its concepts has a word in the same sentence; rules are tried in order, specific
before generic, and the first rule per sentence wins. A short stem must start a word ("erro"
is in "erros", not in "interrompue"); a longer one, or a word of a script written without
spaces (Japanese), matches anywhere; a word written "-fehler" is a compound's tail and matches
anywhere however short ("Anmeldefehler", "aanmeldingsfout"); one written "^signin" must start a
word however long ("signin failed", not "assigning"). A rule may name the broader
causes it "refines": its sentence's words say more than a better-ranked match of a fragment
did ("the login failed" inside "the login failed temporarily"). A rule marked "generic" (a
sentence that only says the connection failed) speaks only after every specific sentence of
the text: "the connection failed. The server refuses connections." is a refused port.

A rule's "unless" lists concepts that, anywhere in the text, say it is about something else:
a certificate "not trusted" beside a signature is an S/MIME signing certificate, not the
server's. Its "needs" lists concepts of which one must be somewhere in the text: "the server
is not reachable" names a mail server's port only in a text that speaks of mail at all. Its
"except" lists concepts that, in the same sentence, say the sentence is about something else:
"the password change failed" is no failed login. Its "facts" go with the finding it names: a
token that could not be refreshed is a failed login with a token ({"credential": "token"}).
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
from diagnostics.paste.grams import GramIndex, hits
from diagnostics.paste.text import fold

__all__ = ["LexiconMatch", "mentions", "search_lexicon"]

# Sentences end at . ! ? and 。 — not after a one-letter abbreviation ("a.u.b.", "z.B.", "e.g.")
# nor after the common short ones written without their inner dot ("eg.", "ie.", "zb.", "ca.").
_SENTENCE = re.compile(
    r"(?<=[.!?。])(?<!(?<!\w)\w\.)(?<!\beg\.)(?<!\bie\.)(?<!\bzb\.)(?<!\bca\.)\s+|[\n。]"
)
LEXICON_REFERENCE = "diagnostics/data/paste_lexicon.json (words of the apps' translations)"


@frozen
class LexiconMatch:
    code: Code
    sentence: str
    concepts: tuple[str, ...]
    refines: frozenset[Code] = frozenset()  # a broader cause this one may replace
    generic: bool = False  # the rule only says the connection failed (see the docstring)
    facts: tuple[tuple[str, str], ...] = ()  # what the rule's words say of the finding


@frozen(kw_only=False)
class _Rule:
    code: Code
    concepts: tuple[str, ...]
    generic: bool
    refines: frozenset[Code]
    unless: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    facts: tuple[tuple[str, str], ...] = ()


ANYWHERE_CHARS = 6  # a stem this long is distinctive inside a word too; shorter ones start one
# CJK, kana, full-width; and Hangul, whose particles join the word before them ("연결할 수 없").
_SPACELESS = re.compile(r"[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def _anywhere(word: str) -> bool:
    """Whether `word` may match inside another word, or must start one."""
    if word.startswith("^"):
        return False  # a long word that also ends others: "signin" in "assigning"
    head = word.split(" ", 1)[0]
    if " " in word.strip() and head[:1].isalnum() and len(head) <= 4 and head != "not":
        # A phrase led by a short word ends other phrases: "połączenie zostało" (it was made)
        # holds "nie zostało" (it was not), "dialog in" holds "log in", "email from" "mail from";
        # but "cannot support" says "not support".
        return False
    return (
        word.startswith("-")  # a compound's tail: "Anmeldefehler", "aanmeldingsfout"
        or len(word) >= ANYWHERE_CHARS  # German compounds: "Serververbindung"
        or _SPACELESS.match(word) is not None
        or not word[:1].isalnum()
        or "'" in word  # "n't" ends a word ("doesn't"), it never starts one
    )


@functools.cache
def _literals() -> dict[str, tuple[tuple[str, bool], ...]]:
    """Each concept's words as the plain text looked for, and whether it may sit inside a word
    (`_anywhere`) or must start one (not after a letter, digit or "_", as regular expressions'
    \\w has it)."""
    return {
        name: tuple(
            (_folded(w[1:] if w[:1] in "-^" and len(w) > 1 else w), _anywhere(w)) for w in words
        )
        for name, words in _raw()["concepts"].items()
    }


def _folded(word: str) -> str:
    """A word as text.fold leaves the text it is looked for in ("groß" is "gross" there, "’" is
    "'"), keeping the spaces that end or start it ("non ", "rilasciato a ")."""
    head = word[: len(word) - len(word.lstrip())]
    tail = word[len(word.rstrip()) :]
    return head + fold(word) + tail


@functools.cache
def _index() -> GramIndex[tuple[str, bool]]:
    """Every concept's words, each with its concept and whether it may sit inside a word."""
    return GramIndex.of(
        (literal, (name, anywhere))
        for name, words in _literals().items()
        for literal, anywhere in words
    )


def _starts_word(text: str, at: int) -> bool:
    """Not after a letter, digit or "_"; after a kana or ideograph, yes: Japanese sets Latin
    words in without spaces ("選択したSMTP AUTHメソッド")."""
    before = text[at - 1] if at else " "
    return not (before.isalnum() or before == "_") or _SPACELESS.match(before) is not None


@functools.lru_cache(maxsize=64)  # a text's sentences and the text itself, while it is read
def _present(text: str) -> frozenset[str]:
    """The concepts with a word in `text` (paste/grams.py): a text's sentences are tested against
    some hundred concepts of dozens of words each, and testing each word in turn, then compiling
    a pattern of the words found, was most of `explain`'s time (`python -m benchmarks.explain`)."""
    return frozenset(
        name for (name, anywhere), at in hits(_index(), text) if anywhere or _starts_word(text, at)
    )


def _found(name: str, text: str) -> bool:
    """Whether the concept `name` has a word in `text`."""
    return name in _present(text)


@functools.cache
def _raw() -> dict[str, Any]:
    text = datafile.read_text("paste_lexicon.json")
    raw: dict[str, Any] = json.loads(text)
    return raw


@functools.cache
def _rules() -> tuple[_Rule, ...]:
    known = _literals()

    def names(rule: dict[str, Any], key: str) -> tuple[str, ...]:
        listed = tuple(rule.get(key, ()))
        for name in listed:
            if name not in known:
                raise KeyError(f"paste_lexicon.json: a rule names no concept {name!r}")
        return listed

    return tuple(
        _Rule(
            Code(rule["code"]),
            names(rule, "all"),
            bool(rule.get("generic", False)),
            frozenset(Code(c) for c in rule.get("refines", ())),
            names(rule, "unless"),
            names(rule, "needs"),
            names(rule, "except"),
            tuple(sorted((str(k), str(v)) for k, v in rule.get("facts", {}).items())),
        )
        for rule in _raw()["rules"]
    )


def mentions(folded: str, concept: str) -> bool:
    """Whether `folded` (text.fold) has a word of the lexicon's `concept` ("signing")."""
    return _found(concept, f" {folded} ")


# A setting's value printed beside the error is no event: PHPMailer's debug line "opening to
# smtp.example.com:25, timeout=10", Jakarta Mail's "Couldn't connect to host, port: …, 465;
# timeout -1" or "; timeout 5000" (the connect timeout it was given) say nothing timed out. Nor
# does a certificate dialog's date field ("Expire date: Mar  1 00:00:00 2023 GMT", "Expiration
# le: ...", "Not After : ..."): the end of its validity, not that it expired. Nor a list of the
# server's login mechanisms ("remote server wants: AUTH PLAIN LOGIN", EHLO's "AUTH=PLAIN LOGIN",
# RFC 4954 §3): their names, not plain-text words. Nor a c-client mailbox name, as PHP's
# imap_open() prints it ("{imap.example.com:993/imap/ssl/novalidate-cert}INBOX"): its flags are
# the settings tried, not that TLS or a certificate failed. Nor a stack trace's frame, Node's
# "at SMTPConnection._formatError (/app/node_modules/nodemailer/...:798:19)" or Java's "at
# com.sun.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:2209)": a function's name and
# file, whose words ("Connection", "Auth") are code, not what happened.
_NO_EVENT = re.compile(
    # A JSON key is a field's name, not what happened: '{"recipient":"Alice", ...}' (folded
    # quotes are "'").
    r"'[a-z_]{1,40}'\s?:|"
    r"\bat (?:async )?[\w$.<>\[\] ]{1,200}? \([^()\n]{0,300}:\d+:\d+\)|"
    r"\bat [\w$.<>]{1,200}\([\w$.-]{1,100}:\d+\)|"
    r"\{[^{}\s]{1,200}/(?:imap|pop3|nntp|ssl|tls|notls|novalidate-cert)[^{}\s]{0,200}\}|"
    r"\btime-?out(?:\s?=\s?-?\d+|\s?-\d+)|;\s?timeout\s\d+|"
    r"\bauth[ =](?:(?:plain|login|cram-md5|digest-md5|xoauth2|oauthbearer|ntlm|gssapi|"
    r"scram-sha-\d+(?:-plus)?)\b[ ,]?){1,8}|"
    r"\b(?:expire|expiry|expiration|valid(?:ity)? (?:until|to|from)|not (?:before|after)|issued)"
    r"(?: date| le| on)?\s?:\s?[^\n]{0,40}?\b(?:19|20)\d\d\b"
)


def _words_of(text: str) -> frozenset[str]:
    return _present(f" {_NO_EVENT.sub(' ', text)} ")


def search_lexicon(folded: str) -> Iterator[LexiconMatch]:
    """Causes named by the sentences of `folded` (text.fold): specific ones in sentence order,
    then the generic ones."""
    later: list[LexiconMatch] = []
    whole = _words_of(folded)  # "unless" and "needs" concepts: anywhere in the text
    for sentence in _SENTENCE.split(folded):
        held = _words_of(sentence.strip())
        for rule in _rules():
            if all(name in held for name in rule.concepts):
                if any(name in whole for name in rule.unless):
                    break  # the text is about something else (a signature, not a server)
                if any(name in held for name in rule.exclude):
                    break  # the sentence is (a password change refused, not a login)
                if rule.needs and not any(name in whole for name in rule.needs):
                    continue  # a rule for mail texts, in a text that never speaks of mail
                found = LexiconMatch(
                    code=rule.code,
                    sentence=sentence.strip(),
                    concepts=rule.concepts,
                    refines=rule.refines,
                    generic=rule.generic,
                    facts=rule.facts,
                )
                if rule.generic:
                    later.append(found)
                else:
                    yield found
                break
    yield from later
