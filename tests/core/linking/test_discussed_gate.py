"""A claim is searched for what was discussed only when it holds one of the pattern's words: one without is not
searched, and every claim gives the answer the search gave."""


from readout_viewer.core.linking import mentions
from tests.core.linking.gates import Refused, same_answers

PIECES = ["discuss", "discussed", "discussion", "talk", "talked about", "talks", "touched upon", "touch on",
          "focused on", "focus", "mentions", "mentioned", " ", "  ", "\t", "about", "on", "upon", "x", "s", "ed",
          "the", "\u00e9", "-", "'"]



def test_a_claim_without_a_word_of_discussing_is_not_searched(monkeypatch):
    monkeypatch.setattr(mentions, "DISCUSSED", Refused('a word of discussing'))
    assert not mentions.discusses("the two leaders agreed to meet again soon.")


def test_the_same_answers_as_a_search_of_every_claim():
    same_answers(mentions.discusses, mentions.DISCUSSED, PIECES, 37, 8, 500)
