"""What the command line and a reason print reads as words: verdicts without the JSON's underscore, kinds by the
viewer's words, whose words an aide relays named inside the sentence (helper qa9's walk of the command line)."""

from collections import Counter

from readout_viewer.core import summary
from readout_viewer.core.attributions.relayed import relayed_by


def test_a_verdict_is_printed_in_words():
    assert summary._each(Counter({"not_found": 22, "exact": 30})) == "30 exact, 22 not found"  # was "22 not_found"
    assert summary._each(Counter()) == "none"


def test_an_aides_relay_names_the_leaders_inside_the_sentence_and_the_aide_by_name():
    assert relayed_by("The leaders", "he (Yuri Ushakov)") == "the leaders (as Yuri Ushakov tells it)"
    assert relayed_by("Both sides", "the Kremlin") == "both sides (as the Kremlin tells it)"
    assert relayed_by("Trump", "Ushakov") == "Trump (as Ushakov tells it)"
    assert relayed_by("President Biden", "Jake Sullivan") == "President Biden (as Jake Sullivan tells it)"
