"""The records' shared repr, equality and hash (core/model/record.py) give what dataclass's generated ones gave."""

import dataclasses
import pickle

import pytest

from readout_viewer.core import model
from readout_viewer.core.model import Claim, Link, Near, Problem, Span

RECORDS = [getattr(model, name) for name in model.__all__ if isinstance(getattr(model, name), type)]


def test_every_record_shares_the_written_methods_instead_of_generated_ones():
    from readout_viewer.core.model.record import Record

    for cls in RECORDS:
        assert cls.__repr__ is Record.__repr__, cls
        assert cls.__eq__ is Record.__eq__, cls
        assert cls.__hash__ is Record.__hash__, cls


def test_repr_names_the_class_and_its_fields_in_order():
    assert repr(Span("a", 1, 2)) == "Span(doc='a', start=1, end=2)"
    assert repr(Near("d", "d#1", 0.5, ("x",))) == "Near(doc='d', claim='d#1', score=0.5, words=('x',))"


def test_equal_when_of_the_same_class_with_equal_fields():
    assert Span("a", 1, 2) == Span("a", 1, 2)
    assert Span("a", 1, 2) != Span("a", 1, 3)
    assert Problem("p", "m") != ("p", "m")
    assert Claim("a#1", "a", 0, 1, "x") != Claim("a#1", "a", 0, 1, "x", kind="question")


def test_hash_is_the_hash_of_the_fields_tuple():
    link = Link("a", "b", "agree", 0.9)
    assert hash(link) == hash(tuple(getattr(link, f.name) for f in dataclasses.fields(link)))
    assert len({Span("a", 1, 2), Span("a", 1, 2)}) == 1


def test_records_stay_frozen_and_pickle_back_equal():
    span = Span("a", 1, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 3  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(span)) == span
    assert dataclasses.replace(span, end=5) == Span("a", 1, 5)
