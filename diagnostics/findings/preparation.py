"""Provider preparation steps: what a person must do before any mail app can log in.

Steps come from the provider list (a quirk with `"step": true`: GMX and WEB.DE want IMAP enabled
in their web settings, T-Online its separate e-mail password, iCloud an app-specific password)
and from autoconfig/ISPDB documents (`<enable visiturl><instruction>`, mail-facts.md). They are
shown before any login as PROVIDER_PREPARATION (info), each with its date and source; a provider
rule that is not a step stays a PROVIDER_NOTE.

Once a login's answer is seen, the step it most likely means is tied to it: the authentication
finding the answer raised (AUTH_FAILED for "enable IMAP first", which GMX answers like a wrong
password) carries the step in its facts (`preparation`, `preparation_source`,
`preparation_checked`), so the report says "do this first", not only "the password was refused".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from diagnostics.discovery.base import ProviderNote
from diagnostics.findings.codes import Code, severity_of
from diagnostics.model import Finding

# Step kind -> the authentication codes whose answer a missing step produces. A provider that
# wants IMAP enabled first answers the login like a wrong password (mail-facts.md: GMX, WEB.DE);
# a missing app password or separate mail password the same, or with its own code.
CONFIRMED_BY: Mapping[str, frozenset[Code]] = {
    "enable": frozenset({Code.AUTH_FAILED, Code.PROTOCOL_DISABLED, Code.WEB_LOGIN_REQUIRED}),
    "enable_imap": frozenset({Code.AUTH_FAILED, Code.PROTOCOL_DISABLED}),
    "separate_password": frozenset({Code.AUTH_FAILED}),
    "app_password": frozenset({Code.AUTH_FAILED, Code.APP_PASSWORD_REQUIRED}),
    # Microsoft 365 and Outlook.com: no typed password at all (mail-facts.md: "AUTHENTICATE
    # failed.", 535 5.7.139, 550 5.7.30).
    "oauth_only": frozenset({Code.AUTH_FAILED, Code.OAUTH_REQUIRED, Code.PROTOCOL_DISABLED}),
}
_ANY_REFUSAL = frozenset({Code.AUTH_FAILED})  # a step of a kind not in the table

# What a refused typed password means at a provider with this rule, when the refusal itself says
# no more (a pasted "login failed" that names the provider's server): no typed password works
# there at all, or only one the provider generated (mail-facts.md, provider policy with dates).
REFUSED_PASSWORD_MEANS: Mapping[str, Code] = {
    "oauth_only": Code.OAUTH_REQUIRED,
    "app_password": Code.APP_PASSWORD_REQUIRED,
}


def note_finding(note: ProviderNote) -> Finding:
    """PROVIDER_PREPARATION for a step, PROVIDER_NOTE for any other rule of the provider."""
    code = Code.PROVIDER_PREPARATION if note.step else Code.PROVIDER_NOTE
    facts = {
        "provider": note.provider,
        "note": note.note,
        "quirk": note.kind or None,
        "checked": note.checked,
        "reference": note.reference,
        "since": note.since,
    }
    return Finding(
        code=code,
        severity=severity_of(code),
        endpoint=None,
        facts={k: v for k, v in facts.items() if v is not None},
    )


def notes_findings(notes: Iterable[ProviderNote]) -> list[Finding]:
    """One finding per provider rule, each rule once."""
    seen: set[tuple[str, str]] = set()
    out: list[Finding] = []
    for note in notes:
        if (note.provider, note.note) not in seen:
            seen.add((note.provider, note.note))
            out.append(note_finding(note))
    return out


def tie_preparation(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Each authentication finding a step explains carries that step (the first that fits)."""
    found = tuple(findings)
    steps = [f for f in found if f.code is Code.PROVIDER_PREPARATION]
    if not steps:
        return found
    out: list[Finding] = []
    for f in found:
        step = next(
            (
                s
                for s in steps
                if f.code in CONFIRMED_BY.get(str(s.facts.get("quirk", "")), _ANY_REFUSAL)
            ),
            None,
        )
        if step is None or f.endpoint is None or "preparation" in f.facts:
            out.append(f)
            continue
        tied = {
            "preparation": step.facts["note"],
            "preparation_source": step.facts.get("reference"),
            "preparation_checked": step.facts.get("checked"),
        }
        facts = {**f.facts, **{k: v for k, v in tied.items() if v is not None}}
        out.append(replace(f, facts=facts))
    return tuple(out)
