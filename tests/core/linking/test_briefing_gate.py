"""Each text's claims are asked whether they tell of a briefing once, however many texts it is compared with (the
gate before the briefing pattern itself: test_search_gates.py)."""

from types import SimpleNamespace

from readout_viewer.core.linking import courtesies


def test_each_texts_claims_are_asked_once():
    docs = [SimpleNamespace(id=d) for d in "abc"]
    claims_of = {d.id: [SimpleNamespace(id=d.id + "1"), SimpleNamespace(id=d.id + "2")] for d in docs}
    terms = {c.id: SimpleNamespace(concepts=frozenset({"act", "talks"})) for cs in claims_of.values() for c in cs}
    asked: list[str] = []

    def does(claim):
        asked.append(claim.id)
        return True
    pairs = [(docs[0], docs[1]), (docs[0], docs[2]), (docs[1], docs[2])]
    out = courtesies._acts(pairs, claims_of, terms, does, frozenset({"act"}))
    assert len(out) == 12
    assert sorted(asked) == ["a1", "a2", "b1", "b2", "c1", "c2"]
