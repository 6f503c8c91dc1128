"""deploy/: the systemd unit and the container file start the entry point the package installs,
with the settings file where the unit lets the bot write."""

from __future__ import annotations

import configparser
import json
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def scripts() -> dict[str, str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return dict(data["project"]["scripts"])


def test_unit_runs_the_installed_entry_point() -> None:
    """ExecStart is `mailmedic-bot` from the venv, which pyproject installs; a configuration
    error (exit 2) is not restarted; the settings file lies in the unit's state directory."""
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(ROOT / "deploy" / "mailmedic-bot.service")
    service = unit["Service"]
    entry = service["ExecStart"].rsplit("/", 1)[-1]
    assert entry in scripts() and scripts()[entry] == "bot.__main__:main"
    assert service["RestartPreventExitStatus"] == "2"
    state = service["StateDirectory"]
    assert f"MAILMEDIC_CONFIG_DB=/var/lib/{state}/" in service["Environment"]


def test_container_runs_the_installed_entry_point() -> None:
    """The image's default command is an entry point the package installs (tests/
    test_container.py builds the image and runs it)."""
    text = (ROOT / "deploy" / "Containerfile").read_text()
    command = json.loads(next(line for line in text.splitlines() if line.startswith("CMD "))[4:])
    assert command[0] in scripts()
