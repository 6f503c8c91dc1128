"""mailmedic's network layer. dnspython's optional features are answered here, before any module
of the package imports it (net/dnsfeatures.py: start-up)."""

from diagnostics.net import dnsfeatures

dnsfeatures.prepare()
