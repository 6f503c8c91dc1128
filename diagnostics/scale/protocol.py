"""What bots and workers say to each other through Redis: keys, channel messages, Lua, jobs.

Theory of operation. A diagnosis shared across processes is a *flight*, named by a hash of what
it diagnoses (`flight_id`: the target typed, or the endpoint). Four keys belong to it:

    mailmedic:flight:<id>  who runs it (SET NX, expiring at the deadline: a dead owner frees it)
    mailmedic:events:<id>  its progress events so far (a list, for those who join late)
    mailmedic:chan:<id>    the pub/sub channel of its progress and its end
    mailmedic:done:<id>    the finished report, kept `cache_seconds` (the shared cache)

Every change is one Lua script, so a joiner never sees an event in the list without its message
or a report without its "done" (Redis runs a script atomically: EVAL, "Atomicity of scripts").
Channel messages are bytes: b"p<n>:" + event (the n-th event, n = its list length after RPUSH,
so a joiner that read the list skips what it already replayed), b"d" + report, b"e" + a reason.

Events and reports cross as pickles, as arq's own jobs do: Redis must be reachable only by this
bot's processes (README, "Running at scale"), since whoever can write there can run code in them.
What crosses is what the bot shows anyway: no password ever, because login tests are never
queued nor shared (bot/service.py runs them in the process that received the modal).
"""

from __future__ import annotations

import functools
import hashlib
import pickle
from typing import Any, Final

from diagnostics.frozen import frozen
from diagnostics.model import Endpoint, Report
from diagnostics.sweep import ProbeFinished

PREFIX: Final = "mailmedic:"
QUEUE_NAME: Final = "mailmedic:queue"  # arq's sorted set of queued jobs
JOB_FUNCTION: Final = "run_diagnosis"  # the one function a worker runs


def flight_id(kind: str, target: str | Endpoint) -> str:
    """The name of a shared run: a hash, so no typed text becomes part of a Redis key."""
    if isinstance(target, Endpoint):
        text = "|".join(
            (target.protocol.value, target.host, str(target.port), target.security.value,
             target.username or "")
        )  # fmt: skip
    else:
        text = target.strip().lower()
    return hashlib.sha256(f"{kind}|{text}".encode()).hexdigest()[:32]


@frozen(kw_only=False)
class FlightKeys:
    flight: str
    events: str
    channel: str
    done: str

    @classmethod
    def of(cls, ident: str) -> FlightKeys:
        return cls(
            flight=f"{PREFIX}flight:{ident}",
            events=f"{PREFIX}events:{ident}",
            channel=f"{PREFIX}chan:{ident}",
            done=f"{PREFIX}done:{ident}",
        )


@frozen
class Job:
    """A queued diagnosis: what to diagnose, by when, and where to tell.

    `deadline` is absolute (epoch seconds, the bot's clock: machines of one bot keep NTP time);
    a worker that picks the job up later drops it unrun. `timeout` is the diagnosis deadline the
    person's request had (Options.timeout); the worker's own Options come from its environment
    (its DNS server and CA file are its own), so no path or secret of the bot travels."""

    kind: str  # "check" | "diagnose"
    target: str  # the domain or address (diagnose); the host (check)
    endpoint: Endpoint | None
    timeout: float
    deadline: float
    flight: FlightKeys
    cache_ms: int  # how long the report stays in mailmedic:done:<id> (0: not at all)

    def __post_init__(self) -> None:
        if self.kind not in ("check", "diagnose"):
            raise ValueError(f"job kind {self.kind!r}: check or diagnose")
        if self.kind == "check" and self.endpoint is None:
            raise ValueError("a check job needs its endpoint")


# --- channel messages -----------------------------------------------------------------------


@frozen(kw_only=False)
class Progressed:
    seq: int
    event: ProbeFinished


@frozen(kw_only=False)
class Finished:
    report: Report


@frozen(kw_only=False)
class Failed:
    reason: str


Message = Progressed | Finished | Failed


def dump(value: Any) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


@functools.lru_cache(maxsize=64)
def parse_message(data: bytes) -> Message:
    """A channel message; ValueError for bytes no bot or worker of ours sent.

    Cached: every waiter of a flight in this process gets the same bytes (hub.py) and so the
    same frozen values, unpickled once (a report takes a quarter of a millisecond)."""
    kind, body = data[:1], data[1:]
    if kind == b"p":
        seq, sep, payload = body.partition(b":")
        if not sep or not seq.isdigit():
            raise ValueError("a progress message without its number")
        event = pickle.loads(payload)
        if not isinstance(event, ProbeFinished):
            raise ValueError("a progress message without an event")
        return Progressed(int(seq), event)
    if kind == b"d":
        report = pickle.loads(body)
        if not isinstance(report, Report):
            raise ValueError("a done message without a report")
        return Finished(report)
    if kind == b"e":
        return Failed(body.decode("utf-8", "replace")[:500])
    raise ValueError(f"unknown message kind {kind!r}")


def load_event(data: bytes) -> ProbeFinished:
    event = pickle.loads(data)
    if not isinstance(event, ProbeFinished):
        raise ValueError("an events list item that is not an event")
    return event


def load_report(data: bytes) -> Report:
    report = pickle.loads(data)
    if not isinstance(report, Report):
        raise ValueError("a cached value that is not a report")
    return report


# --- Lua (KEYS and ARGV as in FlightKeys; every script runs atomically) ----------------------

# Progress events first, in order: ARGV[first..] are events, each pushed to the events list and
# published with its number. Shared by the three scripts below.
_EVENTS = """
local function events(first, ttl)
  for i = first, #ARGV do
    local n = redis.call('RPUSH', KEYS[EV], ARGV[i])
    redis.call('PUBLISH', KEYS[CH], 'p' .. n .. ':' .. ARGV[i])
  end
  if #ARGV >= first then redis.call('PEXPIRE', KEYS[EV], ttl) end
end
"""

# KEYS: events, channel. ARGV: milliseconds the list lives, then the events.
PROGRESS_LUA: Final = (
    _EVENTS.replace("KEYS[EV]", "KEYS[1]").replace("KEYS[CH]", "KEYS[2]")
    + "events(2, ARGV[1])\nreturn #ARGV - 1\n"
)

# KEYS: done, channel, flight, events. ARGV: report, milliseconds to cache it (0: not at all),
# milliseconds the events list lives, then the events not yet published.
FINISH_LUA: Final = (
    _EVENTS.replace("KEYS[EV]", "KEYS[4]").replace("KEYS[CH]", "KEYS[2]")
    + """
events(4, ARGV[3])
if tonumber(ARGV[2]) > 0 then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
end
redis.call('DEL', KEYS[3], KEYS[4])
return redis.call('PUBLISH', KEYS[2], 'd' .. ARGV[1])
"""
)

# KEYS: channel, flight, events. ARGV: the reason (plain text, no secret: an exception's type),
# milliseconds the events list lives, then the events not yet published.
FAIL_LUA: Final = (
    _EVENTS.replace("KEYS[EV]", "KEYS[3]").replace("KEYS[CH]", "KEYS[1]")
    + """
events(3, ARGV[2])
redis.call('DEL', KEYS[2], KEYS[3])
return redis.call('PUBLISH', KEYS[1], 'e' .. ARGV[1])
"""
)

# A PUBLISH here after each enqueue wakes the workers at once (worker.py: arq alone would find
# the job at its next poll).
WAKE_CHANNEL: Final = "mailmedic:wake"


__all__ = [
    "FAIL_LUA",
    "FINISH_LUA",
    "JOB_FUNCTION",
    "PREFIX",
    "PROGRESS_LUA",
    "QUEUE_NAME",
    "WAKE_CHANNEL",
    "Failed",
    "Finished",
    "FlightKeys",
    "Job",
    "Message",
    "Progressed",
    "dump",
    "flight_id",
    "load_event",
    "load_report",
    "parse_message",
]
