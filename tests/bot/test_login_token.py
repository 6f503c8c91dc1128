"""/mail login with an OAuth token instead of a password, through the real discord.py client
against the loopback Discord stand-in and the lab's OAuth-enabled Dovecot."""

from __future__ import annotations

import json

from bot.flow import PORT_SECURITY_LABEL, split_port_security
from tests.bot.conftest import BotFactory
from tests.bot.standin import custom_ids
from tests.lab import Lab

TOKEN_FIELD = "Or an OAuth token (XOAUTH2/OAUTHBEARER)"


async def test_login_modal_takes_a_token(make_bot: BotFactory, lab: Lab) -> None:
    """A token in the modal logs in with OAUTHBEARER (green), and the token reaches no request."""
    h = await make_bot()
    token = lab.oauth_tokens["alice@lab.test"]
    modal = (await h.callback(await h.send(h.standin.slash("login")))).payload
    values = {
        "Email address (or username)": "alice@lab.test",
        TOKEN_FIELD: token,
        "Server (empty: find it from the address)": lab.host("scram"),
        PORT_SECURITY_LABEL: "993 SSL/TLS",
    }
    submit = await h.send(h.standin.modal_submit(modal["data"], values))
    await h.callback(submit)
    embed = (await h.final(submit)).embeds()[0]
    assert embed["color"] == 0x2ECC71, embed
    message = h.original(submit)
    details = await h.send(h.standin.button(message["id"], custom_ids(message)["Details"]))
    files = (await h.callback(details)).files
    assert files and any(b"OAUTHBEARER" in data for _, data in files.values())
    secret = token.encode()
    assert all(secret not in rec.raw for rec in h.standin.requests)
    assert all(secret not in json.dumps(m).encode() for m in h.standin.messages.values())


async def test_login_modal_needs_a_password_or_token(make_bot: BotFactory, lab: Lab) -> None:
    """Neither a password nor a token: a one-line ephemeral error, no login attempted."""
    h = await make_bot()
    modal = (await h.callback(await h.send(h.standin.slash("login")))).payload
    values = {
        "Email address (or username)": "alice@lab.test",
        "Server (empty: find it from the address)": lab.host("scram"),
    }
    submit = await h.send(h.standin.modal_submit(modal["data"], values))
    await h.callback(submit)
    final = await h.final(submit)
    assert "password" in json.dumps(final.payload).lower()
    assert h.diagnoser.runs.started == 0


def test_port_and_security_field_is_split() -> None:
    """ "993 SSL/TLS", "STARTTLS 587", "" and "110" split into port and security texts."""
    assert split_port_security("993 SSL/TLS") == ("993", "SSL/TLS")
    assert split_port_security("STARTTLS 587") == ("587", "STARTTLS")
    assert split_port_security("") == ("", "")
    assert split_port_security("110") == ("110", "")
