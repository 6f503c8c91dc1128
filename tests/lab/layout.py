"""Where each lab scenario lives: names, addresses and the ports of each server.

One table that the config writers, the readiness checks and the Lab API all read, so a scenario
cannot be configured on one address and checked on another.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DOMAIN = "lab.test"

# Scenario -> address in slot 0. A second lab running at the same time on this machine (another
# checkout, another test session) takes slot N and replaces the second octet with N, so the two
# never fight over an address.
SCENARIO_ADDRESSES: dict[str, str] = {
    "healthy": "127.0.10.1",
    "notls": "127.0.10.2",
    "tlsrequired": "127.0.10.3",
    "expired": "127.0.10.4",
    "notyet": "127.0.10.5",
    "wrongname": "127.0.10.6",
    "selfsigned": "127.0.10.7",
    "unknownca": "127.0.10.8",
    "expiring": "127.0.10.9",
    "silent": "127.0.20.1",
    "wrongproto": "127.0.20.2",
    "garbage": "127.0.20.3",
    "tls10": "127.0.20.4",
    "slow": "127.0.20.5",
    "echo": "127.0.20.6",  # repeats every password it was given (tests/lab/oddservers.py)
    "filtered": "127.0.30.1",
    "closed": "127.0.30.2",
    "unreachable": "127.0.30.3",
    "web": "127.0.40.1",  # nginx: autoconfig, Autodiscover, the lab ISPDB (tests/lab/web.py)
    "silentweb": "127.0.40.2",  # accepts on 443, never answers: a source that hangs
    # Login mechanisms (tests/lab/dovecot.py SASL_MODES), each a Dovecot of its own:
    "scram": "127.0.50.1",  # PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256 OAUTHBEARER XOAUTH2
    "cram": "127.0.50.2",  # CRAM-MD5 only
    "scram1": "127.0.50.3",  # SCRAM-SHA-1 and XOAUTH2
    "untestable": "127.0.50.4",  # DIGEST-MD5 only (RFC 6331: historic): nothing mailmedic tests
    "pop3policy": "127.0.50.5",  # POP3 with EXPIRE 0 and LOGIN-DELAY 900 (tests/lab/pop3policy.py)
    "pop3digest": "127.0.50.6",  # POP3 offering only SASL DIGEST-MD5, no USER (pop3policy.py)
    "shortidle": "127.0.50.7",  # a Dovecot whose greeting states a 10-minute inactivity limit
    # CRAM-MD5 whose password database fails (Dovecot: [UNAVAILABLE]) beside a working PLAIN:
    # the autoconfig draft's authentication fallback (tests/lab/dovecot.py FAILING_PASSDB).
    "authfallback": "127.0.50.8",
    "introspect": "127.0.50.9",  # the OAuth token-introspection endpoint (tests/lab/oauth.py)
    # A third server implementation: Exim 4, unpacked from its Debian package (tests/lab/exim.py).
    "exim": "127.0.60.1",
    # The same Exim on a second address (465 only), where its CRAM-MD5 cannot read its password
    # database: the SMTP side of the autoconfig draft's authentication fallback (exim.py).
    "eximfallback": "127.0.60.2",
}

DNS_ADDRESS = "127.0.0.53"
BROKEN_DNS_ADDRESS = "127.0.0.54"
DNS_PORT = 5300

# Scenarios served by the main Dovecot and the Postfix with a certificate of their own: "like
# healthy" apart from the certificate.
CERT_SCENARIOS = (
    "healthy",
    "expired",
    "notyet",
    "wrongname",
    "selfsigned",
    "unknownca",
    "expiring",
)

# Scenarios whose Dovecot offers other login mechanisms (implicit TLS only).
SASL_SCENARIOS = ("scram", "cram", "scram1", "untestable", "authfallback")

Proto = Literal["imap", "pop3", "smtp"]


@dataclass(frozen=True)
class Service:
    """One listening port of a real server (Dovecot or Postfix)."""

    scenario: str
    port: int
    proto: Proto
    implicit_tls: bool


def _svc(scenario: str, *ports: int) -> list[Service]:
    kinds: dict[int, tuple[Proto, bool]] = {
        143: ("imap", False),
        993: ("imap", True),
        110: ("pop3", False),
        995: ("pop3", True),
        25: ("smtp", False),
        587: ("smtp", False),
        465: ("smtp", True),
    }
    return [Service(scenario, p, *kinds[p]) for p in ports]


# Dovecot instance -> its services. Three instances because ssl=yes|no|required and
# disable_plaintext_auth are whole-instance switches that are easiest to trust that way.
DOVECOT_SERVICES: dict[str, list[Service]] = {
    "main": [s for name in CERT_SCENARIOS for s in _svc(name, 143, 993, 110, 995)]
    # 993 of "filtered" is the filtered port: nothing of ours may listen there, so the
    # listen-queue fallback can own it.
    + _svc("filtered", 143, 110, 995),
    "notls": _svc("notls", 143, 110),
    # A real ssl=required host also offers the implicit-TLS ports.
    "tlsrequired": _svc("tlsrequired", 143, 993, 110, 995),
    **{name: _svc(name, 993, 995) for name in SASL_SCENARIOS},
    "authfallback": _svc("authfallback", 143, 993, 995),
    "shortidle": _svc("shortidle", 993, 995),
}

POSTFIX_SERVICES: list[Service] = [
    *(s for name in CERT_SCENARIOS for s in _svc(name, 25, 587, 465)),
    *_svc("filtered", 25, 587, 465),
    *_svc("notls", 25, 587),
    *_svc("tlsrequired", 587, 465),
    # SASL through the Dovecot of the same scenario: the mechanisms it offers.
    *_svc("scram", 465),
    *_svc("cram", 465),
    *_svc("authfallback", 465),
]


def slot_address(base: str, slot: int) -> str:
    """The address of `base` (a slot-0 address such as 127.0.10.1) in lab slot `slot`."""
    octets = base.split(".")
    octets[1] = str(slot)
    return ".".join(octets)


def fqdn(scenario: str) -> str:
    return f"{scenario}.{DOMAIN}"


# Exim (tests/lab/exim.py): 25 an MX that relays for nobody, 587 STARTTLS, 465 implicit TLS.
EXIM_SERVICES: list[Service] = [*_svc("exim", 25, 587, 465), *_svc("eximfallback", 465)]
