"""The bot against the lab's echo host: no form of the password reaches Discord or a log line.

The echo host (tests/lab/oddservers.py) repeats every password it learnt, in every form, on all
its ports. Through /mail login (the modal), the bot's requests to the Discord stand-in (every
message, embed, file and callback, raw bytes) and every log record at DEBUG are searched for any
run of 4 characters of the password, as is, case-folded, escaped or in base64.
"""

from __future__ import annotations

import logging

import pytest

from bot.logs import configure_logging
from tests.bot.conftest import BotFactory
from tests.bot.standin import custom_ids
from tests.lab import Lab
from tests.test_secrets_hostile import PASSWORDS, USER, logged, strict_leaks, teach

PASSWORD_FIELD = "Password or app password"
SERVER_FIELD = "Server (empty: find it from the address)"


@pytest.mark.parametrize("server", ["echo", ""])
@pytest.mark.parametrize("kind", list(PASSWORDS))
async def test_login_modal_on_echo_host_leaks_nothing(
    make_bot: BotFactory,
    lab: Lab,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    server: str,
) -> None:
    """/mail login with the echo host typed (check) or found from the address (diagnose)."""
    password = PASSWORDS[kind]
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    await teach(lab, password)
    root = logging.getLogger()
    saved = (root.level, {n: logging.getLogger(n).level for n in ("discord", "bot")})
    configure_logging("DEBUG", handler=logging.NullHandler())
    caplog.set_level(logging.DEBUG)
    try:
        h = await make_bot()
        modal = (await h.callback(await h.send(h.standin.slash("login")))).payload
        values = {
            "Email address (or username)": USER,
            PASSWORD_FIELD: password,
            SERVER_FIELD: lab.host(server) if server else "",
        }
        submit = await h.send(h.standin.modal_submit(modal["data"], values))
        await h.callback(submit)
        await h.final(submit)
        message = h.original(submit)
        details = await h.send(h.standin.button(message["id"], custom_ids(message)["Details"]))
        report_file = (await h.callback(details)).files
        assert report_file  # the whole report, transcripts included, went to Discord
    finally:
        root.setLevel(saved[0])
        for name, level in saved[1].items():
            logging.getLogger(name).setLevel(level)
    sent = "\n".join(r.raw.decode("utf-8", "replace") for r in h.standin.requests)
    assert lab.host("echo") in sent  # the requests were really searched
    assert not strict_leaks(sent, password)
    assert not strict_leaks(logged(caplog), password)
    assert "****" in sent  # the echo came back, masked
