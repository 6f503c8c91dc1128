"""A package's public names imported from their modules when first asked for (PEP 562), so that
importing the package costs nothing the command line does not use (issue 16: start-up)."""

from __future__ import annotations

TYPE_CHECKING = False  # not `typing`: `mailmedic --help` would pay for it
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Any

__all__ = ["lazy_attributes"]


def lazy_attributes(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` for `package`: each name of `homes` from its module."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        import importlib

        return getattr(importlib.import_module(home), name)

    return __getattr__
