"""Loading the regular-expression text files (server_texts.json's shape) that are not auth's."""

from __future__ import annotations

from diagnostics.findings.auth import TextEntry, load_text_entries

__all__ = ["bounce_entries", "load_text_entries"]


def bounce_entries() -> tuple[TextEntry, ...]:
    """What receiving servers say about a message (bounce_texts.json), in matching order."""
    return load_text_entries("bounce_texts.json")
