"""What a text does with its words: "..., the statement read", "The statement also mentioned ...", "..., the statement
from the White House read" cite that text."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, reading

US_TEXT = ("The President spoke today with the Chancellor. The leaders reaffirmed their commitment to rebuild the "
           "grain corridor and to restore the northern power grid.")
DE_TEXT = "The Chancellor and the President discussed the floods in Valdoria."
SAID = "the leaders reaffirmed their commitment to rebuild the grain corridor and to restore the northern power grid"


def _found(news_text):
    official = [reading("us", US_TEXT, OFFICIAL, "The White House", "US"), reading("de", DE_TEXT, OFFICIAL, "Kanzleramt", "DE")]
    return cited_verdicts(official, news_text)


def test_a_bare_statement_that_mentions_or_reads_cites_the_institution_named_before():
    assert _found(f"The White House put out a readout on Monday. The statement also mentioned that {SAID}.") == \
        [("us", SUPPORTED)]
    assert _found(f"The White House put out a readout on Monday. \u201c{SAID.capitalize()},\u201d the statement "
                  "read.") == [("us", SUPPORTED)]


def test_a_statement_named_before_its_source_reads():
    assert _found(f"Snow fell. \u201c{SAID.capitalize()},\u201d the statement from the White House read.") == \
        [("us", SUPPORTED)]
