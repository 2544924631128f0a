"""A government's "note" is one of its accounts ("a note from Palazzo Chigi said", "the ministry's note"), and a text
that "explains", "clarifies" or "specifies" in the present tense says what follows, as "explained" does."""

import pytest

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

ROME = reading("rome", "The Prime Minister spoke with the President about the grain corridor and the Vilnius summit.",
               OFFICIAL, "Palazzo Chigi", "IT")
WASHINGTON = reading("wh", "President Biden spoke with Prime Minister Meloni of Italy.", OFFICIAL, "The White House",
                     "US")
SAID = "the talks focused on the grain corridor"


@pytest.mark.parametrize("news", [
    f"A note from Palazzo Chigi said that {SAID}.",
    f"The note from Palazzo Chigi clarifies that {SAID}.",
    f"A statement from Palazzo Chigi explains that {SAID}.",
    f"Palazzo Chigi's note specifies that {SAID}.",
    f"According to a note from Palazzo Chigi, {SAID}.",
])
def test_a_note_and_a_present_tense_verb_cite_the_government(news):
    found = news_attributions([ROME, WASHINGTON], news)
    assert [(a.cited, a.verdict) for a in found] == [("rome", SUPPORTED)]


def test_a_note_of_caution_is_no_citation():
    assert news_attributions([ROME, WASHINGTON], f"Analysts struck a note of caution, saying {SAID}.") == []
