"""A sentence where no phrase of "the government", state media or official sources stands is not searched by the
three government cue patterns (each cue's phrase is one); one where it stands still gives its cue."""

from readout_viewer.core.attributions import government_cue as gc
from tests.core.linking.gates import Refused


def test_a_sentence_without_the_phrase_is_not_searched(monkeypatch):
    monkeypatch.setattr(gc, "_GOVERNMENT_CUES", [(Refused("a government's phrase"), gc.AFTER)])
    text = "Putin and his government have made perfectly clear that the moves are aimed at Kyiv."
    assert gc.government_cue(text, 0, len(text), ("ru",)) is None


def test_a_sentence_with_the_phrase_gives_its_cue():
    text = "Snow fell. The fleets stay in port, said the government after the leaders spoke."
    cue = gc.government_cue(text, 11, len(text), ("ru",))
    assert cue is not None and text[cue.start:cue.end] == "the government"
