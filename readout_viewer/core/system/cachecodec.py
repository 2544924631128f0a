"""The analysis cache's record codec: an Analysis as JSON-ready lists of fields, read back by the types the model
declares (and its shape checked on the way)."""

from __future__ import annotations

import functools
import sys
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import fields, is_dataclass, replace
from itertools import chain
from operator import contains
from typing import Any

from readout_viewer.core.model import Analysis, Claim
from readout_viewer.core.system.cachetypes import (
    SCALAR,
    TUPLES,
    Types,
    flat_item,
    inner_type,
    outer_types,
    unflatten,
)

# The layout of an entry (this codec's records); entries of another layout are ignored (and replaced as they are
# met), and the layout is part of the cache key.
FORMAT = 3  # 2: a sequence of records kept as its fields' columns; 3: and a column of sequences kept flat


def pack(value: Any) -> Any:
    """A record as JSON-ready data: a dataclass is the list of its fields (in an Analysis, a claim's text is left
    out when it is its document's text between its offsets, as the engine makes it)."""
    if isinstance(value, Analysis):
        text = {d.id: d.text for d in value.documents}
        claims = [replace(c, text=None) if text.get(c.doc, "")[c.start:c.end] == c.text else c  # type: ignore[arg-type]
                  for c in value.claims]
        return _pack(replace(value, claims=tuple(claims)))
    return _pack(value)


def _pack(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return [_pack(getattr(value, f.name)) for f in fields(value)]
    if isinstance(value, tuple) and value and _one_record_type(value):
        return _pack_columns(value)
    if isinstance(value, (list, tuple)):
        return [_pack(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _pack(v) for k, v in value.items()}
    return value


def _pack_columns(values: tuple[Any, ...]) -> list[Any]:
    """A sequence of records of one type as its fields' columns, one `_pack_column` a field."""
    kind: type = type(values[0])
    return [_pack_column([getattr(v, name) for v in values], hint) for name, hint in _hints(kind)]


def _pack_column(column: list[Any], hint: Any) -> Any:
    """One field's column: a column of sequences of records or scalars (cachetypes.flat_item) as the sequences'
    lengths and their items in one sequence, any other as its values."""
    if flat_item(hint) is None:
        return [_pack(v) for v in column]
    return [[len(v) for v in column], _pack(tuple(chain.from_iterable(column)))]


def _one_record_type(values: tuple[Any, ...]) -> bool:
    """Whether every value is a record of the first one's type: such a sequence is kept as its fields' columns."""
    kind = type(values[0])
    return is_dataclass(kind) and all(type(v) is kind for v in values)


@functools.cache
def _hints(cls: type) -> tuple[tuple[str, Any], ...]:
    hints: dict[str, Any] = {f.name: _hint(typing.cast(Any, f.type), cls.__module__) for f in fields(cls)}
    if cls is Claim:
        hints["text"] = str | None  # left out when its document holds it (see pack)
    return tuple((f.name, hints[f.name]) for f in fields(cls))


@functools.cache
def _hint(annotation: Any, module: str) -> Any:
    """A field's type from its annotation, as typing.get_type_hints gives it: the model's records hold their types
    (their modules do not postpone annotations); a record whose module does (a text) has each text evaluated once
    in its module (get_type_hints compiled every one, 6 ms of a warm start's first paint)."""
    return eval(annotation, vars(sys.modules[module])) if isinstance(annotation, str) else annotation  # noqa: S307


def unpack(kind: Any, data: Any) -> Any:
    """`data` read back as a value of type `kind`; ValueError when it does not have that shape."""
    return _reader(kind)(data)


@functools.cache
def _reader(kind: Any) -> Callable[[Any], Any]:
    """The function that reads data back as a value of type `kind` (and checks its shape): worked out once per
    type from its hints, so that reading an entry of 500 articles (235,000 values) does not ask the typing
    module about every value again (that took 0.5 s of a cached folder's 2 s start)."""
    if isinstance(kind, type) and is_dataclass(kind):
        return _record_reader(kind)
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is typing.Union or origin is types.UnionType:
        return _union_reader(args)
    if origin is tuple:
        return _tuple_reader(args)
    if origin is not None and issubclass(origin, Mapping):
        return _mapping_reader(args)
    if kind in (str, int, bool):
        def exact(data: Any) -> Any:
            if type(data) is kind:
                return data
            raise ValueError(f"not a {kind.__name__}")
        return exact
    return functools.partial(_scalar, kind)


def _union_reader(args: tuple[Any, ...]) -> Callable[[Any], Any]:
    """The reader of `X | None` (or of a union read as its first non-None member)."""
    optional = type(None) in args
    inner = _reader(next(a for a in args if a is not type(None)))

    def union(data: Any) -> Any:
        return None if data is None and optional else inner(data)
    return union


def _tuple_reader(args: tuple[Any, ...]) -> Callable[[Any], Any]:
    """The reader of `tuple[X, ...]` (a list of any length) or of `tuple[X, Y]` (a list of exactly those)."""
    if len(args) == 2 and args[1] is Ellipsis and args[0] in SCALAR:
        allowed = SCALAR[args[0]]

        def scalars(data: Any) -> Any:
            if type(data) is not list or not allowed.issuperset(map(type, data)):
                raise ValueError("not a sequence of " + args[0].__name__)
            return tuple(data)
        return scalars
    if len(args) == 2 and args[1] is Ellipsis and isinstance(args[0], type) and is_dataclass(args[0]):
        return _columns_reader(args[0])
    if len(args) == 2 and args[1] is Ellipsis:
        item = _reader(args[0])

        def sequence(data: Any) -> Any:
            if not isinstance(data, list):
                raise ValueError("not a sequence")
            return tuple(map(item, data))
        return sequence
    items = tuple(_reader(a) for a in args)

    def fixed(data: Any) -> Any:
        if not isinstance(data, list):
            raise ValueError("not a sequence")
        if len(items) != len(data):
            raise ValueError("not a pair")
        return tuple(read(v) for read, v in zip(items, data))
    return fixed


def _mapping_reader(args: tuple[Any, ...]) -> Callable[[Any], Any]:
    """The reader of a mapping: its values read by their type's reader (untyped: copied as they are)."""
    value = _reader(args[1]) if args else None

    def mapping(data: Any) -> Any:
        if not isinstance(data, dict):
            raise ValueError("not a mapping")
        return {k: value(v) for k, v in data.items()} if value is not None else dict(data)
    return mapping


def _record_reader(kind: type) -> Callable[[Any], Any]:
    """The reader of a dataclass: the list of its fields. Each field's JSON type is checked in one pass run by the
    interpreter's own loops (`map` over the values' types), then the fields that hold more than a text, a number
    or a flag are read by their own type's reader: a Python call for every value, as before, took half as many
    instructions again (corpus/'s entry: 2,104 records, 15,000 values, 53 M → 37 M)."""
    names, allowed, inner = _plan(kind)
    plain, make, new = _plain(kind), _maker(kind, names), object.__new__
    worked_out: list[tuple[tuple[int, Callable[[Any], Any]], ...]] = []

    def record(data: Any) -> Any:
        if type(data) is not list or len(data) != len(names) or not all(map(contains, allowed, map(type, data))):
            raise ValueError(f"not a {kind.__name__}")
        if inner:
            data = data.copy()
            for i, read in _worked_out(worked_out, inner):
                if data[i] is not None:
                    data[i] = read(data[i])
        if not plain:
            return make(data)
        made: Any = new(kind)  # as _maker makes it, without a call more
        made.__dict__.update(zip(names, data))
        return made
    return record


def _plan(kind: type) -> tuple[tuple[str, ...], tuple[Types, ...], tuple[tuple[int, Any], ...]]:
    """A record's field names, the JSON types each may have, and the fields read further by their own type."""
    hints = _hints(kind)
    inner = tuple((i, inner_type(hint)) for i, (_, hint) in enumerate(hints) if inner_type(hint) is not None)
    return tuple(name for name, _ in hints), tuple(outer_types(hint) for _, hint in hints), inner


def _worked_out(readers: list[tuple[tuple[int, Callable[[Any], Any]], ...]],
                inner: tuple[tuple[int, Any], ...]) -> tuple[tuple[int, Callable[[Any], Any]], ...]:
    """The inner fields' readers, worked out at the first read (a record may hold its own type) and kept."""
    if not readers:
        readers.append(tuple((i, _reader(hint)) for i, hint in inner))
    return readers[0]


def _columns_reader(kind: type) -> Callable[[Any], Any]:
    """The reader of a sequence of records kept as its fields' columns (pack): each column's JSON types checked
    in one pass, the columns of records or tuples read by their type's reader, then the records made in one loop
    (a call of the record reader for each record, as in format 1: corpus/'s entry, 2,079 records in sequences,
    read in 58.8 M instructions then, 53.0 M so). A flat column (`_pack_column`) is read whole, then shared out."""
    names, allowed, inner = _plan(kind)
    flat = tuple((i, hint) for i, (_, hint) in enumerate(_hints(kind)) if flat_item(hint) is not None)
    allowed = tuple(TUPLES if flat_item(hint) is not None else a for (_, hint), a in zip(_hints(kind), allowed))
    inner = tuple((i, hint) for i, hint in inner if flat_item(hint) is None)
    plain, make, new = _plain(kind), _maker(kind, names), object.__new__
    worked_out: list[tuple[tuple[int, Callable[[Any], Any]], ...]] = []
    flat_readers: list[tuple[tuple[int, Callable[[Any], Any]], ...]] = []

    def columns(data: Any) -> Any:
        if type(data) is not list or (data and len(data) != len(names)):
            raise ValueError(f"not columns of {kind.__name__}")
        if not data:
            return ()
        if flat:
            data = data.copy()
            for i, read in _worked_out(flat_readers, flat):
                data[i] = unflatten(read, data[i])
        rows = len(data[0])
        if not all(type(col) is list and len(col) == rows and types_.issuperset(map(type, col))
                   for col, types_ in zip(data, allowed)):
            raise ValueError(f"not columns of {kind.__name__}")
        if inner:
            data = data.copy()
            for i, read in _worked_out(worked_out, inner):
                data[i] = [None if v is None else read(v) for v in data[i]]
        if not plain:
            return tuple(map(make, map(list, zip(*data))))
        made = []
        for row in zip(*data):
            record: Any = new(kind)
            record.__dict__.update(zip(names, row))
            made.append(record)
        return tuple(made)
    return columns


def _maker(kind: type, names: tuple[str, ...]) -> Callable[[list[Any]], Any]:
    """How a record is made from its fields' values, in order. A plain dataclass (`_plain`: every field set by its
    `__init__`, nothing after it, no slots) gets them in its `__dict__` at once, as that `__init__` would set them
    one by one (a frozen one through `object.__setattr__`): 1.1 µs a record instead of 4.1 µs by keywords, the
    2,080 records of corpus/'s entry on a warm start's path to its first paint."""
    if kind is Analysis:
        return lambda values: _analysis(dict(zip(names, values)))
    if not _plain(kind):
        return lambda values: kind(*values)
    new = object.__new__

    def make(values: list[Any]) -> Any:
        record: Any = new(kind)
        record.__dict__.update(zip(names, values))
        return record
    return make


def _plain(kind: type) -> bool:
    """Whether a record may be made by filling its `__dict__` (see _maker): not the Analysis, no `__post_init__`,
    every field set by `__init__`, every field in the `__dict__`. The model's records share a base that declares
    `__slots__ = ()` and keep a `__dict__`: only a class of the ancestry that names slots, or no `__dict__`, keeps
    fields elsewhere (the check was `hasattr(kind, "__slots__")`, which that base made true of every record)."""
    return (kind is not Analysis and not hasattr(kind, "__post_init__") and all(f.init for f in fields(kind))
            and bool(kind.__dictoffset__) and not any(getattr(base, "__slots__", ()) for base in kind.__mro__))


def _scalar(kind: Any, data: Any) -> Any:
    if kind is object or kind is Any:
        return data
    if kind is float and isinstance(data, (int, float)) and not isinstance(data, bool):
        return data
    if kind in (str, int, bool) and type(data) is kind:
        return data
    raise ValueError(f"not a {getattr(kind, '__name__', kind)}")


def _analysis(values: dict[str, Any]) -> Analysis:
    """The Analysis, each claim's text cut from its document (and the claims checked to lie inside it). A claim
    read with its text left out was made by `_maker` a moment ago and is held nowhere else: its text goes into its
    own `__dict__` (a copy of each claim, as before, was 3.1 M of the 61.9 M instructions reading corpus/'s entry)."""
    text = {d.id: d.text for d in values["documents"]}
    for c in values["claims"]:
        whole = text.get(c.doc)
        if whole is None or not 0 <= c.start <= c.end <= len(whole):
            raise ValueError("a claim outside its document")
        if c.text is None:
            vars(c)["text"] = whole[c.start:c.end]
    return Analysis(**values)
