"""Frozen value objects and closed vocabularies shared by every layer.

Nothing here does I/O. Probes produce `ProbeResult`s, rules turn them into `Finding`s, the runner
wraps everything in a `Report`, and renderers read the report. `to_dict()` gives the JSON shape of
design.md (schema 1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from diagnostics.frozen import frozen

if TYPE_CHECKING:
    from diagnostics.findings.codes import Code


class Protocol(StrEnum):
    IMAP = "imap"
    POP3 = "pop3"
    SMTP = "smtp"

    @property
    def direction(self) -> str:
        return "outgoing" if self is Protocol.SMTP else "incoming"


class Security(StrEnum):
    NONE = "none"
    STARTTLS = "starttls"
    TLS = "tls"  # implicit TLS, "SSL/TLS" in mail apps (RFC 8314)


class Outcome(StrEnum):
    """How a probe ended. `OK` means every stage the endpoint asks for worked."""

    OK = "ok"
    DNS_NXDOMAIN = "dns_nxdomain"
    DNS_NODATA = "dns_nodata"
    DNS_SERVFAIL = "dns_servfail"
    DNS_TIMEOUT = "dns_timeout"
    REFUSED = "refused"
    TIMEOUT = "timeout"  # TCP connect got no answer: filtered
    UNREACHABLE = "unreachable"
    NO_GREETING = "no_greeting"
    TLS_ON_PLAIN_PORT = "tls_on_plain_port"
    PLAIN_ON_TLS_PORT = "plain_on_tls_port"
    TLS_HANDSHAKE_FAILED = "tls_handshake_failed"
    TLS_VERSION_UNSUPPORTED = "tls_version_unsupported"
    CERT_INVALID = "cert_invalid"
    STARTTLS_NOT_OFFERED = "starttls_not_offered"
    STARTTLS_REFUSED = "starttls_refused"
    PROTOCOL_ERROR = "protocol_error"
    WRONG_PROTOCOL = "wrong_protocol"  # another mail protocol answered (POP3 on the IMAP port)
    READ_TIMEOUT = "read_timeout"  # greeting came, then a command got no answer
    CLOSED = "closed"
    DEADLINE = "deadline"  # the diagnosis deadline ran out before the probe finished
    AUTH_OK = "auth_ok"
    AUTH_FAILED = "auth_failed"
    AUTH_UNAVAILABLE = "auth_unavailable"
    POLICY_REFUSED = "policy_refused"

    @property
    def works(self) -> bool:
        """The endpoint speaks its protocol with the asked-for security."""
        return self in (Outcome.OK, Outcome.AUTH_OK, Outcome.AUTH_FAILED, Outcome.AUTH_UNAVAILABLE)


class Stage(StrEnum):
    """The stages of a probe, in order; a result records the last one reached."""

    RESOLVE = "resolve"
    CONNECT = "connect"
    TLS = "tls"  # implicit TLS handshake
    GREETING = "greeting"
    CAPABILITIES = "capabilities"
    STARTTLS = "starttls"
    CAPABILITIES_TLS = "capabilities_tls"
    AUTH = "auth"
    DONE = "done"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


class CertProblem(StrEnum):
    """Why a certificate is not accepted; several can hold at once."""

    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    HOSTNAME_MISMATCH = "hostname_mismatch"
    SELF_SIGNED = "self_signed"
    UNTRUSTED = "untrusted"  # unknown issuer or missing intermediate
    OTHER = "other"


def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@frozen
class Endpoint:
    """One server setting as a mail app takes it: protocol, host, port, security, username."""

    protocol: Protocol
    host: str
    port: int
    security: Security
    username: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "protocol": self.protocol.value,
            "host": self.host,
            "port": self.port,
            "security": self.security.value,
            "username": self.username,
        }

    @property
    def label(self) -> str:
        return f"{self.protocol.value.upper()} {self.host}:{self.port} {self.security.value}"


@frozen
class CertFacts:
    """What a server's certificate says, parsed from its DER bytes (net/tls.py)."""

    subject: str
    issuer: str
    not_before: dt.datetime
    not_after: dt.datetime
    names: tuple[str, ...]
    self_signed: bool
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "issuer": self.issuer,
            "not_before": _iso(self.not_before),
            "not_after": _iso(self.not_after),
            "names": list(self.names),
            "self_signed": self.self_signed,
            "sha256": self.sha256,
        }


@frozen
class TlsFacts:
    """One TLS handshake: version, cipher, verification and the certificate seen."""

    version: str | None
    cipher: str | None
    verified: bool
    verify_code: int | None = None
    verify_message: str | None = None
    problems: tuple[CertProblem, ...] = ()
    cert: CertFacts | None = None
    chain_length: int | None = None

    @property
    def verify_error(self) -> str | None:
        if self.verified:
            return None
        return self.problems[0].value if self.problems else (self.verify_message or "unverified")

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "cipher": self.cipher,
            "verified": self.verified,
            "verify_error": self.verify_error,
            "verify_code": self.verify_code,
            "verify_message": self.verify_message,
            "problems": [p.value for p in self.problems],
            "cert": None if self.cert is None else self.cert.to_dict(),
            "chain_length": self.chain_length,
        }


@frozen
class StageTiming:
    """How long one probe stage took, in milliseconds."""

    stage: Stage
    elapsed_ms: int


@frozen(repr=False)
class Credentials:
    """A username and password for a login test. The password is never shown.

    `repr()` and `str()` mask it, so a Credentials in a log line, an exception or a pytest failure
    report shows no secret; only the probes' SASL encoders read `password`. `address_domain` is
    the email domain when known: with a bare local part as username, the second (and last) login
    attempt uses `local@address_domain` (design.md: at most two attempts per server).
    """

    username: str
    password: str = field(compare=False)
    address_domain: str | None = None
    # The username form the server's published settings give (autoconfig/ISPDB templates,
    # filled with the address): tried first, within the same two attempts (design.md).
    preferred: str | None = None
    # The authentication methods those published settings list, in their order (autoconfig's
    # `<authentication>`: password-cleartext, password-encrypted, OAuth2, ...): wire/sasl.py
    # picks the first the server offers (draft-ietf-mailmaint-autoconfig §auth-alternatives).
    methods: tuple[str, ...] = ()
    # A bearer token (XOAUTH2/OAUTHBEARER, RFC 7628) instead of, or beside, the password; as
    # secret as the password. With a token only, `password` is "".
    oauth_token: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        # CR, LF and NUL would end (or split) a command line: refuse them as bad input, and say so
        # without echoing the value.
        for name, value in (
            ("username", self.username),
            ("password", self.password),
            ("token", self.oauth_token or ""),
        ):
            if any(c in value for c in "\r\n\x00"):
                raise ValueError(f"the {name} contains a line break or NUL character")
        if not self.username:
            raise ValueError("the username is empty")
        if not self.password and not self.oauth_token:
            raise ValueError("neither a password nor a token was given")
        for name, value in (
            ("username", self.username),
            ("password", self.password),
            ("token", self.oauth_token or ""),
        ):
            try:
                value.encode("utf-8")  # bytes read under LC_ALL=C arrive as lone surrogates
            except UnicodeEncodeError:
                raise ValueError(f"the {name} is not valid UTF-8 text") from None

    def __repr__(self) -> str:
        token = ", oauth_token='***'" if self.oauth_token else ""
        return f"Credentials(username={self.username!r}, password='***'{token})"

    @property
    def secrets(self) -> tuple[str, ...]:
        """What must never appear anywhere: the password and the token (net/redact.py)."""
        return tuple(s for s in (self.password, self.oauth_token) if s)

    __str__ = __repr__

    def usernames(self) -> tuple[str, ...]:
        """The usernames to try, in order, at most two: the published form first (when the
        server's settings give one), then as given, then the full address (local part given).
        """
        order = [self.preferred] if self.preferred else []
        order.append(self.username)
        if "@" not in self.username and self.address_domain:
            order.append(f"{self.username}@{self.address_domain}")
        return tuple(dict.fromkeys(order))[:2]


class AuthStatus(StrEnum):
    OK = "ok"  # the server accepted the login
    REJECTED = "rejected"  # a negative answer (NO, -ERR, 5xx/4xx)
    BROKEN = "broken"  # the dialogue broke off (closed, timeout, garbage) before an answer


@frozen
class AuthAttempt:
    """One login attempt: who, how, over what, and the server's answer. Never the password."""

    username: str
    mechanism: str  # PLAIN, LOGIN (SASL), LOGIN-CMD (IMAP LOGIN), USER (POP3 USER/PASS)
    status: AuthStatus
    reply: str = ""  # the server's answer, cleaned and cut
    encrypted: bool = True  # False: the password crossed the network in clear
    code: str | None = None  # the finding code the answer was classified as
    match: str | None = None  # the id of the server_texts.json entry that matched

    def to_dict(self) -> dict[str, Any]:
        return {
            "username": self.username,
            "mechanism": self.mechanism,
            "status": self.status.value,
            "reply": self.reply,
            "encrypted": self.encrypted,
            "code": self.code,
            "match": self.match,
        }


# Facts a probe records after a login that worked: the mailbox (IMAP, POP3) and sending (SMTP).
AFTER_LOGIN_BLOCKS = ("mailbox", "sending")


class Trust(StrEnum):
    """How a setting was learned, as Thunderbird for Android tells it: a setting that came over
    plain DNS or plain HTTP could have been changed by anyone on the way (a server name that
    sends the password elsewhere); HTTPS with a valid certificate and DNSSEC-validated DNS
    could not. Our own provider list, what the person typed, and a guess from the person's
    own domain (checked by the server's certificate) are not someone else's word."""

    # A PACC document over HTTPS whose bytes a DNS TXT digest vouches for (discovery/pacc.py):
    # forging it takes both the web server's certificate and the domain's DNS.
    HTTPS_DNS = "https+dns-digest"
    HTTPS = "https"  # a document over HTTPS with a valid certificate
    DNSSEC = "dnssec"  # DNS records a validating resolver marked authentic (the AD bit)
    BUILTIN = "builtin"  # mailmedic's provider list, shipped with it
    TYPED = "typed"  # the person's own settings (check)
    GUESS = "guess"  # a standard name under the person's domain (mail.<domain>, ...)
    DNS = "dns"  # plain DNS (SRV, MX) without DNSSEC
    HTTP = "http"  # a document over plain HTTP

    @property
    def secure(self) -> bool:
        return self not in (Trust.DNS, Trust.HTTP)

    @property
    def rank(self) -> int:
        """Lower is more trustworthy: the best origin of a setting named by several sources."""
        return list(Trust).index(self)


class Family(StrEnum):
    """An address family: a host's A and AAAA records are reached over different networks."""

    IPV4 = "ipv4"
    IPV6 = "ipv6"

    @classmethod
    def of(cls, address: str) -> Family:
        return cls.IPV6 if ":" in address else cls.IPV4


@frozen
class AddressResult:
    """What one address of a host answered (probes/base.py tries every address, bounded)."""

    address: str
    family: Family
    outcome: Outcome
    stage: Stage
    elapsed_ms: int
    detail: str | None = None
    no_route: bool = False  # our own network has no route there (a vantage point without IPv6)

    @property
    def tested(self) -> bool:
        """We could try it: the address policy let us, and our network reaches that family."""
        return self.outcome is not Outcome.POLICY_REFUSED and not self.no_route

    @property
    def reached(self) -> bool:
        """A mail server answered on this address (whatever it then said)."""
        return self.tested and self.outcome not in UNREACHED

    @property
    def works(self) -> bool:
        """A mail app gets as far as the login here: reached, TLS and its certificate good,
        the greeting and the asked-for security as they should be."""
        return self.tested and self.outcome.works

    @property
    def failed(self) -> bool:
        """Tested and a mail app fails here: unreached, or a fault before the login (a TLS
        failure, a certificate error, a broken greeting). Our own deadline is not a failure."""
        return self.tested and not self.outcome.works and self.outcome is not Outcome.DEADLINE

    @property
    def fault(self) -> bool:
        """Failed although a server answered: what it said is the reason (IPV6_BROKEN~fails)."""
        return self.failed and self.reached

    def to_dict(self) -> dict[str, Any]:
        return {
            "address": self.address,
            "family": self.family.value,
            "outcome": self.outcome.value,
            "stage": self.stage.value,
            "elapsed_ms": self.elapsed_ms,
            "detail": self.detail,
            "no_route": self.no_route,
        }


# Outcomes that mean nothing on that address answered like a mail server: the TCP connection
# failed, or it connected and then heard nothing (a dead or half-configured address).
UNREACHED = frozenset(
    {
        Outcome.REFUSED,
        Outcome.TIMEOUT,
        Outcome.UNREACHABLE,
        Outcome.NO_GREETING,
        Outcome.READ_TIMEOUT,
        Outcome.CLOSED,
    }
)


@frozen
class ProbeResult:
    """What one probe of one endpoint saw. Never holds a password."""

    endpoint: Endpoint
    outcome: Outcome
    stage: Stage
    elapsed_ms: int
    address: str | None = None
    detail: str | None = None  # the error or server text behind the outcome
    banner: str | None = None
    capabilities: tuple[str, ...] = ()  # before TLS (or over implicit TLS)
    capabilities_tls: tuple[str, ...] = ()  # after STARTTLS
    auth_mechanisms: tuple[str, ...] = ()  # the last list seen (after TLS when there was TLS)
    auth_mechanisms_plain: tuple[str, ...] = ()  # advertised before any TLS
    starttls_offered: bool | None = None
    tls: TlsFacts | None = None
    greeting_ms: int | None = None
    timings: tuple[StageTiming, ...] = ()
    transcript: tuple[str, ...] = ()
    facts: Mapping[str, Any] = field(default_factory=dict)
    auth_attempts: tuple[AuthAttempt, ...] = ()  # login attempts, in order (only with a password)
    # Every address tried, the one above first (only when the host has more than one).
    addresses: tuple[AddressResult, ...] = ()

    @property
    def works(self) -> bool:
        return self.outcome.works

    def to_dict(self, *, transcript: bool = True) -> dict[str, Any]:
        data = self.endpoint.to_dict()
        data.update(
            {
                "outcome": self.outcome.value,
                "stage": self.stage.value,
                "elapsed_ms": self.elapsed_ms,
                "address": self.address,
                "detail": self.detail,
                "banner": self.banner,
                "capabilities": list(self.capabilities_tls or self.capabilities),
                "capabilities_plain": list(self.capabilities),
                "auth_mechanisms": list(self.auth_mechanisms),
                "starttls_offered": self.starttls_offered,
                "greeting_ms": self.greeting_ms,
                "timings": {t.stage.value: t.elapsed_ms for t in self.timings},
                "tls": None if self.tls is None else self.tls.to_dict(),
                "facts": {k: v for k, v in self.facts.items() if k not in AFTER_LOGIN_BLOCKS},
            }
        )
        for block in AFTER_LOGIN_BLOCKS:
            # What a working login showed (probes/imap.py, pop3.py, smtp.py): own blocks, only
            # when there, so reports without a login keep their exact shape.
            if isinstance(self.facts.get(block), Mapping):
                data[block] = dict(self.facts[block])
        if self.addresses:
            # Only for hosts with several addresses, so other reports keep their exact shape.
            data["addresses"] = [a.to_dict() for a in self.addresses]
        if self.auth_attempts:
            # Only with a login test, so reports without one keep their exact shape.
            data["auth"] = [a.to_dict() for a in self.auth_attempts]
        if transcript:
            data["transcript"] = list(self.transcript)
        return data


@frozen
class Finding:
    """A stable code, its severity, the endpoint it concerns and the facts behind it.

    Prose lives in findings/catalog.py, never here.
    """

    code: Code
    severity: Severity
    endpoint: Endpoint | None = None
    facts: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # A closed vocabulary (findings/codes.py): a code read back from JSON or written as a
        # string becomes the enum, and a code nobody defined is a programming error.
        from diagnostics.findings.codes import Code

        if not isinstance(self.code, Code):
            object.__setattr__(self, "code", Code(self.code))

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code.value,
            "severity": self.severity.value,
            "endpoint": None if self.endpoint is None else self.endpoint.to_dict(),
            "facts": dict(self.facts),
        }


class Source(StrEnum):
    """Where a setting was learned (design.md's discovery sources)."""

    SRV = "srv"
    AUTOCONFIG = "autoconfig"
    ISPDB = "ispdb"
    AUTODISCOVER = "autodiscover"
    PACC = "pacc"  # draft-ietf-mailmaint-pacc (discovery/pacc.py)
    MX = "mx"
    PROVIDER = "provider"
    GUESS = "guess"
    USER = "user"


class SourceStatus(StrEnum):
    FOUND = "found"
    NONE = "none"  # publishes nothing: a status, not a finding
    ERROR = "error"


@frozen
class DiscoveryResult:
    """What one discovery source found, or why it found nothing."""

    source: Source
    status: SourceStatus
    detail: str = ""
    endpoints: tuple[Endpoint, ...] = ()
    trust: Trust | None = None  # how a found source learned its settings (discovery/base.py)

    def __post_init__(self) -> None:
        # Closed vocabularies: "srv" and "found" read back from text become the enums.
        object.__setattr__(self, "source", Source(self.source))
        object.__setattr__(self, "status", SourceStatus(self.status))

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source.value,
            "status": self.status.value,
            "detail": self.detail,
            "endpoints": [e.to_dict() for e in self.endpoints],
            **({} if self.trust is None else {"trust": self.trust.value}),
        }


@frozen
class Recommended:
    """Every usable setting per direction, the chosen one first."""

    incoming: tuple[Endpoint, ...] = ()
    outgoing: tuple[Endpoint, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "incoming": [e.to_dict() for e in self.incoming],
            "outgoing": [e.to_dict() for e in self.outgoing],
        }


class ReportKind(StrEnum):
    DIAGNOSE = "diagnose"
    CHECK = "check"
    EXPLAIN = "explain"


class Direction(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"


class Reason(StrEnum):
    """Why the answer chose a setting (diagnostics/answer.py)."""

    YOURS = "yours"  # the person's own settings work as typed
    SAFER = "safer"  # the person's work without encryption; this one encrypts
    SAME_PROTOCOL = "same_protocol"  # the typed protocol on another port or security, same server
    PUBLISHED = "published"  # what the email domain publishes: the typed server is the wrong one
    OTHER_PROTOCOL = "other_protocol"  # the typed protocol works nowhere on that server
    BEST = "best"  # the best working setting found (diagnose, or the other direction of a check)


class Login(StrEnum):
    """What the answer can say about the login on a chosen setting."""

    NOT_REQUESTED = "not_requested"  # no password was given: nothing to verify
    VERIFIED = "verified"  # the server accepted the password with this username
    REFUSED = "refused"  # the server answered no
    NO_ANSWER = "no_answer"  # the server never answered the login: could not tell
    NOT_TESTED = "not_tested"  # a password was given but not sent here (unencrypted, limit, ...)


class Field(StrEnum):
    """A field of a mail app's account settings."""

    PROTOCOL = "protocol"
    SERVER = "server"
    PORT = "port"
    SECURITY = "security"
    USERNAME = "username"


@frozen
class Change:
    """One field to change in the mail app: what the person typed, and what to set."""

    field: Field
    typed: str
    value: str

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field.value, "typed": self.typed, "value": self.value}


@frozen
class Choice:
    """The one setting the answer recommends for a direction, and why (diagnostics/answer.py)."""

    endpoint: Endpoint
    reason: Reason
    login: Login = Login.NOT_REQUESTED
    changes: tuple[Change, ...] = ()  # against what the person typed (check); empty otherwise
    username_source: str | None = None  # typed|verified|published
    # With no address to fill it in: the username form the server's source publishes, in words
    # ("your full email address"), for the card; never put in `endpoint.username`.
    username_form: str | None = None
    trust: Trust | None = None  # how the chosen setting was learned (its best origin)
    # "token" when the login that verified this setting used a bearer token (XOAUTH2,
    # OAUTHBEARER), so the card does not speak of a password; None otherwise.
    credential: str | None = None
    # The published authentication method (autoconfig's `<authentication>`, e.g.
    # "password-cleartext") the login used when the one listed first failed on the server's side
    # (probes/auth.py, the autoconfig draft's fallback): the app's field to set; None otherwise.
    auth_method: str | None = None
    # The registrable domain whose document, reached through a redirect, alone named this
    # setting (discovery/consent.py: a login there needs the person's consent); None otherwise.
    named_by: str | None = None

    @property
    def direction(self) -> Direction:
        return Direction(self.endpoint.protocol.direction)

    @property
    def encrypted(self) -> bool:
        return self.endpoint.security is not Security.NONE

    def typed(self, field_name: Field) -> str | None:
        """The value the person typed for `field_name`, where it differs from this setting."""
        return next((c.typed for c in self.changes if c.field is field_name), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "direction": self.direction.value,
            "endpoint": self.endpoint.to_dict(),
            "reason": self.reason.value,
            "login": self.login.value,
            "encrypted": self.encrypted,
            "username_source": self.username_source,
            "username_form": self.username_form,
            "changes": [c.to_dict() for c in self.changes],
            # Only when known, so reports built without discovery keep their exact shape.
            **({} if self.trust is None else {"trust": self.trust.value}),
            **({} if self.credential is None else {"credential": self.credential}),
            **({} if self.auth_method is None else {"auth_method": self.auth_method}),
            **({} if self.named_by is None else {"named_by": self.named_by}),
        }


class Verdict(StrEnum):
    HEALTHY = "healthy"  # no error or warning: exit 0
    PROBLEMS = "problems"  # exit 1
    UNKNOWN = "unknown"  # could not tell (our own network): exit 3


@frozen
class Report:
    """The result of one command: verdict, findings, probes, discovery and the answer."""

    target: str
    kind: ReportKind
    duration_ms: int
    summary: str
    verdict: Verdict
    findings: tuple[Finding, ...] = ()
    probes: tuple[ProbeResult, ...] = ()
    discovery: tuple[DiscoveryResult, ...] = ()
    recommended: Recommended = field(default_factory=Recommended)
    user_endpoint: Endpoint | None = None  # the settings the person typed (check)
    # The answer (diagnostics/answer.py): the one setting per direction every renderer shows,
    # and what could not be verified. Empty for explain.
    choices: tuple[Choice, ...] = ()
    unverified: tuple[str, ...] = ()
    # The language its sentences are in (diagnostics/i18n.py); renderers write in it too.
    lang: str = "en"

    def __post_init__(self) -> None:
        if not isinstance(self.kind, ReportKind):
            object.__setattr__(self, "kind", ReportKind(self.kind))

    def choice(self, direction: Direction) -> Choice | None:
        return next((c for c in self.choices if c.direction is direction), None)

    @property
    def exit_code(self) -> int:
        return {Verdict.HEALTHY: 0, Verdict.PROBLEMS: 1, Verdict.UNKNOWN: 3}[self.verdict]

    def after_login(self, block: str) -> dict[str, Any] | None:
        """The `mailbox` or `sending` block of the report: that of the setting the answer
        chose for its direction, else of the first probe that has one; with its endpoint."""
        chosen = [c.endpoint for c in self.choices]
        having = [p for p in self.probes if isinstance(p.facts.get(block), Mapping)]
        best = next((p for p in having if p.endpoint in chosen), having[0] if having else None)
        if best is None:
            return None
        return {"endpoint": best.endpoint.to_dict(), **best.facts[block]}

    def to_dict(self) -> dict[str, Any]:
        extra = {b: self.after_login(b) for b in AFTER_LOGIN_BLOCKS}
        return {
            "schema": 1,
            # The language of the texts (summary, titles, ...); codes and facts have none.
            "lang": self.lang,
            "target": self.target,
            "kind": self.kind.value,
            "duration_ms": self.duration_ms,
            "summary": self.summary,
            "verdict": self.verdict.value,
            "user": None if self.user_endpoint is None else self.user_endpoint.to_dict(),
            "discovery": [d.to_dict() for d in self.discovery],
            "probes": [p.to_dict() for p in self.probes],
            "findings": [f.to_dict() for f in self.findings],
            "recommended": self.recommended.to_dict(),
            **{k: v for k, v in extra.items() if v is not None},
            "answer": {
                "verdict": self.verdict.value,
                "root": self.findings[0].code if self.findings else None,
                "choices": [c.to_dict() for c in self.choices],
                "unverified": list(self.unverified),
            },
        }
