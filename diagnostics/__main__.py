"""`python -m diagnostics` is `mailmedic`."""

from diagnostics.cli import main

raise SystemExit(main())
