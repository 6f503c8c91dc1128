"""Process and readiness helpers shared by the server modules."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import ssl
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path


class LabStartError(RuntimeError):
    """A lab server did not come up; the message says which and shows the end of its log."""


def tail(path: Path, lines: int = 25) -> str:
    """The last `lines` lines of a log file, or a note that it is missing."""
    try:
        text = path.read_text(errors="replace")
    except OSError as exc:
        return f"({path}: {exc.strerror})"
    return "\n".join(text.splitlines()[-lines:]) or f"({path} is empty)"


def failure(what: str, detail: str, *logs: Path) -> LabStartError:
    parts = [f"lab: {what}: {detail}"]
    parts += [f"--- tail of {log} ---\n{tail(log)}" for log in logs]
    return LabStartError("\n".join(parts))


def pid_alive(pid: int) -> bool:
    """True while the process exists and is not a zombie.

    Daemonised masters (Postfix) are not our children, so a dead one may linger as a zombie
    until init reaps it; it no longer holds any address then.
    """
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    # The state follows the parenthesised command name, which may itself contain spaces.
    return stat.rpartition(")")[2].split()[0] not in ("Z", "X")


def process_mentions(pid: int, needle: str) -> bool:
    """True when the command line or environment of `pid` contains `needle`.

    Guards against killing an unrelated process that reused a stale pid: every lab server has
    its lab directory in its command line (config path) or environment (Postfix: MAIL_CONFIG).
    """
    for name in ("cmdline", "environ"):
        with contextlib.suppress(OSError):
            if needle.encode() in Path(f"/proc/{pid}/{name}").read_bytes():
                return True
    return False


def read_pid(path: Path) -> int | None:
    try:
        return int(path.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def kill_tree(pid: int, timeout: float = 5.0) -> None:
    """SIGTERM a server and its helpers, escalate to SIGKILL, wait until it is gone.

    Our servers lead their own process group (start_new_session, or the daemon's own setsid),
    so signalling the group reaches the helpers too; anything else gets only its own pid.
    """

    def send(sig: signal.Signals) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            if os.getpgid(pid) == pid:
                os.killpg(pid, sig)
            else:
                os.kill(pid, sig)

    if not pid_alive(pid):
        return
    send(signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while pid_alive(pid):
        if time.monotonic() > deadline:
            send(signal.SIGKILL)
            deadline = time.monotonic() + 2.0
        _reap(pid)
        time.sleep(0.02)
    _reap(pid)


def _reap(pid: int) -> None:
    # Collect our own children so they do not stay zombies; other pids raise ChildProcessError.
    with contextlib.suppress(ChildProcessError, OSError):
        os.waitpid(pid, os.WNOHANG)


@dataclass
class Cleanup:
    """Stop actions in reverse order of start; safe to run twice and from atexit."""

    actions: list[tuple[str, Callable[[], None]]] = field(default_factory=list)
    done: bool = False

    def add(self, what: str, action: Callable[[], None]) -> None:
        self.actions.append((what, action))

    def run(self) -> list[str]:
        """Run every action once; return the errors instead of raising them."""
        errors: list[str] = []
        while self.actions:
            what, action = self.actions.pop()
            try:
                action()
            except Exception as exc:  # keep stopping the rest
                errors.append(f"{what}: {exc!r}")
        self.done = True
        return errors


def spawn(argv: Sequence[str], log: Path) -> subprocess.Popen[bytes]:
    """Start a foreground server in its own session with stdout and stderr in `log`."""
    with open(log, "ab") as out:
        return subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            # Own process group: the whole server can be stopped with one killpg, and a Ctrl-C
            # in the terminal does not reach it before our stop function does.
            start_new_session=True,
        )


def write_pid(pid_dir: Path, name: str, pid: int) -> None:
    pid_dir.mkdir(parents=True, exist_ok=True)
    (pid_dir / f"{name}.pid").write_text(f"{pid}\n")


def insecure_client_context() -> ssl.SSLContext:
    """TLS for readiness checks: we only want to see the greeting, not judge the certificate."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def wait_greeting(
    host: str,
    port: int,
    expect: bytes,
    *,
    tls: ssl.SSLContext | None,
    deadline: float,
    what: str,
    logs: Sequence[Path],
    died: Callable[[], str | None] = lambda: None,
) -> None:
    """Wait until host:port greets with a line starting `expect`.

    A TCP connect alone is not enough: Dovecot and Postfix accept before their login
    processes can answer. `died` reports a server that exited, so we fail at once instead of
    waiting out the deadline.
    """
    last = "no attempt"
    while True:
        dead = died()
        if dead:
            raise failure(what, dead + _held_by(host, port), *logs)
        try:
            with socket.create_connection((host, port), timeout=1.0) as raw:
                sock: socket.socket = raw
                if tls is not None:
                    sock = tls.wrap_socket(raw, server_hostname=None)
                sock.settimeout(2.0)
                line = _read_line(sock)
                if line.startswith(expect):
                    return
                last = f"unexpected greeting {line[:100]!r}"
        except OSError as exc:
            last = repr(exc)
        if time.monotonic() > deadline:
            detail = f"no {expect.decode()!r} greeting on {host}:{port} ({last})"
            raise failure(what, detail + _held_by(host, port), *logs)
        time.sleep(0.05)


def _held_by(host: str, port: int) -> str:
    holders = listeners(host, port)
    return f"; {host}:{port} is held by {', '.join(holders)}" if holders else ""


def _read_line(sock: socket.socket) -> bytes:
    data = b""
    while b"\n" not in data and len(data) < 4096:
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


def listeners(host: str, port: int) -> list[str]:
    """Processes listening on host:port (IPv4), as "pid N (command)", for error messages.

    The usual cause of a lab that will not start is a leftover server from elsewhere holding
    the address; naming it saves a round of `ss -ltnp`.
    """
    want = f"{socket.inet_aton(host)[::-1].hex().upper()}:{port:04X}"
    inodes: set[str] = set()
    with contextlib.suppress(OSError):
        for row in Path("/proc/net/tcp").read_text().splitlines()[1:]:
            cols = row.split()
            # Listening on exactly this address, or on the wildcard (which blocks it too).
            if cols[3] == "0A" and cols[1] in (want, f"00000000:{port:04X}"):
                inodes.add(f"socket:[{cols[9]}]")
    found: list[str] = []
    if not inodes:
        return found
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            for fd in (proc / "fd").iterdir():
                if os.readlink(fd) in inodes:
                    cmd = (
                        (proc / "cmdline")
                        .read_bytes()
                        .replace(b"\0", b" ")
                        .decode(errors="replace")
                    )
                    found.append(f"pid {proc.name} ({cmd.strip()[:120]})")
                    break
    return found
