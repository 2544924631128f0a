"""A compound sentence that already has as many counterparts in a text as one may have there is not read for further
ones (`counterparts.other_parts`): nothing in it is split or scored."""

from types import SimpleNamespace

from readout_viewer.core.linking import counterparts


def _refused(*_args, **_kwargs):
    raise AssertionError("read a sentence with no room for a further counterpart")


def test_no_room_left_reads_nothing(monkeypatch):
    monkeypatch.setattr(counterparts, "parts", _refused)
    monkeypatch.setattr(counterparts, "ranked", _refused)
    claim = SimpleNamespace(id="o1", text="Berg congratulated Sol on the national day, and noted that the harbour "
                                          "was open.")
    firsts = [f"r{i}" for i in range(counterparts.MAX_PER_DOC)]
    assert counterparts.other_parts(claim, firsts, {}, {}, None, {}) == []
