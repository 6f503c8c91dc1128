"""The held-out sets of benchmarks/explain.py are well formed: known codes, nine languages, cited.

Only their shape: what `explain` makes of them is measured by the benchmark alone (running it
here would read the texts before the integrator does; see tools/extract_fresh_texts.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diagnostics.findings.codes import Code

DATA = Path(__file__).parent.parent / "benchmarks" / "data"
SETS = sorted(DATA.glob("*_texts.json"))
LANGUAGES = {"en", "de", "fr", "es", "it", "nl", "pt-BR", "pl", "ja"}


def load(path: Path) -> list[dict[str, object]]:
    data = json.loads(path.read_text("utf-8"))
    assert set(data) == {"about", "entries"}
    entries: list[dict[str, object]] = data["entries"]
    return entries


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_entries_are_well_formed(path: Path) -> None:
    """Each entry: a unique id, an existing Code or null, texts in the nine, each one cited."""
    entries = load(path)
    assert entries
    ids = [entry["id"] for entry in entries]
    assert len(ids) == len(set(ids))
    for entry in entries:
        assert set(entry) <= {"id", "app", "code", "texts", "sources", "why"}, entry["id"]
        assert entry["code"] is None or entry["code"] in Code.__members__, entry["id"]
        texts, sources = entry["texts"], entry["sources"]
        assert isinstance(texts, dict) and isinstance(sources, dict)
        assert texts and set(texts) <= LANGUAGES and "en" in texts, entry["id"]
        assert set(sources) == set(texts), entry["id"]
        assert all(isinstance(t, str) and t.strip() for t in texts.values()), entry["id"]
        # repository@commit:path — the extraction is reproducible from the mirrors.
        assert all("@" in s and ":" in s for s in sources.values()), entry["id"]


def test_no_app_is_in_two_sets() -> None:
    """A held-out set's apps appear in no other set: each measures apps nothing else used."""
    seen: dict[str, str] = {}
    for path in SETS:
        for app in {str(entry["app"]) for entry in load(path)}:
            assert app not in seen, f"{app} is in {seen.get(app)} and {path.name}"
            seen[app] = path.name


@pytest.mark.parametrize(
    "name",
    [
        "seventh_texts.json",
        "eighth_texts.json",
        "ninth_texts.json",
        "tenth_texts.json",
        "eleventh_texts.json",
        "twelfth_texts.json",
        "thirteenth_texts.json",
        "fourteenth_texts.json",
        "fifteenth_texts.json",
        "sixteenth_texts.json",
        "seventeenth_texts.json",
        "eighteenth_texts.json",
        "nineteenth_texts.json",
    ],
)
def test_newest_sets_are_one_third_no_settings_problem(name: str) -> None:
    """From the seventh set on: two apps, and at least a third of the texts no settings problem."""
    entries = load(DATA / name)
    total = sum(len(entry["texts"]) for entry in entries)
    null = sum(len(e["texts"]) for e in entries if e["code"] is None)
    assert null * 3 >= total
    assert len({entry["app"] for entry in entries}) == 2


FORUM = DATA / "forum_pastes.json"
FORUM_LANGUAGES = LANGUAGES | {"other"}


def test_forum_pastes_are_well_formed() -> None:
    """The real pastes: one text each, a language, an existing Code or null, a public source."""
    entries = load(FORUM)
    ids = [entry["id"] for entry in entries]
    assert entries and len(ids) == len(set(ids))
    for entry in entries:
        assert set(entry) <= {"id", "app", "language", "code", "text", "source", "why"}, entry["id"]
        assert entry["code"] is None or entry["code"] in Code.__members__, entry["id"]
        assert entry["language"] in FORUM_LANGUAGES, entry["id"]
        assert isinstance(entry["text"], str) and entry["text"].strip(), entry["id"]
        assert str(entry["source"]).startswith(("https://", "http://")), entry["id"]
