"""A claim is searched for a first contact since a date or in a span only when it holds the word "first": one without
is not searched, and every claim gives the answer the search gave."""


from readout_viewer.core.linking import mentions
from tests.core.linking.gates import Refused, same_answers

PIECES = ["first", "First", "FIRST", "the first", " call", " conversation", " talks", " contact", " time", " phone",
          " direct", " since", " in", " almost", " two", " years", " months", " December 2022", " ", "  ", "-",
          "x", "\u00e9", ".", ";", "firs", "t", "first call since", "first time in almost two years"]



def test_a_claim_without_first_is_not_searched(monkeypatch):
    monkeypatch.setattr(mentions, "FIRST_SINCE", Refused('the word "first"'))
    assert not mentions.first_since("The leaders spoke for the second time since December.")


def test_the_same_answers_as_a_search_of_every_claim():
    same_answers(mentions.first_since, mentions.FIRST_SINCE, PIECES, 41, 10, 300)
