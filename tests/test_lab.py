"""The lab itself: every scenario answers as tests/lab promises.

Plain sockets, ssl and dnspython only, never the product's diagnostics package: when a product
test fails, these say whether the lab or the product is to blame.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import select
import signal
import socket
import ssl
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dns.exception
import dns.message
import dns.query
import dns.rcode
import dns.resolver
import pytest
from cryptography import x509

from tests.lab import Lab, ScenarioUnavailable, _kill_leftovers
from tests.lab.oddservers import OddServers
from tests.lab.procs import pid_alive

ROOT = Path(__file__).resolve().parent.parent


# --- small protocol helpers ---------------------------------------------------------------


class Conn:
    """A line-oriented client connection that can be upgraded to TLS."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.file = sock.makefile("rb")

    def line(self) -> str:
        return self.file.readline(65536).decode("latin-1").rstrip("\r\n")

    def send(self, text: str) -> None:
        self.sock.sendall(text.encode() + b"\r\n")

    def imap(self, tag: str, command: str) -> list[str]:
        """Send an IMAP command; return every line up to and including the tagged one."""
        self.send(f"{tag} {command}")
        lines = [self.line()]
        while not lines[-1].startswith(f"{tag} "):
            lines.append(self.line())
        return lines

    def smtp(self, command: str | None = None) -> list[str]:
        """Send an SMTP command (or nothing) and return the lines of the reply."""
        if command is not None:
            self.send(command)
        lines = [self.line()]
        while len(lines[-1]) > 3 and lines[-1][3] == "-":
            lines.append(self.line())
        return lines

    def pop3_multi(self, command: str) -> list[str]:
        self.send(command)
        lines = [self.line()]
        if lines[0].startswith("+OK"):
            while lines[-1] != ".":
                lines.append(self.line())
        return lines

    def starttls(self, ctx: ssl.SSLContext, hostname: str) -> None:
        self.sock = ctx.wrap_socket(self.sock, server_hostname=hostname)
        self.file = self.sock.makefile("rb")


def lab_context(lab: Lab) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=lab.cafile)


@contextmanager
def connect(
    lab: Lab,
    scenario: str,
    port: int,
    ctx: ssl.SSLContext | None = None,
    server_hostname: str | None = None,
    timeout: float = 5.0,
) -> Iterator[Conn]:
    raw = socket.create_connection((lab.address(scenario), port), timeout=timeout)
    try:
        sock = (
            ctx.wrap_socket(raw, server_hostname=server_hostname or lab.host(scenario))
            if ctx
            else raw
        )
        yield Conn(sock)
    finally:
        raw.close()


def resolver(server: str, lifetime: float = 2.0) -> dns.resolver.Resolver:
    host, port = server.rsplit(":", 1)
    res = dns.resolver.Resolver(configure=False)
    res.nameservers = [host]
    res.port = int(port)
    res.cache = None
    res.lifetime = lifetime
    return res


def old_tls_context(only: ssl.TLSVersion | None = None) -> ssl.SSLContext:
    """A client that accepts TLS 1.0 and 1.1 (or exactly `only`), as old mail apps do."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        ctx.minimum_version = only or ssl.TLSVersion.TLSv1
        if only:
            ctx.maximum_version = only
    ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


# --- healthy --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["healthy.lab.test", "mail.lab.test", "xn--bcher-kva.lab.test"])
def test_healthy_imaps_verifies_against_lab_ca(lab: Lab, name: str) -> None:
    """Healthy 993 verifies against lab.cafile for each of its names and greets * OK."""
    with connect(lab, "healthy", 993, lab_context(lab), server_hostname=name) as conn:
        assert conn.line().startswith("* OK")
        assert isinstance(conn.sock, ssl.SSLSocket)
        assert conn.sock.version() in ("TLSv1.2", "TLSv1.3")


def test_healthy_serves_intermediate(lab: Lab) -> None:
    """Healthy's leaf is issued by the intermediate, which the server sends (cafile: root only)."""
    with connect(lab, "healthy", 993, lab_context(lab)) as conn:
        assert isinstance(conn.sock, ssl.SSLSocket)
        der = conn.sock.getpeercert(binary_form=True)
    assert der is not None
    issuer = x509.load_der_x509_certificate(der).issuer.rfc4514_string()
    assert "CN=mailmedic lab intermediate CA" in issuer
    assert Path(lab.cafile).read_text().count("BEGIN CERTIFICATE") == 1


def test_healthy_imap_starttls_and_logindisabled(lab: Lab) -> None:
    """Healthy 143 offers STARTTLS and LOGINDISABLED, and logs in after STARTTLS."""
    with connect(lab, "healthy", 143) as conn:
        assert conn.line().startswith("* OK")
        caps = conn.imap("a1", "CAPABILITY")[0].split()
        assert "STARTTLS" in caps
        assert "LOGINDISABLED" in caps
        assert conn.imap("a2", "LOGIN bob x")[-1].startswith("a2 NO")
        assert conn.imap("a3", "STARTTLS")[-1].startswith("a3 OK")
        conn.starttls(lab_context(lab), lab.host("healthy"))
        assert "LOGINDISABLED" not in conn.imap("a4", "CAPABILITY")[0]
        password = lab.users["alice@lab.test"]
        assert conn.imap("a5", f'LOGIN "alice@lab.test" "{password}"')[-1].startswith("a5 OK")
        conn.imap("a7", "LOGOUT")


def test_healthy_wrong_password_fails_fast(lab: Lab) -> None:
    """A wrong password gets AUTHENTICATIONFAILED at once (no auth delay, no penalty)."""
    started = time.monotonic()
    with connect(lab, "healthy", 993, lab_context(lab)) as conn:
        conn.line()
        for tag in ("b1", "b2"):
            reply = conn.imap(tag, 'LOGIN "bob" "wrong"')[-1]
            assert reply.startswith(f"{tag} NO [AUTHENTICATIONFAILED]")
        reply = conn.imap("b3", f'LOGIN "bob" "{lab.users["bob"]}"')[-1]
        assert reply.startswith("b3 OK")
    assert time.monotonic() - started < 1.5


def test_healthy_pop3(lab: Lab) -> None:
    """Healthy 110 offers STLS; 995 greets +OK over verified TLS and accepts USER/PASS."""
    with connect(lab, "healthy", 110) as conn:
        assert conn.line().startswith("+OK")
        assert "STLS" in conn.pop3_multi("CAPA")
    with connect(lab, "healthy", 995, lab_context(lab)) as conn:
        assert conn.line().startswith("+OK")
        conn.send("USER bob")
        assert conn.line().startswith("+OK")
        conn.send(f"PASS {lab.users['bob']}")
        assert conn.line().startswith("+OK")


def test_healthy_submission_auth_only_after_starttls(lab: Lab) -> None:
    """Postfix 587 offers STARTTLS and no AUTH before TLS, AUTH PLAIN after it."""
    with connect(lab, "healthy", 587) as conn:
        assert conn.smtp()[0].startswith("220 healthy.lab.test")
        ehlo = conn.smtp("EHLO client.example")
        assert "250-STARTTLS" in ehlo
        assert not any(line[4:].startswith("AUTH") for line in ehlo)
        assert conn.smtp("STARTTLS")[0].startswith("220")
        conn.starttls(lab_context(lab), lab.host("healthy"))
        ehlo = conn.smtp("EHLO client.example")
        assert any(line[4:].startswith("AUTH") and "PLAIN" in line for line in ehlo)
        token = _plain("alice@lab.test", lab.users["alice@lab.test"])
        assert conn.smtp(f"AUTH PLAIN {token}")[0].startswith("235")
        conn.smtp("QUIT")


def test_healthy_smtps_and_port_25(lab: Lab) -> None:
    """Postfix 465 is implicit TLS with AUTH; 25 offers STARTTLS."""
    with connect(lab, "healthy", 465, lab_context(lab)) as conn:
        assert conn.smtp()[0].startswith("220")
        assert any("AUTH" in line for line in conn.smtp("EHLO client.example"))
        token = _plain("bob", "wrong")
        assert conn.smtp(f"AUTH PLAIN {token}")[0].startswith("535 5.7.8")
    with connect(lab, "healthy", 25) as conn:
        assert conn.smtp()[0].startswith("220")
        assert "250-STARTTLS" in conn.smtp("EHLO client.example")


def _plain(user: str, password: str) -> str:
    import base64

    return base64.b64encode(f"\0{user}\0{password}".encode()).decode()


# --- notls, tlsrequired ---------------------------------------------------------------------


def test_notls_plaintext_only(lab: Lab) -> None:
    """notls: no STARTTLS, plaintext login works, AUTH in clear on 587, nothing on 993/995/465."""
    with connect(lab, "notls", 143) as conn:
        assert conn.line().startswith("* OK")
        caps = conn.imap("a1", "CAPABILITY")[0].split()
        assert "STARTTLS" not in caps
        assert "LOGINDISABLED" not in caps
        assert conn.imap("a2", f'LOGIN "bob" "{lab.users["bob"]}"')[-1].startswith("a2 OK")
    with connect(lab, "notls", 110) as conn:
        assert conn.line().startswith("+OK")
        assert "STLS" not in conn.pop3_multi("CAPA")
    with connect(lab, "notls", 587) as conn:
        conn.smtp()
        ehlo = conn.smtp("EHLO client.example")
        assert "250-STARTTLS" not in ehlo
        assert any(line[4:].startswith("AUTH") for line in ehlo)
        token = _plain("bob", lab.users["bob"])
        assert conn.smtp(f"AUTH PLAIN {token}")[0].startswith("235")
    for port in (993, 995, 465):
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection((lab.address("notls"), port), timeout=2).close()


def test_tlsrequired_refuses_before_tls(lab: Lab) -> None:
    """tlsrequired: 587 says 530 Must issue a STARTTLS command first; 143 has LOGINDISABLED."""
    with connect(lab, "tlsrequired", 587) as conn:
        conn.smtp()
        conn.smtp("EHLO client.example")
        reply = conn.smtp("MAIL FROM:<bob@lab.test>")[0]
        assert reply.startswith("530 5.7.0 Must issue a STARTTLS command first")
    with connect(lab, "tlsrequired", 143) as conn:
        conn.line()
        assert "LOGINDISABLED" in conn.imap("a1", "CAPABILITY")[0]
    with connect(lab, "tlsrequired", 465, lab_context(lab)) as conn:
        assert conn.smtp()[0].startswith("220")


# --- certificates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scenario", "code"),
    [
        ("expired", 10),  # X509_V_ERR_CERT_HAS_EXPIRED
        ("notyet", 9),  # X509_V_ERR_CERT_NOT_YET_VALID
        ("wrongname", 62),  # X509_V_ERR_HOSTNAME_MISMATCH
        ("selfsigned", 18),  # X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT
        ("unknownca", 20),  # X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY
    ],
)
@pytest.mark.parametrize("port", [993, 995, 465])
def test_bad_certificates_fail_verification(lab: Lab, scenario: str, code: int, port: int) -> None:
    """Each bad-certificate scenario fails verification with its OpenSSL verify code."""
    with (
        pytest.raises(ssl.SSLCertVerificationError) as info,
        connect(lab, scenario, port, lab_context(lab)),
    ):
        pass
    assert info.value.verify_code == code


def test_expiring_certificate_verifies_and_expires_soon(lab: Lab) -> None:
    """expiring: verifies, and its notAfter is about 5 days away."""
    with connect(lab, "expiring", 993, lab_context(lab)) as conn:
        assert conn.line().startswith("* OK")
        assert isinstance(conn.sock, ssl.SSLSocket)
        der = conn.sock.getpeercert(binary_form=True)
    assert der is not None
    left = x509.load_der_x509_certificate(der).not_valid_after_utc - dt.datetime.now(dt.UTC)
    assert dt.timedelta(days=4) < left <= dt.timedelta(days=5)


def test_unknown_ca_is_separate(lab: Lab) -> None:
    """unknownca verifies with lab.unknown_cafile, which is not part of lab.cafile."""
    assert Path(lab.unknown_cafile).read_text() not in Path(lab.cafile).read_text()
    ctx = ssl.create_default_context(cafile=lab.unknown_cafile)
    with connect(lab, "unknownca", 993, ctx) as conn:
        assert conn.line().startswith("* OK")


# --- DNS ------------------------------------------------------------------------------------


def test_dnsmasq_resolves_lab_zone(lab: Lab) -> None:
    """dnsmasq answers every scenario name with its address, over UDP and TCP."""
    res = resolver(lab.dns)
    for scenario, name in lab.hosts.items():
        assert [r.to_text() for r in res.resolve(name, "A")] == [lab.address(scenario)]
    assert res.resolve("mail.lab.test", "A")[0].to_text() == lab.address("healthy")
    assert res.resolve("xn--bcher-kva.lab.test", "A")[0].to_text() == lab.address("healthy")
    assert res.resolve("healthy.lab.test", "A", tcp=True)[0].to_text() == lab.address("healthy")


def test_dnsmasq_negative_answers(lab: Lab) -> None:
    """nope.lab.test is NXDOMAIN; nodata.lab.test exists without an A record (NoAnswer)."""
    res = resolver(lab.dns)
    with pytest.raises(dns.resolver.NXDOMAIN):
        res.resolve("nope.lab.test", "A")
    with pytest.raises(dns.resolver.NoAnswer):
        res.resolve("nodata.lab.test", "A")
    assert res.resolve("nodata.lab.test", "TXT")


def test_broken_dns(lab: Lab) -> None:
    """broken_dns: SERVFAIL and REFUSED give NoNameservers, timeout. never answers."""
    res = resolver(lab.broken_dns, lifetime=0.6)
    for name in ("servfail.lab.test", "refused.lab.test", "healthy.lab.test"):
        with pytest.raises(dns.resolver.NoNameservers):
            res.resolve(name, "A")
    with pytest.raises(dns.resolver.LifetimeTimeout):
        res.resolve("timeout.lab.test", "A")
    host, port = lab.broken_dns.rsplit(":", 1)
    query = dns.message.make_query("servfail.lab.test", "A")
    assert dns.query.udp(query, host, port=int(port), timeout=2).rcode() == dns.rcode.SERVFAIL
    assert dns.query.tcp(query, host, port=int(port), timeout=2).rcode() == dns.rcode.SERVFAIL
    query = dns.message.make_query("other.lab.test", "MX")
    assert dns.query.tcp(query, host, port=int(port), timeout=2).rcode() == dns.rcode.REFUSED
    with pytest.raises(dns.exception.Timeout):
        dns.query.tcp(dns.message.make_query("timeout.x", "A"), host, port=int(port), timeout=0.3)


# --- misbehaving servers --------------------------------------------------------------------


def test_silent_never_greets(lab: Lab) -> None:
    """silent accepts on every mail port and sends nothing."""
    ports = (143, 993, 110, 995, 25, 587, 465)
    socks = [socket.create_connection((lab.address("silent"), p), timeout=2) for p in ports]
    try:
        readable, _, _ = select.select(socks, [], [], 0.5)
        assert readable == []
    finally:
        for sock in socks:
            sock.close()


def test_wrongproto_answers_other_protocols(lab: Lab) -> None:
    """wrongproto: POP3 on 143, SMTP on 110, IMAP on 25/587, POP3 inside TLS on 993."""
    with connect(lab, "wrongproto", 143) as conn:
        assert conn.line() == "+OK POP3 server ready"
        conn.send("a1 CAPABILITY")
        assert conn.line().startswith("-ERR")
    with connect(lab, "wrongproto", 110) as conn:
        assert conn.line() == "220 wrongproto.lab.test ESMTP"
    for port in (25, 587):
        with connect(lab, "wrongproto", port) as conn:
            assert conn.line() == "* OK [CAPABILITY IMAP4rev1] ready"
    with connect(lab, "wrongproto", 993, lab_context(lab)) as conn:
        assert conn.line().startswith("+OK")


def test_garbage(lab: Lab) -> None:
    """garbage: 143/110/587 send 200 KB without a newline; 25 sends binary junk and closes."""
    for port in (143, 110, 587):
        with connect(lab, "garbage", port) as conn:
            data = b""
            while len(data) < 200 * 1024:
                chunk = conn.sock.recv(65536)
                assert chunk
                data += chunk
            assert b"\n" not in data
    with connect(lab, "garbage", 25) as conn:
        data = conn.file.read()
        assert data.startswith(b"\x00\xff")
        assert data.endswith(b"\r\n")


def test_tls10_refuses_default_context(lab: Lab) -> None:
    """tls10 refuses a default ssl context (TLS 1.2+)."""
    with pytest.raises(ssl.SSLError), connect(lab, "tls10", 993, lab_context(lab)):
        pass


@pytest.mark.parametrize("port", [993, 995, 465])
def test_tls10_speaks_old_tls(lab: Lab, port: int) -> None:
    """tls10 completes a TLS 1.0 handshake with SECLEVEL=0 and speaks its protocol."""
    with connect(lab, "tls10", port, old_tls_context()) as conn:
        assert isinstance(conn.sock, ssl.SSLSocket)
        assert conn.sock.version() == "TLSv1.1"  # the best it offers
        if port == 993:
            assert conn.line() == "* OK IMAP ready"
            lines = conn.imap("t1", "CAPABILITY")
            assert lines == ["* CAPABILITY IMAP4rev1 AUTH=PLAIN", "t1 OK CAPABILITY done"]
            assert conn.imap("t2", "LOGOUT")[0].startswith("* BYE")
        elif port == 995:
            assert conn.line().startswith("+OK")
            assert "SASL PLAIN" in conn.pop3_multi("CAPA")
        else:
            assert conn.smtp()[0] == "220 tls10.lab.test ESMTP"
            assert conn.smtp("EHLO x")[-1].startswith("250 ")
            assert conn.smtp("QUIT")[0].startswith("221")


@pytest.mark.parametrize(
    ("version", "name"), [(ssl.TLSVersion.TLSv1, "TLSv1"), (ssl.TLSVersion.TLSv1_1, "TLSv1.1")]
)
def test_tls10_accepts_tls_1_0_and_1_1(lab: Lab, version: ssl.TLSVersion, name: str) -> None:
    """tls10 completes a handshake pinned to TLS 1.0 and one pinned to TLS 1.1."""
    with connect(lab, "tls10", 993, old_tls_context(version)) as conn:
        assert isinstance(conn.sock, ssl.SSLSocket)
        assert conn.sock.version() == name
        assert conn.line() == "* OK IMAP ready"


def test_slow_greets_late(lab: Lab) -> None:
    """slow: IMAP 143 and POP3 110 greet only after 1.5 s."""
    started = time.monotonic()
    # Both connections at once: the delays run side by side and the test takes 1.5 s, not 3.
    with connect(lab, "slow", 143) as imap, connect(lab, "slow", 110) as pop3:
        assert imap.line().startswith("* OK")
        assert pop3.line().startswith("+OK")
        assert time.monotonic() - started >= 1.4
        assert imap.imap("s1", "CAPABILITY")[-1].startswith("s1 OK")
        assert pop3.pop3_multi("CAPA")[0].startswith("+OK")


# --- connection faults ----------------------------------------------------------------------


def test_filtered_993_times_out(lab: Lab) -> None:
    """filtered: 993 drops SYNs (timeout), while 143 and 995 answer with a valid cert."""
    with pytest.raises(TimeoutError):
        socket.create_connection((lab.address("filtered"), 993), timeout=1.0).close()
    with connect(lab, "filtered", 143) as conn:
        assert conn.line().startswith("* OK")
    with connect(lab, "filtered", 995, lab_context(lab)) as conn:
        assert conn.line().startswith("+OK")
    with connect(lab, "filtered", 587) as conn:
        assert conn.smtp()[0].startswith("220 filtered.lab.test")


def test_closed_refuses(lab: Lab) -> None:
    """closed: every port refuses."""
    for port in (143, 993, 587):
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection((lab.address("closed"), port), timeout=1).close()


def test_unreachable(lab: Lab) -> None:
    """unreachable: connect fails with EHOSTUNREACH (nftables), or the scenario is withheld."""
    if lab.filter_method != "nftables":
        with pytest.raises(ScenarioUnavailable):
            lab.host("unreachable")
        return
    with pytest.raises(OSError) as info:
        socket.create_connection((lab.address("unreachable"), 143), timeout=2).close()
    assert info.value.errno == errno.EHOSTUNREACH


def test_listen_queue_fallback_drops_syns(tmp_path: Path) -> None:
    """The no-nftables fallback (a full listen queue) makes a connect time out."""
    servers = OddServers(tmp_path / "odd.log")
    try:
        servers.block_port("127.0.30.250", 9993)
        with pytest.raises(TimeoutError):
            socket.create_connection(("127.0.30.250", 9993), timeout=0.5).close()
    finally:
        servers.stop()


# --- the harness itself ---------------------------------------------------------------------


def test_lab_api(lab: Lab) -> None:
    """host() and address() map scenarios; unknown scenarios raise KeyError."""
    assert lab.domain == "lab.test"
    assert lab.host("healthy") == "healthy.lab.test"
    if lab.slot == 0:
        assert lab.address("healthy") == "127.0.10.1"
        assert lab.dns == "127.0.0.53:5300"
    assert {"alice@lab.test", "bob"} <= set(lab.users)  # and the after-login users
    assert lab.filter_method in ("nftables", "backlog")
    with pytest.raises(KeyError):
        lab.host("nosuch")


def test_leftovers_are_killed_by_pid_file(tmp_path: Path) -> None:
    """Start-up kills a leftover named in a pid file only if it belongs to that lab dir."""
    ours = subprocess.Popen(
        ["sleep", "30"], env={"LAB_CONFIG": f"{tmp_path}/etc/lab.conf"}, start_new_session=True
    )
    other = subprocess.Popen(["sleep", "30"], start_new_session=True)
    try:
        (tmp_path / "pids").mkdir()
        (tmp_path / "pids" / "ours.pid").write_text(f"{ours.pid}\n")
        (tmp_path / "pids" / "other.pid").write_text(f"{other.pid}\n")
        _kill_leftovers(tmp_path)
        ours.wait(5)
        assert not pid_alive(ours.pid)
        assert other.poll() is None
        assert not list((tmp_path / "pids").iterdir())
    finally:
        for proc in (ours, other):
            proc.kill()
            proc.wait()


def test_python_m_lab_runs_a_second_lab(lab: Lab) -> None:
    """`python -m tests.lab` prints its Lab as JSON, runs beside this one, stops on SIGTERM."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.lab"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "MAILMEDIC_LAB_DIR": ""},
    )
    try:
        assert proc.stdout is not None
        info = json.loads(proc.stdout.readline())
        assert info["slot"] != lab.slot  # another lab runs: it took a slot of its own
        assert info["domain"] == "lab.test"
        address = info["addresses"]["healthy"]
        assert resolver(info["dns"]).resolve("healthy.lab.test", "A")[0].to_text() == address
        with socket.create_connection((address, 143), timeout=5) as sock:
            assert sock.recv(100).startswith(b"* OK")
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err.decode()
    assert not Path(info["lab_dir"]).exists()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((address, 143), timeout=2).close()
