"""The SASL clients of wire/sasl.py on published examples and against scramp's own server."""

from __future__ import annotations

import base64

import pytest
import scramp

from diagnostics.wire.sasl import CANCEL, choose_mechanism, oauth_error, sasl_client


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _text(b64: str) -> str:
    return base64.b64decode(b64).decode()


def test_cram_md5_matches_rfc2195_example() -> None:
    """CRAM-MD5 answers RFC 2195 §2's challenge with the digest printed there."""
    client = sasl_client("CRAM-MD5", "tim", password="tanstaaftanstaaf")
    assert client.initial() is None  # the server speaks first
    challenge = _b64("<1896.697170952@postoffice.reston.mci.net>")
    assert _text(client.respond(challenge)) == "tim b913a602c7eda7a495b4e6e7334d3890"
    assert client.respond("") == CANCEL  # nothing more to say


def test_cram_md5_cancels_on_garbage() -> None:
    """A challenge that is not base64 is cancelled, and the client says why."""
    client = sasl_client("CRAM-MD5", "tim", password="pw")
    assert client.respond("%%%") == CANCEL
    assert client.problem is not None


@pytest.mark.parametrize("mechanism", ["SCRAM-SHA-1", "SCRAM-SHA-256"])
@pytest.mark.parametrize("right", [True, False])
def test_scram_against_scramps_server(mechanism: str, right: bool) -> None:
    """A full SCRAM exchange with scramp's server: accepted with the right password only, and
    the server's signature checked."""
    mech = scramp.ScramMechanism(mechanism)
    salt, stored, server_key, iterations = mech.make_auth_info("pencil", iteration_count=4096)
    server = mech.make_server(lambda _user: (salt, stored, server_key, iterations))
    client = sasl_client(mechanism, "user", password="pencil" if right else "wrong")
    first = client.initial()
    assert first is not None
    server.set_client_first(_text(first))
    client_final = client.respond(_b64(server.get_server_first()))
    assert client_final != CANCEL
    if right:
        server.set_client_final(_text(client_final))
        assert client.respond(_b64(server.get_server_final())) == ""
        assert client.problem is None
    else:
        with pytest.raises(scramp.ScramException):
            server.set_client_final(_text(client_final))
        # RFC 5802 §7: the server's refusal as server-final "e=invalid-proof".
        assert client.respond(_b64("e=invalid-proof")) == CANCEL
        assert client.problem is not None and "invalid-proof" in client.problem


def test_scram_refuses_a_server_that_does_not_know_the_password() -> None:
    """A server-final signature that does not match is cancelled and reported."""
    mech = scramp.ScramMechanism("SCRAM-SHA-256")
    salt, stored, server_key, iterations = mech.make_auth_info("other", iteration_count=4096)
    server = mech.make_server(lambda _user: (salt, stored, server_key, iterations))
    client = sasl_client("SCRAM-SHA-256", "user", password="pencil")
    server.set_client_first(_text(client.initial() or ""))
    client.respond(_b64(server.get_server_first()))
    assert client.respond(_b64("v=" + _b64("not the signature"))) == CANCEL
    assert client.problem is not None and "does not know the password" in client.problem


def test_scram_without_initial_response() -> None:
    """Without SASL-IR the first empty challenge is answered with the client-first message."""
    client = sasl_client("SCRAM-SHA-1", "user", password="pencil")
    first = _text(client.respond(""))
    assert first.startswith("n,,n=user,r=")


def test_bearer_messages() -> None:
    """XOAUTH2 and OAUTHBEARER (RFC 7628 §3.1) carry the token; an error gets the RFC's ack."""
    xoauth2 = sasl_client("XOAUTH2", "a@b.test", token="tok")
    assert _text(xoauth2.initial() or "") == "user=a@b.test\x01auth=Bearer tok\x01\x01"
    bearer = sasl_client("OAUTHBEARER", "a,b@c.test", token="tok")
    assert _text(bearer.initial() or "") == "n,a=a=2Cb@c.test,\x01auth=Bearer tok\x01\x01"
    assert _text(bearer.respond(_b64('{"status":"invalid_token"}'))) == "\x01"
    assert bearer.problem == "the server refused the token (status invalid_token)"
    assert xoauth2.respond(_b64('{"status":"401"}')) == ""


def test_oauth_error_is_total() -> None:
    """Garbage error challenges still give a short sentence."""
    assert oauth_error("[1]") == "the server refused the token"
    assert oauth_error("") == "the server refused the token"


def test_token_picks_oauth_first() -> None:
    """With a token the OAuth mechanisms come first; without one they are never chosen."""
    offered = ("PLAIN", "XOAUTH2", "OAUTHBEARER")
    assert choose_mechanism(offered, password=True, token=True) == "OAUTHBEARER"
    assert choose_mechanism(offered, password=False, token=True) == "OAUTHBEARER"
    assert choose_mechanism(("PLAIN",), password=False, token=True) is None
    assert choose_mechanism(("XOAUTH2",), password=True) is None
