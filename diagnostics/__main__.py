"""`python -m diagnostics` is `mailmedic`."""

from diagnostics.cli import run

run()
