"""`@frozen`: a frozen dataclass with slots (keyword-only by default) whose methods are built
without compiling code at import time.

Why not plain `@dataclass(frozen=True, slots=True, kw_only=True)`: the standard library writes
the source text of six methods per class (`__init__`, `__repr__`, `__eq__`, `__hash__`,
`__setattr__`, `__delattr__`) and compiles each with `exec` when the class is created. For the
some 70 records of a `mailmedic diagnose` that was 70 ms of its import on this machine, more than
half of the time our own modules take to import (issue 16; `python -m benchmarks.startup`), and
a one-shot command pays it on every start. `.pyc` files cache the compiled module, never code
generated at import.

Here `dataclasses.dataclass` still does the bookkeeping — `fields()`, `replace()`, `asdict()`,
`is_dataclass()`, `__match_args__`, `__slots__` and `field(...)` options work as before — but is
asked for none of the generated methods; they are closures over each class's field list instead,
with the semantics of the generated ones: keyword-only (or positional) arguments with defaults and
default factories, `__post_init__`, equality and hash over the fields with `compare` (and `hash`),
a repr over the fields with `repr`, assignment and deletion refused with `FrozenInstanceError`,
and pickling through `__getstate__`/`__setstate__` as the standard library adds for frozen slots
classes (reports and events cross processes as pickles: `scale/protocol.py`, `bot/worker.py`).
A call costs a few microseconds more than the generated `__init__`; diagnoses create thousands of
records, not millions. `typing.dataclass_transform` (PEP 681) tells mypy these are dataclasses.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform, overload

_T = TypeVar("_T")
_MISSING: Any = dataclasses.MISSING
_set = object.__setattr__


@overload
def frozen(cls: type[_T], /) -> type[_T]: ...


@overload
def frozen(*, kw_only: bool = True, repr: bool = True) -> Callable[[type[_T]], type[_T]]: ...


@dataclass_transform(
    frozen_default=True,
    kw_only_default=True,
    field_specifiers=(dataclasses.field, dataclasses.Field),
)
def frozen(
    cls: type[_T] | None = None, /, *, kw_only: bool = True, repr: bool = True
) -> type[_T] | Callable[[type[_T]], type[_T]]:
    """`@frozen` or `@frozen(kw_only=False)` (positional arguments) / `@frozen(repr=False)`."""

    def wrap(klass: type[_T]) -> type[_T]:
        return _build(klass, kw_only=kw_only, with_repr=repr)

    return wrap if cls is None else wrap(cls)


def _build(klass: type[_T], *, kw_only: bool, with_repr: bool) -> type[_T]:
    if not klass.__doc__:
        # dataclass would compute a signature with `inspect` for the docstring (0.2 ms a class).
        klass.__doc__ = klass.__name__
    cls: Any = dataclasses.dataclass(
        init=False, repr=False, eq=False, slots=True, kw_only=kw_only, match_args=True
    )(klass)
    fields = dataclasses.fields(cls)
    if "__init__" not in klass.__dict__:
        cls.__init__ = _init(cls, fields)
    compared = tuple(f.name for f in fields if f.compare)
    hashed = tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash))
    if "__eq__" not in klass.__dict__:
        cls.__eq__ = _eq(_key(compared))
    if "__hash__" not in klass.__dict__ or klass.__dict__["__hash__"] is None:
        cls.__hash__ = _hash(_key(hashed))
    if with_repr and "__repr__" not in klass.__dict__:
        cls.__repr__ = _repr(tuple(f.name for f in fields if f.repr))
    names = frozenset(f.name for f in fields)
    cls.__setattr__, cls.__delattr__ = _frozen(cls, names)
    cls.__getstate__, cls.__setstate__ = _state(tuple(f.name for f in fields))
    return cls  # type: ignore[no-any-return]


class _Factory:
    """A field's default_factory in an __init__ plan (no value a caller passes is one)."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


_REQUIRED: Any = object()  # a field without a default in an __init__ plan


def _default(f: dataclasses.Field[Any]) -> Any:
    factory: Any = f.default_factory
    if factory is not _MISSING:
        return _Factory(factory)
    return _REQUIRED if f.default is _MISSING else f.default


def _init(cls: Any, fields: tuple[dataclasses.Field[Any], ...]) -> Callable[..., None]:
    # The plan: (name, default) per __init__ argument, in order; one dict.pop per field.
    plan = tuple((f.name, _default(f)) for f in fields if f.init)
    positional = tuple(f.name for f in fields if f.init and not f.kw_only)
    # Fields left out of __init__ still get their default, as dataclass's own __init__ does.
    unset = tuple(
        (f.name, _default(f)) for f in fields if not f.init and _default(f) is not _REQUIRED
    )
    kinds = {f.name: "keyword-only" if f.kw_only else "positional" for f in fields}
    post_init = hasattr(cls, "__post_init__")
    title = f"{cls.__qualname__}.__init__()"

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if args:
            if len(args) > len(positional):
                taken = len(positional) + 1
                noun = "argument" if taken == 1 else "arguments"
                raise TypeError(
                    f"{title} takes {taken} positional {noun} but {len(args) + 1} were given"
                )
            for name, value in zip(positional, args, strict=False):
                if name in kwargs:
                    raise TypeError(f"{title} got multiple values for argument '{name}'")
                kwargs[name] = value
        pop = kwargs.pop
        for name, default in plan:
            value = pop(name, default)
            if value is _REQUIRED:
                raise TypeError(f"{title} missing 1 required {kinds[name]} argument: '{name}'")
            if value.__class__ is _Factory:
                value = value.make()
            _set(self, name, value)
        if kwargs:
            raise TypeError(f"{title} got an unexpected keyword argument '{next(iter(kwargs))}'")
        for name, default in unset:
            _set(self, name, default.make() if default.__class__ is _Factory else default)
        if post_init:
            self.__post_init__()

    return __init__


def _key(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    if not names:
        return lambda _self: ()
    getter = operator.attrgetter(*names)
    if len(names) == 1:
        return lambda self: (getter(self),)
    return getter


def _eq(key: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any, object], Any]:
    def __eq__(self: Any, other: object) -> Any:
        if other.__class__ is self.__class__:
            return key(self) == key(other)
        return NotImplemented

    return __eq__


def _hash(key: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any], int]:
    def __hash__(self: Any) -> int:
        return hash(key(self))

    return __hash__


def _repr(names: tuple[str, ...]) -> Callable[[Any], str]:
    def __repr__(self: Any) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({shown})"

    return __repr__


def _frozen(cls: Any, names: frozenset[str]) -> tuple[Callable[..., None], Callable[..., None]]:
    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _state(names: tuple[str, ...]) -> tuple[Callable[..., list[Any]], Callable[..., None]]:
    def __getstate__(self: Any) -> list[Any]:
        return [getattr(self, name) for name in names]

    def __setstate__(self: Any, state: list[Any]) -> None:
        for name, value in zip(names, state, strict=True):
            _set(self, name, value)

    return __getstate__, __setstate__
