"""The answer: one decision, made once, that every renderer (text, JSON, Discord) only shows.

Theory of operation. Probes record what happened; rules (findings/rules.py,
findings/discovery_rules.py) say what is wrong with each thing tried. This module decides what to
tell the person, once, from those findings and the probe results (design.md, "The answer"):

1. **The choice**, one setting per direction (incoming, outgoing). Only settings that work and are
   usable count (`rules.usable`: no plain text from a server that speaks TLS, even broken TLS —
   then the fix is the server's). For `check`, the typed protocol is kept whenever it works on the
   typed server (an IMAP user gets IMAP): the person's own settings when they work encrypted
   (`YOURS`), else an encrypted twin of their plain-text settings (`SAFER`), else another port or
   security of the same protocol (`SAME_PROTOCOL`), else what the email domain publishes when the
   typed server is the wrong one (`PUBLISHED`), else another protocol of the same direction on the
   same server. For `diagnose` (and the other direction of a check) the best by RFC 8314's
   preference. The username on the card is the one a login verified, else the published form,
   else what was typed.
2. **The findings**, root cause first. Our own vantage point is told apart from the domain
   (OUR_DNS_FAILURE replaces every DNS finding it explains, once). When nothing works in a
   direction and no error says why (guesses never warn), the most informative failure speaks. A
   setting chosen without encryption always carries a warning. One statement per fact: a
   settings finding that only restates the root cause on the same endpoint (WRONG_PORT beside
   PORT_FILTERED) is folded into the root, whose fix becomes the fields to change of the choice —
   and when nothing works, a fix that suggests nothing that was tried and failed.
3. **The verdict**: UNKNOWN when only our side is in doubt (our DNS, the deadline, a login that
   got no answer); PROBLEMS for any other error or warning, a direction where nothing works, or a
   requested login that did not verifiably succeed; HEALTHY otherwise.
4. **The summary** (findings/catalog.py, findings/verdicts.py) from the verdict, the root and the
   choices, so the verdict line names exactly the port and security the card shows.

Everything here is pure: the same evidence gives the same answer (tests/test_answer.py checks the
invariants with hypothesis over generated probe results).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field, replace

from diagnostics.findings.codes import LAYER, VANTAGE, Code, Layer
from diagnostics.findings.rules import (
    finding,
    order_findings,
    rank,
    rule_result,
    usable,
)
from diagnostics.frozen import frozen
from diagnostics.model import (
    AuthStatus,
    Change,
    Choice,
    Direction,
    Endpoint,
    Field,
    Finding,
    Login,
    Outcome,
    ProbeResult,
    Protocol,
    Reason,
    Recommended,
    Security,
    Severity,
    Trust,
    Verdict,
)
from diagnostics.ports import RELAY_PORT

# Settings codes that only restate, as a field to change, a fault another finding on the same
# endpoint already names (the port is filtered → "port 993 is wrong"): folded into that root.
SETTINGS_RESTATEMENTS = frozenset(
    {
        Code.WRONG_PORT,
        Code.WRONG_SECURITY_FOR_PORT,
        Code.WRONG_HOST,
        Code.SMTP_PORT_25_FOR_SUBMISSION,
    }
)
# The connection-level evidence of a broken published record: DISCOVERY_BROKEN says it once.
_RECORD_EVIDENCE = frozenset(
    {
        Code.HOST_NOT_FOUND,
        Code.PORT_CLOSED,
        Code.WRONG_PROTOCOL,
        Code.TLS_ON_PLAIN_PORT,
        Code.PLAIN_ON_TLS_PORT,
        Code.STARTTLS_NOT_OFFERED,
    }
)
# DNS findings our own broken resolver explains.
_DNS_CODES = frozenset(
    {
        Code.DOMAIN_NOT_FOUND,
        Code.NO_MAIL_SERVERS,
        Code.HOST_NOT_FOUND,
        Code.DNS_FAILURE,
        Code.DISCOVERY_BROKEN,
        Code.PROBE_INCOMPLETE,
    }
)
_CERT_CODES = frozenset(c for c in Code if c.startswith("CERT_"))
# Findings that explain why nothing works in any direction (a broken autoconfig document does
# not: the SRV record may still name an incoming server, and nothing for sending).
_EXPLAINS_EVERY_DIRECTION = frozenset(
    {Code.DOMAIN_NOT_FOUND, Code.DNS_FAILURE, Code.OUR_DNS_FAILURE, Code.NO_MAIL_SERVERS}
)
_DNS_OUTCOMES = frozenset(
    {Outcome.DNS_NXDOMAIN, Outcome.DNS_NODATA, Outcome.DNS_SERVFAIL, Outcome.DNS_TIMEOUT}
)
# When nothing works, which failure tells the most (lower first): a certificate or TLS fault of
# a server that answers says more than a port that is closed, which says more than silence.
_INFORMATIVE = {
    Outcome.CERT_INVALID: 0,
    Outcome.TLS_VERSION_UNSUPPORTED: 1,
    Outcome.TLS_HANDSHAKE_FAILED: 2,
    Outcome.STARTTLS_REFUSED: 3,
    Outcome.STARTTLS_NOT_OFFERED: 4,
    Outcome.TLS_ON_PLAIN_PORT: 5,
    Outcome.PLAIN_ON_TLS_PORT: 5,
    Outcome.WRONG_PROTOCOL: 6,
    Outcome.PROTOCOL_ERROR: 6,
    Outcome.NO_GREETING: 7,
    Outcome.READ_TIMEOUT: 7,
    Outcome.CLOSED: 7,
    Outcome.REFUSED: 8,
    Outcome.UNREACHABLE: 9,
    Outcome.TIMEOUT: 9,
    Outcome.DEADLINE: 10,
}


@frozen
class Evidence:
    """What the answer is decided from: everything probed and everything the rules said."""

    now: dt.datetime
    results: tuple[ProbeResult, ...]  # every probe (diagnose: in the order of its sources)
    findings: tuple[Finding, ...]
    user: Endpoint | None = None  # the settings the person typed (check)
    published: tuple[Endpoint, ...] = ()  # check: what the email domain publishes, that works
    login_requested: bool = False
    # diagnose: the username each server's source published, per (protocol, host): filled with
    # the person's address (`usernames`, tried first at the login), or, without an address, in
    # words for the card (`username_forms`: "the part of your address before the @").
    usernames: Mapping[tuple[Protocol, str], str] = field(default_factory=dict)
    username_forms: Mapping[tuple[Protocol, str], str] = field(default_factory=dict)
    directions: tuple[Direction, ...] = (Direction.INCOMING, Direction.OUTGOING)
    # How each setting was learned, by (protocol, host, port, security) (finder.Found.trust);
    # check: what the person typed and its host's other ports are Trust.TYPED.
    trust: Mapping[tuple[str, str, int, str], Trust] = field(default_factory=dict)
    # diagnose: settings only another organisation's document named, through a redirect (that
    # registrable domain), by the same key (finder.Found.named_by).
    named_by: Mapping[tuple[str, str, int, str], str] = field(default_factory=dict)


@frozen
class Answer:
    """What `decide` concluded: the verdict, the findings shown and one choice per direction."""

    verdict: Verdict
    findings: tuple[Finding, ...]
    choices: tuple[Choice, ...]
    recommended: Recommended  # every usable setting per direction, the choice first
    unverified: tuple[str, ...]

    @property
    def root(self) -> Finding | None:
        return self.findings[0] if self.findings else None

    def choice(self, direction: Direction) -> Choice | None:
        return next((c for c in self.choices if c.direction is direction), None)


# ----- the choice --------------------------------------------------------------------------------


def _direction(ep: Endpoint) -> Direction:
    return Direction(ep.protocol.direction)


def _same_host(a: Endpoint, b: Endpoint) -> bool:
    return a.host.lower().rstrip(".") == b.host.lower().rstrip(".")


def _ordered(candidates: Iterable[ProbeResult]) -> list[Endpoint]:
    """Best first (RFC 8314 §3: implicit TLS, then STARTTLS; IMAP before POP3); port 25 only when
    nothing else sends (it is for servers passing mail, not for mail apps). Stable: among equals,
    the order of the sources stays."""
    endpoints = [r.endpoint for r in candidates]
    submission = [e for e in endpoints if e.protocol is not Protocol.SMTP or e.port != RELAY_PORT]
    return sorted(submission or endpoints, key=rank)


def candidates(results: Sequence[ProbeResult], direction: Direction) -> list[Endpoint]:
    """Every usable setting of one direction, best first."""
    mine = [r for r in results if _direction(r.endpoint) is direction]
    return _ordered(usable(mine, among=results))


def choose(
    direction: Direction,
    results: Sequence[ProbeResult],
    *,
    user: Endpoint | None = None,
    published: Sequence[Endpoint] = (),
) -> tuple[Endpoint, Reason] | None:
    """The one setting to recommend for `direction`, and why; None when nothing usable works."""
    if user is None or _direction(user) is not direction:
        host_results = (
            results if user is None else [r for r in results if _same_host(r.endpoint, user)]
        )
        best = candidates(host_results, direction)
        if best:
            return best[0], Reason.BEST
        return None
    on_host = [r for r in results if _same_host(r.endpoint, user)]
    mine = next((r for r in results if r.endpoint == user), None)
    same_protocol = [r for r in on_host if r.endpoint.protocol is user.protocol]
    working = _ordered(usable(same_protocol, among=results))
    if mine is not None and user in working:
        return user, Reason.YOURS
    if working:
        plain_mine = mine is not None and mine.works and user.security is Security.NONE
        return working[0], Reason.SAFER if plain_mine else Reason.SAME_PROTOCOL
    right = next((e for e in published if e.protocol is user.protocol), None)
    if right is not None and not _same_host(right, user):
        return right, Reason.PUBLISHED
    other = candidates(on_host, direction)
    if other:
        return other[0], Reason.OTHER_PROTOCOL
    return None


def _login_state(
    endpoint: Endpoint, results: Sequence[ProbeResult], *, requested: bool
) -> tuple[Login, str | None]:
    """What the login test says about `endpoint` itself, and the username it verified.

    Only that setting's own attempts count: a login refused on port 25 says nothing about 465
    (providers refuse logins on 25), so the card of another port says "not tested"; the finding
    about the refused login stands on its own endpoint."""
    if not requested:
        return Login.NOT_REQUESTED, None
    attempts = [
        a
        for r in results
        if replace(r.endpoint, username=None) == replace(endpoint, username=None)
        for a in r.auth_attempts
    ]
    ok = next((a for a in attempts if a.status is AuthStatus.OK), None)
    if ok is not None:
        return Login.VERIFIED, ok.username
    if attempts and attempts[-1].status is AuthStatus.REJECTED:
        return Login.REFUSED, None
    if attempts and attempts[-1].status is AuthStatus.BROKEN:
        return Login.NO_ANSWER, None
    return Login.NOT_TESTED, None


def _fallback_method(endpoint: Endpoint, results: Sequence[ProbeResult]) -> str | None:
    """The published method the login that verified `endpoint` used, when the one listed first
    failed on the server's side (probes/auth.py facts["auth_fallback"]); else None."""
    for r in results:
        if replace(r.endpoint, username=None) != replace(endpoint, username=None):
            continue
        fallback = r.facts.get("auth_fallback")
        ok = next((a for a in r.auth_attempts if a.status is AuthStatus.OK), None)
        if isinstance(fallback, dict) and ok is not None and ok.mechanism == fallback.get("next"):
            method = fallback.get("next_method")
            return method if isinstance(method, str) else None
    return None


def _verified_with_token(endpoint: Endpoint, results: Sequence[ProbeResult]) -> bool:
    """The login that verified `endpoint` used a bearer token, not a password."""
    from diagnostics.wire.sasl import OAUTH_ONLY  # the login's module: not for `explain`

    return any(
        a.status is AuthStatus.OK and a.mechanism.upper() in OAUTH_ONLY
        for r in results
        if replace(r.endpoint, username=None) == replace(endpoint, username=None)
        for a in r.auth_attempts
    )


def _verified_username(results: Sequence[ProbeResult], host: str) -> str | None:
    """The username a login on `host` verified, on any port: one account, one username (the
    card of the other direction then says the same as AUTH_USERNAME_FORMAT's fix)."""
    return next(
        (
            a.username
            for r in results
            if r.endpoint.host.lower() == host.lower()
            for a in r.auth_attempts
            if a.status is AuthStatus.OK
        ),
        None,
    )


def changes_between(user: Endpoint, chosen: Endpoint) -> tuple[Change, ...]:
    """The fields the person must change to go from what they typed to `chosen`."""
    out: list[Change] = []
    if chosen.protocol is not user.protocol:
        out.append(
            Change(field=Field.PROTOCOL, typed=user.protocol.value, value=chosen.protocol.value)
        )
    if not _same_host(chosen, user):
        out.append(Change(field=Field.SERVER, typed=user.host, value=chosen.host))
    if chosen.port != user.port:
        out.append(Change(field=Field.PORT, typed=str(user.port), value=str(chosen.port)))
    if chosen.security is not user.security:
        out.append(
            Change(field=Field.SECURITY, typed=user.security.value, value=chosen.security.value)
        )
    if chosen.username and user.username and chosen.username != user.username:
        out.append(Change(field=Field.USERNAME, typed=user.username, value=chosen.username))
    return tuple(out)


def _choice(direction: Direction, ev: Evidence, results: Sequence[ProbeResult]) -> Choice | None:
    picked = choose(direction, results, user=ev.user, published=ev.published)
    if picked is None:
        return None
    endpoint, reason = picked
    # check tests the login in the typed direction only: the other one is not a question asked.
    requested = ev.login_requested and (ev.user is None or _direction(ev.user) is direction)
    login, verified = _login_state(endpoint, results, requested=requested)
    token = login is Login.VERIFIED and _verified_with_token(endpoint, results)
    verified = verified or _verified_username(results, endpoint.host)
    server = (endpoint.protocol, endpoint.host.lower())
    # The username on the card: the one a login verified; else the one the server's source
    # publishes for this address; else what was typed (or, with no address, the form in words).
    typed = endpoint.username or (ev.user.username if ev.user is not None else None)
    username: str | None
    if verified is not None:
        username, source = verified, "verified"
    elif server in ev.usernames:
        username, source = ev.usernames[server], "published"
    elif typed:
        username, source = typed, "typed"
    else:
        username, source = None, None
    endpoint = replace(endpoint, username=username)
    changes: tuple[Change, ...] = ()
    if ev.user is not None and _direction(ev.user) is direction:
        changes = changes_between(ev.user, endpoint)
    learned = (
        endpoint.protocol.value,
        endpoint.host.lower(),
        endpoint.port,
        endpoint.security.value,
    )
    return Choice(
        endpoint=endpoint,
        reason=reason,
        login=login,
        changes=changes,
        username_source=source,
        username_form=None if username else ev.username_forms.get(server),
        # check: the typed host (any of its ports) is the person's own word.
        trust=Trust.TYPED
        if ev.user is not None and _same_host(endpoint, ev.user)
        else ev.trust.get(learned),
        credential="token" if token else None,
        auth_method=_fallback_method(endpoint, results) if login is Login.VERIFIED else None,
        named_by=ev.named_by.get(learned),
    )


# ----- the findings ------------------------------------------------------------------------------


def _on(f: Finding, ep: Endpoint | None) -> bool:
    return ep is not None and f.endpoint is not None and f.endpoint == ep


def _vantage(found: list[Finding]) -> list[Finding]:
    """Our own DNS server is broken: every DNS finding it explains goes; it is said once."""
    if not any(f.code == Code.OUR_DNS_FAILURE for f in found):
        return found
    return [
        f
        for f in found
        if f.code not in _DNS_CODES
        or (f.code == Code.PROBE_INCOMPLETE and f.facts.get("stage") != "resolve")
    ]


def _nothing_works(
    direction: Direction, results: Sequence[ProbeResult], found: list[Finding], now: dt.datetime
) -> list[Finding]:
    """Nothing works in `direction`, and no error says why (guesses never warn): the most
    informative failure speaks, so the answer is never OK when nothing works (design.md)."""
    mine = [r for r in results if _direction(r.endpoint) is direction]
    if any(
        f.severity is Severity.ERROR
        and (
            f.code in _EXPLAINS_EVERY_DIRECTION
            or (f.endpoint is not None and _direction(f.endpoint) is direction)
        )
        for f in found
    ):
        return []
    if any(
        f.endpoint is None and f.code in (Code.PROBE_INCOMPLETE, Code.OVERLOADED) for f in found
    ):
        # The deadline or our own load cut the search (finder.py): "nothing was found" is not
        # known, and the run already says it could not tell.
        return []
    failed = [r for r in mine if r.outcome in _INFORMATIVE]
    # A plain-text setting that works on a server whose TLS is broken is not a way out: its TLS
    # fault is what to fix, and it is among `failed`.
    if failed:
        worst = min(failed, key=lambda r: (_INFORMATIVE[r.outcome], rank(r.endpoint)))
        return list(rule_result(worst, now=now))
    dns = [r for r in mine if r.outcome in _DNS_OUTCOMES]
    if mine and not dns:
        return []
    return [finding(Code.NO_MAIL_SERVERS, None, direction=direction.value)]


def _plaintext_warning(choice: Choice, found: list[Finding]) -> list[Finding]:
    """A setting without encryption is recommended only with a warning naming the risk; one per
    server, naming every protocol the answer uses it for (changes `found` in place for that)."""
    if choice.encrypted:
        return []
    ep = choice.endpoint
    protocol = ep.protocol.value.upper()
    for index, f in enumerate(found):
        if (
            f.code in (Code.INSECURE_PLAINTEXT, Code.ENCRYPTION_NOT_USED)
            and f.endpoint is not None
            and _same_host(f.endpoint, ep)
        ):
            if f.endpoint.protocol is ep.protocol:
                return []
            if f.facts.get("chosen"):
                protocols = [*f.facts.get("protocols", [f.endpoint.protocol.value.upper()])]
                found[index] = replace(f, facts={**f.facts, "protocols": [*protocols, protocol]})
                return []
    return [
        finding(
            Code.INSECURE_PLAINTEXT, replace(ep, username=None), chosen=True, protocols=[protocol]
        )
    ]


def _cert_once(found: list[Finding]) -> list[Finding]:
    """One statement per fact: the same certificate fault of one server, said once (the other
    ports that present that certificate are listed in its facts)."""
    out: list[Finding] = []
    seen: dict[tuple[str, str, object], int] = {}
    for f in found:
        if f.code not in _CERT_CODES or f.endpoint is None:
            out.append(f)
            continue
        k = (f.code, f.endpoint.host.lower(), f.facts.get("subject"))
        if k not in seen:
            seen[k] = len(out)
            out.append(f)
            continue
        first = out[seen[k]]
        ports = [str(p) for p in first.facts.get("ports", [first.endpoint.port])]  # type: ignore[union-attr]
        if str(f.endpoint.port) not in ports:
            ports.append(str(f.endpoint.port))
        out[seen[k]] = replace(first, facts={**first.facts, "ports": ports})
    return out


def _fold(found: list[Finding], ev: Evidence, choice: Choice | None) -> list[Finding]:
    """One statement per fact, in three steps: pick the root cause on the person's endpoint,
    fold the settings findings that only restate it into it, and give every finding about the
    person's settings the fix the choice asks for (`_fix_facts`)."""
    user = ev.user
    ordered = list(order_findings(found, user))
    if user is None:
        return _fold_records(ordered)
    mine = [f for f in ordered if _on(f, user)]
    # The root: the first error on the person's endpoint below the settings layer (DNS, the
    # connection, encryption). A login's answer or a note is not a root a port change restates.
    root = next(
        (
            f
            for f in mine
            if f.severity is Severity.ERROR
            and LAYER.get(f.code, Layer.PROVIDER) < Layer.SETTINGS
            and f.code not in VANTAGE
        ),
        None,
    )
    restating = [f for f in mine if f.code in SETTINGS_RESTATEMENTS]
    if root is None and restating:
        # No fault below the settings (the port works, but is the wrong one, e.g. 25 for
        # sending): the settings finding is the root itself.
        root, restating = restating[0], restating[1:]
    out: list[Finding] = []
    for f in ordered:
        if f in restating:
            continue
        is_root = f is root
        if is_root and restating:
            f = replace(f, facts={**f.facts, "consequences": [r.code.value for r in restating]})
        if is_root or f.code in _FIXED_BY_THE_CHOICE:
            f = _fix_facts(f, choice, user, root=is_root)
        out.append(f)
    return out


# Settings findings whose fix is the change to the chosen setting (besides the root).
_FIXED_BY_THE_CHOICE = frozenset({Code.ENCRYPTION_NOT_USED, *SETTINGS_RESTATEMENTS})


def _fix_facts(f: Finding, choice: Choice | None, user: Endpoint, *, root: bool) -> Finding:
    """The fix of a finding about the person's settings comes from the choice: the fields to
    change (`changes`, `right_*`), or, when nothing works in that direction, that no other
    setting of that server does (`no_alternative`): never a setting that was tried and failed.
    """
    if f.endpoint is not None and _direction(f.endpoint) is not _direction(user):
        return f  # about the other direction: the person's settings are not in question there
    if LAYER.get(f.code, Layer.PROVIDER) >= Layer.AUTHENTICATION or f.code in VANTAGE:
        return f  # a login's answer, or our own doubt: its own fix says what to do
    facts = {k: v for k, v in f.facts.items() if not k.startswith("right_")}
    if choice is None:
        return replace(f, facts={**facts, "no_alternative": True})
    if choice.reason is Reason.YOURS and not root and f.code != Code.ENCRYPTION_NOT_USED:
        return f  # the person's settings stay: an info such as USE_IMPLICIT_TLS keeps its own
    chosen = choice.endpoint
    facts.update(
        right_host=chosen.host,
        right_port=chosen.port,
        right_security=chosen.security,
        right_protocol=chosen.protocol.value,
        right_reason=choice.reason.value,
    )
    if choice.changes:
        facts["changes"] = [c.to_dict() for c in choice.changes]
    return replace(f, facts=facts)


def _fold_records(ordered: list[Finding]) -> list[Finding]:
    """diagnose: a broken published record names its server's fault once (DISCOVERY_BROKEN);
    that server's own connection finding would say the same thing again."""
    broken = {f.endpoint for f in ordered if f.code == Code.DISCOVERY_BROKEN and f.endpoint}
    out = []
    for f in ordered:
        if f.endpoint in broken and f.code in _RECORD_EVIDENCE:
            continue
        out.append(f)
    return out


def _drop_wrong_host(found: list[Finding], choice: Choice | None) -> list[Finding]:
    """WRONG_HOST only when the answer does send the person to the published server."""
    if choice is not None and choice.reason is Reason.PUBLISHED:
        return found
    return [f for f in found if f.code != Code.WRONG_HOST]


# ----- the verdict -------------------------------------------------------------------------------


def verdict(
    findings: Sequence[Finding],
    *,
    missing: Sequence[Direction] = (),
    choices: Sequence[Choice] = (),
    login_requested: bool = False,
    probed: bool = True,
) -> Verdict:
    """The verdict, for every kind of report (explain too: `probed=False`, where nothing
    recognised is "could not tell")."""
    if not probed and not findings:
        return Verdict.UNKNOWN
    serious = [f for f in findings if f.severity is not Severity.INFO]
    ours = [f for f in serious if _could_not_tell(f)]
    theirs = [f for f in serious if not _could_not_tell(f)]
    if any(f.code == Code.OUR_DNS_FAILURE for f in ours):
        return Verdict.UNKNOWN
    if theirs:
        return Verdict.PROBLEMS
    if ours:
        return Verdict.UNKNOWN
    if missing:
        return Verdict.PROBLEMS if probed else Verdict.UNKNOWN
    asked = [c for c in choices if c.login is not Login.NOT_REQUESTED]
    if login_requested and any(c.login is not Login.VERIFIED for c in asked):
        refused = any(c.login is Login.REFUSED for c in asked)
        return Verdict.PROBLEMS if refused else Verdict.UNKNOWN
    return Verdict.HEALTHY


def _could_not_tell(f: Finding) -> bool:
    """Our own doubt (VANTAGE), or a DNS server that never answered for the domain: nothing was
    said about the domain either way."""
    return f.code in VANTAGE or (f.code == Code.DNS_FAILURE and f.facts.get("reason") == "timeout")


def _unverified(choices: Sequence[Choice]) -> tuple[str, ...]:
    out: list[str] = []
    for c in choices:
        if c.login is Login.NOT_REQUESTED:
            out.append(f"{c.direction.value}_login_not_requested")
        elif c.login is not Login.VERIFIED:
            out.append(f"{c.direction.value}_login_{c.login.value}")
    return tuple(out)


# ----- the whole decision ------------------------------------------------------------------------


def decide(ev: Evidence) -> Answer:
    """The answer for `ev`; pure."""
    results = ev.results
    found = _vantage(list(ev.findings))
    dns_broken = any(f.code == Code.OUR_DNS_FAILURE for f in found)
    directions = ev.directions
    if ev.user is not None:
        directions = (_direction(ev.user), *(d for d in directions if d is not _direction(ev.user)))
    choices: list[Choice] = []
    missing: list[Direction] = []
    for direction in directions:
        choice = _choice(direction, ev, results)
        if choice is not None:
            choices.append(choice)
            found.extend(_plaintext_warning(choice, found))
        elif ev.user is None or _direction(ev.user) is direction:
            missing.append(direction)
            if not dns_broken:
                found.extend(_nothing_works(direction, results, found, ev.now))
    mine = (
        None
        if ev.user is None
        else next((c for c in choices if c.direction is _direction(ev.user)), None)
    )
    found = _drop_wrong_host(found, mine)
    found = _cert_once(list(order_findings(found, ev.user)))
    findings = order_findings(_fold(found, ev, mine), ev.user)
    recommended = Recommended(
        incoming=_with_choice(choices, Direction.INCOMING, results),
        outgoing=_with_choice(choices, Direction.OUTGOING, results),
    )
    return Answer(
        verdict=verdict(
            findings,
            missing=missing,
            choices=choices,
            login_requested=ev.login_requested,
            probed=bool(results),
        ),
        findings=findings,
        choices=tuple(choices),
        recommended=recommended,
        unverified=_unverified(choices),
    )


def _with_choice(
    choices: Sequence[Choice], direction: Direction, results: Sequence[ProbeResult]
) -> tuple[Endpoint, ...]:
    """The recommended list of a direction: the choice, then the other usable settings."""
    choice = next((c for c in choices if c.direction is direction), None)
    if choice is None:
        return ()
    rest = [
        replace(e, username=choice.endpoint.username)
        for e in candidates(results, direction)
        if replace(e, username=None) != replace(choice.endpoint, username=None)
    ]
    return (choice.endpoint, *rest)


__all__ = ["Answer", "Evidence", "candidates", "changes_between", "choose", "decide", "verdict"]
