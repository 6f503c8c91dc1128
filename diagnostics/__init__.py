"""mailmedic's diagnostic library: find mail servers, test them as a mail app would, explain.

Public API (design.md): `diagnose()`, `check()` and `explain()`, with
`Options` and the value objects of `diagnostics.model`. Imported lazily so that `import
diagnostics` stays cheap for the command line; nothing here imports discord.
"""

from __future__ import annotations

from diagnostics.lazy import lazy_attributes

TYPE_CHECKING = False  # not `typing`: `mailmedic --help` would pay for it (mypy reads it as true)
if TYPE_CHECKING:
    from diagnostics.diagnosis import diagnose
    from diagnostics.explanation import explain
    from diagnostics.options import Options
    from diagnostics.runner import check

__all__ = ["Options", "check", "diagnose", "explain"]

# The one place of the version: pyproject.toml reads it (dynamic), so the installed metadata
# says the same, and `mailmedic --version` prints it without importlib.metadata's 20 ms.
__version__ = "0.1.0"

_HOMES = {
    "Options": "diagnostics.options",
    "check": "diagnostics.runner",
    "diagnose": "diagnostics.diagnosis",
    "explain": "diagnostics.explanation",
}
__getattr__ = lazy_attributes(__name__, _HOMES)
