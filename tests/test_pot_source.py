"""The shipped message template is exactly what its English sources say (tools/finding_texts.py
and the tables of tools/catalog_to_pot.py): a text changed there and not regenerated with
`python -m tools.catalog_to_pot`, or edited in the .pot alone, fails here."""

from __future__ import annotations

from importlib import resources

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from tools import catalog_to_pot, finding_texts


def _messages(catalog: Catalog) -> dict[str, tuple[object, str, tuple[str, ...]]]:
    """Each message by its context: its text(s), the notes for translators (as words: the file
    wraps them into lines) and its flags."""
    return {
        str(m.context): (m.id, " ".join(" ".join(m.auto_comments).split()), tuple(sorted(m.flags)))
        for m in catalog
        if m.id
    }


def test_the_pot_is_generated_from_its_sources() -> None:
    """Every message of mailmedic.pot, with its placeholders' notes, is the one the sources
    generate, and none is missing or extra."""
    shipped = resources.files("diagnostics") / "locale" / "mailmedic.pot"
    with shipped.open("rb") as file:
        pot = read_po(file)
    generated = catalog_to_pot.build(catalog_to_pot.all_messages(finding_texts))
    have, want = _messages(pot), _messages(generated)
    assert sorted(have.keys() - want.keys()) == []  # in the .pot only: edited by hand
    assert sorted(want.keys() - have.keys()) == []  # in the sources only: not regenerated
    changed = sorted(k for k in want if have[k] != want[k])
    assert changed == []
