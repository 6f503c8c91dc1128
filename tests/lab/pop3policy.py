"""Scripted POP3 servers for what Dovecot cannot be made to say.

- "pop3policy" announces EXPIRE 0 and LOGIN-DELAY (RFC 2449 §6.5, §6.7); Dovecot has no setting
  that adds them to CAPA. USER/PASS against the lab's users, STAT, UIDL, CAPA (the same before
  and after the login), QUIT. It never deletes anything: it has no mail store.
- "pop3digest" offers only SASL DIGEST-MD5 (RFC 6331: historic; mailmedic does not test it) and
  no USER (RFC 2449 §6.3): a client may not send USER/PASS there. Dovecot always lists USER
  beside its SASL mechanisms, so it cannot play this server. USER answers -ERR, AUTH DIGEST-MD5
  a challenge nobody will answer.
"""

from __future__ import annotations

import asyncio
import base64

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


DIGEST_CHALLENGE = base64.b64encode(
    b'realm="lab.test",nonce="abc",qop="auth",algorithm=md5-sess'
).decode()
DIGEST_CAPA = "+OK\r\nTOP\r\nUIDL\r\nRESP-CODES\r\nSASL DIGEST-MD5\r\n.\r\n"


def digest_only_pop3() -> Handler:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _send(writer, "+OK mailmedic lab POP3 (SASL DIGEST-MD5 only) ready\r\n")
        async for line in _lines(reader):
            command = line.partition(" ")[0].upper()
            if command == "CAPA":
                await _send(writer, DIGEST_CAPA)
            elif command in ("USER", "PASS", "APOP"):
                await _send(writer, "-ERR [AUTH] USER/PASS is not offered here\r\n")
            elif command == "AUTH":
                # RFC 2831 §2.1: a digest-challenge; the client would have to answer it.
                await _send(writer, f"+ {DIGEST_CHALLENGE}\r\n")
            elif command == "QUIT":
                await _send(writer, "+OK Bye\r\n")
                return
            else:
                await _send(writer, "-ERR Unknown command\r\n")

    return handle
