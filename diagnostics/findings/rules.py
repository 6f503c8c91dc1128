"""Rules: probe results in, findings out. Pure functions over results (style.md §7).

`evaluate_check(user, results)` judges the settings a person typed (`user`), using the sweep of the
same host (`results`, which include the person's own endpoint) to name the setting that works.
Design.md's rules of evidence: other ports that fail while the person's settings work are not
findings; a finding about the person's endpoint leads; the root cause leads its consequences.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence

from diagnostics.findings.addresses import rule_addresses, rule_ipv4
from diagnostics.findings.codes import LAYER, SPECIFICITY, Code, Layer, severity_of
from diagnostics.model import (
    AFTER_LOGIN_BLOCKS,
    AuthStatus,
    CertProblem,
    Endpoint,
    Finding,
    Outcome,
    ProbeResult,
    Protocol,
    Security,
    Stage,
)
from diagnostics.ports import IMPLICIT_TLS_PORT, SUBMISSION_PORTS

EXPIRY_WARNING_DAYS = 14  # design.md: CERT_EXPIRING_SOON within 14 days
# SLOW_SERVER: a healthy server greets within milliseconds. Thunderbird gives a server 10 s to
# connect and answer (mail-facts.md) and other apps are not more patient; a greeting that takes
# a second or more from our network is the server doing something per connection (reverse-DNS
# lookups, a greet pause, overload), and on a slow mobile network, with TLS and a login on top,
# that margin shrinks until the app times out now and then.
SLOW_GREETING_MS = 1000

# RFC 8314 §3: implicit TLS first, then STARTTLS, then (only when nothing else works) none.
SECURITY_PREFERENCE = {Security.TLS: 0, Security.STARTTLS: 1, Security.NONE: 2}
PROTOCOL_PREFERENCE = {Protocol.IMAP: 0, Protocol.POP3: 1, Protocol.SMTP: 0}

_CONNECTION_CODES = {
    Outcome.REFUSED: Code.PORT_CLOSED,
    Outcome.TIMEOUT: Code.PORT_FILTERED,
    Outcome.UNREACHABLE: Code.HOST_UNREACHABLE,
    Outcome.NO_GREETING: Code.NO_GREETING,
    Outcome.WRONG_PROTOCOL: Code.WRONG_PROTOCOL,
    Outcome.PROTOCOL_ERROR: Code.WRONG_PROTOCOL,
    Outcome.CLOSED: Code.CONNECTION_CLOSED,
    Outcome.READ_TIMEOUT: Code.CONNECTION_CLOSED,
    Outcome.DEADLINE: Code.PROBE_INCOMPLETE,
    Outcome.TLS_ON_PLAIN_PORT: Code.TLS_ON_PLAIN_PORT,
    Outcome.PLAIN_ON_TLS_PORT: Code.PLAIN_ON_TLS_PORT,
    Outcome.STARTTLS_NOT_OFFERED: Code.STARTTLS_NOT_OFFERED,
    Outcome.STARTTLS_REFUSED: Code.STARTTLS_FAILED,
    Outcome.TLS_HANDSHAKE_FAILED: Code.TLS_HANDSHAKE_FAILED,
    Outcome.TLS_VERSION_UNSUPPORTED: Code.TLS_OUTDATED,
}
_DNS_CODES = {
    Outcome.DNS_NXDOMAIN: ("nxdomain", Code.HOST_NOT_FOUND),
    Outcome.DNS_NODATA: ("no address", Code.HOST_NOT_FOUND),
    Outcome.DNS_SERVFAIL: ("servfail", Code.DNS_FAILURE),
    Outcome.DNS_TIMEOUT: ("timeout", Code.DNS_FAILURE),
}
_CERT_CODES = {
    CertProblem.EXPIRED: Code.CERT_EXPIRED,
    CertProblem.NOT_YET_VALID: Code.CERT_NOT_YET_VALID,
    CertProblem.HOSTNAME_MISMATCH: Code.CERT_HOSTNAME_MISMATCH,
    CertProblem.SELF_SIGNED: Code.CERT_SELF_SIGNED,
    CertProblem.UNTRUSTED: Code.CERT_UNTRUSTED,
    CertProblem.OTHER: Code.CERT_UNTRUSTED,
}


def finding(code: Code, endpoint: Endpoint | None, **facts: object) -> Finding:
    return Finding(
        code=code,
        severity=severity_of(code),
        endpoint=endpoint,
        facts={k: v for k, v in facts.items() if v is not None},
    )


def _day(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d")


# ----- what one result says about its own endpoint -----------------------------------------------


def rule_result(
    result: ProbeResult, *, now: dt.datetime, dns_server: str | None = None
) -> Iterator[Finding]:
    """The findings one probe result carries by itself, whatever the rest of the sweep shows."""
    ep = result.endpoint
    outcome = result.outcome
    if outcome in _DNS_CODES:
        reason, code = _DNS_CODES[outcome]
        yield finding(code, ep, reason=reason, dns_server=dns_server, detail=result.detail)
        return
    if outcome in _CONNECTION_CODES:
        code = _CONNECTION_CODES[outcome]
        facts: dict[str, object] = {"address": result.address, "detail": result.detail}
        if code is Code.WRONG_PROTOCOL:
            facts["found"] = _found_protocol(result)
            facts["banner"] = result.banner
        if code is Code.CONNECTION_CLOSED and outcome is Outcome.READ_TIMEOUT:
            facts["stage"] = result.stage.value
        if code is Code.PROBE_INCOMPLETE:
            facts["stage"] = result.stage.value
        if code is Code.TLS_OUTDATED and result.tls is not None:
            facts["tls_version"] = result.tls.version
        if code is Code.STARTTLS_FAILED:
            facts["reply"] = result.detail
        if code is Code.TLS_HANDSHAKE_FAILED:
            facts["reason"] = result.detail
        if code is Code.TLS_ON_PLAIN_PORT:
            facts["found"] = result.facts.get("plain_protocol")
            facts["banner"] = result.banner
        yield finding(code, ep, **facts)
    if "overloaded_ms" in result.facts:
        # Our own stall, not the server's fault (probes/base.py); one finding per report, as
        # order_findings keeps one per code and endpoint (design.md: vantage point said once).
        yield finding(Code.OVERLOADED, None)
    yield from rule_certificate(result, now=now)
    if result.greeting_ms is not None and result.greeting_ms >= SLOW_GREETING_MS:
        yield finding(Code.SLOW_SERVER, ep, greeting_ms=result.greeting_ms, address=result.address)
    yield from rule_addresses(result)
    yield from rule_ipv4(result)


def _found_protocol(result: ProbeResult) -> str:
    detail = (result.detail or "").upper()
    for name in ("IMAP", "POP3", "SMTP", "HTTP", "SSH"):
        if detail.startswith(name):
            return name
    return "something else"


def rule_certificate(result: ProbeResult, *, now: dt.datetime) -> Iterator[Finding]:
    tls = result.tls
    if tls is None:
        return
    cert = tls.cert
    ep = result.endpoint
    base: dict[str, object] = {}
    if cert is not None:
        base = {"subject": cert.subject, "issuer": cert.issuer, "names": ", ".join(cert.names)}
    if not tls.verified:
        for problem in tls.problems:
            facts = dict(base)
            if cert is not None and problem is CertProblem.EXPIRED:
                facts["not_after"] = _day(cert.not_after)
                facts["days"] = (now - cert.not_after).days
            if cert is not None and problem is CertProblem.NOT_YET_VALID:
                facts["not_before"] = _day(cert.not_before)
            if problem in (CertProblem.UNTRUSTED, CertProblem.OTHER):
                facts["verify_message"] = tls.verify_message
            yield finding(_CERT_CODES[problem], ep, **facts)
    elif cert is not None:
        days_left = (cert.not_after - now).days
        if 0 <= days_left <= EXPIRY_WARNING_DAYS:
            yield finding(
                Code.CERT_EXPIRING_SOON,
                ep,
                not_after=_day(cert.not_after),
                days_left=days_left,
                **base,
            )


# ----- the person's settings against the sweep ---------------------------------------------------


def _works(results: Iterable[ProbeResult]) -> list[ProbeResult]:
    return [r for r in results if r.works]


def rank(endpoint: Endpoint) -> tuple[int, int, int]:
    """Lower is better: implicit TLS over STARTTLS over none (RFC 8314), IMAP over POP3."""
    return (
        SECURITY_PREFERENCE[endpoint.security],
        PROTOCOL_PREFERENCE[endpoint.protocol],
        endpoint.port,
    )


# A server answered a TLS attempt (verified or not): it speaks TLS, even if its TLS is broken.
_TLS_ANSWERED = frozenset(
    {
        Outcome.CERT_INVALID,
        Outcome.TLS_HANDSHAKE_FAILED,
        Outcome.TLS_VERSION_UNSUPPORTED,
        Outcome.STARTTLS_REFUSED,
    }
)


def speaks_tls(result: ProbeResult) -> bool:
    """The server behind `result` offers TLS: a handshake happened or was attempted with it, or
    it offered STARTTLS."""
    return (
        result.tls is not None or result.outcome in _TLS_ANSWERED or bool(result.starttls_offered)
    )


def refuses_plain_login(result: ProbeResult) -> bool:
    """The server said it takes no password on this unencrypted connection (RFC 9051 §6.2.3
    LOGINDISABLED, or the probe knew it before sending one)."""
    if result.facts.get("auth_code") == Code.PLAINTEXT_AUTH_DISABLED.value:
        return True
    return any(c.upper() == "LOGINDISABLED" for c in result.capabilities)


def usable(results: Iterable[ProbeResult], *, among: Sequence[ProbeResult]) -> list[ProbeResult]:
    """Working endpoints worth suggesting. Plain text only from a server that speaks no TLS at
    all on any port we tried (`among`: everything tried; the host decides) and that takes a
    password without it: where TLS exists but is broken, the fix is the server's, never
    "switch encryption off" (design.md)."""
    tls_hosts = {r.endpoint.host.lower() for r in among if speaks_tls(r)}
    return [
        r
        for r in _works(results)
        if r.endpoint.security is not Security.NONE
        or (r.endpoint.host.lower() not in tls_hosts and not refuses_plain_login(r))
    ]


def best(results: Iterable[ProbeResult], *, among: Sequence[ProbeResult]) -> ProbeResult | None:
    working = usable(results, among=among)
    return min(working, key=lambda r: rank(r.endpoint)) if working else None


def _alternative_facts(alt: ProbeResult | None) -> dict[str, object]:
    if alt is None:
        return {}
    return {
        "right_port": alt.endpoint.port,
        "right_security": alt.endpoint.security,  # "tls" in JSON; the catalog says "SSL/TLS"
    }


def rule_settings(user: ProbeResult, results: Sequence[ProbeResult]) -> Iterator[Finding]:
    """Name the wrong field: security for the port, the port, port 25 for submission."""
    ep = user.endpoint
    scope = list(results)
    same_protocol = [r for r in scope if r.endpoint.protocol is ep.protocol and r.endpoint != ep]
    typed = {"typed_port": ep.port, "typed_security": ep.security}

    if ep.protocol is Protocol.SMTP and ep.port == 25:
        submission = best(
            (r for r in same_protocol if r.endpoint.port in SUBMISSION_PORTS), among=scope
        )
        if submission is not None:
            yield finding(Code.SMTP_PORT_25_FOR_SUBMISSION, ep, **_alternative_facts(submission))
            return

    if user.outcome is Outcome.DEADLINE:
        return  # the test did not finish: nothing is known to be wrong with these settings
    if not user.works:
        same_port = best((r for r in same_protocol if r.endpoint.port == ep.port), among=scope)
        if same_port is not None and same_port.endpoint.security is not Security.NONE:
            yield finding(
                Code.WRONG_SECURITY_FOR_PORT, ep, **typed, **_alternative_facts(same_port)
            )
            return
        other = best((r for r in same_protocol if r.endpoint.port != ep.port), among=scope)
        if other is not None and not _blocked_by_certificate(user, other):
            yield finding(Code.WRONG_PORT, ep, **typed, **_alternative_facts(other))
        return

    # The settings work; can they be safer?
    encrypted = best(
        (r for r in same_protocol if r.endpoint.security is not Security.NONE), among=scope
    )
    if ep.security is Security.NONE:
        if user.starttls_offered or encrypted is not None:
            alt = encrypted
            facts = (
                _alternative_facts(alt)
                if alt
                else {"right_port": ep.port, "right_security": Security.STARTTLS}
            )
            yield finding(Code.ENCRYPTION_NOT_USED, ep, **facts)
        else:
            yield finding(Code.INSECURE_PLAINTEXT, ep)
    elif ep.security is Security.STARTTLS:
        implicit = next(
            (
                r
                for r in _works(same_protocol)
                if r.endpoint.security is Security.TLS
                and r.endpoint.port == IMPLICIT_TLS_PORT[ep.protocol]
            ),
            None,
        )
        if implicit is not None:
            yield finding(Code.USE_IMPLICIT_TLS, ep, **_alternative_facts(implicit))


def rule_wrong_host(
    mine: ProbeResult, published: Sequence[Endpoint], *, domain: str | None = None
) -> Iterator[Finding]:
    """WRONG_HOST (design.md): the typed server does not work, and what the email domain
    publishes (SRV, autoconfig, the ISPDB, Autodiscover, a known provider) names another server
    for the same protocol that does (`published`: those that work, best first). A server that
    answers, even with a refused login, is a definite answer from the person's own server and
    outranks this: no WRONG_HOST then."""
    if mine.works or (mine.stage is Stage.RESOLVE and not _missing(mine)):
        return
    ep = mine.endpoint
    right = next((e for e in published if e.protocol is ep.protocol), None)
    if right is None or right.host.lower() == ep.host.lower():
        return
    yield finding(
        Code.WRONG_HOST,
        ep,
        typed_host=ep.host,
        right_host=right.host,
        right_port=right.port,
        right_security=right.security,
        domain=domain,
    )


def _missing(result: ProbeResult) -> bool:
    """The typed name does not exist at all: a typo, exactly what WRONG_HOST is for."""
    return result.outcome in (Outcome.DNS_NXDOMAIN, Outcome.DNS_NODATA)


def _blocked_by_certificate(user: ProbeResult, other: ProbeResult) -> bool:
    """Don't send someone to another port when the same bad certificate is the real problem."""
    return user.outcome is Outcome.CERT_INVALID and other.outcome is Outcome.CERT_INVALID


# ----- the login test ---------------------------------------------------------------------------

_PLAINTEXT_CODES = (Code.INSECURE_PLAINTEXT.value, Code.ENCRYPTION_NOT_USED.value)


def rule_auth(result: ProbeResult) -> Iterator[Finding]:
    """What the login test of one result says (only results that had a password to test).

    Before a password: what the server's offer makes certain (`auth_code` set by the probe).
    After: the classified answer of the last attempt (findings/auth.py), and AUTH_USERNAME_FORMAT
    when the username as typed failed and the full address worked.
    """
    ep = result.endpoint
    attempts = result.auth_attempts
    known = result.facts.get("auth_code")
    # "token" when the login was a bearer token (probes/auth.py): the catalog then says so.
    credential = result.facts.get("credential")
    if not attempts:
        if isinstance(known, str):
            yield finding(
                Code(known),
                ep,
                reason=result.facts.get("auth_not_tried"),
                mechanisms=", ".join(result.auth_mechanisms) or None,
                credential=credential,
            )
        elif result.facts.get("auth_not_tried") == "login_limit":
            # Skipped on purpose (at most two attempts per server), not "time ran out".
            yield finding(Code.PROBE_INCOMPLETE, ep, stage=Stage.AUTH.value, reason="login_limit")
        return
    last = attempts[-1]
    tried = ", ".join(dict.fromkeys(a.username for a in attempts))
    if last.status is AuthStatus.OK:
        fallback = result.facts.get("auth_fallback")
        if isinstance(fallback, dict) and fallback.get("next") == last.mechanism:
            # The published first method failed on the server's side, the next one logged in
            # (probes/auth.py): an app set to the first fails; the card names the one to set.
            yield finding(
                Code.AUTH_METHOD_FALLBACK,
                ep,
                mechanism=fallback.get("failed"),
                method=fallback.get("failed_method"),
                reply=fallback.get("reply") or None,
                worked=last.mechanism,
                worked_method=fallback.get("next_method"),
                credential=credential,
            )
        first = attempts[0]
        if first.status is AuthStatus.REJECTED and first.username != last.username:
            yield finding(
                Code.AUTH_USERNAME_FORMAT,
                ep,
                username=first.username,
                typed_username=first.username,
                right_username=last.username,
                reply=first.reply or None,
                credential=credential,
            )
        return
    if last.status is AuthStatus.BROKEN:
        # The server took the login and never answered it (or broke off): could not tell.
        yield finding(
            Code.AUTH_NO_ANSWER,
            ep,
            username=last.username,
            reply=last.reply or None,
            mechanism=last.mechanism,
            credential=credential,
        )
        return
    if last.status is AuthStatus.REJECTED and last.code:
        # Refused as a method, not as a password (Dovecot's "Unsupported authentication
        # mechanism" to USER/PASS when only DIGEST-MD5 is on): name what it does offer.
        untestable = last.code == Code.AUTH_MECHANISM_UNTESTABLE.value
        offered = [m for m in result.auth_mechanisms if m != "USER"] if untestable else []
        yield finding(
            Code(last.code),
            ep,
            username=last.username,
            reply=last.reply or None,
            tried=tried if len(attempts) > 1 else None,
            match=last.match,
            mechanism=last.mechanism,
            mechanisms=", ".join(offered) or None,
            credential=credential,
        )


def _password_in_clear(found: list[Finding], result: ProbeResult) -> list[Finding]:
    """The password crossed unencrypted (--allow-plaintext-auth): say so on the plain-text
    finding, or raise one, so the report always warns (design.md)."""
    if not result.facts.get("password_sent_in_clear"):
        return found
    out: list[Finding] = []
    marked = False
    for f in found:
        if f.code in _PLAINTEXT_CODES and f.endpoint == result.endpoint and not marked:
            f = Finding(
                code=f.code,
                severity=f.severity,
                endpoint=f.endpoint,
                facts={**f.facts, "password_sent": True},
            )
            marked = True
        out.append(f)
    if not marked:
        out.append(finding(Code.INSECURE_PLAINTEXT, result.endpoint, password_sent=True))
    return out


def rule_after_login(result: ProbeResult) -> Iterator[Finding]:
    """findings/mailbox_rules.py's findings of a login that worked, that module imported only
    when a login left its facts: a run without a login never loads it or the reply tables (about
    3 ms of start-up, `python -m benchmarks.startup`). Without those facts it has nothing to say."""
    if not any(block in result.facts for block in AFTER_LOGIN_BLOCKS):
        return iter(())
    from diagnostics.findings import mailbox_rules

    return mailbox_rules.rule_after_login(result)


def evaluate_check(
    user: Endpoint,
    results: Sequence[ProbeResult],
    *,
    now: dt.datetime | None = None,
    dns_server: str | None = None,
) -> tuple[Finding, ...]:
    now = now or dt.datetime.now(dt.UTC)
    mine = next(r for r in results if r.endpoint == user)
    found = list(rule_result(mine, now=now, dns_server=dns_server))
    if mine.stage is not Stage.RESOLVE:
        found.extend(rule_settings(mine, results))
    found.extend(rule_auth(mine))
    found.extend(rule_after_login(mine))
    found = _password_in_clear(found, mine)
    # When the person's settings failed before the login, the login was tested on the
    # alternative (runner._sweep_with_login): its answer is still about the person's account.
    for other in results:
        if other.endpoint != user and (other.auth_attempts or "auth_code" in other.facts):
            found.extend(rule_auth(other))
            found.extend(rule_after_login(other))
            found = _password_in_clear(found, other)
    return order_findings(found, user)


def order_findings(found: Iterable[Finding], user: Endpoint | None) -> tuple[Finding, ...]:
    """Root cause first (design.md): severity, then the causal chain, specific before generic,
    the person's own endpoint before others, and otherwise the order the rules produced."""
    # One finding per code and endpoint, and per source or provider note: a provider may have
    # several notes, and several published documents may be broken at once.
    unique: dict[tuple[str, Endpoint | None, object, object], Finding] = {}
    for f in found:
        unique.setdefault((f.code, f.endpoint, f.facts.get("source"), f.facts.get("note")), f)
    indexed = list(enumerate(unique.values()))

    def key(item: tuple[int, Finding]) -> tuple[int, int, int, int, int]:
        index, f = item
        code = Code(f.code)
        return (
            f.severity.rank,
            int(LAYER.get(code, Layer.PROVIDER)),
            SPECIFICITY.get(code, 0),
            0 if f.endpoint is None or f.endpoint == user else 1,
            index,
        )

    return tuple(f for _, f in sorted(indexed, key=key))
