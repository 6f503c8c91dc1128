"""Running diagnoses on more than one machine: shared runs and a job queue on Redis (issue 14).

Nothing here is imported by `import diagnostics`: only a bot or a `mailmedic worker` started
with REDIS_URL loads it (and redis-py and arq with it).

- `protocol`: the Redis keys, the messages on a run's channel, the Lua scripts that publish them,
  and `Job`, what a queued diagnosis carries (never a password: login tests are not queued).
- `hub`: one pub/sub connection per process, fanned out to the runs waiting in it.
- `flights`: one diagnosis per target across every process: a finished report is reused, a
  running one is joined (its progress replayed, then streamed), whoever asks and wherever.
- the enqueuing side is the bot's (bot/shared.py, `SharedState.enqueue`: MAILMEDIC_WORKERS=0).
- `worker`: `mailmedic worker`, the process that runs queued diagnoses.
- `health`: the `/healthz` answer a supervisor polls.
"""
