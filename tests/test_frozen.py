"""`diagnostics.frozen`: the same behaviour as `dataclass(frozen=True, slots=True, kw_only=True)`,
checked side by side with the standard library's own classes of the same fields."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from dataclasses import dataclass, field

import pytest

from diagnostics.frozen import frozen


@frozen
class Ours:
    name: str
    port: int = 993
    tags: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict, hash=False)
    secret: str = field(default="", repr=False)
    note: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Theirs:
    name: str
    port: int = 993
    tags: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict, hash=False)
    secret: str = field(default="", repr=False)
    note: str = field(default="", compare=False)


OURS, THEIRS = Ours, Theirs


@pytest.mark.parametrize("cls", [OURS, THEIRS], ids=["frozen", "dataclass"])
def test_defaults_factories_and_fields(cls: type) -> None:
    a = cls(name="imap.example.com")
    b = cls(name="imap.example.com")
    assert (a.port, a.tags, a.extra, a.secret, a.note) == (993, (), {}, "", "")
    assert a.extra is not b.extra  # a new dict per instance, as default_factory promises
    assert [f.name for f in dataclasses.fields(cls)] == [
        "name",
        "port",
        "tags",
        "extra",
        "secret",
        "note",
    ]
    assert dataclasses.is_dataclass(a)
    assert not hasattr(a, "__dict__")  # slots
    assert cls.__match_args__ == ()  # keyword-only fields match by keyword only


def test_same_equality_hash_and_repr_as_the_standard_library() -> None:
    values = {"name": "mx.example.com", "port": 25, "tags": ("a",), "secret": "s3cr3t"}
    ours, theirs = OURS(**values, note="x"), THEIRS(**values, note="x")
    assert repr(ours) == repr(theirs).replace("Theirs", "Ours")  # secret: repr=False in both
    assert "s3cr3t" not in repr(ours)
    assert ours == OURS(**values, note="something else")  # note has compare=False
    assert hash(ours) == hash(OURS(**values, note="y"))
    assert hash(ours) == hash(OURS(**values, extra={"k": "v"}))  # extra has hash=False
    assert ours != OURS(**values, extra={"k": "v"})  # ... but is compared
    assert ours != OURS(**{**values, "port": 26})
    assert ours != theirs  # another class is never equal, as in dataclass
    assert (ours == theirs) is (theirs == ours) is False
    assert dataclasses.asdict(ours) == dataclasses.asdict(theirs)


@pytest.mark.parametrize("cls", [OURS, THEIRS], ids=["frozen", "dataclass"])
def test_frozen_replace_copy_and_pickle(cls: type) -> None:
    a = cls(name="pop.example.com", port=995)
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.port = 110
    with pytest.raises(dataclasses.FrozenInstanceError):
        del a.port
    b = dataclasses.replace(a, port=110)
    assert (a.port, b.port, b.name) == (995, 110, "pop.example.com")
    assert copy.copy(a) == a
    assert copy.deepcopy(a) == a
    again = pickle.loads(pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == a and type(again) is cls


@pytest.mark.parametrize("cls", [OURS, THEIRS], ids=["frozen", "dataclass"])
def test_wrong_arguments_are_type_errors(cls: type) -> None:
    with pytest.raises(TypeError, match="missing 1 required keyword-only argument: 'name'"):
        cls()
    with pytest.raises(TypeError, match="unexpected keyword argument 'host'"):
        cls(name="a", host="b")
    with pytest.raises(TypeError, match="positional argument"):
        cls("a")  # keyword-only


def test_positional_records_and_post_init() -> None:
    seen: list[str] = []

    @frozen(kw_only=False)
    class Pair:
        left: str
        right: str = "r"

        def __post_init__(self) -> None:
            seen.append(self.left)
            if not self.left:
                raise ValueError("left is empty")

    assert Pair("a") == Pair(left="a", right="r")
    assert Pair("a", "b").right == "b"
    assert Pair.__match_args__ == ("left", "right")
    assert seen == ["a", "a", "a"]
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'left'"):
        Pair()  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="left is empty"):
        Pair("")
    with pytest.raises(TypeError, match="multiple values for argument 'left'"):
        Pair("a", left="b")  # type: ignore[misc]
    with pytest.raises(TypeError, match="takes 3 positional arguments but 4 were given"):
        Pair("a", "b", "c")  # type: ignore[call-arg]
    match Pair("x", "y"):
        case Pair(left, right):
            assert (left, right) == ("x", "y")


def test_repr_false_and_own_methods_are_kept() -> None:
    @frozen(repr=False)
    class Token:
        value: str

        def __repr__(self) -> str:
            return "Token(****)"

    @frozen(repr=False)
    class Bare:
        value: str

    assert repr(Token(value="abc")) == "Token(****)"
    assert "abc" not in repr(Bare(value="abc"))  # object's repr: no generated one
    assert Token(value="a") == Token(value="a") and hash(Token(value="a")) == hash(Token(value="a"))


def test_fields_left_out_of_init_get_their_defaults() -> None:
    @frozen
    class Counted:
        name: str
        seen: list[str] = field(init=False, default_factory=list)
        kind: str = field(init=False, default="plain")

    one, two = Counted(name="a"), Counted(name="a")
    assert (one.seen, one.kind) == ([], "plain")
    assert one.seen is not two.seen
    with pytest.raises(TypeError, match="unexpected keyword argument 'kind'"):
        Counted(name="a", kind="other")  # type: ignore[call-arg]
