"""What kind of process this is, decided once by its entry point.

`ONE_SHOT`: a `mailmedic` command that answers once and ends (diagnostics.cli.run sets it, before
anything else is imported). Such a process may take start-up shortcuts that a long-lived one (the
bot, `mailmedic worker`, a program using the library) must not: net/dnsfeatures.py's stand-in for
importlib.metadata.
"""

ONE_SHOT = False
