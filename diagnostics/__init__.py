"""mailmedic's diagnostic library: find mail servers, test them as a mail app would, explain.

Public API (design.md): `check()` (and, as they land, `diagnose()` and `explain()`), with
`Options` and the value objects of `diagnostics.model`. Imported lazily so that `import
diagnostics` stays cheap for the command line; nothing here imports discord.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from diagnostics.runner import Options, check

__all__ = ["Options", "check"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from diagnostics import runner

        return getattr(runner, name)
    raise AttributeError(f"module 'diagnostics' has no attribute {name!r}")
