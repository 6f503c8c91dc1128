"""Certificate times read without strptime (net/tls.py: cert_time): ssl's own answer, always."""

from __future__ import annotations

import datetime as dt
import ssl

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diagnostics.net.tls import cert_time

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _ssl_answer(text: str) -> dt.datetime:
    return dt.datetime.fromtimestamp(ssl.cert_time_to_seconds(text), dt.UTC)


@given(
    st.sampled_from(MONTHS),
    st.integers(1, 31),
    st.integers(0, 23),
    st.integers(0, 59),
    st.integers(0, 59),
    st.integers(1970, 2200),
)
def test_openssl_form_gives_ssl_answer(
    month: str, day: int, hour: int, minute: int, second: int, year: int
) -> None:
    """Every time written as OpenSSL writes it ("Jun  1 12:00:00 2027 GMT"), impossible days
    ("Feb 30") included, reads as ssl.cert_time_to_seconds reads it."""
    text = f"{month} {day:2d} {hour:02d}:{minute:02d}:{second:02d} {year} GMT"
    assert cert_time(text) == _ssl_answer(text)


@pytest.mark.parametrize(
    "text", ["jun  1 12:00:00 2027 GMT", "Jun 1 12:00:00 2027 GMT", "Jun 01 1:2:3 2027 GMT"]
)
def test_other_forms_are_left_to_ssl(text: str) -> None:
    """A form OpenSSL does not write is still read, by ssl itself."""
    assert cert_time(text) == _ssl_answer(text)


def test_garbage_is_a_value_error() -> None:
    """Unreadable text raises ValueError, as ssl.cert_time_to_seconds does."""
    with pytest.raises(ValueError):
        cert_time("not a time")
