"""A statement too short to check borrows the sentence before it (test_leans_back.py), but not a sentence another
source is named for: those words are that source's statement, already judged, and one sentence never carries two
verdicts for the same words ("..., the Kremlin press service reported." then the subheading "What Putin and Scholz
discussed", which took the sentence and was judged unsupported as Scholz's)."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

US_TEXT = "The President spoke today with the Chancellor. Both believe very strongly in the grain corridor to Valdoria."


def _found(news_text):
    official = [reading("us", US_TEXT, OFFICIAL, "The White House", "US")]
    return [(news_text[a.start:a.end], a.cited, a.verdict) for a in news_attributions(official, news_text)]


def test_a_subheading_naming_someone_else_takes_no_words_from_the_sentence_before():
    assert _found("Both believe in the grain corridor to Valdoria, the White House said.\n\nWhat Berg said\n\n"
                  "Snow fell on the hills.") == [
        ("Both believe in the grain corridor to Valdoria, the White House said.", "us", SUPPORTED)]


def test_a_short_sentence_of_another_source_takes_no_words_of_the_one_before():
    assert _found("Both believe in the grain corridor to Valdoria, the White House said. Andrew Weiss said so.") == [
        ("Both believe in the grain corridor to Valdoria, the White House said.", "us", SUPPORTED)]


def test_the_same_source_speaking_again_still_borrows():
    found = _found("Both back the grain corridor to Valdoria, the White House said. The White House said so again.")
    assert [verdict for _, _, verdict in found] == [SUPPORTED, SUPPORTED]
