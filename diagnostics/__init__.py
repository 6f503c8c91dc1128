"""mailmedic's diagnostic library: find mail servers, test them as a mail app would, explain.

Public API (design.md): `diagnose()`, `check()` and `explain()`, with
`Options` and the value objects of `diagnostics.model`. Imported lazily so that `import
diagnostics` stays cheap for the command line; nothing here imports discord.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from diagnostics.diagnosis import diagnose
    from diagnostics.explanation import explain
    from diagnostics.options import Options
    from diagnostics.runner import check

__all__ = ["Options", "check", "diagnose", "explain"]

_HOMES = {
    "Options": "diagnostics.options",
    "check": "diagnostics.runner",
    "diagnose": "diagnostics.diagnosis",
    "explain": "diagnostics.explanation",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'diagnostics' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(home), name)
