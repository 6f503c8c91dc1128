"""The build hook: compile the message catalogs (diagnostics/locale/) into `.mo` files.

Everything else about the build is in pyproject.toml. The `.mo` files are never committed
(.gitignore): `pip install .` (a wheel) gets them compiled into the build directory, and
`pip install -e .` into the source tree, with Babel, which pyproject.toml lists in
[build-system] requires only; the installed package reads them with the standard library's
gettext and never needs Babel (diagnostics/i18n.py).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithCatalogs(build_py):
    def run(self) -> None:
        super().run()
        # Loaded on its own: importing the package would import its dependencies, which the
        # build environment does not have.
        spec = importlib.util.spec_from_file_location(
            "locale_build", ROOT / "diagnostics" / "locale_build.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        source = ROOT / "diagnostics" / "locale"
        editable = getattr(self, "editable_mode", False)
        dest = source if editable else Path(self.build_lib) / "diagnostics" / "locale"
        for mo in module.build(dest, source):
            self.announce(f"compiled {mo}", level=2)


setup(cmdclass={"build_py": BuildWithCatalogs})
