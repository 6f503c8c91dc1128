"""sitecustomize for the bot containers of tests/scale/test_compose.py, mounted as
/opt/mailmedic-tests/sitecustomize.py with the tests beside it and that folder on PYTHONPATH.

Python imports `sitecustomize` at start-up, so the image's own `mailmedic-bot`, the compose file's
entrypoint, runs unchanged and talks to the Discord stand-in at MAILMEDIC_TEST_DISCORD (the two
URLs tests/bot/launch.py sets). podman-compose 1.0.3 cannot replace an entrypoint from an
override file (it appends lists), and this way nothing of the file's command is replaced.
"""

from __future__ import annotations

import os

if os.environ.get("MAILMEDIC_TEST_DISCORD"):
    import tests.bot.launch  # noqa: F401  (sets discord.py's API and gateway URLs)
