"""The message catalogs (issue 13): complete translations, the same placeholders as English, the
plural forms each language has, language selection, and every language within Discord's limits.

The translation checks read the translators' catalogs (diagnostics/locale/<ll>/LC_MESSAGES/
mailmedic.po) that exist; `test_all_nine_languages_exist` fails until all are merged.
"""

from __future__ import annotations

import asyncio
import os
import string
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from diagnostics import i18n
from diagnostics.findings import catalog
from diagnostics.findings.codes import Code, severity_of
from diagnostics.i18n import LANGUAGES, from_discord, from_environment, messages, normalize
from diagnostics.model import Endpoint, Finding, Protocol, Report, Security
from diagnostics.options import Options
from diagnostics.report import markdown_summary, render_json, render_markdown, render_text
from diagnostics.runner import check
from diagnostics.translate import in_language
from tests.fixtures.reports import REPORTS
from tests.lab import Lab

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "diagnostics" / "locale"
OTHERS = [lang for lang in LANGUAGES if lang != "en"]


def _read(path: Path, lang: str | None = None) -> Catalog:
    with path.open("rb") as f:
        return read_po(f, locale=lang)


TEMPLATE = _read(LOCALE / "mailmedic.pot")
KEYS = {m.context: m for m in TEMPLATE if m.id}


def _po(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / "mailmedic.po"


MERGED = [lang for lang in OTHERS if _po(lang).is_file()]
# The catalogs whose messages are checked: the merged ones, and the tests' stand-ins.
STAND_INS = ROOT / "tests" / "fixtures" / "locale"
CHECKED = [(lang, _po(lang)) for lang in MERGED] + [
    (p.parent.parent.name, p) for p in sorted(STAND_INS.glob("*/LC_MESSAGES/mailmedic.po"))
]


def _names(text: str) -> list[str]:
    return sorted(n for _, n, _, _ in string.Formatter().parse(text) if n is not None)


def _strings(message: object) -> tuple[str, ...]:
    value = message.string  # type: ignore[attr-defined]
    return (value,) if isinstance(value, str) else tuple(value)


def test_all_nine_languages_exist() -> None:
    """English and the eight translations are all in the package (fails until merged)."""
    assert [lang for lang in OTHERS if not _po(lang).is_file()] == []


@pytest.mark.parametrize("lang", MERGED or ["(none merged yet)"])
def test_every_key_translated(lang: str) -> None:
    """Every message of the English template is in the language's catalog, translated, not
    fuzzy, with no message the template does not have (a stale key)."""
    if lang not in MERGED:
        assert MERGED == []  # nothing to check yet: test_all_nine_languages_exist says so
        return
    po = _read(_po(lang), lang)
    have = {m.context: m for m in po if m.id}
    missing = sorted(set(KEYS) - set(have))
    untranslated = sorted(k for k, m in have.items() if k in KEYS and not all(_strings(m)))
    fuzzy = sorted(k for k, m in have.items() if m.fuzzy)
    stale = sorted(set(have) - set(KEYS))
    assert (missing, untranslated, fuzzy, stale) == ([], [], [], [])
    changed = sorted(k for k, m in have.items() if k in KEYS and m.id != KEYS[k].id)
    assert changed == [], "msgid differs from the template: run pybabel update"


@pytest.mark.parametrize(("lang", "path"), CHECKED, ids=[f"{lang}:{p}" for lang, p in CHECKED])
def test_placeholders_and_paragraphs_as_in_english(lang: str, path: Path) -> None:
    """Each translation has exactly the English placeholders, and a leading line break (a new
    paragraph) where the English has one."""
    wrong = []
    for message in _read(path, lang):
        if not message.id or message.context not in KEYS:
            continue
        english = message.id if isinstance(message.id, str) else message.id[-1]
        for text in _strings(message):
            if not text:
                continue
            if _names(text) != _names(english):
                wrong.append((message.context, _names(english), _names(text)))
            if text.startswith("\n") != english.startswith("\n"):
                wrong.append((message.context, "leading line break", text[:20]))
    assert wrong == []


@pytest.mark.parametrize(("lang", "path"), CHECKED, ids=[f"{lang}:{p}" for lang, p in CHECKED])
def test_plural_forms_as_cldr_has_them(lang: str, path: Path) -> None:
    """The catalog's plural rule has as many forms as CLDR gives the language (Babel), and
    every plural message has them all."""
    po = _read(path, lang)
    expected = get_plural(lang).num_plurals
    assert po.num_plurals == expected
    for message in po:
        if message.context in KEYS and isinstance(message.id, tuple | list):
            forms = _strings(message)
            assert len(forms) == expected and (all(forms) or not any(forms)), message.context


def test_template_compiles_and_has_a_shape_per_code() -> None:
    """The English catalog compiles; every code has a title, an explanation and a fix part."""
    m = messages("en")
    for code in Code:
        for field in ("title", "explanation", "fix"):
            assert m.shape(f"{code.value}.{field}"), (code, field)
    plurals = [k for k, msg in KEYS.items() if isinstance(msg.id, tuple | list)]
    assert {"word.days", "word.seconds", "word.minutes", "ui.more"} <= set(plurals)


@pytest.mark.parametrize(
    ("tag", "lang"),
    [
        ("de_DE.UTF-8", "de"),
        ("de", "de"),
        ("pt_BR", "pt_BR"),
        ("pt-BR", "pt_BR"),
        ("pt", "pt_BR"),
        ("pt_PT.UTF-8", "pt_BR"),
        ("es-ES", "es"),
        ("ja_JP.UTF-8", "ja"),
        ("fr_CA@euro", "fr"),
        ("C", "en"),
        ("POSIX", "en"),
        ("ko_KR.UTF-8", "en"),
        ("", "en"),
        (None, "en"),
        ("en_GB", "en"),
    ],
)
def test_normalize(tag: str | None, lang: str) -> None:
    """Locale names and language tags map to our nine languages, anything else to English."""
    assert normalize(tag) == lang


def test_environment_order() -> None:
    """LC_ALL wins over LC_MESSAGES, which wins over LANG; nothing set is English."""
    assert from_environment({"LANG": "de_DE.UTF-8"}) == "de"
    assert from_environment({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "ja_JP.UTF-8"}) == "ja"
    assert from_environment({"LC_ALL": "pl_PL", "LC_MESSAGES": "ja_JP", "LANG": "de"}) == "pl"
    assert from_environment({}) == "en"


def test_discord_locales() -> None:
    """Discord's locale values: ours map to our languages, English variants to English, the
    rest to None (then the server's language)."""
    assert [from_discord(v) for v in ("de", "fr", "es-ES", "it", "nl", "pt-BR", "pl", "ja")] == [
        "de",
        "fr",
        "es",
        "it",
        "nl",
        "pt_BR",
        "pl",
        "ja",
    ]
    assert from_discord("en-US") == "en" and from_discord("en-GB") == "en"
    assert from_discord("ko") is None and from_discord("es-419") == "es"


def test_missing_message_and_language_fall_back_to_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A catalog (here through MAILMEDIC_LOCALE_DIR) with one French message: that message is
    French, every other one English, a language without a catalog all English; English itself
    always comes from the package."""
    from babel.messages.pofile import write_po

    po = Catalog(locale="fr", domain="mailmedic")
    english = KEYS["CERT_EXPIRED.title.1.1"].id
    po.add(english, "Le certificat du serveur a expiré", context="CERT_EXPIRED.title.1.1")
    path = tmp_path / "fr" / "LC_MESSAGES" / "mailmedic.po"
    path.parent.mkdir(parents=True)
    with path.open("wb") as f:
        write_po(f, po)
    monkeypatch.setenv("MAILMEDIC_LOCALE_DIR", str(tmp_path))
    messages.cache_clear()
    try:
        finding = Finding(code=Code.CERT_EXPIRED, severity=severity_of(Code.CERT_EXPIRED))
        french = catalog.describe(finding, "fr")
        assert french.title == "Le certificat du serveur a expiré"
        assert french.fix == catalog.describe(finding, "en").fix
        assert i18n.locale_dir("en") == i18n.LOCALE_DIR
        assert i18n.locale_dir("it") == i18n.LOCALE_DIR  # not in the override
    finally:
        messages.cache_clear()


def test_messages_are_cached_and_lazy() -> None:
    """One Messages per language, built on first use; importing the catalog module loads none."""
    code = (
        "import sys, diagnostics.findings.catalog, diagnostics.report; "
        "print('diagnostics.locale_build' in sys.modules, "
        "diagnostics.i18n.messages.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.split() == ["False", "0"]
    assert messages("de") is messages("de")


def test_german_report_from_stand_in_or_merged_catalog() -> None:
    """A report rendered in German carries the German words where the catalog has them, and the
    JSON keeps codes and facts and says its language."""
    report = in_language(REPORTS["cert_expired"](), "de")
    assert report.lang == "de"
    text = render_text(report)
    assert messages("de").text("ui.report.fix") in text
    data = render_json(report)
    assert '"lang": "de"' in data and '"code": "CERT_EXPIRED"' in data


# --- Every language within Discord's limits, for every finding the lab gives ----------------------


async def _lab_reports(lab: Lab) -> list[Report]:
    options = Options(dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=6.0)
    users = [
        Endpoint(protocol=p, host=lab.host(s), port=port, security=sec, username="jane")
        for s in lab.addresses
        for p, port, sec in ((Protocol.IMAP, 993, Security.TLS), (Protocol.IMAP, 143, Security.TLS))
    ]
    gate = asyncio.Semaphore(8)

    async def one(user: Endpoint) -> Report:
        async with gate:
            return await check(user, options)

    return list(await asyncio.gather(*(one(u) for u in users)))


async def test_every_language_fits_discord(lab: Lab) -> None:
    """Every lab report, in every language: the embed within Discord's limits (the stand-in's
    checks), each chunk at most 2000 characters, the summary at most 4096."""
    from bot.render import embed_size, result_embed
    from tests.bot.standin import limit_violations

    reports = await _lab_reports(lab)
    assert len({f.code for r in reports for f in r.findings}) >= 8
    for lang in LANGUAGES:
        for report in reports:
            embed = result_embed(report, lang)
            assert limit_violations({"embeds": [embed.to_dict()]}) == [], (lang, report.target)
            assert embed_size(embed) <= 6000
            assert all(len(c) <= 2000 for c in render_markdown(in_language(report, lang)))
            assert len(markdown_summary(in_language(report, lang))) <= 4096


# --- The command line ---------------------------------------------------------------------------


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANG"}
    return subprocess.run(
        [sys.executable, "-m", "diagnostics", *args],
        capture_output=True,
        text=True,
        env={**base, **(env or {})},
        cwd=ROOT,
        timeout=60,
    )


PASTE = "-ERR [AUTH] Authentication failed."


def test_cli_lang_de() -> None:
    """`--lang de`: the report's fixed words are German; before or after the command."""
    for args in (("--lang", "de", "explain", PASTE), ("explain", "--lang", "de", PASTE)):
        out = _cli(*args)
        assert out.returncode in (0, 1), out.stderr
        assert messages("de").text("ui.report.fix") in out.stdout, out.stdout


def test_cli_follows_lang() -> None:
    """LANG=ja_JP.UTF-8 without --lang: Japanese; --lang wins over LANG; JSON says "lang"."""
    out = _cli("explain", PASTE, env={"LANG": "ja_JP.UTF-8"})
    assert messages("ja").text("ui.report.fix") in out.stdout, out.stdout
    out = _cli("explain", "--lang", "en", PASTE, env={"LANG": "ja_JP.UTF-8"})
    assert "Fix:" in out.stdout
    out = _cli("explain", "--json", PASTE, env={"LC_ALL": "de_DE.UTF-8"})
    assert '"lang": "de"' in out.stdout and '"code": "AUTH_FAILED"' in out.stdout


def test_cli_unknown_lang_is_bad_input() -> None:
    """`--lang xx`: one line naming the languages, exit 2; an unknown LANG is just English."""
    out = _cli("--lang", "xx", "explain", PASTE)
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "pt_BR" in out.stderr
    out = _cli("explain", PASTE, env={"LANG": "ko_KR.UTF-8"})
    assert "Fix:" in out.stdout


def test_bad_input_is_said_in_the_readers_language() -> None:
    """Validation errors keep their English message and say it in another language on request
    (English where the catalog has no translation)."""
    from diagnostics.policy import InvalidTarget, validate_port

    with pytest.raises(InvalidTarget) as caught:
        validate_port("x")
    assert str(caught.value) == "port 'x' is not a number"
    for lang in LANGUAGES:
        expected = messages(lang).text("ui.error.port_nan").format(value="'x'")
        assert caught.value.text(lang) == expected
    assert InvalidTarget("plain words").text("de") == "plain words"


def test_sentences_joined_as_the_language_writes_them() -> None:
    """English sentences take one space; Japanese none after 。！？, but still one after a
    sentence left in English."""
    assert i18n.sentences("en", "One.", "", "Two.") == "One. Two."
    assert i18n.sentences("ja", "一。", "二！", "三？", "四。") == "一。二！三？四。"
    assert i18n.sentences("ja", "Port 993.", "二。") == "Port 993. 二。"


def test_japanese_parts_and_verdicts_have_no_space_between_sentences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A finding's parts and a verdict with its tail, in Japanese, follow each other without an
    ASCII space; the same texts in English keep theirs."""
    from babel.messages.pofile import write_po

    po = Catalog(locale="ja", domain="mailmedic")
    translated = {
        "AUTH_FAILED.explanation.1.3": "サーバーはログインを拒否しました。",
        "AUTH_FAILED.explanation.2.1": "パスワードを確認してください。",
        "AUTH_FAILED.explanation.3.1": "\nサーバーの返答: {reply}",
        "verdict.check.fail": "設定が機能しません。",
        "verdict.use.port.tls": "ポート{port}で{security}を使ってください。",
    }
    for key, text in translated.items():
        po.add(KEYS[key].id, text, context=key)
    path = tmp_path / "ja" / "LC_MESSAGES" / "mailmedic.po"
    path.parent.mkdir(parents=True)
    with path.open("wb") as f:
        write_po(f, po)
    monkeypatch.setenv("MAILMEDIC_LOCALE_DIR", str(tmp_path))
    messages.cache_clear()
    try:
        finding = Finding(
            code=Code.AUTH_FAILED, severity=severity_of(Code.AUTH_FAILED), facts={"reply": "NO"}
        )
        japanese = catalog.describe(finding, "ja").explanation
        assert japanese.startswith(
            "サーバーはログインを拒否しました。パスワードを確認してください。"
        )
        assert "。 " not in japanese
        assert ". " in catalog.describe(finding, "en").explanation
        user = Endpoint(
            protocol=Protocol.IMAP, host="mail.example", port=143, security=Security.TLS
        )
        other = Endpoint(
            protocol=Protocol.IMAP, host="mail.example", port=993, security=Security.TLS
        )
        verdict = catalog.summarize_check(
            user=user, user_works=False, top=None, alternative=other, lang="ja"
        )
        assert verdict == "設定が機能しません。ポート993でSSL/TLSを使ってください。"
    finally:
        messages.cache_clear()
