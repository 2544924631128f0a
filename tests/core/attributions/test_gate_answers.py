"""The cue finder looks for each set of a pattern's words once a sentence (gates.Seen): its patterns share them."""

from collections import Counter

from readout_viewer.core.attributions import gates
from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.attributions.cues import CueFinder
from readout_viewer.core.language.text import fold

SOURCES = [Source("kremlin", ("ru",)), Source("white house", ("us",)), Source("peskov", ("ru",), person=True),
           Source("putin", ("ru",), person=True, leader=True)]
SENTENCES = ["The talks went well, and both sides want more.", "The Kremlin said the talks went well.",
             "Andrew Weiss, an analyst, told reporters that Putin wanted a deal.",
             "According to the readout, the White House stressed its support."]


def test_each_set_of_words_is_looked_for_once_a_sentence(monkeypatch):
    asked: Counter = Counter()
    looked_for = gates.holds

    def counted(text, needles):
        asked[text, needles] += 1
        return looked_for(text, needles)

    monkeypatch.setattr(gates, "holds", counted)
    finder = CueFinder(SOURCES, {"putin"}, {t: fold(t) for t in SENTENCES})
    for text in SENTENCES:
        asked.clear()
        finder.find(text, 0, len(text))
        assert asked and max(asked.values()) == 1, asked.most_common(1)


def test_the_answer_kept_is_the_answer():
    seen = gates.Seen(fold("The Kremlin SAID so, according to the readout."))
    for needles in (gates.VERBS, gates.BY, gates.ACCORDING, gates.DISCUSSED, gates.VERBS, gates.BY):
        assert seen.holds(needles) == gates.holds(seen.text, needles) == any(n in seen.text for n in needles)
