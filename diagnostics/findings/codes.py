"""The stable finding codes of design.md, their severity and their place in the causal chain.

Codes are added, never renamed. `CHAIN` orders findings root cause first (DNS → connection →
encryption and certificate → settings → authentication → provider).
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from diagnostics.model import Severity


class Layer(IntEnum):
    DISCOVERY = 0
    DNS = 1
    CONNECTION = 2
    ENCRYPTION = 3
    SETTINGS = 4
    AUTHENTICATION = 5
    PROVIDER = 6
    MAILBOX = 7  # after a working login: the mailbox and sending (findings/mailbox_rules.py)
    DELIVERY = 8  # the message, not the settings: after every settings layer


class Code(StrEnum):
    # Discovery
    DOMAIN_NOT_FOUND = "DOMAIN_NOT_FOUND"
    NO_MAIL_SERVERS = "NO_MAIL_SERVERS"
    HOST_NOT_FOUND = "HOST_NOT_FOUND"
    DNS_FAILURE = "DNS_FAILURE"
    DISCOVERY_BROKEN = "DISCOVERY_BROKEN"
    DISCOVERY_DISAGREES = "DISCOVERY_DISAGREES"
    DISCOVERY_INSECURE = "DISCOVERY_INSECURE"
    # Connection
    PORT_CLOSED = "PORT_CLOSED"
    PORT_FILTERED = "PORT_FILTERED"
    HOST_UNREACHABLE = "HOST_UNREACHABLE"
    NO_GREETING = "NO_GREETING"
    WRONG_PROTOCOL = "WRONG_PROTOCOL"
    CONNECTION_CLOSED = "CONNECTION_CLOSED"
    SLOW_SERVER = "SLOW_SERVER"
    # Encryption
    TLS_ON_PLAIN_PORT = "TLS_ON_PLAIN_PORT"
    PLAIN_ON_TLS_PORT = "PLAIN_ON_TLS_PORT"
    STARTTLS_NOT_OFFERED = "STARTTLS_NOT_OFFERED"
    STARTTLS_FAILED = "STARTTLS_FAILED"
    TLS_HANDSHAKE_FAILED = "TLS_HANDSHAKE_FAILED"
    TLS_OUTDATED = "TLS_OUTDATED"
    CERT_EXPIRED = "CERT_EXPIRED"
    CERT_NOT_YET_VALID = "CERT_NOT_YET_VALID"
    CERT_EXPIRING_SOON = "CERT_EXPIRING_SOON"
    CERT_HOSTNAME_MISMATCH = "CERT_HOSTNAME_MISMATCH"
    CERT_SELF_SIGNED = "CERT_SELF_SIGNED"
    CERT_UNTRUSTED = "CERT_UNTRUSTED"
    INSECURE_PLAINTEXT = "INSECURE_PLAINTEXT"
    ENCRYPTION_NOT_USED = "ENCRYPTION_NOT_USED"
    # Settings
    WRONG_SECURITY_FOR_PORT = "WRONG_SECURITY_FOR_PORT"
    WRONG_PORT = "WRONG_PORT"
    WRONG_HOST = "WRONG_HOST"
    SMTP_PORT_25_FOR_SUBMISSION = "SMTP_PORT_25_FOR_SUBMISSION"
    USE_IMPLICIT_TLS = "USE_IMPLICIT_TLS"
    # Authentication
    AUTH_FAILED = "AUTH_FAILED"
    AUTH_USERNAME_FORMAT = "AUTH_USERNAME_FORMAT"
    PLAINTEXT_AUTH_DISABLED = "PLAINTEXT_AUTH_DISABLED"
    AUTH_NOT_OFFERED = "AUTH_NOT_OFFERED"
    APP_PASSWORD_REQUIRED = "APP_PASSWORD_REQUIRED"
    OAUTH_REQUIRED = "OAUTH_REQUIRED"
    WEB_LOGIN_REQUIRED = "WEB_LOGIN_REQUIRED"
    ACCOUNT_LOCKED = "ACCOUNT_LOCKED"
    PROTOCOL_DISABLED = "PROTOCOL_DISABLED"
    AUTH_TEMPORARY_FAILURE = "AUTH_TEMPORARY_FAILURE"
    # Provider
    PROVIDER_NOTE = "PROVIDER_NOTE"
    # Our own vantage point
    PROBE_INCOMPLETE = "PROBE_INCOMPLETE"
    OUR_DNS_FAILURE = "OUR_DNS_FAILURE"  # our own resolver does not answer correctly
    AUTH_NO_ANSWER = "AUTH_NO_ANSWER"  # the server never answered the login: could not tell
    # Only login mechanisms we cannot test (GSSAPI, NTLM, ...): could not tell (probes/auth.py)
    AUTH_MECHANISM_UNTESTABLE = "AUTH_MECHANISM_UNTESTABLE"
    # After the login (findings/mailbox_rules.py)
    MAILBOX_FULL = "MAILBOX_FULL"
    MAILBOX_NEARLY_FULL = "MAILBOX_NEARLY_FULL"
    SPECIAL_FOLDERS_MISSING = "SPECIAL_FOLDERS_MISSING"
    NO_PUSH = "NO_PUSH"
    POP3_SERVER_DELETES = "POP3_SERVER_DELETES"
    POP3_LOGIN_DELAY = "POP3_LOGIN_DELAY"
    SENDER_REFUSED = "SENDER_REFUSED"
    RELAY_REFUSED = "RELAY_REFUSED"
    SIZE_LIMIT = "SIZE_LIMIT"
    # Pasted text that is not a settings problem (explain: bounces, rejections, limits)
    RECIPIENT_UNKNOWN = "RECIPIENT_UNKNOWN"
    REJECTED_AS_SPAM = "REJECTED_AS_SPAM"
    RECIPIENT_MAILBOX_FULL = "RECIPIENT_MAILBOX_FULL"
    RATE_LIMITED = "RATE_LIMITED"
    # Discovery like the newest clients (issue 12); last, so the order of the others stands
    IPV6_BROKEN = "IPV6_BROKEN"  # warning, or error for an IPv6-only host (findings/addresses.py)
    PROVIDER_PREPARATION = "PROVIDER_PREPARATION"  # (i) a step before any login (preparation.py)
    OVERLOADED = "OVERLOADED"  # our own process too busy to time a server fairly (issue 16)
    # Issue 12, second part: PACC and the mirror of IPV6_BROKEN
    PACC_BROKEN = "PACC_BROKEN"  # a PACC document apps must not use (findings/pacc_rules.py)
    IPV4_BROKEN = "IPV4_BROKEN"  # warning: the A addresses fail where IPv6 works (addresses.py)
    # The first published authentication method failed on the server's side, the next one
    # worked (the autoconfig draft's fallback, probes/auth.py; findings/rules.py rule_auth)
    AUTH_METHOD_FALLBACK = "AUTH_METHOD_FALLBACK"
    # Issue 10: a paste's certificate failure that only the person's own device or network can
    # cause (a big provider's certificate, an antivirus named): paste/interception.py
    CERT_INTERCEPTED = "CERT_INTERCEPTED"


_W, _I = Severity.WARNING, Severity.INFO
SEVERITY: dict[Code, Severity] = {
    Code.DISCOVERY_DISAGREES: _W,
    Code.DISCOVERY_INSECURE: _W,
    Code.SLOW_SERVER: _W,
    Code.CERT_EXPIRING_SOON: _W,
    Code.INSECURE_PLAINTEXT: _W,
    Code.ENCRYPTION_NOT_USED: _W,
    Code.USE_IMPLICIT_TLS: _I,
    Code.AUTH_TEMPORARY_FAILURE: _W,
    Code.PROVIDER_NOTE: _I,
    Code.PROBE_INCOMPLETE: _W,
    Code.OUR_DNS_FAILURE: _W,
    Code.AUTH_NO_ANSWER: _W,
    Code.AUTH_MECHANISM_UNTESTABLE: _W,
    Code.MAILBOX_NEARLY_FULL: _W,
    Code.SPECIAL_FOLDERS_MISSING: _W,
    Code.NO_PUSH: _I,
    Code.POP3_SERVER_DELETES: _W,
    Code.POP3_LOGIN_DELAY: _I,
    Code.SIZE_LIMIT: _I,
    # Pasted text that is not a settings problem: a limit that passes is a warning.
    Code.RATE_LIMITED: _W,
    Code.IPV6_BROKEN: _W,
    Code.PROVIDER_PREPARATION: _I,
    Code.OVERLOADED: _W,
    Code.IPV4_BROKEN: _W,
    Code.AUTH_METHOD_FALLBACK: _W,
}

LAYER: dict[Code, Layer] = {}
for _layer, _codes in (
    (
        Layer.DISCOVERY,
        "DOMAIN_NOT_FOUND NO_MAIL_SERVERS DISCOVERY_BROKEN DISCOVERY_DISAGREES DISCOVERY_INSECURE "
        "PACC_BROKEN",
    ),
    (Layer.DNS, "OUR_DNS_FAILURE HOST_NOT_FOUND DNS_FAILURE"),
    (
        Layer.CONNECTION,
        "PORT_CLOSED PORT_FILTERED HOST_UNREACHABLE NO_GREETING WRONG_PROTOCOL CONNECTION_CLOSED "
        "SLOW_SERVER PROBE_INCOMPLETE AUTH_NO_ANSWER IPV6_BROKEN OVERLOADED IPV4_BROKEN",
    ),
    (
        Layer.ENCRYPTION,
        "TLS_ON_PLAIN_PORT PLAIN_ON_TLS_PORT STARTTLS_NOT_OFFERED STARTTLS_FAILED "
        "TLS_HANDSHAKE_FAILED TLS_OUTDATED CERT_EXPIRED CERT_NOT_YET_VALID CERT_EXPIRING_SOON "
        "CERT_HOSTNAME_MISMATCH CERT_SELF_SIGNED CERT_UNTRUSTED INSECURE_PLAINTEXT "
        "ENCRYPTION_NOT_USED CERT_INTERCEPTED",
    ),
    (
        Layer.SETTINGS,
        "WRONG_SECURITY_FOR_PORT WRONG_PORT WRONG_HOST SMTP_PORT_25_FOR_SUBMISSION "
        "USE_IMPLICIT_TLS",
    ),
    (
        Layer.AUTHENTICATION,
        "AUTH_FAILED AUTH_USERNAME_FORMAT PLAINTEXT_AUTH_DISABLED AUTH_NOT_OFFERED "
        "APP_PASSWORD_REQUIRED OAUTH_REQUIRED WEB_LOGIN_REQUIRED ACCOUNT_LOCKED PROTOCOL_DISABLED "
        "AUTH_TEMPORARY_FAILURE AUTH_MECHANISM_UNTESTABLE AUTH_METHOD_FALLBACK",
    ),
    (Layer.PROVIDER, "PROVIDER_NOTE PROVIDER_PREPARATION"),
    # After the login: the account works; what it can do (findings/mailbox_rules.py)
    (
        Layer.MAILBOX,
        "MAILBOX_FULL MAILBOX_NEARLY_FULL SPECIAL_FOLDERS_MISSING NO_PUSH POP3_SERVER_DELETES "
        "POP3_LOGIN_DELAY SENDER_REFUSED RELAY_REFUSED SIZE_LIMIT",
    ),
    # Pasted text that is not a settings problem
    (Layer.DELIVERY, "RECIPIENT_UNKNOWN REJECTED_AS_SPAM RECIPIENT_MAILBOX_FULL RATE_LIMITED"),
):
    for _name in _codes.split():
        LAYER[Code(_name)] = _layer

# A specific code beats a generic one at the same layer (design.md): lower sorts first.
SPECIFICITY: dict[Code, int] = {
    Code.PLAIN_ON_TLS_PORT: -2,
    Code.TLS_ON_PLAIN_PORT: -2,
    Code.WRONG_PROTOCOL: -1,
    Code.TLS_OUTDATED: -1,
    Code.IPV6_BROKEN: -1,  # it explains the refused or silent port of an IPv6-only host
    Code.IPV4_BROKEN: -1,
}


# Our own vantage point, not the domain's fault: alone, they make the verdict "could not tell"
# (design.md: our DNS server, our network, our load are told apart from the domain, once).
VANTAGE = frozenset(
    {
        Code.PROBE_INCOMPLETE,
        Code.OUR_DNS_FAILURE,
        Code.AUTH_NO_ANSWER,
        Code.AUTH_MECHANISM_UNTESTABLE,
        Code.OVERLOADED,
    }
)


# Causes on the person's own device or network, not in any mail setting or server: a paste that
# shows one is "not a settings problem" (paste/evaluation.py), though it fails at a settings layer.
OWN_DEVICE = frozenset({Code.CERT_INTERCEPTED})


def severity_of(code: Code) -> Severity:
    return SEVERITY.get(code, Severity.ERROR)
