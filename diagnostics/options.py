"""The options of one diagnosis, and the ProbeContext built from them once.

One place for configuration (as httpx's `_config.py`): the CLI and the bot turn flags and the
environment into an `Options`; `build_context` turns it into what probes and discovery share —
the resolver, the TLS contexts (the CA file loaded once), the address policy, the deadline and the
login gate.
"""

from __future__ import annotations

import asyncio
from dataclasses import field, replace

from diagnostics.frozen import frozen
from diagnostics.model import Credentials
from diagnostics.net import deadline
from diagnostics.net.destination import MAX_PER_ADDRESS, MAX_PER_DOMAIN, Caps
from diagnostics.net.redact import Redactor
from diagnostics.net.resolve import make_resolver
from diagnostics.net.tls import TlsContexts, shared_contexts_ready
from diagnostics.policy import AddressPolicy
from diagnostics.probes import HostResolver, ProbeContext, Timeouts
from diagnostics.probes.base import AuthGate
from diagnostics.sweep import DEFAULT_CONCURRENCY

DEFAULT_DEADLINE = 20.0  # seconds for a whole command (design.md: --timeout default 20)


@frozen
class Options:
    """The settings of one run that are not the target: DNS, trust, policy and deadline."""

    dns: str | None = None  # HOST[:PORT] of the DNS server every query goes to
    cafile: str | None = None  # extra trust anchors for every TLS connection
    dnssec_anchors: str | None = None  # DS/DNSKEY trust anchors for DNSSEC (net/dnssec.py)
    # Believe the AD bit of the --dns server even when it is not on this machine (it validates,
    # and the path to it is trusted): net/resolve.py ad_trusted.
    dns_trust_ad: bool = False
    allow_private: bool = False  # lab / internal helpdesk: private and loopback targets allowed
    timeout: float = DEFAULT_DEADLINE  # the deadline of the whole diagnosis
    concurrency: int = DEFAULT_CONCURRENCY
    # A login test. The password reaches the probes through the ProbeContext only; Credentials
    # masks it in repr(), and so does this field (Options may well end up in a log line).
    credentials: Credentials | None = field(default=None, repr=False)
    allow_plaintext_auth: bool = False  # a password may cross unencrypted (the report warns)
    # Passwords masked in every server text even when this run does not log in (net/redact.py):
    # `without_login()` moves the password here, so a run that withholds it still redacts it.
    secrets: tuple[str, ...] = field(default=(), repr=False)
    # The reader's language (diagnostics/i18n.py): the report's sentences are written in it.
    lang: str = "en"
    # Connections open at once from this process to one server address, and to one provider
    # (the registrable domain of the host name), beyond which they wait their turn
    # (net/destination.py: why these defaults). The bot: MAILMEDIC_MAX_PER_HOST, _PER_DOMAIN.
    max_per_host: int = MAX_PER_ADDRESS
    max_per_domain: int = MAX_PER_DOMAIN

    def without_login(self) -> Options:
        """The same run without a login test; the password stays known, for redaction."""
        kept = self.credentials.secrets if self.credentials else ()
        return replace(self, credentials=None, secrets=(*self.secrets, *kept))


async def build_context(options: Options) -> ProbeContext:
    timeouts = Timeouts.for_deadline(options.timeout)
    # Loading CA stores blocks the loop for tens of ms: do it in a thread (library-notes.md).
    contexts = shared_contexts_ready(options.cafile)
    if contexts is None:
        contexts = await deadline.in_thread(TlsContexts.create, options.cafile)
    anchors = None
    if options.dnssec_anchors:
        from diagnostics.net.dnssec import load_anchors

        anchors = await deadline.in_thread(load_anchors, options.dnssec_anchors)
    resolver = make_resolver(
        options.dns,
        timeout=timeouts.resolve,
        dnssec_anchors=anchors,
        trust_ad=options.dns_trust_ad,
    )
    loop = asyncio.get_running_loop()
    return ProbeContext(
        resolver=HostResolver(resolver, timeouts.resolve),
        tls=contexts,
        policy=AddressPolicy(
            allow_private=options.allow_private, allow_any_port=options.allow_private
        ),
        timeouts=timeouts,
        deadline=loop.time() + options.timeout,
        credentials=options.credentials,
        redactor=Redactor(
            *options.secrets, *(options.credentials.secrets if options.credentials else ())
        ),
        allow_plaintext_auth=options.allow_plaintext_auth,
        auth_gate=AuthGate(),
        connections=Caps(
            per_address=options.max_per_host,
            per_domain=options.max_per_domain,
            domain_of=provider_of,
        ),
    )


def provider_of(host: str) -> str | None:
    """The registrable domain of a host name by the Public Suffix List (discovery/mx.py), the
    provider whose connections count together (net/destination.py); None for an address
    literal, and until the list is parsed (check() and diagnose() load it at their start, in a
    thread: only the per-address cap holds before)."""
    from diagnostics.discovery.mx import public_suffix_list, registrable_domain

    if not public_suffix_list.cache_info().currsize or ":" in host:
        return None
    if host.replace(".", "").isdigit():
        return None  # an IPv4 literal (RFC 1123 §2.1: a name's last label is never numeric)
    return registrable_domain(host)


__all__ = ["DEFAULT_DEADLINE", "Options", "build_context"]
