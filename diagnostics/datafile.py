"""The package's data files (diagnostics/data/, package data in pyproject.toml), read as text.

Read from the directory beside this module, like the message catalogs (i18n.py): the package is
installed as files (`pip install .`, a wheel), and `importlib.resources` would add zipfile,
tempfile and shutil, some 5 ms, to every `mailmedic explain` (issue 16: start-up).
"""

from __future__ import annotations

import os

__all__ = ["DATA_DIR", "read_text"]

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def read_text(name: str) -> str:
    """The UTF-8 text of diagnostics/data/`name`."""
    with open(os.path.join(DATA_DIR, name), encoding="utf-8") as file:
        return file.read()
