"""Before a login test sends the password to another organisation's server that nobody vouched
for (an MX at a hosting company, over plain DNS), the bot asks; the lab's outsourced.lab.test."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Harness
from tests.bot.standin import custom_ids
from tests.lab import Lab

EPHEMERAL = 64
PASSWORD_FIELD = "Password or app password"
ADDRESS = "Email address (or username)"


async def _submit(h: Harness, address: str, password: str) -> dict[str, object]:
    opened = await h.send(h.standin.slash("login"))
    modal = (await h.callback(opened)).payload["data"]
    submit = await h.send(
        h.standin.modal_submit(modal, {ADDRESS: address, PASSWORD_FIELD: password})
    )
    assert (await h.callback(submit)).payload == {"type": 5, "data": {"flags": EPHEMERAL}}
    return submit


async def test_login_asks_before_sending_to_another_organisation(
    harness: Harness, lab: Lab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The login asks first, names imap.hoster.test, and tests the login only after "Send"."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    h = harness
    password = "not-the-password-77"
    submit = await _submit(h, "ann@outsourced.lab.test", password)
    asked = (await h.final(submit)).embeds()[0]
    assert "imap.hoster.test" in asked["description"]
    assert "another organisation" in asked["description"]
    message = h.original(submit)
    ids = custom_ids(message)
    assert set(ids) == {"Send the password", "Cancel"}
    click = await h.send(h.standin.button(message["id"], ids["Send the password"]))
    assert (await h.callback(click)).payload == {"type": 5, "data": {"flags": EPHEMERAL}}
    result = (await h.final(click)).embeds()[0]
    # The login ran there: the wrong password is refused by the real Dovecot behind it.
    assert result["title"] == "outsourced.lab.test"
    assert "imap.hoster.test" in str(result["fields"])
    assert result["color"] == 0xE74C3C, result
    assert password.encode() not in b"".join(r.raw for r in h.standin.requests)


async def test_cancel_sends_nothing(
    harness: Harness, lab: Lab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel: no login runs; the question is replaced by "Not sent"."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    h = harness
    submit = await _submit(h, "ann@outsourced.lab.test", "not-the-password-78")
    await h.final(submit)
    message = h.original(submit)
    click = await h.send(h.standin.button(message["id"], custom_ids(message)["Cancel"]))
    answer = (await h.callback(click)).payload
    assert answer["type"] == 7  # UPDATE_MESSAGE
    assert answer["data"]["content"].startswith("Not sent")
    assert answer["data"]["components"] == []
    assert h.diagnoser.runs.started == 1  # the diagnosis without a password, nothing more


async def test_a_token_login_asks_about_the_token(
    harness: Harness, lab: Lab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a bearer token instead of a password, the question and its button say "token"."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    h = harness
    opened = await h.send(h.standin.slash("login"))
    modal = (await h.callback(opened)).payload["data"]
    values = {ADDRESS: "ann@outsourced.lab.test",
              "Or an OAuth token (XOAUTH2/OAUTHBEARER)": "ya29.not-a-real-token-42"}  # fmt: skip
    submit = await h.send(h.standin.modal_submit(modal, values))
    await h.callback(submit)
    asked = (await h.final(submit)).embeds()[0]["description"]
    assert "Send your token there" in asked and "password" not in asked
    assert set(custom_ids(h.original(submit))) == {"Send the token", "Cancel"}


async def test_a_password_and_a_token_are_both_named(
    harness: Harness, lab: Lab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both given (the password is used where the server offers no OAuth): the question and its
    button name both, never the token alone."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    h = harness
    opened = await h.send(h.standin.slash("login"))
    modal = (await h.callback(opened)).payload["data"]
    values = {ADDRESS: "ann@outsourced.lab.test", PASSWORD_FIELD: "not-the-password-79",
              "Or an OAuth token (XOAUTH2/OAUTHBEARER)": "ya29.not-a-real-token-43"}  # fmt: skip
    submit = await h.send(h.standin.modal_submit(modal, values))
    await h.callback(submit)
    asked = (await h.final(submit)).embeds()[0]["description"]
    assert "Send your password and token there" in asked
    assert set(custom_ids(h.original(submit))) == {"Send the password and token", "Cancel"}


async def test_login_asks_after_a_redirect_to_another_domain(
    harness: Harness, lab: Lab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """redirother.lab.test's autoconfig redirects to hoster.test's document: the login asks
    first, naming imap.hoster.test and the domain the redirect led to, and sends nothing yet."""
    monkeypatch.setenv("MAILMEDIC_ISPDB_URL", lab.ispdb_url)
    h = harness
    password = "not-the-password-79"
    submit = await _submit(h, "ann@redirother.lab.test", password)
    asked = (await h.final(submit)).embeds()[0]["description"]
    assert "imap.hoster.test" in asked and "another organisation" in asked
    assert "sent us on to `hoster.test`" in asked
    assert set(custom_ids(h.original(submit))) == {"Send the password", "Cancel"}
    assert password.encode() not in b"".join(r.raw for r in h.standin.requests)
