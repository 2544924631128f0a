"""A statement too short to check ("The US leader noted that they both believe in it.", "The White House said so.")
is read with the sentence before it, which says what it stands for; words so borrowed are never listed as a leader's
words in no readout."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, reading
from tests.core.attributions.test_not_in_readout import WARSHIPS, _reports

US_TEXT = "The President spoke today with the Chancellor. Both believe very strongly in the grain corridor to Valdoria."


def _found(news_text):
    official = [reading("us", US_TEXT, OFFICIAL, "The White House", "US")]
    return cited_verdicts(official, news_text)


def test_a_short_statement_ending_on_a_pronoun_reads_the_sentence_before():
    assert _found("Snow fell. They spoke of the grain corridor to Valdoria. The White House said they both believe in "
                  "it.") == [("us", SUPPORTED)]


def test_a_short_statement_reads_the_sentence_before():
    assert _found("Snow fell. Both back the grain corridor to Valdoria. The White House said so.") == \
        [("us", SUPPORTED)]


def test_words_borrowed_from_the_sentence_before_are_no_report_in_no_readout(tmp_path):
    analysis, report = _reports(tmp_path, "Sweden will build a bridge across the northern fjord within four years. "
                                          "Premier Berg said he backs it.\n\n" + WARSHIPS)
    assert analysis.claim[report.claim].text.startswith("Premier Berg warned that Norway would send three warships")
