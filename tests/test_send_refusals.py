"""The send test (MAIL FROM, RCPT TO, RSET) meets a server refusing the recipient with each
sending or relay text of the reply tables: the finding is what the table says it means."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from diagnostics import Options
from diagnostics.findings.auth import reply_entries
from diagnostics.findings.codes import Code
from diagnostics.findings.mailbox_rules import rule_after_login
from diagnostics.model import Credentials, Endpoint, Outcome, Protocol, Security
from diagnostics.options import build_context
from diagnostics.probes import probe
from tests.textservers import SEND, TextServers

ADDRESS = "127.0.41.9"  # the other text-server tests use .1 and .5-.6
# After a working login, a relay refusal (AUTH_NOT_OFFERED in a paste: "the server wants a login
# it did not get") means the server will not pass this login's mail on: RELAY_REFUSED.
EXPECTED = {Code.SENDER_REFUSED: Code.SENDER_REFUSED, Code.AUTH_NOT_OFFERED: Code.RELAY_REFUSED}
_REPLY = re.compile(r"^[45]\d\d[ -]")
CASES = [
    (entry.id, index, entry.code)
    for entry in reply_entries()
    if not entry.hosts and "smtp" in (entry.protocols or ("smtp",))
    for index, example in enumerate(entry.examples)
    if _REPLY.match(example)
    and (
        entry.code in EXPECTED
        or entry.code in (Code.RECIPIENT_UNKNOWN, Code.RECIPIENT_MAILBOX_FULL)
    )
]


@pytest.fixture(scope="module")
async def servers(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[TextServers]:
    """An SMTP server over TLS that takes the login and refuses RCPT TO with a table's text."""
    texts = TextServers(address=ADDRESS, directory=Path(tmp_path_factory.mktemp("refusals")))
    await texts.start()
    yield texts
    await texts.stop()


def test_the_cases_cover_sending_relay_and_recipient_texts() -> None:
    """Send-as refusals, relay refusals and recipient refusals of several servers are tried."""
    codes = {code for _, _, code in CASES}
    assert codes >= {Code.SENDER_REFUSED, Code.AUTH_NOT_OFFERED, Code.RECIPIENT_UNKNOWN}
    assert len(CASES) >= 40


@pytest.mark.parametrize(("entry_id", "index", "code"), CASES)
async def test_a_refused_recipient_through_the_send_test(
    servers: TextServers, entry_id: str, index: int, code: Code
) -> None:
    """The SMTP probe logs in, its RCPT TO is refused with the text: a send-as text is
    SENDER_REFUSED, a relay text RELAY_REFUSED, a text about the recipient's mailbox neither."""
    address = f"{SEND}{entry_id}#{index}@refusals.invalid"
    user = Endpoint(
        protocol=Protocol.SMTP,
        host=ADDRESS,
        port=servers.ports["smtp"],
        security=Security.TLS,
        username=address,
    )
    options = Options(
        cafile=servers.cafile,
        allow_private=True,
        timeout=8.0,
        credentials=Credentials(username=address, password="pw-for-refusals"),
    )
    result = await probe(user, await build_context(options))
    assert result.outcome is Outcome.AUTH_OK, (result.detail, result.transcript)
    sending = result.facts["sending"]
    assert sending["recipient_accepted"] is False, sending
    found = {f.code: f for f in rule_after_login(result)}
    refusals = {Code.SENDER_REFUSED, Code.RELAY_REFUSED} & set(found)
    if code in EXPECTED:
        assert refusals == {EXPECTED[code]}, (entry_id, sending["recipient_reply"])
        assert found[EXPECTED[code]].facts["reply"] == sending["recipient_reply"]
    else:
        assert refusals == set(), (entry_id, sending["recipient_reply"])


@pytest.mark.parametrize(
    ("reply", "code"),
    [
        ("550 5.1.0 Sender denied", Code.SENDER_REFUSED),  # 5.1.0's generic meaning matched
        ("550 5.1.8 Access denied, bad outbound sender", Code.SENDER_REFUSED),  # a banned login
        ("554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org",
         None),
    ],
)  # fmt: skip
def test_a_refusal_the_tables_know_only_generically_is_read_by_its_words(
    reply: str, code: Code | None
) -> None:
    """A reply whose only table match is a code's generic meaning is judged by its words (as
    before the tables), and a banned sender is this login's refusal; a blocklist is neither."""
    from diagnostics.findings.mailbox_rules import _rcpt_refusal

    assert _rcpt_refusal(reply, "smtp.example.org") is code
