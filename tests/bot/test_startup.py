"""`python -m bot` when it cannot start: one line saying why, a clear exit status, no traceback.

Run as real processes: `python -m bot` itself for what is refused before any connection, and
`python -m tests.bot.launch` (the same main(), aimed at the loopback Discord stand-in or at a
closed port) for a token Discord refuses and for a Discord that cannot be reached.
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bot.__main__ import EXIT_CONFIG, EXIT_UNREACHABLE, StartupError, connected
from bot.app import create_bot
from tests.bot.conftest import lab_config
from tests.bot.standin import StandIn
from tests.lab import Lab

ROOT = Path(__file__).resolve().parents[2]
GOOD_SHAPE = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789"


def environment(token: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "MAILMEDIC_"))}
    return {**env, "PYTHONPATH": str(ROOT), "DISCORD_TOKEN": token, **extra}


def closed_port() -> int:
    """A loopback port nobody listens on: connections to it are refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def launch(tmp_path: Path, env: dict[str, str]) -> tuple[int, str]:
    """`python -m tests.bot.launch` (the bot's main()) in its own process; (status, stderr)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.bot.launch", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    _, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode is not None
    return proc.returncode, err.decode()


def the_error(stderr: str) -> list[str]:
    """The bot's own error lines (log lines start with a date)."""
    return [line for line in stderr.splitlines() if line.startswith("mailmedic bot:")]


@pytest.mark.parametrize(
    ("token", "says"),
    [
        ("abc", "three parts"),
        ("MTIz.abc", "three parts"),
        ("Bot " + GOOD_SHAPE, "'Bot '"),
        (GOOD_SHAPE[:20] + " " + GOOD_SHAPE[20:], "spaces"),
        (GOOD_SHAPE + "\x1b[2J", "three parts"),
    ],
)
def test_malformed_token_is_refused_before_connecting(
    tmp_path: Path, token: str, says: str
) -> None:
    """A token of the wrong shape: one line naming DISCORD_TOKEN, exit 2, the token not shown."""
    proc = subprocess.run([sys.executable, "-m", "bot"], cwd=tmp_path, env=environment(token),
                          capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert proc.returncode == EXIT_CONFIG
    assert proc.stderr.count("\n") == 1 and "DISCORD_TOKEN" in proc.stderr, proc.stderr
    assert says in proc.stderr
    assert GOOD_SHAPE[20:] not in proc.stderr and "Traceback" not in proc.stderr


async def test_revoked_token_is_one_line(tmp_path: Path) -> None:
    """Discord answers 401 at login: one line saying the token was refused, exit 2, and no
    traceback nor voice-support warning even at INFO."""
    standin = StandIn()
    standin.revoked_tokens.add(GOOD_SHAPE)
    await standin.start()
    try:
        env = environment(GOOD_SHAPE, MAILMEDIC_TEST_DISCORD=f"http://127.0.0.1:{standin.port}")
        status, err = await launch(tmp_path, env)
    finally:
        await standin.stop()
    assert status == EXIT_CONFIG, err
    assert the_error(err) == [the_error(err)[0]] and "refused DISCORD_TOKEN" in err, err
    assert any(r.path == "/users/@me" for r in standin.requests)  # it really asked Discord
    assert "Traceback" not in err and GOOD_SHAPE not in err
    assert "PyNaCl" not in err and "davey" not in err


async def test_unreachable_discord_is_one_line(tmp_path: Path) -> None:
    """Discord on a closed port: exactly one line on stderr (logging at WARNING), exit 3."""
    env = environment(
        GOOD_SHAPE,
        MAILMEDIC_TEST_DISCORD=f"http://127.0.0.1:{closed_port()}",
        MAILMEDIC_LOG_LEVEL="WARNING",
    )
    status, err = await launch(tmp_path, env)
    assert status == EXIT_UNREACHABLE, err
    assert err.count("\n") == 1 and err.startswith("mailmedic bot: cannot reach Discord"), err


async def test_revoked_token_with_the_real_client(lab: Lab) -> None:
    """In process: the real discord.py client against the stand-in's 401 ends in a StartupError
    of status 2, with the bot's HTTP session closed (no "Unclosed client session")."""
    standin = StandIn()
    standin.revoked_tokens.add(GOOD_SHAPE)
    await standin.start()
    restore = standin.point_discord_py_here()
    try:
        bot = create_bot(lab_config(lab, token=GOOD_SHAPE))
        with pytest.raises(StartupError) as info:
            async with bot:
                await connected(bot.start(GOOD_SHAPE))
        assert info.value.status == EXIT_CONFIG
        assert bot.is_closed()
    finally:
        restore()
        await standin.stop()
