"""Building and running deploy/Containerfile with Podman on this closed machine.

No registry is reachable here, so the image's base is made locally: a Debian bookworm root
file system from `debootstrap`, imported as `localhost/mailmedic-base:bookworm-<hash of its
packages>` — the same Debian and Python 3.11 that the default base, `python:3.11-slim-bookworm`,
is built from; with redis-server, it is also the compose test's Redis (tests/scale/
test_compose.py). The project is installed in the image from the build context exactly as the
Containerfile says; pip only gets `--no-index --find-links` to wheels for the image's Python
(PIP_ARGS), and the build has no network.

The network steps — debootstrap from Debian's mirror, the wheels from the package index — are
set-up, not tests: `.ci/setup-tests` runs `python -m tests.containers prepare` once; the tests
only use what it made (and say to run it when it is missing).

The sandbox this runs in mounts cgroups v1 and v2 side by side, which crun refuses, and caps the
number of files and processes below Podman's defaults: runc, with explicit limits, runs there
and on an ordinary host alike.
"""

from __future__ import annotations

import hashlib
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WHEELS = ROOT / ".lab" / "container-wheels"  # made by `prepare`, for the image's Python
IMAGE = "localhost/mailmedic:test"
MIRROR = "http://deb.debian.org/debian"
# What the image's build and run need beyond debootstrap's minimal base, and redis-server: the
# same base image is the compose test's Redis (tests/scale/test_compose.py), since `redis:7`
# cannot be pulled here.
BASE_PACKAGES = "python3,python3-venv,ca-certificates,redis-server"
# The tag names the package list, so a machine that cached a base of another list makes a new one.
BASE_IMAGE = (
    "localhost/mailmedic-base:bookworm-" + hashlib.sha256(BASE_PACKAGES.encode()).hexdigest()[:8]
)


class ContainerUnavailable(Exception):
    """Podman, runc or debootstrap is missing (the test set-up installs them)."""


def podman_command() -> list[str]:
    podman, runc = shutil.which("podman"), shutil.which("runc")
    if podman is None or runc is None:
        raise ContainerUnavailable("podman and runc are needed (bash .ci/setup-tests)")
    return [podman, "--runtime", runc]


def limit_values() -> tuple[int, int]:
    """The file and process limits a container may have here: within this process's own."""
    import resource

    files = min(resource.getrlimit(resource.RLIMIT_NOFILE)[1], 65536)
    procs = min(resource.getrlimit(resource.RLIMIT_NPROC)[1], 4096)
    return files, procs


def limits() -> list[str]:
    files, procs = limit_values()
    return ["--ulimit", f"nofile={files}:{files}", "--ulimit", f"nproc={procs}:{procs}"]


def _run(args: list[str], *, timeout: float, stdin: str | None = None) -> str:
    done = subprocess.run(
        args, input=stdin, capture_output=True, text=True, timeout=timeout, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:4])}… exited {done.returncode}: {done.stderr[-2000:]}")
    return done.stdout


def has_base_image() -> bool:
    podman = podman_command()
    return subprocess.run([*podman, "image", "exists", BASE_IMAGE], check=False).returncode == 0


def make_base_image() -> None:
    """The local base image, made once per machine (Podman keeps it). Set-up: needs Debian's
    mirror."""
    podman = podman_command()
    if has_base_image():
        return
    debootstrap = shutil.which("debootstrap") or "/usr/sbin/debootstrap"
    if not Path(debootstrap).exists():
        raise ContainerUnavailable("debootstrap is needed (bash .ci/setup-tests)")
    with tempfile.TemporaryDirectory(prefix="mailmedic-rootfs-") as rootfs:
        _run(
            [debootstrap, "--variant=minbase", f"--include={BASE_PACKAGES}", "bookworm",
             rootfs, MIRROR],
            timeout=900,
        )  # fmt: skip
        tar = subprocess.Popen(["tar", "-C", rootfs, "-c", "."], stdout=subprocess.PIPE)
        assert tar.stdout is not None
        imported = subprocess.run(
            [*podman, "import", "-", BASE_IMAGE], stdin=tar.stdout, capture_output=True,
            timeout=300, check=False,
        )  # fmt: skip
        tar.wait(timeout=60)
        if imported.returncode != 0:
            raise RuntimeError(f"podman import failed: {imported.stderr[-2000:]!r}")


def download_wheels() -> None:
    """Wheels of the project's dependencies and build backend, downloaded by the image's own pip
    (its Python judges the markers: python_full_version < "3.11.3" pulls async-timeout into
    Debian's 3.11.2), with this machine's pip configuration and CA bundle. Set-up: needs the
    package index."""
    fresh = WHEELS.with_name(WHEELS.name + ".new")
    shutil.rmtree(fresh, ignore_errors=True)
    fresh.mkdir(parents=True)
    mounts = ["-v", f"{fresh}:/wheels"]
    for path in ("/etc/pip.conf", "/etc/xdg/pip", "/etc/ssl/certs/ca-certificates.crt"):
        if Path(path).exists():
            mounts += ["-v", f"{path}:{path}:ro"]
    requirements = " ".join(shlex.quote(r) for r in runtime_requirements() + build_requirements())
    script = (
        "python3 -m venv /tmp/venv && /tmp/venv/bin/pip download -q --disable-pip-version-check "
        f"--dest /wheels {requirements}"
    )
    _run(
        [*podman_command(), "run", "--rm", *limits(), "--network", "host", *mounts, BASE_IMAGE,
         "sh", "-c", script],
        timeout=900,
    )  # fmt: skip
    shutil.rmtree(WHEELS, ignore_errors=True)
    fresh.rename(WHEELS)


def prepare() -> None:
    """What the container tests need from the network, made beforehand (.ci/setup-tests)."""
    make_base_image()
    download_wheels()


def ensure_base_image() -> None:
    if not has_base_image() or not any(WHEELS.glob("*.whl")):
        raise ContainerUnavailable(
            "the container tests' base image or wheels are missing: run bash .ci/setup-tests "
            "(it runs python -m tests.containers prepare)"
        )


def build_context(folder: Path) -> Path:
    """The files the Containerfile copies, and the prepared wheels for an offline pip."""
    for name in ("pyproject.toml", "README.md", "setup.py", "MANIFEST.in"):
        shutil.copy2(ROOT / name, folder / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.mo", "wheels")
    for name in ("diagnostics", "bot", "deploy"):
        shutil.copytree(ROOT / name, folder / name, ignore=ignore)
    shutil.copytree(WHEELS, folder / "deploy" / "wheels")
    return folder


def runtime_requirements() -> list[str]:
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return list(data["project"]["dependencies"])


def build_requirements() -> list[str]:
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return [*data["build-system"]["requires"], "wheel"]


_built: list[str] = []  # IMAGE once built by this process (test_container, test_compose)


def build_image(folder: Path) -> None:
    """deploy/Containerfile built on the local base, pip offline (once per test run)."""
    if _built:
        return
    ensure_base_image()
    context = build_context(folder)
    _run(
        [*podman_command(), "build", *limits(), "--network", "none",
         "--build-arg", f"BASE={BASE_IMAGE}",
         "--build-arg", "PIP_ARGS=--no-index --find-links /src/deploy/wheels",
         "-f", str(context / "deploy" / "Containerfile"), "-t", IMAGE, str(context)],
        timeout=900,
    )  # fmt: skip
    _built.append(IMAGE)


def compose_command(project: str, *files: Path) -> list[str]:
    """Debian's podman-compose (1.0.3) on these files, its podman on runc (see above)."""
    compose = shutil.which("podman-compose")
    if compose is None:
        raise ContainerUnavailable("podman-compose is needed (bash .ci/setup-tests)")
    podman, _, runc = podman_command()
    args = [compose, "--podman-path", podman, f"--podman-args=--runtime={runc}", "-p", project]
    for file in files:
        args += ["-f", str(file)]
    return args


def run(*args: str, options: tuple[str, ...] = (), stdin: str | None = "") -> str:
    """A command in a fresh container of the image; its standard output."""
    return _run(
        [*podman_command(), "run", "--rm", "-i", *limits(), *options, IMAGE, *args],
        timeout=300,
        stdin=stdin,
    )


if __name__ == "__main__":
    if sys.argv[1:] != ["prepare"]:
        raise SystemExit("usage: python -m tests.containers prepare")
    prepare()
