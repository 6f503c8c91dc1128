"""mailmedic's network layer. (The one-shot command line answers dnspython's optional features
before it is imported: net/dnsfeatures.py, called from diagnostics.cli.run.)"""
