"""Exim 4 in the lab: an SMTP server that is not Postfix, for the send test that sends nothing.

Exim cannot be installed beside Postfix (both provide mail-transport-agent), so .ci/setup-tests
unpacks Debian's exim4-daemon-light with `dpkg-deb -x` into EXIM_ROOT (.ci/lib.sh unpack_exim)
and creates the Debian-exim user the binary looks up at start. Here it runs as a foreground
daemon (`exim4 -C FILE -bdf`) from a private configuration on the "exim" host's own address:

- ports 25, 587 (STARTTLS) and 465 (implicit TLS, `tls_on_connect_ports`); AUTH only after TLS
  (`auth_advertise_hosts`), like Postfix's smtpd_tls_auth_only;
- PLAIN and LOGIN (the plaintext driver) and CRAM-MD5 (the cram_md5 driver) against the lab's
  passwd-file users (the same file Dovecot reads: `lsearch`, first colon field);
- send-as checked at MAIL FROM (Postfix checks it only at RCPT): the address must belong to the
  login (mailboxes.SEND_AS), else 550 at MAIL;
- relaying only for logins on 587 and 465; port 25 is an MX that relays for nobody: Exim's own
  "relay not permitted" (its default configuration's words);
- `message_size_limit`, announced as SIZE (RFC 1870);
- a second address, "eximfallback" (465 only), where CRAM-MD5 looks the password up in a file
  that is not there: the lookup defers and Exim answers "435 Unable to authenticate at present"
  while PLAIN works (the autoconfig draft's authentication fallback);
- DATA refused by ACL and no routers: nothing can be accepted, let alone leave.

Exim documents all of this in its specification (chapters "The default configuration file",
"SMTP authentication", "Access control lists"); the configuration below is written from it.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .certs import LabCerts
from .layout import EXIM_SERVICES, Service, fqdn
from .mailboxes import SEND_AS
from .procs import LabStartError, spawn, write_pid

EXIM_ROOT = Path(os.environ.get("MAILMEDIC_LAB_EXIM_ROOT", "/opt/mailmedic-lab/exim4"))
EXIM_USER = "Debian-exim"  # compiled into Debian's binary (EXIM_USER=ref:Debian-exim)
SCENARIO = "exim"
SIZE_LIMIT = 10 * 1024 * 1024  # message_size_limit = 10M


@dataclass(frozen=True)
class EximInstance:
    directory: Path
    config: Path
    log: Path  # the daemon's stderr; Exim's own logs are in log/mainlog, log/paniclog
    services: list[Service]


def binary() -> Path:
    """The unpacked exim4, or a LabStartError that says how to get it."""
    path = EXIM_ROOT / "usr" / "sbin" / "exim4"
    if not os.access(path, os.X_OK):
        raise LabStartError(
            f"lab: exim: {path} is missing: run .ci/setup-tests (it unpacks Debian's "
            "exim4-daemon-light there; MAILMEDIC_LAB_EXIM_ROOT moves it)"
        )
    try:
        pwd.getpwnam(EXIM_USER)
    except KeyError:
        raise LabStartError(
            f"lab: exim: the user {EXIM_USER} does not exist: run .ci/setup-tests"
        ) from None
    return path


# Exim's expansion syntax is all braces: placeholders are @NAME@, filled by str.replace.
CONFIG = r"""
exim_path = @EXIM@
primary_hostname = @HOSTNAME@
spool_directory = @DIR@/spool
log_file_path = @DIR@/log/%slog
pid_file_path = @DIR@/exim.pid
keep_environment =
local_interfaces = <; @ADDRESS@ ; @FALLBACK@.465
daemon_smtp_ports = 25 : 587 : 465
tls_on_connect_ports = 465
tls_advertise_hosts = *
tls_certificate = @CHAIN@
tls_privatekey = @KEY@
# AUTH only once the connection is encrypted.
auth_advertise_hosts = ${if eq{$tls_in_cipher}{}{}{*}}
message_size_limit = @SIZE@
# No DNS, no ident: the lab never uses the machine's resolver.
host_lookup =
rfc1413_hosts =
acl_smtp_mail = acl_check_mail
acl_smtp_rcpt = acl_check_rcpt
acl_smtp_predata = acl_check_data
acl_smtp_data = acl_check_data

begin acl

acl_check_mail:
  deny    authenticated = *
          !condition = ${if eqi{$sender_address}{${lookup{$authenticated_id}lsearch{@SENDERS@}}}}
          message = <$sender_address>: sender not allowed for this login
  accept

acl_check_rcpt:
  accept  authenticated = *
          condition = ${if !={$received_port}{25}}
  deny    message = relay not permitted

acl_check_data:
  deny    message = the lab accepts no message

begin routers

begin transports

begin authenticators

plain:
  driver = plaintext
  public_name = PLAIN
  server_prompts = :
  server_condition = ${if and{{!eq{$auth3}{}}{eq{$auth3}{@PASSWORD_OF_AUTH2@}}}}
  server_set_id = $auth2

login:
  driver = plaintext
  public_name = LOGIN
  server_prompts = Username:: : Password::
  server_condition = ${if and{{!eq{$auth2}{}}{eq{$auth2}{@PASSWORD_OF_AUTH1@}}}}
  server_set_id = $auth1

cram:
  driver = cram_md5
  public_name = CRAM-MD5
  server_secret = ${if eq{$received_ip_address}{@FALLBACK@}\
    {${lookup{$auth1}lsearch{@DIR@/down/users}}}{@PASSWORD_OF_AUTH1@}}
  server_set_id = $auth1
"""


def _password_of(variable: str, users_file: Path) -> str:
    # The passwd-file line "user:password[:...]": lsearch's key ends at the first colon, its
    # value is the rest, whose first colon field is the password.
    return "${extract{1}{:}{${lookup{" + variable + "}lsearch{" + str(users_file) + "}}}}"


def write_config(
    lab_dir: Path, address: str, certs: LabCerts, users_file: Path, fallback: str
) -> EximInstance:
    exim = binary()
    directory = lab_dir / "exim"
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    for sub in ("spool", "log"):
        (directory / sub).mkdir()
        shutil.chown(directory / sub, EXIM_USER, EXIM_USER)
    senders = directory / "senders"
    # login: the address it may send as (lsearch: the key ends at the colon).
    senders.write_text("".join(f"{login}: {mail}\n" for mail, login in SEND_AS.items()))
    senders.chmod(0o644)
    files = certs.servers[SCENARIO]
    values = {
        "EXIM": str(exim),
        "HOSTNAME": fqdn(SCENARIO),
        "DIR": str(directory),
        "ADDRESS": address,
        "FALLBACK": fallback,
        "CHAIN": str(files.chain),
        "KEY": str(files.key),
        "SIZE": str(SIZE_LIMIT),
        "SENDERS": str(senders),
        "PASSWORD_OF_AUTH1": _password_of("$auth1", users_file),
        "PASSWORD_OF_AUTH2": _password_of("$auth2", users_file),
    }
    config = CONFIG.lstrip()
    for name, value in values.items():
        config = config.replace(f"@{name}@", value)
    path = directory / "exim.conf"
    path.write_text(config)
    # Exim refuses a configuration file that anyone but root may write.
    path.chmod(0o644)
    return EximInstance(directory, path, directory / "exim.log", EXIM_SERVICES)


def start(instance: EximInstance, pid_dir: Path) -> subprocess.Popen[bytes]:
    """Start the daemon in the foreground (-bdf), in its own process group."""
    proc = spawn([str(binary()), "-C", str(instance.config), "-bdf"], instance.log)
    write_pid(pid_dir, "exim", proc.pid)
    return proc
