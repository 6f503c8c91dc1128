"""`python -m bot` with nothing configured runs in console mode: each line typed is answered as
the bot would answer it in the support channel, from the real library against the lab."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.console import plain
from tests.lab import Lab

ROOT = Path(__file__).resolve().parents[2]


def run_console(lab: Lab, tmp_path: Path, lines: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "MAILMEDIC_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        MAILMEDIC_DNS=lab.dns,
        MAILMEDIC_CAFILE=lab.cafile,
        MAILMEDIC_ALLOW_PRIVATE="1",
        MAILMEDIC_ISPDB_URL=lab.ispdb_url,
    )
    return subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,  # no .env here: nothing configured
        env=env,
        input=lines,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_no_input_is_a_clean_start_and_stop(lab: Lab, tmp_path: Path) -> None:
    """With no token and no input (as CI starts it): the console says what it is, exits 0."""
    proc = run_console(lab, tmp_path, "")
    assert proc.returncode == 0, proc.stderr
    assert "console mode" in proc.stdout and "DISCORD_TOKEN" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_lines_are_answered_like_the_support_channel(lab: Lab, tmp_path: Path) -> None:
    """A /check, a bare domain, a pasted server reply and bad input: the bot's answers (verdict,
    fix, the card with what was typed), one after another, exit 0."""
    lines = "\n".join(
        [
            f"/check {lab.host('healthy')} 143 tls",
            "srv.lab.test",
            "-ERR [AUTH] Authentication failed.",
            "/check nope..example 993",
            "/quit",
            "/explain never reached",
        ]
    )
    proc = run_console(lab, tmp_path, lines + "\n")
    out = proc.stdout
    assert proc.returncode == 0, proc.stderr
    assert "PROBLEM: Your settings fail: port 143 does not speak SSL/TLS. Use port 993" in out
    assert "Port: 993 (you typed 143)" in out
    assert "OK: Working settings for srv.lab.test" in out
    assert "The user name or password was not accepted" in out
    assert "I can't test that:" in out
    assert "never reached" not in out  # /quit stopped it
    assert "**" not in out and "\\(" not in out  # no Discord Markdown left


def test_plain_removes_discord_markup() -> None:
    """Escapes, bold, italics and subtext markers become plain words."""
    assert plain("-# **Port:** 993 _(you typed 143)_ \\(SSL\\/TLS\\)") == (
        "Port: 993 (you typed 143) (SSL/TLS)"
    )


def test_console_on_a_terminal(lab: Lab, tmp_path: Path) -> None:
    """Driven through a pty, as a person types: progress on one updating line, the answer card,
    and /login asking for the password without echoing it, which never appears in the output."""
    import pty
    import select
    import time

    password = lab.users["alice@lab.test"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "MAILMEDIC_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        MAILMEDIC_DNS=lab.dns,
        MAILMEDIC_CAFILE=lab.cafile,
        MAILMEDIC_ALLOW_PRIVATE="1",
        TERM="dumb",
    )
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=env,
        stdin=follower,
        stdout=follower,
        stderr=follower,
        start_new_session=True,  # the pty becomes its controlling terminal: getpass reads it
    )
    os.close(follower)
    seen = b""

    def until(marker: bytes, timeout: float = 60.0) -> None:
        nonlocal seen
        end = time.monotonic() + timeout
        while marker not in seen:
            left = end - time.monotonic()
            assert left > 0, seen.decode(errors="replace")[-2000:]
            ready, _, _ = select.select([leader], [], [], left)
            if ready:
                try:
                    seen += os.read(leader, 65536)
                except OSError:  # the child closed the terminal
                    break

    try:
        until(b"> ")
        os.write(leader, f"/check {lab.host('healthy')} 143 tls\n".encode())
        until(b"Checked in")
        assert b"Checked 1 of" in seen or b"Checked 2 of" in seen  # the progress line
        assert b"Use port 993 with SSL/TLS" in seen
        os.write(leader, f"/login alice@lab.test {lab.host('healthy')} 993 tls\n".encode())
        until(b"(not shown): ")
        os.write(leader, (password + "\n").encode())
        until(b"Login test:")
        until(b"> ")
        os.write(leader, b"/quit\n")
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(leader)
    text = seen.decode(errors="replace")
    assert "verified" in text
    assert password not in text  # not echoed by the terminal, not in any answer
