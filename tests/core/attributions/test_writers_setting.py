"""A cue that closes a clause and is followed by the writer's own setting ("..., the White House said, three days after
the election", "..., the Kremlin said, on the eve of a vote") pins on the source the clause before it, not the setting:
the setting is when or upon what the report came (cue_sides._WRITERS_SETTING)."""

from readout_viewer.core.attributions.cue_sides import AFTER, BEFORE, says_where
from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, reading

WH_TEXT = ("The President spoke today with the Governor of Valdoria to congratulate him on his election. The two "
           "leaders welcomed the new ferry line to the northern islands.")


def _cited(news):
    return cited_verdicts([reading("wh", WH_TEXT, OFFICIAL, "The White House", "US")], news)


def test_a_span_of_time_after_the_cue_is_the_writers():
    assert _cited("The President congratulated the Governor of Valdoria on his election in a call on Wednesday, the "
                  "White House said, three days after the opposition leader's landslide victory in the islands' "
                  "largest port.") == [("wh", SUPPORTED)]


def test_an_occasion_after_the_cue_is_the_writers():
    assert _cited("The President congratulated the Governor of Valdoria on his election in a call on Wednesday, the "
                  "White House said, on the eve of a runoff vote that could hand the opposition two more "
                  "seats.") == [("wh", SUPPORTED)]


def test_the_side_of_the_cue():
    text = "The leaders welcomed the ferry line, the White House said, two weeks after the harbour reopened to traffic."
    at = text.index("the White House said")
    assert says_where(text, at, at + len("the White House said"), len(text), AFTER) == BEFORE


def test_a_cue_opening_its_sentence_still_says_what_follows():
    text = "The White House said, on Wednesday, that the two leaders welcomed the new ferry line to the islands."
    assert says_where(text, 0, len("The White House said"), len(text), AFTER) == AFTER
