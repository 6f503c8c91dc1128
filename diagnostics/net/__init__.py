"""mailmedic's network layer. In a one-shot `mailmedic` command, dnspython's optional features are
answered here, before any module of the package imports it (net/dnsfeatures.py: start-up)."""

from diagnostics import process

if process.ONE_SHOT:
    from diagnostics.net import dnsfeatures

    dnsfeatures.prepare()
