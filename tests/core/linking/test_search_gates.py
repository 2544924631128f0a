"""A claim is searched by a costly pattern only when it holds one of the words every match holds (a briefing's, the
word "first", a word of discussing): one without is not searched, and every claim gives the answer the search gave."""

import pytest

from readout_viewer.core.language import synonyms
from readout_viewer.core.linking import mentions
from tests.core.linking.gates import Refused, same_answers

BRIEFING_PIECES = ["inform", "informed", "INFORMS", "brief", "briefed", "Briefs", "apprise", "apprised", "updated",
                   "update", "updates", "provided", "gave", "give", "given", "giving", " an ", " ", "Sol",
                   "on the talks", "x", "s", "ed", "\u017f", "\u0130", "\u212a", "\u00e9", "-", "'", "information",
                   "briefing"]
FIRST_PIECES = ["first", "First", "FIRST", "the first", " call", " conversation", " talks", " contact", " time",
                " phone", " direct", " since", " in", " almost", " two", " years", " months", " December 2022", " ",
                "  ", "-", "x", "\u00e9", ".", ";", "firs", "t", "first call since", "first time in almost two years"]
DISCUSSED_PIECES = ["discuss", "discussed", "discussion", "talk", "talked about", "talks", "touched upon", "touch on",
                    "focused on", "focus", "mentions", "mentioned", " ", "  ", "\t", "about", "on", "upon", "x", "s",
                    "ed", "the", "\u00e9", "-", "'"]

# (module, the gated pattern's name, the gated search, what the refused pattern was searched without, a text without
# it, the pieces random texts are made of, the seed, the most pieces a text takes, how many must match at least)
GATES = [
    (synonyms, "BRIEFING", "briefs", "a word of briefing", "The two leaders agreed to meet again soon.",
     BRIEFING_PIECES, 43, 8, 500),
    (mentions, "FIRST_SINCE", "first_since", 'the word "first"', "The leaders spoke for the second time since December.",
     FIRST_PIECES, 41, 10, 300),
    (mentions, "DISCUSSED", "discusses", "a word of discussing", "the two leaders agreed to meet again soon.",
     DISCUSSED_PIECES, 37, 8, 500),
]
IDS = [g[1] for g in GATES]


@pytest.mark.parametrize("module, name, gated, what, without, pieces, seed, longest, least", GATES, ids=IDS)
def test_a_claim_without_the_words_is_not_searched(monkeypatch, module, name, gated, what, without, pieces, seed,
                                                    longest, least):
    monkeypatch.setattr(module, name, Refused(what))
    assert not getattr(module, gated)(without)


@pytest.mark.parametrize("module, name, gated, what, without, pieces, seed, longest, least", GATES, ids=IDS)
def test_the_same_answers_as_a_search_of_every_claim(module, name, gated, what, without, pieces, seed, longest, least):
    same_answers(getattr(module, gated), getattr(module, name), pieces, seed, longest, least)
