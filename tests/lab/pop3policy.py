"""A scripted POP3 server that announces EXPIRE 0 and LOGIN-DELAY (RFC 2449 §6.5, §6.7).

Dovecot cannot announce either (it has no setting that adds them to CAPA), so the lab's
"pop3policy" host is this small server: USER/PASS against the lab's users, STAT, UIDL, CAPA
(the same before and after the login), QUIT. It never deletes anything: it has no mail store.
"""

from __future__ import annotations

import asyncio

from .oddservers import Handler, _lines, _send

CAPA = (
    "+OK\r\nUSER\r\nUIDL\r\nTOP\r\nRESP-CODES\r\nEXPIRE 0\r\nLOGIN-DELAY 900\r\n"
    "IMPLEMENTATION mailmedic-lab-policy\r\n.\r\n"
)
MESSAGES = ((1, 1200, "uid-a1"), (2, 3400, "uid-b2"))


def policy_pop3(users: dict[str, str]) -> Handler:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _send(writer, "+OK mailmedic lab POP3 (EXPIRE 0, LOGIN-DELAY 900) ready\r\n")
        user: str | None = None
        logged_in = False
        async for line in _lines(reader):
            command, _, arg = line.partition(" ")
            command = command.upper()
            if command == "CAPA":
                await _send(writer, CAPA)
            elif command == "USER" and not logged_in:
                user = arg
                await _send(writer, "+OK\r\n")
            elif command == "PASS" and user is not None and not logged_in:
                if users.get(user) == arg:
                    logged_in = True
                    await _send(writer, "+OK Logged in.\r\n")
                else:
                    await _send(writer, "-ERR [AUTH] Authentication failed.\r\n")
            elif command == "STAT" and logged_in:
                size = sum(m[1] for m in MESSAGES)
                await _send(writer, f"+OK {len(MESSAGES)} {size}\r\n")
            elif command == "UIDL" and logged_in:
                if arg:
                    found = [m for m in MESSAGES if str(m[0]) == arg]
                    reply = f"+OK {found[0][0]} {found[0][2]}" if found else "-ERR no such message"
                    await _send(writer, reply + "\r\n")
                else:
                    body = "".join(f"{n} {uid}\r\n" for n, _, uid in MESSAGES)
                    await _send(writer, f"+OK\r\n{body}.\r\n")
            elif command == "QUIT":
                await _send(writer, "+OK Bye\r\n")
                return
            else:
                await _send(writer, "-ERR Unknown command\r\n")

    return handle
