"""The records' shared repr, equality and hash (core/model/record.py) give what dataclass's generated ones gave."""

import dataclasses
import inspect
import pickle

import pytest

from readout_viewer.core import model
from readout_viewer.core.model import Analysis, Claim, Document, Link, Near, Problem, Progress, Span

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


# The records that modules outside the model subclass as frozen dataclasses (dataclass refuses a frozen subclass
# of a base it did not make frozen), so they keep dataclass's frozen __setattr__ and __delattr__.
SUBCLASSED = {"Analysis", "Progress"}


def test_every_record_is_made_by_its_own_written_init_not_one_compiled_at_import():
    from readout_viewer.core.model.record import Record

    for cls in RECORDS:
        code = cls.__init__.__code__
        assert code.co_filename == inspect.getsourcefile(cls), cls  # dataclass's generated one: "<string>"
        if cls.__name__ not in SUBCLASSED:
            assert cls.__setattr__ is Record.__setattr__, cls
            assert cls.__delattr__ is Record.__delattr__, cls


def test_each_written_init_takes_the_fields_in_order_with_their_defaults():
    from readout_viewer.core.model.record import FRESH

    for cls in RECORDS:
        params = list(inspect.signature(cls.__init__).parameters.values())[1:]
        fields = dataclasses.fields(cls)
        assert [p.name for p in params] == [f.name for f in fields], cls
        for p, f in zip(params, fields):
            if f.default_factory is not dataclasses.MISSING:
                assert p.default is FRESH, (cls, f.name)
            else:
                want = inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
                assert p.default == want, (cls, f.name)
            assert p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD


def test_a_field_with_a_factory_gets_a_new_value_for_each_record_unless_given():
    one, two = Document("a", "a.md", "A", "x"), Document("b", "b.md", "B", "y")
    assert one.extra == {} and one.inferred == {} and one.extra is not two.extra
    given = {"k": "v"}
    assert Document("a", "a.md", "A", "x", extra=given).extra is given
    assert Analysis("r").engine == {} and Analysis("r").engine is not Analysis("r").engine


def test_the_same_fields_by_position_or_by_name_make_equal_records_that_refuse_change():
    made = Link("a", "b", "agree", 0.5, None, "auto", "d", True)
    assert made == Link(a="a", b="b", relation="agree", score=0.5, detail="d", confirmed=True)
    assert list(vars(made)) == [f.name for f in dataclasses.fields(Link)]
    for record in (made, Span("a", 1, 2), Analysis("r"), Progress(0.5, "m")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            record.score = 0.1  # type: ignore[misc, union-attr]
        name = dataclasses.fields(record)[0].name
        with pytest.raises(dataclasses.FrozenInstanceError):
            delattr(record, name)
    with pytest.raises(TypeError):
        Span("a", 1)  # type: ignore[call-arg]


def test_the_fields_types_are_types_not_texts_to_evaluate_when_an_entry_is_read():
    for cls in RECORDS:
        for f in dataclasses.fields(cls):
            assert not isinstance(f.type, str), (cls, f.name)
    assert dataclasses.fields(model.Quote)[4].type == (Span | None)
