"""The government cue's word gate (government_cue.SPEAKER_WORDS): a sentence holding none of its words, made caseless,
is never one "the government", state media or official sources stands in, so the search it spares finds nothing."""

from readout_viewer.core.attributions import government_cue as gc
from readout_viewer.core.language.text import holds_any
from tests.core.linking.gates import Refused, same_answers

# Pieces of sentences: each voice in several cases and spacings, a long s and a dotted capital I that a
# case-insensitive search takes for ASCII letters, and near misses ("governs", "statement", "officially").
PIECES = ("the government", "The Government", "a GOVERNMENT statement", "state media", "ſtate media",
          "STATE-RUN  news agency", "state\nbroadcaster", "official sources", "Offİcİal sources", "governs",
          "statement", "officially", "sources", "media", " ", ", ", "said ", "according to ", "Kyiv ")


def test_the_gate_gives_the_search_s_answer():
    same_answers(lambda t: holds_any(t, gc.SPEAKER_WORDS) and gc._SPEAKERS_ALONE.search(t) is not None,
                 gc._SPEAKERS_ALONE, PIECES, seed=34, longest=5, least_found=1500)


def test_each_word_of_the_gate_is_needed():
    for text, word in (("said the government", "government"), ("state television reported", "state"),
                       ("according to official sources", "official")):
        assert gc._SPEAKERS_ALONE.search(text) is not None
        assert not holds_any(text, tuple(w for w in gc.SPEAKER_WORDS if w != word))


def test_a_sentence_without_the_words_is_not_searched(monkeypatch):
    monkeypatch.setattr(gc, "_SPEAKERS_ALONE", Refused("a government's voice"))
    text = "Putin and his team have made perfectly clear that the moves are aimed at Kyiv."
    assert gc.government_cue(text, 0, len(text), ("ru",)) is None
