"""`mailmedic export`: the settings diagnose recommends as files, each parsed back to the answer
(the Apple profile with plistlib, autoconfig with the project's own parser, the SRV records as
zone lines), against the lab; nothing written when nothing works."""

from __future__ import annotations

import json
import os
import plistlib
import subprocess
import sys
from pathlib import Path

import pytest

from diagnostics.wire.autoconfig import parse_autoconfig
from tests.lab import Lab

ROOT = Path(__file__).resolve().parents[1]


def mailmedic(lab: Lab, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILMEDIC_")}
    env.update(PYTHONPATH=str(ROOT), MAILMEDIC_ISPDB_URL=lab.ispdb_url)
    common = ["--dns", lab.dns, "--cafile", lab.cafile, "--allow-private", "--timeout", "10"]
    return subprocess.run(
        [sys.executable, "-m", "diagnostics", *args, *common],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )


def answer(lab: Lab, target: str) -> dict[str, object]:
    proc = mailmedic(lab, "diagnose", target, "--json")
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


def test_srv_records_name_the_answer(lab: Lab) -> None:
    """srv: one SRV line per encrypted working setting, the answer's choice at priority 0,
    "not offered" for the rest; nothing plain-text published."""
    proc = mailmedic(lab, "export", "srv.lab.test", "--format", "srv")
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stdout.decode().splitlines() if not line.startswith(";")]
    records = {line.split()[0]: line.split()[4:] for line in lines}
    healthy = lab.host("healthy") + "."
    assert records["_imaps._tcp.srv.lab.test."] == ["0", "1", "993", healthy]
    assert records["_submissions._tcp.srv.lab.test."] == ["0", "1", "465", healthy]
    assert records["_pop3._tcp.srv.lab.test."] == ["0", "0", "0", "."]
    assert all(fields[2] != "143" or fields[0] == "10" for fields in records.values())


def test_mobileconfig_and_autoconfig_parse_back(lab: Lab) -> None:
    """mobileconfig and autoconfig hold exactly the servers the JSON answer chose, and the
    profile holds no password."""
    choices = answer(lab, "alice@srv.lab.test")["answer"]["choices"]  # type: ignore[index]
    chosen = {c["direction"]: c["endpoint"] for c in choices}
    profile = mailmedic(lab, "export", "alice@srv.lab.test", "--format", "mobileconfig")
    assert profile.returncode == 0, profile.stderr
    payload = plistlib.loads(profile.stdout)["PayloadContent"][0]
    assert payload["IncomingMailServerHostName"] == chosen["incoming"]["host"]
    assert payload["IncomingMailServerPortNumber"] == chosen["incoming"]["port"]
    assert payload["OutgoingMailServerPortNumber"] == chosen["outgoing"]["port"]
    # Apple's keys for the password itself are absent: the device asks for it.
    assert "IncomingPassword" not in payload and "OutgoingPassword" not in payload
    config = mailmedic(lab, "export", "srv.lab.test", "--format", "autoconfig")
    assert config.returncode == 0, config.stderr
    parsed = parse_autoconfig(config.stdout)
    incoming = [s for s in parsed.servers if s.protocol.value != "smtp"]
    outgoing = [s for s in parsed.servers if s.protocol.value == "smtp"]
    assert (incoming[0].hostname, incoming[0].port) == (
        chosen["incoming"]["host"],
        chosen["incoming"]["port"],
    )
    assert (outgoing[0].hostname, outgoing[0].port) == (
        chosen["outgoing"]["host"],
        chosen["outgoing"]["port"],
    )


@pytest.mark.parametrize("fmt", ["mobileconfig", "autoconfig", "srv", "card"])
def test_nothing_works_nothing_written(lab: Lab, fmt: str) -> None:
    """Every server fails its certificate: no file, one line on stderr, exit 1."""
    proc = mailmedic(lab, "export", "expired.lab.test", "--format", fmt)
    assert proc.returncode == 1
    assert proc.stdout == b""
    assert proc.stderr.decode().count("\n") == 1 and "nothing to export" in proc.stderr.decode()


def test_card_is_the_settings_block(lab: Lab) -> None:
    """card: the "Settings that work" block of the report, and nothing else."""
    proc = mailmedic(lab, "export", "srv.lab.test", "--format", "card")
    text = proc.stdout.decode()
    assert text.startswith("Settings that work") and "Port: 993" in text
    assert "Probes" not in text
