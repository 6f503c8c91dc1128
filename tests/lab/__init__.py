"""A mail lab on loopback: real Dovecot, Postfix and dnsmasq, plus misbehaving servers of our own.

`start_lab()` brings everything up in a few seconds and returns the Lab and a stop function; the
session fixture in tests/conftest.py and `python -m tests.lab` use it. Every scenario host has its
own 127.x address on the standard ports, named in the lab DNS zone lab.test, so the product
resolves through `--dns`, connects to the address and checks the certificate against the name,
exactly as with a real host.

Environment:
  MAILMEDIC_LAB_DIR            runtime directory (default: a fresh temporary one, removed at stop)
  MAILMEDIC_LAB_KEEP=1         keep the temporary directory (logs) after stop
  MAILMEDIC_LAB_FILTER=backlog use the listen-queue fallback for "filtered" even with nftables
  MAILMEDIC_LAB_START_TIMEOUT  seconds to wait for every greeting (default 20)

Logs: dovecot-*/dovecot.log, postfix/maillog, exim/exim.log and exim/log/mainlog,
dnsmasq/dnsmasq.log, nginx/logs/, oddservers.log.
Discovery domains (SRV, MX, autoconfig, Autodiscover, the lab ISPDB): tests/lab/discovery.py.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import functools
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import dns.message
import dns.query
import dns.rcode

from . import dovecot, exim, firewall, mailboxes, oauth, postfix, web
from .certs import make_certs
from .discovery import DOMFORM_USER, ISPDB_PATH, WEB
from .layout import (
    BROKEN_DNS_ADDRESS,
    DNS_ADDRESS,
    DNS_PORT,
    DOMAIN,
    SCENARIO_ADDRESSES,
    Service,
    fqdn,
    slot_address,
)
from .nameservers import start_dnsmasq, write_dnsmasq_config
from .oddservers import OddServers
from .procs import (
    Cleanup,
    LabStartError,
    failure,
    insecure_client_context,
    kill_tree,
    pid_alive,
    process_mentions,
    read_pid,
    wait_greeting,
)

__all__ = ["Lab", "LabStartError", "ScenarioUnavailable", "start_lab"]

SLOTS = 8
SLOT_DIR = Path(tempfile.gettempdir()) / "mailmedic-lab-slots"
# Sub-directories the lab owns inside its directory; a reused MAILMEDIC_LAB_DIR is cleaned of
# these only, never wiped wholesale.
OWNED = (
    "certs",
    "dovecot-main",
    "dovecot-notls",
    "dovecot-tlsrequired",
    *(f"dovecot-{name}" for name in dovecot.SASL_MODES),
    *(f"dovecot-{name}" for name in dovecot.GREETINGS),
    "postfix",
    "exim",
    "dnsmasq",
    "nginx",
    "www",
)
OWNED_FILES = ("users", "oddservers.log")

GREETINGS = {"imap": b"* OK", "pop3": b"+OK", "smtp": b"220"}


class ScenarioUnavailable(LookupError):
    """The scenario cannot be offered on this machine (e.g. "unreachable" without nftables)."""


@dataclass(frozen=True)
class Lab:
    dns: str  # HOST:PORT of dnsmasq serving lab.test
    broken_dns: str  # HOST:PORT of a server that answers SERVFAIL/REFUSED or nothing
    lying_dns: str  # HOST:PORT of a resolver that answers NXDOMAIN for every name, the root too
    silent_dns: str  # HOST:PORT of a resolver that never answers
    rootonly_dns: str  # HOST:PORT of one that answers the root and NXDOMAIN for all else
    cafile: str  # the lab root CA (PEM); the "unknownca" issuer is not in it
    domain: str  # "lab.test"
    users: dict[str, str]  # login -> password, accepted by Dovecot and Postfix SASL
    addresses: dict[str, str]  # scenario -> address, for every scenario available here
    filter_method: str  # "nftables" or "backlog": how 993 of "filtered" drops SYNs
    lab_dir: str  # runtime files and logs (dovecot-*/dovecot.log, postfix/maillog, ...)
    unknown_cafile: str  # the CA behind "unknownca", for tests that want to trust it
    slot: int  # 0 normally; N when another lab already ran here (addresses 127.N.x.y)
    # nginx (tests/lab/web.py): the lab ISPDB's base URL, for MAILMEDIC_ISPDB_URL.
    ispdb_url: str = ""
    # login -> a bearer token the lab's introspection endpoint accepts (XOAUTH2, OAUTHBEARER).
    oauth_tokens: dict[str, str] = field(default_factory=dict)

    def host(self, scenario: str) -> str:
        """The scenario's name in the lab zone, e.g. "healthy" -> "healthy.lab.test"."""
        self.address(scenario)  # same checks
        return fqdn(scenario)

    def address(self, scenario: str) -> str:
        """The scenario's address, e.g. "healthy" -> "127.0.10.1"."""
        if scenario in self.addresses:
            return self.addresses[scenario]
        if scenario in SCENARIO_ADDRESSES:
            raise ScenarioUnavailable(
                f"lab scenario {scenario!r} is not available on this machine: it needs "
                "nftables (nft missing or refused); skip the test here"
            )
        raise KeyError(f"no lab scenario {scenario!r}; known: {', '.join(self.addresses)}")

    @property
    def hosts(self) -> dict[str, str]:
        """scenario -> FQDN for every scenario available here."""
        return {s: fqdn(s) for s in self.addresses}

    def as_json(self) -> dict[str, Any]:
        """What `python -m tests.lab` prints."""
        return {
            "dns": self.dns,
            "broken_dns": self.broken_dns,
            "lying_dns": self.lying_dns,
            "silent_dns": self.silent_dns,
            "rootonly_dns": self.rootonly_dns,
            "cafile": self.cafile,
            "domain": self.domain,
            "users": self.users,
            "hosts": self.hosts,
            "addresses": self.addresses,
            "filter_method": self.filter_method,
            "lab_dir": self.lab_dir,
            "unknown_cafile": self.unknown_cafile,
            "slot": self.slot,
            "ispdb_url": self.ispdb_url,
            "oauth_tokens": self.oauth_tokens,
        }


# --- slots and leftovers --------------------------------------------------------------------


def _acquire_slot() -> tuple[int, int]:
    """Lock the first free slot and return (slot, fd of its lock).

    The lock dies with its process, so a slot that can be locked belongs to no live lab and
    anything recorded for it is a leftover of a killed run.
    """
    SLOT_DIR.mkdir(exist_ok=True)
    for slot in range(SLOTS):
        fd = os.open(SLOT_DIR / f"slot{slot}.lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue
        return slot, fd
    raise LabStartError(f"lab: all {SLOTS} lab slots are in use (locks in {SLOT_DIR})")


def _kill_leftovers(lab_dir: Path) -> None:
    """Stop servers that a killed earlier run started from `lab_dir`, found by pid files."""
    pid_files = [
        *(lab_dir / "pids").glob("*.pid"),
        *lab_dir.glob("dovecot-*/run/master.pid"),
        lab_dir / "postfix" / "queue" / "pid" / "master.pid",
    ]
    for pid_file in pid_files:
        pid = read_pid(pid_file)
        # The lab dir in its command line or environment proves the pid is still ours and
        # not an unrelated process that inherited the number.
        # (With the trailing slash, /x/.lab does not match a neighbour's /x/.lab-1.)
        mine = process_mentions(pid, f"{lab_dir}/") if pid else False
        if pid and pid != os.getpid() and pid_alive(pid) and mine:
            kill_tree(pid)
        with contextlib.suppress(OSError):
            pid_file.unlink()


def _clean_slot(slot: int) -> None:
    record = SLOT_DIR / f"slot{slot}.json"
    with contextlib.suppress(OSError, ValueError):
        old = json.loads(record.read_text())
        old_dir = Path(old["lab_dir"])
        _kill_leftovers(old_dir)
        if old.get("temporary"):
            shutil.rmtree(old_dir, ignore_errors=True)
    firewall.remove(firewall.table_name(slot))


def _lab_dir(slot: int) -> tuple[Path, bool]:
    """(directory, whether we created it as a temporary one)."""
    configured = os.environ.get("MAILMEDIC_LAB_DIR")
    if not configured:
        return Path(tempfile.mkdtemp(prefix=f"mailmedic-lab{slot}-")), True
    path = Path(configured).absolute()
    if slot:
        path = path.with_name(f"{path.name}-{slot}")
    path.mkdir(parents=True, exist_ok=True)
    _kill_leftovers(path)
    for name in OWNED:
        shutil.rmtree(path / name, ignore_errors=True)
    for name in OWNED_FILES:
        with contextlib.suppress(OSError):
            (path / name).unlink()
    return path, False


# --- start ----------------------------------------------------------------------------------


def _wait_dns(
    host: str, port: int, deadline: float, died: Callable[[], str | None], log: Path
) -> None:
    query = dns.message.make_query(fqdn("healthy"), "A")
    last = "no attempt"
    while True:
        dead = died()
        if dead:
            raise failure("dnsmasq", dead, log)
        try:
            answer = dns.query.udp(query, host, port=port, timeout=0.5)
            if answer.rcode() == dns.rcode.NOERROR and answer.answer:
                return
            last = f"rcode {dns.rcode.to_text(answer.rcode())}"
        except Exception as exc:  # dnspython raises several unrelated types
            last = repr(exc)
        if time.monotonic() > deadline:
            raise failure("dnsmasq", f"no answer from {host}:{port} ({last})", log)
        time.sleep(0.05)


def _died(
    proc: subprocess.Popen[bytes] | None, name: str, abort: threading.Event
) -> Callable[[], str | None]:
    """A readiness check's early exit: the server died, or another piece already failed."""

    def check() -> str | None:
        if abort.is_set():
            return "start-up aborted: another lab server failed"
        code = proc.poll() if proc else None
        return None if code is None else f"{name} exited with status {code}"

    return check


def start_lab() -> tuple[Lab, Callable[[], None]]:
    """Start every lab server and return the Lab and an idempotent stop function."""
    started = time.monotonic()
    timeout = float(os.environ.get("MAILMEDIC_LAB_START_TIMEOUT", "20"))
    deadline = started + timeout
    slot, lock_fd = _acquire_slot()
    cleanup = Cleanup()
    stop_lock = threading.Lock()

    def release_slot() -> None:
        with contextlib.suppress(OSError):
            (SLOT_DIR / f"slot{slot}.json").unlink()
        os.close(lock_fd)

    cleanup.add("slot lock", release_slot)

    def stop() -> None:
        with stop_lock:
            if cleanup.done:
                return
            errors = cleanup.run()
        if errors:
            print(
                "mailmedic lab: errors while stopping:\n  " + "\n  ".join(errors), file=sys.stderr
            )

    try:
        lab = _start(slot, cleanup, deadline)
    except BaseException:
        stop()
        raise
    atexit.register(stop)
    with contextlib.suppress(OSError):
        (Path(lab.lab_dir) / "startup-seconds").write_text(f"{time.monotonic() - started:.2f}\n")
    return lab, stop


def _start(slot: int, cleanup: Cleanup, deadline: float) -> Lab:
    _clean_slot(slot)
    lab_dir, temporary = _lab_dir(slot)
    if temporary and not os.environ.get("MAILMEDIC_LAB_KEEP"):
        cleanup.add("lab dir", lambda: shutil.rmtree(lab_dir, ignore_errors=True))
    (SLOT_DIR / f"slot{slot}.json").write_text(
        json.dumps({"lab_dir": str(lab_dir), "temporary": temporary, "owner": os.getpid()})
    )
    # Dovecot's and Postfix's unprivileged processes must reach their files in here.
    lab_dir.chmod(0o755)
    pid_dir = lab_dir / "pids"
    pid_dir.mkdir(exist_ok=True)

    address = {s: slot_address(a, slot) for s, a in SCENARIO_ADDRESSES.items()}
    dns_host, broken_host = slot_address(DNS_ADDRESS, slot), slot_address(BROKEN_DNS_ADDRESS, slot)

    certs = make_certs(lab_dir / "certs")
    users = {"alice@lab.test": secrets.token_urlsafe(12), "bob": secrets.token_urlsafe(12)}
    extra = (*mailboxes.QUOTA_USERS, *mailboxes.OTHER_USERS, DOMFORM_USER)
    users.update({u: secrets.token_urlsafe(12) for u in extra})
    users_file = lab_dir / "users"
    users_file.write_text(mailboxes.users_lines(users))
    users_file.chmod(0o644)
    (lab_dir / "mail").mkdir(exist_ok=True)
    mailboxes.write_mailboxes(lab_dir / "mail")

    tokens = {"alice@lab.test": secrets.token_urlsafe(24)}
    introspect_url = oauth.introspect_url(address["introspect"])
    instances = [
        dovecot.write_config(name, lab_dir, address, certs, users_file, introspect_url)
        for name in dovecot.MODES
    ]
    sockets = {inst.name: inst.auth_socket for inst in instances}
    pf = postfix.write_config(
        lab_dir,
        address,
        certs,
        sockets["main"],
        {
            "notls": sockets["notls"],
            "tlsrequired": sockets["tlsrequired"],
            "scram": sockets["scram"],
            "cram": sockets["cram"],
            "authfallback": sockets["authfallback"],
        },
    )
    ex = exim.write_config(lab_dir, address["exim"], certs, users_file, address["eximfallback"])
    dnsmasq_conf, dnsmasq_log = write_dnsmasq_config(lab_dir, dns_host, DNS_PORT, address)

    abort = threading.Event()
    with ThreadPoolExecutor(max_workers=16, thread_name_prefix="lab-start") as pool:
        waits: list[Future[None]] = []
        tls = insecure_client_context()

        def wait_services(
            what: str, services: list[Service], log: Path, died: Callable[[], str | None]
        ) -> None:
            for svc in services:
                waits.append(
                    pool.submit(
                        wait_greeting,
                        address[svc.scenario],
                        svc.port,
                        GREETINGS[svc.proto],
                        tls=tls if svc.implicit_tls else None,
                        deadline=deadline,
                        what=what,
                        logs=[log],
                        died=died,
                    )
                )

        def stop_postfix() -> None:
            pid = read_pid(pf.master_pid_file)
            if pid:
                kill_tree(pid)

        try:
            # Postfix is the slowest piece (its start script checks the queue): start it
            # first and bring up everything else meanwhile.
            cleanup.add("postfix", stop_postfix)
            postfix_started: Future[int] = pool.submit(postfix.start, pf, pid_dir)

            for inst in instances:
                proc = dovecot.start(inst, pid_dir)
                cleanup.add(f"dovecot {inst.name}", functools.partial(kill_tree, proc.pid))
                died = _died(proc, "dovecot", abort)
                wait_services(f"dovecot {inst.name}", inst.services, inst.log, died)

            exim_proc = exim.start(ex, pid_dir)
            cleanup.add("exim", lambda: kill_tree(exim_proc.pid))
            wait_services("exim", ex.services, ex.log, _died(exim_proc, "exim", abort))

            dnsmasq = start_dnsmasq(dnsmasq_conf, dnsmasq_log, pid_dir)
            cleanup.add("dnsmasq", lambda: kill_tree(dnsmasq.pid))
            died = _died(dnsmasq, "dnsmasq", abort)
            waits.append(pool.submit(_wait_dns, dns_host, DNS_PORT, deadline, died, dnsmasq_log))

            nginx_conf, nginx_log = web.write_config(lab_dir, address["web"], certs)
            nginx = web.start_nginx(nginx_conf, nginx_log, pid_dir)
            cleanup.add("nginx", lambda: kill_tree(nginx.pid))
            died = _died(nginx, "nginx", abort)
            waits.append(pool.submit(web.wait_https, address["web"], deadline, died, nginx_log))
            silent = web.silent_listener(address["silentweb"])
            cleanup.add("silent web listener", silent.close)

            odd = OddServers(lab_dir / "oddservers.log")
            odd.users = users
            cleanup.add("asyncio servers", odd.stop)
            try:
                odd.start(address, certs, (broken_host, DNS_PORT))
                runner = odd.call(
                    oauth.start_introspection(
                        address["introspect"], {t: u for u, t in tokens.items()}
                    )
                )
                cleanup.add("introspection", lambda: odd.call(runner.cleanup()))
            except OSError as exc:
                raise failure("asyncio servers", repr(exc), lab_dir / "oddservers.log") from exc

            table = firewall.table_name(slot)
            cleanup.add("nftables", lambda: firewall.remove(table))
            if os.environ.get("MAILMEDIC_LAB_FILTER") == "backlog":
                # For trying the fallback on a machine where nftables works.
                problem: str | None = "MAILMEDIC_LAB_FILTER=backlog"
            else:
                filtered = (address["filtered"], 993)
                problem = firewall.install(table, filtered, address["unreachable"])
            if problem is None:
                filter_method = "nftables"
            else:
                filter_method = "backlog"
                print(f"mailmedic lab: {problem}; using a full listen queue", file=sys.stderr)
                odd.block_port(address["filtered"], 993)

            postfix_started.result()
            wait_services("postfix", pf.services, pf.log, _died(None, "postfix", abort))
            for wait in waits:
                wait.result()
        except BaseException:
            # Let the other readiness checks give up now instead of at the deadline.
            abort.set()
            raise

    return Lab(
        dns=f"{dns_host}:{DNS_PORT}",
        broken_dns=f"{broken_host}:{DNS_PORT}",
        lying_dns=f"{broken_host}:{DNS_PORT + 1}",
        silent_dns=f"{broken_host}:{DNS_PORT + 2}",
        rootonly_dns=f"{broken_host}:{DNS_PORT + 3}",
        cafile=str(certs.cafile),
        domain=DOMAIN,
        users=users,
        # Without nftables nothing makes "unreachable" unreachable: leave it out.
        addresses={
            s: a for s, a in address.items() if s != "unreachable" or filter_method == "nftables"
        },
        filter_method=filter_method,
        lab_dir=str(lab_dir),
        unknown_cafile=str(certs.unknown_cafile),
        slot=slot,
        ispdb_url=f"https://{WEB}{ISPDB_PATH}",
        oauth_tokens=tokens,
    )
