"""The bot's configuration: the environment first, then a `.env` file (design.md, .env.example).

Every key is read here, once, into a frozen `Config`; nothing else in the bot reads os.environ.
An empty value counts as unset, so a copied `.env.example` behaves like no file at all.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from diagnostics.frozen import frozen
from diagnostics.net.destination import MAX_PER_ADDRESS, MAX_PER_DOMAIN

if TYPE_CHECKING:
    from diagnostics.runner import Options

TOKEN_HELP = """\
mailmedic bot: DISCORD_TOKEN is not set.

To get a token:
  1. Open https://discord.com/developers/applications and choose "New Application".
  2. In "Bot", choose "Reset Token" and copy it.
  3. Put it in .env (copy .env.example) as DISCORD_TOKEN=..., or export DISCORD_TOKEN.
  4. Invite the bot: "OAuth2" -> "URL Generator", scopes "bot" and "applications.commands",
     permissions "Send Messages", "Embed Links", "Attach Files"; open the URL it makes.
  5. Sync the slash commands once: python -m bot sync   (or --guild ID for a test server).
"""


class ConfigError(ValueError):
    """A configuration value that cannot be used; the message names the key."""


# A bot token is three base64url segments joined by dots (the user id, a timestamp, an HMAC):
# anything else would only be refused by Discord after a connection, as a 401.
_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def check_token(token: str) -> None:
    """ConfigError when DISCORD_TOKEN cannot be a bot token; the message never shows it."""
    if token.lower().startswith("bot "):
        raise ConfigError("DISCORD_TOKEN starts with 'Bot ': give the token alone")
    if any(ch.isspace() for ch in token):
        raise ConfigError("DISCORD_TOKEN contains spaces or line breaks: copy it again")
    if not _TOKEN_SHAPE.fullmatch(token):
        raise ConfigError(
            "DISCORD_TOKEN does not look like a bot token (three parts separated by dots): "
            "copy it again from the Bot page of the Developer Portal"
        )


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def read_dotenv(path: Path) -> dict[str, str]:
    """KEY=VALUE lines of a .env file; comments, blank lines and `export ` prefixes allowed."""
    values: dict[str, str] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return values
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        key = key.strip().removeprefix("export ").strip()
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key] = value
    return values


@frozen
class Config:
    token: str | None = None
    guild_id: int | None = None  # development guild: commands synced there at start
    dns: str | None = None
    dns_trust_ad: bool = False  # MAILMEDIC_DNS_TRUST_AD (net/resolve.py: ad_trusted)
    cafile: str | None = None
    dnssec_anchors: str | None = None  # DS/DNSKEY trust anchors (the CLI's --dnssec-anchors)
    allow_private: bool = False
    timeout: float = 20.0
    shard_ids: tuple[int, ...] | None = None
    shard_count: int | None = None
    log_level: str = "INFO"
    cooldown_seconds: float = 10.0  # after a burst, one test per person per this many seconds
    burst: int = 5  # tests a person may start in a row before the cooldown applies
    max_concurrent: int = 20  # diagnoses running at once, whole process
    max_per_guild: int = 3  # diagnoses running at once, per guild (or per DM user)
    cache_seconds: float = 120.0  # a finished diagnosis is reused this long
    edit_interval: float = 1.5  # seconds between progress edits of one reply
    view_timeout: float = 600.0  # buttons stop working after this (tokens live 15 min)
    config_db: str = "mailmedic-config.sqlite3"  # per-server settings (/mail config), SQLite
    # Scale-out (issue 14, README "Running at scale"): with REDIS_URL the cache, the running
    # diagnoses, the allowances, /mail config and the IDENTIFY slots are shared through Redis.
    redis_url: str | None = None
    enqueue_only: bool = False  # MAILMEDIC_WORKERS=0: diagnoses go to `mailmedic worker`s
    identify_interval: float = 5.0  # Discord: one IDENTIFY per 5 s per max_concurrency bucket
    health_port: int | None = None  # GET http://127.0.0.1:PORT/healthz for a supervisor
    job_grace: float = 5.0  # a queued try's time past the deadline (same on bots and workers)
    # Connections open at once from one process to one server address / one provider
    # (diagnostics/net/destination.py, whose defaults these are).
    max_per_host: int = MAX_PER_ADDRESS
    max_per_domain: int = MAX_PER_DOMAIN

    @classmethod
    def load(
        cls, environ: Mapping[str, str] | None = None, dotenv: Path | None = Path(".env")
    ) -> Config:
        """The environment over `.env`; ConfigError for a value that cannot be used."""
        merged: dict[str, str] = read_dotenv(dotenv) if dotenv is not None else {}
        merged.update(os.environ if environ is None else environ)
        env = {k: v.strip() for k, v in merged.items() if v.strip()}
        shard_ids = _int_list(env, "MAILMEDIC_SHARD_IDS")
        shard_count = _int(env, "MAILMEDIC_SHARD_COUNT")
        if shard_ids is not None and shard_count is None:
            raise ConfigError("MAILMEDIC_SHARD_IDS needs MAILMEDIC_SHARD_COUNT (the total)")
        if shard_ids is not None and shard_count is not None:
            bad = [i for i in shard_ids if not 0 <= i < shard_count]
            if bad:
                raise ConfigError(
                    f"MAILMEDIC_SHARD_IDS: {bad[0]} is outside 0-{shard_count - 1} "
                    "(MAILMEDIC_SHARD_COUNT)"
                )
        level = env.get("MAILMEDIC_LOG_LEVEL", "INFO").upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ConfigError(f"MAILMEDIC_LOG_LEVEL={level!r}: use DEBUG, INFO, WARNING or ERROR")
        timeout = _float(env, "MAILMEDIC_TIMEOUT", 20.0)
        if not 1 <= timeout <= 600:
            raise ConfigError(f"MAILMEDIC_TIMEOUT={timeout:g}: give 1 to 600 seconds")
        view_timeout = _float(env, "MAILMEDIC_VIEW_TIMEOUT", 600.0)
        if view_timeout > 840:
            raise ConfigError(
                "MAILMEDIC_VIEW_TIMEOUT must stay under 840 s: interaction tokens live 15 minutes"
            )
        redis_url = env.get("REDIS_URL")
        if redis_url is not None and not redis_url.startswith(("redis://", "rediss://", "unix://")):
            raise ConfigError("REDIS_URL must start with redis://, rediss:// or unix://")
        enqueue_only = env.get("MAILMEDIC_WORKERS") == "0"
        if enqueue_only and redis_url is None:
            raise ConfigError("MAILMEDIC_WORKERS=0 (only enqueue diagnoses) needs REDIS_URL")
        health_port = _int(env, "MAILMEDIC_HEALTH_PORT")
        if health_port is not None and not 1 <= health_port <= 65535:
            raise ConfigError(f"MAILMEDIC_HEALTH_PORT={health_port}: give a port 1-65535")
        max_per_host = _int(env, "MAILMEDIC_MAX_PER_HOST")
        max_per_domain = _int(env, "MAILMEDIC_MAX_PER_DOMAIN")
        for key, cap in (("MAILMEDIC_MAX_PER_HOST", max_per_host),
                         ("MAILMEDIC_MAX_PER_DOMAIN", max_per_domain)):  # fmt: skip
            if cap is not None and not 1 <= cap <= 1000:
                raise ConfigError(f"{key}={cap}: give 1 to 1000 connections")
        cafile = env.get("MAILMEDIC_CAFILE")
        if cafile and not os.path.isfile(cafile):
            raise ConfigError(f"MAILMEDIC_CAFILE={cafile!r}: no such file")
        anchors = env.get("MAILMEDIC_DNSSEC_ANCHORS")
        if anchors:
            _check_anchors(anchors)
        return cls(
            token=env.get("DISCORD_TOKEN"),
            guild_id=_int(env, "DISCORD_GUILD_ID"),
            dns=env.get("MAILMEDIC_DNS"),
            dns_trust_ad=_bool(env, "MAILMEDIC_DNS_TRUST_AD"),
            cafile=cafile,
            dnssec_anchors=anchors,
            allow_private=_bool(env, "MAILMEDIC_ALLOW_PRIVATE"),
            timeout=timeout,
            shard_ids=shard_ids,
            shard_count=shard_count,
            log_level=level,
            cooldown_seconds=_float(env, "MAILMEDIC_COOLDOWN_SECONDS", 10.0),
            burst=max(1, _int(env, "MAILMEDIC_BURST") or 5),
            max_concurrent=max(1, _int(env, "MAILMEDIC_MAX_CONCURRENT") or 20),
            max_per_guild=max(1, _int(env, "MAILMEDIC_MAX_PER_GUILD") or 3),
            cache_seconds=_float(env, "MAILMEDIC_CACHE_SECONDS", 120.0),
            edit_interval=_float(env, "MAILMEDIC_EDIT_INTERVAL", 1.5),
            view_timeout=view_timeout,
            config_db=env.get("MAILMEDIC_CONFIG_DB", "mailmedic-config.sqlite3"),
            redis_url=redis_url,
            enqueue_only=enqueue_only,
            identify_interval=_float(env, "MAILMEDIC_IDENTIFY_INTERVAL", 5.0),
            health_port=health_port,
            job_grace=_float(env, "MAILMEDIC_JOB_GRACE", 5.0),
            max_per_host=MAX_PER_ADDRESS if max_per_host is None else max_per_host,
            max_per_domain=MAX_PER_DOMAIN if max_per_domain is None else max_per_domain,
        )

    def options(self) -> Options:
        """The library's Options for every diagnosis this bot runs."""
        from diagnostics.runner import Options

        return Options(
            dns=self.dns,
            dns_trust_ad=self.dns_trust_ad,
            cafile=self.cafile,
            dnssec_anchors=self.dnssec_anchors,
            allow_private=self.allow_private,
            timeout=self.timeout,
            max_per_host=self.max_per_host,
            max_per_domain=self.max_per_domain,
        )


def _check_anchors(path: str) -> None:
    """ConfigError, one line, for a trust-anchor file that is missing, unreadable or invalid
    (read once here, as the CLI does, so a bad file stops the bot at start, not a diagnosis)."""
    from diagnostics.net.dnssec import load_anchors
    from diagnostics.policy import InvalidTarget

    if not os.path.isfile(path):
        raise ConfigError(f"MAILMEDIC_DNSSEC_ANCHORS={path!r}: no such file")
    try:
        load_anchors(path)
    except InvalidTarget as exc:
        # The library's words name the CLI flag ("--dnssec-anchors 'FILE': line 2: ..."): here
        # the key is the environment's.
        said = str(exc).removeprefix("--dnssec-anchors ").removeprefix(repr(path)).lstrip(": ")
        raise ConfigError(f"MAILMEDIC_DNSSEC_ANCHORS={path!r}: {said}") from None


def _int(env: Mapping[str, str], key: str) -> int | None:
    raw = env.get(key)
    if raw is None:
        return None
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{key}={raw!r} is not a whole number") from None


def _int_list(env: Mapping[str, str], key: str) -> tuple[int, ...] | None:
    raw = env.get(key)
    if raw is None:
        return None
    try:
        return tuple(int(part) for part in raw.replace(" ", "").split(",") if part)
    except ValueError:
        raise ConfigError(f"{key}={raw!r}: give shard numbers separated by commas") from None


def _float(env: Mapping[str, str], key: str, default: float) -> float:
    raw = env.get(key)
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{key}={raw!r} is not a number of seconds") from None
    if value < 0:
        raise ConfigError(f"{key}={raw!r} must not be negative")
    return value


def _bool(env: Mapping[str, str], key: str) -> bool:
    raw = env.get(key, "false").lower()
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise ConfigError(f"{key}={raw!r}: use true or false")
