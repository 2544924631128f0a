"""A claim is searched for a briefing only when it holds one of the briefing pattern's words, made caseless: one
without is not searched, every claim gives the answer the search gave, and each text's claims are read once however
many texts it is compared with."""

from types import SimpleNamespace

from readout_viewer.core.language import synonyms
from readout_viewer.core.linking import courtesies
from tests.core.linking.gates import Refused, same_answers

PIECES = ["inform", "informed", "INFORMS", "brief", "briefed", "Briefs", "apprise", "apprised", "updated", "update",
          "updates", "provided", "gave", "give", "given", "giving", " an ", " ", "Sol", "on the talks", "x", "s", "ed",
          "\u017f", "\u0130", "\u212a", "\u00e9", "-", "'", "information", "briefing"]



def test_a_claim_without_a_word_of_briefing_is_not_searched(monkeypatch):
    monkeypatch.setattr(synonyms, "BRIEFING", Refused('a word of briefing'))
    assert not synonyms.briefs("The two leaders agreed to meet again soon.")


def test_the_same_answers_as_a_search_of_every_claim():
    same_answers(synonyms.briefs, synonyms.BRIEFING, PIECES, 43, 8, 500)


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
