"""The cache's record codec: a record read back from its JSON list as its `__init__` makes it, every field checked
against the type the model declares."""

import dataclasses
import json

import pytest

from readout_viewer.core.model import Analysis, Claim, Document, Link, Near, Omission, Quote, Span
from readout_viewer.core.system import cachecodec
from tests.builders import PostInitChecked

LINK = ["x#1", "y#2", "diverge", 0.5, "negation", "auto", None, False]


@pytest.mark.parametrize("kind, data", [
    (Link, LINK),
    (Span, ["e/a", 0, 4]),
    (Claim, ["e/a#1", "e/a", 0, 4, "One.", "statement"]),
    (Omission, ["e/a#1", ["e/b"], [["e/b"], ["e/b#2"], [0.25], [[1], ["talks"]]]]),
])
def test_the_model_s_records_are_made_without_calling_their_init(kind, data, monkeypatch):
    """A plain record's fields go into its `__dict__` at once (the model's shared base declares `__slots__ = ()`
    and made every record look slotted, so each went through its generated `__init__`)."""
    made = cachecodec.unpack(kind, data)

    def refuse(self, *args, **kwargs):
        raise AssertionError("__init__ called")
    monkeypatch.setattr(kind, "__init__", refuse)
    again = cachecodec.unpack(kind, data)
    assert again == made and vars(again) == vars(made)
    with pytest.raises(dataclasses.FrozenInstanceError):
        again.doc = "other"  # type: ignore[misc]


@pytest.mark.parametrize("kind, data", [
    (Link, LINK[:3] + [True] + LINK[4:]),  # a flag where a number is declared
    (Link, LINK[:7] + [1]),  # a number where a flag is declared
    (Link, LINK[:7]),  # a field short
    (Link, LINK + [None]),  # a field more
    (Span, ["e/a", 1.0, 4]),  # a float where an int is declared
    (Span, ["e/a", None, 4]),  # None where the field is not optional
    (Claim, ["e/a#1", "e/a", 0, 4, 5, "statement"]),  # a number where an optional text is declared
    (Near, ["e/b", "e/b#2", 0.25, ["talks", 1]]),  # a number among the words
    (Near, ["e/b", "e/b#2", 0.25, "talks"]),  # a text where a tuple is declared
    (Omission, ["e/a#1", ["e/b"], [["e/b"], ["e/b#2"], ["high"], [[0], []]]]),  # a nested record's field
    (Omission, ["e/a#1", ["e/b"], [["e/b", "e/b#2", 0.25, ["talks"]]]]),  # a record as a row, not columns
    (Omission, ["e/a#1", ["e/b"], [["e/b", "e/c"], ["e/b#2"], [0.25], [[1], ["talks"]]]]),  # columns of two lengths
    (Omission, ["e/a#1", ["e/b"], [["e/b"], ["e/b#2"], [0.25]]]),  # a column short
    (Omission, ["e/a#1", ["e/b"], [["e/b"], "e/b#2", [0.25], [[1], ["talks"]]]]),  # a column that is not a list
    (Quote, ["e/a", 0, 3, "exact", "e/b", None, None]),  # a text where a record is declared
    (Quote, ["e/a", 0, 3, "altered", None, [[0, "On", "x"]], None]),  # a pair of three
])
def test_a_value_of_another_type_than_declared_is_refused(kind, data):
    with pytest.raises(ValueError):
        cachecodec.unpack(kind, data)


def test_values_are_read_as_declared():
    link = cachecodec.unpack(Link, LINK[:3] + [1] + LINK[4:])  # JSON writes 1.0 as 1
    assert link.score == 1 and link.reason == "negation" and link.confirmed is False
    quote = cachecodec.unpack(Quote, ["e/a", 0, 3, "altered", ["e/b", 1, 2], [[0, "On"], [-1, "e"]], "a note"])
    assert quote.source == Span("e/b", 1, 2) and quote.diff == ((0, "On"), (-1, "e")) and quote.detail == "a note"
    near = cachecodec.unpack(Near, ["e/b", "e/b#2", 0.25, ["talks", "war"]])
    assert near.words == ("talks", "war")


@dataclasses.dataclass(frozen=True, slots=True)
class _Slotted:
    n: int
    words: tuple[str, ...] = ()


def test_a_record_with_slots_or_a_post_init_is_made_through_its_init():
    assert cachecodec.unpack(_Slotted, [3, ["a"]]) == _Slotted(3, ("a",))

    assert cachecodec.unpack(PostInitChecked, [3]) == PostInitChecked(3)
    with pytest.raises(ValueError):
        cachecodec.unpack(PostInitChecked, [-1])


def test_a_claim_read_without_its_text_is_made_as_its_init_makes_it():
    """The text cut from its document goes into the record just read: the same fields, in the same order, as
    the claim the engine made (the record is no longer copied to add it)."""
    doc = Document("e/a", "e/a.md", "A", "One. Two.")
    written = Analysis("r", (doc,), (Claim("e/a#1", "e/a", 5, 9, "Two."),))
    back = cachecodec.unpack(Analysis, json.loads(json.dumps(cachecodec.pack(written))))
    assert list(vars(back.claims[0]).items()) == list(vars(written.claims[0]).items())
    assert back == written and hash(back.claims[0]) == hash(written.claims[0])
    with pytest.raises(ValueError):  # still checked to lie inside its document
        cachecodec.unpack(Analysis, cachecodec.pack(Analysis("r", (doc,), (Claim("e/a#1", "e/a", 5, 99, "x"),))))


def test_a_sequence_of_records_is_kept_as_its_fields_columns_and_read_back_as_written():
    nearest = (Near("e/b", "e/b#2", 0.25, ("talks",)), Near("e/c", "e/c#1", 1, ()))
    packed = cachecodec.pack(Omission("e/a#1", ("e/b", "e/c"), nearest))
    assert packed == ["e/a#1", ["e/b", "e/c"], [["e/b", "e/c"], ["e/b#2", "e/c#1"], [0.25, 1], [[1, 0], ["talks"]]]]
    back = cachecodec.unpack(Omission, json.loads(json.dumps(packed)))
    assert back.nearest == nearest and type(back.nearest[1].words) is tuple
    assert cachecodec.unpack(Omission, cachecodec.pack(Omission("e/a#1", ("e/b",)))).nearest == ()


OMISSIONS = (Omission("e/a#1", ("e/b", "e/c"), (Near("e/b", "e/b#2", 0.25, ("talks", "war")),
                                                Near("e/c", "e/c#1", 1, ()))),
             Omission("e/a#2", ()),
             Omission("e/a#3", ("e/b",), (Near("e/b", "e/b#4", 0.5, ("gas",)),)))


def test_a_column_of_sequences_is_kept_flat_and_read_back_as_written():
    """In a sequence of records, a field that holds a sequence of records or of scalars is kept as the sequences'
    lengths and their items in one sequence (the records' own such fields flat in turn), and read back equal: the
    same records, fields, order and tuples as the eager read of each record gives."""
    packed = cachecodec.pack(OMISSIONS)
    assert packed[1] == [[2, 0, 1], ["e/b", "e/c", "e/b"]]  # missing_from: lengths, then the items
    assert packed[2][0] == [2, 0, 1]  # nearest: lengths, then the passages' columns ...
    assert packed[2][1][3] == [[2, 0, 1], ["talks", "war", "gas"]]  # ... their words flat in turn
    back = cachecodec.unpack(tuple[Omission, ...], json.loads(json.dumps(packed)))
    assert back == OMISSIONS and [vars(o) for o in back] == [vars(o) for o in OMISSIONS]
    assert [cachecodec.unpack(Omission, cachecodec.pack(o)) for o in OMISSIONS] == list(back)
    assert all(type(o.missing_from) is tuple and type(o.nearest) is tuple for o in back)
    assert type(back[0].nearest[1].words) is tuple and back[1].nearest == ()


@pytest.mark.parametrize("damage", [
    lambda p: p[1][0].__setitem__(0, 3),  # lengths that ask for more items than there are
    lambda p: p[1][0].__setitem__(2, 0),  # lengths that leave an item over
    lambda p: p[1][0].__setitem__(slice(0, 2), [3, -1]),  # a negative length (the sum still right)
    lambda p: p[1][0].__setitem__(1, False),  # a flag as a length
    lambda p: p[1][0].__setitem__(1, 0.0),  # a float as a length
    lambda p: p[1][0].pop(),  # a length short: columns of two lengths
    lambda p: p[1].pop(),  # not lengths and items
    lambda p: p[1][1].__setitem__(0, 7),  # an item of another type than declared
    lambda p: p.__setitem__(1, [["e/b", "e/c"], [], ["e/b"]]),  # the sequences as they are (not kept flat)
    lambda p: p[2][1][3].__setitem__(0, [2, 1, 1]),  # a nested record's flat column's lengths
])
def test_a_flat_column_that_does_not_share_out_its_items_is_refused(damage):
    packed = json.loads(json.dumps(cachecodec.pack(OMISSIONS)))
    damage(packed)
    with pytest.raises(ValueError):
        cachecodec.unpack(tuple[Omission, ...], packed)
