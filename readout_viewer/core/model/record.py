"""The methods every record shares (repr, equality, hash, staying frozen), written once instead of generated."""

from __future__ import annotations

import reprlib
from dataclasses import FrozenInstanceError, fields
from operator import attrgetter
from typing import Any

# How a record's own __init__ sets its fields: past the record's __setattr__, which refuses every assignment.
set_field = object.__setattr__


class _Fresh:
    """The default of a field made fresh for each record (`field(default_factory=...)`), as dataclass shows it."""

    def __repr__(self) -> str:
        return "<factory>"


# A field's default that its record's __init__ replaces with a new value of the field's factory.
FRESH: Any = _Fresh()

# Each record class's getter of its field values, made at its first comparison or hash.
_GETTERS: dict[type, Any] = {}


def _values_of(cls: type) -> Any:
    """A getter of a record class's field values, as one tuple in the fields' order."""
    getter = _GETTERS.get(cls)
    if getter is None:
        names = tuple(f.name for f in fields(cls))
        one = attrgetter(*names)
        # attrgetter of one name gives the value itself, not a tuple of it
        getter = _GETTERS[cls] = one if len(names) > 1 else (lambda record: (one(record),))
    return getter


class Record:
    """A base for the model's frozen records, declared `@dataclass(init=False, repr=False, eq=False)` with an
    `__init__` of their own: `dataclass` compiles each method it generates from source, once per class (about
    0.8 M instructions each, a warm start's import of the model), while these give what its `repr`, `eq`, `frozen`
    and `frozen` hash give, for every record class: the class's qualified name and its fields in order; equal when
    of the same class with equal fields; the hash of the fields' tuple; no field assigned or deleted once made.
    (A record that other modules subclass as a frozen dataclass stays `frozen=True`: dataclass refuses a frozen
    subclass of a class it did not make frozen.)"""

    __slots__ = ()

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        args = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self))  # type: ignore[arg-type]
        return f"{type(self).__qualname__}({args})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        values = _values_of(type(self))
        return bool(values(self) == values(other))

    def __hash__(self) -> int:
        return hash(_values_of(type(self))(self))
