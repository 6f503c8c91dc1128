"""Probes: one endpoint in, one ProbeResult out; never raises for a network or server fault."""

from __future__ import annotations

from diagnostics.model import Endpoint, ProbeResult, Protocol
from diagnostics.probes.base import HostResolver, ProbeContext, Timeouts
from diagnostics.probes.imap import probe_imap
from diagnostics.probes.pop3 import probe_pop3
from diagnostics.probes.smtp import probe_smtp

__all__ = ["HostResolver", "ProbeContext", "Timeouts", "probe"]

_PROBES = {Protocol.IMAP: probe_imap, Protocol.POP3: probe_pop3, Protocol.SMTP: probe_smtp}


async def probe(endpoint: Endpoint, ctx: ProbeContext) -> ProbeResult:
    return await _PROBES[endpoint.protocol](endpoint, ctx)
