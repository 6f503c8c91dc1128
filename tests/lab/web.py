"""nginx for the lab: autoconfig, Autodiscover and a lab ISPDB over TLS with lab certificates.

One address (scenario "web"), many virtual hosts chosen by SNI, so one address serves a good and
an expired certificate (lab-notes.md). Files are world-readable: the workers run as nobody.
"""

from __future__ import annotations

import socket
import ssl
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from .certs import LabCerts
from .discovery import VHOSTS, WEB, Resource
from .procs import failure, insecure_client_context, spawn, write_pid

PORT = 443
HTTP_PORT = 80  # only for Thunderbird's plain-HTTP autoconfig fallback


def _quote(text: str) -> str:
    if "'" in text or "$" in text:
        raise ValueError("lab documents served with `return` may not contain ' or $")
    return f"'{text}'"


def _location(path: str, res: Resource, root: Path) -> str:
    if res.location is not None:
        return f"    location = {path} {{ return {res.status} {res.location}; }}\n"
    if res.login:
        return (
            f"    location = {path} {{\n"
            "      add_header WWW-Authenticate 'Basic realm=\"lab\"' always;\n"
            f"      return {res.status};\n"
            "    }\n"
        )
    if res.any_method:
        # nginx's static module answers POST with 405; `return` answers any method.
        return (
            f"    location = {path} {{\n"
            f"      default_type {res.content_type};\n"
            f"      return {res.status} {_quote(res.body)};\n"
            "    }\n"
        )
    file = root / path.lstrip("/")
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(res.body)
    file.chmod(0o644)
    return (
        f"    location = {path} {{\n"
        f"      default_type {res.content_type};\n"
        f"      root {root};\n"
        "    }\n"
    )


def write_config(lab_dir: Path, address: str, certs: LabCerts) -> tuple[Path, Path]:
    prefix = lab_dir / "nginx"
    www = lab_dir / "www"
    for directory in (prefix, prefix / "logs", prefix / "tmp", www):
        directory.mkdir(parents=True, exist_ok=True)
        directory.chmod(0o755)
    good, expired = certs.servers["web"], certs.servers["webexpired"]
    servers = []
    for vhost in VHOSTS:
        root = www / vhost.name
        root.mkdir(parents=True, exist_ok=True)
        root.chmod(0o755)
        cert = expired if vhost.expired else good
        locations = "".join(_location(p, r, root) for p, r in vhost.resources.items())
        default = " default_server" if vhost.name == WEB else ""
        if vhost.plain_http:
            listen = f"    listen {address}:{HTTP_PORT};\n"
        else:
            listen = (
                f"    listen {address}:{PORT} ssl{default};\n"
                f"    ssl_certificate {cert.chain};\n"
                f"    ssl_certificate_key {cert.key};\n"
            )
        servers.append(
            "  server {\n"
            f"{listen}"
            f"    server_name {vhost.name};\n"
            f"{locations}"
            "    location / { return 404; }\n"
            "  }\n"
        )
    # Port 80 answers 404 for every other name (only plain-HTTP hosts have content there).
    servers.append(
        "  server {\n"
        f"    listen {address}:{HTTP_PORT} default_server;\n"
        "    location / { return 404; }\n"
        "  }\n"
    )
    tmp = prefix / "tmp"
    config = prefix / "nginx.conf"
    config.write_text(
        "daemon off;\n"
        "worker_processes 1;\n"
        f"pid {prefix / 'nginx.pid'};\n"
        f"error_log {prefix / 'logs' / 'error.log'} info;\n"
        "events { worker_connections 256; }\n"
        "http {\n"
        f"  access_log {prefix / 'logs' / 'access.log'};\n"
        f"  client_body_temp_path {tmp / 'body'};\n"
        f"  proxy_temp_path {tmp / 'proxy'};\n"
        f"  fastcgi_temp_path {tmp / 'fastcgi'};\n"
        f"  uwsgi_temp_path {tmp / 'uwsgi'};\n"
        f"  scgi_temp_path {tmp / 'scgi'};\n"
        "  server_tokens off;\n" + "".join(servers) + "}\n"
    )
    return config, prefix / "logs" / "error.log"


def start_nginx(config: Path, log: Path, pid_dir: Path) -> subprocess.Popen[bytes]:
    prefix = config.parent
    proc = spawn(["nginx", "-e", str(log), "-p", str(prefix), "-c", str(config)], log)
    write_pid(pid_dir, "nginx", proc.pid)
    return proc


def wait_https(address: str, deadline: float, died: Callable[[], str | None], log: Path) -> None:
    """Wait until nginx answers an HTTPS request for the web host."""
    ctx: ssl.SSLContext = insecure_client_context()
    last = "no attempt"
    while True:
        dead = died()
        if dead:
            raise failure("nginx", dead, log)
        try:
            with (
                socket.create_connection((address, PORT), timeout=1.0) as raw,
                ctx.wrap_socket(raw, server_hostname=WEB) as sock,
            ):
                sock.settimeout(2.0)
                sock.sendall(f"GET / HTTP/1.0\r\nHost: {WEB}\r\n\r\n".encode())
                if sock.recv(64).startswith(b"HTTP/1."):
                    return
                last = "no HTTP answer"
        except OSError as exc:
            last = repr(exc)
        if time.monotonic() > deadline:
            raise failure("nginx", f"no HTTPS answer on {address}:{PORT} ({last})", log)
        time.sleep(0.05)


def silent_listener(address: str) -> socket.socket:
    """A socket on address:443 that never accepts: the kernel completes the TCP handshake, then
    nothing answers, like an overloaded web server (a source that hangs until its timeout)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((address, PORT))
    sock.listen(64)
    return sock
