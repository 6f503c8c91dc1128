"""Languages: which one a person reads, and its messages (issue 13).

Every sentence mailmedic shows lives in gettext message catalogs under `diagnostics/locale/`:
the English template `mailmedic.pot` (the source of truth, committed) and one
`<ll>/LC_MESSAGES/mailmedic.po` per language. Each message has a stable key (msgctxt) and the
English text as msgid; README.md ("Translations") describes the key scheme.

Why gettext and these tools: at run time only the standard library's `gettext` reads the compiled
`.mo` files (a hash-table file read in one go: no parser, no dependency, nothing for start-up to
pay, which issue 16 measures); Babel extracts, updates and compiles them and knows CLDR's plural
rules; translators work in the standard tools (Poedit, Weblate) on standard `.po` files, where
msgctxt gives each finding code and field a message of its own even when two English texts are
equal. The `.mo` files are never committed: the wheel/sdist build compiles them (setup.py), and
`.ci/setup` does for a source tree; a source tree with Babel installed compiles a missing or
stale one on first use (`_compiled`). The installed package never needs Babel.

English is a compiled catalog too (`en`, msgstr = msgid, made from the template): its keys are the
catalog's shape (which parts and alternatives a field has) and its texts the fallback of every
other language. A language or message missing falls back to English.

Loading is lazy (only when a text is rendered) and cached per language; a `Messages` is immutable
and passed explicitly, so concurrent diagnoses in different languages never share state.

MAILMEDIC_LOCALE_DIR names another directory of `<ll>/LC_MESSAGES/mailmedic.po|.mo`, used for
the languages it has (never English) (a translator previews their work; the tests use stand-in
catalogs until the translations are merged); English always comes from the package.
"""

from __future__ import annotations

import functools
import gettext
import io
import os
import re
from collections.abc import Mapping
from pathlib import Path

__all__ = [
    "DEFAULT",
    "LANGUAGES",
    "Messages",
    "from_discord",
    "from_environment",
    "messages",
    "normalize",
    "sentences",
]

DOMAIN = "mailmedic"
DEFAULT = "en"
# English first; the others as their directories under locale/ are named (POSIX locale names).
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt_BR", "pl", "ja")
LOCALE_DIR = Path(__file__).resolve().with_name("locale")
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"

# A language tag as locales and browsers spell it: "de", "de_DE.UTF-8", "pt-BR", "es-ES@euro".
_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z0-9]{2,8}))?(?:[.@].*)?$")
# Languages with one catalog for all regions; Portuguese means Brazil's (the only one we have).
_REGION_DEFAULT = {"pt": "pt_BR"}


def normalize(tag: str | None) -> str:
    """A locale name or language tag to one of `LANGUAGES` (`de_DE.UTF-8` → de, `pt` → pt_BR,
    `es-ES` → es); anything else, `C` and `POSIX` included, to English."""
    match = _TAG.match((tag or "").strip())
    if match is None:
        return DEFAULT
    lang, region = match.group(1).lower(), (match.group(2) or "").upper()
    if f"{lang}_{region}" in LANGUAGES:
        return f"{lang}_{region}"
    if lang in LANGUAGES:
        return lang
    return _REGION_DEFAULT.get(lang, DEFAULT)


# Languages written without a space between sentences: Japanese ends one with 。, ！ or ？ and
# starts the next at once (JIS X 4051, the Japanese text layout rules; W3C "Requirements for
# Japanese Text Layout" §3.1). Everything else puts one ASCII space between sentences.
_UNSPACED = frozenset({"ja"})
_FULL_WIDTH_ENDS = ("。", "！", "？")


def sentence_gap(lang: str) -> str:
    """What goes before a sentence appended inside a template ("{chosen_text}"): a space, or
    nothing in a language without spaces between sentences."""
    return "" if lang in _UNSPACED else " "


def sentences(lang: str | Messages, *parts: str) -> str:
    """Sentences (or a sentence and a label) joined as the language writes them: one space, none
    after 。！？ in Japanese. Empty parts are left out."""
    name = lang.lang if isinstance(lang, Messages) else normalize(lang)
    out = ""
    for part in parts:
        if not part:
            continue
        if out and not (name in _UNSPACED and out.endswith(_FULL_WIDTH_ENDS)):
            out += " "
        out += part
    return out


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language of the POSIX locale: the first of LC_ALL, LC_MESSAGES, LANG that is set
    (the order of precedence POSIX gives them)."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            return normalize(value)
    return DEFAULT


def from_discord(locale: object) -> str | None:
    """The language of a `discord.Locale` (its value: `de`, `es-ES`, `pt-BR`, `en-US`, ...), or
    None for one we do not speak (the caller then uses the guild's default, then English)."""
    value = str(getattr(locale, "value", locale) or "")
    lang = normalize(value)
    if lang == DEFAULT and not value.lower().startswith("en"):
        return None
    return lang


def locale_dir(lang: str) -> Path:
    """Where the catalog of `lang` is: the package's, or MAILMEDIC_LOCALE_DIR's but for English."""
    override = os.environ.get("MAILMEDIC_LOCALE_DIR")
    if override and lang != DEFAULT and (Path(override) / lang).is_dir():
        return Path(override)
    return LOCALE_DIR


def _compiled(lang: str) -> bytes | None:
    """The `.mo` of a language: the built file, or compiled now from its source where the source is
    newer (a source tree; needs Babel), or None when neither exists."""
    mo = locale_dir(lang) / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
    source = TEMPLATE if lang == DEFAULT else mo.with_suffix(".po")
    fresh = mo.is_file() and (not source.is_file() or mo.stat().st_mtime >= source.stat().st_mtime)
    if fresh:
        return mo.read_bytes()
    if not source.is_file():
        return None
    try:
        from diagnostics.locale_build import compile_catalog  # needs Babel: source trees only
    except ImportError:
        if mo.is_file():  # stale but usable
            return mo.read_bytes()
        import logging  # only here: importing logging costs start-up time

        logging.getLogger(__name__).warning("no compiled catalog for %s and no Babel", lang)
        return None
    data = compile_catalog(source, lang)
    try:
        mo.parent.mkdir(parents=True, exist_ok=True)
        tmp = mo.with_suffix(f".tmp{os.getpid()}")
        tmp.write_bytes(data)
        tmp.replace(mo)
    except OSError:  # a read-only tree: use it from memory
        pass
    return data


class Messages:
    """The messages of one language, with English behind every one that is missing."""

    __slots__ = ("_english", "_plurals", "_shapes", "_translation", "lang")

    def __init__(
        self,
        lang: str,
        english: Mapping[str, str],
        plurals: Mapping[str, tuple[str, str]],
        translation: gettext.NullTranslations,
    ) -> None:
        self.lang = lang
        self._english = english
        self._plurals = plurals
        self._translation = translation
        self._shapes: dict[str, tuple[tuple[str, ...], ...]] = {}

    def __repr__(self) -> str:
        return f"Messages({self.lang!r})"

    def has(self, key: str) -> bool:
        return key in self._english or key in self._plurals

    def english(self, key: str) -> str:
        """The English message of `key` (KeyError for a key the catalog does not have)."""
        return self._english[key]

    def all_keys(self) -> frozenset[str]:
        """Every key of the catalog, singular and plural."""
        return frozenset(self._english) | frozenset(self._plurals)

    def text(self, key: str) -> str:
        """The message of `key` in this language (English where it is not translated)."""
        english = self._english[key]
        return self._translation.pgettext(key, english)

    def plural(self, key: str, n: int) -> str:
        """The plural message of `key` for the count `n`, by the language's plural rule."""
        singular, plural = self._plurals[key]
        return self._translation.npgettext(key, singular, plural, n)

    def shape(self, prefix: str) -> tuple[tuple[str, ...], ...]:
        """The keys of a field, `prefix` = "CODE.field": one tuple of alternatives per part, in
        order. Read from the English catalog's keys, so the catalog alone decides the shape."""
        if not self._shapes:
            self._shapes.update(_shapes(self._english))
        return self._shapes.get(prefix, ())


def _shapes(keys: Mapping[str, str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every "prefix.P.A" key grouped: prefix → parts (in order) → alternatives (in order)."""
    found: dict[str, dict[int, dict[int, str]]] = {}
    for key in keys:
        prefix, _, tail = key.rpartition(".")
        prefix, _, part = prefix.rpartition(".")
        if part.isdigit() and tail.isdigit() and prefix:
            found.setdefault(prefix, {}).setdefault(int(part), {})[int(tail)] = key
    return {
        prefix: tuple(tuple(alts[a] for a in sorted(alts)) for _, alts in sorted(parts.items()))
        for prefix, parts in found.items()
    }


def _tables(
    translation: gettext.GNUTranslations,
) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """Key → English text, and key → (singular, plural), from the English catalog."""
    singular: dict[str, str] = {}
    plural: dict[str, list[str]] = {}
    # GNUTranslations keeps "context\x04msgid" → msgstr, and (that, i) for plural forms: the one
    # documented layout of a .mo file (gettext manual, "MO Files"), which the stdlib exposes as
    # `_catalog`; reading it is what lets the keys alone carry the catalog's shape.
    catalog: Mapping[str | tuple[str, int], str] = translation._catalog  # type: ignore[attr-defined]
    for raw, text in catalog.items():
        if isinstance(raw, tuple):
            name, index = raw
            if "\x04" in name:
                forms = plural.setdefault(name.split("\x04", 1)[0], ["", ""])
                if index < 2:
                    forms[index] = text
        elif "\x04" in raw:
            singular[raw.split("\x04", 1)[0]] = text
    return singular, {k: (v[0], v[1]) for k, v in plural.items()}


@functools.cache
def _english() -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    data = _compiled(DEFAULT)
    if data is None:
        raise RuntimeError(
            "mailmedic's English message catalog is missing: build the package "
            "(pip install .) or run .ci/setup"
        )
    return _tables(gettext.GNUTranslations(io.BytesIO(data)))


@functools.cache
def messages(lang: str = DEFAULT) -> Messages:
    """The messages of a language (a name from `LANGUAGES`, or anything `normalize` takes)."""
    lang = normalize(lang)
    english, plurals = _english()
    translation: gettext.NullTranslations = gettext.NullTranslations()
    if lang != DEFAULT:
        data = _compiled(lang)
        if data is not None:
            translation = gettext.GNUTranslations(io.BytesIO(data))
    return Messages(lang, english, plurals, translation)
