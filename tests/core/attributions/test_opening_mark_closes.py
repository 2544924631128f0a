"""A quotation closed with “ (German and Polish typing, or “ typed for ”) is closed before a cue put after it:
'“...,“ said the statement' cites the statement, as '“...,” said the statement' does."""

from readout_viewer.core.model import SUPPORTED
from tests.core.attributions.test_text_verbs import SAID, _found

WORDS = SAID[0].upper() + SAID[1:]


def test_a_cue_after_an_opening_mark_that_closes():
    assert _found(f"The White House put out a readout on Monday. \u201c{WORDS},\u201c said the statement.") == \
        [("us", SUPPORTED)]
    assert _found(f"The White House put out a readout on Monday. \u201e{WORDS},\u201c the statement said.") == \
        [("us", SUPPORTED)]


def test_the_same_with_the_english_closing_mark():
    assert _found(f"The White House put out a readout on Monday. \u201c{WORDS},\u201d said the statement.") == \
        [("us", SUPPORTED)]
