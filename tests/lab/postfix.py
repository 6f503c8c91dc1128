"""The lab's Postfix: every SMTP scenario as a per-address smtpd service of one instance."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from .certs import LabCerts
from .layout import POSTFIX_SERVICES, Service, fqdn
from .mailboxes import SEND_AS
from .procs import failure, read_pid, write_pid

# Internal services Postfix needs to accept mail and throw it away; chroot "n" everywhere
# because the lab has no chroot jail.
INTERNAL_SERVICES = """\
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""


@dataclass(frozen=True)
class PostfixInstance:
    directory: Path
    config_dir: Path
    queue_dir: Path
    log: Path
    services: list[Service]

    @property
    def master_pid_file(self) -> Path:
        return self.queue_dir / "pid" / "master.pid"


def _service_options(svc: Service, certs: LabCerts, sasl: dict[str, Path]) -> list[str]:
    opts = [f"myhostname={fqdn(svc.scenario)}"]
    if svc.scenario in sasl:
        # Dovecot's auth applies its own instance's disable_plaintext_auth to SASL from
        # Postfix too, so each scenario authenticates against the Dovecot of the same mode.
        opts.append(f"smtpd_sasl_path={sasl[svc.scenario]}")
    if svc.scenario == "notls":
        # No TLS at all, and AUTH offered in the clear: the insecure server of the lab.
        opts += ["smtpd_tls_security_level=none", "smtpd_tls_auth_only=no"]
        return opts
    opts.append(f"smtpd_tls_chain_files={certs.servers[svc.scenario].combined}")
    if svc.port == 465:
        opts.append("smtpd_tls_wrappermode=yes")
    if svc.scenario == "cram":
        # A server that relays for nobody, logged in or not: "Relay access denied".
        opts.append("smtpd_relay_restrictions=reject_unauth_destination")
    elif svc.scenario == "tlsrequired":
        opts.append("smtpd_tls_security_level=encrypt")
    return opts


def write_config(
    lab_dir: Path,
    address: dict[str, str],
    certs: LabCerts,
    sasl_socket: Path,
    sasl_overrides: dict[str, Path],
) -> PostfixInstance:
    """Write main.cf and master.cf; `sasl_overrides` maps scenario -> other Dovecot socket."""
    directory = lab_dir / "postfix"
    shutil.rmtree(directory, ignore_errors=True)
    config_dir, queue_dir, data_dir = directory / "etc", directory / "queue", directory / "data"
    for d in (config_dir, queue_dir, data_dir):
        d.mkdir(parents=True)
    shutil.chown(data_dir, "postfix", "postfix")
    log = directory / "maillog"
    send_as = ", ".join(f"{mail}={login}" for mail, login in SEND_AS.items())
    main_cf = f"""\
compatibility_level = 3.6
queue_directory = {queue_dir}
data_directory = {data_dir}
myhostname = healthy.lab.test
mydomain = lab.test
myorigin = $mydomain
mydestination =
# Bind addresses are in master.cf; a lone 127.x address here is refused at start.
inet_interfaces = loopback-only
inet_protocols = ipv4
mynetworks =
# Nothing may ever leave this machine.
default_transport = discard:lab
relay_transport = discard:lab
local_transport = discard:lab
virtual_transport = discard:lab
smtp_dns_support_level = disabled
lmtp_dns_support_level = disabled
# The system resolver is off limits (and slow here): no reverse lookup of clients.
smtpd_peername_lookup = no
alias_maps =
alias_database =
biff = no
# No syslog on these machines.
maillog_file = {log}
maillog_file_prefixes = {lab_dir}
smtpd_banner = $myhostname ESMTP Postfix
smtpd_tls_security_level = may
smtpd_tls_auth_only = yes
smtpd_tls_chain_files = {certs.servers["healthy"].combined}
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = {sasl_socket}
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
# The send test (MAIL FROM, RCPT TO, RSET; never DATA): a login owns only its own address, and
# noowner@lab.test is owned by nobody, so its login may not send as it (send-as refused).
smtpd_sender_login_maps = inline:{{ {send_as} }}
smtpd_sender_restrictions = reject_sender_login_mismatch
message_size_limit = 26214400
# Tests and benchmarks make mistakes on purpose and connect often from one address:
# no tarpit after errors and no per-client connection cap.
smtpd_error_sleep_time = 0
smtpd_client_connection_count_limit = 0
# The load benchmark's hundreds of diagnoses meet the same lab hosts: more smtpd processes than
# the default 100, or connections wait in the listen backlog and read as silent servers.
default_process_limit = 400
"""
    master_cf = INTERNAL_SERVICES
    for svc in POSTFIX_SERVICES:
        master_cf += f"{address[svc.scenario]}:{svc.port} inet n - n - - smtpd\n"
        master_cf += "".join(
            f"  -o {opt}\n" for opt in _service_options(svc, certs, sasl_overrides)
        )
    past = time.time() - 60
    for name, text in (("main.cf", main_cf), ("master.cf", master_cf)):
        (config_dir / name).write_text(text)
        # Postfix waits until a config file is a couple of seconds old ("file is still being
        # written"); a back-dated mtime saves ~2 s at every start.
        os.utime(config_dir / name, (past, past))
    return PostfixInstance(directory, config_dir, queue_dir, log, POSTFIX_SERVICES)


def start(instance: PostfixInstance, pid_dir: Path) -> int:
    """Start Postfix and return the pid of its (daemonised) master."""
    # `postfix start` waits (master -w) until the master has bound its ports, and fails when it
    # cannot; the reason then is in the maillog only.
    result = subprocess.run(
        ["postfix", "-c", str(instance.config_dir), "start"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    pid = read_pid(instance.master_pid_file)
    if pid is not None:
        write_pid(pid_dir, "postfix-master", pid)
    if result.returncode != 0 or pid is None:
        output = (result.stderr or result.stdout).strip()
        raise failure(
            "postfix", f"`postfix start` exited {result.returncode}: {output}", instance.log
        )
    return pid
