"""A readout whose one call line names its leader's counterpart with no country's title before the name (a
president-elect, a crown prince) still reports an outlet's mention of the call (`call_partners.with_partners`): the
name after "spoke today with" is the other leader of the call."""

from types import SimpleNamespace

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.call_mentions import _THE_CALL
from readout_viewer.core.linking.call_partners import _partner
from readout_viewer.core.model import Document
from tests.builders import paper_links, text_doc

READOUT = text_doc("readout", "US President Ivan Berg spoke today with President-elect Tom Sol of Kenya to congratulate "
                              "him on his election.\n\n"
                              "The President applauded the conduct of the vote in the coastal provinces.\n\n"
                              "The two leaders discussed the ferry routes and the harbour accord.", side="US",
                   kind="readout")
CALL_LINE = "US President Ivan Be"
OPENING = "The storm season was the first thing on the desks of both capitals this week."
LATER = " Ferries from the two ports will sail again in May."


def test_an_outlet_mention_of_the_call_with_a_president_elect_reports_the_call_line():
    told = "President Ivan Berg spoke by phone on Tuesday with Sol, who won the vote on Sunday."
    assert (told[:20], CALL_LINE) in paper_links(READOUT, f"{OPENING} {told}{LATER}")


def test_a_leader_who_held_his_first_call_with_the_other_brings_in_the_call():
    assert _THE_CALL.search("Berg held his first call with Kenyan President Tom Sol on Tuesday") is not None
    assert _THE_CALL.search("Berg held their first call on Tuesday") is not None
    assert _THE_CALL.search("Berg recalled his first visit to the coast") is None


def _partner_of(first_line: str, others: tuple[Document, ...] = ()) -> tuple[str, str] | None:
    readout = text_doc("readout", first_line + "\n\nThe two leaders discussed the ferry routes.", side="US",
                       kind="readout")
    return _partner(readout, SimpleNamespace(claims_of={readout.id: segment(readout)}), others)


def test_the_leader_spoken_with_is_read_from_the_first_line_with_his_country_or_the_other_side():
    assert _partner_of("President Ivan Berg spoke today with President-elect Tom Sol of Kenya to congratulate him on "
                       "his election.") == ("Tom Sol", "KE")
    statement = text_doc("statement", "The Crown Prince received a phone call from President Berg.", side="AE",
                         kind="readout")
    assert _partner_of("President Ivan Berg spoke today with Crown Prince Tom bin Sol to reaffirm the long "
                       "partnership.", (statement,)) == ("Tom bin Sol", "AE")
    assert _partner_of("President Ivan Berg spoke today with Crown Prince Tom bin Sol to reaffirm the long "
                       "partnership.") is None  # no country named, no other side's text
    assert _partner_of("President Ivan Berg spoke today with reporters about the ferries.") is None


def test_a_mention_of_a_call_with_someone_else_reports_no_call_line():
    other = "President Ivan Berg spoke by phone on Tuesday with Foreign Minister Ana Lutz about the ferries."
    assert (other[:20], CALL_LINE) not in paper_links(READOUT, f"{OPENING} {other}{LATER}")


def test_an_outlet_spelling_the_counterpart_otherwise_reports_the_call_line():
    readout = text_doc("readout", "US President Ivan Berg spoke today with President-elect Ali Halamed of Kenya to "
                                  "congratulate him on his election.\n\n"
                                  "The two leaders discussed the ferry routes and the harbour accord.", side="US",
                       kind="readout")
    told = "President Ivan Berg spoke with Halammed, who won the vote on Sunday, about the season."
    assert (told[:20], CALL_LINE) in paper_links(readout, f"{OPENING} {told}{LATER}")
