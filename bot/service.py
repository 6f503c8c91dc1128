"""The bot's one door into `diagnostics`: the public API behind the limits and the shared cache.

Built once in the entry point and injected into the commands (style.md §12). The library
functions themselves are injectable too (`Library`), so a test can make one fail on purpose.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Protocol

from bot.config import Config
from bot.limits import Allowance, Gate, Limit, Progress, SharedRuns
from bot.worker import MARGIN, WorkerPool, shared_worker
from diagnostics.frozen import frozen

if TYPE_CHECKING:
    from bot.shared import SharedState
    from bot.store import SettingsStore
    from diagnostics.model import Endpoint, Report
    from diagnostics.runner import Options
    from diagnostics.scale.protocol import FlightKeys


class CheckFn(Protocol):
    def __call__(
        self,
        user: Endpoint,
        options: Options | None = None,
        /,
        *,
        on_progress: Progress | None = None,
    ) -> Awaitable[Report]: ...


class DiagnoseFn(Protocol):
    def __call__(
        self,
        target: str,
        options: Options | None = None,
        /,
        *,
        on_progress: Progress | None = None,
        username: str | None = None,
    ) -> Awaitable[Report]: ...


ExplainFn = Callable[[str], "Report"]


@frozen
class Library:
    check: CheckFn
    diagnose: DiagnoseFn
    explain: ExplainFn

    @classmethod
    def default(cls) -> Library:
        from diagnostics.diagnosis import diagnose
        from diagnostics.explanation import explain
        from diagnostics.runner import check

        return cls(check=check, diagnose=diagnose, explain=explain)


def with_credentials(
    options: Options, username: str, password: str, token: str | None = None
) -> Options:
    """`options` carrying a login to test (password and token masked in every repr)."""
    from diagnostics.model import Credentials
    from diagnostics.policy import InvalidTarget

    domain = username.rpartition("@")[2] if "@" in username else None
    try:
        credentials = Credentials(
            username=username, password=password, address_domain=domain, oauth_token=token
        )
    except ValueError as exc:  # CR, LF or NUL: said without echoing the value
        raise InvalidTarget(str(exc)) from None
    return dataclasses.replace(options, credentials=credentials)


class Diagnoser:
    """Runs diagnoses for the bot: allowances, concurrency caps, one run per target at a time.

    With the real library, diagnoses run in the diagnosis process (bot/worker.py); functions a
    test injects run on the caller's loop. With REDIS_URL (`state`), the cache, the running
    diagnoses and the allowances are shared with every process of the bot (bot/shared.py), and
    with MAILMEDIC_WORKERS=0 diagnoses are queued for `mailmedic worker`s instead of run here.
    Login tests always run here: a password is never queued nor shared.
    """

    def __init__(self, config: Config, library: Library | None = None) -> None:
        self.config = config
        self.options = config.options()
        self.library = library or Library.default()
        self.worker: WorkerPool | None = shared_worker() if library is None else None
        self.allowance = Allowance(config.cooldown_seconds, config.burst)
        self.gate = Gate(config.max_concurrent, config.max_per_guild)
        self.runs: SharedRuns[Report] = SharedRuns(config.cache_seconds)
        self.state: SharedState | None = None
        if config.redis_url is not None:
            from bot.shared import SharedState

            self.state = SharedState(config)

    @property
    def started(self) -> int:
        """Diagnoses this process started (not cached, not joined)."""
        return self.state.flights.started if self.state is not None else self.runs.started

    def settings_store(self) -> SettingsStore:
        """Where /mail config lives: Redis when shared, else the SQLite file."""
        from bot.store import SqliteStore

        return self.state.store if self.state is not None else SqliteStore(self.config.config_db)

    async def take(self, user_id: int, limit: Limit | None = None) -> None:
        """Spend one of the person's tests, or raise OnCooldown (shared when REDIS_URL is set).
        `limit`: the server's own (helpdesk.limit_of), else the bot's default."""
        if self.state is not None:
            await self.state.allowance.take(user_id, limit)
        else:
            self.allowance.take(user_id, limit)

    async def shared(self, *, endpoint: Endpoint | None = None, target: str = "") -> bool:
        """A request now would be answered by a finished or running diagnosis (costs nothing)."""
        if self.state is not None:
            return await self.state.flights.shared(_keys(endpoint, target))
        if endpoint is not None:
            return self.runs.shared(("check", endpoint))
        return self.runs.shared(("diagnose", target.strip().lower()))

    async def close(self) -> None:
        if self.state is not None:
            await self.state.close()

    async def _shared_run(
        self,
        keys: FlightKeys,
        run: Callable[[Progress], Awaitable[Report]],
        *,
        endpoint: Endpoint | None,
        target: str,
        guild_key: int,
        on_progress: Progress | None,
        fresh: bool,
    ) -> tuple[Report, str]:
        """One run across every process of the bot (diagnostics/scale/flights.py)."""
        import time

        from diagnostics.scale.protocol import Job

        assert self.state is not None
        state = self.state
        timeout = float(self.options.timeout)
        if self.config.enqueue_only:
            # A job may be tried twice (diagnostics/scale/worker.py: once more when its worker
            # died); each try gets the diagnosis deadline plus the grace, and the retry starts a
            # second after the first try's time ran out.
            grace = self.config.job_grace
            budget = 2 * (timeout + grace + 1.0) + grace

            async def start(keys: FlightKeys, progress: Progress) -> Report | None:
                await state.enqueue(
                    Job(
                        kind="check" if endpoint is not None else "diagnose",
                        target=endpoint.host if endpoint is not None else target,
                        endpoint=endpoint,
                        timeout=timeout,
                        deadline=time.time() + budget,
                        flight=keys,
                        cache_ms=state.flights.cache_ms,
                    )
                )
                return None

        else:
            budget = timeout + MARGIN

            async def start(keys: FlightKeys, progress: Progress) -> Report | None:
                return await run(progress)

        return await state.flights.run(
            keys,
            start,
            deadline=budget,
            on_progress=on_progress,
            fresh=fresh,
            admit=lambda: self.gate.admit(guild_key),
        )

    async def check(
        self,
        endpoint: Endpoint,
        *,
        guild_key: int,
        on_progress: Progress | None = None,
        fresh: bool = False,
    ) -> tuple[Report, str]:
        """The report on `endpoint` and how it was got ("ran", "joined", "cached")."""

        def start(progress: Progress) -> Awaitable[Report]:
            return self._call_check(endpoint, self.options, progress)

        if self.state is not None:
            return await self._shared_run(
                _keys(endpoint, ""), start, endpoint=endpoint, target=endpoint.host,
                guild_key=guild_key, on_progress=on_progress, fresh=fresh,
            )  # fmt: skip
        return await self.runs.run(
            ("check", endpoint),
            start,
            on_progress=on_progress,
            admit=lambda: self.gate.admit(guild_key),
            fresh=fresh,
        )

    async def diagnose(
        self,
        target: str,
        *,
        guild_key: int,
        on_progress: Progress | None = None,
        fresh: bool = False,
        for_login: bool = False,
    ) -> tuple[Report, str]:
        """The report on a domain or address and how it was got ("ran", "joined", "cached").

        `for_login`: the diagnosis before a login test, while its password waits in this
        process: it stays in this process too (shared only here, never through Redis), since a
        server that already knows the password may well repeat it to anyone (the lab's echo
        host does) and what a run saw is kept in its report."""

        def start(progress: Progress) -> Awaitable[Report]:
            return self._call_diagnose(target, self.options, progress)

        if self.state is not None and not for_login:
            return await self._shared_run(
                _keys(None, target), start, endpoint=None, target=target.strip(),
                guild_key=guild_key, on_progress=on_progress, fresh=fresh,
            )  # fmt: skip
        return await self.runs.run(
            ("diagnose", target.strip().lower()),
            start,
            on_progress=on_progress,
            admit=lambda: self.gate.admit(guild_key),
            fresh=fresh,
        )

    async def login(
        self,
        *,
        address: str,
        password: str,
        endpoint: Endpoint | None,
        guild_key: int,
        on_progress: Progress | None = None,
        token: str | None = None,
    ) -> Report:
        """A login test: never cached or shared (it belongs to whoever typed the password)."""
        options = with_credentials(self.options, address, password, token)
        release = self.gate.admit(guild_key)
        try:
            if endpoint is not None:
                return await self._call_check(endpoint, options, on_progress)
            return await self._call_diagnose(address, options, on_progress, username=address)
        finally:
            release()

    def explain(self, text: str) -> Report:
        return self.library.explain(text)

    async def _call_check(
        self, endpoint: Endpoint, options: Options, progress: Progress | None
    ) -> Report:
        if self.worker is not None:
            return await self.worker.run("check", endpoint, options, on_progress=progress)
        return await self.library.check(endpoint, options, on_progress=progress)

    async def _call_diagnose(
        self,
        target: str,
        options: Options,
        progress: Progress | None,
        *,
        username: str | None = None,
    ) -> Report:
        if self.worker is not None:
            return await self.worker.run(
                "diagnose", target, options, on_progress=progress, username=username
            )
        return await self.library.diagnose(target, options, on_progress=progress, username=username)


def _keys(endpoint: Endpoint | None, target: str) -> FlightKeys:
    from diagnostics.scale.protocol import FlightKeys, flight_id

    if endpoint is not None:
        return FlightKeys.of(flight_id("check", endpoint))
    return FlightKeys.of(flight_id("diagnose", target))


__all__ = ["Diagnoser", "Library", "with_credentials"]
