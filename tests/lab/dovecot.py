"""Dovecot instances of the lab (IMAP and POP3), one per ssl mode."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .certs import LabCerts
from .layout import DOVECOT_SERVICES, Service
from .procs import spawn, write_pid

# Instance -> the switches that make it what it is.
MODES: dict[str, dict[str, str]] = {
    "main": {"ssl": "yes", "disable_plaintext_auth": "yes"},
    "notls": {"ssl": "no", "disable_plaintext_auth": "no"},
    "tlsrequired": {"ssl": "required", "disable_plaintext_auth": "yes"},
}
# Instances that differ in the login mechanisms they offer (auth_mechanisms is one list for the
# whole auth process, hence an instance each). Passwords are stored with scheme=PLAIN, which
# Dovecot 2.3 can turn into what CRAM-MD5, SCRAM and DIGEST-MD5 need. OAUTHBEARER and XOAUTH2
# check the token with the lab's introspection endpoint (tests/lab/oauth.py), oauth2 passdb.
# (Debian's Dovecot has no NTLM; DIGEST-MD5, RFC 6331 historic, is what we do not test.)
SASL_MODES: dict[str, str] = {
    "scram": "plain login cram-md5 scram-sha-1 scram-sha-256 oauthbearer xoauth2",
    "cram": "cram-md5",
    "scram1": "scram-sha-1 xoauth2",
    "untestable": "digest-md5",
    "authfallback": "plain login cram-md5",
}
# Instances where the password database serving these mechanisms fails, as an LDAP or SQL
# back end that is down does: here a passwd-file the auth process (user dovecot) cannot read.
# Dovecot then answers the mechanism with "NO [UNAVAILABLE] Temporary authentication failure."
# (POP3 "-ERR [SYS/TEMP] ..."), while PLAIN, served by the working database, logs in. (A passdb
# holding only hashed passwords would not do: Dovecot answers CRAM-MD5 there with
# [AUTHENTICATIONFAILED], the same words as a wrong password. Postfix 3.7 relays the failure
# through Dovecot's socket as "535 5.7.8 ... (reason unavailable)", a wrong password's words too:
# the SMTP side of the fallback is the lab's Exim, tests/lab/exim.py.)
FAILING_PASSDB: dict[str, str] = {"authfallback": "cram-md5"}
for _name in SASL_MODES:
    MODES[_name] = {"ssl": "yes", "disable_plaintext_auth": "yes"}
# authfallback also offers PLAIN before TLS on 143 (a legacy setup): the fallback must never
# pick a method that sends the password itself over an unencrypted connection.
MODES["authfallback"] = {"ssl": "yes", "disable_plaintext_auth": "no"}
# An instance whose greeting (login_greeting, IMAP and POP3 alike) states an inactivity limit
# shorter than the 29 minutes after which mail apps renew IDLE: the words are what a diagnosis
# can read (diagnostics/wire/inactivity.py); Dovecot itself keeps its fixed 30 minutes.
GREETINGS = {"shortidle": "Mail ready. Idle connections are closed after 10 minutes."}
MODES["shortidle"] = {"ssl": "yes", "disable_plaintext_auth": "yes"}
OAUTH_MECHANISMS = {"oauthbearer", "xoauth2"}
INBOX_PREFIXED = {"scram1"}  # instances whose personal namespace has the prefix "INBOX."

DH_FILE = Path("/usr/share/dovecot/dh.pem")


@dataclass(frozen=True)
class DovecotInstance:
    name: str
    directory: Path
    config: Path
    log: Path
    services: list[Service]

    @property
    def auth_socket(self) -> Path:
        """The SASL socket Postfix authenticates through."""
        return self.directory / "run" / "auth-client"


# Dovecot's built-in listener names per protocol: ours must reuse them, or the built-in ones
# stay active on the global `listen` address and collide with ours.
LISTENER_NAMES = {"imap": {143: "imap", 993: "imaps"}, "pop3": {110: "pop3", 995: "pop3s"}}


def _listeners(services: list[Service], address: dict[str, str], proto: str) -> str:
    """The inet_listener blocks of one login service; port 0 switches a listener off."""
    by_port: dict[int, list[str]] = {}
    for svc in services:
        if svc.proto == proto:
            by_port.setdefault(svc.port, []).append(address[svc.scenario])
    blocks = []
    for port, name in LISTENER_NAMES[proto].items():
        addrs = by_port.get(port)
        blocks.append(
            f"  inet_listener {name} {{\n"
            + (
                f"    address = {' '.join(addrs)}\n    port = {port}\n"
                if addrs
                else "    port = 0\n"
            )
            + "  }\n"
        )
    return "".join(blocks)


def _passdbs(name: str, users_file: Path, directory: Path, introspect_url: str) -> list[str]:
    """The password file for every mechanism but OAuth; the oauth2 passdb for OAuth."""
    mechanisms = SASL_MODES.get(name, "plain login").split()
    oauth = [m for m in mechanisms if m in OAUTH_MECHANISMS]
    lines: list[str] = []
    if name in FAILING_PASSDB:
        locked = directory / "locked-users"
        locked.write_text("")
        locked.chmod(0)  # root's, unreadable for the auth process
        failing = FAILING_PASSDB[name]
        lines += [
            "passdb {",
            "  driver = passwd-file",
            f"  mechanisms = {failing}",
            f"  args = scheme=PLAIN {locked}",
            "}",
        ]
        mechanisms = [m for m in mechanisms if m not in failing.split()]
    lines += ["passdb {", "  driver = passwd-file", f"  args = scheme=PLAIN {users_file}"]
    if name in FAILING_PASSDB:
        lines.append(f"  mechanisms = {' '.join(mechanisms)}")
    if oauth:
        others = [m for m in mechanisms if m not in OAUTH_MECHANISMS]
        # `mechanisms` keeps the token away from the password file and the password away from
        # the introspection endpoint. (IMAP LOGIN and POP3 USER are PLAIN inside Dovecot.)
        lines.append(f"  mechanisms = {' '.join(others) or 'none'}")
    lines.append("}")
    if oauth:
        conf = directory / "oauth2.conf.ext"
        # RFC 7662 introspection by POST; the answer's "username" must be the login's user and
        # "active" true.
        conf.write_text(
            "introspection_mode = post\n"
            f"introspection_url = {introspect_url}\n"
            "username_attribute = username\n"
            "active_attribute = active\n"
            "active_value = true\n"
            "force_introspection = yes\n"
        )
        conf.chmod(0o644)
        lines += [
            "passdb {",
            "  driver = oauth2",
            f"  mechanisms = {' '.join(oauth)}",
            f"  args = {conf}",
            "}",
        ]
    return lines


def write_config(
    name: str,
    lab_dir: Path,
    address: dict[str, str],
    certs: LabCerts,
    users_file: Path,
    introspect_url: str = "",
) -> DovecotInstance:
    """Write the config of one instance into a wiped directory of its own."""
    directory = lab_dir / f"dovecot-{name}"
    shutil.rmtree(directory, ignore_errors=True)  # stale master.pid: "already running"
    (directory / "state").mkdir(parents=True)
    mail = lab_dir / "mail"
    mail.mkdir(exist_ok=True)
    mail.chmod(0o777)  # mail processes run as nobody
    services = DOVECOT_SERVICES[name]
    scenarios = list(dict.fromkeys(s.scenario for s in services))
    mode = MODES[name]
    log = directory / "dovecot.log"
    lines = [
        f"base_dir = {directory / 'run'}",
        f"state_dir = {directory / 'state'}",
        f"instance_name = mailmedic-lab-{name}",
        f"log_path = {log}",
        f"info_log_path = {log}",
        "protocols = imap pop3",
        # Every listener names its addresses; this only keeps the wildcard default away.
        f"listen = {address[scenarios[0]]}",
        f"ssl = {mode['ssl']}",
        f"disable_plaintext_auth = {mode['disable_plaintext_auth']}",
        f"auth_mechanisms = {SASL_MODES.get(name, 'plain login')}",
        # A failed login would otherwise delay the next answer by 2 s, plus the per-IP penalty
        # (switched off below); tests log in wrongly on purpose.
        "auth_failure_delay = 0",
        *([f"login_greeting = {GREETINGS[name]}"] if name in GREETINGS else []),
        "auth_verbose = yes",
        f"mail_location = maildir:{mail}/%u",
        *_passdbs(name, users_file, directory, introspect_url),
        "userdb {",
        "  driver = static",
        f"  args = uid=nobody gid=nogroup home={mail}/%u",
        "}",
        "service anvil {",
        "  unix_listener anvil-auth-penalty {",
        "    mode = 0",
        "  }",
        "}",
        "service auth {",
        "  unix_listener auth-client {",
        "    mode = 0666",
        "  }",
        "}",
        # After the login (tests/lab/mailboxes.py): quotas (RFC 9208) from the users file's
        # userdb_quota_rule, and special-use folders (RFC 6154) where a user has them. `auto`
        # stays "no": a diagnosis must not create folders.
        "mail_plugins = $mail_plugins quota",
        "plugin {",
        "  quota = count:User quota",
        "  quota_vsizes = yes",
        "  quota_rule = *:storage=1G",
        "}",
        "namespace inbox {",
        "  inbox = yes",
        *(
            # Courier's and Cyrus's layout: every folder below "INBOX." (RFC 2342 NAMESPACE).
            ["  prefix = INBOX.", "  separator = ."] if name in INBOX_PREFIXED else []
        ),
        "  mailbox Sent {",
        "    special_use = \\Sent",
        "  }",
        "  mailbox Drafts {",
        "    special_use = \\Drafts",
        "  }",
        "  mailbox Trash {",
        "    special_use = \\Trash",
        "  }",
        "  mailbox Junk {",
        "    special_use = \\Junk",
        "  }",
        "}",
        # Benchmarks open many sessions from 127.0.0.1 as the same user.
        "protocol imap {",
        "  mail_max_userip_connections = 1000",
        "  mail_plugins = $mail_plugins imap_quota",
        "}",
        # Dovecot's default login service is one process per connection, 100 at most: the
        # load benchmark's hundreds of diagnoses of the same lab hosts would queue in the
        # listen backlog and read as silent servers. A provider serves more: "high-performance
        # mode" (doc.dovecot.org, login processes), many connections per login process.
        "service imap-login {",
        _listeners(services, address, "imap").rstrip("\n"),
        *_LOGIN_CAPACITY,
        "}",
        "service pop3-login {",
        _listeners(services, address, "pop3").rstrip("\n"),
        *_LOGIN_CAPACITY,
        "}",
    ]
    if mode["ssl"] != "no":
        default = certs.servers[scenarios[0]]
        lines += [f"ssl_cert = <{default.chain}", f"ssl_key = <{default.key}"]
        if DH_FILE.exists():
            lines.append(f"ssl_dh = <{DH_FILE}")
        # The certificate follows the address the client connected to, like separate hosts.
        for scenario in scenarios[1:]:
            files = certs.servers[scenario]
            lines += [
                f"local {address[scenario]} {{",
                f"  ssl_cert = <{files.chain}",
                f"  ssl_key = <{files.key}",
                "}",
            ]
    config = directory / "dovecot.conf"
    config.write_text("\n".join(lines) + "\n")
    return DovecotInstance(name, directory, config, log, services)


_LOGIN_CAPACITY = ("  service_count = 0", "  client_limit = 1000", "  process_min_avail = 2")


def start(instance: DovecotInstance, pid_dir: Path) -> subprocess.Popen[bytes]:
    # -F: stay in the foreground, so the master is our child and leads its own process group.
    proc = spawn(["dovecot", "-F", "-c", str(instance.config)], instance.log)
    write_pid(pid_dir, f"dovecot-{instance.name}", proc.pid)
    return proc
