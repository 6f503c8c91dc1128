"""The bot's one door into `diagnostics`: the public API behind the limits and the shared cache.

Built once in the entry point and injected into the commands (style.md §12). The library
functions themselves are injectable too (`Library`), so a test can make one fail on purpose.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from bot.config import Config
from bot.limits import Allowance, Gate, Progress, SharedRuns
from bot.worker import WorkerPool, shared_worker

if TYPE_CHECKING:
    from diagnostics.model import Endpoint, Report
    from diagnostics.runner import Options


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


@dataclass(frozen=True, slots=True, kw_only=True)
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
    test injects run on the caller's loop.
    """

    def __init__(self, config: Config, library: Library | None = None) -> None:
        self.config = config
        self.options = config.options()
        self.library = library or Library.default()
        self.worker: WorkerPool | None = shared_worker() if library is None else None
        self.allowance = Allowance(config.cooldown_seconds, config.burst)
        self.gate = Gate(config.max_concurrent, config.max_per_guild)
        self.runs: SharedRuns[Report] = SharedRuns(config.cache_seconds)

    def shared(self, *, endpoint: Endpoint | None = None, target: str = "") -> bool:
        """A request now would be answered by a finished or running diagnosis (costs nothing)."""
        if endpoint is not None:
            return self.runs.shared(("check", endpoint))
        return self.runs.shared(("diagnose", target.strip().lower()))

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
    ) -> tuple[Report, str]:
        """The report on a domain or address and how it was got ("ran", "joined", "cached")."""

        def start(progress: Progress) -> Awaitable[Report]:
            return self._call_diagnose(target, self.options, progress)

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


__all__ = ["Diagnoser", "Library", "with_credentials"]
