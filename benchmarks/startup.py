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

`--against REV` measures an earlier revision beside this tree, at the same moment: both are
installed with a plain `pip install` into fresh virtual environments under a temporary directory
(the revision from `git archive`), and their runs are interleaved, so a busy machine slows both
alike. Besides the wall time it prints the CPU time (user + system) of each process, which a
loaded machine disturbs much less, for every command, `--help` and `--version` included
(72f6cac had no `--version`: its figure is argparse's usage error). It prints first the floor no
change of ours goes below: the interpreter's start (`python -c pass`) and, with it, the `import
re` of pip's `mailmedic` console script, which runs before any of our code. The figures of issue
16's "start-up at least halved" come from `--against 72f6cac` (main just before the issue's work
began).
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
    seconds, _, status = timed(argv, env)
    return seconds, status


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system, from wait4) and exit status of one process.
    Run from a neutral directory: `-m diagnostics` must find the installed package, not a
    source tree in the working directory."""
    started = time.perf_counter()
    child = subprocess.Popen(
        argv,
        env=env,
        cwd=tempfile.gettempdir(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(child.pid, 0)
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime, status


def import_seconds(args: list[str], env: dict[str, str], python: str = PYTHON) -> float:
    """The sum of the top-level `-X importtime` entries (cumulative microseconds)."""
    done = subprocess.run(
        [python, "-X", "importtime", "-m", "diagnostics", *args],
        cwd=tempfile.gettempdir(),
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


# ----- an earlier revision beside this tree -------------------------------------------------------


def install(source: Path, venv: Path) -> Path:
    """A fresh virtual environment with `source` installed as a user gets it; its Python."""
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(source)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return python


def against(rev: str, runs: int) -> None:
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory(prefix="mailmedic-startup-") as tmp:
        old_tree = Path(tmp) / "old"
        old_tree.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(root), "archive", rev], capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(old_tree)], input=archive, check=True)
        print(f"installing {rev} and this tree into fresh virtual environments ...", flush=True)
        pythons = {
            rev: install(old_tree, Path(tmp) / "venv-old"),
            "now": install(root, Path(tmp) / "venv-now"),
        }
        lab_proc, lab = start_lab()
        try:
            env = child_env(lab)
            print(f"median of {runs} interleaved runs, installed packages")
            print(floors(pythons["now"], env, runs))
            print(f"{'command':<10} {'tree':<8} {'import':>8} {'whole':>8} {'CPU':>8}")
            for name, argv in commands(lab).items():
                clis = {tree: str(py.with_name("mailmedic")) for tree, py in pythons.items()}
                for cli in clis.values():
                    timed([cli, *argv], env)  # warm-up: bytecode, page cache
                walls: dict[str, list[float]] = {tree: [] for tree in clis}
                cpus: dict[str, list[float]] = {tree: [] for tree in clis}
                imports: dict[str, list[float]] = {tree: [] for tree in clis}
                for _ in range(runs):
                    for tree, cli in clis.items():
                        wall, cpu, _ = timed([cli, *argv], env)
                        walls[tree].append(wall)
                        cpus[tree].append(cpu)
                        imports[tree].append(import_seconds(argv, env, str(pythons[tree])))
                medians = {
                    tree: tuple(statistics.median(xs[tree]) for xs in (imports, walls, cpus))
                    for tree in clis
                }
                for tree, (imp, wall, cpu) in medians.items():
                    print(
                        f"{name:<10} {tree:<8} {imp * 1000:>5.0f} ms {wall * 1000:>5.0f} ms "
                        f"{cpu * 1000:>5.0f} ms"
                    )
                before, now = medians[rev], medians["now"]
                print(
                    f"{name:<10} {'now/' + rev[:4]:<8} {now[0] / before[0]:>8.2f} "
                    f"{now[1] / before[1]:>8.2f} {now[2] / before[2]:>8.2f}   (goal <= 0.5)"
                )
        finally:
            lab_proc.terminate()
            lab_proc.wait(timeout=30)


def floors(python: Path, env: dict[str, str], runs: int) -> str:
    """What no change of ours can go below: the interpreter's own start (`python -c pass`) and
    the console script's (pip's `mailmedic` wrapper imports `re` before our code runs)."""
    start = [timed([str(python), "-c", "pass"], env) for _ in range(runs)]
    script = [timed([str(python), "-c", "import re, sys"], env) for _ in range(runs)]
    wall, cpu = (statistics.median(x[i] for x in start) * 1000 for i in (0, 1))
    s_wall, s_cpu = (statistics.median(x[i] for x in script) * 1000 for i in (0, 1))
    return (
        f"floor: `python -c pass` {wall:.0f} ms wall / {cpu:.0f} ms CPU; "
        f"with the console script's `import re` {s_wall:.0f} / {s_cpu:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--against", metavar="REV", help="an earlier git revision, side by side")
    parser.add_argument("--deltachat-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.deltachat_child:
        deltachat_configure(args.deltachat_child)
        return
    if args.against:
        against(args.against, args.runs)
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
