"""`python -m tests.bot.launch`: `python -m bot`'s own main() in a process of its own, aimed at a
Discord stand-in (or a closed port) at MAILMEDIC_TEST_DISCORD=http://127.0.0.1:PORT.

Only the two URLs change (as tests/bot/standin.py does in-process); everything else is the real
entry point, so what it prints and how it exits is what a person starting the bot sees.
"""

from __future__ import annotations

import os
import sys

import discord
import yarl

from bot.__main__ import main

base = os.environ["MAILMEDIC_TEST_DISCORD"]
discord.http.Route.BASE = base + "/api/v10"
discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(
    base.replace("http", "ws", 1) + "/gateway"
)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
