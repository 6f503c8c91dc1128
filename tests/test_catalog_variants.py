"""Variants of a code's entry chosen by a fact (issue 11): the keys `CODE~variant.field.P.A` in
the catalog, the one rule table in diagnostics/findings/catalog.py that picks them, and a
variant's missing fields falling back to the code's own."""

from __future__ import annotations

import string

from diagnostics.findings import catalog
from diagnostics.findings.codes import Code, severity_of
from diagnostics.i18n import messages
from diagnostics.model import Finding

KEYS = messages().all_keys()
VARIANT_KEYS = sorted(k for k in KEYS if "~" in k.split(".", 1)[0])


def _finding(code: Code, **facts: object) -> Finding:
    return Finding(code=code, severity=severity_of(code), facts=facts)


def test_every_variant_key_has_a_rule_and_a_code() -> None:
    """Each `CODE~variant` prefix in the catalog names a known code and a variant the rule table
    selects, and each rule's variant exists for some code: no orphan keys, no dead rules."""
    prefixes = {k.split(".", 1)[0] for k in VARIANT_KEYS}
    rules = {variant for _, _, variant in catalog.VARIANT_RULES}
    # six token variants, NO_PUSH's push_drops, two address faults, WRONG_HOST's loopback,
    # DNS_FAILURE's resolver, OAUTH_REQUIRED's and APP_PASSWORD_REQUIRED's provider_rule,
    # IPV6_BROKEN's no_route, WRONG_HOST's not_a_host, CERT_INTERCEPTED's redirected,
    # AUTH_TEMPORARY_FAILURE's connections, HOST_UNREACHABLE's local_address, PORT_FILTERED's
    # unstated
    assert len(prefixes) == 19
    for prefix in prefixes:
        code, variant = prefix.split("~")
        assert Code(code).value == code
        assert variant in rules, prefix
    assert rules == {p.split("~")[1] for p in prefixes}


def test_variant_placeholders_are_known() -> None:
    """A variant's templates use only the keys the filler knows."""
    for key in VARIANT_KEYS:
        names = {n for _, n, _, _ in string.Formatter().parse(messages().english(key)) if n}
        assert names <= catalog.TEMPLATE_KEYS, key


def test_rules_select_the_variant() -> None:
    """credential=token picks the token wording; inactivity_minutes picks NO_PUSH's push-drops
    entry; a password login, or a code without the variant, keeps the code's own."""
    assert catalog.variant_of(Code.AUTH_FAILED, _finding(Code.AUTH_FAILED, credential="token")) == (
        "AUTH_FAILED~token"
    )
    assert (
        catalog.variant_of(Code.AUTH_FAILED, _finding(Code.AUTH_FAILED, credential="password"))
        is None
    )
    assert (
        catalog.variant_of(Code.CERT_EXPIRED, _finding(Code.CERT_EXPIRED, credential="token"))
        is None
    )
    push = _finding(Code.NO_PUSH, inactivity_minutes=10, credential="token")
    assert catalog.variant_of(Code.NO_PUSH, push) == "NO_PUSH~push_drops"
    assert catalog.describe(push).title == (
        "The server ends idle connections after 10 minutes: push may drop"
    )
    assert catalog.variant_of(Code.NO_PUSH, _finding(Code.NO_PUSH, inactivity_minutes=None)) is None


def test_a_variant_field_replaces_the_codes_field_whole_and_only_that() -> None:
    """AUTH_USERNAME_FORMAT's token variant changes only the explanation: its title and fix are
    the code's own, its explanation speaks of the token."""
    own = catalog.describe(
        _finding(Code.AUTH_USERNAME_FORMAT, typed_username="j", right_username="j@x")
    )
    token = catalog.describe(
        _finding(
            Code.AUTH_USERNAME_FORMAT, typed_username="j", right_username="j@x", credential="token"
        )
    )
    assert (token.title, token.fix, token.admin) == (own.title, own.fix, own.admin)
    assert "same token worked" in token.explanation
    assert "token" not in own.explanation


def test_the_verdicts_short_title_keeps_the_variant() -> None:
    """When the verdict is too long and falls back to the title without facts, a token login's
    title is still the token one."""
    from diagnostics.model import Endpoint, Protocol, Security

    user = Endpoint(protocol=Protocol.IMAP, host="mail.example", port=993, security=Security.TLS)
    other = Endpoint(
        protocol=Protocol.IMAP,
        host="imap." + "a" * 100 + ".example",
        port=993,
        security=Security.TLS,
    )
    top = _finding(Code.AUTH_FAILED, credential="token")
    text = catalog.summarize_check(user=user, user_works=False, top=top, alternative=other)
    assert len(text) > catalog.SUMMARY_CHARS  # so the fact-less title was the one used
    assert "the sign-in token was not accepted" in text
