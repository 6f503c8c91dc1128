"""dnspython's optional features, answered without importlib.metadata (issue 16: start-up).

When first imported, dnspython asks which of its optional dependencies are installed
(`dns/_features.py`): idna for names (`dns.name`), aioquic and httpx for DNS over QUIC and over
HTTPS (`dns.query`). It asks `importlib.metadata`, whose import (email, zipfile, csv, pathlib)
and scan of the installed distributions cost every `check` and `diagnose` about 20 ms, a tenth
of the whole process (`python -m benchmarks.startup`). We know the answers: idna is there in a
version dnspython accepts (pyproject.toml asks for `dnspython[idna]`, whose extra pins it), and
mailmedic never speaks DoQ or DoH (`--dns` is an address: net/resolve.py), so dnspython need not
import those libraries either. dnspython's own `force()` ("a workaround for any cases where
importlib.metadata is ineffective") takes the answers. Its other features (DNSSEC's
cryptography) it still asks about itself, when and if they are used.

For that `importlib.metadata` is a stand-in until something reads one of its attributes: then
the real module is imported and takes its place (sys.modules, the `importlib` package), and the
stand-in answers from it. dnspython's `import importlib.metadata` costs nothing. (The standard
library's `importlib.util.LazyLoader` does not do for this on Python 3.11: the import statement
itself reads the module's `__spec__`, which makes it load at once.)
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from typing import Any

__all__ = ["ANSWERS", "prepare"]

# Only a one-shot `mailmedic` command prepares this (diagnostics.process.ONE_SHOT, set by
# diagnostics.cli.run): a process that lives on (the bot, `mailmedic worker`, a program using the
# library) keeps the real importlib.metadata, which others may patch or import parts of.

ANSWERS = {"idna": True, "doh": False, "doq": False}


def prepare() -> None:
    """Before dnspython is first imported: its feature questions answered (ANSWERS). Idempotent;
    does nothing once dnspython is imported (it has asked already)."""
    if "dns._features" in sys.modules or "dns.name" in sys.modules:
        return
    if "importlib.metadata" not in sys.modules:
        _import_lazily("importlib.metadata")
    import dns._features

    force = getattr(dns._features, "force", None)
    if force is None:  # a dnspython without it asks for itself, as before
        return
    for feature, available in ANSWERS.items():
        force(feature, available)


def _import_lazily(name: str) -> None:
    """`name` in sys.modules as a stand-in that imports the real module when first read."""
    spec = importlib.util.find_spec(name)
    if spec is None:
        return
    stand_in = _StandIn(name)
    stand_in.__spec__ = spec
    sys.modules[name] = stand_in
    parent, _, child = name.rpartition(".")
    setattr(sys.modules[parent], child, stand_in)  # `import importlib.metadata` reads it there


_SWAP = threading.Lock()  # two threads reading the stand-in at once swap it once


class _StandIn(types.ModuleType):
    def __getattr__(self, attr: str) -> Any:  # only for what the stand-in does not have itself
        if attr.startswith("__"):
            raise AttributeError(attr)  # the import system's probes (__path__, ...)
        with _SWAP:
            if sys.modules.get(self.__name__) is self:
                sys.modules.pop(self.__name__, None)
            real = importlib.import_module(self.__name__)  # the real import
            parent, _, child = self.__name__.rpartition(".")
            setattr(sys.modules[parent], child, real)
        return getattr(real, attr)
