"""A claim is searched for a place a leader travelled to only when it holds a word of travelling: one without is not
searched, and every claim gives the places it gave."""

import random

from readout_viewer.core.linking import places_discussed as mentions

PIECES = ["trip", "trips", "visit", "visits", "travelled", "travels", "journey", "Trip", "VISIT", " to ", " ", "to",
          "Poland", "Kyiv", " and ", ", ", "Ukraine", "his recent", "the", "x", "\u00e9", "visit to Poland",
          "trip to Kyiv and Warsaw", "travelled to China", "journey to"]


class _Refused:
    def finditer(self, *_):
        raise AssertionError("searched a claim without a word of travelling")

    sub = finditer


def test_a_claim_without_a_word_of_travelling_is_not_searched(monkeypatch):
    monkeypatch.setattr(mentions, "_VISIT", _Refused())
    assert mentions.visited("The leaders discussed the situation in Ukraine.") == mentions.Trips(frozenset(),
                                                                                                 frozenset())


def test_the_same_places_as_a_search_of_every_claim():
    rng = random.Random(31)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 10)))
        trips = frozenset(mentions.concept(word.lower()) for m in mentions._VISIT.finditer(text)
                          for word in mentions._CAPITALISED.findall(m.group(1)))
        assert mentions.visited(text).named == trips, text
        found += bool(trips)
    assert found > 200
