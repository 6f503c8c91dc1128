"""Building and running deploy/Containerfile with Podman on this closed machine.

No registry is reachable here, so the image's base is made locally: a Debian bookworm root
file system from `debootstrap` (Debian's mirror is reachable, as for apt), imported as
`localhost/mailmedic-base:bookworm` — the same Debian and Python 3.11 that the default base,
`python:3.11-slim-bookworm`, is built from. The project is installed in the image from the
build context exactly as the Containerfile says; pip only gets `--no-index --find-links` to the
wheels this module downloads on the host beforehand (PIP_ARGS), since the build has no network.

The sandbox this runs in mounts cgroups v1 and v2 side by side, which crun refuses, and caps the
number of files and processes below Podman's defaults: runc, with explicit limits, runs there
and on an ordinary host alike.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASE_IMAGE = "localhost/mailmedic-base:bookworm"
IMAGE = "localhost/mailmedic:test"
MIRROR = "http://deb.debian.org/debian"
# What the image's build and run need beyond debootstrap's minimal base.
BASE_PACKAGES = "python3,python3-venv,ca-certificates"


class ContainerUnavailable(Exception):
    """Podman, runc or debootstrap is missing (the test set-up installs them)."""


def podman_command() -> list[str]:
    podman, runc = shutil.which("podman"), shutil.which("runc")
    if podman is None or runc is None:
        raise ContainerUnavailable("podman and runc are needed (bash .ci/setup-tests)")
    return [podman, "--runtime", runc]


def limits() -> list[str]:
    """The file and process limits a container may have here: within this process's own."""
    import resource

    files = min(resource.getrlimit(resource.RLIMIT_NOFILE)[1], 65536)
    procs = min(resource.getrlimit(resource.RLIMIT_NPROC)[1], 4096)
    return ["--ulimit", f"nofile={files}:{files}", "--ulimit", f"nproc={procs}:{procs}"]


def _run(args: list[str], *, timeout: float, stdin: str | None = None) -> str:
    done = subprocess.run(
        args, input=stdin, capture_output=True, text=True, timeout=timeout, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:4])}… exited {done.returncode}: {done.stderr[-2000:]}")
    return done.stdout


def ensure_base_image() -> None:
    """The local base image, made once per machine (Podman keeps it)."""
    podman = podman_command()
    if subprocess.run([*podman, "image", "exists", BASE_IMAGE], check=False).returncode == 0:
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


def build_context(folder: Path) -> Path:
    """The files the Containerfile copies, and the wheels for an offline pip."""
    for name in ("pyproject.toml", "README.md", "setup.py", "MANIFEST.in"):
        shutil.copy2(ROOT / name, folder / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.mo")
    for name in ("diagnostics", "bot", "deploy"):
        shutil.copytree(ROOT / name, folder / name, ignore=ignore)
    wheels = folder / "deploy" / "wheels"
    wheels.mkdir()
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    # The project's dependencies (built or downloaded on the host), and its build backend.
    _run([*pip, "wheel", "--wheel-dir", str(wheels), str(ROOT)], timeout=900)
    requires = build_requirements()
    _run([*pip, "download", "--dest", str(wheels), *requires], timeout=900)
    return folder


def build_requirements() -> list[str]:
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return [*data["build-system"]["requires"], "wheel"]


def build_image(folder: Path) -> None:
    """deploy/Containerfile built on the local base, pip offline."""
    ensure_base_image()
    context = build_context(folder)
    _run(
        [*podman_command(), "build", *limits(), "--network", "none",
         "--build-arg", f"BASE={BASE_IMAGE}",
         "--build-arg", "PIP_ARGS=--no-index --find-links /src/deploy/wheels",
         "-f", str(context / "deploy" / "Containerfile"), "-t", IMAGE, str(context)],
        timeout=900,
    )  # fmt: skip


def run(*args: str, options: tuple[str, ...] = (), stdin: str | None = "") -> str:
    """A command in a fresh container of the image; its standard output."""
    return _run(
        [*podman_command(), "run", "--rm", "-i", *limits(), *options, IMAGE, *args],
        timeout=300,
        stdin=stdin,
    )
