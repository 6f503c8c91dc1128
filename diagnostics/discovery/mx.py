"""MX records: who receives the domain's mail. Not settings for a mail app, but the clue that
finds a hosted domain's provider (the ISPDB and provider autoconfig of the MX host's domain, as
Thunderbird does, and our provider list), and the proof that the domain exists.
"""

from __future__ import annotations

import functools
import re
import threading
from typing import TYPE_CHECKING

from diagnostics.discovery.base import DiscoveryContext, Lookup
from diagnostics.discovery.dnsquery import query
from diagnostics.model import Outcome, Trust

if TYPE_CHECKING:
    from publicsuffixlist import PublicSuffixList


@functools.cache
def public_suffix_list() -> SuffixRules:
    """The Public Suffix List as shipped inside the `publicsuffixlist` package (dated in its
    version, e.g. 1.1.2.20261023): read once, never fetched, on first use, so `import
    diagnostics` stays fast; async callers load it in a thread (`load_public_suffix_list`).

    Parsed once even when asked from two threads at the same time (the run's own load beside
    vantage.py's look-up): the second waits for the first's list."""
    with _PARSING:
        return _parsed()


_PARSING = threading.Lock()


@functools.cache
def _parsed() -> SuffixRules:
    from publicsuffixlist import PSLFILE

    with open(PSLFILE, encoding="utf-8") as file:
        return SuffixRules(file.read())


class SuffixRules:
    """The list's rules as a set of lines; each question asked of `publicsuffixlist` itself.

    Why not `publicsuffixlist.PublicSuffixList()` for the whole list: its parse runs Python code
    for each of the list's 10,000 lines, 34 ms of CPU at the start of every `check` and
    `diagnose` (a tenth of a whole `diagnose`, `python -m benchmarks.startup`), for the handful
    of names a run asks about. Here the rules are one C-speed pass over the file (the lines that
    are not comments), and each question goes to a `PublicSuffixList` built from only the rules
    that can match that name: for each of its suffixes s, the lines s, `*.s` and `!s`, which is
    every line its algorithm reads. So the answers, wildcards and exceptions included, are the
    library's own (tests/test_discovery_mx.py compares them with the whole list's). IDN rules stay
    in Unicode and names are looked up in Unicode (`_as_unicode`): the library's punycode copy
    of every IDN rule tripled its parse."""

    __slots__ = ("_rules",)

    def __init__(self, text: str) -> None:
        # Rules are one word at a line's start (publicsuffix.org/list: "each line is only read
        # up to the first whitespace"); a line starting with "//" is a comment.
        self._rules = frozenset(_RULE.findall(text.lower()))

    def _for(self, name: str) -> PublicSuffixList | None:
        from publicsuffixlist import PublicSuffixList

        labels = name.rstrip(".").lower().split(".")
        if "" in labels:
            return None  # not a domain name: the library answers None for it too
        wanted: list[str] = []
        for i in range(len(labels)):
            suffix = ".".join(labels[i:])
            wanted += (suffix, "*." + suffix, "!" + suffix)
        found = [rule for rule in wanted if rule in self._rules]
        return PublicSuffixList(found, accept_encoded_idn=False)

    def is_public(self, name: str, *, accept_unknown: bool) -> bool:
        psl = self._for(name)
        return psl is not None and psl.is_public(name, accept_unknown=accept_unknown)

    def publicsuffix(self, name: str, *, accept_unknown: bool) -> str | None:
        psl = self._for(name)
        return None if psl is None else psl.publicsuffix(name, accept_unknown=accept_unknown)

    def privatesuffix(self, name: str) -> str | None:
        psl = self._for(name)
        return None if psl is None else psl.privatesuffix(name)


_RULE = re.compile(r"^(?!//)[^\s]+", re.MULTILINE)


def _as_unicode(name: str) -> str:
    """`xn--` labels as their Unicode form, the others as they are (the list's IDN rules are
    Unicode). A label that does not decode stays as it is: then no IDN rule can match it."""
    if "xn--" not in name:
        return name
    import idna

    labels = []
    for label in name.split("."):
        try:
            labels.append(idna.decode(label) if label.startswith("xn--") else label)
        except idna.IDNAError:
            labels.append(label)
    return ".".join(labels)


def is_public_suffix(name: str, *, known_only: bool = False) -> bool:
    """Is `name` a public suffix (com, co.uk, github.io)? With `known_only`, only one the list
    names: its "*" default rule (any unknown top-level label) does not count."""
    psl = public_suffix_list()
    return psl.is_public(_as_unicode(name.rstrip(".").lower()), accept_unknown=not known_only)


def is_known_suffix(name: str) -> bool:
    """`com`, `de`, `xn--p1ai` are in the list; `con`, `test`, `example`, `invalid` are not."""
    found = public_suffix_list().publicsuffix(
        _as_unicode(name.rstrip(".").lower()), accept_unknown=False
    )
    return found is not None


async def load_public_suffix_list() -> None:
    """Parse the list off the event loop, once, before the first `registrable_domain`: in a
    thread the run waits for even when it is stopped (net/deadline.py: in_thread)."""
    if public_suffix_list.cache_info().currsize:
        return  # parsed already: no thread needed
    from diagnostics.net.deadline import in_thread

    await in_thread(public_suffix_list)


async def lookup_mx(dctx: DiscoveryContext) -> Lookup:
    answer = await query(dctx.resolver, dctx.domain, "MX", timeout=dctx.dns_timeout)
    if answer.failure is Outcome.DNS_NXDOMAIN:
        return Lookup(source="mx", status="error", detail=answer.detail, domain_missing=True)
    if answer.failure is Outcome.DNS_NODATA:
        return Lookup(source="mx", status="none", detail=f"{dctx.domain} has no MX record")
    if answer.failure is not None:
        return Lookup(
            source="mx",
            status="error",
            detail=answer.detail,
            dns_timeout=answer.failure is Outcome.DNS_TIMEOUT,
        )
    records = sorted(
        (int(r.preference), dctx.answer_name(r.exchange).lower()) for r in answer.records
    )
    hosts = tuple(dict.fromkeys(h for _, h in records if h not in ("", ".") and _usable(h)))
    if not hosts and any(h not in ("", ".") for _, h in records):
        return Lookup(source="mx", status="none", detail=f"{dctx.domain}: MX names no valid host")
    if not hosts:
        # RFC 7505: a "null MX" (preference 0, target ".") says the domain accepts no mail.
        return Lookup(source="mx", status="none", detail=f"{dctx.domain} accepts no mail (null MX)")
    return Lookup(
        source="mx",
        status="found",
        detail="MX " + ", ".join(hosts),
        mx_hosts=hosts,
        trust=Trust.DNSSEC if answer.authenticated else Trust.DNS,
    )


def _usable(host: str) -> bool:
    """An MX host worth following (wire/hostname.py): a name that cannot be a server's leads to
    no provider; a masked one (net/redact.py) is kept, to be shown and never followed."""
    from diagnostics.net.redact import MASK
    from diagnostics.wire.hostname import HostnameError, parse_server_name

    if MASK in host:
        return True
    try:
        parse_server_name(host)
    except HostnameError:
        return False
    return True


def registrable_domain(host: str) -> str:
    """The registrable domain by the Public Suffix List, as Thunderbird's `getBaseDomainFromHost`:
    example.co.uk for mx.example.co.uk, example.github.io for mx.example.github.io (its private
    section counts too). A name that is itself a public suffix is returned as it is."""
    name = host.rstrip(".").lower()
    found = public_suffix_list().privatesuffix(_as_unicode(name))
    if not found:
        return name
    # Labels map one to one between the A-label and U-label forms: keep the name's own.
    return ".".join(name.split(".")[-found.count(".") - 1 :])


def mx_domains(mx_host: str, email_domain: str) -> list[str]:
    """Where Thunderbird looks for a hosted domain's settings (mail-facts.md): the MX host's
    registrable domain, and the MX host minus its first label; never the email domain itself."""
    candidates = [registrable_domain(mx_host)]
    labels = mx_host.split(".")
    if len(labels) > 2:
        candidates.append(".".join(labels[1:]))
    email_domain = email_domain.lower()
    return [
        d
        for d in dict.fromkeys(candidates)
        if d != email_domain and "." in d and not is_public_suffix(d)
    ]
