"""A closing cue followed by where the writer has the words from ("..., Xi said during the call, according to
Xinhua.") says what stands before it."""

from readout_viewer.core.attributions.cue_sides import AFTER, BEFORE, says_where
from tests.builders import unreported_texts

REPORT = "Norway would send three warships to the northern strait next month, President Berg said during the call"


def test_a_citation_after_a_closing_cue_leaves_the_statement_before_it():
    text = REPORT + ", according to Nordic Radio."
    cue = text.index("President Berg said")
    assert says_where(text, cue, cue + len("President Berg said"), len(text), AFTER) == BEFORE


def test_words_of_substance_after_the_cue_are_still_its_statement():
    text = "President Berg said during the call that Norway would send three warships to the strait."
    cue = text.index("President Berg said")
    assert says_where(text, cue, cue + len("President Berg said"), len(text), AFTER) == AFTER


def test_a_leaders_words_cited_to_a_copy_after_the_cue_are_checked_and_listed(tmp_path):
    [report] = unreported_texts(tmp_path, REPORT + ", according to Nordic Radio.\n")
    assert report.startswith("Norway would send three warships")
