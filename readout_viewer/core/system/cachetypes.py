"""The analysis cache's types: the JSON types a value of each type the model declares may be written as, and the
fields kept as flat columns."""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import is_dataclass
from itertools import islice
from typing import Any

# The Python types JSON gives a value of each declared scalar type (a float may be written as an int, 1.0 as 1; a
# flag is never a number, nor a number a flag: bool is a type of its own).
SCALAR: dict[Any, frozenset[type]] = {str: frozenset({str}), int: frozenset({int}), bool: frozenset({bool}),
                                       float: frozenset({float, int})}


class _Anything:
    """The types of an untyped field's value (`object`, `Any`): every type."""

    def __contains__(self, _item: object) -> bool:
        return True

    def issuperset(self, _items: object) -> bool:
        return True


ANY = _Anything()
# The types of a flat column's values once read back as their sequences (tuples), and of its lengths (counts).
TUPLES = frozenset({tuple})
_COUNTS = frozenset({int})
# What a field's JSON value may be: some types, or any.
Types = frozenset[type] | _Anything


def outer_types(hint: Any) -> Types:
    """The types a field's JSON value may have: its scalar's, a list for a tuple or a record, a dict for a
    mapping, any for an untyped one (or one its own reader checks), with None where the field is optional."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Union or origin is types.UnionType:
        members = [outer_types(a) for a in args if a is not type(None)]
        if any(m is ANY for m in members):
            return ANY
        types_ = frozenset().union(*typing.cast(list[frozenset[type]], members))
        return types_ | {type(None)} if type(None) in args else types_
    if hint in SCALAR:
        return SCALAR[hint]
    if origin is tuple or (isinstance(hint, type) and is_dataclass(hint)):
        return frozenset({list})
    if origin is not None and issubclass(origin, Mapping):
        return frozenset({dict})
    return ANY


def inner_type(hint: Any) -> Any:
    """The type a field's value is read as once its outer type is checked (None: a scalar, nothing more to read)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Union or origin is types.UnionType:
        kinds = [a for a in args if a is not type(None)]
        return None if len(kinds) == 1 and kinds[0] in SCALAR else hint if len(kinds) > 1 else inner_type(kinds[0])
    return None if hint in SCALAR or hint is object or hint is Any else hint


@functools.cache
def flat_item(hint: Any) -> Any:
    """The item type of a field declared `tuple[X, ...]` with X a record or a scalar, whose column is kept flat
    (None for any other field): read in one pass, not a reader's call for each record's sequence (corpus/'s entry:
    244 omissions' and reports' closest passages and their 1,085 word lists)."""
    if typing.get_origin(hint) is not tuple:
        return None
    args = typing.get_args(hint)
    if len(args) == 2 and args[1] is Ellipsis and (args[0] in SCALAR or (isinstance(args[0], type)
                                                                        and is_dataclass(args[0]))):
        return args[0]
    return None


def unflatten(read: Callable[[Any], Any], packed: Any) -> list[tuple[Any, ...]]:
    """A flat column (cachecodec's `_pack_column`: the sequences' lengths, then their items) read back as its
    sequences, the items by `read`; the lengths checked to be counts that share out exactly the items read."""
    if type(packed) is not list or len(packed) != 2 or type(packed[0]) is not list \
            or not _COUNTS.issuperset(map(type, packed[0])):
        raise ValueError("not a flat column")
    counts, items = packed[0], read(packed[1])
    if sum(counts) != len(items) or min(counts, default=0) < 0:
        raise ValueError("a flat column's lengths do not share out its items")
    rest = iter(items)
    return [tuple(islice(rest, n)) for n in counts]
