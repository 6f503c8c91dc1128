"""Start-up: import time and whole-process time per `mailmedic` command. Prints figures.

    .venv/bin/python -m benchmarks.startup [--runs 9]

Against the lab (started as its own process, `python -m tests.lab`). For each command, the median
of `--runs` runs of:
- import: every module the process imported, from `python -X importtime` (the sum of the
  top-level entries, lazily imported modules included: what the command really loads);
- whole: the wall time of the whole `mailmedic ...` process, from spawn to exit.
Bytecode is written by one warm-up run per command first (PYTHONDONTWRITEBYTECODE is dropped for
the children): the figures are those of an installed package, not of a source tree compiled at
every start.

Side by side, when the optional `bench` extra is installed (`pip install -e '.[bench]'`: Delta
Chat core's JSON-RPC server and its Python client) and we run as root: Delta Chat core's own
configure of the same lab account, IMAP 993 and SMTP 465 given as settings (like `check`),
from starting `deltachat-rpc-server` to the end of its configure. Delta Chat resolves names with
the system resolver, which cannot be pointed at the lab, so it runs in a private mount namespace
(`unshare -m`) whose /etc/hosts holds the lab's names; it trusts only its built-in roots, so it
is told to accept the lab's certificates (less work for it than our verification). Goal
(issue 16): mailmedic's whole process at most 0.5 x Delta Chat's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.load import start_lab

PYTHON = sys.executable
DC_SERVER = Path(PYTHON).with_name("deltachat-rpc-server")


def commands(lab: dict[str, Any]) -> dict[str, list[str]]:
    common = ["--dns", lab["dns"], "--cafile", lab["cafile"], "--allow-private"]
    host = lab["hosts"]["healthy"]
    settings = ["--protocol", "imap", "--host", host, "--port", "993", "--security", "tls"]
    return {
        "--help": ["--help"],
        "--version": ["--version"],
        "explain": ["explain", "-ERR [AUTH] Authentication failed."],
        "check": ["check", *settings, *common],
        "diagnose": ["diagnose", host, *common],
    }


def child_env(lab: dict[str, Any]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["MAILMEDIC_ISPDB_URL"] = lab["ispdb_url"]
    return env


def whole(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, check=False)
    return time.perf_counter() - started, done.returncode


def import_seconds(args: list[str], env: dict[str, str]) -> float:
    """The sum of the top-level `-X importtime` entries (cumulative microseconds)."""
    done = subprocess.run(
        [PYTHON, "-X", "importtime", "-m", "diagnostics", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    total = 0
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line.split("|", 2)
        if not name.startswith(" ") or name.startswith("  "):
            continue  # nested: counted in its parent's cumulative time
        total += int(cumulative)
    return total / 1e6


# ----- Delta Chat core, in a private mount namespace ---------------------------------------------


def lab_hosts_file(lab: dict[str, Any], directory: Path) -> Path:
    """/etc/hosts plus every name with an address in the lab's dnsmasq configuration."""
    lines = [Path("/etc/hosts").read_text()]
    config = Path(lab["lab_dir"]) / "dnsmasq" / "dnsmasq.conf"
    for line in config.read_text().splitlines():
        if line.startswith("host-record="):
            name, *values = line.removeprefix("host-record=").split(",")
            lines.extend(f"{v} {name}" for v in values if v.count(".") == 3)
    path = directory / "hosts"
    path.write_text("\n".join(lines) + "\n")
    return path


def deltachat_available() -> str | None:
    """Why the Delta Chat comparison cannot run here, or None when it can."""
    try:
        import deltachat_rpc_client  # noqa: F401
    except ImportError:
        return "the `bench` extra is not installed (pip install -e '.[bench]')"
    if not DC_SERVER.exists():
        return f"{DC_SERVER} is missing"
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return "needs root and unshare(1) for a private /etc/hosts"
    return None


def deltachat_configure(lab_json: str) -> None:
    """In the namespace: one configure, printed as JSON {"seconds", "ok", "error"}."""
    from deltachat_rpc_client import DeltaChat, Rpc

    lab = json.loads(lab_json)
    address, password = "alice@lab.test", lab["users"]["alice@lab.test"]
    host = lab["hosts"]["healthy"]
    params = {
        "addr": address,
        "password": password,
        "imapServer": host,
        "imapPort": 993,
        "imapSecurity": "ssl",
        "imapUser": address,
        "smtpServer": host,
        "smtpPort": 465,
        "smtpSecurity": "ssl",
        "smtpUser": address,
        "certificateChecks": "acceptInvalidCertificates",
    }
    error = None
    with tempfile.TemporaryDirectory() as accounts:
        started = time.perf_counter()
        with Rpc(accounts_dir=accounts, rpc_server_path=str(DC_SERVER)) as rpc:
            account = DeltaChat(rpc).add_account()
            try:
                account.add_or_update_transport(params)
            except Exception as exc:  # its JSON-RPC error: printed, the figure is still a time
                error = str(exc)[:200]
        seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "ok": error is None, "error": error}))


def deltachat_runs(lab: dict[str, Any], runs: int) -> tuple[list[float], str | None]:
    with tempfile.TemporaryDirectory() as tmp:
        hosts = lab_hosts_file(lab, Path(tmp))
        script = (
            f'mount --bind "{hosts}" /etc/hosts && exec "{PYTHON}" -m benchmarks.startup '
            '--deltachat-child "$0"'
        )
        times: list[float] = []
        for _ in range(runs):
            done = subprocess.run(
                ["unshare", "-m", "sh", "-c", script, json.dumps(lab)],
                capture_output=True,
                text=True,
                check=False,
                timeout=120,
            )
            if done.returncode != 0 or not done.stdout.strip():
                return times, (done.stderr.strip().splitlines() or ["no output"])[-1]
            result = json.loads(done.stdout.strip().splitlines()[-1])
            if not result["ok"]:
                return times, f"configure failed: {result['error']}"
            times.append(result["seconds"])
    return times, None


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--deltachat-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.deltachat_child:
        deltachat_configure(args.deltachat_child)
        return
    lab_proc, lab = start_lab()
    try:
        env = child_env(lab)
        cli = str(Path(PYTHON).with_name("mailmedic"))
        python = statistics.median(whole([PYTHON, "-c", "pass"], env)[0] for _ in range(args.runs))
        print(f"median of {args.runs} runs; `python -c pass` takes {python * 1000:.0f} ms")
        print(f"{'command':<10} {'import':>8} {'whole':>8}")
        figures: dict[str, float] = {}
        for name, argv in commands(lab).items():
            _, status = whole([cli, *argv], env)  # warm-up: writes the bytecode
            if name == "--version" and status != 0:
                print(f"{name:<10} (not a mailmedic option yet)")
                continue
            imports = statistics.median(import_seconds(argv, env) for _ in range(args.runs))
            wall = statistics.median(whole([cli, *argv], env)[0] for _ in range(args.runs))
            figures[name] = wall
            print(f"{name:<10} {imports * 1000:>5.0f} ms {wall * 1000:>5.0f} ms")
        why_not = deltachat_available()
        if why_not is not None:
            print(f"Delta Chat comparison skipped: {why_not}")
            return
        times, error = deltachat_runs(lab, args.runs)
        if error is not None:
            print(f"Delta Chat comparison failed: {error}")
            return
        dc = statistics.median(times)
        print(f"Delta Chat core configure (rpc server start to configured): {dc * 1000:.0f} ms")
        for name in ("check", "diagnose"):
            if name in figures:
                ratio = figures[name] / dc
                print(f"mailmedic {name} / Delta Chat configure: {ratio:.2f} x (goal <= 0.5 x)")
    finally:
        lab_proc.terminate()
        lab_proc.wait(timeout=30)


if __name__ == "__main__":
    main()
