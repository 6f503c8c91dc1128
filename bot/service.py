"""The bot's one door into `diagnostics`: the public API behind the limits and the shared cache.

Built once in the entry point and injected into the commands (style.md §12). The library
functions themselves are injectable too (`Library`), so a test can make one fail on purpose; the
real ones are imported lazily because diagnose() and explain() land in their own modules.
"""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from bot.config import Config
from bot.limits import Cooldowns, Gate, Progress, SharedRuns
from bot.worker import ProcessWorker, shared_worker

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
            diagnose=_optional("diagnostics.diagnosis", "diagnose"),
            explain=_optional("diagnostics.explanation", "explain"),
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
    """Runs diagnoses for the bot: cooldowns, concurrency caps, one run per target at a time.

    With the real library, diagnoses run in the diagnosis process (bot/worker.py); functions a
    test injects run on the caller's loop. `offload` overrides that choice.
    """

    def __init__(
        self, config: Config, library: Library | None = None, *, offload: bool | None = None
    ) -> None:
        self.config = config
        self.options = config.options()
        self.library = library or Library.default()
        use_worker = library is None if offload is None else offload
        self.worker: ProcessWorker | None = shared_worker() if use_worker else None
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
        protocols: Sequence[MailProtocol] | None = None,
    ) -> tuple[Report, str]:
        self._diagnose_fn()  # NotAvailable before anything starts
        wanted = tuple(protocols) if protocols else None

        def start(progress: Progress) -> Awaitable[Report]:
            return self._call_diagnose(target, self.options, progress, protocols=wanted)

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
        if endpoint is None:
            self._diagnose_fn()  # NotAvailable before anything starts
        release = self.gate.admit(guild_key)
        try:
            if endpoint is not None:
                return await self._call_check(endpoint, options, on_progress)
            return await self._call_diagnose(address, options, on_progress, username=address)
        finally:
            release()

    async def _call_check(
        self, endpoint: Endpoint, options: Options, progress: Progress | None
    ) -> Report:
        if self.worker is not None:
            return await self.worker.run("check", endpoint, options, on_progress=progress)
        return await self.library.check(endpoint, options, on_progress=progress)

    async def _call_diagnose(
        self, target: str, options: Options, progress: Progress | None, **kwargs: Any
    ) -> Report:
        if self.worker is not None:
            return await self.worker.run(
                "diagnose", target, options, on_progress=progress, **kwargs
            )
        return await self._diagnose_fn()(target, options, on_progress=progress, **kwargs)

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
