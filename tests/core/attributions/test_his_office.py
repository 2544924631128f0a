"""A leader's office by a pronoun ("...,” his office announced in a statement") is the office of the leader the
sentence names first before it: an institution held to that side's own text, as "Trudeau's office" is; the office of
a leader whose side has no text in the folder is no text of the folder (unsupported, not dropped); a title alone
("President Marsh") names no leader the table knows."""

from readout_viewer.core.model import MISATTRIBUTED, OFFICIAL, SUPPORTED, UNSUPPORTED
from tests.builders import cited_verdicts, news_attributions, reading

US_TEXT = ("President Biden spoke today with Prime Minister Trudeau. They discussed the reopening of the shared "
           "border to fully vaccinated travellers.")
CA_TEXT = "The Prime Minister spoke with President Biden. He raised the tariffs on Canadian softwood lumber exports."
LEAD = "Canadian Prime Minister Justin Trudeau spoke with U.S. President Joe Biden on Monday."


def _cited(news, texts=(("us", US_TEXT, "The White House", "US"), ("ca", CA_TEXT, "Prime Minister of Canada", "CA"))):
    official = [reading(i, text, OFFICIAL, source, side) for i, text, source, side in texts]
    return cited_verdicts(official, f"{LEAD} {news}")


def test_his_office_is_the_office_of_the_leader_the_sentence_names():
    assert _cited('Trudeau "raised the tariffs on Canadian softwood lumber exports," his office said.') == [
        ("ca", SUPPORTED)]
    assert _cited('Trudeau "discussed the reopening of the shared border to fully vaccinated travellers," his '
                  'office announced in a statement.') == [("ca", MISATTRIBUTED)]


def test_his_office_of_a_side_without_a_text_is_unsupported():
    us_text = "President Biden spoke today with Canadian Prime Minister Justin Trudeau about the shared border."
    assert _cited('Trudeau "raised the tariffs on Canadian softwood lumber exports," his office said.',
                  (("us", us_text, "The White House", "US"),)) == [(None, UNSUPPORTED)]


# "His office" in a sentence that names no leader before it reads on from the sentences before, as a pronoun does.

def test_his_office_is_the_office_of_the_leader_a_sentence_before_names():
    assert _cited('The call lasted an hour. His office said the two leaders "raised the tariffs on Canadian softwood '
                  'lumber exports."') == [("ca", SUPPORTED)]


def test_his_office_that_did_not_say_one_thing_but_said_another():
    assert _cited('His office did not specify when the call took place but said the two leaders "raised the tariffs '
                  'on Canadian softwood lumber exports."') == [("ca", SUPPORTED)]


def _cited_as(news):
    official = [reading(i, text, OFFICIAL, source, side) for i, text, source, side in
                (("us", US_TEXT, "The White House", "US"), ("ca", CA_TEXT, "Prime Minister of Canada", "CA"))]
    return [a.cited_as for a in news_attributions(official, f"{LEAD} {news}")]


def test_his_office_is_not_the_office_of_a_leader_the_sentence_names():
    # "his" in a sentence that names the Canadian prime minister is not his: the sentence before, naming him first,
    # is not read on
    assert _cited_as('His office said the two leaders "raised the tariffs on Canadian softwood lumber exports."') == [
        "His office (canadian prime minister's office)"]
    assert _cited_as('His office said the Canadian Prime Minister "raised the tariffs on Canadian softwood lumber '
                     'exports."') == []


def test_his_office_is_no_office_when_no_sentence_near_names_a_leader():
    news = ('The call lasted an hour. The border has been closed for months. Lumber prices rose. Mills closed. '
            'His office said the two leaders "raised the tariffs on Canadian softwood lumber exports."')
    assert _cited(news) != [("ca", SUPPORTED)]
