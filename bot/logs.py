"""Logging: one structured line per interaction, and discord.py kept away from DEBUG.

discord.py logs whole gateway payloads at DEBUG, and a modal submission's payload holds the
password someone typed: its loggers stay at INFO or above whatever MAILMEDIC_LOG_LEVEL says.
The interaction line carries the command, the target, the duration and the outcome; never a
password, and nothing a person typed into the login modal apart from the server.
"""

from __future__ import annotations

import logging
import sys

INTERACTIONS = logging.getLogger("bot.interaction")
_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"
# discord.py's own loggers, and the ones it may create later (children inherit the level).
_DISCORD_LOGGERS = ("discord", "discord.gateway", "discord.http", "discord.client", "discord.state")


def configure_logging(
    level: str = "INFO", *, handler: logging.Handler | None = None, role: str | None = None
) -> None:
    """mailmedic's loggers at `level`; discord.py's at INFO at the lowest. `role` (e.g.
    "shards=0,1") goes on every line: with several processes, each line says whose it is."""
    numeric = logging.getLevelName(level.upper())
    if not isinstance(numeric, int):
        numeric = logging.INFO
    root = logging.getLogger()
    if handler is None and not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
    if handler is not None:
        fmt = _FORMAT if role is None else _FORMAT.replace("%(name)s", f"{role} %(name)s")
        handler.setFormatter(logging.Formatter(fmt))
        root.addHandler(handler)
    root.setLevel(numeric)
    for name in ("bot", "diagnostics"):
        logging.getLogger(name).setLevel(numeric)
    keep_discord_quiet(numeric)


def keep_discord_quiet(level: int) -> None:
    """discord.py's loggers at max(level, INFO): its DEBUG output holds raw payloads."""
    for name in _DISCORD_LOGGERS:
        logging.getLogger(name).setLevel(max(level, logging.INFO))
    for name in list(logging.root.manager.loggerDict):
        if name.startswith("discord."):
            logger = logging.getLogger(name)
            if logger.level and logger.level < logging.INFO:
                logger.setLevel(logging.INFO)


def _quote(value: object) -> str:
    text = str(value).replace("\n", " ")
    if not text or any(ch in text for ch in ' "='):
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


def log_interaction(**fields: object) -> None:
    """`interaction command=check target=... duration_ms=812 outcome=problems` (None left out)."""
    parts = [f"{key}={_quote(value)}" for key, value in fields.items() if value is not None]
    INTERACTIONS.info("interaction %s", " ".join(parts))
