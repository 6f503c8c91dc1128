"""The bot's one door into `diagnostics`: the public API behind the limits and the shared cache.

Built once in the entry point and injected into the commands (style.md §12). The library
functions themselves are injectable too (`Library`), so a test can make one fail on purpose; the
real ones are imported lazily because diagnose() and explain() land in their own modules.
"""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from bot.config import Config
from bot.limits import Cooldowns, Gate, Progress, SharedRuns
from bot.worker import LibraryLoop

if TYPE_CHECKING:
    from diagnostics.model import Endpoint, Report
    from diagnostics.model import Protocol as MailProtocol
    from diagnostics.runner import Options


class NotAvailable(Exception):
    """A part of the library this bot needs has not been installed yet; said to the person."""


class CheckFn(Protocol):
    def __call__(
        self,
        user: Endpoint,
        options: Options | None = None,
        /,
        *,
        on_progress: Progress | None = None,
    ) -> Awaitable[Report]: ...


DiagnoseFn = Callable[..., Awaitable["Report"]]
ExplainFn = Callable[[str], "Report"]


def _optional(module: str, name: str) -> Any:
    """`module.name` when that module exists (diagnose and explain arrive separately)."""
    if importlib.util.find_spec(module) is None:
        return None
    return getattr(importlib.import_module(module), name, None)


@dataclass(frozen=True, slots=True, kw_only=True)
class Library:
    check: CheckFn
    diagnose: DiagnoseFn | None = None
    explain: ExplainFn | None = None

    @classmethod
    def default(cls) -> Library:
        from diagnostics.runner import check

        return cls(
            check=check,
            diagnose=_optional("diagnostics.diagnose", "diagnose"),
            explain=_optional("diagnostics.explain", "explain"),
        )


def with_credentials(options: Options, username: str, password: str) -> Options:
    """`options` carrying a login to test (the password is masked in every repr)."""
    from diagnostics.model import Credentials
    from diagnostics.policy import InvalidTarget

    domain = username.rpartition("@")[2] if "@" in username else None
    try:
        credentials = Credentials(username=username, password=password, address_domain=domain)
    except ValueError as exc:  # CR, LF or NUL: said without echoing the value
        raise InvalidTarget(str(exc)) from None
    return dataclasses.replace(options, credentials=credentials)


class Diagnoser:
    """Runs diagnoses for the bot: cooldowns, concurrency caps, one run per target at a time."""

    def __init__(
        self, config: Config, library: Library | None = None, *, offload: bool = True
    ) -> None:
        """`offload`: run library calls on a worker loop (bot/worker.py); tests of injected
        library functions that share objects with the test's loop pass False."""
        self.config = config
        self.worker = LibraryLoop() if offload else None
        self.options = config.options()
        self.library = library or Library.default()
        self.cooldowns = Cooldowns(config.cooldown_seconds)
        self.gate = Gate(config.max_concurrent, config.max_per_guild)
        self.runs: SharedRuns[Report] = SharedRuns(config.cache_seconds)

    def refresh_library(self) -> None:
        """Pick up diagnose() and explain() once their modules exist (they land separately)."""
        if self.library.diagnose is None or self.library.explain is None:
            fresh = Library.default()
            self.library = dataclasses.replace(
                self.library,
                diagnose=self.library.diagnose or fresh.diagnose,
                explain=self.library.explain or fresh.explain,
            )

    @property
    def can_diagnose(self) -> bool:
        self.refresh_library()
        return self.library.diagnose is not None

    @property
    def can_explain(self) -> bool:
        self.refresh_library()
        return self.library.explain is not None

    async def check(
        self,
        endpoint: Endpoint,
        *,
        guild_key: int,
        on_progress: Progress | None = None,
        fresh: bool = False,
    ) -> tuple[Report, str]:
        """The report on `endpoint` and how it was got ("ran", "joined", "cached")."""
        check = self.library.check

        async def call(progress: Progress) -> Report:
            return await check(endpoint, self.options, on_progress=progress)

        def start(progress: Progress) -> Awaitable[Report]:
            return self._offload(call, progress)

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
        protocols: Sequence[MailProtocol] | None = None,
    ) -> tuple[Report, str]:
        diagnose = self._diagnose_fn()
        wanted = tuple(protocols) if protocols else None

        async def call(progress: Progress) -> Report:
            return await diagnose(target, self.options, on_progress=progress, protocols=wanted)

        def start(progress: Progress) -> Awaitable[Report]:
            return self._offload(call, progress)

        return await self.runs.run(
            ("diagnose", target.strip().lower(), wanted),
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
    ) -> Report:
        """A login test: never cached or shared (it belongs to whoever typed the password)."""
        options = with_credentials(self.options, address, password)
        check = self.library.check
        diagnose = None if endpoint is not None else self._diagnose_fn()

        async def call(progress: Progress) -> Report:
            if endpoint is not None:
                return await check(endpoint, options, on_progress=progress)
            assert diagnose is not None
            return await diagnose(address, options, on_progress=progress, username=address)

        release = self.gate.admit(guild_key)
        try:
            return await self._offload(call, on_progress)
        finally:
            release()

    async def _offload(
        self, call: Callable[[Progress], Coroutine[Any, Any, Report]], progress: Progress | None
    ) -> Report:
        if self.worker is None:
            return await call(progress or (lambda event: None))
        return await self.worker.run(call, progress)

    def close(self) -> None:
        if self.worker is not None:
            self.worker.close()

    def explain(self, text: str) -> Report:
        self.refresh_library()
        if self.library.explain is None:
            raise NotAvailable("Explaining error messages is not available on this bot yet.")
        return self.library.explain(text)

    def _diagnose_fn(self) -> DiagnoseFn:
        self.refresh_library()
        if self.library.diagnose is None:
            raise NotAvailable(
                "Finding a domain's servers is not available on this bot yet: "
                "use /mail check with the server your mail app shows."
            )
        return self.library.diagnose


__all__ = ["Diagnoser", "Library", "NotAvailable", "with_credentials"]
