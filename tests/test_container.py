"""deploy/Containerfile builds, and the image runs the bot and the command line (Podman).

One image for the module (tests/containers.py builds it offline on a local Debian base): its
bot starts in console mode with nothing configured, its `mailmedic` diagnoses the lab over the
host's loopback, and nothing runs as root.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import containers
from tests.lab import Lab

pytestmark = pytest.mark.timeout(1800)


@pytest.fixture(scope="module")
def image(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    containers.build_image(tmp_path_factory.mktemp("context"))
    yield containers.IMAGE


def test_the_image_starts_the_bot_in_console_mode(image: str) -> None:
    """With nothing configured the image's default command is the bot's console mode, which
    answers a typed line and ends cleanly at the end of its input."""
    out = containers.run(stdin="/help\n")
    assert "console mode" in out
    assert "/diagnose" in out


def test_the_image_runs_as_an_unprivileged_user_with_its_data_volume(image: str) -> None:
    """The process is not root, and the settings database goes to the /data volume."""
    out = containers.run(
        "sh", "-c", 'id -u; echo "$MAILMEDIC_CONFIG_DB"; test -w /data && echo writable'
    )
    uid, database, writable = out.split()
    assert uid != "0" and database == "/data/config.sqlite3" and writable == "writable"


def test_the_installed_command_line_diagnoses_the_lab(image: str, lab: Lab) -> None:
    """`mailmedic check` inside the image reaches the lab on the host's loopback and answers
    as on the host: the healthy server works, the expired certificate fails with exit 1."""
    cafile = Path(lab.cafile)
    options = ("--network", "host", "-v", f"{cafile}:/lab-ca.pem:ro")
    args = ("mailmedic", "check", "--protocol", "imap", "--host", lab.host("healthy"),
            "--port", "993", "--security", "tls", "--dns", lab.dns, "--cafile", "/lab-ca.pem",
            "--allow-private", "--json")  # fmt: skip
    report = json.loads(containers.run(*args, options=options))
    assert report["kind"] == "check" and report["probes"][0]["outcome"] == "ok"
    assert report["recommended"]["incoming"][0]["port"] == 993
    expired = (*args[:5], lab.host("expired"), *args[6:-1])
    with pytest.raises(RuntimeError, match="exited 1"):
        containers.run(*expired, options=options)
