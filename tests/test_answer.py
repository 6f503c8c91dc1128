"""The answer's invariants (design.md, "The answer"), under hypothesis over generated probe
results: whatever the servers did, the verdict, the choice, the fixes and the card agree.

The results are what probes record (outcomes, TLS facts, login attempts) for the standard ports
of one or two hosts; the findings come from the real rules; the answer from `decide`.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diagnostics.answer import SETTINGS_RESTATEMENTS, Evidence, decide
from diagnostics.findings import catalog
from diagnostics.findings.codes import LAYER, VANTAGE, Code, Layer
from diagnostics.findings.rules import evaluate_check, rule_result, speaks_tls
from diagnostics.findings.verdicts import summarize_check_answer
from diagnostics.model import (
    AuthAttempt,
    AuthStatus,
    CertProblem,
    Direction,
    Endpoint,
    Login,
    Outcome,
    ProbeResult,
    Protocol,
    Security,
    Severity,
    Stage,
    TlsFacts,
    Verdict,
)
from diagnostics.sweep import STANDARD, standard_endpoints

NOW = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
HOSTS = ("mail.example.com", "smtp.example.com")
FAILURES = (
    Outcome.REFUSED,
    Outcome.TIMEOUT,
    Outcome.CERT_INVALID,
    Outcome.TLS_HANDSHAKE_FAILED,
    Outcome.TLS_VERSION_UNSUPPORTED,
    Outcome.TLS_ON_PLAIN_PORT,
    Outcome.PLAIN_ON_TLS_PORT,
    Outcome.STARTTLS_NOT_OFFERED,
    Outcome.NO_GREETING,
    Outcome.WRONG_PROTOCOL,
    Outcome.DEADLINE,
)
_TLS_OK = TlsFacts(version="TLSv1.3", cipher="X", verified=True)
_TLS_EXPIRED = TlsFacts(
    version="TLSv1.3", cipher="X", verified=False, problems=(CertProblem.EXPIRED,)
)


@st.composite
def result_for(draw: st.DrawFn, ep: Endpoint, login: bool) -> ProbeResult:
    """One probe result of `ep`: a failure, or working (with a login answer when asked)."""
    works = draw(st.booleans())
    if not works:
        outcome = draw(st.sampled_from(FAILURES))
        tls = _TLS_EXPIRED if outcome is Outcome.CERT_INVALID else None
        return ProbeResult(endpoint=ep, outcome=outcome, stage=Stage.CONNECT, elapsed_ms=1, tls=tls)
    attempts: tuple[AuthAttempt, ...] = ()
    outcome = Outcome.OK
    if login and ep.security is not Security.NONE:
        status = draw(st.sampled_from([None, *AuthStatus]))
        if status is not None:
            attempts = (
                AuthAttempt(
                    username="alice",
                    mechanism="PLAIN",
                    status=status,
                    code="AUTH_FAILED" if status is AuthStatus.REJECTED else None,
                ),
            )
            outcome = {
                AuthStatus.OK: Outcome.AUTH_OK,
                AuthStatus.REJECTED: Outcome.AUTH_FAILED,
                AuthStatus.BROKEN: Outcome.AUTH_UNAVAILABLE,
            }[status]
    return ProbeResult(
        endpoint=ep,
        outcome=outcome,
        stage=Stage.DONE,
        elapsed_ms=1,
        tls=None if ep.security is Security.NONE else _TLS_OK,
        starttls_offered=draw(st.booleans()) if ep.security is Security.NONE else True,
        auth_attempts=attempts,
    )


@st.composite
def sweeps(draw: st.DrawFn, *, hosts: int = 1) -> tuple[bool, tuple[ProbeResult, ...]]:
    login = draw(st.booleans())
    results = []
    for host in HOSTS[:hosts]:
        for ep in standard_endpoints(host, username="alice"):
            results.append(draw(result_for(ep, login)))
    return login, tuple(results)


def _works_at(results: tuple[ProbeResult, ...], ep: Endpoint) -> bool:
    return any(
        r.works
        and r.endpoint.host == ep.host
        and (r.endpoint.protocol, r.endpoint.port, r.endpoint.security)
        == (ep.protocol, ep.port, ep.security)
        for r in results
    )


def _host_tls(results: tuple[ProbeResult, ...], host: str) -> bool:
    return any(speaks_tls(r) for r in results if r.endpoint.host == host)


def _check_invariants(answer, results, user, login) -> None:  # type: ignore[no-untyped-def]
    mine_dir = Direction(user.protocol.direction)
    choice = answer.choice(mine_dir)
    same = [
        r
        for r in results
        if r.endpoint.protocol is user.protocol
        and r.works
        and (r.endpoint.security is not Security.NONE or not _host_tls(results, r.endpoint.host))
    ]
    # 1. The typed protocol is kept whenever it works (usably) on the host.
    if same:
        assert choice is not None and choice.endpoint.protocol is user.protocol
    for c in answer.choices:
        # 2. Nothing that was tested and failed is recommended.
        assert _works_at(results, c.endpoint)
        # 4. Plain text never from a server that speaks TLS, and never without a warning.
        if c.endpoint.security is Security.NONE:
            assert not _host_tls(results, c.endpoint.host)
            assert any(
                f.code in (Code.INSECURE_PLAINTEXT, Code.ENCRYPTION_NOT_USED)
                and f.severity is Severity.WARNING
                for f in answer.findings
            )
    # 2. No fix suggests a setting that was tested and failed.
    for f in answer.findings:
        if "right_port" in f.facts and "right_protocol" in f.facts and f.endpoint is not None:
            suggested = Endpoint(
                protocol=Protocol(f.facts["right_protocol"]),
                host=f.facts.get("right_host", f.endpoint.host),
                port=f.facts["right_port"],
                security=Security(f.facts["right_security"]),
            )
            assert _works_at(results, suggested), (f.code, suggested)
    # 3. Never OK when it should not be.
    if answer.verdict is Verdict.HEALTHY:
        assert choice is not None
        assert all(c.endpoint.security is not Security.NONE for c in answer.choices)
        if login:
            assert choice.login is Login.VERIFIED
    if choice is None:
        assert answer.verdict is not Verdict.HEALTHY
    # 9. One statement per fact: no code twice on one endpoint, no restatement of a root.
    keys = [(f.code, f.endpoint, f.facts.get("source")) for f in answer.findings]
    assert len(keys) == len(set(keys))
    on_user = [f for f in answer.findings if f.endpoint == user]
    # A root below the settings layer (DNS, connection, encryption) carries the fix: the
    # settings findings that only restate it are folded in. A login's answer is no such root.
    roots = [
        f
        for f in on_user
        if f.severity is Severity.ERROR and LAYER[f.code] < Layer.SETTINGS and f.code not in VANTAGE
    ]
    if roots:
        assert not any(f.code in SETTINGS_RESTATEMENTS for f in on_user)
    # Every finding renders, and the root's fix never names the typed setting as the cure.
    for f in answer.findings:
        catalog.describe(f)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_check_invariants(data: st.DataObject) -> None:
    """check: invariants 1–5 and 9 hold for any results of the typed host's ports."""
    login, results = data.draw(sweeps())
    protocol, port, security = data.draw(st.sampled_from(STANDARD))
    user = Endpoint(
        protocol=protocol, host=HOSTS[0], port=port, security=security, username="alice"
    )
    findings = evaluate_check(user, results, now=NOW)
    answer = decide(
        Evidence(
            now=NOW,
            results=results,
            findings=findings,
            user=user,
            login_requested=login,
        )
    )
    _check_invariants(answer, results, user, login)
    mine = next(r for r in results if r.endpoint == user)
    summary = summarize_check_answer(user, answer, mine)
    choice = answer.choice(Direction(protocol.direction))
    # 5. The verdict line names the port and security the card shows; the card marks what
    # the person typed where it differs.
    if answer.verdict is not Verdict.UNKNOWN and choice is not None and choice.changes:
        ep = choice.endpoint
        how = "without encryption" if ep.security is Security.NONE else "with "
        assert f"port {ep.port} {how}" in summary, (summary, ep)
        for change in choice.changes:
            assert change.typed != change.value
            if change.field.value == "port":
                assert change.typed == str(user.port)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_diagnose_invariants(data: st.DataObject) -> None:
    """diagnose over two hosts (guesses: the rules say nothing of them): never OK when nothing
    works, never plain text from a server that speaks TLS, a warning on every plain choice."""
    login, results = data.draw(sweeps(hosts=2))
    answer = decide(
        Evidence(
            now=NOW,
            results=results,
            findings=(),
            login_requested=login,
        )
    )
    directions = {c.direction for c in answer.choices}
    if directions != {Direction.INCOMING, Direction.OUTGOING}:
        assert answer.verdict is not Verdict.HEALTHY
        assert any(f.severity is Severity.ERROR for f in answer.findings)
    for c in answer.choices:
        assert _works_at(results, c.endpoint)
        if c.endpoint.security is Security.NONE:
            assert not _host_tls(results, c.endpoint.host)
            assert answer.verdict is not Verdict.HEALTHY
    if answer.verdict is Verdict.HEALTHY and login:
        assert all(c.login is Login.VERIFIED for c in answer.choices)


def test_every_certificate_failing_leads_with_the_certificate() -> None:
    """Every encrypted port fails verification and only plain text answers: no choice, the
    certificate leads (once), not OK (issue 9: "No working mail settings", exit 0)."""
    results = []
    for ep in standard_endpoints("mail.example.com"):
        if ep.security is Security.NONE:
            results.append(
                ProbeResult(endpoint=ep, outcome=Outcome.OK, stage=Stage.DONE, elapsed_ms=1)
            )
        else:
            results.append(
                ProbeResult(
                    endpoint=ep,
                    outcome=Outcome.CERT_INVALID,
                    stage=Stage.TLS,
                    elapsed_ms=1,
                    tls=_TLS_EXPIRED,
                )
            )
    answer = decide(Evidence(now=NOW, results=tuple(results), findings=()))
    assert answer.choices == ()
    assert answer.verdict is Verdict.PROBLEMS
    assert [f.code for f in answer.findings] == ["CERT_EXPIRED"]
    assert answer.findings[0].facts["ports"] == ["993", "465"]


def test_rule_result_is_what_speaks_for_guesses() -> None:
    """The failure chosen to speak is the most informative one (a certificate over silence)."""
    ep_tls, ep_plain = standard_endpoints("h.example")[:2]
    cert = ProbeResult(
        endpoint=ep_tls,
        outcome=Outcome.CERT_INVALID,
        stage=Stage.TLS,
        elapsed_ms=1,
        tls=_TLS_EXPIRED,
    )
    silent = ProbeResult(
        endpoint=ep_plain, outcome=Outcome.TIMEOUT, stage=Stage.CONNECT, elapsed_ms=1
    )
    answer = decide(
        Evidence(
            now=NOW,
            results=(silent, cert),
            findings=(),
            directions=(Direction.INCOMING,),
        )
    )
    assert answer.findings[0].code == next(iter(rule_result(cert, now=NOW))).code


def test_a_deadline_is_not_a_wrong_port() -> None:
    """The person's 993 ran out of time while 143 STARTTLS works: "could not tell" about 993,
    never "port 993 is wrong"."""
    user, starttls = standard_endpoints("mail.example.com")[:2]
    results = (
        ProbeResult(endpoint=user, outcome=Outcome.DEADLINE, stage=Stage.TLS, elapsed_ms=9),
        ProbeResult(
            endpoint=starttls,
            outcome=Outcome.OK,
            stage=Stage.DONE,
            elapsed_ms=1,
            tls=_TLS_OK,
            starttls_offered=True,
        ),
    )
    answer = decide(
        Evidence(
            now=NOW,
            results=results,
            findings=evaluate_check(user, results, now=NOW),
            user=user,
            directions=(Direction.INCOMING,),
        )
    )
    assert [f.code for f in answer.findings] == ["PROBE_INCOMPLETE"]
    assert answer.verdict is Verdict.UNKNOWN
