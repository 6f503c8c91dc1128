"""Building and running deploy/Containerfile with Podman on this closed machine.

No registry is reachable here, so the image's base is made locally: a Debian bookworm root
file system from `debootstrap` (Debian's mirror is reachable, as for apt), imported as
`localhost/mailmedic-base:bookworm-<hash of its packages>` — the same Debian and Python 3.11
that the default base, `python:3.11-slim-bookworm`, is built from; with redis-server, it is also
the compose test's Redis. The project is installed in the image from the
build context exactly as the Containerfile says; pip only gets `--no-index --find-links` to the
wheels this module downloads on the host beforehand (PIP_ARGS), since the build has no network.

The sandbox this runs in mounts cgroups v1 and v2 side by side, which crun refuses, and caps the
number of files and processes below Podman's defaults: runc, with explicit limits, runs there
and on an ordinary host alike.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
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
    for name in ("pyproject.toml", "README.md"):
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
    image_python = _run(
        [*podman_command(), "run", "--rm", *limits(), "--network", "none", BASE_IMAGE,
         "python3", "-c", "import platform; print(platform.python_version())"],
        timeout=120,
    ).strip()  # fmt: skip
    for _ in range(5):  # each round adds one level of the dependency tree
        missing = wheels_missing(wheels, image_python)
        if not missing:
            return folder
        _run([*pip, "download", "--no-deps", "--only-binary=:all:", "--dest", str(wheels),
              *missing], timeout=900)  # fmt: skip
    raise RuntimeError(f"no wheels for {missing} (Python {image_python})")


def wheels_missing(wheels: Path, python: str) -> list[str]:
    """What the wheels require under the image's Python and no wheel there provides.

    pip evaluates environment markers for the interpreter it runs on, not for a target: the
    host's Python here is newer than Debian bookworm's 3.11.2, and redis-py wants async-timeout
    only below 3.11.3. Each missing requirement is returned without its marker (already true
    for the image), for `pip download --no-deps`; repeated until nothing is missing.
    """
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name, parse_wheel_filename

    target = {"python_full_version": python, "python_version": python.rsplit(".", 1)[0],
              "extra": ""}  # fmt: skip
    found = list(wheels.glob("*.whl"))
    have = {canonicalize_name(parse_wheel_filename(w.name)[0]) for w in found}
    missing: set[str] = set()
    for wheel in found:
        with zipfile.ZipFile(wheel) as archive:
            meta = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
            text = archive.read(meta).decode("utf-8", "replace")
        for line in text.splitlines():
            if not line.startswith("Requires-Dist:"):
                continue
            requirement = Requirement(line.split(":", 1)[1].strip())
            if requirement.marker is not None and not requirement.marker.evaluate(target):
                continue
            if canonicalize_name(requirement.name) not in have:
                requirement.marker = None
                missing.add(str(requirement))
    return sorted(missing)


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
