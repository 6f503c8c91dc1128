"""Loading the regular-expression text files (server_texts.json's shape) that are not auth's."""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

from diagnostics.findings.auth import TextEntry
from diagnostics.findings.codes import Code

__all__ = ["bounce_entries", "load_text_entries"]


def _entry(raw: dict[str, Any]) -> TextEntry:
    return TextEntry(
        id=str(raw["id"]),
        code=Code(raw["code"]),
        patterns=tuple(re.compile(p, re.IGNORECASE | re.MULTILINE) for p in raw["patterns"]),
        examples=tuple(raw["examples"]),
        source=str(raw["source"]),
        provider=str(raw.get("provider", "")),
        protocols=tuple(raw.get("protocols", ())),
        hosts=tuple(h.lower() for h in raw.get("hosts", ())),
        facts=tuple(sorted(raw.get("facts", {}).items())),
    )


@functools.cache
def load_text_entries(name: str) -> tuple[TextEntry, ...]:
    raw = resources.files("diagnostics").joinpath("data", name).read_text("utf-8")
    return tuple(_entry(item) for item in json.loads(raw)["entries"])


def bounce_entries() -> tuple[TextEntry, ...]:
    """What receiving servers say about a message (bounce_texts.json), in matching order."""
    return load_text_entries("bounce_texts.json")
