"""The call told in other words reports the official call line: a leader named by title and country or by the capital
the call came from (`call_mentions._TITLED`; a former leader, or a capital of no leader of the call, names no one who
spoke), and a sentence opening on the leaders' first call between them with no verb (`call_mentions._THE_CALL`)."""

from tests.builders import paper_links
from tests.core.linking.test_held_call_ledes import CALL_LINE, READOUT

OPENING = "The storm season was the first thing on the desks of both capitals this week."
LATER = " Ferries from the two ports will sail again in May."


def _reports_call_line(told: str) -> bool:
    return (told[:20], CALL_LINE) in paper_links(READOUT, f"{OPENING} {told}{LATER}")


def test_a_call_from_the_capital_names_its_leader():
    assert _reports_call_line("Two days after the harbour vote, the Kenyan president got a call from Washington.")


def test_a_leader_named_by_title_and_country_spoke():
    assert _reports_call_line("On Monday the President of the United States spoke by phone with Kenyan President "
                              "Tom Sol about the storms on the coast.")


def test_a_call_from_a_capital_of_no_leader_of_the_call_is_another_call():
    assert not _reports_call_line("Two days after the harbour vote, the Kenyan president got a call from Kampala.")


def test_a_former_leader_is_no_one_who_spoke():
    assert not _reports_call_line("On Monday the former US President spoke by phone with Kenyan President Tom Sol "
                                  "about the storms on the coast.")


def test_a_first_call_between_the_two_told_without_a_verb():
    assert _reports_call_line("First phone call (after the storms) between US President Ivan Berg and Kenyan "
                              "President Tom Sol.")


def test_words_quoted_from_the_call_are_told_by_their_content():
    assert not _reports_call_line("The ministry quotes the words of the Kenyan leader during a conversation with US "
                                  "President Ivan Berg about the storms on the coast.")
